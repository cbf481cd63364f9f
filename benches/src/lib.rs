//! What both loopback benches share: paired, interleaved rounds of a client and its raw transport, and the
//! statistics of the per-pair ratios.
//!
//! One round of a side makes a fixed number of calls and is timed. A pair is one round of each side, back to back,
//! and gives one ratio: the client's calls per second over the raw transport's. The side that goes first alternates
//! from pair to pair, so that a drift of the machine's speed (other load starting or stopping, the clock changing)
//! weighs on both sides alike. Many pairs give the median ratio and its interquartile range: load that comes and
//! goes moves single pairs, not the median.
//!
//! [`fixture`] holds where the two benches send and how they spread their calls; [`profile`] runs one side's calls
//! under an instruction-counting profiler instead of timing them.

pub mod fixture;
pub mod profile;

use std::time::Duration;

/// Pairs of rounds per comparison.
pub const PAIRS: usize = 31;

/// How long a round should last: long enough that a scheduler hiccup is a small part of it, short enough that
/// [`PAIRS`] pairs of the four comparisons take a few minutes.
pub const ROUND: Duration = Duration::from_millis(250);

/// Calls of the probe round that sizes the rounds of a comparison.
const PROBE_CALLS: usize = 500;

/// Sizes the rounds with a probe round of the client, then runs [`PAIRS`] pairs of rounds of about [`ROUND`] each
/// (see [`Comparison::run`] for `round`).
pub fn compare(mut round: impl FnMut(Side, usize) -> Duration) -> Comparison {
    let probe = round(Side::Client, PROBE_CALLS);
    let calls = calls_per_round(PROBE_CALLS as f64 / probe.as_secs_f64(), ROUND);
    Comparison::run(PAIRS, calls, round)
}

/// One side of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The client under test.
    Client,
    /// The raw transport it is compared with.
    Raw,
}

/// The order of the two rounds of pair `pair` (counted from 0): the client first in even pairs, the raw transport
/// first in odd ones.
pub fn order(pair: usize) -> [Side; 2] {
    if pair.is_multiple_of(2) {
        [Side::Client, Side::Raw]
    } else {
        [Side::Raw, Side::Client]
    }
}

/// The median and quartiles of a sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    /// The 25th percentile.
    pub p25: f64,
    /// The median.
    pub median: f64,
    /// The 75th percentile.
    pub p75: f64,
}

impl Spread {
    /// The quartiles of `values` (linear interpolation between the closest ranks); `None` if it is empty or holds
    /// a NaN.
    pub fn of(values: &[f64]) -> Option<Spread> {
        if values.iter().any(|value| value.is_nan()) {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        Some(Spread {
            p25: quantile(&sorted, 0.25)?,
            median: quantile(&sorted, 0.5)?,
            p75: quantile(&sorted, 0.75)?,
        })
    }
}

/// The `q` quantile (0 to 1) of already sorted `values`, interpolating linearly between the two closest ranks;
/// `None` if `values` is empty or `q` is outside 0..=1.
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if !(0.0..=1.0).contains(&q) {
        return None;
    }
    let last = sorted.len().checked_sub(1)?;
    let rank = q * last as f64;
    let below = rank.floor() as usize;
    let lower = *sorted.get(below)?;
    let upper = sorted.get(below + 1).copied().unwrap_or(lower);
    Some(lower + (rank - below as f64) * (upper - lower))
}

/// The rounds of one comparison: the rate of each round of each side, and the ratio of each pair.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// Calls per second of each client round, in the order they ran.
    pub client_rates: Vec<f64>,
    /// Calls per second of each raw round, in the order they ran.
    pub raw_rates: Vec<f64>,
    /// Client rate over raw rate, one per pair.
    pub ratios: Vec<f64>,
}

impl Comparison {
    /// Runs `pairs` pairs of rounds of `calls` calls each. `round(side, calls)` makes the calls on that side and
    /// returns the time they took (only the calls: preparation such as pre-signing belongs outside the timing).
    pub fn run(pairs: usize, calls: usize, mut round: impl FnMut(Side, usize) -> Duration) -> Self {
        let mut comparison = Comparison::default();
        for pair in 0..pairs {
            let mut client = 0.0;
            let mut raw = 0.0;
            for side in order(pair) {
                let rate = calls as f64 / round(side, calls).as_secs_f64();
                match side {
                    Side::Client => client = rate,
                    Side::Raw => raw = rate,
                }
            }
            comparison.client_rates.push(client);
            comparison.raw_rates.push(raw);
            comparison.ratios.push(client / raw);
        }
        comparison
    }

    /// The spread of the per-pair ratios.
    pub fn ratio(&self) -> Option<Spread> {
        Spread::of(&self.ratios)
    }

