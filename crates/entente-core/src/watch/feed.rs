//! Parsing the tracker's outside input: Atom 1.0 (RFC 4287) and RSS 2.0 feeds, and CSV files
//! (RFC 4180), into [`FeedItem`]s; then, with the importer's defaults, into [`ImportItem`]s the
//! store records. Pure: bytes in, items out.
//!
//! **Feeds are outside input.** Every limit is explicit and every refusal names what was wrong
//! and where: at most [`MAX_BYTES`] bytes (the caller stops reading there), [`MAX_ITEMS`] items,
//! element depth [`MAX_DEPTH`], [`MAX_FIELD`] characters per field; UTF-8 only; no document type
//! declaration (so no entity expansion: the "billion laughs" cannot start), only the five
//! predefined entities and character references. Malformed XML is an error with its byte
//! position. A feed either parses whole or not at all: the importer records nothing of a feed
//! that fails.
//!
//! Atom `category` terms and RSS `category` texts carry the taxonomy: a topic id (`ai`,
//! `data-flows`), `jurisdiction:IN`, `instrument:law`, `stage:adopted`; others are ignored.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate};
use quick_xml::events::Event;

use crate::Invalid;
use crate::watch::taxonomy::{Instrument, Stage, Topic};
use crate::watch::text::{self, ProcessRef};

/// The largest feed or CSV file accepted, in bytes.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;
/// The most items (entries, rows) in one feed or file.
pub const MAX_ITEMS: usize = 5_000;
/// The deepest element nesting accepted.
pub const MAX_DEPTH: usize = 64;
/// The longest text of one field, in characters (a longer summary is cut there, a longer
/// title, link or id refused).
pub const MAX_FIELD: usize = 20_000;

/// Why a feed or file could not be read: what and where.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FeedError {
    #[error("the input is larger than {MAX_BYTES} bytes; split it or raise no limit")]
    TooLarge,
    #[error("the input has more than {MAX_ITEMS} items; split it")]
    TooManyItems,
    #[error("the input is empty")]
    Empty,
    #[error("not UTF-8 text (at byte {0}); feeds and CSV files must be UTF-8")]
    NotUtf8(usize),
    #[error("malformed XML at byte {position}: {message}")]
    Xml { position: u64, message: String },
    #[error("{0}")]
    Refused(String),
    #[error("not a feed: the root element is <{0}>, expected <feed> (Atom) or <rss> (RSS 2.0)")]
    NotAFeed(String),
    #[error("CSV line {line}: {message}")]
    Csv { line: u64, message: String },
    #[error("item {item}: {error}")]
    Item { item: usize, error: Invalid },
}

/// One entry of a feed or one row of a CSV file, as found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeedItem {
    pub id: Option<String>,
    pub link: Option<String>,
    pub title: String,
    pub summary: Option<String>,
    pub date: Option<NaiveDate>,
    pub jurisdiction: Option<String>,
    pub instrument: Option<String>,
    pub stage: Option<String>,
    pub topics: Vec<String>,
    pub original_title: Option<String>,
    pub sectors: Vec<String>,
    pub processes: Vec<ProcessRef>,
    pub source_title: Option<String>,
}

/// What the importer says for items that do not say it themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Defaults {
    pub jurisdiction: Option<String>,
    pub instrument: Option<Instrument>,
    pub stage: Option<Stage>,
    pub topics: BTreeSet<Topic>,
}

/// An item ready to record: every field checked against the taxonomy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportItem {
    pub key: String,
    pub jurisdiction: String,
    pub title: String,
    pub original_title: Option<String>,
    pub instrument: Instrument,
    pub topics: BTreeSet<Topic>,
    pub stage: Stage,
    pub date: Option<NaiveDate>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub source_title: Option<String>,
    pub sectors: Vec<String>,
    pub processes: Vec<ProcessRef>,
}

/// Reads a feed (first non-blank character `<`) or a CSV file.
pub fn parse(bytes: &[u8]) -> Result<Vec<FeedItem>, FeedError> {
    if bytes.len() > MAX_BYTES {
        return Err(FeedError::TooLarge);
    }
    let s = std::str::from_utf8(bytes).map_err(|e| FeedError::NotUtf8(e.valid_up_to()))?;
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let t = s.trim_start();
    if t.is_empty() {
        return Err(FeedError::Empty);
    }
    if t.starts_with('<') {
        parse_feed(s)
    } else {
        parse_csv(s)
    }
}

/// Turns found items into items to record, with `defaults`. The first item that cannot be
/// recorded fails the whole input, naming the item (nothing is half imported).
pub fn prepare(items: Vec<FeedItem>, defaults: &Defaults) -> Result<Vec<ImportItem>, FeedError> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, it)| {
            prepare_one(it, defaults).map_err(|error| FeedError::Item { item: i + 1, error })
        })
        .collect()
}

