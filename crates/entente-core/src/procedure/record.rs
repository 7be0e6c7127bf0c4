//! Live procedures on dossiers and the attribution register, as events (wire types kept
//! forever: `(type, version)` never changes meaning) and the small rules the store applies
//! when deciding them: who chairs, which positions a rule accepts, the Presidency rota.
//!
//! Events: `procedure.opened`, `procedure.position_recorded`, `procedure.closed`,
//! `package.assembled`, `attribution.recorded`, `attribution.withdrawn`.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Outcome, Position, Positions, ProcedureError, REVISION_PERCENT, Robustness, Rule};
use crate::event::EventBody;
use crate::population::{AnnexTable, Origin, TableChoice, choose_table, table_note};
use crate::reference::PopulationTable;
use crate::{LocalizedText, PartyId};

/// What a procedure decides on: a text (a declaration, conclusions) or a package of measures
/// assembled on the dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Subject {
    /// A text, in one or more official languages.
    Text { text: LocalizedText },
    /// A package assembled on the same dossier (`package.assembled`).
    Package { package: String },
}

/// Annex III population figures supplied when the procedure was opened (when entente ships
/// none for the year). `figures` maps ISO alpha-2 codes to head counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PopulationFigures {
    pub source: String,
    pub figures: BTreeMap<String, u64>,
}

/// `procedure.opened`: the chair opens a written procedure on a dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureOpened {
    pub id: String,
    pub dossier: String,
    pub subject: Subject,
    /// `unanimity`, `qmv`, `rqmv`, `simple`, `silence`.
    pub rule: String,
    pub deadline: DateTime<Utc>,
    /// ISO alpha-2 codes of the participating Member States, protocol order (all 27 unless
    /// Art. 238(3) TFEU applies).
    pub participants: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<PopulationFigures>,
    /// The party in whose name the chair acts (EEAS or the Presidency).
    pub chair: PartyId,
    /// A procedure concluded outside entente, entered for the public record; its positions
    /// carry their own times.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub historic: bool,
    /// The chair's note (for a historic procedure: how it was reconstructed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for ProcedureOpened {
    const TYPE: &'static str = "procedure.opened";
    const VERSION: u32 = 1;
}

/// `procedure.position_recorded`: a delegate records (or changes) their party's position.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PositionRecorded {
    pub procedure: String,
    /// ISO alpha-2 code of the Member State.
    pub party: PartyId,
    /// `for`, `against`, `abstain`, `declared_abstain` or `object` (silence).
    pub position: String,
    /// The formal declaration of a constructive abstention (Art. 31(1) second subparagraph TEU).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declaration: Option<String>,
    /// Only for historic procedures: when the position was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<DateTime<Utc>>,
}

impl EventBody for PositionRecorded {
    const TYPE: &'static str = "procedure.position_recorded";
    const VERSION: u32 = 1;
}

/// Members and population.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountRecord {
    pub members: u32,
    #[serde(default)]
    pub population: Option<u64>,
}

/// The tally as recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TallyRecord {
    #[serde(rename = "for")]
    pub for_: CountRecord,
    pub against: CountRecord,
    pub abstain: CountRecord,
    pub declared_abstain: CountRecord,
    pub not_participating: CountRecord,
    pub participating: CountRecord,
    #[serde(default)]
    pub objections: Vec<String>,
}

/// The thresholds as recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdsRecord {
    #[serde(default)]
    pub members_required: Option<u32>,
    #[serde(default)]
    pub population_required: Option<u64>,
    #[serde(default)]
    pub blocking_minority_members: Option<u32>,
    #[serde(default)]
    pub constructive_abstention_members: Option<u32>,
    #[serde(default)]
    pub constructive_abstention_population: Option<u64>,
    #[serde(default)]
    pub deadline: Option<DateTime<Utc>>,
}

/// An outcome in recordable form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeRecord {
    pub rule: String,
    /// `adopted`, `not_adopted`, `pending` or `undetermined` (figures missing).
    pub status: String,
    pub adopted: bool,
    pub article: String,
    pub explanation: String,
    pub tally: TallyRecord,
    pub thresholds: ThresholdsRecord,
    /// Annex III year of the population figures used, if any.
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(default)]
    pub population_source: Option<String>,
    /// Participants that had recorded no position (counted as abstaining).
    #[serde(default)]
    pub no_position: Vec<String>,
    /// Which Annex III table was used and whether it is the one in force (from
    /// `procedure.closed` version 2; absent when no figures were used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<TableRecord>,
    /// Margins to the population thresholds and whether the outcome holds under any ±2 %
    /// revision of the figures (from version 2; absent for rules that do not weigh population).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub robustness: Option<RobustnessRecord>,
}

