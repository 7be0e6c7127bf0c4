//! The cost of the authorisation filter: listing 100,000 dossiers (first page of 50 and the
//! total of visible items) through `dossiers::list` with a viewer, against the same query and
//! row loop without the `can_see` filter. Target: under 10% over the unfiltered query.
//!
//! Run: `cargo bench -p entente-store --bench authz`. Results: docs/benchmarks.md,
//! "Authorisation".

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
criterion_main!(benches);

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
