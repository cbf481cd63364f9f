//! OAuth 2.0 access tokens, end to end with both clients against the mock: the endpoints the table marks as
//! accepting them are called with the `AccessToken` and `OpenId` headers and no signature; the others are refused
//! before anything is sent, saying why; an expired token is an authentication error that names expiry.

use std::time::Duration;

use wemeet::{ConfigError, Endpoint, EndpointVisitor, Error, ErrorCode};
use wemeet_mock::MockServer;
use wemeet_mock::sample::Context;
use wemeet_testkit::requests;
use wemeet_tests::sample::{Sample, create_meeting_id, needs_meeting, prepare};
use wemeet_tests::{AnyClient, FLAVORS, Flavor, Setup};

const OPEN_ID: &str = "oauth-user-open-id";
const LIFETIME: Duration = Duration::from_secs(7200);

fn token_client(mock: &MockServer, flavor: Flavor) -> (AnyClient, wemeet::AccessToken) {
    let token = mock.issue_access_token(OPEN_ID, LIFETIME);
    let mut setup = Setup::new(mock.base_url(), mock.credentials());
    setup.access_token = Some(token.clone());
    (AnyClient::build(flavor, setup).unwrap(), token)
}

/// Calls every endpoint of the table with an access token: what the table allows goes through with the token's
/// headers, the rest is refused before sending.
struct EveryEndpoint<'a> {
    mock: &'a MockServer,
    flavor: Flavor,
    signed: AnyClient,
    token: AnyClient,
    issued: wemeet::AccessToken,
    accepted: Vec<&'static str>,
    refused: Vec<&'static str>,
}

impl EndpointVisitor for EveryEndpoint<'_> {
    fn visit<E: Endpoint>(&mut self) {
        let flavor = self.flavor;
        // What the call acts on: a meeting the token created when the endpoint takes tokens (an OAuth app sees
        // only the meetings it created), else one a signed client prepared (adding backgrounds takes no token).
        let context = if E::OAUTH2 && needs_meeting::<E>() {
            let context = Context::new(OPEN_ID, create_meeting_id(&self.token, OPEN_ID).unwrap());
            wemeet_mock::sample::ready::<E>(self.mock, context)
        } else {
            prepare::<E>(&self.signed, self.mock, "oauth", 1).unwrap()
        };
        let (path, request) = E::sample(&context);
        let before = self.mock.requests().len();
        let result = self.token.send::<E>(&path, &request);
        let sent: Vec<_> = self.mock.requests().split_off(before);
        if E::OAUTH2 {
            result.unwrap_or_else(|error| panic!("{flavor} {}: {error}", E::NAME));
            assert_eq!(sent.len(), 1, "{flavor} {}", E::NAME);
            let request = &sent[0];
            let sent_token = request.header("AccessToken").unwrap_or_default();
            assert!(
                self.issued.matches(sent_token),
                "{flavor}: another token was sent"
            );
            assert_eq!(request.header("OpenId"), Some(OPEN_ID), "{flavor}");
            assert!(
                request.header("X-TC-Timestamp").is_some()
                    && request.header("X-TC-Nonce").is_some()
            );
            for absent in ["X-TC-Signature", "X-TC-Key", "AppId", "SdkId"] {
                assert_eq!(
                    request.header(absent),
                    None,
                    "{flavor} {}: {absent}",
                    E::NAME
                );
            }
            self.accepted.push(E::NAME);
        } else {
            let error = result.unwrap_err();
            assert!(
                matches!(
                    &error,
                    Error::Config(ConfigError::AccessTokenNotAccepted { endpoint }) if *endpoint == E::NAME
                ),
                "{flavor} {}: {error:?}",
                E::NAME
            );
            let message = error.to_string();
            assert!(
                message.contains("does not accept OAuth 2.0 access tokens"),
                "{message}"
            );
            assert!(message.contains("nothing was sent"), "{message}");
            assert!(
                sent.is_empty(),
                "{flavor} {}: a refused call was sent",
                E::NAME
            );
            assert!(!error.may_have_reached_server());
            self.refused.push(E::NAME);
        }
    }
}

