//! Crash test: append under load, `kill -9` at random moments, restart, and check that every
//! acknowledged event is in the log and the chain verifies. Bounded number of rounds.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const ROUNDS: usize = 6;

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

#[test]
fn acknowledged_events_survive_kill_9() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // Kill moments, in ms after the first acknowledgement of each round.
    let delays = [40u64, 150, 7, 300, 90, 500];
    for (round, delay) in delays.iter().enumerate().take(ROUNDS) {
        let mut child = entente()
            .args(["load", "--data"])
            .arg(&data)
            .args(["--events", "0", "--writers", "16", "--acks"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            let mut max = 0u64;
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(seq) = line
                    .strip_prefix("ack ")
                    .and_then(|s| s.parse::<u64>().ok())
                {
                    if max == 0 {
                        let _ = tx.send(());
                    }
                    max = max.max(seq);
                }
            }
            max
        });
        rx.recv_timeout(Duration::from_secs(60))
            .expect("the load generator acknowledged nothing");
        std::thread::sleep(Duration::from_millis(*delay));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let max_acked = reader.join().unwrap();
        assert!(max_acked > 0);

        let out = entente()
            .args(["verify", "--data"])
            .arg(&data)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "round {round}: verify failed: {text}");
        let events: u64 = text
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("unexpected verify output {text}"));
        assert!(
            events >= max_acked,
            "round {round}: acknowledged seq {max_acked} but the log has only {events} events"
        );
    }
}
