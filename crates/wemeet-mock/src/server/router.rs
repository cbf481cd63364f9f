//! The routes: one per endpoint of the endpoint table, reached through `visit_endpoints`, and documented error
//! answers for everything else. A new endpoint of the manifest is routed with no line here.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use axum::routing::{MethodFilter, MethodRouter};
use http::StatusCode;
use wemeet_types::{Endpoint, EndpointVisitor, Method, visit_endpoints};

use crate::api::error::{ApiError, NO_SUCH_ENDPOINT};
use crate::api::pipeline;
use crate::handle::state::App;

/// The mock's routes over `app`.
pub(crate) fn router(app: Arc<App>) -> Router {
    let mut routes = Routes(BTreeMap::new());
    visit_endpoints(&mut routes);
    let mut router = Router::new();
    for (path, PathRoutes { methods, routes }) in routes.0 {
        let methods = Arc::new(methods);
        let route = routes.fallback(move |state: State<Arc<App>>, request: Request| {
            method_not_allowed(state, request, Arc::clone(&methods))
        });
        router = router.route(path, route);
    }
    router.fallback(not_found).with_state(app)
}

/// The endpoints of one path template: several when they differ by method (`GET`, `PUT` and `DELETE` of
/// `/v1/users/{userid}`).
struct PathRoutes {
    /// The methods served, in the table's order.
    methods: Vec<Method>,
    /// A route per method.
    routes: MethodRouter<Arc<App>>,
}

/// Gathers the route of each endpoint it visits under its path template.
struct Routes(BTreeMap<&'static str, PathRoutes>);

impl EndpointVisitor for Routes {
    fn visit<E: Endpoint>(&mut self) {
        let path = self
            .0
            .entry(E::PATH_TEMPLATE)
            .or_insert_with(|| PathRoutes {
                methods: Vec::new(),
                routes: MethodRouter::new(),
            });
        path.methods.push(E::METHOD);
        path.routes = std::mem::take(&mut path.routes).on(method_filter(E::METHOD), serve::<E>);
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

async fn method_not_allowed(
    State(app): State<Arc<App>>,
    request: Request,
    methods: Arc<Vec<Method>>,
) -> Response {
    let methods: Vec<&str> = methods.iter().map(|method| method.as_str()).collect();
    let message = format!(
        "{} accepts only {}, not {}",
        request.uri().path(),
        methods.join(", "),
        request.method()
    );
    let error = ApiError::with_status(StatusCode::METHOD_NOT_ALLOWED, NO_SUCH_ENDPOINT, message);
    pipeline::refuse(app, request, error).await
}
