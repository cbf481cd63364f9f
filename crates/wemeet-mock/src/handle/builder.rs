//! Configuring a mock server before it starts.

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wemeet_sign::{Clock, Credentials, SystemClock, Verifier};

use crate::api::access_tokens::AccessTokens;
use crate::api::fault::FaultQueue;
use crate::api::ledger::RequestLog;
use crate::api::store::Store;
use crate::demo;
use crate::handle::exposure;
use crate::handle::mock_server::MockServer;
use crate::handle::state::App;
use crate::server::limits::ConnectionLimits;

/// Configures and starts a [`MockServer`]; made by [`MockServer::builder`].
///
/// ```
/// # async fn run() -> std::io::Result<()> {
/// use std::time::Duration;
/// use wemeet_mock::MockServer;
/// use wemeet_sign::Credentials;
///
/// let server = MockServer::builder()
///     .credentials(Credentials::builder().app_id("corp-2").secret_id("secret-id-2").secret_key("secret-key-2").build())
///     .window(Duration::from_secs(60))
///     .start()
///     .await?;
/// # drop(server); Ok(()) }
/// ```
#[must_use = "a builder does nothing until started"]
pub struct MockServerBuilder {
    listen: SocketAddr,
    credentials: Vec<Credentials>,
    clock: Option<Arc<dyn Clock>>,
    window: Duration,
    replay_capacity: usize,
    request_log_capacity: usize,
    request_log_bytes: usize,
    store_bytes: usize,
    body_limit: usize,
    shutdown_grace: Duration,
    limits: ConnectionLimits,
    demo_credentials: bool,
    record_upload_block_size: u64,
}

impl MockServerBuilder {
    /// How many requests the log keeps by default (the counters of [`Ledger`](crate::Ledger) count all).
    pub const DEFAULT_REQUEST_LOG_CAPACITY: usize = 10_000;
    /// How many bytes the request log keeps by default (bodies, targets and headers): 64 MiB.
    pub const DEFAULT_REQUEST_LOG_BYTES: usize = 64 * 1024 * 1024;
    /// How many bytes of meetings (with their backgrounds and push addresses) the server keeps by default: 64 MiB;
    /// beyond, the oldest meetings are forgotten.
    pub const DEFAULT_STORE_BYTES: usize = 64 * 1024 * 1024;
    /// The largest request body read by default: 1 MiB.
    pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;
    /// How long a graceful shutdown waits for in-flight requests by default.
    pub const DEFAULT_SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
    /// How long a request head may take from its first byte to its end by default: 10 s.
    pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
    /// How long a connection may wait for the first byte of a request by default, after it is accepted or after
    /// its last response: 60 s.
    pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(60);
    /// How long a request body may take to arrive after its head by default: 30 s.
    pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(30);
    /// How many connections are served at once by default.
    pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
    /// The part size a part-by-part recording upload is planned with by default: 512 KiB, so that a part and its
    /// form fit the default [`body_limit`](Self::body_limit).
    pub const DEFAULT_RECORD_UPLOAD_BLOCK_SIZE: u64 =
        crate::api::record_uploads::DEFAULT_BLOCK_SIZE;

    pub(crate) fn new() -> Self {
        Self {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            credentials: Vec::new(),
            clock: None,
            window: Verifier::DEFAULT_WINDOW,
            replay_capacity: Verifier::DEFAULT_REPLAY_CAPACITY,
            request_log_capacity: Self::DEFAULT_REQUEST_LOG_CAPACITY,
            request_log_bytes: Self::DEFAULT_REQUEST_LOG_BYTES,
            store_bytes: Self::DEFAULT_STORE_BYTES,
            body_limit: Self::DEFAULT_BODY_LIMIT,
            shutdown_grace: Self::DEFAULT_SHUTDOWN_GRACE,
            limits: ConnectionLimits {
                header_timeout: Self::DEFAULT_HEADER_TIMEOUT,
                idle_timeout: Self::DEFAULT_IDLE_TIMEOUT,
                body_timeout: Self::DEFAULT_BODY_TIMEOUT,
                max_connections: Self::DEFAULT_MAX_CONNECTIONS,
            },
            demo_credentials: true,
            record_upload_block_size: Self::DEFAULT_RECORD_UPLOAD_BLOCK_SIZE,
        }
    }

