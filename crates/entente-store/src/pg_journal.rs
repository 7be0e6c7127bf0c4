//! The PostgreSQL journal: the event log of an instance that several nodes serve. It holds the
//! events (gapless, hash-chained, exactly the text every node hashes), the latest signed tree
//! head, the instance's public key and the node registry; its migrations are in
//! `migrations/postgres/`. Each node keeps a copy of the events and its own projections in its
//! local SQLite database (`log.rs`) and reads only from them; this file is everything a node
//! says to PostgreSQL.
//!
//! **Writes** are serialised by a transaction-level advisory lock ([`WRITE_LOCK`]): a node takes
//! it, catches its copy up to the journal's head, decides, appends, signs the new tree head and
//! commits, all in one PostgreSQL transaction, so the journal stays gapless whatever the number
//! of nodes. PostgreSQL makes a transaction visible before it releases its locks, so the events
//! any reader sees are always a prefix of the log: followers never see a gap that fills later.
//!
//! **Followers** are woken by `NOTIFY` on [`CHANNEL`] and poll by `seq` as well, so a lost
//! notification (a restart, a failover) costs at most one poll interval.

use std::time::Duration;

use postgres::{Client, GenericClient, IsolationLevel, NoTls};

use crate::error::{Result, StoreError};
use crate::log::RawEvent;
use crate::tree_head::SignedTreeHead;

/// The advisory lock key every writer takes for its batch ("ententeW" in ASCII).
pub const WRITE_LOCK: i64 = 0x656e_7465_6e74_6557;
/// The advisory lock key taken while migrating ("ententeM").
const MIGRATE_LOCK: i64 = 0x656e_7465_6e74_654d;
/// The notification channel: its payload is the seq of the new head.
pub const CHANNEL: &str = "entente_journal";

/// The migrations, in order; each runs once, in a transaction, under [`MIGRATE_LOCK`].
const MIGRATIONS: &[(i32, &str)] = &[(1, include_str!("../migrations/postgres/0001_journal.sql"))];

/// Where the journal is: a PostgreSQL connection string (URL or key=value form). Its `Debug`
/// and [`PgConfig::redacted`] never show a password.
#[derive(Clone)]
pub struct PgConfig {
    url: String,
    config: postgres::Config,
}

impl std::fmt::Debug for PgConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("PgConfig").field(&self.redacted()).finish()
    }
}

impl PgConfig {
    /// Parses a connection string (`postgres://user@host:port/db?...`, several hosts allowed
    /// with `target_session_attrs=read-write`). A password may come from the string or from
    /// the `PGPASSWORD` environment variable.
    pub fn parse(url: &str) -> Result<PgConfig> {
        let mut config: postgres::Config = url.parse().map_err(|e| {
            StoreError::Invalid(entente_core::Invalid::new(
                "database",
                &format!(
                    "a PostgreSQL connection string such as postgres://entente@127.0.0.1:5432/entente ({e})"
                ),
            ))
        })?;
        if config.get_password().is_none()
            && let Ok(p) = std::env::var("PGPASSWORD")
        {
            config.password(p);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(5));
        }
        config.keepalives_idle(Duration::from_secs(10));
        config.tcp_user_timeout(Duration::from_secs(15));
        if config.get_application_name().is_none() {
            config.application_name("entente");
        }
        Ok(PgConfig {
            url: url.to_string(),
            config,
        })
    }

    /// The connection string without its password, as a data directory remembers it (the
    /// password then comes from `PGPASSWORD`).
    pub fn remembered(&self) -> String {
        strip_password(&self.url)
    }

    /// The connection string with any password replaced by `***`.
    pub fn redacted(&self) -> String {
        redact(&self.url)
    }

    /// Opens a connection with the session settings every entente connection uses: a lock
    /// wait or an idle transaction never holds the journal for long (a hung node's lock is
    /// released by the server).
    pub(crate) fn connect(&self) -> Result<Client> {
        let mut c = self.config.connect(NoTls).map_err(|e| unavailable(&e))?;
        c.batch_execute(
            "SET lock_timeout = '10s'; SET idle_in_transaction_session_timeout = '15s';
             SET statement_timeout = '60s'",
        )
        .map_err(|e| unavailable(&e))?;
        Ok(c)
    }
}

