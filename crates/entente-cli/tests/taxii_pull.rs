//! `entente taxii pull` with the real binary against `entente serve` on loopback (issue 13): a
//! pull stopped after two pages, then interrupted by the remote going away, resumes where it
//! stopped once the remote is back, lands every object exactly once, and the next pull asks only
//! for what was added since. Wrong credentials and an unknown collection are refused with the
//! remote's reason and exit code 2.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use entente_core::{PartyId, Viewer};
use entente_store::stix_objects::{StixFilter, StixStore};
use entente_store::{Options, SqliteStore, SystemClock};

const PASSWORD: &str = "Puller-Passw0rd-2026";
const COLLECTION: &str = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn run_with_stdin(args: &[&str], data: &Path, stdin: &str) -> Output {
    let mut child = entente()
        .args(args)
        .arg("--data")
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(data: &Path, addr: &str) -> Server {
        let mut child = entente()
            .args(["serve", "--addr", addr, "--data"])
            .arg(data)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .split("serving at ")
            .nth(1)
            .unwrap_or_else(|| panic!("unexpected first line of serve: {line:?}"))
            .trim()
            .trim_end_matches('/')
            .to_string();
        Server { child, base }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn bundle(n: usize) -> serde_json::Value {
    let objects: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "type": "indicator", "spec_version": "2.1",
                "id": format!("indicator--{:08x}-1111-4111-8111-{:012x}", i, i),
                "created": "2026-11-01T00:00:00.000Z", "modified": "2026-11-01T00:00:00.000Z",
                "name": format!("Pulled indicator {i}"),
                "pattern": "[ipv4-addr:value = '198.51.100.9']", "pattern_type": "stix",
                "valid_from": "2026-11-01T00:00:00Z"
            })
        })
        .collect();
    serde_json::json!({"type": "bundle", "id": "bundle--5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d", "objects": objects})
}

fn held(data: &Path) -> usize {
    let store =
        SqliteStore::open(data, std::sync::Arc::new(SystemClock), Options::default()).unwrap();
    let page = store
        .stix_objects(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &StixFilter {
                limit: 1000,
                ..StixFilter::default()
            },
        )
        .unwrap();
    page.total
}

#[test]
fn a_pull_resumes_after_an_interruption_and_lands_every_object_once() {
    let tmp = tempfile::tempdir().unwrap();
    let remote = tmp.path().join("remote");
    let local = tmp.path().join("local");
    let o = run_with_stdin(
        &[
            "user",
            "add",
            "lv.analyst",
            "--party",
            "LV",
            "--roles",
            "analyst",
            "--password-stdin",
        ],
        &remote,
        &format!("{PASSWORD}\n"),
    );
    assert!(o.status.success(), "{}", text(&o));
    let file = tmp.path().join("bundle.json");
    std::fs::write(&file, serde_json::to_vec(&bundle(25)).unwrap()).unwrap();
    let o = entente()
        .args(["import", "--data"])
        .arg(&remote)
        .arg(&file)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let o = entente()
        .args(["taxii", "collection", "define", "--data"])
        .arg(&remote)
        .args(["--id", COLLECTION, "--title", "Indicators"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));

    let server = Server::start(&remote, "127.0.0.1:0");
    let root = format!("{}/taxii2/entente/", server.base);
    let addr = server.base.trim_start_matches("http://").to_string();
    let pull = |extra: &[&str], password: &str| {
        let mut args = vec![
            "taxii",
            "pull",
            &root,
            "--collection",
            COLLECTION,
            "--user",
            "lv.analyst",
            "--password-stdin",
            "--page",
            "10",
        ];
        args.extend_from_slice(extra);
        run_with_stdin(&args, &local, &format!("{password}\n"))
    };

    // Bad input: a wrong password, an unknown collection.
    let o = pull(&[], "not-the-password");
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("HTTP 401"), "{}", text(&o));
    let mut args = vec![
        "taxii",
        "pull",
        &root,
        "--collection",
        "00000000-0000-4000-8000-000000000000",
        "--user",
        "lv.analyst",
        "--password-stdin",
    ];
    args.push("--page");
    args.push("10");
    let o = run_with_stdin(&args, &local, &format!("{PASSWORD}\n"));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("HTTP 404"), "{}", text(&o));

    // Two pages, then stop.
    let o = pull(&["--max-pages", "2"], PASSWORD);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains("20 objects pulled in 2 pages"),
        "{}",
        text(&o)
    );
    assert_eq!(held(&local), 20);
    let state = std::fs::read_to_string(local.join("taxii-pull.json")).unwrap();
    assert!(state.contains("\"next\""), "{state}");

    // The remote goes away: the pull fails and leaves the state as it was.
    drop(server);
    let o = pull(&[], PASSWORD);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert_eq!(
        std::fs::read_to_string(local.join("taxii-pull.json")).unwrap(),
        state
    );

    // It comes back (same address): the pull continues where it stopped.
    let _server = Server::start(&remote, &addr);
    let o = pull(&[], PASSWORD);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("5 objects pulled"), "{}", text(&o));
    assert!(text(&o).contains("5 new, 0 already held"), "{}", text(&o));
    assert_eq!(held(&local), 25);
    // Nothing new the next time.
    let o = pull(&[], PASSWORD);
    assert!(text(&o).contains("0 objects pulled"), "{}", text(&o));
    assert_eq!(held(&local), 25);
    // --since from the start: every object again, all already held.
    let o = pull(&["--since", "2000-01-01T00:00:00Z"], PASSWORD);
    assert!(text(&o).contains("25 objects pulled"), "{}", text(&o));
    assert!(text(&o).contains("0 new, 25 already held"), "{}", text(&o));
}
