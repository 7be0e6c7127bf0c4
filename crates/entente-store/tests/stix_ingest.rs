//! STIX ingest into the log (issue 4): every object of ATT&CK ICS lands as an event, a second
//! import is all duplicates, a newer release adds new versions, a bad object is rejected with
//! its reason while the rest of its bundle lands, TLP markings of objects decide who sees them,
//! `rebuild` refolds the same projection, and a dossier's STIX evidence exports as a valid bundle.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use entente_core::dossier::DossierFacts;
use entente_core::picture::events::{EvidenceItem, EvidenceKind};
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::stix_objects::{IngestReport, StixFilter, StixStore};
use entente_store::{FixedClock, Options, PictureStore, SqliteStore, Store};
use serde_json::{Value, json};

const ICS_17: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/stix/ics-attack-17.1.json"
);
const ICS_18: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/stix/ics-attack-18.1.json"
);
const TLP1_RED: &str = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
const TLP1_GREEN: &str = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
const TLP2_AMBER: &str = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

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

fn viewer(user: &str, party: &str) -> Viewer {
    Viewer {
        user: UserId::parse(user).unwrap(),
        party: PartyId::parse(party).unwrap(),
        clearance: Some(Classification::SecretUe),
        roles: test_roles(&UserId::parse(user).unwrap()),
    }
}

fn lv() -> Viewer {
    viewer("lv.analyst", "LV")
}
fn lv2() -> Viewer {
    viewer("lv.delegate", "LV")
}
fn fr() -> Viewer {
    viewer("fr.delegate", "FR")
}

fn ingest(store: &SqliteStore, who: &Viewer, bytes: &[u8]) -> IngestReport {
    let mut input = bytes;
    store
        .ingest_stix(who, &mut input, &Marking::tlp(Tlp::Green), &mut |_| {})
        .unwrap()
}

fn objects(path: &str) -> Vec<Value> {
    let v: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    v["objects"].as_array().unwrap().clone()
}

