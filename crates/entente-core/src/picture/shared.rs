//! The shared situational awareness: a pure function of the current assessments of all
//! parties (2017 toolbox conclusions §5: "a shared situational awareness agreed among the
//! Member States").
//!
//! **Median rule.** The agreed level on a dimension is the *lower median* of the levels the
//! parties gave: sort the levels and take the element at index `(n - 1) / 2`. It is always one
//! of the submitted levels (an integer on the scale), it does not depend on the order of
//! submission, and a party that agrees with the median never moves it. Parties that did not
//! score a dimension are left out of its median and listed as not assessed.
//!
//! **Quartiles** use the same convention: `q1 = x[(n - 1) / 4]`, `q3 = x[ceil(3 (n - 1) / 4)]`.
//!
//! **Agreed finding** on a legal factor: unanimous among the parties that took a position,
//! `unknown` otherwise. `found` when at least one party found it and every other position is
//! `found` too; `potential` (a significant-effect factor an attempt would have met, Reg. (EU)
//! 2019/796 Art. 1(1)) when the positions are `found` and `potential` with at least one
//! `potential`: every such party holds the effect at least potential, not all hold it
//! realised; `not_found` when every position is `not_found`; otherwise (contested between
//! `not_found` and the others, or all unknown) `unknown`, so that a contested factor is never
//! treated as met.

use std::collections::{BTreeMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use thiserror::Error;

use super::assessment::{Assessment, Confidence, Finding, PartyId};
use super::rubric::{
    Dimension, ExternalThreatCriterion, Level, SeverityBand, SignificantEffectFactor, rubric,
};

/// A fast non-cryptographic hasher (the Fx hash of rustc) for counting distinct evidence ids:
/// the ids are not attacker-chosen keys of a long-lived table, so SipHash's DoS resistance
/// buys nothing here and costs most of the picture's time.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FxSet<'a> = HashSet<&'a str, BuildHasherDefault<FxHasher>>;

/// The current assessment of each party: a revision replaces the earlier one.
#[derive(Debug, Clone, Default)]
pub struct Submissions {
    current: BTreeMap<PartyId, Assessment>,
}

/// Why a submission was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SubmissionError {
    #[error("version: {party} already holds version {current}; submit a version above it")]
    StaleVersion {
        party: PartyId,
        current: u32,
        submitted: u32,
    },
}

impl SubmissionError {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            SubmissionError::StaleVersion { .. } => "picture.stale_version",
        }
    }
}

impl Submissions {
    pub fn new() -> Submissions {
        Submissions::default()
    }

    /// Records `assessment` as its party's current one. A revision must carry a higher
    /// version; resubmitting the identical current assessment is a no-op. Returns the
    /// assessment it replaced.
    pub fn submit(
        &mut self,
        assessment: Assessment,
    ) -> Result<Option<Assessment>, SubmissionError> {
        if let Some(held) = self.current.get(&assessment.party) {
            if *held == assessment {
                return Ok(None);
            }
            if held.version >= assessment.version {
                return Err(SubmissionError::StaleVersion {
                    party: assessment.party.clone(),
                    current: held.version,
                    submitted: assessment.version,
                });
            }
        }
        Ok(self.current.insert(assessment.party.clone(), assessment))
    }

    /// Removes a party's assessment (for example when it leaves the dossier).
    pub fn withdraw(&mut self, party: &PartyId) -> Option<Assessment> {
        self.current.remove(party)
    }

    /// The current assessments, ordered by party.
    pub fn current(&self) -> impl Iterator<Item = &Assessment> {
        self.current.values()
    }

    /// The picture of the current assessments.
    pub fn picture(&self) -> SharedPicture {
        SharedPicture::of_current(self.current.values())
    }
}

/// A party whose level is more than one level away from the median.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dissent {
    pub party: PartyId,
    pub level: Level,
    /// `level - median`: positive when the party sees it as more serious.
    pub distance: i8,
}

/// One dimension across all parties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionPicture {
    pub dimension: Dimension,
    /// Lower median of the scored levels; `None` when nobody scored the dimension.
    pub median: Option<Level>,
    pub min: Option<Level>,
    pub max: Option<Level>,
    /// `max - min` (0 when fewer than two parties scored).
    pub range: u8,
    /// `q3 - q1` (see the module doc for the quartile rule).
    pub iqr: u8,
    /// How many parties gave a level.
    pub scored_by: usize,
    /// Parties that explicitly did not score the dimension.
    pub not_assessed_by: Vec<PartyId>,
    /// Parties more than one level from the median, ordered by party.
    pub dissenters: Vec<Dissent>,
    /// Distinct evidence items cited for this dimension.
    pub evidence_items: usize,
}

/// Tally of the parties' findings on one legal factor or criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FindingTally {
    pub found: usize,
    /// Only on significant-effect factors (Reg. (EU) 2019/796 Art. 1(1)).
    pub potential: usize,
    pub not_found: usize,
    pub unknown: usize,
}

impl FindingTally {
    fn add(&mut self, f: Finding) {
        match f {
            Finding::Found => self.found += 1,
            Finding::Potential => self.potential += 1,
            Finding::NotFound => self.not_found += 1,
            Finding::Unknown => self.unknown += 1,
        }
    }

