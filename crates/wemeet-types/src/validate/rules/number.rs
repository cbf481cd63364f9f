//! Rules about numbers and counts: ranges, documented codes, list sizes, order between two fields.

use crate::Rule;

/// The integer must lie in `min..=max` (`minimum`, `maximum`, `x-max-is-count-of`).
pub(crate) fn range(actual: i64, min: i64, max: i64) -> Result<(), Rule> {
    if (min..=max).contains(&actual) {
        Ok(())
    } else {
        Err(Rule::Range { min, max, actual })
    }
}

/// The code must be one of `allowed` (`enum`).
pub(crate) fn one_of(actual: i64, allowed: &'static [i64]) -> Result<(), Rule> {
    if allowed.contains(&actual) {
        Ok(())
    } else {
        Err(Rule::OneOf { allowed, actual })
    }
}

/// A list must hold `min..=max` entries (`minItems`, `maxItems`).
pub(crate) fn count(actual: usize, min: usize, max: usize) -> Result<(), Rule> {
    if (min..=max).contains(&actual) {
        Ok(())
    } else {
        Err(Rule::Count { min, max, actual })
    }
}

/// The value must be greater than the sibling field `other`'s (`x-after`).
pub(crate) fn after(
    other: &'static str,
    other_value: Option<i128>,
    actual: Option<i128>,
) -> Result<(), Rule> {
    match (other_value, actual) {
        (Some(other_value), Some(actual)) if actual <= other_value => Err(Rule::After {
            other,
            other_value,
            actual,
        }),
        // Later than it, or one of the two left out: nothing to compare.
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_inclusive() {
        assert_eq!(range(1, 1, 7), Ok(()));
        assert_eq!(range(7, 1, 7), Ok(()));
        assert_eq!(
            range(0, 1, 7),
            Err(Rule::Range {
                min: 1,
                max: 7,
                actual: 0
            })
        );
        assert_eq!(count(7, 1, 7), Ok(()));
        assert!(count(8, 1, 7).is_err());
        assert!(count(0, 1, 7).is_err());
    }

    #[test]
    fn after_is_strict() {
        assert_eq!(after("start_time", Some(100), Some(101)), Ok(()));
        assert_eq!(
            after("start_time", None, Some(1)),
            Ok(()),
            "nothing to compare"
        );
        assert_eq!(
            after("start_time", Some(100), Some(100)),
            Err(Rule::After {
                other: "start_time",
                other_value: 100,
                actual: 100
            })
        );
    }

    #[test]
    fn one_of_lists_the_codes() {
        assert_eq!(one_of(1, &[0, 1]), Ok(()));
        assert_eq!(
            one_of(2, &[0, 1]),
            Err(Rule::OneOf {
                allowed: &[0, 1],
                actual: 2
            })
        );
    }
}
