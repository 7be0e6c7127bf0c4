//! Accounts, sessions and API tokens: decisions (run in the writer) and reads of the `users`,
//! `sessions` and `api_tokens` projections. Secrets are only ever stored hashed: Argon2id for
//! passwords (hashed at the edge), SHA-256 for session and API tokens.
//!
//! Who may administer which account is decided here, by the permission table
//! ([`entente_core::authz`]): the administrator provisions and disables accounts; the security
//! officers of an account's own party activate it, grant its clearance (two of them from
//! SECRET UE upwards) and reset its password; nobody acts on their own account.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use entente_core::account::{
    self, Role, SessionClosed, SessionOpened, TokenCreated, TokenRevoked, TokenScope,
    UserActivated, UserActivationRequired, UserClearanceRequested, UserCreated, UserDisabled,
    UserPasswordReset, UserPasswordSet, UserRecoveryCodeUsed, UserRolesChanged,
    UserSecondFactorEnabled, UserSecondFactorReset, UserSecondFactorUsed,
};
use entente_core::authz::{self, Action, Facts};
use entente_core::event::format_time;
use entente_core::signon::{self, UserFederated};
use entente_core::totp;
use entente_core::{Classification, Draft, Marking, PartyId, Tlp, UserId, Viewer};
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
    /// Created by an administrator and not yet activated by a security officer of its party.
    pub pending: bool,
    /// Reset by someone else: the user must choose a new password before anything else.
    pub must_change_password: bool,
    /// Has confirmed a TOTP second factor (RFC 6238): signs in with a code.
    pub second_factor: bool,
    /// Signs in through the OpenID provider (`user.federated`), never with a password.
    pub federated: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl UserView {
    pub fn has_role(&self, r: Role) -> bool {
        self.roles.contains(&r)
    }

    /// Must this account have a second factor ([`totp::REQUIRED_FOR`])?
    pub fn second_factor_required(&self) -> bool {
        totp::required_for(&self.roles)
    }

    /// Must have a second factor and has none yet: until it enrols, a session of this account
    /// reaches nothing but the enrolment.
    pub fn must_enrol_second_factor(&self) -> bool {
        self.second_factor_required() && !self.second_factor && !self.federated
    }
}

/// An account with its password hash and TOTP secret, for checking a login and the console's
/// checks of published secrets. `Debug` shows neither.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: UserView,
    pub password_hash: String,
    /// Base32 (RFC 4648) TOTP secret, when the account has a second factor.
    pub totp_secret: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password_hash", &"[redacted]")
            .field(
                "totp_secret",
                &self.totp_secret.as_ref().map(|_| "[redacted]"),
            )
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
    /// `None` only for tokens created before tokens expired.
    pub expires_at: Option<DateTime<Utc>>,
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

const USER_COLUMNS: &str = "user, party, roles, clearance, disabled, created_at, updated_at, password_hash, pending, must_change, totp_secret, federated_issuer";

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<[Option<String>; 12]> {
    Ok([
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get::<_, i64>(4).map(|d| Some(d.to_string()))?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get::<_, i64>(8).map(|d| Some(d.to_string()))?,
        r.get::<_, i64>(9).map(|d| Some(d.to_string()))?,
        r.get(10)?,
        r.get(11)?,
    ])
}

