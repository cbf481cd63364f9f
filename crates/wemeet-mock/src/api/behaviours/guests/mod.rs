//! The behaviours of the guest service (会议嘉宾: `/v1/guests/{meeting_id}`), one file each, and the rule they share:
//! only the meeting's creator reads or replaces its guests.

super::behaviours! {
    get_meeting_guests,
    set_meeting_guests,
}

use wemeet_types::ErrorCode;

use crate::api::error::ApiError;
use crate::api::store::MeetingRecord;

/// Refuses with 9042 a caller `userid` who did not create `record`'s meeting (只有会议创建人才有权限).
fn require_creator(record: &MeetingRecord, userid: &str, what: &str) -> Result<(), ApiError> {
    if record.meeting.creator == userid {
        return Ok(());
    }
    Err(ApiError::new(
        ErrorCode::NO_PERMISSION,
        format!(
            "user {userid} did not create meeting {} and may not {what} its guests: only its creator may",
            record.meeting.meeting_id
        ),
    ))
}
