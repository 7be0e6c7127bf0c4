//! Demo data for the watch (issue 18), public facts only, each with the source it comes from:
//! third countries' data-protection, data-localisation and AI laws in the policy tracker, a
//! subscription whose alert a later stage change delivers, the Doppelganger campaign as the
//! EEAS reported it, coded in DISARM with the countermeasures the EU's response applied, a
//! monitoring record of the 2024 elections in Moldova, and the 2022 mobile internet shutdowns
//! in Iran.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use entente_core::watch::election::{EntryAdded, MissionRecorded};
use entente_core::watch::fimi::{
    Channel, CountermeasureApplied, FimiActor, IncidentFacts, TechniqueUse,
};
use entente_core::watch::measure::{Effect, MeasureRecorded};
use entente_core::watch::rights::{RightsRecord, RightsUpdated};
use entente_core::watch::subscription::Subscription;
use entente_core::watch::text::Source;
use entente_core::watch::{Instrument, Stage, Topic};
use entente_core::{Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::Store;

fn d(s: &str) -> Result<NaiveDate> {
    s.parse().with_context(|| format!("date {s}"))
}

fn src(title: &str, publisher: &str, url: &str, date: &str) -> Result<Source> {
    Ok(Source {
        title: title.into(),
        url: Some(url.into()),
        publisher: Some(publisher.into()),
        date: Some(d(date)?),
    })
}

/// The demo user `user`, named ids allowed (the demo acts as the operator entering the record).
fn who(user: &str, party: &str) -> Result<Viewer> {
    let mut v = entente_store::system_viewer(PartyId::parse(party)?);
    v.user = UserId::parse(user)?;
    if let Some(u) = crate::demo::DEMO_USERS.iter().find(|u| u.user == user) {
        v.roles
            .extend(entente_core::account::parse_roles(&u.roles.join(","))?);
        v.clearance = u.clearance;
    }
    Ok(v)
}

struct DemoMeasure {
    id: &'static str,
    jurisdiction: &'static str,
    title: &'static str,
    instrument: &'static str,
    topics: &'static [&'static str],
    stage: &'static str,
    date: &'static str,
    summary: &'static str,
    source: (&'static str, &'static str, &'static str, &'static str),
}

const MEASURES: &[DemoMeasure] = &[
    DemoMeasure {
        id: "in-dpdp-act-2023",
        jurisdiction: "IN",
        title: "Digital Personal Data Protection Act, 2023",
        instrument: "law",
        topics: &["data-protection", "data-flows"],
        stage: "adopted",
        date: "2023-08-11",
        summary: "India's data protection law: consent-based processing, a Data Protection Board, and transfers abroad allowed except to countries the government restricts by notification (section 16).",
        source: (
            "The Digital Personal Data Protection Act, 2023 (No. 22 of 2023), Gazette of India",
            "Ministry of Law and Justice, Government of India",
            "https://www.meity.gov.in/data-protection-framework",
            "2023-08-11",
        ),
    },
    DemoMeasure {
        id: "cn-pipl-2021",
        jurisdiction: "CN",
        title: "Personal Information Protection Law of the People's Republic of China",
        instrument: "law",
        topics: &["data-protection", "data-flows"],
        stage: "adopted",
        date: "2021-08-20",
        summary: "Cross-border transfers need a security assessment, certification or standard contract (Article 38); critical information infrastructure operators store personal information in China (Article 40).",
        source: (
            "Personal Information Protection Law, adopted at the 30th session of the Standing Committee of the 13th National People's Congress",
            "National People's Congress of the People's Republic of China",
            "http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml",
            "2021-08-20",
        ),
    },
    DemoMeasure {
        id: "vn-decree-53-2022",
        jurisdiction: "VN",
        title: "Decree 53/2022/ND-CP detailing the Law on Cybersecurity",
        instrument: "regulation",
        topics: &["data-flows", "cybersecurity"],
        stage: "in-force",
        date: "2022-10-01",
        summary: "Data localisation: domestic and some foreign enterprises providing services in Viet Nam store listed data in Viet Nam and, for foreign ones, keep a branch or office there on request.",
        source: (
            "Decree No. 53/2022/ND-CP of 15 August 2022",
            "Government of Viet Nam",
            "https://vanban.chinhphu.vn/?pageid=27160&docid=206308",
            "2022-08-15",
        ),
    },
    DemoMeasure {
        id: "kr-ai-basic-act",
        jurisdiction: "KR",
        title: "Framework Act on the Development of Artificial Intelligence and the Establishment of a Foundation for Trust (AI Basic Act)",
        instrument: "law",
        topics: &["ai"],
        stage: "adopted",
        date: "2025-01-21",
        summary: "Obligations for high-impact and generative AI (notice, labelling, risk management), a domestic representative for foreign providers above thresholds; in force one year after promulgation.",
        source: (
            "Act No. 20676, promulgated 21 January 2025",
            "Ministry of Science and ICT, Republic of Korea",
            "https://www.law.go.kr/",
            "2025-01-21",
        ),
    },
    DemoMeasure {
        id: "br-pl-2338-2023",
        jurisdiction: "BR",
        title: "Bill No. 2338/2023 on the use of artificial intelligence",
        instrument: "law",
        topics: &["ai"],
        stage: "consultation",
        date: "2024-12-10",
        summary: "Risk-based AI bill approved by the Federal Senate on 10 December 2024 and sent to the Chamber of Deputies.",
        source: (
            "PL 2338/2023, processing record",
            "Senado Federal, Brazil",
            "https://www25.senado.leg.br/web/atividade/materias/-/materia/157233",
            "2024-12-10",
        ),
    },
];

