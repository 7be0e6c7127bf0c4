//! Demo data for issue 5: evidence from the public record, assessments of several parties on
//! the seven dimensions (with dissent, a revision, a dimension not assessed, rationales in
//! English and a few in the party's own language), and the agreed picture.
//!
//! **Agreement is honest.** A picture becomes agreed only when its objection window has
//! passed with no objection, measured by the store's clock. The demo therefore proposes the
//! NotPetya and Bundestag pictures with a window of about two seconds and waits for it to
//! pass before the server starts; the OPCW proposal stays open for seven days, so the demo
//! shows a live objection window. The levels are entente's demo judgements on the public
//! record, not positions any government has taken.

use anyhow::{Context, Result};
use chrono::Duration;
use entente_core::picture::Dimension;
use entente_core::picture::events::{
    AssessmentBody, Credibility, DimensionBody, EvidenceItem, EvidenceKind, FindingBody, Judgement,
    Reliability,
};
use entente_core::{Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::ReplayClock;
use entente_store::Store;
use entente_store::assessments::Submission;

use crate::demo::DEMO_USERS;

/// The demo user of `user`, as a viewer.
pub(crate) fn as_user(user: &str) -> Result<Viewer> {
    let u = DEMO_USERS
        .iter()
        .find(|u| u.user == user)
        .with_context(|| format!("demo user {user}"))?;
    Ok(Viewer {
        user: UserId::parse(u.user)?,
        party: PartyId::parse(u.party)?,
        clearance: u.clearance,
        roles: entente_core::account::parse_roles(&u.roles.join(","))?,
    })
}

/// The store's id of the case's `ev-N` (its N-th evidence item, in the order added): the store
/// draws evidence ids at random.
fn cited(ids: &[String], reference: &str) -> String {
    reference
        .strip_prefix("ev-")
        .and_then(|n| n.parse::<usize>().ok())
        .and_then(|n| ids.get(n.wrapping_sub(1)))
        .cloned()
        .unwrap_or_else(|| reference.to_string())
}

struct Ev {
    kind: EvidenceKind,
    title: &'static str,
    url: Option<&'static str>,
    text: Option<&'static str>,
    source: &'static str,
    grade: (Reliability, u8),
    stix_id: Option<&'static str>,
    by: &'static str,
}

struct Party {
    user: &'static str,
    /// Scope, scale, duration, intensity, complexity, sophistication, impact.
    levels: [Option<u8>; 7],
    confidence: &'static str,
    /// Rationales that differ from the dossier's shared ones, by dimension.
    own: &'static [(Dimension, &'static str)],
    evidence: &'static [&'static str],
    summary: &'static str,
}

struct Case {
    dossier: &'static str,
    evidence: &'static [Ev],
    /// The rationale a party gives when it agrees with the common reading, per dimension.
    common: [&'static str; 7],
    findings: &'static [(&'static str, &'static str, &'static str)],
    threat: &'static [(&'static str, &'static str, &'static str)],
    judgement: Option<(&'static str, &'static str)>,
    parties: &'static [Party],
    /// Revisions submitted after the first round: (user, levels, note).
    revisions: &'static [(&'static str, [Option<u8>; 7], &'static str)],
}

const SANDWORM: &str = "intrusion-set--381fcf73-60f6-4ab2-9991-6af3cbc35192";

