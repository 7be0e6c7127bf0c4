//! Benchmark of the shared picture: 27 parties, 10,000 distinct evidence items spread over
//! their seven dimensions. Target: under 5 ms per picture (recorded in docs/benchmarks.md).

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use entente_core::picture::{
    Assessment, AssessmentInput, Confidence, Dimension, DimensionInput, ExternalThreatCriterion,
    FactorFinding, Finding, SharedPicture, SignificantEffectFactor,
};

const MEMBER_STATES: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const EVIDENCE: usize = 10_000;

fn assessments() -> Vec<Assessment> {
    let per_slot = EVIDENCE.div_ceil(MEMBER_STATES.len() * Dimension::ALL.len());
    let mut next = 0usize;
    MEMBER_STATES
        .iter()
        .enumerate()
        .map(|(i, party)| {
            let dimensions = Dimension::ALL
                .iter()
                .enumerate()
                .map(|(j, d)| {
                    let evidence = (0..per_slot)
                        .map(|_| {
                            next += 1;
                            format!("indicator--{:08}", next % EVIDENCE)
                        })
                        .collect();
                    DimensionInput {
                        dimension: *d,
                        level: Some(((i + j) % 5) as u8),
                        rationale: "national CERT analysis".to_owned(),
                        evidence,
                    }
                })
                .collect();
            let finding = |k: usize| FactorFinding {
                finding: [Finding::Found, Finding::NotFound, Finding::Unknown][(i + k) % 3],
                rationale: "assessment".to_owned(),
            };
            Assessment::new(AssessmentInput {
                party: (*party).to_owned(),
                dimensions,
                confidence: Some(Confidence::Moderate),
                significant_effect: SignificantEffectFactor::ALL
                    .iter()
                    .enumerate()
                    .map(|(k, f)| (*f, finding(k)))
                    .collect(),
                external_threat: ExternalThreatCriterion::ALL
                    .iter()
                    .enumerate()
                    .map(|(k, c)| (*c, finding(k)))
                    .collect(),
                version: 1,
            })
            .expect("benchmark input is valid")
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let a = assessments();
    assert_eq!(SharedPicture::compute(&a).evidence_items, EVIDENCE);
    c.bench_function("shared_picture_27_parties_10k_evidence", |b| {
        b.iter(|| SharedPicture::compute(black_box(&a)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
