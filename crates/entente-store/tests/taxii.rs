//! TAXII 2.1 in the store (issue 13): the marking index agrees with `can_see` on every marking
//! and viewer; collections are views with their own lists; pages follow an opaque cursor and
//! never show, count or choose a hidden version; envelopes land whole (valid objects of a bad
//! envelope land, the status says which failed); deletions need the creator; rebuild refolds.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use entente_core::account::Role;
use entente_core::{Classification, Draft, Marking, PartyId, Tlp, UserId, Viewer, can_see};
use entente_store::stix_objects::StixObjectIngested;
use entente_store::taxii::{
    Access, AddRefused, CollectionDefined, CollectionDefinition, CollectionFilter, ObjectQuery,
    TaxiiStore, VersionMatch,
};
use entente_store::visibility::{self, Bound};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};

fn tmp() -> tempfile::TempDir {
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
    SqliteStore::open(dir, clock, Options::default()).unwrap()
}

fn viewer(user: &str, party: &str, roles: &[Role], clearance: Option<Classification>) -> Viewer {
    Viewer {
        user: UserId::parse(user).unwrap(),
        party: PartyId::parse(party).unwrap(),
        clearance,
        roles: roles.iter().copied().collect(),
    }
}

fn operator() -> Viewer {
    Viewer::operator(PartyId::parse("EEAS").unwrap())
}

const PARTIES: [&str; 4] = ["DE", "FR", "LV", "EE"];
const USERS: [&str; 3] = ["a.one", "b.two", "c.three"];

/// A spread of markings: every TLP level and classification, with and without releasability
/// and recipients (deterministic, so a failure is reproducible).
fn markings() -> Vec<Marking> {
    let mut out = Vec::new();
    let mut i = 0usize;
    for tlp in Tlp::ALL {
        for class in [
            None,
            Some(Classification::RestreintUe),
            Some(Classification::SecretUe),
        ] {
            for rel in 0..4usize {
                i += 1;
                let mut m = Marking::tlp(tlp);
                m.classification = class;
                for (k, p) in PARTIES.iter().enumerate() {
                    if rel > 0 && (k + rel + i).is_multiple_of(3) {
                        m.releasable_to.insert(PartyId::parse(p).unwrap());
                    }
                }
                if tlp == Tlp::Red {
                    m.recipients
                        .insert(UserId::parse(USERS[(i + rel) % 3]).unwrap());
                    if rel.is_multiple_of(2) {
                        m.recipients
                            .insert(UserId::parse(USERS[(i + 1) % 3]).unwrap());
                    }
                }
                out.push(m);
            }
        }
    }
    out
}

fn stix_object(n: usize, modified: &str) -> Value {
    json!({
        "type": "indicator",
        "spec_version": "2.1",
        "id": format!("indicator--{:08x}-0000-4000-8000-{:012x}", n, n),
        "created": "2026-01-01T00:00:00.000Z",
        "modified": modified,
        "name": format!("Indicator {n}"),
        "pattern": "[ipv4-addr:value = '198.51.100.1']",
        "pattern_type": "stix",
        "valid_from": "2026-01-01T00:00:00Z",
    })
}

/// Appends one `stix.object_ingested` event per (object, marking), by the given actor.
fn put(store: &SqliteStore, actor: (&str, &str), objs: Vec<(Value, Marking)>) {
    let actor = entente_core::Actor {
        user: UserId::parse(actor.0).unwrap(),
        party: PartyId::parse(actor.1).unwrap(),
    };
    store
        .log()
        .execute(actor, None, move |_| {
            Ok(objs
                .into_iter()
                .map(|(o, m)| {
                    Draft::new(
                        &StixObjectIngested {
                            id: o["id"].as_str().unwrap().to_string(),
                            object_type: o["type"].as_str().unwrap().to_string(),
                            created: o["created"].as_str().map(str::to_owned),
                            modified: o["modified"].as_str().map(str::to_owned),
                            object: o,
                        },
                        m,
                    )
                })
                .collect())
        })
        .unwrap();
}

fn viewers() -> Vec<Viewer> {
    let mut out = vec![Viewer::public()];
    for p in PARTIES {
        for u in USERS {
            for c in [
                None,
                Some(Classification::RestreintUe),
                Some(Classification::TresSecretUe),
            ] {
                out.push(viewer(u, p, &[Role::Analyst], c));
            }
        }
    }
    out
}

