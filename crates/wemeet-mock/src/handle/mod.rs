//! The handle on top: what a test, an example or the binary holds.
//!
//! - [`builder`]: `MockServerBuilder`, which configures a server and starts it, on the current runtime or on a
//!   thread of its own.
//! - [`mock_server`]: `MockServer`: its address and credentials, access tokens, faults, what it received and
//!   stored, stopping it.
//! - [`event_callbacks`]: its event-callback methods: subscribing and reading back the deliveries.
//! - [`participants`], [`rooms`], [`meeting_extras`]: its methods standing in for people (joining a meeting, a room
//!   answering a call) and reading back what the control, meeting-room, layout, telephone and extension-app services
//!   hold; [`acting`]: how such a method changes the state and sends the events it causes.
//! - [`users`]: its enterprise-user methods: the users held, activating one.
//! - [`recordings`]: its recording methods: a meeting's recording made, the recordings held, an upload's progress.
//! - [`state`]: `App`, everything a running server holds, shared by its connections and its handle.
//! - [`exposure`]: the warning for a server that anyone on the network can use.

pub(crate) mod acting;
pub(crate) mod builder;
pub(crate) mod event_callbacks;
pub(crate) mod exposure;
pub(crate) mod meeting_extras;
pub(crate) mod mock_server;
pub(crate) mod participants;
pub(crate) mod recordings;
pub(crate) mod rooms;
pub(crate) mod state;
pub(crate) mod users;
