//! Who is asking: the extractors that turn a request's credentials into a [`Viewer`], the
//! [`Authenticator`] backed by the store ([`StoreAuth`]), and CSRF protection.
//!
//! **Deny by default (F20).** A request without valid credentials (none, an expired or closed
//! session, a revoked or expired token, a disabled account) reaches only the surfaces listed in
//! [`PUBLIC_SURFACES`]; everything else answers 401 (API) or sends the browser to the sign-in
//! page. An operator who publishes TLP:CLEAR material turns on `--public-read`, and then such a
//! request reads as [`Viewer::public`] (TLP:CLEAR only) on safe methods.
//!
//! **Credentials.** A session cookie [`SESSION_COOKIE`] (HttpOnly, SameSite=Strict, Secure
//! behind TLS) holding a random 256-bit token, or `Authorization: Bearer <API token>`. The log
//! records only SHA-256 of either.
//!
//! **CSRF.** Unsafe requests (POST, PUT, PATCH, DELETE) authenticated by the session cookie
//! must carry the session's CSRF token ([`csrf_token_for`]) in the header [`CSRF_HEADER`] or,
//! for `application/x-www-form-urlencoded` forms, the field [`CSRF_FIELD`]; otherwise they are
//! refused with 403 `csrf_failed` by [`guard`]. Bearer requests need none (a browser never
//! adds that header by itself). The sign-in form, which has no session yet, uses a
//! double-submit pre-session cookie [`LOGIN_CSRF_COOKIE`] ([`login_csrf`]).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use entente_core::Viewer;
use entente_core::account::{Role, TokenScope};
use entente_store::{Clock, Store};

use crate::AppState;
use crate::error::ApiError;
use crate::password;
use crate::ratelimit::Limiter;

/// The session cookie.
pub const SESSION_COOKIE: &str = "entente_session";
/// The pre-session cookie of the sign-in form (double-submit CSRF).
pub const LOGIN_CSRF_COOKIE: &str = "entente_login_csrf";
/// The header that carries the CSRF token of `fetch` requests.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The form field that carries the CSRF token of HTML forms.
pub const CSRF_FIELD: &str = "csrf";

/// How a request proved who it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// The session cookie; `session` is the SHA-256 of its token.
    Cookie { session: String },
    /// An API token.
    Bearer { token_id: String, scope: TokenScope },
    /// HTTP Basic with the account's password (TAXII routes only; TAXII 2.1, "Authentication and
    /// Authorization", makes HTTP Basic the scheme every TAXII server and client supports).
    /// Basic with an API token as the password reads as [`Credential::Bearer`].
    Basic { user: String },
}

/// A signed-in caller: the viewer the store filters and authorises by (with the account's
/// roles), and the credential used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub viewer: Viewer,
    pub credential: Credential,
    /// The account's password was reset by someone else: until the user chooses a new one,
    /// the session reaches only [`PASSWORD_CHANGE_SURFACES`].
    pub must_change_password: bool,
    /// The account must have a second factor (admin, security officer) and has none: until it
    /// enrols one, the session reaches only [`SECOND_FACTOR_SURFACES`].
    pub must_enrol_second_factor: bool,
}

impl Session {
    pub fn has_role(&self, r: Role) -> bool {
        self.viewer.has_role(r)
    }
}

/// What a request without an account may reach, whatever the instance's settings: health
/// (without counts), sign-in, the language switch, the stylesheet and script, and the API's
/// description. `docs/operations.md` lists them.
pub const PUBLIC_SURFACES: &[(&str, &str)] = &[
    ("GET", "/healthz"),
    ("GET", "/login"),
    ("POST", "/login"),
    ("POST", "/login/second-factor"),
    ("GET", "/login/oidc"),
    ("GET", "/login/oidc/callback"),
    ("POST", "/api/v1/session"),
    ("GET", "/lang/"),
    ("GET", "/static/"),
    ("GET", "/api/v1/openapi.json"),
];

/// What a session that must change its password may reach (besides [`PUBLIC_SURFACES`]).
pub const PASSWORD_CHANGE_SURFACES: &[(&str, &str)] = &[
    ("GET", "/api/v1/session"),
    ("DELETE", "/api/v1/session"),
    ("PUT", "/api/v1/session/password"),
    ("GET", "/account/password"),
    ("POST", "/account/password"),
    ("POST", "/logout"),
];

