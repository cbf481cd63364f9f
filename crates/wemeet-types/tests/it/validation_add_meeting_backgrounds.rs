//! Client-side rules of an add-meeting-backgrounds request: each rule reports the exact wire path and rule.

use crate::support;
use support::error;

use serde_json::{Value, json};
use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, ErrorCode, Rule, UrlProblem, Validate,
    ValidationError, schemas,
};

const HTTP: Option<&[&str]> = Some(&["http", "https"]);

/// The schema's example (the docs' input example, its redacted digests filled with hexadecimal digits), edited by
/// `edit`.
fn request(edit: impl FnOnce(&mut Value)) -> AddMeetingBackgroundsRequest {
    support::edited_example(schemas::ADD_MEETING_BACKGROUNDS_REQUEST, |body| {
        body["image_list"][0]["image_md5"] = json!("c8c7a1b2c3d4e5f60718293a4b5c8a2e");
        body["image_list"][1]["image_md5"] = json!("c3da0123456789abcdef0123456762a4");
        edit(body);
    })
}

fn image(md5: &str, url: &str) -> Value {
    json!({ "image_md5": md5, "image_url": url })
}

/// An error whose service code is not the default 190004 (`x-error-code`).
fn error_coded(field: &str, rule: Rule, code: ErrorCode) -> Result<(), ValidationError> {
    Err(ValidationError::new(field, rule).with_error_code(code))
}

#[test]
fn the_docs_redacted_digest_is_refused() {
    // The docs' example writes its digests redacted; the schema's example (what the generated doc examples show)
    // fills them in, and passes.
    assert_eq!(request(|_| {}).validate(), Ok(()));
    let example = request(|body| {
        body["image_list"][0]["image_md5"] = json!("c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e");
    });
    assert_eq!(
        example.validate(),
        error(
            "image_list[0].image_md5",
            Rule::Md5Hex {
                length: 32,
                invalid: Some('x')
            }
        )
    );
}

#[test]
fn the_doc_example_with_real_digests_is_valid() {
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
fn operator_id_when_given_is_not_empty() {
    assert_eq!(
        request(|body| body["operator_id"] = json!("")).validate(),
        error("operator_id", Rule::NonEmpty)
    );
    assert_eq!(
        request(|body| {
            body["operator_id"] = json!("creator1");
            body["operator_id_type"] = json!(1);
        })
        .validate(),
        Ok(())
    );
}

#[test]
fn image_list_holds_one_to_seven_images() {
    let valid = image(
        "0123456789abcdef0123456789abcdef",
        "https://example.com/a.png",
    );
    assert_eq!(
        request(|body| {
            body["image_list"] = json!([]);
            body.as_object_mut().unwrap().remove("default_image_order");
        })
        .validate(),
        error(
            "image_list",
            Rule::Count {
                min: 1,
                max: 7,
                actual: 0
            }
        )
    );
    assert_eq!(
        request(|body| body["image_list"] = json!(vec![valid.clone(); 7])).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["image_list"] = json!(vec![valid; 8])).validate(),
        error_coded(
            "image_list",
            Rule::Count {
                min: 1,
                max: 7,
                actual: 8
            },
            ErrorCode::BACKGROUND_LIMIT_EXCEEDED
        )
    );
}

#[test]
fn default_image_order_counts_from_one_within_the_list() {
    assert_eq!(
        request(|body| body["default_image_order"] = json!(1)).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["default_image_order"] = json!(0)).validate(),
        error_coded(
            "default_image_order",
            Rule::Range {
                min: 1,
                max: 2,
                actual: 0
            },
            ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE
        )
    );
    assert_eq!(
        request(|body| body["default_image_order"] = json!(3)).validate(),
        error_coded(
            "default_image_order",
            Rule::Range {
                min: 1,
                max: 2,
                actual: 3
            },
            ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE
        )
    );
    assert_eq!(
        request(|body| body["default_image_order"] = json!(-1)).validate(),
        error_coded(
            "default_image_order",
            Rule::Range {
                min: 1,
                max: 2,
                actual: -1
            },
            ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE
        )
    );
    assert_eq!(
        request(|body| {
            body.as_object_mut().unwrap().remove("default_image_order");
        })
        .validate(),
        Ok(())
    );
}

#[test]
fn image_md5_is_32_hex_digits_of_either_case() {
    assert_eq!(
        request(|body| body["image_list"][1]["image_md5"] = json!("")).validate(),
        error("image_list[1].image_md5", Rule::NonEmpty)
    );
    assert_eq!(
        request(
            |body| body["image_list"][1]["image_md5"] = json!("c3da0123456789abcdef0123456762a")
        )
        .validate(),
        error(
            "image_list[1].image_md5",
            Rule::Md5Hex {
                length: 31,
                invalid: None
            }
        )
    );
    let upper = request(|body| {
        body["image_list"][1]["image_md5"] = json!("C3DA0123456789ABCDEF0123456762A4")
    });
    assert_eq!(upper.validate(), Ok(()), "the docs do not say which case");
    let sent = serde_json::to_value(&upper).unwrap();
    assert_eq!(
        sent["image_list"][1]["image_md5"], "c3da0123456789abcdef0123456762a4",
        "sent in lower case"
    );
    assert_eq!(
        upper.image_list[1].image_md5, "C3DA0123456789ABCDEF0123456762A4",
        "the caller's value is left as given"
    );
}

#[test]
fn image_url_is_an_absolute_http_url() {
    let url =
        |value: &str| request(|body| body["image_list"][1]["image_url"] = json!(value)).validate();
    let field = "image_list[1].image_url";
    assert_eq!(url("http://example.com/cat.png"), Ok(()));
    let bad = |problem| {
        error_coded(
            field,
            Rule::Url {
                schemes: HTTP,
                problem,
            },
            ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
        )
    };
    assert_eq!(
        url(""),
        error_coded(
            field,
            Rule::NonEmpty,
            ErrorCode::BACKGROUND_IMAGE_URL_INVALID
        )
    );
    assert_eq!(
        url("xxxxxx.cos.myqcloud.com/cat.png"),
        bad(UrlProblem::MissingScheme)
    );
    assert_eq!(
        url("ftp://example.com/cat.png"),
        bad(UrlProblem::UnsupportedScheme)
    );
    assert_eq!(url("https:///cat.png"), bad(UrlProblem::MissingHost));
    assert_eq!(
        url("https://example.com/my cat.png"),
        bad(UrlProblem::Whitespace)
    );
    assert_eq!(
        url("https://example.com:99999/cat.png"),
        bad(UrlProblem::InvalidPort)
    );
}

#[test]
fn an_image_alone_names_its_fields_without_a_list_index() {
    let image: BackgroundImage = serde_json::from_value(image(
        "0123456789abcdef0123456789abcdeg",
        "https://example.com/a.png",
    ))
    .unwrap();
    assert_eq!(
        image.validate(),
        error(
            "image_md5",
            Rule::Md5Hex {
                length: 32,
                invalid: Some('g')
            }
        )
    );
}
