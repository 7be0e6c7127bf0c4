//! Reads of statements and of the public releases.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entente_core::procedure::record::Subject;
use entente_core::statement::{Kind, LangStatus, ReleasedText};
use entente_core::{Lang, Marking, PartyId, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::dossiers;
use crate::error::{Result, StoreError};
use crate::procedures;

/// One language version of one version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LangVersionView {
    pub lang: Lang,
    pub title: String,
    pub text: String,
    /// `draft`, `translated` or `verified`.
    pub status: String,
    pub edited_by: String,
    pub edited_at: String,
    pub verified_by: Option<String>,
    pub verified_party: Option<String>,
    pub verified_at: Option<String>,
}

/// A version of a statement: its source text and its language versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VersionView {
    pub version: u32,
    pub note: Option<String>,
    pub author: String,
    pub at: String,
    /// Every language version, the source first, then protocol order.
    pub languages: Vec<LangVersionView>,
}

/// A procedure on one of the statement's versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AdoptionView {
    pub procedure: String,
    pub version: u32,
    pub rule: String,
    pub deadline: String,
    /// `open`, `expired` or `closed`.
    pub state: String,
    /// `adopted`, `not_adopted`, `pending`, `undetermined`.
    pub status: String,
    pub adopted: bool,
    pub is_final: bool,
}

/// The release, as the statement's readers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReleaseInfo {
    pub release: String,
    pub version: u32,
    pub at: String,
    pub languages: Vec<Lang>,
}

/// One line of the echo checklist: a Member State and its national statement echoing this one,
/// once released.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EchoView {
    pub party: String,
    /// The public id of the national release, once released.
    pub release: Option<String>,
    pub released_at: Option<String>,
}

/// A statement as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatementView {
    pub id: String,
    pub dossier: String,
    pub kind: String,
    pub party: String,
    pub source_lang: Lang,
    pub template: Option<String>,
    /// For a national statement: the statement it echoes (when the reader may see it).
    pub echoes: Option<String>,
    pub marking: Marking,
    pub origin: String,
    pub author: String,
    pub created_at: String,
    pub latest_version: u32,
    pub versions: Vec<VersionView>,
    pub embargo: Option<String>,
    pub adoptions: Vec<AdoptionView>,
    /// The latest version adopted by a procedure.
    pub adopted_version: Option<u32>,
    pub released: Option<ReleaseInfo>,
    /// For the Union's statements: the 27 Member States and their echoes.
    pub echoes_checklist: Vec<EchoView>,
    pub seq: u64,
}

impl StatementView {
    pub fn version(&self, v: u32) -> Option<&VersionView> {
        self.versions.iter().find(|x| x.version == v)
    }

    pub fn kind(&self) -> Option<Kind> {
        self.kind.parse().ok()
    }

    /// The title of the latest version in `lang`, else in the source language.
    pub fn title(&self, lang: Lang) -> String {
        let Some(v) = self.version(self.latest_version) else {
            return String::new();
        };
        v.languages
            .iter()
            .find(|l| l.lang == lang)
            .or_else(|| v.languages.first())
            .map(|l| l.title.clone())
            .unwrap_or_default()
    }
}

/// A release as the public sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReleaseView {
    pub release: String,
    pub kind: String,
    pub party: String,
    pub version: u32,
    pub released_at: String,
    pub embargo: Option<String>,
    /// For a national echo: the Union release it echoes.
    pub echoes_release: Option<String>,
    /// The language versions, in protocol order.
    pub languages: Vec<(Lang, ReleasedText)>,
}

pub(crate) struct Row {
    pub id: String,
    pub dossier: String,
    pub kind: String,
    pub party: String,
    pub lang: Lang,
    pub template: Option<String>,
    pub echoes: Option<String>,
    pub marking: String,
    pub origin: String,
    pub author: String,
    pub created_at: String,
    pub latest: u32,
    pub embargo: Option<String>,
    pub released: Option<String>,
    pub seq: u64,
}

