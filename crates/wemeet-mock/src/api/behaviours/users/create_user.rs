//! `POST /v1/users`: create an enterprise user.

use wemeet_types::users::{CreateUser, CreateUserResponse};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Creates the user in the caller's enterprise, not activated (未激活), and answers it with the `uuid` the
/// service issued: a `userid` already there answers 20002 (用户已存在), a phone number another user has 41003
/// (手机号码已存在).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, CreateUser>,
) -> Result<CreateUserResponse, ApiError> {
    let user = store
        .users
        .create(call.caller.app_id(), &call.request, super::now())?;
    super::answer(user)
}
