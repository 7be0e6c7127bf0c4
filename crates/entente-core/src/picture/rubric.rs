//! The compiled-in reference data of the shared picture: the seven dimensions and their
//! ordinal scales (`data/assessment-rubric.json`), the severity bands over the aggregate, and
//! the legal tests of Regulation (EU) 2019/796 (`data/significant-effect.json`).

use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

use super::assessment::AssessmentError;

/// One of the seven dimensions of proportionality named in the 2017 toolbox conclusions §5
/// ("scope, scale, duration, intensity, complexity, sophistication and impact").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Scope,
    Scale,
    Duration,
    Intensity,
    Complexity,
    Sophistication,
    Impact,
}

impl Dimension {
    /// All seven, in the order of the 2017 conclusions.
    pub const ALL: [Dimension; 7] = [
        Dimension::Scope,
        Dimension::Scale,
        Dimension::Duration,
        Dimension::Intensity,
        Dimension::Complexity,
        Dimension::Sophistication,
        Dimension::Impact,
    ];

    /// The stable identifier used in data files and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Scope => "scope",
            Dimension::Scale => "scale",
            Dimension::Duration => "duration",
            Dimension::Intensity => "intensity",
            Dimension::Complexity => "complexity",
            Dimension::Sophistication => "sophistication",
            Dimension::Impact => "impact",
        }
    }

    /// Parses the stable identifier; `None` for anything else.
    pub fn parse(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A level on a dimension's ordinal scale, validated against the rubric (0..=4 today).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

impl Level {
    /// Validates `value` against the rubric scale of `dimension`.
    pub fn new(dimension: Dimension, value: u8) -> Result<Level, AssessmentError> {
        let max = rubric().max_level(dimension);
        if value > max {
            return Err(AssessmentError::LevelOutOfScale {
                dimension,
                level: value,
                max,
            });
        }
        Ok(Level(value))
    }

    /// The ordinal value.
    pub fn value(self) -> u8 {
        self.0
    }
}

/// What a level means, for display to diplomats.
#[derive(Debug, Clone, Deserialize)]
pub struct LevelDescriptor {
    pub level: u8,
    pub label: String,
    pub descriptor: String,
}

#[derive(Debug, Deserialize)]
struct DimensionData {
    id: String,
    name: String,
    question: String,
    levels: Vec<LevelDescriptor>,
}

#[derive(Debug, Deserialize)]
struct BandData {
    id: String,
    min: u32,
    max: u32,
    escalation_ceiling: u8,
    descriptor: String,
}

#[derive(Debug, Deserialize)]
struct AggregateData {
    bands: Vec<BandData>,
}

#[derive(Debug, Deserialize)]
struct RubricData {
    version: u32,
    dimensions: Vec<DimensionData>,
    aggregate: AggregateData,
}

/// The assessment rubric: per-dimension scales and the severity bands.
#[derive(Debug)]
pub struct Rubric {
    data: RubricData,
}

impl Rubric {
    /// Version of `data/assessment-rubric.json`.
    pub fn version(&self) -> u32 {
        self.data.version
    }

    fn dimension(&self, dimension: Dimension) -> &DimensionData {
        // Completeness is checked when the rubric is loaded.
        self.data
            .dimensions
            .iter()
            .find(|d| d.id == dimension.as_str())
            .unwrap_or(&self.data.dimensions[0])
    }

    /// Highest level on the dimension's scale.
    pub fn max_level(&self, dimension: Dimension) -> u8 {
        self.dimension(dimension)
            .levels
            .iter()
            .map(|l| l.level)
            .max()
            .unwrap_or(0)
    }

    /// Display name of the dimension.
    pub fn name(&self, dimension: Dimension) -> &str {
        &self.dimension(dimension).name
    }

    /// The question the dimension answers.
    pub fn question(&self, dimension: Dimension) -> &str {
        &self.dimension(dimension).question
    }

    /// The descriptor of one level, if the level is on the scale.
    pub fn descriptor(&self, dimension: Dimension, level: Level) -> Option<&LevelDescriptor> {
        self.dimension(dimension)
            .levels
            .iter()
            .find(|l| l.level == level.value())
    }

    /// Highest possible aggregate (sum of the scale maxima).
    pub fn max_aggregate(&self) -> u32 {
        Dimension::ALL
            .iter()
            .map(|d| u32::from(self.max_level(*d)))
            .sum()
    }

    /// The band whose range contains `aggregate` (bands are contiguous; above the top band
    /// gives the top band).
    pub fn band_for(&self, aggregate: u32) -> SeverityBand {
        for (i, b) in self.data.aggregate.bands.iter().enumerate() {
            if aggregate >= b.min && aggregate <= b.max {
                return SeverityBand::ALL[i];
            }
        }
        SeverityBand::Critical
    }

    /// The highest escalation level the band justifies.
    pub fn ceiling(&self, band: SeverityBand) -> u8 {
        self.data.aggregate.bands[band as usize].escalation_ceiling
    }

    /// The band's descriptor.
    pub fn band_descriptor(&self, band: SeverityBand) -> &str {
        &self.data.aggregate.bands[band as usize].descriptor
    }
}

/// Severity band over the aggregate of the agreed levels (rule in the rubric's `aggregate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SeverityBand {
    Low = 0,
    Moderate = 1,
    Serious = 2,
    Severe = 3,
    Critical = 4,
}

