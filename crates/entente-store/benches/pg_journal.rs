//! Benchmark of the PostgreSQL journal (docs/postgres.md) on a throw-away local server with
//! `fsync` on: acknowledged writes per second from one node and from two nodes writing at once
//! (one event per command, many concurrent writers, so group commit and the journal's lock are
//! what is measured), the follower's lag (from a write's acknowledgement on one node until the
//! other has applied it), and the cost for a new node of catching up with journals of growing
//! size. Prints a table; run with `cargo bench -p entente-store --bench pg_journal`
//! (`PG_BENCH_EVENTS` sets the largest journal, default 100,000).

#[path = "../tests/pg/mod.rs"]
mod pg;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use entente_core::event::Note;
use entente_core::{Actor, Draft, Marking, PartyId, UserId};
use entente_store::pg_journal::PgConfig;
use entente_store::{Journal, Options, SqliteStore, Store, SystemClock};

fn actor() -> Actor {
    Actor {
        user: UserId::parse("bench").unwrap(),
        party: PartyId::parse("EU").unwrap(),
    }
}

fn note(i: u64) -> Draft {
    Draft::new(
        &Note {
            text: format!("benchmark note number {i} with some text to make it realistic"),
        },
        Marking::clear(),
    )
}

fn node(dir: &Path, url: &str, name: &str) -> SqliteStore {
    SqliteStore::open(
        dir,
        Arc::new(SystemClock),
        Options {
            checkpoint_every: 10_000,
            max_batch: 4096,
            journal: Journal::Postgres {
                config: PgConfig::parse(url).unwrap(),
                node: name.into(),
            },
            ..Options::default()
        },
    )
    .unwrap()
}

fn key_of(from: &Path) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::copy(from.join("instance.key"), d.path().join("instance.key")).unwrap();
    d
}

/// `writers` threads on each store, `per_writer` single-event commands each: acknowledged
/// writes per second over all stores.
fn writes(stores: &[Arc<SqliteStore>], writers: u64, per_writer: u64) -> f64 {
    let t = Instant::now();
    let mut hs = Vec::new();
    for (n, s) in stores.iter().enumerate() {
        for w in 0..writers {
            let s = s.clone();
            hs.push(std::thread::spawn(move || {
                for i in 0..per_writer {
                    let d = note((n as u64 * 1000 + w) * 1_000_000 + i);
                    s.log()
                        .execute(actor(), None, move |_| Ok(vec![d]))
                        .unwrap();
                }
            }));
        }
    }
    for h in hs {
        h.join().unwrap();
    }
    (stores.len() as u64 * writers * per_writer) as f64 / t.elapsed().as_secs_f64()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let max: u64 = std::env::var("PG_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let pg = pg::Pg::start_with(true);
    let mut rows: Vec<(String, String)> = Vec::new();

    // Writes: one node, then two nodes at once.
    let url = pg.database();
    let a_dir = tempfile::tempdir().unwrap();
    let a = Arc::new(node(a_dir.path(), &url, "a"));
    let b_dir = key_of(a_dir.path());
    let b = Arc::new(node(b_dir.path(), &url, "b"));
    writes(std::slice::from_ref(&a), 8, 50); // warm up
    let one = writes(std::slice::from_ref(&a), 64, 60);
    rows.push((
        "acknowledged writes, 1 node, 64 writers, 1 event each".into(),
        format!("{one:.0}/s"),
    ));
    let two = writes(&[a.clone(), b.clone()], 32, 60);
    rows.push((
        "acknowledged writes, 2 nodes at once, 32 writers each, 1 event each".into(),
        format!("{two:.0}/s"),
    ));

    // Follower lag: a write acknowledged on A, until B has applied it (one write at a time,
    // 5 ms apart).
    let mut lags = Vec::new();
    let status = b.log().status();
    for i in 0..400 {
        let d = note(9_000_000_000 + i);
        let c = a
            .log()
            .execute(actor(), None, move |_| Ok(vec![d]))
            .unwrap();
        let seq = *c.seqs.last().unwrap();
        let t = Instant::now();
        while status.applied() < seq {
            std::thread::sleep(Duration::from_micros(100));
        }
        lags.push(t.elapsed());
        std::thread::sleep(Duration::from_millis(5));
    }
    lags.sort();
    rows.push((
        "follower lag after an acknowledged write, p50 / p99 (400 writes)".into(),
        format!(
            "{:.1} ms / {:.1} ms",
            percentile(&lags, 0.5).as_secs_f64() * 1e3,
            percentile(&lags, 0.99).as_secs_f64() * 1e3
        ),
    ));
    drop((a, b));

    // Catch-up: a new node over journals of growing size.
    let mut size = 10_000u64;
    while size <= max {
        let url = pg.database();
        let w_dir = tempfile::tempdir().unwrap();
        let w = Arc::new(node(w_dir.path(), &url, "writer"));
        let fill = Instant::now();
        let hs: Vec<_> = (0..8u64)
            .map(|t| {
                let w = w.clone();
                std::thread::spawn(move || {
                    let per = size / 8 / 500;
                    for i in 0..per {
                        let drafts: Vec<_> = (0..500)
                            .map(|k| note(t * 1_000_000_000 + i * 500 + k))
                            .collect();
                        w.log().execute(actor(), None, move |_| Ok(drafts)).unwrap();
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        let events = w.head().unwrap().0;
        let fill_rate = events as f64 / fill.elapsed().as_secs_f64();
        let n_dir = key_of(w_dir.path());
        let t = Instant::now();
        let n = node(n_dir.path(), &url, "new");
        let catch = t.elapsed();
        assert_eq!(n.head().unwrap(), w.head().unwrap());
        rows.push((
            format!("journal of {events} events: filled (500 events per command) / a new node catches up"),
            format!(
                "{fill_rate:.0} events/s / {:.2} s ({:.0} events/s)",
                catch.as_secs_f64(),
                events as f64 / catch.as_secs_f64()
            ),
        ));
        drop((n, w));
        size *= 10;
    }

    println!("| measure | result |");
    println!("|---|---|");
    for (m, r) in rows {
        println!("| {m} | {r} |");
    }
}
