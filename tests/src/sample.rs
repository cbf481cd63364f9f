//! Valid calls of every endpoint, and what a call needs to exist first (a meeting, a background).
//!
//! [`Sample`] gives any endpoint of the table a valid path and request, made from its schemas by
//! `wemeet_mock::sample`; [`prepare`] creates what the call acts on through the same client. An endpoint added to
//! the manifest is covered with no line here.

use serde_json::Value;
use wemeet::{
    AddMeetingBackgroundsRequest, BackgroundImage, CreateMeetingRequest, Error, InstanceId,
    MeetingType, PlatformType, PushStreamInfo, SetLiveStreamAddressRequest, Settings,
    encode_base64,
};
use wemeet_mock::sample::Context;
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting, ENDPOINTS, Endpoint,
    EndpointInfo, EndpointVisitor, PathParams, RequestIn, visit_endpoints,
};

use crate::AnyClient;

/// A valid call of an endpoint, for a [`Context`] naming the user and the meeting it acts on.
pub trait Sample: Endpoint {
    /// The path parameters and the request.
    fn sample(context: &Context) -> (Self::Path, Self::Request);
}

impl<E: Endpoint> Sample for E {
    fn sample(context: &Context) -> (E::Path, E::Request) {
        wemeet_mock::sample::call::<E>(context)
            .unwrap_or_else(|error| panic!("{}: {error}", E::NAME))
    }
}

/// Whether a call of `E` acts on an existing meeting: its path names one, or its request requires a `meeting_id`
/// (set ASR push status, list user device meetings).
pub fn needs_meeting<E: Endpoint>() -> bool {
    E::PATH_TEMPLATE.contains("{meeting_id}") || requires_meeting_id(E::NAME)
}

/// Whether an object of the request schema of the endpoint `name` requires a `meeting_id`.
fn requires_meeting_id(name: &str) -> bool {
    let schema = ENDPOINTS
        .iter()
        .find(|info| info.name == name)
        .and_then(|info| info.request_schema)
        .and_then(|schema| serde_json::from_str::<Value>(schema).ok());
    let Some(schema) = schema else {
        return false;
    };
    let definitions = schema["definitions"].as_object().into_iter().flatten();
    definitions
        .flat_map(|(_, definition)| definition["required"].as_array().into_iter().flatten())
        .any(|required| required == "meeting_id")
}

/// What a call of `E` by `userid` acts on, created through `client` when `E` needs it: a fresh meeting with one
/// background; `seed` varies what must be unique between calls.
///
/// # Errors
/// The client's error when creating the meeting or its background fails.
pub fn prepare<E: Endpoint>(client: &AnyClient, userid: &str, seed: u64) -> Result<Context, Error> {
    if !needs_meeting::<E>() {
        return Ok(Context::new(userid, "").with_seed(seed));
    }
    let meeting_id = create_meeting_id(client, userid)?;
    let backgrounds = client.send::<AddMeetingBackgrounds>(
        &AddMeetingBackgroundsPath::new(meeting_id.as_str()),
        &backgrounds_request_with(userid, 1),
    )?;
    let background_id = backgrounds
        .background_list
        .iter()
        .flatten()
        .find_map(|background| background.background_id.clone())
        .unwrap_or_default();
    Ok(Context::new(userid, meeting_id)
        .with_background_id(background_id)
        .with_seed(seed))
}

/// A valid call of `E` by `userid`, prepared through `client` and sent by it.
///
/// # Errors
/// The client's error, of the preparation or of the call.
pub fn call<E: Endpoint>(client: &AnyClient, userid: &str, seed: u64) -> Result<(), Error> {
    let context = prepare::<E>(client, userid, seed)?;
    let (path, request) = E::sample(&context);
    client.send::<E>(&path, &request).map(drop)
}

/// Calls every endpoint of [`sendable_endpoints`] once through `client` as `userid`, each prepared as [`call`]
/// does.
///
/// # Errors
/// The first error of a preparation or a call, printed after the endpoint's name.
pub fn call_every_endpoint(client: &AnyClient, userid: &str) -> Result<(), String> {
    struct Every<'a> {
        client: &'a AnyClient,
        userid: &'a str,
        seed: u64,
        outcome: Result<(), String>,
    }
    impl EndpointVisitor for Every<'_> {
        fn visit<E: Endpoint>(&mut self) {
            if self.outcome.is_ok() {
                self.seed += 1;
                self.outcome = call::<E>(self.client, self.userid, self.seed)
                    .map_err(|e| format!("{}: {e}", E::NAME));
            }
        }
    }
    let mut every = Every {
        client,
        userid,
        seed: 0,
        outcome: Ok(()),
    };
    visit_sendable(&mut every);
    every.outcome
}

