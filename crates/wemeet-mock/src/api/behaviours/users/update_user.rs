//! `PUT /v1/users/{userid}`: update an enterprise user by `userid`.

use wemeet_types::users::UpdateUser;

use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;
use crate::api::users_store::UserProfile;

/// Sets the fields the request gives ([`Users::update`](crate::api::users_store::Users::update) lists the rules:
/// 20001, 20003 for a disabled user, 41003 and 41002 for a phone number or email another user has, 190004 for an
/// activated user's phone number or email), answering an empty body.
pub(crate) fn handle(store: &mut Store, call: Call<'_, UpdateUser>) -> Result<(), ApiError> {
    let changes = UserProfile::of(&call.request)?;
    store.users.update(
        call.caller.app_id(),
        &call.path.userid,
        changes,
        super::now(),
    )
}
