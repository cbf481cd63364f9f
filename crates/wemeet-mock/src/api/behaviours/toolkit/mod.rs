//! The behaviour of the extension-app service (应用工具箱: `POST /v1/app/toolkit`).

super::behaviours! {
    set_meeting_toolkit,
}
