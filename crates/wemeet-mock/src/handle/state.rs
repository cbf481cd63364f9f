//! The state one server shares between its connections and its handle.

use std::sync::{Mutex, MutexGuard, PoisonError};

use std::sync::Arc;
use std::time::Duration;

use wemeet_sign::{Clock, Verifier};

use crate::api::access_tokens::AccessTokens;
use crate::api::behaviours::Behaviours;
use crate::api::fault::FaultQueue;
use crate::api::ledger::RequestLog;
use crate::api::store::Store;
use crate::callbacks::outbox::Outbox;

/// Everything a running mock holds.
pub(crate) struct App {
    pub(crate) verifier: Verifier,
    /// The OAuth 2.0 access tokens issued through the handle.
    pub(crate) tokens: Mutex<AccessTokens>,
    /// The clock of the timestamp window and of token expiry.
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) store: Mutex<Store>,
    pub(crate) log: Mutex<RequestLog>,
    pub(crate) faults: Mutex<FaultQueue>,
    /// The largest request body read, in bytes.
    pub(crate) body_limit: usize,
    /// How long a request body may take to arrive, from its head.
    pub(crate) body_timeout: Duration,
    /// What each endpoint does.
    pub(crate) behaviours: Behaviours,
    /// The event subscription and the events on their way to it.
    pub(crate) outbox: Outbox,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("verifier", &self.verifier)
            .field("body_limit", &self.body_limit)
            .field("body_timeout", &self.body_timeout)
            .field("behaviours", &self.behaviours)
            .finish_non_exhaustive()
    }
}

/// Locks `mutex`, going on with the data if a thread panicked while holding it: every critical section leaves the
/// data consistent, so a panic elsewhere must not take the mock down.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