/// What a session that must enrol a second factor may reach (besides [`PUBLIC_SURFACES`]): the
/// enrolment, who it is, and signing out.
pub const SECOND_FACTOR_SURFACES: &[(&str, &str)] = &[
    ("GET", "/api/v1/session"),
    ("DELETE", "/api/v1/session"),
    ("POST", "/api/v1/session/second-factor"),
    ("POST", "/api/v1/session/second-factor/confirm"),
    ("GET", "/account/second-factor"),
    ("POST", "/account/second-factor"),
    ("POST", "/logout"),
];

fn listed(list: &[(&str, &str)], method: &Method, path: &str) -> bool {
    list.iter().any(|(m, p)| {
        (*m == method.as_str() || (*m == "GET" && method == Method::HEAD))
            && (path == *p || (p.ends_with('/') && path.starts_with(p)))
    })
}

/// Does `path` need no account (see [`PUBLIC_SURFACES`])?
pub fn is_public_surface(method: &Method, path: &str) -> bool {
    listed(PUBLIC_SURFACES, method, path)
}

/// Resolves credentials carried by a request (session cookie, API token) to a caller.
/// Implement [`Authenticator::session`]; `authenticate` follows from it.
pub trait Authenticator: Send + Sync + 'static {
    fn session(&self, _parts: &Parts) -> Option<Session> {
        None
    }
    fn authenticate(&self, parts: &Parts) -> Option<Viewer> {
        self.session(parts).map(|s| s.viewer)
    }
    /// The account machinery behind sign-in routes, when this authenticator has one.
    fn accounts(&self) -> Option<&StoreAuth> {
        None
    }
}

/// Accepts no credentials: everyone reads as the public.
pub struct NoAuth;

impl Authenticator for NoAuth {}

/// The caller as resolved once per request by [`guard`] (absent when the guard did not run).
#[derive(Clone, Debug)]
struct Identified(Option<Session>);

fn identify(parts: &Parts, state: &AppState) -> Option<Session> {
    match parts.extensions.get::<Identified>() {
        Some(Identified(s)) => s.clone(),
        None => state.auth.session(parts),
    }
}

/// The viewer of the current request.
pub struct Reader(pub Viewer);

impl FromRequestParts<Arc<AppState>> for Reader {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        Ok(Reader(
            identify(parts, state)
                .map(|s| s.viewer)
                .unwrap_or_else(Viewer::public),
        ))
    }
}

/// The signed-in caller, or `None` for the public.
pub struct Caller(pub Option<Session>);

impl FromRequestParts<Arc<AppState>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        Ok(Caller(identify(parts, state)))
    }
}

fn unauthenticated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "sign in or send an API token (Authorization: Bearer ...) to make changes",
    )
}

/// Writes need a signed-in member of the community.
pub fn require_member(viewer: &Viewer) -> Result<(), ApiError> {
    if viewer.is_public() {
        return Err(unauthenticated());
    }
    Ok(())
}

/// The caller must be signed in (401) and hold `role` (403).
pub fn require_role(caller: &Option<Session>, role: Role) -> Result<&Session, ApiError> {
    let s = caller.as_ref().ok_or_else(unauthenticated)?;
    if !s.has_role(role) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!("this needs the {role} role"),
        ));
    }
    Ok(s)
}

/// The caller must be signed in (401).
pub fn require_session(caller: &Option<Session>) -> Result<&Session, ApiError> {
    caller.as_ref().ok_or_else(unauthenticated)
}

// ---- cookies and CSRF ----

/// The value of cookie `name` in the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// `Authorization: Basic base64(user:secret)` (RFC 7617), decoded.
pub fn basic(headers: &HeaderMap) -> Option<(String, String)> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, b64) = v.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let raw = base64_decode(b64.trim())?;
    let text = String::from_utf8(raw).ok()?;
    let (u, p) = text.split_once(':')?;
    Some((u.to_string(), p.to_string()))
}

/// Standard base64 (RFC 4648 §4, with or without padding); `None` on anything else.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    fn val(c: u8) -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    }
    let s = s.trim_end_matches('=');
    if s.len() > 8192 || s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    for chunk in s.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= val(*c)? << (18 - 6 * i);
        }
        out.push((n >> 16) as u8);
        if chunk.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if chunk.len() > 3 {
            out.push(n as u8);
        }
    }
    Some(out)
}

