//! `GET /v1/users/{userid}`: read an enterprise user by `userid`.

use wemeet_types::users::{GetUser, GetUserResponse};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the user as it stands (its state, profile and last change), or 20001 (用户不存在) for a `userid` the
/// caller's enterprise does not have.
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetUser>,
) -> Result<GetUserResponse, ApiError> {
    let user = store.users.find(call.caller.app_id(), &call.path.userid)?;
    super::answer(user)
}
