//! [`ClientBuilder`]: every option of the builder both clients share (`wemeet_core`), on this crate's own page.

use wemeet_core::{Error, FromConfig};

use crate::Client;

wemeet_core::client_builder! {
    /// Builds a [`Client`]: credentials or an OAuth 2.0 access token, base URL, timeouts, retries, proxy, root
    /// certificates, headers. [`Client::builder`] starts one, [`Client::from_env`] and
    /// [`from_env`](Self::from_env) read the `WEMEET_*` variables; the crate docs'
    /// [configuration](crate#configuration) section says what each option guards against.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use wemeet_blocking::{Client, Credentials, RetryPolicy};
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
    /// # Ok::<(), wemeet_blocking::Error>(())
    /// ```
    Client, transport options: ()
}

impl ClientBuilder {
    /// Builds the client: checks the options (as [`build_config`](Self::build_config) does) and sets up its
    /// connection pool. Nothing is sent.
    pub fn build(self) -> Result<Client, Error> {
        Client::from_config(self.core.build_config()?)
    }
}
