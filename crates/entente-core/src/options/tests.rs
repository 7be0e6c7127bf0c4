//! Engine tests: data-driven examples and the property tests of issue 6 (monotonicity of the
//! ceiling, restrictive measures gated by identified persons and the legal tests, nothing
//! needing attribution available without it).

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::ids::PartyId;
use crate::picture::{
    AgreedPicture, Dimension, ExternalThreatCriterion, Finding, Level, SeverityBand,
    SignificantEffectFactor,
};

fn picture(levels: [u8; 7]) -> AgreedPicture {
    let mut p = AgreedPicture::new();
    for (d, v) in Dimension::ALL.into_iter().zip(levels) {
        p.set(d, Some(Level::new(d, v).unwrap()));
    }
    p
}

fn input(levels: [u8; 7]) -> OptionsInput {
    OptionsInput {
        picture: picture(levels),
        ..Default::default()
    }
}

fn available(report: &OptionsReport) -> Vec<&str> {
    report
        .available
        .iter()
        .map(|o| o.measure.id.as_str())
        .collect()
}

#[test]
fn low_picture_offers_only_preventive_and_cooperative() {
    let r = response_options(&input([1, 1, 0, 1, 0, 1, 0]));
    assert_eq!(r.severity, SeverityBand::Low);
    assert_eq!(
        available(&r),
        [
            "awareness-raising",
            "capacity-building",
            "confidence-building",
            "delegation-demarche",
            "eu-dialogue"
        ]
    );
    let decl = r.entry("eu-declaration").unwrap();
    assert!(
        decl.explanation.contains("above the ceiling 2"),
        "{}",
        decl.explanation
    );
}

#[test]
fn ranking_is_least_to_most_escalatory() {
    let mut i = input([4; 7]);
    i.attribution = AttributionState::Joint;
    i.persons_identified = true;
    i.significant_effect
        .insert(SignificantEffectFactor::Disruption, Finding::Found);
    i.external_threat
        .insert(ExternalThreatCriterion::OriginOutside, Finding::Found);
    let r = response_options(&i);
    assert!(
        r.not_available.is_empty(),
        "{:?}",
        r.not_available[0].explanation
    );
    let levels: Vec<u8> = r.available.iter().map(|o| o.measure.escalation).collect();
    let mut sorted = levels.clone();
    sorted.sort();
    assert_eq!(levels, sorted);
    let listing = r.entry("restrictive-listing").unwrap();
    assert!(
        listing.explanation.contains("Art. 2(a)") && listing.explanation.contains("Art. 1(2)(a)"),
        "{}",
        listing.explanation
    );
}

#[test]
fn restrictive_measures_name_every_missing_gate() {
    let r = response_options(&input([4; 7]));
    let listing = r.entry("restrictive-listing").unwrap();
    let codes: Vec<&str> = listing.blockers().map(Reason::code).collect();
    assert_eq!(
        codes,
        [
            "significant_effect_not_met",
            "external_threat_not_met",
            "no_persons_identified"
        ]
    );
    assert!(listing.explanation.starts_with("Restrictive measures"));
    let demarche = r.entry("diplomatic-demarche").unwrap();
    assert_eq!(
        demarche.blockers().map(Reason::code).collect::<Vec<_>>(),
        ["no_joint_attribution"]
    );
}

#[test]
fn national_attribution_opens_support_but_not_joint_demarche() {
    let mut i = input([4; 7]);
    i.attribution = AttributionState::National(vec![PartyId::parse("DE").unwrap()]);
    let r = response_options(&i);
    assert!(r.is_available("support-lawful-response"));
    assert!(!r.is_available("diplomatic-demarche"));
    let text = render_text(&r);
    assert!(text.contains("attributed nationally by DE"));
    assert!(text.contains("Not available:"));
}

fn arb_levels() -> impl Strategy<Value = [u8; 7]> {
    proptest::array::uniform7(0u8..=4)
}

