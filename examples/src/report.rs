//! The one line each step of the quickstarts prints. Passwords (the meeting's, the push address's) are never
//! printed.

use std::error::Error;

use wemeet_types::{
    AddMeetingBackgroundsResponse, CreateMeetingResponse, GetMeetingResponse,
    GetPushStreamInfoResponse,
};

/// The id of the meeting a create call answered with, after printing it with its code and join URL.
///
/// # Errors
/// The answer lists no meeting, or one without an id.
pub fn created(created: &CreateMeetingResponse) -> Result<String, Box<dyn Error>> {
    let meeting = created
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .ok_or("the create response lists no meeting")?;
    let id = meeting
        .meeting_id
        .clone()
        .ok_or("the created meeting has no meeting_id")?;
    println!(
        "created meeting {id} (code {}), join at {}",
        meeting.meeting_code.as_deref().unwrap_or("?"),
        meeting.join_url.as_deref().unwrap_or("?")
    );
    Ok(id)
}

/// Prints what an add-backgrounds call answered; the id of the first background added, to make it the default.
///
/// # Errors
/// The answer lists no background.
pub fn backgrounds(added: &AddMeetingBackgroundsResponse) -> Result<String, Box<dyn Error>> {
    let list = added.background_list.as_deref().unwrap_or_default();
    println!(
        "added {} background(s), selected {}",
        list.len(),
        added.selected_background_id.as_deref().unwrap_or("none")
    );
    let first = list
        .iter()
        .find_map(|background| background.background_id.clone())
        .ok_or("the add-backgrounds response lists no background id")?;
    Ok(first)
}

/// The default background is set.
pub fn default_background(meeting_id: &str, background_id: &str) {
    println!("made background {background_id} the default of meeting {meeting_id}");
}

/// The push address is set.
pub fn live_stream(meeting_id: &str) {
    println!("set the live-stream push address of meeting {meeting_id}");
}

/// The push addresses the service holds (without their passwords).
pub fn push_stream_info(meeting_id: &str, info: &GetPushStreamInfoResponse) {
    let entries = info.push_stream_info.as_deref().unwrap_or_default();
    let addresses: Vec<String> = entries
        .iter()
        .map(|entry| {
            let enabled = match entry.enable_push_address {
                Some(false) => "disabled",
                _ => "enabled",
            };
            format!(
                "{} ({enabled})",
                entry.push_address.as_deref().unwrap_or("?")
            )
        })
        .collect();
    println!(
        "read back {} push address(es) of meeting {meeting_id}: {}",
        addresses.len(),
        addresses.join(", ")
    );
}

/// The meeting as the service describes it.
///
/// # Errors
/// The answer lists no meeting.
pub fn meeting(meeting: &GetMeetingResponse) -> Result<(), Box<dyn Error>> {
    let detail = meeting
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .ok_or("the get-meeting response lists no meeting")?;
    println!(
        "got meeting {}: {:?}, status {}, {} host(s)",
        detail.meeting_id.as_deref().unwrap_or("?"),
        detail.subject.as_deref().unwrap_or(""),
        detail
            .status
            .as_ref()
            .map_or_else(|| "unknown".to_owned(), ToString::to_string),
        detail.hosts.as_ref().map_or(0, Vec::len)
    );
    Ok(())
}

/// The meeting is cancelled.
pub fn cancelled(meeting_id: &str) {
    println!("cancelled meeting {meeting_id}");
}
