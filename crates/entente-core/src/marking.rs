//! Markings (TLP 2.0, EU classification levels, releasability) and the one rule that decides
//! who may see a marked item.
//!
//! Sources: FIRST, *Traffic Light Protocol (TLP) 2.0* (2022), definitions of each level;
//! Council Decision 2013/488/EU on the security rules for protecting EU classified information,
//! Art. 2(2) (the four classification levels) and Art. 7 (access on need-to-know, with a
//! security clearance where required). entente models these markings faithfully; it is not
//! itself accredited to hold EU classified information.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::{Invalid, PartyId, UserId};

/// A TLP 2.0 level, from least to most restrictive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tlp {
    /// TLP:CLEAR: disclosure is not limited (TLP 1.0: WHITE).
    #[serde(rename = "CLEAR", alias = "WHITE")]
    Clear,
    /// TLP:GREEN: the community, not public channels.
    #[serde(rename = "GREEN")]
    Green,
    /// TLP:AMBER: the recipient's organisation and its clients, on a need-to-know basis.
    #[serde(rename = "AMBER")]
    Amber,
    /// TLP:AMBER+STRICT: the recipient's organisation only.
    #[serde(rename = "AMBER+STRICT")]
    AmberStrict,
    /// TLP:RED: the named recipients only.
    #[serde(rename = "RED")]
    Red,
}

impl Tlp {
    pub const ALL: [Tlp; 5] = [
        Tlp::Clear,
        Tlp::Green,
        Tlp::Amber,
        Tlp::AmberStrict,
        Tlp::Red,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Tlp::Clear => "CLEAR",
            Tlp::Green => "GREEN",
            Tlp::Amber => "AMBER",
            Tlp::AmberStrict => "AMBER+STRICT",
            Tlp::Red => "RED",
        }
    }
}

impl fmt::Display for Tlp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TLP:{}", self.label())
    }
}

impl FromStr for Tlp {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_uppercase();
        let s = s.strip_prefix("TLP:").unwrap_or(&s);
        match s {
            "CLEAR" | "WHITE" => Ok(Tlp::Clear),
            "GREEN" => Ok(Tlp::Green),
            "AMBER" => Ok(Tlp::Amber),
            "AMBER+STRICT" => Ok(Tlp::AmberStrict),
            "RED" => Ok(Tlp::Red),
            _ => Err(Invalid::new(
                "marking.tlp",
                "one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED",
            )),
        }
    }
}

/// An EU classification level (Council Decision 2013/488/EU, Art. 2(2)), lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Classification {
    #[serde(rename = "RESTREINT UE")]
    RestreintUe,
    #[serde(rename = "CONFIDENTIEL UE")]
    ConfidentielUe,
    #[serde(rename = "SECRET UE")]
    SecretUe,
    #[serde(rename = "TRES SECRET UE", alias = "TRÈS SECRET UE")]
    TresSecretUe,
}

impl Classification {
    pub const ALL: [Classification; 4] = [
        Classification::RestreintUe,
        Classification::ConfidentielUe,
        Classification::SecretUe,
        Classification::TresSecretUe,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Classification::RestreintUe => "RESTREINT UE/EU RESTRICTED",
            Classification::ConfidentielUe => "CONFIDENTIEL UE/EU CONFIDENTIAL",
            Classification::SecretUe => "SECRET UE/EU SECRET",
            Classification::TresSecretUe => "TRÈS SECRET UE/EU TOP SECRET",
        }
    }
}

impl FromStr for Classification {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_uppercase().replace(['_', '-'], " ");
        match s.as_str() {
            "RESTREINT UE" | "EU RESTRICTED" | "RESTRICTED" => Ok(Classification::RestreintUe),
            "CONFIDENTIEL UE" | "EU CONFIDENTIAL" | "CONFIDENTIAL" => {
                Ok(Classification::ConfidentielUe)
            }
            "SECRET UE" | "EU SECRET" | "SECRET" => Ok(Classification::SecretUe),
            "TRES SECRET UE" | "TRÈS SECRET UE" | "EU TOP SECRET" | "TOP SECRET" => {
                Ok(Classification::TresSecretUe)
            }
            _ => Err(Invalid::new(
                "marking.classification",
                "one of RESTREINT UE, CONFIDENTIEL UE, SECRET UE, TRES SECRET UE",
            )),
        }
    }
}

/// The marking every item carries.
///
/// `releasable_to` lists the parties the item may reach besides its originating party. An empty
/// list means "the whole community" for TLP:CLEAR and TLP:GREEN, and "the originating party
/// only" for AMBER, AMBER+STRICT and RED. For TLP:RED, `recipients` names the individual users.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marking {
    pub tlp: Tlp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<Classification>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub releasable_to: BTreeSet<PartyId>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub recipients: BTreeSet<UserId>,
}

impl Marking {
    pub fn clear() -> Self {
        Marking {
            tlp: Tlp::Clear,
            classification: None,
            releasable_to: BTreeSet::new(),
            recipients: BTreeSet::new(),
        }
    }

