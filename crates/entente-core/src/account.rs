//! Accounts: the roles a user holds, their security clearance, and the events that record
//! accounts, sessions, API tokens, logins and audited reads in the log.
//!
//! Pure: no IO, no clock. Password hashing and token generation happen at the edge; this module
//! only carries their (already hashed) results.
//!
//! Clearances follow Council Decision 2013/488/EU, Art. 7 and Annex I (personnel security
//! clearance up to the level of the information accessed). entente accepts clearances up to
//! SECRET UE/EU SECRET; it is not accredited for TRÈS SECRET UE/EU TOP SECRET.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::event::EventBody;
use crate::{Classification, Invalid, PartyId, UserId};

/// What a user may do, besides reading what their markings allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Speaks for their party (positions, votes).
    Delegate,
    /// Contributes evidence and assessments.
    Analyst,
    /// Writes statements.
    Drafter,
    /// Runs procedures for the Presidency.
    Chair,
    /// Reads only.
    Observer,
    /// Manages accounts (provisioning and disabling; never clearances); sees the audit log.
    Admin,
    /// Security officer of a party: activates its accounts, grants their clearances (a second
    /// officer approves SECRET UE and above), resets their passwords, sees the audit log.
    #[serde(rename = "security_officer")]
    SecurityOfficer,
    /// The instance itself, acting on its operator's command at the console (the CLI, the demo
    /// loader, the deadline sweeper). No account holds it.
    Operator,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Delegate,
        Role::Analyst,
        Role::Drafter,
        Role::Chair,
        Role::Observer,
        Role::Admin,
        Role::SecurityOfficer,
        Role::Operator,
    ];

    /// The roles an account may hold (all but [`Role::Operator`]).
    pub const ACCOUNT: [Role; 7] = [
        Role::Delegate,
        Role::Analyst,
        Role::Drafter,
        Role::Chair,
        Role::Observer,
        Role::Admin,
        Role::SecurityOfficer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Delegate => "delegate",
            Role::Analyst => "analyst",
            Role::Drafter => "drafter",
            Role::Chair => "chair",
            Role::Observer => "observer",
            Role::Admin => "admin",
            Role::SecurityOfficer => "security_officer",
            Role::Operator => "operator",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                Invalid::new(
                    "roles",
                    "each role one of delegate, analyst, drafter, chair, observer, admin, security_officer",
                )
            })
    }
}

/// Parses a comma-separated list of roles (`delegate,drafter`). At least one role.
pub fn parse_roles(s: &str) -> Result<BTreeSet<Role>, Invalid> {
    let roles = s
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::parse)
        .collect::<Result<BTreeSet<Role>, _>>()?;
    check_roles(&roles)?;
    Ok(roles)
}

/// A user holds at least one role, and never [`Role::Operator`] (the instance's own).
pub fn check_roles(roles: &BTreeSet<Role>) -> Result<(), Invalid> {
    if roles.is_empty() {
        return Err(Invalid::new(
            "roles",
            "at least one of delegate, analyst, drafter, chair, observer, admin, security_officer",
        ));
    }
    if roles.contains(&Role::Operator) {
        return Err(Invalid::new(
            "roles",
            "roles an account can hold (operator is the instance's own, at the console)",
        ));
    }
    Ok(())
}

/// Names no account may take: the instance's own identity and the reader who has not signed in
/// (F4). Compared after [`UserId::parse`] has lower-cased the name.
pub const RESERVED_USERS: &[&str] = &[
    "system",
    "anonymous",
    "operator",
    "instance",
    "public",
    "root",
];

/// Refuses reserved account names.
pub fn check_user_name(user: &UserId) -> Result<(), Invalid> {
    if RESERVED_USERS.contains(&user.as_str()) {
        return Err(Invalid::new(
            "user",
            "a name other than system, anonymous, operator, instance, public or root (reserved for the instance and the public)",
        ));
    }
    if user.as_str().starts_with(crate::signon::FEDERATED_PREFIX) {
        return Err(Invalid::new(
            "user",
            "a name that does not begin with 'sso.' (reserved for accounts of the single sign-on provider)",
        ));
    }
    Ok(())
}

/// Parses a clearance: `none`, `RESTREINT UE`, `CONFIDENTIEL UE` or `SECRET UE` (also their
/// English forms). `None` means no clearance.
pub fn parse_clearance(s: &str) -> Result<Option<Classification>, Invalid> {
    let t = s.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    let c: Classification = t.parse().map_err(|_| {
        Invalid::new(
            "clearance",
            "one of none, RESTREINT UE, CONFIDENTIEL UE, SECRET UE",
        )
    })?;
    check_clearance(Some(c))?;
    Ok(Some(c))
}

