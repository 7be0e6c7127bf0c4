//! Live procedures, packages, responses and the attribution register through the store:
//! open → positions → live tally → close → response; every bad input refused with nothing
//! recorded (the head of the log does not move); attribution for another party refused;
//! rebuild identical afterwards.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use entente_core::dossier::DossierFacts;
use entente_core::population::{self, TableInput};
use entente_core::procedure::record::{AttributedActor, Subject};
use entente_core::{Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::attributions::NewAttribution;
use entente_store::procedure_store::Procedures;
use entente_store::procedures::{OpenProcedure, PositionInput};
use entente_store::{FixedClock, Options, SqliteStore, Store, StoreError, rebuild};

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
}

fn open(dir: &Path, clock: Arc<FixedClock>) -> SqliteStore {
    SqliteStore::open(dir, clock, Options::default()).unwrap()
}

/// The one place that builds a Viewer (the struct may gain fields).
fn viewer(party: &str) -> Viewer {
    use entente_core::account::Role;
    let mut v = entente_store::system_viewer(PartyId::parse(party).unwrap());
    v.user = UserId::parse(&format!("{}.delegate", party.to_lowercase())).unwrap();
    // The EEAS delegate also chairs (the permission table needs the role and the chair party).
    v.roles = if party == "EEAS" {
        [Role::Chair, Role::Delegate].into()
    } else {
        [Role::Delegate].into()
    };
    v
}

fn facts(title: &str) -> DossierFacts {
    DossierFacts {
        title: LocalizedText::single(Lang::En, title),
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    }
}

fn text_subject(s: &str) -> Subject {
    Subject::Text {
        text: LocalizedText::single(Lang::En, s),
    }
}

fn req(rule: Option<&str>, deadline: DateTime<Utc>) -> OpenProcedure {
    OpenProcedure {
        subject: text_subject("Declaration by the High Representative on behalf of the EU"),
        rule: rule.map(str::to_string),
        deadline,
        participants: None,
        population: None,
        note: None,
    }
}

fn pos(p: &str) -> PositionInput {
    PositionInput {
        position: p.into(),
        declaration: None,
    }
}

fn head(s: &SqliteStore) -> u64 {
    s.head().unwrap().0
}

/// Runs `f`, expects an error with `code`, and checks that the log did not move.
fn refused<T: std::fmt::Debug>(
    s: &SqliteStore,
    code: &str,
    contains: &str,
    f: impl FnOnce() -> Result<T, StoreError>,
) {
    let before = head(s);
    let err = f().expect_err("should be refused");
    assert_eq!(err.code(), code, "{err}");
    assert!(
        err.to_string().contains(contains),
        "{err} should mention {contains:?}"
    );
    assert_eq!(head(s), before, "nothing may be recorded: {err}");
}

fn attribution(party: Option<&str>) -> NewAttribution {
    NewAttribution {
        party: party.map(str::to_string),
        actor: AttributedActor::Stix {
            id: "intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c".into(),
            name: "APT28".into(),
        },
        term: "very_likely".into(),
        confidence: "moderate".into(),
        basis: vec!["technical".into(), "intelligence".into()],
        public: true,
        date: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        statement_url: Some("https://www.auswaertiges-amt.de/".into()),
        marking: None,
        joint: false,
        procedure: None,
        note: None,
    }
}

