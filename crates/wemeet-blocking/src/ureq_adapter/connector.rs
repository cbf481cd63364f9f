//! The last link of the agent's connector chain: turns the TCP connection (or the proxy's tunnel) to the API into
//! an [`ApiTransport`], doing the TLS handshake ([`super::tls`]) when the URL is https.
//!
//! The chain is ureq's `CONNECT` proxy connector, ureq's TCP connector, then this. ureq runs the same chain to reach
//! the proxy itself; that hop (plain TCP to the proxy) is passed through untouched.

use std::error::Error as StdError;
use std::fmt;

use ureq::http::Uri;
use ureq::unversioned::transport::{
    ConnectionDetails, Connector, Either, Transport, TransportAdapter,
};
use wemeet_core::ProxyUrl;

use super::api_transport::{ApiTransport, Stream};
use super::tls::TlsSetup;

/// Connects to the API: TLS for https, and the transport that keeps secrets away from ureq-proto.
#[derive(Debug)]
pub(crate) struct ApiConnector {
    tls: TlsSetup,
    /// `host:port` of the proxy, if the agent uses one.
    proxy: Option<String>,
}

impl ApiConnector {
    pub(crate) fn new(tls: TlsSetup, proxy: Option<&ProxyUrl>) -> Self {
        ApiConnector {
            tls,
            proxy: proxy.map(|proxy| proxy.host_and_port().to_ascii_lowercase()),
        }
    }

    /// Whether `uri` is the proxy's own (the hop ureq makes to send `CONNECT`).
    fn is_proxy_hop(&self, uri: &Uri) -> bool {
        let Some(proxy) = &self.proxy else {
            return false;
        };
        let (Some(host), Some(port)) = (uri.host(), uri.port_u16().or(Some(80))) else {
            return false;
        };
        format!("{host}:{port}").eq_ignore_ascii_case(proxy)
    }
}

impl<In: Transport> Connector<In> for ApiConnector {
    type Out = Either<In, ApiTransport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else {
            return Ok(None);
        };
        if self.is_proxy_hop(details.uri) {
            return Ok(Some(Either::A(transport)));
        }
        let mut adapter = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        let stream = if details.needs_tls() {
            adapter.set_timeout(details.timeout);
            let host = details.uri.host().unwrap_or_default();
            let host = host
                .strip_prefix('[')
                .and_then(|inner| inner.strip_suffix(']'))
                .unwrap_or(host);
            Stream::Tls(Box::new(self.tls.handshake(host, adapter)?))
        } else {
            Stream::Plain(adapter)
        };
        Ok(Some(Either::B(ApiTransport::new(
            stream,
            details.config.input_buffer_size(),
            details.config.output_buffer_size(),
        ))))
    }
}

/// The TLS handshake with the API failed (a certificate not trusted, a server that does not speak TLS...): the
/// request was never sent.
#[derive(Debug)]
pub(crate) struct TlsFailed(std::io::Error);

impl TlsFailed {
    fn error(error: std::io::Error) -> ureq::Error {
        ureq::Error::Other(Box::new(TlsFailed(error)))
    }

    /// A failure of the TLS library itself (a name it cannot use, a handshake it refused).
    pub(crate) fn other(error: impl Into<Box<dyn StdError + Send + Sync>>) -> ureq::Error {
        Self::error(io_error(error))
    }

    /// A handshake error; a timeout stays ureq's connect timeout.
    #[cfg_attr(feature = "native-tls", allow(dead_code))]
    pub(crate) fn from_handshake(error: std::io::Error) -> ureq::Error {
        match ureq::Error::from(error) {
            timeout @ ureq::Error::Timeout(_) => timeout,
            ureq::Error::Io(error) => Self::error(error),
            other => Self::error(std::io::Error::other(other)),
        }
    }
}

fn io_error(error: impl Into<Box<dyn StdError + Send + Sync>>) -> std::io::Error {
    std::io::Error::other(error)
}

impl fmt::Display for TlsFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TLS handshake failed: {}", self.0)
    }
}

impl StdError for TlsFailed {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        Some(&self.0)
    }
}
