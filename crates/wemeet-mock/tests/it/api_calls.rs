//! Signed calls of any method with an optional JSON body, and what the users and recordings tests read of an
//! answer: its body when it succeeded, its error code when it did not.

use http::{Method, StatusCode};
use serde_json::Value;
use wemeet_mock::MockServer;
use wemeet_sign::Signer;
use wemeet_types::ErrorCode;

use crate::support::{Answer, send, signed};

/// `method` `target` with `body` (none: an empty body), signed by `signer`; the call must come back complete.
pub async fn call_as(
    server: &MockServer,
    signer: &Signer,
    method: Method,
    target: &str,
    body: Option<Value>,
) -> Answer {
    let bytes = body
        .map(|body| serde_json::to_vec(&body).expect("encode"))
        .unwrap_or_default();
    send(server, signed(signer, method, target, bytes))
        .await
        .unwrap_or_else(|failure| panic!("{target}: {failure:?}"))
}

/// [`call_as`] signed with the demo credentials.
pub async fn call(
    server: &MockServer,
    method: Method,
    target: &str,
    body: Option<Value>,
) -> Answer {
    call_as(server, &server.signer(), method, target, body).await
}

/// The body of an answer that must be a success (`null` for an empty one).
pub fn ok(answer: &Answer) -> Value {
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    if answer.body.is_empty() {
        Value::Null
    } else {
        answer.json()
    }
}

/// The error code of an answer that must be an error.
pub fn code(answer: &Answer) -> ErrorCode {
    assert_ne!(answer.status, StatusCode::OK, "{:?}", answer.body);
    ErrorCode::new(
        answer.json()["error_info"]["error_code"]
            .as_i64()
            .expect("an error code"),
    )
}
