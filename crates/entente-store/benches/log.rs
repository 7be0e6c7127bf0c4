//! Benchmark of the event log: durable append throughput (group commit from concurrent
//! writers, and commands of many events), the same rows as bare SQLite inserts for comparison,
//! verify throughput and rebuild time; and the cost of tamper evidence (F13): signing the tree
//! head, which the writer does once per committed batch, opening a big log (the Merkle frontier
//! is rebuilt from its events) and a consistency proof across it. Prints a table; run with
//! `cargo bench -p entente-store --bench log` (`LOG_BENCH_EVENTS` sets the log size, default
//! 1,000,000).

use std::sync::Arc;
use std::time::Instant;

use entente_core::event::{Note, format_time};
use entente_core::{Actor, Draft, Event, Marking, PartyId, UserId};
use entente_store::{Options, SqliteStore, SystemClock, TreeHeads, rebuild, verify};

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

fn open(dir: &std::path::Path) -> SqliteStore {
    SqliteStore::open(
        dir,
        Arc::new(SystemClock),
        Options {
            checkpoint_every: 10_000,
            max_batch: 4096,
            ..Options::default()
        },
    )
    .unwrap()
}

fn concurrent(store: &Arc<SqliteStore>, writers: u64, per_writer: u64, per_command: u64) -> f64 {
    let t = Instant::now();
    let hs: Vec<_> = (0..writers)
        .map(|w| {
            let s = store.clone();
            std::thread::spawn(move || {
                for i in 0..per_writer {
                    let drafts: Vec<_> = (0..per_command)
                        .map(|k| note(w * 1_000_000 + i * per_command + k))
                        .collect();
                    s.log().execute(actor(), None, move |_| Ok(drafts)).unwrap();
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    (writers * per_writer * per_command) as f64 / t.elapsed().as_secs_f64()
}

/// The same rows, inserted with plain rusqlite (hashes computed the same way), in
/// transactions of `batch` rows, WAL + synchronous=FULL.
fn bare(dir: &std::path::Path, n: u64, batch: u64) -> f64 {
    let conn = rusqlite::Connection::open(dir.join("bare.db")).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.execute_batch(entente_store::schema::LOG_SCHEMA)
        .unwrap();
    let t = Instant::now();
    let mut prev = entente_core::event::GENESIS_HASH.to_string();
    let mut conn = conn;
    let mut seq = 0u64;
    while seq < n {
        let tx = conn.transaction().unwrap();
        {
            let mut stmt = tx.prepare_cached("INSERT INTO events(seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)").unwrap();
            for _ in 0..batch {
                seq += 1;
                let e = Event::seal(
                    note(seq),
                    seq,
                    uuid::Uuid::now_v7(),
                    chrono::Utc::now(),
                    actor(),
                    None,
                    &prev,
                );
                stmt.execute(rusqlite::params![
                    e.seq as i64,
                    e.id.to_string(),
                    format_time(e.recorded_at),
                    e.actor.user.as_str(),
                    e.actor.party.as_str(),
                    Option::<String>::None,
                    e.kind,
                    e.version,
                    e.payload,
                    e.marking,
                    e.prev_hash,
                    e.hash
                ])
                .unwrap();
                prev = e.hash;
            }
        }
        tx.commit().unwrap();
    }
    n as f64 / t.elapsed().as_secs_f64()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo test --benches` asks for a list; nothing to list.
    }
    let total: u64 = std::env::var("LOG_BENCH_EVENTS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let tmp = tempfile::tempdir().unwrap();

    let a = tempfile::tempdir().unwrap();
    let store = Arc::new(open(a.path()));
    let single = concurrent(&store, 1, 200, 1);
    let group = concurrent(&store, 64, 200, 1);
    let cmd100 = concurrent(&store, 4, 250, 100);
    drop(store);

    let bare_rate = bare(tmp.path(), 100_000, 400);

    // The big log for verify and rebuild.
    let big = tempfile::tempdir().unwrap();
    let store = Arc::new(open(big.path()));
    let fill = concurrent(&store, 8, total / 8 / 500, 500);
    drop(store);
    // Tamper evidence: what the writer adds to every batch (the root of the frontier, an
    // Ed25519 signature), opening the big log (frontier rebuilt from every event) and a
    // consistency proof from half the log to all of it.
    let key = ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]);
    let mut frontier = entente_core::merkle::Frontier::new();
    for i in 0..total {
        frontier.push(entente_core::merkle::leaf_hash(&i.to_le_bytes()));
    }
    let rounds = 20_000u32;
    let t = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(entente_store::SignedTreeHead::sign(
            &key,
            &frontier,
            chrono::Utc::now(),
        ));
    }
    let sign_us = t.elapsed().as_secs_f64() * 1e6 / f64::from(rounds);
    let t = Instant::now();
    let store = open(big.path());
    let open_s = t.elapsed().as_secs_f64();
    let size = store.tree_head().unwrap().size;
    let t = Instant::now();
    let proof = store.consistency_proof(size / 2 + 1, size).unwrap();
    let proof_s = t.elapsed().as_secs_f64();
    drop(store);

    let t = Instant::now();
    let r = verify(big.path(), |_| {}).unwrap();
    let verify_rate = r.events as f64 / t.elapsed().as_secs_f64();
    let t = Instant::now();
    let rb = rebuild(big.path(), |_, _| {}).unwrap();
    let rebuild_s = t.elapsed().as_secs_f64();
    assert!(rb.differing.is_empty());

    println!("| measure | result |");
    println!("|---|---|");
    println!("| append, 1 writer, 1 event per command (one fsync each) | {single:.0} events/s |");
    println!(
        "| append, 64 concurrent writers, 1 event each (group commit) | {group:.0} events/s |"
    );
    println!("| append, 4 writers, 100 events per command | {cmd100:.0} events/s |");
    println!(
        "| bare rusqlite inserts of the same rows, 400 per transaction | {bare_rate:.0} events/s |"
    );
    println!(
        "| ratio: batched append / bare inserts | {:.2} |",
        cmd100 / bare_rate
    );
    println!("| fill of the big log (8 writers, 500 per command) | {fill:.0} events/s |");
    println!(
        "| verify, {} events | {verify_rate:.0} events/s |",
        r.events
    );
    println!("| rebuild, {} events | {rebuild_s:.2} s |", rb.events);
    println!(
        "| sign the tree head of a {}-event log (frontier root + Ed25519), once per batch | {sign_us:.1} us |",
        frontier.size()
    );
    println!("| open the big log (frontier rebuilt from {size} events) | {open_s:.2} s |");
    println!(
        "| consistency proof from {} to {size} events ({} hashes) | {proof_s:.2} s |",
        size / 2 + 1,
        proof.len()
    );
}
