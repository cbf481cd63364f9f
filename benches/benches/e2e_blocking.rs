//! End to end on loopback against `wemeet-mock` (fault injection off): the blocking client creating meetings from
//! 1 and 8 threads, next to raw ureq sending identical pre-signed requests to the same server.
//!
//! "Identical pre-signed requests": before each timed round the bench signs one request per call it will send
//! (`Config::start` + `Call::next_attempt`, the client's own path, each with its own nonce so the mock's replay
//! guard accepts every one); the raw side then only moves bytes. Raw ureq gets a tuned pool (8 idle connections per
//! host, as many as threads, like the client's default of 64), the same time limits as the client (its connect
//! timeout on the agent, the attempt's timeout as each request's global timeout), sends through one shared agent
//! and checks every answer is a 200, as the client does.
//!
//! With a time limit set, ureq's default resolver looks the host up on a new thread before every request (so that
//! the lookup can be abandoned), even when the host is an IP address; the client's agent answers IP-address hosts
//! at once instead. Raw ureq gets the fastest resolver there is, the mock's address fixed in advance
//! ([`MockAddress`]), so that it is compared at its best and not slowed by that thread.
//!
//! Criterion measures one call's latency (1 thread). After it (`cargo bench` only) each comparison runs as paired,
//! interleaved rounds (`wemeet_benches::compare`) and prints `wemeet-bench: <key> <value>` lines for
//! `cargo xtask bench`: the median ratio and its quartiles, and each side's median calls per second.
//!
//! With `WEMEET_BENCH_PROFILE=<side>:<calls>` set it makes that many calls of one side under a profiler instead
//! (`wemeet_benches::profile`, `benches/PROFILE.md`).

use std::hint::black_box;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion};
use ureq::unversioned::resolver::{ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
use wemeet_benches::fixture::{deal, shares};
use wemeet_benches::profile::{self, Loopback};
use wemeet_benches::{Side, compare};
use wemeet_blocking::Client;
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_types::{CreateMeeting, CreateMeetingRequest};

/// Who creates the meetings.
const USERID: &str = "bench-user";

/// Threads of the wide variant, and idle connections raw ureq keeps per host.
const THREADS: usize = 8;

struct Bench {
    // Held so the server lives as long as the bench.
    _mock: MockServer,
    client: Client,
    raw: ureq::Agent,
    request: CreateMeetingRequest,
}

impl Bench {
    fn new() -> Self {
        let mock = wemeet_benches::fixture::mock();
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .build();
        let client = match client {
            Ok(client) => client,
            Err(error) => panic!("cannot build the client: {error}"),
        };
        let raw_config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_connect(Some(client.config().timeouts().connect))
            .max_idle_connections_per_host(THREADS)
            .max_idle_connections(100)
            .build();
        let raw = ureq::Agent::with_parts(
            raw_config,
            DefaultConnector::default(),
            MockAddress(mock.address()),
        );
        Bench {
            _mock: mock,
            client,
            raw,
            request: requests::create_meeting(USERID),
        }
    }

    /// Raw ureq sends one request and reads its body.
    fn raw_send(&self, request: http::Request<Vec<u8>>) {
        match self.raw.run(request) {
            Ok(response) if response.status() == http::StatusCode::OK => {
                match response.into_body().read_to_vec() {
                    Ok(body) => {
                        black_box(body);
                    }
                    Err(error) => panic!("raw ureq could not read the body: {error}"),
                }
            }
            Ok(response) => panic!("the mock refused a raw request with {}", response.status()),
            Err(error) => panic!("raw ureq failed: {error}"),
        }
    }
}

impl Loopback for Bench {
    type Presigned = Vec<http::Request<Vec<u8>>>;

    /// `calls` requests signed now, each with its own nonce and the attempt's time limit as the client sets it.
    fn presign(&self, calls: usize) -> Vec<http::Request<Vec<u8>>> {
        (0..calls)
            .map(|_| {
                let attempt = self
                    .client
                    .config()
                    .start::<CreateMeeting>(&(), &self.request)
                    .and_then(|mut call| call.next_attempt());
                match attempt {
                    Ok(attempt) => self
                        .raw
                        .configure_request(attempt.request)
                        .timeout_global(Some(attempt.timeout))
                        .build(),
                    Err(error) => panic!("cannot sign the bench request: {error}"),
                }
            })
            .collect()
    }

    /// The client makes `calls` creates from `threads` threads; returns the elapsed time.
    fn client_round(&self, calls: usize, threads: usize) -> Duration {
        let start = Instant::now();
        std::thread::scope(|scope| {
            for share in shares(calls, threads) {
                scope.spawn(move || {
                    for _ in 0..share {
                        if let Err(error) = self.client.create_meeting(&self.request) {
                            panic!("the client's create failed: {error}");
                        }
                    }
                });
            }
        });
        start.elapsed()
    }

    /// Raw ureq sends `requests` from `threads` threads, reading each body; returns the elapsed time.
    fn raw_round(&self, requests: Vec<http::Request<Vec<u8>>>, threads: usize) -> Duration {
        let lanes = deal(requests, threads);
        let start = Instant::now();
        std::thread::scope(|scope| {
            for lane in lanes {
                scope.spawn(move || {
                    for request in lane {
                        self.raw_send(request);
                    }
                });
            }
        });
        start.elapsed()
    }
}

/// Resolves every host to the mock's address, on the calling thread.
#[derive(Debug)]
struct MockAddress(SocketAddr);

impl Resolver for MockAddress {
    fn resolve(
        &self,
        _uri: &http::Uri,
        _config: &ureq::config::Config,
        _timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let mut addresses = self.empty();
        addresses.push(self.0);
        Ok(addresses)
    }
}

fn latency(c: &mut Criterion) {
    let bench = Bench::new();
    let mut group = c.benchmark_group("create_meeting on loopback, 1 thread");
    group.bench_function("wemeet_blocking::Client", |b| {
        b.iter(|| {
            if let Err(error) = bench.client.create_meeting(&bench.request) {
                panic!("the client's create failed: {error}");
            }
        })
    });
    group.bench_function("raw ureq, pre-signed", |b| {
        b.iter_batched(
            || bench.presign(1),
            |requests| {
                requests
                    .into_iter()
                    .for_each(|request| bench.raw_send(request))
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// The two comparisons as paired, interleaved rounds.
fn side_by_side() {
    let bench = Bench::new();
    // Warm the pools of both at full width first.
    bench.client_round(256, THREADS);
    bench.raw_round(bench.presign(256), THREADS);
    println!("\nblocking client / raw ureq, creates on loopback, paired rounds:");
    for threads in [1, THREADS] {
        let comparison = compare(|side, calls| match side {
            Side::Client => bench.client_round(calls, threads),
            Side::Raw => bench.raw_round(bench.presign(calls), threads),
        });
        let what = if threads == 1 {
            "1 thread".to_owned()
        } else {
            format!("{threads} threads")
        };
        comparison.report("e2e.blocking", threads, &what);
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
