//! Build cost: crates in each client's dependency tree and clean release builds of each client next to bare
//! reqwest and bare ureq, plus a fresh clone to a finished quickstart.
//!
//! Each build is a tiny scratch crate in a temporary directory with its own target dir (nothing shared, nothing
//! cached but the downloaded sources), pinned to the workspace's `Cargo.lock` so both sides build the same
//! versions. The bare transports get exactly the clients' TLS setup: reqwest with `rustls-no-provider` plus rustls
//! on ring; ureq with `rustls` (which is ring).
//!
//! A build's figure is CPU time: user + system seconds of cargo and everything it ran (rustc, build scripts,
//! the linker), which the load of other processes on the machine moves far less than wall time. Wall time is
//! kept beside it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result, bail};

use super::machine::load_average;
use super::runner::cargo;

/// One scratch crate: a name, its dependency lines, and a `main` that uses them.
struct Scratch {
    name: &'static str,
    dependencies: String,
    main: &'static str,
}

/// Crates in the tree and clean release build time of one scratch crate.
#[derive(Debug, Clone, Copy)]
pub struct Build {
    /// Unique packages in the normal dependency tree for the host target, the scratch crate itself excluded
    /// (the client crate itself included).
    pub crates: usize,
    /// CPU seconds (user + system) of `cargo build --release` from nothing and of every process it ran.
    pub cpu_seconds: f64,
    /// Wall-clock seconds of the same build.
    pub wall_seconds: f64,
}

/// Everything the build-cost step measured.
#[derive(Debug)]
pub struct BuildCost {
    /// The load average just before the first clean build.
    pub load_before: String,
    /// `wemeet` (async).
    pub wemeet: Build,
    /// Bare reqwest with the same TLS features.
    pub reqwest: Build,
    /// `wemeet-blocking`.
    pub wemeet_blocking: Build,
    /// Bare ureq with the same TLS features.
    pub ureq: Build,
    /// Seconds from `git clone` to the end of `cargo run --example quickstart`.
    pub quickstart_seconds: f64,
}