/// The Annex III table an outcome used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableRecord {
    /// The year of the table used (for figures supplied with the vote: the year of the vote).
    pub year: u16,
    /// The year whose table is in force at the time of the vote.
    pub year_in_force: u16,
    pub in_force: bool,
    /// `shipped`, `imported` or `supplied`.
    pub origin: String,
    pub source: String,
    /// One sentence: the table used, and when it is not the one in force, how to load it.
    pub note: String,
}

impl TableRecord {
    /// The record of a chosen table.
    pub fn of(c: &TableChoice) -> TableRecord {
        TableRecord {
            year: c.table.year,
            year_in_force: c.year_in_force,
            in_force: c.in_force(),
            origin: c.table.origin.name().to_string(),
            source: c.table.source.clone(),
            note: c.note(),
        }
    }

    /// Figures supplied with the vote itself (a procedure's own, `--population FILE`).
    pub fn supplied(year_of_vote: u16, source: &str) -> TableRecord {
        TableRecord {
            year: year_of_vote,
            year_in_force: year_of_vote,
            in_force: true,
            origin: Origin::Supplied.name().to_string(),
            source: source.to_string(),
            note: table_note(year_of_vote, year_of_vote, true, Origin::Supplied, source),
        }
    }
}

/// One margin of [`RobustnessRecord`] (see [`crate::procedure::Margin`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarginRecord {
    /// `members_in_favour`, `population_in_favour`, `blocking_minority`, `declared_members`,
    /// `declared_population`.
    pub threshold: String,
    pub article: String,
    pub actual: u64,
    pub required: u64,
    pub margin: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub margin_pp_hundredths: Option<i64>,
}

/// How robust an outcome is to the population figures (see [`crate::procedure::Robustness`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RobustnessRecord {
    /// The outcome is the same under any revision of each figure by up to `revision_percent`.
    pub holds: bool,
    pub revision_percent: u8,
    /// `holds under any ±2 % revision` or `close: check with the table in force`.
    pub verdict: String,
    pub margins: Vec<MarginRecord>,
}

impl RobustnessRecord {
    pub fn of(r: &Robustness) -> RobustnessRecord {
        RobustnessRecord {
            holds: r.holds,
            revision_percent: REVISION_PERCENT as u8,
            verdict: r.verdict().to_string(),
            margins: r
                .margins
                .iter()
                .map(|m| MarginRecord {
                    threshold: m.kind.name().to_string(),
                    article: m.article.to_string(),
                    actual: m.actual,
                    required: m.required,
                    margin: m.margin,
                    margin_pp_hundredths: m.margin_pp_hundredths,
                })
                .collect(),
        }
    }
}

fn count(c: &super::Count) -> CountRecord {
    CountRecord {
        members: c.members,
        population: c.population,
    }
}

impl OutcomeRecord {
    /// Converts a core outcome.
    pub fn from_outcome(
        o: &Outcome,
        year: Option<u16>,
        population_source: Option<String>,
        no_position: Vec<String>,
    ) -> Self {
        let t = &o.tally;
        let th = &o.thresholds;
        OutcomeRecord {
            rule: o.rule.name().to_string(),
            status: o.status.name().to_string(),
            adopted: o.adopted,
            article: o.article.to_string(),
            explanation: o.explanation.clone(),
            tally: TallyRecord {
                for_: count(&t.for_),
                against: count(&t.against),
                abstain: count(&t.abstain),
                declared_abstain: count(&t.declared_abstain),
                not_participating: count(&t.not_participating),
                participating: count(&t.participating),
                objections: t.objections.clone(),
            },
            thresholds: ThresholdsRecord {
                members_required: th.members_required,
                population_required: th.population_required,
                blocking_minority_members: th.blocking_minority_members,
                constructive_abstention_members: th.constructive_abstention_members,
                constructive_abstention_population: th.constructive_abstention_population,
                deadline: th.deadline,
            },
            year,
            population_source,
            no_position,
            table: None,
            robustness: None,
        }
    }
}

