//! Name resolution for the agent: a URL whose host is already an IP address needs none.

use std::error::Error as StdError;
use std::fmt;
use std::net::{IpAddr, SocketAddr};

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// ureq's default resolver, except that an IP-address host is answered at once.
///
/// When a request has a time limit (every attempt has one), ureq's default resolver looks the host up on a new
/// thread so that it can give up in time, before every request, even one that goes out on a pooled connection and
/// even when the host is an address already. On loopback that thread cost more than the request itself: the
/// blocking client made a quarter of raw ureq's calls per second against `wemeet-mock` (see BENCHMARKS.md).
/// Host names still go through the default resolver, with its time limit.
#[derive(Debug, Default)]
pub(crate) struct AddressFirstResolver {
    names: DefaultResolver,
}

impl Resolver for AddressFirstResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        match literal_address(uri) {
            Some(address) => {
                let mut addresses = self.empty();
                addresses.push(address);
                Ok(addresses)
            }
            None => self
                .names
                .resolve(uri, config, timeout)
                .map_err(ResolveFailed::wrap),
        }
    }
}

/// The host name could not be resolved: no connection was made, so the request was never sent. ureq reports a
/// failed lookup as a plain I/O error, which would otherwise read as a failure after sending.
#[derive(Debug)]
pub(crate) struct ResolveFailed(std::io::Error);

impl ResolveFailed {
    /// An I/O error of the lookup, marked as such; ureq's own kinds (`HostNotFound`, timeouts) stay.
    fn wrap(error: ureq::Error) -> ureq::Error {
        match error {
            ureq::Error::Io(error) => ureq::Error::Other(Box::new(Self(error))),
            other => other,
        }
    }
}

#[cfg(test)]
impl ResolveFailed {
    pub(crate) fn for_tests(message: &str) -> Self {
        Self(std::io::Error::other(message.to_owned()))
    }
}

impl fmt::Display for ResolveFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The operating system's message already says it was a lookup, as reqwest's does in the async client.
        fmt::Display::fmt(&self.0, f)
    }
}

impl StdError for ResolveFailed {}

/// The socket address of a URL whose host is an IPv4 or (bracketed) IPv6 address, with the scheme's default port
/// when none is given; `None` for a host name.
fn literal_address(uri: &Uri) -> Option<SocketAddr> {
    let authority = uri.authority()?;
    let host = authority.host();
    let host = host
        .strip_prefix('[')
        .and_then(|inner| inner.strip_suffix(']'))
        .unwrap_or(host);
    let ip = host.parse::<IpAddr>().ok()?;
    let port = authority.port_u16().or(match uri.scheme_str()? {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    })?;
    Some(SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(url: &str) -> Option<SocketAddr> {
        literal_address(&url.parse::<Uri>().ok()?)
    }

    #[test]
    fn ip_hosts_resolve_to_themselves_with_the_port_or_the_scheme_default() {
        assert_eq!(
            address("http://127.0.0.1:41234/v1/meetings"),
            Some(SocketAddr::from(([127, 0, 0, 1], 41234)))
        );
        assert_eq!(
            address("https://10.0.0.7/v1/meetings"),
            Some(SocketAddr::from(([10, 0, 0, 7], 443)))
        );
        assert_eq!(
            address("http://[::1]/v1/meetings"),
            Some(SocketAddr::from(([0, 0, 0, 0, 0, 0, 0, 1], 80)))
        );
    }

    #[test]
    fn a_failed_lookup_is_marked_and_other_errors_stay() {
        let marked = ResolveFailed::wrap(ureq::Error::Io(std::io::Error::other(
            "failed to lookup address information",
        )));
        let ureq::Error::Other(source) = &marked else {
            panic!("{marked:?}")
        };
        assert!(source.is::<ResolveFailed>(), "{source:?}");
        assert_eq!(source.to_string(), "failed to lookup address information");
        assert!(matches!(
            ResolveFailed::wrap(ureq::Error::HostNotFound),
            ureq::Error::HostNotFound
        ));
    }

    #[test]
    fn host_names_are_left_to_the_default_resolver() {
        assert_eq!(address("https://api.meeting.qq.com/v1/meetings"), None);
        assert_eq!(address("http://localhost:8080/"), None);
    }
}
