//! The interface's messages: Fluent files (`i18n/*.ftl`) compiled into the binary, one bundle
//! per shipped interface language, with CLDR plural rules (Latvian: zero/one/other).
//! Content (titles, summaries) is never translated here; it carries its own language.

use std::collections::HashMap;
use std::sync::OnceLock;

use entente_core::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The interface languages shipped, with their message files.
pub const FILES: &[(Lang, &str)] = &[
    (Lang::En, include_str!("../../i18n/en.ftl")),
    (Lang::Fr, include_str!("../../i18n/fr.ftl")),
    (Lang::De, include_str!("../../i18n/de.ftl")),
    (Lang::Bg, include_str!("../../i18n/bg.ftl")),
    (Lang::Lv, include_str!("../../i18n/lv.ftl")),
];

/// The languages the interface is available in, in EU protocol order.
pub fn ui_langs() -> Vec<Lang> {
    let mut v: Vec<Lang> = FILES.iter().map(|(l, _)| *l).collect();
    v.sort();
    v
}

/// The name of a language in that language (endonym), for the language switch.
pub fn endonym(l: Lang) -> &'static str {
    match l {
        Lang::Bg => "български",
        Lang::Es => "español",
        Lang::Cs => "čeština",
        Lang::Da => "dansk",
        Lang::De => "Deutsch",
        Lang::Et => "eesti",
        Lang::El => "ελληνικά",
        Lang::En => "English",
        Lang::Fr => "français",
        Lang::Ga => "Gaeilge",
        Lang::Hr => "hrvatski",
        Lang::It => "italiano",
        Lang::Lv => "latviešu",
        Lang::Lt => "lietuvių",
        Lang::Hu => "magyar",
        Lang::Mt => "Malti",
        Lang::Nl => "Nederlands",
        Lang::Pl => "polski",
        Lang::Pt => "português",
        Lang::Ro => "română",
        Lang::Sk => "slovenčina",
        Lang::Sl => "slovenščina",
        Lang::Fi => "suomi",
        Lang::Sv => "svenska",
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Lang, Bundle> {
    static B: OnceLock<HashMap<Lang, Bundle>> = OnceLock::new();
    B.get_or_init(|| {
        let mut m = HashMap::new();
        for (lang, src) in FILES {
            // A file with syntax errors still yields the messages that parsed; the i18n test
            // fails on any error, so a broken file never ships.
            let res = match FluentResource::try_new((*src).to_string()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    tracing::error!(lang = %lang, errors = ?errs, "Fluent syntax errors");
                    r
                }
            };
            let id: unic_langid::LanguageIdentifier = match lang.code().parse() {
                Ok(id) => id,
                Err(_) => continue,
            };
            let mut b = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks: every shipped language is left-to-right, and the
            // marks would end up inside attribute values and test assertions.
            b.set_use_isolating(false);
            if let Err(errs) = b.add_resource(res) {
                tracing::error!(lang = %lang, errors = ?errs, "Fluent resource errors");
            }
            m.insert(*lang, b);
        }
        m
    })
}

/// Whether `lang` has interface messages.
pub fn is_ui_lang(lang: Lang) -> bool {
    FILES.iter().any(|(l, _)| *l == lang)
}

/// Formats message `key` in `lang` with `args`; falls back to English, then to the key itself
/// (which the i18n test prevents from shipping).
pub fn format(lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let all = bundles();
    for l in [lang, Lang::En] {
        if let Some(b) = all.get(&l)
            && let Some(msg) = b.get_message(key)
            && let Some(p) = msg.value()
        {
            let mut errors = Vec::new();
            let s = b.format_pattern(p, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(key, lang = %l, errors = ?errors, "Fluent formatting errors");
            }
            return s.into_owned();
        }
    }
    key.to_string()
}

/// A message without arguments.
pub fn t(lang: Lang, key: &str) -> String {
    format(lang, key, None)
}

/// A message with one number, `$count`, which selects the plural form.
pub fn tn(lang: Lang, key: &str, count: i64) -> String {
    let mut a = FluentArgs::new();
    a.set("count", FluentValue::from(count));
    format(lang, key, Some(&a))
}

/// A message with named string arguments.
pub fn ta(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(*k, FluentValue::from(v.to_string()));
    }
    format(lang, key, Some(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_has_three_plural_forms_and_bulgarian_two() {
        let zero = tn(Lang::Lv, "dossier-count", 0);
        let one = tn(Lang::Lv, "dossier-count", 21);
        let other = tn(Lang::Lv, "dossier-count", 2);
        assert!(zero.starts_with('0'), "{zero}");
        assert_ne!(one.trim_start_matches("21"), other.trim_start_matches('2'));
        assert_ne!(
            tn(Lang::Bg, "dossier-count", 1).trim_start_matches('1'),
            tn(Lang::Bg, "dossier-count", 5).trim_start_matches('5')
        );
    }

    #[test]
    fn missing_language_falls_back_to_english() {
        assert_eq!(t(Lang::Pl, "nav-dashboard"), t(Lang::En, "nav-dashboard"));
        assert_eq!(t(Lang::En, "no_such_key"), "no_such_key");
    }
}