#[test]
fn procedure_lifecycle_positions_close_and_response() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(start()));
    let s = open(dir.path(), clock.clone());
    let chair = viewer("EEAS");
    let (de, fr, hu) = (viewer("DE"), viewer("FR"), viewer("HU"));
    s.create_dossier(
        &named(&chair),
        Some("case-one"),
        facts("Case one"),
        Marking::clear(),
    )
    .unwrap();
    let deadline = start() + Duration::days(2);

    // Bad openings: nothing recorded.
    refused(&s, "forbidden", "needs the chair role", || {
        s.open_procedure(&de, "case-one", req(Some("unanimity"), deadline))
    });
    refused(&s, "invalid_input", "rule", || {
        s.open_procedure(&chair, "case-one", req(None, deadline))
    });
    refused(&s, "invalid_input", "\"majority\"", || {
        s.open_procedure(&chair, "case-one", req(Some("majority"), deadline))
    });
    refused(&s, "invalid_input", "deadline", || {
        s.open_procedure(
            &chair,
            "case-one",
            req(Some("unanimity"), start() - Duration::hours(1)),
        )
    });
    refused(&s, "invalid_input", "\"XK\"", || {
        let mut r = req(Some("unanimity"), deadline);
        r.participants = Some(vec!["DE".into(), "XK".into()]);
        s.open_procedure(&chair, "case-one", r)
    });
    refused(&s, "not_found", "case-two", || {
        s.open_procedure(&chair, "case-two", req(Some("unanimity"), deadline))
    });

    // The Presidency (Ireland, July-December 2026) may chair too, with the chair role; an Irish
    // delegate without it may not (F2).
    let ie_delegate = viewer("IE");
    refused(&s, "forbidden", "needs the chair role", || {
        s.open_procedure(&ie_delegate, "case-one", req(Some("unanimity"), deadline))
    });
    let mut ie = viewer("IE");
    ie.roles.insert(entente_core::account::Role::Chair);
    let p = s
        .open_procedure(&ie, "case-one", req(Some("unanimity"), deadline))
        .unwrap();
    assert_eq!(p.id, "case-one-proc-1");
    assert_eq!(p.participants.len(), 27);
    assert_eq!(p.state, "open");
    assert!(!p.outcome.is_final);
    assert_eq!(p.outcome.countdown_seconds, 2 * 24 * 3600);
    assert_eq!(p.outcome.outcome.no_position.len(), 27);
    let id = p.id.clone();

    // Live tally.
    let p = s.record_position(&de, &id, "DE", pos("for")).unwrap();
    assert_eq!(p.outcome.outcome.tally.for_.members, 1);
    assert_eq!(p.outcome.outcome.status, "adopted");
    let p = s.record_position(&fr, &id, "FR", pos("against")).unwrap();
    assert_eq!(p.outcome.outcome.status, "not_adopted");
    assert_eq!(p.outcome.outcome.article, "Art. 31(1) TEU");
    assert!(p.outcome.outcome.explanation.contains("FR"));
    // A change of position before the close.
    let p = s.record_position(&fr, &id, "FR", pos("abstain")).unwrap();
    assert_eq!(p.outcome.outcome.status, "adopted");
    assert_eq!(p.outcome.outcome.tally.against.members, 0);
    assert_eq!(p.positions.len(), 2);
    // Constructive abstention with its declaration: one declared abstainer is far from a third
    // of the members, whatever the figures (the 2024 table, the newest before 2026).
    let p = s
        .record_position(
            &hu,
            &id,
            "HU",
            PositionInput {
                position: "declared_abstain".into(),
                declaration: Some("Hungary will not apply the decision.".into()),
            },
        )
        .unwrap();
    assert_eq!(p.outcome.outcome.status, "adopted");
    assert_eq!(p.outcome.outcome.tally.declared_abstain.members, 1);

    // Bad positions: nothing recorded.
    refused(&s, "forbidden", "for its delegate to record", || {
        s.record_position(&de, &id, "FR", pos("for"))
    });
    refused(&s, "invalid_input", "\"XK\"", || {
        s.record_position(&de, &id, "XK", pos("for"))
    });
    refused(&s, "invalid_input", "declaration", || {
        s.record_position(&de, &id, "DE", pos("declared_abstain"))
    });
    refused(&s, "invalid_input", "silence procedure", || {
        s.record_position(&de, &id, "DE", pos("object"))
    });
    refused(&s, "invalid_input", "position", || {
        s.record_position(&de, &id, "DE", pos("maybe"))
    });
    refused(&s, "not_found", "nope", || {
        s.record_position(&de, "nope", "DE", pos("for"))
    });
    refused(&s, "forbidden", "for its delegate to record", || {
        s.record_position(&Viewer::public(), &id, "DE", pos("for"))
    });

    // After the deadline: no more positions; the outcome is fixed as it stood.
    clock.set(deadline + Duration::minutes(1));
    refused(&s, "conflict", "deadline", || {
        s.record_position(&de, &id, "DE", pos("against"))
    });
    let p = s.procedure(&de, &id).unwrap().unwrap();
    assert_eq!(p.state, "expired");
    assert!(p.outcome.is_final);
    assert_eq!(p.outcome.countdown_seconds, 0);
    assert_eq!(s.responses(&de, "case-one").unwrap().len(), 0);

    // Only the chair closes; then the response is recorded.
    refused(&s, "forbidden", "needs the chair role", || {
        s.close_procedure(&de, &id)
    });
    let p = s.close_procedure(&chair, &id).unwrap();
    assert_eq!(p.state, "closed");
    assert_eq!(p.closed.as_ref().unwrap().by, "deadline");
    assert!(p.outcome.outcome.adopted);
    let r = s.responses(&de, "case-one").unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].procedure, id);
    assert_eq!(r[0].article, "Art. 31(1) TEU");
    refused(&s, "conflict", "already closed", || {
        s.close_procedure(&chair, &id)
    });
    assert!(s.close_due_procedures().unwrap().is_empty());

    drop(s);
    let report = rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

