//! The API of **the watch** (issue 18), and its wire types (shared with the CLI): the
//! digital-policy tracker (measures, their dated events, imports of Atom/RSS feeds and CSV,
//! exports as CSV, JSON and Atom, subscriptions and alerts), FIMI incidents coded in DISARM with
//! their STIX 2.1 export, election monitoring records and human rights online. Every read goes
//! through the store with the request's viewer: an item the viewer may not see answers like a
//! missing one; with `--public-read` the reads are the open read API of TLP:CLEAR items.
//!
//! Routes (under `/api/v1`):
//! - `GET|POST /policy/measures` (`format=json|csv|atom` on GET exports the filtered list),
//!   `GET /policy/measures/{id}`, `POST /policy/measures/{id}/stage`,
//!   `POST /policy/measures/{id}/notes`, `POST /policy/imports` (body: a feed or a CSV file)
//! - `GET|POST /policy/subscriptions`, `DELETE /policy/subscriptions/{id}`,
//!   `GET /policy/subscriptions/{id}/feed` (Atom), `GET /policy/alerts`, `GET /policy/map.svg`,
//!   `GET /policy/jurisdictions/{id}/timeline.svg`
//! - `GET|POST /fimi/incidents`, `GET /fimi/incidents/{id}`,
//!   `POST /fimi/incidents/{id}/countermeasures`, `POST /fimi/incidents/{id}/links`,
//!   `GET /fimi/incidents/{id}/stix`, `GET /fimi/incidents/{id}/heatmap.svg`, `GET /fimi/stix`
//! - `GET|POST /elections/missions`, `GET /elections/missions/{id}`,
//!   `POST /elections/missions/{id}/entries`
//! - `GET|POST /rights/records`, `GET /rights/records/{id}`, `POST /rights/records/{id}/updates`

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use entente_core::watch::election::{EntryAdded, MissionRecorded, MonitoredAccount};
use entente_core::watch::export::{self, ExportMeasure};
use entente_core::watch::feed::{self, Defaults};
use entente_core::watch::fimi::{CountermeasureApplied, IncidentFacts};
use entente_core::watch::measure::{Effect, MeasureRecorded};
use entente_core::watch::rights::{RightsRecord, RightsUpdated};
use entente_core::watch::stix::{self as watch_stix, IncidentExport};
use entente_core::watch::subscription::Subscription;
use entente_core::watch::text::{ProcessRef, Source};
use entente_core::watch::{Instrument, Stage, Topic};
use entente_core::{Marking, Tlp, Viewer};
use entente_store::Store;
use entente_store::watch::election::{EntryView, MissionView};
use entente_store::watch::fimi::{CountermeasureView, IncidentView};
use entente_store::watch::policy::{
    AlertView, ImportReport, MeasureFilter, MeasureLogEntry, MeasureView, SubscriptionView,
};
use entente_store::watch::rights::{RightsUpdateView, RightsView};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{Reader, require_member};
use crate::error::ApiError;

/// The routes of this module, to merge into the `/api/v1` router.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/policy/measures", list_measures)
        .post("/policy/measures", record_measure)
        .get("/policy/measures/{id}", get_measure)
        .post("/policy/measures/{id}/stage", change_stage)
        .post("/policy/measures/{id}/notes", note_measure)
        .post("/policy/imports", import)
        .get("/policy/subscriptions", list_subscriptions)
        .post("/policy/subscriptions", subscribe)
        .delete("/policy/subscriptions/{id}", unsubscribe)
        .get("/policy/subscriptions/{id}/feed", subscription_feed)
        .get("/policy/alerts", alerts)
        .get("/policy/map.svg", map_svg)
        .get("/policy/jurisdictions/{id}/timeline.svg", timeline_svg)
        .get("/fimi/incidents", list_incidents)
        .post("/fimi/incidents", record_incident)
        .get("/fimi/incidents/{id}", get_incident)
        .post("/fimi/incidents/{id}/countermeasures", apply_countermeasure)
        .post("/fimi/incidents/{id}/links", link_incident)
        .get("/fimi/incidents/{id}/stix", incident_stix)
        .get("/fimi/incidents/{id}/heatmap.svg", incident_heatmap)
        .get("/fimi/stix", all_stix)
        .get("/elections/missions", list_missions)
        .post("/elections/missions", record_mission)
        .get("/elections/missions/{id}", get_mission)
        .post("/elections/missions/{id}/entries", add_entry)
        .get("/rights/records", list_rights)
        .post("/rights/records", record_rights)
        .get("/rights/records/{id}", get_rights)
        .post("/rights/records/{id}/updates", update_rights)
}

// ---- wire ------------------------------------------------------------------------------------

/// A measure on the wire.
#[derive(Debug, Serialize, Deserialize)]
pub struct MeasureOut {
    pub id: String,
    pub jurisdiction: String,
    pub title: String,
    pub original_title: Option<String>,
    pub instrument: Instrument,
    pub topics: BTreeSet<Topic>,
    pub summary: Option<String>,
    pub url: Option<String>,
    pub stage: Stage,
    pub stage_date: Option<NaiveDate>,
    pub sources: Vec<Source>,
    pub sectors: Vec<String>,
    pub processes: Vec<ProcessRef>,
    pub marking: Marking,
    pub origin: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
    /// How many times imports have seen it.
    pub sightings: u64,
    /// Its dated events (with `GET /policy/measures/{id}` only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<MeasureEventOut>,
}

