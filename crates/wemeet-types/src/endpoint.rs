//! What an endpoint is, for code generic over endpoints (both clients and the mock).
//!
//! The implementations are generated from `schemas/endpoints.json`: adding an endpoint is a schema, a
//! manifest entry and `cargo xtask codegen`, with no hand-written line in either client.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::{EncodeRequest, ErrorCode, Rule, Validate, ValidationError};

/// An endpoint of the API: its method, path, retry class, and the types of its path parameters, request and
/// answer.
///
/// ```
/// use wemeet_types::{AddMeetingBackgrounds, AddMeetingBackgroundsPath, Endpoint, Method, PathParams};
///
/// assert_eq!(AddMeetingBackgrounds::METHOD, Method::Post);
/// let path = AddMeetingBackgroundsPath::new("6524541286408448530");
/// assert_eq!(
///     path.render_path(AddMeetingBackgrounds::PATH_TEMPLATE).unwrap(),
///     "/v1/meetings/6524541286408448530/backgrounds"
/// );
/// ```
pub trait Endpoint: 'static {
    /// snake_case name, e.g. `create_meeting` (the client method's name).
    const NAME: &'static str;
    /// The HTTP method.
    const METHOD: Method;
    /// Path template with `{parameter}` placeholders, e.g. `/v1/meetings/{meeting_id}/backgrounds`.
    const PATH_TEMPLATE: &'static str;
    /// When a call may be re-sent.
    const RETRY: RetryClass;
    /// Whether the endpoint accepts OAuth 2.0 access tokens.
    const OAUTH2: bool;
    /// The error codes the endpoint's doc documents (beyond those every endpoint may answer).
    const ERRORS: &'static [ErrorCode];
    /// The path parameters; `()` when the path has none.
    type Path: PathParams
        + Validate
        + serde::Serialize
        + serde::de::DeserializeOwned
        + Clone
        + std::fmt::Debug
        + Send
        + Sync;
    /// The request (a JSON body, or a GET's query string), checked with [`Validate`] before it is sent; `()` for
    /// none.
    type Request: EncodeRequest
        + Validate
        + serde::Serialize
        + serde::de::DeserializeOwned
        + Clone
        + std::fmt::Debug
        + Send
        + Sync;
    /// The body of a successful answer.
    type Response: ResponseBody + serde::Serialize + Default + Clone + std::fmt::Debug + Send + Sync;
}

/// An HTTP method of the API.
///
/// Exhaustive on purpose: code that maps it (to `http::Method`, to a router) matches every variant, so a method
/// added here fails to compile there instead of silently travelling as another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET: no body; the request travels in the query string.
    Get,
    /// POST.
    Post,
    /// PUT.
    Put,
    /// PATCH.
    Patch,
    /// DELETE.
    Delete,
}

impl Method {
    /// The method as on the wire, upper case.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a call may be sent again after an attempt failed (the API notes' retry safety, per endpoint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryClass {
    /// Only when the request certainly never reached the server: a repeat could act twice (create a second
    /// meeting, add backgrounds twice, add a push address twice, cancel an already cancelled meeting).
    IfNotSent,
    /// Also after a timeout or a gateway error: repeating it changes nothing (a read, or a "set" that
    /// replaces).
    Idempotent,
}

/// Where an endpoint's request travels (the manifest's `request.in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RequestIn {
    /// The query string, whatever the method; no body.
    Query,
    /// A JSON body; the properties the schema marks `x-in: query` travel in the query string.
    Body,
    /// A multipart form, a part per property.
    Multipart,
}

impl RetryClass {
    /// Whether an attempt that may have reached the server can be repeated.
    pub const fn is_idempotent(self) -> bool {
        matches!(self, RetryClass::Idempotent)
    }
}

/// Code generic over endpoints, called once per endpoint by [`visit_endpoints`](crate::visit_endpoints).
///
/// ```
/// use wemeet_types::{Endpoint, EndpointVisitor, visit_endpoints};
///
/// struct Names(Vec<&'static str>);
/// impl EndpointVisitor for Names {
///     fn visit<E: Endpoint>(&mut self) {
///         self.0.push(E::NAME);
///     }
/// }
/// let mut names = Names(Vec::new());
/// visit_endpoints(&mut names);
/// assert_eq!(names.0[0], "create_meeting");
/// ```
#[doc(hidden)]
pub trait EndpointVisitor {
    /// Called for the endpoint `E`.
    fn visit<E: Endpoint>(&mut self);
}

/// Path parameters that fill the placeholders of a path template.
#[doc(hidden)]
pub trait PathParams {
    /// The path with each `{parameter}` replaced by its percent-encoded value.
    ///
    /// # Errors
    /// A [`ValidationError`] naming the parameter when its value is empty, `.` or `..` (or the template names a
    /// parameter this type does not have).
    fn render_path(&self, template: &'static str) -> Result<String, ValidationError>;

    /// The value of the parameter `name`, if this type has it (for logs and traces, e.g. `meeting_id`).
    fn param(&self, name: &str) -> Option<&str>;
}

impl PathParams for () {
    fn render_path(&self, template: &'static str) -> Result<String, ValidationError> {
        render_template(template, &[])
    }

