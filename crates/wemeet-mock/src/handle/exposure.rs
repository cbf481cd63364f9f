//! The warning for a mock that anyone on the network can use: it listens off loopback with the public demo
//! credentials enabled.

use std::net::SocketAddr;

/// The warning for a server listening on `address`, if it is exposed: not loopback (an unspecified address such
/// as `0.0.0.0` listens on every interface) while the demo credentials are `enabled`.
pub(crate) fn warning(address: SocketAddr, demo_credentials: bool) -> Option<String> {
    // `to_canonical`: an IPv4-mapped IPv6 loopback (`::ffff:127.0.0.1`) is loopback too.
    if !demo_credentials || address.ip().to_canonical().is_loopback() {
        return None;
    }
    Some(format!(
        "listening on {address}, which is not a loopback address, with the public demo credentials enabled: \
         anyone who can reach it can use them. Disable them with --no-demo-credentials (binary) or \
         MockServerBuilder::demo_credentials(false), or listen on 127.0.0.1"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(text: &str) -> SocketAddr {
        text.parse().expect("address")
    }

    #[test]
    fn loopback_is_quiet_and_anything_else_is_named() {
        for quiet in [
            "127.0.0.1:8080",
            "127.1.2.3:0",
            "[::1]:8080",
            "[::ffff:127.0.0.1]:8080",
        ] {
            assert_eq!(warning(address(quiet), true), None, "{quiet}");
        }
        for exposed in [
            "0.0.0.0:8080",
            "[::]:8080",
            "192.168.1.20:8080",
            "[::ffff:10.0.0.1]:80",
        ] {
            let text = warning(address(exposed), true).expect(exposed);
            assert!(text.contains(exposed), "{text}");
            assert!(text.contains("--no-demo-credentials"), "{text}");
            assert!(text.contains("demo_credentials(false)"), "{text}");
            assert_eq!(warning(address(exposed), false), None, "{exposed}");
        }
    }
}
