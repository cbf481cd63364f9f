//! Timestamps in Unix seconds, travelling as strings of decimal digits.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A timestamp in Unix seconds (时间戳，单位秒), as `start_time` and `end_time` carry it.
///
/// On the wire it is a string of decimal digits (`"1572172200"`); decoding also accepts a JSON integer, in
/// case the server ever sends one. It converts to and from `u64` and [`SystemTime`].
///
/// ```
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
/// use wemeet_types::UnixSeconds;
///
/// let start = UnixSeconds::from(1_572_172_200);
/// assert_eq!(serde_json::to_string(&start).unwrap(), r#""1572172200""#);
/// assert_eq!(start.to_system_time(), Some(UNIX_EPOCH + Duration::from_secs(1_572_172_200)));
/// assert_eq!(UnixSeconds::from(UNIX_EPOCH + Duration::from_millis(1_500)), UnixSeconds::new(1));
/// assert_eq!("1572172200".parse::<UnixSeconds>().unwrap().get(), 1_572_172_200);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixSeconds(u64);

impl UnixSeconds {
    /// The timestamp `seconds` after the Unix epoch.
    pub const fn new(seconds: u64) -> Self {
        Self(seconds)
    }

    /// Seconds since the Unix epoch.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The current time, to the second (0 if the system clock is before 1970).
    pub fn now() -> Self {
        SystemTime::now().into()
    }

    /// The timestamp as a [`SystemTime`]; `None` when this platform's `SystemTime` cannot represent it.
    pub fn to_system_time(self) -> Option<SystemTime> {
        UNIX_EPOCH.checked_add(Duration::from_secs(self.0))
    }

    /// The timestamp `duration` later, `None` on overflow.
    pub fn checked_add(self, duration: Duration) -> Option<Self> {
        self.0.checked_add(duration.as_secs()).map(Self)
    }
}

impl From<u64> for UnixSeconds {
    fn from(seconds: u64) -> Self {
        Self(seconds)
    }
}

impl From<UnixSeconds> for u64 {
    fn from(timestamp: UnixSeconds) -> Self {
        timestamp.0
    }
}

impl From<SystemTime> for UnixSeconds {
    /// Whole seconds since the epoch, the fraction dropped; a time before 1970 becomes 0.
    fn from(time: SystemTime) -> Self {
        Self(
            time.duration_since(UNIX_EPOCH)
                .map_or(0, |since| since.as_secs()),
        )
    }
}

impl fmt::Display for UnixSeconds {
    /// The decimal digits, as on the wire.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// Text that is not a Unix-seconds timestamp: it must be 1 to 20 ASCII digits and fit in a `u64`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseUnixSecondsError {
    /// How many bytes the rejected text had (the text itself is not kept).
    pub length: usize,
}

impl fmt::Display for ParseUnixSecondsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected Unix seconds as 1 to 20 decimal digits fitting in 64 bits, got {} bytes of other text",
            self.length
        )
    }
}

impl std::error::Error for ParseUnixSecondsError {}

impl FromStr for UnixSeconds {
    type Err = ParseUnixSecondsError;

    /// Accepts only ASCII digits: no sign, no spaces, no fraction.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || ParseUnixSecondsError { length: text.len() };
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error());
        }
        text.parse::<u64>().map(Self).map_err(|_| error())
    }
}

impl serde::Serialize for UnixSeconds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for UnixSeconds {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct UnixSecondsVisitor;

        impl serde::de::Visitor<'_> for UnixSecondsVisitor {
            type Value = UnixSeconds;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("Unix seconds as a string of decimal digits")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<UnixSeconds, E> {
                text.parse()
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }

            fn visit_u64<E: serde::de::Error>(self, seconds: u64) -> Result<UnixSeconds, E> {
                Ok(UnixSeconds(seconds))
            }

            fn visit_i64<E: serde::de::Error>(self, seconds: i64) -> Result<UnixSeconds, E> {
                u64::try_from(seconds)
                    .map(UnixSeconds)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(seconds), &self))
            }
        }

        deserializer.deserialize_any(UnixSecondsVisitor)
    }
}
