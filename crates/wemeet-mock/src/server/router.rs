//! The routes: one per endpoint of the endpoint table, reached through `visit_endpoints`, and documented error
//! answers for everything else. A new endpoint of the manifest is routed with no line here.

use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter, on};
use http::StatusCode;
use wemeet_types::{Endpoint, EndpointVisitor, Method, visit_endpoints};

use crate::api::error::{ApiError, NO_SUCH_ENDPOINT};
use crate::api::pipeline;
use crate::handle::state::App;

/// The mock's routes over `app`.
pub(crate) fn router(app: Arc<App>) -> Router {
    let mut routes = Routes(Router::new());
    visit_endpoints(&mut routes);
    routes.0.fallback(not_found).with_state(app)
}

/// Adds the route of each endpoint it visits.
struct Routes(Router<Arc<App>>);

impl EndpointVisitor for Routes {
    fn visit<E: Endpoint>(&mut self) {
        let route: MethodRouter<Arc<App>> =
            on(method_filter(E::METHOD), serve::<E>).fallback(method_not_allowed::<E>);
        let router = std::mem::take(&mut self.0);
        self.0 = router.route(E::PATH_TEMPLATE, route);
    }
}

fn method_filter(method: Method) -> MethodFilter {
    match method {
        Method::Get => MethodFilter::GET,
        Method::Put => MethodFilter::PUT,
        Method::Patch => MethodFilter::PATCH,
        Method::Delete => MethodFilter::DELETE,
        _ => MethodFilter::POST,
    }
}

async fn serve<E: Endpoint>(
    State(app): State<Arc<App>>,
    path: Result<Path<E::Path>, PathRejection>,
    request: Request,
) -> Response {
    let path = path.map(|Path(path)| path).map_err(|rejection| {
        ApiError::invalid_parameter(format!("invalid path parameters: {rejection}"))
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

async fn method_not_allowed<E: Endpoint>(
    State(app): State<Arc<App>>,
    request: Request,
) -> Response {
    let message = format!(
        "{} accepts only {}, not {}",
        request.uri().path(),
        E::METHOD,
        request.method()
    );
    let error = ApiError::with_status(StatusCode::METHOD_NOT_ALLOWED, NO_SUCH_ENDPOINT, message);
    pipeline::refuse(app, request, error).await
}
