//! Demo data for the sanctions register: the 38 entries of Annex I to Regulation (EU)
//! 2019/796 up to 13 July 2026 and the regime's renewals, from `data/legal/cyber-regime-listings.json`
//! (which cites its sources, S1-S22, and says what could not be confirmed), entered as the
//! operator enters the public record. Each listing links to the demo dossier of its package
//! (`data/history-responses.json` names the Annex entries each response added) and to the
//! procedure that adopted it there.
//!
//! What the data does not confirm stays unconfirmed: the acts of 13 July 2026 are entered as
//! "numbers not seen", renewals without a source (May 2023, May 2026) are not entered (so the
//! review of the listings shows as overdue, which is what the record says), amendments whose
//! act or date is not identified go to the entry's note.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use entente_core::procedure::record::Subject;
use entente_core::sanctions::{
    Alias, Entry, Identifier, LegalAct, Renewed, Source, parse_printed_date,
};
use entente_core::{PartyId, Viewer};
use entente_store::Store;
use entente_store::sanctions::NewListing;
use serde::Deserialize;

const LISTINGS: &str = include_str!("../../../data/legal/cyber-regime-listings.json");
const HISTORY: &str = include_str!("../../../data/history-responses.json");

#[derive(Deserialize)]
struct File {
    listings: Vec<Raw>,
    renewals: Vec<RawRenewal>,
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
struct Raw {
    id: String,
    annex_entry: String,
    name: String,
    #[serde(default)]
    aliases_and_transliterations: Vec<String>,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    date_of_birth: Option<String>,
    #[serde(default)]
    place_of_birth: Option<String>,
    #[serde(default)]
    nationality: Option<String>,
    #[serde(default)]
    gender: Option<String>,
    #[serde(default)]
    passport: Option<String>,
    #[serde(default)]
    address_or_location: Option<String>,
    #[serde(default)]
    registration: Option<String>,
    reasons_summary: String,
    date_of_listing: NaiveDate,
    listing_acts: RawActs,
    #[serde(default)]
    later_amendments: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    certainty: String,
}

#[derive(Deserialize)]
struct RawActs {
    regulation: Option<String>,
    decision: Option<String>,
    #[serde(default)]
    decision_note: Option<String>,
}

#[derive(Deserialize)]
struct RawRenewal {
    date: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    acts: Vec<String>,
    new_expiry_framework: Option<String>,
    new_expiry_listings: Option<String>,
    #[serde(default)]
    note: String,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
struct RawSource {
    id: String,
    title: String,
}

#[derive(Deserialize)]
struct History {
    cases: Vec<HistoryCase>,
}

#[derive(Deserialize)]
struct HistoryCase {
    id: String,
    #[serde(default)]
    responses: Vec<HistoryResponse>,
}

#[derive(Deserialize)]
struct HistoryResponse {
    #[serde(default)]
    annex_entries: Vec<String>,
}

fn nationality(s: &str) -> Option<&'static str> {
    match s.trim() {
        "Russian" => Some("RU"),
        "Chinese" => Some("CN"),
        "Ukrainian" => Some("UA"),
        "Iranian" => Some("IR"),
        "North Korean" => Some("KP"),
        _ => None,
    }
}

fn alias(name: &str) -> Alias {
    let quoted = name.starts_with(['‘', '\'']) && name.ends_with(['’', '\'']);
    let other_script = name.chars().any(|c| {
        c.is_alphabetic() && !c.is_ascii() && {
            let u = c as u32;
            // Cyrillic, Greek, CJK: another script than the Annex's Latin.
            (0x0370..0x0530).contains(&u) || (0x2E80..0xA000).contains(&u)
        }
    });
    Alias {
        name: name.trim_matches(['‘', '’', '\'']).to_string(),
        kind: if quoted {
            "moniker"
        } else if other_script {
            "transliteration"
        } else {
            "alias"
        }
        .into(),
    }
}

/// `120017582 (issued by ...)` → number `120017582`, note `issued by ...`.
fn identifier(kind: &str, raw: &str) -> Identifier {
    let cut = raw.find([',', '(']).unwrap_or(raw.len());
    let (number, rest) = raw.split_at(cut);
    let note = rest.trim_matches([',', ' ', '(', ')']).trim();
    Identifier {
        kind: kind.into(),
        number: number.trim().to_string(),
        country: raw
            .contains("Ukraine")
            .then(|| "UA".to_string())
            .or_else(|| raw.contains("Russian Federation").then(|| "RU".to_string())),
        note: (!note.is_empty()).then(|| note.to_string()),
    }
}

/// The date an amendment string names (`of 20 Nov 2020`, `of 17 May 2024`, `date of effect
/// 14.5.2025`), if any.
fn amendment_date(s: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = s.split_whitespace().collect();
    for w in words.windows(3) {
        let joined = format!("{} {} {}", w[0], w[1], w[2].trim_matches([',', ')', ';']));
        for f in ["%d %b %Y", "%d %B %Y"] {
            if let Ok(d) = NaiveDate::parse_from_str(&joined, f) {
                return Some(d);
            }
        }
    }
    words.iter().find_map(|w| {
        NaiveDate::parse_from_str(w.trim_matches([',', ')', '(', ';']), "%d.%m.%Y").ok()
    })
}

/// What Annex I prints under an entity's registration, e.g. `date of registration 27.9.2010;
/// type: Limited Liability Company; INN 6168033776; OGRN 1106194004850` or `registration no.
/// 91510105332025597A (Sichuan branch); 91310116561906136G (Shanghai branch); phone: ...`: one
/// identifier per number (kind `registration`, the branch or the register's name, INN or OGRN,
/// as its note), and the rest (dates and types of registration, contacts, accounts) as text for
/// the listing's note.
fn registrations(raw: &str) -> (Vec<Identifier>, Vec<String>) {
    let mut ids: Vec<Identifier> = Vec::new();
    let mut other = Vec::new();
    for part in raw.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let prefix = "registration no.";
        if part.to_lowercase().starts_with(prefix) {
            ids.push(identifier("registration", part[prefix.len()..].trim()));
        } else if let Some((label, n)) = ["INN ", "OGRN "]
            .iter()
            .find_map(|l| part.strip_prefix(l).map(|n| (l.trim(), n)))
        {
            let mut i = identifier("registration", n);
            i.note = Some(label.to_string());
            ids.push(i);
        } else if !ids.is_empty()
            && part.starts_with(|c: char| c.is_ascii_digit())
            && !part.contains(':')
        {
            // A further number of the same list (`X (Sichuan branch); Y (Shanghai branch)`).
            ids.push(identifier("registration", part));
        } else {
            other.push(part.to_string());
        }
    }
    (ids, other)
}

