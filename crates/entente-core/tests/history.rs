//! History test: for each public case in `data/history-responses.json`, the options engine,
//! fed the input reconstructed from the public record, lists what the EU actually did among the
//! available options. Where the data says a real response is `not_available`, the engine must
//! agree and the data must say why: the gap is shown, not tuned away.

use entente_core::options::scenario::ScenarioInput;
use entente_core::options::{catalogue, response_options};
use serde::Deserialize;

const HISTORY: &str = include_str!("../../../data/history-responses.json");

#[derive(Deserialize)]
struct History {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    responses: Vec<Response>,
    input: ScenarioInput,
}

#[derive(Deserialize)]
struct Response {
    measure: String,
    date: String,
    expected: String,
    #[serde(default)]
    why: Option<String>,
}

const EXPECTED_CASES: [&str; 12] = [
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
];

#[test]
fn engine_lists_what_the_eu_actually_did() {
    let history: History = serde_json::from_str(HISTORY).expect("history-responses.json parses");
    let ids: Vec<&str> = history.cases.iter().map(|c| c.id.as_str()).collect();
    for id in EXPECTED_CASES {
        assert!(ids.contains(&id), "history lacks case {id}");
    }
    let mut gaps = Vec::new();
    for case in &history.cases {
        let input = case
            .input
            .to_options_input()
            .unwrap_or_else(|e| panic!("{}: {e}", case.id));
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
    // The known, documented gaps (see the 'why' in the data).
    assert_eq!(gaps.len(), 1, "{gaps:#?}");
    assert!(gaps[0].starts_with("opcw-2018 restrictive-listing"));
}
