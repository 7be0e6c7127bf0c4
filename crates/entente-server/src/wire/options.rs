//! The options input document and the options report: what `entente options --assessment
//! FILE` reads and prints with `--format json`, what `POST /api/v1/dossiers/{id}/options`
//! takes and what both options routes answer, and the form of the cases of
//! `data/history-responses.json`. One parser and one validation: errors name the field
//! (`picture.scope: level 7 is outside the scale 0-4`). Schema: `docs/options-input.md`.
//!
//! ```json
//! {
//!   "picture": { "scope": 3, "scale": 4, "duration": 2, "intensity": 4,
//!                "complexity": 4, "sophistication": 3, "impact": 4 },
//!   "attempted": false,
//!   "significant_effect": { "a": "found", "c": { "finding": "found", "rationale": "..." } },
//!   "external_threat": { "a": "found" },
//!   "targets": { "4a": "found", "6": "found" },
//!   "attribution": { "state": "national", "by": ["DE", "CZ"] },
//!   "persons_identified": false,
//!   "context": { "ongoing_dialogue": false, "sanctions_regime_applies": true,
//!                "partner_status": "adversarial", "notes": "..." }
//! }
//! ```

use std::collections::BTreeMap;

use entente_core::PartyId;
use entente_core::options::{
    AttributionState, Context, OptionEntry, OptionsInput, OptionsReport, PartnerStatus,
};
use entente_core::picture::{
    AgreedPicture, Dimension, ExternalThreatCriterion, Finding, FindingOn, Level,
    SignificantEffectFactor, ThreatTarget, ThreatenedParty, rubric,
};
use serde::{Deserialize, Serialize};

use super::procedure::WireError;

/// The options input document. Unknown fields are refused.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsDocument {
    /// Dimension id to agreed level 0-4; `null` or absent: not agreed yet.
    pub picture: BTreeMap<String, Option<u8>>,
    /// The activity was an attempted cyber-attack, foiled or without effect (Reg. (EU)
    /// 2019/796 Art. 1(1)).
    #[serde(default)]
    pub attempted: bool,
    /// Art. 2 factor letter (a-g) or id to finding (`potential` allowed, Art. 1(1)).
    #[serde(default)]
    pub significant_effect: BTreeMap<String, FindingIn>,
    /// Art. 1(2) criterion letter (a-d) or id to finding.
    #[serde(default)]
    pub external_threat: BTreeMap<String, FindingIn>,
    /// Art. 1(4)-(6) target key (4a-4e, 5, 6) or id to finding.
    #[serde(default)]
    pub targets: BTreeMap<String, FindingIn>,
    /// Required in a file; on the API the dossier's register wins when it holds any
    /// attribution in force.
    #[serde(default)]
    pub attribution: Option<AttributionIn>,
    pub persons_identified: bool,
    #[serde(default)]
    pub context: ContextIn,
}

/// A finding: `"found"` or `{ "finding": "found", "rationale": "..." }` (the rationale is for
/// the reader; the engine does not use it).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum FindingIn {
    Plain(String),
    WithRationale {
        finding: String,
        #[serde(default)]
        rationale: Option<String>,
    },
}

impl FindingIn {
    fn value(&self) -> &str {
        match self {
            FindingIn::Plain(s) => s,
            FindingIn::WithRationale { finding, .. } => finding,
        }
    }
}

/// `{ "state": "none" | "national" | "joint", "by": ["DE", ...] }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionIn {
    pub state: String,
    #[serde(default)]
    pub by: Vec<String>,
}

/// The broader context of EU relations with the State concerned.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextIn {
    #[serde(default)]
    pub ongoing_dialogue: bool,
    #[serde(default)]
    pub sanctions_regime_applies: bool,
    /// partner, neutral, adversarial or unknown.
    #[serde(default)]
    pub partner_status: Option<String>,
    #[serde(default)]
    pub notes: String,
}

/// Where the attribution state the engine weighed came from.
pub const FROM_REGISTER: &str = "register";
/// ... or the document.
pub const FROM_DOCUMENT: &str = "request";

