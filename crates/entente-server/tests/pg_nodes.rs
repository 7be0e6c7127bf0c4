//! Two nodes over one PostgreSQL journal, through the whole router: every answer to an account
//! carries `Entente-Seq`; a read sent to the other node with that seq as `Entente-Min-Seq`
//! sees the write; a malformed header is refused with the one error shape; health and
//! readiness answer without counts, and readiness names the journal.

#[path = "../../entente-store/tests/pg/mod.rs"]
mod pg;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use entente_core::account::{TokenCreated, TokenScope, UserCreated, parse_roles};
use entente_core::{PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_server::password;
use entente_server::seq_token::SeqTokens;
use entente_store::pg_journal::PgConfig;
use entente_store::{Journal, Options, SqliteStore, Store, SystemClock};
use serde_json::{Value, json};
use tower::ServiceExt;

const TOKEN: &str = "entt_two_nodes_read_write_token_for_tests_000000000";

fn node(dir: &std::path::Path, url: &str, name: &str) -> (Router, Arc<SqliteStore>) {
    let store = Arc::new(
        SqliteStore::open(
            dir,
            Arc::new(SystemClock),
            Options {
                journal: Journal::Postgres {
                    config: PgConfig::parse(url).unwrap(),
                    node: name.into(),
                },
                ..Options::default()
            },
        )
        .unwrap(),
    );
    let status = store.log().status();
    let dyn_store: Arc<dyn Store> = store.clone();
    let auth = StoreAuth::new(
        dyn_store.clone(),
        Arc::new(SystemClock),
        AuthConfig::default(),
    );
    let state = AppState::following(AppState::new(dyn_store, Arc::new(auth)), status);
    (entente_server::router(state), store)
}

/// The EE delegate and an API token, written through node A.
fn accounts(store: &SqliteStore) {
    let system = Viewer::operator(PartyId::parse("EU").unwrap());
    store
        .register_party(
            &entente_store::actor_of(&system),
            entente_core::party::PartyRegistered {
                id: PartyId::parse("EE").unwrap(),
                kind: entente_core::party::PartyKind::MemberState,
                name: entente_core::LocalizedText::single(entente_core::Lang::En, "Estonia"),
            },
        )
        .unwrap();
    let user = UserId::parse("ee.delegate").unwrap();
    let roles = parse_roles("delegate,analyst").unwrap();
    store
        .create_user(
            &system,
            UserCreated {
                user: user.clone(),
                party: PartyId::parse("EE").unwrap(),
                roles: roles.clone(),
                clearance: None,
                password_hash: password::hash("Delegate-Passw0rd-1", password::Strength::Demo)
                    .unwrap(),
            },
        )
        .unwrap();
    let viewer = Viewer {
        user: user.clone(),
        party: PartyId::parse("EE").unwrap(),
        clearance: None,
        roles,
    };
    store
        .create_token(
            &viewer,
            TokenCreated {
                id: "t1".into(),
                user,
                scope: TokenScope::ReadWrite,
                token_hash: password::token_hash(TOKEN),
                label: None,
                expires_at: None,
            },
        )
        .unwrap();
}

async fn call(
    router: &Router,
    method: &str,
    uri: &str,
    min_seq: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Option<String>, Value) {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {TOKEN}"));
    if let Some(m) = min_seq {
        b = b.header("Entente-Min-Seq", m);
    }
    let req = match body {
        Some(v) => b
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(v.to_string())),
        None => b.body(Body::empty()),
    }
    .unwrap();
    let resp = router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let seq = resp
        .headers()
        .get("entente-seq")
        .map(|v| v.to_str().unwrap().to_string());
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        seq,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[test]
fn a_write_on_one_node_is_read_on_the_other() {
    // The throw-away server is set up outside the runtime (its client blocks).
    let pg = pg::Pg::start();
    let url = pg.database();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
        .block_on(two_nodes(&pg, &url));
}

async fn two_nodes(pg: &pg::Pg, url: &str) {
    let url = url.to_string();
    let a_dir = tempfile::tempdir().unwrap();
    let (a, a_store) = node(a_dir.path(), &url, "a");
    accounts(&a_store);
    let b_dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        a_dir.path().join("instance.key"),
        b_dir.path().join("instance.key"),
    )
    .unwrap();
    let (b, b_store) = node(b_dir.path(), &url, "b");
    // Both nodes hold the instance key, so both seal and open the same tokens.
    let tokens = SeqTokens::new(a_store.log().token_secret());

    for i in 0..5 {
        let slug = format!("two-nodes-{i}");
        let (s, seq, body) = call(
            &a,
            "POST",
            "/api/v1/dossiers",
            None,
            Some(json!({"slug": slug, "title": {"en": "Seen on both nodes"}})),
        )
        .await;
        assert_eq!(s, StatusCode::CREATED, "{body}");
        let id = body["id"].as_str().unwrap().to_string();
        let token = seq.expect("a write answers with Entente-Seq");
        assert!(token.parse::<u64>().is_err(), "an opaque token: {token}");
        let seq = tokens.open(&token).expect("a token of this instance");
        assert!(seq >= 1 && seq <= a_store.head().unwrap().0);
        // Read on B with the token A answered: B waits until it has applied its events.
        let (s, b_token, body) = call(
            &b,
            "GET",
            &format!("/api/v1/dossiers/{id}"),
            Some(&token),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{body}");
        let b_token = b_token.unwrap();
        assert_ne!(b_token, token, "never the same token twice");
        assert!(tokens.open(&b_token).unwrap() >= seq);
        assert_eq!(body["title"]["en"], "Seen on both nodes");
    }
    // B's reads of amber dossiers were audited (written through B): A follows them.
    let b_head = b_store.head().unwrap();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while a_store.log().status().applied() < b_head.0 {
        assert!(
            std::time::Instant::now() < until,
            "A never caught up with B"
        );
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    assert_eq!(a_store.head().unwrap(), b_head);

    // A seq no node has reached: refused after the wait, with the one error shape.
    let far = tokens.seal(999_999_999);
    let (s, _, e) = call(&b, "GET", "/api/v1/dossiers", Some(&far), None).await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(e["code"], "not_caught_up");
    // A number, a word, and a token sealed by another instance: refused, named.
    let foreign = SeqTokens::new([0; 32]).seal(1);
    for bad in ["1", "soon", foreign.as_str()] {
        let (s, _, e) = call(&b, "GET", "/api/v1/dossiers", Some(bad), None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(e["code"], "invalid_header");
        assert!(e["message"].as_str().unwrap().contains("Entente-Min-Seq"));
    }

    // Health and readiness: no count for those without an account.
    for path in ["/healthz", "/readyz"] {
        let resp = b
            .clone()
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        assert!(resp.headers().get("entente-seq").is_none(), "{path}");
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        if path == "/readyz" {
            assert_eq!(v["status"], "ready", "{v}");
            assert_eq!(v["journal"], "postgres");
        }
    }

    // With the journal gone, B is no longer ready, and a write on it is refused as
    // retryable - never acknowledged.
    pg.stop("fast");
    let (s, _, e) = call(
        &b,
        "POST",
        "/api/v1/dossiers",
        None,
        Some(json!({"slug": "while-down", "title": {"en": "Not saved"}})),
    )
    .await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{e}");
    assert_eq!(e["code"], "journal_unavailable");
    tokio::time::sleep(entente_server::READY_MAX_SILENCE + std::time::Duration::from_secs(1)).await;
    let resp = b
        .clone()
        .oneshot(Request::get("/readyz").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);

    // Back: the retried write is saved once, and B is ready again.
    pg.restart();
    let (s, _, e) = call(
        &b,
        "POST",
        "/api/v1/dossiers",
        None,
        Some(json!({"slug": "while-down", "title": {"en": "Saved on retry"}})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{e}");
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let resp = b
            .clone()
            .oneshot(Request::get("/readyz").body(Body::empty()).unwrap())
            .await
            .unwrap();
        if resp.status() == StatusCode::OK {
            break;
        }
        assert!(
            std::time::Instant::now() < until,
            "B never became ready again"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
