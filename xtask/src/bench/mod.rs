//! `cargo xtask bench`: every measurement of issue 6 in one run, side by side, printed as one table.
//!
//! 1. the criterion benches (`wemeet-sign`'s `sign`, `wemeet-core`'s `prepare`, `wemeet-benches`' `e2e_async`
//!    and `e2e_blocking` (each client against its raw transport on loopback), `wemeet-webhook`'s `receive`) with
//!    short criterion times; each also times its variants side by side and prints `wemeet-bench: <key> <value>`
//!    lines, which [`runner`] collects;
//! 2. the official Python SDK signing the same input and creating meetings against the same mock, when an
//!    interpreter with the package is found ([`python`]), skipped with a message otherwise;
//! 3. the build cost ([`build_cost`]): crates in each client's dependency tree and clean release builds of an app
//!    on each client (default features, and `full`) next to the same app written by hand on its transport and the
//!    bare transport, in scratch crates sharing no target dir, and a fresh clone to a finished quickstart;
//! 4. `.ci/run` on a clean clone, when its time is given (`--ci-seconds`).
//!
//! The table ([`table`]) sets each figure next to its reference and its target, read from their one copy,
//! `benches/targets.toml` ([`targets`]).

mod build_cost;
mod machine;
mod python;
mod runner;
mod table;
mod targets;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;

/// What to run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Run the criterion benches and the official Python SDK (off with `--only build-cost`).
    pub benches: bool,
    /// Measure clean builds and the fresh clone (minutes; nothing else should run meanwhile).
    pub build_cost: bool,
    /// Seconds of `.ci/run` on a clean clone, measured by the caller (its `-- total:` line), to print against
    /// its target.
    pub ci_seconds: Option<f64>,
}

impl Options {
    /// The options of `cargo xtask bench <args>`: `[--no-build-cost | --only build-cost] [--ci-seconds N]`;
    /// `None` when the arguments are not that.
    pub fn parse(args: &[&str]) -> Option<Self> {
        let mut options = Options {
            benches: true,
            build_cost: true,
            ci_seconds: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match *arg {
                "--no-build-cost" if options.benches && options.build_cost => {
                    options.build_cost = false;
                }
                "--only" if options.benches && options.build_cost => {
                    if args.next() != Some(&"build-cost") {
                        return None;
                    }
                    options.benches = false;
                }
                "--ci-seconds" if options.ci_seconds.is_none() => {
                    let seconds = args.next()?.parse::<f64>().ok();
                    options.ci_seconds =
                        Some(seconds.filter(|seconds| seconds.is_finite() && *seconds > 0.0)?);
                }
                _ => return None,
            }
        }
        Some(options)
    }
}

/// Figures by key, e.g. `sign.signature.ns`.
pub type Figures = BTreeMap<String, f64>;

/// Runs every measurement and prints the table.
pub fn run(root: &Path, options: Options) -> Result<()> {
    // A target the table does not read (or reads but the file lacks) fails now, not after minutes of measuring.
    let targets = targets::Targets::load()?;
    table::check(&targets)?;
    let machine = machine::Machine::describe();
    println!("== machine\n{machine}\n");
    let mut figures = Figures::new();
    if options.benches {
        run_benches(root, &mut figures)?;
    } else {
        println!("== benches: skipped (--only build-cost)\n");
    }
    let load_after_benches = machine::load_average();

    let build = if options.build_cost {
        Some(build_cost::measure(root)?)
    } else {
        println!("== build cost: skipped (--no-build-cost)\n");
        None
    };

    println!(
        "== results (load average at start {}, after the benches {})",
        machine.load, load_after_benches
    );
    if let Some(build) = &build {
        println!(
            "   (load average before the clean builds {})",
            build.load_before
        );
    }
    let measured = table::Measured {
        figures: &figures,
        build: build.as_ref(),
        ci_seconds: options.ci_seconds,
    };
    println!("{}", table::render(&measured, &targets)?);
    Ok(())
}

/// The criterion benches and, when found, the official Python SDK.
fn run_benches(root: &Path, figures: &mut Figures) -> Result<()> {
    let python = python::Python::find();
    if let Err(reason) = &python {
        println!("== official Python SDK: skipped: {reason}\n");
    }
    let python = python.ok();

    runner::bench(root, "wemeet-sign", "sign", &[], figures)?;
    if let Some(python) = &python {
        match python.time_signing(root) {
            Ok((sign, hmac)) => {
                figures.insert("python.sign.ns".to_owned(), sign);
                figures.insert("python.hmac.ns".to_owned(), hmac);
            }
            Err(error) => println!("official Python SDK signing failed: {error:#}"),
        }
    }
    runner::bench(root, "wemeet-core", "prepare", &[], figures)?;
    let python_env = python.as_ref().map(|python| python.create_env(root));
    runner::bench(
        root,
        "wemeet-benches",
        "e2e_async",
        python_env.as_deref().unwrap_or(&[]),
        figures,
    )?;
    runner::bench(root, "wemeet-benches", "e2e_blocking", &[], figures)?;
    runner::bench(root, "wemeet-webhook", "receive", &[], figures)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_names_what_to_run_and_the_ci_time() {
        let options = |benches, build_cost, ci_seconds| {
            Some(Options {
                benches,
                build_cost,
                ci_seconds,
            })
        };
        assert_eq!(Options::parse(&[]), options(true, true, None));
        assert_eq!(
            Options::parse(&["--no-build-cost"]),
            options(true, false, None)
        );
        assert_eq!(
            Options::parse(&["--only", "build-cost"]),
            options(false, true, None)
        );
        assert_eq!(
            Options::parse(&["--only", "build-cost", "--ci-seconds", "412"]),
            options(false, true, Some(412.0))
        );
        assert_eq!(
            Options::parse(&["--ci-seconds", "678.5", "--no-build-cost"]),
            options(true, false, Some(678.5))
        );
        for wrong in [
            &["--only"][..],
            &["--only", "benches"],
            &["--no-build-cost", "--only", "build-cost"],
            &["--only", "build-cost", "--no-build-cost"],
            &["--ci-seconds"],
            &["--ci-seconds", "soon"],
            &["--ci-seconds", "-3"],
            &["--ci-seconds", "NaN"],
            &["--ci-seconds", "1", "--ci-seconds", "2"],
            &["--fast"],
        ] {
            assert_eq!(Options::parse(wrong), None, "{wrong:?}");
        }
    }
}
