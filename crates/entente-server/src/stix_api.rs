//! The STIX API of issue 4: the latest versions of ingested STIX objects (by type and name),
//! every version of one object, ingest of a bundle (the same ingest as `entente import`), and
//! a dossier's STIX evidence exported as a STIX 2.1 bundle. Every read goes through the store
//! with the request's viewer, so an object the viewer may not see reads as a missing one.
//!
//! Routes (under `/api/v1`):
//! - `GET /stix/objects?type=&q=&offset=&limit=`, `GET /stix/objects/{id}`,
//!   `GET /stix/objects/{id}/versions`
//! - `POST /stix/bundles` (body: a STIX bundle; query `marking=TLP:GREEN` for unmarked objects)
//! - `GET /dossiers/{id}/stix-bundle`

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use entente_core::{Marking, Tlp};
use entente_store::stix_objects::{StixFilter, StixObjectView};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::blocking;
use crate::auth::{Reader, require_member};
use crate::error::ApiError;

/// The largest bundle `POST /stix/bundles` accepts, in bytes.
pub const MAX_BUNDLE: usize = 64 * 1024 * 1024;

/// The routes of this module, to merge into the `/api/v1` router.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/stix/objects", list_objects)
        .get("/stix/objects/{id}", get_object)
        .get("/stix/objects/{id}/versions", object_versions)
        .post("/stix/bundles", ingest_bundle)
        .get("/dossiers/{id}/stix-bundle", dossier_bundle)
}

/// Query of `GET /stix/objects`.
#[derive(Debug, Deserialize)]
pub struct ObjectsQuery {
    #[serde(default, rename = "type")]
    pub object_type: Option<String>,
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub offset: Option<usize>,
    #[serde(default)]
    pub limit: Option<usize>,
}

/// One version of a STIX object on the wire.
#[derive(Debug, Serialize)]
pub struct StixObjectOut {
    pub id: String,
    #[serde(rename = "type")]
    pub object_type: String,
    pub name: Option<String>,
    pub created: Option<String>,
    pub modified: Option<String>,
    pub marking: Marking,
    pub origin: String,
    pub author: String,
    pub recorded_at: String,
    /// The object exactly as ingested.
    pub object: serde_json::Value,
}

impl From<StixObjectView> for StixObjectOut {
    fn from(v: StixObjectView) -> Self {
        StixObjectOut {
            id: v.id,
            object_type: v.object_type,
            name: v.name,
            created: v.created,
            modified: v.modified,
            marking: v.marking,
            origin: v.origin.as_str().to_string(),
            author: v.author.as_str().to_string(),
            recorded_at: v.recorded_at,
            object: v.object,
        }
    }
}

/// A page of objects.
#[derive(Debug, Serialize)]
pub struct StixPageOut {
    pub items: Vec<StixObjectOut>,
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
}

pub async fn list_objects(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<ObjectsQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let filter = StixFilter {
        object_type: q.object_type.filter(|t| !t.is_empty()),
        text: q.q.filter(|t| !t.trim().is_empty()),
        offset: q.offset.unwrap_or(0),
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
    };
    let store = st.store.clone();
    let page = blocking(move || Ok(store.stix_objects(&viewer, &filter)?)).await?;
    Ok(Json(StixPageOut {
        items: page.items.into_iter().map(StixObjectOut::from).collect(),
        total: page.total,
        offset: page.offset,
        limit: page.limit,
    }))
}

pub async fn get_object(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let v = blocking(move || Ok(store.stix_object(&viewer, &key)?)).await?;
    v.map(|v| Json(StixObjectOut::from(v)))
        .ok_or_else(|| ApiError::not_found("STIX object", &id))
}

pub async fn object_versions(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let v = blocking(move || Ok(store.stix_versions(&viewer, &key)?)).await?;
    if v.is_empty() {
        return Err(ApiError::not_found("STIX object", &id));
    }
    Ok(Json(
        v.into_iter().map(StixObjectOut::from).collect::<Vec<_>>(),
    ))
}

/// Query of `POST /stix/bundles`.
#[derive(Debug, Deserialize)]
pub struct IngestQuery {
    /// Marking of objects that reference no TLP marking definition (default TLP:GREEN).
    #[serde(default)]
    pub marking: Option<String>,
}

