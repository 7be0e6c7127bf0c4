//! The SQLite event log: opening a data directory, the single writer, the read pool,
//! verification of the hash chain and checkpoints, and rebuilding projections.
//!
//! **Durability:** the database runs in WAL mode with `synchronous=FULL`; a write is
//! acknowledged only after its transaction has committed, so every acknowledged event survives
//! a crash or `kill -9`. All appends go through one writer thread, which takes every job waiting
//! in its queue into one transaction (group commit), each job in its own savepoint so that a job
//! that fails leaves nothing behind and does not affect the others.
//!
//! **Tamper evidence:** besides the hash chain and the signed `log.checkpoint` events, the
//! writer keeps the right edge of the log's Merkle tree (RFC 9162 §2.1) and, in the
//! transaction of every batch that appends events, signs the new tree head (`tree_head.rs`).
//! `verify` checks the chain, the checkpoints, the latest signed head and the records of
//! witnesses that co-signed earlier heads (`witness.rs`); `rebuild` keeps a copy of the database
//! when a refolded projection differs from what was there.

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

use chrono::{DateTime, Utc};
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use entente_core::event::{
    CheckpointSigned, GENESIS_HASH, HashInput, checkpoint_message, format_time, hash_parts,
};
use entente_core::merkle::{Frontier, Hash};
use entente_core::{Actor, Draft, Event, Marking, PartyId, UserId};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params};
use uuid::Uuid;

use crate::clock::Clock;
use crate::error::{Result, StoreError};
use crate::projection;
use crate::schema::{
    APPLICATION_ID, LOG_SCHEMA, LOG_SCHEMA_VERSION, PROJECTION_INDEXES, PROJECTIONS,
};
use crate::tree_head::{self, SignedTreeHead};
use crate::witness::Attestation;

pub const DB_FILE: &str = "entente.db";
pub const KEY_FILE: &str = "instance.key";
const LOCK_FILE: &str = "entente.lock";

/// Options for opening a store.
#[derive(Clone, Debug)]
pub struct Options {
    /// Sign a checkpoint after every this many events (0: only on demand).
    pub checkpoint_every: u64,
    /// The most jobs the writer takes into one transaction.
    pub max_batch: usize,
    /// Read connections kept open.
    pub readers: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            checkpoint_every: 1000,
            max_batch: 512,
            readers: 4,
        }
    }
}

/// What the writer hands a command while it decides: the open transaction (to read current
/// projections) and the time of the batch.
pub struct WriteCtx<'a> {
    pub tx: &'a Transaction<'a>,
    pub now: DateTime<Utc>,
}

type Decide = Box<dyn FnOnce(&WriteCtx<'_>) -> Result<Vec<Draft>> + Send>;

struct Job {
    actor: Actor,
    simulated_at: Option<DateTime<Utc>>,
    decide: Decide,
    reply: mpsc::SyncSender<Result<Committed>>,
}

enum Msg {
    Job(Job),
    Checkpoint(mpsc::SyncSender<Result<Committed>>),
}

/// What an acknowledged write put in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committed {
    /// Sequence numbers of the appended events (empty when the command decided nothing).
    pub seqs: Vec<u64>,
    /// Hash of the last event in the log after this write.
    pub head_hash: String,
    pub recorded_at: DateTime<Utc>,
}

/// The summary `verify` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyReport {
    pub events: u64,
    pub checkpoints: u64,
    pub head_hash: String,
    pub public_key: String,
    /// The latest signed tree head, which matched the log: `(size, time)`. `None` only for a
    /// log last written by a version before tree heads.
    pub tree_head: Option<(u64, String)>,
    /// The witnesses' records the log matched.
    pub witnessed: Vec<WitnessMatched>,
}

/// A witness's record that the log matched: it has at least `size` events and its Merkle root
/// at `size` is the one the witness co-signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WitnessMatched {
    pub witness_key: String,
    /// Where the record came from (a witness directory or an exported file).
    pub source: String,
    pub size: u64,
    pub witnessed_at: String,
}

/// The outcome of `rebuild`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RebuildReport {
    pub events: u64,
    /// Tables whose content differs after refolding (empty: identical).
    pub differing: Vec<TableDiff>,
    /// When a table differed: the copy of the whole database as it was before the rebuild, in
    /// the data directory. An identical rebuild keeps no copy.
    pub previous: Option<PathBuf>,
}

/// How a projection table differed from its refold. Keys are the table's primary key columns,
/// joined by ` / `; at most [`TableDiff::SHOWN`] of each kind are listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableDiff {
    pub table: String,
    pub rows_before: u64,
    pub rows_after: u64,
    /// Rows that were there but the log does not give (the refold removed them).
    pub removed: u64,
    /// Rows the log gives that were missing.
    pub added: u64,
    /// Rows whose key is in both but whose content differs.
    pub changed: u64,
    pub removed_keys: Vec<String>,
    pub added_keys: Vec<String>,
    pub changed_keys: Vec<String>,
    /// Set when the rows could not be compared column by column (the table's columns changed).
    pub note: Option<String>,
}

impl TableDiff {
    pub const SHOWN: usize = 5;
}

impl std::fmt::Display for TableDiff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} rows before, {} after",
            self.table, self.rows_before, self.rows_after
        )?;
        let mut part = |n: u64, what: &str, keys: &[String]| -> std::fmt::Result {
            if n == 0 {
                return Ok(());
            }
            write!(f, "; {n} {what}")?;
            if !keys.is_empty() {
                let more = if n as usize > keys.len() { ", ..." } else { "" };
                write!(f, " ({}{more})", keys.join(", "))?;
            }
            Ok(())
        };
        part(self.changed, "changed", &self.changed_keys)?;
        part(
            self.removed,
            "not given by the log (removed)",
            &self.removed_keys,
        )?;
        part(
            self.added,
            "given by the log but missing (added)",
            &self.added_keys,
        )?;
        if let Some(note) = &self.note {
            write!(f, "; {note}")?;
        }
        Ok(())
    }
}

