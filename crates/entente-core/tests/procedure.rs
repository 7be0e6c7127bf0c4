//! Golden and property tests for `procedure::evaluate`: the Treaty edge cases, a brute-force
//! cross-check of qualified majority against an independent implementation, and proptest
//! properties (unanimity, monotonicity, order independence).
//!
//! The population figures used here are a **fixture**: each state's published 2025 share of the
//! Union population (Annex III, two decimals) times the published 2025 total. They are realistic
//! enough for the edge cases but are not the official head counts.

use chrono::{DateTime, TimeZone, Utc};
use entente_core::population;
use entente_core::procedure::{
    Position, Positions, ProcedureError, Rule, Status, articles, evaluate,
};
use entente_core::reference::{self, PopulationTable};
use proptest::prelude::*;

use Position::{Abstain, Against, DeclaredAbstain, For, NotParticipating};

const TOTAL_2025: u64 = 451_028_881;

fn fixture() -> PopulationTable {
    let shares = &population::year(2025).unwrap().shares_hundredths;
    let figures: Vec<(&str, u64)> = reference::member_states()
        .iter()
        .map(|s| {
            let share = u64::from(shares.get(&s.alpha2).copied().unwrap_or(0));
            (s.alpha2.as_str(), share * TOTAL_2025 / 10_000)
        })
        .collect();
    PopulationTable::new("fixture from 2025 shares", figures).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0).unwrap()
}

/// Every state `For`, except those listed.
fn vote(exceptions: &[(&str, Position)]) -> Positions {
    let mut p = Positions::new();
    for s in reference::member_states() {
        let pos = exceptions
            .iter()
            .find(|(c, _)| reference::member_state(c).map(|m| &m.alpha2) == Some(&s.alpha2))
            .map_or(For, |(_, p)| *p);
        p.set(&s.alpha2, pos);
    }
    p
}

