//! Reference data compiled into the core: the 27 Member States, the 24 official languages, and
//! the [`PopulationTable`] the voting rules weigh.
//!
//! The data lives in `data/member-states.json` and `data/languages.json` (each file names its
//! source); it is embedded with `include_str!` and parsed once. Nothing here does IO. The
//! Annex III tables themselves, by year, are in [`crate::population`].

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

const MEMBER_STATES_JSON: &str = include_str!("../../../data/member-states.json");
const LANGUAGES_JSON: &str = include_str!("../../../data/languages.json");

/// One of the 27 Member States of the Union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberState {
    /// ISO 3166-1 alpha-2 code (`GR` for Greece).
    pub alpha2: String,
    /// The code the EU institutions use (`EL` for Greece, otherwise the ISO code).
    pub eu_code: String,
    /// ISO 3166-1 alpha-3 code.
    pub alpha3: String,
    /// Short name in English.
    pub name_en: String,
    /// Short name in the state's own official language(s): `(ISO 639-1 code, name)`.
    pub names_native: Vec<(String, String)>,
    /// Position in EU protocol order, 1-based (Belgium = 1, Sweden = 27).
    pub protocol_order: u8,
}

/// One of the 24 official languages of the Union.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 code.
    pub code: String,
    /// Name in English.
    pub name_en: String,
    /// Name in the language itself.
    pub endonym: String,
    /// Position in EU protocol order, 1-based (bg = 1, sv = 24).
    pub protocol_order: u8,
}

/// Errors in building a [`PopulationTable`]. Codes are stable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    /// A code that is not one of the 27 Member States.
    #[error(
        "unknown Member State code {code:?}: use an ISO 3166-1 alpha-2 code of a Member State (GR or EL for Greece)"
    )]
    UnknownMemberState {
        /// The code as given (truncated).
        code: String,
    },
    /// A Member State is missing from a population table.
    #[error("population table has no figure for {code}: every Member State needs a population")]
    MissingPopulation {
        /// ISO alpha-2 code of the missing state.
        code: String,
    },
    /// A Member State appears twice (for instance as GR and EL).
    #[error("population table names {code} twice (GR and EL are the same state)")]
    DuplicatePopulation {
        /// ISO alpha-2 code of the repeated state.
        code: String,
    },
    /// A figure no Member State can have (F24): zero, or above [`MAX_STATE_POPULATION`].
    #[error(
        "population of {code} is {value}: expected a positive figure of at most {MAX_STATE_POPULATION} persons (the Annex III figure of that state)"
    )]
    ImplausiblePopulation { code: String, value: u64 },
}

/// The largest population a [`PopulationTable`] accepts for one Member State: one billion, more
/// than twice the population of the whole Union. Bounding each figure keeps every sum and
/// product of the voting rules far from overflowing (27 states of this size sum to 2.7e10).
pub const MAX_STATE_POPULATION: u64 = 1_000_000_000;

impl ReferenceError {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            ReferenceError::UnknownMemberState { .. } => "reference.unknown_member_state",
            ReferenceError::MissingPopulation { .. } => "reference.missing_population",
            ReferenceError::DuplicatePopulation { .. } => "reference.duplicate_population",
            ReferenceError::ImplausiblePopulation { .. } => "reference.implausible_population",
        }
    }
}

/// The population of each of the 27 Member States, as used for qualified majority voting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PopulationTable {
    label: String,
    /// Indexed by ISO alpha-2 code.
    figures: BTreeMap<&'static str, u64>,
}

