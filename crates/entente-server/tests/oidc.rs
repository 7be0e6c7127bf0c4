//! Single sign-on against a real OpenID Provider: the certified `oidc-provider` package on
//! loopback (`tests/oidc/provider.mjs`), through the whole authorization code flow with PKCE:
//! a mapped user gets an account and a session, an unmapped one a refusal on record, and
//! forged, wrongly addressed, expired and re-signed (new key) ID tokens, replayed codes, used
//! states and another browser's callbacks are refused.
//!
//! Ignored by `cargo test`: `scripts/oidc-tests` installs the provider (npm), starts it and runs
//! these with `--ignored --test-threads=1` (the provider's bad-token mode is shared).
//! Environment: `ENTENTE_OIDC_ISSUER` (e.g. `http://127.0.0.1:4455`).

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use chrono::{Duration, Utc};
use common::operator;
use entente_core::account::{UserCreated, parse_roles};
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::signon::SignOnRule;
use entente_core::{Classification, LocalizedText, PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, SESSION_COOKIE, StoreAuth};
use entente_server::oidc::{OidcConfig, Provider, STATE_COOKIE};
use entente_store::audit::AuditFilter;
use entente_store::{FixedClock, Store};
use serde_json::Value;
use tower::ServiceExt;

const REDIRECT: &str = "http://127.0.0.1:8080/login/oidc/callback";

fn issuer() -> String {
    std::env::var("ENTENTE_OIDC_ISSUER").unwrap_or_else(|_| "http://127.0.0.1:4455".into())
}

