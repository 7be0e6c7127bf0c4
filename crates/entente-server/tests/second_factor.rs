//! The second factor through the whole router: enrolment (JSON and page), the restriction of
//! administrators and security officers until they enrol, `second_factor_required` only after
//! the password, codes and recovery codes spent once, failed codes counted by the sign-in
//! limiter, the sign-in form's second step, and resets by the officers of the account's party.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode, header};
use chrono::Duration;
use common::register_parties;
use entente_core::account::{UserCreated, parse_roles};
use entente_core::{PartyId, UserId, Viewer, totp};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, LOGIN_CSRF_COOKIE, SESSION_COOKIE, StoreAuth};
use entente_server::password::{self, Strength};
use entente_store::{Clock, FixedClock, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

struct App {
    router: Router,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

fn pw(user: &str) -> String {
    format!("pw-{user}-long-enough")
}

/// Accounts: `admin` (no second factor yet), `eeas.security` and `eeas.security2` (enrolled
/// with [`SECRET`]), `de.security` (enrolled), `ee.delegate` (none, not required).
fn app() -> App {
    let common::TestStore { store, clock, dir } = common::store();
    register_parties(&*store, &["EEAS", "DE", "EE", "EU"]);
    let op = common::operator();
    for (u, p, r, enrolled) in [
        ("admin", "EEAS", "admin", false),
        ("eeas.security", "EEAS", "security_officer", true),
        ("eeas.security2", "EEAS", "security_officer", true),
        ("de.security", "DE", "security_officer", true),
        ("ee.delegate", "EE", "delegate", false),
    ] {
        let uid = UserId::parse(u).unwrap();
        store
            .create_user(
                &op,
                UserCreated {
                    user: uid.clone(),
                    party: PartyId::parse(p).unwrap(),
                    roles: parse_roles(r).unwrap(),
                    clearance: None,
                    password_hash: password::hash(&pw(u), Strength::Demo).unwrap(),
                },
            )
            .unwrap();
        if enrolled {
            store
                .enable_second_factor(&op, &uid, SECRET.into(), None, vec![])
                .unwrap();
        }
    }
    let auth = StoreAuth::new(store.clone(), clock.clone(), AuthConfig::default());
    let state = AppState::new(store.clone(), Arc::new(auth));
    App {
        router: entente_server::router(state),
        store,
        clock,
        _dir: dir,
    }
}

async fn send(app: &App, req: Request<Body>) -> (StatusCode, Response<Body>, String) {
    let resp = app.router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let (parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, 4 << 20).await.unwrap();
    (
        status,
        Response::from_parts(parts, Body::empty()),
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn json_of(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or(Value::Null)
}

fn req(
    method: &str,
    uri: &str,
    body: Option<Value>,
    cookie: Option<&str>,
    csrf: Option<&str>,
) -> Request<Body> {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, format!("{SESSION_COOKIE}={c}"));
    }
    if let Some(t) = csrf {
        b = b.header("x-csrf-token", t);
    }
    match body {
        Some(v) => b
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(v.to_string()))
            .unwrap(),
        None => b.body(Body::empty()).unwrap(),
    }
}

fn set_cookie(resp: &Response<Body>, name: &str) -> Option<String> {
    resp.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .and_then(|kv| kv.split_once('='))
        .map(|(_, v)| v.to_string())
}

fn code_now(app: &App, secret: &str) -> String {
    totp::code_at(
        &totp::parse_secret(secret).unwrap(),
        app.clock.now().timestamp(),
    )
}

/// `POST /api/v1/session` with `extra` fields; (status, body, session token).
async fn login(
    app: &App,
    user: &str,
    password: &str,
    extra: Value,
) -> (StatusCode, Value, Option<String>) {
    let mut body = json!({"user": user, "password": password});
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    let (s, resp, text) = send(app, req("POST", "/api/v1/session", Some(body), None, None)).await;
    (s, json_of(&text), set_cookie(&resp, SESSION_COOKIE))
}

/// Enrols the session's account over the API; returns (secret, recovery codes).
async fn enrol(app: &App, session: &str, csrf: &str) -> (String, Vec<String>) {
    let (s, _, text) = send(
        app,
        req(
            "POST",
            "/api/v1/session/second-factor",
            None,
            Some(session),
            Some(csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{text}");
    let e = json_of(&text);
    let secret = e["secret"].as_str().unwrap().to_string();
    assert!(
        e["otpauth_uri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/")
    );
    let (s, _, text) = send(
        app,
        req(
            "POST",
            "/api/v1/session/second-factor/confirm",
            Some(json!({"enrolment": e["enrolment"], "code": code_now(app, &secret)})),
            Some(session),
            Some(csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{text}");
    let codes = json_of(&text)["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    (secret, codes)
}

#[tokio::test]
async fn an_admin_without_a_second_factor_reaches_only_the_enrolment() {
    let app = app();
    let (s, body, cookie) = login(&app, "admin", &pw("admin"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["must_enrol_second_factor"], true);
    let (session, csrf) = (
        cookie.unwrap(),
        body["csrf_token"].as_str().unwrap().to_string(),
    );
    let (s, _, text) = send(
        &app,
        req("GET", "/api/v1/users", None, Some(&session), None),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(json_of(&text)["code"], "second_factor_enrolment_required");
    // No API token can be made to get around it.
    let (s, _, _) = send(
        &app,
        req(
            "POST",
            "/api/v1/tokens",
            Some(json!({"scope": "read"})),
            Some(&session),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // A browser is sent to the enrolment page.
    let page = Request::get("/dossiers")
        .header(header::COOKIE, format!("{SESSION_COOKIE}={session}"))
        .header(header::ACCEPT, "text/html")
        .body(Body::empty())
        .unwrap();
    let (_, resp, _) = send(&app, page).await;
    assert_eq!(resp.headers()[header::LOCATION], "/account/second-factor");
    let (_, codes) = enrol(&app, &session, &csrf).await;
    assert_eq!(codes.len(), 10);
    let (s, _, _) = send(
        &app,
        req("GET", "/api/v1/users", None, Some(&session), None),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    // Enrolled once is enrolled: a second enrolment is refused.
    let (s, _, text) = send(
        &app,
        req(
            "POST",
            "/api/v1/session/second-factor",
            None,
            Some(&session),
            Some(&csrf),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{text}");
}

#[tokio::test]
async fn second_factor_required_is_said_only_after_the_password() {
    let app = app();
    let (s, body, _) = login(&app, "eeas.security", "not-the-password", json!({})).await;
    assert_eq!(
        (s, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials"))
    );
    // A code with a wrong password says nothing about the code either.
    let code = code_now(&app, SECRET);
    let (_, body, _) = login(
        &app,
        "eeas.security",
        "not-the-password",
        json!({"code": code}),
    )
    .await;
    assert_eq!(body["code"], "invalid_credentials");
    let (s, body, cookie) = login(&app, "eeas.security", &pw("eeas.security"), json!({})).await;
    assert_eq!(
        (s, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("second_factor_required"))
    );
    assert!(cookie.is_none(), "no session without the code");
    let (s, body, _) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": "000000"}),
    )
    .await;
    assert_eq!(
        (s, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_second_factor"))
    );
    let (s, body, cookie) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": code}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert!(cookie.is_some() && body["second_factor"] == true);
}

#[tokio::test]
async fn a_replayed_code_is_refused() {
    let app = app();
    let code = code_now(&app, SECRET);
    let (s, _, _) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": code}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, body, cookie) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": code}),
    )
    .await;
    assert_eq!(
        (s, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_second_factor"))
    );
    assert!(cookie.is_none());
    // The same code is another account's own (codes are spent per account).
    let (s, _, _) = login(
        &app,
        "eeas.security2",
        &pw("eeas.security2"),
        json!({"code": code}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    // The next step's code works.
    app.clock.advance(Duration::seconds(30));
    let (s, _, _) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": code_now(&app, SECRET)}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn a_recovery_code_works_once() {
    let app = app();
    let (_, body, cookie) = login(&app, "ee.delegate", &pw("ee.delegate"), json!({})).await;
    let (session, csrf) = (
        cookie.unwrap(),
        body["csrf_token"].as_str().unwrap().to_string(),
    );
    // The second factor is optional for a delegate, who may enrol all the same.
    let (_, codes) = enrol(&app, &session, &csrf).await;
    let (s, _, _) = login(
        &app,
        "ee.delegate",
        &pw("ee.delegate"),
        json!({"recovery_code": codes[3].to_uppercase()}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, body, _) = login(
        &app,
        "ee.delegate",
        &pw("ee.delegate"),
        json!({"recovery_code": codes[3]}),
    )
    .await;
    assert_eq!(
        (s, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_second_factor"))
    );
    let (s, _, _) = login(
        &app,
        "ee.delegate",
        &pw("ee.delegate"),
        json!({"recovery_code": codes[4]}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    // Recorded as spent, never shown.
    let used = app
        .store
        .audit(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &entente_store::audit::AuditFilter {
                kinds: vec![
                    "user.recovery_code_used".into(),
                    "user.second_factor_enabled".into(),
                ],
                user: Some(UserId::parse("ee.delegate").unwrap()),
                limit: 10,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(used.len(), 3);
    for e in &used {
        let text = e.payload.to_string();
        assert!(
            !text.contains(&codes[3]) && !text.contains(&totp::recovery_code_hash(&codes[3])),
            "{text}"
        );
    }
    assert!(
        used.iter()
            .any(|e| e.payload["totp_secret"] == "[redacted]")
    );
}

#[tokio::test]
async fn failed_codes_count_towards_the_sign_in_limiter() {
    let app = app();
    for _ in 0..5 {
        let (s, _, _) = login(
            &app,
            "eeas.security",
            &pw("eeas.security"),
            json!({"code": "123456"}),
        )
        .await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
    let (s, _, _) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": code_now(&app, SECRET)}),
    )
    .await;
    assert_eq!(
        s,
        StatusCode::TOO_MANY_REQUESTS,
        "locked, even with the right code"
    );
    let failed = app
        .store
        .audit(
            &Viewer::operator(PartyId::parse("EU").unwrap()),
            &entente_store::audit::AuditFilter {
                kinds: vec!["auth.login_failed".into()],
                limit: 100,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        failed
            .iter()
            .filter(|e| e.payload["reason"] == "bad_second_factor")
            .count(),
        5
    );
}

fn hidden(html: &str, name: &str) -> String {
    let at = html
        .find(&format!("name=\"{name}\" value=\""))
        .unwrap_or_else(|| panic!("{name} in {html}"));
    let rest = &html[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_string()
}

fn form(uri: &str, cookie: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let body = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", v.replace(' ', "+")))
        .collect::<Vec<_>>()
        .join("&");
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap()
}

#[tokio::test]
async fn the_sign_in_form_asks_for_the_code_in_a_second_step() {
    let app = app();
    let (_, resp, _) = send(&app, Request::get("/login").body(Body::empty()).unwrap()).await;
    let csrf = set_cookie(&resp, LOGIN_CSRF_COOKIE).unwrap();
    let cookie = format!("{LOGIN_CSRF_COOKIE}={csrf}");
    let user = "eeas.security";
    let (s, resp, html) = send(
        &app,
        form(
            "/login",
            &cookie,
            &[
                ("user", user),
                ("password", &pw(user)),
                ("csrf", &csrf),
                ("next", "/dossiers"),
            ],
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("action=\"/login/second-factor\""), "{html}");
    assert!(
        set_cookie(&resp, SESSION_COOKIE).is_none(),
        "no session before the code"
    );
    let pending = hidden(&html, "pending");
    let step = |fields: Vec<(&'static str, String)>, cookie: String| {
        let f: Vec<(&str, String)> = fields;
        let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        form("/login/second-factor", &cookie, &pairs)
    };
    let base = |code: &str, pending: &str, csrf: &str| {
        vec![
            ("user", user.to_string()),
            ("pending", pending.to_string()),
            ("csrf", csrf.to_string()),
            ("next", "/dossiers".to_string()),
            ("code", code.to_string()),
        ]
    };
    // A wrong code shows the step again.
    let (s, _, html) = send(&app, step(base("000000", &pending, &csrf), cookie.clone())).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert!(html.contains("action=\"/login/second-factor\""));
    // A forged pending token starts over; so does one from another browser.
    let (_, resp, _) = send(
        &app,
        step(
            base(&code_now(&app, SECRET), "99999999999.abc", &csrf),
            cookie.clone(),
        ),
    )
    .await;
    assert_eq!(resp.headers()[header::LOCATION], "/login?error=expired");
    let other = "a".repeat(64);
    let (_, resp, _) = send(
        &app,
        step(
            base(&code_now(&app, SECRET), &pending, &other),
            format!("{LOGIN_CSRF_COOKIE}={other}"),
        ),
    )
    .await;
    assert_eq!(resp.headers()[header::LOCATION], "/login?error=expired");
    // Without the sign-in CSRF cookie, refused.
    let (s, _, _) = send(
        &app,
        step(
            base(&code_now(&app, SECRET), &pending, &csrf),
            String::new(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // The right code signs in.
    let (s, resp, _) = send(
        &app,
        step(
            base(&code_now(&app, SECRET), &pending, &csrf),
            cookie.clone(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "the right code signs in");
    assert_eq!(resp.headers()[header::LOCATION], "/dossiers");
    assert!(set_cookie(&resp, SESSION_COOKIE).is_some());
    // An expired pending token starts over.
    app.clock.advance(Duration::minutes(6));
    let (_, resp, _) = send(
        &app,
        step(base(&code_now(&app, SECRET), &pending, &csrf), cookie),
    )
    .await;
    assert_eq!(resp.headers()[header::LOCATION], "/login?error=expired");
}

#[tokio::test]
async fn the_enrolment_page_shows_the_secret_and_confirms_by_form() {
    let app = app();
    let (_, body, cookie) = login(&app, "admin", &pw("admin"), json!({})).await;
    let session = cookie.unwrap();
    let csrf = body["csrf_token"].as_str().unwrap().to_string();
    let page = Request::get("/account/second-factor")
        .header(header::COOKIE, format!("{SESSION_COOKIE}={session}"))
        .body(Body::empty())
        .unwrap();
    let (s, _, html) = send(&app, page).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        html.contains("otpauth://totp/entente:admin?secret="),
        "{html}"
    );
    let enrolment = hidden(&html, "enrolment");
    let secret = enrolment.split('.').next().unwrap().to_string();
    let cookie = format!("{SESSION_COOKIE}={session}");
    // A wrong code: the same secret again.
    let (s, _, html) = send(
        &app,
        form(
            "/account/second-factor",
            &cookie,
            &[
                ("csrf", &csrf),
                ("enrolment", &enrolment),
                ("code", "000000"),
            ],
        ),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(hidden(&html, "enrolment"), enrolment);
    // Without the session's CSRF token, refused before anything.
    let (s, _, _) = send(
        &app,
        form(
            "/account/second-factor",
            &cookie,
            &[
                ("enrolment", &enrolment),
                ("code", &code_now(&app, &secret)),
            ],
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, html) = send(
        &app,
        form(
            "/account/second-factor",
            &cookie,
            &[
                ("csrf", &csrf),
                ("enrolment", &enrolment),
                ("code", &code_now(&app, &secret)),
            ],
        ),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{html}");
    assert_eq!(
        html.matches("<li><code>").count(),
        10,
        "ten recovery codes, shown once"
    );
    assert!(
        app.store
            .user(&UserId::parse("admin").unwrap())
            .unwrap()
            .unwrap()
            .second_factor
    );
}

#[tokio::test]
async fn an_enrolment_is_bound_to_its_session() {
    let app = app();
    let (_, b1, c1) = login(&app, "admin", &pw("admin"), json!({})).await;
    let (_, b2, c2) = login(&app, "admin", &pw("admin"), json!({})).await;
    let (c1, c2) = (c1.unwrap(), c2.unwrap());
    let (_, _, text) = send(
        &app,
        req(
            "POST",
            "/api/v1/session/second-factor",
            None,
            Some(&c1),
            b1["csrf_token"].as_str(),
        ),
    )
    .await;
    let e = json_of(&text);
    let code = code_now(&app, e["secret"].as_str().unwrap());
    let (s, _, text) = send(
        &app,
        req(
            "POST",
            "/api/v1/session/second-factor/confirm",
            Some(json!({"enrolment": e["enrolment"], "code": code})),
            Some(&c2),
            b2["csrf_token"].as_str(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(json_of(&text)["code"], "enrolment_expired");
    // A secret the client chose is never accepted: the token signs the server's.
    let forged = format!(
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.{}",
        e["enrolment"].as_str().unwrap().split_once('.').unwrap().1
    );
    let (s, _, _) = send(
        &app,
        req(
            "POST",
            "/api/v1/session/second-factor/confirm",
            Some(json!({"enrolment": forged, "code": code_now(&app, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")})),
            Some(&c1),
            b1["csrf_token"].as_str(),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_security_officer_of_the_party_resets_a_second_factor() {
    let app = app();
    let (_, b, c) = login(
        &app,
        "eeas.security",
        &pw("eeas.security"),
        json!({"code": code_now(&app, SECRET)}),
    )
    .await;
    let (so, so_csrf) = (c.unwrap(), b["csrf_token"].as_str().unwrap().to_string());
    app.clock.advance(Duration::seconds(30));
    let (_, b, c) = login(
        &app,
        "de.security",
        &pw("de.security"),
        json!({"code": code_now(&app, SECRET)}),
    )
    .await;
    let (de, de_csrf) = (c.unwrap(), b["csrf_token"].as_str().unwrap().to_string());
    app.clock.advance(Duration::seconds(30));
    let (_, _, c2) = login(
        &app,
        "eeas.security2",
        &pw("eeas.security2"),
        json!({"code": code_now(&app, SECRET)}),
    )
    .await;
    let target = c2.unwrap();
    let reset = |cookie: &str, csrf: &str, user: &str| {
        req(
            "POST",
            &format!("/api/v1/users/{user}/second-factor/reset"),
            None,
            Some(cookie),
            Some(csrf),
        )
    };
    // Not another party's officer, and not oneself.
    let (s, _, _) = send(&app, reset(&de, &de_csrf, "eeas.security2")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, _) = send(&app, reset(&so, &so_csrf, "eeas.security")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, text) = send(&app, reset(&so, &so_csrf, "eeas.security2")).await;
    assert_eq!(s, StatusCode::NO_CONTENT, "{text}");
    // Its sessions ended; the password alone now opens a session restricted to enrolment.
    let (s, _, _) = send(
        &app,
        req("GET", "/api/v1/session", None, Some(&target), None),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, body, _) = login(&app, "eeas.security2", &pw("eeas.security2"), json!({})).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(body["must_enrol_second_factor"], true);
}
