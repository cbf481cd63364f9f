//! Client-side rules of a create-meeting request: each rule reports the exact wire path and rule.

use crate::support;
use support::error;

use base64::Engine as _;
use serde_json::{Value, json};
use wemeet_types::{CreateMeetingRequest, Rule, Validate, schemas};

/// The docs' input example, edited by `edit` before it is decoded.
fn request(edit: impl FnOnce(&mut Value)) -> CreateMeetingRequest {
    support::edited_example(schemas::CREATE_MEETING_REQUEST, edit)
}

#[test]
fn the_doc_example_is_valid() {
    assert_eq!(request(|_| {}).validate(), Ok(()));
}

#[test]
fn optional_fields_may_be_absent_or_empty() {
    let minimal = request(|body| {
        let body = body.as_object_mut().unwrap();
        body.remove("hosts");
        body.remove("password");
        body.insert("invitees".into(), json!([]));
    });
    assert_eq!(minimal.validate(), Ok(()));
}

#[test]
fn userid_is_required() {
    assert_eq!(
        request(|body| body["userid"] = json!("")).validate(),
        error("userid", Rule::NonEmpty)
    );
}

#[test]
fn subject_is_required() {
    assert_eq!(
        request(|body| body["subject"] = json!("")).validate(),
        error("subject", Rule::NonEmpty)
    );
}

#[test]
fn userid_and_subject_are_not_blank() {
    assert_eq!(
        request(|body| body["userid"] = json!(" \t")).validate(),
        error("userid", Rule::NotBlank)
    );
    assert_eq!(
        request(|body| body["subject"] = json!("\u{3000}")).validate(),
        error("subject", Rule::NotBlank)
    );
}

#[test]
fn subject_takes_at_most_128_bytes_as_sent() {
    // The docs: "at most 128 bytes after Base64 encoding", and they recommend sending it Base64-encoded. The limit
    // is on what is sent: 128 bytes of Base64 (the encoding of 96 bytes) fit, and so do 128 bytes of plain text.
    let encoded = base64::prelude::BASE64_STANDARD.encode("a".repeat(96));
    assert_eq!(encoded.len(), 128);
    assert_eq!(
        request(|body| body["subject"] = json!(encoded)).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["subject"] = json!("a".repeat(128))).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["subject"] = json!("a".repeat(129))).validate(),
        error(
            "subject",
            Rule::MaxBytes {
                max: 128,
                actual: 129
            }
        )
    );
    // Bytes, not characters: 42 CJK characters are 126 bytes (fit), 43 are 129 (do not).
    assert_eq!(
        request(|body| body["subject"] = json!("会".repeat(42))).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["subject"] = json!("会".repeat(43))).validate(),
        error(
            "subject",
            Rule::MaxBytes {
                max: 128,
                actual: 129
            }
        )
    );
}

#[test]
fn meeting_type_is_scheduled_or_quick() {
    assert_eq!(request(|body| body["type"] = json!(1)).validate(), Ok(()));
    assert_eq!(
        request(|body| body["type"] = json!(2)).validate(),
        error(
            "type",
            Rule::OneOf {
                allowed: &[0, 1],
                actual: 2
            }
        )
    );
}

#[test]
fn undocumented_instance_ids_are_accepted() {
    // The docs name some device types; the live API may know more, so the server decides.
    assert_eq!(
        request(|body| body["instanceid"] = json!(11)).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["instanceid"] = json!(102)).validate(),
        Ok(())
    );
}

#[test]
fn hosts_and_invitees_name_users_by_non_empty_ids() {
    assert_eq!(
        request(|body| body["hosts"] = json!(["tester", ""])).validate(),
        error("hosts[1]", Rule::NonEmpty)
    );
    assert_eq!(
        request(|body| body["invitees"] = json!(["test1", {"userid": ""}])).validate(),
        error("invitees[1].userid", Rule::NonEmpty)
    );
    assert_eq!(
        request(|body| body["invitees"] =
            json!([{"userid": "guest1", "is_anonymous": "true"}, "guest2"]))
        .validate(),
        Ok(())
    );
}

#[test]
fn the_meeting_ends_after_it_starts() {
    assert_eq!(
        request(|body| body["end_time"] = json!("1572172200")).validate(),
        error(
            "end_time",
            Rule::After {
                other: "start_time",
                other_value: 1_572_172_200,
                actual: 1_572_172_200
            }
        )
    );
    assert_eq!(
        request(|body| body["end_time"] = json!("1572172199")).validate(),
        error(
            "end_time",
            Rule::After {
                other: "start_time",
                other_value: 1_572_172_200,
                actual: 1_572_172_199
            }
        )
    );
}

#[test]
fn fields_are_checked_in_wire_order_and_the_first_violation_is_reported() {
    let everything_wrong = request(|body| {
        body["userid"] = json!("");
        body["subject"] = json!("");
        body["end_time"] = json!("0");
    });
    assert_eq!(everything_wrong.validate(), error("userid", Rule::NonEmpty));
}
