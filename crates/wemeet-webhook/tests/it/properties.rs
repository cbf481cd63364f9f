//! Properties: a changed timestamp, nonce, data or signature is refused; what the sending side builds the
//! receiving side opens to the same plaintext; no input, however malformed, panics.

use proptest::prelude::*;
use wemeet_testkit::callback_headers;
use wemeet_webhook::{Webhook, WebhookError};

/// A Token: 25 letters or digits.
fn token() -> impl Strategy<Value = String> {
    "[A-Za-z0-9]{25}"
}

/// An EncodingAESKey: 43 base64 characters (random trailing bits included).
fn encoding_aes_key() -> impl Strategy<Value = String> {
    "[A-Za-z0-9+/]{43}"
}

fn webhook() -> impl Strategy<Value = Webhook> {
    (token(), proptest::option::of(encoding_aes_key()))
        .prop_map(|(token, key)| Webhook::from_settings(&token, key.as_deref()).unwrap())
}

/// The scheme concatenates the sorted values without separators, so two sets of values with the same sorted
/// concatenation share a signature whatever the implementation (timestamp `12` + nonce `3` and timestamp `1` +
/// nonce `23`). A change is only detectable when it changes that concatenation.
fn signed_text(values: [&str; 4]) -> String {
    let mut values = values;
    values.sort_unstable();
    values.concat()
}

