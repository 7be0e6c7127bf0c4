//! Checks shared by the watch's payloads: bounded plain text, dates, URLs, country codes and
//! references to the networks' processes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Invalid;
use crate::lang::check_plain_text;

/// A required text of 1 to `max` characters without control characters.
pub fn required(field: &str, s: &str, max: usize) -> Result<(), Invalid> {
    if s.trim().is_empty() {
        return Err(Invalid::new(field, "a non-empty text"));
    }
    optional(field, Some(s), max)
}

/// An optional text of at most `max` characters without control characters.
pub fn optional(field: &str, s: Option<&str>, max: usize) -> Result<(), Invalid> {
    if let Some(s) = s {
        if s.chars().count() > max {
            return Err(Invalid::new(field, &format!("at most {max} characters")));
        }
        check_plain_text(field, s)?;
    }
    Ok(())
}

/// At most `max` items.
pub fn bounded<T>(field: &str, xs: &[T], max: usize) -> Result<(), Invalid> {
    if xs.len() > max {
        return Err(Invalid::new(field, &format!("at most {max} entries")));
    }
    Ok(())
}

/// An `http` or `https` URL of at most 2000 characters (shown as a link to other people: no
/// `javascript:` or `data:`).
pub fn url(field: &str, s: &str) -> Result<(), Invalid> {
    let lower = s.trim().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://"))
        || s.len() > 2000
        || s.chars().any(|c| c.is_whitespace() || c.is_control())
        || lower.len() <= "https://".len()
    {
        return Err(Invalid::new(
            field,
            "an http(s) URL of at most 2000 characters without spaces (e.g. https://example.org/act)",
        ));
    }
    Ok(())
}

/// A country code: ISO 3166-1 alpha-2, upper case (`XK` for Kosovo, as Natural Earth and the
/// Commission use it), or `EU` for the Union itself.
pub fn country(field: &str, s: &str) -> Result<(), Invalid> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(Invalid::new(
            field,
            "an ISO 3166-1 alpha-2 country code in capitals (e.g. IN, CN, BR)",
        ))
    }
}

/// Normalises a country code as typed (`in`, ` IN `) to upper case; `EL` is Greece (`GR`).
pub fn normalise_country(s: &str) -> String {
    let up = s.trim().to_ascii_uppercase();
    if up == "EL" { "GR".into() } else { up }
}

/// A language code: ISO 639-1, two lower-case letters (any language, not only the Union's).
pub fn language(field: &str, s: &str) -> Result<(), Invalid> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(())
    } else {
        Err(Invalid::new(
            field,
            "an ISO 639-1 language code in lower case (e.g. ru, de, fr)",
        ))
    }
}

/// An id chosen by the store or the operator: 3 to 64 characters of `a-z`, `0-9`, `-`.
pub fn id(field: &str, s: &str) -> Result<(), Invalid> {
    crate::dossier::check_id(s).map_err(|_| {
        Invalid::new(
            field,
            "3 to 64 characters: lower-case letters, digits and '-'",
        )
    })
}

/// A dated source: a publication a fact rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

impl Source {
    pub fn check(&self, field: &str) -> Result<(), Invalid> {
        required(&format!("{field}.title"), &self.title, 500)?;
        optional(
            &format!("{field}.publisher"),
            self.publisher.as_deref(),
            200,
        )?;
        if let Some(u) = &self.url {
            url(&format!("{field}.url"), u)?;
        }
        Ok(())
    }
}

/// Checks a list of sources (at most 50).
pub fn sources(field: &str, xs: &[Source]) -> Result<(), Invalid> {
    bounded(field, xs, 50)?;
    for (i, s) in xs.iter().enumerate() {
        s.check(&format!("{field}[{i}]"))?;
    }
    Ok(())
}

/// A reference to a multilateral process or partnership where a measure is discussed (the
/// networks' register, e.g. `un-oewg-ict`, `ttc-eu-us`): an id and a label, kept as given so
/// that it joins the register when both are in one instance.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessRef {
    pub id: String,
    pub label: String,
}

impl ProcessRef {
    pub fn check(&self, field: &str) -> Result<(), Invalid> {
        id(&format!("{field}.id"), &self.id)?;
        required(&format!("{field}.label"), &self.label, 200)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_web_links() {
        assert!(url("u", "https://example.org/x").is_ok());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "ftp://x",
            "https://a b",
        ] {
            assert!(url("u", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn country_codes_are_two_capitals() {
        assert!(country("c", "IN").is_ok());
        assert!(country("c", "in").is_err());
        assert!(country("c", "IND").is_err());
        assert_eq!(normalise_country(" el "), "GR");
    }
}
