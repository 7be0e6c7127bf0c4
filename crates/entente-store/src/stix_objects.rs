//! STIX 2.1 objects in the log (issue 4): ingest of validated bundles as `stix.object_ingested`
//! events, the `stix_objects` projection (every version, keyed by `(id, modified)`), reads of
//! the latest version a viewer may see, and export of a dossier's STIX evidence as a bundle.
//!
//! **Versions:** STIX 2.1 §3.6 identifies a version of an object by `id` and `modified`
//! (objects without `modified`, such as marking definitions and SCOs, by `created`, else by
//! `id` alone). An ingested `(id, modified)` that the importer can already see is a duplicate
//! and appends nothing; a newer `modified` is a new version; an older one arriving later is
//! recorded but never becomes the latest.
//!
//! **Markings:** an object's event is marked from its `object_marking_refs`: the standard TLP
//! 1.0 (STIX 2.1 §7.2.1.4) and TLP 2.0 marking definitions map to [`Tlp`], the strictest wins,
//! and a reference to any other marking definition counts as the import's default marking.
//! Without references the default applies. TLP:RED names the importing user as recipient.
//!
//! **Visibility:** every read filters each version through [`can_see`] with the importing party
//! as origin and the importing user as author; "latest" means the newest version the viewer may
//! see, so a viewer who may not see a RED revision still sees the GREEN one before it.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::{Arc, Mutex};

use entente_core::authz::{self, Action, Facts};
use entente_core::event::format_time;
use entente_core::{Draft, Event, EventBody, Marking, PartyId, Tlp, UserId, Viewer, can_see};
use entente_stix::{ForEachControl, Severity, StixObject};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::dossiers::Page;
use crate::error::{Result, StoreError};
use crate::paging::{self, Pager};
use crate::store::{SqliteStore, actor_of};

/// How many objects go into one write command (one transaction of the single writer).
pub const BATCH: usize = 1000;

/// The event: one STIX object as ingested. `object` is the object itself, kept whole (custom
/// properties and extensions included); the other fields repeat what identifies its version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StixObjectIngested {
    pub id: String,
    #[serde(rename = "type")]
    pub object_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    pub object: Value,
}

impl EventBody for StixObjectIngested {
    const TYPE: &'static str = "stix.object_ingested";
    const VERSION: u32 = 1;
}

/// One version of a STIX object as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct StixObjectView {
    pub id: String,
    pub object_type: String,
    pub name: Option<String>,
    pub created: Option<String>,
    /// `modified` as written in the object (None for objects without it).
    pub modified: Option<String>,
    /// The object, exactly as ingested (as JSON; key order is canonical).
    pub object: Value,
    pub marking: Marking,
    pub origin: PartyId,
    pub author: UserId,
    pub recorded_at: String,
    pub seq: u64,
}

/// Which latest versions to list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StixFilter {
    /// Exact STIX type, e.g. `attack-pattern`.
    pub object_type: Option<String>,
    /// Case-insensitive substring of the name (or of the id).
    pub text: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

/// An object refused: by the validator (with every error found in it) or by a rule of the
/// store (`refusal`, e.g. a new version of another party's object).
#[derive(Clone, Debug)]
pub struct Rejection {
    /// Position in the bundle's `objects`.
    pub index: usize,
    pub object_id: Option<String>,
    /// Errors only (each names the object id, the JSON path and the rule with its section).
    pub errors: Vec<entente_stix::Finding>,
    /// A refusal by the store, with its stable code and what to do instead.
    pub refusal: Option<Refusal>,
}

/// Why the store refused a valid object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub code: &'static str,
    pub message: String,
}

/// What an ingest did.
#[derive(Clone, Debug, Default)]
pub struct IngestReport {
    /// Objects read from the bundle.
    pub objects: usize,
    /// Objects never seen before (by id).
    pub added: usize,
    /// Newer versions of objects already held.
    pub new_versions: usize,
    /// Versions older than the latest held: recorded, but not the latest.
    pub older_versions: usize,
    /// `(id, modified)` already held (or repeated in the bundle): nothing appended.
    pub duplicates: usize,
    pub rejected: Vec<Rejection>,
    /// SHOULD-level findings across the bundle.
    pub warnings: usize,
    /// Findings about the bundle itself (envelope, cross-object checks).
    pub bundle_findings: Vec<entente_stix::Finding>,
    /// Events appended.
    pub events: usize,
}

