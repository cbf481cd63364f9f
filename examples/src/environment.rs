//! What the environment tells the quickstarts: which server, which user, which background image.

use std::error::Error;

use wemeet_types::BackgroundImage;

/// The variable that points the examples at a real server; without it they start the embedded mock.
pub const BASE_URL_VAR: &str = wemeet::env::BASE_URL;
/// A local PNG file (1920×1080 or larger) to add as the meeting's background on a real server, for its MD5 and
/// size checks.
pub const BACKGROUND_PNG_VAR: &str = "WEMEET_BACKGROUND_PNG";
/// The https URL where that same PNG is hosted, for the service to fetch.
pub const BACKGROUND_URL_VAR: &str = "WEMEET_BACKGROUND_URL";

/// Whether the environment names a server (`WEMEET_BASE_URL`); the credentials then come from `WEMEET_*` too.
pub fn server_from_env() -> bool {
    std::env::var_os(BASE_URL_VAR).is_some_and(|value| !value.is_empty())
}

/// Says that the quickstart runs on the embedded mock at `base_url`, since the environment names no server.
pub fn announce_embedded_mock(base_url: &str) {
    println!(
        "{BASE_URL_VAR} is not set: using the embedded wemeet-mock at {base_url} with demo credentials"
    );
}

/// The user the calls act for: `WEMEET_USERID`, or a demo user.
pub fn userid() -> String {
    non_empty("WEMEET_USERID").unwrap_or_else(|| "demo-user".to_owned())
}

/// The background image to add on a real server, from `WEMEET_BACKGROUND_PNG` and `WEMEET_BACKGROUND_URL`;
/// `None`, with a line saying why, when they are not both set. The quickstarts' demo images are not hosted
/// anywhere, so a real server would refuse them.
///
/// # Errors
/// The file cannot be read, or it is not a PNG the service accepts, or the URL is not usable.
pub fn background_from_env() -> Result<Option<BackgroundImage>, Box<dyn Error>> {
    let (Some(path), Some(url)) = (non_empty(BACKGROUND_PNG_VAR), non_empty(BACKGROUND_URL_VAR))
    else {
        println!(
            "{BACKGROUND_PNG_VAR} and {BACKGROUND_URL_VAR} are not both set: skipping the background steps (set them \
             to a local PNG of 1920x1080 or more and the https URL where the same file is hosted)"
        );
        return Ok(None);
    };
    let bytes = std::fs::read(&path)
        .map_err(|error| format!("{BACKGROUND_PNG_VAR} {path:?} cannot be read: {error}"))?;
    Ok(Some(BackgroundImage::from_png(&bytes, url)?))
}

fn non_empty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}
