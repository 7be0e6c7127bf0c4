//! Dossier commands and reads. Every read passes each row through
//! [`entente_core::can_see`]; an invisible dossier is reported as not found.

use entente_core::authz::{self, Action, Facts};
use entente_core::dossier::{
    self, DossierCreated, DossierFacts, DossierMarked, DossierTransitioned, DossierUpdated, Status,
};
use entente_core::{Draft, Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Result, StoreError};
use crate::paging::Pager;

/// A dossier as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct DossierView {
    pub id: String,
    pub status: Status,
    pub facts: DossierFacts,
    pub marking: Marking,
    pub origin: PartyId,
    pub author: UserId,
    pub created_at: String,
    pub updated_at: String,
    pub version: u32,
}

/// One line of a dossier's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    pub seq: u64,
    pub at: String,
    pub actor: String,
    pub party: String,
    pub kind: String,
    pub summary: String,
}

/// Filters for listing dossiers.
#[derive(Clone, Debug, Default)]
pub struct DossierFilter {
    pub status: Option<Status>,
    /// Case-insensitive substring of any language version of the title or the summary.
    pub text: Option<String>,
    pub victim_country: Option<PartyId>,
    pub offset: usize,
    pub limit: usize,
}

/// A page of results and the number of visible items in all.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
}

const COLUMNS: &str = "id, status, facts, marking, origin, author, created_at, updated_at, version";

type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
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
    ))
}

/// The marking part of a row, decoded first so that invisible rows cost little.
fn visible(viewer: &Viewer, r: &Row) -> Result<bool> {
    let marking: Marking = serde_json::from_str(&r.3)?;
    Ok(can_see(
        viewer,
        &PartyId::parse(&r.4)?,
        &UserId::parse(&r.5)?,
        &marking,
    ))
}

fn decode(r: Row) -> Result<DossierView> {
    Ok(DossierView {
        status: r.1.parse()?,
        facts: serde_json::from_str(&r.2)?,
        marking: serde_json::from_str(&r.3)?,
        origin: PartyId::parse(&r.4)?,
        author: UserId::parse(&r.5)?,
        id: r.0,
        created_at: r.6,
        updated_at: r.7,
        version: r.8 as u32,
    })
}

fn text_col<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<&'r str> {
    Ok(r.get_ref(i)?.as_str().map_err(rusqlite::Error::from)?)
}

/// [`can_see`] memoised over the (marking, origin, author) texts of rows: a scan decides each
/// distinct combination once (markings repeat across items) without parsing the marking again.
/// Used by every list and count so that the cost of authorisation stays a hash lookup per row.
pub struct VisibilityMemo<'v> {
    viewer: &'v Viewer,
    key: String,
    seen: std::collections::HashMap<String, bool>,
}

impl<'v> VisibilityMemo<'v> {
    pub fn new(viewer: &'v Viewer) -> Self {
        VisibilityMemo {
            viewer,
            key: String::new(),
            seen: std::collections::HashMap::new(),
        }
    }

    /// May the viewer see an item with this marking (canonical JSON), origin and author?
    pub fn check(&mut self, marking: &str, origin: &str, author: &str) -> Result<bool> {
        self.key.clear();
        for part in [marking, "\u{1}", origin, "\u{1}", author] {
            self.key.push_str(part);
        }
        if let Some(v) = self.seen.get(self.key.as_str()) {
            return Ok(*v);
        }
        let m: Marking = serde_json::from_str(marking)?;
        let v = can_see(
            self.viewer,
            &PartyId::parse(origin)?,
            &UserId::parse(author)?,
            &m,
        );
        if self.seen.len() < 65_536 {
            self.seen.insert(self.key.clone(), v);
        }
        Ok(v)
    }
}

/// Reads a dossier if `viewer` may see it; `None` both when it does not exist and when it is
/// not visible, so that a caller cannot tell the two apart.
pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<DossierView>> {
    let r = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM dossiers WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?;
    match r {
        Some(r) if visible(viewer, &r)? => Ok(Some(decode(r)?)),
        _ => Ok(None),
    }
}

