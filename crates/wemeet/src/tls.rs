//! TLS for reqwest, as the features choose: rustls configured once for both clients (`wemeet_core::tls`, features
//! `rustls-ring`, the default, and `rustls-aws-lc`), or the platform's library (feature `native-tls`, which wins
//! when it is on).

use wemeet_core::{Config, ConfigError};

/// `builder` with the shared rustls configuration: the platform's verifier plus the added roots.
#[cfg(all(
    not(feature = "native-tls"),
    any(feature = "rustls-ring", feature = "rustls-aws-lc")
))]
pub(crate) fn configure(
    builder: reqwest::ClientBuilder,
    config: &Config,
) -> Result<reqwest::ClientBuilder, ConfigError> {
    Ok(builder.tls_backend_preconfigured(wemeet_core::tls::client_config(config)?))
}

/// `builder` with native-tls: the platform's trust store (OpenSSL's on Linux, Security.framework, SChannel) plus
/// the added roots.
#[cfg(feature = "native-tls")]
pub(crate) fn configure(
    builder: reqwest::ClientBuilder,
    config: &Config,
) -> Result<reqwest::ClientBuilder, ConfigError> {
    config.root_certificates().iter().enumerate().try_fold(
        builder.tls_backend_native(),
        |builder, (index, certificate)| {
            reqwest::Certificate::from_der(certificate.der())
                .map(|certificate| builder.add_root_certificate(certificate))
                .map_err(|error| ConfigError::InvalidNetworkOption {
                    option: "add_root_certificate",
                    reason: format!(
                        "certificate #{} is not a usable CA certificate: {error}",
                        index + 1
                    ),
                })
        },
    )
}

#[cfg(not(any(
    feature = "native-tls",
    feature = "rustls-ring",
    feature = "rustls-aws-lc"
)))]
compile_error!(
    "wemeet needs a TLS backend: the feature `rustls-ring` (default), `rustls-aws-lc` or `native-tls`"
);
