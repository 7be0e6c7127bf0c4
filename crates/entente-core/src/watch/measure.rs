//! A tracked measure of a third country (a law, regulation, strategy or agreement) and the
//! events of its life: recorded, each stage change as a dated event, sightings in imported feeds,
//! analysis notes on its effect on EU interests, links to the multilateral processes and
//! partnerships where it is discussed.
//!
//! Event payloads are wire types (`policy.*`, version 1): once written, their shape never changes.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Invalid;
use crate::event::EventBody;
use crate::watch::taxonomy::{Instrument, Stage, Topic};
use crate::watch::text::{self, ProcessRef, Source};

/// The facts of a measure as recorded (the first event of a measure).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureRecorded {
    pub id: String,
    /// ISO 3166-1 alpha-2 of the jurisdiction that adopts it.
    pub jurisdiction: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_title: Option<String>,
    pub instrument: Instrument,
    pub topics: BTreeSet<Topic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The stage it was at when first recorded, and since when.
    pub stage: Stage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Economic sectors concerned (free words, e.g. "cloud", "telecoms").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<ProcessRef>,
    /// The import key of the feed or CSV item it came from ([`import_key`]), if imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_key: Option<String>,
}

impl EventBody for MeasureRecorded {
    const TYPE: &'static str = "policy.measure_recorded";
    const VERSION: u32 = 1;
}

impl MeasureRecorded {
    pub fn check(&self) -> Result<(), Invalid> {
        text::id("id", &self.id)?;
        text::country("jurisdiction", &self.jurisdiction)?;
        text::required("title", &self.title, 500)?;
        text::optional("original_title", self.original_title.as_deref(), 500)?;
        text::optional("summary", self.summary.as_deref(), 5000)?;
        if self.topics.is_empty() {
            return Err(Invalid::new("topics", "at least one topic of the taxonomy"));
        }
        if let Some(u) = &self.url {
            text::url("url", u)?;
        }
        text::sources("sources", &self.sources)?;
        text::bounded("sectors", &self.sectors, 20)?;
        for (i, s) in self.sectors.iter().enumerate() {
            text::required(&format!("sectors[{i}]"), s, 80)?;
        }
        text::bounded("processes", &self.processes, 20)?;
        for (i, p) in self.processes.iter().enumerate() {
            p.check(&format!("processes[{i}]"))?;
        }
        Ok(())
    }
}

/// A change of stage, dated when it happened in the world.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageChanged {
    pub measure: String,
    pub from: Stage,
    pub stage: Stage,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
}

impl EventBody for StageChanged {
    const TYPE: &'static str = "policy.stage_changed";
    const VERSION: u32 = 1;
}

/// A sighting: the measure was seen again in an imported feed or file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureSighted {
    pub measure: String,
    /// Where it was seen: the feed's URL or the file's name.
    pub source: String,
    pub import_key: String,
}

impl EventBody for MeasureSighted {
    const TYPE: &'static str = "policy.measure_sighted";
    const VERSION: u32 = 1;
}

/// What a measure does to EU interests, in an analyst's judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    Favourable,
    Neutral,
    Mixed,
    Adverse,
    Unclear,
}

impl Effect {
    pub const ALL: [Effect; 5] = [
        Effect::Favourable,
        Effect::Neutral,
        Effect::Mixed,
        Effect::Adverse,
        Effect::Unclear,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Favourable => "favourable",
            Effect::Neutral => "neutral",
            Effect::Mixed => "mixed",
            Effect::Adverse => "adverse",
            Effect::Unclear => "unclear",
        }
    }

    pub fn parse(s: &str) -> Result<Effect, Invalid> {
        Effect::ALL
            .into_iter()
            .find(|e| e.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| {
                Invalid::new(
                    "effect",
                    "one of favourable, neutral, mixed, adverse, unclear",
                )
            })
    }
}

/// An analysis note on the measure's effect on EU interests (data flows, EU citizens' data,
/// competition, trade: 11406/22 para. 6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalysisNoted {
    pub measure: String,
    pub effect: Effect,
    pub note: String,
}

impl EventBody for AnalysisNoted {
    const TYPE: &'static str = "policy.analysis_noted";
    const VERSION: u32 = 1;
}

