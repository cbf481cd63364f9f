//! Load: many calls through one client, many at a time, with every outcome counted.
//!
//! The work is split in units of three calls: create a meeting, add backgrounds to it, set its live-stream
//! address. Workers (tasks for the async client, threads for the blocking one) take units until `calls` calls were
//! made, so exactly `calls` calls are made whatever the concurrency, and the server's ledger must count exactly
//! [`expected_accepted`] per endpoint.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use wemeet_core::Credentials;

use wemeet_types::{AddMeetingBackgrounds, CreateMeeting, Endpoint, SetLiveStreamAddress};

use wemeet_testkit::requests;

/// The calls of one unit, in order: the three a quickstart makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    CreateMeeting,
    AddMeetingBackgrounds,
    SetLiveStreamAddress,
}

const UNIT: [Step; 3] = [
    Step::CreateMeeting,
    Step::AddMeetingBackgrounds,
    Step::SetLiveStreamAddress,
];

/// The endpoints of a unit, in order.
pub const ENDPOINT_NAMES: [&str; 3] = [
    CreateMeeting::NAME,
    AddMeetingBackgrounds::NAME,
    SetLiveStreamAddress::NAME,
];

/// What a load run observed.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// Calls made.
    pub calls: usize,
    /// Calls that failed (a unit whose create failed counts its two skipped calls as failed too).
    pub errors: usize,
    /// The first few error messages.
    pub first_errors: Vec<String>,
    /// The latency of every successful call.
    pub latencies: Vec<Duration>,
    /// Wall time of the whole run.
    pub elapsed: Duration,
    /// Resident memory (bytes) of this process when the given number of calls had completed.
    pub resident: Vec<(usize, u64)>,
}

impl LoadOutcome {
    /// The `q` quantile (0.0..=1.0) of the latencies.
    pub fn latency_quantile(&self, q: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort_unstable();
        let index = ((sorted.len().saturating_sub(1)) as f64 * q).round() as usize;
        sorted.get(index).copied().unwrap_or_default()
    }

    /// Calls per second over the whole run.
    pub fn throughput(&self) -> f64 {
        self.calls as f64 / self.elapsed.as_secs_f64().max(f64::EPSILON)
    }

    /// Resident memory when `calls` calls had completed, if it was sampled.
    pub fn resident_at(&self, calls: usize) -> Option<u64> {
        self.resident
            .iter()
            .find(|(at, _)| *at == calls)
            .map(|(_, bytes)| *bytes)
    }
}

/// How many calls of each endpoint a run of `calls` calls makes (and a correct server accepts), in
/// [`ENDPOINT_NAMES`] order.
pub fn expected_accepted(calls: usize) -> [u64; 3] {
    [
        calls.div_ceil(3) as u64,
        (calls + 1) as u64 / 3,
        calls as u64 / 3,
    ]
}

/// This process's resident set size in bytes (Linux `/proc/self/status`), or 0 where it cannot be read.
pub fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|line| line.strip_prefix("VmRSS:"))
                .and_then(|value| {
                    value
                        .trim()
                        .trim_end_matches("kB")
                        .trim()
                        .parse::<u64>()
                        .ok()
                })
        })
        .map_or(0, |kib| kib * 1024)
}

/// Shared progress of the workers.
struct Progress {
    calls: usize,
    next_unit: AtomicUsize,
    completed: AtomicUsize,
    sample_at: Vec<usize>,
    outcome: Mutex<LoadOutcome>,
}

impl Progress {
    fn new(calls: usize, sample_at: &[usize]) -> Arc<Progress> {
        Arc::new(Progress {
            calls,
            next_unit: AtomicUsize::new(0),
            completed: AtomicUsize::new(0),
            sample_at: sample_at.to_vec(),
            outcome: Mutex::new(LoadOutcome {
                calls,
                ..LoadOutcome::default()
            }),
        })
    }

    /// The number and the steps of the next unit (fewer than three at the very end), or `None` when all are
    /// taken.
    fn next_unit(&self) -> Option<(u64, &'static [Step])> {
        let unit = self.next_unit.fetch_add(1, Ordering::SeqCst);
        let first = unit.checked_mul(3)?;
        let remaining = self.calls.checked_sub(first).filter(|left| *left > 0)?;
        Some((unit as u64, UNIT.get(..remaining.min(3))?))
    }

    fn record(&self, result: Result<Duration, String>) {
        let done = self.completed.fetch_add(1, Ordering::SeqCst) + 1;
        let mut outcome = self.outcome.lock().unwrap_or_else(PoisonError::into_inner);
        match result {
            Ok(latency) => outcome.latencies.push(latency),
            Err(error) => {
                outcome.errors += 1;
                if outcome.first_errors.len() < 5 {
                    outcome.first_errors.push(error);
                }
            }
        }
        if self.sample_at.contains(&done) {
            outcome.resident.push((done, resident_bytes()));
        }
    }

    fn finish(&self, started: Instant) -> LoadOutcome {
        let mut outcome = self.outcome.lock().unwrap_or_else(PoisonError::into_inner);
        outcome.elapsed = started.elapsed();
        std::mem::take(&mut *outcome)
    }
}

/// A meeting id from a create answer.
fn meeting_id(created: &wemeet::CreateMeetingResponse) -> Result<String, String> {
    created
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .and_then(|meeting| meeting.meeting_id.clone())
        .ok_or_else(|| "the create answer names no meeting".to_owned())
}