impl SeverityBand {
    /// All bands, least to most severe.
    pub const ALL: [SeverityBand; 5] = [
        SeverityBand::Low,
        SeverityBand::Moderate,
        SeverityBand::Serious,
        SeverityBand::Severe,
        SeverityBand::Critical,
    ];

    /// Stable identifier.
    pub fn as_str(self) -> &'static str {
        match self {
            SeverityBand::Low => "low",
            SeverityBand::Moderate => "moderate",
            SeverityBand::Serious => "serious",
            SeverityBand::Severe => "severe",
            SeverityBand::Critical => "critical",
        }
    }
}

impl fmt::Display for SeverityBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

const RUBRIC_JSON: &str = include_str!("../../../../data/assessment-rubric.json");

static RUBRIC: LazyLock<Rubric> = LazyLock::new(|| {
    // Compiled-in data, checked by the unit test below: a failure here is a build defect.
    let data: RubricData =
        serde_json::from_str(RUBRIC_JSON).expect("data/assessment-rubric.json is valid");
    for d in Dimension::ALL {
        assert!(
            data.dimensions.iter().any(|x| x.id == d.as_str()),
            "rubric lacks dimension {d}"
        );
    }
    assert_eq!(data.aggregate.bands.len(), SeverityBand::ALL.len());
    for (b, band) in data.aggregate.bands.iter().zip(SeverityBand::ALL) {
        assert_eq!(b.id, band.as_str(), "rubric bands out of order");
    }
    Rubric { data }
});

/// The compiled-in rubric.
pub fn rubric() -> &'static Rubric {
    &RUBRIC
}

/// Factors of a "significant effect": Regulation (EU) 2019/796 Art. 2 (a)-(g), identical to
/// Decision (CFSP) 2019/797 Art. 3 (a)-(g).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SignificantEffectFactor {
    /// (a) scope, scale, impact or severity of disruption caused
    Disruption,
    /// (b) number of natural or legal persons, entities or bodies affected
    PersonsAffected,
    /// (c) number of Member States concerned
    MemberStatesConcerned,
    /// (d) amount of economic loss caused
    EconomicLoss,
    /// (e) economic benefit gained by the perpetrator
    PerpetratorBenefit,
    /// (f) amount or nature of data stolen or scale of data breaches
    DataStolen,
    /// (g) nature of commercially sensitive data accessed
    CommerciallySensitiveData,
}

impl SignificantEffectFactor {
    /// All factors in article order (a)-(g).
    pub const ALL: [SignificantEffectFactor; 7] = [
        SignificantEffectFactor::Disruption,
        SignificantEffectFactor::PersonsAffected,
        SignificantEffectFactor::MemberStatesConcerned,
        SignificantEffectFactor::EconomicLoss,
        SignificantEffectFactor::PerpetratorBenefit,
        SignificantEffectFactor::DataStolen,
        SignificantEffectFactor::CommerciallySensitiveData,
    ];

