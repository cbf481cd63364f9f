//! The API as the service answers it: what one call goes through between the router and the reply.
//!
//! - [`pipeline`]: the path of every call, in order: read, record, authenticate, maybe fault, decode, validate,
//!   behave, answer.
//! - [`authenticate`]: signatures (through `wemeet-sign`) or the OAuth 2.0 [`access_tokens`] the handle issued.
//! - [`decode`]: a query string, JSON body or multipart [`form`] (or a body and a query together) into its model,
//!   held to the documented JSON types ([`wire_types`]), each field where the model sends it.
//! - [`behaviours`]: what each endpoint does on the [`store`], one file per endpoint under
//!   `behaviours/<service>/`; the events they cause are built by [`event_payloads`].
//! - [`store`]: the meetings, their backgrounds and live-stream addresses, bounded in bytes, with what the other
//!   services hold about each ([`meeting_extras`]: [`participants`], [`in_meeting_controls`], [`layouts`],
//!   [`phone_calls`]) and the meeting [`rooms`]; the events of participants, controls, rooms and call-outs are built
//!   by [`control_events`].
//!   Beside them the enterprise users ([`users_store`]) and the recordings ([`recordings_store`]: their
//!   [`transcript`]s and the [`record_uploads`] under way, their events built by [`recording_events`]), each kept in
//!   a [`bounded_map`].
//! - [`local_time`]: times as the service writes them (the meeting-room pages, the users service).
//! - [`fault`]: the faults injected through the handle, waiting to strike.
//! - [`ledger`]: the request log and the counters per endpoint.
//! - [`error`]: the documented error answer; [`ids`]: the ids the mock hands out; [`paging`]: a list cut into the
//!   pages the answers carry.

pub(crate) mod access_tokens;
pub(crate) mod authenticate;
pub(crate) mod behaviours;
pub(crate) mod bounded_map;
pub(crate) mod control_events;
pub(crate) mod decode;
pub(crate) mod error;
pub(crate) mod event_payloads;
pub(crate) mod fault;
pub(crate) mod form;
pub(crate) mod ids;
pub(crate) mod in_meeting_controls;
pub(crate) mod layouts;
pub(crate) mod ledger;
pub(crate) mod local_time;
pub(crate) mod meeting_extras;
pub(crate) mod paging;
pub(crate) mod participants;
pub(crate) mod phone_calls;
pub(crate) mod pipeline;
pub(crate) mod record_uploads;
pub(crate) mod recording_events;
pub(crate) mod recordings_store;
pub(crate) mod rooms;
pub(crate) mod store;
pub(crate) mod transcript;
pub(crate) mod users_store;
pub(crate) mod wire_types;
