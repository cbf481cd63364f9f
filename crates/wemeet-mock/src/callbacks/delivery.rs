//! Delivering one event: a signed (and, with an EncodingAESKey, encrypted) `POST` to the subscription's URL,
//! retried on the subscription's schedule ([`Pace`](crate::callbacks::pace::Pace)) until the receiver acknowledges
//! it, every attempt recorded.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::watch;
use wemeet_webhook::SUCCESS_RESPONSE;

use crate::callbacks::delivery_log::{DeliveryLog, DeliveryOutcome, EventDelivery};
use crate::callbacks::emitter::OutgoingEvent;
use crate::callbacks::http_client::{self, Answer};
use crate::callbacks::subscription::Subscription;
use crate::callbacks::url::CallbackUrl;
use crate::handle::state::lock;

/// A subscription whose URL verification passed: where deliveries go.
#[derive(Debug)]
pub(crate) struct VerifiedSubscription {
    pub(crate) subscription: Subscription,
    pub(crate) url: CallbackUrl,
}

/// Delivers `event` to `active`, then retries after each of the subscription's retry delays until the receiver
/// acknowledges it; records every attempt in `log`. Ends early once `closed` turns true (the server stops).
pub(crate) async fn deliver(
    active: Arc<VerifiedSubscription>,
    event: OutgoingEvent,
    log: Arc<Mutex<DeliveryLog>>,
    mut closed: watch::Receiver<bool>,
) {
    let pace = active.subscription.pace();
    let waits = std::iter::once(Duration::ZERO).chain(pace.retry_delays());
    for (attempt, wait) in (1..).zip(waits) {
        tokio::select! {
            biased;
            () = stopped(&mut closed) => return,
            () = tokio::time::sleep(wait) => {}
        }
        let started = Instant::now();
        let outcome = tokio::select! {
            biased;
            () = stopped(&mut closed) => return,
            outcome = attempt_once(&active, &event) => outcome,
        };
        // Names, ids and outcomes only: never the body, the headers or the subscription's secrets.
        tracing::debug!(
            event = event.name,
            trace_id = event.trace_id.as_str(),
            attempt,
            ?outcome,
            "wemeet-mock: event delivery attempted"
        );
        let acknowledged = outcome == DeliveryOutcome::Acknowledged;
        lock(&log).record(EventDelivery {
            event: event.name,
            trace_id: event.trace_id.clone(),
            attempt,
            started,
            outcome,
        });
        if acknowledged {
            return;
        }
    }
    tracing::warn!(
        event = event.name,
        trace_id = event.trace_id.as_str(),
        "wemeet-mock: event not acknowledged after the last retry; given up"
    );
}

/// One signed (and, with a key, encrypted) `POST` of the event, freshly stamped.
async fn attempt_once(active: &VerifiedSubscription, event: &OutgoingEvent) -> DeliveryOutcome {
    let (timestamp, nonce) = http_client::stamp();
    let delivery = active
        .subscription
        .webhook()
        .delivery(&event.json, timestamp, nonce);
    let request = match delivery.to_request(&active.url.target) {
        Ok(request) => request,
        Err(error) => {
            return DeliveryOutcome::Unreachable {
                reason: format!("no request could be made for the URL: {error}"),
            };
        }
    };
    let timeout = active.subscription.pace().answer_timeout();
    match http_client::send(&active.url, request, SUCCESS_RESPONSE.as_bytes(), timeout).await {
        Answer::Expected => DeliveryOutcome::Acknowledged,
        Answer::Status(status) => DeliveryOutcome::Status(status),
        Answer::WrongBody => DeliveryOutcome::WrongBody,
        Answer::Timeout => DeliveryOutcome::Timeout,
        Answer::Unreachable(reason) => DeliveryOutcome::Unreachable { reason },
    }
}

/// Resolves once the server stops (or the outbox is gone).
async fn stopped(closed: &mut watch::Receiver<bool>) {
    let _ = closed.wait_for(|closed| *closed).await;
}
