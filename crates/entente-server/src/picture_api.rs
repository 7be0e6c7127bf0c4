//! The API of issue 5: evidence, per-party assessments, the shared picture (with time travel)
//! and its agreement, with their wire types. The CLI's `entente picture --format json` prints
//! the same [`PictureOut`].
//!
//! Routes (under `/api/v1`):
//! - `GET|POST /dossiers/{id}/evidence`, `POST /dossiers/{id}/evidence/{eid}/withdraw`
//! - `GET /dossiers/{id}/assessments[?at=]`, `GET|PUT /dossiers/{id}/assessments/{party}`
//! - `GET /dossiers/{id}/picture[?at=]`, `GET /dossiers/{id}/picture/agreed[?at=]`
//! - `POST /dossiers/{id}/picture/proposals`, `POST /dossiers/{id}/picture/proposals/{n}/objections`

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use chrono::{DateTime, Utc};
use entente_core::account::Role;
use entente_core::picture::events::{
    AssessmentBody, AssessmentRef, Credibility, DimensionBody, EvidenceItem, EvidenceKind,
    FindingBody, Judgement, ProposalStatus, Reliability, parse_estimative,
};
use entente_core::picture::{Dimension, Level, SharedPicture, rubric};
use entente_core::{Marking, PartyId, Viewer};
use entente_store::assessments::{
    AgreedVersion, AssessmentView, PictureView, ProposalView, Submission,
};
use entente_store::evidence::EvidenceView;
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{Caller, Reader, Session, require_member, require_role};
use crate::error::ApiError;

/// The routes of this module, to merge into the `/api/v1` router.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/dossiers/{id}/evidence", list_evidence)
        .post("/dossiers/{id}/evidence", add_evidence)
        .post("/dossiers/{id}/evidence/{eid}/withdraw", withdraw_evidence)
        .get("/dossiers/{id}/assessments", list_assessments)
        .get("/dossiers/{id}/assessments/{party}", assessment_versions)
        .put("/dossiers/{id}/assessments/{party}", submit_assessment)
        .get("/dossiers/{id}/picture", get_picture)
        .get("/dossiers/{id}/picture/agreed", agreed_pictures)
        .post("/dossiers/{id}/picture/proposals", propose_picture)
        .post(
            "/dossiers/{id}/picture/proposals/{n}/objections",
            object_to_picture,
        )
}

// ---- wire types ------------------------------------------------------------------------------

/// Body of `POST /dossiers/{id}/evidence`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceIn {
    pub kind: EvidenceKind,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub reliability: Option<Reliability>,
    #[serde(default)]
    pub credibility: Option<Credibility>,
    #[serde(default)]
    pub stix_id: Option<String>,
    /// The item's own marking; absent: the dossier's.
    #[serde(default)]
    pub marking: Option<Marking>,
}

impl EvidenceIn {
    /// The item as the core records it, and its own marking (`None`: the dossier's). The store
    /// checks both ([`EvidenceItem::check`], [`Marking::check`]).
    pub fn into_item(self) -> (EvidenceItem, Option<Marking>) {
        let item = EvidenceItem {
            kind: self.kind,
            title: self.title,
            url: self.url,
            text: self.text,
            source: self.source,
            reliability: self.reliability,
            credibility: self.credibility,
            stix_id: self.stix_id,
        };
        (item, self.marking)
    }
}

/// An evidence item.
#[derive(Debug, Serialize)]
pub struct EvidenceOut {
    pub id: String,
    pub dossier: String,
    pub kind: EvidenceKind,
    pub title: String,
    pub url: Option<String>,
    pub text: Option<String>,
    pub source: Option<String>,
    pub reliability: Option<Reliability>,
    pub credibility: Option<Credibility>,
    /// The Admiralty code, e.g. `B2` (`-` for an unknown half).
    pub admiralty: Option<String>,
    /// What the grading means, e.g. "usually reliable; probably true".
    pub admiralty_text: Option<String>,
    pub stix_id: Option<String>,
    pub stix_type: Option<String>,
    pub marking: Marking,
    pub own_marking: bool,
    pub origin: String,
    pub author: String,
    pub added_at: String,
    pub withdrawn: Option<WithdrawalOut>,
}

#[derive(Debug, Serialize)]
pub struct WithdrawalOut {
    pub at: String,
    pub by: String,
    pub reason: Option<String>,
}

