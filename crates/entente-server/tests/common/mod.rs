//! What the server's test files share: a store in a temporary data directory on a fixed clock,
//! parties, accounts with API tokens, the test authenticator (`x-test-user: user party roles`),
//! requests as a reader (header, bearer token, session cookie with its CSRF token), sign-in
//! through the API, and answers read whole. Each test file is its own crate and uses a part of
//! it, hence `allow(dead_code)`.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Request, StatusCode, header};
use chrono::{DateTime, TimeZone, Utc};
use entente_core::account::{Role, TokenCreated, TokenScope, UserCreated, parse_roles};
use entente_core::dossier::DossierFacts;
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::{Classification, Lang, LocalizedText, PartyId, UserId, Viewer};
use entente_server::auth::{Authenticator, Credential, SESSION_COOKIE, Session};
use entente_server::password::{self, Strength};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

/// The time every test world starts at, unless it says otherwise.
pub fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
        .single()
        .expect("a valid time")
}

/// A temporary directory, in memory (`/dev/shm`) where there is one.
pub fn tmp() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(d) = tempfile::tempdir_in(shm)
    {
        return d;
    }
    tempfile::tempdir().expect("a temporary directory")
}

/// A store in a temporary data directory, on a fixed clock.
pub struct TestStore {
    pub store: Arc<dyn Store>,
    pub clock: Arc<FixedClock>,
    pub dir: tempfile::TempDir,
}

/// A new store whose clock reads `at`.
pub fn store_at(at: DateTime<Utc>) -> TestStore {
    let dir = tmp();
    let clock = Arc::new(FixedClock::new(at));
    let store: Arc<dyn Store> = Arc::new(
        SqliteStore::open(dir.path(), clock.clone(), Options::default()).expect("a store"),
    );
    TestStore { store, clock, dir }
}

/// A new store at [`start`].
pub fn store() -> TestStore {
    store_at(start())
}

/// The instance at its console (registers parties, creates accounts).
pub fn operator() -> Viewer {
    Viewer::operator(PartyId::parse("EU").expect("EU"))
}

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
pub fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(Role::Operator);
    v
}

