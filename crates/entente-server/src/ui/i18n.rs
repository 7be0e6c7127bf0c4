//! The interface's messages: Fluent files (`i18n/*.ftl`) compiled into the binary, one bundle
//! per interface language (all 24 official languages), plural variants chosen by the CLDR rules
//! of `plural.rs` and numbers written as each language writes them (`format.rs`).
//! Content (titles, summaries) is never translated here; it carries its own language.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use entente_core::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::plural;

/// The interface languages, with their message files, in EU protocol order.
pub const FILES: &[(Lang, &str)] = &[
    (Lang::Bg, include_str!("../../i18n/bg.ftl")),
    (Lang::Es, include_str!("../../i18n/es.ftl")),
    (Lang::Cs, include_str!("../../i18n/cs.ftl")),
    (Lang::Da, include_str!("../../i18n/da.ftl")),
    (Lang::De, include_str!("../../i18n/de.ftl")),
    (Lang::Et, include_str!("../../i18n/et.ftl")),
    (Lang::El, include_str!("../../i18n/el.ftl")),
    (Lang::En, include_str!("../../i18n/en.ftl")),
    (Lang::Fr, include_str!("../../i18n/fr.ftl")),
    (Lang::Ga, include_str!("../../i18n/ga.ftl")),
    (Lang::Hr, include_str!("../../i18n/hr.ftl")),
    (Lang::It, include_str!("../../i18n/it.ftl")),
    (Lang::Lv, include_str!("../../i18n/lv.ftl")),
    (Lang::Lt, include_str!("../../i18n/lt.ftl")),
    (Lang::Hu, include_str!("../../i18n/hu.ftl")),
    (Lang::Mt, include_str!("../../i18n/mt.ftl")),
    (Lang::Nl, include_str!("../../i18n/nl.ftl")),
    (Lang::Pl, include_str!("../../i18n/pl.ftl")),
    (Lang::Pt, include_str!("../../i18n/pt.ftl")),
    (Lang::Ro, include_str!("../../i18n/ro.ftl")),
    (Lang::Sk, include_str!("../../i18n/sk.ftl")),
    (Lang::Sl, include_str!("../../i18n/sl.ftl")),
    (Lang::Fi, include_str!("../../i18n/fi.ftl")),
    (Lang::Sv, include_str!("../../i18n/sv.ftl")),
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
        Lang::El => "Ελληνικά",
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

/// Numbers in messages (`{ $count }`, `{ $page }`) as the bundle's language writes them.
struct Numbers(Lang);

impl Memoizable for Numbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        lang.language
            .as_str()
            .parse::<Lang>()
            .map(Numbers)
            .map_err(|_| ())
    }
}

fn format_number(v: &FluentValue<'_>, intl: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let lang = intl.with_try_get::<Numbers, _, _>((), |l| l.0).ok()?;
    let digits = n.options.maximum_fraction_digits.unwrap_or(3);
    Some(
        if n.value.fract() == 0.0 && n.options.minimum_fraction_digits.is_none() {
            super::format::integer(lang, n.value as i64)
        } else {
            super::format::decimal(lang, n.value, digits)
        },
    )
}

/// Builds one bundle per language from `(language, source)` pairs; syntax errors are logged
/// (the i18n test fails on any, so a broken file never ships).
fn build(files: &[(Lang, &str)]) -> HashMap<Lang, Bundle> {
    let mut m = HashMap::new();
    for (lang, src) in files {
        let res = match FluentResource::try_new((*src).to_string()) {
            Ok(r) => r,
            Err((r, errs)) => {
                tracing::error!(lang = %lang, errors = ?errs, "Fluent syntax errors");
                r
            }
        };
        let id: LanguageIdentifier = match lang.code().parse() {
            Ok(id) => id,
            Err(_) => continue,
        };
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks: every shipped language is left-to-right, and the
        // marks would end up inside attribute values and test assertions.
        b.set_use_isolating(false);
        b.set_formatter(Some(format_number));
        if let Err(errs) = b.add_resource(res) {
            tracing::error!(lang = %lang, errors = ?errs, "Fluent resource errors");
        }
        m.insert(*lang, b);
    }
    m
}

fn bundles() -> &'static HashMap<Lang, Bundle> {
    static B: OnceLock<HashMap<Lang, Bundle>> = OnceLock::new();
    B.get_or_init(|| build(FILES))
}

/// Whether `lang` has interface messages.
pub fn is_ui_lang(lang: Lang) -> bool {
    FILES.iter().any(|(l, _)| *l == lang)
}

/// A message shown in another language than asked for: `shown` is `Some(Lang::En)` when the
/// English text stood in, `None` when not even English had it (the key itself was shown).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fallback {
    pub lang: Lang,
    pub key: String,
    pub shown: Option<Lang>,
}

fn fallback_log() -> &'static Mutex<BTreeSet<Fallback>> {
    static F: OnceLock<Mutex<BTreeSet<Fallback>>> = OnceLock::new();
    F.get_or_init(|| Mutex::new(BTreeSet::new()))
}

