//! Times as the service writes them: local date and time in China Standard Time (UTC+8, no daylight saving), the
//! service's zone. The meeting-room pages write `2022/11/22 14:35:26` (room-call status) or RFC 3339,
//! `2022-05-20T11:19:55+08:00` (the `room.response` event); the users service `2020-04-21 18:01:29`
//! (`update_time`) and `2021-08-09` (`entry_time`), and counts "once a day" by the local [`day`].

/// The service's zone: UTC+8, in seconds.
const UTC_OFFSET_SECONDS: i64 = 8 * 3600;

/// The civil date and time of Unix second `unix` in China Standard Time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LocalTime {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
}

impl LocalTime {
    fn at(unix: i64) -> Self {
        let local = unix.saturating_add(UTC_OFFSET_SECONDS);
        let days = local.div_euclid(86_400);
        let of_day = local.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        let part = |value: i64| u32::try_from(value).unwrap_or(0);
        Self {
            year,
            month,
            day,
            hour: part(of_day / 3600),
            minute: part(of_day % 3600 / 60),
            second: part(of_day % 60),
        }
    }
}

/// `2022/11/22 14:35:26`: Unix second `unix` as the room-call status page writes a time.
pub(crate) fn slashed(unix: u64) -> String {
    let t = LocalTime::at(i64::try_from(unix).unwrap_or(i64::MAX));
    format!(
        "{:04}/{:02}/{:02} {:02}:{:02}:{:02}",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

/// `2022-05-20T11:19:55+08:00`: Unix second `unix` as the `room.response` event writes a time.
pub(crate) fn rfc3339(unix: u64) -> String {
    let t = LocalTime::at(i64::try_from(unix).unwrap_or(i64::MAX));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+08:00",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

/// `2020-04-21 18:01:29`: Unix second `unix` as the users service writes a time (`update_time`).
pub(crate) fn date_time(unix: i64) -> String {
    let t = LocalTime::at(unix);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

/// `2021-08-09`: Unix second `unix` as the users service writes a date (`entry_time`).
pub(crate) fn date(unix: i64) -> String {
    let t = LocalTime::at(unix);
    format!("{:04}-{:02}-{:02}", t.year, t.month, t.day)
}

/// The day number (days since 1970-01-01) of Unix second `unix` in China Standard Time: what "once a day" counts.
pub(crate) fn day(unix: i64) -> i64 {
    unix.saturating_add(UTC_OFFSET_SECONDS).div_euclid(86_400)
}

/// The date `days` after 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    let part = |value: i64| u32::try_from(value).unwrap_or(1);
    (year, part(month), part(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_written_in_china_standard_time() {
        // 2022-11-22 06:35:26 UTC is 14:35:26 in Beijing.
        assert_eq!(slashed(1_669_098_926), "2022/11/22 14:35:26");
        // 2022-05-20 03:19:55 UTC.
        assert_eq!(rfc3339(1_653_016_795), "2022-05-20T11:19:55+08:00");
        assert_eq!(slashed(0), "1970/01/01 08:00:00");
        // The local day changes at 16:00 UTC; 2024 is a leap year.
        assert_eq!(slashed(1_709_222_400), "2024/03/01 00:00:00");
        assert_eq!(slashed(1_709_222_399), "2024/02/29 23:59:59");
        assert!(
            slashed(u64::MAX).contains('/'),
            "a far time is written, not a panic"
        );
    }

    #[test]
    fn the_users_service_writes_dashed_dates() {
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
