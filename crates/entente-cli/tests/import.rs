//! `entente import`: the report lines, the exit codes (0 all landed, 1 some rejected, 2 usage
//! or IO), and a second import of the same bundle reporting only duplicates.

use std::path::Path;
use std::process::{Command, Output};

const ICS_18: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/stix/ics-attack-18.1.json"
);

fn entente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn ics_objects() -> usize {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(ICS_18).unwrap()).unwrap();
    v["objects"].as_array().unwrap().len()
}

#[test]
fn import_reports_added_then_duplicates_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let n = ics_objects();
    let mut add = std::process::Command::new(env!("CARGO_BIN_EXE_entente"))
        .args([
            "user",
            "add",
            "lv.analyst",
            "--data",
            data,
            "--party",
            "LV",
            "--roles",
            "analyst",
            "--password-stdin",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        writeln!(add.stdin.take().unwrap(), "a long passphrase for the test").unwrap();
    }
    assert!(add.wait().unwrap().success());
    let first = entente(&[
        "import",
        "--data",
        data,
        "--as",
        "lv.analyst",
        "--party",
        "LV",
        ICS_18,
    ]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(
        out.contains(&format!(
            "{n} objects: {n} added, 0 new versions, 0 older versions, 0 duplicates, 0 rejected"
        )),
        "{out}"
    );
    let second = entente(&["import", "--data", data, "--json", ICS_18]);
    assert_eq!(second.status.code(), Some(0), "{}", text(&second));
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&second.stdout).trim()).unwrap();
    // The instance (default importer) sees LV's GREEN objects: all duplicates.
    assert_eq!(line["duplicates"], n);
    assert_eq!(line["added"], 0);
    assert_eq!(line["events"], 0);
    assert!(
        line["file"]
            .as_str()
            .unwrap()
            .ends_with("ics-attack-18.1.json")
    );
}

fn write(dir: &Path, name: &str, v: serde_json::Value) -> String {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn a_rejected_object_exits_one_with_its_reason_and_io_errors_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let data = data.to_str().unwrap();
    let ok = serde_json::json!({
        "type": "identity", "spec_version": "2.1",
        "id": "identity--a932fcc6-e032-476c-826f-cb970a5a1ade",
        "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
        "name": "CERT-LV", "identity_class": "organization"
    });
    let mut bad = ok.clone();
    bad["id"] = serde_json::json!("identity--1ed8caa7-a708-4706-b651-f1186ede6ca1");
    bad["modified"] = serde_json::json!("2023-01-01T00:00:00.000Z");
    let file = write(
        dir.path(),
        "mixed.json",
        serde_json::json!({
            "type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
            "objects": [ok, bad]
        }),
    );
    let o = entente(&["import", "--data", data, "--marking", "TLP:AMBER", &file]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("2 objects: 1 added"), "{out}");
    assert!(out.contains("1 rejected"), "{out}");
    assert!(
        out.contains("rejected /objects/1 identity--1ed8caa7-a708-4706-b651-f1186ede6ca1"),
        "{out}"
    );
    assert!(out.contains("modified-before-created"), "{out}");
    assert!(out.contains("/objects/1/modified"), "{out}");

    let missing = dir.path().join("missing.json");
    let o = entente(&["import", "--data", data, missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("missing.json"));

    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, b"{\"type\": \"bundle\", \"objects\": [").unwrap();
    let o = entente(&["import", "--data", data, broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));

    let o = entente(&["import", "--data", data, "--marking", "TLP:PURPLE", &file]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let o = entente(&["import", "--data", data]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}
