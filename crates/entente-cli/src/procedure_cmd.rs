//! `entente procedure evaluate`: reads a positions file, applies one of the Council's decision
//! rules and prints the outcome as text or JSON: the rule and its article, the tally, the
//! thresholds, the Annex III table used (the one in force at the time of the vote, or the
//! nearest one, said so) and, for rules that weigh population, the margins and whether the
//! outcome holds under any ±2 % revision of the figures.
//!
//! The file formats and the evaluation are those of `POST /api/v1/procedures/evaluate`
//! ([`entente_server::wire::procedure`]): one parser for both.
//!
//! ```sh
//! entente procedure evaluate --rule qmv --positions votes.json [--at 2026-05-02T12:00:00Z | --year 2026]
//!     [--data DIR] [--population FILE] [--format text|json]
//! ```
//!
//! `--data DIR` adds the tables loaded into that data directory (read-only); `--population
//! FILE` supplies figures instead (`{"source": ..., "figures": {...}}`).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use chrono::{DateTime, Utc};
use entente_core::population::AnnexTable;
use entente_core::procedure::record::OutcomeRecord;
use entente_server::wire::procedure::{Evaluate, render_text};
use serde_json::Value;

/// `entente procedure ...`
#[derive(Debug, clap::Args)]
pub struct ProcedureArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: ProcedureCommand,
}

/// Subcommands of `entente procedure`.
#[derive(Debug, clap::Subcommand)]
pub enum ProcedureCommand {
    /// Evaluate a vote or a silence procedure under the Treaty rules.
    Evaluate(EvaluateArgs),
}

/// Which decision rule to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RuleArg {
    /// CFSP unanimity (Art. 31(1) TEU), with abstention and constructive abstention.
    Unanimity,
    /// Qualified majority (Art. 16(4) TEU; Art. 238(3)(a) TFEU if not all participate).
    Qmv,
    /// Reinforced qualified majority (Art. 238(2) TFEU; Art. 238(3)(b) TFEU).
    Rqmv,
    /// Simple majority of the component members (Art. 238(1) TFEU).
    Simple,
    /// Silence procedure (Council Rules of Procedure Art. 12(2)).
    Silence,
}

impl RuleArg {
    /// The rule's wire name.
    pub fn name(self) -> &'static str {
        match self {
            RuleArg::Unanimity => "unanimity",
            RuleArg::Qmv => "qmv",
            RuleArg::Rqmv => "rqmv",
            RuleArg::Simple => "simple",
            RuleArg::Silence => "silence",
        }
    }
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A short human-readable report.
    #[default]
    Text,
    /// One JSON object (the `outcome` of the API).
    Json,
}

/// `entente procedure evaluate --rule R --positions FILE [--at T | --year Y] [--data DIR] [--population FILE] [--format F]`
#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// The decision rule.
    #[arg(long, value_enum)]
    pub rule: RuleArg,
    /// JSON object mapping Member State codes to for | against | abstain | declared_abstain |
    /// not_participating; for silence, "deadline" and "objections".
    #[arg(long, value_name = "FILE")]
    pub positions: PathBuf,
    /// The year of the vote: its Annex III table is used (default: the year of --at, or today's).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<u16>,
    /// Population figures supplied instead of the Annex III table in force (JSON: {"source", "figures"}).
    #[arg(long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Also use the Annex III tables loaded into this data directory (read-only).
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// The time of the vote, RFC 3339 (default now; a silence procedure is judged at its deadline).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// Runs `entente procedure ...`, writing the report to `out`.
pub fn run(args: &ProcedureArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    match &args.command {
        ProcedureCommand::Evaluate(a) => evaluate_command(a, out),
    }
}

/// Runs `entente procedure evaluate`, writing the report to `out`.
pub fn evaluate_command(args: &EvaluateArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let positions_text = read(&args.positions, "--positions")?;
    let population_text = match &args.population {
        Some(path) => Some(read(path, "--population")?),
        None => None,
    };
    let imported = match &args.data {
        Some(dir) => entente_store::picture_store::ReadOnly::open(dir)
            .and_then(|s| s.imported_population_tables())
            .with_context(|| {
                format!(
                    "--data {}: reading the loaded Annex III tables",
                    dir.display()
                )
            })?,
        None => Vec::new(),
    };
    let report = evaluate_text(
        args.rule,
        &positions_text,
        population_text.as_deref(),
        args.year,
        args.at.as_deref(),
        Utc::now(),
        &imported,
    )?;
    match args.format {
        Format::Text => out.write_all(render_text(&report).as_bytes())?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &report)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn read(path: &Path, flag: &str) -> anyhow::Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("{flag} {}: cannot read the file", path.display()))
}

