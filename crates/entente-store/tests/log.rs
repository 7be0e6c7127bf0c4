//! The event log: any sequence of appends verifies; any single-byte change to a stored event,
//! a deleted event or two swapped events is detected at the right `seq`; rebuild after random
//! appends is identical; bad data directories get clear errors.

use std::path::Path;
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use entente_core::dossier::{DossierFacts, Status};
use entente_core::{Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::{FixedClock, Options, SqliteStore, Store, StoreError, rebuild, verify};
use proptest::prelude::*;
use rusqlite::Connection;

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

fn open(dir: &Path) -> SqliteStore {
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
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

fn viewer(party: &str) -> Viewer {
    Viewer {
        user: UserId::parse(&format!("{}.user", party.to_lowercase())).unwrap(),
        party: PartyId::parse(party).unwrap(),
        clearance: None,
        roles: test_roles(&UserId::parse(&format!("{}.user", party.to_lowercase())).unwrap()),
    }
}

fn facts(title: &str) -> DossierFacts {
    DossierFacts {
        title: LocalizedText::single(Lang::En, title),
        summary: LocalizedText::single(Lang::Lv, "Kopsavilkums ar garumzīmēm: ā, ē, ī, ū"),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    }
}

#[derive(Clone, Debug)]
enum Op {
    Create(u8),
    Update(u8),
    Transition(u8, Status),
    Checkpoint,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..6).prop_map(Op::Create),
        (0u8..6).prop_map(Op::Update),
        ((0u8..6), prop::sample::select(Status::ALL.to_vec()))
            .prop_map(|(i, s)| Op::Transition(i, s)),
        Just(Op::Checkpoint),
    ]
}

/// Applies the ops; ops that the domain refuses (duplicates, illegal transitions) append
/// nothing, which is part of what is being tested.
fn apply(store: &SqliteStore, ops: &[Op]) {
    let v = viewer("LV");
    for op in ops {
        let _ = match op {
            Op::Create(i) => store
                .create_dossier(
                    &named(&v),
                    Some(format!("case-{i}").as_str()),
                    facts(&format!("Case {i}")),
                    Marking::tlp(Tlp::Green),
                )
                .map(|_| ()),
            Op::Update(i) => store
                .update_dossier(
                    &v,
                    &format!("case-{i}"),
                    facts(&format!("Case {i} (rev)")),
                    None,
                )
                .map(|_| ()),
            Op::Transition(i, s) => store
                .transition_dossier(&v, &format!("case-{i}"), *s, None)
                .map(|_| ()),
            Op::Checkpoint => store.checkpoint().map(|_| ()),
        };
    }
}

fn count(dir: &Path) -> u64 {
    let c = Connection::open(dir.join("entente.db")).unwrap();
    c.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))
        .unwrap() as u64
}

fn broken_at(dir: &Path) -> Option<u64> {
    match verify(dir, |_| {}) {
        Ok(_) => None,
        Err(StoreError::Broken { seq, .. }) => Some(seq),
        Err(e) => panic!("unexpected error {e}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn appends_verify_and_tampering_is_found(
        ops in prop::collection::vec(op(), 1..40),
        pick in any::<prop::sample::Index>(),
        byte in any::<prop::sample::Index>(),
        column in prop::sample::select(vec!["payload", "marking", "actor_user", "recorded_at", "id", "type", "hash", "prev_hash"]),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        {
            let store = open(dir);
            apply(&store, &[Op::Create(0)]);
            apply(&store, &ops);
        }
        let report = verify(dir, |_| {}).unwrap();
        let n = count(dir);
        prop_assert_eq!(report.events, n);

        // One byte changed in one column of one event.
        let seq = pick.index(n as usize) as i64 + 1;
        let c = Connection::open(dir.join("entente.db")).unwrap();
        let text: String = c.query_row(&format!("SELECT {column} FROM events WHERE seq = ?1"), [seq], |r| r.get(0)).unwrap();
        let mut bytes = text.into_bytes();
        let i = byte.index(bytes.len());
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8_lossy(&bytes).into_owned();
        c.execute(&format!("UPDATE events SET {column} = ?1 WHERE seq = ?2"), rusqlite::params![changed, seq]).unwrap();
        drop(c);
        let at = broken_at(dir);
        // A change to `prev_hash`/`hash` of the last event... is still found at that event;
        // a change to `hash` of an earlier event is found at that event (its recomputed hash differs).
        prop_assert_eq!(at, Some(seq as u64), "column {} of seq {}", column, seq);
    }

    #[test]
    fn deletion_and_swap_are_found(ops in prop::collection::vec(op(), 3..30), pick in any::<prop::sample::Index>()) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        {
            let store = open(dir);
            apply(&store, &[Op::Create(0), Op::Create(1)]);
            apply(&store, &ops);
        }
        let n = count(dir);
        prop_assume!(n >= 3);
        let seq = pick.index(n as usize - 1) as i64 + 1; // not the last

        // Swap the contents of `seq` and `seq + 1`, keeping their seq numbers.
        let swapped = tempfile::tempdir().unwrap();
        std::fs::copy(dir.join("entente.db"), swapped.path().join("entente.db")).unwrap();
        let c = Connection::open(swapped.path().join("entente.db")).unwrap();
        c.execute_batch(&format!(
            "UPDATE events SET seq = -1 WHERE seq = {seq};
             UPDATE events SET seq = {seq} WHERE seq = {next};
             UPDATE events SET seq = {next} WHERE seq = -1;", next = seq + 1)).unwrap();
        drop(c);
        prop_assert_eq!(broken_at(swapped.path()), Some(seq as u64));

        // Delete `seq`.
        let c = Connection::open(dir.join("entente.db")).unwrap();
        c.execute("DELETE FROM events WHERE seq = ?1", [seq]).unwrap();
        drop(c);
        prop_assert_eq!(broken_at(dir), Some(seq as u64));
    }

    #[test]
    fn rebuild_is_identical(ops in prop::collection::vec(op(), 1..40)) {
        let tmp = tempfile::tempdir().unwrap();
        {
            let store = open(tmp.path());
            apply(&store, &ops);
        }
        let r = rebuild(tmp.path(), |_, _| {}).unwrap();
        prop_assert!(r.differing.is_empty(), "differing: {:?}", r.differing);
        prop_assert_eq!(r.events, count(tmp.path()));
    }
}

#[test]
fn a_refused_command_appends_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let store = open(tmp.path());
    let v = viewer("DE");
    store
        .create_dossier(&named(&v), Some("case-a"), facts("A"), Marking::clear())
        .unwrap();
    let (head, _) = store.head().unwrap();
    let err = store
        .transition_dossier(&v, "case-a", Status::Responded, None)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a dossier that is detected cannot become responded; from detected it may become: assessing, closed"
    );
    assert!(matches!(
        store.create_dossier(&named(&v), Some("case-a"), facts("A"), Marking::clear()),
        Err(StoreError::Exists { .. })
    ));
    let long = "x".repeat(301);
    let e = store
        .create_dossier(&named(&v), Some("case-b"), facts(&long), Marking::clear())
        .unwrap_err();
    assert_eq!(e.to_string(), "title.en: expected at most 300 characters");
    let red = Marking::tlp(Tlp::Red);
    let e = store
        .create_dossier(&named(&v), Some("case-c"), facts("C"), red)
        .unwrap_err();
    assert!(e.to_string().starts_with("marking.recipients"), "{e}");
    assert_eq!(store.head().unwrap().0, head);
}

