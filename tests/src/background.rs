//! A small tokio runtime of its own for a test server, so that the server runs whichever client (async or
//! blocking) the test drives; dropping it stops the server.

use std::net::{SocketAddr, TcpListener as StdListener};

use tokio::net::TcpListener;
use tokio::runtime::Runtime;

/// A listener on `127.0.0.1` served by a one-worker runtime.
#[derive(Debug)]
pub struct Background {
    address: SocketAddr,
    _runtime: Runtime,
}

impl Background {
    /// Listens on a free port of `127.0.0.1` and runs `serve` with the listener on the runtime.
    ///
    /// # Panics
    /// If no port or runtime can be had (a broken test machine).
    pub fn serve<F, Fut>(serve: F) -> Background
    where
        F: FnOnce(TcpListener) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the test server");
        let listener = StdListener::bind("127.0.0.1:0").expect("a free port");
        let address = listener.local_addr().expect("the port");
        listener
            .set_nonblocking(true)
            .expect("a non-blocking listener");
        let listener = {
            let _entered = runtime.enter();
            TcpListener::from_std(listener).expect("a tokio listener")
        };
        runtime.spawn(serve(listener));
        Background {
            address,
            _runtime: runtime,
        }
    }

    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }
}
