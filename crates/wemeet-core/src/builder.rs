//! The builder both clients share: `wemeet::Client::builder()` and `wemeet_blocking::Client::builder()` are this.

use std::fmt;
use std::marker::PhantomData;
use std::time::Duration;

use http::{HeaderValue, Uri};
use wemeet_sign::{Clock, Credentials, NonceSource, Signer};

use crate::config::{Config, DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Timeouts};
use crate::{ConfigError, Error, RetryPolicy};

/// A client that can be built from a [`Config`]: implemented by each transport crate's `Client`.
pub trait FromConfig: Sized {
    /// Builds the client and its transport.
    fn from_config(config: Config) -> Result<Self, Error>;
}

type SignerSetup = Box<dyn FnOnce(Signer) -> Signer + Send>;

/// Builds a client `C`: credentials, base URL, timeouts, retries and the optional headers.
///
/// ```
/// # use wemeet_core::{ClientBuilder, Credentials, Config, Error, FromConfig};
/// # struct Client(Config);
/// # impl FromConfig for Client { fn from_config(c: Config) -> Result<Self, Error> { Ok(Client(c)) } }
/// use std::time::Duration;
///
/// let client: Client = ClientBuilder::new()
///     .credentials(Credentials::new("corp-id", "secret-id", "secret-key"))
///     .attempt_timeout(Duration::from_secs(10))
///     .user_agent_suffix("my-app/1.2")
///     .build()?;
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub struct ClientBuilder<C> {
    credentials: Option<Credentials>,
    base_url: String,
    timeouts: Timeouts,
    retry: RetryPolicy,
    registered: bool,
    app_version: Option<String>,
    user_agent_suffix: Option<String>,
    max_response_bytes: usize,
    max_idle_per_host: usize,
    signer_setup: Vec<SignerSetup>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials)
            .field("base_url", &self.base_url)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .field("registered", &self.registered)
            .field("app_version", &self.app_version)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_idle_per_host", &self.max_idle_per_host)
            .finish_non_exhaustive()
    }
}

impl<C> Default for ClientBuilder<C> {
    fn default() -> Self {
        Self::new()
    }
}

impl<C> ClientBuilder<C> {
    /// A builder with the defaults: production base URL, 5 s / 15 s / 30 s timeouts, 3 attempts,
    /// `X-TC-Registered: 1`, 4 MiB response cap. Credentials must still be given.
    pub fn new() -> Self {
        ClientBuilder {
            credentials: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeouts: Timeouts::default(),
            retry: RetryPolicy::default(),
            registered: true,
            app_version: None,
            user_agent_suffix: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_idle_per_host: 64,
            signer_setup: Vec::new(),
            client: PhantomData,
        }
    }

    /// A builder configured from the environment: `WEMEET_APP_ID`, `WEMEET_SDK_ID` (optional),
    /// `WEMEET_SECRET_ID`, `WEMEET_SECRET_KEY` and `WEMEET_BASE_URL` (optional).
    ///
    /// The error names the first missing variable.
    pub fn from_env() -> Result<Self, ConfigError> {
        crate::env::builder_from_env(|name| std::env::var_os(name))
    }

    /// The credentials calls are signed with.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Where calls go: an absolute http(s) URL, by default [`DEFAULT_BASE_URL`]. A path prefix is kept.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// All timeouts at once.
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// How long establishing a connection may take (default 5 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.connect = timeout;
        self
    }

    /// How long one attempt may take, from sending to the last byte of the response (default 15 s).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.attempt = timeout;
        self
    }

    /// How long a whole call may take, retries and pauses included (default 30 s).
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.timeouts.call = timeout;
        self
    }

    /// When and how calls are retried; [`RetryPolicy::disabled`] turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The `X-TC-Registered` header: `1` (the default) or `0`.
    pub fn registered(mut self, registered: bool) -> Self {
        self.registered = registered;
        self
    }

    /// The `X-TC-Version` header, sent only when set.
    pub fn app_version(mut self, version: impl Into<String>) -> Self {
        self.app_version = Some(version.into());
        self
    }

    /// Text appended to the `User-Agent` (`wemeet-rs/<version> <suffix>`), e.g. your app's name and version.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// The largest response body read (default 4 MiB); a larger one fails with [`Error::BodyTooLarge`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// How many idle connections per host the transport keeps (default 64). Set it to at least the number of
    /// threads or tasks that use the client at once, so that none of them has to open a new connection.
    pub fn max_idle_connections_per_host(mut self, connections: usize) -> Self {
        self.max_idle_per_host = connections;
        self
    }

    /// The clock timestamps come from (default: the system clock). For tests and clock-skew experiments.
    pub fn clock(mut self, clock: impl Clock) -> Self {
        self.signer_setup
            .push(Box::new(move |signer| signer.with_clock(clock)));
        self
    }

    /// Where nonces come from (default: random, unique per request). For deterministic tests.
    pub fn nonce_source(mut self, nonces: impl NonceSource) -> Self {
        self.signer_setup
            .push(Box::new(move |signer| signer.with_nonce_source(nonces)));
        self
    }

    /// Checks the options and settles them into a [`Config`].
    pub fn build_config(self) -> Result<Config, ConfigError> {
        let credentials = self.credentials.ok_or(ConfigError::MissingCredentials)?;
        let base_url = normalize_base_url(&self.base_url)?;
        let user_agent = match &self.user_agent_suffix {
            Some(suffix) => format!("{} {suffix}", crate::call::USER_AGENT),
            None => crate::call::USER_AGENT.to_owned(),
        };
        let user_agent = header_value("user_agent_suffix", &user_agent)?;
        let mut signer =
            Signer::new(credentials).with_registered(if self.registered { "1" } else { "0" });
        if let Some(version) = self.app_version {
            header_value("app_version", &version)?;
            signer = signer.with_app_version(version);
        }
        for setup in self.signer_setup {
            signer = setup(signer);
        }
        Ok(Config {
            base_url,
            signer,
            timeouts: self.timeouts,
            retry: self.retry,
            user_agent,
            max_response_bytes: self.max_response_bytes,
            max_idle_per_host: self.max_idle_per_host,
        })
    }
}

