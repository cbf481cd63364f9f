//! One attempt through ureq: the agent the [`Config`] describes, the request sent with its secrets concealed from
//! ureq ([`crate::redaction`]) and its response read whole, and ureq's errors read as the shared
//! [`TransportError`] kinds.

use std::io;
use std::time::Duration;

use http::header::CONTENT_LENGTH;
use http::{HeaderValue, Request};
use ureq::unversioned::transport::{ConnectProxyConnector, Connector, TcpConnector};
use ureq::{AsSendBody, SendBody};
use wemeet_core::{
    Attempt, Config, ConfigError, Error, RawResponse, TransportError, TransportErrorKind,
};

use super::connector::{ApiConnector, TlsFailed};
use super::resolver::{AddressFirstResolver, ResolveFailed};
use super::tls::TlsSetup;
use crate::redaction::{Exchange, ExchangeScope, placeholder};
use crate::upload_body::UploadBody;

/// A ureq agent configured for the API: the proxy the [`Config`] decided (or none: ureq's own reading of the
/// environment is off), the TLS the features chose ([`super::tls`]), no redirects (they would break the
/// signature), HTTP error statuses returned as responses (the shared path reads their bodies), the connect timeout
/// and pool size of the [`Config`]; and a connection that keeps every secret out of what ureq logs
/// ([`crate::redaction`]).
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    agent: ureq::Agent,
    max_response_bytes: usize,
}

impl Transport {
    pub(crate) fn new(config: &Config) -> Result<Self, Error> {
        let proxy = config
            .proxy()
            .map(|proxy| ureq::Proxy::new(proxy.as_str()))
            .transpose()
            .map_err(|error| ConfigError::Transport(error.to_string()))?;
        let agent_config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(proxy)
            .timeout_connect(Some(config.timeouts().connect))
            .max_idle_connections_per_host(config.max_idle_per_host())
            .max_idle_connections(config.max_idle_per_host().max(100))
            .user_agent(ureq::config::AutoHeaderValue::None)
            .build();
        let tls = TlsSetup::new(config)?;
        let connector =
            ().chain(ConnectProxyConnector::default())
                .chain(TcpConnector::default())
                .chain(ApiConnector::new(tls, config.proxy()));
        let agent =
            ureq::Agent::with_parts(agent_config, connector, AddressFirstResolver::default());
        Ok(Transport {
            agent,
            max_response_bytes: config.max_response_bytes(),
        })
    }

    /// Sends one attempt and reads the whole response, within the attempt's time limit and the body cap.
    ///
    /// ureq sees the request with its secrets replaced by placeholders and the response with its body replaced
    /// by filler; the connection moves the real bytes (see [`crate::redaction`]). A multipart upload goes out as
    /// it is read: ureq sends a placeholder reader of its length, which the connection overwrites with the
    /// upload's bytes as they pass.
    pub(crate) fn execute(&self, attempt: Attempt) -> Result<RawResponse, Error> {
        let Attempt {
            mut request,
            upload,
            timeout,
            ..
        } = attempt;
        let Some(upload) = upload.map(UploadBody::new).transpose()? else {
            let exchange = in_flight(Exchange::conceal(&mut request, None))?;
            return self.run(request, timeout, exchange);
        };
        // A body read from a reader goes out with chunked encoding unless the request states its length, in which
        // case ureq sends exactly that many bytes of it as they are (ureq 3.5: `add_headers` in run.rs and
        // `AmendedRequest::analyze` in ureq-proto's client/amended.rs).
        let length = upload.length();
        request
            .headers_mut()
            .insert(CONTENT_LENGTH, HeaderValue::from(length));
        let exchange = in_flight(Exchange::conceal(&mut request, Some(upload)))?;
        let request = request.map(|_| SendBody::from_owned_reader(placeholder(length)));
        self.run(request, timeout, exchange)
    }

    /// Sends `request`, whose secrets `exchange` holds, and reads its whole response.
    fn run(
        &self,
        request: Request<impl AsSendBody>,
        timeout: Duration,
        exchange: ExchangeScope,
    ) -> Result<RawResponse, Error> {
        let request = self
            .agent
            .configure_request(request)
            .timeout_global(Some(timeout))
            .build();
        let response = self.agent.run(request).map_err(transport_error)?;
        let (parts, mut body) = response.into_parts();
        let filler = body
            .with_config()
            .limit(self.max_response_bytes as u64)
            .read_to_vec()
            .map_err(|error| match error {
                ureq::Error::BodyExceedsLimit(_) => Error::BodyTooLarge {
                    status: parts.status,
                    limit: self.max_response_bytes,
                },
                other => transport_error(other),
            })?;
        let body = exchange.finish();
        if body.len() != filler.len() {
            return Err(TransportError::new(
                TransportErrorKind::Interrupted,
                format!(
                    "the response body was framed as {} bytes by ureq and {} by the connection",
                    filler.len(),
                    body.len()
                ),
            )
            .into());
        }
        Ok(RawResponse::new(parts.status, parts.headers, body))
    }
}

