//! Cost of signing the create-meeting example, next to a bare HMAC-SHA256 of the same string.
//!
//! Target: the full signature (`StringToSign::sign`: HMAC fed piece by piece, hex, base64) costs at
//! most 1.3× the bare HMAC over the already-built string to sign. `Signer::sign_at` adds building the
//! header set.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use wemeet_sign::{Credentials, Signer, StringToSign};

/// The create-meeting example exactly as the API documentation prints it.
const BODY: &[u8] = include_bytes!("../tests/vectors/bodies/create-meeting.doc-example.txt");
const SECRET_KEY: &str = "wemeet-rs-test-secret-key-0123456789abcdef";
const SECRET_ID: &str = "AKIDwemeetrs00000000000000000001";
const TIMESTAMP: u64 = 1_572_172_200;
const NONCE: u64 = 1_572_172_200_000_123_456;

fn sign_create_meeting(c: &mut Criterion) {
    let credentials =
        Credentials::new("200000001", SECRET_ID, SECRET_KEY).with_sdk_id("18000000001");
    let signer = Signer::new(credentials.clone());
    let string_to_sign =
        StringToSign::new("POST", SECRET_ID, TIMESTAMP, NONCE, "/v1/meetings", BODY);
    let message = string_to_sign.to_bytes();

    let mut group = c.benchmark_group("create-meeting example");
    group.throughput(Throughput::Bytes(message.len() as u64));
    group.bench_function("bare HMAC-SHA256 of the built string", |b| {
        b.iter(|| {
            let mut mac = match Hmac::<Sha256>::new_from_slice(black_box(SECRET_KEY.as_bytes())) {
                Ok(mac) => mac,
                Err(_) => unreachable!("HMAC takes keys of any length"),
            };
            mac.update(black_box(&message));
            black_box(mac.finalize())
        });
    });
    group.bench_function("signature (StringToSign::sign)", |b| {
        b.iter(|| {
            let string_to_sign = StringToSign::new(
                "POST",
                SECRET_ID,
                TIMESTAMP,
                NONCE,
                "/v1/meetings",
                black_box(BODY),
            );
            black_box(string_to_sign.sign(black_box(&credentials)))
        });
    });
    group.bench_function("headers (Signer::sign_at)", |b| {
        b.iter(|| {
            black_box(signer.sign_at("POST", "/v1/meetings", black_box(BODY), TIMESTAMP, NONCE))
        });
    });
    group.finish();
}

criterion_group!(benches, sign_create_meeting);
criterion_main!(benches);