/// Parses an attribution state: `none`, `national` with at least one party, `joint`.
pub fn parse_attribution(state: &str, by: &[String]) -> Result<AttributionState, WireError> {
    match state {
        "none" => Ok(AttributionState::None),
        "joint" => Ok(AttributionState::Joint),
        "national" => {
            let mut parties = Vec::new();
            for (i, p) in by.iter().enumerate() {
                parties.push(PartyId::parse(p).map_err(|_| {
                    WireError::new(
                        format!("attribution.by[{i}]"),
                        format!(
                            "{:?} is not a party code",
                            p.chars().take(16).collect::<String>()
                        ),
                    )
                })?);
            }
            if parties.is_empty() {
                return Err(WireError::new(
                    "attribution.by",
                    "a national attribution names at least one party",
                ));
            }
            Ok(AttributionState::National(parties))
        }
        other => Err(WireError::new(
            "attribution.state",
            format!(
                "{:?} is not none, national or joint",
                other.chars().take(32).collect::<String>()
            ),
        )),
    }
}

/// Parses a partner status; absent means unknown.
pub fn parse_partner_status(s: Option<&str>) -> Result<PartnerStatus, WireError> {
    match s {
        None | Some("unknown") => Ok(PartnerStatus::Unknown),
        Some("partner") => Ok(PartnerStatus::Partner),
        Some("neutral") => Ok(PartnerStatus::Neutral),
        Some("adversarial") => Ok(PartnerStatus::Adversarial),
        Some(other) => Err(WireError::new(
            "context.partner_status",
            format!(
                "{:?} is not partner, neutral, adversarial or unknown",
                other.chars().take(32).collect::<String>()
            ),
        )),
    }
}

/// A finding on `on`; `potential` only on a significant-effect factor (Art. 1(1)).
fn finding(field: &str, on: FindingOn, key: &str, v: &FindingIn) -> Result<Finding, WireError> {
    Finding::parse(v.value())
        .filter(|f| f.allowed_on(on))
        .ok_or_else(|| {
            WireError::new(
                format!("{field}.{key}"),
                format!(
                    "{:?} is not a finding here; use {}",
                    v.value(),
                    on.accepted()
                ),
            )
        })
}

/// The Art. 1(4)-(6) targets of a comma-separated list (`4c,6`), each found.
pub fn targets_found(list: Option<&str>) -> Result<BTreeMap<ThreatTarget, Finding>, WireError> {
    let mut out = BTreeMap::new();
    for k in list
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
    {
        let t = ThreatTarget::parse(k).ok_or_else(|| {
            WireError::new(
                "targets",
                format!(
                    "{k:?} is not a target; use 4a-4e, 5 or 6 of Reg. (EU) 2019/796 Art. 1(4)-(6)"
                ),
            )
        })?;
        out.insert(t, Finding::Found);
    }
    Ok(out)
}

