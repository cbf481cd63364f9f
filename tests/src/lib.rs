//! Cross-crate end-to-end tests of wemeet-rs: both clients against `wemeet-mock` and against a scripted server.
//!
//! This library holds the test harness; the tests are in `tests/tests/`.

pub mod background;
pub mod callback_receiver;
pub mod captured_logs;
pub mod clients;
pub mod load;
pub mod recording_proxy;
pub mod refusing;
pub mod sample;
pub mod scripted;
pub mod tls_server;

pub use callback_receiver::{CallbackReceiver, EventAnswer, VerificationAnswer, eventually};
pub use captured_logs::capture_everything;
pub use clients::{AnyClient, Configure, FLAVORS, Flavor, Proxy, Setup};
pub use recording_proxy::{Proxied, RecordingProxy};
pub use refusing::refusing_base_url;
pub use sample::{Sample, call, prepare};
pub use scripted::{Recorded, Reply, ScriptedServer, scripted_credentials};
pub use tls_server::{PlainHttpServer, TestCa, TlsFront};
pub use wemeet_testkit::{hex_dumped_bytes, with_hex_dumps_decoded};

/// The docs' first example of the root type of an embedded schema (`wemeet_types::schemas::*`).
///
/// # Panics
/// When the schema has no example: a test asking for one relies on it.
pub fn doc_example(schema: &str) -> serde_json::Value {
    wemeet_mock::sample::examples(schema)
        .into_iter()
        .next()
        .expect("the schema holds the docs' example")
}
