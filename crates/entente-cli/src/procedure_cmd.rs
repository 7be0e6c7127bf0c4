//! `entente procedure evaluate`: reads a positions file, applies one of the Council's decision
//! rules with [`entente_core::procedure::evaluate`] and prints the outcome as text or JSON.
//!
//! This file is the edge: it owns the wire formats (the positions file, the population file and
//! the JSON output) and turns them into core values, with errors that name the field and the fix.
//!
//! Positions file (JSON object; keys are Member State codes, GR or EL for Greece):
//!
//! ```json
//! { "DE": "for", "FR": "against", "EL": "abstain", "HU": "declared_abstain", "DK": "not_participating", "...": "..." }
//! ```
//!
//! For `--rule silence` the object instead (or also) holds the deadline and the objections:
//!
//! ```json
//! { "deadline": "2026-05-02T12:00:00Z", "objections": [ { "party": "HU", "at": "2026-05-02T09:30:00Z" } ] }
//! ```
//!
//! Population file for `--population FILE` (the Annex III figures, all 27 states):
//!
//! ```json
//! { "source": "Annex III 2026, OJ L ...", "figures": { "DE": 83445000, "FR": 68401997, "...": 0 } }
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use chrono::{DateTime, Datelike, Utc};
use entente_core::procedure::{self, Count, Outcome, Position, Positions, Rule, Status};
use entente_core::reference::{self, PopulationTable};
use serde::Serialize;
use serde_json::{Map, Value};

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

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A short human-readable report.
    #[default]
    Text,
    /// One JSON object.
    Json,
}

/// `entente procedure evaluate --rule R --positions FILE [--year Y] [--population FILE] [--at T] [--format F]`
#[derive(Debug, clap::Args)]
pub struct EvaluateArgs {
    /// The decision rule.
    #[arg(long, value_enum)]
    pub rule: RuleArg,
    /// JSON object mapping Member State codes to for | against | abstain | declared_abstain |
    /// not_participating; for silence, "deadline" and "objections".
    #[arg(long, value_name = "FILE")]
    pub positions: PathBuf,
    /// Year of the Annex III population figures (default: the year of --at, or of today).
    #[arg(long, value_name = "YYYY")]
    pub year: Option<u16>,
    /// Annex III population figures to use instead of the shipped ones (JSON: {"source", "figures"}).
    #[arg(long, value_name = "FILE")]
    pub population: Option<PathBuf>,
    /// Time at which to judge a silence procedure, RFC 3339 (default: the deadline).
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
    let report = evaluate_text(
        args.rule,
        &positions_text,
        population_text.as_deref(),
        args.year,
        args.at.as_deref(),
        Utc::now(),
    )?;
    match args.format {
        Format::Text => out.write_all(render_text(&report).as_bytes())?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &WireOutcome::from(&report))?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

fn read(path: &Path, flag: &str) -> anyhow::Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("{flag} {}: cannot read the file", path.display()))
}

/// An outcome together with the population figures it used.
#[derive(Debug, Clone)]
pub struct Report {
    /// The core outcome.
    pub outcome: Outcome,
    /// The Annex III year, for the majority rules.
    pub year: u16,
    /// Where the population figures came from, if any were used.
    pub population_source: Option<String>,
}

