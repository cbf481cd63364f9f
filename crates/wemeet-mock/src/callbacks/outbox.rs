//! The events on their way to the subscription: the subscription in force (set once its URL verification
//! passed), a delivery task per event ([`delivery`]), and the record of every attempt.

use std::sync::{Arc, Mutex, OnceLock};

use tokio::sync::watch;

use crate::callbacks::delivery::{self, VerifiedSubscription};
use crate::callbacks::delivery_log::{DeliveryLog, EventDelivery};
use crate::callbacks::emitter::OutgoingEvent;
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
    subscription: Mutex<Option<Arc<VerifiedSubscription>>>,
    log: Arc<Mutex<DeliveryLog>>,
    /// True once the server stops: every delivery task ends at its next step.
    closed: watch::Sender<bool>,
    /// The server's runtime, for events published from outside any runtime (the handle's participant methods
    /// called from blocking code).
    runtime: OnceLock<tokio::runtime::Handle>,
}

impl Default for Outbox {
    fn default() -> Self {
        Self {
            shared: Arc::new(Shared {
                subscription: Mutex::new(None),
                log: Arc::new(Mutex::new(DeliveryLog::default())),
                closed: watch::channel(false).0,
                runtime: OnceLock::new(),
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
        *lock(&self.shared.subscription) =
            Some(Arc::new(VerifiedSubscription { subscription, url }));
        Ok(())
    }

    /// Remembers the runtime the server runs on (the first one given), where events published from outside any
    /// runtime are delivered.
    pub(crate) fn bind_runtime(&self, runtime: tokio::runtime::Handle) {
        let _ = self.shared.runtime.set(runtime);
    }

    /// Sends no more events (deliveries under way go on).
    pub(crate) fn unsubscribe(&self) {
        *lock(&self.shared.subscription) = None;
    }

    /// Delivers `events` to the subscription, if there is one, each on its own task of the current runtime (the
    /// server's, for a call), else of the server's runtime (for the handle's methods called from blocking code): a
    /// slow or dead receiver never holds up a call.
    pub(crate) fn publish(&self, events: Vec<OutgoingEvent>) {
        if events.is_empty() {
            return;
        }
        let Some(active) = lock(&self.shared.subscription).clone() else {
            return;
        };
        let current = tokio::runtime::Handle::try_current().ok();
        let Some(runtime) = current.or_else(|| self.shared.runtime.get().cloned()) else {
            tracing::error!("wemeet-mock: no runtime to deliver events on; dropped");
            return;
        };
        for event in events {
            runtime.spawn(delivery::deliver(
                Arc::clone(&active),
                event,
                Arc::clone(&self.shared.log),
                self.shared.closed.subscribe(),
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
