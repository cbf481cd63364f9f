//! [`ClientBuilder`]: every option of the builder both clients share (`wemeet_core`), on this crate's own page.

use wemeet_core::Error;

use crate::Client;

wemeet_core::client_builder! {
    /// Builds a [`Client`]: credentials or an OAuth 2.0 access token, base URL, timeouts, retries, proxy, root
    /// certificates, headers. [`Client::builder`] starts one, [`Client::from_env`] and
    /// [`from_env`](Self::from_env) read the `WEMEET_*` variables; the crate docs'
    /// [configuration](crate#configuration) section says what each option guards against.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use wemeet::{Client, Credentials, RetryPolicy};
    ///
    /// let credentials = Credentials::builder()
    ///     .app_id("your-app-id")
    ///     .secret_id("your-secret-id")
    ///     .secret_key("your-secret-key")
    ///     .build();
    /// let client = Client::builder()
    ///     .credentials(credentials)
    ///     .attempt_timeout(Duration::from_secs(10))
    ///     .retry_policy(RetryPolicy::default().with_max_attempts(2))
    ///     .user_agent_suffix("my-app/1.2")
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), wemeet::Error>(())
    /// ```
    Client, transport options: TransportOptions
}

/// What only the async client's builder sets: the caller's own reqwest client.
#[derive(Default)]
struct TransportOptions {
    http_client: Option<reqwest::Client>,
}

/// Whether a client was given, not its `Debug`: that shows its proxies, whose URLs may carry a password.
impl std::fmt::Debug for TransportOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransportOptions")
            .field("http_client", &self.http_client.as_ref().map(|_| "given"))
            .finish()
    }
}

impl ClientBuilder {
    /// Sends every request through this reqwest client instead of one the builder sets up: to share a connection
    /// pool, a proxy or middleware with the rest of an application.
    ///
    /// The caller then owns what the builder would have configured on the client: the **redirect policy** (keep
    /// `reqwest::redirect::Policy::none()`: a followed redirect drops the signature's guarantees and re-sends the
    /// request elsewhere), **TLS** (the crypto provider, the trusted roots: [`add_root_certificate`] does not
    /// apply), the **proxy** ([`proxy`] and [`no_proxy`] do not apply, and reqwest reads the environment unless told
    /// not to), the **connect timeout** ([`connect_timeout`] does not apply), the **connection pool**
    /// ([`max_idle_connections_per_host`] does not apply), and anything it logs (keep `connection_verbose` off: it
    /// would log every byte, the signature and bodies included).
    ///
    /// The given client needs a TLS backend of its own: reqwest's default features give it one; with only the
    /// features this crate turns on (`rustls-no-provider`), building it panics unless a rustls crypto provider is
    /// installed for the process (`CryptoProvider::install_default`).
    ///
    /// What stays: the base URL's checks (https off loopback, no user info), validation before sending, signing
    /// afresh for each attempt, the attempt timeout (set on each request) and the call timeout, retries by each
    /// endpoint's retry class, the response body cap, typed errors, and this crate's logging, which records no
    /// secret.
    ///
    /// ```no_run
    /// use std::time::Duration;
    ///
    /// let shared = reqwest::Client::builder()
    ///     .redirect(reqwest::redirect::Policy::none())
    ///     .connect_timeout(Duration::from_secs(5))
    ///     .build()?;
    /// let client = wemeet::Client::builder()
    ///     .credentials(wemeet::Credentials::builder().app_id("a").secret_id("b").secret_key("c").build())
    ///     .http_client(shared.clone())
    ///     .build()?;
    /// # let _ = client;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// [`add_root_certificate`]: Self::add_root_certificate
    /// [`proxy`]: Self::proxy
    /// [`no_proxy`]: Self::no_proxy
    /// [`connect_timeout`]: Self::connect_timeout
    /// [`max_idle_connections_per_host`]: Self::max_idle_connections_per_host
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.transport.http_client = Some(client);
        self
    }

    /// Builds the client: checks the options (as [`build_config`](Self::build_config) does) and sets up its
    /// connection pool (or takes the one given to [`http_client`](Self::http_client)). Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        Client::with_http_client(self.core.build_config()?, self.transport.http_client)
    }
}