pub fn load(store: &dyn Store) -> Result<()> {
    let lv = who("lv.analyst", "LV")?;
    let de = who("de.delegate", "DE")?;
    let green = Marking::tlp(Tlp::Green);
    let clear = Marking::tlp(Tlp::Clear);

    // A delegate follows data flows before the tracker fills, so that the changes reach them.
    store
        .subscribe(
            &de,
            None,
            Subscription {
                label: "Data flows and data protection".into(),
                topics: [
                    Topic::parse("data-flows")?,
                    Topic::parse("data-protection")?,
                ]
                .into(),
                jurisdictions: Default::default(),
                stages: Default::default(),
                email: Some("de.delegate@example.org".into()),
            },
        )
        .context("demo subscription")?;

    for m in MEASURES {
        let (t, p, u, date) = m.source;
        let body = MeasureRecorded {
            id: String::new(),
            jurisdiction: m.jurisdiction.into(),
            title: m.title.into(),
            original_title: None,
            instrument: Instrument::parse(m.instrument)?,
            topics: m
                .topics
                .iter()
                .map(|t| Topic::parse(t))
                .collect::<Result<_, _>>()?,
            summary: Some(m.summary.into()),
            url: Some(u.into()),
            stage: Stage::parse(m.stage)?,
            stage_date: Some(d(m.date)?),
            sources: vec![src(t, p, u, date)?],
            sectors: vec![],
            processes: vec![],
            import_key: None,
        };
        store
            .record_measure(&lv, Some(m.id), body, clear.clone())
            .with_context(|| format!("demo measure {}", m.id))?;
    }
    // Dated lifecycle events: each change is an event of the measure.
    store.change_stage(
        &lv,
        "cn-pipl-2021",
        Stage::parse("in-force")?,
        d("2021-11-01")?,
        Some("In force on 1 November 2021 (Article 74).".into()),
        None,
    )?;
    store.change_stage(
        &lv,
        "in-dpdp-act-2023",
        Stage::parse("in-force")?,
        d("2025-11-14")?,
        Some("The Digital Personal Data Protection Rules, 2025 notified; provisions commence in phases.".into()),
        Some(src(
            "Digital Personal Data Protection Rules, 2025",
            "Ministry of Electronics and Information Technology, Government of India",
            "https://www.meity.gov.in/data-protection-framework",
            "2025-11-14",
        )?),
    )?;
    store.change_stage(
        &lv,
        "kr-ai-basic-act",
        Stage::parse("in-force")?,
        d("2026-01-22")?,
        None,
        None,
    )?;
    store.note_measure(
        &de,
        "vn-decree-53-2022",
        Effect::parse("adverse")?,
        "Localisation and local-presence requirements raise costs for EU service providers; raised in the EU-Viet Nam dialogue.".into(),
    )?;

    // FIMI: Doppelganger, as the EEAS's 2nd report on FIMI threats (January 2024) describes it,
    // and the EU's listing of its operators (Council Decision (CFSP) 2023/1566, 28 July 2023).
    let eeas = who("eeas.chair", "EEAS")?;
    let facts = IncidentFacts {
        name: "Doppelganger".into(),
        summary: "A Russian campaign cloning the websites of European media and public institutions to publish fabricated articles, amplified by inauthentic accounts and paid advertising.".into(),
        first_seen: Some(d("2022-05-01")?),
        last_seen: None,
        techniques: vec![
            TechniqueUse { technique: "T0149.003".into(), note: Some("lookalike domains of real outlets".into()) },
            TechniqueUse { technique: "T0143.003".into(), note: Some("impersonated media and ministries".into()) },
            TechniqueUse { technique: "T0085.003".into(), note: Some("fabricated articles".into()) },
            TechniqueUse { technique: "T0049.003".into(), note: Some("bot networks reposting links".into()) },
            TechniqueUse { technique: "T0049".into(), note: None },
        ],
        actors: vec![
            FimiActor { name: "Social Design Agency".into(), kind: "commercial".into(), country: Some("RU".into()) },
            FimiActor { name: "Structura National Technologies".into(), kind: "commercial".into(), country: Some("RU".into()) },
        ],
        channels: vec![
            Channel { platform: "Facebook".into(), kind: "advertising".into(), identifier: None },
            Channel { platform: "X".into(), kind: "social-account".into(), identifier: None },
        ],
        narratives: vec![
            "Sanctions against Russia hurt Europeans more than Russia".into(),
            "Support for Ukraine is corrupt and futile".into(),
        ],
        targets: vec!["DE".into(), "FR".into(), "IT".into(), "UA".into()],
        languages: vec!["de".into(), "fr".into(), "it".into(), "en".into()],
        sources: vec![
            src("2nd EEAS Report on Foreign Information Manipulation and Interference Threats", "European External Action Service", "https://www.eeas.europa.eu/eeas/2nd-eeas-report-foreign-information-manipulation-and-interference-threats_en", "2024-01-23")?,
            src("Council Decision (CFSP) 2023/1566 (Doppelganger listings)", "Council of the European Union", "https://eur-lex.europa.eu/eli/dec/2023/1566/oj", "2023-07-28")?,
        ],
    };
    let inc = store
        .record_incident(&eeas, Some("doppelganger"), facts, clear.clone())
        .context("demo FIMI incident")?;
    for (cm, note, date) in [
        (
            "C00012",
            "Platforms removed the networks under their policies; the Digital Services Act applies to very large platforms.",
            "2023-07-28",
        ),
        (
            "C00115",
            "Exposure in the EEAS threat reports and the listing of the operators.",
            "2023-07-28",
        ),
    ] {
        store.apply_countermeasure(
            &eeas,
            CountermeasureApplied {
                incident: inc.id.clone(),
                countermeasure: cm.into(),
                note: note.into(),
                response: None,
                date: Some(d(date)?),
            },
        )?;
    }

    // Election monitoring: the presidential election and constitutional referendum in Moldova.
    let mission = store
        .record_mission(
            &eeas,
            Some("md-2024"),
            MissionRecorded {
                id: String::new(),
                name: "Moldova, presidential election and EU referendum 2024 (online campaign)"
                    .into(),
                country: "MD".into(),
                election_date: d("2024-10-20")?,
                election: "presidential and constitutional referendum".into(),
                platforms: vec!["Telegram".into(), "TikTok".into(), "Facebook".into()],
                accounts: vec![],
            },
            green.clone(),
        )
        .context("demo monitoring record")?;
    for (date, kind, text, incident) in [
        (
            "2024-10-20",
            "milestone",
            "First round and constitutional referendum on EU accession.",
            None,
        ),
        ("2024-11-03", "milestone", "Presidential run-off.", None),
        (
            "2024-10-03",
            "incident",
            "The Moldovan police report a vote-buying scheme organised through Telegram channels and payments from abroad.",
            None,
        ),
        (
            "2024-10-21",
            "finding",
            "The OSCE/ODIHR observers' preliminary statement notes foreign interference and vote-buying allegations in the campaign.",
            None,
        ),
        (
            "2024-09-15",
            "incident",
            "Doppelganger-style cloned media pages targeting the referendum were reported by researchers.",
            Some(inc.id.clone()),
        ),
    ] {
        store.add_mission_entry(
            &eeas,
            EntryAdded {
                mission: mission.record.id.clone(),
                date: d(date)?,
                kind: kind.into(),
                text: text.into(),
                incident,
                platform: None,
            },
        )?;
    }

    // Human rights online: mobile internet shutdowns in Iran during the 2022 protests.
    let r = store
        .record_rights(
            &lv,
            Some("ir-2022-mobile-shutdown"),
            RightsRecord {
                kind: "shutdown".into(),
                country: "IR".into(),
                title: "Mobile internet shutdowns during the protests after the death of Mahsa Amini".into(),
                summary: "Mobile networks were cut nationwide and Instagram and WhatsApp blocked, with curfew-style daily disruptions.".into(),
                start: d("2022-09-21")?,
                end: None,
                scope: Some("national".into()),
                regions: None,
                services: vec!["mobile data".into(), "Instagram".into(), "WhatsApp".into()],
                sources: vec![
                    src("Internet disrupted in Iran amid protests", "NetBlocks", "https://netblocks.org/reports", "2022-09-21")?,
                    src("#KeepItOn: internet shutdowns in 2022", "Access Now", "https://www.accessnow.org/keepiton/", "2023-02-28")?,
                ],
            },
            clear.clone(),
        )
        .context("demo rights record")?;
    store.update_rights(
        &lv,
        RightsUpdated {
            record: r.id.clone(),
            date: d("2022-10-05")?,
            text: "Daily curfew-style mobile disruptions continue in the afternoons and evenings."
                .into(),
            ended: None,
        },
    )?;
    Ok(())
}