fn decode_user(r: [Option<String>; 12]) -> Result<Credentials> {
    let [
        user,
        party,
        roles,
        clearance,
        disabled,
        created,
        updated,
        hash,
        pending,
        must_change,
        totp_secret,
        federated_issuer,
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
            pending: pending.as_deref() == Some("1"),
            must_change_password: must_change.as_deref() == Some("1"),
            second_factor: totp_secret.is_some(),
            federated: federated_issuer.is_some(),
            created_at: s(created),
            updated_at: s(updated),
        },
        password_hash: s(hash),
        totp_secret,
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

const TOKEN_COLUMNS: &str = "id, user, scope, label, created_at, revoked_at, expires_at";

/// id, user, scope, label, created_at, revoked_at, expires_at.
type TokenRow = (
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
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
        r.get(6)?,
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
        expires_at: r.6.as_deref().map(parse_time).transpose()?,
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

/// The relations of the permission table between `by` and the account `subject`.
fn facts(by: &Viewer, subject: &UserView) -> Facts {
    Facts {
        own_party: by.party == subject.party,
        not_self: by.user != subject.user,
        ..Facts::none()
    }
}

/// Checks each role added to or removed from an account against its row of the table: `admin`
/// and `security_officer` have their own rows, the others [`Action::AccountRolesChange`].
fn check_role_change(
    by: &Viewer,
    subject: &Facts,
    before: &BTreeSet<Role>,
    after: &BTreeSet<Role>,
) -> Result<()> {
    for r in before.symmetric_difference(after) {
        let action = match r {
            Role::Admin => Action::AccountAdminGrant,
            Role::SecurityOfficer => Action::AccountSecurityOfficerGrant,
            _ => Action::AccountRolesChange,
        };
        authz::require(action, by, subject)?;
    }
    Ok(())
}

/// Decides a new account. Reserved names (F4) and unknown or pseudo parties are refused; an
/// account created by an administrator starts pending until a security officer of its party
/// activates it; roles beyond the ordinary ones and clearances are granted by those who hold
/// the matching rows of the table, the operator included.
pub fn decide_create_user(conn: &Connection, by: &Viewer, body: UserCreated) -> Result<Vec<Draft>> {
    authz::require(Action::AccountCreate, by, &Facts::none())?;
    body.check()?;
    account::check_user_name(&body.user)?;
    if body.party.as_str() == entente_core::marking::PUBLIC_PARTY
        || crate::parties::get(conn, &body.party)?.is_none()
    {
        return Err(entente_core::Invalid::new(
            "party",
            &format!(
                "a registered party of this instance (GET /api/v1/parties lists them), not {}",
                body.party
            ),
        )
        .into());
    }
    let subject = Facts {
        own_party: by.party == body.party,
        not_self: true,
        ..Facts::none()
    };
    check_role_change(by, &subject, &BTreeSet::new(), &body.roles)?;
    if body.clearance.is_some() {
        authz::require(Action::AccountClearanceGrant, by, &subject)?;
        if body.clearance >= Some(account::DUAL_CONTROL_FROM) && !by.is_operator() {
            return Err(StoreError::Refused {
                code: "account.dual_control",
                message: format!(
                    "clearance: {} needs a second security officer's approval; create the account without it, then grant it (PUT /api/v1/users/{}/clearance) for another officer to approve",
                    account::clearance_label(body.clearance),
                    body.user
                ),
            });
        }
    }
    if user(conn, &body.user)?.is_some() {
        return Err(StoreError::Exists {
            what: "user",
            id: body.user.to_string(),
        });
    }
    let pending = !by.is_operator()
        && !authz::permitted(
            Action::AccountActivate,
            &by.roles,
            &Facts {
                own_party: by.party == body.party,
                not_self: true,
                ..Facts::none()
            },
        );
    let u = body.user.clone();
    let mut out = vec![Draft::new(&body, account_marking())];
    if pending {
        out.push(Draft::new(
            &UserActivationRequired { user: u },
            account_marking(),
        ));
    }
    Ok(out)
}

/// Decides the activation of a pending account.
pub fn decide_activate(conn: &Connection, by: &Viewer, u: &UserId) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountActivate, by, &facts(by, &account))?;
    if !account.pending {
        return Ok(vec![]);
    }
    Ok(vec![Draft::new(
        &UserActivated { user: u.clone() },
        account_marking(),
    )])
}

