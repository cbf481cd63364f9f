//! A client's settled configuration: where to send, how to authenticate, how long to wait, when to retry.

use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;
use wemeet_sign::{Clock, NonceSource};

use crate::{Auth, ProxyUrl, RetryPolicy, RootCertificate};

/// The production endpoint of the Tencent Meeting REST API.
pub const DEFAULT_BASE_URL: &str = "https://api.meeting.qq.com";

/// The largest response body a client reads before giving up with
/// [`Error::BodyTooLarge`](crate::Error::BodyTooLarge): 4 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// How long a client waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Timeouts {
    /// Establishing a connection (DNS, TCP, TLS). Default 5 s.
    pub connect: Duration,
    /// One attempt, from sending the request to the last byte of the response. Default 15 s.
    pub attempt: Duration,
    /// The whole call, all attempts and the pauses between them included. Default 30 s.
    pub call: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(5),
            attempt: Duration::from_secs(15),
            call: Duration::from_secs(30),
        }
    }
}

/// Everything a client needs besides its transport; built by the client's `ClientBuilder` (`build_config`).
///
/// `Debug` shows no secret: the SecretKey and the access token are redacted.
#[derive(Clone)]
pub struct Config {
    pub(crate) base_url: String,
    pub(crate) auth: Auth,
    pub(crate) timeouts: Timeouts,
    pub(crate) retry: RetryPolicy,
    pub(crate) user_agent: HeaderValue,
    pub(crate) max_response_bytes: usize,
    pub(crate) max_idle_per_host: usize,
    pub(crate) proxy: Option<ProxyUrl>,
    pub(crate) root_certificates: Vec<RootCertificate>,
    /// Where each attempt's `X-TC-Timestamp` comes from (the signer and the token take it as an input).
    pub(crate) clock: Arc<dyn Clock>,
    /// Where each attempt's `X-TC-Nonce` comes from.
    pub(crate) nonces: Arc<dyn NonceSource>,
}

impl Config {
    /// The base URL calls go to, without a trailing slash (e.g. `https://api.meeting.qq.com`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// How requests are authenticated: signed with credentials, or carrying an access token.
    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    /// The timeouts.
    pub fn timeouts(&self) -> Timeouts {
        self.timeouts
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The `User-Agent` header sent with every request.
    pub fn user_agent(&self) -> &str {
        // Built from visible ASCII only (checked by the builder).
        self.user_agent.to_str().unwrap_or("wemeet-rs")
    }

    /// The largest response body read before failing with [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
    pub fn max_response_bytes(&self) -> usize {
        self.max_response_bytes
    }

    /// How many idle connections per host the transport keeps for reuse.
    pub fn max_idle_per_host(&self) -> usize {
        self.max_idle_per_host
    }

    /// The proxy every request of this client goes through, or `None` for direct connections: decided once, when
    /// the client was built, for the base URL's host (every request goes there), from
    /// the builder's `proxy(url)` / `no_proxy()` or else the environment
    /// (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`, read as curl reads them). A loopback base URL is
    /// always reached directly.
    ///
    /// Both transports apply exactly this.
    pub fn proxy(&self) -> Option<&ProxyUrl> {
        self.proxy.as_ref()
    }

    /// The certificate authorities trusted besides the platform's (the builder's `add_root_certificate`).
    pub fn root_certificates(&self) -> &[RootCertificate] {
        &self.root_certificates
    }
}

impl std::fmt::Debug for Config {
    /// Every setting but the clock and the nonce source (which have no `Debug`); no secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url)
            .field("auth", &self.auth)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .field("user_agent", &self.user_agent)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_idle_per_host", &self.max_idle_per_host)
            .field("proxy", &self.proxy)
            .field("root_certificates", &self.root_certificates)
            .finish_non_exhaustive()
    }
}