    /// The article letter, "a" to "g".
    pub fn letter(self) -> &'static str {
        ["a", "b", "c", "d", "e", "f", "g"][self as usize]
    }

    /// Stable identifier (as in `data/significant-effect.json`).
    pub fn as_str(self) -> &'static str {
        [
            "disruption",
            "persons_affected",
            "member_states_concerned",
            "economic_loss",
            "perpetrator_benefit",
            "data_stolen",
            "commercially_sensitive_data",
        ][self as usize]
    }

    /// Parses an identifier or an article letter.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s || f.letter() == s)
    }

    /// The wording of the article.
    pub fn text(self) -> &'static str {
        significant_effect_reference().factor_text(self)
    }

    /// "Art. 2(a) Reg. 2019/796" style citation.
    pub fn citation(self) -> String {
        format!(
            "Reg. (EU) 2019/796 Art. 2({}); Dec. (CFSP) 2019/797 Art. 3({})",
            self.letter(),
            self.letter()
        )
    }
}

/// Criteria of an "external threat": Regulation (EU) 2019/796 Art. 1(2) (a)-(d), identical to
/// Decision (CFSP) 2019/797 Art. 1(2) (a)-(d).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExternalThreatCriterion {
    /// (a) originate, or are carried out, from outside the Union
    OriginOutside,
    /// (b) use infrastructure outside the Union
    InfrastructureOutside,
    /// (c) carried out by a person or entity established or operating outside the Union
    PersonsOutside,
    /// (d) carried out with the support, at the direction or under the control of such persons
    SupportOutside,
}

impl ExternalThreatCriterion {
    /// All criteria in article order (a)-(d).
    pub const ALL: [ExternalThreatCriterion; 4] = [
        ExternalThreatCriterion::OriginOutside,
        ExternalThreatCriterion::InfrastructureOutside,
        ExternalThreatCriterion::PersonsOutside,
        ExternalThreatCriterion::SupportOutside,
    ];

    /// The article letter, "a" to "d".
    pub fn letter(self) -> &'static str {
        ["a", "b", "c", "d"][self as usize]
    }

    /// Stable identifier.
    pub fn as_str(self) -> &'static str {
        [
            "origin_outside",
            "infrastructure_outside",
            "persons_outside",
            "support_outside",
        ][self as usize]
    }

    /// Parses an identifier or an article letter.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s || f.letter() == s)
    }

    /// The wording of the article.
    pub fn text(self) -> &'static str {
        significant_effect_reference().criterion_text(self)
    }

    /// Citation of the criterion.
    pub fn citation(self) -> String {
        format!(
            "Reg. (EU) 2019/796 Art. 1(2)({}); Dec. (CFSP) 2019/797 Art. 1(2)({})",
            self.letter(),
            self.letter()
        )
    }
}

/// Whom a cyber-attack on a [`ThreatTarget`] threatens, per Regulation (EU) 2019/796 Art. 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ThreatenedParty {
    /// Art. 1(4): "Cyber-attacks constituting a threat to Member States include those
    /// affecting information systems relating to, inter alia: ..."
    MemberStates,
    /// Art. 1(5): "Cyber-attacks constituting a threat to the Union include those carried out
    /// against ..."
    Union,
    /// Art. 1(6): restrictive measures "may also be applied in response to cyber-attacks with a
    /// significant effect against third States or international organisations".
    ThirdStates,
}

/// The targets the Regulation names: information systems whose attack constitutes a threat to
/// the Member States (Reg. (EU) 2019/796 Art. 1(4)(a)-(e)) or to the Union (Art. 1(5)), and
/// third States or international organisations (Art. 1(6)). Art. 1(4) and (5) are
/// non-exhaustive ("include", "inter alia"): a target found illustrates the threat, a target
/// not found does not exclude one. Wording: `data/significant-effect.json`, confirmed against
/// the consolidated text of 27 January 2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ThreatTarget {
    /// Art. 1(4)(a): critical infrastructure, including submarine cables and objects launched
    /// into outer space.
    CriticalInfrastructure,
    /// Art. 1(4)(b): services necessary for the maintenance of essential social and/or economic
    /// activities (energy, transport, banking, financial market infrastructures, health,
    /// drinking water, digital infrastructure, any other sector essential to the Member State).
    EssentialServices,
    /// Art. 1(4)(c): critical State functions (defence, governance and the functioning of
    /// institutions including public elections or the voting process, economic and civil
    /// infrastructure, internal security, external relations including diplomatic missions).
    CriticalStateFunctions,
    /// Art. 1(4)(d): the storage or processing of classified information.
    ClassifiedInformation,
    /// Art. 1(4)(e): government emergency response teams.
    EmergencyResponseTeams,
    /// Art. 1(5): the Union's institutions, bodies, offices and agencies, its delegations, its
    /// CSDP operations and missions and its special representatives.
    Union,
    /// Art. 1(6): third States or international organisations.
    ThirdStateOrOrganisation,
}

