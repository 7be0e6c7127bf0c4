use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn input_from(t: &AnnexTable, year: u16) -> TableInput {
    TableInput {
        year,
        valid_from: None,
        source: "Council Decision (EU, Euratom) 2025/0000, OJ L test".into(),
        total: t.table.total(),
        threshold_65_percent: Some(threshold_65(t.table.total())),
        figures: t.figures().into_iter().collect(),
        supersedes: false,
    }
}

#[test]
fn shipped_years_are_the_official_journal_figures() {
    let years: Vec<u16> = shipped().iter().map(|t| t.year).collect();
    assert_eq!(years, vec![2021, 2024]);
    for (year, total, threshold) in [
        (2021, 448_285_127, 291_385_333),
        (2024, 450_473_252, 292_807_614),
    ] {
        let t = shipped_table(year).unwrap();
        assert_eq!(t.table.total(), total, "{year}");
        let facts = self::year(year).unwrap();
        assert_eq!(facts.total, Some(total));
        assert_eq!(facts.threshold_65_percent, Some(threshold));
        assert_eq!(threshold_65(total), threshold, "{year}");
        assert_eq!(t.valid_from, date(i32::from(year), 1, 1));
        assert!(t.source.contains("Decision (EU, Euratom)"), "{}", t.source);
    }
    assert_eq!(
        shipped_table(2024).unwrap().table.population("EL"),
        Some(10_415_585)
    );
    assert_eq!(
        shipped_table(2021).unwrap().table.population("DE"),
        Some(83_100_961)
    );
}

#[test]
fn year_2025_is_known_by_its_total_threshold_and_shares_only() {
    let facts = self::year(2025).unwrap();
    assert!(facts.table.is_none());
    assert_eq!(facts.total, Some(451_028_881));
    assert_eq!(facts.threshold_65_percent, Some(293_168_773));
    let shares: u32 = facts.shares_hundredths.values().sum();
    assert_eq!(facts.shares_hundredths.len(), 27);
    assert!((9_990..=10_010).contains(&shares), "shares sum to {shares}");
    assert_eq!(facts.shares_hundredths.get("GR"), Some(&231));
    assert!(self::year(2026).is_some_and(|y| y.table.is_none() && y.total.is_none()));
}

#[test]
fn the_table_in_force_is_that_of_the_year_of_the_vote() {
    let shipped = shipped();
    let c = choose_table(date(2024, 6, 1), &shipped, &[]).unwrap();
    assert_eq!(
        (c.table.year, c.fit, c.year_in_force),
        (2024, Fit::InForce, 2024)
    );
    assert!(
        c.note().contains("in force at the time of the vote"),
        "{}",
        c.note()
    );
    assert!(!c.note().contains("NOT"), "{}", c.note());
    let c = choose_table(date(2021, 1, 1), &shipped, &[]).unwrap();
    assert_eq!((c.table.year, c.fit), (2021, Fit::InForce));
}

#[test]
fn without_the_year_s_table_the_nearest_is_used_and_the_note_says_so() {
    let shipped = shipped();
    // 2026: nothing shipped; the newest before is 2024.
    let c = choose_table(date(2026, 12, 1), &shipped, &[]).unwrap();
    assert_eq!(
        (c.table.year, c.fit, c.year_in_force),
        (2024, Fit::Older, 2026)
    );
    let note = c.note();
    for part in [
        "table of 2024",
        "NOT the table in force",
        "that of 2026",
        "entente reference population import FILE",
        "POST /api/v1/reference/population",
    ] {
        assert!(note.contains(part), "{part}: {note}");
    }
    // 2025: the total is known and said.
    let note = choose_table(date(2025, 3, 1), &shipped, &[])
        .unwrap()
        .note();
    assert!(note.contains("451,028,881"), "{note}");
    // 2022 and 2023: 2021's.
    let c = choose_table(date(2023, 12, 31), &shipped, &[]).unwrap();
    assert_eq!((c.table.year, c.fit), (2021, Fit::Older));
    // Before any table: the oldest after.
    let c = choose_table(date(2019, 5, 1), &shipped, &[]).unwrap();
    assert_eq!((c.table.year, c.fit), (2021, Fit::Newer));
    assert!(choose_table(date(2026, 1, 1), &[], &[]).is_none());
}

#[test]
fn an_imported_table_is_used_for_its_year_from_its_valid_from_day() {
    let shipped = shipped();
    let base = shipped_table(2024).unwrap();
    let mut figures = base.figures();
    *figures.get_mut("MT").unwrap() += 1_000;
    let t2026 = AnnexTable::new(
        2026,
        date(2026, 2, 1),
        "Decision 2026",
        Origin::Imported,
        false,
        &figures,
    )
    .unwrap();
    let imported = vec![t2026];
    let c = choose_table(date(2026, 3, 1), &shipped, &imported).unwrap();
    assert_eq!(
        (c.table.year, c.table.origin, c.fit),
        (2026, Origin::Imported, Fit::InForce)
    );
    // Before its valid_from day the 2026 table is not in force: the older one is used.
    let c = choose_table(date(2026, 1, 15), &shipped, &imported).unwrap();
    assert_eq!((c.table.year, c.fit), (2024, Fit::Older));
    // A vote in 2027 uses 2026's, said not to be in force.
    let c = choose_table(date(2027, 1, 15), &shipped, &imported).unwrap();
    assert_eq!(
        (c.table.year, c.fit, c.year_in_force),
        (2026, Fit::Older, 2027)
    );
}