impl PopulationTable {
    /// Builds a table from `(code, population)` pairs. Codes are case-insensitive and accept EL
    /// for Greece; every Member State must appear exactly once, with at most
    /// [`MAX_STATE_POPULATION`] people. `label` says where the figures come from (it is shown
    /// to users).
    pub fn new<'a>(
        label: impl Into<String>,
        figures: impl IntoIterator<Item = (&'a str, u64)>,
    ) -> Result<Self, ReferenceError> {
        let mut map = BTreeMap::new();
        for (code, population) in figures {
            let state = member_state(code).ok_or_else(|| ReferenceError::UnknownMemberState {
                code: code.chars().take(16).collect(),
            })?;
            // F24: a figure of 0 or near u64::MAX made the percentages wrap ("200.00 %").
            if population == 0 || population > MAX_STATE_POPULATION {
                return Err(ReferenceError::ImplausiblePopulation {
                    code: state.alpha2.clone(),
                    value: population,
                });
            }
            if map.insert(state.alpha2.as_str(), population).is_some() {
                return Err(ReferenceError::DuplicatePopulation {
                    code: state.alpha2.clone(),
                });
            }
        }
        for state in member_states() {
            if !map.contains_key(state.alpha2.as_str()) {
                return Err(ReferenceError::MissingPopulation {
                    code: state.alpha2.clone(),
                });
            }
        }
        Ok(PopulationTable {
            label: label.into(),
            figures: map,
        })
    }

    /// Where the figures come from.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Population of the state with ISO alpha-2 code `alpha2` (EL accepted).
    pub fn population(&self, code: &str) -> Option<u64> {
        let state = member_state(code)?;
        self.figures.get(state.alpha2.as_str()).copied()
    }

    /// Population of the Union (sum of all 27).
    pub fn total(&self) -> u64 {
        self.figures.values().sum()
    }
}

#[derive(Deserialize)]
struct RawMemberStates {
    member_states: Vec<RawMemberState>,
}

#[derive(Deserialize)]
struct RawMemberState {
    alpha2: String,
    eu_code: String,
    alpha3: String,
    name_en: String,
    names_native: Vec<RawNativeName>,
    protocol_order: u8,
}

#[derive(Deserialize)]
struct RawNativeName {
    lang: String,
    name: String,
}

#[derive(Deserialize)]
struct RawLanguages {
    languages: Vec<RawLanguage>,
}

#[derive(Deserialize)]
struct RawLanguage {
    code: String,
    name_en: String,
    endonym: String,
    protocol_order: u8,
}

static MEMBER_STATES: LazyLock<Vec<MemberState>> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    let raw: RawMemberStates = serde_json::from_str(MEMBER_STATES_JSON)
        .expect("data/member-states.json is compiled in and must parse (checked by tests)");
    let mut states: Vec<MemberState> = raw
        .member_states
        .into_iter()
        .map(|s| MemberState {
            alpha2: s.alpha2,
            eu_code: s.eu_code,
            alpha3: s.alpha3,
            name_en: s.name_en,
            names_native: s
                .names_native
                .into_iter()
                .map(|n| (n.lang, n.name))
                .collect(),
            protocol_order: s.protocol_order,
        })
        .collect();
    states.sort_by_key(|s| s.protocol_order);
    states
});

static LANGUAGES: LazyLock<Vec<Language>> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    let raw: RawLanguages = serde_json::from_str(LANGUAGES_JSON)
        .expect("data/languages.json is compiled in and must parse (checked by tests)");
    let mut langs: Vec<Language> = raw
        .languages
        .into_iter()
        .map(|l| Language {
            code: l.code,
            name_en: l.name_en,
            endonym: l.endonym,
            protocol_order: l.protocol_order,
        })
        .collect();
    langs.sort_by_key(|l| l.protocol_order);
    langs
});

/// The 27 Member States in EU protocol order.
pub fn member_states() -> &'static [MemberState] {
    &MEMBER_STATES
}

/// The Member State with this code: ISO 3166-1 alpha-2 (or EL for Greece), case-insensitive,
/// surrounding whitespace ignored.
pub fn member_state(code: &str) -> Option<&'static MemberState> {
    let code = code.trim();
    member_states()
        .iter()
        .find(|s| s.alpha2.eq_ignore_ascii_case(code) || s.eu_code.eq_ignore_ascii_case(code))
}

