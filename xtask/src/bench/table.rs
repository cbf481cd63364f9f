//! The one table of a run: each figure next to its reference, the ratio, the target and whether it holds.

use std::fmt::Write as _;

use super::Figures;
use super::build_cost::{Build, BuildCost};

/// A row: what, our figure, the reference figure, their ratio, the target and its verdict.
struct Row {
    what: String,
    ours: String,
    reference: String,
    ratio: String,
    target: String,
    verdict: &'static str,
}

/// How a target compares a figure.
enum Target {
    /// ours / reference at most this.
    RatioAtMost(f64),
    /// ours / reference at least this.
    RatioAtLeast(f64),
    /// the figure at most this.
    AtMost(f64, &'static str),
    /// the figure at least this.
    AtLeast(f64, &'static str),
    /// no target: a figure to watch.
    None,
}

impl Target {
    fn text(&self) -> String {
        match self {
            Target::RatioAtMost(limit) => format!("≤ {limit}×"),
            Target::RatioAtLeast(limit) => format!("≥ {limit}×"),
            Target::AtMost(limit, unit) => format!("≤ {limit} {unit}"),
            Target::AtLeast(limit, unit) => format!("≥ {limit} {unit}"),
            Target::None => "—".to_owned(),
        }
    }

    fn verdict(&self, ours: f64, ratio: Option<f64>) -> &'static str {
        let holds = match self {
            Target::RatioAtMost(limit) => ratio.map(|ratio| ratio <= *limit),
            Target::RatioAtLeast(limit) => ratio.map(|ratio| ratio >= *limit),
            Target::AtMost(limit, _) => Some(ours <= *limit),
            Target::AtLeast(limit, _) => Some(ours >= *limit),
            Target::None => None,
        };
        match holds {
            Some(true) => "met",
            Some(false) => "MISSED",
            None => "",
        }
    }
}

/// Builds the rows from what was measured; a figure that was not measured reads "skipped".
struct Table<'f> {
    figures: &'f Figures,
    rows: Vec<Row>,
}

impl Table<'_> {
    /// The figure `key`, with its unit, if it was measured.
    fn figure(&self, key: &str, unit: &'static str) -> Option<(f64, &'static str)> {
        self.figures.get(key).map(|value| (*value, unit))
    }

    /// `ours` against `reference` (ratio ours / reference, or reference / ours with `inverse`), both with units.
    fn compare(
        &mut self,
        what: &str,
        ours: Option<(f64, &str)>,
        reference: Option<(f64, &str)>,
        target: Target,
        inverse: bool,
    ) {
        let ratio = match (ours, reference) {
            (Some((ours, _)), Some((reference, _))) if ours > 0.0 && reference > 0.0 => {
                Some(if inverse {
                    reference / ours
                } else {
                    ours / reference
                })
            }
            _ => None,
        };
        self.rows.push(Row {
            what: what.to_owned(),
            ours: ours.map_or_else(|| "skipped".to_owned(), |(value, unit)| number(value, unit)),
            reference: reference
                .map_or_else(|| "skipped".to_owned(), |(value, unit)| number(value, unit)),
            ratio: ratio.map_or_else(String::new, |ratio| format!("{ratio:.2}×")),
            target: target.text(),
            verdict: ours.map_or("", |(value, _)| target.verdict(value, ratio)),
        });
    }

    /// A paired comparison: each side's median rate, and the median of the per-pair ratios with its interquartile
    /// range (`[p25, median, p75]`), which is what the target reads.
    fn paired(
        &mut self,
        what: &str,
        ours: Option<(f64, &str)>,
        reference: Option<(f64, &str)>,
        ratio: Option<[f64; 3]>,
        target: Target,
    ) {
        self.rows.push(Row {
            what: what.to_owned(),
            ours: ours.map_or_else(|| "skipped".to_owned(), |(value, unit)| number(value, unit)),
            reference: reference
                .map_or_else(|| "skipped".to_owned(), |(value, unit)| number(value, unit)),
            ratio: ratio.map_or_else(String::new, |[p25, median, p75]| {
                format!("{median:.2}× (IQR {p25:.2}–{p75:.2})")
            }),
            target: target.text(),
            verdict: match (ours, ratio) {
                (Some((value, _)), Some([_, median, _])) => target.verdict(value, Some(median)),
                _ => "",
            },
        });
    }

    fn single(&mut self, what: &str, ours: Option<(f64, &str)>, detail: String, target: Target) {
        self.rows.push(Row {
            what: what.to_owned(),
            ours: ours.map_or_else(|| "skipped".to_owned(), |(value, unit)| number(value, unit)),
            reference: detail,
            ratio: String::new(),
            target: target.text(),
            verdict: ours.map_or("", |(value, _)| target.verdict(value, None)),
        });
    }

    fn markdown(&self) -> String {
        let mut out = String::from(
            "| measure | ours | reference | ratio | target | verdict |\n|---|---:|---:|---:|---|---|\n",
        );
        for row in &self.rows {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                row.what, row.ours, row.reference, row.ratio, row.target, row.verdict
            );
        }
        out
    }
}

