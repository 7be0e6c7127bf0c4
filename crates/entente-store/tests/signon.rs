//! The second factor and single sign-on in the store: codes checked at the batch time and
//! spent once, recovery codes spent once, resets by the officers of the account's party, rules
//! scoped to the officer's party, federated identities mapped or refused, and everything
//! refolded identically by `rebuild`.

use std::path::Path;
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use entente_core::account::{Role, UserCreated, parse_roles};
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::signon::SignOnRule;
use entente_core::{Classification, LocalizedText, PartyId, UserId, Viewer, totp};
use entente_store::accounts::SignInProof;
use entente_store::signon_store::{FederatedIdentity, FederatedOutcome};
use entente_store::{FixedClock, Options, SqliteStore, Store, StoreError};
use serde_json::json;

const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const HASH: &str = "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

fn operator() -> Viewer {
    Viewer::operator(PartyId::parse("EU").unwrap())
}

fn open(dir: &Path) -> (SqliteStore, Arc<FixedClock>) {
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
    ));
    let store = SqliteStore::open(dir, clock.clone(), Options::default()).unwrap();
    for p in ["DE", "LV", "EU"] {
        store
            .register_party(
                &entente_store::actor_of(&operator()),
                PartyRegistered {
                    id: PartyId::parse(p).unwrap(),
                    kind: PartyKind::MemberState,
                    name: LocalizedText::single(entente_core::Lang::En, p),
                },
            )
            .unwrap();
    }
    for (u, p, r) in [
        ("lv.security", "LV", "security_officer"),
        ("lv.security2", "LV", "security_officer"),
        ("de.security", "DE", "security_officer"),
        ("lv.analyst", "LV", "analyst"),
    ] {
        store
            .create_user(
                &operator(),
                UserCreated {
                    user: UserId::parse(u).unwrap(),
                    party: PartyId::parse(p).unwrap(),
                    roles: parse_roles(r).unwrap(),
                    clearance: None,
                    password_hash: HASH.into(),
                },
            )
            .unwrap();
    }
    (store, clock)
}

fn viewer_of(store: &SqliteStore, u: &str) -> Viewer {
    let v = store.user(&UserId::parse(u).unwrap()).unwrap().unwrap();
    Viewer {
        user: v.user,
        party: v.party,
        clearance: v.clearance,
        roles: v.roles,
    }
}

fn actor(u: &str, p: &str) -> entente_core::Actor {
    entente_core::Actor {
        user: UserId::parse(u).unwrap(),
        party: PartyId::parse(p).unwrap(),
    }
}

fn session_hash(n: u8) -> String {
    format!("{n:064x}")
}

fn code(clock: &FixedClock) -> String {
    totp::code_at(
        &totp::parse_secret(SECRET).unwrap(),
        clock.now().timestamp(),
    )
}

use entente_store::Clock;

#[test]
fn enrolment_needs_a_correct_code_and_then_sign_in_needs_one() {
    let dir = tempfile::tempdir().unwrap();
    let (store, clock) = open(dir.path());
    let lv = viewer_of(&store, "lv.security");
    let uid = lv.user.clone();
    assert!(
        store
            .user(&uid)
            .unwrap()
            .unwrap()
            .must_enrol_second_factor()
    );
    let e = store
        .enable_second_factor(&lv, &uid, SECRET.into(), Some("000000".into()), vec![])
        .unwrap_err();
    assert_eq!(e.code(), "invalid_second_factor", "{e}");
    let e = store
        .enable_second_factor(&lv, &uid, SECRET.into(), None, vec![])
        .unwrap_err();
    assert!(matches!(e, StoreError::Invalid(_)), "{e}");
    // Another account cannot enrol it.
    let other = viewer_of(&store, "lv.security2");
    assert!(matches!(
        store.enable_second_factor(&other, &uid, SECRET.into(), Some(code(&clock)), vec![]),
        Err(StoreError::Forbidden(_))
    ));
    let u = store
        .enable_second_factor(&lv, &uid, SECRET.into(), Some(code(&clock)), vec![])
        .unwrap();
    assert!(u.second_factor && !u.must_enrol_second_factor());
    let a = actor("lv.security", "LV");
    // The password alone no longer opens a session.
    let e = store
        .open_session(
            &a,
            session_hash(1),
            Duration::hours(1),
            SignInProof::Password,
        )
        .unwrap_err();
    assert_eq!(e.code(), "second_factor_required");
    // The confirming code was spent by the enrolment.
    let e = store
        .open_session(
            &a,
            session_hash(1),
            Duration::hours(1),
            SignInProof::PasswordAndCode(code(&clock)),
        )
        .unwrap_err();
    assert_eq!(e.code(), "invalid_second_factor");
    clock.advance(Duration::seconds(30));
    store
        .open_session(
            &a,
            session_hash(1),
            Duration::hours(1),
            SignInProof::PasswordAndCode(code(&clock)),
        )
        .unwrap();
}

