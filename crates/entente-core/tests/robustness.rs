//! The robustness of an outcome to the population figures (`procedure::robustness`):
//! margins to each threshold, and the claim that an outcome reported to hold under any ±2 %
//! revision of the Annex III figures does hold, tested against random revisions of random
//! tables. Where the outcome depends on population only through the share of one group (QMV
//! with all members, RQMV, unanimity with declared abstentions), the two extreme revisions
//! decide it: every revision's outcome is one of theirs.

use chrono::{TimeZone, Utc};
use entente_core::population;
use entente_core::procedure::{
    MarginKind, Position, Positions, Rule, Status, articles, evaluate, robustness,
};
use entente_core::reference::{self, PopulationTable};
use proptest::prelude::*;

use Position::{Abstain, Against, DeclaredAbstain, For, NotParticipating};

fn status(rule: Rule, p: &Positions, t: &PopulationTable) -> Status {
    let now = Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0).unwrap();
    evaluate(rule, p, Some(t), now).unwrap().status
}

fn positions_of(list: &[Position]) -> Positions {
    let mut p = Positions::new();
    for (s, pos) in reference::member_states().iter().zip(list) {
        p.set(&s.alpha2, *pos);
    }
    p
}

fn table_of(figures: &[u64]) -> PopulationTable {
    PopulationTable::new(
        "test",
        reference::member_states()
            .iter()
            .zip(figures)
            .map(|(s, f)| (s.alpha2.as_str(), *f)),
    )
    .unwrap()
}

/// Each figure moved by `r` hundredths of a per cent (-200..=200), rounded towards the
/// original, so that it stays within ±2 % of it.
fn revised(figures: &[u64], r: &[i64]) -> Vec<u64> {
    figures
        .iter()
        .zip(r)
        .map(|(f, r)| {
            let scaled = u128::from(*f) * u128::try_from(10_000 + r).unwrap();
            let v = if *r < 0 {
                scaled.div_ceil(10_000)
            } else {
                scaled / 10_000
            };
            u64::try_from(v).unwrap().max(1)
        })
        .collect()
}

fn table_2024() -> (PopulationTable, Vec<u64>) {
    let t = population::shipped_table(2024).unwrap().table;
    let figures = reference::member_states()
        .iter()
        .map(|s| t.population(&s.alpha2).unwrap())
        .collect();
    (t, figures)
}

fn rule_of(i: u8) -> Rule {
    [
        Rule::QualifiedMajority,
        Rule::ReinforcedQualifiedMajority,
        Rule::Unanimity,
    ][usize::from(i % 3)]
}

fn any_position(participation: bool) -> impl Strategy<Value = Position> {
    let np = if participation { 1 } else { 0 };
    prop_oneof![
        6 => Just(For),
        2 => Just(Against),
        2 => Just(Abstain),
        2 => Just(DeclaredAbstain),
        np => Just(NotParticipating),
    ]
}

fn figures() -> impl Strategy<Value = Vec<u64>> {
    proptest::collection::vec(300_000u64..90_000_000, 27)
}