struct App {
    router: Router,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

/// An instance whose LV security officer maps the provider's group `cert-lv` to LV analysts
/// (up to RESTREINT UE) and verified `mfa.lv.example` addresses to LV delegates.
fn app(client_id: &str, secret: &str) -> App {
    // The ID tokens carry the provider's real time.
    let common::TestStore { store, clock, dir } = common::store_at(Utc::now());
    for p in ["LV", "DE", "EU"] {
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
    store
        .create_user(
            &operator(),
            UserCreated {
                user: UserId::parse("lv.security").unwrap(),
                party: PartyId::parse("LV").unwrap(),
                roles: parse_roles("security_officer").unwrap(),
                clearance: None,
                password_hash: "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"
                    .into(),
            },
        )
        .unwrap();
    let officer = Viewer {
        user: UserId::parse("lv.security").unwrap(),
        party: PartyId::parse("LV").unwrap(),
        clearance: None,
        roles: parse_roles("security_officer").unwrap(),
    };
    for (id, claim, value, roles) in [
        ("lv-cert", "groups", "cert-lv", "analyst"),
        ("lv-mfa", "email_domain", "mfa.lv.example", "delegate"),
    ] {
        store
            .set_signon_rule(
                &officer,
                SignOnRule {
                    id: id.into(),
                    party: PartyId::parse("LV").unwrap(),
                    claim: claim.into(),
                    value: value.into(),
                    roles: parse_roles(roles).unwrap(),
                    clearance: Some(Classification::RestreintUe),
                    clearance_claim: None,
                },
            )
            .unwrap();
    }
    let provider = Provider::new(
        OidcConfig {
            issuer: issuer(),
            client_id: client_id.into(),
            client_secret: secret.into(),
            redirect_uri: REDIRECT.into(),
            display_name: "Test IdP".into(),
            scopes: "openid email profile groups".into(),
            ca_pem: None,
        },
        clock.clone(),
    )
    .unwrap();
    let auth = StoreAuth::new(store.clone(), clock.clone(), AuthConfig::default())
        .with_oidc(Arc::new(provider));
    let state = AppState::new(store.clone(), Arc::new(auth));
    App {
        router: entente_server::router(state),
        store,
        clock,
        _dir: dir,
    }
}

fn rs_app() -> App {
    app("entente", "entente-test-secret")
}

async fn send(app: &App, req: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let resp = app.router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let (parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, 4 << 20).await.unwrap();
    (
        status,
        parts.headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn cookie_of(h: &HeaderMap, name: &str) -> Option<String> {
    h.get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, v)| *k == name && !v.is_empty())
        .map(|(_, v)| v.to_string())
}

/// A browser at the provider: follows nothing by itself, keeps the provider's cookies.
struct Browser {
    agent: ureq::Agent,
    jar: BTreeMap<String, String>,
}

impl Browser {
    fn new() -> Self {
        Browser {
            agent: ureq::Agent::config_builder()
                .max_redirects(0)
                .http_status_as_error(false)
                .build()
                .into(),
            jar: BTreeMap::new(),
        }
    }

    /// GET `url`; returns the status and the absolute `Location`.
    fn get(&mut self, url: &str) -> (u16, String) {
        let cookies: Vec<String> = self.jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut r = self.agent.get(url);
        if !cookies.is_empty() {
            r = r.header("Cookie", &cookies.join("; "));
        }
        let mut resp = r.call().unwrap_or_else(|e| panic!("GET {url}: {e}"));
        for v in resp.headers().get_all("set-cookie") {
            if let Some((k, v)) = v
                .to_str()
                .ok()
                .and_then(|s| s.split(';').next())
                .and_then(|kv| kv.split_once('='))
            {
                self.jar.insert(k.to_string(), v.to_string());
            }
        }
        let status = resp.status().as_u16();
        let loc = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        if loc.is_empty() {
            let body = resp.body_mut().read_to_string().unwrap_or_default();
            panic!("GET {url} answered {status} without a redirect: {body}");
        }
        let loc = if loc.starts_with('/') {
            format!("{}{loc}", issuer())
        } else {
            loc
        };
        (status, loc)
    }
}

/// The provider's bad-token mode: `normal`, `forged`, `wrong-audience`, `expired`, `rotate`.
fn mode(m: &str) {
    let agent: ureq::Agent = ureq::Agent::config_builder().build().into();
    agent
        .post(&format!("{}/__test/mode?set={m}", issuer()))
        .send_empty()
        .unwrap_or_else(|e| panic!("the provider's control endpoint: {e}"));
}

/// Starts a sign-in at entente: (the provider's authorization URL, the browser cookie).
async fn start(app: &App) -> (String, String) {
    let (s, h, body) = send(
        app,
        Request::get("/login/oidc?next=/dossiers")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let url = h[header::LOCATION].to_str().unwrap().to_string();
    assert!(url.contains("code_challenge_method=S256") && url.contains("nonce="));
    (url, cookie_of(&h, STATE_COOKIE).unwrap())
}

/// Signs `user` in at the provider; returns the callback URL it redirects to.
fn at_provider(auth_url: &str, user: &str) -> String {
    let mut b = Browser::new();
    let (_, interaction) = b.get(auth_url);
    assert!(interaction.contains("/interaction/"), "{interaction}");
    let (_, resume) = b.get(&format!("{interaction}?user={user}"));
    let (_, callback) = b.get(&resume);
    assert!(callback.starts_with(REDIRECT), "{callback}");
    callback
}

/// Delivers the provider's redirect to entente's callback, with the browser cookie.
async fn callback(app: &App, url: &str, browser: Option<&str>) -> (StatusCode, HeaderMap, String) {
    let path = &url[url.find("/login/oidc/callback").unwrap()..];
    let mut r = Request::get(path);
    if let Some(b) = browser {
        r = r.header(header::COOKIE, format!("{STATE_COOKIE}={b}"));
    }
    send(app, r.body(Body::empty()).unwrap()).await
}

async fn sign_in(app: &App, user: &str) -> (StatusCode, HeaderMap, String) {
    let (url, browser) = start(app).await;
    let cb = tokio::task::spawn_blocking({
        let user = user.to_string();
        move || at_provider(&url, &user)
    })
    .await
    .unwrap();
    callback(app, &cb, Some(&browser)).await
}

async fn whoami(app: &App, session: &str) -> Value {
    let (s, _, body) = send(
        app,
        Request::get("/api/v1/session")
            .header(header::COOKIE, format!("{SESSION_COOKIE}={session}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

fn audit(app: &App, kind: &str) -> Vec<Value> {
    app.store
        .audit(
            &operator(),
            &AuditFilter {
                kinds: vec![kind.into()],
                limit: 100,
                ..Default::default()
            },
        )
        .unwrap()
        .into_iter()
        .map(|e| e.payload)
        .collect()
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn a_mapped_user_signs_in_and_gets_an_account_by_the_rules() {
    mode("normal");
    let app = rs_app();
    let (s, h, body) = sign_in(&app, "anna").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert!(
        body.contains("http-equiv=\"refresh\" content=\"0; url=/dossiers\""),
        "{body}"
    );
    let session = cookie_of(&h, SESSION_COOKIE).expect("a session cookie");
    let me = whoami(&app, &session).await;
    assert_eq!(me["party"], "LV");
    assert_eq!(me["roles"], serde_json::json!(["analyst"]));
    assert!(me["user"].as_str().unwrap().starts_with("sso."));
    let fed = audit(&app, "user.federated");
    assert_eq!(fed.len(), 1);
    assert_eq!(fed[0]["email"], "anna.berzina@cert.lv.example");
    assert_eq!(fed[0]["rules"], serde_json::json!(["lv-cert"]));
    // The same person again: the same account, nothing new to record.
    let (s, _, _) = sign_in(&app, "anna").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(audit(&app, "user.federated").len(), 1);
    assert_eq!(audit(&app, "auth.login_succeeded").len(), 2);
    // A verified address of a mapped domain (the claim comes from UserInfo).
    let (s, h, body) = sign_in(&app, "ieva").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let me = whoami(&app, &cookie_of(&h, SESSION_COOKIE).unwrap()).await;
    assert_eq!(me["roles"], serde_json::json!(["delegate"]));
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn an_es256_id_token_verifies_too() {
    mode("normal");
    let app = app("entente-es", "entente-es-test-secret");
    let (s, h, body) = sign_in(&app, "anna").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert!(cookie_of(&h, SESSION_COOKIE).is_some());
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn an_unmapped_user_gets_no_access_and_an_audit_event() {
    mode("normal");
    let app = rs_app();
    let (s, h, body) = sign_in(&app, "mallory").await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{body}");
    assert!(body.contains("id=\"sso-refused\""), "{body}");
    assert!(body.contains("no rule of this instance"), "{body}");
    assert!(cookie_of(&h, SESSION_COOKIE).is_none());
    let refused = audit(&app, "auth.sso_refused");
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["reason"], "unmapped");
    assert_eq!(refused[0]["email"], "mallory@elsewhere.example");
    assert!(app.store.users().unwrap().iter().all(|u| !u.federated));
}

async fn refused_with(m: &str, why: &str) {
    mode(m);
    let app = rs_app();
    let (s, h, body) = sign_in(&app, "anna").await;
    mode("normal");
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{m}: {body}");
    assert!(body.contains(why), "{m}: expected {why:?} in {body}");
    assert!(cookie_of(&h, SESSION_COOKIE).is_none(), "{m}: no session");
    assert!(
        app.store.users().unwrap().iter().all(|u| !u.federated),
        "{m}: no account"
    );
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn a_forged_signature_is_refused() {
    refused_with("forged", "signature does not verify").await;
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn a_token_for_another_audience_is_refused() {
    refused_with("wrong-audience", "audience").await;
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn an_expired_token_is_refused() {
    refused_with("expired", "expired").await;
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn a_replayed_code_or_state_is_refused() {
    mode("normal");
    let app = rs_app();
    let (url, browser) = start(&app).await;
    let cb = tokio::task::spawn_blocking(move || at_provider(&url, "anna"))
        .await
        .unwrap();
    let (s, _, _) = callback(&app, &cb, Some(&browser)).await;
    assert_eq!(s, StatusCode::OK);
    // The same answer again: its state was used.
    let (s, _, body) = callback(&app, &cb, Some(&browser)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.contains("start it again"), "{body}");
    // The same code under a fresh state of this browser: the provider refuses a code used
    // once (RFC 6749 §4.1.2), so the token endpoint answers invalid_grant.
    let code = cb.split("code=").nth(1).unwrap().split('&').next().unwrap();
    let (url3, browser3) = start(&app).await;
    let state3 = url3
        .split("state=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let replay = format!("{REDIRECT}?code={code}&state={state3}");
    let (s, _, body) = callback(&app, &replay, Some(&browser3)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.contains("token endpoint"), "{body}");
    assert_eq!(audit(&app, "auth.login_succeeded").len(), 1);
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn a_callback_from_another_browser_is_refused() {
    mode("normal");
    let app = rs_app();
    let (url, _browser) = start(&app).await;
    let cb = tokio::task::spawn_blocking(move || at_provider(&url, "anna"))
        .await
        .unwrap();
    let (s, h, body) = callback(&app, &cb, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
    assert!(cookie_of(&h, SESSION_COOKIE).is_none());
    let (s, _, _) = callback(&app, &cb, Some("another-browsers-cookie")).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
#[ignore = "needs the OpenID provider of scripts/oidc-tests"]
async fn a_rotated_key_is_fetched_once_the_cache_may_be_refreshed() {
    mode("normal");
    let app = rs_app();
    let (s, _, _) = sign_in(&app, "anna").await;
    assert_eq!(s, StatusCode::OK);
    // Signed with a key the cached set lacks, just after the set was read: not fetched again
    // at once (a made-up kid cannot make entente hammer the provider).
    mode("rotate");
    let (s, _, body) = sign_in(&app, "anna").await;
    assert_eq!(s, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.contains("kid not in its JWKS"), "{body}");
    app.clock.advance(Duration::seconds(31));
    let (s, _, body) = sign_in(&app, "anna").await;
    mode("normal");
    assert_eq!(s, StatusCode::OK, "{body}");
}
