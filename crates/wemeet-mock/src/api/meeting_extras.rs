//! What the services beside the meetings service hold about one meeting: its participants and in-meeting controls
//! (control), layouts (layouts), guests (guests), telephone call-outs (pstn), booked meeting rooms (rooms) and
//! extension apps (toolkit). It lives in the meeting's record, so it goes when the meeting does.

use wemeet_types::Guest;
use wemeet_types::toolkit::SetMeetingToolkitRequest;

use crate::api::in_meeting_controls::InMeetingControls;
use crate::api::layouts::MeetingLayouts;
use crate::api::participants::Participants;
use crate::api::phone_calls::PhoneCall;

/// What the other services hold about one meeting.
#[derive(Debug, Default)]
pub(crate) struct MeetingExtras {
    /// Who is in the meeting and its waiting room.
    pub(crate) participants: Participants,
    /// The in-meeting settings, document uploads and transcription.
    pub(crate) controls: InMeetingControls,
    /// The layouts added and applied.
    pub(crate) layouts: MeetingLayouts,
    /// The guest list as last set; `None` until set, when the create request's guests are the list.
    pub(crate) guests: Option<Vec<Guest>>,
    /// The phones called, one entry per number (a number called again is called anew).
    pub(crate) phone_calls: Vec<PhoneCall>,
    /// The IDs of the meeting rooms booked for the meeting, in the order the last booking gave them.
    pub(crate) booked_rooms: Vec<String>,
    /// The extension apps bound to the meeting, as the last binding call sent them.
    pub(crate) toolkit: Option<SetMeetingToolkitRequest>,
}

impl MeetingExtras {
    /// What it weighs in the store, in bytes.
    pub(crate) fn weight(&self) -> usize {
        self.participants.weight()
            + self.layouts.weight()
            + self.guests.as_ref().map_or(0, json_len)
            + self
                .phone_calls
                .iter()
                .map(PhoneCall::weight)
                .sum::<usize>()
            + self
                .booked_rooms
                .iter()
                .map(|id| 32 + id.len())
                .sum::<usize>()
            + self.toolkit.as_ref().map_or(0, json_len)
    }
}

fn json_len(value: &impl serde::Serialize) -> usize {
    serde_json::to_vec(value).map_or(0, |bytes| bytes.len())
}
