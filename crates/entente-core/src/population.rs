//! Annex III of the Council's Rules of Procedure, by year: the population figures that decide
//! the population condition of a qualified majority (Art. 16(4) TEU, Art. 238(2)-(3) TFEU) and
//! of a constructive abstention (Art. 31(1) second subparagraph TEU).
//!
//! Annex III is replaced every year with effect from 1 January (Council Rules of Procedure
//! Art. 11(6)). entente ships the years whose 27 figures were transcribed from the Official
//! Journal (`data/annex-iii.json`), and what is confirmed of other years (the total and the
//! 65 % threshold) so that a table loaded later can be checked against it. Tables loaded by an
//! operator or an administrator (`entente reference population import`, `POST
//! /api/v1/reference/population`) are events of the log; the store hands them to
//! [`choose_table`] with the shipped ones.
//!
//! Everything here is pure: the table to use is a function of the time of the vote and of the
//! tables given ([`choose_table`]); whether a new table may be loaded is a function of the
//! table and of those already known ([`check_import`]).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::event::EventBody;

use crate::reference::{self, PopulationTable, ReferenceError};

const ANNEX_III_JSON: &str = include_str!("../../../data/annex-iii.json");

/// The first year of the double majority (Art. 16(4) TEU and Art. 238(2)-(3) TFEU apply from
/// 1 November 2014, Art. 3 of Protocol No 36); no Annex III table before it weighs population
/// in this way.
pub const FIRST_YEAR: u16 = 2014;
/// The last year a table may be given for (a bound against typing errors, not a rule).
pub const LAST_YEAR: u16 = 2100;

/// Where a table comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    /// Shipped with entente (`data/annex-iii.json`).
    Shipped,
    /// Loaded into this instance (an event of its log).
    Imported,
    /// Given with the vote itself (a procedure's own figures, `--population FILE`).
    Supplied,
}

impl Origin {
    /// `shipped`, `imported`, `supplied`.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Shipped => "shipped",
            Origin::Imported => "imported",
            Origin::Supplied => "supplied",
        }
    }
}

/// One year's Annex III table: the 27 figures, where they come from and from when they apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnexTable {
    /// The year the table applies to.
    pub year: u16,
    /// The first day it applies (1 January of `year`, unless the Decision says otherwise).
    pub valid_from: NaiveDate,
    /// The Council Decision (or other document) the figures come from.
    pub source: String,
    pub origin: Origin,
    /// An imported table that replaced the shipped one of its year on purpose.
    pub supersedes: bool,
    /// The figures.
    pub table: PopulationTable,
}

impl AnnexTable {
    /// Builds a table; `label` of the [`PopulationTable`] is made from the year and source.
    pub fn new(
        year: u16,
        valid_from: NaiveDate,
        source: &str,
        origin: Origin,
        supersedes: bool,
        figures: &BTreeMap<String, u64>,
    ) -> Result<AnnexTable, ReferenceError> {
        let table = PopulationTable::new(
            format!("Annex III {year} ({source})"),
            figures.iter().map(|(k, v)| (k.as_str(), *v)),
        )?;
        Ok(AnnexTable {
            year,
            valid_from,
            source: source.to_string(),
            origin,
            supersedes,
            table,
        })
    }

    /// The figures by ISO alpha-2 code.
    pub fn figures(&self) -> BTreeMap<String, u64> {
        reference::member_states()
            .iter()
            .map(|s| {
                (
                    s.alpha2.clone(),
                    self.table.population(&s.alpha2).unwrap_or(0),
                )
            })
            .collect()
    }
}

/// What entente knows of one year of Annex III, whether or not its figures are shipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFacts {
    pub year: u16,
    /// The source of what is known; `None` when nothing is.
    pub source: Option<String>,
    /// Population of the Union as printed, if known.
    pub total: Option<u64>,
    /// The 65 % threshold as printed, if known.
    pub threshold_65_percent: Option<u64>,
    /// The published shares (hundredths of a per cent) by ISO alpha-2 code, if known.
    pub shares_hundredths: BTreeMap<String, u32>,
    /// The shipped table, when the year is complete.
    pub table: Option<AnnexTable>,
}

