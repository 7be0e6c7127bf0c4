//! The recorded form of issue 5's work on a dossier: evidence items (with their Admiralty
//! grading), per-party assessments as parties submit them, and the proposal and objection
//! events of the agreed picture. These payloads are wire types: a `(type, version)` is kept
//! forever.
//!
//! **Agreement is a pure function** ([`ProposalStatus::of`]): a proposal is `agreed` once the
//! clock has reached its deadline and no party objected before it, `objected` as soon as one
//! party objected, and `open` otherwise. No event is written when a picture becomes agreed;
//! the agreement time is the deadline. This is the "simple objection window" of issue 5 (a
//! silence procedure in the sense of the procedures module, without its voting rules).
//!
//! Admiralty grading (NATO AJP-2.1; MISP taxonomy `admiralty-scale`): source reliability A-F
//! and information credibility 1-6. The MISP taxonomy's extra value G ("deliberately
//! deceptive") is not part of the NATO scale and is not accepted.

use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::assessment::{
    Assessment, AssessmentInput, Confidence, DimensionInput, EstimativeTerm, FactorFinding,
    Finding, FindingOn,
};
use super::rubric::{Dimension, ExternalThreatCriterion, SignificantEffectFactor};
use crate::event::EventBody;
use crate::{Invalid, Marking, PartyId};

/// Source reliability of the Admiralty code (A: completely reliable ... F: cannot be judged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Reliability {
    A,
    B,
    C,
    D,
    E,
    F,
}

impl Reliability {
    pub const ALL: [Reliability; 6] = [
        Reliability::A,
        Reliability::B,
        Reliability::C,
        Reliability::D,
        Reliability::E,
        Reliability::F,
    ];

    pub fn as_str(self) -> &'static str {
        ["A", "B", "C", "D", "E", "F"][self as usize]
    }

    /// The descriptor of the MISP `admiralty-scale` taxonomy.
    pub fn descriptor(self) -> &'static str {
        [
            "completely reliable",
            "usually reliable",
            "fairly reliable",
            "not usually reliable",
            "unreliable",
            "reliability cannot be judged",
        ][self as usize]
    }
}

/// Information credibility of the Admiralty code (1: confirmed ... 6: cannot be judged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Credibility(u8);

impl Credibility {
    pub fn new(v: u8) -> Result<Credibility, Invalid> {
        if (1..=6).contains(&v) {
            Ok(Credibility(v))
        } else {
            Err(Invalid::new(
                "credibility",
                "an Admiralty credibility from 1 (confirmed) to 6 (truth cannot be judged)",
            ))
        }
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// The descriptor of the MISP `admiralty-scale` taxonomy.
    pub fn descriptor(self) -> &'static str {
        [
            "confirmed by other sources",
            "probably true",
            "possibly true",
            "doubtful",
            "improbable",
            "truth cannot be judged",
        ][usize::from(self.0.clamp(1, 6) - 1)]
    }
}

impl TryFrom<u8> for Credibility {
    type Error = Invalid;
    fn try_from(v: u8) -> Result<Self, Invalid> {
        Credibility::new(v)
    }
}

impl From<Credibility> for u8 {
    fn from(c: Credibility) -> u8 {
        c.0
    }
}

/// What an evidence item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A document: a report, a note; its text or a reference to it.
    Document,
    /// A link to a public or community source.
    Link,
    /// A STIX 2.1 object, referenced by its id (the STIX ingest stores the object itself).
    Stix,
}

impl EvidenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Document => "document",
            EvidenceKind::Link => "link",
            EvidenceKind::Stix => "stix",
        }
    }
}

/// An evidence item as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    pub kind: EvidenceKind,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Who the information comes from (an agency, a vendor, a newspaper).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credibility: Option<Credibility>,
    /// For `stix`: the STIX id, `type--uuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stix_id: Option<String>,
}

impl EvidenceItem {
    /// The STIX type of a `stix` item (the part of its id before `--`).
    pub fn stix_type(&self) -> Option<&str> {
        self.stix_id
            .as_deref()
            .and_then(|s| s.split_once("--"))
            .map(|(t, _)| t)
    }

