//! The tracker's taxonomy: topics, instrument types and the lifecycle of a measure, compiled in
//! from `data/watch/taxonomy.json` (sources there: the 2022 conclusions on EU digital diplomacy,
//! doc 11406/22, para. 6 and 19; the 2015 conclusions, doc 6122/15).
//!
//! A measure moves through stages (announced, consultation, adopted, in force, amended,
//! repealed); each change is a dated event of the measure. Which stage may follow which is data
//! (`next` of each stage), checked by [`Taxonomy::may_follow`].

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::Invalid;

const TAXONOMY_JSON: &str = include_str!("../../../../data/watch/taxonomy.json");

#[derive(Debug, Deserialize)]
struct Entry {
    id: String,
    label: String,
    #[serde(default)]
    next: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct File {
    topics: Vec<Entry>,
    instruments: Vec<Entry>,
    stages: Vec<Entry>,
}

/// The taxonomy as compiled in.
#[derive(Debug)]
pub struct Taxonomy {
    file: File,
}

/// The compiled-in taxonomy (parsed once; a malformed file fails the test suite).
pub fn taxonomy() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| Taxonomy {
        file: serde_json::from_str(TAXONOMY_JSON).unwrap_or_else(|e| {
            // The file is part of the build; tests parse it (see below).
            panic!("data/watch/taxonomy.json: {e}")
        }),
    })
}

macro_rules! vocab {
    ($name:ident, $list:ident, $field:literal, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Accepts an id of the taxonomy (case and surrounding space ignored, `_` for `-`).
            pub fn parse(s: &str) -> Result<Self, Invalid> {
                let k = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
                let t = taxonomy();
                if t.file.$list.iter().any(|e| e.id == k) {
                    Ok($name(k))
                } else {
                    let ids: Vec<&str> = t.file.$list.iter().map(|e| e.id.as_str()).collect();
                    Err(Invalid::new($field, &format!("one of {}", ids.join(", "))))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The English label of the data file (the interface translates by id).
            pub fn label(&self) -> &'static str {
                taxonomy()
                    .file
                    .$list
                    .iter()
                    .find(|e| e.id == self.0)
                    .map(|e| e.label.as_str())
                    .unwrap_or("")
            }

            /// Every value, in the data file's order.
            pub fn all() -> Vec<$name> {
                taxonomy()
                    .file
                    .$list
                    .iter()
                    .map(|e| $name(e.id.clone()))
                    .collect()
            }
        }

        impl TryFrom<String> for $name {
            type Error = Invalid;
            fn try_from(s: String) -> Result<Self, Invalid> {
                $name::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(x: $name) -> String {
                x.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

vocab!(
    Topic,
    topics,
    "topics",
    "A topic of the tracker (data flows, AI, internet shutdowns, ...)."
);
vocab!(
    Instrument,
    instruments,
    "instrument",
    "The type of instrument a measure is (law, regulation, strategy, agreement, ...)."
);
vocab!(
    Stage,
    stages,
    "stage",
    "A stage of a measure's lifecycle (announced, consultation, adopted, in force, amended, repealed)."
);

impl Taxonomy {
    /// May a measure at `from` move to `to`? (`next` of the stage in the data file.)
    pub fn may_follow(&self, from: &Stage, to: &Stage) -> bool {
        self.file
            .stages
            .iter()
            .find(|e| e.id == from.0)
            .is_some_and(|e| e.next.contains(&to.0))
    }

    /// The stages that may follow `from`.
    pub fn next(&self, from: &Stage) -> Vec<Stage> {
        self.file
            .stages
            .iter()
            .find(|e| e.id == from.0)
            .map(|e| e.next.iter().map(|n| Stage(n.clone())).collect())
            .unwrap_or_default()
    }
}

impl Stage {
    /// Whether a measure at this stage still applies (adopted, in force or amended).
    pub fn applies(&self) -> bool {
        matches!(self.0.as_str(), "adopted" | "in-force" | "amended")
    }

    /// Checks a change from `self` to `to`.
    pub fn check_next(&self, to: &Stage) -> Result<(), Invalid> {
        if taxonomy().may_follow(self, to) {
            return Ok(());
        }
        let next: Vec<String> = taxonomy().next(self).iter().map(|s| s.0.clone()).collect();
        Err(Invalid::new(
            "stage",
            &if next.is_empty() {
                format!("no further stage: the measure is {}", self.0)
            } else {
                format!("a stage that may follow {}: {}", self.0, next.join(", "))
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_parses_and_every_next_stage_exists() {
        let t = taxonomy();
        assert_eq!(Topic::all().len(), 12);
        for s in Stage::all() {
            for n in t.next(&s) {
                assert!(Stage::parse(n.as_str()).is_ok(), "{n}");
            }
        }
    }

    #[test]
    fn lifecycle_rules_come_from_the_data() {
        let st = |s: &str| Stage::parse(s).unwrap();
        assert!(st("announced").check_next(&st("adopted")).is_ok());
        assert!(st("adopted").check_next(&st("in-force")).is_ok());
        assert!(st("in-force").check_next(&st("announced")).is_err());
        let e = st("repealed").check_next(&st("in-force")).unwrap_err();
        assert!(e.expected.contains("no further stage"), "{e}");
        let e = st("in-force").check_next(&st("consultation")).unwrap_err();
        assert!(e.expected.contains("amended, repealed"), "{e}");
    }

    #[test]
    fn ids_are_matched_loosely_and_refused_with_the_list() {
        assert_eq!(Topic::parse(" Data_Flows ").unwrap().as_str(), "data-flows");
        assert_eq!(Stage::parse("In force").unwrap().as_str(), "in-force");
        let e = Topic::parse("weather").unwrap_err();
        assert!(e.expected.contains("internet-shutdowns"), "{e}");
    }
}
