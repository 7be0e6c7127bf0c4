//! Finding F13: tamper evidence that holds against someone who holds the data directory and
//! its instance key. The tampering here is what such an attacker would do with the database:
//! delete the tail, or rewrite an event and recompute every later hash, re-sign the checkpoints
//! and the tree head with the instance key. The signed tree head catches the naive attacker;
//! a witness's record catches the one who re-signs; rebuild no longer erases the evidence.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use ed25519_dalek::{Signer, SigningKey};
use entente_core::event::{CheckpointSigned, HashInput, Note, canonical, hash_parts};
use entente_core::merkle::{self, Frontier};
use entente_core::{Actor, Draft, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::dossiers::DossierFilter;
use entente_store::tree_head::{Cosignature, CosignatureRecorded, SignedTreeHead};
use entente_store::witness::{Observation, ObservedHead, WitnessDir, WitnessError};
use entente_store::{
    FixedClock, Options, SqliteStore, Store, StoreError, TreeHeads, rebuild, verify, verify_with,
};
use rusqlite::{Connection, params};

const URL: &str = "http://127.0.0.1:8080";

fn open(dir: &Path) -> SqliteStore {
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    ));
    SqliteStore::open(
        dir,
        clock,
        Options {
            checkpoint_every: 7,
            ..Options::default()
        },
    )
    .unwrap()
}

fn actor() -> Actor {
    Actor {
        user: UserId::parse("lv.analyst").unwrap(),
        party: PartyId::parse("LV").unwrap(),
    }
}

fn member() -> Viewer {
    Viewer {
        user: UserId::parse("lv.analyst").unwrap(),
        party: PartyId::parse("LV").unwrap(),
        clearance: None,
        // Contributes, and names the ids of its test dossiers as the operator does.
        roles: [
            entente_core::account::Role::Analyst,
            entente_core::account::Role::Operator,
        ]
        .into(),
    }
}

/// Appends notes, `per_batch` to a command, until the log has at least `n` events.
fn grow_to(store: &SqliteStore, n: u64, per_batch: usize) {
    while store.head().unwrap().0 < n {
        let seq = store.head().unwrap().0;
        let drafts: Vec<Draft> = (0..per_batch)
            .map(|i| {
                Draft::new(
                    &Note {
                        text: format!("note {seq}.{i}"),
                    },
                    Marking::clear(),
                )
            })
            .collect();
        store
            .log()
            .execute(actor(), None, move |_| Ok(drafts))
            .unwrap();
    }
}

fn count(dir: &Path) -> u64 {
    let c = Connection::open(dir.join("entente.db")).unwrap();
    c.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))
        .unwrap() as u64
}

fn instance_key(dir: &Path) -> SigningKey {
    let text = std::fs::read_to_string(dir.join("instance.key")).unwrap();
    let bytes: [u8; 32] = hex::decode(text.trim()).unwrap().try_into().unwrap();
    SigningKey::from_bytes(&bytes)
}

/// One witness round against `store`, fetched as the `entente witness` command would.
fn witness_round(
    w: &WitnessDir,
    store: &SqliteStore,
    minute: u32,
) -> Result<(Observation, entente_store::witness::WitnessRecord), WitnessError> {
    let seen = ObservedHead {
        instance_key: store.public_key(),
        head: store.tree_head().unwrap(),
    };
    w.observe(
        URL,
        &seen,
        false,
        Utc.with_ymd_and_hms(2026, 11, 30, 10, minute, 0).unwrap(),
        |from, to| store.consistency_proof(from, to).map_err(|e| e.to_string()),
    )
}

// ---- the attacker's tools ----

/// Deletes the events from `from` on, as `DELETE FROM events WHERE seq >= from` would.
fn truncate(dir: &Path, from: u64) {
    let c = Connection::open(dir.join("entente.db")).unwrap();
    c.execute("DELETE FROM events WHERE seq >= ?1", [from as i64])
        .unwrap();
}

