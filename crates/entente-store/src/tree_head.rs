//! Signed tree heads: the Merkle tree of the log (RFC 9162 §2.1, [`entente_core::merkle`]) over
//! the events' chain hashes, its head signed by the instance key after every committed batch,
//! consistency proofs computed from the stored hashes, and the co-signatures of witnesses,
//! recorded as `log.witnessed` events once checked against the tree the instance computes
//! itself.
//!
//! Leaf `i` of the tree is the 32-byte chain hash of the event `seq = i + 1` (the bytes whose
//! lower-case hex is its `hash` column); its leaf hash is SHA-256(0x00 || those 32 bytes).
//!
//! The latest signed head is kept in the `tree_head` table, written in the same transaction as
//! the events it covers, so a head never covers an event that is not durable and the events of
//! an acknowledged batch are always covered. It is part of the log, not a projection: `rebuild`
//! leaves it alone.

use std::ops::Range;
use std::path::Path;

use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use entente_core::event::format_time;
use entente_core::merkle::{self, Frontier, Hash, Witnessed};
use entente_core::{Draft, Marking, PartyId, Tlp, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Result, StoreError};
use crate::store::{SqliteStore, actor_of};

/// A head of the log's Merkle tree signed by the instance key (the STH of RFC 9162 §4.10, in
/// our own text format: [`merkle::tree_head_message`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedTreeHead {
    /// Number of events the tree covers (seq 1 to `size`).
    pub size: u64,
    /// Merkle tree hash of those events' chain hashes.
    pub root: Hash,
    /// When the writer signed it, as the log writes times (RFC 3339, UTC, microseconds).
    pub time: String,
    pub signature: Signature,
}

impl SignedTreeHead {
    /// Signs the head of `frontier` at `time`.
    pub fn sign(key: &SigningKey, frontier: &Frontier, time: DateTime<Utc>) -> Self {
        let (size, root, time) = (frontier.size(), frontier.root(), format_time(time));
        let signature = key.sign(&merkle::tree_head_message(size, &root, &time));
        SignedTreeHead {
            size,
            root,
            time,
            signature,
        }
    }

    /// The signed message, `entente-tree-head:v1:{size}:{root}:{time}`.
    pub fn message(&self) -> Vec<u8> {
        merkle::tree_head_message(self.size, &self.root, &self.time)
    }

    /// Does the signature verify with `key`? (Strict Ed25519 verification: no malleable or
    /// small-order forms, since heads also come from outside.)
    pub fn verify(&self, key: &VerifyingKey) -> bool {
        key.verify_strict(&self.message(), &self.signature).is_ok()
    }

    pub fn root_hex(&self) -> String {
        hex::encode(self.root)
    }

    pub fn signature_hex(&self) -> String {
        hex::encode(self.signature.to_bytes())
    }
}

/// Parses 128 hex digits into an Ed25519 signature.
pub fn parse_signature(text: &str) -> Option<Signature> {
    let mut b = [0u8; 64];
    hex::decode_to_slice(text.trim(), &mut b).ok()?;
    Some(Signature::from_bytes(&b))
}

/// The leaf hash of the event `seq` whose `hash` column is `hash_hex`.
pub(crate) fn leaf(seq: u64, hash_hex: &str) -> Result<Hash> {
    merkle::parse_hash(hash_hex)
        .map(|h| merkle::leaf_hash(&h))
        .ok_or_else(|| StoreError::Broken {
            seq,
            reason: "the stored hash is not 64 hex digits".into(),
        })
}

pub(crate) fn read(conn: &Connection) -> Result<Option<SignedTreeHead>> {
    let row = conn
        .query_row(
            "SELECT size, root, time, signature FROM tree_head WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            },
        )
        .optional()?;
    let Some((size, root, time, signature)) = row else {
        return Ok(None);
    };
    let unreadable = |what: &str| StoreError::Broken {
        seq: size.max(0) as u64,
        reason: format!("the signed tree head is unreadable ({what}); the table was altered"),
    };
    Ok(Some(SignedTreeHead {
        size: u64::try_from(size).map_err(|_| unreadable("negative size"))?,
        root: merkle::parse_hash(&root).ok_or_else(|| unreadable("root"))?,
        time,
        signature: parse_signature(&signature).ok_or_else(|| unreadable("signature"))?,
    }))
}