#[test]
fn silence_subsets_packages_and_deadline_sweep() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(start()));
    let s = open(dir.path(), clock.clone());
    let chair = viewer("EEAS");
    let (lv, fr) = (viewer("LV"), viewer("FR"));
    s.create_dossier(
        &named(&chair),
        Some("case-two"),
        facts("Case two"),
        Marking::clear(),
    )
    .unwrap();

    // Silence: adopted at the deadline unless someone objects; one objection breaks it.
    let d1 = start() + Duration::hours(6);
    let p = s
        .open_procedure(&chair, "case-two", req(Some("silence"), d1))
        .unwrap();
    assert_eq!(p.outcome.outcome.status, "pending");
    refused(&s, "invalid_input", "only objects", || {
        s.record_position(&fr, &p.id, "FR", pos("for"))
    });
    let q = s.record_position(&lv, &p.id, "LV", pos("object")).unwrap();
    assert_eq!(q.outcome.outcome.status, "not_adopted");
    assert!(q.outcome.is_final);
    assert_eq!(q.outcome.outcome.tally.objections, vec!["LV".to_string()]);
    refused(&s, "conflict", "cannot be withdrawn", || {
        s.record_position(&lv, &p.id, "LV", pos("object"))
    });

    // Packages: validated against the catalogue.
    refused(&s, "invalid_input", "package.unknown_measure", || {
        s.assemble_package(&chair, "case-two", vec!["sanctions".into()], None)
    });
    refused(&s, "invalid_input", "package.exclusive_measures", || {
        s.assemble_package(
            &chair,
            "case-two",
            vec!["hr-statement".into(), "eu-declaration".into()],
            None,
        )
    });
    let pkg = s
        .assemble_package(
            &chair,
            "case-two",
            vec!["eu-declaration".into(), "capacity-building".into()],
            Some("Declaration plus support".into()),
        )
        .unwrap();
    assert_eq!(pkg.decision_rule, "silence");
    refused(&s, "invalid_input", "subject.package", || {
        let mut r = req(Some("silence"), d1);
        r.subject = Subject::Package {
            package: "case-one-pkg-1".into(),
        };
        s.open_procedure(&chair, "case-two", r)
    });

    // A subset of participants (Art. 238(3) TFEU) on the package, closed by the sweeper.
    let mut r = req(Some("simple"), d1);
    r.subject = Subject::Package {
        package: pkg.id.clone(),
    };
    r.participants = Some(vec!["LV".into(), "EE".into(), "EL".into()]);
    let p2 = s.open_procedure(&chair, "case-two", r).unwrap();
    // Protocol order, EL stored as GR.
    assert_eq!(p2.participants, vec!["EE", "GR", "LV"]);
    refused(&s, "forbidden", "does not participate", || {
        s.record_position(&fr, &p2.id, "FR", pos("for"))
    });
    s.record_position(&lv, &p2.id, "LV", pos("for")).unwrap();
    let p3 = s
        .open_procedure(&chair, "case-two", req(Some("silence"), d1))
        .unwrap();
    clock.set(d1 + Duration::seconds(1));
    let mut closed = s.close_due_procedures().unwrap();
    closed.sort();
    assert_eq!(closed, {
        let mut v = vec![p.id.clone(), p2.id.clone(), p3.id.clone()];
        v.sort();
        v
    });
    let p2 = s.procedure(&chair, &p2.id).unwrap().unwrap();
    // Simple majority needs 14 of the 27 component members (Art. 238(1) TFEU).
    assert_eq!(p2.outcome.outcome.status, "not_adopted");
    let p3 = s.procedure(&chair, &p3.id).unwrap().unwrap();
    assert_eq!(p3.outcome.outcome.status, "adopted");
    assert_eq!(p3.closed.unwrap().by, "deadline");
    let responses = s.responses(&chair, "case-two").unwrap();
    assert_eq!(responses.len(), 1);
    assert_eq!(responses[0].procedure, p3.id);

    drop(s);
    let report = rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

