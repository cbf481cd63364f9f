//! The builder both clients share: `wemeet::ClientBuilder` and `wemeet_blocking::ClientBuilder` wrap it (see
//! [`client_builder!`](crate::client_builder)), with every option of
//! [`client_builder_options!`](crate::client_builder_options).

use std::ffi::OsString;
use std::fmt;
use std::marker::PhantomData;

use http::{HeaderValue, Uri};
use std::sync::Arc;

use wemeet_sign::{
    AccessToken, Clock, Credentials, NonceSource, RandomNonce, Signer, SystemClock, TokenAuth,
};

use crate::auth::Auth;
use crate::config::{Config, DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Timeouts};
use crate::network::is_loopback_host;
use crate::proxy::{ProxySetting, proxy_for};
use crate::{ConfigError, Error, RetryPolicy, RootCertificate};

/// A client that can be built from a [`Config`]: implemented by each transport crate's `Client`.
pub trait FromConfig: Sized {
    /// Builds the client and its transport.
    fn from_config(config: Config) -> Result<Self, Error>;
}

/// Who the client's requests come from, as given to the builder.
#[derive(Debug, Clone)]
enum Identity {
    Credentials(Credentials),
    AccessToken(AccessToken),
}

/// Builds a client `C`: credentials, base URL, timeouts, retries and the optional headers. Each client crate's
/// own `ClientBuilder` wraps this one and documents every option on its page; this generic form serves code written
/// once for both clients (`ClientBuilder<wemeet::Client>` converts into `wemeet::ClientBuilder` with `From`).
///
/// ```
/// # use wemeet_core::{ClientBuilder, Credentials, Config, Error, FromConfig};
/// # struct Client(Config);
/// # impl FromConfig for Client { fn from_config(c: Config) -> Result<Self, Error> { Ok(Client(c)) } }
/// use std::time::Duration;
///
/// let client: Client = ClientBuilder::new()
///     .credentials(Credentials::builder().app_id("corp-id").secret_id("secret-id").secret_key("secret-key").build())
///     .attempt_timeout(Duration::from_secs(10))
///     .user_agent_suffix("my-app/1.2")
///     .build()?;
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub struct ClientBuilder<C> {
    identity: Option<Identity>,
    base_url: String,
    timeouts: Timeouts,
    retry: RetryPolicy,
    registered: bool,
    app_version: Option<String>,
    user_agent_suffix: Option<String>,
    max_response_bytes: usize,
    max_idle_per_host: usize,
    allow_insecure_http: bool,
    proxy: ProxySetting,
    root_certificates: Vec<RootCertificate>,
    clock: Option<Arc<dyn Clock>>,
    nonces: Option<Arc<dyn NonceSource>>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("identity", &self.identity)
            .field("base_url", &self.base_url)
            .field("timeouts", &self.timeouts)
            .field("retry", &self.retry)
            .field("registered", &self.registered)
            .field("app_version", &self.app_version)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("max_idle_per_host", &self.max_idle_per_host)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field(
                "proxy",
                &match &self.proxy {
                    ProxySetting::Environment => "from the environment",
                    ProxySetting::Url(_) => "set",
                    ProxySetting::Disabled => "none",
                },
            )
            .field("root_certificates", &self.root_certificates.len())
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
            identity: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeouts: Timeouts::default(),
            retry: RetryPolicy::default(),
            registered: true,
            app_version: None,
            user_agent_suffix: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_idle_per_host: 64,
            allow_insecure_http: false,
            proxy: ProxySetting::Environment,
            root_certificates: Vec::new(),
            clock: None,
            nonces: None,
            client: PhantomData,
        }
    }

    /// A builder configured from the `WEMEET_*` environment variables: the table of [`crate::env`] lists every
    /// one it reads (credentials or an OAuth 2.0 access token, and optionally the base URL).
    ///
    /// The error names the first missing variable.
    pub fn from_env() -> Result<Self, ConfigError> {
        crate::env::builder_from_env(|name| std::env::var_os(name))
    }

    crate::client_builder_options!(define);

    /// Checks the options and settles them into a [`Config`]; the proxy is decided here, reading the process
    /// environment unless [`proxy`](Self::proxy) or [`no_proxy`](Self::no_proxy) was set.
    pub fn build_config(self) -> Result<Config, ConfigError> {
        self.build_config_with_env(&|name| std::env::var_os(name))
    }

    /// [`build_config`](Self::build_config) with the environment read through `env`.
    fn build_config_with_env(
        self,
        env: &dyn Fn(&str) -> Option<OsString>,
    ) -> Result<Config, ConfigError> {
        let identity = self.identity.ok_or(ConfigError::MissingCredentials)?;
        let (base_url, uri) = normalize_base_url(&self.base_url, self.allow_insecure_http)?;
        let proxy = proxy_for(
            &self.proxy,
            uri.scheme_str().unwrap_or_default(),
            uri.host().unwrap_or_default(),
            env,
        )?;
        let user_agent = match &self.user_agent_suffix {
            Some(suffix) => format!("{} {suffix}", crate::call::USER_AGENT),
            None => crate::call::USER_AGENT.to_owned(),
        };
        let user_agent = header_value("user_agent_suffix", &user_agent)?;
        if let Some(version) = &self.app_version {
            header_value("app_version", version)?;
        }
        let version = self.app_version.unwrap_or_default();
        let auth = match identity {
            Identity::Credentials(credentials) => Auth::Signature(
                Signer::new(credentials)
                    .with_registered(if self.registered { "1" } else { "0" })
                    .with_app_version(version),
            ),
            Identity::AccessToken(token) => {
                Auth::AccessToken(TokenAuth::new(token).with_app_version(version))
            }
        };
        Ok(Config {
            base_url,
            auth,
            timeouts: self.timeouts,
            retry: self.retry,
            user_agent,
            max_response_bytes: self.max_response_bytes,
            max_idle_per_host: self.max_idle_per_host,
            proxy,
            root_certificates: self.root_certificates,
            clock: self.clock.unwrap_or_else(|| Arc::new(SystemClock)),
            nonces: self.nonces.unwrap_or_else(|| Arc::new(RandomNonce)),
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

/// What the error for a plain-http base URL off loopback says.
const INSECURE_HTTP: &str = "plain http would carry the AppId, the signature and any password in clear: use \
    https, or opt in with `allow_insecure_http(true)` on the builder or WEMEET_ALLOW_INSECURE_HTTP=1 in the \
    environment (http is accepted without it only for localhost, 127.0.0.0/8 and [::1])";

/// What the error for a base URL with a user name or password says.
const USER_INFO: &str = "must not hold a user name or password: the API authenticates each request by its \
    signature or access token (`credentials(...)`, `access_token(...)`), and a password in the URL would travel to \
    every log, proxy and error that names the URL (a proxy's own password goes in `proxy(url)`)";

/// `url` with any user name and password between `://` and `@` replaced by `***`, so that an error quoting the URL
/// quotes no password.
fn without_user_info(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://***{}", &rest[at..]),
        None => url.to_owned(),
    }
}

/// Checks that `url` is an absolute http(s) URL without query or fragment, https unless its host is loopback or
/// `allow_insecure_http`, and drops a trailing slash.
fn normalize_base_url(url: &str, allow_insecure_http: bool) -> Result<(String, Uri), ConfigError> {
    let invalid = |reason: &str| ConfigError::InvalidBaseUrl {
        url: without_user_info(url),
        reason: reason.to_owned(),
    };
    let uri: Uri = url.parse().map_err(|_| invalid("not a valid URL"))?;
    if uri
        .authority()
        .is_some_and(|authority| authority.as_str().contains('@'))
    {
        return Err(invalid(USER_INFO));
    }
    let host = uri.host().unwrap_or_default();
    match uri.scheme_str() {
        Some("https") => {}
        Some("http") if allow_insecure_http || host.is_empty() || is_loopback_host(host) => {}
        Some("http") => return Err(invalid(INSECURE_HTTP)),
        Some(_) => return Err(invalid("the scheme must be http or https")),
        None => return Err(invalid("must be absolute, e.g. https://api.meeting.qq.com")),
    }
    if host.is_empty() {
        return Err(invalid("has no host"));
    }
    if uri.query().is_some() || url.contains('#') {
        return Err(invalid("must not have a query or fragment"));
    }
    Ok((url.trim_end_matches('/').to_owned(), uri))
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
        ClientBuilder::new().credentials(
            Credentials::builder()
                .app_id("app")
                .secret_id("sid")
                .secret_key("skey")
                .build(),
        )
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
    fn a_base_url_with_user_info_is_refused_without_quoting_the_password() {
        for url in [
            "https://user:pa55word@api.meeting.qq.com",
            "https://user@api.meeting.qq.com/prefix",
            "http://user:pa55word@127.0.0.1:8080",
            "ftp://user:pa55word@api.meeting.qq.com",
        ] {
            let error = builder().base_url(url).build_config().unwrap_err();
            let ConfigError::InvalidBaseUrl { url: quoted, .. } = &error else {
                panic!("{url}: {error}");
            };
            assert!(
                quoted.starts_with("http") || quoted.starts_with("ftp"),
                "{quoted}"
            );
            let message = error.to_string();
            assert!(!message.contains("pa55word"), "{message}");
            assert!(
                !message.contains("user@") && !message.contains("user:"),
                "{message}"
            );
            if !url.starts_with("ftp") {
                assert!(message.contains("user name or password"), "{message}");
            }
        }
    }

    #[test]
    fn plain_http_is_refused_off_loopback_naming_both_opt_ins() {
        for url in [
            "http://api.meeting.qq.com",
            "http://10.0.0.7:8080",
            "http://0.0.0.0:8080",
            "http://[::2]/",
        ] {
            let error = builder().base_url(url).build_config().unwrap_err();
            assert!(
                matches!(&error, ConfigError::InvalidBaseUrl { .. }),
                "{url}: {error}"
            );
            let message = error.to_string();
            assert!(message.contains("allow_insecure_http(true)"), "{message}");
            assert!(
                message.contains("WEMEET_ALLOW_INSECURE_HTTP=1"),
                "{message}"
            );
            let config = builder()
                .base_url(url)
                .allow_insecure_http(true)
                .build_config()
                .unwrap();
            assert_eq!(config.base_url(), url.trim_end_matches('/'));
        }
    }

    #[test]
    fn plain_http_is_accepted_on_loopback_and_https_everywhere() {
        for url in [
            "http://localhost:8080",
            "http://127.0.0.1:1",
            "http://127.200.0.9",
            "http://[::1]:9",
            "https://api.meeting.qq.com",
            "https://10.0.0.7",
        ] {
            assert_eq!(
                builder().base_url(url).build_config().unwrap().base_url(),
                url
            );
        }
    }

    fn with_env(
        builder: ClientBuilder<Nothing>,
        vars: &[(&str, &str)],
    ) -> Result<Config, ConfigError> {
        let vars: Vec<(String, OsString)> = vars
            .iter()
            .map(|(name, value)| (name.to_string(), OsString::from(value)))
            .collect();
        builder.build_config_with_env(&|name| {
            vars.iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        })
    }

    #[test]
    fn the_proxy_is_decided_for_the_base_url_from_the_options_or_the_environment() {
        let env = [
            ("HTTPS_PROXY", "http://env-proxy:3128"),
            ("NO_PROXY", "internal.test"),
        ];
        let config = with_env(builder(), &env).unwrap();
        assert_eq!(config.proxy().unwrap().as_str(), "http://env-proxy:3128");
        let config = with_env(builder().base_url("https://api.internal.test"), &env).unwrap();
        assert_eq!(config.proxy(), None);
        let config = with_env(builder().base_url("http://127.0.0.1:9"), &env).unwrap();
        assert_eq!(config.proxy(), None);
        let config = with_env(builder().no_proxy(), &env).unwrap();
        assert_eq!(config.proxy(), None);
        let config = with_env(builder().proxy("mine:8080"), &env).unwrap();
        assert_eq!(config.proxy().unwrap().as_str(), "http://mine:8080");
        let error = with_env(builder().proxy("socks5://mine"), &env).unwrap_err();
        assert!(error.to_string().starts_with("invalid proxy: "), "{error}");
    }

    #[test]
    fn root_certificates_are_kept_in_order() {
        let config = builder()
            .add_root_certificate(RootCertificate::from_der(vec![1]))
            .add_root_certificate(RootCertificate::from_der(vec![2]))
            .build_config()
            .unwrap();
        let ders: Vec<&[u8]> = config
            .root_certificates()
            .iter()
            .map(RootCertificate::der)
            .collect();
        assert_eq!(ders, [&[1u8][..], &[2][..]]);
    }

    #[test]
    fn debug_of_builder_and_config_shows_no_proxy_password() {
        let builder = builder().proxy("http://user:proxy-pa55@proxy.corp:3128");
        assert!(!format!("{builder:?}").contains("proxy-pa55"));
        let config = builder.build_config().unwrap();
        let debug = format!("{config:?}");
        assert!(debug.contains("proxy.corp:3128"), "{debug}");
        assert!(!debug.contains("proxy-pa55"), "{debug}");
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
        let builder = ClientBuilder::<Nothing>::new().credentials(
            Credentials::builder()
                .app_id("app")
                .secret_id("sid")
                .secret_key("TOP-SECRET-KEY")
                .build()
                .with_sdk_id("sdk"),
        );
        assert!(!format!("{builder:?}").contains("TOP-SECRET-KEY"));
        let config = builder.build_config().unwrap();
        assert!(!format!("{config:?}").contains("TOP-SECRET-KEY"));
        assert!(!format!("{config:#?}").contains("TOP-SECRET-KEY"));
    }
}
