//! Runs one criterion bench with `cargo bench` and collects the figures it prints.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use super::Figures;
use crate::cargo;

/// The prefix of the lines a bench prints for the table: `wemeet-bench: <key> <value>`.
const PREFIX: &str = "wemeet-bench: ";

/// Criterion's times for a run of everything: long enough for stable means, short enough for one sitting.
const CRITERION_ARGS: [&str; 4] = ["--warm-up-time", "1", "--measurement-time", "3"];

/// `cargo bench -p <package> --bench <bench>`, echoing its output and keeping its `wemeet-bench:` figures.
pub fn bench(
    root: &Path,
    package: &str,
    bench: &str,
    env: &[(String, String)],
    figures: &mut Figures,
) -> Result<()> {
    println!("== cargo bench -p {package} --bench {bench}");
    let mut child = Command::new(cargo())
        .current_dir(root)
        .args(["bench", "--quiet", "-p", package, "--bench", bench, "--"])
        .args(CRITERION_ARGS)
        .envs(env.iter().map(|(name, value)| (name, value)))
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run cargo bench for {package}"))?;
    let stdout = child.stdout.take().context("cargo bench has no stdout")?;
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading cargo bench output")?;
        match line.strip_prefix(PREFIX) {
            Some(figure) => {
                let (key, value) = figure
                    .split_once(' ')
                    .context("a figure line without a value")?;
                let value = value
                    .trim()
                    .parse::<f64>()
                    .with_context(|| format!("the figure {key} is not a number"))?;
                figures.insert(key.to_owned(), value);
            }
            None => println!("{line}"),
        }
    }
    let status = child.wait().context("waiting for cargo bench")?;
    if !status.success() {
        bail!("cargo bench -p {package} --bench {bench} failed ({status})");
    }
    println!();
    Ok(())
}
