//! Search from the command line, over the demo: the test set keeps its recall (a regression
//! guard on the per-language analysis), `entente search` answers as a user may see it
//! (Latvian and Bulgarian word forms, a listed person by a Cyrillic spelling, an ATT&CK
//! technique by its id), and `entente rebuild` rebuilds the index.

use std::process::{Command, Output};

const TESTSET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/search-testset.json"
);

fn entente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .unwrap()
}

fn ok(o: &Output) -> String {
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

fn hits(data: &str, who: &str, q: &str) -> Vec<(String, String, String)> {
    let out = ok(&entente(&[
        "search", "--data", data, "--as", who, "--format", "json", q,
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap().to_string(),
                h["id"].as_str().unwrap().to_string(),
                h["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_demo_is_found_in_its_languages_and_the_test_set_keeps_its_recall() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let data = data.to_str().unwrap();
    // Loads the demo into `data` and runs the test set; recorded: 0.971 (docs/benchmarks.md).
    let out = ok(&entente(&[
        "search-eval",
        "--testset",
        TESTSET,
        "--data",
        data,
        "--min-recall",
        "0.95",
    ]));
    assert!(out.contains("all"), "{out}");

    // Latvian and Bulgarian word forms other than the title's.
    let lv = hits(data, "lv.analyst", "kiberuzbrukumu Vācijas parlamentam");
    assert_eq!(
        lv.first().map(|h| h.1.as_str()),
        Some("bundestag-2015"),
        "{lv:?}"
    );
    let bg = hits(
        data,
        "bg.delegate",
        "кибератаките срещу естонските министерства",
    );
    assert_eq!(
        bg.first().map(|h| h.1.as_str()),
        Some("estonia-gru-2020"),
        "{bg:?}"
    );
    // A listed person by the Cyrillic spelling of the name, and another romanisation.
    for q in ["Алексей Моренец", "Alexey Morenets"] {
        let p = hits(data, "de.delegate", q);
        assert_eq!(
            p.first().map(|h| h.2.as_str()),
            Some("Aleksei Sergeyvich MORENETS"),
            "{q}: {p:?}"
        );
    }
    // An ATT&CK for ICS technique by its id.
    let t = hits(data, "fr.delegate", "T0800");
    assert_eq!(
        t.first().map(|h| (h.0.as_str(), h.2.as_str())),
        Some(("stix", "Activate Firmware Update Mode")),
        "{t:?}"
    );
    // The Baltic exercise is LV's and EE's: the German delegate finds nothing of it.
    assert!(!hits(data, "lv.analyst", "BALTIC GRID").is_empty());
    assert!(hits(data, "de.delegate", "BALTIC GRID").is_empty());

    let out = ok(&entente(&["rebuild", "--data", data]));
    assert!(out.contains("search index rebuilt"), "{out}");
    let again = hits(data, "lv.analyst", "kiberuzbrukumu Vācijas parlamentam");
    assert_eq!(again, lv);
}