fn entry_of(r: &Raw) -> Entry {
    let person = r.kind == "person";
    let mut note = None;
    let nationalities: Vec<String> = r
        .nationality
        .as_deref()
        .and_then(nationality)
        .map(|n| vec![n.to_string()])
        .unwrap_or_default();
    if nationalities.is_empty()
        && let Some(n) = &r.nationality
    {
        note = Some(n.clone());
    }
    let mut identifiers = Vec::new();
    if let Some(p) = &r.passport {
        identifiers.push(identifier("passport", p));
    }
    if let Some(reg) = &r.registration {
        identifiers.extend(registrations(reg).0);
    }
    Entry {
        kind: r.kind.clone(),
        name: r.name.clone(),
        annex_entry: Some(r.annex_entry.clone()),
        aliases: r
            .aliases_and_transliterations
            .iter()
            .map(|a| alias(a))
            .collect(),
        birth_dates: if person {
            r.date_of_birth
                .as_deref()
                .and_then(parse_printed_date)
                .into_iter()
                .collect()
        } else {
            Vec::new()
        },
        birth_places: r.place_of_birth.iter().cloned().collect(),
        nationalities,
        nationality_note: note,
        gender: r.gender.clone().filter(|_| person),
        function: None,
        identifiers,
        addresses: r.address_or_location.iter().cloned().collect(),
        reasons: r.reasons_summary.clone(),
    }
}