#[test]
fn a_batch_with_a_failing_job_keeps_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Arc::new(open(tmp.path()));
    let v = viewer("FR");
    let handles: Vec<_> = (0..40)
        .map(|i| {
            let (s, v) = (store.clone(), v.clone());
            std::thread::spawn(move || {
                // Every fourth id repeats an earlier one and must be refused on its own.
                let id = if i % 4 == 3 {
                    format!("case-{}", i - 1)
                } else {
                    format!("case-{i}")
                };
                s.create_dossier(&named(&v), Some(&id), facts("x"), Marking::clear())
                    .is_ok()
            })
        })
        .collect();
    let ok = handles
        .into_iter()
        .filter(|_| true)
        .map(|h| h.join().unwrap())
        .filter(|b| *b)
        .count();
    assert_eq!(ok, 30);
    let page = store
        .dossiers(
            &v,
            &entente_store::dossiers::DossierFilter {
                limit: 500,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(page.total, 30);
    drop(store);
    verify(tmp.path(), |_| {}).unwrap();
}

#[test]
fn data_directories_that_are_not_ours_or_locked_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("notes.txt"), "hello").unwrap();
    let e = SqliteStore::open(
        tmp.path(),
        Arc::new(entente_store::SystemClock),
        Options::default(),
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .contains("is not empty and is not an entente data directory"),
        "{e}"
    );

    let other = tempfile::tempdir().unwrap();
    Connection::open(other.path().join("entente.db"))
        .unwrap()
        .execute_batch("CREATE TABLE x(a)")
        .unwrap();
    let e = SqliteStore::open(
        other.path(),
        Arc::new(entente_store::SystemClock),
        Options::default(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("is not an entente database"), "{e}");

    let ours = tempfile::tempdir().unwrap();
    let first = open(ours.path());
    let e = SqliteStore::open(
        ours.path(),
        Arc::new(entente_store::SystemClock),
        Options::default(),
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .contains("is in use by another entente process"),
        "{e}"
    );
    drop(first);
    open(ours.path());
}

#[test]
fn checkpoints_are_signed_and_a_forged_one_is_found() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let store = open(tmp.path());
        apply(&store, &(0..5).map(Op::Create).collect::<Vec<_>>());
        store.checkpoint().unwrap();
    }
    let r = verify(tmp.path(), |_| {}).unwrap();
    assert!(r.checkpoints >= 1);
    // Re-sign a checkpoint with another key and recompute its hash: the chain still links but
    // the signature is not the instance's.
    let c = Connection::open(tmp.path().join("entente.db")).unwrap();
    let (seq, payload): (i64, String) = c
        .query_row("SELECT seq, payload FROM events WHERE type = 'log.checkpoint' ORDER BY seq DESC LIMIT 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&payload).unwrap();
    v["signature"] = serde_json::Value::String("00".repeat(64));
    c.execute(
        "UPDATE events SET payload = ?1 WHERE seq = ?2",
        rusqlite::params![entente_core::event::canonical(&v), seq],
    )
    .unwrap();
    drop(c);
    assert_eq!(broken_at(tmp.path()), Some(seq as u64));
}

/// The roles a test account holds, from its name: chairs chair (and speak as delegates),
/// analysts analyse, delegates speak for their party; anyone else does both of the latter.
fn test_roles(user: &UserId) -> std::collections::BTreeSet<entente_core::account::Role> {
    use entente_core::account::Role;
    let u = user.as_str();
    if u.contains("chair") {
        [Role::Chair, Role::Delegate].into()
    } else if u.contains("analyst") {
        [Role::Analyst].into()
    } else if u.contains("delegate") {
        [Role::Delegate].into()
    } else {
        [Role::Delegate, Role::Analyst].into()
    }
}
