//! Build cost: crates in each client's dependency tree and clean release builds of an app on each client next to
//! the same app written by hand on the client's transport, and next to the bare transport; plus a fresh clone to a
//! finished quickstart.
//!
//! Each build is a tiny scratch crate in a temporary directory with its own target dir (nothing shared, nothing
//! cached but the downloaded sources), pinned to the workspace's `Cargo.lock` so every side builds the same
//! versions. Per transport (reqwest for `wemeet`, ureq for `wemeet-blocking`):
//! - **the client app**: the client with its default features, creating a meeting from the environment's
//!   credentials; the same app with `--features full` (every service) beside it;
//! - **the hand-written app**: what a user writes instead: the transport with the clients' TLS setup plus serde
//!   with derive, serde_json, hmac, sha2 and base64, and a `main` that signs the request string with
//!   HMAC-SHA256 (hex, then base64), serializes a derived struct, sends it and decodes the answer;
//! - **the bare transport**: the transport alone with the same TLS setup (reqwest with `rustls-no-provider` plus
//!   rustls on ring; ureq with `rustls`, which is ring).
//!
//! The async apps run their call on the same current-thread tokio runtime.
//!
//! A build's figure is CPU time: user + system seconds of cargo and everything it ran (rustc, build scripts,
//! the linker), which the load of other processes on the machine moves far less than wall time. Wall time is
//! kept beside it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use super::machine::load_average;
use crate::cargo;

/// One scratch crate: a name, its dependency lines, and a `main` that uses them.
struct Scratch {
    name: String,
    dependencies: String,
    main: String,
}

/// Crates in the tree and clean release build time of one scratch crate.
#[derive(Debug, Clone, Copy)]
pub struct Build {
    /// Unique packages in the normal dependency tree for the host target, the scratch crate itself excluded
    /// (the client crate itself included).
    pub crates: usize,
    /// CPU seconds (user + system) of `cargo build --release` from nothing and of every process it ran.
    pub cpu_seconds: f64,
    /// Wall-clock seconds of the same build.
    pub wall_seconds: f64,
}

/// The four builds of one transport.
#[derive(Debug)]
pub struct TransportBuilds {
    /// The app on the client, default features.
    pub client: Build,
    /// The same app with the client's `full` feature (every service).
    pub client_full: Build,
    /// The same app written by hand on the transport.
    pub hand_written: Build,
    /// The bare transport with the same TLS setup.
    pub bare: Build,
}

/// Everything the build-cost step measured.
#[derive(Debug)]
pub struct BuildCost {
    /// The load average just before the first clean build.
    pub load_before: String,
    /// `wemeet` (async) and reqwest.
    pub wemeet: TransportBuilds,
    /// `wemeet-blocking` and ureq.
    pub wemeet_blocking: TransportBuilds,
    /// Seconds from `git clone` to the end of `cargo run --example quickstart`.
    pub quickstart_seconds: f64,
}

/// Builds the scratch crates one after the other, then the fresh clone.
pub fn measure(root: &Path) -> Result<BuildCost> {
    let scratch_root = std::env::temp_dir().join(format!("wemeet-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch_root)
        .with_context(|| format!("cannot create {}", scratch_root.display()))?;
    let load_before = load_average();
    let outcome = measure_in(root, &scratch_root, load_before);
    // Gigabytes of target dirs: remove them whatever happened.
    let _ = std::fs::remove_dir_all(&scratch_root);
    outcome
}

/// reqwest with the async client's TLS setup: no provider of its own, rustls on ring.
const REQWEST: &str = "reqwest = { version = \"0.13\", default-features = false, features = [\"rustls-no-provider\"] }\n\
                       rustls = { version = \"0.23\", default-features = false, features = [\"ring\", \"std\", \"tls12\"] }\n";

/// ureq with the blocking client's TLS setup (rustls on ring).
const UREQ: &str =
    "ureq = { version = \"3\", default-features = false, features = [\"rustls\"] }\n";

/// The runtime both async apps run their call on.
const RUNTIME: &str =
    "tokio = { version = \"1\", default-features = false, features = [\"rt\"] }\n";

/// What a hand-written client of the API needs besides its transport (the versions the workspace uses).
const BY_HAND: &str = "serde = { version = \"1\", features = [\"derive\"] }\n\
                       serde_json = \"1\"\n\
                       hmac = \"0.12\"\n\
                       sha2 = \"0.10\"\n\
                       base64 = \"0.23\"\n";

/// The client apps' request (the same for both clients, whose crates re-export the models).
const CLIENT_REQUEST: &str = r#"fn request() -> CreateMeetingRequest {
    CreateMeetingRequest::builder()
        .userid("bench")
        .instanceid(InstanceId::Pc)
        .subject("build cost")
        .meeting_type(MeetingType::Scheduled)
        .start_time(UnixSeconds::from(1_900_000_000_u64))
        .end_time(UnixSeconds::from(1_900_003_600_u64))
        .build()
}
"#;

/// The async client app's `main`.
const WEMEET_MAIN: &str = r#"use wemeet::{Client, CreateMeetingRequest, InstanceId, MeetingType, UnixSeconds};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let created = runtime.block_on(client.create_meeting(&request()))?.into_inner();
    println!("{:?}", created.meeting_number);
    Ok(())
}
"#;