/// The whole command without IO: parses the positions (and population) JSON text, picks the
/// population table, evaluates. `today` is used only to default the year.
pub fn evaluate_text(
    rule: RuleArg,
    positions_json: &str,
    population_json: Option<&str>,
    year: Option<u16>,
    at: Option<&str>,
    today: DateTime<Utc>,
) -> anyhow::Result<Report> {
    let input = parse_positions(positions_json, rule == RuleArg::Silence)?;
    let at = at.map(|s| parse_time(s, "--at")).transpose()?;
    let core_rule = match rule {
        RuleArg::Unanimity => Rule::Unanimity,
        RuleArg::Qmv => Rule::QualifiedMajority,
        RuleArg::Rqmv => Rule::ReinforcedQualifiedMajority,
        RuleArg::Simple => Rule::SimpleMajority,
        RuleArg::Silence => Rule::Silence {
            deadline: input.deadline.ok_or_else(|| {
                anyhow!(
                    "positions file, field \"deadline\": required for --rule silence; give an RFC 3339 time such as \"2026-05-02T12:00:00Z\""
                )
            })?,
        },
    };
    let now = at.or(input.deadline).unwrap_or(today);
    let year = match year {
        Some(y) => y,
        None => u16::try_from(at.unwrap_or(today).year())
            .map_err(|_| anyhow!("--at: the year is out of range; give --year YYYY"))?,
    };
    let table = match population_json {
        Some(text) => Some(parse_population(text)?),
        None => reference::population_table(year),
    };
    let outcome =
        procedure::evaluate(core_rule, &input.positions, table.as_ref(), now).map_err(|e| {
            let hint = match (&e, population_json) {
                (procedure::ProcedureError::PopulationRequired { .. }, None) => {
                    population_hint(year)
                }
                _ => String::new(),
            };
            anyhow!("[{}] {e}{hint}", e.code())
        })?;
    let uses_population = outcome.tally.participating.population.is_some();
    Ok(Report {
        outcome,
        year,
        population_source: table
            .filter(|_| uses_population)
            .map(|t| t.label().to_string()),
    })
}

fn population_hint(year: u16) -> String {
    let facts = reference::population_year_facts()
        .iter()
        .find(|f| f.year == year);
    match facts {
        Some(f) => format!(
            ". The per-state Annex III figures for {year} are not shipped with entente (only the Union total, {}, is confirmed): pass them with --population FILE",
            group(u128::from(f.eu_total))
        ),
        None => {
            format!(
                ". No Annex III figures for {year} are shipped with entente: pass them with --population FILE, or choose another --year"
            )
        }
    }
}

/// The positions file, parsed.
#[derive(Debug, Clone)]
struct PositionsInput {
    positions: Positions,
    deadline: Option<DateTime<Utc>>,
}

const POSITION_NAMES: &str = "for, against, abstain, declared_abstain, not_participating";

fn parse_positions(text: &str, silence: bool) -> anyhow::Result<PositionsInput> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        anyhow!("positions file: not valid JSON ({e}); expected an object such as {{\"DE\": \"for\", \"EL\": \"abstain\"}}")
    })?;
    let Value::Object(map) = value else {
        bail!(
            "positions file: expected a JSON object mapping Member State codes (e.g. \"DE\", \"EL\") to one of {POSITION_NAMES}"
        );
    };
    let mut positions = Positions::new();
    let mut deadline = None;
    for (key, value) in &map {
        match key.as_str() {
            "deadline" => deadline = Some(parse_time_value(value, "deadline")?),
            "objections" => parse_objections(value, &mut positions)?,
            code => {
                if reference::member_state(code).is_none() {
                    bail!(
                        "positions file, field {code:?}: not a Member State code; use ISO 3166-1 alpha-2 (GR or EL for Greece){}",
                        if silence {
                            ", or \"deadline\" / \"objections\""
                        } else {
                            ""
                        }
                    );
                }
                let name = value.as_str().ok_or_else(|| {
                    anyhow!(
                        "positions file, field {code:?}: expected a string, one of {POSITION_NAMES}"
                    )
                })?;
                let position = Position::parse(name).ok_or_else(|| {
                    anyhow!("positions file, field {code:?}: {name:?} is not a position; use one of {POSITION_NAMES}")
                })?;
                positions.set(code, position);
            }
        }
    }
    if !silence && map.keys().all(|k| k == "deadline" || k == "objections") {
        bail!(
            "positions file: no Member State positions; give all 27, e.g. {{\"BE\": \"for\", \"BG\": \"against\", ...}}"
        );
    }
    Ok(PositionsInput {
        positions,
        deadline,
    })
}

