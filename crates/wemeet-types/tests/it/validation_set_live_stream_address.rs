//! Client-side rules of a set-live-stream-address request: each rule reports the exact wire path and rule,
//! and no error ever shows the stream key.

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use serde_json::{Value, json};
use wemeet_types::{
    ErrorCode, PlatformType, PushStreamInfo, Rule, SetLiveStreamAddressRequest, UrlProblem,
    Validate, ValidationError, encode_base64, schemas,
};

use crate::support;
use support::error;

/// The docs' input example, edited by `edit` before it is decoded.
fn request(edit: impl FnOnce(&mut Value)) -> SetLiveStreamAddressRequest {
    support::edited_example(schemas::SET_LIVE_STREAM_ADDRESS_REQUEST, edit)
}

/// The example with the second entry's `field` set to `value`.
fn second_entry(field: &str, value: Value) -> Result<(), ValidationError> {
    request(|body| body["push_stream_info"][1][field] = value).validate()
}

fn encoded(name: &str) -> Value {
    json!(BASE64_STANDARD.encode(name))
}

#[test]
fn the_doc_example_is_valid() {
    // Two entries although the text says one "for now": that limit is the server's, not a client rule.
    assert_eq!(request(|_| {}).validate(), Ok(()));
}

#[test]
fn userid_is_required() {
    assert_eq!(
        request(|body| body["userid"] = json!("")).validate(),
        error("userid", Rule::NonEmpty)
    );
}

#[test]
fn push_stream_info_is_not_empty() {
    assert_eq!(
        request(|body| body["push_stream_info"] = json!([])).validate(),
        error(
            "push_stream_info",
            Rule::Count {
                min: 1,
                max: usize::MAX,
                actual: 0
            }
        )
    );
}

#[test]
fn platform_type_is_wechat_channels_or_third_party() {
    assert_eq!(
        second_entry("platform_type", json!(3)),
        error(
            "push_stream_info[1].platform_type",
            Rule::OneOf {
                allowed: &[1, 2],
                actual: 3
            }
        )
    );
    assert_eq!(
        second_entry("platform_type", json!(0)),
        error(
            "push_stream_info[1].platform_type",
            Rule::OneOf {
                allowed: &[1, 2],
                actual: 0
            }
        )
    );
}

#[test]
fn platform_name_is_base64_of_one_to_ten_characters() {
    let field = "push_stream_info[1].platform_name";
    assert_eq!(
        second_entry("platform_name", encoded("腾讯会议直播平台名称")),
        Ok(())
    );
    assert_eq!(
        second_entry("platform_name", json!("")),
        error(field, Rule::NonEmpty)
    );
    assert_eq!(
        second_entry("platform_name", encoded("a third-party")),
        error(
            field,
            Rule::CharCount {
                min: 1,
                max: 10,
                actual: 13
            }
        )
    );
    assert_eq!(
        second_entry("platform_name", encoded("腾讯会议直播平台名称长")),
        error(
            field,
            Rule::CharCount {
                min: 1,
                max: 10,
                actual: 11
            }
        )
    );
}

#[test]
fn platform_name_in_plain_text_is_refused_as_invalid_base64() {
    let field = "push_stream_info[0].platform_name";
    let plain = request(|body| body["push_stream_info"][0]["platform_name"] = json!("test123"));
    assert_eq!(plain.validate(), error(field, Rule::Base64));
    let unpadded =
        request(|body| body["push_stream_info"][0]["platform_name"] = json!("dGVzdDEyMw"));
    assert_eq!(unpadded.validate(), error(field, Rule::Base64));
}

#[test]
fn platform_name_decodes_to_utf8() {
    assert_eq!(
        second_entry("platform_name", json!(BASE64_STANDARD.encode([0xe8, 0x85]))),
        error("push_stream_info[1].platform_name", Rule::DecodedUtf8)
    );
}

