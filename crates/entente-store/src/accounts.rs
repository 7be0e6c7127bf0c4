//! Accounts, sessions and API tokens: decisions (run in the writer) and reads of the `users`,
//! `sessions` and `api_tokens` projections. Secrets are only ever stored hashed: Argon2id for
//! passwords (hashed at the edge), SHA-256 for session and API tokens.
//!
//! Account administration is authorised at the edge (admin role); these functions check that
//! what is asked is consistent (the user exists, is enabled, the token is not revoked).

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use entente_core::account::{
    self, Role, SessionClosed, SessionOpened, TokenCreated, TokenRevoked, TokenScope, UserCreated,
    UserDisabled, UserPasswordSet, UserRolesChanged,
};
use entente_core::event::format_time;
use entente_core::{Classification, Draft, Marking, PartyId, Tlp, UserId};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Result, StoreError};

/// An account as the rest of entente sees it (no password hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserView {
    pub user: UserId,
    pub party: PartyId,
    pub roles: BTreeSet<Role>,
    pub clearance: Option<Classification>,
    pub disabled: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl UserView {
    pub fn has_role(&self, r: Role) -> bool {
        self.roles.contains(&r)
    }
}

/// An account with its password hash, for checking a login. `Debug` does not show the hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: UserView,
    pub password_hash: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password_hash", &"[redacted]")
            .finish()
    }
}

/// An open or closed session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    /// SHA-256 (hex) of the session token.
    pub session: String,
    pub user: UserId,
    pub opened_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub closed: bool,
}

/// An API token (its hash stays in the store).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenView {
    pub id: String,
    pub user: UserId,
    pub scope: TokenScope,
    pub label: Option<String>,
    pub created_at: String,
    pub revoked: bool,
}

/// Account events are marked AMBER+STRICT: they concern the actor's own organisation; the
/// generic event feed never serves them (see [`account::ACCOUNT_EVENT_TYPES`]).
pub fn account_marking() -> Marking {
    Marking::tlp(Tlp::AmberStrict)
}

fn roles_text(roles: &BTreeSet<Role>) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn clearance_text(c: Option<Classification>) -> Option<String> {
    c.map(|c| account::clearance_label(Some(c)).to_string())
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Decode(format!("time {s:?}: {e}")))
}

const USER_COLUMNS: &str =
    "user, party, roles, clearance, disabled, created_at, updated_at, password_hash";

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<[Option<String>; 8]> {
    Ok([
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get::<_, i64>(4).map(|d| Some(d.to_string()))?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ])
}

fn decode_user(r: [Option<String>; 8]) -> Result<Credentials> {
    let [
        user,
        party,
        roles,
        clearance,
        disabled,
        created,
        updated,
        hash,
    ] = r;
    let s = |v: Option<String>| v.unwrap_or_default();
    Ok(Credentials {
        user: UserView {
            user: UserId::parse(&s(user))?,
            party: PartyId::parse(&s(party))?,
            roles: account::parse_roles(&s(roles))?,
            clearance: clearance
                .as_deref()
                .map(account::parse_clearance)
                .transpose()?
                .flatten(),
            disabled: disabled.as_deref() == Some("1"),
            created_at: s(created),
            updated_at: s(updated),
        },
        password_hash: s(hash),
    })
}

/// The account `user` with its password hash, if it exists.
pub fn credentials(conn: &Connection, user: &UserId) -> Result<Option<Credentials>> {
    let r = conn
        .prepare_cached(&format!("SELECT {USER_COLUMNS} FROM users WHERE user = ?1"))?
        .query_row([user.as_str()], user_row)
        .optional()?;
    r.map(decode_user).transpose()
}

pub fn user(conn: &Connection, user: &UserId) -> Result<Option<UserView>> {
    Ok(credentials(conn, user)?.map(|c| c.user))
}

pub fn users(conn: &Connection) -> Result<Vec<UserView>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY user"))?;
    let rows = stmt.query_map([], user_row)?;
    let mut out = Vec::new();
    for r in rows {
        out.push(decode_user(r?)?.user);
    }
    Ok(out)
}

/// The session whose token hashes to `hash`, with its (current) account.
pub fn session(conn: &Connection, hash: &str) -> Result<Option<(SessionView, UserView)>> {
    let r: Option<(String, String, String, Option<String>)> = conn
        .prepare_cached(
            "SELECT user, opened_at, expires_at, closed_at FROM sessions WHERE session = ?1",
        )?
        .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let Some((u, opened, expires, closed)) = r else {
        return Ok(None);
    };
    let uid = UserId::parse(&u)?;
    let Some(account) = user(conn, &uid)? else {
        return Ok(None);
    };
    Ok(Some((
        SessionView {
            session: hash.to_string(),
            user: uid,
            opened_at: parse_time(&opened)?,
            expires_at: parse_time(&expires)?,
            closed: closed.is_some(),
        },
        account,
    )))
}

