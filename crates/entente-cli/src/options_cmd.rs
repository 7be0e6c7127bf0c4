//! `entente options --assessment FILE [--format text|json]`: reads the agreed picture and the
//! findings of a case, runs the response-options engine
//! ([`entente_core::options::response_options`]) and prints the available toolbox measures,
//! least to most escalatory, with their explanations, then those not available with reasons.
//!
//! This file is the edge: it owns the input schema (documented in `docs/options-input.md`,
//! example in `docs/examples/options-input.json`) and the JSON output, and turns them into
//! core values with errors that name the field and the fix.
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
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow};
use entente_core::options::scenario::{parse_attribution, parse_partner_status};
use entente_core::options::{
    Context, OptionEntry, OptionsInput, OptionsReport, render_text, response_options,
};
use entente_core::picture::{
    AgreedPicture, Dimension, ExternalThreatCriterion, Finding, FindingOn, Level,
    SignificantEffectFactor, ThreatTarget, ThreatenedParty, rubric,
};
use serde::{Deserialize, Serialize};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OptionsFormat {
    /// Ranked options with explanations, then the others with reasons.
    #[default]
    Text,
    /// One JSON object.
    Json,
}

/// `entente options --assessment FILE [--format text|json]`
#[derive(Debug, clap::Args)]
pub struct OptionsArgs {
    /// JSON file with the agreed picture and the findings (schema: docs/options-input.md).
    #[arg(long, value_name = "FILE")]
    pub assessment: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OptionsFormat::Text)]
    pub format: OptionsFormat,
}

/// Wire form of the input file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsFile {
    /// Dimension id to agreed level 0-4; `null` or absent: not agreed yet.
    pub picture: BTreeMap<String, Option<u8>>,
    /// The activity was an attempted cyber-attack, foiled or without effect (Reg. (EU)
    /// 2019/796 Art. 1(1)).
    #[serde(default)]
    pub attempted: bool,
    /// Art. 2 factor letter (a-g) or id to finding (`potential` allowed, Art. 1(1)).
    #[serde(default)]
    pub significant_effect: BTreeMap<String, FindingWire>,
    /// Art. 1(2) criterion letter (a-d) or id to finding.
    #[serde(default)]
    pub external_threat: BTreeMap<String, FindingWire>,
    /// Art. 1(4)-(6) target key (4a-4e, 5, 6) or id to finding.
    #[serde(default)]
    pub targets: BTreeMap<String, FindingWire>,
    pub attribution: AttributionWire,
    pub persons_identified: bool,
    #[serde(default)]
    pub context: ContextWire,
}

/// A finding: `"found"` or `{ "finding": "found", "rationale": "..." }`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum FindingWire {
    Plain(String),
    WithRationale {
        finding: String,
        #[serde(default)]
        #[allow(dead_code)]
        rationale: Option<String>,
    },
}

impl FindingWire {
    fn value(&self) -> &str {
        match self {
            FindingWire::Plain(s) => s,
            FindingWire::WithRationale { finding, .. } => finding,
        }
    }
}

/// `{ "state": "none" | "national" | "joint", "by": ["DE", ...] }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionWire {
    pub state: String,
    #[serde(default)]
    pub by: Vec<String>,
}

/// The broader context of EU relations with the State concerned.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextWire {
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

impl OptionsFile {
    /// Validates the wire form into the engine's input; errors name the field.
    pub fn into_input(self) -> anyhow::Result<OptionsInput> {
        let mut picture = AgreedPicture::new();
        for (k, v) in &self.picture {
            let d = Dimension::parse(k).ok_or_else(|| {
                anyhow!(
                    "picture.{k}: not a dimension; use scope, scale, duration, intensity, complexity, sophistication or impact"
                )
            })?;
            let level = v.map(|v| Level::new(d, v)).transpose().map_err(|_| {
                anyhow!(
                    "picture.{k}: level {} is outside the scale 0-{}",
                    v.unwrap_or_default(),
                    rubric().max_level(d)
                )
            })?;
            picture.set(d, level);
        }
        let mut significant_effect = BTreeMap::new();
        for (k, v) in &self.significant_effect {
            let f = SignificantEffectFactor::parse(k).ok_or_else(|| {
                anyhow!("significant_effect.{k}: not a factor; use a letter a-g of Reg. (EU) 2019/796 Art. 2")
            })?;
            significant_effect.insert(
                f,
                finding("significant_effect", FindingOn::SignificantEffect, k, v)?,
            );
        }
        let mut external_threat = BTreeMap::new();
        for (k, v) in &self.external_threat {
            let c = ExternalThreatCriterion::parse(k).ok_or_else(|| {
                anyhow!("external_threat.{k}: not a criterion; use a letter a-d of Reg. (EU) 2019/796 Art. 1(2)")
            })?;
            external_threat.insert(
                c,
                finding("external_threat", FindingOn::ExternalThreat, k, v)?,
            );
        }
        let mut targets = BTreeMap::new();
        for (k, v) in &self.targets {
            let t = ThreatTarget::parse(k).ok_or_else(|| {
                anyhow!("targets.{k}: not a target; use 4a-4e, 5 or 6 of Reg. (EU) 2019/796 Art. 1(4)-(6)")
            })?;
            targets.insert(t, finding("targets", FindingOn::Target, k, v)?);
        }
        let attribution = parse_attribution(&self.attribution.state, &self.attribution.by)
            .map_err(|e| anyhow!("{e}"))?;
        let partner_status = parse_partner_status(self.context.partner_status.as_deref())
            .map_err(|e| anyhow!("{e}"))?;
        Ok(OptionsInput {
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
        })
    }
}

