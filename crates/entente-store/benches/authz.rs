//! The cost of the authorisation filter: listing 100,000 dossiers (first page of 50 and the
//! total of visible items) through `dossiers::list` with a viewer, against the same query and
//! row loop without the `can_see` filter. Target: under 10% over the unfiltered query.
//!
//! Run: `cargo bench -p entente-store --bench authz`. Results: docs/benchmarks.md,
//! "Authorisation".
//!
//! Issue 13 adds `visibility_index`: a TAXII page of 100 visible STIX objects (first and
//! half-way) and a page of 50 visible dossiers with its total, at 1,000, 100,000 and 1,000,000
//! stored items (`ENTENTE_BENCH_SIZES` to choose others). Results: docs/benchmarks.md,
//! "Visibility decided by the database".

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use entente_core::dossier::{DossierCreated, DossierFacts, Status};
use entente_core::{
    Actor, Classification, Draft, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer,
};
use entente_store::dossiers::{self, DossierFilter};
use entente_store::{FixedClock, Options, SqliteStore};

const N: usize = 100_000;
const PARTIES: [&str; 6] = ["DE", "FR", "LV", "EE", "PL", "FI"];

fn marking(i: usize) -> Marking {
    let mut m = Marking::tlp(Tlp::ALL[i % 4]);
    if i.is_multiple_of(3) {
        m.releasable_to
            .insert(PartyId::parse(PARTIES[(i / 3) % 6]).unwrap());
    }
    if i.is_multiple_of(7) {
        m.classification = Some(Classification::ConfidentielUe);
    }
    m
}

fn fill(store: &SqliteStore) {
    for chunk in 0..10 {
        let actor = Actor {
            user: UserId::parse(&format!("author.{chunk}")).unwrap(),
            party: PartyId::parse(PARTIES[chunk % 6]).unwrap(),
        };
        store
            .log()
            .execute(actor, None, move |_| {
                Ok((0..N / 10)
                    .map(|j| {
                        let i = chunk * (N / 10) + j;
                        Draft::new(
                            &DossierCreated {
                                id: format!("d-{i:06}"),
                                status: Status::Detected,
                                facts: DossierFacts {
                                    title: LocalizedText::single(Lang::En, format!("Dossier {i}")),
                                    summary: LocalizedText::single(
                                        Lang::En,
                                        "A summary of some length to make rows realistic.",
                                    ),
                                    first_seen: None,
                                    last_seen: None,
                                    victims: vec![],
                                    sources: vec![],
                                },
                            },
                            marking(i),
                        )
                    })
                    .collect())
            })
            .unwrap();
    }
}