#[test]
fn endpoints_that_accept_access_tokens_are_called_with_them_and_the_others_refused_before_sending()
{
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let (token, issued) = token_client(&mock, flavor);
        let signed =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let mut every = EveryEndpoint {
            mock: &mock,
            flavor,
            signed,
            token,
            issued,
            accepted: Vec::new(),
            refused: Vec::new(),
        };
        wemeet_tests::sample::visit_callable(&mut every);
        // The table decides: creating a meeting takes tokens, adding backgrounds does not (api-notes §2).
        assert!(every.accepted.contains(&"create_meeting"), "{flavor}");
        assert!(
            every.refused.contains(&"add_meeting_backgrounds"),
            "{flavor}"
        );
        assert_eq!(
            every.accepted.len() + every.refused.len(),
            wemeet_tests::sample::callable_endpoints().count()
        );
    }
}

#[test]
fn a_token_sees_only_the_meetings_created_with_a_token() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let (token, _) = token_client(&mock, flavor);
        let signed =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let theirs = create_meeting_id(&signed, OPEN_ID).unwrap();
        let request = wemeet::GetMeetingRequest::builder()
            .operator_id(OPEN_ID)
            .operator_id_type(wemeet::OperatorIdType::OpenId)
            .instanceid(wemeet::InstanceId::Pc)
            .build();
        let error = token
            .send::<wemeet::GetMeeting>(&wemeet::GetMeetingPath::new(theirs.as_str()), &request)
            .unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::MEETING_NOT_EXIST),
            "{flavor}"
        );
        let ours = create_meeting_id(&token, OPEN_ID).unwrap();
        let found = token
            .send::<wemeet::GetMeeting>(&wemeet::GetMeetingPath::new(ours.as_str()), &request)
            .unwrap();
        assert_eq!(
            found.meeting_info_list.as_deref().unwrap()[0]
                .meeting_id
                .as_deref(),
            Some(ours.as_str()),
            "{flavor}"
        );
    }
}

#[test]
fn an_expired_or_unknown_token_is_an_authentication_error_that_names_expiry() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let (client, token) = token_client(&mock, flavor);
        client
            .send::<wemeet::CreateMeeting>(&(), &requests::create_meeting("oauth"))
            .unwrap();
        assert!(mock.expire_access_token(&token));
        let error = client
            .send::<wemeet::CreateMeeting>(&(), &requests::create_meeting("oauth"))
            .unwrap_err();
        assert!(error.is_auth(), "{flavor}: {error}");
        assert!(!error.is_retryable(), "{flavor}: {error}");
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::AUTHENTICATION_FAILED),
            "{flavor}"
        );
        assert_eq!(error.new_error_code(), Some(200_190_303), "{flavor}");
        let message = error.to_string();
        assert!(message.contains("expired"), "{flavor}: {message}");

        // A token the service never issued reads the same way.
        let mut setup = Setup::new(mock.base_url(), mock.credentials());
        setup.access_token = Some(wemeet::AccessToken::new("never-issued", OPEN_ID));
        let stranger = AnyClient::build(flavor, setup).unwrap();
        let error = stranger
            .send::<wemeet::CreateMeeting>(&(), &requests::create_meeting("oauth"))
            .unwrap_err();
        assert!(error.is_auth(), "{flavor}: {error}");
        assert_eq!(error.new_error_code(), Some(200_190_303), "{flavor}");
    }
}

#[test]
fn the_token_never_shows_in_debug_or_errors() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let (client, token) = token_client(&mock, flavor);
        let sent = {
            client
                .send::<wemeet::CreateMeeting>(&(), &requests::create_meeting("oauth"))
                .unwrap();
            mock.requests()
                .last()
                .unwrap()
                .header("AccessToken")
                .unwrap()
                .to_owned()
        };
        assert!(token.matches(&sent));
        for text in [
            format!("{token:?}"),
            client.debug_output(),
            format!("{:?}", wemeet::AccessToken::new(sent.clone(), OPEN_ID)),
        ] {
            assert!(!text.contains(&sent), "{flavor}: the token shows in {text}");
            assert!(
                !text.contains(OPEN_ID),
                "{flavor}: the open id shows in {text}"
            );
        }
    }
}
