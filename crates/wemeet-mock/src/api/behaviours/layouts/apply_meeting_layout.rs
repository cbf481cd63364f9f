//! `PUT /v1/meetings/{meeting_id}/applying-layout`: apply a layout to a meeting or to given participants.

use wemeet_types::ErrorCode;
use wemeet_types::layouts::ApplyMeetingLayout;

use super::layout_meeting;
use crate::api::behaviours::Call;
use crate::api::behaviours::control::not_in;
use crate::api::error::ApiError;
use crate::api::participants::{Found, Who};
use crate::api::store::Store;

/// Checks the layout rules (the meeting exists and is not cancelled, 202001, the page's code; not over, 13603; the
/// operator manages it, 9042), that `layout_id` is a layout the meeting has (190004; the empty string, or none,
/// restores the meeting's default layout) and that every participant of `user_list` is in the meeting on the device
/// given (202007; one on another device is left alone), then applies the layout, answering 200 with an empty body: to those participants as their
/// personal layout (个性布局) when `user_list` is given, else to the whole meeting.
pub(crate) fn handle(store: &mut Store, call: Call<'_, ApplyMeetingLayout>) -> Result<(), ApiError> {
    let record = layout_meeting(store, &call, ErrorCode::MEETING_LOOKUP_FAILED)?;
    let request = &call.request;
    let layout_id = request.layout_id.as_deref().filter(|id| !id.is_empty());
    if let Some(layout_id) = layout_id
        && !record.extras.layouts.has(layout_id)
    {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `layout_id`: meeting {} has no layout {layout_id}",
            call.path.meeting_id
        )));
    }
    let Some(users) = &request.user_list else {
        record.extras.layouts.applied = layout_id.map(str::to_owned);
        return Ok(());
    };
    let mut given = Vec::new();
    for (n, user) in users.iter().enumerate() {
        let who = Who::MsOpenId(&user.ms_open_id);
        match record.extras.participants.find_present(who, user.instanceid) {
            Found::At(_) => given.push(user.ms_open_id.clone()),
            Found::OtherDevice => {}
            Found::Absent => return Err(not_in(record, who, "the meeting", &format!("user_list[{n}]"))),
        }
    }
    let personal = &mut record.extras.layouts.personal;
    for ms_open_id in given {
        match layout_id {
            Some(layout_id) => {
                personal.insert(ms_open_id, layout_id.to_owned());
            }
            None => {
                personal.remove(&ms_open_id);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::layouts::add_meeting_layouts::tests::{add, spec};
    use crate::api::behaviours::testing::{Harness, Outcome};

    fn apply(harness: &mut Harness, meeting_id: &str, layout_id: &str, users: Option<Value>) -> Outcome<()> {
        let mut request = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1, "layout_id": layout_id });
        if let Some(users) = users {
            request["user_list"] = users;
        }
        harness.call::<ApplyMeetingLayout>(json!({ "meeting_id": meeting_id }), request)
    }

    #[test]
    fn a_layout_applies_to_the_meeting_or_to_participants_and_the_default_comes_back() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        let added = add(&mut harness, &meeting, "creator", vec![spec("1", &[]), spec("2", &[])], None).ok();
        let ids: Vec<String> = added.layout_list.expect("layouts").into_iter().filter_map(|l| l.layout_id).collect();
        apply(&mut harness, &meeting, &ids[1], None).ok();
        assert_eq!(harness.record(&meeting).extras.layouts.applied.as_deref(), Some(ids[1].as_str()));
        harness.join_as(&meeting, "creator");
        let bob = harness.join_as(&meeting, "bob");
        let users = json!([{ "ms_open_id": bob, "instanceid": 1 }]);
        apply(&mut harness, &meeting, &ids[0], Some(users.clone())).ok();
        let layouts = &harness.record(&meeting).extras.layouts;
        assert_eq!(layouts.personal.get(&bob), Some(&ids[0]));
        assert_eq!(layouts.applied.as_deref(), Some(ids[1].as_str()), "a personal layout leaves the meeting's");
        apply(&mut harness, &meeting, "", Some(users)).ok();
        apply(&mut harness, &meeting, "", None).ok();
        let layouts = &harness.record(&meeting).extras.layouts;
        assert!(layouts.personal.is_empty());
        assert_eq!(layouts.applied, None, "the default layout");
    }

    #[test]
    fn unknown_layouts_meetings_and_participants_are_refused() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        assert_eq!(apply(&mut harness, "404", "", None).code(), 202_001);
        assert_eq!(apply(&mut harness, &meeting, "nope", None).code(), 190_004);
        let users = json!([{ "ms_open_id": "nobody", "instanceid": 1 }]);
        assert_eq!(apply(&mut harness, &meeting, "", Some(users)).code(), 202_007);
    }
}
