//! Single sign-on in the store: the mapping rules security officers propose and a second person
//! approves (`signon.rule_proposed`, `signon.rule_approved`; `signon.rule_set` for the operator
//! and for rules recorded before approvals, `signon.rule_removed`), folded into
//! `signon_rules` and `signon_proposals`, and the decision that turns a verified OpenID Connect
//! identity into an account (`user.federated`) or a recorded refusal (`auth.sso_refused`). The
//! ID token itself is checked at the edge (entente-server's `oidc.rs`); what an identity may do
//! is decided here, by the rules, so that every later decision (visibility, the permission
//! table) sees an ordinary account.
//!
//! **Across parties (R3).** A rule maps to its officer's party only; its id begins with that
//! party's code, so no party takes another's ids; a rule that looks at the same claim value as
//! another party's rule (active or proposed) is refused; and an account that exists already is
//! mapped by its own party's rules only, so that another party's rule can neither capture it
//! nor lock it out as ambiguous.

use entente_core::account::Role;
use entente_core::authz::{self, Action, Facts};
use entente_core::signon::{
    self, Mapping, SignOnRule, SignOnRuleApproved, SignOnRuleProposed, SignOnRuleRemoved,
    SignOnRuleSet, SsoRefused, UserFederated,
};
use entente_core::{Draft, EventBody, PartyId, UserId, Viewer};
use rusqlite::{Connection, OptionalExtension, params};

use crate::accounts::{self, UserView, account_marking};
use crate::error::{Result, StoreError};

/// Every rule in force, by id.
pub fn rules(conn: &Connection) -> Result<Vec<SignOnRule>> {
    let mut stmt = conn.prepare_cached("SELECT rule FROM signon_rules ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for r in rows {
        out.push(serde_json::from_str(&r?)?);
    }
    Ok(out)
}

/// A rule awaiting approval, and who proposed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposedRule {
    pub rule: SignOnRule,
    pub proposed_by: UserId,
}