impl<C: FromConfig> ClientBuilder<C> {
    /// Builds the client.
    pub fn build(self) -> Result<C, Error> {
        C::from_config(self.build_config()?)
    }
}

fn header_value(field: &'static str, value: &str) -> Result<HeaderValue, ConfigError> {
    HeaderValue::from_str(value).map_err(|_| ConfigError::InvalidHeaderValue {
        field,
        reason: "must be visible ASCII text".to_owned(),
    })
}

/// Checks that `url` is an absolute http(s) URL without query or fragment, and drops a trailing slash.
fn normalize_base_url(url: &str) -> Result<String, ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: url.to_owned(),
        reason: reason.to_owned(),
    };
    let uri: Uri = url.parse().map_err(|_| invalid("not a valid URL"))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        Some(_) => return Err(invalid("the scheme must be http or https")),
        None => return Err(invalid("must be absolute, e.g. https://api.meeting.qq.com")),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(invalid("has no host"));
    }
    if uri.query().is_some() || url.contains('#') {
        return Err(invalid("must not have a query or fragment"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Nothing;
    impl FromConfig for Nothing {
        fn from_config(_: Config) -> Result<Self, Error> {
            Ok(Nothing)
        }
    }

    fn builder() -> ClientBuilder<Nothing> {
        ClientBuilder::new().credentials(Credentials::new("app", "sid", "skey"))
    }

    #[test]
    fn base_url_loses_its_trailing_slash_and_keeps_a_prefix() {
        let config = builder()
            .base_url("http://127.0.0.1:8080/prefix/")
            .build_config()
            .unwrap();
        assert_eq!(config.base_url(), "http://127.0.0.1:8080/prefix");
    }

    #[test]
    fn bad_base_urls_are_refused_with_the_reason() {
        for (url, reason) in [
            ("api.meeting.qq.com", "absolute"),
            ("ftp://api.meeting.qq.com", "scheme"),
            ("https://api.meeting.qq.com/?a=b", "query"),
            ("not a url", "valid"),
        ] {
            let error = builder().base_url(url).build_config().unwrap_err();
            assert!(
                matches!(&error, ConfigError::InvalidBaseUrl { .. }),
                "{url}: {error}"
            );
            assert!(error.to_string().contains(reason), "{url}: {error}");
        }
    }

    #[test]
    fn credentials_are_required() {
        let error = ClientBuilder::<Nothing>::new().build().unwrap_err();
        assert!(matches!(
            error,
            Error::Config(ConfigError::MissingCredentials)
        ));
    }

    #[test]
    fn user_agent_carries_the_suffix_and_refuses_control_characters() {
        let config = builder()
            .user_agent_suffix("my-app/1.0")
            .build_config()
            .unwrap();
        assert!(config.user_agent().starts_with("wemeet-rs/"));
        assert!(config.user_agent().ends_with(" my-app/1.0"));
        let error = builder()
            .user_agent_suffix("bad\nvalue")
            .build_config()
            .unwrap_err();
        assert!(matches!(
            error,
            ConfigError::InvalidHeaderValue {
                field: "user_agent_suffix",
                ..
            }
        ));
    }

    #[test]
    fn debug_of_builder_and_config_shows_no_secret() {
        let builder = ClientBuilder::<Nothing>::new()
            .credentials(Credentials::new("app", "sid", "TOP-SECRET-KEY").with_sdk_id("sdk"));
        assert!(!format!("{builder:?}").contains("TOP-SECRET-KEY"));
        let config = builder.build_config().unwrap();
        assert!(!format!("{config:?}").contains("TOP-SECRET-KEY"));
        assert!(!format!("{config:#?}").contains("TOP-SECRET-KEY"));
    }
}
