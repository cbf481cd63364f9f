//! The `wemeet-mock` binary: it listens where told and prints credentials that work.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use http::{Method, StatusCode};
use support::{CREATE, create_body, send_to, signed};
use wemeet_sign::{Credentials, Signer};

/// Kills the child when the test ends, pass or fail.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The value printed after `label` on one of `lines`.
fn printed<'a>(lines: &'a [String], label: &str) -> &'a str {
    lines
        .iter()
        .find_map(|line| line.trim().strip_prefix(label))
        .map(str::trim)
        .unwrap_or_else(|| panic!("no {label} in {lines:?}"))
}

#[tokio::test]
async fn the_binary_prints_credentials_that_the_server_accepts() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wemeet-mock"))
        .args(["--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("run the binary");
    let stdout = child.stdout.take().expect("stdout");
    let _running = Running(child);
    let lines: Vec<String> = BufReader::new(stdout)
        .lines()
        .map(|line| line.expect("utf-8 line"))
        .take_while(|line| !line.starts_with("Press Ctrl-C"))
        .collect();

    let url = printed(&lines, "wemeet-mock listening on");
    let address = url
        .strip_prefix("http://")
        .expect("an http URL")
        .parse()
        .expect("a socket address");
    // The first block is the credentials with an SdkId.
    let credentials = Credentials::builder()
        .app_id(printed(&lines, "AppId"))
        .secret_id(printed(&lines, "SecretId"))
        .secret_key(printed(&lines, "SecretKey"))
        .build()
        .with_sdk_id(printed(&lines, "SdkId"));
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    let answer = send_to(
        address,
        signed(&Signer::new(credentials), Method::POST, CREATE, body),
    )
    .await
    .expect("answer");
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
}

#[test]
fn bad_arguments_exit_with_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_wemeet-mock"))
        .args(["--listen"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Usage: wemeet-mock"), "{stderr}");
}

#[test]
fn a_webhook_url_nobody_answers_stops_the_binary_with_error_10002() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let url = format!("http://{}/callback", closed.local_addr().expect("address"));
    drop(closed);
    let output = Command::new(env!("CARGO_BIN_EXE_wemeet-mock"))
        .args(["--listen", "127.0.0.1:0", "--webhook-url", &url])
        .args(["--webhook-token", wemeet_mock::demo::WEBHOOK_TOKEN])
        .args(["--webhook-aes-key", wemeet_mock::demo::WEBHOOK_AES_KEY])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("10002") && stderr.contains("could not reach"),
        "{stderr}"
    );
    for secret in [
        wemeet_mock::demo::WEBHOOK_TOKEN,
        wemeet_mock::demo::WEBHOOK_AES_KEY,
    ] {
        assert!(!stderr.contains(secret), "{stderr}");
    }
}
