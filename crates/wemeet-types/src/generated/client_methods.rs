// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! `endpoint_methods!`: one client method per endpoint of `schemas/endpoints.json`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Expands, inside the `impl` block of a client, to one method per endpoint of `schemas/endpoints.json`,
/// each a call of the client's `send::<E>(&self, path: &E::Path, request: &E::Request)`.
///
/// `endpoint_methods!(async, Error)` writes `async` methods that await `send`;
/// `endpoint_methods!(blocking, Error)` writes plain ones. `Error` is the client's error type.
#[doc(hidden)]
#[macro_export]
macro_rules! endpoint_methods {
    (async, $error:ty) => {
        $crate::endpoint_methods!(@ methods[async] [. await] $error);
    };
    (blocking, $error:ty) => {
        $crate::endpoint_methods!(@ methods[] [] $error);
    };
    (@ methods[$($async:tt)*] [$($await:tt)*] $error:ty) => {
        #[doc = " Create (schedule) a meeting (创建会议)."] #[doc = ""] #[doc =
        " `POST /v1/meetings`."] #[doc = ""] #[doc =
        " Not idempotent: retried only when the request certainly never reached the server."]
        pub $($async)* fn create_meeting(& self, request : &
        $crate::CreateMeetingRequest,) -> ::std::result::Result <
        $crate::CreateMeetingResponse, $error > { self.send:: < $crate::CreateMeeting >
        (& (), request) $($await)* } #[doc =
        " Add backgrounds to a scheduled meeting (添加会议背景)."] #[doc = ""]
        #[doc = " `POST /v1/meetings/{meeting_id}/backgrounds`."] #[doc = ""] #[doc =
        " Not idempotent: retried only when the request certainly never reached the server."]
        pub $($async)* fn add_meeting_backgrounds(& self, meeting_id : & str, request : &
        $crate::AddMeetingBackgroundsRequest,) -> ::std::result::Result <
        $crate::AddMeetingBackgroundsResponse, $error > { self.send:: <
        $crate::AddMeetingBackgrounds > (&
        $crate::AddMeetingBackgroundsPath::new(meeting_id), request) $($await)* } #[doc =
        " Set the live-stream push address of a meeting (设置直播推流地址)."]
        #[doc = ""] #[doc =
        " `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`. The service answers an empty body: success is `Ok(())`."]
        #[doc = ""] #[doc =
        " Idempotent: retried after connection failures, timeouts and gateway errors."]
        pub $($async)* fn set_live_stream_address(& self, meeting_id : & str, request : &
        $crate::SetLiveStreamAddressRequest,) -> ::std::result::Result < (), $error > {
        self.send:: < $crate::SetLiveStreamAddress > (&
        $crate::SetLiveStreamAddressPath::new(meeting_id), request) $($await)* }
    };
}
