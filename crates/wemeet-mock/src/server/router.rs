//! The routes: one per endpoint of the endpoint table, reached through `visit_endpoints`, and documented error
//! answers for everything else. A new endpoint of the manifest is routed with no line here.
//!
//! Paths are routed by the position of their parameters, not their names: the API names the segment after
//! `/v1/meeting-rooms/` `{meeting_room_id}` in one path and `{operator_id}` in another, which one router cannot hold
//! under two names. Each endpoint reads its parameters back by position from its own template. The endpoints of
//! one path (GET, PUT and DELETE `/v1/users`) share its route; any other method there is 405.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter};
use http::StatusCode;
use wemeet_types::{Endpoint, EndpointVisitor, Method, visit_endpoints};

use crate::api::error::{ApiError, METHOD_NOT_ALLOWED, NO_SUCH_ENDPOINT};
use crate::api::pipeline;
use crate::handle::state::App;

/// The mock's routes over `app`.
pub(crate) fn router(app: Arc<App>) -> Router {
    let mut routes = Routes::default();
    visit_endpoints(&mut routes);
    let mut router = Router::new();
    for (template, (route, methods)) in routes.0 {
        let allowed = methods
            .iter()
            .map(|method| method.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let route = route.fallback(move |State(app): State<Arc<App>>, request: Request| {
            method_not_allowed(app, request, allowed.clone())
        });
        router = router.route(&template, route);
    }
    router.fallback(not_found).with_state(app)
}

/// The route of each path (by [`positional`] template) and the methods its endpoints take.
#[derive(Default)]
struct Routes(BTreeMap<String, (MethodRouter<Arc<App>>, Vec<Method>)>);

impl EndpointVisitor for Routes {
    fn visit<E: Endpoint>(&mut self) {
        let (route, methods) = self
            .0
            .remove(&positional(E::PATH_TEMPLATE))
            .unwrap_or_else(|| (MethodRouter::new(), Vec::new()));
        let route = route.on(method_filter(E::METHOD), serve::<E>);
        let mut methods = methods;
        methods.push(E::METHOD);
        self.0
            .insert(positional(E::PATH_TEMPLATE), (route, methods));
    }
}

/// `/v1/meeting-rooms/{operator_id}/meetings` → `/v1/meeting-rooms/{p0}/meetings`: a template with its parameters
/// named by position.
fn positional(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    let mut index = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&format!("{{p{index}}}"));
        index += 1;
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The parameter names of `template`, in order.
fn parameter_names(template: &str) -> Vec<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

fn method_filter(method: Method) -> MethodFilter {
    match method {
        Method::Get => MethodFilter::GET,
        Method::Post => MethodFilter::POST,
        Method::Put => MethodFilter::PUT,
        Method::Patch => MethodFilter::PATCH,
        Method::Delete => MethodFilter::DELETE,
    }
}

async fn serve<E: Endpoint>(
    State(app): State<Arc<App>>,
    values: Result<Path<Vec<String>>, PathRejection>,
    request: Request,
) -> Response {
    let path = values
        .map_err(|rejection| {
            ApiError::invalid_parameter(format!("invalid path parameters: {rejection}"))
        })
        .and_then(|Path(values)| {
            let fields: serde_json::Map<String, serde_json::Value> =
                parameter_names(E::PATH_TEMPLATE)
                    .into_iter()
                    .zip(values)
                    .map(|(name, value)| (name.to_owned(), serde_json::Value::String(value)))
                    .collect();
            // A path without parameters is `()`, which decodes from `null`, not from an (empty) object.
            let value = if fields.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::Value::Object(fields)
            };
            serde_json::from_value::<E::Path>(value).map_err(|error| {
                ApiError::invalid_parameter(format!("invalid path parameters: {error}"))
            })
        });
    pipeline::run::<E>(app, request, path).await
}

async fn not_found(State(app): State<Arc<App>>, request: Request) -> Response {
    let message = format!(
        "no endpoint at {} {}",
        request.method(),
        request.uri().path()
    );
    let error = ApiError::with_status(StatusCode::NOT_FOUND, NO_SUCH_ENDPOINT, message);
    pipeline::refuse(app, request, error).await
}

async fn method_not_allowed(app: Arc<App>, request: Request, allowed: String) -> Response {
    let message = format!(
        "{} accepts only {allowed}, not {}",
        request.uri().path(),
        request.method()
    );
    let error = ApiError::with_status(StatusCode::METHOD_NOT_ALLOWED, METHOD_NOT_ALLOWED, message);
    pipeline::refuse(app, request, error).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_named_by_position() {
        assert_eq!(
            positional("/v1/meeting-rooms/{operator_id}/meetings"),
            "/v1/meeting-rooms/{p0}/meetings"
        );
        assert_eq!(positional("/v1/a/{x}/b/{y}"), "/v1/a/{p0}/b/{p1}");
        assert_eq!(parameter_names("/v1/a/{x}/b/{y}"), ["x", "y"]);
        assert_eq!(positional("/v1/meetings"), "/v1/meetings");
    }
}
