//! Issue 12 at the console, with the real binary: `entente procedure evaluate --rule qmv`
//! answers with no `--population`, naming the Annex III table it used; `entente reference
//! population import FILE` refuses bad tables naming the state or the year and records nothing,
//! loads a good one, and `procedure evaluate --data DIR` then uses it.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{Value, json};

fn entente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .expect("the entente binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, v.to_string()).expect("written");
    p.to_str().expect("a UTF-8 path").to_string()
}

/// The shipped 2024 figures, as a table document for `year`.
fn table(year: u16) -> Value {
    let annex: Value =
        serde_json::from_str(include_str!("../../../data/annex-iii.json")).expect("annex-iii.json");
    let mut t = annex["years"]["2024"].clone();
    t["year"] = json!(year);
    t["source"] = json!(format!(
        "Council Decision (EU, Euratom) {}/1 (test)",
        year - 1
    ));
    t["valid_from"] = json!(format!("{year}-01-01"));
    t
}

fn positions(dir: &Path) -> String {
    let mut m = serde_json::Map::new();
    for s in [
        "BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV", "LT",
        "LU", "HU", "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE",
    ] {
        let p = if ["DE", "FR", "IT", "ES"].contains(&s) {
            "against"
        } else {
            "for"
        };
        m.insert(s.to_string(), json!(p));
    }
    write(dir, "positions.json", &Value::Object(m))
}

#[test]
fn qmv_without_population_then_a_loaded_table() {
    let dir = tempfile::tempdir().expect("a directory");
    let data = dir.path().join("data");
    let data = data.to_str().expect("UTF-8");
    let pos = positions(dir.path());

    // No --population: the table in force at --at, or the nearest, named.
    let o = entente(&[
        "procedure",
        "evaluate",
        "--rule",
        "qmv",
        "--positions",
        &pos,
        "--at",
        "2026-06-01T12:00:00Z",
    ]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("qmv: NOT ADOPTED (Art. 16(4) TEU)"), "{out}");
    assert!(out.contains("population        Annex III 2024"), "{out}");
    assert!(
        out.contains("NOT the table in force at the time of the vote, which is that of 2026"),
        "{out}"
    );
    assert!(
        out.contains("robustness        holds under any ±2 % revision"),
        "{out}"
    );
    let o = entente(&[
        "procedure",
        "evaluate",
        "--rule",
        "qmv",
        "--positions",
        &pos,
        "--year",
        "2021",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(
        (v["year"].as_u64(), v["table"]["in_force"].as_bool()),
        (Some(2021), Some(true))
    );

    // Bad tables: each refused, naming the state or the year; nothing recorded.
    let mut missing = table(2026);
    missing["figures"]
        .as_object_mut()
        .expect("figures")
        .remove("MT");
    let mut wrong_sum = table(2026);
    wrong_sum["total"] = json!(1);
    let mut negative = table(2026);
    negative["figures"]["DE"] = json!(-1);
    let mut unknown = table(2026);
    unknown["figures"]["UK"] = json!(67_000_000);
    let no_table = json!({"year": 2026, "source": "Council Decision (test)", "total": 1});
    for (name, doc, expected) in [
        ("missing.json", missing, "figures.MT"),
        (
            "sum.json",
            wrong_sum,
            "sum to 450473252, not to the total 1",
        ),
        ("negative.json", negative, "figures.DE: -1 is negative"),
        ("unknown.json", unknown, "figures.UK"),
        ("none.json", no_table, "the table of 2026 has no figures"),
    ] {
        let f = write(dir.path(), name, &doc);
        let o = entente(&["reference", "population", "import", &f, "--data", data]);
        let out = text(&o);
        assert!(!o.status.success(), "{name}: {out}");
        assert!(out.contains(expected), "{name}: {out}");
        assert!(out.contains("nothing was loaded"), "{name}: {out}");
    }
    let o = entente(&["reference", "population", "list", "--data", data]);
    let out = text(&o);
    assert_eq!(out.lines().count(), 2, "only the shipped tables: {out}");

    // A good 2026 table: loaded, listed, and used by a vote of 2026 read from the directory.
    let f = write(dir.path(), "2026.json", &table(2026));
    let o = entente(&["reference", "population", "import", &f, "--data", data]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("loaded the Annex III table of 2026"));
    let out = text(&entente(&[
        "reference",
        "population",
        "list",
        "--data",
        data,
    ]));
    assert!(out.contains("2026  imported"), "{out}");
    let o = entente(&[
        "procedure",
        "evaluate",
        "--rule",
        "qmv",
        "--positions",
        &pos,
        "--at",
        "2026-06-01T12:00:00Z",
        "--data",
        data,
    ]);
    let out = text(&o);
    assert!(out.contains("population        Annex III 2026"), "{out}");
    assert!(out.contains("in force at the time of the vote"), "{out}");
    assert!(!out.contains("NOT the table in force"), "{out}");
}
