//! `entente user add|list|disable|reset-password|totp-reset`, `entente totp code` and
//! `entente audit`: account administration
//! and the audit trail, run by the instance operator on a data directory (the server must not
//! be running on it: the directory is locked by one process at a time).
//!
//! Passwords are read from standard input (`--password-stdin`) or prompted for without echo;
//! never taken from the command line, where other users of the machine could see them.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use entente_core::account::{self, UserCreated};
use entente_core::{PartyId, UserId, Viewer};
use entente_server::password::{self, Strength};
use entente_store::Store;
use entente_store::audit::AuditFilter;

#[derive(Args)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account.
    Add {
        /// Login name (a-z, 0-9, '.', '_', '-', '@').
        user: String,
        #[arg(long)]
        data: PathBuf,
        /// The party the user acts for (DE, EEAS, ...).
        #[arg(long)]
        party: String,
        /// Comma-separated: delegate, analyst, drafter, chair, observer, admin, security_officer.
        #[arg(long)]
        roles: String,
        /// none, RESTREINT UE, CONFIDENTIEL UE or SECRET UE.
        #[arg(long, default_value = "none")]
        clearance: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the accounts.
    List {
        #[arg(long)]
        data: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Disable an account: it can no longer sign in; its sessions and tokens stop working.
    Disable {
        user: String,
        #[arg(long)]
        data: PathBuf,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Set a new password for an account (its sessions and API tokens end).
    ResetPassword {
        user: String,
        #[arg(long)]
        data: PathBuf,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Activate an account an administrator created over the API (it waits for a security
    /// officer of its party, or for the operator).
    Activate {
        user: String,
        #[arg(long)]
        data: PathBuf,
    },
    /// Replace an account's roles.
    Roles {
        user: String,
        #[arg(long)]
        data: PathBuf,
        /// Comma-separated: delegate, analyst, drafter, chair, observer, admin, security_officer.
        #[arg(long)]
        roles: String,
    },
    /// Remove an account's second factor (a lost authenticator): its sessions and tokens end,
    /// and an account that must have one (admin, security officer) enrols a new one at its
    /// next sign-in.
    TotpReset {
        user: String,
        #[arg(long)]
        data: PathBuf,
    },
    /// Set an account's clearance (the operator needs no second approval).
    Clearance {
        user: String,
        #[arg(long)]
        data: PathBuf,
        /// none, RESTREINT UE, CONFIDENTIEL UE or SECRET UE.
        clearance: String,
    },
}

#[derive(Args)]
pub struct TotpArgs {
    #[command(subcommand)]
    pub command: TotpCommand,
}

#[derive(Subcommand)]
pub enum TotpCommand {
    /// Print the current 6-digit code of a TOTP secret (RFC 6238: HMAC-SHA-1, 30 s), as an
    /// authenticator app would show it. For the demo's published secrets and for tests; a real
    /// account's secret belongs in an authenticator app, not in a shell history.
    Code {
        /// The secret in base32 (RFC 4648), as shown at enrolment.
        #[arg(long)]
        secret: String,
    },
}

/// `entente totp code --secret BASE32`.
pub fn totp(args: TotpArgs) -> Result<i32> {
    match args.command {
        TotpCommand::Code { secret } => {
            let key = entente_core::totp::parse_secret(&secret)?;
            let now = chrono::Utc::now().timestamp();
            let left =
                entente_core::totp::STEP_SECONDS - now.rem_euclid(entente_core::totp::STEP_SECONDS);
            println!("{}", entente_core::totp::code_at(&key, now));
            eprintln!("valid for {left} more seconds (and one step of 30 s either way)");
            Ok(0)
        }
    }
}

#[derive(Args)]
pub struct AuditArgs {
    #[arg(long)]
    pub data: PathBuf,
    /// Only events at or after this time (RFC 3339, or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only events by or about this user.
    #[arg(long)]
    pub user: Option<String>,
    /// Only events by this party.
    #[arg(long)]
    pub party: Option<String>,
    /// Only events about this object: a dossier (and what is in it) or any item id.
    #[arg(long)]
    pub object: Option<String>,
    /// Only events of this type (auth.login_failed, audit.read, ...).
    #[arg(long = "type")]
    pub kind: Option<String>,
    #[arg(long, default_value_t = 1000)]
    pub limit: usize,
    /// Print JSON lines.
    #[arg(long)]
    pub json: bool,
}

/// The instance's operator at the console: the root of trust of a data directory.
fn operator() -> Viewer {
    Viewer::operator(entente_store::log::instance_party())
}

/// Reads a new password for `user` from stdin or a no-echo prompt, and checks the policy.
fn read_password(from_stdin: bool, user: &str) -> Result<String> {
    let pw = if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else if std::io::stdin().is_terminal() {
        let first = prompt("new password: ")?;
        let second = prompt("again: ")?;
        if first != second {
            bail!("the two passwords differ; nothing was changed");
        }
        first
    } else {
        bail!(
            "no terminal to prompt on: pass --password-stdin and write the password to standard input"
        );
    };
    password::check_new(&pw, user).map_err(anyhow::Error::msg)?;
    Ok(pw)
}

fn prompt(label: &str) -> Result<String> {
    eprint!("{label}");
    std::io::stderr().flush()?;
    let echo_off = std::process::Command::new("stty")
        .arg("-echo")
        .stdin(std::process::Stdio::inherit())
        .status()
        .is_ok_and(|s| s.success());
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if echo_off {
        let _ = std::process::Command::new("stty")
            .arg("echo")
            .stdin(std::process::Stdio::inherit())
            .status();
    }
    eprintln!();
    read?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn hash(pw: &str) -> Result<String> {
    password::hash(pw, Strength::Standard).map_err(anyhow::Error::msg)
}

pub fn run(
    args: UserArgs,
    open: impl Fn(&Path) -> Result<entente_store::SqliteStore>,
) -> Result<i32> {
    match args.command {
        UserCommand::Add {
            user,
            data,
            party,
            roles,
            clearance,
            password_stdin,
        } => {
            let body = UserCreated {
                user: UserId::parse(&user)?,
                party: PartyId::parse(&party)?,
                roles: account::parse_roles(&roles)?,
                clearance: account::parse_clearance(&clearance)?,
                password_hash: String::new(),
            };
            let pw = read_password(password_stdin, body.user.as_str())?;
            let body = UserCreated {
                password_hash: hash(&pw)?,
                ..body
            };
            let store = open(&data)?;
            let u = store.create_user(&operator(), body)?;
            println!(
                "created {} ({}, {}, clearance {})",
                u.user,
                u.party,
                u.roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
                account::clearance_label(u.clearance)
            );
            Ok(0)
        }
        UserCommand::List { data, json } => {
            let store = open(&data)?;
            let users = store.users()?;
            let mut out = std::io::stdout().lock();
            for u in users {
                let roles = u.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>();
                if json {
                    writeln!(
                        out,
                        "{}",
                        serde_json::json!({"user": u.user, "party": u.party, "roles": roles,
                            "clearance": account::clearance_label(u.clearance), "disabled": u.disabled,
                            "created_at": u.created_at})
                    )?;
                } else {
                    writeln!(
                        out,
                        "{:<20} {:<8} {:<28} {:<16} {}",
                        u.user.as_str(),
                        u.party.as_str(),
                        roles.join(","),
                        account::clearance_label(u.clearance),
                        if u.disabled { "disabled" } else { "active" }
                    )?;
                }
            }
            Ok(0)
        }
        UserCommand::Disable { user, data, reason } => {
            let uid = UserId::parse(&user)?;
            let store = open(&data)?;
            store.disable_user(&operator(), &uid, reason)?;
            println!("disabled {uid}; its sessions are closed and its tokens no longer work");
            Ok(0)
        }
        UserCommand::ResetPassword {
            user,
            data,
            password_stdin,
        } => {
            let uid = UserId::parse(&user)?;
            let pw = read_password(password_stdin, uid.as_str())?;
            let h = hash(&pw)?;
            let store = open(&data)?;
            store.reset_password(&operator(), &uid, h)?;
            println!("password of {uid} set; its sessions and API tokens have ended");
            Ok(0)
        }
        UserCommand::Activate { user, data } => {
            let uid = UserId::parse(&user)?;
            let store = open(&data)?;
            store.activate_user(&operator(), &uid)?;
            println!("activated {uid}");
            Ok(0)
        }
        UserCommand::Roles { user, data, roles } => {
            let uid = UserId::parse(&user)?;
            let roles = account::parse_roles(&roles)?;
            let store = open(&data)?;
            let u = store.change_roles(&operator(), &uid, roles)?;
            println!(
                "{uid} now holds {}",
                u.roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            );
            Ok(0)
        }
        UserCommand::TotpReset { user, data } => {
            let uid = UserId::parse(&user)?;
            let store = open(&data)?;
            let had = store
                .user(&uid)?
                .with_context(|| format!("no account {uid} in {}", data.display()))?
                .second_factor;
            store.reset_second_factor(&operator(), &uid)?;
            if had {
                println!(
                    "second factor of {uid} removed; its sessions and API tokens have ended, and it enrols a new one at its next sign-in"
                );
            } else {
                println!("{uid} has no second factor; nothing changed");
            }
            Ok(0)
        }
        UserCommand::Clearance {
            user,
            data,
            clearance,
        } => {
            let uid = UserId::parse(&user)?;
            let c = account::parse_clearance(&clearance)?;
            let store = open(&data)?;
            store.grant_clearance(&operator(), &uid, c)?;
            println!("{uid} now holds clearance {}", account::clearance_label(c));
            Ok(0)
        }
    }
}

fn parse_since(s: &str) -> Result<chrono::DateTime<chrono::Utc>> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("--since {s:?}: expected an RFC 3339 time or YYYY-MM-DD"))?;
    Ok(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

pub fn audit(args: AuditArgs, store: &dyn Store) -> Result<i32> {
    let filter = AuditFilter {
        since: args.since.as_deref().map(parse_since).transpose()?,
        user: args.user.as_deref().map(UserId::parse).transpose()?,
        party: args.party.as_deref().map(PartyId::parse).transpose()?,
        object: args.object,
        kinds: args.kind.into_iter().collect(),
        limit: args.limit,
    };
    let entries = store.audit(&operator(), &filter)?;
    let mut out = std::io::stdout().lock();
    for e in entries.iter().rev() {
        if args.json {
            writeln!(
                out,
                "{}",
                serde_json::json!({"seq": e.seq, "at": e.at, "user": e.user, "party": e.party,
                    "type": e.kind, "payload": e.payload, "marking": e.marking})
            )?;
        } else {
            writeln!(
                out,
                "{:>7} {} {:<20} {:<7} {:<22} {}",
                e.seq, e.at, e.user, e.party, e.kind, e.payload
            )?;
        }
    }
    Ok(0)
}

/// The accounts still guarded by a published or well-known password (F14): every account
/// whose hash was made with the demo's cheap parameters (only the demo loader makes them, for
/// its published `demo-<user>` passwords), and admin accounts whose password is a well-known
/// default. `entente serve` refuses to start while there is one.
pub fn accounts_with_default_password(store: &dyn Store) -> Result<Vec<UserId>> {
    let mut bad = Vec::new();
    for u in store.users()? {
        if u.disabled {
            continue;
        }
        let Some(c) = store.credentials(&u.user)? else {
            continue;
        };
        let weak = password::is_demo_strength(&c.password_hash)
            || (u.has_role(account::Role::Admin)
                && password::KNOWN_DEFAULTS
                    .iter()
                    .copied()
                    .chain([u.user.as_str()])
                    .any(|p| password::verify(p, &c.password_hash)));
        if weak {
            bad.push(u.user);
        }
    }
    Ok(bad)
}

/// The enabled accounts whose second factor is still one of the demo's published secrets
/// ([`crate::demo::DEMO_TOTP_SECRETS`]): anyone can compute their codes. `entente serve`
/// refuses to start while there is one, as it does for published passwords.
pub fn accounts_with_demo_second_factor(store: &dyn Store) -> Result<Vec<UserId>> {
    let published: Vec<Vec<u8>> = crate::demo::DEMO_TOTP_SECRETS
        .iter()
        .filter_map(|(_, s)| entente_core::totp::base32_decode(s).ok())
        .collect();
    let mut bad = Vec::new();
    for u in store.users()? {
        if u.disabled || !u.second_factor {
            continue;
        }
        let Some(c) = store.credentials(&u.user)? else {
            continue;
        };
        let key = c
            .totp_secret
            .as_deref()
            .and_then(|s| entente_core::totp::base32_decode(s).ok());
        if key.is_some_and(|k| published.contains(&k)) {
            bad.push(u.user);
        }
    }
    Ok(bad)
}