const NOTPETYA: Case = Case {
    dossier: "notpetya-2017",
    evidence: &[
        Ev {
            kind: EvidenceKind::Link,
            title: "Council Decision (CFSP) 2020/1127: listing of the GRU Main Centre for Special Technologies (GTsST, unit 74455) for NotPetya",
            url: Some("https://eur-lex.europa.eu/eli/dec/2020/1127/oj"),
            text: None,
            source: "Official Journal of the European Union, L 246, 30.7.2020",
            grade: (Reliability::A, 1),
            stix_id: None,
            by: "eeas.chair",
        },
        Ev {
            kind: EvidenceKind::Document,
            title: "UK NCSC assessment of 15 February 2018",
            url: None,
            text: Some(
                "The UK National Cyber Security Centre assessed that the Russian military was almost certainly responsible for the destructive NotPetya attack of June 2017, which spread from Ukraine through a compromised update of the M.E.Doc accounting software.",
            ),
            source: "UK National Cyber Security Centre, public statement",
            grade: (Reliability::B, 2),
            stix_id: None,
            by: "de.delegate",
        },
        Ev {
            kind: EvidenceKind::Stix,
            title: "Sandworm Team (MITRE ATT&CK G0034)",
            url: None,
            text: None,
            source: "MITRE ATT&CK for ICS v18.1",
            grade: (Reliability::B, 2),
            stix_id: Some(SANDWORM),
            by: "intcen.analyst",
        },
    ],
    common: [
        "Indiscriminate: spread from Ukrainian users of M.E.Doc to logistics, pharmaceuticals, manufacturing and energy companies world-wide, including essential services.",
        "Tens of thousands of systems in dozens of countries, among them several Member States (FR, DE, DK, NL and others reported victims).",
        "The destructive phase took hours on 27 June 2017; recovery took weeks for the largest victims.",
        "Destructive: a wiper posing as ransomware; data on infected machines could not be recovered.",
        "Supply-chain entry through a software update, then self-propagation with stolen credentials and the EternalBlue exploit.",
        "A state military service prepared the supply-chain access months ahead and combined it with worm propagation.",
        "Estimated damage of about USD 10 billion (US statement of February 2018); shipping, pharmaceutical production and ports disrupted.",
    ],
    findings: &[
        (
            "a",
            "found",
            "Disruption of ports, shipping, manufacturing and hospitals' suppliers across the Union.",
        ),
        (
            "b",
            "found",
            "Tens of thousands of systems and many companies affected.",
        ),
        ("c", "found", "Several Member States concerned."),
        (
            "d",
            "found",
            "Losses reported by Maersk, Merck, Saint-Gobain, Mondelez and others in the hundreds of millions each.",
        ),
        (
            "e",
            "not_found",
            "No ransom could be paid to decrypt: no economic benefit sought.",
        ),
    ],
    threat: &[
        (
            "a",
            "found",
            "Carried out from outside the Union (attributed to the GRU).",
        ),
        (
            "c",
            "found",
            "GRU unit 74455, established outside the Union.",
        ),
    ],
    judgement: Some((
        "The GRU's unit 74455 (Sandworm) carried out the attack.",
        "almost_certain",
    )),
    parties: &[
        Party {
            user: "de.delegate",
            levels: [
                Some(4),
                Some(4),
                Some(2),
                Some(4),
                Some(3),
                Some(4),
                Some(3),
            ],
            confidence: "high",
            own: &[(
                Dimension::Impact,
                "Erste Schätzung: erhebliche Produktionsausfälle bei deutschen Unternehmen; die Gesamtschäden waren noch nicht beziffert.",
            )],
            evidence: &["ev-1", "ev-2"],
            summary: "Destructive, indiscriminate state operation against the Union's economy.",
        },
        Party {
            user: "fr.delegate",
            levels: [
                Some(4),
                Some(4),
                Some(2),
                Some(4),
                Some(3),
                Some(4),
                Some(4),
            ],
            confidence: "high",
            own: &[(
                Dimension::Impact,
                "Saint-Gobain a fait état d'un impact d'environ 250 millions d'euros sur son chiffre d'affaires ; d'autres groupes présents en France ont vu leur production interrompue.",
            )],
            evidence: &["ev-1"],
            summary: "Une attaque destructrice et indiscriminée, aux effets économiques majeurs.",
        },
        Party {
            user: "ee.delegate",
            levels: [
                Some(4),
                Some(4),
                Some(2),
                Some(4),
                Some(4),
                Some(4),
                Some(4),
            ],
            confidence: "high",
            own: &[(
                Dimension::Complexity,
                "Supply-chain access, credential theft and two propagation mechanisms chained: the most complex operation of its kind in 2017.",
            )],
            evidence: &["ev-2", "ev-3"],
            summary: "A model case for listing: attributed, destructive, cross-border.",
        },
        Party {
            user: "lv.analyst",
            levels: [
                Some(4),
                Some(3),
                Some(2),
                Some(4),
                Some(3),
                Some(3),
                Some(4),
            ],
            confidence: "moderate",
            own: &[(
                Dimension::Scale,
                "Few victims in Latvia itself; the count of affected systems in the Union is estimated, not measured.",
            )],
            evidence: &["ev-3"],
            summary: "Severe impact; scale estimated from public reporting only.",
        },
        Party {
            user: "bg.delegate",
            levels: [
                Some(4),
                Some(4),
                Some(2),
                Some(4),
                Some(3),
                Some(2),
                Some(4),
            ],
            confidence: "moderate",
            own: &[(
                Dimension::Sophistication,
                "Използвани са известни инструменти (EternalBlue, Mimikatz); новото е съчетанието им, а не самите средства.",
            )],
            evidence: &["ev-1"],
            summary: "Severe impact; the tooling itself was not novel.",
        },
        Party {
            user: "eeas.chair",
            levels: [
                Some(4),
                Some(4),
                Some(4),
                Some(4),
                Some(3),
                Some(4),
                Some(4),
            ],
            confidence: "high",
            own: &[(
                Dimension::Duration,
                "Counted to the end of recovery: several large victims needed months to restore systems and rebuild networks.",
            )],
            evidence: &["ev-1", "ev-2", "ev-3"],
            summary: "Basis of the 2020 listing under the cyber sanctions regime.",
        },
    ],
    revisions: &[(
        "de.delegate",
        [
            Some(4),
            Some(4),
            Some(2),
            Some(4),
            Some(3),
            Some(4),
            Some(4),
        ],
        "Revised after the US estimate of February 2018: damage of about USD 10 billion, including large losses of German companies.",
    )],
};

