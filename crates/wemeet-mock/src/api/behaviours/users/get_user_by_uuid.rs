//! `GET /v1/users?uuid=`: read an enterprise user by `uuid`.

use wemeet_types::users::{GetUserByUuid, GetUserResponse};

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Answers the user whose `uuid` the service issued, as get user does, or 20001 (用户不存在).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, GetUserByUuid>,
) -> Result<GetUserResponse, ApiError> {
    let app_id = call.caller.app_id();
    let userid = store.users.userid_of(app_id, &call.request.uuid)?;
    super::answer(store.users.find(app_id, &userid)?)
}