/// Every fallback since the process started (at most 1,000 distinct ones are kept): the tests
/// render each page in each language and require this to stay empty.
pub fn fallbacks() -> Vec<Fallback> {
    fallback_log()
        .lock()
        .map(|f| f.iter().cloned().collect())
        .unwrap_or_default()
}

fn report(f: Fallback) {
    tracing::warn!(lang = %f.lang, key = %f.key, "interface message missing in this language");
    if let Ok(mut log) = fallback_log().lock()
        && log.len() < 1000
    {
        log.insert(f);
    }
}

/// Formats `key` in `lang` from `all`: the message, else English, else the key; says which
/// fallback it took, if any.
fn lookup(
    all: &HashMap<Lang, Bundle>,
    lang: Lang,
    key: &str,
    args: Option<&FluentArgs<'_>>,
) -> (String, Option<Fallback>) {
    for l in [lang, Lang::En] {
        if let Some(b) = all.get(&l)
            && let Some(msg) = b.get_message(key)
            && let Some(p) = msg.value()
        {
            let mut errors = Vec::new();
            let s = match args {
                // Plural variants by the CLDR rules of ui/plural.rs, not fluent-bundle's.
                Some(a) if plural::has_numeric_select(p, a) => {
                    let chosen = plural::select(l, p, a);
                    b.format_pattern(&chosen, args, &mut errors).into_owned()
                }
                _ => b.format_pattern(p, args, &mut errors).into_owned(),
            };
            if !errors.is_empty() {
                tracing::warn!(key, lang = %l, errors = ?errors, "Fluent formatting errors");
            }
            let fallback = (l != lang).then(|| Fallback {
                lang,
                key: key.to_string(),
                shown: Some(l),
            });
            return (s, fallback);
        }
    }
    let fallback = Fallback {
        lang,
        key: key.to_string(),
        shown: None,
    };
    (key.to_string(), Some(fallback))
}

/// Formats message `key` in `lang` with `args`; falls back to English, then to the key itself,
/// and reports each fallback ([`fallbacks`]; the i18n tests keep them from shipping).
pub fn format(lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let (s, fallback) = lookup(bundles(), lang, key, args);
    if let Some(f) = fallback {
        report(f);
    }
    s
}

/// Whether `lang` has message `key` itself (no fallback), for messages keyed by data that may
/// grow (toolbox measures), shown in English with their `lang` when they have no message yet.
pub fn has(lang: Lang, key: &str) -> bool {
    bundles().get(&lang).is_some_and(|b| b.has_message(key))
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
    fn numbers_in_messages_are_grouped_as_the_language_writes_them() {
        assert_eq!(tn(Lang::En, "dossier-count", 12345), "12,345 dossiers");
        assert!(tn(Lang::De, "dossier-count", 12345).starts_with("12.345 "));
        assert!(tn(Lang::Fr, "dossier-count", 12345).starts_with("12\u{202f}345 "));
        assert!(
            tn(Lang::Bg, "dossier-count", 1234).starts_with("1234 "),
            "bg groups from 5 digits"
        );
    }

    const TEST_EN: &str = "only-en = Only in English\nboth = Both\nn = { $count ->\n    [one] one\n    [two] two\n   *[other] many\n}\n";
    const TEST_XX: &str = "both = Beide\nn = { $count ->\n    [one] eins\n    [two] zwei\n    [few] einige\n   *[other] viele\n}\n";

    #[test]
    fn a_missing_message_falls_back_to_english_and_says_so() {
        let all = build(&[(Lang::En, TEST_EN), (Lang::Mt, TEST_XX)]);
        assert_eq!(lookup(&all, Lang::Mt, "both", None), ("Beide".into(), None));
        let (s, f) = lookup(&all, Lang::Mt, "only-en", None);
        assert_eq!(s, "Only in English");
        assert_eq!(
            f,
            Some(Fallback {
                lang: Lang::Mt,
                key: "only-en".into(),
                shown: Some(Lang::En)
            })
        );
        let (s, f) = lookup(&all, Lang::Mt, "no-such-key", None);
        assert_eq!(s, "no-such-key");
        assert_eq!(f.map(|f| f.shown), Some(None));
    }

    #[test]
    fn plural_variants_follow_cldr_42_not_fluent_bundles_cldr_37() {
        let all = build(&[(Lang::En, TEST_EN), (Lang::Mt, TEST_XX)]);
        let n = |lang, k: i64| {
            let mut a = FluentArgs::new();
            a.set("count", k);
            lookup(&all, lang, "n", Some(&a)).0
        };
        // Maltese has had `two` since CLDR 42; intl_pluralrules (CLDR 37) says `few`.
        assert_eq!(n(Lang::Mt, 2), "zwei");
        assert_eq!(n(Lang::Mt, 0), "einige");
        assert_eq!(n(Lang::Mt, 1), "eins");
        assert_eq!(n(Lang::Mt, 20), "viele");
        assert_eq!(n(Lang::En, 2), "many", "English has no `two`");
    }
}