/// The blocking client app's `main`.
const WEMEET_BLOCKING_MAIN: &str = r#"use wemeet_blocking::{Client, CreateMeetingRequest, InstanceId, MeetingType, UnixSeconds};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let created = client.create_meeting(&request())?.into_inner();
    println!("{:?}", created.meeting_number);
    Ok(())
}
"#;

/// What both hand-written apps share: the request body, the answer, the credentials and the signature headers.
const BY_HAND_COMMON: &str = r#"use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

const URI: &str = "/v1/meetings";

#[derive(Serialize)]
struct CreateMeeting<'a> {
    userid: &'a str,
    instanceid: u32,
    subject: &'a str,
    #[serde(rename = "type")]
    meeting_type: u32,
    start_time: String,
    end_time: String,
}

#[derive(Debug, Deserialize)]
struct Created {
    meeting_number: Option<i64>,
}

struct Credentials {
    base_url: String,
    app_id: String,
    sdk_id: String,
    secret_id: String,
    secret_key: String,
}

fn credentials() -> Result<Credentials, std::env::VarError> {
    let var = std::env::var;
    Ok(Credentials {
        base_url: var("WEMEET_BASE_URL")?,
        app_id: var("WEMEET_APP_ID")?,
        sdk_id: var("WEMEET_SDK_ID")?,
        secret_id: var("WEMEET_SECRET_ID")?,
        secret_key: var("WEMEET_SECRET_KEY")?,
    })
}

fn body() -> Result<String, serde_json::Error> {
    serde_json::to_string(&CreateMeeting {
        userid: "bench",
        instanceid: 1,
        subject: "build cost",
        meeting_type: 0,
        start_time: "1900000000".to_owned(),
        end_time: "1900003600".to_owned(),
    })
}

/// Every header of a signed POST of `body` to `URI`.
fn headers(credentials: &Credentials, body: &str) -> Result<Vec<(&'static str, String)>, Box<dyn std::error::Error>> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?;
    let (timestamp, nonce) = (now.as_secs().to_string(), now.subsec_nanos().to_string());
    let signed = format!(
        "POST\nX-TC-Key={}&X-TC-Nonce={nonce}&X-TC-Timestamp={timestamp}\n{URI}\n{body}",
        credentials.secret_id
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(credentials.secret_key.as_bytes())?;
    mac.update(signed.as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|byte| format!("{byte:02x}")).collect();
    Ok(vec![
        ("Content-Type", "application/json".to_owned()),
        ("AppId", credentials.app_id.clone()),
        ("SdkId", credentials.sdk_id.clone()),
        ("X-TC-Registered", "1".to_owned()),
        ("X-TC-Key", credentials.secret_id.clone()),
        ("X-TC-Timestamp", timestamp),
        ("X-TC-Nonce", nonce),
        ("X-TC-Signature", base64::engine::general_purpose::STANDARD.encode(hex)),
    ])
}
"#;

/// The hand-written app on reqwest: its `main`.
const BY_HAND_REQWEST_MAIN: &str = r#"
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let credentials = credentials()?;
    let body = body()?;
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(15))
        .build()?;
    let mut request = client.post(format!("{}{URI}", credentials.base_url));
    for (name, value) in headers(&credentials, &body)? {
        request = request.header(name, value);
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let answer = runtime.block_on(async { request.body(body).send().await?.error_for_status()?.text().await })?;
    let created: Created = serde_json::from_str(&answer)?;
    println!("{:?}", created.meeting_number);
    Ok(())
}
"#;

