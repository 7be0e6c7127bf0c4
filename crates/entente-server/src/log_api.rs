//! The log's tamper evidence over HTTP, for witnesses (finding F13): the latest signed tree
//! head, consistency proofs between two sizes (RFC 9162 §2.1.4), and co-signatures posted back
//! by witnesses, which the instance checks against the root it computes itself and records as
//! `log.witnessed` events.
//!
//! The size of a head is the number of events in the log, hidden ones included: the head, the
//! proofs and the co-signatures are read by those who audit (administrators, security
//! officers) and by the accounts an administrator registered to post a witness's co-signatures
//! (R10); everyone else gets 403. Only a registered key's co-signatures, posted by its account,
//! are recorded (R12). Posting needs a token with the read-write scope (or a session and its
//! CSRF token), like every other write.

use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entente_core::merkle;
use entente_store::tree_head::{Cosignature, CosignatureRecorded, WitnessView};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{Caller, require_session};
use crate::error::ApiError;

pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/log/head", head)
        .get("/log/consistency", consistency)
        .get("/log/cosignatures", list_cosignatures)
        .post("/log/cosignatures", post_cosignature)
        .post("/log/witnesses", register_witness)
        .delete("/log/witnesses/{key}", remove_witness)
}

/// `POST /api/v1/log/witnesses`: an administrator registers a witness's key and the account
/// that posts its co-signatures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessIn {
    /// Hex of the witness's Ed25519 public key (`entente witness key` prints it).
    pub witness_key: String,
    /// The account whose API token the witness uses.
    pub user: String,
}

/// The caller may read heads, proofs and co-signatures (403 otherwise).
async fn reader(st: &Arc<AppState>, caller: &Option<crate::auth::Session>) -> Result<(), ApiError> {
    let viewer = require_session(caller)?.viewer.clone();
    let store = st.store.clone();
    blocking(move || Ok(store.check_log_reader(&viewer)?)).await
}

