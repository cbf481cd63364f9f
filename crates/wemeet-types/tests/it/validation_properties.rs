//! Properties of validation over arbitrary input: it never panics, and what it accepts is what the docs allow.

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use proptest::prelude::*;
use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, CreateMeetingRequest, PlatformType,
    PushStreamInfo, SetLiveStreamAddressRequest, Validate, encode_base64, schemas,
};

use crate::support;

fn create_meeting() -> CreateMeetingRequest {
    serde_json::from_value(support::example(schemas::CREATE_MEETING_REQUEST)).unwrap()
}

fn add_backgrounds() -> AddMeetingBackgroundsRequest {
    serde_json::from_value(support::example(schemas::ADD_MEETING_BACKGROUNDS_REQUEST)).unwrap()
}

fn set_live_stream_address() -> SetLiveStreamAddressRequest {
    serde_json::from_value(support::example(schemas::SET_LIVE_STREAM_ADDRESS_REQUEST)).unwrap()
}

/// Strings that reach the interesting branches: any Unicode, and URL- and base64-looking text.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z][a-zA-Z0-9+.-]{0,6}://[^/?#]{0,12}(:[0-9]{0,6})?[/?#]?.{0,8}",
        "\\[[0-9a-f:]{0,8}\\]?(:.{0,4})?",
        "[A-Za-z0-9+/]{0,64}={0,3}",
        "[0-9a-fA-Fx]{30,34}",
    ]
}

proptest! {
    #[test]
    fn create_meeting_validation_never_panics(
        userid in text(), subject in text(), host in text(), start in any::<u64>(), end in any::<u64>(),
    ) {
        let mut request = create_meeting();
        request.userid = userid;
        request.subject = subject;
        request.hosts = Some(vec![host.as_str().into()]);
        request.start_time = start.into();
        request.end_time = end.into();
        let outcome = request.validate();
        if outcome.is_ok() {
            prop_assert!(start < end);
            prop_assert!(!request.subject.trim().is_empty() && request.subject.len() <= 128);
            prop_assert!(!request.userid.trim().is_empty());
        }
    }

    #[test]
    fn add_backgrounds_validation_never_panics(
        userid in text(), md5 in text(), url in text(), order in any::<i64>(), count in 0_usize..10,
    ) {
        let mut request = add_backgrounds();
        request.userid = userid;
        request.default_image_order = Some(order);
        let image: BackgroundImage =
            serde_json::from_value(serde_json::json!({ "image_md5": md5, "image_url": url })).unwrap();
        request.image_list = vec![image; count];
        if request.validate().is_ok() {
            prop_assert!((1..=7).contains(&count));
            prop_assert!(order >= 1 && order <= count as i64);
            prop_assert!(md5.len() == 32 && md5.bytes().all(|b| b.is_ascii_hexdigit()));
            let url = url.to_ascii_lowercase();
            prop_assert!(url.starts_with("http://") || url.starts_with("https://"));
        }
    }

    #[test]
    fn live_stream_validation_never_panics(
        userid in text(), name in text(), address in text(), password in "SECRET-[a-z0-9]{8}", code in any::<u32>(),
    ) {
        let mut request = set_live_stream_address();
        request.userid = userid;
        let entry = &mut request.push_stream_info[0];
        entry.platform_type = PlatformType::from(code);
        entry.platform_name = name;
        entry.push_address = address;
        entry.push_password = password.clone();
        if let Err(error) = request.validate() {
            prop_assert!(!error.to_string().contains(&password), "an error echoed the stream key: {}", error);
            prop_assert!(!format!("{error:?}").contains(&password), "an error echoed the stream key: {:?}", error);
        }
    }

    #[test]
    fn an_accepted_platform_name_decodes_to_one_to_ten_visible_characters(name in text()) {
        let info = PushStreamInfo::builder()
            .platform_type(PlatformType::ThirdParty)
            .platform_name(encode_base64(&name))
            .push_address("rtmp://h/app")
            .push_password("key")
            .build();
        let accepted = info.validate().is_ok();
        let chars = name.chars().count();
        prop_assert_eq!(accepted, (1..=10).contains(&chars) && !name.chars().all(char::is_whitespace));
        prop_assert_eq!(info.decoded_platform_name(), Ok(name));
    }

    #[test]
    fn platform_name_validation_never_panics_on_arbitrary_encoded_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let mut request = set_live_stream_address();
        request.push_stream_info[0].platform_name = BASE64_STANDARD.encode(&bytes);
        let accepted = request.validate().is_ok();
        let decoded = std::str::from_utf8(&bytes).ok();
        prop_assert_eq!(
            accepted,
            decoded.is_some_and(|name| (1..=10).contains(&name.chars().count()) && !name.trim().is_empty())
        );
    }

    #[test]
    fn from_png_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64), url in text()) {
        let _ = BackgroundImage::from_png(&bytes, url.clone());
        let mut png = vec![0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', 0, 0, 0, 13, b'I', b'H', b'D', b'R'];
        png.extend_from_slice(&bytes);
        if let Ok(image) = BackgroundImage::from_png(&png, url) {
            prop_assert_eq!(image.validate(), Ok(()));
        }
    }
}
