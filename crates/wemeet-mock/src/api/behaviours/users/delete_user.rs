//! `DELETE /v1/users/{userid}`: delete an enterprise user by `userid`.

use wemeet_types::users::DeleteUser;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Deletes the user, answering an empty body; afterwards it answers 20001 (用户不存在) everywhere, a second delete
/// included, and its `userid` may be created again.
pub(crate) fn handle(store: &mut Store, call: Call<'_, DeleteUser>) -> Result<(), ApiError> {
    store
        .users
        .remove(call.caller.app_id(), &call.path.userid)
        .map(drop)
}
