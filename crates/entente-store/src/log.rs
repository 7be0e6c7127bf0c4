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
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

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
use crate::pg_journal::{self, PgConfig};
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
    /// Where the log's authority lives: this data directory (embedded), or a PostgreSQL
    /// journal that this data directory follows. A data directory remembers the journal it
    /// follows (without a password), so later commands need not name it again.
    pub journal: Journal,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            checkpoint_every: 1000,
            max_batch: 512,
            readers: 4,
            journal: Journal::Embedded,
        }
    }
}

/// The journal a data directory's log is the authority of, or follows.
// Chosen once at start-up, so its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, Default)]
pub enum Journal {
    /// The default: `entente.db` is the log itself (one process).
    #[default]
    Embedded,
    /// A PostgreSQL journal shared by several nodes; `entente.db` holds this node's copy of
    /// the events and its projections. `node` names the node in the journal's registry.
    Postgres { config: PgConfig, node: String },
}

/// What a node knows about its place in the journal: the seq it has applied locally (what its
/// reads reflect), the journal's head when it last looked, and when it last reached it. For an
/// embedded log the journal is the local file, so the lag is always 0.
#[derive(Debug, Default)]
pub struct NodeStatus {
    applied: AtomicU64,
    journal_head: AtomicU64,
    /// Milliseconds since the Unix epoch of the last successful round trip to the journal.
    contact_ms: AtomicU64,
    replicated: bool,
    /// Set when this node's copy no longer matches the journal: it stops writing and reports
    /// not ready until it is rebuilt.
    diverged: Mutex<Option<String>>,
}

impl NodeStatus {
    /// The last seq folded into this node's projections: every read reflects at least it.
    pub fn applied(&self) -> u64 {
        self.applied.load(Ordering::Acquire)
    }

    /// The journal's head as last seen (the local head for an embedded log).
    pub fn journal_head(&self) -> u64 {
        self.journal_head
            .load(Ordering::Acquire)
            .max(self.applied())
    }

    /// How many events of the journal this node has not applied yet.
    pub fn lag(&self) -> u64 {
        self.journal_head() - self.applied()
    }

    /// Is the log a shared PostgreSQL journal?
    pub fn is_replicated(&self) -> bool {
        self.replicated
    }

    /// How long ago the journal last answered (`None`: embedded, or never).
    pub fn since_contact(&self) -> Option<Duration> {
        let at = self.contact_ms.load(Ordering::Acquire);
        if !self.replicated || at == 0 {
            return None;
        }
        Some(Duration::from_millis(unix_ms().saturating_sub(at)))
    }

    /// Why this node refuses to write, if it does.
    pub fn problem(&self) -> Option<String> {
        self.diverged
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn set_applied(&self, seq: u64) {
        self.applied.store(seq, Ordering::Release);
    }

    fn saw_journal(&self, head: u64) {
        self.journal_head.store(head, Ordering::Release);
        self.contact_ms.store(unix_ms(), Ordering::Release);
    }

    fn diverge(&self, why: String) {
        tracing::error!(reason = %why, "this node's copy of the log no longer matches the journal");
        *self.diverged.lock().unwrap_or_else(|e| e.into_inner()) = Some(why);
    }
}

fn unix_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// What the writer hands a command while it decides: the open transaction (to read current
/// projections) and the time of the batch.
pub struct WriteCtx<'a> {
    pub tx: &'a Transaction<'a>,
    pub now: DateTime<Utc>,
}

type Reply = mpsc::SyncSender<Result<Committed>>;
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
    /// Fold what other nodes appended to the journal (sent by the follower thread).
    Follow,
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
    /// Shared with the follower thread, which stops sending once the log is closed.
    tx: Arc<Mutex<Option<mpsc::Sender<Msg>>>>,
    status: Arc<NodeStatus>,
    /// Tells the follower thread to stop.
    stop: Arc<AtomicBool>,
    writer: Mutex<Option<thread::JoinHandle<()>>>,
    readers: Mutex<Vec<Connection>>,
    public_key: VerifyingKey,
    /// A secret derived from the instance key (so the same on every node of a journal): the
    /// key of the read-your-writes tokens that the server hands out (`Log::token_secret`).
    token_secret: [u8; 32],
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
    configure_rest(conn)
}

