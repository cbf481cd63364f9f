//! The recordings quickstart (`cargo run --example recordings`), run as a user runs it with `RUST_LOG=trace`: on
//! its embedded mock it prints one line per step of a recorded meeting (ended, listed, transcript, summary,
//! deleted) and no secret; against a server (a mock of this test) it reads the newest recording of the user and
//! deletes it only when told to.

use wemeet_mock::{MockServer, RecordingContent, demo};
use wemeet_tests::{AnyClient, Flavor, Setup, sample};

use crate::quickstarts_walk_the_lifecycle_and_print_no_secret::{
    borrowed, only_placeholder_signatures, run, server_env, text,
};

/// The line each step prints, in order.
const STEPS: [&str; 6] = [
    "created meeting ",
    "ended and was recorded: file ",
    "lists 1 file(s)",
    "read the transcript of file ",
    "read the smart summary of file ",
    "deleted recording ",
];

#[test]
fn on_its_embedded_mock_each_step_prints_its_line_in_order_and_no_secret() {
    let printed = text(&run("recordings", &[]));
    let mut from = 0;
    for step in STEPS {
        let at = printed[from..]
            .find(step)
            .unwrap_or_else(|| panic!("no {step:?} after the previous step: {printed}"));
        from += at + step.len();
    }
    assert!(
        printed.contains("2 paragraph(s), first: \"Welcome.\""),
        "the transcript holds what was said: {printed}"
    );
    assert!(printed.contains("wemeet.call"), "traced: {printed}");
    assert_eq!(printed.matches(demo::SECRET_KEY).count(), 0, "{printed}");
    assert!(only_placeholder_signatures(&printed), "{printed}");
}

#[test]
fn against_a_server_it_reads_the_newest_recording_and_deletes_it_only_when_told() {
    let mock = MockServer::start_blocking().expect("start");
    let client = AnyClient::build(
        Flavor::Blocking,
        Setup::new(mock.base_url(), mock.credentials()),
    )
    .expect("client");
    // The quickstart's user when WEMEET_USERID is not set.
    let meeting_id = sample::create_meeting_id(&client, "demo-user").expect("create");
    assert!(mock.start_meeting(&meeting_id));
    let file = mock
        .end_meeting_with_recording(
            &meeting_id,
            RecordingContent::new().line("demo-user", "Numbers first."),
        )
        .expect("recorded");
    let env = server_env(&mock);

    let kept = text(&run("recordings", &borrowed(&env)));
    assert!(
        kept.contains(&format!(
            "read the transcript of file {}",
            file.record_file_id
        )) && kept.contains("WEMEET_DELETE_RECORDING is not yes: keeping recording"),
        "{kept}"
    );
    assert_eq!(
        mock.recordings().len(),
        1,
        "a real recording is kept: {kept}"
    );

    let mut told = borrowed(&env);
    told.push(("WEMEET_DELETE_RECORDING", "yes"));
    let deleted = text(&run("recordings", &told));
    assert!(
        deleted.contains(&format!("deleted recording {}", file.meeting_record_id)),
        "{deleted}"
    );
    assert!(mock.recordings().is_empty(), "{deleted}");
}