fn codes(list: &[&'static str], position: Position) -> Vec<(&'static str, Position)> {
    list.iter().map(|c| (*c, position)).collect()
}

/// The data-driven helper: evaluate and compare status and article.
fn check(rule: Rule, positions: &Positions, status: Status, article: &str) {
    let table = fixture();
    let outcome = evaluate(rule, positions, Some(&table), now()).unwrap();
    assert_eq!(
        (outcome.status, outcome.article),
        (status, article),
        "{}",
        outcome.explanation
    );
    assert_eq!(outcome.adopted, status == Status::Adopted);
}

// ---- qualified majority -------------------------------------------------------------------

#[test]
fn three_large_states_cannot_block_qmv_alone() {
    // DE + FR + IT are 46.89 % of the population: far above 35 %, but a blocking minority needs
    // at least four members, so the qualified majority is deemed attained.
    let p = vote(&codes(&["DE", "FR", "IT"], Against));
    check(Rule::QualifiedMajority, &p, Status::Adopted, articles::QMV);
    let table = fixture();
    let o = evaluate(Rule::QualifiedMajority, &p, Some(&table), now()).unwrap();
    assert!(
        o.explanation.contains("deemed attained"),
        "{}",
        o.explanation
    );
    assert_eq!(o.thresholds.blocking_minority_members, Some(4));
    assert_eq!(o.thresholds.members_required, Some(15));
    assert_eq!(o.tally.against.members, 3);
    assert_eq!(o.tally.for_.members, 24);
}

#[test]
fn adding_malta_makes_the_blocking_minority() {
    // The smallest state completes the four-member blocking minority.
    let p = vote(&codes(&["DE", "FR", "IT", "MT"], Against));
    check(
        Rule::QualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::QMV,
    );
    // Abstaining counts as not voting in favour.
    let p = vote(&[
        ("DE", Against),
        ("FR", Against),
        ("IT", Against),
        ("MT", Abstain),
    ]);
    check(
        Rule::QualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::QMV,
    );
}

#[test]
fn smallest_blocking_coalitions() {
    // Four members just above 35 %: DE 18.49 + FR 15.17 + two of the smallest is 33.93 %, not
    // enough; DE + FR + ES (10.78) + MT (0.12) is 44.56 %, enough.
    let p = vote(&codes(&["DE", "FR", "LU", "MT"], Against));
    check(Rule::QualifiedMajority, &p, Status::Adopted, articles::QMV);
    let p = vote(&codes(&["DE", "FR", "ES", "MT"], Against));
    check(
        Rule::QualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::QMV,
    );
    // By members: 13 of the smallest against leaves 14 in favour, short of 15.
    let small13 = [
        "MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR", "IE", "SK", "FI", "DK", "BG",
    ];
    let p = vote(&codes(&small13, Against));
    check(
        Rule::QualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::QMV,
    );
    // 12 of them against: 15 in favour with well over 65 % of the population.
    let p = vote(&codes(&small13[..12], Against));
    check(Rule::QualifiedMajority, &p, Status::Adopted, articles::QMV);
}

#[test]
fn reinforced_qmv_needs_twenty_members() {
    // 72 % of 27 is 19.44, so 20 members; eight against leaves 19.
    let eight = ["MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR"];
    let p = vote(&codes(&eight, Against));
    check(
        Rule::ReinforcedQualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::RQMV,
    );
    check(Rule::QualifiedMajority, &p, Status::Adopted, articles::QMV);
    let p = vote(&codes(&eight[..7], Against));
    check(
        Rule::ReinforcedQualifiedMajority,
        &p,
        Status::Adopted,
        articles::RQMV,
    );
    // No blocking-minority clause in Art. 238(2): three large states block RQMV.
    let p = vote(&codes(&["DE", "FR", "IT"], Against));
    check(
        Rule::ReinforcedQualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::RQMV,
    );
}

#[test]
fn twenty_six_participating() {
    // Denmark takes no part (Protocol No 22). 55 % of 26 = 14.3, so 15 members; 65 % of the
    // population of the 26.
    let table = fixture();
    let p = vote(&[("DK", NotParticipating)]);
    let o = evaluate(Rule::QualifiedMajority, &p, Some(&table), now()).unwrap();
    assert_eq!(o.article, articles::QMV_PARTIAL);
    assert_eq!(o.tally.participating.members, 26);
    assert_eq!(o.thresholds.members_required, Some(15));
    // DE+FR are 34.1 % of the participating population, DE+FR+IT 47.5 %: blocking minority 3+1.
    assert_eq!(o.thresholds.blocking_minority_members, Some(4));
    let p = vote(&[
        ("DK", NotParticipating),
        ("DE", Against),
        ("FR", Against),
        ("IT", Against),
    ]);
    check(
        Rule::QualifiedMajority,
        &p,
        Status::Adopted,
        articles::QMV_PARTIAL,
    );
    let p = vote(&[
        ("DK", NotParticipating),
        ("DE", Against),
        ("FR", Against),
        ("IT", Against),
        ("MT", Against),
    ]);
    check(
        Rule::QualifiedMajority,
        &p,
        Status::NotAdopted,
        articles::QMV_PARTIAL,
    );
    // Reinforced: 72 % of 26 = 18.72, so 19 members.
    let o = evaluate(Rule::ReinforcedQualifiedMajority, &p, Some(&table), now()).unwrap();
    assert_eq!(o.article, articles::RQMV_PARTIAL);
    assert_eq!(o.thresholds.members_required, Some(19));
    assert_eq!(o.thresholds.blocking_minority_members, None);
}

#[test]
fn small_participation_blocking_minority_is_computed_not_fixed() {
    // Only five participate (the others out): the blocking minority is the fewest members above
    // 35 % of those five's population, plus one.
    let mut ex: Vec<(&str, Position)> = reference::member_states()
        .iter()
        .filter(|s| !["DE", "FR", "IT", "ES", "PL"].contains(&s.alpha2.as_str()))
        .map(|s| (s.alpha2.as_str(), NotParticipating))
        .collect();
    // Shares: DE 18.49, FR 15.17, IT 13.23, ES 10.78, PL 8.33 (sum 66.00): DE alone is 28 %,
    // DE+FR 51 % > 35 %, so the blocking minority is 2 + 1 = 3 members.
    let table = fixture();
    let o = evaluate(Rule::QualifiedMajority, &vote(&ex), Some(&table), now()).unwrap();
    assert_eq!(o.thresholds.blocking_minority_members, Some(3));
    assert_eq!(o.thresholds.members_required, Some(3));
    // DE and FR against (51 % of the population): only two members, fewer than three, so deemed.
    ex.push(("DE", Against));
    ex.push(("FR", Against));
    check(
        Rule::QualifiedMajority,
        &vote(&ex),
        Status::Adopted,
        articles::QMV_PARTIAL,
    );
    // Three against fails the member condition outright (2 of 5 < 55 %).
    ex.push(("PL", Against));
    check(
        Rule::QualifiedMajority,
        &vote(&ex),
        Status::NotAdopted,
        articles::QMV_PARTIAL,
    );
}

// ---- unanimity -------------------------------------------------------------------------------

#[test]
fn abstentions_do_not_block_unanimity() {
    let others: Vec<(&str, Position)> = reference::member_states()
        .iter()
        .filter(|s| s.alpha2 != "FR")
        .map(|s| (s.alpha2.as_str(), Abstain))
        .collect();
    check(
        Rule::Unanimity,
        &vote(&others),
        Status::Adopted,
        articles::UNANIMITY,
    );
    check(
        Rule::Unanimity,
        &vote(&[("HU", Against)]),
        Status::NotAdopted,
        articles::UNANIMITY,
    );
    // Unanimity needs no population figures unless someone declares.
    let o = evaluate(Rule::Unanimity, &vote(&[("HU", Abstain)]), None, now()).unwrap();
    assert!(o.adopted);
    assert_eq!(o.tally.for_.population, None);
}

#[test]
fn nine_declared_abstainers_with_a_third_of_the_population_stop_the_act() {
    // 9 of 27 is exactly one third; DE+FR+IT+ES+PL alone are 66 % of the population.
    let nine_large = ["DE", "FR", "IT", "ES", "PL", "MT", "LU", "CY", "EE"];
    let p = vote(&codes(&nine_large, DeclaredAbstain));
    check(
        Rule::Unanimity,
        &p,
        Status::NotAdopted,
        articles::CONSTRUCTIVE_ABSTENTION,
    );
    // Nine small states: one third of the members but far from a third of the population.
    let nine_small = ["MT", "LU", "CY", "EE", "LV", "SI", "LT", "HR", "IE"];
    let p = vote(&codes(&nine_small, DeclaredAbstain));
    check(Rule::Unanimity, &p, Status::Adopted, articles::UNANIMITY);
    // Eight large states: over a third of the population, but fewer than a third of the members.
    let p = vote(&codes(&nine_large[..8], DeclaredAbstain));
    check(Rule::Unanimity, &p, Status::Adopted, articles::UNANIMITY);
    // Declaration needs population figures.
    let err = evaluate(Rule::Unanimity, &p, None, now()).unwrap_err();
    assert_eq!(err.code(), "procedure.population_required");
}

#[test]
fn constructive_abstention_population_boundary_is_at_least_one_third() {
    // A table where nine states hold exactly one third of 27 * 3 = 81 people.
    let states = reference::member_states();
    let figures: Vec<(&str, u64)> = states.iter().map(|s| (s.alpha2.as_str(), 3)).collect();
    let table = PopulationTable::new("equal", figures).unwrap();
    let nine: Vec<(&str, Position)> = states[..9]
        .iter()
        .map(|s| (s.alpha2.as_str(), DeclaredAbstain))
        .collect();
    let o = evaluate(Rule::Unanimity, &vote(&nine), Some(&table), now()).unwrap();
    assert_eq!(o.status, Status::NotAdopted, "{}", o.explanation);
    assert_eq!(o.thresholds.constructive_abstention_members, Some(9));
    assert_eq!(o.thresholds.constructive_abstention_population, Some(27));
    // One person fewer among the nine: below one third.
    let mut figures: Vec<(&str, u64)> = states.iter().map(|s| (s.alpha2.as_str(), 3)).collect();
    figures[0].1 = 2;
    figures[26].1 = 4;
    let table = PopulationTable::new("skewed", figures).unwrap();
    let o = evaluate(Rule::Unanimity, &vote(&nine), Some(&table), now()).unwrap();
    assert_eq!(o.status, Status::Adopted, "{}", o.explanation);
}

// ---- simple majority -------------------------------------------------------------------------

#[test]
fn simple_majority_is_fourteen_of_twenty_seven() {
    let states = reference::member_states();
    let against = |n: usize| -> Positions {
        let ex: Vec<(&str, Position)> = states[..n]
            .iter()
            .map(|s| (s.alpha2.as_str(), Against))
            .collect();
        vote(&ex)
    };
    check(
        Rule::SimpleMajority,
        &against(13),
        Status::Adopted,
        articles::SIMPLE_MAJORITY,
    );
    check(
        Rule::SimpleMajority,
        &against(14),
        Status::NotAdopted,
        articles::SIMPLE_MAJORITY,
    );
    // Non-participation does not lower the bar: 13 in favour of 13 participating is not enough.
    let ex: Vec<(&str, Position)> = states[..14]
        .iter()
        .map(|s| (s.alpha2.as_str(), NotParticipating))
        .collect();
    let o = evaluate(Rule::SimpleMajority, &vote(&ex), None, now()).unwrap();
    assert_eq!(o.status, Status::NotAdopted);
    assert_eq!(o.thresholds.members_required, Some(14));
}

// ---- silence ---------------------------------------------------------------------------------

#[test]
fn silence_procedure() {
    let deadline = Utc.with_ymd_and_hms(2026, 5, 2, 12, 0, 0).unwrap();
    let rule = Rule::Silence { deadline };
    let before = deadline - chrono::Duration::hours(1);
    let after = deadline + chrono::Duration::hours(1);
    let none = Positions::new();
    let status = |p: &Positions, at| evaluate(rule, p, None, at).unwrap().status;
    assert_eq!(status(&none, before), Status::Pending);
    assert_eq!(status(&none, deadline), Status::Adopted);
    assert_eq!(status(&none, after), Status::Adopted);

    let mut objected = Positions::new();
    objected.object("el", before - chrono::Duration::hours(1));
    // One objection breaks silence at once, even before the deadline.
    assert_eq!(status(&objected, before), Status::NotAdopted);
    let o = evaluate(rule, &objected, None, after).unwrap();
    assert_eq!(
        (o.status, o.article),
        (Status::NotAdopted, articles::SILENCE)
    );
    assert_eq!(o.tally.objections, vec!["GR".to_string()]);

    // An objection at or after the deadline comes too late.
    let mut late = Positions::new();
    late.object("HU", deadline);
    assert_eq!(status(&late, after), Status::Adopted);
    // An objection the evaluator has not yet reached has not happened.
    let mut future = Positions::new();
    future.object("HU", before);
    assert_eq!(
        status(&future, before - chrono::Duration::hours(2)),
        Status::Pending
    );

    let mut unknown = Positions::new();
    unknown.object("UK", before);
    assert_eq!(
        evaluate(rule, &unknown, None, after).unwrap_err().code(),
        "procedure.unknown_member_state"
    );
}

// ---- input errors ----------------------------------------------------------------------------

#[test]
fn every_member_state_must_appear_once() {
    let table = fixture();
    let mut p = Positions::new();
    for s in reference::member_states()
        .iter()
        .filter(|s| s.alpha2 != "SI")
    {
        p.set(&s.alpha2, For);
    }
    let err = evaluate(Rule::QualifiedMajority, &p, Some(&table), now()).unwrap_err();
    assert_eq!(
        err,
        ProcedureError::MissingMemberState {
            code: "SI".into(),
            name: "Slovenia".into()
        }
    );
    assert!(err.to_string().contains("SI (Slovenia)"));

    let mut dup = vote(&[]);
    dup.set("EL", Against);
    let err = evaluate(Rule::Unanimity, &dup, Some(&table), now()).unwrap_err();
    assert_eq!(err, ProcedureError::DuplicatePosition { code: "GR".into() });

    let mut unknown = vote(&[]);
    unknown.set("XK", For);
    let err = evaluate(Rule::Unanimity, &unknown, Some(&table), now()).unwrap_err();
    assert_eq!(err.code(), "procedure.unknown_member_state");
    assert!(err.to_string().contains("\"XK\""));

    let err = evaluate(Rule::QualifiedMajority, &vote(&[]), None, now()).unwrap_err();
    assert_eq!(err, ProcedureError::PopulationRequired { rule: "qmv" });

    let out = vote(&codes(
        &reference::member_states()
            .iter()
            .map(|s| -> &'static str { s.alpha2.as_str() })
            .collect::<Vec<_>>(),
        NotParticipating,
    ));
    let err = evaluate(Rule::SimpleMajority, &out, None, now()).unwrap_err();
    assert_eq!(err, ProcedureError::NoParticipants);
}

#[test]
fn greece_may_be_given_as_el() {
    let mut p = Positions::new();
    for s in reference::member_states() {
        p.set(if s.alpha2 == "GR" { "el" } else { &s.alpha2 }, For);
    }
    let o = evaluate(Rule::SimpleMajority, &p, None, now()).unwrap();
    assert_eq!(o.tally.for_.members, 27);
}

// ---- independent cross-check -----------------------------------------------------------------

/// A second, deliberately naive QMV implementation: thresholds first computed as whole numbers
/// (ceil), then simple comparisons. Full participation only.
fn naive_qmv(against_or_abstain: &[bool], pops: &[u64]) -> bool {
    let total: u64 = pops.iter().sum();
    let yes: Vec<usize> = (0..27).filter(|i| !against_or_abstain[*i]).collect();
    let no = 27 - yes.len();
    let yes_pop: u64 = yes.iter().map(|i| pops[*i]).sum();
    // ceil(0.55 * 27) = 15 and the Treaty's "at least fifteen".
    let members_needed = 15;
    // 65 % rounded up to a whole person.
    let pop_needed = total * 65 / 100 + u64::from(!(total * 65).is_multiple_of(100));
    if no < 4 {
        return yes.len() >= members_needed;
    }
    yes.len() >= members_needed && yes_pop >= pop_needed
}

fn naive_rqmv(against_or_abstain: &[bool], pops: &[u64]) -> bool {
    let total: u64 = pops.iter().sum();
    let yes: Vec<usize> = (0..27).filter(|i| !against_or_abstain[*i]).collect();
    let yes_pop: u64 = yes.iter().map(|i| pops[*i]).sum();
    yes.len() >= 20 && yes_pop * 100 >= total * 65
}

fn positions_from_mask(no: &[bool], no_position: Position) -> Positions {
    let mut p = Positions::new();
    for (i, s) in reference::member_states().iter().enumerate() {
        p.set(&s.alpha2, if no[i] { no_position } else { For });
    }
    p
}

#[test]
fn qmv_agrees_with_naive_implementation_on_every_coalition_of_the_largest_twelve() {
    // Every subset of the twelve most populous states voting against, all others in favour,
    // plus the same with the eight smallest also against: 2 * 4096 coalitions.
    let table = fixture();
    let states = reference::member_states();
    let pops: Vec<u64> = states
        .iter()
        .map(|s| table.population(&s.alpha2).unwrap())
        .collect();
    let mut by_size: Vec<usize> = (0..27).collect();
    by_size.sort_by_key(|i| std::cmp::Reverse(pops[*i]));
    let (largest, smallest8) = (&by_size[..12], &by_size[19..]);
    for with_small in [false, true] {
        for mask in 0u32..(1 << 12) {
            let mut no = [false; 27];
            for (bit, idx) in largest.iter().enumerate() {
                no[*idx] = mask & (1 << bit) != 0;
            }
            if with_small {
                for idx in smallest8 {
                    no[*idx] = true;
                }
            }
            let p = positions_from_mask(&no, Against);
            let got = evaluate(Rule::QualifiedMajority, &p, Some(&table), now()).unwrap();
            assert_eq!(
                got.adopted,
                naive_qmv(&no, &pops),
                "mask {mask:#x} small {with_small}"
            );
            let got = evaluate(Rule::ReinforcedQualifiedMajority, &p, Some(&table), now()).unwrap();
            assert_eq!(got.adopted, naive_rqmv(&no, &pops), "rqmv mask {mask:#x}");
        }
    }
}

// ---- properties ------------------------------------------------------------------------------

fn any_position() -> impl Strategy<Value = Position> {
    prop_oneof![
        6 => Just(For),
        2 => Just(Against),
        2 => Just(Abstain),
        2 => Just(DeclaredAbstain),
    ]
}

fn positions_of(list: &[Position]) -> Positions {
    let mut p = Positions::new();
    for (s, pos) in reference::member_states().iter().zip(list) {
        p.set(&s.alpha2, *pos);
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn unanimity_iff_nobody_against_and_declarations_do_not_bite(
        list in proptest::collection::vec(any_position(), 27)
    ) {
        let table = fixture();
        let o = evaluate(Rule::Unanimity, &positions_of(&list), Some(&table), now()).unwrap();
        let states = reference::member_states();
        let against = list.contains(&Against);
        let declared: Vec<usize> = (0..27).filter(|i| list[*i] == DeclaredAbstain).collect();
        let declared_pop: u64 = declared
            .iter()
            .map(|i| table.population(&states[*i].alpha2).unwrap())
            .sum();
        let bites = declared.len() * 3 >= 27 && declared_pop * 3 >= table.total();
        prop_assert_eq!(o.adopted, !against && !bites);
    }

    #[test]
    fn qmv_agrees_with_naive_implementation(
        list in proptest::collection::vec(any_position(), 27)
    ) {
        let table = fixture();
        let pops: Vec<u64> = reference::member_states()
            .iter()
            .map(|s| table.population(&s.alpha2).unwrap())
            .collect();
        let no: Vec<bool> = list.iter().map(|p| *p != For).collect();
        let p = positions_of(&list);
        let qmv = evaluate(Rule::QualifiedMajority, &p, Some(&table), now()).unwrap();
        prop_assert_eq!(qmv.adopted, naive_qmv(&no, &pops));
        let rqmv = evaluate(Rule::ReinforcedQualifiedMajority, &p, Some(&table), now()).unwrap();
        prop_assert_eq!(rqmv.adopted, naive_rqmv(&no, &pops));
    }

    #[test]
    fn adding_a_vote_in_favour_never_undoes_adoption(
        list in proptest::collection::vec(prop_oneof![
            5 => any_position(),
            1 => Just(NotParticipating),
        ], 27),
        flip in 0usize..27,
    ) {
        prop_assume!(list.iter().any(|p| *p != NotParticipating));
        prop_assume!(list[flip] != For && list[flip] != NotParticipating);
        let table = fixture();
        let mut more = list.clone();
        more[flip] = For;
        for rule in [Rule::QualifiedMajority, Rule::ReinforcedQualifiedMajority, Rule::SimpleMajority] {
            let before = evaluate(rule, &positions_of(&list), Some(&table), now()).unwrap();
            let after = evaluate(rule, &positions_of(&more), Some(&table), now()).unwrap();
            prop_assert!(!before.adopted || after.adopted, "{:?}: {} then {}", rule, before.explanation, after.explanation);
        }
    }

    #[test]
    fn outcome_does_not_depend_on_input_order(
        list in proptest::collection::vec(prop_oneof![
            5 => any_position(),
            1 => Just(NotParticipating),
        ], 27),
        seed in any::<u64>(),
    ) {
        prop_assume!(list.iter().any(|p| *p != NotParticipating));
        let table = fixture();
        let states = reference::member_states();
        let mut order: Vec<usize> = (0..27).collect();
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut x = seed | 1;
        for i in (1..27).rev() {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (x >> 33) as usize % (i + 1));
        }
        let mut shuffled = Positions::new();
        for i in &order {
            let code = if states[*i].alpha2 == "GR" { "el" } else { states[*i].alpha2.as_str() };
            shuffled.set(code, list[*i]);
        }
        for rule in [Rule::Unanimity, Rule::QualifiedMajority, Rule::ReinforcedQualifiedMajority, Rule::SimpleMajority] {
            let a = evaluate(rule, &positions_of(&list), Some(&table), now()).unwrap();
            let b = evaluate(rule, &shuffled, Some(&table), now()).unwrap();
            prop_assert_eq!(a, b);
        }
    }
}
