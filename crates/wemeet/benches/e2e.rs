//! End to end on loopback against `wemeet-mock` (fault injection off): the async client creating meetings at 1 and
//! 64 calls in flight, next to raw reqwest sending identical pre-signed requests to the same server.
//!
//! "Identical pre-signed requests": before each timed round the bench signs one request per call it will send
//! (`Config::start` + `Call::next_attempt`, the client's own path, each with its own nonce so the mock's replay
//! guard accepts every one) and turns them into `reqwest::Request`s; the raw side then only moves bytes. Both sides
//! use one reqwest client with a pool of 64 idle connections per host, on the same 2-worker runtime, against the
//! same mock, and both check every answer is a 200.
//!
//! Criterion measures one call's latency (1 in flight). After it (`cargo bench` only) the run times the four
//! variants in alternating rounds, keeping each one's best round, and prints `wemeet-bench: <key> <value>` lines
//! for `cargo xtask bench`. The raw reqwest 64-in-flight figure is also the mock's own throughput for signed
//! creates. With `WEMEET_BENCH_PYTHON` (an interpreter with `wemeet-openapi-sdk-python`) and
//! `WEMEET_BENCH_PY_CREATE` (xtask's `create.py`) set, it also times the official Python SDK against the same mock.

use std::hint::black_box;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use criterion::{BatchSize, Criterion, criterion_group};
use tokio::runtime::Runtime;
use tokio::task::JoinSet;
use wemeet::Client;
use wemeet_mock::{MockServer, demo};
use wemeet_types::{
    CreateMeeting, CreateMeetingRequest, InstanceId, MeetingType, Settings, UnixSeconds,
};

/// Connections kept per host by both the client and raw reqwest.
const POOL: usize = 64;

struct Bench {
    runtime: Runtime,
    mock: MockServer,
    client: Client,
    raw: reqwest::Client,
    request: Arc<CreateMeetingRequest>,
}

impl Bench {
    fn new() -> Self {
        let runtime = match tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
        {
            Ok(runtime) => runtime,
            Err(error) => panic!("cannot start the bench runtime: {error}"),
        };
        // The mock runs on its own 2-worker runtime; it accepts every nonce of the run (a run sends well under a
        // million calls) and keeps no request log.
        let mock = MockServer::builder()
            .replay_capacity(4_000_000)
            .request_log_capacity(0)
            .start_blocking();
        let mock = match mock {
            Ok(mock) => mock,
            Err(error) => panic!("cannot start the mock: {error}"),
        };
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .max_idle_connections_per_host(POOL)
            .build();
        let client = match client {
            Ok(client) => client,
            Err(error) => panic!("cannot build the client: {error}"),
        };
        let raw = reqwest::Client::builder()
            .tls_backend_preconfigured(raw_tls_config())
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(POOL)
            .no_proxy()
            .build();
        let raw = match raw {
            Ok(raw) => raw,
            Err(error) => panic!("cannot build raw reqwest: {error}"),
        };
        Bench {
            runtime,
            mock,
            client,
            raw,
            request: Arc::new(create_meeting()),
        }
    }

    /// `calls` requests signed now, each with its own nonce, ready for raw reqwest.
    fn presign(&self, calls: usize) -> Vec<reqwest::Request> {
        (0..calls)
            .map(|_| {
                let attempt = self
                    .client
                    .config()
                    .start::<CreateMeeting>(&(), &self.request)
                    .and_then(|mut call| call.next_attempt());
                match attempt.map(|attempt| reqwest::Request::try_from(attempt.request)) {
                    Ok(Ok(request)) => request,
                    Ok(Err(error)) => panic!("reqwest refuses the signed request: {error}"),
                    Err(error) => panic!("cannot sign the bench request: {error}"),
                }
            })
            .collect()
    }

    /// The client makes `calls` creates, `in_flight` at a time; returns the elapsed time.
    fn client_round(&self, calls: usize, in_flight: usize) -> Duration {
        self.runtime.block_on(async {
            let start = Instant::now();
            let mut tasks = JoinSet::new();
            for share in shares(calls, in_flight) {
                let client = self.client.clone();
                let request = Arc::clone(&self.request);
                tasks.spawn(async move {
                    for _ in 0..share {
                        if let Err(error) = client.create_meeting(&request).await {
                            panic!("the client's create failed: {error}");
                        }
                    }
                });
            }
            join_all(tasks).await;
            start.elapsed()
        })
    }

    /// Raw reqwest sends `requests`, `in_flight` at a time, reading each body; returns the elapsed time.
    fn raw_round(&self, requests: Vec<reqwest::Request>, in_flight: usize) -> Duration {
        let mut lanes: Vec<Vec<reqwest::Request>> = (0..in_flight).map(|_| Vec::new()).collect();
        for (index, request) in requests.into_iter().enumerate() {
            if let Some(lane) = lanes.get_mut(index % in_flight) {
                lane.push(request);
            }
        }
        self.runtime.block_on(async {
            let start = Instant::now();
            let mut tasks = JoinSet::new();
            for lane in lanes {
                let raw = self.raw.clone();
                tasks.spawn(async move {
                    for request in lane {
                        raw_send(&raw, request).await;
                    }
                });
            }
            join_all(tasks).await;
            start.elapsed()
        })
    }
}

