//! Cost of receiving a typical encrypted event (the docs' `meeting.medium-uploaded` example, 600 bytes of JSON):
//! verifying the signature, base64-decoding, decrypting and decoding the typed event, next to the bare SHA-1
//! and AES-256-CBC work on the same bytes (SHA-1 of the already sorted and concatenated values, CBC decryption
//! of the already decoded ciphertext) in the same run.
//!
//! Criterion measures each function on its own. After them (`cargo bench` only), the run also times them side
//! by side: alternating rounds, keeping each one's fastest round, and prints the ratio of the full receive to
//! the bare crypto, and `wemeet-bench: <key> <value>` lines for `cargo xtask bench` to collect.

use std::hint::black_box;

use aes::Aes256;
use aes::cipher::block_padding::NoPadding;
use aes::cipher::{BlockDecryptMut as _, KeyIvInit as _};
use base64::Engine as _;
use criterion::{Criterion, Throughput};
use sha1::{Digest as _, Sha1};
use wemeet_testkit::fastest_per_call;
use wemeet_webhook::{Delivery, Webhook};

const EVENT: &str = include_str!("../tests/fixtures/events/meeting.medium-uploaded.json");
const TOKEN: &str = "bVPU6F8Htxl5XkAbp3jGV2xWp";
const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

struct Fixture {
    webhook: Webhook,
    delivery: Delivery,
    /// The four signed values, sorted and concatenated: what the bare SHA-1 hashes.
    sorted: Vec<u8>,
    /// The decoded `data`: what the bare AES-CBC decrypts.
    ciphertext: Vec<u8>,
    key: [u8; 32],
}

impl Fixture {
    fn new() -> Self {
        let json: serde_json::Value = serde_json::from_str(EVENT).unwrap();
        let json = json.to_string();
        let webhook = Webhook::from_settings(TOKEN, Some(KEY)).unwrap();
        let delivery = webhook.delivery(&json, 1_609_239_040_864, 14_964_161);
        let data: serde_json::Value = serde_json::from_str(delivery.body()).unwrap();
        let data = data["data"].as_str().unwrap().to_owned();
        let headers = delivery.headers();
        let mut values = [TOKEN, headers.timestamp(), headers.nonce(), data.as_str()];
        values.sort_unstable();
        let ciphertext = base64::engine::general_purpose::STANDARD
            .decode(&data)
            .unwrap();
        let key = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(KEY)
            .unwrap()
            .try_into()
            .unwrap();
        Self {
            webhook,
            sorted: values.concat().into_bytes(),
            delivery,
            ciphertext,
            key,
        }
    }

    fn receive(&self) {
        let headers = self.delivery.headers();
        let event = self
            .webhook
            .receive_event(black_box(self.delivery.body().as_bytes()), |name| {
                headers.get(name)
            });
        assert!(black_box(event).is_ok());
    }

    fn bare_sha1(&self) {
        black_box(Sha1::digest(black_box(&self.sorted)));
    }

    fn bare_aes(&self) {
        let mut buffer = black_box(&self.ciphertext).clone();
        let iv: [u8; 16] = self.key[..16].try_into().unwrap();
        cbc::Decryptor::<Aes256>::new(&self.key.into(), &iv.into())
            .decrypt_padded_mut::<NoPadding>(&mut buffer)
            .unwrap();
        black_box(buffer);
    }

    fn bare_both(&self) {
        self.bare_sha1();
        self.bare_aes();
    }
}

fn receive_medium_uploaded(c: &mut Criterion) {
    let fixture = Fixture::new();
    let mut group = c.benchmark_group("encrypted meeting.medium-uploaded");
    group.throughput(Throughput::Bytes(fixture.delivery.body().len() as u64));
    group.bench_function("bare SHA-1 of the sorted values", |b| {
        b.iter(|| fixture.bare_sha1())
    });
    group.bench_function("bare AES-256-CBC decryption", |b| {
        b.iter(|| fixture.bare_aes())
    });
    group.bench_function("bare SHA-1 + AES-256-CBC", |b| {
        b.iter(|| fixture.bare_both())
    });
    group.bench_function(
        "receive_event (verify, decode, decrypt, typed event)",
        |b| b.iter(|| fixture.receive()),
    );
    group.finish();
}

/// A named piece of work, for the side-by-side timing: its label, its key in `wemeet-bench:` lines, the function.
type Variant = (&'static str, &'static str, fn(&Fixture));

fn side_by_side() {
    const ROUNDS: u32 = 2_000;
    const ITERATIONS: u32 = 100;
    let fixture = Fixture::new();
    let variants: [Variant; 4] = [
        ("bare SHA-1", "sha1", Fixture::bare_sha1),
        ("bare AES-256-CBC", "aes_cbc", Fixture::bare_aes),
        ("bare SHA-1 + AES-CBC", "bare", Fixture::bare_both),
        ("receive_event", "receive", Fixture::receive),
    ];
    let runs = variants.map(|(_, _, run)| run);
    let fastest = fastest_per_call(&fixture, &runs, ROUNDS, ITERATIONS);
    let bare = fastest[2];
    println!("\nside by side, fastest of {ROUNDS} alternating rounds of {ITERATIONS} calls:");
    for ((name, key, _), nanos) in variants.iter().zip(fastest.iter().copied()) {
        println!(
            "  {name:<22} {nanos:>9.1} ns  {:.2}x bare SHA-1 + AES-CBC",
            nanos / bare
        );
        println!("wemeet-bench: webhook.{key}.ns {nanos:.1}");
    }
    println!(
        "  receive_event / (bare SHA-1 + AES-CBC) = {:.2}",
        fastest[3] / bare
    );
}

/// The Criterion benchmarks of this file (what `criterion_group!` writes, but private and documented).
fn benches() {
    let mut criterion = Criterion::default().configure_from_args();
    receive_medium_uploaded(&mut criterion);
}

fn main() {
    benches();
    // `cargo test --benches` runs each benchmark once as a smoke test; time side by side only on `cargo bench`.
    if std::env::args().any(|arg| arg == "--bench") {
        side_by_side();
    }
    Criterion::default().configure_from_args().final_summary();
}
