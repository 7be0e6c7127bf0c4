//! A search request, parsed from what a user typed, and the tantivy query it becomes.
//!
//! The query language: words (each matched in any field: the unstemmed field, the titles,
//! every language's stemmed field, names across scripts, identifiers; all of them in a query of
//! one or two words, two in three in longer ones), and
//! `"quoted phrases"` (matched word by word in the unstemmed field). The query's language is
//! the `lang` parameter, else detected ([`crate::detect`]); its field is weighted higher and
//! its function words are dropped from queries of several words.

use std::ops::Bound;

use chrono::{DateTime, NaiveDate, Utc};
use entente_core::{Lang, PartyId, Viewer};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur, PhraseQuery,
    Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::{DateTime as TDate, Term};

use crate::analysis::{Config, Mode, Stemming, stemming_of, terms, words};
use crate::detect::{detect, stopwords};
use crate::error::{Result, SearchError};
use crate::index::{Fields, viewer_filter};

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    /// Newest first.
    Date,
}

/// The most results a page holds.
pub const MAX_PER_PAGE: usize = 100;
/// The longest query accepted, in characters.
pub const MAX_QUERY: usize = 500;

/// A search as the API, the page and the CLI take it.
#[derive(Clone, Debug, Default)]
pub struct SearchRequest {
    pub q: String,
    /// The query's language (`None`: detected).
    pub lang: Option<Lang>,
    /// Kinds to keep (`dossier`, `evidence`, ...; empty: all).
    pub kinds: Vec<String>,
    pub party: Option<PartyId>,
    pub dossier: Option<String>,
    /// The marking in force: a TLP level (`AMBER`) or a classification (`RESTREINT UE`).
    pub marking: Option<String>,
    pub from: Option<DateTime<Utc>>,
    /// Inclusive: the whole day when given as a date.
    pub to: Option<DateTime<Utc>>,
    pub sort: Sort,
    /// From 1.
    pub page: usize,
    pub per_page: usize,
}

impl SearchRequest {
    /// Parses the string parameters of the API, the page and the CLI; errors name the field.
    #[allow(clippy::too_many_arguments)]
    pub fn parse(
        q: Option<&str>,
        lang: Option<&str>,
        kind: Option<&str>,
        party: Option<&str>,
        dossier: Option<&str>,
        marking: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        sort: Option<&str>,
        page: Option<&str>,
        per_page: Option<&str>,
    ) -> Result<SearchRequest> {
        fn some(s: Option<&str>) -> Option<&str> {
            s.map(str::trim).filter(|s| !s.is_empty())
        }
        let q = some(q).unwrap_or_default().to_string();
        if q.chars().count() > MAX_QUERY {
            return Err(SearchError::invalid(
                "q",
                format!("at most {MAX_QUERY} characters"),
            ));
        }
        if q.chars().any(|c| c.is_control()) {
            return Err(SearchError::invalid("q", "text without control characters"));
        }
        let lang = some(lang)
            .map(|l| {
                l.parse::<Lang>()
                    .map_err(|e| SearchError::invalid("lang", e.to_string()))
            })
            .transpose()?;
        let mut kinds = Vec::new();
        for k in some(kind).into_iter().flat_map(|k| k.split(',')) {
            let k = k.trim();
            if k.is_empty() {
                continue;
            }
            if entente_store::search_source::kind(k).is_none() {
                let known: Vec<&str> = entente_store::search_source::KINDS
                    .iter()
                    .map(|k| k.kind)
                    .collect();
                return Err(SearchError::invalid(
                    "type",
                    format!("one or more of {} (comma-separated)", known.join(", ")),
                ));
            }
            kinds.push(k.to_string());
        }
        let party = some(party)
            .map(|p| {
                PartyId::parse(&p.to_uppercase())
                    .map_err(|e| SearchError::invalid("party", e.to_string()))
            })
            .transpose()?;
        let dossier = some(dossier).map(str::to_string);
        if dossier.as_ref().is_some_and(|d| d.len() > 100) {
            return Err(SearchError::invalid("dossier", "a dossier id"));
        }
        let marking = some(marking)
            .map(|m| {
                let up = m.to_uppercase();
                let up = up.strip_prefix("TLP:").unwrap_or(&up).to_string();
                let ok = ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"].contains(&up.as_str())
                    || up.parse::<entente_core::Classification>().is_ok();
                if ok {
                    Ok(match up.parse::<entente_core::Classification>() {
                        Ok(c) => crate::index::marking_facet(&entente_core::Marking {
                            classification: Some(c),
                            ..entente_core::Marking::clear()
                        }),
                        Err(_) => up,
                    })
                } else {
                    Err(SearchError::invalid(
                        "marking",
                        "a TLP level (CLEAR, GREEN, AMBER, AMBER+STRICT, RED) or a classification (RESTREINT UE, CONFIDENTIEL UE, SECRET UE, TRES SECRET UE)",
                    ))
                }
            })
            .transpose()?;
        let from = some(from).map(|s| time("from", s, false)).transpose()?;
        let to = some(to).map(|s| time("to", s, true)).transpose()?;
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            return Err(SearchError::invalid("to", "a date on or after from"));
        }
        let sort = match some(sort) {
            None | Some("relevance") => Sort::Relevance,
            Some("date") => Sort::Date,
            Some(_) => return Err(SearchError::invalid("sort", "relevance or date")),
        };
        let number = |field: &str, s: Option<&str>, default: usize, max: usize| match some(s) {
            None => Ok(default),
            Some(s) => s
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| SearchError::invalid(field, format!("a number from 1 to {max}"))),
        };
        Ok(SearchRequest {
            q,
            lang,
            kinds,
            party,
            dossier,
            marking,
            from,
            to,
            sort,
            page: number("page", page, 1, 10_000)?,
            per_page: number("per_page", per_page, 20, MAX_PER_PAGE)?,
        })
    }
}