impl ThreatTarget {
    /// All targets in article order.
    pub const ALL: [ThreatTarget; 7] = [
        ThreatTarget::CriticalInfrastructure,
        ThreatTarget::EssentialServices,
        ThreatTarget::CriticalStateFunctions,
        ThreatTarget::ClassifiedInformation,
        ThreatTarget::EmergencyResponseTeams,
        ThreatTarget::Union,
        ThreatTarget::ThirdStateOrOrganisation,
    ];

    /// Stable identifier (as in `data/significant-effect.json`).
    pub fn as_str(self) -> &'static str {
        [
            "critical_infrastructure",
            "essential_services",
            "critical_state_functions",
            "classified_information",
            "emergency_response_teams",
            "union",
            "third_state_or_international_organisation",
        ][self as usize]
    }

    /// Short key after the paragraph and point: `4a` ... `4e`, `5`, `6`.
    pub fn key(self) -> &'static str {
        ["4a", "4b", "4c", "4d", "4e", "5", "6"][self as usize]
    }

    /// "Art. 1(4)(c)".
    pub fn article(self) -> &'static str {
        [
            "Art. 1(4)(a)",
            "Art. 1(4)(b)",
            "Art. 1(4)(c)",
            "Art. 1(4)(d)",
            "Art. 1(4)(e)",
            "Art. 1(5)",
            "Art. 1(6)",
        ][self as usize]
    }

    /// Parses an identifier or a short key.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == s || t.key() == s)
    }

    /// Whom an attack on this target threatens.
    pub fn threatens(self) -> ThreatenedParty {
        match self {
            ThreatTarget::Union => ThreatenedParty::Union,
            ThreatTarget::ThirdStateOrOrganisation => ThreatenedParty::ThirdStates,
            _ => ThreatenedParty::MemberStates,
        }
    }

    /// A short English name for explanations.
    pub fn name(self) -> &'static str {
        [
            "critical infrastructure",
            "essential services",
            "critical State functions",
            "the storage or processing of classified information",
            "government emergency response teams",
            "the Union's institutions, bodies, offices and agencies, delegations, CSDP operations and missions or special representatives",
            "third States or international organisations",
        ][self as usize]
    }

    /// The wording of the article.
    pub fn text(self) -> &'static str {
        significant_effect_reference().target_text(self)
    }

    /// Citation of the target.
    pub fn citation(self) -> String {
        format!("Reg. (EU) 2019/796 {}", self.article())
    }
}

#[derive(Debug, Deserialize)]
struct LetteredText {
    letter: String,
    id: String,
    text: String,
}

#[derive(Debug, Deserialize)]
struct SignificantEffectPart {
    factors: Vec<LetteredText>,
}

#[derive(Debug, Deserialize)]
struct ExternalThreatPart {
    criteria: Vec<LetteredText>,
}

#[derive(Debug, Deserialize)]
struct KeyedText {
    key: String,
    id: String,
    text: String,
}

#[derive(Debug, Deserialize)]
struct ThreatenedTargetsPart {
    targets: Vec<KeyedText>,
}

#[derive(Debug, Deserialize)]
struct SignificantEffectData {
    significant_effect: SignificantEffectPart,
    external_threat: ExternalThreatPart,
    threatened_targets: ThreatenedTargetsPart,
}

/// The compiled-in wording of the legal tests (`data/significant-effect.json`).
#[derive(Debug)]
pub struct SignificantEffectReference {
    data: SignificantEffectData,
}

impl SignificantEffectReference {
    fn factor_text(&self, f: SignificantEffectFactor) -> &str {
        self.data
            .significant_effect
            .factors
            .iter()
            .find(|x| x.id == f.as_str())
            .map(|x| x.text.as_str())
            .unwrap_or("")
    }

