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
pub mod oidc;
pub mod openapi;
pub mod password;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod picture_api;
pub mod procedures_api;
pub mod ratelimit;
pub mod routes;
pub mod search_api;
pub mod second_factor;
pub mod seq_token;
pub mod stix_api;
pub mod taxii;
pub mod ui;
pub mod watch_api;
pub mod wire;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use entente_store::{NodeStatus, Store};
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
    /// `--public-read`: requests without an account read TLP:CLEAR material (safe methods
    /// only). Off by default: nothing is served without an account (F20).
    pub public_read: bool,
    /// Live event streams open now, to cap them (F26).
    pub streams: std::sync::atomic::AtomicUsize,
    /// Live event streams open now per account (or per address, for readers without one), so
    /// that one cannot hold every slot (R13).
    pub streams_by_holder: std::sync::Mutex<std::collections::HashMap<String, usize>>,
    /// Where this node stands in its journal: the seq its reads reflect (sent back as
    /// `Entente-Seq`, awaited for `Entente-Min-Seq`) and its lag (`/readyz`).
    pub node: Arc<NodeStatus>,
    /// Seals the `Entente-Seq` tokens and opens `Entente-Min-Seq` ones.
    pub seq_tokens: seq_token::SeqTokens,
    /// The search index of the store's data directory, opened on first use
    /// ([`AppState::search_index`]).
    pub search: std::sync::Mutex<Option<Arc<entente_search::SearchIndex>>>,
}

impl AppState {
    pub fn new(store: Arc<dyn Store>, auth: Arc<dyn Authenticator>) -> Arc<Self> {
        let m = metrics::Metrics::default();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        m.started_unix.store(now, Ordering::Relaxed);
        let seq_tokens = seq_token::SeqTokens::new(store.token_secret());
        Arc::new(AppState {
            store,
            auth,
            metrics: m,
            procedure_events: tokio::sync::broadcast::channel(256).0,
            public_read: false,
            streams: std::sync::atomic::AtomicUsize::new(0),
            streams_by_holder: Default::default(),
            node: Arc::new(NodeStatus::default()),
            seq_tokens,
            search: std::sync::Mutex::new(None),
        })
    }

    /// The same state, reporting `node` (the log's status: `SqliteStore::log().status()`).
    pub fn following(mut st: Arc<Self>, node: Arc<NodeStatus>) -> Arc<Self> {
        if let Some(s) = Arc::get_mut(&mut st) {
            s.node = node;
        }
        st
    }

    /// The same, serving TLP:CLEAR material to requests without an account.
    pub fn with_public_read(store: Arc<dyn Store>, auth: Arc<dyn Authenticator>) -> Arc<Self> {
        let mut st = Self::new(store, auth);
        if let Some(s) = Arc::get_mut(&mut st) {
            s.public_read = true;
        }
        st
    }
}

/// Every route of the server, in one table: the router is built from it and the visibility
/// harness checks its inventory ([`routes::Routes::inventory`]).
pub fn route_table() -> routes::Routes {
    let api = routes::Routes::new()
        .get("/parties", api::list_parties)
        .get("/parties/{id}", api::get_party)
        .get("/dossiers", api::list_dossiers)
        .post("/dossiers", api::create_dossier)
        .get("/dossiers/{id}", api::get_dossier)
        .put("/dossiers/{id}", api::update_dossier)
        .post("/dossiers/{id}/transition", api::transition_dossier)
        .get("/dossiers/{id}/history", api::dossier_history)
        .get("/openapi.json", openapi_json)
        .merge(procedures_api::routes())
        .merge(picture_api::routes())
        .merge(stix_api::routes())
        .merge(search_api::routes())
        .merge(identity::api_routes())
        .merge(taxii::admin::routes())
        .merge(log_api::routes())
        .merge(api::statements::routes())
        .merge(api::sanctions::routes())
        .merge(watch_api::routes());
    routes::Routes::new()
        .get("/healthz", healthz)
        .get("/readyz", readyz)
        .get("/metrics", metrics_text)
        .nest("/api/v1", api)
        .merge(identity::html_routes())
        .merge(ui::routes())
        .merge(taxii::routes())
}