pub(crate) fn load(conn: &Connection, id: &str) -> Result<Option<Row>> {
    let r = conn
        .prepare_cached(
            "SELECT id, dossier, kind, party, lang, template, echoes, marking, origin, author, created_at,
                    latest_version, embargo, released, seq FROM statements WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, String>(10)?,
                r.get::<_, i64>(11)?,
                r.get::<_, Option<String>>(12)?,
                r.get::<_, Option<String>>(13)?,
                r.get::<_, i64>(14)?,
            ))
        })
        .optional()?;
    let Some(r) = r else { return Ok(None) };
    Ok(Some(Row {
        lang: r
            .4
            .parse()
            .map_err(|e: entente_core::lang::UnknownLang| StoreError::Decode(e.to_string()))?,
        id: r.0,
        dossier: r.1,
        kind: r.2,
        party: r.3,
        template: r.5,
        echoes: r.6,
        marking: r.7,
        origin: r.8,
        author: r.9,
        created_at: r.10,
        latest: r.11 as u32,
        embargo: r.12,
        released: r.13,
        seq: r.14 as u64,
    }))
}

/// The statement's row if `viewer` sees its dossier and its own marking.
pub(crate) fn visible_row(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<Row>> {
    let Some(row) = load(conn, id)? else {
        return Ok(None);
    };
    if dossiers::get(conn, viewer, &row.dossier)?.is_none() {
        return Ok(None);
    }
    let m: Marking = serde_json::from_str(&row.marking)?;
    if !can_see(
        viewer,
        &PartyId::parse(&row.origin)?,
        &UserId::parse(&row.author)?,
        &m,
    ) {
        return Ok(None);
    }
    Ok(Some(row))
}

fn versions(conn: &Connection, id: &str, source: Lang) -> Result<Vec<VersionView>> {
    let mut out: Vec<VersionView> = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT version, note, author, at FROM statement_versions WHERE statement = ?1 ORDER BY version",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (version, note, author, at) = row?;
        out.push(VersionView {
            version: version as u32,
            note,
            author,
            at,
            languages: Vec::new(),
        });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT version, lang, title, text, status, edited_by, edited_at, verified_by, verified_party, verified_at
         FROM statement_languages WHERE statement = ?1",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, Option<String>>(7)?,
            r.get::<_, Option<String>>(8)?,
            r.get::<_, Option<String>>(9)?,
        ))
    })?;
    for row in rows {
        let (v, lang, title, text, status, edited_by, edited_at, vb, vp, va) = row?;
        let Ok(lang) = lang.parse::<Lang>() else {
            continue;
        };
        if let Some(ver) = out.iter_mut().find(|x| i64::from(x.version) == v) {
            ver.languages.push(LangVersionView {
                lang,
                title,
                text,
                status,
                edited_by,
                edited_at,
                verified_by: vb,
                verified_party: vp,
                verified_at: va,
            });
        }
    }
    for v in &mut out {
        v.languages.sort_by_key(|l| {
            (
                l.lang != source,
                Lang::ALL.iter().position(|x| *x == l.lang),
            )
        });
    }
    Ok(out)
}