impl OptionsDocument {
    /// Validates the document into the engine's input. `register`: the attribution state of
    /// the dossier's register (the API), which wins over the document's when it holds any
    /// attribution; without a register (a file) the document must give one. Returns where the
    /// attribution state came from ([`FROM_REGISTER`] or [`FROM_DOCUMENT`]).
    pub fn into_input(
        self,
        register: Option<AttributionState>,
    ) -> Result<(OptionsInput, &'static str), WireError> {
        let mut picture = AgreedPicture::new();
        for (k, v) in &self.picture {
            let d = Dimension::parse(k).ok_or_else(|| {
                WireError::new(
                    format!("picture.{k}"),
                    "not a dimension; use scope, scale, duration, intensity, complexity, sophistication or impact",
                )
            })?;
            let level = v.map(|v| Level::new(d, v)).transpose().map_err(|_| {
                WireError::new(
                    format!("picture.{k}"),
                    format!(
                        "level {} is outside the scale 0-{}",
                        v.unwrap_or_default(),
                        rubric().max_level(d)
                    ),
                )
            })?;
            picture.set(d, level);
        }
        let mut significant_effect = BTreeMap::new();
        for (k, v) in &self.significant_effect {
            let f = SignificantEffectFactor::parse(k).ok_or_else(|| {
                WireError::new(
                    format!("significant_effect.{k}"),
                    "not a factor; use a letter a-g of Reg. (EU) 2019/796 Art. 2",
                )
            })?;
            significant_effect.insert(
                f,
                finding("significant_effect", FindingOn::SignificantEffect, k, v)?,
            );
        }
        let mut external_threat = BTreeMap::new();
        for (k, v) in &self.external_threat {
            let c = ExternalThreatCriterion::parse(k).ok_or_else(|| {
                WireError::new(
                    format!("external_threat.{k}"),
                    "not a criterion; use a letter a-d of Reg. (EU) 2019/796 Art. 1(2)",
                )
            })?;
            external_threat.insert(
                c,
                finding("external_threat", FindingOn::ExternalThreat, k, v)?,
            );
        }
        let mut targets = BTreeMap::new();
        for (k, v) in &self.targets {
            let t = ThreatTarget::parse(k).ok_or_else(|| {
                WireError::new(
                    format!("targets.{k}"),
                    "not a target; use 4a-4e, 5 or 6 of Reg. (EU) 2019/796 Art. 1(4)-(6)",
                )
            })?;
            targets.insert(t, finding("targets", FindingOn::Target, k, v)?);
        }
        let document = self
            .attribution
            .as_ref()
            .map(|a| parse_attribution(&a.state, &a.by))
            .transpose()?;
        let (attribution, source) = match (register, document) {
            (Some(r), _) if r.any() => (r, FROM_REGISTER),
            (_, Some(d)) => (d, FROM_DOCUMENT),
            (Some(r), None) => (r, FROM_REGISTER),
            (None, None) => {
                return Err(WireError::new(
                    "attribution",
                    "required: {\"state\": \"none\"}, {\"state\": \"national\", \"by\": [\"DE\"]} or {\"state\": \"joint\"}",
                ));
            }
        };
        let partner_status = parse_partner_status(self.context.partner_status.as_deref())?;
        Ok((
            OptionsInput {
                picture,
                attempted: self.attempted,
                significant_effect,
                external_threat,
                targets,
                attribution,
                persons_identified: self.persons_identified,
                context: Context {
                    ongoing_dialogue: self.context.ongoing_dialogue,
                    sanctions_regime_applies: self.context.sanctions_regime_applies,
                    partner_status,
                    notes: self.context.notes,
                },
            },
            source,
        ))
    }
}

/// The options report. `dossier`, `picture_source` and `attribution_source` are given on the
/// API, where the picture may come from the dossier's agreed picture and the attribution from
/// its register.
#[derive(Debug, Serialize)]
pub struct OptionsReportOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dossier: Option<String>,
    /// `agreed_picture` or `request`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture_source: Option<&'static str>,
    /// `register` or `request`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution_source: Option<&'static str>,
    pub attribution: String,
    pub severity: &'static str,
    pub aggregate: u32,
    pub max_aggregate: u32,
    pub ceiling: u8,
    pub unknown_dimensions: Vec<&'static str>,
    /// The activity was an attempt (Reg. (EU) 2019/796 Art. 1(1)).
    pub attempted: bool,
    /// The legal findings the engine weighed.
    pub findings: FindingsOut,
    pub available: Vec<OptionOut>,
    pub not_available: Vec<OptionOut>,
    pub notes: String,
}

/// The legal findings of the case, as the engine read them.
#[derive(Debug, Serialize)]
pub struct FindingsOut {
    /// Art. 2 factor letters found.
    pub significant_effect_found: Vec<&'static str>,
    /// Art. 2 factor letters potential (counted for an attempt only).
    pub significant_effect_potential: Vec<&'static str>,
    /// Art. 1(2) criterion letters found.
    pub external_threat_found: Vec<&'static str>,
    /// Art. 1(4)-(6) targets found.
    pub targets: Vec<TargetOut>,
}

/// A threatened target found.
#[derive(Debug, Serialize)]
pub struct TargetOut {
    pub id: &'static str,
    pub article: &'static str,
    /// `member_states`, `union` or `third_states`.
    pub threat_to: &'static str,
    pub name: &'static str,
}

