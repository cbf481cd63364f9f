//! An application that installs tracing-subscriber as most do (`init()`, which also bridges the `log` crate into
//! tracing) sees each event of a call once. A dependency that turns on tracing's `log-always` feature, unified into
//! the whole workspace's build, once made every event go out through `log` as well and come back through the
//! bridge: every line printed twice.
//!
//! A test binary of its own: the subscriber is global and keeps everything, which would slow the other tests.

use wemeet::CreateMeeting;
use wemeet_tests::{
    AnyClient, FLAVORS, Setup, capture_everything, refusing_base_url, scripted_credentials,
};

#[test]
fn each_event_of_a_call_is_logged_once() {
    let logs = capture_everything();
    for flavor in FLAVORS {
        let base_url = refusing_base_url();
        let host = base_url.trim_start_matches("http://").to_owned();
        let client =
            AnyClient::build(flavor, Setup::new(base_url, scripted_credentials())).unwrap();
        client
            .send::<CreateMeeting>(&(), &wemeet_testkit::requests::create_meeting("once"))
            .unwrap_err();
        let text = logs.text();
        // The event's own message follows its target (an error's text may say "sending request" too).
        let of_this_call = |message: &str| {
            text.lines()
                .filter(|line| {
                    line.contains(&format!("host={host}"))
                        && line.contains(&format!("wemeet_core::call: {message}"))
                })
                .count()
        };
        assert_eq!(of_this_call("sending request"), 3, "{flavor}:\n{text}");
        assert_eq!(
            of_this_call("attempt failed, retrying"),
            2,
            "{flavor}:\n{text}"
        );
        assert_eq!(of_this_call("call failed"), 1, "{flavor}:\n{text}");
    }
}
