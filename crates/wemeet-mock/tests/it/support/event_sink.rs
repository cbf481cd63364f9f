//! A receiver of the mock's event callbacks, as a subscriber runs one: `wemeet-webhook` behind a bare hyper server
//! on 127.0.0.1, answering the URL verification and acknowledging every event, keeping each event that verified.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http::Request;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use wemeet_webhook::{Event, Webhook};

/// Receives event callbacks as a subscriber does, keeping every event that verified.
pub(crate) struct EventSink {
    address: SocketAddr,
    events: Arc<Mutex<Vec<Event>>>,
}

impl EventSink {
    pub(crate) async fn start(webhook: Webhook) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let events = Arc::new(Mutex::new(Vec::new()));
        let webhook = Arc::new(webhook);
        let kept = Arc::clone(&events);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (webhook, kept) = (Arc::clone(&webhook), Arc::clone(&kept));
                let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                    let (webhook, kept) = (Arc::clone(&webhook), Arc::clone(&kept));
                    async move {
                        let (parts, body) = request.into_parts();
                        let body = body
                            .collect()
                            .await
                            .map(|body| body.to_bytes())
                            .unwrap_or_default();
                        let response = match webhook.receive(&Request::from_parts(parts, body)) {
                            Ok(received) => {
                                if let Some(event) = received.event() {
                                    kept.lock().expect("events").push(event.clone());
                                }
                                received.response()
                            }
                            Err(error) => error.response(),
                        };
                        Ok::<_, Infallible>(response.map(|body| Full::new(Bytes::from(body))))
                    }
                });
                tokio::spawn(
                    hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service),
                );
            }
        });
        EventSink { address, events }
    }

    pub(crate) fn url(&self) -> String {
        format!("http://{}/callback", self.address)
    }

    /// The events named `name` received so far, once there are at least `count` (waiting up to ten seconds).
    pub(crate) async fn wait_for(&self, name: &str, count: usize) -> Vec<Event> {
        for _ in 0..1000 {
            let found: Vec<Event> = self
                .events
                .lock()
                .expect("events")
                .iter()
                .filter(|event| event.name() == name)
                .cloned()
                .collect();
            if found.len() >= count {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("fewer than {count} {name} arrived");
    }
}
