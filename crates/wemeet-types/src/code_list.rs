//! The shape shared by the integer code lists of the API (`instanceid`, meeting `type`, `platform_type`).
//!
//! Each is an enum naming the codes the docs list, plus `Other(u32)` keeping any code they do not, so a code
//! the server learns tomorrow still decodes and re-encodes unchanged. Equality and hashing go by code:
//! `Other(1)` equals the variant named for 1, and [`from_code`](crate::InstanceId::from_code) never builds it.

/// Defines a code-list enum: its variants, `code`/`from_code`, conversions, `Display` and serde as an integer.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $code:literal => $label:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
            /// A code the docs do not list, kept as is.
            Other(u32),
        }

        impl $name {
            /// Every variant the docs name, in code order.
            pub const DOCUMENTED: &'static [Self] = &[$(Self::$variant),+];

            /// The code on the wire.
            pub const fn code(self) -> u32 {
                match self {
                    $( Self::$variant => $code, )+
                    Self::Other(code) => code,
                }
            }

            /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
            pub const fn from_code(code: u32) -> Self {
                match code {
                    $( $code => Self::$variant, )+
                    other => Self::Other(other),
                }
            }

            /// The docs' label of the code, `None` for a code they do not list.
            pub const fn label(self) -> Option<&'static str> {
                match Self::from_code(self.code()) {
                    $( Self::$variant => Some($label), )+
                    Self::Other(_) => None,
                }
            }

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
            /// The label and the code, e.g. `PC (1)`, or `code 42` for a code the docs do not list.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self.label() {
                    Some(label) => write!(f, "{label} ({})", self.code()),
                    None => write!(f, "code {}", self.code()),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u32(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct CodeVisitor;

                impl serde::de::Visitor<'_> for CodeVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " code (an integer from 0 to 4294967295)"))
                    }

                    fn visit_u64<E: serde::de::Error>(self, code: u64) -> Result<$name, E> {
                        u32::try_from(code)
                            .map($name::from_code)
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(code), &self))
                    }

                    fn visit_i64<E: serde::de::Error>(self, code: i64) -> Result<$name, E> {
                        u32::try_from(code)
                            .map($name::from_code)
                            .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(code), &self))
                    }
                }

                deserializer.deserialize_u64(CodeVisitor)
            }
        }
    };
}

pub(crate) use code_list;
