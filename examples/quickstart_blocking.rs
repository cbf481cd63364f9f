//! A meeting's whole lifecycle with the blocking client: create it, add backgrounds (and receive their upload
//! result), make one the default, set a live-stream push address and read it back, read the meeting back, cancel
//! it. One line per step; the same steps as `quickstart`, with no async code.
//!
//! With `WEMEET_BASE_URL` and the credentials (`WEMEET_APP_ID`, `WEMEET_SECRET_ID`, `WEMEET_SECRET_KEY`,
//! optionally `WEMEET_SDK_ID` and `WEMEET_USERID`) set, it calls that server; otherwise it starts the embedded
//! `wemeet-mock` with demo credentials, and a local receiver its events are delivered to. Against a real server:
//! the background steps need `WEMEET_BACKGROUND_PNG` and `WEMEET_BACKGROUND_URL` (a local PNG and where it is
//! hosted), the upload result needs `WEMEET_WEBHOOK_TOKEN` (and `WEMEET_WEBHOOK_AES_KEY`,
//! `WEMEET_WEBHOOK_LISTEN`) for the subscription saved in the console; without them those steps are skipped with
//! a line saying so. The meeting is cancelled at the end even when a step in between fails.
//!
//! ```text
//! cargo run --example quickstart_blocking
//! RUST_LOG=trace cargo run --example quickstart_blocking   # and log each call to stderr
//! ```

use std::error::Error;
use std::process::ExitCode;

use wemeet_blocking::Client;
use wemeet_examples::events::EventReceiver;
use wemeet_examples::{environment, logging, report, requests};
use wemeet_mock::MockServer;

fn main() -> ExitCode {
    logging::init_tracing();
    logging::exit_code(run())
}

fn run() -> Result<(), Box<dyn Error>> {
    // Keep the mock (if any) and the event receiver alive until the end of the run.
    let (client, mock, events) = if environment::server_from_env() {
        (Client::from_env()?, None, EventReceiver::from_env()?)
    } else {
        let mock = MockServer::start_blocking()?;
        environment::announce_embedded_mock(mock.base_url());
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .build()?;
        let events = EventReceiver::for_embedded_mock()?;
        mock.subscribe_blocking(events.subscription())?;
        (client, Some(mock), Some(events))
    };
    let userid = environment::userid();

    let created = client.create_meeting(&requests::create_meeting(&userid))?;
    let meeting_id = report::created(&created)?;

    let walked = walk(
        &client,
        &meeting_id,
        &userid,
        mock.is_some(),
        events.as_ref(),
    );
    let cancelled = client.cancel_meeting(&meeting_id, &requests::cancel_meeting(&userid));
    if cancelled.is_ok() {
        report::cancelled(&meeting_id);
    }
    walked?;
    cancelled?;
    Ok(())
}

/// Every step between creating the meeting and cancelling it.
fn walk(
    client: &Client,
    meeting_id: &str,
    userid: &str,
    embedded: bool,
    events: Option<&EventReceiver>,
) -> Result<(), Box<dyn Error>> {
    let backgrounds = if embedded {
        Some(requests::add_demo_backgrounds(userid))
    } else {
        environment::background_from_env()?.map(|image| requests::add_background(userid, image))
    };
    if let Some(backgrounds) = backgrounds {
        let added = client.add_meeting_backgrounds(meeting_id, &backgrounds)?;
        let first = report::backgrounds(&added)?;
        if let Some(events) = events {
            events.report_upload_result(added.trace_id());
        }
        client.set_default_background(
            meeting_id,
            &requests::set_default_background(userid, &first),
        )?;
        report::default_background(meeting_id, &first);
    }

    client.set_live_stream_address(meeting_id, &requests::set_live_stream(userid))?;
    report::live_stream(meeting_id);
    let info = client.get_push_stream_info(meeting_id, &requests::get_push_stream_info(userid))?;
    report::push_stream_info(meeting_id, &info);

    let meeting = client.get_meeting(meeting_id, &requests::get_meeting(userid))?;
    report::meeting(&meeting)
}
