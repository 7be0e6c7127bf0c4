//! The API of issue 7 and the dossier side of issue 6: decision procedures with live outcomes
//! (and their Server-Sent Events stream), positions, the attribution register, responses,
//! packages of measures and the response options of a dossier.
//!
//! Routes (under `/api/v1`):
//! - `POST /dossiers/{id}/procedures`, `GET /dossiers/{id}/procedures`
//! - `GET /procedures/{pid}`, `PUT /procedures/{pid}/positions/{party}`,
//!   `POST /procedures/{pid}/close`, `GET /procedures/{pid}/stream` (text/event-stream)
//! - `POST /procedures/evaluate` (the CLI's positions file, no storage)
//! - `GET /dossiers/{id}/responses`
//! - `GET|POST /dossiers/{id}/attributions`, `POST /attributions/{aid}/withdraw`
//! - `GET|POST /dossiers/{id}/packages`
//! - `GET|POST /dossiers/{id}/options`
//!
//! **SSE contract** (`GET /procedures/{pid}/stream`): one `event: procedure` whose `data` is the
//! procedure JSON (as `GET /procedures/{pid}`, with `outcome`) at once, then again after every
//! change to the procedure (position, close) and every 15 seconds (so the countdown and a
//! deadline passing show without a change); `id` is the procedure's last event seq. The stream
//! ends when the procedure is no longer visible to the caller. Changes are announced on
//! [`crate::AppState::procedure_events`].

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use chrono::{DateTime, NaiveDate, Utc};
use entente_core::Marking;
use entente_core::options::{Context, OptionsInput, response_options};
use entente_core::population::AnnexTable;
use entente_core::procedure::record::{AttributedActor, OutcomeRecord, PopulationFigures, Subject};
use entente_store::attributions::NewAttribution;
use entente_store::procedures::{OpenProcedure, PositionInput, ProcedureView};
use serde::Deserialize;

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{Reader, require_member};
use crate::error::ApiError;
use crate::picture_api::parse_time;
use crate::wire::options::{
    FROM_REGISTER, OptionsDocument, OptionsReportOut, parse_partner_status, targets_found,
};
use crate::wire::procedure::{Evaluate, WireError};

/// A change to a procedure, announced to SSE streams.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProcedureChange {
    pub procedure: String,
    pub dossier: String,
    pub seq: u64,
}

/// The routes of this module, to merge into the `/api/v1` router.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/dossiers/{id}/procedures", list_procedures)
        .post("/dossiers/{id}/procedures", open_procedure)
        .get("/dossiers/{id}/responses", list_responses)
        .get("/dossiers/{id}/attributions", attribution_register)
        .post("/dossiers/{id}/attributions", record_attribution)
        .post("/attributions/{aid}/withdraw", withdraw_attribution)
        .get("/dossiers/{id}/packages", list_packages)
        .post("/dossiers/{id}/packages", assemble_package)
        .get("/dossiers/{id}/options", dossier_options)
        .post("/dossiers/{id}/options", dossier_options_with)
        .post("/procedures/evaluate", evaluate)
        .get("/procedures/{pid}", get_procedure)
        .put("/procedures/{pid}/positions/{party}", record_position)
        .post("/procedures/{pid}/close", close_procedure)
        .get("/procedures/{pid}/stream", stream)
        .get("/reference/population", population_tables)
        .post("/reference/population", import_population)
}

pub fn announce(st: &AppState, p: &ProcedureView) {
    let _ = st.procedure_events.send(ProcedureChange {
        procedure: p.id.clone(),
        dossier: p.dossier.clone(),
        seq: p.seq,
    });
}

/// Closes the procedures whose deadline has passed, every 15 seconds, and announces them.
pub fn spawn_sweeper(st: Arc<AppState>) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(15));
        loop {
            tick.tick().await;
            crate::identity::flush_failure_tally(&st).await;
            let store = st.store.clone();
            let closed = tokio::task::spawn_blocking(move || store.close_due_procedures()).await;
            match closed {
                Ok(Ok(ids)) => {
                    for id in ids {
                        let _ = st.procedure_events.send(ProcedureChange {
                            procedure: id,
                            dossier: String::new(),
                            seq: 0,
                        });
                    }
                }
                Ok(Err(e)) => {
                    tracing::warn!(error = %e, "closing procedures at their deadline failed")
                }
                Err(_) => {}
            }
        }
    });
}

// ---- wire ------------------------------------------------------------------------------------

