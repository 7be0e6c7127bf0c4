//! The objects of a collection as TAXII 2.1 serves them (§5.3 Get Object Manifests, §5.4 Get
//! Objects, §5.6 Get An Object, §5.8 Get Object Versions): filtered by `match[...]` and
//! `added_after`, in the order they were added, a page at a time.
//!
//! **Paging by an opaque cursor on the database's order.** Each version of an object is a row
//! of `stix_objects` whose `seq` (the event's place in the log) is also its date added; a page
//! is "the next `limit` matching rows after seq N", read from the `seq` index, so page 1,000
//! costs what page 1 costs. `next` (§3.4 paging; the value is the server's choice) carries N.
//!
//! **Visibility decided by the database.** The SQL asks for visible rows only (the marking
//! index of `visibility.rs`): hidden versions are never read, never counted, never chosen as
//! "last" or "first", so a hidden object answers exactly like a missing one in pages,
//! manifests, versions, `more` and the date headers. [`can_see`] is then called on every row
//! returned, as the final word.

use entente_core::{Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::Connection;
use rusqlite::types::ToSql;
use serde_json::Value;

use super::collections::CollectionView;
use crate::error::{Result, StoreError};
use crate::stix_objects::version_key;
use crate::visibility::{self, Bound};

/// The largest page the server returns, whatever `limit` asks (§5.4: the server may return
/// fewer objects than asked; the client learns of more from `more` and `next`).
pub const MAX_PAGE: usize = 1000;
/// The page size when the client names none.
pub const DEFAULT_PAGE: usize = 100;

/// `match[version]` (§5.4 URL parameters): any combination of `last`, `first`, `all` and
/// version timestamps; `last` when absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VersionMatch {
    pub all: bool,
    pub first: bool,
    pub last: bool,
    /// Version keys (see [`version_key`]).
    pub at: Vec<String>,
}

impl VersionMatch {
    pub fn last() -> Self {
        VersionMatch {
            last: true,
            ..Default::default()
        }
    }

    pub fn all() -> Self {
        VersionMatch {
            all: true,
            ..Default::default()
        }
    }

    /// Parses the comma-separated value of `match[version]`.
    pub fn parse(s: &str) -> std::result::Result<Self, String> {
        let mut m = VersionMatch::default();
        for part in s.split(',').map(str::trim) {
            match part {
                "all" => m.all = true,
                "first" => m.first = true,
                "last" => m.last = true,
                t => {
                    if chrono::DateTime::parse_from_rfc3339(t).is_err() || !t.ends_with('Z') {
                        return Err(format!(
                            "match[version]: expected last, first, all or a timestamp such as 2016-01-01T01:01:01.000Z, not {t:?}"
                        ));
                    }
                    m.at.push(version_key(Some(t), None));
                }
            }
        }
        Ok(m)
    }
}

/// What a client asks of a collection.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectQuery {
    /// `match[id]`.
    pub ids: Vec<String>,
    /// `match[type]`.
    pub types: Vec<String>,
    /// `match[version]`.
    pub versions: VersionMatch,
    /// `match[spec_version]` (empty: every spec version; entente holds STIX 2.1 only).
    pub spec_versions: Vec<String>,
    /// `added_after`, as entente writes times (RFC 3339, microseconds, `Z`).
    pub added_after: Option<String>,
    /// The cursor of `next`: rows after this seq.
    pub after: Option<u64>,
    /// At most this many (capped at [`MAX_PAGE`]).
    pub limit: usize,
}

/// One version of an object in a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Selected {
    pub seq: u64,
    pub id: String,
    pub object_type: String,
    /// The TAXII version (§3.2 of the manifest): `modified`, else `created`, else the date added.
    pub version: String,
    /// When it was added (RFC 3339 with microseconds).
    pub date_added: String,
    pub spec_version: String,
    /// Entente's version key (`stix_objects.modified`).
    pub key: String,
    pub marking: Marking,
    /// The object (absent for manifests).
    pub object: Option<Value>,
}

/// A page of a collection.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectsPage {
    pub items: Vec<Selected>,
    /// More matching rows follow this page (§5.4 envelope `more`).
    pub more: bool,
    /// The cursor of the next page, when `more`.
    pub next: Option<u64>,
    /// The page size applied (the client's `limit`, capped).
    pub limit: usize,
}

