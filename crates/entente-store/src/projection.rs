//! Folding events into the projection tables. Called in the append transaction and by
//! `rebuild`; must be deterministic (it reads nothing but the event and the projections).

use entente_core::dossier::{DossierCreated, DossierMarked, DossierTransitioned, DossierUpdated};
use entente_core::event::{EventBody, canonical, format_time};
use entente_core::party::PartyRegistered;
use entente_core::{Event, Lang, Marking};
use rusqlite::{Connection, params};

use crate::error::{Result, StoreError};

fn decode<B: EventBody>(e: &Event) -> Result<B> {
    match e.body::<B>() {
        Some(Ok(b)) => Ok(b),
        Some(Err(err)) => Err(StoreError::Decode(format!(
            "event {} ({} v{}): {err}",
            e.seq, e.kind, e.version
        ))),
        None => Err(StoreError::Decode(format!(
            "event {} is {} v{}, expected {} v{}",
            e.seq,
            e.kind,
            e.version,
            B::TYPE,
            B::VERSION
        ))),
    }
}

/// Applies one event to the projections.
pub fn apply(conn: &Connection, e: &Event) -> Result<()> {
    crate::scope::record(conn, e)?;
    match (e.kind.as_str(), e.version) {
        (PartyRegistered::TYPE, PartyRegistered::VERSION) => {
            let b: PartyRegistered = decode(e)?;
            conn.prepare_cached(
                "INSERT INTO parties(id, kind, name, seq) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, name = excluded.name, seq = excluded.seq",
            )?
            .execute(params![b.id.as_str(), b.kind.as_str(), canonical(&b.name), e.seq as i64])?;
        }
        (DossierCreated::TYPE, DossierCreated::VERSION) => {
            let b: DossierCreated = decode(e)?;
            let at = format_time(e.recorded_at);
            let marking: Marking = e.parsed_marking()?;
            let (tlp, class, open) = crate::visibility::columns(&marking);
            conn.prepare_cached(
                "INSERT INTO dossiers(id, status, facts, title_en, first_seen, marking, origin, author, created_at, updated_at, created_seq, version, tlp_rank, class_rank, open_rel)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, 1, ?11, ?12, ?13)",
            )?
            .execute(params![
                b.id,
                b.status.as_str(),
                canonical(&b.facts),
                b.facts.title.best(Lang::En).map(|(_, t)| t.to_string()),
                b.facts.first_seen.map(|d| d.to_string()),
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                at,
                e.seq as i64,
                tlp,
                class,
                open,
            ])?;
            crate::visibility::index(conn, crate::visibility::DOSSIERS, &b.id, &marking)?;
            history(conn, e, &b.id, "created")?;
        }
        (DossierUpdated::TYPE, DossierUpdated::VERSION) => {
            let b: DossierUpdated = decode(e)?;
            conn.prepare_cached(
                "UPDATE dossiers SET facts = ?2, title_en = ?3, first_seen = ?4, updated_at = ?5, version = version + 1 WHERE id = ?1",
            )?
            .execute(params![
                b.id,
                canonical(&b.facts),
                b.facts.title.best(Lang::En).map(|(_, t)| t.to_string()),
                b.facts.first_seen.map(|d| d.to_string()),
                format_time(e.recorded_at),
            ])?;
            history(conn, e, &b.id, "facts updated")?;
        }
        (DossierTransitioned::TYPE, DossierTransitioned::VERSION) => {
            let b: DossierTransitioned = decode(e)?;
            conn.prepare_cached(
                "UPDATE dossiers SET status = ?2, updated_at = ?3, version = version + 1 WHERE id = ?1",
            )?
            .execute(params![b.id, b.to.as_str(), format_time(e.recorded_at)])?;
            history(conn, e, &b.id, &format!("{} → {}", b.from, b.to))?;
        }
        (DossierMarked::TYPE, DossierMarked::VERSION) => {
            let b: DossierMarked = decode(e)?;
            let (tlp, class, open) = crate::visibility::columns(&b.marking);
            conn.prepare_cached(
                "UPDATE dossiers SET marking = ?2, updated_at = ?3, version = version + 1, tlp_rank = ?4, class_rank = ?5, open_rel = ?6 WHERE id = ?1",
            )?
            .execute(params![b.id, canonical(&b.marking), format_time(e.recorded_at), tlp, class, open])?;
            crate::visibility::index(conn, crate::visibility::DOSSIERS, &b.id, &b.marking)?;
            history(conn, e, &b.id, &format!("marked {}", b.marking.tlp))?;
        }
        // Procedures, packages and responses (procedures.rs); attributions (attributions.rs).
        (
            "procedure.opened"
            | "procedure.position_recorded"
            | "procedure.closed"
            | "package.assembled",
            _,
        ) => crate::procedures::apply(conn, e)?,
        ("reference.population_imported", _) => crate::population::apply(conn, e)?,
        // Evidence, assessments and the agreed picture (evidence.rs, assessments.rs).
        ("evidence.added" | "evidence.withdrawn", _) => crate::evidence::apply(conn, e)?,
        // STIX objects, every version (stix_objects.rs; issue 4).
        ("stix.object_ingested", _) => crate::stix_objects::apply(conn, e)?,
        // TAXII 2.1 collections, envelopes (status and membership) and deletions (issue 13).
        (kind, _) if kind.starts_with("taxii.") => crate::taxii::apply(conn, e)?,
        ("assessment.submitted" | "picture.proposed" | "picture.objected", _) => {
            crate::assessments::apply(conn, e)?
        }
        ("attribution.recorded" | "attribution.withdrawn", _) => {
            crate::attributions::apply(conn, e)?
        }
        // Statements and their releases (statements/; issue 14).
        (k, _) if k.starts_with("statement.") => crate::statements::apply(conn, e)?,
        // The cyber sanctions register (sanctions/; issue 14).
        (k, _) if k.starts_with("sanctions.") => crate::sanctions::apply(conn, e)?,
        // The watch (issue 18): measures, subscriptions, FIMI, elections, rights (watch/).
        (k, _) if crate::watch::is_watch_event(k) => crate::watch::apply(conn, e)?,
        // Single sign-on rules (signon_store.rs).
        (
            "signon.rule_set"
            | "signon.rule_removed"
            | "signon.rule_proposed"
            | "signon.rule_approved",
            _,
        ) => crate::signon_store::apply(conn, e)?,
        // Registered witness keys (tree_head.rs).
        ("log.witness_registered" | "log.witness_removed", _) => crate::tree_head::apply(conn, e)?,
        // Accounts, sessions and tokens (accounts.rs); events without a projection
        // (checkpoints, audit records) live in the log alone.
        _ => {
            crate::accounts::apply(conn, e)?;
        }
    }
    Ok(())
}

/// A line of a dossier's timeline, at the time the event happened (its simulated time when it has
/// one: the demo's replay of the public record, an exercise).
pub(crate) fn history(conn: &Connection, e: &Event, dossier: &str, summary: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO dossier_history(dossier, seq, at, actor, party, kind, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        dossier,
        e.seq as i64,
        format_time(e.occurred_at()),
        e.actor.user.as_str(),
        e.actor.party.as_str(),
        e.kind,
        summary
    ])?;
    Ok(())
}
