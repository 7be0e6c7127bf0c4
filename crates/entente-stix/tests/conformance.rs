//! Conformance: every STIX file under the shared data directory validates without errors and
//! round-trips exactly; every invalid case in `tests/invalid/cases.json` (written from the
//! STIX 2.1 specification, at least one per MUST implemented) fails with the expected rule code.

use std::path::{Path, PathBuf};

use entente_stix::{
    Bundle, ForEachControl, Options, Rule, Severity, StixObject, for_each_object,
    for_each_validated, validate_object, validate_reader,
};
use serde_json::{Map, Value, json};

/// `$ENTENTE_SHARED_DATA/stix` (as in the scripts), else `shared/data/stix` beside the repository.
fn shared_stix_dir() -> PathBuf {
    std::env::var_os("ENTENTE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
        .join("stix")
}

fn stix_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "json") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&shared_stix_dir(), &mut out);
    out.sort();
    out
}

#[test]
fn shared_data_validates_without_errors() {
    let files = stix_files();
    assert!(
        files.len() >= 10,
        "expected the shared STIX data beside the repository, found {files:?}"
    );
    for file in files {
        let reader = std::fs::File::open(&file).expect("open shared data");
        let mut errors = Vec::new();
        let report = validate_reader(reader, &Options::default(), |r| {
            errors.extend(
                r.findings
                    .into_iter()
                    .filter(|f| f.severity == Severity::Error),
            );
        })
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        errors.extend(
            report
                .findings
                .into_iter()
                .filter(|f| f.severity == Severity::Error),
        );
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
        assert!(report.objects > 0);
    }
}

#[test]
fn shared_data_round_trips_exactly() {
    for file in stix_files() {
        let text = std::fs::read_to_string(&file).expect("read shared data");
        let original: Value = serde_json::from_str(&text).expect("shared data is JSON");
        if original.get("type").and_then(Value::as_str) == Some("bundle") {
            let bundle = Bundle::from_json(&text).expect("bundle parses");
            assert_eq!(bundle.to_value(), original, "{}", file.display());
            // Key order survives too.
            assert_eq!(
                serde_json::to_string(&bundle.to_value()).ok(),
                serde_json::to_string(&original).ok()
            );
            // Streaming sees the same objects in the same order.
            let mut streamed = Vec::new();
            let n = for_each_object(text.as_bytes(), |o| {
                streamed.push(o.into_value());
                ForEachControl::Continue
            })
            .expect("streams");
            assert_eq!(n, streamed.len());
            assert_eq!(Some(&Value::Array(streamed)), original.get("objects"));
        } else {
            let obj = StixObject::from_json(&text).expect("object parses");
            assert_eq!(
                obj.to_json_string(),
                serde_json::to_string(&original).expect("json")
            );
        }
    }
}

#[test]
fn for_each_object_can_stop_early() {
    let file = shared_stix_dir().join("ics-attack-18.1.json");
    let reader = std::fs::File::open(file).expect("open");
    let mut seen = 0;
    let n = for_each_object(reader, |o| {
        assert!(o.id().is_some() && o.object_type().is_some());
        seen += 1;
        if seen == 10 {
            ForEachControl::Stop
        } else {
            ForEachControl::Continue
        }
    })
    .expect("stops cleanly");
    assert_eq!((n, seen), (10, 10));
}

#[test]
fn for_each_validated_hands_over_objects_with_their_reports() {
    let text = std::fs::read_to_string(shared_stix_dir().join("oasis-examples/poisonivy.json"))
        .expect("read");
    let mut n = 0;
    let report = for_each_validated(text.as_bytes(), &Options::default(), |o, r| {
        assert_eq!(o.id(), r.id.as_deref());
        assert_eq!(r.index, n);
        assert!(r.is_valid(), "{:?}", r.findings);
        n += 1;
        ForEachControl::Continue
    })
    .expect("reads");
    assert_eq!(report.objects, n);
    assert!(report.is_valid());
}

fn bases() -> Map<String, Value> {
    let text = include_str!("invalid/bases.json");
    serde_json::from_str(text).expect("bases.json is a JSON object")
}

/// Apply a case: start from a base, remove, then set (JSON Pointer-ish top-level keys or `a/b/0`).
fn build(case: &Value, bases: &Map<String, Value>) -> Value {
    let base = case["base"].as_str().expect("case.base");
    let mut obj = bases
        .get(base)
        .unwrap_or_else(|| panic!("no base {base}"))
        .clone();
    if let Some(remove) = case.get("remove").and_then(Value::as_array) {
        for k in remove {
            obj.as_object_mut()
                .expect("object")
                .shift_remove(k.as_str().expect("key"));
        }
    }
    if let Some(set) = case.get("set").and_then(Value::as_object) {
        for (path, v) in set {
            let ptr = format!("/{path}");
            if let Some(slot) = obj.pointer_mut(&ptr) {
                *slot = v.clone();
            } else {
                obj.as_object_mut()
                    .expect("object")
                    .insert(path.clone(), v.clone());
            }
        }
    }
    obj
}

