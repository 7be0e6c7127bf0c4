//! Search across everything the caller may see (issue 19): `GET /api/v1/search`.
//!
//! Query parameters: `q` (words, `"phrases"`, names in any script, identifiers such as
//! `T0800`), `lang` (the query's language; detected when absent), `type` (comma-separated
//! kinds: `dossier`, `evidence`, `assessment`, `attribution`, `stix`), `party`, `dossier`,
//! `marking` (a TLP level or a classification), `from` and `to` (dates or RFC 3339 times),
//! `sort` (`relevance` or `date`), `page` (from 1), `per_page` (at most 100).
//!
//! The index's query carries the caller's marking filter, so `total` and the facet counts hold
//! only what the caller may see; every hit is then confirmed by the store (`can_see` and the
//! container rule) and its read audited like any other read of marked data.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use entente_core::{Lang, Marking, Viewer};
use entente_search::{Results, SearchError, SearchIndex, SearchRequest};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::blocking;
use crate::auth::Reader;
use crate::error::ApiError;

pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new().get("/search", search)
}

/// The query string of `GET /api/v1/search` (and of the `/search` page).
#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub party: Option<String>,
    #[serde(default)]
    pub dossier: Option<String>,
    #[serde(default)]
    pub marking: Option<String>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub sort: Option<String>,
    #[serde(default)]
    pub page: Option<String>,
    #[serde(default)]
    pub per_page: Option<String>,
}

impl SearchParams {
    pub fn request(&self) -> Result<SearchRequest, ApiError> {
        SearchRequest::parse(
            self.q.as_deref(),
            self.lang.as_deref(),
            self.kind.as_deref(),
            self.party.as_deref(),
            self.dossier.as_deref(),
            self.marking.as_deref(),
            self.from.as_deref(),
            self.to.as_deref(),
            self.sort.as_deref(),
            self.page.as_deref(),
            self.per_page.as_deref(),
        )
        .map_err(ApiError::from)
    }
}

impl From<SearchError> for ApiError {
    fn from(e: SearchError) -> Self {
        match e {
            SearchError::Invalid { .. } => ApiError::invalid(e.to_string()),
            SearchError::Behind { .. }
            | SearchError::Missing(_)
            | SearchError::Busy(_)
            | SearchError::Closed => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.code(), e.to_string())
            }
            SearchError::Store(s) => s.into(),
            SearchError::Index(_) | SearchError::Io(_) => {
                tracing::error!(error = %e, "search failed");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "the server could not complete the search; it has been logged",
                )
            }
        }
    }
}

/// One hit on the wire.
#[derive(Debug, Serialize)]
pub struct HitOut {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    /// The best matching passage; `highlights` are byte ranges `[from, to)` into it.
    pub snippet: String,
    pub highlights: Vec<(usize, usize)>,
    pub score: f32,
    pub dossier: Option<String>,
    pub link: String,
    pub date: Option<String>,
    pub marking: Option<Marking>,
}

/// A facet value and how many of the caller's visible matches have it.
#[derive(Debug, Serialize)]
pub struct FacetOut {
    pub value: String,
    pub count: u64,
}

/// The answer of `GET /api/v1/search`.
#[derive(Debug, Serialize)]
pub struct SearchOut {
    pub q: String,
    /// The query's language, given or detected.
    pub lang: Option<String>,
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    pub hits: Vec<HitOut>,
    pub facets: BTreeMap<String, Vec<FacetOut>>,
}

impl SearchOut {
    pub fn of(q: &str, r: Results) -> Self {
        SearchOut {
            q: q.to_string(),
            lang: r.lang.map(|l| l.code().to_string()),
            total: r.total,
            page: r.page,
            per_page: r.per_page,
            hits: r
                .hits
                .into_iter()
                .map(|h| HitOut {
                    kind: h.kind,
                    id: h.id,
                    title: h.title,
                    snippet: h.snippet.text,
                    highlights: h.snippet.highlights,
                    score: h.score,
                    dossier: h.dossier,
                    link: h.link,
                    date: h.date,
                    marking: h.marking,
                })
                .collect(),
            facets: r
                .facets
                .into_iter()
                .map(|(k, v)| {
                    (
                        k,
                        v.into_iter()
                            .map(|(value, count)| FacetOut { value, count })
                            .collect(),
                    )
                })
                .collect(),
        }
    }
}