/// Makes `exchange` this thread's for the length of the call; refused, before anything is sent, when the thread
/// has a call in flight already (this call is made from inside that one's upload reader, or its logging). Not a
/// transport error: trying again would meet the same call in flight.
fn in_flight(exchange: Exchange) -> Result<ExchangeScope, Error> {
    ExchangeScope::enter(exchange).ok_or_else(|| {
        Error::Encode(
            "the blocking client makes one call at a time on a thread, and this one was made while another was \
             in flight (from inside its upload's reader or its logging)"
                .to_owned(),
        )
    })
}

/// Classifies a ureq error by whether the request may have reached the server.
fn transport_error(error: ureq::Error) -> Error {
    use ureq::Timeout;
    let kind = match &error {
        ureq::Error::HostNotFound
        | ureq::Error::ConnectionFailed
        | ureq::Error::ConnectProxyFailed(_)
        | ureq::Error::Tls(_) => TransportErrorKind::Connect,
        ureq::Error::Other(source) if source.is::<TlsFailed>() || source.is::<ResolveFailed>() => {
            TransportErrorKind::Connect
        }
        ureq::Error::Timeout(Timeout::Resolve | Timeout::Connect) => TransportErrorKind::Connect,
        ureq::Error::Timeout(_) => TransportErrorKind::Timeout,
        ureq::Error::Io(io) if is_connect_failure(io) => TransportErrorKind::Connect,
        ureq::Error::Io(io) if io.kind() == io::ErrorKind::TimedOut => TransportErrorKind::Timeout,
        _ => TransportErrorKind::Interrupted,
    };
    match error {
        // Our own markers carry the failure itself: without ureq's "other: " in front, it reads as in the async
        // client.
        ureq::Error::Other(source) if source.is::<TlsFailed>() || source.is::<ResolveFailed>() => {
            TransportError::new(kind, source).into()
        }
        // ureq's `Io` has no `source()`: handing on the I/O error itself keeps the operating system's error in the
        // chain of causes, as the async client's chain has it.
        ureq::Error::Io(io) => TransportError::new(kind, io).into(),
        error => TransportError::new(kind, error).into(),
    }
}

fn is_connect_failure(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::AddrNotAvailable
            | io::ErrorKind::HostUnreachable
            | io::ErrorKind::NetworkUnreachable
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(error: ureq::Error) -> Option<TransportErrorKind> {
        match transport_error(error) {
            Error::Transport(transport) => Some(transport.kind()),
            _ => None,
        }
    }

    #[test]
    fn failures_before_any_byte_is_sent_are_connect_errors() {
        let lookup = ureq::Error::Other(Box::new(ResolveFailed::for_tests(
            "failed to lookup address information: Name or service not known",
        )));
        let error = transport_error(lookup);
        assert!(
            matches!(&error, Error::Transport(transport) if transport.kind() == TransportErrorKind::Connect),
            "{error:?}"
        );
        assert_eq!(
            error.to_string(),
            "could not connect (the request was not sent)"
        );
        assert_eq!(
            std::error::Error::source(&error).map(ToString::to_string),
            Some("failed to lookup address information: Name or service not known".to_owned()),
            "the cause itself, without ureq's \"other: \" in front"
        );
        assert_eq!(
            kind(ureq::Error::HostNotFound),
            Some(TransportErrorKind::Connect)
        );
        let refused = io::Error::from(io::ErrorKind::ConnectionRefused);
        assert_eq!(
            kind(ureq::Error::Io(refused)),
            Some(TransportErrorKind::Connect)
        );
    }

    #[test]
    fn a_connection_lost_after_sending_may_have_reached_the_server() {
        let reset = io::Error::from(io::ErrorKind::ConnectionReset);
        assert_eq!(
            kind(ureq::Error::Io(reset)),
            Some(TransportErrorKind::Interrupted)
        );
    }
}