    /// The agreed finding (rule in the module doc).
    pub fn agreed(&self) -> Finding {
        match (self.found > 0, self.potential > 0, self.not_found > 0) {
            (true, false, false) => Finding::Found,
            (_, true, false) => Finding::Potential,
            (false, false, true) => Finding::NotFound,
            _ => Finding::Unknown,
        }
    }

    /// Parties took different positions (found, potential, not found).
    pub fn contested(&self) -> bool {
        [self.found, self.potential, self.not_found]
            .iter()
            .filter(|n| **n > 0)
            .count()
            > 1
    }

    /// Nobody took a position.
    pub fn unknown_to_all(&self) -> bool {
        self.found == 0 && self.potential == 0 && self.not_found == 0
    }
}

/// The agreed level of each dimension: the input of the response-options engine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AgreedPicture {
    levels: BTreeMap<Dimension, Level>,
}

impl AgreedPicture {
    /// Nothing agreed yet.
    pub fn new() -> AgreedPicture {
        AgreedPicture::default()
    }

    /// Sets (or with `None` clears) the agreed level of `dimension`.
    pub fn set(&mut self, dimension: Dimension, level: Option<Level>) {
        match level {
            Some(l) => {
                self.levels.insert(dimension, l);
            }
            None => {
                self.levels.remove(&dimension);
            }
        }
    }

    /// Builder form of [`AgreedPicture::set`].
    pub fn with(mut self, dimension: Dimension, level: Level) -> AgreedPicture {
        self.levels.insert(dimension, level);
        self
    }

    pub fn level(&self, dimension: Dimension) -> Option<Level> {
        self.levels.get(&dimension).copied()
    }

    /// Dimensions with no agreed level.
    pub fn unknown(&self) -> Vec<Dimension> {
        Dimension::ALL
            .into_iter()
            .filter(|d| !self.levels.contains_key(d))
            .collect()
    }

    /// Sum of the agreed levels; unknown dimensions count 0 (rubric `aggregate.rule`).
    pub fn aggregate(&self) -> u32 {
        self.levels.values().map(|l| u32::from(l.value())).sum()
    }

    /// The band of the aggregate.
    pub fn severity(&self) -> SeverityBand {
        rubric().band_for(self.aggregate())
    }

    /// Dimensions ordered from highest agreed level down (ties in the conclusions' order).
    pub fn ranked(&self) -> Vec<(Dimension, Level)> {
        let mut v: Vec<(Dimension, Level)> = self.levels.iter().map(|(d, l)| (*d, *l)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}

/// The shared situational awareness over the current assessments of all parties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPicture {
    /// One entry per dimension, in the conclusions' order.
    pub dimensions: Vec<DimensionPicture>,
    /// Sum of the medians; unscored dimensions count 0.
    pub aggregate: u32,
    /// Band of the aggregate; `None` when no dimension has been scored by anyone.
    pub severity: Option<SeverityBand>,
    /// Dimensions nobody scored.
    pub unknown_dimensions: Vec<Dimension>,
    pub significant_effect: BTreeMap<SignificantEffectFactor, FindingTally>,
    pub external_threat: BTreeMap<ExternalThreatCriterion, FindingTally>,
    /// Factors every party recorded as unknown (or no party yet).
    pub unknown_factors: Vec<SignificantEffectFactor>,
    /// Criteria every party recorded as unknown (or no party yet).
    pub unknown_criteria: Vec<ExternalThreatCriterion>,
    pub confidence: BTreeMap<Confidence, usize>,
    /// Parties whose current assessment is counted.
    pub parties: Vec<PartyId>,
    /// Distinct evidence items cited across all dimensions and parties.
    pub evidence_items: usize,
}

impl SharedPicture {
    /// The picture of a set of assessments. When a party appears more than once, only its
    /// highest version counts (a revision replaces the earlier one); the store guarantees
    /// that a party never holds two different assessments with the same version.
    pub fn compute<'a>(assessments: impl IntoIterator<Item = &'a Assessment>) -> SharedPicture {
        let mut current: BTreeMap<&PartyId, &Assessment> = BTreeMap::new();
        for a in assessments {
            match current.get(&a.party) {
                Some(held) if held.version >= a.version => {}
                _ => {
                    current.insert(&a.party, a);
                }
            }
        }
        SharedPicture::of_current(current.into_values())
    }