#[derive(Deserialize)]
struct RawAnnex {
    years: BTreeMap<String, RawYear>,
}

#[derive(Deserialize)]
struct RawYear {
    complete: bool,
    source: Option<String>,
    #[serde(default)]
    valid_from: Option<NaiveDate>,
    #[serde(default)]
    total: Option<u64>,
    #[serde(default)]
    threshold_65_percent: Option<u64>,
    #[serde(default)]
    figures: BTreeMap<String, u64>,
    #[serde(default)]
    shares_percent_rounded: BTreeMap<String, String>,
}

fn hundredths(text: &str) -> Option<u32> {
    let (whole, frac) = text.split_once('.')?;
    let frac: u32 = frac.parse().ok().filter(|_| frac.len() == 2)?;
    Some(whole.parse::<u32>().ok()? * 100 + frac)
}

static ANNEX: LazyLock<Vec<YearFacts>> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    let raw: RawAnnex = serde_json::from_str(ANNEX_III_JSON)
        .expect("data/annex-iii.json is compiled in and must parse (checked by tests)");
    raw.years
        .into_iter()
        .filter_map(|(k, y)| {
            let year = k.parse::<u16>().ok()?;
            let valid_from = y
                .valid_from
                .or_else(|| NaiveDate::from_ymd_opt(i32::from(year), 1, 1))?;
            let source = y.source.clone();
            let table = if y.complete {
                AnnexTable::new(
                    year,
                    valid_from,
                    source.as_deref().unwrap_or_default(),
                    Origin::Shipped,
                    false,
                    &y.figures,
                )
                .ok()
            } else {
                None
            };
            let shares_hundredths = y
                .shares_percent_rounded
                .iter()
                .filter_map(|(c, s)| {
                    let state = reference::member_state(c)?;
                    Some((state.alpha2.clone(), hundredths(s)?))
                })
                .collect();
            Some(YearFacts {
                year,
                source,
                total: y.total,
                threshold_65_percent: y.threshold_65_percent,
                shares_hundredths,
                table,
            })
        })
        .collect()
});

/// Every year `data/annex-iii.json` speaks of, oldest first.
pub fn years() -> &'static [YearFacts] {
    &ANNEX
}

/// What is known of `year`, if anything.
pub fn year(year: u16) -> Option<&'static YearFacts> {
    ANNEX.iter().find(|y| y.year == year)
}

/// The shipped complete tables, oldest first.
pub fn shipped() -> Vec<AnnexTable> {
    ANNEX.iter().filter_map(|y| y.table.clone()).collect()
}

/// The shipped table of `year`, if its figures are shipped.
pub fn shipped_table(year: u16) -> Option<AnnexTable> {
    self::year(year).and_then(|y| y.table.clone())
}

/// The 65 % threshold as the Council prints it: "at least 65 %", rounded up to a whole person.
pub fn threshold_65(total: u64) -> u64 {
    total.saturating_mul(65).div_ceil(100)
}

// ---- which table ------------------------------------------------------------------------------

/// Why the table chosen is or is not the one in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// The table of the vote's year, in force on the day of the vote.
    InForce,
    /// No table of the vote's year is available: the newest older one is used.
    Older,
    /// No table of the vote's year nor of any earlier year is available: the oldest newer one.
    Newer,
}

/// The table a vote uses and how it relates to the one in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableChoice {
    pub table: AnnexTable,
    /// The year whose table is in force at the time of the vote.
    pub year_in_force: u16,
    pub fit: Fit,
}

impl TableChoice {
    /// Whether the table used is the one in force.
    pub fn in_force(&self) -> bool {
        self.fit == Fit::InForce
    }

    /// One sentence for every outcome: which table was used and, when it is not the one in
    /// force, that it is not and how to load the right one.
    pub fn note(&self) -> String {
        table_note(
            self.table.year,
            self.year_in_force,
            self.in_force(),
            self.table.origin,
            &self.table.source,
        )
    }
}

