//! What the search projection (`entente-search`) indexes, read from the projections: one
//! [`SearchDoc`] per searchable item, the items each event touches, and the check of a hit
//! against the viewer before it is shown. The index itself (tantivy) lives in `entente-search`;
//! this module is its SQL side, since only this crate knows SQL.
//!
//! **Registering a kind** is one entry in [`KINDS`]: a [`SearchKind`] names the kind, says which
//! documents an event touches, loads a document by its key from the projections (its text
//! fields, names, marking and container dossier), lists every key (for a rebuild) and the keys
//! inside a dossier (so that a dossier's change of marking reaches every item inside it). A
//! branch that adds statements, sanctions listings, meetings, projects, policies or FIMI
//! incidents adds its `SearchKind` here and nothing else: the index, the marking filter, the
//! facets, the API, the page and the CLI pick it up.
//!
//! **Visibility.** A document carries a [`Guard`]: its own marking (with origin and author, as
//! `can_see` takes them) and, for an item inside a dossier, the dossier's. The index turns the
//! guard into filter terms so that the query itself excludes what a viewer may not see;
//! [`confirm`] then reloads every hit from the projections and applies `can_see` and the
//! container rule again, so a hit is shown only if the store would show the item.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use entente_core::dossier::DossierFacts;
use entente_core::picture::events::{AssessmentBody, EvidenceItem};
use entente_core::{Event, Lang, LocalizedText, Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::Result;

/// A marking with the origin and author `can_see` needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub marking: Marking,
    pub origin: PartyId,
    pub author: UserId,
}

impl Marked {
    fn parse(marking: &str, origin: &str, author: &str) -> Result<Marked> {
        Ok(Marked {
            marking: serde_json::from_str(marking)?,
            origin: PartyId::parse(origin)?,
            author: UserId::parse(author)?,
        })
    }

    pub fn visible_to(&self, viewer: &Viewer) -> bool {
        can_see(viewer, &self.origin, &self.author, &self.marking)
    }
}

/// Who may see a document: both parts must pass `can_see` (a missing part passes).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Guard {
    /// The item's own marking (a dossier's; a contained item's when it narrows the dossier's).
    pub own: Option<Marked>,
    /// The container dossier's marking: a container's marking bounds its contents.
    pub container: Option<Marked>,
}

impl Guard {
    pub fn visible_to(&self, viewer: &Viewer) -> bool {
        self.own.as_ref().is_none_or(|m| m.visible_to(viewer))
            && self.container.as_ref().is_none_or(|m| m.visible_to(viewer))
    }

    /// The marking in force: the item's own, else its container's.
    pub fn effective(&self) -> Option<&Marking> {
        self.own
            .as_ref()
            .or(self.container.as_ref())
            .map(|m| &m.marking)
    }
}

/// A piece of text, in a known language or (`None`) one the indexer detects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub lang: Option<Lang>,
    pub text: String,
}

impl Text {
    pub fn new(lang: Option<Lang>, text: impl Into<String>) -> Text {
        Text {
            lang,
            text: text.into(),
        }
    }
}

/// One searchable item, as the index and the answer need it.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchDoc {
    /// The kind (`dossier`, `evidence`, ...), a [`SearchKind::kind`].
    pub kind: &'static str,
    /// Unique within the kind; what [`SearchKind::load`] takes.
    pub key: String,
    /// The id a reader uses for the item (a dossier id, an evidence id, a STIX id).
    pub id: String,
    /// Where the item is read: its page or API path.
    pub link: String,
    /// The dossier it belongs to.
    pub dossier: Option<String>,
    /// Its title, in each language it has.
    pub titles: Vec<Text>,
    /// Its other text (summaries, text, rationales, descriptions).
    pub texts: Vec<Text>,
    /// Names, aliases and transliterations (matched across scripts).
    pub names: Vec<String>,
    /// Identifiers matched exactly (ATT&CK `T0800`, DISARM `T0002`, ids).
    pub ids: Vec<String>,
    /// The party the item is of (the dossier's origin, the adding or assessing party).
    pub party: Option<PartyId>,
    /// The date it is about or was recorded.
    pub date: Option<DateTime<Utc>>,
    pub guard: Guard,
}