/// The SQL predicate of `visibility.rs` and `can_see` agree on every stored row and viewer.
#[test]
fn the_marking_index_agrees_with_can_see() {
    let dir = tmp();
    let store = open(dir.path());
    let ms = markings();
    let mut n = 0;
    for (k, (u, p)) in USERS.iter().zip(PARTIES).enumerate() {
        let objs = ms
            .iter()
            .map(|m| {
                n += 1;
                (
                    stix_object(n + k * 1000, "2026-01-02T00:00:00.000Z"),
                    m.clone(),
                )
            })
            .collect();
        put(&store, (u, p), objs);
    }
    for v in viewers() {
        let sql = format!(
            "SELECT x.seq, x.marking, x.origin, x.author, {} FROM stix_objects x",
            visibility::predicate(&v, "x", "seq", visibility::STIX)
        );
        store
            .log()
            .read(|c| {
                let b = Bound::of(&v);
                let mut stmt = c.prepare(&sql)?;
                for (name, val) in [
                    (":v_party", &b.party as &dyn rusqlite::ToSql),
                    (":v_user", &b.user),
                    (":v_clearance", &b.clearance),
                ] {
                    if let Some(i) = stmt.parameter_index(name)? {
                        stmt.raw_bind_parameter(i, val)?;
                    }
                }
                let mut rows = stmt.raw_query();
                let mut checked = 0;
                while let Some(r) = rows.next()? {
                    let m: Marking = serde_json::from_str(&r.get::<_, String>(1)?).unwrap();
                    let origin = PartyId::parse(&r.get::<_, String>(2)?).unwrap();
                    let author = UserId::parse(&r.get::<_, String>(3)?).unwrap();
                    let sql_says: bool = r.get::<_, i64>(4)? == 1;
                    assert_eq!(
                        sql_says,
                        can_see(&v, &origin, &author, &m),
                        "viewer {v:?} marking {m:?} origin {origin:?} author {author:?}"
                    );
                    checked += 1;
                }
                assert_eq!(checked, ms.len() * USERS.len());
                Ok(())
            })
            .unwrap();
    }
}

fn define(
    store: &SqliteStore,
    id: &str,
    filter: CollectionFilter,
    marking: Marking,
    write: Option<Access>,
    allow_delete: bool,
) {
    store
        .define_collection(
            &operator(),
            CollectionDefinition {
                def: CollectionDefined {
                    id: id.into(),
                    title: format!("Collection {id}"),
                    description: None,
                    alias: None,
                    filter,
                    can_read: Access::everyone(),
                    can_write: write,
                    allow_delete,
                },
                marking,
            },
        )
        .unwrap();
}

const ALL: &str = "11111111-1111-4111-8111-111111111111";
const INBOX: &str = "22222222-2222-4222-8222-222222222222";
const BALTIC: &str = "33333333-3333-4333-8333-333333333333";

fn q(limit: usize) -> ObjectQuery {
    ObjectQuery {
        versions: VersionMatch::last(),
        limit,
        ..ObjectQuery::default()
    }
}

/// Walks every page with `next`, returning the ids in order.
fn walk(
    store: &SqliteStore,
    v: &Viewer,
    coll: &str,
    mut query: ObjectQuery,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        let page = store.taxii_page(v, coll, &query, true).unwrap().unwrap();
        for s in &page.items {
            out.push((s.id.clone(), s.version.clone()));
        }
        match page.next {
            Some(n) => query.after = Some(n),
            None => {
                assert!(!page.more);
                break;
            }
        }
    }
    out
}