fn configure_rest(conn: &Connection) -> Result<()> {
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

/// The secret of the read-your-writes tokens: SHA-256 over a domain label and the instance's
/// private key. One-way, so a token key reveals nothing of the signing key; the same on every
/// node that holds the instance key.
fn derive_token_secret(key: &SigningKey) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(b"entente read-your-writes token key v1\0");
    h.update(key.to_bytes());
    h.finalize().into()
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
    ///
    /// With a PostgreSQL journal (given in `opts`, or remembered by the directory), the node
    /// checks that its key is the journal's and that its copy of the events is a prefix of the
    /// journal, catches up before it returns, and starts following the journal.
    pub fn open(dir: &Path, clock: Arc<dyn Clock>, opts: Options) -> Result<Log> {
        let db = check_dir(dir, true)?;
        let lock = lock_dir(dir)?;
        let key = load_or_create_key(dir)?;
        let public_key = key.verifying_key();
        let token_secret = derive_token_secret(&key);

        let mut conn = Connection::open(&db)?;
        configure(&conn)?;
        init_schema(&mut conn, &public_key)?;
        let journal = choose_journal(&conn, dir, &opts.journal)?;
        if matches!(journal, Journal::Postgres { .. }) {
            // The journal in PostgreSQL is the durable copy; this file can be refilled from it.
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
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

        let status = Arc::new(NodeStatus {
            replicated: matches!(journal, Journal::Postgres { .. }),
            ..NodeStatus::default()
        });
        status.set_applied(frontier.size());
        status.saw_journal(frontier.size());
        // The PostgreSQL client runs its own small runtime: it is driven from threads of
        // its own, so that a log can be opened from inside an async runtime too.
        let pg = match &journal {
            Journal::Embedded => None,
            Journal::Postgres { config, node } => {
                let key_hex = hex::encode(public_key.as_bytes());
                Some(on_own_thread(|| {
                    PgWriter::attach(config.clone(), node.clone(), &key_hex)
                })?)
            }
        };
        let listeners: Listeners = Arc::default();
        let mut writer = Writer {
            conn,
            key,
            clock,
            opts,
            frontier,
            pg,
            status: status.clone(),
            follow_queued: Arc::new(AtomicBool::new(false)),
            listeners: listeners.clone(),
        };
        if writer.pg.is_some() {
            // Serve nothing older than the journal at start: catch up now, and refuse a copy
            // that is not a prefix of the journal.
            on_own_thread(|| writer.follow())?;
        }
        let follow_queued = writer.follow_queued.clone();
        let (tx, rx) = mpsc::channel();
        let tx = Arc::new(Mutex::new(Some(tx)));
        let stop = Arc::new(AtomicBool::new(false));
        if let Journal::Postgres { config, node } = &journal {
            let follower = Follower {
                config: config.clone(),
                node: node.clone(),
                started_at: format_time(Utc::now()),
                tx: tx.clone(),
                status: status.clone(),
                stop: stop.clone(),
                queued: follow_queued,
            };
            thread::Builder::new()
                .name("entente-follower".into())
                .spawn(move || follower.run())?;
        }
        let handle = thread::Builder::new()
            .name("entente-writer".into())
            .spawn(move || writer.run(rx))?;
        Ok(Log {
            dir: dir.to_path_buf(),
            tx,
            status,
            stop,
            writer: Mutex::new(Some(handle)),
            readers: Mutex::new(readers),
            public_key,
            token_secret,
            listeners,
            simulated: Mutex::new(None),
            _lock: lock,
        })
    }

    /// Where this node stands in its journal (applied seq, lag, contact), for readiness and
    /// read-your-writes.
    pub fn status(&self) -> Arc<NodeStatus> {
        self.status.clone()
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

    /// The secret that seals read-your-writes tokens (derived from the instance key).
    pub fn token_secret(&self) -> [u8; 32] {
        self.token_secret
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
        self.stop.store(true, Ordering::Release);
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
    /// The PostgreSQL journal, when this data directory follows one.
    pg: Option<PgWriter>,
    status: Arc<NodeStatus>,
    /// Set while a `Msg::Follow` waits in the queue, so the follower sends at most one.
    follow_queued: Arc<AtomicBool>,
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
            if self.pg.is_some() {
                self.commit_batch_pg(batch);
            } else {
                self.commit_batch(batch);
            }
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
                    Msg::Follow => {}
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
            self.status.set_applied(head.seq);
            self.status.saw_journal(head.seq);
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

impl Writer {
    /// A batch against the PostgreSQL journal: under the journal's write lock, catch this
    /// node's copy up to the journal's head, run the jobs (each in its savepoint, as embedded),
    /// append their events and the new signed tree head to the journal, commit the journal,
    /// then commit locally, and only then acknowledge. A node that dies between the two commits
    /// finds the events in the journal when it opens again.
    fn commit_batch_pg(&mut self, batch: Vec<Msg>) {
        let now = self.clock.now();
        let has_jobs = batch.iter().any(|m| !matches!(m, Msg::Follow));
        if !has_jobs {
            if let Err(e) = self.follow() {
                tracing::warn!(error = %e, "could not follow the journal");
            }
            return;
        }
        self.follow_queued.store(false, Ordering::Release);
        let mut replies: Vec<(Reply, Result<Vec<u64>>)> = Vec::with_capacity(batch.len());
        // Every job is answered, also those a failure left unrun (their reply would otherwise
        // be dropped with the batch, which a caller reads as a closed store).
        let pending: Vec<Reply> = batch
            .iter()
            .filter_map(|m| match m {
                Msg::Job(j) => Some(j.reply.clone()),
                Msg::Checkpoint(r) => Some(r.clone()),
                Msg::Follow => None,
            })
            .collect();
        let applied_before = self.status.applied();
        let Writer {
            conn,
            key,
            opts,
            frontier,
            pg,
            status,
            listeners,
            ..
        } = self;
        let Some(pgw) = pg.as_mut() else { return };
        if let Some(why) = status.problem() {
            for msg in batch {
                match msg {
                    Msg::Job(j) => {
                        let _ = j.reply.send(Err(diverged_error(&why)));
                    }
                    Msg::Checkpoint(r) => {
                        let _ = r.send(Err(diverged_error(&why)));
                    }
                    Msg::Follow => {}
                }
            }
            return;
        }
        let mut appended = false;
        let result = (|| -> Result<(Frontier, Head)> {
            let client = pgw.client()?;
            let mut ptx = client.transaction().map_err(pg_journal::pg)?;
            pg_journal::lock(&mut ptx)?;
            let (jseq, jhash) = pg_journal::head(&mut ptx)?;
            let tx = conn.transaction()?;
            let mut head = read_head(&tx)?;
            let mut f = frontier.clone();
            check_prefix(&head, jseq, &jhash)?;
            while head.seq < jseq {
                catch_up(&tx, &mut ptx, &mut head, &mut f, jseq)?;
            }
            let base = head.seq;
            for msg in batch {
                match msg {
                    Msg::Job(job) => {
                        let outcome = run_job(
                            &tx,
                            key,
                            opts,
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
                            match append_checkpoint(&tx, key, &mut head, now) {
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
                    Msg::Follow => {}
                }
            }
            if head.seq > base {
                let mut new = Vec::with_capacity((head.seq - base) as usize);
                let mut from = base + 1;
                while from <= head.seq {
                    let chunk = raw_events_from(&tx, from, 10_000)?;
                    let Some(last) = chunk.last() else { break };
                    from = last.seq + 1;
                    new.extend(chunk);
                }
                pg_journal::append(&mut ptx, &new)?;
                tree_head::extend(&tx, &mut f, head.seq)?;
                let sth = SignedTreeHead::sign(key, &f, now);
                tree_head::write(&tx, &sth)?;
                pg_journal::write_tree_head(&mut ptx, &sth)?;
                pg_journal::notify(&mut ptx, head.seq)?;
                appended = true;
            } else if f.size() != frontier.size() {
                // Caught up only: the local copy gets a head of its own (the journal's is
                // unchanged).
                tree_head::write(&tx, &SignedTreeHead::sign(key, &f, now))?;
            }
            ptx.commit().map_err(|e| {
                if appended {
                    StoreError::OutcomeUnknown(format!(
                        "the PostgreSQL journal went away while committing ({e}): the write may or may not have been saved; read before retrying"
                    ))
                } else {
                    pg_journal::unavailable(&e)
                }
            })?;
            tx.commit().map_err(|e| {
                StoreError::OutcomeUnknown(format!(
                    "the write was saved in the journal, but this node could not apply it ({e}); it will be applied when the node catches up"
                ))
            })?;
            Ok((f, head))
        })();
        match result {
            Ok((f, head)) => {
                *frontier = f;
                status.set_applied(head.seq);
                status.saw_journal(head.seq);
                for (reply, outcome) in replies.drain(..) {
                    let _ = reply.send(outcome.map(|seqs| Committed {
                        seqs,
                        head_hash: head.hash.clone(),
                        recorded_at: now,
                    }));
                }
                if head.seq > applied_before {
                    call_listeners(listeners, head.seq);
                }
            }
            Err(e) => {
                pgw.after_error();
                if let StoreError::Broken { reason, .. } = &e {
                    status.diverge(reason.clone());
                }
                tracing::error!(error = %e, "write transaction failed");
                replies.clear();
                for reply in pending {
                    let _ = reply.send(Err(match &e {
                        StoreError::Unavailable(m) => StoreError::Unavailable(m.clone()),
                        StoreError::OutcomeUnknown(m) => StoreError::OutcomeUnknown(m.clone()),
                        e => StoreError::Conflict(format!("the write was not saved: {e}")),
                    }));
                }
            }
        }
    }

    /// Folds what the journal holds beyond this node's copy, in chunks (each its own local
    /// transaction), reading the journal in one snapshot. Refuses, and marks the node
    /// diverged, when the copy is not a prefix of the journal.
    fn follow(&mut self) -> Result<()> {
        self.follow_queued.store(false, Ordering::Release);
        let applied_before = self.status.applied();
        let Writer {
            conn,
            key,
            clock,
            frontier,
            pg,
            status,
            listeners,
            ..
        } = self;
        let Some(pgw) = pg.as_mut() else {
            return Ok(());
        };
        let result = (|| -> Result<()> {
            let client = pgw.client()?;
            let mut snap = pg_journal::snapshot(client)?;
            let (jseq, jhash) = pg_journal::head(&mut snap)?;
            let sth = pg_journal::read_tree_head(&mut snap)?;
            status.saw_journal(jseq);
            loop {
                let tx = conn.transaction()?;
                let mut head = read_head(&tx)?;
                check_prefix(&head, jseq, &jhash)?;
                if head.seq >= jseq {
                    break;
                }
                let mut f = frontier.clone();
                catch_up(&tx, &mut snap, &mut head, &mut f, jseq)?;
                let local = match &sth {
                    Some(h) if h.size == f.size() => {
                        if h.root != f.root() || !h.verify(&key.verifying_key()) {
                            return Err(StoreError::Broken {
                                seq: h.size,
                                reason: format!(
                                    "the journal's signed tree head of {} does not match its events 1 to {}",
                                    h.time, h.size
                                ),
                            });
                        }
                        h.clone()
                    }
                    _ => SignedTreeHead::sign(key, &f, clock.now()),
                };
                tree_head::write(&tx, &local)?;
                tx.commit()?;
                *frontier = f;
                status.set_applied(head.seq);
            }
            snap.commit().map_err(pg_journal::pg)?;
            Ok(())
        })();
        if let Err(e) = &result {
            pgw.after_error();
            if let StoreError::Broken { reason, .. } = e {
                status.diverge(reason.clone());
            }
        }
        if status.applied() > applied_before {
            call_listeners(listeners, status.applied());
        }
        result
    }
}

/// Tells the listeners ([`Log::on_commit`]) that the log now ends at `seq`.
fn call_listeners(listeners: &Listeners, seq: u64) {
    let listeners = listeners.lock().unwrap_or_else(|e| e.into_inner());
    for f in listeners.iter() {
        f(seq);
    }
}

fn diverged_error(why: &str) -> StoreError {
    StoreError::Broken {
        seq: 0,
        reason: format!(
            "this node no longer matches the journal and accepts no writes: {why}. Stop it, move its data directory aside and start it with a new one (it refolds from the journal)"
        ),
    }
}

/// Checks that this node's copy, ending at `head`, is a prefix of a journal ending at
/// `(jseq, jhash)` (the link of the next event is checked when it is fetched).
fn check_prefix(head: &Head, jseq: u64, jhash: &str) -> Result<()> {
    if head.seq > jseq {
        return Err(StoreError::Broken {
            seq: jseq + 1,
            reason: format!(
                "this node has applied events up to seq {}, but the journal ends at seq {jseq}: the journal lost events it had (restored from an older backup, or a replica promoted without them)",
                head.seq
            ),
        });
    }
    if head.seq == jseq && head.hash != jhash {
        return Err(StoreError::Broken {
            seq: jseq,
            reason: format!(
                "event {jseq} of the journal is not the one this node applied: the journal was rewritten"
            ),
        });
    }
    Ok(())
}

/// Fetches the next chunk of the journal after `head` (up to `upto`), checks each event's link
/// and hash, and stores and folds it into the local transaction.
fn catch_up(
    tx: &Transaction<'_>,
    pgc: &mut impl postgres::GenericClient,
    head: &mut Head,
    f: &mut Frontier,
    upto: u64,
) -> Result<()> {
    let want = (upto - head.seq).min(5_000) as usize;
    let chunk = pg_journal::fetch(pgc, head.seq + 1, want)?;
    if chunk.is_empty() {
        return Err(StoreError::Broken {
            seq: head.seq + 1,
            reason: format!(
                "event {} is missing from the journal (its head is seq {upto})",
                head.seq + 1
            ),
        });
    }
    for raw in chunk {
        if raw.seq != head.seq + 1 {
            return Err(StoreError::Broken {
                seq: head.seq + 1,
                reason: format!(
                    "event {} is missing from the journal (next present is {})",
                    head.seq + 1,
                    raw.seq
                ),
            });
        }
        if raw.prev_hash != head.hash {
            return Err(StoreError::Broken {
                seq: raw.seq,
                reason: format!(
                    "event {} of the journal does not follow the event {} this node applied: the journal was rewritten",
                    raw.seq, head.seq
                ),
            });
        }
        if raw.computed_hash() != raw.hash {
            return Err(StoreError::Broken {
                seq: raw.seq,
                reason: "the journal's stored hash does not match the event's content (the event was altered)".into(),
            });
        }
        insert_raw(tx, &raw)?;
        projection::apply(tx, &raw.to_event()?)?;
        f.push(tree_head::leaf(raw.seq, &raw.hash)?);
        head.seq = raw.seq;
        head.hash = raw.hash;
    }
    Ok(())
}

/// Runs `f` on a scoped thread of its own (see [`Log::open`]).
fn on_own_thread<T: Send>(f: impl FnOnce() -> Result<T> + Send) -> Result<T> {
    thread::scope(|s| {
        s.spawn(f)
            .join()
            .unwrap_or_else(|_| Err(StoreError::Closed))
    })
}

/// The writer's connection to the PostgreSQL journal, opened again after a failure.
struct PgWriter {
    config: PgConfig,
    client: Option<postgres::Client>,
}

impl PgWriter {
    fn attach(config: PgConfig, _node: String, public_key: &str) -> Result<PgWriter> {
        let mut client = config.connect()?;
        pg_journal::migrate(&mut client, public_key)?;
        Ok(PgWriter {
            config,
            client: Some(client),
        })
    }

    fn client(&mut self) -> Result<&mut postgres::Client> {
        if self.client.as_ref().is_none_or(|c| c.is_closed()) {
            self.client = None;
            self.client = Some(self.config.connect()?);
        }
        self.client
            .as_mut()
            .ok_or_else(|| StoreError::Unavailable("the PostgreSQL journal is unavailable".into()))
    }

    /// Drops a connection the failure closed, so that the next batch opens a new one.
    fn after_error(&mut self) {
        if self.client.as_ref().is_some_and(|c| c.is_closed()) {
            self.client = None;
        }
    }
}

/// Wakes the writer when the journal grows: `LISTEN` for the writers' notifications, and a
/// poll of the head every [`Follower::POLL`] in case one was lost (a restart, a failover).
/// Also reports this node in the journal's registry.
struct Follower {
    config: PgConfig,
    node: String,
    started_at: String,
    tx: Arc<Mutex<Option<mpsc::Sender<Msg>>>>,
    status: Arc<NodeStatus>,
    stop: Arc<AtomicBool>,
    queued: Arc<AtomicBool>,
}

impl Follower {
    const POLL: Duration = Duration::from_millis(100);
    const REPORT: Duration = Duration::from_secs(2);

    fn run(self) {
        let mut reported: Option<std::time::Instant> = None;
        while !self.stop.load(Ordering::Acquire) {
            let mut client = match self.config.connect() {
                Ok(c) => c,
                Err(e) => {
                    tracing::warn!(error = %e, "the follower cannot reach the journal; retrying");
                    self.pause(Duration::from_millis(500));
                    continue;
                }
            };
            if client
                .batch_execute(&format!("LISTEN {}", pg_journal::CHANNEL))
                .is_err()
            {
                continue;
            }
            // What was appended while the connection was down.
            self.wake();
            while !self.stop.load(Ordering::Acquire) {
                let mut newest: Option<u64> = None;
                let mut failed = false;
                {
                    let mut n = client.notifications();
                    use postgres::fallible_iterator::FallibleIterator;
                    match n.timeout_iter(Self::POLL).next() {
                        Ok(Some(m)) => newest = m.payload().parse().ok().or(Some(0)),
                        Ok(None) => {}
                        Err(_) => failed = true,
                    }
                    if !failed {
                        let mut rest = n.iter();
                        while let Ok(Some(m)) = rest.next() {
                            let seq = m.payload().parse().unwrap_or(0);
                            newest = Some(newest.map_or(seq, |s: u64| s.max(seq)));
                        }
                    }
                }
                if failed {
                    break;
                }
                match newest {
                    Some(seq) => {
                        self.status.saw_journal(seq.max(self.status.journal_head()));
                        self.wake();
                    }
                    None => match pg_journal::head(&mut client) {
                        Ok((seq, _)) => {
                            self.status.saw_journal(seq);
                            if seq > self.status.applied() {
                                self.wake();
                            }
                        }
                        Err(_) => break,
                    },
                }
                if reported.is_none_or(|t| t.elapsed() >= Self::REPORT) {
                    reported = Some(std::time::Instant::now());
                    let _ = pg_journal::report_node(
                        &mut client,
                        &self.node,
                        &self.started_at,
                        self.status.applied(),
                    );
                }
            }
        }
    }

    /// Asks the writer to follow, unless it was asked and has not done it yet.
    fn wake(&self) {
        if self.queued.swap(true, Ordering::AcqRel) {
            return;
        }
        let guard = self.tx.lock().unwrap_or_else(|e| e.into_inner());
        if guard.as_ref().is_none_or(|t| t.send(Msg::Follow).is_err()) {
            self.queued.store(false, Ordering::Release);
        }
    }

    fn pause(&self, total: Duration) {
        let step = Duration::from_millis(50);
        let mut waited = Duration::ZERO;
        while waited < total && !self.stop.load(Ordering::Acquire) {
            thread::sleep(step);
            waited += step;
        }
    }
}

/// Which journal a data directory's log has: the one given, or the one it remembers. A
/// directory that already holds an embedded log of its own cannot start following a journal.
fn choose_journal(conn: &Connection, dir: &Path, given: &Journal) -> Result<Journal> {
    let recorded: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'journal'", [], |r| {
            r.get(0)
        })
        .optional()?;
    match given {
        Journal::Embedded => match recorded {
            None => Ok(Journal::Embedded),
            Some(url) => Ok(Journal::Postgres {
                config: PgConfig::parse(&url)?,
                node: default_node_name(dir),
            }),
        },
        Journal::Postgres { config, .. } => {
            if recorded.is_none() {
                let events: i64 =
                    conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
                if events > 0 {
                    return Err(StoreError::NotOurs(format!(
                        "{} holds an embedded log of {events} events and cannot follow a PostgreSQL journal: give each node a new, empty data directory (holding only the instance's instance.key). Moving an embedded log into a journal is not supported yet (docs/postgres.md)",
                        dir.display()
                    )));
                }
            }
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('journal', ?1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [config.remembered()],
            )?;
            Ok(given.clone())
        }
    }
}

/// The journal a data directory follows, if it follows one (`None`: embedded).
pub fn journal_of(dir: &Path) -> Result<Option<PgConfig>> {
    let db = check_dir(dir, false)?;
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let url: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'journal'", [], |r| {
            r.get(0)
        })
        .optional()?;
    url.as_deref().map(PgConfig::parse).transpose()
}

/// The name a node gives itself in the journal's registry: host and data directory.
pub fn default_node_name(dir: &Path) -> String {
    let host = fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "node".into());
    let path = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    format!("{host}:{}", path.display())
}

/// An event as the log stores it: every field as the exact text that is hashed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawEvent {
    pub seq: u64,
    pub id: String,
    pub recorded_at: String,
    pub actor_user: String,
    pub actor_party: String,
    pub simulated_at: Option<String>,
    pub kind: String,
    pub version: u32,
    pub payload: String,
    pub marking: String,
    pub prev_hash: String,
    pub hash: String,
}

impl RawEvent {
    pub(crate) fn computed_hash(&self) -> String {
        hash_parts(&HashInput {
            seq: self.seq,
            id: &self.id,
            recorded_at: &self.recorded_at,
            actor_user: &self.actor_user,
            actor_party: &self.actor_party,
            simulated_at: self.simulated_at.as_deref(),
            kind: &self.kind,
            version: self.version,
            payload: &self.payload,
            marking: &self.marking,
            prev_hash: &self.prev_hash,
        })
    }

    pub(crate) fn to_event(&self) -> Result<Event> {
        let seq = self.seq;
        let time = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| StoreError::Decode(format!("event {seq}: time {s:?}: {e}")))
        };
        Ok(Event {
            seq,
            id: Uuid::parse_str(&self.id).map_err(|e| StoreError::Decode(e.to_string()))?,
            recorded_at: time(&self.recorded_at)?,
            actor: Actor {
                user: UserId::parse(&self.actor_user)?,
                party: PartyId::parse(&self.actor_party)?,
            },
            simulated_at: self.simulated_at.as_deref().map(time).transpose()?,
            kind: self.kind.clone(),
            version: self.version,
            payload: self.payload.clone(),
            marking: self.marking.clone(),
            prev_hash: self.prev_hash.clone(),
            hash: self.hash.clone(),
        })
    }
}