pub async fn ingest_bundle(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<IngestQuery>,
    body: axum::body::Bytes,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let tlp: Tlp = match q.marking.as_deref() {
        None => Tlp::Green,
        Some(s) => s.parse().map_err(|_| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_input",
                "marking: expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED",
            )
        })?,
    };
    let mut marking = Marking::tlp(tlp);
    if tlp == Tlp::Red {
        marking.recipients.insert(viewer.user.clone());
    }
    let store = st.store.clone();
    let report = blocking(move || {
        let mut input: &[u8] = &body;
        Ok(store.ingest_stix(&viewer, &mut input, &marking, &mut |_| {})?)
    })
    .await?;
    let status = if report.all_landed() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Json(report.to_json())))
}

pub async fn dossier_bundle(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let b = blocking(move || Ok(store.dossier_stix_bundle(&viewer, &id)?)).await?;
    Ok(Json(b))
}

/// Adds this module's paths and schemas to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    let object = json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StixObject"}}}});
    let paths = json!({
        "/api/v1/stix/objects": {"get": {"summary": "The latest version of each STIX object the viewer may see",
            "parameters": [
                {"name": "type", "in": "query", "schema": {"type": "string"}, "description": "STIX type, e.g. attack-pattern"},
                {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Case-insensitive substring of the name or id"},
                {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}],
            "responses": {"200": {"description": "A page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StixObjectPage"}}}}, "400": error}}},
        "/api/v1/stix/objects/{id}": {"get": {"summary": "The latest version of a STIX object the viewer may see",
            "parameters": [id], "responses": {"200": object, "404": error}}},
        "/api/v1/stix/objects/{id}/versions": {"get": {"summary": "Every version of a STIX object the viewer may see, oldest first",
            "parameters": [id],
            "responses": {"200": {"description": "Versions", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/StixObject"}}}}}, "404": error}}},
        "/api/v1/stix/bundles": {"post": {"summary": "Validate and ingest a STIX 2.1 bundle (invalid objects are rejected with their reasons, the others land)",
            "parameters": [{"name": "marking", "in": "query", "schema": {"type": "string", "default": "TLP:GREEN"}, "description": "Marking of objects without a TLP marking reference"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "description": "A STIX 2.1 bundle"}}}},
            "responses": {
                "200": {"description": "Every object landed (or was already held)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StixIngestReport"}}}},
                "422": {"description": "Some objects were rejected; the others landed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StixIngestReport"}}}},
                "400": error, "401": error, "413": error}}},
        "/api/v1/dossiers/{id}/stix-bundle": {"get": {"summary": "The dossier's STIX evidence as a STIX 2.1 bundle (latest visible versions and the marking definitions they reference)",
            "parameters": [id],
            "responses": {"200": {"description": "A STIX 2.1 bundle", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": error}}}
    });
    let schemas = json!({
        "StixObject": {"type": "object", "properties": {
            "id": {"type": "string"}, "type": {"type": "string"}, "name": {"type": ["string", "null"]},
            "created": {"type": ["string", "null"]}, "modified": {"type": ["string", "null"]},
            "marking": {"$ref": "#/components/schemas/Marking"}, "origin": {"type": "string"}, "author": {"type": "string"},
            "recorded_at": {"type": "string", "format": "date-time"},
            "object": {"type": "object", "description": "The STIX object exactly as ingested"}}},
        "StixObjectPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/StixObject"}},
            "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}}},
        "StixFinding": {"type": "object", "properties": {"object_id": {"type": ["string", "null"]}, "path": {"type": "string"},
            "code": {"type": "string"}, "section": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning"]}, "message": {"type": "string"}}},
        "StixIngestReport": {"type": "object", "properties": {
            "objects": {"type": "integer"}, "added": {"type": "integer"}, "new_versions": {"type": "integer"},
            "older_versions": {"type": "integer"}, "duplicates": {"type": "integer"}, "warnings": {"type": "integer"}, "events": {"type": "integer"},
            "rejected": {"type": "array", "items": {"type": "object", "properties": {"index": {"type": "integer"}, "object_id": {"type": ["string", "null"]},
                "errors": {"type": "array", "items": {"$ref": "#/components/schemas/StixFinding"}}}}},
            "bundle_findings": {"type": "array", "items": {"$ref": "#/components/schemas/StixFinding"}}}}
    });
    if let (Some(p), Some(add)) = (doc["paths"].as_object_mut(), paths.as_object()) {
        for (k, v) in add {
            p.insert(k.clone(), v.clone());
        }
    }
    if let (Some(s), Some(add)) = (
        doc["components"]["schemas"].as_object_mut(),
        schemas.as_object(),
    ) {
        for (k, v) in add {
            s.insert(k.clone(), v.clone());
        }
    }
}
