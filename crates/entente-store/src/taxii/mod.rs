//! TAXII 2.1 in the store (issue 13): collections as views of the store (`collections.rs`),
//! their objects a page at a time by an opaque cursor (`objects.rs`), envelopes and status
//! resources (`status.rs`), deletions. The HTTP side is `entente-server/src/taxii/`.
//!
//! Every read takes the [`Viewer`] and answers with what [`entente_core::can_see`] allows, like
//! every other read of the store; every write runs the permission table.

pub mod collections;
pub mod objects;
pub mod status;

use std::sync::{Arc, Mutex};

use entente_core::account::{AuditExport, AuditRead};
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{EventBody, format_time};
use entente_core::{Draft, Event, Marking, Tlp, Viewer};
use entente_stix::{Severity, StixObject};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use collections::{
    Access, CollectionDefined, CollectionDefinition, CollectionFilter, CollectionRetired,
    CollectionView,
};
pub use objects::{DEFAULT_PAGE, MAX_PAGE, ObjectQuery, ObjectsPage, Selected, VersionMatch};
pub use status::{EnvelopeProcessed, StatusEntry, StatusView};

use crate::error::{Result, StoreError};
use crate::stix_objects::{self, Counts, Rejection};
use crate::store::{SqliteStore, actor_of};

/// The event: an object deleted from a collection (§5.7). The log keeps every version; the
/// collection stops showing the versions named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectDeleted {
    pub collection: String,
    pub id: String,
    /// Version keys removed from the collection.
    pub versions: Vec<String>,
}

impl EventBody for ObjectDeleted {
    const TYPE: &'static str = "taxii.object_deleted";
    const VERSION: u32 = 1;
}

pub(crate) fn decode<B: EventBody>(e: &Event) -> Result<B> {
    match e.body::<B>() {
        Some(Ok(b)) => Ok(b),
        Some(Err(err)) => Err(StoreError::Decode(format!(
            "event {} ({} v{}): {err}",
            e.seq, e.kind, e.version
        ))),
        None => Err(StoreError::Decode(format!(
            "event {} is {} v{}, expected v{}",
            e.seq,
            e.kind,
            e.version,
            B::VERSION
        ))),
    }
}

