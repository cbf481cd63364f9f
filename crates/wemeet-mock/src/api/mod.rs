//! The API as the service answers it: what one call goes through between the router and the reply.
//!
//! - [`pipeline`]: the path of every call, in order: read, record, authenticate, maybe fault, decode, validate,
//!   behave, answer.
//! - [`authenticate`]: signatures (through `wemeet-sign`) or the OAuth 2.0 [`access_tokens`] the handle issued.
//! - [`decode`]: a query string, JSON body or multipart [`form`] (or a body and a query together) into its model,
//!   held to the documented JSON types ([`wire_types`]), each field where the model sends it.
//! - [`behaviours`]: what each endpoint does on the [`store`], one file per endpoint under
//!   `behaviours/<service>/`; the events they cause are built by [`event_payloads`].
//! - [`store`]: the meetings, their backgrounds and live-stream addresses, bounded in bytes; beside them the
//!   enterprise users ([`users_store`]) and the recordings ([`recordings_store`]: their [`transcript`]s and the
//!   [`record_uploads`] under way), each kept in a [`bounded_map`]; [`attendance`]: who is in
//!   each meeting and its waiting room. The users service writes times as [`beijing_time`].
//! - [`fault`]: the faults injected through the handle, waiting to strike.
//! - [`ledger`]: the request log and the counters per endpoint.
//! - [`error`]: the documented error answer; [`ids`]: the ids the mock hands out; [`paging`]: a list cut into the
//!   pages the answers carry.

pub(crate) mod access_tokens;
pub(crate) mod attendance;
pub(crate) mod authenticate;
pub(crate) mod behaviours;
pub(crate) mod beijing_time;
pub(crate) mod bounded_map;
pub(crate) mod decode;
pub(crate) mod error;
pub(crate) mod event_payloads;
pub(crate) mod fault;
pub(crate) mod form;
pub(crate) mod ids;
pub(crate) mod ledger;
pub(crate) mod paging;
pub(crate) mod pipeline;
pub(crate) mod record_uploads;
pub(crate) mod recording_events;
pub(crate) mod recordings_store;
pub(crate) mod store;
pub(crate) mod transcript;
pub(crate) mod users_store;
pub(crate) mod wire_types;
