//! An Annex III table to load, as `entente reference population import FILE` reads it from a
//! file, `POST /api/v1/reference/population` from its body and the admin page from its form:
//!
//! ```json
//! {
//!   "year": 2026,
//!   "source": "Council Decision (EU, Euratom) 2025/... amending the Council's Rules of Procedure, OJ L ...",
//!   "valid_from": "2026-01-01",
//!   "total": 451000000,
//!   "threshold_65_percent": 293150000,
//!   "figures": { "BE": 11800000, "BG": 6400000, "...": 0 },
//!   "supersedes": false
//! }
//! ```
//!
//! `valid_from` (default 1 January), `threshold_65_percent` and `supersedes` are optional.
//! The year entries of `data/annex-iii.json` have this shape too (with `complete`, `valid_to`,
//! `note`, `confirmed`, `why_unconfirmed` and `shares_percent_rounded`, which are ignored), so a year can be copied from it with its key as
//! `year`. The checks of the figures are the core's
//! ([`entente_core::population::check_import`]); this parser names the field of anything
//! that is not even a table.

use chrono::NaiveDate;
use entente_core::population::TableInput;
use serde_json::Value;

use super::procedure::{WireError, whole_figures};

/// Longest source text.
pub const MAX_SOURCE: usize = 2_000;

/// Parses a table document.
pub fn parse_table(text: &str) -> Result<TableInput, WireError> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        WireError::new(
            "table",
            format!("not valid JSON ({e}); expected an object {{\"year\", \"source\", \"total\", \"figures\"}}"),
        )
    })?;
    table_from(&v)
}

/// Parses a table document already read as JSON.
pub fn table_from(v: &Value) -> Result<TableInput, WireError> {
    let obj = v.as_object().ok_or_else(|| {
        WireError::new(
            "table",
            "expected an object {\"year\": 2026, \"source\": TEXT, \"total\": N, \"figures\": {\"BE\": N, ...}}",
        )
    })?;
    const KNOWN: [&str; 13] = [
        "year",
        "source",
        "valid_from",
        "total",
        "threshold_65_percent",
        "figures",
        "supersedes",
        "complete",
        "valid_to",
        "note",
        "confirmed",
        "why_unconfirmed",
        "shares_percent_rounded",
    ];
    if let Some(k) = obj.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(WireError::new(
            k.chars().take(32).collect::<String>(),
            format!(
                "not a field of a table; the fields are {}",
                KNOWN[..7].join(", ")
            ),
        ));
    }
    let year = match obj.get("year") {
        Some(Value::Number(n)) => n
            .as_u64()
            .and_then(|y| u16::try_from(y).ok())
            .ok_or_else(|| WireError::new("year", format!("{n} is not a year such as 2026")))?,
        Some(Value::String(s)) => s
            .trim()
            .parse::<u16>()
            .map_err(|_| WireError::new("year", format!("{s:?} is not a year such as 2026")))?,
        _ => {
            return Err(WireError::new(
                "year",
                "required: the year the table applies to, such as 2026",
            ));
        }
    };
    let source = match obj.get("source") {
        Some(Value::String(s)) if !s.trim().is_empty() => {
            if s.chars().count() > MAX_SOURCE {
                return Err(WireError::new(
                    "source",
                    format!("at most {MAX_SOURCE} characters"),
                ));
            }
            s.trim().to_string()
        }
        _ => {
            return Err(WireError::new(
                "source",
                "required: the Council Decision amending Annex III of its Rules of Procedure, with its OJ reference",
            ));
        }
    };
    let valid_from = match obj.get("valid_from") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(
            |_| {
                WireError::new(
                    "valid_from",
                    format!("{s:?} is not a date such as \"{year}-01-01\""),
                )
            },
        )?),
        Some(_) => {
            return Err(WireError::new(
                "valid_from",
                format!("a date such as \"{year}-01-01\""),
            ));
        }
    };
    let whole = |field: &str| -> Result<Option<u64>, WireError> {
        match obj.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n.as_u64().map(Some).ok_or_else(|| {
                WireError::new(
                    field,
                    format!("{n} is not a whole positive number of persons"),
                )
            }),
            Some(_) => Err(WireError::new(field, "a whole number of persons")),
        }
    };
    let total = whole("total")?.ok_or_else(|| {
        WireError::new(
            "total",
            format!("required: the population of the Union printed in the Annex III of {year}; the 27 figures must sum to it"),
        )
    })?;
    let threshold_65_percent = whole("threshold_65_percent")?;
    let figures = match obj.get("figures") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Object(m)) => whole_figures("figures", m)?,
        Some(_) => {
            return Err(WireError::new(
                "figures",
                "an object mapping the 27 Member State codes to their figures",
            ));
        }
    };
    let supersedes = match obj.get("supersedes") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(WireError::new("supersedes", "true or false")),
    };
    Ok(TableInput {
        year,
        valid_from,
        source,
        total,
        threshold_65_percent,
        figures,
        supersedes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(figures: &str) -> String {
        format!(r#"{{"year": 2026, "source": "Decision", "total": 100, "figures": {figures}}}"#)
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            ("[]", "table: expected an object"),
            ("{", "table: not valid JSON"),
            (r#"{"source": "x", "total": 1}"#, "year: required"),
            (
                r#"{"year": "twenty", "source": "x", "total": 1}"#,
                "year: \"twenty\"",
            ),
            (r#"{"year": 2026, "total": 1}"#, "source: required"),
            (r#"{"year": 2026, "source": "x"}"#, "total: required"),
            (
                r#"{"year": 2026, "source": "x", "total": -4}"#,
                "total: -4 is not",
            ),
            (&doc(r#"{"DE": -5}"#), "figures.DE: -5 is negative"),
            (
                &doc(r#"{"DE": 1.5}"#),
                "figures.DE: 1.5 is not a whole number",
            ),
            (
                &doc(r#"{"DE": "many"}"#),
                "figures.DE: expected a whole number",
            ),
            (
                r#"{"year": 2026, "source": "x", "total": 1, "populations": {}}"#,
                "populations: not a field",
            ),
            (
                r#"{"year": 2026, "source": "x", "total": 1, "valid_from": "1 Jan"}"#,
                "valid_from:",
            ),
            (
                r#"{"year": 2026, "source": "x", "total": 1, "supersedes": "yes"}"#,
                "supersedes: true or false",
            ),
        ];
        for (input, expected) in cases {
            let e = parse_table(input).unwrap_err().to_string();
            assert!(e.starts_with(expected), "{input}: {e}");
        }
        let t = parse_table(&doc(r#"{"DE": 60, "EL": 40}"#)).unwrap();
        assert_eq!(
            (t.year, t.total, t.figures.len(), t.supersedes),
            (2026, 100, 2, false)
        );
    }

    #[test]
    fn a_year_of_the_shipped_file_reads_as_a_table() {
        let annex: Value =
            serde_json::from_str(include_str!("../../../../data/annex-iii.json")).unwrap();
        let mut y = annex["years"]["2024"].clone();
        y["year"] = Value::from(2024);
        let t = table_from(&y).unwrap();
        assert_eq!((t.year, t.total, t.figures.len()), (2024, 450_473_252, 27));
        // 2026 has no table at all: the core refuses it, naming the year.
        let mut y = annex["years"]["2026"].clone();
        y["year"] = Value::from(2026);
        assert!(
            table_from(&y)
                .unwrap_err()
                .to_string()
                .starts_with("source: required")
        );
    }
}
