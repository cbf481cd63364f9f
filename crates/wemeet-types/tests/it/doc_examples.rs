//! Every input and output example of the docs decodes into the types and re-encodes to the same JSON (a GET's
//! request: to the same query string); every request and path example keeps the rules the client checks.

use crate::support;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use support::{examples, fixture, fixture_value};
use wemeet_types::meetings::{LiveWatermarkOption, RecurringType, UntilType};
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsRequest, AddMeetingBackgroundsResponse,
    CancelMeeting, CancelMeetingPath, CancelMeetingRequest, CreateMeetingRequest,
    CreateMeetingResponse, ENDPOINTS, EncodeRequest, Endpoint, EndpointVisitor, GetMeetingPath,
    GetMeetingRequest, GetMeetingResponse, GetPushStreamInfoPath, GetPushStreamInfoRequest,
    GetPushStreamInfoResponse, InstanceId, MeetingKind, MeetingStatus, MeetingType, OperatorIdType,
    PlatformType, RequestIn, ResponseBody, Rule, SetDefaultBackground, SetDefaultBackgroundPath,
    SetDefaultBackgroundRequest, SetLiveStreamAddressRequest, User, Validate, schemas,
    visit_endpoints,
};

/// Decodes the fixture into `T`, re-encodes it, and checks the JSON value is unchanged.
fn round_trip<T: Serialize + DeserializeOwned>(name: &str) -> T {
    let decoded: T = serde_json::from_str(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let encoded = serde_json::to_value(&decoded).unwrap();
    assert_eq!(
        encoded,
        fixture_value(name),
        "{name} changed in a round trip"
    );
    decoded
}

#[test]
fn create_meeting_request_example_round_trips() {
    let request: CreateMeetingRequest = round_trip("create-meeting.request.json");
    assert_eq!(request.userid, "tester");
    assert_eq!(request.meeting_type, wemeet_types::MeetingType::Scheduled);
    assert_eq!(request.start_time.get(), 1_572_172_200);
    assert_eq!(request.invitees.as_ref().map(Vec::len), Some(3));
    assert_eq!(
        request
            .settings
            .as_ref()
            .and_then(|settings| settings.mute_all),
        Some(false)
    );
}

#[test]
fn create_meeting_response_example_round_trips() {
    let response: CreateMeetingResponse = round_trip("create-meeting.response.json");
    let list = response.meeting_info_list.expect("meeting_info_list");
    assert_eq!(list.len(), 1);
    let info = &list[0];
    assert_eq!(info.meeting_id.as_deref(), Some("433471464134410364"));
    assert_eq!(info.end_time.map(u64::from), Some(1_572_175_800));
    // The example's `"ParticipantsList": []` stays an empty list, distinct from absent `participants`.
    assert_eq!(info.participants_list, Some(Vec::new()));
    assert_eq!(info.participants, None);
    assert_eq!(info.invitees(), Some(&[][..]));
}

#[test]
fn add_meeting_backgrounds_request_example_is_valid_and_round_trips() {
    each_valid_json_example::<AddMeetingBackgroundsRequest>(
        schemas::ADD_MEETING_BACKGROUNDS_REQUEST,
    );
    let request: AddMeetingBackgroundsRequest = round_trip("add-meeting-backgrounds.request.json");
    assert_eq!(request.default_image_order, Some(2));
    assert_eq!(
        request.image_list[1].image_url,
        "https://xxxxxx.cos.myqcloud.com/cat.png"
    );
    assert_eq!(request.operator_id, None);
}

#[test]
fn add_meeting_backgrounds_response_example_round_trips() {
    let response: AddMeetingBackgroundsResponse =
        round_trip("add-meeting-backgrounds.response.json");
    assert_eq!(response.background_number, Some(2));
    assert_eq!(response.background_list.map(|list| list.len()), Some(2));
}

#[test]
fn set_live_stream_address_request_example_round_trips() {
    let request: SetLiveStreamAddressRequest = round_trip("set-live-stream-address.request.json");
    let first = &request.push_stream_info[0];
    assert_eq!(
        first.platform_type,
        wemeet_types::PlatformType::WechatChannels
    );
    assert!(first.enable_push_address);
    assert_eq!(
        request.push_stream_info[1].platform_type,
        wemeet_types::PlatformType::ThirdParty
    );
}

#[test]
fn set_live_stream_address_empty_success_body_decodes() {
    // The doc's output example is "无" (none): success is an empty body.
    use wemeet_types::{Endpoint, ResponseBody, SetLiveStreamAddress};
    let decoded: Result<<SetLiveStreamAddress as Endpoint>::Response, _> =
        ResponseBody::from_body(b"");
    assert!(decoded.is_ok());
}

#[test]
fn fixtures_are_the_docs_text_with_ordinary_spaces() {
    for name in [
        "create-meeting.request.json",
        "create-meeting.response.json",
        "add-meeting-backgrounds.request.json",
        "add-meeting-backgrounds.response.json",
        "set-live-stream-address.request.json",
        "get-meeting.request.json",
        "get-meeting.response.json",
        "cancel-meeting.request.json",
        "set-default-background.request.json",
        "get-push-stream-info.request.json",
        "get-push-stream-info.response.json",
    ] {
        let text = fixture(name);
        assert!(!text.contains('\u{a0}'), "{name} still holds U+00A0");
        assert!(
            matches!(serde_json::from_str::<Value>(&text), Ok(Value::Object(_))),
            "{name}"
        );
    }
}

/// Every example of a request or path schema: decodes into `T`, keeps every rule, and re-encodes to the same JSON.
fn each_valid_json_example<T: Serialize + DeserializeOwned + Validate>(schema: &str) -> Vec<T> {
    let all = examples(schema);
    assert!(!all.is_empty(), "the schema has examples");
    all.into_iter()
        .map(|example| {
            let decoded: T = serde_json::from_value(example.clone())
                .unwrap_or_else(|e| panic!("{example}: {e}"));
            decoded
                .validate()
                .unwrap_or_else(|e| panic!("{example}: {e}"));
            assert_eq!(serde_json::to_value(&decoded).unwrap(), example);
            decoded
        })
        .collect()
}

/// The example of a GET's request: decodes, keeps every rule, and travels as `query` alone; that query string
/// decodes (as the mock decodes it) into the same value, which encodes to the same query string.
fn valid_query_example<T>(schema: &str, query: &str) -> T
where
    T: EncodeRequest + Serialize + DeserializeOwned + Validate + PartialEq + std::fmt::Debug,
{
    let [example] = <[Value; 1]>::try_from(examples(schema)).unwrap();
    let decoded: T = serde_json::from_value(example).unwrap();
    decoded.validate().unwrap();
    let encoded = decoded.encode().unwrap();
    assert_eq!(encoded.query.as_deref(), Some(query));
    assert!(encoded.body.is_empty(), "a GET sends no body");
    let from_query: T = serde_urlencoded::from_str(query).unwrap();
    assert_eq!(from_query, decoded);
    assert_eq!(from_query.encode().unwrap().query.as_deref(), Some(query));
    decoded
}

#[test]
fn path_examples_are_valid_and_round_trip() {
    let [get] = <[GetMeetingPath; 1]>::try_from(each_valid_json_example(schemas::GET_MEETING_PATH))
        .unwrap();
    assert_eq!(get.meeting_id, "7567173273889276131");
    each_valid_json_example::<CancelMeetingPath>(schemas::CANCEL_MEETING_PATH);
    each_valid_json_example::<SetDefaultBackgroundPath>(schemas::SET_DEFAULT_BACKGROUND_PATH);
    let [push] = <[GetPushStreamInfoPath; 1]>::try_from(each_valid_json_example(
        schemas::GET_PUSH_STREAM_INFO_PATH,
    ))
    .unwrap();
    assert_eq!(push.meeting_id, "7424270435941489244");
}

#[test]
fn get_meeting_request_example_travels_as_the_documented_query() {
    // The current docs' URL template, in the order of their parameter table.
    let request: GetMeetingRequest = valid_query_example(
        schemas::GET_MEETING_REQUEST,
        "operator_id=tester1&operator_id_type=1&instanceid=1",
    );
    assert_eq!(request.operator_id_type, OperatorIdType::Userid);
    assert_eq!(request.instanceid, InstanceId::Pc);
    assert_eq!(request.userid, None);
}

#[test]
fn get_meeting_response_examples_round_trip() {
    let [normal, recurring] =
        <[Value; 2]>::try_from(examples(schemas::GET_MEETING_RESPONSE)).unwrap();

    let response: GetMeetingResponse = round_trip("get-meeting.response.json");
    assert_eq!(response, serde_json::from_value(normal).unwrap());
    let info = &response.meeting_info_list.unwrap()[0];
    assert_eq!(info.status, Some(MeetingStatus::Ended));
    // `type` (quick) and `meeting_type` (normal) are two lists, as the example has them.
    assert_eq!(info.meeting_type, Some(MeetingType::Quick));
    assert_eq!(info.meeting_kind, Some(MeetingKind::Normal));
    assert_eq!(info.start_time.map(u64::from), Some(1_572_085_800));
    // The example's users are objects (`{"userid": "tester"}`), where create's example has strings.
    let hosts = info.hosts.as_deref().unwrap();
    assert!(matches!(&hosts[0], User::Obj(host) if host.userid == "tester"));
    let settings = info.settings.as_ref().unwrap();
    assert_eq!(settings.only_allow_enterprise_user_join, Some(false));
    assert_eq!(settings.play_ivr_on_leave, Some(false));
    let live = info.live_config.as_ref().unwrap();
    assert_eq!(
        live.live_watermark.as_ref().and_then(|w| w.watermark_opt),
        Some(LiveWatermarkOption::Default)
    );
    assert_eq!(info.guests.as_ref().map(Vec::len), Some(1));

    // The recurring example gives the sub-meetings' times as integers; `UnixSeconds` decodes them and, as for
    // every timestamp, writes them as strings of digits: the one change of the round trip.
    let decoded: GetMeetingResponse = serde_json::from_value(recurring.clone()).unwrap();
    let mut expected = recurring;
    for sub_meeting in expected["meeting_info_list"][0]["sub_meetings"]
        .as_array_mut()
        .unwrap()
    {
        for time in ["start_time", "end_time"] {
            let seconds = sub_meeting[time].as_u64().unwrap();
            sub_meeting[time] = json!(seconds.to_string());
        }
    }
    assert_eq!(serde_json::to_value(&decoded).unwrap(), expected);
    let info = &decoded.meeting_info_list.unwrap()[0];
    assert_eq!(info.meeting_kind, Some(MeetingKind::Recurring));
    assert_eq!(info.meeting_type, None);
    // The example's names where the table has others: kept, each under its own name.
    assert_eq!(info.has_more_sub_meetings, Some(0));
    assert_eq!(info.has_more_sub_meeting, None);
    let settings = info.settings.as_ref().unwrap();
    assert_eq!(settings.only_enterprise_user_allowed, Some(false));
    assert_eq!(settings.only_allow_enterprise_user_join, None);
    let sub_meetings = info.sub_meetings.as_ref().unwrap();
    assert_eq!(sub_meetings.len(), 5);
    assert_eq!(
        sub_meetings[1].start_time.map(u64::from),
        Some(1_599_708_642)
    );
    let rule = info.recurring_rule.as_ref().unwrap();
    assert_eq!(
        (rule.recurring_type, rule.until_type, rule.until_count),
        (
            Some(RecurringType::Daily),
            Some(UntilType::ByCount),
            Some(7)
        )
    );
}

#[test]
fn cancel_meeting_examples_are_valid_and_round_trip() {
    let [old, recurring] = <[CancelMeetingRequest; 2]>::try_from(each_valid_json_example(
        schemas::CANCEL_MEETING_REQUEST,
    ))
    .unwrap();
    assert_eq!(old.reason_detail.as_deref(), Some("取消会议"));
    assert_eq!(old.meeting_kind, None);
    assert_eq!(recurring.meeting_kind, Some(MeetingKind::Recurring));
    assert_eq!(recurring.sub_meeting_id.as_deref(), Some("1599708642"));
}

#[test]
fn set_default_background_examples_are_valid_and_round_trip() {
    let [chosen, black] = <[SetDefaultBackgroundRequest; 2]>::try_from(each_valid_json_example(
        schemas::SET_DEFAULT_BACKGROUND_REQUEST,
    ))
    .unwrap();
    assert_eq!(
        chosen.selected_background_id,
        "ca4exxxxxxxxxxxxxxxxxxxxxxxx6e93"
    );
    // The empty ID restores the default black background: valid, and sent as is.
    assert_eq!(black.selected_background_id, "");
    assert_eq!(black.operator_id_type, OperatorIdType::Userid);
}

#[test]
fn get_push_stream_info_request_example_travels_as_the_documented_query() {
    // Exactly the query string of the docs' example URL.
    let request: GetPushStreamInfoRequest = valid_query_example(
        schemas::GET_PUSH_STREAM_INFO_REQUEST,
        "operator_id=afagsagwags&operator_id_type=1&instanceid=1",
    );
    assert_eq!(request.operator_id, "afagsagwags");
}

#[test]
fn get_push_stream_info_response_example_round_trips() {
    let response: GetPushStreamInfoResponse = round_trip("get-push-stream-info.response.json");
    let entries = response.push_stream_info.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].platform_type, Some(PlatformType::WechatChannels));
    // The wire's `enable_push_addres`, under its correct Rust name.
    assert_eq!(entries[0].enable_push_address, Some(true));
    assert_eq!(entries[0].platform_name.as_deref(), Some("dGVzdDEyMw=="));
}

