//! How long after a write is acknowledged its document can be found (`scripts/bench-search`):
//! a store in a temporary directory, 300 evidence items written one by one, each searched for
//! at once by a reader of the same party. The search waits for the index to cover the log's
//! head, so its time is the indexing delay plus the query.
//!
//!   cargo run --release -p entente-search --example delay

use std::sync::Arc;
use std::time::{Duration, Instant};

use entente_core::account::Role;
use entente_core::dossier::DossierFacts;
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::picture::events::{EvidenceItem, EvidenceKind};
use entente_core::{Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_search::{SearchIndex, SearchRequest};
use entente_store::{Options, SqliteStore, Store, SystemClock};

fn main() {
    let dir = std::env::temp_dir().join(format!("entente-search-delay-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(&dir, Arc::new(SystemClock), Options::default()).unwrap());
    let op = Viewer::operator(PartyId::parse("EU").unwrap());
    for p in ["EU", "LV"] {
        store
            .register_party(
                &entente_store::actor_of(&op),
                PartyRegistered {
                    id: PartyId::parse(p).unwrap(),
                    kind: PartyKind::MemberState,
                    name: LocalizedText::single(Lang::En, p),
                },
            )
            .unwrap();
    }
    let lv = Viewer {
        user: UserId::parse("lv.analyst").unwrap(),
        party: PartyId::parse("LV").unwrap(),
        clearance: None,
        roles: [Role::Analyst, Role::Delegate].into(),
    };
    let d = store
        .create_dossier(
            &lv,
            Some("delay"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "Delay"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::tlp(Tlp::Green),
        )
        .unwrap()
        .id;
    let idx = SearchIndex::for_store(&store).unwrap();
    let mut found = Vec::new();
    let mut writes = Vec::new();
    for i in 0..300 {
        let word = format!("marker{i}x");
        let t = Instant::now();
        store
            .add_evidence(
                &lv,
                &d,
                EvidenceItem {
                    kind: EvidenceKind::Document,
                    title: format!("Item {word}"),
                    url: None,
                    text: Some("Beaconing from an engineering workstation.".into()),
                    source: None,
                    reliability: None,
                    credibility: None,
                    stix_id: None,
                },
                None,
            )
            .unwrap();
        writes.push(t.elapsed());
        let t = Instant::now();
        let req = SearchRequest::parse(
            Some(&word),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        .unwrap();
        let r = idx.search(&lv, &req, Lang::En).unwrap();
        assert_eq!(r.total, 1, "{word}");
        found.push(t.elapsed());
    }
    let p = |v: &mut Vec<Duration>, q: f64| {
        v.sort();
        v[((v.len() as f64 * q) as usize).min(v.len() - 1)].as_secs_f64() * 1000.0
    };
    println!(
        "write acknowledged: p50 {:.1} ms, p95 {:.1} ms; then found by a search: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms (300 writes)",
        p(&mut writes, 0.5),
        p(&mut writes, 0.95),
        p(&mut found, 0.5),
        p(&mut found, 0.95),
        p(&mut found, 1.0)
    );
    drop(idx);
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
