//! The sections both clients' crate docs share (configuration, the environment, OAuth 2.0, logging, testing),
//! written once here so that the two front pages cannot drift apart. The links are resolved in the client crate
//! that includes the text: they name what each client defines or re-exports (`Client`, `ClientBuilder`, `Error`,
//! `env`, `testing`, ...). A raw string rather than a Markdown file: `include_str!` in a macro reads relative to
//! the crate that invokes it, where the file is not.

/// The shared sections, as a string for `#![doc = wemeet_core::client_crate_docs!()]` in a client's `lib.rs`.
#[doc(hidden)]
#[macro_export]
macro_rules! client_crate_docs {
    () => {
        r#"
# Configuration

[`Client::builder`] gives a [`ClientBuilder`], whose page lists every option; [`Client::from_env`] reads them
from the environment. The defaults are meant for production, and each option says what it guards against:

- **Timeouts.** Connecting may take 5 s ([`connect_timeout`](ClientBuilder::connect_timeout)), one attempt 15 s
  from sending to the last byte of the answer ([`attempt_timeout`](ClientBuilder::attempt_timeout)), and the whole
  call, retries and pauses included, 30 s ([`call_timeout`](ClientBuilder::call_timeout)); [`Timeouts`] sets all
  three at once.
- **Retries.** At most 3 attempts, with an exponential, jittered backoff from 0.5 s to 5 s, each attempt signed
  afresh ([`RetryPolicy`], [`retry_policy`](ClientBuilder::retry_policy); [`RetryPolicy::disabled`] makes one
  attempt). Whether a failure is retried also depends on the endpoint's retry class ([`ENDPOINTS`]): a call that
  could act twice (creating a meeting, adding backgrounds) is re-sent only when the request certainly never
  reached the server. Rate limits wait at least 1 s before their one retry; quotas, authentication failures and a
  refused TLS certificate are never retried.
- **https.** The base URL ([`base_url`](ClientBuilder::base_url), by default [`DEFAULT_BASE_URL`]) must be https
  unless its host is loopback (`localhost`, `127.0.0.0/8`, `[::1]`, e.g. a local `wemeet-mock`) or
  [`allow_insecure_http`](ClientBuilder::allow_insecure_http) says otherwise, and must not hold a user name or
  password. Redirects are never followed: the signature covers the exact URI.
- **Proxies.** By default the proxy comes from `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY` and `NO_PROXY`, read as curl
  reads them; [`proxy`](ClientBuilder::proxy) sets one, [`no_proxy`](ClientBuilder::no_proxy) connects directly.
  https is tunnelled (`CONNECT`), so a proxy sees only the host name; loopback is always reached directly.
- **Root certificates.** The platform's trust store (the bundled Mozilla roots where the platform has none), plus
  each authority given to [`add_root_certificate`](ClientBuilder::add_root_certificate) ([`RootCertificate`] reads
  PEM or DER): the way to reach a server behind a company proxy that inspects TLS, or a test server. A refused
  certificate fails the call at once, as [`TransportErrorKind::Certificate`], pointing at that option.
- **TLS backend.** A Cargo feature of the client crate chooses it: `rustls-ring` (the default: rustls on ring),
  `rustls-aws-lc` (rustls on aws-lc-rs, whose key exchange is post-quantum; it builds AWS-LC from C) or
  `native-tls` (the platform's library: OpenSSL on Linux, which needs its development headers to build,
  Security.framework on macOS, SChannel on Windows; when on, it wins over a rustls feature). Every backend keeps
  the rest of this list: no redirects, the timeouts, the proxy and added roots, and no secret in any log. With
  `native-tls` the trust store is the platform's alone (no bundled fallback), and a refused certificate is told
  apart from other connect failures only on Linux.
- **Limits and headers.** The largest answer read ([`max_response_bytes`](ClientBuilder::max_response_bytes),
  4 MiB), idle connections kept per host
  ([`max_idle_connections_per_host`](ClientBuilder::max_idle_connections_per_host), 64), a suffix for the
  `User-Agent` ([`user_agent_suffix`](ClientBuilder::user_agent_suffix)), and the API's `X-TC-Version` and
  `X-TC-Registered` headers ([`app_version`](ClientBuilder::app_version),
  [`registered`](ClientBuilder::registered)).

Every error is an [`Error`]: bad input fails before anything is sent ([`Error::Validation`], naming the field and
the rule), an API error carries the service's code, message, HTTP status and `X-TC-Trace` id ([`Error::Api`]), and
a network failure says what failed, where and after how many attempts, with the transport's own error as its
`source()` ([`TransportError`]).

# From the environment

[`Client::from_env`] (or [`ClientBuilder::from_env`], to set more options afterwards) reads the `WEMEET_*`
variables listed in [`env`](mod@env): the credentials of an enterprise self-built app, or an OAuth 2.0 access token and
its open id, and optionally the base URL and the plain-http opt-in. The error names the first variable missing.

# OAuth 2.0

A third-party app calls on behalf of a user with the access token the user's authorization gave it, instead of a
signature: [`access_token`](ClientBuilder::access_token) with an [`AccessToken`] (token and open id), or
`WEMEET_ACCESS_TOKEN` and `WEMEET_OPEN_ID` with `from_env`. Only the endpoints that accept access tokens can then be
called (`Endpoint::OAUTH2`, shown for each endpoint in [`ENDPOINTS`] and on each method); calling another fails
before anything is sent, with [`ConfigError::AccessTokenNotAccepted`]. A token the service no longer accepts gives
an error for which [`Error::is_auth`] is true: refresh the token and build a new client.

# Logging

The client logs through [`tracing`](https://docs.rs/tracing) (install a subscriber such as `tracing-subscriber`
to see it; with its `tracing-log` feature the `log` records of the HTTP stack show too). Each call is one span,
`wemeet.call` (target `wemeet_core::call`), with the fields `endpoint`, `host`, `path` (never the query),
`meeting_id`, `attempt`, and once answered `status`, `trace_id` and `error_code`. The span's level is WARN, that of
its most severe event, so that every line of a call names its endpoint and host at any filter level.

| target | level | event |
|---|---|---|
| `wemeet_core::call` | DEBUG | `sending request` (attempt, body size), `call succeeded`, `call failed` (error, causes) |
| `wemeet_core::call` | WARN | `attempt failed, retrying` (attempt, reason, pause, error, causes) |
| `wemeet_core::tls` | WARN | once per process, when the platform has no trust store and the bundled roots stand in |

`RUST_LOG=wemeet_core=debug` (with `tracing-subscriber`'s `EnvFilter`) shows every call and attempt. Nothing
secret is logged at any level: no header value (signatures, SecretId, AppId, tokens), no request or response
body (meeting and push passwords), no query string; errors never contain them either.

# Testing

`wemeet-mock` is a local server of the API, for tests with no account: it authenticates as the service does,
keeps meetings and the rest, answers with the documented bodies and error codes, injects faults
(`mock.inject(Fault::...)`: statuses, delays, dropped or truncated answers) and records every request. Point a
client at it with its base URL and demo credentials (example below). For code that depends on time,
[`testing`] holds deterministic clocks and nonce sources ([`clock`](ClientBuilder::clock),
[`nonce_source`](ClientBuilder::nonce_source)): a [`testing::ManualClock`] moved past the signature's five-minute
window makes the mock refuse a call as the service would.
"#
    };
}
