//! A base URL where every connection is refused, for tests of what a client does when nothing answers.

use std::net::TcpListener;

/// `http://127.0.0.1:PORT` with a port nothing listens on (a listener bound, then dropped): every attempt is
/// refused before a byte is sent, and retried.
pub fn refusing_base_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    drop(listener);
    format!("http://{address}")
}