#[test]
fn attribution_register() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(start()));
    let s = open(dir.path(), clock.clone());
    let chair = viewer("EEAS");
    let (de, fr) = (viewer("DE"), viewer("FR"));
    s.create_dossier(
        &named(&chair),
        Some("case-three"),
        facts("Case three"),
        Marking::clear(),
    )
    .unwrap();

    // Nobody records an attribution for another party.
    refused(&s, "forbidden", "sovereign decision", || {
        s.record_attribution(&de, "case-three", attribution(Some("FR")))
    });
    refused(&s, "invalid_input", "term", || {
        let mut a = attribution(None);
        a.term = "probably".into();
        s.record_attribution(&de, "case-three", a)
    });
    refused(&s, "invalid_input", "actor.id", || {
        let mut a = attribution(None);
        a.actor = AttributedActor::Stix {
            id: "malware--bef4c620-0787-42a8-a96d-b7eb6e85917c".into(),
            name: "X".into(),
        };
        s.record_attribution(&de, "case-three", a)
    });
    refused(&s, "invalid_input", "marking", || {
        let mut a = attribution(None);
        a.public = false;
        s.record_attribution(&de, "case-three", a)
    });
    refused(&s, "invalid_input", "procedure", || {
        let mut a = attribution(None);
        a.joint = true;
        s.record_attribution(&chair, "case-three", a)
    });

    let reg = s.attribution_register(&fr, "case-three").unwrap();
    assert_eq!(reg.state, "none");
    assert_eq!(reg.measures_considered_from, "catalogue");
    let demarche = reg
        .measures
        .iter()
        .find(|m| m.measure == "diplomatic-demarche")
        .unwrap();
    assert!(demarche.needs_joint_attribution && !demarche.met);

    let a = s
        .record_attribution(&de, "case-three", attribution(None))
        .unwrap();
    assert_eq!(a.party, "DE");
    // A non-public one, AMBER releasable to EE: FR does not see it.
    let mut secret = attribution(None);
    secret.public = false;
    secret.marking = Some(Marking {
        releasable_to: [PartyId::parse("EE").unwrap()].into_iter().collect(),
        ..Marking::tlp(Tlp::Amber)
    });
    let hidden = s.record_attribution(&de, "case-three", secret).unwrap();
    assert_eq!(
        s.attribution_register(&de, "case-three")
            .unwrap()
            .attributions
            .len(),
        2
    );
    let reg = s.attribution_register(&fr, "case-three").unwrap();
    assert_eq!(reg.attributions.len(), 1);
    assert_eq!(reg.state, "national");
    assert_eq!(reg.attributed_by, vec!["DE".to_string()]);
    refused(&s, "not_found", &hidden.id, || {
        s.withdraw_attribution(&fr, &hidden.id, None)
    });
    refused(&s, "forbidden", "for your own party", || {
        s.withdraw_attribution(&fr, &a.id, None)
    });

    // A joint attribution, linked to the adopted procedure that adopted it.
    let p = s
        .open_procedure(
            &chair,
            "case-three",
            req(Some("silence"), start() + Duration::hours(1)),
        )
        .unwrap();
    refused(&s, "invalid_input", "closed and adopted", || {
        let mut j = attribution(None);
        j.joint = true;
        j.procedure = Some(p.id.clone());
        s.record_attribution(&chair, "case-three", j)
    });
    clock.set(start() + Duration::hours(2));
    s.close_due_procedures().unwrap();
    let mut j = attribution(None);
    j.joint = true;
    j.procedure = Some(p.id.clone());
    j.actor = AttributedActor::State {
        name: "Russian Federation".into(),
    };
    let joint = s.record_attribution(&chair, "case-three", j).unwrap();
    assert_eq!(joint.party, "EU");
    let reg = s.attribution_register(&fr, "case-three").unwrap();
    assert_eq!(reg.state, "joint");
    assert!(
        reg.measures
            .iter()
            .find(|m| m.measure == "diplomatic-demarche")
            .unwrap()
            .met
    );
    let w = s
        .withdraw_attribution(&de, &a.id, Some("superseded".into()))
        .unwrap();
    assert!(w.withdrawn.is_some());
    refused(&s, "conflict", "already withdrawn", || {
        s.withdraw_attribution(&de, &a.id, None)
    });

    drop(s);
    let report = rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

fn table_input(year: u16, figures: &std::collections::BTreeMap<String, u64>) -> TableInput {
    TableInput {
        year,
        valid_from: None,
        source: format!("Council Decision (EU, Euratom) {}/1 (test)", year - 1),
        total: figures.values().sum(),
        threshold_65_percent: None,
        figures: figures.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        supersedes: false,
    }
}