/// One option.
#[derive(Debug, Serialize)]
pub struct OptionOut {
    pub measure: String,
    pub name: String,
    pub category: &'static str,
    pub escalation: u8,
    pub decision_rule: &'static str,
    pub needs_attribution: bool,
    pub needs_joint_attribution: bool,
    pub lead_time_days: u32,
    pub legal_basis: String,
    pub principles: Vec<&'static str>,
    pub explanation: String,
    pub reasons: Vec<ReasonOut>,
}

/// One structured reason.
#[derive(Debug, Serialize)]
pub struct ReasonOut {
    pub code: &'static str,
    pub blocker: bool,
    pub text: String,
}

impl From<&OptionEntry> for OptionOut {
    fn from(o: &OptionEntry) -> Self {
        OptionOut {
            measure: o.measure.id.clone(),
            name: o.measure.name.clone(),
            category: o.measure.category.as_str(),
            escalation: o.measure.escalation,
            decision_rule: o.measure.decision_rule.as_str(),
            needs_attribution: o.measure.needs_attribution,
            needs_joint_attribution: o.measure.needs_joint_attribution,
            lead_time_days: o.measure.lead_time_days,
            legal_basis: o.measure.legal_basis.clone(),
            principles: o.measure.principles.iter().map(|p| p.as_str()).collect(),
            explanation: o.explanation.clone(),
            reasons: o
                .reasons
                .iter()
                .map(|r| ReasonOut {
                    code: r.code(),
                    blocker: r.is_blocker(),
                    text: r.phrase(),
                })
                .collect(),
        }
    }
}

impl OptionsReportOut {
    /// The report of the engine on `input`.
    pub fn new(input: &OptionsInput, r: &OptionsReport) -> OptionsReportOut {
        OptionsReportOut {
            dossier: None,
            picture_source: None,
            attribution_source: None,
            attribution: match &input.attribution {
                AttributionState::None => "none".into(),
                AttributionState::National(by) => format!(
                    "national ({})",
                    by.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
                ),
                AttributionState::Joint => "joint".into(),
            },
            severity: r.severity.as_str(),
            aggregate: r.aggregate,
            max_aggregate: rubric().max_aggregate(),
            ceiling: r.ceiling,
            unknown_dimensions: r.unknown_dimensions.iter().map(|d| d.as_str()).collect(),
            attempted: r.attempted,
            findings: FindingsOut {
                significant_effect_found: r.factors_found.iter().map(|f| f.letter()).collect(),
                significant_effect_potential: r
                    .factors_potential
                    .iter()
                    .map(|f| f.letter())
                    .collect(),
                external_threat_found: r.criteria_found.iter().map(|c| c.letter()).collect(),
                targets: r
                    .targets
                    .iter()
                    .map(|t| TargetOut {
                        id: t.as_str(),
                        article: t.article(),
                        threat_to: match t.threatens() {
                            ThreatenedParty::MemberStates => "member_states",
                            ThreatenedParty::Union => "union",
                            ThreatenedParty::ThirdStates => "third_states",
                        },
                        name: t.name(),
                    })
                    .collect(),
            },
            available: r.available.iter().map(OptionOut::from).collect(),
            not_available: r.not_available.iter().map(OptionOut::from).collect(),
            notes: r.notes.clone(),
        }
    }

    /// The same, as the API answers it for a dossier.
    pub fn for_dossier(
        mut self,
        dossier: String,
        picture_source: &'static str,
        attribution_source: &'static str,
    ) -> OptionsReportOut {
        self.dossier = Some(dossier);
        self.picture_source = Some(picture_source);
        self.attribution_source = Some(attribution_source);
        self
    }
}

#[cfg(test)]
mod tests {
    use entente_core::options::{render_text, response_options};

    use super::*;

    fn check(json: &str, register: Option<AttributionState>, expect: &str) {
        let doc: Result<OptionsDocument, _> = serde_json::from_str(json);
        let msg = match doc {
            Err(e) => e.to_string(),
            Ok(d) => match d.into_input(register) {
                Ok((i, _)) => render_text(&response_options(&i)),
                Err(e) => e.to_string(),
            },
        };
        assert!(msg.contains(expect), "{msg}");
    }

