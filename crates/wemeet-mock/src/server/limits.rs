//! The limits that keep a mock left running (in CI, on a shared machine) from being held open by stalled or
//! numerous clients: how long a connection may stay silent, send a request head or a body, and how many
//! connections are served at once.

use std::time::Duration;

/// A limit the builder was given that cannot work; [`MockServerBuilder::start`](crate::MockServerBuilder::start)
/// refuses it before binding, inside an [`io::Error`](std::io::Error) of kind
/// [`InvalidInput`](std::io::ErrorKind::InvalidInput) (reach it with `error.get_ref()` and `downcast_ref`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LimitError {
    /// A timeout or a connection count of zero, which would refuse every request.
    #[error("{setting} must be more than zero (it would refuse every request)")]
    Zero {
        /// The builder setting, e.g. `header_timeout`.
        setting: &'static str,
    },
}

/// The network limits of one server, checked and bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ConnectionLimits {
    /// From the first byte of a request head to its end.
    pub(crate) header_timeout: Duration,
    /// From accepting a connection, or from the end of its last response, to the first byte of the next request.
    pub(crate) idle_timeout: Duration,
    /// From the request head to the end of its body.
    pub(crate) body_timeout: Duration,
    /// Connections served at once; more wait to be accepted.
    pub(crate) max_connections: usize,
}

/// The longest timeout applied: a longer one is cut to this, so that adding it to the clock cannot overflow
/// (hyper adds the header timeout to `Instant::now()`, which panics on overflow).
pub(crate) const LONGEST_TIMEOUT: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// The most connections counted: a larger cap is cut to this (Tokio's semaphore holds no more permits).
pub(crate) const MOST_CONNECTIONS: usize = tokio::sync::Semaphore::MAX_PERMITS;

impl ConnectionLimits {
    /// Checks the limits (none may be zero) and cuts the huge ones to what the clock and the semaphore hold.
    pub(crate) fn checked(self) -> Result<Self, LimitError> {
        for (setting, timeout) in [
            ("header_timeout", self.header_timeout),
            ("idle_timeout", self.idle_timeout),
            ("body_timeout", self.body_timeout),
        ] {
            if timeout.is_zero() {
                return Err(LimitError::Zero { setting });
            }
        }
        if self.max_connections == 0 {
            return Err(LimitError::Zero {
                setting: "max_connections",
            });
        }
        Ok(Self {
            header_timeout: self.header_timeout.min(LONGEST_TIMEOUT),
            idle_timeout: self.idle_timeout.min(LONGEST_TIMEOUT),
            body_timeout: self.body_timeout.min(LONGEST_TIMEOUT),
            max_connections: self.max_connections.min(MOST_CONNECTIONS),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> ConnectionLimits {
        ConnectionLimits {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            body_timeout: Duration::from_secs(30),
            max_connections: 1024,
        }
    }

    #[test]
    fn zero_is_refused_naming_the_setting() {
        let cases = [
            ConnectionLimits {
                header_timeout: Duration::ZERO,
                ..limits()
            },
            ConnectionLimits {
                idle_timeout: Duration::ZERO,
                ..limits()
            },
            ConnectionLimits {
                body_timeout: Duration::ZERO,
                ..limits()
            },
            ConnectionLimits {
                max_connections: 0,
                ..limits()
            },
        ];
        let names = [
            "header_timeout",
            "idle_timeout",
            "body_timeout",
            "max_connections",
        ];
        for (case, name) in cases.into_iter().zip(names) {
            let error = case.checked().expect_err("zero refused");
            assert_eq!(error, LimitError::Zero { setting: name });
            assert!(error.to_string().starts_with(name), "{error}");
        }
    }

    #[test]
    fn huge_values_are_cut_to_what_the_clock_and_the_semaphore_hold() {
        let huge = ConnectionLimits {
            header_timeout: Duration::MAX,
            idle_timeout: Duration::MAX,
            body_timeout: Duration::MAX,
            max_connections: usize::MAX,
        }
        .checked()
        .expect("huge is fine");
        assert_eq!(huge.header_timeout, LONGEST_TIMEOUT);
        assert_eq!(huge.idle_timeout, LONGEST_TIMEOUT);
        assert_eq!(huge.body_timeout, LONGEST_TIMEOUT);
        assert_eq!(huge.max_connections, MOST_CONNECTIONS);
        // What hyper and the connection task do with them must not overflow.
        let now = std::time::Instant::now();
        assert!(now.checked_add(huge.header_timeout).is_some());
        let _ = tokio::sync::Semaphore::new(huge.max_connections);
        assert_eq!(limits().checked(), Ok(limits()));
    }
}