#[test]
fn cancel_and_set_default_background_succeed_with_an_empty_body_or_an_empty_object() {
    // Cancel: "成功返回空消息体"; set default background: the example output is `{}`.
    fn decode<E: Endpoint>(body: &[u8]) -> bool {
        E::Response::from_body(body).is_ok()
    }
    for body in [&b""[..], b"{}", b" \n"] {
        assert!(decode::<CancelMeeting>(body));
        assert!(decode::<SetDefaultBackground>(body));
    }
}

/// Whether `encoded` is `example` re-encoded: the same JSON, but for the timestamps (`UnixSeconds`), which decode
/// from integers and re-encode as strings of the same digits.
fn same_json(example: &Value, encoded: &Value) -> bool {
    match (example, encoded) {
        (Value::Number(number), Value::String(digits)) => number.to_string() == *digits,
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, a)| b.get(key).is_some_and(|b| same_json(a, b)))
        }
        (a, b) => a == b,
    }
}

/// How the examples of a schema are held to a type: decoded, checked, encoded.
struct Model<T> {
    decode: fn(&Value) -> Result<T, String>,
    check: fn(&T) -> Result<(), String>,
    encode: fn(&T) -> Value,
}

/// A path or a request: serde, and the client's validation.
fn validated<T: Serialize + DeserializeOwned + Validate>() -> Model<T> {
    Model {
        decode: |example| serde_json::from_value(example.clone()).map_err(|e| e.to_string()),
        check: |value| value.validate().map_err(|e| e.to_string()),
        encode: |value| serde_json::to_value(value).unwrap(),
    }
}

