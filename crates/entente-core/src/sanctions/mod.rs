//! The register of the Union's cyber sanctions regime: Council Decision (CFSP) 2019/797 and
//! Council Regulation (EU) 2019/796 concerning restrictive measures against cyber-attacks
//! threatening the Union or its Member States.
//!
//! What the register holds follows the Regulation: the natural and legal persons, entities and
//! bodies listed in Annex I (Art. 13(1)), each with the grounds for listing (Art. 14(1)) and the
//! information needed to identify them where available: names and aliases, date and place of
//! birth, nationality, passport and identity card numbers, gender, address, function; for
//! entities names, place and date of registration, registration number and place of business
//! (Art. 14(2)). The list is reviewed at regular intervals and at least every 12 months
//! (Art. 13(4)); the Decision sets the dates until which the regime and the listings apply, and
//! its renewals move them (Decision (CFSP) 2019/797, Art. 13 as amended).
//!
//! Events: `sanctions.listed`, `sanctions.linked`, `sanctions.amended`, `sanctions.delisted`,
//! `sanctions.renewed`.

pub mod export;
pub mod fold;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::event::EventBody;
use crate::{Invalid, lang::check_plain_text};

/// The regime, as exports name it.
pub const REGIME: &str = "Restrictive measures against cyber-attacks threatening the Union or its Member States: Council Decision (CFSP) 2019/797 and Council Regulation (EU) 2019/796";
/// The programme code of the regime in the Union's consolidated financial sanctions list.
pub const PROGRAMME: &str = "CYB";
/// The authority that lists.
pub const AUTHORITY: &str = "Council of the European Union";
/// Days before a review date from which the register reminds the relevant roles.
pub const REMIND_DAYS: i64 = 60;

/// A name by which a listed person or entity is also known.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    pub name: String,
    /// `alias`, `transliteration` (the name in another script or romanisation) or `moniker`
    /// (an online handle).
    pub kind: String,
}

/// A document or registration number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identifier {
    /// `passport`, `national_id`, `registration` or `other`.
    pub kind: String,
    pub number: String,
    /// ISO 3166-1 alpha-2 code of the issuing country, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A legal act: the Council Decision or (Implementing) Regulation that lists, amends, delists or
/// renews.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalAct {
    /// `decision`, `regulation`, `implementing_regulation` or `other`.
    pub kind: String,
    /// As cited: `Council Implementing Regulation (EU) 2020/1125 of 30 July 2020 (OJ L 246, ...)`.
    pub reference: String,
    /// What is not confirmed about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A public source an entry was entered from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
}

/// What identifies a listed person or entity, and why it is listed (Reg. (EU) 2019/796,
/// Art. 14).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// `person` (natural person) or `entity` (legal person, entity or body).
    pub kind: String,
    /// The name as the Annex prints it.
    pub name: String,
    /// The Annex's own reference (`Annex I, Part A, entry 3`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex_entry: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Alias>,
    /// ISO 8601 dates (`1972-05-27`), or a year (`1983`) when only that is known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub birth_dates: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub birth_places: Vec<String>,
    /// ISO 3166-1 alpha-2 codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nationalities: Vec<String>,
    /// As printed, when it is not a plain nationality (`allegedly Russian`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality_note: Option<String>,
    /// `male` or `female`, as the Annex gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<Identifier>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<String>,
    /// The grounds for listing (Art. 14(1)).
    pub reasons: String,
}

/// `sanctions.listed`: the Council lists a person or entity (Reg. Art. 13(1); Decision Art. 5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listed {
    pub id: String,
    pub entry: Entry,
    pub acts: Vec<LegalAct>,
    /// Date of listing (the date of the act).
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// What could not be confirmed about the entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for Listed {
    const TYPE: &'static str = "sanctions.listed";
    const VERSION: u32 = 1;
}