impl IngestReport {
    /// True when every object landed (or was already there) and the bundle itself is valid.
    pub fn all_landed(&self) -> bool {
        self.rejected.is_empty()
            && self
                .bundle_findings
                .iter()
                .all(|f| f.severity != Severity::Error)
    }

    /// The report as JSON (API and `--format json`).
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "objects": self.objects,
            "added": self.added,
            "new_versions": self.new_versions,
            "older_versions": self.older_versions,
            "duplicates": self.duplicates,
            "rejected": self.rejected.iter().map(|r| {
                let mut errors: Vec<Value> = r.errors.iter().map(|f| f.to_json()).collect();
                if let Some(x) = &r.refusal {
                    errors.push(serde_json::json!({
                        "object_id": r.object_id,
                        "path": format!("/objects/{}", r.index),
                        "code": x.code,
                        "section": "3.6",
                        "severity": "error",
                        "message": x.message,
                    }));
                }
                serde_json::json!({
                    "index": r.index,
                    "object_id": r.object_id,
                    "errors": errors,
                })
            }).collect::<Vec<_>>(),
            "warnings": self.warnings,
            "bundle_findings": self.bundle_findings.iter().map(|f| f.to_json()).collect::<Vec<_>>(),
            "events": self.events,
        })
    }
}

/// STIX methods of the store, a supertrait of [`crate::Store`].
pub trait StixStore {
    /// Validates and ingests a STIX document (bundle or single object) read from `input`,
    /// `BATCH` objects per write; invalid objects are rejected with their reasons, the others
    /// land. `default_marking` marks objects without a TLP reference. `progress` is called
    /// after each batch. An unreadable document (bad JSON) is an error; the batches before
    /// the error stay ingested.
    fn ingest_stix(
        &self,
        viewer: &Viewer,
        input: &mut dyn Read,
        default_marking: &Marking,
        progress: &mut dyn FnMut(&IngestReport),
    ) -> Result<IngestReport>;
    /// The latest version of each object the viewer may see, filtered, ordered by type then id.
    fn stix_objects(&self, viewer: &Viewer, filter: &StixFilter) -> Result<Page<StixObjectView>>;
    /// The latest version of `id` the viewer may see.
    fn stix_object(&self, viewer: &Viewer, id: &str) -> Result<Option<StixObjectView>>;
    /// Every version of `id` the viewer may see, oldest first.
    fn stix_versions(&self, viewer: &Viewer, id: &str) -> Result<Vec<StixObjectView>>;
    /// The dossier's evidence that cites STIX objects, as a STIX 2.1 bundle of the latest
    /// versions the viewer may see plus the marking definitions they reference. An invisible
    /// dossier is not found.
    fn dossier_stix_bundle(&self, viewer: &Viewer, dossier: &str) -> Result<Value>;
}

/// `modified` (else `created`, else empty) in a form whose byte order is time order:
/// `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ` (STIX timestamps may carry any number of fraction digits).
pub fn version_key(modified: Option<&str>, created: Option<&str>) -> String {
    let Some(t) = modified.or(created) else {
        return String::new();
    };
    let body = t.strip_suffix('Z').unwrap_or(t);
    let (secs, frac) = body.split_once('.').unwrap_or((body, ""));
    let mut frac = frac.to_string();
    while frac.len() < 9 {
        frac.push('0');
    }
    format!("{secs}.{frac}Z")
}

/// The TLP level of a standard TLP 1.0/2.0 marking definition id.
pub fn tlp_of_marking(id: &str) -> Option<Tlp> {
    let m = entente_stix::vocab::TLP_MARKINGS
        .iter()
        .find(|m| m.id == id)?;
    Some(match m.level {
        "white" | "clear" => Tlp::Clear,
        "green" => Tlp::Green,
        "amber" => Tlp::Amber,
        "amber+strict" => Tlp::AmberStrict,
        _ => Tlp::Red,
    })
}