/// `calls` calls through one async client on a two-worker runtime, `in_flight` at a time; resident memory is
/// sampled when the numbers of calls in `sample_at` have completed.
///
/// # Errors
/// The runtime or the client could not be built.
pub fn run_async(
    base_url: &str,
    credentials: Credentials,
    calls: usize,
    in_flight: usize,
    sample_at: &[usize],
) -> Result<LoadOutcome, String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|error| error.to_string())?;
    let client = runtime
        .block_on(async {
            wemeet::Client::builder()
                .base_url(base_url)
                .credentials(credentials)
                .max_idle_connections_per_host(in_flight)
                .build()
        })
        .map_err(|error| error.to_string())?;
    let progress = Progress::new(calls, sample_at);
    let started = Instant::now();
    runtime.block_on(async {
        let mut workers = tokio::task::JoinSet::new();
        for worker in 0..in_flight {
            let (client, progress) = (client.clone(), Arc::clone(&progress));
            workers.spawn(async move {
                let userid = format!("load-async-{worker}");
                while let Some((number, unit)) = progress.next_unit() {
                    let mut meeting: Option<String> = None;
                    for step in unit {
                        let start = Instant::now();
                        let result = match (step, meeting.as_deref()) {
                            (Step::CreateMeeting, _) => client
                                .create_meeting(&requests::create_meeting(&userid))
                                .await
                                .map_err(|error| error.to_string())
                                .and_then(|created| meeting_id(&created))
                                .map(|id| meeting = Some(id)),
                            (Step::AddMeetingBackgrounds, Some(id)) => client
                                .add_meeting_backgrounds(id, &requests::add_backgrounds(&userid, 2))
                                .await
                                .map(drop)
                                .map_err(|error| error.to_string()),
                            (Step::SetLiveStreamAddress, Some(id)) => client
                                .set_live_stream_address(
                                    id,
                                    &requests::set_live_stream_address(&userid, number),
                                )
                                .await
                                .map(drop)
                                .map_err(|error| error.to_string()),
                            (_, None) => Err("skipped: the unit's create failed".to_owned()),
                        };
                        progress.record(result.map(|()| start.elapsed()));
                    }
                }
            });
        }
        while let Some(joined) = workers.join_next().await {
            if let Err(error) = joined {
                progress.record(Err(format!("a worker task failed: {error}")));
            }
        }
    });
    Ok(progress.finish(started))
}

/// `calls` calls through one blocking client shared by `threads` threads; resident memory is sampled when the
/// numbers of calls in `sample_at` have completed.
///
/// # Errors
/// The client could not be built.
pub fn run_blocking(
    base_url: &str,
    credentials: Credentials,
    calls: usize,
    threads: usize,
    sample_at: &[usize],
) -> Result<LoadOutcome, String> {
    let client = wemeet_blocking::Client::builder()
        .base_url(base_url)
        .credentials(credentials)
        .max_idle_connections_per_host(threads)
        .build()
        .map_err(|error| error.to_string())?;
    let progress = Progress::new(calls, sample_at);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..threads {
            let (client, progress) = (&client, &progress);
            scope.spawn(move || {
                let userid = format!("load-blocking-{worker}");
                while let Some((number, unit)) = progress.next_unit() {
                    let mut meeting: Option<String> = None;
                    for step in unit {
                        let start = Instant::now();
                        let result = match (step, meeting.as_deref()) {
                            (Step::CreateMeeting, _) => client
                                .create_meeting(&requests::create_meeting(&userid))
                                .map_err(|error| error.to_string())
                                .and_then(|created| meeting_id(&created))
                                .map(|id| meeting = Some(id)),
                            (Step::AddMeetingBackgrounds, Some(id)) => client
                                .add_meeting_backgrounds(id, &requests::add_backgrounds(&userid, 2))
                                .map(drop)
                                .map_err(|error| error.to_string()),
                            (Step::SetLiveStreamAddress, Some(id)) => client
                                .set_live_stream_address(
                                    id,
                                    &requests::set_live_stream_address(&userid, number),
                                )
                                .map(drop)
                                .map_err(|error| error.to_string()),
                            (_, None) => Err("skipped: the unit's create failed".to_owned()),
                        };
                        progress.record(result.map(|()| start.elapsed()));
                    }
                }
            });
        }
    });
    Ok(progress.finish(started))
}

/// The per-endpoint counters of a server, in [`ENDPOINT_NAMES`] order: (received, accepted, rejected,
/// intercepted).
pub type LedgerCounts = [(u64, u64, u64, u64); 3];

/// The counters of a mock's ledger, in [`ENDPOINT_NAMES`] order.
pub fn ledger_counts(ledger: &wemeet_mock::Ledger) -> LedgerCounts {
    ENDPOINT_NAMES.map(|name| {
        let stats = ledger.endpoint(name);
        (
            stats.received,
            stats.accepted,
            stats.rejected,
            stats.intercepted,
        )
    })
}

/// Checks that the server received and accepted exactly the calls of a run of `calls` calls, once each, and
/// refused or intercepted none; the error lists every mismatch.
///
/// # Errors
/// A description of each endpoint whose counters differ.
pub fn check_ledger(calls: usize, counts: &LedgerCounts) -> Result<(), String> {
    let mismatches: Vec<String> = ENDPOINT_NAMES
        .iter()
        .zip(expected_accepted(calls))
        .zip(counts)
        .filter(
            |((_, expected), (received, accepted, rejected, intercepted))| {
                (*received, *accepted, *rejected, *intercepted) != (*expected, *expected, 0, 0)
            },
        )
        .map(|((name, expected), counts)| {
            format!("{name}: expected {expected} received and accepted, got {counts:?}")
        })
        .collect();
    if mismatches.is_empty() {
        Ok(())
    } else {
        Err(mismatches.join("; "))
    }
}