/// `sanctions.linked`: a listing is linked to the dossier that led to it and the procedures on
/// that dossier that adopted it. An event of its own, inside the dossier (its `dossier` field
/// puts it under the container rule) and marked like the listing, so that the link reaches only
/// those who see both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Linked {
    pub id: String,
    pub dossier: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub procedures: Vec<String>,
}

impl EventBody for Linked {
    const TYPE: &'static str = "sanctions.linked";
    const VERSION: u32 = 1;
}

/// `sanctions.amended`: the Council amends an entry (its identifying information or its
/// grounds); the entry carries the whole text as amended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amended {
    pub id: String,
    pub entry: Entry,
    pub acts: Vec<LegalAct>,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventBody for Amended {
    const TYPE: &'static str = "sanctions.amended";
    const VERSION: u32 = 1;
}

/// `sanctions.delisted`: the Council removes an entry from Annex I.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delisted {
    pub id: String,
    pub acts: Vec<LegalAct>,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl EventBody for Delisted {
    const TYPE: &'static str = "sanctions.delisted";
    const VERSION: u32 = 1;
}

/// `sanctions.renewed`: the regime or its listings are renewed (or the regime established):
/// the Decision's dates of application move (Decision (CFSP) 2019/797, Art. 13 as amended).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renewed {
    pub date: NaiveDate,
    /// `establishment`, `framework`, `listings` or `framework_and_listings`.
    pub kind: String,
    pub acts: Vec<LegalAct>,
    /// Until when the regime (the Decision) applies after this act.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework_until: Option<NaiveDate>,
    /// Until when the listings apply after this act: the next review date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listings_until: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

impl EventBody for Renewed {
    const TYPE: &'static str = "sanctions.renewed";
    const VERSION: u32 = 1;
}

pub const SANCTIONS_EVENT_TYPES: [&str; 5] = [
    Listed::TYPE,
    Linked::TYPE,
    Amended::TYPE,
    Delisted::TYPE,
    Renewed::TYPE,
];

/// An entry of the register as it stands: the entry as last amended, its acts and its state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Listing {
    pub id: String,
    pub entry: Entry,
    pub listed_on: NaiveDate,
    pub listing_acts: Vec<LegalAct>,
    pub amendments: Vec<Change>,
    /// Set once delisted: a delisted entry is never shown as active.
    pub delisted: Option<Change>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
}

/// An amendment or a delisting, with its acts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub date: NaiveDate,
    pub acts: Vec<LegalAct>,
    pub note: Option<String>,
}

impl Listing {
    /// In force: listed and not delisted.
    pub fn active(&self) -> bool {
        self.delisted.is_none()
    }

    /// `active` or `delisted`.
    pub fn status(&self) -> &'static str {
        if self.active() { "active" } else { "delisted" }
    }

    /// Every name it is known by: the name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.entry.name.as_str())
            .chain(self.entry.aliases.iter().map(|a| a.name.as_str()))
    }

    /// Does a search query match one of its names (across scripts and romanisations)?
    pub fn matches(&self, query: &fold::Folded) -> bool {
        self.names()
            .any(|n| fold::matches(query, &fold::Folded::of(n)))
    }
}

const ALIAS_KINDS: [&str; 3] = ["alias", "transliteration", "moniker"];
const IDENTIFIER_KINDS: [&str; 4] = ["passport", "national_id", "registration", "other"];
const ACT_KINDS: [&str; 4] = ["decision", "regulation", "implementing_regulation", "other"];
const RENEWAL_KINDS: [&str; 4] = [
    "establishment",
    "framework",
    "listings",
    "framework_and_listings",
];

fn text(field: &str, s: &str, max: usize, what: &str) -> Result<(), Invalid> {
    if s.trim().is_empty() {
        return Err(Invalid::new(field, what));
    }
    if s.chars().count() > max {
        return Err(Invalid::new(field, &format!("at most {max} characters")));
    }
    check_plain_text(field, s)
}