/// The sentence of [`TableChoice::note`], from its parts (what an outcome records).
pub fn table_note(
    year_used: u16,
    year_in_force: u16,
    in_force: bool,
    origin: Origin,
    source: &str,
) -> String {
    let whose = match origin {
        Origin::Shipped => "shipped with entente",
        Origin::Imported => "loaded into this instance",
        Origin::Supplied => "supplied with the vote",
    };
    if in_force || origin == Origin::Supplied {
        return format!(
            "Population: the Annex III table of {year_used} ({whose}; {source}), in force at the time of the vote."
        );
    }
    let known = match year(year_in_force).and_then(|y| y.total) {
        Some(total) => format!(
            " (its Union total, {}, is known, but not its 27 figures)",
            group(u128::from(total))
        ),
        None => String::new(),
    };
    format!(
        "Population: the Annex III table of {year_used} ({whose}; {source}) was used, NOT the table in force at the time of the vote, which is that of {year_in_force}{known} and is not loaded. Load it with `entente reference population import FILE` (operator) or POST /api/v1/reference/population (administrator); votes of {year_in_force} then use it."
    )
}

/// The table in force at `date` (the time of the vote), from `shipped` and `imported` tables;
/// when that year's table is not among them, the nearest one: the newest of an earlier year,
/// else the oldest of a later year. `None` only when no table is given at all.
///
/// An imported table of a year replaces the shipped one (they are equal unless the import said
/// it supersedes it, see [`check_import`]); of several imports of a year, the last one given
/// wins. A table applies from its `valid_from` day.
pub fn choose_table(
    date: NaiveDate,
    shipped: &[AnnexTable],
    imported: &[AnnexTable],
) -> Option<TableChoice> {
    let mut by_year: BTreeMap<u16, &AnnexTable> = BTreeMap::new();
    for t in shipped.iter().chain(imported) {
        by_year.insert(t.year, t);
    }
    let year = u16::try_from(date.year()).unwrap_or(u16::MAX);
    let pick = |t: &AnnexTable, fit| {
        Some(TableChoice {
            table: t.clone(),
            year_in_force: year,
            fit,
        })
    };
    if let Some(t) = by_year.get(&year)
        && t.valid_from <= date
    {
        return pick(t, Fit::InForce);
    }
    if let Some((_, t)) = by_year.range(..year).next_back() {
        return pick(t, Fit::Older);
    }
    by_year
        .range(year..)
        .next()
        .and_then(|(_, t)| pick(t, Fit::Newer))
}

// ---- loading a table ---------------------------------------------------------------------------

/// `reference.population_imported`: an operator or administrator loaded an Annex III table,
/// checked by [`check_import`]. Votes whose time falls in `year` (from `valid_from`) use it from
/// then on. Marked TLP:CLEAR: Annex III is published in the Official Journal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationImported {
    pub year: u16,
    pub valid_from: NaiveDate,
    pub source: String,
    pub total: u64,
    /// ISO alpha-2 code to figure, the 27 Member States.
    pub figures: BTreeMap<String, u64>,
    /// Replaces the shipped (or an earlier loaded) table of the year with other figures.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supersedes: bool,
}

impl EventBody for PopulationImported {
    const TYPE: &'static str = "reference.population_imported";
    const VERSION: u32 = 1;
}

impl PopulationImported {
    /// The event of a checked table.
    pub fn of(t: &AnnexTable) -> PopulationImported {
        PopulationImported {
            year: t.year,
            valid_from: t.valid_from,
            source: t.source.clone(),
            total: t.table.total(),
            figures: t.figures(),
            supersedes: t.supersedes,
        }
    }

    /// The table the event loaded.
    pub fn table(&self) -> Result<AnnexTable, ReferenceError> {
        AnnexTable::new(
            self.year,
            self.valid_from,
            &self.source,
            Origin::Imported,
            self.supersedes,
            &self.figures,
        )
    }
}