/// A date (`2026-11-22`) or an RFC 3339 time; `end` makes a date mean the end of that day.
fn time(field: &str, s: &str, end: bool) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let d = s.parse::<NaiveDate>().map_err(|_| {
        SearchError::invalid(
            field,
            "a date such as 2026-11-22 or an RFC 3339 time such as 2026-11-22T10:00:00Z",
        )
    })?;
    let t = if end {
        d.and_hms_opt(23, 59, 59)
    } else {
        d.and_hms_opt(0, 0, 0)
    };
    t.map(|t| t.and_utc())
        .ok_or_else(|| SearchError::invalid(field, "a valid date"))
}

/// What the query asks for, after parsing: words and phrases.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub words: Vec<String>,
    pub phrases: Vec<Vec<String>>,
    /// The query's language (given or detected).
    pub lang: Option<Lang>,
}

/// Splits the query into words and `"phrases"`, detects its language, and drops its
/// function words when other words remain.
pub fn parse(q: &str, lang: Option<Lang>) -> Parsed {
    let lang = lang.or_else(|| detect(q));
    let mut out = Parsed {
        lang,
        ..Default::default()
    };
    for (i, part) in q.split('"').enumerate() {
        let ws: Vec<String> = words(part).iter().map(|w| w.text.to_string()).collect();
        if i % 2 == 1 && ws.len() > 1 {
            out.phrases.push(ws);
        } else {
            out.words.extend(ws);
        }
    }
    if let Some(l) = lang {
        let stop = stopwords(l);
        let content: Vec<String> = out
            .words
            .iter()
            .filter(|w| !stop.contains(&w.to_lowercase().as_str()))
            .cloned()
            .collect();
        if !content.is_empty() || !out.phrases.is_empty() {
            out.words = content;
        }
    }
    out
}

fn term_query(f: tantivy::schema::Field, t: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(Term::from_field_text(f, t), IndexRecordOption::WithFreqs);
    if (boost - 1.0).abs() < f32::EPSILON {
        Box::new(q)
    } else {
        Box::new(BoostQuery::new(Box::new(q), boost))
    }
}

/// One word against every field: the best field's score counts (plus a little of the others).
fn word_query(f: &Fields, config: &Config, word: &str, lang: Option<Lang>) -> Box<dyn Query> {
    let mut alts: Vec<Box<dyn Query>> = Vec::new();
    let folded = crate::fold::fold(word);
    alts.push(term_query(f.plain, &folded, 1.0));
    alts.push(term_query(f.title, &folded, 2.0));
    alts.push(term_query(f.names, &crate::fold::name_key(word), 1.5));
    alts.push(term_query(f.ids, &word.to_lowercase(), 3.0));
    for (l, field) in &f.langs {
        let stemming = stemming_of(config, *l);
        let boost = if Some(*l) == lang { 1.3 } else { 1.0 };
        match stemming {
            Stemming::Trigrams => {
                let grams = terms(word, Mode::Lang(stemming));
                if grams.is_empty() {
                    continue;
                }
                let need = (grams.len() * 7).div_ceil(10).max(1);
                let clauses: Vec<(Occur, Box<dyn Query>)> = grams
                    .iter()
                    .map(|g| (Occur::Should, term_query(*field, g, 1.0)))
                    .collect();
                let mut b = BooleanQuery::new(clauses);
                b.set_minimum_number_should_match(need);
                alts.push(Box::new(BoostQuery::new(
                    Box::new(b),
                    boost / grams.len() as f32,
                )));
            }
            s => {
                for t in terms(word, Mode::Lang(s)) {
                    alts.push(term_query(*field, &t, boost));
                }
            }
        }
    }
    Box::new(DisjunctionMaxQuery::with_tie_breaker(alts, 0.1))
}

fn filter(q: Box<dyn Query>) -> (Occur, Box<dyn Query>) {
    (Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0)))
}

fn facet_term(f: &Fields, path: [&str; 2]) -> Term {
    Term::from_facet(f.facets, &Facet::from_path(path))
}