/// Every proposed rule, by id.
pub fn proposals(conn: &Connection) -> Result<Vec<ProposedRule>> {
    let mut stmt =
        conn.prepare_cached("SELECT rule, proposed_by FROM signon_proposals ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for r in rows {
        let (rule, by) = r?;
        out.push(ProposedRule {
            rule: serde_json::from_str(&rule)?,
            proposed_by: UserId::parse(&by)?,
        });
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

fn proposal(conn: &Connection, id: &str) -> Result<Option<ProposedRule>> {
    Ok(proposals(conn)?.into_iter().find(|p| p.rule.id == id))
}

fn own_party(by: &Viewer, party: &PartyId) -> Facts {
    Facts {
        own_party: by.party == *party,
        ..Facts::none()
    }
}

/// May `by` see the rules of `party` (R14: another party's rule answers like a missing one)?
fn sees(by: &Viewer, party: &PartyId) -> bool {
    by.is_operator() || by.has_role(Role::Admin) || by.party == *party
}

/// Refuses a rule that looks at a claim value another party's rule (in force or proposed)
/// looks at: the two would match the same users.
fn check_no_collision(conn: &Connection, r: &SignOnRule) -> Result<()> {
    let others = rules(conn)?
        .into_iter()
        .chain(proposals(conn)?.into_iter().map(|p| p.rule))
        .filter(|o| o.party != r.party);
    for o in others {
        if signon::same_claim_value(&o, r) {
            return Err(StoreError::Refused {
                code: "signon.claimed_by_another_party",
                message: format!(
                    "claim and value: another party's rule maps {} = {} already; a user acts for one party, so ask that party's security officer (or the administrator) which party these users belong to",
                    r.claim, r.value
                ),
            });
        }
    }
    Ok(())
}

/// What setting a rule did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleOutcome {
    /// In force now (the operator at the console).
    InForce,
    /// Proposed: a second officer of the party, or the administrator, approves it.
    AwaitingApproval,
}

/// Decides a rule (new, or replacing the rule of the same id) set by a security officer of the
/// rule's party, which a second person approves before it maps anybody, or by the operator, in
/// force at once.
pub fn decide_set_rule(
    conn: &Connection,
    by: &Viewer,
    r: SignOnRule,
) -> Result<(Vec<Draft>, RuleOutcome)> {
    // The id's scope is checked before any rule of that id is looked up: another party's id
    // answers the same whether a rule holds it or not (R14).
    authz::require(Action::SignOnRulesSet, by, &own_party(by, &r.party))?;
    r.check()?;
    signon::check_rule_id_scope(&r)?;
    if crate::parties::get(conn, &r.party)?.is_none() {
        return Err(StoreError::not_found("party", r.party.as_str()));
    }
    if let Some(old) = rule(conn, &r.id)? {
        authz::require(Action::SignOnRulesSet, by, &own_party(by, &old.party))?;
        if old == r {
            return Ok((vec![], RuleOutcome::InForce));
        }
    }
    check_no_collision(conn, &r)?;
    if by.is_operator() {
        return Ok((
            vec![Draft::new(&SignOnRuleSet { rule: r }, account_marking())],
            RuleOutcome::InForce,
        ));
    }
    if proposal(conn, &r.id)?.is_some_and(|p| p.rule == r) {
        return Ok((vec![], RuleOutcome::AwaitingApproval));
    }
    Ok((
        vec![Draft::new(
            &SignOnRuleProposed { rule: r },
            account_marking(),
        )],
        RuleOutcome::AwaitingApproval,
    ))
}

/// Decides the approval of the proposed rule `id`: a security officer of its party other than
/// the one who proposed it, or the administrator; an account whose holder signs in with a
/// second factor and has no reset password to change.
pub fn decide_approve_rule(conn: &Connection, by: &Viewer, id: &str) -> Result<Vec<Draft>> {
    let p = proposal(conn, id)?
        .filter(|p| sees(by, &p.rule.party))
        .ok_or_else(|| StoreError::not_found("proposed sign-on rule", id))?;
    authz::require(
        Action::SignOnRulesApprove,
        by,
        &own_party(by, &p.rule.party),
    )?;
    accounts::check_approver(conn, by)?;
    if p.proposed_by == by.user {
        return Err(StoreError::Forbidden(format!(
            "{} proposed this rule; a second security officer of {} or the administrator approves it (two-person rule)",
            by.user, p.rule.party
        )));
    }
    check_no_collision(conn, &p.rule)?;
    Ok(vec![Draft::new(
        &SignOnRuleApproved { id: id.to_string() },
        account_marking(),
    )])
}

/// Decides the removal of a rule, and of its proposed replacement (a security officer of its
/// party, or the operator): narrowing takes one person. Accounts it mapped keep what they hold
/// until their next sign-in, which the remaining rules decide.
pub fn decide_remove_rule(conn: &Connection, by: &Viewer, id: &str) -> Result<Vec<Draft>> {
    let old = rule(conn, id)?
        .or(proposal(conn, id)?.map(|p| p.rule))
        .filter(|r| sees(by, &r.party))
        .ok_or_else(|| StoreError::not_found("sign-on rule", id))?;
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
    let refuse = |reason: &'static str, parties: Vec<PartyId>| {
        (
            vec![Draft::new(
                &SsoRefused {
                    issuer: id.issuer.clone(),
                    subject: id.subject.chars().take(255).collect(),
                    email: email.clone(),
                    address: id.address.clone(),
                    reason: reason.to_string(),
                    parties,
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
    // An account acts for one party for life (the log attributes its past acts to it): once it
    // exists, only its own party's rules map it, so another party's rule neither captures it
    // nor locks it out (R3).
    let mut in_force = rules(conn)?;
    if let Some(u) = &existing {
        in_force.retain(|r| r.party == u.party);
    }
    let (party, roles, clearance, rules) = match signon::map_claims(&in_force, &id.claims) {
        Mapping::Mapped {
            party,
            roles,
            clearance,
            rules,
        } => (party, roles, clearance, rules),
        Mapping::Unmapped => {
            let parties = existing.iter().map(|u| u.party.clone()).collect();
            return Ok(refuse("unmapped", parties));
        }
        Mapping::Ambiguous(parties) => return Ok(refuse("ambiguous", parties)),
    };
    if let Some(u) = &existing {
        if u.disabled {
            return Ok(refuse("disabled", vec![u.party.clone()]));
        }
        if u.party != party {
            return Ok(refuse("party_changed", vec![u.party.clone(), party]));
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
                .execute([&b.id])?;
            conn.prepare_cached("DELETE FROM signon_proposals WHERE id = ?1")?
                .execute([&b.id])?;
        }
        (SignOnRuleProposed::TYPE, SignOnRuleProposed::VERSION) => {
            let b: SignOnRuleProposed = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO signon_proposals(id, party, rule, proposed_by, seq) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(id) DO UPDATE SET party = excluded.party, rule = excluded.rule,
                   proposed_by = excluded.proposed_by, seq = excluded.seq",
            )?
            .execute(params![
                b.rule.id,
                b.rule.party.as_str(),
                serde_json::to_string(&b.rule)?,
                e.actor.user.as_str(),
                e.seq as i64
            ])?;
        }
        (SignOnRuleApproved::TYPE, SignOnRuleApproved::VERSION) => {
            let b: SignOnRuleApproved = serde_json::from_str(&e.payload)?;
            conn.prepare_cached(
                "INSERT INTO signon_rules(id, party, rule, seq)
                 SELECT id, party, rule, ?2 FROM signon_proposals WHERE id = ?1
                 ON CONFLICT(id) DO UPDATE SET party = excluded.party, rule = excluded.rule, seq = excluded.seq",
            )?
            .execute(params![b.id, e.seq as i64])?;
            conn.prepare_cached("DELETE FROM signon_proposals WHERE id = ?1")?
                .execute([&b.id])?;
        }
        _ => {}
    }
    Ok(())
}
