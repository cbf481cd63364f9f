//! The receiving side: verify, decode, decrypt and decode what the service sends.

use base64::Engine as _;

use crate::check_str;
use crate::cipher;
use crate::delivery_body;
use crate::error::WebhookError;
use crate::event::Event;
use crate::lenient_base64::LENIENT;
use crate::protocol::CHECK_STR_PARAM;
use crate::received_headers::ReceivedHeaders;
use crate::signature::signature_matches;
use crate::webhook::Webhook;

/// The name of the signed value of an event delivery.
const DATA_FIELD: &str = "data";

impl Webhook {
    /// Answers a URL verification (the `GET` the service sends when the subscription is saved, and as a
    /// heartbeat later): checks the signature over `check_str` in constant time, base64-decodes it (padding
    /// optional), decrypts it when an EncodingAESKey is configured, and returns the exact bytes to answer with
    /// HTTP 200 (no quotes, no newline added), within 3 seconds.
    ///
    /// `check_str` is the URL-decoded query parameter; a space in it is taken for a `+` that a form decoder
    /// turned into one (base64 has no spaces). `headers` looks up the request's headers by (lowercase) name.
    ///
    /// ```
    /// use wemeet_webhook::Webhook;
    ///
    /// let webhook = Webhook::from_settings("bVPU6F8Htxl5XkAbp3jGV2xWp", None).unwrap();
    /// let request = webhook.url_verification("hello-check-str", 1609239040864, 14964161);
    /// let answer = webhook.verify_url(request.check_str(), |name| request.headers().get(name)).unwrap();
    /// assert_eq!(answer, b"hello-check-str");
    /// ```
    pub fn verify_url<'h>(
        &self,
        check_str: &str,
        headers: impl Fn(&str) -> Option<&'h str>,
    ) -> Result<Vec<u8>, WebhookError> {
        let headers = ReceivedHeaders::read(|name| Ok(headers(name)));
        logged_url(headers.and_then(|headers| self.answer_check_str(check_str, &headers)))
    }

    /// [`verify_url`](Self::verify_url) from the raw (still percent-encoded) query string of the request,
    /// without the `?`: finds and decodes `check_str` itself.
    pub fn verify_url_query<'h>(
        &self,
        query: &str,
        headers: impl Fn(&str) -> Option<&'h str>,
    ) -> Result<Vec<u8>, WebhookError> {
        let headers = ReceivedHeaders::read(|name| Ok(headers(name)));
        logged_url(headers.and_then(|headers| self.answer_query(query, &headers)))
    }

    /// Verifies an event delivery (the `POST` body `{"data": "..."}` and its headers) and decodes the event.
    ///
    /// The signature is checked over the `data` string exactly as received (JSON-unescaped, never re-padded),
    /// before anything is decoded; then `data` is base64-decoded (padding optional), decrypted when an
    /// EncodingAESKey is configured, and decoded as an [`Event`]. Should text follow the event's JSON (the docs
    /// describe the encrypted buffer as `msg + $key` without defining `$key`; no sample has one), the JSON up to
    /// its last `}` is decoded. Answer a success with HTTP 200 and [`SUCCESS_RESPONSE`](crate::SUCCESS_RESPONSE)
    /// within 5 seconds, or the service delivers it again.
    ///
    /// ```
    /// use wemeet_webhook::{Event, Webhook};
    ///
    /// let webhook = Webhook::from_settings(
    ///     "bVPU6F8Htxl5XkAbp3jGV2xWp",
    ///     Some("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"),
    /// )
    /// .unwrap();
    /// let sent = webhook.delivery(
    ///     r#"{"event":"meeting.canceled","trace_id":"e7aa65dd","payload":[{"cancel_reason":"moved"}]}"#,
    ///     1609239040864,
    ///     14964161,
    /// );
    /// let event = webhook.receive_event(sent.body().as_bytes(), |name| sent.headers().get(name)).unwrap();
    /// let Event::MeetingCanceled(canceled) = event else { panic!() };
    /// assert_eq!(canceled.payload()[0].cancel_reason.as_deref(), Some("moved"));
    /// ```
    pub fn receive_event<'h>(
        &self,
        body: &[u8],
        headers: impl Fn(&str) -> Option<&'h str>,
    ) -> Result<Event, WebhookError> {
        let headers = ReceivedHeaders::read(|name| Ok(headers(name)));
        logged_event(headers.and_then(|headers| self.decode_event(body, &headers)))
    }

    /// Verifies an event delivery like [`receive_event`](Self::receive_event) and returns the event's JSON
    /// text, undecoded: for events to be decoded another way, or kept as they came.
    pub fn open_delivery<'h>(
        &self,
        body: &[u8],
        headers: impl Fn(&str) -> Option<&'h str>,
    ) -> Result<String, WebhookError> {
        let headers = ReceivedHeaders::read(|name| Ok(headers(name)));
        let json = headers.and_then(|headers| self.open_event_json(body, &headers));
        match &json {
            Ok(_) => tracing::debug!("wemeet webhook: event opened"),
            Err(error) => tracing::warn!(%error, "wemeet webhook: event refused"),
        }
        json
    }

    pub(crate) fn answer_query(
        &self,
        query: &str,
        headers: &ReceivedHeaders<'_>,
    ) -> Result<Vec<u8>, WebhookError> {
        self.answer_check_str(&check_str::from_query(query)?, headers)
    }

    pub(crate) fn answer_check_str(
        &self,
        check_str: &str,
        headers: &ReceivedHeaders<'_>,
    ) -> Result<Vec<u8>, WebhookError> {
        self.open(
            &check_str::restore_plus(check_str),
            CHECK_STR_PARAM,
            headers,
        )
    }

    pub(crate) fn decode_event(
        &self,
        body: &[u8],
        headers: &ReceivedHeaders<'_>,
    ) -> Result<Event, WebhookError> {
        let json = self.open_event_json(body, headers)?;
        Event::from_json(&json).or_else(|error| {
            // The docs describe the encrypted buffer as "msg + $key" without defining `$key`; every sample treats
            // the whole plaintext as the JSON. Should a suffix ever follow the JSON, the event still decodes.
            match without_suffix(&json) {
                Some(prefix) => Event::from_json(prefix).map_err(|_| error),
                None => Err(error),
            }
        })
    }

    fn open_event_json(
        &self,
        body: &[u8],
        headers: &ReceivedHeaders<'_>,
    ) -> Result<String, WebhookError> {
        let data = delivery_body::data(body)?;
        let plaintext = self.open(&data, DATA_FIELD, headers)?;
        String::from_utf8(plaintext).map_err(|error| WebhookError::NotUtf8 {
            field: DATA_FIELD,
            valid_up_to: error.utf8_error().valid_up_to(),
        })
    }

    /// Verifies the signature over `value`, then base64-decodes and (with a key) decrypts it.
    fn open(
        &self,
        value: &str,
        field: &'static str,
        headers: &ReceivedHeaders<'_>,
    ) -> Result<Vec<u8>, WebhookError> {
        if !signature_matches(
            &self.token,
            headers.timestamp,
            headers.nonce,
            value,
            headers.signature,
        ) {
            return Err(WebhookError::SignatureMismatch);
        }
        let decoded = LENIENT
            .decode(value)
            .map_err(|_| WebhookError::Base64 { field })?;
        match &self.key {
            Some(key) => cipher::decrypt(key.bytes(), decoded),
            None => Ok(decoded),
        }
    }
}

/// The JSON up to its last `}`, when something follows it.
fn without_suffix(json: &str) -> Option<&str> {
    let end = json.rfind('}')? + 1;
    (end < json.len()).then(|| json.get(..end)).flatten()
}

pub(crate) fn logged_url(answer: Result<Vec<u8>, WebhookError>) -> Result<Vec<u8>, WebhookError> {
    match &answer {
        Ok(_) => tracing::debug!("wemeet webhook: URL verification answered"),
        Err(error) => tracing::warn!(%error, "wemeet webhook: URL verification refused"),
    }
    answer
}

pub(crate) fn logged_event(event: Result<Event, WebhookError>) -> Result<Event, WebhookError> {
    match &event {
        Ok(event) => tracing::debug!(
            event = event.name(),
            trace_id = event.trace_id(),
            "wemeet webhook: event received"
        ),
        Err(error) => tracing::warn!(%error, "wemeet webhook: event refused"),
    }
    event
}
