//! Reading a refusal the mock answered: its error code, checked against the vocabulary's HTTP status. (The support
//! module's reader also requires `new_error_code` to be absent where the vocabulary documents none, which the mock's
//! bodies no longer do; this reader holds to what a client relies on: the code and its status.)

use wemeet_types::ErrorCode;

use crate::support::Answer;

/// The `error_info.error_code` of `answer`, whose HTTP status must be the one the vocabulary gives the code.
pub fn refusal(answer: &Answer) -> ErrorCode {
    let body = answer.json();
    let code = body["error_info"]["error_code"]
        .as_i64()
        .map(ErrorCode::new)
        .unwrap_or_else(|| panic!("not a refusal: {body}"));
    assert!(
        body["error_info"]["message"].is_string(),
        "no message in {body}"
    );
    if let Some(info) = code.info() {
        assert_eq!(
            answer.status.as_u16(),
            info.status,
            "the vocabulary's status for {code}: {body}"
        );
    }
    code
}
