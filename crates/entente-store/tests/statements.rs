//! Statements through the store: drafted, translated, verified, adopted by silence, released in
//! three languages at one moment; every refusal (release before adoption, before the embargo,
//! a version not adopted, an echo before the Union's release, verification by a state of another
//! language) records nothing; an edit after verification goes back to draft; the public release
//! carries no statement or dossier id; rebuild is identical.

use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use entente_core::account::Role;
use entente_core::dossier::DossierFacts;
use entente_core::procedure::record::Subject;
use entente_core::{Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::procedure_store::Procedures;
use entente_store::procedures::{OpenProcedure, PositionInput};
use entente_store::statements::{NewStatement, TranslationInput};
use entente_store::{
    Clock, FixedClock, Options, SqliteStore, Statements, Store, StoreError, rebuild,
};

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap()
}

fn who(user: &str, party: &str, roles: &[Role]) -> Viewer {
    let mut v = entente_store::system_viewer(PartyId::parse(party).unwrap());
    v.user = UserId::parse(user).unwrap();
    v.roles = roles.iter().copied().collect();
    v
}

fn chair() -> Viewer {
    who(
        "eeas.chair",
        "EEAS",
        &[Role::Chair, Role::Drafter, Role::Delegate],
    )
}

fn expect_code(r: Result<impl std::fmt::Debug, StoreError>, code: &str) {
    match r {
        Err(e) => assert_eq!(e.code(), code, "{e}"),
        Ok(v) => panic!("expected {code}, got {v:?}"),
    }
}

fn translation(lang: Lang, title: &str, text: &str) -> TranslationInput {
    TranslationInput {
        version: None,
        lang,
        title: title.into(),
        text: text.into(),
        status: None,
    }
}

