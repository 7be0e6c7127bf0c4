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
//! - **Restrictive measures** (Regulation (EU) 2019/796 Art. 1(1)-(2), (6), Art. 2 and
//!   Art. 3(3); Decision (CFSP) 2019/797 Art. 1): need a significant effect (at least one
//!   Art. 2 factor found), an external threat (at least one Art. 1(2) criterion found) and
//!   identified persons or entities to list (Art. 3(3)). They do not need attribution to a
//!   State: listing is not attribution (Decision (CFSP) 2019/797, recitals).
//! - **Attempts** (Art. 1(1): "including attempted cyber-attacks with a potentially
//!   significant effect"; Art. 3(3)(a)-(b) list those responsible for or involved in
//!   "attempted cyber-attacks"): for an activity recorded as attempted (foiled, or without
//!   effect), a factor found *or potential* meets the significant-effect test, and the severity
//!   band of the realised effect does not cap restrictive measures, because the Regulation
//!   weighs the effect the attempt would have had. Every other measure keeps the ceiling. A
//!   `potential` finding counts for an attempt only.
//! - **Third States and international organisations** (Art. 1(6)): restrictive measures "may
//!   also be applied in response to cyber-attacks with a significant effect against third
//!   States or international organisations" where deemed necessary to achieve the CFSP
//!   objectives of Art. 21 TEU. So a significant effect *found* against such a target stands in
//!   for the external-threat test. Art. 1(6) does not name attempts; an attempt needs the
//!   external threat to the Union or its Member States of Art. 1(1)-(2).
//! - **Threatened targets** (Art. 1(4)-(5)) are findings of the case, cited in the explanation
//!   of restrictive measures; the lists are non-exhaustive ("include", "inter alia"), so they
//!   never block an option.
//! - **Broader context** (2017 conclusions §5, second indent) adds considerations; it never
//!   removes an option, because weighing it is the Member States' call.

use std::collections::BTreeMap;

