//! **Single sign-on**: the rules by which a security officer maps the claims of an OpenID
//! Connect provider's users to a party, roles and a clearance, and the events of federated
//! accounts. Pure: the edge verifies the ID token (`entente-server/src/oidc.rs`) and hands the
//! verified claims here.
//!
//! - A rule belongs to one party, and only a security officer of that party sets or removes it
//!   (the permission table, [`crate::authz::Action::SignOnRulesSet`]): an officer of DE maps
//!   users to DE and nowhere else.
//! - A rule grants ordinary roles only: `admin` and `security_officer` stay with local accounts,
//!   which have a password and a second factor under entente's own control (docs/security.md,
//!   "Single sign-on").
//! - A rule's clearance is a ceiling: with `clearance_claim`, the user gets the level the claim
//!   states, but never more than the rule's; without it, the rule's level.
//! - A user no rule maps gets no access. A user whom rules of two parties map gets none either:
//!   whose delegate they are is not for entente to guess.
//! - The account is named after the provider's `iss` and `sub`, the only pair OpenID Connect
//!   Core 1.0 §5.7 lets a relying party rely on as a stable identifier, never after the e-mail
//!   address (which a provider may reassign).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::account::{self, Role};
use crate::event::EventBody;
use crate::{Classification, Invalid, PartyId, UserId};

/// The prefix of federated account names; local accounts may not take it.
pub const FEDERATED_PREFIX: &str = "sso.";

/// The password hash of a federated account: not a PHC string, so no password ever matches
/// it and `user.created`'s check refuses it for local accounts.
pub const NO_PASSWORD: &str = "!federated";

/// The claim a rule looks at: a claim of the ID token by name (a string equal to `value`, or an
/// array of strings containing it; `groups` is the usual one), or the domain of a verified
/// e-mail address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOnRule {
    /// Chosen by the officer: 1 to 64 of a-z, 0-9, '-', '.'.
    pub id: String,
    /// The party the users this rule matches act for.
    pub party: PartyId,
    /// `email_domain`, or the name of a claim (`groups`, `department`, ...).
    pub claim: String,
    /// The domain (`email_domain`) or the value the claim must hold.
    pub value: String,
    /// The roles granted (ordinary roles only).
    pub roles: BTreeSet<Role>,
    /// The highest clearance this rule grants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearance: Option<Classification>,
    /// A claim stating the user's clearance (`RESTREINT UE`, ...), capped at `clearance`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearance_claim: Option<String>,
}

/// The claim names a rule may use: OpenID Connect Core 1.0 §2 and §5.1 names, or a
/// provider's own (letters, digits, `_`, `-`, `.`, `:`, `/`, as Keycloak and Azure use).
fn check_claim_name(field: &str, c: &str) -> Result<(), Invalid> {
    let ok = (1..=100).contains(&c.len())
        && c.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.:/".contains(&b));
    if !ok {
        return Err(Invalid::new(
            field,
            "a claim name of 1 to 100 letters, digits, '_', '-', '.', ':' or '/'",
        ));
    }
    Ok(())
}

impl SignOnRule {
    /// Checks the rule's shape: its id, claim, value, roles (ordinary ones, at least one) and
    /// clearance (at most SECRET UE).
    pub fn check(&self) -> Result<(), Invalid> {
        if self.id.is_empty()
            || self.id.len() > 64
            || !self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        {
            return Err(Invalid::new("id", "1 to 64 of a-z, 0-9, '-', '.'"));
        }
        check_claim_name("claim", &self.claim)?;
        if self.value.trim().is_empty() || self.value.chars().count() > 200 {
            return Err(Invalid::new("value", "1 to 200 characters"));
        }
        crate::lang::check_plain_text("value", &self.value)?;
        if self.claim == "email_domain"
            && (self.value.contains('@')
                || !self.value.contains('.')
                || self.value.chars().any(char::is_whitespace))
        {
            return Err(Invalid::new(
                "value",
                "an e-mail domain such as mfa.gov.lv (without '@')",
            ));
        }
        account::check_roles(&self.roles)?;
        if self
            .roles
            .iter()
            .any(|r| matches!(r, Role::Admin | Role::SecurityOfficer))
        {
            return Err(Invalid::new(
                "roles",
                "ordinary roles only (delegate, analyst, drafter, chair, observer): admin and security_officer accounts stay local, with a password and a second factor",
            ));
        }
        account::check_clearance(self.clearance)?;
        if let Some(c) = &self.clearance_claim {
            check_claim_name("clearance_claim", c)?;
        }
        Ok(())
    }

