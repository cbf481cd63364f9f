//! Replays the fuzz seeds (the doc examples and error bodies) and every input a fuzzing run ever found to crash
//! (`fuzz/regressions/<target>/`) through the fuzz targets' own code, on every `cargo test`: the properties the
//! fuzzer checks hold for them, without cargo-fuzz.

#[path = "../../fuzz/src/lib.rs"]
mod fuzz;

use std::fs;
use std::path::{Path, PathBuf};

/// A fuzz target's function.
type Target = fn(&[u8]);

/// The target functions, by the name of their directory.
const TARGETS: [(&str, Target); 3] = [
    ("decode_response", fuzz::decode_response),
    ("decode_bodies", fuzz::decode_bodies),
    ("verify_request", fuzz::verify_request),
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
