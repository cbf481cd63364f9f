//! Client-side rules of a create-meeting request: each rule reports the exact wire path and rule.

use serde_json::{Value, json};
use wemeet_types::{CreateMeetingRequest, Rule, Validate, ValidationError};

/// The docs' input example, edited by `edit` before it is decoded.
fn request(edit: impl FnOnce(&mut Value)) -> CreateMeetingRequest {
    let mut body: Value = serde_json::from_str(include_str!(
        "../../../tests/fixtures/create-meeting.request.json"
    ))
    .unwrap();
    edit(&mut body);
    serde_json::from_value(body).unwrap()
}

fn error(field: &str, rule: Rule) -> Result<(), ValidationError> {
    Err(ValidationError::new(field, rule))
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
fn subject_fits_in_128_bytes_once_base64_encoded() {
    assert_eq!(
        request(|body| body["subject"] = json!("a".repeat(96))).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["subject"] = json!("a".repeat(97))).validate(),
        error(
            "subject",
            Rule::MaxBase64Bytes {
                max: 128,
                actual: 132
            }
        )
    );
    // The limit is on bytes: 32 CJK characters are 96 bytes (fits), 33 are 99 bytes (does not).
    assert_eq!(
        request(|body| body["subject"] = json!("会".repeat(32))).validate(),
        Ok(())
    );
    assert_eq!(
        request(|body| body["subject"] = json!("会".repeat(33))).validate(),
        error(
            "subject",
            Rule::MaxBase64Bytes {
                max: 128,
                actual: 132
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
    // The docs list 1 to 8; the live API knows more device types, so the server decides.
    assert_eq!(
        request(|body| body["instanceid"] = json!(9)).validate(),
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
            Rule::StartBeforeEnd {
                start: 1_572_172_200,
                end: 1_572_172_200
            }
        )
    );
    assert_eq!(
        request(|body| body["end_time"] = json!("1572172199")).validate(),
        error(
            "end_time",
            Rule::StartBeforeEnd {
                start: 1_572_172_200,
                end: 1_572_172_199
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
