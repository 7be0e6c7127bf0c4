//! Analysis: how text becomes terms, per language, for the index and for queries alike.
//!
//! Words are runs of letters and digits (hyphens and apostrophes separate them, so Maltese
//! `il-gvern` and Italian `dell'Unione` give their noun). Every field folds case and accents
//! ([`crate::fold::fold`]); a language's own field stems first, with the stemmer [`LANGS`]
//! chooses for it:
//!
//! - **Snowball** stemmers (the `frostem` library tantivy uses) for 18 of the 24 languages;
//! - **light** stemmers of our own from published algorithms ([`crate::light`]) for
//!   Bulgarian, Latvian, Croatian, Slovak and Slovenian;
//! - **character trigrams** where the test set measured them better: Maltese (whose broken
//!   plurals and clitics a light stemmer does not reach; `light::maltese` is kept as the
//!   measured alternative).
//!
//! The choice per language was made by recall on the test set (`scripts/search-eval`,
//! `docs/benchmarks.md`).

use std::sync::Arc;

use entente_core::Lang;
use frostem::Algorithm;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use crate::fold::{fold, name_key};
use crate::light;

/// How a language's field analyses a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stemming {
    /// A Snowball stemmer.
    Snowball(Algorithm),
    /// A light stemmer of [`crate::light`].
    Light(Light),
    /// Character trigrams of the folded word (with `_` at its edges).
    Trigrams,
    /// Folding only.
    None,
}

impl Stemming {
    /// A short name for reports: `snowball:czech`, `light`, `trigrams`, `none`.
    pub fn name(&self) -> String {
        match self {
            Stemming::Snowball(a) => format!("snowball:{}", algorithm_name(*a)),
            Stemming::Light(l) => format!("light:{}", l.name()),
            Stemming::Trigrams => "trigrams".into(),
            Stemming::None => "none".into(),
        }
    }
}

/// The light stemmers of [`crate::light`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Light {
    Bulgarian,
    Latvian,
    Croatian,
    Slovak,
    Slovenian,
    Maltese,
}

impl Light {
    pub fn name(self) -> &'static str {
        match self {
            Light::Bulgarian => "bulgarian",
            Light::Latvian => "latvian",
            Light::Croatian => "croatian",
            Light::Slovak => "slovak",
            Light::Slovenian => "slovenian",
            Light::Maltese => "maltese",
        }
    }

    /// The stem of a lower-case word.
    pub fn stem(self, w: &str) -> String {
        match self {
            Light::Bulgarian => light::bulgarian(w),
            Light::Latvian => light::latvian(w),
            Light::Croatian => light::croatian(w),
            Light::Slovak => light::slovak(w),
            Light::Slovenian => light::slovenian(w),
            Light::Maltese => light::maltese(w),
        }
    }
}

fn algorithm_name(a: Algorithm) -> String {
    a.name().to_string()
}

/// The stemming each language's field uses: measured on the test set (see the module doc).
pub const LANGS: [(Lang, Stemming); 24] = [
    (Lang::Bg, Stemming::Light(Light::Bulgarian)),
    (Lang::Es, Stemming::Snowball(Algorithm::Spanish)),
    (Lang::Cs, Stemming::Snowball(Algorithm::Czech)),
    (Lang::Da, Stemming::Snowball(Algorithm::Danish)),
    (Lang::De, Stemming::Snowball(Algorithm::German)),
    (Lang::Et, Stemming::Snowball(Algorithm::Estonian)),
    (Lang::El, Stemming::Snowball(Algorithm::Greek)),
    (Lang::En, Stemming::Snowball(Algorithm::English)),
    (Lang::Fr, Stemming::Snowball(Algorithm::French)),
    (Lang::Ga, Stemming::Snowball(Algorithm::Irish)),
    (Lang::Hr, Stemming::Light(Light::Croatian)),
    (Lang::It, Stemming::Snowball(Algorithm::Italian)),
    (Lang::Lv, Stemming::Light(Light::Latvian)),
    (Lang::Lt, Stemming::Snowball(Algorithm::Lithuanian)),
    (Lang::Hu, Stemming::Snowball(Algorithm::Hungarian)),
    (Lang::Mt, Stemming::Trigrams),
    (Lang::Nl, Stemming::Snowball(Algorithm::Dutch)),
    (Lang::Pl, Stemming::Snowball(Algorithm::Polish)),
    (Lang::Pt, Stemming::Snowball(Algorithm::Portuguese)),
    (Lang::Ro, Stemming::Snowball(Algorithm::Romanian)),
    (Lang::Sk, Stemming::Light(Light::Slovak)),
    (Lang::Sl, Stemming::Light(Light::Slovenian)),
    (Lang::Fi, Stemming::Snowball(Algorithm::Finnish)),
    (Lang::Sv, Stemming::Snowball(Algorithm::Swedish)),
];

