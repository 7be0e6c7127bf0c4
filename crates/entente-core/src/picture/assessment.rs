//! One party's assessment of a malicious cyber activity: a level on each of the seven
//! dimensions with its rationale and evidence, a confidence, and findings on the legal tests of
//! Regulation (EU) 2019/796. [`AssessmentInput`] is the unvalidated form; [`Assessment::new`]
//! turns it into a valid [`Assessment`] or names every field that is wrong.

use std::collections::BTreeMap;

use thiserror::Error;

use super::rubric::{Dimension, ExternalThreatCriterion, Level, SignificantEffectFactor};
pub use crate::ids::PartyId;

/// Identifier of an evidence item (a STIX object id, a document reference...).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EvidenceId(pub String);

/// Confidence in an assessment (ICD 203 practice: separate from likelihood).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    Moderate,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Moderate => "moderate",
            Confidence::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Confidence> {
        match s {
            "low" => Some(Confidence::Low),
            "moderate" => Some(Confidence::Moderate),
            "high" => Some(Confidence::High),
            _ => None,
        }
    }
}

/// Estimative language of ICD 203, with the probability range each term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EstimativeTerm {
    AlmostNoChance,
    VeryUnlikely,
    Unlikely,
    RoughlyEvenChance,
    Likely,
    VeryLikely,
    AlmostCertain,
}

impl EstimativeTerm {
    pub const ALL: [EstimativeTerm; 7] = [
        EstimativeTerm::AlmostNoChance,
        EstimativeTerm::VeryUnlikely,
        EstimativeTerm::Unlikely,
        EstimativeTerm::RoughlyEvenChance,
        EstimativeTerm::Likely,
        EstimativeTerm::VeryLikely,
        EstimativeTerm::AlmostCertain,
    ];

    /// Probability range in percent, inclusive, per ICD 203 (domain.md): almost no chance
    /// 1-5, very unlikely 5-20, unlikely 20-45, roughly even chance 45-55, likely 55-80, very
    /// likely 80-95, almost certain 95-99.
    pub fn probability_range(self) -> (u8, u8) {
        match self {
            EstimativeTerm::AlmostNoChance => (1, 5),
            EstimativeTerm::VeryUnlikely => (5, 20),
            EstimativeTerm::Unlikely => (20, 45),
            EstimativeTerm::RoughlyEvenChance => (45, 55),
            EstimativeTerm::Likely => (55, 80),
            EstimativeTerm::VeryLikely => (80, 95),
            EstimativeTerm::AlmostCertain => (95, 99),
        }
    }

    /// The English phrase.
    pub fn phrase(self) -> &'static str {
        match self {
            EstimativeTerm::AlmostNoChance => "almost no chance",
            EstimativeTerm::VeryUnlikely => "very unlikely",
            EstimativeTerm::Unlikely => "unlikely",
            EstimativeTerm::RoughlyEvenChance => "roughly even chance",
            EstimativeTerm::Likely => "likely",
            EstimativeTerm::VeryLikely => "very likely",
            EstimativeTerm::AlmostCertain => "almost certain",
        }
    }

    /// The term for a probability in percent. Shared bounds (5, 20, 45, 55, 80, 95) go to the
    /// lower term; values outside 1-99 are clamped to the end terms.
    pub fn from_percent(p: u8) -> EstimativeTerm {
        EstimativeTerm::ALL
            .into_iter()
            .find(|t| p <= t.probability_range().1)
            .unwrap_or(EstimativeTerm::AlmostCertain)
    }
}

/// A finding on one legal factor, criterion or threatened target.
///
/// `Potential` is a finding on a significant-effect factor only: the effect did not
/// materialise but the activity, had it succeeded, would have had it. Regulation (EU) 2019/796
/// Art. 1(1) covers "cyber-attacks with a significant effect, including attempted cyber-attacks
/// with a potentially significant effect"; the options engine counts a potential effect for an
/// attempted cyber-attack and only for one. External-threat criteria (Art. 1(2)) and threatened
/// targets (Art. 1(4)-(6)) are facts about the activity as it was carried out, so
/// [`Finding::allowed_on`] refuses `Potential` there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Finding {
    Found,
    Potential,
    NotFound,
    Unknown,
}

/// The kind of legal test a finding is given on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingOn {
    /// A significant-effect factor (Reg. (EU) 2019/796 Art. 2).
    SignificantEffect,
    /// An external-threat criterion (Art. 1(2)).
    ExternalThreat,
    /// A threatened target (Art. 1(4)-(6)).
    Target,
}