/// One dated event of a measure.
#[derive(Debug, Serialize, Deserialize)]
pub struct MeasureEventOut {
    pub seq: u64,
    pub at: String,
    pub date: Option<NaiveDate>,
    pub kind: String,
    pub stage: Option<String>,
    pub text: Option<String>,
    pub effect: Option<String>,
    pub party: String,
}

impl From<MeasureLogEntry> for MeasureEventOut {
    fn from(l: MeasureLogEntry) -> Self {
        MeasureEventOut {
            seq: l.seq,
            at: l.at,
            date: l.date,
            kind: l.kind,
            stage: l.stage,
            text: l.text,
            effect: l.effect,
            party: l.party,
        }
    }
}

impl From<MeasureView> for MeasureOut {
    fn from(m: MeasureView) -> Self {
        let r = m.record;
        MeasureOut {
            id: m.id,
            jurisdiction: r.jurisdiction,
            title: r.title,
            original_title: r.original_title,
            instrument: r.instrument,
            topics: r.topics,
            summary: r.summary,
            url: r.url,
            stage: m.stage,
            stage_date: m.stage_date,
            sources: r.sources,
            sectors: r.sectors,
            processes: m.processes,
            marking: m.marked.marking,
            origin: m.marked.origin.to_string(),
            author: m.marked.author.to_string(),
            created_at: m.created_at,
            updated_at: m.updated_at,
            sightings: m.sightings,
            events: vec![],
        }
    }
}

/// A measure as the exports see it.
pub fn export_measure(m: &MeasureView) -> ExportMeasure {
    ExportMeasure {
        id: m.id.clone(),
        jurisdiction: m.record.jurisdiction.clone(),
        title: m.record.title.clone(),
        original_title: m.record.original_title.clone(),
        instrument: m.record.instrument.as_str().to_string(),
        topics: m
            .record
            .topics
            .iter()
            .map(|t| t.as_str().to_string())
            .collect(),
        stage: m.stage.as_str().to_string(),
        stage_date: m.stage_date,
        url: m.record.url.clone(),
        summary: m.record.summary.clone(),
        source: m.record.sources.first().map(|s| s.title.clone()),
        sectors: m.record.sectors.clone(),
        processes: m.processes.clone(),
        updated: time(&m.updated_at),
    }
}

fn time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// Body of `POST /policy/measures`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureIn {
    #[serde(default)]
    pub id: Option<String>,
    pub jurisdiction: String,
    pub title: String,
    #[serde(default)]
    pub original_title: Option<String>,
    pub instrument: Instrument,
    pub topics: BTreeSet<Topic>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub stage: Stage,
    #[serde(default)]
    pub stage_date: Option<NaiveDate>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub processes: Vec<ProcessRef>,
    #[serde(default)]
    pub marking: Option<Marking>,
}

/// Body of `POST /policy/measures/{id}/stage`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageIn {
    pub stage: Stage,
    pub date: NaiveDate,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub source: Option<Source>,
}

/// Body of `POST /policy/measures/{id}/notes`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteIn {
    pub effect: String,
    pub note: String,
}

/// Query of `GET /policy/measures`.
#[derive(Debug, Default, Deserialize)]
pub struct MeasuresQuery {
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub jurisdiction: Option<String>,
    #[serde(default)]
    pub stage: Option<String>,
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub offset: Option<usize>,
    #[serde(default)]
    pub limit: Option<usize>,
    /// `json` (default), `csv` or `atom`.
    #[serde(default)]
    pub format: Option<String>,
}

impl MeasuresQuery {
    /// The store's filter, every value checked against the taxonomy.
    pub fn filter(&self) -> Result<MeasureFilter, ApiError> {
        let inv = |e: entente_core::Invalid| ApiError::invalid(e.to_string());
        let nonempty = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
        Ok(MeasureFilter {
            topic: nonempty(&self.topic)
                .map(|t| Topic::parse(&t))
                .transpose()
                .map_err(inv)?,
            jurisdiction: nonempty(&self.jurisdiction)
                .map(|j| entente_core::watch::text::normalise_country(&j)),
            stage: nonempty(&self.stage)
                .map(|s| Stage::parse(&s))
                .transpose()
                .map_err(inv)?,
            text: nonempty(&self.q),
            offset: self.offset.unwrap_or(0),
            limit: self.limit.unwrap_or(100).clamp(1, 1000),
        })
    }
}

/// A page of measures.
#[derive(Debug, Serialize, Deserialize)]
pub struct MeasurePageOut {
    pub items: Vec<MeasureOut>,
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
}

/// Query of `POST /policy/imports`: where the input comes from and what its items do not say.
#[derive(Debug, Default, Deserialize)]
pub struct ImportQuery {
    pub source: Option<String>,
    #[serde(default)]
    pub jurisdiction: Option<String>,
    #[serde(default)]
    pub instrument: Option<String>,
    #[serde(default)]
    pub stage: Option<String>,
    /// Topics, comma-separated.
    #[serde(default)]
    pub topics: Option<String>,
    /// The TLP of new measures (default TLP:GREEN).
    #[serde(default)]
    pub marking: Option<String>,
}

