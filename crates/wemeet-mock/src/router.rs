//! The routes: one per endpoint of the endpoint table, and documented error answers for everything else.

use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request, State};
use axum::response::Response;
use axum::routing::{MethodRouter, post};
use http::StatusCode;
use wemeet_types::Endpoint;
use wemeet_types::endpoints::{AddMeetingBackgrounds, CreateMeeting, SetLiveStreamAddress};

use crate::api_error::ApiError;
use crate::error_code;
use crate::pipeline;
use crate::state::App;

/// The mock's routes over `app`.
pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(CreateMeeting::PATH_TEMPLATE, only_post(post(create)))
        .route(
            AddMeetingBackgrounds::PATH_TEMPLATE,
            only_post(post(add_backgrounds)),
        )
        .route(
            SetLiveStreamAddress::PATH_TEMPLATE,
            only_post(post(set_live_stream)),
        )
        .fallback(not_found)
        .with_state(app)
}

fn only_post(route: MethodRouter<Arc<App>>) -> MethodRouter<Arc<App>> {
    route.fallback(method_not_allowed)
}

async fn create(State(app): State<Arc<App>>, request: Request) -> Response {
    pipeline::run::<CreateMeeting>(app, request, Ok(())).await
}

async fn add_backgrounds(
    State(app): State<Arc<App>>,
    meeting_id: Result<Path<String>, PathRejection>,
    request: Request,
) -> Response {
    pipeline::run::<AddMeetingBackgrounds>(app, request, meeting_id_of(meeting_id)).await
}

async fn set_live_stream(
    State(app): State<Arc<App>>,
    meeting_id: Result<Path<String>, PathRejection>,
    request: Request,
) -> Response {
    pipeline::run::<SetLiveStreamAddress>(app, request, meeting_id_of(meeting_id)).await
}

fn meeting_id_of(path: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    path.map(|Path(meeting_id)| meeting_id)
        .map_err(|rejection| {
            ApiError::invalid_parameter(format!("invalid parameter `meeting_id`: {rejection}"))
        })
}

async fn not_found(State(app): State<Arc<App>>, request: Request) -> Response {
    let message = format!(
        "no endpoint at {} {}",
        request.method(),
        request.uri().path()
    );
    pipeline::refuse(
        app,
        request,
        ApiError::with_status(StatusCode::NOT_FOUND, error_code::NO_SUCH_ENDPOINT, message),
    )
    .await
}

async fn method_not_allowed(State(app): State<Arc<App>>, request: Request) -> Response {
    let message = format!(
        "{} accepts only POST, not {}",
        request.uri().path(),
        request.method()
    );
    let error = ApiError::with_status(
        StatusCode::METHOD_NOT_ALLOWED,
        error_code::NO_SUCH_ENDPOINT,
        message,
    );
    pipeline::refuse(app, request, error).await
}
