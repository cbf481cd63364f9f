//! Preparing a call, per endpoint: validate, serialize, sign and build the `http::Request` — exactly
//! `Config::start::<E>` followed by `Call::next_attempt`, the whole request path before the transport.
//!
//! Criterion measures the time per call of each endpoint. After it (`cargo bench` only), the run counts the heap
//! allocations (and bytes) one preparation makes, with a counting global allocator, and times the three endpoints
//! side by side; it prints `wemeet-bench: <key> <value>` lines that `cargo xtask bench` collects into its table.

use std::hint::black_box;

use criterion::Criterion;
use wemeet_core::{ClientBuilder, Config, Credentials};
use wemeet_testkit::{Allocations, CountingAllocator, fastest_per_call, requests};
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest, CreateMeeting,
    CreateMeetingRequest, Endpoint, SetLiveStreamAddress, SetLiveStreamAddressPath,
    SetLiveStreamAddressRequest,
};

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

const MEETING_ID: &str = "6524541286408448530";
const USERID: &str = "tester";

/// What a client holds: credentials with an `SdkId`, the default base URL and options.
fn config() -> Config {
    let credentials = Credentials::builder()
        .app_id("200000001")
        .secret_id("AKIDwemeetrs00000000000000000001")
        .secret_key("wemeet-rs-test-secret-key")
        .build()
        .with_sdk_id("18000000001");
    match ClientBuilder::<()>::new()
        .credentials(credentials)
        .build_config()
    {
        Ok(config) => config,
        Err(error) => panic!("the bench configuration is valid: {error}"),
    }
}

/// One preparation: validate, serialize, sign, build the request.
fn prepare<E: Endpoint>(config: &Config, path: &E::Path, request: &E::Request) {
    let mut call = match config.start::<E>(black_box(path), black_box(request)) {
        Ok(call) => call,
        Err(error) => panic!("the bench request of {} is valid: {error}", E::NAME),
    };
    match call.next_attempt() {
        Ok(attempt) => {
            black_box(attempt);
        }
        Err(error) => panic!("signing the bench request of {} works: {error}", E::NAME),
    }
}

/// The three endpoints, each as a closure preparing its example request once.
struct Fixture {
    config: Config,
    create: CreateMeetingRequest,
    backgrounds_path: AddMeetingBackgroundsPath,
    backgrounds: AddMeetingBackgroundsRequest,
    live_stream_path: SetLiveStreamAddressPath,
    live_stream: SetLiveStreamAddressRequest,
}

impl Fixture {
    fn new() -> Self {
        Self {
            config: config(),
            create: requests::create_meeting(USERID),
            backgrounds_path: AddMeetingBackgroundsPath::new(MEETING_ID),
            backgrounds: requests::add_backgrounds(USERID, 2),
            live_stream_path: SetLiveStreamAddressPath::new(MEETING_ID),
            live_stream: requests::set_live_stream_address(USERID, 1),
        }
    }

    fn create_meeting(&self) {
        prepare::<CreateMeeting>(&self.config, &(), &self.create);
    }

    fn add_meeting_backgrounds(&self) {
        prepare::<AddMeetingBackgrounds>(&self.config, &self.backgrounds_path, &self.backgrounds);
    }

    fn set_live_stream_address(&self) {
        prepare::<SetLiveStreamAddress>(&self.config, &self.live_stream_path, &self.live_stream);
    }
}

/// A named endpoint preparation, for the counted and side-by-side passes.
type Variant = (&'static str, fn(&Fixture));

const VARIANTS: [Variant; 3] = [
    ("create_meeting", Fixture::create_meeting),
    ("add_meeting_backgrounds", Fixture::add_meeting_backgrounds),
    ("set_live_stream_address", Fixture::set_live_stream_address),
];

fn prepare_per_endpoint(c: &mut Criterion) {
    let fixture = Fixture::new();
    let mut group = c.benchmark_group("prepare (validate + serialize + sign + build request)");
    for (name, run) in VARIANTS {
        group.bench_function(name, |b| b.iter(|| run(&fixture)));
    }
    group.finish();
}

/// Allocations and bytes of one preparation (averaged over many, so a lazily initialised static does not count),
/// then the three timed in alternating rounds, keeping each one's fastest round.
fn counted_and_side_by_side() {
    const CALLS: u64 = 10_000;
    const ROUNDS: u32 = 300;
    const ITERATIONS: u32 = 200;
    let fixture = Fixture::new();
    println!(
        "\nper call, {CALLS} calls counted; time: fastest of {ROUNDS} alternating rounds of {ITERATIONS}:"
    );
    let runs = VARIANTS.map(|(_, run)| run);
    let fastest = fastest_per_call(&fixture, &runs, ROUNDS, ITERATIONS);
    for ((name, run), nanos) in VARIANTS.iter().zip(fastest) {
        run(&fixture);
        let (made, ()) = Allocations::of(|| {
            for _ in 0..CALLS {
                run(&fixture);
            }
        });
        let allocations = made.count as f64 / CALLS as f64;
        let bytes = made.bytes as f64 / CALLS as f64;
        println!(
            "  {name:<24} {nanos:>8.0} ns  {allocations:>5.1} allocations  {bytes:>6.0} bytes"
        );
        println!("wemeet-bench: prepare.{name}.ns {nanos:.1}");
        println!("wemeet-bench: prepare.{name}.allocs {allocations:.1}");
        println!("wemeet-bench: prepare.{name}.bytes {bytes:.0}");
    }
}

/// The Criterion benchmarks of this file (what `criterion_group!` writes, but private and documented).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    prepare_per_endpoint(&mut criterion);
}

fn main() {
    benches();
    // `cargo test --benches` runs each benchmark once as a smoke test; count and time only on `cargo bench`.
    if std::env::args().any(|arg| arg == "--bench") {
        counted_and_side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
