//! Signing and verifying `http` 1.x requests (feature `http`).

use http::{HeaderMap, HeaderValue, Request, Uri};

use crate::clock::{Clock as _, SystemClock};
use crate::header::HeaderId;
use crate::nonce::{NonceSource as _, RandomNonce};
use crate::sign_error::SignError;
use crate::signed_headers::SignedHeaders;
use crate::signer::Signer;
use crate::token_auth::{TokenAuth, TokenHeaders};
use crate::verified::Verified;
use crate::verifier::Verifier;
use crate::verify_error::VerifyError;

/// The request target as it goes on the wire: path and query, or `/` for a URI without a path.
fn request_target(uri: &Uri) -> &str {
    uri.path_and_query()
        .map_or("/", |path_and_query| path_and_query.as_str())
}

impl Signer {
    /// Signs `request` in place with a fresh timestamp and nonce, and returns what it attached.
    ///
    /// The target is the request URI's path and query as they will be sent. Any authentication headers already
    /// on the request (from an earlier attempt, say) are replaced, so a retry gets a fresh signature and
    /// no stale `SdkId` or `X-TC-Version`. The headers that identify or authenticate the caller
    /// (`X-TC-Signature`, `X-TC-Key`, `AppId`, `SdkId`) are marked sensitive, so `http`'s `Debug` and HTTP/2
    /// header compression leave them out, and a transport knows to keep them out of its logs. On error the
    /// request is left unchanged.
    pub fn sign_request(&self, request: &mut Request<Vec<u8>>) -> Result<SignedHeaders, SignError> {
        self.sign_request_at(
            request,
            SystemClock.now_unix_seconds(),
            RandomNonce.next_nonce(),
        )
    }

    /// Like [`sign_request`](Self::sign_request), with the given timestamp (Unix seconds) and nonce.
    pub fn sign_request_at(
        &self,
        request: &mut Request<Vec<u8>>,
        timestamp: u64,
        nonce: u64,
    ) -> Result<SignedHeaders, SignError> {
        let credentials = self.credentials();
        if credentials.app_id().is_empty() {
            return Err(SignError::EmptyCredential {
                field: crate::header::APP_ID,
            });
        }
        if credentials.secret_id().is_empty() {
            return Err(SignError::EmptyCredential { field: "SecretId" });
        }
        let signed = self.sign_at(
            request.method().as_str(),
            request_target(request.uri()),
            request.body(),
            timestamp,
            nonce,
        );
        attach(request, signed.entries())?;
        Ok(signed)
    }
}

impl TokenAuth {
    /// Sets the `AccessToken`, `OpenId`, `X-TC-Timestamp`, `X-TC-Nonce` (and `X-TC-Version`) headers of `request`,
    /// with a fresh timestamp and nonce, and returns what it attached.
    ///
    /// Like [`Signer::sign_request`], it first removes any authentication header already on the request (of
    /// either kind), marks the token and the open id sensitive, and leaves the request unchanged on error.
    pub fn authorize_request(
        &self,
        request: &mut Request<Vec<u8>>,
    ) -> Result<TokenHeaders, SignError> {
        self.authorize_request_at(
            request,
            SystemClock.now_unix_seconds(),
            RandomNonce.next_nonce(),
        )
    }

    /// Like [`authorize_request`](Self::authorize_request), with the given timestamp (Unix seconds) and nonce.
    pub fn authorize_request_at(
        &self,
        request: &mut Request<Vec<u8>>,
        timestamp: u64,
        nonce: u64,
    ) -> Result<TokenHeaders, SignError> {
        let token = self.access_token();
        if token.token().is_empty() {
            return Err(SignError::EmptyCredential {
                field: crate::header::ACCESS_TOKEN,
            });
        }
        if token.open_id().is_empty() {
            return Err(SignError::EmptyCredential {
                field: crate::header::OPEN_ID,
            });
        }
        let headers = self.headers_at(timestamp, nonce);
        attach(request, headers.entries())?;
        Ok(headers)
    }
}

/// Replaces every authentication header of `request` (of either kind, so that a retry or a stale header never
/// mixes in) with `entries`, marking those that identify or authenticate the caller sensitive, so that `http`'s
/// `Debug` and HTTP/2 header compression leave them out and a transport knows to keep them out of its logs. On
/// error the request is left unchanged.
fn attach<'a>(
    request: &mut Request<Vec<u8>>,
    entries: impl Iterator<Item = (HeaderId, &'a str)>,
) -> Result<(), SignError> {
    let mut values = Vec::with_capacity(HeaderId::ALL.len());
    for (id, text) in entries {
        let invalid = SignError::InvalidHeaderValue { header: id.name() };
        // `HeaderValue` would take bytes above 0x7F as opaque; the verifier (like most servers) reads header
        // values as ASCII text, so refuse them rather than send a request that cannot be verified.
        if !is_header_text(text) {
            return Err(invalid);
        }
        let mut value = HeaderValue::from_str(text).map_err(|_| invalid)?;
        value.set_sensitive(id.is_sensitive());
        values.push((id.http_name(), value));
    }
    let headers = request.headers_mut();
    for id in HeaderId::ALL {
        headers.remove(id.http_name());
    }
    for (name, value) in values {
        headers.insert(name, value);
    }
    Ok(())
}

impl Verifier {
    /// Verifies a received request; see [`verify`](Self::verify) for the checks and their order.
    ///
    /// A signing header that is repeated, or whose value is not visible ASCII, is malformed (200003).
    pub fn verify_request<B: AsRef<[u8]>>(
        &self,
        request: &Request<B>,
    ) -> Result<Verified, VerifyError> {
        let headers = request.headers();
        self.verify_with(
            request.method().as_str(),
            request_target(request.uri()),
            request.body().as_ref(),
            |name| single_header(headers, name),
        )
    }
}

/// Whether `text` is visible ASCII, spaces and tabs: what `HeaderValue::to_str` reads back.
fn is_header_text(text: &str) -> bool {
    text.bytes()
        .all(|byte| byte == b'\t' || (b' '..=b'~').contains(&byte))
}

/// The one value of header `name`, if present.
fn single_header<'h>(
    headers: &'h HeaderMap,
    name: &'static str,
) -> Result<Option<&'h str>, VerifyError> {
    let mut values = headers.get_all(name).iter();
    let Some(value) = values.next() else {
        return Ok(None);
    };
    if values.next().is_some() {
        return Err(VerifyError::MalformedHeader {
            name,
            expected: "sent once, not repeated",
        });
    }
    value
        .to_str()
        .map(Some)
        .map_err(|_| VerifyError::MalformedHeader {
            name,
            expected: "visible ASCII text",
        })
}
