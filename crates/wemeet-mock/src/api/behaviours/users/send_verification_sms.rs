//! `PUT /v1/users/{userid}/invite-auth`: send a user its verification SMS.

use wemeet_types::ErrorCode;
use wemeet_types::users::{SendVerificationSms, UserStatus};

use crate::api::behaviours::Call;
use crate::api::local_time;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Sends (the mock sends nothing) the SMS, answering an empty body: the user exists (20001), is activated (500120,
/// 该用户未激活,无法验证), has a phone number (500121) and had no SMS today, China Standard Time (500119).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SendVerificationSms>,
) -> Result<(), ApiError> {
    let userid = call.path.userid.as_str();
    let today = local_time::day(super::now());
    store.users.change(call.caller.app_id(), userid, |user| {
        let refusal = if user.status == UserStatus::Inactive {
            Some((ErrorCode::USER_NOT_ACTIVATED, "is not activated"))
        } else if user.profile.phone.as_deref().is_none_or(str::is_empty) {
            Some((ErrorCode::USER_PHONE_NOT_BOUND, "has no phone number"))
        } else if user.verification_sms_day == Some(today) {
            Some((
                ErrorCode::VERIFICATION_SENT_TODAY,
                "was sent one today already",
            ))
        } else {
            None
        };
        if let Some((code, why)) = refusal {
            return Err(ApiError::new(
                code,
                format!("no verification SMS for user {userid}: it {why}"),
            ));
        }
        user.verification_sms_day = Some(today);
        Ok(())
    })
}
