//! FIMI incidents as STIX 2.1 (OASIS, STIX Version 2.1, 2021): what OpenCTI and MISP import and
//! the EEAS uses to share FIMI incidents. Pure: incidents in, a bundle out; the caller passes the
//! times. Every id is derived (UUIDv5, RFC 9562 §5.5) from entente's namespace and the item, so
//! the same incident always exports as the same objects.
//!
//! The bundle holds, per incident:
//! - an `incident` (§4.9) with the originating party as an `identity` (§4.10) behind
//!   `created_by_ref`, its sources as `external_references` and the DISARM tactics it touched as
//!   `kill_chain_phases`;
//! - the DISARM `attack-pattern`s it used, exactly as the DISARM Foundation published them (same
//!   ids and versions, with DISARM's identity and licence statement), each joined by an
//!   `incident uses attack-pattern` relationship carrying the analyst's note;
//! - a `threat-actor` (§4.16) per actor (`incident attributed-to threat-actor`), an
//!   `infrastructure` (§4.11) per channel (`incident uses infrastructure`, and the actors
//!   `use` it);
//! - a `course-of-action` (§4.3) per DISARM countermeasure applied, which `mitigates` the
//!   techniques it counters and is `related-to` the incident;
//! - a `note` (§4.12) with the narratives, targets and languages, which STIX's incident has no
//!   properties for.
//!
//! Every object derived from an incident carries the incident's TLP 2.0 marking.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::marking::Tlp;
use crate::watch::disarm::catalogue;
use crate::watch::fimi::IncidentFacts;

/// entente's UUIDv5 namespace for the STIX objects it derives.
const NAMESPACE: Uuid = Uuid::from_u128(0x6e74_656e_7465_4f49_8d4d_5f57_4154_4348_u128);

/// An incident to export, with what the store knows about it.
#[derive(Clone, Debug)]
pub struct IncidentExport<'a> {
    pub id: &'a str,
    pub facts: &'a IncidentFacts,
    /// The originating party (`EEAS`, `DE`).
    pub origin: &'a str,
    pub tlp: Tlp,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
    /// Countermeasures applied: (DISARM id, note).
    pub countermeasures: Vec<(&'a str, &'a str)>,
}

fn sid(kind: &str, key: &str) -> String {
    format!(
        "{kind}--{}",
        Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes())
    )
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The STIX id of the TLP 2.0 marking definition of `tlp`.
pub fn tlp_marking_ref(tlp: Tlp) -> &'static str {
    let level = match tlp {
        Tlp::Clear => "clear",
        Tlp::Green => "green",
        Tlp::Amber => "amber",
        Tlp::AmberStrict => "amber+strict",
        Tlp::Red => "red",
    };
    entente_stix::vocab::TLP_MARKINGS
        .iter()
        .find(|m| m.version == 2 && m.level == level)
        .map(|m| m.id)
        .unwrap_or("")
}

/// The STIX id of an incident in exports.
pub fn incident_id(id: &str) -> String {
    sid("incident", id)
}