/// The tantivy query of `req` as `viewer` may run it: the words and phrases, the filters, and
/// the marking filter built from the viewer (so counts and facets hold only what they see).
pub fn build(
    f: &Fields,
    config: &Config,
    req: &SearchRequest,
    viewer: &Viewer,
) -> (Box<dyn Query>, Parsed) {
    let parsed = parse(&req.q, req.lang);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut text: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for w in &parsed.words {
        text.push((Occur::Must, word_query(f, config, w, parsed.lang)));
    }
    for p in &parsed.phrases {
        let ts: Vec<Term> = p
            .iter()
            .map(|w| Term::from_field_text(f.plain, &crate::fold::fold(w)))
            .collect();
        text.push((Occur::Must, Box::new(PhraseQuery::new(ts))));
    }
    if !text.is_empty() {
        // Every word must match in queries of one or two words; of three or more, two in
        // three (a word in another form than the text, or not in it, does not empty the
        // answer; documents with more of the words rank higher).
        let n = text.len();
        let words_q: Box<dyn Query> = if parsed.phrases.is_empty() && n >= 3 {
            let should: Vec<(Occur, Box<dyn Query>)> =
                text.into_iter().map(|(_, q)| (Occur::Should, q)).collect();
            let mut b = BooleanQuery::new(should);
            b.set_minimum_number_should_match((2 * n).div_ceil(3));
            Box::new(b)
        } else {
            Box::new(BooleanQuery::new(text))
        };
        let whole = req.q.trim().trim_matches('"').to_lowercase();
        let id_q = term_query(f.ids, &whole, 3.0);
        clauses.push((
            Occur::Must,
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, words_q),
                (Occur::Should, id_q),
            ])),
        ));
    } else {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    // The viewer: one disjunction of marking terms per condition of `can_see`.
    for set in viewer_filter(viewer) {
        let terms: Vec<Term> = set
            .iter()
            .map(|t| Term::from_field_text(f.acl, t))
            .collect();
        clauses.push(filter(Box::new(TermSetQuery::new(terms))));
    }
    if !req.kinds.is_empty() {
        let terms: Vec<Term> = req
            .kinds
            .iter()
            .map(|k| facet_term(f, ["kind", k]))
            .collect();
        clauses.push(filter(Box::new(TermSetQuery::new(terms))));
    }
    if let Some(p) = &req.party {
        clauses.push(filter(Box::new(TermQuery::new(
            facet_term(f, ["party", p.as_str()]),
            IndexRecordOption::Basic,
        ))));
    }
    if let Some(d) = &req.dossier {
        clauses.push(filter(Box::new(TermQuery::new(
            facet_term(f, ["dossier", d]),
            IndexRecordOption::Basic,
        ))));
    }
    if let Some(m) = &req.marking {
        clauses.push(filter(Box::new(TermQuery::new(
            facet_term(f, ["marking", m]),
            IndexRecordOption::Basic,
        ))));
    }
    if let Some(l) = req.lang.filter(|_| req.q.trim().is_empty()) {
        clauses.push(filter(Box::new(TermQuery::new(
            facet_term(f, ["lang", l.code()]),
            IndexRecordOption::Basic,
        ))));
    }
    if req.from.is_some() || req.to.is_some() {
        let bound = |t: Option<DateTime<Utc>>| match t {
            Some(t) => Bound::Included(Term::from_field_date(
                f.date,
                TDate::from_timestamp_secs(t.timestamp()),
            )),
            None => Bound::Unbounded,
        };
        clauses.push(filter(Box::new(RangeQuery::new(
            bound(req.from),
            bound(req.to),
        ))));
    }
    (Box::new(BooleanQuery::new(clauses)), parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_phrases_and_drops_function_words() {
        let p = parse("the attack on \"German Bundestag\"", None);
        assert_eq!(p.lang, Some(Lang::En));
        assert_eq!(p.words, ["attack"]);
        assert_eq!(p.phrases, [vec!["German".to_string(), "Bundestag".into()]]);
        assert_eq!(parse("the", None).words, ["the"]);
    }

    #[test]
    fn parameters_are_checked_by_name() {
        let e = SearchRequest::parse(
            Some("x"),
            Some("xx"),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("lang:"), "{e}");
        let e = SearchRequest::parse(
            Some("x"),
            None,
            Some("nonsense"),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("type:"), "{e}");
        let e = SearchRequest::parse(
            Some("x"),
            None,
            None,
            None,
            None,
            None,
            Some("yesterday"),
            None,
            None,
            None,
            None,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("from:"), "{e}");
        let r = SearchRequest::parse(
            Some("x"),
            None,
            Some("dossier,evidence"),
            Some("de"),
            None,
            Some("tlp:amber"),
            Some("2020-01-01"),
            Some("2020-12-31"),
            Some("date"),
            Some("2"),
            None,
        )
        .unwrap();
        assert_eq!(r.kinds, ["dossier", "evidence"]);
        assert_eq!(r.marking.as_deref(), Some("AMBER"));
        assert_eq!(r.sort, Sort::Date);
        assert_eq!(r.page, 2);
    }
}