fn parse_objections(value: &Value, positions: &mut Positions) -> anyhow::Result<()> {
    let Value::Array(items) = value else {
        bail!(
            "positions file, field \"objections\": expected an array such as [{{\"party\": \"HU\", \"at\": \"2026-05-02T09:30:00Z\"}}]"
        );
    };
    for (i, item) in items.iter().enumerate() {
        let field = format!("objections[{i}]");
        let obj: &Map<String, Value> = item.as_object().ok_or_else(|| {
            anyhow!("positions file, field \"{field}\": expected an object {{\"party\": CODE, \"at\": TIME}}")
        })?;
        let party = obj.get("party").and_then(Value::as_str).ok_or_else(|| {
            anyhow!("positions file, field \"{field}.party\": expected a Member State code string such as \"HU\"")
        })?;
        if reference::member_state(party).is_none() {
            bail!(
                "positions file, field \"{field}.party\": {party:?} is not a Member State code; use ISO 3166-1 alpha-2 (GR or EL for Greece)"
            );
        }
        let at = parse_time_value(
            obj.get("at").unwrap_or(&Value::Null),
            &format!("{field}.at"),
        )?;
        positions.object(party, at);
    }
    Ok(())
}

fn parse_time_value(value: &Value, field: &str) -> anyhow::Result<DateTime<Utc>> {
    let text = value.as_str().ok_or_else(|| {
        anyhow!("positions file, field \"{field}\": expected an RFC 3339 time string such as \"2026-05-02T12:00:00Z\"")
    })?;
    parse_time(text, &format!("positions file, field \"{field}\""))
}

fn parse_time(text: &str, field: &str) -> anyhow::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            anyhow!("{field}: {text:?} is not an RFC 3339 time ({e}); write e.g. \"2026-05-02T12:00:00Z\"")
        })
}

fn parse_population(text: &str) -> anyhow::Result<PopulationTable> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| anyhow!("population file: not valid JSON ({e})"))?;
    let obj = value.as_object().ok_or_else(|| {
        anyhow!("population file: expected an object {{\"source\": TEXT, \"figures\": {{\"DE\": 83445000, ...}}}}")
    })?;
    let source = obj
        .get("source")
        .and_then(Value::as_str)
        .ok_or_else(|| {
            anyhow!("population file, field \"source\": required; say where the figures come from (e.g. the Council Decision amending Annex III)")
        })?;
    let figures = obj.get("figures").and_then(Value::as_object).ok_or_else(|| {
        anyhow!("population file, field \"figures\": expected an object mapping the 27 Member State codes to whole numbers")
    })?;
    let mut pairs = Vec::with_capacity(figures.len());
    for (code, n) in figures {
        let n = n.as_u64().ok_or_else(|| {
            anyhow!("population file, field \"figures.{code}\": expected a whole non-negative number of people")
        })?;
        pairs.push((code.as_str(), n));
    }
    PopulationTable::new(source, pairs)
        .map_err(|e| anyhow!("population file, field \"figures\": [{}] {e}", e.code()))
}

// ---- output ----------------------------------------------------------------------------------

/// The JSON output: a compatibility promise, kept at this edge.
#[derive(Debug, Serialize)]
pub struct WireOutcome {
    /// `unanimity`, `qmv`, `rqmv`, `simple`, `silence`.
    pub rule: &'static str,
    /// `adopted`, `not_adopted`, `pending`.
    pub status: &'static str,
    /// Whether the act is adopted.
    pub adopted: bool,
    /// The article that decided.
    pub article: &'static str,
    /// One sentence saying why.
    pub explanation: String,
    /// Annex III year used.
    pub year: u16,
    /// Where the population figures came from.
    pub population_source: Option<String>,
    /// Who stood where.
    pub tally: WireTally,
    /// The thresholds applied.
    pub thresholds: WireThresholds,
}

/// Members and population.
#[derive(Debug, Serialize)]
pub struct WireCount {
    /// Number of Member States.
    pub members: u32,
    /// Their population, when figures were used.
    pub population: Option<u64>,
}

/// The tally.
#[derive(Debug, Serialize)]
pub struct WireTally {
    /// In favour.
    #[serde(rename = "for")]
    pub for_: WireCount,
    /// Against.
    pub against: WireCount,
    /// Abstaining.
    pub abstain: WireCount,
    /// Abstaining with a formal declaration.
    pub declared_abstain: WireCount,
    /// Not participating.
    pub not_participating: WireCount,
    /// Participating.
    pub participating: WireCount,
    /// Members who objected in time (silence procedure).
    pub objections: Vec<String>,
}

