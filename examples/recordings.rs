//! A meeting's cloud recording with the async client: the meeting ends and its recording appears in the list, its
//! transcript and its smart summary (智能纪要) are read, and it is deleted. One line per step.
//!
//! Without `WEMEET_BASE_URL` it starts the embedded `wemeet-mock` with demo credentials, creates a meeting there,
//! and has the mock start it and end it with a recording, as a recorded meeting ending does. With
//! `WEMEET_BASE_URL` and the credentials (`WEMEET_APP_ID`, `WEMEET_SECRET_ID`, `WEMEET_SECRET_KEY`, optionally
//! `WEMEET_SDK_ID` and `WEMEET_USERID`) set, it reads the newest recording `WEMEET_USERID` made in the last day
//! on that account; it deletes it only when `WEMEET_DELETE_RECORDING=yes` says so, since a real recording deleted
//! is gone.
//!
//! ```text
//! cargo run --example recordings
//! RUST_LOG=trace cargo run --example recordings   # and log each call to stderr
//! ```

use std::error::Error;
use std::process::ExitCode;

use wemeet::Client;
use wemeet_examples::recordings::{self, Recording};
use wemeet_examples::{environment, logging, report, requests};
use wemeet_mock::{MockServer, RecordingContent};

/// The variable that lets the quickstart delete the recording it read on a real account.
const DELETE_VAR: &str = "WEMEET_DELETE_RECORDING";

#[tokio::main]
async fn main() -> ExitCode {
    logging::init_tracing();
    logging::exit_code(run().await)
}

async fn run() -> Result<(), Box<dyn Error>> {
    let userid = environment::userid();
    // Keep the mock (if any) alive until the end of the run.
    let (client, mock) = if environment::server_from_env() {
        (Client::from_env()?, None)
    } else {
        let mock = MockServer::start().await?;
        environment::announce_embedded_mock(mock.base_url());
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .build()?;
        (client, Some(mock))
    };

    let meeting_id = match &mock {
        Some(mock) => Some(recorded_meeting(&client, mock, &userid).await?),
        None => None,
    };
    let listed = client
        .list_records(&recordings::list_records(&userid, meeting_id.as_deref()))
        .await?;
    let Some(recording) = recordings::listed(&listed)? else {
        return Ok(());
    };
    let Recording {
        meeting_id,
        meeting_record_id,
        record_file_id,
    } = &recording;

    let transcript = client
        .get_record_transcript(&recordings::get_transcript(
            &userid,
            meeting_id,
            record_file_id,
        ))
        .await?;
    recordings::transcript(record_file_id, &transcript);
    let summary = client
        .get_smart_full_summary(&recordings::get_summary(&userid, record_file_id))
        .await?;
    recordings::summary(record_file_id, &summary)?;

    if mock.is_none() && std::env::var(DELETE_VAR).as_deref() != Ok("yes") {
        println!("{DELETE_VAR} is not yes: keeping recording {meeting_record_id} of this account");
        return Ok(());
    }
    client
        .delete_meeting_record(&recordings::delete_recording(
            &userid,
            meeting_id,
            meeting_record_id,
        ))
        .await?;
    recordings::deleted(&recording);
    Ok(())
}

/// A meeting created through `client`, which the embedded `mock` starts and ends with a recording of what two
/// people said: what a recorded meeting leaves behind.
async fn recorded_meeting(
    client: &Client,
    mock: &MockServer,
    userid: &str,
) -> Result<String, Box<dyn Error>> {
    let created = client
        .create_meeting(&requests::create_meeting(userid))
        .await?;
    let meeting_id = report::created(&created)?;
    if !mock.start_meeting(&meeting_id) {
        return Err(format!("the mock could not start meeting {meeting_id}").into());
    }
    let said = RecordingContent::new()
        .line(userid, "Welcome. Today we plan the next release.")
        .line("guest", "The release is ready for testing.");
    let file = mock
        .end_meeting_with_recording(&meeting_id, said)
        .ok_or_else(|| format!("the mock could not end meeting {meeting_id}"))?;
    println!(
        "meeting {meeting_id} ended and was recorded: file {}",
        file.record_file_id
    );
    Ok(meeting_id)
}