/// The event log of one data directory.
pub struct Log {
    dir: PathBuf,
    tx: Mutex<Option<mpsc::Sender<Msg>>>,
    writer: Mutex<Option<thread::JoinHandle<()>>>,
    readers: Mutex<Vec<Connection>>,
    public_key: VerifyingKey,
    listeners: Listeners,
    /// The simulated time recorded with the events appended now, if any.
    simulated: Mutex<Option<DateTime<Utc>>>,
    _lock: File,
}

/// Called by the writer after every commit that appended events, with the new head's `seq`
/// (the search index follows the log this way; see `Log::on_commit`).
pub type CommitListener = Arc<dyn Fn(u64) + Send + Sync>;
type Listeners = Arc<Mutex<Vec<CommitListener>>>;

impl std::fmt::Debug for Log {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Log")
            .field("dir", &self.dir)
            .field("public_key", &hex::encode(self.public_key.as_bytes()))
            .finish_non_exhaustive()
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(())
}

/// Checks that `dir` is an entente data directory (or empty / absent, when `create`), and
/// returns the database path.
fn check_dir(dir: &Path, create: bool) -> Result<PathBuf> {
    let db = dir.join(DB_FILE);
    if db.exists() {
        let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let app: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(|_| not_ours(dir))?;
        if app != APPLICATION_ID {
            return Err(not_ours(dir));
        }
        return Ok(db);
    }
    if !create {
        return Err(StoreError::NotOurs(format!(
            "{} holds no entente data ({DB_FILE} is missing); run `entente serve --data {}` or `entente demo --data {}` to create one",
            dir.display(),
            dir.display(),
            dir.display()
        )));
    }
    if dir.exists() {
        let foreign = fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .any(|e| e.file_name() != LOCK_FILE && e.file_name() != KEY_FILE);
        if foreign {
            return Err(StoreError::NotOurs(format!(
                "{} is not empty and is not an entente data directory; choose an empty or new directory",
                dir.display()
            )));
        }
    } else {
        fs::create_dir_all(dir)?;
    }
    Ok(db)
}

fn not_ours(dir: &Path) -> StoreError {
    StoreError::NotOurs(format!(
        "{}/{DB_FILE} is not an entente database; choose another --data directory",
        dir.display()
    ))
}

fn lock_dir(dir: &Path) -> Result<File> {
    lock_file(dir, LOCK_FILE)
}

/// Takes the exclusive lock `dir/name` (held while the file stays open) and writes our pid in
/// it; fails if another process holds it.
pub(crate) fn lock_file(dir: &Path, name: &str) -> Result<File> {
    let path = dir.join(name);
    let mut f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)?;
    match f.try_lock() {
        Ok(()) => {}
        Err(_) => {
            let holder = fs::read_to_string(&path).unwrap_or_default();
            return Err(StoreError::Locked(format!(
                "{} is in use by another entente process ({}); stop it or choose another --data directory",
                dir.display(),
                holder.trim()
            )));
        }
    }
    f.set_len(0)?;
    write!(f, "pid {}", std::process::id())?;
    f.flush()?;
    Ok(f)
}

fn load_or_create_key(dir: &Path) -> Result<SigningKey> {
    load_or_create_key_at(&dir.join(KEY_FILE))
}

/// Reads the Ed25519 key at `path` (64 hex digits), or creates one there (mode 0600).
pub(crate) fn load_or_create_key_at(path: &Path) -> Result<SigningKey> {
    let path = path.to_path_buf();
    if path.exists() {
        let text = fs::read_to_string(&path)?;
        let bytes = hex::decode(text.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| {
                StoreError::NotOurs(format!(
                    "{} is not an entente key (expected 64 hex digits)",
                    path.display()
                ))
            })?;
        return Ok(SigningKey::from_bytes(&bytes));
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| std::io::Error::other(format!("no randomness for a new key: {e}")))?;
    let key = SigningKey::from_bytes(&seed);
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&path)?;
    writeln!(f, "{}", hex::encode(key.to_bytes()))?;
    f.sync_all()?;
    Ok(key)
}

