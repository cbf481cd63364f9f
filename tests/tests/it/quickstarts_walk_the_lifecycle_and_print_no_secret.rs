//! The quickstart examples themselves, run as a user runs them with `RUST_LOG=trace`: they walk a meeting's whole
//! lifecycle, one line per step, and cancel the meeting even when a step fails; their whole output holds neither
//! the SecretKey nor any signature the server received, nor the event subscription's Token or key.
//!
//! The example binaries are the ones `cargo test --workspace` builds next to this test (`<target>/<profile>/
//! examples/`); with `cargo test -p wemeet-tests` alone, build them first with
//! `cargo build -p wemeet-examples --examples`.

use std::path::PathBuf;
use std::process::{Command, Output};

use wemeet_mock::{MeetingState, MockServer, demo};
use wemeet_tests::with_hex_dumps_decoded;

/// The endpoints of the meeting lifecycle the quickstarts walk (the endpoints the crate root kept when services
/// became modules), sorted: each is called once.
const LIFECYCLE: [&str; 7] = [
    "add_meeting_backgrounds",
    "cancel_meeting",
    "create_meeting",
    "get_meeting",
    "get_push_stream_info",
    "set_default_background",
    "set_live_stream_address",
];

/// The two quickstarts: one per client.
const EXAMPLES: [&str; 2] = ["quickstart", "quickstart_blocking"];

/// The line each step prints, in order (the upload result only where events are received).
const STEPS: [&str; 7] = [
    "created meeting ",
    "added ",
    "made background ",
    "set the live-stream push address of meeting ",
    "read back 1 push address(es) of meeting ",
    "got meeting ",
    "cancelled meeting ",
];

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

/// Runs example `name` at TRACE with only the given `WEMEET_*` variables set; it must succeed.
pub(crate) fn run(name: &str, env: &[(&str, &str)]) -> Output {
    let output = run_to_end(name, env);
    assert!(
        output.status.success(),
        "{name} failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Runs example `name` at TRACE with only the given `WEMEET_*` variables set, whatever its outcome.
fn run_to_end(name: &str, env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(example(name));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("WEMEET_") {
            command.env_remove(key);
        }
    }
    command.env("RUST_LOG", "trace").envs(env.iter().copied());
    command.output().expect("the example runs")
}

/// The environment that points an example at `mock` as at a real server, with the demo credentials.
pub(crate) fn server_env(mock: &MockServer) -> Vec<(&'static str, String)> {
    vec![
        ("WEMEET_BASE_URL", mock.base_url().to_owned()),
        ("WEMEET_APP_ID", demo::APP_ID.to_owned()),
        ("WEMEET_SDK_ID", demo::SDK_ID.to_owned()),
        ("WEMEET_SECRET_ID", demo::SECRET_ID.to_owned()),
        ("WEMEET_SECRET_KEY", demo::SECRET_KEY.to_owned()),
    ]
}

pub(crate) fn borrowed<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter()
        .map(|(key, value)| (*key, value.as_str()))
        .collect()
}

/// Writes a PNG file of `width` × `height` (signature, `IHDR`, `IEND`: what the size checks read) into the
/// temporary directory.
fn png_file(width: u32, height: u32) -> PathBuf {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&13u32.to_be_bytes());
    bytes.extend_from_slice(b"IHDR");
    bytes.extend_from_slice(&width.to_be_bytes());
    bytes.extend_from_slice(&height.to_be_bytes());
    bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
    bytes.extend_from_slice(&[0; 4]);
    bytes.extend_from_slice(&0u32.to_be_bytes());
    bytes.extend_from_slice(b"IEND");
    bytes.extend_from_slice(&[0xAE, 0x42, 0x60, 0x82]);
    let path = std::env::temp_dir().join(format!(
        "wemeet-quickstart-{}-{width}x{height}.png",
        std::process::id()
    ));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The id of the one meeting `mock` holds.
fn only_meeting(mock: &MockServer) -> String {
    let meetings = mock.meetings();
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    meetings[0].meeting_id.clone()
}

