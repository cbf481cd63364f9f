//! Each client crate's own `ClientBuilder`: a type of that crate (so that its page lists every option and its links
//! resolve with `--no-deps`) around [`crate::ClientBuilder`], defined here once for both.

/// Defines `ClientBuilder` in a client crate: a builder of `$client` around [`ClientBuilder<$client>`]
/// (field `core`) plus the transport's own options (field `transport`, of a type with `Default` and `Debug`), with
/// `new`, `from_env`, `build_config`, every option of [`client_builder_options!`](crate::client_builder_options)
/// and conversion from the generic builder. The client crate writes `build` (it knows its transport) and any
/// option of its transport alone.
///
/// [`ClientBuilder<$client>`]: crate::ClientBuilder
#[doc(hidden)]
#[macro_export]
macro_rules! client_builder {
    ($(#[$doc:meta])* $client:ty, transport options: $options:ty) => {
        $(#[$doc])*
        #[must_use]
        pub struct ClientBuilder {
            core: $crate::ClientBuilder<$client>,
            transport: $options,
        }

        impl ClientBuilder {
            /// A builder with the defaults: the production base URL ([`DEFAULT_BASE_URL`](crate::DEFAULT_BASE_URL)),
            /// 5 s / 15 s / 30 s timeouts (connect, attempt, call), at most 3 attempts, `X-TC-Registered: 1`, a
            /// 4 MiB response cap, the proxy from the environment. Credentials (or an access token) must still be
            /// given.
            pub fn new() -> Self {
                ClientBuilder {
                    core: $crate::ClientBuilder::new(),
                    transport: ::core::default::Default::default(),
                }
            }

            /// A builder configured from the `WEMEET_*` environment variables: the table of
            /// [`env`](crate::env) lists every one it reads (credentials or an OAuth 2.0 access token, and
            /// optionally the base URL and the plain-http opt-in). Options set afterwards override them.
            ///
            /// The error names the first missing variable.
            pub fn from_env() -> ::core::result::Result<Self, $crate::ConfigError> {
                $crate::ClientBuilder::from_env().map(Self::from)
            }

            /// Checks the options and settles them into a [`Config`](crate::Config) without building a
            /// transport; the proxy is decided here, reading the process environment unless
            /// [`proxy`](Self::proxy) or [`no_proxy`](Self::no_proxy) was set.
            pub fn build_config(self) -> ::core::result::Result<$crate::Config, $crate::ConfigError> {
                self.core.build_config()
            }

            $crate::client_builder_options!(forward);
        }

        impl ::core::default::Default for ClientBuilder {
            fn default() -> Self {
                Self::new()
            }
        }

        /// Shows the options as the generic builder does: never a secret, a proxy's password included.
        impl ::core::fmt::Debug for ClientBuilder {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct("ClientBuilder")
                    .field("options", &self.core)
                    .field("transport", &self.transport)
                    .finish()
            }
        }

        /// The generic builder's options, with the transport's defaults: for code written once for both clients.
        impl ::core::convert::From<$crate::ClientBuilder<$client>> for ClientBuilder {
            fn from(core: $crate::ClientBuilder<$client>) -> Self {
                ClientBuilder {
                    core,
                    transport: ::core::default::Default::default(),
                }
            }
        }
    };
}
