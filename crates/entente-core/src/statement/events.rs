//! Statement events (wire types kept forever: a `(type, version)` pair never changes shape).
//! Every one names its `dossier`, so that the container rule applies to it on every path that
//! serves events (`event_scope`).
//!
//! Events: `statement.drafted`, `statement.revised`, `statement.translated`,
//! `statement.verified`, `statement.embargo_set`, `statement.released`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::event::EventBody;
use crate::{Lang, PartyId};

/// `statement.drafted`: a statement is begun on a dossier; its first version holds the text in
/// its source language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementDrafted {
    pub id: String,
    pub dossier: String,
    /// [`super::Kind`] as its wire name.
    pub kind: String,
    /// `EU` for the Union's statements; the Member State for a national one.
    pub party: PartyId,
    /// The source language: the language the drafters write in.
    pub lang: Lang,
    pub title: String,
    pub text: String,
    /// The template it was begun from (`data/statement-templates.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// For a national statement: the Union statement it echoes (same dossier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echoes: Option<String>,
}

impl EventBody for StatementDrafted {
    const TYPE: &'static str = "statement.drafted";
    const VERSION: u32 = 1;
}

/// `statement.revised`: a new version, with a new text in the source language. The language
/// versions of earlier versions stay with them; the new version is translated afresh.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRevised {
    pub id: String,
    pub dossier: String,
    /// The new version's number (the previous plus one).
    pub version: u32,
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for StatementRevised {
    const TYPE: &'static str = "statement.revised";
    const VERSION: u32 = 1;
}

/// `statement.translated`: the text of one language version of one version is set (or
/// edited). `status` is what the store decided: draft or translated, and draft when a verified
/// text was changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementTranslated {
    pub id: String,
    pub dossier: String,
    pub version: u32,
    pub lang: Lang,
    pub title: String,
    pub text: String,
    /// `draft` or `translated`.
    pub status: String,
}

impl EventBody for StatementTranslated {
    const TYPE: &'static str = "statement.translated";
    const VERSION: u32 = 1;
}

/// `statement.verified`: a language version is verified against the source (the verifier is
/// the event's actor).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementVerified {
    pub id: String,
    pub dossier: String,
    pub version: u32,
    pub lang: Lang,
}

impl EventBody for StatementVerified {
    const TYPE: &'static str = "statement.verified";
    const VERSION: u32 = 1;
}

/// `statement.embargo_set`: the time before which the statement may not be released, shown
/// to every capital in its local time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementEmbargoSet {
    pub id: String,
    pub dossier: String,
    pub embargo: DateTime<Utc>,
}

impl EventBody for StatementEmbargoSet {
    const TYPE: &'static str = "statement.embargo_set";
    const VERSION: u32 = 1;
}

/// One language version as released.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleasedText {
    pub title: String,
    pub text: String,
}

/// `statement.released`: **the** release. Every verified language version of the released
/// version is in this one event, so no moment exists at which some languages are public and
/// others are not. `release` is the public id (the statement's own id, and its dossier's, never
/// reach the public page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementReleased {
    pub id: String,
    pub dossier: String,
    /// The public id of the release.
    pub release: String,
    pub version: u32,
    pub kind: String,
    pub party: PartyId,
    /// The procedure that adopted the version (Union statements).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embargo: Option<DateTime<Utc>>,
    /// For a national echo: the public id of the Union release it echoes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echoes_release: Option<String>,
    pub languages: BTreeMap<Lang, ReleasedText>,
}

impl EventBody for StatementReleased {
    const TYPE: &'static str = "statement.released";
    const VERSION: u32 = 1;
}

/// Every statement event type.
pub const STATEMENT_EVENT_TYPES: [&str; 6] = [
    StatementDrafted::TYPE,
    StatementRevised::TYPE,
    StatementTranslated::TYPE,
    StatementVerified::TYPE,
    StatementEmbargoSet::TYPE,
    StatementReleased::TYPE,
];
