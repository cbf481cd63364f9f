//! Hand-written reading helpers of the generated [`MeetingInfo`] and [`MeetingUser`].

use crate::meetings::{MeetingInfo, MeetingUser};

impl MeetingInfo {
    /// The invited participants (邀请的参会者), whichever name the server used: `participants`, as the docs'
    /// table has it, or `ParticipantsList`, as their example has it (`participants` wins if both are there).
    /// `None` when neither is present.
    ///
    /// ```
    /// use wemeet_types::meetings::MeetingInfo;
    ///
    /// let info: MeetingInfo = serde_json::from_str(r#"{"ParticipantsList": ["guest1"]}"#).unwrap();
    /// assert_eq!(info.invitees().and_then(|users| users[0].userid()), Some("guest1"));
    /// ```
    pub fn invitees(&self) -> Option<&[MeetingUser]> {
        self.participants
            .as_deref()
            .or(self.participants_list.as_deref())
    }
}

impl MeetingUser {
    /// The user ID, whichever the form (`None` for a user object without one).
    pub fn userid(&self) -> Option<&str> {
        match self {
            MeetingUser::Id(id) => Some(id),
            MeetingUser::MeetingUserObj(user) => user.userid.as_deref(),
        }
    }
}