pub(crate) fn write(conn: &Connection, sth: &SignedTreeHead) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO tree_head(id, size, root, time, signature) VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT(id) DO UPDATE SET size = excluded.size, root = excluded.root,
             time = excluded.time, signature = excluded.signature",
    )?
    .execute(params![
        sth.size as i64,
        sth.root_hex(),
        sth.time,
        sth.signature_hex()
    ])?;
    Ok(())
}

/// Feeds `f` the leaves of the events after `f.size()` up to `upto` (inclusive), checking that
/// their `seq` have no gap.
pub(crate) fn extend(conn: &Connection, f: &mut Frontier, upto: u64) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("SELECT seq, hash FROM events WHERE seq > ?1 AND seq <= ?2 ORDER BY seq")?;
    let mut rows = stmt.query(params![f.size() as i64, upto as i64])?;
    while let Some(r) = rows.next()? {
        let seq = r.get::<_, i64>(0)? as u64;
        if seq != f.size() + 1 {
            return Err(missing(f.size() + 1, seq));
        }
        f.push(leaf(
            seq,
            r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?,
        )?);
    }
    if f.size() != upto {
        return Err(StoreError::Broken {
            seq: f.size() + 1,
            reason: format!(
                "event {} is missing (the log should reach seq {upto})",
                f.size() + 1
            ),
        });
    }
    Ok(())
}

fn missing(expected: u64, found: u64) -> StoreError {
    StoreError::Broken {
        seq: expected,
        reason: format!("event {expected} is missing (next present is {found})"),
    }
}

/// The Merkle tree hash of the leaves `r` (events `r.start + 1 ..= r.end`).
fn range_root(conn: &Connection, r: Range<u64>) -> Result<Hash> {
    let mut f = Frontier::new();
    let mut stmt = conn
        .prepare_cached("SELECT seq, hash FROM events WHERE seq > ?1 AND seq <= ?2 ORDER BY seq")?;
    let mut rows = stmt.query(params![r.start as i64, r.end as i64])?;
    let mut expected = r.start + 1;
    while let Some(row) = rows.next()? {
        let seq = row.get::<_, i64>(0)? as u64;
        if seq != expected {
            return Err(missing(expected, seq));
        }
        f.push(leaf(
            seq,
            row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?,
        )?);
        expected += 1;
    }
    if expected != r.end + 1 {
        return Err(StoreError::Broken {
            seq: expected,
            reason: format!(
                "event {expected} is missing (the log should reach seq {})",
                r.end
            ),
        });
    }
    Ok(f.root())
}

/// The Merkle tree hash of the first `size` events.
pub(crate) fn root_at(conn: &Connection, size: u64) -> Result<Hash> {
    range_root(conn, 0..size)
}

fn last_seq(conn: &Connection) -> Result<u64> {
    let n: Option<i64> = conn.query_row("SELECT max(seq) FROM events", [], |r| r.get(0))?;
    Ok(n.unwrap_or(0) as u64)
}

/// The consistency proof between the trees of the first `from` and the first `to` events
/// (RFC 9162 §2.1.4.1). Costs one pass over the hashes of the ranges the proof covers, at most
/// `to` events.
pub(crate) fn consistency(conn: &Connection, from: u64, to: u64) -> Result<Vec<Hash>> {
    let size = last_seq(conn)?;
    if from > to || to > size {
        return Err(StoreError::Rejected {
            code: "invalid_range",
            message: format!(
                "from and to: expected 0 <= from <= to <= {size} (the log has {size} events), got from={from} to={to}"
            ),
        });
    }
    let ranges = merkle::consistency_path(from, to).map_err(|e| StoreError::Rejected {
        code: "invalid_range",
        message: e.to_string(),
    })?;
    ranges.into_iter().map(|r| range_root(conn, r)).collect()
}