/// The hand-written app on ureq: its `main`.
const BY_HAND_UREQ_MAIN: &str = r#"
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let credentials = credentials()?;
    let body = body()?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(5)))
        .timeout_global(Some(Duration::from_secs(15)))
        .build()
        .into();
    let mut request = agent.post(format!("{}{URI}", credentials.base_url));
    for (name, value) in headers(&credentials, &body)? {
        request = request.header(name, value);
    }
    let answer = request.send(body.as_str())?.body_mut().read_to_string()?;
    let created: Created = serde_json::from_str(&answer)?;
    println!("{:?}", created.meeting_number);
    Ok(())
}
"#;

/// A transport and how each app on it is written.
struct Transport {
    /// The crate's name.
    name: &'static str,
    /// Its dependency lines, with the clients' TLS setup.
    dependencies: &'static str,
    /// The dependency lines both the client app and the hand-written app add to run a call (the async runtime).
    runtime: &'static str,
    /// The client crate on it (in `crates/`) and its app's `main`.
    client: (&'static str, &'static str),
    /// The hand-written app's `main` (after [`BY_HAND_COMMON`]).
    by_hand_main: &'static str,
    /// The bare transport's `main`.
    bare_main: &'static str,
}

/// reqwest, under `wemeet`.
const ON_REQWEST: Transport = Transport {
    name: "reqwest",
    dependencies: REQWEST,
    runtime: RUNTIME,
    client: ("wemeet", WEMEET_MAIN),
    by_hand_main: BY_HAND_REQWEST_MAIN,
    bare_main: "fn main() {\n    println!(\"{}\", reqwest::Client::builder().build().is_ok());\n}\n",
};

/// ureq, under `wemeet-blocking`.
const ON_UREQ: Transport = Transport {
    name: "ureq",
    dependencies: UREQ,
    runtime: "",
    client: ("wemeet-blocking", WEMEET_BLOCKING_MAIN),
    by_hand_main: BY_HAND_UREQ_MAIN,
    bare_main: "fn main() {\n    let agent = ureq::Agent::new_with_defaults();\n    println!(\"{agent:?}\");\n}\n",
};

impl Transport {
    /// The four scratch crates: the client app with default features, with `full`, the hand-written app, the bare
    /// transport.
    fn apps(&self, root: &Path) -> [Scratch; 4] {
        let (client, client_main) = self.client;
        let client_dir = root.join("crates").join(client);
        let client_app = |suffix: &str, features: &str| Scratch {
            name: format!("scratch-{client}{suffix}"),
            dependencies: format!(
                "{client} = {{ path = {client_dir:?}{features} }}\n{}",
                self.runtime
            ),
            main: format!("{client_main}\n{CLIENT_REQUEST}"),
        };
        [
            client_app("", ""),
            client_app("-full", ", features = [\"full\"]"),
            Scratch {
                name: format!("scratch-by-hand-{}", self.name),
                dependencies: format!("{}{}{BY_HAND}", self.dependencies, self.runtime),
                main: format!("{BY_HAND_COMMON}{}", self.by_hand_main),
            },
            Scratch {
                name: format!("scratch-{}", self.name),
                dependencies: self.dependencies.to_owned(),
                main: self.bare_main.to_owned(),
            },
        ]
    }

    /// Builds the four, one after the other.
    fn build(&self, root: &Path, scratch_root: &Path) -> Result<TransportBuilds> {
        let lock = root.join("Cargo.lock");
        let [client, client_full, hand_written, bare] = self.apps(root);
        Ok(TransportBuilds {
            client: build(scratch_root, &lock, &client)?,
            client_full: build(scratch_root, &lock, &client_full)?,
            hand_written: build(scratch_root, &lock, &hand_written)?,
            bare: build(scratch_root, &lock, &bare)?,
        })
    }
}

fn measure_in(root: &Path, scratch_root: &Path, load_before: String) -> Result<BuildCost> {
    let wemeet = ON_REQWEST.build(root, scratch_root)?;
    let wemeet_blocking = ON_UREQ.build(root, scratch_root)?;
    let quickstart_seconds = fresh_clone_quickstart(root, scratch_root)?;
    Ok(BuildCost {
        load_before,
        wemeet,
        wemeet_blocking,
        quickstart_seconds,
    })
}