impl SearchDoc {
    /// The title in `lang`, else English, else any.
    pub fn title_in(&self, lang: Lang) -> &str {
        self.titles
            .iter()
            .find(|t| t.lang == Some(lang))
            .or_else(|| self.titles.iter().find(|t| t.lang == Some(Lang::En)))
            .or_else(|| self.titles.first())
            .map(|t| t.text.as_str())
            .unwrap_or(self.id.as_str())
    }
}

/// A kind of searchable item: the one table to extend when a new kind arrives.
pub struct SearchKind {
    pub kind: &'static str,
    /// The keys of this kind's documents that event `e` creates or changes.
    pub touched: fn(&Connection, &Event) -> Result<Vec<String>>,
    /// The document as the projections hold it now (`None`: gone, or not searchable).
    pub load: fn(&Connection, &str) -> Result<Option<SearchDoc>>,
    /// Every key (for a full index).
    pub all: fn(&Connection) -> Result<Vec<String>>,
    /// The keys of the documents inside dossier `id` (its marking bounds theirs).
    pub in_dossier: fn(&Connection, &str) -> Result<Vec<String>>,
}

/// Every searchable kind. Keep in step with `docs/search.md`.
pub const KINDS: &[SearchKind] = &[
    SearchKind {
        kind: "dossier",
        touched: dossier_touched,
        load: dossier_load,
        all: dossier_all,
        in_dossier: dossier_self,
    },
    SearchKind {
        kind: "evidence",
        touched: evidence_touched,
        load: evidence_load,
        all: evidence_all,
        in_dossier: evidence_in,
    },
    SearchKind {
        kind: "assessment",
        touched: assessment_touched,
        load: assessment_load,
        all: assessment_all,
        in_dossier: assessment_in,
    },
    SearchKind {
        kind: "attribution",
        touched: attribution_touched,
        load: attribution_load,
        all: attribution_all,
        in_dossier: attribution_in,
    },
    SearchKind {
        kind: "stix",
        touched: stix_touched,
        load: stix_load,
        all: stix_all,
        in_dossier: none_in,
    },
];

/// The kind registered under `name`.
pub fn kind(name: &str) -> Option<&'static SearchKind> {
    KINDS.iter().find(|k| k.kind == name)
}

/// What changed for the index between two points of the log.
#[derive(Debug, Default)]
pub struct SearchBatch {
    /// The log's head the batch brings the index to.
    pub head: u64,
    /// Documents to (re)index, current as of `head`.
    pub upserts: Vec<SearchDoc>,
    /// `(kind, key)` of documents to drop.
    pub deletes: Vec<(&'static str, String)>,
}

fn head(conn: &Connection) -> Result<u64> {
    Ok(conn
        .query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| {
            r.get::<_, i64>(0)
        })
        .optional()?
        .unwrap_or(0) as u64)
}

/// The changes of events `after+1 ..= head` (at most `max_events` of them), read in one snapshot
/// of `conn`: documents are loaded as the projections hold them at the batch's head. With
/// `after == 0` every document is listed (a full index).
pub fn changes(conn: &Connection, after: u64, max_events: usize) -> Result<SearchBatch> {
    let log_head = head(conn)?;
    let mut touched: BTreeSet<(usize, String)> = BTreeSet::new();
    let batch_head;
    if after == 0 {
        for (i, k) in KINDS.iter().enumerate() {
            for key in (k.all)(conn)? {
                touched.insert((i, key));
            }
        }
        batch_head = log_head;
    } else {
        let events = crate::log::events_from(conn, after + 1, max_events.max(1))?;
        batch_head = events.last().map(|e| e.seq).unwrap_or(after.max(log_head));
        for e in &events {
            for (i, k) in KINDS.iter().enumerate() {
                for key in (k.touched)(conn, e)? {
                    touched.insert((i, key));
                }
            }
            // A dossier's marking bounds its contents: a change of it reaches them all.
            if e.kind == "dossier.marked"
                && let Some(d) = crate::scope::container_of(conn, e)?
            {
                for (i, k) in KINDS.iter().enumerate() {
                    for key in (k.in_dossier)(conn, &d)? {
                        touched.insert((i, key));
                    }
                }
            }
        }
    }
    let mut out = SearchBatch {
        head: batch_head,
        ..Default::default()
    };
    for (i, key) in touched {
        let k = &KINDS[i];
        match (k.load)(conn, &key)? {
            Some(doc) => out.upserts.push(doc),
            None => out.deletes.push((k.kind, key)),
        }
    }
    Ok(out)
}

