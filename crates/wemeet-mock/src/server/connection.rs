//! Serving one connection: HTTP/1.1 through hyper, routed by axum, with powers `axum::serve` lacks: a handler
//! may drop its connection without answering, shutdown is graceful, and a connection that stays silent or sends
//! its request head too slowly is closed ([`head_timer`](crate::server::head_timer)).

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::sync::{Notify, watch};
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

/// Serves the connection `stream` until it closes, a handler drops it, or (after `shutdown` turns true) its
/// request in flight has been answered.
pub(crate) async fn serve(
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

/// Resolves once `shutdown` is true or its sender is gone.
pub(crate) async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    // An error means the sender (the server handle) is gone: that is a stop too.
    let _ = shutdown.wait_for(|stop| *stop).await;
}
