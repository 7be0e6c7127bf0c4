//! The interface's message files: every shipped language parses without errors and has exactly
//! the keys of the English reference, every message that shows a number selects its plural
//! variant with exactly the categories CLDR defines for that language, the plural rules agree
//! with ICU's, and every key the templates and code ask for exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use entente_core::Lang;
use entente_server::ui::i18n::FILES;
use entente_server::ui::plural::{self, Category, Operands};
use fluent_syntax::ast;

fn keys(src: &str) -> BTreeSet<String> {
    src.lines()
        .filter(|l| !l.starts_with([' ', '#', '\t']))
        .filter_map(|l| l.split_once(" ="))
        .map(|(k, _)| k.trim().to_string())
        .filter(|k| !k.is_empty())
        .collect()
}

fn english() -> &'static str {
    FILES
        .iter()
        .find(|(l, _)| *l == Lang::En)
        .expect("English is shipped")
        .1
}

#[test]
fn all_24_official_languages_are_shipped_in_protocol_order() {
    let shipped: Vec<Lang> = FILES.iter().map(|(l, _)| *l).collect();
    assert_eq!(shipped, Lang::ALL.to_vec());
}

#[test]
fn every_file_parses_and_has_the_reference_keys() {
    let reference = keys(english());
    assert!(reference.len() > 50, "the English file has its messages");
    for (lang, src) in FILES {
        if let Err((_, errs)) = fluent_syntax::parser::parse(*src) {
            panic!("{lang}.ftl has syntax errors: {errs:?}");
        }
        let k = keys(src);
        let missing: Vec<_> = reference.difference(&k).collect();
        let extra: Vec<_> = k.difference(&reference).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has keys English lacks: {extra:?}"
        );
    }
}

/// Every select expression of a pattern: (selector variable, variant keys).
fn selects(p: &ast::Pattern<&str>, out: &mut Vec<(String, Vec<String>)>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expr_selects(expression, out);
        }
    }
}