#[test]
fn a_totp_code_is_accepted_once_per_account() {
    let dir = tempfile::tempdir().unwrap();
    let (store, clock) = open(dir.path());
    let uid = UserId::parse("lv.analyst").unwrap();
    store
        .enable_second_factor(&operator(), &uid, SECRET.into(), None, vec![])
        .unwrap();
    let a = actor("lv.analyst", "LV");
    let c = code(&clock);
    store
        .open_session(
            &a,
            session_hash(1),
            Duration::hours(1),
            SignInProof::PasswordAndCode(c.clone()),
        )
        .unwrap();
    let e = store
        .open_session(
            &a,
            session_hash(2),
            Duration::hours(1),
            SignInProof::PasswordAndCode(c.clone()),
        )
        .unwrap_err();
    assert_eq!(e.code(), "invalid_second_factor");
    // Still refused after a restart: the accepted step is in the log, not in memory.
    drop(store);
    let store = SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap();
    assert!(
        store
            .open_session(
                &a,
                session_hash(3),
                Duration::hours(1),
                SignInProof::PasswordAndCode(c),
            )
            .is_err()
    );
}

#[test]
fn a_recovery_code_works_once() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    let uid = UserId::parse("lv.analyst").unwrap();
    let codes = ["abcd-efgh-ijkl-mnop", "qrst-uvwx-yz23-4567"];
    store
        .enable_second_factor(
            &operator(),
            &uid,
            SECRET.into(),
            None,
            codes.iter().map(|c| totp::recovery_code_hash(c)).collect(),
        )
        .unwrap();
    let a = actor("lv.analyst", "LV");
    let open = |n: u8, c: &str| {
        store.open_session(
            &a,
            session_hash(n),
            Duration::hours(1),
            SignInProof::PasswordAndRecoveryCode(c.into()),
        )
    };
    open(1, "ABCD EFGH IJKL MNOP").unwrap();
    assert_eq!(
        open(2, "abcd-efgh-ijkl-mnop").unwrap_err().code(),
        "invalid_second_factor"
    );
    assert!(open(3, "aaaa-aaaa-aaaa-aaaa").is_err());
    open(4, codes[1]).unwrap();
}

#[test]
fn second_factor_resets_belong_to_another_officer_of_the_party() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    let uid = UserId::parse("lv.security").unwrap();
    store
        .enable_second_factor(&operator(), &uid, SECRET.into(), None, vec![])
        .unwrap();
    for (who, ok) in [
        ("lv.security", false),
        ("de.security", false),
        ("lv.analyst", false),
    ] {
        let v = viewer_of(&store, who);
        assert_eq!(store.reset_second_factor(&v, &uid).is_ok(), ok, "{who}");
    }
    store
        .reset_second_factor(&viewer_of(&store, "lv.security2"), &uid)
        .unwrap();
    let u = store.user(&uid).unwrap().unwrap();
    assert!(!u.second_factor && u.must_enrol_second_factor());
}

