//! The second factor at the edge: enrolment (JSON and the page `/account/second-factor`), the
//! second step of the sign-in form, and resets by security officers. Codes are checked and
//! spent by the store (RFC 6238, `entente_core::totp`); this module hands out secrets and
//! recovery codes and renders the pages.
//!
//! **Enrolment.** The server draws a 160-bit secret (RFC 4226 §4 R6) and hands it out with a
//! token that binds it, for [`auth::PENDING_MINUTES`], to the account and the credential in use
//! (signed by this process); nothing is recorded until the user sends a correct code of that
//! secret, and then `user.second_factor_enabled` carries the secret and the SHA-256 of ten
//! recovery codes, which are shown once.

use std::sync::Arc;

use askama::Template;
use axum::Json;
use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use entente_core::{UserId, totp};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{self, Caller, Credential, Session, StoreAuth};
use crate::error::ApiError;
use crate::password;
use crate::ui::view::Ctx;
use crate::ui::{Page, html};

/// Purpose string of enrolment tokens.
const ENROL: &str = "entente-enrol-v1";

fn accounts(st: &AppState) -> Result<&StoreAuth, ApiError> {
    st.auth.accounts().ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "no_such_route",
            "sign-in is not enabled on this instance",
        )
    })
}

/// What an enrolment token is bound to: the account and the credential in use.
fn binding(s: &Session) -> String {
    match &s.credential {
        Credential::Cookie { session } => format!("session:{session}"),
        Credential::Bearer { token_id, .. } => format!("token:{token_id}"),
        // HTTP Basic is accepted on TAXII paths only, which enrol nothing.
        Credential::Basic { user } => format!("basic:{user}"),
    }
}

/// A new enrolment: the secret (base32), its `otpauth://` URI and the token to confirm it with.
#[derive(Serialize)]
pub struct EnrolmentOut {
    pub secret: String,
    pub otpauth_uri: String,
    /// Send back with the code to `POST /api/v1/session/second-factor/confirm`.
    pub enrolment: String,
    pub expires_in_seconds: i64,
}

fn new_enrolment(acc: &StoreAuth, s: &Session) -> Result<EnrolmentOut, ApiError> {
    let secret = totp::base32_encode(
        &password::random_bytes::<{ totp::SECRET_BYTES }>()
            .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e))?,
    );
    let user = s.viewer.user.to_string();
    let signed = acc
        .sign(ENROL, &[&user, &binding(s), &secret])
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the server has no key to sign an enrolment; it has been logged",
            )
        })?;
    Ok(EnrolmentOut {
        otpauth_uri: totp::otpauth_uri(&acc.config.totp_issuer, &user, &secret),
        enrolment: format!("{secret}.{signed}"),
        secret,
        expires_in_seconds: auth::PENDING_MINUTES * 60,
    })
}

/// The secret of an enrolment token, if the token is this process's, for this account and
/// credential, and not expired.
fn secret_of(acc: &StoreAuth, s: &Session, enrolment: &str) -> Result<String, ApiError> {
    let expired = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "enrolment_expired",
            format!(
                "enrolment: expired or not issued to this session (it lasts {} minutes); start again with POST /api/v1/session/second-factor",
                auth::PENDING_MINUTES
            ),
        )
    };
    let (secret, signed) = enrolment.split_once('.').ok_or_else(expired)?;
    let user = s.viewer.user.to_string();
    if !acc.verify_signed(ENROL, &[&user, &binding(s), secret], signed) {
        return Err(expired());
    }
    Ok(secret.to_string())
}

fn already_enrolled(u: &UserId) -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "second_factor_enrolled",
        format!(
            "{u} already has a second factor; a security officer of your party resets it if the authenticator is lost"
        ),
    )
}

