//! The one table of a run: each figure next to its reference, the ratio, the target and whether it holds.
//!
//! The targets come from their one copy, `benches/targets.toml` ([`Targets`]): a row names its target's key. The
//! table shows every row whether or not its figure was measured, so each run reads every target; a row's key the
//! file does not hold, a file entry no row reads and a target in another unit than its row's figure are errors.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use anyhow::{Result, bail};

use super::Figures;
use super::build_cost::{Build, BuildCost, TransportBuilds};
use super::targets::{self, Target, Targets};

/// A row: what, our figure, the reference figure, their ratio, the target and its verdict.
struct Row {
    what: String,
    ours: String,
    reference: String,
    ratio: String,
    target: String,
    verdict: &'static str,
}

/// A figure, if it was measured, and its unit.
#[derive(Debug, Clone, Copy)]
struct Figure<'u> {
    value: Option<f64>,
    unit: &'u str,
}

impl Figure<'_> {
    fn shown(self) -> String {
        self.value.map_or_else(
            || "skipped".to_owned(),
            |value| {
                if value >= 100.0 || value.fract() == 0.0 {
                    format!("{value:.0} {}", self.unit)
                } else {
                    format!("{value:.2} {}", self.unit)
                }
            },
        )
    }
}

/// Builds the rows from what was measured; a figure that was not measured reads "skipped".
struct Table<'f> {
    figures: &'f Figures,
    targets: &'f Targets,
    /// The keys of the file the rows read.
    read: BTreeSet<String>,
    /// What the rows found wrong with the targets.
    problems: Vec<String>,
    rows: Vec<Row>,
}

impl Table<'_> {
    /// The figure `key` of the benches, in `unit`.
    fn figure<'u>(&self, key: &str, unit: &'u str) -> Figure<'u> {
        Figure {
            value: self.figures.get(key).copied(),
            unit,
        }
    }

    /// The target `key` for a row whose figure is in `unit`; `None` (and a problem) when the file does not hold it.
    fn target(&mut self, key: &str, unit: &str) -> Option<Target> {
        self.read.insert(key.to_owned());
        let Some(target) = self.targets.get(key) else {
            self.problems.push(format!(
                "a row reads target `{key}`, which {} does not hold",
                targets::PATH
            ));
            return None;
        };
        if let Some(target_unit) = target.unit().filter(|target_unit| *target_unit != unit) {
            self.problems.push(format!(
                "target `{key}` is in {target_unit}, its row's figure in {unit}"
            ));
        }
        Some(target.clone())
    }

    /// `ours` against `reference` (ratio ours / reference, or reference / ours with `inverse`), held to the
    /// target `key` if any.
    fn compare(
        &mut self,
        what: &str,
        ours: Figure<'_>,
        reference: Figure<'_>,
        key: Option<&str>,
        inverse: bool,
    ) {
        let ratio = match (ours.value, reference.value) {
            (Some(ours), Some(reference)) if ours > 0.0 && reference > 0.0 => Some(if inverse {
                reference / ours
            } else {
                ours / reference
            }),
            _ => None,
        };
        let text = ratio.map_or_else(String::new, |ratio| format!("{ratio:.2}×"));
        self.push(what, ours, reference.shown(), (text, ratio), key);
    }

    /// A paired comparison: each side's median rate, and the median of the per-pair ratios with its interquartile
    /// range (`[p25, median, p75]`), which is what the target reads.
    fn paired(
        &mut self,
        what: &str,
        ours: Figure<'_>,
        reference: Figure<'_>,
        ratio: Option<[f64; 3]>,
        key: Option<&str>,
    ) {
        let text = ratio.map_or_else(String::new, |[p25, median, p75]| {
            format!("{median:.2}× (IQR {p25:.2}–{p75:.2})")
        });
        let median = ratio.map(|[_, median, _]| median);
        self.push(what, ours, reference.shown(), (text, median), key);
    }

    /// A figure on its own; `detail` in the reference column.
    fn single(&mut self, what: &str, ours: Figure<'_>, detail: String, key: Option<&str>) {
        self.push(what, ours, detail, (String::new(), None), key);
    }

    /// The row, its verdict read from its figure or its ratio (shown as the text beside it).
    fn push(
        &mut self,
        what: &str,
        ours: Figure<'_>,
        reference: String,
        (ratio_text, ratio): (String, Option<f64>),
        key: Option<&str>,
    ) {
        let target = key.and_then(|key| self.target(key, ours.unit));
        let holds = match (&target, ours.value) {
            (Some(target), Some(value)) => target.holds(value, ratio),
            _ => None,
        };
        self.rows.push(Row {
            what: what.to_owned(),
            ours: ours.shown(),
            reference,
            ratio: ratio_text,
            target: target.map_or_else(|| "—".to_owned(), |target| target.text()),
            verdict: match holds {
                Some(true) => "met",
                Some(false) => "MISSED",
                None => "",
            },
        });
    }

    /// The rows as Markdown, or what is wrong with the targets they read.
    fn finish(self) -> Result<String> {
        let mut problems = self.problems;
        for key in self.targets.keys() {
            if !self.read.contains(key) {
                problems.push(format!(
                    "{} holds target `{key}`, which no row of the table reads",
                    targets::PATH
                ));
            }
        }
        if !problems.is_empty() {
            bail!("the targets do not fit the table: {}", problems.join("; "));
        }
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
        Ok(out)
    }
}