// TODO(lead): multipart. The clients do not send multipart forms yet: the generic tests leave out the endpoints
// whose request is one (the record uploads) through the three items below.

/// Whether `info`'s request is a multipart form.
pub fn is_multipart(info: &EndpointInfo) -> bool {
    info.request_in == Some(RequestIn::Multipart)
}

/// The rows of [`ENDPOINTS`] the generic tests call: all but those [`is_multipart`].
pub fn sendable_endpoints() -> impl Iterator<Item = &'static EndpointInfo> {
    ENDPOINTS.iter().filter(|info| !is_multipart(info))
}

/// [`visit_endpoints`] over the endpoints of [`sendable_endpoints`].
pub fn visit_sendable<V: EndpointVisitor>(visitor: &mut V) {
    struct Sendable<'a, V>(&'a mut V);
    impl<V: EndpointVisitor> EndpointVisitor for Sendable<'_, V> {
        fn visit<E: Endpoint>(&mut self) {
            if sendable_endpoints().any(|info| info.name == E::NAME) {
                self.0.visit::<E>();
            }
        }
    }
    visit_endpoints(&mut Sendable(visitor));
}

/// How many images [`backgrounds_request`] adds.
pub const BACKGROUND_IMAGES: usize = 2;

/// A valid scheduled meeting for `userid`.
pub fn create_request(userid: &str) -> CreateMeetingRequest {
    let settings = Settings::builder()
        .mute_enable_join(true)
        .allow_unmute_self(false)
        .participant_video(false)
        .enable_record(false)
        .play_ivr_on_leave(false)
        .live_url(false)
        .build();
    CreateMeetingRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .subject("reliability meeting")
        .meeting_type(MeetingType::Scheduled)
        .start_time(1_900_000_000)
        .end_time(1_900_003_600)
        .settings(settings)
        .build()
}

/// [`BACKGROUND_IMAGES`] valid backgrounds, the first one selected.
pub fn backgrounds_request(userid: &str) -> AddMeetingBackgroundsRequest {
    backgrounds_request_with(userid, BACKGROUND_IMAGES)
}

/// `count` valid backgrounds (distinct MD5s and URLs), the first one selected.
pub fn backgrounds_request_with(userid: &str, count: usize) -> AddMeetingBackgroundsRequest {
    let images: Vec<_> = (0..count)
        .map(|index| {
            BackgroundImage::builder()
                .image_md5(format!("{index:032x}"))
                .image_url(format!("https://example.com/{index}.png"))
                .build()
        })
        .collect();
    AddMeetingBackgroundsRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Mac)
        .image_list(images)
        .default_image_order(1)
        .build()
}

/// One valid third-party push address; `n` makes the address unique (the service refuses a duplicate).
pub fn live_stream_request(userid: &str, n: u64) -> SetLiveStreamAddressRequest {
    let push = PushStreamInfo::builder()
        .platform_type(PlatformType::ThirdParty)
        .platform_name(encode_base64("reliable"))
        .push_address(format!("rtmp://live.example.com/app/{n}/"))
        .push_password("stream-key")
        .build();
    SetLiveStreamAddressRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .push_stream_info([push])
        .build()
}

/// Creates a meeting for `userid` and returns its id.
///
/// # Errors
/// The client's error; an answer naming no meeting is a decode error of the test's making.
pub fn create_meeting_id(client: &AnyClient, userid: &str) -> Result<String, Error> {
    let created = client.send::<CreateMeeting>(&(), &create_request(userid))?;
    Ok(created
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .and_then(|meeting| meeting.meeting_id.clone())
        .unwrap_or_default())
}

/// The rendered path of `E` for `path`, as the mock records it.
pub fn path_of<E: Endpoint>(path: &E::Path) -> String {
    path.render_path(E::PATH_TEMPLATE)
        .unwrap_or_else(|error| panic!("{}: {error}", E::NAME))
}
