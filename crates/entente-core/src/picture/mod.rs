//! Shared situational awareness (issue 5): what one party assesses about a malicious cyber
//! activity, validated against the compiled-in rubric, and the [`SharedPicture`] computed from
//! the current assessments of all parties.
//!
//! The seven dimensions come from the 2017 toolbox conclusions §5 (proportionality to "scope,
//! scale, duration, intensity, complexity, sophistication and impact"); the significant-effect
//! factors and external-threat criteria come from Regulation (EU) 2019/796 Art. 2 and Art. 1(2),
//! the threatened targets from its Art. 1(4)-(6) (wording confirmed against the consolidated
//! text of 27 January 2025; the Decision (CFSP) 2019/797 counterparts are cited as the
//! Council's parallel act). Reference data lives in
//! `data/assessment-rubric.json` and `data/significant-effect.json`.

mod assessment;
pub mod events;
mod rubric;
mod shared;

pub use assessment::{
    Assessment, AssessmentError, AssessmentInput, Confidence, DimensionInput, DimensionScore,
    EstimativeTerm, EvidenceId, FactorFinding, Finding, FindingOn, PartyId,
};
pub use rubric::{
    Dimension, ExternalThreatCriterion, Level, LevelDescriptor, SeverityBand,
    SignificantEffectFactor, ThreatTarget, ThreatenedParty, rubric, significant_effect_reference,
};
pub use shared::{
    AgreedPicture, DimensionPicture, Dissent, FindingTally, SharedPicture, SubmissionError,
    Submissions,
};

#[cfg(test)]
mod tests;