/// [`validated`], for the docs' add-backgrounds example, which masks its digests (`c8c7xxxx…8a2e`): a client cannot
/// send it as is (the mock's tests send it to see it refused), and the digest is the rule it may break.
fn masked_digests<T: Serialize + DeserializeOwned + Validate>() -> Model<T> {
    Model {
        check: |value| match value.validate() {
            Err(error) if matches!(error.rule, Rule::Md5Hex { .. }) => Ok(()),
            other => other.map_err(|e| e.to_string()),
        },
        ..validated()
    }
}

/// A success body: decoded as the client decodes it, encoded as the mock answers it.
fn answer<T: ResponseBody>() -> Model<T> {
    Model {
        decode: |example| T::from_body(example.to_string().as_bytes()).map_err(|e| e.to_string()),
        check: |_| Ok(()),
        encode: |value| serde_json::from_slice(&value.to_body().unwrap()).unwrap(),
    }
}

/// The problems of the examples of `schema` as values of `model`: each must decode, pass the check, and
/// re-encode to itself.
fn example_problems<T>(
    what: &str,
    schema: Option<&str>,
    model: Model<T>,
    checked: &mut usize,
) -> Vec<String> {
    let mut problems = Vec::new();
    for example in schema.map(examples).unwrap_or_default() {
        *checked += 1;
        let decoded = match (model.decode)(&example) {
            Ok(decoded) => decoded,
            Err(error) => {
                problems.push(format!("{what}: does not decode: {error}: {example}"));
                continue;
            }
        };
        if let Err(error) = (model.check)(&decoded) {
            problems.push(format!("{what}: breaks a rule: {error}: {example}"));
        }
        let encoded = (model.encode)(&decoded);
        if !same_json(&example, &encoded) {
            problems.push(format!(
                "{what}: changes in a round trip: {example} became {encoded}"
            ));
        }
    }
    problems
}

