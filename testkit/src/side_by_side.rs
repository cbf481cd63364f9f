//! The side-by-side timing of the benchmarks: several pieces of work timed in alternating rounds.

use std::time::Instant;

/// For each of `runs`, the time of one call on `fixture` in nanoseconds, from the fastest of `rounds` rounds of
/// `iterations` calls. Each round times every run in turn, so that a disturbance (another process, a change of
/// clock speed) falls on all of them alike, and the fastest round is the least disturbed one.
pub fn fastest_per_call<T>(fixture: &T, runs: &[fn(&T)], rounds: u32, iterations: u32) -> Vec<f64> {
    let mut fastest = vec![f64::MAX; runs.len()];
    for _ in 0..rounds {
        for (run, best) in runs.iter().zip(fastest.iter_mut()) {
            let start = Instant::now();
            for _ in 0..iterations {
                run(fixture);
            }
            *best = best.min(start.elapsed().as_secs_f64() * 1e9 / f64::from(iterations.max(1)));
        }
    }
    fastest
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn each_run_gets_its_own_time_per_call_in_order() {
        let runs: [fn(&Duration); 2] = [|_| (), |pause| std::thread::sleep(*pause)];
        let times = fastest_per_call(&Duration::from_millis(2), &runs, 2, 3);
        assert_eq!(times.len(), 2);
        assert!(
            times[1] >= 2e6,
            "a call of the second sleeps 2 ms: {times:?}"
        );
        assert!(times[0] < times[1], "the first does nothing: {times:?}");
    }
}
