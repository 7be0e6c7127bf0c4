//! Finding F13, end to end with the real binary: `entente serve` on loopback, `entente witness`
//! against it, then the attacks on the instance's data directory. A rollback to an older copy
//! (which is self-consistent, so plain `verify` accepts it) is caught by `verify --witness`; the
//! same copy, grown into a fork, is refused by the witness; a deleted tail is caught by plain
//! `verify` through the signed tree head.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

const PASSWORD: &str = "Cosigner-Passw0rd-2026";

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

struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(data: &Path) -> Server {
        let mut child = entente()
            .args(["serve", "--addr", "127.0.0.1:0", "--data"])
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

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into()
    }

    /// Signs in and creates a read-write API token.
    fn token(&self) -> String {
        let agent = Self::agent();
        let mut r = agent
            .post(format!("{}/api/v1/session", self.base))
            .send_json(serde_json::json!({"user": "eu.witness", "password": PASSWORD}))
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let cookie = r
            .headers()
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string();
        let session: serde_json::Value = r.body_mut().read_json().unwrap();
        let mut r = agent
            .post(format!("{}/api/v1/tokens", self.base))
            .header("Cookie", &cookie)
            .header("X-CSRF-Token", session["csrf_token"].as_str().unwrap())
            .send_json(serde_json::json!({"scope": "read-write", "label": "witness"}))
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let v: serde_json::Value = r.body_mut().read_json().unwrap();
        v["token"].as_str().unwrap().to_string()
    }

    fn dossiers(&self, token: &str, prefix: &str, n: usize) {
        let agent = Self::agent();
        for i in 0..n {
            let r = agent
                .post(format!("{}/api/v1/dossiers", self.base))
                .header("Authorization", format!("Bearer {token}"))
                .send_json(serde_json::json!({
                    "slug": format!("{prefix}-{i}"),
                    "title": {"en": format!("Case {prefix} {i}")},
                    "marking": {"tlp": "GREEN"}
                }))
                .unwrap();
            assert_eq!(r.status().as_u16(), 201);
        }
    }

    fn stop(self) {
        drop(self);
    }
}

impl Drop for Server {
    /// SIGKILL: every acknowledged write is durable, and the lock dies with the process. Also
    /// when a test fails half-way, so no server outlives it.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn witness(w: &Path, base: &str, token: &str) -> Output {
    entente()
        .args(["witness", "--data"])
        .arg(w)
        .args(["--url", base])
        .env("ENTENTE_WITNESS_TOKEN", token)
        .output()
        .unwrap()
}

fn verify(data: &Path, witnesses: &[&Path]) -> Output {
    let mut c = entente();
    c.args(["verify", "--data"]).arg(data);
    for w in witnesses {
        c.arg("--witness").arg(w);
    }
    c.output().unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for f in ["entente.db", "entente.db-wal", "instance.key"] {
        if from.join(f).exists() {
            std::fs::copy(from.join(f), to.join(f)).unwrap();
        }
    }
}

#[test]
fn f13_witness_and_verify_against_a_running_instance() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("instance");
    let snapshot = tmp.path().join("snapshot");
    let w = tmp.path().join("witness");
    let export = tmp.path().join("witness-export.json");

    let mut add = entente()
        .args([
            "user",
            "add",
            "eu.witness",
            "--party",
            "EEAS",
            "--roles",
            "analyst",
        ])
        .args(["--password-stdin", "--data"])
        .arg(&data)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(add.wait().unwrap().success());
    // The witness's key is registered for the account that posts its co-signatures (R12),
    // which may then read the head and proofs (R10).
    let key = entente()
        .args(["witness", "key", "--data"])
        .arg(&w)
        .output()
        .unwrap();
    assert!(key.status.success(), "{}", text(&key));
    let key = String::from_utf8(key.stdout).unwrap().trim().to_string();
    let out = entente()
        .args([
            "user",
            "witness-register",
            "eu.witness",
            "--key",
            &key,
            "--data",
        ])
        .arg(&data)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));

    // Round 1: the first head, trusted on first use, co-signed and recorded by the instance.
    let server = Server::start(&data);
    let token = server.token();
    server.dossiers(&token, "early", 3);
    let out = witness(&w, &server.base, &token);
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(t.contains("co-signed the first head of instance"), "{t}");
    assert!(
        t.contains("the instance recorded the co-signature as event"),
        "{t}"
    );
    server.stop();
    copy_dir(&data, &snapshot);

    // Round 2: the log grew; the witness checks the consistency proof and co-signs.
    let server = Server::start(&data);
    server.dossiers(&token, "later", 2);
    let out = witness(&w, &server.base, &token);
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert!(t.contains("extends the head of"), "{t}");
    // Round 3 co-signs the co-signature event of round 2, which the instance does not record
    // again (a witness polling a quiet instance must not grow its log); round 4 has nothing new.
    let out = witness(&w, &server.base, &token);
    let t = text(&out);
    assert!(t.contains("extends the head of"), "{t}");
    assert!(t.contains("only co-signatures were appended"), "{t}");
    let out = witness(&w, &server.base, &token);
    assert!(text(&out).contains("unchanged"), "{}", text(&out));
    server.stop();
    let out = entente()
        .args(["witness", "export", "--data"])
        .arg(&w)
        .arg("--out")
        .arg(&export)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));

    let out = verify(&data, &[&w, &export]);
    let t = text(&out);
    assert!(out.status.success(), "{t}");
    assert_eq!(t.matches("matches the log").count(), 3, "{t}");

    // A rollback to the older copy: self-consistent, so plain verify accepts it, but the
    // witness co-signed more.
    let out = verify(&snapshot, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let out = verify(&snapshot, &[&export]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("BROKEN at seq"), "{t}");
    assert!(t.contains("were removed after they were witnessed"), "{t}");
    assert!(
        t.contains(&export.display().to_string()),
        "names the witness record: {t}"
    );

    // The same copy, grown into a fork: the witness refuses it and keeps its record.
    let before = std::fs::read_to_string(&export).unwrap();
    let server = Server::start(&snapshot);
    server.dossiers(&token, "forked", 6);
    let out = witness(&w, &server.base, &token);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(t.contains("REFUSED:"), "{t}");
    assert!(t.contains("does not extend the head of"), "{t}");
    assert!(t.contains("entente witness export"), "says what to do: {t}");
    server.stop();
    let out = entente()
        .args(["witness", "export", "--data"])
        .arg(&w)
        .output()
        .unwrap();
    let now: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let then: serde_json::Value = serde_json::from_str(&before).unwrap();
    assert_eq!(
        now["records"], then["records"],
        "the refused head was not recorded"
    );
    let out = verify(&snapshot, &[&w]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("forked"), "{}", text(&out));

    // A deleted tail, without re-signing: plain verify finds it through the signed tree head.
    let truncated: PathBuf = tmp.path().join("truncated");
    copy_dir(&data, &truncated);
    let db = rusqlite::Connection::open(truncated.join("entente.db")).unwrap();
    let n: i64 = db
        .query_row("SELECT max(seq) FROM events", [], |r| r.get(0))
        .unwrap();
    db.execute("DELETE FROM events WHERE seq > ?1", [n - 3])
        .unwrap();
    drop(db);
    let out = verify(&truncated, &[]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains(&format!("BROKEN at seq {}", n - 2)) && t.contains("signed tree head"),
        "{t}"
    );
    // And rebuild refuses to erase the evidence.
    let out = entente()
        .args(["rebuild", "--data"])
        .arg(&truncated)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("rebuild refused"), "{}", text(&out));
}