/// entente holds nothing above SECRET UE, so it grants no clearance above it.
pub fn check_clearance(c: Option<Classification>) -> Result<(), Invalid> {
    if c == Some(Classification::TresSecretUe) {
        return Err(Invalid::new(
            "clearance",
            "at most SECRET UE (entente is not accredited for TRES SECRET UE)",
        ));
    }
    Ok(())
}

/// The short label of a clearance for tables: `none`, `RESTREINT UE`, ...
pub fn clearance_label(c: Option<Classification>) -> &'static str {
    match c {
        None => "none",
        Some(Classification::RestreintUe) => "RESTREINT UE",
        Some(Classification::ConfidentielUe) => "CONFIDENTIEL UE",
        Some(Classification::SecretUe) => "SECRET UE",
        Some(Classification::TresSecretUe) => "TRES SECRET UE",
    }
}

/// Is `hash` a PHC string of an Argon2id hash? (The core never hashes; it checks the shape so
/// that a plain password can never be recorded by mistake.)
pub fn check_password_hash(hash: &str) -> Result<(), Invalid> {
    if !hash.starts_with("$argon2id$") || hash.len() > 512 {
        return Err(Invalid::new(
            "password_hash",
            "an Argon2id PHC string ($argon2id$...)",
        ));
    }
    Ok(())
}

/// Is `h` a lower-case hex SHA-256 digest?
pub fn check_sha256_hex(field: &str, h: &str) -> Result<(), Invalid> {
    if h.len() != 64
        || !h
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(Invalid::new(field, "64 lower-case hex digits (SHA-256)"));
    }
    Ok(())
}

/// What an API token allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenScope {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "read-write")]
    ReadWrite,
}

impl TokenScope {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenScope::Read => "read",
            TokenScope::ReadWrite => "read-write",
        }
    }
}

impl FromStr for TokenScope {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        match s.trim() {
            "read" => Ok(TokenScope::Read),
            "read-write" => Ok(TokenScope::ReadWrite),
            _ => Err(Invalid::new("scope", "read or read-write")),
        }
    }
}

// ---- events ----

/// `user.created`: an account, with its Argon2id password hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserCreated {
    pub user: UserId,
    pub party: PartyId,
    pub roles: BTreeSet<Role>,
    pub clearance: Option<Classification>,
    pub password_hash: String,
}

impl EventBody for UserCreated {
    const TYPE: &'static str = "user.created";
    const VERSION: u32 = 1;
}

impl UserCreated {
    pub fn check(&self) -> Result<(), Invalid> {
        check_roles(&self.roles)?;
        check_clearance(self.clearance)?;
        check_password_hash(&self.password_hash)
    }
}

/// `user.password_set`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserPasswordSet {
    pub user: UserId,
    pub password_hash: String,
}

impl EventBody for UserPasswordSet {
    const TYPE: &'static str = "user.password_set";
    const VERSION: u32 = 1;
}

/// `user.disabled`: the account can no longer sign in, and its sessions and tokens stop working.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserDisabled {
    pub user: UserId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl EventBody for UserDisabled {
    const TYPE: &'static str = "user.disabled";
    const VERSION: u32 = 1;
}

/// `user.roles_changed`: new roles and clearance (both replace the old ones).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRolesChanged {
    pub user: UserId,
    pub roles: BTreeSet<Role>,
    pub clearance: Option<Classification>,
}

impl EventBody for UserRolesChanged {
    const TYPE: &'static str = "user.roles_changed";
    const VERSION: u32 = 1;
}

/// `user.activation_required`: an account created by an administrator waits for a security
/// officer of its party to vouch for it (separation of duties: the administrator provisions,
/// the party decides who speaks for it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserActivationRequired {
    pub user: UserId,
}

impl EventBody for UserActivationRequired {
    const TYPE: &'static str = "user.activation_required";
    const VERSION: u32 = 1;
}

/// `user.activated`: a security officer of the account's party (or the operator) activated it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserActivated {
    pub user: UserId,
}

impl EventBody for UserActivated {
    const TYPE: &'static str = "user.activated";
    const VERSION: u32 = 1;
}

/// `user.password_reset`: someone other than the user set a new password; the user must change
/// it at the next sign-in, and every session and token of the account ends with it (F8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserPasswordReset {
    pub user: UserId,
    pub password_hash: String,
}

impl EventBody for UserPasswordReset {
    const TYPE: &'static str = "user.password_reset";
    const VERSION: u32 = 1;
}

