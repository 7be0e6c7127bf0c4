//! Decision procedures on dossiers (issue 7): the chair opens a procedure on a text or a
//! package of measures, each delegate records their own party's position, the outcome is
//! computed live with [`entente_core::procedure::evaluate`] at the store's clock and fixed at the
//! deadline or when the chair closes. Adopted decisions become the dossier's responses.
//!
//! Visibility: a procedure, its positions, packages and responses are visible exactly when
//! their dossier is (the events carry the dossier's marking).
//!
//! Modelling choices, stated so that nobody mistakes them for Treaty text:
//! - a participant that has recorded no position is counted as abstaining (not in favour under
//!   the majority rules; no obstacle under unanimity, Art. 238(4) TFEU); the live outcome says
//!   so and is marked provisional until the close;
//! - under the silence procedure a delegate records only an objection, which breaks silence at
//!   once (Council Rules of Procedure Art. 12(2)) and cannot be withdrawn;
//! - population figures: those supplied when the procedure was opened, else the Annex III
//!   table in force when it was opened (shipped, or loaded into the instance), else the nearest
//!   one; the outcome states which, whether it is the one in force, and how robust the outcome
//!   is to the figures (`procedure::robustness`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entente_core::authz::{self, Action, Facts};
use entente_core::event::format_time;
use entente_core::options::{Package, catalogue};
use entente_core::population::{self, AnnexTable};
use entente_core::procedure::record::{
    LivePosition, OutcomeRecord, PackageAssembled, PopulationFigures, PositionRecorded,
    ProcedureClosed, ProcedureOpened, Subject, evaluate_recorded, parse_rule, presidency_at,
};
use entente_core::procedure::{self, Position, Positions, ProcedureError, Rule, articles};
use entente_core::reference::{self, PopulationTable};
use entente_core::{Draft, Invalid, PartyId, Viewer};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::dossiers::{self, DossierView};
use crate::error::{Result, StoreError};

/// Longest text of a procedure's subject, per language.
pub const MAX_SUBJECT: usize = 20_000;
/// Longest formal declaration of a constructive abstention.
pub const MAX_DECLARATION: usize = 5_000;

/// The *chair* relation of the permission table ([`entente_core::authz`]): does the viewer's
/// party chair on `now`? The EEAS (which chairs the Horizontal Working Party on Cyber Issues in
/// entente's model) and the Member State holding the rotating Presidency on that day (Council
/// Decision (EU) 2016/1316). The `chair` role is required besides, by the table.
pub fn chairs_now(viewer: &Viewer, now: DateTime<Utc>) -> bool {
    if viewer.is_public() {
        return false;
    }
    let party = viewer.party.as_str();
    party == "EEAS" || presidency_at(now.date_naive()) == Some(party)
}

fn require_chair(viewer: &Viewer, now: DateTime<Utc>, action: Action) -> Result<()> {
    authz::require(
        action,
        viewer,
        &Facts {
            chair: chairs_now(viewer, now),
            ..Facts::none()
        },
    )?;
    Ok(())
}

/// What the chair gives to open a procedure.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenProcedure {
    pub subject: Subject,
    /// `unanimity`, `qmv`, `rqmv`, `simple`, `silence`; `None` is refused.
    pub rule: Option<String>,
    pub deadline: DateTime<Utc>,
    /// Member State codes; `None`: all 27.
    pub participants: Option<Vec<String>>,
    pub population: Option<PopulationFigures>,
    /// The chair's note, shown with the procedure.
    pub note: Option<String>,
}

/// A position as a delegate gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PositionInput {
    pub position: String,
    pub declaration: Option<String>,
}

/// A position of a procedure concluded outside entente, for the public record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoricPosition {
    pub party: String,
    pub position: String,
    pub declaration: Option<String>,
}

/// One party's current position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PositionView {
    pub party: String,
    pub position: String,
    pub declaration: Option<String>,
    pub at: String,
    pub by: String,
}

/// The outcome as computed now (or as fixed at the close).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LiveOutcome {
    #[serde(flatten)]
    pub outcome: OutcomeRecord,
    /// The outcome can no longer change (closed, deadline passed, or silence broken).
    #[serde(rename = "final")]
    pub is_final: bool,
    /// The time at which it was judged.
    pub judged_at: String,
    /// Seconds until the deadline (0 once passed).
    pub countdown_seconds: i64,
}

/// How and when a procedure was closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ClosedView {
    /// `chair`, `deadline` or `record`.
    pub by: String,
    pub at: String,
}

/// A procedure as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProcedureView {
    pub id: String,
    pub dossier: String,
    pub subject: Subject,
    pub rule: String,
    pub deadline: String,
    pub participants: Vec<String>,
    pub chair: String,
    pub opened_by: String,
    pub opened_at: String,
    pub historic: bool,
    pub note: Option<String>,
    /// `open`, `expired` (deadline passed, not yet closed by the sweeper) or `closed`.
    pub state: String,
    pub positions: Vec<PositionView>,
    pub closed: Option<ClosedView>,
    pub outcome: LiveOutcome,
    /// The seq of the last event that changed it.
    pub seq: u64,
}

