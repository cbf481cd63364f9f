//! The accept loop: at most `max_connections` connections served at once, each on a task of its own
//! ([`connection`](crate::server::connection)); when every slot is taken and a client waits, the connection idle
//! the longest is closed to make room ([`activity`](crate::server::activity)); on stop, the graceful shutdown with
//! its bounded grace period.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::{self, JoinError, JoinSet};

use crate::server::activity::Activity;
use crate::server::connection::{self, stopped};
use crate::server::limits::ConnectionLimits;

/// Serves `router` on `listener` until `shutdown` turns true (or its sender is gone), then stops accepting, lets
/// in-flight requests finish for at most `grace`, and closes whatever is left.
///
/// A connection is served only in one of `limits.max_connections` slots. When a newcomer arrives and every slot
/// is taken, it is accepted and held, unserved, and the connection idle the longest (accepted or kept alive, with
/// no request under way) is closed so that the newcomer takes its slot: idle connections cannot keep a client with
/// a request waiting. With none idle, the newcomer waits until one turns idle (then closed for it) or a served one
/// closes. Further connections wait in the listen backlog meanwhile (the kernel completes their handshake); nothing
/// is spawned for them.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    limits: ConnectionLimits,
    grace: Duration,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let starter = Starter {
        router,
        shutdown: shutdown.clone(),
        limits,
        became_idle: Arc::new(Notify::new()),
    };
    let mut connections = JoinSet::new();
    // What each served connection is doing, by its task, to find the idle ones.
    let mut activities: HashMap<task::Id, Arc<Activity>> = HashMap::new();
    // A connection accepted while every slot was taken; and whether an idle connection was closed for it.
    let mut waiting: Option<TcpStream> = None;
    let mut making_room = false;
    loop {
        tokio::select! {
            accepted = listener.accept(), if waiting.is_none() => match accepted {
                Ok((stream, _peer)) => match Arc::clone(&slots).try_acquire_owned() {
                    Ok(slot) => starter.start(stream, slot, &mut connections, &mut activities),
                    Err(_) => {
                        tracing::debug!(
                            "wemeet-mock: every connection slot is taken; a new connection waits"
                        );
                        waiting = Some(stream);
                        making_room = close_longest_idle(&activities);
                    }
                },
                Err(error) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(%error, "wemeet-mock: accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            slot = Arc::clone(&slots).acquire_owned(), if waiting.is_some() => {
                // The semaphore is never closed, so the slot is always there.
                if let (Ok(slot), Some(stream)) = (slot, waiting.take()) {
                    starter.start(stream, slot, &mut connections, &mut activities);
                }
                making_room = false;
            }
            // A connection began waiting for a request: if none was idle before, it may be closed now.
            () = starter.became_idle.notified(), if waiting.is_some() && !making_room => {
                making_room = close_longest_idle(&activities);
            }
            // Reap finished connections as we go so the set stays small.
            Some(ended) = connections.join_next_with_id(), if !connections.is_empty() => {
                activities.remove(&ended.map_or_else(|error: JoinError| error.id(), |(id, ())| id));
            }
            () = stopped(&mut shutdown) => break,
        }
    }
    drop(listener);
    drop(waiting);
    let drained = tokio::time::timeout(grace, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::debug!(
            left = connections.len(),
            "wemeet-mock: grace period over, closing connections"
        );
    }
    connections.shutdown().await;
}

/// What every connection is served with.
struct Starter {
    router: Router,
    shutdown: watch::Receiver<bool>,
    limits: ConnectionLimits,
    /// Told by a connection whenever it begins waiting for a request.
    became_idle: Arc<Notify>,
}

impl Starter {
    /// Serves `stream` on a task of `connections`, holding `slot` until it closes, and keeps its activity.
    fn start(
        &self,
        stream: TcpStream,
        slot: OwnedSemaphorePermit,
        connections: &mut JoinSet<()>,
        activities: &mut HashMap<task::Id, Arc<Activity>>,
    ) {
        let activity = Arc::new(Activity::new(Arc::clone(&self.became_idle)));
        let serving = connection::serve(
            stream,
            self.router.clone(),
            self.shutdown.clone(),
            self.limits,
            Arc::clone(&activity),
        );
        let task = connections.spawn(async move {
            serving.await;
            // The slot frees once the connection is closed.
            drop(slot);
        });
        activities.insert(task.id(), activity);
    }
}

/// Closes the connection idle the longest, if one is; returns whether one was.
fn close_longest_idle(activities: &HashMap<task::Id, Arc<Activity>>) -> bool {
    let mut idle: Vec<_> = activities
        .values()
        .filter_map(|activity| Some((activity.idle_since()?, activity)))
        .collect();
    idle.sort_unstable_by_key(|(since, _)| *since);
    // One that got a byte since it was looked at is busy after all: the next one then.
    let closed = idle
        .into_iter()
        .any(|(_, activity)| activity.close_if_idle());
    if closed {
        tracing::debug!(
            "wemeet-mock: closed the connection idle the longest to serve a waiting one"
        );
    }
    closed
}
