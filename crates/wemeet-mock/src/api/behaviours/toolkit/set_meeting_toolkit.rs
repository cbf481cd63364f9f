//! `POST /v1/app/toolkit`: bind extension apps to a meeting.

use wemeet_types::toolkit::SetMeetingToolkit;
use wemeet_types::{ErrorCode, JsonObject};

use crate::api::behaviours::Call;
use crate::api::behaviours::meetings::open_meeting_mut;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the meeting (`meeting_id` of the body) exists in the caller's enterprise and is not cancelled (9003), the
/// caller (`userid`) created it (9042: 必须和会议创建者一致) and `toolbar_sdkid`, when given, is one of `tool_list`
/// (190004: it must be in the list), then binds the apps, replacing the bindings of an earlier call (后面的调用会覆盖前面
/// 的绑定信息), and answers 200 with an empty object (the page's output was not retrievable). No endpoint of the SDKs
/// reads the bindings back: the mock's handle does
/// ([`MockServer::meeting_toolkit`](crate::MockServer::meeting_toolkit)).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetMeetingToolkit>,
) -> Result<JsonObject, ApiError> {
    let request = call.request;
    let meeting_id = request.meeting_id.clone();
    let record = open_meeting_mut(store, call.caller, &meeting_id, ErrorCode::MEETING_NOT_EXIST)?;
    if record.meeting.creator != request.userid {
        return Err(ApiError::new(
            ErrorCode::NO_PERMISSION,
            format!(
                "user {} did not create meeting {meeting_id}: only its creator binds its extension apps",
                request.userid
            ),
        ));
    }
    if let Some(toolbar) = request.toolbar_sdkid.as_deref().filter(|id| !id.is_empty())
        && !request.tool_list.iter().any(|tool| tool.tool_sdkid == toolbar)
    {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `toolbar_sdkid`: {toolbar} is not in `tool_list` (it must be one of the apps bound)"
        )));
    }
    record.extras.toolkit = Some(request);
    store.account(&meeting_id);
    Ok(JsonObject::default())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::api::behaviours::testing::Harness;

    fn bind(harness: &mut Harness, meeting_id: &str, userid: &str, toolbar: &str) -> crate::api::behaviours::testing::Outcome<JsonObject> {
        harness.call::<SetMeetingToolkit>(
            Value::Null,
            json!({ "userid": userid, "instanceid": 1, "meeting_id": meeting_id, "toolbar_sdkid": toolbar,
                    "tool_list": [{ "tool_appid": "2001", "tool_sdkid": "1001" }] }),
        )
    }

    #[test]
    fn the_creator_binds_apps_replacing_the_earlier_binding() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("creator", &[]);
        assert!(bind(&mut harness, &meeting, "creator", "1001").ok().0.is_empty());
        let bound = harness.record(&meeting).extras.toolkit.clone().expect("bound");
        assert_eq!(bound.tool_list[0].tool_sdkid, "1001");
        assert_eq!(bind(&mut harness, &meeting, "creator", "9999").code(), 190_004, "the toolbar app is bound");
        assert_eq!(bind(&mut harness, &meeting, "bob", "1001").code(), 9042);
        assert_eq!(bind(&mut harness, "404", "creator", "1001").code(), 9003);
    }
}
