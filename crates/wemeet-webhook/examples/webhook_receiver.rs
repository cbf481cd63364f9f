//! A receiver of Tencent Meeting event callbacks on axum: answers URL verifications, verifies and decodes
//! events, acknowledges them, handles each once and prints it.
//!
//! ```text
//! WEMEET_WEBHOOK_TOKEN=<Token> WEMEET_WEBHOOK_AES_KEY=<EncodingAESKey> \
//!     cargo run -p wemeet-webhook --example webhook_receiver
//! ```
//!
//! Without `WEMEET_WEBHOOK_TOKEN` it uses the docs' example Token (for trying it locally only); without
//! `WEMEET_WEBHOOK_AES_KEY` events are expected unencrypted. It listens on `WEMEET_WEBHOOK_ADDR`
//! (`127.0.0.1:2306` by default); make that URL reachable by the service and save it as the subscription's URL.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use wemeet_webhook::{Deduplicator, Event, Webhook};

/// Larger bodies are refused before they are read (events are a few KB).
const MAX_BODY_BYTES: usize = 1 << 20;

/// The docs' example Token: for trying the receiver locally, never for a real subscription.
const DEMO_TOKEN: &str = "bVPU6F8Htxl5XkAbp3jGV2xWp";

struct Receiver<F> {
    webhook: Webhook,
    seen: Deduplicator,
    on_event: F,
}

/// The receiver as an axum app: every path, `GET` and `POST`; `on_event` gets each event once.
pub fn app<F>(webhook: Webhook, on_event: F) -> Router
where
    F: Fn(Event) + Send + Sync + 'static,
{
    let receiver = Arc::new(Receiver {
        webhook,
        seen: Deduplicator::default(),
        on_event,
    });
    Router::new().fallback(receive::<F>).with_state(receiver)
}

async fn receive<F>(State(receiver): State<Arc<Receiver<F>>>, request: Request) -> Response
where
    F: Fn(Event) + Send + Sync + 'static,
{
    let (parts, body) = request.into_parts();
    let Ok(body) = to_bytes(body, MAX_BODY_BYTES).await else {
        return (http::StatusCode::PAYLOAD_TOO_LARGE, "body too large").into_response();
    };
    let request = http::Request::from_parts(parts, body);
    let response = match receiver.webhook.receive(&request) {
        Ok(received) => {
            if let Some(event) = received.event()
                && receiver.seen.first_delivery(event)
            {
                // Handle quickly or hand over: the service waits at most 5 seconds for the answer.
                (receiver.on_event)(event.clone());
            }
            received.response()
        }
        Err(error) => error.response(),
    };
    response.map(Body::from)
}

#[cfg_attr(test, allow(dead_code))]
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("WEMEET_WEBHOOK_TOKEN").ok();
    let key = std::env::var("WEMEET_WEBHOOK_AES_KEY").ok();
    let address =
        std::env::var("WEMEET_WEBHOOK_ADDR").unwrap_or_else(|_| "127.0.0.1:2306".to_owned());
    if token.is_none() {
        eprintln!(
            "WEMEET_WEBHOOK_TOKEN is not set: using the docs' example Token (local trials only)"
        );
    }
    let webhook = Webhook::from_settings(token.as_deref().unwrap_or(DEMO_TOKEN), key.as_deref())?;
    let app = app(webhook, |event| {
        println!(
            "{} (trace id {}): {}",
            event.name(),
            event.trace_id().unwrap_or("none"),
            serde_json::to_string(&event).unwrap_or_default()
        );
    });
    let listener = tokio::net::TcpListener::bind(&address).await?;
    eprintln!("receiving Tencent Meeting callbacks on http://{address}/ (Ctrl-C stops)");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
