//! The rule functions the generated validation calls, one per kind of documented rule. Each returns the broken
//! [`Rule`](crate::Rule), never the value, so that an error can be logged even when the value is a stream key.

mod base64_text;
mod chars;
mod md5_hex;
mod number;
mod text;
mod url;

pub(crate) use base64_text::{base64_text, decode as decode_base64, encode as encode_base64};
pub(crate) use chars::{chars, integer_text};
pub(crate) use md5_hex::{md5_hex, serialize_lowercase};
pub(crate) use number::{after, count, one_of, range};
pub(crate) use text::{char_count, max_bytes, non_empty, not_blank};
pub(crate) use url::url;
