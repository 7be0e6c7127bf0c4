//! Data-file form of an options input, used by compiled-in and test data such as
//! `data/history-responses.json` (the wire schema of the CLI and server lives at the edge).
//! [`ScenarioInput::to_options_input`] validates it into an [`OptionsInput`].

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use super::engine::{AttributionState, Context, OptionsInput, PartnerStatus};
use crate::ids::PartyId;
use crate::picture::{
    AgreedPicture, AssessmentError, Dimension, ExternalThreatCriterion, Finding, FindingOn, Level,
    SignificantEffectFactor, ThreatTarget,
};

/// Attribution in data files: `{"state": "none" | "national" | "joint", "by": [...]}`.
#[derive(Debug, Clone, Deserialize)]
pub struct ScenarioAttribution {
    pub state: String,
    #[serde(default)]
    pub by: Vec<String>,
}

/// Context in data files.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ScenarioContext {
    #[serde(default)]
    pub ongoing_dialogue: bool,
    #[serde(default)]
    pub sanctions_regime_applies: bool,
    #[serde(default)]
    pub partner_status: Option<String>,
    #[serde(default)]
    pub notes: String,
}

/// An options input in data files: dimension ids to levels, factor and criterion letters (or
/// ids) and target keys (or ids) to `found` / `not_found` / `unknown`, and on factors also
/// `potential` (Reg. (EU) 2019/796 Art. 1(1)).
#[derive(Debug, Clone, Deserialize)]
pub struct ScenarioInput {
    pub picture: BTreeMap<String, u8>,
    /// The activity was an attempted cyber-attack (Art. 1(1)).
    #[serde(default)]
    pub attempted: bool,
    #[serde(default)]
    pub significant_effect: BTreeMap<String, String>,
    #[serde(default)]
    pub external_threat: BTreeMap<String, String>,
    /// Art. 1(4)-(6) target key (`4a` ... `4e`, `5`, `6`) or id to finding.
    #[serde(default)]
    pub targets: BTreeMap<String, String>,
    pub attribution: ScenarioAttribution,
    pub persons_identified: bool,
    #[serde(default)]
    pub context: ScenarioContext,
}

/// A field of a scenario that does not fit. `code()` is stable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ScenarioError {
    #[error(
        "picture.{0}: not a dimension (scope, scale, duration, intensity, complexity, sophistication, impact)"
    )]
    UnknownDimension(String),
    #[error("picture.{0}")]
    Level(String, #[source] AssessmentError),
    #[error("{field}.{key}: not a factor or criterion letter")]
    UnknownFactor { field: &'static str, key: String },
    #[error(
        "targets.{0}: not a target of Reg. (EU) 2019/796 Art. 1(4)-(6); use 4a-4e, 5 or 6 (or the ids in data/significant-effect.json)"
    )]
    UnknownTarget(String),
    #[error("{field}.{key}: {value:?} is not {}", .on.accepted())]
    BadFinding {
        field: &'static str,
        key: String,
        value: String,
        on: FindingOn,
    },
    #[error("attribution.state: {0:?} is not none, national or joint")]
    BadAttribution(String),
    #[error("attribution.by: a national attribution names at least one party")]
    NoNationalParty,
    #[error("attribution.by: {0:?} is not a party code")]
    BadParty(String),
    #[error("context.partner_status: {0:?} is not partner, neutral, adversarial or unknown")]
    BadPartnerStatus(String),
}

impl ScenarioError {
    pub fn code(&self) -> &'static str {
        match self {
            ScenarioError::UnknownDimension(_) => "scenario.unknown_dimension",
            ScenarioError::Level(..) => "scenario.level_out_of_scale",
            ScenarioError::UnknownFactor { .. } => "scenario.unknown_factor",
            ScenarioError::UnknownTarget(_) => "scenario.unknown_target",
            ScenarioError::BadFinding { .. } => "scenario.bad_finding",
            ScenarioError::BadAttribution(_) => "scenario.bad_attribution",
            ScenarioError::NoNationalParty => "scenario.no_national_party",
            ScenarioError::BadParty(_) => "scenario.bad_party",
            ScenarioError::BadPartnerStatus(_) => "scenario.bad_partner_status",
        }
    }
}

