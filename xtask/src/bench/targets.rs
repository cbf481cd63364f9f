//! The benchmarks' targets, read from their one copy, `benches/targets.toml` (its header describes an entry).

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};

/// Where the targets live, for messages.
pub const PATH: &str = "benches/targets.toml";

/// The file, built in: a target changed there is read by the next `cargo xtask bench`.
const TEXT: &str = include_str!("../../../benches/targets.toml");

/// What a target bounds, and by how much.
#[derive(Debug, Clone, PartialEq)]
enum Limit {
    /// The row's ratio at most this.
    RatioAtMost(f64),
    /// The row's ratio at least this.
    RatioAtLeast(f64),
    /// The figure at most this, in the unit.
    AtMost(f64, String),
    /// The figure at least this, in the unit.
    AtLeast(f64, String),
}

/// One target: its limit and the issue that set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    limit: Limit,
    issue: u32,
}

impl Target {
    /// As the table prints it, e.g. `≤ 1.15× (issue 24)`.
    pub fn text(&self) -> String {
        let limit = match &self.limit {
            Limit::RatioAtMost(limit) => format!("≤ {limit}×"),
            Limit::RatioAtLeast(limit) => format!("≥ {limit}×"),
            Limit::AtMost(limit, unit) => format!("≤ {limit} {unit}"),
            Limit::AtLeast(limit, unit) => format!("≥ {limit} {unit}"),
        };
        format!("{limit} (issue {})", self.issue)
    }

    /// Whether the figure `ours` (or the row's `ratio`, for a ratio target) meets it; `None` when the row has no
    /// ratio for a ratio target.
    pub fn holds(&self, ours: f64, ratio: Option<f64>) -> Option<bool> {
        match &self.limit {
            Limit::RatioAtMost(limit) => ratio.map(|ratio| ratio <= *limit),
            Limit::RatioAtLeast(limit) => ratio.map(|ratio| ratio >= *limit),
            Limit::AtMost(limit, _) => Some(ours <= *limit),
            Limit::AtLeast(limit, _) => Some(ours >= *limit),
        }
    }

    /// The unit an absolute target is in; `None` for a ratio.
    pub fn unit(&self) -> Option<&str> {
        match &self.limit {
            Limit::RatioAtMost(_) | Limit::RatioAtLeast(_) => None,
            Limit::AtMost(_, unit) | Limit::AtLeast(_, unit) => Some(unit),
        }
    }
}

/// Every target of the file, by key.
#[derive(Debug)]
pub struct Targets {
    by_key: BTreeMap<String, Target>,
}

impl Targets {
    /// The targets of `benches/targets.toml`.
    pub fn load() -> Result<Self> {
        Self::parse(TEXT).with_context(|| format!("reading {PATH}"))
    }

    /// The targets of a file's text; an entry that is not exactly one limit, an issue and a reason is an error
    /// naming it.
    pub fn parse(text: &str) -> Result<Self> {
        let document: toml_edit::Document<String> = text.parse()?;
        let mut by_key = BTreeMap::new();
        for (key, item) in document.iter() {
            let entry = item
                .as_table()
                .with_context(|| format!("`{key}` is not a table ([{key}])"))?;
            let target = entry_target(entry).with_context(|| format!("target `{key}`"))?;
            by_key.insert(key.to_owned(), target);
        }
        Ok(Targets { by_key })
    }

    /// The target `key`, if the file holds it.
    pub fn get(&self, key: &str) -> Option<&Target> {
        self.by_key.get(key)
    }

    /// Every key of the file.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.by_key.keys().map(String::as_str)
    }
}

/// The fields an entry may have.
const LIMITS: [&str; 4] = ["ratio-at-most", "ratio-at-least", "at-most", "at-least"];

