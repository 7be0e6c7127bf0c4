//! Evidence on a dossier (issue 5): documents, links and STIX object references, each with a
//! source, an Admiralty grading, its own marking (or the dossier's) and who added it when.
//!
//! **Visibility:** an evidence item is visible to a viewer who sees its dossier and, when the
//! item carries its own marking, passes [`can_see`] on that marking with the adding party and
//! user as origin and author. An item the viewer may not see reads exactly like a missing one.

use entente_core::authz::{self, Action, Facts};
use entente_core::picture::events::{EvidenceAdded, EvidenceItem, EvidenceWithdrawn};
use entente_core::{Draft, Event, EventBody, Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension, params};

use crate::dossiers::{self, DossierView};
use crate::error::{Result, StoreError};

/// An evidence item as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceView {
    pub dossier: String,
    /// `ev-1`, `ev-2`, ... per dossier.
    pub id: String,
    pub item: EvidenceItem,
    /// The marking in force: the item's own, or the dossier's.
    pub marking: Marking,
    /// Whether the item carries its own marking (else it follows the dossier's).
    pub own_marking: bool,
    pub origin: PartyId,
    pub author: UserId,
    pub added_at: String,
    pub seq: u64,
    pub withdrawn: Option<Withdrawal>,
}

/// When and why an item was withdrawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Withdrawal {
    pub at: String,
    pub by: UserId,
    pub reason: Option<String>,
}

/// Whether `viewer`, who sees the dossier, may see an item of `origin`/`author` carrying
/// `own` (its own marking, if any).
pub(crate) fn item_visible(
    viewer: &Viewer,
    origin: &PartyId,
    author: &UserId,
    own: Option<&Marking>,
) -> bool {
    own.is_none_or(|m| can_see(viewer, origin, author, m))
}

type Row = (
    String,
    String,
    i64,
    String,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

const COLUMNS: &str = "dossier, id, seq, item, marking, origin, author, added_at, withdrawn_at, withdrawn_by, withdrawn_reason";

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
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
    ))
}

/// Decodes a row if `viewer` (who sees `dossier`) may see it.
fn decode_visible(viewer: &Viewer, dossier: &DossierView, r: Row) -> Result<Option<EvidenceView>> {
    let own: Option<Marking> = r.4.as_deref().map(serde_json::from_str).transpose()?;
    let origin = PartyId::parse(&r.5)?;
    let author = UserId::parse(&r.6)?;
    if !item_visible(viewer, &origin, &author, own.as_ref()) {
        return Ok(None);
    }
    Ok(Some(EvidenceView {
        dossier: r.0,
        id: r.1,
        seq: r.2 as u64,
        item: serde_json::from_str(&r.3)?,
        own_marking: own.is_some(),
        marking: own.unwrap_or_else(|| dossier.marking.clone()),
        origin,
        author,
        added_at: r.7,
        withdrawn: match (r.8, r.9) {
            (Some(at), Some(by)) => Some(Withdrawal {
                at,
                by: UserId::parse(&by)?,
                reason: r.10,
            }),
            _ => None,
        },
    }))
}

fn visible_dossier(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<DossierView> {
    dossiers::get(conn, viewer, dossier)?.ok_or_else(|| StoreError::not_found("dossier", dossier))
}

/// The evidence of a dossier `viewer` may see, in the order it was added (withdrawn items
/// included, with their withdrawal). An invisible dossier is not found.
pub fn list(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<Vec<EvidenceView>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM evidence WHERE dossier = ?1 ORDER BY seq"
    ))?;
    let rows = stmt.query_map([dossier], row)?;
    crate::paging::visible(rows, |r| decode_visible(viewer, &d, r))
}

/// One evidence item, `None` when missing or not visible (the dossier must be visible).
pub fn get(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &DossierView,
    id: &str,
) -> Result<Option<EvidenceView>> {
    let r = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM evidence WHERE dossier = ?1 AND id = ?2"
        ))?
        .query_row(params![dossier.id, id], row)
        .optional()?;
    match r {
        Some(r) => decode_visible(viewer, dossier, r),
        None => Ok(None),
    }
}

/// Checks an item's own marking: consistent, and readable by the one who gives it.
pub(crate) fn check_own_marking(viewer: &Viewer, marking: Option<&Marking>) -> Result<()> {
    if let Some(m) = marking {
        m.check()?;
        if !can_see(viewer, &viewer.party, &viewer.user, m) {
            return Err(entente_core::Invalid::new(
                "marking",
                "a marking you could read yourself (your clearance is below its classification, or TLP:RED without you as a recipient)",
            )
            .into());
        }
    }
    Ok(())
}

