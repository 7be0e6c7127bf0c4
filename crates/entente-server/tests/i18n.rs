//! The interface's message files: every shipped language parses without errors and has exactly
//! the keys of the English reference, numbers go through plural selectors (with Latvian's
//! `zero` category), and every key the templates and code ask for exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use entente_server::ui::i18n::FILES;
use fluent_bundle::FluentResource;

fn keys(src: &str) -> BTreeSet<String> {
    src.lines()
        .filter(|l| !l.starts_with([' ', '#', '\t']))
        .filter_map(|l| l.split_once(" ="))
        .map(|(k, _)| k.trim().to_string())
        .filter(|k| !k.is_empty())
        .collect()
}

/// The body of message `key` (its first line and indented continuation lines).
fn body(src: &str, key: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for l in src.lines() {
        if inside && (l.starts_with(' ') || l.is_empty()) {
            out.push_str(l);
            out.push('\n');
        } else if let Some((k, v)) = l.split_once(" =") {
            inside = k.trim() == key;
            if inside {
                out.push_str(v);
                out.push('\n');
            }
        } else {
            inside = false;
        }
    }
    out
}

#[test]
fn every_file_parses_and_has_the_reference_keys() {
    let en = FILES
        .iter()
        .find(|(l, _)| l.code() == "en")
        .expect("English is shipped");
    let reference = keys(en.1);
    assert!(reference.len() > 50, "the English file has its messages");
    for (lang, src) in FILES {
        if let Err((_, errs)) = FluentResource::try_new(src.to_string()) {
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

#[test]
fn counts_use_plural_selectors_with_each_languages_categories() {
    for (lang, src) in FILES {
        for key in keys(src) {
            let b = body(src, &key);
            if !b.contains("$count") {
                continue;
            }
            assert!(
                b.contains("$count ->"),
                "{lang}.ftl: {key} shows a number without a plural selector"
            );
            if lang.code() == "lv" {
                for cat in ["[zero]", "[one]", "*[other]"] {
                    assert!(b.contains(cat), "lv.ftl: {key} lacks the {cat} variant");
                }
            }
        }
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
    let en = keys(FILES.iter().find(|(l, _)| l.code() == "en").expect("en").1);
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
    for s in entente_core::dossier::Status::ALL {
        assert!(
            en.contains(&format!("status-{}", s.as_str())),
            "status-{}",
            s.as_str()
        );
    }
}

#[test]
fn the_scanner_finds_keys_and_ignores_other_calls() {
    let src =
        r#"{{ c.t("nav-main") }} i18n::tn(lang, "dossier-count", 3) x.format("%Y-%m") start("x")"#;
    assert_eq!(referenced(src), vec!["nav-main", "dossier-count"]);
}
