//! Times as text, the way the users service writes them (`update_time` `2020-04-21 18:01:29`, `entry_time`
//! `2021-08-09`): in China Standard Time (UTC+8, no daylight saving), the service's own zone.

/// Seconds east of UTC of China Standard Time.
const UTC_OFFSET_SECONDS: i64 = 8 * 3600;

/// `yyyy-MM-dd HH:mm:ss` in China Standard Time of `unix_seconds`.
pub(crate) fn date_time(unix_seconds: i64) -> String {
    let local = unix_seconds.saturating_add(UTC_OFFSET_SECONDS);
    let seconds_of_day = local.rem_euclid(86_400);
    format!(
        "{} {:02}:{:02}:{:02}",
        date_of_day(local.div_euclid(86_400)),
        seconds_of_day / 3600,
        seconds_of_day % 3600 / 60,
        seconds_of_day % 60
    )
}

/// `yyyy-MM-dd` in China Standard Time of `unix_seconds`.
pub(crate) fn date(unix_seconds: i64) -> String {
    date_of_day(
        unix_seconds
            .saturating_add(UTC_OFFSET_SECONDS)
            .div_euclid(86_400),
    )
}

/// The day number (days since 1970-01-01) of `unix_seconds` in China Standard Time: what "once a day" counts.
pub(crate) fn day(unix_seconds: i64) -> i64 {
    unix_seconds
        .saturating_add(UTC_OFFSET_SECONDS)
        .div_euclid(86_400)
}

/// The civil date of day `days` since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
/// `civil_from_days`).
fn date_of_day(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_china_standard_time() {
        // 2020-04-21 10:01:29 UTC, the docs' update_time in Beijing.
        assert_eq!(date_time(1_587_463_289), "2020-04-21 18:01:29");
        // The users docs' entry_time example, 1628495795: 2021-08-09 in Beijing.
        assert_eq!(date(1_628_495_795), "2021-08-09");
        assert_eq!(date_time(0), "1970-01-01 08:00:00");
        // 16:00 UTC on 2024-02-28 is already the 29th in Beijing (a leap day).
        assert_eq!(date(1_709_136_000), "2024-02-29");
        assert_eq!(date(-86_400 * 365), "1969-01-01");
        assert_eq!(day(1_709_136_000) - day(1_709_136_000 - 8 * 3600), 1);
    }
}
