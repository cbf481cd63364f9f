//! Both clients behind one interface, so that every end-to-end test runs against each of them unchanged.

use std::fmt;
use std::io::Cursor;
use std::time::Duration;

use wemeet::{Error, RawRequest, Response};
use wemeet_core::{
    AccessToken, ClientBuilder, Credentials, Progress, RecordingUpload, RecordingUploadStopped,
    RetryPolicy, RootCertificate, Timeouts,
};
use wemeet_types::records::{PrepareRecordUploadRequest, RecordUploadJobResponse};
use wemeet_types::{Endpoint, Paged};

/// Which client a test drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// `wemeet` (reqwest, driven here by a current-thread tokio runtime).
    Async,
    /// `wemeet-blocking` (ureq).
    Blocking,
}

impl fmt::Display for Flavor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Flavor::Async => "async",
            Flavor::Blocking => "blocking",
        })
    }
}

/// Both flavors, for `for flavor in FLAVORS { ... }`.
pub const FLAVORS: [Flavor; 2] = [Flavor::Async, Flavor::Blocking];

/// A client of either flavor with blocking methods.
pub enum AnyClient {
    /// The async client and the runtime that drives it.
    Async(wemeet::Client, tokio::runtime::Runtime),
    /// The blocking client.
    Blocking(wemeet_blocking::Client),
}

impl AnyClient {
    /// Builds a client of `flavor`; `configure` sets the builder's options (it is called with the builder of
    /// the flavor's client type).
    pub fn build(flavor: Flavor, configure: impl Configure) -> Result<AnyClient, Error> {
        Ok(match flavor {
            Flavor::Async => {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                // Each client's own builder, from the generic one the options were set on.
                let builder = wemeet::ClientBuilder::from(configure.apply(ClientBuilder::new()));
                let client = runtime.block_on(async { builder.build() })?;
                AnyClient::Async(client, runtime)
            }
            Flavor::Blocking => AnyClient::Blocking(
                wemeet_blocking::ClientBuilder::from(configure.apply(ClientBuilder::new()))
                    .build()?,
            ),
        })
    }

    /// Which client this is.
    pub fn flavor(&self) -> Flavor {
        match self {
            AnyClient::Async(..) => Flavor::Async,
            AnyClient::Blocking(_) => Flavor::Blocking,
        }
    }

    /// `send::<E>` of the underlying client: a call of any endpoint of the table.
    pub fn send<E: Endpoint>(
        &self,
        path: &E::Path,
        request: &E::Request,
    ) -> Result<Response<E::Response>, Error> {
        match self {
            AnyClient::Async(client, runtime) => runtime.block_on(client.send::<E>(path, request)),
            AnyClient::Blocking(client) => client.send::<E>(path, request),
        }
    }

    /// `raw::<T>` of the underlying client: a signed call of a path the SDK does not model.
    pub fn raw<T: serde::de::DeserializeOwned>(
        &self,
        request: &RawRequest,
    ) -> Result<Response<T>, Error> {
        match self {
            AnyClient::Async(client, runtime) => runtime.block_on(client.raw::<T>(request)),
            AnyClient::Blocking(client) => client.raw::<T>(request),
        }
    }

    /// Every page of the paged endpoint `E` from `request`'s page on, through the client's own page walker (the
    /// async `Pages` stream, the blocking iterator), until it ends; `before_page(n)` runs before page `n` (from 0)
    /// is asked for, so that a test can act on the server between two pages.
    pub fn pages<E: Paged>(
        &self,
        path: &E::Path,
        request: &E::Request,
        mut before_page: impl FnMut(usize),
    ) -> Vec<Result<Response<E::Response>, Error>> {
        let mut pages = Vec::new();
        match self {
            AnyClient::Async(client, runtime) => {
                let mut walker = client.pages::<E>(path, request);
                loop {
                    before_page(pages.len());
                    match runtime.block_on(walker.next_page()) {
                        Some(page) => pages.push(page),
                        None => break,
                    }
                }
            }
            AnyClient::Blocking(client) => {
                let mut walker = client.pages::<E>(path, request);
                loop {
                    before_page(pages.len());
                    match walker.next() {
                        Some(page) => pages.push(page),
                        None => break,
                    }
                }
            }
        }
        pages
    }

    /// Every item of every page of `E`, through the client's own item walker.
    pub fn items<E: Paged>(
        &self,
        path: &E::Path,
        request: &E::Request,
    ) -> Vec<Result<E::Item, Error>> {
        match self {
            AnyClient::Async(client, runtime) => {
                let mut items = client.pages::<E>(path, request).items();
                let mut all = Vec::new();
                while let Some(item) = runtime.block_on(items.next_item()) {
                    all.push(item);
                }
                all
            }
            AnyClient::Blocking(client) => client.pages::<E>(path, request).items().collect(),
        }
    }

