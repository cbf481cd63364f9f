//! `PUT /v1/users?uuid=`: update an enterprise user by `uuid`.

use wemeet_types::users::UpdateUserByUuid;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;
use crate::api::users_store::UserProfile;

/// Updates the user whose `uuid` the service issued, as update user does (20001 for an unknown `uuid`).
pub(crate) fn handle(store: &mut Store, call: Call<'_, UpdateUserByUuid>) -> Result<(), ApiError> {
    let app_id = call.caller.app_id();
    let userid = store.users.userid_of(app_id, &call.request.uuid)?;
    let changes = UserProfile::of(&call.request)?;
    store.users.update(app_id, &userid, changes, super::now())
}