/// Changes one character of `text` (or appends one to an empty text) to another.
fn changed(text: &str, at: usize, to: char) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return to.to_string();
    }
    let index = at % chars.len();
    chars[index] = if chars[index] == to {
        char::from_u32(u32::from(to) ^ 1).unwrap_or('x')
    } else {
        to
    };
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn a_changed_timestamp_nonce_data_or_signature_is_refused(
        token in token(),
        timestamp in "[0-9]{10,13}",
        nonce in "[0-9]{1,19}",
        challenge in ".{0,64}",
        which in 0_usize..4,
        at in any::<usize>(),
        to in any::<char>(),
    ) {
        let webhook = Webhook::from_settings(&token, None).unwrap();
        let sent = webhook.url_verification(&challenge, timestamp.parse().unwrap(), nonce.parse().unwrap());
        // As sent: decimal without leading zeros.
        let (mut timestamp, mut nonce) = (sent.headers().timestamp().to_owned(), sent.headers().nonce().to_owned());
        let (mut check_str, mut signature) = (sent.check_str().to_owned(), sent.headers().signature().to_owned());
        let before = signed_text([&token, &timestamp, &nonce, &check_str]);
        match which {
            0 => timestamp = changed(&timestamp, at, to),
            1 => nonce = changed(&nonce, at, to),
            2 => check_str = changed(&check_str, at, to),
            _ => signature = changed(&signature, at, to),
        }
        // Only a value that still signs the same text can pass; the signature itself always counts.
        let same_text = which < 3 && signed_text([&token, &timestamp, &nonce, &check_str]) == before;
        prop_assume!(!same_text);
        let answer = webhook.verify_url(&check_str, callback_headers(&timestamp, &nonce, &signature));
        // A case-only change of the hex signature is the same signature.
        if which == 3 && signature.eq_ignore_ascii_case(sent.headers().signature()) {
            prop_assert!(answer.is_ok());
        } else {
            prop_assert_eq!(answer, Err(WebhookError::SignatureMismatch));
        }
    }

    #[test]
    fn a_changed_delivery_is_refused(
        webhook in webhook(),
        event in "[a-z]{1,12}\\.[a-z-]{1,12}",
        trace_id in "[0-9a-f-]{0,36}",
        at in any::<usize>(),
        to in "[A-Za-z0-9+/=]",
    ) {
        let json = format!(r#"{{"event":"{event}","trace_id":"{trace_id}","payload":[]}}"#);
        let sent = webhook.delivery(&json, 1_609_239_040_864, 14_964_161);
        let data = &sent.body()[9..sent.body().len() - 2];
        let to = to.chars().next().unwrap();
        let tampered_data = changed(data, at, to);
        prop_assume!(tampered_data != data);
        let body = format!(r#"{{"data":"{tampered_data}"}}"#);
        let h = sent.headers();
        prop_assert_eq!(
            webhook.receive_event(body.as_bytes(), |name| h.get(name)),
            Err(WebhookError::SignatureMismatch)
        );
    }

    #[test]
    fn what_is_sent_opens_to_the_same_plaintext(
        webhook in webhook(),
        challenge in any::<String>(),
        trace_id in any::<String>(),
        timestamp in any::<u64>(),
        nonce in any::<u64>(),
    ) {
        let request = webhook.url_verification(&challenge, timestamp, nonce);
        let h = request.headers();
        prop_assert_eq!(webhook.verify_url(request.check_str(), |name| h.get(name)), Ok(challenge.clone().into_bytes()));
        prop_assert_eq!(webhook.verify_url_query(&request.query(), |name| h.get(name)), Ok(challenge.into_bytes()));

        let json = serde_json::json!({"event": "meeting.canceled", "trace_id": trace_id, "payload": [{}]}).to_string();
        let delivery = webhook.delivery(&json, timestamp, nonce);
        let h = delivery.headers();
        prop_assert_eq!(webhook.open_delivery(delivery.body().as_bytes(), |name| h.get(name)), Ok(json));
        let event = webhook.receive_event(delivery.body().as_bytes(), |name| h.get(name)).unwrap();
        prop_assert_eq!(event.trace_id(), Some(trace_id.as_str()));
    }

    #[test]
    fn another_subscriptions_key_or_token_is_refused(
        sender in webhook(),
        receiver in webhook(),
        challenge in ".{1,40}",
    ) {
        let request = sender.url_verification(&challenge, 1, 2);
        let h = request.headers();
        let answer = receiver.verify_url(request.check_str(), |name| h.get(name));
        // Equal settings (vanishingly unlikely) would verify; otherwise the answer is never the challenge.
        prop_assert_ne!(answer, Ok(challenge.into_bytes()));
    }

    #[test]
    fn arbitrary_bytes_never_panic(
        webhook in webhook(),
        body in proptest::collection::vec(any::<u8>(), 0..512),
        json_body in "\\{\"data\":\"[A-Za-z0-9+/=]{0,200}\"\\}",
        check_str in ".{0,200}",
        timestamp in ".{0,20}",
        nonce in ".{0,20}",
        signature in ".{0,48}",
        query in ".{0,200}",
        text in ".{0,300}",
    ) {
        let lookup = callback_headers(&timestamp, &nonce, &signature);
        let _ = webhook.receive_event(&body, &lookup);
        let _ = webhook.receive_event(json_body.as_bytes(), &lookup);
        let _ = webhook.open_delivery(&body, &lookup);
        let _ = webhook.verify_url(&check_str, &lookup);
        let _ = webhook.verify_url_query(&query, &lookup);
        let _ = webhook.verify_url(&check_str, |_| None);
        let _ = wemeet_webhook::Event::from_json(&text);
        let _ = wemeet_webhook::Event::from_json(&String::from_utf8_lossy(&body));
        let request = http::Request::builder()
            .method(if body.first().is_some_and(|b| b % 2 == 0) { "GET" } else { "POST" })
            .uri(format!("/callback?{}", query.escape_default()))
            .header("timestamp", timestamp.escape_default().to_string())
            .header("nonce", nonce.escape_default().to_string())
            .header("signature", signature.escape_default().to_string())
            .body(body.clone());
        if let Ok(request) = request {
            match webhook.receive(&request) {
                Ok(received) => prop_assert_eq!(received.response().status(), 200),
                Err(error) => prop_assert_ne!(error.response().status(), 200),
            }
        }
    }

    #[test]
    fn any_signed_and_encrypted_plaintext_is_decoded_or_refused_without_panic(
        webhook in webhook(),
        plaintext in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        // Sign valid deliveries of arbitrary (even non-UTF-8) plaintext: decryption and decoding face them.
        let data = webhook.encode(&plaintext);
        let signature = webhook.sign("1", "2", &data);
        let body = format!(r#"{{"data":"{data}"}}"#);
        let result = webhook.receive_event(body.as_bytes(), callback_headers("1", "2", &signature));
        match std::str::from_utf8(&plaintext) {
            Err(_) => {
                let is_not_utf8 = matches!(result, Err(WebhookError::NotUtf8 { .. }));
                prop_assert!(is_not_utf8, "{:?}", result);
            }
            Ok(text) => match wemeet_webhook::Event::from_json(text) {
                Ok(event) => prop_assert_eq!(result, Ok(event)),
                Err(_) => prop_assert!(result.is_err()),
            },
        }
    }
}