/// Body of `POST /dossiers/{id}/procedures`: the subject (`subject`, or the shorthands `text`
/// or `package`), the rule, the deadline, the participants (default all 27) and, for rules
/// that weigh population when entente ships no figures for the year, the Annex III figures.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureIn {
    #[serde(default)]
    pub subject: Option<Subject>,
    #[serde(default)]
    pub text: Option<entente_core::LocalizedText>,
    #[serde(default)]
    pub package: Option<String>,
    #[serde(default)]
    pub rule: Option<String>,
    pub deadline: String,
    #[serde(default)]
    pub participants: Option<Vec<String>>,
    #[serde(default)]
    pub population: Option<PopulationFigures>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Body of `PUT /procedures/{pid}/positions/{party}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionIn {
    pub position: String,
    #[serde(default)]
    pub declaration: Option<String>,
}

/// Body of `POST /dossiers/{id}/attributions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionIn {
    #[serde(default)]
    pub party: Option<String>,
    pub actor: AttributedActor,
    pub term: String,
    pub confidence: String,
    pub basis: Vec<String>,
    pub public: bool,
    pub date: NaiveDate,
    #[serde(default)]
    pub statement_url: Option<String>,
    #[serde(default)]
    pub marking: Option<Marking>,
    #[serde(default)]
    pub joint: bool,
    #[serde(default)]
    pub procedure: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Body of `POST /attributions/{aid}/withdraw`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawIn {
    #[serde(default)]
    pub reason: Option<String>,
}

/// Body of `POST /dossiers/{id}/packages`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageIn {
    pub measures: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl ProcedureIn {
    /// Checks the shape of the body (exactly one subject, an RFC 3339 deadline) and makes the
    /// store's request; the store checks the rest (rule, participants, population figures).
    /// Public so that the fuzz targets (docs/fuzzing.md) reach it without a server.
    pub fn into_request(self) -> Result<OpenProcedure, ApiError> {
        let subject = match (self.subject, self.text, self.package) {
            (Some(s), None, None) => s,
            (None, Some(text), None) => Subject::Text { text },
            (None, None, Some(package)) => Subject::Package { package },
            _ => {
                return Err(ApiError::invalid(
                    "subject: expected exactly one of subject, text (a text in one or more languages) or package (a package id)",
                ));
            }
        };
        Ok(OpenProcedure {
            subject,
            rule: self.rule,
            deadline: parse_time("deadline", &self.deadline)?,
            participants: self.participants,
            population: self.population,
            note: self.note,
        })
    }
}

// ---- procedures ------------------------------------------------------------------------------

pub async fn open_procedure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ProcedureIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let req = body.into_request()?;
    let store = st.store.clone();
    let p = blocking(move || Ok(store.open_procedure(&viewer, &id, req)?)).await?;
    announce(&st, &p);
    Ok((StatusCode::CREATED, Json(p)))
}

pub async fn list_procedures(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.procedures(&viewer, &id)?)).await?,
    ))
}

pub async fn get_procedure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(pid): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = pid.clone();
    blocking(move || Ok(store.procedure(&viewer, &key)?))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found("procedure", &pid))
}

pub async fn record_position(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path((pid, party)): Path<(String, String)>,
    ApiJson(body): ApiJson<PositionIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let input = PositionInput {
        position: body.position,
        declaration: body.declaration,
    };
    let p = blocking(move || Ok(store.record_position(&viewer, &pid, &party, input)?)).await?;
    announce(&st, &p);
    Ok(Json(p))
}

pub async fn close_procedure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(pid): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let p = blocking(move || Ok(store.close_procedure(&viewer, &pid)?)).await?;
    announce(&st, &p);
    Ok(Json(p))
}

pub async fn list_responses(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.responses(&viewer, &id)?)).await?,
    ))
}

struct StreamState {
    st: Arc<AppState>,
    viewer: entente_core::Viewer,
    /// The request's credentials, resolved again before every update (F6).
    parts: axum::http::request::Parts,
    pid: String,
    rx: tokio::sync::broadcast::Receiver<ProcedureChange>,
    first: Option<ProcedureView>,
    tick: tokio::time::Interval,
    _slot: StreamSlot,
}

/// The most live streams served at once (F26); the next ones answer 503 until one ends.
pub const MAX_STREAMS: usize = 256;

/// One of the [`MAX_STREAMS`] slots, given back when the stream ends.
struct StreamSlot(Arc<AppState>);

