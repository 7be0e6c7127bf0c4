//! The sanctions register API (issue 14) and its wire types, shared by the server and the CLI.
//!
//! Routes (under `/api/v1`):
//! - `GET /sanctions?q=&status=active|delisted|all&kind=person|entity`: the register, searched
//!   by name across scripts, romanisations and aliases
//! - `POST /sanctions`: record a listing (chair; the operator at the console)
//! - `GET /sanctions/{xid}`; `POST /sanctions/{xid}/amendments`; `POST /sanctions/{xid}/delisting`
//! - `GET /sanctions/regime`: renewals, terms and the review of the listings
//! - `POST /sanctions/renewals`: record a renewal
//! - `GET /sanctions/export?format=csv|ftm|xml|json` (audited)

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use entente_core::Marking;
use entente_core::sanctions::{Entry, LegalAct, Renewed, Source, export};
use entente_store::sanctions::{ListingFilter, ListingView, NewListing};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{Reader, require_member};
use crate::error::ApiError;

pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/sanctions", list)
        .post("/sanctions", record)
        .get("/sanctions/regime", regime)
        .post("/sanctions/renewals", renew)
        .get("/sanctions/export", export_register)
        .get("/sanctions/{xid}", get)
        .post("/sanctions/{xid}/amendments", amend)
        .post("/sanctions/{xid}/delisting", delist)
}

// ---- wire ------------------------------------------------------------------------------------

/// Body of `POST /sanctions`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ListingIn {
    pub entry: Entry,
    pub acts: Vec<LegalAct>,
    pub date: NaiveDate,
    #[serde(default)]
    pub dossiers: Vec<String>,
    #[serde(default)]
    pub procedures: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub marking: Option<Marking>,
}

impl From<ListingIn> for NewListing {
    fn from(b: ListingIn) -> Self {
        NewListing {
            entry: b.entry,
            acts: b.acts,
            date: b.date,
            dossiers: b.dossiers,
            procedures: b.procedures,
            sources: b.sources,
            note: b.note,
            marking: b.marking,
        }
    }
}

/// Body of `POST /sanctions/{xid}/amendments`: the entry as amended.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AmendIn {
    pub entry: Entry,
    pub acts: Vec<LegalAct>,
    pub date: NaiveDate,
    #[serde(default)]
    pub note: Option<String>,
}

/// Body of `POST /sanctions/{xid}/delisting`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DelistIn {
    pub acts: Vec<LegalAct>,
    pub date: NaiveDate,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterQuery {
    pub q: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    /// For the export: `csv`, `ftm`, `xml` or `json`.
    pub format: Option<String>,
}

impl RegisterQuery {
    pub fn filter(&self) -> Result<ListingFilter, ApiError> {
        if let Some(s) = &self.status
            && !["active", "delisted", "all"].contains(&s.as_str())
        {
            return Err(ApiError::invalid("status: active, delisted or all"));
        }
        if let Some(k) = &self.kind
            && k != "person"
            && k != "entity"
        {
            return Err(ApiError::invalid("kind: person or entity"));
        }
        if self.q.as_ref().is_some_and(|q| q.chars().count() > 200) {
            return Err(ApiError::invalid("q: at most 200 characters"));
        }
        Ok(ListingFilter {
            q: self.q.clone(),
            status: self.status.clone(),
            kind: self.kind.clone(),
        })
    }
}

/// An export of the register in `format`: its media type and body.
pub fn render(
    format: &str,
    list: &[ListingView],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(&'static str, String), ApiError> {
    let listings: Vec<entente_core::sanctions::Listing> =
        list.iter().map(|l| l.listing.clone()).collect();
    Ok(match format {
        "csv" => ("text/csv; charset=utf-8", export::csv(&listings)),
        "ftm" => (
            "application/x-ndjson; charset=utf-8",
            export::ftm(&listings),
        ),
        "xml" => (
            "application/xml; charset=utf-8",
            export::fsf_xml(&listings, now),
        ),
        "json" => (
            "application/json",
            serde_json::to_string_pretty(list).map_err(|e| {
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
            })?,
        ),
        _ => return Err(ApiError::invalid("format: csv, ftm, xml or json")),
    })
}

// ---- handlers --------------------------------------------------------------------------------

pub async fn list(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    q: Result<Query<RegisterQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let filter = q.filter()?;
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.listings(&viewer, &filter)?)).await?,
    ))
}

pub async fn get(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(xid): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = xid.clone();
    blocking(move || Ok(store.listing(&viewer, &key)?))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("sanctions entry", &xid))
}

