//! A certificate authority to trust besides the platform's, e.g. a company's TLS-inspecting proxy or a test CA.

use std::fmt;
use std::sync::Arc;

use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;

use crate::ConfigError;

/// The builder option the errors of this type name.
const OPTION: &str = "add_root_certificate";

/// A root certificate (DER-encoded X.509) for the client builder's `add_root_certificate`.
///
/// The certificate itself is checked when the client is built; that error names the option and the reason.
#[derive(Clone, PartialEq, Eq)]
pub struct RootCertificate {
    der: Arc<[u8]>,
}

impl RootCertificate {
    /// A certificate in DER form.
    pub fn from_der(der: impl Into<Vec<u8>>) -> RootCertificate {
        RootCertificate {
            der: der.into().into(),
        }
    }

    /// The first certificate of a PEM text (`-----BEGIN CERTIFICATE-----` ...); other PEM sections are skipped.
    ///
    /// Fails when the text holds no certificate or a certificate section that is not valid base64.
    pub fn from_pem(pem: &[u8]) -> Result<RootCertificate, ConfigError> {
        Self::all_from_pem(pem)?
            .into_iter()
            .next()
            .ok_or_else(no_certificate)
    }

    /// Every certificate of a PEM bundle, in order (e.g. a CA file with several roots).
    ///
    /// Fails when the text holds no certificate or a certificate section that is not valid base64.
    pub fn all_from_pem(pem: &[u8]) -> Result<Vec<RootCertificate>, ConfigError> {
        let certificates = CertificateDer::pem_slice_iter(pem)
            .map(|certificate| {
                certificate
                    .map(|der| RootCertificate::from_der(der.as_ref()))
                    .map_err(|error| ConfigError::InvalidNetworkOption {
                        option: OPTION,
                        reason: format!("the PEM text cannot be read: {error}"),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if certificates.is_empty() {
            return Err(no_certificate());
        }
        Ok(certificates)
    }

    /// The DER bytes.
    pub fn der(&self) -> &[u8] {
        &self.der
    }
}

fn no_certificate() -> ConfigError {
    ConfigError::InvalidNetworkOption {
        option: OPTION,
        reason: "the PEM text holds no CERTIFICATE section".to_owned(),
    }
}

impl fmt::Debug for RootCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RootCertificate")
            .field("der_bytes", &self.der.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two PEM sections of arbitrary bytes: PEM reading does not parse X.509, the TLS setup does.
    const BUNDLE: &str = "junk before\n-----BEGIN CERTIFICATE-----\nAQID\n-----END CERTIFICATE-----\n\
        -----BEGIN PRIVATE KEY-----\nBAUG\n-----END PRIVATE KEY-----\n\
        -----BEGIN CERTIFICATE-----\nBAUG\n-----END CERTIFICATE-----\n";

    #[test]
    fn pem_certificates_are_read_in_order_and_other_sections_skipped() {
        let all = RootCertificate::all_from_pem(BUNDLE.as_bytes()).unwrap();
        let ders: Vec<&[u8]> = all.iter().map(RootCertificate::der).collect();
        assert_eq!(ders, [&[1u8, 2, 3][..], &[4, 5, 6][..]]);
        assert_eq!(
            RootCertificate::from_pem(BUNDLE.as_bytes()).unwrap().der(),
            [1, 2, 3]
        );
        assert_eq!(RootCertificate::from_der(vec![7, 8]).der(), [7, 8]);
    }

    #[test]
    fn text_without_a_certificate_is_refused_naming_the_option() {
        for text in [
            "",
            "no pem here",
            "-----BEGIN PRIVATE KEY-----\nBAUG\n-----END PRIVATE KEY-----\n",
        ] {
            let error = RootCertificate::from_pem(text.as_bytes()).unwrap_err();
            assert!(
                error
                    .to_string()
                    .starts_with("invalid add_root_certificate: "),
                "{error}"
            );
        }
        let broken = "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n";
        assert!(RootCertificate::all_from_pem(broken.as_bytes()).is_err());
    }

    #[test]
    fn debug_shows_the_size_only() {
        let certificate = RootCertificate::from_der(vec![0xAB; 5]);
        assert_eq!(
            format!("{certificate:?}"),
            "RootCertificate { der_bytes: 5 }"
        );
    }
}