impl Log {
    /// Opens the data directory `dir`, creating it (and the instance key) if it is new or empty.
    /// Fails if `dir` holds something else, or another process has it open.
    pub fn open(dir: &Path, clock: Arc<dyn Clock>, opts: Options) -> Result<Log> {
        let db = check_dir(dir, true)?;
        let lock = lock_dir(dir)?;
        let key = load_or_create_key(dir)?;
        let public_key = key.verifying_key();

        let mut conn = Connection::open(&db)?;
        configure(&conn)?;
        init_schema(&mut conn, &public_key)?;
        let frontier = tree_head::open_frontier(&mut conn, dir, &key, clock.now())?;

        let mut readers = Vec::new();
        for _ in 0..opts.readers.max(1) {
            let r = Connection::open_with_flags(
                &db,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            r.busy_timeout(std::time::Duration::from_secs(10))?;
            readers.push(r);
        }

        let (tx, rx) = mpsc::channel();
        let listeners: Listeners = Arc::default();
        let writer = Writer {
            conn,
            key,
            clock,
            opts,
            frontier,
            listeners: listeners.clone(),
        };
        let handle = thread::Builder::new()
            .name("entente-writer".into())
            .spawn(move || writer.run(rx))?;
        Ok(Log {
            dir: dir.to_path_buf(),
            tx: Mutex::new(Some(tx)),
            writer: Mutex::new(Some(handle)),
            readers: Mutex::new(readers),
            public_key,
            listeners,
            simulated: Mutex::new(None),
            _lock: lock,
        })
    }

    /// Calls `f` with the head's `seq` after every commit that appended events, on the writer
    /// thread, after the writers have been answered: `f` must return at once (hand the work to
    /// another thread). Projections that live outside the database (the search index) follow
    /// the log this way.
    pub fn on_commit(&self, f: CommitListener) {
        self.listeners
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(f);
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Hex of the instance's Ed25519 public key.
    pub fn public_key(&self) -> String {
        hex::encode(self.public_key.as_bytes())
    }

    /// Runs a command through the single writer: `decide` reads the current state in the
    /// write transaction and returns the events to append (or an error, which appends nothing).
    /// Returns once the events are durable.
    pub fn execute(
        &self,
        actor: Actor,
        simulated_at: Option<DateTime<Utc>>,
        decide: impl FnOnce(&WriteCtx<'_>) -> Result<Vec<Draft>> + Send + 'static,
    ) -> Result<Committed> {
        let (reply, wait) = mpsc::sync_channel(1);
        let simulated_at =
            simulated_at.or(*self.simulated.lock().unwrap_or_else(|e| e.into_inner()));
        self.send(Msg::Job(Job {
            actor,
            simulated_at,
            decide: Box::new(decide),
            reply,
        }))?;
        wait.recv().map_err(|_| StoreError::Closed)?
    }

    /// Signs a checkpoint over the current head now.
    pub fn checkpoint(&self) -> Result<Committed> {
        let (reply, wait) = mpsc::sync_channel(1);
        self.send(Msg::Checkpoint(reply))?;
        wait.recv().map_err(|_| StoreError::Closed)?
    }

    fn send(&self, msg: Msg) -> Result<()> {
        let guard = self.tx.lock().unwrap_or_else(|e| e.into_inner());
        guard
            .as_ref()
            .ok_or(StoreError::Closed)?
            .send(msg)
            .map_err(|_| StoreError::Closed)
    }

    /// Sets the simulated time recorded with every following event (`simulated_at`), for
    /// exercises on a simulated clock and for the demo's replay of the public record; `None`
    /// records real time only again.
    pub fn simulate_at(&self, at: Option<DateTime<Utc>>) {
        *self.simulated.lock().unwrap_or_else(|e| e.into_inner()) = at;
    }

    /// Runs `f` on a read connection (a consistent snapshot for the duration of `f`).
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = {
            let mut pool = self.readers.lock().unwrap_or_else(|e| e.into_inner());
            pool.pop()
        };
        let conn = match conn {
            Some(c) => c,
            None => {
                let c = Connection::open_with_flags(
                    self.dir.join(DB_FILE),
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                c.busy_timeout(std::time::Duration::from_secs(10))?;
                c
            }
        };
        conn.execute_batch("BEGIN")?;
        let out = f(&conn);
        let _ = conn.execute_batch("COMMIT");
        self.readers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(conn);
        out
    }

    /// Stops the writer after the jobs already queued, and waits for it.
    pub fn close(&self) {
        self.tx.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(h) = self.writer.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = h.join();
        }
    }
}

impl Drop for Log {
    fn drop(&mut self) {
        self.close();
    }
}

fn init_schema(conn: &mut Connection, public_key: &VerifyingKey) -> Result<()> {
    let tx = conn.transaction()?;
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.execute_batch(LOG_SCHEMA)?;
    let have: Option<String> = tx
        .query_row("SELECT value FROM meta WHERE key = 'log_schema'", [], |r| {
            r.get(0)
        })
        .optional()?;
    if have.is_none() {
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('log_schema', ?1), ('public_key', ?2), ('created_by', ?3)",
            params![
                LOG_SCHEMA_VERSION.to_string(),
                hex::encode(public_key.as_bytes()),
                concat!("entente ", env!("CARGO_PKG_VERSION"))
            ],
        )?;
    } else {
        // Version 1 logs had no `tree_head`; LOG_SCHEMA has just created it, and the writer
        // signs the first head when it opens.
        tx.execute(
            "UPDATE meta SET value = ?1 WHERE key = 'log_schema' AND CAST(value AS INTEGER) < ?1",
            [LOG_SCHEMA_VERSION.to_string()],
        )?;
        let stored: String =
            tx.query_row("SELECT value FROM meta WHERE key = 'public_key'", [], |r| {
                r.get(0)
            })?;
        if stored != hex::encode(public_key.as_bytes()) {
            return Err(StoreError::NotOurs(format!(
                "{KEY_FILE} does not match the key this log was created with; restore the original instance key"
            )));
        }
    }
    // Projections are disposable: when this version lays them out differently from the one
    // that wrote them (an upgrade), they are dropped and refolded from the log, here, before
    // anything reads them.
    let layout = projection_layout();
    let stored: Option<String> = tx
        .query_row(
            "SELECT value FROM meta WHERE key = 'projection_layout'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if stored.as_deref() != Some(layout.as_str()) {
        for (name, _) in PROJECTIONS.iter().rev() {
            tx.execute_batch(&format!("DROP TABLE IF EXISTS {name}"))?;
        }
    }
    for (name, ddl) in PROJECTIONS {
        let exists: bool = tx.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [name],
            |r| r.get(0),
        )?;
        if !exists {
            tx.execute_batch(ddl)?;
        }
    }
    for ddl in PROJECTION_INDEXES {
        tx.execute_batch(ddl)?;
    }
    if stored.as_deref() != Some(layout.as_str()) {
        let mut from = 1u64;
        loop {
            let chunk = events_from(&tx, from, 10_000)?;
            let Some(last) = chunk.last() else { break };
            from = last.seq + 1;
            for e in &chunk {
                projection::apply(&tx, e)?;
            }
        }
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('projection_layout', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [&layout],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// A digest of the projections' layout (their DDL and indexes): changes when a version of
/// entente lays them out differently.
fn projection_layout() -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(crate::schema::PROJECTION_LOGIC.to_le_bytes());
    for (name, ddl) in PROJECTIONS {
        h.update(name.as_bytes());
        h.update(ddl.as_bytes());
    }
    for ddl in PROJECTION_INDEXES {
        h.update(ddl.as_bytes());
    }
    hex::encode(h.finalize())
}

struct Writer {
    conn: Connection,
    key: SigningKey,
    clock: Arc<dyn Clock>,
    opts: Options,
    /// The right edge of the Merkle tree of the committed events: O(log n) hashes, rebuilt from
    /// the events at open, advanced after every commit.
    frontier: Frontier,
    listeners: Listeners,
}

struct Head {
    seq: u64,
    hash: String,
}

fn read_head(conn: &Connection) -> Result<Head> {
    let head = conn
        .query_row(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?;
    Ok(match head {
        Some((seq, hash)) => Head {
            seq: seq as u64,
            hash,
        },
        None => Head {
            seq: 0,
            hash: GENESIS_HASH.to_string(),
        },
    })
}

impl Writer {
    fn run(mut self, rx: mpsc::Receiver<Msg>) {
        while let Ok(first) = rx.recv() {
            let mut batch = vec![first];
            while batch.len() < self.opts.max_batch {
                match rx.try_recv() {
                    Ok(m) => batch.push(m),
                    Err(_) => break,
                }
            }
            self.commit_batch(batch);
        }
    }

    fn commit_batch(&mut self, batch: Vec<Msg>) {
        let now = self.clock.now();
        let mut replies = Vec::with_capacity(batch.len());
        let result = (|| -> Result<()> {
            let tx = self.conn.transaction()?;
            let mut head = read_head(&tx)?;
            for msg in batch {
                match msg {
                    Msg::Job(job) => {
                        let outcome = run_job(
                            &tx,
                            &self.key,
                            &self.opts,
                            &mut head,
                            now,
                            job.actor,
                            job.simulated_at,
                            job.decide,
                        );
                        replies.push((job.reply, outcome));
                    }
                    Msg::Checkpoint(reply) => {
                        let outcome = (|| {
                            tx.execute_batch("SAVEPOINT job")?;
                            match append_checkpoint(&tx, &self.key, &mut head, now) {
                                Ok(seq) => {
                                    tx.execute_batch("RELEASE job")?;
                                    Ok(vec![seq])
                                }
                                Err(e) => {
                                    tx.execute_batch("ROLLBACK TO job; RELEASE job")?;
                                    Err(e)
                                }
                            }
                        })();
                        replies.push((reply, outcome));
                    }
                }
            }
            // Sign the new head in the same transaction as the events it covers (never an event
            // per batch: the head lives in `tree_head`). A batch that appended nothing leaves
            // the last head standing.
            let advanced = if head.seq != self.frontier.size() {
                let mut f = self.frontier.clone();
                tree_head::extend(&tx, &mut f, head.seq)?;
                tree_head::write(&tx, &SignedTreeHead::sign(&self.key, &f, now))?;
                Some(f)
            } else {
                None
            };
            tx.commit()?;
            let appended = advanced.is_some();
            if let Some(f) = advanced {
                self.frontier = f;
            }
            let head_hash = head.hash.clone();
            for (reply, outcome) in replies.drain(..) {
                let _ = reply.send(outcome.map(|seqs| Committed {
                    seqs,
                    head_hash: head_hash.clone(),
                    recorded_at: now,
                }));
            }
            if appended {
                let listeners = self.listeners.lock().unwrap_or_else(|e| e.into_inner());
                for f in listeners.iter() {
                    f(head.seq);
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            tracing::error!(error = %e, "write transaction failed");
            let msg = e.to_string();
            for (reply, _) in replies {
                let _ = reply.send(Err(StoreError::Conflict(format!(
                    "the write was not saved: {msg}"
                ))));
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn run_job(
    tx: &Transaction<'_>,
    key: &SigningKey,
    opts: &Options,
    head: &mut Head,
    now: DateTime<Utc>,
    actor: Actor,
    simulated_at: Option<DateTime<Utc>>,
    decide: Decide,
) -> Result<Vec<u64>> {
    tx.execute_batch("SAVEPOINT job")?;
    let saved = Head {
        seq: head.seq,
        hash: head.hash.clone(),
    };
    let outcome = (|| {
        let ctx = WriteCtx { tx, now };
        let drafts = decide(&ctx)?;
        let mut seqs = Vec::with_capacity(drafts.len());
        for draft in drafts {
            draft.marking.check()?;
            seqs.push(append(tx, head, now, actor.clone(), simulated_at, draft)?);
            if opts.checkpoint_every > 0 && head.seq.is_multiple_of(opts.checkpoint_every) {
                append_checkpoint(tx, key, head, now)?;
            }
        }
        Ok(seqs)
    })();
    match outcome {
        Ok(seqs) => {
            tx.execute_batch("RELEASE job")?;
            Ok(seqs)
        }
        Err(e) => {
            tx.execute_batch("ROLLBACK TO job; RELEASE job")?;
            *head = saved;
            Err(e)
        }
    }
}

fn append(
    tx: &Transaction<'_>,
    head: &mut Head,
    now: DateTime<Utc>,
    actor: Actor,
    simulated_at: Option<DateTime<Utc>>,
    draft: Draft,
) -> Result<u64> {
    let event = Event::seal(
        draft,
        head.seq + 1,
        Uuid::now_v7(),
        now,
        actor,
        simulated_at,
        &head.hash,
    );
    insert_event(tx, &event)?;
    projection::apply(tx, &event)?;
    head.seq = event.seq;
    head.hash = event.hash;
    Ok(head.seq)
}

fn insert_event(tx: &Transaction<'_>, e: &Event) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO events(seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    stmt.execute(params![
        e.seq as i64,
        e.id.to_string(),
        format_time(e.recorded_at),
        e.actor.user.as_str(),
        e.actor.party.as_str(),
        e.simulated_at.map(format_time),
        e.kind,
        e.version,
        e.payload,
        e.marking,
        e.prev_hash,
        e.hash,
    ])?;
    Ok(())
}

fn append_checkpoint(
    tx: &Transaction<'_>,
    key: &SigningKey,
    head: &mut Head,
    now: DateTime<Utc>,
) -> Result<u64> {
    let sig = key.sign(&checkpoint_message(head.seq, &head.hash));
    let body = CheckpointSigned {
        covers_seq: head.seq,
        covers_hash: head.hash.clone(),
        public_key: hex::encode(key.verifying_key().as_bytes()),
        signature: hex::encode(sig.to_bytes()),
    };
    let system = Actor {
        user: UserId::system(),
        party: instance_party(),
    };
    append(
        tx,
        head,
        now,
        system,
        None,
        Draft::new(&body, Marking::clear()),
    )
}

/// The party under which the instance itself acts.
pub fn instance_party() -> PartyId {
    PartyId::parse("EU").unwrap_or_else(|_| unreachable!("EU is a valid party code"))
}

/// Reads events `from..` (inclusive) in order, at most `limit`.
pub fn events_from(conn: &Connection, from: u64, limit: usize) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash
         FROM events WHERE seq >= ?1 ORDER BY seq LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![from as i64, limit as i64], row_to_event)?;
    let mut out = Vec::new();
    for r in rows {
        out.push(r??);
    }
    Ok(out)
}

type RowEvent = std::result::Result<Event, StoreError>;

fn row_to_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<RowEvent> {
    let seq: i64 = r.get(0)?;
    let id: String = r.get(1)?;
    let recorded_at: String = r.get(2)?;
    let user: String = r.get(3)?;
    let party: String = r.get(4)?;
    let simulated_at: Option<String> = r.get(5)?;
    let parse = || -> std::result::Result<Event, StoreError> {
        let time = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| StoreError::Decode(format!("event {seq}: time {s:?}: {e}")))
        };
        Ok(Event {
            seq: seq as u64,
            id: Uuid::parse_str(&id).map_err(|e| StoreError::Decode(e.to_string()))?,
            recorded_at: time(&recorded_at)?,
            actor: Actor {
                user: UserId::parse(&user)?,
                party: PartyId::parse(&party)?,
            },
            simulated_at: simulated_at.as_deref().map(time).transpose()?,
            kind: r.get(6)?,
            version: r.get(7)?,
            payload: r.get(8)?,
            marking: r.get(9)?,
            prev_hash: r.get(10)?,
            hash: r.get(11)?,
        })
    };
    Ok(parse())
}

/// Recomputes the whole chain of the log in `dir` (read-only; works while a server runs):
/// gapless `seq` from 1, each `prev_hash` equal to the previous `hash`, each `hash` equal to the
/// recomputed one, each checkpoint signed by the instance key over the event it covers, and the
/// latest signed tree head: the log has at least its size, the Merkle root at that size is the
/// one signed, and the signature is the instance key's. Calls `progress(seq)` every 65,536
/// events.
pub fn verify(dir: &Path, progress: impl FnMut(u64)) -> Result<VerifyReport> {
    verify_with(dir, &[], progress)
}

/// [`verify`], and also against the records of witnesses (each path a witness directory or a
/// file from `entente witness export`): for every head of this instance a witness co-signed,
/// the co-signature must verify with the witness key, the log must have at least that many
/// events, and its Merkle root at that size must be the one co-signed. This is what catches a
/// tail truncated or rewritten by someone who holds the data directory and its key, and so can
/// re-sign checkpoints and heads.
pub fn verify_with(
    dir: &Path,
    witnesses: &[PathBuf],
    mut progress: impl FnMut(u64),
) -> Result<VerifyReport> {
    let db = check_dir(dir, false)?;
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let key_hex: String = conn
        .query_row("SELECT value FROM meta WHERE key = 'public_key'", [], |r| {
            r.get(0)
        })
        .map_err(|_| not_ours(dir))?;
    let key = parse_public_key(&key_hex)?;
    let mut attested = Vec::new();
    for path in witnesses {
        attested.extend(crate::witness::attestations_for(path, &key_hex)?);
    }
    verify_rows(&conn, &key, &attested, &mut progress)
}

/// "event 7 was" or "events 7 to 9 were".
pub(crate) fn removed(first: u64, last: u64) -> String {
    if first == last {
        format!("event {first} was")
    } else {
        format!("events {first} to {last} were")
    }
}

/// A root the log must have at `size`.
struct Expected {
    size: u64,
    root: Hash,
    who: Who,
}

enum Who {
    TreeHead { time: String },
    Witness(WitnessMatched),
}

impl Expected {
    fn truncated(&self, events: u64) -> StoreError {
        let (size, seq) = (self.size, events + 1);
        StoreError::Broken {
            seq,
            reason: match &self.who {
                Who::TreeHead { time } => format!(
                    "the log ends at seq {events}, but its signed tree head of {time} covers {size} events: {} removed",
                    removed(seq, size)
                ),
                Who::Witness(w) => format!(
                    "the log ends at seq {events}, but witness {} ({}) co-signed a log of {size} events at {}: {} removed after they were witnessed",
                    w.witness_key,
                    w.source,
                    w.witnessed_at,
                    removed(seq, size)
                ),
            },
        }
    }

    fn differs(&self, ours: &Hash) -> StoreError {
        let size = self.size;
        StoreError::Broken {
            seq: size,
            reason: match &self.who {
                Who::TreeHead { time } => format!(
                    "the Merkle root of events 1 to {size} is {}, but the tree head signed at {time} says {}: an event at or before seq {size} was changed, or the head was replaced",
                    hex::encode(ours),
                    hex::encode(self.root)
                ),
                Who::Witness(w) => format!(
                    "the Merkle root of events 1 to {size} is {}, but witness {} ({}) co-signed {} for that size at {}: an event at or before seq {size} was rewritten (hashes recomputed) or the log forked after it was witnessed",
                    hex::encode(ours),
                    w.witness_key,
                    w.source,
                    hex::encode(self.root),
                    w.witnessed_at
                ),
            },
        }
    }
}

fn verify_rows(
    conn: &Connection,
    key: &VerifyingKey,
    attested: &[Attestation],
    progress: &mut impl FnMut(u64),
) -> Result<VerifyReport> {
    conn.execute_batch("BEGIN")?;
    // In the same snapshot as the events.
    let schema: i64 = conn
        .query_row(
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'log_schema'",
            [],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(1);
    let has_head_table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'tree_head'",
        [],
        |r| r.get(0),
    )?;
    let sth = if has_head_table {
        tree_head::read(conn)?
    } else {
        None
    };
    let mut expected: Vec<Expected> = Vec::new();
    if let Some(h) = &sth {
        if !h.verify(key) {
            return Err(StoreError::Broken {
                seq: h.size,
                reason: format!(
                    "the signed tree head of {} (size {}) does not verify with the instance key: the head was altered",
                    h.time, h.size
                ),
            });
        }
        expected.push(Expected {
            size: h.size,
            root: h.root,
            who: Who::TreeHead {
                time: h.time.clone(),
            },
        });
    }
    for a in attested {
        expected.push(Expected {
            size: a.record.size,
            root: a.root,
            who: Who::Witness(WitnessMatched {
                witness_key: a.record.witness_key.clone(),
                source: a.source.clone(),
                size: a.record.size,
                witnessed_at: a.record.witnessed_at.clone(),
            }),
        });
    }
    expected.sort_by_key(|e| e.size);
    let mut next = 0usize;
    let mut frontier = Frontier::new();
    let check = |frontier: &Frontier, next: &mut usize| -> Result<()> {
        while let Some(e) = expected.get(*next).filter(|e| e.size == frontier.size()) {
            let ours = frontier.root();
            if ours != e.root {
                return Err(e.differs(&ours));
            }
            *next += 1;
        }
        Ok(())
    };
    check(&frontier, &mut next)?;

    let mut stmt = conn.prepare(
        "SELECT seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash
         FROM events ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_seq = 1u64;
    let mut prev = GENESIS_HASH.to_string();
    let mut checkpoints = 0u64;
    let key_hex = hex::encode(key.as_bytes());
    while let Some(r) = rows.next()? {
        let seq = r.get::<_, i64>(0)? as u64;
        if seq != expected_seq {
            return Err(StoreError::Broken {
                seq: expected_seq,
                reason: if seq > expected_seq {
                    format!("event {expected_seq} is missing (next present is {seq})")
                } else {
                    format!("seq {seq} appears out of order")
                },
            });
        }
        let text = |i: usize| r.get_ref(i).and_then(|v| v.as_str().map_err(Into::into));
        let simulated = match r.get_ref(5)? {
            rusqlite::types::ValueRef::Null => None,
            v => Some(v.as_str().map_err(rusqlite::Error::from)?),
        };
        let prev_hash = text(10)?;
        let hash = text(11)?;
        if prev_hash != prev {
            return Err(StoreError::Broken {
                seq,
                reason: "prev_hash does not match the hash of the event before it (an event was altered, removed or reordered)".into(),
            });
        }
        let kind = text(6)?;
        let payload = text(8)?;
        let computed = hash_parts(&HashInput {
            seq,
            id: text(1)?,
            recorded_at: text(2)?,
            actor_user: text(3)?,
            actor_party: text(4)?,
            simulated_at: simulated,
            kind,
            version: r.get::<_, i64>(7)? as u32,
            payload,
            marking: text(9)?,
            prev_hash,
        });
        if computed != hash {
            return Err(StoreError::Broken {
                seq,
                reason:
                    "the stored hash does not match the event's content (the event was altered)"
                        .into(),
            });
        }
        if kind == "log.checkpoint" {
            let cp: CheckpointSigned =
                serde_json::from_str(payload).map_err(|e| StoreError::Broken {
                    seq,
                    reason: format!("unreadable checkpoint: {e}"),
                })?;
            let sig = hex::decode(&cp.signature)
                .ok()
                .and_then(|b| <[u8; 64]>::try_from(b).ok())
                .map(|b| ed25519_dalek::Signature::from_bytes(&b));
            let ok = cp.public_key == key_hex
                && cp.covers_seq + 1 == seq
                && cp.covers_hash == prev
                && sig.is_some_and(|s| {
                    key.verify(&checkpoint_message(cp.covers_seq, &cp.covers_hash), &s)
                        .is_ok()
                });
            if !ok {
                return Err(StoreError::Broken {
                    seq,
                    reason: "checkpoint signature does not verify with the instance key".into(),
                });
            }
            checkpoints += 1;
        }
        frontier.push(tree_head::leaf(seq, hash)?);
        check(&frontier, &mut next)?;
        prev = hash.to_string();
        if seq.is_multiple_of(65_536) {
            progress(seq);
        }
        expected_seq += 1;
    }
    let events = expected_seq - 1;
    if let Some(e) = expected.get(next) {
        return Err(e.truncated(events));
    }
    if sth.is_none() && schema >= 2 && events > 0 {
        return Err(StoreError::Broken {
            seq: events,
            reason: "the log has no signed tree head, although it was written by a version that signs one after every batch: the head was removed".into(),
        });
    }
    Ok(VerifyReport {
        events,
        checkpoints,
        head_hash: prev,
        public_key: key_hex,
        tree_head: sth.map(|h| (h.size, h.time)),
        witnessed: expected
            .into_iter()
            .filter_map(|e| match e.who {
                Who::Witness(w) => Some(w),
                Who::TreeHead { .. } => None,
            })
            .collect(),
    })
}

pub fn parse_public_key(hex_key: &str) -> Result<VerifyingKey> {
    hex::decode(hex_key.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
        .ok_or_else(|| StoreError::Decode("the public key is not 32 bytes of hex".into()))
}

/// Drops every projection and refolds it from the log, in one transaction, and reports which
/// tables came out different from what was there. Needs the data directory to itself.
///
/// Never replaces silently: when a table differs, the database as it was is first copied
/// (`VACUUM INTO`) to `entente.db.before-rebuild-<time>` in the data directory, and the report
/// says, per table, how many rows were changed, removed or added, with a few of their keys. An
/// identical rebuild leaves no copy. A log that does not match its own signed tree head (events
/// removed or changed behind the writer's back) is refused before anything is replaced.
pub fn rebuild(dir: &Path, mut progress: impl FnMut(u64, u64)) -> Result<RebuildReport> {
    let db = check_dir(dir, false)?;
    let _lock = lock_dir(dir)?;
    let mut conn = Connection::open(&db)?;
    configure(&conn)?;

    // First pass: refold and compare digests; commit only when identical.
    {
        let tx = conn.transaction()?;
        let before: Vec<(&str, String)> = PROJECTIONS
            .iter()
            .map(|(name, _)| Ok((*name, table_digest(&tx, name)?)))
            .collect::<Result<_>>()?;
        let events = refold(&tx, dir, &mut progress)?;
        let mut same = true;
        for (name, digest) in &before {
            same &= table_digest(&tx, name)? == *digest;
        }
        if same {
            tx.commit()?;
            return Ok(RebuildReport {
                events,
                differing: vec![],
                previous: None,
            });
        }
        // Dropping `tx` rolls the refold back: the database is as it was.
    }

    // Something differs: keep a copy of the database as it is, then refold again and describe
    // the differences against the copy.
    let copy = copy_path(dir, &Utc::now());
    let copy_text = copy.to_str().ok_or_else(|| {
        StoreError::Io(std::io::Error::other(format!(
            "{} is not valid UTF-8; use a data directory with a UTF-8 path",
            copy.display()
        )))
    })?;
    conn.execute("VACUUM INTO ?1", [copy_text])?;
    conn.execute("ATTACH DATABASE ?1 AS previous", [copy_text])?;
    let outcome = (|| -> Result<(u64, Vec<TableDiff>)> {
        let tx = conn.transaction()?;
        let events = refold(&tx, dir, &mut progress)?;
        let mut differing = Vec::new();
        for (name, _) in PROJECTIONS {
            if let Some(d) = describe_difference(&tx, name)? {
                differing.push(d);
            }
        }
        tx.commit()?;
        Ok((events, differing))
    })();
    conn.execute_batch("DETACH DATABASE previous")?;
    let (events, differing) = outcome?;
    let previous = if differing.is_empty() {
        // The digests differed only in the order of rows with equal sort keys.
        fs::remove_file(&copy)?;
        None
    } else {
        Some(copy)
    };
    Ok(RebuildReport {
        events,
        differing,
        previous,
    })
}

/// `entente.db.before-rebuild-20261130T101500Z` (with `-2`, `-3`, ... if taken).
fn copy_path(dir: &Path, now: &DateTime<Utc>) -> PathBuf {
    let base = format!("{DB_FILE}.before-rebuild-{}", now.format("%Y%m%dT%H%M%SZ"));
    let mut path = dir.join(&base);
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{base}-{n}"));
        n += 1;
    }
    path
}

/// Drops the projections and folds every event into them again, checking on the way that the
/// log still matches its latest signed tree head. Returns the number of events.
fn refold(tx: &Transaction<'_>, dir: &Path, progress: &mut impl FnMut(u64, u64)) -> Result<u64> {
    let has_head_table: bool = tx.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'tree_head'",
        [],
        |r| r.get(0),
    )?;
    let sth = if has_head_table {
        tree_head::read(tx)?
    } else {
        None
    };
    for (name, _) in PROJECTIONS.iter().rev() {
        tx.execute_batch(&format!("DROP TABLE IF EXISTS main.{name}"))?;
    }
    for (_, ddl) in PROJECTIONS {
        tx.execute_batch(ddl)?;
    }
    for ddl in PROJECTION_INDEXES {
        tx.execute_batch(ddl)?;
    }
    let total: i64 = tx.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
    let refuse = |seq: u64, reason: String| StoreError::Broken {
        seq,
        reason: format!(
            "{reason}; rebuild refused and nothing was changed. Run `entente verify --data {}` (with the witnesses' records) to see what changed",
            dir.display()
        ),
    };
    let mut frontier = Frontier::new();
    let mut at_head = (sth.as_ref().map(|h| h.size) == Some(0)).then(|| frontier.root());
    let mut from = 1u64;
    loop {
        let chunk = events_from(tx, from, 10_000)?;
        if chunk.is_empty() {
            break;
        }
        for e in &chunk {
            if e.seq != frontier.size() + 1 {
                return Err(refuse(
                    frontier.size() + 1,
                    format!("event {} is missing", frontier.size() + 1),
                ));
            }
            projection::apply(tx, e)?;
            frontier.push(tree_head::leaf(e.seq, &e.hash)?);
            if sth.as_ref().map(|h| h.size) == Some(e.seq) {
                at_head = Some(frontier.root());
            }
        }
        from = chunk.last().map(|e| e.seq + 1).unwrap_or(from);
        progress(frontier.size(), total as u64);
    }
    if let Some(h) = &sth {
        match at_head {
            None => {
                return Err(refuse(
                    frontier.size() + 1,
                    format!(
                        "the log ends at seq {}, but its signed tree head of {} covers {} events",
                        frontier.size(),
                        h.time,
                        h.size
                    ),
                ));
            }
            Some(root) if root != h.root => {
                return Err(refuse(
                    h.size,
                    format!(
                        "the Merkle root of events 1 to {} is not the one signed at {}",
                        h.size, h.time
                    ),
                ));
            }
            Some(_) => {}
        }
    }
    Ok(frontier.size())
}

/// Compares `main.{table}` (refolded) with `previous.{table}` (the copy) by their rows.
fn describe_difference(conn: &Connection, table: &str) -> Result<Option<TableDiff>> {
    let count = |schema: &str| -> Result<u64> {
        Ok(
            conn.query_row(&format!("SELECT count(*) FROM {schema}.{table}"), [], |r| {
                r.get::<_, i64>(0)
            })? as u64,
        )
    };
    let (rows_before, rows_after) = (count("previous")?, count("main")?);
    let mut cols = Vec::new();
    let mut keys: Vec<(i64, String)> = Vec::new();
    {
        let mut stmt = conn.prepare(&format!("PRAGMA main.table_info({table})"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let pk: i64 = r.get(5)?;
            if pk > 0 {
                keys.push((pk, format!("\"{name}\"")));
            }
            cols.push(format!("\"{name}\""));
        }
    }
    keys.sort();
    let key_cols: Vec<String> = if keys.is_empty() {
        cols.iter().take(1).cloned().collect()
    } else {
        keys.into_iter().map(|(_, c)| c).collect()
    };
    let cols = cols.join(", ");
    let key_list = key_cols.join(", ");
    let side = |a: &str, b: &str| -> Result<std::collections::BTreeSet<String>> {
        let sql = format!(
            "SELECT {key_list} FROM (SELECT {cols} FROM {a}.{table} EXCEPT SELECT {cols} FROM {b}.{table})"
        );
        let mut stmt = conn.prepare(&sql)?;
        let n = stmt.column_count();
        let mut rows = stmt.query([])?;
        let mut out = std::collections::BTreeSet::new();
        while let Some(r) = rows.next()? {
            let mut parts = Vec::with_capacity(n);
            for i in 0..n {
                parts.push(match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => "NULL".to_string(),
                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                    rusqlite::types::ValueRef::Real(v) => v.to_string(),
                    rusqlite::types::ValueRef::Text(v) | rusqlite::types::ValueRef::Blob(v) => {
                        let t = String::from_utf8_lossy(v);
                        if t.chars().count() > 60 {
                            format!("{}...", t.chars().take(60).collect::<String>())
                        } else {
                            t.into_owned()
                        }
                    }
                });
            }
            out.insert(parts.join(" / "));
        }
        Ok(out)
    };
    let (before_only, after_only) = match (side("previous", "main"), side("main", "previous")) {
        (Ok(b), Ok(a)) => (b, a),
        _ => {
            // The copy's columns are not the refold's (a version with another layout wrote it).
            return Ok(Some(TableDiff {
                table: table.to_string(),
                rows_before,
                rows_after,
                removed: 0,
                added: 0,
                changed: 0,
                removed_keys: vec![],
                added_keys: vec![],
                changed_keys: vec![],
                note: Some("its columns changed, so rows were not compared one by one".into()),
            }));
        }
    };
    if before_only.is_empty() && after_only.is_empty() && rows_before == rows_after {
        return Ok(None);
    }
    let changed: Vec<&String> = before_only.intersection(&after_only).collect();
    let removed: Vec<&String> = before_only.difference(&after_only).collect();
    let added: Vec<&String> = after_only.difference(&before_only).collect();
    let shown = |v: &[&String]| {
        v.iter()
            .take(TableDiff::SHOWN)
            .map(|s| s.to_string())
            .collect()
    };
    Ok(Some(TableDiff {
        table: table.to_string(),
        rows_before,
        rows_after,
        removed: removed.len() as u64,
        added: added.len() as u64,
        changed: changed.len() as u64,
        removed_keys: shown(&removed),
        added_keys: shown(&added),
        changed_keys: shown(&changed),
        note: None,
    }))
}

/// SHA-256 over every row of a table in primary-key order, for comparing projections.
pub fn table_digest(conn: &Connection, table: &str) -> Result<String> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))?;
    let cols = stmt.column_count();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..cols {
            match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => h.update(b"\x00N"),
                rusqlite::types::ValueRef::Integer(v) => {
                    h.update(b"\x00I");
                    h.update(v.to_le_bytes());
                }
                rusqlite::types::ValueRef::Real(v) => {
                    h.update(b"\x00R");
                    h.update(v.to_le_bytes());
                }
                rusqlite::types::ValueRef::Text(v) | rusqlite::types::ValueRef::Blob(v) => {
                    h.update(b"\x00T");
                    h.update((v.len() as u64).to_le_bytes());
                    h.update(v);
                }
            }
        }
    }
    Ok(hex::encode(h.finalize()))
}