impl StreamSlot {
    fn take(st: &Arc<AppState>) -> Option<StreamSlot> {
        use std::sync::atomic::Ordering;
        let prev = st.streams.fetch_add(1, Ordering::SeqCst);
        if prev >= MAX_STREAMS {
            st.streams.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(StreamSlot(st.clone()))
    }
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        self.0
            .streams
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

fn sse_event(p: &ProcedureView) -> Event {
    let e = Event::default().event("procedure").id(p.seq.to_string());
    match serde_json::to_string(p) {
        Ok(json) => e.data(json),
        Err(_) => e.data("{}"),
    }
}

/// `GET /procedures/{pid}/stream`: the procedure with its live outcome, as Server-Sent Events.
/// The caller's credentials are resolved again before every update: a stream ends as soon as
/// its session or token ends, the account is disabled, or its clearance or party changes (F6).
pub async fn stream(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(pid): Path<String>,
    parts: axum::http::request::Parts,
) -> Result<impl IntoResponse, ApiError> {
    let slot = StreamSlot::take(&st).ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "too_many_streams",
            format!("this server holds {MAX_STREAMS} live streams already; try again shortly"),
        )
    })?;
    let rx = st.procedure_events.subscribe();
    let store = st.store.clone();
    let (v, key) = (viewer.clone(), pid.clone());
    let first = blocking(move || Ok(store.procedure(&v, &key)?))
        .await?
        .ok_or_else(|| ApiError::not_found("procedure", &pid))?;
    let period = Duration::from_secs(15);
    let init = StreamState {
        st,
        viewer,
        parts,
        pid,
        rx,
        first: Some(first),
        tick: tokio::time::interval_at(tokio::time::Instant::now() + period, period),
        _slot: slot,
    };
    let events = futures_util::stream::unfold(init, |mut s| async move {
        if let Some(first) = s.first.take() {
            let e = sse_event(&first);
            return Some((Ok::<Event, Infallible>(e), s));
        }
        loop {
            tokio::select! {
                r = s.rx.recv() => match r {
                    Ok(c) if c.procedure == s.pid => break,
                    Ok(_) => continue,
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => break,
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
                },
                _ = s.tick.tick() => break,
            }
        }
        let store = s.st.store.clone();
        let auth = s.st.auth.clone();
        let parts = s.parts.clone();
        let (v, key) = (s.viewer.clone(), s.pid.clone());
        let read = tokio::task::spawn_blocking(move || {
            let now = auth.session(&parts).map(|x| x.viewer);
            let still = match &now {
                Some(n) => n == &v,
                None => v.is_public(),
            };
            if !still {
                return Ok(None);
            }
            store.watch_procedure(&v, &key)
        })
        .await;
        match read {
            Ok(Ok(Some(p))) => Some((Ok(sse_event(&p)), s)),
            _ => None,
        }
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::default()))
}

// ---- evaluate without storage ----------------------------------------------------------------

/// Body of `POST /procedures/evaluate`: the CLI's positions file as `positions`, the rule, and
/// optionally the year or time of the vote and figures supplied with it (else the Annex III
/// table in force at its time, shipped or loaded into this instance, is used; see
/// [`crate::wire::procedure`]).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvaluateIn {
    pub rule: String,
    pub positions: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub population: Option<serde_json::Value>,
    /// The time of the vote (default now; a silence procedure: its deadline).
    #[serde(default)]
    pub at: Option<String>,
}

pub async fn evaluate(
    State(st): State<Arc<AppState>>,
    ApiJson(body): ApiJson<EvaluateIn>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let imported = blocking(move || Ok(store.imported_population_tables()?)).await?;
    Ok(Json(body.evaluate(Utc::now(), &imported)?))
}

impl EvaluateIn {
    /// Parses the positions and the population figures and applies the rule, with the tables
    /// `imported` into the instance besides the shipped ones. `today` is the time used when the
    /// body gives neither `at` nor a deadline. Public so that the fuzz targets
    /// (docs/fuzzing.md) reach the whole of `POST /procedures/evaluate` without a server.
    pub fn evaluate(
        &self,
        today: DateTime<Utc>,
        imported: &[AnnexTable],
    ) -> Result<OutcomeRecord, ApiError> {
        Evaluate {
            rule: &self.rule,
            positions: &self.positions,
            population: self.population.as_ref(),
            year: self.year,
            at: self.at.as_deref(),
        }
        .run(today, imported)
        .map_err(wire_error)
    }
}

