//! Identity routes: sign-in and sign-out (JSON and HTML form), one's own password, API tokens,
//! account administration and the audit trail. Who may administer which account is decided
//! by the store's permission table (admin: provisioning and disabling; the security officers
//! of an account's party: activation, clearances with a second officer's approval from SECRET
//! UE, password resets); these handlers only parse and pass the caller on.
//!
//! Every outcome of a sign-in is an event (`auth.login_succeeded`, `auth.login_failed`);
//! passwords are checked with Argon2id off the async runtime, after the rate limiter.

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::Json;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use entente_core::account::{self, Role, TokenCreated, TokenScope, UserCreated};
use entente_core::{Actor, Classification, Draft, PartyId, UserId};
use entente_store::accounts::{SignInProof, TokenView, UserView};
use entente_store::audit::{AuditEntry, AuditFilter};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{self, Caller, Credential, StoreAuth};
use crate::error::ApiError;
use crate::password::{self, Strength};

/// Routes under `/api/v1`.
pub fn api_routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/session", whoami)
        .post("/session", api_login)
        .delete("/session", api_logout)
        .put("/session/password", change_own_password)
        .post("/session/second-factor", crate::second_factor::start)
        .post(
            "/session/second-factor/confirm",
            crate::second_factor::confirm,
        )
        .get("/tokens", list_tokens)
        .post("/tokens", create_token)
        .delete("/tokens/{id}", revoke_token)
        .get("/users", list_users)
        .post("/users", create_user)
        .get("/users/{user}", get_user)
        .post("/users/{user}/activate", activate_user)
        .post("/users/{user}/disable", disable_user)
        .put("/users/{user}/roles", change_roles)
        .put("/users/{user}/clearance", grant_clearance)
        .post("/users/{user}/clearance/approve", approve_clearance)
        .post("/users/{user}/password", reset_password)
        .post(
            "/users/{user}/second-factor/reset",
            crate::second_factor::reset,
        )
        .post("/users/{user}/sessions/end", end_sessions)
        .get("/signon/rules", crate::oidc::list_rules)
        .put("/signon/rules/{id}", crate::oidc::set_rule)
        .delete("/signon/rules/{id}", crate::oidc::remove_rule)
        .get("/audit", audit)
}

/// HTML form routes at the root (`GET /login` is the web interface's).
pub fn html_routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .post("/login", form_login)
        .post("/login/second-factor", form_second_step)
        .post("/logout", form_logout)
        .get("/account/password", password_page)
        .post("/account/password", password_form)
        .get("/account/second-factor", crate::second_factor::page)
        .post("/account/second-factor", crate::second_factor::form)
        .get("/login/oidc", crate::oidc::start)
        .get("/login/oidc/callback", crate::oidc::callback)
}

fn internal(e: String) -> ApiError {
    tracing::error!(error = %e, "identity: system failure");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the server could not complete the request; it has been logged",
    )
}

fn accounts(st: &AppState) -> Result<&StoreAuth, ApiError> {
    st.auth.accounts().ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "no_such_route",
            "sign-in is not enabled on this instance",
        )
    })
}

// ---- wire types ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginIn {
    pub user: String,
    pub password: String,
    /// The current TOTP code, for an account with a second factor.
    #[serde(default)]
    pub code: Option<String>,
    /// Or one of its recovery codes (each works once).
    #[serde(default)]
    pub recovery_code: Option<String>,
}

#[derive(Serialize)]
pub struct SessionOut {
    pub user: String,
    pub party: String,
    pub roles: Vec<Role>,
    pub clearance: Option<Classification>,
    /// The password was reset by someone else: choose a new one first.
    pub must_change_password: bool,
    /// The account has a second factor (TOTP).
    pub second_factor: bool,
    /// The account must enrol a second factor before anything else (admin, security officer).
    pub must_enrol_second_factor: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// The CSRF token to send as `X-CSRF-Token` with unsafe requests (cookie sessions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
}

