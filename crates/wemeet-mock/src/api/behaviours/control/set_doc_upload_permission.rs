//! `PUT /v1/real-control/meetings/{meeting_id}/doc`: allow or forbid document uploads in a meeting.

use wemeet_types::control::SetDocUploadPermission;

use super::{Authority, controlled};
use crate::api::behaviours::Call;
use crate::api::error::ApiError;
use crate::api::store::Store;

/// Checks the control rules (the meeting exists, 9003; the operator manages it, 9042; it is in progress, 190455, the
/// page's own code for this) and sets whether everyone may upload documents, answering 200 with an empty body (成功返回
/// 空消息体); the mock's handle reads it back
/// ([`MockServer::in_meeting_controls`](crate::MockServer::in_meeting_controls)).
pub(crate) fn handle(
    store: &mut Store,
    call: Call<'_, SetDocUploadPermission>,
) -> Result<(), ApiError> {
    let (record, _) = controlled(store, &call, Authority::Manage, "set the document-upload permission")?;
    let request = &call.request;
    record.extras.controls.enable_upload_doc = Some(request.enable_upload_doc);
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::api::behaviours::testing::Harness;

    #[test]
    fn the_permission_is_set_only_in_a_meeting_in_progress() {
        let mut harness = Harness::new();
        let meeting = harness.meeting("host", &[]);
        let body = json!({ "instanceid": 1, "enable_upload_doc": false });
        let path = json!({ "meeting_id": meeting });
        assert_eq!(
            harness.call::<SetDocUploadPermission>(path.clone(), body.clone()).code(),
            190_455
        );
        harness.join_as(&meeting, "host");
        harness.call::<SetDocUploadPermission>(path, body).ok();
        assert_eq!(harness.record(&meeting).extras.controls.enable_upload_doc, Some(false));
    }
}