/// Runs a search off the async runtime (the index is opened on first use).
pub async fn run(
    st: &Arc<AppState>,
    viewer: Viewer,
    req: SearchRequest,
    reader: Lang,
) -> Result<Results, ApiError> {
    let st = st.clone();
    blocking(move || {
        let index = st.search_index()?;
        Ok(index.search(&viewer, &req, reader)?)
    })
    .await
}

pub async fn search(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(p): Query<SearchParams>,
) -> Result<impl IntoResponse, ApiError> {
    let req = p.request()?;
    let reader = req.lang.unwrap_or(Lang::En);
    let q = req.q.clone();
    let r = run(&st, viewer, req, reader).await?;
    Ok(Json(SearchOut::of(&q, r)))
}

impl AppState {
    /// The search index of the store's data directory, opened (and brought up to date from the
    /// log) on first use. Blocking.
    pub fn search_index(&self) -> Result<Arc<SearchIndex>, ApiError> {
        let mut slot = self.search.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = slot.as_ref() {
            return Ok(i.clone());
        }
        let i = SearchIndex::for_store(&self.store)?;
        *slot = Some(i.clone());
        Ok(i)
    }
}

/// `GET /api/v1/search` in the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let q = |name: &str, what: &str| json!({"name": name, "in": "query", "description": what, "schema": {"type": "string"}});
    let paths = json!({
        "/api/v1/search": {"get": {
            "summary": "Search everything the caller may see, in any of the 24 languages (hits, total and facet counts hold only what the caller may see)",
            "operationId": "search",
            "parameters": [
                q("q", "Words (any word form, any language), \"phrases\", names in any script, identifiers such as T0800; empty: list by the filters, newest first"),
                q("lang", "The query's language (ISO 639-1); detected when absent"),
                q("type", "Kinds, comma-separated: dossier, evidence, assessment, attribution, stix"),
                q("party", "The party an item is of"),
                q("dossier", "A dossier id"),
                q("marking", "A TLP level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED) or a classification (RESTREINT UE, ...)"),
                q("from", "A date (2026-11-22) or RFC 3339 time"),
                q("to", "A date (the whole day) or RFC 3339 time"),
                {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date"], "default": "relevance"}},
                {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
                {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
            ],
            "responses": {"200": {"description": "Results", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
                "400": error, "401": error, "503": error}}}
    });
    let schemas = json!({
        "SearchResults": {"type": "object", "properties": {
            "q": {"type": "string"}, "lang": {"type": ["string", "null"]},
            "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
            "hits": {"type": "array", "items": {"type": "object", "properties": {
                "kind": {"type": "string"}, "id": {"type": "string"}, "title": {"type": "string"},
                "snippet": {"type": "string"},
                "highlights": {"type": "array", "description": "Byte ranges [from, to) of the matching words in snippet", "items": {"type": "array", "items": {"type": "integer"}}},
                "score": {"type": "number"}, "dossier": {"type": ["string", "null"]}, "link": {"type": "string"},
                "date": {"type": ["string", "null"], "format": "date"},
                "marking": {"$ref": "#/components/schemas/Marking"}}}},
            "facets": {"type": "object", "description": "kind, party, dossier, marking and lang: [{value, count}] of the caller's visible matches",
                "additionalProperties": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}}}}}}
    });
    if let (Some(p), serde_json::Value::Object(new)) = (doc["paths"].as_object_mut(), paths) {
        p.extend(new);
    }
    if let (Some(s), serde_json::Value::Object(new)) =
        (doc["components"]["schemas"].as_object_mut(), schemas)
    {
        s.extend(new);
    }
    if let Some(codes) = doc
        .pointer_mut("/components/schemas/Error/properties/code/enum")
        .and_then(|c| c.as_array_mut())
    {
        for c in ["search_catching_up", "search_unavailable"] {
            codes.push(json!(c));
        }
    }
}