/// Parses an attribution state from its data-file form.
pub fn parse_attribution(state: &str, by: &[String]) -> Result<AttributionState, ScenarioError> {
    match state {
        "none" => Ok(AttributionState::None),
        "joint" => Ok(AttributionState::Joint),
        "national" => {
            let mut parties = Vec::new();
            for p in by {
                parties.push(PartyId::parse(p).map_err(|_| ScenarioError::BadParty(p.clone()))?);
            }
            if parties.is_empty() {
                return Err(ScenarioError::NoNationalParty);
            }
            Ok(AttributionState::National(parties))
        }
        other => Err(ScenarioError::BadAttribution(other.to_owned())),
    }
}

/// Parses a partner status; `None` means unknown.
pub fn parse_partner_status(s: Option<&str>) -> Result<PartnerStatus, ScenarioError> {
    match s {
        None | Some("unknown") => Ok(PartnerStatus::Unknown),
        Some("partner") => Ok(PartnerStatus::Partner),
        Some("neutral") => Ok(PartnerStatus::Neutral),
        Some("adversarial") => Ok(PartnerStatus::Adversarial),
        Some(other) => Err(ScenarioError::BadPartnerStatus(other.to_owned())),
    }
}

impl ScenarioInput {
    /// Validates into the engine's input.
    pub fn to_options_input(&self) -> Result<OptionsInput, ScenarioError> {
        let mut picture = AgreedPicture::new();
        for (k, v) in &self.picture {
            let d =
                Dimension::parse(k).ok_or_else(|| ScenarioError::UnknownDimension(k.clone()))?;
            let l = Level::new(d, *v).map_err(|e| ScenarioError::Level(k.clone(), e))?;
            picture.set(d, Some(l));
        }
        let mut significant_effect = BTreeMap::new();
        for (k, v) in &self.significant_effect {
            let f =
                SignificantEffectFactor::parse(k).ok_or_else(|| ScenarioError::UnknownFactor {
                    field: "significant_effect",
                    key: k.clone(),
                })?;
            significant_effect.insert(
                f,
                finding("significant_effect", FindingOn::SignificantEffect, k, v)?,
            );
        }
        let mut external_threat = BTreeMap::new();
        for (k, v) in &self.external_threat {
            let c =
                ExternalThreatCriterion::parse(k).ok_or_else(|| ScenarioError::UnknownFactor {
                    field: "external_threat",
                    key: k.clone(),
                })?;
            external_threat.insert(
                c,
                finding("external_threat", FindingOn::ExternalThreat, k, v)?,
            );
        }
        let mut targets = BTreeMap::new();
        for (k, v) in &self.targets {
            let t =
                ThreatTarget::parse(k).ok_or_else(|| ScenarioError::UnknownTarget(k.clone()))?;
            targets.insert(t, finding("targets", FindingOn::Target, k, v)?);
        }
        Ok(OptionsInput {
            picture,
            attempted: self.attempted,
            significant_effect,
            external_threat,
            targets,
            attribution: parse_attribution(&self.attribution.state, &self.attribution.by)?,
            persons_identified: self.persons_identified,
            context: Context {
                ongoing_dialogue: self.context.ongoing_dialogue,
                sanctions_regime_applies: self.context.sanctions_regime_applies,
                partner_status: parse_partner_status(self.context.partner_status.as_deref())?,
                notes: self.context.notes.clone(),
            },
        })
    }
}

/// A finding on `on`; `potential` only on a significant-effect factor (Art. 1(1)).
fn finding(
    field: &'static str,
    on: FindingOn,
    key: &str,
    value: &str,
) -> Result<Finding, ScenarioError> {
    Finding::parse(value)
        .filter(|f| f.allowed_on(on))
        .ok_or_else(|| ScenarioError::BadFinding {
            field,
            key: key.to_owned(),
            value: value.to_owned(),
            on,
        })
}