fn expr_selects(e: &ast::Expression<&str>, out: &mut Vec<(String, Vec<String>)>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            let var = match selector {
                ast::InlineExpression::VariableReference { id } => id.name.to_string(),
                _ => String::new(),
            };
            let keys = variants
                .iter()
                .map(|v| match v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            out.push((var, keys));
            for v in variants {
                selects(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expr_selects(expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Whether a pattern shows `$count` outside any select expression on it.
fn bare_count(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().any(|e| match e {
        ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, .. },
        } => !matches!(selector, ast::InlineExpression::VariableReference { id } if id.name == "count"),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
        } => id.name == "count",
        _ => false,
    })
}

#[test]
fn counts_select_their_variant_with_the_categories_cldr_defines_for_each_language() {
    let mut checked = 0;
    for (lang, src) in FILES {
        let res = fluent_syntax::parser::parse(*src).expect("parses");
        let want: BTreeSet<String> = plural::categories(*lang)
            .iter()
            .map(|c| c.as_str().to_string())
            .collect();
        for entry in &res.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let Some(value) = &m.value else { continue };
            let key = m.id.name;
            assert!(
                !bare_count(value),
                "{lang}.ftl: {key} shows $count without a plural selector"
            );
            let mut found = Vec::new();
            selects(value, &mut found);
            for (var, variants) in found.iter().filter(|(v, _)| v == "count") {
                checked += 1;
                let have: BTreeSet<String> = variants
                    .iter()
                    .filter(|k| k.parse::<f64>().is_err())
                    .cloned()
                    .collect();
                let missing: Vec<_> = want.difference(&have).collect();
                let unknown: Vec<_> = have.difference(&want).collect();
                assert!(
                    missing.is_empty(),
                    "{lang}.ftl: {key} lacks the CLDR categories {missing:?} of ${var}"
                );
                assert!(
                    unknown.is_empty(),
                    "{lang}.ftl: {key} has variants {unknown:?}, which CLDR does not define for {lang}"
                );
            }
        }
    }
    assert!(
        checked >= 8 * FILES.len(),
        "every plural message was checked ({checked})"
    );
}

/// Categories as ICU 78 (CLDR 48) selects them (`Intl.PluralRules`, `pt` as `pt-PT`): for the
/// integers 0 to 130, 1,000, 1,000,000 and 2,000,000, then for the decimals of `DECIMALS`.
/// z zero, o one, t two, f few, m many, x other.
const ICU_PLURALS: &[(&str, &str, &str)] = &[
    (
        "bg",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xoxxxxxxxxx",
    ),
    (
        "es",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxmm",
        "xoxxxxxxxxx",
    ),
    (
        "cs",
        "xofffxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "mmmmmmmmmmm",
    ),
    (
        "da",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "oooxooxxxxo",
    ),
    (
        "de",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxx",
    ),
    (
        "et",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxx",
    ),
    (
        "el",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xoxxxxxxxxx",
    ),
    (
        "en",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxx",
    ),
    (
        "fr",
        "ooxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxmm",
        "oooxooxxxxo",
    ),
    (
        "ga",
        "xotffffmmmmxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xoxxxxtmxxx",
    ),
    (
        "hr",
        "xofffxxxxxxxxxxxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxofffxxxxxxxxxxxxxxxxofffxxxxxxxxx",
        "xxxxooxxxox",
    ),
    (
        "it",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxmm",
        "xxxxxxxxxxx",
    ),
    (
        "lv",
        "zoxxxxxxxxzzzzzzzzzzzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzoxxxxxxxxzzzzzzzzzzzoxxxxxxxxzzzz",
        "xoxxooxzxoz",
    ),
    (
        "lt",
        "xoffffffffxxxxxxxxxxxoffffffffxoffffffffxoffffffffxoffffffffxoffffffffxoffffffffxoffffffffxoffffffffxoffffffffxxxxxxxxxxxoffffffffxxxx",
        "mommmmfxmmm",
    ),
    (
        "hu",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xoxxxxxxxxx",
    ),
    (
        "mt",
        "fotffffffffmmmmmmmmmxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxffffffffmmmmmmmmmxxxxxxxxxxxxxx",
        "xoxxxxtfxxx",
    ),
    (
        "nl",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxx",
    ),
    (
        "pl",
        "mofffmmmmmmmmmmmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmfffmmmmmmmmmmmmmmmmmfffmmmmmmmmm",
        "xxxxxxxxxxx",
    ),
    (
        "pt",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxmm",
        "xxxxxxxxxxx",
    ),
    (
        "ro",
        "foffffffffffffffffffxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxfffffffffffffffffffxxxxxxxxxxxxxx",
        "fffffffffff",
    ),
    (
        "sk",
        "xofffxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "mmmmmmmmmmm",
    ),
    (
        "sl",
        "xotffxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxotffxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "fffffffffff",
    ),
    (
        "fi",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxx",
    ),
    (
        "sv",
        "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxx",
    ),
];
const DECIMALS: [&str; 11] = [
    "0.5", "1.0", "1.5", "2.5", "0.1", "1.1", "2.0", "10.0", "11.5", "21.1", "0.11",
];

fn letter(c: Category) -> char {
    match c {
        Category::Zero => 'z',
        Category::One => 'o',
        Category::Two => 't',
        Category::Few => 'f',
        Category::Many => 'm',
        Category::Other => 'x',
    }
}

#[test]
fn plural_rules_select_as_icu_does() {
    assert_eq!(ICU_PLURALS.len(), 24);
    let ints: Vec<i64> = (0..=130).chain([1000, 1_000_000, 2_000_000]).collect();
    for (code, want_ints, want_decimals) in ICU_PLURALS {
        let lang: Lang = code.parse().expect("lang");
        let got: String = ints
            .iter()
            .map(|n| letter(plural::category(lang, &Operands::int(*n))))
            .collect();
        assert_eq!(&got, want_ints, "{code}: integers");
        let got: String = DECIMALS
            .iter()
            .map(|d| letter(plural::category(lang, &Operands::parse(d).expect("number"))))
            .collect();
        assert_eq!(&got, want_decimals, "{code}: decimals {DECIMALS:?}");
    }
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// Message keys referenced as the first string literal of `t(`, `tn(`, `ta(`, `format(`.
fn referenced(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in ["t(", "tn(", "ta(", "format("] {
        let mut from = 0;
        while let Some(i) = src[from..].find(name) {
            let at = from + i;
            from = at + name.len();
            let prev = src[..at].chars().next_back();
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &src[from..];
            let end = rest.find(')').unwrap_or(rest.len()).min(60);
            let Some(q) = rest[..end].find('"') else {
                continue;
            };
            let lit = &rest[q + 1..];
            let Some(close) = lit.find('"') else { continue };
            let key = &lit[..close];
            if !key.is_empty()
                && key.starts_with(|c: char| c.is_ascii_lowercase())
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.push(key.to_string());
            }
        }
    }
    out
}

#[test]
fn every_key_used_in_templates_and_code_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("templates"), "html", &mut paths);
    files(&root.join("src"), "rs", &mut paths);
    let en = keys(english());
    let mut used = 0;
    for p in &paths {
        let src = std::fs::read_to_string(p).expect("readable source");
        for key in referenced(&src) {
            used += 1;
            assert!(
                en.contains(&key),
                "{} uses message {key:?}, which en.ftl lacks",
                p.display()
            );
        }
    }
    assert!(used > 50, "the scan found the templates' messages ({used})");
    // Keys built at run time from domain values.
    let mut built: Vec<String> = Vec::new();
    for s in entente_core::dossier::Status::ALL {
        built.push(format!("status-{}", s.as_str()));
    }
    for d in entente_core::picture::Dimension::ALL {
        built.push(format!("dim-{}", d.as_str()));
    }
    for r in entente_core::picture::events::Reliability::ALL {
        built.push(format!("reliability-{}", r.as_str().to_ascii_lowercase()));
    }
    for c in 1..=6 {
        built.push(format!("credibility-{c}"));
    }
    for t in entente_core::procedure::record::ESTIMATIVE_TERMS {
        built.push(format!("likelihood-{}", t.replace('_', "-")));
    }
    for b in entente_core::procedure::record::ATTRIBUTION_BASES {
        built.push(format!("basis-{b}"));
    }
    for c in entente_core::procedure::record::CONFIDENCE_LEVELS {
        built.push(format!("confidence-{c}"));
    }
    for s in entente_core::picture::SeverityBand::ALL {
        built.push(format!("severity-{}", s.as_str()));
    }
    for r in ["unanimity", "qmv", "rqmv", "simple", "silence", "none"] {
        built.push(format!("rule-{r}"));
    }
    for p in entente_server::ui::panels::POSITIONS {
        built.push(format!("position-{}", p.replace('_', "-")));
    }
    for k in entente_core::statement::Kind::ALL {
        built.push(format!("statement-kind-{}", k.as_str()));
    }
    for st in ["draft", "translated", "verified"] {
        built.push(format!("lang-status-{st}"));
    }
    for k in ["person", "entity"] {
        built.push(format!("sanctions-kind-{k}"));
    }
    for st in ["active", "delisted", "all"] {
        built.push(format!("sanctions-status-{st}"));
    }
    for r in entente_core::account::Role::ALL {
        built.push(format!("role-{}", r.as_str()));
    }
    for m in entente_core::options::catalogue().measures() {
        built.push(format!("measure-{}", m.id));
        built.push(format!("option-category-{}", m.category.as_str()));
    }
    #[derive(serde::Deserialize)]
    struct Sectors {
        sectors: Vec<Sector>,
    }
    #[derive(serde::Deserialize)]
    struct Sector {
        id: String,
    }
    let sectors: Sectors =
        serde_json::from_str(include_str!("../../../data/sectors.json")).expect("sectors.json");
    for s in sectors.sectors {
        built.push(format!("sector-{}", s.id));
    }
    for k in built {
        assert!(en.contains(&k), "en.ftl lacks {k}, which the code builds");
    }
}

#[test]
fn the_scanner_finds_keys_and_ignores_other_calls() {
    let src =
        r#"{{ c.t("nav-main") }} i18n::tn(lang, "dossier-count", 3) x.format("%Y-%m") start("x")"#;
    assert_eq!(referenced(src), vec!["nav-main", "dossier-count"]);
}
