//! Times in event callbacks: an integer in the current envelope, a date and time string in the legacy one.

use std::fmt;
use std::str::FromStr;

/// A time in an event callback (事件时间), as the service sent it.
///
/// The current envelope sends integers: Unix **milliseconds** for a payload's `operate_time`, Unix
/// **seconds** for a meeting's `start_time` and `end_time` (each field's docs say which). The legacy
/// envelope sends `"YYYY-MM-DD HH:MM:SS"` strings without a time zone. Any other string is kept as
/// [`EventTime::Text`], so no time breaks the decoding of an event; each form encodes as it was received.
///
/// ```
/// use wemeet_types::{EventDateTime, EventTime};
///
/// let current: EventTime = serde_json::from_str("1609313201465").unwrap();
/// assert_eq!(current.integer(), Some(1_609_313_201_465));
///
/// let legacy: EventTime = serde_json::from_str(r#""2020-12-29 17:41:06""#).unwrap();
/// let local = legacy.date_time().unwrap();
/// assert_eq!((local.year(), local.month(), local.day()), (2020, 12, 29));
/// // The docs name no time zone; the service's is China Standard Time (UTC+8).
/// assert_eq!(local.to_unix_seconds(8 * 3600), 1_609_234_866);
/// assert_eq!(serde_json::to_string(&legacy).unwrap(), r#""2020-12-29 17:41:06""#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventTime {
    /// An integer (current envelope): milliseconds or seconds since the Unix epoch, depending on the field.
    Integer(u64),
    /// A `YYYY-MM-DD HH:MM:SS` date and time (legacy envelope), in an unstated time zone.
    DateTime(EventDateTime),
    /// Any other string, kept as sent.
    Text(String),
}

impl EventTime {
    /// The integer, when the time is one (or a string of decimal digits that fits in a `u64`).
    pub fn integer(&self) -> Option<u64> {
        match self {
            Self::Integer(value) => Some(*value),
            Self::Text(text) if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => {
                text.parse().ok()
            }
            Self::DateTime(_) | Self::Text(_) => None,
        }
    }

    /// The date and time, when the time is a legacy `YYYY-MM-DD HH:MM:SS` string.
    pub fn date_time(&self) -> Option<EventDateTime> {
        match self {
            Self::DateTime(date_time) => Some(*date_time),
            Self::Integer(_) | Self::Text(_) => None,
        }
    }
}

impl From<u64> for EventTime {
    fn from(value: u64) -> Self {
        Self::Integer(value)
    }
}

impl From<EventDateTime> for EventTime {
    fn from(date_time: EventDateTime) -> Self {
        Self::DateTime(date_time)
    }
}

impl From<&str> for EventTime {
    /// A `YYYY-MM-DD HH:MM:SS` string becomes [`EventTime::DateTime`], anything else [`EventTime::Text`].
    fn from(text: &str) -> Self {
        text.parse()
            .map_or_else(|_| Self::Text(text.to_owned()), Self::DateTime)
    }
}

impl serde::Serialize for EventTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serializer.serialize_u64(*value),
            Self::DateTime(date_time) => serializer.collect_str(date_time),
            Self::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> serde::Deserialize<'de> for EventTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EventTimeVisitor;

        impl serde::de::Visitor<'_> for EventTimeVisitor {
            type Value = EventTime;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time: a non-negative integer or a string")
            }

            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<EventTime, E> {
                Ok(EventTime::Integer(value))
            }

            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<EventTime, E> {
                u64::try_from(value)
                    .map(EventTime::Integer)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(value), &self))
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<EventTime, E> {
                Ok(EventTime::from(text))
            }
        }

        deserializer.deserialize_any(EventTimeVisitor)
    }
}

/// A calendar date and wall-clock time, `YYYY-MM-DD HH:MM:SS`, as the legacy event envelope sends it.
///
/// Parsing checks the layout and the ranges (month 1–12, a day that exists in that month, hour 0–23, minute
/// and second 0–59); `Display` gives the same layout back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventDateTime {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
}

impl EventDateTime {
    /// The year, 0 to 9999.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    pub fn minute(self) -> u8 {
        self.minute
    }

    /// The second, 0 to 59.
    pub fn second(self) -> u8 {
        self.second
    }

    /// Seconds since the Unix epoch, reading the date and time in a zone `utc_offset_seconds` east of UTC
    /// (`8 * 3600` for China Standard Time). Negative before 1970.
    pub fn to_unix_seconds(self, utc_offset_seconds: i32) -> i64 {
        let days = days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let seconds_of_day =
            i64::from(self.hour) * 3600 + i64::from(self.minute) * 60 + i64::from(self.second);
        days * 86_400 + seconds_of_day - i64::from(utc_offset_seconds)
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Text that is not a `YYYY-MM-DD HH:MM:SS` date and time.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseEventDateTimeError;

impl fmt::Display for ParseEventDateTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "expected a date and time as YYYY-MM-DD HH:MM:SS with a valid month, day and time",
        )
    }
}