fn key(o: &Value) -> (String, String) {
    (
        o["id"].as_str().unwrap().to_string(),
        o.get("modified")
            .or(o.get("created"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string(),
    )
}

fn all(store: &SqliteStore, who: &Viewer) -> Vec<entente_store::stix_objects::StixObjectView> {
    store
        .stix_objects(who, &StixFilter::default())
        .unwrap()
        .items
}

#[test]
fn attack_ics_lands_whole_then_duplicates_then_rebuilds_identically() {
    let dir = tmp();
    let bytes = std::fs::read(ICS_18).unwrap();
    let file = objects(ICS_18);
    {
        let store = open(dir.path());
        let mut calls = 0;
        let mut input = bytes.as_slice();
        let r = store
            .ingest_stix(&lv(), &mut input, &Marking::tlp(Tlp::Green), &mut |_| {
                calls += 1
            })
            .unwrap();
        assert!(calls >= 2, "progress after each batch of 1,000");
        assert_eq!(r.objects, file.len());
        assert_eq!(r.added, file.len());
        assert_eq!(r.events, file.len());
        assert!(r.rejected.is_empty(), "{:?}", r.rejected.first());
        assert!(r.all_landed());

        // Every object is there, unchanged, as the importer and another party see it (GREEN).
        let by_id: HashMap<String, Value> = all(&store, &fr())
            .into_iter()
            .map(|v| (v.id.clone(), v.object))
            .collect();
        assert_eq!(by_id.len(), file.len());
        for o in &file {
            assert_eq!(&by_id[o["id"].as_str().unwrap()], o, "round-trip");
        }
        // By type, by name substring, paging.
        let patterns = file
            .iter()
            .filter(|o| o["type"] == "attack-pattern")
            .count();
        let page = store
            .stix_objects(
                &lv(),
                &StixFilter {
                    object_type: Some("attack-pattern".into()),
                    offset: 10,
                    limit: 5,
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(page.total, patterns);
        assert_eq!(page.items.len(), 5);
        assert!(page.items.iter().all(|v| v.object_type == "attack-pattern"));
        let named = store
            .stix_objects(
                &lv(),
                &StixFilter {
                    text: Some("SPEARPHISHING".into()),
                    ..Default::default()
                },
            )
            .unwrap();
        let expect = file
            .iter()
            .filter(|o| {
                o["name"]
                    .as_str()
                    .is_some_and(|n| n.to_lowercase().contains("spearphishing"))
            })
            .count();
        assert!(expect > 0);
        assert_eq!(named.total, expect);
        // Marked from the import default: ATT&CK references only its own statement marking.
        let one = store
            .stix_object(&fr(), file[5]["id"].as_str().unwrap())
            .unwrap()
            .unwrap();
        assert_eq!(one.marking.tlp, Tlp::Green);
        assert_eq!(one.origin.as_str(), "LV");
        assert_eq!(one.author.as_str(), "lv.analyst");
        // The public sees nothing GREEN.
        assert_eq!(all(&store, &Viewer::public()).len(), 0);

        let again = ingest(&store, &lv(), &bytes);
        assert_eq!(again.duplicates, file.len());
        assert_eq!(again.events, 0);
        assert_eq!(again.added + again.new_versions + again.older_versions, 0);
        // Another party that already sees the objects also gets duplicates.
        assert_eq!(ingest(&store, &fr(), &bytes).duplicates, file.len());
    }
    let report = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
    entente_store::verify(dir.path(), |_| {}).unwrap();
}

#[test]
fn a_newer_release_adds_new_versions_where_modified_changed() {
    let dir = tmp();
    let store = open(dir.path());
    let old = objects(ICS_17);
    let new = objects(ICS_18);
    let old_keys: HashSet<_> = old.iter().map(key).collect();
    let old_ids: HashSet<_> = old.iter().map(|o| key(o).0).collect();
    let changed = new
        .iter()
        .filter(|o| old_ids.contains(&key(o).0) && !old_keys.contains(&key(o)))
        .count();
    let fresh = new.iter().filter(|o| !old_ids.contains(&key(o).0)).count();
    assert!(changed > 0 && fresh > 0);

    assert_eq!(
        ingest(&store, &lv(), &std::fs::read(ICS_17).unwrap()).added,
        old.len()
    );
    let r = ingest(&store, &lv(), &std::fs::read(ICS_18).unwrap());
    assert_eq!(r.new_versions, changed);
    assert_eq!(r.added, fresh);
    assert_eq!(r.duplicates, new.len() - changed - fresh);
    assert_eq!(r.older_versions, 0);

    let o = new
        .iter()
        .find(|o| old_ids.contains(&key(o).0) && !old_keys.contains(&key(o)))
        .unwrap();
    let id = o["id"].as_str().unwrap();
    let versions = store.stix_versions(&lv(), id).unwrap();
    assert_eq!(versions.len(), 2);
    assert!(versions[0].modified < versions[1].modified);
    assert_eq!(&store.stix_object(&lv(), id).unwrap().unwrap().object, o);

    // 17.1 again: its versions are all held (duplicates), nothing replaces the 18.1 latest.
    let back = ingest(&store, &lv(), &std::fs::read(ICS_17).unwrap());
    assert_eq!(back.duplicates, old.len());
    assert_eq!(&store.stix_object(&lv(), id).unwrap().unwrap().object, o);
}

fn bundle(objects: Vec<Value>) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "type": "bundle",
        "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
        "objects": objects,
    }))
    .unwrap()
}

fn indicator(id: &str, modified: &str, markings: &[&str]) -> Value {
    let mut o = json!({
        "type": "indicator",
        "spec_version": "2.1",
        "id": id,
        "created": "2024-01-01T00:00:00.000Z",
        "modified": modified,
        "name": format!("indicator {modified}"),
        "pattern": "[ipv4-addr:value = '198.51.100.1']",
        "pattern_type": "stix",
        "valid_from": "2024-01-01T00:00:00Z",
    });
    if !markings.is_empty() {
        o["object_marking_refs"] = json!(markings);
    }
    o
}

