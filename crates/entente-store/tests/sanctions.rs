//! The sanctions register through the store: a listing, found by a Cyrillic spelling and by an
//! alias; bad input (no legal act, no reasons, the delisting of someone not listed, the
//! amendment of a delisted entry) refused with nothing recorded; a delisted entry never shown as
//! active; the review overdue when no renewal follows its date; links to hidden dossiers not
//! shown; rebuild identical.

use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use entente_core::account::Role;
use entente_core::dossier::DossierFacts;
use entente_core::sanctions::{Alias, Entry, LegalAct, Renewed};
use entente_core::{Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::sanctions::{ListingFilter, NewListing};
use entente_store::{FixedClock, Options, Sanctions, SqliteStore, Store, rebuild};

fn who(user: &str, party: &str, roles: &[Role]) -> Viewer {
    let mut v = entente_store::system_viewer(PartyId::parse(party).unwrap());
    v.user = UserId::parse(user).unwrap();
    v.roles = roles.iter().copied().collect();
    v
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn entry() -> Entry {
    Entry {
        kind: "person".into(),
        name: "Alexey Valeryevich MININ".into(),
        annex_entry: Some("Annex I, Part A, entry 3".into()),
        aliases: vec![Alias {
            name: "Алексей Валерьевич МИНИН".into(),
            kind: "transliteration".into(),
        }],
        birth_dates: vec!["1972-05-27".into()],
        birth_places: vec!["Perm Oblast".into()],
        nationalities: vec!["RU".into()],
        nationality_note: None,
        gender: Some("male".into()),
        function: None,
        identifiers: vec![],
        addresses: vec![],
        reasons: "GRU officer; OPCW attempt, April 2018.".into(),
    }
}

fn act() -> Vec<LegalAct> {
    vec![LegalAct {
        kind: "implementing_regulation".into(),
        reference: "Council Implementing Regulation (EU) 2020/1125 of 30 July 2020".into(),
        note: None,
    }]
}

#[test]
fn the_register_lists_finds_refuses_and_reviews() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
    ));
    let store = SqliteStore::open(dir.path(), clock, Options::default()).unwrap();
    let chair = who("eeas.chair", "EEAS", &[Role::Chair]);
    let mut op = chair.clone();
    op.roles.insert(Role::Operator);
    store
        .create_dossier(
            &op,
            Some("opcw"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "OPCW"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::tlp(Tlp::AmberStrict),
        )
        .unwrap();
    let listing = |e: Entry, acts: Vec<LegalAct>| NewListing {
        entry: e,
        acts,
        date: d(2020, 7, 30),
        dossiers: vec!["opcw".into()],
        procedures: vec![],
        sources: vec![],
        note: None,
        marking: None,
    };
    // Bad input: nothing recorded.
    let head = store.head().unwrap();
    let e = store
        .record_listing(&chair, None, listing(entry(), vec![]))
        .unwrap_err();
    assert!(e.to_string().starts_with("acts:"), "{e}");
    let mut no_reasons = entry();
    no_reasons.reasons = String::new();
    let e = store
        .record_listing(&chair, None, listing(no_reasons, act()))
        .unwrap_err();
    assert!(e.to_string().starts_with("entry.reasons:"), "{e}");
    let delegate = who("de.delegate", "DE", &[Role::Delegate]);
    assert_eq!(
        store
            .record_listing(&delegate, None, listing(entry(), act()))
            .unwrap_err()
            .code(),
        "forbidden"
    );
    assert_eq!(store.head().unwrap(), head);

    let l = store
        .record_listing(&chair, None, listing(entry(), act()))
        .unwrap();
    assert!(l.listing.id.starts_with("sx-"));
    assert_eq!(l.dossiers, vec!["opcw".to_string()]);
    // Found by a Cyrillic spelling, by another romanisation, and marked by the alias it matched.
    for q in ["Минин", "Алексей Минин", "aleksei minin", "MININ Alexey"] {
        let found = store
            .listings(
                &delegate,
                &ListingFilter {
                    q: Some(q.into()),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(found.len(), 1, "{q}");
    }
    // A reader who cannot see the dossier does not see the link.
    let found = store.listing(&delegate, &l.listing.id).unwrap().unwrap();
    assert!(found.dossiers.is_empty());

    // Review: no renewal → 12 months after the listing: overdue in 2026.
    let regime = store.sanctions_regime(&delegate).unwrap();
    assert_eq!(regime.review.as_ref().unwrap().name(), "overdue");
    store
        .record_renewal(
            &chair,
            Renewed {
                date: d(2026, 5, 11),
                kind: "listings".into(),
                acts: act(),
                framework_until: None,
                listings_until: Some(d(2027, 5, 18)),
                note: None,
                sources: vec![],
            },
        )
        .unwrap();
    let regime = store.sanctions_regime(&delegate).unwrap();
    assert_eq!(regime.review.as_ref().unwrap().due(), d(2027, 5, 18));
    assert_eq!(regime.review.as_ref().unwrap().name(), "scheduled");

    // Delisting; then never active; amending and delisting again refused.
    let id = l.listing.id.clone();
    store
        .delist(&chair, &id, act(), d(2025, 1, 1), Some("court".into()))
        .unwrap();
    assert!(
        store
            .listings(&delegate, &ListingFilter::default())
            .unwrap()
            .is_empty()
    );
    let all = store
        .listings(
            &delegate,
            &ListingFilter {
                status: Some("all".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(all[0].status, "delisted");
    let head = store.head().unwrap();
    let e = store
        .amend_listing(&chair, &id, entry(), act(), d(2025, 2, 1), None)
        .unwrap_err();
    assert_eq!(e.code(), "sanctions.delisted");
    let e = store
        .delist(&chair, &id, act(), d(2025, 2, 1), None)
        .unwrap_err();
    assert_eq!(e.code(), "sanctions.not_listed");
    let e = store
        .delist(&chair, "sx-nobody", act(), d(2025, 2, 1), None)
        .unwrap_err();
    assert_eq!(e.code(), "not_found");
    assert_eq!(store.head().unwrap(), head);

    drop(store);
    let report = rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}