impl ImportQuery {
    pub fn defaults(&self) -> Result<Defaults, ApiError> {
        let inv = |e: entente_core::Invalid| ApiError::invalid(e.to_string());
        let mut topics = BTreeSet::new();
        for t in self.topics.iter().flat_map(|t| t.split(',')) {
            if !t.trim().is_empty() {
                topics.insert(Topic::parse(t.trim()).map_err(inv)?);
            }
        }
        Ok(Defaults {
            jurisdiction: self.jurisdiction.clone().filter(|s| !s.is_empty()),
            instrument: self
                .instrument
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(Instrument::parse)
                .transpose()
                .map_err(inv)?,
            stage: self
                .stage
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(Stage::parse)
                .transpose()
                .map_err(inv)?,
            topics,
        })
    }
}

/// What an import did.
#[derive(Debug, Serialize, Deserialize)]
pub struct ImportOut {
    pub items: usize,
    pub created: usize,
    pub sighted: usize,
    pub stage_changes: usize,
}

impl From<ImportReport> for ImportOut {
    fn from(r: ImportReport) -> Self {
        ImportOut {
            items: r.items,
            created: r.created,
            sighted: r.sighted,
            stage_changes: r.stage_changes,
        }
    }
}

/// Parses the TLP of a query (`TLP:GREEN`); TLP:RED goes to the caller alone.
pub fn tlp_marking(s: Option<&str>, viewer: &Viewer) -> Result<Marking, ApiError> {
    let tlp: Tlp = match s {
        None | Some("") => Tlp::Green,
        Some(s) => s.parse().map_err(|_| {
            ApiError::invalid(
                "marking: expected one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED",
            )
        })?,
    };
    let mut m = Marking::tlp(tlp);
    if tlp == Tlp::Red {
        m.recipients.insert(viewer.user.clone());
    }
    Ok(m)
}

/// A subscription on the wire.
#[derive(Debug, Serialize, Deserialize)]
pub struct SubscriptionOut {
    pub id: String,
    #[serde(flatten)]
    pub subscription: Subscription,
}

impl From<SubscriptionView> for SubscriptionOut {
    fn from(s: SubscriptionView) -> Self {
        SubscriptionOut {
            id: s.id,
            subscription: s.subscription,
        }
    }
}

/// An alert on the wire.
#[derive(Debug, Serialize, Deserialize)]
pub struct AlertOut {
    pub subscription: String,
    pub label: String,
    pub measure: String,
    pub jurisdiction: String,
    pub title: String,
    /// `recorded`, or the stage reached.
    pub what: String,
    pub date: Option<NaiveDate>,
    pub at: String,
}

impl From<AlertView> for AlertOut {
    fn from(a: AlertView) -> Self {
        AlertOut {
            subscription: a.subscription,
            label: a.label,
            measure: a.line.measure,
            jurisdiction: a.line.jurisdiction,
            title: a.line.title,
            what: a.line.what,
            date: a.line.date,
            at: a.at,
        }
    }
}

/// An incident on the wire.
#[derive(Debug, Serialize, Deserialize)]
pub struct IncidentOut {
    pub id: String,
    #[serde(flatten)]
    pub facts: IncidentFacts,
    pub marking: Marking,
    pub origin: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
    pub version: u32,
    pub dossiers: Vec<String>,
    pub countermeasures: Vec<CountermeasureOut>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CountermeasureOut {
    pub countermeasure: String,
    pub note: String,
    pub response: Option<String>,
    pub date: Option<NaiveDate>,
    pub party: String,
}

impl From<CountermeasureView> for CountermeasureOut {
    fn from(c: CountermeasureView) -> Self {
        CountermeasureOut {
            countermeasure: c.countermeasure,
            note: c.note,
            response: c.response,
            date: c.date,
            party: c.party,
        }
    }
}

impl From<IncidentView> for IncidentOut {
    fn from(i: IncidentView) -> Self {
        IncidentOut {
            id: i.id,
            facts: i.facts,
            marking: i.marked.marking,
            origin: i.marked.origin.to_string(),
            author: i.marked.author.to_string(),
            created_at: i.created_at,
            updated_at: i.updated_at,
            version: i.version,
            dossiers: i.dossiers,
            countermeasures: i
                .countermeasures
                .into_iter()
                .map(CountermeasureOut::from)
                .collect(),
        }
    }
}

/// Body of `POST /fimi/incidents`: the facts, with an optional id and marking.
#[derive(Debug, Deserialize)]
pub struct IncidentIn {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub marking: Option<Marking>,
    #[serde(flatten)]
    pub facts: IncidentFacts,
}

/// Body of `POST /fimi/incidents/{id}/countermeasures`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountermeasureIn {
    pub countermeasure: String,
    pub note: String,
    #[serde(default)]
    pub response: Option<String>,
    #[serde(default)]
    pub date: Option<NaiveDate>,
}

/// Body of `POST /fimi/incidents/{id}/links`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkIn {
    pub dossier: String,
}

/// The STIX 2.1 bundle of `incidents` (the same for the API and the CLI).
pub fn stix_bundle(key: &str, incidents: &[IncidentView]) -> serde_json::Value {
    let exports: Vec<IncidentExport<'_>> = incidents
        .iter()
        .map(|i| IncidentExport {
            id: &i.id,
            facts: &i.facts,
            origin: i.marked.origin.as_str(),
            tlp: i.marked.marking.tlp,
            created: time(&i.created_at),
            modified: time(&i.updated_at),
            countermeasures: i
                .countermeasures
                .iter()
                .map(|c| (c.countermeasure.as_str(), c.note.as_str()))
                .collect(),
        })
        .collect();
    watch_stix::bundle(key, &exports)
}

