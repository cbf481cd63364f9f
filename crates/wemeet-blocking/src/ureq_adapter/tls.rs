//! TLS on a connection to the API, as the features choose: rustls with the configuration both clients share
//! (`wemeet_core::tls`, features `rustls-ring`, the default, and `rustls-aws-lc`), or the platform's library
//! (feature `native-tls`, which wins when it is on). Either way the handshake happens here, under the redaction:
//! what ureq logs is the same.

use wemeet_core::{Config, ConfigError};

use super::connector::TlsFailed;

#[cfg(all(
    not(feature = "native-tls"),
    any(feature = "rustls-ring", feature = "rustls-aws-lc")
))]
mod backend {
    use std::sync::Arc;

    use rustls::pki_types::ServerName;
    use rustls::{ClientConnection, StreamOwned};
    use ureq::unversioned::transport::TransportAdapter;

    use super::{Config, ConfigError, TlsFailed};

    /// A TLS connection to the API.
    pub(crate) type TlsStream = StreamOwned<ClientConnection, TransportAdapter>;

    /// The shared rustls configuration: the platform's verifier plus the added roots.
    #[derive(Debug, Clone)]
    pub(crate) struct TlsSetup(Arc<rustls::ClientConfig>);

    impl TlsSetup {
        pub(crate) fn new(config: &Config) -> Result<Self, ConfigError> {
            Ok(TlsSetup(Arc::new(wemeet_core::tls::client_config(config)?)))
        }

        /// Completes the handshake with `host` over `adapter` (within the timeout already set on it).
        pub(crate) fn handshake(
            &self,
            host: &str,
            mut adapter: TransportAdapter,
        ) -> Result<TlsStream, ureq::Error> {
            let name = ServerName::try_from(host.to_owned()).map_err(TlsFailed::other)?;
            let mut connection =
                ClientConnection::new(Arc::clone(&self.0), name).map_err(TlsFailed::other)?;
            connection
                .complete_io(&mut adapter)
                .map_err(TlsFailed::from_handshake)?;
            Ok(StreamOwned::new(connection, adapter))
        }
    }

    /// The connection under the TLS.
    pub(crate) fn adapter(stream: &mut TlsStream) -> &mut TransportAdapter {
        &mut stream.sock
    }
}

#[cfg(feature = "native-tls")]
mod backend {
    use ureq::unversioned::transport::TransportAdapter;

    use super::{Config, ConfigError, TlsFailed};

    /// A TLS connection to the API.
    pub(crate) type TlsStream = native_tls::TlsStream<TransportAdapter>;

    /// native-tls: the platform's trust store (OpenSSL's on Linux, Security.framework, SChannel) plus the added
    /// roots.
    #[derive(Debug, Clone)]
    pub(crate) struct TlsSetup(native_tls::TlsConnector);

    impl TlsSetup {
        pub(crate) fn new(config: &Config) -> Result<Self, ConfigError> {
            let mut builder = native_tls::TlsConnector::builder();
            for (index, certificate) in config.root_certificates().iter().enumerate() {
                let certificate =
                    native_tls::Certificate::from_der(certificate.der()).map_err(|error| {
                        ConfigError::InvalidNetworkOption {
                            option: "add_root_certificate",
                            reason: format!(
                                "certificate #{} is not a usable CA certificate: {error}",
                                index + 1
                            ),
                        }
                    })?;
                builder.add_root_certificate(certificate);
            }
            builder
                .build()
                .map(TlsSetup)
                .map_err(|error| ConfigError::Transport(format!("TLS setup failed: {error}")))
        }

        /// Completes the handshake with `host` over `adapter` (within the timeout already set on it).
        pub(crate) fn handshake(
            &self,
            host: &str,
            adapter: TransportAdapter,
        ) -> Result<TlsStream, ureq::Error> {
            self.0.connect(host, adapter).map_err(|error| match error {
                native_tls::HandshakeError::Failure(error) => TlsFailed::other(error),
                // The socket is blocking: only a read or write that timed out stops the handshake midway.
                native_tls::HandshakeError::WouldBlock(_) => {
                    ureq::Error::Timeout(ureq::Timeout::Connect)
                }
            })
        }
    }

    /// The connection under the TLS.
    pub(crate) fn adapter(stream: &mut TlsStream) -> &mut TransportAdapter {
        stream.get_mut()
    }
}

#[cfg(not(any(
    feature = "native-tls",
    feature = "rustls-ring",
    feature = "rustls-aws-lc"
)))]
compile_error!(
    "wemeet-blocking needs a TLS backend: the feature `rustls-ring` (default), `rustls-aws-lc` or `native-tls`"
);

#[cfg(any(
    feature = "native-tls",
    feature = "rustls-ring",
    feature = "rustls-aws-lc"
))]
pub(crate) use backend::{TlsSetup, TlsStream, adapter};
