//! A local Tencent Meeting (腾讯会议, "WeMeet") REST API server, for examples, tests and CI.
//!
//! `wemeet-mock` is to the WeMeet API what stripe-mock is to Stripe's: a real HTTP server on 127.0.0.1 that
//! authenticates requests exactly as the service does (through [`wemeet_sign::Verifier`]), keeps state in memory,
//! applies the service's rules and answers with the documented bodies and error codes. Point any client at
//! [`MockServer::base_url`], sign with [`MockServer::credentials`], and write integration tests that need no
//! network and no account.
//!
//! - Endpoints: every row of the generated endpoint table, [`wemeet_types::ENDPOINTS`], is served at its method
//!   and path, its request decoded in the form its clients send it (a query string on any method, a JSON body, a
//!   body with some fields in the query string, or a multipart upload, whose signature covers an empty body as
//!   the service's does). An endpoint with a behaviour keeps state and applies the service's rules beyond
//!   validation: the meetings service's create, get, update, cancel, lists (by cursor and by page), invitees,
//!   participants and waiting-room lists act on the meetings held; so do the in-meeting controls (mute, video,
//!   screen share, co-hosts, removal, names, waiting room, settings, transcription, document uploads, dismissal),
//!   the meeting rooms (listed, read, updated, booked, released, called), layouts (added, applied), guests,
//!   telephone call-outs and extension apps. Any other answers the first example of its response schema (an empty
//!   object or an empty body when it documents none).
//! - Participants ([`Participant`], [`ParticipantState`]): a test makes people join and leave a meeting
//!   ([`MockServer::join`], [`MockServer::leave`], [`MockServer::enter_waiting_room`], [`MockServer::admit`],
//!   [`MockServer::share_screen`]); the first to join starts it, the last to leave ends it, the participant lists
//!   show who came and went, the in-meeting controls act on who is there (the real-time list and
//!   [`MockServer::participants`] report role, microphone, camera and screen sharing), and the events
//!   (`meeting.started`, `meeting.participant-joined`, `-left`, `meeting.end`, ...) go to the subscription.
//!   [`MockServer::open_personal_meeting`] holds a meeting on a user's personal meeting ID, which list PMI meetings
//!   answers. Rooms answering a call are [`MockServer::answer_room_call`]; the meeting rooms start as
//!   [`MeetingRoom::demo_rooms`], and [`MockServer::add_meeting_room`] adds more.
//! - Errors: the documented body `{"error_info":{"error_code","new_error_code","message"}}`, HTTP 400 for
//!   request errors (including authentication: the docs give it no status of its own, so judge by the code) and
//!   500 for service errors; 404/405 for paths and methods the API does not have. Every answer carries a fresh
//!   `X-TC-Trace`.
//! - Faults ([`Fault`]): the next N calls answer with a chosen status and body, a malformed, truncated or
//!   oversized body, a delay before the headers or in the middle of the body, or a dropped connection.
//! - Event callbacks ([`Subscription`], [`MockServer::subscribe`]): the URL verification when subscribing (a
//!   receiver that fails it is the service's error 10002, [`SubscribeError`]), then the events the calls cause
//!   (`meeting.created` after a create, for one; each with the call's `X-TC-Trace` as its `trace_id`), signed
//!   and, with an EncodingAESKey, encrypted, retried on the service's schedule until acknowledged, on a clock tests
//!   can speed up. The service fetches each background image; the mock fetches nothing and reports an image as
//!   not fetched when its URL's host is under `.invalid` (RFC 2606: a name that never resolves), every other image
//!   as uploaded.
//! - Inspection: [`MockServer::requests`] (method, target, headers, exact body bytes, outcome),
//!   [`MockServer::ledger`] (counters per endpoint), [`MockServer::meetings`], [`MockServer::backgrounds`],
//!   [`MockServer::live_stream_addresses`], [`MockServer::deliveries`] (every attempt to deliver an event), and
//!   what the other services hold: [`MockServer::participants`], [`MockServer::in_meeting_controls`],
//!   [`MockServer::layouts`], [`MockServer::phone_calls`], [`MockServer::meeting_toolkit`],
//!   [`MockServer::meeting_rooms`], [`MockServer::booked_rooms`], [`MockServer::room_calls`],
//!   [`MockServer::users`], [`MockServer::recordings`].
//! - Users and recordings: enterprise users are created not activated, as the service creates them
//!   ([`MockServer::activate_user`] stands for the user accepting the invitation); a meeting's cloud recording
//!   appears when a test makes one ([`MockServer::add_recording`], [`MockServer::end_meeting_with_recording`],
//!   with what was said: [`RecordingContent`]), with `recording.completed` and `smart.transcripts`; its transcript
//!   and smart minutes are made from what was said. Part-by-part uploads are planned in parts of
//!   [`record_upload_block_size`](MockServerBuilder::record_upload_block_size) bytes and each part is checked for
//!   its order, size and MD5 ([`MockServer::record_upload_parts`] tells how far an upload got).
//! - Limits, so that a mock left running (in CI, on a shared machine) cannot be held by stalled or numerous
//!   clients ([`MockServerBuilder`], and flags of the binary): a request head must be complete within
//!   [`header_timeout`](MockServerBuilder::header_timeout) of its first byte; a connection that sends no
//!   request for [`idle_timeout`](MockServerBuilder::idle_timeout) is closed; a body not complete within
//!   [`body_timeout`](MockServerBuilder::body_timeout) of its head is refused with 190004 and its
//!   connection closed; at most [`max_connections`](MockServerBuilder::max_connections) connections are
//!   served at once: beyond, the connection idle the longest is closed for a newcomer, which otherwise waits. The
//!   request log, the meetings, the users and the recordings are bounded in bytes.
//! - The demo credentials ([`demo`]) are public: listening off loopback with them enabled logs a warning
//!   ([`MockServer::exposure_warning`]); [`MockServerBuilder::demo_credentials`]`(false)` turns them off.
//!
//! Start it from async code with [`MockServer::start`], or from blocking code with [`MockServer::start_blocking`]
//! (a background thread with its own runtime). The binary serves on a fixed address and prints the credentials:
//! `cargo run -p wemeet-mock -- --listen 127.0.0.1:8080` (`--help` lists the limits, `--no-demo-credentials` and
//! the flags, or `WEMEET_*` variables, of credentials to accept instead).
//!
//! It is a dev-dependency: neither client depends on it.
//!
//! Inside, one folder per concern (each `mod.rs` opens with a map of its folder): `server/` accepts and serves
//! connections within the limits, routes requests and writes replies; `api/` is what one call goes through
//! (authentication, decoding, faults, the endpoint's behaviour on the store, the ledger), with the behaviours in
//! `api/behaviours/<service>/<endpoint>.rs`; `callbacks/` sends the event callbacks (subscription, URL
//! verification, outbox, delivery, pace); `handle/` is what you hold ([`MockServerBuilder`], [`MockServer`]) and the
//! state it shares with the server.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! use http::StatusCode;
//! use wemeet_mock::{Fault, MockServer};
//! use wemeet_types::endpoints::CreateMeeting;
//!
//! let server = MockServer::start().await?;
//! // The next create answers 500 without being handled.
//! server.inject(Fault::error(StatusCode::INTERNAL_SERVER_ERROR, 500_000, "try again").on::<CreateMeeting>());
//! // ... run the client under test against server.base_url() with server.credentials() ...
//! assert!(server.meetings().is_empty());
//! # Ok(()) }
//! ```

mod api;
mod callbacks;
pub mod demo;
mod handle;
mod random;
pub mod sample;
mod server;

pub use api::error::{INTERNAL_ERROR, NO_SUCH_ENDPOINT};
pub use api::fault::{Fault, FaultKind};
pub use api::in_meeting_controls::InMeetingControls;
pub use api::layouts::{MeetingLayouts, StoredLayout};
pub use api::ledger::{EndpointStats, Ledger, Outcome, RecordedRequest};
pub use api::participants::{Participant, ParticipantState};
pub use api::phone_calls::PhoneCall;
pub use api::recordings_store::{RecordingContent, StoredRecordFile, StoredRecording};
pub use api::rooms::{MeetingRoom, RoomCall, RoomCallTarget};
pub use api::store::{MeetingState, StoredBackground, StoredMeeting};
pub use api::users_store::StoredUser;
pub use callbacks::delivery_log::{DeliveryOutcome, EventDelivery};
pub use callbacks::subscription::{SubscribeError, Subscription, VerificationFailure};
pub use handle::builder::MockServerBuilder;
pub use handle::mock_server::MockServer;
pub use server::limits::LimitError;