/// A date of birth as the register keeps it: `YYYY-MM-DD` or `YYYY`.
pub fn check_birth_date(field: &str, s: &str) -> Result<(), Invalid> {
    let ok = NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        || (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        Ok(())
    } else {
        Err(Invalid::new(
            field,
            &format!(
                "a date as YYYY-MM-DD, or a year YYYY when only the year is known, not {:?}",
                s.chars().take(32).collect::<String>()
            ),
        ))
    }
}

/// Checks an entry: a kind, a name and the grounds for listing (Reg. Art. 14(1): Annex I
/// "shall include the grounds for the listing"), and well-formed identifying information.
pub fn check_entry(e: &Entry) -> Result<(), Invalid> {
    if e.kind != "person" && e.kind != "entity" {
        return Err(Invalid::new(
            "entry.kind",
            "person (a natural person) or entity (a legal person, entity or body)",
        ));
    }
    text("entry.name", &e.name, 500, "the name as Annex I prints it")?;
    text(
        "entry.reasons",
        &e.reasons,
        20_000,
        "the grounds for listing (Regulation (EU) 2019/796, Art. 14(1): Annex I shall include them); a listing without reasons cannot be recorded",
    )?;
    if let Some(a) = &e.annex_entry {
        text("entry.annex_entry", a, 200, "the Annex reference")?;
    }
    for (i, a) in e.aliases.iter().enumerate() {
        text(&format!("entry.aliases[{i}].name"), &a.name, 500, "a name")?;
        if !ALIAS_KINDS.contains(&a.kind.as_str()) {
            return Err(Invalid::new(
                &format!("entry.aliases[{i}].kind"),
                "alias, transliteration or moniker",
            ));
        }
    }
    for (i, d) in e.birth_dates.iter().enumerate() {
        check_birth_date(&format!("entry.birth_dates[{i}]"), d)?;
    }
    for (i, p) in e.birth_places.iter().enumerate() {
        text(&format!("entry.birth_places[{i}]"), p, 300, "a place")?;
    }
    for (i, n) in e.nationalities.iter().enumerate() {
        if n.len() != 2 || !n.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Invalid::new(
                &format!("entry.nationalities[{i}]"),
                "an ISO 3166-1 alpha-2 code in capitals (RU, CN, ...); put what the Annex prints otherwise in nationality_note",
            ));
        }
    }
    if e.kind == "entity" && (!e.birth_dates.is_empty() || e.gender.is_some()) {
        return Err(Invalid::new(
            "entry.kind",
            "person, or no birth dates and gender (an entity has neither)",
        ));
    }
    if let Some(g) = &e.gender
        && g != "male"
        && g != "female"
    {
        return Err(Invalid::new(
            "entry.gender",
            "male or female, as Annex I gives it",
        ));
    }
    for (i, id) in e.identifiers.iter().enumerate() {
        if !IDENTIFIER_KINDS.contains(&id.kind.as_str()) {
            return Err(Invalid::new(
                &format!("entry.identifiers[{i}].kind"),
                "passport, national_id, registration or other",
            ));
        }
        text(
            &format!("entry.identifiers[{i}].number"),
            &id.number,
            200,
            "the number",
        )?;
    }
    for (i, a) in e.addresses.iter().enumerate() {
        text(&format!("entry.addresses[{i}]"), a, 500, "an address")?;
    }
    for (field, v) in [
        ("entry.function", &e.function),
        ("entry.nationality_note", &e.nationality_note),
    ] {
        if let Some(v) = v {
            text(field, v, 500, "text")?;
        }
    }
    Ok(())
}

