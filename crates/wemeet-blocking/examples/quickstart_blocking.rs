//! Creates a meeting, adds two backgrounds to it and sets its live-stream push address, with the blocking client.
//!
//! With `WEMEET_BASE_URL` and the credentials (`WEMEET_APP_ID`, `WEMEET_SECRET_ID`, `WEMEET_SECRET_KEY`,
//! optionally `WEMEET_SDK_ID` and `WEMEET_USERID`) set, it calls that server; otherwise it starts the embedded
//! `wemeet-mock` with demo credentials.
//!
//! ```text
//! cargo run --example quickstart_blocking
//! RUST_LOG=trace cargo run --example quickstart_blocking   # and log each call to stderr
//! ```

#[path = "../../wemeet/examples/common/mod.rs"]
mod common;

use std::error::Error;
use std::process::ExitCode;

use wemeet_blocking::Client;
use wemeet_mock::MockServer;

fn main() -> ExitCode {
    common::init_tracing();
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    // Keep the mock (if any) alive until the end of the run.
    let (client, _mock) = if common::server_from_env() {
        (Client::from_env()?, None)
    } else {
        let mock = MockServer::start_blocking()?;
        println!(
            "{} is not set: using the embedded wemeet-mock at {} with demo credentials",
            common::BASE_URL_VAR,
            mock.base_url()
        );
        let client = Client::builder()
            .base_url(mock.base_url())
            .credentials(mock.credentials())
            .build()?;
        (client, Some(mock))
    };
    let userid = common::userid();

    let created = client.create_meeting(&common::create_meeting(&userid))?;
    let meeting_id = common::meeting_id(&created)?;

    let backgrounds =
        client.add_meeting_backgrounds(&meeting_id, &common::add_backgrounds(&userid))?;
    common::report_backgrounds(&backgrounds);

    client.set_live_stream_address(&meeting_id, &common::set_live_stream(&userid))?;
    println!("set the live-stream push address of meeting {meeting_id}");
    Ok(())
}
