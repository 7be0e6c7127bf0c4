//! History test: for each public case in `data/history-responses.json`, the options engine,
//! fed the input reconstructed from the public record, lists what the EU actually did among the
//! available options. Every public (non-fictional) dossier of `data/demo-cases.json` has its
//! case here, so the test covers the public record of EU responses up to July 2026. Where the
//! data says a real response is `not_available`, the engine must agree and the data must say
//! why: a gap is shown, not tuned away. Since issue 20 there is none: the attempted operation
//! against the OPCW (2018), listed on 30 July 2020, is available on Reg. (EU) 2019/796
//! Art. 1(1) ("including attempted cyber-attacks with a potentially significant effect").
//!
//! The cases' inputs are options input documents, read by the one parser of that document
//! (`entente_server::wire::options`), as `entente options` and the API read them.

use entente_core::options::{OptionsInput, Reason, catalogue, response_options};
use entente_server::wire::options::OptionsDocument;
use serde::Deserialize;

const HISTORY: &str = include_str!("../../../data/history-responses.json");
const DEMO_CASES: &str = include_str!("../../../data/demo-cases.json");

#[derive(Deserialize)]
struct History {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    responses: Vec<Response>,
    input: serde_json::Value,
}

#[derive(Deserialize)]
struct Response {
    measure: String,
    date: String,
    expected: String,
    #[serde(default)]
    why: Option<String>,
}

#[derive(Deserialize)]
struct DemoCases {
    cases: Vec<DemoCase>,
}

#[derive(Deserialize)]
struct DemoCase {
    id: String,
    fictional: bool,
    #[serde(default)]
    eu_response: Vec<DemoResponse>,
}

#[derive(Deserialize)]
struct DemoResponse {
    date: String,
    kind: String,
}

/// The public record as this test knows it: every listing date of the cyber sanctions regime
/// up to 13 July 2026 (Regulation (EU) 2019/796 Annex I) and the declarations on record.
const EXPECTED_CASES: [&str; 14] = [
    "bundestag-2015",
    "wannacry-2017",
    "notpetya-2017",
    "cloud-hopper",
    "opcw-2018",
    "solarwinds-2020",
    "exchange-2021",
    "ghostwriter-2021",
    "viasat-2022",
    "callisto-conti-2024",
    "apt28-2024",
    "estonia-gru-2020",
    "isoon-flax-emennet-2026",
    "bulletproof-hacktivists-2026",
];

/// Every date on which the Council added names to Annex I.
const LISTING_DATES: [&str; 6] = [
    "2020-07-30",
    "2020-10-22",
    "2024-06-24",
    "2025-01-27",
    "2026-03-16",
    "2026-07-13",
];

fn input(case: &Case) -> OptionsInput {
    let doc: OptionsDocument =
        serde_json::from_value(case.input.clone()).unwrap_or_else(|e| panic!("{}: {e}", case.id));
    doc.into_input(None)
        .unwrap_or_else(|e| panic!("{}: {e}", case.id))
        .0
}

fn history() -> History {
    serde_json::from_str(HISTORY).expect("history-responses.json parses")
}

#[test]
fn engine_lists_what_the_eu_actually_did() {
    let history = history();
    let ids: Vec<&str> = history.cases.iter().map(|c| c.id.as_str()).collect();
    for id in EXPECTED_CASES {
        assert!(ids.contains(&id), "history lacks case {id}");
    }
    let mut gaps = Vec::new();
    for case in &history.cases {
        let input = input(case);
        let report = response_options(&input);
        assert!(!case.responses.is_empty(), "{}: no response", case.id);
        for r in &case.responses {
            assert!(
                catalogue().get(&r.measure).is_some(),
                "{}: unknown measure {}",
                case.id,
                r.measure
            );
            let available = report.is_available(&r.measure);
            match r.expected.as_str() {
                "available" => assert!(
                    available,
                    "{} ({}): {} should be available: {}",
                    case.id,
                    r.date,
                    r.measure,
                    report
                        .entry(&r.measure)
                        .map_or("", |e| e.explanation.as_str())
                ),
                "not_available" => {
                    assert!(
                        !available,
                        "{}: {} is now available; update the data",
                        case.id, r.measure
                    );
                    let why = r.why.as_deref().unwrap_or("");
                    assert!(!why.is_empty(), "{}: a gap needs a 'why'", case.id);
                    gaps.push(format!("{} {}: {why}", case.id, r.measure));
                }
                other => panic!("{}: expected is {other:?}", case.id),
            }
        }
    }
    // No known gap is left (the OPCW listing was the last one, closed by issue 20).
    assert!(gaps.is_empty(), "{gaps:#?}");
}

/// The OPCW listing of 30 July 2020: an attempted cyber-attack, available on Art. 1(1) although
/// the realised effect scores a band whose ceiling is below listings.
#[test]
fn the_opcw_attempt_is_listed_on_article_1_1() {
    let history = history();
    let case = history
        .cases
        .iter()
        .find(|c| c.id == "opcw-2018")
        .expect("opcw-2018");
    let input = input(case);
    assert!(input.attempted, "the OPCW operation was an attempt");
    let report = response_options(&input);
    assert!(report.is_available("restrictive-listing"));
    let listing = report.entry("restrictive-listing").unwrap();
    assert!(
        listing
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::AttemptBeyondBand { .. })),
        "the band of the realised effect ({}) is below listings, and the attempt lifts it",
        report.severity
    );
    assert!(
        listing.explanation.contains("Art. 1(1)")
            && listing
                .explanation
                .contains("attempted cyber-attacks with a potentially significant effect"),
        "{}",
        listing.explanation
    );
}

/// Every public dossier of the demo has its case, and every case a public dossier; every
/// listing date of the regime is covered by a restrictive-listing response.
#[test]
fn history_covers_every_public_case_to_july_2026() {
    let history = history();
    let demo: DemoCases = serde_json::from_str(DEMO_CASES).expect("demo-cases.json parses");
    let public: Vec<&DemoCase> = demo.cases.iter().filter(|c| !c.fictional).collect();
    for d in &public {
        let case = history
            .cases
            .iter()
            .find(|c| c.id == d.id)
            .unwrap_or_else(|| panic!("public dossier {} has no history case", d.id));
        for r in &d.eu_response {
            let measure = match r.kind.as_str() {
                "listing" => "restrictive-listing",
                _ => continue,
            };
            assert!(
                case.responses
                    .iter()
                    .any(|h| h.measure == measure && h.date == r.date),
                "{}: the listing of {} is not in the history",
                d.id,
                r.date
            );
        }
    }
    for c in &history.cases {
        assert!(
            public.iter().any(|d| d.id == c.id),
            "history case {} has no public demo dossier",
            c.id
        );
    }
    for date in LISTING_DATES {
        assert!(
            history.cases.iter().any(|c| c
                .responses
                .iter()
                .any(|r| r.measure == "restrictive-listing" && r.date == date)),
            "no case covers the listings of {date}"
        );
    }
}