    /// Checks the item's own consistency; errors name the field.
    pub fn check(&self) -> Result<(), Invalid> {
        let t = self.title.trim();
        if t.is_empty() || t.chars().count() > 300 {
            return Err(Invalid::new("title", "1 to 300 characters"));
        }
        crate::lang::check_plain_text("title", &self.title)?;
        for (field, text) in [("text", &self.text), ("source", &self.source)] {
            if let Some(t) = text {
                crate::lang::check_plain_text(field, t)?;
            }
        }
        if let Some(u) = &self.url
            && (!(u.starts_with("https://") || u.starts_with("http://")) || u.len() > 2000)
        {
            return Err(Invalid::new(
                "url",
                "an http:// or https:// URL of at most 2000 characters",
            ));
        }
        if self
            .text
            .as_ref()
            .is_some_and(|t| t.chars().count() > 20_000)
        {
            return Err(Invalid::new("text", "at most 20000 characters"));
        }
        if self
            .source
            .as_ref()
            .is_some_and(|s| s.chars().count() > 300)
        {
            return Err(Invalid::new("source", "at most 300 characters"));
        }
        match self.kind {
            EvidenceKind::Link if self.url.is_none() => Err(Invalid::new(
                "url",
                "a URL for an evidence item of kind link",
            )),
            EvidenceKind::Document if self.url.is_none() && self.text.is_none() => {
                Err(Invalid::new("text", "the text of the document, or its url"))
            }
            EvidenceKind::Stix => match &self.stix_id {
                Some(id) if valid_stix_id(id) => Ok(()),
                _ => Err(Invalid::new(
                    "stix_id",
                    "a STIX id such as indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                )),
            },
            _ if self.stix_id.is_some() => Err(Invalid::new(
                "stix_id",
                "no stix_id unless the kind is stix",
            )),
            _ => Ok(()),
        }
    }
}

/// `type--uuid` with a lower-case type of letters, digits and hyphens (STIX 2.1 §2.9).
fn valid_stix_id(id: &str) -> bool {
    let Some((t, u)) = id.split_once("--") else {
        return false;
    };
    let type_ok = (3..=250).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    type_ok && uuid::Uuid::parse_str(u).is_ok() && u.len() == 36
}

/// `evidence.added`: an evidence item on a dossier. `marking` is the item's own marking when
/// it is stricter than (or different from) the dossier's; `None`: it carries the dossier's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceAdded {
    pub dossier: String,
    pub id: String,
    pub item: EvidenceItem,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
}

impl EventBody for EvidenceAdded {
    const TYPE: &'static str = "evidence.added";
    const VERSION: u32 = 1;
}

/// `evidence.withdrawn`: the item no longer stands (kept in history; new assessments cannot
/// cite it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceWithdrawn {
    pub dossier: String,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl EventBody for EvidenceWithdrawn {
    const TYPE: &'static str = "evidence.withdrawn";
    const VERSION: u32 = 1;
}

/// One dimension of a submitted assessment, as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionBody {
    pub dimension: String,
    /// `null`: the party states it cannot score the dimension yet (the rationale says why).
    pub level: Option<u8>,
    pub rationale: String,
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// A finding on a legal factor or criterion, as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingBody {
    /// The factor's id or article letter (`disruption` or `a`).
    pub factor: String,
    /// `found`, `not_found` or `unknown`; on a significant-effect factor also `potential`
    /// (Reg. (EU) 2019/796 Art. 1(1)). The field's shape is unchanged since version 1 of
    /// `assessment.submitted`; `potential` is a value added to it, so every event written
    /// before reads as it did.
    pub finding: String,
    pub rationale: String,
}

/// A judgement of likelihood in ICD 203 estimative language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgement {
    pub statement: String,
    /// One of [`estimative_id`]'s ids, e.g. `likely`, `almost_certain`.
    pub term: String,
}

/// The id of an ICD 203 term on the wire: its phrase in snake case (`roughly_even_chance`).
pub fn estimative_id(t: EstimativeTerm) -> String {
    t.phrase().replace(' ', "_")
}

/// Parses [`estimative_id`].
pub fn parse_estimative(s: &str) -> Option<EstimativeTerm> {
    EstimativeTerm::ALL
        .into_iter()
        .find(|t| estimative_id(*t) == s)
}