use super::catalogue::{Category, Measure, Principle, catalogue};
use crate::ids::PartyId;
use crate::picture::{
    AgreedPicture, Dimension, ExternalThreatCriterion, Finding, Level, SeverityBand,
    SignificantEffectFactor, ThreatTarget, ThreatenedParty, rubric,
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
    /// The activity was an attempted cyber-attack: foiled, or without effect (Reg. (EU)
    /// 2019/796 Art. 1(1)). The picture then scores what happened; the `potential` findings
    /// say what would have.
    pub attempted: bool,
    /// Missing factors count as unknown. `Potential` counts only when `attempted`.
    pub significant_effect: BTreeMap<SignificantEffectFactor, Finding>,
    /// Missing criteria count as unknown.
    pub external_threat: BTreeMap<ExternalThreatCriterion, Finding>,
    /// Targets of Art. 1(4)-(6); missing targets count as unknown.
    pub targets: BTreeMap<ThreatTarget, Finding>,
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

    /// Factors recorded as potential (Reg. 2019/796 Art. 1(1)), in article order.
    pub fn factors_potential(&self) -> Vec<SignificantEffectFactor> {
        SignificantEffectFactor::ALL
            .into_iter()
            .filter(|f| self.significant_effect.get(f) == Some(&Finding::Potential))
            .collect()
    }

    /// The significant-effect test of Art. 1(1) and Art. 2: a factor found, or for an attempted
    /// cyber-attack a factor found or potential.
    pub fn significant_effect_met(&self) -> bool {
        !self.factors_found().is_empty() || (self.attempted && !self.factors_potential().is_empty())
    }

    /// Criteria found (Reg. 2019/796 Art. 1(2)), in article order.
    pub fn criteria_found(&self) -> Vec<ExternalThreatCriterion> {
        ExternalThreatCriterion::ALL
            .into_iter()
            .filter(|c| self.external_threat.get(c) == Some(&Finding::Found))
            .collect()
    }

    /// Targets found (Reg. 2019/796 Art. 1(4)-(6)), in article order.
    pub fn targets_found(&self) -> Vec<ThreatTarget> {
        ThreatTarget::ALL
            .into_iter()
            .filter(|t| self.targets.get(t) == Some(&Finding::Found))
            .collect()
    }

    /// Art. 1(6): a significant effect found against a third State or an international
    /// organisation. Not met by an attempt's potential effect, which Art. 1(6) does not name.
    pub fn third_state_route(&self) -> bool {
        self.targets.get(&ThreatTarget::ThirdStateOrOrganisation) == Some(&Finding::Found)
            && !self.factors_found().is_empty()
    }

    /// Whether the restrictive measures' scope of Art. 1 is met: the significant effect and
    /// the external threat (Art. 1(1)-(2)), or a significant effect against a third State or an
    /// international organisation (Art. 1(6)).
    pub fn within_regulation_scope(&self) -> bool {
        (self.significant_effect_met() && !self.criteria_found().is_empty())
            || self.third_state_route()
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
    /// An attempted cyber-attack with a potentially significant effect (Art. 1(1)): the
    /// factors found and those potential.
    PotentialEffectMet {
        found: Vec<SignificantEffectFactor>,
        potential: Vec<SignificantEffectFactor>,
    },
    /// Blocker: no Art. 2 factor found (nor, for an attempt, potential).
    SignificantEffectNotMet {
        unknown: Vec<SignificantEffectFactor>,
        /// Factors recorded as potential on an activity not recorded as attempted: they would
        /// count if it were an attempt (Art. 1(1)).
        potential_only: Vec<SignificantEffectFactor>,
    },
    /// The measure is above the band's ceiling, but the activity is an attempt: Art. 1(1)
    /// weighs the potential effect, so the band of the realised effect does not cap it.
    AttemptBeyondBand {
        severity: SeverityBand,
        aggregate: u32,
        ceiling: u8,
        escalation: u8,
    },
    ExternalThreatMet(Vec<ExternalThreatCriterion>),
    /// No Art. 1(2) criterion is found, but a significant effect is found against a third
    /// State or an international organisation (Art. 1(6)).
    ThirdStateRoute,
    /// Blocker: no Art. 1(2) criterion found, and Art. 1(6) does not apply.
    ExternalThreatNotMet {
        unknown: Vec<ExternalThreatCriterion>,
        /// A third State or an international organisation is targeted, but by an attempt,
        /// which Art. 1(6) does not name.
        third_state_attempt: bool,
    },
    /// The targets found (Art. 1(4)-(6)), in article order, and whether the activity was an
    /// attempt (which Art. 1(6) does not name).
    ThreatTo {
        targets: Vec<ThreatTarget>,
        attempt: bool,
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
            Reason::PotentialEffectMet { .. } => "potential_effect_met",
            Reason::SignificantEffectNotMet { .. } => "significant_effect_not_met",
            Reason::AttemptBeyondBand { .. } => "attempt_beyond_band",
            Reason::ExternalThreatMet(_) => "external_threat_met",
            Reason::ThirdStateRoute => "third_state_route",
            Reason::ExternalThreatNotMet { .. } => "external_threat_not_met",
            Reason::ThreatTo { .. } => "threat_to",
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
                letters(fs)
            ),
            Reason::PotentialEffectMet { found, potential } => {
                let mut on = Vec::new();
                if !found.is_empty() {
                    on.push(format!("found on Art. 2({})", letters(found)));
                }
                if !potential.is_empty() {
                    on.push(format!("potential on Art. 2({})", letters(potential)));
                }
                format!(
                    "it is an attempted cyber-attack with a potentially significant effect ({}), which Reg. (EU) 2019/796 Art. 1(1) covers (\"including attempted cyber-attacks with a potentially significant effect\")",
                    on.join("; ")
                )
            }
            Reason::SignificantEffectNotMet {
                unknown,
                potential_only,
            } => {
                let mut s = "no significant-effect factor of Reg. (EU) 2019/796 Art. 2 is found"
                    .to_owned();
                if !unknown.is_empty() {
                    s.push_str(&format!(" ({} still unknown)", bracketed(unknown)));
                }
                if !potential_only.is_empty() {
                    s.push_str(&format!(
                        "; {} only potential, which counts for an attempted cyber-attack (Art. 1(1)), and the activity is not recorded as attempted",
                        bracketed(potential_only)
                    ));
                }
                s
            }
            Reason::AttemptBeyondBand {
                severity,
                aggregate,
                ceiling,
                escalation,
            } => format!(
                "its escalation level {escalation} is above the ceiling {ceiling} of a {severity} picture (aggregate {aggregate}/{}), but that picture scores the realised effect of an attempt: Reg. (EU) 2019/796 Art. 1(1) weighs the potential effect of attempted cyber-attacks, so the band does not cap restrictive measures",
                rubric().max_aggregate()
            ),
            Reason::ExternalThreatMet(cs) => format!(
                "the external-threat test is met on Art. 1(2)({})",
                letters(cs)
            ),
            Reason::ThirdStateRoute => "no external-threat criterion of Art. 1(2) is found, but a significant effect is found against third States or international organisations, to which Reg. (EU) 2019/796 Art. 1(6) extends restrictive measures where deemed necessary to achieve the CFSP objectives of Art. 21 TEU".to_owned(),
            Reason::ExternalThreatNotMet {
                unknown,
                third_state_attempt,
            } => {
                let mut s =
                    "no external-threat criterion of Reg. (EU) 2019/796 Art. 1(2) is found"
                        .to_owned();
                if !unknown.is_empty() {
                    s.push_str(&format!(" ({} still unknown)", bracketed(unknown)));
                }
                if *third_state_attempt {
                    s.push_str(
                        "; Art. 1(6) covers cyber-attacks with a significant effect against third States or international organisations and does not name attempts, so an attempt needs the external threat of Art. 1(1)-(2)",
                    );
                }
                s
            }
            Reason::ThreatTo { targets, attempt } => threat_phrase(targets, *attempt),
            Reason::PersonsIdentified => "persons or entities to list are identified (Reg. (EU) 2019/796 Art. 3(3): those responsible for the cyber-attack or attempted cyber-attack, those who support or are otherwise involved in it, and those associated with them)".to_owned(),
            Reason::NoPersonsIdentified => {
                "no responsible person or entity is identified to list (Reg. (EU) 2019/796 Art. 3(3))".to_owned()
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

/// "a, c" from factors or criteria.
fn letters<T: Lettered>(xs: &[T]) -> String {
    xs.iter()
        .map(|x| x.letter_of())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "(a), (c)" from factors or criteria.
fn bracketed<T: Lettered>(xs: &[T]) -> String {
    xs.iter()
        .map(|x| format!("({})", x.letter_of()))
        .collect::<Vec<_>>()
        .join(", ")
}

trait Lettered {
    fn letter_of(&self) -> &'static str;
}

impl Lettered for SignificantEffectFactor {
    fn letter_of(&self) -> &'static str {
        self.letter()
    }
}

impl Lettered for ExternalThreatCriterion {
    fn letter_of(&self) -> &'static str {
        self.letter()
    }
}

/// The targets found, grouped by whom they make the attack a threat to (Art. 1(4)-(6)).
fn threat_phrase(targets: &[ThreatTarget], attempt: bool) -> String {
    let of = |p: ThreatenedParty| -> Vec<String> {
        targets
            .iter()
            .filter(|t| t.threatens() == p)
            .map(|t| format!("{} ({})", t.name(), t.article()))
            .collect()
    };
    let mut parts = Vec::new();
    let ms = of(ThreatenedParty::MemberStates);
    if !ms.is_empty() {
        parts.push(format!(
            "it affected information systems relating to {}, a threat to Member States under Reg. (EU) 2019/796 Art. 1(4)",
            join(ms.into_iter())
        ));
    }
    if !of(ThreatenedParty::Union).is_empty() {
        parts.push(
            "it was carried out against the Union's institutions, bodies, offices and agencies, delegations, CSDP operations and missions or special representatives, a threat to the Union under Art. 1(5)"
                .to_owned(),
        );
    }
    if !of(ThreatenedParty::ThirdStates).is_empty() {
        parts.push(if attempt {
            "it was directed against third States or international organisations (Art. 1(6) names cyber-attacks with a significant effect against them, not attempts, so an attempt rests on Art. 1(1))"
        } else {
            "it was directed against third States or international organisations (Art. 1(6): restrictive measures may also be applied where deemed necessary to achieve the CFSP objectives of Art. 21 TEU)"
        }.to_owned());
    }
    parts.join("; ")
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
    /// The activity was an attempt (Reg. (EU) 2019/796 Art. 1(1)).
    pub attempted: bool,
    /// Significant-effect factors found, then potential (Art. 2), in article order.
    pub factors_found: Vec<SignificantEffectFactor>,
    pub factors_potential: Vec<SignificantEffectFactor>,
    /// External-threat criteria found (Art. 1(2)).
    pub criteria_found: Vec<ExternalThreatCriterion>,
    /// Threatened targets found (Art. 1(4)-(6)), in article order.
    pub targets: Vec<ThreatTarget>,
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
    let potential = input.factors_potential();
    let criteria = input.criteria_found();
    let targets = input.targets_found();

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
        } else if input.attempted && m.needs_legal_tests() {
            // Reg. (EU) 2019/796 Art. 1(1): an attempt is weighed on its potential effect.
            reasons.push(Reason::AttemptBeyondBand {
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

        // Reg. (EU) 2019/796 Art. 1(1)-(2), (4)-(6), Art. 2; Dec. (CFSP) 2019/797 Art. 1.
        if m.needs_legal_tests() {
            // Art. 1(1) and Art. 2: the significant effect, or for an attempt the potential one.
            if input.attempted && input.significant_effect_met() {
                reasons.push(Reason::PotentialEffectMet {
                    found: factors.clone(),
                    potential: potential.clone(),
                });
            } else if !factors.is_empty() {
                reasons.push(Reason::SignificantEffectMet(factors.clone()));
            } else {
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
                    potential_only: if input.attempted {
                        Vec::new()
                    } else {
                        potential.clone()
                    },
                });
            }
            // Art. 1(2), or Art. 1(6) for a significant effect against a third State or an
            // international organisation.
            if !criteria.is_empty() {
                reasons.push(Reason::ExternalThreatMet(criteria.clone()));
            } else if input.third_state_route() {
                reasons.push(Reason::ThirdStateRoute);
            } else {
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
                    third_state_attempt: targets.contains(&ThreatTarget::ThirdStateOrOrganisation)
                        && factors.is_empty(),
                });
            }
            // Art. 1(4)-(6): the targets found, cited; never a blocker (the lists say "include").
            if !targets.is_empty() {
                reasons.push(Reason::ThreatTo {
                    targets: targets.clone(),
                    attempt: input.attempted,
                });
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
        attempted: input.attempted,
        factors_found: factors,
        factors_potential: potential,
        criteria_found: criteria,
        targets,
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

/// The legal findings of the case, one line each, for the head of the text report.
fn legal_findings(r: &OptionsReport) -> String {
    let mut out = String::new();
    if r.attempted {
        out.push_str("Attempted cyber-attack (foiled, or without effect): restrictive measures are weighed on the potential effect (Reg. (EU) 2019/796 Art. 1(1)).\n");
    }
    let mut effect = Vec::new();
    if !r.factors_found.is_empty() {
        effect.push(format!("found {}", bracketed(&r.factors_found)));
    }
    if !r.factors_potential.is_empty() {
        effect.push(format!(
            "potential {}{}",
            bracketed(&r.factors_potential),
            if r.attempted {
                ""
            } else {
                " (counts for an attempt only)"
            }
        ));
    }
    out.push_str(&format!(
        "Significant effect (Art. 2): {}.\n",
        if effect.is_empty() {
            "no factor found".to_owned()
        } else {
            effect.join("; ")
        }
    ));
    out.push_str(&format!(
        "External threat (Art. 1(2)): {}.\n",
        if r.criteria_found.is_empty() {
            "no criterion found".to_owned()
        } else {
            format!("found {}", bracketed(&r.criteria_found))
        }
    ));
    out.push_str(&format!(
        "Threatened (Art. 1(4)-(6)): {}.\n",
        if r.targets.is_empty() {
            "no target recorded".to_owned()
        } else {
            join(
                r.targets
                    .iter()
                    .map(|t| format!("{} ({})", t.name(), t.article())),
            )
        }
    ));
    out
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
    out.push_str(&legal_findings(report));
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
