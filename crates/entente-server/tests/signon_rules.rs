//! The sign-on rules API: a security officer sets and removes rules of their own party only,
//! rules never grant administration, an admin lists every rule, others none.

mod common;

use std::sync::Arc;

use axum::http::StatusCode;
use common::{Who, create_account, create_token, register_parties};
use entente_core::account::{TokenScope, parse_roles};
use entente_core::{PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use serde_json::{Value, json};

async fn call(
    router: &axum::Router,
    who: &str,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let token = format!("entt_rules_{who}");
    let a = common::call(router, method, uri, Who::Bearer(&token), body).await;
    (a.status, a.body)
}

#[tokio::test]
async fn sign_on_rules_are_set_over_the_api_for_the_officers_own_party_only() {
    let common::TestStore {
        store,
        clock,
        dir: _dir,
    } = common::store();
    register_parties(&*store, &["LV", "DE", "EEAS", "EU"]);
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
        create_account(&*store, &v, "long passphrase");
        create_token(
            &*store,
            &v,
            &format!("t-{}", u.replace('.', "-")),
            &format!("entt_rules_{u}"),
            TokenScope::ReadWrite,
        );
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
