//! FIMI incidents (foreign information manipulation and interference; 11406/22 para. 21),
//! coded with the DISARM red framework's techniques, with their actors, channels and platforms,
//! narratives, targets and languages; linked to dossiers so that a campaign goes to the toolbox's
//! response, and answered by countermeasures of DISARM's blue framework.
//!
//! Event payloads (`fimi.*`, version 1) are wire types.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::event::EventBody;
use crate::watch::disarm::catalogue;
use crate::watch::text::{self, Source};

/// Who is behind an incident, as far as the record says (attribution is a sovereign political
/// decision: 2017 conclusions para. 4; this names the actor the sources point to).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FimiActor {
    pub name: String,
    /// `state`, `state-affiliated`, `proxy`, `commercial`, `unknown`.
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

pub const ACTOR_KINDS: [&str; 5] = [
    "state",
    "state-affiliated",
    "proxy",
    "commercial",
    "unknown",
];

/// A channel the incident used: a platform and, where known, the account, site or handle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub platform: String,
    /// `website`, `social-account`, `messaging`, `video`, `advertising`, `media-outlet`, `other`.
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

pub const CHANNEL_KINDS: [&str; 7] = [
    "website",
    "social-account",
    "messaging",
    "video",
    "advertising",
    "media-outlet",
    "other",
];

/// A technique the incident used, with the observation behind the coding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechniqueUse {
    /// A DISARM technique id (`T0086.003`).
    pub technique: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The facts of an incident (recorded whole, revised whole).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentFacts {
    pub name: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<NaiveDate>,
    pub techniques: Vec<TechniqueUse>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<FimiActor>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub narratives: Vec<String>,
    /// Who or what was targeted: countries (ISO codes), institutions, audiences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// ISO 639-1 codes of the languages the content was in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

impl IncidentFacts {
    /// Checks every field; technique ids are normalised (`t0086.003` → `T0086.003`).
    pub fn check(&mut self) -> Result<(), Invalid> {
        text::required("name", &self.name, 300)?;
        text::required("summary", &self.summary, 10_000)?;
        if let (Some(a), Some(b)) = (self.first_seen, self.last_seen)
            && b < a
        {
            return Err(Invalid::new("last_seen", "a date on or after first_seen"));
        }
        text::bounded("techniques", &self.techniques, 200)?;
        let cat = catalogue();
        for (i, t) in self.techniques.iter_mut().enumerate() {
            t.technique =
                cat.check_technique(&format!("techniques[{i}].technique"), &t.technique)?;
            text::optional(&format!("techniques[{i}].note"), t.note.as_deref(), 2000)?;
        }
        text::bounded("actors", &self.actors, 50)?;
        for (i, a) in self.actors.iter().enumerate() {
            text::required(&format!("actors[{i}].name"), &a.name, 200)?;
            if !ACTOR_KINDS.contains(&a.kind.as_str()) {
                return Err(Invalid::new(
                    &format!("actors[{i}].kind"),
                    &format!("one of {}", ACTOR_KINDS.join(", ")),
                ));
            }
            if let Some(c) = &a.country {
                text::country(&format!("actors[{i}].country"), c)?;
            }
        }
        text::bounded("channels", &self.channels, 200)?;
        for (i, c) in self.channels.iter().enumerate() {
            text::required(&format!("channels[{i}].platform"), &c.platform, 100)?;
            if !CHANNEL_KINDS.contains(&c.kind.as_str()) {
                return Err(Invalid::new(
                    &format!("channels[{i}].kind"),
                    &format!("one of {}", CHANNEL_KINDS.join(", ")),
                ));
            }
            text::optional(
                &format!("channels[{i}].identifier"),
                c.identifier.as_deref(),
                500,
            )?;
        }
        for (field, list, max) in [
            ("narratives", &self.narratives, 1000),
            ("targets", &self.targets, 200),
        ] {
            text::bounded(field, list, 50)?;
            for (i, s) in list.iter().enumerate() {
                text::required(&format!("{field}[{i}]"), s, max)?;
            }
        }
        text::bounded("languages", &self.languages, 50)?;
        for (i, l) in self.languages.iter().enumerate() {
            text::language(&format!("languages[{i}]"), l)?;
        }
        text::sources("sources", &self.sources)
    }

    /// The technique ids used, in order, without repeats.
    pub fn technique_ids(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in &self.techniques {
            if !out.contains(&t.technique) {
                out.push(t.technique.clone());
            }
        }
        out
    }
}

/// An incident is recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentRecorded {
    pub id: String,
    pub facts: IncidentFacts,
}

impl EventBody for IncidentRecorded {
    const TYPE: &'static str = "fimi.incident_recorded";
    const VERSION: u32 = 1;
}

/// Its facts are revised (by its originating party).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentRevised {
    pub incident: String,
    pub facts: IncidentFacts,
}

impl EventBody for IncidentRevised {
    const TYPE: &'static str = "fimi.incident_revised";
    const VERSION: u32 = 1;
}

/// The incident is linked to a dossier, where the toolbox's response is weighed. Scoped to the
/// dossier: only those who see the dossier see the link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentLinked {
    pub incident: String,
    pub dossier: String,
}

impl EventBody for IncidentLinked {
    const TYPE: &'static str = "fimi.incident_linked";
    const VERSION: u32 = 1;
}

/// A response applies a DISARM countermeasure to the incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountermeasureApplied {
    pub incident: String,
    /// A DISARM blue framework id (`C00073`).
    pub countermeasure: String,
    pub note: String,
    /// The response it belongs to, e.g. a package of a dossier (free reference, optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

impl EventBody for CountermeasureApplied {
    const TYPE: &'static str = "fimi.countermeasure_applied";
    const VERSION: u32 = 1;
}

impl CountermeasureApplied {
    pub fn check(&mut self) -> Result<(), Invalid> {
        self.countermeasure =
            catalogue().check_countermeasure("countermeasure", &self.countermeasure)?;
        text::required("note", &self.note, 5000)?;
        text::optional("response", self.response.as_deref(), 200)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> IncidentFacts {
        IncidentFacts {
            name: "Doppelganger".into(),
            summary: "Cloned media sites".into(),
            first_seen: "2022-05-01".parse().ok(),
            last_seen: None,
            techniques: vec![TechniqueUse {
                technique: "t0086.003".into(),
                note: None,
            }],
            actors: vec![],
            channels: vec![Channel {
                platform: "X".into(),
                kind: "social-account".into(),
                identifier: None,
            }],
            narratives: vec![],
            targets: vec!["DE".into()],
            languages: vec!["de".into()],
            sources: vec![],
        }
    }

    #[test]
    fn facts_are_checked_field_by_field() {
        let mut f = facts();
        f.check().unwrap();
        assert_eq!(f.techniques[0].technique, "T0086.003");
        type Mutate = Box<dyn Fn(&mut IncidentFacts)>;
        let cases: Vec<(Mutate, &str)> = vec![
            (
                Box::new(|f| f.techniques[0].technique = "T9999".into()),
                "techniques[0].technique",
            ),
            (
                Box::new(|f| f.channels[0].kind = "pigeon".into()),
                "channels[0].kind",
            ),
            (Box::new(|f| f.languages[0] = "deu".into()), "languages[0]"),
            (
                Box::new(|f| f.last_seen = "2020-01-01".parse().ok()),
                "last_seen",
            ),
            (Box::new(|f| f.name = " ".into()), "name"),
        ];
        for (change, field) in cases {
            let mut f = facts();
            change(&mut f);
            assert_eq!(f.check().unwrap_err().field, field);
        }
    }
}
