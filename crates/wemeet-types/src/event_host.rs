//! A host in an event callback: a user ID string or a user object.

use serde::{Deserialize, Serialize};

use crate::events::EventUser;

/// A host (主持人) in an event's `meeting_info.hosts`: a user ID string, as the legacy envelope sends it, or an
/// [`EventUser`], as the current envelope does. Either form decodes; each encodes as it is.
///
/// ```
/// use wemeet_types::{EventHost, events::EventUser};
///
/// let hosts: Vec<EventHost> =
///     serde_json::from_str(r#"["tester-1", {"userid": "tester-2", "user_name": "Tester"}]"#).unwrap();
/// assert_eq!(hosts[0], EventHost::from("tester-1"));
/// assert_eq!(hosts[1].userid(), Some("tester-2"));
/// assert_eq!(EventHost::from(EventUser::builder().build()).userid(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum EventHost {
    /// A user ID (用户 ID).
    Id(String),
    /// A user object (用户对象), boxed: it is ten times the size of an ID.
    User(Box<EventUser>),
}

impl EventHost {
    /// The user ID, whichever the form (`None` for a user object without `userid`).
    pub fn userid(&self) -> Option<&str> {
        match self {
            Self::Id(id) => Some(id),
            Self::User(user) => user.userid.as_deref(),
        }
    }
}

impl From<&str> for EventHost {
    fn from(userid: &str) -> Self {
        Self::Id(userid.to_owned())
    }
}

impl From<String> for EventHost {
    fn from(userid: String) -> Self {
        Self::Id(userid)
    }
}

impl From<EventUser> for EventHost {
    fn from(user: EventUser) -> Self {
        Self::User(Box::new(user))
    }
}
