//! Whether a transport failed because the server's TLS certificate was refused: the one failure of a connection
//! that trying again cannot mend, and that the caller can (by trusting the server's authority). Both clients'
//! errors are read here, whatever their TLS library, so that they classify it alike.

use std::error::Error;

/// Whether the chain of `error` holds a certificate that the TLS library refused. The chain is walked through
/// `source()` and into the error an `std::io::Error` wraps (whose `source()` skips it), since rustls' errors reach
/// both HTTP clients inside I/O errors.
pub(crate) fn is_refused_certificate(error: &(dyn Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(current) = next {
        if is_certificate_error(current) || current.to_string().contains(OPENSSL_VERIFY_FAILED) {
            return true;
        }
        let wrapped = current
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::get_ref);
        if wrapped.is_some_and(|inner| is_refused_certificate(inner)) {
            return true;
        }
        next = current.source();
    }
    false
}

/// OpenSSL's reason for a refused certificate (`SSL_R_CERTIFICATE_VERIFY_FAILED`), in the text of what native-tls
/// reports on Linux (feature `native-tls` of the clients): native-tls has no typed way to tell it. Its macOS and
/// Windows backends word it otherwise, and there such a failure stays a connect error.
const OPENSSL_VERIFY_FAILED: &str = "certificate verify failed";

/// rustls refused the server's certificate (unknown authority, another name, expired, revoked, ...).
#[cfg(feature = "rustls")]
fn is_certificate_error(error: &(dyn Error + 'static)) -> bool {
    matches!(
        error.downcast_ref::<rustls::Error>(),
        Some(rustls::Error::InvalidCertificate(_))
    )
}

/// Without rustls, no certificate failure of it to recognize; a transport on another TLS library says so itself.
#[cfg(not(feature = "rustls"))]
fn is_certificate_error(_: &(dyn Error + 'static)) -> bool {
    false
}

#[cfg(all(test, feature = "rustls"))]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Wrapper(std::io::Error);

    impl std::fmt::Display for Wrapper {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("client error (Connect)")
        }
    }

    impl Error for Wrapper {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_refused_certificate_is_found_inside_io_errors_and_chains() {
        let refused = rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer);
        let io = std::io::Error::new(std::io::ErrorKind::InvalidData, refused);
        assert!(is_refused_certificate(&Wrapper(io)));
    }

    #[test]
    fn openssl_s_refusal_is_recognized_by_its_reason() {
        let refused = std::io::Error::other(
            "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:\
             ../ssl/statem/statem_clnt.c:1889: (self-signed certificate in certificate chain)",
        );
        assert!(is_refused_certificate(&Wrapper(refused)));
    }

    #[test]
    fn other_tls_and_io_failures_are_not_certificate_failures() {
        let garbled = rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType);
        let io = std::io::Error::new(std::io::ErrorKind::InvalidData, garbled);
        assert!(!is_refused_certificate(&Wrapper(io)));
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert!(!is_refused_certificate(&refused));
    }
}
