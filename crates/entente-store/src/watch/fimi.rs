//! FIMI incidents: recorded and revised facts (DISARM techniques, actors, channels, narratives,
//! targets, languages), links to dossiers, and the DISARM countermeasures responses apply.

use chrono::NaiveDate;
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{EventBody, canonical, format_time};
use entente_core::watch::fimi::{
    CountermeasureApplied, IncidentFacts, IncidentLinked, IncidentRecorded, IncidentRevised,
};
use entente_core::{Draft, Event, Marking, Viewer};
use rusqlite::{Connection, params};

use super::{Marked, check_marking, visible_container};
use crate::dossiers::VisibilityMemo;
use crate::error::{Result, StoreError};

/// An incident as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct IncidentView {
    pub id: String,
    pub facts: IncidentFacts,
    pub marked: Marked,
    pub created_at: String,
    pub updated_at: String,
    pub version: u32,
    /// Dossiers it is linked to that the reader may see.
    pub dossiers: Vec<String>,
    pub countermeasures: Vec<CountermeasureView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountermeasureView {
    pub countermeasure: String,
    pub note: String,
    pub response: Option<String>,
    pub date: Option<NaiveDate>,
    pub party: String,
    pub at: String,
}

const COLUMNS: &str = "id, facts, marking, origin, author, created_at, updated_at, version";

fn decode(conn: &Connection, viewer: &Viewer, r: &rusqlite::Row<'_>) -> Result<IncidentView> {
    let id: String = r.get(0)?;
    let mut dossiers = Vec::new();
    let mut stmt =
        conn.prepare_cached("SELECT dossier FROM fimi_links WHERE incident = ?1 ORDER BY seq")?;
    for d in stmt.query_map([&id], |r| r.get::<_, String>(0))? {
        let d = d?;
        if crate::dossiers::get(conn, viewer, &d)?.is_some() {
            dossiers.push(d);
        }
    }
    let mut stmt = conn.prepare_cached(
        "SELECT countermeasure, note, response, date, party, at FROM fimi_countermeasures WHERE incident = ?1 ORDER BY seq",
    )?;
    let countermeasures = stmt
        .query_map([&id], |r| {
            Ok(CountermeasureView {
                countermeasure: r.get(0)?,
                note: r.get(1)?,
                response: r.get(2)?,
                date: r.get::<_, Option<String>>(3)?.and_then(|d| d.parse().ok()),
                party: r.get(4)?,
                at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(IncidentView {
        facts: serde_json::from_str(&r.get::<_, String>(1)?)?,
        marked: Marked::from_texts(
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
            &r.get::<_, String>(4)?,
        )?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
        version: r.get::<_, i64>(7)? as u32,
        id,
        dossiers,
        countermeasures,
    })
}

pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<IncidentView>> {
    if super::container_row(conn, "incident", id)?.is_none_or(|m| !m.visible(viewer)) {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM fimi_incidents WHERE id = ?1"
    ))?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => Ok(Some(decode(conn, viewer, r)?)),
        None => Ok(None),
    }
}

/// The incidents `viewer` may see, newest first; with `dossier`, those linked to it.
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    dossier: Option<&str>,
) -> Result<Vec<IncidentView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM fimi_incidents ORDER BY created_seq DESC"
    ))?;
    let mut rows = stmt.query([])?;
    let mut memo = VisibilityMemo::new(viewer);
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (m, o, a): (String, String, String) = (r.get(2)?, r.get(3)?, r.get(4)?);
        if !memo.check(&m, &o, &a)? {
            continue;
        }
        let v = decode(conn, viewer, r)?;
        if dossier.is_some_and(|d| !v.dossiers.iter().any(|x| x == d)) {
            continue;
        }
        out.push(v);
        if out.len() >= 1000 {
            break;
        }
    }
    Ok(out)
}

pub fn decide_record(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    mut facts: IncidentFacts,
    marking: Marking,
) -> Result<Vec<Draft>> {
    authz::require(Action::FimiRecord, viewer, &Facts::none())?;
    entente_core::watch::text::id("id", id)?;
    facts.check()?;
    check_marking(viewer, &marking)?;
    if super::container_row(conn, "incident", id)?.is_some() {
        return Err(StoreError::Exists {
            what: "incident",
            id: id.into(),
        });
    }
    Ok(vec![Draft::new(
        &IncidentRecorded {
            id: id.into(),
            facts,
        },
        marking,
    )])
}

