//! The handle's side of what the layout, telephone and extension-app services hold about a meeting, which none of
//! their endpoints reads back.

use wemeet_types::toolkit::SetMeetingToolkitRequest;

use crate::api::layouts::MeetingLayouts;
use crate::api::phone_calls::PhoneCall;
use crate::handle::mock_server::MockServer;

impl MockServer {
    /// The layouts added to meeting `meeting_id`, the one it applies and its participants' personal layouts; `None`
    /// if there is no such meeting.
    pub fn layouts(&self, meeting_id: &str) -> Option<MeetingLayouts> {
        self.read(|store| {
            store
                .meeting(meeting_id)
                .map(|record| record.extras.layouts.clone())
        })
    }

    /// The phones meeting `meeting_id` called, one entry per number, with where each call is; `None` if there is
    /// no such meeting.
    pub fn phone_calls(&self, meeting_id: &str) -> Option<Vec<PhoneCall>> {
        self.read(|store| {
            store
                .meeting(meeting_id)
                .map(|record| record.extras.phone_calls.clone())
        })
    }

    /// The extension apps bound to meeting `meeting_id`, as the last binding call sent them; `None` if there is no
    /// such meeting or nothing was bound.
    pub fn meeting_toolkit(&self, meeting_id: &str) -> Option<SetMeetingToolkitRequest> {
        self.read(|store| {
            store
                .meeting(meeting_id)
                .and_then(|record| record.extras.toolkit.clone())
        })
    }
}
