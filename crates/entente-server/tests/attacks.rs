//! What an attacker would try, against the whole router on a temporary data directory:
//! guessed ids of another party, a TLP:RED item asked for by a non-recipient, a lowered
//! clearance, a revoked token, a replayed session after logout, CSRF-less posts, 1,000 wrong
//! passwords, account routes without the admin role, oversized bodies. Each is refused with the
//! right status, and sign-in attempts are in the log.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{Answer, Who, named, register_parties, test_roles};
use entente_core::account::{UserCreated, parse_roles};
use entente_core::dossier::DossierFacts;
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, LOGIN_CSRF_COOKIE, SESSION_COOKIE, StoreAuth};
use entente_server::password::{self, Strength};
use entente_store::audit::AuditFilter;
use entente_store::{Clock, FixedClock, Store};
use serde_json::{Value, json};

struct App {
    router: Router,
    state: Arc<AppState>,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

const USERS: &[(&str, &str, &str, Option<Classification>)] = &[
    (
        "de.delegate",
        "DE",
        "delegate",
        Some(Classification::SecretUe),
    ),
    (
        "ee.delegate",
        "EE",
        "delegate",
        Some(Classification::ConfidentielUe),
    ),
    (
        "fi.delegate",
        "FI",
        "delegate",
        Some(Classification::SecretUe),
    ),
    ("admin", "EEAS", "admin", None),
    (
        "de.security",
        "DE",
        "security_officer",
        Some(Classification::SecretUe),
    ),
];

fn pw(user: &str) -> String {
    format!("pw-{user}-long-enough")
}

/// The TOTP secret of the accounts that must have a second factor (admin, security officer).
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

fn app_with(config: AuthConfig) -> App {
    let common::TestStore { store, clock, dir } = common::store();
    let system = Viewer::operator(PartyId::parse("EU").unwrap());
    register_parties(
        store.as_ref(),
        &[
            "DE", "FR", "EE", "LV", "LT", "PL", "FI", "EEAS", "EU", "INTCEN",
        ],
    );
    for (u, p, r, c) in USERS {
        store
            .create_user(
                &system,
                UserCreated {
                    user: UserId::parse(u).unwrap(),
                    party: PartyId::parse(p).unwrap(),
                    roles: parse_roles(r).unwrap(),
                    clearance: *c,
                    password_hash: password::hash(&pw(u), Strength::Demo).unwrap(),
                },
            )
            .unwrap();
    }
    for (u, _, r, _) in USERS {
        if entente_core::totp::required_for(&parse_roles(r).unwrap()) {
            store
                .enable_second_factor(
                    &system,
                    &UserId::parse(u).unwrap(),
                    SECRET.into(),
                    None,
                    vec![],
                )
                .unwrap();
        }
    }
    let author = |u: &str, p: &str| Viewer {
        user: UserId::parse(u).unwrap(),
        party: PartyId::parse(p).unwrap(),
        clearance: Some(Classification::SecretUe),
        roles: test_roles(&UserId::parse(u).unwrap()),
    };
    let facts = |t: &str| DossierFacts {
        title: LocalizedText::single(Lang::En, t),
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    };
    let mut amber = Marking::tlp(Tlp::Amber);
    amber.releasable_to.insert(PartyId::parse("LV").unwrap());
    store
        .create_dossier(
            &named(&author("ee.delegate", "EE")),
            Some("baltic"),
            facts("Baltic"),
            amber,
        )
        .unwrap();
    let mut red = Marking::tlp(Tlp::Red);
    red.releasable_to.insert(PartyId::parse("DE").unwrap());
    red.recipients.insert(UserId::parse("fi.delegate").unwrap());
    store
        .create_dossier(
            &named(&author("fi.delegate", "FI")),
            Some("red-ministry"),
            facts("Red"),
            red,
        )
        .unwrap();
    let mut conf = Marking::tlp(Tlp::Green);
    conf.classification = Some(Classification::SecretUe);
    store
        .create_dossier(
            &named(&author("de.delegate", "DE")),
            Some("secret-green"),
            facts("Secret"),
            conf,
        )
        .unwrap();
    store
        .create_dossier(
            &named(&author("de.delegate", "DE")),
            Some("public"),
            facts("Public"),
            Marking::clear(),
        )
        .unwrap();
    let auth = StoreAuth::new(store.clone(), clock.clone(), config);
    let state = AppState::new(store.clone(), Arc::new(auth));
    App {
        router: entente_server::router(state.clone()),
        state,
        store,
        clock,
        _dir: dir,
    }
}

fn app() -> App {
    app_with(AuthConfig::default())
}

async fn send(app: &App, req: Request<Body>) -> (StatusCode, Answer, Value) {
    let a = common::send(&app.router, req).await;
    let body = a.body.clone();
    (a.status, a, body)
}

/// A GET with a session cookie or an API token, or neither.
fn get(uri: &str, cookie: Option<&str>, bearer: Option<&str>) -> Request<Body> {
    let who = match (cookie, bearer) {
        (Some(cookie), _) => Who::Session { cookie, csrf: None },
        (None, Some(t)) => Who::Bearer(t),
        (None, None) => Who::Nobody,
    };
    common::request("GET", uri, who, None)
}

/// A JSON request with a session cookie (and its CSRF token), or without credentials.
fn json_req(
    method: &str,
    uri: &str,
    body: Value,
    cookie: Option<&str>,
    csrf: Option<&str>,
) -> Request<Body> {
    let who = match cookie {
        Some(cookie) => Who::Session { cookie, csrf },
        None => Who::Nobody,
    };
    common::request(method, uri, who, Some(body))
}

/// Signs in through the JSON API (with a fresh TOTP code for the accounts that have a second
/// factor: the clock moves on a step, since each code works once); returns (session token,
/// CSRF token).
async fn sign_in(app: &App, user: &str) -> (String, String) {
    let roles = USERS.iter().find(|u| u.0 == user).map(|u| u.2).unwrap();
    let code = if entente_core::totp::required_for(&parse_roles(roles).unwrap()) {
        app.clock.advance(chrono::Duration::seconds(30));
        let key = entente_core::totp::parse_secret(SECRET).unwrap();
        Some(entente_core::totp::code_at(
            &key,
            app.clock.now().timestamp(),
        ))
    } else {
        None
    };
    common::sign_in(&app.router, user, &pw(user), code.as_deref()).await
}

#[tokio::test]
async fn another_partys_ids_answer_exactly_like_missing_ones() {
    let app = app();
    let (de, _) = sign_in(&app, "de.delegate").await;
    let (s1, _, hidden) = send(&app, get("/api/v1/dossiers/baltic", Some(&de), None)).await;
    let (s2, _, missing) = send(&app, get("/api/v1/dossiers/baltid", Some(&de), None)).await;
    assert_eq!((s1, s2), (StatusCode::NOT_FOUND, StatusCode::NOT_FOUND));
    assert_eq!(hidden["code"], missing["code"]);
    assert_eq!(
        hidden["message"].as_str().unwrap().replace("baltic", "X"),
        missing["message"].as_str().unwrap().replace("baltid", "X")
    );
    let (s3, _, _) = send(
        &app,
        get("/api/v1/dossiers/baltic/history", Some(&de), None),
    )
    .await;
    assert_eq!(s3, StatusCode::NOT_FOUND);
    // The Estonian delegate sees it; lists and totals differ accordingly.
    let (ee, _) = sign_in(&app, "ee.delegate").await;
    let (s4, _, _) = send(&app, get("/api/v1/dossiers/baltic", Some(&ee), None)).await;
    assert_eq!(s4, StatusCode::OK);
    let (_, _, de_list) = send(&app, get("/api/v1/dossiers", Some(&de), None)).await;
    let (_, _, ee_list) = send(&app, get("/api/v1/dossiers", Some(&ee), None)).await;
    let ids = |v: &Value| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert!(!ids(&de_list).contains(&"baltic".to_string()));
    assert!(ids(&ee_list).contains(&"baltic".to_string()));
    assert_eq!(de_list["total"], ids(&de_list).len());
    // Without an account, nothing (F20).
    let (s, _, _) = send(&app, get("/api/v1/dossiers", None, None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn red_item_is_404_for_a_non_recipient() {
    let app = app();
    let (de, _) = sign_in(&app, "de.delegate").await;
    let (s, _, _) = send(&app, get("/api/v1/dossiers/red-ministry", Some(&de), None)).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (fi, _) = sign_in(&app, "fi.delegate").await;
    let (s, _, _) = send(&app, get("/api/v1/dossiers/red-ministry", Some(&fi), None)).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn lowered_clearance_takes_effect_on_the_open_session() {
    let app = app();
    let (de, _) = sign_in(&app, "de.delegate").await;
    let (s, _, _) = send(&app, get("/api/v1/dossiers/secret-green", Some(&de), None)).await;
    assert_eq!(s, StatusCode::OK);
    // Clearances belong to the security officers of the account's party (separation of duties).
    let (so, so_csrf) = sign_in(&app, "de.security").await;
    let (s, _, body) = send(
        &app,
        json_req(
            "PUT",
            "/api/v1/users/de.delegate/clearance",
            json!({"clearance": "CONFIDENTIEL UE"}),
            Some(&so),
            Some(&so_csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let (s, _, _) = send(&app, get("/api/v1/dossiers/secret-green", Some(&de), None)).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn revoked_token_reads_as_public() {
    let app = app();
    let (ee, csrf) = sign_in(&app, "ee.delegate").await;
    let (s, _, tok) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/tokens",
            json!({"scope": "read"}),
            Some(&ee),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{tok}");
    let token = tok["token"].as_str().unwrap().to_string();
    let id = tok["id"].as_str().unwrap().to_string();
    let (s, _, _) = send(&app, get("/api/v1/dossiers/baltic", None, Some(&token))).await;
    assert_eq!(s, StatusCode::OK);
    // The token is never shown again.
    let (_, _, list) = send(&app, get("/api/v1/tokens", Some(&ee), None)).await;
    assert!(list[0].get("token").is_none());
    // A read token cannot write.
    let mut w = json_req(
        "POST",
        "/api/v1/dossiers",
        json!({"slug": "x", "title": {"en": "x"}}),
        None,
        None,
    );
    w.headers_mut().insert(
        header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    let (s, _, _) = send(&app, w).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, _) = send(
        &app,
        json_req(
            "DELETE",
            &format!("/api/v1/tokens/{id}"),
            json!({}),
            Some(&ee),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _, _) = send(&app, get("/api/v1/dossiers/baltic", None, Some(&token))).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = send(&app, get("/api/v1/session", None, Some(&token))).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn replayed_session_after_logout_is_public() {
    let app = app();
    let (ee, csrf) = sign_in(&app, "ee.delegate").await;
    let (s, _, _) = send(&app, get("/api/v1/session", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::OK);
    let (s, resp, _) = send(
        &app,
        json_req(
            "DELETE",
            "/api/v1/session",
            json!({}),
            Some(&ee),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    assert!(resp.headers().get(header::SET_COOKIE).is_some());
    let (s, _, _) = send(&app, get("/api/v1/session", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = send(&app, get("/api/v1/dossiers/baltic", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/dossiers",
            json!({"slug": "y", "title": {"en": "y"}}),
            Some(&ee),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    // The log says the session was closed.
    let trail = app
        .store
        .audit(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &AuditFilter {
                kinds: vec!["session.closed".into()],
                limit: 10,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].payload["reason"], "logout");
}

#[tokio::test]
async fn expired_session_is_public() {
    let app = app();
    let (ee, _) = sign_in(&app, "ee.delegate").await;
    app.clock
        .advance(chrono::Duration::hours(8) + chrono::Duration::seconds(1));
    let (s, _, _) = send(&app, get("/api/v1/session", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn disabled_account_reads_as_public() {
    let app = app();
    let (ee, _) = sign_in(&app, "ee.delegate").await;
    let (admin, csrf) = sign_in(&app, "admin").await;
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/users/ee.delegate/disable",
            json!({"reason": "left"}),
            Some(&admin),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::NO_CONTENT);
    let (s, _, _) = send(&app, get("/api/v1/dossiers/baltic", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/session",
            json!({"user": "ee.delegate", "password": pw("ee.delegate")}),
            None,
            None,
        ),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn csrf_less_posts_are_refused() {
    let app = app();
    let (ee, csrf) = sign_in(&app, "ee.delegate").await;
    // JSON without the header.
    let body = json!({"slug": "new-one", "title": {"en": "New"}});
    let (s, _, e) = send(
        &app,
        json_req("POST", "/api/v1/dossiers", body.clone(), Some(&ee), None),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(e["code"], "csrf_failed");
    // With a wrong token.
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/dossiers",
            body.clone(),
            Some(&ee),
            Some("00"),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // A form post without the field.
    let form = Request::post("/logout")
        .header(header::COOKIE, format!("{SESSION_COOKIE}={ee}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("next=%2F"))
        .unwrap();
    let (s, _, _) = send(&app, form).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // The session is still open, and the right token works for both.
    let (s, _, e) = send(
        &app,
        json_req("POST", "/api/v1/dossiers", body, Some(&ee), Some(&csrf)),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{e}");
    let form = Request::post("/logout")
        .header(header::COOKIE, format!("{SESSION_COOKIE}={ee}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}")))
        .unwrap();
    let (s, resp, _) = send(&app, form).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()[header::LOCATION], "/login");
}

#[tokio::test]
async fn login_form_needs_its_csrf_cookie() {
    let app = app();
    let body = format!("user=ee.delegate&password={}&csrf=abc", pw("ee.delegate"));
    let req = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    let (s, _, _) = send(&app, req).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let t = "a".repeat(64);
    let form = |password: &str| {
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, format!("{LOGIN_CSRF_COOKIE}={t}"))
            .body(Body::from(format!(
                "user=ee.delegate&password={password}&csrf={t}&next=%2Fdossiers"
            )))
            .unwrap()
    };
    let (s, resp, _) = send(&app, form("wrong")).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()[header::LOCATION], "/login?error=1");
    let (s, resp, _) = send(&app, form(&pw("ee.delegate"))).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()[header::LOCATION], "/dossiers");
    assert!(
        resp.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .starts_with(SESSION_COOKIE)
    );
    // Signing in again over a live session uses the form's own token, not the session's.
    let (live, _) = sign_in(&app, "ee.delegate").await;
    let again = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(
            header::COOKIE,
            format!("{SESSION_COOKIE}={live}; {LOGIN_CSRF_COOKIE}={t}"),
        )
        .body(Body::from(format!(
            "user=ee.delegate&password={}&csrf={t}",
            pw("ee.delegate")
        )))
        .unwrap();
    let (s, resp, _) = send(&app, again).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()[header::LOCATION], "/");
}

#[tokio::test]
async fn a_thousand_wrong_passwords_lock_the_account() {
    let app = app();
    let mut statuses = Vec::new();
    for i in 0..1000 {
        let (s, resp, _) = send(
            &app,
            json_req(
                "POST",
                "/api/v1/session",
                json!({"user": "ee.delegate", "password": format!("guess-{i}")}),
                None,
                None,
            ),
        )
        .await;
        if s == StatusCode::TOO_MANY_REQUESTS {
            let after: u64 = resp.headers()[header::RETRY_AFTER]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!(after > 0);
        }
        statuses.push(s);
    }
    let unauthorized = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    assert_eq!(
        unauthorized, 5,
        "only the first five passwords are even checked"
    );
    assert!(
        statuses[5..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS)
    );
    // The right password is refused while locked.
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/session",
            json!({"user": "ee.delegate", "password": pw("ee.delegate")}),
            None,
            None,
        ),
    )
    .await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    // Every attempt is in the log: the five checked ones one by one, the refusals while locked
    // counted and recorded once for the window (F12: nobody floods the log).
    let failed = app
        .store
        .audit(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &AuditFilter {
                kinds: vec!["auth.login_failed".into()],
                limit: 10_000,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(failed.len(), 5);
    assert!(failed.iter().all(|e| e.payload["reason"] == "bad_password"));
    app.clock.advance(chrono::Duration::minutes(2));
    entente_server::identity::flush_failure_tally(&app.state).await;
    let tallied = app
        .store
        .audit(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &AuditFilter {
                kinds: vec!["auth.failures_aggregated".into()],
                limit: 10,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(tallied.len(), 1);
    assert_eq!(tallied[0].payload["counts"][0]["reason"], "locked");
    assert_eq!(tallied[0].payload["counts"][0]["count"], 996);
    // After the lock, the right password works again.
    app.clock.advance(chrono::Duration::hours(2));
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/session",
            json!({"user": "ee.delegate", "password": pw("ee.delegate")}),
            None,
            None,
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let ok = app
        .store
        .audit(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &AuditFilter {
                kinds: vec!["auth.login_succeeded".into()],
                limit: 10,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(ok.len(), 1);
}

#[tokio::test]
async fn account_routes_need_the_admin_role() {
    let app = app();
    let (s, _, _) = send(&app, get("/api/v1/users", None, None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (ee, csrf) = sign_in(&app, "ee.delegate").await;
    let (s, _, _) = send(&app, get("/api/v1/users", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, _) = send(&app, get("/api/v1/audit", Some(&ee), None)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/users",
            json!({"user": "mallory", "party": "EE", "roles": ["admin"], "password": "a very long password"}),
            Some(&ee),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (admin, csrf) = sign_in(&app, "admin").await;
    let (s, _, users) = send(&app, get("/api/v1/users", Some(&admin), None)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(users.as_array().unwrap().len(), USERS.len());
    assert!(!users.to_string().contains("argon2"));
    let (s, _, created) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/users",
            json!({"user": "lv.analyst", "party": "LV", "roles": ["analyst"], "clearance": "RESTREINT UE", "password": "a very long password"}),
            Some(&admin),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "an admin grants no clearance: {created}"
    );
    let (s, _, created) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/users",
            json!({"user": "lv.analyst", "party": "LV", "roles": ["analyst"], "password": "a very long password"}),
            Some(&admin),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    assert_eq!(created["pending"], true, "waits for an LV security officer");
    // The audit trail shows sign-ins and account changes with hashes redacted; an admin
    // without clearance does not see the AMBER read of another party.
    let (s, _, trail) = send(&app, get("/api/v1/audit?limit=1000", Some(&admin), None)).await;
    assert_eq!(s, StatusCode::OK);
    let text = trail.to_string();
    assert!(text.contains("auth.login_succeeded") && text.contains("user.created"));
    assert!(!text.contains("$argon2id$"));
}

#[tokio::test]
async fn oversized_bodies_answer_413_in_the_error_shape() {
    let app = app();
    let big = "x".repeat(entente_server::MAX_BODY + 10);
    let req = Request::post("/api/v1/session")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(big))
        .unwrap();
    let (s, _, e) = send(&app, req).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(e["code"].is_string(), "{e}");
}

#[tokio::test]
async fn secure_cookies_and_hsts_behind_tls() {
    let app = app_with(AuthConfig {
        secure_cookies: true,
        ..AuthConfig::default()
    });
    let (s, resp, _) = send(
        &app,
        json_req(
            "POST",
            "/api/v1/session",
            json!({"user": "ee.delegate", "password": pw("ee.delegate")}),
            None,
            None,
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        resp.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Secure")
    );
    assert!(
        resp.headers()
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_some()
    );
    let plain = app_with(AuthConfig::default());
    let (_, resp, _) = send(&plain, get("/healthz", None, None)).await;
    assert!(
        resp.headers()
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_none()
    );
    assert_eq!(resp.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}