fn prepare_one(it: FeedItem, d: &Defaults) -> Result<ImportItem, Invalid> {
    let jurisdiction = it
        .jurisdiction
        .as_deref()
        .map(text::normalise_country)
        .or_else(|| d.jurisdiction.clone())
        .ok_or_else(|| {
            Invalid::new(
                "jurisdiction",
                "a jurisdiction: a category jurisdiction:XX, a CSV column, or --jurisdiction",
            )
        })?;
    text::country("jurisdiction", &jurisdiction)?;
    let instrument = match &it.instrument {
        Some(x) => Instrument::parse(x)?,
        None => d.instrument.clone().ok_or_else(|| {
            Invalid::new(
                "instrument",
                "an instrument: a category instrument:law, a CSV column, or --instrument",
            )
        })?,
    };
    let stage = match &it.stage {
        Some(x) => Stage::parse(x)?,
        None => d
            .stage
            .clone()
            .unwrap_or_else(|| Stage::parse("announced").unwrap_or_else(|_| unreachable!())),
    };
    let mut topics = d.topics.clone();
    for t in &it.topics {
        topics.insert(Topic::parse(t)?);
    }
    if topics.is_empty() {
        return Err(Invalid::new(
            "topics",
            "at least one topic: a category such as ai or data-flows, a CSV column, or --topic",
        ));
    }
    text::required("title", &it.title, 500)?;
    if let Some(l) = &it.link {
        text::url("link", l)?;
    }
    let summary = it.summary.map(|s| cut(&s, 5000));
    text::optional("summary", summary.as_deref(), 5000)?;
    text::optional("original_title", it.original_title.as_deref(), 500)?;
    Ok(ImportItem {
        key: crate::watch::measure::import_key(
            it.id.as_deref(),
            it.link.as_deref(),
            &jurisdiction,
            &it.title,
            it.date,
        ),
        jurisdiction,
        title: it.title.trim().to_string(),
        original_title: it.original_title,
        instrument,
        topics,
        stage,
        date: it.date,
        url: it.link,
        summary,
        source_title: it.source_title,
        sectors: it.sectors,
        processes: it.processes,
    })
}

/// At most `max` characters, cut with an ellipsis.
fn cut(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    s.chars().take(max - 1).chain(['…']).collect()
}

// ---- feeds -------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Atom,
    Rss,
}

/// The field of the current entry whose text is being read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    Title,
    Summary,
    Date,
    Link,
    Category,
    Other,
}

fn xml_err(r: &quick_xml::Reader<&[u8]>, e: impl std::fmt::Display) -> FeedError {
    FeedError::Xml {
        position: r.buffer_position(),
        message: e.to_string(),
    }
}

