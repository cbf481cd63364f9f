//! The one rustls configuration both clients use (feature `rustls`): ring or aws-lc-rs as the crypto provider
//! (features `rustls-ring`, `rustls-aws-lc`), the platform's certificate verifier plus the builder's root
//! certificates, and the bundled Mozilla roots only where the platform has no trust store.
//!
//! It lives here rather than in each client so that the two trust exactly the same authorities; it is behind a
//! feature so that this crate's default build (and anyone driving [`crate::Call`] with another transport) does not
//! compile rustls. No type of this module appears in the builder's API.

use std::sync::{Arc, OnceLock};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::ServerCertVerifier;
use rustls::crypto::CryptoProvider;
use rustls::{ClientConfig, RootCertStore};
use rustls_pki_types::CertificateDer;
use rustls_platform_verifier::Verifier;

use crate::{Config, ConfigError, RootCertificate};

/// The builder option the errors of this module name.
const OPTION: &str = "add_root_certificate";

/// The rustls client configuration for `config`: TLS 1.2 and 1.3 with the provider the features chose, no client
/// certificate, no ALPN (both
/// clients speak HTTP/1.1).
///
/// The verifier is the platform's (`rustls-platform-verifier`: the OS trust store, on Linux the system CA bundle)
/// with [`Config::root_certificates`] added. Where the platform has no trust store at all (e.g. a container without
/// a CA bundle) the bundled Mozilla roots (`webpki-roots`) take its place, with a warning logged once.
///
/// Fails, naming `add_root_certificate` and the certificate's position, when an added certificate cannot be used.
pub fn client_config(config: &Config) -> Result<ClientConfig, ConfigError> {
    let provider = provider();
    let verifier = verifier(config.root_certificates(), &provider)?;
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|error| ConfigError::Transport(format!("TLS setup failed: {error}")))?
        .dangerous()
        // The platform verifier is not dangerous; rustls files every custom verifier under this name.
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    Arc::clone(PROVIDER.get_or_init(|| Arc::new(crypto_provider())))
}

/// rustls on aws-lc-rs (feature `rustls-aws-lc`; it wins when both providers are on): its default key exchange
/// prefers the post-quantum X25519MLKEM768.
#[cfg(feature = "rustls-aws-lc")]
fn crypto_provider() -> CryptoProvider {
    rustls::crypto::aws_lc_rs::default_provider()
}

/// rustls on ring (feature `rustls-ring`, the clients' default). rustls 0.23.48 deprecated ring's provider because
/// ring has no post-quantum key exchange; it remains supported throughout 0.23 and has no replacement on ring
/// (`rustls-aws-lc` has one). `allow`, not `expect`: the lock file's rustls does not deprecate it yet, and CI
/// builds with both (the lock file's and the newest, `.ci/run`).
#[cfg(all(feature = "rustls-ring", not(feature = "rustls-aws-lc")))]
#[allow(deprecated)]
fn crypto_provider() -> CryptoProvider {
    rustls::crypto::ring::default_provider()
}

#[cfg(not(any(feature = "rustls-ring", feature = "rustls-aws-lc")))]
compile_error!(
    "wemeet-core's `rustls` feature needs a crypto provider: turn on `rustls-ring` or `rustls-aws-lc`"
);

/// The verifier for the platform's roots plus `extra`.
fn verifier(
    extra: &[RootCertificate],
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, ConfigError> {
    let extra = checked(extra)?;
    let platform = platform_only(provider)?;
    if extra.is_empty() {
        return Ok(Arc::clone(&platform.verifier));
    }
    if !platform.is_native {
        return bundled(extra, provider);
    }
    platform_with(extra, provider)
}

/// The verifier without added roots, made once per process: reading the system store costs milliseconds, and
/// tests and applications build many clients.
struct PlatformVerifier {
    verifier: Arc<dyn ServerCertVerifier>,
    /// False when the platform had no trust store and the bundled roots stand in.
    is_native: bool,
}

fn platform_only(provider: &Arc<CryptoProvider>) -> Result<&'static PlatformVerifier, ConfigError> {
    static PLATFORM: OnceLock<Result<PlatformVerifier, ConfigError>> = OnceLock::new();
    PLATFORM
        .get_or_init(|| match Verifier::new(Arc::clone(provider)) {
            Ok(verifier) => Ok(PlatformVerifier {
                verifier: Arc::new(verifier),
                is_native: true,
            }),
            Err(error) => {
                tracing::warn!(
                    %error,
                    "the platform has no usable trust store: trusting the bundled Mozilla roots (webpki-roots)"
                );
                bundled(Vec::new(), provider).map(|verifier| PlatformVerifier {
                    verifier,
                    is_native: false,
                })
            }
        })
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(not(target_os = "android"))]
fn platform_with(
    extra: Vec<CertificateDer<'static>>,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, ConfigError> {
    Verifier::new_with_extra_roots(extra, Arc::clone(provider))
        .map(|verifier| Arc::new(verifier) as Arc<dyn ServerCertVerifier>)
        .map_err(|error| invalid(format!("the platform verifier refused it: {error}")))
}

#[cfg(target_os = "android")]
fn platform_with(
    _extra: Vec<CertificateDer<'static>>,
    _provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, ConfigError> {
    Err(invalid(
        "Android's platform verifier cannot take added roots; install the CA on the device"
            .to_owned(),
    ))
}

/// A verifier over the bundled Mozilla roots plus `extra`.
fn bundled(
    extra: Vec<CertificateDer<'static>>,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<dyn ServerCertVerifier>, ConfigError> {
    let mut roots = RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    for certificate in extra {
        roots
            .add(certificate)
            .map_err(|error| invalid(error.to_string()))?;
    }
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), Arc::clone(provider))
        .build()
        .map(|verifier| verifier as Arc<dyn ServerCertVerifier>)
        .map_err(|error| ConfigError::Transport(format!("TLS setup failed: {error}")))
}

/// The added roots as rustls takes them, each checked to be a usable trust anchor; the error names its position.
fn checked(extra: &[RootCertificate]) -> Result<Vec<CertificateDer<'static>>, ConfigError> {
    extra
        .iter()
        .enumerate()
        .map(|(index, certificate)| {
            let der = CertificateDer::from(certificate.der().to_vec());
            RootCertStore::empty()
                .add(der.clone())
                .map(|()| der)
                .map_err(|error| {
                    invalid(format!(
                        "certificate #{} is not a usable CA certificate: {error}",
                        index + 1
                    ))
                })
        })
        .collect()
}

fn invalid(reason: String) -> ConfigError {
    ConfigError::InvalidNetworkOption {
        option: OPTION,
        reason,
    }
}
