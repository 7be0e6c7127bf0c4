//! **Single sign-on with OpenID Connect** (EU Login, Keycloak, national providers), beside
//! local accounts: the authorization code flow with PKCE, and the sign-on rules API.
//!
//! The flow, each rule next to its code below:
//! 1. `GET /login/oidc?next=/path` reads the provider's metadata (OpenID Connect Discovery 1.0
//!    §4), draws `state`, `nonce` and a PKCE `code_verifier` (RFC 7636 §4.1), remembers them
//!    in this process under `state` for [`PENDING_MINUTES`], bound to this browser by the
//!    cookie [`STATE_COOKIE`] (SameSite=Lax, so that it comes back on the provider's redirect),
//!    and sends the browser to the authorization endpoint (Core 1.0 §3.1.2.1) with the S256
//!    challenge (RFC 7636 §4.2-4.3).
//! 2. `GET /login/oidc/callback?code&state` takes the pending sign-in out (a `state` is used
//!    once, whatever happens next), checks the browser cookie and the `iss` parameter (RFC
//!    9207 §2.4), exchanges the code at the token endpoint with the verifier (RFC 7636 §4.5)
//!    and the client secret (HTTP Basic, Core 1.0 §9 `client_secret_basic`), and validates the
//!    ID token (Core 1.0 §3.1.3.7): signature (RS256 or ES256) by a key of the provider's JWKS
//!    (cached; fetched again once for an unknown `kid`), `iss`, `aud` (and `azp`), `exp`, `iat`,
//!    `nonce`.
//! 3. The store maps the verified claims by the security officers' rules to an account
//!    (`user.federated`) or records why not (`auth.sso_refused`); the account then opens a
//!    session like any other, so visibility and the permission table apply unchanged.
//!
//! HTTP goes through `ureq` (rustls with ring, Mozilla's roots or `--oidc-ca-file`), blocking,
//! always off the async runtime. Plain `http://` is accepted only for a provider on the
//! loopback address (the tests' own provider).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use askama::Template;
use axum::Json;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use entente_core::account::{self, Role};
use entente_core::signon::SignOnRule;
use entente_core::{Classification, PartyId};
use entente_store::Clock;
use entente_store::accounts::SignInProof;
use entente_store::signon_store::{FederatedIdentity, FederatedOutcome};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{self, Caller, StoreAuth};
use crate::error::ApiError;
use crate::password;
use crate::ui::view::Ctx;
use crate::ui::{Page, html, safe_next};

/// The cookie binding a pending sign-in to the browser that started it.
pub const STATE_COOKIE: &str = "entente_oidc";
/// How long a sign-in may stay at the provider.
pub const PENDING_MINUTES: i64 = 10;
/// Most sign-ins pending at once (each holds a few hundred bytes).
const MAX_PENDING: usize = 100_000;
/// Most sign-ins pending at once from one client address: starting more drops its oldest, so
/// that one client cannot fill the table and keep everyone else from signing in.
const MAX_PENDING_PER_ADDRESS: usize = 20;
/// Clock skew allowed on `exp` and `iat` (Core 1.0 §3.1.3.7 items 9 and 10 allow "some small
/// leeway").
const LEEWAY_SECONDS: i64 = 60;
/// How old `iat` may be: an ID token is used at once, in the same redirect.
const MAX_AGE_SECONDS: i64 = 600;
/// How long metadata and keys are kept before they are read again.
const METADATA_TTL: Duration = Duration::from_secs(3600);
/// The fewest seconds between two reads of the JWKS for an unknown `kid`, so that tokens
/// naming made-up keys cannot make entente hammer the provider.
const JWKS_REFETCH: Duration = Duration::from_secs(30);
/// The largest answer read from the provider.
const MAX_ANSWER: u64 = 1 << 20;

/// What `entente serve --oidc-*` configures.
#[derive(Clone)]
pub struct OidcConfig {
    /// The issuer identifier (Discovery 1.0 §2): `https://host/path`, no query or fragment.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// This instance's `https://host/login/oidc/callback`, as registered at the provider.
    pub redirect_uri: String,
    /// Shown on the sign-in page: "Sign in with <name>".
    pub display_name: String,
    /// Scopes asked for (`openid` is always among them).
    pub scopes: String,
    /// PEM roots to trust instead of Mozilla's (a provider under a private CA).
    pub ca_pem: Option<Vec<u8>>,
}

impl std::fmt::Debug for OidcConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OidcConfig")
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field("client_secret", &"[redacted]")
            .field("redirect_uri", &self.redirect_uri)
            .finish_non_exhaustive()
    }
}

/// Is `url` https, or http to a loopback address?
fn https_or_loopback(url: &str) -> bool {
    if url.starts_with("https://") {
        return true;
    }
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match host.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    host == "localhost" || host == "[::1]" || host.starts_with("127.")
}

impl OidcConfig {
    /// Checks the configuration; the error names the flag and what it needs.
    pub fn check(&self) -> Result<(), String> {
        if !https_or_loopback(&self.issuer) || self.issuer.contains(['?', '#']) {
            return Err(format!(
                "--oidc-issuer {}: expected an https URL without query or fragment (OpenID Connect Discovery 1.0 §2; http only for a provider on the loopback address)",
                self.issuer
            ));
        }
        if self.client_id.trim().is_empty() {
            return Err(
                "--oidc-client-id: expected the client id registered at the provider".into(),
            );
        }
        if self.client_secret.trim().is_empty() {
            return Err("--oidc-client-secret-file: the file is empty; expected the client secret the provider issued".into());
        }
        let path_ok = self
            .redirect_uri
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
            == Some("/login/oidc/callback");
        if !https_or_loopback(&self.redirect_uri) || !path_ok {
            return Err(format!(
                "--oidc-redirect {}: expected this instance's https://HOST/login/oidc/callback, exactly as registered at the provider",
                self.redirect_uri
            ));
        }
        Ok(())
    }
}

/// Why a single sign-on failed: what failed, for the page and the server's log.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the provider could not be reached or answered badly: {0}")]
    Provider(String),
    #[error("the sign-in expired or was not started in this browser; start it again")]
    State,
    #[error("the provider refused: {0}")]
    Refused(String),
    #[error("the ID token is not valid: {0}")]
    Token(String),
}

