//! Folding `sanctions.*` events into `sanctions_listings` and `sanctions_renewals`.

use entente_core::Event;
use entente_core::event::{EventBody, canonical, format_time};
use entente_core::sanctions::{Amended, Delisted, Linked, Listed, Renewed};
use rusqlite::{Connection, params};
use serde_json::json;

use crate::error::Result;
use crate::procedures::body;

/// Applies one `sanctions.*` event (called from `projection::apply`).
pub fn apply(conn: &Connection, e: &Event) -> Result<()> {
    match e.kind.as_str() {
        Listed::TYPE => {
            let b: Listed = body(e)?;
            conn.prepare_cached(
                "INSERT INTO sanctions_listings(id, entry, listed_on, listing_acts, amendments, delisted, dossiers, procedures, sources, note, marking, origin, author, recorded_at, created_seq, seq)
                 VALUES (?1, ?2, ?3, ?4, '[]', NULL, '[]', '[]', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            )?
            .execute(params![
                b.id,
                canonical(&b.entry),
                b.date.to_string(),
                canonical(&b.acts),
                canonical(&b.sources),
                b.note,
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                format_time(e.recorded_at),
                e.seq as i64
            ])?;
        }
        Linked::TYPE => {
            let b: Linked = body(e)?;
            conn.prepare_cached(
                "UPDATE sanctions_listings SET dossiers = json_insert(dossiers, '$[#]', ?2), seq = ?3 WHERE id = ?1",
            )?
            .execute(params![b.id, b.dossier, e.seq as i64])?;
            for p in &b.procedures {
                conn.prepare_cached(
                    "UPDATE sanctions_listings SET procedures = json_insert(procedures, '$[#]', ?2) WHERE id = ?1",
                )?
                .execute(params![b.id, p])?;
            }
        }
        Amended::TYPE => {
            let b: Amended = body(e)?;
            let change = json!({"date": b.date, "acts": b.acts, "note": b.note});
            conn.prepare_cached(
                "UPDATE sanctions_listings SET entry = ?2, amendments = json_insert(amendments, '$[#]', json(?3)), seq = ?4 WHERE id = ?1",
            )?
            .execute(params![b.id, canonical(&b.entry), change.to_string(), e.seq as i64])?;
        }
        Delisted::TYPE => {
            let b: Delisted = body(e)?;
            let change = json!({"date": b.date, "acts": b.acts, "note": b.reason});
            conn.prepare_cached(
                "UPDATE sanctions_listings SET delisted = ?2, seq = ?3 WHERE id = ?1",
            )?
            .execute(params![b.id, change.to_string(), e.seq as i64])?;
        }
        Renewed::TYPE => {
            let b: Renewed = body(e)?;
            conn.prepare_cached(
                "INSERT INTO sanctions_renewals(seq, date, body) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![e.seq as i64, b.date.to_string(), canonical(&b)])?;
        }
        _ => {}
    }
    Ok(())
}
