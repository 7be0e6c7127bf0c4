//! The JSON API under `/api/v1/`: parties and dossiers. Handlers parse at the edge, then call
//! the store, which authorises every read. The statements and the sanctions register have
//! their own modules (routes, wire types and handlers), shared with the CLI.

pub mod sanctions;
pub mod statements;

use std::sync::Arc;

use axum::Json;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use entente_core::PartyId;
use entente_core::dossier::Status;
use entente_store::dossiers::DossierFilter;

use crate::AppState;
use crate::auth::Reader;
use crate::error::ApiError;
use crate::wire::*;

/// JSON body extractor whose rejections use the API's error shape.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    Json<T>: FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let bytes = match axum::body::to_bytes(body, crate::MAX_BODY).await {
            Ok(b) => b,
            Err(_) => {
                return Err(ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "payload_too_large",
                    format!("the request body is larger than {} bytes", crate::MAX_BODY),
                ));
            }
        };
        if let Some(c) = escaped_control(&bytes) {
            return Err(ApiError::invalid(format!(
                "the body holds the control character U+{c:04X} in a string; send text without control characters (tab, line feed and carriage return excepted)"
            )));
        }
        let req = Request::from_parts(parts, axum::body::Body::from(bytes));
        let Json(v) = Json::<T>::from_request(req, state).await?;
        Ok(ApiJson(v))
    }
}

/// The first control character a JSON text carries as a `\uXXXX` escape, other than tab, line
/// feed and carriage return (F26: NUL and escape sequences reach pages, terminals and logs).
/// JSON forbids raw control characters in strings, so escapes are the only way in.
pub fn escaped_control(json: &[u8]) -> Option<u32> {
    let mut i = 0;
    while i < json.len() {
        if json[i] == b'\\' {
            if json.get(i + 1) == Some(&b'u') {
                let hex = json.get(i + 2..i + 6)?;
                let code = std::str::from_utf8(hex)
                    .ok()
                    .and_then(|h| u32::from_str_radix(h, 16).ok())?;
                let control = code < 0x20 && !matches!(code, 0x09 | 0x0a | 0x0d)
                    || (0x7f..=0x9f).contains(&code);
                if control {
                    return Some(code);
                }
                i += 6;
            } else {
                i += 2;
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Runs blocking store work off the async runtime.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await?
}

pub async fn list_parties(State(st): State<Arc<AppState>>) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let parties = blocking(move || Ok(store.parties()?)).await?;
    Ok(Json(
        parties.into_iter().map(PartyOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn get_party(
    State(st): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let pid = PartyId::parse(&id).map_err(|e| ApiError::invalid(e.to_string()))?;
    let store = st.store.clone();
    let p = blocking(move || Ok(store.party(&pid)?)).await?;
    p.map(|p| Json(PartyOut::from(p)))
        .ok_or_else(|| ApiError::not_found("party", &id))
}

pub async fn list_dossiers(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    q: Result<Query<DossierQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let filter = DossierFilter {
        status: q
            .status
            .as_deref()
            .map(str::parse::<Status>)
            .transpose()
            .map_err(|e| ApiError::invalid(e.to_string()))?,
        text: q.q.filter(|s| !s.trim().is_empty()),
        victim_country: q
            .victim
            .as_deref()
            .map(PartyId::parse)
            .transpose()
            .map_err(|e| ApiError::invalid(format!("victim: {e}")))?,
        offset: q.offset,
        limit: q.limit.unwrap_or(50),
    };
    if filter.limit == 0 || filter.limit > 500 {
        return Err(ApiError::invalid("limit: expected 1 to 500"));
    }
    let store = st.store.clone();
    let page = blocking(move || Ok(store.dossiers(&viewer, &filter)?)).await?;
    Ok(Json(PageOut {
        items: page.items.into_iter().map(DossierOut::from).collect(),
        total: page.total,
        offset: page.offset,
        limit: page.limit,
    }))
}

pub async fn get_dossier(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let d = blocking(move || Ok(store.dossier(&viewer, &key)?)).await?;
    d.map(|d| Json(DossierOut::from(d)))
        .ok_or_else(|| ApiError::not_found("dossier", &id))
}

pub async fn dossier_history(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let h = blocking(move || Ok(store.dossier_history(&viewer, &id)?)).await?;
    Ok(Json(
        h.into_iter().map(HistoryOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn create_dossier(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(body): ApiJson<DossierCreateIn>,
) -> Result<impl IntoResponse, ApiError> {
    crate::auth::require_member(&viewer)?;
    let store = st.store.clone();
    let d = blocking(move || {
        Ok(store.create_dossier(
            &viewer,
            body.slug.as_deref(),
            body.facts.into(),
            body.marking,
        )?)
    })
    .await?;
    Ok((StatusCode::CREATED, Json(DossierOut::from(d))))
}

pub async fn update_dossier(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DossierUpdateIn>,
) -> Result<impl IntoResponse, ApiError> {
    crate::auth::require_member(&viewer)?;
    let store = st.store.clone();
    let d = blocking(move || {
        Ok(store.update_dossier(&viewer, &id, body.facts.into(), body.version)?)
    })
    .await?;
    Ok(Json(DossierOut::from(d)))
}

pub async fn transition_dossier(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TransitionIn>,
) -> Result<impl IntoResponse, ApiError> {
    crate::auth::require_member(&viewer)?;
    let to: Status = body
        .to
        .parse()
        .map_err(|e: entente_core::Invalid| ApiError::invalid(e.to_string()))?;
    let store = st.store.clone();
    let d = blocking(move || Ok(store.transition_dossier(&viewer, &id, to, body.reason)?)).await?;
    Ok(Json(DossierOut::from(d)))
}

pub async fn fallback() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no_such_route",
        "no such route; the API is described at /api/v1/openapi.json",
    )
}
