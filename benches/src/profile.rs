//! A profiling run of a loopback bench: instead of timing, one side makes a number of calls inside
//! [`profiled`], which an instruction-counting profiler is told to zero its counters before and dump them after.
//!
//! `WEMEET_BENCH_PROFILE=client:2000` (or `raw:2000`) runs the bench that way. Under callgrind (see
//! `benches/PROFILE.md`):
//!
//! ```text
//! WEMEET_BENCH_PROFILE=client:2000 valgrind --tool=callgrind \
//!     --zero-before='wemeet_benches::profile::profiled*' --dump-after='wemeet_benches::profile::profiled*' \
//!     target/release/deps/e2e_async-<hash>
//! ```
//!
//! The dump then holds the instructions of exactly those calls, on every thread (the mock's included, the same on
//! both sides): the client's minus the raw transport's, over the calls, is the client's own work per call.

use std::time::Duration;

use crate::Side;

/// What a profiling run needs of a loopback bench: its two sides' rounds, and the raw side's requests signed in
/// advance (outside the profiled calls, as outside the timed ones).
pub trait Loopback {
    /// The requests the raw side sends, signed by the client's own path.
    type Presigned;

    /// `calls` requests signed now, each with its own nonce.
    fn presign(&self, calls: usize) -> Self::Presigned;

    /// The client makes `calls` calls, `width` at a time.
    fn client_round(&self, calls: usize, width: usize) -> Duration;

    /// The raw transport sends `requests`, `width` at a time.
    fn raw_round(&self, requests: Self::Presigned, width: usize) -> Duration;
}

/// The variable that asks for a profiling run: `<side>:<calls>`, the side `client` or `raw`.
pub const VARIABLE: &str = "WEMEET_BENCH_PROFILE";

/// Calls each side makes before the profiled ones, so that connections are open and caches warm.
pub const WARM_UP_CALLS: usize = 200;

/// The side and the number of calls [`VARIABLE`] asks for; `None` when it is not set. A value that is not
/// `<side>:<calls>` is a mistake of whoever ran the bench: it stops the bench.
pub fn requested() -> Option<(Side, usize)> {
    let value = std::env::var(VARIABLE).ok()?;
    match parse(&value) {
        Some(request) => Some(request),
        None => panic!("{VARIABLE}={value:?}: expected client:<calls> or raw:<calls>"),
    }
}

fn parse(value: &str) -> Option<(Side, usize)> {
    let (side, calls) = value.split_once(':')?;
    let side = match side {
        "client" => Side::Client,
        "raw" => Side::Raw,
        _ => return None,
    };
    Some((side, calls.parse().ok().filter(|calls| *calls > 0)?))
}

/// The profiling run of `bench`: both sides warm up, then `side` makes `calls` calls at 1 in flight inside
/// [`profiled`].
pub fn run(bench: &impl Loopback, side: Side, calls: usize) {
    bench.client_round(WARM_UP_CALLS, 1);
    bench.raw_round(bench.presign(WARM_UP_CALLS), 1);
    match side {
        Side::Client => profiled(|| bench.client_round(calls, 1)),
        Side::Raw => {
            let requests = bench.presign(calls);
            profiled(|| bench.raw_round(requests, 1))
        }
    };
}

/// Runs `calls`: the one function the profiler zeroes its counters before and dumps them after. Never inlined, so
/// that it stays a function the profiler can see.
#[inline(never)]
pub fn profiled<T>(calls: impl FnOnce() -> T) -> T {
    std::hint::black_box(calls())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variable_names_a_side_and_a_number_of_calls() {
        assert_eq!(parse("client:2000"), Some((Side::Client, 2000)));
        assert_eq!(parse("raw:1"), Some((Side::Raw, 1)));
        for wrong in ["client", "client:", "client:0", "both:10", "raw:-1", ""] {
            assert_eq!(parse(wrong), None, "{wrong:?}");
        }
    }
}
