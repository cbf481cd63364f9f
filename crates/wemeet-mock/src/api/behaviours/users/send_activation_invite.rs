//! `PUT /v1/users/{userid}/invite-activate`: send a user its activation invitation.

use wemeet_types::ErrorCode;
use wemeet_types::users::{SendActivationInvite, UserStatus};

use crate::api::behaviours::Call;
use crate::api::local_time;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Sends (the mock sends nothing) the invitation, answering an empty body: the user exists (20001), is not
/// activated yet (仅未激活的用户; the docs give no code: 190004 naming the rule), and had no invitation today,
/// China Standard Time (15101, 今天已经向该用户发送过邀请提醒).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SendActivationInvite>,
) -> Result<(), ApiError> {
    let userid = call.path.userid.as_str();
    let today = local_time::day(super::now());
    store.users.change(call.caller.app_id(), userid, |user| {
        if user.status != UserStatus::Inactive {
            return Err(ApiError::invalid_parameter(format!(
                "user {userid} is activated already: only users not activated yet are invited to activate"
            )));
        }
        if user.activation_invite_day == Some(today) {
            return Err(ApiError::new(
                ErrorCode::ACTIVATION_INVITE_SENT_TODAY,
                format!("user {userid} was invited today already: one invitation a day"),
            ));
        }
        user.activation_invite_day = Some(today);
        Ok(())
    })
}