/// Checks the legal acts of a listing, amendment, delisting or renewal: at least one, each
/// cited. The register records what the Council decided; without the act there is nothing to
/// record (Reg. Art. 13(1): the Council amends Annex I).
pub fn check_acts(field: &str, acts: &[LegalAct]) -> Result<(), Invalid> {
    if acts.is_empty() {
        return Err(Invalid::new(
            field,
            "at least one legal act (the Council Decision or Implementing Regulation, as cited in the Official Journal); nothing is recorded without it",
        ));
    }
    for (i, a) in acts.iter().enumerate() {
        if !ACT_KINDS.contains(&a.kind.as_str()) {
            return Err(Invalid::new(
                &format!("{field}[{i}].kind"),
                "decision, regulation, implementing_regulation or other",
            ));
        }
        text(
            &format!("{field}[{i}].reference"),
            &a.reference,
            1000,
            "the act as cited (e.g. Council Implementing Regulation (EU) 2020/1125 of 30 July 2020)",
        )?;
    }
    Ok(())
}

/// Checks a renewal.
pub fn check_renewal(r: &Renewed) -> Result<(), Invalid> {
    if !RENEWAL_KINDS.contains(&r.kind.as_str()) {
        return Err(Invalid::new(
            "kind",
            "establishment, framework, listings or framework_and_listings",
        ));
    }
    if r.kind != "establishment" {
        check_acts("acts", &r.acts)?;
    }
    for (field, d) in [
        ("framework_until", r.framework_until),
        ("listings_until", r.listings_until),
    ] {
        if let Some(d) = d
            && d <= r.date
        {
            return Err(Invalid::new(
                field,
                &format!("a date after the renewal ({})", r.date),
            ));
        }
    }
    if r.kind.contains("listings") && r.listings_until.is_none() {
        return Err(Invalid::new(
            "listings_until",
            "the date until which the listings apply after this renewal",
        ));
    }
    Ok(())
}

/// Where the yearly review of the listings stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum ReviewState {
    /// The review date is more than [`REMIND_DAYS`] away.
    Scheduled { due: NaiveDate, days_left: i64 },
    /// The review date is within [`REMIND_DAYS`].
    Soon { due: NaiveDate, days_left: i64 },
    /// The date has passed and no renewal is recorded after it.
    Overdue { due: NaiveDate, days_over: i64 },
}

impl ReviewState {
    pub fn due(&self) -> NaiveDate {
        match self {
            ReviewState::Scheduled { due, .. }
            | ReviewState::Soon { due, .. }
            | ReviewState::Overdue { due, .. } => *due,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            ReviewState::Scheduled { .. } => "scheduled",
            ReviewState::Soon { .. } => "soon",
            ReviewState::Overdue { .. } => "overdue",
        }
    }

    /// Needs the attention of the chair and delegates.
    pub fn reminds(&self) -> bool {
        !matches!(self, ReviewState::Scheduled { .. })
    }
}

/// The review of the listings in force: the date until which the latest renewal that set one
/// extended them (Decision Art. 13 as amended); when no renewal set one, 12 months after the
/// earliest listing in force (Reg. Art. 13(4): "at least every 12 months"). `None` when nothing
/// is listed.
pub fn review(
    active_listing_dates: &[NaiveDate],
    renewals: &[Renewed],
    today: NaiveDate,
) -> Option<(ReviewState, String)> {
    let earliest = active_listing_dates.iter().min()?;
    let latest = renewals
        .iter()
        .filter_map(|r| r.listings_until.map(|u| (r.date, u)))
        .max_by_key(|(d, _)| *d);
    let (due, basis) = match latest {
        Some((renewed, until)) => (
            until,
            format!(
                "the listings apply until {until} under the renewal of {renewed} (Decision (CFSP) 2019/797, Art. 13 as amended)"
            ),
        ),
        None => {
            let due = earliest
                .checked_add_months(Months::new(12))
                .unwrap_or(*earliest);
            (
                due,
                format!(
                    "no renewal recorded: 12 months after the earliest listing in force, of {earliest} (Regulation (EU) 2019/796, Art. 13(4))"
                ),
            )
        }
    };
    let days = (due - today).num_days();
    let state = if days < 0 {
        ReviewState::Overdue {
            due,
            days_over: -days,
        }
    } else if days <= REMIND_DAYS {
        ReviewState::Soon {
            due,
            days_left: days,
        }
    } else {
        ReviewState::Scheduled {
            due,
            days_left: days,
        }
    };
    Some((state, basis))
}

