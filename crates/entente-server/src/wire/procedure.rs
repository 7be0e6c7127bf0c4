//! The positions of a vote, its population figures and its outcome, as `entente procedure
//! evaluate` reads them from files and `POST /api/v1/procedures/evaluate` from its body: one
//! parser, one evaluation, one outcome document ([`OutcomeRecord`], the `outcome` of a
//! procedure on the API), one text rendering.
//!
//! Positions (a JSON object; keys are Member State codes, GR or EL for Greece):
//!
//! ```json
//! { "DE": "for", "FR": "against", "EL": "abstain", "HU": "declared_abstain", "DK": "not_participating", "...": "..." }
//! ```
//!
//! For the silence procedure the object instead (or also) holds the deadline and the objections:
//!
//! ```json
//! { "deadline": "2026-05-02T12:00:00Z", "objections": [ { "party": "HU", "at": "2026-05-02T09:30:00Z" } ] }
//! ```
//!
//! Population figures supplied with the vote (instead of the Annex III table in force):
//!
//! ```json
//! { "source": "Annex III 2026, OJ L ...", "figures": { "DE": 83445000, "FR": 68401997, "...": 0 } }
//! ```

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use entente_core::population::{self, AnnexTable};
use entente_core::procedure::record::{OutcomeRecord, evaluate_recorded};
use entente_core::procedure::{Position, Positions, Rule};
use entente_core::reference::{self, PopulationTable};
use serde_json::{Map, Value};

/// A field of a document that does not fit: names it and says what was expected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct WireError {
    /// The field, as a path (`positions.DE`, `population.figures.FR`, `at`).
    pub field: String,
    pub message: String,
}

impl WireError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        WireError {
            field: field.into(),
            message: message.into(),
        }
    }
}

const POSITION_NAMES: &str = "for, against, abstain, declared_abstain, not_participating";
const RULE_NAMES: &str = "unanimity, qmv, rqmv, simple, silence";

/// The positions of a vote, parsed.
#[derive(Debug, Clone)]
pub struct PositionsIn {
    pub positions: Positions,
    /// The deadline of a silence procedure.
    pub deadline: Option<DateTime<Utc>>,
}

/// Parses a time; `field` names it in the error.
pub fn parse_time(field: &str, text: &str) -> Result<DateTime<Utc>, WireError> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            WireError::new(
                field,
                format!(
                    "{:?} is not an RFC 3339 time ({e}); write e.g. \"2026-05-02T12:00:00Z\"",
                    text.chars().take(64).collect::<String>()
                ),
            )
        })
}

fn time_value(field: &str, v: Option<&Value>) -> Result<DateTime<Utc>, WireError> {
    match v.and_then(Value::as_str) {
        Some(t) => parse_time(field, t),
        None => Err(WireError::new(
            field,
            "expected an RFC 3339 time string such as \"2026-05-02T12:00:00Z\"",
        )),
    }
}

/// Parses the positions object (`silence`: the rule is the silence procedure, whose document
/// may hold only a deadline and objections).
pub fn parse_positions(map: &Map<String, Value>, silence: bool) -> Result<PositionsIn, WireError> {
    let mut positions = Positions::new();
    let mut deadline = None;
    for (key, value) in map {
        match key.as_str() {
            "deadline" => deadline = Some(time_value("positions.deadline", Some(value))?),
            "objections" => {
                let items = value.as_array().ok_or_else(|| {
                    WireError::new(
                        "positions.objections",
                        "expected an array such as [{\"party\": \"HU\", \"at\": \"2026-05-02T09:30:00Z\"}]",
                    )
                })?;
                for (i, item) in items.iter().enumerate() {
                    let field = format!("positions.objections[{i}]");
                    let party = item
                        .get("party")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    if reference::member_state(party).is_none() {
                        return Err(WireError::new(
                            format!("{field}.party"),
                            format!(
                                "{:?} is not a Member State code; use ISO 3166-1 alpha-2 (GR or EL for Greece)",
                                party.chars().take(16).collect::<String>()
                            ),
                        ));
                    }
                    let at = time_value(&format!("{field}.at"), item.get("at"))?;
                    positions.object(party, at);
                }
            }
            code => {
                let field = format!("positions.{}", code.chars().take(16).collect::<String>());
                if reference::member_state(code).is_none() {
                    return Err(WireError::new(
                        field,
                        format!(
                            "not a Member State code; use ISO 3166-1 alpha-2 (GR or EL for Greece){}",
                            if silence {
                                ", or \"deadline\" / \"objections\""
                            } else {
                                ""
                            }
                        ),
                    ));
                }
                let name = value.as_str().ok_or_else(|| {
                    WireError::new(
                        &field,
                        format!("expected a string, one of {POSITION_NAMES}"),
                    )
                })?;
                let p = Position::parse(name).ok_or_else(|| {
                    WireError::new(
                        &field,
                        format!(
                            "{:?} is not a position; use one of {POSITION_NAMES}",
                            name.chars().take(32).collect::<String>()
                        ),
                    )
                })?;
                positions.set(code, p);
            }
        }
    }
    if !silence && map.keys().all(|k| k == "deadline" || k == "objections") {
        return Err(WireError::new(
            "positions",
            "no Member State positions; give all 27, e.g. {\"BE\": \"for\", \"BG\": \"against\", ...}",
        ));
    }
    Ok(PositionsIn {
        positions,
        deadline,
    })
}