/// The alternatives the evaluation compares for `lang`: its chosen stemming, every other
/// stemmer that applies to it, trigrams and none.
pub fn alternatives(lang: Lang) -> Vec<Stemming> {
    let mut out = vec![stemming_of(&Config::default(), lang)];
    let extra: &[Stemming] = match lang {
        Lang::Bg => &[Stemming::Snowball(Algorithm::Russian)],
        Lang::Hr => &[Stemming::Snowball(Algorithm::Serbian)],
        Lang::Sk => &[Stemming::Snowball(Algorithm::Czech)],
        Lang::Sl => &[Stemming::Light(Light::Croatian)],
        Lang::Mt => &[Stemming::Light(Light::Maltese)],
        _ => &[],
    };
    for s in extra
        .iter()
        .copied()
        .chain([Stemming::Trigrams, Stemming::None])
    {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The stemming of every language: [`LANGS`], or another for an evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub langs: Vec<(Lang, Stemming)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            langs: LANGS.to_vec(),
        }
    }
}

impl Config {
    /// The same, with `lang` analysed by `s`.
    pub fn with(mut self, lang: Lang, s: Stemming) -> Self {
        for (l, x) in &mut self.langs {
            if *l == lang {
                *x = s;
            }
        }
        self
    }

    /// A fingerprint of the configuration, kept with the index: another one means a rebuild.
    pub fn fingerprint(&self) -> String {
        self.langs
            .iter()
            .map(|(l, s)| format!("{l}={}", s.name()))
            .collect::<Vec<_>>()
            .join(",")
    }
}

pub fn stemming_of(config: &Config, lang: Lang) -> Stemming {
    config
        .langs
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or(Stemming::None)
}

/// What a field does with a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Folded, not stemmed: the unstemmed field (phrases, exact word forms, snippets).
    Plain,
    /// A language's field.
    Lang(Stemming),
    /// Names: folded, in Latin, spelling skeleton ([`crate::fold::name_key`]).
    Name,
}

/// The longest word indexed, in characters.
pub const MAX_WORD: usize = 60;

/// A word of a text: its byte range and its position (the n-th word).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub from: usize,
    pub to: usize,
    pub position: usize,
}

/// The words of `text`.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut position = 0;
    let mut bounds = Vec::new();
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            bounds.push((s, i));
        }
    }
    if let Some(s) = start {
        bounds.push((s, text.len()));
    }
    for (from, to) in bounds {
        let w = &text[from..to];
        if w.chars().count() <= MAX_WORD {
            out.push(Word {
                text: w,
                from,
                to,
                position,
            });
        }
        position += 1;
    }
    out
}