/// The marking of an object's event: see the module doc.
pub fn marking_for(obj: &StixObject, default: &Marking, importer: &UserId) -> Marking {
    let mut tlp: Option<Tlp> = None;
    let mut unknown = false;
    for r in obj.object_marking_refs() {
        match tlp_of_marking(r) {
            Some(t) => tlp = Some(tlp.map_or(t, |c| c.max(t))),
            None => unknown = true,
        }
    }
    let level = match (tlp, unknown) {
        (None, _) => return default.clone(),
        (Some(t), true) => t.max(default.tlp),
        (Some(t), false) => t,
    };
    let mut m = default.clone();
    m.tlp = level;
    if level == Tlp::Red {
        if m.recipients.is_empty() {
            m.recipients.insert(importer.clone());
        }
    } else {
        m.recipients.clear();
    }
    m
}

/// The longest string an ingested STIX object may carry (F26: any member could otherwise add
/// megabytes per request to the log). STIX 2.1 sets no limit; 256 KiB holds the longest
/// descriptions of the ATT&CK and DISARM bundles many times over.
pub const MAX_STIX_STRING: usize = 256 * 1024;

/// The byte length of the longest string (or key) anywhere in `v`.
fn longest_string(v: &Value) -> usize {
    match v {
        Value::String(s) => s.len(),
        Value::Array(a) => a.iter().map(longest_string).max().unwrap_or(0),
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| k.len().max(longest_string(v)))
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}

/// An object ready to be decided on in the writer.
pub(crate) struct Candidate {
    pub(crate) index: usize,
    pub(crate) key: String,
    pub(crate) body: StixObjectIngested,
    pub(crate) marking: Marking,
}

pub(crate) fn candidate(
    index: usize,
    obj: StixObject,
    default: &Marking,
    importer: &UserId,
) -> Option<Candidate> {
    let id = obj.id()?.to_string();
    let object_type = obj.object_type()?.to_string();
    let created = obj.created().map(str::to_owned);
    let modified = obj.modified().map(str::to_owned);
    let marking = marking_for(&obj, default, importer);
    Some(Candidate {
        index,
        key: version_key(modified.as_deref(), created.as_deref()),
        body: StixObjectIngested {
            id,
            object_type,
            created,
            modified,
            object: obj.into_value(),
        },
        marking,
    })
}

#[derive(Default)]
pub(crate) struct Counts {
    pub(crate) added: usize,
    pub(crate) new_versions: usize,
    pub(crate) older_versions: usize,
    pub(crate) duplicates: usize,
}