    #[test]
    fn example_files_run() {
        let text = include_str!("../../../../docs/examples/options-input.json");
        check(text, None, "Available options, least to most escalatory:");
        check(text, None, "[eu-declaration]");
        let text = include_str!("../../../../docs/examples/options-input-attempt.json");
        let doc: OptionsDocument = serde_json::from_str(text).unwrap();
        let (input, source) = doc.into_input(None).unwrap();
        assert_eq!(source, FROM_DOCUMENT);
        let report = response_options(&input);
        assert!(report.is_available("restrictive-listing"));
        let wire = serde_json::to_value(OptionsReportOut::new(&input, &report)).unwrap();
        assert_eq!(wire["attempted"], true);
        assert!(wire.get("dossier").is_none());
        assert_eq!(
            wire["findings"]["significant_effect_potential"],
            serde_json::json!(["a", "f"])
        );
        assert_eq!(wire["findings"]["targets"][0]["article"], "Art. 1(6)");
        let listing = wire["available"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["measure"] == "restrictive-listing")
            .unwrap();
        assert!(
            listing["explanation"]
                .as_str()
                .unwrap()
                .contains("Art. 1(1)")
        );
        assert_eq!(listing["needs_attribution"], false);
    }

    #[test]
    fn errors_name_the_field() {
        let none = r#""attribution":{"state":"none"},"persons_identified":false"#;
        let cases = [
            (
                format!(r#"{{"picture":{{"scope":7}},{none}}}"#),
                "picture.scope: level 7 is outside the scale 0-4",
            ),
            (
                format!(r#"{{"picture":{{"reach":1}},{none}}}"#),
                "picture.reach: not a dimension",
            ),
            (
                format!(r#"{{"picture":{{}},"significant_effect":{{"h":"found"}},{none}}}"#),
                "significant_effect.h: not a factor",
            ),
            (
                format!(r#"{{"picture":{{}},"external_threat":{{"a":"yes"}},{none}}}"#),
                "external_threat.a: \"yes\" is not a finding",
            ),
            (
                format!(r#"{{"picture":{{}},"external_threat":{{"a":"potential"}},{none}}}"#),
                "external_threat.a: \"potential\" is not a finding here; use found, not_found or unknown (potential applies to significant-effect factors only",
            ),
            (
                format!(r#"{{"picture":{{}},"targets":{{"4f":"found"}},{none}}}"#),
                "targets.4f: not a target",
            ),
            (
                format!(r#"{{"picture":{{}},"attempted":"yes",{none}}}"#),
                "invalid type",
            ),
            (
                r#"{"picture":{},"attribution":{"state":"national"},"persons_identified":false}"#
                    .to_string(),
                "attribution.by: a national attribution names at least one party",
            ),
            (
                r#"{"picture":{},"attribution":{"state":"maybe"},"persons_identified":false}"#
                    .to_string(),
                "attribution.state: \"maybe\" is not none",
            ),
            (
                format!(r#"{{"picture":{{}},"context":{{"partner_status":"friend"}},{none}}}"#),
                "context.partner_status: \"friend\"",
            ),
            (
                r#"{"picture":{},"persons_identified":false}"#.to_string(),
                "attribution: required",
            ),
            (
                format!(r#"{{"picture":{{}},"colour":"red",{none}}}"#),
                "unknown field `colour`",
            ),
        ];
        for (json, expect) in &cases {
            check(json, None, expect);
        }
        // On the API the register stands in for a missing attribution, and wins when it holds one.
        check(
            r#"{"picture":{},"persons_identified":false}"#,
            Some(AttributionState::None),
            "Available options",
        );
        let doc: OptionsDocument =
            serde_json::from_str(&format!(r#"{{"picture":{{}},{none}}}"#)).unwrap();
        let (input, source) = doc.into_input(Some(AttributionState::Joint)).unwrap();
        assert_eq!(
            (input.attribution, source),
            (AttributionState::Joint, FROM_REGISTER)
        );
    }
}