fn parse_feed(s: &str) -> Result<Vec<FeedItem>, FeedError> {
    let mut r = quick_xml::Reader::from_str(s);
    r.config_mut().trim_text(false);
    r.config_mut().check_end_names = true;
    let mut kind: Option<Kind> = None;
    let mut depth = 0usize;
    let mut items: Vec<FeedItem> = Vec::new();
    let mut entry: Option<FeedItem> = None;
    let mut entry_depth = 0usize;
    let mut field: Option<(Field, usize)> = None;
    let mut buf = String::new();
    loop {
        let ev = r.read_event().map_err(|e| xml_err(&r, e))?;
        match ev {
            Event::Eof => break,
            Event::DocType(_) => {
                return Err(FeedError::Refused(
                    "the feed has a document type declaration (<!DOCTYPE>); feeds need none and entente refuses them (no entity expansion)".into(),
                ));
            }
            Event::Decl(d) => {
                if let Some(Ok(enc)) = d.encoding() {
                    let enc = String::from_utf8_lossy(&enc).to_ascii_lowercase();
                    if enc != "utf-8" && enc != "utf8" {
                        return Err(FeedError::Refused(format!(
                            "the feed declares the encoding {enc:?}; only UTF-8 is read"
                        )));
                    }
                }
            }
            ref ev @ (Event::Start(ref e) | Event::Empty(ref e)) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_string();
                if !empty {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(FeedError::Refused(format!(
                            "elements nest deeper than {MAX_DEPTH} levels"
                        )));
                    }
                }
                if kind.is_none() {
                    kind = Some(match name.as_str() {
                        "feed" => Kind::Atom,
                        "rss" => Kind::Rss,
                        other => return Err(FeedError::NotAFeed(cut(other, 40))),
                    });
                    continue;
                }
                let k = kind.unwrap_or(Kind::Atom);
                let is_entry = matches!(
                    (k, name.as_str()),
                    (Kind::Atom, "entry") | (Kind::Rss, "item")
                );
                if is_entry && entry.is_none() && !empty {
                    if items.len() >= MAX_ITEMS {
                        return Err(FeedError::TooManyItems);
                    }
                    entry = Some(FeedItem::default());
                    entry_depth = depth;
                    continue;
                }
                let Some(it) = entry.as_mut() else { continue };
                if depth != entry_depth + 1 && !(empty && depth == entry_depth) {
                    continue;
                }
                let attr = |key: &str| -> Result<Option<String>, FeedError> {
                    for a in e.attributes() {
                        let a = a.map_err(|x| xml_err(&r, x))?;
                        if a.key.local_name().as_ref() == key.as_bytes() {
                            let v = a.unescape_value().map_err(|x| xml_err(&r, x))?;
                            return Ok(Some(v.into_owned()));
                        }
                    }
                    Ok(None)
                };
                let f = match (k, name.as_str()) {
                    (_, "title") => Field::Title,
                    (Kind::Atom, "id") | (Kind::Rss, "guid") => Field::Id,
                    (Kind::Atom, "summary") | (Kind::Rss, "description") => Field::Summary,
                    (Kind::Atom, "updated" | "published") | (Kind::Rss, "pubDate") => Field::Date,
                    (Kind::Atom, "link") => {
                        let rel = attr("rel")?;
                        if rel.as_deref().is_none_or(|x| x == "alternate")
                            && it.link.is_none()
                            && let Some(h) = attr("href")?
                        {
                            it.link = Some(bounded("link", h)?);
                        }
                        Field::Other
                    }
                    (Kind::Rss, "link") => Field::Link,
                    (Kind::Atom, "category") => {
                        if let Some(t) = attr("term")? {
                            category(it, &t);
                        }
                        Field::Other
                    }
                    (Kind::Rss, "category") => Field::Category,
                    _ => Field::Other,
                };
                if !empty && f != Field::Other {
                    field = Some((f, depth));
                    buf.clear();
                }
            }
            Event::Text(t) if field.is_some() => {
                let t = t.decode().map_err(|e| xml_err(&r, e))?;
                push(&mut buf, &t)?;
            }
            Event::CData(t) if field.is_some() => {
                let t = std::str::from_utf8(&t).map_err(|e| xml_err(&r, e))?;
                push(&mut buf, t)?;
            }
            Event::GeneralRef(g) => {
                let resolved = match g.resolve_char_ref().map_err(|e| xml_err(&r, e))? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = g.decode().map_err(|e| xml_err(&r, e))?;
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(v) => v.to_string(),
                            None => {
                                return Err(FeedError::Refused(format!(
                                    "the entity &{}; is not one of XML's five predefined entities (feeds may use &amp; &lt; &gt; &quot; &apos; and character references only)",
                                    cut(&name, 40)
                                )));
                            }
                        }
                    }
                };
                if field.is_some() {
                    push(&mut buf, &resolved)?;
                }
            }
            Event::End(_) => {
                if let Some((f, d)) = field
                    && d == depth
                {
                    field = None;
                    if let Some(it) = entry.as_mut() {
                        let v = std::mem::take(&mut buf);
                        let v = v.trim();
                        match f {
                            Field::Id => it.id = Some(bounded("id", v.to_string())?),
                            Field::Title => it.title = bounded("title", v.to_string())?,
                            Field::Summary => {
                                it.summary = Some(v.to_string()).filter(|s| !s.is_empty())
                            }
                            Field::Link => it.link = Some(bounded("link", v.to_string())?),
                            Field::Category => category(it, v),
                            Field::Date => {
                                let d = date(v).ok_or_else(|| {
                                    FeedError::Refused(format!(
                                        "item {}: the date {:?} is neither RFC 3339 (Atom) nor RFC 2822 (RSS)",
                                        items.len() + 1,
                                        cut(v, 40)
                                    ))
                                })?;
                                // Atom: `published` wins over `updated` (the measure's date).
                                it.date = Some(it.date.map_or(d, |old| old.min(d)));
                            }
                            Field::Other => {}
                        }
                    }
                }
                if depth == entry_depth
                    && let Some(it) = entry.take()
                {
                    items.push(it);
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    if kind.is_none() {
        return Err(FeedError::Empty);
    }
    if depth != 0 || entry.is_some() {
        return Err(FeedError::Xml {
            position: s.len() as u64,
            message: "the document ends inside an element (a truncated feed?)".into(),
        });
    }
    Ok(items)
}

fn push(buf: &mut String, t: &str) -> Result<(), FeedError> {
    if buf.len() + t.len() > MAX_FIELD * 4 {
        return Err(FeedError::Refused(format!(
            "a field of an entry is longer than {MAX_FIELD} characters"
        )));
    }
    buf.push_str(t);
    Ok(())
}

fn bounded(field: &str, v: String) -> Result<String, FeedError> {
    if v.chars().count() > 2000 {
        return Err(FeedError::Refused(format!(
            "an entry's {field} is longer than 2000 characters"
        )));
    }
    Ok(v)
}

/// A category term: a topic, or `jurisdiction:`, `instrument:`, `stage:` with a value.
fn category(it: &mut FeedItem, term: &str) {
    let term = term.trim();
    match term.split_once(':') {
        Some(("jurisdiction" | "country", v)) => it.jurisdiction = Some(v.trim().to_string()),
        Some(("instrument", v)) => it.instrument = Some(v.trim().to_string()),
        Some(("stage", v)) => it.stage = Some(v.trim().to_string()),
        Some(("topic", v)) => it.topics.push(v.trim().to_string()),
        Some(_) => {}
        None => {
            if Topic::parse(term).is_ok() && it.topics.len() < 20 {
                it.topics.push(term.to_string());
            }
        }
    }
}

/// An RFC 3339 or RFC 2822 date-time, or a plain `YYYY-MM-DD`, as a date.
fn date(v: &str) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(v)
        .or_else(|_| DateTime::parse_from_rfc2822(v))
        .map(|d| d.date_naive())
        .ok()
        .or_else(|| v.parse::<NaiveDate>().ok())
}