/// `postgres://u:secret@h/db` → `postgres://u@h/db`; `password=secret` is left out.
fn strip_password(url: &str) -> String {
    if url.contains("://") {
        return redact(url).replace(":***@", "@");
    }
    url.split_whitespace()
        .filter(|kv| !kv.starts_with("password="))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `postgres://u:secret@h/db` → `postgres://u:***@h/db`; `password=secret` → `password=***`.
fn redact(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://") {
        let (auth, tail) = match rest.find('@') {
            Some(i) if !rest[..i].contains('/') => (&rest[..i], &rest[i..]),
            _ => return url.to_string(),
        };
        return match auth.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***{tail}"),
            None => url.to_string(),
        };
    }
    url.split_whitespace()
        .map(|kv| {
            if kv.starts_with("password=") {
                "password=***".to_string()
            } else {
                kv.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The journal cannot be reached or refused the statement for an outside reason (a restart, a
/// failover, the network): the write was not saved, and may be retried.
pub(crate) fn unavailable(e: &postgres::Error) -> StoreError {
    StoreError::Unavailable(format!("the PostgreSQL journal is unavailable: {e}"))
}

/// Maps a PostgreSQL error inside a statement to a store error.
pub(crate) fn pg(e: postgres::Error) -> StoreError {
    unavailable(&e)
}

/// Creates or upgrades the journal's tables, records the instance's public key in a new
/// journal and checks it in an existing one: every node of one instance must hold the same key.
pub(crate) fn migrate(client: &mut Client, public_key: &str) -> Result<()> {
    let mut tx = client.transaction().map_err(pg)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATE_LOCK])
        .map_err(pg)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             applied_at TEXT NOT NULL
         )",
    )
    .map_err(pg)?;
    for (version, sql) in MIGRATIONS {
        let done = tx
            .query_opt(
                "SELECT 1 FROM schema_migrations WHERE version = $1",
                &[version],
            )
            .map_err(pg)?
            .is_some();
        if !done {
            tx.batch_execute(sql).map_err(pg)?;
            tx.execute(
                "INSERT INTO schema_migrations(version, applied_at) VALUES ($1, now()::text)",
                &[version],
            )
            .map_err(pg)?;
        }
    }
    let stored: Option<String> = tx
        .query_opt("SELECT value FROM meta WHERE key = 'public_key'", &[])
        .map_err(pg)?
        .map(|r| r.get(0));
    match stored {
        None => {
            let events: i64 = tx
                .query_one("SELECT count(*) FROM events", &[])
                .map_err(pg)?
                .get(0);
            if events > 0 {
                return Err(StoreError::NotOurs(
                    "the PostgreSQL journal has events but no instance key; it was not written by entente".into(),
                ));
            }
            tx.execute(
                "INSERT INTO meta(key, value) VALUES ('public_key', $1), ('log_schema', $2), ('created_by', $3)",
                &[
                    &public_key,
                    &crate::schema::LOG_SCHEMA_VERSION.to_string(),
                    &concat!("entente ", env!("CARGO_PKG_VERSION")),
                ],
            )
            .map_err(pg)?;
        }
        Some(k) if k != public_key => {
            return Err(StoreError::NotOurs(format!(
                "this node's instance.key (public key {public_key}) is not the key of the journal (public key {k}); copy instance.key from the data directory of the first node of this instance (docs/deployment.md)"
            )));
        }
        Some(_) => {}
    }
    tx.commit().map_err(pg)?;
    Ok(())
}

/// The journal's public key, when it has one.
pub(crate) fn public_key(c: &mut impl GenericClient) -> Result<Option<String>> {
    let has_meta: bool = c
        .query_one("SELECT to_regclass('meta') IS NOT NULL", &[])
        .map_err(pg)?
        .get(0);
    if !has_meta {
        return Ok(None);
    }
    Ok(
        c.query_opt("SELECT value FROM meta WHERE key = 'public_key'", &[])
            .map_err(pg)?
            .map(|r| r.get(0)),
    )
}

/// Takes the write lock for the rest of the transaction.
pub(crate) fn lock(tx: &mut impl GenericClient) -> Result<()> {
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
        .map_err(pg)?;
    Ok(())
}

/// The journal's last `seq` and hash (0 and the genesis hash when empty).
pub(crate) fn head(c: &mut impl GenericClient) -> Result<(u64, String)> {
    let row = c
        .query_opt(
            "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
            &[],
        )
        .map_err(pg)?;
    Ok(match row {
        Some(r) => (r.get::<_, i64>(0) as u64, r.get(1)),
        None => (0, entente_core::event::GENESIS_HASH.to_string()),
    })
}

/// Events from `from` (inclusive) in order, at most `limit`.
pub(crate) fn fetch(c: &mut impl GenericClient, from: u64, limit: usize) -> Result<Vec<RawEvent>> {
    let rows = c
        .query(
            "SELECT seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash
             FROM events WHERE seq >= $1 ORDER BY seq LIMIT $2",
            &[&(from as i64), &(limit as i64)],
        )
        .map_err(pg)?;
    Ok(rows
        .iter()
        .map(|r| RawEvent {
            seq: r.get::<_, i64>(0) as u64,
            id: r.get(1),
            recorded_at: r.get(2),
            actor_user: r.get(3),
            actor_party: r.get(4),
            simulated_at: r.get(5),
            kind: r.get(6),
            version: r.get::<_, i32>(7) as u32,
            payload: r.get(8),
            marking: r.get(9),
            prev_hash: r.get(10),
            hash: r.get(11),
        })
        .collect())
}