/// stdout and stderr, with ureq-proto's hex dumps decoded (where a secret longer than a dump row would show).
pub(crate) fn text(output: &Output) -> String {
    with_hex_dumps_decoded(&format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

/// Every `X-TC-Signature` header in `printed` has a placeholder of asterisks for its value.
pub(crate) fn only_placeholder_signatures(printed: &str) -> bool {
    let lower = printed.to_ascii_lowercase();
    lower.match_indices("x-tc-signature:").all(|(at, name)| {
        let value = lower[at + name.len()..].trim_start_matches(' ');
        value.starts_with('*') || value.is_empty()
    })
}

/// Against a mock of this test as against a real server, with a background image named in the environment: the
/// example walks every endpoint once, each step prints its line, the meeting ends cancelled, and the traced output
/// holds neither the SecretKey nor any signature the server received.
#[test]
fn a_traced_quickstart_against_a_server_walks_every_endpoint_and_prints_no_secret() {
    let png = png_file(1920, 1080);
    for name in EXAMPLES {
        let mock = MockServer::start_blocking().unwrap();
        let mut env = server_env(&mock);
        env.push(("WEMEET_BACKGROUND_PNG", png.display().to_string()));
        env.push((
            "WEMEET_BACKGROUND_URL",
            "https://images.example.com/wemeet-rs/background.png".to_owned(),
        ));
        let output = run(name, &borrowed(&env));
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let printed = text(&output);
        let requests = mock.requests();
        let mut endpoints: Vec<&str> = requests
            .iter()
            .filter_map(|request| request.endpoint)
            .collect();
        endpoints.sort_unstable();
        assert_eq!(
            endpoints, LIFECYCLE,
            "{name}: one call of each endpoint of a meeting's lifecycle"
        );
        let mut at = 0;
        for step in STEPS {
            let found = stdout[at..].find(step);
            assert!(
                found.is_some(),
                "{name}: no {step:?} after the previous steps: {stdout}"
            );
            at += found.unwrap_or_default();
        }
        assert!(stdout.contains("added 1 background(s)"), "{name}: {stdout}");
        assert_eq!(
            mock.meeting_state(&only_meeting(&mock)),
            Some(MeetingState::Cancelled),
            "{name} cleans up after itself"
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
        for signature in requests
            .iter()
            .filter_map(|request| request.header("X-TC-Signature"))
        {
            assert!(
                !printed.contains(signature),
                "{name} printed a signature: {printed}"
            );
        }
        assert!(
            !printed.contains("quickstart-stream-key"),
            "{name} printed the push password: {printed}"
        );
    }
}

/// Against a real server with no background image named, the background steps are skipped in one line; the
/// other steps still run, and the meeting still ends cancelled.
#[test]
fn without_a_background_image_a_quickstart_skips_those_steps_and_runs_the_others() {
    for name in EXAMPLES {
        let mock = MockServer::start_blocking().unwrap();
        let env = server_env(&mock);
        let stdout = String::from_utf8_lossy(&run(name, &borrowed(&env)).stdout).into_owned();
        assert!(
            stdout.contains(
                "WEMEET_BACKGROUND_PNG and WEMEET_BACKGROUND_URL are not both set: skipping the background steps"
            ),
            "{name}: {stdout}"
        );
        assert!(!stdout.contains("added "), "{name}: {stdout}");
        assert!(!stdout.contains("made background "), "{name}: {stdout}");
        assert_eq!(mock.requests().len(), LIFECYCLE.len() - 2, "{name}");
        assert!(stdout.contains("got meeting "), "{name}: {stdout}");
        assert_eq!(
            mock.meeting_state(&only_meeting(&mock)),
            Some(MeetingState::Cancelled),
            "{name}"
        );
    }
}

/// A step that fails (here a background image too small for the service) fails the run with the error and its
/// causes on stderr, and the meeting created before it is cancelled all the same.
#[test]
fn a_failing_step_fails_the_run_and_the_meeting_is_still_cancelled() {
    let png = png_file(640, 480);
    for name in EXAMPLES {
        let mock = MockServer::start_blocking().unwrap();
        let mut env = server_env(&mock);
        env.push(("WEMEET_BACKGROUND_PNG", png.display().to_string()));
        env.push((
            "WEMEET_BACKGROUND_URL",
            "https://images.example.com/small.png".to_owned(),
        ));
        let output = run_to_end(name, &borrowed(&env));
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{name}: {stdout}");
        let error = stderr
            .lines()
            .find(|line| line.starts_with("error: "))
            .unwrap_or_else(|| panic!("{name}: no error line: {stderr}"));
        assert!(
            error.contains("image") && error.contains("1920"),
            "{name} names the field and the rule: {error}"
        );
        assert!(stdout.contains("cancelled meeting "), "{name}: {stdout}");
        assert_eq!(
            mock.meeting_state(&only_meeting(&mock)),
            Some(MeetingState::Cancelled),
            "{name}"
        );
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
        for step in STEPS {
            assert!(printed.contains(step), "{name}: no {step:?}: {printed}");
        }
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
        assert!(printed.contains("cancelled meeting "), "{name}: {printed}");
    }
}