/// At open: rebuilds the frontier from every event, checks it against the last signed tree
/// head, and signs a head when there is none yet or the log grew without one (written by a
/// version before tree heads). Refuses a log that no longer matches its own signed head: events
/// were removed or changed behind the writer's back.
pub(crate) fn open_frontier(
    conn: &mut Connection,
    dir: &Path,
    key: &SigningKey,
    now: DateTime<Utc>,
) -> Result<Frontier> {
    let sth = read(conn)?;
    let mut f = Frontier::new();
    let mut at_head: Option<Hash> = (sth.as_ref().map(|h| h.size) == Some(0)).then(|| f.root());
    {
        let mut stmt = conn.prepare("SELECT seq, hash FROM events ORDER BY seq")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let seq = r.get::<_, i64>(0)? as u64;
            if seq != f.size() + 1 {
                return Err(refuse(dir, missing(f.size() + 1, seq)));
            }
            f.push(
                leaf(seq, r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?)
                    .map_err(|e| refuse(dir, e))?,
            );
            if sth.as_ref().map(|h| h.size) == Some(seq) {
                at_head = Some(f.root());
            }
        }
    }
    if let Some(h) = &sth {
        if !h.verify(&key.verifying_key()) {
            return Err(refuse(
                dir,
                StoreError::Broken {
                    seq: h.size,
                    reason: format!(
                        "the signed tree head of {} does not verify with the instance key",
                        h.time
                    ),
                },
            ));
        }
        match at_head {
            None => {
                return Err(refuse(
                    dir,
                    StoreError::Broken {
                        seq: f.size() + 1,
                        reason: format!(
                            "the log ends at seq {}, but its signed tree head of {} covers {} events: {} removed",
                            f.size(),
                            h.time,
                            h.size,
                            crate::log::removed(f.size() + 1, h.size)
                        ),
                    },
                ));
            }
            Some(root) if root != h.root => {
                return Err(refuse(
                    dir,
                    StoreError::Broken {
                        seq: h.size,
                        reason: format!(
                            "the Merkle root of events 1 to {} is not the one signed at {}: an event at or before seq {} was changed",
                            h.size, h.time, h.size
                        ),
                    },
                ));
            }
            Some(_) => {}
        }
    }
    if sth.as_ref().map(|h| h.size) != Some(f.size()) {
        let tx = conn.transaction()?;
        write(&tx, &SignedTreeHead::sign(key, &f, now))?;
        tx.commit()?;
    }
    Ok(f)
}

/// Adds what to do to a refusal to open a data directory whose log does not match its head.
fn refuse(dir: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Broken { seq, reason } => StoreError::Broken {
            seq,
            reason: format!(
                "{reason}. The writer will not append to a log that no longer matches its signed head; run `entente verify --data {}` (with the witnesses' records) to see what changed, and restore the data directory from a backup",
                dir.display()
            ),
        },
        e => e,
    }
}

// ---- what the edges may ask ----

/// A witness's co-signature of a head of this log, as posted to the instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cosignature {
    /// Hex of the witness's Ed25519 public key.
    pub witness_key: String,
    pub size: u64,
    pub root: Hash,
    /// The witness's time, as it signed it.
    pub witnessed_at: String,
    /// Hex of the signature over [`merkle::cosignature_message`].
    pub signature: String,
}

/// The outcome of posting a co-signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CosignatureRecorded {
    /// Recorded as the `log.witnessed` event `seq`.
    Recorded { seq: u64 },
    /// This witness's co-signature of this size was already in the log.
    AlreadyRecorded,
    /// Since the last co-signature of this witness in the log, only co-signatures were
    /// appended: recording this one would only witness the witnessing, and a witness polling a
    /// quiet instance would grow its log by one event a round.
    NothingNew,
}

/// The latest co-signature of one witness, as recorded in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WitnessView {
    pub witness_key: String,
    pub size: u64,
    pub root: String,
    pub witnessed_at: String,
    pub cosignature: String,
    /// The `log.witnessed` event.
    pub seq: u64,
    pub recorded_at: String,
    /// The account that posted it.
    pub posted_by: UserId,
    pub posted_for: PartyId,
}

