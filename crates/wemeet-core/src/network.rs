//! The network policy both clients apply, decided here once: plain http only on loopback (or by explicit opt-in),
//! loopback always direct, which proxy other hosts go through ([`crate::ProxyUrl`]), and which certificate
//! authorities are trusted besides the platform's ([`crate::RootCertificate`]).

use std::net::{IpAddr, Ipv6Addr};

/// Whether `host` (as a URL spells it: a name, an IPv4 address or a bracketed IPv6 address) is this machine's
/// loopback: `localhost`, `127.0.0.0/8` or `::1` (also as `::ffff:127.x.y.z`).
///
/// Traffic to such a host never leaves the machine, so it may be plain http and never goes through a proxy.
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match parse_ip(host) {
        Some(IpAddr::V4(ip)) => ip.is_loopback(),
        Some(IpAddr::V6(ip)) => ip.is_loopback() || is_mapped_loopback(ip),
        None => false,
    }
}

/// The address of a host that is an IP address, bracketed (`[::1]`) or not.
pub(crate) fn parse_ip(host: &str) -> Option<IpAddr> {
    let bare = host
        .strip_prefix('[')
        .and_then(|inner| inner.strip_suffix(']'))
        .unwrap_or(host);
    bare.parse().ok()
}

/// Where `uri` goes, as logs and errors name it: the host, and the port when the URL gives one
/// (`api.meeting.qq.com`, `127.0.0.1:8080`). Never a user name or password (a base URL with them is refused).
pub(crate) fn host_and_port(uri: &http::Uri) -> String {
    HostAndPort(uri).to_string()
}

/// [`host_and_port`] written only when displayed: a span's field is, only when a subscriber wants the span.
pub(crate) struct HostAndPort<'u>(pub(crate) &'u http::Uri);

impl std::fmt::Display for HostAndPort<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.host().unwrap_or_default())?;
        match self.0.port_u16() {
            Some(port) => write!(f, ":{port}"),
            None => Ok(()),
        }
    }
}

fn is_mapped_loopback(ip: Ipv6Addr) -> bool {
    ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts_are_localhost_127_8_and_ipv6_one() {
        for host in [
            "localhost",
            "LOCALHOST",
            "localhost.",
            "127.0.0.1",
            "127.1.2.3",
            "[::1]",
            "::1",
            "[::ffff:127.0.0.1]",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
    }

    #[test]
    fn other_hosts_are_not_loopback() {
        for host in [
            "api.meeting.qq.com",
            "localhost.example.com",
            "mylocalhost",
            "128.0.0.1",
            "0.0.0.0",
            "10.0.0.1",
            "[::]",
            "[::2]",
            "[::ffff:10.0.0.1]",
            "",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
