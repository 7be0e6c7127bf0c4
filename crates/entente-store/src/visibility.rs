//! **Visibility decided by the database** (issue 13): the marking of a row is indexed as
//! columns (TLP rank, classification rank, "open to the community", origin, author) plus side
//! tables of releasable parties and named recipients, so that a query asks SQLite for visible
//! rows only and a page of visible items costs the same however many hidden ones are stored.
//!
//! The SQL predicate is a *pre-filter*: [`entente_core::can_see`] stays the final word on every
//! row returned (each reader calls it again), and a property test
//! (`tests/visibility_index.rs`) checks that the predicate and `can_see` agree on every marking
//! and viewer, so the pre-filter neither leaks nor hides.

use entente_core::{Classification, Marking, Tlp, Viewer};
use rusqlite::{Connection, params};

use crate::error::Result;

/// The rank of a TLP level (CLEAR 0 ... RED 4).
pub fn tlp_rank(t: Tlp) -> i64 {
    match t {
        Tlp::Clear => 0,
        Tlp::Green => 1,
        Tlp::Amber => 2,
        Tlp::AmberStrict => 3,
        Tlp::Red => 4,
    }
}

/// The rank of a classification (none 0, RESTREINT UE 1 ... TRES SECRET UE 4).
pub fn class_rank(c: Option<Classification>) -> i64 {
    match c {
        None => 0,
        Some(Classification::RestreintUe) => 1,
        Some(Classification::ConfidentielUe) => 2,
        Some(Classification::SecretUe) => 3,
        Some(Classification::TresSecretUe) => 4,
    }
}

/// The indexed columns of a marking: `(tlp_rank, class_rank, open)`, where `open` says that
/// every party of the community may see it (no releasability list, TLP:GREEN or lower).
pub fn columns(m: &Marking) -> (i64, i64, i64) {
    (
        tlp_rank(m.tlp),
        class_rank(m.classification),
        i64::from(m.releasable_to.is_empty() && m.tlp <= Tlp::Green),
    )
}

/// Where the side tables of one projection live: `(releasable table, recipients table)`, both
/// keyed by `key` (the row's key column in the projection: `seq` for `stix_objects`, `id` for
/// `dossiers`).
#[derive(Clone, Copy, Debug)]
pub struct SideTables {
    pub releasable: &'static str,
    pub recipients: &'static str,
}

pub const STIX: SideTables = SideTables {
    releasable: "stix_releasable",
    recipients: "stix_recipients",
};

pub const DOSSIERS: SideTables = SideTables {
    releasable: "dossier_releasable",
    recipients: "dossier_recipients",
};

/// Replaces the side-table rows of `key` with those of `m`.
pub fn index(
    conn: &Connection,
    t: SideTables,
    key: &dyn rusqlite::ToSql,
    m: &Marking,
) -> Result<()> {
    conn.prepare_cached(&format!("DELETE FROM {} WHERE item = ?1", t.releasable))?
        .execute([key])?;
    conn.prepare_cached(&format!("DELETE FROM {} WHERE item = ?1", t.recipients))?
        .execute([key])?;
    for p in &m.releasable_to {
        conn.prepare_cached(&format!(
            "INSERT OR IGNORE INTO {}(party, item) VALUES (?1, ?2)",
            t.releasable
        ))?
        .execute(params![p.as_str(), key])?;
    }
    for u in &m.recipients {
        conn.prepare_cached(&format!(
            "INSERT OR IGNORE INTO {}(user, item) VALUES (?1, ?2)",
            t.recipients
        ))?
        .execute(params![u.as_str(), key])?;
    }
    Ok(())
}

/// The viewer's side of the predicate, bound as named parameters `:v_party`, `:v_user`,
/// `:v_clearance`.
pub struct Bound {
    pub party: String,
    pub user: String,
    pub clearance: i64,
}

impl Bound {
    pub fn of(v: &Viewer) -> Self {
        Bound {
            party: v.party.as_str().to_string(),
            user: v.user.as_str().to_string(),
            clearance: class_rank(v.clearance),
        }
    }
}

/// The SQL predicate "row `alias` is visible to the viewer" (the same three rules as
/// [`entente_core::can_see`]: clearance, party, and for TLP:RED the named recipients). `key` is
/// the row's key column. A reader who has not signed in sees TLP:CLEAR without classification.
pub fn predicate(v: &Viewer, alias: &str, key: &str, t: SideTables) -> String {
    if v.is_public() {
        return format!("({alias}.tlp_rank = 0 AND {alias}.class_rank = 0)");
    }
    format!(
        "({a}.class_rank <= :v_clearance
          AND ({a}.origin = :v_party OR {a}.open_rel = 1
               OR EXISTS (SELECT 1 FROM {rel} r WHERE r.party = :v_party AND r.item = {a}.{key}))
          AND ({a}.tlp_rank < 4 OR {a}.author = :v_user
               OR EXISTS (SELECT 1 FROM {rcp} u WHERE u.user = :v_user AND u.item = {a}.{key})))",
        a = alias,
        rel = t.releasable,
        rcp = t.recipients,
    )
}