impl Finding {
    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Found => "found",
            Finding::Potential => "potential",
            Finding::NotFound => "not_found",
            Finding::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Finding> {
        match s {
            "found" => Some(Finding::Found),
            "potential" => Some(Finding::Potential),
            "not_found" => Some(Finding::NotFound),
            "unknown" => Some(Finding::Unknown),
            _ => None,
        }
    }

    /// Whether this finding may be given on `on`: `potential` only on a significant-effect
    /// factor (Reg. (EU) 2019/796 Art. 1(1), "attempted cyber-attacks with a potentially
    /// significant effect").
    pub fn allowed_on(self, on: FindingOn) -> bool {
        self != Finding::Potential || on == FindingOn::SignificantEffect
    }

    /// The values accepted on `on`, for error messages.
    pub fn accepted_on(on: FindingOn) -> &'static str {
        on.accepted()
    }
}

impl FindingOn {
    /// The finding values accepted here, for error messages.
    pub fn accepted(self) -> &'static str {
        match self {
            FindingOn::SignificantEffect => "found, potential, not_found or unknown",
            _ => {
                "found, not_found or unknown (potential applies to significant-effect factors only, Reg. (EU) 2019/796 Art. 1(1))"
            }
        }
    }
}

/// A finding with the reason for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactorFinding {
    pub finding: Finding,
    pub rationale: String,
}

/// One dimension as scored by one party. `level` is `None` when the party states it cannot
/// score the dimension yet (it still has to say why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionScore {
    pub level: Option<Level>,
    pub rationale: String,
    pub evidence: Vec<EvidenceId>,
}

/// Unvalidated input for one dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionInput {
    pub dimension: Dimension,
    /// `None`: not assessed (explicitly).
    pub level: Option<u8>,
    pub rationale: String,
    pub evidence: Vec<String>,
}

/// Unvalidated assessment, as parsed at the edge.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AssessmentInput {
    pub party: String,
    pub dimensions: Vec<DimensionInput>,
    pub confidence: Option<Confidence>,
    pub significant_effect: Vec<(SignificantEffectFactor, FactorFinding)>,
    pub external_threat: Vec<(ExternalThreatCriterion, FactorFinding)>,
    pub version: u32,
}

/// A validated assessment: every dimension present exactly once with a level on the scale
/// (or explicitly not assessed), every legal factor and criterion present (missing ones are
/// recorded as `unknown`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub party: PartyId,
    pub dimensions: BTreeMap<Dimension, DimensionScore>,
    pub confidence: Confidence,
    pub significant_effect: BTreeMap<SignificantEffectFactor, FactorFinding>,
    pub external_threat: BTreeMap<ExternalThreatCriterion, FactorFinding>,
    /// Increases with each revision by the same party; the store assigns it.
    pub version: u32,
}

/// Why an assessment is invalid. `code()` is stable and machine-readable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AssessmentError {
    #[error("party: {0:?} is not a party code (2 to 16 letters, digits or '-', e.g. DE, EEAS)")]
    InvalidParty(String),
    #[error("dimensions.{dimension}: level {level} is outside the scale 0-{max}")]
    LevelOutOfScale {
        dimension: Dimension,
        level: u8,
        max: u8,
    },
    #[error("dimensions.{0}: missing; give a level, or no level with a rationale saying why")]
    MissingDimension(Dimension),
    #[error("dimensions.{0}: given more than once")]
    DuplicateDimension(Dimension),
    #[error("dimensions.{0}.rationale: must not be empty")]
    MissingRationale(Dimension),
    #[error("confidence: missing (low, moderate or high)")]
    MissingConfidence,
    #[error("significant_effect.{0}: given more than once")]
    DuplicateFactor(&'static str),
    #[error("external_threat.{0}: given more than once")]
    DuplicateCriterion(&'static str),
}

impl AssessmentError {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            AssessmentError::InvalidParty(_) => "assessment.invalid_party",
            AssessmentError::LevelOutOfScale { .. } => "assessment.level_out_of_scale",
            AssessmentError::MissingDimension(_) => "assessment.missing_dimension",
            AssessmentError::DuplicateDimension(_) => "assessment.duplicate_dimension",
            AssessmentError::MissingRationale(_) => "assessment.missing_rationale",
            AssessmentError::MissingConfidence => "assessment.missing_confidence",
            AssessmentError::DuplicateFactor(_) => "assessment.duplicate_factor",
            AssessmentError::DuplicateCriterion(_) => "assessment.duplicate_criterion",
        }
    }
}

