//! The official Python SDK (`wemeet-openapi-sdk-python`), measured next to ours when it is installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// Where the scripts live, relative to the workspace root.
const SCRIPTS: &str = "xtask/src/bench/python";
/// The create-meeting example the Rust sign bench signs.
const SIGN_BODY: &str = "crates/wemeet-sign/tests/vectors/bodies/create-meeting.doc-example.txt";

/// An interpreter that imports the SDK.
#[derive(Debug)]
pub struct Python {
    interpreter: PathBuf,
}

impl Python {
    /// `WEMEET_BENCH_PYTHON`, else `python3`, if it imports `wemeet_openapi` (and `requests_toolbelt`, which the
    /// SDK imports without declaring); the error says how to install them.
    pub fn find() -> Result<Self, String> {
        let interpreter = std::env::var_os("WEMEET_BENCH_PYTHON")
            .map_or_else(|| PathBuf::from("python3"), PathBuf::from);
        let probe = Command::new(&interpreter)
            .args(["-c", "import wemeet_openapi, requests_toolbelt"])
            .output();
        match probe {
            Ok(output) if output.status.success() => Ok(Python { interpreter }),
            Ok(_) => Err(format!(
                "{} cannot import the SDK; `pip install wemeet-openapi-sdk-python requests-toolbelt` (or point \
                 WEMEET_BENCH_PYTHON at an interpreter that has them)",
                interpreter.display()
            )),
            Err(error) => Err(format!(
                "no Python interpreter at {}: {error}",
                interpreter.display()
            )),
        }
    }

    /// Nanoseconds per signature of the create-meeting example by the SDK's authenticator, and per bare
    /// HMAC-SHA256 of the same string by Python's standard library.
    pub fn time_signing(&self, root: &Path) -> Result<(f64, f64)> {
        println!("== official Python SDK signing the create-meeting example");
        let output = Command::new(&self.interpreter)
            .arg(root.join(SCRIPTS).join("sign.py"))
            .arg(root.join(SIGN_BODY))
            .arg("20000")
            .output()
            .context("cannot run the Python interpreter")?;
        if !output.status.success() {
            bail!(
                "sign.py failed: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
        }
        let stdout = String::from_utf8_lossy(&output.stdout);
        let figure = |name: &str| {
            stdout
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .and_then(|value| value.trim().parse::<f64>().ok())
                .with_context(|| format!("sign.py printed no {name}: {stdout:?}"))
        };
        let (sign, hmac) = (figure("ns_per_sign ")?, figure("ns_per_hmac ")?);
        println!("  {sign:.0} ns per signature, {hmac:.0} ns per bare HMAC-SHA256 of the string\n");
        Ok((sign, hmac))
    }

    /// The environment that lets the async e2e bench run the SDK's create script against its mock.
    pub fn create_env(&self, root: &Path) -> Vec<(String, String)> {
        vec![
            (
                "WEMEET_BENCH_PYTHON".to_owned(),
                self.interpreter.display().to_string(),
            ),
            (
                "WEMEET_BENCH_PY_CREATE".to_owned(),
                root.join(SCRIPTS).join("create.py").display().to_string(),
            ),
        ]
    }
}
