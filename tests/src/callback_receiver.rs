//! A receiver of event callbacks for the end-to-end tests: `wemeet-webhook`'s `Webhook::receive` behind a small
//! axum server on a runtime of its own, answering as a script says, and recording what arrived, what it handled
//! (once per event, through a `Deduplicator`) and the secrets it saw on the wire.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{self, StatusCode};
use axum::response::Response;
use wemeet_webhook::{Deduplicator, Event, Received, SIGNATURE_HEADER, Webhook};

use crate::background::Background;

/// How the receiver answers URL verifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerificationAnswer {
    /// HTTP 200 with exactly the decoded `check_str`.
    Correct,
    /// This status, with the decoded `check_str`.
    Status(u16),
    /// HTTP 200 with the decoded `check_str` and a newline.
    WithNewline,
    /// The correct answer after this long.
    After(Duration),
}

/// How the receiver answers one event delivery (the event is recorded and handled first either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventAnswer {
    /// HTTP 200 with exactly the success answer.
    Acknowledge,
    /// This status.
    Status(u16),
    /// HTTP 200 with this body instead of the success answer.
    Body(&'static str),
    /// The success answer after this long.
    After(Duration),
}

/// A running receiver; dropping it stops it.
pub struct CallbackReceiver {
    background: Background,
    state: Arc<ReceiverState>,
}

struct ReceiverState {
    webhook: Webhook,
    verification: Mutex<VerificationAnswer>,
    script: Mutex<VecDeque<EventAnswer>>,
    arrived: Mutex<Vec<Event>>,
    handled: Mutex<Vec<Event>>,
    refused: Mutex<Vec<String>>,
    wire_secrets: Mutex<Vec<String>>,
    seen: Deduplicator,
}

impl CallbackReceiver {
    /// A receiver with `webhook`'s settings that answers everything correctly.
    ///
    /// # Panics
    /// If no port or runtime can be had (a broken test machine).
    pub fn start(webhook: Webhook) -> CallbackReceiver {
        let state = Arc::new(ReceiverState {
            webhook,
            verification: Mutex::new(VerificationAnswer::Correct),
            script: Mutex::new(VecDeque::new()),
            arrived: Mutex::new(Vec::new()),
            handled: Mutex::new(Vec::new()),
            refused: Mutex::new(Vec::new()),
            wire_secrets: Mutex::new(Vec::new()),
            seen: Deduplicator::default(),
        });
        let app = Router::new()
            .fallback(receive)
            .with_state(Arc::clone(&state));
        let background = Background::serve(|listener| async move {
            let _ = axum::serve(listener, app).await;
        });
        CallbackReceiver { background, state }
    }

    /// The callback URL to subscribe.
    pub fn url(&self) -> String {
        format!("http://{}/wemeet/callback", self.background.address())
    }

    /// Answers URL verifications this way from now on.
    pub fn answer_verifications(&self, answer: VerificationAnswer) {
        *lock(&self.state.verification) = answer;
    }

    /// Answers the next event deliveries with `answers`, in order, then acknowledges again.
    pub fn script(&self, answers: impl IntoIterator<Item = EventAnswer>) {
        lock(&self.state.script).extend(answers);
    }

    /// Every event delivery that verified, in arrival order (a retried event arrives again).
    pub fn arrived(&self) -> Vec<Event> {
        lock(&self.state.arrived).clone()
    }

    /// The events handled: each at its first delivery only.
    pub fn handled(&self) -> Vec<Event> {
        lock(&self.state.handled).clone()
    }

    /// The messages of the requests `Webhook::receive` refused (a bad signature, say).
    pub fn refused(&self) -> Vec<String> {
        lock(&self.state.refused).clone()
    }

    /// What travelled on the wire and must be logged nowhere: the `signature` headers, the bodies and the
    /// verification answers (the decrypted challenges).
    pub fn wire_secrets(&self) -> Vec<String> {
        lock(&self.state.wire_secrets).clone()
    }

    /// The arrivals of `event` with `trace_id`, once there are at least `count`.
    ///
    /// # Panics
    /// If they do not arrive within `limit`.
    pub fn wait_for(
        &self,
        event: &str,
        trace_id: &str,
        count: usize,
        limit: Duration,
    ) -> Vec<Event> {
        let matching = || -> Vec<Event> {
            self.arrived()
                .into_iter()
                .filter(|arrived| arrived.name() == event && arrived.trace_id() == Some(trace_id))
                .collect()
        };
        assert!(
            eventually(limit, || matching().len() >= count),
            "{count} × {event} {trace_id} did not arrive within {limit:?}; arrived: {:?}; refused: {:?}",
            self.arrived()
                .iter()
                .map(|event| (event.name().to_owned(), event.trace_id().map(str::to_owned)))
                .collect::<Vec<_>>(),
            self.refused()
        );
        matching()
    }
}

/// Whether `condition` holds within `limit` (checked every 5 ms).
pub fn eventually(limit: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if condition() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

async fn receive(State(state): State<Arc<ReceiverState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 1 << 20).await.unwrap_or_default();
    let request = http::Request::from_parts(parts, body);
    {
        let mut secrets = lock(&state.wire_secrets);
        secrets.extend(
            request
                .headers()
                .get(SIGNATURE_HEADER)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned),
        );
        if !request.body().is_empty() {
            secrets.push(String::from_utf8_lossy(request.body()).into_owned());
        }
    }
    let received = match state.webhook.receive(&request) {
        Ok(received) => received,
        Err(error) => {
            lock(&state.refused).push(error.to_string());
            return error.response().map(Body::from);
        }
    };
    let response = received.response().map(Body::from);
    match received.event() {
        None => {
            if let Received::UrlVerification(answer) = &received {
                lock(&state.wire_secrets).push(String::from_utf8_lossy(answer).into_owned());
            }
            let answer = *lock(&state.verification);
            match answer {
                VerificationAnswer::Correct => response,
                VerificationAnswer::Status(status) => with_status(response, status),
                VerificationAnswer::WithNewline => {
                    let (parts, body) = response.into_parts();
                    let mut body = to_bytes(body, 1 << 20).await.unwrap_or_default().to_vec();
                    body.push(b'\n');
                    Response::from_parts(parts, Body::from(body))
                }
                VerificationAnswer::After(delay) => {
                    tokio::time::sleep(delay).await;
                    response
                }
            }
        }
        Some(event) => {
            lock(&state.arrived).push(event.clone());
            if state.seen.first_delivery(event) {
                lock(&state.handled).push(event.clone());
            }
            let answer = lock(&state.script)
                .pop_front()
                .unwrap_or(EventAnswer::Acknowledge);
            match answer {
                EventAnswer::Acknowledge => response,
                EventAnswer::Status(status) => with_status(response, status),
                EventAnswer::Body(body) => {
                    let (parts, _) = response.into_parts();
                    Response::from_parts(parts, Body::from(body))
                }
                EventAnswer::After(delay) => {
                    tokio::time::sleep(delay).await;
                    response
                }
            }
        }
    }
}

fn with_status(mut response: Response, status: u16) -> Response {
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
