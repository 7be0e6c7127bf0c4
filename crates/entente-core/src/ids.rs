//! Identifiers of parties and users, validated where they enter the system.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Invalid;

/// A party to the joint response: a Member State (ISO 3166-1 alpha-2, `GR` for Greece), an EU
/// institution or body (`EEAS`, `CERTEU`, ...), a partner state or an international organisation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartyId(String);

impl PartyId {
    /// Accepts 2 to 16 characters of `A-Z`, `0-9` and `-`, upper-casing the input. The EU's
    /// country code `EL` is stored as the ISO code `GR` (Interinstitutional Style Guide, 7.1.1).
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let up = s.trim().to_ascii_uppercase();
        let ok = (2..=16).contains(&up.len())
            && up
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            return Err(Invalid::new(
                "party",
                "a party code of 2 to 16 letters, digits or '-' (e.g. DE, EEAS)",
            ));
        }
        Ok(PartyId(if up == "EL" { "GR".into() } else { up }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PartyId {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        PartyId::parse(&s)
    }
}

impl From<PartyId> for String {
    fn from(p: PartyId) -> String {
        p.0
    }
}

impl fmt::Display for PartyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A user's login name: 1 to 64 characters of lower-case letters, digits, `.`, `_`, `-` and `@`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UserId(String);

impl UserId {
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let low = s.trim().to_lowercase();
        let ok = (1..=64).contains(&low.chars().count())
            && low
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-@".contains(c));
        if !ok {
            return Err(Invalid::new(
                "user",
                "a user name of 1 to 64 characters: a-z, 0-9, '.', '_', '-', '@'",
            ));
        }
        Ok(UserId(low))
    }

    /// The identity under which the instance itself acts (bootstrap, demo loading, checkpoints).
    pub fn system() -> Self {
        UserId("system".into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for UserId {
    type Error = Invalid;
    fn try_from(s: String) -> Result<Self, Invalid> {
        UserId::parse(&s)
    }
}

impl From<UserId> for String {
    fn from(p: UserId) -> String {
        p.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_codes() {
        assert_eq!(PartyId::parse("de").unwrap().as_str(), "DE");
        assert_eq!(PartyId::parse("EL").unwrap().as_str(), "GR");
        assert_eq!(PartyId::parse("CERTEU").unwrap().as_str(), "CERTEU");
        assert!(PartyId::parse("D").is_err());
        assert!(PartyId::parse("DE;DROP").is_err());
    }

    #[test]
    fn user_names() {
        assert_eq!(
            UserId::parse("Anna.Berzina").unwrap().as_str(),
            "anna.berzina"
        );
        assert!(UserId::parse("").is_err());
        assert!(UserId::parse("a b").is_err());
    }
}