/// A table as an operator or administrator gives it, before it is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableInput {
    pub year: u16,
    /// Defaults to 1 January of `year`.
    pub valid_from: Option<NaiveDate>,
    pub source: String,
    /// The Union total as printed in the Decision.
    pub total: u64,
    /// The 65 % threshold as printed, if given.
    pub threshold_65_percent: Option<u64>,
    /// Member State code (ISO or EU, EL for Greece) to figure.
    pub figures: Vec<(String, u64)>,
    /// Replaces a shipped or earlier loaded table of the same year with other figures.
    pub supersedes: bool,
}

/// Why a table cannot be loaded. Messages name the year or the state and say what to do;
/// codes are stable.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnnexError {
    #[error(
        "year: {year} is not a year of Annex III population tables; give the year the table applies to, {FIRST_YEAR} to {LAST_YEAR}"
    )]
    Year { year: u16 },
    #[error(
        "source: say where the figures come from (the Council Decision amending Annex III of its Rules of Procedure, with its OJ reference)"
    )]
    Source,
    #[error("valid_from: {date} is not in {year}; give the first day the table applies, in {year}")]
    ValidFrom { year: u16, date: NaiveDate },
    #[error(
        "figures: the table of {year} has no figures; give the 27 Member States' Annex III figures of {year}"
    )]
    NoFigures { year: u16 },
    #[error("figures.{code}: {source}")]
    Figure {
        code: String,
        #[source]
        source: ReferenceError,
    },
    #[error(
        "figures: the 27 figures of {year} sum to {sum}, not to the total {total}; check each state's figure against the Decision"
    )]
    Sum { year: u16, sum: u64, total: u64 },
    #[error(
        "threshold_65_percent: {given} is not 65 % of the total {total} rounded up ({expected}); copy both from the Decision"
    )]
    Threshold {
        given: u64,
        total: u64,
        expected: u64,
    },
    #[error(
        "total: the Union population of {year} is {known} ({document}), not {given}; this is not the {year} table"
    )]
    KnownTotal {
        year: u16,
        given: u64,
        known: u64,
        document: String,
    },
    #[error(
        "figures.{code}: {given} contradicts the {origin} {year} table ({known}; {document}); a table that replaces it must say \"supersedes\": true and give its source"
    )]
    Contradicts {
        year: u16,
        code: String,
        given: u64,
        known: u64,
        origin: &'static str,
        document: String,
    },
    #[error(
        "year: the {year} table with these figures is already {origin} ({document}); nothing to load"
    )]
    Same {
        year: u16,
        origin: &'static str,
        document: String,
    },
    #[error(
        "supersedes: there is no {year} table to supersede; leave \"supersedes\" out, or set it to false"
    )]
    NothingToSupersede { year: u16 },
}

impl AnnexError {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            AnnexError::Year { .. } => "annex.year",
            AnnexError::Source => "annex.source",
            AnnexError::ValidFrom { .. } => "annex.valid_from",
            AnnexError::NoFigures { .. } => "annex.no_figures",
            AnnexError::Figure { source, .. } => source.code(),
            AnnexError::Sum { .. } => "annex.sum",
            AnnexError::Threshold { .. } => "annex.threshold",
            AnnexError::KnownTotal { .. } => "annex.known_total",
            AnnexError::Contradicts { .. } => "annex.contradicts",
            AnnexError::Same { .. } => "annex.same",
            AnnexError::NothingToSupersede { .. } => "annex.nothing_to_supersede",
        }
    }

    /// Whether the table conflicts with what is known (rather than being malformed).
    pub fn is_conflict(&self) -> bool {
        matches!(
            self,
            AnnexError::Contradicts { .. }
                | AnnexError::Same { .. }
                | AnnexError::NothingToSupersede { .. }
        )
    }
}