/// Builds the four scratch crates one after the other, then the fresh clone.
pub fn measure(root: &Path) -> Result<BuildCost> {
    let scratch_root = std::env::temp_dir().join(format!("wemeet-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch_root)
        .with_context(|| format!("cannot create {}", scratch_root.display()))?;
    let load_before = load_average();
    let outcome = measure_in(root, &scratch_root, load_before);
    // Gigabytes of target dirs: remove them whatever happened.
    let _ = std::fs::remove_dir_all(&scratch_root);
    outcome
}

fn measure_in(root: &Path, scratch_root: &Path, load_before: String) -> Result<BuildCost> {
    let crates = root.join("crates");
    let wemeet = Scratch {
        name: "scratch-wemeet",
        dependencies: format!("wemeet = {{ path = {:?} }}\n", crates.join("wemeet")),
        main: "fn main() {\n    println!(\"{}\", wemeet::Client::builder().build().is_ok());\n}\n",
    };
    let reqwest = Scratch {
        name: "scratch-reqwest",
        dependencies: "reqwest = { version = \"0.13\", default-features = false, features = [\"rustls-no-provider\"] }\n\
                       rustls = { version = \"0.23\", default-features = false, features = [\"ring\", \"std\", \"tls12\"] }\n"
            .to_owned(),
        main: "fn main() {\n    println!(\"{}\", reqwest::Client::builder().build().is_ok());\n}\n",
    };
    let blocking = Scratch {
        name: "scratch-wemeet-blocking",
        dependencies: format!(
            "wemeet-blocking = {{ path = {:?} }}\n",
            crates.join("wemeet-blocking")
        ),
        main: "fn main() {\n    println!(\"{}\", wemeet_blocking::Client::builder().build().is_ok());\n}\n",
    };
    let ureq = Scratch {
        name: "scratch-ureq",
        dependencies:
            "ureq = { version = \"3\", default-features = false, features = [\"rustls\"] }\n"
                .to_owned(),
        main: "fn main() {\n    let agent = ureq::Agent::new_with_defaults();\n    println!(\"{agent:?}\");\n}\n",
    };
    let lock = root.join("Cargo.lock");
    let wemeet = build(scratch_root, &lock, &wemeet)?;
    let reqwest = build(scratch_root, &lock, &reqwest)?;
    let wemeet_blocking = build(scratch_root, &lock, &blocking)?;
    let ureq = build(scratch_root, &lock, &ureq)?;
    let quickstart_seconds = fresh_clone_quickstart(root, scratch_root)?;
    Ok(BuildCost {
        load_before,
        wemeet,
        reqwest,
        wemeet_blocking,
        ureq,
        quickstart_seconds,
    })
}

/// Writes the scratch crate, builds it in release from nothing, and counts its dependency tree.
fn build(scratch_root: &Path, lock: &Path, scratch: &Scratch) -> Result<Build> {
    let dir = scratch_root.join(scratch.name);
    std::fs::create_dir_all(dir.join("src"))?;
    let manifest = format!(
        "[package]\nname = {:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{}\n\
         [workspace]\n",
        scratch.name, scratch.dependencies
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("src/main.rs"), scratch.main)?;
    std::fs::copy(lock, dir.join("Cargo.lock")).context("copying the workspace's Cargo.lock")?;

    println!(
        "== clean release build of {} (load average {})",
        scratch.name,
        load_average()
    );
    let cpu_before = children_cpu_seconds()?;
    let start = Instant::now();
    let status = fresh_cargo(&dir)
        .args(["build", "--release", "--quiet"])
        .status()?;
    let wall_seconds = start.elapsed().as_secs_f64();
    // `status()` has waited for cargo, which waited for everything it ran: all of it is counted now.
    let cpu_seconds = children_cpu_seconds()? - cpu_before;
    if !status.success() {
        bail!("the clean build of {} failed ({status})", scratch.name);
    }
    let crates = count_crates(&dir)?;
    println!("  {cpu_seconds:.1} CPU-s ({wall_seconds:.1} s wall), {crates} crates\n");
    Ok(Build {
        crates,
        cpu_seconds,
        wall_seconds,
    })
}

/// User + system CPU seconds of every child process this one has waited for, and of their waited-for
/// descendants (`getrusage(RUSAGE_CHILDREN)`); the difference across one build is that build's CPU time.
#[allow(
    unsafe_code,
    reason = "getrusage is a C call; see xtask/Cargo.toml's `[lints]`"
)]
fn children_cpu_seconds() -> Result<f64> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: `usage` is a valid, writable `rusage`; getrusage only writes into it.
    let outcome = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()) };
    if outcome != 0 {
        bail!(
            "getrusage(RUSAGE_CHILDREN) failed: {}",
            std::io::Error::last_os_error()
        );
    }
    // SAFETY: getrusage succeeded, so it filled `usage` (and zeroed is a valid `rusage` anyway).
    let usage = unsafe { usage.assume_init() };
    let seconds = |time: libc::timeval| time.tv_sec as f64 + time.tv_usec as f64 / 1e6;
    Ok(seconds(usage.ru_utime) + seconds(usage.ru_stime))
}

/// Unique packages in the normal dependency tree for the host target, the root (scratch) package excluded.
fn count_crates(dir: &Path) -> Result<usize> {
    let output = fresh_cargo(dir)
        .args([
            "tree", "--edges", "normal", "--prefix", "none", "--format", "{p}",
        ])
        .output()?;
    if !output.status.success() {
        bail!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    let text = String::from_utf8(output.stdout).context("cargo tree printed non-UTF-8")?;
    let packages: BTreeSet<&str> = text
        .lines()
        .skip(1)
        .map(|line| line.trim_end_matches(" (*)").trim())
        .filter(|line| !line.is_empty())
        .collect();
    Ok(packages.len())
}

/// Clones the committed workspace and runs the README's first command in the clone, from nothing.
fn fresh_clone_quickstart(root: &Path, scratch_root: &Path) -> Result<f64> {
    let clone = scratch_root.join("clone");
    println!(
        "== fresh clone to finished quickstart (load average {})",
        load_average()
    );
    let start = Instant::now();
    let status = Command::new("git")
        .args(["clone", "--quiet"])
        .arg(root)
        .arg(&clone)
        .status()
        .context("cannot run git")?;
    if !status.success() {
        bail!("git clone failed ({status})");
    }
    let status = fresh_cargo(&clone)
        .args(["run", "--quiet", "--example", "quickstart"])
        .status()?;
    let seconds = start.elapsed().as_secs_f64();
    if !status.success() {
        bail!("the quickstart in the fresh clone failed ({status})");
    }
    println!("  {seconds:.1} s\n");
    Ok(seconds)
}

/// cargo in `dir` with its own target dir there, not the one of any surrounding build.
fn fresh_cargo(dir: &Path) -> Command {
    let mut command = Command::new(cargo());
    command
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", PathBuf::from(dir).join("target"))
        .env_remove("RUSTC_WRAPPER");
    command
}