fn rule(id: &str, party: &str, group: &str) -> SignOnRule {
    SignOnRule {
        id: id.into(),
        party: PartyId::parse(party).unwrap(),
        claim: "groups".into(),
        value: group.into(),
        roles: parse_roles("analyst").unwrap(),
        clearance: Some(Classification::RestreintUe),
        clearance_claim: None,
    }
}

#[test]
fn an_officer_maps_users_to_their_own_party_only() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    let lv = viewer_of(&store, "lv.security");
    let de = viewer_of(&store, "de.security");
    store
        .set_signon_rule(&lv, rule("lv-cert", "LV", "cert-lv"))
        .unwrap();
    assert!(matches!(
        store.set_signon_rule(&de, rule("de-steals", "LV", "cert-lv")),
        Err(StoreError::Forbidden(_))
    ));
    // Nor by replacing a rule of another party under its id.
    assert!(matches!(
        store.set_signon_rule(&de, rule("lv-cert", "DE", "cert-lv")),
        Err(StoreError::Forbidden(_))
    ));
    assert!(store.remove_signon_rule(&de, "lv-cert").is_err());
    let mut admin_rule = rule("lv-admins", "LV", "admins");
    admin_rule.roles = parse_roles("admin").unwrap();
    assert!(matches!(
        store.set_signon_rule(&lv, admin_rule),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(store.signon_rules_for(&de).unwrap().len(), 0);
    assert_eq!(store.signon_rules_for(&lv).unwrap().len(), 1);
}

#[test]
fn federated_identities_are_mapped_updated_or_refused_on_record() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = open(dir.path());
    let lv = viewer_of(&store, "lv.security");
    store
        .set_signon_rule(&lv, rule("lv-cert", "LV", "cert-lv"))
        .unwrap();
    let id = |sub: &str, groups: serde_json::Value| FederatedIdentity {
        issuer: "http://127.0.0.1:4000".into(),
        subject: sub.into(),
        claims: json!({"sub": sub, "groups": groups, "email": format!("{sub}@lv.example")}),
        address: "127.0.0.1".into(),
    };
    let FederatedOutcome::Account(u) = store.federate(id("anna", json!(["cert-lv"]))).unwrap()
    else {
        panic!("mapped")
    };
    let view = store.user(&u).unwrap().unwrap();
    assert!(view.federated && view.has_role(Role::Analyst) && !view.pending);
    assert_eq!(view.clearance, Some(Classification::RestreintUe));
    assert!(!view.must_enrol_second_factor());
    // A federated account opens sessions through the provider only.
    let a = entente_core::Actor {
        user: u.clone(),
        party: view.party.clone(),
    };
    assert!(
        store
            .open_session(
                &a,
                session_hash(1),
                Duration::hours(1),
                SignInProof::Password
            )
            .is_err()
    );
    store
        .open_session(
            &a,
            session_hash(2),
            Duration::hours(1),
            SignInProof::OpenIdConnect,
        )
        .unwrap();
    // ...and never becomes an administrator.
    assert!(
        store
            .change_roles(&operator(), &u, parse_roles("admin").unwrap())
            .is_err()
    );
    assert_eq!(
        store.federate(id("bob", json!(["other"]))).unwrap(),
        FederatedOutcome::Refused("unmapped")
    );
    let de = viewer_of(&store, "de.security");
    store
        .set_signon_rule(&de, rule("de-shared", "DE", "shared"))
        .unwrap();
    store
        .set_signon_rule(&lv, rule("lv-shared", "LV", "shared"))
        .unwrap();
    assert_eq!(
        store.federate(id("carl", json!(["shared"]))).unwrap(),
        FederatedOutcome::Refused("ambiguous")
    );
    store.disable_user(&operator(), &u, None).unwrap();
    assert_eq!(
        store.federate(id("anna", json!(["cert-lv"]))).unwrap(),
        FederatedOutcome::Refused("disabled")
    );
    let refusals = store
        .audit(
            &operator(),
            &entente_store::audit::AuditFilter {
                kinds: vec!["auth.sso_refused".into()],
                limit: 100,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(refusals.len(), 3);
    drop(store);
    let r = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(r.differing.is_empty(), "{:?}", r.differing);
}
