//! Findings of the attack test that live at the console: a demo directory is never served for
//! real while any account keeps its published password (F14), and the demo describes its
//! administrator truthfully (F16).

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

/// Starts `entente demo`, waits until it serves, and returns its output so far.
fn demo_until_serving(data: &str) -> (Child, String) {
    let mut child = entente()
        .args(["demo", "--data", data, "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = String::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        let Some(Ok(line)) = lines.next() else { break };
        out.push_str(&line);
        out.push('\n');
        if line.trim_start().starts_with("eeas.security2") {
            break;
        }
    }
    (child, out)
}

#[test]
fn f14_a_demo_directory_is_not_served_while_any_published_password_remains() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let data = data.to_str().unwrap();
    let (mut child, out) = demo_until_serving(data);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(out.contains("serving at"), "{out}");
    // F16: the administrator's description says what it sees.
    let admin = out
        .lines()
        .find(|l| l.trim_start().starts_with("admin "))
        .unwrap();
    assert!(!admin.contains("public data only"), "{admin}");

    let serve = |d: &str| {
        entente()
            .args(["serve", "--data", d, "--addr", "127.0.0.1:0"])
            .output()
            .unwrap()
    };
    let o = serve(data);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.contains("eeas.chair") && err.contains("fi.delegate"),
        "{err}"
    );
    // Resetting the admin alone is not enough: every demo account is named until reset.
    let mut reset = entente()
        .args([
            "user",
            "reset-password",
            "admin",
            "--data",
            data,
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    writeln!(reset.stdin.take().unwrap(), "Operator-Reset-Passphrase-1").unwrap();
    assert!(reset.wait().unwrap().success());
    let o = serve(data);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        !err.contains(" admin,") && err.contains("intcen.analyst"),
        "{err}"
    );
}
