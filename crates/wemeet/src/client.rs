//! The async client: one method per endpoint, all through [`Client::send`].

use std::sync::Arc;

use wemeet_core::{Call, Config, Error, FromConfig, Response, Step};
use wemeet_types::Endpoint;

use crate::ClientBuilder;
use crate::transport::Transport;
use tracing::Instrument;

/// An async Tencent Meeting client. Cheap to clone: clones share their connection pool.
#[derive(Debug, Clone)]
pub struct Client {
    config: Arc<Config>,
    transport: Transport,
}

impl FromConfig for Client {
    fn from_config(config: Config) -> Result<Self, Error> {
        Self::with_http_client(config, None)
    }
}

impl Client {
    /// The client for `config`, on the caller's own reqwest client when one is given.
    pub(crate) fn with_http_client(
        config: Config,
        http: Option<reqwest::Client>,
    ) -> Result<Self, Error> {
        let transport = Transport::new(&config, http)?;
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

    /// A client configured from the `WEMEET_*` environment variables; [`env`](crate::env) lists every one it
    /// reads (credentials or an OAuth 2.0 access token, and optionally the base URL). The error names the first
    /// missing variable.
    pub fn from_env() -> Result<Self, Error> {
        ClientBuilder::from_env()?.build()
    }

    /// The settled configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Calls any endpoint of the generated table ([`wemeet_types::ENDPOINTS`]); each endpoint also has a method of
    /// its own (`create_meeting`, ...), generated from the services' manifests.
    pub async fn send<E: Endpoint>(
        &self,
        path: &E::Path,
        request: &E::Request,
    ) -> Result<Response<E::Response>, Error> {
        self.drive(self.config.start::<E>(path, request)?).await
    }

    /// Calls a path the SDK does not model yet ([`RawRequest`](crate::RawRequest)): signed, authenticated, timed,
    /// retried by its method and decoded like every endpoint; the answer as `T` (`serde_json::Value` for any
    /// JSON).
    ///
    /// ```no_run
    /// # async fn example(client: &wemeet::Client) -> Result<(), wemeet::Error> {
    /// use wemeet::RawRequest;
    ///
    /// // The webinars family (网络研讨会) has no model yet: read one webinar as JSON.
    /// let request = RawRequest::get("/v1/webinars/7567173273889276131")
    ///     .query("operator_id", "tester")
    ///     .query("operator_id_type", &1u32);
    /// let webinar = client.raw::<serde_json::Value>(&request).await?;
    /// println!("{} (trace id {:?})", webinar["subject"], webinar.trace_id());
    /// # Ok(()) }
    /// ```
    pub async fn raw<T: serde::de::DeserializeOwned>(
        &self,
        request: &crate::RawRequest,
    ) -> Result<Response<T>, Error> {
        self.drive(self.config.start_raw::<T>(request)?).await
    }

    /// Makes the attempts of `call` until it is done, pausing between them as it says.
    async fn drive<R>(&self, mut call: Call<'_, R>) -> Result<Response<R>, Error> {
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
