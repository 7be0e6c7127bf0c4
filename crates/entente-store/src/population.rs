//! Annex III tables loaded into an instance (`reference.population_imported` events), beside
//! those shipped with entente: the operator's `entente reference population import FILE` and
//! an administrator's `POST /api/v1/reference/population`. The check is the core's
//! ([`entente_core::population::check_import`]); the permission table decides who may load one.
//! Votes use the table in force at their time from the moment it is loaded
//! ([`entente_core::population::choose_table`], called by `procedures`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{canonical, format_time};
use entente_core::population::{self, AnnexError, AnnexTable, PopulationImported, TableInput};
use entente_core::{Draft, EventBody, Marking, Tlp, Viewer};
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::error::{Result, StoreError};

/// A table as the API and the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PopulationTableView {
    pub year: u16,
    pub valid_from: NaiveDate,
    pub source: String,
    /// `shipped` or `imported`.
    pub origin: &'static str,
    pub supersedes: bool,
    pub total: u64,
    pub threshold_65_percent: u64,
    /// ISO alpha-2 code to figure.
    pub figures: BTreeMap<String, u64>,
    /// For an imported table: when and by whom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imported_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imported_by: Option<String>,
    /// Whether votes of its year use it (a later load of the same year replaces it).
    pub in_use: bool,
}

/// The imported tables, in the order they were loaded.
pub fn imported(conn: &Connection) -> Result<Vec<AnnexTable>> {
    Ok(imported_rows(conn)?.into_iter().map(|r| r.0).collect())
}

fn imported_rows(conn: &Connection) -> Result<Vec<(AnnexTable, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body, imported_at, imported_by FROM population_tables ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (body, at, by) = row?;
        let b: PopulationImported = serde_json::from_str(&body)?;
        let t = b
            .table()
            .map_err(|e| StoreError::Decode(format!("population_tables {}: {e}", b.year)))?;
        out.push((t, at, by));
    }
    Ok(out)
}

/// Every table, shipped and imported, oldest year first; for each year the one in use last.
pub fn tables(conn: &Connection) -> Result<Vec<PopulationTableView>> {
    let imported = imported_rows(conn)?;
    let mut out: Vec<PopulationTableView> = Vec::new();
    let view = |t: &AnnexTable, at: Option<String>, by: Option<String>| PopulationTableView {
        year: t.year,
        valid_from: t.valid_from,
        source: t.source.clone(),
        origin: t.origin.name(),
        supersedes: t.supersedes,
        total: t.table.total(),
        threshold_65_percent: population::threshold_65(t.table.total()),
        figures: t.figures(),
        imported_at: at,
        imported_by: by,
        in_use: false,
    };
    for t in population::shipped() {
        out.push(view(&t, None, None));
    }
    for (t, at, by) in &imported {
        out.push(view(t, Some(at.clone()), Some(by.clone())));
    }
    // The last of each year is the one in use.
    let mut last: BTreeMap<u16, usize> = BTreeMap::new();
    for (i, v) in out.iter().enumerate() {
        last.insert(v.year, i);
    }
    for i in last.values() {
        out[*i].in_use = true;
    }
    out.sort_by_key(|v| v.year);
    Ok(out)
}

fn annex_error(e: AnnexError) -> StoreError {
    if e.is_conflict() {
        return StoreError::Refused {
            code: e.code(),
            message: e.to_string(),
        };
    }
    StoreError::Rejected {
        code: e.code(),
        message: e.to_string(),
    }
}

/// Decides the loading of a table: the permission table first, then the core's checks against
/// the shipped and already loaded tables. Nothing is recorded when any check fails.
pub fn decide_import(
    conn: &Connection,
    viewer: &Viewer,
    input: &TableInput,
) -> Result<(AnnexTable, Vec<Draft>)> {
    authz::require(Action::PopulationImport, viewer, &Facts::none())?;
    let table = population::check_import(input, &population::shipped(), &imported(conn)?)
        .map_err(annex_error)?;
    let draft = Draft::new(&PopulationImported::of(&table), Marking::tlp(Tlp::Clear));
    Ok((table, vec![draft]))
}

/// Folds `reference.population_imported` (called from `projection::apply`).
pub(crate) fn apply(conn: &Connection, e: &entente_core::Event) -> Result<()> {
    if (e.kind.as_str(), e.version) != (PopulationImported::TYPE, PopulationImported::VERSION) {
        return Ok(());
    }
    let b: PopulationImported = crate::procedures::body(e)?;
    conn.prepare_cached(
        "INSERT INTO population_tables(seq, year, body, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        e.seq as i64,
        i64::from(b.year),
        canonical(&b),
        format_time(e.recorded_at),
        e.actor.user.as_str()
    ])?;
    Ok(())
}