// ---- CSV ---------------------------------------------------------------------------------------

/// The columns a CSV file may have (`title` is required; lists are separated by `;`).
pub const CSV_COLUMNS: [&str; 14] = [
    "id",
    "jurisdiction",
    "title",
    "original_title",
    "instrument",
    "topics",
    "stage",
    "date",
    "url",
    "summary",
    "source",
    "sectors",
    "process_id",
    "process_label",
];

fn parse_csv(s: &str) -> Result<Vec<FeedItem>, FeedError> {
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(s.as_bytes());
    let csv_err = |e: csv::Error| FeedError::Csv {
        line: e.position().map(|p| p.line()).unwrap_or(0),
        message: match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                format!("{len} fields where the header has {expected_len}")
            }
            csv::ErrorKind::Utf8 { .. } => "not UTF-8".into(),
            _ => e.to_string(),
        },
    };
    let headers: Vec<String> = rd
        .headers()
        .map_err(csv_err)?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    for h in &headers {
        if !CSV_COLUMNS.contains(&h.as_str()) {
            return Err(FeedError::Csv {
                line: 1,
                message: format!(
                    "unknown column {:?}; the columns are {}",
                    cut(h, 40),
                    CSV_COLUMNS.join(", ")
                ),
            });
        }
    }
    if !headers.iter().any(|h| h == "title") {
        return Err(FeedError::Csv {
            line: 1,
            message: "no title column; the header must name the columns (title is required)".into(),
        });
    }
    let mut items = Vec::new();
    for rec in rd.records() {
        let rec = rec.map_err(csv_err)?;
        if items.len() >= MAX_ITEMS {
            return Err(FeedError::TooManyItems);
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut it = FeedItem::default();
        let (mut pid, mut plabel) = (None, None);
        for (h, v) in headers.iter().zip(rec.iter()) {
            let v = v.trim();
            if v.chars().count() > MAX_FIELD {
                return Err(FeedError::Csv {
                    line,
                    message: format!("the {h} field is longer than {MAX_FIELD} characters"),
                });
            }
            if v.is_empty() {
                continue;
            }
            let list = || {
                v.split(';')
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
            };
            match h.as_str() {
                "id" => it.id = Some(v.into()),
                "jurisdiction" => it.jurisdiction = Some(v.into()),
                "title" => it.title = v.into(),
                "original_title" => it.original_title = Some(v.into()),
                "instrument" => it.instrument = Some(v.into()),
                "topics" => it.topics = list().take(20).collect(),
                "stage" => it.stage = Some(v.into()),
                "date" => {
                    it.date = Some(date(v).ok_or_else(|| FeedError::Csv {
                        line,
                        message: format!("the date {:?} is not YYYY-MM-DD", cut(v, 40)),
                    })?)
                }
                "url" => it.link = Some(v.into()),
                "summary" => it.summary = Some(v.into()),
                "source" => it.source_title = Some(v.into()),
                "sectors" => it.sectors = list().take(20).collect(),
                "process_id" => pid = Some(v.to_string()),
                "process_label" => plabel = Some(v.to_string()),
                _ => {}
            }
        }
        if let Some(id) = pid {
            let p = ProcessRef {
                label: plabel.unwrap_or_else(|| id.clone()),
                id,
            };
            p.check("process").map_err(|e| FeedError::Csv {
                line,
                message: e.to_string(),
            })?;
            it.processes.push(p);
        }
        items.push(it);
    }
    Ok(items)
}

#[cfg(test)]
mod tests;