const BUNDESTAG: Case = Case {
    dossier: "bundestag-2015",
    evidence: &[
        Ev {
            kind: EvidenceKind::Link,
            title: "Council Decision (CFSP) 2020/1537: listing of Dmitry Badin and the GRU 85th Main Centre for Special Services (unit 26165) for the Bundestag intrusion",
            url: Some("https://eur-lex.europa.eu/eli/dec/2020/1537/oj"),
            text: None,
            source: "Official Journal of the European Union, L 351I, 22.10.2020",
            grade: (Reliability::A, 1),
            stix_id: None,
            by: "eeas.chair",
        },
        Ev {
            kind: EvidenceKind::Document,
            title: "Bundestag administration: intrusion into the Parlakom network (2015)",
            url: None,
            text: Some(
                "The intrusion into the Bundestag's IT network was detected in May 2015. Data were exfiltrated from the network, including from members' offices; the network was shut down for several days in August 2015 to be rebuilt.",
            ),
            source: "Deutscher Bundestag, public statements 2015",
            grade: (Reliability::B, 2),
            stix_id: None,
            by: "de.delegate",
        },
    ],
    common: [
        "One state institution: the Bundestag's network, including members' and parliamentary group offices.",
        "One Member State; several thousand accounts of one parliament.",
        "Present in the network for weeks before detection in May 2015; the rebuild took place in August 2015.",
        "Espionage with data theft; no destruction, but the network was taken down to be rebuilt.",
        "Spear-phishing entry, lateral movement to domain control, exfiltration.",
        "A state intelligence service with custom implants (APT28).",
        "About 16 GB of data exfiltrated from a national parliament; cost of the rebuild.",
    ],
    findings: &[
        (
            "a",
            "found",
            "Critical state function (a national parliament) disrupted by the rebuild.",
        ),
        (
            "f",
            "found",
            "About 16 GB of data stolen, including e-mails of members.",
        ),
        ("d", "unknown", "Cost of the rebuild not published."),
    ],
    threat: &[
        (
            "c",
            "found",
            "GRU unit 26165, established outside the Union.",
        ),
        ("a", "found", "Carried out from outside the Union."),
    ],
    judgement: Some((
        "The GRU's 85th Main Centre (unit 26165) carried out the intrusion.",
        "very_likely",
    )),
    parties: &[
        Party {
            user: "de.delegate",
            levels: [
                Some(2),
                Some(2),
                Some(3),
                Some(2),
                Some(3),
                Some(3),
                Some(3),
            ],
            confidence: "high",
            own: &[(
                Dimension::Impact,
                "Die Angreifer (APT28, dem russischen Militärgeheimdienst GRU zugerechnet) hielten sich wochenlang im Netz des Bundestages auf; rund 16 GB Daten flossen ab.",
            )],
            evidence: &["ev-1", "ev-2"],
            summary: "Ein schwerwiegender Angriff auf ein Verfassungsorgan.",
        },
        Party {
            user: "fr.delegate",
            levels: [
                Some(2),
                Some(1),
                Some(3),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
            ],
            confidence: "moderate",
            own: &[],
            evidence: &["ev-1"],
            summary: "Espionage against a parliament; contained to one Member State.",
        },
        Party {
            user: "ee.delegate",
            levels: [
                Some(2),
                Some(2),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
            ],
            confidence: "high",
            own: &[],
            evidence: &["ev-1"],
            summary: "A hostile intelligence operation against a democratic institution.",
        },
        Party {
            user: "lv.analyst",
            levels: [
                Some(2),
                Some(1),
                Some(2),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
            ],
            confidence: "moderate",
            own: &[],
            evidence: &["ev-2"],
            summary: "Espionage; limited effects outside the parliament.",
        },
        Party {
            user: "bg.delegate",
            levels: [Some(2), Some(2), Some(3), Some(2), Some(3), Some(3), None],
            confidence: "low",
            own: &[(
                Dimension::Impact,
                "Not assessed: no national information on the use made of the stolen data.",
            )],
            evidence: &["ev-1"],
            summary: "Agrees on the operation; cannot judge its impact.",
        },
        Party {
            user: "eeas.chair",
            levels: [
                Some(2),
                Some(2),
                Some(3),
                Some(2),
                Some(3),
                Some(3),
                Some(3),
            ],
            confidence: "high",
            own: &[],
            evidence: &["ev-1", "ev-2"],
            summary: "Basis of the October 2020 listings.",
        },
    ],
    revisions: &[],
};

