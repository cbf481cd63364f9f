//! The meeting `type` of a meeting to create.

use crate::code_list::code_list;

code_list! {
    /// Meeting type (`type`, 会议类型): scheduled or quick.
    ///
    /// The docs list 0 and 1; any other code decodes as [`MeetingType::Other`].
    ///
    /// ```
    /// use wemeet_types::MeetingType;
    ///
    /// assert_eq!(MeetingType::Scheduled.code(), 0);
    /// assert_eq!(MeetingType::from_code(1), MeetingType::Quick);
    /// ```
    pub enum MeetingType {
        /// Scheduled meeting (预约会议).
        Scheduled = 0 => "Scheduled meeting",
        /// Quick meeting (快速会议).
        Quick = 1 => "Quick meeting",
    }
}
