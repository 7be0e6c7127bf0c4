//! The watch (issue 18) through the store: measures recorded, imported twice as one measure with
//! two sightings, advanced through their lifecycle, alerts matching subscriptions, FIMI incidents
//! with DISARM techniques and countermeasures, an election monitoring record and its timeline, a
//! human rights record and its update; hidden items answer like missing ones; `rebuild` refolds
//! the same projections.

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, TimeZone, Utc};
use entente_core::account::Role;
use entente_core::watch::election::{EntryAdded, MissionRecorded};
use entente_core::watch::feed::{self, Defaults};
use entente_core::watch::fimi::{
    Channel, CountermeasureApplied, FimiActor, IncidentFacts, TechniqueUse,
};
use entente_core::watch::measure::{Effect, MeasureRecorded};
use entente_core::watch::rights::{RightsRecord, RightsUpdated};
use entente_core::watch::subscription::Subscription;
use entente_core::watch::text::Source;
use entente_core::watch::{Instrument, Stage, Topic};
use entente_core::{Classification, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::watch::policy::MeasureFilter;
use entente_store::{FixedClock, Options, SqliteStore, Watch};

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

fn viewer(user: &str, party: &str, roles: &[Role]) -> Viewer {
    Viewer {
        user: UserId::parse(user).unwrap(),
        party: PartyId::parse(party).unwrap(),
        clearance: Some(Classification::SecretUe),
        roles: roles.iter().cloned().collect(),
    }
}

fn lv() -> Viewer {
    viewer("lv.analyst", "LV", &[Role::Analyst])
}
fn fr() -> Viewer {
    viewer("fr.delegate", "FR", &[Role::Delegate])
}
fn observer() -> Viewer {
    viewer("de.observer", "DE", &[Role::Observer])
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn green() -> Marking {
    Marking::tlp(Tlp::Green)
}
fn amber() -> Marking {
    Marking::tlp(Tlp::Amber)
}

fn measure(jurisdiction: &str, title: &str, topic: &str, stage: &str) -> MeasureRecorded {
    MeasureRecorded {
        id: String::new(),
        jurisdiction: jurisdiction.into(),
        title: title.into(),
        original_title: None,
        instrument: Instrument::parse("law").unwrap(),
        topics: [Topic::parse(topic).unwrap()].into(),
        summary: None,
        url: Some("https://example.org/law".into()),
        stage: Stage::parse(stage).unwrap(),
        stage_date: Some(d("2023-08-11")),
        sources: vec![Source {
            title: "Official gazette".into(),
            url: None,
            publisher: None,
            date: None,
        }],
        sectors: vec![],
        processes: vec![],
        import_key: None,
    }
}

const FEED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
<entry><id>urn:in-dpdp</id><title>Digital Personal Data Protection Act, 2023</title>
<link href="https://example.org/dpdp"/><published>2023-08-11T00:00:00Z</published>
<category term="data-protection"/><category term="jurisdiction:IN"/><category term="stage:adopted"/></entry>
<entry><id>urn:cn-pipl</id><title>Personal Information Protection Law</title>
<link href="https://example.org/pipl"/><published>2021-08-20T00:00:00Z</published>
<category term="data-flows"/><category term="jurisdiction:CN"/><category term="stage:adopted"/></entry>
</feed>"#;

fn items(feed_text: &str) -> Vec<feed::ImportItem> {
    let d = Defaults {
        instrument: Some(Instrument::parse("law").unwrap()),
        ..Defaults::default()
    };
    feed::prepare(feed::parse(feed_text.as_bytes()).unwrap(), &d).unwrap()
}

fn all(store: &SqliteStore, who: &Viewer) -> Vec<String> {
    let f = MeasureFilter {
        limit: 100,
        ..MeasureFilter::default()
    };
    let (ms, _) = store.measures(who, &f).unwrap();
    ms.into_iter().map(|m| m.id).collect()
}

#[test]
fn a_feed_imported_twice_is_one_measure_per_item_with_two_sightings_and_a_later_stage_advances_it()
{
    let dir = tmp();
    let store = open(dir.path());
    let first = store
        .import_measures(&lv(), "tracker feed", items(FEED), green())
        .unwrap();
    assert_eq!((first.items, first.created, first.sighted), (2, 2, 2));
    let again = store
        .import_measures(&lv(), "tracker feed", items(FEED), green())
        .unwrap();
    assert_eq!(
        (again.created, again.sighted, again.stage_changes),
        (0, 2, 0)
    );
    let ids = all(&store, &fr());
    assert_eq!(ids.len(), 2, "{ids:?}");
    for id in &ids {
        assert_eq!(store.measure(&fr(), id).unwrap().unwrap().sightings, 2);
    }
    // The same item reported in force: a sighting and a dated stage change.
    let later = FEED
        .replace(
            "stage:adopted\"/></entry>\n<entry>",
            "stage:in-force\"/></entry>\n<entry>",
        )
        .replace("2023-08-11T00:00:00Z", "2025-11-14T00:00:00Z");
    let third = store
        .import_measures(&lv(), "tracker feed", items(&later), green())
        .unwrap();
    assert_eq!((third.created, third.stage_changes), (0, 1));
    let dpdp = ids
        .iter()
        .map(|id| store.measure(&fr(), id).unwrap().unwrap())
        .find(|m| m.record.jurisdiction == "IN")
        .unwrap();
    assert_eq!(dpdp.stage.as_str(), "in-force");
    assert_eq!(dpdp.stage_date, Some(d("2025-11-14")));
    let log = store.measure_log(&fr(), &dpdp.id).unwrap();
    assert!(
        log.iter()
            .any(|l| l.kind == "stage" && l.date == Some(d("2025-11-14"))),
        "{log:?}"
    );

    // A batch with one bad item records nothing.
    let before = store
        .measures(
            &fr(),
            &MeasureFilter {
                limit: 100,
                ..Default::default()
            },
        )
        .unwrap()
        .1;
    let mut bad = items(FEED);
    bad[0].key = "urn:new".into();
    bad[1].key = "urn:new-too".into();
    bad[1].jurisdiction = "Narnia".into();
    assert!(store.import_measures(&lv(), "bad", bad, green()).is_err());
    let after = store
        .measures(
            &fr(),
            &MeasureFilter {
                limit: 100,
                ..Default::default()
            },
        )
        .unwrap()
        .1;
    assert_eq!(before, after);

    // An observer may not import.
    let e = store
        .import_measures(&observer(), "x", items(FEED), green())
        .unwrap_err();
    assert_eq!(e.code(), "forbidden", "{e}");

    drop(store);
    let report = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

#[test]
fn a_hidden_measure_answers_like_a_missing_one_on_reads_and_writes() {
    let dir = tmp();
    let store = open(dir.path());
    let m = store
        .record_measure(
            &lv(),
            Some("in dpdp"),
            measure("IN", "DPDP Act", "data-protection", "adopted"),
            amber(),
        )
        .unwrap();
    assert!(store.measure(&lv(), &m.id).unwrap().is_some());
    assert!(store.measure(&fr(), &m.id).unwrap().is_none());
    assert!(all(&store, &fr()).is_empty());
    let hidden = store
        .change_stage(
            &fr(),
            &m.id,
            Stage::parse("in-force").unwrap(),
            d("2025-11-14"),
            None,
            None,
        )
        .unwrap_err();
    let missing = store
        .change_stage(
            &fr(),
            "no-such-measure",
            Stage::parse("in-force").unwrap(),
            d("2025-11-14"),
            None,
            None,
        )
        .unwrap_err();
    assert_eq!(hidden.code(), "not_found");
    assert_eq!(
        hidden.to_string().replace(&m.id, "X"),
        missing.to_string().replace("no-such-measure", "X")
    );
    assert!(store.measure_log(&fr(), &m.id).is_err());
    assert!(store.measure_counts(&fr(), None).unwrap().is_empty());
    assert_eq!(
        store.measure_counts(&lv(), None).unwrap(),
        vec![("IN".to_string(), 1)]
    );
}

#[test]
fn the_lifecycle_is_enforced_and_each_change_is_a_dated_event() {
    let dir = tmp();
    let store = open(dir.path());
    let m = store
        .record_measure(
            &lv(),
            None,
            measure("CN", "PIPL", "data-flows", "adopted"),
            green(),
        )
        .unwrap();
    assert!(m.id.starts_with("cn-pipl-"), "{}", m.id);
    let back = store
        .change_stage(
            &fr(),
            &m.id,
            Stage::parse("announced").unwrap(),
            d("2024-01-01"),
            None,
            None,
        )
        .unwrap_err();
    assert_eq!(back.code(), "invalid_input", "{back}");
    let earlier = store
        .change_stage(
            &fr(),
            &m.id,
            Stage::parse("in-force").unwrap(),
            d("2020-01-01"),
            None,
            None,
        )
        .unwrap_err();
    assert_eq!(earlier.code(), "invalid_input", "{earlier}");
    let v = store
        .change_stage(
            &fr(),
            &m.id,
            Stage::parse("in-force").unwrap(),
            d("2024-01-01"),
            Some("in force".into()),
            None,
        )
        .unwrap();
    assert_eq!(v.stage.as_str(), "in-force");
    store
        .note_measure(
            &fr(),
            &m.id,
            Effect::parse("adverse").unwrap(),
            "Transfers need a security assessment.".into(),
        )
        .unwrap();
    let log = store.measure_log(&lv(), &m.id).unwrap();
    let kinds: Vec<&str> = log.iter().map(|l| l.kind.as_str()).collect();
    assert!(
        kinds.contains(&"recorded") && kinds.contains(&"stage") && kinds.contains(&"note"),
        "{kinds:?}"
    );
    let tl = store.jurisdiction_timeline(&lv(), "CN").unwrap();
    assert_eq!(tl.len(), 2, "{tl:?}");
}

#[test]
fn alerts_reach_the_subscriber_for_matching_changes_they_may_see() {
    let dir = tmp();
    let store = open(dir.path());
    let early = store
        .record_measure(
            &lv(),
            None,
            measure("IN", "Before subscribing", "data-protection", "adopted"),
            green(),
        )
        .unwrap();
    let sub = Subscription {
        label: "Data protection in India".into(),
        topics: [Topic::parse("data-protection").unwrap()].into(),
        jurisdictions: ["IN".to_string()].into(),
        stages: Default::default(),
        email: None,
    };
    store.subscribe(&fr(), None, sub).unwrap();
    let hit = store
        .record_measure(
            &lv(),
            None,
            measure("IN", "DPDP Rules", "data-protection", "consultation"),
            green(),
        )
        .unwrap();
    store
        .record_measure(
            &lv(),
            None,
            measure("CN", "Other country", "data-protection", "adopted"),
            green(),
        )
        .unwrap();
    store
        .record_measure(
            &lv(),
            None,
            measure("IN", "Other topic", "ai", "adopted"),
            green(),
        )
        .unwrap();
    store
        .record_measure(
            &lv(),
            None,
            measure("IN", "Hidden from FR", "data-protection", "adopted"),
            amber(),
        )
        .unwrap();
    store
        .change_stage(
            &lv(),
            &early.id,
            Stage::parse("in-force").unwrap(),
            d("2025-11-14"),
            None,
            None,
        )
        .unwrap();
    let alerts = store.alerts(&fr(), 50).unwrap();
    let got: Vec<(&str, &str)> = alerts
        .iter()
        .map(|a| (a.line.measure.as_str(), a.line.what.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (early.id.as_str(), "in-force"),
            (hit.id.as_str(), "recorded")
        ]
    );
    assert!(
        store.alerts(&lv(), 50).unwrap().is_empty(),
        "not subscribed"
    );
    // Subscriptions are the account's own: another cannot remove them, and a bad address is
    // refused.
    let mine = store.subscriptions(&fr()).unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(
        store.unsubscribe(&lv(), &mine[0].id).unwrap_err().code(),
        "not_found"
    );
    let bad = Subscription {
        label: "x".into(),
        topics: Default::default(),
        jurisdictions: Default::default(),
        stages: Default::default(),
        email: Some("a@b\r\nBcc: c@d".into()),
    };
    assert_eq!(
        store.subscribe(&fr(), None, bad).unwrap_err().code(),
        "invalid_input"
    );
    store.unsubscribe(&fr(), &mine[0].id).unwrap();
    assert!(store.alerts(&fr(), 50).unwrap().is_empty());
}

fn incident() -> IncidentFacts {
    IncidentFacts {
        name: "Doppelganger".into(),
        summary: "Clones of European media sites spread fabricated articles.".into(),
        first_seen: Some(d("2022-05-01")),
        last_seen: None,
        techniques: vec![
            TechniqueUse {
                technique: "T0086.003".into(),
                note: Some("edited screenshots".into()),
            },
            TechniqueUse {
                technique: "T0049".into(),
                note: None,
            },
        ],
        actors: vec![FimiActor {
            name: "Social Design Agency".into(),
            kind: "commercial".into(),
            country: Some("RU".into()),
        }],
        channels: vec![Channel {
            platform: "X".into(),
            kind: "social-account".into(),
            identifier: None,
        }],
        narratives: vec!["Sanctions hurt Europe".into()],
        targets: vec!["DE".into(), "FR".into()],
        languages: vec!["de".into(), "fr".into()],
        sources: vec![Source {
            title: "2nd EEAS Report on FIMI Threats".into(),
            url: None,
            publisher: Some("EEAS".into()),
            date: Some(d("2024-01-23")),
        }],
    }
}

#[test]
fn a_fimi_incident_carries_disarm_techniques_and_the_countermeasure_a_response_applies() {
    let dir = tmp();
    let store = open(dir.path());
    let v = store
        .record_incident(&lv(), None, incident(), green())
        .unwrap();
    assert_eq!(v.facts.techniques.len(), 2);
    let mut bad = incident();
    bad.techniques[0].technique = "T9999".into();
    let e = store
        .record_incident(&lv(), None, bad, green())
        .unwrap_err();
    assert_eq!(e.code(), "invalid_input");
    assert!(e.to_string().contains("techniques[0]"), "{e}");
    let cm = entente_core::watch::disarm::catalogue()
        .countermeasures()
        .iter()
        .find(|c| c.techniques.iter().any(|t| t == "T0049"))
        .map(|c| c.id.clone())
        .expect("a countermeasure of T0049 in DISARM's blue framework");
    let with = store
        .apply_countermeasure(
            &fr(),
            CountermeasureApplied {
                incident: v.id.clone(),
                countermeasure: cm.clone(),
                note: "platform takedowns requested".into(),
                response: None,
                date: Some(d("2024-06-01")),
            },
        )
        .unwrap();
    assert_eq!(with.countermeasures[0].countermeasure, cm);
    let unknown = store
        .apply_countermeasure(
            &fr(),
            CountermeasureApplied {
                incident: v.id.clone(),
                countermeasure: "C99999".into(),
                note: "x".into(),
                response: None,
                date: None,
            },
        )
        .unwrap_err();
    assert_eq!(unknown.code(), "invalid_input");
    // An analyst of another party may not revise it; its originator may.
    let other = viewer("fr.analyst", "FR", &[Role::Analyst]);
    assert_eq!(
        store
            .revise_incident(&other, &v.id, incident())
            .unwrap_err()
            .code(),
        "forbidden"
    );
    let mut f = incident();
    f.last_seen = Some(d("2024-09-01"));
    assert_eq!(store.revise_incident(&lv(), &v.id, f).unwrap().version, 2);
    // Hidden like missing.
    let hidden = store
        .record_incident(&lv(), None, incident(), amber())
        .unwrap();
    assert!(store.incident(&fr(), &hidden.id).unwrap().is_none());
    assert_eq!(store.incidents(&fr(), None).unwrap().len(), 1);
    let e = store.link_incident(&fr(), &hidden.id, "any").unwrap_err();
    assert_eq!(e.code(), "not_found");
    drop(store);
    let report = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}

#[test]
fn an_election_mission_keeps_a_timeline_and_a_rights_record_its_updates() {
    let dir = tmp();
    let store = open(dir.path());
    let inc = store
        .record_incident(&lv(), None, incident(), green())
        .unwrap();
    let m = store
        .record_mission(
            &lv(),
            None,
            MissionRecorded {
                id: String::new(),
                name: "EU EOM Moldova 2024".into(),
                country: "MD".into(),
                election_date: d("2024-10-20"),
                election: "presidential".into(),
                platforms: vec!["Telegram".into(), "TikTok".into()],
                accounts: vec![],
            },
            green(),
        )
        .unwrap();
    let id = m.record.id.clone();
    for (date, kind, text, incident) in [
        (
            "2024-10-20",
            "milestone",
            "First round and referendum",
            None,
        ),
        (
            "2024-09-01",
            "incident",
            "Paid networks on Telegram",
            Some(inc.id.clone()),
        ),
        (
            "2024-10-22",
            "finding",
            "Online vote-buying schemes observed",
            None,
        ),
    ] {
        store
            .add_mission_entry(
                &lv(),
                EntryAdded {
                    mission: id.clone(),
                    date: d(date),
                    kind: kind.into(),
                    text: text.into(),
                    incident,
                    platform: None,
                },
            )
            .unwrap();
    }
    let tl = store.mission_entries(&fr(), &id).unwrap();
    let dates: Vec<String> = tl.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2024-09-01", "2024-10-20", "2024-10-22"], "by date");
    let bad = store
        .add_mission_entry(
            &lv(),
            EntryAdded {
                mission: id.clone(),
                date: d("2024-10-23"),
                kind: "gossip".into(),
                text: "x".into(),
                incident: None,
                platform: None,
            },
        )
        .unwrap_err();
    assert_eq!(bad.code(), "invalid_input");
    // An incident stricter than the mission may not be named in its timeline.
    let strict = store
        .record_incident(&lv(), None, incident(), amber())
        .unwrap();
    let e = store
        .add_mission_entry(
            &lv(),
            EntryAdded {
                mission: id.clone(),
                date: d("2024-10-23"),
                kind: "incident".into(),
                text: "x".into(),
                incident: Some(strict.id.clone()),
                platform: None,
            },
        )
        .unwrap_err();
    assert_eq!(e.code(), "invalid_input", "{e}");
    assert_eq!(
        store.mission_entries(&fr(), &id).unwrap().len(),
        3,
        "nothing recorded"
    );

    let r = store
        .record_rights(
            &lv(),
            None,
            RightsRecord {
                kind: "shutdown".into(),
                country: "IR".into(),
                title: "Mobile internet shutdown".into(),
                summary: "Mobile data cut during protests.".into(),
                start: d("2022-09-21"),
                end: None,
                scope: Some("national".into()),
                regions: None,
                services: vec!["mobile data".into()],
                sources: vec![Source {
                    title: "NetBlocks".into(),
                    url: None,
                    publisher: None,
                    date: None,
                }],
            },
            green(),
        )
        .unwrap();
    let u = store
        .update_rights(
            &lv(),
            RightsUpdated {
                record: r.id.clone(),
                date: d("2022-10-05"),
                text: "Partly restored".into(),
                ended: Some(d("2022-10-05")),
            },
        )
        .unwrap();
    assert_eq!(u.ended, Some(d("2022-10-05")));
    assert_eq!(store.rights_updates(&fr(), &r.id).unwrap().len(), 1);
    assert_eq!(
        store
            .rights_records(&fr(), Some("shutdown"), Some("IR"))
            .unwrap()
            .len(),
        1
    );
    assert!(
        store
            .rights_records(&fr(), Some("surveillance"), None)
            .unwrap()
            .is_empty()
    );
    drop(store);
    let report = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(report.differing.is_empty(), "{:?}", report.differing);
}
