//! Server-side rendering time of the web interface's dossier page for a dossier with 1,000
//! evidence items and assessments by six parties, through the whole router (store reads,
//! view models, askama). Issue 8's target: under 50 ms at the 95th percentile.
//!
//! Run: `cargo bench -p entente-server --bench ui` (results in docs/benchmarks.md, "Web UI").

use std::sync::Arc;

use axum::body::Body;
use axum::http::Request;
use chrono::{TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use entente_core::dossier::DossierFacts;
use entente_core::picture::Dimension;
use entente_core::picture::events::{
    AssessmentBody, Credibility, DimensionBody, EvidenceItem, EvidenceKind, Reliability,
};
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::NoAuth;
use entente_store::assessments::Submission;
use entente_store::{FixedClock, Options, SqliteStore, Store};
use tower::ServiceExt;

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

fn viewer(user: &str, party: &str) -> Viewer {
    Viewer {
        user: UserId::parse(user).expect("user"),
        party: PartyId::parse(party).expect("party"),
        clearance: Some(Classification::SecretUe),
        roles: test_roles(&UserId::parse(user).expect("user")),
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
            .single()
            .expect("time"),
    ));
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.path(), clock, Options::default()).expect("store"));
    let chair = viewer("eeas.chair", "EEAS");
    let mut title = LocalizedText::single(Lang::En, "Large public dossier");
    title.insert(Lang::Bg, "Голямо публично досие");
    let facts = DossierFacts {
        title,
        summary: LocalizedText::single(Lang::En, "A dossier with a thousand evidence items."),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    };
    store
        .create_dossier(&named(&chair), Some("big"), facts, Marking::tlp(Tlp::Clear))
        .expect("dossier");
    for i in 0..1000 {
        let item = EvidenceItem {
            kind: EvidenceKind::Document,
            title: format!("Report {i}"),
            url: None,
            text: Some("Findings of the incident response.".into()),
            source: Some("CERT-EU".into()),
            reliability: Some(Reliability::B),
            credibility: Credibility::new(2).ok(),
            stix_id: None,
        };
        store
            .add_evidence(&chair, "big", item, None)
            .expect("evidence");
    }
    for party in ["EE", "LV", "LT", "PL", "DE", "FR"] {
        let v = viewer(&format!("{}.analyst", party.to_lowercase()), party);
        let body = AssessmentBody {
            dimensions: Dimension::ALL
                .iter()
                .enumerate()
                .map(|(i, d)| DimensionBody {
                    dimension: d.as_str().into(),
                    level: Some((i % 5) as u8),
                    rationale: "reporting".into(),
                    evidence: vec![],
                })
                .collect(),
            confidence: "moderate".into(),
            significant_effect: vec![],
            external_threat: vec![],
            judgements: vec![],
            summary: None,
        };
        let sub = Submission {
            body,
            version: None,
            marking: None,
        };
        store
            .submit_assessment(&v, "big", &v.party, sub)
            .expect("assessment");
    }
    let router = entente_server::router(AppState::new(store, Arc::new(NoAuth)));
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let page = |uri: &'static str| {
        let r = router.clone();
        rt.block_on(async move {
            let resp = r
                .oneshot(
                    Request::builder()
                        .uri(uri)
                        .header("cookie", "entente_lang=bg")
                        .body(Body::empty())
                        .expect("request"),
                )
                .await
                .expect("response");
            assert!(resp.status().is_success());
            axum::body::to_bytes(resp.into_body(), 64 << 20)
                .await
                .expect("body")
                .len()
        })
    };
    eprintln!("dossier page weight: {} bytes", page("/dossiers/big"));
    let mut g = c.benchmark_group("ui");
    g.sample_size(50);
    g.bench_function("dossier page, 1000 evidence, 6 assessments (bg)", |b| {
        b.iter(|| page("/dossiers/big"))
    });
    g.bench_function("dashboard", |b| b.iter(|| page("/")));
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