// ---- Annex III tables -----------------------------------------------------------------------

/// `GET /reference/population`: every Annex III table, shipped and loaded into this instance.
pub async fn population_tables(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.population_tables()?)).await?,
    ))
}

/// `POST /reference/population`: loads an Annex III table (an administrator; the document of
/// `entente reference population import FILE`, [`crate::wire::population`]). 400 naming the
/// field or the state when it is not a valid table; 409 when it contradicts a known table of
/// its year without `"supersedes": true`, or repeats it. Nothing is recorded in either case.
pub async fn import_population(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let input = crate::wire::population::table_from(&body).map_err(wire_error)?;
    let store = st.store.clone();
    let t = blocking(move || Ok(store.import_population(&viewer, input)?)).await?;
    Ok((StatusCode::CREATED, Json(t)))
}

// ---- attributions ----------------------------------------------------------------------------

pub async fn attribution_register(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.attribution_register(&viewer, &id)?)).await?,
    ))
}

pub async fn record_attribution(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<AttributionIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let a = NewAttribution {
        party: b.party,
        actor: b.actor,
        term: b.term,
        confidence: b.confidence,
        basis: b.basis,
        public: b.public,
        date: b.date,
        statement_url: b.statement_url,
        marking: b.marking,
        joint: b.joint,
        procedure: b.procedure,
        note: b.note,
    };
    let store = st.store.clone();
    let v = blocking(move || Ok(store.record_attribution(&viewer, &id, a)?)).await?;
    Ok((StatusCode::CREATED, Json(v)))
}

pub async fn withdraw_attribution(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(aid): Path<String>,
    ApiJson(b): ApiJson<WithdrawIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.withdraw_attribution(&viewer, &aid, b.reason)?)).await?,
    ))
}

// ---- packages --------------------------------------------------------------------------------

pub async fn list_packages(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    Ok(Json(
        blocking(move || Ok(store.packages(&viewer, &id)?)).await?,
    ))
}

pub async fn assemble_package(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<PackageIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let p = blocking(move || Ok(store.assemble_package(&viewer, &id, b.measures, b.note)?)).await?;
    Ok((StatusCode::CREATED, Json(p)))
}

// ---- options ---------------------------------------------------------------------------------

/// Query of `GET /dossiers/{id}/options`: the facts the agreed picture does not hold.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsQuery {
    #[serde(default)]
    pub persons_identified: bool,
    /// The activity was an attempted cyber-attack (Reg. (EU) 2019/796 Art. 1(1)).
    #[serde(default)]
    pub attempted: bool,
    /// Comma-separated Art. 1(4)-(6) targets found (keys 4a-4e, 5, 6 or ids).
    #[serde(default)]
    pub targets: Option<String>,
    #[serde(default)]
    pub ongoing_dialogue: bool,
    #[serde(default)]
    pub sanctions_regime_applies: bool,
    #[serde(default)]
    pub partner_status: Option<String>,
}

/// `GET /dossiers/{id}/options`: the engine on the dossier's latest agreed picture, the
/// register's attribution state, and the query's facts.
pub async fn dossier_options(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    q: Result<Query<OptionsQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let partner_status = parse_partner_status(q.partner_status.as_deref()).map_err(wire_error)?;
    let targets = targets_found(q.targets.as_deref()).map_err(wire_error)?;
    let store = st.store.clone();
    let key = id.clone();
    let (agreed, register) = blocking(move || {
        let agreed = store.agreed_pictures(&viewer, &key, None)?;
        let register = store.attribution_state(&viewer, &key)?;
        Ok((agreed, register))
    })
    .await?;
    let Some(latest) = agreed.last() else {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "no_agreed_picture",
            format!(
                "dossier {id} has no agreed picture yet: agree one, or POST /api/v1/dossiers/{id}/options with the picture and findings (docs/options-input.md)"
            ),
        ));
    };
    let input = OptionsInput {
        picture: latest.picture.agreed(),
        attempted: q.attempted,
        significant_effect: latest.picture.agreed_significant_effect(),
        external_threat: latest.picture.agreed_external_threat(),
        targets,
        attribution: register,
        persons_identified: q.persons_identified,
        context: Context {
            ongoing_dialogue: q.ongoing_dialogue,
            sanctions_regime_applies: q.sanctions_regime_applies,
            partner_status,
            notes: String::new(),
        },
    };
    let report = response_options(&input);
    Ok(Json(OptionsReportOut::new(&input, &report).for_dossier(
        id,
        "agreed_picture",
        FROM_REGISTER,
    )))
}

