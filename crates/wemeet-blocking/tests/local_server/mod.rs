//! A small HTTP/1.1 server on loopback, written with std alone, that keeps every request exactly as it arrived:
//! what the tests of uploads check the bytes on the wire against.

// Each test binary uses part of this module.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// One request as received.
#[derive(Debug, Clone)]
pub struct Received {
    /// The request line and header lines, without the blank line that ends them.
    pub head: String,
    /// The body bytes that arrived (all of them when `complete`).
    pub body: Vec<u8>,
    /// Whether the body had as many bytes as its `Content-Length` (false: the client closed the connection first).
    pub complete: bool,
}

impl Received {
    /// The value of the header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (header, value) = line.split_once(':')?;
            header
                .trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim())
        })
    }
}

/// The server: answers each request with the next of its replies, then `200 {}`.
pub struct LocalServer {
    base_url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl LocalServer {
    /// Starts listening on a free loopback port; `replies` are the (status, body) of the first answers.
    pub fn start(replies: &[(u16, &str)]) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let replies: VecDeque<(u16, String)> = replies
            .iter()
            .map(|(status, body)| (*status, (*body).to_owned()))
            .collect();
        let replies = Arc::new(Mutex::new(replies));
        let kept = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (kept, replies) = (Arc::clone(&kept), Arc::clone(&replies));
                std::thread::spawn(move || serve(stream, &kept, &replies));
            }
        });
        LocalServer { base_url, received }
    }

    /// `http://127.0.0.1:port`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Every request received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        self.received
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The requests received, once there are `count` (a request cut short is kept when its connection closes,
    /// which may be after the client's call returned); panics after ten seconds.
    pub fn wait_for(&self, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            assert!(
                Instant::now() < deadline,
                "{} requests received, not {count}",
                received.len()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Reads the requests of one connection until it closes, keeping each and answering it.
fn serve(stream: TcpStream, kept: &Mutex<Vec<Received>>, replies: &Mutex<VecDeque<(u16, String)>>) {
    let mut writer = stream.try_clone().unwrap();
    let mut reader = BufReader::new(stream);
    loop {
        let mut head = String::new();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) if line == "\r\n" => break,
                Ok(_) => head.push_str(&line),
            }
        }
        let mut request = Received {
            head: head.trim_end().to_owned(),
            body: Vec::new(),
            complete: false,
        };
        let length: u64 = request
            .header("content-length")
            .and_then(|length| length.parse().ok())
            .unwrap_or(0);
        let read = (&mut reader).take(length).read_to_end(&mut request.body);
        request.complete = read.is_ok() && request.body.len() as u64 == length;
        let complete = request.complete;
        kept.lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(request);
        if !complete {
            return;
        }
        let (status, body) = replies
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front()
            .unwrap_or((200, "{}".to_owned()));
        let answer = format!(
            "HTTP/1.1 {status} Reply\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        if writer.write_all(answer.as_bytes()).is_err() {
            return;
        }
    }
}
