//! The `wemeet-mock` binary: it listens where told and prints credentials that work.

use crate::support;

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};

use http::{Method, StatusCode};
use support::{Answer, CREATE, create_body, send_to, signed};
use wemeet_mock::demo;
use wemeet_sign::{Credentials, Signer};
use wemeet_types::ErrorCode;

/// The environment variables the binary reads credentials from; removed from every run so that the developer's
/// own do not leak in.
const CREDENTIAL_VARIABLES: [&str; 4] = [
    "WEMEET_APP_ID",
    "WEMEET_SDK_ID",
    "WEMEET_SECRET_ID",
    "WEMEET_SECRET_KEY",
];

/// The binary with `args` and no credentials in its environment.
fn binary(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wemeet-mock"));
    command.args(args);
    for variable in CREDENTIAL_VARIABLES {
        command.env_remove(variable);
    }
    command
}

/// Runs `command` until it prints that it is ready; returns the running child and what it printed until then.
fn run_until_ready(mut command: Command) -> (Running, Vec<String>) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the binary");
    let stdout = child.stdout.take().expect("stdout");
    let running = Running(child);
    let lines = BufReader::new(stdout)
        .lines()
        .map(|line| line.expect("utf-8 line"))
        .take_while(|line| !line.starts_with("Press Ctrl-C"))
        .collect();
    (running, lines)
}

/// Stops the binary and returns what it wrote on stderr.
fn stderr_when_stopped(mut running: Running) -> String {
    let _ = running.0.kill();
    let mut stderr = String::new();
    running
        .0
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("utf-8 stderr");
    stderr
}

/// The address (on 127.0.0.1) of the mock that printed `lines`.
fn loopback_address(lines: &[String]) -> SocketAddr {
    let url = printed(lines, "wemeet-mock listening on");
    let port = url.rsplit(':').next().expect("a port");
    format!("127.0.0.1:{port}").parse().expect("an address")
}

async fn create_as(address: SocketAddr, credentials: Credentials) -> Answer {
    let body = serde_json::to_vec(&create_body("tester")).expect("encode");
    send_to(
        address,
        signed(&Signer::new(credentials), Method::POST, CREATE, body),
    )
    .await
    .expect("answer")
}

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
fn listening_on_every_interface_with_the_demo_credentials_prints_one_warning_line() {
    let (running, lines) = run_until_ready(binary(&["--listen", "0.0.0.0:0"]));
    let address = loopback_address(&lines);
    let stderr = stderr_when_stopped(running);
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    let warning = warnings.first().copied().unwrap_or_default();
    assert!(warning.starts_with("wemeet-mock: warning: "), "{warning}");
    assert!(
        warning.contains(&format!("0.0.0.0:{}", address.port())),
        "{warning}"
    );
    assert!(warning.contains("--no-demo-credentials"), "{warning}");

    let (running, _) = run_until_ready(binary(&["--listen", "127.0.0.1:0"]));
    let stderr = stderr_when_stopped(running);
    assert!(stderr.is_empty(), "no warning on loopback: {stderr}");
}

#[tokio::test]
async fn without_the_demo_credentials_the_binary_accepts_only_those_given() {
    let given = Credentials::builder()
        .app_id("corp-env")
        .secret_id("secret-id-env")
        .secret_key("secret-key-env")
        .build()
        .with_sdk_id("sdk-env");
    let mut command = binary(&["--listen", "0.0.0.0:0", "--no-demo-credentials"]);
    command
        .env("WEMEET_APP_ID", given.app_id())
        .env("WEMEET_SECRET_ID", given.secret_id())
        .env("WEMEET_SECRET_KEY", "secret-key-env")
        .args(["--sdk-id", "sdk-env"]);
    let (running, lines) = run_until_ready(command);
    let address = loopback_address(&lines);
    let printed_text = lines.join("\n");
    assert!(
        printed_text.contains("The demo credentials are off."),
        "{printed_text}"
    );
    assert!(printed_text.contains("AppId corp-env"), "{printed_text}");
    for hidden in ["secret-key-env", "secret-id-env", demo::SECRET_KEY] {
        assert!(!printed_text.contains(hidden), "{printed_text}");
    }

    let demo_answer = create_as(address, demo::credentials()).await;
    assert_eq!(demo_answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        demo_answer.refusal_code(),
        ErrorCode::AUTHENTICATION_FAILED,
        "{}",
        demo_answer.message()
    );
    let given_answer = create_as(address, given).await;
    assert_eq!(
        given_answer.status,
        StatusCode::OK,
        "{:?}",
        given_answer.body
    );
    let stderr = stderr_when_stopped(running);
    assert!(
        stderr.is_empty(),
        "no warning without the demo credentials: {stderr}"
    );
}

#[test]
fn without_the_demo_credentials_or_any_other_the_binary_refuses_to_start() {
    let output = binary(&["--no-demo-credentials"]).output().expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--no-demo-credentials leaves no credentials to accept"),
        "{stderr}"
    );
    assert!(stderr.contains("WEMEET_SECRET_KEY"), "{stderr}");
}

#[test]
fn a_zero_limit_exits_with_usage_naming_it() {
    let output = binary(&["--listen", "127.0.0.1:0", "--header-timeout", "0"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("header_timeout must be more than zero"),
        "{stderr}"
    );
    assert!(stderr.contains("Usage: wemeet-mock"), "{stderr}");
}

#[test]
fn bad_arguments_exit_2_naming_the_flag() {
    for (args, expected) in [
        (&["--listen"][..], "'--listen <ADDRESS>'"),
        (&["--lsten", "127.0.0.1:0"][..], "'--listen'"),
    ] {
        let output = binary(args).output().expect("run");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(stderr.contains("--help"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_credential_flag_wins_over_its_variable_and_an_empty_variable_is_unset() {
    let mut command = binary(&["--listen", "127.0.0.1:0", "--app-id", "corp-flag"]);
    command
        .env("WEMEET_APP_ID", "corp-env")
        .env("WEMEET_SECRET_ID", "secret-id-env")
        .env("WEMEET_SECRET_KEY", "secret-key-env");
    let (running, lines) = run_until_ready(command);
    let printed_text = lines.join("\n");
    assert!(
        printed_text.contains("Accepting the credentials given for AppId corp-flag."),
        "{printed_text}"
    );
    drop(running);

    let mut command = binary(&["--listen", "127.0.0.1:0"]);
    command.env("WEMEET_APP_ID", "");
    let (running, lines) = run_until_ready(command);
    let printed_text = lines.join("\n");
    assert!(!printed_text.contains("Accepting"), "{printed_text}");
    assert!(printed_text.contains(demo::SECRET_ID), "{printed_text}");
    drop(running);
}

#[test]
fn the_help_names_the_variables_but_never_their_values() {
    let output = binary(&["--help"])
        .env("WEMEET_SECRET_KEY", "secret-key-in-the-environment")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("[env: WEMEET_SECRET_KEY]"), "{help}");
    assert!(!help.contains("secret-key-in-the-environment"), "{help}");
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