impl Assessment {
    /// Validates `input`; on failure returns every problem found, each naming its field.
    pub fn new(input: AssessmentInput) -> Result<Assessment, Vec<AssessmentError>> {
        let mut errors = Vec::new();
        let party = PartyId::parse(&input.party)
            .map_err(|_| errors.push(AssessmentError::InvalidParty(input.party.clone())))
            .ok();
        let mut dimensions = BTreeMap::new();
        for d in input.dimensions {
            if dimensions.contains_key(&d.dimension) {
                errors.push(AssessmentError::DuplicateDimension(d.dimension));
                continue;
            }
            if d.rationale.trim().is_empty() {
                errors.push(AssessmentError::MissingRationale(d.dimension));
            }
            let level = match d.level.map(|v| Level::new(d.dimension, v)).transpose() {
                Ok(l) => l,
                Err(e) => {
                    errors.push(e);
                    None
                }
            };
            dimensions.insert(
                d.dimension,
                DimensionScore {
                    level,
                    rationale: d.rationale,
                    evidence: d.evidence.into_iter().map(EvidenceId).collect(),
                },
            );
        }
        for d in Dimension::ALL {
            if !dimensions.contains_key(&d) {
                errors.push(AssessmentError::MissingDimension(d));
            }
        }
        if input.confidence.is_none() {
            errors.push(AssessmentError::MissingConfidence);
        }
        let mut significant_effect = BTreeMap::new();
        for (f, finding) in input.significant_effect {
            if significant_effect.insert(f, finding).is_some() {
                errors.push(AssessmentError::DuplicateFactor(f.as_str()));
            }
        }
        for f in SignificantEffectFactor::ALL {
            significant_effect.entry(f).or_insert_with(unknown);
        }
        let mut external_threat = BTreeMap::new();
        for (c, finding) in input.external_threat {
            if external_threat.insert(c, finding).is_some() {
                errors.push(AssessmentError::DuplicateCriterion(c.as_str()));
            }
        }
        for c in ExternalThreatCriterion::ALL {
            external_threat.entry(c).or_insert_with(unknown);
        }
        match (party, input.confidence) {
            (Some(party), Some(confidence)) if errors.is_empty() => Ok(Assessment {
                party,
                dimensions,
                confidence,
                significant_effect,
                external_threat,
                version: input.version,
            }),
            _ => Err(errors),
        }
    }

    /// The level given on `dimension`, if any.
    pub fn level(&self, dimension: Dimension) -> Option<Level> {
        self.dimensions.get(&dimension).and_then(|s| s.level)
    }
}

fn unknown() -> FactorFinding {
    FactorFinding {
        finding: Finding::Unknown,
        rationale: "not recorded".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(party: &str, level: u8) -> AssessmentInput {
        AssessmentInput {
            party: party.to_owned(),
            dimensions: Dimension::ALL
                .iter()
                .map(|d| DimensionInput {
                    dimension: *d,
                    level: Some(level),
                    rationale: "seen in logs".to_owned(),
                    evidence: vec!["ev-1".to_owned()],
                })
                .collect(),
            confidence: Some(Confidence::Moderate),
            version: 1,
            ..Default::default()
        }
    }

    #[test]
    fn valid_assessment_fills_unknown_findings() {
        let a = Assessment::new(full("DE", 2)).unwrap();
        assert_eq!(a.significant_effect.len(), 7);
        assert_eq!(a.external_threat.len(), 4);
        assert_eq!(
            a.significant_effect[&SignificantEffectFactor::EconomicLoss].finding,
            Finding::Unknown
        );
    }

    #[test]
    fn errors_name_the_field() {
        let mut input = full(" ", 5);
        input
            .dimensions
            .retain(|d| d.dimension != Dimension::Impact);
        input.confidence = None;
        let errs = Assessment::new(input).unwrap_err();
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        assert!(errs.iter().any(|e| e.code() == "assessment.invalid_party"));
        assert!(msgs.contains(&"dimensions.scope: level 5 is outside the scale 0-4".to_owned()));
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("dimensions.impact: missing"))
        );
        assert!(
            errs.iter()
                .any(|e| e.code() == "assessment.missing_confidence")
        );
    }

    #[test]
    fn estimative_terms_cover_their_ranges() {
        assert_eq!(
            EstimativeTerm::from_percent(3),
            EstimativeTerm::AlmostNoChance
        );
        assert_eq!(
            EstimativeTerm::from_percent(50),
            EstimativeTerm::RoughlyEvenChance
        );
        assert_eq!(EstimativeTerm::from_percent(70), EstimativeTerm::Likely);
        assert_eq!(
            EstimativeTerm::from_percent(97),
            EstimativeTerm::AlmostCertain
        );
        assert_eq!(EstimativeTerm::AlmostCertain.probability_range(), (95, 99));
    }
}