    /// The picture of assessments already known to be one per party.
    fn of_current<'a>(assessments: impl Iterator<Item = &'a Assessment>) -> SharedPicture {
        let assessments: Vec<&Assessment> = assessments.collect();
        let mut parties: Vec<PartyId> = assessments.iter().map(|a| a.party.clone()).collect();
        parties.sort();

        let cited: usize = assessments
            .iter()
            .flat_map(|a| a.dimensions.values())
            .map(|s| s.evidence.len())
            .sum();
        let mut all_evidence = FxSet::with_capacity_and_hasher(cited, Default::default());
        let mut dimensions = Vec::with_capacity(Dimension::ALL.len());
        for d in Dimension::ALL {
            let mut scored: Vec<(Level, &PartyId)> = Vec::with_capacity(assessments.len());
            let mut not_assessed_by = Vec::new();
            let mut evidence = FxSet::default();
            for a in &assessments {
                if let Some(s) = a.dimensions.get(&d) {
                    evidence.reserve(s.evidence.len());
                    for e in &s.evidence {
                        if evidence.insert(e.0.as_str()) {
                            all_evidence.insert(e.0.as_str());
                        }
                    }
                    match s.level {
                        Some(l) => scored.push((l, &a.party)),
                        None => not_assessed_by.push(a.party.clone()),
                    }
                }
            }
            not_assessed_by.sort();
            let mut levels: Vec<Level> = scored.iter().map(|(l, _)| *l).collect();
            levels.sort();
            let n = levels.len();
            let median = (n > 0).then(|| levels[(n - 1) / 2]);
            let (min, max) = (levels.first().copied(), levels.last().copied());
            let range = match (min, max) {
                (Some(a), Some(b)) => b.value() - a.value(),
                _ => 0,
            };
            let iqr = if n > 0 {
                let q1 = levels[(n - 1) / 4];
                let q3 = levels[(3 * (n - 1)).div_ceil(4)];
                q3.value() - q1.value()
            } else {
                0
            };
            let mut dissenters: Vec<Dissent> = match median {
                Some(m) => scored
                    .iter()
                    .filter_map(|(l, p)| {
                        let distance = l.value() as i8 - m.value() as i8;
                        (distance.abs() > 1).then(|| Dissent {
                            party: (*p).clone(),
                            level: *l,
                            distance,
                        })
                    })
                    .collect(),
                None => Vec::new(),
            };
            dissenters.sort_by(|a, b| a.party.cmp(&b.party));
            dimensions.push(DimensionPicture {
                dimension: d,
                median,
                min,
                max,
                range,
                iqr,
                scored_by: n,
                not_assessed_by,
                dissenters,
                evidence_items: evidence.len(),
            });
        }

        let aggregate = dimensions
            .iter()
            .filter_map(|d| d.median)
            .map(|l| u32::from(l.value()))
            .sum();
        let unknown_dimensions: Vec<Dimension> = dimensions
            .iter()
            .filter(|d| d.median.is_none())
            .map(|d| d.dimension)
            .collect();
        let severity =
            (unknown_dimensions.len() < Dimension::ALL.len()).then(|| rubric().band_for(aggregate));

        let mut significant_effect: BTreeMap<SignificantEffectFactor, FindingTally> =
            SignificantEffectFactor::ALL
                .into_iter()
                .map(|f| (f, FindingTally::default()))
                .collect();
        let mut external_threat: BTreeMap<ExternalThreatCriterion, FindingTally> =
            ExternalThreatCriterion::ALL
                .into_iter()
                .map(|c| (c, FindingTally::default()))
                .collect();
        let mut confidence: BTreeMap<Confidence, usize> = BTreeMap::new();
        for a in &assessments {
            for (f, t) in significant_effect.iter_mut() {
                t.add(
                    a.significant_effect
                        .get(f)
                        .map_or(Finding::Unknown, |x| x.finding),
                );
            }
            for (c, t) in external_threat.iter_mut() {
                t.add(
                    a.external_threat
                        .get(c)
                        .map_or(Finding::Unknown, |x| x.finding),
                );
            }
            *confidence.entry(a.confidence).or_default() += 1;
        }
        let unknown_factors = significant_effect
            .iter()
            .filter(|(_, t)| t.unknown_to_all())
            .map(|(f, _)| *f)
            .collect();
        let unknown_criteria = external_threat
            .iter()
            .filter(|(_, t)| t.unknown_to_all())
            .map(|(c, _)| *c)
            .collect();

        SharedPicture {
            dimensions,
            aggregate,
            severity,
            unknown_dimensions,
            significant_effect,
            external_threat,
            unknown_factors,
            unknown_criteria,
            confidence,
            parties,
            evidence_items: all_evidence.len(),
        }
    }

    /// The picture of one dimension.
    pub fn dimension(&self, d: Dimension) -> &DimensionPicture {
        // `dimensions` always holds all seven in `Dimension::ALL` order.
        &self.dimensions[d as usize]
    }

    /// The agreed levels (the medians), for the response-options engine.
    pub fn agreed(&self) -> AgreedPicture {
        let mut p = AgreedPicture::new();
        for d in &self.dimensions {
            p.set(d.dimension, d.median);
        }
        p
    }

    /// The agreed finding on each significant-effect factor.
    pub fn agreed_significant_effect(&self) -> BTreeMap<SignificantEffectFactor, Finding> {
        self.significant_effect
            .iter()
            .map(|(f, t)| (*f, t.agreed()))
            .collect()
    }

    /// The agreed finding on each external-threat criterion.
    pub fn agreed_external_threat(&self) -> BTreeMap<ExternalThreatCriterion, Finding> {
        self.external_threat
            .iter()
            .map(|(c, t)| (*c, t.agreed()))
            .collect()
    }
}
