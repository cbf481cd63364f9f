//! Preparing a call, per endpoint: validate, serialize, sign and build the `http::Request` — exactly
//! `Config::start::<E>` followed by `Call::next_attempt`, the whole request path before the transport.
//!
//! Criterion measures the time per call of each endpoint. After it (`cargo bench` only), the run counts the heap
//! allocations (and bytes) one preparation makes, with a counting global allocator, and times the three endpoints
//! side by side; it prints `wemeet-bench: <key> <value>` lines that `cargo xtask bench` collects into its table.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use wemeet_core::{ClientBuilder, Config, Credentials};
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest,
    BackgroundImage, CreateMeeting, CreateMeetingRequest, Endpoint, InstanceId, MeetingType,
    PlatformType, PushStreamInfo, SetLiveStreamAddress, SetLiveStreamAddressPath,
    SetLiveStreamAddressRequest, Settings, encode_base64,
};

/// The system allocator, counting every allocation (and reallocation) and the bytes asked for.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; the counters have no effect on memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(new_size as u64, Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const MEETING_ID: &str = "6524541286408448530";

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

fn create_meeting() -> CreateMeetingRequest {
    let settings = Settings::builder()
        .mute_enable_join(true)
        .allow_unmute_self(false)
        .participant_video(false)
        .enable_record(false)
        .play_ivr_on_leave(false)
        .live_url(false)
        .build();
    CreateMeetingRequest::builder()
        .userid("tester")
        .instanceid(InstanceId::Pc)
        .subject("weekly sync")
        .meeting_type(MeetingType::Scheduled)
        .start_time(1_900_000_000)
        .end_time(1_900_003_600)
        .settings(settings)
        .build()
}

fn image(md5: &str, url: &str) -> BackgroundImage {
    BackgroundImage::builder()
        .image_md5(md5)
        .image_url(url)
        .build()
}

fn add_backgrounds() -> AddMeetingBackgroundsRequest {
    AddMeetingBackgroundsRequest::builder()
        .userid("tester")
        .instanceid(InstanceId::Pc)
        .image_list([
            image(
                "9e107d9d372bb6826bd81d3542a419d6",
                "https://example.com/wemeet-rs/aurora.png",
            ),
            image(
                "e4d909c290d0fb1ca068ffaddf22cbd0",
                "https://example.com/wemeet-rs/harbour.png",
            ),
        ])
        .default_image_order(2)
        .build()
}

fn set_live_stream() -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::builder()
        .platform_type(PlatformType::ThirdParty)
        .platform_name(encode_base64("wemeet-rs"))
        .push_address("rtmp://live.example.com/app/")
        .push_password("bench-stream-key")
        .build();
    SetLiveStreamAddressRequest::builder()
        .userid("tester")
        .instanceid(InstanceId::Pc)
        .push_stream_info([push])
        .build()
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
            create: create_meeting(),
            backgrounds_path: AddMeetingBackgroundsPath::new(MEETING_ID),
            backgrounds: add_backgrounds(),
            live_stream_path: SetLiveStreamAddressPath::new(MEETING_ID),
            live_stream: set_live_stream(),
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
    let mut fastest = [f64::MAX; VARIANTS.len()];
    for _ in 0..ROUNDS {
        for ((_, run), best) in VARIANTS.iter().zip(fastest.iter_mut()) {
            let start = Instant::now();
            for _ in 0..ITERATIONS {
                run(&fixture);
            }
            *best = best.min(start.elapsed().as_secs_f64() * 1e9 / f64::from(ITERATIONS));
        }
    }
    for ((name, run), nanos) in VARIANTS.iter().zip(fastest) {
        run(&fixture);
        let (allocations, bytes) = (
            ALLOCATIONS.load(Ordering::Relaxed),
            BYTES.load(Ordering::Relaxed),
        );
        for _ in 0..CALLS {
            run(&fixture);
        }
        let allocations = (ALLOCATIONS.load(Ordering::Relaxed) - allocations) as f64 / CALLS as f64;
        let bytes = (BYTES.load(Ordering::Relaxed) - bytes) as f64 / CALLS as f64;
        println!(
            "  {name:<24} {nanos:>8.0} ns  {allocations:>5.1} allocations  {bytes:>6.0} bytes"
        );
        println!("wemeet-bench: prepare.{name}.ns {nanos:.1}");
        println!("wemeet-bench: prepare.{name}.allocs {allocations:.1}");
        println!("wemeet-bench: prepare.{name}.bytes {bytes:.0}");
    }
}

criterion_group!(benches, prepare_per_endpoint);

fn main() {
    benches();
    // `cargo test --benches` runs each benchmark once as a smoke test; count and time only on `cargo bench`.
    if std::env::args().any(|arg| arg == "--bench") {
        counted_and_side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
