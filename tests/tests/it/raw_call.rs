//! The signed raw call (`client.raw::<T>(&RawRequest)`) against the mock with both clients: it goes the way every
//! endpoint goes (signed, decoded as any `DeserializeOwned`, errors with the server's code, retried by its method).

use http::StatusCode;
use serde_json::{Value, json};
use wemeet::meetings::CreateMeetingResponse;
use wemeet::{Error, RawRequest};
use wemeet_mock::{Fault, MockServer, NO_SUCH_ENDPOINT, Outcome};
use wemeet_tests::{AnyClient, FLAVORS, Setup};

fn client(mock: &MockServer, flavor: wemeet_tests::Flavor) -> AnyClient {
    AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap()
}

/// A create meeting body written by hand, as a caller of a path the SDK does not model writes one.
fn create_body(subject: &str) -> Value {
    json!({
        "userid": "raw",
        "instanceid": 1,
        "subject": subject,
        "type": 0,
        "start_time": "1900000000",
        "end_time": "1900003600"
    })
}

#[test]
fn a_raw_post_and_get_are_signed_and_decoded_into_any_type() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);

        // Answered as a model of the SDK...
        let created = client
            .raw::<CreateMeetingResponse>(
                &RawRequest::post("/v1/meetings").json(&create_body("raw")),
            )
            .unwrap();
        assert!(
            created.trace_id().is_some(),
            "{flavor}: the answer's trace id"
        );
        let meeting_id = created
            .meeting_info_list
            .as_deref()
            .and_then(<[_]>::first)
            .and_then(|meeting| meeting.meeting_id.clone())
            .unwrap();

        // ... or as JSON, with a query.
        let request = RawRequest::get(format!("/v1/meetings/{meeting_id}"))
            .query("operator_id", "raw")
            .query("operator_id_type", &1u32)
            .query("instanceid", &1u32);
        let read = client.raw::<Value>(&request).unwrap();
        assert_eq!(
            read["meeting_info_list"][0]["subject"], "raw",
            "{flavor}: {read:?}"
        );

        // Both accepted by the mock's signature check.
        let requests = mock.requests();
        assert_eq!(requests.len(), 2, "{flavor}");
        for request in &requests {
            assert_eq!(
                request.outcome,
                Outcome::Accepted,
                "{flavor}: {}",
                request.target
            );
            assert!(request.header("X-TC-Signature").is_some(), "{flavor}");
        }
        assert!(
            requests[1].target.contains("operator_id=raw"),
            "{flavor}: {}",
            requests[1].target
        );
    }
}

#[test]
fn a_raw_error_carries_the_servers_code_and_status() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);
        let error = client
            .raw::<Value>(&RawRequest::get("/v1/not-modelled-here"))
            .unwrap_err();
        match &error {
            Error::Api {
                status, error_code, ..
            } => {
                assert_eq!(*status, 404, "{flavor}");
                assert_eq!(*error_code, NO_SUCH_ENDPOINT, "{flavor}");
            }
            other => panic!("{flavor}: {other:?}"),
        }
    }
}

#[test]
fn a_raw_get_is_retried_and_a_raw_post_that_was_answered_is_not() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);
        let body = create_body("retry");

        // A GET is idempotent: a gateway error is retried.
        let created = client
            .raw::<CreateMeetingResponse>(&RawRequest::post("/v1/meetings").json(&body))
            .unwrap();
        let meeting_id = created.into_inner().meeting_info_list.unwrap()[0]
            .meeting_id
            .clone()
            .unwrap();
        mock.clear_requests();
        mock.inject(Fault::error(StatusCode::BAD_GATEWAY, 500_000, "a moment"));
        let request = RawRequest::get(format!("/v1/meetings/{meeting_id}"))
            .query("operator_id", "raw")
            .query("operator_id_type", &1u32)
            .query("instanceid", &1u32);
        client.raw::<Value>(&request).unwrap();
        assert_eq!(mock.requests().len(), 2, "{flavor}: the GET asked again");

        // A POST that reached the server is not sent again.
        mock.clear_requests();
        mock.inject(Fault::error(StatusCode::BAD_GATEWAY, 500_000, "a moment"));
        let error = client
            .raw::<Value>(&RawRequest::post("/v1/meetings").json(&body))
            .unwrap_err();
        assert!(
            matches!(&error, Error::Api { status, .. } if *status == 502),
            "{flavor}: {error:?}"
        );
        assert_eq!(mock.requests().len(), 1, "{flavor}: the POST sent once");
    }
}