/// `POST /api/v1/session/second-factor`: a new secret for the caller's own account.
pub async fn start(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
) -> Result<Json<EnrolmentOut>, ApiError> {
    let s = auth::require_session(&caller)?.clone();
    let acc = accounts(&st)?;
    let store = st.store.clone();
    let uid = s.viewer.user.clone();
    let u = blocking(move || Ok(store.user(&uid)?))
        .await?
        .ok_or_else(|| ApiError::not_found("user", s.viewer.user.as_str()))?;
    if u.second_factor {
        return Err(already_enrolled(&u.user));
    }
    if u.federated {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "second_factor_federated",
            "this account signs in through the single sign-on provider, whose own second factor applies",
        ));
    }
    Ok(Json(new_enrolment(acc, &s)?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmIn {
    pub enrolment: String,
    pub code: String,
}

#[derive(Serialize)]
pub struct RecoveryCodesOut {
    /// Ten single-use codes, each valid instead of a TOTP code once. Shown only now.
    pub recovery_codes: Vec<String>,
}

/// Ten fresh recovery codes and their hashes.
fn recovery_codes() -> Result<(Vec<String>, Vec<String>), ApiError> {
    let mut codes = Vec::with_capacity(totp::RECOVERY_CODES);
    for _ in 0..totp::RECOVERY_CODES {
        let r = password::random_bytes::<{ totp::RECOVERY_BYTES }>()
            .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e))?;
        codes.push(totp::recovery_code(&r));
    }
    let hashes = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
    Ok((codes, hashes))
}

/// Confirms an enrolment with a code; returns the recovery codes.
async fn enrol(
    st: &Arc<AppState>,
    s: &Session,
    enrolment: &str,
    code: &str,
) -> Result<Vec<String>, ApiError> {
    let acc = accounts(st)?;
    let secret = secret_of(acc, s, enrolment)?;
    let (codes, hashes) = recovery_codes()?;
    let store = st.store.clone();
    let (v, uid, code) = (s.viewer.clone(), s.viewer.user.clone(), code.to_string());
    let r =
        blocking(move || Ok(store.enable_second_factor(&v, &uid, secret, Some(code), hashes)?))
            .await;
    match r {
        Ok(_) => Ok(codes),
        Err(e) if e.code == entente_store::accounts::SECOND_FACTOR_INVALID => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_second_factor",
            "code: not the current code of this secret; check the time of your device and type the code your authenticator app shows now",
        )),
        Err(e) => Err(e),
    }
}

/// `POST /api/v1/session/second-factor/confirm` with `{enrolment, code}`: the second factor
/// takes effect; the answer holds the recovery codes, shown this once.
pub async fn confirm(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    ApiJson(body): ApiJson<ConfirmIn>,
) -> Result<Json<RecoveryCodesOut>, ApiError> {
    let s = auth::require_session(&caller)?.clone();
    let codes = enrol(&st, &s, &body.enrolment, &body.code).await?;
    Ok(Json(RecoveryCodesOut {
        recovery_codes: codes,
    }))
}