pub fn router(state: Arc<AppState>) -> Router {
    // TAXII takes envelopes up to its own max_content_length (TAXII 2.1 §4.2); everything else
    // the API's limit.
    let (taxii_routes, rest) = route_table().split_prefix("/taxii2");
    rest.into_router()
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .merge(
            taxii_routes
                .into_router()
                .layer(RequestBodyLimitLayer::new(taxii::MAX_CONTENT_LENGTH)),
        )
        .layer(middleware::from_fn_with_state(state.clone(), auth::guard))
        .layer(middleware::from_fn(no_store))
        .layer(middleware::from_fn_with_state(state.clone(), read_your_writes))
        .layer(middleware::from_fn_with_state(state.clone(), count))
        .layer(middleware::from_fn(error_shape))
        .layer(middleware::from_fn(taxii::media::shape))
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

/// Every error of the API in the one shape `{code, message, type, link}` (F26): whatever
/// answered with something else (the body limit, a path or query the extractors refused, a
/// method the route lacks) is rewritten here, keeping its status and its text as the message.
async fn error_shape(req: Request, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    // TAXII answers its own error messages (taxii::media::shape).
    if req.uri().path().starts_with("/taxii2") {
        return next.run(req).await;
    }
    let resp = next.run(req).await;
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let limit = status == axum::http::StatusCode::PAYLOAD_TOO_LARGE;
    if is_json || !(status.is_client_error() || status.is_server_error()) || !(api || limit) {
        return resp;
    }
    let code = match status.as_u16() {
        400 => "invalid_request",
        404 => "no_such_route",
        405 => "method_not_allowed",
        406 => "not_acceptable",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "invalid_input",
        _ if status.is_server_error() => "internal",
        _ => "invalid_request",
    };
    let text = match axum::body::to_bytes(resp.into_body(), 64 * 1024).await {
        Ok(b) => String::from_utf8_lossy(&b).trim().to_string(),
        Err(_) => String::new(),
    };
    let message = if limit {
        format!("the request body is larger than {MAX_BODY} bytes")
    } else if text.is_empty() {
        status
            .canonical_reason()
            .unwrap_or("the request was refused")
            .to_lowercase()
    } else {
        text
    };
    error::ApiError::new(status, code, message).into_response()
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

/// `GET /healthz`: alive and able to read the log. No count or number: it answers everyone
/// (F20).
async fn healthz(State(st): State<Arc<AppState>>) -> impl IntoResponse {
    let store = st.store.clone();
    match tokio::task::spawn_blocking(move || store.head()).await {
        Ok(Ok(_)) => (
            axum::http::StatusCode::OK,
            axum::Json(serde_json::json!({"status": "ok"})),
        ),
        _ => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable"})),
        ),
    }
}

/// Readiness fails when the journal has not answered for this long, or the node lags by more
/// than [`READY_MAX_LAG`] events.
pub const READY_MAX_SILENCE: std::time::Duration = std::time::Duration::from_secs(5);
pub const READY_MAX_LAG: u64 = 10_000;

/// `GET /readyz`: ready to take traffic - the log reads, and for a node of a PostgreSQL
/// journal, the journal answered recently, this node's copy matches it and its lag is under
/// the bound. Answers everyone, with what is wrong but no count (F20; the lag in events is
/// in `/metrics`, docs/postgres.md).
async fn readyz(State(st): State<Arc<AppState>>) -> impl IntoResponse {
    let store = st.store.clone();
    let reads = matches!(
        tokio::task::spawn_blocking(move || store.head()).await,
        Ok(Ok(_))
    );
    let node = &st.node;
    let silence = node.since_contact();
    let mut problems = Vec::new();
    if !reads {
        problems.push("the local projections cannot be read".to_string());
    }
    if let Some(why) = node.problem() {
        problems.push(why);
    }
    if node.is_replicated() {
        match silence {
            None => problems.push("the journal has not answered yet".into()),
            Some(d) if d > READY_MAX_SILENCE => problems.push(format!(
                "the journal has not answered for {} s",
                d.as_secs()
            )),
            Some(_) => {}
        }
        if node.lag() > READY_MAX_LAG {
            problems.push(format!(
                "this node lags the journal by {} events (bound {READY_MAX_LAG})",
                node.lag()
            ));
        }
    }
    let status = if problems.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        axum::Json(serde_json::json!({
            "status": if problems.is_empty() { "ready" } else { "not_ready" },
            "journal": if node.is_replicated() { "postgres" } else { "embedded" },
            "problems": problems,
        })),
    )
}