/// Drafts that end every open session and revoke every live token of `u`.
fn end_everything(conn: &Connection, u: &UserId, reason: &str) -> Result<Vec<Draft>> {
    let mut out = Vec::new();
    let mut stmt =
        conn.prepare_cached("SELECT session FROM sessions WHERE user = ?1 AND closed_at IS NULL")?;
    let open = stmt
        .query_map([u.as_str()], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for s in open {
        out.push(Draft::new(
            &SessionClosed {
                session: s,
                reason: reason.into(),
            },
            account_marking(),
        ));
    }
    let mut stmt =
        conn.prepare_cached("SELECT id FROM api_tokens WHERE user = ?1 AND revoked_at IS NULL")?;
    let live = stmt
        .query_map([u.as_str()], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for id in live {
        out.push(Draft::new(&TokenRevoked { id }, account_marking()));
    }
    Ok(out)
}

/// Decides a password set by someone else: a security officer of the account's party, or the
/// operator. A reset ends every session and token of the account (F8); after a security
/// officer's reset the user must choose a new password at the next sign-in, so that the one who
/// reset it never holds the account (F15). The operator's reset (console) sets the password as
/// given.
pub fn decide_reset_password(
    conn: &Connection,
    by: &Viewer,
    u: &UserId,
    hash: String,
) -> Result<Vec<Draft>> {
    account::check_password_hash(&hash)?;
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountPasswordReset, by, &facts(by, &account))?;
    if account.federated {
        return Err(StoreError::Refused {
            code: "account.federated",
            message: format!(
                "{u} signs in through the single sign-on provider and has no password here"
            ),
        });
    }
    let mut out = vec![if by.is_operator() {
        Draft::new(
            &UserPasswordSet {
                user: u.clone(),
                password_hash: hash,
            },
            account_marking(),
        )
    } else {
        Draft::new(
            &UserPasswordReset {
                user: u.clone(),
                password_hash: hash,
            },
            account_marking(),
        )
    }];
    out.extend(end_everything(conn, u, "password_reset")?);
    Ok(out)
}

/// Decides a user's change of their own password (the edge has checked the current one).
/// Other sessions and tokens of the account end; the one in use may go on.
pub fn decide_change_own_password(
    conn: &Connection,
    by: &Viewer,
    hash: String,
    keep_session: Option<&str>,
) -> Result<Vec<Draft>> {
    account::check_password_hash(&hash)?;
    let account = must_exist(conn, &by.user)?;
    if account.disabled {
        return Err(StoreError::Forbidden(format!(
            "account {} is disabled",
            by.user
        )));
    }
    let mut out = vec![Draft::new(
        &UserPasswordSet {
            user: by.user.clone(),
            password_hash: hash,
        },
        account_marking(),
    )];
    out.extend(
        end_everything(conn, &by.user, "password_changed")?
            .into_iter()
            .filter(|d| {
                keep_session.is_none_or(|k| !d.payload.contains(&format!("\"session\":\"{k}\"")))
            }),
    );
    Ok(out)
}

/// Disables an account and ends its sessions and tokens.
pub fn decide_disable(
    conn: &Connection,
    by: &Viewer,
    u: &UserId,
    reason: Option<String>,
) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountDisable, by, &facts(by, &account))?;
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
    out.extend(end_everything(conn, u, "disabled")?);
    Ok(out)
}

/// Ends every session and token of an account (without touching its password).
pub fn decide_end_sessions(conn: &Connection, by: &Viewer, u: &UserId) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountSessionsEnd, by, &facts(by, &account))?;
    end_everything(conn, u, "ended_by_officer")
}

/// Decides new roles for an account (its clearance unchanged).
pub fn decide_change_roles(
    conn: &Connection,
    by: &Viewer,
    u: &UserId,
    roles: BTreeSet<Role>,
) -> Result<Vec<Draft>> {
    account::check_roles(&roles)?;
    let account = must_exist(conn, u)?;
    check_role_change(by, &facts(by, &account), &account.roles, &roles)?;
    if account.federated && totp::required_for(&roles) {
        return Err(StoreError::Refused {
            code: "account.federated",
            message: format!(
                "{u} signs in through the single sign-on provider; admin and security_officer are held by local accounts with a password and a second factor"
            ),
        });
    }
    if roles == account.roles {
        return Ok(vec![]);
    }
    Ok(vec![Draft::new(
        &UserRolesChanged {
            user: u.clone(),
            roles,
            clearance: account.clearance,
        },
        account_marking(),
    )])
}