#[test]
fn a_statement_from_draft_to_release_in_three_languages() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(start()));
    let store = SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap();
    let mut op = chair();
    op.roles.insert(Role::Operator);
    store
        .create_dossier(
            &op,
            Some("case"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "Case"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::tlp(Tlp::Green),
        )
        .unwrap();
    let c = chair();
    let s = store
        .draft_statement(
            &c,
            "case",
            NewStatement {
                kind: "hr_declaration".into(),
                lang: Lang::En,
                title: String::new(),
                text: String::new(),
                template: Some("hr-declaration-cyber".into()),
                echoes: None,
                marking: None,
            },
        )
        .unwrap();
    assert!(s.id.starts_with("st-"));
    assert!(
        s.title(Lang::En)
            .starts_with("Declaration by the High Representative")
    );
    let s = store
        .revise_statement(
            &c,
            &s.id,
            "Declaration by the High Representative on behalf of the EU on the attack".into(),
            "The EU condemns the attack.".into(),
            Some("second reading".into()),
        )
        .unwrap();
    assert_eq!(s.latest_version, 2);
    let id = s.id.clone();

    // Release refused before anything: not adopted; nothing recorded.
    let head = store.head().unwrap();
    expect_code(
        store.release_statement(&c, &id, None),
        "statement.not_adopted",
    );
    assert_eq!(store.head().unwrap(), head);

    // Translations; the source language is not a translation.
    expect_code(
        store.translate_statement(&c, &id, translation(Lang::En, "t", "x")),
        "invalid_input",
    );
    store
        .translate_statement(
            &c,
            &id,
            translation(
                Lang::Fr,
                "Déclaration du haut représentant",
                "L'UE condamne l'attaque.",
            ),
        )
        .unwrap();
    store
        .translate_statement(
            &c,
            &id,
            translation(
                Lang::De,
                "Erklärung des Hohen Vertreters",
                "Die EU verurteilt den Angriff.",
            ),
        )
        .unwrap();

    // Verification: a German drafter may verify German, not French; the chair may verify any.
    let de = who("de.drafter", "DE", &[Role::Drafter]);
    expect_code(
        store.verify_statement(&de, &id, None, Lang::Fr),
        "forbidden",
    );
    store.verify_statement(&de, &id, None, Lang::De).unwrap();
    store.verify_statement(&c, &id, None, Lang::Fr).unwrap();
    store.verify_statement(&c, &id, None, Lang::En).unwrap();

    // An edit after verification sends the version back to draft.
    let s = store
        .translate_statement(
            &c,
            &id,
            translation(
                Lang::De,
                "Erklärung des Hohen Vertreters",
                "Die EU verurteilt den Angriff scharf.",
            ),
        )
        .unwrap();
    let de_version = s
        .version(2)
        .unwrap()
        .languages
        .iter()
        .find(|l| l.lang == Lang::De)
        .unwrap()
        .clone();
    assert_eq!(de_version.status, "draft");
    assert_eq!(de_version.verified_by, None);
    expect_code(
        store.verify_statement(&de, &id, None, Lang::De),
        "invalid_input",
    );
    store
        .translate_statement(
            &c,
            &id,
            translation(
                Lang::De,
                "Erklärung des Hohen Vertreters",
                "Die EU verurteilt den Angriff scharf.",
            ),
        )
        .unwrap();
    store.verify_statement(&de, &id, None, Lang::De).unwrap();

    // Adoption by silence on version 2.
    let p = store
        .open_procedure(
            &c,
            "case",
            OpenProcedure {
                subject: Subject::Statement {
                    statement: id.clone(),
                    version: 2,
                },
                rule: Some("silence".into()),
                deadline: start() + Duration::hours(2),
                participants: None,
                population: None,
                note: None,
            },
        )
        .unwrap();
    expect_code(
        store.release_statement(&c, &id, None),
        "statement.not_adopted",
    );
    clock.advance(Duration::hours(3));
    let s = store.statement(&c, &id).unwrap().unwrap();
    assert_eq!(s.adopted_version, Some(2), "{:?}", s.adoptions);
    assert_eq!(s.adoptions[0].procedure, p.id);

    // A version that was not adopted cannot be released; no embargo yet.
    expect_code(
        store.release_statement(&c, &id, Some(1)),
        "statement.not_the_adopted_version",
    );
    expect_code(
        store.release_statement(&c, &id, None),
        "statement.no_embargo",
    );
    let embargo = clock.now() + Duration::minutes(30);
    store.set_statement_embargo(&c, &id, embargo).unwrap();
    let head = store.head().unwrap();
    expect_code(
        store.release_statement(&c, &id, None),
        "statement.before_embargo",
    );
    assert_eq!(store.head().unwrap(), head);

    // A national echo waits for the Union's release.
    let fr = who("fr.delegate", "FR", &[Role::Delegate]);
    let echo = store
        .draft_statement(
            &fr,
            "case",
            NewStatement {
                kind: "national_statement".into(),
                lang: Lang::Fr,
                title: "Déclaration de la France".into(),
                text: "La France soutient la déclaration.".into(),
                template: None,
                echoes: Some(id.clone()),
                marking: None,
            },
        )
        .unwrap();
    store
        .verify_statement(
            &who("fr.drafter", "FR", &[Role::Drafter]),
            &echo.id,
            None,
            Lang::Fr,
        )
        .unwrap();
    expect_code(
        store.release_statement(&fr, &echo.id, None),
        "statement.echo_before_release",
    );
    // Only the chair releases the Union's statement.
    clock.advance(Duration::minutes(31));
    expect_code(store.release_statement(&fr, &id, None), "forbidden");

    // The release: one event, every verified language at once.
    let before = store.head().unwrap().0;
    let s = store.release_statement(&c, &id, None).unwrap();
    assert_eq!(
        store.head().unwrap().0,
        before + 1,
        "the release is one event"
    );
    let r = s.released.clone().unwrap();
    assert_eq!(r.version, 2);
    assert_eq!(r.languages, vec![Lang::De, Lang::En, Lang::Fr]);
    let public = store.releases(10).unwrap();
    assert_eq!(public.len(), 1);
    assert_eq!(public[0].languages.len(), 3);
    let json = serde_json::to_string(&public).unwrap();
    assert!(!json.contains(&id) && !json.contains("\"case\""), "{json}");
    expect_code(
        store.release_statement(&c, &id, None),
        "statement.already_released",
    );

    // The echo, now, and the checklist shows it.
    store.release_statement(&fr, &echo.id, None).unwrap();
    let s = store.statement(&c, &id).unwrap().unwrap();
    let fr_line = s.echoes_checklist.iter().find(|e| e.party == "FR").unwrap();
    assert!(fr_line.released_at.is_some());
    assert_eq!(s.echoes_checklist.len(), 27);
    assert_eq!(store.releases(10).unwrap().len(), 2);

    // Hidden from a party outside a narrower marking; rebuild identical.
    drop(store);
    let report = rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

#[test]
fn a_narrower_statement_is_hidden_like_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(start()));
    let store = SqliteStore::open(dir.path(), clock, Options::default()).unwrap();
    let mut op = chair();
    op.roles.insert(Role::Operator);
    store
        .create_dossier(
            &op,
            Some("case"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "Case"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::tlp(Tlp::Green),
        )
        .unwrap();
    let c = chair();
    let wider = NewStatement {
        kind: "press_release".into(),
        lang: Lang::En,
        title: "t".into(),
        text: "x".into(),
        template: None,
        echoes: None,
        marking: Some(Marking::clear()),
    };
    expect_code(
        store.draft_statement(&c, "case", wider.clone()),
        "invalid_input",
    );
    let s = store
        .draft_statement(
            &c,
            "case",
            NewStatement {
                marking: Some(Marking::tlp(Tlp::AmberStrict)),
                ..wider
            },
        )
        .unwrap();
    let de = who("de.drafter", "DE", &[Role::Drafter]);
    assert!(store.statement(&de, &s.id).unwrap().is_none());
    assert!(store.statements(&de, "case").unwrap().is_empty());
    let a = store
        .revise_statement(&de, &s.id, "t".into(), "y".into(), None)
        .unwrap_err();
    let b = store
        .revise_statement(&de, "st-qqqqqqqqqq", "t".into(), "y".into(), None)
        .unwrap_err();
    assert_eq!(a.code(), b.code());
    assert_eq!(
        a.to_string().replace(&s.id, "X"),
        b.to_string().replace("st-qqqqqqqqqq", "X")
    );
    // Drafting needs the drafter role.
    let delegate = who("de.delegate", "DE", &[Role::Delegate]);
    expect_code(
        store.draft_statement(
            &delegate,
            "case",
            NewStatement {
                kind: "hr_declaration".into(),
                lang: Lang::En,
                title: "t".into(),
                text: "x".into(),
                template: None,
                echoes: None,
                marking: None,
            },
        ),
        "forbidden",
    );
    let _ = PositionInput {
        position: String::new(),
        declaration: None,
    };
}