/// A mission on the wire, with its timeline on `GET /elections/missions/{id}`.
#[derive(Debug, Serialize, Deserialize)]
pub struct MissionOut {
    #[serde(flatten)]
    pub record: MissionRecorded,
    pub marking: Marking,
    pub origin: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<EntryOut>,
}

impl From<MissionView> for MissionOut {
    fn from(m: MissionView) -> Self {
        MissionOut {
            record: m.record,
            marking: m.marked.marking,
            origin: m.marked.origin.to_string(),
            created_at: m.created_at,
            timeline: vec![],
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct EntryOut {
    pub seq: u64,
    pub date: NaiveDate,
    pub kind: String,
    pub text: String,
    pub incident: Option<String>,
    pub platform: Option<String>,
    pub party: String,
}

impl From<EntryView> for EntryOut {
    fn from(e: EntryView) -> Self {
        EntryOut {
            seq: e.seq,
            date: e.date,
            kind: e.kind,
            text: e.text,
            incident: e.incident,
            platform: e.platform,
            party: e.party,
        }
    }
}

/// Body of `POST /elections/missions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionIn {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    pub country: String,
    pub election_date: NaiveDate,
    pub election: String,
    pub platforms: Vec<String>,
    #[serde(default)]
    pub accounts: Vec<MonitoredAccount>,
    #[serde(default)]
    pub marking: Option<Marking>,
}

/// Body of `POST /elections/missions/{id}/entries`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryIn {
    pub date: NaiveDate,
    pub kind: String,
    pub text: String,
    #[serde(default)]
    pub incident: Option<String>,
    #[serde(default)]
    pub platform: Option<String>,
}

/// A human rights record on the wire, with its updates on `GET /rights/records/{id}`.
#[derive(Debug, Serialize, Deserialize)]
pub struct RightsOut {
    pub id: String,
    #[serde(flatten)]
    pub record: RightsRecord,
    pub ended: Option<NaiveDate>,
    pub marking: Marking,
    pub origin: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub updates: Vec<RightsUpdateOut>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct RightsUpdateOut {
    pub seq: u64,
    pub date: NaiveDate,
    pub text: String,
    pub party: String,
}

impl From<RightsUpdateView> for RightsUpdateOut {
    fn from(u: RightsUpdateView) -> Self {
        RightsUpdateOut {
            seq: u.seq,
            date: u.date,
            text: u.text,
            party: u.party,
        }
    }
}

impl From<RightsView> for RightsOut {
    fn from(r: RightsView) -> Self {
        RightsOut {
            id: r.id,
            record: r.record,
            ended: r.ended,
            marking: r.marked.marking,
            origin: r.marked.origin.to_string(),
            created_at: r.created_at,
            updates: vec![],
        }
    }
}

/// Body of `POST /rights/records`.
#[derive(Debug, Deserialize)]
pub struct RightsIn {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub marking: Option<Marking>,
    #[serde(flatten)]
    pub record: RightsRecord,
}

/// Body of `POST /rights/records/{id}/updates`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsUpdateIn {
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub ended: Option<NaiveDate>,
}

/// Query of `GET /rights/records`.
#[derive(Debug, Default, Deserialize)]
pub struct RightsQuery {
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
}

/// Query of `GET /fimi/incidents`.
#[derive(Debug, Default, Deserialize)]
pub struct IncidentsQuery {
    #[serde(default)]
    pub dossier: Option<String>,
}

fn default_marking(m: Option<Marking>) -> Marking {
    m.unwrap_or_else(|| Marking::tlp(Tlp::Green))
}

// ---- the tracker -----------------------------------------------------------------------------

fn text_response(content_type: &'static str, body: String) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// The measures of a filter as `format` (`json`, `csv`, `atom`): its media type and text
/// (shared with the CLI). Every export by an account is recorded in the audit trail.
pub fn export_measures(
    store: &Arc<dyn Store>,
    viewer: &Viewer,
    filter: &MeasureFilter,
    format: &str,
) -> Result<(&'static str, String), ApiError> {
    if !matches!(format, "json" | "csv" | "atom") {
        return Err(ApiError::invalid(format!(
            "format: expected json, csv or atom, not {:?}",
            format.chars().take(20).collect::<String>()
        )));
    }
    let (items, total) = store.measures(viewer, filter)?;
    if format == "json" {
        let page = MeasurePageOut {
            items: items.into_iter().map(MeasureOut::from).collect(),
            total,
            offset: filter.offset,
            limit: filter.limit,
        };
        let text = serde_json::to_string(&page).map_err(|e| {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string())
        })?;
        return Ok(("application/json", text));
    }
    let widest = widest(items.iter().map(|m| &m.marked.marking));
    if !viewer.is_public() {
        store.audit_watch_export(viewer, "measures", format, items.len() as u64, &widest)?;
    }
    let ex: Vec<ExportMeasure> = items.iter().map(export_measure).collect();
    Ok(if format == "csv" {
        ("text/csv; charset=utf-8", export::csv(&ex))
    } else {
        (
            "application/atom+xml; charset=utf-8",
            export::atom("Tracked measures", "measures", None, &ex, store.now()),
        )
    })
}

/// The strictest TLP of what an export holds (the audit records it).
fn widest<'a>(ms: impl Iterator<Item = &'a Marking>) -> Marking {
    Marking::tlp(ms.map(|m| m.tlp).max().unwrap_or(Tlp::Clear))
}

