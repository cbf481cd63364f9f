//! Hand-written reading helpers of the generated [`MeetingInfo`].

use crate::User;
use crate::meetings::MeetingInfo;

impl MeetingInfo {
    /// The invited participants (邀请的参会者), whichever name the server used: `participants`, as the docs'
    /// table has it, or `ParticipantsList`, as their example has it (`participants` wins if both are there).
    /// `None` when neither is present.
    ///
    /// ```
    /// use wemeet_types::MeetingInfo;
    ///
    /// let info: MeetingInfo = serde_json::from_str(r#"{"ParticipantsList": ["guest1"]}"#).unwrap();
    /// assert_eq!(info.invitees().map(|users| users[0].userid()), Some("guest1"));
    /// ```
    pub fn invitees(&self) -> Option<&[User]> {
        self.participants
            .as_deref()
            .or(self.participants_list.as_deref())
    }
}
