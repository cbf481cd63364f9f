//! `PUT /v1/real-control/meetings/{meeting_id}/names`: change participants' in-meeting names.

use wemeet_types::control::SetParticipantNames;
use wemeet_types::{ErrorCode, JsonObject};

use super::{Authority, Operator, controlled, not_in, participant_at};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::participants::{Found, Who, is_cohost, is_host, manages};
use crate::api::store::{MeetingRecord, Store};

/// Checks the control rules and the page's own: the meeting exists (9003); the operator is its creator, or a host or
/// co-host already in it (9042); it is in progress (190455); every participant named is in it (202007, naming the
/// first who is not); only a host in the meeting renames hosts and co-hosts (9042). Nobody is renamed when a check
/// fails. Then each participant named on the device it uses takes its `nick_name` as its name in the real-time list
/// (one without `nick_name` keeps its name), and the call answers 200 with an empty object (the page's output was
/// not retrievable).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetParticipantNames>,
) -> Result<JsonObject, ApiError> {
    let (record, operator) = controlled(store, &call, Authority::Manage, "rename participants")?;
    let request = &call.request;
    let in_meeting = operator.present(record).map(|present| present.user_role);
    if !operator.created(record) && !in_meeting.is_some_and(manages) {
        return Err(refusal(
            record,
            operator,
            "the meeting's creator, or a host or co-host in the meeting",
        ));
    }
    let host_in_meeting = in_meeting.is_some_and(is_host);
    let mut renames = Vec::new();
    for (n, user) in request.users.iter().enumerate() {
        let who = Who::MsOpenId(&user.ms_open_id);
        let index = match record.extras.participants.find_present(who, user.instanceid) {
            Found::At(index) => index,
            Found::OtherDevice => continue,
            Found::Absent => return Err(not_in(record, who, "the meeting", &format!("users[{n}]"))),
        };
        let Some(role) = record.extras.participants.present_at(index).map(|p| p.user_role) else {
            continue;
        };
        if (is_host(role) || is_cohost(role)) && !host_in_meeting {
            return Err(refusal(
                record,
                operator,
                "a host in the meeting (to rename hosts and co-hosts)",
            ));
        }
        if let Some(name) = &user.nick_name {
            renames.push((index, name.clone()));
        }
    }
    for (index, name) in renames {
        participant_at(record, index)?.user_name = name;
    }
    Ok(JsonObject::default())
}

fn refusal(record: &MeetingRecord, operator: Operator<'_>, who: &str) -> ApiError {
    ApiError::new(
        ErrorCode::NO_PERMISSION,
        format!(
            "{} may not rename participants in meeting {}: only {who} may",
            operator.describe(),
            record.meeting.meeting_id
        ),
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::{Harness, Outcome};

    fn rename(harness: &mut Harness, meeting_id: &str, operator: &str, ms_open_id: &str, name: &str) -> Outcome<JsonObject> {
        harness.call::<SetParticipantNames>(
            json!({ "meeting_id": meeting_id }),
            json!({ "operator_id": operator, "operator_id_type": 1, "instanceid": 1,
                    "users": [{ "ms_open_id": ms_open_id, "instanceid": 1, "nick_name": name }] }),
        )
    }

    fn name_of(harness: &mut Harness, meeting_id: &str, ms_open_id: &str) -> String {
        let record = harness.record(meeting_id);
        record.extras.participants.present().find(|p| p.ms_open_id == ms_open_id).expect("present").user_name.clone()
    }

    #[test]
    fn names_change_in_the_list_and_only_a_host_in_the_meeting_renames_hosts() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &["host", "creator"]);
        let host = harness.join_as(&meeting, "host");
        let bob = harness.join_as(&meeting, "bob");
        assert!(rename(&mut harness, &meeting, "host", &bob, "Bob B.").ok().0.is_empty());
        assert_eq!(name_of(&mut harness, &meeting, &bob), "Bob B.");
        assert_eq!(
            rename(&mut harness, &meeting, "creator", &bob, "Robert").answer.map(|_| ()),
            Ok(()),
            "the creator renames members without being in the meeting"
        );
        assert_eq!(
            rename(&mut harness, &meeting, "creator", &host, "H").code(),
            9042,
            "the creator is not a host in the meeting"
        );
        assert_eq!(rename(&mut harness, &meeting, "bob", &bob, "me").code(), 9042);
        assert_eq!(rename(&mut harness, &meeting, "host", "nobody", "x").code(), 202_007);
        rename(&mut harness, &meeting, "host", &host, "Chair").ok();
        assert_eq!(name_of(&mut harness, &meeting, &host), "Chair");
    }
}
