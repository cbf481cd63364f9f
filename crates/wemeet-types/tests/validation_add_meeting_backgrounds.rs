//! Client-side rules of an add-meeting-backgrounds request: each rule reports the exact wire path and rule.

use serde_json::{Value, json};
use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, Rule, UrlProblem, Validate, ValidationError,
};

const FIXTURE: &str = include_str!("../../../tests/fixtures/add-meeting-backgrounds.request.json");

/// The docs' input example with real digests in place of the redacted ones, edited by `edit`.
fn request(edit: impl FnOnce(&mut Value)) -> AddMeetingBackgroundsRequest {
    let mut body: Value = serde_json::from_str(FIXTURE).unwrap();
    body["image_list"][0]["image_md5"] = json!("c8c7a1b2c3d4e5f60718293a4b5c8a2e");
    body["image_list"][1]["image_md5"] = json!("c3da0123456789abcdef0123456762a4");
    edit(&mut body);
    serde_json::from_value(body).unwrap()
}

fn image(md5: &str, url: &str) -> Value {
    json!({ "image_md5": md5, "image_url": url })
}

fn error(field: &str, rule: Rule) -> Result<(), ValidationError> {
    Err(ValidationError::new(field, rule))
}

#[test]
fn the_doc_example_is_refused_for_its_redacted_digests() {
    let example: AddMeetingBackgroundsRequest = serde_json::from_str(FIXTURE).unwrap();
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
        error(
            "image_list",
            Rule::Count {
                min: 1,
                max: 7,
                actual: 8
            }
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
        error(
            "default_image_order",
            Rule::Range {
                min: 1,
                max: 2,
                actual: 0
            }
        )
    );
    assert_eq!(
        request(|body| body["default_image_order"] = json!(3)).validate(),
        error(
            "default_image_order",
            Rule::Range {
                min: 1,
                max: 2,
                actual: 3
            }
        )
    );
    assert_eq!(
        request(|body| body["default_image_order"] = json!(-1)).validate(),
        error(
            "default_image_order",
            Rule::Range {
                min: 1,
                max: 2,
                actual: -1
            }
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
fn image_md5_is_32_lowercase_hex_characters() {
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
    assert_eq!(
        request(
            |body| body["image_list"][1]["image_md5"] = json!("C3DA0123456789ABCDEF0123456762A4")
        )
        .validate(),
        error(
            "image_list[1].image_md5",
            Rule::Md5Hex {
                length: 32,
                invalid: Some('C')
            }
        )
    );
}

#[test]
fn image_url_is_an_absolute_http_url() {
    let url =
        |value: &str| request(|body| body["image_list"][1]["image_url"] = json!(value)).validate();
    let field = "image_list[1].image_url";
    assert_eq!(url("http://example.com/cat.png"), Ok(()));
    assert_eq!(url(""), error(field, Rule::NonEmpty));
    assert_eq!(
        url("xxxxxx.cos.myqcloud.com/cat.png"),
        error(field, Rule::HttpUrl(UrlProblem::MissingScheme))
    );
    assert_eq!(
        url("ftp://example.com/cat.png"),
        error(field, Rule::HttpUrl(UrlProblem::UnsupportedScheme))
    );
    assert_eq!(
        url("https:///cat.png"),
        error(field, Rule::HttpUrl(UrlProblem::MissingHost))
    );
    assert_eq!(
        url("https://example.com/my cat.png"),
        error(field, Rule::HttpUrl(UrlProblem::Whitespace))
    );
    assert_eq!(
        url("https://example.com:99999/cat.png"),
        error(field, Rule::HttpUrl(UrlProblem::InvalidPort))
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
