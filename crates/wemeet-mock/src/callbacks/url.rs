//! A subscription's callback URL, checked: an absolute `http://` URL the mock can connect to.

use http::Uri;

use crate::callbacks::subscription::SubscribeError;

/// Where the callbacks go: the host and port to connect to, the `Host` header and the request target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CallbackUrl {
    /// The host to connect to (an IPv6 literal without its brackets).
    pub(crate) host: String,
    /// The port (80 when the URL names none).
    pub(crate) port: u16,
    /// The `Host` header: the URL's authority.
    pub(crate) authority: String,
    /// The request target: path and query (`/` when the URL has no path).
    pub(crate) target: String,
}

impl CallbackUrl {
    /// Checks `url`: absolute, `http://` (the mock has no TLS client), with a host and no user name or password.
    pub(crate) fn parse(url: &str) -> Result<Self, SubscribeError> {
        let invalid = |problem: &str| SubscribeError::InvalidUrl {
            problem: problem.to_owned(),
        };
        let uri: Uri = url.parse().map_err(|_| {
            invalid("it is not a URL (expected e.g. http://127.0.0.1:2306/callback)")
        })?;
        match uri.scheme_str() {
            Some("http") => {}
            Some(scheme) => {
                return Err(SubscribeError::UnsupportedScheme {
                    scheme: scheme.to_owned(),
                });
            }
            None => return Err(invalid("it is not absolute: it must start with http://")),
        }
        let authority = uri.authority().ok_or_else(|| invalid("it has no host"))?;
        if authority.as_str().contains('@') {
            return Err(invalid(
                "it carries a user name or password, which callbacks never send",
            ));
        }
        let host = authority
            .host()
            .trim_start_matches('[')
            .trim_end_matches(']');
        if host.is_empty() {
            return Err(invalid("it has no host"));
        }
        Ok(Self {
            host: host.to_owned(),
            port: authority.port_u16().unwrap_or(80),
            authority: authority.as_str().to_owned(),
            target: uri
                .path_and_query()
                .map_or_else(|| "/".to_owned(), |target| target.as_str().to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_url_gives_where_to_connect_and_what_to_ask_for() {
        let url = CallbackUrl::parse("http://127.0.0.1:2306/wemeet/callback?app=1").unwrap();
        assert_eq!((url.host.as_str(), url.port), ("127.0.0.1", 2306));
        assert_eq!(url.authority, "127.0.0.1:2306");
        assert_eq!(url.target, "/wemeet/callback?app=1");
        let bare = CallbackUrl::parse("http://[::1]").unwrap();
        assert_eq!((bare.host.as_str(), bare.port), ("::1", 80));
        assert_eq!(bare.target, "/");
    }

    #[test]
    fn https_is_refused_by_name() {
        let error = CallbackUrl::parse("https://example.com/callback").unwrap_err();
        assert_eq!(
            error,
            SubscribeError::UnsupportedScheme {
                scheme: "https".to_owned()
            }
        );
        assert!(error.to_string().contains("http://"), "{error}");
    }

    #[test]
    fn other_urls_are_refused_with_the_reason() {
        for (url, reason) in [
            ("127.0.0.1:2306/callback", "not a URL"),
            ("127.0.0.1:2306", "absolute"),
            ("/callback", "absolute"),
            ("not a url", "not a URL"),
            ("http://user:password@127.0.0.1/", "password"),
        ] {
            let error = CallbackUrl::parse(url).unwrap_err();
            assert!(
                matches!(&error, SubscribeError::InvalidUrl { problem } if problem.contains(reason)),
                "{url}: {error:?}"
            );
            assert!(!error.to_string().contains("password@"), "{error}");
        }
    }
}
