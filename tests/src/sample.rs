//! Valid requests for each endpoint, and [`Operation`]: one endpoint called through an [`AnyClient`], so that a
//! test can loop over the three endpoints as it loops over the two clients.

use std::fmt;

use wemeet::{
    AddMeetingBackgroundsRequest, BackgroundImage, CreateMeetingRequest, Error, InstanceId,
    MeetingType, PlatformType, PushStreamInfo, SetLiveStreamAddressRequest, Settings,
};
use wemeet_types::{AddMeetingBackgrounds, CreateMeeting, Endpoint, SetLiveStreamAddress};

use crate::AnyClient;

/// How many images [`backgrounds_request`] adds.
pub const BACKGROUND_IMAGES: usize = 2;

/// A valid scheduled meeting for `userid`.
pub fn create_request(userid: &str) -> CreateMeetingRequest {
    let settings = Settings::new(true, false, false, false, false, false);
    CreateMeetingRequest::new(
        userid,
        InstanceId::Pc,
        "reliability meeting",
        MeetingType::Scheduled,
        1_900_000_000,
        1_900_003_600,
        settings,
    )
}

/// [`BACKGROUND_IMAGES`] valid backgrounds, the first one selected.
pub fn backgrounds_request(userid: &str) -> AddMeetingBackgroundsRequest {
    backgrounds_request_with(userid, BACKGROUND_IMAGES)
}

/// `count` valid backgrounds (distinct MD5s and URLs), the first one selected.
pub fn backgrounds_request_with(userid: &str, count: usize) -> AddMeetingBackgroundsRequest {
    let images: Vec<_> = (0..count)
        .map(|index| {
            BackgroundImage::new(
                format!("{index:032x}"),
                format!("https://example.com/{index}.png"),
            )
        })
        .collect();
    AddMeetingBackgroundsRequest::new(userid, InstanceId::Mac, images).with_default_image_order(1)
}

/// One valid third-party push address.
pub fn live_stream_request(userid: &str) -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::with_plain_name(
        PlatformType::ThirdParty,
        "reliable",
        "rtmp://live.example.com/app/",
        "stream-key",
    );
    SetLiveStreamAddressRequest::new(userid, InstanceId::Pc, vec![push])
}

/// One of the three endpoints, called with the sample request above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// `POST /v1/meetings`.
    CreateMeeting,
    /// `POST /v1/meetings/{meeting_id}/backgrounds`.
    AddMeetingBackgrounds,
    /// `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`.
    SetLiveStreamAddress,
}

/// The three endpoints, for `for operation in OPERATIONS { ... }`.
pub const OPERATIONS: [Operation; 3] = [
    Operation::CreateMeeting,
    Operation::AddMeetingBackgrounds,
    Operation::SetLiveStreamAddress,
];

impl Operation {
    /// The endpoint's [`Endpoint::NAME`], as the mock's ledger counts it.
    pub fn endpoint_name(self) -> &'static str {
        match self {
            Operation::CreateMeeting => CreateMeeting::NAME,
            Operation::AddMeetingBackgrounds => AddMeetingBackgrounds::NAME,
            Operation::SetLiveStreamAddress => SetLiveStreamAddress::NAME,
        }
    }

    /// Whether the endpoint may be retried after an attempt that may have reached the server.
    pub fn idempotent(self) -> bool {
        match self {
            Operation::CreateMeeting => CreateMeeting::IDEMPOTENT,
            Operation::AddMeetingBackgrounds => AddMeetingBackgrounds::IDEMPOTENT,
            Operation::SetLiveStreamAddress => SetLiveStreamAddress::IDEMPOTENT,
        }
    }

    /// Calls the endpoint for `userid`; `meeting_id` is the path parameter of the two meeting endpoints.
    pub fn call(self, client: &AnyClient, userid: &str, meeting_id: &str) -> Result<(), Error> {
        match self {
            Operation::CreateMeeting => client.create_meeting(&create_request(userid)).map(drop),
            Operation::AddMeetingBackgrounds => client
                .add_meeting_backgrounds(meeting_id, &backgrounds_request(userid))
                .map(drop),
            Operation::SetLiveStreamAddress => {
                client.set_live_stream_address(meeting_id, &live_stream_request(userid))
            }
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.endpoint_name())
    }
}

/// Creates a meeting for `userid` and returns its id.
///
/// # Errors
/// The client's error, or a description of what is missing if the answer names no meeting.
pub fn create_meeting_id(client: &AnyClient, userid: &str) -> Result<String, String> {
    let created = client
        .create_meeting(&create_request(userid))
        .map_err(|error| error.to_string())?;
    created
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .and_then(|meeting| meeting.meeting_id.clone())
        .ok_or_else(|| "the create answer names no meeting".to_owned())
}
