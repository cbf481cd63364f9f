//! Which proxy a request goes through: the builder's choice, or the environment read the way curl reads it.

use std::ffi::OsString;
use std::fmt;

use http::Uri;

use crate::ConfigError;
use crate::network::is_loopback_host;
use crate::no_proxy::NoProxy;

/// The proxy variables for `https` URLs, in the order they are tried (lower case first, as curl does).
const HTTPS_PROXY_VARS: [&str; 4] = ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"];
/// The proxy variables for `http` URLs. `HTTP_PROXY` is skipped in a CGI program (`REQUEST_METHOD` set), where
/// a request's `Proxy:` header would arrive as it ("httpoxy").
const HTTP_PROXY_VARS: [&str; 4] = ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"];
/// The hosts reached directly.
const NO_PROXY_VARS: [&str; 2] = ["no_proxy", "NO_PROXY"];
/// Set in CGI programs.
const CGI_MARKER: &str = "REQUEST_METHOD";

/// An HTTP proxy, `http://[user[:password]@]host[:port]` (port 80 when none is given). Requests to `https` URLs
/// are tunnelled through it with `CONNECT`, so it never sees their content.
///
/// `Debug` and `Display` hide the user and password.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyUrl {
    /// `http://[userinfo@]host:port`.
    url: String,
    /// Where `host:port` starts in `url`.
    host_start: usize,
}

impl ProxyUrl {
    /// Checks and normalizes a proxy URL; a URL without a scheme (`proxy.corp:3128`) is taken as `http://`.
    ///
    /// Fails, saying why, unless it is an `http://` URL with a host and nothing after the port.
    pub fn parse(url: &str) -> Result<ProxyUrl, String> {
        let with_scheme;
        let url = if url.contains("://") {
            url
        } else {
            with_scheme = format!("http://{url}");
            &with_scheme
        };
        let uri: Uri = url.parse().map_err(|_| "not a valid URL".to_owned())?;
        match uri.scheme_str() {
            Some(scheme) if scheme.eq_ignore_ascii_case("http") => {}
            _ => {
                return Err(
                    "the scheme must be http (https and SOCKS proxies are not supported)"
                        .to_owned(),
                );
            }
        }
        let authority = uri
            .authority()
            .filter(|authority| !authority.host().is_empty())
            .ok_or_else(|| "has no host".to_owned())?;
        if uri
            .path_and_query()
            .is_some_and(|path| path.as_str() != "/")
        {
            return Err("must not have a path or query".to_owned());
        }
        let userinfo = authority
            .as_str()
            .rsplit_once('@')
            .map(|(userinfo, _)| userinfo);
        let host_and_port = authority
            .as_str()
            .rsplit_once('@')
            .map_or(authority.as_str(), |(_, rest)| rest);
        let port = match host_and_port.rsplit_once(':') {
            Some((_, text)) if !host_and_port.ends_with(']') => text
                .parse::<u16>()
                .ok()
                .filter(|port| *port != 0)
                .ok_or_else(|| "the port is not a number from 1 to 65535".to_owned())?,
            _ => 80,
        };
        let prefix = match userinfo {
            Some(userinfo) => format!("http://{userinfo}@"),
            None => "http://".to_owned(),
        };
        Ok(ProxyUrl {
            host_start: prefix.len(),
            url: format!("{prefix}{}:{port}", authority.host()),
        })
    }

    /// The whole URL, credentials included, as a transport needs it. Never log it.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// `host:port` of the proxy.
    pub fn host_and_port(&self) -> &str {
        self.url.get(self.host_start..).unwrap_or_default()
    }

    /// Whether the URL carries a user (and maybe a password) for the proxy.
    pub fn has_credentials(&self) -> bool {
        self.host_start > "http://".len()
    }
}

impl fmt::Display for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let credentials = if self.has_credentials() { "***@" } else { "" };
        write!(f, "http://{credentials}{}", self.host_and_port())
    }
}

impl fmt::Debug for ProxyUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ProxyUrl(\"{self}\")")
    }
}

/// What the builder was told about proxies.
#[derive(Debug, Clone, Default)]
pub(crate) enum ProxySetting {
    /// Read `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` (the default).
    #[default]
    Environment,
    /// This proxy for every host but loopback.
    Url(String),
    /// No proxy at all.
    Disabled,
}