/// The procedures on the statement's versions, with their live outcomes at `now`.
pub(crate) fn adoptions(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<AdoptionView>> {
    let mut out = Vec::new();
    for p in procedures::list(conn, viewer, dossier, now)? {
        if let Subject::Statement { statement, version } = &p.subject
            && statement == id
        {
            out.push(AdoptionView {
                procedure: p.id.clone(),
                version: *version,
                rule: p.rule.clone(),
                deadline: p.deadline.clone(),
                state: p.state.clone(),
                status: p.outcome.outcome.status.clone(),
                adopted: p.outcome.outcome.adopted && p.outcome.is_final,
                is_final: p.outcome.is_final,
            });
        }
    }
    Ok(out)
}

/// The latest adopted version and the procedure that adopted it.
pub(crate) fn adopted(a: &[AdoptionView]) -> Option<(u32, String)> {
    a.iter()
        .filter(|x| x.adopted)
        .max_by_key(|x| x.version)
        .map(|x| (x.version, x.procedure.clone()))
}

fn release_info(conn: &Connection, release: &str) -> Result<Option<ReleaseInfo>> {
    let r: Option<(i64, String, String)> = conn
        .prepare_cached("SELECT version, released_at, languages FROM releases WHERE release = ?1")?
        .query_row([release], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((version, at, languages)) = r else {
        return Ok(None);
    };
    let langs: BTreeMap<Lang, ReleasedText> = serde_json::from_str(&languages)?;
    Ok(Some(ReleaseInfo {
        release: release.to_string(),
        version: version as u32,
        at,
        languages: langs.into_keys().collect(),
    }))
}

fn checklist(conn: &Connection, id: &str) -> Result<Vec<EchoView>> {
    let mut echoed: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT s.party, r.release, r.released_at FROM statements s JOIN releases r ON r.release = s.released
         WHERE s.echoes = ?1 ORDER BY r.seq",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (party, release, at) = row?;
        echoed.entry(party).or_insert((release, at));
    }
    Ok(entente_core::reference::member_states()
        .iter()
        .map(|s| {
            let e = echoed.get(&s.alpha2);
            EchoView {
                party: s.alpha2.clone(),
                release: e.map(|x| x.0.clone()),
                released_at: e.map(|x| x.1.clone()),
            }
        })
        .collect())
}

fn view(conn: &Connection, viewer: &Viewer, row: Row, now: DateTime<Utc>) -> Result<StatementView> {
    let adoptions = adoptions(conn, viewer, &row.dossier, &row.id, now)?;
    let adopted_version = adopted(&adoptions).map(|(v, _)| v);
    let released = match &row.released {
        Some(r) => release_info(conn, r)?,
        None => None,
    };
    let national = row.kind == Kind::NationalStatement.as_str();
    let echoes = match &row.echoes {
        Some(e) if visible_row(conn, viewer, e)?.is_some() => Some(e.clone()),
        _ => None,
    };
    Ok(StatementView {
        versions: versions(conn, &row.id, row.lang)?,
        echoes_checklist: if national {
            Vec::new()
        } else {
            checklist(conn, &row.id)?
        },
        marking: serde_json::from_str(&row.marking)?,
        id: row.id,
        dossier: row.dossier,
        kind: row.kind,
        party: row.party,
        source_lang: row.lang,
        template: row.template,
        echoes,
        origin: row.origin,
        author: row.author,
        created_at: row.created_at,
        latest_version: row.latest,
        embargo: row.embargo,
        adoptions,
        adopted_version,
        released,
        seq: row.seq,
    })
}

/// A statement, if `viewer` may see it.
pub fn get(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Option<StatementView>> {
    match visible_row(conn, viewer, id)? {
        Some(row) => Ok(Some(view(conn, viewer, row, now)?)),
        None => Ok(None),
    }
}

/// The statements of a dossier that `viewer` may see, oldest first.
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    now: DateTime<Utc>,
) -> Result<Vec<StatementView>> {
    if dossiers::get(conn, viewer, dossier)?.is_none() {
        return Err(StoreError::not_found("dossier", dossier));
    }
    let ids: Vec<String> = conn
        .prepare_cached("SELECT id FROM statements WHERE dossier = ?1 ORDER BY created_seq")?
        .query_map([dossier], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(v) = get(conn, viewer, &id, now)? {
            out.push(v);
        }
    }
    Ok(out)
}

/// A row of `releases`: release, kind, party, version, released_at, embargo, echoes_release,
/// languages (JSON).
type ReleaseRow = (
    String,
    String,
    String,
    i64,
    String,
    Option<String>,
    Option<String>,
    String,
);

fn release_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReleaseRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

/// The public releases, newest first, at most `limit`. Public by definition: what a release
/// published is served to everyone.
pub fn releases(conn: &Connection, limit: usize) -> Result<Vec<ReleaseView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT release, kind, party, version, released_at, embargo, echoes_release, languages
         FROM releases ORDER BY seq DESC LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], release_row)?;
    let mut out = Vec::new();
    for row in rows {
        let (release, kind, party, version, released_at, embargo, echoes_release, languages) = row?;
        let langs: BTreeMap<Lang, ReleasedText> = serde_json::from_str(&languages)?;
        let mut languages: Vec<(Lang, ReleasedText)> = langs.into_iter().collect();
        languages.sort_by_key(|(l, _)| Lang::ALL.iter().position(|x| x == l));
        out.push(ReleaseView {
            release,
            kind,
            party,
            version: version as u32,
            released_at,
            embargo,
            echoes_release,
            languages,
        });
    }
    Ok(out)
}

/// The status of a language version as a typed value.
pub fn status_of(s: &str) -> LangStatus {
    LangStatus::parse(s).unwrap_or(LangStatus::Draft)
}