/// The provider's metadata (Discovery 1.0 §3).
#[derive(Clone, Debug, Deserialize)]
struct Metadata {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
    #[serde(default)]
    userinfo_endpoint: Option<String>,
    #[serde(default)]
    code_challenge_methods_supported: Option<Vec<String>>,
}

/// A JSON Web Key (RFC 7517 §4; RFC 7518 §6.2 for EC, §6.3 for RSA).
#[derive(Clone, Debug, Deserialize)]
pub struct Jwk {
    kty: String,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default, rename = "use")]
    use_: Option<String>,
    #[serde(default)]
    alg: Option<String>,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    e: Option<String>,
    #[serde(default)]
    crv: Option<String>,
    #[serde(default)]
    x: Option<String>,
    #[serde(default)]
    y: Option<String>,
}

#[derive(Deserialize)]
struct JwkSet {
    keys: Vec<Jwk>,
}

struct Pending {
    /// SHA-256 of the browser cookie's value.
    browser: String,
    nonce: String,
    verifier: String,
    next: String,
    expires: DateTime<Utc>,
    /// The client address that started it.
    address: String,
}

/// A configured provider: its settings, cached metadata and keys, and the sign-ins pending.
pub struct Provider {
    pub config: OidcConfig,
    agent: ureq::Agent,
    clock: Arc<dyn Clock>,
    metadata: Mutex<Option<(Metadata, DateTime<Utc>)>>,
    keys: Mutex<Option<(Vec<Jwk>, DateTime<Utc>)>>,
    pending: Mutex<HashMap<String, Pending>>,
}

/// A verified identity: `iss`, `sub` and every claim of the ID token.
#[derive(Clone, Debug)]
pub struct Verified {
    pub issuer: String,
    pub subject: String,
    pub claims: serde_json::Value,
    pub next: String,
}

