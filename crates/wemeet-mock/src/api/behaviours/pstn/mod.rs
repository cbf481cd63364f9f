//! The behaviours of the telephone service (PSTN 管理: `/v1/meeting/{meeting_id}/phone/...`), one file each, and the
//! rule they share: which meeting a call-out reaches.

super::behaviours! {
    call_out_phones,
    cancel_phone_calls,
}

use wemeet_types::ErrorCode;

use crate::api::authenticate::Caller;
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::error::ApiError;
use crate::api::store::{MeetingRecord, Store};

/// The meeting a telephone call names: it exists in the caller's enterprise and is not cancelled (190457, 会议不存在,
/// 请核对 meeting_id).
fn phone_meeting<'s>(
    store: &'s mut Store,
    caller: &Caller,
    meeting_id: &str,
) -> Result<&'s mut MeetingRecord, ApiError> {
    open_meeting_mut(store, caller, meeting_id, ErrorCode::MEETING_ID_NOT_FOUND)
}
