//! The event callbacks (消息通知), sent as the service sends them.
//!
//! A behaviour emits events into its call's [`emitter`]; once the call has succeeded the pipeline hands them to
//! the [`outbox`], which starts a [`delivery`] of each to the subscription in force.
//!
//! - [`subscription`]: the public `Subscription` (URL, Token and key, speed-up) and why subscribing fails.
//! - [`url`]: the callback URL, checked; [`url_verification`]: the `GET` sent when subscribing.
//! - [`emitter`]: the events of one call, each in its envelope.
//! - [`outbox`]: the subscription in force and the events on their way to it.
//! - [`delivery`]: one event's signed `POST`s, retried on schedule; [`delivery_log`]: what became of each attempt.
//! - [`http_client`]: one callback request over HTTP/1.1, judged against the answer the service requires.
//! - [`pace`]: the documented retry delays and timeouts, sped up for tests; [`timestamp`]: the callbacks' clock.

pub(crate) mod delivery;
pub(crate) mod delivery_log;
pub(crate) mod emitter;
pub(crate) mod http_client;
pub(crate) mod outbox;
pub(crate) mod pace;
pub(crate) mod subscription;
pub(crate) mod timestamp;
pub(crate) mod url;
pub(crate) mod url_verification;
