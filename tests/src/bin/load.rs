//! The load run behind RELIABILITY.md: 10 000 calls per client against `wemeet-mock` (async: 64 in flight,
//! blocking: 16 threads), reporting errors, the mock's ledger, throughput, latency and resident memory.
//!
//! The mock runs in a child process (this binary with the argument `mock`), so that the resident memory measured
//! is the client's alone and not the mock's growing store. Run it in release mode: `tests/load.sh`.
//!
//! ```text
//! load [--calls N] [--in-flight N] [--threads N]
//! ```
//! Exits non-zero if any call failed, the ledger is not exact, or memory after N calls exceeds 1.2× memory after
//! 1 000.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitCode, Stdio};

use wemeet_mock::MockServer;
use wemeet_tests::load::ENDPOINT_NAMES;
use wemeet_tests::load::{
    LedgerCounts, LoadOutcome, check_ledger, ledger_counts, run_async, run_blocking,
};

/// Memory after all calls may be at most this times memory after [`BASELINE_CALLS`].
const MEMORY_GROWTH_LIMIT: f64 = 1.2;
const BASELINE_CALLS: usize = 1_000;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("mock") {
        return serve_mock();
    }
    let option = |name: &str, default: usize| {
        args.iter()
            .position(|arg| arg == name)
            .and_then(|index| args.get(index + 1))
            .and_then(|value| value.parse().ok())
            .unwrap_or(default)
    };
    let calls = option("--calls", 10_000).max(BASELINE_CALLS);
    let in_flight = option("--in-flight", 64);
    let threads = option("--threads", 16);
    let flavor = args
        .iter()
        .position(|arg| arg == "--client")
        .and_then(|index| args.get(index + 1).cloned());
    match flavor.as_deref() {
        // Each client runs in a process of its own, so that one's memory does not count against the other.
        Some(flavor) => match run(flavor, calls, in_flight, threads) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(error) => {
                eprintln!("load: {error}");
                ExitCode::FAILURE
            }
        },
        None => {
            let Ok(me) = std::env::current_exe() else {
                eprintln!("load: cannot find this executable");
                return ExitCode::FAILURE;
            };
            let mut ok = true;
            for flavor in ["async", "blocking"] {
                let status = Command::new(&me)
                    .args(std::env::args().skip(1))
                    .args(["--client", flavor])
                    .status();
                ok &= status.is_ok_and(|status| status.success());
            }
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// One client's run against a fresh mock child; prints the figures and returns whether every criterion held.
fn run(flavor: &str, calls: usize, in_flight: usize, threads: usize) -> Result<bool, String> {
    let mut mock = MockChild::spawn()?;
    let credentials = wemeet_mock::demo::credentials();
    let sample_at = [BASELINE_CALLS, calls];
    let (outcome, concurrency) = match flavor {
        "async" => (
            run_async(&mock.base_url, credentials, calls, in_flight, &sample_at)?,
            format!("{in_flight} in flight"),
        ),
        "blocking" => (
            run_blocking(&mock.base_url, credentials, calls, threads, &sample_at)?,
            format!("{threads} threads"),
        ),
        other => return Err(format!("unknown client {other:?}")),
    };
    let ledger = mock.ledger()?;
    Ok(report(flavor, &concurrency, &outcome, &ledger))
}

fn report(flavor: &str, concurrency: &str, outcome: &LoadOutcome, ledger: &LedgerCounts) -> bool {
    let ms = |q: f64| outcome.latency_quantile(q).as_secs_f64() * 1000.0;
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    let baseline = outcome.resident_at(BASELINE_CALLS).unwrap_or(0);
    let end = outcome.resident_at(outcome.calls).unwrap_or(0);
    let growth = end as f64 / baseline.max(1) as f64;
    let ledger_check = check_ledger(outcome.calls, ledger);
    println!("== {flavor} client, {} calls, {concurrency}", outcome.calls);
    println!("errors: {} {:?}", outcome.errors, outcome.first_errors);
    println!(
        "time: {:.2} s, {:.0} calls/s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        outcome.elapsed.as_secs_f64(),
        outcome.throughput(),
        ms(0.5),
        ms(0.99),
        ms(1.0)
    );
    for (operation, (received, accepted, rejected, intercepted)) in
        ENDPOINT_NAMES.iter().zip(ledger)
    {
        println!(
            "ledger {operation}: received {received}, accepted {accepted}, rejected {rejected}, intercepted {intercepted}"
        );
    }
    println!(
        "ledger exact: {}",
        ledger_check
            .as_ref()
            .map_or_else(|error| format!("NO: {error}"), |()| "yes".to_owned())
    );
    println!(
        "resident memory: {:.1} MiB after {BASELINE_CALLS} calls, {:.1} MiB after {} calls: {growth:.3}x (limit {MEMORY_GROWTH_LIMIT}x)",
        mib(baseline),
        mib(end),
        outcome.calls
    );
    let ok = outcome.errors == 0
        && ledger_check.is_ok()
        && baseline > 0
        && growth <= MEMORY_GROWTH_LIMIT;
    println!("result: {}", if ok { "PASS" } else { "FAIL" });
    ok
}

/// The mock, in a child process: it prints its base URL, then answers `ledger` on stdin with its counters.
struct MockChild {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    base_url: String,
}

impl MockChild {
    fn spawn() -> Result<MockChild, String> {
        let me = std::env::current_exe().map_err(|error| error.to_string())?;
        let mut child = Command::new(me)
            .arg("mock")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|error| format!("cannot start the mock: {error}"))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            return Err("the mock child has no pipes".to_owned());
        };
        let mut stdout = BufReader::new(stdout);
        let mut base_url = String::new();
        stdout
            .read_line(&mut base_url)
            .map_err(|error| format!("the mock did not start: {error}"))?;
        Ok(MockChild {
            child,
            stdin,
            stdout,
            base_url: base_url.trim().to_owned(),
        })
    }

    fn ledger(&mut self) -> Result<LedgerCounts, String> {
        writeln!(self.stdin, "ledger").map_err(|error| error.to_string())?;
        let mut line = String::new();
        self.stdout
            .read_line(&mut line)
            .map_err(|error| error.to_string())?;
        let numbers: Vec<u64> = line
            .split_whitespace()
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|error| format!("bad ledger line {line:?}: {error}"))?;
        let counts: [u64; 12] = numbers
            .try_into()
            .map_err(|_| format!("bad ledger line {line:?}"))?;
        Ok(std::array::from_fn(|index| {
            let at = index * 4;
            (counts[at], counts[at + 1], counts[at + 2], counts[at + 3])
        }))
    }
}

impl Drop for MockChild {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The child side: serve until stdin closes, answering `ledger` with twelve numbers on one line.
fn serve_mock() -> ExitCode {
    let Ok(mock) = MockServer::builder()
        .request_log_capacity(0)
        .start_blocking()
    else {
        return ExitCode::FAILURE;
    };
    println!("{}", mock.base_url());
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        if line.trim() == "ledger" {
            let numbers: Vec<String> = ledger_counts(&mock.ledger())
                .iter()
                .flat_map(|(a, b, c, d)| [a, b, c, d].map(u64::to_string))
                .collect();
            println!("{}", numbers.join(" "));
        }
    }
    ExitCode::SUCCESS
}
