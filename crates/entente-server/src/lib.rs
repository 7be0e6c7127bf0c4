//! The HTTP edge of entente (axum): health, metrics, the JSON API and its OpenAPI document.
//! **Architecture invariant:** only this crate knows HTTP; it never decides visibility itself,
//! it hands the request's [`entente_core::Viewer`] to the store.
#![forbid(unsafe_code)]

pub mod api;
pub mod auth;
pub mod error;
pub mod identity;
pub mod log_api;
pub mod metrics;
pub mod openapi;
pub mod password;
pub mod picture_api;
pub mod procedures_api;
pub mod ratelimit;
pub mod stix_api;
pub mod ui;
pub mod wire;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use entente_store::Store;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::auth::Authenticator;

/// Largest request body accepted, in bytes.
pub const MAX_BODY: usize = 2 * 1024 * 1024;

/// What every handler shares.
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub auth: Arc<dyn Authenticator>,
    pub metrics: metrics::Metrics,
    /// Changes to procedures, for live tallies over SSE (procedures_api.rs).
    pub procedure_events: tokio::sync::broadcast::Sender<procedures_api::ProcedureChange>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, auth: Arc<dyn Authenticator>) -> Arc<Self> {
        let m = metrics::Metrics::default();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        m.started_unix.store(now, Ordering::Relaxed);
        Arc::new(AppState {
            store,
            auth,
            metrics: m,
            procedure_events: tokio::sync::broadcast::channel(256).0,
        })
    }
}

pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/parties", get(api::list_parties))
        .route("/parties/{id}", get(api::get_party))
        .route(
            "/dossiers",
            get(api::list_dossiers).post(api::create_dossier),
        )
        .route(
            "/dossiers/{id}",
            get(api::get_dossier).put(api::update_dossier),
        )
        .route("/dossiers/{id}/transition", post(api::transition_dossier))
        .route("/dossiers/{id}/history", get(api::dossier_history))
        .route("/openapi.json", get(openapi_json))
        .merge(procedures_api::routes())
        .merge(picture_api::routes())
        .merge(stix_api::routes())
        .merge(identity::api_routes())
        .merge(log_api::routes())
        .fallback(api::fallback);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_text))
        .nest("/api/v1", api)
        .merge(identity::html_routes())
        .merge(ui::routes())
        .layer(middleware::from_fn_with_state(state.clone(), auth::guard))
        .layer(middleware::from_fn_with_state(state.clone(), count))
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(middleware::from_fn(error_shape_413))
        .layer(middleware::from_fn_with_state(state.clone(), auth::hsts))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            ),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

/// Answers the body limit's bare 413 in the API's error shape.
async fn error_shape_413(req: Request, next: Next) -> Response {
    let resp = next.run(req).await;
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if resp.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE && !is_json {
        return error::ApiError::new(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            format!("the request body is larger than {MAX_BODY} bytes"),
        )
        .into_response();
    }
    resp
}

async fn count(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let resp = next.run(req).await;
    st.metrics.record(&route, resp.status().as_u16());
    resp
}

async fn healthz(State(st): State<Arc<AppState>>) -> impl IntoResponse {
    let store = st.store.clone();
    match tokio::task::spawn_blocking(move || store.head()).await {
        Ok(Ok((seq, _))) => (
            axum::http::StatusCode::OK,
            axum::Json(serde_json::json!({"status": "ok", "events": seq})),
        ),
        _ => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable"})),
        ),
    }
}

async fn metrics_text(State(st): State<Arc<AppState>>) -> impl IntoResponse {
    let store = st.store.clone();
    let events = tokio::task::spawn_blocking(move || store.event_count())
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or(0);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        st.metrics.render(events),
    )
}

async fn openapi_json() -> impl IntoResponse {
    axum::Json(openapi::document())
}

/// Serves until Ctrl-C or SIGTERM. `ready` is called with the bound address once listening.
pub async fn serve(
    addr: SocketAddr,
    state: Arc<AppState>,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    ready(listener.local_addr()?);
    procedures_api::spawn_sweeper(state.clone());
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
