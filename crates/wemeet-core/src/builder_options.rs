//! The options of the client builder, each written once with its documentation, as a list that expands two ways:
//! into [`crate::ClientBuilder`]'s own methods (`define`), and into the same methods of each client crate's
//! `ClientBuilder`, which forward to it (`forward`). So the options, their signatures and their docs are written
//! here only, and `wemeet::ClientBuilder` and `wemeet_blocking::ClientBuilder` show every one on their own page.

/// Expands the builder's options: `client_builder_options!(define)` inside `impl<C> ClientBuilder<C>`, or
/// `client_builder_options!(forward)` inside the `impl` of a type whose field `core` is a `ClientBuilder`.
///
/// Each entry is `fn name(mut self, argument: Type) { body }`, its docs above it; `define` makes it
/// `pub fn name(mut self, argument: Type) -> Self { body; self }`, `forward` makes it a method that hands the
/// argument to `self.core.name(..)`. Types are written with `$crate::` paths, docs' links with `crate::` paths that
/// both this crate and the clients (which re-export them) resolve.
#[doc(hidden)]
#[macro_export]
macro_rules! client_builder_options {
    ($mode:ident) => {
        $crate::client_builder_options! { @$mode
            /// Signs every call with the credentials of an enterprise self-built app (AppId, SdkId, SecretId,
            /// SecretKey). Replaces an [`access_token`](Self::access_token) given earlier.
            fn credentials(mut self, credentials: $crate::Credentials) {
                self.identity = Some(Identity::Credentials(credentials));
            }

            /// Authenticates every call with a third-party app's OAuth 2.0 access token instead of a signature
            /// (api-notes §2). Only the endpoints that accept access tokens can then be called (`Endpoint::OAUTH2`;
            /// creating, reading and cancelling meetings do); calling another fails before anything is sent, with
            /// [`ConfigError::AccessTokenNotAccepted`](crate::ConfigError::AccessTokenNotAccepted). A token the
            /// service no longer accepts answers an [`Error::is_auth`](crate::Error::is_auth) error (190303 /
            /// 200190303): refresh it and build a new client. Replaces [`credentials`](Self::credentials) given
            /// earlier.
            fn access_token(mut self, token: $crate::AccessToken) {
                self.identity = Some(Identity::AccessToken(token));
            }

            /// Where calls go: an absolute https URL, by default [`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL). A
            /// path prefix is kept.
            ///
            /// Plain `http://` is accepted only for a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`), such as a
            /// local `wemeet-mock`, unless [`allow_insecure_http`](Self::allow_insecure_http) is set: over http the
            /// AppId, the SecretId, every signature and the meeting and push passwords would travel in clear.
            fn base_url(mut self, base_url: impl ::std::convert::Into<::std::string::String>) {
                self.base_url = base_url.into();
            }

            /// Allows a plain `http://` base URL whose host is not loopback (default `false`), e.g. a test server
            /// inside a private network. The environment variable `WEMEET_ALLOW_INSECURE_HTTP=1` does the same for
            /// [`from_env`](Self::from_env).
            fn allow_insecure_http(mut self, allow: bool) {
                self.allow_insecure_http = allow;
            }

            /// Sends every request through this HTTP proxy, `http://[user:password@]host[:port]`, whatever the
            /// environment says; loopback base URLs still connect directly. https requests are tunnelled (`CONNECT`),
            /// so the proxy sees only the host name and port. An unusable URL fails [`build`](Self::build), naming
            /// `proxy`.
            ///
            /// By default the proxy comes from the environment, read as curl reads it: `https_proxy`/`HTTPS_PROXY`
            /// (for an https base URL) or `http_proxy`/`HTTP_PROXY`, then `all_proxy`/`ALL_PROXY`, with the hosts of
            /// `no_proxy`/`NO_PROXY` reached directly.
            fn proxy(mut self, url: impl ::std::convert::Into<::std::string::String>) {
                self.proxy = ProxySetting::Url(url.into());
            }

            /// Connects directly, never through a proxy, whatever the environment says.
            fn no_proxy(mut self) {
                self.proxy = ProxySetting::Disabled;
            }

            /// Trusts this certificate authority besides the platform's trust store, e.g. the CA of a company proxy
            /// that inspects TLS, or of a test server. May be called several times.
            fn add_root_certificate(mut self, certificate: $crate::RootCertificate) {
                self.root_certificates.push(certificate);
            }

            /// All timeouts at once.
            fn timeouts(mut self, timeouts: $crate::Timeouts) {
                self.timeouts = timeouts;
            }

            /// How long establishing a connection may take (default 5 s).
            fn connect_timeout(mut self, timeout: ::std::time::Duration) {
                self.timeouts.connect = timeout;
            }

            /// How long one attempt may take, from sending to the last byte of the response (default 15 s).
            fn attempt_timeout(mut self, timeout: ::std::time::Duration) {
                self.timeouts.attempt = timeout;
            }

            /// How long a whole call may take, retries and pauses included (default 30 s).
            fn call_timeout(mut self, timeout: ::std::time::Duration) {
                self.timeouts.call = timeout;
            }

            /// When and how calls are retried; [`RetryPolicy::disabled`](crate::RetryPolicy::disabled) turns retries
            /// off.
            fn retry_policy(mut self, policy: $crate::RetryPolicy) {
                self.retry = policy;
            }

            /// The `X-TC-Registered` header: `1` (the default) or `0`.
            fn registered(mut self, registered: bool) {
                self.registered = registered;
            }

            /// The `X-TC-Version` header, sent only when set.
            fn app_version(mut self, version: impl ::std::convert::Into<::std::string::String>) {
                self.app_version = Some(version.into());
            }

            /// Text appended to the `User-Agent` (`wemeet-rs/<version> <suffix>`), e.g. your app's name and version.
            fn user_agent_suffix(mut self, suffix: impl ::std::convert::Into<::std::string::String>) {
                self.user_agent_suffix = Some(suffix.into());
            }

            /// The largest response body read (default 4 MiB); a larger one fails with
            /// [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
            fn max_response_bytes(mut self, limit: usize) {
                self.max_response_bytes = limit;
            }

            /// How many idle connections per host the transport keeps (default 64). Set it to at least the number of
            /// threads or tasks that use the client at once, so that none of them has to open a new connection.
            fn max_idle_connections_per_host(mut self, connections: usize) {
                self.max_idle_per_host = connections;
            }

            /// The clock timestamps come from (default: the system clock). For tests and clock-skew experiments.
            fn clock(mut self, clock: impl $crate::Clock) {
                self.clock = Some(Arc::new(clock));
            }

            /// Where nonces come from (default: random, unique per request). For deterministic tests.
            fn nonce_source(mut self, nonces: impl $crate::NonceSource) {
                self.nonces = Some(Arc::new(nonces));
            }
        }
    };
    (@define $(
        $(#[$doc:meta])*
        fn $name:ident(mut $this:ident $(, $argument:ident: $type:ty)?) $body:block
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(mut $this $(, $argument: $type)?) -> Self {
                $body
                $this
            }
        )*
    };
    (@forward $(
        $(#[$doc:meta])*
        fn $name:ident(mut $this:ident $(, $argument:ident: $type:ty)?) $body:block
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(mut $this $(, $argument: $type)?) -> Self {
                $this.core = $this.core.$name($($argument)?);
                $this
            }
        )*
    };
}