pub(crate) fn insert_raw(conn: &Connection, e: &RawEvent) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO events(seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        e.seq as i64,
        e.id,
        e.recorded_at,
        e.actor_user,
        e.actor_party,
        e.simulated_at,
        e.kind,
        e.version,
        e.payload,
        e.marking,
        e.prev_hash,
        e.hash,
    ])?;
    Ok(())
}

/// Events `from..` (inclusive) in order, at most `limit`, as stored.
pub(crate) fn raw_events_from(conn: &Connection, from: u64, limit: usize) -> Result<Vec<RawEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash
         FROM events WHERE seq >= ?1 ORDER BY seq LIMIT ?2",
    )?;
    let mut rows = stmt.query(params![from as i64, limit as i64])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        // Text columns read as bytes, so that a value altered to another type or to invalid
        // UTF-8 is reported as a broken event rather than an unreadable database.
        let text = |i: usize| -> Result<String> {
            Ok(match r.get_ref(i)? {
                rusqlite::types::ValueRef::Text(b) | rusqlite::types::ValueRef::Blob(b) => {
                    String::from_utf8_lossy(b).into_owned()
                }
                rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                rusqlite::types::ValueRef::Real(v) => v.to_string(),
                rusqlite::types::ValueRef::Null => String::new(),
            })
        };
        out.push(RawEvent {
            seq: r.get::<_, i64>(0)? as u64,
            id: text(1)?,
            recorded_at: text(2)?,
            actor_user: text(3)?,
            actor_party: text(4)?,
            simulated_at: match r.get_ref(5)? {
                rusqlite::types::ValueRef::Null => None,
                _ => Some(text(5)?),
            },
            kind: text(6)?,
            version: r.get::<_, i64>(7).unwrap_or(-1) as u32,
            payload: text(8)?,
            marking: text(9)?,
            prev_hash: text(10)?,
            hash: text(11)?,
        });
    }
    Ok(out)
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
    if let Some(journal) = journal_of(dir)? {
        return verify_journal(&journal, witnesses, progress);
    }
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

