//! `NO_PROXY`: the hosts that are reached directly although a proxy is set, with curl's reading of the list.

use std::net::IpAddr;

use crate::network::parse_ip;

/// A parsed `NO_PROXY` list: comma-separated entries, each
///
/// - `*`: every host;
/// - a domain name (`example.com`, `.example.com` or `*.example.com`): that name and every name under it;
/// - an IP address (`10.1.2.3`, `::1`, `[::1]`): that address;
/// - a network in CIDR notation (`10.0.0.0/8`, `fd00::/8`): every address in it.
///
/// Matching ignores case and a trailing dot; a `:port` after an entry is ignored (the list names hosts). Entries
/// that are none of these are skipped, as curl does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct NoProxy {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    All,
    Domain(String),
    Address(IpAddr),
    Network(IpAddr, u8),
}

impl NoProxy {
    /// Reads a `NO_PROXY` value.
    pub(crate) fn parse(list: &str) -> NoProxy {
        NoProxy {
            entries: list
                .split([',', ' ', '\t'])
                .filter_map(Entry::parse)
                .collect(),
        }
    }

    /// Whether `host` (as a URL spells it) is to be reached directly.
    pub(crate) fn matches(&self, host: &str) -> bool {
        let host = normalize(host);
        let ip = parse_ip(&host);
        self.entries.iter().any(|entry| match entry {
            Entry::All => true,
            Entry::Domain(domain) => {
                host == *domain
                    || host
                        .strip_suffix(domain.as_str())
                        .is_some_and(|prefix| prefix.ends_with('.'))
            }
            Entry::Address(address) => ip == Some(*address),
            Entry::Network(network, prefix) => {
                ip.is_some_and(|ip| in_network(ip, *network, *prefix))
            }
        })
    }
}

impl Entry {
    fn parse(text: &str) -> Option<Entry> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if text == "*" {
            return Some(Entry::All);
        }
        if let Some((address, prefix)) = text.split_once('/') {
            let address = parse_ip(address)?;
            let prefix: u8 = prefix.parse().ok()?;
            let bits = if address.is_ipv4() { 32 } else { 128 };
            return (prefix <= bits).then_some(Entry::Network(address, prefix));
        }
        let host = strip_port(text);
        if let Some(address) = parse_ip(host) {
            return Some(Entry::Address(address));
        }
        let domain = normalize(host);
        let domain = domain
            .strip_prefix("*.")
            .or_else(|| domain.strip_prefix('.'))
            .unwrap_or(&domain);
        (!domain.is_empty() && !domain.contains(['*', '[', ']', ':']))
            .then(|| Entry::Domain(domain.to_owned()))
    }
}

/// `host` without a trailing `:port`; an unbracketed IPv6 address is left whole.
fn strip_port(text: &str) -> &str {
    if parse_ip(text).is_some() {
        return text;
    }
    match text.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => text,
    }
}

fn normalize(host: &str) -> String {
    host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase()
}

fn in_network(ip: IpAddr, network: IpAddr, prefix: u8) -> bool {
    match (ip, network) {
        (IpAddr::V4(ip), IpAddr::V4(network)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(network) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(network)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(network) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bypassed(list: &str, host: &str) -> bool {
        NoProxy::parse(list).matches(host)
    }

    #[test]
    fn a_domain_covers_itself_and_its_subdomains_only() {
        for list in [
            "example.com",
            ".example.com",
            "*.example.com",
            "EXAMPLE.com.",
        ] {
            assert!(bypassed(list, "example.com"), "{list}");
            assert!(bypassed(list, "api.example.com"), "{list}");
            assert!(bypassed(list, "API.Example.COM."), "{list}");
            assert!(!bypassed(list, "badexample.com"), "{list}");
            assert!(!bypassed(list, "example.com.evil.net"), "{list}");
            assert!(!bypassed(list, "example.org"), "{list}");
        }
    }

    #[test]
    fn star_covers_everything_and_an_empty_list_nothing() {
        assert!(bypassed("*", "api.meeting.qq.com"));
        assert!(bypassed("foo.test, *", "10.0.0.1"));
        assert!(!bypassed("", "api.meeting.qq.com"));
        assert!(!bypassed(" , ,", "api.meeting.qq.com"));
    }

    #[test]
    fn addresses_and_networks_match_ip_hosts() {
        assert!(bypassed("10.1.2.3", "10.1.2.3"));
        assert!(!bypassed("10.1.2.3", "10.1.2.4"));
        assert!(bypassed("10.0.0.0/8", "10.200.3.4"));
        assert!(!bypassed("10.0.0.0/8", "11.0.0.1"));
        assert!(bypassed("0.0.0.0/0", "192.168.1.1"));
        assert!(bypassed("fd00::/8", "[fd12::1]"));
        assert!(!bypassed("fd00::/8", "[fe80::1]"));
        assert!(bypassed("[::2]", "[::2]"));
        assert!(bypassed("::2", "[::2]"));
        assert!(!bypassed("10.0.0.0/8", "ten.example.com"));
    }

    #[test]
    fn ports_are_ignored_and_junk_is_skipped() {
        assert!(bypassed("api.wemeet.test:8443", "api.wemeet.test"));
        assert!(bypassed("10.1.2.3:80", "10.1.2.3"));
        assert!(bypassed(
            "10.0.0.0/99, a*b, [oops, api.wemeet.test",
            "api.wemeet.test"
        ));
        assert_eq!(NoProxy::parse("10.0.0.0/99, a*b, [oops").entries, vec![]);
    }

    #[test]
    fn entries_may_be_separated_by_commas_or_spaces() {
        let list = NoProxy::parse("a.test,b.test c.test");
        for host in ["a.test", "b.test", "c.test"] {
            assert!(list.matches(host), "{host}");
        }
    }
}
