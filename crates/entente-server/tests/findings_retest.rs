//! One regression test per finding of the attack re-test of 2026-12-01 (R1 to R19,
//! `docs/security.md`), named after it, against the whole router on a temporary data
//! directory, as the attacker worked: over HTTP, with real accounts, sessions and API tokens.
//! R15 (timing) and R17 (truncation with a restored head) are documented, not tested here:
//! see `docs/security.md`.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use chrono::{TimeZone, Utc};
use common::{facts, operator, tmp};
use entente_core::account::{Role, TokenCreated, TokenScope, UserCreated};
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::signon::SignOnRule;
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_server::password::{self, Strength};
use entente_store::signon_store::{FederatedIdentity, FederatedOutcome};
use entente_store::{Clock as _, FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

struct App {
    router: Router,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    _state: Arc<AppState>,
    _dir: tempfile::TempDir,
}

const PASSWORD: &str = "a long harness passphrase";
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// (user, party, roles, clearance)
const ACCOUNTS: &[(&str, &str, &[Role], Option<Classification>)] = &[
    (
        "de.delegate",
        "DE",
        &[Role::Delegate],
        Some(Classification::SecretUe),
    ),
    ("de.observer", "DE", &[Role::Observer], None),
    (
        "lv.analyst",
        "LV",
        &[Role::Analyst],
        Some(Classification::RestreintUe),
    ),
    (
        "lv.security",
        "LV",
        &[Role::SecurityOfficer],
        Some(Classification::SecretUe),
    ),
    (
        "ee.delegate",
        "EE",
        &[Role::Delegate],
        Some(Classification::ConfidentielUe),
    ),
    (
        "fi.delegate",
        "FI",
        &[Role::Delegate],
        Some(Classification::SecretUe),
    ),
    (
        "eeas.chair",
        "EEAS",
        &[Role::Chair, Role::Delegate],
        Some(Classification::SecretUe),
    ),
    ("eeas.staff", "EEAS", &[Role::Delegate], None),
    ("admin", "EEAS", &[Role::Admin], None),
    (
        "eeas.security",
        "EEAS",
        &[Role::SecurityOfficer],
        Some(Classification::SecretUe),
    ),
    (
        "eeas.security2",
        "EEAS",
        &[Role::SecurityOfficer],
        Some(Classification::SecretUe),
    ),
];

fn viewer(user: &str) -> Viewer {
    let (u, p, r, c) = ACCOUNTS.iter().find(|a| a.0 == user).unwrap();
    Viewer {
        user: UserId::parse(u).unwrap(),
        party: PartyId::parse(p).unwrap(),
        clearance: *c,
        roles: r.iter().copied().collect(),
    }
}

fn token(user: &str) -> String {
    format!("entt_retest_{user}")
}

fn app() -> App {
    let dir = tmp();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap(),
    ));
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap());
    for p in ["DE", "LV", "EE", "FI", "EEAS", "EU"] {
        store
            .register_party(
                &entente_store::actor_of(&operator()),
                PartyRegistered {
                    id: PartyId::parse(p).unwrap(),
                    kind: PartyKind::MemberState,
                    name: LocalizedText::single(Lang::En, p),
                },
            )
            .unwrap();
    }
    let hash = password::hash(PASSWORD, Strength::Demo).unwrap();
    for (u, _, _, _) in ACCOUNTS {
        let v = viewer(u);
        store
            .create_user(
                &operator(),
                UserCreated {
                    user: v.user.clone(),
                    party: v.party.clone(),
                    roles: v.roles.clone(),
                    clearance: v.clearance,
                    password_hash: hash.clone(),
                },
            )
            .unwrap();
        if entente_core::totp::required_for(&v.roles) {
            store
                .enable_second_factor(&operator(), &v.user, SECRET.into(), None, vec![])
                .unwrap();
        }
        store
            .create_token(
                &v,
                TokenCreated {
                    id: format!("tok-{}", u.replace('.', "-")),
                    user: v.user.clone(),
                    scope: TokenScope::ReadWrite,
                    token_hash: password::token_hash(&token(u)),
                    label: None,
                    expires_at: None,
                },
            )
            .unwrap();
    }
    let named = |u: &str| {
        let mut v = viewer(u);
        v.roles.insert(Role::Operator);
        v
    };
    store
        .create_dossier(
            &named("eeas.chair"),
            Some("public"),
            facts("Public case"),
            Marking::clear(),
        )
        .unwrap();
    let mut amber = Marking::tlp(Tlp::Amber);
    amber
        .releasable_to
        .extend(["LV", "EEAS"].map(|p| PartyId::parse(p).unwrap()));
    store
        .create_dossier(
            &named("ee.delegate"),
            Some("baltic"),
            facts("Baltic exercise"),
            amber,
        )
        .unwrap();
    let mut red = Marking::tlp(Tlp::Red);
    red.releasable_to.insert(PartyId::parse("EEAS").unwrap());
    red.recipients
        .extend(["fi.delegate", "eeas.chair"].map(|u| UserId::parse(u).unwrap()));
    store
        .create_dossier(
            &named("fi.delegate"),
            Some("red"),
            facts("Red ministry REDMARK"),
            red,
        )
        .unwrap();
    let auth = StoreAuth::new(store.clone(), clock.clone(), AuthConfig::default());
    let state = AppState::new(store.clone(), Arc::new(auth));
    App {
        router: entente_server::router(state.clone()),
        store,
        clock,
        _state: state,
        _dir: dir,
    }
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
    text: String,
}

