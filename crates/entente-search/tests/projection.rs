//! The search projection over a real store: fed from the log after every commit, found in the
//! word forms of each language and across scripts, filtered by the viewer's markings, and
//! reached by a dossier's change of marking.

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use entente_core::account::Role;
use entente_core::dossier::DossierFacts;
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::picture::events::{EvidenceItem, EvidenceKind};
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_search::{SearchIndex, SearchRequest};
use entente_store::{FixedClock, Options, SqliteStore, Store};

fn viewer(user: &str, party: &str, clearance: Option<Classification>, roles: &[Role]) -> Viewer {
    Viewer {
        user: UserId::parse(user).unwrap(),
        party: PartyId::parse(party).unwrap(),
        clearance,
        roles: roles.iter().copied().collect::<BTreeSet<_>>(),
    }
}

fn operator() -> Viewer {
    Viewer::operator(PartyId::parse("EU").unwrap())
}

fn open(dir: &std::path::Path) -> Arc<dyn Store> {
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
    ));
    Arc::new(SqliteStore::open(dir, clock, Options::default()).unwrap())
}

fn req(q: &str) -> SearchRequest {
    SearchRequest::parse(
        Some(q),
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
    .unwrap()
}

/// The ids of what `v` finds for `q`, and the total.
fn find(idx: &SearchIndex, v: &Viewer, q: &str) -> (Vec<String>, usize) {
    let r = idx.search(v, &req(q), Lang::En).unwrap();
    (r.hits.into_iter().map(|h| h.id).collect(), r.total)
}

fn setup(store: &Arc<dyn Store>) {
    let op = entente_store::actor_of(&operator());
    for p in ["EU", "DE", "FR", "BG", "LV"] {
        store
            .register_party(
                &op,
                PartyRegistered {
                    id: PartyId::parse(p).unwrap(),
                    kind: PartyKind::MemberState,
                    name: LocalizedText::single(Lang::En, p),
                },
            )
            .unwrap();
    }
    let mut title = LocalizedText::new();
    title.insert(Lang::En, "Cyber-attack on the German Bundestag (2015)");
    title.insert(Lang::Bg, "Кибератака срещу германския Бундестаг (2015 г.)");
    title.insert(Lang::Lv, "Kiberuzbrukums Vācijas Bundestāgam (2015)");
    let mut summary = LocalizedText::new();
    summary.insert(
        Lang::Bg,
        "Съветът включи в списъка с ограничителни мерки двама офицери от ГРУ.",
    );
    summary.insert(
        Lang::Lv,
        "Padome iekļāva sankciju sarakstā divus GRU virsniekus.",
    );
    store
        .create_dossier(
            &operator(),
            Some("bundestag-2015"),
            DossierFacts {
                title,
                summary,
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::clear(),
        )
        .unwrap();
}

#[test]
fn finds_word_forms_names_and_ids_and_only_what_the_viewer_may_see() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    setup(&store);
    let idx = SearchIndex::for_store(&store).unwrap();
    let fr = viewer("fr.delegate", "FR", None, &[Role::Delegate]);

    // Bulgarian and Latvian word forms other than those written.
    for q in [
        "кибератаки",
        "кибератаката",
        "офицер",
        "kiberuzbrukumu",
        "virsnieks",
    ] {
        let (ids, _) = find(&idx, &fr, q);
        assert_eq!(ids, ["bundestag-2015"], "{q}");
    }
    // A phrase, folded.
    assert_eq!(
        find(&idx, &fr, "\"german bundestag\"").0,
        ["bundestag-2015"]
    );

    // STIX: a technique by its ATT&CK id, a group and a listed person across scripts.
    let bundle = serde_json::json!({"type": "bundle", "id": "bundle--0a7f3c3e-8d7b-4c6e-9d5f-1b2c3d4e5f60", "objects": [
        {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--2900bbd8-308a-4274-b074-5b8bb4f5d77f",
         "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
         "name": "Activate Firmware Update Mode",
         "external_references": [{"source_name": "mitre-ics-attack", "external_id": "T0800"}]},
        {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--381fcf73-60f6-4ab2-9991-6af3cbc35192",
         "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
         "name": "Sandworm Team", "aliases": ["ELECTRUM", "IRON VIKING"]},
        {"type": "threat-actor", "spec_version": "2.1", "id": "threat-actor--6b2f3c8e-0d4a-4e2b-9f6a-1c3d5e7f9a0b",
         "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
         "name": "Aleksei Sergeyvich MORENETS", "aliases": ["Алексей Сергеевич МОРЕНЕЦ"],
         "threat_actor_types": ["spy"]}
    ]});
    let analyst = viewer("de.analyst", "DE", None, &[Role::Analyst]);
    store
        .ingest_stix(
            &analyst,
            &mut bundle.to_string().as_bytes(),
            &Marking::tlp(Tlp::Green),
            &mut |_| {},
        )
        .unwrap();
    let kinds = |q: &str| -> Vec<String> {
        idx.search(&fr, &req(q), Lang::En)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    assert_eq!(kinds("T0800"), ["Activate Firmware Update Mode"]);
    assert_eq!(kinds("Сандворм"), ["Sandworm Team"]);
    assert_eq!(kinds("Alexey Morenets"), ["Aleksei Sergeyvich MORENETS"]);
    assert_eq!(kinds("Моренец"), ["Aleksei Sergeyvich MORENETS"]);
    // TLP:GREEN is not for readers without an account.
    assert_eq!(find(&idx, &Viewer::public(), "T0800").1, 0);

    // Evidence inside a dossier LV alone may see (AMBER, no releasability).
    let lv = viewer("lv.analyst", "LV", None, &[Role::Analyst]);
    let baltic = store
        .create_dossier(
            &viewer("lv.delegate", "LV", None, &[Role::Delegate]),
            Some("baltic"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "Exercise Baltic grid"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::tlp(Tlp::Amber),
        )
        .unwrap()
        .id;
    let ev = store
        .add_evidence(
            &lv,
            &baltic,
            EvidenceItem {
                kind: EvidenceKind::Document,
                title: "Sensor extract".into(),
                url: None,
                text: Some("Beaconing every 600 seconds from an engineering workstation.".into()),
                source: None,
                reliability: None,
                credibility: None,
                stix_id: None,
            },
            None,
        )
        .unwrap();
    // Found at once by who may see it (read your writes), by nobody else, not even counted.
    assert_eq!(find(&idx, &lv, "beaconing"), (vec![ev.id.clone()], 1));
    assert_eq!(find(&idx, &fr, "beaconing"), (vec![], 0));
    let r = idx.search(&fr, &req("exercise"), Lang::En).unwrap();
    assert_eq!(r.total, 0, "{r:?}");
    assert!(r.facets.values().all(|v| v.is_empty()), "{r:?}");

    // Evidence in the CLEAR dossier, then the dossier is marked AMBER for its originator (EU):
    // the change reaches the evidence inside it.
    let ev2 = store
        .add_evidence(
            &analyst,
            "bundestag-2015",
            EvidenceItem {
                kind: EvidenceKind::Document,
                title: "Forensic report".into(),
                url: None,
                text: Some("Exfiltration through a compromised mail server.".into()),
                source: None,
                reliability: None,
                credibility: None,
                stix_id: None,
            },
            None,
        )
        .unwrap();
    assert_eq!(find(&idx, &fr, "exfiltration").0, [ev2.id.clone()]);
    let eu = viewer("eu.delegate", "EU", None, &[Role::Delegate]);
    store
        .mark_dossier(&eu, "bundestag-2015", Marking::tlp(Tlp::Amber))
        .unwrap();
    assert_eq!(find(&idx, &fr, "exfiltration"), (vec![], 0));
    assert_eq!(find(&idx, &fr, "кибератака"), (vec![], 0));
    assert_eq!(find(&idx, &eu, "exfiltration").0, [ev2.id.clone()]);

    // Reopened: the index goes on from where it was, and agrees with a rebuild.
    let before = idx.document_count().unwrap();
    drop(idx);
    drop(store);
    let store = open(dir.path());
    let idx = SearchIndex::for_store(&store).unwrap();
    assert_eq!(find(&idx, &eu, "exfiltration").0, [ev2.id.clone()]);
    assert_eq!(idx.document_count().unwrap(), before);
    drop(idx);
    drop(store);
    let (docs, _) = entente_search::rebuild(dir.path()).unwrap();
    assert_eq!(docs, before);
}