    /// `upload_recording` of the underlying client: prepare, every part of `file` in order, finish.
    pub fn upload_recording(
        &self,
        request: &PrepareRecordUploadRequest,
        file: &mut Cursor<Vec<u8>>,
        progress: impl FnMut(Progress),
    ) -> Result<Response<RecordUploadJobResponse>, Box<RecordingUploadStopped>> {
        match self {
            AnyClient::Async(client, runtime) => {
                runtime.block_on(client.upload_recording(request, file, 0, None, progress))
            }
            AnyClient::Blocking(client) => {
                client.upload_recording(request, file, 0, None, progress)
            }
        }
    }

    /// `prepare_recording_upload` of the underlying client: the service's plan, checked.
    pub fn prepare_recording_upload(
        &self,
        request: &PrepareRecordUploadRequest,
    ) -> Result<RecordingUpload, Error> {
        match self {
            AnyClient::Async(client, runtime) => {
                runtime.block_on(client.prepare_recording_upload(request))
            }
            AnyClient::Blocking(client) => client.prepare_recording_upload(request),
        }
    }

    /// `upload_recording_parts` of the underlying client: the parts of `upload` not acknowledged yet, in order.
    pub fn upload_recording_parts(
        &self,
        upload: &mut RecordingUpload,
        file: &mut Cursor<Vec<u8>>,
        progress: impl FnMut(Progress),
    ) -> Result<(), Error> {
        match self {
            AnyClient::Async(client, runtime) => {
                runtime.block_on(client.upload_recording_parts(upload, file, progress))
            }
            AnyClient::Blocking(client) => client.upload_recording_parts(upload, file, progress),
        }
    }

    /// `finish_recording_upload` of the underlying client, for several speakers and no smart minutes.
    pub fn finish_recording_upload(
        &self,
        upload: &RecordingUpload,
    ) -> Result<Response<RecordUploadJobResponse>, Error> {
        match self {
            AnyClient::Async(client, runtime) => {
                runtime.block_on(client.finish_recording_upload(upload, 0, None))
            }
            AnyClient::Blocking(client) => client.finish_recording_upload(upload, 0, None),
        }
    }

    /// The client's `Debug` output and its configuration's, for the tests that check what can be printed.
    pub fn debug_output(&self) -> String {
        match self {
            AnyClient::Async(client, _) => format!("{client:?} {client:#?} {:?}", client.config()),
            AnyClient::Blocking(client) => format!("{client:?} {client:#?} {:?}", client.config()),
        }
    }
}

/// Options applied to a client builder of either flavor.
pub trait Configure {
    /// Applies the options.
    fn apply<C>(&self, builder: ClientBuilder<C>) -> ClientBuilder<C>;
}

/// The options the end-to-end tests use: a base URL, credentials, and quick retries.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Where the client sends.
    pub base_url: String,
    /// What it signs with.
    pub credentials: Credentials,
    /// An OAuth 2.0 access token to send instead of signing: by default none.
    pub access_token: Option<AccessToken>,
    /// Its retry policy: by default 3 attempts with 10 ms pauses (rate limits keep their 1 s pause).
    pub retry: RetryPolicy,
    /// Its timeouts: by default the SDK's.
    pub timeouts: Timeouts,
    /// Its proxy: by default none, whatever the environment says (`Proxy::FromEnvironment` to read it).
    pub proxy: Proxy,
    /// Certificate authorities it trusts besides the platform's: by default none.
    pub root_certificates: Vec<RootCertificate>,
    /// Whether a plain-http base URL off loopback is allowed: by default not.
    pub allow_insecure_http: bool,
}

/// The proxy option of a [`Setup`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proxy {
    /// `no_proxy()`: always direct.
    Disabled,
    /// The builder's default: from the environment.
    FromEnvironment,
    /// `proxy(url)`.
    Url(String),
}

impl Setup {
    /// Quick retries against `base_url`.
    pub fn new(base_url: impl Into<String>, credentials: Credentials) -> Setup {
        Setup {
            base_url: base_url.into(),
            credentials,
            access_token: None,
            retry: RetryPolicy::default()
                .with_backoff(Duration::from_millis(10), Duration::from_millis(10)),
            timeouts: Timeouts::default(),
            proxy: Proxy::Disabled,
            root_certificates: Vec::new(),
            allow_insecure_http: false,
        }
    }
}

impl Configure for Setup {
    fn apply<C>(&self, builder: ClientBuilder<C>) -> ClientBuilder<C> {
        let builder = builder
            .base_url(self.base_url.clone())
            .credentials(self.credentials.clone())
            .retry_policy(self.retry.clone())
            .timeouts(self.timeouts)
            .allow_insecure_http(self.allow_insecure_http);
        let builder = match &self.access_token {
            Some(token) => builder.access_token(token.clone()),
            None => builder,
        };
        let builder = match &self.proxy {
            Proxy::Disabled => builder.no_proxy(),
            Proxy::FromEnvironment => builder,
            Proxy::Url(url) => builder.proxy(url.clone()),
        };
        self.root_certificates
            .iter()
            .cloned()
            .fold(builder, ClientBuilder::add_root_certificate)
    }
}
