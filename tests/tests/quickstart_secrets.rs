//! The quickstart examples themselves, run as a user runs them with `RUST_LOG=trace`: their whole output holds
//! neither the SecretKey nor any signature the server received, nor the event subscription's Token or key.
//!
//! The example binaries are the ones `cargo test --workspace` builds next to this test (`<target>/<profile>/
//! examples/`); with `cargo test -p wemeet-tests` alone, build them first with `cargo build --examples`.

use std::path::PathBuf;
use std::process::{Command, Output};

use wemeet_mock::{MockServer, demo};
use wemeet_tests::with_hex_dumps_decoded;

/// The examples, and the client crate each belongs to.
const EXAMPLES: [&str; 2] = ["quickstart", "quickstart_blocking"];

/// The built example `name`: `<target>/<profile>/examples/<name>`, found from this test binary's own place
/// (`<target>/<profile>/deps/<test>-<hash>`).
fn example(name: &str) -> PathBuf {
    let test_binary = std::env::current_exe().expect("the test binary's path");
    let profile_dir = test_binary
        .parent()
        .and_then(|deps| deps.parent())
        .expect("the test binary lies in <target>/<profile>/deps");
    let path = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "{} is not built: run `cargo test --workspace`, or `cargo build --examples` first",
        path.display()
    );
    path
}

/// Runs example `name` at TRACE with only the given `WEMEET_*` variables set.
fn run(name: &str, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(example(name));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("WEMEET_") {
            command.env_remove(key);
        }
    }
    command.env("RUST_LOG", "trace").envs(env.iter().copied());
    let output = command.output().expect("the example runs");
    assert!(
        output.status.success(),
        "{name} failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// stdout and stderr, with ureq-proto's hex dumps decoded (where a secret longer than a dump row would show).
fn text(output: &Output) -> String {
    with_hex_dumps_decoded(&format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// Every `X-TC-Signature` header in `printed` has a placeholder of asterisks for its value.
fn only_placeholder_signatures(printed: &str) -> bool {
    let lower = printed.to_ascii_lowercase();
    lower.match_indices("x-tc-signature:").all(|(at, name)| {
        let value = lower[at + name.len()..].trim_start_matches(' ');
        value.starts_with('*') || value.is_empty()
    })
}

/// Against a mock of this test: the example reads the demo credentials from the environment, and every signature
/// that mock received is checked against the output.
#[test]
fn a_traced_quickstart_against_a_server_prints_no_secret_and_no_signature() {
    let mock = MockServer::start_blocking().unwrap();
    for name in EXAMPLES {
        mock.clear_requests();
        let output = run(
            name,
            &[
                ("WEMEET_BASE_URL", mock.base_url()),
                ("WEMEET_APP_ID", demo::APP_ID),
                ("WEMEET_SDK_ID", demo::SDK_ID),
                ("WEMEET_SECRET_ID", demo::SECRET_ID),
                ("WEMEET_SECRET_KEY", demo::SECRET_KEY),
            ],
        );
        let printed = text(&output);
        let signatures: Vec<String> = mock
            .requests()
            .iter()
            .filter_map(|request| request.header("X-TC-Signature").map(str::to_owned))
            .collect();
        assert_eq!(
            signatures.len(),
            3,
            "{name}: the three calls were signed and sent"
        );
        assert!(
            printed.contains("wemeet.call"),
            "{name} was traced: {printed}"
        );
        assert!(
            printed.contains("TRACE") || printed.contains("DEBUG"),
            "{name}: {printed}"
        );
        assert!(
            printed.contains("WEMEET_WEBHOOK_TOKEN is not set: not waiting for the upload result"),
            "{name} skips the event step in one line: {printed}"
        );
        assert_eq!(
            printed.matches(demo::SECRET_KEY).count(),
            0,
            "{name}: {printed}"
        );
        for signature in &signatures {
            assert!(
                !printed.contains(signature.as_str()),
                "{name} printed a signature: {printed}"
            );
        }
    }
}

/// With its embedded mock, as `cargo run --example quickstart` runs: the demo SecretKey appears zero times.
#[test]
fn a_traced_quickstart_with_its_embedded_mock_prints_no_secret() {
    for name in EXAMPLES {
        let printed = text(&run(name, &[]));
        assert!(
            printed.contains("embedded wemeet-mock"),
            "{name}: {printed}"
        );
        assert!(
            printed.contains("wemeet.call"),
            "{name} was traced: {printed}"
        );
        assert_eq!(
            printed.matches(demo::SECRET_KEY).count(),
            0,
            "{name}: {printed}"
        );
        assert!(
            only_placeholder_signatures(&printed),
            "{name} printed a signature header: {printed}"
        );
        assert!(
            printed.contains("upload result (meeting.medium-uploaded, trace id")
                && printed.contains("all 2 images uploaded"),
            "{name} received the upload result: {printed}"
        );
        for secret in [demo::WEBHOOK_TOKEN, demo::WEBHOOK_AES_KEY] {
            assert!(!printed.contains(secret), "{name}: {printed}");
        }
    }
}

/// The examples' embedded mock is on loopback, which no proxy ever carries: a dead proxy in the environment (as
/// `HTTPS_PROXY=http://127.0.0.1:9 cargo run --example quickstart_blocking`) changes nothing for either client.
#[test]
fn a_quickstart_with_its_embedded_mock_ignores_a_dead_proxy() {
    let dead = "http://127.0.0.1:9";
    let proxy_vars = [
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "ALL_PROXY",
        "https_proxy",
        "http_proxy",
        "all_proxy",
    ];
    let env: Vec<(&str, &str)> = proxy_vars.iter().map(|name| (*name, dead)).collect();
    for name in EXAMPLES {
        let printed = text(&run(name, &env));
        assert!(
            printed.contains("set the live-stream push address"),
            "{name}: {printed}"
        );
    }
}