#[test]
fn a_bad_object_is_rejected_with_its_reason_and_the_others_land() {
    let dir = tmp();
    let store = open(dir.path());
    let mut bad = indicator(
        "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
        "2024-01-02T00:00:00.000Z",
        &[],
    );
    bad["modified"] = json!("2023-01-01T00:00:00.000Z");
    let good1 = indicator(
        "indicator--a932fcc6-e032-476c-826f-cb970a5a1ade",
        "2024-01-02T00:00:00.000Z",
        &[],
    );
    let good2 = indicator(
        "indicator--1ed8caa7-a708-4706-b651-f1186ede6ca1",
        "2024-01-02T00:00:00.000Z",
        &[],
    );
    let r = ingest(&store, &lv(), &bundle(vec![good1, bad, good2]));
    assert_eq!(r.objects, 3);
    assert_eq!(r.added, 2);
    assert_eq!(r.rejected.len(), 1);
    let rej = &r.rejected[0];
    assert_eq!(rej.index, 1);
    assert_eq!(
        rej.object_id.as_deref(),
        Some("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")
    );
    assert!(
        rej.errors
            .iter()
            .any(|f| f.rule.code() == "modified-before-created" && f.path == "/objects/1/modified"),
        "{:?}",
        rej.errors
    );
    assert!(!r.all_landed());
    assert_eq!(all(&store, &lv()).len(), 2);
    assert!(
        store
            .stix_object(&lv(), "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")
            .unwrap()
            .is_none()
    );

    // Unreadable JSON is an error, not a report.
    let mut broken: &[u8] = b"{\"type\": \"bundle\", \"objects\": [";
    assert!(
        store
            .ingest_stix(&lv(), &mut broken, &Marking::tlp(Tlp::Green), &mut |_| {})
            .is_err()
    );
}