    pub fn tlp(tlp: Tlp) -> Self {
        Marking {
            tlp,
            ..Marking::clear()
        }
    }

    /// Checks the marking's own consistency: recipients only make sense under TLP:RED, and
    /// TLP:RED must name at least one recipient (FIRST TLP 2.0: "for the eyes and ears of
    /// individual recipients only").
    pub fn check(&self) -> Result<(), Invalid> {
        if self.tlp == Tlp::Red && self.recipients.is_empty() {
            return Err(Invalid::new(
                "marking.recipients",
                "at least one named recipient for TLP:RED",
            ));
        }
        if self.tlp != Tlp::Red && !self.recipients.is_empty() {
            return Err(Invalid::new(
                "marking.recipients",
                "no recipients unless the TLP level is RED",
            ));
        }
        Ok(())
    }

    /// An item inside a container (evidence, an assessment, an attribution inside a dossier)
    /// may narrow the container's marking, never widen it (F3, R19): its TLP level and its
    /// classification are at least the container's; when the container is released to named
    /// parties only (a list, or above TLP:GREEN), the item is released to no party outside the
    /// container's (its list and its `origin`); and inside a TLP:RED container the item names
    /// no recipient outside the container's (its list and its `author`). Visibility does not
    /// rest on this check alone: every read of a contained item also requires the container to
    /// be visible, so an item is seen by at most those who see both.
    pub fn check_within(
        &self,
        container: &Marking,
        origin: &PartyId,
        author: &UserId,
    ) -> Result<(), Invalid> {
        if self.tlp < container.tlp {
            return Err(Invalid::new(
                "marking.tlp",
                &format!(
                    "{} or stricter: an item inside a container marked {} cannot be marked {} (narrow a marking, never widen it)",
                    container.tlp, container.tlp, self.tlp
                ),
            ));
        }
        if self.classification < container.classification {
            return Err(Invalid::new(
                "marking.classification",
                &format!(
                    "{} or higher: the container is classified at that level",
                    container
                        .classification
                        .map(Classification::label)
                        .unwrap_or("none")
                ),
            ));
        }
        let bounded = !container.releasable_to.is_empty() || container.tlp > Tlp::Green;
        if bounded {
            let inside = |p: &PartyId| p == origin || container.releasable_to.contains(p);
            let community = self.releasable_to.is_empty() && self.tlp <= Tlp::Green;
            if let Some(p) = self.releasable_to.iter().find(|p| !inside(p)) {
                return Err(Invalid::new(
                    "marking.releasable_to",
                    &format!(
                        "parties the container is released to ({}): {p} is not one of them (narrow a marking, never widen it)",
                        std::iter::once(origin.as_str())
                            .chain(container.releasable_to.iter().map(PartyId::as_str))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            if community {
                return Err(Invalid::new(
                    "marking.releasable_to",
                    "a list of parties within the container's: without one the item would be released to the whole community, which the container is not",
                ));
            }
        }
        if container.tlp == Tlp::Red
            && let Some(u) = self
                .recipients
                .iter()
                .find(|u| *u != author && !container.recipients.contains(u))
        {
            return Err(Invalid::new(
                "marking.recipients",
                &format!(
                    "recipients of the container: {u} is not one of them (narrow a marking, never widen it)"
                ),
            ));
        }
        Ok(())
    }

    /// Orders markings by restrictiveness for banners: the highest classification, then TLP.
    pub fn rank(&self) -> (Option<Classification>, Tlp) {
        (self.classification, self.tlp)
    }
}

/// Who is asking: the user, their party, their clearance (`None`: no clearance) and their
/// roles. [`can_see`] decides visibility from the first three; [`crate::authz::require`]
/// decides what the caller may do from the roles. The edge builds a viewer from the signed-in
/// account (or [`Viewer::public`]); the console builds [`Viewer::operator`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub user: UserId,
    pub party: PartyId,
    pub clearance: Option<Classification>,
    pub roles: BTreeSet<Role>,
}

/// The pseudo-party of readers who have not signed in.
pub const PUBLIC_PARTY: &str = "PUBLIC";

impl Viewer {
    /// A reader who has not signed in: sees TLP:CLEAR only, never classified items.
    pub fn public() -> Self {
        Viewer {
            user: UserId::parse("anonymous").unwrap_or_else(|_| unreachable!()),
            party: PartyId::parse(PUBLIC_PARTY).unwrap_or_else(|_| unreachable!()),
            clearance: None,
            roles: BTreeSet::new(),
        }
    }

    pub fn is_public(&self) -> bool {
        self.party.as_str() == PUBLIC_PARTY
    }

    /// The instance itself, on its operator's command at the console (CLI, demo loader, the
    /// deadline sweeper): the reserved user `system` of `party`, holding [`Role::Operator`]
    /// only. It sees what a member of `party` without clearance sees; what it may do is in
    /// [`crate::authz::TABLE`].
    pub fn operator(party: PartyId) -> Self {
        Viewer {
            user: UserId::system(),
            party,
            clearance: None,
            roles: BTreeSet::from([Role::Operator]),
        }
    }

    /// Is this the instance acting on its operator's command? Only in-process code (the console,
    /// the demo loader, the sweeper) can hold [`Role::Operator`]: no account holds it, and the
    /// authenticator builds viewers from accounts.
    pub fn is_operator(&self) -> bool {
        self.roles.contains(&Role::Operator)
    }

    pub fn has_role(&self, r: Role) -> bool {
        self.roles.contains(&r)
    }
}

/// **The** authorisation rule for reading a marked item. Every read path calls this function
/// (through the store); nothing else decides visibility.
///
/// A viewer sees an item only if
/// 1. their clearance is at least the item's classification level (Decision 2013/488/EU, Art. 7);
/// 2. their party is the originating party, or within the item's releasability (for CLEAR and
///    GREEN with no releasability list: every party of the community); and
/// 3. for TLP:RED, they are the author or a named recipient (FIRST TLP 2.0).
///
/// A reader who has not signed in ([`Viewer::public`]) is outside the community and sees only
/// TLP:CLEAR (TLP:GREEN "may not be shared via publicly accessible channels").
pub fn can_see(viewer: &Viewer, origin: &PartyId, author: &UserId, marking: &Marking) -> bool {
    if viewer.is_public() {
        return marking.tlp == Tlp::Clear && marking.classification.is_none();
    }
    if let Some(level) = marking.classification {
        match viewer.clearance {
            Some(c) if c >= level => {}
            _ => return false,
        }
    }
    let party_ok = &viewer.party == origin
        || marking.releasable_to.contains(&viewer.party)
        || (marking.releasable_to.is_empty() && marking.tlp <= Tlp::Green);
    if !party_ok {
        return false;
    }
    if marking.tlp == Tlp::Red {
        return &viewer.user == author || marking.recipients.contains(&viewer.user);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn viewer(user: &str, party: &str, clearance: Option<Classification>) -> Viewer {
        Viewer {
            user: UserId::parse(user).unwrap(),
            party: PartyId::parse(party).unwrap(),
            clearance,
            roles: BTreeSet::new(),
        }
    }

    fn arb_marking() -> impl Strategy<Value = Marking> {
        let parties = prop::sample::subsequence(vec!["DE", "FR", "LV", "BG"], 0..=4);
        let users = prop::sample::subsequence(vec!["a", "b", "c"], 0..=3);
        (
            prop::sample::select(Tlp::ALL.to_vec()),
            prop::option::of(prop::sample::select(Classification::ALL.to_vec())),
            parties,
            users,
        )
            .prop_map(|(tlp, classification, parties, users)| Marking {
                tlp,
                classification,
                releasable_to: parties.iter().map(|p| PartyId::parse(p).unwrap()).collect(),
                recipients: users.iter().map(|u| UserId::parse(u).unwrap()).collect(),
            })
    }

    #[test]
    fn red_needs_named_recipient() {
        let mut m = Marking::tlp(Tlp::Red);
        m.releasable_to.insert(PartyId::parse("FR").unwrap());
        m.recipients.insert(UserId::parse("b").unwrap());
        let de = PartyId::parse("DE").unwrap();
        let a = UserId::parse("a").unwrap();
        assert!(can_see(&viewer("b", "FR", None), &de, &a, &m));
        assert!(!can_see(&viewer("c", "FR", None), &de, &a, &m));
        assert!(can_see(&viewer("a", "DE", None), &de, &a, &m));
    }

    proptest! {
        /// No viewer below the classification level, outside the releasability, or (for RED)
        /// outside the recipients ever sees an item; and raising a viewer's clearance never
        /// hides anything.
        #[test]
        fn visibility_rule_is_never_too_generous(
            m in arb_marking(),
            user in prop::sample::select(vec!["a", "b", "c", "d"]),
            party in prop::sample::select(vec!["DE", "FR", "LV", "BG", "NL"]),
            clearance in prop::option::of(prop::sample::select(Classification::ALL.to_vec())),
        ) {
            let origin = PartyId::parse("DE").unwrap();
            let author = UserId::parse("a").unwrap();
            let v = viewer(user, party, clearance);
            let seen = can_see(&v, &origin, &author, &m);
            if seen {
                if let Some(level) = m.classification {
                    prop_assert!(clearance.is_some_and(|c| c >= level));
                }
                let party = PartyId::parse(party).unwrap();
                prop_assert!(party == origin || m.releasable_to.contains(&party)
                    || (m.releasable_to.is_empty() && m.tlp <= Tlp::Green));
                if m.tlp == Tlp::Red {
                    prop_assert!(v.user == author || m.recipients.contains(&v.user));
                }
            }
            let higher = Viewer { clearance: Some(Classification::TresSecretUe), ..v.clone() };
            prop_assert!(!seen || can_see(&higher, &origin, &author, &m));
        }
    }
}