pub fn decide_revise(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    mut facts: IncidentFacts,
) -> Result<Vec<Draft>> {
    let m = visible_container(conn, viewer, "incident", id)?;
    authz::require(
        Action::FimiRevise,
        viewer,
        &Facts {
            originator: m.origin == viewer.party,
            ..Facts::none()
        },
    )?;
    facts.check()?;
    Ok(vec![Draft::new(
        &IncidentRevised {
            incident: id.into(),
            facts,
        },
        m.marking,
    )])
}

/// Links an incident to a dossier; the linker must see both. The link is marked like the
/// incident and scoped to the dossier.
pub fn decide_link(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    dossier: &str,
) -> Result<Vec<Draft>> {
    let m = visible_container(conn, viewer, "incident", id)?;
    crate::dossiers::get(conn, viewer, dossier)?
        .ok_or_else(|| StoreError::not_found("dossier", dossier))?;
    authz::require(Action::FimiLink, viewer, &Facts::none())?;
    let linked: bool = conn
        .prepare_cached("SELECT count(*) > 0 FROM fimi_links WHERE incident = ?1 AND dossier = ?2")?
        .query_row([id, dossier], |r| r.get(0))?;
    if linked {
        return Err(StoreError::Refused {
            code: "fimi.already_linked",
            message: format!("incident {id} is already linked to dossier {dossier}"),
        });
    }
    Ok(vec![Draft::new(
        &IncidentLinked {
            incident: id.into(),
            dossier: dossier.into(),
        },
        m.marking,
    )])
}

pub fn decide_countermeasure(
    conn: &Connection,
    viewer: &Viewer,
    mut body: CountermeasureApplied,
) -> Result<Vec<Draft>> {
    let m = visible_container(conn, viewer, "incident", &body.incident)?;
    authz::require(Action::FimiCountermeasure, viewer, &Facts::none())?;
    body.check()?;
    Ok(vec![Draft::new(&body, m.marking)])
}

fn decode_event<B: EventBody>(e: &Event) -> Result<B> {
    crate::assessments::decode(e)
}

pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    let at = format_time(e.occurred_at());
    match (e.kind.as_str(), e.version) {
        (IncidentRecorded::TYPE, IncidentRecorded::VERSION) => {
            let b: IncidentRecorded = decode_event(e)?;
            conn.prepare_cached(&format!(
                "INSERT INTO fimi_incidents({COLUMNS}, name, created_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 1, ?7, ?8)"
            ))?
            .execute(params![
                b.id,
                canonical(&b.facts),
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                at,
                b.facts.name,
                e.seq as i64
            ])?;
        }
        (IncidentRevised::TYPE, IncidentRevised::VERSION) => {
            let b: IncidentRevised = decode_event(e)?;
            conn.prepare_cached(
                "UPDATE fimi_incidents SET facts = ?2, name = ?3, updated_at = ?4, version = version + 1 WHERE id = ?1",
            )?
            .execute(params![b.incident, canonical(&b.facts), b.facts.name, at])?;
        }
        (IncidentLinked::TYPE, IncidentLinked::VERSION) => {
            let b: IncidentLinked = decode_event(e)?;
            conn.prepare_cached(
                "INSERT OR IGNORE INTO fimi_links(incident, dossier, seq) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![b.incident, b.dossier, e.seq as i64])?;
        }
        (CountermeasureApplied::TYPE, CountermeasureApplied::VERSION) => {
            let b: CountermeasureApplied = decode_event(e)?;
            conn.prepare_cached(
                "INSERT INTO fimi_countermeasures(incident, seq, countermeasure, note, response, date, party, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                b.incident,
                e.seq as i64,
                b.countermeasure,
                b.note,
                b.response,
                b.date.map(|d| d.to_string()),
                e.actor.party.as_str(),
                at
            ])?;
        }
        _ => {}
    }
    Ok(())
}