impl From<EvidenceView> for EvidenceOut {
    fn from(e: EvidenceView) -> Self {
        let i = e.item;
        let (admiralty, admiralty_text) = match (i.reliability, i.credibility) {
            (None, None) => (None, None),
            (r, c) => (
                Some(format!(
                    "{}{}",
                    r.map_or("-", |r| r.as_str()),
                    c.map_or("-".to_string(), |c| c.value().to_string())
                )),
                Some(format!(
                    "{}; {}",
                    r.map_or("reliability not graded", |r| r.descriptor()),
                    c.map_or("credibility not graded", |c| c.descriptor())
                )),
            ),
        };
        EvidenceOut {
            stix_type: i.stix_type().map(str::to_string),
            id: e.id,
            dossier: e.dossier,
            kind: i.kind,
            title: i.title,
            url: i.url,
            text: i.text,
            source: i.source,
            reliability: i.reliability,
            credibility: i.credibility,
            admiralty,
            admiralty_text,
            stix_id: i.stix_id,
            marking: e.marking,
            own_marking: e.own_marking,
            origin: e.origin.to_string(),
            author: e.author.to_string(),
            added_at: e.added_at,
            withdrawn: e.withdrawn.map(|w| WithdrawalOut {
                at: w.at,
                by: w.by.to_string(),
                reason: w.reason,
            }),
        }
    }
}

/// Body of `PUT /dossiers/{id}/assessments/{party}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentIn {
    pub dimensions: Vec<DimensionBody>,
    pub confidence: String,
    #[serde(default)]
    pub significant_effect: Vec<FindingBody>,
    #[serde(default)]
    pub external_threat: Vec<FindingBody>,
    #[serde(default)]
    pub judgements: Vec<Judgement>,
    #[serde(default)]
    pub summary: Option<String>,
    /// The version being written; absent: the next. A version already held is refused.
    #[serde(default)]
    pub version: Option<u32>,
    /// The assessment's own marking; absent: the dossier's.
    #[serde(default)]
    pub marking: Option<Marking>,
}

