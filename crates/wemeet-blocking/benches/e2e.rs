//! End to end on loopback against `wemeet-mock` (fault injection off): the blocking client creating meetings from
//! 1 and 8 threads, next to raw ureq sending identical pre-signed requests to the same server.
//!
//! "Identical pre-signed requests": before each timed round the bench signs one request per call it will send
//! (`Config::start` + `Call::next_attempt`, the client's own path, each with its own nonce so the mock's replay
//! guard accepts every one); the raw side then only moves bytes. Raw ureq gets a tuned pool (8 idle connections per
//! host, as many as threads, like the client's default of 64), sends through one shared agent and checks every
//! answer is a 200, as the client does.
//!
//! Criterion measures one call's latency (1 thread). After it (`cargo bench` only) the run times the four variants
//! in alternating rounds, keeping each one's best round, and prints `wemeet-bench: <key> <value>` lines for
//! `cargo xtask bench`.

use std::hint::black_box;
use std::time::{Duration, Instant, SystemTime};

use criterion::{BatchSize, Criterion, criterion_group};
use wemeet_blocking::Client;
use wemeet_mock::MockServer;
use wemeet_types::{
    CreateMeeting, CreateMeetingRequest, InstanceId, MeetingType, Settings, UnixSeconds,
};

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
        // The mock accepts every nonce of the run (a run sends well under a million calls) and keeps no log.
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
            .build();
        let client = match client {
            Ok(client) => client,
            Err(error) => panic!("cannot build the client: {error}"),
        };
        let raw = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .max_idle_connections_per_host(THREADS)
            .max_idle_connections(100)
            .build()
            .new_agent();
        Bench {
            _mock: mock,
            client,
            raw,
            request: create_meeting(),
        }
    }

    /// `calls` requests signed now, each with its own nonce.
    fn presign(&self, calls: usize) -> Vec<http::Request<Vec<u8>>> {
        (0..calls)
            .map(|_| {
                let attempt = self
                    .client
                    .config()
                    .start::<CreateMeeting>(&(), &self.request)
                    .and_then(|mut call| call.next_attempt());
                match attempt {
                    Ok(attempt) => attempt.request,
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
        let mut lanes: Vec<Vec<http::Request<Vec<u8>>>> =
            (0..threads).map(|_| Vec::new()).collect();
        for (index, request) in requests.into_iter().enumerate() {
            if let Some(lane) = lanes.get_mut(index % threads) {
                lane.push(request);
            }
        }
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

/// `calls` split as evenly as possible over `lanes`.
fn shares(calls: usize, lanes: usize) -> impl Iterator<Item = usize> {
    (0..lanes).map(move |lane| calls / lanes + usize::from(lane < calls % lanes))
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

/// Calls per second of the four variants, best of alternating rounds.
fn side_by_side() {
    const ROUNDS: usize = 7;
    let bench = Bench::new();
    let variants: [(&str, usize, usize); 4] = [
        ("client.1", 1, 1_000),
        ("raw.1", 1, 1_000),
        ("client.8", THREADS, 4_000),
        ("raw.8", THREADS, 4_000),
    ];
    bench.client_round(256, THREADS);
    bench.raw_round(bench.presign(256), THREADS);
    let mut best = [0.0_f64; 4];
    for _ in 0..ROUNDS {
        for ((name, threads, calls), best) in variants.iter().zip(best.iter_mut()) {
            let elapsed = if name.starts_with("client") {
                bench.client_round(*calls, *threads)
            } else {
                bench.raw_round(bench.presign(*calls), *threads)
            };
            *best = best.max(*calls as f64 / elapsed.as_secs_f64());
        }
    }
    println!("\ncreates per second on loopback, best of {ROUNDS} alternating rounds:");
    for ((name, threads, _), rate) in variants.iter().zip(best) {
        println!("  {name:<10} {threads:>2} threads  {rate:>9.0}/s");
        println!("wemeet-bench: e2e.blocking.{name} {rate:.0}");
    }
    println!(
        "  client / raw ureq: {:.2} at 1 thread, {:.2} at {THREADS}",
        best[0] / best[1],
        best[2] / best[3]
    );
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
