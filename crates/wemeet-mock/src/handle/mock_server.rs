//! The handle of a running mock server: where it listens, what it accepts, what it received, and stopping it.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use wemeet_sign::{AccessToken, Credentials, Signer};
use wemeet_types::PushStreamInfo;

use crate::api::fault::Fault;
use crate::api::ledger::{Ledger, RecordedRequest};
use crate::api::store::{MeetingState, StoredBackground, StoredMeeting};
use crate::demo;
use crate::handle::builder::MockServerBuilder;
use crate::handle::state::{App, lock};
use crate::server::accept;
use crate::server::limits::ConnectionLimits;
use crate::server::router::router;

/// A local Tencent Meeting server, serving every endpoint of [`wemeet_types::ENDPOINTS`] over real HTTP/1.1 on
/// 127.0.0.1.
///
/// It authenticates every request as the service does (signature, timestamp window, nonce replay, `AppId` and
/// `SdkId`), keeps meetings, backgrounds and live-stream addresses in memory, applies the service's rules and
/// answers with the documented bodies and codes. Tests can inject faults ([`inject`](Self::inject)) and inspect
/// what arrived ([`requests`](Self::requests), [`ledger`](Self::ledger), [`meetings`](Self::meetings), ...).
///
/// Dropping the handle stops the server (without waiting); [`shutdown`](Self::shutdown) stops it gracefully.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use wemeet_mock::MockServer;
///
/// let server = MockServer::start().await?;
/// assert!(server.base_url().starts_with("http://127.0.0.1:"));
/// let signer = server.signer(); // signs with the demo credentials the server accepts
/// # let _ = signer;
/// assert_eq!(server.ledger().total_received(), 0);
/// server.shutdown().await;
/// # Ok(()) }
/// ```
pub struct MockServer {
    base_url: String,
    address: SocketAddr,
    pub(crate) app: Arc<App>,
    stop: watch::Sender<bool>,
    finished: watch::Receiver<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
    exposure_warning: Option<String>,
}

impl MockServer {
    /// Starts a server with the defaults on an ephemeral 127.0.0.1 port, on the current Tokio runtime.
    ///
    /// # Errors
    /// No port could be bound, or there is no Tokio runtime (use [`start_blocking`](Self::start_blocking)).
    pub async fn start() -> io::Result<Self> {
        Self::builder().start().await
    }

    /// Starts a server with the defaults on an ephemeral 127.0.0.1 port, on a background thread with its own
    /// runtime; usable from blocking code.
    ///
    /// # Errors
    /// No port could be bound, or the thread or its runtime could not be created.
    pub fn start_blocking() -> io::Result<Self> {
        Self::builder().start_blocking()
    }