    /// Does this rule match the verified claims?
    pub fn matches(&self, claims: &serde_json::Value) -> bool {
        if self.claim == "email_domain" {
            // Core 1.0 §5.1: only a verified address says that the user controls it.
            let verified = claims.get("email_verified").and_then(|v| v.as_bool()) == Some(true);
            let domain = claims
                .get("email")
                .and_then(|v| v.as_str())
                .and_then(|e| e.rsplit_once('@'))
                .map(|(_, d)| d.to_ascii_lowercase());
            return verified && domain.as_deref() == Some(&self.value.to_ascii_lowercase());
        }
        match claims.get(&self.claim) {
            Some(serde_json::Value::String(s)) => *s == self.value,
            Some(serde_json::Value::Array(a)) => a.iter().any(|v| v.as_str() == Some(&self.value)),
            _ => false,
        }
    }

    /// The clearance this rule grants the user with these claims.
    pub fn clearance_for(&self, claims: &serde_json::Value) -> Option<Classification> {
        match &self.clearance_claim {
            None => self.clearance,
            Some(name) => {
                let stated = claims
                    .get(name)
                    .and_then(|v| v.as_str())
                    .and_then(|s| account::parse_clearance(s).ok())
                    .flatten();
                stated.min(self.clearance)
            }
        }
    }
}

/// What the rules make of a user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapping {
    /// The party, the union of the matching rules' roles, the highest clearance they grant,
    /// and the ids of those rules.
    Mapped {
        party: PartyId,
        roles: BTreeSet<Role>,
        clearance: Option<Classification>,
        rules: Vec<String>,
    },
    /// No rule matches.
    Unmapped,
    /// Rules of more than one party match.
    Ambiguous(Vec<PartyId>),
}

/// Applies the rules to verified claims.
pub fn map_claims(rules: &[SignOnRule], claims: &serde_json::Value) -> Mapping {
    let hits: Vec<&SignOnRule> = rules.iter().filter(|r| r.matches(claims)).collect();
    let parties: BTreeSet<&PartyId> = hits.iter().map(|r| &r.party).collect();
    let mut each = parties.iter();
    match (each.next(), each.next()) {
        (None, _) => Mapping::Unmapped,
        (Some(party), None) => Mapping::Mapped {
            party: (*party).clone(),
            roles: hits.iter().flat_map(|r| r.roles.iter().copied()).collect(),
            clearance: hits.iter().filter_map(|r| r.clearance_for(claims)).max(),
            rules: hits.iter().map(|r| r.id.clone()).collect(),
        },
        _ => Mapping::Ambiguous(parties.into_iter().cloned().collect()),
    }
}

/// The account name of a provider's user: `sso.` and 20 hex digits of SHA-256 over the issuer
/// and the subject (Core 1.0 §5.7: `iss` and `sub` together are the stable identifier).
pub fn federated_user(issuer: &str, subject: &str) -> Result<UserId, Invalid> {
    let mut h = Sha256::new();
    h.update(issuer.as_bytes());
    h.update([0]);
    h.update(subject.as_bytes());
    let digest = hex::encode(h.finalize());
    UserId::parse(&format!("{FEDERATED_PREFIX}{}", &digest[..20]))
}

// ---- events ----

/// `signon.rule_set`: a rule added or replaced (same id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOnRuleSet {
    pub rule: SignOnRule,
}

impl EventBody for SignOnRuleSet {
    const TYPE: &'static str = "signon.rule_set";
    const VERSION: u32 = 1;
}

/// `signon.rule_removed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOnRuleRemoved {
    pub id: String,
}

impl EventBody for SignOnRuleRemoved {
    const TYPE: &'static str = "signon.rule_removed";
    const VERSION: u32 = 1;
}

/// `user.federated`: an account signed in through the OpenID provider, created or brought up
/// to date with what the rules grant now. It has no password ([`NO_PASSWORD`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserFederated {
    pub user: UserId,
    pub party: PartyId,
    pub roles: BTreeSet<Role>,
    pub clearance: Option<Classification>,
    /// The provider's `iss` and the user's `sub` (Core 1.0 §5.7).
    pub issuer: String,
    pub subject: String,
    /// For people reading the audit trail: the `email` and `name` claims, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The rules that granted this.
    pub rules: Vec<String>,
}

