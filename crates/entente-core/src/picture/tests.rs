//! Shared-picture tests: the median rule on examples, and the property tests of issue 5
//! (order independence, revision replaces, an agreeing party never moves the median).

use proptest::prelude::*;

use super::*;

fn assessment(party: &str, levels: [Option<u8>; 7], version: u32) -> Assessment {
    Assessment::new(AssessmentInput {
        party: party.to_owned(),
        dimensions: Dimension::ALL
            .into_iter()
            .zip(levels)
            .map(|(d, l)| DimensionInput {
                dimension: d,
                level: l,
                rationale: "from the joint CERT report".to_owned(),
                evidence: vec![format!("{party}-{d}"), "shared-1".to_owned()],
            })
            .collect(),
        confidence: Some(Confidence::Moderate),
        significant_effect: vec![(
            SignificantEffectFactor::Disruption,
            FactorFinding {
                finding: if party == "HU" {
                    Finding::NotFound
                } else {
                    Finding::Found
                },
                rationale: "outages".to_owned(),
            },
        )],
        external_threat: vec![],
        version,
    })
    .unwrap()
}

#[test]
fn lower_median_spread_and_dissent() {
    let a = [
        assessment(
            "DE",
            [Some(1), Some(2), None, Some(0), Some(4), Some(4), Some(2)],
            1,
        ),
        assessment(
            "FR",
            [Some(3), Some(2), None, Some(0), Some(4), Some(4), Some(2)],
            1,
        ),
        assessment(
            "HU",
            [Some(4), Some(2), None, Some(4), Some(4), None, Some(2)],
            1,
        ),
        assessment(
            "EE",
            [Some(2), Some(2), None, Some(0), Some(4), Some(4), Some(2)],
            1,
        ),
    ];
    let p = SharedPicture::compute(&a);
    let scope = p.dimension(Dimension::Scope);
    // Sorted 1,2,3,4: lower median is 2.
    assert_eq!(scope.median.map(Level::value), Some(2));
    assert_eq!(scope.range, 3);
    // HU at 4 is two levels above the median; DE at 1 and FR at 3 are within one.
    assert_eq!(scope.dissenters.len(), 1);
    assert_eq!(scope.dissenters[0].distance, 2);
    let intensity = p.dimension(Dimension::Intensity);
    assert_eq!(intensity.median.map(Level::value), Some(0));
    assert_eq!(intensity.dissenters.len(), 1);
    assert_eq!(intensity.dissenters[0].party.as_str(), "HU");
    assert_eq!(intensity.dissenters[0].distance, 4);
    assert_eq!(p.unknown_dimensions, vec![Dimension::Duration]);
    assert_eq!(
        p.dimension(Dimension::Sophistication).not_assessed_by[0].as_str(),
        "HU"
    );
    // 2 + 2 + 0 + 0 + 4 + 4 + 2 = 14.
    assert_eq!(p.aggregate, 14);
    assert_eq!(p.severity, Some(SeverityBand::Serious));
    let se = p.significant_effect[&SignificantEffectFactor::Disruption];
    assert!(se.contested());
    assert_eq!(se.agreed(), Finding::Unknown);
    assert_eq!(p.unknown_factors.len(), 6);
    assert_eq!(p.unknown_criteria.len(), 4);
    // 4 parties x 7 own items, plus one shared.
    assert_eq!(p.evidence_items, 29);
    assert_eq!(p.agreed().aggregate(), 14);
}

/// The agreed finding with `potential` (module doc of `shared`): unanimity among those who
/// took a position, potential the weaker of found and potential.
#[test]
fn agreed_finding_with_potential() {
    let t = |found, potential, not_found| FindingTally {
        found,
        potential,
        not_found,
        unknown: 1,
    };
    assert_eq!(t(2, 0, 0).agreed(), Finding::Found);
    assert_eq!(t(2, 1, 0).agreed(), Finding::Potential);
    assert!(t(2, 1, 0).contested());
    assert_eq!(t(0, 3, 0).agreed(), Finding::Potential);
    assert!(!t(0, 3, 0).contested());
    assert_eq!(t(0, 1, 1).agreed(), Finding::Unknown);
    assert_eq!(t(0, 0, 2).agreed(), Finding::NotFound);
    assert_eq!(t(0, 0, 0).agreed(), Finding::Unknown);
    assert!(t(0, 0, 0).unknown_to_all());
}

