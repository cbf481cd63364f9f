//! End to end on loopback against `wemeet-mock` (fault injection off): the async client creating meetings at 1 and
//! 64 calls in flight, next to raw reqwest sending identical pre-signed requests to the same server.
//!
//! "Identical pre-signed requests": before each timed round the bench signs one request per call it will send
//! (`Config::start` + `Call::next_attempt`, the client's own path, each with its own nonce so the mock's replay
//! guard accepts every one) and turns them into `reqwest::Request`s; the raw side then only moves bytes. Both sides
//! have the same time limits (the client's connect timeout on the raw client, the attempt's timeout on each raw
//! request, as the client sets them), a pool of 64 idle connections per host, the same TLS configuration (unused
//! on plain-HTTP loopback), the same 2-worker runtime and the same mock, and both check every answer is a 200.
//!
//! Criterion measures one call's latency (1 in flight). After it (`cargo bench` only) each comparison runs as
//! paired, interleaved rounds (`wemeet_benches::compare`) and prints `wemeet-bench: <key> <value>` lines for
//! `cargo xtask bench`: the median ratio and its quartiles, and each side's median calls per second. The raw
//! reqwest 64-in-flight figure is also the mock's own throughput for signed creates. With `WEMEET_BENCH_PYTHON`
//! (an interpreter with `wemeet-openapi-sdk-python`) and `WEMEET_BENCH_PY_CREATE` (xtask's `create.py`) set, it
//! also times the official Python SDK against the same mock.
//!
//! With `WEMEET_BENCH_PROFILE=<side>:<calls>` set it makes that many calls of one side under a profiler instead
//! (`wemeet_benches::profile`, `benches/PROFILE.md`).

use std::hint::black_box;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion};
use tokio::runtime::Runtime;
use tokio::task::JoinSet;
use wemeet::Client;
use wemeet_benches::fixture::{deal, shares};
use wemeet_benches::profile::{self, Loopback};
use wemeet_benches::{Side, compare};
use wemeet_mock::{MockServer, demo};
use wemeet_testkit::requests;
use wemeet_types::{CreateMeeting, CreateMeetingRequest};

/// Who creates the meetings.
const USERID: &str = "bench-user";

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
        // The mock runs on its own 2-worker runtime.
        let mock = wemeet_benches::fixture::mock();
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .max_idle_connections_per_host(POOL)
            .build();
        let client = match client {
            Ok(client) => client,
            Err(error) => panic!("cannot build the client: {error}"),
        };
        let tls = match wemeet_core::tls::client_config(client.config()) {
            Ok(tls) => tls,
            Err(error) => panic!("TLS setup failed: {error}"),
        };
        let raw = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(client.config().timeouts().connect)
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
            request: Arc::new(requests::create_meeting(USERID)),
        }
    }
}

impl Loopback for Bench {
    type Presigned = Vec<reqwest::Request>;

    /// `calls` requests signed now, each with its own nonce, ready for raw reqwest, each with the attempt's time
    /// limit as the client sets it.
    fn presign(&self, calls: usize) -> Vec<reqwest::Request> {
        (0..calls)
            .map(|_| {
                let attempt = self
                    .client
                    .config()
                    .start::<CreateMeeting>(&(), &self.request)
                    .and_then(|mut call| call.next_attempt());
                let attempt = attempt.map(|attempt| {
                    let timeout = attempt.timeout;
                    reqwest::Request::try_from(attempt.request).map(|mut request| {
                        *request.timeout_mut() = Some(timeout);
                        request
                    })
                });
                match attempt {
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
        let lanes = deal(requests, in_flight);
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

/// The two comparisons as paired, interleaved rounds; then the Python SDK if available.
fn side_by_side() {
    let bench = Bench::new();
    // Warm the pools of both at full width first.
    bench.client_round(256, POOL);
    bench.raw_round(bench.presign(256), POOL);
    println!("\nasync client / raw reqwest, creates on loopback, paired rounds:");
    for in_flight in [1, POOL] {
        let comparison = compare(|side, calls| match side {
            Side::Client => bench.client_round(calls, in_flight),
            Side::Raw => bench.raw_round(bench.presign(calls), in_flight),
        });
        comparison.report("e2e.async", in_flight, &format!("{in_flight} in flight"));
    }
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

/// The Criterion benchmarks of this file (what `criterion_group!` writes, but private and documented).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    latency(&mut criterion);
}

fn main() {
    // A profiling run instead of the benchmarks (`wemeet_benches::profile`).
    if let Some((side, calls)) = profile::requested() {
        profile::run(&Bench::new(), side, calls);
        return;
    }
    benches();
    // `cargo test --benches` runs each benchmark once as a smoke test; time side by side only on `cargo bench`.
    if std::env::args().any(|arg| arg == "--bench") {
        side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
