//! Engine tests: data-driven examples and the property tests of issue 6 (monotonicity of the
//! ceiling, restrictive measures gated by identified persons and the legal tests, nothing
//! needing attribution available without it) and of issue 20 (attempted cyber-attacks with a
//! potentially significant effect, Reg. (EU) 2019/796 Art. 1(1); third States and
//! international organisations, Art. 1(6); threatened targets, Art. 1(4)-(5)).

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::ids::PartyId;
use crate::picture::{
    AgreedPicture, Dimension, ExternalThreatCriterion, Finding, Level, SeverityBand,
    SignificantEffectFactor, ThreatTarget,
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

/// The OPCW case of April 2018 as reconstructed in `data/history-responses.json`: a foiled
/// close-access operation, scored on what happened (a "serious" picture, ceiling 4).
fn opcw() -> OptionsInput {
    let mut i = input([2, 2, 1, 2, 3, 3, 3]);
    i.attempted = true;
    i.significant_effect
        .insert(SignificantEffectFactor::Disruption, Finding::Potential);
    i.significant_effect
        .insert(SignificantEffectFactor::DataStolen, Finding::Potential);
    i.significant_effect
        .insert(SignificantEffectFactor::EconomicLoss, Finding::NotFound);
    i.external_threat
        .insert(ExternalThreatCriterion::PersonsOutside, Finding::Found);
    i.external_threat
        .insert(ExternalThreatCriterion::SupportOutside, Finding::Found);
    i.targets
        .insert(ThreatTarget::ThirdStateOrOrganisation, Finding::Found);
    i.persons_identified = true;
    i.attribution = AttributionState::National(vec![PartyId::parse("NL").unwrap()]);
    i
}

#[test]
fn an_attempt_with_a_potential_effect_opens_listings_whatever_the_band() {
    let i = opcw();
    let r = response_options(&i);
    assert_eq!(r.severity, SeverityBand::Serious);
    assert_eq!(r.ceiling, 4);
    assert!(r.is_available("restrictive-listing"), "{}", render_text(&r));
    let listing = r.entry("restrictive-listing").unwrap();
    let codes: Vec<&str> = listing.reasons.iter().map(Reason::code).collect();
    assert!(codes.contains(&"attempt_beyond_band"), "{codes:?}");
    assert!(codes.contains(&"potential_effect_met"), "{codes:?}");
    assert!(codes.contains(&"threat_to"), "{codes:?}");
    assert!(
        listing.explanation.contains("Art. 1(1)")
            && listing.explanation.contains("potential on Art. 2(a, f)")
            && listing.explanation.contains("Art. 1(6)"),
        "{}",
        listing.explanation
    );
    // The attempt lifts the band for restrictive measures only.
    assert!(!r.is_available("mutual-assistance-42-7"));
    let text = render_text(&r);
    assert!(text.contains("Attempted cyber-attack"), "{text}");
    assert!(
        text.contains("Significant effect (Art. 2): potential (a), (f)."),
        "{text}"
    );
    assert!(
        text.contains(
            "Threatened (Art. 1(4)-(6)): third States or international organisations (Art. 1(6))."
        ),
        "{text}"
    );

    // The same findings on an activity not recorded as attempted: potential does not count,
    // and the explanation says what would make it count.
    let mut realised = i.clone();
    realised.attempted = false;
    let r = response_options(&realised);
    let listing = r.entry("restrictive-listing").unwrap();
    let codes: Vec<&str> = listing.blockers().map(Reason::code).collect();
    assert_eq!(
        codes,
        ["above_ceiling", "significant_effect_not_met"],
        "{}",
        listing.explanation
    );
    assert!(
        listing.explanation.contains("(a), (f) only potential"),
        "{}",
        listing.explanation
    );
}

#[test]
fn third_states_open_listings_on_a_significant_effect_not_on_an_attempt() {
    // Art. 1(6): a significant effect found against a third State stands in for Art. 1(2).
    let mut i = input([4; 7]);
    i.persons_identified = true;
    i.significant_effect
        .insert(SignificantEffectFactor::Disruption, Finding::Found);
    i.targets
        .insert(ThreatTarget::ThirdStateOrOrganisation, Finding::Found);
    let r = response_options(&i);
    let listing = r.entry("restrictive-listing").unwrap();
    assert!(
        r.is_available("restrictive-listing"),
        "{}",
        listing.explanation
    );
    assert!(listing.explanation.contains("Art. 1(6)"));
    // An attempt against a third State alone is outside Art. 1(6).
    let mut attempt = i.clone();
    attempt.attempted = true;
    attempt
        .significant_effect
        .insert(SignificantEffectFactor::Disruption, Finding::Potential);
    let r = response_options(&attempt);
    let listing = r.entry("restrictive-listing").unwrap();
    assert_eq!(
        listing.blockers().map(Reason::code).collect::<Vec<_>>(),
        ["external_threat_not_met"]
    );
    assert!(
        listing.explanation.contains("does not name attempts"),
        "{}",
        listing.explanation
    );
}

#[test]
fn targets_are_cited_never_blocking() {
    let mut i = input([4; 7]);
    i.persons_identified = true;
    i.significant_effect
        .insert(SignificantEffectFactor::DataStolen, Finding::Found);
    i.external_threat
        .insert(ExternalThreatCriterion::OriginOutside, Finding::Found);
    let without = response_options(&i);
    i.targets
        .insert(ThreatTarget::CriticalStateFunctions, Finding::Found);
    i.targets
        .insert(ThreatTarget::ClassifiedInformation, Finding::Found);
    i.targets.insert(ThreatTarget::Union, Finding::NotFound);
    let with = response_options(&i);
    assert_eq!(available(&without), available(&with));
    let e = &with.entry("restrictive-listing").unwrap().explanation;
    assert!(
        e.contains("critical State functions (Art. 1(4)(c)) and the storage or processing of classified information (Art. 1(4)(d)), a threat to Member States under Reg. (EU) 2019/796 Art. 1(4)"),
        "{e}"
    );
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

/// Significant-effect findings, `potential` included (Art. 1(1)).
fn arb_effect() -> impl Strategy<Value = BTreeMap<SignificantEffectFactor, Finding>> {
    proptest::collection::vec(
        prop_oneof![
            Just(Finding::Found),
            Just(Finding::Potential),
            Just(Finding::NotFound),
            Just(Finding::Unknown)
        ],
        SignificantEffectFactor::ALL.len(),
    )
    .prop_map(|fs| SignificantEffectFactor::ALL.into_iter().zip(fs).collect())
}

/// Whether a restrictive measure in `r` is available.
fn restrictive(r: &OptionsReport) -> Vec<&str> {
    r.available
        .iter()
        .filter(|o| o.measure.category == Category::Restrictive)
        .map(|o| o.measure.id.as_str())
        .collect()
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
        attempted in any::<bool>(),
        se in arb_effect(),
        et in arb_findings(&ExternalThreatCriterion::ALL),
        targets in arb_findings(&ThreatTarget::ALL),
        attribution in arb_attribution(),
        persons_identified in any::<bool>(),
        ongoing_dialogue in any::<bool>(),
        partner in any::<bool>(),
    ) -> OptionsInput {
        OptionsInput {
            picture: picture(levels),
            attempted,
            significant_effect: se,
            external_threat: et,
            targets,
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
            prop_assert!(o.measure.needs_identified_persons);
            // Art. 1(1)-(2): the (potential, for an attempt) significant effect and the
            // external threat; or Art. 1(6): a significant effect found against a third State
            // or an international organisation.
            let art_1_1 = !i.criteria_found().is_empty()
                && (!i.factors_found().is_empty()
                    || (i.attempted && !i.factors_potential().is_empty()));
            let art_1_6 = !i.factors_found().is_empty()
                && i.targets.get(&ThreatTarget::ThirdStateOrOrganisation) == Some(&Finding::Found);
            prop_assert!(art_1_1 || art_1_6);
            // Outside an attempt, the band's ceiling holds for them as for every measure.
            prop_assert!(i.attempted || o.measure.escalation <= r.ceiling);
        }
    }

    /// Issue 20's law: an attempt with a potential effect never loses the listings that the
    /// same case with a realised effect would have under Art. 1(1). (Art. 1(6) names cyber-
    /// attacks with a significant effect, not attempts, so a case resting on it alone may.)
    #[test]
    fn an_attempt_keeps_the_listings_of_the_realised_case(mut i in arb_input()) {
        i.attempted = false;
        let realised = response_options(&i);
        let mut attempt = i.clone();
        attempt.attempted = true;
        for f in attempt.significant_effect.values_mut() {
            if *f == Finding::Found {
                *f = Finding::Potential;
            }
        }
        let attempted = response_options(&attempt);
        if !i.criteria_found().is_empty() {
            for id in restrictive(&realised) {
                prop_assert!(attempted.is_available(id), "{} lost: {}", id,
                    attempted.entry(id).unwrap().explanation);
            }
        }
    }

    /// For an attempt, restrictive measures are weighed on the potential effect, whatever the
    /// band of the realised effect: their availability does not depend on the picture.
    #[test]
    fn an_attempt_is_weighed_whatever_the_band(
        mut i in arb_input(), levels in arb_levels(),
    ) {
        i.attempted = true;
        let mut other = i.clone();
        other.picture = picture(levels);
        let (a, b) = (response_options(&i), response_options(&other));
        prop_assert_eq!(restrictive(&a), restrictive(&b));
    }

    /// Recording an activity as attempted changes restrictive measures only: every other
    /// measure keeps the ceiling of the band.
    #[test]
    fn an_attempt_changes_nothing_but_restrictive_measures(i in arb_input()) {
        let mut a = i.clone();
        a.attempted = !i.attempted;
        let (r, ra) = (response_options(&i), response_options(&a));
        let others = |r: &OptionsReport| -> Vec<String> {
            r.available
                .iter()
                .filter(|o| o.measure.category != Category::Restrictive)
                .map(|o| o.measure.id.clone())
                .collect()
        };
        prop_assert_eq!(others(&r), others(&ra));
    }

    /// A potential effect never opens listings for an activity not recorded as attempted.
    #[test]
    fn potential_counts_for_attempts_only(mut i in arb_input(), factor in 0usize..7) {
        i.attempted = false;
        let before = response_options(&i);
        let mut more = i.clone();
        more.significant_effect.insert(SignificantEffectFactor::ALL[factor], Finding::Potential);
        let after = response_options(&more);
        for id in restrictive(&after) {
            prop_assert!(before.is_available(id), "{} opened by a potential finding", id);
        }
    }

    /// Threatened targets of Art. 1(4)-(5) are cited, never blocking: recording them changes
    /// no availability.
    #[test]
    fn member_state_and_union_targets_never_change_availability(
        i in arb_input(), t in 0usize..6, f in prop_oneof![Just(Finding::Found), Just(Finding::NotFound)],
    ) {
        let mut more = i.clone();
        more.targets.insert(ThreatTarget::ALL[t], f);
        let (a, b) = (response_options(&i), response_options(&more));
        prop_assert_eq!(available(&a), available(&b));
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
            // The ceiling holds, except for restrictive measures on an attempt (Art. 1(1)).
            prop_assert!(
                o.measure.escalation <= r.ceiling
                    || (i.attempted && o.measure.category == Category::Restrictive)
            );
            prop_assert!(o.blockers().next().is_none());
        }
        for o in &r.not_available {
            prop_assert!(o.blockers().next().is_some());
        }
        prop_assert_eq!(r.available.len() + r.not_available.len(), catalogue().measures().len());
    }
}
