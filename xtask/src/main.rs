//! Project automation for wemeet-rs, run as `cargo xtask <task>`.
//!
//! Tasks:
//! - `codegen`: regenerate the code that follows from `schemas/`: `crates/wemeet-types/src/generated/` and the
//!   `generated.rs` of `wemeet`, `wemeet-blocking` and `wemeet-webhook`.
//! - `codegen --check`: exit non-zero, with a diff, when the checked-in generated code is stale.
//! - `bench [--no-build-cost | --only build-cost] [--ci-seconds N]`: every benchmark of the project side by side,
//!   printed as one table with each figure's target (`benches/targets.toml`); or all but the clean builds; or just
//!   them; with `.ci/run`'s time on a clean clone when given.
//! - `test`: every test of the project: the SDK's workspace, then this generator's own (a workspace of its own).

mod bench;
mod codegen;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask codegen [--check]
       cargo xtask bench [--no-build-cost | --only build-cost] [--ci-seconds N]
       cargo xtask test

  codegen          regenerate the generated code (crates/wemeet-types/src/generated/, the clients' and
                   wemeet-webhook's generated.rs) from schemas/
  codegen --check  fail with a diff when the checked-in generated code is stale
  bench            run every benchmark side by side and print one table (see BENCHMARKS.md)
  bench --no-build-cost
                   the same without the clean builds and the fresh clone (minutes)
  bench --only build-cost
                   just the clean builds and the fresh clone
  bench ... --ci-seconds N
                   also hold N, the `-- total:` seconds of .ci/run on a clean clone, to its target
  test             every test: `cargo test --workspace` (the SDK), then the generator's own tests";

/// A task, as the command line names it.
enum Task {
    Codegen(codegen::Mode),
    Bench(bench::Options),
    Test,
    Help,
}

impl Task {
    /// The task the arguments name, or `None` when they name none.
    fn parse(args: &[&str]) -> Option<Self> {
        match args {
            ["codegen"] => Some(Task::Codegen(codegen::Mode::Write)),
            ["codegen", "--check"] => Some(Task::Codegen(codegen::Mode::Check)),
            ["bench", options @ ..] => bench::Options::parse(options).map(Task::Bench),
            ["test"] => Some(Task::Test),
            ["help" | "--help" | "-h"] => Some(Task::Help),
            _ => None,
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match Task::parse(&args) {
        None => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        Some(Task::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(Task::Bench(options)) => bench::run(&workspace_root(), options).map(|()| true),
        Some(Task::Codegen(mode)) => codegen::run(&workspace_root(), mode).map(report_codegen),
        Some(Task::Test) => test::run(&workspace_root()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Prints what a codegen run did; whether it succeeded (a stale file under `--check` is a failure).
fn report_codegen(outcome: codegen::Outcome) -> bool {
    match outcome {
        codegen::Outcome::UpToDate => true,
        codegen::Outcome::Written(files) => {
            for file in files {
                println!("wrote {}", file.display());
            }
            true
        }
        codegen::Outcome::Stale(report) => {
            eprintln!("{report}");
            eprintln!(
                "the generated code is stale: run `cargo xtask codegen` and commit the result"
            );
            false
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

/// The cargo that runs xtask (so that `cargo +toolchain xtask ...` builds and measures with that toolchain).
pub(crate) fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}
