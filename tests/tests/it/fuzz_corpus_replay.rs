//! Replays the fuzz seeds (the doc examples and error bodies) and every input a fuzzing run ever found to crash
//! (`fuzz/regressions/<target>/`) through the fuzz targets' own code, on every `cargo test`: the properties the
//! fuzzer checks hold for them, without cargo-fuzz.

#[path = "../../../fuzz/src/lib.rs"]
mod fuzz;

use std::fs;
use std::path::{Path, PathBuf};

/// A fuzz target's function.
type Target = fn(&[u8]);

/// The target functions, by the name of their directory.
const TARGETS: [(&str, Target); 4] = [
    ("decode_response", fuzz::decode_response),
    ("decode_bodies", fuzz::decode_bodies),
    ("verify_request", fuzz::verify_request),
    ("webhook", fuzz::webhook),
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

/// The files of `dir`, sorted; none if it does not exist.
fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn every_seed_and_regression_passes_its_target() {
    let mut replayed = 0;
    for (target, run) in TARGETS {
        let seeds = inputs(&fuzz_dir().join("seeds").join(target));
        assert!(!seeds.is_empty(), "{target} has seeds");
        let regressions = inputs(&fuzz_dir().join("regressions").join(target));
        for path in seeds.iter().chain(&regressions) {
            let data = fs::read(path).unwrap();
            run(&data);
            replayed += 1;
        }
    }
    assert!(replayed >= 20, "replayed {replayed} inputs");
}

#[test]
fn the_seeds_reach_success_and_error_paths() {
    // The doc example of create decodes through the public response path; a truncated copy does not.
    let seed = fs::read(fuzz_dir().join("seeds/decode_response/create-200")).unwrap();
    fuzz::decode_response(&seed);
    let body = &seed[3..];
    assert!(serde_json::from_slice::<wemeet_types::CreateMeetingResponse>(body).is_ok());
    fuzz::decode_response(&seed[..seed.len() / 2]);
}

#[test]
fn the_webhook_seeds_reach_typed_events_the_suffix_fallback_and_refusals() {
    let seed = |name: &str| fs::read(fuzz_dir().join("seeds/webhook").join(name)).unwrap();
    // A `signed` seed is the plaintext the target encrypts and signs: the docs' examples are typed events.
    let medium = seed("signed-encrypted-meeting.medium-uploaded");
    let event =
        wemeet_webhook::Event::from_json(std::str::from_utf8(&medium[1..]).unwrap()).unwrap();
    assert!(matches!(
        event,
        wemeet_webhook::Event::MeetingMediumUploaded(_)
    ));
    // With a suffix after the JSON only the delivery path's fallback decodes it.
    let suffixed = seed("signed-encrypted-with-suffix");
    assert!(
        wemeet_webhook::Event::from_json(std::str::from_utf8(&suffixed[1..]).unwrap()).is_err()
    );
    fuzz::webhook(&suffixed);
    // Every mode is seeded: forged (0), signed (1) and tampered (2).
    let modes: std::collections::BTreeSet<u8> = inputs(&fuzz_dir().join("seeds/webhook"))
        .iter()
        .map(|path| fs::read(path).unwrap().first().copied().unwrap_or(0) % 3)
        .collect();
    assert_eq!(modes.into_iter().collect::<Vec<_>>(), [0, 1, 2]);
}