/// A finding on `on`; `potential` only on a significant-effect factor (Art. 1(1)).
fn finding(field: &str, on: FindingOn, key: &str, v: &FindingWire) -> anyhow::Result<Finding> {
    Finding::parse(v.value())
        .filter(|f| f.allowed_on(on))
        .ok_or_else(|| {
            anyhow!(
                "{field}.{key}: {:?} is not a finding here; use {}",
                v.value(),
                on.accepted()
            )
        })
}

/// Reads and validates an input file.
pub fn read_input(path: &Path) -> anyhow::Result<OptionsInput> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the assessment file {}", path.display()))?;
    let file: OptionsFile = serde_json::from_str(&text).with_context(|| {
        format!(
            "{}: not a valid options input (see docs/options-input.md)",
            path.display()
        )
    })?;
    file.into_input()
        .with_context(|| format!("{}: invalid options input", path.display()))
}

/// Runs `entente options`.
pub fn run(args: &OptionsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let input = read_input(&args.assessment)?;
    let report = response_options(&input);
    match args.format {
        OptionsFormat::Text => out.write_all(render_text(&report).as_bytes())?,
        OptionsFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &ReportWire::from(&report))?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// JSON output: a compatibility promise, so it lives here and not in the core.
#[derive(Debug, Serialize)]
pub struct ReportWire {
    pub severity: &'static str,
    pub aggregate: u32,
    pub max_aggregate: u32,
    pub ceiling: u8,
    pub unknown_dimensions: Vec<&'static str>,
    /// The activity was an attempt (Reg. (EU) 2019/796 Art. 1(1)).
    pub attempted: bool,
    /// The legal findings the engine weighed.
    pub findings: FindingsWire,
    pub available: Vec<OptionWire>,
    pub not_available: Vec<OptionWire>,
    pub notes: String,
}

/// The legal findings of the case, as the engine read them.
#[derive(Debug, Serialize)]
pub struct FindingsWire {
    /// Art. 2 factor letters found.
    pub significant_effect_found: Vec<&'static str>,
    /// Art. 2 factor letters potential (counted for an attempt only).
    pub significant_effect_potential: Vec<&'static str>,
    /// Art. 1(2) criterion letters found.
    pub external_threat_found: Vec<&'static str>,
    /// Art. 1(4)-(6) targets found.
    pub targets: Vec<TargetWire>,
}

/// A threatened target found.
#[derive(Debug, Serialize)]
pub struct TargetWire {
    pub id: &'static str,
    pub article: &'static str,
    /// `member_states`, `union` or `third_states`.
    pub threat_to: &'static str,
    pub name: &'static str,
}

impl From<&OptionsReport> for FindingsWire {
    fn from(r: &OptionsReport) -> Self {
        FindingsWire {
            significant_effect_found: r.factors_found.iter().map(|f| f.letter()).collect(),
            significant_effect_potential: r.factors_potential.iter().map(|f| f.letter()).collect(),
            external_threat_found: r.criteria_found.iter().map(|c| c.letter()).collect(),
            targets: r
                .targets
                .iter()
                .map(|t| TargetWire {
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
        }
    }
}

/// One option in the JSON output.
#[derive(Debug, Serialize)]
pub struct OptionWire {
    pub measure: String,
    pub name: String,
    pub category: &'static str,
    pub escalation: u8,
    pub decision_rule: &'static str,
    pub lead_time_days: u32,
    pub legal_basis: String,
    pub principles: Vec<&'static str>,
    pub explanation: String,
    pub reasons: Vec<ReasonWire>,
}

/// One structured reason in the JSON output.
#[derive(Debug, Serialize)]
pub struct ReasonWire {
    pub code: &'static str,
    pub blocker: bool,
    pub text: String,
}

impl From<&OptionEntry> for OptionWire {
    fn from(o: &OptionEntry) -> Self {
        OptionWire {
            measure: o.measure.id.clone(),
            name: o.measure.name.clone(),
            category: o.measure.category.as_str(),
            escalation: o.measure.escalation,
            decision_rule: o.measure.decision_rule.as_str(),
            lead_time_days: o.measure.lead_time_days,
            legal_basis: o.measure.legal_basis.clone(),
            principles: o.measure.principles.iter().map(|p| p.as_str()).collect(),
            explanation: o.explanation.clone(),
            reasons: o
                .reasons
                .iter()
                .map(|r| ReasonWire {
                    code: r.code(),
                    blocker: r.is_blocker(),
                    text: r.phrase(),
                })
                .collect(),
        }
    }
}

impl From<&OptionsReport> for ReportWire {
    fn from(r: &OptionsReport) -> Self {
        ReportWire {
            severity: r.severity.as_str(),
            aggregate: r.aggregate,
            max_aggregate: rubric().max_aggregate(),
            ceiling: r.ceiling,
            unknown_dimensions: r.unknown_dimensions.iter().map(|d| d.as_str()).collect(),
            attempted: r.attempted,
            findings: FindingsWire::from(r),
            available: r.available.iter().map(OptionWire::from).collect(),
            not_available: r.not_available.iter().map(OptionWire::from).collect(),
            notes: r.notes.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expect: &str) {
        let file: Result<OptionsFile, _> = serde_json::from_str(json);
        let msg = match file {
            Err(e) => e.to_string(),
            Ok(f) => match f.into_input() {
                Ok(i) => render_text(&response_options(&i)),
                Err(e) => format!("{e:#}"),
            },
        };
        assert!(msg.contains(expect), "{msg}");
    }

    #[test]
    fn example_file_runs() {
        let text = include_str!("../../../docs/examples/options-input.json");
        check(text, "Available options, least to most escalatory:");
        check(text, "[eu-declaration]");
    }

    /// The OPCW attempt of 2018 (docs/examples/options-input-attempt.json): restrictive
    /// measures are available, on Art. 1(1), whatever the band of the realised effect.
    #[test]
    fn attempt_example_lists_restrictive_measures() {
        let text = include_str!("../../../docs/examples/options-input-attempt.json");
        let file: OptionsFile = serde_json::from_str(text).unwrap();
        let report = response_options(&file.into_input().unwrap());
        assert!(report.is_available("restrictive-listing"));
        let wire = serde_json::to_value(ReportWire::from(&report)).unwrap();
        assert_eq!(wire["attempted"], true);
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
                .contains("Art. 1(1)"),
            "{listing}"
        );
        check(text, "Attempted cyber-attack (foiled, or without effect)");
    }

    #[test]
    fn errors_name_the_field() {
        check(
            r#"{"picture":{"scope":7},"attribution":{"state":"none"},"persons_identified":false}"#,
            "picture.scope: level 7 is outside the scale 0-4",
        );
        check(
            r#"{"picture":{"reach":1},"attribution":{"state":"none"},"persons_identified":false}"#,
            "picture.reach: not a dimension",
        );
        check(
            r#"{"picture":{},"significant_effect":{"h":"found"},"attribution":{"state":"none"},"persons_identified":false}"#,
            "significant_effect.h: not a factor",
        );
        check(
            r#"{"picture":{},"external_threat":{"a":"yes"},"attribution":{"state":"none"},"persons_identified":false}"#,
            "external_threat.a: \"yes\" is not a finding",
        );
        check(
            r#"{"picture":{},"external_threat":{"a":"potential"},"attribution":{"state":"none"},"persons_identified":false}"#,
            "external_threat.a: \"potential\" is not a finding here; use found, not_found or unknown (potential applies to significant-effect factors only",
        );
        check(
            r#"{"picture":{},"targets":{"4f":"found"},"attribution":{"state":"none"},"persons_identified":false}"#,
            "targets.4f: not a target",
        );
        check(
            r#"{"picture":{},"attempted":"yes","attribution":{"state":"none"},"persons_identified":false}"#,
            "invalid type",
        );
        check(
            r#"{"picture":{},"attribution":{"state":"national"},"persons_identified":false}"#,
            "attribution.by: a national attribution names at least one party",
        );
    }
}
