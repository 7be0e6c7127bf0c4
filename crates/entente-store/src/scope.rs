//! Which container an event belongs to, so that **a container's marking bounds its contents**
//! on every path that serves events (the audit trail, the activity feeds): an event about an
//! item inside a dossier is shown only to those who may see the dossier, whatever the item's
//! own marking (F3). The `event_scope` projection maps each such event's `seq` to its dossier.

use entente_core::Event;
use rusqlite::{Connection, OptionalExtension, params};

use crate::dossiers::VisibilityMemo;
use crate::error::Result;

/// The dossier an event belongs to, read from its payload: `dossier.*` events name it as `id`;
/// every event about an item inside a dossier names it as `dossier`; positions and closes name
/// their procedure, whose dossier the projection knows.
pub fn container_of(conn: &Connection, e: &Event) -> Result<Option<String>> {
    let v: serde_json::Value = match serde_json::from_str(&e.payload) {
        Ok(v) => v,
        Err(_) => return Ok(None),
    };
    let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    if e.kind.starts_with("dossier.") {
        return Ok(text("id"));
    }
    if let Some(d) = text("dossier") {
        return Ok(Some(d));
    }
    if let Some(p) = text("procedure") {
        return Ok(conn
            .prepare_cached("SELECT dossier FROM procedures WHERE id = ?1")?
            .query_row([p], |r| r.get(0))
            .optional()?);
    }
    Ok(None)
}

/// Records the container of `e`, if it has one (called by [`crate::projection::apply`]): its
/// dossier, or the watch's measure, incident, mission or rights record it belongs to
/// ([`crate::watch::container_of`]).
pub(crate) fn record(conn: &Connection, e: &Event) -> Result<()> {
    if let Some(d) = container_of(conn, e)? {
        conn.prepare_cached("INSERT OR REPLACE INTO event_scope(seq, dossier) VALUES (?1, ?2)")?
            .execute(params![e.seq as i64, d])?;
    } else if let Some((kind, id)) = crate::watch::container_of(e) {
        conn.prepare_cached(
            "INSERT OR REPLACE INTO watch_scope(seq, kind, id) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![e.seq as i64, kind, id])?;
    }
    Ok(())
}

/// Decides, per event, whether its container (if any) is visible to a viewer, remembering
/// each dossier's answer for the scan.
pub struct ContainerCheck<'v> {
    viewer: &'v entente_core::Viewer,
    seen: std::collections::HashMap<String, bool>,
}

impl<'v> ContainerCheck<'v> {
    pub fn new(viewer: &'v entente_core::Viewer) -> Self {
        ContainerCheck {
            viewer,
            seen: std::collections::HashMap::new(),
        }
    }

    /// May the viewer see the container of event `seq`? (True for events without one.)
    pub fn allows(&mut self, conn: &Connection, seq: u64) -> Result<bool> {
        let d: Option<String> = conn
            .prepare_cached("SELECT dossier FROM event_scope WHERE seq = ?1")?
            .query_row([seq as i64], |r| r.get(0))
            .optional()?;
        let Some(d) = d else {
            return self.allows_watch(conn, seq);
        };
        if let Some(v) = self.seen.get(&d) {
            return Ok(*v);
        }
        let v = match conn
            .prepare_cached("SELECT marking, origin, author FROM dossiers WHERE id = ?1")?
            .query_row([&d], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .optional()?
        {
            // The same rule as a read of the dossier itself.
            Some((m, o, a)) => VisibilityMemo::new(self.viewer).check(&m, &o, &a)?,
            // A container that is not (yet) in the projection shows nothing.
            None => false,
        };
        self.seen.insert(d, v);
        Ok(v)
    }

    /// The same for the watch's containers (measures, incidents, missions, rights records).
    fn allows_watch(&mut self, conn: &Connection, seq: u64) -> Result<bool> {
        let c: Option<(String, String)> = conn
            .prepare_cached("SELECT kind, id FROM watch_scope WHERE seq = ?1")?
            .query_row([seq as i64], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((kind, id)) = c else { return Ok(true) };
        let key = format!("{kind}\u{1}{id}");
        if let Some(v) = self.seen.get(&key) {
            return Ok(*v);
        }
        let v =
            crate::watch::container_row(conn, &kind, &id)?.is_some_and(|m| m.visible(self.viewer));
        self.seen.insert(key, v);
        Ok(v)
    }
}
