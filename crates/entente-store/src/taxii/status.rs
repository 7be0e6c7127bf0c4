//! Adding objects to a collection (TAXII 2.1 §5.5 Add Objects) and the status resource that
//! answers it (§4.3 Get Status).
//!
//! An envelope is decided in **one write**: its valid objects become `stix.object_ingested`
//! events through the store's own ingest rules (entente's validator, the provenance rule F11,
//! duplicates F19), and one `taxii.envelope_processed` event records the status resource and
//! the collection's new members. Either all of that is in the log or none of it (a crash
//! before the commit leaves nothing); invalid objects do not stop the others, and the status
//! lists each with its reasons. The status is therefore complete when the POST answers
//! (`pending_count` 0) and is kept as long as the log (§4.3 asks for at least 24 hours).

use entente_core::event::{EventBody, format_time};
use entente_core::{Event, Marking, PartyId, Tlp, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::stix_objects::version_key;

/// One object in a status resource (§4.3.1 status-details).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusEntry {
    pub id: String,
    /// The object's version as TAXII names it (`modified`, else `created`, else the date
    /// added); absent for an object without a readable id.
    pub version: String,
    /// Entente's version key of the object (not on the wire).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// The event: one envelope processed (the status resource, and the collection's members).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeProcessed {
    /// The status id (a UUID).
    pub status: String,
    pub collection: String,
    pub successes: Vec<StatusEntry>,
    pub failures: Vec<StatusEntry>,
}

impl EventBody for EnvelopeProcessed {
    const TYPE: &'static str = "taxii.envelope_processed";
    const VERSION: u32 = 1;
}

/// A status resource as its reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusView {
    pub id: String,
    pub collection: String,
    /// When the request was received (the time of its write).
    pub request_timestamp: String,
    pub successes: Vec<StatusEntry>,
    pub failures: Vec<StatusEntry>,
}

impl StatusView {
    pub fn total(&self) -> usize {
        self.successes.len() + self.failures.len()
    }
}

/// The marking of a status: the poster alone reads it (it lists what they sent).
pub(crate) fn marking_for(poster: &Viewer) -> Marking {
    let mut m = Marking::tlp(Tlp::Red);
    m.recipients.insert(poster.user.clone());
    m
}

pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    let b: EnvelopeProcessed = super::decode(e)?;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO taxii_status(id, collection, body, marking, origin, author, recorded_at, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        b.status,
        b.collection,
        serde_json::to_string(&(&b.successes, &b.failures))?,
        e.marking,
        e.actor.party.as_str(),
        e.actor.user.as_str(),
        format_time(e.recorded_at),
        e.seq as i64,
    ])?;
    for s in &b.successes {
        let key = if s.key.is_empty() {
            version_key(Some(&s.version), None)
        } else {
            s.key.clone()
        };
        conn.prepare_cached(
            "INSERT OR IGNORE INTO taxii_members(collection, id, modified, seq) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![b.collection, s.id, key, e.seq as i64])?;
        conn.prepare_cached(
            "DELETE FROM taxii_removed WHERE collection = ?1 AND id = ?2 AND modified = ?3",
        )?
        .execute(params![b.collection, s.id, key])?;
    }
    Ok(())
}

/// The status `id`, if `viewer` posted it (anyone else: not found).
pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<StatusView>> {
    let r: Option<(String, String, String, String, String, String)> = conn
        .prepare_cached(
            "SELECT collection, body, marking, origin, author, recorded_at FROM taxii_status WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })
        .optional()?;
    let Some((collection, body, marking, origin, author, at)) = r else {
        return Ok(None);
    };
    let marking: Marking = serde_json::from_str(&marking)?;
    if !can_see(
        viewer,
        &PartyId::parse(&origin)?,
        &UserId::parse(&author)?,
        &marking,
    ) {
        return Ok(None);
    }
    let (successes, failures): (Vec<StatusEntry>, Vec<StatusEntry>) = serde_json::from_str(&body)?;
    Ok(Some(StatusView {
        id: id.to_string(),
        collection,
        request_timestamp: at,
        successes,
        failures,
    }))
}