#[test]
fn platform_name_is_not_only_spaces_or_newlines() {
    let field = "push_stream_info[1].platform_name";
    assert_eq!(
        second_entry("platform_name", encoded("   ")),
        error(field, Rule::NotBlank)
    );
    assert_eq!(
        second_entry("platform_name", encoded("\r\n \n")),
        error(field, Rule::NotBlank)
    );
    assert_eq!(second_entry("platform_name", encoded(" live ")), Ok(()));
}

#[test]
fn push_address_is_an_absolute_url_of_any_scheme() {
    let field = "push_stream_info[1].push_address";
    let error = |field: &str, rule: Rule| {
        Err(ValidationError::new(field, rule).with_error_code(ErrorCode::PUSH_ADDRESS_INVALID))
    };
    assert_eq!(
        second_entry("push_address", json!("rtmps://live.example.com:443/app/")),
        Ok(())
    );
    assert_eq!(
        second_entry("push_address", json!("srt://live.example.com:9000")),
        Ok(())
    );
    assert_eq!(
        second_entry("push_address", json!("")),
        error(field, Rule::NonEmpty)
    );
    assert_eq!(
        second_entry("push_address", json!("321.321.fs.tv/123live/")),
        error(
            field,
            Rule::Url {
                schemes: None,
                problem: UrlProblem::MissingScheme
            }
        )
    );
    assert_eq!(
        second_entry("push_address", json!("rtmp:///123live/")),
        error(
            field,
            Rule::Url {
                schemes: None,
                problem: UrlProblem::MissingHost
            }
        )
    );
}

#[test]
fn push_password_is_required() {
    assert_eq!(
        second_entry("push_password", json!("")),
        error("push_stream_info[1].push_password", Rule::NonEmpty)
    );
}

#[test]
fn errors_never_show_the_stream_key() {
    let key = "sk-7f3a9c-live-secret";
    let broken = request(|body| {
        body["push_stream_info"][0]["push_password"] = json!(key);
        body["push_stream_info"][0]["platform_name"] = json!(format!("{key}!"));
    });
    let error = broken.validate().unwrap_err();
    assert_eq!(error.field, "push_stream_info[0].platform_name");
    assert!(!error.to_string().contains(key), "{error}");
    assert!(!format!("{error:?}").contains(key), "{error:?}");
}

fn entry(platform_type: PlatformType, name: &str) -> PushStreamInfo {
    PushStreamInfo::builder()
        .platform_type(platform_type)
        .platform_name(encode_base64(name))
        .push_address("rtmp://h/app/")
        .push_password("key")
        .build()
}

#[test]
fn an_entry_alone_names_its_fields_without_a_list_index() {
    assert_eq!(
        entry(PlatformType::ThirdParty, "  ").validate(),
        error("platform_name", Rule::NotBlank)
    );
}

#[test]
fn the_builder_starts_at_the_documented_default_and_the_name_round_trips() {
    let info = entry(PlatformType::WechatChannels, "test123");
    assert_eq!(
        info.platform_name, "dGVzdDEyMw==",
        "the doc's example encoding"
    );
    assert!(info.enable_push_address, "documented default");
    assert_eq!(info.push_address, "rtmp://h/app/");
    assert_eq!(info.push_password, "key");
    assert_eq!(info.decoded_platform_name(), Ok("test123".to_owned()));
    assert_eq!(info.validate(), Ok(()));

    let chinese = entry(PlatformType::ThirdParty, "视频号直播");
    assert_eq!(chinese.decoded_platform_name(), Ok("视频号直播".to_owned()));
}

#[test]
fn decoded_platform_name_reports_invalid_base64() {
    let entry = request(|body| body["push_stream_info"][0]["platform_name"] = json!("test 123"))
        .push_stream_info;
    assert_eq!(
        entry[0].decoded_platform_name(),
        Err(ValidationError::new("platform_name", Rule::Base64))
    );
}
