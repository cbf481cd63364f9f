//! What a person reads: each error names the field in backticks and says the rule and what was found.

use wemeet_types::{PngProblem, Rule, UrlProblem, ValidationError};

fn message(field: &str, rule: Rule) -> String {
    ValidationError::new(field, rule).to_string()
}

#[test]
fn messages_name_the_field_the_rule_and_what_was_found() {
    let cases = [
        (
            message("userid", Rule::NonEmpty),
            "`userid`: must not be empty",
        ),
        (
            message(
                "image_list[1].image_md5",
                Rule::Md5Hex {
                    length: 31,
                    invalid: None,
                },
            ),
            "`image_list[1].image_md5`: must be an MD5 digest of 32 hexadecimal digits (got 31 characters)",
        ),
        (
            message(
                "image_list[0].image_md5",
                Rule::Md5Hex {
                    length: 32,
                    invalid: Some('x'),
                },
            ),
            "`image_list[0].image_md5`: must be an MD5 digest of 32 hexadecimal digits (got 'x', not a hexadecimal \
             digit)",
        ),
        (
            message(
                "image_list",
                Rule::Count {
                    min: 1,
                    max: 7,
                    actual: 8,
                },
            ),
            "`image_list`: must hold 1 to 7 entries (got 8)",
        ),
        (
            message(
                "default_image_order",
                Rule::Range {
                    min: 1,
                    max: 2,
                    actual: 3,
                },
            ),
            "`default_image_order`: must be between 1 and 2 (got 3)",
        ),
        (
            message(
                "subject",
                Rule::MaxBytes {
                    max: 128,
                    actual: 129,
                },
            ),
            "`subject`: must be at most 128 bytes of UTF-8 as sent (got 129 bytes)",
        ),
        (
            message(
                "push_stream_info[0].platform_type",
                Rule::OneOf {
                    allowed: &[1, 2],
                    actual: 3,
                },
            ),
            "`push_stream_info[0].platform_type`: must be one of 1, 2 (got 3)",
        ),
        (
            message(
                "push_stream_info[0].platform_name",
                Rule::CharCount {
                    min: 1,
                    max: 10,
                    actual: 11,
                },
            ),
            "`push_stream_info[0].platform_name`: must be 1 to 10 characters long (got 11)",
        ),
        (
            message("push_stream_info[0].platform_name", Rule::Base64),
            "`push_stream_info[0].platform_name`: must be standard base64 with `=` padding: encode the text with \
             `encode_base64` (of `wemeet`, `wemeet-blocking` or `wemeet-types`), e.g. `dGVzdDEyMw==` for `test123`",
        ),
        (
            message("push_stream_info[0].platform_name", Rule::NotBlank),
            "`push_stream_info[0].platform_name`: must not consist only of spaces or newlines",
        ),
        (
            message(
                "image_list[0].image_url",
                Rule::Url {
                    schemes: Some(&["http", "https"]),
                    problem: UrlProblem::UnsupportedScheme,
                },
            ),
            "`image_list[0].image_url`: must be an absolute http or https URL (the scheme is not one the field \
             accepts)",
        ),
        (
            message(
                "push_stream_info[0].push_address",
                Rule::Url {
                    schemes: None,
                    problem: UrlProblem::MissingScheme,
                },
            ),
            "`push_stream_info[0].push_address`: must be an absolute URL like rtmp://host/path (it does not start \
             with `scheme://`)",
        ),
        (
            message(
                "end_time",
                Rule::After {
                    other: "start_time",
                    other_value: 1_572_175_800,
                    actual: 1_572_172_200,
                },
            ),
            "`end_time`: must be greater than `start_time` (1572175800; got 1572172200)",
        ),
        (
            message(
                "image",
                Rule::Png(PngProblem::TooSmall {
                    min_width: 1920,
                    min_height: 1080,
                    width: 1280,
                    height: 720,
                }),
            ),
            "`image`: must be a PNG image the API accepts: the image is 1280x720; it must be at least 1920 pixels wide and 1080 high (the docs' minimum resolution read strictly: a portrait 1080x1920 image is refused too)",
        ),
        (
            message(
                "image",
                Rule::Png(PngProblem::TooLarge {
                    max: 10_485_760,
                    actual: 10_485_761,
                }),
            ),
            "`image`: must be a PNG image the API accepts: the file has 10485761 bytes, more than 10485760 (the docs' 10 MB, read as 10 MiB)",
        ),
    ];
    for (actual, expected) in cases {
        assert_eq!(actual, expected);
    }
}

#[test]
fn errors_are_std_errors_that_print_their_message() {
    let error: Box<dyn std::error::Error + Send + Sync> =
        Box::new(ValidationError::new("userid", Rule::NonEmpty));
    assert_eq!(error.to_string(), "`userid`: must not be empty");
}
