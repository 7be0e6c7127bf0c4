//! Dossiers: a malicious cyber activity under consideration, and the rules of its life cycle.
//!
//! Status moves forward `detected → assessing → deliberating → responded → closed`; a closed or
//! responded dossier may be reopened (back to `assessing`) when new facts arrive.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::event::EventBody;
use crate::{Invalid, LocalizedText, Marking, PartyId};

/// Longest title, in characters, of any language version.
pub const MAX_TITLE: usize = 300;
/// Longest summary, in characters, of any language version.
pub const MAX_SUMMARY: usize = 20_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Detected,
    Assessing,
    Deliberating,
    Responded,
    Closed,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Detected,
        Status::Assessing,
        Status::Deliberating,
        Status::Responded,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Detected => "detected",
            Status::Assessing => "assessing",
            Status::Deliberating => "deliberating",
            Status::Responded => "responded",
            Status::Closed => "closed",
        }
    }

    /// The states a dossier in this state may move to.
    pub fn allowed_next(self) -> &'static [Status] {
        match self {
            Status::Detected => &[Status::Assessing, Status::Closed],
            Status::Assessing => &[Status::Deliberating, Status::Closed],
            Status::Deliberating => &[Status::Responded, Status::Assessing, Status::Closed],
            Status::Responded => &[Status::Closed, Status::Assessing],
            Status::Closed => &[Status::Assessing],
        }
    }

    /// Decides a transition: `Ok` if `to` is allowed from `self`, else an error naming both.
    pub fn transition(self, to: Status) -> Result<Status, IllegalTransition> {
        if self.allowed_next().contains(&to) {
            Ok(to)
        } else {
            Err(IllegalTransition {
                from: self,
                to,
                allowed: self.allowed_next().to_vec(),
            })
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| {
                Invalid::new(
                    "status",
                    "one of detected, assessing, deliberating, responded, closed",
                )
            })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a dossier that is {from} cannot become {to}; from {from} it may become: {}", allowed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))]
pub struct IllegalTransition {
    pub from: Status,
    pub to: Status,
    pub allowed: Vec<Status>,
}

/// A victim: a country and, where known, a sector (NIS2 sector id from `data/sectors.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Victim {
    pub country: PartyId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
}

/// A public source on a dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// The editable facts of a dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierFacts {
    pub title: LocalizedText,
    #[serde(default)]
    pub summary: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<NaiveDate>,
    #[serde(default)]
    pub victims: Vec<Victim>,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

impl DossierFacts {
    pub fn check(&self) -> Result<(), Invalid> {
        self.title.check("title", MAX_TITLE)?;
        if self.summary.iter().next().is_some() {
            self.summary.check("summary", MAX_SUMMARY)?;
        }
        if let (Some(a), Some(b)) = (self.first_seen, self.last_seen)
            && b < a
        {
            return Err(Invalid::new("last_seen", "a date on or after first_seen"));
        }
        if self.victims.len() > 500 {
            return Err(Invalid::new("victims", "at most 500 victims"));
        }
        if self.sources.len() > 500 {
            return Err(Invalid::new("sources", "at most 500 sources"));
        }
        for (i, s) in self.sources.iter().enumerate() {
            if s.title.trim().is_empty() || s.title.chars().count() > 1000 {
                return Err(Invalid::new(
                    &format!("sources[{i}].title"),
                    "a title of 1 to 1000 characters",
                ));
            }
        }
        Ok(())
    }
}

/// `dossier.created`: a new dossier, in state `status` (normally `detected`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierCreated {
    pub id: String,
    pub status: Status,
    #[serde(flatten)]
    pub facts: DossierFacts,
}

impl EventBody for DossierCreated {
    const TYPE: &'static str = "dossier.created";
    const VERSION: u32 = 1;
}

/// `dossier.updated`: the facts replaced as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierUpdated {
    pub id: String,
    #[serde(flatten)]
    pub facts: DossierFacts,
}

impl EventBody for DossierUpdated {
    const TYPE: &'static str = "dossier.updated";
    const VERSION: u32 = 1;
}

/// `dossier.transitioned`: a change of status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierTransitioned {
    pub id: String,
    pub from: Status,
    pub to: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl EventBody for DossierTransitioned {
    const TYPE: &'static str = "dossier.transitioned";
    const VERSION: u32 = 1;
}

/// `dossier.marked`: the dossier's marking changed (the event itself carries the new marking).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierMarked {
    pub id: String,
    pub marking: Marking,
}

impl EventBody for DossierMarked {
    const TYPE: &'static str = "dossier.marked";
    const VERSION: u32 = 1;
}

/// A dossier id: a slug of 3 to 64 characters (`a-z`, `0-9`, `-`).
pub fn check_id(id: &str) -> Result<(), Invalid> {
    let ok = (3..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-');
    if ok {
        Ok(())
    } else {
        Err(Invalid::new(
            "id",
            "3 to 64 characters: lower-case letters, digits and '-' (e.g. notpetya-2017)",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions() {
        assert_eq!(
            Status::Detected.transition(Status::Assessing),
            Ok(Status::Assessing)
        );
        let err = Status::Detected.transition(Status::Responded).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a dossier that is detected cannot become responded; from detected it may become: assessing, closed"
        );
        assert!(Status::Closed.transition(Status::Assessing).is_ok());
        for s in Status::ALL {
            assert!(s.transition(s).is_err(), "{s} to itself");
        }
    }
}
