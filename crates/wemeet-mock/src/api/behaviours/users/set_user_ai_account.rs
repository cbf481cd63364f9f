//! `POST /v1/users/account/ai-account`: give a user the AI account capability.

use wemeet_types::ErrorCode;
use wemeet_types::users::{AiAccountType, SetUserAiAccount};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Gives the user (`to_operator_id`) an AI account of the kind asked for (gifted when none is, as the service
/// hands out gifted ones first), answering an empty body: the user exists (20001) and has none yet (500058,
/// 该账号已经拥有 AI 账号相关能力). Get user then answers `enable_ai_account` true with its kind.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetUserAiAccount>) -> Result<(), ApiError> {
    let userid = call.request.to_operator_id.as_str();
    let kind = call
        .request
        .ai_account_type
        .unwrap_or(AiAccountType::Gifted);
    store.users.change(call.caller.app_id(), userid, |user| {
        if user.ai_account.is_some() {
            return Err(ApiError::new(
                ErrorCode::ALREADY_HAS_AI_ACCOUNT,
                format!("user {userid} has the AI account capability already"),
            ));
        }
        user.ai_account = Some(kind);
        Ok(())
    })
}