#[test]
fn bases_are_valid() {
    for (name, obj) in bases() {
        let errors: Vec<_> = validate_object(&obj)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "base {name}: {errors:#?}");
    }
}

#[test]
fn invalid_cases_fail_with_their_rule() {
    let bases = bases();
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("invalid/cases.json")).expect("cases.json");
    let mut covered = std::collections::HashSet::new();
    for case in &cases {
        let name = case["name"].as_str().expect("case.name");
        let want = case["rule"].as_str().expect("case.rule");
        let obj = build(case, &bases);
        let findings = validate_object(&obj);
        let hit = findings.iter().find(|f| f.rule.code() == want);
        assert!(
            hit.is_some(),
            "case '{name}': expected {want}, got {findings:#?}"
        );
        if let Some(f) = hit {
            assert_eq!(f.severity, f.rule.severity());
            if let Some(path) = case.get("path").and_then(Value::as_str) {
                assert_eq!(f.path, path, "case '{name}'");
            }
        }
        covered.insert(want.to_string());
    }
    // Every error rule about single objects has at least one case.
    let cross_object = ["not-object", "bundle"];
    for rule in Rule::ALL {
        if rule.severity() == Severity::Error && !cross_object.contains(&rule.code()) {
            assert!(
                covered.contains(rule.code()),
                "no invalid case for MUST rule {}",
                rule.code()
            );
        }
    }
}

#[test]
fn bundle_level_rules() {
    let check = |doc: Value, want: &str| {
        let text = doc.to_string();
        let mut codes = Vec::new();
        let report = validate_reader(text.as_bytes(), &Options::default(), |r| {
            codes.extend(r.findings.iter().map(|f| f.rule.code()));
        })
        .expect("reads");
        codes.extend(report.findings.iter().map(|f| f.rule.code()));
        assert!(codes.contains(&want), "{doc}: wanted {want}, got {codes:?}");
    };
    check(
        json!({"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [1]}),
        "not-object",
    );
    check(
        json!({"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": {}}),
        "bundle",
    );
    check(
        json!({"type": "bundle", "id": "indicator--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": []}),
        "id-type-mismatch",
    );
    check(json!({"type": "bundle", "objects": []}), "id-missing");
    check(
        json!({"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [bases()["identity"].clone(), bases()["identity"].clone()]}),
        "duplicate-object",
    );
    let mut marked = bases()["identity"].clone();
    marked["object_marking_refs"] =
        json!(["marking-definition--5d0092c5-5f74-4287-9642-33f4c354e56d"]);
    check(
        json!({"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": [marked]}),
        "unresolved-marking",
    );
}

/// Duplicates are `(id, modified)` pairs: new versions of one object are not duplicates, and
/// among many objects exactly the repeated pairs are reported, each at its second occurrence.
#[test]
fn duplicates_are_exactly_the_repeated_versions() {
    let base = bases()["identity"].clone();
    let mut objects = Vec::new();
    for i in 0..2_000u32 {
        let mut o = base.clone();
        o["id"] = json!(format!("identity--5d0092c5-5f74-4287-9642-{:012x}", i / 2));
        // Pairs of versions of one id; every 250th object repeats its predecessor exactly.
        let day = (if i % 250 == 249 { i - 1 } else { i }) % 2 + 1;
        o["modified"] = json!(format!("2026-01-{day:02}T00:00:00.000Z"));
        objects.push(o);
    }
    let doc = json!({"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d", "objects": objects});
    let report =
        validate_reader(doc.to_string().as_bytes(), &Options::default(), |_| {}).expect("reads");
    let dups: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule.code() == "duplicate-object")
        .map(|f| f.path.as_str())
        .collect();
    let want: Vec<String> = (0..2_000)
        .filter(|i| i % 250 == 249)
        .map(|i| format!("/objects/{i}"))
        .collect();
    assert_eq!(dups, want);
}

#[test]
fn unreadable_input_is_an_error_with_a_code() {
    let e = validate_reader(
        &b"{\"type\": \"bundle\", \"objects\": ["[..],
        &Options::default(),
        |_| {},
    )
    .expect_err("truncated");
    assert_eq!(e.code(), "stix-json");
    let e =
        validate_reader(&b"[1, 2]"[..], &Options::default(), |_| {}).expect_err("not an object");
    assert_eq!(e.code(), "stix-not-object");
}
