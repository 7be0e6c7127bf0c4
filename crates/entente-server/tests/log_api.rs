//! The log routes for witnesses (finding F13), against the whole router: the head and proofs
//! need a signed-in account; the head verifies with the instance key; proofs verify between
//! heads; a co-signature is recorded once, refused for another root, refused with a read token
//! or without credentials; the routes are in the OpenAPI document.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use chrono::{TimeZone, Utc};
use common::{Who, create_account, create_token, register_parties};
use entente_core::account::{TokenScope, parse_roles};
use entente_core::event::Note;
use entente_core::merkle;
use entente_core::{Actor, Draft, Marking, PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_server::log_api::{ConsistencyOut, TreeHeadOut};
use entente_store::tree_head::{SignedTreeHead, parse_signature};
use entente_store::witness::{ObservedHead, WitnessDir};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};

const RW: &str = "entt_witness_read_write_token_for_tests_0000000000";
const RO: &str = "entt_witness_read_only_token_for_tests_00000000000";

struct App {
    router: Router,
    store: Arc<SqliteStore>,
    _dir: tempfile::TempDir,
}

fn app() -> App {
    let dir = common::tmp();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    ));
    let store = Arc::new(SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap());
    register_parties(&*store, &["EEAS"]);
    let witness = Viewer {
        user: UserId::parse("eu.witness").unwrap(),
        party: PartyId::parse("EEAS").unwrap(),
        clearance: None,
        roles: parse_roles("observer").unwrap(),
    };
    create_account(&*store, &witness, "Witness-Passw0rd-1");
    create_token(&*store, &witness, "t1", RW, TokenScope::ReadWrite);
    create_token(&*store, &witness, "t2", RO, TokenScope::Read);
    let dyn_store: Arc<dyn Store> = store.clone();
    let auth = StoreAuth::new(dyn_store.clone(), clock, AuthConfig::default());
    App {
        router: entente_server::router(AppState::new(dyn_store, Arc::new(auth))),
        store,
        _dir: dir,
    }
}

fn notes(store: &SqliteStore, n: usize) {
    let drafts: Vec<Draft> = (0..n)
        .map(|i| {
            Draft::new(
                &Note {
                    text: format!("n{i}"),
                },
                Marking::clear(),
            )
        })
        .collect();
    let actor = Actor {
        user: UserId::parse("eu.witness").unwrap(),
        party: PartyId::parse("EEAS").unwrap(),
    };
    store
        .log()
        .execute(actor, None, move |_| Ok(drafts))
        .unwrap();
}

async fn call(
    app: &App,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let who = token.map_or(Who::Nobody, Who::Bearer);
    let a = common::call(&app.router, method, uri, who, body).await;
    (a.status, a.body)
}

fn head_of(v: &Value) -> (TreeHeadOut, SignedTreeHead) {
    let h: TreeHeadOut = serde_json::from_value(v.clone()).unwrap();
    let sth = SignedTreeHead {
        size: h.size,
        root: merkle::parse_hash(&h.root).unwrap(),
        time: h.time.clone(),
        signature: parse_signature(&h.signature).unwrap(),
    };
    (h, sth)
}

#[tokio::test]
async fn f13_head_and_proofs_need_an_account_and_verify() {
    let app = app();
    for uri in [
        "/api/v1/log/head",
        "/api/v1/log/consistency?from=1&to=2",
        "/api/v1/log/cosignatures",
    ] {
        let (s, v) = call(&app, "GET", uri, None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{uri}: {v}");
        assert_eq!(v["code"], "unauthenticated");
    }
    let (s, v) = call(&app, "GET", "/api/v1/log/head", Some(RO), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (h1, sth1) = head_of(&v);
    let key = entente_store::log::parse_public_key(&h1.public_key).unwrap();
    assert_eq!(h1.public_key, app.store.public_key());
    assert!(sth1.verify(&key));
    notes(&app.store, 11);
    let (_, v) = call(&app, "GET", "/api/v1/log/head", Some(RO), None).await;
    let (h2, sth2) = head_of(&v);
    assert_eq!(h2.size, h1.size + 11);
    let uri = format!("/api/v1/log/consistency?from={}&to={}", h1.size, h2.size);
    let (s, v) = call(&app, "GET", &uri, Some(RO), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let p: ConsistencyOut = serde_json::from_value(v).unwrap();
    let proof: Vec<merkle::Hash> = p
        .proof
        .iter()
        .map(|h| merkle::parse_hash(h).unwrap())
        .collect();
    merkle::verify_consistency(h1.size, h2.size, &sth1.root, &sth2.root, &proof).unwrap();

    let (s, v) = call(
        &app,
        "GET",
        "/api/v1/log/consistency?from=x",
        Some(RO),
        None,
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_query"))
    );
    let uri = format!("/api/v1/log/consistency?from=1&to={}", h2.size + 1);
    let (s, v) = call(&app, "GET", &uri, Some(RO), None).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_range")),
        "{v}"
    );
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains(&format!("the log has {} events", h2.size))
    );

    let (_, doc) = call(&app, "GET", "/api/v1/openapi.json", None, None).await;
    for path in [
        "/api/v1/log/head",
        "/api/v1/log/consistency",
        "/api/v1/log/cosignatures",
    ] {
        assert!(
            doc["paths"][path].is_object(),
            "{path} in the OpenAPI document"
        );
    }
}

#[tokio::test]
async fn f13_a_cosignature_is_checked_and_recorded_once() {
    let app = app();
    notes(&app.store, 5);
    let w = tempfile::tempdir().unwrap();
    let witness = WitnessDir::open(w.path()).unwrap();
    let (_, v) = call(&app, "GET", "/api/v1/log/head", Some(RO), None).await;
    let (h, sth) = head_of(&v);
    let seen = ObservedHead {
        instance_key: h.public_key.clone(),
        head: sth,
    };
    let (_, rec) = witness
        .observe(
            "http://instance",
            &seen,
            false,
            Utc::now(),
            |_, _| unreachable!(),
        )
        .unwrap();
    let body = json!({
        "witness_key": rec.witness_key, "size": rec.size, "root": rec.root,
        "witnessed_at": rec.witnessed_at, "signature": rec.cosignature,
    });
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/log/cosignatures",
        None,
        Some(body.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{v}");
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/log/cosignatures",
        Some(RO),
        Some(body.clone()),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("token_read_only"))
    );
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/log/cosignatures",
        Some(RW),
        Some(body.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    assert_eq!(v["recorded"], true);
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/log/cosignatures",
        Some(RW),
        Some(body.clone()),
    )
    .await;
    assert_eq!((s, &v["recorded"]), (StatusCode::OK, &json!(false)));

    let mut forked = body.clone();
    forked["root"] = json!(hex::encode(merkle::leaf_hash(b"another log")));
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/log/cosignatures",
        Some(RW),
        Some(forked),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("cosignature_mismatch")),
        "{v}"
    );
    let mut bad = body.clone();
    bad["signature"] = json!("00".repeat(64));
    let (s, v) = call(
        &app,
        "POST",
        "/api/v1/log/cosignatures",
        Some(RW),
        Some(bad),
    )
    .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid_cosignature")),
        "{v}"
    );

    let (s, v) = call(&app, "GET", "/api/v1/log/cosignatures", Some(RO), None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["witness_key"], json!(rec.witness_key));
    assert_eq!(v[0]["size"], json!(rec.size));
    assert_eq!(v[0]["posted_by"], "eu.witness");
}