#[test]
fn pages_follow_the_cursor_and_hide_what_is_hidden() {
    let dir = tmp();
    let store = open(dir.path());
    define(
        &store,
        ALL,
        CollectionFilter::default(),
        Marking::tlp(Tlp::Green),
        None,
        false,
    );
    // 250 GREEN objects by DE; 50 of them get a RED revision for de's author only; 30 AMBER
    // objects releasable to LV only.
    let green: Vec<_> = (0..250)
        .map(|i| {
            (
                stix_object(i, "2026-01-02T00:00:00.000Z"),
                Marking::tlp(Tlp::Green),
            )
        })
        .collect();
    put(&store, ("de.author", "DE"), green);
    let mut red = Marking::tlp(Tlp::Red);
    red.recipients.insert(UserId::parse("de.author").unwrap());
    let revisions: Vec<_> = (0..50)
        .map(|i| (stix_object(i, "2026-02-02T00:00:00.000Z"), red.clone()))
        .collect();
    put(&store, ("de.author", "DE"), revisions);
    let mut amber = Marking::tlp(Tlp::Amber);
    amber.releasable_to.insert(PartyId::parse("LV").unwrap());
    let ambers: Vec<_> = (1000..1030)
        .map(|i| (stix_object(i, "2026-01-02T00:00:00.000Z"), amber.clone()))
        .collect();
    put(&store, ("de.author", "DE"), ambers);

    let fr = viewer("fr.reader", "FR", &[Role::Delegate], None);
    let lv = viewer("lv.reader", "LV", &[Role::Analyst], None);
    let de = viewer("de.author", "DE", &[Role::Analyst], None);

    // FR: 250 objects, each at its GREEN version (the RED revision neither shows nor hides it).
    let seen = walk(&store, &fr, ALL, q(7));
    assert_eq!(seen.len(), 250);
    assert!(seen.iter().all(|(_, v)| v == "2026-01-02T00:00:00.000Z"));
    let ids: HashSet<_> = seen.iter().map(|(i, _)| i.clone()).collect();
    assert_eq!(ids.len(), 250, "no object twice");
    // LV: the same plus the 30 AMBER ones.
    assert_eq!(walk(&store, &lv, ALL, q(100)).len(), 280);
    // DE's author: 280, the 50 revised at their RED version.
    let de_seen = walk(&store, &de, ALL, q(1000));
    assert_eq!(de_seen.len(), 280);
    assert_eq!(
        de_seen
            .iter()
            .filter(|(_, v)| v == "2026-02-02T00:00:00.000Z")
            .count(),
        50
    );
    // All versions: FR sees one version of each, DE's author two of 50.
    let mut all = q(1000);
    all.versions = VersionMatch::all();
    assert_eq!(walk(&store, &fr, ALL, all.clone()).len(), 250);
    assert_eq!(walk(&store, &de, ALL, all.clone()).len(), 330);
    // first
    let mut first = q(1000);
    first.versions = VersionMatch::parse("first").unwrap();
    assert!(
        walk(&store, &de, ALL, first)
            .iter()
            .all(|(_, v)| v == "2026-01-02T00:00:00.000Z")
    );
    // A hidden object answers like a missing one: by id, FR gets an empty page.
    let hidden = stix_object(1000, "x")["id"].as_str().unwrap().to_string();
    let mut by_id = q(10);
    by_id.ids = vec![hidden.clone()];
    let p = store.taxii_page(&fr, ALL, &by_id, true).unwrap().unwrap();
    assert!(p.items.is_empty() && !p.more && p.next.is_none());
    let missing = "indicator--99999999-0000-4000-8000-000000000000".to_string();
    by_id.ids = vec![missing];
    let p2 = store.taxii_page(&fr, ALL, &by_id, true).unwrap().unwrap();
    assert_eq!(p, p2);
    // The manifest shows the same rows without objects.
    let m = store
        .taxii_page(&fr, ALL, &q(1000), false)
        .unwrap()
        .unwrap();
    assert_eq!(m.items.len(), 250);
    assert!(m.items.iter().all(|s| s.object.is_none()));
    // match[type] and added_after
    let mut t = q(1000);
    t.types = vec!["malware".into()];
    assert!(
        store
            .taxii_page(&fr, ALL, &t, true)
            .unwrap()
            .unwrap()
            .items
            .is_empty()
    );
    let mut after = q(1000);
    after.added_after = Some("2030-01-01T00:00:00.000000Z".into());
    assert!(
        store
            .taxii_page(&fr, ALL, &after, true)
            .unwrap()
            .unwrap()
            .items
            .is_empty()
    );
    // The limit is capped.
    assert_eq!(
        store
            .taxii_page(&lv, ALL, &q(100_000), true)
            .unwrap()
            .unwrap()
            .limit,
        1000
    );
}

#[test]
fn collections_are_views_with_their_own_lists() {
    let dir = tmp();
    let store = open(dir.path());
    let mut baltic = Marking::tlp(Tlp::Amber);
    baltic.releasable_to = ["EE", "LV"]
        .iter()
        .map(|p| PartyId::parse(p).unwrap())
        .collect();
    store
        .define_collection(
            &operator(),
            CollectionDefinition {
                def: CollectionDefined {
                    id: BALTIC.into(),
                    title: "Baltic".into(),
                    description: None,
                    alias: Some("baltic".into()),
                    filter: CollectionFilter {
                        types: vec!["indicator".into()],
                        ..CollectionFilter::default()
                    },
                    can_read: Access::parties(
                        ["EE", "LV"].iter().map(|p| PartyId::parse(p).unwrap()),
                    ),
                    can_write: Some(Access {
                        parties: BTreeSet::new(),
                        roles: [Role::Analyst].into(),
                    }),
                    allow_delete: false,
                },
                marking: baltic,
            },
        )
        .unwrap();
    let de = viewer("de.delegate", "DE", &[Role::Delegate], None);
    let lv_obs = viewer("lv.observer", "LV", &[Role::Observer], None);
    let lv_an = viewer("lv.analyst", "LV", &[Role::Analyst], None);
    assert!(store.taxii_collection(&de, BALTIC).unwrap().is_none());
    assert!(store.taxii_collection(&de, "baltic").unwrap().is_none());
    assert!(store.taxii_collections(&de).unwrap().is_empty());
    assert!(
        store
            .taxii_page(&de, BALTIC, &q(10), true)
            .unwrap()
            .is_none()
    );
    let c = store.taxii_collection(&lv_obs, "baltic").unwrap().unwrap();
    assert!(c.can_read && !c.can_write);
    let c = store.taxii_collection(&lv_an, BALTIC).unwrap().unwrap();
    assert!(c.can_read && c.can_write);
    assert_eq!(
        store
            .taxii_add(&lv_obs, BALTIC, vec![])
            .unwrap()
            .unwrap_err(),
        AddRefused::ReadOnly
    );
    assert_eq!(
        store.taxii_add(&de, BALTIC, vec![]).unwrap().unwrap_err(),
        AddRefused::NotFound
    );
    // A non-admin cannot define collections.
    let e = store.define_collection(
        &lv_an,
        CollectionDefinition {
            def: store.taxii_collection(&lv_an, BALTIC).unwrap().unwrap().def,
            marking: Marking::tlp(Tlp::Green),
        },
    );
    assert!(e.is_err());
}