/// Standard base64 with padding (for the TAXII client's Basic credentials).
pub fn base64_encode(b: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(b.len().div_ceil(3) * 4);
    for chunk in b.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// The CSRF token of the session cookie in `headers`: HMAC-SHA-256 keyed by the session token
/// (so it cannot be derived from the log, which holds only the token's SHA-256). Put it in
/// forms as the hidden field `csrf`, or send it as the header `X-CSRF-Token`. `None` when the
/// request carries no session cookie.
pub fn csrf_token_for(headers: &HeaderMap) -> Option<String> {
    let token = cookie(headers, SESSION_COOKIE).filter(|t| !t.is_empty())?;
    Some(password::hmac_sha256(token.as_bytes(), b"entente-csrf-v1"))
}

/// The CSRF token of the sign-in form and, when the browser has none yet, the `Set-Cookie`
/// value that gives it one. The form posts it back in the field `csrf`; `POST /login` accepts
/// it only if it equals the cookie.
pub struct LoginCsrf {
    pub token: String,
    pub set_cookie: Option<HeaderValue>,
}

fn well_formed(t: &str) -> bool {
    t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// See [`LoginCsrf`]. `secure`: add the `Secure` attribute (behind TLS).
pub fn login_csrf(headers: &HeaderMap, secure: bool) -> LoginCsrf {
    if let Some(t) = cookie(headers, LOGIN_CSRF_COOKIE).filter(|t| well_formed(t)) {
        return LoginCsrf {
            token: t.to_string(),
            set_cookie: None,
        };
    }
    let Ok(token) = password::random_token("") else {
        return LoginCsrf {
            token: String::new(),
            set_cookie: None,
        };
    };
    let set_cookie = HeaderValue::from_str(&format!(
        "{LOGIN_CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600{}",
        if secure { "; Secure" } else { "" }
    ))
    .ok();
    LoginCsrf { token, set_cookie }
}

/// Does the sign-in form's `csrf` field match its pre-session cookie?
pub fn login_csrf_ok(headers: &HeaderMap, field: &str) -> bool {
    cookie(headers, LOGIN_CSRF_COOKIE)
        .is_some_and(|c| well_formed(c) && password::constant_time_eq(c, field))
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    url_decoded_pairs(body)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// Decodes `application/x-www-form-urlencoded` pairs as the WHATWG URL standard says (and as
/// browsers encode forms): split at `&`, then at the first `=`, `+` as a space, `%XX` escapes
/// decoded to bytes, and only then the bytes read as UTF-8 (invalid sequences become U+FFFD).
pub fn url_decoded_pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn csrf_failed() -> Response {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "csrf_failed",
        "this request needs the CSRF token of your session (header X-CSRF-Token or form field csrf); reload the page and try again",
    )
    .into_response()
}

/// Middleware: identifies the caller once per request and enforces CSRF for cookie-
/// authenticated unsafe requests and read-only scopes for API tokens.
pub async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let session = {
        let auth = st.auth.clone();
        let p = parts.clone();
        // The store read is quick, but it is still IO: keep it off the async workers.
        match tokio::task::spawn_blocking(move || auth.session(&p)).await {
            Ok(s) => s,
            Err(_) => return tokio_join_failed().into_response(),
        }
    };
    parts.extensions.insert(Identified(session.clone()));
    let path = parts.uri.path().to_string();
    match &session {
        None if !(is_public_surface(&parts.method, &path)
            || st.public_read && matches!(parts.method, Method::GET | Method::HEAD)) =>
        {
            return unauthenticated_response(&parts);
        }
        Some(s)
            if s.must_change_password
                && !is_public_surface(&parts.method, &path)
                && !listed(PASSWORD_CHANGE_SURFACES, &parts.method, &path) =>
        {
            return password_change_required(&parts);
        }
        Some(s)
            if s.must_enrol_second_factor
                && !is_public_surface(&parts.method, &path)
                && !listed(SECOND_FACTOR_SURFACES, &parts.method, &path) =>
        {
            return second_factor_enrolment_required(&parts);
        }
        _ => {}
    }
    // The sign-in forms carry their own (pre-session) CSRF token, checked by their handlers.
    let unsafe_method = !matches!(
        parts.method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    ) && !matches!(parts.uri.path(), "/login" | "/login/second-factor");
    let mut body = body;
    if unsafe_method && let Some(s) = &session {
        match &s.credential {
            Credential::Bearer { scope, .. } => {
                if *scope == TokenScope::Read {
                    return ApiError::new(
                        StatusCode::FORBIDDEN,
                        "token_read_only",
                        "this API token has the read scope; create a read-write token to make changes",
                    )
                    .into_response();
                }
            }
            Credential::Basic { .. } => {}
            Credential::Cookie { .. } => {
                let expected = csrf_token_for(&parts.headers).unwrap_or_default();
                let header_ok = parts
                    .headers
                    .get(CSRF_HEADER)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| password::constant_time_eq(v, &expected));
                if !header_ok {
                    let is_form = parts
                        .headers
                        .get(header::CONTENT_TYPE)
                        .and_then(|v| v.to_str().ok())
                        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
                    if !is_form {
                        return csrf_failed();
                    }
                    let bytes = match axum::body::to_bytes(body, crate::MAX_BODY).await {
                        Ok(b) => b,
                        Err(_) => {
                            return ApiError::new(
                                StatusCode::PAYLOAD_TOO_LARGE,
                                "payload_too_large",
                                format!(
                                    "the request body is larger than {} bytes",
                                    crate::MAX_BODY
                                ),
                            )
                            .into_response();
                        }
                    };
                    let field_ok = form_field(&bytes, CSRF_FIELD)
                        .is_some_and(|v| password::constant_time_eq(&v, &expected));
                    if !field_ok {
                        return csrf_failed();
                    }
                    body = Body::from(bytes);
                }
            }
        }
    }
    next.run(Request::from_parts(parts, body)).await
}