pub async fn list_measures(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<MeasuresQuery>,
) -> Result<Response, ApiError> {
    let filter = q.filter()?;
    let format = q.format.clone().unwrap_or_else(|| "json".into());
    let store = st.store.clone();
    let (kind, text) = blocking(move || export_measures(&store, &viewer, &filter, &format)).await?;
    Ok(text_response(kind, text))
}

pub async fn record_measure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<MeasureIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let body = MeasureRecorded {
        id: String::new(),
        jurisdiction: b.jurisdiction,
        title: b.title,
        original_title: b.original_title,
        instrument: b.instrument,
        topics: b.topics,
        summary: b.summary,
        url: b.url,
        stage: b.stage,
        stage_date: b.stage_date,
        sources: b.sources,
        sectors: b.sectors,
        processes: b.processes,
        import_key: None,
    };
    let marking = default_marking(b.marking);
    let store = st.store.clone();
    let m = blocking(move || Ok(store.record_measure(&viewer, b.id.as_deref(), body, marking)?))
        .await?;
    Ok((StatusCode::CREATED, Json(MeasureOut::from(m))))
}

pub async fn get_measure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let (m, log) = blocking(move || {
        let Some(m) = store.measure(&viewer, &key)? else {
            return Ok((None, vec![]));
        };
        let log = store.measure_log(&viewer, &key)?;
        Ok((Some(m), log))
    })
    .await?;
    let m = m.ok_or_else(|| ApiError::not_found("measure", &id))?;
    let mut out = MeasureOut::from(m);
    out.events = log.into_iter().map(MeasureEventOut::from).collect();
    Ok(Json(out))
}

pub async fn change_stage(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<StageIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let m =
        blocking(move || Ok(store.change_stage(&viewer, &id, b.stage, b.date, b.note, b.source)?))
            .await?;
    Ok(Json(MeasureOut::from(m)))
}

pub async fn note_measure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<NoteIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let m = blocking(move || {
        let effect = Effect::parse(&b.effect).map_err(|e| ApiError::invalid(e.to_string()))?;
        Ok(store.note_measure(&viewer, &id, effect, b.note)?)
    })
    .await?;
    Ok(Json(MeasureOut::from(m)))
}

/// Reads a feed or CSV file and imports it, all or nothing (shared with the CLI).
pub fn import_bytes(
    store: &Arc<dyn Store>,
    viewer: &Viewer,
    source: &str,
    bytes: &[u8],
    defaults: &Defaults,
    marking: Marking,
) -> Result<ImportReport, ApiError> {
    let found = feed::parse(bytes).map_err(|e| ApiError::invalid(format!("input: {e}")))?;
    let items =
        feed::prepare(found, defaults).map_err(|e| ApiError::invalid(format!("input: {e}")))?;
    Ok(store.import_measures(viewer, source, items, marking)?)
}

pub async fn import(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<ImportQuery>,
    body: axum::body::Bytes,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let defaults = q.defaults()?;
    let marking = tlp_marking(q.marking.as_deref(), &viewer)?;
    let source = q
        .source
        .clone()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| {
            ApiError::invalid(
                "source: expected where the input comes from (a feed's URL or a file's name)",
            )
        })?;
    let store = st.store.clone();
    let r =
        blocking(move || import_bytes(&store, &viewer, &source, &body, &defaults, marking)).await?;
    Ok(Json(ImportOut::from(r)))
}