fn arb_findings<K: Ord + Copy + std::fmt::Debug + 'static>(
    all: &'static [K],
) -> impl Strategy<Value = BTreeMap<K, Finding>> {
    proptest::collection::vec(
        prop_oneof![
            Just(Finding::Found),
            Just(Finding::NotFound),
            Just(Finding::Unknown)
        ],
        all.len(),
    )
    .prop_map(move |fs| all.iter().copied().zip(fs).collect())
}

fn arb_attribution() -> impl Strategy<Value = AttributionState> {
    prop_oneof![
        Just(AttributionState::None),
        Just(AttributionState::National(vec![])),
        Just(AttributionState::National(vec![
            PartyId::parse("FR").unwrap()
        ])),
        Just(AttributionState::Joint),
    ]
}

prop_compose! {
    fn arb_input()(
        levels in arb_levels(),
        se in arb_findings(&SignificantEffectFactor::ALL),
        et in arb_findings(&ExternalThreatCriterion::ALL),
        attribution in arb_attribution(),
        persons_identified in any::<bool>(),
        ongoing_dialogue in any::<bool>(),
        partner in any::<bool>(),
    ) -> OptionsInput {
        OptionsInput {
            picture: picture(levels),
            significant_effect: se,
            external_threat: et,
            attribution,
            persons_identified,
            context: Context {
                ongoing_dialogue,
                partner_status: if partner { PartnerStatus::Partner } else { PartnerStatus::Unknown },
                ..Default::default()
            },
        }
    }
}

proptest! {
    #[test]
    fn raising_a_dimension_never_lowers_the_ceiling(
        i in arb_input(), dim in 0usize..7, by in 1u8..=4,
    ) {
        let before = response_options(&i);
        let d = Dimension::ALL[dim];
        let cur = i.picture.level(d).map_or(0, Level::value);
        let mut raised = i.clone();
        raised.picture.set(d, Some(Level::new(d, (cur + by).min(4)).unwrap()));
        let after = response_options(&raised);
        prop_assert!(after.ceiling >= before.ceiling);
        prop_assert!(after.severity >= before.severity);
        for o in &before.available {
            prop_assert!(after.is_available(&o.measure.id), "{} lost", o.measure.id);
        }
    }

    #[test]
    fn meeting_more_factors_never_removes_restrictive_measures(
        i in arb_input(), factor in 0usize..7,
    ) {
        let before = response_options(&i);
        let mut more = i.clone();
        more.significant_effect.insert(SignificantEffectFactor::ALL[factor], Finding::Found);
        let after = response_options(&more);
        for o in before.available.iter().filter(|o| o.measure.category == Category::Restrictive) {
            prop_assert!(after.is_available(&o.measure.id));
        }
    }

    #[test]
    fn restrictive_measures_need_persons_and_legal_tests(i in arb_input()) {
        let r = response_options(&i);
        for o in r.available.iter().filter(|o| o.measure.category == Category::Restrictive) {
            prop_assert!(i.persons_identified);
            prop_assert!(!i.factors_found().is_empty());
            prop_assert!(!i.criteria_found().is_empty());
            prop_assert!(o.measure.needs_identified_persons);
        }
    }

    #[test]
    fn nothing_needing_attribution_without_it(i in arb_input()) {
        let r = response_options(&i);
        for o in &r.available {
            if o.measure.needs_attribution {
                prop_assert!(i.attribution.any(), "{}", o.measure.id);
            }
            if o.measure.needs_joint_attribution {
                prop_assert!(i.attribution.joint(), "{}", o.measure.id);
            }
            prop_assert!(o.measure.escalation <= r.ceiling);
            prop_assert!(o.blockers().next().is_none());
        }
        for o in &r.not_available {
            prop_assert!(o.blockers().next().is_some());
        }
        prop_assert_eq!(r.available.len() + r.not_available.len(), catalogue().measures().len());
    }
}
