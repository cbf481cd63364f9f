//! The quickstarts' event step: a local receiver of event callbacks, and waiting for the upload result of the
//! add-backgrounds call (`meeting.medium-uploaded`, matched by the call's trace id).
//!
//! The receiver is `wemeet-webhook`'s `Webhook::receive` in an axum handler, on a thread with its own runtime,
//! so the blocking quickstart needs no async code of its own.

use std::error::Error;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use wemeet_mock::{Subscription, demo};
use wemeet_webhook::{Deduplicator, Event, EventPayload, MeetingMediumUploadedPayload, Webhook};

/// The Token of the subscription whose events the quickstart receives from a real server.
const TOKEN_VAR: &str = "WEMEET_WEBHOOK_TOKEN";
/// Its EncodingAESKey, when the subscription has one.
const AES_KEY_VAR: &str = "WEMEET_WEBHOOK_AES_KEY";
/// The address to receive on, which the URL saved in the console must reach.
const LISTEN_VAR: &str = "WEMEET_WEBHOOK_LISTEN";
/// Where to receive when `WEMEET_WEBHOOK_LISTEN` is not set (the port of the docs' sample receivers).
const DEFAULT_LISTEN: &str = "0.0.0.0:2306";
/// How long the quickstart waits for the upload result.
pub const UPLOAD_RESULT_WAIT: Duration = Duration::from_secs(5);
/// Larger callback bodies are refused before they are read (events are a few KB).
const MAX_BODY_BYTES: usize = 1 << 20;

/// A receiver of event callbacks on its own thread; it stops when dropped.
pub struct EventReceiver {
    address: SocketAddr,
    webhook: Webhook,
    events: Receiver<Event>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl EventReceiver {
    /// A receiver for the embedded mock: the mock's demo subscription settings, on a free port of 127.0.0.1.
    pub fn for_embedded_mock() -> Result<Self, Box<dyn Error>> {
        let webhook = Webhook::from_settings(demo::WEBHOOK_TOKEN, Some(demo::WEBHOOK_AES_KEY))?;
        Self::start(webhook, SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// A receiver for a real server, from `WEMEET_WEBHOOK_TOKEN`, `WEMEET_WEBHOOK_AES_KEY` and
    /// `WEMEET_WEBHOOK_LISTEN`; `None`, with a line saying why, when no Token is given.
    pub fn from_env() -> Result<Option<Self>, Box<dyn Error>> {
        let Some(token) = std::env::var(TOKEN_VAR)
            .ok()
            .filter(|token| !token.is_empty())
        else {
            println!(
                "{TOKEN_VAR} is not set: not waiting for the upload result (meeting.medium-uploaded); set it, and \
                 {AES_KEY_VAR} and {LISTEN_VAR}, to receive the events of the subscription saved in the console"
            );
            return Ok(None);
        };
        let key = std::env::var(AES_KEY_VAR)
            .ok()
            .filter(|key| !key.is_empty());
        let webhook = Webhook::from_settings(&token, key.as_deref())?;
        let listen = std::env::var(LISTEN_VAR).unwrap_or_else(|_| DEFAULT_LISTEN.to_owned());
        let listen = listen.parse().map_err(|error| {
            format!("{LISTEN_VAR} {listen:?} is not an address and port: {error}")
        })?;
        let receiver = Self::start(webhook, listen)?;
        println!(
            "receiving event callbacks on {} (the subscription's URL must reach it)",
            receiver.url()
        );
        Ok(Some(receiver))
    }

    fn start(webhook: Webhook, listen: SocketAddr) -> Result<Self, Box<dyn Error>> {
        let listener = std::net::TcpListener::bind(listen)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        let (sender, events) = channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let app = app(webhook.clone(), sender);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("event-receiver".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let stopped = async {
                        let _ = stopped.await;
                    };
                    let _ = axum::serve(listener, app)
                        .with_graceful_shutdown(stopped)
                        .await;
                });
            })?;
        Ok(Self {
            address,
            webhook,
            events,
            _stop: stop,
        })
    }

    /// The callback URL.
    pub fn url(&self) -> String {
        format!("http://{}/wemeet/events", self.address)
    }

    /// The subscription of the embedded mock that delivers to this receiver.
    pub fn subscription(&self) -> Subscription {
        Subscription::new(self.url(), self.webhook.clone())
    }

    /// Waits (at most [`UPLOAD_RESULT_WAIT`]) for the upload result of the call answered with `trace_id`, and
    /// prints it in one line.
    pub fn report_upload_result(&self, trace_id: Option<&str>) {
        let Some(trace_id) = trace_id else {
            println!(
                "the add-backgrounds answer carried no X-TC-Trace: its upload result cannot be matched"
            );
            return;
        };
        match self.wait_for(MeetingMediumUploadedPayload::EVENT, trace_id) {
            Some(Event::MeetingMediumUploaded(uploaded)) => {
                for item in uploaded.payload() {
                    let results = item.upload_info.as_deref().unwrap_or_default();
                    let failed: Vec<&str> = results
                        .iter()
                        .filter(|result| result.upload_status != Some(true))
                        .map(|result| result.error_msg.as_deref().unwrap_or("no reason given"))
                        .collect();
                    if item.event_upload_status == Some(true) {
                        println!(
                            "upload result (meeting.medium-uploaded, trace id {trace_id}): all {} images uploaded",
                            results.len()
                        );
                    } else {
                        println!(
                            "upload result (meeting.medium-uploaded, trace id {trace_id}): {} of {} images failed, \
                             upload them all again: {}",
                            failed.len(),
                            results.len(),
                            failed.join("; ")
                        );
                    }
                }
            }
            _ => println!(
                "no upload result (meeting.medium-uploaded) for trace id {trace_id} within {UPLOAD_RESULT_WAIT:?}"
            ),
        }
    }

    /// The first event named `name` with `trace_id` that arrives within [`UPLOAD_RESULT_WAIT`].
    fn wait_for(&self, name: &str, trace_id: &str) -> Option<Event> {
        let deadline = Instant::now() + UPLOAD_RESULT_WAIT;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let event = self.events.recv_timeout(left).ok()?;
            if event.name() == name && event.trace_id() == Some(trace_id) {
                return Some(event);
            }
        }
    }
}

/// What the receiver shares with its handler.
struct Handler {
    webhook: Webhook,
    seen: Deduplicator,
    events: Sender<Event>,
}

/// Every path, `GET` (URL verification) and `POST` (events): each event is passed on once.
fn app(webhook: Webhook, events: Sender<Event>) -> Router {
    let handler = Arc::new(Handler {
        webhook,
        seen: Deduplicator::default(),
        events,
    });
    Router::new().fallback(receive).with_state(handler)
}

async fn receive(State(handler): State<Arc<Handler>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(body) = to_bytes(body, MAX_BODY_BYTES).await else {
        return (http::StatusCode::PAYLOAD_TOO_LARGE, "body too large").into_response();
    };
    match handler
        .webhook
        .receive(&http::Request::from_parts(parts, body))
    {
        Ok(received) => {
            if let Some(event) = received.event()
                && handler.seen.first_delivery(event)
            {
                // The quickstart may have stopped listening: the event is acknowledged all the same.
                let _ = handler.events.send(event.clone());
            }
            received.response().map(Body::from)
        }
        Err(error) => error.response().map(Body::from),
    }
}
