//! Per-party assessments, the shared picture and its agreement (issue 5).
//!
//! - `assessment.submitted`: version *n* of party P's assessment of a dossier. Only a member
//!   of P submits P's assessment. Every version is kept; the current one is the highest.
//!   Validation goes through the core ([`AssessmentBody::validate`]); cited evidence must be
//!   items of the dossier the submitter can see (an invisible id reads like a missing one).
//! - **Shared picture**: [`SharedPicture::compute`] over the current assessments the viewer
//!   may see. An assessment carries the dossier's marking unless given its own; one with its
//!   own marking is shown to those it allows, and never enters a proposal (not every party
//!   could see what it would agree to).
//! - `picture.proposed` / `picture.objected`: the chair proposes the picture of the current
//!   shared assessments; parties may object until the deadline. **Agreement is evaluated at
//!   read time** as a pure function of the proposal, its objections and the store's clock
//!   ([`ProposalStatus::of`]); no `picture.agreed` event is written, and the agreement time is
//!   the deadline. Every agreed proposal stays in the list of agreed versions.
//! - **Time travel**: every read takes `at`; only events recorded at or before it count.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{canonical, format_time};
use entente_core::picture::SharedPicture;
use entente_core::picture::events::{
    AssessmentBody, AssessmentRef, AssessmentSubmitted, PictureObjected, PictureProposed,
    ProposalStatus,
};
use entente_core::{Draft, Event, EventBody, Marking, PartyId, UserId, Viewer};
use rusqlite::{Connection, OptionalExtension, params};

use crate::dossiers::{self, DossierView};
use crate::error::{Result, StoreError};
use crate::evidence;

pub(crate) fn decode<B: EventBody>(e: &Event) -> Result<B> {
    match e.body::<B>() {
        Some(Ok(b)) => Ok(b),
        Some(Err(err)) => Err(StoreError::Decode(format!(
            "event {} ({} v{}): {err}",
            e.seq, e.kind, e.version
        ))),
        None => Err(StoreError::Decode(format!(
            "event {} is {} v{}, expected {} v{}",
            e.seq,
            e.kind,
            e.version,
            B::TYPE,
            B::VERSION
        ))),
    }
}

pub(crate) fn history(conn: &Connection, e: &Event, dossier: &str, summary: &str) -> Result<()> {
    crate::projection::history(conn, e, dossier, summary)
}

/// One version of one party's assessment, as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentView {
    pub dossier: String,
    pub party: PartyId,
    pub version: u32,
    pub body: AssessmentBody,
    /// The marking in force: the assessment's own, or the dossier's.
    pub marking: Marking,
    pub own_marking: bool,
    pub author: UserId,
    pub recorded_at: String,
    pub seq: u64,
    /// Proposals agreed (as of the read's moment) that include this version.
    pub agreed_in: Vec<u32>,
}

/// What a party submits.
#[derive(Clone, Debug)]
pub struct Submission {
    pub body: AssessmentBody,
    /// The version being written: `None` for the next one; a version already held is refused.
    pub version: Option<u32>,
    /// The assessment's own marking; `None`: the dossier's.
    pub marking: Option<Marking>,
}

/// An objection to a proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectionView {
    pub party: PartyId,
    pub author: UserId,
    pub at: String,
    pub reason: String,
}

/// A proposal of the agreed picture and where it stands at the read's moment.
#[derive(Clone, Debug, PartialEq)]
pub struct ProposalView {
    pub dossier: String,
    pub number: u32,
    pub proposed_at: String,
    pub proposer: UserId,
    pub proposer_party: PartyId,
    pub deadline: String,
    pub note: Option<String>,
    pub assessments: Vec<AssessmentRef>,
    pub objections: Vec<ObjectionView>,
    pub status: ProposalStatus,
    /// The deadline, once agreed.
    pub agreed_at: Option<String>,
}

/// An agreed version of the picture: the proposal and the picture of its assessments.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreedVersion {
    pub proposal: ProposalView,
    pub picture: SharedPicture,
}