#[test]
fn an_envelope_lands_whole_with_its_failures_listed_and_rebuild_refolds() {
    let dir = tmp();
    let store = open(dir.path());
    define(
        &store,
        INBOX,
        CollectionFilter {
            posted_only: true,
            ..CollectionFilter::default()
        },
        Marking::tlp(Tlp::Green),
        Some(Access::everyone()),
        true,
    );
    let lv = viewer("lv.analyst", "LV", &[Role::Analyst], None);
    let fr = viewer("fr.analyst", "FR", &[Role::Analyst], None);
    let mut bad = stix_object(2, "2026-01-02T00:00:00.000Z");
    bad["created"] = json!("yesterday");
    let objs = vec![
        stix_object(1, "2026-01-02T00:00:00.000Z"),
        bad,
        stix_object(3, "2026-01-02T00:00:00.000Z"),
        json!({"type": "indicator"}),
    ];
    let st = store.taxii_add(&lv, INBOX, objs).unwrap().unwrap();
    assert_eq!(st.successes.len(), 2);
    assert_eq!(st.failures.len(), 2);
    assert!(
        st.failures[0]
            .message
            .as_deref()
            .unwrap()
            .contains("created"),
        "{:?}",
        st.failures
    );
    // The poster reads the status; nobody else does.
    assert!(store.taxii_status(&lv, &st.id).unwrap().is_some());
    assert!(store.taxii_status(&fr, &st.id).unwrap().is_none());
    // The two valid objects are in the inbox.
    let page = store.taxii_page(&fr, INBOX, &q(10), true).unwrap().unwrap();
    assert_eq!(page.items.len(), 2);
    // Provenance: FR may not version LV's object, nor delete it.
    let st2 = store
        .taxii_add(&fr, INBOX, vec![stix_object(1, "2026-03-02T00:00:00.000Z")])
        .unwrap()
        .unwrap();
    assert_eq!(st2.failures.len(), 1);
    assert!(
        st2.failures[0]
            .message
            .as_deref()
            .unwrap()
            .contains("stix.not_creator")
    );
    let id1 = stix_object(1, "x")["id"].as_str().unwrap().to_string();
    assert!(
        store
            .taxii_delete(&fr, INBOX, &id1, &VersionMatch::all(), &[])
            .is_err()
    );
    assert_eq!(
        store
            .taxii_delete(&lv, INBOX, &id1, &VersionMatch::all(), &[])
            .unwrap(),
        Some(1)
    );
    assert_eq!(
        store
            .taxii_page(&fr, INBOX, &q(10), true)
            .unwrap()
            .unwrap()
            .items
            .len(),
        1
    );
    // Deleting what is not there answers like missing.
    assert_eq!(
        store
            .taxii_delete(&lv, INBOX, &id1, &VersionMatch::all(), &[])
            .unwrap(),
        None
    );
    let before = store.taxii_page(&fr, INBOX, &q(10), true).unwrap().unwrap();
    drop(store);
    let report = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
    let store = open(dir.path());
    assert_eq!(
        store.taxii_page(&fr, INBOX, &q(10), true).unwrap().unwrap(),
        before
    );
    assert!(store.taxii_status(&lv, &st.id).unwrap().is_some());
    // TAXII reads of an account are audited as exports.
    let audit = store
        .events(&operator(), 1, 1000)
        .unwrap()
        .into_iter()
        .filter(|e| e.kind == "audit.export")
        .count();
    assert!(audit >= 1);
}
