//! An HTTP proxy on `127.0.0.1` that records what it is asked to forward and sends every connection, whatever
//! the host asked for, to one upstream server: so a test can use a host name that resolves nowhere
//! (`api.wemeet.test`) and see that a client went through the proxy.
//!
//! It tunnels `CONNECT host:port` (https, and what ureq does for every scheme) and forwards absolute-form requests
//! (`POST http://host/path`, what reqwest does for http).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::background::Background;

/// One request the proxy was asked to forward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proxied {
    /// `CONNECT`, or the forwarded request's method.
    pub method: String,
    /// The target as `host:port` (the port filled in from the scheme when the request had none).
    pub target: String,
    /// The `Proxy-Authorization` header, if any.
    pub authorization: Option<String>,
}

/// The proxy.
#[derive(Debug)]
pub struct RecordingProxy {
    background: Background,
    requests: Arc<Mutex<Vec<Proxied>>>,
}

impl RecordingProxy {
    /// A proxy that sends everything to `upstream`.
    pub fn start(upstream: SocketAddr) -> RecordingProxy {
        let requests = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&requests);
        let background = Background::serve(move |listener| async move {
            while let Ok((client, _)) = listener.accept().await {
                let record = Arc::clone(&record);
                tokio::spawn(async move {
                    let _ = forward(client, upstream, &record).await;
                });
            }
        });
        RecordingProxy {
            background,
            requests,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.background.address())
    }

    /// `http://user:password@127.0.0.1:PORT`.
    pub fn url_with_credentials(&self, user: &str, password: &str) -> String {
        format!("http://{user}:{password}@{}", self.background.address())
    }

    /// Every request it was asked to forward so far.
    pub fn requests(&self) -> Vec<Proxied> {
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// Reads the request head, records it, then joins the client to `upstream`.
async fn forward(
    client: TcpStream,
    upstream: SocketAddr,
    record: &Mutex<Vec<Proxied>>,
) -> std::io::Result<()> {
    let mut client = BufReader::new(client);
    let mut request_line = String::new();
    client.read_line(&mut request_line).await?;
    let mut parts = request_line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Ok(());
    };
    let (method, target) = (method.to_owned(), target.to_owned());
    let mut head = Vec::new();
    let mut authorization = None;
    loop {
        let mut line = String::new();
        if client.read_line(&mut line).await? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        match line.split_once(':') {
            Some((name, value)) if name.eq_ignore_ascii_case("proxy-authorization") => {
                authorization = Some(value.trim().to_owned());
            }
            Some((name, _)) if name.eq_ignore_ascii_case("proxy-connection") => {}
            _ => head.push(line),
        }
    }
    let mut server = TcpStream::connect(upstream).await?;
    let recorded_target = if method == "CONNECT" {
        client
            .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .await?;
        target.clone()
    } else {
        // Absolute form: `http://host[:port]/path` goes upstream as `/path`.
        let rest = target.strip_prefix("http://").unwrap_or(&target);
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let path = if path.is_empty() { "/" } else { path };
        let mut forwarded = format!("{method} {path} HTTP/1.1\r\n");
        for line in &head {
            forwarded.push_str(line);
        }
        forwarded.push_str("\r\n");
        server.write_all(forwarded.as_bytes()).await?;
        if authority.contains(':') {
            authority.to_owned()
        } else {
            format!("{authority}:80")
        }
    };
    record
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Proxied {
            method,
            target: recorded_target,
            authorization,
        });
    tokio::io::copy_bidirectional(&mut client, &mut server).await?;
    Ok(())
}