/// Checks the own marking of an item inside `container`: consistent, readable by the one who
/// gives it, and no wider than the container's (F3).
pub(crate) fn check_contained_marking(
    viewer: &Viewer,
    container: &Marking,
    marking: Option<&Marking>,
) -> Result<()> {
    check_own_marking(viewer, marking)?;
    if let Some(m) = marking {
        m.check_within(container)?;
    }
    Ok(())
}

/// Decides adding `item` to `dossier` under the id `id` (chosen by the store at random, so that
/// ids reveal neither how many items exist nor which are hidden: F17); returns the drafts.
pub fn decide_add(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    id: &str,
    item: EvidenceItem,
    marking: Option<Marking>,
) -> Result<Vec<Draft>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    authz::require(Action::EvidenceAdd, viewer, &Facts::none())?;
    item.check()?;
    check_contained_marking(viewer, &d.marking, marking.as_ref())?;
    let taken: bool = conn
        .prepare_cached("SELECT count(*) > 0 FROM evidence WHERE dossier = ?1 AND id = ?2")?
        .query_row([dossier, id], |r| r.get(0))?;
    if taken {
        return Err(StoreError::Conflict(
            "the evidence id drawn at random is taken; send the request again".into(),
        ));
    }
    let id = id.to_string();
    let envelope = marking.clone().unwrap_or_else(|| d.marking.clone());
    Ok(vec![Draft::new(
        &EvidenceAdded {
            dossier: dossier.into(),
            id,
            item,
            marking,
        },
        envelope,
    )])
}

/// Decides withdrawing an item; only the party that added it may withdraw it.
pub fn decide_withdraw(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    id: &str,
    reason: Option<String>,
) -> Result<Vec<Draft>> {
    let d = visible_dossier(conn, viewer, dossier)?;
    let e = get(conn, viewer, &d, id)?.ok_or_else(|| StoreError::not_found("evidence", id))?;
    authz::require(
        Action::EvidenceWithdraw,
        viewer,
        &Facts {
            own_party: e.origin == viewer.party,
            ..Facts::none()
        },
    )
    .map_err(|x| {
        StoreError::Forbidden(format!(
            "{}: evidence {id} was added by {}",
            x.message(),
            e.origin
        ))
    })?;
    if let Some(w) = &e.withdrawn {
        return Err(StoreError::Refused {
            code: "evidence.already_withdrawn",
            message: format!("evidence {id} was already withdrawn at {}", w.at),
        });
    }
    if reason.as_ref().is_some_and(|r| r.chars().count() > 2000) {
        return Err(entente_core::Invalid::new("reason", "at most 2000 characters").into());
    }
    Ok(vec![Draft::new(
        &EvidenceWithdrawn {
            dossier: dossier.into(),
            id: id.into(),
            reason,
        },
        e.marking,
    )])
}

/// Folds `evidence.added` / `evidence.withdrawn` into the `evidence` table.
pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    let at = entente_core::event::format_time(e.recorded_at);
    match (e.kind.as_str(), e.version) {
        (EvidenceAdded::TYPE, EvidenceAdded::VERSION) => {
            let b: EvidenceAdded = crate::assessments::decode(e)?;
            conn.prepare_cached(&format!(
                "INSERT INTO evidence({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, NULL, NULL)"
            ))?
            .execute(params![
                b.dossier,
                b.id,
                e.seq as i64,
                entente_core::event::canonical(&b.item),
                b.marking.as_ref().map(entente_core::event::canonical),
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                at,
            ])?;
            if b.marking.is_none() {
                crate::assessments::history(
                    conn,
                    e,
                    &b.dossier,
                    &format!("evidence {} added ({})", b.id, b.item.kind.as_str()),
                )?;
            }
        }
        (EvidenceWithdrawn::TYPE, EvidenceWithdrawn::VERSION) => {
            let b: EvidenceWithdrawn = crate::assessments::decode(e)?;
            conn.prepare_cached(
                "UPDATE evidence SET withdrawn_at = ?3, withdrawn_by = ?4, withdrawn_reason = ?5 WHERE dossier = ?1 AND id = ?2",
            )?
            .execute(params![b.dossier, b.id, at, e.actor.user.as_str(), b.reason])?;
            let own: Option<Option<String>> = conn
                .prepare_cached("SELECT marking FROM evidence WHERE dossier = ?1 AND id = ?2")?
                .query_row(params![b.dossier, b.id], |r| r.get(0))
                .optional()?;
            if matches!(own, Some(None)) {
                crate::assessments::history(
                    conn,
                    e,
                    &b.dossier,
                    &format!("evidence {} withdrawn", b.id),
                )?;
            }
        }
        _ => {}
    }
    Ok(())
}
