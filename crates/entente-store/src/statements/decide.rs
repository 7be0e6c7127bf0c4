//! The decisions of the statement commands, run in the single writer.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entente_core::authz::{self, Action, Facts};
use entente_core::event::format_time;
use entente_core::statement::{
    self, Kind, LangStatus, ReleaseFacts, ReleasedText, StatementDrafted, StatementEmbargoSet,
    StatementReleased, StatementRevised, StatementTranslated, StatementVerified, templates,
};
use entente_core::{Draft, Invalid, Lang, Marking, PartyId, Viewer, can_see, reference};
use rusqlite::Connection;

use super::read::{self, Row, adopted, adoptions, visible_row};
use crate::dossiers;
use crate::error::{Result, StoreError};
use crate::procedures::chairs_now;

/// What a drafter gives to begin a statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStatement {
    pub kind: String,
    /// The source language.
    pub lang: Lang,
    /// Empty: the template's.
    pub title: String,
    /// Empty: the template's.
    pub text: String,
    pub template: Option<String>,
    /// For a national statement: the Union statement it echoes.
    pub echoes: Option<String>,
    /// `None`: the dossier's marking.
    pub marking: Option<Marking>,
}

/// A language version as a translator gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationInput {
    /// `None`: the latest version.
    pub version: Option<u32>,
    pub lang: Lang,
    pub title: String,
    pub text: String,
    /// `draft` or `translated` (default).
    pub status: Option<String>,
}

fn kind_of(row: &Row) -> Result<Kind> {
    row.kind
        .parse::<Kind>()
        .map_err(|e| StoreError::Decode(e.to_string()))
}

fn not_found(id: &str) -> StoreError {
    StoreError::not_found("statement", id)
}

/// The drafting permission for a statement of this kind and party.
fn require_drafting(viewer: &Viewer, kind: Kind, party: &str) -> Result<()> {
    if kind.is_national() {
        authz::require(
            Action::StatementDraftNational,
            viewer,
            &Facts {
                own_party: viewer.party.as_str() == party,
                ..Facts::none()
            },
        )?;
    } else {
        authz::require(Action::StatementDraft, viewer, &Facts::none())?;
    }
    Ok(())
}

fn refuse_if_released(row: &Row) -> Result<()> {
    if row.released.is_some() {
        return Err(StoreError::Refused {
            code: "statement.released",
            message: format!(
                "statement {} is released; a released statement is not changed (draft a new statement instead)",
                row.id
            ),
        });
    }
    Ok(())
}

fn marking_of(row: &Row) -> Result<Marking> {
    Ok(serde_json::from_str(&row.marking)?)
}

