//! The Union's 24 official languages and text that can carry any of them.
//!
//! Codes are ISO 639-1; the order of [`Lang::ALL`] is the EU protocol order (Interinstitutional
//! Style Guide, section 7.2.1), which is the order in which language versions are listed.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! langs {
    ($($variant:ident = $code:literal),* $(,)?) => {
        /// One of the 24 official languages of the Union (Regulation No 1/1958, Art. 1).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Lang { $( #[serde(rename = $code)] $variant ),* }

        impl Lang {
            /// All 24 languages in EU protocol order.
            pub const ALL: [Lang; 24] = [$(Lang::$variant),*];

            /// The ISO 639-1 code.
            pub fn code(self) -> &'static str {
                match self { $(Lang::$variant => $code),* }
            }
        }

        impl FromStr for Lang {
            type Err = UnknownLang;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.to_ascii_lowercase().as_str() {
                    $($code => Ok(Lang::$variant),)*
                    _ => Err(UnknownLang(s.chars().take(16).collect())),
                }
            }
        }
    };
}

langs! {
    Bg = "bg", Es = "es", Cs = "cs", Da = "da", De = "de", Et = "et", El = "el", En = "en",
    Fr = "fr", Ga = "ga", Hr = "hr", It = "it", Lv = "lv", Lt = "lt", Hu = "hu", Mt = "mt",
    Nl = "nl", Pl = "pl", Pt = "pt", Ro = "ro", Sk = "sk", Sl = "sl", Fi = "fi", Sv = "sv",
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A code that is not one of the 24 official languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown language code {0:?}: expected one of the 24 ISO 639-1 codes of the EU's official languages (bg, es, cs, da, de, et, el, en, fr, ga, hr, it, lv, lt, hu, mt, nl, pl, pt, ro, sk, sl, fi, sv)"
)]
pub struct UnknownLang(pub String);

/// A text given in one or more of the official languages, each version marked with its language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<Lang, String>);

impl LocalizedText {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(lang: Lang, text: impl Into<String>) -> Self {
        let mut t = Self::default();
        t.0.insert(lang, text.into());
        t
    }

    pub fn insert(&mut self, lang: Lang, text: impl Into<String>) {
        self.0.insert(lang, text.into());
    }

    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0.get(&lang).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, v)| v.trim().is_empty())
    }

    pub fn iter(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.0.iter().map(|(l, s)| (*l, s.as_str()))
    }

    /// The version to show a reader of `lang`: theirs if it exists, else English, else the first
    /// in protocol order. Returns the language actually shown, so that the UI can mark it.
    pub fn best(&self, lang: Lang) -> Option<(Lang, &str)> {
        self.0
            .get_key_value(&lang)
            .or_else(|| self.0.get_key_value(&Lang::En))
            .or_else(|| self.0.iter().next())
            .map(|(l, s)| (*l, s.as_str()))
    }

    /// Checks that every version is non-empty and at most `max_chars` characters long.
    pub fn check(&self, field: &str, max_chars: usize) -> Result<(), crate::Invalid> {
        if self.0.is_empty() {
            return Err(crate::Invalid::new(field, "at least one language version"));
        }
        for (lang, text) in &self.0 {
            if text.trim().is_empty() {
                return Err(crate::Invalid::new(
                    &format!("{field}.{lang}"),
                    "non-empty text",
                ));
            }
            if text.chars().count() > max_chars {
                return Err(crate::Invalid::new(
                    &format!("{field}.{lang}"),
                    &format!("at most {max_chars} characters"),
                ));
            }
            check_plain_text(&format!("{field}.{lang}"), text)?;
        }
        Ok(())
    }
}

/// Bidirectional embeddings, overrides and isolates, directional marks, and zero-width or
/// invisible characters: none of the Union's 24 languages needs them in plain text, and they
/// let a title show something other than what it says (the "Trojan Source" trick).
pub fn invisible_format(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Refuses control characters other than tab, line feed and carriage return (NUL, escape
/// sequences, ...) and invisible formatting characters ([`invisible_format`]): text from
/// outside is shown to other people, in pages, terminals and logs.
pub fn check_plain_text(field: &str, text: &str) -> Result<(), crate::Invalid> {
    if let Some(c) = text.chars().find(|c| invisible_format(*c)) {
        return Err(crate::Invalid::new(
            field,
            &format!(
                "text without invisible formatting characters (found U+{:04X}: bidirectional overrides, isolates and zero-width characters make text read otherwise than it is stored, R19); remove it and send again",
                c as u32
            ),
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Err(crate::Invalid::new(
            field,
            &format!(
                "text without control characters (found U+{:04X}); remove it and send again",
                c as u32
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_order_and_codes_round_trip() {
        let codes: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(
            codes.join(","),
            "bg,es,cs,da,de,et,el,en,fr,ga,hr,it,lv,lt,hu,mt,nl,pl,pt,ro,sk,sl,fi,sv"
        );
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
        }
        assert!("xx".parse::<Lang>().is_err());
    }

    #[test]
    fn best_falls_back_to_english_then_first() {
        let mut t = LocalizedText::single(Lang::Lv, "Kiberuzbrukums");
        assert_eq!(t.best(Lang::Bg), Some((Lang::Lv, "Kiberuzbrukums")));
        t.insert(Lang::En, "Cyber-attack");
        assert_eq!(t.best(Lang::Bg), Some((Lang::En, "Cyber-attack")));
        assert_eq!(t.best(Lang::Lv), Some((Lang::Lv, "Kiberuzbrukums")));
    }
}
