//! Verifying received requests, for servers.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::credentials::Credentials;
use crate::decimal::parse_canonical;
use crate::header;
use crate::replay_guard::ReplayGuard;
use crate::string_to_sign::StringToSign;
use crate::verified::Verified;
use crate::verify_error::VerifyError;

/// Verifies signed requests the way the Tencent Meeting server does; for servers such as a local mock.
///
/// Credentials are looked up by `X-TC-Key` (SecretId) in a store that can gain credentials at run time.
/// Checks run in this order, and the first failure is returned:
/// 1. the headers are present and well formed;
/// 2. the `X-TC-Key` is known and `AppId` / `SdkId` match its credentials;
/// 3. `X-TC-Timestamp` is within the window of the verifier's clock (300 s by default);
/// 4. `X-TC-Signature` matches, compared in constant time;
/// 5. the nonce and timestamp were not used before with this `X-TC-Key` (only a request with a valid
///    signature uses one up).
///
/// ```
/// use wemeet_sign::{Credentials, Signer, Verifier};
///
/// let credentials = Credentials::builder().app_id("200000001").secret_id("AKIDexample").secret_key("secret-key").build();
/// let verifier = Verifier::new();
/// verifier.add_credentials(credentials.clone());
///
/// let headers = Signer::new(credentials).sign("POST", "/v1/meetings", b"{}");
/// let verified = verifier.verify("POST", "/v1/meetings", b"{}", |name| headers.get(name))?;
/// assert_eq!(verified.app_id(), "200000001");
///
/// // The same request again is a replay.
/// let replay = verifier.verify("POST", "/v1/meetings", b"{}", |name| headers.get(name));
/// assert_eq!(replay.map_err(|error| error.error_code().get()), Err(190301));
/// # Ok::<(), wemeet_sign::VerifyError>(())
/// ```
pub struct Verifier {
    keys: RwLock<HashMap<String, Arc<Credentials>>>,
    window_seconds: u64,
    clock: Arc<dyn Clock>,
    replay_guard: ReplayGuard,
}

impl Verifier {
    /// The window the server allows between a request's timestamp and its own clock: 5 minutes.
    pub const DEFAULT_WINDOW: Duration = Duration::from_secs(300);
    /// How many nonces the replay guard holds per key by default. At the API's app-wide limit of 300 requests
    /// a minute, a 10-minute span of live timestamps holds 3 000 nonces per app.
    pub const DEFAULT_REPLAY_CAPACITY: usize = 65_536;

    /// A verifier with no credentials, the system clock, a 300 s window and room for
    /// [`DEFAULT_REPLAY_CAPACITY`](Self::DEFAULT_REPLAY_CAPACITY) nonces.
    pub fn new() -> Self {
        Self {
            keys: RwLock::new(HashMap::new()),
            window_seconds: Self::DEFAULT_WINDOW.as_secs(),
            clock: Arc::new(SystemClock),
            replay_guard: ReplayGuard::new(Self::DEFAULT_REPLAY_CAPACITY),
        }
    }

    /// Allows timestamps at most `window` away from the clock, in either direction (whole seconds;
    /// a fraction of a second is dropped).
    #[must_use]
    pub fn with_window(mut self, window: Duration) -> Self {
        self.window_seconds = window.as_secs();
        self
    }

    /// Reads the time from `clock` instead of the system clock.
    #[must_use]
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Holds at most `n` nonces (at least 1) per key in the replay guard, forgetting any it held.
    ///
    /// When a key has `n` nonces inside the window, its further requests are refused with
    /// [`VerifyError::ReplayGuardFull`] until the oldest leave the window (forgetting a live nonce would let its
    /// request be replayed); other keys are not affected.
    #[must_use]
    pub fn with_replay_capacity(mut self, n: usize) -> Self {
        self.replay_guard = ReplayGuard::new(n);
        self
    }

    /// Registers credentials, replacing any registered under the same SecretId.
    pub fn add_credentials(&self, credentials: Credentials) {
        let mut keys = self.keys.write().unwrap_or_else(PoisonError::into_inner);
        keys.insert(credentials.secret_id().to_owned(), Arc::new(credentials));
    }

    /// Unregisters the credentials with this SecretId; returns whether there were any.
    pub fn remove_credentials(&self, secret_id: &str) -> bool {
        let mut keys = self.keys.write().unwrap_or_else(PoisonError::into_inner);
        let removed = keys.remove(secret_id).is_some();
        self.replay_guard.forget(secret_id);
        removed
    }