pub async fn list_subscriptions(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let v = blocking(move || Ok(store.subscriptions(&viewer)?)).await?;
    Ok(Json(
        v.into_iter().map(SubscriptionOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn subscribe(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<Subscription>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.subscribe(&viewer, None, b)?)).await?;
    Ok((StatusCode::CREATED, Json(SubscriptionOut::from(s))))
}

pub async fn unsubscribe(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    blocking(move || Ok(store.unsubscribe(&viewer, &id)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The Atom feed of a subscription: the visible measures its criteria match.
pub async fn subscription_feed(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    blocking(move || {
        let subs = store.subscriptions(&viewer)?;
        let s = subs
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| ApiError::not_found("subscription", &id))?;
        let filter = MeasureFilter {
            limit: 1000,
            ..MeasureFilter::default()
        };
        let (items, _) = store.measures(&viewer, &filter)?;
        let sub = &s.subscription;
        let matching: Vec<&MeasureView> = items
            .iter()
            .filter(|m| {
                sub.matches(&entente_core::watch::subscription::Change {
                    jurisdiction: &m.record.jurisdiction,
                    topics: &m.record.topics,
                    stage: &m.stage,
                })
            })
            .collect();
        let widest = widest(matching.iter().map(|m| &m.marked.marking));
        store.audit_watch_export(
            &viewer,
            "subscription",
            "atom",
            matching.len() as u64,
            &widest,
        )?;
        let ex: Vec<ExportMeasure> = matching.into_iter().map(export_measure).collect();
        Ok(text_response(
            "application/atom+xml; charset=utf-8",
            export::atom(
                &sub.label,
                &format!("subscription:{}", s.id),
                None,
                &ex,
                store.now(),
            ),
        ))
    })
    .await
}

/// Query of `GET /policy/map.svg`.
#[derive(Debug, Default, Deserialize)]
pub struct MapQuery {
    #[serde(default)]
    pub topic: Option<String>,
}

/// The world map of the measures the reader may see (per topic), as SVG.
pub async fn map_svg(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<MapQuery>,
) -> Result<Response, ApiError> {
    let topic = q
        .topic
        .as_deref()
        .filter(|t| !t.is_empty())
        .map(Topic::parse)
        .transpose()
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let store = st.store.clone();
    let title = match &topic {
        Some(t) => format!("Tracked measures: {}", t.as_str()),
        None => "Tracked measures".to_string(),
    };
    let counts = blocking(move || Ok(store.measure_counts(&viewer, topic.as_ref())?)).await?;
    Ok(text_response(
        "image/svg+xml; charset=utf-8",
        entente_core::watch::map::svg(&title, &counts),
    ))
}

/// The timeline of a jurisdiction's measures the reader may see, as SVG.
pub async fn timeline_svg(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(code): Path<String>,
) -> Result<Response, ApiError> {
    let code = entente_core::watch::text::normalise_country(&code);
    entente_core::watch::text::country("jurisdiction", &code)
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let store = st.store.clone();
    let key = code.clone();
    let rows = blocking(move || Ok(store.jurisdiction_timeline(&viewer, &key)?)).await?;
    let dated: Vec<entente_core::watch::timeline::Dated<'_>> = rows
        .iter()
        .filter_map(|(id, title, stage, date)| {
            date.map(|d| (id.as_str(), title.as_str(), stage.as_str(), d))
        })
        .collect();
    Ok(text_response(
        "image/svg+xml; charset=utf-8",
        entente_core::watch::timeline::svg(&format!("Tracked measures of {code}"), &dated),
    ))
}

/// Query of `GET /policy/alerts`.
#[derive(Debug, Default, Deserialize)]
pub struct AlertsQuery {
    #[serde(default)]
    pub limit: Option<usize>,
}

pub async fn alerts(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<AlertsQuery>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let limit = q.limit.unwrap_or(50).clamp(1, 500);
    let store = st.store.clone();
    let v = blocking(move || Ok(store.alerts(&viewer, limit)?)).await?;
    Ok(Json(v.into_iter().map(AlertOut::from).collect::<Vec<_>>()))
}

// ---- FIMI --------------------------------------------------------------------------------------

pub async fn list_incidents(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<IncidentsQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let v = blocking(move || Ok(store.incidents(&viewer, q.dossier.as_deref())?)).await?;
    Ok(Json(
        v.into_iter().map(IncidentOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn record_incident(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<IncidentIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let marking = default_marking(b.marking);
    let v =
        blocking(move || Ok(store.record_incident(&viewer, b.id.as_deref(), b.facts, marking)?))
            .await?;
    Ok((StatusCode::CREATED, Json(IncidentOut::from(v))))
}

pub async fn get_incident(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let v = blocking(move || Ok(store.incident(&viewer, &key)?)).await?;
    v.map(|v| Json(IncidentOut::from(v)))
        .ok_or_else(|| ApiError::not_found("incident", &id))
}

pub async fn apply_countermeasure(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<CountermeasureIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let body = CountermeasureApplied {
        incident: id,
        countermeasure: b.countermeasure,
        note: b.note,
        response: b.response,
        date: b.date,
    };
    let v = blocking(move || Ok(store.apply_countermeasure(&viewer, body)?)).await?;
    Ok(Json(IncidentOut::from(v)))
}

pub async fn link_incident(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<LinkIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let v = blocking(move || Ok(store.link_incident(&viewer, &id, &b.dossier)?)).await?;
    Ok(Json(IncidentOut::from(v)))
}

/// The STIX export of `incidents`, audited.
pub fn export_stix(
    store: &Arc<dyn Store>,
    viewer: &Viewer,
    key: &str,
    incidents: &[IncidentView],
) -> Result<serde_json::Value, ApiError> {
    if !viewer.is_public() {
        let widest = widest(incidents.iter().map(|i| &i.marked.marking));
        store.audit_watch_export(viewer, "incidents", "stix", incidents.len() as u64, &widest)?;
    }
    Ok(stix_bundle(key, incidents))
}

pub async fn incident_stix(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let b = blocking(move || {
        let v = store
            .incident(&viewer, &id)?
            .ok_or_else(|| ApiError::not_found("incident", &id))?;
        export_stix(&store, &viewer, &format!("incident:{id}"), &[v])
    })
    .await?;
    Ok(Json(b))
}

/// The DISARM techniques of an incident as a heat map (SVG).
pub async fn incident_heatmap(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let v = blocking(move || Ok(store.incident(&viewer, &key)?))
        .await?
        .ok_or_else(|| ApiError::not_found("incident", &id))?;
    Ok(text_response(
        "image/svg+xml; charset=utf-8",
        entente_core::watch::heatmap::svg(
            &format!("DISARM techniques of {}", v.facts.name),
            &v.facts.technique_ids(),
        ),
    ))
}

pub async fn all_stix(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let b = blocking(move || {
        let v = store.incidents(&viewer, None)?;
        export_stix(&store, &viewer, &format!("incidents:{}", viewer.user), &v)
    })
    .await?;
    Ok(Json(b))
}

// ---- elections ---------------------------------------------------------------------------------

pub async fn list_missions(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let v = blocking(move || Ok(store.missions(&viewer)?)).await?;
    Ok(Json(
        v.into_iter().map(MissionOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn record_mission(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<MissionIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let body = MissionRecorded {
        id: String::new(),
        name: b.name,
        country: b.country,
        election_date: b.election_date,
        election: b.election,
        platforms: b.platforms,
        accounts: b.accounts,
    };
    let marking = default_marking(b.marking);
    let store = st.store.clone();
    let v = blocking(move || Ok(store.record_mission(&viewer, b.id.as_deref(), body, marking)?))
        .await?;
    Ok((StatusCode::CREATED, Json(MissionOut::from(v))))
}

pub async fn get_mission(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let v = blocking(move || {
        let Some(m) = store.mission(&viewer, &key)? else {
            return Ok(None);
        };
        let t = store.mission_entries(&viewer, &key)?;
        Ok(Some((m, t)))
    })
    .await?;
    let (m, t) = v.ok_or_else(|| ApiError::not_found("mission", &id))?;
    let mut out = MissionOut::from(m);
    out.timeline = t.into_iter().map(EntryOut::from).collect();
    Ok(Json(out))
}

pub async fn add_entry(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<EntryIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let body = EntryAdded {
        mission: id,
        date: b.date,
        kind: b.kind,
        text: b.text,
        incident: b.incident,
        platform: b.platform,
    };
    let store = st.store.clone();
    let t = blocking(move || Ok(store.add_mission_entry(&viewer, body)?)).await?;
    Ok(Json(t.into_iter().map(EntryOut::from).collect::<Vec<_>>()))
}

// ---- human rights online -----------------------------------------------------------------------

pub async fn list_rights(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Query(q): Query<RightsQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let v = blocking(move || {
        Ok(store.rights_records(
            &viewer,
            q.kind.as_deref().filter(|s| !s.is_empty()),
            q.country.as_deref().filter(|s| !s.is_empty()),
        )?)
    })
    .await?;
    Ok(Json(v.into_iter().map(RightsOut::from).collect::<Vec<_>>()))
}

pub async fn record_rights(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    ApiJson(b): ApiJson<RightsIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let marking = default_marking(b.marking);
    let store = st.store.clone();
    let v =
        blocking(move || Ok(store.record_rights(&viewer, b.id.as_deref(), b.record, marking)?))
            .await?;
    Ok((StatusCode::CREATED, Json(RightsOut::from(v))))
}

pub async fn get_rights(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = id.clone();
    let v = blocking(move || {
        let Some(r) = store.rights_record(&viewer, &key)? else {
            return Ok(None);
        };
        let u = store.rights_updates(&viewer, &key)?;
        Ok(Some((r, u)))
    })
    .await?;
    let (r, u) = v.ok_or_else(|| ApiError::not_found("rights record", &id))?;
    let mut out = RightsOut::from(r);
    out.updates = u.into_iter().map(RightsUpdateOut::from).collect();
    Ok(Json(out))
}

pub async fn update_rights(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<RightsUpdateIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let body = RightsUpdated {
        record: id,
        date: b.date,
        text: b.text,
        ended: b.ended,
    };
    let store = st.store.clone();
    let v = blocking(move || Ok(store.update_rights(&viewer, body)?)).await?;
    Ok(Json(RightsOut::from(v)))
}

// ---- OpenAPI -----------------------------------------------------------------------------------

/// Adds this module's paths to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    let obj = |d: &str| json!({"description": d, "content": {"application/json": {"schema": {"type": "object"}}}});
    let list = |d: &str| json!({"description": d, "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}});
    let body = |d: &str| json!({"required": true, "description": d, "content": {"application/json": {"schema": {"type": "object"}}}});
    let q = |n: &str, d: &str| json!({"name": n, "in": "query", "schema": {"type": "string"}, "description": d});
    let paths = json!({
        "/api/v1/policy/measures": {
            "get": {"summary": "Tracked measures of third countries the reader may see; format=csv or atom exports them",
                "parameters": [q("topic", "A topic of data/watch/taxonomy.json"), q("jurisdiction", "ISO 3166-1 alpha-2"), q("stage", "A lifecycle stage"), q("q", "Text in the title"),
                    q("offset", "Skip"), q("limit", "At most (1-1000)"), q("format", "json (default), csv or atom")],
                "responses": {"200": obj("A page of measures, or the CSV or Atom export"), "400": error}},
            "post": {"summary": "Record a measure", "requestBody": body("MeasureIn"), "responses": {"201": obj("The measure"), "400": error, "403": error}}},
        "/api/v1/policy/measures/{id}": {"get": {"summary": "A measure with its dated events", "parameters": [id], "responses": {"200": obj("The measure"), "404": error}}},
        "/api/v1/policy/measures/{id}/stage": {"post": {"summary": "A dated change of the measure's lifecycle stage", "parameters": [id], "requestBody": body("{stage, date, note?, source?}"), "responses": {"200": obj("The measure"), "400": error, "404": error}}},
        "/api/v1/policy/measures/{id}/notes": {"post": {"summary": "An analysis note on the effect on EU interests", "parameters": [id], "requestBody": body("{effect, note}"), "responses": {"200": obj("The measure"), "400": error, "404": error}}},
        "/api/v1/policy/imports": {"post": {"summary": "Import an Atom or RSS feed or a CSV file, all or nothing (an item imported twice is one measure with two sightings)",
            "parameters": [q("source", "Where the input comes from"), q("jurisdiction", "Default jurisdiction"), q("instrument", "Default instrument"), q("stage", "Default stage"), q("topics", "Default topics, comma-separated"), q("marking", "TLP of new measures (default TLP:GREEN)")],
            "requestBody": {"required": true, "content": {"application/atom+xml": {}, "application/rss+xml": {}, "text/csv": {}}},
            "responses": {"200": obj("{items, created, sighted, stage_changes}"), "400": error, "413": error}}},
        "/api/v1/policy/subscriptions": {
            "get": {"summary": "The caller's subscriptions", "responses": {"200": list("Subscriptions"), "401": error}},
            "post": {"summary": "Subscribe to topics, jurisdictions and lifecycle stages (email: digests by e-mail)", "requestBody": body("{label, topics?, jurisdictions?, stages?, email?}"), "responses": {"201": obj("The subscription"), "400": error}}},
        "/api/v1/policy/subscriptions/{id}": {"delete": {"summary": "Unsubscribe", "parameters": [id], "responses": {"204": {"description": "Removed"}, "404": error}}},
        "/api/v1/policy/subscriptions/{id}/feed": {"get": {"summary": "The Atom feed of a subscription", "parameters": [id], "responses": {"200": {"description": "Atom 1.0", "content": {"application/atom+xml": {}}}, "404": error}}},
        "/api/v1/policy/map.svg": {"get": {"summary": "The world map of tracked measures the reader may see, per topic, as SVG", "parameters": [q("topic", "A topic")], "responses": {"200": {"description": "SVG", "content": {"image/svg+xml": {}}}, "400": error}}},
        "/api/v1/policy/jurisdictions/{id}/timeline.svg": {"get": {"summary": "The timeline of a jurisdiction's measures (their dated stages) as SVG", "parameters": [id], "responses": {"200": {"description": "SVG", "content": {"image/svg+xml": {}}}, "400": error}}},
        "/api/v1/fimi/incidents/{id}/heatmap.svg": {"get": {"summary": "The incident's DISARM techniques as a heat map per tactic (SVG)", "parameters": [id], "responses": {"200": {"description": "SVG", "content": {"image/svg+xml": {}}}, "404": error}}},
        "/api/v1/policy/alerts": {"get": {"summary": "Changes matching the caller's subscriptions, newest first", "parameters": [q("limit", "At most (1-500)")], "responses": {"200": list("Alerts"), "401": error}}},
        "/api/v1/fimi/incidents": {
            "get": {"summary": "FIMI incidents the reader may see", "parameters": [q("dossier", "Only those linked to this dossier")], "responses": {"200": list("Incidents")}},
            "post": {"summary": "Record a FIMI incident coded in DISARM", "requestBody": body("IncidentFacts with id? and marking?"), "responses": {"201": obj("The incident"), "400": error}}},
        "/api/v1/fimi/incidents/{id}": {"get": {"summary": "A FIMI incident", "parameters": [id], "responses": {"200": obj("The incident"), "404": error}}},
        "/api/v1/fimi/incidents/{id}/countermeasures": {"post": {"summary": "The DISARM countermeasure a response applies", "parameters": [id], "requestBody": body("{countermeasure, note, response?, date?}"), "responses": {"200": obj("The incident"), "400": error, "404": error}}},
        "/api/v1/fimi/incidents/{id}/links": {"post": {"summary": "Link the incident to a dossier", "parameters": [id], "requestBody": body("{dossier}"), "responses": {"200": obj("The incident"), "404": error}}},
        "/api/v1/fimi/incidents/{id}/stix": {"get": {"summary": "The incident as a STIX 2.1 bundle", "parameters": [id], "responses": {"200": obj("A STIX 2.1 bundle"), "404": error}}},
        "/api/v1/fimi/stix": {"get": {"summary": "Every incident the reader may see as a STIX 2.1 bundle", "responses": {"200": obj("A STIX 2.1 bundle")}}},
        "/api/v1/elections/missions": {
            "get": {"summary": "Election monitoring records", "responses": {"200": list("Missions")}},
            "post": {"summary": "Open an election monitoring record", "requestBody": body("MissionIn"), "responses": {"201": obj("The mission"), "400": error}}},
        "/api/v1/elections/missions/{id}": {"get": {"summary": "A mission with its campaign timeline", "parameters": [id], "responses": {"200": obj("The mission"), "404": error}}},
        "/api/v1/elections/missions/{id}/entries": {"post": {"summary": "Add to the campaign timeline", "parameters": [id], "requestBody": body("{date, kind, text, incident?, platform?}"), "responses": {"200": list("The timeline"), "400": error, "404": error}}},
        "/api/v1/rights/records": {
            "get": {"summary": "Internet shutdowns, surveillance events and defenders' cases", "parameters": [q("kind", "shutdown, throttling, platform-block, surveillance, defender"), q("country", "ISO 3166-1 alpha-2")], "responses": {"200": list("Records")}},
            "post": {"summary": "Record one", "requestBody": body("RightsRecord with id? and marking?"), "responses": {"201": obj("The record"), "400": error}}},
        "/api/v1/rights/records/{id}": {"get": {"summary": "A record with its updates", "parameters": [id], "responses": {"200": obj("The record"), "404": error}}},
        "/api/v1/rights/records/{id}/updates": {"post": {"summary": "A dated update (a shutdown lifted, ...)", "parameters": [id], "requestBody": body("{date, text, ended?}"), "responses": {"200": obj("The record"), "400": error, "404": error}}}
    });
    if let (Some(p), Some(add)) = (doc["paths"].as_object_mut(), paths.as_object()) {
        for (k, v) in add {
            p.insert(k.clone(), v.clone());
        }
    }
}
