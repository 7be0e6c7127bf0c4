//! Human rights online (11406/22 para. 19; 6122/15): internet shutdowns and surveillance events
//! by country with dates, scope and sources, and the cases of human rights defenders followed.
//! Defenders' cases are sensitive: the store refuses to record one marked below TLP:AMBER (their
//! names and whereabouts must not reach public channels; FIRST TLP 2.0).
//!
//! Event payloads (`rights.*`, version 1) are wire types.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::event::EventBody;
use crate::watch::text::{self, Source};

/// Kinds of record.
pub const KINDS: [&str; 5] = [
    "shutdown",
    "throttling",
    "platform-block",
    "surveillance",
    "defender",
];

/// How far a disruption reached.
pub const SCOPES: [&str; 3] = ["national", "regional", "local"];

/// A record of human rights online: an event (shutdown, throttling, a platform blocked, an act
/// of surveillance) or a defender's case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsRecord {
    pub kind: String,
    pub country: String,
    pub title: String,
    pub summary: String,
    pub start: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// For disruptions: national, regional or local, and which regions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<String>,
    /// Services affected (mobile data, a platform, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

impl RightsRecord {
    pub fn is_defender(&self) -> bool {
        self.kind == "defender"
    }

    pub fn check(&self) -> Result<(), Invalid> {
        if !KINDS.contains(&self.kind.as_str()) {
            return Err(Invalid::new(
                "kind",
                &format!("one of {}", KINDS.join(", ")),
            ));
        }
        text::country("country", &self.country)?;
        text::required("title", &self.title, 300)?;
        text::required("summary", &self.summary, 10_000)?;
        if self.end.is_some_and(|e| e < self.start) {
            return Err(Invalid::new("end", "a date on or after start"));
        }
        if let Some(s) = &self.scope
            && !SCOPES.contains(&s.as_str())
        {
            return Err(Invalid::new("scope", "one of national, regional, local"));
        }
        text::optional("regions", self.regions.as_deref(), 1000)?;
        text::bounded("services", &self.services, 50)?;
        for (i, s) in self.services.iter().enumerate() {
            text::required(&format!("services[{i}]"), s, 100)?;
        }
        text::sources("sources", &self.sources)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsRecorded {
    pub id: String,
    pub record: RightsRecord,
}

impl EventBody for RightsRecorded {
    const TYPE: &'static str = "rights.recorded";
    const VERSION: u32 = 1;
}

/// A dated update of a record (a shutdown lifted, a defender released, a hearing).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightsUpdated {
    pub record: String,
    pub date: NaiveDate,
    pub text: String,
    /// A disruption's end, when this update reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<NaiveDate>,
}

impl EventBody for RightsUpdated {
    const TYPE: &'static str = "rights.updated";
    const VERSION: u32 = 1;
}

impl RightsUpdated {
    pub fn check(&self) -> Result<(), Invalid> {
        text::required("text", &self.text, 5000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_checked() {
        let mut r = RightsRecord {
            kind: "shutdown".into(),
            country: "IN".into(),
            title: "Manipur".into(),
            summary: "Mobile internet suspended".into(),
            start: "2023-05-03".parse().unwrap(),
            end: "2023-12-03".parse().ok(),
            scope: Some("regional".into()),
            regions: Some("Manipur".into()),
            services: vec!["mobile data".into()],
            sources: vec![],
        };
        assert!(r.check().is_ok());
        r.end = "2023-01-01".parse().ok();
        assert_eq!(r.check().unwrap_err().field, "end");
        r.end = None;
        r.scope = Some("galactic".into());
        assert_eq!(r.check().unwrap_err().field, "scope");
        r.scope = None;
        r.kind = "rumour".into();
        assert_eq!(r.check().unwrap_err().field, "kind");
    }
}
