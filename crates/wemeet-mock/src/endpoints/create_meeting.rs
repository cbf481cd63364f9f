//! `POST /v1/meetings`: create (schedule) a meeting.

use serde::Deserialize;
use serde_json::json;
use wemeet_sign::Verified;
use wemeet_types::endpoints::CreateMeeting;
use wemeet_types::{CreateMeetingRequest, User};

use crate::api_error::ApiError;
use crate::delivery::Reply;
use crate::endpoints::Service;
use crate::store::{Store, StoredMeeting};

/// The longest subject the service takes, in bytes as sent (the doc: at most 128 bytes after base64 encoding,
/// which it recommends doing before sending).
const MAX_SUBJECT_BYTES: usize = 128;

/// Meeting types the service knows: 0 scheduled, 1 quick.
const KNOWN_MEETING_TYPES: [u32; 2] = [0, 1];

impl Service for CreateMeeting {
    type Params = ();

    /// Decodes the request, holding `start_time` and `end_time` to their documented wire type (strings of Unix
    /// seconds; the shared model also takes integers).
    fn decode(body: &[u8]) -> Result<CreateMeetingRequest, ApiError> {
        let request = crate::decode::decode(body)?;
        crate::decode::decode::<DocumentedTimestamps>(body)?;
        Ok(request)
    }

    /// Checks the server's rules, stores the meeting and answers with the documented response.
    fn handle(
        store: &mut Store,
        caller: &Verified,
        (): (),
        request: CreateMeetingRequest,
    ) -> Result<Reply, ApiError> {
        check(&request)?;
        let meeting = store.create_meeting(caller.app_id(), request);
        super::ok_json(&answer(&meeting))
    }
}

/// The timestamps as the doc types them: strings (the rest of the body is ignored here).
#[derive(Deserialize)]
struct DocumentedTimestamps {
    #[serde(rename = "start_time")]
    _start_time: String,
    #[serde(rename = "end_time")]
    _end_time: String,
}

/// The server's rules: `userid` and `subject` not blank, `subject` at most 128 bytes, `type` 0 or 1, `end_time`
/// after `start_time`, no blank user id in `hosts` or `invitees` (all 190004). `instanceid` codes beyond the
/// documented 1..=8 are accepted, as the live API knows more devices.
fn check(request: &CreateMeetingRequest) -> Result<(), ApiError> {
    if request.userid.trim().is_empty() {
        return Err(ApiError::invalid_parameter(
            "invalid parameter `userid`: must not be empty",
        ));
    }
    if request.subject.trim().is_empty() {
        return Err(ApiError::invalid_parameter(
            "invalid parameter `subject`: must not be empty",
        ));
    }
    if request.subject.len() > MAX_SUBJECT_BYTES {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `subject`: {} bytes, at most {MAX_SUBJECT_BYTES} are allowed",
            request.subject.len()
        )));
    }
    let meeting_type = request.meeting_type.code();
    if !KNOWN_MEETING_TYPES.contains(&meeting_type) {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `type`: {meeting_type} is not a meeting type (0 scheduled, 1 quick)"
        )));
    }
    if u64::from(request.end_time) <= u64::from(request.start_time) {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `end_time`: {} is not after start_time {}",
            request.end_time, request.start_time
        )));
    }
    for (field, users) in [("hosts", &request.hosts), ("invitees", &request.invitees)] {
        for (index, user) in users.iter().flatten().enumerate() {
            if user.userid().trim().is_empty() {
                return Err(ApiError::invalid_parameter(format!(
                    "invalid parameter `{field}[{index}]`: the user id must not be empty"
                )));
            }
        }
    }
    Ok(())
}

/// The documented answer: one meeting in `meeting_info_list`.
///
/// `hosts` defaults to the caller, as the doc says; invitees come back as `participants` (the name in the doc's
/// table; its example says `ParticipantsList`, which clients also accept).
fn answer(meeting: &StoredMeeting) -> serde_json::Value {
    let request = &meeting.request;
    let hosts: Vec<&str> = match &request.hosts {
        Some(hosts) if !hosts.is_empty() => hosts.iter().map(User::userid).collect(),
        _ => vec![request.userid.as_str()],
    };
    let participants: Vec<&str> = request
        .invitees
        .iter()
        .flatten()
        .map(User::userid)
        .collect();
    let mut info = json!({
        "subject": request.subject,
        "meeting_id": meeting.meeting_id,
        "meeting_code": meeting.meeting_code,
        "hosts": hosts,
        "participants": participants,
        "start_time": request.start_time.to_string(),
        "end_time": request.end_time.to_string(),
        "join_url": meeting.join_url,
        "settings": request.settings,
    });
    if let (Some(password), Some(object)) = (&request.password, info.as_object_mut()) {
        object.insert("password".to_owned(), json!(password));
    }
    json!({ "meeting_number": 1, "meeting_info_list": [info] })
}
