//! `DELETE /v1/users/account/ai-account`: take the AI account capability away from a user.

use wemeet_types::ErrorCode;
use wemeet_types::JsonObject;
use wemeet_types::users::DeleteUserAiAccount;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Takes the user's (`to_operator_id`) AI account away, answering an empty object: the user exists (20001) and
/// has one (500059, 该账号无 AI 账号能力).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, DeleteUserAiAccount>,
) -> Result<JsonObject, ApiError> {
    let userid = call.request.to_operator_id.as_str();
    store.users.change(call.caller.app_id(), userid, |user| {
        if user.ai_account.take().is_none() {
            return Err(ApiError::new(
                ErrorCode::NO_AI_ACCOUNT,
                format!("user {userid} has no AI account capability"),
            ));
        }
        Ok(JsonObject::default())
    })
}
