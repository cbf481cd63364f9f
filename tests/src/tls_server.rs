//! TLS for the network tests: a certificate authority made in the test, a TLS front that terminates TLS with a
//! certificate of that CA and passes the bytes to a plain server (e.g. `wemeet-mock`), and a server that answers
//! plain HTTP to anything, for https URLs that reach a server which does not speak TLS.

use std::net::SocketAddr;
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use rustls::ServerConfig;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;
use tokio_rustls::TlsAcceptor;
use wemeet_core::RootCertificate;

use crate::background::Background;

/// A CA that exists only in this test process.
pub struct TestCa {
    issuer: CertifiedIssuer<'static, KeyPair>,
}

impl TestCa {
    /// A fresh CA (ECDSA P-256).
    ///
    /// # Panics
    /// If rcgen cannot make a key or certificate.
    pub fn new() -> TestCa {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "wemeet-rs test CA");
        let key = KeyPair::generate().expect("a CA key");
        TestCa {
            issuer: CertifiedIssuer::self_signed(params, key).expect("the CA certificate"),
        }
    }

    /// The CA certificate as a client trusts it (read from its PEM text, as a user would).
    ///
    /// # Panics
    /// If the PEM text cannot be read back.
    pub fn root_certificate(&self) -> RootCertificate {
        RootCertificate::from_pem(self.pem().as_bytes()).expect("the CA's own PEM")
    }

    /// The CA certificate's PEM text, for a client in another process to trust.
    pub fn pem(&self) -> String {
        self.issuer.pem()
    }

    /// A server configuration with a certificate of this CA for `names` (host names or IP addresses).
    ///
    /// # Panics
    /// If rcgen or rustls refuse the names or the key.
    pub fn server_config(&self, names: &[&str]) -> Arc<ServerConfig> {
        let names: Vec<String> = names.iter().map(|name| (*name).to_owned()).collect();
        let params = CertificateParams::new(names).expect("server certificate parameters");
        let key = KeyPair::generate().expect("a server key");
        let certificate = params
            .signed_by(&key, &self.issuer)
            .expect("the server certificate");
        let chain: Vec<CertificateDer<'static>> = vec![certificate.der().clone()];
        let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
        let config =
            ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .expect("TLS versions")
                .with_no_client_auth()
                .with_single_cert(chain, key)
                .expect("the server certificate and key");
        Arc::new(config)
    }
}

impl Default for TestCa {
    fn default() -> Self {
        Self::new()
    }
}

/// Terminates TLS and passes every connection's bytes to `upstream`, a plain-HTTP server.
#[derive(Debug)]
pub struct TlsFront {
    background: Background,
}

impl TlsFront {
    /// Listens on `127.0.0.1` with `config`.
    pub fn start(config: Arc<ServerConfig>, upstream: SocketAddr) -> TlsFront {
        let acceptor = TlsAcceptor::from(config);
        let background = Background::serve(move |listener| async move {
            while let Ok((client, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(client).await else {
                        return;
                    };
                    let Ok(mut server) = TcpStream::connect(upstream).await else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut server).await;
                });
            }
        });
        TlsFront { background }
    }

    /// Where it listens.
    pub fn address(&self) -> SocketAddr {
        self.background.address()
    }

    /// `https://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("https://{}", self.address())
    }
}

/// Answers every connection at once with a plain-HTTP 400 and closes it, whatever the client sends.
#[derive(Debug)]
pub struct PlainHttpServer {
    background: Background,
}

impl PlainHttpServer {
    /// Listens on `127.0.0.1`.
    pub fn start() -> PlainHttpServer {
        let background = Background::serve(|listener| async move {
            while let Ok((mut client, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let _ = client
                        .write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                        .await;
                    let _ = client.shutdown().await;
                });
            }
        });
        PlainHttpServer { background }
    }

    /// `https://127.0.0.1:PORT`: an https URL of a server that does not speak TLS.
    pub fn https_url(&self) -> String {
        format!("https://{}", self.background.address())
    }
}