/// A package of measures assembled on a dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PackageView {
    pub id: String,
    pub dossier: String,
    pub measures: Vec<String>,
    pub escalation: u8,
    pub decision_rule: String,
    pub lead_time_days: u32,
    pub note: Option<String>,
    pub created_by: String,
    pub party: String,
    pub created_at: String,
}

/// An adopted decision: a response of the Union on the dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResponseView {
    pub dossier: String,
    pub procedure: String,
    pub subject: Subject,
    /// The package's measures, when the subject was a package.
    pub measures: Vec<String>,
    pub rule: String,
    pub article: String,
    pub adopted_at: String,
    pub explanation: String,
    pub historic: bool,
}

// ---- reads -----------------------------------------------------------------------------------

struct Row {
    opened: ProcedureOpened,
    opened_by: String,
    opened_at: String,
    closed: Option<ProcedureClosed>,
    seq: u64,
}

fn load(conn: &Connection, id: &str) -> Result<Option<Row>> {
    let r: Option<(String, String, String, Option<String>, i64)> = conn
        .prepare_cached(
            "SELECT opened, opened_by, opened_at, closed, seq FROM procedures WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?;
    let Some((opened, opened_by, opened_at, closed, seq)) = r else {
        return Ok(None);
    };
    Ok(Some(Row {
        opened: serde_json::from_str(&opened)?,
        opened_by,
        opened_at,
        closed: closed.map(|c| serde_json::from_str(&c)).transpose()?,
        seq: seq as u64,
    }))
}

struct StoredPosition {
    party: String,
    position: String,
    declaration: Option<String>,
    at: DateTime<Utc>,
    by: String,
}

fn positions_of(conn: &Connection, id: &str) -> Result<Vec<StoredPosition>> {
    let mut stmt = conn.prepare_cached(
        "SELECT party, position, declaration, at, actor FROM procedure_positions WHERE procedure = ?1 ORDER BY party",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (party, position, declaration, at, by) = row?;
        let at = DateTime::parse_from_rfc3339(&at)
            .map_err(|e| StoreError::Decode(format!("procedure_positions.at: {e}")))?
            .with_timezone(&Utc);
        out.push(StoredPosition {
            party,
            position,
            declaration,
            at,
            by,
        });
    }
    Ok(out)
}

/// The dossier of a procedure, if `viewer` may see it.
fn visible_row(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<(Row, DossierView)>> {
    let Some(row) = load(conn, id)? else {
        return Ok(None);
    };
    match dossiers::get(conn, viewer, &row.opened.dossier)? {
        Some(d) => Ok(Some((row, d))),
        None => Ok(None),
    }
}

fn view(conn: &Connection, row: Row, now: DateTime<Utc>) -> Result<ProcedureView> {
    let stored = positions_of(conn, &row.opened.id)?;
    let (outcome, state, closed) = match &row.closed {
        Some(c) => (
            LiveOutcome {
                outcome: c.outcome.clone(),
                is_final: true,
                judged_at: format_time(c.at),
                countdown_seconds: 0,
            },
            "closed",
            Some(ClosedView {
                by: c.by.clone(),
                at: format_time(c.at),
            }),
        ),
        None => {
            let vote_at = vote_time(&row.opened, &row.opened_at);
            let imported = crate::population::imported(conn)?;
            let live = live_outcome(&row.opened, vote_at, &stored, now, &imported);
            let state = if now >= row.opened.deadline {
                "expired"
            } else {
                "open"
            };
            (live, state, None)
        }
    };
    Ok(ProcedureView {
        id: row.opened.id.clone(),
        dossier: row.opened.dossier.clone(),
        subject: row.opened.subject.clone(),
        rule: row.opened.rule.clone(),
        deadline: format_time(row.opened.deadline),
        participants: row.opened.participants.clone(),
        chair: row.opened.chair.to_string(),
        opened_by: row.opened_by,
        opened_at: row.opened_at,
        historic: row.opened.historic,
        note: row.opened.note.clone(),
        state: state.to_string(),
        positions: stored
            .into_iter()
            .map(|p| PositionView {
                party: p.party,
                position: p.position,
                declaration: p.declaration,
                at: format_time(p.at),
                by: p.by,
            })
            .collect(),
        closed,
        outcome,
        seq: row.seq,
    })
}

/// A procedure with its live outcome, if `viewer` may see its dossier.
pub fn get(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Option<ProcedureView>> {
    match visible_row(conn, viewer, id)? {
        Some((row, _)) => Ok(Some(view(conn, row, now)?)),
        None => Ok(None),
    }
}

/// The procedures of a dossier, oldest first.
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ProcedureView>> {
    if dossiers::get(conn, viewer, dossier)?.is_none() {
        return Err(StoreError::not_found("dossier", dossier));
    }
    let ids: Vec<String> = conn
        .prepare_cached("SELECT id FROM procedures WHERE dossier = ?1 ORDER BY created_seq")?
        .query_map([dossier], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(row) = load(conn, &id)? {
            out.push(view(conn, row, now)?);
        }
    }
    Ok(out)
}

/// The responses (adopted decisions) of a dossier, in order of adoption.
pub fn responses(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<Vec<ResponseView>> {
    if dossiers::get(conn, viewer, dossier)?.is_none() {
        return Err(StoreError::not_found("dossier", dossier));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT procedure, subject, measures, rule, article, adopted_at, explanation, historic
         FROM responses WHERE dossier = ?1 ORDER BY adopted_at, seq",
    )?;
    let rows = stmt.query_map([dossier], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, i64>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (procedure, subject, measures, rule, article, adopted_at, explanation, historic) = row?;
        out.push(ResponseView {
            dossier: dossier.to_string(),
            procedure,
            subject: serde_json::from_str(&subject)?,
            measures: serde_json::from_str(&measures)?,
            rule,
            article,
            adopted_at,
            explanation,
            historic: historic != 0,
        });
    }
    Ok(out)
}

fn package_row(
    conn: &Connection,
    id: &str,
) -> Result<Option<(PackageAssembled, String, String, String)>> {
    let r: Option<(String, String, String, String)> = conn
        .prepare_cached("SELECT body, author, origin, created_at FROM packages WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    match r {
        Some((body, author, origin, at)) => {
            Ok(Some((serde_json::from_str(&body)?, author, origin, at)))
        }
        None => Ok(None),
    }
}

fn package_view(b: PackageAssembled, author: String, origin: String, at: String) -> PackageView {
    let lead_time_days = b
        .measures
        .iter()
        .filter_map(|m| catalogue().get(m))
        .map(|m| m.lead_time_days)
        .max()
        .unwrap_or(0);
    PackageView {
        id: b.id,
        dossier: b.dossier,
        measures: b.measures,
        escalation: b.escalation,
        decision_rule: b.decision_rule,
        lead_time_days,
        note: b.note,
        created_by: author,
        party: origin,
        created_at: at,
    }
}

/// The packages of a dossier, oldest first.
pub fn packages(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<Vec<PackageView>> {
    if dossiers::get(conn, viewer, dossier)?.is_none() {
        return Err(StoreError::not_found("dossier", dossier));
    }
    let ids: Vec<String> = conn
        .prepare_cached("SELECT id FROM packages WHERE dossier = ?1 ORDER BY seq")?
        .query_map([dossier], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for id in ids {
        if let Some((b, author, origin, at)) = package_row(conn, &id)? {
            out.push(package_view(b, author, origin, at));
        }
    }
    Ok(out)
}

/// Ids of the open procedures whose deadline has passed.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<String>> {
    let ids: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT id, deadline FROM procedures WHERE closed IS NULL ORDER BY created_seq",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids
        .into_iter()
        .filter(|(_, d)| {
            DateTime::parse_from_rfc3339(d).is_ok_and(|d| d.with_timezone(&Utc) <= now)
        })
        .map(|(id, _)| id)
        .collect())
}

// ---- the outcome -----------------------------------------------------------------------------

/// The time of a vote, which decides the Annex III table in force: a procedure's opening (for
/// a procedure concluded outside entente, its conclusion).
fn vote_time(opened: &ProcedureOpened, opened_at: &str) -> DateTime<Utc> {
    if opened.historic {
        return opened.deadline;
    }
    DateTime::parse_from_rfc3339(opened_at)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(opened.deadline)
}

/// Evaluates a procedure at `at` (clamped to the deadline) from the positions recorded, with
/// the Annex III table in force at `vote_at` among the shipped and `imported` ones.
fn evaluate_at(
    opened: &ProcedureOpened,
    vote_at: DateTime<Utc>,
    stored: &[(String, LivePosition, DateTime<Utc>)],
    at: DateTime<Utc>,
    imported: &[AnnexTable],
) -> OutcomeRecord {
    let judge = at.min(opened.deadline);
    let rule = parse_rule(&opened.rule, opened.deadline).unwrap_or(Rule::Unanimity);
    let silence = matches!(rule, Rule::Silence { .. });
    let mut positions = Positions::new();
    let mut no_position = Vec::new();
    for state in reference::member_states() {
        let code = state.alpha2.as_str();
        if !opened.participants.iter().any(|p| p == code) {
            positions.set(code, Position::NotParticipating);
            continue;
        }
        match stored.iter().find(|(p, _, _)| p == code) {
            Some((_, LivePosition::Vote(p), _)) => {
                positions.set(code, *p);
            }
            Some((_, LivePosition::Object, t)) => {
                positions.object(code, *t);
            }
            None => {
                if !silence {
                    positions.set(code, Position::Abstain);
                }
                no_position.push(code.to_string());
            }
        }
    }
    let supplied = opened.population.as_ref().and_then(|p| {
        PopulationTable::new(
            p.source.clone(),
            p.figures.iter().map(|(k, v)| (k.as_str(), *v)),
        )
        .ok()
        .map(|t| (t, p.source.clone()))
    });
    let result = evaluate_recorded(
        rule,
        &positions,
        vote_at.date_naive(),
        supplied.as_ref().map(|(t, s)| (t, s.as_str())),
        &population::shipped(),
        imported,
        judge,
    );
    let mut record = match result {
        Ok(mut r) => {
            if !silence {
                r.no_position = no_position.clone();
            }
            r
        }
        Err(ProcedureError::PopulationRequired { .. }) if rule == Rule::Unanimity => {
            unanimity_without_population(&positions, no_position.clone(), judge)
        }
        Err(e) => OutcomeRecord {
            rule: rule.name().to_string(),
            status: "undetermined".into(),
            adopted: false,
            article: String::new(),
            explanation: format!("[{}] {e}", e.code()),
            tally: Default::default(),
            thresholds: Default::default(),
            year: None,
            population_source: None,
            no_position: no_position.clone(),
            table: None,
            robustness: None,
        },
    };
    if !silence && !no_position.is_empty() && record.status != "undetermined" {
        record.explanation = format!(
            "{} ({} of the participants recorded no position ({}) and are counted as abstaining.)",
            record.explanation,
            no_position.len(),
            no_position.join(", ")
        );
    }
    record
}

/// Unanimity with formal declarations but no population figures: when the declared abstainers
/// are fewer than one third of the participating members, the population condition of
/// Art. 31(1) second subparagraph TEU cannot bite, so the outcome is known without figures.
/// Otherwise it is undetermined until figures are supplied.
fn unanimity_without_population(
    positions: &Positions,
    no_position: Vec<String>,
    judge: DateTime<Utc>,
) -> OutcomeRecord {
    let mut plain = Positions::new();
    let mut declared = Vec::new();
    for (code, p) in positions.entries() {
        if *p == Position::DeclaredAbstain {
            declared.push(code.clone());
            plain.set(code, Position::Abstain);
        } else {
            plain.set(code, *p);
        }
    }
    let Ok(o) = procedure::evaluate(Rule::Unanimity, &plain, None, judge) else {
        return OutcomeRecord {
            rule: "unanimity".into(),
            status: "undetermined".into(),
            adopted: false,
            article: articles::UNANIMITY.into(),
            explanation: "The positions could not be evaluated.".into(),
            tally: Default::default(),
            thresholds: Default::default(),
            year: None,
            population_source: None,
            no_position,
            table: None,
            robustness: None,
        };
    };
    let mut r = OutcomeRecord::from_outcome(&o, None, None, no_position);
    let n = declared.len() as u32;
    r.tally.abstain.members -= n;
    r.tally.declared_abstain.members = n;
    let members = r.tally.participating.members;
    if o.tally.against.members > 0 {
        return r;
    }
    if n * 3 < members {
        r.article = articles::UNANIMITY.into();
        r.explanation = format!(
            "Adopted: nobody voted against, and the {n} members abstaining with a formal declaration ({}) are fewer than one third of the Member States ({n} of {members}), so they need not apply the decision but do not stop it; the population condition cannot apply, so no population figures were needed.",
            declared.join(", ")
        );
    } else {
        r.status = "undetermined".into();
        r.adopted = false;
        r.article = articles::CONSTRUCTIVE_ABSTENTION.into();
        r.explanation = format!(
            "Undetermined: the {n} members abstaining with a formal declaration ({}) are at least one third of the Member States, and whether they comprise one third of the population needs the Annex III figures, which this procedure does not have (none are shipped for its year and none were supplied when it was opened).",
            declared.join(", ")
        );
    }
    r
}

fn parsed_positions(stored: &[StoredPosition]) -> Vec<(String, LivePosition, DateTime<Utc>)> {
    stored
        .iter()
        .filter_map(|p| LivePosition::parse(&p.position).map(|l| (p.party.clone(), l, p.at)))
        .collect()
}

fn live_outcome(
    opened: &ProcedureOpened,
    vote_at: DateTime<Utc>,
    stored: &[StoredPosition],
    now: DateTime<Utc>,
    imported: &[AnnexTable],
) -> LiveOutcome {
    let parsed = parsed_positions(stored);
    let mut outcome = evaluate_at(opened, vote_at, &parsed, now, imported);
    let silence_broken = opened.rule == "silence" && !outcome.tally.objections.is_empty();
    let is_final = now >= opened.deadline || silence_broken;
    if !is_final && opened.rule != "silence" {
        outcome.explanation = format!(
            "Provisional, as the positions stand now (the procedure is open until {}): {}",
            format_time(opened.deadline),
            outcome.explanation
        );
    }
    LiveOutcome {
        is_final,
        judged_at: format_time(now.min(opened.deadline)),
        countdown_seconds: (opened.deadline - now).num_seconds().max(0),
        outcome,
    }
}

// ---- decisions -------------------------------------------------------------------------------

fn count_rows(conn: &Connection, table: &str, dossier: &str) -> Result<i64> {
    Ok(conn.query_row(
        &format!("SELECT count(*) FROM {table} WHERE dossier = ?1"),
        [dossier],
        |r| r.get(0),
    )?)
}

fn check_participants(given: Option<Vec<String>>) -> Result<Vec<String>> {
    let Some(given) = given else {
        return Ok(reference::member_states()
            .iter()
            .map(|s| s.alpha2.clone())
            .collect());
    };
    let mut seen: BTreeMap<u8, String> = BTreeMap::new();
    for (i, code) in given.iter().enumerate() {
        let state = reference::member_state(code).ok_or_else(|| {
            Invalid::new(
                &format!("participants[{i}]"),
                &format!(
                    "an ISO 3166-1 alpha-2 code of a Member State (GR or EL for Greece), not {:?}",
                    code.chars().take(16).collect::<String>()
                ),
            )
        })?;
        if seen
            .insert(state.protocol_order, state.alpha2.clone())
            .is_some()
        {
            return Err(Invalid::new(
                &format!("participants[{i}]"),
                &format!("each Member State once; {} appears twice", state.alpha2),
            )
            .into());
        }
    }
    if seen.is_empty() {
        return Err(Invalid::new(
            "participants",
            "at least one participating Member State (omit the field for all 27)",
        )
        .into());
    }
    Ok(seen.into_values().collect())
}

fn check_subject(conn: &Connection, dossier: &str, subject: &Subject) -> Result<()> {
    match subject {
        Subject::Text { text } => Ok(text.check("subject.text", MAX_SUBJECT)?),
        Subject::Package { package } => match package_row(conn, package)? {
            Some((p, ..)) if p.dossier == dossier => Ok(()),
            _ => Err(Invalid::new(
                "subject.package",
                &format!(
                    "the id of a package assembled on dossier {dossier}; {package:?} is not one"
                ),
            )
            .into()),
        },
    }
}

fn check_population(
    conn: &Connection,
    rule: Rule,
    population: &Option<PopulationFigures>,
    now: DateTime<Utc>,
) -> Result<()> {
    if let Some(p) = population {
        if p.source.trim().is_empty() {
            return Err(Invalid::new(
                "population.source",
                "where the figures come from (e.g. the Council Decision amending Annex III)",
            )
            .into());
        }
        PopulationTable::new(
            p.source.clone(),
            p.figures.iter().map(|(k, v)| (k.as_str(), *v)),
        )
        .map_err(|e| {
            Invalid::new(
                "population.figures",
                &format!("the 27 Member States once each ({e})"),
            )
        })?;
        return Ok(());
    }
    let needs = matches!(
        rule,
        Rule::QualifiedMajority | Rule::ReinforcedQualifiedMajority
    );
    let imported = crate::population::imported(conn)?;
    let known = population::choose_table(now.date_naive(), &population::shipped(), &imported);
    if needs && known.is_none() {
        return Err(Invalid::new(
            "population",
            &format!(
                "the Annex III population figures ({{\"source\", \"figures\": {{\"BE\": ..., ...}}}}): rule {} weighs population (Art. 16(4) TEU, Art. 238(2)-(3) TFEU) and this instance has no Annex III table at all; load one with `entente reference population import FILE`",
                rule.name()
            ),
        )
        .into());
    }
    Ok(())
}

fn dossier_for_write(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<DossierView> {
    dossiers::get(conn, viewer, dossier)?.ok_or_else(|| StoreError::not_found("dossier", dossier))
}

fn opened_event(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    req: OpenProcedure,
    historic: bool,
) -> Result<(ProcedureOpened, DossierView)> {
    let d = dossier_for_write(conn, viewer, dossier)?;
    if historic {
        authz::require(Action::ProcedureRecordHistoric, viewer, &Facts::none())?;
    } else {
        require_chair(viewer, now, Action::ProcedureOpen)?;
    }
    let rule_name = req.rule.as_deref().map(str::trim).unwrap_or("");
    if rule_name.is_empty() {
        return Err(Invalid::new(
            "rule",
            "the decision rule: one of unanimity, qmv, rqmv, simple, silence (a procedure without a rule cannot be decided)",
        )
        .into());
    }
    let rule = parse_rule(rule_name, req.deadline).ok_or_else(|| {
        Invalid::new(
            "rule",
            &format!(
                "one of unanimity, qmv, rqmv, simple, silence, not {:?}",
                rule_name.chars().take(32).collect::<String>()
            ),
        )
    })?;
    if !historic && req.deadline <= now {
        return Err(Invalid::new(
            "deadline",
            &format!("a time after now ({})", format_time(now)),
        )
        .into());
    }
    let participants = check_participants(req.participants)?;
    check_subject(conn, dossier, &req.subject)?;
    let vote_at = if historic { req.deadline } else { now };
    check_population(conn, rule, &req.population, vote_at)?;
    if req.note.as_ref().is_some_and(|n| n.chars().count() > 2000) {
        return Err(Invalid::new("note", "at most 2000 characters").into());
    }
    let n = count_rows(conn, "procedures", dossier)? + 1;
    Ok((
        ProcedureOpened {
            id: format!("{dossier}-proc-{n}"),
            dossier: dossier.to_string(),
            subject: req.subject,
            rule: rule.name().to_string(),
            deadline: req.deadline,
            participants,
            population: req.population,
            chair: viewer.party.clone(),
            historic,
            note: req.note.filter(|n| !n.trim().is_empty()),
        },
        d,
    ))
}

/// Decides the opening of a procedure by the chair.
pub fn decide_open(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    req: OpenProcedure,
) -> Result<(String, Vec<Draft>)> {
    let (opened, d) = opened_event(conn, viewer, now, dossier, req, false)?;
    Ok((opened.id.clone(), vec![Draft::new(&opened, d.marking)]))
}

/// Decides a procedure concluded outside entente, entered for the public record: opened,
/// positions and closed in one step, judged at `concluded_at`.
pub fn decide_historic(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    mut req: OpenProcedure,
    positions: Vec<HistoricPosition>,
    concluded_at: DateTime<Utc>,
) -> Result<(String, Vec<Draft>)> {
    if concluded_at > now {
        return Err(Invalid::new("concluded_at", "a time in the past").into());
    }
    req.deadline = concluded_at;
    let (opened, d) = opened_event(conn, viewer, now, dossier, req, true)?;
    let mut drafts = vec![Draft::new(&opened, d.marking.clone())];
    let mut parsed = Vec::new();
    for (i, p) in positions.into_iter().enumerate() {
        let state = member_state_field(&p.party, &format!("positions[{i}].party"))?;
        if !opened.participants.contains(&state.alpha2) {
            return Err(Invalid::new(
                &format!("positions[{i}].party"),
                &format!("a participant; {} does not participate", state.alpha2),
            )
            .into());
        }
        let live = check_position(
            &opened,
            &p.position,
            p.declaration.as_deref(),
            &format!("positions[{i}]"),
        )?;
        parsed.retain(|(c, _, _): &(String, LivePosition, DateTime<Utc>)| c != &state.alpha2);
        parsed.push((state.alpha2.clone(), live, concluded_at));
        drafts.push(Draft::new(
            &PositionRecorded {
                procedure: opened.id.clone(),
                party: PartyId::parse(&state.alpha2)?,
                position: live.name().to_string(),
                declaration: p.declaration,
                at: Some(concluded_at),
            },
            d.marking.clone(),
        ));
    }
    let imported = crate::population::imported(conn)?;
    let outcome = evaluate_at(&opened, concluded_at, &parsed, concluded_at, &imported);
    drafts.push(Draft::new(
        &ProcedureClosed {
            procedure: opened.id.clone(),
            by: "record".into(),
            at: concluded_at,
            outcome,
        },
        d.marking,
    ));
    Ok((opened.id, drafts))
}

fn member_state_field(code: &str, field: &str) -> Result<&'static reference::MemberState> {
    reference::member_state(code).ok_or_else(|| {
        Invalid::new(
            field,
            &format!(
                "an ISO 3166-1 alpha-2 code of a Member State (GR or EL for Greece), not {:?}",
                code.chars().take(16).collect::<String>()
            ),
        )
        .into()
    })
}

fn check_position(
    opened: &ProcedureOpened,
    position: &str,
    declaration: Option<&str>,
    field: &str,
) -> Result<LivePosition> {
    let live = LivePosition::parse(position).ok_or_else(|| {
        Invalid::new(
            &format!("{field}.position"),
            "one of for, against, abstain, declared_abstain (with a declaration), or object (silence procedure)",
        )
    })?;
    let silence = opened.rule == "silence";
    match live {
        LivePosition::Object if !silence => {
            return Err(Invalid::new(
                &format!("{field}.position"),
                &format!("for, against, abstain or declared_abstain under rule {}; object is for the silence procedure", opened.rule),
            )
            .into());
        }
        LivePosition::Vote(_) if silence => {
            return Err(Invalid::new(
                &format!("{field}.position"),
                "object: under the silence procedure a member only objects (Council Rules of Procedure Art. 12(2)); silence means agreement",
            )
            .into());
        }
        _ => {}
    }
    let declared = live == LivePosition::Vote(Position::DeclaredAbstain);
    match declaration.map(str::trim) {
        Some(d) if !declared && !d.is_empty() => {
            return Err(Invalid::new(
                &format!("{field}.declaration"),
                "no declaration unless the position is declared_abstain",
            )
            .into());
        }
        None | Some("") if declared => {
            return Err(Invalid::new(
                &format!("{field}.declaration"),
                "the text of the formal declaration (Art. 31(1) second subparagraph TEU) for declared_abstain",
            )
            .into());
        }
        Some(d) if d.chars().count() > MAX_DECLARATION => {
            return Err(Invalid::new(
                &format!("{field}.declaration"),
                &format!("at most {MAX_DECLARATION} characters"),
            )
            .into());
        }
        _ => {}
    }
    Ok(live)
}

/// Decides a delegate's position for `party`.
pub fn decide_position(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    party: &str,
    input: PositionInput,
) -> Result<Vec<Draft>> {
    let (row, d) =
        visible_row(conn, viewer, id)?.ok_or_else(|| StoreError::not_found("procedure", id))?;
    let state = member_state_field(party, "party")?;
    // F1: a delegate of the Member State, and no one else, records its position.
    authz::require(
        Action::PositionRecord,
        viewer,
        &Facts {
            own_party: viewer.party.as_str() == state.alpha2,
            ..Facts::none()
        },
    )
    .map_err(|e| {
        StoreError::Forbidden(format!(
            "{}; the position of {} is for its delegate to record",
            e.message(),
            state.alpha2
        ))
    })?;
    let opened = &row.opened;
    if !opened.participants.contains(&state.alpha2) {
        return Err(StoreError::Forbidden(format!(
            "{} does not participate in procedure {id} (Art. 238(3) TFEU participation was fixed when it opened)",
            state.alpha2
        )));
    }
    if let Some(c) = &row.closed {
        return Err(StoreError::Conflict(format!(
            "procedure {id} was closed at {} ({}); positions can no longer be recorded",
            format_time(c.at),
            c.outcome.status
        )));
    }
    if now >= opened.deadline {
        return Err(StoreError::Conflict(format!(
            "the deadline of procedure {id} passed at {}; positions can no longer be recorded",
            format_time(opened.deadline)
        )));
    }
    let live = check_position(
        opened,
        &input.position,
        input.declaration.as_deref(),
        "position",
    )?;
    if live == LivePosition::Object {
        let stored = positions_of(conn, id)?;
        if stored.iter().any(|p| p.party == state.alpha2) {
            return Err(StoreError::Conflict(format!(
                "{} has already objected; an objection breaks silence at once and cannot be withdrawn",
                state.alpha2
            )));
        }
    }
    Ok(vec![Draft::new(
        &PositionRecorded {
            procedure: id.to_string(),
            party: PartyId::parse(&state.alpha2)?,
            position: live.name().to_string(),
            declaration: input
                .declaration
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            at: None,
        },
        d.marking,
    )])
}

fn closed_event(
    conn: &Connection,
    row: &Row,
    now: DateTime<Utc>,
    by: &str,
) -> Result<ProcedureClosed> {
    let stored = positions_of(conn, &row.opened.id)?;
    let at = now.min(row.opened.deadline);
    Ok(ProcedureClosed {
        procedure: row.opened.id.clone(),
        by: by.to_string(),
        at,
        outcome: evaluate_at(
            &row.opened,
            vote_time(&row.opened, &row.opened_at),
            &parsed_positions(&stored),
            at,
            &crate::population::imported(conn)?,
        ),
    })
}

/// Decides the chair's close of a procedure: the outcome is fixed as it stands now (or as it
/// stood at the deadline, if that has passed).
pub fn decide_close(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
) -> Result<Vec<Draft>> {
    let (row, d) =
        visible_row(conn, viewer, id)?.ok_or_else(|| StoreError::not_found("procedure", id))?;
    require_chair(viewer, now, Action::ProcedureClose)?;
    if let Some(c) = &row.closed {
        return Err(StoreError::Conflict(format!(
            "procedure {id} is already closed (at {}, by {})",
            format_time(c.at),
            c.by
        )));
    }
    let by = if now >= row.opened.deadline {
        "deadline"
    } else {
        "chair"
    };
    Ok(vec![Draft::new(
        &closed_event(conn, &row, now, by)?,
        d.marking,
    )])
}

/// Decides the close of every procedure whose deadline has passed (run by the instance).
pub fn decide_close_due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<Draft>> {
    let mut drafts = Vec::new();
    for id in due(conn, now)? {
        let Some(row) = load(conn, &id)? else {
            continue;
        };
        let marking: String = conn.query_row(
            "SELECT marking FROM dossiers WHERE id = ?1",
            [&row.opened.dossier],
            |r| r.get(0),
        )?;
        drafts.push(Draft::new(
            &closed_event(conn, &row, now, "deadline")?,
            serde_json::from_str(&marking)?,
        ));
    }
    Ok(drafts)
}

/// Decides a package of measures on a dossier (validated against the catalogue).
pub fn decide_package(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    measures: Vec<String>,
    note: Option<String>,
) -> Result<(String, Vec<Draft>)> {
    let d = dossier_for_write(conn, viewer, dossier)?;
    authz::require(Action::PackageAssemble, viewer, &Facts::none())?;
    let package = Package::new(measures.iter()).map_err(|errors| {
        let text: Vec<String> = errors
            .iter()
            .map(|e| format!("[{}] {e}", e.code()))
            .collect();
        Invalid::new(
            "measures",
            &format!(
                "known, distinct, compatible measures of the toolbox catalogue: {}",
                text.join("; ")
            ),
        )
    })?;
    if note.as_ref().is_some_and(|n| n.chars().count() > 2000) {
        return Err(Invalid::new("note", "at most 2000 characters").into());
    }
    let n = count_rows(conn, "packages", dossier)? + 1;
    let id = format!("{dossier}-pkg-{n}");
    Ok((
        id.clone(),
        vec![Draft::new(
            &PackageAssembled {
                id,
                dossier: dossier.to_string(),
                measures: package.measures().iter().map(|m| m.id.clone()).collect(),
                escalation: package.escalation(),
                decision_rule: package.decision_rule().as_str().to_string(),
                note: note.filter(|n| !n.trim().is_empty()),
            },
            d.marking,
        )],
    ))
}

/// A package, if `viewer` may see its dossier.
pub fn package(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<PackageView>> {
    match package_row(conn, id)? {
        Some((b, author, origin, at)) if dossiers::get(conn, viewer, &b.dossier)?.is_some() => {
            Ok(Some(package_view(b, author, origin, at)))
        }
        _ => Ok(None),
    }
}

/// The measures of a package, for the responses projection.
pub(crate) fn package_measures(conn: &Connection, id: &str) -> Result<Vec<String>> {
    Ok(package_row(conn, id)?
        .map(|p| p.0.measures)
        .unwrap_or_default())
}

// ---- projection ------------------------------------------------------------------------------

pub(crate) fn body<B: entente_core::EventBody>(e: &entente_core::Event) -> Result<B> {
    match e.body::<B>() {
        Some(Ok(b)) => Ok(b),
        Some(Err(err)) => Err(StoreError::Decode(format!(
            "event {} ({} v{}): {err}",
            e.seq, e.kind, e.version
        ))),
        None => Err(StoreError::Decode(format!(
            "event {} is {} v{}, which this version does not read",
            e.seq, e.kind, e.version
        ))),
    }
}

/// Folds `procedure.*` and `package.assembled` events (called from `projection::apply`).
pub(crate) fn apply(conn: &Connection, e: &entente_core::Event) -> Result<()> {
    use entente_core::EventBody;
    use entente_core::event::canonical;
    let at = format_time(e.recorded_at);
    match e.kind.as_str() {
        ProcedureOpened::TYPE => {
            let b: ProcedureOpened = body(e)?;
            conn.prepare_cached(
                "INSERT INTO procedures(id, dossier, opened, deadline, opened_by, opened_at, closed, created_seq, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?7)",
            )?
            .execute(params![
                b.id,
                b.dossier,
                canonical(&b),
                format_time(b.deadline),
                e.actor.user.as_str(),
                at,
                e.seq as i64
            ])?;
            dossier_history(
                conn,
                e,
                &b.dossier,
                &format!("procedure {} opened ({})", b.id, b.rule),
            )?;
        }
        PositionRecorded::TYPE => {
            let b: PositionRecorded = body(e)?;
            conn.prepare_cached(
                "INSERT INTO procedure_positions(procedure, party, position, declaration, at, actor, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT(procedure, party) DO UPDATE SET position = excluded.position,
                   declaration = excluded.declaration, at = excluded.at, actor = excluded.actor, seq = excluded.seq",
            )?
            .execute(params![
                b.procedure,
                b.party.as_str(),
                b.position,
                b.declaration,
                b.at.map(format_time).unwrap_or_else(|| at.clone()),
                e.actor.user.as_str(),
                e.seq as i64
            ])?;
            conn.prepare_cached("UPDATE procedures SET seq = ?2 WHERE id = ?1")?
                .execute(params![b.procedure, e.seq as i64])?;
        }
        ProcedureClosed::TYPE => {
            // Version 2 added optional fields to the outcome; version 1 reads the same.
            let b: ProcedureClosed = serde_json::from_str(&e.payload)?;
            conn.prepare_cached("UPDATE procedures SET closed = ?2, seq = ?3 WHERE id = ?1")?
                .execute(params![b.procedure, canonical(&b), e.seq as i64])?;
            if let Some(row) = load(conn, &b.procedure)? {
                let o = &row.opened;
                dossier_history(
                    conn,
                    e,
                    &o.dossier,
                    &format!("procedure {} closed: {}", o.id, b.outcome.status),
                )?;
                if b.outcome.adopted {
                    let measures = match &o.subject {
                        Subject::Package { package } => package_measures(conn, package)?,
                        Subject::Text { .. } => Vec::new(),
                    };
                    conn.prepare_cached(
                        "INSERT INTO responses(procedure, dossier, subject, measures, rule, article, adopted_at, explanation, historic, seq)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                    )?
                    .execute(params![
                        o.id,
                        o.dossier,
                        canonical(&o.subject),
                        canonical(&measures),
                        b.outcome.rule,
                        b.outcome.article,
                        format_time(b.at),
                        b.outcome.explanation,
                        i64::from(o.historic),
                        e.seq as i64
                    ])?;
                }
            }
        }
        PackageAssembled::TYPE => {
            let b: PackageAssembled = body(e)?;
            conn.prepare_cached(
                "INSERT INTO packages(id, dossier, body, origin, author, created_at, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                b.id,
                b.dossier,
                canonical(&b),
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                at,
                e.seq as i64
            ])?;
            dossier_history(conn, e, &b.dossier, &format!("package {} assembled", b.id))?;
        }
        _ => {}
    }
    Ok(())
}

/// A line in the dossier's timeline.
pub(crate) fn dossier_history(
    conn: &Connection,
    e: &entente_core::Event,
    dossier: &str,
    summary: &str,
) -> Result<()> {
    crate::projection::history(conn, e, dossier, summary)
}