/// An assessment as a party submits it and as it is recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentBody {
    pub dimensions: Vec<DimensionBody>,
    /// `low`, `moderate` or `high`.
    pub confidence: String,
    #[serde(default)]
    pub significant_effect: Vec<FindingBody>,
    #[serde(default)]
    pub external_threat: Vec<FindingBody>,
    #[serde(default)]
    pub judgements: Vec<Judgement>,
    /// A short overall summary, in the party's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// Why a submitted assessment does not fit: a stable code and a message naming the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub code: &'static str,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn problem(code: &'static str, message: String) -> Problem {
    Problem { code, message }
}

impl AssessmentBody {
    /// Validates the body through the core rules ([`Assessment::new`]) for `party`'s
    /// `version`; returns every problem, each naming its field.
    pub fn validate(&self, party: &PartyId, version: u32) -> Result<Assessment, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut dimensions = Vec::new();
        for (i, d) in self.dimensions.iter().enumerate() {
            match Dimension::parse(&d.dimension) {
                Some(dim) => dimensions.push(DimensionInput {
                    dimension: dim,
                    level: d.level,
                    rationale: d.rationale.clone(),
                    evidence: d.evidence.clone(),
                }),
                None => problems.push(problem(
                    "assessment.unknown_dimension",
                    format!(
                        "dimensions[{i}].dimension: {:?} is not a dimension (expected one of {})",
                        d.dimension,
                        Dimension::ALL.map(|d| d.as_str()).join(", ")
                    ),
                )),
            }
            if d.rationale.chars().count() > 5000 {
                problems.push(problem(
                    "invalid_input",
                    format!(
                        "dimensions.{}.rationale: at most 5000 characters",
                        d.dimension
                    ),
                ));
            }
        }
        let confidence = Confidence::parse(&self.confidence);
        if confidence.is_none() {
            problems.push(problem(
                "assessment.missing_confidence",
                format!(
                    "confidence: {:?} is not low, moderate or high",
                    self.confidence
                ),
            ));
        }
        let findings =
            |list: &[FindingBody], field: &str, on: FindingOn, problems: &mut Vec<Problem>| {
                let mut out = Vec::new();
                for (i, f) in list.iter().enumerate() {
                    // `potential` only on a significant-effect factor (Reg. (EU) 2019/796 Art. 1(1)).
                    let finding = Finding::parse(&f.finding).filter(|x| x.allowed_on(on));
                    if finding.is_none() {
                        problems.push(problem(
                            "invalid_input",
                            format!(
                                "{field}[{i}].finding: {:?} is not {}",
                                f.finding,
                                Finding::accepted_on(on)
                            ),
                        ));
                    }
                    out.push((
                        f.factor.clone(),
                        finding.map(|finding| FactorFinding {
                            finding,
                            rationale: f.rationale.clone(),
                        }),
                    ));
                }
                out
            };
        let mut significant_effect = Vec::new();
        for (i, (id, f)) in findings(
            &self.significant_effect,
            "significant_effect",
            FindingOn::SignificantEffect,
            &mut problems,
        )
        .into_iter()
        .enumerate()
        {
            match (SignificantEffectFactor::parse(&id), f) {
                (Some(k), Some(f)) => significant_effect.push((k, f)),
                (None, _) => problems.push(problem(
                    "invalid_input",
                    format!(
                        "significant_effect[{i}].factor: {id:?} is not a factor of Reg. (EU) 2019/796 Art. 2 (a to g, or its id)"
                    ),
                )),
                _ => {}
            }
        }
        let mut external_threat = Vec::new();
        for (i, (id, f)) in findings(
            &self.external_threat,
            "external_threat",
            FindingOn::ExternalThreat,
            &mut problems,
        )
        .into_iter()
        .enumerate()
        {
            match (ExternalThreatCriterion::parse(&id), f) {
                (Some(k), Some(f)) => external_threat.push((k, f)),
                (None, _) => problems.push(problem(
                    "invalid_input",
                    format!(
                        "external_threat[{i}].factor: {id:?} is not a criterion of Reg. (EU) 2019/796 Art. 1(2) (a to d, or its id)"
                    ),
                )),
                _ => {}
            }
        }
        for (i, j) in self.judgements.iter().enumerate() {
            if parse_estimative(&j.term).is_none() {
                problems.push(problem(
                    "invalid_input",
                    format!(
                        "judgements[{i}].term: {:?} is not an ICD 203 term (expected one of {})",
                        j.term,
                        EstimativeTerm::ALL.map(estimative_id).join(", ")
                    ),
                ));
            }
            if j.statement.trim().is_empty() {
                problems.push(problem(
                    "invalid_input",
                    format!("judgements[{i}].statement: must not be empty"),
                ));
            }
        }
        if self
            .summary
            .as_ref()
            .is_some_and(|s| s.chars().count() > 5000)
        {
            problems.push(problem(
                "invalid_input",
                "summary: at most 5000 characters".into(),
            ));
        }
        let input = AssessmentInput {
            party: party.to_string(),
            dimensions,
            confidence,
            significant_effect,
            external_threat,
            version,
        };
        match Assessment::new(input) {
            Ok(a) if problems.is_empty() => Ok(a),
            Ok(_) => Err(problems),
            Err(errs) => {
                // An unknown dimension name is reported once, not again as "missing".
                let unknown_dims = problems
                    .iter()
                    .any(|p| p.code == "assessment.unknown_dimension");
                for e in errs {
                    let dup_confidence = e.code() == "assessment.missing_confidence"
                        && problems.iter().any(|p| p.code == e.code());
                    if dup_confidence
                        || (unknown_dims && e.code() == "assessment.missing_dimension")
                    {
                        continue;
                    }
                    problems.push(problem(e.code(), e.to_string()));
                }
                Err(problems)
            }
        }
    }
}