    /// Listens on `address` (default `127.0.0.1:0`, an ephemeral port).
    ///
    /// Off loopback, with the [demo credentials](crate::demo) enabled, anyone who can reach the address can use
    /// the server: starting then logs a warning (`tracing`, level WARN; see [`MockServer::exposure_warning`]).
    /// Turn them off with [`demo_credentials(false)`](Self::demo_credentials).
    pub fn listen(mut self, address: SocketAddr) -> Self {
        self.listen = address;
        self
    }

    /// Accepts these credentials too. Repeatable.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials.push(credentials);
        self
    }

    /// Whether the public [demo credentials](crate::demo) (both sets) are accepted (default `true`). With
    /// `false`, only the [`credentials`](Self::credentials) given, those [registered](MockServer::register) later
    /// and the access tokens the handle issues open the server; a request signed with the demo credentials is
    /// refused with 190303, as the service refuses an unknown SecretId.
    pub fn demo_credentials(mut self, enabled: bool) -> Self {
        self.demo_credentials = enabled;
        self
    }

    /// Reads the time for the timestamp check from `clock` instead of the system clock.
    pub fn clock(mut self, clock: impl Clock) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    /// Accepts timestamps at most `window` away from the clock (default 300 s, as the service).
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// Holds at most `capacity` nonces for the replay check (see `Verifier::with_replay_capacity`).
    pub fn replay_capacity(mut self, capacity: usize) -> Self {
        self.replay_capacity = capacity;
        self
    }

    /// Keeps the last `capacity` requests in the request log (default 10 000; 0 keeps none).
    pub fn request_log_capacity(mut self, capacity: usize) -> Self {
        self.request_log_capacity = capacity;
        self
    }

    /// Keeps at most `bytes` of requests in the request log (default 64 MiB), dropping the oldest first.
    pub fn request_log_bytes(mut self, bytes: usize) -> Self {
        self.request_log_bytes = bytes;
        self
    }

    /// Keeps at most `bytes` of meetings (default 64 MiB), and as much of users, of recordings and of uploads
    /// under way, forgetting the oldest first: a server left running in CI does not grow without bound.
    pub fn store_bytes(mut self, bytes: usize) -> Self {
        self.store_bytes = bytes;
        self
    }

    /// Reads request bodies up to `bytes` (default 1 MiB); a larger body is refused with 190004.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// Closes a connection whose request head, once begun, is not complete within `timeout` (default 10 s):
    /// a client that sends half a head and stalls holds nothing longer. Zero is refused by
    /// [`start`](Self::start); a timeout over a year is cut to a year.
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.limits.header_timeout = timeout;
        self
    }

    /// Closes a connection that sends no byte of a request for `timeout` (default 60 s), counted from when it is
    /// accepted or from the end of its last response; a request in progress is never idle. Zero is refused by
    /// [`start`](Self::start); a timeout over a year is cut to a year.
    ///
    /// A client's pool should drop idle connections sooner than this (ureq: 15 s), or notice the close.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.limits.idle_timeout = timeout;
        self
    }

    /// Refuses a request whose body has not fully arrived `timeout` after its head (default 30 s), with 190004,
    /// and closes its connection. Zero is refused by [`start`](Self::start); a timeout over a year is cut to a
    /// year.
    pub fn body_timeout(mut self, timeout: Duration) -> Self {
        self.limits.body_timeout = timeout;
        self
    }

    /// Serves at most `count` connections at once (default 1024). When a connection arrives and every slot is
    /// taken, the connection idle the longest (accepted or kept alive, with no request under way) is closed to
    /// make room, so idle connections never keep a client with a request waiting. With none idle, the newcomer
    /// waits until a served connection turns idle or closes; further ones wait, unaccepted, in the listen backlog
    /// (the kernel completes their handshake, so clients see a slow answer, not a refusal), and nothing is spawned
    /// for them meanwhile. Zero is refused by [`start`](Self::start).
    pub fn max_connections(mut self, count: usize) -> Self {
        self.limits.max_connections = count;
        self
    }

    /// Plans part-by-part recording uploads (`upload-prepare`) in parts of `bytes` (default
    /// [`DEFAULT_RECORD_UPLOAD_BLOCK_SIZE`](Self::DEFAULT_RECORD_UPLOAD_BLOCK_SIZE); 0 is taken as 1): a few KiB
    /// let a test send a file of several parts quickly. Keep a part and its form under the
    /// [`body_limit`](Self::body_limit).
    pub fn record_upload_block_size(mut self, bytes: u64) -> Self {
        self.record_upload_block_size = bytes;
        self
    }

    /// On shutdown, waits at most `grace` for in-flight requests before closing their connections (default 10 s).
    pub fn shutdown_grace(mut self, grace: Duration) -> Self {
        self.shutdown_grace = grace;
        self
    }

    /// Starts the server on the current Tokio runtime.
    ///
    /// # Errors
    /// A limit is zero (kind `InvalidInput`, holding a [`LimitError`](crate::LimitError)), the address cannot be
    /// bound, or there is no Tokio runtime (use [`start_blocking`](Self::start_blocking)).
    pub async fn start(self) -> io::Result<MockServer> {
        let runtime = tokio::runtime::Handle::try_current().map_err(|_| {
            io::Error::other(
                "MockServer::start must run on a Tokio runtime; use MockServer::start_blocking outside one",
            )
        })?;
        let (server, serve) = self.prepare()?;
        runtime.spawn(serve);
        Ok(server)
    }

    /// Starts the server on a background thread with its own Tokio runtime; the returned handle needs no runtime.
    ///
    /// It may be called from async code too (for example to serve a blocking client under test); it blocks only
    /// until the thread's runtime is up.
    ///
    /// # Errors
    /// A limit is zero (kind `InvalidInput`, holding a [`LimitError`](crate::LimitError)), the address cannot be
    /// bound, or the thread or its runtime cannot be created.
    pub fn start_blocking(self) -> io::Result<MockServer> {
        let (server, serve) = self.prepare()?;
        let (started, outcome) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("wemeet-mock".to_owned())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .thread_name("wemeet-mock-worker")
                    .enable_all()
                    .build();
                match runtime {
                    Ok(runtime) => {
                        let _ = started.send(Ok(()));
                        runtime.block_on(serve);
                    }
                    Err(error) => {
                        let _ = started.send(Err(error));
                    }
                }
            })?;
        outcome
            .recv()
            .map_err(|_| io::Error::other("the mock server thread ended before it started"))??;
        Ok(server.with_thread(thread))
    }

    /// Checks the limits, binds the listener and assembles the server handle and the future that serves it.
    fn prepare(self) -> io::Result<(MockServer, impl Future<Output = ()> + Send + 'static)> {
        let limits = self
            .limits
            .checked()
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error))?;
        let listener = std::net::TcpListener::bind(self.listen)?;
        listener.set_nonblocking(true)?;
        let warning = exposure::warning(listener.local_addr()?, self.demo_credentials);
        if let Some(warning) = &warning {
            tracing::warn!("wemeet-mock: {warning}");
        }
        let grace = self.shutdown_grace;
        let (server, serve) = MockServer::assemble(listener, self.app(limits), limits, grace)?;
        Ok((server.with_exposure(warning), serve))
    }

    fn app(self, limits: ConnectionLimits) -> App {
        let clock: Arc<dyn Clock> = self.clock.unwrap_or_else(|| Arc::new(SystemClock));
        let verifier = Verifier::new()
            .with_window(self.window)
            .with_replay_capacity(self.replay_capacity)
            .with_clock(Arc::clone(&clock));
        if self.demo_credentials {
            verifier.add_credentials(demo::credentials());
            verifier.add_credentials(demo::credentials_without_sdk_id());
        }
        for credentials in self.credentials {
            verifier.add_credentials(credentials);
        }
        let mut store = Store::new(self.store_bytes);
        store
            .recordings
            .uploads
            .set_block_size(self.record_upload_block_size);
        App {
            verifier,
            tokens: Mutex::new(AccessTokens::default()),
            clock,
            store: Mutex::new(store),
            log: Mutex::new(RequestLog::new(
                self.request_log_capacity,
                self.request_log_bytes,
            )),
            faults: Mutex::new(FaultQueue::default()),
            body_limit: self.body_limit,
            body_timeout: limits.body_timeout,
            behaviours: crate::api::behaviours::all(),
            outbox: crate::callbacks::outbox::Outbox::default(),
        }
    }
}

impl std::fmt::Debug for MockServerBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServerBuilder")
            .field("listen", &self.listen)
            .field("credentials", &self.credentials)
            .field("window", &self.window)
            .field("replay_capacity", &self.replay_capacity)
            .field("request_log_capacity", &self.request_log_capacity)
            .field("body_limit", &self.body_limit)
            .field("shutdown_grace", &self.shutdown_grace)
            .field("limits", &self.limits)
            .field("demo_credentials", &self.demo_credentials)
            .field("record_upload_block_size", &self.record_upload_block_size)
            .finish_non_exhaustive()
    }
}