impl From<AssessmentIn> for Submission {
    fn from(a: AssessmentIn) -> Self {
        Submission {
            body: AssessmentBody {
                dimensions: a.dimensions,
                confidence: a.confidence,
                significant_effect: a.significant_effect,
                external_threat: a.external_threat,
                judgements: a.judgements,
                summary: a.summary,
            },
            version: a.version,
            marking: a.marking,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DimensionScoreOut {
    pub dimension: String,
    pub level: Option<u8>,
    /// The rubric's label of the level, e.g. "several sectors".
    pub label: Option<String>,
    pub rationale: String,
    pub evidence: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct JudgementOut {
    pub statement: String,
    pub term: String,
    pub phrase: Option<&'static str>,
    /// The ICD 203 probability range in percent.
    pub range: Option<(u8, u8)>,
}

/// One version of one party's assessment.
#[derive(Debug, Serialize)]
pub struct AssessmentOut {
    pub dossier: String,
    pub party: String,
    pub version: u32,
    pub author: String,
    pub recorded_at: String,
    pub marking: Marking,
    pub own_marking: bool,
    /// Proposals agreed that include this version (agreed versions are immutable).
    pub agreed_in: Vec<u32>,
    pub confidence: String,
    pub summary: Option<String>,
    pub dimensions: Vec<DimensionScoreOut>,
    pub significant_effect: Vec<FindingBody>,
    pub external_threat: Vec<FindingBody>,
    pub judgements: Vec<JudgementOut>,
}

fn label(dimension: &str, level: Option<u8>) -> Option<String> {
    let d = Dimension::parse(dimension)?;
    let l = Level::new(d, level?).ok()?;
    rubric().descriptor(d, l).map(|x| x.label.clone())
}

impl From<AssessmentView> for AssessmentOut {
    fn from(a: AssessmentView) -> Self {
        let b = a.body;
        AssessmentOut {
            dossier: a.dossier,
            party: a.party.to_string(),
            version: a.version,
            author: a.author.to_string(),
            recorded_at: a.recorded_at,
            marking: a.marking,
            own_marking: a.own_marking,
            agreed_in: a.agreed_in,
            confidence: b.confidence,
            summary: b.summary,
            dimensions: b
                .dimensions
                .into_iter()
                .map(|d| DimensionScoreOut {
                    label: label(&d.dimension, d.level),
                    dimension: d.dimension,
                    level: d.level,
                    rationale: d.rationale,
                    evidence: d.evidence,
                })
                .collect(),
            significant_effect: b.significant_effect,
            external_threat: b.external_threat,
            judgements: b
                .judgements
                .into_iter()
                .map(|j| {
                    let t = parse_estimative(&j.term);
                    JudgementOut {
                        phrase: t.map(|t| t.phrase()),
                        range: t.map(|t| t.probability_range()),
                        statement: j.statement,
                        term: j.term,
                    }
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DissentOut {
    pub party: String,
    pub level: u8,
    /// `level - median`: positive when the party sees it as more serious.
    pub distance: i8,
}

#[derive(Debug, Serialize)]
pub struct DimensionOut {
    pub dimension: &'static str,
    pub name: String,
    pub median: Option<u8>,
    pub median_label: Option<String>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    pub range: u8,
    pub iqr: u8,
    pub scored_by: usize,
    pub not_assessed_by: Vec<String>,
    pub dissenters: Vec<DissentOut>,
    pub evidence_items: usize,
}

#[derive(Debug, Serialize)]
pub struct TallyOut {
    pub id: &'static str,
    pub letter: &'static str,
    pub citation: String,
    pub found: usize,
    /// Parties holding the effect potential (significant-effect factors only, Reg. (EU)
    /// 2019/796 Art. 1(1)).
    pub potential: usize,
    pub not_found: usize,
    pub unknown: usize,
    /// `found`, `potential`, `not_found` or `unknown` (contested counts as unknown).
    pub agreed: &'static str,
    pub contested: bool,
}

/// The shared picture of a set of assessments.
#[derive(Debug, Serialize)]
pub struct SharedPictureOut {
    pub parties: Vec<String>,
    pub dimensions: Vec<DimensionOut>,
    pub aggregate: u32,
    pub severity: Option<&'static str>,
    pub severity_descriptor: Option<String>,
    pub escalation_ceiling: Option<u8>,
    pub unknown_dimensions: Vec<&'static str>,
    pub significant_effect: Vec<TallyOut>,
    pub external_threat: Vec<TallyOut>,
    pub unknown_factors: Vec<&'static str>,
    pub unknown_criteria: Vec<&'static str>,
    pub confidence: BTreeMap<&'static str, usize>,
    pub evidence_items: usize,
}

impl From<&SharedPicture> for SharedPictureOut {
    fn from(p: &SharedPicture) -> Self {
        let r = rubric();
        SharedPictureOut {
            parties: p.parties.iter().map(|x| x.to_string()).collect(),
            dimensions: p
                .dimensions
                .iter()
                .map(|d| DimensionOut {
                    dimension: d.dimension.as_str(),
                    name: r.name(d.dimension).to_string(),
                    median: d.median.map(|l| l.value()),
                    median_label: d
                        .median
                        .and_then(|l| r.descriptor(d.dimension, l))
                        .map(|x| x.label.clone()),
                    min: d.min.map(|l| l.value()),
                    max: d.max.map(|l| l.value()),
                    range: d.range,
                    iqr: d.iqr,
                    scored_by: d.scored_by,
                    not_assessed_by: d.not_assessed_by.iter().map(|x| x.to_string()).collect(),
                    dissenters: d
                        .dissenters
                        .iter()
                        .map(|x| DissentOut {
                            party: x.party.to_string(),
                            level: x.level.value(),
                            distance: x.distance,
                        })
                        .collect(),
                    evidence_items: d.evidence_items,
                })
                .collect(),
            aggregate: p.aggregate,
            severity: p.severity.map(|s| s.as_str()),
            severity_descriptor: p.severity.map(|s| r.band_descriptor(s).to_string()),
            escalation_ceiling: p.severity.map(|s| r.ceiling(s)),
            unknown_dimensions: p.unknown_dimensions.iter().map(|d| d.as_str()).collect(),
            significant_effect: p
                .significant_effect
                .iter()
                .map(|(f, t)| TallyOut {
                    id: f.as_str(),
                    letter: f.letter(),
                    citation: f.citation(),
                    found: t.found,
                    potential: t.potential,
                    not_found: t.not_found,
                    unknown: t.unknown,
                    agreed: t.agreed().as_str(),
                    contested: t.contested(),
                })
                .collect(),
            external_threat: p
                .external_threat
                .iter()
                .map(|(c, t)| TallyOut {
                    id: c.as_str(),
                    letter: c.letter(),
                    citation: c.citation(),
                    found: t.found,
                    potential: t.potential,
                    not_found: t.not_found,
                    unknown: t.unknown,
                    agreed: t.agreed().as_str(),
                    contested: t.contested(),
                })
                .collect(),
            unknown_factors: p.unknown_factors.iter().map(|f| f.as_str()).collect(),
            unknown_criteria: p.unknown_criteria.iter().map(|c| c.as_str()).collect(),
            confidence: p.confidence.iter().map(|(c, n)| (c.as_str(), *n)).collect(),
            evidence_items: p.evidence_items,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ObjectionOut {
    pub party: String,
    pub by: String,
    pub at: String,
    pub reason: String,
}

/// A proposal of the agreed picture.
#[derive(Debug, Serialize)]
pub struct ProposalOut {
    pub number: u32,
    pub dossier: String,
    pub proposed_at: String,
    pub proposed_by: String,
    pub proposer_party: String,
    /// Objections are accepted until this moment; with none, the picture is agreed then.
    pub deadline: String,
    pub note: Option<String>,
    pub assessments: Vec<AssessmentRef>,
    pub objections: Vec<ObjectionOut>,
    pub status: ProposalStatus,
    pub agreed_at: Option<String>,
}

impl From<ProposalView> for ProposalOut {
    fn from(p: ProposalView) -> Self {
        ProposalOut {
            number: p.number,
            dossier: p.dossier,
            proposed_at: p.proposed_at,
            proposed_by: p.proposer.to_string(),
            proposer_party: p.proposer_party.to_string(),
            deadline: p.deadline,
            note: p.note,
            assessments: p.assessments,
            objections: p
                .objections
                .into_iter()
                .map(|o| ObjectionOut {
                    party: o.party.to_string(),
                    by: o.author.to_string(),
                    at: o.at,
                    reason: o.reason,
                })
                .collect(),
            status: p.status,
            agreed_at: p.agreed_at,
        }
    }
}

/// An agreed version: the proposal and the picture it fixed.
#[derive(Debug, Serialize)]
pub struct AgreedOut {
    pub proposal: ProposalOut,
    pub picture: SharedPictureOut,
}

impl From<AgreedVersion> for AgreedOut {
    fn from(a: AgreedVersion) -> Self {
        AgreedOut {
            picture: SharedPictureOut::from(&a.picture),
            proposal: a.proposal.into(),
        }
    }
}

/// The shared picture of a dossier at a moment.
#[derive(Debug, Serialize)]
pub struct PictureOut {
    pub dossier: String,
    pub as_of: String,
    #[serde(flatten)]
    pub picture: SharedPictureOut,
    /// The current assessment of each party (the rows of the heat map).
    pub assessments: Vec<AssessmentOut>,
    pub proposals: Vec<ProposalOut>,
    pub agreed: Vec<AgreedOut>,
}

impl From<PictureView> for PictureOut {
    fn from(p: PictureView) -> Self {
        PictureOut {
            picture: SharedPictureOut::from(&p.picture),
            dossier: p.dossier,
            as_of: p.as_of,
            assessments: p.assessments.into_iter().map(Into::into).collect(),
            proposals: p.proposals.into_iter().map(Into::into).collect(),
            agreed: p.agreed.into_iter().map(Into::into).collect(),
        }
    }
}

/// `?at=RFC3339`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AtQuery {
    pub at: Option<String>,
}

/// Parses an RFC 3339 time; errors name `field`.
pub fn parse_time(field: &str, s: &str) -> Result<DateTime<Utc>, ApiError> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            ApiError::invalid(format!(
                "{field}: expected an RFC 3339 time such as \"2026-12-01T12:00:00Z\", not {:?}",
                s.chars().take(40).collect::<String>()
            ))
        })
}

impl AtQuery {
    fn at(&self) -> Result<Option<DateTime<Utc>>, ApiError> {
        self.at.as_deref().map(|s| parse_time("at", s)).transpose()
    }
}

/// Body of `POST /dossiers/{id}/picture/proposals`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProposalIn {
    /// End of the objection window (RFC 3339), after now.
    pub deadline: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// Body of `POST /dossiers/{id}/picture/proposals/{n}/objections`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectionIn {
    /// Your own party (default); another party is refused.
    #[serde(default)]
    pub party: Option<String>,
    pub reason: String,
}

/// Body of `POST /dossiers/{id}/evidence/{eid}/withdraw`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawIn {
    #[serde(default)]
    pub reason: Option<String>,
}

// ---- handlers --------------------------------------------------------------------------------

/// The caller must be signed in (401) and hold one of `roles` (403); returns their viewer.
fn require_any_role(
    caller: &Option<Session>,
    roles: &[Role],
    what: &str,
) -> Result<Viewer, ApiError> {
    let s = require_role(caller, roles[0]).or_else(|e| match caller {
        Some(s) if roles.iter().any(|r| s.has_role(*r)) => Ok(s),
        Some(_) => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!(
                "{what} needs the {} role",
                roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        )),
        None => Err(e),
    })?;
    Ok(s.viewer.clone())
}

fn party_param(s: &str) -> Result<PartyId, ApiError> {
    PartyId::parse(s).map_err(|e| ApiError::invalid(format!("party: {e}")))
}

pub async fn list_evidence(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let items = blocking(move || Ok(store.evidence(&viewer, &id)?)).await?;
    Ok(Json(
        items.into_iter().map(EvidenceOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn add_evidence(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EvidenceIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let (item, marking) = body.into_item();
    let store = st.store.clone();
    let e = blocking(move || Ok(store.add_evidence(&viewer, &id, item, marking)?)).await?;
    Ok((StatusCode::CREATED, Json(EvidenceOut::from(e))))
}

pub async fn withdraw_evidence(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path((id, eid)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let reason = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        serde_json::from_slice::<WithdrawIn>(&body)
            .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_json", e.to_string()))?
            .reason
    };
    let store = st.store.clone();
    let e = blocking(move || Ok(store.withdraw_evidence(&viewer, &id, &eid, reason)?)).await?;
    Ok(Json(EvidenceOut::from(e)))
}

pub async fn list_assessments(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    q: Result<Query<AtQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let at = q.at()?;
    let store = st.store.clone();
    let list = blocking(move || Ok(store.assessments(&viewer, &id, at)?)).await?;
    Ok(Json(
        list.into_iter()
            .map(AssessmentOut::from)
            .collect::<Vec<_>>(),
    ))
}

pub async fn assessment_versions(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path((id, party)): Path<(String, String)>,
) -> Result<impl IntoResponse, ApiError> {
    let party = party_param(&party)?;
    let store = st.store.clone();
    let list = blocking(move || Ok(store.assessment_versions(&viewer, &id, &party)?)).await?;
    Ok(Json(
        list.into_iter()
            .map(AssessmentOut::from)
            .collect::<Vec<_>>(),
    ))
}

pub async fn submit_assessment(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path((id, party)): Path<(String, String)>,
    ApiJson(body): ApiJson<AssessmentIn>,
) -> Result<impl IntoResponse, ApiError> {
    let viewer = require_any_role(
        &caller,
        &[Role::Analyst, Role::Delegate],
        "submitting an assessment",
    )?;
    let party = party_param(&party)?;
    let store = st.store.clone();
    let a =
        blocking(move || Ok(store.submit_assessment(&viewer, &id, &party, body.into())?)).await?;
    Ok(Json(AssessmentOut::from(a)))
}

pub async fn get_picture(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    q: Result<Query<AtQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let at = q.at()?;
    let store = st.store.clone();
    let p = blocking(move || Ok(store.picture(&viewer, &id, at)?)).await?;
    Ok(Json(PictureOut::from(p)))
}

pub async fn agreed_pictures(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    q: Result<Query<AtQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let at = q.at()?;
    let store = st.store.clone();
    let list = blocking(move || Ok(store.agreed_pictures(&viewer, &id, at)?)).await?;
    Ok(Json(
        list.into_iter().map(AgreedOut::from).collect::<Vec<_>>(),
    ))
}

pub async fn propose_picture(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ProposalIn>,
) -> Result<impl IntoResponse, ApiError> {
    let viewer = require_any_role(&caller, &[Role::Chair], "proposing the agreed picture")?;
    let deadline = parse_time("deadline", &body.deadline)?;
    let store = st.store.clone();
    let p = blocking(move || Ok(store.propose_picture(&viewer, &id, deadline, body.note)?)).await?;
    Ok((StatusCode::CREATED, Json(ProposalOut::from(p))))
}

pub async fn object_to_picture(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path((id, n)): Path<(String, String)>,
    ApiJson(body): ApiJson<ObjectionIn>,
) -> Result<impl IntoResponse, ApiError> {
    let viewer = require_any_role(&caller, &[Role::Delegate], "objecting to a proposal")?;
    let n: u32 = n
        .parse()
        .map_err(|_| ApiError::invalid("n: expected the number of a proposal (1, 2, ...)"))?;
    let party = match body.party.as_deref() {
        Some(p) => party_param(p)?,
        None => viewer.party.clone(),
    };
    let store = st.store.clone();
    let p = blocking(move || Ok(store.object_to_picture(&viewer, &id, n, &party, body.reason)?))
        .await?;
    Ok((StatusCode::CREATED, Json(ProposalOut::from(p))))
}

/// Error codes of this module, for the OpenAPI document.
pub const ERROR_CODES: &[&str] = &[
    "assessment.invalid_party",
    "assessment.unknown_dimension",
    "assessment.level_out_of_scale",
    "assessment.missing_dimension",
    "assessment.duplicate_dimension",
    "assessment.missing_rationale",
    "assessment.missing_confidence",
    "assessment.duplicate_factor",
    "assessment.duplicate_criterion",
    "assessment.unknown_evidence",
    "assessment.withdrawn_evidence",
    "assessment.agreed_version",
    "picture.stale_version",
    "picture.proposal_open",
    "picture.nothing_to_propose",
    "picture.window_closed",
    "picture.already_objected",
    "evidence.already_withdrawn",
];

/// Adds this module's paths, schemas and error codes to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Dossier id"});
    let party = json!({"name": "party", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Party code (DE, EEAS, ...)"});
    let at = json!({"name": "at", "in": "query", "schema": {"type": "string", "format": "date-time"}, "description": "Time travel: the state as it stood at this moment (RFC 3339)"});
    let n = json!({"name": "n", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}, "description": "Proposal number"});
    let ok = |schema: serde_json::Value, what: &str| json!({"description": what, "content": {"application/json": {"schema": schema}}});
    let r = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
    let arr = |name: &str| json!({"type": "array", "items": {"$ref": format!("#/components/schemas/{name}")}});
    let body = |name: &str| json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{name}")}}}});
    let paths = json!({
        "/api/v1/dossiers/{id}/evidence": {
            "get": {"summary": "The dossier's evidence the caller may see (withdrawn items included)", "operationId": "listEvidence", "parameters": [id],
                "responses": {"200": ok(arr("Evidence"), "Evidence"), "404": error}},
            "post": {"summary": "Add a document, link or STIX object reference, with its Admiralty grading and marking", "operationId": "addEvidence", "parameters": [id],
                "requestBody": body("EvidenceIn"),
                "responses": {"201": ok(r("Evidence"), "Added"), "400": error, "401": error, "404": error}}
        },
        "/api/v1/dossiers/{id}/evidence/{eid}/withdraw": {"post": {"summary": "Withdraw an evidence item (the adding party only)", "operationId": "withdrawEvidence",
            "parameters": [id, {"name": "eid", "in": "path", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "additionalProperties": false, "properties": {"reason": {"type": "string"}}}}}},
            "responses": {"200": ok(r("Evidence"), "Withdrawn"), "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/dossiers/{id}/assessments": {"get": {"summary": "The current assessment of each party (the heat map's rows)", "operationId": "listAssessments", "parameters": [id, at],
            "responses": {"200": ok(arr("Assessment"), "Assessments"), "400": error, "404": error}}},
        "/api/v1/dossiers/{id}/assessments/{party}": {
            "get": {"summary": "Every version of a party's assessment", "operationId": "assessmentVersions", "parameters": [id, party],
                "responses": {"200": ok(arr("Assessment"), "Versions, oldest first"), "404": error}},
            "put": {"summary": "Submit or revise your own party's assessment (a new version)", "operationId": "submitAssessment", "parameters": [id, party],
                "requestBody": body("AssessmentIn"),
                "responses": {"200": ok(r("Assessment"), "The version written"), "400": error, "401": error, "403": error, "404": error, "409": error}}
        },
        "/api/v1/dossiers/{id}/picture": {"get": {"summary": "The shared picture: per dimension median, spread and dissent; severity band; unknowns; proposals and agreed versions", "operationId": "getPicture", "parameters": [id, at],
            "responses": {"200": ok(r("Picture"), "The picture"), "400": error, "404": error}}},
        "/api/v1/dossiers/{id}/picture/agreed": {"get": {"summary": "Every agreed version of the picture: what was agreed, and when", "operationId": "agreedPictures", "parameters": [id, at],
            "responses": {"200": ok(arr("AgreedPicture"), "Agreed versions, oldest first"), "400": error, "404": error}}},
        "/api/v1/dossiers/{id}/picture/proposals": {"post": {"summary": "Propose the current picture as the agreed picture, with an objection deadline (chair)", "operationId": "proposePicture", "parameters": [id],
            "requestBody": body("ProposalIn"),
            "responses": {"201": ok(r("Proposal"), "Proposed"), "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/dossiers/{id}/picture/proposals/{n}/objections": {"post": {"summary": "Object to a proposal before its deadline, for your own party", "operationId": "objectToPicture", "parameters": [id, n],
            "requestBody": body("ObjectionIn"),
            "responses": {"201": ok(r("Proposal"), "Objected"), "400": error, "401": error, "403": error, "404": error, "409": error}}}
    });
    let finding = json!({"type": "object", "required": ["factor", "finding", "rationale"], "additionalProperties": false, "properties": {
        "factor": {"type": "string", "description": "Id or article letter"}, "finding": {"type": "string", "enum": ["found", "potential", "not_found", "unknown"], "description": "potential: on a significant-effect factor only, the effect an attempt would have had (Reg. (EU) 2019/796 Art. 1(1))"}, "rationale": {"type": "string"}}});
    let tally = json!({"type": "object", "properties": {"id": {"type": "string"}, "letter": {"type": "string"}, "citation": {"type": "string"},
        "found": {"type": "integer"}, "potential": {"type": "integer"}, "not_found": {"type": "integer"}, "unknown": {"type": "integer"},
        "agreed": {"type": "string", "enum": ["found", "potential", "not_found", "unknown"]}, "contested": {"type": "boolean"}}});
    let dims = json!([
        "scope",
        "scale",
        "duration",
        "intensity",
        "complexity",
        "sophistication",
        "impact"
    ]);
    let shared = json!({
        "parties": {"type": "array", "items": {"type": "string"}},
        "dimensions": {"type": "array", "items": {"type": "object", "properties": {
            "dimension": {"type": "string", "enum": dims}, "name": {"type": "string"},
            "median": {"type": ["integer", "null"]}, "median_label": {"type": ["string", "null"]},
            "min": {"type": ["integer", "null"]}, "max": {"type": ["integer", "null"]},
            "range": {"type": "integer"}, "iqr": {"type": "integer"}, "scored_by": {"type": "integer"},
            "not_assessed_by": {"type": "array", "items": {"type": "string"}},
            "dissenters": {"type": "array", "items": {"type": "object", "properties": {"party": {"type": "string"}, "level": {"type": "integer"}, "distance": {"type": "integer"}}}},
            "evidence_items": {"type": "integer"}}}},
        "aggregate": {"type": "integer"},
        "severity": {"type": ["string", "null"], "enum": ["low", "moderate", "serious", "severe", "critical", null]},
        "severity_descriptor": {"type": ["string", "null"]}, "escalation_ceiling": {"type": ["integer", "null"]},
        "unknown_dimensions": {"type": "array", "items": {"type": "string"}},
        "significant_effect": {"type": "array", "items": tally}, "external_threat": {"type": "array", "items": tally},
        "unknown_factors": {"type": "array", "items": {"type": "string"}}, "unknown_criteria": {"type": "array", "items": {"type": "string"}},
        "confidence": {"type": "object", "additionalProperties": {"type": "integer"}},
        "evidence_items": {"type": "integer"}
    });
    let mut picture_props = shared.clone();
    if let Some(m) = picture_props.as_object_mut() {
        m.insert("dossier".into(), json!({"type": "string"}));
        m.insert(
            "as_of".into(),
            json!({"type": "string", "format": "date-time"}),
        );
        m.insert("assessments".into(), arr("Assessment"));
        m.insert("proposals".into(), arr("Proposal"));
        m.insert("agreed".into(), arr("AgreedPicture"));
    }
    let schemas = json!({
        "EvidenceIn": {"type": "object", "required": ["kind", "title"], "additionalProperties": false, "properties": {
            "kind": {"type": "string", "enum": ["document", "link", "stix"]}, "title": {"type": "string", "maxLength": 300},
            "url": {"type": "string"}, "text": {"type": "string"}, "source": {"type": "string"},
            "reliability": {"type": "string", "enum": ["A", "B", "C", "D", "E", "F"], "description": "Admiralty source reliability"},
            "credibility": {"type": "integer", "minimum": 1, "maximum": 6, "description": "Admiralty information credibility"},
            "stix_id": {"type": "string", "description": "For kind stix: type--uuid"},
            "marking": r("Marking")}},
        "Evidence": {"type": "object", "properties": {
            "id": {"type": "string"}, "dossier": {"type": "string"}, "kind": {"type": "string"}, "title": {"type": "string"},
            "url": {"type": ["string", "null"]}, "text": {"type": ["string", "null"]}, "source": {"type": ["string", "null"]},
            "reliability": {"type": ["string", "null"]}, "credibility": {"type": ["integer", "null"]},
            "admiralty": {"type": ["string", "null"]}, "admiralty_text": {"type": ["string", "null"]},
            "stix_id": {"type": ["string", "null"]}, "stix_type": {"type": ["string", "null"]},
            "marking": r("Marking"), "own_marking": {"type": "boolean"}, "origin": {"type": "string"}, "author": {"type": "string"},
            "added_at": {"type": "string", "format": "date-time"}, "withdrawn": {"type": ["object", "null"]}}},
        "AssessmentIn": {"type": "object", "required": ["dimensions", "confidence"], "additionalProperties": false, "properties": {
            "dimensions": {"type": "array", "items": {"type": "object", "required": ["dimension", "level", "rationale"], "additionalProperties": false, "properties": {
                "dimension": {"type": "string", "enum": dims}, "level": {"type": ["integer", "null"], "minimum": 0, "maximum": 4, "description": "null: not assessed (say why)"},
                "rationale": {"type": "string"}, "evidence": {"type": "array", "items": {"type": "string"}, "description": "Ids of evidence items of the dossier"}}}},
            "confidence": {"type": "string", "enum": ["low", "moderate", "high"]},
            "significant_effect": {"type": "array", "items": finding}, "external_threat": {"type": "array", "items": finding},
            "judgements": {"type": "array", "items": {"type": "object", "required": ["statement", "term"], "properties": {"statement": {"type": "string"},
                "term": {"type": "string", "enum": ["almost_no_chance", "very_unlikely", "unlikely", "roughly_even_chance", "likely", "very_likely", "almost_certain"]}}}},
            "summary": {"type": "string"},
            "version": {"type": "integer", "minimum": 1, "description": "The version being written; absent: the next"},
            "marking": r("Marking")}},
        "Assessment": {"type": "object", "properties": {
            "dossier": {"type": "string"}, "party": {"type": "string"}, "version": {"type": "integer"}, "author": {"type": "string"},
            "recorded_at": {"type": "string", "format": "date-time"}, "marking": r("Marking"), "own_marking": {"type": "boolean"},
            "agreed_in": {"type": "array", "items": {"type": "integer"}}, "confidence": {"type": "string"}, "summary": {"type": ["string", "null"]},
            "dimensions": {"type": "array", "items": {"type": "object"}}, "significant_effect": {"type": "array", "items": finding},
            "external_threat": {"type": "array", "items": finding}, "judgements": {"type": "array", "items": {"type": "object"}}}},
        "SharedPicture": {"type": "object", "properties": shared},
        "Picture": {"type": "object", "properties": picture_props},
        "ProposalIn": {"type": "object", "required": ["deadline"], "additionalProperties": false, "properties": {
            "deadline": {"type": "string", "format": "date-time", "description": "End of the objection window, after now"}, "note": {"type": "string", "maxLength": 5000}}},
        "ObjectionIn": {"type": "object", "required": ["reason"], "additionalProperties": false, "properties": {
            "party": {"type": "string", "description": "Your own party (default)"}, "reason": {"type": "string", "maxLength": 5000}}},
        "Proposal": {"type": "object", "properties": {
            "number": {"type": "integer"}, "dossier": {"type": "string"}, "proposed_at": {"type": "string", "format": "date-time"},
            "proposed_by": {"type": "string"}, "proposer_party": {"type": "string"}, "deadline": {"type": "string", "format": "date-time"},
            "note": {"type": ["string", "null"]},
            "assessments": {"type": "array", "items": {"type": "object", "properties": {"party": {"type": "string"}, "version": {"type": "integer"}}}},
            "objections": {"type": "array", "items": {"type": "object", "properties": {"party": {"type": "string"}, "by": {"type": "string"}, "at": {"type": "string"}, "reason": {"type": "string"}}}},
            "status": {"type": "string", "enum": ["open", "objected", "agreed"]}, "agreed_at": {"type": ["string", "null"], "format": "date-time"}}},
        "AgreedPicture": {"type": "object", "properties": {"proposal": r("Proposal"), "picture": r("SharedPicture")}}
    });
    if let Some(p) = doc.get_mut("paths").and_then(|p| p.as_object_mut())
        && let Some(new) = paths.as_object()
    {
        for (k, v) in new {
            p.insert(k.clone(), v.clone());
        }
    }
    if let Some(s) = doc
        .pointer_mut("/components/schemas")
        .and_then(|s| s.as_object_mut())
        && let Some(new) = schemas.as_object()
    {
        for (k, v) in new {
            s.insert(k.clone(), v.clone());
        }
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
