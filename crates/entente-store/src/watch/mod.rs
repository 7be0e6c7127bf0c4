//! The store side of **the watch** (issue 18): the policy tracker's measures, subscriptions and
//! digests (`policy.rs`), FIMI incidents (`fimi.rs`), election monitoring records
//! (`election.rs`) and human rights online (`rights.rs`); the [`Watch`] trait the edges call
//! (`store.rs`).
//!
//! **Visibility.** Measures, incidents, monitoring records and rights records are marked items:
//! every read passes each through [`entente_core::can_see`] with its originating party and
//! author, and one the viewer may not see answers like a missing one, on writes as on reads.
//! What belongs to such an item (a measure's stage changes and notes, an incident's revisions and
//! countermeasures, a mission's timeline, a record's updates) carries the item's marking and is
//! scoped to it in the event feed ([`container_of`]): a container's marking bounds its contents.
//! The link of an incident to a dossier is scoped to the dossier, and marked like the incident.

pub mod election;
pub mod fimi;
pub mod policy;
pub mod rights;
pub mod store;

use entente_core::{Event, Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Result, StoreError};

pub use store::Watch;

/// The marking, originating party and author of a marked row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub marking: Marking,
    pub origin: PartyId,
    pub author: UserId,
}

impl Marked {
    pub(crate) fn from_texts(marking: &str, origin: &str, author: &str) -> Result<Marked> {
        Ok(Marked {
            marking: serde_json::from_str(marking)?,
            origin: PartyId::parse(origin)?,
            author: UserId::parse(author)?,
        })
    }

    pub fn visible(&self, viewer: &Viewer) -> bool {
        can_see(viewer, &self.origin, &self.author, &self.marking)
    }
}

/// The containers of the watch, with their table.
const CONTAINERS: [(&str, &str); 4] = [
    ("measure", "watch_measures"),
    ("incident", "fimi_incidents"),
    ("mission", "election_missions"),
    ("rights", "rights_records"),
];

/// The marking, origin and author of container `kind`/`id`, if it exists.
pub(crate) fn container_row(conn: &Connection, kind: &str, id: &str) -> Result<Option<Marked>> {
    let Some((_, table)) = CONTAINERS.iter().find(|(k, _)| *k == kind) else {
        return Ok(None);
    };
    let r: Option<(String, String, String)> = conn
        .prepare_cached(&format!(
            "SELECT marking, origin, author FROM {table} WHERE id = ?1"
        ))?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    r.map(|(m, o, a)| Marked::from_texts(&m, &o, &a))
        .transpose()
}

/// A container `viewer` may see, for a write or a read: not found when it is missing or hidden
/// (alike).
pub(crate) fn visible_container(
    conn: &Connection,
    viewer: &Viewer,
    kind: &'static str,
    id: &str,
) -> Result<Marked> {
    match container_row(conn, kind, id)? {
        Some(m) if m.visible(viewer) => Ok(m),
        _ => Err(StoreError::not_found(kind, id)),
    }
}

/// The watch container an event belongs to: `(kind, id)` for the events about what a measure,
/// an incident, a mission or a rights record holds.
pub fn container_of(e: &Event) -> Option<(&'static str, String)> {
    let key = match e.kind.as_str() {
        "policy.stage_changed"
        | "policy.measure_sighted"
        | "policy.analysis_noted"
        | "policy.process_linked" => ("measure", "measure"),
        "fimi.incident_revised" | "fimi.countermeasure_applied" => ("incident", "incident"),
        "election.entry_added" => ("mission", "mission"),
        "rights.updated" => ("rights", "record"),
        _ => return None,
    };
    let v: serde_json::Value = serde_json::from_str(&e.payload).ok()?;
    Some((key.0, v.get(key.1)?.as_str()?.to_string()))
}

/// Folds the watch's events into its projections (called by `projection::apply`).
pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    if e.kind.starts_with("policy.") {
        policy::apply(conn, e)
    } else if e.kind.starts_with("fimi.") {
        fimi::apply(conn, e)
    } else if e.kind.starts_with("election.") {
        election::apply(conn, e)
    } else if e.kind.starts_with("rights.") {
        rights::apply(conn, e)
    } else {
        Ok(())
    }
}

/// Whether an event type belongs to the watch.
pub fn is_watch_event(kind: &str) -> bool {
    ["policy.", "fimi.", "election.", "rights."]
        .iter()
        .any(|p| kind.starts_with(p))
}

/// A slug of `hint` and six random characters (ids chosen by the store: they reveal neither
/// how many items exist nor which are hidden).
pub(crate) fn assign_id(hint: &str) -> Result<String> {
    let mut slug = String::new();
    for c in hint.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    Ok(format!(
        "{}-{}",
        if slug.len() < 2 { "item" } else { slug },
        crate::store::random_suffix(6)?
    ))
}

/// The id an item gets: exactly `wanted` for the operator (the demo, the console), else a slug of
/// it (or of `hint`) with a random suffix.
pub(crate) fn choose_id(viewer: &Viewer, wanted: Option<&str>, hint: &str) -> Result<String> {
    match wanted {
        Some(exact) if viewer.is_operator() => Ok(exact.to_string()),
        Some(w) => assign_id(w),
        None => assign_id(hint),
    }
}

/// Checks an item's marking as given by its author: consistent and readable by themselves
/// (F25).
pub(crate) fn check_marking(viewer: &Viewer, m: &Marking) -> Result<()> {
    m.check()?;
    crate::evidence::check_own_marking(viewer, Some(m))
}
