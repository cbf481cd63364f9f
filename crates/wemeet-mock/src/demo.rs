//! The demo credentials every mock server accepts, and demo settings for a local receiver of its event callbacks.
//!
//! They are public on purpose: they only open a mock (or a receiver) on your own machine. Two sets share one enterprise
//! (`AppId`): one with an `SdkId` allocated, so that the `SdkId` checks are exercised, and one without.

use wemeet_sign::Credentials;

/// The demo enterprise (corp) id, sent as `AppId`.
pub const APP_ID: &str = "200000001";
/// The demo app id, sent as `SdkId` with [`SECRET_ID`].
pub const SDK_ID: &str = "18000000001";
/// The demo SecretId (`X-TC-Key`) of the credentials with an `SdkId`.
pub const SECRET_ID: &str = "wemeet-mock-secret-id";
/// The demo SecretKey of [`SECRET_ID`]. Not a secret: it only opens a local mock.
pub const SECRET_KEY: &str = "wemeet-mock-secret-key-for-local-tests-only";
/// The demo SecretId of the credentials without an `SdkId`.
pub const SECRET_ID_WITHOUT_SDK_ID: &str = "wemeet-mock-secret-id-no-sdk";
/// The demo SecretKey of [`SECRET_ID_WITHOUT_SDK_ID`]. Not a secret: it only opens a local mock.
pub const SECRET_KEY_WITHOUT_SDK_ID: &str = "wemeet-mock-secret-key-no-sdk-for-local-tests-only";

/// The demo credentials with an `SdkId` allocated (requests must send `SdkId: 18000000001`).
pub fn credentials() -> Credentials {
    Credentials::builder()
        .app_id(APP_ID)
        .secret_id(SECRET_ID)
        .secret_key(SECRET_KEY)
        .build()
        .with_sdk_id(SDK_ID)
}

/// The demo credentials without an `SdkId` (requests must not send `SdkId`).
pub fn credentials_without_sdk_id() -> Credentials {
    Credentials::builder()
        .app_id(APP_ID)
        .secret_id(SECRET_ID_WITHOUT_SDK_ID)
        .secret_key(SECRET_KEY_WITHOUT_SDK_ID)
        .build()
}

/// A demo Token of an event subscription (25 letters or digits), for a local receiver of the mock's callbacks.
/// Not a secret: it only opens a receiver of a local mock.
pub const WEBHOOK_TOKEN: &str = "wemeetMockDemoToken000001";
/// A demo EncodingAESKey (43 characters, 32 key bytes) of an event subscription. Not a secret either.
pub const WEBHOOK_AES_KEY: &str = "d2VtZWV0LW1vY2stZGVtby1hZXMta2V5LTMyYnl0ZXM";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_subscription_settings_are_valid() {
        let webhook = wemeet_webhook::Webhook::from_settings(WEBHOOK_TOKEN, Some(WEBHOOK_AES_KEY))
            .expect("valid demo settings");
        assert!(webhook.is_encrypted());
    }
}