/// The thresholds.
#[derive(Debug, Serialize)]
pub struct WireThresholds {
    /// Minimum members in favour.
    pub members_required: Option<u32>,
    /// Minimum population in favour.
    pub population_required: Option<u64>,
    /// Minimum size of a blocking minority.
    pub blocking_minority_members: Option<u32>,
    /// Declared abstainers that (with the population) stop the act.
    pub constructive_abstention_members: Option<u32>,
    /// Population of declared abstainers that (with the members) stops the act.
    pub constructive_abstention_population: Option<u64>,
    /// Silence deadline, RFC 3339.
    pub deadline: Option<String>,
}

fn wire_count(c: &Count) -> WireCount {
    WireCount {
        members: c.members,
        population: c.population,
    }
}

impl From<&Report> for WireOutcome {
    fn from(r: &Report) -> Self {
        let o = &r.outcome;
        let t = &o.tally;
        let th = &o.thresholds;
        WireOutcome {
            rule: o.rule.name(),
            status: o.status.name(),
            adopted: o.adopted,
            article: o.article,
            explanation: o.explanation.clone(),
            year: r.year,
            population_source: r.population_source.clone(),
            tally: WireTally {
                for_: wire_count(&t.for_),
                against: wire_count(&t.against),
                abstain: wire_count(&t.abstain),
                declared_abstain: wire_count(&t.declared_abstain),
                not_participating: wire_count(&t.not_participating),
                participating: wire_count(&t.participating),
                objections: t.objections.clone(),
            },
            thresholds: WireThresholds {
                members_required: th.members_required,
                population_required: th.population_required,
                blocking_minority_members: th.blocking_minority_members,
                constructive_abstention_members: th.constructive_abstention_members,
                constructive_abstention_population: th.constructive_abstention_population,
                deadline: th.deadline.map(|d| d.to_rfc3339()),
            },
        }
    }
}