    /// A builder to choose the listen address, extra credentials, the clock and window, and limits.
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::new()
    }

    pub(crate) fn assemble(
        listener: std::net::TcpListener,
        app: App,
        limits: ConnectionLimits,
        grace: Duration,
    ) -> io::Result<(Self, impl Future<Output = ()> + Send + 'static)> {
        let address = listener.local_addr()?;
        let app = Arc::new(app);
        let (stop, stopped) = watch::channel(false);
        let (finish, finished) = watch::channel(false);
        let routes = router(Arc::clone(&app));
        let outbox = app.outbox.clone();
        let serve = async move {
            outbox.bind_runtime(tokio::runtime::Handle::current());
            match tokio::net::TcpListener::from_std(listener) {
                Ok(listener) => accept::serve(listener, routes, stopped, limits, grace).await,
                Err(error) => tracing::error!(%error, "wemeet-mock: cannot serve the bound socket"),
            }
            let _ = finish.send(true);
        };
        let server = Self {
            base_url: format!("http://{address}"),
            address,
            app,
            stop,
            finished,
            thread: None,
            exposure_warning: None,
        };
        Ok((server, serve))
    }

    pub(crate) fn with_exposure(mut self, warning: Option<String>) -> Self {
        self.exposure_warning = warning;
        self
    }

    pub(crate) fn with_thread(mut self, thread: std::thread::JoinHandle<()>) -> Self {
        self.thread = Some(thread);
        self
    }

    /// The base URL to send requests to, e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The socket address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The warning logged when the server started, if it is exposed: it listens off loopback (e.g. on `0.0.0.0`)
    /// with the public demo credentials enabled, so anyone who can reach it can use it. `None` on loopback or with
    /// [`demo_credentials(false)`](MockServerBuilder::demo_credentials).
    pub fn exposure_warning(&self) -> Option<&str> {
        self.exposure_warning.as_deref()
    }

    /// The demo credentials, with an `SdkId` allocated (see [`demo`]); a server built with
    /// [`demo_credentials(false)`](MockServerBuilder::demo_credentials) refuses them.
    pub fn credentials(&self) -> Credentials {
        demo::credentials()
    }

    /// The demo credentials without an `SdkId` (requests signed with them must not send `SdkId`).
    pub fn credentials_without_sdk_id(&self) -> Credentials {
        demo::credentials_without_sdk_id()
    }

    /// A signer with the demo [`credentials`](Self::credentials) (refused when they are disabled).
    pub fn signer(&self) -> Signer {
        Signer::new(self.credentials())
    }

    /// Accepts `credentials` from now on (replacing any registered with the same SecretId).
    pub fn register(&self, credentials: Credentials) {
        self.app.verifier.add_credentials(credentials);
    }

    /// Issues an OAuth 2.0 access token for the user `open_id` of the demo enterprise, valid for `lifetime` on the
    /// server's clock: clients built with it (`access_token(..)`) can call the endpoints that accept access tokens,
    /// and the meetings they create belong to the demo enterprise. An expired or unknown token is answered with
    /// 190303 (new code 200190303), as the service does.
    ///
    /// ```
    /// # fn main() -> std::io::Result<()> {
    /// use std::time::Duration;
    /// use wemeet_mock::MockServer;
    ///
    /// let server = MockServer::start_blocking()?;
    /// let token = server.issue_access_token("open-id-1", Duration::from_secs(7200));
    /// assert_eq!(token.open_id(), "open-id-1");
    /// assert!(server.expire_access_token(&token));
    /// # Ok(()) }
    /// ```
    pub fn issue_access_token(&self, open_id: &str, lifetime: Duration) -> AccessToken {
        let now = self.app.clock.now_unix_seconds();
        lock(&self.app.tokens).issue(open_id, demo::APP_ID, lifetime, now)
    }

    /// Makes `token` expire now: calls with it are then refused as expired. False when the server never issued it.
    pub fn expire_access_token(&self, token: &AccessToken) -> bool {
        let now = self.app.clock.now_unix_seconds();
        lock(&self.app.tokens).expire(token, now)
    }

    /// Queues a fault; it strikes the next matching calls (see [`Fault`]).
    pub fn inject(&self, fault: Fault) {
        lock(&self.app.faults).push(fault);
    }

    /// The faults still waiting to strike, in order, with the strikes they have left.
    pub fn pending_faults(&self) -> Vec<Fault> {
        lock(&self.app.faults).pending()
    }

    /// Discards the faults still waiting to strike.
    pub fn clear_faults(&self) {
        lock(&self.app.faults).clear();
    }

    /// The requests received, oldest first (the most recent ones, up to the request-log capacity).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.app.log).requests()
    }

    /// Forgets the logged requests (the [`ledger`](Self::ledger) counters keep counting).
    pub fn clear_requests(&self) {
        lock(&self.app.log).clear();
    }

    /// Counters of what each endpoint received, accepted, rejected and had intercepted by a fault.
    pub fn ledger(&self) -> Ledger {
        lock(&self.app.log).ledger()
    }

    /// The meetings created, oldest first.
    pub fn meetings(&self) -> Vec<StoredMeeting> {
        lock(&self.app.store)
            .meetings()
            .map(|record| record.meeting.clone())
            .collect()
    }

    /// The meeting `meeting_id`, if it was created.
    pub fn meeting(&self, meeting_id: &str) -> Option<StoredMeeting> {
        lock(&self.app.store)
            .meeting(meeting_id)
            .map(|record| record.meeting.clone())
    }

    /// The backgrounds of meeting `meeting_id` in the order they were added, or `None` if there is no such meeting.
    pub fn backgrounds(&self, meeting_id: &str) -> Option<Vec<StoredBackground>> {
        lock(&self.app.store)
            .meeting(meeting_id)
            .map(|record| record.backgrounds.clone())
    }

    /// The id of the background selected for meeting `meeting_id`, if any.
    pub fn selected_background(&self, meeting_id: &str) -> Option<String> {
        lock(&self.app.store)
            .meeting(meeting_id)
            .and_then(|record| record.selected_background.clone())
    }

    /// The live-stream push addresses set for meeting `meeting_id`, or `None` if there is no such meeting.
    pub fn live_stream_addresses(&self, meeting_id: &str) -> Option<Vec<PushStreamInfo>> {
        lock(&self.app.store)
            .meeting(meeting_id)
            .map(|record| record.push_streams.clone())
    }

    /// Where meeting `meeting_id` is in its life, or `None` if there is no such meeting.
    pub fn meeting_state(&self, meeting_id: &str) -> Option<MeetingState> {
        lock(&self.app.store)
            .meeting(meeting_id)
            .map(|record| record.state)
    }

    /// Forgets every meeting, background, push address, user, recording, upload under way, pending fault, logged
    /// request and recorded event delivery; the counters keep counting, and the registered credentials, the event
    /// subscription and the upload part size stay.
    pub fn reset(&self) {
        lock(&self.app.store).clear();
        lock(&self.app.faults).clear();
        lock(&self.app.log).clear();
        self.app.outbox.clear();
    }

    /// Stops the server gracefully: no new connections, in-flight requests finish (within the shutdown grace
    /// period), then the listener and every connection are closed. Resolves once all of that is done.
    pub async fn shutdown(mut self) {
        self.stop.send_replace(true);
        self.app.outbox.close();
        // An error means the serving task is gone, which is what we wait for anyway.
        let _ = self.finished.wait_for(|finished| *finished).await;
        // The thread (if any) only has its runtime left to drop; let it finish on its own.
        self.thread.take();
    }

    /// Stops the server gracefully from blocking code; see [`shutdown`](Self::shutdown).
    ///
    /// On a server started with [`start_blocking`](Self::start_blocking) this waits for its thread to end. On a
    /// server started with [`start`](Self::start) it only signals the stop (waiting here could block the very
    /// runtime that serves it); await [`shutdown`](Self::shutdown) there instead.
    pub fn shutdown_blocking(mut self) {
        self.stop.send_replace(true);
        self.app.outbox.close();
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::error!("wemeet-mock: the server thread panicked");
        }
    }
}

impl Drop for MockServer {
    /// Signals the server to stop; it finishes in-flight requests (within the grace period) on its own.
    fn drop(&mut self) {
        self.stop.send_replace(true);
        self.app.outbox.close();
    }
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("base_url", &self.base_url)
            .field("background_thread", &self.thread.is_some())
            .finish_non_exhaustive()
    }
}
