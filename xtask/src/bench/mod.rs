//! `cargo xtask bench`: every measurement of issue 6 in one run, side by side, printed as one table.
//!
//! 1. the criterion benches (`wemeet-sign`'s `sign`, `wemeet-core`'s `prepare`, `wemeet-benches`' `e2e_async`
//!    and `e2e_blocking` (each client against its raw transport on loopback), `wemeet-webhook`'s `receive`) with
//!    short criterion times; each also times its variants side by side and prints `wemeet-bench: <key> <value>`
//!    lines, which [`runner`] collects;
//! 2. the official Python SDK signing the same input and creating meetings against the same mock, when an
//!    interpreter with the package is found ([`python`]), skipped with a message otherwise;
//! 3. the build cost ([`build_cost`]): crates in each client's dependency tree and clean release builds of each
//!    client next to bare reqwest and bare ureq, in scratch crates sharing no target dir, and a fresh clone to a
//!    finished quickstart.
//!
//! The table ([`table`]) sets each figure next to its reference and target.

mod build_cost;
mod machine;
mod python;
mod runner;
mod table;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;

/// What to run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Run the criterion benches and the official Python SDK (off with `--only build-cost`).
    pub benches: bool,
    /// Measure clean builds and the fresh clone (minutes; nothing else should run meanwhile).
    pub build_cost: bool,
}

/// Figures by key, e.g. `sign.signature.ns`.
pub type Figures = BTreeMap<String, f64>;

/// Runs every measurement and prints the table.
pub fn run(root: &Path, options: Options) -> Result<()> {
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
    println!("{}", table::render(&figures, build.as_ref()));
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
