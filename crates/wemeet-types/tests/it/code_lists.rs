//! The code lists (`InstanceId`, `MeetingType`, `PlatformType`, `OperatorIdType`): named documented codes, other
//! codes kept as they are, and the named codes exactly the ones the schemas list.

use std::collections::HashSet;

use serde_json::{Value, json};
use wemeet_types::{InstanceId, MeetingStatus, MeetingType, OperatorIdType, PlatformType, schemas};

/// The `(code, title)` pairs the schema's `anyOf` names for the definition `name`.
fn schema_codes(schema: &str, name: &str) -> Vec<(u32, String)> {
    let document: Value = serde_json::from_str(schema).unwrap();
    document["definitions"][name]["anyOf"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|entry| {
            let code = entry.get("const")?.as_u64()?;
            Some((
                u32::try_from(code).ok()?,
                entry["title"].as_str()?.to_owned(),
            ))
        })
        .collect()
}

fn named<T: std::fmt::Debug + Copy>(variants: &[T], code: fn(T) -> u32) -> Vec<(u32, String)> {
    variants
        .iter()
        .map(|v| (code(*v), format!("{v:?}")))
        .collect()
}

#[test]
fn the_named_codes_are_the_ones_the_schemas_list() {
    assert_eq!(
        schema_codes(schemas::CREATE_MEETING_REQUEST, "InstanceId"),
        named(InstanceId::DOCUMENTED, InstanceId::code)
    );
    assert_eq!(
        schema_codes(schemas::CREATE_MEETING_REQUEST, "MeetingType"),
        named(MeetingType::DOCUMENTED, MeetingType::code)
    );
    assert_eq!(
        schema_codes(schemas::SET_LIVE_STREAM_ADDRESS_REQUEST, "PlatformType"),
        named(PlatformType::DOCUMENTED, PlatformType::code)
    );
    assert_eq!(
        schema_codes(schemas::ADD_MEETING_BACKGROUNDS_REQUEST, "OperatorIdType"),
        named(OperatorIdType::DOCUMENTED, OperatorIdType::code)
    );
}

#[test]
fn platform_types_carry_the_documented_per_account_limits() {
    assert_eq!(PlatformType::WechatChannels.max_per_account(), Some(1));
    assert_eq!(PlatformType::ThirdParty.max_per_account(), Some(10));
    assert_eq!(PlatformType::Other(3).max_per_account(), None);
}

#[test]
fn documented_codes_travel_as_integers() {
    let expected = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 20, 21, 22, 30, 32, 33, 81, 82, 83, 84, 86,
    ];
    assert_eq!(InstanceId::DOCUMENTED.len(), expected.len());
    for (variant, code) in InstanceId::DOCUMENTED.iter().zip(expected) {
        assert_eq!(serde_json::to_value(variant).unwrap(), json!(code));
        assert_eq!(
            serde_json::from_value::<InstanceId>(json!(code)).unwrap(),
            *variant
        );
        assert!(variant.is_documented());
    }
    assert_eq!(serde_json::to_value(MeetingType::Quick).unwrap(), json!(1));
    assert_eq!(
        serde_json::to_value(PlatformType::ThirdParty).unwrap(),
        json!(2)
    );
}

#[test]
fn undocumented_codes_are_kept() {
    let other: InstanceId = serde_json::from_value(json!(11)).unwrap();
    assert_eq!(other, InstanceId::Other(11));
    assert_eq!(serde_json::to_value(other).unwrap(), json!(11));
    assert!(!other.is_documented());
    assert_eq!(other.to_string(), "code 11");
    assert_eq!(
        serde_json::from_value::<PlatformType>(json!(3)).unwrap(),
        PlatformType::Other(3)
    );
    assert_eq!(
        serde_json::from_value::<MeetingType>(json!(2))
            .unwrap()
            .code(),
        2
    );
}

#[test]
fn other_holding_a_documented_code_is_that_code() {
    assert_eq!(InstanceId::Other(1), InstanceId::Pc);
    assert_eq!(InstanceId::Other(1).label(), Some("PC"));
    let set: HashSet<InstanceId> = [InstanceId::Other(1), InstanceId::Pc].into_iter().collect();
    assert_eq!(set.len(), 1);
}

#[test]
fn non_codes_are_errors_saying_what_a_code_is() {
    for bad in [
        json!(-1),
        json!(4_294_967_296u64),
        json!("1"),
        json!(1.5),
        json!(null),
    ] {
        let error = serde_json::from_value::<InstanceId>(bad.clone())
            .unwrap_err()
            .to_string();
        assert!(error.contains("InstanceId code"), "{bad}: {error}");
    }
}

#[test]
fn display_names_the_code() {
    assert_eq!(
        InstanceId::MiniProgram.to_string(),
        "Mini program (小程序), code 8"
    );
    assert_eq!(
        MeetingType::Scheduled.to_string(),
        "Scheduled meeting (预约会议), code 0"
    );
    assert_eq!(PlatformType::Other(7).to_string(), "code 7");
    assert_eq!(u32::from(InstanceId::from(7)), 7);
}

#[test]
fn string_code_lists_name_documented_states_and_keep_others() {
    let started: MeetingStatus = serde_json::from_value(json!("MEETING_STATE_STARTED")).unwrap();
    assert_eq!(started, MeetingStatus::Started);
    assert_eq!(started.code(), "MEETING_STATE_STARTED");
    assert!(started.is_documented());
    assert_eq!(
        started.to_string(),
        "In progress: someone is in the meeting (会议中), MEETING_STATE_STARTED"
    );

    let newer: MeetingStatus = serde_json::from_value(json!("MEETING_STATE_PAUSED")).unwrap();
    assert_eq!(newer, MeetingStatus::Other("MEETING_STATE_PAUSED".into()));
    assert!(!newer.is_documented());
    assert_eq!(newer.to_string(), "MEETING_STATE_PAUSED");
    assert_eq!(
        serde_json::to_value(&newer).unwrap(),
        json!("MEETING_STATE_PAUSED")
    );

    // Equality by code: an `Other` holding a documented code is that code.
    assert_eq!(
        MeetingStatus::Other("MEETING_STATE_INIT".into()),
        MeetingStatus::Init
    );
    assert!(serde_json::from_value::<MeetingStatus>(json!(3)).is_err());
}