    /// Prints a line for a reader and the `wemeet-bench:` lines `cargo xtask bench` reads, under
    /// `<prefix>.client.<width>`, `<prefix>.raw.<width>` (median calls per second of each side) and
    /// `<prefix>.ratio.<width>.{median,p25,p75}`.
    pub fn report(&self, prefix: &str, width: usize, what: &str) {
        let (Some(client), Some(raw), Some(ratio)) = (
            Spread::of(&self.client_rates),
            Spread::of(&self.raw_rates),
            self.ratio(),
        ) else {
            println!("  {what}: no rounds");
            return;
        };
        println!(
            "  {what}: ratio median {:.3} (IQR {:.3} to {:.3}) over {} pairs; medians {:.0} vs {:.0} calls/s",
            ratio.median,
            ratio.p25,
            ratio.p75,
            self.ratios.len(),
            client.median,
            raw.median
        );
        println!("wemeet-bench: {prefix}.client.{width} {:.0}", client.median);
        println!("wemeet-bench: {prefix}.raw.{width} {:.0}", raw.median);
        println!(
            "wemeet-bench: {prefix}.ratio.{width}.median {:.4}",
            ratio.median
        );
        println!("wemeet-bench: {prefix}.ratio.{width}.p25 {:.4}", ratio.p25);
        println!("wemeet-bench: {prefix}.ratio.{width}.p75 {:.4}", ratio.p75);
    }
}

/// Calls per round so that a round at `rate` calls per second lasts about `target`; at least one call.
pub fn calls_per_round(rate: f64, target: Duration) -> usize {
    let calls = rate * target.as_secs_f64();
    if calls.is_finite() && calls >= 1.0 {
        calls.round() as usize
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_the_closest_ranks() {
        let sorted = [1.0, 2.0, 3.0, 4.0, 10.0];
        assert_eq!(quantile(&sorted, 0.0), Some(1.0));
        assert_eq!(quantile(&sorted, 0.25), Some(2.0));
        assert_eq!(quantile(&sorted, 0.5), Some(3.0));
        assert_eq!(quantile(&sorted, 1.0), Some(10.0));
        assert_eq!(quantile(&[1.0, 2.0], 0.5), Some(1.5));
        assert_eq!(quantile(&[1.0, 2.0, 3.0, 4.0], 0.25), Some(1.75));
        assert_eq!(quantile(&[7.0], 0.75), Some(7.0));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&sorted, 1.5), None);
    }

    #[test]
    fn the_spread_ignores_the_order_and_a_few_outliers() {
        let values = [1.02, 0.2, 0.98, 1.0, 5.0, 1.01, 0.99];
        let spread = Spread::of(&values).expect("a spread");
        assert_eq!(spread.median, 1.0);
        assert!((spread.p25 - 0.985).abs() < 1e-12, "{spread:?}");
        assert!((spread.p75 - 1.015).abs() < 1e-12, "{spread:?}");
        assert_eq!(Spread::of(&[]), None);
        assert_eq!(Spread::of(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn pairs_alternate_which_side_goes_first() {
        let mut sides = Vec::new();
        Comparison::run(3, 10, |side, _| {
            sides.push(side);
            Duration::from_millis(1)
        });
        use Side::{Client, Raw};
        assert_eq!(sides, [Client, Raw, Raw, Client, Client, Raw]);
    }

    #[test]
    fn each_pair_gives_the_ratio_of_its_own_two_rounds() {
        // The machine slows down by half after the first pair: both sides of a pair see the same speed, so every
        // ratio stays what it was while the rates halve.
        let mut round = 0;
        let comparison = Comparison::run(4, 1000, |side, calls| {
            let speed = if round < 2 { 1.0 } else { 0.5 };
            round += 1;
            let per_call = match side {
                Side::Client => 125.0,
                Side::Raw => 100.0,
            };
            Duration::from_secs_f64(calls as f64 * per_call * 1e-6 / speed)
        });
        assert_eq!(comparison.ratios.len(), 4);
        for ratio in &comparison.ratios {
            assert!((ratio - 0.8).abs() < 1e-9, "{comparison:?}");
        }
        assert!((comparison.client_rates[0] - 8000.0).abs() < 1e-6);
        assert!((comparison.client_rates[1] - 4000.0).abs() < 1e-6);
        assert!((comparison.raw_rates[3] - 5000.0).abs() < 1e-6);
        let ratio = comparison.ratio().expect("a spread");
        assert!((ratio.median - 0.8).abs() < 1e-9);
    }

    #[test]
    fn rounds_are_sized_to_the_target_time() {
        assert_eq!(calls_per_round(12_000.0, Duration::from_millis(250)), 3000);
        assert_eq!(calls_per_round(0.5, Duration::from_millis(250)), 1);
        assert_eq!(calls_per_round(f64::NAN, Duration::from_millis(250)), 1);
    }
}
