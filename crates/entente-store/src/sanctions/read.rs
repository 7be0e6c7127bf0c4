//! Reads of the register.

use chrono::{DateTime, NaiveDate, Utc};
use entente_core::sanctions::{self, Change, Listing, Renewed, ReviewState, fold};
use entente_core::{Marking, Viewer};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::dossiers::{self, VisibilityMemo};
use crate::error::Result;
use crate::procedures;

/// An entry as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ListingView {
    #[serde(flatten)]
    pub listing: Listing,
    /// `active` or `delisted`.
    pub status: String,
    /// The dossiers that led to it, among those the reader may see.
    pub dossiers: Vec<String>,
    /// The procedures that adopted it, among those the reader may see.
    pub procedures: Vec<String>,
    pub marking: Marking,
    pub recorded_by: String,
    pub recorded_at: String,
    /// The name or alias a search matched, when it was not the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
}

/// Which entries to list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListingFilter {
    /// A name in any script or romanisation, or an alias.
    pub q: Option<String>,
    /// `active` (default), `delisted` or `all`.
    pub status: Option<String>,
    /// `person` or `entity`.
    pub kind: Option<String>,
}

/// The state of the regime: renewals, terms and the review of the listings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RegimeView {
    pub regime: &'static str,
    pub active: usize,
    pub delisted: usize,
    pub renewals: Vec<Renewed>,
    pub framework_until: Option<NaiveDate>,
    /// The review of the listings in force; `None` when nothing is listed.
    pub review: Option<ReviewState>,
    /// Why the review falls on that date (the act and article).
    pub review_basis: Option<String>,
}

type RawRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
);

const COLUMNS: &str = "id, entry, listed_on, listing_acts, amendments, delisted, dossiers, procedures, sources, note, marking, origin, author, recorded_at";

fn raw(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
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
        r.get(12)?,
        r.get(13)?,
    ))
}

fn decode(
    conn: &Connection,
    viewer: &Viewer,
    r: RawRow,
    now: DateTime<Utc>,
) -> Result<ListingView> {
    let delisted: Option<Change> = match &r.5 {
        Some(d) => Some(change_from(d)?),
        None => None,
    };
    let amendments: Vec<serde_json::Value> = serde_json::from_str(&r.4)?;
    let amendments = amendments
        .iter()
        .map(|v| change_from(&v.to_string()))
        .collect::<Result<Vec<_>>>()?;
    let dossier_ids: Vec<String> = serde_json::from_str(&r.6)?;
    let procedure_ids: Vec<String> = serde_json::from_str(&r.7)?;
    let mut dossiers_seen = Vec::new();
    for d in dossier_ids {
        if dossiers::get(conn, viewer, &d)?.is_some() {
            dossiers_seen.push(d);
        }
    }
    let mut procedures_seen = Vec::new();
    for p in procedure_ids {
        if procedures::get(conn, viewer, &p, now)?.is_some() {
            procedures_seen.push(p);
        }
    }
    let listing = Listing {
        id: r.0,
        entry: serde_json::from_str(&r.1)?,
        listed_on: r
            .2
            .parse()
            .map_err(|e| crate::StoreError::Decode(format!("sanctions.listed_on: {e}")))?,
        listing_acts: serde_json::from_str(&r.3)?,
        amendments,
        delisted,
        sources: serde_json::from_str(&r.8)?,
        note: r.9,
    };
    Ok(ListingView {
        status: listing.status().to_string(),
        listing,
        dossiers: dossiers_seen,
        procedures: procedures_seen,
        marking: serde_json::from_str(&r.10)?,
        recorded_by: r.12,
        recorded_at: r.13,
        matched: None,
    })
}

/// A change as the projection stores it: `{date, acts, note}`.
pub(crate) fn change_from(json: &str) -> Result<Change> {
    #[derive(serde::Deserialize)]
    struct Stored {
        date: NaiveDate,
        acts: Vec<entente_core::sanctions::LegalAct>,
        note: Option<String>,
    }
    let s: Stored = serde_json::from_str(json)?;
    Ok(Change {
        date: s.date,
        acts: s.acts,
        note: s.note,
    })
}

/// An entry, if `viewer` may see it.
pub fn get(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Option<ListingView>> {
    let r = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM sanctions_listings WHERE id = ?1"
        ))?
        .query_row([id], raw)
        .optional()?;
    let Some(r) = r else { return Ok(None) };
    if !VisibilityMemo::new(viewer).check(&r.10, &r.11, &r.12)? {
        return Ok(None);
    }
    Ok(Some(decode(conn, viewer, r, now)?))
}

/// The entries `viewer` may see that pass `filter`, in the order of the register (listing date,
/// then the order they were entered).
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    filter: &ListingFilter,
    now: DateTime<Utc>,
) -> Result<Vec<ListingView>> {
    let query = filter
        .q
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty())
        .map(fold::Folded::of);
    let status = filter.status.as_deref().unwrap_or("active");
    let mut memo = VisibilityMemo::new(viewer);
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM sanctions_listings ORDER BY listed_on, created_seq"
    ))?;
    let rows = stmt.query_map([], raw)?;
    let mut out = Vec::new();
    for r in rows {
        let r = r?;
        if !memo.check(&r.10, &r.11, &r.12)? {
            continue;
        }
        let active = r.5.is_none();
        let keep = match status {
            "all" => true,
            "delisted" => !active,
            _ => active,
        };
        if !keep {
            continue;
        }
        let mut v = decode(conn, viewer, r, now)?;
        if let Some(k) = &filter.kind
            && &v.listing.entry.kind != k
        {
            continue;
        }
        if let Some(q) = &query {
            let hit = v
                .listing
                .names()
                .find(|n| fold::matches(q, &fold::Folded::of(n)))
                .map(str::to_string);
            match hit {
                Some(h) if h == v.listing.entry.name => {}
                Some(h) => v.matched = Some(h),
                None => continue,
            }
        }
        out.push(v);
    }
    Ok(out)
}

/// The renewals recorded, oldest first.
pub fn renewals(conn: &Connection) -> Result<Vec<Renewed>> {
    let mut stmt = conn.prepare_cached("SELECT body FROM sanctions_renewals ORDER BY date, seq")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for b in rows {
        out.push(serde_json::from_str(&b?)?);
    }
    Ok(out)
}

/// The regime's state as `viewer` sees the register, judged on `today`.
pub fn regime(
    conn: &Connection,
    viewer: &Viewer,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<RegimeView> {
    let all = list(
        conn,
        viewer,
        &ListingFilter {
            status: Some("all".into()),
            ..Default::default()
        },
        now,
    )?;
    let active_dates: Vec<NaiveDate> = all
        .iter()
        .filter(|l| l.listing.active())
        .map(|l| l.listing.listed_on)
        .collect();
    let renewals = renewals(conn)?;
    let review = sanctions::review(&active_dates, &renewals, today);
    Ok(RegimeView {
        regime: sanctions::REGIME,
        active: active_dates.len(),
        delisted: all.len() - active_dates.len(),
        framework_until: sanctions::framework_until(&renewals),
        review: review.as_ref().map(|r| r.0.clone()),
        review_basis: review.map(|r| r.1),
        renewals,
    })
}