/// Applies `rule` to `positions` with the population figures a vote uses: `supplied` ones
/// (with their source), else the Annex III table in force on `vote_day` among `shipped` and
/// `imported`, else the nearest one ([`crate::population::choose_table`]). The record names
/// the table, says whether it is the one in force and how to load it when not, and carries the
/// margins and robustness of rules that weigh population ([`super::robustness`]). Pure.
pub fn evaluate_recorded(
    rule: Rule,
    positions: &Positions,
    vote_day: NaiveDate,
    supplied: Option<(&PopulationTable, &str)>,
    shipped: &[AnnexTable],
    imported: &[AnnexTable],
    now: DateTime<Utc>,
) -> Result<OutcomeRecord, ProcedureError> {
    // Only rules that weigh population get a table: the majorities of Art. 16(4) TEU and
    // Art. 238(2)-(3) TFEU, and unanimity when someone abstains with a declaration
    // (Art. 31(1) second subparagraph TEU). Other outcomes do not depend on the figures.
    let weighs = match rule {
        Rule::QualifiedMajority | Rule::ReinforcedQualifiedMajority => true,
        Rule::Unanimity => positions
            .entries()
            .iter()
            .any(|(_, p)| *p == Position::DeclaredAbstain),
        Rule::SimpleMajority | Rule::Silence { .. } => false,
    };
    let (table, record) = match supplied.filter(|_| weighs) {
        Some((t, source)) => (
            Some(t.clone()),
            Some(TableRecord::supplied(
                u16::try_from(vote_day.year()).unwrap_or(0),
                source,
            )),
        ),
        None if weighs => match choose_table(vote_day, shipped, imported) {
            Some(c) => (Some(c.table.table.clone()), Some(TableRecord::of(&c))),
            None => (None, None),
        },
        None => (None, None),
    };
    let o = super::evaluate(rule, positions, table.as_ref(), now)?;
    let uses = o.tally.participating.population.is_some();
    let mut r = OutcomeRecord::from_outcome(
        &o,
        record.as_ref().filter(|_| uses).map(|r| r.year),
        table
            .as_ref()
            .filter(|_| uses)
            .map(|t| t.label().to_string()),
        Vec::new(),
    );
    if uses {
        r.table = record;
        r.robustness = match &table {
            Some(t) => super::robustness(rule, positions, t)?.map(|rb| RobustnessRecord::of(&rb)),
            None => None,
        };
    }
    Ok(r)
}

/// `procedure.closed`: the outcome is fixed, by the chair or at the deadline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureClosed {
    pub procedure: String,
    /// `chair`, `deadline` or `record` (historic).
    pub by: String,
    /// The time at which the outcome was judged.
    pub at: DateTime<Utc>,
    pub outcome: OutcomeRecord,
}

/// Version 2 added `outcome.table` and `outcome.robustness` (both optional); version 1 events
/// read into the same struct.
impl EventBody for ProcedureClosed {
    const TYPE: &'static str = "procedure.closed";
    const VERSION: u32 = 2;
}

/// `package.assembled`: a package of toolbox measures assembled on a dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageAssembled {
    pub id: String,
    pub dossier: String,
    /// Catalogue ids, least to most escalatory.
    pub measures: Vec<String>,
    pub escalation: u8,
    /// `none`, `qmv`, `silence`, `unanimity`: the strictest rule of its measures.
    pub decision_rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for PackageAssembled {
    const TYPE: &'static str = "package.assembled";
    const VERSION: u32 = 1;
}

/// Who an attribution names: a STIX intrusion set or threat actor, or a named state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AttributedActor {
    /// A STIX 2.1 `intrusion-set--…` or `threat-actor--…` id, with a display name.
    Stix { id: String, name: String },
    /// A state, by name (e.g. "Russian Federation").
    State { name: String },
}

/// `attribution.recorded`: a party's own attribution (or a joint one adopted by procedure).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionRecorded {
    pub id: String,
    pub dossier: String,
    /// The attributing party; `EU` for a joint attribution.
    pub party: PartyId,
    pub actor: AttributedActor,
    /// ICD 203 estimative term (see [`ESTIMATIVE_TERMS`]).
    pub term: String,
    /// `low`, `moderate`, `high` (ICD 203 confidence).
    pub confidence: String,
    /// `technical`, `intelligence`, `political` (one or more).
    pub basis: Vec<String>,
    pub public: bool,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_url: Option<String>,
    pub joint: bool,
    /// For a joint attribution: the adopted procedure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for AttributionRecorded {
    const TYPE: &'static str = "attribution.recorded";
    const VERSION: u32 = 1;
}