#[derive(Serialize)]
pub struct UserOut {
    pub user: String,
    pub party: String,
    pub roles: Vec<Role>,
    pub clearance: Option<Classification>,
    pub disabled: bool,
    /// Awaits activation by a security officer of its party.
    pub pending: bool,
    pub must_change_password: bool,
    /// Has a second factor (TOTP).
    pub second_factor: bool,
    /// Signs in through the single sign-on provider.
    pub federated: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl From<UserView> for UserOut {
    fn from(u: UserView) -> Self {
        UserOut {
            user: u.user.to_string(),
            party: u.party.to_string(),
            roles: u.roles.into_iter().collect(),
            clearance: u.clearance,
            disabled: u.disabled,
            pending: u.pending,
            must_change_password: u.must_change_password,
            second_factor: u.second_factor,
            federated: u.federated,
            created_at: u.created_at,
            updated_at: u.updated_at,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserIn {
    pub user: String,
    pub party: String,
    pub roles: Vec<String>,
    #[serde(default)]
    pub clearance: Option<String>,
    pub password: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RolesIn {
    pub roles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClearanceIn {
    /// `none`, `RESTREINT UE`, `CONFIDENTIEL UE` or `SECRET UE`.
    pub clearance: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnPasswordIn {
    pub current: String,
    pub new: String,
}

/// A [`UserIn`] checked field by field, before the password is hashed.
#[derive(Debug)]
pub struct ValidUser {
    pub user: UserId,
    pub party: PartyId,
    pub roles: BTreeSet<Role>,
    pub clearance: Option<Classification>,
}

impl UserIn {
    /// Checks every field, the new password's policy included; errors name the field. Public
    /// so that the fuzz targets (docs/fuzzing.md) reach it without a server.
    pub fn validate(&self) -> Result<ValidUser, ApiError> {
        password::check_new(&self.password, &self.user).map_err(ApiError::invalid)?;
        Ok(ValidUser {
            user: parse_user(&self.user)?,
            party: PartyId::parse(&self.party).map_err(|e| ApiError::invalid(e.to_string()))?,
            roles: parse_roles(&self.roles)?,
            clearance: parse_clearance(self.clearance.as_deref())?,
        })
    }
}

impl RolesIn {
    /// The roles, checked; errors name the field.
    pub fn validate(&self) -> Result<BTreeSet<Role>, ApiError> {
        parse_roles(&self.roles)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordIn {
    pub password: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DisableIn {
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenIn {
    pub scope: String,
    #[serde(default)]
    pub label: Option<String>,
    /// RFC 3339; at most a year ahead (the default).
    #[serde(default)]
    pub expires_at: Option<String>,
}

#[derive(Serialize)]
pub struct TokenOut {
    pub id: String,
    pub user: String,
    pub scope: TokenScope,
    pub label: Option<String>,
    pub created_at: String,
    pub revoked: bool,
    pub expires_at: Option<String>,
    /// The token itself: present only in the answer to its creation, never again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl From<TokenView> for TokenOut {
    fn from(t: TokenView) -> Self {
        TokenOut {
            id: t.id,
            user: t.user.to_string(),
            scope: t.scope,
            label: t.label,
            created_at: t.created_at,
            revoked: t.revoked,
            expires_at: t.expires_at.map(entente_core::event::format_time),
            token: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    pub since: Option<String>,
    pub user: Option<String>,
    pub party: Option<String>,
    /// A dossier id (everything in it) or any item id the events name.
    pub object: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub limit: Option<usize>,
}

#[derive(Serialize)]
pub struct AuditOut {
    pub seq: u64,
    pub at: String,
    pub user: String,
    pub party: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub payload: serde_json::Value,
    pub marking: entente_core::Marking,
}

impl From<AuditEntry> for AuditOut {
    fn from(e: AuditEntry) -> Self {
        AuditOut {
            seq: e.seq,
            at: e.at,
            user: e.user,
            party: e.party,
            kind: e.kind,
            payload: e.payload,
            marking: e.marking,
        }
    }
}

// ---- sign-in ----

/// Why a sign-in failed, as the caller learns it.
pub enum LoginRefused {
    /// Wrong user or password, or a disabled account (indistinguishable on purpose).
    Credentials,
    /// Too many failures: retry after this many seconds.
    Locked(u64),
    /// The password is right and the account has a second factor, which was not sent.
    SecondFactorRequired,
    /// The second factor is wrong, expired or already used.
    SecondFactor,
    Error(ApiError),
}

impl From<ApiError> for LoginRefused {
    fn from(e: ApiError) -> Self {
        LoginRefused::Error(e)
    }
}

impl LoginRefused {
    fn into_api(self) -> Response {
        match self {
            LoginRefused::Credentials => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "invalid_credentials",
                "the user name or the password is wrong",
            )
            .into_response(),
            LoginRefused::Locked(secs) => too_many(secs),
            LoginRefused::SecondFactorRequired => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "second_factor_required",
                "the password is right and this account has a second factor: send it again with the current code of your authenticator app as `code` (or a recovery code as `recovery_code`)",
            )
            .into_response(),
            LoginRefused::SecondFactor => ApiError::new(
                StatusCode::UNAUTHORIZED,
                "invalid_second_factor",
                "code: wrong, expired or already used; wait for the next code of your authenticator app and try again, or use a recovery code",
            )
            .into_response(),
            LoginRefused::Error(e) => e.into_response(),
        }
    }
}

fn too_many(secs: u64) -> Response {
    let mut r = ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "too_many_attempts",
        format!("too many failed sign-ins; try again in {secs} seconds"),
    )
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

fn actor_for(u: &UserView) -> Actor {
    Actor {
        user: u.user.clone(),
        party: u.party.clone(),
    }
}

fn instance_actor() -> Actor {
    Actor {
        user: UserId::system(),
        party: entente_store::log::instance_party(),
    }
}

/// A hash to verify against when the account does not exist, so that the answer takes as
/// long as for a real account.
fn dummy_hash() -> &'static str {
    static H: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    H.get_or_init(|| password::hash("not-a-password", Strength::Standard).unwrap_or_default())
}

/// Records a failed sign-in. Failures of an existing account are events of their own (the
/// account's lock bounds them); the others are counted and recorded once per window (F12).
async fn record_failure(
    st: &AppState,
    name: &str,
    account: Option<&UserView>,
    address: &str,
    reason: &str,
) {
    let draft = match account {
        Some(u) => Some((
            actor_for(u),
            Draft::new(
                &account::LoginFailed {
                    user: name.chars().take(64).collect(),
                    address: address.to_string(),
                    reason: reason.to_string(),
                },
                entente_store::accounts::account_marking(),
            ),
        )),
        None => accounts(st)
            .ok()
            .and_then(|a| a.tally.add(address, reason))
            .map(|w| (instance_actor(), aggregate_draft(&w))),
    };
    let Some((actor, draft)) = draft else { return };
    let store = st.store.clone();
    if let Err(e) = blocking(move || Ok(store.record(&actor, vec![draft])?)).await {
        tracing::error!(error = %e.message, "recording a failed sign-in failed");
    }
}

pub(crate) fn aggregate_draft(w: &crate::ratelimit::TallyWindow) -> Draft {
    Draft::new(
        &account::LoginFailuresAggregated {
            from: entente_core::event::format_time(w.from),
            to: entente_core::event::format_time(w.to),
            counts: w
                .counts
                .iter()
                .map(|(address, reason, count)| account::FailureCount {
                    address: address.clone(),
                    reason: reason.clone(),
                    count: *count,
                })
                .collect(),
        },
        entente_store::accounts::account_marking(),
    )
}

/// Records the failure window if it has ended (called by the server's housekeeping task, so
/// that a quiet period still records the last burst).
pub async fn flush_failure_tally(st: &AppState) {
    let Some(w) = accounts(st).ok().and_then(|a| a.tally.close_if_due()) else {
        return;
    };
    let store = st.store.clone();
    let draft = aggregate_draft(&w);
    if let Err(e) = blocking(move || Ok(store.record(&instance_actor(), vec![draft])?)).await {
        tracing::error!(error = %e.message, "recording failed sign-ins failed");
    }
}

/// A sign-in whose password checked out (the account is enabled and active); the second
/// factor, if any, is still to come.
pub struct PasswordChecked {
    /// The rate limiter's key (the name as typed, lower-cased) and the client address.
    pub key: String,
    pub address: String,
    pub user: UserView,
    pub password_hash: String,
}

/// Checks a user name and password, after the rate limiter. Failures are counted and recorded.
pub async fn check_password(
    st: &Arc<AppState>,
    parts: &Parts,
    name: &str,
    password_text: String,
) -> Result<PasswordChecked, LoginRefused> {
    let acc = accounts(st)?;
    let address = acc.address(parts);
    let key = name.trim().to_lowercase();
    if let Some(secs) = acc.limiter.check(&key, &address) {
        record_failure(st, &key, None, &address, "locked").await;
        tracing::warn!(user = ?key, %address, "sign-in refused: locked");
        return Err(LoginRefused::Locked(secs));
    }
    let creds = match UserId::parse(&key) {
        Ok(uid) => {
            let store = st.store.clone();
            blocking(move || Ok(store.credentials(&uid)?)).await?
        }
        Err(_) => None,
    };
    let phc = creds
        .as_ref()
        .map(|c| c.password_hash.clone())
        .unwrap_or_else(|| dummy_hash().to_string());
    let matches = tokio::task::spawn_blocking(move || password::verify(&password_text, &phc))
        .await
        .unwrap_or(false);
    let ok_account = creds
        .as_ref()
        .filter(|c| matches && !c.user.disabled && !c.user.pending);
    let Some(c) = ok_account else {
        let reason = match &creds {
            Some(c) if matches && c.user.disabled => "disabled",
            Some(c) if matches && c.user.pending => "pending",
            Some(_) => "bad_password",
            None => "no_such_user",
        };
        // The failure that reaches the threshold still answers 401; the next ones 429.
        let locked = acc.limiter.fail(&key, &address);
        record_failure(st, &key, creds.as_ref().map(|c| &c.user), &address, reason).await;
        // Debug formatting escapes control characters: a user name cannot forge log lines (F21).
        tracing::warn!(user = ?key, %address, reason, locked = locked.is_some(), "sign-in failed");
        return Err(LoginRefused::Credentials);
    };
    Ok(PasswordChecked {
        key,
        address,
        user: c.user.clone(),
        password_hash: c.password_hash.clone(),
    })
}

/// The second factor a sign-in brings: a TOTP code, a recovery code, or none.
pub fn proof_of(code: Option<&str>, recovery_code: Option<&str>) -> SignInProof {
    let given = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    match (given(code), given(recovery_code)) {
        (Some(c), _) => SignInProof::PasswordAndCode(c),
        (None, Some(r)) => SignInProof::PasswordAndRecoveryCode(r),
        (None, None) => SignInProof::Password,
    }
}

/// Opens a session for a sign-in whose password checked out, once its second factor holds
/// (checked and spent by the store). A wrong code counts against the rate limiter like a wrong
/// password. Returns the session token, the account and the session's expiry.
pub async fn finish_login(
    st: &Arc<AppState>,
    checked: PasswordChecked,
    proof: SignInProof,
    method: &str,
) -> Result<(String, UserView, String), LoginRefused> {
    let acc = accounts(st)?;
    let PasswordChecked {
        key, address, user, ..
    } = checked;
    if let Some(secs) = acc.limiter.check(&key, &address) {
        record_failure(st, &key, None, &address, "locked").await;
        return Err(LoginRefused::Locked(secs));
    }
    let (proof, method) = if user.second_factor {
        match proof {
            SignInProof::Password => return Err(LoginRefused::SecondFactorRequired),
            p @ SignInProof::PasswordAndCode(_) => (p, format!("{method}+totp")),
            p => (p, format!("{method}+recovery_code")),
        }
    } else {
        // A code sent for an account without a second factor is ignored.
        (SignInProof::Password, method.to_string())
    };
    let token = password::random_token("ents_").map_err(internal)?;
    let hash = password::token_hash(&token);
    let actor = actor_for(&user);
    let lifetime = acc.config.session_lifetime;
    let store = st.store.clone();
    let (addr, m) = (address.clone(), method);
    let uid = user.user.clone();
    let opened = tokio::task::spawn_blocking(move || {
        let s = store.open_session(&actor, hash, lifetime, proof)?;
        store.record(
            &actor,
            vec![Draft::new(
                &account::LoginSucceeded {
                    user: uid,
                    address: addr,
                    method: m,
                },
                entente_store::accounts::account_marking(),
            )],
        )?;
        Ok::<_, entente_store::StoreError>(s)
    })
    .await
    .map_err(|e| LoginRefused::Error(ApiError::from(e)))?;
    let session = match opened {
        Ok(s) => s,
        Err(entente_store::StoreError::Refused { code, .. })
            if code == entente_store::accounts::SECOND_FACTOR_INVALID =>
        {
            let locked = acc.limiter.fail(&key, &address);
            record_failure(st, &key, Some(&user), &address, "bad_second_factor").await;
            tracing::warn!(user = ?key, %address, locked = locked.is_some(), "second factor refused");
            return Err(LoginRefused::SecondFactor);
        }
        Err(e) => return Err(LoginRefused::Error(e.into())),
    };
    acc.limiter.succeed(&key);
    Ok((
        token,
        user,
        entente_core::event::format_time(session.expires_at),
    ))
}

/// Checks a user name, password and second factor and opens a session.
pub async fn login(
    st: &Arc<AppState>,
    parts: &Parts,
    name: &str,
    password_text: String,
    proof: SignInProof,
    method: &str,
) -> Result<(String, UserView, String), LoginRefused> {
    let checked = check_password(st, parts, name, password_text).await?;
    finish_login(st, checked, proof, method).await
}

fn session_out(u: &UserView, expires_at: Option<String>, csrf: Option<String>) -> SessionOut {
    SessionOut {
        user: u.user.to_string(),
        party: u.party.to_string(),
        roles: u.roles.iter().copied().collect(),
        clearance: u.clearance,
        must_change_password: u.must_change_password,
        second_factor: u.second_factor,
        must_enrol_second_factor: u.must_enrol_second_factor(),
        expires_at,
        csrf_token: csrf,
    }
}

fn csrf_of(token: &str) -> Option<String> {
    let mut h = axum::http::HeaderMap::new();
    let v = HeaderValue::from_str(&format!("{}={token}", auth::SESSION_COOKIE)).ok()?;
    h.insert(header::COOKIE, v);
    auth::csrf_token_for(&h)
}

/// `POST /api/v1/session` with `{user, password}`.
async fn api_login(State(st): State<Arc<AppState>>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let req = Request::from_parts(parts.clone(), body);
    let ApiJson(body): ApiJson<LoginIn> = match ApiJson::from_request(req, &st).await {
        Ok(b) => b,
        Err(e) => return e.into_response(),
    };
    let proof = proof_of(body.code.as_deref(), body.recovery_code.as_deref());
    match login(&st, &parts, &body.user, body.password, proof, "password").await {
        Ok((token, user, expires)) => {
            let acc = match accounts(&st) {
                Ok(a) => a,
                Err(e) => return e.into_response(),
            };
            let csrf = csrf_of(&token);
            let mut r = Json(session_out(&user, Some(expires), csrf)).into_response();
            if let Some(c) = acc.session_cookie(&token, auth::over_tls(&parts)) {
                r.headers_mut().append(header::SET_COOKIE, c);
            }
            r
        }
        Err(e) => e.into_api(),
    }
}

/// `GET /api/v1/session`: who the caller is (401 for the public).
async fn whoami(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    headers: axum::http::HeaderMap,
) -> Result<Json<SessionOut>, ApiError> {
    let s = auth::require_session(&caller)?;
    let store = st.store.clone();
    let uid = s.viewer.user.clone();
    let u = blocking(move || Ok(store.user(&uid)?))
        .await?
        .ok_or_else(|| ApiError::not_found("user", s.viewer.user.as_str()))?;
    let csrf = match s.credential {
        Credential::Cookie { .. } => auth::csrf_token_for(&headers),
        Credential::Bearer { .. } | Credential::Basic { .. } => None,
    };
    Ok(Json(session_out(&u, None, csrf)))
}

async fn close(st: &Arc<AppState>, caller: &Option<auth::Session>) -> Result<(), ApiError> {
    if let Some(s) = caller
        && let Credential::Cookie { session } = &s.credential
    {
        let store = st.store.clone();
        let actor = Actor {
            user: s.viewer.user.clone(),
            party: s.viewer.party.clone(),
        };
        let hash = session.clone();
        blocking(move || Ok(store.close_session(&actor, &hash, "logout")?)).await?;
    }
    Ok(())
}

/// `DELETE /api/v1/session`: signs out (closes the session in the log; the cookie is cleared).
async fn api_logout(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    parts: Parts,
) -> Result<Response, ApiError> {
    close(&st, &caller).await?;
    let mut r = StatusCode::NO_CONTENT.into_response();
    if let Ok(acc) = accounts(&st) {
        r.headers_mut()
            .append(header::SET_COOKIE, acc.clear_cookie(auth::over_tls(&parts)));
    }
    Ok(r)
}

use crate::ui::safe_next;

/// The fields of a posted form, or 413.
async fn form_fields(req: Request) -> Result<(Parts, Vec<(String, String)>), Response> {
    let (parts, body) = req.into_parts();
    match axum::body::to_bytes(body, crate::MAX_BODY).await {
        Ok(b) => Ok((parts, auth::url_decoded_pairs(&b))),
        Err(_) => Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            "the form is too large",
        )
        .into_response()),
    }
}

fn field_of(fields: &[(String, String)], n: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == n)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Refuses a sign-in form whose `csrf` field does not match its pre-session cookie: counted
/// against the address like a wrong password, and tallied, never recorded one by one (F12).
async fn login_csrf_refused(st: &Arc<AppState>, parts: &Parts, name: &str) -> Response {
    let address = accounts(st).map(|a| a.address(parts)).unwrap_or_default();
    if let Ok(acc) = accounts(st) {
        acc.limiter.fail("", &address);
    }
    record_failure(st, name, None, &address, "csrf").await;
    ApiError::new(
        StatusCode::FORBIDDEN,
        "csrf_failed",
        "the sign-in form has expired or did not come from this site; reload it and try again",
    )
    .into_response()
}

fn locked_redirect(secs: u64) -> Response {
    let mut r = Redirect::to("/login?error=1").into_response();
    *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

/// Sets the session cookie and goes on to `next`.
fn signed_in(st: &AppState, parts: &Parts, token: &str, next: &str) -> Response {
    let mut r = Redirect::to(next).into_response();
    if let Ok(acc) = accounts(st)
        && let Some(c) = acc.session_cookie(token, auth::over_tls(parts))
    {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    r
}

/// The purpose string of the signed token of a pending second step.
const PENDING_LOGIN: &str = "entente-pending-login-v1";

/// `POST /login`: the sign-in form (`user`, `password`, `csrf`, optional `next`). For an account
/// with a second factor, the answer is the second step: a page asking for the code, carrying a
/// token signed by this process that binds the user, this browser's sign-in CSRF cookie and the
/// password hash for [`auth::PENDING_MINUTES`] (no session exists until the code is right).
async fn form_login(State(st): State<Arc<AppState>>, req: Request) -> Response {
    let (parts, fields) = match form_fields(req).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let name = field_of(&fields, "user");
    if !auth::login_csrf_ok(&parts.headers, &field_of(&fields, auth::CSRF_FIELD)) {
        return login_csrf_refused(&st, &parts, &name).await;
    }
    let next = safe_next(
        Some(&field_of(&fields, "next"))
            .filter(|n| !n.is_empty())
            .map(|s| s.as_str()),
    );
    let checked = match check_password(&st, &parts, &name, field_of(&fields, "password")).await {
        Ok(c) => c,
        Err(LoginRefused::Locked(secs)) => return locked_redirect(secs),
        Err(LoginRefused::Error(e)) => return e.into_response(),
        Err(_) => return Redirect::to("/login?error=1").into_response(),
    };
    if checked.user.second_factor {
        let csrf = field_of(&fields, auth::CSRF_FIELD);
        let uid = checked.user.user.to_string();
        let pending = accounts(&st)
            .ok()
            .and_then(|a| a.sign(PENDING_LOGIN, &[&uid, &csrf, &checked.password_hash]));
        let Some(pending) = pending else {
            return internal("no key to sign a pending sign-in".into()).into_response();
        };
        return crate::second_factor::second_step_page(
            &st, &parts, csrf, uid, pending, next, false,
        )
        .await;
    }
    match finish_login(&st, checked, SignInProof::Password, "form").await {
        Ok((token, _, _)) => signed_in(&st, &parts, &token, &next),
        Err(LoginRefused::Locked(secs)) => locked_redirect(secs),
        Err(LoginRefused::Error(e)) => e.into_response(),
        Err(_) => Redirect::to("/login?error=1").into_response(),
    }
}

/// `POST /login/second-factor`: the second step (`user`, `pending`, `code` or
/// `recovery_code`, `csrf`, `next`). An expired or forged pending token starts the sign-in
/// again; a wrong code shows the step again and counts against the rate limiter.
async fn form_second_step(State(st): State<Arc<AppState>>, req: Request) -> Response {
    let (parts, fields) = match form_fields(req).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let name = field_of(&fields, "user");
    let csrf = field_of(&fields, auth::CSRF_FIELD);
    if !auth::login_csrf_ok(&parts.headers, &csrf) {
        return login_csrf_refused(&st, &parts, &name).await;
    }
    let next = safe_next(
        Some(&field_of(&fields, "next"))
            .filter(|n| !n.is_empty())
            .map(|s| s.as_str()),
    );
    let Ok(acc) = accounts(&st) else {
        return Redirect::to("/login").into_response();
    };
    let pending = field_of(&fields, "pending");
    let creds = match UserId::parse(&name) {
        Ok(uid) => {
            let store = st.store.clone();
            blocking(move || Ok(store.credentials(&uid)?))
                .await
                .ok()
                .flatten()
        }
        Err(_) => None,
    };
    let Some(c) = creds.filter(|c| {
        acc.verify_signed(
            PENDING_LOGIN,
            &[c.user.user.as_str(), &csrf, &c.password_hash],
            &pending,
        )
    }) else {
        return Redirect::to("/login?error=expired").into_response();
    };
    let checked = PasswordChecked {
        key: c.user.user.to_string(),
        address: acc.address(&parts),
        user: c.user,
        password_hash: c.password_hash,
    };
    let proof = proof_of(
        Some(&field_of(&fields, "code")),
        Some(&field_of(&fields, "recovery_code")),
    );
    if proof == SignInProof::Password {
        return crate::second_factor::second_step_page(
            &st, &parts, csrf, name, pending, next, true,
        )
        .await;
    }
    match finish_login(&st, checked, proof, "form").await {
        Ok((token, _, _)) => signed_in(&st, &parts, &token, &next),
        Err(LoginRefused::Locked(secs)) => locked_redirect(secs),
        Err(LoginRefused::SecondFactor) => {
            crate::second_factor::second_step_page(&st, &parts, csrf, name, pending, next, true)
                .await
        }
        Err(LoginRefused::Error(e)) => e.into_response(),
        Err(_) => Redirect::to("/login?error=1").into_response(),
    }
}

/// `POST /logout` (form, with `csrf`): signs out and returns to `/`.
async fn form_logout(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    parts: Parts,
) -> Response {
    if let Err(e) = close(&st, &caller).await {
        return e.into_response();
    }
    let mut r = Redirect::to("/login").into_response();
    if let Ok(acc) = accounts(&st) {
        r.headers_mut()
            .append(header::SET_COOKIE, acc.clear_cookie(auth::over_tls(&parts)));
    }
    r
}

// ---- API tokens ----

async fn create_token(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    ApiJson(body): ApiJson<TokenIn>,
) -> Result<Response, ApiError> {
    let s = auth::require_session(&caller)?.clone();
    // A token cannot mint tokens (F26): a stolen token must not outlive its own revocation.
    if matches!(s.credential, Credential::Bearer { .. }) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "token_cannot_create_tokens",
            "API tokens are created from a signed-in session, not with another token",
        ));
    }
    let scope: TokenScope = body
        .scope
        .parse()
        .map_err(|e: entente_core::Invalid| ApiError::invalid(e.to_string()))?;
    let token = password::random_token("entt_").map_err(internal)?;
    let created = TokenCreated {
        id: password::random_id().map_err(internal)?,
        user: s.viewer.user.clone(),
        scope,
        token_hash: password::token_hash(&token),
        label: body.label,
        expires_at: body.expires_at,
    };
    let store = st.store.clone();
    let t = blocking(move || Ok(store.create_token(&s.viewer, created)?)).await?;
    let mut out = TokenOut::from(t);
    out.token = Some(token);
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

async fn list_tokens(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
) -> Result<Json<Vec<TokenOut>>, ApiError> {
    let s = auth::require_session(&caller)?.clone();
    let store = st.store.clone();
    let ts = blocking(move || Ok(store.tokens(Some(&s.viewer.user))?)).await?;
    Ok(Json(ts.into_iter().map(TokenOut::from).collect()))
}

/// `DELETE /api/v1/tokens/{id}`: one's own token; an admin may revoke anyone's.
async fn revoke_token(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let s = auth::require_session(&caller)?.clone();
    let store = st.store.clone();
    blocking(move || Ok(store.revoke_token(&s.viewer, &id)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- account administration: the store decides who may (the permission table) ----

fn parse_user(s: &str) -> Result<UserId, ApiError> {
    UserId::parse(s).map_err(|e| ApiError::invalid(e.to_string()))
}

fn parse_roles(list: &[String]) -> Result<BTreeSet<Role>, ApiError> {
    account::parse_roles(&list.join(",")).map_err(|e| ApiError::invalid(e.to_string()))
}

fn parse_clearance(c: Option<&str>) -> Result<Option<Classification>, ApiError> {
    account::parse_clearance(c.unwrap_or("none")).map_err(|e| ApiError::invalid(e.to_string()))
}

async fn hash_new(password_text: String, user: &str) -> Result<String, ApiError> {
    password::check_new(&password_text, user).map_err(ApiError::invalid)?;
    tokio::task::spawn_blocking(move || password::hash(&password_text, Strength::Standard))
        .await?
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e))
}

/// The signed-in caller's viewer (401 for the public).
fn caller_viewer(caller: &Option<auth::Session>) -> Result<entente_core::Viewer, ApiError> {
    Ok(auth::require_session(caller)?.viewer.clone())
}

/// `PUT /api/v1/session/password` with `{current, new}`: the caller changes their own password;
/// their other sessions and tokens end, this one goes on.
async fn change_own_password(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    ApiJson(body): ApiJson<OwnPasswordIn>,
) -> Result<StatusCode, ApiError> {
    let s = auth::require_session(&caller)?.clone();
    change_password(&st, s, body).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /account/password`: the form to change one's own password (the only page a session
/// whose password was reset can reach).
async fn password_page(Caller(caller): Caller, crate::ui::Page(c): crate::ui::Page) -> Response {
    let reset = caller.as_ref().is_some_and(|s| s.must_change_password);
    crate::ui::html(&crate::ui::PasswordPage {
        c,
        reset,
        error: None,
    })
}

/// `POST /account/password` (form: `current`, `new`, `csrf`).
async fn password_form(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    crate::ui::Page(c): crate::ui::Page,
    body: axum::body::Bytes,
) -> Response {
    let Some(s) = caller else {
        return Redirect::to("/login?next=/account/password").into_response();
    };
    let reset = s.must_change_password;
    let fields = auth::url_decoded_pairs(&body);
    let field = |n: &str| {
        fields
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let input = OwnPasswordIn {
        current: field("current"),
        new: field("new"),
    };
    match change_password(&st, s, input).await {
        Ok(()) => Redirect::to("/").into_response(),
        Err(e) => {
            let status = e.status;
            let mut r = crate::ui::html(&crate::ui::PasswordPage {
                c,
                reset,
                error: Some(e.message),
            });
            *r.status_mut() = status;
            r
        }
    }
}

/// Checks the current password and records the new one (both routes above).
async fn change_password(
    st: &Arc<AppState>,
    s: auth::Session,
    body: OwnPasswordIn,
) -> Result<(), ApiError> {
    let store = st.store.clone();
    let uid = s.viewer.user.clone();
    let creds = blocking(move || Ok(store.credentials(&uid)?))
        .await?
        .ok_or_else(|| ApiError::not_found("user", s.viewer.user.as_str()))?;
    let (cur, phc) = (body.current.clone(), creds.password_hash.clone());
    let matches = tokio::task::spawn_blocking(move || password::verify(&cur, &phc))
        .await
        .unwrap_or(false);
    if !matches {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "invalid_credentials",
            "current: the current password is wrong",
        ));
    }
    if body.new == body.current {
        return Err(ApiError::invalid(
            "new: expected a password other than the current one",
        ));
    }
    let hash = hash_new(body.new, s.viewer.user.as_str()).await?;
    let keep = match &s.credential {
        Credential::Cookie { session } => Some(session.clone()),
        Credential::Bearer { .. } | Credential::Basic { .. } => None,
    };
    let store = st.store.clone();
    blocking(move || Ok(store.change_own_password(&s.viewer, hash, keep.as_deref())?)).await?;
    Ok(())
}

async fn list_users(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
) -> Result<Json<Vec<UserOut>>, ApiError> {
    let v = caller_viewer(&caller)?;
    let store = st.store.clone();
    let us = blocking(move || Ok(store.users_for(&v)?)).await?;
    Ok(Json(us.into_iter().map(UserOut::from).collect()))
}

async fn get_user(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
) -> Result<Json<UserOut>, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let store = st.store.clone();
    blocking(move || Ok(store.users_for(&v)?))
        .await?
        .into_iter()
        .find(|u| u.user == uid)
        .map(|u| Json(UserOut::from(u)))
        .ok_or_else(|| ApiError::not_found("user", &user))
}

async fn create_user(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    ApiJson(body): ApiJson<UserIn>,
) -> Result<Response, ApiError> {
    let v = caller_viewer(&caller)?;
    let user = body.validate()?;
    let created = UserCreated {
        password_hash: hash_new(body.password, user.user.as_str()).await?,
        user: user.user,
        party: user.party,
        roles: user.roles,
        clearance: user.clearance,
    };
    let store = st.store.clone();
    let u = blocking(move || Ok(store.create_user(&v, created)?)).await?;
    Ok((StatusCode::CREATED, Json(UserOut::from(u))).into_response())
}

async fn activate_user(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
) -> Result<Json<UserOut>, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let store = st.store.clone();
    let u = blocking(move || Ok(store.activate_user(&v, &uid)?)).await?;
    Ok(Json(UserOut::from(u)))
}

async fn disable_user(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
    body: axum::body::Bytes,
) -> Result<StatusCode, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let reason = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        serde_json::from_slice::<DisableIn>(&body)
            .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid_json", e.to_string()))?
            .reason
    };
    let store = st.store.clone();
    blocking(move || Ok(store.disable_user(&v, &uid, reason)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn change_roles(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
    ApiJson(body): ApiJson<RolesIn>,
) -> Result<Json<UserOut>, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let roles = body.validate()?;
    let store = st.store.clone();
    let u = blocking(move || Ok(store.change_roles(&v, &uid, roles)?)).await?;
    Ok(Json(UserOut::from(u)))
}

/// `PUT /api/v1/users/{user}/clearance`: 200 when in force, 202 when it awaits a second
/// security officer's approval (SECRET UE and above).
async fn grant_clearance(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
    ApiJson(body): ApiJson<ClearanceIn>,
) -> Result<Response, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let clearance = parse_clearance(Some(&body.clearance))?;
    let store = st.store.clone();
    let (u, outcome) = blocking(move || Ok(store.grant_clearance(&v, &uid, clearance)?)).await?;
    let status = match outcome {
        entente_store::accounts::ClearanceOutcome::Granted => StatusCode::OK,
        entente_store::accounts::ClearanceOutcome::AwaitingApproval => StatusCode::ACCEPTED,
    };
    Ok((status, Json(UserOut::from(u))).into_response())
}

async fn approve_clearance(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
) -> Result<Json<UserOut>, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let store = st.store.clone();
    let u = blocking(move || Ok(store.approve_clearance(&v, &uid)?)).await?;
    Ok(Json(UserOut::from(u)))
}

/// `POST /api/v1/users/{user}/password`: a security officer of the account's party resets it;
/// the account's sessions and tokens end and the user must change it at the next sign-in.
async fn reset_password(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
    ApiJson(body): ApiJson<PasswordIn>,
) -> Result<StatusCode, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let hash = hash_new(body.password, uid.as_str()).await?;
    let store = st.store.clone();
    blocking(move || Ok(store.reset_password(&v, &uid, hash)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn end_sessions(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
) -> Result<StatusCode, ApiError> {
    let v = caller_viewer(&caller)?;
    let uid = parse_user(&user)?;
    let store = st.store.clone();
    blocking(move || Ok(store.end_sessions(&v, &uid)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/audit?since=RFC3339&user=U&party=P&object=ID&type=T&limit=N` (admin or
/// security officer).
async fn audit(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    q: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<AuditOut>>, ApiError> {
    let v = caller_viewer(&caller)?;
    let Query(q) = q?;
    let filter = AuditFilter {
        since: q
            .since
            .as_deref()
            .map(|s| {
                chrono::DateTime::parse_from_rfc3339(s)
                    .map(|t| t.with_timezone(&chrono::Utc))
                    .map_err(|_| ApiError::invalid("since: expected an RFC 3339 time"))
            })
            .transpose()?,
        user: q.user.as_deref().map(parse_user).transpose()?,
        party: q
            .party
            .as_deref()
            .map(PartyId::parse)
            .transpose()
            .map_err(|e| ApiError::invalid(e.to_string()))?,
        object: q.object.filter(|o| !o.trim().is_empty()),
        kinds: q.kind.into_iter().collect(),
        limit: q.limit.unwrap_or(200).clamp(1, 10_000),
    };
    let store = st.store.clone();
    let entries = blocking(move || Ok(store.audit(&v, &filter)?)).await?;
    Ok(Json(entries.into_iter().map(AuditOut::from).collect()))
}