/// Folds the `taxii.*` events.
pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    match e.kind.as_str() {
        CollectionDefined::TYPE | CollectionRetired::TYPE => collections::apply(conn, e),
        EnvelopeProcessed::TYPE => status::apply(conn, e),
        ObjectDeleted::TYPE => {
            let b: ObjectDeleted = decode(e)?;
            for v in &b.versions {
                conn.prepare_cached(
                    "INSERT OR IGNORE INTO taxii_removed(collection, id, modified, seq) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![b.collection, b.id, v, e.seq as i64])?;
                conn.prepare_cached(
                    "DELETE FROM taxii_members WHERE collection = ?1 AND id = ?2 AND modified = ?3",
                )?
                .execute(params![b.collection, b.id, v])?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Why objects could not be added (the collection itself refused).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddRefused {
    NotFound,
    ReadOnly,
}

/// TAXII methods of the store, a supertrait of [`crate::Store`].
pub trait TaxiiStore {
    /// Defines (or redefines) a collection (admin or operator).
    fn define_collection(&self, viewer: &Viewer, d: CollectionDefinition)
    -> Result<CollectionView>;
    /// Retires a collection (admin or operator).
    fn retire_collection(&self, viewer: &Viewer, id: &str) -> Result<()>;
    /// Every collection definition the viewer may see, for those who manage collections.
    fn taxii_definitions(&self, viewer: &Viewer) -> Result<Vec<CollectionView>>;
    /// The collections the viewer may read or write (§5.1).
    fn taxii_collections(&self, viewer: &Viewer) -> Result<Vec<CollectionView>>;
    /// One collection by id or alias (§5.2); `None` when missing or hidden.
    fn taxii_collection(&self, viewer: &Viewer, id: &str) -> Result<Option<CollectionView>>;
    /// A page of objects (§5.4, §5.6) or of manifest entries (§5.3, `with_objects` false).
    /// `None` when the collection is missing, hidden, or not readable by the viewer. A page of
    /// objects is audited: one `audit.export` for the page and an `audit.read` for each object
    /// at TLP:AMBER or above, like the API.
    fn taxii_page(
        &self,
        viewer: &Viewer,
        collection: &str,
        q: &ObjectQuery,
        with_objects: bool,
    ) -> Result<Option<ObjectsPage>>;
    /// Adds the objects of an envelope (§5.5) in one write; the status lists what landed and
    /// what did not, and why. `Err(AddRefused)` when the collection is missing, hidden or not
    /// writable by the viewer.
    fn taxii_add(
        &self,
        viewer: &Viewer,
        collection: &str,
        objects: Vec<Value>,
    ) -> Result<std::result::Result<StatusView, AddRefused>>;
    /// The status resource `id` (§4.3), for its poster only.
    fn taxii_status(&self, viewer: &Viewer, id: &str) -> Result<Option<StatusView>>;
    /// Deletes the matching versions of `id` from a collection (§5.7). `Ok(None)` when the
    /// collection or the object is missing or hidden; `Ok(Some(n))` versions removed.
    fn taxii_delete(
        &self,
        viewer: &Viewer,
        collection: &str,
        id: &str,
        versions: &VersionMatch,
        spec_versions: &[String],
    ) -> Result<Option<usize>>;
}

/// The TAXII version of an object in a status entry (§4.3.1): `modified`, else `created`, else
/// the time of the write.
fn wire_version(obj: &Value, now: &str) -> String {
    obj.get("modified")
        .or_else(|| obj.get("created"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| now.to_string())
}

fn reasons(r: &Rejection) -> String {
    let mut parts: Vec<String> = r
        .errors
        .iter()
        .map(|f| {
            format!(
                "{} at {} (STIX 2.1 §{}): {}",
                f.rule.code(),
                f.path,
                f.rule.section(),
                f.message
            )
        })
        .collect();
    if let Some(x) = &r.refusal {
        parts.push(format!("{}: {}", x.code, x.message));
    }
    if parts.is_empty() {
        "refused".into()
    } else {
        parts.join("; ")
    }
}

impl SqliteStore {
    fn audit_page(&self, viewer: &Viewer, c: &CollectionView, page: &ObjectsPage) -> Result<()> {
        if viewer.is_public() || viewer.is_operator() || page.items.is_empty() {
            return Ok(());
        }
        let mut drafts = vec![Draft::new(
            &AuditExport {
                what: format!("taxii-collection:{}", c.def.id),
                format: "taxii".into(),
                items: page.items.len() as u64,
                dossier: c.def.filter.dossier.clone(),
            },
            c.marking.clone(),
        )];
        for s in &page.items {
            if s.marking.tlp >= Tlp::Amber || s.marking.classification.is_some() {
                drafts.push(Draft::new(
                    &AuditRead {
                        item: "stix".into(),
                        id: s.id.clone(),
                        via: "taxii".into(),
                        dossier: c.def.filter.dossier.clone(),
                    },
                    s.marking.clone(),
                ));
            }
        }
        self.log()
            .execute(actor_of(viewer), None, move |_| Ok(drafts))?;
        Ok(())
    }
}

impl TaxiiStore for SqliteStore {
    fn define_collection(
        &self,
        viewer: &Viewer,
        d: CollectionDefinition,
    ) -> Result<CollectionView> {
        let id = d.def.id.clone();
        let v = viewer.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            collections::decide_define(ctx.tx, &v, d)
        })?;
        // Read back as its manager (who need not be named in its own lists).
        self.log()
            .read(|c| collections::definitions(c, viewer))?
            .into_iter()
            .find(|c| c.def.id == id)
            .ok_or_else(|| StoreError::not_found("collection", id))
    }

    fn retire_collection(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let (v, id) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            collections::decide_retire(ctx.tx, &v, &id)
        })?;
        Ok(())
    }

    fn taxii_definitions(&self, viewer: &Viewer) -> Result<Vec<CollectionView>> {
        self.log().read(|c| collections::definitions(c, viewer))
    }

    fn taxii_collections(&self, viewer: &Viewer) -> Result<Vec<CollectionView>> {
        self.log().read(|c| collections::list(c, viewer))
    }

    fn taxii_collection(&self, viewer: &Viewer, id: &str) -> Result<Option<CollectionView>> {
        self.log().read(|c| collections::get(c, viewer, id))
    }

    fn taxii_page(
        &self,
        viewer: &Viewer,
        collection: &str,
        q: &ObjectQuery,
        with_objects: bool,
    ) -> Result<Option<ObjectsPage>> {
        let out = self.log().read(|conn| {
            let Some(c) = collections::get(conn, viewer, collection)? else {
                return Ok(None);
            };
            if !c.can_read {
                return Ok(Some((c, None)));
            }
            let page = objects::page(conn, viewer, &c, q, with_objects)?;
            Ok(Some((c, Some(page))))
        })?;
        match out {
            None => Ok(None),
            Some((c, None)) => Err(StoreError::Forbidden(format!(
                "collection {} lets you add objects but not read them (its can_read list does not name your party or role; TAXII 2.1 §5.2 can_read); ask its administrator",
                c.def.id
            ))),
            Some((c, Some(page))) => {
                if with_objects {
                    self.audit_page(viewer, &c, &page)?;
                }
                Ok(Some(page))
            }
        }
    }

    fn taxii_add(
        &self,
        viewer: &Viewer,
        collection: &str,
        objects: Vec<Value>,
    ) -> Result<std::result::Result<StatusView, AddRefused>> {
        let Some(c) = self
            .log()
            .read(|conn| collections::get(conn, viewer, collection))?
        else {
            return Ok(Err(AddRefused::NotFound));
        };
        if !c.can_write {
            return Ok(Err(AddRefused::ReadOnly));
        }
        authz::require(Action::StixIngest, viewer, &Facts::none())?;
        // Objects that reference no TLP marking take the collection's own marking, and none is
        // marked below it: what is added to a collection is bounded by it.
        let default = c.marking.clone();
        let mut failures: Vec<StatusEntry> = Vec::new();
        let mut candidates = Vec::new();
        let opts = entente_stix::Options { warnings: false };
        for (i, obj) in objects.into_iter().enumerate() {
            let findings = entente_stix::validate_value(&obj, &format!("/objects/{i}"), &opts);
            let errors: Vec<_> = findings
                .into_iter()
                .filter(|f| f.severity == Severity::Error)
                .collect();
            let id = obj.get("id").and_then(Value::as_str).map(str::to_owned);
            let version = obj
                .get("modified")
                .or_else(|| obj.get("created"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if !errors.is_empty() {
                failures.push(StatusEntry {
                    id: id.unwrap_or_else(|| format!("(object {i} has no readable id)")),
                    version,
                    key: String::new(),
                    message: Some(reasons(&Rejection {
                        index: i,
                        object_id: None,
                        errors,
                        refusal: None,
                    })),
                });
                continue;
            }
            let Some(o) = StixObject::from_value(obj) else {
                continue;
            };
            if let Some(mut cand) = stix_objects::candidate(i, o, &default, &viewer.user) {
                if cand.marking.tlp < default.tlp {
                    cand.marking.tlp = default.tlp;
                }
                if cand.marking.classification < default.classification {
                    cand.marking.classification = default.classification;
                }
                if cand.marking.tlp == Tlp::Red && cand.marking.recipients.is_empty() {
                    cand.marking.recipients.insert(viewer.user.clone());
                }
                candidates.push(cand);
            }
        }
        let status_id = random_uuid()?;
        let (v, cid, sid) = (viewer.clone(), c.def.id.clone(), status_id.clone());
        let status_marking = status::marking_for(viewer);
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let now = format_time(ctx.now);
            let meta: Vec<(usize, String, String, String)> = candidates
                .iter()
                .map(|c| {
                    (
                        c.index,
                        c.body.id.clone(),
                        c.key.clone(),
                        wire_version(&c.body.object, &now),
                    )
                })
                .collect();
            let mut counts = Counts::default();
            let mut refused = Vec::new();
            let mut drafts =
                stix_objects::decide_batch(ctx.tx, &v, candidates, &mut counts, &mut refused)?;
            let mut successes = Vec::new();
            let mut failures = failures;
            for (index, id, key, version) in meta {
                match refused.iter().find(|r| r.index == index) {
                    Some(r) => failures.push(StatusEntry {
                        id,
                        version,
                        key: String::new(),
                        message: Some(reasons(r)),
                    }),
                    None => successes.push(StatusEntry {
                        id,
                        version,
                        key,
                        message: None,
                    }),
                }
            }
            drafts.push(Draft::new(
                &EnvelopeProcessed {
                    status: sid,
                    collection: cid,
                    successes,
                    failures,
                },
                status_marking,
            ));
            Ok(drafts)
        })?;
        let status = self
            .log()
            .read(|conn| status::get(conn, viewer, &status_id))?
            .ok_or_else(|| StoreError::not_found("status", status_id))?;
        Ok(Ok(status))
    }

    fn taxii_status(&self, viewer: &Viewer, id: &str) -> Result<Option<StatusView>> {
        self.log().read(|c| status::get(c, viewer, id))
    }

    fn taxii_delete(
        &self,
        viewer: &Viewer,
        collection: &str,
        id: &str,
        versions: &VersionMatch,
        spec_versions: &[String],
    ) -> Result<Option<usize>> {
        let (v, coll, oid, vm, specs) = (
            viewer.clone(),
            collection.to_string(),
            id.to_string(),
            versions.clone(),
            spec_versions.to_vec(),
        );
        let n = Arc::new(Mutex::new(None));
        let sink = n.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let Some(c) = collections::get(ctx.tx, &v, &coll)? else {
                return Ok(Vec::new());
            };
            let q = ObjectQuery {
                ids: vec![oid.clone()],
                versions: vm,
                spec_versions: specs,
                limit: MAX_PAGE,
                ..ObjectQuery::default()
            };
            let page = objects::page(ctx.tx, &v, &c, &q, false)?;
            if page.items.is_empty() {
                return Ok(Vec::new());
            }
            // §5.7: only where the collection allows it, by a writer of the collection, and
            // (STIX 2.1 §3.6, F11) only the party that created the object.
            let origin_ok = object_origin(ctx.tx, &oid)?.as_deref() == Some(v.party.as_str());
            authz::require(
                Action::TaxiiObjectDelete,
                &v,
                &Facts {
                    listed: c.def.can_write.as_ref().is_some_and(|a| a.lists(&v)),
                    originator: origin_ok,
                    ..Facts::none()
                },
            )?;
            if !c.def.allow_delete {
                return Err(StoreError::Forbidden(format!(
                    "collection {} does not allow deleting objects (TAXII 2.1 §5.7); ask its administrator",
                    c.def.id
                )));
            }
            let keys: Vec<String> = page
                .items
                .iter()
                .map(|s| s.key.clone())
                .collect();
            let marking = page
                .items
                .iter()
                .map(|s| s.marking.clone())
                .max_by_key(|m| m.rank())
                .unwrap_or_else(|| Marking::tlp(Tlp::Green));
            *sink.lock().unwrap_or_else(|e| e.into_inner()) = Some(keys.len());
            Ok(vec![Draft::new(
                &ObjectDeleted {
                    collection: c.def.id,
                    id: oid,
                    versions: keys,
                },
                marking,
            )])
        })?;
        let out = *n.lock().unwrap_or_else(|e| e.into_inner());
        Ok(out)
    }
}

/// The party that first published `id` here (its creator, F11).
fn object_origin(conn: &Connection, id: &str) -> Result<Option<String>> {
    Ok(rusqlite::OptionalExtension::optional(
        conn.prepare_cached("SELECT origin FROM stix_objects WHERE id = ?1 ORDER BY seq LIMIT 1")?
            .query_row([id], |r| r.get(0)),
    )?)
}

/// A random (version 4) UUID.
pub fn random_uuid() -> Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| std::io::Error::other(format!("no randomness for an id: {e}")))?;
    Ok(uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string())
}