/// `assessment.submitted`: version `version` of `party`'s assessment of a dossier. `marking`
/// is the assessment's own marking when given; `None`: it carries the dossier's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentSubmitted {
    pub dossier: String,
    pub party: PartyId,
    pub version: u32,
    pub assessment: AssessmentBody,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<Marking>,
}

impl EventBody for AssessmentSubmitted {
    const TYPE: &'static str = "assessment.submitted";
    const VERSION: u32 = 1;
}

/// One party's assessment version, as referenced by a proposal.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentRef {
    pub party: PartyId,
    pub version: u32,
}

/// `picture.proposed`: the chair proposes the picture of these assessment versions as the
/// agreed picture; it is agreed if no party objects before `deadline` (RFC 3339, UTC).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureProposed {
    pub dossier: String,
    /// 1, 2, ... per dossier.
    pub proposal: u32,
    pub deadline: String,
    pub assessments: Vec<AssessmentRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for PictureProposed {
    const TYPE: &'static str = "picture.proposed";
    const VERSION: u32 = 1;
}

/// `picture.objected`: `party` objects to a proposal before its deadline (breaks the silence).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureObjected {
    pub dossier: String,
    pub proposal: u32,
    pub party: PartyId,
    pub reason: String,
}

impl EventBody for PictureObjected {
    const TYPE: &'static str = "picture.objected";
    const VERSION: u32 = 1;
}

/// Where a proposal stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalStatus {
    /// Before the deadline, no objection yet.
    Open,
    /// At least one party objected before the deadline: not agreed.
    Objected,
    /// The deadline passed with no objection: agreed at the deadline.
    Agreed,
}