/// The terms of one word in `mode` (trigrams give several; a word can give none).
pub fn terms(word: &str, mode: Mode) -> Vec<String> {
    match mode {
        Mode::Plain => vec![fold(word)],
        Mode::Name => vec![name_key(word)],
        Mode::Lang(Stemming::None) => vec![fold(word)],
        Mode::Lang(Stemming::Snowball(a)) => {
            let lower = word.to_lowercase();
            vec![fold(&frostem::Stemmer::new(a).stem(&lower))]
        }
        Mode::Lang(Stemming::Light(l)) => vec![fold(&l.stem(&word.to_lowercase()))],
        Mode::Lang(Stemming::Trigrams) => trigrams(&fold(word)),
    }
}

/// `_ab`, `abc`, ..., `yz_` of a folded word; a word of one letter gives `_a_`.
pub fn trigrams(w: &str) -> Vec<String> {
    let padded: Vec<char> = std::iter::once('_')
        .chain(w.chars())
        .chain(std::iter::once('_'))
        .collect();
    if padded.len() < 3 {
        return vec![];
    }
    let mut out: Vec<String> = padded.windows(3).map(|c| c.iter().collect()).collect();
    out.dedup();
    out
}

/// The tantivy tokenizer of a field in `mode`.
#[derive(Clone)]
pub struct EntTokenizer {
    mode: Mode,
    snowball: Option<Arc<frostem::Stemmer>>,
}

impl EntTokenizer {
    pub fn new(mode: Mode) -> Self {
        let snowball = match mode {
            Mode::Lang(Stemming::Snowball(a)) => Some(Arc::new(frostem::Stemmer::new(a))),
            _ => None,
        };
        EntTokenizer { mode, snowball }
    }

    fn terms_of(&self, word: &str) -> Vec<String> {
        match (&self.snowball, self.mode) {
            (Some(s), _) => vec![fold(&s.stem(&word.to_lowercase()))],
            (None, m) => terms(word, m),
        }
    }
}

/// Tokens computed up front.
pub struct VecStream {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for VecStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1))]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self
            .next
            .saturating_sub(1)
            .min(self.tokens.len().saturating_sub(1));
        &mut self.tokens[i]
    }
}

impl Tokenizer for EntTokenizer {
    type TokenStream<'a> = VecStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecStream {
        let mut tokens = Vec::new();
        for w in words(text) {
            for t in self.terms_of(w.text) {
                if t.is_empty() {
                    continue;
                }
                tokens.push(Token {
                    offset_from: w.from,
                    offset_to: w.to,
                    position: w.position,
                    text: t,
                    position_length: 1,
                });
            }
        }
        VecStream { tokens, next: 0 }
    }
}

/// The tokenizer of identifier fields: the whole value, lower case, one term.
#[derive(Clone)]
pub struct IdTokenizer;

impl Tokenizer for IdTokenizer {
    type TokenStream<'a> = VecStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecStream {
        let t = text.trim().to_lowercase();
        let tokens = if t.is_empty() {
            vec![]
        } else {
            vec![Token {
                offset_from: 0,
                offset_to: text.len(),
                position: 0,
                text: t,
                position_length: 1,
            }]
        };
        VecStream { tokens, next: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_hyphens_and_apostrophes() {
        let w: Vec<&str> = words("il-gvern dell'Unione T0800, 2015 г.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["il", "gvern", "dell", "Unione", "T0800", "2015", "г"]);
    }

    #[test]
    fn language_fields_stem_then_fold() {
        let de = Mode::Lang(Stemming::Snowball(Algorithm::German));
        assert_eq!(terms("Angriffe", de), terms("Angriff", de));
        let lv = Mode::Lang(Stemming::Light(Light::Latvian));
        assert_eq!(terms("Vācijas", lv), terms("Vacija", lv));
        let el = Mode::Lang(Stemming::Snowball(Algorithm::Greek));
        assert_eq!(terms("ΚΥΒΕΡΝΟΕΠΙΘΕΣΗΣ", el), terms("κυβερνοεπίθεση", el));
        assert_eq!(trigrams("abc"), ["_ab", "abc", "bc_"]);
    }
}
