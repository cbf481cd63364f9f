//! The behaviours of the smart minutes (智能纪要) of cloud recordings: the summary, chapters, topics and speakers
//! of a recording file the store holds, made from its transcript ([`crate::api::transcript`]) by the mock's
//! rules, each text base64-encoded as the service sends it:
//!
//! - summary: the recording's name and the first sentence of each paragraph, joined by spaces;
//! - chapters: one per paragraph, named after its first sentence, starting where it starts;
//! - topics: one, named after the recording, spanning every paragraph (none without a transcript);
//! - speakers: each speaker in the order they first spoke, with their sentences and how long they spoke.
//!
//! A file the mock never held answers the response example, as the records' transcript reads do; one deleted
//! 4051 (录制文件已经被删除). The `lang` (translation) and `pwd` parameters change nothing: the mock translates
//! nothing and reads recordings without their sharing password.

super::behaviours! {
    get_smart_chapters,
    get_smart_full_summary,
    get_smart_topics,
    list_smart_speakers,
}

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;

/// `text` base64-encoded, as the smart minutes send their texts.
fn encoded(text: &str) -> String {
    BASE64_STANDARD.encode(text)
}