/// [`verify_with`] for a PostgreSQL journal: the same checks, over the events, signed tree head
/// and public key the journal holds, read in one snapshot (works while nodes write).
pub fn verify_journal(
    journal: &PgConfig,
    witnesses: &[PathBuf],
    mut progress: impl FnMut(u64),
) -> Result<VerifyReport> {
    let mut client = journal.connect()?;
    let mut snap = pg_journal::snapshot(&mut client)?;
    let key_hex = pg_journal::public_key(&mut snap)?.ok_or_else(|| {
        StoreError::NotOurs(format!(
            "{} holds no entente journal (no instance key); start a node with `entente serve --database` to create one",
            journal.redacted()
        ))
    })?;
    let key = parse_public_key(&key_hex)?;
    let mut attested = Vec::new();
    for path in witnesses {
        attested.extend(crate::witness::attestations_for(path, &key_hex)?);
    }
    let schema: i64 = snap
        .query_opt("SELECT value FROM meta WHERE key = 'log_schema'", &[])
        .map_err(pg_journal::pg)?
        .and_then(|r| r.get::<_, String>(0).parse().ok())
        .unwrap_or(1);
    let sth = pg_journal::read_tree_head(&mut snap)?;
    verify_chain(
        &key,
        schema,
        sth,
        &attested,
        |from| pg_journal::fetch(&mut snap, from, 10_000),
        &mut progress,
    )
}

