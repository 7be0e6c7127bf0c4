//! Election monitoring records and the timelines of their campaigns.

use chrono::NaiveDate;
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{EventBody, canonical, format_time};
use entente_core::watch::election::{EntryAdded, MissionRecorded};
use entente_core::{Draft, Event, Marking, Viewer};
use rusqlite::{Connection, params};

use super::{Marked, check_marking, visible_container};
use crate::dossiers::VisibilityMemo;
use crate::error::{Result, StoreError};

#[derive(Clone, Debug, PartialEq)]
pub struct MissionView {
    pub record: MissionRecorded,
    pub marked: Marked,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryView {
    pub seq: u64,
    pub date: NaiveDate,
    pub kind: String,
    pub text: String,
    /// The FIMI incident it names, when the reader may see it.
    pub incident: Option<String>,
    pub platform: Option<String>,
    pub party: String,
}

fn decode(r: &rusqlite::Row<'_>) -> Result<MissionView> {
    Ok(MissionView {
        record: serde_json::from_str(&r.get::<_, String>(0)?)?,
        marked: Marked::from_texts(
            &r.get::<_, String>(1)?,
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
        )?,
        created_at: r.get(4)?,
    })
}

pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<MissionView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body, marking, origin, author, created_at FROM election_missions WHERE id = ?1",
    )?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => {
            let m = decode(r)?;
            Ok(m.marked.visible(viewer).then_some(m))
        }
        None => Ok(None),
    }
}

pub fn list(conn: &Connection, viewer: &Viewer) -> Result<Vec<MissionView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body, marking, origin, author, created_at FROM election_missions ORDER BY election_date DESC, created_seq DESC",
    )?;
    let mut rows = stmt.query([])?;
    let mut memo = VisibilityMemo::new(viewer);
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (m, o, a): (String, String, String) = (r.get(1)?, r.get(2)?, r.get(3)?);
        if memo.check(&m, &o, &a)? {
            out.push(decode(r)?);
        }
    }
    Ok(out)
}

/// An entry's columns: seq, date, kind, text, incident, platform, party.
type EntryRow = (
    i64,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

/// The timeline of a mission the reader may see, by date.
pub fn entries(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Vec<EntryView>> {
    visible_container(conn, viewer, "mission", id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT seq, date, kind, text, incident, platform, party FROM election_entries WHERE mission = ?1 ORDER BY date, seq",
    )?;
    let rows: Vec<EntryRow> = stmt
        .query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (seq, date, kind, text, incident, platform, party) in rows {
        // An incident the reader may not see is not named.
        let incident = match incident {
            Some(i) if super::fimi::get(conn, viewer, &i)?.is_some() => Some(i),
            _ => None,
        };
        out.push(EntryView {
            seq: seq as u64,
            date: date
                .parse()
                .map_err(|_| StoreError::Decode(format!("entry date {date}")))?,
            kind,
            text,
            incident,
            platform,
            party,
        });
    }
    Ok(out)
}

pub fn decide_record(
    conn: &Connection,
    viewer: &Viewer,
    body: MissionRecorded,
    marking: Marking,
) -> Result<Vec<Draft>> {
    authz::require(Action::ElectionRecord, viewer, &Facts::none())?;
    body.check()?;
    check_marking(viewer, &marking)?;
    if super::container_row(conn, "mission", &body.id)?.is_some() {
        return Err(StoreError::Exists {
            what: "mission",
            id: body.id,
        });
    }
    Ok(vec![Draft::new(&body, marking)])
}

pub fn decide_entry(conn: &Connection, viewer: &Viewer, body: EntryAdded) -> Result<Vec<Draft>> {
    let m = visible_container(conn, viewer, "mission", &body.mission)?;
    authz::require(
        Action::ElectionObserve,
        viewer,
        &Facts {
            originator: m.origin == viewer.party,
            ..Facts::none()
        },
    )?;
    body.check()?;
    if let Some(i) = &body.incident {
        // The incident must be one the observer sees, and the mission no wider than it: naming
        // it in the mission's timeline must not show it to readers who cannot see it.
        let inc = visible_container(conn, viewer, "incident", i)?;
        m.marking.check_within(&inc.marking, &inc.origin, &inc.author).map_err(|_| {
            entente_core::Invalid::new(
                "incident",
                "an incident marked no more strictly than the mission (else its name would reach readers of the mission who may not see it)",
            )
        })?;
    }
    Ok(vec![Draft::new(&body, m.marking)])
}

fn decode_event<B: EventBody>(e: &Event) -> Result<B> {
    crate::assessments::decode(e)
}

pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    match (e.kind.as_str(), e.version) {
        (MissionRecorded::TYPE, MissionRecorded::VERSION) => {
            let b: MissionRecorded = decode_event(e)?;
            conn.prepare_cached(
                "INSERT INTO election_missions(id, country, election_date, body, marking, origin, author, created_at, created_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                b.id,
                b.country,
                b.election_date.to_string(),
                canonical(&b),
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                format_time(e.occurred_at()),
                e.seq as i64
            ])?;
        }
        (EntryAdded::TYPE, EntryAdded::VERSION) => {
            let b: EntryAdded = decode_event(e)?;
            conn.prepare_cached(
                "INSERT INTO election_entries(mission, seq, date, kind, text, incident, platform, party) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                b.mission,
                e.seq as i64,
                b.date.to_string(),
                b.kind,
                b.text,
                b.incident,
                b.platform,
                e.actor.party.as_str()
            ])?;
        }
        _ => {}
    }
    Ok(())
}
