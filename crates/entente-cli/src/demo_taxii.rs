//! The demo's STIX objects and TAXII collections (issue 13), so that a newcomer can point a
//! TAXII 2.1 client at `entente demo` at once (`http://127.0.0.1:8080/taxii2/`, HTTP Basic
//! with a demo account):
//!
//! - **ATT&CK for ICS (reference)**, alias `attack-ics`: the tactics, techniques, software,
//!   groups and campaigns of ATT&CK for ICS 18.1 (141 objects of `data/ics-attack-reference.json`,
//!   TLP:CLEAR), for every member. The whole bundle (1,827 objects) is not loaded: it would
//!   more than double the demo's start-up time (see docs/benchmarks.md); `entente import`
//!   loads it whole.
//! - **Exercise BALTIC GRID: evidence**, alias `baltic-grid`: the STIX objects the exercise's
//!   evidence cites (fictional, TLP:AMBER releasable to EE, LV, LT and PL), for those parties
//!   only; everyone else gets 404 for it, like a missing collection.
//! - **Shared inbox**, alias `inbox`: objects members add through TAXII (§5.5), readable by
//!   every member, deletable by their creating party.

use anyhow::{Context, Result};
use entente_core::picture::events::{Credibility, EvidenceItem, EvidenceKind, Reliability};
use entente_core::{Marking, PartyId, Tlp, Viewer};
use entente_store::Store;
use entente_store::taxii::{Access, CollectionDefined, CollectionDefinition, CollectionFilter};
use serde_json::{Value, json};

const REFERENCE: &str = include_str!("../../../data/ics-attack-reference.json");

pub const ATTACK_ICS: &str = "6a0c0d2e-2b7c-4f55-9d0e-1c8f3a4b5c6d";
pub const BALTIC: &str = "b1a7c9e0-3d2f-4e8a-9c1b-0f2e3d4c5b6a";
pub const INBOX: &str = "0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
const MITRE: &str = "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5";

const GREY_LANTERN: &str = "intrusion-set--5f0c2a8e-7b4d-4e1a-9c3f-2d6b8a1e4f70";
const WIPER: &str = "malware--9e3d1c7a-2f4b-4a6e-8d5c-1b0a9f8e7d60";
const BEACON: &str = "indicator--3c7e9a1b-5d2f-4b8c-9e0a-6f1d2c3b4a50";

/// The fictional STIX objects of the Baltic exercise (STIX 2.1, valid).
fn baltic_objects() -> Vec<Value> {
    let t = "2026-11-02T08:00:00.000Z";
    vec![
        json!({"type": "intrusion-set", "spec_version": "2.1", "id": GREY_LANTERN, "created": t, "modified": t,
               "name": "GREY LANTERN (fictional)",
               "description": "Exercise BALTIC GRID: the fictional actor behind the intrusions into transmission system operators. Not a real group."}),
        json!({"type": "malware", "spec_version": "2.1", "id": WIPER, "created": t, "modified": t,
               "name": "LANTERNWIPE (fictional)", "is_family": true, "malware_types": ["wiper"],
               "description": "Exercise BALTIC GRID: the wiper found on control-centre workstations. Not real."}),
        json!({"type": "indicator", "spec_version": "2.1", "id": BEACON, "created": t, "modified": t,
               "name": "GREY LANTERN beacon address (fictional, documentation range)",
               "pattern": "[ipv4-addr:value = '203.0.113.77']", "pattern_type": "stix",
               "valid_from": t, "indicator_types": ["malicious-activity"]}),
        json!({"type": "relationship", "spec_version": "2.1",
               "id": "relationship--7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c40", "created": t, "modified": t,
               "relationship_type": "uses", "source_ref": GREY_LANTERN, "target_ref": WIPER}),
        json!({"type": "relationship", "spec_version": "2.1",
               "id": "relationship--8b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d50", "created": t, "modified": t,
               "relationship_type": "indicates", "source_ref": BEACON, "target_ref": GREY_LANTERN}),
    ]
}

fn define(
    store: &dyn Store,
    system: &Viewer,
    def: CollectionDefined,
    marking: Marking,
) -> Result<()> {
    let id = def.id.clone();
    store
        .define_collection(system, CollectionDefinition { def, marking })
        .with_context(|| format!("demo collection {id}"))?;
    Ok(())
}