    /// Verifies one received request.
    ///
    /// `method`, `target` (path and query as received) and `body` (exact bytes) are what arrived;
    /// `header` returns the value of a header by name, matching names case-insensitively as HTTP does.
    pub fn verify<'h>(
        &self,
        method: &str,
        target: &str,
        body: &[u8],
        header: impl Fn(&str) -> Option<&'h str>,
    ) -> Result<Verified, VerifyError> {
        self.verify_with(method, target, body, |name| Ok(header(name)))
    }

    /// [`verify`](Self::verify) with a header lookup that can itself reject a header.
    pub(crate) fn verify_with<'h>(
        &self,
        method: &str,
        target: &str,
        body: &[u8],
        header: impl Fn(&'static str) -> Result<Option<&'h str>, VerifyError>,
    ) -> Result<Verified, VerifyError> {
        let required =
            |name: &'static str| header(name)?.ok_or(VerifyError::MissingHeader { name });

        // 1. Headers present and well formed.
        let secret_id = required(header::X_TC_KEY)?;
        let timestamp_text = required(header::X_TC_TIMESTAMP)?;
        let nonce_text = required(header::X_TC_NONCE)?;
        let signature = required(header::X_TC_SIGNATURE)?;
        let app_id = required(header::APP_ID)?;
        let sdk_id = header(header::SDK_ID)?;
        let timestamp = parse_canonical(timestamp_text).ok_or(VerifyError::MalformedHeader {
            name: header::X_TC_TIMESTAMP,
            expected: "Unix seconds in decimal digits, without sign or leading zeros",
        })?;
        let nonce = parse_canonical(nonce_text).filter(|nonce| *nonce > 0).ok_or(VerifyError::MalformedHeader {
            name: header::X_TC_NONCE,
            expected: "a positive integer in decimal digits, without sign or leading zeros, below 2^64",
        })?;

        // 2. Known key, matching AppId and SdkId.
        let credentials = self.credentials(secret_id)?;
        if app_id != credentials.app_id() {
            return Err(VerifyError::AppIdMismatch);
        }
        match (credentials.sdk_id(), sdk_id) {
            (None, Some(_)) => return Err(VerifyError::UnexpectedSdkId),
            (Some(_), None) => return Err(VerifyError::MissingSdkId),
            (Some(expected), Some(sent)) if expected != sent => {
                return Err(VerifyError::SdkIdMismatch);
            }
            _ => {}
        }

        // 3. Timestamp within the window.
        let now = self.clock.now_unix_seconds();
        if timestamp.abs_diff(now) > self.window_seconds {
            return Err(VerifyError::TimestampOutOfWindow {
                timestamp,
                now,
                window_seconds: self.window_seconds,
            });
        }

        // 4. Signature, in constant time.
        let expected =
            StringToSign::new(method, secret_id, timestamp, nonce, target, body).sign(&credentials);
        if !expected.matches(signature.as_bytes()) {
            return Err(VerifyError::SignatureMismatch);
        }

        // 5. Not a replay.
        self.replay_guard
            .record(secret_id, timestamp, nonce, now, self.window_seconds)?;

        Ok(Verified {
            app_id: credentials.app_id().to_owned(),
            sdk_id: credentials.sdk_id().map(str::to_owned),
            secret_id: secret_id.to_owned(),
            timestamp,
            nonce,
        })
    }

    fn credentials(&self, secret_id: &str) -> Result<Arc<Credentials>, VerifyError> {
        let keys = self.keys.read().unwrap_or_else(PoisonError::into_inner);
        keys.get(secret_id)
            .cloned()
            .ok_or_else(|| VerifyError::UnknownKey {
                secret_id: secret_id.to_owned(),
            })
    }
}

impl Default for Verifier {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let keys = self.keys.read().unwrap_or_else(PoisonError::into_inner);
        let mut secret_ids: Vec<&str> = keys.keys().map(String::as_str).collect();
        secret_ids.sort_unstable();
        f.debug_struct("Verifier")
            .field("secret_ids", &secret_ids)
            .field("window_seconds", &self.window_seconds)
            .field("replay_capacity", &self.replay_guard.capacity())
            .finish_non_exhaustive()
    }
}
