//! Moving bytes with reqwest: the only part of this crate that is not shared with `wemeet-blocking`.

use wemeet_core::{
    Attempt, Config, ConfigError, Error, RawResponse, TransportError, TransportErrorKind,
};

/// A reqwest client configured for the API: the TLS the features chose ([`crate::tls`]), the proxy the [`Config`]
/// decided (or none: reqwest's own reading of the environment is off), no redirects (they would break the
/// signature), the connect timeout and pool size of the [`Config`] — or the caller's own client
/// ([`ClientBuilder::http_client`](crate::ClientBuilder::http_client)). reqwest's `connection_verbose`, which would
/// log every byte read and written at TRACE, stays off; hyper and rustls log no header value and no body.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    http: reqwest::Client,
    /// The base URL, parsed once: each attempt's URL is it with the attempt's path and query.
    base: Option<reqwest::Url>,
    max_response_bytes: usize,
}

impl Transport {
    /// The transport for `config`: on `http`, the caller's own client, when given.
    pub(crate) fn new(config: &Config, http: Option<reqwest::Client>) -> Result<Self, Error> {
        let http = match http {
            Some(http) => http,
            None => Self::configured(config)?,
        };
        Ok(Transport {
            http,
            base: reqwest::Url::parse(config.base_url()).ok(),
            max_response_bytes: config.max_response_bytes(),
        })
    }

    /// A reqwest client set up as the [`Config`] says.
    fn configured(config: &Config) -> Result<reqwest::Client, Error> {
        let builder = crate::tls::configure(reqwest::Client::builder(), config)?
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(config.timeouts().connect)
            .pool_max_idle_per_host(config.max_idle_per_host());
        let builder = match config.proxy() {
            Some(proxy) => builder.proxy(
                reqwest::Proxy::all(proxy.as_str())
                    .map_err(|error| ConfigError::Transport(error.to_string()))?,
            ),
            None => builder.no_proxy(),
        };
        Ok(builder
            .build()
            .map_err(|error| ConfigError::Transport(error.to_string()))?)
    }

    /// Sends one attempt and reads the whole response, within the attempt's time limit and the body cap.
    pub(crate) async fn execute(&self, attempt: Attempt) -> Result<RawResponse, Error> {
        let Attempt {
            request,
            upload,
            timeout,
            ..
        } = attempt;
        let mut request = match self.url_on_base(request.uri()) {
            Some(url) => {
                let (parts, body) = request.into_parts();
                let mut request = reqwest::Request::new(parts.method, url);
                *request.headers_mut() = parts.headers;
                *request.version_mut() = parts.version;
                *request.body_mut() = Some(body.into());
                request
            }
            None => reqwest::Request::try_from(request).map_err(transport_error)?,
        };
        if let Some(upload) = upload {
            let length = upload.length();
            request.headers_mut().insert(
                http::header::CONTENT_LENGTH,
                http::HeaderValue::from(length),
            );
            *request.body_mut() = Some(reqwest::Body::wrap(crate::upload_body::UploadBody::new(
                upload,
            )));
        }
        *request.timeout_mut() = Some(timeout);
        let mut response = self.http.execute(request).await.map_err(transport_error)?;

        let status = response.status();
        if response
            .content_length()
            .is_some_and(|length| length > self.max_response_bytes as u64)
        {
            return Err(Error::BodyTooLarge {
                status,
                limit: self.max_response_bytes,
            });
        }
        let headers = std::mem::take(response.headers_mut());
        // Sized by the stated length (at most the cap, checked above), so that a body is not grown chunk by chunk.
        let stated = response
            .content_length()
            .and_then(|length| usize::try_from(length).ok());
        let mut body = Vec::with_capacity(stated.unwrap_or_default());
        while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
            if body.len() + chunk.len() > self.max_response_bytes {
                return Err(Error::BodyTooLarge {
                    status,
                    limit: self.max_response_bytes,
                });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(RawResponse::new(status, headers, body))
    }
}

impl Transport {
    /// The URL of `uri` on the parsed base URL ([`url_on_base`]).
    fn url_on_base(&self, uri: &http::Uri) -> Option<reqwest::Url> {
        url_on_base(self.base.as_ref()?, uri)
    }
}

/// The URL of `uri` when it goes where `base` does (every attempt built from this client's [`Config`] does):
/// `base` with `uri`'s path and query set, which costs a fraction of parsing the whole URI again (as
/// `reqwest::Request::try_from` does, from its text) and gives the same URL. `None` for a URI anywhere else.
fn url_on_base(base: &reqwest::Url, uri: &http::Uri) -> Option<reqwest::Url> {
    if uri.scheme_str() != Some(base.scheme())
        || uri.host() != base.host_str()
        || uri.port_u16() != base.port()
    {
        return None;
    }
    let mut url = base.clone();
    url.set_path(uri.path());
    url.set_query(uri.query());
    Some(url)
}

/// Classifies a reqwest error by whether the request may have reached the server (a refused certificate is told
/// apart in `wemeet_core`). The URL is dropped: the error names the host, and a GET's query is what it asked.
fn transport_error(error: reqwest::Error) -> Error {
    let kind = if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_timeout() {
        TransportErrorKind::Timeout
    } else {
        TransportErrorKind::Interrupted
    };
    TransportError::new(kind, error.without_url()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_on_the_base_is_the_url_parsed_whole() {
        for (base, uri) in [
            (
                "http://127.0.0.1:41234",
                "http://127.0.0.1:41234/v1/meetings",
            ),
            (
                "https://api.meeting.qq.com",
                "https://api.meeting.qq.com/v1/meetings/7567?userid=a%20b&instanceid=1",
            ),
            (
                "http://[::1]:8080/prefix",
                "http://[::1]:8080/prefix/v1/users?x=%E4%BD%A0&y",
            ),
            (
                "https://api.meeting.qq.com",
                "https://api.meeting.qq.com/v1/a%2Fb/{id}?q={x}&r=a'b",
            ),
            ("https://api.meeting.qq.com", "https://api.meeting.qq.com/"),
        ] {
            let base = reqwest::Url::parse(base).unwrap();
            let uri = uri.parse::<http::Uri>().unwrap();
            let whole = reqwest::Url::parse(&uri.to_string()).unwrap();
            assert_eq!(url_on_base(&base, &uri), Some(whole), "{uri}");
        }
    }

    #[test]
    fn a_uri_elsewhere_is_not_put_on_the_base() {
        let base = reqwest::Url::parse("https://api.meeting.qq.com").unwrap();
        for uri in [
            "http://api.meeting.qq.com/v1/meetings",
            "https://api.meeting.qq.com:8443/v1/meetings",
            "https://api.meeting.qq.com:443/v1/meetings",
            "https://other.qq.com/v1/meetings",
            "/v1/meetings",
        ] {
            let uri = uri.parse::<http::Uri>().unwrap();
            assert_eq!(url_on_base(&base, &uri), None, "{uri}");
        }
    }
}