/// The 24 official languages in EU protocol order.
pub fn languages() -> &'static [Language] {
    &LANGUAGES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_seven_states_in_protocol_order() {
        let states = member_states();
        assert_eq!(states.len(), 27);
        let codes: Vec<&str> = states.iter().map(|s| s.eu_code.as_str()).collect();
        assert_eq!(
            codes.join(" "),
            "BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE"
        );
        for (i, s) in states.iter().enumerate() {
            assert_eq!(usize::from(s.protocol_order), i + 1);
            assert_eq!(s.alpha3.len(), 3);
            assert!(
                !s.names_native.is_empty(),
                "{} has no native name",
                s.alpha2
            );
        }
    }

    #[test]
    fn greece_answers_to_gr_and_el_case_insensitively() {
        for code in ["GR", "gr", "EL", "el", " El "] {
            let s = member_state(code).map(|s| s.alpha2.as_str());
            assert_eq!(s, Some("GR"), "{code}");
        }
        assert!(member_state("UK").is_none());
        assert!(member_state("").is_none());
    }

    #[test]
    fn twenty_four_languages_in_protocol_order() {
        let codes: Vec<&str> = languages().iter().map(|l| l.code.as_str()).collect();
        assert_eq!(
            codes.join(" "),
            "bg es cs da de et el en fr ga hr it lv lt hu mt nl pl pt ro sk sl fi sv"
        );
    }

    /// Found by the `procedure_bodies` fuzz target: figures near `u64::MAX` (accepted from the
    /// API's and the CLI's population tables) overflowed the sum of the tally, a panic in debug
    /// builds and a wrapped, wrong outcome in release builds.
    #[test]
    fn population_table_refuses_implausible_figures() {
        let mut figures: Vec<(&str, u64)> = member_states()
            .iter()
            .map(|s| (s.alpha2.as_str(), 1_000_000))
            .collect();
        figures[4].1 = 9_000_000_000_000_000_000;
        figures[9].1 = 9_000_000_000_000_000_001;
        let err = PopulationTable::new("test", figures.clone()).err();
        assert_eq!(
            err.as_ref().map(ReferenceError::code),
            Some("reference.implausible_population")
        );
        figures[4].1 = MAX_STATE_POPULATION;
        figures[9].1 = MAX_STATE_POPULATION;
        let table = PopulationTable::new("test", figures);
        assert_eq!(
            table.map(|t| t.total()).ok(),
            Some(2 * MAX_STATE_POPULATION + 25 * 1_000_000)
        );
    }

    proptest::proptest! {
        /// Any figures: a table is refused or built, never a panic, and a built table's total
        /// is the exact sum of its figures.
        #[test]
        fn population_table_never_panics(figures in proptest::collection::vec(proptest::num::u64::ANY, 27)) {
            let pairs: Vec<(&str, u64)> = member_states()
                .iter()
                .zip(&figures)
                .map(|(s, f)| (s.alpha2.as_str(), *f))
                .collect();
            if let Ok(t) = PopulationTable::new("test", pairs) {
                let exact: u128 = figures.iter().map(|f| u128::from(*f)).sum();
                proptest::prop_assert_eq!(u128::from(t.total()), exact);
            }
        }
    }

    #[test]
    fn population_table_validates_membership() {
        let all: Vec<(&str, u64)> = member_states()
            .iter()
            .map(|s| (s.alpha2.as_str(), 1))
            .collect();
        let table = PopulationTable::new("test", all.clone());
        assert_eq!(table.as_ref().map(PopulationTable::total).ok(), Some(27));
        let missing = PopulationTable::new("test", all[1..].iter().copied());
        assert_eq!(
            missing.err().map(|e| e.code()),
            Some("reference.missing_population")
        );
        let mut dup = all.clone();
        dup.push(("EL", 5));
        assert_eq!(
            PopulationTable::new("test", dup).err(),
            Some(ReferenceError::DuplicatePopulation { code: "GR".into() })
        );
        let mut unknown = all;
        unknown.push(("XX", 5));
        assert_eq!(
            PopulationTable::new("test", unknown)
                .err()
                .map(|e| e.code()),
            Some("reference.unknown_member_state")
        );
    }
}