/// `1234567` → `1,234,567`.
fn group(n: u128) -> String {
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

/// The text report.
pub fn render_text(r: &Report) -> String {
    let o = &r.outcome;
    let verdict = match o.status {
        Status::Adopted => "ADOPTED",
        Status::NotAdopted => "NOT ADOPTED",
        Status::Pending => "PENDING",
    };
    let mut s = format!(
        "{}: {verdict} ({})\n{}\n",
        o.rule.name(),
        o.article,
        o.explanation
    );
    if let Rule::Silence { deadline } = o.rule {
        s.push_str(&format!("  deadline          {}\n", deadline.to_rfc3339()));
        let objections = if o.tally.objections.is_empty() {
            "none".to_string()
        } else {
            o.tally.objections.join(", ")
        };
        s.push_str(&format!("  objections        {objections}\n"));
        return s;
    }
    let total = o.tally.participating.population;
    let line = |label: &str, c: &Count| -> String {
        let people = match (c.population, total) {
            (Some(p), Some(t)) if t > 0 => {
                let hundredths = u128::from(p) * 10_000 / u128::from(t);
                format!(
                    "  {:>13} people ({}.{:02} %)",
                    group(u128::from(p)),
                    hundredths / 100,
                    hundredths % 100
                )
            }
            _ => String::new(),
        };
        format!("  {label:<17} {:>2} members{people}\n", c.members)
    };
    let t = &o.tally;
    s.push_str(&line("for", &t.for_));
    s.push_str(&line("against", &t.against));
    s.push_str(&line("abstain", &t.abstain));
    s.push_str(&line("declared abstain", &t.declared_abstain));
    s.push_str(&line("not participating", &t.not_participating));
    let th = &o.thresholds;
    let mut needs = Vec::new();
    if let Some(m) = th.members_required {
        needs.push(format!("{m} members in favour"));
    }
    if let Some(p) = th.population_required {
        needs.push(format!("{} people in favour", group(u128::from(p))));
    }
    if let Some(b) = th.blocking_minority_members {
        needs.push(format!("blocking minority of at least {b} members"));
    }
    if let (Some(m), Some(p)) = (
        th.constructive_abstention_members,
        th.constructive_abstention_population,
    ) {
        needs.push(format!(
            "declared abstentions stop the act from {m} members with at least {} people",
            group(u128::from(p))
        ));
    }
    if !needs.is_empty() {
        s.push_str(&format!("  thresholds        {}\n", needs.join("; ")));
    }
    if let Some(src) = &r.population_source {
        s.push_str(&format!("  population        {src}\n"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

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

    #[test]
    fn unanimity_with_abstention_in_text_and_json() {
        let positions = all("for", &[("HU", "abstain")]);
        let r = evaluate_text(RuleArg::Unanimity, &positions, None, None, None, today()).unwrap();
        assert!(r.outcome.adopted);
        let text = render_text(&r);
        assert!(
            text.starts_with("unanimity: ADOPTED (Art. 31(1) TEU)"),
            "{text}"
        );
        assert!(text.contains("abstain            1 members"), "{text}");
        let json = serde_json::to_value(WireOutcome::from(&r)).unwrap();
        assert_eq!(json["adopted"], true);
        assert_eq!(json["rule"], "unanimity");
        assert_eq!(json["article"], "Art. 31(1) TEU");
        assert_eq!(json["tally"]["abstain"]["members"], 1);
        assert_eq!(json["tally"]["for"]["members"], 26);
    }

    #[test]
    fn qmv_needs_population_figures_and_says_how_to_give_them() {
        let positions = all("for", &[]);
        let err = evaluate_text(RuleArg::Qmv, &positions, None, Some(2025), None, today())
            .unwrap_err()
            .to_string();
        assert!(err.contains("procedure.population_required"), "{err}");
        assert!(err.contains("--population FILE"), "{err}");
        assert!(err.contains("451,028,881"), "{err}");
        let pop = equal_population();
        let positions = all(
            "for",
            &[("DE", "against"), ("FR", "against"), ("IT", "against")],
        );
        let r = evaluate_text(RuleArg::Qmv, &positions, Some(&pop), None, None, today()).unwrap();
        assert!(r.outcome.adopted);
        assert_eq!(r.population_source.as_deref(), Some("test figures"));
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
        let r = evaluate_text(RuleArg::Silence, file, None, None, None, today()).unwrap();
        assert_eq!(
            r.outcome.status,
            Status::Adopted,
            "{}",
            r.outcome.explanation
        );
        let r = evaluate_text(
            RuleArg::Silence,
            file,
            None,
            None,
            Some("2026-05-01T12:00:00Z"),
            today(),
        )
        .unwrap();
        assert_eq!(r.outcome.status, Status::Pending);
        let early = r#"{"deadline": "2026-05-02T12:00:00Z",
                        "objections": [{"party": "HU", "at": "2026-05-02T11:00:00+01:00"}]}"#;
        let r = evaluate_text(RuleArg::Silence, early, None, None, None, today()).unwrap();
        assert_eq!(r.outcome.status, Status::NotAdopted);
        let json = serde_json::to_value(WireOutcome::from(&r)).unwrap();
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
                "field \"XX\": not a Member State code",
            ),
            (
                RuleArg::Unanimity,
                "{\"DE\": 1}",
                "field \"DE\": expected a string",
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
                "field \"deadline\": required for --rule silence",
            ),
            (
                RuleArg::Silence,
                "{\"deadline\": \"tomorrow\"}",
                "field \"deadline\": \"tomorrow\" is not an RFC 3339 time",
            ),
            (
                RuleArg::Silence,
                "{\"deadline\": \"2026-05-02T12:00:00Z\", \"objections\": [{\"party\": \"UK\", \"at\": \"2026-05-02T11:00:00Z\"}]}",
                "field \"objections[0].party\": \"UK\" is not a Member State code",
            ),
            (
                RuleArg::Silence,
                "{\"deadline\": \"2026-05-02T12:00:00Z\", \"objections\": [{\"party\": \"HU\"}]}",
                "field \"objections[0].at\": expected an RFC 3339 time",
            ),
        ];
        for (rule, input, expected) in cases {
            let err = evaluate_text(*rule, input, None, None, None, today())
                .unwrap_err()
                .to_string();
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
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("reference.missing_population"), "{err}");
        let err = evaluate_text(
            RuleArg::Simple,
            &positions,
            None,
            None,
            Some("soon"),
            today(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("--at: \"soon\" is not an RFC 3339 time"),
            "{err}"
        );
    }
}