/// Reloads each hit `(kind, key)` from the projections and keeps it only if `viewer` may see
/// it (its own marking and its dossier's, by `can_see`): the index's filter is not trusted alone.
pub fn confirm(
    conn: &Connection,
    viewer: &Viewer,
    hits: &[(String, String)],
) -> Result<Vec<Option<SearchDoc>>> {
    let mut out = Vec::with_capacity(hits.len());
    for (kind_name, key) in hits {
        let doc = match kind(kind_name) {
            Some(k) => (k.load)(conn, key)?.filter(|d| d.guard.visible_to(viewer)),
            None => None,
        };
        out.push(doc);
    }
    Ok(out)
}

// ---- kinds ---------------------------------------------------------------------------------

fn payload(e: &Event) -> serde_json::Value {
    serde_json::from_str(&e.payload).unwrap_or(serde_json::Value::Null)
}

fn text_of(v: &serde_json::Value, k: &str) -> Option<String> {
    v.get(k).and_then(|x| x.as_str()).map(str::to_string)
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn day(d: NaiveDate) -> Option<DateTime<Utc>> {
    d.and_hms_opt(0, 0, 0).map(|t| t.and_utc())
}

fn localized(t: &LocalizedText) -> Vec<Text> {
    t.iter().map(|(l, s)| Text::new(Some(l), s)).collect()
}

fn keys(conn: &Connection, sql: &str, arg: Option<&str>) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut out = Vec::new();
    let mut push = |r: &rusqlite::Row<'_>| -> rusqlite::Result<()> {
        out.push(r.get::<_, String>(0)?);
        Ok(())
    };
    match arg {
        Some(a) => {
            let mut rows = stmt.query([a])?;
            while let Some(r) = rows.next()? {
                push(r)?;
            }
        }
        None => {
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                push(r)?;
            }
        }
    }
    Ok(out)
}