impl AnalysisNoted {
    pub fn check(&self) -> Result<(), Invalid> {
        text::required("note", &self.note, 10_000)
    }
}

/// A link to a multilateral process or partnership where the measure is discussed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessLinked {
    pub measure: String,
    pub process: ProcessRef,
}

impl EventBody for ProcessLinked {
    const TYPE: &'static str = "policy.process_linked";
    const VERSION: u32 = 1;
}

/// Every event type of a measure, for the projections and the scope of its events.
pub const MEASURE_EVENT_TYPES: [&str; 5] = [
    MeasureRecorded::TYPE,
    StageChanged::TYPE,
    MeasureSighted::TYPE,
    AnalysisNoted::TYPE,
    ProcessLinked::TYPE,
];

/// Checks a stage change against the measure's current stage and date: the lifecycle rule of the
/// taxonomy, and no change dated before the stage it leaves (a measure's history reads forward).
pub fn check_stage_change(
    current: &Stage,
    current_date: Option<NaiveDate>,
    to: &Stage,
    date: NaiveDate,
) -> Result<(), Invalid> {
    current.check_next(to)?;
    if let Some(d) = current_date
        && date < d
    {
        return Err(Invalid::new(
            "date",
            &format!("a date on or after {d}, when the measure became {current}"),
        ));
    }
    Ok(())
}

/// The key that makes an import idempotent: the same item imported twice is one measure with two
/// sightings. SHA-256 (hex) over the item's own identifier (an Atom `id`, an RSS `guid`, a CSV
/// `id` column), else its link, else its jurisdiction, title and date. An identifier that is a
/// measure's URN in entente's exports (`urn:entente:measure:ID`) stays the key, so that the
/// store finds that measure again (an export imported back is the same measures).
pub fn import_key(
    id: Option<&str>,
    link: Option<&str>,
    jurisdiction: &str,
    title: &str,
    date: Option<NaiveDate>,
) -> String {
    if let Some(i) = id.map(str::trim)
        && let Some(own) = i.strip_prefix("urn:entente:measure:")
        && !own.is_empty()
        && own.len() <= 64
        && own.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return i.to_string();
    }
    let basis = match (id.map(str::trim), link.map(str::trim)) {
        (Some(i), _) if !i.is_empty() => format!("id\u{1}{i}"),
        (_, Some(l)) if !l.is_empty() => format!("link\u{1}{l}"),
        _ => format!(
            "text\u{1}{jurisdiction}\u{1}{}\u{1}{}",
            title.trim().to_lowercase(),
            date.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    hex::encode(Sha256::digest(basis.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_stage_change_follows_the_lifecycle_and_reads_forward() {
        let st = |s: &str| Stage::parse(s).unwrap();
        assert!(
            check_stage_change(
                &st("adopted"),
                Some(d("2023-08-11")),
                &st("in-force"),
                d("2025-11-13")
            )
            .is_ok()
        );
        let e = check_stage_change(
            &st("adopted"),
            Some(d("2023-08-11")),
            &st("in-force"),
            d("2023-01-01"),
        )
        .unwrap_err();
        assert_eq!(e.field, "date");
        assert!(
            check_stage_change(&st("repealed"), None, &st("in-force"), d("2025-01-01")).is_err()
        );
    }

    #[test]
    fn the_import_key_prefers_the_item_id_then_the_link() {
        let a = import_key(Some("urn:x:1"), Some("https://a"), "IN", "T", None);
        let b = import_key(Some(" urn:x:1 "), Some("https://b"), "CN", "U", None);
        assert_eq!(a, b, "the id decides, whatever else changed");
        let c = import_key(None, Some("https://a"), "IN", "T", None);
        assert_ne!(a, c);
        assert_eq!(c, import_key(Some(""), Some("https://a"), "BR", "X", None));
        let t1 = import_key(None, None, "IN", "Digital Act", Some(d("2023-08-11")));
        let t2 = import_key(None, None, "IN", " digital act ", Some(d("2023-08-11")));
        assert_eq!(t1, t2);
        assert_ne!(t1, import_key(None, None, "IN", "Digital Act", None));
        assert_eq!(a.len(), 64);
    }
}