/// The request header carrying a token of an earlier answer (`Entente-Seq`, maybe of another
/// node): the request waits until this node has applied what that answer reflected.
pub const MIN_SEQ_HEADER: &str = "entente-min-seq";
/// The response header: an opaque token of what this node had applied when it answered
/// ([`seq_token`]: sealed, never the same twice, no count of events readable from it).
pub const SEQ_HEADER: &str = "entente-seq";
/// How long a request waits for its `Entente-Min-Seq` before it is refused with 503.
pub const MIN_SEQ_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// Read-your-writes across nodes: every answer to an account carries an `Entente-Seq` token
/// (what its reads reflect; for a write, at least its own events), and a request with that
/// token as `Entente-Min-Seq` waits, at most [`MIN_SEQ_WAIT`], until this node has applied as
/// much.
async fn read_your_writes(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if let Some(v) = req.headers().get(MIN_SEQ_HEADER) {
        let Some(min) = v.to_str().ok().and_then(|s| st.seq_tokens.open(s)) else {
            return error::ApiError::new(
                axum::http::StatusCode::BAD_REQUEST,
                "invalid_header",
                "Entente-Min-Seq: expected the Entente-Seq token of an earlier answer of this instance, unchanged",
            )
            .into_response();
        };
        let deadline = tokio::time::Instant::now() + MIN_SEQ_WAIT;
        while st.node.applied() < min {
            if tokio::time::Instant::now() >= deadline {
                let mut resp = error::ApiError::new(
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    "not_caught_up",
                    "Entente-Min-Seq: this node has not yet applied what that answer reflected; retry, or ask another node",
                )
                .into_response();
                resp.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                return resp;
            }
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        }
    }
    // Not on what answers without an account (health, sign-in) nor on a refusal (F20).
    let public = auth::is_public_surface(req.method(), req.uri().path());
    let mut resp = next.run(req).await;
    let refused =
        resp.status() == axum::http::StatusCode::UNAUTHORIZED || resp.status().is_redirection();
    if !public
        && !refused
        && let Ok(v) = HeaderValue::from_str(&st.seq_tokens.seal(st.node.applied()))
    {
        resp.headers_mut().insert(SEQ_HEADER, v);
    }
    resp
}

/// `GET /metrics`: Prometheus text, for those who may read the audit trail (admins and
/// security officers; a monitoring system uses an API token of such an account).
async fn metrics_text(
    State(st): State<Arc<AppState>>,
    auth::Caller(caller): auth::Caller,
) -> Result<impl IntoResponse, error::ApiError> {
    let s = auth::require_session(&caller)?;
    entente_core::authz::require(
        entente_core::authz::Action::AuditRead,
        &s.viewer,
        &entente_core::authz::Facts::none(),
    )
    .map_err(|d| {
        error::ApiError::new(axum::http::StatusCode::FORBIDDEN, "forbidden", d.message())
    })?;
    let store = st.store.clone();
    let events = tokio::task::spawn_blocking(move || store.event_count())
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or(0);
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        format!(
            "{}# HELP entente_node_applied_seq The last seq this node folded into its projections.\n# TYPE entente_node_applied_seq gauge\nentente_node_applied_seq {}\n# HELP entente_node_lag_events Events of the journal this node has not applied yet.\n# TYPE entente_node_lag_events gauge\nentente_node_lag_events {}\n",
            st.metrics.render(events),
            st.node.applied(),
            st.node.lag()
        ),
    ))
}

/// `Cache-Control: no-store` on every response but the static files (F23): pages and API
/// answers carry marked data that no browser or proxy may keep.
async fn no_store(req: Request, next: Next) -> Response {
    let cacheable = req.uri().path().starts_with("/static/");
    let mut resp = next.run(req).await;
    if !cacheable {
        resp.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        resp.headers_mut()
            .insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    }
    resp
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