fn acts_of(r: &Raw) -> Vec<LegalAct> {
    let mut acts = Vec::new();
    if let Some(d) = &r.listing_acts.decision {
        acts.push(LegalAct {
            kind: "decision".into(),
            reference: d.clone(),
            note: None,
        });
    }
    if let Some(x) = &r.listing_acts.regulation {
        acts.push(LegalAct {
            kind: "implementing_regulation".into(),
            reference: x.clone(),
            note: None,
        });
    }
    if acts.is_empty() {
        acts.push(LegalAct {
            kind: "other".into(),
            reference: format!(
                "Council acts of {} amending Annex I to Regulation (EU) 2019/796 and the Annex to Decision (CFSP) 2019/797 (numbers not seen)",
                r.date_of_listing
            ),
            note: r.listing_acts.decision_note.clone(),
        });
    }
    acts
}

fn renewal_of(r: &RawRenewal, sources: &BTreeMap<String, String>) -> Option<Renewed> {
    let date = NaiveDate::parse_from_str(&r.date, "%Y-%m-%d").ok()?;
    let first_date = |s: &Option<String>| {
        s.as_deref()
            .and_then(|s| s.get(..10))
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    };
    let framework_until = first_date(&r.new_expiry_framework).filter(|d| *d > date);
    let listings_until = first_date(&r.new_expiry_listings).filter(|d| *d > date);
    let kind = if r.kind == "establishment" {
        "establishment"
    } else {
        match (framework_until.is_some(), listings_until.is_some()) {
            (true, true) => "framework_and_listings",
            (false, true) => "listings",
            (true, false) => "framework",
            (false, false) => return None,
        }
    };
    if r.acts.is_empty() && kind != "establishment" {
        return None;
    }
    let mut note = r.note.clone();
    if let Some(l) = &r.new_expiry_listings
        && l.len() > 10
    {
        note = format!("{note} Listings until: {l}").trim().to_string();
    }
    Some(Renewed {
        date,
        kind: kind.into(),
        acts: r
            .acts
            .iter()
            .map(|a| LegalAct {
                kind: if a.contains("Decision") {
                    "decision"
                } else if a.contains("Regulation") {
                    "implementing_regulation"
                } else {
                    "other"
                }
                .into(),
                reference: a.clone(),
                note: None,
            })
            .collect(),
        framework_until,
        listings_until,
        note: (!note.is_empty()).then_some(note),
        sources: r
            .sources
            .iter()
            .map(|s| Source {
                id: s.clone(),
                title: sources.get(s).cloned().unwrap_or_default(),
            })
            .collect(),
    })
}

/// The procedures on `dossier` that adopted a package with a restrictive listing.
fn listing_procedures(store: &dyn Store, v: &Viewer, dossier: &str) -> Result<Vec<String>> {
    let packages = store.packages(v, dossier)?;
    Ok(store
        .procedures(v, dossier)?
        .into_iter()
        .filter(|p| p.outcome.outcome.adopted)
        .filter(|p| match &p.subject {
            Subject::Package { package } => packages
                .iter()
                .any(|k| &k.id == package && k.measures.iter().any(|m| m == "restrictive-listing")),
            _ => false,
        })
        .map(|p| p.id)
        .collect())
}