/// The decision of one batch, in the writer: which candidates become events, and which are
/// refused.
///
/// **Provenance (F11, STIX 2.1 §3.6):** only the creator of an object publishes new versions of
/// it; others create a new object that refers to it. In entente the creator of an id is the
/// party whose ingest first recorded it. A candidate whose id another party created is refused
/// with `stix.not_creator`, whether or not the importer can see that party's versions (the
/// answer is the same, so it reveals no content; STIX ids carry 122 random bits, §2.9, so an
/// importer who sends one has it from a bundle already).
///
/// **Duplicates (F19):** a version counts as held only if the importer can see it; a
/// colleague's copy the importer cannot see neither reveals itself nor swallows theirs: the
/// importer's copy is recorded beside it.
pub(crate) fn decide_batch(
    conn: &Connection,
    viewer: &Viewer,
    batch: Vec<Candidate>,
    counts: &mut Counts,
    refused: &mut Vec<Rejection>,
) -> Result<Vec<Draft>> {
    let mut stmt = conn.prepare_cached(
        "SELECT modified, marking, origin, author FROM stix_objects WHERE id = ?1 ORDER BY seq",
    )?;
    let mut seen_in_batch: HashSet<(String, String)> = HashSet::new();
    // Latest visible key per id decided so far in this batch (ids repeat across versions).
    let mut latest_in_batch: HashMap<String, String> = HashMap::new();
    let mut drafts = Vec::with_capacity(batch.len());
    for c in batch {
        if !seen_in_batch.insert((c.body.id.clone(), c.key.clone())) {
            counts.duplicates += 1;
            continue;
        }
        let mut held = false;
        let mut creator: Option<String> = None;
        let mut latest: Option<String> = latest_in_batch.get(&c.body.id).cloned();
        let rows = stmt.query_map([&c.body.id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        for row in rows {
            let (key, marking, origin, author) = row?;
            if creator.is_none() {
                creator = Some(origin.clone());
            }
            let m: Marking = serde_json::from_str(&marking)?;
            if !can_see(
                viewer,
                &PartyId::parse(&origin)?,
                &UserId::parse(&author)?,
                &m,
            ) {
                continue;
            }
            if key == c.key {
                held = true;
            }
            if latest.as_ref().is_none_or(|l| *l < key) {
                latest = Some(key);
            }
        }
        if held {
            counts.duplicates += 1;
            continue;
        }
        if let Some(creator) = creator {
            let facts = Facts {
                originator: creator == viewer.party.as_str(),
                ..Facts::none()
            };
            if let Err(denied) = authz::require(Action::StixVersion, viewer, &facts) {
                refused.push(Rejection {
                    index: c.index,
                    object_id: Some(c.body.id.clone()),
                    errors: Vec::new(),
                    refusal: Some(Refusal {
                        code: "stix.not_creator",
                        message: format!(
                            "{}: {} was first published here by another party, and only an object's creator publishes its versions (STIX 2.1 section 3.6); create a new object with its own id that refers to it (a relationship of type derived-from)",
                            denied.message(),
                            c.body.id
                        ),
                    }),
                });
                continue;
            }
        }
        match &latest {
            None => counts.added += 1,
            Some(l) if *l < c.key => counts.new_versions += 1,
            Some(_) => counts.older_versions += 1,
        }
        if latest.as_ref().is_none_or(|l| *l < c.key) {
            latest_in_batch.insert(c.body.id.clone(), c.key.clone());
        }
        drafts.push(Draft::new(&c.body, c.marking));
    }
    Ok(drafts)
}

impl SqliteStore {
    fn flush_stix(
        &self,
        viewer: &Viewer,
        batch: &mut Vec<Candidate>,
        report: &mut IngestReport,
    ) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(batch);
        let counts = Arc::new(Mutex::new((Counts::default(), Vec::new())));
        let (v, out) = (viewer.clone(), counts.clone());
        let committed = self.log().execute(actor_of(viewer), None, move |ctx| {
            let mut c = Counts::default();
            let mut refused = Vec::new();
            let drafts = decide_batch(ctx.tx, &v, batch, &mut c, &mut refused)?;
            *out.lock().unwrap_or_else(|e| e.into_inner()) = (c, refused);
            Ok(drafts)
        })?;
        let mut guard = counts.lock().unwrap_or_else(|e| e.into_inner());
        let (c, refused) = &mut *guard;
        report.rejected.append(refused);
        report.added += c.added;
        report.new_versions += c.new_versions;
        report.older_versions += c.older_versions;
        report.duplicates += c.duplicates;
        report.events += committed.seqs.len();
        Ok(())
    }
}

/// Folds a `stix.object_ingested` event into `stix_objects`.
pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    if e.kind != StixObjectIngested::TYPE {
        return Ok(());
    }
    let b: StixObjectIngested = match e.body() {
        Some(Ok(b)) => b,
        Some(Err(err)) => {
            return Err(StoreError::Decode(format!(
                "event {} ({}): {err}",
                e.seq, e.kind
            )));
        }
        None => {
            return Err(StoreError::Decode(format!(
                "event {} is {} v{}, expected v{}",
                e.seq,
                e.kind,
                e.version,
                StixObjectIngested::VERSION
            )));
        }
    };
    let name = b.object.get("name").and_then(Value::as_str);
    let marking: Marking = e.parsed_marking()?;
    let (tlp, class, open) = crate::visibility::columns(&marking);
    let created_by = b.object.get("created_by_ref").and_then(Value::as_str);
    // STIX 2.1 §3.2: objects without spec_version (SCOs may omit it) are 2.1.
    let spec_version = b
        .object
        .get("spec_version")
        .and_then(Value::as_str)
        .unwrap_or("2.1");
    let inserted = conn.prepare_cached(
        "INSERT INTO stix_objects(id, modified, origin, seq, object_type, name, created, modified_raw, object, marking, author, recorded_at, tlp_rank, class_rank, open_rel, created_by, spec_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
         ON CONFLICT(id, modified, origin, author) DO NOTHING",
    )?
    .execute(params![
        b.id,
        version_key(b.modified.as_deref(), b.created.as_deref()),
        e.actor.party.as_str(),
        e.seq as i64,
        b.object_type,
        name,
        b.created,
        b.modified,
        serde_json::to_string(&b.object)?,
        e.marking,
        e.actor.user.as_str(),
        format_time(e.recorded_at),
        tlp,
        class,
        open,
        created_by,
        spec_version,
    ])?;
    if inserted > 0 {
        crate::visibility::index(conn, crate::visibility::STIX, &(e.seq as i64), &marking)?;
    }
    Ok(())
}