async fn send(app: &App, req: Request<Body>) -> Answer {
    let resp = app.router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = axum::body::to_bytes(resp.into_body(), 8 << 20)
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Answer {
        status,
        headers,
        body: serde_json::from_str(&text).unwrap_or(Value::Null),
        text,
    }
}

fn request(method: &str, uri: &str, body: Option<&Value>) -> axum::http::request::Builder {
    let b = Request::builder().method(method).uri(uri);
    match body {
        Some(_) => b.header(header::CONTENT_TYPE, "application/json"),
        None => b,
    }
}

fn body_of(body: Option<Value>) -> Body {
    body.map_or_else(Body::empty, |v| Body::from(v.to_string()))
}

/// A JSON call as `who` (its API token), or without credentials.
async fn call(
    app: &App,
    who: Option<&str>,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> Answer {
    let mut b = request(method, uri, body.as_ref());
    if let Some(u) = who {
        b = b.header(header::AUTHORIZATION, format!("Bearer {}", token(u)));
    }
    send(app, b.body(body_of(body)).unwrap()).await
}

/// A signed-in browser: the session cookie and its CSRF token.
#[derive(Clone)]
struct Browser {
    cookie: String,
    csrf: String,
}

/// The current TOTP code of the published secret, a step after the last one used.
fn code(app: &App) -> String {
    app.clock.advance(chrono::Duration::seconds(31));
    let key = entente_core::totp::parse_secret(SECRET).unwrap();
    entente_core::totp::code_at(&key, app.clock.now().timestamp())
}

/// Signs in over the API; the answer, and the browser when it worked.
async fn sign_in(
    app: &App,
    user: &str,
    password_text: &str,
    with_code: bool,
) -> (Answer, Option<Browser>) {
    let mut body = json!({"user": user, "password": password_text});
    if with_code {
        body["code"] = json!(code(app));
    }
    let a = call(app, None, "POST", "/api/v1/session", Some(body)).await;
    let browser = (a.status == StatusCode::OK).then(|| Browser {
        cookie: a.headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string(),
        csrf: a.body["csrf_token"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    });
    (a, browser)
}

async fn as_browser(
    app: &App,
    b: &Browser,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> Answer {
    let r = request(method, uri, body.as_ref())
        .header(header::COOKIE, &b.cookie)
        .header("x-csrf-token", &b.csrf)
        .body(body_of(body))
        .unwrap();
    send(app, r).await
}

fn head(app: &App) -> u64 {
    app.store.head().unwrap().0
}

/// Asks for a reset as `asker` and has `approver` approve it; the one-time code.
async fn reset(app: &App, asker: &str, approver: &str, user: &str) -> String {
    let a = call(
        app,
        Some(asker),
        "POST",
        &format!("/api/v1/users/{user}/password"),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    let first = a.body["code_half"].as_str().unwrap().to_string();
    let a = call(
        app,
        Some(approver),
        "POST",
        &format!("/api/v1/users/{user}/password/approve"),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let second = a.body["code_half"].as_str().unwrap().to_string();
    format!("{first}-{second}")
}

#[tokio::test]
async fn r1_officer_cannot_hold_a_reset_account() {
    let app = app();
    // An officer no longer chooses the password.
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.chair/password",
        Some(json!({"password": "Officer-Chosen-Pw-2026!"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // Asking changes nothing for the account, and the asker cannot approve alone.
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.chair/password",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    let first = a.body["code_half"].as_str().unwrap().to_string();
    assert_eq!(
        sign_in(&app, "eeas.chair", PASSWORD, false).await.0.status,
        StatusCode::OK
    );
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.chair/password/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security2"),
        "POST",
        "/api/v1/users/eeas.chair/password/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let second = a.body["code_half"].as_str().unwrap().to_string();
    // Neither half alone, nor the old password, opens the account.
    for guess in [first.clone(), second.clone(), PASSWORD.to_string()] {
        let (a, _) = sign_in(&app, "eeas.chair", &guess, false).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{guess}: {}", a.text);
    }
    let (a, b) = sign_in(&app, "eeas.chair", &format!("{second}-{first}"), false).await;
    assert_eq!(
        a.status,
        StatusCode::UNAUTHORIZED,
        "halves in the wrong order"
    );
    assert!(b.is_none());
    // Both halves, in order: the holder changes the password before anything else.
    let (a, b) = sign_in(&app, "eeas.chair", &format!("{first}-{second}"), false).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.body["must_change_password"], true);
    let b = b.unwrap();
    let r = as_browser(&app, &b, "GET", "/api/v1/dossiers/red", None).await;
    assert_eq!(r.body["code"], "password_change_required", "{}", r.text);
    let r = as_browser(
        &app,
        &b,
        "PUT",
        "/api/v1/session/password",
        Some(json!({"current": format!("{first}-{second}"), "new": "the holder's own passphrase"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = as_browser(&app, &b, "GET", "/api/v1/dossiers/red", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    // The code is spent with the change.
    let (a, _) = sign_in(&app, "eeas.chair", &format!("{first}-{second}"), false).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    // An account with a second factor needs it after a reset too.
    let code_of_officer = reset(&app, "eeas.security", "admin", "eeas.security2").await;
    let (a, _) = sign_in(&app, "eeas.security2", &code_of_officer, false).await;
    assert_eq!(a.body["code"], "second_factor_required", "{}", a.text);
}

#[tokio::test]
async fn r2_one_officer_cannot_satisfy_the_two_person_rule() {
    let app = app();
    // Making an officer takes a second person.
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/users/eeas.staff/roles",
        Some(json!({"roles": ["delegate", "security_officer"]})),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    assert_eq!(a.body["roles"], json!(["delegate"]));
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.staff/roles/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security2"),
        "POST",
        "/api/v1/users/eeas.staff/roles/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    // A new officer without a second factor approves nothing, even from the store.
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/users/admin/clearance",
        Some(json!({"clearance": "SECRET UE"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    let mut staff = viewer("eeas.staff");
    staff.roles.insert(Role::SecurityOfficer);
    let err = app
        .store
        .approve_clearance(&staff, &UserId::parse("admin").unwrap())
        .unwrap_err();
    assert!(err.to_string().contains("cannot approve"), "{err}");
    // An account just reset cannot approve either, until its holder has changed the password.
    let code_of_officer = reset(&app, "eeas.security", "admin", "eeas.security2").await;
    let err = app
        .store
        .approve_clearance(&viewer("eeas.security2"), &UserId::parse("admin").unwrap())
        .unwrap_err();
    assert!(err.to_string().contains("cannot approve"), "{err}");
    assert!(!code_of_officer.is_empty());
}

fn rule(id: &str, party: &str, claim: &str, value: &str, roles: &[&str]) -> Value {
    json!({"party": party, "claim": claim, "value": value, "roles": roles, "id": id})
}

fn identity(sub: &str, claims: Value) -> FederatedIdentity {
    let mut c = claims;
    c["sub"] = json!(sub);
    FederatedIdentity {
        issuer: "http://127.0.0.1:4000".into(),
        subject: sub.into(),
        claims: c,
        address: "127.0.0.1".into(),
    }
}

#[tokio::test]
async fn r3_sign_on_rules_take_two_persons_and_stay_within_their_party() {
    let app = app();
    // (a) A rule granting SECRET UE chairs maps nobody until a second person approves it.
    let mut r = rule(
        "eeas-cyber",
        "EEAS",
        "groups",
        "eeas-cyber",
        &["chair", "delegate"],
    );
    r["clearance"] = json!("SECRET UE");
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/signon/rules/eeas-cyber",
        Some(r),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    let alice = || identity("alice-1", json!({"groups": ["eeas-cyber"]}));
    assert_eq!(
        app.store.federate(alice()).unwrap(),
        FederatedOutcome::Refused("unmapped")
    );
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/signon/rules/eeas-cyber/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security2"),
        "POST",
        "/api/v1/signon/rules/eeas-cyber/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    assert!(matches!(
        app.store.federate(alice()).unwrap(),
        FederatedOutcome::Account(_)
    ));
    // (b) Ids are scoped by party, and a claim value another party maps is refused.
    app.store
        .set_signon_rule(
            &operator(),
            SignOnRule {
                id: "lv-mfa".into(),
                party: PartyId::parse("LV").unwrap(),
                claim: "email_domain".into(),
                value: "mfa.gov.lv".into(),
                roles: entente_core::account::parse_roles("delegate").unwrap(),
                clearance: None,
                clearance_claim: None,
            },
        )
        .unwrap();
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/signon/rules/lv-mfa",
        Some(rule("lv-mfa", "EEAS", "groups", "x", &["observer"])),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/signon/rules/eeas-lv-domain",
        Some(rule(
            "eeas-lv-domain",
            "EEAS",
            "email_domain",
            "MFA.gov.lv",
            &["observer"],
        )),
    )
    .await;
    assert_eq!(a.status, StatusCode::CONFLICT, "{}", a.text);
    assert_eq!(a.body["code"], "signon.claimed_by_another_party");
    // An account that exists is mapped by its own party's rules only: another party's rule
    // neither captures it nor locks it out.
    let janis = || {
        identity(
            "janis",
            json!({"email": "janis@mfa.gov.lv", "email_verified": true, "groups": ["baltic"]}),
        )
    };
    let FederatedOutcome::Account(u) = app.store.federate(janis()).unwrap() else {
        panic!("janis is mapped to LV");
    };
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/signon/rules/eeas-baltic",
        Some(rule(
            "eeas-baltic",
            "EEAS",
            "groups",
            "baltic",
            &["observer"],
        )),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/signon/rules/eeas-baltic/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    assert_eq!(
        app.store.federate(janis()).unwrap(),
        FederatedOutcome::Account(u.clone())
    );
    app.store.remove_signon_rule(&operator(), "lv-mfa").unwrap();
    assert_eq!(
        app.store.federate(janis()).unwrap(),
        FederatedOutcome::Refused("unmapped")
    );
    assert_eq!(app.store.user(&u).unwrap().unwrap().party.as_str(), "LV");
    // Another party's rule answers exactly like a missing one (R14).
    let gone = call(
        &app,
        Some("eeas.security"),
        "DELETE",
        "/api/v1/signon/rules/lv-nope",
        None,
    )
    .await;
    app.store
        .set_signon_rule(
            &operator(),
            SignOnRule {
                id: "lv-cert".into(),
                party: PartyId::parse("LV").unwrap(),
                claim: "groups".into(),
                value: "cert-lv".into(),
                roles: entente_core::account::parse_roles("analyst").unwrap(),
                clearance: None,
                clearance_claim: None,
            },
        )
        .unwrap();
    let there = call(
        &app,
        Some("eeas.security"),
        "DELETE",
        "/api/v1/signon/rules/lv-cert",
        None,
    )
    .await;
    assert_eq!(there.status, StatusCode::NOT_FOUND);
    assert_eq!(gone.status, there.status);
    assert_eq!(
        gone.text.replace("lv-nope", "X"),
        there.text.replace("lv-cert", "X")
    );
    // (c) The officers of the parties a refusal concerns read it.
    let a = call(
        &app,
        Some("lv.security"),
        "GET",
        "/api/v1/audit?type=auth.sso_refused",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert!(
        a.body
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["payload"]["subject"] == "janis"),
        "{}",
        a.text
    );
}

#[tokio::test]
async fn r4_a_token_neither_changes_the_password_nor_enrols_a_second_factor() {
    let app = app();
    let a = call(
        &app,
        Some("de.delegate"),
        "PUT",
        "/api/v1/session/password",
        Some(json!({"current": "guess-1", "new": "Some-Other-Pw-99999"})),
    )
    .await;
    assert_eq!(a.body["code"], "token_cannot_change_password", "{}", a.text);
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/session/second-factor",
        None,
    )
    .await;
    assert_eq!(a.body["code"], "token_cannot_enrol", "{}", a.text);
    // From a session, wrong current passwords count against the limiter and are recorded.
    let (_, b) = sign_in(&app, "de.delegate", PASSWORD, false).await;
    let b = b.unwrap();
    let before = head(&app);
    let mut statuses = Vec::new();
    for i in 0..6 {
        let r = as_browser(
            &app,
            &b,
            "PUT",
            "/api/v1/session/password",
            Some(json!({"current": format!("guess-{i}"), "new": "Some-Other-Pw-99999"})),
        )
        .await;
        statuses.push(r.status);
    }
    assert_eq!(statuses[..5], [StatusCode::FORBIDDEN; 5]);
    assert_eq!(statuses[5], StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(head(&app) - before, 5, "one event per wrong password");
    app.clock.advance(chrono::Duration::minutes(2));
    // Enrolment needs the current password, and ends the account's tokens.
    let e = as_browser(&app, &b, "POST", "/api/v1/session/second-factor", None).await;
    assert_eq!(e.status, StatusCode::OK, "{}", e.text);
    let secret = e.body["secret"].as_str().unwrap().to_string();
    let enrolment = e.body["enrolment"].as_str().unwrap().to_string();
    let key = entente_core::totp::parse_secret(&secret).unwrap();
    app.clock.advance(chrono::Duration::seconds(31));
    let now_code = entente_core::totp::code_at(&key, app.clock.now().timestamp());
    let r = as_browser(
        &app,
        &b,
        "POST",
        "/api/v1/session/second-factor/confirm",
        Some(json!({"enrolment": enrolment, "code": now_code})),
    )
    .await;
    assert!(r.status.is_client_error(), "no password: {}", r.text);
    let r = as_browser(
        &app,
        &b,
        "POST",
        "/api/v1/session/second-factor/confirm",
        Some(json!({"enrolment": enrolment, "code": now_code, "password": "not it at all"})),
    )
    .await;
    assert_eq!(r.body["code"], "invalid_credentials", "{}", r.text);
    // That wrong password counts too: after the five above, the account is held back from
    // this address, the right password included, until the lock ends.
    let r = as_browser(
        &app,
        &b,
        "POST",
        "/api/v1/session/second-factor/confirm",
        Some(json!({"enrolment": enrolment, "code": now_code, "password": PASSWORD})),
    )
    .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.text);
    app.clock.advance(chrono::Duration::seconds(61));
    let now_code = entente_core::totp::code_at(&key, app.clock.now().timestamp());
    let r = as_browser(
        &app,
        &b,
        "POST",
        "/api/v1/session/second-factor/confirm",
        Some(json!({"enrolment": enrolment, "code": now_code, "password": PASSWORD})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let t = call(&app, Some("de.delegate"), "GET", "/api/v1/session", None).await;
    assert_eq!(t.status, StatusCode::UNAUTHORIZED, "the token ended");
    let s = as_browser(&app, &b, "GET", "/api/v1/session", None).await;
    assert_eq!(s.status, StatusCode::OK, "the enrolling session goes on");
}

fn indicator(id: &str, extra: Value) -> Value {
    let mut o = json!({"type": "indicator", "spec_version": "2.1", "id": id,
        "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
        "name": "probe", "pattern": "[ipv4-addr:value = '198.51.100.7']", "pattern_type": "stix",
        "valid_from": "2026-01-01T00:00:00Z"});
    if let (Some(m), Some(x)) = (o.as_object_mut(), extra.as_object()) {
        for (k, v) in x {
            m.insert(k.clone(), v.clone());
        }
    }
    json!({"type": "bundle", "id": "bundle--0a7f3c3e-8d7b-4c6e-9d5f-1b2c3d4e5f60", "objects": [o]})
}

#[tokio::test]
async fn r5_a_hidden_stix_id_answers_like_an_unknown_one_and_cannot_be_squatted() {
    let app = app();
    let hidden = "indicator--11111111-2222-4333-8444-555555555555";
    let unknown = "indicator--66666666-7777-4888-8999-aaaaaaaaaaaa";
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:AMBER",
        Some(indicator(hidden, json!({}))),
    )
    .await;
    assert_eq!(a.body["added"], 1, "{}", a.text);
    let h = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:AMBER",
        Some(indicator(hidden, json!({}))),
    )
    .await;
    let u = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:AMBER",
        Some(indicator(unknown, json!({}))),
    )
    .await;
    assert_eq!(h.status, u.status);
    assert_eq!(h.text.replace(hidden, "X"), u.text.replace(unknown, "X"));
    // Each party's copy is its own: LV still reads LV's, DE reads DE's.
    let lv = call(
        &app,
        Some("lv.analyst"),
        "GET",
        &format!("/api/v1/stix/objects/{hidden}"),
        None,
    )
    .await;
    assert_eq!(lv.body["origin"], "LV", "{}", lv.text);
    let de = call(
        &app,
        Some("de.delegate"),
        "GET",
        &format!("/api/v1/stix/objects/{hidden}"),
        None,
    )
    .await;
    assert_eq!(de.body["origin"], "DE", "{}", de.text);
    // A version of an object the importer sees another party created is still refused (F11).
    let seen = "indicator--bbbbbbbb-cccc-4ddd-8eee-ffffffffffff";
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:GREEN",
        Some(indicator(seen, json!({}))),
    )
    .await;
    assert_eq!(a.body["added"], 1, "{}", a.text);
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:GREEN",
        Some(indicator(
            seen,
            json!({"modified": "2026-11-29T00:00:00.000Z"}),
        )),
    )
    .await;
    assert!(a.text.contains("stix.not_creator"), "{}", a.text);
}

#[tokio::test]
async fn r6_an_import_names_no_other_party_as_creator() {
    let app = app();
    let lv_identity =
        entente_store::stix_objects::party_identity_id(&PartyId::parse("LV").unwrap());
    let de_identity =
        entente_store::stix_objects::party_identity_id(&PartyId::parse("DE").unwrap());
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:CLEAR",
        Some(indicator(
            "indicator--12121212-3434-4565-8787-909090909090",
            json!({"created_by_ref": lv_identity}),
        )),
    )
    .await;
    assert!(a.text.contains("stix.not_your_identity"), "{}", a.text);
    assert_eq!(a.body["added"], 0);
    let forged = |id: &str, name: &str| {
        json!({"type": "bundle", "id": "bundle--0a7f3c3e-8d7b-4c6e-9d5f-1b2c3d4e5f61", "objects": [{
            "type": "identity", "spec_version": "2.1", "id": id, "created": "2026-01-01T00:00:00.000Z",
            "modified": "2026-11-30T00:00:00.000Z", "name": name, "identity_class": "organization"}]})
    };
    for (id, name) in [
        (lv_identity.as_str(), "LV - contact attacker@example.org"),
        (
            "identity--dededede-dede-4ede-8ede-dededededede",
            "LV (party of the entente community)",
        ),
    ] {
        let a = call(
            &app,
            Some("de.delegate"),
            "POST",
            "/api/v1/stix/bundles?marking=TLP:CLEAR",
            Some(forged(id, name)),
        )
        .await;
        assert!(a.text.contains("stix.party_identity"), "{}", a.text);
    }
    // Its own identity is fine, and the export names the importer.
    let own = "indicator--34343434-5656-4787-8989-010101010101";
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/stix/bundles?marking=TLP:CLEAR",
        Some(indicator(own, json!({"created_by_ref": de_identity}))),
    )
    .await;
    assert_eq!(a.body["added"], 1, "{}", a.text);
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/dossiers/public/evidence",
        Some(json!({"kind": "stix", "title": "cite", "stix_id": own})),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    let a = call(
        &app,
        Some("lv.analyst"),
        "GET",
        "/api/v1/dossiers/public/stix-bundle",
        None,
    )
    .await;
    let objects = a.body["objects"].as_array().unwrap();
    let o = objects.iter().find(|o| o["id"] == own).unwrap();
    assert_eq!(o["created_by_ref"], de_identity.as_str());
    assert!(!objects.iter().any(|o| o["id"] == lv_identity.as_str()));
}

#[tokio::test]
async fn r7_a_reset_officer_changes_its_password_first_then_enrols() {
    let app = app();
    let one_time = reset(&app, "eeas.security", "admin", "eeas.security2").await;
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.security2/second-factor/reset",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let (a, b) = sign_in(&app, "eeas.security2", &one_time, false).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.body["must_change_password"], true);
    assert_eq!(a.body["must_enrol_second_factor"], true);
    let b = b.unwrap();
    // Enrolment waits for the password; the password page is reachable.
    let r = as_browser(&app, &b, "POST", "/api/v1/session/second-factor", None).await;
    assert_eq!(r.body["code"], "password_change_required", "{}", r.text);
    let page = send(
        &app,
        Request::get("/account/password")
            .header(header::COOKIE, &b.cookie)
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text);
    let r = as_browser(
        &app,
        &b,
        "PUT",
        "/api/v1/session/password",
        Some(json!({"current": one_time, "new": "the second officer's passphrase"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = as_browser(&app, &b, "GET", "/api/v1/dossiers", None).await;
    assert_eq!(
        r.body["code"], "second_factor_enrolment_required",
        "{}",
        r.text
    );
    let r = as_browser(&app, &b, "POST", "/api/v1/session/second-factor", None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
}

#[tokio::test]
async fn r8_the_admin_makes_no_voice_of_a_party_without_its_officer() {
    let app = app();
    let a = call(
        &app,
        Some("admin"),
        "PUT",
        "/api/v1/users/eeas.staff/roles",
        Some(json!({"roles": ["delegate", "chair"]})),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    assert_eq!(a.body["roles"], json!(["delegate"]));
    let a = call(
        &app,
        Some("eeas.staff"),
        "POST",
        "/api/v1/dossiers/public/procedures",
        Some(json!({"text": {"en": "opened by a chair the admin made"}, "rule": "unanimity", "deadline": "2026-12-05T12:00:00Z"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/users/eeas.staff/roles/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.staff/roles/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.body["roles"], json!(["delegate", "chair"]));
    // Another party's account: the role waits for that party's officer.
    let a = call(
        &app,
        Some("admin"),
        "PUT",
        "/api/v1/users/fi.delegate/roles",
        Some(json!({"roles": ["delegate", "analyst"]})),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/fi.delegate/roles/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.text);
    // Removing a role takes effect at once.
    let a = call(
        &app,
        Some("admin"),
        "PUT",
        "/api/v1/users/eeas.chair/roles",
        Some(json!({"roles": ["delegate"]})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn r9_ids_and_version_numbers_reveal_no_hidden_item() {
    let app = app();
    let attribution = |releasable: &[&str]| {
        json!({"actor": {"kind": "state", "name": "HIDDENACTOR"}, "term": "likely", "confidence": "low",
            "basis": ["technical"], "public": false, "date": "2026-11-01",
            "marking": {"tlp": "AMBER", "releasable_to": releasable}})
    };
    for _ in 0..2 {
        let a = call(
            &app,
            Some("ee.delegate"),
            "POST",
            "/api/v1/dossiers/baltic/attributions",
            Some(attribution(&["EE"])),
        )
        .await;
        assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    }
    let a = call(
        &app,
        Some("ee.delegate"),
        "POST",
        "/api/v1/dossiers/baltic/attributions",
        Some(attribution(&["EE", "LV"])),
    )
    .await;
    let id = a.body["id"].as_str().unwrap().to_string();
    let suffix = id.rsplit('-').next().unwrap();
    assert!(
        suffix.len() >= 8 && !suffix.chars().all(|c| c.is_ascii_digit()),
        "{id}"
    );
    // LV's versions: v1 shared, v2 and v3 for LV only, v4 shared, v5 for LV only.
    let dimensions: Vec<Value> = [
        "scope",
        "scale",
        "duration",
        "intensity",
        "complexity",
        "sophistication",
        "impact",
    ]
    .iter()
    .map(|d| json!({"dimension": d, "level": 1, "rationale": "r"}))
    .collect();
    let body = json!({"confidence": "low", "dimensions": dimensions});
    for own in [false, true, true, false, true] {
        let mut b = body.clone();
        if own {
            b["marking"] = json!({"tlp": "AMBER+STRICT"});
        }
        let a = call(
            &app,
            Some("lv.analyst"),
            "PUT",
            "/api/v1/dossiers/baltic/assessments/LV",
            Some(b),
        )
        .await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    }
    let a = call(
        &app,
        Some("ee.delegate"),
        "GET",
        "/api/v1/dossiers/baltic/assessments/LV",
        None,
    )
    .await;
    let versions: Vec<u64> = a
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    assert_eq!(versions, [1, 2], "{}", a.text);
    // The proposal takes LV's newest shared version, not nothing.
    let a = call(
        &app,
        Some("eeas.chair"),
        "POST",
        "/api/v1/dossiers/baltic/picture/proposals",
        Some(json!({"deadline": "2026-12-03T09:00:00Z"})),
    )
    .await;
    assert!(a.status.is_success(), "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "GET",
        "/api/v1/dossiers/baltic/picture",
        None,
    )
    .await;
    let refs = &a.body["proposals"][0]["assessments"];
    assert!(
        refs.as_array()
            .unwrap()
            .iter()
            .any(|r| r["party"] == "LV" && r["version"] == 2),
        "{}",
        a.text
    );
}

#[tokio::test]
async fn r10_no_answer_counts_the_events_hidden_from_a_member() {
    let app = app();
    let a = call(&app, Some("de.delegate"), "GET", "/api/v1/log/head", None).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(&app, Some("admin"), "GET", "/api/v1/log/head", None).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    // A registered witness's account reads it.
    let key = hex_key();
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/log/witnesses",
        Some(json!({"witness_key": key, "user": "de.observer"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let a = call(&app, Some("de.observer"), "GET", "/api/v1/log/head", None).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    // Write answers, timelines and streams carry no position in the log.
    let a = call(
        &app,
        Some("eeas.chair"),
        "POST",
        "/api/v1/dossiers/public/procedures",
        Some(json!({"text": {"en": "Draft"}, "rule": "unanimity", "deadline": "2026-12-05T12:00:00Z", "participants": ["DE"]})),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    let pid = a.body["id"].as_str().unwrap().to_string();
    let a = call(
        &app,
        Some("de.delegate"),
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/DE"),
        Some(json!({"position": "for"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert!(a.body.get("seq").is_none(), "{}", a.text);
    assert_eq!(a.body["revision"], 2);
    let a = call(
        &app,
        Some("de.delegate"),
        "GET",
        "/api/v1/dossiers/public/history",
        None,
    )
    .await;
    assert!(!a.text.contains("\"seq\""), "{}", a.text);
    let page = send(
        &app,
        Request::get("/audit")
            .header(
                header::AUTHORIZATION,
                format!("Bearer {}", token("de.delegate")),
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.text.contains("from="), "no seq cursor");
}

/// The hex of an Ed25519 public key made from `seed`.
fn public_key(seed: u8) -> String {
    use ring::signature::KeyPair;
    let pair = ring::signature::Ed25519KeyPair::from_seed_unchecked(&[seed; 32]).unwrap();
    hex::encode(pair.public_key().as_ref())
}

fn hex_key() -> String {
    public_key(7)
}

#[tokio::test]
async fn r11_members_do_not_see_other_parties_reading() {
    let app = app();
    let a = call(
        &app,
        Some("lv.analyst"),
        "GET",
        "/api/v1/dossiers/baltic",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    let ee = app.store.events(&viewer("ee.delegate"), 1, 1000).unwrap();
    assert!(
        !ee.iter()
            .any(|e| e.kind == "audit.read" && e.actor.user.as_str() == "lv.analyst"),
        "EE sees LV's reading"
    );
    let lv = app.store.events(&viewer("lv.analyst"), 1, 1000).unwrap();
    assert!(
        lv.iter()
            .any(|e| e.kind == "audit.read" && e.actor.user.as_str() == "lv.analyst"),
        "LV sees its own"
    );
}

#[tokio::test]
async fn r12_an_account_appends_a_bounded_number_of_events() {
    let app = app();
    let before = head(&app);
    let a = call(
        &app,
        Some("de.observer"),
        "POST",
        "/api/v1/log/cosignatures",
        Some(json!({"witness_key": public_key(9), "size": 1,
            "root": "00".repeat(32), "witnessed_at": "2026-12-02T09:00:00Z", "signature": "00".repeat(64)})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    assert_eq!(head(&app), before);
    let (_, b) = sign_in(&app, "de.observer", PASSWORD, false).await;
    let b = b.unwrap();
    let mut refused = None;
    for i in 0..30 {
        let r = as_browser(
            &app,
            &b,
            "POST",
            "/api/v1/tokens",
            Some(json!({"scope": "read"})),
        )
        .await;
        if r.status != StatusCode::CREATED {
            refused = Some((i, r));
            break;
        }
    }
    let (i, r) = refused.expect("a limit");
    assert!(i <= 20, "{i} tokens");
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.text);
}

#[tokio::test]
async fn r13_one_account_cannot_hold_every_stream() {
    let app = app();
    let a = call(
        &app,
        Some("eeas.chair"),
        "POST",
        "/api/v1/dossiers/public/procedures",
        Some(json!({"text": {"en": "Draft"}, "rule": "unanimity", "deadline": "2026-12-05T12:00:00Z", "participants": ["DE"]})),
    )
    .await;
    let pid = a.body["id"].as_str().unwrap().to_string();
    let open = |who: &str| {
        Request::get(format!("/api/v1/procedures/{pid}/stream"))
            .header(header::AUTHORIZATION, format!("Bearer {}", token(who)))
            .body(Body::empty())
            .unwrap()
    };
    let mut held = Vec::new();
    for _ in 0..entente_server::procedures_api::MAX_STREAMS_PER_HOLDER {
        let r = app
            .router
            .clone()
            .oneshot(open("de.observer"))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        held.push(r);
    }
    let r = app
        .router
        .clone()
        .oneshot(open("de.observer"))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let r = app
        .router
        .clone()
        .oneshot(open("de.delegate"))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "another account still gets one");
    drop(held);
    let r = app
        .router
        .clone()
        .oneshot(open("de.observer"))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "slots come back");
}

#[tokio::test]
async fn r14_user_administration_answers_alike_for_other_parties_accounts_and_missing_ones() {
    let app = app();
    let routes: &[(&str, &str, Option<Value>)] = &[
        ("POST", "activate", None),
        ("POST", "disable", None),
        ("PUT", "roles", Some(json!({"roles": ["observer"]}))),
        ("PUT", "clearance", Some(json!({"clearance": "none"}))),
        ("POST", "clearance/approve", None),
        ("POST", "roles/approve", None),
        ("POST", "password", None),
        ("POST", "password/approve", None),
        ("POST", "second-factor/reset", None),
        ("POST", "sessions/end", None),
    ];
    for who in ["eeas.security", "de.delegate", "de.observer"] {
        for (method, tail, body) in routes {
            let there = call(
                &app,
                Some(who),
                method,
                &format!("/api/v1/users/fi.delegate/{tail}"),
                body.clone(),
            )
            .await;
            let gone = call(
                &app,
                Some(who),
                method,
                &format!("/api/v1/users/fi.nobody/{tail}"),
                body.clone(),
            )
            .await;
            assert_eq!(there.status, gone.status, "{who} {method} {tail}");
            assert_eq!(there.status, StatusCode::NOT_FOUND, "{who} {method} {tail}");
            assert_eq!(
                there.text.replace("fi.delegate", "X"),
                gone.text.replace("fi.nobody", "X"),
                "{who} {method} {tail}"
            );
        }
    }
}

#[tokio::test]
async fn r16_weak_passwords_and_the_previous_one_are_refused() {
    let app = app();
    for pw in [
        "            ",
        "aaaaaaaaaaaa",
        "password1234",
        "123456789012",
        "changeme1234",
        "qwertyuiopas",
        "Entente-2026!",
    ] {
        let a = call(
            &app,
            Some("admin"),
            "POST",
            "/api/v1/users",
            Some(json!({"user": "test.weak", "party": "EEAS", "roles": ["observer"], "password": pw})),
        )
        .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{pw:?}: {}", a.text);
    }
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/users",
        Some(json!({"user": "test.alpha", "party": "EEAS", "roles": ["observer"], "password": "ａｌｐｈａ-Str0ng-PW1"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // After a reset, the password before it cannot come back.
    let one_time = reset(&app, "eeas.security", "eeas.security2", "eeas.staff").await;
    let (_, b) = sign_in(&app, "eeas.staff", &one_time, false).await;
    let r = as_browser(
        &app,
        &b.unwrap(),
        "PUT",
        "/api/v1/session/password",
        Some(json!({"current": one_time, "new": PASSWORD})),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.text);
    assert!(r.text.contains("before the reset"), "{}", r.text);
}

#[tokio::test]
async fn r18_forged_forms_do_not_lock_an_address_out() {
    let app = app();
    for i in 0..100 {
        let r = Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "user=nobody{i}&password=x&csrf={}",
                "0".repeat(64)
            )))
            .unwrap();
        send(&app, r).await;
    }
    let (a, _) = sign_in(&app, "de.delegate", PASSWORD, false).await;
    if a.status == StatusCode::TOO_MANY_REQUESTS {
        let wait: u64 = a.headers[header::RETRY_AFTER]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(wait <= 5, "held back {wait} s");
        app.clock
            .advance(chrono::Duration::seconds(wait as i64 + 1));
        let (a, _) = sign_in(&app, "de.delegate", PASSWORD, false).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    }
    // Wrong passwords for one account lock it from that address (the address itself is only
    // slowed for a few seconds).
    for _ in 0..5 {
        app.clock.advance(chrono::Duration::seconds(6));
        let (a, _) = sign_in(&app, "lv.analyst", "not the password at all", false).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{}", a.text);
    }
    app.clock.advance(chrono::Duration::seconds(6));
    let (a, _) = sign_in(&app, "lv.analyst", PASSWORD, false).await;
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn r19_markings_names_and_the_api_description() {
    let app = app();
    // Items within their dossier's parties and recipients.
    let a = call(
        &app,
        Some("fi.delegate"),
        "POST",
        "/api/v1/dossiers/red/evidence",
        Some(json!({"kind": "document", "title": "wider", "text": "t",
            "marking": {"tlp": "RED", "releasable_to": ["FI", "DE"], "recipients": ["fi.delegate"]}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert!(a.text.contains("marking.releasable_to"), "{}", a.text);
    let a = call(
        &app,
        Some("fi.delegate"),
        "POST",
        "/api/v1/dossiers/red/evidence",
        Some(json!({"kind": "document", "title": "wider", "text": "t",
            "marking": {"tlp": "RED", "releasable_to": ["EEAS"], "recipients": ["fi.delegate", "de.delegate"]}})),
    )
    .await;
    assert!(a.text.contains("marking.recipients"), "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "POST",
        "/api/v1/dossiers/baltic/evidence",
        Some(json!({"kind": "document", "title": "wider", "text": "t",
            "marking": {"tlp": "AMBER", "releasable_to": ["EE", "DE"]}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // Recipients are accounts.
    let a = call(
        &app,
        Some("fi.delegate"),
        "POST",
        "/api/v1/dossiers",
        Some(json!({"title": {"en": "red"}, "marking": {"tlp": "RED", "recipients": ["fi.delegate", "no.such.user"]}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // No bidirectional overrides in titles.
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/dossiers",
        Some(json!({"title": {"en": "a\u{202e}b\u{200b}c"}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // Lookalikes of reserved names.
    for name in ["system.", "root.admin", ".x", "x..y"] {
        let a = call(
            &app,
            Some("admin"),
            "POST",
            "/api/v1/users",
            Some(
                json!({"user": name, "party": "EEAS", "roles": ["observer"], "password": PASSWORD}),
            ),
        )
        .await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{name}: {}", a.text);
    }
    // The API's description names every route under /api/v1.
    let doc = entente_server::openapi::document();
    let paths = doc["paths"].as_object().unwrap();
    for r in entente_server::route_table().inventory() {
        if !r.path.starts_with("/api/v1/") || r.path == "/api/v1/openapi.json" {
            continue;
        }
        let op = paths
            .get(&r.path)
            .and_then(|p| p.get(r.method.to_lowercase()));
        assert!(
            op.is_some(),
            "{} {} is not in the OpenAPI document",
            r.method,
            r.path
        );
    }
}