/// Signed tree heads, consistency proofs and witnesses' co-signatures. Reading the head or a
/// proof reveals the number of events, so the edges ask for a signed-in account first.
pub trait TreeHeads {
    /// The latest signed tree head.
    fn tree_head(&self) -> Result<SignedTreeHead>;
    /// The consistency proof between the trees of `from` and `to` events (RFC 9162 §2.1.4).
    fn consistency_proof(&self, from: u64, to: u64) -> Result<Vec<Hash>>;
    /// The Merkle tree hash of the first `size` events.
    fn root_at(&self, size: u64) -> Result<Hash>;
    /// Checks a witness's co-signature against the root this instance computes itself at that
    /// size and the witness's key, and records it as a `log.witnessed` event (TLP:GREEN, by
    /// `viewer`).
    fn record_cosignature(&self, viewer: &Viewer, c: Cosignature) -> Result<CosignatureRecorded>;
    /// The latest co-signature of every witness that `viewer` may see.
    fn witnesses(&self, viewer: &Viewer) -> Result<Vec<WitnessView>>;
    /// `Ok` when `viewer` may read the head, proofs and co-signatures (R10): administrators,
    /// security officers and accounts registered to post a witness's co-signatures.
    fn check_log_reader(&self, viewer: &Viewer) -> Result<()>;
    /// Registers a witness's key (hex) and the account that posts its co-signatures (an
    /// administrator, or the operator at the console).
    fn register_witness(&self, by: &Viewer, witness_key: &str, user: &UserId) -> Result<()>;
    /// Removes a witness's registration.
    fn remove_witness(&self, by: &Viewer, witness_key: &str) -> Result<()>;
}

/// The account registered to post the co-signatures of `witness_key`, if any.
fn witness_account(conn: &Connection, witness_key: &str) -> Result<Option<UserId>> {
    let u: Option<String> = conn
        .prepare_cached("SELECT user FROM witness_keys WHERE witness_key = ?1")?
        .query_row([witness_key], |r| r.get(0))
        .optional()?;
    Ok(u.map(|u| UserId::parse(&u)).transpose()?)
}

