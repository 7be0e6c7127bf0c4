//! `entente load`: appends notes to a log from several writer threads, for the crash test and
//! the append benchmark. Hidden from `--help`: an operator's tool, not a user's.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Result;
use entente_core::event::Note;
use entente_core::{Actor, Draft, Marking, UserId};
use entente_store::{Options, SqliteStore, SystemClock};

#[derive(clap::Args)]
pub struct LoadArgs {
    #[arg(long)]
    data: PathBuf,
    /// Events to append in all (0: until killed).
    #[arg(long, default_value_t = 10_000)]
    events: u64,
    /// Concurrent writers (each waits for its acknowledgement before the next append).
    #[arg(long, default_value_t = 64)]
    writers: u64,
    /// Events per command.
    #[arg(long, default_value_t = 1)]
    per_command: usize,
    /// Print `ack SEQ HASH` for every acknowledged event (for the crash test).
    #[arg(long)]
    acks: bool,
}

pub fn run(a: LoadArgs) -> Result<i32> {
    let store = Arc::new(SqliteStore::open(
        &a.data,
        Arc::new(SystemClock),
        Options {
            checkpoint_every: 10_000,
            max_batch: 1024,
            ..Options::default()
        },
    )?);
    let started = Instant::now();
    let per_writer = if a.events == 0 {
        u64::MAX
    } else {
        a.events.div_ceil(a.writers.max(1) * a.per_command as u64)
    };
    let out = Arc::new(std::sync::Mutex::new(std::io::stdout()));
    let handles: Vec<_> = (0..a.writers.max(1))
        .map(|w| {
            let (store, out) = (store.clone(), out.clone());
            let (acks, per_command) = (a.acks, a.per_command.max(1));
            std::thread::spawn(move || -> Result<u64> {
                let actor = Actor {
                    user: UserId::parse("loadgen")?,
                    party: entente_store::log::instance_party(),
                };
                let mut n = 0;
                for i in 0..per_writer {
                    let drafts: Vec<Draft> = (0..per_command)
                        .map(|k| {
                            Draft::new(
                                &Note {
                                    text: format!("writer {w} note {i}.{k}"),
                                },
                                Marking::clear(),
                            )
                        })
                        .collect();
                    let c = store
                        .log()
                        .execute(actor.clone(), None, move |_| Ok(drafts))?;
                    n += c.seqs.len() as u64;
                    if acks {
                        let mut o = out.lock().unwrap_or_else(|e| e.into_inner());
                        for s in &c.seqs {
                            writeln!(o, "ack {s}")?;
                        }
                        o.flush()?;
                    }
                }
                Ok(n)
            })
        })
        .collect();
    let mut total = 0;
    for h in handles {
        total += h
            .join()
            .map_err(|_| anyhow::anyhow!("a writer panicked"))??;
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "appended {total} events in {secs:.3} s: {:.0} events/s durable",
        total as f64 / secs
    );
    Ok(0)
}