const TOKEN_COLUMNS: &str = "id, user, scope, label, created_at, revoked_at";

/// id, user, scope, label, created_at, revoked_at.
type TokenRow = (
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
);

fn token_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TokenRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn decode_token(r: TokenRow) -> Result<TokenView> {
    Ok(TokenView {
        id: r.0,
        user: UserId::parse(&r.1)?,
        scope: r.2.parse()?,
        label: r.3,
        created_at: r.4,
        revoked: r.5.is_some(),
    })
}

/// The API token whose SHA-256 is `hash`, with its (current) account.
pub fn token_by_hash(conn: &Connection, hash: &str) -> Result<Option<(TokenView, UserView)>> {
    let r = conn
        .prepare_cached(&format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ?1"
        ))?
        .query_row([hash], token_row)
        .optional()?;
    let Some(t) = r.map(decode_token).transpose()? else {
        return Ok(None);
    };
    Ok(user(conn, &t.user)?.map(|u| (t, u)))
}

pub fn token(conn: &Connection, id: &str) -> Result<Option<TokenView>> {
    let r = conn
        .prepare_cached(&format!(
            "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE id = ?1"
        ))?
        .query_row([id], token_row)
        .optional()?;
    r.map(decode_token).transpose()
}

/// The tokens of `owner` (all tokens when `None`), newest first.
pub fn tokens(conn: &Connection, owner: Option<&UserId>) -> Result<Vec<TokenView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE (?1 IS NULL OR user = ?1) ORDER BY seq DESC"
    ))?;
    let rows = stmt.query_map([owner.map(|u| u.as_str())], token_row)?;
    let mut out = Vec::new();
    for r in rows {
        out.push(decode_token(r?)?);
    }
    Ok(out)
}

// ---- decisions ----

fn must_exist(conn: &Connection, u: &UserId) -> Result<UserView> {
    user(conn, u)?.ok_or_else(|| StoreError::not_found("user", u.as_str()))
}

pub fn decide_create_user(conn: &Connection, body: UserCreated) -> Result<Vec<Draft>> {
    body.check()?;
    if user(conn, &body.user)?.is_some() {
        return Err(StoreError::Exists {
            what: "user",
            id: body.user.to_string(),
        });
    }
    Ok(vec![Draft::new(&body, account_marking())])
}

pub fn decide_set_password(conn: &Connection, u: &UserId, hash: String) -> Result<Vec<Draft>> {
    account::check_password_hash(&hash)?;
    must_exist(conn, u)?;
    Ok(vec![Draft::new(
        &UserPasswordSet {
            user: u.clone(),
            password_hash: hash,
        },
        account_marking(),
    )])
}

/// Disables an account and closes its open sessions (its tokens stop working with it).
pub fn decide_disable(conn: &Connection, u: &UserId, reason: Option<String>) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    if account.disabled {
        return Ok(vec![]);
    }
    if reason.as_ref().is_some_and(|r| r.chars().count() > 500) {
        return Err(entente_core::Invalid::new("reason", "at most 500 characters").into());
    }
    let mut out = vec![Draft::new(
        &UserDisabled {
            user: u.clone(),
            reason,
        },
        account_marking(),
    )];
    let mut stmt =
        conn.prepare_cached("SELECT session FROM sessions WHERE user = ?1 AND closed_at IS NULL")?;
    let open = stmt
        .query_map([u.as_str()], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for s in open {
        out.push(Draft::new(
            &SessionClosed {
                session: s,
                reason: "disabled".into(),
            },
            account_marking(),
        ));
    }
    Ok(out)
}

pub fn decide_change_roles(
    conn: &Connection,
    u: &UserId,
    roles: BTreeSet<Role>,
    clearance: Option<Classification>,
) -> Result<Vec<Draft>> {
    account::check_roles(&roles)?;
    account::check_clearance(clearance)?;
    must_exist(conn, u)?;
    Ok(vec![Draft::new(
        &UserRolesChanged {
            user: u.clone(),
            roles,
            clearance,
        },
        account_marking(),
    )])
}

/// Opens a session for an enabled account, expiring `lifetime` after the batch time.
pub fn decide_open_session(
    conn: &Connection,
    now: DateTime<Utc>,
    u: &UserId,
    token_hash: String,
    lifetime: chrono::Duration,
) -> Result<Vec<Draft>> {
    account::check_sha256_hex("session", &token_hash)?;
    let account = must_exist(conn, u)?;
    if account.disabled {
        return Err(StoreError::Forbidden(format!("account {u} is disabled")));
    }
    Ok(vec![Draft::new(
        &SessionOpened {
            session: token_hash,
            user: u.clone(),
            expires_at: format_time(now + lifetime),
        },
        account_marking(),
    )])
}

