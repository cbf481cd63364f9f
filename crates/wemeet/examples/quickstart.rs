//! Creates a meeting, adds two backgrounds to it, waits for their upload result (the event callback
//! `meeting.medium-uploaded`, matched by the add call's trace id) and sets its live-stream push address, with the
//! async client.
//!
//! With `WEMEET_BASE_URL` and the credentials (`WEMEET_APP_ID`, `WEMEET_SECRET_ID`, `WEMEET_SECRET_KEY`,
//! optionally `WEMEET_SDK_ID` and `WEMEET_USERID`) set, it calls that server; otherwise it starts the embedded
//! `wemeet-mock` with demo credentials, and a local receiver its events are delivered to. Against a real server
//! it receives events only with `WEMEET_WEBHOOK_TOKEN` (and `WEMEET_WEBHOOK_AES_KEY`, `WEMEET_WEBHOOK_LISTEN`)
//! set, for the subscription saved in the console.
//!
//! ```text
//! cargo run --example quickstart
//! RUST_LOG=trace cargo run --example quickstart   # and log each call to stderr
//! ```

mod common;

use std::error::Error;
use std::process::ExitCode;

use common::events::EventReceiver;
use wemeet::Client;
use wemeet_mock::MockServer;

#[tokio::main]
async fn main() -> ExitCode {
    common::init_tracing();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn Error>> {
    // Keep the mock (if any) and the event receiver alive until the end of the run.
    let (client, _mock, events) = if common::server_from_env() {
        (Client::from_env()?, None, EventReceiver::from_env()?)
    } else {
        let mock = MockServer::start().await?;
        println!(
            "{} is not set: using the embedded wemeet-mock at {} with demo credentials",
            common::BASE_URL_VAR,
            mock.base_url()
        );
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .build()?;
        let events = EventReceiver::for_embedded_mock()?;
        mock.subscribe(events.subscription()).await?;
        (client, Some(mock), Some(events))
    };
    let userid = common::userid();

    let created = client
        .create_meeting(&common::create_meeting(&userid))
        .await?;
    let meeting_id = common::meeting_id(&created)?;

    let backgrounds = client
        .add_meeting_backgrounds(&meeting_id, &common::add_backgrounds(&userid))
        .await?;
    common::report_backgrounds(&backgrounds);
    if let Some(events) = &events {
        // Waiting on the receiver blocks this thread for a few seconds at most.
        tokio::task::block_in_place(|| events.report_upload_result(backgrounds.trace_id()));
    }

    client
        .set_live_stream_address(&meeting_id, &common::set_live_stream(&userid))
        .await?;
    println!("set the live-stream push address of meeting {meeting_id}");
    Ok(())
}
