//! The accept loop and per-connection serving: HTTP/1.1 through hyper, routed by axum, with two powers
//! `axum::serve` lacks: a handler may drop its connection without answering, and shutdown is graceful with a
//! bounded grace period.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;
use tower::ServiceExt;

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
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    grace: Duration,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    connections.spawn(serve_connection(stream, router.clone(), shutdown.clone()));
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

/// Resolves once `shutdown` is true or its sender is gone.
async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    // An error means the sender (the server handle) is gone: that is a stop too.
    let _ = shutdown.wait_for(|stop| *stop).await;
}

async fn serve_connection(stream: TcpStream, router: Router, mut shutdown: watch::Receiver<bool>) {
    let control = ConnectionControl {
        drop_requested: Arc::new(Notify::new()),
    };
    let drop_requested = Arc::clone(&control.drop_requested);
    let service = hyper::service::service_fn(move |mut request: http::Request<Incoming>| {
        request.extensions_mut().insert(control.clone());
        router.clone().oneshot(request.map(Body::new))
    });
    let connection =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
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
