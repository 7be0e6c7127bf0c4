//! The response-options engine: a pure function from the agreed picture, the legal findings,
//! the attribution state and the broader context to the toolbox measures that are available,
//! ranked least to most escalatory, and those that are not, each with its reasons.
//!
//! Rules, each from a text:
//! - **Ceiling** (2017 conclusions §5, proportionality): the severity band of the agreed
//!   picture caps the escalation level (`data/assessment-rubric.json`, `aggregate.bands`).
//! - **Attribution** (2017 conclusions §4): attribution is a sovereign political decision and
//!   joint measures do not always need it; a measure flagged `needs_attribution` needs it by
//!   at least one State, one flagged `needs_joint_attribution` needs joint attribution.
//! - **Restrictive measures** (Regulation (EU) 2019/796 Art. 1(1)-(2) and Art. 2; Decision
//!   (CFSP) 2019/797 Art. 1 and Art. 3): need a significant effect (at least one Art. 2 factor
//!   found), an external threat (at least one Art. 1(2) criterion found) and identified persons
//!   or entities to list. They do not need attribution to a State: listing is not attribution
//!   (Decision (CFSP) 2019/797, recitals).
//! - **Broader context** (2017 conclusions §5, second indent) adds considerations; it never
//!   removes an option, because weighing it is the Member States' call.

use std::collections::BTreeMap;

use super::catalogue::{Category, Measure, Principle, catalogue};
use crate::ids::PartyId;
use crate::picture::{
    AgreedPicture, Dimension, ExternalThreatCriterion, Finding, Level, SeverityBand,
    SignificantEffectFactor, rubric,
};

/// Who has attributed the activity (2017 conclusions §4: a sovereign political decision).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum AttributionState {
    /// Nobody has attributed it.
    #[default]
    None,
    /// Some States have attributed it nationally.
    National(Vec<PartyId>),
    /// The Member States have agreed a joint attribution.
    Joint,
}

impl AttributionState {
    /// At least one State has attributed the activity.
    pub fn any(&self) -> bool {
        match self {
            AttributionState::None => false,
            AttributionState::National(by) => !by.is_empty(),
            AttributionState::Joint => true,
        }
    }

    pub fn joint(&self) -> bool {
        matches!(self, AttributionState::Joint)
    }
}

/// The relation of the EU with the State concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PartnerStatus {
    /// A strategic or like-minded partner.
    Partner,
    Neutral,
    /// A State already under EU restrictive measures or in open confrontation.
    Adversarial,
    #[default]
    Unknown,
}

/// The broader context of EU external relations with the State concerned (2017 §5).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Context {
    /// A cyber or political dialogue with the State concerned is running.
    pub ongoing_dialogue: bool,
    /// Persons or entities linked to the State concerned are already listed under the cyber
    /// sanctions regime (or another EU regime applies to it).
    pub sanctions_regime_applies: bool,
    pub partner_status: PartnerStatus,
    /// Free-text notes, passed through to the report.
    pub notes: String,
}

/// Everything the engine weighs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OptionsInput {
    pub picture: AgreedPicture,
    /// Missing factors count as unknown.
    pub significant_effect: BTreeMap<SignificantEffectFactor, Finding>,
    /// Missing criteria count as unknown.
    pub external_threat: BTreeMap<ExternalThreatCriterion, Finding>,
    pub attribution: AttributionState,
    /// Responsible persons or entities are identified well enough to be listed.
    pub persons_identified: bool,
    pub context: Context,
}

impl OptionsInput {
    /// Factors found (Reg. 2019/796 Art. 2), in article order.
    pub fn factors_found(&self) -> Vec<SignificantEffectFactor> {
        SignificantEffectFactor::ALL
            .into_iter()
            .filter(|f| self.significant_effect.get(f) == Some(&Finding::Found))
            .collect()
    }

    /// Criteria found (Reg. 2019/796 Art. 1(2)), in article order.
    pub fn criteria_found(&self) -> Vec<ExternalThreatCriterion> {
        ExternalThreatCriterion::ALL
            .into_iter()
            .filter(|c| self.external_threat.get(c) == Some(&Finding::Found))
            .collect()
    }
}