const OPCW: Case = Case {
    dossier: "opcw-2018",
    evidence: &[Ev {
        kind: EvidenceKind::Document,
        title: "Netherlands Ministry of Defence: disruption of a GRU close-access operation against the OPCW",
        url: None,
        text: Some(
            "On 4 October 2018 the Netherlands made public that its Defence Intelligence and Security Service had disrupted, in April 2018, an attempt by four GRU officers to break into the OPCW's Wi-Fi network from a car parked next to its headquarters in The Hague; the officers were expelled.",
        ),
        source: "Netherlands Ministry of Defence, press conference of 4 October 2018",
        grade: (Reliability::A, 1),
        stix_id: None,
        by: "eeas.chair",
    }],
    common: [
        "One international organisation (the OPCW).",
        "One target in one Member State; the operation was stopped before access.",
        "Disrupted within days, before any access was gained.",
        "Attempted espionage; no effect achieved.",
        "Close-access operation with equipment in a car next to the target.",
        "Trained officers of a state service on site; tradecraft errors led to their exposure.",
        "Attempted: scored for the effect it would have had (Reg. 2019/796 Art. 1(1) covers attempted cyber-attacks).",
    ],
    findings: &[(
        "a",
        "unknown",
        "Attempted only; the potential disruption of an international organisation is the question.",
    )],
    threat: &[(
        "c",
        "found",
        "GRU officers, operating from outside the Union.",
    )],
    judgement: Some((
        "The operation aimed at the OPCW's investigations into the Salisbury poisoning.",
        "likely",
    )),
    parties: &[
        Party {
            user: "fr.delegate",
            levels: [
                Some(2),
                Some(1),
                Some(1),
                Some(1),
                Some(2),
                Some(2),
                Some(2),
            ],
            confidence: "high",
            own: &[],
            evidence: &["ev-1"],
            summary: "An attempt against an international organisation hosted in the Union.",
        },
        Party {
            user: "de.delegate",
            levels: [
                Some(2),
                Some(1),
                Some(1),
                Some(1),
                Some(2),
                Some(2),
                Some(2),
            ],
            confidence: "high",
            own: &[],
            evidence: &["ev-1"],
            summary: "Attempted espionage; scored as if it had succeeded.",
        },
        Party {
            user: "ee.delegate",
            levels: [
                Some(2),
                Some(1),
                Some(1),
                Some(2),
                Some(2),
                Some(3),
                Some(3),
            ],
            confidence: "moderate",
            own: &[(
                Dimension::Impact,
                "Had it succeeded, it would have compromised the investigation of a chemical-weapons attack on Union soil.",
            )],
            evidence: &["ev-1"],
            summary: "The potential effect is what matters for an attempt.",
        },
        Party {
            user: "eeas.chair",
            levels: [
                Some(2),
                Some(1),
                Some(1),
                Some(1),
                Some(2),
                Some(2),
                Some(2),
            ],
            confidence: "high",
            own: &[],
            evidence: &["ev-1"],
            summary: "Listed in July 2020 as an attempted cyber-attack.",
        },
    ],
    revisions: &[],
};