/// The roles a test account holds, from its name: chairs chair (and speak as delegates),
/// analysts analyse, delegates speak for their party; anyone else does both of the latter.
pub fn test_roles(user: &UserId) -> BTreeSet<Role> {
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

/// A reader of `party` cleared to SECRET UE, with the roles its name gives ([`test_roles`]).
pub fn person(user: &str, party: &str) -> Viewer {
    let user = UserId::parse(user).expect("a user name");
    Viewer {
        roles: test_roles(&user),
        user,
        party: PartyId::parse(party).expect("a party"),
        clearance: Some(Classification::SecretUe),
    }
}

/// A dossier's facts with an English title and nothing else.
pub fn facts(title: &str) -> DossierFacts {
    DossierFacts {
        title: LocalizedText::single(Lang::En, title),
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    }
}

/// Registers each party (the store refuses accounts of unknown parties).
pub fn register_parties(store: &dyn Store, parties: &[&str]) {
    let op = entente_store::actor_of(&operator());
    for p in parties {
        store
            .register_party(
                &op,
                PartyRegistered {
                    id: PartyId::parse(p).expect("a party"),
                    kind: PartyKind::MemberState,
                    name: LocalizedText::single(Lang::En, *p),
                },
            )
            .expect("registered");
    }
}

/// The second factor of every test account that must have one (administrators and security
/// officers, issue 11 item 8): without one, their tokens read as the public's.
pub const TOTP_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// Creates the account of `v` (its party, roles and clearance) as the operator, with
/// `password` hashed with the demo's (fast) parameters, and [`TOTP_SECRET`] as its second
/// factor when its roles require one.
pub fn create_account(store: &dyn Store, v: &Viewer, password: &str) {
    store
        .create_user(
            &operator(),
            UserCreated {
                user: v.user.clone(),
                party: v.party.clone(),
                roles: v.roles.clone(),
                clearance: v.clearance,
                password_hash: password::hash(password, Strength::Demo).expect("a hash"),
            },
        )
        .expect("an account");
    if entente_core::totp::required_for(&v.roles) {
        store
            .enable_second_factor(&operator(), &v.user, TOTP_SECRET.into(), None, vec![])
            .expect("a second factor");
    }
}

/// Gives `v` an API token `token` with id `id`.
pub fn create_token(store: &dyn Store, v: &Viewer, id: &str, token: &str, scope: TokenScope) {
    store
        .create_token(
            v,
            TokenCreated {
                id: id.into(),
                user: v.user.clone(),
                scope,
                token_hash: password::token_hash(token),
                label: None,
                expires_at: None,
            },
        )
        .expect("a token");
}

/// The test authenticator: the caller is given by the header `x-test-user: user party roles`,
/// cleared to SECRET UE, with a read-write bearer credential (no CSRF).
pub struct HeaderAuth;

impl Authenticator for HeaderAuth {
    fn session(&self, parts: &Parts) -> Option<Session> {
        let h = parts.headers.get("x-test-user")?.to_str().ok()?;
        let mut it = h.split_whitespace();
        let (user, party, roles) = (it.next()?, it.next()?, it.next()?);
        Some(Session {
            viewer: Viewer {
                user: UserId::parse(user).ok()?,
                party: PartyId::parse(party).ok()?,
                clearance: Some(Classification::SecretUe),
                roles: parse_roles(roles).ok()?,
            },
            must_change_password: false,
            must_enrol_second_factor: false,
            credential: Credential::Bearer {
                token_id: "test".into(),
                scope: TokenScope::ReadWrite,
            },
        })
    }
}

/// Who sends a request.
#[derive(Clone, Copy, Debug)]
pub enum Who<'a> {
    /// No credentials.
    Nobody,
    /// The test authenticator's header ([`HeaderAuth`]).
    Header(&'a str),
    /// An API token.
    Bearer(&'a str),
    /// A session cookie, with the CSRF token for unsafe methods.
    Session {
        cookie: &'a str,
        csrf: Option<&'a str>,
    },
}

/// A request with a JSON body (or none).
pub fn request(method: &str, uri: &str, who: Who<'_>, body: Option<Value>) -> Request<Body> {
    let mut b = Request::builder().method(method).uri(uri);
    b = match who {
        Who::Nobody => b,
        Who::Header(h) => b.header("x-test-user", h),
        Who::Bearer(t) => b.header(header::AUTHORIZATION, format!("Bearer {t}")),
        Who::Session { cookie, csrf } => {
            let b = b.header(header::COOKIE, format!("{SESSION_COOKIE}={cookie}"));
            match csrf {
                Some(t) => b.header("x-csrf-token", t),
                None => b,
            }
        }
    };
    match body {
        Some(v) => b
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(v.to_string()))
            .expect("a request"),
        None => b.body(Body::empty()).expect("a request"),
    }
}

/// An answer, read whole.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as JSON (`Null` when it is not JSON).
    pub body: Value,
    pub text: String,
}

impl Answer {
    /// The answer's headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

/// Sends `req` through `router` and reads the whole answer.
pub async fn send(router: &Router, req: Request<Body>) -> Answer {
    let resp = router.clone().oneshot(req).await.expect("an answer");
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = axum::body::to_bytes(resp.into_body(), 8 << 20)
        .await
        .expect("a body");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Answer {
        status,
        headers,
        body: serde_json::from_str(&text).unwrap_or(Value::Null),
        text,
    }
}

/// Sends a JSON request and reads the answer.
pub async fn call(
    router: &Router,
    method: &str,
    uri: &str,
    who: Who<'_>,
    body: Option<Value>,
) -> Answer {
    send(router, request(method, uri, who, body)).await
}

/// Signs in through the JSON API (with a second-factor `code` when the account has one);
/// returns (session token, CSRF token) and checks the cookie's flags.
pub async fn sign_in(
    router: &Router,
    user: &str,
    password: &str,
    code: Option<&str>,
) -> (String, String) {
    let mut body = json!({"user": user, "password": password});
    if let Some(c) = code {
        body["code"] = json!(c);
    }
    let a = call(router, "POST", "/api/v1/session", Who::Nobody, Some(body)).await;
    assert_eq!(a.status, StatusCode::OK, "sign-in of {user}: {}", a.text);
    let set = a
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(SESSION_COOKIE))
        .expect("a session cookie")
        .to_string();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"));
    let token = set
        .split(';')
        .next()
        .and_then(|kv| kv.split_once('='))
        .map(|(_, v)| v.to_string())
        .expect("a cookie value");
    let csrf = a.body["csrf_token"]
        .as_str()
        .expect("a CSRF token")
        .to_string();
    (token, csrf)
}
