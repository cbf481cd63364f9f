//! The endpoint table: the marker types, `ENDPOINTS`, path rendering and success bodies agree with the manifest.

use serde_json::Value;
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting, ENDPOINTS, Endpoint,
    EndpointInfo, PathParams, ResponseBody, Rule, SetLiveStreamAddress, SetLiveStreamAddressPath,
};

fn row<E: Endpoint>() -> &'static EndpointInfo {
    ENDPOINTS
        .iter()
        .find(|info| info.name == E::NAME)
        .expect("every marker has a row")
}

fn assert_row_matches<E: Endpoint>() {
    let info = row::<E>();
    assert_eq!(info.method, E::METHOD);
    assert_eq!(info.path_template, E::PATH_TEMPLATE);
    assert_eq!(info.idempotent, E::IDEMPOTENT);
}

#[test]
fn the_table_lists_the_three_endpoints_as_documented() {
    let table: Vec<_> = ENDPOINTS
        .iter()
        .map(|e| (e.name, e.method, e.path_template, e.idempotent))
        .collect();
    assert_eq!(
        table,
        [
            ("create_meeting", "POST", "/v1/meetings", false),
            (
                "add_meeting_backgrounds",
                "POST",
                "/v1/meetings/{meeting_id}/backgrounds",
                false
            ),
            (
                "set_live_stream_address",
                "POST",
                "/v1/meetings/{meeting_id}/live_play/live-stream-address",
                true
            ),
        ]
    );
    assert_row_matches::<CreateMeeting>();
    assert_row_matches::<AddMeetingBackgrounds>();
    assert_row_matches::<SetLiveStreamAddress>();
}

#[test]
fn every_schema_in_the_table_is_a_standalone_draft_07_document() {
    for info in ENDPOINTS {
        let schemas = [
            Some(info.request_schema),
            info.response_schema,
            info.path_schema,
        ];
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
