//! A global allocator that counts what each thread allocates, for tests and benchmarks of allocation counts.
//!
//! A test or benchmark binary installs it:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: wemeet_testkit::CountingAllocator = wemeet_testkit::CountingAllocator;
//! ```
//!
//! and reads the counts of its own thread with [`Allocations::of`] or [`Allocations::on_this_thread`]: other
//! threads (a test harness, a runtime) never disturb them.
// `GlobalAlloc` can only be implemented unsafely; the manifest explains why this crate is the one exception to the
// workspace's `unsafe_code = "forbid"`.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting every allocation and reallocation of the current thread and the bytes it asked
/// for. Frees are not counted.
#[derive(Debug, Clone, Copy, Default)]
pub struct CountingAllocator;

thread_local! {
    // `const`, of a type with no destructor: reading them never allocates and works until the thread is gone.
    static COUNT: Cell<u64> = const { Cell::new(0) };
    static BYTES: Cell<u64> = const { Cell::new(0) };
}

/// Adds one allocation of `bytes` to this thread's counts.
fn count(bytes: usize) {
    let bytes = u64::try_from(bytes).unwrap_or(u64::MAX);
    let _ = COUNT.try_with(|count| count.set(count.get().saturating_add(1)));
    let _ = BYTES.try_with(|total| total.set(total.get().saturating_add(bytes)));
}

// SAFETY: every call is passed on unchanged to the system allocator, which upholds `GlobalAlloc`'s contract; the
// counting touches only `const` thread-locals, which never allocate.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller upholds `GlobalAlloc::alloc_zeroed`'s contract, passed on as is.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` (every allocation above is) with `layout`, as the caller
        // guarantees.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract, passed on as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Allocations counted by [`CountingAllocator`] on one thread: how many, and the bytes asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Allocations {
    /// Allocations and reallocations.
    pub count: u64,
    /// The bytes they asked for (a reallocation counts its new size).
    pub bytes: u64,
}

impl Allocations {
    /// The counts of this thread so far (zero where the binary does not install [`CountingAllocator`]).
    pub fn on_this_thread() -> Self {
        Self {
            count: COUNT.try_with(Cell::get).unwrap_or_default(),
            bytes: BYTES.try_with(Cell::get).unwrap_or_default(),
        }
    }

    /// What `work` allocated on this thread, and what it returned.
    pub fn of<R>(work: impl FnOnce() -> R) -> (Self, R) {
        let before = Self::on_this_thread();
        let returned = work();
        let after = Self::on_this_thread();
        let made = Self {
            count: after.count.saturating_sub(before.count),
            bytes: after.bytes.saturating_sub(before.bytes),
        };
        (made, returned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[global_allocator]
    static ALLOCATOR: CountingAllocator = CountingAllocator;

    #[test]
    fn counts_each_allocation_and_reallocation_with_the_bytes_asked_for() {
        let (made, ()) = Allocations::of(|| {
            std::hint::black_box(vec![0_u8; 1000]);
        });
        assert_eq!(
            made,
            Allocations {
                count: 1,
                bytes: 1000
            }
        );
        let (made, grown) = Allocations::of(|| {
            let mut grown = Vec::<u8>::with_capacity(100);
            grown.reserve_exact(300);
            grown
        });
        assert_eq!(
            made,
            Allocations {
                count: 2,
                bytes: 400
            }
        );
        assert_eq!(grown.capacity(), 300);
        let (made, empty) = Allocations::of(Vec::<u8>::new);
        assert_eq!((made, empty.capacity()), (Allocations::default(), 0));
    }

    #[test]
    fn another_threads_allocations_are_not_counted() {
        use std::sync::{Arc, Barrier};
        let barrier = Arc::new(Barrier::new(2));
        let other = std::thread::spawn({
            let barrier = Arc::clone(&barrier);
            move || {
                barrier.wait();
                let big = std::hint::black_box(vec![0_u8; 1_000_000]);
                barrier.wait();
                big.len()
            }
        });
        let (made, ()) = Allocations::of(|| {
            barrier.wait();
            barrier.wait();
        });
        assert_eq!(other.join().ok(), Some(1_000_000));
        assert!(made.bytes < 1_000_000, "{made:?}");
    }
}