/// Appends `events` in one statement (arrays unnested server-side: one round trip per batch).
pub(crate) fn append(c: &mut impl GenericClient, events: &[RawEvent]) -> Result<()> {
    for chunk in events.chunks(2000) {
        let col = |f: fn(&RawEvent) -> String| chunk.iter().map(f).collect::<Vec<_>>();
        let seqs: Vec<i64> = chunk.iter().map(|e| e.seq as i64).collect();
        let versions: Vec<i32> = chunk.iter().map(|e| e.version as i32).collect();
        let simulated: Vec<Option<String>> = chunk.iter().map(|e| e.simulated_at.clone()).collect();
        c.execute(
            "INSERT INTO events(seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking, prev_hash, hash)
             SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[])",
            &[
                &seqs,
                &col(|e| e.id.clone()),
                &col(|e| e.recorded_at.clone()),
                &col(|e| e.actor_user.clone()),
                &col(|e| e.actor_party.clone()),
                &simulated,
                &col(|e| e.kind.clone()),
                &versions,
                &col(|e| e.payload.clone()),
                &col(|e| e.marking.clone()),
                &col(|e| e.prev_hash.clone()),
                &col(|e| e.hash.clone()),
            ],
        )
        .map_err(pg)?;
    }
    Ok(())
}

pub(crate) fn read_tree_head(c: &mut impl GenericClient) -> Result<Option<SignedTreeHead>> {
    let row = c
        .query_opt(
            "SELECT size, root, time, signature FROM tree_head WHERE id = 1",
            &[],
        )
        .map_err(pg)?;
    let Some(r) = row else { return Ok(None) };
    let size: i64 = r.get(0);
    let unreadable = |what: &str| StoreError::Broken {
        seq: size.max(0) as u64,
        reason: format!(
            "the journal's signed tree head is unreadable ({what}); the table was altered"
        ),
    };
    Ok(Some(SignedTreeHead {
        size: u64::try_from(size).map_err(|_| unreadable("negative size"))?,
        root: entente_core::merkle::parse_hash(r.get(1)).ok_or_else(|| unreadable("root"))?,
        time: r.get(2),
        signature: crate::tree_head::parse_signature(r.get(3))
            .ok_or_else(|| unreadable("signature"))?,
    }))
}

pub(crate) fn write_tree_head(c: &mut impl GenericClient, sth: &SignedTreeHead) -> Result<()> {
    c.execute(
        "INSERT INTO tree_head(id, size, root, time, signature) VALUES (1, $1, $2, $3, $4)
         ON CONFLICT(id) DO UPDATE SET size = excluded.size, root = excluded.root,
             time = excluded.time, signature = excluded.signature",
        &[
            &(sth.size as i64),
            &sth.root_hex(),
            &sth.time,
            &sth.signature_hex(),
        ],
    )
    .map_err(pg)?;
    Ok(())
}

/// Wakes the followers once the transaction commits (PostgreSQL delivers a notification only
/// then, and folds equal ones of one transaction).
pub(crate) fn notify(c: &mut impl GenericClient, seq: u64) -> Result<()> {
    c.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &seq.to_string()])
        .map_err(pg)?;
    Ok(())
}

/// Records that node `name` has applied the journal up to `applied`.
pub(crate) fn report_node(
    c: &mut impl GenericClient,
    name: &str,
    started_at: &str,
    applied: u64,
) -> Result<()> {
    c.execute(
        "INSERT INTO nodes(name, started_at, seen_at, applied_seq, version)
         VALUES ($1, $2, now()::text, $3, $4)
         ON CONFLICT(name) DO UPDATE SET started_at = excluded.started_at,
             seen_at = excluded.seen_at, applied_seq = excluded.applied_seq,
             version = excluded.version",
        &[
            &name,
            &started_at,
            &(applied as i64),
            &env!("CARGO_PKG_VERSION"),
        ],
    )
    .map_err(pg)?;
    Ok(())
}

/// A read-only transaction that sees one snapshot for all its statements (verify, backup and
/// a follower's catch-up read events and the head in the same state of the journal).
pub(crate) fn snapshot(client: &mut Client) -> Result<postgres::Transaction<'_>> {
    client
        .build_transaction()
        .isolation_level(IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(pg)
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_are_redacted() {
        for (given, shown) in [
            (
                "postgres://entente:s3cret@db:5432/entente",
                "postgres://entente:***@db:5432/entente",
            ),
            (
                "postgres://entente@db/entente?sslmode=disable",
                "postgres://entente@db/entente?sslmode=disable",
            ),
            (
                "host=db user=entente password=s3cret",
                "host=db user=entente password=***",
            ),
        ] {
            assert_eq!(redact(given), shown);
        }
    }
}
