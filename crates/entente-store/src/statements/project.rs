//! Folding `statement.*` events into `statements`, `statement_versions`,
//! `statement_languages` and `releases`.

use entente_core::event::{EventBody, canonical, format_time};
use entente_core::statement::{
    StatementDrafted, StatementEmbargoSet, StatementReleased, StatementRevised,
    StatementTranslated, StatementVerified,
};
use entente_core::{Event, Lang};
use rusqlite::{Connection, params};

use crate::error::Result;
use crate::procedures::{body, dossier_history};

#[allow(clippy::too_many_arguments)] // the fields of one event, named
fn set_language(
    conn: &Connection,
    e: &Event,
    id: &str,
    version: u32,
    lang: Lang,
    title: &str,
    text: &str,
    status: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO statement_languages(statement, version, lang, title, text, status, edited_by, edited_at, verified_by, verified_party, verified_at, seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, NULL, NULL, ?9)
         ON CONFLICT(statement, version, lang) DO UPDATE SET title = excluded.title, text = excluded.text,
           status = excluded.status, edited_by = excluded.edited_by, edited_at = excluded.edited_at,
           verified_by = CASE WHEN excluded.status = 'verified' THEN verified_by ELSE NULL END,
           verified_party = CASE WHEN excluded.status = 'verified' THEN verified_party ELSE NULL END,
           verified_at = CASE WHEN excluded.status = 'verified' THEN verified_at ELSE NULL END,
           seq = excluded.seq",
    )?
    .execute(params![
        id,
        version,
        lang.code(),
        title,
        text,
        status,
        e.actor.user.as_str(),
        format_time(e.recorded_at),
        e.seq as i64
    ])?;
    Ok(())
}

fn touch(conn: &Connection, id: &str, seq: u64) -> Result<()> {
    conn.prepare_cached("UPDATE statements SET seq = ?2 WHERE id = ?1")?
        .execute(params![id, seq as i64])?;
    Ok(())
}

/// Applies one `statement.*` event (called from `projection::apply`).
pub fn apply(conn: &Connection, e: &Event) -> Result<()> {
    let at = format_time(e.recorded_at);
    match e.kind.as_str() {
        StatementDrafted::TYPE => {
            let b: StatementDrafted = body(e)?;
            conn.prepare_cached(
                "INSERT INTO statements(id, dossier, kind, party, lang, template, echoes, marking, origin, author, created_at, latest_version, embargo, released, created_seq, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, NULL, NULL, ?12, ?12)",
            )?
            .execute(params![
                b.id,
                b.dossier,
                b.kind,
                b.party.as_str(),
                b.lang.code(),
                b.template,
                b.echoes,
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                at,
                e.seq as i64
            ])?;
            conn.prepare_cached(
                "INSERT INTO statement_versions(statement, version, note, author, at, seq) VALUES (?1, 1, NULL, ?2, ?3, ?4)",
            )?
            .execute(params![b.id, e.actor.user.as_str(), at, e.seq as i64])?;
            // No line in the dossier's timeline: a statement may be marked more narrowly than
            // its dossier, and the timeline is read by everyone who sees the dossier.
            set_language(conn, e, &b.id, 1, b.lang, &b.title, &b.text, "draft")?;
        }
        StatementRevised::TYPE => {
            let b: StatementRevised = body(e)?;
            let lang: String =
                conn.query_row("SELECT lang FROM statements WHERE id = ?1", [&b.id], |r| {
                    r.get(0)
                })?;
            let lang: Lang = lang.parse().unwrap_or(Lang::En);
            conn.prepare_cached(
                "INSERT INTO statement_versions(statement, version, note, author, at, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![b.id, b.version, b.note, e.actor.user.as_str(), at, e.seq as i64])?;
            set_language(conn, e, &b.id, b.version, lang, &b.title, &b.text, "draft")?;
            conn.prepare_cached("UPDATE statements SET latest_version = ?2 WHERE id = ?1")?
                .execute(params![b.id, b.version])?;
            touch(conn, &b.id, e.seq)?;
        }
        StatementTranslated::TYPE => {
            let b: StatementTranslated = body(e)?;
            set_language(
                conn, e, &b.id, b.version, b.lang, &b.title, &b.text, &b.status,
            )?;
            touch(conn, &b.id, e.seq)?;
        }
        StatementVerified::TYPE => {
            let b: StatementVerified = body(e)?;
            conn.prepare_cached(
                "UPDATE statement_languages SET status = 'verified', verified_by = ?4, verified_party = ?5, verified_at = ?6, seq = ?7
                 WHERE statement = ?1 AND version = ?2 AND lang = ?3",
            )?
            .execute(params![
                b.id,
                b.version,
                b.lang.code(),
                e.actor.user.as_str(),
                e.actor.party.as_str(),
                at,
                e.seq as i64
            ])?;
            touch(conn, &b.id, e.seq)?;
        }
        StatementEmbargoSet::TYPE => {
            let b: StatementEmbargoSet = body(e)?;
            conn.prepare_cached("UPDATE statements SET embargo = ?2, seq = ?3 WHERE id = ?1")?
                .execute(params![b.id, format_time(b.embargo), e.seq as i64])?;
        }
        StatementReleased::TYPE => {
            let b: StatementReleased = body(e)?;
            conn.prepare_cached(
                "INSERT INTO releases(release, statement, kind, party, version, released_at, embargo, echoes_release, languages, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                b.release,
                b.id,
                b.kind,
                b.party.as_str(),
                b.version,
                at,
                b.embargo.map(format_time),
                b.echoes_release,
                canonical(&b.languages),
                e.seq as i64
            ])?;
            conn.prepare_cached("UPDATE statements SET released = ?2, seq = ?3 WHERE id = ?1")?
                .execute(params![b.id, b.release, e.seq as i64])?;
            dossier_history(
                conn,
                e,
                &b.dossier,
                &format!(
                    "statement released (version {}, {} languages)",
                    b.version,
                    b.languages.len()
                ),
            )?;
        }
        _ => {}
    }
    Ok(())
}