fn is_witness_account(conn: &Connection, user: &UserId) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM witness_keys WHERE user = ?1")?
        .query_row([user.as_str()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Folds `log.witness_registered` and `log.witness_removed` into `witness_keys`.
pub(crate) fn apply(conn: &Connection, e: &entente_core::Event) -> Result<()> {
    use entente_core::EventBody;
    use entente_core::merkle::{WitnessRegistered, WitnessRemoved};
    match (e.kind.as_str(), e.version) {
        (WitnessRegistered::TYPE, WitnessRegistered::VERSION) => {
            let b: WitnessRegistered = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO witness_keys(witness_key, user, seq) VALUES (?1, ?2, ?3)
                 ON CONFLICT(witness_key) DO UPDATE SET user = excluded.user, seq = excluded.seq",
            )?
            .execute(params![b.witness_key, b.user.as_str(), e.seq as i64])?;
        }
        (WitnessRemoved::TYPE, WitnessRemoved::VERSION) => {
            let b: WitnessRemoved = serde_json::from_str(&e.payload)?;
            conn.prepare_cached("DELETE FROM witness_keys WHERE witness_key = ?1")?
                .execute([b.witness_key])?;
        }
        _ => {}
    }
    Ok(())
}

fn rejected(message: String) -> StoreError {
    StoreError::Rejected {
        code: "invalid_cosignature",
        message,
    }
}

impl TreeHeads for SqliteStore {
    fn tree_head(&self) -> Result<SignedTreeHead> {
        self.log()
            .read(read)?
            .ok_or_else(|| StoreError::not_found("signed tree head", "latest"))
    }

    fn consistency_proof(&self, from: u64, to: u64) -> Result<Vec<Hash>> {
        self.log().read(|c| consistency(c, from, to))
    }

    fn root_at(&self, size: u64) -> Result<Hash> {
        self.log().read(|c| {
            let n = last_seq(c)?;
            if size > n {
                return Err(StoreError::Rejected {
                    code: "invalid_range",
                    message: format!("size: expected at most {n} (the log has {n} events)"),
                });
            }
            match read(c)? {
                Some(h) if h.size == size => Ok(h.root),
                _ => root_at(c, size),
            }
        })
    }

    fn record_cosignature(&self, viewer: &Viewer, c: Cosignature) -> Result<CosignatureRecorded> {
        let witness = crate::log::parse_public_key(&c.witness_key).map_err(|_| {
            rejected("witness_key: expected the hex of a 32-byte Ed25519 public key".into())
        })?;
        // Only a registered key, posted by its account, appends anything (R12).
        let key_hex = hex::encode(witness.as_bytes());
        let registered = self.log().read(|c| witness_account(c, &key_hex))?;
        if registered.as_ref() != Some(&viewer.user) && !viewer.is_operator() {
            return Err(StoreError::Forbidden(format!(
                "witness_key: {key_hex} is not registered for {}; an administrator registers a witness's key and the account that posts its co-signatures (POST /api/v1/log/witnesses)",
                viewer.user
            )));
        }
        let signature = parse_signature(&c.signature)
            .ok_or_else(|| rejected("signature: expected 128 hex digits".into()))?;
        DateTime::parse_from_rfc3339(&c.witnessed_at).map_err(|_| {
            rejected("witnessed_at: expected an RFC 3339 time such as 2026-11-30T10:00:00Z".into())
        })?;
        let size = self.log().read(last_seq)?;
        if c.size > size {
            return Err(rejected(format!(
                "size: this log has {size} events; a co-signature of a head of {} events is not of this log",
                c.size
            )));
        }
        let ours = self.root_at(c.size)?;
        if ours != c.root {
            tracing::error!(
                witness = %c.witness_key,
                size = c.size,
                "a witness co-signed a root this log does not have at that size"
            );
            return Err(StoreError::Refused {
                code: "cosignature_mismatch",
                message: format!(
                    "the witness co-signed root {} for {} events, but this log's root at that size is {}: the witness saw another log (a fork or a rewrite); compare `entente verify --witness` on both sides",
                    hex::encode(c.root),
                    c.size,
                    hex::encode(ours)
                ),
            });
        }
        let msg =
            merkle::cosignature_message(&self.log().public_key(), c.size, &c.root, &c.witnessed_at);
        witness.verify_strict(&msg, &signature).map_err(|_| {
            rejected(format!(
                "signature: does not verify with witness_key over `{}`",
                String::from_utf8_lossy(&msg)
            ))
        })?;
        let body = Witnessed {
            witness_key: hex::encode(witness.as_bytes()),
            size: c.size,
            root: hex::encode(c.root),
            witnessed_at: c.witnessed_at,
            cosignature: hex::encode(signature.to_bytes()),
        };
        let kind = <Witnessed as entente_core::EventBody>::TYPE;
        let skipped = std::sync::Arc::new(std::sync::Mutex::new(None));
        let why = skipped.clone();
        let committed = self.log().execute(actor_of(viewer), None, move |ctx| {
            let (known, last): (bool, Option<i64>) = ctx.tx.query_row(
                "SELECT coalesce(max(json_extract(payload, '$.size') = ?3), 0),
                        max(json_extract(payload, '$.size'))
                 FROM events WHERE type = ?1 AND json_extract(payload, '$.witness_key') = ?2",
                params![kind, body.witness_key, body.size as i64],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let skip = if known {
                Some(CosignatureRecorded::AlreadyRecorded)
            } else {
                match last {
                    Some(last) if (last as u64) < body.size => {
                        let other: bool = ctx.tx.query_row(
                            "SELECT count(*) > 0 FROM events WHERE seq > ?1 AND seq <= ?2 AND type != ?3",
                            params![last, body.size as i64, kind],
                            |r| r.get(0),
                        )?;
                        (!other).then_some(CosignatureRecorded::NothingNew)
                    }
                    _ => None,
                }
            };
            if let Some(s) = skip {
                *why.lock().unwrap_or_else(|e| e.into_inner()) = Some(s);
                return Ok(vec![]);
            }
            // Visible to every signed-in member, never to the public: the size is the number of
            // events.
            Ok(vec![Draft::new(&body, Marking::tlp(Tlp::Green))])
        })?;
        Ok(match committed.seqs.first() {
            Some(seq) => CosignatureRecorded::Recorded { seq: *seq },
            None => skipped
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .unwrap_or(CosignatureRecorded::AlreadyRecorded),
        })
    }

    fn check_log_reader(&self, viewer: &Viewer) -> Result<()> {
        let witness =
            !viewer.is_public() && self.log().read(|c| is_witness_account(c, &viewer.user))?;
        entente_core::authz::require(
            entente_core::authz::Action::LogHeadRead,
            viewer,
            &entente_core::authz::Facts {
                witness,
                ..entente_core::authz::Facts::none()
            },
        )?;
        Ok(())
    }

    fn register_witness(&self, by: &Viewer, witness_key: &str, user: &UserId) -> Result<()> {
        entente_core::authz::require(
            entente_core::authz::Action::WitnessRegister,
            by,
            &entente_core::authz::Facts::none(),
        )?;
        let key = crate::log::parse_public_key(witness_key).map_err(|_| {
            rejected("witness_key: expected the hex of a 32-byte Ed25519 public key".into())
        })?;
        let body = entente_core::merkle::WitnessRegistered {
            witness_key: hex::encode(key.as_bytes()),
            user: user.clone(),
        };
        let u = user.clone();
        self.log().execute(actor_of(by), None, move |ctx| {
            let account = crate::accounts::user(ctx.tx, &u)?
                .filter(|a| !a.disabled)
                .ok_or_else(|| StoreError::not_found("user", u.as_str()))?;
            if witness_account(ctx.tx, &body.witness_key)?.as_ref() == Some(&account.user) {
                return Ok(vec![]);
            }
            Ok(vec![Draft::new(&body, crate::accounts::account_marking())])
        })?;
        Ok(())
    }

    fn remove_witness(&self, by: &Viewer, witness_key: &str) -> Result<()> {
        entente_core::authz::require(
            entente_core::authz::Action::WitnessRegister,
            by,
            &entente_core::authz::Facts::none(),
        )?;
        let key = witness_key.trim().to_ascii_lowercase();
        self.log().execute(actor_of(by), None, move |ctx| {
            if witness_account(ctx.tx, &key)?.is_none() {
                return Err(StoreError::not_found("witness", key));
            }
            Ok(vec![Draft::new(
                &entente_core::merkle::WitnessRemoved { witness_key: key },
                crate::accounts::account_marking(),
            )])
        })?;
        Ok(())
    }

    fn witnesses(&self, viewer: &Viewer) -> Result<Vec<WitnessView>> {
        self.log().read(|c| {
            let mut stmt = c.prepare(
                "SELECT seq, recorded_at, actor_user, actor_party, payload, marking
                 FROM events WHERE type = ?1 ORDER BY seq",
            )?;
            let mut rows = stmt.query([<Witnessed as entente_core::EventBody>::TYPE])?;
            let mut latest: std::collections::BTreeMap<String, WitnessView> = Default::default();
            while let Some(r) = rows.next()? {
                let seq = r.get::<_, i64>(0)? as u64;
                let user = UserId::parse(&r.get::<_, String>(2)?)?;
                let party = PartyId::parse(&r.get::<_, String>(3)?)?;
                let marking: Marking = serde_json::from_str(&r.get::<_, String>(5)?)?;
                if !can_see(viewer, &party, &user, &marking) {
                    continue;
                }
                let w: Witnessed = serde_json::from_str(&r.get::<_, String>(4)?)?;
                let view = WitnessView {
                    witness_key: w.witness_key.clone(),
                    size: w.size,
                    root: w.root,
                    witnessed_at: w.witnessed_at,
                    cosignature: w.cosignature,
                    seq,
                    recorded_at: r.get(1)?,
                    posted_by: user,
                    posted_for: party,
                };
                match latest.get(&w.witness_key) {
                    Some(old) if old.size > view.size => {}
                    _ => {
                        latest.insert(w.witness_key, view);
                    }
                }
            }
            Ok(latest.into_values().collect())
        })
    }
}
