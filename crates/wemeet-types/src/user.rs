//! A user given either by user ID or as a `UserObj`.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::validate::{FieldPath, ValidateAt, rules};
use crate::{UserObj, ValidationError};

/// A user in `hosts`, `invitees` or `participants`: a user ID string, as the docs' tables and examples have
/// it, or a [`UserObj`], as the live API has it. Either form decodes; each encodes as it is.
///
/// ```
/// use wemeet_types::{User, UserObj};
///
/// let by_id = User::from("tester");
/// let by_obj = User::from(UserObj::builder().userid("guest").nick_name("Guest").build());
/// assert_eq!(serde_json::to_string(&by_id).unwrap(), r#""tester""#);
/// assert_eq!(serde_json::to_string(&by_obj).unwrap(), r#"{"userid":"guest","nick_name":"Guest"}"#);
/// assert_eq!(by_obj.userid(), "guest");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum User {
    /// A user ID (用户 ID).
    Id(String),
    /// A user object (用户对象 UserObj).
    Obj(UserObj),
}

impl User {
    /// The user ID, whichever the form.
    pub fn userid(&self) -> &str {
        match self {
            User::Id(id) => id,
            User::Obj(obj) => &obj.userid,
        }
    }
}

impl ValidateAt for User {
    /// A user ID must not be empty; a `UserObj` is checked field by field (`hosts[0].userid`).
    fn validate_at(&self, at: Option<&FieldPath<'_>>) -> Result<(), ValidationError> {
        match (self, at) {
            (User::Id(userid), Some(path)) => path.check(rules::non_empty(userid)),
            (User::Id(userid), None) => {
                FieldPath::child_of(None, "userid", crate::ErrorCode::INVALID_PARAMETER)
                    .check(rules::non_empty(userid))
            }
            (User::Obj(user), at) => user.validate_at(at),
        }
    }
}

impl From<&str> for User {
    fn from(userid: &str) -> Self {
        User::Id(userid.to_owned())
    }
}

impl From<String> for User {
    fn from(userid: String) -> Self {
        User::Id(userid)
    }
}

impl From<UserObj> for User {
    fn from(obj: UserObj) -> Self {
        User::Obj(obj)
    }
}

impl Serialize for User {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            User::Id(id) => serializer.serialize_str(id),
            User::Obj(obj) => obj.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for User {
    /// A string or an object; an object's own errors (e.g. "missing field `userid`") come through as they are.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct UserVisitor;

        impl<'de> Visitor<'de> for UserVisitor {
            type Value = User;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a user ID string or a UserObj object")
            }

            fn visit_str<E: de::Error>(self, userid: &str) -> Result<User, E> {
                Ok(User::Id(userid.to_owned()))
            }

            fn visit_string<E: de::Error>(self, userid: String) -> Result<User, E> {
                Ok(User::Id(userid))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<User, A::Error> {
                UserObj::deserialize(de::value::MapAccessDeserializer::new(map)).map(User::Obj)
            }
        }

        deserializer.deserialize_any(UserVisitor)
    }
}
