//! The catalogue of toolbox measures, compiled in from `data/toolbox-measures.json`: five
//! categories (preventive, cooperative, stability, restrictive, support to Member States'
//! lawful responses), each measure with its decision rule, gates and escalation level.

use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

/// Category of a toolbox measure (public commentary on implementing guidelines 13007/17 and
/// 10289/23; see the data file for what is confirmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Preventive,
    Cooperative,
    Stability,
    Restrictive,
    Support,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Preventive => "preventive",
            Category::Cooperative => "cooperative",
            Category::Stability => "stability",
            Category::Restrictive => "restrictive",
            Category::Support => "support",
        }
    }
}

/// How the Council (or nobody) decides on a measure, ordered from least to most strict:
/// `None < Qmv < Silence < Unanimity`. Silence (Council Rules of Procedure Art. 12(2)) fails on
/// one objection, so it sits just below unanimity (Art. 31(1) TEU); QMV (Art. 16(4), 31(2)
/// TEU) can be carried over objections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionRule {
    None,
    Qmv,
    Silence,
    Unanimity,
}

impl DecisionRule {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionRule::None => "none",
            DecisionRule::Qmv => "qmv",
            DecisionRule::Silence => "silence",
            DecisionRule::Unanimity => "unanimity",
        }
    }
}

impl DecisionRule {
    /// How the rule reads in a sentence ("needs no Council decision", "by unanimity").
    pub fn phrase(self) -> &'static str {
        match self {
            DecisionRule::None => "no Council decision needed",
            DecisionRule::Qmv => "by qualified majority",
            DecisionRule::Silence => "by silence procedure",
            DecisionRule::Unanimity => "by unanimity",
        }
    }
}

impl fmt::Display for DecisionRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A principle of the 2017 toolbox conclusions §5 (six indents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Principle {
    ProtectIntegritySecurity,
    BroaderContext,
    CfspObjectives,
    SharedSituationalAwareness,
    Proportionality,
    InternationalLaw,
}

impl Principle {
    pub fn as_str(self) -> &'static str {
        match self {
            Principle::ProtectIntegritySecurity => "protect_integrity_security",
            Principle::BroaderContext => "broader_context",
            Principle::CfspObjectives => "cfsp_objectives",
            Principle::SharedSituationalAwareness => "shared_situational_awareness",
            Principle::Proportionality => "proportionality",
            Principle::InternationalLaw => "international_law",
        }
    }

    /// Short English wording of the principle (2017 conclusions §5).
    pub fn phrase(self) -> &'static str {
        match self {
            Principle::ProtectIntegritySecurity => {
                "protecting the integrity and security of the EU, its Member States and citizens"
            }
            Principle::BroaderContext => "the broader context of EU external relations",
            Principle::CfspObjectives => "the CFSP objectives of the TEU",
            Principle::SharedSituationalAwareness => "a shared situational awareness",
            Principle::Proportionality => "proportionality to the activity",
            Principle::InternationalLaw => "respect for international law and fundamental rights",
        }
    }
}

/// Who may propose a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Proposer {
    MemberState,
    HighRepresentative,
    Commission,
    Presidency,
}

/// One toolbox measure as described in `data/toolbox-measures.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct Measure {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub proposed_by: Vec<Proposer>,
    pub decision_rule: DecisionRule,
    /// Needs attribution by at least one State (2017 conclusions §4: joint measures do not
    /// always need it).
    pub needs_attribution: bool,
    /// Needs attribution agreed jointly by the Member States.
    #[serde(default)]
    pub needs_joint_attribution: bool,
    /// Needs identified persons or entities (listing under Decision (CFSP) 2019/797).
    pub needs_identified_persons: bool,
    pub lead_time_days: u32,
    pub legal_basis: String,
    /// Ordinal, 1 (least) to 6 (most escalatory).
    pub escalation: u8,
    #[serde(default)]
    pub exclusive_with: Vec<String>,
    pub principles: Vec<Principle>,
    pub sources: Vec<String>,
    /// Whether the entry was confirmed against a public source.
    pub confirmed: bool,
    /// Why an unconfirmed entry could not be confirmed (every `confirmed: false` says why).
    #[serde(default)]
    pub why_unconfirmed: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Measure {
    /// Restrictive measures under Regulation (EU) 2019/796 need the significant-effect test
    /// (Art. 2) and the external-threat test (Art. 1(2)) met.
    pub fn needs_legal_tests(&self) -> bool {
        self.category == Category::Restrictive
    }
}

#[derive(Debug, Deserialize)]
struct CatalogueData {
    version: u32,
    measures: Vec<Measure>,
}

/// The compiled-in catalogue.
#[derive(Debug)]
pub struct Catalogue {
    version: u32,
    measures: Vec<Measure>,
}

impl Catalogue {
    pub fn version(&self) -> u32 {
        self.version
    }

    /// All measures, least to most escalatory (then by category and id).
    pub fn measures(&self) -> &[Measure] {
        &self.measures
    }

    pub fn get(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }
}

const CATALOGUE_JSON: &str = include_str!("../../../../data/toolbox-measures.json");

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| {
    // Compiled-in data, checked by the unit test below: a failure here is a build defect.
    let data: CatalogueData =
        serde_json::from_str(CATALOGUE_JSON).expect("data/toolbox-measures.json is valid");
    let mut measures = data.measures;
    measures
        .sort_by(|a, b| (a.escalation, a.category, &a.id).cmp(&(b.escalation, b.category, &b.id)));
    Catalogue {
        version: data.version,
        measures,
    }
});

/// The compiled-in catalogue of toolbox measures.
pub fn catalogue() -> &'static Catalogue {
    &CATALOGUE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_consistent() {
        let c = catalogue();
        assert!(c.measures().len() >= 13);
        let mut ids = std::collections::HashSet::new();
        for m in c.measures() {
            assert!(ids.insert(m.id.as_str()), "duplicate {}", m.id);
            assert!((1..=6).contains(&m.escalation), "{}", m.id);
            assert!(!m.principles.is_empty(), "{}", m.id);
            assert!(!m.legal_basis.is_empty(), "{}", m.id);
            if m.needs_joint_attribution {
                assert!(m.needs_attribution, "{}", m.id);
            }
            assert!(
                m.confirmed || m.why_unconfirmed.as_deref().is_some_and(|w| !w.is_empty()),
                "{}: unconfirmed without saying why",
                m.id
            );
            for x in &m.exclusive_with {
                let other = c
                    .get(x)
                    .unwrap_or_else(|| panic!("{} excludes unknown {x}", m.id));
                assert!(
                    other.exclusive_with.contains(&m.id),
                    "{x} <-> {} not symmetric",
                    m.id
                );
            }
        }
        for cat in [
            Category::Preventive,
            Category::Cooperative,
            Category::Stability,
            Category::Restrictive,
            Category::Support,
        ] {
            assert!(c.measures().iter().any(|m| m.category == cat), "{cat:?}");
        }
        let listing = c.get("restrictive-listing").unwrap();
        assert!(listing.needs_identified_persons && listing.needs_legal_tests());
        assert_eq!(listing.decision_rule, DecisionRule::Unanimity);
    }
}