/// The framework's own term: the latest `framework_until` recorded.
pub fn framework_until(renewals: &[Renewed]) -> Option<NaiveDate> {
    renewals
        .iter()
        .filter_map(|r| r.framework_until.map(|u| (r.date, u)))
        .max_by_key(|(d, _)| *d)
        .map(|(_, u)| u)
}

/// Parses a date as the listings data prints it: `2020-07-30`, `27.5.1972`, `4 October 1983`,
/// or a year `1983`. Returns the register's form (`YYYY-MM-DD` or `YYYY`).
pub fn parse_printed_date(s: &str) -> Option<String> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d.to_string());
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%d.%m.%Y") {
        return Some(d.to_string());
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%d %B %Y") {
        return Some(d.to_string());
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(s.to_string());
    }
    None
}

/// The year of a date as kept (`1972-05-27` or `1972`).
pub fn year_of(s: &str) -> Option<i32> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.year())
        .ok()
        .or_else(|| s.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn entry() -> Entry {
        Entry {
            kind: "person".into(),
            name: "Alexey Valeryevich MININ".into(),
            annex_entry: None,
            aliases: vec![],
            birth_dates: vec!["1972-05-27".into()],
            birth_places: vec![],
            nationalities: vec!["RU".into()],
            nationality_note: None,
            gender: Some("male".into()),
            function: None,
            identifiers: vec![],
            addresses: vec![],
            reasons: "GRU officer".into(),
        }
    }

    #[test]
    fn reasons_and_acts_are_required() {
        assert!(check_entry(&entry()).is_ok());
        let mut e = entry();
        e.reasons = " ".into();
        assert_eq!(check_entry(&e).unwrap_err().field, "entry.reasons");
        let e = check_acts("acts", &[]).unwrap_err();
        assert_eq!(e.field, "acts");
        let mut e = entry();
        e.nationalities = vec!["Russian".into()];
        assert_eq!(check_entry(&e).unwrap_err().field, "entry.nationalities[0]");
        let mut e = entry();
        e.birth_dates = vec!["27.5.1972".into()];
        assert!(check_entry(&e).is_err());
    }

    #[test]
    fn printed_dates() {
        assert_eq!(
            parse_printed_date("27.5.1972").as_deref(),
            Some("1972-05-27")
        );
        assert_eq!(
            parse_printed_date("4 October 1983").as_deref(),
            Some("1983-10-04")
        );
        assert_eq!(parse_printed_date("1983").as_deref(), Some("1983"));
        assert_eq!(parse_printed_date("around 1980"), None);
    }

    #[test]
    fn review_is_overdue_when_no_renewal_follows_the_date() {
        let renewal = Renewed {
            date: d(2025, 5, 12),
            kind: "framework_and_listings".into(),
            acts: vec![],
            framework_until: Some(d(2028, 5, 18)),
            listings_until: Some(d(2026, 5, 18)),
            note: None,
            sources: vec![],
        };
        let (s, _) = review(
            &[d(2020, 7, 30)],
            std::slice::from_ref(&renewal),
            d(2026, 12, 1),
        )
        .unwrap();
        assert_eq!(
            s,
            ReviewState::Overdue {
                due: d(2026, 5, 18),
                days_over: 197
            }
        );
        let (s, _) = review(&[d(2020, 7, 30)], &[renewal], d(2026, 4, 1)).unwrap();
        assert_eq!(s.name(), "soon");
        let (s, basis) = review(&[d(2026, 3, 16)], &[], d(2026, 4, 1)).unwrap();
        assert_eq!(s.due(), d(2027, 3, 16));
        assert!(basis.contains("Art. 13(4)"));
        assert!(review(&[], &[], d(2026, 4, 1)).is_none());
    }
}