/// Checks a table before it is loaded: a year of Annex III, a source, 27 Member States once each
/// with plausible figures summing exactly to the total, the threshold (if given) at 65 % of the
/// total rounded up, the total (and threshold) equal to those entente knows for that year, and
/// no contradiction of a `shipped` or `imported` table of the same year unless `supersedes`.
pub fn check_import(
    input: &TableInput,
    shipped: &[AnnexTable],
    imported: &[AnnexTable],
) -> Result<AnnexTable, AnnexError> {
    let year = input.year;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(AnnexError::Year { year });
    }
    let source = input.source.trim();
    if source.is_empty() {
        return Err(AnnexError::Source);
    }
    let jan1 = NaiveDate::from_ymd_opt(i32::from(year), 1, 1).ok_or(AnnexError::Year { year })?;
    let valid_from = input.valid_from.unwrap_or(jan1);
    if valid_from.year() != i32::from(year) {
        return Err(AnnexError::ValidFrom {
            year,
            date: valid_from,
        });
    }
    if input.figures.is_empty() {
        return Err(AnnexError::NoFigures { year });
    }
    // Each figure on its own first, so that the error names the state.
    let mut figures: BTreeMap<String, u64> = BTreeMap::new();
    for (code, n) in &input.figures {
        let state = reference::member_state(code).ok_or_else(|| AnnexError::Figure {
            code: code.chars().take(16).collect(),
            source: ReferenceError::UnknownMemberState {
                code: code.chars().take(16).collect(),
            },
        })?;
        if *n == 0 || *n > reference::MAX_STATE_POPULATION {
            return Err(AnnexError::Figure {
                code: code.clone(),
                source: ReferenceError::ImplausiblePopulation {
                    code: state.alpha2.clone(),
                    value: *n,
                },
            });
        }
        if figures.insert(state.alpha2.clone(), *n).is_some() {
            return Err(AnnexError::Figure {
                code: code.clone(),
                source: ReferenceError::DuplicatePopulation {
                    code: state.alpha2.clone(),
                },
            });
        }
    }
    let table = AnnexTable::new(year, valid_from, source, Origin::Imported, false, &figures)
        .map_err(|e| AnnexError::Figure {
            code: match &e {
                ReferenceError::MissingPopulation { code }
                | ReferenceError::DuplicatePopulation { code }
                | ReferenceError::ImplausiblePopulation { code, .. }
                | ReferenceError::UnknownMemberState { code } => code.clone(),
            },
            source: e,
        })?;
    let sum = table.table.total();
    if sum != input.total {
        return Err(AnnexError::Sum {
            year,
            sum,
            total: input.total,
        });
    }
    let expected = threshold_65(input.total);
    if let Some(given) = input.threshold_65_percent
        && given != expected
    {
        return Err(AnnexError::Threshold {
            given,
            total: input.total,
            expected,
        });
    }
    if let Some(facts) = self::year(year)
        && let Some(known) = facts.total
        && known != input.total
    {
        return Err(AnnexError::KnownTotal {
            year,
            given: input.total,
            known,
            document: facts.source.clone().unwrap_or_default(),
        });
    }
    // The table it would replace: the last import of the year, else the shipped one.
    let current = imported
        .iter()
        .rev()
        .chain(shipped.iter())
        .find(|t| t.year == year);
    match current {
        Some(c) => {
            let differing = reference::member_states()
                .iter()
                .find(|s| c.table.population(&s.alpha2) != table.table.population(&s.alpha2));
            match differing {
                None => Err(AnnexError::Same {
                    year,
                    origin: c.origin_word(),
                    document: c.source.clone(),
                }),
                Some(s) if !input.supersedes => Err(AnnexError::Contradicts {
                    year,
                    code: s.eu_code.clone(),
                    given: table.table.population(&s.alpha2).unwrap_or(0),
                    known: c.table.population(&s.alpha2).unwrap_or(0),
                    origin: c.origin_word(),
                    document: c.source.clone(),
                }),
                Some(_) => Ok(AnnexTable {
                    supersedes: true,
                    ..table
                }),
            }
        }
        None if input.supersedes => Err(AnnexError::NothingToSupersede { year }),
        None => Ok(table),
    }
}

impl AnnexTable {
    fn origin_word(&self) -> &'static str {
        match self.origin {
            Origin::Shipped => "shipped",
            Origin::Imported => "loaded",
            Origin::Supplied => "supplied",
        }
    }
}

/// `1234567` → `1,234,567`.
pub fn group(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests;