/// Decides `statement.drafted`. Returns the new statement's id.
pub fn decide_draft(
    conn: &Connection,
    viewer: &Viewer,
    dossier: &str,
    input: NewStatement,
    id: String,
) -> Result<Vec<Draft>> {
    let d = dossiers::get(conn, viewer, dossier)?
        .ok_or_else(|| StoreError::not_found("dossier", dossier))?;
    let kind: Kind = input.kind.parse()?;
    let party = if kind.is_national() {
        if reference::member_state(viewer.party.as_str()).is_none() {
            return Err(Invalid::new(
                "kind",
                "a kind of the Union (hr_declaration, council_conclusions, press_release, demarche_points): a national statement is a Member State's, and your party is not one",
            )
            .into());
        }
        viewer.party.clone()
    } else {
        PartyId::parse("EU")?
    };
    require_drafting(viewer, kind, party.as_str())?;
    let template = match &input.template {
        Some(t) => {
            let tpl = templates::get(t).ok_or_else(|| {
                Invalid::new(
                    "template",
                    &format!(
                        "the id of a template in data/statement-templates.json ({})",
                        templates::all()
                            .iter()
                            .map(|t| t.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
            if tpl.kind != kind.as_str() {
                return Err(Invalid::new(
                    "template",
                    &format!("a template for {kind}; {} is for {}", tpl.id, tpl.kind),
                )
                .into());
            }
            Some(tpl)
        }
        None => None,
    };
    let title = if input.title.trim().is_empty() {
        template.map(|t| t.title.clone()).unwrap_or_default()
    } else {
        input.title
    };
    let text = if input.text.trim().is_empty() {
        template.map(|t| t.text.clone()).unwrap_or_default()
    } else {
        input.text
    };
    statement::check_text(input.lang.code(), &title, &text)?;
    let echoes = match input.echoes {
        Some(e) if kind.is_national() => {
            let target = visible_row(conn, viewer, &e)?
                .filter(|r| r.dossier == dossier)
                .ok_or_else(|| {
                    Invalid::new(
                        "echoes",
                        &format!("the id of a statement of the Union on dossier {dossier}"),
                    )
                })?;
            if kind_of(&target)?.is_national() {
                return Err(Invalid::new(
                    "echoes",
                    "a statement of the Union (a national statement echoes the Union's, not another Member State's)",
                )
                .into());
            }
            Some(e)
        }
        Some(_) => {
            return Err(Invalid::new(
                "echoes",
                "nothing: only a national statement echoes a statement of the Union",
            )
            .into());
        }
        None => None,
    };
    let marking = input.marking.unwrap_or_else(|| d.marking.clone());
    marking.check()?;
    crate::evidence::check_contained_marking(conn, viewer, &d, Some(&marking))?;
    // F25: nothing is written that its author could not read.
    if !can_see(viewer, &viewer.party, &viewer.user, &marking) {
        return Err(Invalid::new(
            "marking",
            "a marking you can read yourself (your clearance, your party, you among the recipients)",
        )
        .into());
    }
    Ok(vec![Draft::new(
        &StatementDrafted {
            id,
            dossier: dossier.to_string(),
            kind: kind.as_str().to_string(),
            party,
            lang: input.lang,
            title: title.trim().to_string(),
            text,
            template: template.map(|t| t.id.clone()),
            echoes,
        },
        marking,
    )])
}

/// Decides `statement.revised`: a new version in the source language.
pub fn decide_revise(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    title: String,
    text: String,
    note: Option<String>,
) -> Result<Vec<Draft>> {
    let row = visible_row(conn, viewer, id)?.ok_or_else(|| not_found(id))?;
    let kind = kind_of(&row)?;
    require_drafting(viewer, kind, &row.party)?;
    refuse_if_released(&row)?;
    statement::check_text(row.lang.code(), &title, &text)?;
    if let Some(n) = &note {
        if n.chars().count() > 2000 {
            return Err(Invalid::new("note", "at most 2000 characters").into());
        }
        entente_core::lang::check_plain_text("note", n)?;
    }
    Ok(vec![Draft::new(
        &StatementRevised {
            id: id.to_string(),
            dossier: row.dossier.clone(),
            version: row.latest + 1,
            title: title.trim().to_string(),
            text,
            note: note.filter(|n| !n.trim().is_empty()),
        },
        marking_of(&row)?,
    )])
}

fn version_or_latest(row: &Row, v: Option<u32>) -> Result<u32> {
    match v {
        None => Ok(row.latest),
        Some(v) if v >= 1 && v <= row.latest => Ok(v),
        Some(v) => Err(Invalid::new(
            "version",
            &format!(
                "a version of statement {} (1 to {}), not {v}",
                row.id, row.latest
            ),
        )
        .into()),
    }
}

fn language_status(
    conn: &Connection,
    id: &str,
    version: u32,
    lang: Lang,
) -> Result<Option<(LangStatus, String, String)>> {
    let r: Option<(String, String, String)> = rusqlite::OptionalExtension::optional(
        conn.prepare_cached(
            "SELECT status, title, text FROM statement_languages WHERE statement = ?1 AND version = ?2 AND lang = ?3",
        )?
        .query_row(rusqlite::params![id, version, lang.code()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        }),
    )?;
    Ok(r.map(|(s, title, text)| (read::status_of(&s), title, text)))
}

/// Decides `statement.translated`: sets a language version's text. A verified version whose
/// text changes goes back to draft.
pub fn decide_translate(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    input: TranslationInput,
) -> Result<Vec<Draft>> {
    let row = visible_row(conn, viewer, id)?.ok_or_else(|| not_found(id))?;
    let kind = kind_of(&row)?;
    require_drafting(viewer, kind, &row.party)?;
    refuse_if_released(&row)?;
    let version = version_or_latest(&row, input.version)?;
    if input.lang == row.lang {
        return Err(Invalid::new(
            "lang",
            &format!(
                "a language other than the source language ({}): the source text changes with a new version (`statement draft --revise`)",
                row.lang
            ),
        )
        .into());
    }
    let field = format!("languages.{}", input.lang);
    statement::check_text(&field, &input.title, &input.text)?;
    let asked = match input.status.as_deref().map(str::trim) {
        None | Some("") | Some("translated") => LangStatus::Translated,
        Some("draft") => LangStatus::Draft,
        Some(_) => {
            return Err(Invalid::new(
                "status",
                "draft or translated (verification is its own step: `statement verify`)",
            )
            .into());
        }
    };
    let previous = language_status(conn, id, version, input.lang)?;
    let changed = previous
        .as_ref()
        .is_none_or(|(_, t, x)| *t != input.title.trim() || *x != input.text);
    let status = statement::status_after_edit(previous.map(|p| p.0), changed, asked);
    Ok(vec![Draft::new(
        &StatementTranslated {
            id: id.to_string(),
            dossier: row.dossier.clone(),
            version,
            lang: input.lang,
            title: input.title.trim().to_string(),
            text: input.text,
            status: status.as_str().to_string(),
        },
        marking_of(&row)?,
    )])
}

/// Is `lang` an official language of the Member State `party` (Regulation No 1/1958; the
/// languages in which the state names itself in `data/member-states.json`)?
pub fn speaks(party: &str, lang: Lang) -> bool {
    reference::member_state(party).is_some_and(|s| {
        s.names_native
            .iter()
            .any(|(code, _)| code.parse::<Lang>() == Ok(lang))
    })
}

/// Decides `statement.verified`.
pub fn decide_verify(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    version: Option<u32>,
    lang: Lang,
) -> Result<Vec<Draft>> {
    let row = visible_row(conn, viewer, id)?.ok_or_else(|| not_found(id))?;
    let kind = kind_of(&row)?;
    let own = if kind.is_national() {
        viewer.party.as_str() == row.party
    } else {
        speaks(viewer.party.as_str(), lang)
    };
    authz::require(
        Action::StatementVerify,
        viewer,
        &Facts {
            own_party: own,
            chair: chairs_now(viewer, now),
            ..Facts::none()
        },
    )
    .map_err(|e| {
        StoreError::Forbidden(format!(
            "{}; the {lang} version is verified by a Member State whose official language it is, or by the chair",
            e.message()
        ))
    })?;
    refuse_if_released(&row)?;
    let version = version_or_latest(&row, version)?;
    let (status, _, _) = language_status(conn, id, version, lang)?.ok_or_else(|| {
        Invalid::new(
            "lang",
            &format!("a language version of version {version} of statement {id}; it has no {lang} version yet"),
        )
    })?;
    statement::may_verify(status, lang == row.lang)?;
    Ok(vec![Draft::new(
        &StatementVerified {
            id: id.to_string(),
            dossier: row.dossier.clone(),
            version,
            lang,
        },
        marking_of(&row)?,
    )])
}

/// Decides `statement.embargo_set`.
pub fn decide_embargo(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    embargo: DateTime<Utc>,
) -> Result<Vec<Draft>> {
    let row = visible_row(conn, viewer, id)?.ok_or_else(|| not_found(id))?;
    if kind_of(&row)?.is_national() {
        return Err(Invalid::new(
            "id",
            "a statement of the Union: a national statement has no embargo of its own (it waits for the Union's release it echoes)",
        )
        .into());
    }
    authz::require(
        Action::StatementEmbargo,
        viewer,
        &Facts {
            chair: chairs_now(viewer, now),
            ..Facts::none()
        },
    )?;
    refuse_if_released(&row)?;
    if embargo < now {
        return Err(Invalid::new(
            "embargo",
            &format!("a time from now on ({}), not in the past", format_time(now)),
        )
        .into());
    }
    Ok(vec![Draft::new(
        &StatementEmbargoSet {
            id: id.to_string(),
            dossier: row.dossier.clone(),
            embargo,
        },
        marking_of(&row)?,
    )])
}

fn verified_by_version(conn: &Connection, id: &str) -> Result<Vec<(u32, Vec<Lang>)>> {
    let mut by: BTreeMap<u32, Vec<Lang>> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT version, lang FROM statement_languages WHERE statement = ?1 AND status = 'verified'",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (v, l) = row?;
        if let Ok(l) = l.parse::<Lang>() {
            by.entry(v as u32).or_default().push(l);
        }
    }
    for langs in by.values_mut() {
        langs.sort_by_key(|l| Lang::ALL.iter().position(|x| x == l));
    }
    Ok(by.into_iter().collect())
}

/// Decides **the** release: one `statement.released` event carrying every verified language
/// version of the released version.
pub fn decide_release(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    version: Option<u32>,
    release_id: String,
) -> Result<Vec<Draft>> {
    let row = visible_row(conn, viewer, id)?.ok_or_else(|| not_found(id))?;
    let kind = kind_of(&row)?;
    if kind.is_national() {
        authz::require(
            Action::StatementReleaseNational,
            viewer,
            &Facts {
                own_party: viewer.party.as_str() == row.party,
                ..Facts::none()
            },
        )?;
    } else {
        authz::require(
            Action::StatementRelease,
            viewer,
            &Facts {
                chair: chairs_now(viewer, now),
                ..Facts::none()
            },
        )?;
    }
    let adoptions = adoptions(conn, viewer, &row.dossier, id, now)?;
    let adopted = adopted(&adoptions);
    let (echoes_released, echoes_release) = match &row.echoes {
        Some(e) => {
            let target = read::load(conn, e)?;
            let rel = target.and_then(|t| t.released);
            (Some(rel.is_some()), rel)
        }
        None => (None, None),
    };
    let embargo = row
        .embargo
        .as_deref()
        .map(|e| {
            DateTime::parse_from_rfc3339(e)
                .map(|d| d.with_timezone(&Utc))
                .map_err(|e| StoreError::Decode(format!("statements.embargo: {e}")))
        })
        .transpose()?;
    let facts = ReleaseFacts {
        id: id.to_string(),
        kind,
        released: row.released.is_some(),
        asked: version,
        adopted: adopted.as_ref().map(|a| a.0),
        latest: row.latest,
        embargo,
        verified: verified_by_version(conn, id)?,
        echoes_released,
    };
    let (version, langs) =
        statement::decide_release(&facts, now).map_err(|e| StoreError::Refused {
            code: e.code(),
            message: e.to_string(),
        })?;
    let mut languages = BTreeMap::new();
    for lang in langs {
        if let Some((_, title, text)) = language_status(conn, id, version, lang)? {
            languages.insert(lang, ReleasedText { title, text });
        }
    }
    Ok(vec![Draft::new(
        &StatementReleased {
            id: id.to_string(),
            dossier: row.dossier.clone(),
            release: release_id,
            version,
            kind: kind.as_str().to_string(),
            party: PartyId::parse(&row.party)?,
            procedure: if kind.is_national() {
                None
            } else {
                adopted.map(|a| a.1)
            },
            embargo,
            echoes_release,
            languages,
        },
        marking_of(&row)?,
    )])
}