/// Replaces this node's copy of the events (and its signed head) with the journal's, checking
/// every link and hash on the way; the projections are refolded afterwards by `rebuild`.
fn copy_journal(conn: &mut Connection, journal: &PgConfig) -> Result<()> {
    let mut client = journal.connect()?;
    let mut snap = pg_journal::snapshot(&mut client)?;
    let theirs = pg_journal::public_key(&mut snap)?;
    let ours: String =
        conn.query_row("SELECT value FROM meta WHERE key = 'public_key'", [], |r| {
            r.get(0)
        })?;
    if theirs.as_deref() != Some(ours.as_str()) {
        return Err(StoreError::NotOurs(format!(
            "the journal {} is not the one this data directory follows (its instance key differs)",
            journal.redacted()
        )));
    }
    let tx = conn.transaction()?;
    tx.execute_batch("DELETE FROM events; DELETE FROM tree_head")?;
    let mut head = Head {
        seq: 0,
        hash: GENESIS_HASH.to_string(),
    };
    loop {
        let chunk = pg_journal::fetch(&mut snap, head.seq + 1, 10_000)?;
        if chunk.is_empty() {
            break;
        }
        for raw in chunk {
            if raw.seq != head.seq + 1
                || raw.prev_hash != head.hash
                || raw.computed_hash() != raw.hash
            {
                return Err(StoreError::Broken {
                    seq: head.seq + 1,
                    reason: format!(
                        "the journal does not verify at seq {}; run `entente verify --database ...` to see why",
                        head.seq + 1
                    ),
                });
            }
            insert_raw(&tx, &raw)?;
            head.seq = raw.seq;
            head.hash = raw.hash;
        }
    }
    if let Some(sth) = pg_journal::read_tree_head(&mut snap)? {
        tree_head::write(&tx, &sth)?;
    }
    tx.commit()?;
    snap.commit().map_err(pg_journal::pg)?;
    Ok(())
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
    verify_chain(
        key,
        schema,
        sth,
        attested,
        |from| raw_events_from(conn, from, 10_000),
        progress,
    )
}

