//! The accept loop and per-connection serving: HTTP/1.1 through hyper, routed by axum, with powers
//! `axum::serve` lacks: a handler may drop its connection without answering, shutdown is graceful with a
//! bounded grace period, at most so many connections are served at once (more wait to be accepted), and a
//! connection that stays silent or sends its request head too slowly is closed ([`crate::server::head_timer`]).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tower::ServiceExt;

use crate::server::head_timer::{Arrivals, CountingStream, HeadTimer};
use crate::server::limits::ConnectionLimits;

/// A handle a request handler uses to close its own connection without answering.
///
/// Every request served by the mock carries one in its extensions.
#[derive(Debug, Clone)]
pub(crate) struct ConnectionControl {
    drop_requested: Arc<Notify>,
}

impl ConnectionControl {
    /// Closes the connection as soon as its task runs next: no further byte is written to it.
    pub(crate) fn drop_connection(&self) {
        self.drop_requested.notify_one();
    }
}

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
                    let serving = serve_connection(stream, router.clone(), shutdown.clone(), limits);
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

/// Resolves once `shutdown` is true or its sender is gone.
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    // An error means the sender (the server handle) is gone: that is a stop too.
    let _ = shutdown.wait_for(|stop| *stop).await;
}

async fn serve_connection(
    stream: TcpStream,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    limits: ConnectionLimits,
) {
    let control = ConnectionControl {
        drop_requested: Arc::new(Notify::new()),
    };
    let drop_requested = Arc::clone(&control.drop_requested);
    let service = hyper::service::service_fn(move |mut request: http::Request<Incoming>| {
        request.extensions_mut().insert(control.clone());
        router.clone().oneshot(request.map(Body::new))
    });
    let arrivals = Arrivals::default();
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(HeadTimer::new(arrivals.clone(), limits.idle_timeout))
        .header_read_timeout(limits.header_timeout)
        .serve_connection(TokioIo::new(CountingStream::new(stream, arrivals)), service);
    tokio::pin!(connection);
    let mut draining = false;
    loop {
        tokio::select! {
            result = connection.as_mut() => {
                if let Err(error) = result {
                    tracing::debug!(%error, "wemeet-mock: connection ended with an error");
                }
                return;
            }
            // Dropping the connection future closes the socket without writing anything more.
            () = drop_requested.notified() => return,
            () = stopped(&mut shutdown), if !draining => {
                connection.as_mut().graceful_shutdown();
                draining = true;
            }
        }
    }
}
