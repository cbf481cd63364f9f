//! Names of the headers the signing scheme reads and writes.
//!
//! HTTP header names are case-insensitive; the constants are the spellings the API documentation uses. Every
//! header is one row of the table below: its name as documented, its name in lower case as `http` keeps it,
//! whether its value identifies or authenticates the caller (`sensitive`: kept out of transport logs and HTTP/2
//! header tables), and whether it is a proof of identity (`secret`: redacted even in `Debug`). The constants,
//! [`ALL`] and everything the crate derives from a header come from its row.

/// Declares the headers, one row each: everything else about a header is derived from its row.
macro_rules! headers {
    ($(
        $(#[$doc:meta])*
        $id:ident = $constant:ident: $name:literal, $lower:literal, sensitive: $sensitive:literal,
            secret: $secret:literal;
    )*) => {
        $(
            $(#[$doc])*
            pub const $constant: &str = $name;
        )*

        /// Every header a [`Signer`](crate::Signer) or a [`TokenAuth`](crate::TokenAuth) may set, in the order
        /// they set them.
        pub const ALL: [&str; [$($name),*].len()] = [$($name),*];

        /// One of the headers above, for code that needs more than its documented name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum HeaderId {
            $($id,)*
        }

        impl HeaderId {
            /// Every header a signer may set, in the order it sets them.
            #[cfg_attr(not(any(test, feature = "http")), allow(dead_code))]
            pub(crate) const ALL: [Self; [$($name),*].len()] = [$(Self::$id),*];

            /// The name as the documentation spells it.
            pub(crate) const fn name(self) -> &'static str {
                match self {
                    $(Self::$id => $name,)*
                }
            }

            /// The name in lower case, as an `http` header name is always kept.
            #[cfg_attr(not(any(test, feature = "http")), allow(dead_code))]
            pub(crate) const fn lower_case_name(self) -> &'static str {
                match self {
                    $(Self::$id => $lower,)*
                }
            }

            /// Whether the value identifies or authenticates the caller and must stay out of logs.
            #[cfg_attr(not(any(test, feature = "http")), allow(dead_code))]
            pub(crate) const fn is_sensitive(self) -> bool {
                match self {
                    $(Self::$id => $sensitive,)*
                }
            }

            /// The name as an `http` header name, checked once when the crate is compiled rather than on each
            /// request that sets or clears it.
            #[cfg(feature = "http")]
            pub(crate) fn http_name(self) -> http::HeaderName {
                match self {
                    $(Self::$id => const { http::HeaderName::from_static(Self::$id.lower_case_name()) },)*
                }
            }

            /// Whether the value proves the caller's identity: `Debug` shows `[REDACTED]` instead (the other
            /// values stay visible there, for debugging).
            pub(crate) const fn is_secret(self) -> bool {
                match self {
                    $(Self::$id => $secret,)*
                }
            }
        }
    };
}

headers! {
    /// `X-TC-Key`: the SecretId that identifies the signing key.
    Key = X_TC_KEY: "X-TC-Key", "x-tc-key", sensitive: true, secret: false;
    /// `X-TC-Timestamp`: Unix seconds at signing time, decimal.
    Timestamp = X_TC_TIMESTAMP: "X-TC-Timestamp", "x-tc-timestamp", sensitive: false, secret: false;
    /// `X-TC-Nonce`: a positive integer, decimal, unique per request.
    Nonce = X_TC_NONCE: "X-TC-Nonce", "x-tc-nonce", sensitive: false, secret: false;
    /// `X-TC-Signature`: the 88-character signature.
    Signature = X_TC_SIGNATURE: "X-TC-Signature", "x-tc-signature", sensitive: true, secret: true;
    /// `AppId`: the enterprise (corp) id.
    AppId = APP_ID: "AppId", "appid", sensitive: true, secret: false;
    /// `SdkId`: the app id; absent when none was allocated.
    SdkId = SDK_ID: "SdkId", "sdkid", sensitive: true, secret: false;
    /// `X-TC-Registered`: whether the account directory is enabled (`1` by default).
    Registered = X_TC_REGISTERED: "X-TC-Registered", "x-tc-registered", sensitive: false, secret: false;
    /// `X-TC-Version`: the calling app's version, optional.
    Version = X_TC_VERSION: "X-TC-Version", "x-tc-version", sensitive: false, secret: false;
    /// `AccessToken`: a third-party app's OAuth 2.0 access token (OAuth 2.0 mode, instead of a signature).
    AccessToken = ACCESS_TOKEN: "AccessToken", "accesstoken", sensitive: true, secret: true;
    /// `OpenId`: the OAuth 2.0 open id of the user who granted the token (OAuth 2.0 mode).
    OpenId = OPEN_ID: "OpenId", "openid", sensitive: true, secret: true;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_list_names_every_header_in_order() {
        assert_eq!(HeaderId::ALL.map(HeaderId::name), ALL);
    }

    #[test]
    fn lower_case_names_are_the_documented_names_in_lower_case() {
        for id in HeaderId::ALL {
            assert_eq!(id.lower_case_name(), id.name().to_ascii_lowercase());
        }
    }

    #[test]
    fn only_proofs_of_identity_are_secret() {
        let secret: Vec<&str> = HeaderId::ALL
            .into_iter()
            .filter(|id| id.is_secret())
            .map(HeaderId::name)
            .collect();
        assert_eq!(secret, [X_TC_SIGNATURE, ACCESS_TOKEN, OPEN_ID]);
    }

    #[test]
    fn the_caller_s_identity_and_proof_are_sensitive_the_rest_is_not() {
        let sensitive: Vec<&str> = HeaderId::ALL
            .into_iter()
            .filter(|id| id.is_sensitive())
            .map(HeaderId::name)
            .collect();
        assert_eq!(
            sensitive,
            [
                X_TC_KEY,
                X_TC_SIGNATURE,
                APP_ID,
                SDK_ID,
                ACCESS_TOKEN,
                OPEN_ID
            ]
        );
    }
}
