//! The async client: one method per endpoint, all through [`Client::send`].

use std::sync::Arc;

use wemeet_core::{Config, Error, FromConfig, Step};
use wemeet_types::endpoints::{AddMeetingBackgrounds, CreateMeeting, SetLiveStreamAddress};
use wemeet_types::{
    AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest, AddMeetingBackgroundsResponse,
    CreateMeetingRequest, CreateMeetingResponse, Endpoint, SetLiveStreamAddressPath,
    SetLiveStreamAddressRequest,
};

use crate::transport::Transport;
use tracing::Instrument;

/// Builds a [`Client`]; see [`wemeet_core::ClientBuilder`] for every option.
pub type ClientBuilder = wemeet_core::ClientBuilder<Client>;

/// An async Tencent Meeting client. Cheap to clone: clones share their connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    config: Arc<Config>,
    transport: Transport,
}

impl FromConfig for Client {
    fn from_config(config: Config) -> Result<Self, Error> {
        let transport = Transport::new(&config)?;
        Ok(Client {
            config: Arc::new(config),
            transport,
        })
    }
}

impl Client {
    /// A builder: credentials, base URL, timeouts, retries, headers.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from `WEMEET_APP_ID`, `WEMEET_SDK_ID` (optional), `WEMEET_SECRET_ID`,
    /// `WEMEET_SECRET_KEY` and `WEMEET_BASE_URL` (optional); the error names the first missing variable.
    pub fn from_env() -> Result<Self, Error> {
        ClientBuilder::from_env()?.build()
    }

    /// The settled configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Creates (books) a meeting: `POST /v1/meetings`.
    ///
    /// Not idempotent: retried only when the request certainly never reached the server.
    pub async fn create_meeting(
        &self,
        request: &CreateMeetingRequest,
    ) -> Result<CreateMeetingResponse, Error> {
        self.send::<CreateMeeting>(&(), request).await
    }

    /// Adds backgrounds to a booked meeting: `POST /v1/meetings/{meeting_id}/backgrounds`.
    ///
    /// Not idempotent: retried only when the request certainly never reached the server.
    pub async fn add_meeting_backgrounds(
        &self,
        meeting_id: &str,
        request: &AddMeetingBackgroundsRequest,
    ) -> Result<AddMeetingBackgroundsResponse, Error> {
        self.send::<AddMeetingBackgrounds>(&AddMeetingBackgroundsPath::new(meeting_id), request)
            .await
    }

    /// Sets a meeting's live-stream push address:
    /// `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`. The server answers an empty body.
    ///
    /// Idempotent (a "set"): timeouts are retried too.
    pub async fn set_live_stream_address(
        &self,
        meeting_id: &str,
        request: &SetLiveStreamAddressRequest,
    ) -> Result<(), Error> {
        self.send::<SetLiveStreamAddress>(&SetLiveStreamAddressPath::new(meeting_id), request)
            .await
    }

    /// Calls any endpoint of the generated table ([`wemeet_types::ENDPOINTS`]).
    pub async fn send<E: Endpoint>(
        &self,
        path: &E::Path,
        request: &E::Request,
    ) -> Result<E::Response, Error> {
        let mut call = self.config.start::<E>(path, request)?;
        let span = call.span().clone();
        async move {
            loop {
                let attempt = call.next_attempt()?;
                let outcome = self.transport.execute(attempt).await;
                match call.complete(outcome) {
                    Step::Done(result) => return result,
                    Step::RetryAfter(pause) => tokio::time::sleep(pause).await,
                }
            }
        }
        .instrument(span)
        .await
    }
}
