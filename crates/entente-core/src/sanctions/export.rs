//! Exports of the register: CSV (RFC 4180), FollowTheMoney entities as JSON lines (the
//! OpenSanctions data model: `Person`, `Organization`, `Sanction`), and XML in the structure of
//! the EU Financial Sanctions Files (`sanctionEntity`, `nameAlias`, `regulation`,
//! `identification`, `address`, `birthdate`, `citizenship`). Pure functions: the caller gives the
//! listings it may show and the time of the export. `docs/sanctions.md` says what of the FSF
//! structure could not be confirmed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{AUTHORITY, Listing, PROGRAMME, REGIME};

/// The English short name of a country code the register uses, for the FSF's
/// `countryDescription` (the FSF prints these in capitals).
fn country_description(code: &str) -> &'static str {
    match code {
        "RU" => "RUSSIAN FEDERATION",
        "CN" => "CHINA",
        "UA" => "UKRAINE",
        "KP" => "KOREA (DEMOCRATIC PEOPLE'S REPUBLIC OF)",
        "IR" => "IRAN (ISLAMIC REPUBLIC OF)",
        "BY" => "BELARUS",
        _ => "",
    }
}

// ---- CSV ---------------------------------------------------------------------------------

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The CSV header.
pub const CSV_COLUMNS: [&str; 18] = [
    "id",
    "annex_entry",
    "type",
    "status",
    "name",
    "aliases",
    "birth_dates",
    "birth_places",
    "nationalities",
    "gender",
    "function",
    "identifiers",
    "addresses",
    "reasons",
    "listed_on",
    "legal_acts",
    "amended_on",
    "delisted_on",
];

