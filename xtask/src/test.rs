//! `cargo xtask test`: every test of the project in one command. The SDK's workspace (`cargo test --workspace`)
//! and this generator, a workspace of its own so that its features stay out of the SDK's builds (see its
//! `Cargo.toml`), each run by cargo in turn; the first that fails stops the run.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::cargo;

/// The test runs, in order: the SDK's, then the generator's.
const RUNS: [&[&str]; 2] = [
    &["test", "--workspace"],
    &["test", "--manifest-path", "xtask/Cargo.toml"],
];

/// Runs every test from the workspace root `root`; whether all passed.
pub(crate) fn run(root: &Path) -> Result<bool> {
    for args in RUNS {
        let status = Command::new(cargo())
            .args(args)
            .current_dir(root)
            .status()
            .with_context(|| format!("running cargo {}", args.join(" ")))?;
        if !status.success() {
            eprintln!("cargo {} failed ({status})", args.join(" "));
            return Ok(false);
        }
    }
    Ok(true)
}
