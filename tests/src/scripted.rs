//! A scripted HTTP/1.1 server on 127.0.0.1: it records every request byte for byte and answers each connection
//! with the next reply of its script. Plain std threads, so it serves the async and the blocking client alike.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

/// The credentials the tests against a scripted server sign with (it answers whatever the signature).
pub fn scripted_credentials() -> wemeet::Credentials {
    wemeet::Credentials::builder()
        .app_id("corp-1")
        .secret_id("secret-id-1")
        .secret_key("secret-key-1")
        .build()
}

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Answers with this status, extra headers and body.
    Respond {
        /// HTTP status code.
        status: u16,
        /// Extra headers (Content-Length and Connection are added).
        headers: Vec<(String, String)>,
        /// The body.
        body: Vec<u8>,
    },
    /// Waits, then does the inner reply (the client may have given up by then).
    Delay(Duration, Box<Reply>),
    /// Closes the connection without answering.
    Close,
    /// Resets the connection (TCP RST) without answering.
    Reset,
    /// Sends the first `bytes` bytes of the inner reply as it would go on the wire (status line and headers
    /// included), then resets the connection (TCP RST).
    ResetAfter(usize, Box<Reply>),
}

impl Reply {
    /// A JSON reply with an `X-TC-Trace` header.
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::Respond {
            status,
            headers: vec![
                ("Content-Type".into(), "application/json".into()),
                ("X-TC-Trace".into(), "trace-scripted".into()),
            ],
            body: body.as_bytes().to_vec(),
        }
    }

    /// An API error body, with or without `new_error_code`.
    pub fn api_error(status: u16, code: i64, new_code: Option<i64>, message: &str) -> Reply {
        let new_code = new_code
            .map(|code| format!(r#","new_error_code":{code}"#))
            .unwrap_or_default();
        Reply::json(
            status,
            &format!(r#"{{"error_info":{{"error_code":{code}{new_code},"message":"{message}"}}}}"#),
        )
    }

    /// A reply of any content type.
    pub fn raw(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }
}

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The method.
    pub method: String,
    /// The request target (path and query) as sent.
    pub target: String,
    /// The headers in order, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str())
    }
}

#[derive(Default)]
struct State {
    script: VecDeque<Reply>,
    received: Vec<Recorded>,
}

/// The server; it stops when dropped.
pub struct ScriptedServer {
    address: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

impl ScriptedServer {
    /// Starts a server that answers the requests with `script`, in order; once the script is exhausted it
    /// answers `200 {}`.
    pub fn start(script: impl IntoIterator<Item = Reply>) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let address = listener.local_addr().expect("local address");
        let state = Arc::new(Mutex::new(State {
            script: script.into_iter().collect(),
            received: Vec::new(),
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let (thread_state, thread_stop) = (state.clone(), stop.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let state = thread_state.clone();
                thread::spawn(move || serve(stream, &state));
            }
        });
        ScriptedServer {
            address,
            state,
            stop,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<Recorded> {
        lock(&self.state).received.clone()
    }
}

impl Drop for ScriptedServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect(self.address);
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Reads one request per connection (the reply says `Connection: close`), records it and replies.
fn serve(stream: TcpStream, state: &Mutex<State>) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let Some(request) = read_request(&mut reader) else {
        return;
    };
    let reply = {
        let mut state = lock(state);
        state.received.push(request);
        state
            .script
            .pop_front()
            .unwrap_or_else(|| Reply::json(200, "{}"))
    };
    reply_with(&mut writer, reply);
}

fn reply_with(writer: &mut TcpStream, reply: Reply) {
    match reply {
        Reply::Delay(pause, inner) => {
            thread::sleep(pause);
            reply_with(writer, *inner);
        }
        Reply::Close => {
            let _ = writer.shutdown(std::net::Shutdown::Both);
        }
        Reply::Reset => reset(writer),
        Reply::ResetAfter(bytes, inner) => {
            let wire = wire_bytes(&inner);
            let _ = writer.write_all(wire.get(..bytes).unwrap_or(&wire));
            let _ = writer.flush();
            // Let the bytes leave before the reset discards what is still queued.
            thread::sleep(Duration::from_millis(20));
            reset(writer);
        }
        reply @ Reply::Respond { .. } => {
            let _ = writer.write_all(&wire_bytes(&reply));
            let _ = writer.flush();
        }
    }
}

/// Makes the connection end with a TCP RST instead of a FIN: with lingering off, closing the socket (when
/// [`serve`] drops its last handle, right after the reply) resets it.
fn reset(stream: &TcpStream) {
    let _ = socket2::SockRef::from(stream).set_linger(Some(Duration::ZERO));
}

/// The bytes of a [`Reply::Respond`] on the wire; other replies have none.
fn wire_bytes(reply: &Reply) -> Vec<u8> {
    let Reply::Respond {
        status,
        headers,
        body,
    } = reply
    else {
        return Vec::new();
    };
    let mut head = format!(
        "HTTP/1.1 {status} Scripted\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut wire = head.into_bytes();
    wire.extend_from_slice(body);
    wire
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Recorded> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.trim_end().splitn(3, ' ');
    let (method, target) = (parts.next()?.to_owned(), parts.next()?.to_owned());
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Recorded {
        method,
        target,
        headers,
        body,
    })
}