/// The shared picture of a dossier at a moment, as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureView {
    pub dossier: String,
    /// The moment the picture is of (the `at` asked, or now).
    pub as_of: String,
    /// The current assessment of each party the viewer may see, ordered by party.
    pub assessments: Vec<AssessmentView>,
    pub picture: SharedPicture,
    /// Every proposal made by `as_of`, oldest first, with its status at `as_of`.
    pub proposals: Vec<ProposalView>,
    /// The agreed versions as of `as_of`, oldest first.
    pub agreed: Vec<AgreedVersion>,
}

fn visible_dossier(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<DossierView> {
    dossiers::get(conn, viewer, dossier)?.ok_or_else(|| StoreError::not_found("dossier", dossier))
}

type Row = (
    String,
    String,
    i64,
    i64,
    String,
    String,
    Option<String>,
    String,
);

const COLUMNS: &str = "dossier, party, version, seq, recorded_at, author, marking, body";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

fn decode_visible(viewer: &Viewer, d: &DossierView, r: Row) -> Result<Option<AssessmentView>> {
    let own: Option<Marking> = r.6.as_deref().map(serde_json::from_str).transpose()?;
    let party = PartyId::parse(&r.1)?;
    let author = UserId::parse(&r.5)?;
    if !evidence::item_visible(viewer, &party, &author, own.as_ref()) {
        return Ok(None);
    }
    Ok(Some(AssessmentView {
        dossier: r.0,
        party,
        version: r.2 as u32,
        seq: r.3 as u64,
        recorded_at: r.4,
        author,
        own_marking: own.is_some(),
        marking: own.unwrap_or_else(|| d.marking.clone()),
        body: serde_json::from_str(&r.7)?,
        agreed_in: Vec::new(),
    }))
}

/// The latest version of each party recorded at or before `at` (all parties, visible or
/// not), as rows.
fn current_rows(conn: &Connection, dossier: &str, at: &str) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessments a WHERE dossier = ?1 AND recorded_at <= ?2
         AND version = (SELECT max(version) FROM assessments b
                        WHERE b.dossier = a.dossier AND b.party = a.party AND b.recorded_at <= ?2)
         ORDER BY party"
    ))?;
    let rows = stmt.query_map(params![dossier, at], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn version_row(conn: &Connection, dossier: &str, r: &AssessmentRef) -> Result<Option<Row>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assessments WHERE dossier = ?1 AND party = ?2 AND version = ?3"
        ))?
        .query_row(params![dossier, r.party.as_str(), r.version], row)
        .optional()?)
}

fn to_core(v: &AssessmentView) -> Result<entente_core::picture::Assessment> {
    v.body.validate(&v.party, v.version).map_err(|p| {
        StoreError::Decode(format!(
            "stored assessment {} v{} of {} no longer validates: {}",
            v.party,
            v.version,
            v.dossier,
            p.iter()
                .map(|p| p.message.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        ))
    })
}

/// The picture of `views`, with citations limited to the evidence `viewer` can see.
fn picture_of(
    conn: &Connection,
    viewer: &Viewer,
    d: &DossierView,
    views: &[AssessmentView],
) -> Result<SharedPicture> {
    let visible_evidence: std::collections::HashSet<String> = evidence::list(conn, viewer, &d.id)?
        .into_iter()
        .map(|e| e.id)
        .collect();
    let mut core = Vec::with_capacity(views.len());
    for v in views {
        let mut a = to_core(v)?;
        for s in a.dimensions.values_mut() {
            s.evidence.retain(|e| visible_evidence.contains(&e.0));
        }
        core.push(a);
    }
    Ok(SharedPicture::compute(&core))
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Decode(format!("time {s:?}: {e}")))
}

