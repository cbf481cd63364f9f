//! The endpoint table: the marker types, `ENDPOINTS`, path rendering and success bodies agree with the manifest.

use serde_json::Value;
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting, ENDPOINTS, Endpoint,
    EndpointInfo, EndpointVisitor, Method, PathParams, ResponseBody, RetryClass, Rule,
    SetLiveStreamAddress, SetLiveStreamAddressPath, visit_endpoints,
};

fn row<E: Endpoint>() -> &'static EndpointInfo {
    ENDPOINTS
        .iter()
        .find(|info| info.name == E::NAME)
        .expect("every marker has a row")
}

/// Checks that each marker type and its row of the table say the same.
struct RowsMatch(Vec<&'static str>);

impl EndpointVisitor for RowsMatch {
    fn visit<E: Endpoint>(&mut self) {
        let info = row::<E>();
        assert_eq!(info.method, E::METHOD, "{}", E::NAME);
        assert_eq!(info.path_template, E::PATH_TEMPLATE, "{}", E::NAME);
        assert_eq!(info.retry, E::RETRY, "{}", E::NAME);
        assert_eq!(info.oauth2, E::OAUTH2, "{}", E::NAME);
        assert_eq!(info.errors, E::ERRORS, "{}", E::NAME);
        self.0.push(E::NAME);
    }
}

/// The docs' method, path, retry safety (API notes §7) and OAuth 2.0 support of each endpoint, transcribed here by
/// hand, independently of the manifest.
#[test]
fn the_table_lists_the_endpoints_as_documented() {
    let table: Vec<_> = ENDPOINTS
        .iter()
        .map(|e| (e.name, e.method, e.path_template, e.retry, e.oauth2))
        .collect();
    use Method::*;
    use RetryClass::*;
    assert_eq!(
        table,
        [
            ("create_meeting", Post, "/v1/meetings", IfNotSent, true),
            (
                "add_meeting_backgrounds",
                Post,
                "/v1/meetings/{meeting_id}/backgrounds",
                IfNotSent,
                false
            ),
            (
                "set_live_stream_address",
                Post,
                "/v1/meetings/{meeting_id}/live_play/live-stream-address",
                IfNotSent,
                false
            ),
            (
                "get_meeting",
                Get,
                "/v1/meetings/{meeting_id}",
                Idempotent,
                true
            ),
            (
                "cancel_meeting",
                Post,
                "/v1/meetings/{meeting_id}/cancel",
                IfNotSent,
                true
            ),
            (
                "set_default_background",
                Put,
                "/v1/meetings/{meeting_id}/default-backgrounds",
                Idempotent,
                false
            ),
            // `live-play` with a hyphen, unlike the set endpoint's `live_play`: both as documented.
            (
                "get_push_stream_info",
                Get,
                "/v1/meetings/{meeting_id}/live-play/push-stream-info",
                Idempotent,
                false
            ),
        ]
    );
    let mut visited = RowsMatch(Vec::new());
    visit_endpoints(&mut visited);
    let names: Vec<_> = ENDPOINTS.iter().map(|e| e.name).collect();
    assert_eq!(
        visited.0, names,
        "visit_endpoints reaches every row, in order"
    );
}

#[test]
fn every_schema_in_the_table_is_a_standalone_draft_07_document() {
    for info in ENDPOINTS {
        let schemas = [info.request_schema, info.response_schema, info.path_schema];
        for schema in schemas.into_iter().flatten() {
            let document: Value = serde_json::from_str(schema).unwrap();
            assert_eq!(
                document["$schema"],
                "http://json-schema.org/draft-07/schema#"
            );
            let root = document["$ref"]
                .as_str()
                .unwrap()
                .strip_prefix("#/definitions/")
                .unwrap();
            assert!(
                document["definitions"][root].is_object(),
                "{}: {root}",
                info.name
            );
        }
        assert_eq!(
            info.path_schema.is_some(),
            info.path_template.contains('{'),
            "{}",
            info.name
        );
    }
    assert!(
        row::<SetLiveStreamAddress>().response_schema.is_none(),
        "an empty success body has no schema"
    );
}

#[test]
fn paths_render_with_their_parameters() {
    assert_eq!(
        ().render_path(CreateMeeting::PATH_TEMPLATE).unwrap(),
        "/v1/meetings"
    );
    let path = AddMeetingBackgroundsPath::new("6524541286408448530");
    assert_eq!(
        path.render_path(AddMeetingBackgrounds::PATH_TEMPLATE)
            .unwrap(),
        "/v1/meetings/6524541286408448530/backgrounds"
    );
    let path = SetLiveStreamAddressPath::new("a b/c");
    assert_eq!(
        path.render_path(SetLiveStreamAddress::PATH_TEMPLATE)
            .unwrap(),
        "/v1/meetings/a%20b%2Fc/live_play/live-stream-address"
    );
}

#[test]
fn an_empty_path_parameter_is_a_validation_error_naming_it() {
    let error = AddMeetingBackgroundsPath::new("")
        .render_path(AddMeetingBackgrounds::PATH_TEMPLATE)
        .unwrap_err();
    assert_eq!(
        (error.field.as_str(), &error.rule),
        ("meeting_id", &Rule::NonEmpty)
    );
    assert!(error.to_string().contains("meeting_id"), "{error}");
}

#[test]
fn success_bodies_decode_through_the_endpoint_types() {
    fn decode<E: Endpoint>(body: &[u8]) -> Result<E::Response, serde_json::Error> {
        E::Response::from_body(body)
    }
    assert!(decode::<SetLiveStreamAddress>(b"").is_ok());
    assert!(decode::<SetLiveStreamAddress>(b"{}").is_ok());
    assert!(
        decode::<CreateMeeting>(br#"{"meeting_number":1}"#)
            .unwrap()
            .meeting_number
            == Some(1)
    );
    assert!(
        decode::<AddMeetingBackgrounds>(b"").is_err(),
        "a JSON endpoint needs a body"
    );
}