/// Parses population figures supplied with a vote: `{"source": TEXT, "figures": {CODE: N}}`.
pub fn parse_population(v: &Value) -> Result<(PopulationTable, String), WireError> {
    let obj = v.as_object().ok_or_else(|| {
        WireError::new(
            "population",
            "expected an object {\"source\": TEXT, \"figures\": {\"DE\": 83445000, ...}}",
        )
    })?;
    let source = obj
        .get("source")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            WireError::new(
                "population.source",
                "required; say where the figures come from (the Council Decision amending Annex III)",
            )
        })?;
    let figures = obj
        .get("figures")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            WireError::new(
                "population.figures",
                "expected an object mapping the 27 Member State codes to whole numbers",
            )
        })?;
    let pairs = whole_figures("population.figures", figures)?;
    let table = PopulationTable::new(source, pairs.iter().map(|(k, v)| (k.as_str(), *v)))
        .map_err(|e| WireError::new("population.figures", format!("[{}] {e}", e.code())))?;
    Ok((table, source.to_string()))
}

/// The figures of an object, each a whole positive number; errors name the state.
pub fn whole_figures(
    field: &str,
    figures: &Map<String, Value>,
) -> Result<Vec<(String, u64)>, WireError> {
    let mut pairs = Vec::with_capacity(figures.len());
    for (code, n) in figures {
        let f = format!("{field}.{}", code.chars().take(16).collect::<String>());
        let n = match n {
            Value::Number(num) => match (num.as_u64(), num.as_i64()) {
                (Some(n), _) => n,
                (None, Some(neg)) => {
                    return Err(WireError::new(
                        f,
                        format!(
                            "{neg} is negative; give the state's Annex III population, a whole number of persons"
                        ),
                    ));
                }
                _ => {
                    return Err(WireError::new(
                        f,
                        format!("{num} is not a whole number of persons"),
                    ));
                }
            },
            _ => {
                return Err(WireError::new(
                    f,
                    "expected a whole number of persons (the state's Annex III figure)",
                ));
            }
        };
        pairs.push((code.clone(), n));
    }
    Ok(pairs)
}

/// Parses a rule's name; silence needs the deadline of the positions document.
pub fn parse_rule(name: &str, deadline: Option<DateTime<Utc>>) -> Result<Rule, WireError> {
    match name.trim().to_ascii_lowercase().as_str() {
        "unanimity" => Ok(Rule::Unanimity),
        "qmv" => Ok(Rule::QualifiedMajority),
        "rqmv" => Ok(Rule::ReinforcedQualifiedMajority),
        "simple" => Ok(Rule::SimpleMajority),
        "silence" => Ok(Rule::Silence {
            deadline: deadline.ok_or_else(|| {
                WireError::new(
                    "positions.deadline",
                    "required for rule silence; give an RFC 3339 time such as \"2026-05-02T12:00:00Z\"",
                )
            })?,
        }),
        other => Err(WireError::new(
            "rule",
            format!(
                "expected one of {RULE_NAMES}, not {:?}",
                other.chars().take(32).collect::<String>()
            ),
        )),
    }
}

/// What a vote to evaluate consists of, as both edges give it.
#[derive(Debug, Clone, Copy)]
pub struct Evaluate<'a> {
    pub rule: &'a str,
    pub positions: &'a Map<String, Value>,
    /// Figures supplied with the vote (else the Annex III table in force is chosen).
    pub population: Option<&'a Value>,
    /// The year of the vote, for the table (default: the year of `at`, else of today).
    pub year: Option<u16>,
    /// The time of the vote (and at which a silence procedure is judged; default its deadline).
    pub at: Option<&'a str>,
}