/// Loads the register. Returns the number of entries.
pub fn load(store: &dyn Store) -> Result<usize> {
    let file: File =
        serde_json::from_str(LISTINGS).context("data/legal/cyber-regime-listings.json")?;
    let history: History = serde_json::from_str(HISTORY).context("data/history-responses.json")?;
    let sources: BTreeMap<String, String> = file
        .sources
        .iter()
        .map(|s| (s.id.clone(), s.title.clone()))
        .collect();
    let case_of: BTreeMap<&str, &str> = history
        .cases
        .iter()
        .flat_map(|c| {
            c.responses
                .iter()
                .flat_map(|r| r.annex_entries.iter())
                .map(move |e| (e.as_str(), c.id.as_str()))
        })
        .collect();
    let op = entente_store::system_viewer(PartyId::parse("EEAS")?);
    for r in &file.renewals {
        if let Some(renewal) = renewal_of(r, &sources) {
            store
                .record_renewal(&op, renewal)
                .with_context(|| format!("demo renewal of {}", r.date))?;
        }
    }
    let mut procedures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &file.listings {
        let dossier = case_of.get(r.id.as_str()).map(|d| d.to_string());
        let procs = match &dossier {
            Some(d) if store.dossier(&op, d)?.is_some() => match procedures.get(d) {
                Some(p) => p.clone(),
                None => {
                    let p = listing_procedures(store, &op, d)?;
                    procedures.insert(d.clone(), p.clone());
                    p
                }
            },
            _ => Vec::new(),
        };
        let dossiers: Vec<String> = dossier
            .filter(|d| store.dossier(&op, d).ok().flatten().is_some())
            .into_iter()
            .collect();
        let mut unplaced = Vec::new();
        let mut amendments = Vec::new();
        for a in &r.later_amendments {
            match amendment_date(a).filter(|d| *d >= r.date_of_listing) {
                Some(d) => amendments.push((d, a.clone())),
                None => unplaced.push(a.clone()),
            }
        }
        let mut note = format!("Certainty: {}", r.certainty);
        if let Some(reg) = &r.registration {
            let (_, other) = registrations(reg);
            if !other.is_empty() {
                note.push_str(&format!(". Also in the Annex: {}", other.join("; ")));
            }
        }
        if !unplaced.is_empty() {
            note.push_str(&format!(
                ". Amendments without a confirmed act or date: {}",
                unplaced.join(" | ")
            ));
        }
        let entry = entry_of(r);
        store
            .record_listing(
                &op,
                Some(&r.id),
                NewListing {
                    entry: entry.clone(),
                    acts: acts_of(r),
                    date: r.date_of_listing,
                    dossiers,
                    procedures: procs,
                    sources: r
                        .sources
                        .iter()
                        .map(|s| Source {
                            id: s.clone(),
                            title: sources.get(s).cloned().unwrap_or_default(),
                        })
                        .collect(),
                    note: Some(note),
                    marking: None,
                },
            )
            .with_context(|| format!("demo listing {}", r.id))?;
        amendments.sort();
        for (date, text) in amendments {
            store
                .amend_listing(
                    &op,
                    &r.id,
                    entry.clone(),
                    vec![LegalAct {
                        kind: "implementing_regulation".into(),
                        reference: text,
                        note: None,
                    }],
                    date,
                    Some("The entry's text as it reads now; the data gives the current wording, not each amendment's".into()),
                )
                .with_context(|| format!("demo amendment of {}", r.id))?;
        }
    }
    Ok(file.listings.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amendment_dates_and_identifiers_are_read() {
        assert_eq!(
            amendment_date(
                "Council Implementing Regulation (EU) 2020/1744 of 20 Nov 2020 (marker M3 in S1)"
            ),
            NaiveDate::from_ymd_opt(2020, 11, 20)
        );
        assert_eq!(
            amendment_date(
                "Council Implementing Regulation (EU) 2025/886, date of effect 14.5.2025 (S3)"
            ),
            NaiveDate::from_ymd_opt(2025, 5, 14)
        );
        assert_eq!(amendment_date("amending act not identified"), None);
        let i = identifier("passport", "EC 867868, issued on 27.11.1998 (Ukraine)");
        assert_eq!(i.number, "EC 867868");
        assert_eq!(i.country.as_deref(), Some("UA"));
        assert_eq!(alias("‘Bentley’").kind, "moniker");
        assert_eq!(alias("陈诚").kind, "transliteration");
        assert_eq!(alias("Jesse Chen").kind, "alias");
        let (ids, other) = registrations(
            "registration no. 91510105332025597A (Sichuan branch); 91310116561906136G (Shanghai branch); phone: +862161119992",
        );
        assert_eq!(
            ids.iter().map(|i| i.number.as_str()).collect::<Vec<_>>(),
            ["91510105332025597A", "91310116561906136G"]
        );
        assert_eq!(ids[1].note.as_deref(), Some("Shanghai branch"));
        assert_eq!(other, ["phone: +862161119992"]);
        let (ids, other) = registrations(
            "date of registration 27.9.2010; type: Limited Liability Company; INN 6168033776; OGRN 1106194004850",
        );
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[0].note.as_deref(), Some("INN"));
        assert_eq!(ids[1].number, "1106194004850");
        assert_eq!(other.len(), 2);
        let (ids, other) =
            registrations("web/accounts: ZPentest (Account suspended); Zpentestalliance");
        assert!(ids.is_empty());
        assert_eq!(other.len(), 2);
    }
}