impl ProposalStatus {
    /// The status at `now` of a proposal with `deadline` and `objections` objections recorded
    /// before `now` (objections are only accepted before the deadline).
    pub fn of(deadline: DateTime<Utc>, objections: usize, now: DateTime<Utc>) -> ProposalStatus {
        if objections > 0 {
            ProposalStatus::Objected
        } else if now >= deadline {
            ProposalStatus::Agreed
        } else {
            ProposalStatus::Open
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Open => "open",
            ProposalStatus::Objected => "objected",
            ProposalStatus::Agreed => "agreed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn body(level: u8) -> AssessmentBody {
        AssessmentBody {
            dimensions: Dimension::ALL
                .iter()
                .map(|d| DimensionBody {
                    dimension: d.as_str().into(),
                    level: Some(level),
                    rationale: "public reporting".into(),
                    evidence: vec![],
                })
                .collect(),
            confidence: "moderate".into(),
            significant_effect: vec![FindingBody {
                factor: "a".into(),
                finding: "found".into(),
                rationale: "outages".into(),
            }],
            external_threat: vec![],
            judgements: vec![Judgement {
                statement: "the GRU directed it".into(),
                term: "very_likely".into(),
            }],
            summary: None,
        }
    }

    #[test]
    fn valid_body_validates_through_the_core() {
        let de = PartyId::parse("DE").unwrap();
        let a = body(3).validate(&de, 2).unwrap();
        assert_eq!(a.version, 2);
        assert_eq!(a.level(Dimension::Impact).unwrap().value(), 3);
        assert_eq!(
            a.significant_effect[&SignificantEffectFactor::Disruption].finding,
            Finding::Found
        );
    }

    /// `potential` is a finding on a significant-effect factor (Reg. (EU) 2019/796 Art. 1(1))
    /// and on nothing else.
    #[test]
    fn potential_only_on_significant_effect_factors() {
        let de = PartyId::parse("DE").unwrap();
        let mut b = body(2);
        b.significant_effect[0].finding = "potential".into();
        let a = b.validate(&de, 1).unwrap();
        assert_eq!(
            a.significant_effect[&SignificantEffectFactor::Disruption].finding,
            Finding::Potential
        );
        b.external_threat.push(FindingBody {
            factor: "a".into(),
            finding: "potential".into(),
            rationale: "would have come from outside".into(),
        });
        let p = b.validate(&de, 1).unwrap_err();
        assert!(
            p[0].message
                .starts_with("external_threat[0].finding: \"potential\" is not found, not_found or unknown (potential applies to significant-effect factors only"),
            "{}",
            p[0].message
        );
    }

    #[test]
    fn problems_name_the_dimension() {
        let de = PartyId::parse("DE").unwrap();
        let mut b = body(5);
        b.dimensions.retain(|d| d.dimension != "impact");
        b.dimensions[0].dimension = "scopee".into();
        b.confidence = "sure".into();
        b.judgements[0].term = "probably".into();
        let p = b.validate(&de, 1).unwrap_err();
        let msgs: Vec<&str> = p.iter().map(|p| p.message.as_str()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("dimensions[0].dimension: \"scopee\""))
        );
        assert!(msgs.contains(&"dimensions.scale: level 5 is outside the scale 0-4"));
        assert!(msgs.iter().any(|m| m.starts_with("confidence: \"sure\"")));
        assert!(msgs.iter().any(|m| m.starts_with("judgements[0].term")));
        assert_eq!(
            p.iter()
                .filter(|p| p.code == "assessment.missing_confidence")
                .count(),
            1
        );
        let mut b = body(1);
        b.dimensions.retain(|d| d.dimension != "impact");
        let p = b.validate(&de, 1).unwrap_err();
        assert_eq!(p[0].code, "assessment.missing_dimension");
        assert!(p[0].message.starts_with("dimensions.impact: missing"));
    }

    #[test]
    fn agreement_is_a_function_of_deadline_objections_and_now() {
        let d = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
        let before = d - chrono::Duration::seconds(1);
        assert_eq!(ProposalStatus::of(d, 0, before), ProposalStatus::Open);
        assert_eq!(ProposalStatus::of(d, 0, d), ProposalStatus::Agreed);
        assert_eq!(ProposalStatus::of(d, 1, before), ProposalStatus::Objected);
        assert_eq!(ProposalStatus::of(d, 1, d), ProposalStatus::Objected);
    }

    #[test]
    fn evidence_items_are_checked() {
        let mut e = EvidenceItem {
            kind: EvidenceKind::Stix,
            title: "GRU 74455 intrusion set".into(),
            url: None,
            text: None,
            source: Some("CERT-EU".into()),
            reliability: Some(Reliability::B),
            credibility: Some(Credibility::new(2).unwrap()),
            stix_id: Some("intrusion-set--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f".into()),
        };
        assert!(e.check().is_ok());
        assert_eq!(e.stix_type(), Some("intrusion-set"));
        e.stix_id = Some("not-a-stix-id".into());
        assert_eq!(e.check().unwrap_err().field, "stix_id");
        assert!(Credibility::new(7).is_err());
        assert!(serde_json::from_str::<Credibility>("0").is_err());
        assert!(serde_json::from_str::<Reliability>("\"G\"").is_err());
    }
}
