//! Snippets: the passage of a hit that matches the query best, with the matching words marked.
//! Built from the document as the store returned it (the index keeps no text).

use std::collections::HashSet;

use entente_core::Lang;
use entente_store::search_source::SearchDoc;
use serde::Serialize;

use crate::analysis::{Config, Mode, stemming_of, terms, words};
use crate::detect::detect;
use crate::fold::{fold, name_key};
use crate::query::Parsed;

/// A passage and the byte ranges in it that matched.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub text: String,
    /// The language of the passage, when known or detected.
    #[serde(skip)]
    pub lang: Option<Lang>,
    /// `[from, to)` byte offsets into `text`.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// The passage as pieces: `(text, highlighted)`.
    pub fn pieces(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for (a, b) in &self.highlights {
            if *a > at {
                out.push((&self.text[at..*a], false));
            }
            out.push((&self.text[*a..*b], true));
            at = *b;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], false));
        }
        out
    }
}

/// What a word of the document must give to match the query.
struct Matcher {
    plain: HashSet<String>,
    names: HashSet<String>,
    /// Per language: the stems of the query's words.
    stems: Vec<(Lang, HashSet<String>)>,
}

impl Matcher {
    fn new(config: &Config, parsed: &Parsed) -> Matcher {
        let all: Vec<&String> = parsed
            .words
            .iter()
            .chain(parsed.phrases.iter().flatten())
            .collect();
        Matcher {
            plain: all.iter().map(|w| fold(w)).collect(),
            names: all.iter().map(|w| name_key(w)).collect(),
            stems: Lang::ALL
                .iter()
                .map(|l| {
                    let m = Mode::Lang(stemming_of(config, *l));
                    (*l, all.iter().flat_map(|w| terms(w, m)).collect())
                })
                .collect(),
        }
    }

    fn matches(&self, config: &Config, word: &str, lang: Option<Lang>) -> bool {
        if self.plain.contains(&fold(word)) || self.names.contains(&name_key(word)) {
            return true;
        }
        let Some(l) = lang else { return false };
        let Some((_, stems)) = self.stems.iter().find(|(x, _)| *x == l) else {
            return false;
        };
        let m = Mode::Lang(stemming_of(config, l));
        if matches!(stemming_of(config, l), crate::analysis::Stemming::Trigrams) {
            return false;
        }
        terms(word, m).iter().any(|t| stems.contains(t))
    }
}

/// The words a snippet shows at most.
const WINDOW: usize = 28;

/// A candidate passage: distinct matching words, whether it is a title, the text, the matches'
/// byte ranges and the text's language.
type Candidate<'a> = (usize, bool, &'a str, Vec<(usize, usize)>, Option<Lang>);

/// The best passage of `doc` for the query: the text with the most distinct matching words,
/// cut to about [`WINDOW`] words around its first match. Titles are used only when no other
/// text matches. `lang`: the reader's language, preferred among equals.
pub fn snippet(config: &Config, doc: &SearchDoc, parsed: &Parsed, lang: Lang) -> Snippet {
    let m = Matcher::new(config, parsed);
    let mut best: Option<Candidate> = None;
    for t in &doc.texts {
        let tl = t.lang.or_else(|| detect(&t.text));
        let mut hits = Vec::new();
        let mut distinct = HashSet::new();
        for w in words(&t.text) {
            if m.matches(config, w.text, tl) {
                hits.push((w.from, w.to));
                distinct.insert(fold(w.text));
            }
        }
        let score = distinct.len();
        let mine = tl == Some(lang);
        let better = match &best {
            None => score > 0 || doc.texts.len() == 1,
            Some((s, own, _, _, _)) => score > *s || (score == *s && score > 0 && mine && !own),
        };
        if better {
            best = Some((score, mine, t.text.as_str(), hits, tl));
        }
    }
    let (text, hits, tl) = match best {
        Some((s, _, text, hits, tl)) if s > 0 => (text, hits, tl),
        // No text matches (the title did): the opening of a text in the reader's language,
        // else in English, else in any language that is known; none of unknown language.
        _ => {
            let known: Vec<(&str, Lang)> = doc
                .texts
                .iter()
                .filter_map(|t| {
                    t.lang
                        .or_else(|| detect(&t.text))
                        .map(|l| (t.text.as_str(), l))
                })
                .collect();
            match known
                .iter()
                .find(|(_, l)| *l == lang)
                .or_else(|| known.iter().find(|(_, l)| *l == Lang::En))
                .or(known.first())
            {
                Some((t, l)) => (*t, vec![], Some(*l)),
                None => return Snippet::default(),
            }
        }
    };
    let mut s = cut(text, &hits);
    s.lang = tl;
    s
}

fn cut(text: &str, hits: &[(usize, usize)]) -> Snippet {
    let ws = words(text);
    let first = hits.first().map(|h| h.0).unwrap_or(0);
    let at = ws.iter().position(|w| w.from >= first).unwrap_or(0);
    let start_word = at.saturating_sub(WINDOW / 3);
    let end_word = (start_word + WINDOW).min(ws.len());
    let from = if start_word == 0 {
        0
    } else {
        ws[start_word].from
    };
    let to = if end_word >= ws.len() {
        text.len()
    } else {
        ws[end_word].from
    };
    let mut out = String::new();
    let lead = if from > 0 { "… " } else { "" };
    out.push_str(lead);
    let body = text[from..to].trim_end();
    out.push_str(body);
    let tail = from + body.len() < text.len();
    if tail {
        out.push_str(" …");
    }
    let highlights = hits
        .iter()
        .filter(|(a, b)| *a >= from && *b <= from + body.len())
        .map(|(a, b)| (a - from + lead.len(), b - from + lead.len()))
        .collect();
    Snippet {
        text: out,
        lang: None,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use entente_store::search_source::{Guard, Text};

    #[test]
    fn marks_stemmed_matches_in_the_best_text() {
        let doc = SearchDoc {
            kind: "evidence",
            key: "d/e".into(),
            id: "e".into(),
            link: String::new(),
            dossier: None,
            titles: vec![Text::new(None, "Title")],
            texts: vec![
                Text::new(Some(Lang::En), "Nothing here."),
                Text::new(
                    Some(Lang::Lv),
                    "Padome iekļāva sankciju sarakstā divus GRU virsniekus.",
                ),
            ],
            names: vec![],
            ids: vec![],
            party: None,
            date: None,
            guard: Guard::default(),
        };
        let parsed = crate::query::parse("virsnieks sankcijas", None);
        let s = snippet(&Config::default(), &doc, &parsed, Lang::En);
        let marked: Vec<&str> = s
            .pieces()
            .into_iter()
            .filter(|p| p.1)
            .map(|p| p.0)
            .collect();
        assert_eq!(marked, ["sankciju", "virsniekus"], "{s:?}");
    }
}