/// `POST /dossiers/{id}/options`: the engine on the picture and findings in the body.
pub async fn dossier_options_with(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<OptionsDocument>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let register = blocking(move || Ok(store.attribution_state(&viewer, &key)?)).await?;
    let (input, source) = body.into_input(Some(register)).map_err(wire_error)?;
    let report = response_options(&input);
    Ok(Json(
        OptionsReportOut::new(&input, &report).for_dossier(id, "request", source),
    ))
}

/// A field that does not fit, in the API's error shape (400 `invalid_input`).
pub fn wire_error(e: WireError) -> ApiError {
    ApiError::invalid(e.to_string())
}

// ---- OpenAPI ---------------------------------------------------------------------------------

/// Adds this module's paths, schemas and error codes to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Dossier id"});
    let pid = json!({"name": "pid", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Procedure id"});
    let ok = |schema: serde_json::Value, what: &str| json!({"description": what, "content": {"application/json": {"schema": schema}}});
    let r = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    let body = |name: &str| json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}}});
    let paths = json!({
        "/api/v1/dossiers/{id}/procedures": {
            "get": {"summary": "The dossier's decision procedures, with live outcomes", "operationId": "listProcedures", "parameters": [id],
                "responses": {"200": ok(json!({"type": "array", "items": r("Procedure")}), "Procedures"), "404": error}},
            "post": {"summary": "Open a decision procedure (chair: the EEAS or the Presidency)", "operationId": "openProcedure", "parameters": [id],
                "requestBody": body("ProcedureOpen"),
                "responses": {"201": ok(r("Procedure"), "Opened"), "400": error, "401": error, "403": error, "404": error}}
        },
        "/api/v1/procedures/{pid}": {"get": {"summary": "A procedure with its live outcome (tally, thresholds, article, explanation, countdown)", "operationId": "getProcedure", "parameters": [pid],
            "responses": {"200": ok(r("Procedure"), "The procedure"), "404": error}}},
        "/api/v1/procedures/{pid}/positions/{party}": {"put": {"summary": "Record or change your own party's position before the deadline", "operationId": "recordPosition",
            "parameters": [pid, {"name": "party", "in": "path", "required": true, "schema": {"type": "string"}, "description": "ISO 3166-1 alpha-2 code of your Member State (EL accepted)"}],
            "requestBody": body("PositionIn"),
            "responses": {"200": ok(r("Procedure"), "Recorded; the procedure with its new outcome"), "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/procedures/{pid}/close": {"post": {"summary": "Close a procedure: the outcome is fixed (chair)", "operationId": "closeProcedure", "parameters": [pid],
            "responses": {"200": ok(r("Procedure"), "Closed"), "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/procedures/{pid}/stream": {"get": {"summary": "Live outcome as Server-Sent Events: event `procedure` with the Procedure JSON at once, on every change and every 15 s", "operationId": "streamProcedure", "parameters": [pid],
            "responses": {"200": {"description": "text/event-stream", "content": {"text/event-stream": {"schema": {"type": "string"}}}}, "404": error}}},
        "/api/v1/procedures/evaluate": {"post": {"summary": "Evaluate a vote under the Treaty rules without storing it (the CLI's positions file)", "operationId": "evaluateProcedure",
            "requestBody": body("EvaluateIn"),
            "responses": {"200": ok(r("Outcome"), "The outcome"), "400": error}}},
        "/api/v1/reference/population": {
            "get": {"summary": "Every Annex III population table: shipped with entente and loaded into this instance; `in_use` marks the one votes of its year use", "operationId": "populationTables",
                "responses": {"200": ok(json!({"type": "array", "items": r("PopulationTable")}), "Tables"), "401": error}},
            "post": {"summary": "Load an Annex III table (administrator): 27 Member States summing to the total, checked against what is known of the year; refused if it contradicts a known table of its year without `supersedes`", "operationId": "importPopulation",
                "requestBody": body("PopulationTableIn"),
                "responses": {"201": ok(r("PopulationTable"), "Loaded; votes of its year use it from now on"), "400": error, "401": error, "403": error, "409": error}}
        },
        "/api/v1/dossiers/{id}/responses": {"get": {"summary": "The dossier's responses: its adopted decisions", "operationId": "listResponses", "parameters": [id],
            "responses": {"200": ok(json!({"type": "array", "items": {"type": "object"}}), "Responses"), "404": error}}},
        "/api/v1/dossiers/{id}/attributions": {
            "get": {"summary": "Who has attributed what, the attribution state, and whether the measures considered need attribution", "operationId": "attributionRegister", "parameters": [id],
                "responses": {"200": ok(json!({"type": "object"}), "The register"), "404": error}},
            "post": {"summary": "Record your own party's attribution (or, as chair, a joint one adopted by procedure)", "operationId": "recordAttribution", "parameters": [id],
                "requestBody": body("AttributionIn"),
                "responses": {"201": ok(json!({"type": "object"}), "Recorded"), "400": error, "401": error, "403": error, "404": error}}
        },
        "/api/v1/attributions/{aid}/withdraw": {"post": {"summary": "Withdraw your own party's attribution", "operationId": "withdrawAttribution",
            "parameters": [{"name": "aid", "in": "path", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}}},
            "responses": {"200": ok(json!({"type": "object"}), "Withdrawn"), "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/dossiers/{id}/packages": {
            "get": {"summary": "The dossier's packages of measures", "operationId": "listPackages", "parameters": [id],
                "responses": {"200": ok(json!({"type": "array", "items": {"type": "object"}}), "Packages"), "404": error}},
            "post": {"summary": "Assemble a package of toolbox measures (validated against the catalogue)", "operationId": "assemblePackage", "parameters": [id],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["measures"], "additionalProperties": false,
                    "properties": {"measures": {"type": "array", "items": {"type": "string"}}, "note": {"type": "string"}}}}}},
                "responses": {"201": ok(json!({"type": "object"}), "Assembled"), "400": error, "401": error, "404": error}}
        },
        "/api/v1/dossiers/{id}/options": {
            "get": {"summary": "Response options on the dossier's latest agreed picture and its attribution register", "operationId": "dossierOptions",
                "parameters": [id,
                    {"name": "persons_identified", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "ongoing_dialogue", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "sanctions_regime_applies", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "partner_status", "in": "query", "schema": {"type": "string", "enum": ["partner", "neutral", "adversarial", "unknown"]}},
                    {"name": "attempted", "in": "query", "schema": {"type": "boolean"}, "description": "The activity was an attempted cyber-attack, foiled or without effect (Reg. (EU) 2019/796 Art. 1(1)); potential findings of the agreed picture then count"},
                    {"name": "targets", "in": "query", "schema": {"type": "string"}, "description": "Comma-separated threatened targets found: 4a-4e (Art. 1(4)), 5 (Art. 1(5)), 6 (Art. 1(6)), or their ids"}],
                "responses": {"200": ok(json!({"type": "object"}), "Ranked, explained options"), "400": error, "404": error, "409": error}},
            "post": {"summary": "Response options on the picture and findings given (the document of `entente options --assessment FILE`, docs/options-input.md)", "operationId": "dossierOptionsWith", "parameters": [id],
                "requestBody": body("OptionsInput"),
                "responses": {"200": ok(json!({"type": "object"}), "Ranked, explained options"), "400": error, "404": error}}
        }
    });
    let count = json!({"type": "object", "properties": {"members": {"type": "integer"}, "population": {"type": ["integer", "null"]}}});
    let finding = |values: &[&str], what: &str| {
        json!({"oneOf": [
            {"type": "string", "enum": values},
            {"type": "object", "required": ["finding"], "properties": {"finding": {"type": "string", "enum": values}, "rationale": {"type": "string"}}}],
            "description": what})
    };
    let effect = finding(
        &["found", "potential", "not_found", "unknown"],
        "potential: the effect an attempt would have had (Art. 1(1)); counts only when attempted",
    );
    let fact = finding(
        &["found", "not_found", "unknown"],
        "potential is refused here",
    );
    let schemas = json!({
        "OptionsInput": {"type": "object", "required": ["picture", "persons_identified"], "additionalProperties": false,
            "description": "docs/options-input.md",
            "properties": {
            "picture": {"type": "object", "description": "Dimension id to agreed level 0-4, or null when not agreed yet",
                "additionalProperties": {"type": ["integer", "null"], "minimum": 0, "maximum": 4}},
            "attempted": {"type": "boolean", "default": false, "description": "An attempted cyber-attack, foiled or without effect (Reg. (EU) 2019/796 Art. 1(1): 'including attempted cyber-attacks with a potentially significant effect')"},
            "significant_effect": {"type": "object", "description": "Art. 2 factor letter a-g (or id) to finding", "additionalProperties": effect},
            "external_threat": {"type": "object", "description": "Art. 1(2) criterion letter a-d (or id) to finding", "additionalProperties": fact.clone()},
            "targets": {"type": "object", "description": "Threatened target 4a-4e (Art. 1(4)), 5 (Art. 1(5)), 6 (Art. 1(6)), or its id, to finding", "additionalProperties": fact},
            "attribution": {"type": "object", "required": ["state"], "properties": {"state": {"type": "string", "enum": ["none", "national", "joint"]}, "by": {"type": "array", "items": {"type": "string"}}},
                "description": "Optional on the API: the register's state is used when it holds any attribution in force"},
            "persons_identified": {"type": "boolean"},
            "context": {"type": "object", "additionalProperties": false, "properties": {
                "ongoing_dialogue": {"type": "boolean"}, "sanctions_regime_applies": {"type": "boolean"},
                "partner_status": {"type": "string", "enum": ["partner", "neutral", "adversarial", "unknown"]}, "notes": {"type": "string"}}}}},
        "ProcedureOpen": {"type": "object", "required": ["rule", "deadline"], "additionalProperties": false, "properties": {
            "text": r("LocalizedText"),
            "package": {"type": "string", "description": "Id of a package assembled on the dossier"},
            "subject": {"type": "object", "description": "{\"kind\": \"text\", \"text\": {...}} or {\"kind\": \"package\", \"package\": id}"},
            "rule": {"type": "string", "enum": ["unanimity", "qmv", "rqmv", "simple", "silence"]},
            "deadline": {"type": "string", "format": "date-time"},
            "participants": {"type": "array", "items": {"type": "string"}, "description": "Member State codes (Art. 238(3) TFEU); default all 27"},
            "note": {"type": "string", "maxLength": 2000},
            "population": {"type": "object", "required": ["source", "figures"], "properties": {"source": {"type": "string"}, "figures": {"type": "object", "additionalProperties": {"type": "integer"}}}}}},
        "PositionIn": {"type": "object", "required": ["position"], "additionalProperties": false, "properties": {
            "position": {"type": "string", "enum": ["for", "against", "abstain", "declared_abstain", "object"]},
            "declaration": {"type": "string", "description": "The formal declaration (Art. 31(1) second subparagraph TEU); required with declared_abstain"}}},
        "Outcome": {"type": "object", "properties": {
            "rule": {"type": "string"}, "status": {"type": "string", "enum": ["adopted", "not_adopted", "pending", "undetermined"]},
            "adopted": {"type": "boolean"}, "article": {"type": "string"}, "explanation": {"type": "string"},
            "tally": {"type": "object", "properties": {"for": count, "against": count, "abstain": count, "declared_abstain": count, "not_participating": count, "participating": count, "objections": {"type": "array", "items": {"type": "string"}}}},
            "thresholds": {"type": "object"}, "year": {"type": ["integer", "null"]}, "population_source": {"type": ["string", "null"]},
            "table": {"type": "object", "description": "The Annex III table used: its year, the year in force at the time of the vote, whether it is that one, its origin (shipped, imported, supplied), source, and a note saying how to load the one in force when it is not",
                "properties": {"year": {"type": "integer"}, "year_in_force": {"type": "integer"}, "in_force": {"type": "boolean"}, "origin": {"type": "string", "enum": ["shipped", "imported", "supplied"]}, "source": {"type": "string"}, "note": {"type": "string"}}},
            "robustness": {"type": "object", "description": "Rules that weigh population: margins to each threshold and whether the outcome holds under any ±2 % revision of every figure",
                "properties": {"holds": {"type": "boolean"}, "revision_percent": {"type": "integer"}, "verdict": {"type": "string"},
                    "margins": {"type": "array", "items": {"type": "object", "properties": {"threshold": {"type": "string", "enum": ["members_in_favour", "population_in_favour", "blocking_minority", "declared_members", "declared_population"]}, "article": {"type": "string"}, "actual": {"type": "integer"}, "required": {"type": "integer"}, "margin": {"type": "integer"}, "margin_pp_hundredths": {"type": "integer"}}}}}},
            "no_position": {"type": "array", "items": {"type": "string"}},
            "final": {"type": "boolean"}, "judged_at": {"type": "string", "format": "date-time"}, "countdown_seconds": {"type": "integer"}}},
        "Procedure": {"type": "object", "properties": {
            "id": {"type": "string"}, "dossier": {"type": "string"}, "subject": {"type": "object"}, "rule": {"type": "string"},
            "deadline": {"type": "string", "format": "date-time"}, "participants": {"type": "array", "items": {"type": "string"}},
            "chair": {"type": "string"}, "opened_by": {"type": "string"}, "opened_at": {"type": "string"}, "historic": {"type": "boolean"},
            "state": {"type": "string", "enum": ["open", "expired", "closed"]},
            "positions": {"type": "array", "items": {"type": "object", "properties": {"party": {"type": "string"}, "position": {"type": "string"}, "declaration": {"type": ["string", "null"]}, "at": {"type": "string"}, "by": {"type": "string"}}}},
            "closed": {"type": ["object", "null"]}, "outcome": r("Outcome"), "seq": {"type": "integer"}}},
        "PopulationTableIn": {"type": "object", "required": ["year", "source", "total", "figures"], "properties": {
            "year": {"type": "integer"}, "source": {"type": "string", "description": "The Council Decision amending Annex III, with its OJ reference"},
            "valid_from": {"type": "string", "format": "date", "description": "Default: 1 January of the year"},
            "total": {"type": "integer"}, "threshold_65_percent": {"type": "integer"},
            "figures": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}, "description": "The 27 Member State codes (EL for Greece) to their figures"},
            "supersedes": {"type": "boolean", "description": "Replace a known table of the same year with other figures"}}},
        "PopulationTable": {"type": "object", "properties": {
            "year": {"type": "integer"}, "valid_from": {"type": "string", "format": "date"}, "source": {"type": "string"},
            "origin": {"type": "string", "enum": ["shipped", "imported"]}, "supersedes": {"type": "boolean"},
            "total": {"type": "integer"}, "threshold_65_percent": {"type": "integer"}, "figures": {"type": "object"},
            "imported_at": {"type": "string"}, "imported_by": {"type": "string"}, "in_use": {"type": "boolean"}}},
        "EvaluateIn": {"type": "object", "required": ["rule", "positions"], "additionalProperties": false, "properties": {
            "rule": {"type": "string", "enum": ["unanimity", "qmv", "rqmv", "simple", "silence"]},
            "positions": {"type": "object", "description": "The CLI's positions file: Member State code to position; for silence, deadline and objections"},
            "year": {"type": "integer", "description": "The year of the vote, whose Annex III table is used (default: the year of `at`, else now)"},
            "at": {"type": "string", "format": "date-time", "description": "The time of the vote"},
            "population": {"type": "object", "description": "Figures supplied with the vote, instead of the table in force: {source, figures}"}}},
        "AttributionIn": {"type": "object", "required": ["actor", "term", "confidence", "basis", "public", "date"], "additionalProperties": false, "properties": {
            "party": {"type": "string", "description": "Your own party (default); EU for a joint attribution"},
            "actor": {"type": "object", "description": "{\"kind\": \"stix\", \"id\": \"intrusion-set--...\", \"name\"} or {\"kind\": \"state\", \"name\"}"},
            "term": {"type": "string", "enum": ["almost_no_chance", "very_unlikely", "unlikely", "roughly_even_chance", "likely", "very_likely", "almost_certain"], "description": "ICD 203 estimative term"},
            "confidence": {"type": "string", "enum": ["low", "moderate", "high"]},
            "basis": {"type": "array", "items": {"type": "string", "enum": ["technical", "intelligence", "political"]}},
            "public": {"type": "boolean"}, "date": {"type": "string", "format": "date"}, "statement_url": {"type": "string"},
            "marking": r("Marking"), "joint": {"type": "boolean"}, "procedure": {"type": "string"}, "note": {"type": "string"}}}
    });
    if let Some(p) = doc.get_mut("paths").and_then(|p| p.as_object_mut())
        && let Some(add) = paths.as_object()
    {
        for (k, v) in add {
            p.insert(k.clone(), v.clone());
        }
    }
    if let Some(s) = doc
        .pointer_mut("/components/schemas")
        .and_then(|s| s.as_object_mut())
        && let Some(add) = schemas.as_object()
    {
        for (k, v) in add {
            s.insert(k.clone(), v.clone());
        }
    }
    if let Some(codes) = doc
        .pointer_mut("/components/schemas/Error/properties/code/enum")
        .and_then(|c| c.as_array_mut())
        && !codes.iter().any(|c| c == "no_agreed_picture")
    {
        codes.push(json!("no_agreed_picture"));
    }
}
