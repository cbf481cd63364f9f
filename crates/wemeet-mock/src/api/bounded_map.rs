//! A map that remembers the order its entries were added in and weighs them, dropping the oldest once they weigh
//! more than its bound: how the stores of users and recordings stay bounded in bytes, as the meetings are, so that
//! a mock left running (in CI, on a shared machine) does not grow without end.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// What an entry weighs, in bytes: its strings and a fixed overhead, roughly.
pub(crate) trait Weigh {
    /// The entry's weight in bytes.
    fn weight(&self) -> usize;
}

/// Entries by key, oldest first, weighing at most `max_bytes` together (the entry just added or changed stays
/// even alone over the bound).
#[derive(Debug)]
pub(crate) struct BoundedMap<K, V> {
    entries: HashMap<K, Entry<V>>,
    /// Keys by the sequence number of their entry: iteration and eviction in the order entries were added.
    order: BTreeMap<u64, K>,
    next_sequence: u64,
    bytes: usize,
    max_bytes: usize,
}

#[derive(Debug)]
struct Entry<V> {
    sequence: u64,
    weight: usize,
    value: V,
}

impl<K: Eq + Hash + Clone, V: Weigh> BoundedMap<K, V> {
    /// An empty map of at most `max_bytes` of entries.
    pub(crate) fn new(max_bytes: usize) -> Self {
        Self {
            entries: HashMap::new(),
            order: BTreeMap::new(),
            next_sequence: 0,
            bytes: 0,
            max_bytes,
        }
    }

    /// Adds `value` under `key` as the newest entry (replacing an entry with that key), then drops the oldest
    /// entries while the map weighs more than its bound; returns the values dropped, oldest first, so that the
    /// caller can forget what refers to them.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Vec<V> {
        self.remove(&key);
        let weight = value.weight();
        let sequence = self.next_sequence;
        self.next_sequence += 1;
        self.order.insert(sequence, key.clone());
        self.entries.insert(
            key.clone(),
            Entry {
                sequence,
                weight,
                value,
            },
        );
        self.bytes += weight;
        self.evict_for(&key)
    }

    /// The entry under `key`.
    pub(crate) fn get(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|entry| &entry.value)
    }

    /// Changes the entry under `key` with `change`, then weighs it again and drops the oldest other entries while
    /// the map weighs more than its bound; `None` (nothing changed) when there is no such entry.
    pub(crate) fn update<R>(
        &mut self,
        key: &K,
        change: impl FnOnce(&mut V) -> R,
    ) -> Option<(R, Vec<V>)> {
        let entry = self.entries.get_mut(key)?;
        let result = change(&mut entry.value);
        let weight = entry.value.weight();
        self.bytes = self.bytes - entry.weight + weight;
        entry.weight = weight;
        Some((result, self.evict_for(key)))
    }

    /// Removes the entry under `key` and answers it.
    pub(crate) fn remove(&mut self, key: &K) -> Option<V> {
        let entry = self.entries.remove(key)?;
        self.order.remove(&entry.sequence);
        self.bytes -= entry.weight;
        Some(entry.value)
    }

    /// The entries, oldest first.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.order
            .values()
            .filter_map(|key| self.entries.get(key))
            .map(|entry| &entry.value)
    }

    /// How many entries there are.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Drops the oldest entries other than `kept` while the map weighs more than its bound.
    fn evict_for(&mut self, kept: &K) -> Vec<V> {
        let mut dropped = Vec::new();
        while self.bytes > self.max_bytes {
            let oldest = self
                .order
                .iter()
                .find(|(_, key)| *key != kept)
                .map(|(_, key)| key.clone());
            match oldest.and_then(|key| self.remove(&key)) {
                Some(value) => dropped.push(value),
                None => break,
            }
        }
        dropped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Weigh for String {
        fn weight(&self) -> usize {
            self.len()
        }
    }

    #[test]
    fn entries_come_back_in_the_order_they_were_added_and_a_replaced_one_becomes_the_newest() {
        let mut map = BoundedMap::new(1_000);
        for key in ["a", "b", "c"] {
            assert!(map.insert(key, key.to_owned()).is_empty());
        }
        map.insert("a", "a2".to_owned());
        let values: Vec<&str> = map.values().map(String::as_str).collect();
        assert_eq!(values, ["b", "c", "a2"]);
        assert_eq!(map.remove(&"c").as_deref(), Some("c"));
        assert_eq!(map.get(&"c"), None);
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn the_oldest_entries_go_once_the_map_weighs_more_than_its_bound() {
        let mut map = BoundedMap::new(10);
        map.insert(1, "aaaa".to_owned());
        map.insert(2, "bbbb".to_owned());
        let dropped = map.insert(3, "cccc".to_owned());
        assert_eq!(dropped, ["aaaa"]);
        let grown = map.update(&3, |value| value.push_str("cccccc"));
        let (_, dropped) = grown.expect("entry 3 is there");
        assert_eq!(
            dropped,
            ["bbbb"],
            "the entry just grown stays, the older one goes"
        );
        assert_eq!(map.get(&3).map(String::len), Some(10));
        let (_, dropped) = map.update(&3, |value| value.push('c')).expect("entry 3");
        assert!(dropped.is_empty(), "alone over the bound, it stays");
        assert!(map.update(&9, |_| ()).is_none());
    }
}