/// A consideration drawn from the broader context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextNote {
    /// Raise the matter in the dialogue already running.
    DialogueOngoing,
    /// No dialogue runs; one would have to be set up.
    NoDialogue,
    /// Listings under the regime already concern this State: adding names follows precedent.
    SanctionsRegimeApplies,
    /// The State concerned is a partner: weigh the relationship before escalating.
    PartnerState,
}

/// One structured reason for an option's place in the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The measure's escalation level is within the ceiling of the severity band.
    WithinCeiling {
        severity: SeverityBand,
        aggregate: u32,
        ceiling: u8,
        escalation: u8,
    },
    /// Blocker: the measure is more escalatory than the severity justifies.
    AboveCeiling {
        severity: SeverityBand,
        aggregate: u32,
        ceiling: u8,
        escalation: u8,
    },
    /// The dimensions that weigh most in the agreed picture (level 3 or more).
    DrivenBy(Vec<(Dimension, Level)>),
    /// Dimensions with no agreed level, counted as 0.
    UnknownDimensions(Vec<Dimension>),
    AttributionNotNeeded,
    AttributedNationally(Vec<PartyId>),
    AttributedJointly,
    /// Blocker: needs attribution by at least one State.
    NoAttribution,
    /// Blocker: needs joint attribution by the Member States.
    NoJointAttribution,
    SignificantEffectMet(Vec<SignificantEffectFactor>),
    /// Blocker: no Art. 2 factor found.
    SignificantEffectNotMet {
        unknown: Vec<SignificantEffectFactor>,
    },
    ExternalThreatMet(Vec<ExternalThreatCriterion>),
    /// Blocker: no Art. 1(2) criterion found.
    ExternalThreatNotMet {
        unknown: Vec<ExternalThreatCriterion>,
    },
    PersonsIdentified,
    /// Blocker: nobody identified to list.
    NoPersonsIdentified,
    /// The principles of the 2017 conclusions §5 the measure serves.
    Serves(Vec<Principle>),
    Context(ContextNote),
}