/// Re-signs the tree head over the log as it now is, with the instance key.
fn resign_head(dir: &Path) {
    let key = instance_key(dir);
    let c = Connection::open(dir.join("entente.db")).unwrap();
    let mut f = Frontier::new();
    {
        let mut stmt = c.prepare("SELECT hash FROM events ORDER BY seq").unwrap();
        let hashes = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
        for h in hashes {
            f.push(merkle::leaf_hash(&merkle::parse_hash(&h.unwrap()).unwrap()));
        }
    }
    let sth = SignedTreeHead::sign(
        &key,
        &f,
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 30, 0).unwrap(),
    );
    c.execute(
        "UPDATE tree_head SET size = ?1, root = ?2, time = ?3, signature = ?4",
        params![
            sth.size as i64,
            sth.root_hex(),
            sth.time,
            sth.signature_hex()
        ],
    )
    .unwrap();
}

/// Changes the note text of event `at` and recomputes `prev_hash` and `hash` of it and of every
/// later event, re-signing every checkpoint on the way and then the tree head: a rewrite that
/// the hash chain, the checkpoints and the signed head all accept.
fn rewrite_from(dir: &Path, at: u64, text: &str) {
    let key = instance_key(dir);
    let c = Connection::open(dir.join("entente.db")).unwrap();
    let mut prev: String = c
        .query_row(
            "SELECT prev_hash FROM events WHERE seq = ?1",
            [at as i64],
            |r| r.get(0),
        )
        .unwrap();
    type Row = (
        i64,
        String,
        String,
        String,
        String,
        Option<String>,
        String,
        i64,
        String,
        String,
    );
    let rows: Vec<Row> = {
        let mut stmt = c
            .prepare(
                "SELECT seq, id, recorded_at, actor_user, actor_party, simulated_at, type, version, payload, marking
                 FROM events WHERE seq >= ?1 ORDER BY seq",
            )
            .unwrap();
        stmt.query_map([at as i64], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
                r.get(9)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    for (seq, id, recorded_at, user, party, simulated, kind, version, payload, marking) in rows {
        let seq = seq as u64;
        let payload = if seq == at {
            assert_eq!(kind, "log.note", "rewrite a note");
            canonical(&Note { text: text.into() })
        } else if kind == "log.checkpoint" {
            let sig = key.sign(&entente_core::event::checkpoint_message(seq - 1, &prev));
            canonical(&CheckpointSigned {
                covers_seq: seq - 1,
                covers_hash: prev.clone(),
                public_key: hex::encode(key.verifying_key().as_bytes()),
                signature: hex::encode(sig.to_bytes()),
            })
        } else {
            payload
        };
        let hash = hash_parts(&HashInput {
            seq,
            id: &id,
            recorded_at: &recorded_at,
            actor_user: &user,
            actor_party: &party,
            simulated_at: simulated.as_deref(),
            kind: &kind,
            version: version as u32,
            payload: &payload,
            marking: &marking,
            prev_hash: &prev,
        });
        c.execute(
            "UPDATE events SET payload = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4",
            params![payload, prev, hash, seq as i64],
        )
        .unwrap();
        prev = hash;
    }
    drop(c);
    resign_head(dir);
}

fn broken(r: Result<entente_store::VerifyReport, StoreError>) -> (u64, String) {
    match r {
        Err(StoreError::Broken { seq, reason }) => (seq, reason),
        other => panic!("expected a broken log, got {other:?}"),
    }
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

// ---- the signed tree head ----

#[test]
fn f13_tree_head_is_signed_after_every_batch_and_its_proofs_verify() {
    let t = tmp();
    let store = Arc::new(open(t.path()));
    let mut heads: Vec<SignedTreeHead> = vec![store.tree_head().unwrap()];
    assert_eq!(heads[0].size, 0);
    assert_eq!(heads[0].root, merkle::empty_root());
    for batch in [1usize, 1, 3, 8, 1, 13, 2] {
        grow_to(&store, store.head().unwrap().0 + 1, batch);
        let h = store.tree_head().unwrap();
        assert_eq!(
            h.size,
            store.head().unwrap().0,
            "the head covers every event"
        );
        heads.push(h);
    }
    // Concurrent writers: group commit signs once per batch, still covering everything.
    let hs: Vec<_> = (0..8)
        .map(|_| {
            let s = store.clone();
            std::thread::spawn(move || grow_to(&s, 60, 2))
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let last = store.tree_head().unwrap();
    assert_eq!(last.size, store.head().unwrap().0);
    heads.push(last.clone());
    let key = entente_store::log::parse_public_key(&store.public_key()).unwrap();
    for a in &heads {
        assert!(a.verify(&key), "head of {} signed by the instance", a.size);
        assert_eq!(store.root_at(a.size).unwrap(), a.root);
        for b in &heads {
            if a.size <= b.size {
                let p = store.consistency_proof(a.size, b.size).unwrap();
                merkle::verify_consistency(a.size, b.size, &a.root, &b.root, &p)
                    .unwrap_or_else(|e| panic!("{} -> {}: {e}", a.size, b.size));
            }
        }
    }
    assert!(matches!(
        store.consistency_proof(5, 4),
        Err(StoreError::Rejected {
            code: "invalid_range",
            ..
        })
    ));
    assert!(matches!(
        store.consistency_proof(1, last.size + 1),
        Err(StoreError::Rejected {
            code: "invalid_range",
            ..
        })
    ));
    drop(store);
    let r = verify(t.path(), |_| {}).unwrap();
    assert_eq!(r.tree_head.map(|(s, _)| s), Some(r.events));
}

#[test]
fn f13_truncated_tail_fails_plain_verify_below_the_signed_head() {
    let t = tmp();
    {
        let store = open(t.path());
        grow_to(&store, 50, 5);
    }
    let n = count(t.path());
    truncate(t.path(), 41);
    let (seq, reason) = broken(verify(t.path(), |_| {}));
    assert_eq!(seq, 41);
    assert!(reason.contains("the log ends at seq 40"), "{reason}");
    assert!(
        reason.contains(&format!(
            "signed tree head of 2026-11-30T09:00:00.000000Z covers {n} events"
        )),
        "{reason}"
    );
    // Deleting the head too does not help.
    Connection::open(t.path().join("entente.db"))
        .unwrap()
        .execute("DELETE FROM tree_head", [])
        .unwrap();
    let (_, reason) = broken(verify(t.path(), |_| {}));
    assert!(reason.contains("no signed tree head"), "{reason}");
}

#[test]
fn f13_open_refuses_a_log_that_does_not_match_its_signed_head() {
    let t = tmp();
    {
        let store = open(t.path());
        grow_to(&store, 20, 4);
    }
    truncate(t.path(), 15);
    let e = SqliteStore::open(
        t.path(),
        Arc::new(FixedClock::new(Utc::now())),
        Options::default(),
    )
    .unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, StoreError::Broken { seq: 15, .. }), "{text}");
    assert!(text.contains("will not append"), "{text}");
    assert!(text.contains("entente verify --data"), "{text}");
}

// ---- witnesses ----

#[test]
fn f13_truncated_tail_fails_verify_with_witness() {
    let (t, w) = (tmp(), tmp());
    let size = {
        let store = open(t.path());
        grow_to(&store, 50, 5);
        let witness = WitnessDir::open(w.path()).unwrap();
        let (o, rec) = witness_round(&witness, &store, 0).unwrap();
        assert_eq!(o, Observation::First);
        assert_eq!(rec.size, store.head().unwrap().0);
        rec.size
    };
    verify_with(t.path(), &[w.path().to_path_buf()], |_| {}).unwrap();

    // The attacker truncates and re-signs the head with the instance key: plain verify is
    // satisfied, the witness is not.
    truncate(t.path(), 41);
    resign_head(t.path());
    assert_eq!(verify(t.path(), |_| {}).unwrap().events, 40);
    let (seq, reason) = broken(verify_with(t.path(), &[w.path().to_path_buf()], |_| {}));
    assert_eq!(seq, 41);
    let wkey = std::fs::read_to_string(w.path().join("witness.pub")).unwrap();
    assert!(reason.contains(wkey.trim()), "names the witness: {reason}");
    assert!(
        reason.contains(&w.path().display().to_string()),
        "names where its record is: {reason}"
    );
    assert!(
        reason.contains(&format!("co-signed a log of {size} events"))
            && reason.contains(&format!("events 41 to {size} were removed")),
        "{reason}"
    );
}

#[test]
fn f13_rewritten_tail_with_recomputed_hashes_fails() {
    let (t, w) = (tmp(), tmp());
    let export = w.path().join("export.json");
    let wdir = w.path().join("witness");
    {
        let store = open(t.path());
        grow_to(&store, 50, 3);
        let witness = WitnessDir::open(&wdir).unwrap();
        witness_round(&witness, &store, 0).unwrap();
        let x = witness.export(None, Utc::now()).unwrap();
        std::fs::write(&export, serde_json::to_string_pretty(&x).unwrap()).unwrap();
    }
    let n = count(t.path());
    // A note before the last checkpoint, so the rewrite must re-sign checkpoints too.
    let c = Connection::open(t.path().join("entente.db")).unwrap();
    let at: i64 = c
        .query_row(
            "SELECT max(seq) FROM events WHERE type = 'log.note' AND seq < (SELECT max(seq) FROM events WHERE type = 'log.checkpoint')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(c);
    rewrite_from(t.path(), at as u64, "the attacker's version");

    // The chain, every checkpoint and the head are consistent again: plain verify says ok.
    let r = verify(t.path(), |_| {}).unwrap();
    assert_eq!(r.events, n);
    assert!(r.checkpoints >= 1);
    // Against the witness (its directory or its export), the rewrite is found at the size it
    // co-signed.
    for path in [wdir.clone(), export.clone()] {
        let (seq, reason) = broken(verify_with(t.path(), std::slice::from_ref(&path), |_| {}));
        assert_eq!(seq, n, "{reason}");
        assert!(reason.contains("co-signed"), "{reason}");
        assert!(reason.contains(&path.display().to_string()), "{reason}");
        assert!(
            reason.contains("rewritten (hashes recomputed) or the log forked"),
            "{reason}"
        );
    }
}

#[test]
fn f13_fork_is_refused_by_the_witness() {
    let (t, w) = (tmp(), tmp());
    let witness = WitnessDir::open(w.path()).unwrap();
    {
        let store = open(t.path());
        grow_to(&store, 30, 3);
        witness_round(&witness, &store, 0).unwrap();
    }
    // Fork: rewrite event 25 with everything re-signed, then let the instance carry on.
    rewrite_from(t.path(), 25, "forked");
    let store = open(t.path());
    grow_to(&store, 40, 3);
    let before = witness.latest(&store.public_key()).unwrap().unwrap();
    let e = witness_round(&witness, &store, 5).unwrap_err();
    let WitnessError::Refused(reason) = e else {
        panic!("expected a refusal, got {e:?}")
    };
    let old = before.size;
    assert!(
        reason.contains(&format!("does not extend the head of {old} events")),
        "{reason}"
    );
    assert!(
        reason.contains(&format!("consistency proof from {old} to")),
        "{reason}"
    );
    // The witness's record is unchanged: it still holds the head it co-signed.
    assert_eq!(
        witness.latest(&store.public_key()).unwrap().unwrap(),
        before
    );
    // And the forked instance's log fails verify against it.
    drop(store);
    let (seq, _) = broken(verify_with(t.path(), &[w.path().to_path_buf()], |_| {}));
    assert_eq!(seq, old);
}

#[test]
fn f13_truncation_and_rewrite_at_the_same_size_are_refused_by_the_witness() {
    let (t, w) = (tmp(), tmp());
    let witness = WitnessDir::open(w.path()).unwrap();
    {
        let store = open(t.path());
        grow_to(&store, 30, 3);
        witness_round(&witness, &store, 0).unwrap();
    }
    let size = count(t.path());
    // Same size, another root.
    let (t2, _) = (tmp(), ());
    for f in ["entente.db", "entente.db-wal", "instance.key"] {
        if t.path().join(f).exists() {
            std::fs::copy(t.path().join(f), t2.path().join(f)).unwrap();
        }
    }
    rewrite_from(t2.path(), 10, "same size, other content");
    {
        let store = open(t2.path());
        assert_eq!(store.tree_head().unwrap().size, size);
        let WitnessError::Refused(reason) = witness_round(&witness, &store, 1).unwrap_err() else {
            panic!()
        };
        assert!(reason.contains("the log was rewritten"), "{reason}");
    }
    // Truncated (and re-signed).
    truncate(t.path(), 21);
    resign_head(t.path());
    let store = open(t.path());
    let WitnessError::Refused(reason) = witness_round(&witness, &store, 2).unwrap_err() else {
        panic!()
    };
    assert!(
        reason.contains(&format!(
            "covers 20 events, fewer than the {size} this witness co-signed: events after seq 20 were removed"
        )),
        "{reason}"
    );
}

#[test]
fn f13_a_replaced_instance_key_is_refused_by_the_witness() {
    let (a, b, w) = (tmp(), tmp(), tmp());
    let witness = WitnessDir::open(w.path()).unwrap();
    let first = open(a.path());
    grow_to(&first, 5, 1);
    witness_round(&witness, &first, 0).unwrap();
    // Another instance (a new key, a new log) answers at the same address.
    let second = open(b.path());
    grow_to(&second, 9, 1);
    let WitnessError::Refused(reason) = witness_round(&witness, &second, 1).unwrap_err() else {
        panic!()
    };
    assert!(reason.contains("now presents the key"), "{reason}");
    assert!(reason.contains("--accept-new-key"), "{reason}");
    let seen = ObservedHead {
        instance_key: second.public_key(),
        head: second.tree_head().unwrap(),
    };
    let (o, _) = witness
        .observe(URL, &seen, true, Utc::now(), |_, _| unreachable!())
        .unwrap();
    assert_eq!(o, Observation::First);
    // A head whose signature is not the instance's.
    let mut forged = first.tree_head().unwrap();
    forged.size += 1;
    let seen = ObservedHead {
        instance_key: first.public_key(),
        head: forged,
    };
    let WitnessError::Refused(reason) = witness
        .observe(URL, &seen, false, Utc::now(), |_, _| unreachable!())
        .unwrap_err()
    else {
        panic!()
    };
    assert!(
        reason.contains("is not signed by the instance key"),
        "{reason}"
    );
}

#[test]
fn f13_witness_extends_cosigns_and_the_instance_records_it() {
    let (t, w) = (tmp(), tmp());
    let store = open(t.path());
    let witness = WitnessDir::open(w.path()).unwrap();
    grow_to(&store, 10, 2);
    let (o, first) = witness_round(&witness, &store, 0).unwrap();
    assert_eq!(o, Observation::First);
    let (o, same) = witness_round(&witness, &store, 1).unwrap();
    assert_eq!((o, &same), (Observation::Unchanged, &first));
    grow_to(&store, 25, 4);
    let (o, rec) = witness_round(&witness, &store, 2).unwrap();
    assert_eq!(o, Observation::Extended { from: first.size });
    assert_eq!(rec.size, store.tree_head().unwrap().size);
    // The history keeps every co-signed head, the latest record the last.
    let history = std::fs::read_to_string(
        w.path()
            .join("instances")
            .join(format!("{}.history.jsonl", store.public_key())),
    )
    .unwrap();
    assert_eq!(history.lines().count(), 2);

    // Posting the co-signature back.
    let cosig = Cosignature {
        witness_key: rec.witness_key.clone(),
        size: rec.size,
        root: merkle::parse_hash(&rec.root).unwrap(),
        witnessed_at: rec.witnessed_at.clone(),
        signature: rec.cosignature.clone(),
    };
    let r = store.record_cosignature(&member(), cosig.clone()).unwrap();
    assert!(matches!(r, CosignatureRecorded::Recorded { .. }));
    assert_eq!(
        store.record_cosignature(&member(), cosig.clone()).unwrap(),
        CosignatureRecorded::AlreadyRecorded
    );
    // The next round co-signs the log with that co-signature in it; recording it would only
    // witness the witnessing, so the log stays as it is and the round after finds nothing new.
    let (o, next) = witness_round(&witness, &store, 3).unwrap();
    assert_eq!(o, Observation::Extended { from: rec.size });
    let quiet = Cosignature {
        witness_key: next.witness_key.clone(),
        size: next.size,
        root: merkle::parse_hash(&next.root).unwrap(),
        witnessed_at: next.witnessed_at.clone(),
        signature: next.cosignature.clone(),
    };
    assert_eq!(
        store.record_cosignature(&member(), quiet).unwrap(),
        CosignatureRecorded::NothingNew
    );
    assert_eq!(
        witness_round(&witness, &store, 4).unwrap().0,
        Observation::Unchanged
    );
    let seen = store.witnesses(&member()).unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        (seen[0].witness_key.as_str(), seen[0].size),
        (rec.witness_key.as_str(), rec.size)
    );
    assert_eq!(seen[0].posted_by.as_str(), "lv.analyst");
    assert!(store.witnesses(&Viewer::public()).unwrap().is_empty());

    // A co-signature of another root, of a size beyond the log, or with a bad signature.
    let mut other = cosig.clone();
    other.root = merkle::leaf_hash(b"another log");
    let e = store.record_cosignature(&member(), other).unwrap_err();
    assert_eq!(e.code(), "cosignature_mismatch", "{e}");
    assert!(e.to_string().contains("the witness saw another log"), "{e}");
    let mut beyond = cosig.clone();
    beyond.size = 10_000;
    assert_eq!(
        store
            .record_cosignature(&member(), beyond)
            .unwrap_err()
            .code(),
        "invalid_cosignature"
    );
    let mut unsigned = cosig.clone();
    unsigned.witnessed_at = "2026-11-30T11:00:00.000000Z".into();
    let e = store.record_cosignature(&member(), unsigned).unwrap_err();
    assert!(
        e.to_string().contains("does not verify with witness_key"),
        "{e}"
    );

    // verify with the witness: ok, and says which witness matched.
    drop(store);
    let r = verify_with(t.path(), &[w.path().to_path_buf()], |_| {}).unwrap();
    assert_eq!(r.witnessed.len(), 1);
    assert_eq!(r.witnessed[0].size, rec.size + 1);
}

#[test]
fn f13_an_altered_witness_record_is_rejected() {
    let (t, w) = (tmp(), tmp());
    let key = {
        let store = open(t.path());
        grow_to(&store, 12, 3);
        let witness = WitnessDir::open(w.path()).unwrap();
        witness_round(&witness, &store, 0).unwrap();
        store.public_key()
    };
    let path = w.path().join("instances").join(format!("{key}.json"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut rec: serde_json::Value = serde_json::from_str(&text).unwrap();
    rec["size"] = serde_json::json!(11);
    std::fs::write(&path, rec.to_string()).unwrap();
    let e = verify_with(t.path(), &[w.path().to_path_buf()], |_| {}).unwrap_err();
    assert_eq!(e.code(), "witness_record_invalid");
    assert!(e.to_string().contains("does not check"), "{e}");
    // A witness of another instance has nothing to say about this one.
    let other = tmp();
    {
        let store = open(other.path());
        grow_to(&store, 3, 1);
    }
    let e = verify_with(other.path(), &[w.path().to_path_buf()], |_| {}).unwrap_err();
    assert!(
        e.to_string().contains("holds no record of this instance"),
        "{e}"
    );
    let e = verify_with(
        other.path(),
        &[PathBuf::from("/nonexistent/witness")],
        |_| {},
    )
    .unwrap_err();
    assert_eq!(e.code(), "witness_record_invalid", "{e}");
}

// ---- rebuild ----

fn red_dossier(store: &SqliteStore) {
    use entente_core::dossier::DossierFacts;
    use entente_core::{Lang, LocalizedText};
    let facts = |t: &str| DossierFacts {
        title: LocalizedText::single(Lang::En, t),
        summary: LocalizedText::single(Lang::En, "summary"),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    };
    let v = member();
    for id in ["case-a", "case-b", "exercise-red-ministry"] {
        let marking = if id.starts_with("exercise") {
            let mut m = Marking::tlp(Tlp::Red);
            m.recipients.insert(v.user.clone());
            m
        } else {
            Marking::tlp(Tlp::Green)
        };
        store
            .create_dossier(&v, Some(id), facts(id), marking)
            .unwrap();
    }
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("before-rebuild"))
        .collect();
    v.sort();
    v
}

#[test]
fn f13_rebuild_keeps_a_copy_of_differing_projections() {
    let t = tmp();
    {
        let store = open(t.path());
        red_dossier(&store);
    }
    // An identical rebuild keeps no copy.
    let r = rebuild(t.path(), |_, _| {}).unwrap();
    assert!(r.differing.is_empty() && r.previous.is_none());
    assert!(files(t.path()).is_empty());

    // Row D of the finding: the projection alone is changed, and a row is added.
    let c = Connection::open(t.path().join("entente.db")).unwrap();
    c.execute_batch(
        "UPDATE dossiers SET marking = '{\"tlp\":\"CLEAR\"}' WHERE id = 'exercise-red-ministry';
         INSERT INTO parties(id, kind, name, seq) VALUES ('XX', 'state', '{}', 1);",
    )
    .unwrap();
    drop(c);
    let r = rebuild(t.path(), |_, _| {}).unwrap();
    let tables: Vec<&str> = r.differing.iter().map(|d| d.table.as_str()).collect();
    assert_eq!(tables, ["parties", "dossiers"]);
    let dossiers = &r.differing[1];
    assert_eq!(
        (dossiers.changed, dossiers.removed, dossiers.added),
        (1, 0, 0)
    );
    assert_eq!(dossiers.changed_keys, ["exercise-red-ministry"]);
    assert_eq!(r.differing[0].removed_keys, ["XX"]);
    assert_eq!(
        dossiers.to_string(),
        "dossiers: 3 rows before, 3 after; 1 changed (exercise-red-ministry)"
    );
    // The copy is in the data directory and holds the tampered rows.
    let copy = r.previous.clone().expect("a copy of the previous database");
    assert_eq!(copy.parent(), Some(t.path()));
    assert_eq!(files(t.path()).len(), 1);
    let old = Connection::open(&copy).unwrap();
    let marking: String = old
        .query_row(
            "SELECT marking FROM dossiers WHERE id = 'exercise-red-ministry'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(marking, "{\"tlp\":\"CLEAR\"}");
    // The rebuilt projection is the log's again, and the log is intact.
    let store = open(t.path());
    let page = store
        .dossiers(&Viewer::public(), &DossierFilter::default())
        .unwrap();
    assert_eq!(page.total, 0, "the RED dossier is RED again");
    drop(store);
    verify(t.path(), |_| {}).unwrap();
    // And rebuilding again is identical: no second copy.
    let r = rebuild(t.path(), |_, _| {}).unwrap();
    assert!(r.differing.is_empty() && r.previous.is_none());
    assert_eq!(files(t.path()).len(), 1);
}

#[test]
fn f13_rebuild_refuses_a_log_that_does_not_match_its_signed_head() {
    let t = tmp();
    {
        let store = open(t.path());
        red_dossier(&store);
        grow_to(&store, 30, 4);
    }
    // Row B of the finding: the tail is deleted; rebuild used to replace the projections that
    // showed it.
    truncate(t.path(), 2);
    let digest = |dir: &Path| {
        let c = Connection::open(dir.join("entente.db")).unwrap();
        entente_store::log::table_digest(&c, "dossiers").unwrap()
    };
    let before = digest(t.path());
    let e = rebuild(t.path(), |_, _| {}).unwrap_err();
    assert!(matches!(e, StoreError::Broken { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("rebuild refused and nothing was changed"),
        "{e}"
    );
    assert_eq!(digest(t.path()), before);
    assert!(files(t.path()).is_empty());
}

#[test]
fn f13_a_log_from_before_tree_heads_gets_one_at_open() {
    let t = tmp();
    {
        let store = open(t.path());
        grow_to(&store, 9, 3);
    }
    // What a version-1 log looks like: no tree_head table.
    let c = Connection::open(t.path().join("entente.db")).unwrap();
    c.execute_batch("DROP TABLE tree_head; UPDATE meta SET value = '1' WHERE key = 'log_schema';")
        .unwrap();
    drop(c);
    let r = verify(t.path(), |_| {}).unwrap();
    assert_eq!(r.tree_head, None);
    let n = count(t.path());
    let store = open(t.path());
    assert_eq!(store.tree_head().unwrap().size, n);
    drop(store);
    let r = verify(t.path(), |_| {}).unwrap();
    assert_eq!(r.tree_head.map(|(s, _)| s), Some(n));
}