impl Evaluate<'_> {
    /// Evaluates the vote with the table in force at its time among the shipped ones and
    /// `imported`, or the nearest one (the outcome says which and whether it is in force).
    /// `today` is used when the document gives no time.
    pub fn run(
        &self,
        today: DateTime<Utc>,
        imported: &[AnnexTable],
    ) -> Result<OutcomeRecord, WireError> {
        let silence = self.rule.trim().eq_ignore_ascii_case("silence");
        let input = parse_positions(self.positions, silence)?;
        let rule = parse_rule(self.rule, input.deadline)?;
        let at = self.at.map(|s| parse_time("at", s)).transpose()?;
        let now = at.or(input.deadline).unwrap_or(today);
        let vote_day = match self.year {
            Some(y) => {
                if !(population::FIRST_YEAR..=population::LAST_YEAR).contains(&y) {
                    return Err(WireError::new(
                        "year",
                        format!(
                            "{y} is not a year of Annex III tables; give one from {} to {}",
                            population::FIRST_YEAR,
                            population::LAST_YEAR
                        ),
                    ));
                }
                // The last day of the year: any table of that year is in force by then.
                NaiveDate::from_ymd_opt(i32::from(y), 12, 31)
                    .ok_or_else(|| WireError::new("year", "not a calendar year"))?
            }
            None => at.unwrap_or(today).date_naive(),
        };
        if vote_day.year() < 0 {
            return Err(WireError::new("at", "a time after the year 0"));
        }
        let supplied = self.population.map(parse_population).transpose()?;
        evaluate_recorded(
            rule,
            &input.positions,
            vote_day,
            supplied.as_ref().map(|(t, s)| (t, s.as_str())),
            &population::shipped(),
            imported,
            now,
        )
        .map_err(|e| WireError::new("positions", format!("[{}] {e}", e.code())))
    }
}

fn group(n: u128) -> String {
    population::group(n)
}

fn signed(n: i64) -> String {
    let g = group(u128::from(n.unsigned_abs()));
    if n < 0 {
        format!("-{g}")
    } else {
        format!("+{g}")
    }
}

fn points(h: i64) -> String {
    let sign = if h < 0 { "-" } else { "+" };
    let a = h.unsigned_abs();
    format!("{sign}{}.{:02}", a / 100, a % 100)
}

/// The outcome as text, for the terminal: verdict, explanation, tally, thresholds, the table
/// used (and whether it is the one in force), the margins and the robustness line.
pub fn render_text(o: &OutcomeRecord) -> String {
    let verdict = o.status.to_ascii_uppercase().replace('_', " ");
    let mut s = format!("{}: {verdict} ({})\n{}\n", o.rule, o.article, o.explanation);
    if o.rule == "silence" {
        if let Some(d) = o.thresholds.deadline {
            s.push_str(&format!("  deadline          {}\n", d.to_rfc3339()));
        }
        let objections = if o.tally.objections.is_empty() {
            "none".to_string()
        } else {
            o.tally.objections.join(", ")
        };
        s.push_str(&format!("  objections        {objections}\n"));
        return s;
    }
    let total = o.tally.participating.population;
    let line = |label: &str, c: &entente_core::procedure::record::CountRecord| -> String {
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
    if let Some(rb) = &o.robustness {
        for m in &rb.margins {
            let what = match m.threshold.as_str() {
                "members_in_favour" => "members in favour",
                "population_in_favour" => "population in favour",
                "blocking_minority" => "not in favour (blocking)",
                "declared_members" => "declared (members)",
                "declared_population" => "declared (population)",
                other => other,
            };
            let unit = if m.margin_pp_hundredths.is_some() {
                " people"
            } else {
                ""
            };
            let pp = m
                .margin_pp_hundredths
                .map(|h| format!(", {} points", points(h)))
                .unwrap_or_default();
            s.push_str(&format!(
                "  margin            {what}: {} of {}{unit} ({}{pp}; {})\n",
                group(u128::from(m.actual)),
                group(u128::from(m.required)),
                signed(m.margin),
                m.article
            ));
        }
        s.push_str(&format!("  robustness        {}\n", rb.verdict));
    }
    match (&o.table, &o.population_source) {
        (Some(t), _) => {
            s.push_str(&format!(
                "  population        Annex III {} ({})\n",
                t.year, t.source
            ));
            s.push_str(&format!("  note              {}\n", t.note));
        }
        (None, Some(src)) => s.push_str(&format!("  population        {src}\n")),
        (None, None) => {}
    }
    s
}