/// `POST /api/v1/users/{user}/second-factor/reset`: a security officer of the account's party
/// removes its second factor (the permission table); its sessions and tokens end.
pub async fn reset(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(user): Path<String>,
) -> Result<StatusCode, ApiError> {
    let v = auth::require_session(&caller)?.viewer.clone();
    let uid = UserId::parse(&user).map_err(|e| ApiError::invalid(e.to_string()))?;
    let store = st.store.clone();
    blocking(move || Ok(store.reset_second_factor(&v, &uid)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- pages ----

/// What the enrolment page shows.
pub enum EnrolState {
    /// A secret to add to an authenticator app, and the form to confirm it.
    Start {
        secret_groups: String,
        uri: String,
        enrolment: String,
        failed: bool,
    },
    /// Enrolled just now: the recovery codes, shown once.
    Done { codes: Vec<String> },
    /// The account has a second factor already.
    Enrolled,
}

#[derive(Template)]
#[template(path = "enrol.html")]
pub struct EnrolPage {
    pub c: Ctx,
    pub state: EnrolState,
    /// The account must enrol before anything else.
    pub required: bool,
}

fn groups(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn start_state(acc: &StoreAuth, s: &Session, failed: bool) -> Result<EnrolState, ApiError> {
    let e = new_enrolment(acc, s)?;
    Ok(EnrolState::Start {
        secret_groups: groups(&e.secret),
        uri: e.otpauth_uri,
        enrolment: e.enrolment,
        failed,
    })
}

/// `GET /account/second-factor`: the enrolment page.
pub async fn page(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    Caller(caller): Caller,
) -> Response {
    c.nav = "account";
    let Some(s) = caller else {
        return axum::response::Redirect::to("/login?next=/account/second-factor").into_response();
    };
    let acc = match accounts(&st) {
        Ok(a) => a,
        Err(e) => return crate::ui::error_page(c, e),
    };
    let store = st.store.clone();
    let uid = s.viewer.user.clone();
    let u = match blocking(move || Ok(store.user(&uid)?)).await {
        Ok(Some(u)) => u,
        Ok(None) => return crate::ui::error_page(c, ApiError::not_found("user", "")),
        Err(e) => return crate::ui::error_page(c, e),
    };
    let state = if u.second_factor || u.federated {
        EnrolState::Enrolled
    } else {
        match start_state(acc, &s, false) {
            Ok(st) => st,
            Err(e) => return crate::ui::error_page(c, e),
        }
    };
    html(&EnrolPage {
        c,
        state,
        required: s.must_enrol_second_factor,
    })
}

/// `POST /account/second-factor` (`enrolment`, `code`, `csrf`): confirms the enrolment and shows
/// the recovery codes once; a wrong code shows the same secret again.
pub async fn form(State(st): State<Arc<AppState>>, req: Request) -> Response {
    let (mut parts, body) = req.into_parts();
    let mut c = match Page::from_request_parts(&mut parts, &st).await {
        Ok(Page(c)) => c,
        Err(e) => return e.into_response(),
    };
    c.nav = "account";
    let caller = match Caller::from_request_parts(&mut parts, &st).await {
        Ok(Caller(c)) => c,
        Err(e) => return e.into_response(),
    };
    let Some(s) = caller else {
        return axum::response::Redirect::to("/login?next=/account/second-factor").into_response();
    };
    let fields = match axum::body::to_bytes(body, crate::MAX_BODY).await {
        Ok(b) => auth::url_decoded_pairs(&b),
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let field = |n: &str| {
        fields
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let enrolment = field("enrolment");
    let required = s.must_enrol_second_factor;
    match enrol(&st, &s, &enrolment, &field("code")).await {
        Ok(codes) => html(&EnrolPage {
            c,
            state: EnrolState::Done { codes },
            required: false,
        }),
        Err(e) if e.code == "invalid_second_factor" => {
            let state = match (accounts(&st), enrolment.split_once('.')) {
                (Ok(acc), Some((secret, _))) => EnrolState::Start {
                    secret_groups: groups(secret),
                    uri: totp::otpauth_uri(&acc.config.totp_issuer, s.viewer.user.as_str(), secret),
                    enrolment: enrolment.clone(),
                    failed: true,
                },
                _ => return crate::ui::error_page(c, e),
            };
            let mut r = html(&EnrolPage { c, state, required });
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
        Err(e) if e.code == "enrolment_expired" => {
            match accounts(&st).and_then(|acc| start_state(acc, &s, true)) {
                Ok(state) => html(&EnrolPage { c, state, required }),
                Err(e) => crate::ui::error_page(c, e),
            }
        }
        Err(e) => crate::ui::error_page(c, e),
    }
}

#[derive(Template)]
#[template(path = "second_step.html")]
pub struct SecondStepPage {
    pub c: Ctx,
    pub user: String,
    pub pending: String,
    pub next: String,
    pub failed: bool,
}

/// The second step of the sign-in form: asks for the code, carrying the pending token and the
/// form's own CSRF token (the sign-in's pre-session cookie).
pub async fn second_step_page(
    st: &Arc<AppState>,
    parts: &Parts,
    csrf: String,
    user: String,
    pending: String,
    next: String,
    failed: bool,
) -> Response {
    let mut parts = parts.clone();
    let mut c = match Page::from_request_parts(&mut parts, st).await {
        Ok(Page(c)) => c,
        Err(e) => return e.into_response(),
    };
    c.nav = "login";
    c.csrf = csrf;
    let mut r = html(&SecondStepPage {
        c,
        user,
        pending,
        next,
        failed,
    });
    if failed {
        *r.status_mut() = StatusCode::UNAUTHORIZED;
    }
    r
}