/// The dossier's own guard part: its marking, origin and author.
fn dossier_marked(conn: &Connection, id: &str) -> Result<Option<Marked>> {
    let row: Option<(String, String, String)> = conn
        .prepare_cached("SELECT marking, origin, author FROM dossiers WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    row.map(|(m, o, a)| Marked::parse(&m, &o, &a)).transpose()
}

fn dossier_touched(_: &Connection, e: &Event) -> Result<Vec<String>> {
    Ok(if e.kind.starts_with("dossier.") {
        text_of(&payload(e), "id").into_iter().collect()
    } else {
        vec![]
    })
}

fn dossier_load(conn: &Connection, id: &str) -> Result<Option<SearchDoc>> {
    let row: Option<(String, String, String, String, Option<String>, String)> = conn
        .prepare_cached(
            "SELECT facts, marking, origin, author, first_seen, created_at FROM dossiers WHERE id = ?1",
        )?
        .query_row([id], |r| r.try_into())
        .optional()?;
    let Some((facts, marking, origin, author, first_seen, created_at)) = row else {
        return Ok(None);
    };
    let facts: DossierFacts = serde_json::from_str(&facts)?;
    let own = Marked::parse(&marking, &origin, &author)?;
    let mut texts = localized(&facts.summary);
    for s in &facts.sources {
        texts.push(Text::new(None, s.title.clone()));
    }
    Ok(Some(SearchDoc {
        kind: "dossier",
        key: id.to_string(),
        id: id.to_string(),
        link: format!("/dossiers/{id}"),
        dossier: Some(id.to_string()),
        titles: localized(&facts.title),
        texts,
        names: vec![],
        ids: vec![id.to_string()],
        party: Some(own.origin.clone()),
        date: first_seen
            .as_deref()
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .and_then(day)
            .or_else(|| parse_time(&created_at)),
        guard: Guard {
            own: Some(own),
            container: None,
        },
    }))
}

fn dossier_all(conn: &Connection) -> Result<Vec<String>> {
    keys(conn, "SELECT id FROM dossiers ORDER BY id", None)
}

fn dossier_self(_: &Connection, id: &str) -> Result<Vec<String>> {
    Ok(vec![id.to_string()])
}

fn none_in(_: &Connection, _: &str) -> Result<Vec<String>> {
    Ok(vec![])
}

/// `dossier/id` keys of contained items.
fn split_key(key: &str) -> Option<(&str, &str)> {
    key.split_once('/')
}

fn evidence_touched(_: &Connection, e: &Event) -> Result<Vec<String>> {
    Ok(if e.kind.starts_with("evidence.") {
        let p = payload(e);
        match (text_of(&p, "dossier"), text_of(&p, "id")) {
            (Some(d), Some(i)) => vec![format!("{d}/{i}")],
            _ => vec![],
        }
    } else {
        vec![]
    })
}

fn evidence_load(conn: &Connection, key: &str) -> Result<Option<SearchDoc>> {
    let Some((dossier, id)) = split_key(key) else {
        return Ok(None);
    };
    type Row = (
        String,
        Option<String>,
        String,
        String,
        String,
        Option<String>,
    );
    let row: Option<Row> = conn
        .prepare_cached(
            "SELECT item, marking, origin, author, added_at, withdrawn_at FROM evidence WHERE dossier = ?1 AND id = ?2",
        )?
        .query_row(params![dossier, id], |r| r.try_into())
        .optional()?;
    // A withdrawn item stays on its dossier's page, not in search.
    let Some((item, marking, origin, author, added_at, None)) = row else {
        return Ok(None);
    };
    let item: EvidenceItem = serde_json::from_str(&item)?;
    let own = marking
        .as_deref()
        .map(|m| Marked::parse(m, &origin, &author))
        .transpose()?;
    let mut texts = Vec::new();
    if let Some(t) = &item.text {
        texts.push(Text::new(None, t.clone()));
    }
    if let Some(s) = &item.source {
        texts.push(Text::new(None, s.clone()));
    }
    let mut ids = vec![id.to_string()];
    ids.extend(item.stix_id.iter().cloned());
    Ok(Some(SearchDoc {
        kind: "evidence",
        key: key.to_string(),
        id: id.to_string(),
        link: format!("/dossiers/{dossier}#evidence-{id}"),
        dossier: Some(dossier.to_string()),
        titles: vec![Text::new(None, item.title.clone())],
        texts,
        names: vec![],
        ids,
        party: Some(PartyId::parse(&origin)?),
        date: parse_time(&added_at),
        guard: Guard {
            own,
            container: dossier_marked(conn, dossier)?,
        },
    }))
}

fn evidence_all(conn: &Connection) -> Result<Vec<String>> {
    keys(
        conn,
        "SELECT dossier || '/' || id FROM evidence ORDER BY seq",
        None,
    )
}

fn evidence_in(conn: &Connection, d: &str) -> Result<Vec<String>> {
    keys(
        conn,
        "SELECT dossier || '/' || id FROM evidence WHERE dossier = ?1 ORDER BY seq",
        Some(d),
    )
}

fn assessment_touched(_: &Connection, e: &Event) -> Result<Vec<String>> {
    Ok(if e.kind == "assessment.submitted" {
        let p = payload(e);
        match (
            text_of(&p, "dossier"),
            text_of(&p, "party"),
            p.get("version").and_then(|v| v.as_u64()),
        ) {
            (Some(d), Some(party), Some(v)) => vec![format!("{d}/{party}/{v}")],
            _ => vec![],
        }
    } else {
        vec![]
    })
}

fn assessment_load(conn: &Connection, key: &str) -> Result<Option<SearchDoc>> {
    let mut parts = key.splitn(3, '/');
    let (Some(dossier), Some(party), Some(version)) = (parts.next(), parts.next(), parts.next())
    else {
        return Ok(None);
    };
    let Ok(version) = version.parse::<i64>() else {
        return Ok(None);
    };
    let row: Option<(String, Option<String>, String, String)> = conn
        .prepare_cached(
            "SELECT body, marking, author, recorded_at FROM assessments WHERE dossier = ?1 AND party = ?2 AND version = ?3",
        )?
        .query_row(params![dossier, party, version], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let Some((body, marking, author, recorded_at)) = row else {
        return Ok(None);
    };
    let body: AssessmentBody = serde_json::from_str(&body)?;
    let own = marking
        .as_deref()
        .map(|m| Marked::parse(m, party, &author))
        .transpose()?;
    let mut texts = Vec::new();
    let mut seen = BTreeSet::new();
    let mut push = |s: &str| {
        if !s.trim().is_empty() && seen.insert(s.to_string()) {
            texts.push(Text::new(None, s));
        }
    };
    if let Some(s) = &body.summary {
        push(s);
    }
    for d in &body.dimensions {
        push(&d.rationale);
    }
    for f in body.significant_effect.iter().chain(&body.external_threat) {
        push(&f.rationale);
    }
    for j in &body.judgements {
        push(&j.statement);
    }
    Ok(Some(SearchDoc {
        kind: "assessment",
        key: key.to_string(),
        id: format!("{party} v{version}"),
        link: format!("/dossiers/{dossier}#assessment-{party}"),
        dossier: Some(dossier.to_string()),
        titles: vec![Text::new(
            Some(Lang::En),
            format!("Assessment of {party}, version {version}"),
        )],
        texts,
        names: vec![],
        ids: vec![],
        party: Some(PartyId::parse(party)?),
        date: parse_time(&recorded_at),
        guard: Guard {
            own,
            container: dossier_marked(conn, dossier)?,
        },
    }))
}

fn assessment_all(conn: &Connection) -> Result<Vec<String>> {
    keys(
        conn,
        "SELECT dossier || '/' || party || '/' || version FROM assessments ORDER BY seq",
        None,
    )
}

fn assessment_in(conn: &Connection, d: &str) -> Result<Vec<String>> {
    keys(
        conn,
        "SELECT dossier || '/' || party || '/' || version FROM assessments WHERE dossier = ?1 ORDER BY seq",
        Some(d),
    )
}

fn attribution_touched(_: &Connection, e: &Event) -> Result<Vec<String>> {
    Ok(if e.kind.starts_with("attribution.") {
        text_of(&payload(e), "id").into_iter().collect()
    } else {
        vec![]
    })
}

fn attribution_load(conn: &Connection, id: &str) -> Result<Option<SearchDoc>> {
    type Row = (
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
    );
    let row: Option<Row> = conn
        .prepare_cached(
            "SELECT dossier, body, marking, origin, author, recorded_at, withdrawn FROM attributions WHERE id = ?1",
        )?
        .query_row([id], |r| r.try_into())
        .optional()?;
    let Some((dossier, body, marking, origin, author, recorded_at, None)) = row else {
        return Ok(None);
    };
    let body: serde_json::Value = serde_json::from_str(&body)?;
    let actor = body
        .get("actor")
        .and_then(|a| a.get("name"))
        .and_then(|n| n.as_str())
        .unwrap_or_default()
        .to_string();
    let mut texts = Vec::new();
    if let Some(n) = text_of(&body, "note") {
        texts.push(Text::new(None, n));
    }
    let mut ids = vec![id.to_string()];
    if let Some(s) = body
        .get("actor")
        .and_then(|a| a.get("id"))
        .and_then(|n| n.as_str())
    {
        ids.push(s.to_string());
    }
    let party = text_of(&body, "party").unwrap_or_else(|| origin.clone());
    Ok(Some(SearchDoc {
        kind: "attribution",
        key: id.to_string(),
        id: id.to_string(),
        link: format!("/dossiers/{dossier}#attribution-{id}"),
        dossier: Some(dossier.clone()),
        titles: vec![Text::new(
            Some(Lang::En),
            format!("Attribution by {party}: {actor}"),
        )],
        texts,
        names: vec![actor],
        ids,
        party: Some(PartyId::parse(&party)?),
        date: text_of(&body, "date")
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .and_then(day)
            .or_else(|| parse_time(&recorded_at)),
        guard: Guard {
            own: Some(Marked::parse(&marking, &origin, &author)?),
            container: dossier_marked(conn, &dossier)?,
        },
    }))
}

fn attribution_all(conn: &Connection) -> Result<Vec<String>> {
    keys(conn, "SELECT id FROM attributions ORDER BY seq", None)
}

fn attribution_in(conn: &Connection, d: &str) -> Result<Vec<String>> {
    keys(
        conn,
        "SELECT id FROM attributions WHERE dossier = ?1 ORDER BY seq",
        Some(d),
    )
}

/// A STIX object is indexed per stored version (the key is the `seq` of the event that brought
/// it): each version carries its own marking, so each is filtered on its own.
fn stix_touched(_: &Connection, e: &Event) -> Result<Vec<String>> {
    Ok(if e.kind == "stix.object_ingested" {
        vec![e.seq.to_string()]
    } else {
        vec![]
    })
}

fn stix_load(conn: &Connection, key: &str) -> Result<Option<SearchDoc>> {
    let Ok(seq) = key.parse::<i64>() else {
        return Ok(None);
    };
    type Row = (
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
    );
    let row: Option<Row> = conn
        .prepare_cached(
            "SELECT id, object_type, object, marking, origin, author, modified_raw FROM stix_objects WHERE seq = ?1",
        )?
        .query_row([seq], |r| r.try_into())
        .optional()?;
    let Some((id, object_type, object, marking, origin, author, modified)) = row else {
        return Ok(None);
    };
    if object_type == "marking-definition" || object_type == "relationship" {
        return Ok(None);
    }
    let o: serde_json::Value = serde_json::from_str(&object)?;
    let s = |k: &str| o.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let list = |k: &str| -> Vec<String> {
        o.get(k)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let name = s("name").unwrap_or_else(|| id.clone());
    let mut names = vec![name.clone()];
    names.extend(list("aliases"));
    names.extend(list("x_mitre_aliases"));
    let mut ids = vec![id.clone()];
    if let Some(refs) = o.get("external_references").and_then(|v| v.as_array()) {
        for r in refs {
            if let Some(x) = r.get("external_id").and_then(|v| v.as_str()) {
                ids.push(x.to_string());
            }
        }
    }
    let mut texts = Vec::new();
    if let Some(d) = s("description") {
        texts.push(Text::new(None, d));
    }
    Ok(Some(SearchDoc {
        kind: "stix",
        key: key.to_string(),
        id: id.clone(),
        link: format!("/api/v1/stix/objects/{id}"),
        dossier: None,
        titles: vec![Text::new(None, name)],
        texts,
        names,
        ids,
        party: Some(PartyId::parse(&origin)?),
        date: modified.as_deref().and_then(parse_time),
        guard: Guard {
            own: Some(Marked::parse(&marking, &origin, &author)?),
            container: None,
        },
    }))
}

fn stix_all(conn: &Connection) -> Result<Vec<String>> {
    keys(
        conn,
        "SELECT CAST(seq AS TEXT) FROM stix_objects ORDER BY seq",
        None,
    )
}