pub async fn record(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<ListingIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let l = blocking(move || Ok(store.record_listing(&viewer, None, b.into())?)).await?;
    Ok((StatusCode::CREATED, Json(l)))
}

pub async fn amend(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(xid): Path<String>,
    ApiJson(b): ApiJson<AmendIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.amend_listing(&viewer, &xid, b.entry, b.acts, b.date, b.note)?))
            .await?,
    ))
}

pub async fn delist(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(xid): Path<String>,
    ApiJson(b): ApiJson<DelistIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.delist(&viewer, &xid, b.acts, b.date, b.reason)?)).await?,
    ))
}

pub async fn regime(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.sanctions_regime(&viewer)?)).await?,
    ))
}

pub async fn renew(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<Renewed>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let r = blocking(move || Ok(store.record_renewal(&viewer, b)?)).await?;
    Ok((StatusCode::CREATED, Json(r)))
}

pub async fn export_register(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    q: Result<Query<RegisterQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = q?;
    let format = q.format.clone().unwrap_or_else(|| "csv".into());
    if !["csv", "ftm", "xml", "json"].contains(&format.as_str()) {
        return Err(ApiError::invalid("format: csv, ftm, xml or json"));
    }
    let mut filter = q.filter()?;
    if filter.status.is_none() {
        filter.status = Some("all".into());
    }
    let store = st.store.clone();
    let f = format.clone();
    let (list, now) =
        blocking(move || Ok((store.export_listings(&viewer, &filter, &f)?, store.now()))).await?;
    let (media, body) = render(&format, &list, now)?;
    let ext = match format.as_str() {
        "ftm" => "ftm.json",
        other => other,
    };
    Ok((
        [
            (header::CONTENT_TYPE, media.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"cyber-sanctions-register.{ext}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// Adds this module's paths to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let xid = json!({"name": "xid", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Register entry id"});
    let obj = |what: &str| json!({"description": what, "content": {"application/json": {"schema": {"type": "object"}}}});
    let any_body =
        json!({"required": true, "content": {"application/json": {"schema": {"type": "object"}}}});
    let paths = json!({
        "/api/v1/sanctions": {
            "get": {"summary": "The cyber sanctions register (Decision (CFSP) 2019/797, Regulation (EU) 2019/796); q matches names across scripts, romanisations and aliases", "operationId": "listSanctions",
                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}, {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["active", "delisted", "all"]}}, {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["person", "entity"]}}],
                "responses": {"200": obj("Entries"), "400": error}},
            "post": {"summary": "Record a listing (the legal act and the reasons are required)", "operationId": "recordListing", "requestBody": any_body,
                "responses": {"201": obj("Recorded"), "400": error, "401": error, "403": error}}
        },
        "/api/v1/sanctions/{xid}": {"get": {"summary": "A register entry", "operationId": "getListing", "parameters": [xid], "responses": {"200": obj("Entry"), "404": error}}},
        "/api/v1/sanctions/{xid}/amendments": {"post": {"summary": "Record an amendment (not of a delisted entry)", "operationId": "amendListing", "parameters": [xid], "requestBody": any_body,
            "responses": {"200": obj("Amended"), "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/sanctions/{xid}/delisting": {"post": {"summary": "Record a delisting (of a listed entry)", "operationId": "delist", "parameters": [xid], "requestBody": any_body,
            "responses": {"200": obj("Delisted"), "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/sanctions/regime": {"get": {"summary": "Renewals, the regime's term and the review of the listings (Reg. 2019/796 Art. 13(4))", "operationId": "sanctionsRegime", "responses": {"200": obj("The regime")}}},
        "/api/v1/sanctions/renewals": {"post": {"summary": "Record a renewal of the regime or its listings", "operationId": "recordRenewal", "requestBody": any_body,
            "responses": {"201": obj("The regime"), "400": error, "401": error, "403": error}}},
        "/api/v1/sanctions/export": {"get": {"summary": "Export the register (audited): CSV, FollowTheMoney JSON lines, XML in the structure of the EU Financial Sanctions Files, or JSON", "operationId": "exportSanctions",
            "parameters": [{"name": "format", "in": "query", "schema": {"type": "string", "enum": ["csv", "ftm", "xml", "json"]}}, {"name": "status", "in": "query", "schema": {"type": "string"}}, {"name": "q", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The export"}, "400": error}}}
    });
    if let Some(p) = doc.get_mut("paths").and_then(|p| p.as_object_mut())
        && let Some(add) = paths.as_object()
    {
        for (k, v) in add {
            p.insert(k.clone(), v.clone());
        }
    }
}
