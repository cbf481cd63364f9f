//! A small, strict check of absolute URLs (`image_url`, `push_address`), without a URL parsing crate.
//!
//! The rule, after RFC 3986 §3: `scheme "://" [userinfo "@"] host [":" port] [path] ["?" query] ["#" fragment]`
//! where the scheme is a letter followed by letters, digits, `+`, `-` or `.`; the host is not empty (an IPv6
//! literal sits in brackets); the port, when present, is a number up to 65535; and no character anywhere is
//! whitespace or a control character (those must be percent-encoded). It does not resolve or normalise.

use crate::{Rule, UrlProblem};

/// The text must be an absolute URL with a host, and a scheme among `schemes` (lower case) when given
/// (`format: uri`, `x-url-schemes`).
pub(crate) fn url(value: &str, schemes: Option<&'static [&'static str]>) -> Result<(), Rule> {
    check(value, schemes).map_err(|problem| Rule::Url { schemes, problem })
}

fn check(value: &str, schemes: Option<&[&str]>) -> Result<(), UrlProblem> {
    if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Whitespace);
    }
    let (scheme, rest) = value.split_once("://").ok_or(UrlProblem::MissingScheme)?;
    if !is_scheme(scheme) {
        return Err(UrlProblem::MissingScheme);
    }
    if let Some(schemes) = schemes
        && !schemes
            .iter()
            .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
    {
        return Err(UrlProblem::UnsupportedScheme);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_and_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_userinfo, host)| host);
    let (host, port) = split_host_port(host_and_port)?;
    if host.is_empty() {
        return Err(UrlProblem::MissingHost);
    }
    match port {
        Some(port)
            if !port.is_empty()
                && (!port.bytes().all(|b| b.is_ascii_digit()) || port.parse::<u16>().is_err()) =>
        {
            Err(UrlProblem::InvalidPort)
        }
        _ => Ok(()),
    }
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`
fn is_scheme(scheme: &str) -> bool {
    let mut bytes = scheme.bytes();
    bytes
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

/// Splits `host[:port]`, where the host may be a bracketed IPv6 literal holding colons.
fn split_host_port(authority: &str) -> Result<(&str, Option<&str>), UrlProblem> {
    if let Some(bracketed) = authority.strip_prefix('[') {
        let (literal, after) = bracketed.split_once(']').ok_or(UrlProblem::MissingHost)?;
        return match after {
            "" => Ok((literal, None)),
            _ => after
                .strip_prefix(':')
                .map(|port| (literal, Some(port)))
                .ok_or(UrlProblem::InvalidPort),
        };
    }
    Ok(match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(value: &str) -> Result<(), UrlProblem> {
        check(value, Some(&["http", "https"]))
    }

    fn any(value: &str) -> Result<(), UrlProblem> {
        check(value, None)
    }

    #[test]
    fn accepts_ordinary_urls() {
        assert_eq!(http("https://xxxxxx.cos.myqcloud.com/flower.png"), Ok(()));
        assert_eq!(http("HTTP://example.com"), Ok(()));
        assert_eq!(http("https://user:pw@example.com:8443/a?b=c#d"), Ok(()));
        assert_eq!(http("http://[::1]:8080/x.png"), Ok(()));
        assert_eq!(http("http://[::1]"), Ok(()));
        assert_eq!(http("https://例子.测试/背景.png"), Ok(()));
        assert_eq!(
            any("rtmp://123123.123live.123.com/trtc_1451297868/"),
            Ok(())
        );
        assert_eq!(any("rtmps://live.example.com:443/app"), Ok(()));
        assert_eq!(any("srt+udp://h:9000"), Ok(()));
    }

    #[test]
    fn refuses_urls_without_a_scheme() {
        assert_eq!(http("example.com/a.png"), Err(UrlProblem::MissingScheme));
        assert_eq!(http("/a.png"), Err(UrlProblem::MissingScheme));
        assert_eq!(http("://example.com"), Err(UrlProblem::MissingScheme));
        assert_eq!(http("1http://example.com"), Err(UrlProblem::MissingScheme));
        assert_eq!(
            any("mailto:someone@example.com"),
            Err(UrlProblem::MissingScheme)
        );
        assert_eq!(any("rt mp://host"), Err(UrlProblem::Whitespace));
    }

    #[test]
    fn refuses_other_schemes_only_where_http_is_required() {
        assert_eq!(
            http("ftp://example.com/a.png"),
            Err(UrlProblem::UnsupportedScheme)
        );
        assert_eq!(
            http("rtmp://example.com/live"),
            Err(UrlProblem::UnsupportedScheme)
        );
        assert_eq!(any("ftp://example.com/a.png"), Ok(()));
    }

    #[test]
    fn refuses_missing_hosts() {
        assert_eq!(http("https://"), Err(UrlProblem::MissingHost));
        assert_eq!(http("https:///a.png"), Err(UrlProblem::MissingHost));
        assert_eq!(http("https://user@/a.png"), Err(UrlProblem::MissingHost));
        assert_eq!(http("https://:80/a.png"), Err(UrlProblem::MissingHost));
        assert_eq!(http("https://[]/a.png"), Err(UrlProblem::MissingHost));
        assert_eq!(http("https://[::1/a.png"), Err(UrlProblem::MissingHost));
        assert_eq!(any("rtmp://?key=1"), Err(UrlProblem::MissingHost));
    }

    #[test]
    fn refuses_bad_ports() {
        assert_eq!(
            http("https://example.com:65536/"),
            Err(UrlProblem::InvalidPort)
        );
        assert_eq!(
            http("https://example.com:8o/"),
            Err(UrlProblem::InvalidPort)
        );
        assert_eq!(
            http("https://example.com:+80/"),
            Err(UrlProblem::InvalidPort)
        );
        assert_eq!(http("https://[::1]x/"), Err(UrlProblem::InvalidPort));
        assert_eq!(
            http("https://example.com:/"),
            Ok(()),
            "RFC 3986 allows an empty port"
        );
    }

    #[test]
    fn refuses_whitespace_and_control_characters_anywhere() {
        assert_eq!(
            http(" https://example.com/a.png"),
            Err(UrlProblem::Whitespace)
        );
        assert_eq!(
            http("https://example.com/a b.png"),
            Err(UrlProblem::Whitespace)
        );
        assert_eq!(
            http("https://example.com/a.png\n"),
            Err(UrlProblem::Whitespace)
        );
        assert_eq!(
            http("https://example.com/\u{0}"),
            Err(UrlProblem::Whitespace)
        );
        assert_eq!(
            http("https://example.com/\u{3000}"),
            Err(UrlProblem::Whitespace)
        );
    }
}
