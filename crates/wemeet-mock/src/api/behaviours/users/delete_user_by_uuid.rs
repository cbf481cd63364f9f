//! `DELETE /v1/users?uuid=`: delete an enterprise user by `uuid`.

use wemeet_types::users::DeleteUserByUuid;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Deletes the user whose `uuid` the service issued, as delete user does (20001 for an unknown `uuid`).
pub(crate) fn handle(store: &mut Store, call: Call<'_, DeleteUserByUuid>) -> Result<(), ApiError> {
    let app_id = call.caller.app_id();
    let userid = store.users.userid_of(app_id, &call.request.uuid)?;
    store.users.remove(app_id, &userid).map(drop)
}
