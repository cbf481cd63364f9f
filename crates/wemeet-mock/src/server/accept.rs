//! The accept loop: a connection is accepted only when one of `max_connections` slots is free, each served on a
//! task of its own ([`connection`](crate::server::connection)) until the server stops, then the graceful
//! shutdown with its bounded grace period.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;

use crate::server::connection::{self, stopped};
use crate::server::limits::ConnectionLimits;

/// Serves `router` on `listener` until `shutdown` turns true (or its sender is gone), then stops accepting, lets
/// in-flight requests finish for at most `grace`, and closes whatever is left.
///
/// A connection is accepted only when one of `limits.max_connections` slots is free: beyond that, new
/// connections wait in the listen backlog (the kernel completes their handshake) until a served one closes,
/// and are then served as any other. Nothing is spawned for them meanwhile.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    limits: ConnectionLimits,
    grace: Duration,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = accept_in_a_slot(&listener, &slots) => match accepted {
                Ok((stream, slot)) => {
                    let serving = connection::serve(stream, router.clone(), shutdown.clone(), limits);
                    connections.spawn(async move {
                        serving.await;
                        // The slot frees once the connection is closed.
                        drop(slot);
                    });
                }
                Err(error) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(%error, "wemeet-mock: accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            // Reap finished connections as we go so the set stays small.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            () = stopped(&mut shutdown) => break,
        }
    }
    drop(listener);
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

/// Waits for a free slot, then accepts a connection to hold it. Cancel-safe: a slot taken by a cancelled call is
/// given back, and a pending accept loses no connection.
async fn accept_in_a_slot(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
) -> std::io::Result<(TcpStream, OwnedSemaphorePermit)> {
    if slots.available_permits() == 0 {
        tracing::debug!("wemeet-mock: every connection slot is taken; new connections wait");
    }
    let slot = Arc::clone(slots)
        .acquire_owned()
        .await
        .map_err(|_| std::io::Error::other("the connection slots are closed"))?;
    let (stream, _peer) = listener.accept().await?;
    Ok((stream, slot))
}