/// `user.clearance_requested`: a security officer asked for a clearance of SECRET UE or above;
/// it takes effect when a second officer of the same party approves it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserClearanceRequested {
    pub user: UserId,
    pub clearance: Classification,
}

impl EventBody for UserClearanceRequested {
    const TYPE: &'static str = "user.clearance_requested";
    const VERSION: u32 = 1;
}

/// Clearances from which a second security officer must approve a grant (Decision
/// 2013/488/EU, Annex I: the higher the level, the stricter the vetting; entente asks two
/// persons for SECRET UE/EU SECRET and above).
pub const DUAL_CONTROL_FROM: Classification = Classification::SecretUe;

/// `user.language_set`: the interface language the user chose (ISO 639-1 code of one of the
/// Union's 24 official languages); their pages are in it wherever they sign in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserLanguageSet {
    pub user: UserId,
    pub lang: crate::Lang,
}

impl EventBody for UserLanguageSet {
    const TYPE: &'static str = "user.language_set";
    const VERSION: u32 = 1;
}

/// `session.opened`: the SHA-256 of a session token (never the token), and when it expires.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionOpened {
    pub session: String,
    pub user: UserId,
    /// RFC 3339.
    pub expires_at: String,
}

impl EventBody for SessionOpened {
    const TYPE: &'static str = "session.opened";
    const VERSION: u32 = 1;
}

/// `session.closed`: logout, expiry or the account being disabled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionClosed {
    pub session: String,
    pub reason: String,
}

impl EventBody for SessionClosed {
    const TYPE: &'static str = "session.closed";
    const VERSION: u32 = 1;
}

/// `token.created`: an API token's id, owner, scope, SHA-256 (the token is shown once) and,
/// from version 2, when it expires (version 1 tokens never expire).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenCreated {
    pub id: String,
    pub user: UserId,
    pub scope: TokenScope,
    pub token_hash: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// RFC 3339; absent only in version 1 events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

impl EventBody for TokenCreated {
    const TYPE: &'static str = "token.created";
    const VERSION: u32 = 2;
}

/// The longest life of an API token (F26: tokens expire).
pub const TOKEN_MAX_DAYS: i64 = 365;

/// `token.revoked`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRevoked {
    pub id: String,
}

impl EventBody for TokenRevoked {
    const TYPE: &'static str = "token.revoked";
    const VERSION: u32 = 1;
}

/// `auth.login_succeeded`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginSucceeded {
    pub user: UserId,
    pub address: String,
    pub method: String,
}

impl EventBody for LoginSucceeded {
    const TYPE: &'static str = "auth.login_succeeded";
    const VERSION: u32 = 1;
}

/// `auth.login_failed`: `user` is the name as typed (it may not exist).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginFailed {
    pub user: String,
    pub address: String,
    /// `bad_credentials`, `disabled`, `locked`, `csrf`.
    pub reason: String,
}

impl EventBody for LoginFailed {
    const TYPE: &'static str = "auth.login_failed";
    const VERSION: u32 = 1;
}

/// `auth.failures_aggregated`: failed sign-ins that concern no account (unknown names, forged
/// forms, attempts while locked), counted per address and reason over a window and recorded
/// once (F12): nobody can append to the log one event per request without an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginFailuresAggregated {
    /// RFC 3339.
    pub from: String,
    pub to: String,
    pub counts: Vec<FailureCount>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FailureCount {
    pub address: String,
    pub reason: String,
    pub count: u64,
}

impl EventBody for LoginFailuresAggregated {
    const TYPE: &'static str = "auth.failures_aggregated";
    const VERSION: u32 = 1;
}

/// `audit.read`: a user read an item marked TLP:AMBER or above. The event carries the item's
/// marking, so that the audit trail is no more visible than the item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditRead {
    /// The kind of item: `dossier`, `assessment`, ...
    pub item: String,
    pub id: String,
    /// How it was read: `get`, `list`, `history`.
    pub via: String,
    /// The dossier the item belongs to (version 2), so that the record is no more visible
    /// than its container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dossier: Option<String>,
}

impl EventBody for AuditRead {
    const TYPE: &'static str = "audit.read";
    const VERSION: u32 = 2;
}

/// `audit.export`: a user exported items (a bundle, a report, a TAXII page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditExport {
    pub what: String,
    pub format: String,
    pub items: u64,
    /// The dossier exported from (version 2), so that the record is no more visible than it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dossier: Option<String>,
}

impl EventBody for AuditExport {
    const TYPE: &'static str = "audit.export";
    const VERSION: u32 = 2;
}