    fn param(&self, _name: &str) -> Option<&str> {
        None
    }
}

/// The body of a successful answer, decoded from its bytes.
pub trait ResponseBody: Sized {
    /// Decodes the body.
    ///
    /// # Errors
    /// The JSON error when the body does not decode.
    fn from_body(body: &[u8]) -> Result<Self, serde_json::Error>;

    /// The body as a server sends it (a mock answers with it): JSON, or nothing for `()`.
    ///
    /// # Errors
    /// The JSON error when the value cannot be serialized.
    fn to_body(&self) -> Result<Vec<u8>, serde_json::Error>;
}

impl ResponseBody for () {
    /// Success carries no data: an empty or whitespace-only body, or any JSON value, is `()`.
    fn from_body(body: &[u8]) -> Result<Self, serde_json::Error> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        serde_json::from_slice::<serde::de::IgnoredAny>(body).map(|_| ())
    }

    /// An empty body.
    fn to_body(&self) -> Result<Vec<u8>, serde_json::Error> {
        Ok(Vec::new())
    }
}

/// One row of [`ENDPOINTS`](crate::ENDPOINTS): an endpoint described at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct EndpointInfo {
    /// snake_case name, e.g. `create_meeting`.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// Path template with `{parameter}` placeholders.
    pub path_template: &'static str,
    /// JSON Schema (Draft-07, self-contained) of the path parameters; `None` when the path has none.
    pub path_schema: Option<&'static str>,
    /// JSON Schema (Draft-07, self-contained) of the request; `None` when the endpoint takes none.
    pub request_schema: Option<&'static str>,
    /// Where the request travels; `None` when the endpoint takes none.
    pub request_in: Option<RequestIn>,
    /// JSON Schema (Draft-07, self-contained) of the success body; `None` for an empty body.
    pub response_schema: Option<&'static str>,
    /// When a call may be re-sent.
    pub retry: RetryClass,
    /// Whether OAuth 2.0 access tokens are accepted.
    pub oauth2: bool,
    /// The documented error codes.
    pub errors: &'static [ErrorCode],
}

/// What a path segment keeps unencoded: RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Replaces each `{name}` of `template` with the percent-encoded value of the parameter `name`.
pub(crate) fn render_template(
    template: &str,
    parameters: &[(&str, &str)],
) -> Result<String, ValidationError> {
    let mut path = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        path.push_str(&rest[..open]);
        let after_open = &rest[open + 1..];
        let Some(close) = after_open.find('}') else {
            // Not a placeholder: the generator never emits this, keep the text as is.
            path.push_str(&rest[open..]);
            return Ok(path);
        };
        let name = &after_open[..close];
        let value = parameters
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| *value);
        match value {
            None | Some("") => return Err(ValidationError::new(name, Rule::NonEmpty)),
            // Percent-encoding does not help: URL parsers read `%2e%2e` as `..` and would change the path.
            Some("." | "..") => return Err(ValidationError::new(name, Rule::PathSegment)),
            Some(value) => path.extend(utf8_percent_encode(value, SEGMENT)),
        }
        rest = &after_open[close + 1..];
    }
    path.push_str(rest);
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_percent_encoded_as_one_segment() {
        let path = render_template(
            "/v1/meetings/{meeting_id}/backgrounds",
            &[("meeting_id", "a/b c?d#é")],
        );
        assert_eq!(
            path.unwrap(),
            "/v1/meetings/a%2Fb%20c%3Fd%23%C3%A9/backgrounds"
        );
    }

    #[test]
    fn an_empty_value_names_the_parameter() {
        let error =
            render_template("/v1/meetings/{meeting_id}", &[("meeting_id", "")]).unwrap_err();
        assert_eq!(error.field, "meeting_id");
        assert_eq!(error.rule, Rule::NonEmpty);
    }

    #[test]
    fn dot_segments_are_refused() {
        for value in [".", ".."] {
            let error = render_template(
                "/v1/meetings/{meeting_id}/backgrounds",
                &[("meeting_id", value)],
            )
            .unwrap_err();
            assert_eq!(error, ValidationError::new("meeting_id", Rule::PathSegment));
        }
        let path = render_template("/v1/meetings/{meeting_id}", &[("meeting_id", "...")]).unwrap();
        assert_eq!(path, "/v1/meetings/...");
    }

    #[test]
    fn a_template_without_parameters_renders_as_is() {
        assert_eq!(().render_path("/v1/meetings").unwrap(), "/v1/meetings");
    }

    #[test]
    fn a_missing_parameter_names_it() {
        let error = ().render_path("/v1/meetings/{meeting_id}").unwrap_err();
        assert_eq!(error.field, "meeting_id");
    }

    #[test]
    fn an_empty_success_body_is_unit() {
        for body in [
            &b""[..],
            b"  \r\n\t",
            b"{}",
            b"{\"anything\":[1,2]}",
            b"null",
        ] {
            assert!(
                <()>::from_body(body).is_ok(),
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
        assert!(<()>::from_body(b"<html>").is_err());
    }
}