/// Writes the scratch crate, builds it in release from nothing, and counts its dependency tree.
fn build(scratch_root: &Path, lock: &Path, scratch: &Scratch) -> Result<Build> {
    let dir = scratch_root.join(&scratch.name);
    std::fs::create_dir_all(dir.join("src"))?;
    let manifest = format!(
        "[package]\nname = {:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{}\n\
         [workspace]\n",
        scratch.name, scratch.dependencies
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("src/main.rs"), &scratch.main)?;
    std::fs::copy(lock, dir.join("Cargo.lock")).context("copying the workspace's Cargo.lock")?;

    println!(
        "== clean release build of {} (load average {})",
        scratch.name,
        load_average()
    );
    let cpu_before = children_cpu_seconds()?;
    let start = Instant::now();
    let status = fresh_cargo(&dir)
        .args(["build", "--release", "--quiet"])
        .status()?;
    let wall_seconds = start.elapsed().as_secs_f64();
    // `status()` has waited for cargo, which waited for everything it ran: all of it is counted now.
    let cpu_seconds = children_cpu_seconds()? - cpu_before;
    if !status.success() {
        bail!("the clean build of {} failed ({status})", scratch.name);
    }
    let crates = count_crates(&dir)?;
    println!("  {cpu_seconds:.1} CPU-s ({wall_seconds:.1} s wall), {crates} crates\n");
    Ok(Build {
        crates,
        cpu_seconds,
        wall_seconds,
    })
}

/// User + system CPU seconds of every child process this one has waited for, and of their waited-for
/// descendants (`getrusage(RUSAGE_CHILDREN)`); the difference across one build is that build's CPU time.
#[allow(
    unsafe_code,
    reason = "getrusage is a C call; see xtask/Cargo.toml's `[lints]`"
)]
fn children_cpu_seconds() -> Result<f64> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is a valid, writable `rusage`; getrusage only writes into it.
    let outcome = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    if outcome != 0 {
        bail!(
            "getrusage(RUSAGE_CHILDREN) failed: {}",
            std::io::Error::last_os_error()
        );
    }
    // SAFETY: getrusage succeeded, so it filled `usage` (and zeroed is a valid `rusage` anyway).
    let usage = unsafe { usage.assume_init() };
    let seconds = |time: libc::timeval| time.tv_sec as f64 + time.tv_usec as f64 / 1e6;
    Ok(seconds(usage.ru_utime) + seconds(usage.ru_stime))
}

/// Unique packages in the normal dependency tree for the host target, the root (scratch) package excluded.
fn count_crates(dir: &Path) -> Result<usize> {
    let output = fresh_cargo(dir)
        .args([
            "tree", "--edges", "normal", "--prefix", "none", "--format", "{p}",
        ])
        .output()?;
    if !output.status.success() {
        bail!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let text = String::from_utf8(output.stdout).context("cargo tree printed non-UTF-8")?;
    let packages: BTreeSet<&str> = text
        .lines()
        .skip(1)
        .map(|line| line.trim_end_matches(" (*)").trim())
        .filter(|line| !line.is_empty())
        .collect();
    Ok(packages.len())
}

/// Clones the committed workspace and runs the README's first command in the clone, from nothing.
fn fresh_clone_quickstart(root: &Path, scratch_root: &Path) -> Result<f64> {
    let clone = scratch_root.join("clone");
    println!(
        "== fresh clone to finished quickstart (load average {})",
        load_average()
    );
    let start = Instant::now();
    let status = Command::new("git")
        .args(["clone", "--quiet"])
        .arg(root)
        .arg(&clone)
        .status()
        .context("cannot run git")?;
    if !status.success() {
        bail!("git clone failed ({status})");
    }
    let status = fresh_cargo(&clone)
        .args(["run", "--quiet", "--example", "quickstart"])
        .status()?;
    let seconds = start.elapsed().as_secs_f64();
    if !status.success() {
        bail!("the quickstart in the fresh clone failed ({status})");
    }
    println!("  {seconds:.1} s\n");
    Ok(seconds)
}

/// cargo in `dir` with its own target dir there, not the one of any surrounding build.
fn fresh_cargo(dir: &Path) -> Command {
    let mut command = Command::new(cargo());
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", PathBuf::from(dir).join("target"))
        .env_remove("RUSTC_WRAPPER");
    command
}