/// What a clearance grant did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClearanceOutcome {
    /// In force now.
    Granted,
    /// Recorded as requested; a second security officer of the party must approve it.
    AwaitingApproval,
}

/// Decides a clearance for an account: a security officer of its party grants it; from
/// [`account::DUAL_CONTROL_FROM`] upwards a second officer approves it (two-person rule).
/// Lowering or removing a clearance takes effect at once.
pub fn decide_grant_clearance(
    conn: &Connection,
    by: &Viewer,
    u: &UserId,
    clearance: Option<Classification>,
) -> Result<(Vec<Draft>, ClearanceOutcome)> {
    account::check_clearance(clearance)?;
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountClearanceGrant, by, &facts(by, &account))?;
    let raising = clearance > account.clearance;
    if raising && clearance >= Some(account::DUAL_CONTROL_FROM) && !by.is_operator() {
        let Some(level) = clearance else {
            unreachable!("a raised clearance is Some")
        };
        return Ok((
            vec![Draft::new(
                &UserClearanceRequested {
                    user: u.clone(),
                    clearance: level,
                },
                account_marking(),
            )],
            ClearanceOutcome::AwaitingApproval,
        ));
    }
    Ok((
        vec![Draft::new(
            &UserRolesChanged {
                user: u.clone(),
                roles: account.roles,
                clearance,
            },
            account_marking(),
        )],
        ClearanceOutcome::Granted,
    ))
}

/// Decides the second officer's approval of a requested clearance: an officer of the same
/// party, neither the one who asked nor the account itself.
pub fn decide_approve_clearance(conn: &Connection, by: &Viewer, u: &UserId) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountClearanceApprove, by, &facts(by, &account))?;
    let Some((level, requested_by)) = clearance_request(conn, u)? else {
        return Err(StoreError::Refused {
            code: "account.no_request",
            message: format!("no clearance awaits approval for {u}"),
        });
    };
    if requested_by == by.user {
        return Err(StoreError::Forbidden(format!(
            "{} asked for this clearance; a second security officer of {} approves it (two-person rule)",
            by.user, account.party
        )));
    }
    Ok(vec![Draft::new(
        &UserRolesChanged {
            user: u.clone(),
            roles: account.roles,
            clearance: Some(level),
        },
        account_marking(),
    )])
}

/// The clearance awaiting approval for `u`, and who asked for it.
pub fn clearance_request(
    conn: &Connection,
    u: &UserId,
) -> Result<Option<(Classification, UserId)>> {
    let r: Option<(Option<String>, Option<String>)> = conn
        .prepare_cached(
            "SELECT clearance_request, clearance_requested_by FROM users WHERE user = ?1",
        )?
        .query_row([u.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match r {
        Some((Some(c), Some(by))) => Ok(account::parse_clearance(&c)?
            .map(|c| UserId::parse(&by).map(|b| (c, b)))
            .transpose()?),
        _ => Ok(None),
    }
}

/// How a sign-in proved who it is, for [`decide_open_session`].
#[derive(Clone, PartialEq, Eq)]
pub enum SignInProof {
    /// The password (checked at the edge) alone: refused for an account with a second factor.
    Password,
    /// The password and a TOTP code, checked here at the batch time (RFC 6238).
    PasswordAndCode(String),
    /// The password and one of the account's recovery codes, spent here.
    PasswordAndRecoveryCode(String),
    /// An ID token of the OpenID provider (checked at the edge); federated accounts only.
    OpenIdConnect,
}

impl std::fmt::Debug for SignInProof {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SignInProof::Password => "Password",
            SignInProof::PasswordAndCode(_) => "PasswordAndCode([redacted])",
            SignInProof::PasswordAndRecoveryCode(_) => "PasswordAndRecoveryCode([redacted])",
            SignInProof::OpenIdConnect => "OpenIdConnect",
        })
    }
}