/// Lists the dossiers `viewer` may see, newest first, with the total of visible matches.
///
/// Visibility is decided by the database (the marking index of `visibility.rs`): hidden rows
/// are never read, a page is read with `LIMIT`/`OFFSET` when no text or victim filter applies,
/// and the total is a `count(*)` over the same predicate. [`can_see`] is still called on every
/// row returned.
pub fn list(conn: &Connection, viewer: &Viewer, f: &DossierFilter) -> Result<Page<DossierView>> {
    use crate::visibility::{self, Bound};
    let pred = visibility::predicate(viewer, "d", "id", visibility::DOSSIERS);
    let mut cond = pred;
    if f.status.is_some() {
        cond.push_str(" AND d.status = :status");
    }
    let text = f.text.as_ref().map(|t| t.to_lowercase());
    let limit = f.limit.clamp(1, 500);
    let scan = text.is_some() || f.victim_country.is_some();
    let b = Bound::of(viewer);
    let status = f.status.map(|s| s.as_str());
    let bind = |stmt: &mut rusqlite::CachedStatement<'_>, paged: bool| -> Result<()> {
        let named: [(&str, &dyn rusqlite::ToSql); 6] = [
            (":v_party", &b.party),
            (":v_user", &b.user),
            (":v_clearance", &b.clearance),
            (":status", &status),
            (":limit", &(limit as i64)),
            (":offset", &(f.offset as i64)),
        ];
        for (name, v) in named {
            if (paged || !matches!(name, ":limit" | ":offset"))
                && let Some(i) = stmt.parameter_index(name)?
            {
                stmt.raw_bind_parameter(i, v)?;
            }
        }
        Ok(())
    };
    if !scan {
        let mut items = Vec::new();
        let mut total = 0;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM dossiers d WHERE {cond} ORDER BY d.created_seq DESC LIMIT :limit OFFSET :offset"
        ))?;
        bind(&mut stmt, true)?;
        let mut rows = stmt.raw_query();
        while let Some(r) = rows.next()? {
            let r = row(r)?;
            if visible(viewer, &r)? {
                items.push(decode(r)?);
            }
        }
        // The total reads the three marking columns of every row and decides each distinct
        // marking once (a memo): cheaper per row than the SQL predicate, and a total is a scan
        // however it is computed.
        let mut count = conn.prepare_cached(
            "SELECT marking, origin, author FROM dossiers d WHERE (:status IS NULL OR d.status = :status)",
        )?;
        if let Some(i) = count.parameter_index(":status")? {
            count.raw_bind_parameter(i, status)?;
        }
        let mut rows = count.raw_query();
        let mut memo = VisibilityMemo::new(viewer);
        while let Some(r) = rows.next()? {
            if memo.check(text_col(r, 0)?, text_col(r, 1)?, text_col(r, 2)?)? {
                total += 1;
            }
        }
        return Ok(Page {
            items,
            total,
            offset: f.offset,
            limit,
        });
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM dossiers d WHERE {cond} ORDER BY d.created_seq DESC"
    ))?;
    bind(&mut stmt, false)?;
    let mut rows = stmt.raw_query();
    let mut page = Pager::new(f.offset, limit);
    let mut memo = VisibilityMemo::new(viewer);
    while let Some(r) = rows.next()? {
        if !memo.check(text_col(r, 3)?, text_col(r, 4)?, text_col(r, 5)?)? {
            continue;
        }
        let facts: DossierFacts = serde_json::from_str(text_col(r, 2)?)?;
        if let Some(t) = &text
            && !facts
                .title
                .iter()
                .chain(facts.summary.iter())
                .any(|(_, s)| s.to_lowercase().contains(t))
        {
            continue;
        }
        if let Some(c) = &f.victim_country
            && !facts.victims.iter().any(|v| &v.country == c)
        {
            continue;
        }
        page.offer(|| decode(row(r)?))?;
    }
    Ok(page.finish(limit))
}