/// Loads the reference objects, the exercise's objects and evidence, and the collections.
pub fn load(store: &dyn Store, system: &Viewer) -> Result<()> {
    let doc: Value = serde_json::from_str(REFERENCE).context("data/ics-attack-reference.json")?;
    let bundle = serde_json::to_vec(&doc["bundle"])?;
    let mut input: &[u8] = &bundle;
    let r = store.ingest_stix(system, &mut input, &Marking::clear(), &mut |_| {})?;
    if !r.rejected.is_empty() {
        anyhow::bail!(
            "data/ics-attack-reference.json: {} objects refused by the validator",
            r.rejected.len()
        );
    }

    let baltic_parties: Vec<PartyId> = ["EE", "LV", "LT", "PL"]
        .iter()
        .map(|p| PartyId::parse(p))
        .collect::<Result<_, _>>()?;
    let mut amber = Marking::tlp(Tlp::Amber);
    amber.releasable_to = baltic_parties.iter().cloned().collect();
    let analyst = crate::demo_picture::as_user("lv.analyst")?;
    let bundle = serde_json::to_vec(&json!({
        "type": "bundle",
        "id": "bundle--2e4f6a8c-0b1d-4e3f-9a5c-7d9e1f3a5b70",
        "objects": baltic_objects(),
    }))?;
    let mut input: &[u8] = &bundle;
    let r = store.ingest_stix(&analyst, &mut input, &amber, &mut |_| {})?;
    if !r.rejected.is_empty() {
        anyhow::bail!(
            "the Baltic exercise's STIX objects were refused: {:?}",
            r.to_json()
        );
    }
    for (id, title) in [
        (GREY_LANTERN, "GREY LANTERN (fictional intrusion set)"),
        (WIPER, "LANTERNWIPE (fictional wiper)"),
        (BEACON, "GREY LANTERN beacon address (fictional indicator)"),
    ] {
        store
            .add_evidence(
                &analyst,
                "exercise-baltic-grid",
                EvidenceItem {
                    kind: EvidenceKind::Stix,
                    title: title.into(),
                    url: None,
                    text: None,
                    source: Some("Latvian CERT, exercise material (fictional)".into()),
                    reliability: Some(Reliability::B),
                    credibility: Some(Credibility::new(2)?),
                    stix_id: Some(id.into()),
                },
                None,
            )
            .with_context(|| format!("Baltic evidence {id}"))?;
    }

    define(
        store,
        system,
        CollectionDefined {
            id: ATTACK_ICS.into(),
            title: "MITRE ATT&CK for ICS 18.1 (reference)".into(),
            description: Some(
                "Tactics, techniques, software, groups and campaigns of ATT&CK for ICS, as published by MITRE (TLP:CLEAR).".into(),
            ),
            alias: Some("attack-ics".into()),
            filter: CollectionFilter {
                created_by: Some(MITRE.into()),
                ..CollectionFilter::default()
            },
            can_read: Access::everyone(),
            can_write: None,
            allow_delete: false,
        },
        Marking::tlp(Tlp::Green),
    )?;
    define(
        store,
        system,
        CollectionDefined {
            id: BALTIC.into(),
            title: "Exercise BALTIC GRID: evidence (fictional)".into(),
            description: Some(
                "The STIX objects cited by the exercise's evidence. TLP:AMBER, for EE, LV, LT and PL.".into(),
            ),
            alias: Some("baltic-grid".into()),
            filter: CollectionFilter {
                dossier: Some("exercise-baltic-grid".into()),
                ..CollectionFilter::default()
            },
            can_read: Access::parties(baltic_parties.clone()),
            can_write: None,
            allow_delete: false,
        },
        amber,
    )?;
    define(
        store,
        system,
        CollectionDefined {
            id: INBOX.into(),
            title: "Shared inbox".into(),
            description: Some(
                "Objects members add through TAXII; every member reads them, their creating party may delete them.".into(),
            ),
            alias: Some("inbox".into()),
            filter: CollectionFilter {
                posted_only: true,
                ..CollectionFilter::default()
            },
            can_read: Access::everyone(),
            can_write: Some(Access::everyone()),
            allow_delete: true,
        },
        Marking::tlp(Tlp::Green),
    )?;
    Ok(())
}