#[test]
fn an_import_that_supersedes_replaces_the_shipped_table() {
    let shipped = shipped();
    let base = shipped_table(2024).unwrap();
    let mut input = input_from(&base, 2024);
    let de = input.figures.iter_mut().find(|(c, _)| c == "DE").unwrap();
    de.1 += 10;
    let mt = input.figures.iter_mut().find(|(c, _)| c == "MT").unwrap();
    mt.1 -= 10;
    let err = check_import(&input, &shipped, &[]).unwrap_err();
    assert_eq!(err.code(), "annex.contradicts");
    assert!(err.is_conflict());
    let msg = err.to_string();
    assert!(
        msg.contains("figures.DE") && msg.contains("\"supersedes\": true"),
        "{msg}"
    );
    input.supersedes = true;
    let t = check_import(&input, &shipped, &[]).unwrap();
    assert!(t.supersedes);
    let c = choose_table(date(2024, 5, 1), &shipped, &[t]).unwrap();
    assert_eq!(c.table.origin, Origin::Imported);
    assert_eq!(c.table.table.population("DE"), Some(84_311_254));
}

#[test]
fn bad_tables_are_refused_naming_the_state_or_the_year() {
    let shipped = shipped();
    let base = shipped_table(2024).unwrap();
    let good = input_from(&base, 2026);
    assert!(check_import(&good, &shipped, &[]).is_ok());

    let mut missing = good.clone();
    missing.figures.retain(|(c, _)| c != "MT");
    let e = check_import(&missing, &shipped, &[]).unwrap_err();
    assert_eq!(e.code(), "reference.missing_population");
    assert!(e.to_string().starts_with("figures.MT:"), "{e}");

    let mut wrong_sum = good.clone();
    wrong_sum.total += 1;
    wrong_sum.threshold_65_percent = None;
    let e = check_import(&wrong_sum, &shipped, &[]).unwrap_err();
    assert_eq!(e.code(), "annex.sum");
    assert!(
        e.to_string()
            .contains("sum to 450473252, not to the total 450473253"),
        "{e}"
    );

    let mut unknown = good.clone();
    unknown.figures.push(("UK".into(), 67_000_000));
    let e = check_import(&unknown, &shipped, &[]).unwrap_err();
    assert_eq!(e.code(), "reference.unknown_member_state");
    assert!(e.to_string().starts_with("figures.UK:"), "{e}");

    let mut zero = good.clone();
    zero.figures[3].1 = 0;
    let e = check_import(&zero, &shipped, &[]).unwrap_err();
    assert_eq!(e.code(), "reference.implausible_population");

    let mut twice = good.clone();
    twice.figures.push(("EL".into(), 5));
    assert_eq!(
        check_import(&twice, &shipped, &[]).unwrap_err().code(),
        "reference.duplicate_population"
    );

    let mut threshold = good.clone();
    threshold.threshold_65_percent = Some(1);
    assert_eq!(
        check_import(&threshold, &shipped, &[]).unwrap_err().code(),
        "annex.threshold"
    );

    let mut empty = good.clone();
    empty.figures.clear();
    let e = check_import(&empty, &shipped, &[]).unwrap_err();
    assert_eq!(e.code(), "annex.no_figures");
    assert!(e.to_string().contains("2026"), "{e}");

    for y in [1999, 2013, 2101] {
        let mut year = good.clone();
        year.year = y;
        let e = check_import(&year, &shipped, &[]).unwrap_err();
        assert_eq!(e.code(), "annex.year");
        assert!(e.to_string().contains(&y.to_string()), "{e}");
    }

    let mut source = good.clone();
    source.source = "  ".into();
    assert_eq!(
        check_import(&source, &shipped, &[]).unwrap_err().code(),
        "annex.source"
    );

    let mut valid = good.clone();
    valid.valid_from = Some(date(2025, 12, 31));
    assert_eq!(
        check_import(&valid, &shipped, &[]).unwrap_err().code(),
        "annex.valid_from"
    );

    let mut supersedes = good.clone();
    supersedes.supersedes = true;
    assert_eq!(
        check_import(&supersedes, &shipped, &[]).unwrap_err().code(),
        "annex.nothing_to_supersede"
    );

    let same = input_from(&base, 2024);
    assert_eq!(
        check_import(&same, &shipped, &[]).unwrap_err().code(),
        "annex.same"
    );
}

#[test]
fn a_2025_table_must_have_the_known_2025_total() {
    let shipped = shipped();
    let base = shipped_table(2024).unwrap();
    let wrong = input_from(&base, 2025);
    let e = check_import(&wrong, &shipped, &[]).unwrap_err();
    assert_eq!(e.code(), "annex.known_total");
    assert!(e.to_string().contains("451028881"), "{e}");
    // Figures that sum to the 2025 total are accepted.
    let mut right = wrong.clone();
    let extra = 451_028_881 - base.table.total();
    right.figures.iter_mut().find(|(c, _)| c == "DE").unwrap().1 += extra;
    right.total = 451_028_881;
    right.threshold_65_percent = Some(293_168_773);
    let t = check_import(&right, &shipped, &[]).unwrap();
    assert_eq!((t.year, t.origin), (2025, Origin::Imported));
    // A second load of the same figures is nothing new; other figures must supersede.
    assert_eq!(
        check_import(&right, &shipped, std::slice::from_ref(&t))
            .unwrap_err()
            .code(),
        "annex.same"
    );
    let mut other = right.clone();
    other.figures.iter_mut().find(|(c, _)| c == "FR").unwrap().1 += 1;
    other.figures.iter_mut().find(|(c, _)| c == "DE").unwrap().1 -= 1;
    assert_eq!(
        check_import(&other, &shipped, std::slice::from_ref(&t))
            .unwrap_err()
            .code(),
        "annex.contradicts"
    );
    other.supersedes = true;
    assert!(check_import(&other, &shipped, &[t]).is_ok());
}
