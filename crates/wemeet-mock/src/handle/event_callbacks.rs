//! The handle's side of event callbacks: subscribing, and reading back what was delivered.

use crate::callbacks::delivery_log::EventDelivery;
use crate::callbacks::subscription::{SubscribeError, Subscription, VerificationFailure};
use crate::handle::mock_server::MockServer;

impl MockServer {
    /// Subscribes to the events of every later call, as saving a subscription (消息通知) in the console does.
    ///
    /// The URL must be an absolute `http://` URL (the mock has no TLS client). The mock first sends the URL
    /// verification: a `GET` with the `check_str` of a fresh random challenge and the signed `timestamp`,
    /// `nonce` and `signature` headers, which the receiver must answer with HTTP 200 and exactly the challenge
    /// within [`URL_VERIFICATION_TIMEOUT`](wemeet_webhook::URL_VERIFICATION_TIMEOUT). Then each event (see
    /// [`Subscription`]) is `POST`ed, signed and (with an EncodingAESKey) encrypted, until the receiver answers
    /// HTTP 200 with exactly [`SUCCESS_RESPONSE`](wemeet_webhook::SUCCESS_RESPONSE), retrying after each of the
    /// [`RETRY_DELAYS`](wemeet_webhook::RETRY_DELAYS). Deliveries run on the server's runtime, never hold up a
    /// call, and stop when the server stops. A new subscription replaces the previous one.
    ///
    /// # Errors
    /// [`SubscribeError::UnsupportedScheme`] or [`SubscribeError::InvalidUrl`] for a URL the mock cannot call
    /// (nothing is sent); [`SubscribeError::VerificationFailed`] (the service's error 10002) when the receiver
    /// refuses the verification, answers something else than the challenge, answers too late, or cannot be
    /// reached. Nothing is subscribed then.
    pub async fn subscribe(&self, subscription: Subscription) -> Result<(), SubscribeError> {
        self.app.outbox.subscribe(subscription).await
    }

    /// [`subscribe`](Self::subscribe) from blocking code: the URL verification runs on a thread of its own.
    ///
    /// # Errors
    /// As [`subscribe`](Self::subscribe).
    pub fn subscribe_blocking(&self, subscription: Subscription) -> Result<(), SubscribeError> {
        let outbox = self.app.outbox.clone();
        let unreachable = |reason: String| SubscribeError::VerificationFailed {
            failure: VerificationFailure::Unreachable { reason },
        };
        // A thread of its own, so that this works even when called on a runtime's thread.
        std::thread::scope(|scope| {
            scope
                .spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .map_err(|error| {
                            unreachable(format!("no runtime for the verification: {error}"))
                        })?;
                    runtime.block_on(outbox.subscribe(subscription))
                })
                .join()
                .unwrap_or_else(|_| Err(unreachable("the verification thread panicked".to_owned())))
        })
    }

    /// Sends no more events (deliveries and retries under way go on).
    pub fn unsubscribe(&self) {
        self.app.outbox.unsubscribe();
    }

    /// Every attempt to deliver an event, oldest first (the most recent ones, up to the log's capacity): the
    /// event, its trace id, the attempt number and how the receiver answered.
    pub fn deliveries(&self) -> Vec<EventDelivery> {
        self.app.outbox.deliveries()
    }
}
