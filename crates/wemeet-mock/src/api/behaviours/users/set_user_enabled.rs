//! `PUT /v1/users/{userid}/enable`: enable or disable an enterprise user.

use wemeet_types::ErrorCode;
use wemeet_types::users::{SetUserEnabled, UserStatus};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Enables (`true`) or disables (`false`) the user, answering an empty body: it exists (20001) and is activated
/// (60005, 用户不存在或处于未激活状态: a user not activated yet can be neither). Setting the state it is in
/// already changes nothing, and succeeds.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetUserEnabled>) -> Result<(), ApiError> {
    let userid = call.path.userid.as_str();
    let enable = call.request.enable;
    let now = super::now();
    store.users.change(call.caller.app_id(), userid, |user| {
        if !matches!(user.status, UserStatus::Normal | UserStatus::Disabled) {
            return Err(ApiError::new(
                ErrorCode::USER_MISSING_OR_INACTIVE,
                format!("user {userid} is not activated and can be neither enabled nor disabled"),
            ));
        }
        user.status = if enable {
            UserStatus::Normal
        } else {
            UserStatus::Disabled
        };
        user.update_time = now;
        Ok(())
    })
}