/// Named parameters of one query, bound only where the SQL uses them.
struct Params(Vec<(&'static str, Box<dyn ToSql>)>);

impl Params {
    fn add(&mut self, name: &'static str, v: impl ToSql + 'static) {
        self.0.push((name, Box::new(v)));
    }
}

/// The SQL of "row `a` belongs to collection `c`" (see `collections.rs`): the filter, or added
/// through TAXII, and not deleted from it.
fn content(c: &CollectionView, a: &str, dossier_ids: &Option<Vec<String>>) -> String {
    let f = &c.def.filter;
    let mut conds: Vec<String> = Vec::new();
    if f.posted_only {
        conds.push("0".into());
    } else {
        if !f.types.is_empty() {
            conds.push(format!(
                "{a}.object_type IN (SELECT value FROM json_each(:c_types))"
            ));
        }
        if f.created_by.is_some() {
            conds.push(format!("{a}.created_by = :c_created_by"));
        }
        if f.origin.is_some() {
            conds.push(format!("{a}.origin = :c_origin"));
        }
        if dossier_ids.is_some() {
            conds.push(format!(
                "{a}.id IN (SELECT value FROM json_each(:c_dossier_ids))"
            ));
        }
    }
    let filter = if conds.is_empty() {
        "1".to_string()
    } else {
        conds.join(" AND ")
    };
    format!(
        "(({filter}) OR EXISTS (SELECT 1 FROM taxii_members m WHERE m.collection = :c_id AND m.id = {a}.id AND m.modified = {a}.modified))
         AND NOT EXISTS (SELECT 1 FROM taxii_removed d WHERE d.collection = :c_id AND d.id = {a}.id AND d.modified = {a}.modified)"
    )
}

/// The ids a dossier collection shows: the STIX ids cited by the dossier's evidence that the
/// reader may see (none when the dossier is hidden: the container bounds its contents).
fn dossier_ids(
    conn: &Connection,
    viewer: &Viewer,
    c: &CollectionView,
) -> Result<Option<Vec<String>>> {
    let Some(d) = &c.def.filter.dossier else {
        return Ok(None);
    };
    if viewer.is_operator() || crate::dossiers::get(conn, viewer, d)?.is_some() {
        let ev = match crate::evidence::list(conn, viewer, d) {
            Ok(ev) => ev,
            Err(StoreError::NotFound { .. }) => Vec::new(),
            Err(e) => return Err(e),
        };
        return Ok(Some(
            ev.into_iter()
                .filter(|e| e.withdrawn.is_none())
                .filter_map(|e| e.item.stix_id)
                .collect(),
        ));
    }
    Ok(Some(Vec::new()))
}

/// The conditions of "row `a` is a version the reader may see in this collection".
fn eligible(
    viewer: &Viewer,
    c: &CollectionView,
    a: &str,
    ids: &Option<Vec<String>>,
    spec: bool,
) -> String {
    let mut s = format!(
        "{} AND {}",
        visibility::predicate(viewer, a, "seq", visibility::STIX),
        content(c, a, ids)
    );
    if spec {
        s.push_str(&format!(
            " AND {a}.spec_version IN (SELECT value FROM json_each(:q_specs))"
        ));
    }
    s
}

/// Runs a page query for `id_filter` (one object's versions) or the whole collection.
pub fn page(
    conn: &Connection,
    viewer: &Viewer,
    c: &CollectionView,
    q: &ObjectQuery,
    with_objects: bool,
) -> Result<ObjectsPage> {
    let ids = dossier_ids(conn, viewer, c)?;
    let spec = !q.spec_versions.is_empty();
    let x = eligible(viewer, c, "x", &ids, spec);
    let y = eligible(viewer, c, "y", &ids, spec);
    // Which versions (§5.4 match[version]): the newest / oldest visible version of each id,
    // every version, or those at given timestamps. Two parties' copies of one (id, modified)
    // that a reader sees both of count once (the earlier).
    let vm = &q.versions;
    let mut which: Vec<String> = Vec::new();
    if vm.all {
        which.push(format!(
            "NOT EXISTS (SELECT 1 FROM stix_objects y WHERE y.id = x.id AND y.modified = x.modified AND y.seq < x.seq AND {y})"
        ));
    }
    if vm.last {
        which.push(format!(
            "NOT EXISTS (SELECT 1 FROM stix_objects y WHERE y.id = x.id AND (y.modified > x.modified OR (y.modified = x.modified AND y.seq < x.seq)) AND {y})"
        ));
    }
    if vm.first {
        which.push(format!(
            "NOT EXISTS (SELECT 1 FROM stix_objects y WHERE y.id = x.id AND (y.modified < x.modified OR (y.modified = x.modified AND y.seq < x.seq)) AND {y})"
        ));
    }
    if !vm.at.is_empty() {
        which.push(format!(
            "(x.modified IN (SELECT value FROM json_each(:q_at)) AND NOT EXISTS (SELECT 1 FROM stix_objects y WHERE y.id = x.id AND y.modified = x.modified AND y.seq < x.seq AND {y}))"
        ));
    }
    if which.is_empty() {
        which.push("0".into());
    }
    let mut sql = format!(
        "SELECT x.seq, x.id, x.object_type, x.modified_raw, x.created, x.recorded_at, x.spec_version, x.marking, x.origin, x.author, x.modified{}
         FROM stix_objects x
         WHERE x.seq > :q_after AND {x} AND ({})",
        if with_objects { ", x.object" } else { "" },
        which.join(" OR ")
    );
    if !q.ids.is_empty() {
        sql.push_str(" AND x.id IN (SELECT value FROM json_each(:q_ids))");
    }
    if !q.types.is_empty() {
        sql.push_str(" AND x.object_type IN (SELECT value FROM json_each(:q_types))");
    }
    if q.added_after.is_some() {
        sql.push_str(" AND x.recorded_at > :q_added_after");
    }
    sql.push_str(" ORDER BY x.seq LIMIT :q_limit");

    let limit = q.limit.clamp(1, MAX_PAGE);
    let mut p = Params(Vec::new());
    let b = Bound::of(viewer);
    p.add(":v_party", b.party);
    p.add(":v_user", b.user);
    p.add(":v_clearance", b.clearance);
    p.add(":c_id", c.def.id.clone());
    p.add(":c_types", serde_json::to_string(&c.def.filter.types)?);
    p.add(":c_created_by", c.def.filter.created_by.clone());
    p.add(
        ":c_origin",
        c.def.filter.origin.as_ref().map(|o| o.as_str().to_string()),
    );
    p.add(":c_dossier_ids", serde_json::to_string(&ids)?);
    p.add(":q_specs", serde_json::to_string(&q.spec_versions)?);
    p.add(":q_at", serde_json::to_string(&vm.at)?);
    p.add(":q_after", q.after.unwrap_or(0) as i64);
    p.add(":q_ids", serde_json::to_string(&q.ids)?);
    p.add(":q_types", serde_json::to_string(&q.types)?);
    p.add(":q_added_after", q.added_after.clone());
    p.add(":q_limit", (limit + 1) as i64);

    let mut stmt = conn.prepare_cached(&sql)?;
    for (name, v) in &p.0 {
        if let Some(i) = stmt.parameter_index(name)? {
            stmt.raw_bind_parameter(i, v)?;
        }
    }
    let mut rows = stmt.raw_query();
    let mut items = Vec::new();
    let mut more = false;
    let mut last_seq = None;
    while let Some(r) = rows.next()? {
        if items.len() >= limit {
            more = true;
            break;
        }
        let seq = r.get::<_, i64>(0)? as u64;
        last_seq = Some(seq);
        let marking: Marking =
            serde_json::from_str(r.get_ref(7)?.as_str().map_err(rusqlite::Error::from)?)?;
        let origin = PartyId::parse(r.get_ref(8)?.as_str().map_err(rusqlite::Error::from)?)?;
        let author = UserId::parse(r.get_ref(9)?.as_str().map_err(rusqlite::Error::from)?)?;
        // The final word, on every row returned.
        if !can_see(viewer, &origin, &author, &marking) {
            continue;
        }
        let modified: Option<String> = r.get(3)?;
        let created: Option<String> = r.get(4)?;
        let date_added: String = r.get(5)?;
        let object = if with_objects {
            Some(serde_json::from_str(
                r.get_ref(11)?.as_str().map_err(rusqlite::Error::from)?,
            )?)
        } else {
            None
        };
        items.push(Selected {
            seq,
            id: r.get(1)?,
            object_type: r.get(2)?,
            version: modified.or(created).unwrap_or_else(|| date_added.clone()),
            date_added,
            spec_version: r.get(6)?,
            key: r.get(10)?,
            marking,
            object,
        });
    }
    Ok(ObjectsPage {
        next: if more { last_seq } else { None },
        more,
        items,
        limit,
    })
}
