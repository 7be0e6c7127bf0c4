//! Human rights online: shutdowns, throttling, platform blocks, surveillance events and the
//! cases of human rights defenders, with their dated updates.

use chrono::NaiveDate;
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{EventBody, canonical, format_time};
use entente_core::watch::rights::{RightsRecord, RightsRecorded, RightsUpdated};
use entente_core::{Draft, Event, Marking, Tlp, Viewer};
use rusqlite::{Connection, params};

use super::{Marked, check_marking, visible_container};
use crate::dossiers::VisibilityMemo;
use crate::error::{Result, StoreError};

#[derive(Clone, Debug, PartialEq)]
pub struct RightsView {
    pub id: String,
    pub record: RightsRecord,
    /// The end a later update reported, if the record had none.
    pub ended: Option<NaiveDate>,
    pub marked: Marked,
    pub created_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RightsUpdateView {
    pub seq: u64,
    pub date: NaiveDate,
    pub text: String,
    pub party: String,
}

fn decode(r: &rusqlite::Row<'_>) -> Result<RightsView> {
    Ok(RightsView {
        id: r.get(0)?,
        record: serde_json::from_str(&r.get::<_, String>(1)?)?,
        ended: r.get::<_, Option<String>>(2)?.and_then(|d| d.parse().ok()),
        marked: Marked::from_texts(
            &r.get::<_, String>(3)?,
            &r.get::<_, String>(4)?,
            &r.get::<_, String>(5)?,
        )?,
        created_at: r.get(6)?,
    })
}

const COLUMNS: &str = "id, body, end_date, marking, origin, author, created_at";

pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<RightsView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rights_records WHERE id = ?1"
    ))?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => {
            let v = decode(r)?;
            Ok(v.marked.visible(viewer).then_some(v))
        }
        None => Ok(None),
    }
}

/// The records `viewer` may see (of `kind`, of `country`), most recent start first.
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    kind: Option<&str>,
    country: Option<&str>,
) -> Result<Vec<RightsView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, kind, country FROM rights_records ORDER BY start DESC, created_seq DESC"
    ))?;
    let mut rows = stmt.query([])?;
    let mut memo = VisibilityMemo::new(viewer);
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (m, o, a): (String, String, String) = (r.get(3)?, r.get(4)?, r.get(5)?);
        if !memo.check(&m, &o, &a)? {
            continue;
        }
        if kind.is_some_and(|k| r.get::<_, String>(7).ok().as_deref() != Some(k))
            || country.is_some_and(|c| r.get::<_, String>(8).ok().as_deref() != Some(c))
        {
            continue;
        }
        out.push(decode(r)?);
    }
    Ok(out)
}

pub fn updates(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Vec<RightsUpdateView>> {
    visible_container(conn, viewer, "rights", id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT seq, date, text, party FROM rights_updates WHERE record = ?1 ORDER BY date, seq",
    )?;
    let rows: Vec<(i64, String, String, String)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(seq, date, text, party)| {
            Ok(RightsUpdateView {
                seq: seq as u64,
                date: date
                    .parse()
                    .map_err(|_| StoreError::Decode(format!("update date {date}")))?,
                text,
                party,
            })
        })
        .collect()
}

pub fn decide_record(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    record: RightsRecord,
    marking: Marking,
) -> Result<Vec<Draft>> {
    let action = if record.is_defender() {
        Action::RightsDefender
    } else {
        Action::RightsRecord
    };
    authz::require(action, viewer, &Facts::none())?;
    entente_core::watch::text::id("id", id)?;
    record.check()?;
    check_marking(viewer, &marking)?;
    // A defender's case names a person at risk: never on public or community channels.
    if record.is_defender() && marking.tlp < Tlp::Amber {
        return Err(StoreError::Rejected {
            code: "rights.defender_marking",
            message: "marking.tlp: a human rights defender's case is sensitive: mark it TLP:AMBER or stricter".into(),
        });
    }
    if super::container_row(conn, "rights", id)?.is_some() {
        return Err(StoreError::Exists {
            what: "rights record",
            id: id.into(),
        });
    }
    Ok(vec![Draft::new(
        &RightsRecorded {
            id: id.into(),
            record,
        },
        marking,
    )])
}

pub fn decide_update(
    conn: &Connection,
    viewer: &Viewer,
    body: RightsUpdated,
) -> Result<Vec<Draft>> {
    let m = visible_container(conn, viewer, "rights", &body.record)?;
    authz::require(
        Action::RightsUpdate,
        viewer,
        &Facts {
            originator: m.origin == viewer.party,
            ..Facts::none()
        },
    )?;
    body.check()?;
    if let (Some(end), Some(v)) = (body.ended, get(conn, viewer, &body.record)?)
        && end < v.record.start
    {
        return Err(
            entente_core::Invalid::new("ended", "a date on or after the record's start").into(),
        );
    }
    Ok(vec![Draft::new(&body, m.marking)])
}

fn decode_event<B: EventBody>(e: &Event) -> Result<B> {
    crate::assessments::decode(e)
}

pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    match (e.kind.as_str(), e.version) {
        (RightsRecorded::TYPE, RightsRecorded::VERSION) => {
            let b: RightsRecorded = decode_event(e)?;
            conn.prepare_cached(
                "INSERT INTO rights_records(id, kind, country, start, end_date, body, marking, origin, author, created_at, created_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                b.id,
                b.record.kind,
                b.record.country,
                b.record.start.to_string(),
                b.record.end.map(|d| d.to_string()),
                canonical(&b.record),
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                format_time(e.occurred_at()),
                e.seq as i64
            ])?;
        }
        (RightsUpdated::TYPE, RightsUpdated::VERSION) => {
            let b: RightsUpdated = decode_event(e)?;
            conn.prepare_cached(
                "INSERT INTO rights_updates(record, seq, date, text, party) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![b.record, e.seq as i64, b.date.to_string(), b.text, e.actor.party.as_str()])?;
            if let Some(end) = b.ended {
                conn.prepare_cached("UPDATE rights_records SET end_date = ?2 WHERE id = ?1")?
                    .execute(params![b.record, end.to_string()])?;
            }
        }
        _ => {}
    }
    Ok(())
}
