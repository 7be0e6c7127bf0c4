//! Election monitoring: the record of an election observation mission's monitoring of the online
//! campaign (11406/22 para. 23): country, election date, platforms and accounts monitored, the
//! timeline of the campaign (observations, incidents found, findings), linked FIMI incidents.
//!
//! Event payloads (`election.*`, version 1) are wire types.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::event::EventBody;
use crate::watch::text;

/// An account or page the mission monitored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonitoredAccount {
    pub platform: String,
    pub handle: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A mission's monitoring record is opened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionRecorded {
    pub id: String,
    pub name: String,
    pub country: String,
    pub election_date: NaiveDate,
    /// Which election (presidential, parliamentary, ...).
    pub election: String,
    pub platforms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<MonitoredAccount>,
}

impl EventBody for MissionRecorded {
    const TYPE: &'static str = "election.mission_recorded";
    const VERSION: u32 = 1;
}

impl MissionRecorded {
    pub fn check(&self) -> Result<(), Invalid> {
        text::id("id", &self.id)?;
        text::required("name", &self.name, 300)?;
        text::country("country", &self.country)?;
        text::required("election", &self.election, 200)?;
        text::bounded("platforms", &self.platforms, 50)?;
        for (i, p) in self.platforms.iter().enumerate() {
            text::required(&format!("platforms[{i}]"), p, 100)?;
        }
        text::bounded("accounts", &self.accounts, 1000)?;
        for (i, a) in self.accounts.iter().enumerate() {
            text::required(&format!("accounts[{i}].platform"), &a.platform, 100)?;
            text::required(&format!("accounts[{i}].handle"), &a.handle, 300)?;
            text::optional(&format!("accounts[{i}].note"), a.note.as_deref(), 1000)?;
        }
        Ok(())
    }
}

/// Kinds of timeline entries.
pub const ENTRY_KINDS: [&str; 4] = ["milestone", "observation", "incident", "finding"];

/// An entry of the campaign's timeline. An `incident` entry may name the FIMI incident it is;
/// `finding` entries are the mission's findings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryAdded {
    pub mission: String,
    pub date: NaiveDate,
    pub kind: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
}

impl EventBody for EntryAdded {
    const TYPE: &'static str = "election.entry_added";
    const VERSION: u32 = 1;
}

impl EntryAdded {
    pub fn check(&self) -> Result<(), Invalid> {
        if !ENTRY_KINDS.contains(&self.kind.as_str()) {
            return Err(Invalid::new(
                "kind",
                &format!("one of {}", ENTRY_KINDS.join(", ")),
            ));
        }
        text::required("text", &self.text, 5000)?;
        text::optional("platform", self.platform.as_deref(), 100)?;
        if self.incident.is_some() && self.kind != "incident" {
            return Err(Invalid::new(
                "incident",
                "a FIMI incident only on an entry of kind incident",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_name_incidents_only_as_incidents() {
        let mut e = EntryAdded {
            mission: "m".into(),
            date: "2024-11-24".parse().unwrap(),
            kind: "incident".into(),
            text: "TikTok amplification".into(),
            incident: Some("ro-2024".into()),
            platform: Some("TikTok".into()),
        };
        assert!(e.check().is_ok());
        e.kind = "finding".into();
        assert_eq!(e.check().unwrap_err().field, "incident");
        e.kind = "rumour".into();
        assert_eq!(e.check().unwrap_err().field, "kind");
    }
}