fn random_b64(n: usize) -> Result<String, OidcError> {
    let mut b = vec![0u8; n];
    getrandom::fill(&mut b).map_err(|e| OidcError::Provider(format!("no randomness: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(b))
}

fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// Percent-encodes a query component (RFC 3986 §2.3: unreserved characters stay).
fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Provider {
    pub fn new(config: OidcConfig, clock: Arc<dyn Clock>) -> Result<Self, String> {
        config.check()?;
        let mut builder = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(10)))
            .http_status_as_error(false)
            .https_only(!config.issuer.starts_with("http://"))
            .max_redirects(0)
            .user_agent(concat!("entente/", env!("CARGO_PKG_VERSION")));
        if let Some(pem) = &config.ca_pem {
            let certs: Vec<_> = ureq::tls::parse_pem(pem)
                .filter_map(|i| match i {
                    Ok(ureq::tls::PemItem::Certificate(c)) => Some(c),
                    _ => None,
                })
                .collect();
            if certs.is_empty() {
                return Err(
                    "--oidc-ca-file: expected PEM certificates (-----BEGIN CERTIFICATE-----)"
                        .into(),
                );
            }
            builder = builder.tls_config(
                ureq::tls::TlsConfig::builder()
                    .root_certs(ureq::tls::RootCerts::from(certs))
                    .build(),
            );
        }
        Ok(Provider {
            agent: builder.build().into(),
            config,
            clock,
            metadata: Mutex::new(None),
            keys: Mutex::new(None),
            pending: Mutex::new(HashMap::new()),
        })
    }

    fn get_json<T: serde::de::DeserializeOwned>(
        &self,
        url: &str,
        what: &str,
    ) -> Result<T, OidcError> {
        let mut r = self
            .agent
            .get(url)
            .header("Accept", "application/json")
            .call()
            .map_err(|e| OidcError::Provider(format!("{what} at {url}: {e}")))?;
        if !r.status().is_success() {
            return Err(OidcError::Provider(format!(
                "{what} at {url} answered {}",
                r.status()
            )));
        }
        r.body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_json()
            .map_err(|e| {
                OidcError::Provider(format!("{what} at {url} is not the expected JSON: {e}"))
            })
    }

    /// The provider's metadata, read from `{issuer}/.well-known/openid-configuration`
    /// (Discovery 1.0 §4.1) and kept for an hour.
    fn metadata(&self) -> Result<Metadata, OidcError> {
        if let Some((m, at)) = &*self.metadata.lock().unwrap_or_else(|e| e.into_inner())
            && self.age(*at) < METADATA_TTL
        {
            return Ok(m.clone());
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            self.config.issuer.trim_end_matches('/')
        );
        let m: Metadata = self.get_json(&url, "the discovery document")?;
        // Discovery 1.0 §4.3: the issuer in the document MUST be identical to the one the
        // document was asked of.
        if m.issuer != self.config.issuer {
            return Err(OidcError::Provider(format!(
                "the discovery document names the issuer {:?}, not the configured {:?} (Discovery 1.0 §4.3); set --oidc-issuer to exactly the provider's issuer",
                m.issuer, self.config.issuer
            )));
        }
        // RFC 7636 §4.3: entente always sends an S256 challenge; a provider that lists its
        // methods must list S256.
        if let Some(methods) = &m.code_challenge_methods_supported
            && !methods.iter().any(|x| x == "S256")
        {
            return Err(OidcError::Provider(
                "the provider does not support PKCE with S256 (RFC 7636 §4.2), which entente requires".into(),
            ));
        }
        for (name, url) in [
            ("authorization_endpoint", &m.authorization_endpoint),
            ("token_endpoint", &m.token_endpoint),
            ("jwks_uri", &m.jwks_uri),
        ] {
            if !(url.starts_with("https://")
                || url.starts_with("http://") && self.config.issuer.starts_with("http://"))
            {
                return Err(OidcError::Provider(format!(
                    "the discovery document's {name} {url:?} is not an https URL"
                )));
            }
        }
        *self.metadata.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((m.clone(), self.clock.now()));
        Ok(m)
    }

    /// How long ago `at` was, by the store's clock (which tests move).
    fn age(&self, at: DateTime<Utc>) -> Duration {
        (self.clock.now() - at).to_std().unwrap_or(Duration::ZERO)
    }

    /// Reads the discovery document now, to report a misconfiguration at start.
    pub fn check_reachable(&self) -> Result<(), OidcError> {
        self.metadata().map(|_| ())
    }

    /// The provider's keys (JWKS, RFC 7517 §5), cached; read again when `refresh` and the last
    /// read is older than [`JWKS_REFETCH`], or when older than [`METADATA_TTL`].
    fn keys(&self, jwks_uri: &str, refresh: bool) -> Result<Vec<Jwk>, OidcError> {
        if let Some((k, at)) = &*self.keys.lock().unwrap_or_else(|e| e.into_inner()) {
            let fresh = self.age(*at) < METADATA_TTL;
            let may_refetch = self.age(*at) >= JWKS_REFETCH;
            if fresh && !(refresh && may_refetch) {
                return Ok(k.clone());
            }
        }
        let set: JwkSet = self.get_json(jwks_uri, "the key set (JWKS)")?;
        *self.keys.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((set.keys.clone(), self.clock.now()));
        Ok(set.keys)
    }

    /// Starts a sign-in: the authorization URL to send the browser to, and the value of the
    /// browser cookie that binds it.
    pub fn start(&self, next: &str, address: &str) -> Result<(String, String), OidcError> {
        let m = self.metadata()?;
        let state = random_b64(32)?;
        let nonce = random_b64(32)?;
        // RFC 7636 §4.1: a verifier of 43 to 128 unreserved characters with enough entropy;
        // 32 random bytes in base64url are 43 characters.
        let verifier = random_b64(32)?;
        // RFC 7636 §4.2: S256, code_challenge = BASE64URL(SHA256(ASCII(code_verifier))).
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let browser = random_b64(32)?;
        let now = self.clock.now();
        {
            let mut p = self.pending.lock().unwrap_or_else(|e| e.into_inner());
            p.retain(|_, v| v.expires > now);
            let mine: Vec<(DateTime<Utc>, String)> = p
                .iter()
                .filter(|(_, v)| v.address == address)
                .map(|(k, v)| (v.expires, k.clone()))
                .collect();
            if mine.len() >= MAX_PENDING_PER_ADDRESS
                && let Some((_, oldest)) = mine.into_iter().min()
            {
                p.remove(&oldest);
            }
            if p.len() >= MAX_PENDING {
                return Err(OidcError::Provider(
                    "too many sign-ins are in progress; try again in a few minutes".into(),
                ));
            }
            p.insert(
                state.clone(),
                Pending {
                    browser: sha256_hex(&browser),
                    nonce: nonce.clone(),
                    verifier,
                    next: next.to_string(),
                    expires: now + chrono::Duration::minutes(PENDING_MINUTES),
                    address: address.to_string(),
                },
            );
        }
        let scopes = if self.config.scopes.split(' ').any(|s| s == "openid") {
            self.config.scopes.clone()
        } else {
            format!("openid {}", self.config.scopes)
        };
        // Core 1.0 §3.1.2.1: the authentication request of the code flow.
        let sep = if m.authorization_endpoint.contains('?') {
            '&'
        } else {
            '?'
        };
        let url = format!(
            "{}{sep}response_type=code&client_id={}&redirect_uri={}&scope={}&state={}&nonce={}&code_challenge={}&code_challenge_method=S256",
            m.authorization_endpoint,
            pct(&self.config.client_id),
            pct(&self.config.redirect_uri),
            pct(scopes.trim()),
            state,
            nonce,
            challenge
        );
        Ok((url, browser))
    }

    /// Completes a sign-in at the callback: the pending sign-in of `state` (taken out, so it is
    /// used once), the browser cookie, the code exchanged, the ID token verified.
    pub fn complete(
        &self,
        code: &str,
        state: &str,
        iss: Option<&str>,
        browser: Option<&str>,
    ) -> Result<Verified, OidcError> {
        let pending = self
            .pending
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(state)
            .ok_or(OidcError::State)?;
        let now = self.clock.now();
        let same_browser =
            browser.is_some_and(|b| password::constant_time_eq(&sha256_hex(b), &pending.browser));
        if pending.expires <= now || !same_browser {
            return Err(OidcError::State);
        }
        // RFC 9207 §2.4: when the provider names itself in the response, it must be ours (a
        // defence against mix-up attacks).
        if let Some(i) = iss
            && i != self.config.issuer
        {
            return Err(OidcError::Refused(format!(
                "the response came from the issuer {i:?}, not {:?} (RFC 9207 §2.4)",
                self.config.issuer
            )));
        }
        let m = self.metadata()?;
        let (id_token, access_token) = self.exchange(&m, code, &pending.verifier)?;
        let mut claims = self.verify_with_keys(&m, &id_token, &pending.nonce, now)?;
        if let (Some(endpoint), Some(access)) = (&m.userinfo_endpoint, access_token) {
            self.merge_userinfo(endpoint, &access, &mut claims)?;
        }
        let subject = claims
            .get("sub")
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string();
        Ok(Verified {
            issuer: self.config.issuer.clone(),
            subject,
            claims,
            next: pending.next,
        })
    }

    /// The claims of the UserInfo endpoint (Core 1.0 §5.3), added to the ID token's where it
    /// lacks them: a provider may release `email` or `groups` there only (Core 1.0 §5.4). The
    /// answer's `sub` must be the ID token's (§5.3.2), or the sign-in fails.
    fn merge_userinfo(
        &self,
        endpoint: &str,
        access_token: &str,
        claims: &mut serde_json::Value,
    ) -> Result<(), OidcError> {
        let mut r = self
            .agent
            .get(endpoint)
            .header("Authorization", &format!("Bearer {access_token}"))
            .header("Accept", "application/json")
            .call()
            .map_err(|e| OidcError::Provider(format!("the UserInfo endpoint: {e}")))?;
        let json = r
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if !r.status().is_success() || !json {
            // Signed or encrypted UserInfo (application/jwt) is not read; the ID token's
            // claims alone decide.
            tracing::warn!(status = %r.status(), "single sign-on: UserInfo not used");
            return Ok(());
        }
        let info: serde_json::Value = r
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_json()
            .map_err(|e| OidcError::Provider(format!("the UserInfo answer: {e}")))?;
        if info.get("sub") != claims.get("sub") {
            return Err(OidcError::Token(
                "the UserInfo answer is about another subject than the ID token (Core 1.0 §5.3.2)"
                    .into(),
            ));
        }
        if let (Some(c), Some(i)) = (claims.as_object_mut(), info.as_object()) {
            for (k, v) in i {
                c.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        Ok(())
    }

    /// The token request (Core 1.0 §3.1.3.1, RFC 6749 §4.1.3) with the PKCE verifier (RFC 7636
    /// §4.5) and `client_secret_basic` (Core 1.0 §9; RFC 6749 §2.3.1: id and secret
    /// form-encoded, then Basic); returns the ID token (Core 1.0 §3.1.3.3) and the access
    /// token, if any.
    fn exchange(
        &self,
        m: &Metadata,
        code: &str,
        verifier: &str,
    ) -> Result<(String, Option<String>), OidcError> {
        let basic = base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            form_encode(&self.config.client_id),
            form_encode(&self.config.client_secret)
        ));
        let mut r = self
            .agent
            .post(&m.token_endpoint)
            .header("Authorization", &format!("Basic {basic}"))
            .header("Accept", "application/json")
            .send_form([
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", self.config.redirect_uri.as_str()),
                ("code_verifier", verifier),
            ])
            .map_err(|e| OidcError::Provider(format!("the token endpoint: {e}")))?;
        let status = r.status();
        let body: serde_json::Value = r
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_json()
            .map_err(|e| OidcError::Provider(format!("the token endpoint's answer: {e}")))?;
        if !status.is_success() {
            // RFC 6749 §5.2: `error` and `error_description`.
            let text = |k: &str| {
                body.get(k)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            return Err(OidcError::Refused(format!(
                "the token endpoint answered {status}: {} {}",
                text("error"),
                text("error_description")
            )));
        }
        let id_token = body
            .get("id_token")
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .ok_or_else(|| {
                OidcError::Token(
                    "the token endpoint sent no id_token (is the scope openid granted?)".into(),
                )
            })?;
        let access = body
            .get("access_token")
            .and_then(|v| v.as_str())
            .map(str::to_string);
        Ok((id_token, access))
    }

    fn verify_with_keys(
        &self,
        m: &Metadata,
        token: &str,
        nonce: &str,
        now: DateTime<Utc>,
    ) -> Result<serde_json::Value, OidcError> {
        let keys = self.keys(&m.jwks_uri, false)?;
        match verify_id_token(
            token,
            &keys,
            &self.config.issuer,
            &self.config.client_id,
            nonce,
            now,
        ) {
            // The provider may have rotated its keys since they were read: read them once more.
            Err(UnknownKey) => {
                let keys = self.keys(&m.jwks_uri, true)?;
                verify_id_token(
                    token,
                    &keys,
                    &self.config.issuer,
                    &self.config.client_id,
                    nonce,
                    now,
                )
                .map_err(VerifyError::into_oidc)
            }
            r => r.map_err(VerifyError::into_oidc),
        }
    }
}

/// `application/x-www-form-urlencoded` of one value (RFC 6749 Appendix B).
fn form_encode(s: &str) -> String {
    pct(s)
}

/// Why an ID token failed verification.
#[derive(Debug, PartialEq, Eq)]
pub enum VerifyError {
    /// No key of the set has the token's `kid` (or fits its `alg`): read the set again.
    UnknownKey,
    Invalid(String),
}
use VerifyError::UnknownKey;

impl VerifyError {
    fn into_oidc(self) -> OidcError {
        match self {
            UnknownKey => OidcError::Token(
                "it is signed by a key the provider does not publish (kid not in its JWKS)".into(),
            ),
            VerifyError::Invalid(s) => OidcError::Token(s),
        }
    }
}

/// Checks a signature over the signing input with a key of the right type.
type SignatureCheck = fn(&Jwk, &[u8], &[u8]) -> Result<(), VerifyError>;

fn invalid(s: impl Into<String>) -> VerifyError {
    VerifyError::Invalid(s.into())
}

fn b64(part: &str, what: &str) -> Result<Vec<u8>, VerifyError> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| invalid(format!("its {what} is not base64url (RFC 7515 §2)")))
}