fn number(value: f64, unit: &str) -> String {
    if value >= 100.0 || value.fract() == 0.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{value:.2} {unit}")
    }
}

/// Renders the table as Markdown (it reads as plain text too, and pastes into BENCHMARKS.md).
pub fn render(figures: &Figures, build: Option<&BuildCost>) -> String {
    let mut table = Table {
        figures,
        rows: Vec::new(),
    };
    table.signing();
    table.preparing();
    table.loopback();
    table.build_cost(build);
    table.webhook();
    table.markdown()
}

/// The sections of the table, numbered as the measurements of issue 6.
impl Table<'_> {
    /// 1: signing, against bare HMAC-SHA256 and the official Python SDK.
    fn signing(&mut self) {
        self.compare(
            "1. sign create-meeting example vs bare HMAC-SHA256",
            self.figure("sign.signature.ns", "ns"),
            self.figure("sign.bare_hmac.ns", "ns"),
            Target::RatioAtMost(1.3),
            false,
        );
        self.compare(
            "1. sign create-meeting example, Python SDK / ours",
            self.figure("sign.signature.ns", "ns"),
            self.figure("python.sign.ns", "ns"),
            Target::RatioAtLeast(4.0),
            true,
        );
        self.compare(
            "1. bare HMAC-SHA256 of the string, Python stdlib (OpenSSL) / ours",
            self.figure("sign.bare_hmac.ns", "ns"),
            self.figure("python.hmac.ns", "ns"),
            Target::None,
            true,
        );
        self.compare(
            "1. signature + header set (Signer::sign_at)",
            self.figure("sign.headers.ns", "ns"),
            self.figure("sign.bare_hmac.ns", "ns"),
            Target::None,
            false,
        );
    }

    /// 2: preparing a request (signing included), with its allocations.
    fn preparing(&mut self) {
        let figures = self.figures;
        for endpoint in [
            "create_meeting",
            "add_meeting_backgrounds",
            "set_live_stream_address",
        ] {
            let allocations = figures.get(&format!("prepare.{endpoint}.allocs"));
            let bytes = figures.get(&format!("prepare.{endpoint}.bytes"));
            let detail = match (allocations, bytes) {
                (Some(allocations), Some(bytes)) => {
                    format!("{allocations:.0} allocations, {bytes:.0} B")
                }
                _ => "skipped".to_owned(),
            };
            self.single(
                &format!("2. prepare {endpoint}"),
                self.figure(&format!("prepare.{endpoint}.ns"), "ns"),
                detail,
                Target::None,
            );
        }
    }

    /// 3: the loopback comparisons (`benches/benches/e2e_*.rs`): median calls per second of each side, and the
    /// median and quartiles of the per-pair ratios; the mock's throughput; the official Python SDK creating.
    fn loopback(&mut self) {
        let figures = self.figures;
        for (what, prefix, width) in [
            (
                "3. async client vs raw reqwest, 1 in flight",
                "e2e.async",
                1,
            ),
            (
                "3. async client vs raw reqwest, 64 in flight",
                "e2e.async",
                64,
            ),
            (
                "3. blocking client vs raw ureq, 1 thread",
                "e2e.blocking",
                1,
            ),
            (
                "3. blocking client vs raw ureq, 8 threads",
                "e2e.blocking",
                8,
            ),
        ] {
            let ratio = |quantile: &str| figures.get(&format!("{prefix}.ratio.{width}.{quantile}"));
            let ratio = match (ratio("p25"), ratio("median"), ratio("p75")) {
                (Some(p25), Some(median), Some(p75)) => Some([*p25, *median, *p75]),
                _ => None,
            };
            self.paired(
                &format!("{what} (median of paired rounds)"),
                self.figure(&format!("{prefix}.client.{width}"), "calls/s"),
                self.figure(&format!("{prefix}.raw.{width}"), "calls/s"),
                ratio,
                Target::RatioAtLeast(0.9),
            );
        }
        self.single(
            "3. mock throughput, signed creates (raw reqwest, 64 in flight)",
            self.figure("e2e.async.raw.64", "calls/s"),
            String::new(),
            Target::AtLeast(20_000.0, "calls/s"),
        );
        self.compare(
            "3. official Python SDK creating vs async client, 1 in flight",
            self.figure("e2e.python.1", "calls/s"),
            self.figure("e2e.async.client.1", "calls/s"),
            Target::None,
            false,
        );
    }

    /// 4: the build cost, when it was measured.
    fn build_cost(&mut self, build: Option<&BuildCost>) {
        let Some(build) = build else {
            self.single(
                "4. build cost",
                None,
                "skipped (--no-build-cost)".to_owned(),
                Target::None,
            );
            return;
        };
        let crates = |build: &Build| Some((build.crates as f64, "crates"));
        let cpu = |build: &Build| Some((build.cpu_seconds, "CPU-s"));
        let wall = |build: &Build| Some((build.wall_seconds, "s"));
        self.compare(
            "4. crates, wemeet (async) vs bare reqwest",
            crates(&build.wemeet),
            crates(&build.reqwest),
            Target::AtMost(100.0, "crates"),
            false,
        );
        self.compare(
            "4. crates, wemeet-blocking vs bare ureq",
            crates(&build.wemeet_blocking),
            crates(&build.ureq),
            Target::AtMost(50.0, "crates"),
            false,
        );
        self.compare(
            "4. clean release build (CPU), wemeet vs bare reqwest",
            cpu(&build.wemeet),
            cpu(&build.reqwest),
            Target::RatioAtMost(1.3),
            false,
        );
        self.compare(
            "4. clean release build (CPU), wemeet-blocking vs bare ureq",
            cpu(&build.wemeet_blocking),
            cpu(&build.ureq),
            Target::RatioAtMost(1.3),
            false,
        );
        self.compare(
            "4. clean release build (wall, moves with the load), wemeet vs bare reqwest",
            wall(&build.wemeet),
            wall(&build.reqwest),
            Target::None,
            false,
        );
        self.compare(
            "4. clean release build (wall, moves with the load), wemeet-blocking vs bare ureq",
            wall(&build.wemeet_blocking),
            wall(&build.ureq),
            Target::None,
            false,
        );
        self.single(
            "4. fresh clone to finished quickstart",
            Some((build.quickstart_seconds, "s")),
            String::new(),
            Target::AtMost(120.0, "s"),
        );
    }

    /// 5: receiving an event callback.
    fn webhook(&mut self) {
        self.compare(
            "5. receive an encrypted meeting.medium-uploaded vs bare SHA-1 + AES-256-CBC",
            self.figure("webhook.receive.ns", "ns"),
            self.figure("webhook.bare.ns", "ns"),
            Target::None,
            false,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loopback_row_reads_the_median_ratio_of_the_pairs_not_the_ratio_of_the_medians() {
        let figures = Figures::from([
            ("e2e.async.client.1".to_owned(), 13_000.0),
            ("e2e.async.raw.1".to_owned(), 15_000.0),
            ("e2e.async.ratio.1.p25".to_owned(), 0.88),
            ("e2e.async.ratio.1.median".to_owned(), 0.91),
            ("e2e.async.ratio.1.p75".to_owned(), 0.95),
            ("e2e.blocking.client.8".to_owned(), 23_000.0),
            ("e2e.blocking.raw.8".to_owned(), 25_000.0),
            ("e2e.blocking.ratio.8.p25".to_owned(), 0.85),
            ("e2e.blocking.ratio.8.median".to_owned(), 0.89),
            ("e2e.blocking.ratio.8.p75".to_owned(), 0.93),
        ]);
        let table = render(&figures, None);
        let row = |what: &str| {
            table
                .lines()
                .find(|line| line.contains(what))
                .unwrap_or_else(|| panic!("no row {what} in {table}"))
                .to_owned()
        };
        let async_row = row("async client vs raw reqwest, 1 in flight");
        assert!(
            async_row.contains(
                "| 13000 calls/s | 15000 calls/s | 0.91× (IQR 0.88–0.95) | ≥ 0.9× | met |"
            ),
            "{async_row}"
        );
        let blocking_row = row("blocking client vs raw ureq, 8 threads");
        assert!(
            blocking_row.contains("| 0.89× (IQR 0.85–0.93) | ≥ 0.9× | MISSED |"),
            "{blocking_row}"
        );
        let unmeasured = row("async client vs raw reqwest, 64 in flight");
        assert!(
            unmeasured.contains("| skipped | skipped |  | ≥ 0.9× |  |"),
            "{unmeasured}"
        );
    }

    #[test]
    fn the_webhook_row_sets_the_receive_against_the_bare_crypto_of_the_same_run() {
        let figures = Figures::from([
            ("webhook.receive.ns".to_owned(), 3946.1),
            ("webhook.bare.ns".to_owned(), 790.9),
            ("webhook.sha1.ns".to_owned(), 481.5),
        ]);
        let table = render(&figures, None);
        let row = table
            .lines()
            .find(|line| line.contains("meeting.medium-uploaded"))
            .expect("a webhook row");
        assert!(row.contains("| 3946 ns | 791 ns | 4.99× |"), "{row}");
        let skipped = render(&Figures::new(), None);
        assert!(
            skipped
                .lines()
                .any(|line| line.contains("medium-uploaded") && line.contains("skipped")),
            "{skipped}"
        );
    }
}