fn wants_html(parts: &Parts) -> bool {
    !parts.uri.path().starts_with("/api/")
        && parts
            .headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
}

/// 401 for the API; the sign-in page, coming back here afterwards, for a browser.
fn unauthenticated_response(parts: &Parts) -> Response {
    if wants_html(parts) && matches!(parts.method, Method::GET | Method::HEAD) {
        let next = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let mut r = axum::response::Redirect::to(&format!(
            "/login?next={}",
            crate::ui::view::url_encode(next)
        ))
        .into_response();
        *r.status_mut() = StatusCode::SEE_OTHER;
        return r;
    }
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "sign in (POST /api/v1/session) or send an API token (Authorization: Bearer ...); this instance serves nothing without an account",
    )
    .into_response()
}

fn password_change_required(parts: &Parts) -> Response {
    if wants_html(parts) && matches!(parts.method, Method::GET | Method::HEAD) {
        return axum::response::Redirect::to("/account/password").into_response();
    }
    ApiError::new(
        StatusCode::FORBIDDEN,
        "password_change_required",
        "your password was reset: choose a new one (PUT /api/v1/session/password with current and new) before anything else",
    )
    .into_response()
}

fn second_factor_enrolment_required(parts: &Parts) -> Response {
    if wants_html(parts) && matches!(parts.method, Method::GET | Method::HEAD) {
        return axum::response::Redirect::to("/account/second-factor").into_response();
    }
    ApiError::new(
        StatusCode::FORBIDDEN,
        "second_factor_enrolment_required",
        "this account (admin or security officer) must have a second factor before anything else: POST /api/v1/session/second-factor for a secret, add it to an authenticator app, then POST /api/v1/session/second-factor/confirm with the current code (or open /account/second-factor)",
    )
    .into_response()
}

fn tokio_join_failed() -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the server could not complete the request",
    )
}

// ---- the store-backed authenticator ----

/// Settings of sign-in and sessions.
#[derive(Clone, Debug)]
pub struct AuthConfig {
    /// Absolute lifetime of a session (default 8 hours), whatever the activity.
    pub session_lifetime: chrono::Duration,
    /// Mark cookies `Secure` and send HSTS (behind TLS).
    pub secure_cookies: bool,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted reverse proxy).
    pub trust_forwarded_for: bool,
    /// The issuer named in `otpauth://` URIs, which authenticator apps show beside the code.
    pub totp_issuer: String,
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig {
            session_lifetime: chrono::Duration::hours(8),
            secure_cookies: false,
            trust_forwarded_for: false,
            totp_issuer: "entente".into(),
        }
    }
}

/// How long a pending sign-in (password checked, second factor not yet) or an enrolment in
/// progress may wait.
pub const PENDING_MINUTES: i64 = 5;