/// The register as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
/// quoted, quotes doubled). Lists inside a field are separated by ` | `.
pub fn csv(listings: &[Listing]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for l in listings {
        let e = &l.entry;
        let join = |v: Vec<String>| v.join(" | ");
        let mut acts: Vec<String> = l.listing_acts.iter().map(|a| a.reference.clone()).collect();
        for c in &l.amendments {
            acts.extend(c.acts.iter().map(|a| a.reference.clone()));
        }
        let row = [
            l.id.clone(),
            e.annex_entry.clone().unwrap_or_default(),
            e.kind.clone(),
            l.status().to_string(),
            e.name.clone(),
            join(e.aliases.iter().map(|a| a.name.clone()).collect()),
            join(e.birth_dates.clone()),
            join(e.birth_places.clone()),
            join(e.nationalities.clone()),
            e.gender.clone().unwrap_or_default(),
            e.function.clone().unwrap_or_default(),
            join(
                e.identifiers
                    .iter()
                    .map(|i| format!("{} {}", i.kind, i.number))
                    .collect(),
            ),
            join(e.addresses.clone()),
            e.reasons.clone(),
            l.listed_on.to_string(),
            join(acts),
            join(l.amendments.iter().map(|c| c.date.to_string()).collect()),
            l.delisted
                .as_ref()
                .map(|d| d.date.to_string())
                .unwrap_or_default(),
        ];
        let fields: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

// ---- FollowTheMoney ------------------------------------------------------------------------

/// The FollowTheMoney id of a listing's person or organisation.
pub fn ftm_id(listing_id: &str) -> String {
    let slug: String = listing_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("entente-{slug}")
}

fn push(props: &mut BTreeMap<&'static str, Vec<String>>, key: &'static str, v: &str) {
    let v = v.trim();
    if !v.is_empty() {
        let list = props.entry(key).or_default();
        if !list.iter().any(|x| x == v) {
            list.push(v.to_string());
        }
    }
}

fn entity(id: &str, schema: &str, props: BTreeMap<&'static str, Vec<String>>) -> String {
    let properties: serde_json::Map<String, Value> = props
        .into_iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    json!({"id": id, "schema": schema, "properties": properties}).to_string()
}

/// The register as FollowTheMoney entities, one JSON object per line: for each listing a
/// `Person` (natural persons) or `Organization` (legal persons, entities and bodies) and the
/// `Sanction` that holds the listing (authority, programme, grounds, dates, legal acts).
pub fn ftm(listings: &[Listing]) -> String {
    let mut out = String::new();
    for l in listings {
        let e = &l.entry;
        let id = ftm_id(&l.id);
        let person = e.kind == "person";
        let mut p: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
        push(&mut p, "name", &e.name);
        for a in &e.aliases {
            let key = if a.kind == "moniker" {
                "weakAlias"
            } else {
                "alias"
            };
            push(&mut p, key, a.name.trim_matches(['‘', '’', '\'']));
        }
        push(&mut p, "topics", "sanction");
        for a in &e.addresses {
            push(&mut p, "address", a);
        }
        if person {
            for d in &e.birth_dates {
                push(&mut p, "birthDate", d);
            }
            for b in &e.birth_places {
                push(&mut p, "birthPlace", b);
            }
            for n in &e.nationalities {
                push(&mut p, "nationality", &n.to_ascii_lowercase());
            }
            if let Some(g) = &e.gender {
                push(&mut p, "gender", g);
            }
            if let Some(f) = &e.function {
                push(&mut p, "position", f);
            }
            for i in e.identifiers.iter().filter(|i| i.kind == "passport") {
                push(&mut p, "passportNumber", &i.number);
            }
            for i in e.identifiers.iter().filter(|i| i.kind == "national_id") {
                push(&mut p, "idNumber", &i.number);
            }
        } else {
            for i in e.identifiers.iter().filter(|i| i.kind == "registration") {
                push(&mut p, "registrationNumber", &i.number);
            }
        }
        if let Some(n) = &e.nationality_note {
            push(&mut p, "notes", &format!("Nationality as printed: {n}"));
        }
        out.push_str(&entity(
            &id,
            if person { "Person" } else { "Organization" },
            p,
        ));
        out.push('\n');

        let mut s: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
        push(&mut s, "entity", &id);
        push(&mut s, "authority", AUTHORITY);
        push(&mut s, "program", REGIME);
        push(&mut s, "reason", &e.reasons);
        push(&mut s, "listingDate", &l.listed_on.to_string());
        push(&mut s, "startDate", &l.listed_on.to_string());
        push(
            &mut s,
            "provisions",
            "Asset freeze (Regulation (EU) 2019/796, Art. 3)",
        );
        if person {
            push(
                &mut s,
                "provisions",
                "Travel ban (Decision (CFSP) 2019/797, Art. 4)",
            );
        }
        for a in &l.listing_acts {
            push(&mut s, "summary", &a.reference);
        }
        if let Some(d) = &l.delisted {
            push(&mut s, "endDate", &d.date.to_string());
        }
        push(&mut s, "status", l.status());
        if let Some(a) = &e.annex_entry {
            push(&mut s, "authorityId", a);
        }
        out.push_str(&entity(&format!("{id}-sanction"), "Sanction", s));
        out.push('\n');
    }
    out
}

// ---- EU Financial Sanctions Files (XML) ----------------------------------------------------

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\n' => o.push_str("&#10;"),
            c => o.push(c),
        }
    }
    o
}

