//! `PUT /v1/guests/{meeting_id}`: replace the guest list of a meeting.

use wemeet_types::ErrorCode;
use wemeet_types::guests::SetMeetingGuests;

use super::require_creator;
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::behaviours::{Call, reshape};
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the meeting exists in the caller's enterprise and is not cancelled (9002, the page's code for a wrong
/// meeting ID) and the caller (`userid`) created it (9042), then replaces its guests with the list given (an empty
/// list clears it: 传空数组会清空嘉宾列表), answering 200 with an empty body; reading the guests returns them. The
/// service's daily limits (10 settings a day, a user a guest 10 times) are not counted.
pub(crate) fn handle(store: &mut Store, call: Call<'_, SetMeetingGuests>) -> Result<(), ApiError> {
    let meeting_id = call.path.meeting_id.as_str();
    let record = open_meeting_mut(store, call.caller, meeting_id, ErrorCode::ILLEGAL_REQUEST)?;
    require_creator(record, &call.request.userid, "replace")?;
    record.extras.guests = Some(reshape(&call.request.guests)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use wemeet_types::guests::GetMeetingGuests;

    use super::*;
    use crate::api::behaviours::testing::Harness;

    fn guests(harness: &mut Harness, meeting_id: &str, userid: &str) -> Result<Vec<String>, i64> {
        let outcome = harness.call::<GetMeetingGuests>(
            json!({ "meeting_id": meeting_id }),
            json!({ "userid": userid, "instanceid": 1 }),
        );
        match outcome.answer {
            Ok(answer) => Ok(answer
                .guests
                .unwrap_or_default()
                .into_iter()
                .filter_map(|guest| guest.phone_number)
                .collect()),
            Err(error) => Err(error.code().get()),
        }
    }

    fn set(harness: &mut Harness, meeting_id: &str, userid: &str, list: Value) -> crate::api::behaviours::testing::Outcome<()> {
        harness.call::<SetMeetingGuests>(
            json!({ "meeting_id": meeting_id }),
            json!({ "userid": userid, "instanceid": 1, "guests": list }),
        )
    }

    #[test]
    fn the_creator_reads_the_create_requests_guests_then_what_it_set() {
        let mut harness = Harness::new();
        let meeting = harness.meeting_with("creator", &[], |request| {
            request["guests"] = json!([{ "area": "86", "phone_number": "13800000001", "guest_name": "A" }]);
        });
        assert_eq!(guests(&mut harness, &meeting, "creator"), Ok(vec!["13800000001".to_owned()]));
        set(&mut harness, &meeting, "creator", json!([{ "area": "86", "phone_number": "13800000002" }])).ok();
        assert_eq!(guests(&mut harness, &meeting, "creator"), Ok(vec!["13800000002".to_owned()]));
        set(&mut harness, &meeting, "creator", json!([])).ok();
        assert_eq!(guests(&mut harness, &meeting, "creator"), Ok(vec![]), "an empty list clears it");
    }

    #[test]
    fn only_the_creator_and_only_a_meeting_it_has() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        assert_eq!(guests(&mut harness, &meeting, "bob"), Err(9042));
        assert_eq!(guests(&mut harness, "404", "creator"), Err(9003));
        assert_eq!(set(&mut harness, &meeting, "bob", json!([])).code(), 9042);
        assert_eq!(set(&mut harness, "404", "creator", json!([])).code(), 9002);
    }
}