async fn register_witness(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    ApiJson(body): ApiJson<WitnessIn>,
) -> Result<StatusCode, ApiError> {
    let viewer = require_session(&caller)?.viewer.clone();
    let user =
        entente_core::UserId::parse(&body.user).map_err(|e| ApiError::invalid(e.to_string()))?;
    let store = st.store.clone();
    blocking(move || Ok(store.register_witness(&viewer, &body.witness_key, &user)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn remove_witness(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    axum::extract::Path(key): axum::extract::Path<String>,
) -> Result<StatusCode, ApiError> {
    let viewer = require_session(&caller)?.viewer.clone();
    let store = st.store.clone();
    blocking(move || Ok(store.remove_witness(&viewer, &key)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/log/head`: the latest signed tree head.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeHeadOut {
    /// Number of events the head covers (seq 1 to `size`).
    pub size: u64,
    /// Hex of the Merkle tree hash (RFC 9162 §2.1.1) of those events' chain hashes.
    pub root: String,
    /// When the instance signed it (RFC 3339, UTC, microseconds).
    pub time: String,
    /// Hex of the instance's Ed25519 public key.
    pub public_key: String,
    /// Hex of the Ed25519 signature over `entente-tree-head:v1:{size}:{root}:{time}`.
    pub signature: String,
}

/// `GET /api/v1/log/consistency?from=&to=`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsistencyOut {
    pub from: u64,
    pub to: u64,
    /// Hex of the proof's hashes, in the order of RFC 9162 §2.1.4.1.
    pub proof: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct ConsistencyQuery {
    pub from: u64,
    pub to: u64,
}

/// `POST /api/v1/log/cosignatures`: a witness's co-signature of a head of this log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CosignatureIn {
    /// Hex of the witness's Ed25519 public key.
    pub witness_key: String,
    pub size: u64,
    /// Hex of the root the witness co-signed.
    pub root: String,
    /// The witness's time, as signed.
    pub witnessed_at: String,
    /// Hex of the signature over
    /// `entente-cosignature:v1:{instance_key}:{size}:{root}:{witnessed_at}`.
    pub signature: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CosignatureOut {
    /// False when this witness's co-signature of this size was already recorded, or when only
    /// co-signatures were appended since its last recorded one.
    pub recorded: bool,
    /// The `log.witnessed` event.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub seq: Option<u64>,
    /// Why it was not recorded.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<String>,
}

/// The latest co-signature of a witness, as the instance recorded it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WitnessOut {
    pub witness_key: String,
    pub size: u64,
    pub root: String,
    pub witnessed_at: String,
    pub cosignature: String,
    pub seq: u64,
    pub recorded_at: String,
    pub posted_by: String,
    pub posted_for: String,
}

impl From<WitnessView> for WitnessOut {
    fn from(w: WitnessView) -> Self {
        WitnessOut {
            witness_key: w.witness_key,
            size: w.size,
            root: w.root,
            witnessed_at: w.witnessed_at,
            cosignature: w.cosignature,
            seq: w.seq,
            recorded_at: w.recorded_at,
            posted_by: w.posted_by.as_str().to_string(),
            posted_for: w.posted_for.as_str().to_string(),
        }
    }
}

async fn head(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
) -> Result<Response, ApiError> {
    reader(&st, &caller).await?;
    let store = st.store.clone();
    let (h, public_key) = blocking(move || Ok((store.tree_head()?, store.public_key()))).await?;
    Ok(Json(TreeHeadOut {
        size: h.size,
        root: h.root_hex(),
        time: h.time.clone(),
        public_key,
        signature: h.signature_hex(),
    })
    .into_response())
}

async fn consistency(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    q: Result<Query<ConsistencyQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    reader(&st, &caller).await?;
    let Query(q) = q.map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_query",
            "from and to: expected two tree sizes, e.g. ?from=100&to=250",
        )
    })?;
    let store = st.store.clone();
    let (from, to) = (q.from, q.to);
    let proof = blocking(move || Ok(store.consistency_proof(from, to)?)).await?;
    Ok(Json(ConsistencyOut {
        from,
        to,
        proof: proof.iter().map(hex::encode).collect(),
    })
    .into_response())
}

async fn post_cosignature(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    ApiJson(body): ApiJson<CosignatureIn>,
) -> Result<Response, ApiError> {
    let session = require_session(&caller)?.clone();
    let root = merkle::parse_hash(&body.root)
        .ok_or_else(|| ApiError::invalid("root: expected 64 hex digits"))?;
    let c = Cosignature {
        witness_key: body.witness_key,
        size: body.size,
        root,
        witnessed_at: body.witnessed_at,
        signature: body.signature,
    };
    let store = st.store.clone();
    let viewer = session.viewer;
    let outcome = blocking(move || Ok(store.record_cosignature(&viewer, c)?)).await?;
    Ok(match outcome {
        CosignatureRecorded::Recorded { seq } => (
            StatusCode::CREATED,
            Json(CosignatureOut {
                recorded: true,
                seq: Some(seq),
                reason: None,
            }),
        )
            .into_response(),
        CosignatureRecorded::AlreadyRecorded => Json(CosignatureOut {
            recorded: false,
            seq: None,
            reason: Some("this witness's co-signature of this size is already recorded".into()),
        })
        .into_response(),
        CosignatureRecorded::NothingNew => Json(CosignatureOut {
            recorded: false,
            seq: None,
            reason: Some(
                "only co-signatures were appended since this witness's last recorded co-signature; nothing new to record"
                    .into(),
            ),
        })
        .into_response(),
    })
}

async fn list_cosignatures(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
) -> Result<Response, ApiError> {
    reader(&st, &caller).await?;
    let viewer = require_session(&caller)?.viewer.clone();
    let store = st.store.clone();
    let list = blocking(move || Ok(store.witnesses(&viewer)?)).await?;
    Ok(Json(list.into_iter().map(WitnessOut::from).collect::<Vec<_>>()).into_response())
}

/// The routes of this file in the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let size = |name: &str, what: &str| json!({"name": name, "in": "query", "required": true, "description": what, "schema": {"type": "integer", "minimum": 0}});
    let paths = json!({
        "/api/v1/log/witnesses": {"post": {"summary": "Register a witness's key and the account that posts its co-signatures (administrators)",
            "operationId": "registerWitness",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["witness_key", "user"],
                "properties": {"witness_key": {"type": "string", "description": "Hex of the witness's Ed25519 public key"}, "user": {"type": "string"}}}}}},
            "responses": {"204": {"description": "Registered"}, "400": error, "401": error, "403": error, "404": error}}},
        "/api/v1/log/witnesses/{key}": {"delete": {"summary": "Remove a witness's registration (administrators)",
            "operationId": "removeWitness",
            "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Removed"}, "401": error, "403": error, "404": error}}},
        "/api/v1/log/head": {"get": {"summary": "The latest signed tree head of the log (administrators, security officers and registered witnesses' accounts: its size is the number of events)",
            "operationId": "logHead",
            "responses": {"200": {"description": "The head", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TreeHead"}}}}, "401": error}}},
        "/api/v1/log/consistency": {"get": {"summary": "Consistency proof between the trees of the first `from` and the first `to` events (RFC 9162 §2.1.4)",
            "operationId": "logConsistency",
            "parameters": [size("from", "The smaller tree size"), size("to", "The larger tree size, at most the log's")],
            "responses": {"200": {"description": "The proof", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConsistencyProof"}}}}, "400": error, "401": error}}},
        "/api/v1/log/cosignatures": {
            "get": {"summary": "The latest co-signature of every witness, as recorded in the log", "operationId": "listCosignatures",
                "responses": {"200": {"description": "Witnesses", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Witness"}}}}}, "401": error}},
            "post": {"summary": "Post a witness's co-signature of a head; checked against the root this instance computes at that size (409 cosignature_mismatch when the witness co-signed another root: a fork), then recorded as a log.witnessed event",
                "operationId": "postCosignature",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Cosignature"}}}},
                "responses": {
                    "201": {"description": "Recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CosignatureRecorded"}}}},
                    "200": {"description": "Already recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CosignatureRecorded"}}}},
                    "400": error, "401": error, "403": error, "409": error}}}
    });
    let hex = |what: &str| json!({"type": "string", "pattern": "^[0-9a-f]+$", "description": what});
    let schemas = json!({
        "TreeHead": {"type": "object", "required": ["size", "root", "time", "public_key", "signature"], "properties": {
            "size": {"type": "integer"}, "root": hex("Merkle tree hash"), "time": {"type": "string", "format": "date-time"},
            "public_key": hex("Ed25519 public key of the instance"),
            "signature": hex("Ed25519 signature over entente-tree-head:v1:{size}:{root}:{time}")}},
        "ConsistencyProof": {"type": "object", "properties": {"from": {"type": "integer"}, "to": {"type": "integer"},
            "proof": {"type": "array", "items": hex("a node hash")}}},
        "Cosignature": {"type": "object", "required": ["witness_key", "size", "root", "witnessed_at", "signature"], "additionalProperties": false, "properties": {
            "witness_key": hex("Ed25519 public key of the witness"), "size": {"type": "integer"}, "root": hex("the co-signed root"),
            "witnessed_at": {"type": "string", "format": "date-time"},
            "signature": hex("Ed25519 signature over entente-cosignature:v1:{instance_key}:{size}:{root}:{witnessed_at}")}},
        "CosignatureRecorded": {"type": "object", "properties": {"recorded": {"type": "boolean"}, "seq": {"type": "integer"}, "reason": {"type": "string"}}},
        "Witness": {"type": "object", "properties": {
            "witness_key": {"type": "string"}, "size": {"type": "integer"}, "root": {"type": "string"}, "witnessed_at": {"type": "string"},
            "cosignature": {"type": "string"}, "seq": {"type": "integer"}, "recorded_at": {"type": "string"},
            "posted_by": {"type": "string"}, "posted_for": {"type": "string"}}}
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
        for c in ERROR_CODES {
            if !codes.iter().any(|x| x == c) {
                codes.push(json!(c));
            }
        }
    }
}

/// Error codes of these routes, for the OpenAPI document.
pub const ERROR_CODES: &[&str] = &[
    "invalid_range",
    "invalid_cosignature",
    "cosignature_mismatch",
];
