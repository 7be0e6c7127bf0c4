//! TAXII 2.1 collections (§5.1 Get Collections, §5.2 Get A Collection) as **views of the
//! store**: a collection names which STIX objects it shows (a filter: STIX types, a source, a
//! dossier's evidence) and who reads and writes it (its own `can_read` and `can_write` lists,
//! by party and role). An admin defines it; the definition is an event
//! (`taxii.collection_defined`), so `entente rebuild` refolds it.
//!
//! **Who sees a collection:** the definition carries a marking like every item
//! ([`can_see`] decides whether the caller may know the collection exists), and the caller must
//! be listed for reading or for writing, and hold a role the permission table names for that
//! ([`Action::TaxiiCollectionRead`], [`Action::TaxiiCollectionWrite`]). A collection the caller
//! may not see answers exactly like a missing one.

use std::collections::BTreeSet;

use entente_core::account::Role;
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{EventBody, format_time};
use entente_core::{Event, Invalid, Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{Result, StoreError};

/// Who a collection's list names: every signed-in member whose party is in `parties` (all
/// parties when empty) **and** who holds one of `roles` (any role when empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Access {
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub parties: BTreeSet<PartyId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub roles: BTreeSet<Role>,
}

impl Access {
    /// Every member of the community.
    pub fn everyone() -> Self {
        Access::default()
    }

    /// The members of these parties.
    pub fn parties(parties: impl IntoIterator<Item = PartyId>) -> Self {
        Access {
            parties: parties.into_iter().collect(),
            roles: BTreeSet::new(),
        }
    }

    /// Does the list name `v`? The public is never named; the operator always is.
    pub fn lists(&self, v: &Viewer) -> bool {
        if v.is_public() {
            return false;
        }
        if v.is_operator() {
            return true;
        }
        (self.parties.is_empty() || self.parties.contains(&v.party))
            && (self.roles.is_empty() || self.roles.iter().any(|r| v.roles.contains(r)))
    }
}

/// Which STIX objects a collection shows. Every condition given must hold; an object added to
/// the collection through TAXII (§5.5) belongs to it whatever the filter says, until deleted
/// from it (§5.7).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionFilter {
    /// STIX types (empty: every type).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<String>,
    /// The source: objects whose `created_by_ref` is this identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Objects first published here by this party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<PartyId>,
    /// The STIX objects cited by this dossier's evidence (as the reader may see the dossier
    /// and each evidence item: a container's marking bounds its contents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dossier: Option<String>,
    /// Only objects added through TAXII (an inbox); the other conditions are then ignored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub posted_only: bool,
}

/// The event: a collection defined (or redefined: the same id replaces the definition).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionDefined {
    /// The collection's id (TAXII 2.1 §5.2: an identifier, here a UUID).
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    pub filter: CollectionFilter,
    pub can_read: Access,
    /// `None`: nobody adds objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_write: Option<Access>,
    /// Whether objects may be deleted from it (§5.7; by their creating party only).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_delete: bool,
}

impl EventBody for CollectionDefined {
    const TYPE: &'static str = "taxii.collection_defined";
    const VERSION: u32 = 1;
}

/// The event: a collection retired (it answers like a missing one from then on).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionRetired {
    pub id: String,
}

impl EventBody for CollectionRetired {
    const TYPE: &'static str = "taxii.collection_retired";
    const VERSION: u32 = 1;
}

/// A collection as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectionView {
    pub def: CollectionDefined,
    pub marking: Marking,
    pub origin: PartyId,
    pub author: UserId,
    pub defined_at: String,
    /// May the reader read its objects (list and table)?
    pub can_read: bool,
    /// May the reader add objects?
    pub can_write: bool,
}

/// What an admin asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectionDefinition {
    pub def: CollectionDefined,
    pub marking: Marking,
}

