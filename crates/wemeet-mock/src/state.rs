//! The state one server shares between its connections and its handle.

use std::sync::{Mutex, MutexGuard, PoisonError};

use wemeet_sign::Verifier;

use crate::behaviour::Behaviours;
use crate::fault::FaultQueue;
use crate::ledger::RequestLog;
use crate::outbox::Outbox;
use crate::store::Store;

/// Everything a running mock holds.
#[derive(Debug)]
pub(crate) struct App {
    pub(crate) verifier: Verifier,
    pub(crate) store: Mutex<Store>,
    pub(crate) log: Mutex<RequestLog>,
    pub(crate) faults: Mutex<FaultQueue>,
    /// The largest request body read, in bytes.
    pub(crate) body_limit: usize,
    /// What each endpoint does.
    pub(crate) behaviours: Behaviours,
    /// The event subscription and the events on their way to it.
    pub(crate) outbox: Outbox,
}

/// Locks `mutex`, going on with the data if a thread panicked while holding it: every critical section leaves the
/// data consistent, so a panic elsewhere must not take the mock down.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