/// The timeline of a dossier the viewer may see.
pub fn history(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Vec<HistoryEntry>> {
    if get(conn, viewer, id)?.is_none() {
        return Err(StoreError::not_found("dossier", id));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT seq, at, actor, party, kind, summary FROM dossier_history WHERE dossier = ?1 ORDER BY at, seq",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(HistoryEntry {
            seq: r.get::<_, i64>(0)? as u64,
            at: r.get(1)?,
            actor: r.get(2)?,
            party: r.get(3)?,
            kind: r.get(4)?,
            summary: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Counts of visible dossiers per status.
pub fn count_by_status(conn: &Connection, viewer: &Viewer) -> Result<Vec<(Status, usize)>> {
    let mut counts = std::collections::BTreeMap::new();
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM dossiers"))?;
    let mut rows = stmt.query([])?;
    let mut memo = VisibilityMemo::new(viewer);
    while let Some(r) = rows.next()? {
        if memo.check(text_col(r, 3)?, text_col(r, 4)?, text_col(r, 5)?)? {
            *counts
                .entry(text_col(r, 1)?.parse::<Status>()?)
                .or_insert(0) += 1;
        }
    }
    Ok(Status::ALL
        .iter()
        .map(|s| (*s, counts.get(s).copied().unwrap_or(0)))
        .collect())
}

// ---- decisions, run inside the writer's transaction ----

fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM dossiers WHERE id = ?1")?
        .query_row([id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Decides the creation of a dossier by `viewer`, under the id the store chose
/// ([`crate::store::SqliteStore`] assigns ids to accounts; the operator names them).
pub fn decide_create(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    facts: DossierFacts,
    marking: Marking,
) -> Result<Vec<Draft>> {
    authz::require(Action::DossierCreate, viewer, &Facts::none())?;
    dossier::check_id(id)?;
    facts.check()?;
    marking.check()?;
    // F25: a dossier its creator could not read again is refused before anything is written.
    crate::evidence::check_own_marking(viewer, Some(&marking))?;
    if exists(conn, id)? {
        return Err(StoreError::Exists {
            what: "dossier",
            id: id.into(),
        });
    }
    Ok(vec![Draft::new(
        &DossierCreated {
            id: id.into(),
            status: Status::Detected,
            facts,
        },
        marking,
    )])
}

/// A dossier `viewer` may see, for a write: not found when hidden, so that a hidden dossier
/// answers writes exactly like a missing one; then the permission of `action`, with the
/// originating party and the chair as relations.
pub(crate) fn for_write(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    action: Action,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<DossierView> {
    let d = get(conn, viewer, id)?.ok_or_else(|| StoreError::not_found("dossier", id))?;
    authz::require(
        action,
        viewer,
        &Facts {
            originator: d.origin == viewer.party,
            chair: crate::procedures::chairs_now(viewer, now),
            ..Facts::none()
        },
    )?;
    Ok(d)
}

/// Decides an update of a dossier's facts by `viewer`: its originating party (F9).
pub fn decide_update(
    conn: &Connection,
    viewer: &Viewer,
    now: chrono::DateTime<chrono::Utc>,
    id: &str,
    facts: DossierFacts,
    expected_version: Option<u32>,
) -> Result<Vec<Draft>> {
    let d = for_write(conn, viewer, id, Action::DossierEdit, now)?;
    facts.check()?;
    if let Some(v) = expected_version
        && v != d.version
    {
        return Err(StoreError::Conflict(format!(
            "dossier {id} is at version {}, not {v}; reload it and apply your change again",
            d.version
        )));
    }
    Ok(vec![Draft::new(
        &DossierUpdated {
            id: id.into(),
            facts,
        },
        d.marking,
    )])
}

/// Decides a status change by the originating party or the chair (F9).
pub fn decide_transition(
    conn: &Connection,
    viewer: &Viewer,
    now: chrono::DateTime<chrono::Utc>,
    id: &str,
    to: Status,
    reason: Option<String>,
) -> Result<Vec<Draft>> {
    let d = for_write(conn, viewer, id, Action::DossierTransition, now)?;
    let to = d.status.transition(to)?;
    if reason.as_ref().is_some_and(|r| r.chars().count() > 2000) {
        return Err(entente_core::Invalid::new("reason", "at most 2000 characters").into());
    }
    if let Some(r) = &reason {
        entente_core::lang::check_plain_text("reason", r)?;
    }
    Ok(vec![Draft::new(
        &DossierTransitioned {
            id: id.into(),
            from: d.status,
            to,
            reason,
        },
        d.marking,
    )])
}

/// Decides a change of marking by the originating party. Changing the named recipients of a
/// TLP:RED dossier is the originating party's security officer's (separation of duties).
pub fn decide_mark(
    conn: &Connection,
    viewer: &Viewer,
    now: chrono::DateTime<chrono::Utc>,
    id: &str,
    marking: Marking,
) -> Result<Vec<Draft>> {
    let d = for_write(conn, viewer, id, Action::DossierMark, now)?;
    marking.check()?;
    if marking.recipients != d.marking.recipients && !d.marking.recipients.is_empty() {
        authz::require(
            Action::DossierRecipients,
            viewer,
            &Facts {
                originator: d.origin == viewer.party,
                not_self: !marking.recipients.contains(&viewer.user)
                    || d.marking.recipients.contains(&viewer.user),
                ..Facts::none()
            },
        )?;
    }
    crate::evidence::check_own_marking(viewer, Some(&marking))?;
    Ok(vec![Draft::new(
        &DossierMarked {
            id: id.into(),
            marking: marking.clone(),
        },
        marking,
    )])
}
