//! Project automation for wemeet-rs, run as `cargo xtask <task>`.
//!
//! Tasks:
//! - `codegen`: regenerate `crates/wemeet-types/src/generated/` from `schemas/`.
//! - `codegen --check`: exit non-zero, with a diff, when the checked-in generated code is stale.
//! - `bench [--no-build-cost | --only build-cost]`: every benchmark of the project side by side, printed as one
//!   table; or all but the clean builds; or just them.

mod bench;
mod codegen;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]

  codegen          regenerate crates/wemeet-types/src/generated/ from schemas/
  codegen --check  fail with a diff when the checked-in generated code is stale
  bench            run every benchmark side by side and print one table (see BENCHMARKS.md)
  bench --no-build-cost
                   the same without the clean builds and the fresh clone (minutes)
  bench --only build-cost
                   just the clean builds and the fresh clone";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mode = match args.as_slice() {
        ["codegen"] => codegen::Mode::Write,
        ["codegen", "--check"] => codegen::Mode::Check,
        ["bench", rest @ ..] => {
            let options = match rest {
                [] => bench::Options {
                    benches: true,
                    build_cost: true,
                },
                ["--no-build-cost"] => bench::Options {
                    benches: true,
                    build_cost: false,
                },
                ["--only", "build-cost"] => bench::Options {
                    benches: false,
                    build_cost: true,
                },
                _ => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            };
            return match bench::run(&workspace_root(), options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {error:#}");
                    ExitCode::FAILURE
                }
            };
        }
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match codegen::run(&workspace_root(), mode) {
        Ok(codegen::Outcome::UpToDate) => ExitCode::SUCCESS,
        Ok(codegen::Outcome::Written(files)) => {
            for file in files {
                println!("wrote {}", file.display());
            }
            ExitCode::SUCCESS
        }
        Ok(codegen::Outcome::Stale(report)) => {
            eprintln!("{report}");
            eprintln!(
                "the generated code is stale: run `cargo xtask codegen` and commit the result"
            );
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's manifest directory.
fn workspace_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir
        .parent()
        .map(PathBuf::from)
        .unwrap_or(manifest_dir)
}