fn revision() -> impl Strategy<Value = Vec<i64>> {
    proptest::collection::vec(-200i64..=200, 27)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Soundness, for every rule and participation (the blocking minority of
    /// Art. 238(3)(a) TFEU included): "holds" means every revision within ±2 % gives the same
    /// outcome.
    #[test]
    fn an_outcome_that_holds_survives_every_revision(
        rule in any::<u8>().prop_map(rule_of),
        list in proptest::collection::vec(any_position(true), 27),
        figures in figures(),
        r in revision(),
    ) {
        prop_assume!(list.iter().any(|p| *p != NotParticipating));
        let p = positions_of(&list);
        let table = table_of(&figures);
        let base = status(rule, &p, &table);
        let Some(rb) = robustness(rule, &p, &table).unwrap() else {
            // No population condition: the outcome cannot depend on the figures.
            prop_assert!(rule == Rule::Unanimity && !list.contains(&DeclaredAbstain));
            prop_assert_eq!(status(rule, &p, &table_of(&revised(&figures, &r))), base);
            return Ok(());
        };
        if rb.holds {
            prop_assert_eq!(status(rule, &p, &table_of(&revised(&figures, &r))), base);
        }
    }

    /// The two extreme revisions decide: the share of the deciding group is monotone in each
    /// figure, so any revision's outcome is that of one of the extremes, and the outcome holds
    /// exactly when both extremes agree with it.
    #[test]
    fn the_two_extreme_revisions_decide(
        rule in any::<u8>().prop_map(rule_of),
        list in proptest::collection::vec(any_position(false), 27),
        figures in figures(),
        r in revision(),
    ) {
        let p = positions_of(&list);
        let table = table_of(&figures);
        let base = status(rule, &p, &table);
        let group = if rule == Rule::Unanimity { DeclaredAbstain } else { For };
        let extreme = |up: bool| {
            let r: Vec<i64> = list
                .iter()
                .map(|pos| if (*pos == group) == up { 200 } else { -200 })
                .collect();
            status(rule, &p, &table_of(&revised(&figures, &r)))
        };
        let (low, high) = (extreme(false), extreme(true));
        let any = status(rule, &p, &table_of(&revised(&figures, &r)));
        prop_assert!(any == low || any == high, "{:?} not between {:?} and {:?}", any, low, high);
        if low == high {
            prop_assert_eq!(any, low);
        }
        if let Some(rb) = robustness(rule, &p, &table).unwrap() {
            prop_assert_eq!(rb.holds, low == base && high == base);
        }
    }
}

#[test]
fn margins_of_a_qualified_majority_name_each_threshold() {
    let (table, _) = table_2024();
    let mut list = vec![For; 27];
    // DE, FR, IT, ES against (indices in protocol order).
    for code in ["DE", "FR", "IT", "ES"] {
        let i = reference::member_states()
            .iter()
            .position(|s| s.alpha2 == code)
            .unwrap();
        list[i] = Against;
    }
    let p = positions_of(&list);
    let rb = robustness(Rule::QualifiedMajority, &p, &table)
        .unwrap()
        .unwrap();
    let m = |k: MarginKind| rb.margins.iter().find(|m| m.kind == k).unwrap().clone();
    let members = m(MarginKind::MembersInFavour);
    assert_eq!(
        (members.actual, members.required, members.margin),
        (23, 15, 8)
    );
    assert_eq!(members.article, articles::QMV);
    let pop = m(MarginKind::PopulationInFavour);
    let against: u64 = 84_311_244 + 68_070_697 + 59_691_110 + 48_063_694;
    assert_eq!(pop.actual, 450_473_252 - against);
    assert_eq!(pop.required, 292_807_614);
    assert_eq!(pop.margin, (450_473_252 - against) as i64 - 292_807_614);
    // 190,336,507 / 450,473,252 = 42.25 %: 22.75 points short.
    assert_eq!(pop.margin_pp_hundredths, Some(-2275));
    let blocking = m(MarginKind::BlockingMinority);
    assert_eq!(
        (blocking.actual, blocking.required, blocking.margin),
        (4, 4, 0)
    );
    assert_eq!(
        status(Rule::QualifiedMajority, &p, &table),
        Status::NotAdopted
    );
    assert!(rb.holds, "far from every threshold");
    assert_eq!(rb.verdict(), "holds under any ±2 % revision");
}

#[test]
fn a_vote_near_sixty_five_per_cent_is_close() {
    let (table, _) = table_2024();
    // Against: DE, FR, and enough small states to bring the supporters near 65 %.
    let states = reference::member_states();
    let mut list = vec![For; 27];
    let mut against = 0u64;
    for code in ["DE", "FR"] {
        let i = states.iter().position(|s| s.alpha2 == code).unwrap();
        list[i] = Against;
        against += table.population(code).unwrap();
    }
    // 152,381,941 against: 66.17 % in favour. Ireland and Malta (1.27 points) make four
    // members against, a blocking minority by number, and leave 64.90 % in favour.
    for code in ["IE", "MT"] {
        let i = states.iter().position(|s| s.alpha2 == code).unwrap();
        list[i] = Against;
        against += table.population(code).unwrap();
    }
    let p = positions_of(&list);
    let share = (450_473_252 - against) as f64 / 450_473_252.0;
    assert!(share > 0.645 && share < 0.65, "{share}");
    assert_eq!(
        status(Rule::QualifiedMajority, &p, &table),
        Status::NotAdopted
    );
    let rb = robustness(Rule::QualifiedMajority, &p, &table)
        .unwrap()
        .unwrap();
    assert!(!rb.holds);
    assert_eq!(rb.verdict(), "close: check with the table in force");
    let pop = rb
        .margins
        .iter()
        .find(|m| m.kind == MarginKind::PopulationInFavour)
        .unwrap();
    assert!(pop.margin < 0, "{pop:?}");
    // 64.8995 %: 0.1005 points short, rounded down.
    assert_eq!(pop.margin_pp_hundredths, Some(-11), "{pop:?}");
}

#[test]
fn declared_abstentions_report_their_margins_and_other_rules_none() {
    let (table, _) = table_2024();
    let mut list = vec![For; 27];
    for p in list.iter_mut().take(3) {
        *p = DeclaredAbstain;
    }
    let p = positions_of(&list);
    let rb = robustness(Rule::Unanimity, &p, &table).unwrap().unwrap();
    assert_eq!(rb.margins.len(), 2);
    assert_eq!(rb.margins[0].kind, MarginKind::DeclaredMembers);
    assert_eq!((rb.margins[0].actual, rb.margins[0].required), (3, 9));
    assert_eq!(rb.margins[0].article, articles::CONSTRUCTIVE_ABSTENTION);
    assert!(rb.margins[1].margin < 0);
    assert!(rb.holds);
    let plain = positions_of(&[For; 27]);
    assert!(
        robustness(Rule::Unanimity, &plain, &table)
            .unwrap()
            .is_none()
    );
    assert!(
        robustness(Rule::SimpleMajority, &plain, &table)
            .unwrap()
            .is_none()
    );
}