/// Checks a log given chunk by chunk (`next(from)`: the events from `from` on, in order; empty
/// at the end) against its signed tree head `sth` and the witnesses' records: gapless seq, each
/// link and hash, each checkpoint's signature, the Merkle root at every attested size.
pub(crate) fn verify_chain(
    key: &VerifyingKey,
    schema: i64,
    sth: Option<SignedTreeHead>,
    attested: &[Attestation],
    mut next_chunk: impl FnMut(u64) -> Result<Vec<RawEvent>>,
    progress: &mut impl FnMut(u64),
) -> Result<VerifyReport> {
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

    let mut expected_seq = 1u64;
    let mut prev = GENESIS_HASH.to_string();
    let mut checkpoints = 0u64;
    let key_hex = hex::encode(key.as_bytes());
    let mut from = 1u64;
    loop {
        let chunk = next_chunk(from)?;
        let Some(last) = chunk.last() else { break };
        from = last.seq + 1;
        for r in &chunk {
            let seq = r.seq;
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
            let simulated = r.simulated_at.as_deref();
            let prev_hash = r.prev_hash.as_str();
            let hash = r.hash.as_str();
            if prev_hash != prev {
                return Err(StoreError::Broken {
                seq,
                reason: "prev_hash does not match the hash of the event before it (an event was altered, removed or reordered)".into(),
            });
            }
            let kind = r.kind.as_str();
            let payload = r.payload.as_str();
            let computed = hash_parts(&HashInput {
                seq,
                id: &r.id,
                recorded_at: &r.recorded_at,
                actor_user: &r.actor_user,
                actor_party: &r.actor_party,
                simulated_at: simulated,
                kind,
                version: r.version,
                payload,
                marking: &r.marking,
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
///
/// A data directory that follows a PostgreSQL journal first takes the journal's events in
/// place of its copy (checking each link and hash), then refolds from them.
pub fn rebuild(dir: &Path, mut progress: impl FnMut(u64, u64)) -> Result<RebuildReport> {
    let db = check_dir(dir, false)?;
    let _lock = lock_dir(dir)?;
    let mut conn = Connection::open(&db)?;
    configure(&conn)?;
    if let Some(journal) = journal_of(dir)? {
        copy_journal(&mut conn, &journal)?;
    }

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