/// A vote in 2026 has no table in force (none shipped): the 2024 table is used, every outcome
/// says so and how robust it is; once an administrator loads the 2026 table, open procedures of
/// 2026 use it, and a closed outcome keeps the table it was fixed with.
#[test]
fn the_table_in_force_and_loading_a_newer_one() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(start()));
    let s = open(dir.path(), clock.clone());
    let chair = viewer("EEAS");
    s.create_dossier(
        &named(&chair),
        Some("case"),
        facts("Case"),
        Marking::tlp(Tlp::Green),
    )
    .unwrap();
    let deadline = start() + Duration::days(2);
    let p = s
        .open_procedure(&chair, "case", req(Some("qmv"), deadline))
        .unwrap();
    let o = &p.outcome.outcome;
    assert_eq!(o.year, Some(2024));
    let t = o.table.as_ref().expect("the table is named");
    assert_eq!(
        (t.year, t.year_in_force, t.in_force, t.origin.as_str()),
        (2024, 2026, false, "shipped")
    );
    assert!(t.note.contains("NOT the table in force"), "{}", t.note);
    assert!(
        t.note.contains("entente reference population import FILE"),
        "{}",
        t.note
    );
    let rb = o.robustness.as_ref().expect("QMV weighs population");
    assert_eq!(rb.margins[0].threshold, "members_in_favour");
    assert!(rb.holds, "nobody has voted: 0 in favour is far from 15");
    let first = p.id.clone();
    // A second procedure, to be closed before the 2026 table is loaded.
    let closed = s
        .open_procedure(&chair, "case", req(Some("qmv"), deadline))
        .unwrap()
        .id;
    s.close_procedure(&chair, &closed).unwrap();

    // Loading: the administrator (or the operator); refused to anyone else, and bad tables
    // refused naming the state or the year, with nothing recorded.
    let mut admin = viewer("EEAS");
    admin.roles = [entente_core::account::Role::Admin].into();
    let base = population::shipped_table(2024).unwrap().figures();
    refused(
        &s,
        "forbidden",
        "loading an Annex III population table",
        || s.import_population(&viewer("DE"), table_input(2026, &base)),
    );
    let mut missing = table_input(2026, &base);
    missing.figures.retain(|(c, _)| c != "MT");
    missing.total = base.values().sum::<u64>();
    refused(&s, "reference.missing_population", "figures.MT", || {
        s.import_population(&admin, missing.clone())
    });
    let mut wrong = table_input(2026, &base);
    wrong.total += 1;
    refused(&s, "annex.sum", "sum to", || {
        s.import_population(&admin, wrong.clone())
    });
    let mut unknown = table_input(2026, &base);
    unknown.figures.push(("XK".into(), 1_800_000));
    refused(&s, "reference.unknown_member_state", "figures.XK", || {
        s.import_population(&admin, unknown.clone())
    });
    refused(&s, "annex.no_figures", "2026", || {
        s.import_population(&admin, table_input(2026, &Default::default()))
    });
    refused(&s, "annex.contradicts", "supersedes", || {
        let mut other = base.clone();
        *other.get_mut("DE").unwrap() += 5;
        *other.get_mut("FR").unwrap() -= 5;
        s.import_population(&admin, table_input(2024, &other))
    });
    refused(&s, "annex.known_total", "451028881", || {
        s.import_population(&admin, table_input(2025, &base))
    });

    let mut figures = base.clone();
    *figures.get_mut("IE").unwrap() += 100_000;
    let loaded = s
        .import_population(&admin, table_input(2026, &figures))
        .unwrap();
    assert_eq!(
        (loaded.year, loaded.origin, loaded.in_use),
        (2026, "imported", true)
    );
    assert_eq!(loaded.imported_by.as_deref(), Some("eeas.delegate"));
    let tables = s.population_tables().unwrap();
    let years: Vec<(u16, &str)> = tables.iter().map(|t| (t.year, t.origin)).collect();
    assert_eq!(
        years,
        vec![(2021, "shipped"), (2024, "shipped"), (2026, "imported")]
    );

    // The open procedure now uses the 2026 table, in force; the closed one keeps 2024.
    let p = s.procedure(&chair, &first).unwrap().unwrap();
    let t = p.outcome.outcome.table.clone().unwrap();
    assert_eq!(
        (t.year, t.in_force, t.origin.as_str()),
        (2026, true, "imported")
    );
    assert!(!t.note.contains("NOT"), "{}", t.note);
    let c = s.procedure(&chair, &closed).unwrap().unwrap();
    assert_eq!(c.outcome.outcome.table.unwrap().year, 2024);

    // Rebuilt from the log, the same.
    drop(s);
    let report = rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}
