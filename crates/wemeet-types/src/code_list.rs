//! The shape every code list of the API shares (`instanceid`, meeting `type`, `platform_type`,
//! `operator_id_type`...).
//!
//! Each is an enum generated from its schema's `anyOf` (`generated/code_lists.rs`): a variant per code the docs
//! list, plus `Other(u32)` keeping any code they do not, so a code the server learns tomorrow still decodes and
//! re-encodes unchanged. What does not depend on the codes is written here once: equality and hashing by code
//! (`Other(1)` equals the variant named for 1, which [`from_code`](crate::InstanceId::from_code) never builds as
//! `Other`), conversions, `Display`, and serde as an integer.

/// The impls every code list shares, for an enum with `const fn code(self) -> u32`, `const fn from_code(u32)` and
/// `const fn label(self) -> Option<&'static str>`.
macro_rules! code_list_impls {
    ($name:ident) => {
        impl $name {
            /// Whether the docs list the code.
            pub const fn is_documented(self) -> bool {
                self.label().is_some()
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.code() == other.code()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.code().hash(state);
            }
        }

        impl From<u32> for $name {
            fn from(code: u32) -> Self {
                Self::from_code(code)
            }
        }

        impl From<$name> for u32 {
            fn from(value: $name) -> Self {
                value.code()
            }
        }

        impl std::fmt::Display for $name {
            /// The docs' label and the code, e.g. `PC, code 1`, or `code 42` for a code they do not list.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self.label() {
                    Some(label) => write!(f, "{label}, code {}", self.code()),
                    None => write!(f, "code {}", self.code()),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u32(self.code())
            }
        }

        impl crate::QueryValue for $name {
            /// The code, in decimal.
            fn query_value(&self) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Owned(self.code().to_string())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct CodeVisitor;

                impl serde::de::Visitor<'_> for CodeVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!(
                            "a ",
                            stringify!($name),
                            " code (an integer from 0 to 4294967295)"
                        ))
                    }

                    fn visit_u64<E: serde::de::Error>(self, code: u64) -> Result<$name, E> {
                        u32::try_from(code).map($name::from_code).map_err(|_| {
                            E::invalid_value(serde::de::Unexpected::Unsigned(code), &self)
                        })
                    }

                    fn visit_i64<E: serde::de::Error>(self, code: i64) -> Result<$name, E> {
                        u32::try_from(code).map($name::from_code).map_err(|_| {
                            E::invalid_value(serde::de::Unexpected::Signed(code), &self)
                        })
                    }
                }

                deserializer.deserialize_u64(CodeVisitor)
            }
        }
    };
}

/// The impls every code list of strings shares, for an enum with `fn code(&self) -> &str`, `fn from_code(&str)`
/// and `fn label(&self) -> Option<&'static str>`.
macro_rules! string_code_list_impls {
    ($name:ident) => {
        impl $name {
            /// Whether the docs list the code.
            pub fn is_documented(&self) -> bool {
                self.label().is_some()
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.code() == other.code()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.code().hash(state);
            }
        }

        impl From<&str> for $name {
            fn from(code: &str) -> Self {
                Self::from_code(code)
            }
        }

        impl std::fmt::Display for $name {
            /// The docs' label and the code, e.g. `In progress, MEETING_STATE_STARTED`, or the code alone.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self.label() {
                    Some(label) => write!(f, "{label}, {}", self.code()),
                    None => f.write_str(self.code()),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl crate::QueryValue for $name {
            /// The code.
            fn query_value(&self) -> std::borrow::Cow<'_, str> {
                std::borrow::Cow::Borrowed(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct CodeVisitor;

                impl serde::de::Visitor<'_> for CodeVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " code (a string)"))
                    }

                    fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<$name, E> {
                        Ok($name::from_code(code))
                    }
                }

                deserializer.deserialize_str(CodeVisitor)
            }
        }
    };
}

pub(crate) use {code_list_impls, string_code_list_impls};