const COLUMNS: &str = "id, modified, origin, seq, object_type, name, created, modified_raw, object, marking, author, recorded_at";

type Row = (
    String,
    String,
    String,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
);

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
        r.get(11)?,
    ))
}

/// Whether `viewer` may see a row, without decoding the object.
fn row_visible(viewer: &Viewer, r: &Row) -> Result<bool> {
    let marking: Marking = serde_json::from_str(&r.9)?;
    Ok(can_see(
        viewer,
        &PartyId::parse(&r.2)?,
        &UserId::parse(&r.10)?,
        &marking,
    ))
}

fn decode(r: Row) -> Result<StixObjectView> {
    Ok(StixObjectView {
        id: r.0,
        object_type: r.4,
        name: r.5,
        created: r.6,
        modified: r.7,
        object: serde_json::from_str(&r.8)?,
        marking: serde_json::from_str(&r.9)?,
        origin: PartyId::parse(&r.2)?,
        author: UserId::parse(&r.10)?,
        recorded_at: r.11,
        seq: r.3 as u64,
    })
}

/// Rows in `(id, modified DESC)` order reduced to the first visible one per id.
fn latest_visible(
    viewer: &Viewer,
    rows: impl Iterator<Item = rusqlite::Result<Row>>,
    mut keep: impl FnMut(Row) -> Result<()>,
) -> Result<()> {
    let mut current: Option<String> = None;
    for r in rows {
        let r = r?;
        if current.as_deref() == Some(r.0.as_str()) {
            continue;
        }
        if row_visible(viewer, &r)? {
            current = Some(r.0.clone());
            keep(r)?;
        }
    }
    Ok(())
}

/// The latest visible versions matching `filter`.
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    filter: &StixFilter,
) -> Result<Page<StixObjectView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM stix_objects
         WHERE (?1 IS NULL OR object_type = ?1)
           AND (?2 IS NULL OR instr(lower(coalesce(name, '')), ?2) > 0 OR instr(id, ?2) > 0)
         ORDER BY object_type, id, modified DESC, origin"
    ))?;
    let text = filter.text.as_ref().map(|t| t.to_lowercase());
    let rows = stmt.query_map(params![filter.object_type, text], row)?;
    let mut page = Pager::new(filter.offset, filter.limit);
    latest_visible(viewer, rows, |r| page.offer(|| decode(r)))?;
    Ok(page.finish(filter.limit))
}

/// Every visible version of `id`, oldest first.
pub fn versions(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Vec<StixObjectView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM stix_objects WHERE id = ?1 ORDER BY modified, seq"
    ))?;
    let rows = stmt.query_map([id], row)?;
    let out = paging::visible_with(rows, |r| row_visible(viewer, r), decode)?;
    Ok(out)
}

/// The latest visible version of `id`.
pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<StixObjectView>> {
    Ok(versions(conn, viewer, id)?.pop())
}

/// The standard definition object of a TLP marking id (TLP 1.0: STIX 2.1 §7.2.1.4 and §12;
/// TLP 2.0: the OASIS TLP 2.0 marking definitions, property extension `tlp_2_0`).
pub fn tlp_definition(id: &str) -> Option<Value> {
    let m = entente_stix::vocab::TLP_MARKINGS
        .iter()
        .find(|m| m.id == id)?;
    let name = format!("TLP:{}", m.level.to_uppercase());
    Some(if m.version == 1 {
        serde_json::json!({
            "type": "marking-definition",
            "spec_version": "2.1",
            "id": m.id,
            "created": "2017-01-20T00:00:00.000Z",
            "definition_type": "tlp",
            "name": name,
            "definition": {"tlp": m.level},
        })
    } else {
        let mut ext = Map::new();
        ext.insert(
            entente_stix::vocab::TLP2_EXTENSION_ID.to_string(),
            serde_json::json!({"extension_type": "property-extension", "tlp_2_0": m.level}),
        );
        serde_json::json!({
            "type": "marking-definition",
            "spec_version": "2.1",
            "id": m.id,
            "created": "2022-10-01T00:00:00.000Z",
            "name": name,
            "extensions": ext,
        })
    })
}