/// The stable codes of refused second factors.
pub const SECOND_FACTOR_REQUIRED: &str = "second_factor_required";
pub const SECOND_FACTOR_INVALID: &str = "invalid_second_factor";

fn totp_state(conn: &Connection, u: &UserId) -> Result<(Option<String>, Option<u64>)> {
    let r: Option<(Option<String>, Option<i64>)> = conn
        .prepare_cached("SELECT totp_secret, totp_last_step FROM users WHERE user = ?1")?
        .query_row([u.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (secret, last) = r.unwrap_or((None, None));
    Ok((secret, last.and_then(|l| u64::try_from(l).ok())))
}

fn invalid_code(u: &UserId) -> StoreError {
    StoreError::Refused {
        code: SECOND_FACTOR_INVALID,
        message: format!(
            "code: the code for {u} is wrong, expired or already used; wait for the next code of your authenticator app, or use a recovery code"
        ),
    }
}

/// Checks the second factor of a sign-in against the account and returns the events that spend
/// it: a TOTP code is accepted for one step either way of now, and only for a step after the
/// last one accepted (RFC 6238 §5.2); a recovery code only if unused.
fn decide_proof(
    conn: &Connection,
    now: DateTime<Utc>,
    account: &UserView,
    proof: &SignInProof,
) -> Result<Vec<Draft>> {
    let u = &account.user;
    match proof {
        SignInProof::OpenIdConnect if account.federated => Ok(vec![]),
        SignInProof::OpenIdConnect => Err(StoreError::Forbidden(format!(
            "{u} is a local account: it signs in with its password, not through the single sign-on provider"
        ))),
        _ if account.federated => Err(StoreError::Forbidden(format!(
            "{u} signs in through the single sign-on provider, not with a password"
        ))),
        SignInProof::Password if account.second_factor => Err(StoreError::Refused {
            code: SECOND_FACTOR_REQUIRED,
            message: format!(
                "code: {u} has a second factor; send the current code of your authenticator app as `code` (or a recovery code as `recovery_code`)"
            ),
        }),
        SignInProof::Password => Ok(vec![]),
        SignInProof::PasswordAndCode(code) => {
            let (secret, last) = totp_state(conn, u)?;
            let Some(secret) = secret else {
                return Err(StoreError::Refused {
                    code: SECOND_FACTOR_INVALID,
                    message: format!("code: {u} has no second factor to check a code against"),
                });
            };
            let key = totp::parse_secret(&secret)?;
            let step =
                totp::verify(&key, code, now.timestamp(), last).ok_or_else(|| invalid_code(u))?;
            Ok(vec![Draft::new(
                &UserSecondFactorUsed {
                    user: u.clone(),
                    step,
                },
                account_marking(),
            )])
        }
        SignInProof::PasswordAndRecoveryCode(code) => {
            if !account.second_factor {
                return Err(invalid_code(u));
            }
            let hash = totp::recovery_code_hash(code);
            let unused: Option<i64> = conn
                .prepare_cached(
                    "SELECT 1 FROM recovery_codes WHERE user = ?1 AND code_hash = ?2 AND used_seq IS NULL",
                )?
                .query_row([u.as_str(), hash.as_str()], |r| r.get(0))
                .optional()?;
            if unused.is_none() {
                return Err(invalid_code(u));
            }
            Ok(vec![Draft::new(
                &UserRecoveryCodeUsed {
                    user: u.clone(),
                    code_hash: hash,
                },
                account_marking(),
            )])
        }
    }
}

/// Opens a session for an enabled, active account, expiring `lifetime` after the batch time,
/// once its proof holds (a second factor where the account has one).
pub fn decide_open_session(
    conn: &Connection,
    now: DateTime<Utc>,
    u: &UserId,
    token_hash: String,
    lifetime: chrono::Duration,
    proof: &SignInProof,
) -> Result<Vec<Draft>> {
    account::check_sha256_hex("session", &token_hash)?;
    let account = must_exist(conn, u)?;
    if account.disabled {
        return Err(StoreError::Forbidden(format!("account {u} is disabled")));
    }
    if account.pending {
        return Err(StoreError::Forbidden(format!(
            "account {u} awaits activation by a security officer of {}",
            account.party
        )));
    }
    let mut out = decide_proof(conn, now, &account, proof)?;
    out.push(Draft::new(
        &SessionOpened {
            session: token_hash,
            user: u.clone(),
            expires_at: format_time(now + lifetime),
        },
        account_marking(),
    ));
    Ok(out)
}

/// Decides a second factor for `u`: the account itself, confirming the secret with a correct
/// code (the enrolment takes effect only then), or the operator at the console (the demo's
/// published secrets). Federated accounts have their provider's second factor instead.
pub fn decide_enable_second_factor(
    conn: &Connection,
    by: &Viewer,
    now: DateTime<Utc>,
    u: &UserId,
    secret: String,
    code: Option<&str>,
    recovery_codes: Vec<String>,
) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    let own = by.user == *u && !by.is_operator();
    if !own && !by.is_operator() {
        return Err(StoreError::Forbidden(
            "a second factor is enrolled by its own account (or by the operator at the console)"
                .into(),
        ));
    }
    if account.federated {
        return Err(StoreError::Refused {
            code: "second_factor_federated",
            message: format!(
                "{u} signs in through the single sign-on provider, whose own second factor applies"
            ),
        });
    }
    if account.second_factor {
        return Err(StoreError::Refused {
            code: "second_factor_enrolled",
            message: format!(
                "{u} already has a second factor; a security officer of {} resets it (POST /api/v1/users/{u}/second-factor/reset) before a new one is enrolled",
                account.party
            ),
        });
    }
    let key = totp::parse_secret(&secret)?;
    if recovery_codes.len() > 20 {
        return Err(entente_core::Invalid::new("recovery_codes", "at most 20").into());
    }
    for h in &recovery_codes {
        account::check_sha256_hex("recovery_codes", h)?;
    }
    let step = match code {
        Some(c) => {
            let (_, last) = totp_state(conn, u)?;
            Some(totp::verify(&key, c, now.timestamp(), last).ok_or_else(|| invalid_code(u))?)
        }
        None if by.is_operator() => None,
        None => {
            return Err(entente_core::Invalid::new(
                "code",
                "the current code of your authenticator app, to confirm the secret",
            )
            .into());
        }
    };
    Ok(vec![Draft::new(
        &UserSecondFactorEnabled {
            user: u.clone(),
            totp_secret: totp::base32_encode(&key),
            recovery_codes,
            step,
        },
        account_marking(),
    )])
}

/// Decides the reset of an account's second factor by a security officer of its party (or the
/// operator): the factor and its recovery codes go, and so do its sessions and tokens.
pub fn decide_reset_second_factor(
    conn: &Connection,
    by: &Viewer,
    u: &UserId,
) -> Result<Vec<Draft>> {
    let account = must_exist(conn, u)?;
    authz::require(Action::AccountSecondFactorReset, by, &facts(by, &account))?;
    if !account.second_factor {
        return Ok(vec![]);
    }
    let mut out = vec![Draft::new(
        &UserSecondFactorReset { user: u.clone() },
        account_marking(),
    )];
    out.extend(end_everything(conn, u, "second_factor_reset")?);
    Ok(out)
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

/// Decides an API token for `by` itself, expiring at most [`account::TOKEN_MAX_DAYS`] after now.
pub fn decide_create_token(
    conn: &Connection,
    by: &Viewer,
    now: DateTime<Utc>,
    mut body: TokenCreated,
) -> Result<Vec<Draft>> {
    authz::require(Action::TokenCreate, by, &Facts::none())?;
    if body.user != by.user {
        return Err(StoreError::Forbidden(
            "an API token is created by its own account".into(),
        ));
    }
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
    if let Some(l) = &body.label {
        if l.chars().count() > 200 {
            return Err(entente_core::Invalid::new("label", "at most 200 characters").into());
        }
        entente_core::lang::check_plain_text("label", l)?;
    }
    let latest = now + chrono::Duration::days(account::TOKEN_MAX_DAYS);
    let expires = match body.expires_at.as_deref() {
        None => latest,
        Some(t) => {
            let t = parse_time(t).map_err(|_| {
                entente_core::Invalid::new(
                    "expires_at",
                    "an RFC 3339 time such as 2027-06-30T00:00:00Z",
                )
            })?;
            if t <= now || t > latest {
                return Err(entente_core::Invalid::new(
                    "expires_at",
                    &format!(
                        "a time after now and at most {} days ahead",
                        account::TOKEN_MAX_DAYS
                    ),
                )
                .into());
            }
            t
        }
    };
    body.expires_at = Some(format_time(expires));
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

/// Revokes token `id`: the caller's own, or another account's when the caller may end that
/// account's sessions ([`Action::AccountSessionsEnd`]); any other token reads as not found, so
/// that nobody learns which token ids exist.
pub fn decide_revoke_token(conn: &Connection, by: &Viewer, id: &str) -> Result<Vec<Draft>> {
    let t = token(conn, id)?
        .filter(|t| {
            t.user == by.user
                || user(conn, &t.user).ok().flatten().is_some_and(|owner| {
                    authz::permitted(Action::AccountSessionsEnd, &by.roles, &facts(by, &owner))
                })
        })
        .ok_or_else(|| StoreError::not_found("token", id))?;
    if t.revoked {
        return Ok(vec![]);
    }
    Ok(vec![Draft::new(
        &TokenRevoked { id: id.to_string() },
        account_marking(),
    )])
}

/// The interface language `u` chose, if any.
pub fn language(conn: &Connection, u: &UserId) -> Result<Option<entente_core::Lang>> {
    let l: Option<Option<String>> = conn
        .prepare_cached("SELECT lang FROM users WHERE user = ?1")?
        .query_row([u.as_str()], |r| r.get(0))
        .optional()?;
    Ok(l.flatten().and_then(|l| l.parse().ok()))
}

/// Decides the caller's choice of interface language (their own account only).
pub fn decide_set_language(
    conn: &Connection,
    by: &Viewer,
    lang: entente_core::Lang,
) -> Result<Vec<Draft>> {
    let account = must_exist(conn, &by.user)?;
    if account.disabled {
        return Err(StoreError::Forbidden(format!(
            "account {} is disabled",
            by.user
        )));
    }
    if language(conn, &by.user)? == Some(lang) {
        return Ok(vec![]);
    }
    Ok(vec![Draft::new(
        &entente_core::account::UserLanguageSet {
            user: by.user.clone(),
            lang,
        },
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
                "UPDATE users SET password_hash = ?2, must_change = 0, updated_at = ?3, seq = ?4 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), b.password_hash, at, e.seq as i64])?;
        }
        (UserPasswordReset::TYPE, UserPasswordReset::VERSION) => {
            let b: UserPasswordReset = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET password_hash = ?2, must_change = 1, updated_at = ?3, seq = ?4 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), b.password_hash, at, e.seq as i64])?;
        }
        (UserActivationRequired::TYPE, UserActivationRequired::VERSION) => {
            let b: UserActivationRequired = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET pending = 1, updated_at = ?2, seq = ?3 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), at, e.seq as i64])?;
        }
        (entente_core::account::UserLanguageSet::TYPE, 1) => {
            let b: entente_core::account::UserLanguageSet = serde_json::from_str(&e.payload)?;
            conn.prepare_cached("UPDATE users SET lang = ?2, seq = ?3 WHERE user = ?1")?
                .execute(params![b.user.as_str(), b.lang.code(), e.seq as i64])?;
        }
        (UserActivated::TYPE, UserActivated::VERSION) => {
            let b: UserActivated = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET pending = 0, updated_at = ?2, seq = ?3 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), at, e.seq as i64])?;
        }
        (UserClearanceRequested::TYPE, UserClearanceRequested::VERSION) => {
            let b: UserClearanceRequested = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET clearance_request = ?2, clearance_requested_by = ?3, updated_at = ?4, seq = ?5 WHERE user = ?1",
            )?
            .execute(params![
                b.user.as_str(),
                clearance_text(Some(b.clearance)),
                e.actor.user.as_str(),
                at,
                e.seq as i64
            ])?;
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
                "UPDATE users SET roles = ?2, clearance = ?3, clearance_request = NULL, clearance_requested_by = NULL, updated_at = ?4, seq = ?5 WHERE user = ?1",
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
        (TokenCreated::TYPE, 1 | 2) => {
            let b: TokenCreated = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO api_tokens(id, user, scope, token_hash, label, created_at, revoked_at, seq, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8)",
            )?
            .execute(params![
                b.id,
                b.user.as_str(),
                b.scope.as_str(),
                b.token_hash,
                b.label,
                at,
                e.seq as i64,
                b.expires_at
            ])?;
        }
        (UserSecondFactorEnabled::TYPE, UserSecondFactorEnabled::VERSION) => {
            let b: UserSecondFactorEnabled = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET totp_secret = ?2, totp_last_step = ?3, updated_at = ?4, seq = ?5 WHERE user = ?1",
            )?
            .execute(params![
                b.user.as_str(),
                b.totp_secret,
                b.step.map(|s| s as i64),
                at,
                e.seq as i64
            ])?;
            conn.prepare_cached("DELETE FROM recovery_codes WHERE user = ?1")?
                .execute([b.user.as_str()])?;
            for h in &b.recovery_codes {
                conn.prepare_cached(
                    "INSERT OR IGNORE INTO recovery_codes(user, code_hash, used_seq) VALUES (?1, ?2, NULL)",
                )?
                .execute([b.user.as_str(), h.as_str()])?;
            }
        }
        (UserSecondFactorUsed::TYPE, UserSecondFactorUsed::VERSION) => {
            let b: UserSecondFactorUsed = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET totp_last_step = max(coalesce(totp_last_step, 0), ?2) WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), b.step as i64])?;
        }
        (UserRecoveryCodeUsed::TYPE, UserRecoveryCodeUsed::VERSION) => {
            let b: UserRecoveryCodeUsed = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE recovery_codes SET used_seq = ?3 WHERE user = ?1 AND code_hash = ?2",
            )?
            .execute(params![b.user.as_str(), b.code_hash, e.seq as i64])?;
        }
        (UserSecondFactorReset::TYPE, UserSecondFactorReset::VERSION) => {
            let b: UserSecondFactorReset = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "UPDATE users SET totp_secret = NULL, totp_last_step = NULL, updated_at = ?2, seq = ?3 WHERE user = ?1",
            )?
            .execute(params![b.user.as_str(), at, e.seq as i64])?;
            conn.prepare_cached("DELETE FROM recovery_codes WHERE user = ?1")?
                .execute([b.user.as_str()])?;
        }
        (UserFederated::TYPE, UserFederated::VERSION) => {
            let b: UserFederated = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO users(user, party, roles, clearance, password_hash, disabled, federated_issuer, federated_subject, created_at, updated_at, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?8, ?9)
                 ON CONFLICT(user) DO UPDATE SET party = excluded.party, roles = excluded.roles,
                   clearance = excluded.clearance, updated_at = excluded.updated_at, seq = excluded.seq",
            )?
            .execute(params![
                b.user.as_str(),
                b.party.as_str(),
                roles_text(&b.roles),
                clearance_text(b.clearance),
                signon::NO_PASSWORD,
                b.issuer,
                b.subject,
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