/// Closes a session if it is open (closing a closed or unknown session decides nothing).
pub fn decide_close_session(conn: &Connection, hash: &str, reason: &str) -> Result<Vec<Draft>> {
    let open: Option<i64> = conn
        .prepare_cached("SELECT 1 FROM sessions WHERE session = ?1 AND closed_at IS NULL")?
        .query_row([hash], |r| r.get(0))
        .optional()?;
    if open.is_none() {
        return Ok(vec![]);
    }
    Ok(vec![Draft::new(
        &SessionClosed {
            session: hash.to_string(),
            reason: reason.to_string(),
        },
        account_marking(),
    )])
}

pub fn decide_create_token(conn: &Connection, body: TokenCreated) -> Result<Vec<Draft>> {
    account::check_sha256_hex("token_hash", &body.token_hash)?;
    if body.id.is_empty()
        || body.id.len() > 64
        || !body
            .id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(entente_core::Invalid::new("id", "1 to 64 letters, digits or '-'").into());
    }
    if body.label.as_ref().is_some_and(|l| l.chars().count() > 200) {
        return Err(entente_core::Invalid::new("label", "at most 200 characters").into());
    }
    let account = must_exist(conn, &body.user)?;
    if account.disabled {
        return Err(StoreError::Forbidden(format!(
            "account {} is disabled",
            body.user
        )));
    }
    if token(conn, &body.id)?.is_some() {
        return Err(StoreError::Exists {
            what: "token",
            id: body.id,
        });
    }
    Ok(vec![Draft::new(&body, account_marking())])
}

/// Revokes token `id`. When `owner` is given, only that user's token may be revoked (another
/// user's token reads as not found).
pub fn decide_revoke_token(
    conn: &Connection,
    id: &str,
    owner: Option<&UserId>,
) -> Result<Vec<Draft>> {
    let t = token(conn, id)?
        .filter(|t| owner.is_none_or(|o| &t.user == o))
        .ok_or_else(|| StoreError::not_found("token", id))?;
    if t.revoked {
        return Ok(vec![]);
    }
    Ok(vec![Draft::new(
        &TokenRevoked { id: id.to_string() },
        account_marking(),
    )])
}

// ---- projection ----

pub(crate) fn apply(conn: &Connection, e: &entente_core::Event) -> Result<bool> {
    use entente_core::EventBody;
    let at = format_time(e.recorded_at);
    match (e.kind.as_str(), e.version) {
        (UserCreated::TYPE, UserCreated::VERSION) => {
            let b: UserCreated = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO users(user, party, roles, clearance, password_hash, disabled, created_at, updated_at, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6, ?7)",
            )?
            .execute(params![
                b.user.as_str(),
                b.party.as_str(),
                roles_text(&b.roles),
                clearance_text(b.clearance),
                b.password_hash,
                at,
                e.seq as i64
            ])?;
        }
        (UserPasswordSet::TYPE, UserPasswordSet::VERSION) => {
            let b: UserPasswordSet = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET password_hash = ?2, updated_at = ?3, seq = ?4 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), b.password_hash, at, e.seq as i64])?;
        }
        (UserDisabled::TYPE, UserDisabled::VERSION) => {
            let b: UserDisabled = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET disabled = 1, updated_at = ?2, seq = ?3 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), at, e.seq as i64])?;
        }
        (UserRolesChanged::TYPE, UserRolesChanged::VERSION) => {
            let b: UserRolesChanged = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET roles = ?2, clearance = ?3, updated_at = ?4, seq = ?5 WHERE user = ?1",
            )?
            .execute(params![
                b.user.as_str(),
                roles_text(&b.roles),
                clearance_text(b.clearance),
                at,
                e.seq as i64
            ])?;
        }
        (SessionOpened::TYPE, SessionOpened::VERSION) => {
            let b: SessionOpened = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO sessions(session, user, opened_at, expires_at, closed_at, close_reason, seq)
                 VALUES (?1, ?2, ?3, ?4, NULL, NULL, ?5)",
            )?
            .execute(params![b.session, b.user.as_str(), at, b.expires_at, e.seq as i64])?;
        }
        (SessionClosed::TYPE, SessionClosed::VERSION) => {
            let b: SessionClosed = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE sessions SET closed_at = ?2, close_reason = ?3 WHERE session = ?1",
            )?
            .execute(params![b.session, at, b.reason])?;
        }
        (TokenCreated::TYPE, TokenCreated::VERSION) => {
            let b: TokenCreated = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO api_tokens(id, user, scope, token_hash, label, created_at, revoked_at, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7)",
            )?
            .execute(params![
                b.id,
                b.user.as_str(),
                b.scope.as_str(),
                b.token_hash,
                b.label,
                at,
                e.seq as i64
            ])?;
        }
        (TokenRevoked::TYPE, TokenRevoked::VERSION) => {
            let b: TokenRevoked = serde_json::from_str(&e.payload)?;
            conn.prepare_cached("UPDATE api_tokens SET revoked_at = ?2 WHERE id = ?1")?
                .execute(params![b.id, at])?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}
