//! The rules of a create-meeting request (`POST /v1/meetings`).

use super::limits::MAX_SUBJECT_BASE64_BYTES;
use super::path::FieldPath;
use super::{Rule, Validate, ValidationError, code, text};
use crate::{CreateMeetingRequest, MeetingType, User};

/// The meeting types the create-meeting doc defines: 0 scheduled (预约会议), 1 quick (快速会议).
///
/// Unlike `instanceid`, no other code exists for this field (recurring meetings use a different field of the
/// live API), so any other value is a mistake and is refused before it reaches the server.
const MEETING_TYPES: &[u32] = &[MeetingType::Scheduled.code(), MeetingType::Quick.code()];

impl Validate for CreateMeetingRequest {
    fn validate(&self) -> Result<(), ValidationError> {
        FieldPath::root("userid").check(text::non_empty(&self.userid))?;
        let subject = FieldPath::root("subject");
        subject.check(text::non_empty(&self.subject))?;
        subject.check(text::max_base64_bytes(
            &self.subject,
            MAX_SUBJECT_BASE64_BYTES,
        ))?;
        FieldPath::root("type").check(code::one_of(self.meeting_type.code(), MEETING_TYPES))?;
        users(&FieldPath::root("hosts"), self.hosts.as_deref())?;
        users(&FieldPath::root("invitees"), self.invitees.as_deref())?;
        let (start, end) = (u64::from(self.start_time), u64::from(self.end_time));
        if start >= end {
            return Err(FieldPath::root("end_time").error(Rule::StartBeforeEnd { start, end }));
        }
        Ok(())
    }
}

/// Every user of `hosts` / `invitees` names a user: a non-empty id, or a `UserObj` with a non-empty `userid`.
fn users(list: &FieldPath<'_>, users: Option<&[User]>) -> Result<(), ValidationError> {
    for (index, user) in users.unwrap_or_default().iter().enumerate() {
        let entry = list.index(index);
        match user {
            User::Id(userid) => entry.check(text::non_empty(userid))?,
            User::Obj(user) => entry.field("userid").check(text::non_empty(&user.userid))?,
        }
    }
    Ok(())
}