/// What `cargo xtask bench` measured, and what it was given.
pub struct Measured<'m> {
    /// The benches' figures by key.
    pub figures: &'m Figures,
    /// The build cost, when it was measured.
    pub build: Option<&'m BuildCost>,
    /// Seconds of `.ci/run` on a clean clone, when given (`--ci-seconds`).
    pub ci_seconds: Option<f64>,
}

/// Renders the table as Markdown (it reads as plain text too, and pastes into BENCHMARKS.md), each figure beside
/// its target; an error when the targets do not fit the rows (see the module's docs).
pub fn render(measured: &Measured<'_>, targets: &Targets) -> Result<String> {
    let mut table = Table {
        figures: measured.figures,
        targets,
        read: BTreeSet::new(),
        problems: Vec::new(),
        rows: Vec::new(),
    };
    table.signing();
    table.preparing();
    table.loopback();
    table.build_cost(measured.build);
    table.webhook();
    table.ci(measured.ci_seconds);
    table.finish()
}

/// Whether the targets fit the table, before anything is measured.
pub fn check(targets: &Targets) -> Result<()> {
    let nothing = Measured {
        figures: &Figures::new(),
        build: None,
        ci_seconds: None,
    };
    render(&nothing, targets).map(drop)
}

/// The sections of the table, numbered as the measurements of issue 6 (and 6: CI, issue 24).
impl Table<'_> {
    /// 1: signing, against bare HMAC-SHA256 and the official Python SDK.
    fn signing(&mut self) {
        let signature = self.figure("sign.signature.ns", "ns");
        let bare_hmac = self.figure("sign.bare_hmac.ns", "ns");
        self.compare(
            "1. sign create-meeting example vs bare HMAC-SHA256",
            signature,
            bare_hmac,
            Some("sign-vs-bare-hmac"),
            false,
        );
        self.compare(
            "1. sign create-meeting example, Python SDK / ours",
            signature,
            self.figure("python.sign.ns", "ns"),
            Some("sign-python-sdk-over-ours"),
            true,
        );
        self.compare(
            "1. bare HMAC-SHA256 of the string, Python stdlib (OpenSSL) / ours",
            bare_hmac,
            self.figure("python.hmac.ns", "ns"),
            None,
            true,
        );
        self.compare(
            "1. signature + header set (Signer::sign_at)",
            self.figure("sign.headers.ns", "ns"),
            bare_hmac,
            None,
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
                None,
            );
        }
    }

    /// 3: the loopback comparisons (`benches/benches/e2e_*.rs`): median calls per second of each side, and the
    /// median and quartiles of the per-pair ratios; each client's own work per call; the mock's throughput; the
    /// official Python SDK creating.
    fn loopback(&mut self) {
        let figures = self.figures;
        for (what, prefix, width, key) in [
            (
                "3. async client vs raw reqwest, 1 in flight",
                "e2e.async",
                1,
                None,
            ),
            (
                "3. async client vs raw reqwest, 64 in flight",
                "e2e.async",
                64,
                Some("loopback-many-in-flight"),
            ),
            (
                "3. blocking client vs raw ureq, 1 thread",
                "e2e.blocking",
                1,
                None,
            ),
            (
                "3. blocking client vs raw ureq, 8 threads",
                "e2e.blocking",
                8,
                Some("loopback-many-in-flight"),
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
                key,
            );
        }
        for (what, prefix) in [
            ("async client (vs raw reqwest)", "e2e.async"),
            ("blocking client (vs raw ureq)", "e2e.blocking"),
        ] {
            let client = self.figure(&format!("{prefix}.client.1"), "calls/s");
            let raw = self.figure(&format!("{prefix}.raw.1"), "calls/s");
            let (own_work, detail) = match (client.value, raw.value) {
                (Some(client), Some(raw)) if client > 0.0 && raw > 0.0 => {
                    let (client, raw) = (1e6 / client, 1e6 / raw);
                    (
                        Some(client - raw),
                        format!("{client:.1} µs − {raw:.1} µs per call"),
                    )
                }
                _ => (None, "skipped".to_owned()),
            };
            self.single(
                &format!(
                    "3. own work per call, {what}, 1 in flight (1/client − 1/raw of the median rates)"
                ),
                Figure {
                    value: own_work,
                    unit: "µs",
                },
                detail,
                Some("own-work-per-call"),
            );
        }
        self.single(
            "3. mock throughput, signed creates (raw reqwest, 64 in flight)",
            self.figure("e2e.async.raw.64", "calls/s"),
            String::new(),
            Some("mock-throughput"),
        );
        self.compare(
            "3. official Python SDK creating vs async client, 1 in flight",
            self.figure("e2e.python.1", "calls/s"),
            self.figure("e2e.async.client.1", "calls/s"),
            None,
            false,
        );
    }

    /// 4: the build cost; its rows read "skipped" when it was not measured.
    fn build_cost(&mut self, build: Option<&BuildCost>) {
        let crates = |build: Option<&Build>| Figure {
            value: build.map(|build| build.crates as f64),
            unit: "crates",
        };
        let cpu = |build: Option<&Build>| Figure {
            value: build.map(|build| build.cpu_seconds),
            unit: "CPU-s",
        };
        let wall = |build: Option<&Build>| Figure {
            value: build.map(|build| build.wall_seconds),
            unit: "s",
        };
        for (client, transport, crates_key, builds) in [
            (
                "wemeet",
                "reqwest",
                "crates-async",
                build.map(|build| &build.wemeet),
            ),
            (
                "wemeet-blocking",
                "ureq",
                "crates-blocking",
                build.map(|build| &build.wemeet_blocking),
            ),
        ] {
            let side = |pick: fn(&TransportBuilds) -> &Build| builds.map(pick);
            let (ours, full) = (side(|b| &b.client), side(|b| &b.client_full));
            let (by_hand, bare) = (side(|b| &b.hand_written), side(|b| &b.bare));
            let vs_hand = format!("vs hand-written on {transport}");
            let by_hand_vs_bare = format!("hand-written on {transport} vs bare {transport}");
            self.compare(
                &format!("4. crates, {client} {vs_hand}"),
                crates(ours),
                crates(by_hand),
                Some(crates_key),
                false,
            );
            self.compare(
                &format!("4. crates, {client} --features full {vs_hand}"),
                crates(full),
                crates(by_hand),
                None,
                false,
            );
            self.compare(
                &format!("4. crates, {by_hand_vs_bare}"),
                crates(by_hand),
                crates(bare),
                None,
                false,
            );
            self.compare(
                &format!("4. clean release build (CPU), {client} {vs_hand}"),
                cpu(ours),
                cpu(by_hand),
                Some("build-vs-hand-written"),
                false,
            );
            self.compare(
                &format!("4. clean release build (CPU), {client} --features full {vs_hand}"),
                cpu(full),
                cpu(by_hand),
                None,
                false,
            );
            self.compare(
                &format!("4. clean release build (CPU), {by_hand_vs_bare}"),
                cpu(by_hand),
                cpu(bare),
                None,
                false,
            );
            self.compare(
                &format!("4. clean release build (wall, moves with the load), {client} {vs_hand}"),
                wall(ours),
                wall(by_hand),
                None,
                false,
            );
        }
        self.single(
            "4. fresh clone to finished quickstart",
            Figure {
                value: build.map(|build| build.quickstart_seconds),
                unit: "s",
            },
            if build.is_some() {
                String::new()
            } else {
                "skipped (--no-build-cost)".to_owned()
            },
            Some("fresh-clone-quickstart"),
        );
    }

    /// 5: receiving an event callback.
    fn webhook(&mut self) {
        self.compare(
            "5. receive an encrypted meeting.medium-uploaded vs bare SHA-1 + AES-256-CBC",
            self.figure("webhook.receive.ns", "ns"),
            self.figure("webhook.bare.ns", "ns"),
            None,
            false,
        );
    }

    /// 6: `.ci/run` on a clean clone, as the caller measured it (its `-- total:` line).
    fn ci(&mut self, seconds: Option<f64>) {
        self.single(
            "6. .ci/run on a clean clone (its `-- total:` line)",
            Figure {
                value: seconds,
                unit: "s",
            },
            if seconds.is_some() {
                "given with --ci-seconds".to_owned()
            } else {
                "not given (--ci-seconds N)".to_owned()
            },
            Some("ci-clean-clone"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of `figures` alone, against the project's targets.
    fn table_of(figures: &Figures) -> String {
        let targets = Targets::load().expect("benches/targets.toml reads");
        let measured = Measured {
            figures,
            build: None,
            ci_seconds: None,
        };
        render(&measured, &targets).expect("the targets fit the table")
    }

    fn row(table: &str, what: &str) -> String {
        table
            .lines()
            .find(|line| line.contains(what))
            .unwrap_or_else(|| panic!("no row {what} in {table}"))
            .to_owned()
    }

    #[test]
    fn every_row_s_target_is_in_the_file_and_every_target_of_the_file_is_read() {
        let targets = Targets::load().expect("benches/targets.toml reads");
        check(&targets).expect("the project's targets fit the table");
    }

    #[test]
    fn a_target_missing_from_the_file_or_read_by_no_row_is_an_error_naming_it() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/targets.toml"),
        )
        .expect("benches/targets.toml");
        let renamed = text.replace("[mock-throughput]", "[mock-thruput]");
        assert_ne!(renamed, text);
        let targets = Targets::parse(&renamed).expect("still a valid file");
        let error = format!("{:#}", check(&targets).expect_err("a renamed key"));
        assert!(
            error.contains(
                "reads target `mock-throughput`, which benches/targets.toml does not hold"
            ),
            "{error}"
        );
        assert!(
            error.contains("holds target `mock-thruput`, which no row of the table reads"),
            "{error}"
        );
        let other_unit = text.replace("unit = \"µs\"", "unit = \"ns\"");
        let targets = Targets::parse(&other_unit).expect("still a valid file");
        let error = format!("{:#}", check(&targets).expect_err("another unit"));
        assert!(
            error.contains("target `own-work-per-call` is in ns, its row's figure in µs"),
            "{error}"
        );
    }

    #[test]
    fn a_loopback_row_reads_the_median_ratio_of_the_pairs_not_the_ratio_of_the_medians() {
        let figures = Figures::from([
            ("e2e.async.client.64".to_owned(), 13_000.0),
            ("e2e.async.raw.64".to_owned(), 15_000.0),
            ("e2e.async.ratio.64.p25".to_owned(), 0.88),
            ("e2e.async.ratio.64.median".to_owned(), 0.91),
            ("e2e.async.ratio.64.p75".to_owned(), 0.95),
            ("e2e.blocking.client.8".to_owned(), 23_000.0),
            ("e2e.blocking.raw.8".to_owned(), 25_000.0),
            ("e2e.blocking.ratio.8.p25".to_owned(), 0.85),
            ("e2e.blocking.ratio.8.median".to_owned(), 0.89),
            ("e2e.blocking.ratio.8.p75".to_owned(), 0.93),
        ]);
        let table = table_of(&figures);
        let async_row = row(&table, "async client vs raw reqwest, 64 in flight");
        assert!(
            async_row.contains(
                "| 13000 calls/s | 15000 calls/s | 0.91× (IQR 0.88–0.95) | ≥ 0.9× (issue 24) | met |"
            ),
            "{async_row}"
        );
        let blocking_row = row(&table, "blocking client vs raw ureq, 8 threads");
        assert!(
            blocking_row.contains("| 0.89× (IQR 0.85–0.93) | ≥ 0.9× (issue 24) | MISSED |"),
            "{blocking_row}"
        );
        let unmeasured = row(&table, "async client vs raw reqwest, 1 in flight");
        assert!(
            unmeasured.contains("| skipped | skipped |  | — |  |"),
            "{unmeasured}"
        );
    }

    #[test]
    fn own_work_per_call_is_the_difference_of_the_times_per_call_of_the_median_rates() {
        let figures = Figures::from([
            // 200 µs and 160 µs per call: 40 µs of own work.
            ("e2e.async.client.1".to_owned(), 5_000.0),
            ("e2e.async.raw.1".to_owned(), 6_250.0),
            // 50 µs and 40 µs per call: 10 µs, at the target.
            ("e2e.blocking.client.1".to_owned(), 20_000.0),
            ("e2e.blocking.raw.1".to_owned(), 25_000.0),
        ]);
        let table = table_of(&figures);
        let async_row = row(&table, "own work per call, async client");
        assert!(
            async_row.contains(
                "| 40 µs | 200.0 µs − 160.0 µs per call |  | ≤ 10 µs (issue 24) | MISSED |"
            ),
            "{async_row}"
        );
        let blocking_row = row(&table, "own work per call, blocking client");
        assert!(
            blocking_row
                .contains("| 10 µs | 50.0 µs − 40.0 µs per call |  | ≤ 10 µs (issue 24) | met |"),
            "{blocking_row}"
        );
        let unmeasured = row(
            &table_of(&Figures::new()),
            "own work per call, async client",
        );
        assert!(
            unmeasured.contains("| skipped | skipped |  | ≤ 10 µs (issue 24) |  |"),
            "{unmeasured}"
        );
    }

    #[test]
    fn the_ci_row_holds_the_given_seconds_to_the_target() {
        let targets = Targets::load().expect("benches/targets.toml reads");
        let figures = Figures::new();
        let table = |ci_seconds| {
            let measured = Measured {
                figures: &figures,
                build: None,
                ci_seconds,
            };
            row(&render(&measured, &targets).expect("a table"), ".ci/run")
        };
        assert!(
            table(Some(419.0))
                .contains("| 419 s | given with --ci-seconds |  | ≤ 420 s (issue 24) | met |")
        );
        assert!(table(Some(678.0)).ends_with("| MISSED |"));
        assert!(table(None).contains("| skipped | not given (--ci-seconds N) |"));
    }

    #[test]
    fn build_rows_set_each_client_against_its_hand_written_app() {
        let build = |crates, cpu_seconds| Build {
            crates,
            cpu_seconds,
            wall_seconds: cpu_seconds / 2.0,
        };
        let cost = BuildCost {
            load_before: "0.1 0.1 0.1".to_owned(),
            wemeet: TransportBuilds {
                client: build(104, 92.8),
                client_full: build(104, 130.0),
                hand_written: build(90, 80.8),
                bare: build(81, 73.4),
            },
            wemeet_blocking: TransportBuilds {
                client: build(55, 63.6),
                client_full: build(55, 90.0),
                hand_written: build(35, 48.7),
                bare: build(22, 43.4),
            },
            quickstart_seconds: 55.6,
        };
        let targets = Targets::load().expect("benches/targets.toml reads");
        let figures = Figures::new();
        let measured = Measured {
            figures: &figures,
            build: Some(&cost),
            ci_seconds: None,
        };
        let table = render(&measured, &targets).expect("a table");
        let async_cpu = row(&table, "(CPU), wemeet vs hand-written on reqwest");
        assert!(
            async_cpu.contains("| 92.80 CPU-s | 80.80 CPU-s | 1.15× | ≤ 1.15× (issue 24) | met |"),
            "{async_cpu}"
        );
        let blocking_cpu = row(&table, "(CPU), wemeet-blocking vs hand-written on ureq");
        assert!(
            blocking_cpu.contains("| 1.31× | ≤ 1.15× (issue 24) | MISSED |"),
            "{blocking_cpu}"
        );
        let full = row(
            &table,
            "(CPU), wemeet-blocking --features full vs hand-written on ureq",
        );
        assert!(
            full.contains("| 90 CPU-s | 48.70 CPU-s | 1.85× | — |  |"),
            "{full}"
        );
        let crates = row(&table, "crates, wemeet-blocking vs hand-written on ureq");
        assert!(
            crates.contains("| 55 crates | 35 crates | 1.57× | ≤ 55 crates (issue 15) | met |"),
            "{crates}"
        );
        let by_hand = row(&table, "crates, hand-written on reqwest vs bare reqwest");
        assert!(
            by_hand.contains("| 90 crates | 81 crates | 1.11× | — |  |"),
            "{by_hand}"
        );
    }

    #[test]
    fn the_webhook_row_sets_the_receive_against_the_bare_crypto_of_the_same_run() {
        let figures = Figures::from([
            ("webhook.receive.ns".to_owned(), 3946.1),
            ("webhook.bare.ns".to_owned(), 790.9),
            ("webhook.sha1.ns".to_owned(), 481.5),
        ]);
        let table = table_of(&figures);
        let webhook = row(&table, "meeting.medium-uploaded");
        assert!(
            webhook.contains("| 3946 ns | 791 ns | 4.99× |"),
            "{webhook}"
        );
        let skipped = row(&table_of(&Figures::new()), "meeting.medium-uploaded");
        assert!(skipped.contains("skipped"), "{skipped}");
    }
}
