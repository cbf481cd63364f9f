//! The OAuth 2.0 access tokens the mock accepts: issued through its handle, each for one user of an enterprise
//! until it expires on the mock's clock.

use std::collections::HashMap;
use std::time::Duration;

use wemeet_sign::AccessToken;
use wemeet_types::ErrorCode;

use crate::api::error::ApiError;

/// One issued token.
#[derive(Debug, Clone)]
struct Grant {
    open_id: String,
    app_id: String,
    /// Unix seconds on the mock's clock; the token is refused from then on.
    expires_at: u64,
}

/// The issued tokens, by token text.
#[derive(Debug, Default)]
pub(crate) struct AccessTokens {
    grants: HashMap<String, Grant>,
}

/// The user an accepted token speaks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TokenUser {
    pub(crate) open_id: String,
    pub(crate) app_id: String,
}

impl AccessTokens {
    /// The most tokens kept: issuing more drops the ones that expire first.
    const CAPACITY: usize = 10_000;

    /// Issues a fresh token for `open_id` of the enterprise `app_id`, valid for `lifetime` from `now`.
    pub(crate) fn issue(
        &mut self,
        open_id: &str,
        app_id: &str,
        lifetime: Duration,
        now: u64,
    ) -> AccessToken {
        if self.grants.len() >= Self::CAPACITY {
            let soonest = self
                .grants
                .iter()
                .min_by_key(|(_, grant)| grant.expires_at)
                .map(|(token, _)| token.clone());
            if let Some(token) = soonest {
                self.grants.remove(&token);
            }
        }
        let token = format!("mock-token-{}", crate::api::ids::trace_id());
        self.grants.insert(
            token.clone(),
            Grant {
                open_id: open_id.to_owned(),
                app_id: app_id.to_owned(),
                expires_at: now.saturating_add(lifetime.as_secs()),
            },
        );
        AccessToken::new(token, open_id)
    }

    /// Makes `token` expire now; false when it was never issued.
    pub(crate) fn expire(&mut self, token: &AccessToken, now: u64) -> bool {
        match self.grants.iter_mut().find(|(text, _)| token.matches(text)) {
            Some((_, grant)) => {
                grant.expires_at = now;
                true
            }
            None => false,
        }
    }

    /// The user `token` speaks for, if it was issued, has not expired and `open_id` is the user it was issued to;
    /// otherwise the service's answer, 190303 (new code 200190303).
    pub(crate) fn check(
        &self,
        token: &str,
        open_id: &str,
        now: u64,
    ) -> Result<TokenUser, ApiError> {
        let refuse =
            |why: &str| ApiError::new(ErrorCode::AUTHENTICATION_FAILED, format!("鉴权失败: {why}"));
        let grant = self
            .grants
            .get(token)
            .ok_or_else(|| refuse("the access token is unknown"))?;
        if now >= grant.expires_at {
            return Err(refuse("the access token has expired"));
        }
        if grant.open_id != open_id {
            return Err(refuse(
                "the OpenId is not the user the access token was issued to",
            ));
        }
        Ok(TokenUser {
            open_id: grant.open_id.clone(),
            app_id: grant.app_id.clone(),
        })
    }
}
