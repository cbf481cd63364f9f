//! The handle acting on the state in people's stead (joining a meeting, sharing a screen, a room answering a
//! call): the change is made under the store's lock, as a call's is, and the events it causes go out as a call's
//! do, under a fresh trace ID.

use crate::api::ids;
use crate::api::store::Store;
use crate::callbacks::emitter::Emitter;
use crate::handle::mock_server::MockServer;
use crate::handle::state::lock;

impl MockServer {
    /// Makes `change` on the store at the server's time (Unix seconds), then sends the events it emitted.
    pub(crate) fn act<R>(&self, change: impl FnOnce(&mut Store, u64, &Emitter) -> R) -> R {
        let now = self.app.clock.now_unix_seconds();
        let events = Emitter::new(&ids::trace_id());
        let result = {
            let mut store = lock(&self.app.store);
            change(&mut store, now, &events)
        };
        self.app.outbox.publish(events.into_events());
        result
    }

    /// Reads `read` from the store.
    pub(crate) fn read<R>(&self, read: impl FnOnce(&Store) -> R) -> R {
        read(&lock(&self.app.store))
    }
}