impl Reason {
    /// Whether this reason makes the measure unavailable.
    pub fn is_blocker(&self) -> bool {
        matches!(
            self,
            Reason::AboveCeiling { .. }
                | Reason::NoAttribution
                | Reason::NoJointAttribution
                | Reason::SignificantEffectNotMet { .. }
                | Reason::ExternalThreatNotMet { .. }
                | Reason::NoPersonsIdentified
        )
    }

    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::WithinCeiling { .. } => "within_ceiling",
            Reason::AboveCeiling { .. } => "above_ceiling",
            Reason::DrivenBy(_) => "driven_by",
            Reason::UnknownDimensions(_) => "unknown_dimensions",
            Reason::AttributionNotNeeded => "attribution_not_needed",
            Reason::AttributedNationally(_) => "attributed_nationally",
            Reason::AttributedJointly => "attributed_jointly",
            Reason::NoAttribution => "no_attribution",
            Reason::NoJointAttribution => "no_joint_attribution",
            Reason::SignificantEffectMet(_) => "significant_effect_met",
            Reason::SignificantEffectNotMet { .. } => "significant_effect_not_met",
            Reason::ExternalThreatMet(_) => "external_threat_met",
            Reason::ExternalThreatNotMet { .. } => "external_threat_not_met",
            Reason::PersonsIdentified => "persons_identified",
            Reason::NoPersonsIdentified => "no_persons_identified",
            Reason::Serves(_) => "serves",
            Reason::Context(_) => "context",
        }
    }

    /// An English clause for this reason.
    pub fn phrase(&self) -> String {
        match self {
            Reason::WithinCeiling {
                severity,
                aggregate,
                ceiling,
                escalation,
            } => format!(
                "its escalation level {escalation} is within the ceiling {ceiling} of a {severity} picture (aggregate {aggregate}/{})",
                rubric().max_aggregate()
            ),
            Reason::AboveCeiling {
                severity,
                aggregate,
                ceiling,
                escalation,
            } => format!(
                "its escalation level {escalation} is above the ceiling {ceiling} that a {severity} picture (aggregate {aggregate}/{}) justifies (proportionality, 2017 conclusions §5)",
                rubric().max_aggregate()
            ),
            Reason::DrivenBy(dims) => format!(
                "the picture is driven by {}",
                join(dims.iter().map(|(d, l)| format!("{d} {}", l.value())))
            ),
            Reason::UnknownDimensions(dims) => format!(
                "{} not agreed yet and counted as 0",
                join(dims.iter().map(|d| d.to_string()))
            ),
            Reason::AttributionNotNeeded => {
                "it does not need attribution (2017 conclusions §4)".to_owned()
            }
            Reason::AttributedNationally(by) => format!(
                "the activity has been attributed nationally by {}",
                join(by.iter().map(|p| p.to_string()))
            ),
            Reason::AttributedJointly => "the Member States have attributed it jointly".to_owned(),
            Reason::NoAttribution => {
                "it needs attribution by at least one State, and there is none".to_owned()
            }
            Reason::NoJointAttribution => {
                "it needs a joint attribution by the Member States, and there is none".to_owned()
            }
            Reason::SignificantEffectMet(fs) => format!(
                "the significant-effect test is met on Reg. (EU) 2019/796 Art. 2({})",
                fs.iter().map(|f| f.letter()).collect::<Vec<_>>().join(", ")
            ),
            Reason::SignificantEffectNotMet { unknown } => {
                let mut s = "no significant-effect factor of Reg. (EU) 2019/796 Art. 2 is found"
                    .to_owned();
                if !unknown.is_empty() {
                    s.push_str(&format!(
                        " ({} still unknown)",
                        unknown
                            .iter()
                            .map(|f| format!("({})", f.letter()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                s
            }
            Reason::ExternalThreatMet(cs) => format!(
                "the external-threat test is met on Art. 1(2)({})",
                cs.iter().map(|c| c.letter()).collect::<Vec<_>>().join(", ")
            ),
            Reason::ExternalThreatNotMet { unknown } => {
                let mut s =
                    "no external-threat criterion of Reg. (EU) 2019/796 Art. 1(2) is found"
                        .to_owned();
                if !unknown.is_empty() {
                    s.push_str(&format!(
                        " ({} still unknown)",
                        unknown
                            .iter()
                            .map(|c| format!("({})", c.letter()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                s
            }
            Reason::PersonsIdentified => "persons or entities to list are identified".to_owned(),
            Reason::NoPersonsIdentified => {
                "no responsible person or entity is identified to list".to_owned()
            }
            Reason::Serves(ps) => format!(
                "it serves {} (2017 conclusions §5)",
                join(ps.iter().map(|p| p.phrase().to_owned()))
            ),
            Reason::Context(ContextNote::DialogueOngoing) => {
                "a dialogue with the State concerned is running, so the matter can be raised there"
                    .to_owned()
            }
            Reason::Context(ContextNote::NoDialogue) => {
                "no dialogue with the State concerned is running; one would have to be set up"
                    .to_owned()
            }
            Reason::Context(ContextNote::SanctionsRegimeApplies) => {
                "listings already concern this State, so new listings follow precedent".to_owned()
            }
            Reason::Context(ContextNote::PartnerState) => {
                "the State concerned is a partner, so the broader context of relations weighs (2017 conclusions §5)"
                    .to_owned()
            }
        }
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    let v: Vec<String> = items.collect();
    match v.len() {
        0 => String::new(),
        1 => v[0].clone(),
        n => format!("{} and {}", v[..n - 1].join(", "), v[n - 1]),
    }
}

/// One measure with its reasons and an English sentence.
#[derive(Debug, Clone)]
pub struct OptionEntry {
    pub measure: &'static Measure,
    pub reasons: Vec<Reason>,
    pub explanation: String,
}

impl OptionEntry {
    /// The reasons that make the measure unavailable (empty for available options).
    pub fn blockers(&self) -> impl Iterator<Item = &Reason> {
        self.reasons.iter().filter(|r| r.is_blocker())
    }
}

/// The engine's answer.
#[derive(Debug, Clone)]
pub struct OptionsReport {
    pub severity: SeverityBand,
    pub aggregate: u32,
    /// Highest escalation level the severity justifies.
    pub ceiling: u8,
    pub unknown_dimensions: Vec<Dimension>,
    /// Least to most escalatory.
    pub available: Vec<OptionEntry>,
    /// In catalogue order (least to most escalatory).
    pub not_available: Vec<OptionEntry>,
    /// The free-text notes of the context, passed through.
    pub notes: String,
}

impl OptionsReport {
    /// Whether `measure_id` is among the available options.
    pub fn is_available(&self, measure_id: &str) -> bool {
        self.available.iter().any(|o| o.measure.id == measure_id)
    }

    /// The entry for `measure_id`, available or not.
    pub fn entry(&self, measure_id: &str) -> Option<&OptionEntry> {
        self.available
            .iter()
            .chain(self.not_available.iter())
            .find(|o| o.measure.id == measure_id)
    }
}

/// The response options for `input` (rules in the module doc).
pub fn response_options(input: &OptionsInput) -> OptionsReport {
    let aggregate = input.picture.aggregate();
    let severity = input.picture.severity();
    let ceiling = rubric().ceiling(severity);
    let unknown_dimensions = input.picture.unknown();
    let driven_by: Vec<(Dimension, Level)> = input
        .picture
        .ranked()
        .into_iter()
        .filter(|(_, l)| l.value() >= 3)
        .collect();
    let factors = input.factors_found();
    let criteria = input.criteria_found();

    let mut available = Vec::new();
    let mut not_available = Vec::new();
    for m in catalogue().measures() {
        let mut reasons = Vec::new();
        if m.escalation <= ceiling {
            reasons.push(Reason::WithinCeiling {
                severity,
                aggregate,
                ceiling,
                escalation: m.escalation,
            });
        } else {
            reasons.push(Reason::AboveCeiling {
                severity,
                aggregate,
                ceiling,
                escalation: m.escalation,
            });
        }
        if !driven_by.is_empty() {
            reasons.push(Reason::DrivenBy(driven_by.clone()));
        }
        if !unknown_dimensions.is_empty() {
            reasons.push(Reason::UnknownDimensions(unknown_dimensions.clone()));
        }

        // 2017 conclusions §4.
        if m.needs_joint_attribution {
            if input.attribution.joint() {
                reasons.push(Reason::AttributedJointly);
            } else {
                reasons.push(Reason::NoJointAttribution);
            }
        } else if m.needs_attribution {
            match &input.attribution {
                AttributionState::Joint => reasons.push(Reason::AttributedJointly),
                AttributionState::National(by) if !by.is_empty() => {
                    reasons.push(Reason::AttributedNationally(by.clone()))
                }
                _ => reasons.push(Reason::NoAttribution),
            }
        } else {
            reasons.push(Reason::AttributionNotNeeded);
        }

        // Reg. (EU) 2019/796 Art. 1(1)-(2), Art. 2; Dec. (CFSP) 2019/797 Art. 1, Art. 3.
        if m.needs_legal_tests() {
            if factors.is_empty() {
                reasons.push(Reason::SignificantEffectNotMet {
                    unknown: SignificantEffectFactor::ALL
                        .into_iter()
                        .filter(|f| {
                            input
                                .significant_effect
                                .get(f)
                                .copied()
                                .unwrap_or(Finding::Unknown)
                                == Finding::Unknown
                        })
                        .collect(),
                });
            } else {
                reasons.push(Reason::SignificantEffectMet(factors.clone()));
            }
            if criteria.is_empty() {
                reasons.push(Reason::ExternalThreatNotMet {
                    unknown: ExternalThreatCriterion::ALL
                        .into_iter()
                        .filter(|c| {
                            input
                                .external_threat
                                .get(c)
                                .copied()
                                .unwrap_or(Finding::Unknown)
                                == Finding::Unknown
                        })
                        .collect(),
                });
            } else {
                reasons.push(Reason::ExternalThreatMet(criteria.clone()));
            }
        }
        if m.needs_identified_persons {
            if input.persons_identified {
                reasons.push(Reason::PersonsIdentified);
            } else {
                reasons.push(Reason::NoPersonsIdentified);
            }
        }

        // 2017 conclusions §5, second indent: considerations, never blockers.
        let ctx = &input.context;
        if m.id == "eu-dialogue" {
            reasons.push(Reason::Context(if ctx.ongoing_dialogue {
                ContextNote::DialogueOngoing
            } else {
                ContextNote::NoDialogue
            }));
        }
        if m.category == Category::Restrictive && ctx.sanctions_regime_applies {
            reasons.push(Reason::Context(ContextNote::SanctionsRegimeApplies));
        }
        if ctx.partner_status == PartnerStatus::Partner
            && (m.escalation >= 4 || m.needs_attribution)
        {
            reasons.push(Reason::Context(ContextNote::PartnerState));
        }
        reasons.push(Reason::Serves(m.principles.clone()));

        let blocked = reasons.iter().any(Reason::is_blocker);
        let explanation = explain(m, &reasons, blocked);
        let entry = OptionEntry {
            measure: m,
            reasons,
            explanation,
        };
        if blocked {
            not_available.push(entry);
        } else {
            available.push(entry);
        }
    }

    OptionsReport {
        severity,
        aggregate,
        ceiling,
        unknown_dimensions,
        available,
        not_available,
        notes: input.context.notes.clone(),
    }
}

fn explain(m: &Measure, reasons: &[Reason], blocked: bool) -> String {
    if blocked {
        let why: Vec<String> = reasons
            .iter()
            .filter(|r| r.is_blocker())
            .map(Reason::phrase)
            .collect();
        format!("{} is not available: {}.", m.name, why.join("; "))
    } else {
        let why: Vec<String> = reasons
            .iter()
            .filter(|r| !matches!(r, Reason::UnknownDimensions(_)))
            .map(Reason::phrase)
            .collect();
        format!(
            "{} is available ({}, {}): {}.",
            m.name,
            m.category.as_str(),
            m.decision_rule.phrase(),
            why.join("; ")
        )
    }
}

/// Renders the report as plain text: ranked available options, then the others with reasons.
pub fn render_text(report: &OptionsReport) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "Agreed picture: {} (aggregate {}/{}), escalation ceiling {}.\n",
        report.severity,
        report.aggregate,
        rubric().max_aggregate(),
        report.ceiling
    ));
    if !report.unknown_dimensions.is_empty() {
        out.push_str(&format!(
            "Not agreed yet (counted as 0): {}.\n",
            join(report.unknown_dimensions.iter().map(|d| d.to_string()))
        ));
    }
    out.push_str("\nAvailable options, least to most escalatory:\n");
    if report.available.is_empty() {
        out.push_str("  (none)\n");
    }
    for (i, o) in report.available.iter().enumerate() {
        out.push_str(&format!(
            "  {}. [{}] {} (escalation {}, {}, about {} day{})\n     {}\n",
            i + 1,
            o.measure.id,
            o.measure.name,
            o.measure.escalation,
            o.measure.decision_rule.phrase(),
            o.measure.lead_time_days,
            if o.measure.lead_time_days == 1 {
                ""
            } else {
                "s"
            },
            o.explanation
        ));
    }
    out.push_str("\nNot available:\n");
    if report.not_available.is_empty() {
        out.push_str("  (none)\n");
    }
    for o in &report.not_available {
        out.push_str(&format!(
            "  - [{}] {}\n     {}\n",
            o.measure.id, o.measure.name, o.explanation
        ));
    }
    if !report.notes.trim().is_empty() {
        out.push_str(&format!("\nNotes: {}\n", report.notes.trim()));
    }
    out
}
