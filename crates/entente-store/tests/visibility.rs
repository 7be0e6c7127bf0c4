//! The visibility rule on every read path of the store: over random users, items and markings,
//! no read (get, list with every filter and page, count, history, events, audit) lets through
//! an item that `can_see` hides, and no aggregate (page totals, counts per status) counts one.
//! An invisible item answers exactly like a missing one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use entente_core::dossier::{DossierFacts, Status};
use entente_core::{
    Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer, can_see,
};
use entente_store::audit::AuditFilter;
use entente_store::dossiers::DossierFilter;
use entente_store::{FixedClock, Options, SqliteStore, Store, StoreError};
use proptest::prelude::*;

const USERS: [(&str, &str); 6] = [
    ("anna.de", "DE"),
    ("bert.de", "DE"),
    ("chloe.fr", "FR"),
    ("dace.lv", "LV"),
    ("eero.ee", "EE"),
    ("finn.fi", "FI"),
];
const PARTIES: [&str; 5] = ["DE", "FR", "LV", "EE", "FI"];
const LEVELS: [Classification; 3] = [
    Classification::RestreintUe,
    Classification::ConfidentielUe,
    Classification::SecretUe,
];

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

fn tmp() -> tempfile::TempDir {
    // Prefer memory-backed storage: these tests fsync a lot.
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(d) = tempfile::tempdir_in(shm)
    {
        return d;
    }
    tempfile::tempdir().unwrap()
}

fn open(dir: &Path) -> SqliteStore {
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
    ));
    let store = SqliteStore::open(dir, clock, Options::default()).unwrap();
    // The users are accounts: TLP:RED recipients must be (R19).
    let op = Viewer::operator(PartyId::parse("EU").unwrap());
    for p in PARTIES {
        store
            .register_party(
                &entente_store::actor_of(&op),
                entente_core::party::PartyRegistered {
                    id: PartyId::parse(p).unwrap(),
                    kind: entente_core::party::PartyKind::MemberState,
                    name: LocalizedText::single(Lang::En, p),
                },
            )
            .unwrap();
    }
    for (i, (u, _)) in USERS.iter().enumerate() {
        let v = viewer(i, Some(Classification::SecretUe));
        store
            .create_user(
                &op,
                entente_core::account::UserCreated {
                    user: UserId::parse(u).unwrap(),
                    party: v.party,
                    roles: v.roles,
                    clearance: v.clearance,
                    password_hash:
                        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
                },
            )
            .unwrap();
    }
    store
}

fn viewer(i: usize, clearance: Option<Classification>) -> Viewer {
    Viewer {
        user: UserId::parse(USERS[i].0).unwrap(),
        party: PartyId::parse(USERS[i].1).unwrap(),
        clearance,
        roles: test_roles(&UserId::parse(USERS[i].0).unwrap()),
    }
}

#[derive(Clone, Debug)]
struct Item {
    author: usize,
    marking: Marking,
    steps: usize,
}

fn arb_item() -> impl Strategy<Value = Item> {
    (
        0..USERS.len(),
        prop::sample::select(Tlp::ALL.to_vec()),
        prop::option::of(prop::sample::select(LEVELS.to_vec())),
        prop::sample::subsequence(PARTIES.to_vec(), 0..=3),
        prop::sample::subsequence((0..USERS.len()).collect::<Vec<_>>(), 0..=2),
        0..3usize,
    )
        .prop_map(
            |(author, tlp, classification, parties, recipients, steps)| {
                let mut recipients: BTreeSet<UserId> = recipients
                    .into_iter()
                    .map(|i| UserId::parse(USERS[i].0).unwrap())
                    .collect();
                if tlp != Tlp::Red {
                    recipients.clear();
                } else if recipients.is_empty() {
                    recipients.insert(UserId::parse(USERS[(author + 1) % USERS.len()].0).unwrap());
                }
                Item {
                    author,
                    marking: Marking {
                        tlp,
                        classification,
                        releasable_to: parties.iter().map(|p| PartyId::parse(p).unwrap()).collect(),
                        recipients,
                    },
                    steps,
                }
            },
        )
}

fn facts(i: usize) -> DossierFacts {
    DossierFacts {
        title: LocalizedText::single(Lang::En, format!("item {i}")),
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    }
}

fn arb_readers() -> impl Strategy<Value = Vec<(usize, Option<Classification>)>> {
    prop::collection::vec(
        (
            0..USERS.len(),
            prop::option::of(prop::sample::select(LEVELS.to_vec())),
        ),
        1..5,
    )
}