/// The STIX identity (STIX 2.1 §4.7) of a party of entente, with a stable id: a UUIDv5 of the
/// party code in a namespace of entente's own (STIX 2.1 §2.9 allows any UUID for SDOs).
pub fn party_identity(party: &PartyId) -> Value {
    const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6e74_656e_7465_4000_8000_7061_7274_7900);
    let id = uuid::Uuid::new_v5(&NAMESPACE, party.as_str().as_bytes());
    serde_json::json!({
        "type": "identity",
        "spec_version": "2.1",
        "id": format!("identity--{id}"),
        "created": "2026-01-01T00:00:00.000Z",
        "modified": "2026-01-01T00:00:00.000Z",
        "name": format!("{} (party of the entente community)", party.as_str()),
        "identity_class": "organization",
    })
}

/// The bundle of a dossier's STIX evidence (see [`StixStore::dossier_stix_bundle`]).
pub fn dossier_bundle(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    bundle_id: &str,
) -> Result<Value> {
    let evidence = crate::evidence::list(conn, viewer, dossier)?;
    let mut ids: Vec<String> = Vec::new();
    for e in &evidence {
        if e.withdrawn.is_some() {
            continue;
        }
        if let Some(id) = &e.item.stix_id
            && !ids.contains(id)
        {
            ids.push(id.clone());
        }
    }
    let mut objects: Vec<Value> = Vec::new();
    let mut identities: Vec<Value> = Vec::new();
    let mut included: HashSet<String> = HashSet::new();
    let mut markings: Vec<String> = Vec::new();
    for id in &ids {
        let Some(v) = get(conn, viewer, id)? else {
            continue;
        };
        for r in StixObject::from_value(v.object.clone())
            .into_iter()
            .flat_map(|o| {
                o.object_marking_refs()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
        {
            if !markings.contains(&r) {
                markings.push(r);
            }
        }
        included.insert(v.id.clone());
        let mut object = v.object;
        // Provenance (F11): an object that does not name its creator names the party that
        // published it here, and that party's identity travels with the bundle.
        if let Some(map) = object.as_object_mut()
            && !map.contains_key("created_by_ref")
            && v.object_type != "marking-definition"
        {
            let identity = party_identity(&v.origin);
            let iid = identity["id"].as_str().unwrap_or_default().to_string();
            map.insert("created_by_ref".into(), Value::String(iid.clone()));
            if !identities.iter().any(|i: &Value| i["id"] == iid.as_str()) {
                identities.push(identity);
            }
        }
        objects.push(object);
    }
    objects.extend(identities);
    for m in markings {
        if included.contains(&m) {
            continue;
        }
        if let Some(v) = get(conn, viewer, &m)? {
            objects.push(v.object);
        } else if let Some(def) = tlp_definition(&m) {
            objects.push(def);
        }
        included.insert(m);
    }
    Ok(serde_json::json!({
        "type": "bundle",
        "id": bundle_id,
        "objects": objects,
    }))
}

impl StixStore for SqliteStore {
    fn ingest_stix(
        &self,
        viewer: &Viewer,
        input: &mut dyn Read,
        default_marking: &Marking,
        progress: &mut dyn FnMut(&IngestReport),
    ) -> Result<IngestReport> {
        default_marking.check()?;
        authz::require(Action::StixIngest, viewer, &Facts::none())?;
        let mut report = IngestReport::default();
        let mut batch: Vec<Candidate> = Vec::with_capacity(BATCH);
        let mut failure: Option<StoreError> = None;
        let opts = entente_stix::Options::default();
        let outcome = entente_stix::for_each_validated(input, &opts, |obj, rep| {
            report.objects += 1;
            report.warnings += rep
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Warning)
                .count();
            if !rep.is_valid() {
                report.rejected.push(Rejection {
                    index: rep.index,
                    object_id: rep.id,
                    errors: rep
                        .findings
                        .into_iter()
                        .filter(|f| f.severity == Severity::Error)
                        .collect(),
                    refusal: None,
                });
                return ForEachControl::Continue;
            }
            let longest = obj
                .as_map()
                .iter()
                .map(|(k, v)| k.len().max(longest_string(v)))
                .max()
                .unwrap_or(0);
            if longest > MAX_STIX_STRING {
                report.rejected.push(Rejection {
                    index: rep.index,
                    object_id: rep.id,
                    errors: Vec::new(),
                    refusal: Some(Refusal {
                        code: "stix.string_too_long",
                        message: format!(
                            "a string of {longest} bytes; entente keeps strings of at most {MAX_STIX_STRING} bytes in a STIX object: link long content (external_references) instead of embedding it"
                        ),
                    }),
                });
                return ForEachControl::Continue;
            }
            if let Some(c) = candidate(rep.index, obj, default_marking, &viewer.user) {
                batch.push(c);
            }
            if batch.len() >= BATCH {
                if let Err(e) = self.flush_stix(viewer, &mut batch, &mut report) {
                    failure = Some(e);
                    return ForEachControl::Stop;
                }
                progress(&report);
            }
            ForEachControl::Continue
        });
        if let Some(e) = failure {
            return Err(e);
        }
        // What was read before a JSON error still lands.
        self.flush_stix(viewer, &mut batch, &mut report)?;
        progress(&report);
        match outcome {
            Ok(bundle) => {
                report.warnings += bundle
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Warning)
                    .count();
                report.bundle_findings = bundle.findings;
                Ok(report)
            }
            Err(e) => Err(StoreError::Rejected {
                code: "stix_unreadable",
                message: format!(
                    "the STIX document is not readable JSON: {e} ({} objects before the error were ingested)",
                    report.objects - report.rejected.len()
                ),
            }),
        }
    }

    fn stix_objects(&self, viewer: &Viewer, filter: &StixFilter) -> Result<Page<StixObjectView>> {
        let page = self.log().read(|c| list(c, viewer, filter))?;
        self.audit_reads(
            viewer,
            "list",
            None,
            page.items
                .iter()
                .map(|o| ("stix", o.id.as_str(), &o.marking)),
        )?;
        Ok(page)
    }

    fn stix_object(&self, viewer: &Viewer, id: &str) -> Result<Option<StixObjectView>> {
        let o = self.log().read(|c| get(c, viewer, id))?;
        if let Some(o) = &o {
            self.audit_reads(
                viewer,
                "get",
                None,
                std::iter::once(("stix", o.id.as_str(), &o.marking)),
            )?;
        }
        Ok(o)
    }

    fn stix_versions(&self, viewer: &Viewer, id: &str) -> Result<Vec<StixObjectView>> {
        let list = self.log().read(|c| versions(c, viewer, id))?;
        self.audit_reads(
            viewer,
            "versions",
            None,
            list.iter().map(|o| ("stix", o.id.as_str(), &o.marking)),
        )?;
        Ok(list)
    }

    fn dossier_stix_bundle(&self, viewer: &Viewer, dossier: &str) -> Result<Value> {
        // STIX identifiers take an RFC 4122 UUID; a random (version 4) one for each export.
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes)
            .map_err(|e| std::io::Error::other(format!("no randomness for a bundle id: {e}")))?;
        let bundle_id = format!(
            "bundle--{}",
            uuid::Builder::from_random_bytes(bytes).into_uuid()
        );
        let (bundle, marking) = self.log().read(|c| {
            let b = dossier_bundle(c, viewer, dossier, &bundle_id)?;
            let d = crate::dossiers::get(c, viewer, dossier)?
                .ok_or_else(|| StoreError::not_found("dossier", dossier))?;
            Ok((b, d.marking))
        })?;
        let n = bundle["objects"].as_array().map_or(0, Vec::len) as u64;
        self.audit_export(viewer, "stix-bundle", "stix", n, Some(dossier), &marking)?;
        Ok(bundle)
    }
}
