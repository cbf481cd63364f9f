//! The events on their way to the subscription: the subscription in force, a task per event that delivers it
//! and retries on the documented schedule, and the record of every attempt.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::watch;
use wemeet_webhook::SUCCESS_RESPONSE;

use crate::callbacks::delivery_log::{DeliveryLog, DeliveryOutcome, EventDelivery};
use crate::callbacks::emitter::OutgoingEvent;
use crate::callbacks::http_client::{self, Answer};
use crate::callbacks::subscription::{SubscribeError, Subscription};
use crate::callbacks::url::CallbackUrl;
use crate::callbacks::url_verification;
use crate::handle::state::lock;

/// Where events go and what became of them; clones share everything.
#[derive(Debug, Clone)]
pub(crate) struct Outbox {
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    subscription: Mutex<Option<Arc<Active>>>,
    log: Mutex<DeliveryLog>,
    /// True once the server stops: every delivery task ends at its next step.
    closed: watch::Sender<bool>,
}

/// A subscription whose URL verification passed.
#[derive(Debug)]
struct Active {
    subscription: Subscription,
    url: CallbackUrl,
}

impl Default for Outbox {
    fn default() -> Self {
        Self {
            shared: Arc::new(Shared {
                subscription: Mutex::new(None),
                log: Mutex::new(DeliveryLog::default()),
                closed: watch::channel(false).0,
            }),
        }
    }
}

impl Outbox {
    /// Checks the URL, runs the URL verification and, if it passes, sends the events of later calls to
    /// `subscription` (replacing any earlier subscription; deliveries under way keep their receiver).
    pub(crate) async fn subscribe(&self, subscription: Subscription) -> Result<(), SubscribeError> {
        let url = CallbackUrl::parse(subscription.url())?;
        url_verification::verify(&subscription, &url).await?;
        tracing::info!(
            url = subscription.url(),
            encrypted = subscription.webhook().is_encrypted(),
            speed_up = subscription.speed_up_factor(),
            "wemeet-mock: events subscribed"
        );
        *lock(&self.shared.subscription) = Some(Arc::new(Active { subscription, url }));
        Ok(())
    }

    /// Sends no more events (deliveries under way go on).
    pub(crate) fn unsubscribe(&self) {
        *lock(&self.shared.subscription) = None;
    }

    /// Delivers `events` to the subscription, if there is one, each on its own task of the current runtime (the
    /// server's): a slow or dead receiver never holds up a call.
    pub(crate) fn publish(&self, events: Vec<OutgoingEvent>) {
        if events.is_empty() {
            return;
        }
        let Some(active) = lock(&self.shared.subscription).clone() else {
            return;
        };
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::error!("wemeet-mock: no runtime to deliver events on; dropped");
            return;
        };
        for event in events {
            runtime.spawn(deliver(
                Arc::clone(&self.shared),
                Arc::clone(&active),
                event,
            ));
        }
    }

    /// Every delivery attempt recorded, oldest first.
    pub(crate) fn deliveries(&self) -> Vec<EventDelivery> {
        lock(&self.shared.log).attempts()
    }

    /// Forgets the recorded attempts.
    pub(crate) fn clear(&self) {
        lock(&self.shared.log).clear();
    }

    /// Ends every delivery and retry under way: the server is stopping.
    pub(crate) fn close(&self) {
        self.shared.closed.send_replace(true);
    }
}

/// Delivers `event`, then retries after each of the subscription's retry delays until the receiver
/// acknowledges it; records every attempt. Ends early when the outbox closes.
async fn deliver(shared: Arc<Shared>, active: Arc<Active>, event: OutgoingEvent) {
    let mut closed = shared.closed.subscribe();
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
        lock(&shared.log).record(EventDelivery {
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
async fn attempt_once(active: &Active, event: &OutgoingEvent) -> DeliveryOutcome {
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

/// Resolves once the outbox is closed (or gone).
async fn stopped(closed: &mut watch::Receiver<bool>) {
    let _ = closed.wait_for(|closed| *closed).await;
}
