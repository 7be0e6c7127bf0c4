//! The audit trail: a view of the log itself (every write is an event; logins, audited reads
//! and exports are events too), filtered by time and user, with secrets redacted.
//!
//! Reading the trail needs the `admin` or `security_officer` role (the permission table). An
//! admin sees the account, session, token and login events of everyone, a security officer
//! those of their own party's accounts; every other event (writes, `audit.read`,
//! `audit.export`) only if [`can_see`] lets them see it **and** they may see the dossier it
//! belongs to (a container's marking bounds its contents, F3): an `audit.read` event carries
//! the marking of the item that was read, so the trail never reveals more than the item. The
//! instance's operator (the console) sees everything.

use chrono::{DateTime, Utc};
use entente_core::account::{ACCOUNT_EVENT_TYPES, Role, SECRET_FIELDS};
use entente_core::event::format_time;
use entente_core::{Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, params};

use crate::error::Result;
use crate::scope::ContainerCheck;

/// The party of the account an account event is about (its `user` field).
fn subject_party(conn: &Connection, payload: &str) -> Result<Option<PartyId>> {
    let v: serde_json::Value = serde_json::from_str(payload).unwrap_or_default();
    let Some(u) = v.get("user").and_then(|u| u.as_str()) else {
        return Ok(None);
    };
    let Ok(u) = UserId::parse(u) else {
        return Ok(None);
    };
    Ok(crate::accounts::user(conn, &u)?.map(|u| u.party))
}

const SSO_REFUSED: &str = <entente_core::signon::SsoRefused as entente_core::EventBody>::TYPE;

/// Does a refused federated sign-in concern `party`'s security officers (R3)? Those of the
/// parties it names (whose rules matched, or the account's), and, for a user no rule maps yet,
/// every officer: it is officers who write the rule that would map them. Other refusals
/// recorded before they named parties are for administrators only.
fn sso_concerns(payload: &str, party: &PartyId) -> bool {
    let v: serde_json::Value = serde_json::from_str(payload).unwrap_or_default();
    let parties: Vec<&str> = v
        .get("parties")
        .and_then(|p| p.as_array())
        .map(|a| a.iter().filter_map(|p| p.as_str()).collect())
        .unwrap_or_default();
    if parties.is_empty() {
        return v.get("reason").and_then(|r| r.as_str()) == Some("unmapped");
    }
    parties.contains(&party.as_str())
}

/// What to list.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Only events recorded at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Only events by this user, or about them (the `user` field of the payload).
    pub user: Option<UserId>,
    /// Only events of these types (all when empty).
    pub kinds: Vec<String>,
    /// Only events by this party.
    pub party: Option<PartyId>,
    /// Only events about this object: a dossier (and everything in it), or any item whose id
    /// the payload names (`id`, `procedure`, `user`).
    pub object: Option<String>,
    /// At most this many, newest first (clamped to 1..=10,000).
    pub limit: usize,
}

/// One line of the audit trail.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    pub seq: u64,
    pub at: String,
    pub user: String,
    pub party: String,
    pub kind: String,
    /// The payload with secrets (password and token hashes, session ids) redacted.
    pub payload: serde_json::Value,
    pub marking: Marking,
}

/// Replaces the values of secret fields by `"[redacted]"`.
pub fn redact(payload: &str) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(payload).unwrap_or(serde_json::Value::Null);
    if let Some(m) = v.as_object_mut() {
        for f in SECRET_FIELDS {
            if let Some(x) = m.get_mut(*f) {
                *x = serde_json::Value::String("[redacted]".into());
            }
        }
    }
    v
}

/// Lists the audit trail as `viewer` may see it (`None`: the instance operator, everything).
pub fn list(conn: &Connection, viewer: &Viewer, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
    let operator = viewer.is_operator();
    let admin = viewer.has_role(Role::Admin);
    let mut containers = ContainerCheck::new(viewer);
    let limit = f.limit.clamp(1, 10_000);
    let since = f.since.map(format_time);
    let user = f.user.as_ref().map(|u| u.as_str().to_string());
    let mut stmt = conn.prepare_cached(
        "SELECT seq, recorded_at, actor_user, actor_party, type, payload, marking FROM events
         WHERE type <> 'log.checkpoint'
           AND (?1 IS NULL OR recorded_at >= ?1)
           AND (?2 IS NULL OR actor_user = ?2 OR json_extract(payload, '$.user') = ?2)
         ORDER BY seq DESC",
    )?;
    let mut rows = stmt.query(params![since, user])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let kind: String = r.get(4)?;
        if !f.kinds.is_empty() && !f.kinds.contains(&kind) {
            continue;
        }
        let actor_user: String = r.get(2)?;
        let actor_party: String = r.get(3)?;
        if f.party.as_ref().is_some_and(|p| p.as_str() != actor_party) {
            continue;
        }
        if let Some(o) = &f.object {
            let payload: serde_json::Value =
                serde_json::from_str(&r.get::<_, String>(5)?).unwrap_or_default();
            let names = ["id", "dossier", "procedure", "user"]
                .iter()
                .any(|k| payload.get(*k).and_then(|v| v.as_str()) == Some(o.as_str()));
            if !names {
                continue;
            }
        }
        let marking: Marking = serde_json::from_str(&r.get::<_, String>(6)?)?;
        let seq = r.get::<_, i64>(0)? as u64;
        if !operator {
            let visible = if kind == SSO_REFUSED {
                admin
                    || (viewer.has_role(Role::SecurityOfficer)
                        && sso_concerns(&r.get::<_, String>(5)?, &viewer.party))
            } else if ACCOUNT_EVENT_TYPES.contains(&kind.as_str()) {
                admin
                    || actor_party == viewer.party.as_str()
                    || subject_party(conn, &r.get::<_, String>(5)?)?.as_ref() == Some(&viewer.party)
            } else {
                can_see(
                    viewer,
                    &PartyId::parse(&actor_party)?,
                    &UserId::parse(&actor_user)?,
                    &marking,
                ) && containers.allows(conn, seq)?
            };
            if !visible {
                continue;
            }
        }
        out.push(AuditEntry {
            seq,
            at: r.get(1)?,
            user: actor_user,
            party: actor_party,
            kind,
            payload: redact(&r.get::<_, String>(5)?),
            marking,
        });
        if out.len() >= limit {
            break;
        }
    }
    Ok(out)
}