#[test]
fn empty_picture_knows_nothing() {
    let p = SharedPicture::compute([]);
    assert_eq!(p.severity, None);
    assert_eq!(p.unknown_dimensions.len(), 7);
    assert_eq!(p.unknown_factors.len(), 7);
}

#[test]
fn stale_revision_is_refused() {
    let mut s = Submissions::new();
    s.submit(assessment("DE", [Some(1); 7], 2)).unwrap();
    let err = s.submit(assessment("DE", [Some(3); 7], 1)).unwrap_err();
    assert_eq!(err.code(), "picture.stale_version");
    assert!(
        s.submit(assessment("DE", [Some(1); 7], 2))
            .unwrap()
            .is_none()
    );
}

const PARTIES: [&str; 8] = ["AT", "BE", "DE", "EE", "FR", "IT", "LV", "PL"];

fn arb_levels() -> impl Strategy<Value = [Option<u8>; 7]> {
    proptest::array::uniform7(proptest::option::weighted(0.9, 0u8..=4))
}

fn arb_assessments() -> impl Strategy<Value = Vec<Assessment>> {
    proptest::collection::vec(arb_levels(), 1..PARTIES.len()).prop_map(|ls| {
        ls.into_iter()
            .enumerate()
            .map(|(i, l)| assessment(PARTIES[i], l, 1))
            .collect()
    })
}

proptest! {
    #[test]
    fn order_of_submission_does_not_matter(
        a in arb_assessments(), seed in any::<u64>(),
    ) {
        let mut shuffled = a.clone();
        // A deterministic shuffle from the seed.
        let n = shuffled.len();
        let mut x = seed | 1;
        for i in (1..n).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let mut s1 = Submissions::new();
        for x in a.iter().cloned() { s1.submit(x).unwrap(); }
        let mut s2 = Submissions::new();
        for x in shuffled.iter().cloned() { s2.submit(x).unwrap(); }
        prop_assert_eq!(s1.picture(), s2.picture());
        prop_assert_eq!(SharedPicture::compute(&a), SharedPicture::compute(&shuffled));
    }

    #[test]
    fn a_revision_replaces_the_earlier_one(
        a in arb_assessments(), revised in arb_levels(), who in 0usize..8,
    ) {
        let who = who % a.len();
        let party = a[who].party.as_str().to_owned();
        let revision = assessment(&party, revised, 2);
        let mut with_revision = a.clone();
        with_revision.push(revision.clone());
        let mut replaced = a.clone();
        replaced[who] = revision;
        prop_assert_eq!(
            SharedPicture::compute(&with_revision),
            SharedPicture::compute(&replaced)
        );
        let mut s = Submissions::new();
        for x in with_revision { s.submit(x).unwrap(); }
        prop_assert_eq!(s.picture(), SharedPicture::compute(&replaced));
    }

    #[test]
    fn an_agreeing_party_never_moves_the_median(a in arb_assessments()) {
        let before = SharedPicture::compute(&a);
        let medians: Vec<Option<u8>> = before
            .dimensions
            .iter()
            .map(|d| d.median.map(Level::value))
            .collect();
        let mut more = a.clone();
        more.push(assessment("ZZ", medians.clone().try_into().unwrap(), 1));
        let after = SharedPicture::compute(&more);
        for (d, m) in after.dimensions.iter().zip(medians) {
            prop_assert_eq!(d.median.map(Level::value), m);
        }
        prop_assert_eq!(after.aggregate, before.aggregate);
    }
}
