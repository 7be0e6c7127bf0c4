//! The sign-on rules API: a security officer sets and removes rules of their own party only,
//! rules never grant administration, an admin lists every rule, others none.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{TimeZone, Utc};
use entente_core::account::{TokenCreated, TokenScope, UserCreated, parse_roles};
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::{LocalizedText, PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_server::password;
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

async fn call(
    router: &axum::Router,
    who: &str,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer entt_rules_{who}"));
    let body = match body {
        Some(v) => {
            b = b.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    let resp = router.clone().oneshot(b.body(body).unwrap()).await.unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

#[tokio::test]
async fn sign_on_rules_are_set_over_the_api_for_the_officers_own_party_only() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
    ));
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap());
    let op = Viewer::operator(PartyId::parse("EU").unwrap());
    for p in ["LV", "DE", "EEAS", "EU"] {
        store
            .register_party(
                &entente_store::actor_of(&op),
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
        ("de.security", "DE", "security_officer"),
        ("admin", "EEAS", "admin"),
        ("lv.analyst", "LV", "analyst"),
    ] {
        let v = Viewer {
            user: UserId::parse(u).unwrap(),
            party: PartyId::parse(p).unwrap(),
            clearance: None,
            roles: parse_roles(r).unwrap(),
        };
        store
            .create_user(
                &op,
                UserCreated {
                    user: v.user.clone(),
                    party: v.party.clone(),
                    roles: v.roles.clone(),
                    clearance: None,
                    password_hash: password::hash("long passphrase", password::Strength::Demo)
                        .unwrap(),
                },
            )
            .unwrap();
        if entente_core::totp::required_for(&v.roles) {
            store
                .enable_second_factor(
                    &op,
                    &v.user,
                    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ".into(),
                    None,
                    vec![],
                )
                .unwrap();
        }
        store
            .create_token(
                &v,
                TokenCreated {
                    id: format!("t-{}", u.replace('.', "-")),
                    user: v.user.clone(),
                    scope: TokenScope::ReadWrite,
                    token_hash: password::token_hash(&format!("entt_rules_{u}")),
                    label: None,
                    expires_at: None,
                },
            )
            .unwrap();
    }
    let auth = StoreAuth::new(store.clone(), clock, AuthConfig::default());
    let router = entente_server::router(AppState::new(store.clone(), Arc::new(auth)));
    let rule = json!({"party": "LV", "claim": "groups", "value": "cert-lv", "roles": ["analyst"], "clearance": "RESTREINT UE"});
    let (s, v) = call(
        &router,
        "lv.security",
        "PUT",
        "/api/v1/signon/rules/lv-cert",
        Some(rule.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["id"], "lv-cert");
    // Another party's officer maps nobody to LV, nor takes over LV's rule.
    let (s, _) = call(
        &router,
        "de.security",
        "PUT",
        "/api/v1/signon/rules/de-to-lv",
        Some(rule.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = call(
        &router,
        "de.security",
        "DELETE",
        "/api/v1/signon/rules/lv-cert",
        None,
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Nor does the admin or an analyst set rules.
    let (s, _) = call(
        &router,
        "admin",
        "PUT",
        "/api/v1/signon/rules/x",
        Some(rule.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = call(
        &router,
        "lv.analyst",
        "PUT",
        "/api/v1/signon/rules/x",
        Some(rule),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Rules never grant administration.
    let admin_rule = json!({"party": "LV", "claim": "groups", "value": "lv-admins", "roles": ["security_officer"]});
    let (s, v) = call(
        &router,
        "lv.security",
        "PUT",
        "/api/v1/signon/rules/lv-admins",
        Some(admin_rule),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(v["message"].as_str().unwrap().contains("stay local"), "{v}");
    // The admin lists every rule, the other party's officer none of LV's.
    let (_, all) = call(&router, "admin", "GET", "/api/v1/signon/rules", None).await;
    assert_eq!(all.as_array().unwrap().len(), 1);
    let (_, de) = call(&router, "de.security", "GET", "/api/v1/signon/rules", None).await;
    assert_eq!(de.as_array().unwrap().len(), 0);
    let (s, _) = call(&router, "lv.analyst", "GET", "/api/v1/signon/rules", None).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = call(
        &router,
        "lv.security",
        "DELETE",
        "/api/v1/signon/rules/lv-cert",
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert!(store.signon_rules().unwrap().is_empty());
}