#[derive(Deserialize)]
struct JoseHeader {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    crit: Option<serde_json::Value>,
}

/// The claims entente checks, with the types Core 1.0 §2 gives them: a claim of another type
/// fails the token (never read as absent).
#[derive(Deserialize)]
struct StandardClaims {
    iss: String,
    sub: String,
    aud: Audience,
    exp: i64,
    iat: i64,
    #[serde(default)]
    nonce: Option<String>,
    #[serde(default)]
    azp: Option<String>,
    #[serde(default)]
    nbf: Option<i64>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

/// Verifies a compact JWS ID token (RFC 7515 §7.1, §5.2) and its claims (Core 1.0 §3.1.3.7)
/// against `keys`; returns every claim.
pub fn verify_id_token(
    token: &str,
    keys: &[Jwk],
    issuer: &str,
    client_id: &str,
    nonce: &str,
    now: DateTime<Utc>,
) -> Result<serde_json::Value, VerifyError> {
    let parts: Vec<&str> = token.split('.').collect();
    let [h, p, s] = parts.as_slice() else {
        return Err(invalid(
            "it is not a signed JWT of three parts (encrypted ID tokens are not supported; Core 1.0 §3.1.3.7 item 1)",
        ));
    };
    let header: JoseHeader = serde_json::from_slice(&b64(h, "header")?)
        .map_err(|e| invalid(format!("its header is not a JOSE header: {e}")))?;
    // RFC 7515 §4.1.11: a critical extension entente does not understand fails the token.
    if header.crit.is_some() {
        return Err(invalid(
            "its header has critical extensions (crit) entente does not implement",
        ));
    }
    // Core 1.0 §3.1.3.7 item 7 and RFC 7518 §3.1: RS256 (the default) or ES256, never `none`
    // or an HMAC keyed by the client secret. The key's type must fit the algorithm, so that a
    // token cannot choose how its key is read.
    let (kty, verify): (&str, SignatureCheck) = match header.alg.as_str() {
        "RS256" => ("RSA", verify_rs256),
        "ES256" => ("EC", verify_es256),
        other => {
            return Err(invalid(format!(
                "it is signed with {other:?}; entente accepts RS256 and ES256 (RFC 7518 §3.3, §3.4)"
            )));
        }
    };
    let candidates: Vec<&Jwk> = keys
        .iter()
        .filter(|k| k.kty == kty)
        .filter(|k| k.use_.as_deref().is_none_or(|u| u == "sig"))
        .filter(|k| k.alg.as_deref().is_none_or(|a| a == header.alg))
        .filter(|k| match (&header.kid, &k.kid) {
            (Some(want), Some(have)) => want == have,
            (Some(_), None) => false,
            (None, _) => true,
        })
        .collect();
    // Without a `kid`, the set must hold exactly one key that fits (Core 1.0 §10.1).
    let key = match (candidates.as_slice(), &header.kid) {
        ([k], _) => *k,
        ([], _) => return Err(UnknownKey),
        (_, None) => {
            return Err(invalid(
                "it names no key (kid) and the provider publishes several that fit",
            ));
        }
        (_, Some(_)) => return Err(invalid("the provider publishes several keys with its kid")),
    };
    let signature = b64(s, "signature")?;
    let input = format!("{h}.{p}");
    verify(key, input.as_bytes(), &signature)?;
    let raw: serde_json::Value = serde_json::from_slice(&b64(p, "payload")?)
        .map_err(|e| invalid(format!("its payload is not JSON: {e}")))?;
    let c: StandardClaims = serde_json::from_value(raw.clone()).map_err(|e| {
        invalid(format!(
            "its claims lack iss, sub, aud, exp or iat, or have the wrong type (Core 1.0 §2): {e}"
        ))
    })?;
    // Item 2: the issuer is exactly the configured one.
    if c.iss != issuer {
        return Err(invalid(format!(
            "it was issued by {:?}, not {issuer:?} (Core 1.0 §3.1.3.7 item 2)",
            c.iss
        )));
    }
    // Item 3: the client is an audience, and no audience the client does not trust is;
    // items 4-5: with an `azp`, it is the client.
    let auds = match c.aud {
        Audience::One(a) => vec![a],
        Audience::Many(v) => v,
    };
    if !auds.iter().any(|a| a == client_id) || auds.iter().any(|a| a != client_id) {
        return Err(invalid(format!(
            "its audience {auds:?} is not this client {client_id:?} alone (Core 1.0 §3.1.3.7 item 3)"
        )));
    }
    if c.azp.as_deref().is_some_and(|a| a != client_id) {
        return Err(invalid(
            "it was issued to another party (azp; Core 1.0 §3.1.3.7 item 5)",
        ));
    }
    let t = now.timestamp();
    // Item 9: now is before `exp`.
    if t >= c.exp + LEEWAY_SECONDS {
        return Err(invalid(format!(
            "it expired at {} (Core 1.0 §3.1.3.7 item 9)",
            DateTime::from_timestamp(c.exp, 0)
                .map(entente_core::event::format_time)
                .unwrap_or_else(|| c.exp.to_string())
        )));
    }
    // Item 10: issued neither in the future nor long ago.
    if c.iat > t + LEEWAY_SECONDS || c.iat < t - MAX_AGE_SECONDS {
        return Err(invalid(format!(
            "it was issued at {} s, too far from now ({t} s) (Core 1.0 §3.1.3.7 item 10)",
            c.iat
        )));
    }
    if c.nbf.is_some_and(|n| n > t + LEEWAY_SECONDS) {
        return Err(invalid("it is not valid yet (nbf)"));
    }
    // Item 11: the nonce of this sign-in.
    if !c
        .nonce
        .as_deref()
        .is_some_and(|n| password::constant_time_eq(n, nonce))
    {
        return Err(invalid(
            "its nonce is not this sign-in's (a replayed token; Core 1.0 §3.1.3.7 item 11)",
        ));
    }
    // Core 1.0 §2: `sub` is at most 255 ASCII characters.
    if c.sub.is_empty() || c.sub.len() > 255 || !c.sub.is_ascii() {
        return Err(invalid(
            "its sub is not 1 to 255 ASCII characters (Core 1.0 §2)",
        ));
    }
    Ok(raw)
}

fn verify_rs256(k: &Jwk, input: &[u8], sig: &[u8]) -> Result<(), VerifyError> {
    let (Some(n), Some(e)) = (&k.n, &k.e) else {
        return Err(invalid(
            "the provider's RSA key lacks n or e (RFC 7518 §6.3.1)",
        ));
    };
    let (n, e) = (b64(n, "key's n")?, b64(e, "key's e")?);
    // RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3), keys of 2048 bits or more.
    ring::signature::RsaPublicKeyComponents { n: &n, e: &e }
        .verify(&ring::signature::RSA_PKCS1_2048_8192_SHA256, input, sig)
        .map_err(|_| invalid("its RS256 signature does not verify with the provider's key"))
}

fn verify_es256(k: &Jwk, input: &[u8], sig: &[u8]) -> Result<(), VerifyError> {
    let (Some(crv), Some(x), Some(y)) = (&k.crv, &k.x, &k.y) else {
        return Err(invalid(
            "the provider's EC key lacks crv, x or y (RFC 7518 §6.2.1)",
        ));
    };
    if crv != "P-256" {
        return Err(invalid("ES256 needs a P-256 key (RFC 7518 §3.4)"));
    }
    let (x, y) = (b64(x, "key's x")?, b64(y, "key's y")?);
    if x.len() != 32 || y.len() != 32 {
        return Err(invalid(
            "the provider's P-256 key coordinates are not 32 bytes",
        ));
    }
    // RFC 7518 §3.4: the signature is R || S, 64 bytes; the key an uncompressed point.
    let mut point = Vec::with_capacity(65);
    point.push(4);
    point.extend_from_slice(&x);
    point.extend_from_slice(&y);
    ring::signature::UnparsedPublicKey::new(&ring::signature::ECDSA_P256_SHA256_FIXED, &point)
        .verify(input, sig)
        .map_err(|_| invalid("its ES256 signature does not verify with the provider's key"))
}

// ---- routes ----

fn provider(st: &AppState) -> Option<(Arc<Provider>, &StoreAuth)> {
    let acc = st.auth.accounts()?;
    Some((acc.oidc.clone()?, acc))
}

#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
}