/// `user.second_factor_enabled`: the account confirmed a TOTP secret with a correct code (RFC
/// 6238); it signs in with a code from now on. Carries the secret (base32), the SHA-256 of each
/// recovery code, and the step of the confirming code (which cannot be used again).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSecondFactorEnabled {
    pub user: UserId,
    pub totp_secret: String,
    pub recovery_codes: Vec<String>,
    /// The time step of the confirming code; `None` when the operator enrolled the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<u64>,
}

impl EventBody for UserSecondFactorEnabled {
    const TYPE: &'static str = "user.second_factor_enabled";
    const VERSION: u32 = 1;
}

/// `user.second_factor_used`: a TOTP code of this time step was accepted; no code of this step
/// or an earlier one is accepted again (RFC 6238 §5.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSecondFactorUsed {
    pub user: UserId,
    pub step: u64,
}

impl EventBody for UserSecondFactorUsed {
    const TYPE: &'static str = "user.second_factor_used";
    const VERSION: u32 = 1;
}

/// `user.recovery_code_used`: one recovery code was spent (its SHA-256); it never works again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserRecoveryCodeUsed {
    pub user: UserId,
    pub code_hash: String,
}

impl EventBody for UserRecoveryCodeUsed {
    const TYPE: &'static str = "user.recovery_code_used";
    const VERSION: u32 = 1;
}

/// `user.second_factor_reset`: a security officer of the account's party (or the operator)
/// removed its second factor (a lost device); its sessions and tokens end, and an account that
/// must have one enrols again at its next sign-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSecondFactorReset {
    pub user: UserId,
}

impl EventBody for UserSecondFactorReset {
    const TYPE: &'static str = "user.second_factor_reset";
    const VERSION: u32 = 1;
}

/// Event types that hold credentials (hashes) or account state: never served by the generic
/// event feed; the audit view shows them with secrets redacted.
pub const ACCOUNT_EVENT_TYPES: &[&str] = &[
    UserCreated::TYPE,
    UserLanguageSet::TYPE,
    UserActivationRequired::TYPE,
    UserActivated::TYPE,
    UserPasswordReset::TYPE,
    UserClearanceRequested::TYPE,
    UserPasswordSet::TYPE,
    UserDisabled::TYPE,
    UserRolesChanged::TYPE,
    SessionOpened::TYPE,
    SessionClosed::TYPE,
    TokenCreated::TYPE,
    TokenRevoked::TYPE,
    LoginSucceeded::TYPE,
    LoginFailed::TYPE,
    LoginFailuresAggregated::TYPE,
    UserSecondFactorEnabled::TYPE,
    UserSecondFactorUsed::TYPE,
    UserRecoveryCodeUsed::TYPE,
    UserSecondFactorReset::TYPE,
    crate::signon::UserFederated::TYPE,
    crate::signon::SsoRefused::TYPE,
    crate::signon::SignOnRuleSet::TYPE,
    crate::signon::SignOnRuleRemoved::TYPE,
];

/// Payload fields replaced by `"[redacted]"` wherever events are shown.
pub const SECRET_FIELDS: &[&str] = &[
    "password_hash",
    "token_hash",
    "session",
    "totp_secret",
    "recovery_codes",
    "code_hash",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse_and_reject() {
        let r = parse_roles("delegate, Drafter").unwrap();
        assert!(r.contains(&Role::Delegate) && r.contains(&Role::Drafter));
        assert_eq!(r.len(), 2);
        assert!(parse_roles("").is_err());
        assert_eq!(parse_roles("king").unwrap_err().field, "roles");
    }

    #[test]
    fn clearances() {
        assert_eq!(parse_clearance("none").unwrap(), None);
        assert_eq!(
            parse_clearance("SECRET UE").unwrap(),
            Some(Classification::SecretUe)
        );
        assert_eq!(
            parse_clearance("restreint-ue").unwrap(),
            Some(Classification::RestreintUe)
        );
        assert!(parse_clearance("TRES SECRET UE").is_err());
        assert!(parse_clearance("cosmic").is_err());
    }

    #[test]
    fn plain_passwords_cannot_be_recorded() {
        assert!(check_password_hash("hunter2").is_err());
        assert!(check_password_hash("$argon2i$v=19$...").is_err());
        assert!(check_password_hash("$argon2id$v=19$m=19456,t=2,p=1$abc$def").is_ok());
    }

    #[test]
    fn scopes() {
        assert_eq!("read".parse::<TokenScope>().unwrap(), TokenScope::Read);
        assert_eq!(
            "read-write".parse::<TokenScope>().unwrap(),
            TokenScope::ReadWrite
        );
        assert!("write".parse::<TokenScope>().is_err());
    }
}
