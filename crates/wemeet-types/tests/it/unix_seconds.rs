//! `UnixSeconds`: a `u64` that travels as a string of decimal digits and converts to and from `SystemTime`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use proptest::prelude::*;
use serde_json::json;
use wemeet_types::UnixSeconds;

#[test]
fn travels_as_a_digit_string() {
    let t = UnixSeconds::new(1_572_172_200);
    assert_eq!(serde_json::to_value(t).unwrap(), json!("1572172200"));
    assert_eq!(
        serde_json::from_value::<UnixSeconds>(json!("1572172200")).unwrap(),
        t
    );
    assert_eq!(t.to_string(), "1572172200");
}

#[test]
fn rejects_text_that_is_not_digits() {
    for bad in [
        "",
        " 1",
        "1 ",
        "+1",
        "-1",
        "1.5",
        "1e9",
        "18446744073709551616",
        "１２",
    ] {
        assert!(bad.parse::<UnixSeconds>().is_err(), "{bad:?}");
        let error = serde_json::from_value::<UnixSeconds>(json!(bad))
            .unwrap_err()
            .to_string();
        assert!(error.contains("Unix seconds"), "{bad:?}: {error}");
    }
    assert!(serde_json::from_value::<UnixSeconds>(json!(-5)).is_err());
    assert!(serde_json::from_value::<UnixSeconds>(json!(null)).is_err());
}

#[test]
fn the_parse_error_does_not_echo_the_text() {
    let error = "secret-ish".parse::<UnixSeconds>().unwrap_err().to_string();
    assert!(!error.contains("secret"), "{error}");
}

#[test]
fn converts_to_and_from_system_time() {
    let time = UNIX_EPOCH + Duration::from_secs(1_572_172_200) + Duration::from_millis(999);
    let t = UnixSeconds::from(time);
    assert_eq!(t.get(), 1_572_172_200);
    assert_eq!(
        t.to_system_time(),
        Some(UNIX_EPOCH + Duration::from_secs(1_572_172_200))
    );
    assert_eq!(
        UnixSeconds::from(UNIX_EPOCH - Duration::from_secs(10)),
        UnixSeconds::new(0)
    );
    assert!(UnixSeconds::now() > UnixSeconds::new(1_700_000_000));
    assert!(UnixSeconds::now().to_system_time().unwrap() <= SystemTime::now());
}

#[test]
fn the_largest_timestamps_do_not_panic() {
    let max = UnixSeconds::new(u64::MAX);
    let _ = max.to_system_time();
    assert_eq!(max.checked_add(Duration::from_secs(1)), None);
    assert_eq!(
        serde_json::to_value(max).unwrap(),
        json!(u64::MAX.to_string())
    );
}

proptest! {
    #[test]
    fn any_u64_round_trips(seconds: u64) {
        let t = UnixSeconds::from(seconds);
        let text = serde_json::to_string(&t).unwrap();
        prop_assert_eq!(serde_json::from_str::<UnixSeconds>(&text).unwrap(), t);
        prop_assert_eq!(u64::from(t), seconds);
    }

    #[test]
    fn parsing_any_text_never_panics_and_accepts_only_digits(text in ".{0,24}") {
        let parsed = text.parse::<UnixSeconds>();
        if parsed.is_ok() {
            prop_assert!(!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()));
        }
    }
}
