//! Recognising repeated deliveries of an event, in bounded memory.

use std::collections::{HashSet, VecDeque};
use std::sync::{Mutex, PoisonError};

use sha1::{Digest as _, Sha1};

use crate::event::Event;

/// Recognises a repeated delivery of an event by its name and trace id, remembering at most `capacity` events.
///
/// The service delivers an event again when it is not acknowledged in time (after 1, 3 and 6 minutes,
/// [`RETRY_DELAYS`](crate::RETRY_DELAYS)), so an event handled once can arrive up to three more times within
/// about ten minutes. Each event is remembered as a 20-byte digest of its name and trace id, so memory stays
/// bounded whatever the ids' length; beyond `capacity` the oldest is forgotten first. Size it for the events of
/// more than ten minutes. An event without a trace id cannot be recognised and always counts as new.
///
/// ```
/// use wemeet_webhook::{Deduplicator, Event};
///
/// let seen = Deduplicator::new(1_000);
/// let event = Event::from_json(r#"{"event":"meeting.created","trace_id":"e7aa65dd"}"#).unwrap();
/// assert!(seen.first_delivery(&event));
/// assert!(!seen.first_delivery(&event)); // the retry: acknowledge it, do not handle it again
/// seen.forget(&event); // handling failed: let the next retry through
/// assert!(seen.first_delivery(&event));
/// ```
#[derive(Debug)]
pub struct Deduplicator {
    capacity: usize,
    seen: Mutex<Seen>,
}

#[derive(Debug, Default)]
struct Seen {
    keys: HashSet<Key>,
    oldest_first: VecDeque<Key>,
}

type Key = [u8; 20];

impl Deduplicator {
    /// The capacity of [`Deduplicator::default`]: under 1 MB of memory.
    pub const DEFAULT_CAPACITY: usize = 10_000;

    /// Remembers at most `capacity` events (at least one).
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            seen: Mutex::new(Seen::default()),
        }
    }

    /// Whether this is the first delivery of `event` that this deduplicator saw; it is remembered from now on.
    pub fn first_delivery(&self, event: &Event) -> bool {
        let Some(key) = key(event) else {
            return true;
        };
        let mut seen = self.lock();
        if !seen.keys.insert(key) {
            return false;
        }
        seen.oldest_first.push_back(key);
        while seen.oldest_first.len() > self.capacity {
            if let Some(oldest) = seen.oldest_first.pop_front() {
                seen.keys.remove(&oldest);
            }
        }
        true
    }

    /// Forgets `event`, so that its next delivery counts as the first: for when handling it failed and the
    /// receiver answers with an error to have it delivered again.
    pub fn forget(&self, event: &Event) {
        let Some(key) = key(event) else {
            return;
        };
        let mut seen = self.lock();
        if seen.keys.remove(&key) {
            seen.oldest_first.retain(|kept| *kept != key);
        }
    }

    /// How many events are remembered.
    pub fn len(&self) -> usize {
        self.lock().keys.len()
    }

    /// Whether no event is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most events remembered at once.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Seen> {
        // Every change of `Seen` keeps it consistent between statements that can panic (none can), so a poisoned
        // lock still guards a usable set.
        self.seen.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Default for Deduplicator {
    fn default() -> Self {
        Self::new(Self::DEFAULT_CAPACITY)
    }
}

/// SHA-1 of the event name, a separator no name contains, and the trace id.
fn key(event: &Event) -> Option<Key> {
    let trace_id = event.trace_id()?;
    let mut sha1 = Sha1::new();
    sha1.update(event.name().as_bytes());
    sha1.update([0]);
    sha1.update(trace_id.as_bytes());
    Some(sha1.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(name: &str, trace_id: &str) -> Event {
        Event::from_json(&format!(r#"{{"event":"{name}","trace_id":"{trace_id}"}}"#)).unwrap()
    }

    #[test]
    fn the_same_trace_id_of_another_event_is_another_event() {
        let seen = Deduplicator::new(10);
        assert!(seen.first_delivery(&event("meeting.created", "t1")));
        assert!(seen.first_delivery(&event("meeting.medium-uploaded", "t1")));
        assert!(!seen.first_delivery(&event("meeting.created", "t1")));
        assert!(seen.first_delivery(&event("meeting.created", "t2")));
    }

    #[test]
    fn the_legacy_unique_sequence_counts_as_the_trace_id() {
        let seen = Deduplicator::new(10);
        let legacy =
            Event::from_json(r#"{"event":"meeting.created","unique_sequence":"t1"}"#).unwrap();
        assert!(seen.first_delivery(&legacy));
        assert!(!seen.first_delivery(&event("meeting.created", "t1")));
    }

    #[test]
    fn events_without_a_trace_id_always_pass() {
        let seen = Deduplicator::new(10);
        let anonymous = Event::from_json(r#"{"event":"meeting.created"}"#).unwrap();
        assert!(seen.first_delivery(&anonymous));
        assert!(seen.first_delivery(&anonymous));
        assert!(seen.is_empty());
    }

    #[test]
    fn memory_stays_bounded_and_the_oldest_is_forgotten_first() {
        let seen = Deduplicator::new(100);
        for i in 0..1_000 {
            assert!(seen.first_delivery(&event("meeting.created", &format!("{i:0>500}"))));
            assert!(seen.len() <= 100);
            assert!(seen.lock().oldest_first.len() <= 100);
        }
        assert!(!seen.first_delivery(&event("meeting.created", &format!("{:0>500}", 999))));
        assert!(!seen.first_delivery(&event("meeting.created", &format!("{:0>500}", 900))));
        assert!(seen.first_delivery(&event("meeting.created", &format!("{:0>500}", 899))));
    }

    #[test]
    fn a_forgotten_event_is_new_again_and_stays_bounded() {
        let seen = Deduplicator::new(2);
        let first = event("meeting.created", "t1");
        assert!(seen.first_delivery(&first));
        seen.forget(&first);
        assert!(seen.first_delivery(&first));
        assert!(seen.first_delivery(&event("meeting.created", "t2")));
        assert!(seen.first_delivery(&event("meeting.created", "t3")));
        assert_eq!(seen.len(), 2);
        assert!(
            seen.first_delivery(&first),
            "t1 was the oldest and is forgotten"
        );
    }
}