const BALTIC: Case = Case {
    dossier: "exercise-baltic-grid",
    evidence: &[],
    common: [
        "Exercise: transmission system operators of three Member States.",
        "Exercise: three Member States' grids, no outage.",
        "Exercise: intrusion found after about three weeks.",
        "Exercise: reconnaissance of control systems, no disruption.",
        "Exercise: pivot from corporate IT to OT networks.",
        "Exercise: custom OT tooling.",
        "Exercise: no outage; potential for regional blackout.",
    ],
    findings: &[],
    threat: &[],
    judgement: None,
    parties: &[
        Party {
            user: "ee.delegate",
            levels: [
                Some(3),
                Some(3),
                Some(2),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
            ],
            confidence: "moderate",
            own: &[],
            evidence: &[],
            summary: "Exercise assessment.",
        },
        Party {
            user: "lv.analyst",
            levels: [
                Some(3),
                Some(2),
                Some(2),
                Some(2),
                Some(3),
                Some(4),
                Some(2),
            ],
            confidence: "moderate",
            own: &[(
                Dimension::Sophistication,
                "Vingrinājums: OT rīki rakstīti speciāli šiem tīkliem.",
            )],
            evidence: &["ev-1"],
            summary: "Exercise assessment.",
        },
    ],
    revisions: &[],
};

fn body(
    case: &Case,
    p: &Party,
    levels: [Option<u8>; 7],
    note: Option<&str>,
    ids: &[String],
) -> AssessmentBody {
    AssessmentBody {
        dimensions: Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| DimensionBody {
                dimension: d.as_str().into(),
                level: levels[i],
                rationale: match (note, d) {
                    (Some(n), Dimension::Impact) => n.to_string(),
                    _ => p
                        .own
                        .iter()
                        .find(|(x, _)| x == d)
                        .map(|(_, r)| r.to_string())
                        .unwrap_or_else(|| case.common[i].to_string()),
                },
                evidence: p.evidence.iter().map(|s| cited(ids, s)).collect(),
            })
            .collect(),
        confidence: p.confidence.into(),
        significant_effect: case
            .findings
            .iter()
            .map(|(f, x, r)| FindingBody {
                factor: (*f).into(),
                finding: (*x).into(),
                rationale: (*r).into(),
            })
            .collect(),
        external_threat: case
            .threat
            .iter()
            .map(|(f, x, r)| FindingBody {
                factor: (*f).into(),
                finding: (*x).into(),
                rationale: (*r).into(),
            })
            .collect(),
        judgements: case
            .judgement
            .iter()
            .map(|(s, t)| Judgement {
                statement: (*s).into(),
                term: (*t).into(),
            })
            .collect(),
        summary: Some(p.summary.into()),
    }
}

fn load_case(store: &dyn Store, case: &Case, mut ids: Vec<String>) -> Result<()> {
    for e in case.evidence {
        let added = store
            .add_evidence(
                &as_user(e.by)?,
                case.dossier,
                EvidenceItem {
                    kind: e.kind,
                    title: e.title.into(),
                    url: e.url.map(Into::into),
                    text: e.text.map(Into::into),
                    source: Some(e.source.into()),
                    reliability: Some(e.grade.0),
                    credibility: Some(Credibility::new(e.grade.1)?),
                    stix_id: e.stix_id.map(Into::into),
                },
                None,
            )
            .with_context(|| format!("evidence {} on {}", e.title, case.dossier))?;
        ids.push(added.id);
    }
    for p in case.parties {
        let v = as_user(p.user)?;
        let party = v.party.clone();
        store
            .submit_assessment(
                &v,
                case.dossier,
                &party,
                Submission {
                    body: body(case, p, p.levels, None, &ids),
                    version: None,
                    marking: None,
                },
            )
            .with_context(|| format!("{}'s assessment of {}", party, case.dossier))?;
    }
    for (user, levels, note) in case.revisions {
        let v = as_user(user)?;
        let party = v.party.clone();
        let p = case
            .parties
            .iter()
            .find(|p| p.user == *user)
            .context("a revision of a demo party")?;
        store.submit_assessment(
            &v,
            case.dossier,
            &party,
            Submission {
                body: body(case, p, *levels, Some(note), &ids),
                version: None,
                marking: None,
            },
        )?;
    }
    Ok(())
}