fn state_cookie(value: &str, max_age: i64, secure: bool) -> Option<HeaderValue> {
    // SameSite=Lax: the cookie must come back on the provider's top-level redirect to the
    // callback, which Strict would withhold.
    HeaderValue::from_str(&format!(
        "{STATE_COOKIE}={value}; Path=/login/oidc; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    ))
    .ok()
}

/// `GET /login/oidc?next=/path`: sends the browser to the provider.
pub async fn start(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Query(q): Query<StartQuery>,
    parts: Parts,
) -> Response {
    let Some((p, acc)) = provider(&st) else {
        return crate::ui::error_page(
            c,
            ApiError::not_found("single sign-on", "(not configured on this instance)"),
        );
    };
    let next = safe_next(q.next.as_deref());
    let secure = auth::over_tls(&parts) || acc.config.secure_cookies;
    let pp = p.clone();
    let address = acc.address(&parts);
    match tokio::task::spawn_blocking(move || pp.start(&next, &address)).await {
        Ok(Ok((url, browser))) => {
            let mut r = Redirect::to(&url).into_response();
            *r.status_mut() = StatusCode::SEE_OTHER;
            if let Some(v) = state_cookie(&browser, PENDING_MINUTES * 60, secure) {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            r
        }
        Ok(Err(e)) => {
            tracing::error!(error = %e, "single sign-on could not start");
            failed_page(
                c,
                &p.config.display_name,
                &e.to_string(),
                StatusCode::BAD_GATEWAY,
            )
        }
        Err(_) => failed_page(
            c,
            &p.config.display_name,
            "internal error",
            StatusCode::INTERNAL_SERVER_ERROR,
        ),
    }
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    iss: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// What the single sign-on page says.
pub enum SsoState {
    /// Signed in: continue to `next` (a page, so that the SameSite=Strict session cookie set by
    /// this cross-site redirect is sent on the next, same-site, request).
    Continue(String),
    /// The provider signed the user in, but they get no access here.
    Refused(&'static str),
    /// The sign-in failed, for this reason.
    Failed(String),
}

#[derive(Template)]
#[template(path = "sso.html")]
pub struct SsoPage {
    pub c: Ctx,
    pub provider: String,
    pub state: SsoState,
}

fn failed_page(c: Ctx, provider: &str, reason: &str, status: StatusCode) -> Response {
    let mut r = html(&SsoPage {
        c,
        provider: provider.to_string(),
        state: SsoState::Failed(reason.to_string()),
    });
    *r.status_mut() = status;
    r
}

/// `GET /login/oidc/callback`: the provider's answer.
pub async fn callback(
    State(st): State<Arc<AppState>>,
    Query(q): Query<CallbackQuery>,
    mut parts: Parts,
) -> Response {
    let c = match Page::from_request_parts(&mut parts, &st).await {
        Ok(Page(c)) => c,
        Err(e) => return e.into_response(),
    };
    let Some((p, acc)) = provider(&st) else {
        return crate::ui::error_page(
            c,
            ApiError::not_found("single sign-on", "(not configured on this instance)"),
        );
    };
    let name = p.config.display_name.clone();
    let secure = auth::over_tls(&parts) || acc.config.secure_cookies;
    let address = acc.address(&parts);
    let clear = state_cookie("", 0, secure);
    let with_clear = |mut r: Response| {
        if let Some(v) = clear.clone() {
            r.headers_mut().append(header::SET_COOKIE, v);
        }
        r
    };
    if let Some(err) = &q.error {
        // Core 1.0 §3.1.2.6: the provider refused (the user cancelled, or consent was denied).
        let reason = format!(
            "{err}{}",
            q.error_description
                .as_deref()
                .map(|d| format!(": {}", d.chars().take(300).collect::<String>()))
                .unwrap_or_default()
        );
        if let Some(s) = &q.state {
            p.pending
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(s);
        }
        return with_clear(failed_page(c, &name, &reason, StatusCode::UNAUTHORIZED));
    }
    let (Some(code), Some(state)) = (q.code.clone(), q.state.clone()) else {
        return with_clear(failed_page(
            c,
            &name,
            "the provider's answer has no code or state",
            StatusCode::BAD_REQUEST,
        ));
    };
    let browser = auth::cookie(&parts.headers, STATE_COOKIE).map(str::to_string);
    let pp = p.clone();
    let iss = q.iss.clone();
    let verified = tokio::task::spawn_blocking(move || {
        pp.complete(&code, &state, iss.as_deref(), browser.as_deref())
    })
    .await;
    let v = match verified {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            // Anyone can call the callback: failures are counted against the address and
            // tallied, never recorded one by one (F12).
            acc.limiter.fail("", &address);
            if let Some(w) = acc.tally.add(&address, "sso_failed") {
                let store = st.store.clone();
                let _ = blocking(move || {
                    Ok(store.record(
                        &entente_core::Actor {
                            user: entente_core::UserId::system(),
                            party: entente_store::log::instance_party(),
                        },
                        vec![crate::identity::aggregate_draft(&w)],
                    )?)
                })
                .await;
            }
            tracing::warn!(error = %e, %address, "single sign-on failed");
            let status = match e {
                OidcError::Provider(_) => StatusCode::BAD_GATEWAY,
                _ => StatusCode::UNAUTHORIZED,
            };
            return with_clear(failed_page(c, &name, &e.to_string(), status));
        }
        Err(_) => {
            return with_clear(failed_page(
                c,
                &name,
                "internal error",
                StatusCode::INTERNAL_SERVER_ERROR,
            ));
        }
    };
    let store = st.store.clone();
    let identity = FederatedIdentity {
        issuer: v.issuer.clone(),
        subject: v.subject.clone(),
        claims: v.claims.clone(),
        address: address.clone(),
    };
    let outcome = match blocking(move || Ok(store.federate(identity)?)).await {
        Ok(o) => o,
        Err(e) => return with_clear(crate::ui::error_page(c, e)),
    };
    let user = match outcome {
        FederatedOutcome::Account(u) => u,
        FederatedOutcome::Refused(reason) => {
            tracing::warn!(subject = ?v.subject, reason, %address, "single sign-on: no access");
            let mut r = html(&SsoPage {
                c,
                provider: name,
                state: SsoState::Refused(reason),
            });
            *r.status_mut() = StatusCode::FORBIDDEN;
            return with_clear(r);
        }
    };
    let store = st.store.clone();
    let u = match blocking(move || Ok(store.user(&user)?)).await {
        Ok(Some(u)) => u,
        Ok(None) => return with_clear(crate::ui::error_page(c, ApiError::not_found("user", ""))),
        Err(e) => return with_clear(crate::ui::error_page(c, e)),
    };
    let token = match password::random_token("ents_") {
        Ok(t) => t,
        Err(e) => {
            return with_clear(crate::ui::error_page(
                c,
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e),
            ));
        }
    };
    let hash = password::token_hash(&token);
    let actor = entente_core::Actor {
        user: u.user.clone(),
        party: u.party.clone(),
    };
    let lifetime = acc.config.session_lifetime;
    let store = st.store.clone();
    let (uid, addr) = (u.user.clone(), address.clone());
    let opened = blocking(move || {
        store.open_session(&actor, hash, lifetime, SignInProof::OpenIdConnect)?;
        store.record(
            &actor,
            vec![entente_core::Draft::new(
                &account::LoginSucceeded {
                    user: uid,
                    address: addr,
                    method: "oidc".into(),
                },
                entente_store::accounts::account_marking(),
            )],
        )?;
        Ok(())
    })
    .await;
    if let Err(e) = opened {
        return with_clear(crate::ui::error_page(c, e));
    }
    let mut r = html(&SsoPage {
        c,
        provider: name,
        state: SsoState::Continue(v.next),
    });
    if let Some(cookie) = acc.session_cookie(&token, secure) {
        r.headers_mut().append(header::SET_COOKIE, cookie);
    }
    with_clear(r)
}

// ---- the sign-on rules API ----

/// A rule as the API shows and takes it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleIo {
    #[serde(default)]
    pub id: Option<String>,
    pub party: String,
    /// `email_domain`, or a claim name such as `groups`.
    pub claim: String,
    pub value: String,
    pub roles: Vec<Role>,
    #[serde(default)]
    pub clearance: Option<Classification>,
    #[serde(default)]
    pub clearance_claim: Option<String>,
}

impl From<SignOnRule> for RuleIo {
    fn from(r: SignOnRule) -> Self {
        RuleIo {
            id: Some(r.id),
            party: r.party.to_string(),
            claim: r.claim,
            value: r.value,
            roles: r.roles.into_iter().collect(),
            clearance: r.clearance,
            clearance_claim: r.clearance_claim,
        }
    }
}

/// `GET /api/v1/signon/rules`: an admin sees every rule, a security officer their party's.
pub async fn list_rules(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
) -> Result<Json<Vec<RuleIo>>, ApiError> {
    let v = auth::require_session(&caller)?.viewer.clone();
    let store = st.store.clone();
    let rules = blocking(move || Ok(store.signon_rules_for(&v)?)).await?;
    Ok(Json(rules.into_iter().map(RuleIo::from).collect()))
}

/// `PUT /api/v1/signon/rules/{id}`: sets a rule (a security officer of its party).
pub async fn set_rule(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RuleIo>,
) -> Result<Json<RuleIo>, ApiError> {
    let v = auth::require_session(&caller)?.viewer.clone();
    if body.id.as_ref().is_some_and(|b| *b != id) {
        return Err(ApiError::invalid(
            "id: expected the id of the path, or none",
        ));
    }
    let rule = SignOnRule {
        id,
        party: PartyId::parse(&body.party).map_err(|e| ApiError::invalid(e.to_string()))?,
        claim: body.claim,
        value: body.value,
        roles: body.roles.into_iter().collect(),
        clearance: body.clearance,
        clearance_claim: body.clearance_claim,
    };
    rule.check().map_err(|e| ApiError::invalid(e.to_string()))?;
    let out = RuleIo::from(rule.clone());
    let store = st.store.clone();
    blocking(move || Ok(store.set_signon_rule(&v, rule)?)).await?;
    Ok(Json(out))
}

/// `DELETE /api/v1/signon/rules/{id}` (a security officer of the rule's party).
pub async fn remove_rule(
    State(st): State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let v = auth::require_session(&caller)?.viewer.clone();
    let store = st.store.clone();
    blocking(move || Ok(store.remove_signon_rule(&v, &id)?)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The provider's display name, for the sign-in page's button.
pub fn display_name(st: &AppState) -> Option<String> {
    provider(st).map(|(p, _)| p.config.display_name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};

    const ISS: &str = "https://idp.example";
    const CLIENT: &str = "entente";

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
    }

    struct Signer {
        pair: EcdsaKeyPair,
        rng: ring::rand::SystemRandom,
    }

    impl Signer {
        fn new() -> Self {
            let rng = ring::rand::SystemRandom::new();
            let pkcs8 =
                EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
            let pair =
                EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
                    .unwrap();
            Signer { pair, rng }
        }

        fn jwk(&self, kid: &str) -> Jwk {
            let pk = self.pair.public_key().as_ref();
            Jwk {
                kty: "EC".into(),
                kid: Some(kid.into()),
                use_: Some("sig".into()),
                alg: None,
                n: None,
                e: None,
                crv: Some("P-256".into()),
                x: Some(URL_SAFE_NO_PAD.encode(&pk[1..33])),
                y: Some(URL_SAFE_NO_PAD.encode(&pk[33..65])),
            }
        }

        fn sign(&self, header: serde_json::Value, claims: serde_json::Value) -> String {
            let h = URL_SAFE_NO_PAD.encode(header.to_string());
            let p = URL_SAFE_NO_PAD.encode(claims.to_string());
            let sig = self
                .pair
                .sign(&self.rng, format!("{h}.{p}").as_bytes())
                .unwrap();
            format!("{h}.{p}.{}", URL_SAFE_NO_PAD.encode(sig.as_ref()))
        }
    }

    fn claims() -> serde_json::Value {
        serde_json::json!({
            "iss": ISS, "sub": "anna", "aud": CLIENT, "nonce": "n-1",
            "exp": now().timestamp() + 300, "iat": now().timestamp() - 5,
            "groups": ["cert-lv"]
        })
    }

    fn header() -> serde_json::Value {
        serde_json::json!({"alg": "ES256", "kid": "k1", "typ": "JWT"})
    }

    fn check(token: &str, keys: &[Jwk]) -> Result<serde_json::Value, VerifyError> {
        verify_id_token(token, keys, ISS, CLIENT, "n-1", now())
    }

    fn with(f: impl FnOnce(&mut serde_json::Value)) -> serde_json::Value {
        let mut c = claims();
        f(&mut c);
        c
    }

    #[test]
    fn a_good_es256_token_verifies() {
        let s = Signer::new();
        let c = check(&s.sign(header(), claims()), &[s.jwk("k1")]).unwrap();
        assert_eq!(c["groups"][0], "cert-lv");
    }

    #[test]
    fn forged_signatures_and_unknown_keys_are_refused() {
        let (s, other) = (Signer::new(), Signer::new());
        // Signed by another key under our kid.
        let forged = other.sign(header(), claims());
        assert!(
            matches!(check(&forged, &[s.jwk("k1")]), Err(VerifyError::Invalid(m)) if m.contains("signature"))
        );
        // Signed under a kid the set lacks: read the set again.
        assert_eq!(check(&forged, &[s.jwk("k2")]), Err(UnknownKey));
        // A payload changed after signing.
        let good = s.sign(header(), claims());
        let parts: Vec<&str> = good.split('.').collect();
        let evil = URL_SAFE_NO_PAD.encode(with(|c| c["sub"] = "admin".into()).to_string());
        let tampered = format!("{}.{evil}.{}", parts[0], parts[2]);
        assert!(check(&tampered, &[s.jwk("k1")]).is_err());
    }

    #[test]
    fn algorithm_none_and_hmac_are_refused() {
        let s = Signer::new();
        for alg in ["none", "HS256", "RS384", "PS256"] {
            let t = s.sign(serde_json::json!({"alg": alg, "kid": "k1"}), claims());
            assert!(
                matches!(check(&t, &[s.jwk("k1")]), Err(VerifyError::Invalid(m)) if m.contains("RS256 and ES256")),
                "{alg}"
            );
        }
        // An EC key is never read as an RSA one.
        let t = s.sign(serde_json::json!({"alg": "RS256", "kid": "k1"}), claims());
        assert_eq!(check(&t, &[s.jwk("k1")]), Err(UnknownKey));
    }

    #[test]
    fn issuer_audience_expiry_issue_time_and_nonce_are_checked() {
        let s = Signer::new();
        let keys = [s.jwk("k1")];
        let refused = |c: serde_json::Value, why: &str| {
            let r = check(&s.sign(header(), c), &keys);
            assert!(
                matches!(&r, Err(VerifyError::Invalid(m)) if m.contains(why)),
                "{why}: {r:?}"
            );
        };
        refused(with(|c| c["iss"] = "https://evil.example".into()), "item 2");
        refused(with(|c| c["aud"] = "someone-else".into()), "item 3");
        refused(
            with(|c| c["aud"] = serde_json::json!([CLIENT, "other"])),
            "item 3",
        );
        refused(with(|c| c["azp"] = "other".into()), "item 5");
        refused(
            with(|c| c["exp"] = (now().timestamp() - 61).into()),
            "expired",
        );
        refused(
            with(|c| c["iat"] = (now().timestamp() - 3600).into()),
            "item 10",
        );
        refused(
            with(|c| c["iat"] = (now().timestamp() + 3600).into()),
            "item 10",
        );
        refused(with(|c| c["nonce"] = "n-2".into()), "nonce");
        refused(
            with(|c| {
                c.as_object_mut().unwrap().remove("nonce");
            }),
            "nonce",
        );
        // A claim of the wrong type fails the token, never reads as absent.
        refused(with(|c| c["exp"] = "never".into()), "wrong type");
        refused(with(|c| c["nbf"] = "later".into()), "wrong type");
        refused(
            with(|c| {
                c.as_object_mut().unwrap().remove("sub");
            }),
            "lack",
        );
        assert!(
            check(
                &s.sign(header(), with(|c| c["aud"] = serde_json::json!([CLIENT]))),
                &keys
            )
            .is_ok()
        );
    }

    #[test]
    fn one_address_cannot_fill_the_pending_sign_ins() {
        let p = Provider::new(
            OidcConfig {
                issuer: "https://idp.example".into(),
                client_id: "entente".into(),
                client_secret: "s".into(),
                redirect_uri: "https://entente.example/login/oidc/callback".into(),
                display_name: "IdP".into(),
                scopes: "openid".into(),
                ca_pem: None,
            },
            Arc::new(entente_store::FixedClock::new(now())),
        )
        .unwrap();
        // Metadata as if discovered, so that no network is needed.
        *p.metadata.lock().unwrap() = Some((
            Metadata {
                issuer: ISS.into(),
                authorization_endpoint: "https://idp.example/auth".into(),
                token_endpoint: "https://idp.example/token".into(),
                jwks_uri: "https://idp.example/jwks".into(),
                userinfo_endpoint: None,
                code_challenge_methods_supported: Some(vec!["S256".into()]),
            },
            now(),
        ));
        for _ in 0..100 {
            p.start("/", "6.6.6.6").unwrap();
        }
        let (url, _) = p.start("/", "7.7.7.7").unwrap();
        assert!(url.starts_with("https://idp.example/auth?response_type=code&client_id=entente"));
        let pending = p.pending.lock().unwrap();
        assert_eq!(pending.len(), MAX_PENDING_PER_ADDRESS + 1);
    }

    #[test]
    fn configuration_is_checked() {
        let good = OidcConfig {
            issuer: "https://login.example.eu".into(),
            client_id: "entente".into(),
            client_secret: "s3cret".into(),
            redirect_uri: "https://entente.example.eu/login/oidc/callback".into(),
            display_name: "EU Login".into(),
            scopes: "openid email profile".into(),
            ca_pem: None,
        };
        assert!(good.check().is_ok());
        let mut c = good.clone();
        c.issuer = "http://login.example.eu".into();
        assert!(c.check().unwrap_err().contains("--oidc-issuer"));
        c.issuer = "http://127.0.0.1:4000".into();
        assert!(c.check().is_ok());
        let mut c = good.clone();
        c.redirect_uri = "https://entente.example.eu/elsewhere".into();
        assert!(c.check().unwrap_err().contains("--oidc-redirect"));
        let mut c = good;
        c.client_secret = " ".into();
        assert!(c.check().is_err());
    }
}