pub(crate) fn check(def: &CollectionDefined) -> Result<()> {
    if uuid::Uuid::parse_str(&def.id).is_err() {
        return Err(Invalid::new(
            "id",
            "a UUID (e.g. 4f2a0c5e-6d1b-4c8e-9a57-0b3e2f1d9c44); TAXII 2.1 §5.2 identifies collections by id",
        )
        .into());
    }
    let t = def.title.trim();
    if t.is_empty() || t.chars().count() > 200 {
        return Err(Invalid::new("title", "1 to 200 characters").into());
    }
    if def
        .description
        .as_ref()
        .is_some_and(|d| d.chars().count() > 2000)
    {
        return Err(Invalid::new("description", "at most 2000 characters").into());
    }
    if let Some(a) = &def.alias
        && (a.is_empty()
            || a.len() > 64
            || !a
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
    {
        return Err(Invalid::new("alias", "1 to 64 characters of a-z, 0-9 and '-'").into());
    }
    for t in &def.filter.types {
        if !entente_stix::is_valid_type_name(t) {
            return Err(Invalid::new(
                "filter.types",
                &format!("STIX type names (3-250 characters of a-z, 0-9 and '-'), not {t:?}"),
            )
            .into());
        }
    }
    if let Some(c) = &def.filter.created_by
        && !c.starts_with("identity--")
    {
        return Err(Invalid::new("filter.created_by", "an identity id (identity--<uuid>)").into());
    }
    Ok(())
}

/// Decides a definition by `viewer` (the admin, or the operator).
pub(crate) fn decide_define(
    conn: &Connection,
    viewer: &Viewer,
    d: CollectionDefinition,
) -> Result<Vec<entente_core::Draft>> {
    authz::require(Action::TaxiiCollectionManage, viewer, &Facts::none())?;
    check(&d.def)?;
    // A collection its definer could not see again is refused before anything is written
    // (as for dossiers, F25).
    crate::evidence::check_own_marking(viewer, Some(&d.marking))?;
    if let Some(a) = &d.def.alias
        && conn
            .prepare_cached(
                "SELECT 1 FROM taxii_collections WHERE retired = 0 AND id <> ?1 AND json_extract(definition, '$.alias') = ?2",
            )?
            .query_row(params![d.def.id, a], |_| Ok(()))
            .optional()?
            .is_some()
    {
        return Err(StoreError::Exists {
            what: "collection alias",
            id: a.clone(),
        });
    }
    Ok(vec![entente_core::Draft::new(&d.def, d.marking)])
}

pub(crate) fn decide_retire(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
) -> Result<Vec<entente_core::Draft>> {
    let c = definitions(conn, viewer)?
        .into_iter()
        .find(|c| c.def.id == id || c.def.alias.as_deref() == Some(id))
        .ok_or_else(|| StoreError::not_found("collection", id))?;
    Ok(vec![entente_core::Draft::new(
        &CollectionRetired { id: id.into() },
        c.marking,
    )])
}

pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    match e.kind.as_str() {
        CollectionDefined::TYPE => {
            let b: CollectionDefined = super::decode(e)?;
            conn.prepare_cached(
                "INSERT INTO taxii_collections(id, definition, marking, origin, author, defined_at, retired, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)
                 ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, marking = excluded.marking,
                   origin = excluded.origin, author = excluded.author, defined_at = excluded.defined_at,
                   retired = 0, seq = excluded.seq",
            )?
            .execute(params![
                b.id,
                serde_json::to_string(&b)?,
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                format_time(e.recorded_at),
                e.seq as i64,
            ])?;
        }
        CollectionRetired::TYPE => {
            let b: CollectionRetired = super::decode(e)?;
            conn.prepare_cached("UPDATE taxii_collections SET retired = 1 WHERE id = ?1")?
                .execute([b.id])?;
        }
        _ => {}
    }
    Ok(())
}

fn view(viewer: &Viewer, r: &rusqlite::Row<'_>) -> Result<Option<CollectionView>> {
    let marking: Marking = serde_json::from_str(&r.get::<_, String>(2)?)?;
    let origin = PartyId::parse(&r.get::<_, String>(3)?)?;
    let author = UserId::parse(&r.get::<_, String>(4)?)?;
    if !can_see(viewer, &origin, &author, &marking) {
        return Ok(None);
    }
    let def: CollectionDefined = serde_json::from_str(&r.get::<_, String>(1)?)?;
    let can_read = permitted(
        viewer,
        Action::TaxiiCollectionRead,
        def.can_read.lists(viewer),
    );
    let can_write = permitted(
        viewer,
        Action::TaxiiCollectionWrite,
        def.can_write.as_ref().is_some_and(|a| a.lists(viewer)),
    );
    if !can_read && !can_write {
        return Ok(None);
    }
    Ok(Some(CollectionView {
        def,
        marking,
        origin,
        author,
        defined_at: r.get(5)?,
        can_read,
        can_write,
    }))
}

/// The table's answer for `action` with the collection's list as the `listed` relation.
pub fn permitted(viewer: &Viewer, action: Action, listed: bool) -> bool {
    authz::require(
        action,
        viewer,
        &Facts {
            listed,
            ..Facts::none()
        },
    )
    .is_ok()
}

/// The collection `id` (or alias), if the viewer may see it (see the module doc).
pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<CollectionView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, definition, marking, origin, author, defined_at FROM taxii_collections
         WHERE retired = 0 AND (id = ?1 OR json_extract(definition, '$.alias') = ?1)
         ORDER BY id = ?1 DESC LIMIT 1",
    )?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => view(viewer, r),
        None => Ok(None),
    }
}

/// Every collection the viewer may see, by title.
pub fn list(conn: &Connection, viewer: &Viewer) -> Result<Vec<CollectionView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, definition, marking, origin, author, defined_at FROM taxii_collections
         WHERE retired = 0 ORDER BY json_extract(definition, '$.title'), id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if let Some(v) = view(viewer, r)? {
            out.push(v);
        }
    }
    Ok(out)
}

/// Every definition the viewer may see (its marking), for those who manage collections.
pub fn definitions(conn: &Connection, viewer: &Viewer) -> Result<Vec<CollectionView>> {
    authz::require(Action::TaxiiCollectionManage, viewer, &Facts::none())?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, definition, marking, origin, author, defined_at FROM taxii_collections
         WHERE retired = 0 ORDER BY json_extract(definition, '$.title'), id",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let marking: Marking = serde_json::from_str(&r.get::<_, String>(2)?)?;
        let origin = PartyId::parse(&r.get::<_, String>(3)?)?;
        let author = UserId::parse(&r.get::<_, String>(4)?)?;
        if !can_see(viewer, &origin, &author, &marking) {
            continue;
        }
        let def: CollectionDefined = serde_json::from_str(&r.get::<_, String>(1)?)?;
        let can_read = permitted(
            viewer,
            Action::TaxiiCollectionRead,
            def.can_read.lists(viewer),
        );
        let can_write = permitted(
            viewer,
            Action::TaxiiCollectionWrite,
            def.can_write.as_ref().is_some_and(|a| a.lists(viewer)),
        );
        out.push(CollectionView {
            def,
            marking,
            origin,
            author,
            defined_at: r.get(5)?,
            can_read,
            can_write,
        });
    }
    Ok(out)
}