/// The tactic's short name as DISARM's STIX uses it in kill chain phases (`plan-strategy`).
fn phase_name(tactic_name: &str) -> String {
    tactic_name
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A bundle of `incidents` (an empty list gives an empty bundle). `bundle_key` names the bundle
/// (its id is derived from it).
pub fn bundle(bundle_key: &str, incidents: &[IncidentExport<'_>]) -> Value {
    let cat = catalogue();
    let mut objects: Vec<Value> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut push = |objects: &mut Vec<Value>, o: Value| {
        let id = o["id"].as_str().unwrap_or_default().to_string();
        if seen.insert(id) {
            objects.push(o);
        }
    };
    for inc in incidents {
        let marking = tlp_marking_ref(inc.tlp);
        let created = ts(inc.created);
        let modified = ts(inc.modified.max(inc.created));
        let party = sid("identity", &format!("party:{}", inc.origin));
        push(
            &mut objects,
            json!({
                "type": "identity", "spec_version": "2.1", "id": party,
                "created": created, "modified": created,
                "name": inc.origin, "identity_class": "organization",
            }),
        );
        let techniques = inc.facts.technique_ids();
        let mut phases: Vec<Value> = Vec::new();
        for t in &techniques {
            let Some(tech) = cat.technique(t) else {
                continue;
            };
            if let Some(tactic) = cat.tactic(&tech.tactic) {
                let p =
                    json!({"kill_chain_name": "disarm", "phase_name": phase_name(&tactic.name)});
                if !phases.contains(&p) {
                    phases.push(p);
                }
            }
        }
        let incident = incident_id(inc.id);
        let mut o = json!({
            "type": "incident", "spec_version": "2.1", "id": incident,
            "created": created, "modified": modified, "created_by_ref": party,
            "name": inc.facts.name, "description": inc.facts.summary,
            "labels": ["fimi"],
            "object_marking_refs": [marking],
        });
        if !phases.is_empty() {
            o["kill_chain_phases"] = Value::Array(phases);
        }
        let refs: Vec<Value> =
            std::iter::once(json!({"source_name": "entente", "external_id": inc.id}))
                .chain(inc.facts.sources.iter().map(|s| {
                    let mut r = json!({"source_name": s.title});
                    if let Some(u) = &s.url {
                        r["url"] = json!(u);
                    }
                    // A reference needs a description, URL or external id (STIX 2.1 §2.5).
                    r["description"] = json!(match (&s.publisher, s.date) {
                        (Some(p), Some(d)) => format!("{p}, {d}"),
                        (Some(p), None) => p.clone(),
                        (None, Some(d)) => format!("{}, {d}", s.title),
                        (None, None) => s.title.clone(),
                    });
                    r
                }))
                .collect();
        o["external_references"] = Value::Array(refs);
        push(&mut objects, o);
        let rel =
            |objects: &mut Vec<Value>, kind: &str, src: &str, dst: &str, note: Option<&str>| {
                let mut r = json!({
                    "type": "relationship", "spec_version": "2.1",
                    "id": sid("relationship", &format!("{src}:{kind}:{dst}")),
                    "created": created, "modified": modified, "created_by_ref": party,
                    "relationship_type": kind, "source_ref": src, "target_ref": dst,
                    "object_marking_refs": [marking],
                });
                if let Some(n) = note.filter(|n| !n.trim().is_empty()) {
                    r["description"] = json!(n);
                }
                objects.push(r);
            };
        if !techniques.is_empty() {
            push(&mut objects, cat.stix_identity().clone());
            push(&mut objects, cat.stix_marking().clone());
        }
        for t in &inc.facts.techniques {
            let Some(tech) = cat.technique(&t.technique) else {
                continue;
            };
            push(&mut objects, tech.stix.clone());
            rel(
                &mut objects,
                "uses",
                &incident,
                &tech.stix_id,
                t.note.as_deref(),
            );
        }
        let mut actors = Vec::new();
        for a in &inc.facts.actors {
            let id = sid(
                "threat-actor",
                &format!("{}:{}", inc.id, a.name.to_lowercase()),
            );
            let types = match a.kind.as_str() {
                "state" | "state-affiliated" => "nation-state",
                _ => "unknown",
            };
            let mut o = json!({
                "type": "threat-actor", "spec_version": "2.1", "id": id,
                "created": created, "modified": modified, "created_by_ref": party,
                "name": a.name, "threat_actor_types": [types],
                "object_marking_refs": [marking],
            });
            if let Some(c) = &a.country {
                o["description"] = json!(format!("{} actor; country: {c}", a.kind));
            }
            push(&mut objects, o);
            rel(&mut objects, "attributed-to", &incident, &id, None);
            actors.push(id);
        }
        for c in &inc.facts.channels {
            let name = match &c.identifier {
                Some(i) => format!("{}: {i}", c.platform),
                None => c.platform.clone(),
            };
            let id = sid(
                "infrastructure",
                &format!("{}:{}", inc.id, name.to_lowercase()),
            );
            let types = match c.kind.as_str() {
                "social-account" | "messaging" | "video" | "advertising" => "amplification",
                _ => "unknown",
            };
            push(
                &mut objects,
                json!({
                    "type": "infrastructure", "spec_version": "2.1", "id": id,
                    "created": created, "modified": modified, "created_by_ref": party,
                    "name": name, "infrastructure_types": [types],
                    "description": format!("{} on {}", c.kind, c.platform),
                    "object_marking_refs": [marking],
                }),
            );
            rel(&mut objects, "uses", &incident, &id, None);
            for a in &actors {
                rel(&mut objects, "uses", a, &id, None);
            }
        }
        for (cm, note) in &inc.countermeasures {
            let Some(c) = cat.countermeasure(cm) else {
                continue;
            };
            let id = sid("course-of-action", &format!("{}:{}", inc.id, c.id));
            push(
                &mut objects,
                json!({
                    "type": "course-of-action", "spec_version": "2.1", "id": id,
                    "created": created, "modified": modified, "created_by_ref": party,
                    "name": format!("{}: {}", c.id, c.name), "description": c.summary,
                    "external_references": [{
                        "source_name": "DISARM", "external_id": c.id,
                        "url": format!("https://github.com/DISARMFoundation/DISARMframeworks/blob/main/generated_pages/counters/{}.md", c.id),
                    }],
                    "object_marking_refs": [marking],
                }),
            );
            rel(&mut objects, "related-to", &id, &incident, Some(note));
            for t in c.techniques.iter().filter(|t| techniques.contains(t)) {
                if let Some(tech) = cat.technique(t) {
                    rel(&mut objects, "mitigates", &id, &tech.stix_id, None);
                }
            }
        }
        let f = inc.facts;
        if !(f.narratives.is_empty() && f.targets.is_empty() && f.languages.is_empty()) {
            let mut content = String::new();
            for (h, xs) in [
                ("Narratives", &f.narratives),
                ("Targets", &f.targets),
                ("Languages (ISO 639-1)", &f.languages),
            ] {
                if !xs.is_empty() {
                    content.push_str(&format!("{h}:\n"));
                    for x in xs {
                        content.push_str(&format!("- {x}\n"));
                    }
                }
            }
            push(
                &mut objects,
                json!({
                    "type": "note", "spec_version": "2.1", "id": sid("note", inc.id),
                    "created": created, "modified": modified, "created_by_ref": party,
                    "abstract": format!("Narratives, targets and languages of {}", f.name),
                    "content": content, "lang": "en", "object_refs": [incident],
                    "object_marking_refs": [marking],
                }),
            );
        }
    }
    json!({"type": "bundle", "id": sid("bundle", bundle_key), "objects": objects})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::fimi::{Channel, FimiActor, TechniqueUse};

    fn facts() -> IncidentFacts {
        IncidentFacts {
            name: "Doppelganger".into(),
            summary: "Clones of European media sites".into(),
            first_seen: "2022-05-01".parse().ok(),
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
            sources: vec![
                crate::watch::text::Source {
                    title: "EEAS, 2nd report".into(),
                    url: Some("https://www.eeas.europa.eu/".into()),
                    publisher: Some("EEAS".into()),
                    date: None,
                },
                crate::watch::text::Source {
                    title: "A title only".into(),
                    url: None,
                    publisher: None,
                    date: None,
                },
            ],
        }
    }

    fn export<'a>(f: &'a IncidentFacts, cms: Vec<(&'a str, &'a str)>) -> IncidentExport<'a> {
        IncidentExport {
            id: "doppelganger",
            facts: f,
            origin: "EEAS",
            tlp: Tlp::Clear,
            created: "2026-11-20T10:00:00Z".parse().unwrap(),
            modified: "2026-11-21T10:00:00Z".parse().unwrap(),
            countermeasures: cms,
        }
    }

    #[test]
    fn an_incident_exports_as_a_valid_bundle_with_disarm_s_own_objects() {
        let f = facts();
        let cm = catalogue()
            .countermeasures()
            .iter()
            .find(|c| c.techniques.iter().any(|t| t == "T0049"))
            .map(|c| c.id.as_str());
        let b = bundle(
            "test",
            &[export(
                &f,
                cm.map(|c| (c, "takedowns")).into_iter().collect(),
            )],
        );
        let mut errors = Vec::new();
        let report = entente_stix::validate_slice(
            b.to_string().as_bytes(),
            &entente_stix::Options::default(),
            |r| {
                errors.extend(
                    r.findings
                        .into_iter()
                        .filter(|x| x.severity == entente_stix::Severity::Error),
                )
            },
        )
        .expect("a readable bundle");
        assert!(
            errors.is_empty() && report.is_valid(),
            "{errors:#?} {:#?}",
            report.findings
        );
        let objs = b["objects"].as_array().unwrap();
        let ap = objs
            .iter()
            .find(|o| {
                o["type"] == "attack-pattern"
                    && o["name"] == "Deceptively Edit Images (Cheap Fakes)"
            })
            .expect("the technique");
        assert_eq!(
            ap,
            &catalogue().technique("T0086.003").unwrap().stix,
            "DISARM's object, unchanged"
        );
        let uses = objs
            .iter()
            .filter(|o| {
                o["relationship_type"] == "uses" && o["source_ref"] == incident_id("doppelganger")
            })
            .count();
        assert_eq!(uses, 3, "two techniques and one channel");
        assert!(objs.iter().any(|o| o["type"] == "threat-actor"));
        assert!(
            objs.iter()
                .any(|o| o["type"] == "note" && o["content"].as_str().unwrap().contains("- fr"))
        );
        if cm.is_some() {
            assert!(objs.iter().any(|o| o["relationship_type"] == "mitigates"));
        }
        assert_eq!(
            b,
            bundle(
                "test",
                &[export(
                    &f,
                    cm.map(|c| (c, "takedowns")).into_iter().collect()
                )]
            ),
            "deterministic"
        );
    }

    #[test]
    fn markings_follow_the_incident() {
        let f = facts();
        let mut e = export(&f, vec![]);
        e.tlp = Tlp::Amber;
        let b = bundle("t", &[e]);
        for o in b["objects"].as_array().unwrap() {
            if o["created_by_ref"] == sid("identity", "party:EEAS") {
                assert_eq!(
                    o["object_marking_refs"][0],
                    tlp_marking_ref(Tlp::Amber),
                    "{o}"
                );
            }
        }
    }
}