impl EventBody for UserFederated {
    const TYPE: &'static str = "user.federated";
    const VERSION: u32 = 1;
}

/// `auth.sso_refused`: a provider's user signed in there and got no access here: no rule maps
/// them (`unmapped`), rules of several parties do (`ambiguous`), their account is disabled
/// (`disabled`) or bound to another party (`party_changed`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SsoRefused {
    pub issuer: String,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub address: String,
    pub reason: String,
}

impl EventBody for SsoRefused {
    const TYPE: &'static str = "auth.sso_refused";
    const VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule(id: &str, party: &str, claim: &str, value: &str) -> SignOnRule {
        SignOnRule {
            id: id.into(),
            party: PartyId::parse(party).unwrap(),
            claim: claim.into(),
            value: value.into(),
            roles: account::parse_roles("analyst").unwrap(),
            clearance: Some(Classification::ConfidentielUe),
            clearance_claim: None,
        }
    }

    #[test]
    fn rules_never_grant_administration() {
        let mut r = rule("lv", "LV", "groups", "cert-lv");
        assert!(r.check().is_ok());
        r.roles = account::parse_roles("analyst,admin").unwrap();
        assert_eq!(r.check().unwrap_err().field, "roles");
        r.roles = account::parse_roles("security_officer").unwrap();
        assert!(r.check().is_err());
        let bad_domain = rule("x", "LV", "email_domain", "@lv.example");
        assert_eq!(bad_domain.check().unwrap_err().field, "value");
    }

    #[test]
    fn groups_and_verified_email_domains_match() {
        let rules = vec![
            rule("lv-cert", "LV", "groups", "cert-lv"),
            rule("lv-mfa", "LV", "email_domain", "mfa.gov.lv"),
        ];
        let by_group = json!({"sub": "1", "groups": ["x", "cert-lv"]});
        assert!(
            matches!(map_claims(&rules, &by_group), Mapping::Mapped { ref rules, .. } if rules == &["lv-cert"])
        );
        let verified = json!({"email": "a@MFA.gov.lv", "email_verified": true});
        assert!(matches!(
            map_claims(&rules, &verified),
            Mapping::Mapped { .. }
        ));
        let unverified = json!({"email": "a@mfa.gov.lv", "email_verified": false});
        assert_eq!(map_claims(&rules, &unverified), Mapping::Unmapped);
        let lookalike = json!({"email": "a@evilmfa.gov.lv", "email_verified": true});
        assert_eq!(map_claims(&rules, &lookalike), Mapping::Unmapped);
        assert_eq!(map_claims(&rules, &json!({})), Mapping::Unmapped);
    }

    #[test]
    fn two_parties_matching_is_no_access() {
        let rules = vec![
            rule("lv", "LV", "groups", "shared"),
            rule("de", "DE", "groups", "shared"),
        ];
        assert!(matches!(
            map_claims(&rules, &json!({"groups": ["shared"]})),
            Mapping::Ambiguous(p) if p.len() == 2
        ));
    }

    #[test]
    fn clearance_from_a_claim_is_capped_by_the_rule() {
        let mut r = rule("lv", "LV", "groups", "g");
        r.clearance_claim = Some("clearance".into());
        let c = |v: &str| r.clearance_for(&json!({"clearance": v}));
        assert_eq!(c("SECRET UE"), Some(Classification::ConfidentielUe));
        assert_eq!(c("RESTREINT UE"), Some(Classification::RestreintUe));
        assert_eq!(c("nonsense"), None);
        assert_eq!(r.clearance_for(&json!({})), None);
        r.clearance_claim = None;
        assert_eq!(
            r.clearance_for(&json!({})),
            Some(Classification::ConfidentielUe)
        );
    }

    #[test]
    fn federated_names_are_stable_and_distinct() {
        let f = |i: &str, s: &str| federated_user(i, s).unwrap();
        let a = f("https://idp.example", "abc");
        assert_eq!(a, f("https://idp.example", "abc"));
        assert_ne!(a, f("https://idp.example", "abd"));
        assert_ne!(a, f("https://other.example", "abc"));
        assert!(a.as_str().starts_with("sso.") && a.as_str().len() == 24);
    }
}