/// Every example of the path, request and response schemas of every endpoint of the table (the docs' examples,
/// which are also the mock's default answers and the client methods' doc examples) decodes into the endpoint's
/// types, keeps every rule the client checks, and re-encodes to itself.
#[test]
fn every_example_of_every_endpoint_decodes_keeps_the_rules_and_round_trips() {
    /// The problems found, and how many examples were checked.
    struct Examples(Vec<String>, usize);
    impl EndpointVisitor for Examples {
        fn visit<E: Endpoint>(&mut self) {
            let info = ENDPOINTS.iter().find(|info| info.name == E::NAME).unwrap();
            let name = E::NAME;
            self.0.extend(example_problems(
                &format!("{name} path"),
                info.path_schema,
                validated::<E::Path>(),
                &mut self.1,
            ));
            // TODO(lead): multipart
            if info.request_in != Some(RequestIn::Multipart) {
                let model = if name == AddMeetingBackgrounds::NAME {
                    masked_digests::<E::Request>()
                } else {
                    validated::<E::Request>()
                };
                self.0.extend(example_problems(
                    &format!("{name} request"),
                    info.request_schema,
                    model,
                    &mut self.1,
                ));
            }
            self.0.extend(example_problems(
                &format!("{name} response"),
                info.response_schema,
                answer::<E::Response>(),
                &mut self.1,
            ));
        }
    }
    let mut examples = Examples(Vec::new(), 0);
    visit_endpoints(&mut examples);
    assert!(examples.0.is_empty(), "{}", examples.0.join("\n"));
    // Most endpoints' schemas have the docs' examples: the test is not vacuous.
    assert!(
        examples.1 > 2 * ENDPOINTS.len(),
        "only {} examples checked",
        examples.1
    );
}