/// `attribution.withdrawn`: the attributing party withdraws its attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionWithdrawn {
    pub id: String,
    pub dossier: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl EventBody for AttributionWithdrawn {
    const TYPE: &'static str = "attribution.withdrawn";
    const VERSION: u32 = 1;
}

/// ICD 203 (Analytic Standards, 2015), section D.6.e(2)(a): the seven expressions of
/// likelihood, least to most likely.
pub const ESTIMATIVE_TERMS: [&str; 7] = [
    "almost_no_chance",
    "very_unlikely",
    "unlikely",
    "roughly_even_chance",
    "likely",
    "very_likely",
    "almost_certain",
];

/// ICD 203 confidence levels.
pub const CONFIDENCE_LEVELS: [&str; 3] = ["low", "moderate", "high"];

/// Bases of an attribution (2017 toolbox conclusions: attribution draws on technical,
/// intelligence and political elements).
pub const ATTRIBUTION_BASES: [&str; 3] = ["technical", "intelligence", "political"];

/// Parses a rule's machine name; silence takes the procedure's deadline.
pub fn parse_rule(name: &str, deadline: DateTime<Utc>) -> Option<Rule> {
    match name.trim().to_ascii_lowercase().as_str() {
        "unanimity" => Some(Rule::Unanimity),
        "qmv" => Some(Rule::QualifiedMajority),
        "rqmv" => Some(Rule::ReinforcedQualifiedMajority),
        "simple" => Some(Rule::SimpleMajority),
        "silence" => Some(Rule::Silence { deadline }),
        _ => None,
    }
}

/// A position as a delegate may record it under a live procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LivePosition {
    /// A vote (for, against, abstain, declared_abstain).
    Vote(Position),
    /// An objection under the silence procedure.
    Object,
}

impl LivePosition {
    /// Parses `for`, `against`, `abstain`, `declared_abstain`, `object`. `not_participating` is
    /// not a position a delegate records: participation is fixed when the procedure opens.
    pub fn parse(s: &str) -> Option<LivePosition> {
        if s.trim().eq_ignore_ascii_case("object") {
            return Some(LivePosition::Object);
        }
        match Position::parse(s)? {
            Position::NotParticipating => None,
            p => Some(LivePosition::Vote(p)),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            LivePosition::Vote(p) => p.name(),
            LivePosition::Object => "object",
        }
    }
}

/// The rotating Presidency of the Council, 2024–2030: Council Decision 2009/908/EU as
/// amended by Council Decision (EU) 2016/1316 (Annex: order of the Presidencies). Returns the
/// ISO alpha-2 code of the Member State holding it on `date`.
pub fn presidency_at(date: NaiveDate) -> Option<&'static str> {
    const ROTA: [(i32, [&str; 2]); 7] = [
        (2024, ["BE", "HU"]),
        (2025, ["PL", "DK"]),
        (2026, ["CY", "IE"]),
        (2027, ["LT", "GR"]),
        (2028, ["IT", "LV"]),
        (2029, ["LU", "NL"]),
        (2030, ["SK", "MT"]),
    ];
    let half = usize::from(date.month() > 6);
    ROTA.iter()
        .find(|(y, _)| *y == date.year())
        .map(|(_, p)| p[half])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presidency_rota() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(presidency_at(d(2026, 11, 22)), Some("IE"));
        assert_eq!(presidency_at(d(2026, 6, 30)), Some("CY"));
        assert_eq!(presidency_at(d(2027, 7, 1)), Some("GR"));
        assert_eq!(presidency_at(d(2031, 1, 1)), None);
    }

    #[test]
    fn live_positions() {
        assert_eq!(LivePosition::parse("object"), Some(LivePosition::Object));
        assert_eq!(
            LivePosition::parse("declared-abstain"),
            Some(LivePosition::Vote(Position::DeclaredAbstain))
        );
        assert_eq!(LivePosition::parse("not_participating"), None);
        assert_eq!(LivePosition::parse("maybe"), None);
    }
}