/// The whole command without IO: parses the positions (and population) JSON text, chooses the
/// Annex III table (the shipped ones and `imported`), evaluates. `today` is the time of the
/// vote when neither `at` nor `year` is given.
pub fn evaluate_text(
    rule: RuleArg,
    positions_json: &str,
    population_json: Option<&str>,
    year: Option<u16>,
    at: Option<&str>,
    today: DateTime<Utc>,
    imported: &[AnnexTable],
) -> anyhow::Result<OutcomeRecord> {
    let positions: Value = serde_json::from_str(positions_json).map_err(|e| {
        anyhow!("positions file: not valid JSON ({e}); expected an object such as {{\"DE\": \"for\", \"EL\": \"abstain\"}}")
    })?;
    let Value::Object(positions) = positions else {
        return Err(anyhow!(
            "positions file: expected a JSON object mapping Member State codes (e.g. \"DE\", \"EL\") to one of for, against, abstain, declared_abstain, not_participating"
        ));
    };
    let population = population_json
        .map(|t| {
            serde_json::from_str::<Value>(t)
                .map_err(|e| anyhow!("population file: not valid JSON ({e})"))
        })
        .transpose()?;
    Evaluate {
        rule: rule.name(),
        positions: &positions,
        population: population.as_ref(),
        year,
        at,
    }
    .run(today, imported)
    .map_err(|e| match e.field.as_str() {
        "at" => anyhow!("--at: {}", e.message),
        "year" => anyhow!("--year: {}", e.message),
        f if f.starts_with("population") => {
            anyhow!("population file, field \"{f}\": {}", e.message)
        }
        f => anyhow!("positions file, field \"{f}\": {}", e.message),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use entente_core::reference;
    use serde_json::Map;

    fn today() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap()
    }

    fn all(position: &str, except: &[(&str, &str)]) -> String {
        let mut m = Map::new();
        for s in reference::member_states() {
            let code = if s.alpha2 == "GR" {
                "EL"
            } else {
                s.alpha2.as_str()
            };
            let p = except
                .iter()
                .find(|(c, _)| *c == code)
                .map_or(position, |(_, p)| p);
            m.insert(code.to_string(), Value::String(p.to_string()));
        }
        Value::Object(m).to_string()
    }

    fn equal_population() -> String {
        let mut figures = Map::new();
        for s in reference::member_states() {
            figures.insert(s.alpha2.clone(), Value::from(1_000_000u64));
        }
        serde_json::json!({"source": "test figures", "figures": figures}).to_string()
    }

    fn eval(rule: RuleArg, positions: &str, at: Option<&str>) -> anyhow::Result<OutcomeRecord> {
        evaluate_text(rule, positions, None, None, at, today(), &[])
    }

    #[test]
    fn unanimity_with_abstention_in_text_and_json() {
        let positions = all("for", &[("HU", "abstain")]);
        let r = eval(RuleArg::Unanimity, &positions, None).unwrap();
        assert!(r.adopted);
        let text = render_text(&r);
        assert!(
            text.starts_with("unanimity: ADOPTED (Art. 31(1) TEU)"),
            "{text}"
        );
        assert!(text.contains("abstain            1 members"), "{text}");
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["adopted"], true);
        assert_eq!(json["rule"], "unanimity");
        assert_eq!(json["article"], "Art. 31(1) TEU");
        assert_eq!(json["tally"]["abstain"]["members"], 1);
        assert_eq!(json["tally"]["for"]["members"], 26);
        // Unanimity without declarations weighs no population: no table, no robustness.
        assert!(json.get("table").is_none() && json.get("robustness").is_none());
    }

    /// Issue 12: `--rule qmv` answers without `--population`, naming the table it used, saying
    /// that it is not the one in force (2026 has none shipped) and how robust the outcome is.
    #[test]
    fn qmv_needs_no_population_flag_and_names_its_table() {
        let positions = all(
            "for",
            &[
                ("DE", "against"),
                ("FR", "against"),
                ("IT", "against"),
                ("ES", "against"),
            ],
        );
        let r = eval(RuleArg::Qmv, &positions, None).unwrap();
        assert!(!r.adopted);
        let table = r.table.as_ref().unwrap();
        assert_eq!(
            (table.year, table.year_in_force, table.in_force),
            (2024, 2026, false)
        );
        let text = render_text(&r);
        for part in [
            "population        Annex III 2024 (Council Decision (EU, Euratom) 2023/2827",
            "NOT the table in force at the time of the vote, which is that of 2026",
            "entente reference population import FILE",
            "margin            population in favour: 190,336,507 of 292,807,614 people (-102,471,107, -22.75 points; Art. 16(4) TEU)",
            "robustness        holds under any ±2 % revision",
        ] {
            assert!(text.contains(part), "{part}\n{text}");
        }
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["year"], 2024);
        assert_eq!(json["table"]["in_force"], false);
        assert_eq!(json["robustness"]["holds"], true);
        assert_eq!(
            json["robustness"]["margins"][1]["threshold"],
            "population_in_favour"
        );
        // --year 2024 and --at in 2024: the table in force.
        let r = evaluate_text(
            RuleArg::Qmv,
            &positions,
            None,
            Some(2024),
            None,
            today(),
            &[],
        )
        .unwrap();
        assert!(r.table.unwrap().in_force);
        let r = eval(RuleArg::Qmv, &positions, Some("2021-06-01T12:00:00Z")).unwrap();
        assert_eq!(
            r.table.as_ref().map(|t| (t.year, t.in_force)),
            Some((2021, true))
        );
        assert!(!render_text(&r).contains("NOT the table in force"));
    }

    #[test]
    fn supplied_figures_are_used_and_named() {
        let pop = equal_population();
        let positions = all(
            "for",
            &[("DE", "against"), ("FR", "against"), ("IT", "against")],
        );
        let r = evaluate_text(
            RuleArg::Qmv,
            &positions,
            Some(&pop),
            None,
            None,
            today(),
            &[],
        )
        .unwrap();
        assert!(r.adopted);
        assert_eq!(r.population_source.as_deref(), Some("test figures"));
        assert_eq!(
            r.table.as_ref().map(|t| t.origin.as_str()),
            Some("supplied")
        );
        let text = render_text(&r);
        assert!(
            text.contains("24 members     24,000,000 people (88.88 %)"),
            "{text}"
        );
    }

    #[test]
    fn silence_defaults_to_the_deadline_and_honours_at() {
        let file = r#"{"deadline": "2026-05-02T12:00:00Z",
                       "objections": [{"party": "el", "at": "2026-05-02T13:00:00Z"}]}"#;
        let r = eval(RuleArg::Silence, file, None).unwrap();
        assert_eq!(r.status, "adopted", "{}", r.explanation);
        let r = eval(RuleArg::Silence, file, Some("2026-05-01T12:00:00Z")).unwrap();
        assert_eq!(r.status, "pending");
        let early = r#"{"deadline": "2026-05-02T12:00:00Z",
                        "objections": [{"party": "HU", "at": "2026-05-02T11:00:00+01:00"}]}"#;
        let r = eval(RuleArg::Silence, early, None).unwrap();
        assert_eq!(r.status, "not_adopted");
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["tally"]["objections"][0], "HU");
        assert!(render_text(&r).contains("objections        HU"));
    }

    #[test]
    fn errors_name_the_field_and_the_fix() {
        let cases: &[(RuleArg, &str, &str)] = &[
            (RuleArg::Unanimity, "[]", "expected a JSON object"),
            (
                RuleArg::Unanimity,
                "{\"XX\": \"for\"}",
                "field \"positions.XX\": not a Member State code",
            ),
            (
                RuleArg::Unanimity,
                "{\"DE\": 1}",
                "field \"positions.DE\": expected a string",
            ),
            (
                RuleArg::Unanimity,
                "{\"DE\": \"yes\"}",
                "\"yes\" is not a position",
            ),
            (
                RuleArg::Unanimity,
                "{\"DE\": \"for\"}",
                "no position for BE (Belgium)",
            ),
            (RuleArg::Unanimity, "{}", "no Member State positions"),
            (
                RuleArg::Silence,
                "{}",
                "field \"positions.deadline\": required for rule silence",
            ),
            (
                RuleArg::Silence,
                "{\"deadline\": \"tomorrow\"}",
                "field \"positions.deadline\": \"tomorrow\" is not an RFC 3339 time",
            ),
            (
                RuleArg::Silence,
                "{\"deadline\": \"2026-05-02T12:00:00Z\", \"objections\": [{\"party\": \"UK\", \"at\": \"2026-05-02T11:00:00Z\"}]}",
                "field \"positions.objections[0].party\": \"UK\" is not a Member State code",
            ),
            (
                RuleArg::Silence,
                "{\"deadline\": \"2026-05-02T12:00:00Z\", \"objections\": [{\"party\": \"HU\"}]}",
                "field \"positions.objections[0].at\": expected an RFC 3339 time",
            ),
        ];
        for (rule, input, expected) in cases {
            let err = eval(*rule, input, None).unwrap_err().to_string();
            assert!(err.contains(expected), "{input}: {err}");
        }
        let positions = all("for", &[]);
        let err = evaluate_text(
            RuleArg::Qmv,
            &positions,
            Some("{\"source\": \"x\", \"figures\": {\"DE\": 1}}"),
            None,
            None,
            today(),
            &[],
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("reference.missing_population"), "{err}");
        let err = evaluate_text(
            RuleArg::Qmv,
            &positions,
            Some("{\"source\": \"x\", \"figures\": {\"DE\": -1}}"),
            None,
            None,
            today(),
            &[],
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("population.figures.DE\": -1 is negative"),
            "{err}"
        );
        let err = eval(RuleArg::Simple, &positions, Some("soon"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("--at: \"soon\" is not an RFC 3339 time"),
            "{err}"
        );
        let err = evaluate_text(
            RuleArg::Qmv,
            &positions,
            None,
            Some(1990),
            None,
            today(),
            &[],
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("--year: 1990 is not a year of Annex III tables"),
            "{err}"
        );
    }
}