/// Loads the evidence, assessments and proposals; waits for the short objection windows of
/// the agreed demo pictures to pass.
pub fn load(store: &dyn Store, clock: &ReplayClock) -> Result<()> {
    for case in [&NOTPETYA, &BUNDESTAG, &OPCW] {
        load_case(store, case, Vec::new())?;
    }
    // The Baltic exercise: LV's own sensor extract, for LV only (AMBER without releasability).
    let lv = as_user("lv.analyst")?;
    let lv_extract = store.add_evidence(
        &lv,
        BALTIC.dossier,
        EvidenceItem {
            kind: EvidenceKind::Document,
            title: "Exercise: LV CERT sensor extract from the transmission operator's OT network".into(),
            url: None,
            text: Some("Exercise inject: beaconing from an engineering workstation to an external address every 600 seconds.".into()),
            source: Some("CERT.LV (exercise)".into()),
            reliability: Some(Reliability::A),
            credibility: Some(Credibility::new(2)?),
            stix_id: None,
        },
        Some(Marking::tlp(Tlp::Amber)),
    )?;
    load_case(store, &BALTIC, vec![lv_extract.id])?;

    let chair = as_user("eeas.chair")?;
    let window = Duration::milliseconds(2000);
    let deadline = store.now() + window;
    for (dossier, note) in [
        (
            NOTPETYA.dossier,
            "Basis of the 2020 listing; DE revised its impact score before the proposal.",
        ),
        (
            BUNDESTAG.dossier,
            "BG did not assess impact; the median is of the five parties that did.",
        ),
    ] {
        store
            .propose_picture(&chair, dossier, deadline, Some(note.into()))
            .with_context(|| format!("proposing the picture of {dossier}"))?;
    }
    store.propose_picture(
        &chair,
        OPCW.dossier,
        store.now() + Duration::days(7),
        Some("Open for objections for seven days.".into()),
    )?;
    // The two short windows pass in silence, so those pictures are agreed: the demo is a
    // compressed replay, so its clock moves past the deadline instead of waiting for it.
    clock.advance(window + Duration::seconds(1));
    load_reconstructions(store, clock)
}

const HISTORY: &str = include_str!("../../../data/history-responses.json");

#[derive(serde::Deserialize)]
struct HistoryFile {
    cases: Vec<HistoryCase>,
}

#[derive(serde::Deserialize)]
struct HistoryCase {
    id: String,
    input: HistoryInput,
    #[serde(default)]
    note: Option<String>,
}

#[derive(serde::Deserialize)]
struct HistoryInput {
    picture: std::collections::BTreeMap<String, u8>,
    #[serde(default)]
    significant_effect: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    external_threat: std::collections::BTreeMap<String, String>,
}

/// The other public cases get the picture on which the EU acted, as reconstructed from the
/// public record in `data/history-responses.json`: the EEAS records it as its assessment and
/// the chair proposes it; it is agreed when its (replayed) objection window has passed, so that
/// the response options of every public demo dossier can be read.
fn load_reconstructions(store: &dyn Store, clock: &ReplayClock) -> Result<()> {
    let file: HistoryFile = serde_json::from_str(HISTORY).context("data/history-responses.json")?;
    let chair = as_user("eeas.chair")?;
    let window = Duration::milliseconds(2000);
    let deadline = store.now() + window;
    let basis = "Reconstruction from the public record (data/history-responses.json)";
    for case in &file.cases {
        if [NOTPETYA.dossier, BUNDESTAG.dossier, OPCW.dossier].contains(&case.id.as_str())
            || store.dossier(&chair, &case.id)?.is_none()
        {
            continue;
        }
        let findings = |m: &std::collections::BTreeMap<String, String>| {
            m.iter()
                .map(|(factor, finding)| FindingBody {
                    factor: factor.clone(),
                    finding: finding.clone(),
                    rationale: format!("{basis}."),
                })
                .collect::<Vec<_>>()
        };
        let rationale = match &case.note {
            Some(n) => format!("{basis}: {n}"),
            None => format!("{basis}."),
        };
        let body = AssessmentBody {
            dimensions: case
                .input
                .picture
                .iter()
                .map(|(d, l)| DimensionBody {
                    dimension: d.clone(),
                    level: Some(*l),
                    rationale: rationale.clone(),
                    evidence: vec![],
                })
                .collect(),
            confidence: "moderate".into(),
            significant_effect: findings(&case.input.significant_effect),
            external_threat: findings(&case.input.external_threat),
            judgements: vec![],
            summary: Some(rationale.clone()),
        };
        store
            .submit_assessment(
                &chair,
                &case.id,
                &chair.party,
                Submission {
                    body,
                    version: None,
                    marking: None,
                },
            )
            .with_context(|| format!("reconstructed assessment of {}", case.id))?;
        store
            .propose_picture(
                &chair,
                &case.id,
                deadline,
                Some(
                    "The picture on which the EU acted, reconstructed from the public record."
                        .into(),
                ),
            )
            .with_context(|| format!("proposing the reconstructed picture of {}", case.id))?;
    }
    clock.advance(window + Duration::seconds(1));
    Ok(())
}