/// Resolves session cookies and API tokens against the store's `sessions`, `api_tokens` and
/// `users` projections, on every request: a disabled account, a lowered clearance, a revoked
/// token or a closed session take effect at once.
pub struct StoreAuth {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub config: AuthConfig,
    pub limiter: Limiter,
    /// Failed sign-ins that concern no account, recorded once per minute (F12).
    pub tally: crate::ratelimit::FailureTally,
    /// HTTP Basic passwords checked recently (SHA-256 of user and password, to the account
    /// and when the check expires), so that a TAXII client paging a collection does not pay
    /// an Argon2id verification per request. The account is read again on every request.
    basic_ok: std::sync::Mutex<
        std::collections::HashMap<String, (entente_core::UserId, std::time::Instant)>,
    >,
    /// A random key of this process, for the short-lived signed tokens of a pending second
    /// step and of an enrolment in progress (a restart voids them, which costs a re-typed
    /// password at most).
    key: [u8; 32],
    /// Single sign-on, when configured (`--oidc-issuer`).
    pub oidc: Option<Arc<crate::oidc::Provider>>,
}

/// How long a checked Basic password is trusted without Argon2id again.
const BASIC_CACHE: std::time::Duration = std::time::Duration::from_secs(300);

impl StoreAuth {
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, config: AuthConfig) -> Self {
        StoreAuth {
            tally: crate::ratelimit::FailureTally::new(clock.clone(), chrono::Duration::minutes(1)),
            limiter: Limiter::new(clock.clone()),
            basic_ok: std::sync::Mutex::new(std::collections::HashMap::new()),
            store,
            clock,
            config,
            key: password::random_bytes::<32>().unwrap_or_else(|e| {
                // No randomness at all: pending tokens then only resist guessing as far as the
                // key stays secret, so refuse them (an empty key is never accepted, below).
                tracing::error!(error = %e, "no random key for pending sign-ins");
                [0; 32]
            }),
            oidc: None,
        }
    }

    /// The same, with single sign-on through `oidc`.
    pub fn with_oidc(mut self, oidc: Arc<crate::oidc::Provider>) -> Self {
        self.oidc = Some(oidc);
        self
    }

    /// HMAC-SHA-256 (keyed by this process's random key) over `purpose` and `fields`.
    fn mac(&self, purpose: &str, fields: &[&str]) -> Option<String> {
        if self.key == [0; 32] {
            return None;
        }
        let mut msg = String::from(purpose);
        for f in fields {
            msg.push('\n');
            msg.push_str(&f.len().to_string());
            msg.push(':');
            msg.push_str(f);
        }
        Some(password::hmac_sha256(&self.key, msg.as_bytes()))
    }

    /// A signed token `expires.mac` binding `fields` under `purpose`, valid for
    /// [`PENDING_MINUTES`].
    pub fn sign(&self, purpose: &str, fields: &[&str]) -> Option<String> {
        let expires = (self.clock.now() + chrono::Duration::minutes(PENDING_MINUTES)).timestamp();
        let e = expires.to_string();
        let mut all = vec![e.as_str()];
        all.extend_from_slice(fields);
        Some(format!("{e}.{}", self.mac(purpose, &all)?))
    }

    /// Does `token` bind `fields` under `purpose`, and has it not expired?
    pub fn verify_signed(&self, purpose: &str, fields: &[&str], token: &str) -> bool {
        let Some((e, mac)) = token.split_once('.') else {
            return false;
        };
        let Ok(expires) = e.parse::<i64>() else {
            return false;
        };
        if expires < self.clock.now().timestamp() {
            return false;
        }
        let mut all = vec![e];
        all.extend_from_slice(fields);
        self.mac(purpose, &all)
            .is_some_and(|m| password::constant_time_eq(&m, mac))
    }

    /// The client address of a request: the peer address, or the first `X-Forwarded-For`
    /// entry when configured to trust a reverse proxy.
    pub fn address(&self, parts: &Parts) -> String {
        if self.config.trust_forwarded_for
            && let Some(f) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
        {
            return f.trim().to_string();
        }
        parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "unknown".into())
    }

    /// The viewer of an account: its party, clearance and roles, as the store holds them now.
    pub fn viewer_of(u: &entente_store::accounts::UserView) -> Viewer {
        Viewer {
            user: u.user.clone(),
            party: u.party.clone(),
            clearance: u.clearance,
            roles: u.roles.clone(),
        }
    }

    /// HTTP Basic on the TAXII routes: the user and either an API token of that user or the
    /// account's password (rate-limited like the sign-in form).
    fn resolve_basic(
        &self,
        parts: &Parts,
        name: &str,
        secret: &str,
    ) -> entente_store::Result<Option<Session>> {
        let key = name.trim().to_lowercase();
        let address = self.address(parts);
        if self.limiter.check(&key, &address).is_some() {
            return Ok(None);
        }
        let Ok(uid) = entente_core::UserId::parse(&key) else {
            self.limiter.fail("", &address);
            return Ok(None);
        };
        if let Some((t, u)) = self.store.token_by_hash(&password::token_hash(secret))? {
            let expired = t.expires_at.is_some_and(|e| e <= self.clock.now());
            if u.user == uid
                && !(t.revoked
                    || expired
                    || u.disabled
                    || u.pending
                    || u.must_change_password
                    || u.must_enrol_second_factor())
            {
                return Ok(Some(Session {
                    viewer: Self::viewer_of(&u),
                    credential: Credential::Bearer {
                        token_id: t.id,
                        scope: t.scope,
                    },
                    must_change_password: false,
                    must_enrol_second_factor: false,
                }));
            }
        }
        let cache_key = password::token_hash(&format!("{key}\u{0}{secret}"));
        let cached = {
            let mut c = self.basic_ok.lock().unwrap_or_else(|e| e.into_inner());
            c.retain(|_, (_, until)| *until > std::time::Instant::now());
            c.get(&cache_key).map(|(u, _)| u.clone())
        };
        let Some(creds) = self.store.credentials(&uid)? else {
            self.limiter.fail(&key, &address);
            return Ok(None);
        };
        let ok = cached.as_ref() == Some(&uid) || password::verify(secret, &creds.password_hash);
        let u = &creds.user;
        // A password is one factor: an account that must have a second one (admins, security
        // officers) uses an API token here, created after a sign-in with both.
        if !ok || u.disabled || u.pending || u.must_change_password || u.second_factor_required() {
            self.limiter.fail(&key, &address);
            return Ok(None);
        }
        self.limiter.succeed(&key);
        if cached.is_none() {
            let mut c = self.basic_ok.lock().unwrap_or_else(|e| e.into_inner());
            if c.len() < 10_000 {
                c.insert(cache_key, (uid, std::time::Instant::now() + BASIC_CACHE));
            }
        }
        Ok(Some(Session {
            viewer: Self::viewer_of(u),
            credential: Credential::Basic { user: key },
            must_change_password: false,
            must_enrol_second_factor: false,
        }))
    }

    fn resolve(&self, parts: &Parts) -> entente_store::Result<Option<Session>> {
        if parts.uri.path().starts_with("/taxii2/")
            && let Some((user, secret)) = basic(&parts.headers)
        {
            return self.resolve_basic(parts, &user, &secret);
        }
        if let Some(token) = bearer(&parts.headers) {
            let Some((t, u)) = self.store.token_by_hash(&password::token_hash(token))? else {
                return Ok(None);
            };
            let expired = t.expires_at.is_some_and(|e| e <= self.clock.now());
            if t.revoked
                || expired
                || u.disabled
                || u.pending
                || u.must_change_password
                || u.must_enrol_second_factor()
            {
                return Ok(None);
            }
            return Ok(Some(Session {
                viewer: Self::viewer_of(&u),
                credential: Credential::Bearer {
                    token_id: t.id,
                    scope: t.scope,
                },
                must_change_password: false,
                must_enrol_second_factor: false,
            }));
        }
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE).filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        let hash = password::token_hash(token);
        let Some((s, u)) = self.store.session(&hash)? else {
            return Ok(None);
        };
        if s.closed || u.disabled || u.pending {
            return Ok(None);
        }
        if s.expires_at <= self.clock.now() {
            // Record the expiry in the log, off this request's path.
            let store = self.store.clone();
            let actor = entente_core::Actor {
                user: u.user.clone(),
                party: u.party.clone(),
            };
            std::thread::spawn(move || {
                if let Err(e) = store.close_session(&actor, &hash, "expired") {
                    tracing::warn!(error = %e, "recording an expired session failed");
                }
            });
            return Ok(None);
        }
        Ok(Some(Session {
            must_change_password: u.must_change_password,
            must_enrol_second_factor: u.must_enrol_second_factor(),
            viewer: Self::viewer_of(&u),
            credential: Credential::Cookie { session: hash },
        }))
    }

    /// `Set-Cookie` for a new session token.
    pub fn session_cookie(&self, token: &str, secure: bool) -> Option<HeaderValue> {
        HeaderValue::from_str(&format!(
            "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
            self.config.session_lifetime.num_seconds(),
            if secure || self.config.secure_cookies {
                "; Secure"
            } else {
                ""
            }
        ))
        .ok()
    }

    /// `Set-Cookie` that removes the session cookie (`Secure` behind TLS, like the cookie it
    /// removes).
    pub fn clear_cookie(&self, secure: bool) -> HeaderValue {
        if secure || self.config.secure_cookies {
            HeaderValue::from_static(
                "entente_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure",
            )
        } else {
            HeaderValue::from_static(
                "entente_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
            )
        }
    }
}