#[test]
fn tlp_markings_of_objects_decide_who_sees_them() {
    let dir = tmp();
    let store = open(dir.path());
    let red = "indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061";
    let amber = "indicator--1e8bb2a4-c3e2-4a4b-93ae-a9a18efba2b5";
    let green = "indicator--2f0f7c0a-4c4b-4b4a-9c42-7b7f0d2b0f53";
    let r = ingest(
        &store,
        &lv(),
        &bundle(vec![
            // The strictest reference wins.
            indicator(red, "2024-01-02T00:00:00.000Z", &[TLP1_GREEN, TLP1_RED]),
            indicator(amber, "2024-01-02T00:00:00.000Z", &[TLP2_AMBER]),
            indicator(green, "2024-01-02T00:00:00.000Z", &[TLP1_GREEN]),
        ]),
    );
    assert_eq!(r.added, 3);
    let seen = |v: &Viewer| {
        let mut ids: Vec<String> = all(&store, v).into_iter().map(|o| o.id).collect();
        ids.sort();
        ids
    };
    assert_eq!(seen(&lv()).len(), 3);
    assert_eq!(seen(&fr()), vec![green.to_string()]);
    // RED: the importing user only, not even a colleague of the same party.
    assert_eq!(seen(&lv2()).len(), 2);
    for id in [red, amber] {
        assert!(store.stix_object(&fr(), id).unwrap().is_none());
        assert!(store.stix_versions(&fr(), id).unwrap().is_empty());
    }
    let red_view = store.stix_object(&lv(), red).unwrap().unwrap();
    assert_eq!(red_view.marking.tlp, Tlp::Red);
    assert!(red_view.marking.recipients.contains(&lv().user));
    assert_eq!(
        store
            .stix_object(&lv(), amber)
            .unwrap()
            .unwrap()
            .marking
            .tlp,
        Tlp::Amber
    );

    // A RED revision is invisible to FR, who keeps seeing the GREEN version before it; FR's
    // import of the same RED revision is not a duplicate for FR (it cannot see LV's).
    let green_v2 = indicator(green, "2024-03-01T00:00:00.000Z", &[TLP1_RED]);
    assert_eq!(
        ingest(&store, &lv(), &bundle(vec![green_v2.clone()])).new_versions,
        1
    );
    let fr_latest = store.stix_object(&fr(), green).unwrap().unwrap();
    assert_eq!(
        fr_latest.modified.as_deref(),
        Some("2024-01-02T00:00:00.000Z")
    );
    assert_eq!(store.stix_versions(&lv(), green).unwrap().len(), 2);
    assert_eq!(store.stix_versions(&fr(), green).unwrap().len(), 1);
    // F11: FR did not create the object, so FR cannot publish a version of it, whether or not
    // it sees LV's versions (STIX 2.1 §3.6); nothing lands and FR's latest is unchanged.
    let fr_import = ingest(&store, &fr(), &bundle(vec![green_v2.clone()]));
    assert_eq!(fr_import.new_versions + fr_import.added, 0);
    assert_eq!(fr_import.events, 0);
    assert_eq!(fr_import.rejected.len(), 1);
    assert_eq!(
        fr_import.rejected[0].refusal.as_ref().map(|r| r.code),
        Some("stix.not_creator")
    );
    assert_eq!(
        store
            .stix_object(&fr(), green)
            .unwrap()
            .unwrap()
            .modified
            .as_deref(),
        Some("2024-01-02T00:00:00.000Z")
    );
    // F19: LV's colleague cannot see the RED revision; their import of the same version is
    // neither a silent duplicate nor an oracle: it lands as their own copy, which they see.
    let colleague = ingest(&store, &lv2(), &bundle(vec![green_v2]));
    assert_eq!((colleague.new_versions, colleague.duplicates), (1, 0));
    assert_eq!(colleague.events, 1);
    assert_eq!(
        store
            .stix_object(&lv2(), green)
            .unwrap()
            .unwrap()
            .modified
            .as_deref(),
        Some("2024-03-01T00:00:00.000Z")
    );

    // An older version arriving later is recorded, but the latest stays.
    let older = indicator(amber, "2024-01-01T12:00:00.000Z", &[TLP2_AMBER]);
    let r = ingest(&store, &lv(), &bundle(vec![older]));
    assert_eq!(r.older_versions, 1);
    assert_eq!(store.stix_versions(&lv(), amber).unwrap().len(), 2);
    assert_eq!(
        store
            .stix_object(&lv(), amber)
            .unwrap()
            .unwrap()
            .modified
            .as_deref(),
        Some("2024-01-02T00:00:00.000Z")
    );
    drop(store);
    let report = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

#[test]
fn a_dossiers_stix_evidence_exports_as_a_valid_bundle() {
    let dir = tmp();
    let store = open(dir.path());
    ingest(&store, &lv(), &std::fs::read(ICS_18).unwrap());
    let amber = "indicator--1e8bb2a4-c3e2-4a4b-93ae-a9a18efba2b5";
    ingest(
        &store,
        &lv(),
        &bundle(vec![indicator(
            amber,
            "2024-01-02T00:00:00.000Z",
            &[TLP2_AMBER],
        )]),
    );
    let file = objects(ICS_18);
    let set = file.iter().find(|o| o["type"] == "intrusion-set").unwrap();
    let pattern = file.iter().find(|o| o["type"] == "attack-pattern").unwrap();
    let chair = viewer("eeas.chair", "EEAS");
    store
        .create_dossier(
            &named(&chair),
            Some("ics-case"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "ICS intrusion"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::tlp(Tlp::Green),
        )
        .unwrap();
    for id in [
        set["id"].as_str().unwrap(),
        pattern["id"].as_str().unwrap(),
        amber,
    ] {
        store
            .add_evidence(
                &lv(),
                "ics-case",
                EvidenceItem {
                    kind: EvidenceKind::Stix,
                    title: format!("STIX {id}"),
                    url: None,
                    text: None,
                    source: Some("MITRE ATT&CK".into()),
                    reliability: None,
                    credibility: None,
                    stix_id: Some(id.into()),
                },
                None,
            )
            .unwrap();
    }
    let check = |v: &Viewer| -> Vec<Value> {
        let b = store.dossier_stix_bundle(v, "ics-case").unwrap();
        assert_eq!(b["type"], "bundle");
        assert!(b["id"].as_str().unwrap().starts_with("bundle--"));
        let bytes = serde_json::to_vec(&b).unwrap();
        let mut errors = Vec::new();
        let report = entente_stix::validate_slice(&bytes, &entente_stix::Options::default(), |r| {
            errors.extend(
                r.findings
                    .into_iter()
                    .filter(|f| f.severity == entente_stix::Severity::Error),
            )
        })
        .unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(report.is_valid(), "{:?}", report.findings);
        // Every marking referenced is in the bundle.
        assert!(
            report
                .findings
                .iter()
                .all(|f| f.rule.code() != "unresolved-marking"),
            "{:?}",
            report.findings
        );
        b["objects"].as_array().unwrap().clone()
    };
    let lv_objects = check(&lv());
    let ids: Vec<&str> = lv_objects
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&set["id"].as_str().unwrap()));
    assert!(ids.contains(&pattern["id"].as_str().unwrap()));
    assert!(ids.contains(&amber));
    assert!(
        ids.contains(&TLP2_AMBER),
        "the TLP 2.0 definition is generated"
    );
    assert!(ids.contains(&"marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168"));
    assert_eq!(
        lv_objects.iter().find(|o| o["id"] == set["id"]).unwrap(),
        set
    );
    // FR sees the dossier and the GREEN evidence, not the AMBER object.
    let fr_objects = check(&fr());
    assert!(fr_objects.iter().all(|o| o["id"] != amber));
    assert!(fr_objects.iter().any(|o| o["id"] == set["id"]));
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
