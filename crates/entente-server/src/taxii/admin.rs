//! The admin's side of TAXII collections, in entente's own API (issue 13): defining, listing
//! and retiring the collections that `/taxii2/` serves. These are entente API routes (under
//! `/api/v1`, entente's error shape, in the OpenAPI document); the TAXII routes themselves are
//! not.
//!
//! - `GET /api/v1/taxii/collections`: every definition the admin may see (filters, lists,
//!   marking);
//! - `POST /api/v1/taxii/collections`: define (or redefine, with the same `id`) a collection;
//! - `DELETE /api/v1/taxii/collections/{id}`: retire it.
//!
//! Each needs `TaxiiCollectionManage` (admin), decided by the store.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use entente_core::{Marking, Tlp};
use entente_store::taxii::{
    Access, CollectionDefined, CollectionDefinition, CollectionFilter, CollectionView,
};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::blocking;
use crate::auth::{Reader, require_member};
use crate::error::ApiError;

pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/taxii/collections", list)
        .post("/taxii/collections", define)
        .delete("/taxii/collections/{id}", retire)
}

/// A collection definition on the wire.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefinitionIn {
    /// A UUID; a new one when absent.
    #[serde(default)]
    pub id: Option<String>,
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub alias: Option<String>,
    #[serde(default)]
    pub filter: CollectionFilter,
    #[serde(default)]
    pub can_read: Access,
    #[serde(default)]
    pub can_write: Option<Access>,
    #[serde(default)]
    pub allow_delete: bool,
    /// Who may know the collection exists (default TLP:GREEN).
    #[serde(default)]
    pub marking: Option<Marking>,
}

#[derive(Debug, Serialize)]
pub struct DefinitionOut {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub alias: Option<String>,
    pub filter: CollectionFilter,
    pub can_read: Access,
    pub can_write: Option<Access>,
    pub allow_delete: bool,
    pub marking: Marking,
    pub defined_by: String,
    pub defined_at: String,
    /// Where TAXII clients find it.
    pub url: String,
}

impl From<CollectionView> for DefinitionOut {
    fn from(c: CollectionView) -> Self {
        DefinitionOut {
            url: format!("/taxii2/{}/collections/{}/", super::API_ROOT, c.def.id),
            id: c.def.id,
            title: c.def.title,
            description: c.def.description,
            alias: c.def.alias,
            filter: c.def.filter,
            can_read: c.def.can_read,
            can_write: c.def.can_write,
            allow_delete: c.def.allow_delete,
            marking: c.marking,
            defined_by: c.author.as_str().to_string(),
            defined_at: c.defined_at,
        }
    }
}

pub async fn list(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let list = blocking(move || Ok(store.taxii_definitions(&viewer)?)).await?;
    Ok(Json(
        list.into_iter()
            .map(DefinitionOut::from)
            .collect::<Vec<_>>(),
    ))
}

pub async fn define(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    body: Result<Json<DefinitionIn>, axum::extract::rejection::JsonRejection>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let Json(d) = body?;
    let id = match d.id {
        Some(id) => id,
        None => entente_store::taxii::random_uuid()?,
    };
    let def = CollectionDefinition {
        def: CollectionDefined {
            id,
            title: d.title,
            description: d.description,
            alias: d.alias,
            filter: d.filter,
            can_read: d.can_read,
            can_write: d.can_write,
            allow_delete: d.allow_delete,
        },
        marking: d.marking.unwrap_or_else(|| Marking::tlp(Tlp::Green)),
    };
    let store = st.store.clone();
    let c = blocking(move || Ok(store.define_collection(&viewer, def)?)).await?;
    Ok((StatusCode::CREATED, Json(DefinitionOut::from(c))))
}

pub async fn retire(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    blocking(move || Ok(store.retire_collection(&viewer, &id)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Adds these paths to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let access = json!({"type": "object", "additionalProperties": false, "properties": {
        "parties": {"type": "array", "items": {"type": "string"}, "description": "Every party when empty"},
        "roles": {"type": "array", "items": {"type": "string"}, "description": "Any role when empty"}}});
    let filter = json!({"type": "object", "additionalProperties": false, "properties": {
        "types": {"type": "array", "items": {"type": "string"}},
        "created_by": {"type": "string", "description": "An identity id: the objects' source"},
        "origin": {"type": "string", "description": "The party that first published the objects"},
        "dossier": {"type": "string", "description": "The STIX objects this dossier's visible evidence cites"},
        "posted_only": {"type": "boolean", "description": "Only objects added through TAXII"}}});
    let def = json!({"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "title": {"type": "string"},
        "description": {"type": ["string", "null"]}, "alias": {"type": ["string", "null"]},
        "filter": filter, "can_read": access, "can_write": {"oneOf": [access, {"type": "null"}]},
        "allow_delete": {"type": "boolean"}, "marking": {"$ref": "#/components/schemas/Marking"},
        "defined_by": {"type": "string"}, "defined_at": {"type": "string", "format": "date-time"},
        "url": {"type": "string", "description": "The collection's TAXII 2.1 URL"}}});
    let paths = json!({
        "/taxii/collections": {
            "get": {"summary": "TAXII collection definitions the admin may see (TaxiiCollectionManage)",
                "responses": {"200": {"description": "Definitions", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/TaxiiCollection"}}}}}, "401": error, "403": error}},
            "post": {"summary": "Define (or redefine, with the same id) a TAXII collection: a view of the store with its own can_read and can_write lists",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaxiiCollection"}}}},
                "responses": {"201": {"description": "Defined", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TaxiiCollection"}}}}, "400": error, "401": error, "403": error, "409": error}}},
        "/taxii/collections/{id}": {"delete": {"summary": "Retire a TAXII collection",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Retired"}, "401": error, "403": error, "404": error}}}
    });
    if let Some(p) = doc["paths"].as_object_mut()
        && let Some(add) = paths.as_object()
    {
        for (k, v) in add {
            p.insert(format!("/api/v1{k}"), v.clone());
        }
    }
    if let Some(s) = doc["components"]["schemas"].as_object_mut() {
        s.insert("TaxiiCollection".into(), def);
    }
}