impl Authenticator for StoreAuth {
    fn session(&self, parts: &Parts) -> Option<Session> {
        match self.resolve(parts) {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "resolving credentials failed; reading as public");
                None
            }
        }
    }

    fn accounts(&self) -> Option<&StoreAuth> {
        Some(self)
    }
}

/// Did this request arrive over TLS (directly, or as a reverse proxy says)?
pub fn over_tls(parts: &Parts) -> bool {
    parts.uri.scheme_str() == Some("https")
        || parts
            .headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

fn over_tls_request(req: &Request) -> bool {
    req.uri().scheme_str() == Some("https")
        || req
            .headers()
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// Middleware: `Strict-Transport-Security` when cookies are marked Secure (behind TLS).
pub async fn hsts(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let tls = over_tls_request(&req) || st.auth.accounts().is_some_and(|a| a.config.secure_cookies);
    let mut resp = next.run(req).await;
    if tls {
        resp.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_decoding() {
        let p = url_decoded_pairs(b"user=anna.b&password=a+b%21%&csrf=x");
        assert_eq!(p[0], ("user".into(), "anna.b".into()));
        assert_eq!(p[1], ("password".into(), "a b!%".into()));
        assert_eq!(p[2], ("csrf".into(), "x".into()));
    }

    /// Found by the `form_urlencoded` fuzz target: the body was read as UTF-8 (lossily) before
    /// the `%XX` escapes were decoded, so a raw byte that began a UTF-8 sequence and an escape
    /// that ended it decoded to two U+FFFD instead of one, unlike browsers and the standard.
    #[test]
    fn form_decoding_decodes_escapes_before_utf8() {
        let p = url_decoded_pairs(b"f=\xe4%A9&g=%C3%A9&h=%E4");
        assert_eq!(p[0], ("f".into(), "\u{fffd}".into()));
        assert_eq!(p[1], ("g".into(), "\u{e9}".into()));
        assert_eq!(p[2], ("h".into(), "\u{fffd}".into()));
    }

    proptest::proptest! {
        /// Any body decodes without panicking, and encoding the pairs again and decoding the
        /// result gives the same pairs.
        #[test]
        fn form_decoding_never_panics_and_round_trips(body in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let pairs = url_decoded_pairs(&body);
            let again = form_urlencoded::Serializer::new(String::new())
                .extend_pairs(&pairs)
                .finish();
            proptest::prop_assert_eq!(url_decoded_pairs(again.as_bytes()), pairs);
        }
    }

    #[test]
    fn csrf_token_depends_on_the_session() {
        let mut h = HeaderMap::new();
        assert_eq!(csrf_token_for(&h), None);
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; entente_session=ents_1"),
        );
        let t1 = csrf_token_for(&h).unwrap();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("entente_session=ents_2"),
        );
        assert_ne!(csrf_token_for(&h).unwrap(), t1);
    }

    #[test]
    fn login_csrf_double_submit() {
        let h = HeaderMap::new();
        let l = login_csrf(&h, false);
        assert!(l.set_cookie.is_some());
        let mut h2 = HeaderMap::new();
        h2.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("{LOGIN_CSRF_COOKIE}={}", l.token)).unwrap(),
        );
        assert!(login_csrf_ok(&h2, &l.token));
        assert!(!login_csrf_ok(&h2, "0000"));
        assert!(!login_csrf_ok(&h, &l.token));
        assert!(login_csrf(&h2, false).set_cookie.is_none());
    }
}
