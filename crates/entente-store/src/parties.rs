//! The parties of the community.

use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::{Draft, LocalizedText, Marking, PartyId};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Result, StoreError};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyView {
    pub id: PartyId,
    pub kind: PartyKind,
    pub name: LocalizedText,
}

fn decode(id: String, kind: String, name: String) -> Result<PartyView> {
    Ok(PartyView {
        id: PartyId::parse(&id)?,
        kind: PartyKind::parse(&kind)
            .ok_or_else(|| StoreError::Decode(format!("party kind {kind:?}")))?,
        name: serde_json::from_str(&name)?,
    })
}

/// Party names are public within the community: parties carry no marking.
pub fn list(conn: &Connection) -> Result<Vec<PartyView>> {
    let mut stmt = conn.prepare_cached("SELECT id, kind, name FROM parties ORDER BY kind, id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let mut out = Vec::new();
    for r in rows {
        let (a, b, c) = r?;
        out.push(decode(a, b, c)?);
    }
    Ok(out)
}

pub fn get(conn: &Connection, id: &PartyId) -> Result<Option<PartyView>> {
    let r = conn
        .prepare_cached("SELECT id, kind, name FROM parties WHERE id = ?1")?
        .query_row([id.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    r.map(|(a, b, c)| decode(a, b, c)).transpose()
}

pub fn decide_register(p: PartyRegistered) -> Result<Vec<Draft>> {
    p.name.check("name", 200)?;
    Ok(vec![Draft::new(&p, Marking::clear())])
}