/// The proposals of a dossier made at or before `at`, with their status at `at`.
fn proposals_at(conn: &Connection, dossier: &str, at: DateTime<Utc>) -> Result<Vec<ProposalView>> {
    let at_s = format_time(at);
    let mut stmt = conn.prepare_cached(
        "SELECT proposal, proposed_at, proposer, proposer_party, deadline, note, refs
         FROM picture_proposals WHERE dossier = ?1 AND proposed_at <= ?2 ORDER BY proposal",
    )?;
    let rows = stmt.query_map(params![dossier, at_s], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for r in rows {
        let (n, proposed_at, proposer, party, deadline, note, refs) = r?;
        let mut ostmt = conn.prepare_cached(
            "SELECT party, author, at, reason FROM picture_objections
             WHERE dossier = ?1 AND proposal = ?2 AND at <= ?3 ORDER BY seq",
        )?;
        let objections = ostmt
            .query_map(params![dossier, n, at_s], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .map(|r| {
                let (p, a, t, reason) = r?;
                Ok(ObjectionView {
                    party: PartyId::parse(&p)?,
                    author: UserId::parse(&a)?,
                    at: t,
                    reason,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let status = ProposalStatus::of(parse_time(&deadline)?, objections.len(), at);
        out.push(ProposalView {
            dossier: dossier.into(),
            number: n as u32,
            proposed_at,
            proposer: UserId::parse(&proposer)?,
            proposer_party: PartyId::parse(&party)?,
            agreed_at: (status == ProposalStatus::Agreed).then(|| deadline.clone()),
            deadline,
            note,
            assessments: serde_json::from_str(&refs)?,
            objections,
            status,
        });
    }
    Ok(out)
}

/// The moment a read is of: `at` if given and not in the future, else `now`.
fn moment(at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> DateTime<Utc> {
    at.map_or(now, |a| a.min(now))
}

/// The agreed versions of a dossier as of `at` (visible dossier required), oldest first.
/// Each picture is recomputed from the versions the proposal fixed, as far as `viewer` may
/// see them.
pub fn agreed(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<Vec<AgreedVersion>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    agreed_of(conn, viewer, &d, moment(at, now))
}

fn agreed_of(
    conn: &Connection,
    viewer: &Viewer,
    d: &DossierView,
    at: DateTime<Utc>,
) -> Result<Vec<AgreedVersion>> {
    let mut out = Vec::new();
    for p in proposals_at(conn, &d.id, at)? {
        if p.status != ProposalStatus::Agreed {
            continue;
        }
        let mut views = Vec::new();
        for r in &p.assessments {
            if let Some(row) = version_row(conn, &d.id, r)?
                && let Some(v) = decode_visible(viewer, d, row)?
            {
                views.push(v);
            }
        }
        let picture = picture_of(conn, viewer, d, &views)?;
        out.push(AgreedVersion {
            proposal: p,
            picture,
        });
    }
    Ok(out)
}

fn mark_agreed(views: &mut [AssessmentView], agreed: &[AgreedVersion]) {
    for v in views {
        v.agreed_in = agreed
            .iter()
            .filter(|a| {
                a.proposal
                    .assessments
                    .iter()
                    .any(|r| r.party == v.party && r.version == v.version)
            })
            .map(|a| a.proposal.number)
            .collect();
    }
}

/// The current assessment of each party `viewer` may see, as of `at` (or now).
pub fn current(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<Vec<AssessmentView>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    let t = moment(at, now);
    let mut views = current_of(conn, viewer, &d, t)?;
    let agreed = proposals_at(conn, &d.id, t)?
        .into_iter()
        .filter(|p| p.status == ProposalStatus::Agreed)
        .map(|p| AgreedVersion {
            proposal: p,
            picture: SharedPicture::compute(std::iter::empty()),
        })
        .collect::<Vec<_>>();
    mark_agreed(&mut views, &agreed);
    Ok(views)
}

/// Each party's newest version recorded by `t` *that the viewer may see* (F18: a hidden newer
/// version neither hides the party nor reveals itself), citations limited to visible evidence.
fn current_of(
    conn: &Connection,
    viewer: &Viewer,
    d: &DossierView,
    t: DateTime<Utc>,
) -> Result<Vec<AssessmentView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessments WHERE dossier = ?1 AND recorded_at <= ?2
         ORDER BY party, version DESC"
    ))?;
    let rows = stmt.query_map(params![d.id, format_time(t)], row)?;
    let mut views: Vec<AssessmentView> = Vec::new();
    for r in rows {
        let r = r?;
        if views.last().is_some_and(|v| v.party.as_str() == r.1) {
            continue;
        }
        if let Some(v) = decode_visible(viewer, d, r)? {
            views.push(v);
        }
    }
    hide_unseen_citations(conn, viewer, d, &mut views)?;
    Ok(views)
}

/// Removes citations of evidence the viewer may not see (F17): an assessment visible to a
/// reader can cite an item that is not, and its id alone must not reach them.
fn hide_unseen_citations(
    conn: &Connection,
    viewer: &Viewer,
    d: &DossierView,
    views: &mut [AssessmentView],
) -> Result<()> {
    if views.is_empty() {
        return Ok(());
    }
    let seen: std::collections::HashSet<String> = evidence::list(conn, viewer, &d.id)?
        .into_iter()
        .map(|e| e.id)
        .collect();
    for v in views {
        for dim in &mut v.body.dimensions {
            dim.evidence.retain(|e| seen.contains(e));
        }
    }
    Ok(())
}

/// Every version of `party`'s assessment `viewer` may see, oldest first.
pub fn versions(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    party: &PartyId,
    now: DateTime<Utc>,
) -> Result<Vec<AssessmentView>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessments WHERE dossier = ?1 AND party = ?2 ORDER BY version"
    ))?;
    let rows = stmt.query_map(params![dossier, party.as_str()], row)?;
    let mut views = crate::paging::visible(rows, |r| decode_visible(viewer, &d, r))?;
    hide_unseen_citations(conn, viewer, &d, &mut views)?;
    let agreed = agreed_of(conn, viewer, &d, now)?;
    mark_agreed(&mut views, &agreed);
    Ok(views)
}

/// The shared picture of a dossier as `viewer` may see it, as of `at` (or now).
pub fn picture(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<PictureView> {
    let d = visible_dossier(conn, viewer, dossier)?;
    let t = moment(at, now);
    let mut assessments = current_of(conn, viewer, &d, t)?;
    let picture = picture_of(conn, viewer, &d, &assessments)?;
    let agreed = agreed_of(conn, viewer, &d, t)?;
    mark_agreed(&mut assessments, &agreed);
    Ok(PictureView {
        dossier: d.id.clone(),
        as_of: format_time(t),
        assessments,
        picture,
        proposals: proposals_at(conn, &d.id, t)?,
        agreed,
    })
}

// ---- decisions, run inside the writer's transaction ----

/// Decides the submission of `party`'s assessment by `viewer`; returns the drafts and the
/// version written.
pub fn decide_submit(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    party: &PartyId,
    s: Submission,
) -> Result<(Vec<Draft>, u32)> {
    let d = visible_dossier(conn, viewer, dossier)?;
    authz::require(
        Action::AssessmentSubmit,
        viewer,
        &Facts {
            own_party: &viewer.party == party,
            ..Facts::none()
        },
    )
    .map_err(|e| {
        StoreError::Forbidden(format!(
            "{}: you act for {}, not for {party}",
            e.message(),
            viewer.party
        ))
    })?;
    let held: u32 =
        conn.prepare_cached(
            "SELECT coalesce(max(version), 0) FROM assessments WHERE dossier = ?1 AND party = ?2",
        )?
        .query_row(params![dossier, party.as_str()], |r| r.get::<_, i64>(0))? as u32;
    let version = match s.version {
        None => held + 1,
        Some(v) if v == held + 1 => v,
        Some(v) if (1..=held).contains(&v) => {
            let agreed = proposals_at(conn, dossier, now)?.into_iter().find(|p| {
                p.status == ProposalStatus::Agreed
                    && p.assessments
                        .iter()
                        .any(|r| &r.party == party && r.version == v)
            });
            return Err(match agreed {
                Some(p) => StoreError::Refused {
                    code: "assessment.agreed_version",
                    message: format!(
                        "version: version {v} of {party}'s assessment is part of the picture agreed in proposal {} (agreed at {}); agreed versions are immutable history: submit version {} instead",
                        p.number,
                        p.agreed_at.unwrap_or_default(),
                        held + 1
                    ),
                },
                None => StoreError::Refused {
                    code: "picture.stale_version",
                    message: format!(
                        "version: {party} already holds version {held}; submit version {}",
                        held + 1
                    ),
                },
            });
        }
        Some(v) => {
            return Err(entente_core::Invalid::new(
                "version",
                &format!(
                    "{} (the next version of {party}'s assessment), not {v}",
                    held + 1
                ),
            )
            .into());
        }
    };
    let core = s.body.validate(party, version).map_err(|problems| {
        let code = problems.first().map_or("invalid_input", |p| p.code);
        StoreError::Rejected {
            code,
            message: problems
                .iter()
                .map(|p| p.message.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        }
    })?;
    for (dim, score) in &core.dimensions {
        for (i, ev) in score.evidence.iter().enumerate() {
            match evidence::get(conn, viewer, &d, &ev.0)? {
                None => {
                    return Err(StoreError::Rejected {
                        code: "assessment.unknown_evidence",
                        message: format!(
                            "dimensions.{dim}.evidence[{i}]: no evidence item {:?} on dossier {dossier}",
                            ev.0
                        ),
                    });
                }
                Some(e) if e.withdrawn.is_some() => {
                    return Err(StoreError::Rejected {
                        code: "assessment.withdrawn_evidence",
                        message: format!(
                            "dimensions.{dim}.evidence[{i}]: evidence {} was withdrawn at {}; cite evidence that stands",
                            e.id,
                            e.withdrawn.map(|w| w.at).unwrap_or_default()
                        ),
                    });
                }
                Some(_) => {}
            }
        }
    }
    evidence::check_contained_marking(viewer, &d.marking, s.marking.as_ref())?;
    let envelope = s.marking.clone().unwrap_or_else(|| d.marking.clone());
    Ok((
        vec![Draft::new(
            &AssessmentSubmitted {
                dossier: dossier.into(),
                party: party.clone(),
                version,
                assessment: s.body,
                marking: s.marking,
            },
            envelope,
        )],
        version,
    ))
}

/// Longest note of a proposal and reason of an objection.
pub const MAX_TEXT: usize = 5000;

/// Decides a proposal of the current picture as the agreed picture by the chair; returns the
/// drafts and the proposal's number.
pub fn decide_propose(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    deadline: DateTime<Utc>,
    note: Option<String>,
) -> Result<(Vec<Draft>, u32)> {
    let d = visible_dossier(conn, viewer, dossier)?;
    authz::require(
        Action::PictureProposeAgreed,
        viewer,
        &Facts {
            chair: crate::procedures::chairs_now(viewer, now),
            ..Facts::none()
        },
    )?;
    if deadline <= now {
        return Err(entente_core::Invalid::new(
            "deadline",
            &format!(
                "a time after now ({}): parties need an objection window",
                format_time(now)
            ),
        )
        .into());
    }
    if note.as_ref().is_some_and(|n| n.chars().count() > MAX_TEXT) {
        return Err(entente_core::Invalid::new("note", "at most 5000 characters").into());
    }
    let proposals = proposals_at(conn, dossier, now)?;
    if let Some(open) = proposals.iter().find(|p| p.status == ProposalStatus::Open) {
        return Err(StoreError::Refused {
            code: "picture.proposal_open",
            message: format!(
                "proposal {} is open for objections until {}; wait for it to be agreed or objected to",
                open.number, open.deadline
            ),
        });
    }
    // Only assessments shared at the dossier's marking enter a proposal.
    let refs: Vec<AssessmentRef> = current_rows(conn, dossier, &format_time(now))?
        .into_iter()
        .filter(|r| r.6.is_none())
        .map(|r| {
            Ok(AssessmentRef {
                party: PartyId::parse(&r.1)?,
                version: r.2 as u32,
            })
        })
        .collect::<Result<_>>()?;
    if refs.is_empty() {
        return Err(StoreError::Refused {
            code: "picture.nothing_to_propose",
            message: format!(
                "dossier {dossier} has no assessment shared at the dossier's marking; parties submit assessments first"
            ),
        });
    }
    let number = proposals.len() as u32 + 1;
    Ok((
        vec![Draft::new(
            &PictureProposed {
                dossier: dossier.into(),
                proposal: number,
                deadline: format_time(deadline),
                assessments: refs,
                note,
            },
            d.marking,
        )],
        number,
    ))
}

/// Decides an objection by `party` (the viewer's own) to proposal `number`.
pub fn decide_object(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    number: u32,
    party: &PartyId,
    reason: String,
) -> Result<Vec<Draft>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    authz::require(
        Action::PictureObject,
        viewer,
        &Facts {
            own_party: &viewer.party == party,
            ..Facts::none()
        },
    )
    .map_err(|e| {
        StoreError::Forbidden(format!(
            "{}: you act for {}, not for {party}",
            e.message(),
            viewer.party
        ))
    })?;
    let p = proposals_at(conn, dossier, now)?
        .into_iter()
        .find(|p| p.number == number)
        .ok_or_else(|| StoreError::not_found("proposal", number.to_string()))?;
    if now >= parse_time(&p.deadline)? {
        return Err(StoreError::Refused {
            code: "picture.window_closed",
            message: format!(
                "the objection window of proposal {number} closed at {} ({})",
                p.deadline,
                if p.status == ProposalStatus::Agreed {
                    "the picture was agreed"
                } else {
                    "it was objected to"
                }
            ),
        });
    }
    if p.objections.iter().any(|o| &o.party == party) {
        return Err(StoreError::Refused {
            code: "picture.already_objected",
            message: format!("{party} has already objected to proposal {number}"),
        });
    }
    let reason = reason.trim().to_string();
    if reason.is_empty() || reason.chars().count() > MAX_TEXT {
        return Err(entente_core::Invalid::new(
            "reason",
            "1 to 5000 characters saying why the party objects",
        )
        .into());
    }
    Ok(vec![Draft::new(
        &PictureObjected {
            dossier: dossier.into(),
            proposal: number,
            party: party.clone(),
            reason,
        },
        d.marking,
    )])
}

/// Folds `assessment.submitted`, `picture.proposed` and `picture.objected`.
pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    let at = format_time(e.recorded_at);
    match (e.kind.as_str(), e.version) {
        (AssessmentSubmitted::TYPE, AssessmentSubmitted::VERSION) => {
            let b: AssessmentSubmitted = decode(e)?;
            conn.prepare_cached(&format!(
                "INSERT INTO assessments({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
            ))?
            .execute(params![
                b.dossier,
                b.party.as_str(),
                b.version,
                e.seq as i64,
                at,
                e.actor.user.as_str(),
                b.marking.as_ref().map(canonical),
                canonical(&b.assessment),
            ])?;
            if b.marking.is_none() {
                history(
                    conn,
                    e,
                    &b.dossier,
                    &format!("{} assessment v{} submitted", b.party, b.version),
                )?;
            }
        }
        (PictureProposed::TYPE, PictureProposed::VERSION) => {
            let b: PictureProposed = decode(e)?;
            conn.prepare_cached(
                "INSERT INTO picture_proposals(dossier, proposal, seq, proposed_at, proposer, proposer_party, deadline, refs, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                b.dossier,
                b.proposal,
                e.seq as i64,
                at,
                e.actor.user.as_str(),
                e.actor.party.as_str(),
                b.deadline,
                canonical(&b.assessments),
                b.note,
            ])?;
            history(
                conn,
                e,
                &b.dossier,
                &format!(
                    "picture proposal {} (objections until {})",
                    b.proposal, b.deadline
                ),
            )?;
        }
        (PictureObjected::TYPE, PictureObjected::VERSION) => {
            let b: PictureObjected = decode(e)?;
            conn.prepare_cached(
                "INSERT INTO picture_objections(dossier, proposal, party, seq, at, author, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                b.dossier,
                b.proposal,
                b.party.as_str(),
                e.seq as i64,
                at,
                e.actor.user.as_str(),
                b.reason,
            ])?;
            history(
                conn,
                e,
                &b.dossier,
                &format!("{} objected to picture proposal {}", b.party, b.proposal),
            )?;
        }
        _ => {}
    }
    Ok(())
}

/// Counts of the current parties' levels per dimension, for heat maps: `(dimension, level)`
/// → parties. A convenience over [`PictureView::assessments`].
pub fn heat(views: &[AssessmentView]) -> BTreeMap<(String, Option<u8>), Vec<PartyId>> {
    let mut m: BTreeMap<(String, Option<u8>), Vec<PartyId>> = BTreeMap::new();
    for v in views {
        for d in &v.body.dimensions {
            m.entry((d.dimension.clone(), d.level))
                .or_default()
                .push(v.party.clone());
        }
    }
    m
}
