//! Single sign-on in the store: the mapping rules security officers set (`signon.rule_set`,
//! `signon.rule_removed`, folded into `signon_rules`), and the decision that turns a verified
//! OpenID Connect identity into an account (`user.federated`) or a recorded refusal
//! (`auth.sso_refused`). The ID token itself is checked at the edge (entente-server's
//! `oidc.rs`); what an identity may do is decided here, by the rules, so that every later
//! decision (visibility, the permission table) sees an ordinary account.

use entente_core::authz::{self, Action, Facts};
use entente_core::signon::{
    self, Mapping, SignOnRule, SignOnRuleRemoved, SignOnRuleSet, SsoRefused, UserFederated,
};
use entente_core::{Draft, EventBody, PartyId, UserId, Viewer};
use rusqlite::{Connection, OptionalExtension, params};

use crate::accounts::{self, UserView, account_marking};
use crate::error::{Result, StoreError};

/// Every rule, by id.
pub fn rules(conn: &Connection) -> Result<Vec<SignOnRule>> {
    let mut stmt = conn.prepare_cached("SELECT rule FROM signon_rules ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for r in rows {
        out.push(serde_json::from_str(&r?)?);
    }
    Ok(out)
}

fn rule(conn: &Connection, id: &str) -> Result<Option<SignOnRule>> {
    let r: Option<String> = conn
        .prepare_cached("SELECT rule FROM signon_rules WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(r.map(|r| serde_json::from_str(&r)).transpose()?)
}

fn own_party(by: &Viewer, party: &PartyId) -> Facts {
    Facts {
        own_party: by.party == *party,
        ..Facts::none()
    }
}

/// Decides a rule (new, or replacing the rule of the same id): a security officer of the
/// rule's party (and, when replacing, of the replaced rule's party too), or the operator.
pub fn decide_set_rule(conn: &Connection, by: &Viewer, r: SignOnRule) -> Result<Vec<Draft>> {
    authz::require(Action::SignOnRulesSet, by, &own_party(by, &r.party))?;
    r.check()?;
    if crate::parties::get(conn, &r.party)?.is_none() {
        return Err(StoreError::not_found("party", r.party.as_str()));
    }
    if let Some(old) = rule(conn, &r.id)? {
        authz::require(Action::SignOnRulesSet, by, &own_party(by, &old.party))?;
        if old == r {
            return Ok(vec![]);
        }
    }
    Ok(vec![Draft::new(
        &SignOnRuleSet { rule: r },
        account_marking(),
    )])
}

/// Decides the removal of a rule (a security officer of its party, or the operator). Accounts
/// it mapped keep what they hold until their next sign-in, which the remaining rules decide.
pub fn decide_remove_rule(conn: &Connection, by: &Viewer, id: &str) -> Result<Vec<Draft>> {
    let old = rule(conn, id)?.ok_or_else(|| StoreError::not_found("sign-on rule", id))?;
    authz::require(Action::SignOnRulesSet, by, &own_party(by, &old.party))?;
    Ok(vec![Draft::new(
        &SignOnRuleRemoved { id: id.to_string() },
        account_marking(),
    )])
}

/// An identity the OpenID provider vouched for in a verified ID token.
#[derive(Clone, Debug, PartialEq)]
pub struct FederatedIdentity {
    /// `iss` and `sub` (OpenID Connect Core 1.0 §5.7).
    pub issuer: String,
    pub subject: String,
    /// Every claim of the ID token (and of the UserInfo response, if fetched).
    pub claims: serde_json::Value,
    /// The client's address, for the audit trail.
    pub address: String,
}

/// What became of a federated sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FederatedOutcome {
    /// The account (created or updated) may now open a session.
    Account(UserId),
    /// No access, for this reason (recorded as `auth.sso_refused`): `unmapped`, `ambiguous`,
    /// `disabled` or `party_changed`.
    Refused(&'static str),
}

fn claim_text(claims: &serde_json::Value, name: &str) -> Option<String> {
    claims
        .get(name)
        .and_then(|v| v.as_str())
        .map(|s| s.chars().take(200).collect())
}

/// Decides what a verified identity gets: the rules map it to one party, roles and a
/// clearance (a new or updated account), or nothing (a refusal on record).
pub fn decide_federate(
    conn: &Connection,
    id: &FederatedIdentity,
) -> Result<(Vec<Draft>, FederatedOutcome)> {
    let user = signon::federated_user(&id.issuer, &id.subject)?;
    let email = claim_text(&id.claims, "email");
    let refuse = |reason: &'static str| {
        (
            vec![Draft::new(
                &SsoRefused {
                    issuer: id.issuer.clone(),
                    subject: id.subject.chars().take(255).collect(),
                    email: email.clone(),
                    address: id.address.clone(),
                    reason: reason.to_string(),
                },
                account_marking(),
            )],
            FederatedOutcome::Refused(reason),
        )
    };
    let existing: Option<UserView> = accounts::user(conn, &user)?;
    if existing.as_ref().is_some_and(|u| !u.federated) {
        return Err(StoreError::Conflict(format!(
            "{user} is a local account; federated names are reserved"
        )));
    }
    let (party, roles, clearance, rules) = match signon::map_claims(&rules(conn)?, &id.claims) {
        Mapping::Mapped {
            party,
            roles,
            clearance,
            rules,
        } => (party, roles, clearance, rules),
        Mapping::Unmapped => return Ok(refuse("unmapped")),
        Mapping::Ambiguous(_) => return Ok(refuse("ambiguous")),
    };
    if let Some(u) = &existing {
        if u.disabled {
            return Ok(refuse("disabled"));
        }
        // An account acts for one party for life: the log attributes its past acts to it.
        if u.party != party {
            return Ok(refuse("party_changed"));
        }
        if u.roles == roles && u.clearance == clearance {
            return Ok((vec![], FederatedOutcome::Account(user)));
        }
    }
    let body = UserFederated {
        user: user.clone(),
        party,
        roles,
        clearance,
        issuer: id.issuer.clone(),
        subject: id.subject.clone(),
        email,
        name: claim_text(&id.claims, "name"),
        rules,
    };
    Ok((
        vec![Draft::new(&body, account_marking())],
        FederatedOutcome::Account(user),
    ))
}

pub(crate) fn apply(conn: &Connection, e: &entente_core::Event) -> Result<()> {
    match (e.kind.as_str(), e.version) {
        (SignOnRuleSet::TYPE, SignOnRuleSet::VERSION) => {
            let b: SignOnRuleSet = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO signon_rules(id, party, rule, seq) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(id) DO UPDATE SET party = excluded.party, rule = excluded.rule, seq = excluded.seq",
            )?
            .execute(params![
                b.rule.id,
                b.rule.party.as_str(),
                serde_json::to_string(&b.rule)?,
                e.seq as i64
            ])?;
        }
        (SignOnRuleRemoved::TYPE, SignOnRuleRemoved::VERSION) => {
            let b: SignOnRuleRemoved = serde_json::from_str(&e.payload)?;
            conn.prepare_cached("DELETE FROM signon_rules WHERE id = ?1")?
                .execute([b.id])?;
        }
        _ => {}
    }
    Ok(())
}
