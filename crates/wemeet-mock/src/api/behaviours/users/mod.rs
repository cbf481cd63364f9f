//! The behaviours of the users service (企业用户管理): enterprise users created, read by `userid` and by `uuid`,
//! updated, listed (by page and by cursor), enabled or disabled, sent their invitations, given or denied the AI
//! account capability, and deleted, on the users the store holds ([`crate::api::users_store`]). Each caller sees
//! the users of its own enterprise only; an unknown or deleted user answers 20001 (用户不存在). The other
//! endpoints of the service answer their response examples.

super::behaviours! {
    create_user,
    delete_user,
    delete_user_ai_account,
    delete_user_by_uuid,
    get_user,
    get_user_by_uuid,
    list_users,
    list_users_advanced,
    send_activation_invite,
    send_verification_sms,
    set_user_ai_account,
    set_user_enabled,
    update_user,
    update_user_by_uuid,
}

use serde::de::DeserializeOwned;

use crate::api::behaviours::reshape;
use crate::api::error::ApiError;
use crate::api::users_store::UserRecord;
use crate::callbacks::timestamp::unix_millis;

/// Now, in Unix seconds (the users' `update_time`).
fn now() -> i64 {
    i64::try_from(unix_millis() / 1000).unwrap_or(i64::MAX)
}

/// `user` as an answer of the shape of get user's (`GetUserResponse`, `UserInfo`).
fn answer<T: DeserializeOwned>(user: &UserRecord) -> Result<T, ApiError> {
    reshape(&user.info()?)
}