/// The register as XML in the structure of the EU Financial Sanctions Files: an `export` root
/// with one `sanctionEntity` per active listing (a delisted entry is not on the Union's list),
/// each with its `regulation` (the listing acts), `subjectType`, `nameAlias` elements (the name
/// and every alias), `citizenship`, `birthdate`, `identification` and `address` elements.
/// `logicalId` attributes are numbered within the file.
pub fn fsf_xml(listings: &[Listing], generated: DateTime<Utc>) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"{}\" globalFileId=\"entente-{PROGRAMME}\">\n",
        generated.format("%Y-%m-%dT%H:%M:%S%.3f%:z")
    ));
    let mut logical = 0u64;
    let mut next = || {
        logical += 1;
        logical
    };
    for l in listings.iter().filter(|l| l.active()) {
        let e = &l.entry;
        let person = e.kind == "person";
        x.push_str(&format!(
            "  <sanctionEntity designationDetails=\"\" unitedNationId=\"\" euReferenceNumber=\"{}\" logicalId=\"{}\" designationDate=\"{}\">\n",
            esc(&l.id),
            next(),
            l.listed_on
        ));
        x.push_str(&format!("    <remark>{}</remark>\n", esc(&e.reasons)));
        for a in &l.listing_acts {
            x.push_str(&format!(
                "    <regulation regulationType=\"{}\" organisationType=\"council\" publicationDate=\"{}\" entryIntoForceDate=\"{}\" numberTitle=\"{}\" programme=\"{PROGRAMME}\" logicalId=\"{}\"/>\n",
                if a.kind == "decision" { "decision" } else { "regulation" },
                l.listed_on,
                l.listed_on,
                esc(&a.reference),
                next()
            ));
        }
        x.push_str(&format!(
            "    <subjectType code=\"{}\" classificationCode=\"{}\"/>\n",
            if person { "person" } else { "enterprise" },
            if person { "P" } else { "E" }
        ));
        let gender = match e.gender.as_deref() {
            Some("male") => "M",
            Some("female") => "F",
            _ => "",
        };
        let names = std::iter::once((e.name.as_str(), true)).chain(
            e.aliases
                .iter()
                .map(|a| (a.name.as_str(), a.kind != "moniker")),
        );
        for (name, strong) in names {
            x.push_str(&format!(
                "    <nameAlias firstName=\"\" middleName=\"\" lastName=\"\" wholeName=\"{}\" function=\"{}\" gender=\"{gender}\" title=\"\" nameLanguage=\"\" strong=\"{strong}\" regulationLanguage=\"en\" logicalId=\"{}\"/>\n",
                esc(name.trim_matches(['‘', '’'])),
                esc(e.function.as_deref().unwrap_or("")),
                next()
            ));
        }
        for c in &e.nationalities {
            x.push_str(&format!(
                "    <citizenship region=\"\" countryIso2Code=\"{}\" countryDescription=\"{}\" regulationLanguage=\"en\" logicalId=\"{}\"/>\n",
                esc(c),
                esc(country_description(c)),
                next()
            ));
        }
        for (i, d) in e.birth_dates.iter().enumerate() {
            let place = e.birth_places.get(i).map(String::as_str).unwrap_or("");
            let parts: Vec<&str> = d.split('-').collect();
            let (day, month) = if parts.len() == 3 {
                (
                    parts[2].trim_start_matches('0'),
                    parts[1].trim_start_matches('0'),
                )
            } else {
                ("", "")
            };
            x.push_str(&format!(
                "    <birthdate circa=\"false\" calendarType=\"GREGORIAN\" city=\"\" zipCode=\"\" birthdate=\"{}\" dayOfMonth=\"{day}\" monthOfYear=\"{month}\" year=\"{}\" region=\"\" place=\"{}\" countryIso2Code=\"\" countryDescription=\"\" regulationLanguage=\"en\" logicalId=\"{}\"/>\n",
                if parts.len() == 3 { d.as_str() } else { "" },
                parts.first().copied().unwrap_or(""),
                esc(place),
                next()
            ));
        }
        for i in &e.identifiers {
            let (code, description) = match i.kind.as_str() {
                "passport" => ("passport", "National passport"),
                "national_id" => ("id", "National identification card"),
                "registration" => ("regnumber", "Registration Number"),
                _ => ("other", "Other identification number"),
            };
            let country = i.country.as_deref().unwrap_or("");
            x.push_str(&format!(
                "    <identification diplomatic=\"false\" knownExpired=\"false\" knownFalse=\"false\" reportedLost=\"false\" revokedByIssuer=\"false\" issuedBy=\"\" latinNumber=\"\" nameOnDocument=\"\" number=\"{}\" region=\"\" countryIso2Code=\"{}\" countryDescription=\"{}\" identificationTypeCode=\"{code}\" identificationTypeDescription=\"{description}\" regulationLanguage=\"en\" logicalId=\"{}\">",
                esc(&i.number),
                esc(country),
                esc(country_description(country)),
                next()
            ));
            if let Some(n) = &i.note {
                x.push_str(&format!("<remark>{}</remark>", esc(n)));
            }
            x.push_str("</identification>\n");
        }
        for a in &e.addresses {
            x.push_str(&format!(
                "    <address city=\"\" street=\"\" poBox=\"\" zipCode=\"\" region=\"\" place=\"{}\" asAtListingTime=\"true\" countryIso2Code=\"\" countryDescription=\"\" regulationLanguage=\"en\" logicalId=\"{}\"/>\n",
                esc(a),
                next()
            ));
        }
        x.push_str("  </sanctionEntity>\n");
    }
    x.push_str("</export>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::super::{Alias, Change, Entry, Identifier, LegalAct, Listing};
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn listing(id: &str, delisted: bool) -> Listing {
        Listing {
            id: id.into(),
            entry: Entry {
                kind: "person".into(),
                name: "Alexey Valeryevich MININ".into(),
                annex_entry: Some("Annex I, Part A, entry 3".into()),
                aliases: vec![Alias {
                    name: "Алексей Валерьевич МИНИН".into(),
                    kind: "transliteration".into(),
                }],
                birth_dates: vec!["1972-05-27".into()],
                birth_places: vec!["Perm Oblast, \"Russian SFSR\"".into()],
                nationalities: vec!["RU".into()],
                nationality_note: None,
                gender: Some("male".into()),
                function: None,
                identifiers: vec![Identifier {
                    kind: "passport".into(),
                    number: "120017582".into(),
                    country: Some("RU".into()),
                    note: None,
                }],
                addresses: vec!["Moscow, Russian Federation".into()],
                reasons: "GRU officer, <OPCW> & co".into(),
            },
            listed_on: NaiveDate::from_ymd_opt(2020, 7, 30).unwrap(),
            listing_acts: vec![LegalAct {
                kind: "implementing_regulation".into(),
                reference: "Council Implementing Regulation (EU) 2020/1125".into(),
                note: None,
            }],
            amendments: vec![],
            delisted: delisted.then(|| Change {
                date: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
                acts: vec![],
                note: None,
            }),
            sources: vec![],
            note: None,
        }
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let c = csv(&[listing("EU-CYB-A3", false)]);
        let lines: Vec<&str> = c.split("\r\n").collect();
        assert_eq!(lines[0].split(',').count(), CSV_COLUMNS.len());
        assert!(lines[1].contains("\"Perm Oblast, \"\"Russian SFSR\"\"\""));
        assert!(lines[1].contains(",active,"));
    }

    #[test]
    fn ftm_has_a_person_and_its_sanction() {
        let f = ftm(&[listing("EU-CYB-A3", true)]);
        let lines: Vec<Value> = f
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["schema"], "Person");
        assert_eq!(lines[0]["properties"]["nationality"][0], "ru");
        assert_eq!(lines[1]["schema"], "Sanction");
        assert_eq!(lines[1]["properties"]["entity"][0], lines[0]["id"]);
        assert_eq!(lines[1]["properties"]["endDate"][0], "2025-01-01");
    }

    #[test]
    fn fsf_leaves_out_delisted_entries_and_escapes() {
        let t = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap();
        let x = fsf_xml(
            &[listing("EU-CYB-A3", false), listing("EU-CYB-A4", true)],
            t,
        );
        assert!(x.contains("euReferenceNumber=\"EU-CYB-A3\""));
        assert!(!x.contains("EU-CYB-A4"));
        assert!(x.contains("&lt;OPCW&gt; &amp; co"));
        assert!(x.contains("wholeName=\"Алексей Валерьевич МИНИН\""));
    }
}