fn entry_target(entry: &toml_edit::Table) -> Result<Target> {
    if let Some((field, _)) = entry
        .iter()
        .find(|(field, _)| !LIMITS.contains(field) && !["unit", "issue", "why"].contains(field))
    {
        bail!(
            "unknown field `{field}` (an entry has one of {LIMITS:?}, `unit` with an absolute one, `issue`, `why`)"
        );
    }
    let limits: Vec<(&str, f64)> = LIMITS
        .iter()
        .filter_map(|field| entry.get(field).map(|value| (*field, value)))
        .map(|(field, value)| {
            let number = value
                .as_float()
                .or_else(|| value.as_integer().map(|integer| integer as f64))
                .filter(|number| number.is_finite() && *number >= 0.0)
                .with_context(|| format!("`{field}` is not a non-negative number"))?;
            Ok((field, number))
        })
        .collect::<Result<_>>()?;
    let [(field, limit)] = limits[..] else {
        bail!("has {} limits, not one of {LIMITS:?}", limits.len());
    };
    let unit = entry
        .get("unit")
        .map(|unit| {
            unit.as_str()
                .filter(|unit| !unit.trim().is_empty())
                .context("`unit` is not a non-empty string")
        })
        .transpose()?;
    let limit = match (field, unit) {
        ("ratio-at-most", None) => Limit::RatioAtMost(limit),
        ("ratio-at-least", None) => Limit::RatioAtLeast(limit),
        ("at-most", Some(unit)) => Limit::AtMost(limit, unit.to_owned()),
        ("at-least", Some(unit)) => Limit::AtLeast(limit, unit.to_owned()),
        (_, Some(_)) => bail!("`{field}` is a ratio: it has no `unit`"),
        (_, None) => bail!("`{field}` bounds the figure itself: it needs the figure's `unit`"),
    };
    let issue = entry
        .get("issue")
        .and_then(|issue| issue.as_integer())
        .and_then(|issue| u32::try_from(issue).ok())
        .filter(|issue| *issue > 0)
        .context("`issue` (the issue that set the target, a positive integer) is missing")?;
    entry
        .get("why")
        .and_then(|why| why.as_str())
        .filter(|why| !why.trim().is_empty())
        .context("`why` (one line: what missing the target would cost) is missing")?;
    Ok(Target { limit, issue })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_reads_as_its_limit_and_issue() {
        let targets = Targets::parse(
            "[ratio]\nratio-at-most = 1.15\nissue = 24\nwhy = \"w\"\n\n\
             [rate]\nat-least = 20000\nunit = \"calls/s\"\nissue = 6\nwhy = \"w\"\n",
        )
        .expect("a valid file");
        let ratio = targets.get("ratio").expect("ratio");
        assert_eq!(ratio.text(), "≤ 1.15× (issue 24)");
        assert_eq!(ratio.holds(100.0, Some(1.15)), Some(true));
        assert_eq!(ratio.holds(100.0, Some(1.16)), Some(false));
        assert_eq!(ratio.holds(100.0, None), None);
        assert_eq!(ratio.unit(), None);
        let rate = targets.get("rate").expect("rate");
        assert_eq!(rate.text(), "≥ 20000 calls/s (issue 6)");
        assert_eq!(rate.holds(19_999.0, Some(9.0)), Some(false));
        assert_eq!(rate.unit(), Some("calls/s"));
        assert_eq!(targets.keys().collect::<Vec<_>>(), ["rate", "ratio"]);
    }

    #[test]
    fn a_malformed_entry_is_an_error_naming_it_and_the_rule() {
        for (text, expected) in [
            (
                "[a]\nat-most = 1\nratio-at-most = 1\nunit = \"s\"\nissue = 1\nwhy = \"w\"\n",
                "has 2 limits",
            ),
            ("[a]\nissue = 1\nwhy = \"w\"\n", "has 0 limits"),
            (
                "[a]\nat-most = 1\nissue = 1\nwhy = \"w\"\n",
                "needs the figure's `unit`",
            ),
            (
                "[a]\nratio-at-most = 1\nunit = \"s\"\nissue = 1\nwhy = \"w\"\n",
                "has no `unit`",
            ),
            ("[a]\nratio-at-most = 1\nwhy = \"w\"\n", "`issue`"),
            ("[a]\nratio-at-most = 1\nissue = 1\n", "`why`"),
            (
                "[a]\nratio-at-most = \"1.3\"\nissue = 1\nwhy = \"w\"\n",
                "not a non-negative number",
            ),
            (
                "[a]\nratio-at-mots = 1\nissue = 1\nwhy = \"w\"\n",
                "unknown field `ratio-at-mots`",
            ),
            ("a = 1\n", "`a` is not a table"),
        ] {
            let error = format!("{:#}", Targets::parse(text).expect_err(text));
            assert!(error.contains(expected), "{text}: {error}");
            if !text.starts_with("a =") {
                assert!(error.contains("target `a`"), "{text}: {error}");
            }
        }
    }
}