/// What the model says `v` sees: id -> status.
fn expected(v: &Viewer, items: &[(String, Item, Status)]) -> BTreeMap<String, Status> {
    items
        .iter()
        .filter(|(_, it, _)| {
            let a = viewer(it.author, None);
            can_see(v, &a.party, &a.user, &it.marking)
        })
        .map(|(id, _, s)| (id.clone(), *s))
        .collect()
}

fn check_reads(store: &SqliteStore, v: &Viewer, items: &[(String, Item, Status)]) {
    let want = expected(v, items);
    let all = DossierFilter {
        limit: 500,
        ..DossierFilter::default()
    };

    // list, and its total
    let page = store.dossiers(v, &all).unwrap();
    let got: BTreeSet<String> = page.items.iter().map(|d| d.id.clone()).collect();
    assert_eq!(
        got,
        want.keys().cloned().collect::<BTreeSet<_>>(),
        "list for {v:?}"
    );
    assert_eq!(page.total, want.len(), "list total for {v:?}");

    // list with a text filter that matches every title, and paged by 2
    let text = store
        .dossiers(
            v,
            &DossierFilter {
                text: Some("item".into()),
                limit: 500,
                ..DossierFilter::default()
            },
        )
        .unwrap();
    assert_eq!(text.total, want.len());
    let mut paged = BTreeSet::new();
    let mut offset = 0;
    loop {
        let p = store
            .dossiers(
                v,
                &DossierFilter {
                    offset,
                    limit: 2,
                    ..DossierFilter::default()
                },
            )
            .unwrap();
        assert_eq!(p.total, want.len(), "paged total");
        if p.items.is_empty() {
            break;
        }
        paged.extend(p.items.into_iter().map(|d| d.id));
        offset += 2;
    }
    assert_eq!(paged, want.keys().cloned().collect::<BTreeSet<_>>());

    // per-status lists and counts
    let counts = store.dossier_counts(v).unwrap();
    for (status, n) in counts {
        let w = want.values().filter(|s| **s == status).count();
        assert_eq!(n, w, "count of {status} for {v:?}");
        let p = store
            .dossiers(
                v,
                &DossierFilter {
                    status: Some(status),
                    limit: 500,
                    ..DossierFilter::default()
                },
            )
            .unwrap();
        assert_eq!(p.total, w, "status-filtered total");
    }

    // get and history: an invisible item answers exactly like a missing one
    let missing_history = store.dossier_history(v, "no-such-item").unwrap_err();
    for (id, _, _) in items {
        let d = store.dossier(v, id).unwrap();
        assert_eq!(d.is_some(), want.contains_key(id), "get {id} for {v:?}");
        match store.dossier_history(v, id) {
            Ok(h) => {
                assert!(want.contains_key(id), "history of hidden {id} for {v:?}");
                assert!(!h.is_empty());
            }
            Err(e) => {
                assert!(!want.contains_key(id), "history of visible {id}: {e}");
                assert!(matches!(e, StoreError::NotFound { .. }));
                assert_eq!(e.code(), missing_history.code());
            }
        }
    }

    // the event feed: no event about an item the viewer cannot see, no account event
    let events = store.events(v, 1, 1000).unwrap();
    for e in &events {
        let m = e.parsed_marking().unwrap();
        assert!(can_see(v, &e.actor.party, &e.actor.user, &m));
        assert!(!e.kind.starts_with("user.") && !e.kind.starts_with("session."));
        let payload: serde_json::Value = serde_json::from_str(&e.payload).unwrap();
        if let Some(id) = payload.get("id").and_then(|x| x.as_str())
            && (e.kind.starts_with("dossier.") || e.kind == "audit.read")
        {
            assert!(
                want.contains_key(id),
                "{} about hidden {id} leaked to {v:?}",
                e.kind
            );
        }
    }

    // the audit trail as a security officer of this party would see it (the public reads none)
    if v.is_public() {
        return;
    }
    let trail = store
        .audit(
            &Viewer {
                roles: [entente_core::account::Role::SecurityOfficer].into(),
                ..v.clone()
            },
            &AuditFilter {
                limit: 10_000,
                ..AuditFilter::default()
            },
        )
        .unwrap();
    for e in trail {
        if let Some(id) = e.payload.get("id").and_then(|x| x.as_str())
            && (e.kind.starts_with("dossier.") || e.kind == "audit.read")
        {
            assert!(
                want.contains_key(id),
                "audit {} about hidden {id} leaked",
                e.kind
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn no_read_path_reveals_a_hidden_item(
        items in prop::collection::vec(arb_item(), 1..10),
        readers in arb_readers(),
    ) {
        let dir = tmp();
        let store = open(dir.path());
        let mut made = Vec::new();
        for (i, it) in items.into_iter().enumerate() {
            let id = format!("item-{i}");
            let author = viewer(it.author, Some(Classification::SecretUe));
            store.create_dossier(&named(&author), Some(&id), facts(i), it.marking.clone()).unwrap();
            let mut status = Status::Detected;
            for to in [Status::Assessing, Status::Deliberating].iter().take(it.steps) {
                store.transition_dossier(&author, &id, *to, None).unwrap();
                status = *to;
            }
            made.push((id, it, status));
        }
        check_reads(&store, &Viewer::public(), &made);
        for (u, c) in readers {
            check_reads(&store, &viewer(u, c), &made);
        }
    }
}

/// Lowering a user's clearance takes effect on the next read: what needed the old clearance
/// disappears from every path.
#[test]
fn downgraded_clearance_hides_items() {
    let dir = tmp();
    let store = open(dir.path());
    let de = viewer(0, Some(Classification::SecretUe));
    let mut m = Marking::tlp(Tlp::Green);
    m.classification = Some(Classification::SecretUe);
    store
        .create_dossier(&named(&de), Some("secret-one"), facts(1), m)
        .unwrap();
    assert!(store.dossier(&de, "secret-one").unwrap().is_some());
    let lowered = Viewer {
        clearance: Some(Classification::ConfidentielUe),
        ..de.clone()
    };
    assert!(store.dossier(&lowered, "secret-one").unwrap().is_none());
    let all = DossierFilter {
        limit: 500,
        ..DossierFilter::default()
    };
    assert_eq!(store.dossiers(&lowered, &all).unwrap().total, 0);
    assert!(
        store
            .dossier_counts(&lowered)
            .unwrap()
            .iter()
            .all(|(_, n)| *n == 0)
    );
}

/// Reads of AMBER and above are audited, with the item's marking; CLEAR reads are not.
#[test]
fn amber_reads_are_audited_with_the_items_marking() {
    let dir = tmp();
    let store = open(dir.path());
    let lv = viewer(3, None);
    let mut amber = Marking::tlp(Tlp::Amber);
    amber.releasable_to.insert(PartyId::parse("EE").unwrap());
    store
        .create_dossier(&named(&lv), Some("amber-one"), facts(1), amber.clone())
        .unwrap();
    store
        .create_dossier(&named(&lv), Some("clear-one"), facts(2), Marking::clear())
        .unwrap();
    let ee = viewer(4, None);
    assert!(store.dossier(&ee, "amber-one").unwrap().is_some());
    assert!(store.dossier(&ee, "clear-one").unwrap().is_some());
    let trail = store
        .audit(
            &entente_store::system_viewer(PartyId::parse("EU").unwrap()),
            &AuditFilter {
                kinds: vec!["audit.read".into()],
                limit: 100,
                ..AuditFilter::default()
            },
        )
        .unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].user, "eero.ee");
    assert_eq!(trail[0].payload["id"], "amber-one");
    assert_eq!(trail[0].marking, amber);
    // A French admin cannot see that the read happened.
    let fr = viewer(2, Some(Classification::SecretUe));
    let seen = store
        .audit(
            &Viewer {
                roles: [entente_core::account::Role::SecurityOfficer].into(),
                ..fr.clone()
            },
            &AuditFilter {
                kinds: vec!["audit.read".into()],
                limit: 100,
                ..AuditFilter::default()
            },
        )
        .unwrap();
    assert!(seen.is_empty());
}

/// The roles a test account holds, from its name: chairs chair (and speak as delegates),
/// analysts analyse, delegates speak for their party; anyone else does both of the latter.
fn test_roles(user: &UserId) -> std::collections::BTreeSet<entente_core::account::Role> {
    use entente_core::account::Role;
    let u = user.as_str();
    if u.contains("chair") {
        [Role::Chair, Role::Delegate].into()
    } else if u.contains("analyst") {
        [Role::Analyst].into()
    } else if u.contains("delegate") {
        [Role::Delegate].into()
    } else {
        [Role::Delegate, Role::Analyst].into()
    }
}