impl std::error::Error for ParseEventDateTimeError {}

impl FromStr for EventDateTime {
    type Err = ParseEventDateTimeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bytes = text.as_bytes();
        let [
            y0,
            y1,
            y2,
            y3,
            b'-',
            m0,
            m1,
            b'-',
            d0,
            d1,
            b' ',
            h0,
            h1,
            b':',
            i0,
            i1,
            b':',
            s0,
            s1,
        ] = *bytes
        else {
            return Err(ParseEventDateTimeError);
        };
        let digits = |ds: &[u8]| -> Result<u16, ParseEventDateTimeError> {
            ds.iter().try_fold(0_u16, |value, &d| {
                if d.is_ascii_digit() {
                    Ok(value * 10 + u16::from(d - b'0'))
                } else {
                    Err(ParseEventDateTimeError)
                }
            })
        };
        let small = |ds: &[u8]| digits(ds).map(|v| v as u8);
        let date_time = Self {
            year: digits(&[y0, y1, y2, y3])?,
            month: small(&[m0, m1])?,
            day: small(&[d0, d1])?,
            hour: small(&[h0, h1])?,
            minute: small(&[i0, i1])?,
            second: small(&[s0, s1])?,
        };
        let valid = (1..=12).contains(&date_time.month)
            && (1..=days_in_month(date_time.year, date_time.month)).contains(&date_time.day)
            && date_time.hour < 24
            && date_time.minute < 60
            && date_time.second < 60;
        if valid {
            Ok(date_time)
        } else {
            Err(ParseEventDateTimeError)
        }
    }
}

impl fmt::Display for EventDateTime {
    /// `YYYY-MM-DD HH:MM:SS`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_and_leap_days_convert() {
        let at = |text: &str| text.parse::<EventDateTime>().unwrap().to_unix_seconds(0);
        assert_eq!(at("1970-01-01 00:00:00"), 0);
        assert_eq!(at("2000-02-29 12:00:00"), 951_825_600);
        assert_eq!(at("1969-12-31 23:59:59"), -1);
        assert_eq!(
            at("2024-03-01 00:00:00") - at("2024-02-28 00:00:00"),
            2 * 86_400
        );
    }

    #[test]
    fn impossible_dates_and_other_layouts_are_refused() {
        for text in [
            "2021-02-29 00:00:00",
            "2020-13-01 00:00:00",
            "2020-00-01 00:00:00",
            "2020-04-31 00:00:00",
            "2020-01-01 24:00:00",
            "2020-01-01 00:60:00",
            "2020-01-01T00:00:00",
            "2020-1-01 00:00:00",
            "2020-01-01 00:00:00 ",
            "+020-01-01 00:00:00",
            "２０２０-01-01 00:00",
        ] {
            assert_eq!(
                text.parse::<EventDateTime>(),
                Err(ParseEventDateTimeError),
                "{text}"
            );
        }
    }

    #[test]
    fn every_form_decodes_and_encodes_as_received() {
        for (json, expected) in [
            ("0", EventTime::Integer(0)),
            ("18446744073709551615", EventTime::Integer(u64::MAX)),
            (
                r#""2020-12-29 18:01:04""#,
                EventTime::from("2020-12-29 18:01:04"),
            ),
            (r#""1609313201""#, EventTime::Text("1609313201".into())),
            (r#""tomorrow""#, EventTime::Text("tomorrow".into())),
        ] {
            let time: EventTime = serde_json::from_str(json).unwrap();
            assert_eq!(time, expected);
            assert_eq!(serde_json::to_string(&time).unwrap(), json);
        }
        assert!(matches!(
            EventTime::from("2020-12-29 18:01:04"),
            EventTime::DateTime(_)
        ));
        assert_eq!(
            EventTime::Text("1609313201".into()).integer(),
            Some(1_609_313_201)
        );
        assert_eq!(
            EventTime::Text("99999999999999999999".into()).integer(),
            None
        );
        for refused in ["-1", "1.5", "true", "null", "[]", "{}"] {
            assert!(
                serde_json::from_str::<EventTime>(refused).is_err(),
                "{refused}"
            );
        }
    }
}
