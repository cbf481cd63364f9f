//! The behaviours of the meeting-control service (`/v1/real-control/...` and ending a meeting) that act on the
//! meetings the mock holds, one file each; they share the meetings service's rules of who sees which meeting.

super::behaviours! {
    dismiss_meeting,
}
