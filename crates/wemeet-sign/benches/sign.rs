//! Cost of signing the create-meeting example, next to a bare HMAC-SHA256 of the same string computed
//! with `hmac` + `sha2` directly (the HMAC floor).
//!
//! Target: the full signature (`StringToSign::sign`: HMAC fed piece by piece, hex, base64) costs at
//! most 1.3× the bare HMAC over the already-built string to sign. `Signer::sign_at` adds building the
//! header set. Both the signature and the floor key the HMAC per call; a fourth variant clones a keyed
//! HMAC state made once instead, which is what signing would cost if it kept one (it does not: `hmac`
//! 0.12 cannot wipe that state, see `keyed_hmac` in src/signature.rs).
//!
//! Criterion measures each function on its own. Other work on a shared machine shifts those numbers
//! between functions, so after them (`cargo bench` only) the run also times the four side by side:
//! short alternating rounds, keeping each one's fastest round, and prints the ratios to the bare HMAC, and
//! `wemeet-bench: <key> <value>` lines that `cargo xtask bench` collects into its table.

use std::hint::black_box;

use criterion::{Criterion, Throughput};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use wemeet_sign::{Credentials, Signer, StringToSign};
use wemeet_testkit::fastest_per_call;

/// The create-meeting example exactly as the API documentation prints it.
const BODY: &[u8] = include_bytes!("../tests/vectors/bodies/create-meeting.doc-example.txt");
const SECRET_KEY: &str = "wemeet-rs-test-secret-key-0123456789abcdef";
const SECRET_ID: &str = "AKIDwemeetrs00000000000000000001";
const TARGET: &str = "/v1/meetings";
const TIMESTAMP: u64 = 1_572_172_200;
const NONCE: u64 = 1_572_172_200_000_123_456;
const TARGET_RATIO: f64 = 1.3;

struct Fixture {
    credentials: Credentials,
    signer: Signer,
    message: Vec<u8>,
    keyed: Hmac<Sha256>,
}

impl Fixture {
    fn new() -> Self {
        let credentials = Credentials::builder()
            .app_id("200000001")
            .secret_id(SECRET_ID)
            .secret_key(SECRET_KEY)
            .build()
            .with_sdk_id("18000000001");
        let message =
            StringToSign::new("POST", SECRET_ID, TIMESTAMP, NONCE, TARGET, BODY).to_bytes();
        Self {
            signer: Signer::new(credentials.clone()),
            credentials,
            message,
            keyed: keyed_hmac(SECRET_KEY.as_bytes()),
        }
    }

    /// The baseline: HMAC-SHA256 of the string to sign, already built, in one update, keyed per call as
    /// the signature is.
    fn bare_hmac(&self) {
        let mut mac = keyed_hmac(black_box(SECRET_KEY.as_bytes()));
        mac.update(black_box(&self.message));
        black_box(mac.finalize());
    }

    /// The same HMAC from a keyed state made once and cloned: the padded key's two blocks are not hashed.
    fn bare_hmac_kept_key(&self) {
        let mut mac = black_box(&self.keyed).clone();
        mac.update(black_box(&self.message));
        black_box(mac.finalize());
    }

    fn signature(&self) {
        let string_to_sign =
            StringToSign::new("POST", SECRET_ID, TIMESTAMP, NONCE, TARGET, black_box(BODY));
        black_box(string_to_sign.sign(black_box(&self.credentials)));
    }

    fn headers(&self) {
        black_box(
            self.signer
                .sign_at("POST", TARGET, black_box(BODY), TIMESTAMP, NONCE),
        );
    }
}

fn sign_create_meeting(c: &mut Criterion) {
    let fixture = Fixture::new();
    let mut group = c.benchmark_group("create-meeting example");
    group.throughput(Throughput::Bytes(fixture.message.len() as u64));
    group.bench_function("bare HMAC-SHA256 of the built string", |b| {
        b.iter(|| fixture.bare_hmac())
    });
    group.bench_function("bare HMAC-SHA256, keyed state kept and cloned", |b| {
        b.iter(|| fixture.bare_hmac_kept_key())
    });
    group.bench_function("signature (StringToSign::sign)", |b| {
        b.iter(|| fixture.signature())
    });
    group.bench_function("headers (Signer::sign_at)", |b| {
        b.iter(|| fixture.headers())
    });
    group.finish();
}

/// A named way of signing, for the side-by-side timing: its label, its key in `wemeet-bench:` lines, the function.
type Variant = (&'static str, &'static str, fn(&Fixture));

/// HMAC-SHA256 keyed with `key`.
fn keyed_hmac(key: &[u8]) -> Hmac<Sha256> {
    Hmac::new_from_slice(key).expect("HMAC takes keys of any length")
}

/// Times the four side by side (`fastest_per_call`) and prints their ratios to the bare HMAC.
fn side_by_side() {
    const ROUNDS: u32 = 3_000;
    const ITERATIONS: u32 = 500;
    let fixture = Fixture::new();
    let variants: [Variant; 4] = [
        ("bare HMAC-SHA256", "bare_hmac", Fixture::bare_hmac),
        (
            "bare, key kept",
            "bare_hmac_kept_key",
            Fixture::bare_hmac_kept_key,
        ),
        ("signature", "signature", Fixture::signature),
        ("headers", "headers", Fixture::headers),
    ];
    let runs = variants.map(|(_, _, run)| run);
    let fastest = fastest_per_call(&fixture, &runs, ROUNDS, ITERATIONS);
    let bare = fastest[0];
    println!("\nside by side, fastest of {ROUNDS} alternating rounds of {ITERATIONS} calls:");
    for ((name, key, _), nanos) in variants.iter().zip(fastest.iter().copied()) {
        println!(
            "  {name:<18} {nanos:>8.1} ns  {:.3}x bare HMAC",
            nanos / bare
        );
        println!("wemeet-bench: sign.{key}.ns {nanos:.1}");
    }
    let ratio = fastest[2] / bare;
    let verdict = if ratio <= TARGET_RATIO {
        "meets"
    } else {
        "MISSES"
    };
    println!(
        "  signature / bare HMAC = {ratio:.3}: {verdict} the target of at most {TARGET_RATIO}x"
    );
}

/// The Criterion benchmarks of this file (what `criterion_group!` writes, but private and documented).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    sign_create_meeting(&mut criterion);
}

fn main() {
    benches();
    // `cargo test --benches` runs each benchmark once as a smoke test; time side by side only on `cargo bench`.
    if std::env::args().any(|arg| arg == "--bench") {
        side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