    fn target_text(&self, t: ThreatTarget) -> &str {
        self.data
            .threatened_targets
            .targets
            .iter()
            .find(|x| x.id == t.as_str())
            .map(|x| x.text.as_str())
            .unwrap_or("")
    }

    fn criterion_text(&self, c: ExternalThreatCriterion) -> &str {
        self.data
            .external_threat
            .criteria
            .iter()
            .find(|x| x.id == c.as_str())
            .map(|x| x.text.as_str())
            .unwrap_or("")
    }
}

const SIGNIFICANT_EFFECT_JSON: &str = include_str!("../../../../data/significant-effect.json");

static SIGNIFICANT_EFFECT: LazyLock<SignificantEffectReference> = LazyLock::new(|| {
    let data: SignificantEffectData = serde_json::from_str(SIGNIFICANT_EFFECT_JSON)
        .expect("data/significant-effect.json is valid");
    for f in SignificantEffectFactor::ALL {
        assert!(
            data.significant_effect
                .factors
                .iter()
                .any(|x| x.id == f.as_str() && x.letter == f.letter()),
            "significant-effect.json lacks factor {}",
            f.as_str()
        );
    }
    for c in ExternalThreatCriterion::ALL {
        assert!(
            data.external_threat
                .criteria
                .iter()
                .any(|x| x.id == c.as_str() && x.letter == c.letter()),
            "significant-effect.json lacks criterion {}",
            c.as_str()
        );
    }
    for t in ThreatTarget::ALL {
        assert!(
            data.threatened_targets
                .targets
                .iter()
                .any(|x| x.id == t.as_str() && x.key == t.key()),
            "significant-effect.json lacks target {}",
            t.as_str()
        );
    }
    SignificantEffectReference { data }
});

/// The compiled-in legal tests.
pub fn significant_effect_reference() -> &'static SignificantEffectReference {
    &SIGNIFICANT_EFFECT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_data_loads_and_is_complete() {
        let r = rubric();
        for d in Dimension::ALL {
            assert_eq!(r.max_level(d), 4, "{d}");
            for v in 0..=4 {
                let l = Level::new(d, v).unwrap();
                assert!(r.descriptor(d, l).is_some());
            }
            assert!(Level::new(d, 5).is_err());
        }
        assert_eq!(r.max_aggregate(), 28);
        assert_eq!(r.band_for(0), SeverityBand::Low);
        assert_eq!(r.band_for(12), SeverityBand::Serious);
        assert_eq!(r.band_for(28), SeverityBand::Critical);
        let mut last = 0;
        for b in SeverityBand::ALL {
            assert!(r.ceiling(b) >= last);
            last = r.ceiling(b);
        }
        for f in SignificantEffectFactor::ALL {
            assert!(!f.text().is_empty());
            assert_eq!(SignificantEffectFactor::parse(f.letter()), Some(f));
        }
        for c in ExternalThreatCriterion::ALL {
            assert!(!c.text().is_empty());
        }
    }

    /// Every wording the engine quotes is the Regulation's own: it appears verbatim (up to
    /// white space and the typographic quotes) in the consolidated text of 27 January 2025.
    #[test]
    fn wording_is_the_regulations_own() {
        const REGULATION: &str =
            include_str!("../../../../data/legal/regulation-2019-796-consolidated-2025-01-27.txt");
        let norm = |s: &str| {
            s.replace(['\u{2018}', '\u{2019}'], "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let reg = norm(REGULATION);
        let texts = SignificantEffectFactor::ALL
            .iter()
            .map(|f| f.text())
            .chain(ExternalThreatCriterion::ALL.iter().map(|c| c.text()))
            .chain(ThreatTarget::ALL.iter().map(|t| t.text()));
        for t in texts {
            assert!(!t.is_empty());
            assert!(reg.contains(&norm(t)), "not in the Regulation: {t}");
        }
        for t in ThreatTarget::ALL {
            assert_eq!(ThreatTarget::parse(t.key()), Some(t));
            assert_eq!(ThreatTarget::parse(t.as_str()), Some(t));
        }
    }

    #[test]
    fn bands_are_contiguous() {
        let r = rubric();
        let mut prev = None;
        for a in 0..=r.max_aggregate() {
            let b = r.band_for(a);
            if let Some(p) = prev {
                assert!(b >= p);
            }
            prev = Some(b);
        }
    }
}
