//! The decisions of the register's commands, run in the single writer. Bad input records
//! nothing: a listing without a legal act or reasons, an amendment of a delisted entry, the
//! delisting of someone not listed are refused with an error that names the field or the rule.

use chrono::{DateTime, NaiveDate, Utc};
use entente_core::authz::{self, Action, Facts};
use entente_core::sanctions::{
    self, Amended, Delisted, Entry, LegalAct, Linked, Listed, Renewed, Source,
};
use entente_core::{Draft, Invalid, Marking, Viewer};
use rusqlite::Connection;

use super::read;
use crate::dossiers;
use crate::error::{Result, StoreError};
use crate::procedures::{self, chairs_now};

/// What the chair (or the operator) gives to record a listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewListing {
    pub entry: Entry,
    pub acts: Vec<LegalAct>,
    pub date: NaiveDate,
    pub dossiers: Vec<String>,
    pub procedures: Vec<String>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
    /// `None`: TLP:CLEAR (the Official Journal publishes listings).
    pub marking: Option<Marking>,
}

/// What the chair (or the operator) gives to record a renewal.
pub type NewRenewal = Renewed;

fn facts(viewer: &Viewer, now: DateTime<Utc>) -> Facts {
    Facts {
        chair: chairs_now(viewer, now),
        ..Facts::none()
    }
}

fn not_in_future(field: &str, date: NaiveDate, now: DateTime<Utc>) -> Result<()> {
    if date > now.date_naive() {
        return Err(Invalid::new(
            field,
            &format!(
                "the date of the Council's act, not after today ({})",
                now.date_naive()
            ),
        )
        .into());
    }
    Ok(())
}

fn note_ok(field: &str, note: &Option<String>) -> Result<()> {
    if let Some(n) = note {
        if n.chars().count() > 5000 {
            return Err(Invalid::new(field, "at most 5000 characters").into());
        }
        entente_core::lang::check_plain_text(field, n)?;
    }
    Ok(())
}

/// Decides `sanctions.listed`.
pub fn decide_list(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: String,
    l: NewListing,
) -> Result<Vec<Draft>> {
    authz::require(Action::SanctionsList, viewer, &facts(viewer, now))?;
    sanctions::check_entry(&l.entry)?;
    sanctions::check_acts("acts", &l.acts)?;
    not_in_future("date", l.date, now)?;
    note_ok("note", &l.note)?;
    // Links: only to what the recorder sees; a hidden dossier reads like a missing one. Each
    // procedure is linked under its own dossier.
    let mut links: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (i, d) in l.dossiers.iter().enumerate() {
        if dossiers::get(conn, viewer, d)?.is_none() {
            return Err(Invalid::new(
                &format!("dossiers[{i}]"),
                &format!("the id of a dossier you can see; there is none called {d:?}"),
            )
            .into());
        }
        links.entry(d.clone()).or_default();
    }
    for (i, p) in l.procedures.iter().enumerate() {
        let Some(view) = procedures::get(conn, viewer, p, now)? else {
            return Err(Invalid::new(
                &format!("procedures[{i}]"),
                &format!("the id of a procedure you can see; there is none called {p:?}"),
            )
            .into());
        };
        links.entry(view.dossier).or_default().push(p.clone());
    }
    if conn.query_row(
        "SELECT count(*) FROM sanctions_listings WHERE id = ?1",
        [&id],
        |r| r.get::<_, i64>(0),
    )? > 0
    {
        return Err(StoreError::Exists {
            what: "sanctions entry",
            id,
        });
    }
    let marking = l.marking.unwrap_or_else(Marking::clear);
    marking.check()?;
    if !entente_core::can_see(viewer, &viewer.party, &viewer.user, &marking) {
        return Err(Invalid::new("marking", "a marking you can read yourself").into());
    }
    let mut drafts = vec![Draft::new(
        &Listed {
            id: id.clone(),
            entry: l.entry,
            acts: l.acts,
            date: l.date,
            sources: l.sources,
            note: l.note,
        },
        marking.clone(),
    )];
    for (dossier, procedures) in links {
        drafts.push(Draft::new(
            &Linked {
                id: id.clone(),
                dossier,
                procedures,
            },
            marking.clone(),
        ));
    }
    Ok(drafts)
}

fn listed(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    now: DateTime<Utc>,
) -> Result<read::ListingView> {
    read::get(conn, viewer, id, now)?.ok_or_else(|| StoreError::NotFound {
        what: "sanctions entry",
        id: id.to_string(),
    })
}

/// Decides `sanctions.amended`. A delisted entry is not amended.
#[allow(clippy::too_many_arguments)] // the fields of one event, named
pub fn decide_amend(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    entry: Entry,
    acts: Vec<LegalAct>,
    date: NaiveDate,
    note: Option<String>,
) -> Result<Vec<Draft>> {
    let l = listed(conn, viewer, id, now)?;
    authz::require(Action::SanctionsAmend, viewer, &facts(viewer, now))?;
    if let Some(d) = &l.listing.delisted {
        return Err(StoreError::Refused {
            code: "sanctions.delisted",
            message: format!(
                "entry {id} was delisted on {}; a delisted entry is not amended (record a new listing if the Council lists it again)",
                d.date
            ),
        });
    }
    sanctions::check_entry(&entry)?;
    sanctions::check_acts("acts", &acts)?;
    not_in_future("date", date, now)?;
    if date < l.listing.listed_on {
        return Err(Invalid::new(
            "date",
            &format!("a date on or after the listing ({})", l.listing.listed_on),
        )
        .into());
    }
    note_ok("note", &note)?;
    Ok(vec![Draft::new(
        &Amended {
            id: id.to_string(),
            entry,
            acts,
            date,
            note,
        },
        l.marking,
    )])
}

/// Decides `sanctions.delisted`. Only a listed entry can be delisted.
pub fn decide_delist(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    acts: Vec<LegalAct>,
    date: NaiveDate,
    reason: Option<String>,
) -> Result<Vec<Draft>> {
    let l = listed(conn, viewer, id, now)?;
    authz::require(Action::SanctionsDelist, viewer, &facts(viewer, now))?;
    if let Some(d) = &l.listing.delisted {
        return Err(StoreError::Refused {
            code: "sanctions.not_listed",
            message: format!(
                "entry {id} is not listed: it was delisted on {}; nothing to delist",
                d.date
            ),
        });
    }
    sanctions::check_acts("acts", &acts)?;
    not_in_future("date", date, now)?;
    if date < l.listing.listed_on {
        return Err(Invalid::new(
            "date",
            &format!("a date on or after the listing ({})", l.listing.listed_on),
        )
        .into());
    }
    note_ok("reason", &reason)?;
    Ok(vec![Draft::new(
        &Delisted {
            id: id.to_string(),
            acts,
            date,
            reason,
        },
        l.marking,
    )])
}

/// Decides `sanctions.renewed`.
pub fn decide_renew(viewer: &Viewer, now: DateTime<Utc>, r: NewRenewal) -> Result<Vec<Draft>> {
    authz::require(Action::SanctionsRenew, viewer, &facts(viewer, now))?;
    sanctions::check_renewal(&r)?;
    not_in_future("date", r.date, now)?;
    note_ok("note", &r.note)?;
    Ok(vec![Draft::new(&r, Marking::clear())])
}