/// The proxy for requests to `scheme://host`, or `None` to connect directly; `env` reads an environment variable.
///
/// Loopback hosts are always direct. With [`ProxySetting::Environment`], a host in `no_proxy`/`NO_PROXY` is
/// direct, else the first set variable of `https_proxy`, `HTTPS_PROXY`, `all_proxy`, `ALL_PROXY` (for `https`;
/// `http_proxy`, `HTTP_PROXY`, ... for `http`) names the proxy. The error names the option or variable that holds
/// an unusable URL.
pub(crate) fn proxy_for(
    setting: &ProxySetting,
    scheme: &str,
    host: &str,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Option<ProxyUrl>, ConfigError> {
    if is_loopback_host(host) {
        return Ok(None);
    }
    match setting {
        ProxySetting::Disabled => Ok(None),
        ProxySetting::Url(url) => ProxyUrl::parse(url)
            .map(Some)
            .map_err(|reason| invalid("proxy", reason)),
        ProxySetting::Environment => {
            if let Some((_, list)) = first_set(&NO_PROXY_VARS, env)?
                && NoProxy::parse(&list).matches(host)
            {
                return Ok(None);
            }
            let names = if scheme.eq_ignore_ascii_case("https") {
                HTTPS_PROXY_VARS
            } else {
                HTTP_PROXY_VARS
            };
            let is_cgi = env(CGI_MARKER).is_some();
            let names: Vec<&'static str> = names
                .into_iter()
                .filter(|name| !(is_cgi && *name == "HTTP_PROXY"))
                .collect();
            match first_set(&names, env)? {
                None => Ok(None),
                Some((name, url)) => ProxyUrl::parse(&url)
                    .map(Some)
                    .map_err(|reason| invalid(name, reason)),
            }
        }
    }
}

/// The first of `names` that is set to something other than blanks, with its value.
fn first_set(
    names: &[&'static str],
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Option<(&'static str, String)>, ConfigError> {
    for &name in names {
        let Some(value) = env(name) else { continue };
        let value = value
            .into_string()
            .map_err(|_| invalid(name, "is not valid Unicode".to_owned()))?;
        if !value.trim().is_empty() {
            return Ok(Some((name, value.trim().to_owned())));
        }
    }
    Ok(None)
}

fn invalid(option: &'static str, reason: String) -> ConfigError {
    ConfigError::InvalidNetworkOption { option, reason }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn with_env(
        setting: &ProxySetting,
        url: &str,
        vars: &[(&str, &str)],
    ) -> Result<Option<String>, ConfigError> {
        let vars: HashMap<String, OsString> = vars
            .iter()
            .map(|(name, value)| (name.to_string(), OsString::from(value)))
            .collect();
        let uri: Uri = url.parse().unwrap();
        proxy_for(
            setting,
            uri.scheme_str().unwrap(),
            uri.host().unwrap(),
            &|name| vars.get(name).cloned(),
        )
        .map(|proxy| proxy.map(|proxy| proxy.as_str().to_owned()))
    }

    fn from_env(url: &str, vars: &[(&str, &str)]) -> Result<Option<String>, ConfigError> {
        with_env(&ProxySetting::Environment, url, vars)
    }

    const API: &str = "https://api.meeting.qq.com/v1/meetings";

    #[test]
    fn https_urls_use_https_proxy_then_all_proxy_lower_case_first() {
        assert_eq!(from_env(API, &[]).unwrap(), None);
        assert_eq!(
            from_env(API, &[("HTTPS_PROXY", "http://upper:3128")]).unwrap(),
            Some("http://upper:3128".to_owned())
        );
        assert_eq!(
            from_env(
                API,
                &[
                    ("HTTPS_PROXY", "http://upper:1"),
                    ("https_proxy", "lower:2")
                ]
            )
            .unwrap(),
            Some("http://lower:2".to_owned())
        );
        assert_eq!(
            from_env(
                API,
                &[("ALL_PROXY", "http://all:3"), ("HTTP_PROXY", "http://h:4")]
            )
            .unwrap(),
            Some("http://all:3".to_owned())
        );
        assert_eq!(
            from_env(
                API,
                &[("ALL_PROXY", "all:3"), ("HTTPS_PROXY", "https-proxy:5")]
            )
            .unwrap(),
            Some("http://https-proxy:5".to_owned())
        );
        assert_eq!(
            from_env(API, &[("HTTPS_PROXY", "  "), ("all_proxy", "all")]).unwrap(),
            Some("http://all:80".to_owned())
        );
    }

    #[test]
    fn http_urls_use_http_proxy_except_the_upper_case_one_under_cgi() {
        let url = "http://api.wemeet.test/v1/meetings";
        let vars = [("HTTP_PROXY", "http://h:1"), ("HTTPS_PROXY", "http://s:2")];
        assert_eq!(from_env(url, &vars).unwrap(), Some("http://h:1".to_owned()));
        let cgi = [
            ("HTTP_PROXY", "http://h:1"),
            ("REQUEST_METHOD", "GET"),
            ("ALL_PROXY", "http://a:3"),
        ];
        assert_eq!(from_env(url, &cgi).unwrap(), Some("http://a:3".to_owned()));
    }

    #[test]
    fn loopback_is_always_direct() {
        let vars = [
            ("HTTPS_PROXY", "http://proxy:1"),
            ("HTTP_PROXY", "http://proxy:1"),
        ];
        let fixed = ProxySetting::Url("http://proxy:1".to_owned());
        for url in [
            "http://127.0.0.1:8080/",
            "https://localhost/",
            "http://[::1]:1/",
            "http://127.9.9.9/",
        ] {
            assert_eq!(from_env(url, &vars).unwrap(), None, "{url}");
            assert_eq!(with_env(&fixed, url, &[]).unwrap(), None, "{url}");
        }
    }

    #[test]
    fn no_proxy_names_direct_hosts() {
        let vars =
            |no_proxy: &'static str| [("HTTPS_PROXY", "http://proxy:1"), ("NO_PROXY", no_proxy)];
        assert_eq!(from_env(API, &vars("qq.com")).unwrap(), None);
        assert_eq!(from_env(API, &vars("*")).unwrap(), None);
        assert_eq!(
            from_env(API, &vars("example.com")).unwrap(),
            Some("http://proxy:1".to_owned())
        );
        // The lower-case variable wins, as curl has it.
        let both = [
            ("HTTPS_PROXY", "http://proxy:1"),
            ("no_proxy", "example.com"),
            ("NO_PROXY", "qq.com"),
        ];
        assert_eq!(
            from_env(API, &both).unwrap(),
            Some("http://proxy:1".to_owned())
        );
    }

    #[test]
    fn an_explicit_proxy_or_none_ignores_the_environment() {
        let vars = [("HTTPS_PROXY", "http://env:1"), ("NO_PROXY", "*")];
        assert_eq!(
            with_env(&ProxySetting::Url("http://mine:2".to_owned()), API, &vars).unwrap(),
            Some("http://mine:2".to_owned())
        );
        assert_eq!(with_env(&ProxySetting::Disabled, API, &vars).unwrap(), None);
    }

    #[test]
    fn an_unusable_proxy_is_refused_naming_where_it_came_from() {
        let error = from_env(API, &[("HTTPS_PROXY", "socks5://proxy:1080")]).unwrap_err();
        assert!(matches!(
            error,
            ConfigError::InvalidNetworkOption {
                option: "HTTPS_PROXY",
                ..
            }
        ));
        assert!(error.to_string().contains("HTTPS_PROXY"), "{error}");
        assert!(error.to_string().contains("scheme"), "{error}");
        let error = with_env(&ProxySetting::Url("https://proxy".to_owned()), API, &[]).unwrap_err();
        assert!(error.to_string().starts_with("invalid proxy: "), "{error}");
        // A bad variable that does not apply to the URL is not read.
        assert_eq!(
            from_env(API, &[("HTTP_PROXY", "socks5://x")]).unwrap(),
            None
        );
    }

    #[test]
    fn proxy_urls_are_normalized_and_checked() {
        let parse = |url: &str| ProxyUrl::parse(url).map(|proxy| proxy.as_str().to_owned());
        assert_eq!(parse("proxy.corp:3128").unwrap(), "http://proxy.corp:3128");
        assert_eq!(parse("HTTP://proxy.corp/").unwrap(), "http://proxy.corp:80");
        assert_eq!(
            parse("http://user:p%40ss@proxy.corp:8080").unwrap(),
            "http://user:p%40ss@proxy.corp:8080"
        );
        assert_eq!(parse("http://[::1]:3128").unwrap(), "http://[::1]:3128");
        for (url, reason) in [
            ("https://proxy", "scheme"),
            ("socks5h://proxy:1080", "scheme"),
            ("http://proxy/path", "path"),
            ("http://proxy/?a=b", "path or query"),
            ("http://", "valid"),
            ("http://proxy:99999", "port"),
            ("http://proxy:0", "port"),
        ] {
            let error = parse(url).unwrap_err();
            assert!(error.contains(reason), "{url}: {error}");
        }
    }

    #[test]
    fn display_and_debug_hide_proxy_credentials() {
        let proxy = ProxyUrl::parse("http://alice:pr0xy-s3cret@proxy.corp:3128").unwrap();
        assert!(proxy.has_credentials());
        assert_eq!(proxy.host_and_port(), "proxy.corp:3128");
        assert_eq!(proxy.to_string(), "http://***@proxy.corp:3128");
        let debug = format!("{proxy:?} {proxy:#?}");
        assert!(
            !debug.contains("pr0xy-s3cret") && !debug.contains("alice"),
            "{debug}"
        );
        let plain = ProxyUrl::parse("proxy.corp:3128").unwrap();
        assert!(!plain.has_credentials());
        assert_eq!(plain.to_string(), "http://proxy.corp:3128");
    }
}