/// The same query and row loop as `dossiers::list`, without the visibility filter: what the
/// list would cost if it authorised nothing.
fn unfiltered(conn: &rusqlite::Connection, limit: usize) -> (usize, usize) {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, status, facts, marking, origin, author, created_at, updated_at, version FROM dossiers ORDER BY created_seq DESC",
        )
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    let (mut total, mut page) = (0, 0);
    while let Some(r) = rows.next().unwrap() {
        if page < limit {
            let facts: DossierFacts =
                serde_json::from_str(&r.get::<_, String>(2).unwrap()).unwrap();
            let m: Marking = serde_json::from_str(&r.get::<_, String>(3).unwrap()).unwrap();
            std::hint::black_box((facts, m));
            page += 1;
        }
        total += 1;
    }
    (page, total)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
    ));
    let store = SqliteStore::open(dir.path(), clock, Options::default()).unwrap();
    fill(&store);
    let viewer = Viewer {
        user: UserId::parse("anna").unwrap(),
        party: PartyId::parse("LV").unwrap(),
        clearance: Some(Classification::RestreintUe),
        roles: test_roles(&UserId::parse("anna").unwrap()),
    };
    let filter = DossierFilter {
        limit: 50,
        ..DossierFilter::default()
    };
    let mut g = c.benchmark_group("authorisation_100k");
    g.sample_size(20);
    g.bench_function("list_unfiltered", |b| {
        b.iter(|| store.log().read(|conn| Ok(unfiltered(conn, 50))).unwrap())
    });
    g.bench_function("list_filtered", |b| {
        b.iter(|| {
            store
                .log()
                .read(|conn| dossiers::list(conn, &viewer, &filter))
                .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);

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

// ---- issue 13: visibility decided by the database -------------------------------------------

/// The sizes of the marking-index bench (`ENTENTE_BENCH_SIZES=1000,100000` to shorten it).
fn sizes() -> Vec<usize> {
    std::env::var("ENTENTE_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 100_000, 1_000_000])
}

fn fill_stix(store: &SqliteStore, n: usize) {
    use entente_store::stix_objects::StixObjectIngested;
    let batch = 10_000.min(n);
    for chunk in 0..n.div_ceil(batch) {
        let actor = Actor {
            user: UserId::parse(&format!("author.{}", chunk % 10)).unwrap(),
            party: PartyId::parse(PARTIES[chunk % 6]).unwrap(),
        };
        store
            .log()
            .execute(actor, None, move |_| {
                Ok((chunk * batch..((chunk + 1) * batch).min(n))
                    .map(|i| {
                        let id = format!("indicator--{:08x}-0000-4000-8000-{:012x}", i, i);
                        let object = serde_json::json!({
                            "type": "indicator", "spec_version": "2.1", "id": id,
                            "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                            "name": format!("Indicator {i}"), "pattern": "[ipv4-addr:value = '198.51.100.1']",
                            "pattern_type": "stix", "valid_from": "2026-01-01T00:00:00Z",
                        });
                        let mut m = marking(i);
                        if m.tlp == Tlp::Red {
                            m.recipients.insert(UserId::parse("someone").unwrap());
                        }
                        Draft::new(
                            &StixObjectIngested {
                                id,
                                object_type: "indicator".into(),
                                created: Some("2026-01-01T00:00:00.000Z".into()),
                                modified: Some("2026-01-01T00:00:00.000Z".into()),
                                object,
                            },
                            m,
                        )
                    })
                    .collect())
            })
            .unwrap();
    }
}

fn fill_dossiers(store: &SqliteStore, n: usize) {
    let batch = 10_000.min(n);
    for chunk in 0..n.div_ceil(batch) {
        let actor = Actor {
            user: UserId::parse(&format!("author.{}", chunk % 10)).unwrap(),
            party: PartyId::parse(PARTIES[chunk % 6]).unwrap(),
        };
        store
            .log()
            .execute(actor, None, move |_| {
                Ok((chunk * batch..((chunk + 1) * batch).min(n))
                    .map(|i| {
                        Draft::new(
                            &DossierCreated {
                                id: format!("d-{i:07}"),
                                status: Status::Detected,
                                facts: DossierFacts {
                                    title: LocalizedText::single(Lang::En, format!("Dossier {i}")),
                                    summary: LocalizedText::single(Lang::En, "A summary."),
                                    first_seen: None,
                                    last_seen: None,
                                    victims: vec![],
                                    sources: vec![],
                                },
                            },
                            marking(i),
                        )
                    })
                    .collect())
            })
            .unwrap();
    }
}

/// A page of 100 visible STIX objects through a TAXII collection (the first page, and one
/// half-way through by the cursor), and a page of 50 visible dossiers with the total, at each
/// size: the marking index makes SQLite return visible rows only.
fn bench_index(c: &mut Criterion) {
    use entente_store::taxii::{
        Access, CollectionDefined, CollectionDefinition, CollectionFilter, ObjectQuery, TaxiiStore,
        VersionMatch, objects,
    };
    let viewer = Viewer {
        user: UserId::parse("anna").unwrap(),
        party: PartyId::parse("LV").unwrap(),
        clearance: Some(Classification::RestreintUe),
        roles: test_roles(&UserId::parse("anna").unwrap()),
    };
    let mut g = c.benchmark_group("visibility_index");
    g.sample_size(20);
    for n in sizes() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock::new(
            Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
        ));
        let store = SqliteStore::open(dir.path(), clock, Options::default()).unwrap();
        let t = std::time::Instant::now();
        fill_stix(&store, n);
        fill_dossiers(&store, n);
        eprintln!(
            "filled {n} STIX objects and {n} dossiers in {:?}",
            t.elapsed()
        );
        let op = Viewer::operator(PartyId::parse("EU").unwrap());
        let coll = "11111111-1111-4111-8111-111111111111";
        store
            .define_collection(
                &op,
                CollectionDefinition {
                    def: CollectionDefined {
                        id: coll.into(),
                        title: "Everything".into(),
                        description: None,
                        alias: None,
                        filter: CollectionFilter::default(),
                        can_read: Access::everyone(),
                        can_write: None,
                        allow_delete: false,
                    },
                    marking: Marking::tlp(Tlp::Green),
                },
            )
            .unwrap();
        let cv = store.taxii_collection(&viewer, coll).unwrap().unwrap();
        let first = ObjectQuery {
            versions: VersionMatch::last(),
            limit: 100,
            ..ObjectQuery::default()
        };
        let deep = ObjectQuery {
            after: Some(n as u64 / 2),
            ..first.clone()
        };
        let page = store
            .log()
            .read(|conn| objects::page(conn, &viewer, &cv, &first, true))
            .unwrap();
        assert_eq!(page.items.len(), 100);
        g.bench_function(format!("taxii_first_page_100_of_{n}"), |b| {
            b.iter(|| {
                store
                    .log()
                    .read(|conn| objects::page(conn, &viewer, &cv, &first, true))
                    .unwrap()
            })
        });
        g.bench_function(format!("taxii_middle_page_100_of_{n}"), |b| {
            b.iter(|| {
                store
                    .log()
                    .read(|conn| objects::page(conn, &viewer, &cv, &deep, true))
                    .unwrap()
            })
        });
        let filter = DossierFilter {
            limit: 50,
            ..DossierFilter::default()
        };
        g.bench_function(format!("dossiers_page_50_with_total_of_{n}"), |b| {
            b.iter(|| {
                store
                    .log()
                    .read(|conn| dossiers::list(conn, &viewer, &filter))
                    .unwrap()
            })
        });
        drop(store);
    }
    g.finish();
}

criterion_group!(index_benches, bench_index);
criterion_main!(benches, index_benches);