async fn raw_send(raw: &reqwest::Client, request: reqwest::Request) {
    match raw.execute(request).await {
        Ok(response) if response.status() == reqwest::StatusCode::OK => {
            match response.bytes().await {
                Ok(body) => {
                    black_box(body);
                }
                Err(error) => panic!("raw reqwest could not read the body: {error}"),
            }
        }
        Ok(response) => panic!("the mock refused a raw request with {}", response.status()),
        Err(error) => panic!("raw reqwest failed: {error}"),
    }
}

async fn join_all(mut tasks: JoinSet<()>) {
    while let Some(outcome) = tasks.join_next().await {
        if let Err(error) = outcome {
            panic!("a bench task failed: {error}");
        }
    }
}

/// `calls` split as evenly as possible over `lanes`.
fn shares(calls: usize, lanes: usize) -> impl Iterator<Item = usize> {
    (0..lanes).map(move |lane| calls / lanes + usize::from(lane < calls % lanes))
}

/// The same TLS setup as the client (ring, the platform verifier); loopback is plain HTTP, so it is never used.
fn raw_tls_config() -> rustls::ClientConfig {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|builder| builder.with_platform_verifier());
    match config {
        Ok(builder) => builder.with_no_client_auth(),
        Err(error) => panic!("TLS setup failed: {error}"),
    }
}

/// A scheduled meeting in a day, for an hour: what a test suite creates.
fn create_meeting() -> CreateMeetingRequest {
    let start = UnixSeconds::from(SystemTime::now() + Duration::from_secs(86_400));
    let end = UnixSeconds::from(u64::from(start) + 3600);
    let settings = Settings::builder()
        .mute_enable_join(true)
        .allow_unmute_self(false)
        .participant_video(false)
        .enable_record(false)
        .play_ivr_on_leave(false)
        .live_url(false)
        .build();
    CreateMeetingRequest::builder()
        .userid("bench-user")
        .instanceid(InstanceId::Pc)
        .subject("bench")
        .meeting_type(MeetingType::Scheduled)
        .start_time(start)
        .end_time(end)
        .settings(settings)
        .build()
}

fn latency(c: &mut Criterion) {
    let bench = Bench::new();
    let mut group = c.benchmark_group("create_meeting on loopback, 1 in flight");
    group.bench_function("wemeet::Client", |b| b.iter(|| bench.client_round(1, 1)));
    group.bench_function("raw reqwest, pre-signed", |b| {
        b.iter_batched(
            || bench.presign(1),
            |requests| bench.raw_round(requests, 1),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// Calls per second of the four variants, best of alternating rounds; then the Python SDK if available.
fn side_by_side() {
    const ROUNDS: usize = 7;
    let bench = Bench::new();
    let variants: [(&str, usize, usize); 4] = [
        ("client.1", 1, 1_000),
        ("raw.1", 1, 1_000),
        ("client.64", 64, 6_400),
        ("raw.64", 64, 6_400),
    ];
    // Warm the pools of both at full width first.
    bench.client_round(256, POOL);
    bench.raw_round(bench.presign(256), POOL);
    let mut best = [0.0_f64; 4];
    for _ in 0..ROUNDS {
        for ((name, in_flight, calls), best) in variants.iter().zip(best.iter_mut()) {
            let elapsed = if name.starts_with("client") {
                bench.client_round(*calls, *in_flight)
            } else {
                bench.raw_round(bench.presign(*calls), *in_flight)
            };
            *best = best.max(*calls as f64 / elapsed.as_secs_f64());
        }
    }
    println!("\ncreates per second on loopback, best of {ROUNDS} alternating rounds:");
    for ((name, in_flight, _), rate) in variants.iter().zip(best) {
        println!("  {name:<10} {in_flight:>3} in flight  {rate:>9.0}/s");
        println!("wemeet-bench: e2e.async.{name} {rate:.0}");
    }
    println!(
        "  client / raw reqwest: {:.2} at 1 in flight, {:.2} at 64",
        best[0] / best[1],
        best[2] / best[3]
    );
    python_sdk(&bench.mock);
}

/// The official Python SDK creating meetings against the same mock, when xtask says where it is.
fn python_sdk(mock: &MockServer) {
    let (Some(python), Some(script)) = (
        std::env::var_os("WEMEET_BENCH_PYTHON"),
        std::env::var_os("WEMEET_BENCH_PY_CREATE"),
    ) else {
        println!(
            "  official Python SDK: skipped (WEMEET_BENCH_PYTHON / WEMEET_BENCH_PY_CREATE not set)"
        );
        return;
    };
    let output = Command::new(python)
        .arg(script)
        .arg(mock.address().to_string())
        .args([
            demo::APP_ID,
            demo::SDK_ID,
            demo::SECRET_ID,
            demo::SECRET_KEY,
            "2000",
        ])
        .output();
    match output {
        Ok(output) if output.status.success() => {
            let stdout = String::from_utf8_lossy(&output.stdout);
            match stdout
                .split_whitespace()
                .nth(1)
                .and_then(|rate| rate.parse::<f64>().ok())
            {
                Some(rate) => {
                    println!("  official Python SDK   1 in flight  {rate:>9.0}/s");
                    println!("wemeet-bench: e2e.python.1 {rate:.0}");
                }
                None => println!("  official Python SDK: unreadable output {stdout:?}"),
            }
        }
        Ok(output) => println!(
            "  official Python SDK failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ),
        Err(error) => println!("  official Python SDK: cannot run the interpreter: {error}"),
    }
}

criterion_group!(benches, latency);

fn main() {
    benches();
    // `cargo test --benches` runs each benchmark once as a smoke test; time side by side only on `cargo bench`.
    if std::env::args().any(|arg| arg == "--bench") {
        side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
