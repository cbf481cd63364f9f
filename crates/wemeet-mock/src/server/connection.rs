//! Serving one connection: HTTP/1.1 through hyper, routed by axum, with powers `axum::serve` lacks: a handler
//! may drop its connection without answering, shutdown is graceful, a connection that stays silent or sends its
//! request head too slowly is closed ([`head_timer`](crate::server::head_timer)), and so is an idle one the accept
//! loop needs the slot of ([`activity`](crate::server::activity)).

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::sync::watch;
use tower::ServiceExt;

use crate::server::activity::{Activity, CountingStream};
use crate::server::head_timer::HeadTimer;
use crate::server::limits::ConnectionLimits;

/// A handle a request handler uses to close its own connection without answering.
///
/// Every request served by the mock carries one in its extensions.
#[derive(Debug, Clone)]
pub(crate) struct ConnectionControl {
    activity: Arc<Activity>,
}

impl ConnectionControl {
    /// Closes the connection as soon as its task runs next: no further byte is written to it.
    pub(crate) fn drop_connection(&self) {
        self.activity.request_close();
    }
}

/// Serves the connection `stream` until it closes, a handler drops it, the accept loop closes it as idle
/// (through `activity`), or (after `shutdown` turns true) its request in flight has been answered.
pub(crate) async fn serve(
    stream: TcpStream,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
    limits: ConnectionLimits,
    activity: Arc<Activity>,
) {
    let control = ConnectionControl {
        activity: Arc::clone(&activity),
    };
    let service = hyper::service::service_fn(move |mut request: http::Request<Incoming>| {
        let closed_as_idle = control.activity.closed_as_idle();
        request.extensions_mut().insert(control.clone());
        let router = router.clone();
        async move {
            if closed_as_idle {
                // A head hyper had buffered before the connection was closed as idle: not handled, the connection
                // is being dropped.
                std::future::pending::<()>().await;
            }
            router.oneshot(request.map(Body::new)).await
        }
    });
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(HeadTimer::new(Arc::clone(&activity), limits.idle_timeout))
        .header_read_timeout(limits.header_timeout)
        .serve_connection(
            TokioIo::new(CountingStream::new(stream, Arc::clone(&activity))),
            service,
        );
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
            () = activity.close_requested() => return,
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
