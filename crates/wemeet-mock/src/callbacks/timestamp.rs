//! The wall clock in the unit the service's callbacks use.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch: the callbacks' `timestamp` header and their events' `operate_time`.
pub(crate) fn unix_millis() -> u64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    u64::try_from(now.as_millis()).unwrap_or(u64::MAX)
}
