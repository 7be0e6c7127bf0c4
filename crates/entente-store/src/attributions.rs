//! The attribution register (issue 7): national attributions, each a sovereign decision of the
//! party that makes it (2017 toolbox conclusions §4), so nobody records one for another party;
//! joint attributions (a High Representative declaration on behalf of the EU) linked to the
//! adopted procedure that adopted them.
//!
//! Visibility: an attribution is visible when its dossier is and its own marking allows
//! ([`entente_core::can_see`]). A public attribution carries the dossier's marking; a
//! non-public one the recorder's marking (e.g. TLP:AMBER releasable to parties of their choice).

use chrono::{DateTime, NaiveDate, Utc};
use entente_core::event::format_time;
use entente_core::options::{AttributionState, catalogue};
use entente_core::procedure::record::{
    ATTRIBUTION_BASES, AttributedActor, AttributionRecorded, AttributionWithdrawn,
    CONFIDENCE_LEVELS, ESTIMATIVE_TERMS, ProcedureClosed, ProcedureOpened,
};
use entente_core::{Draft, Invalid, Marking, PartyId, Tlp, UserId, Viewer, can_see};
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::dossiers;
use crate::error::{Result, StoreError};
use crate::procedures::{self, chairs_now};
use entente_core::authz::{self, Action, Facts};

/// What a party gives to record an attribution.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAttribution {
    /// The attributing party; `None`: the recorder's own. A joint attribution is `EU`.
    pub party: Option<String>,
    pub actor: AttributedActor,
    pub term: String,
    pub confidence: String,
    pub basis: Vec<String>,
    pub public: bool,
    pub date: NaiveDate,
    pub statement_url: Option<String>,
    /// Required when not public: the recorder's marking.
    pub marking: Option<Marking>,
    pub joint: bool,
    /// For a joint attribution: the adopted procedure.
    pub procedure: Option<String>,
    pub note: Option<String>,
}

/// One attribution as a reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttributionView {
    pub id: String,
    pub dossier: String,
    pub party: String,
    pub actor: AttributedActor,
    pub term: String,
    pub confidence: String,
    pub basis: Vec<String>,
    pub public: bool,
    pub date: NaiveDate,
    pub statement_url: Option<String>,
    pub joint: bool,
    pub procedure: Option<String>,
    pub note: Option<String>,
    pub marking: Marking,
    pub recorded_by: String,
    pub recorded_at: String,
    pub withdrawn: Option<Withdrawal>,
}

/// A withdrawal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Withdrawal {
    pub at: String,
    pub by: String,
    pub reason: Option<String>,
}

/// Whether a measure under consideration needs attribution, and whether the register meets it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeasureNeed {
    pub measure: String,
    pub name: String,
    pub needs_attribution: bool,
    pub needs_joint_attribution: bool,
    /// The register as the reader sees it meets the need.
    pub met: bool,
}

/// A dossier's register: who has attributed what, and what the measures need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttributionRegister {
    pub dossier: String,
    pub attributions: Vec<AttributionView>,
    /// `none`, `national` or `joint` (from the attributions in force that the reader sees).
    pub state: String,
    /// Parties with a national attribution in force.
    pub attributed_by: Vec<String>,
    /// The measures under consideration (those of the dossier's packages; the whole catalogue
    /// when no package has been assembled) and whether each needs attribution.
    pub measures_considered_from: String,
    pub measures: Vec<MeasureNeed>,
}

type Raw = (
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
);

fn decode(r: Raw) -> Result<AttributionView> {
    let (body, marking, origin, author, at, _dossier, withdrawn) = r;
    let b: AttributionRecorded = serde_json::from_str(&body)?;
    let _ = origin;
    Ok(AttributionView {
        id: b.id,
        dossier: b.dossier,
        party: b.party.to_string(),
        actor: b.actor,
        term: b.term,
        confidence: b.confidence,
        basis: b.basis,
        public: b.public,
        date: b.date,
        statement_url: b.statement_url,
        joint: b.joint,
        procedure: b.procedure,
        note: b.note,
        marking: serde_json::from_str(&marking)?,
        recorded_by: author,
        recorded_at: at,
        withdrawn: withdrawn.map(|w| serde_json::from_str(&w)).transpose()?,
    })
}

fn visible(viewer: &Viewer, r: &Raw) -> Result<bool> {
    let marking: Marking = serde_json::from_str(&r.1)?;
    Ok(can_see(
        viewer,
        &PartyId::parse(&r.2)?,
        &UserId::parse(&r.3)?,
        &marking,
    ))
}

const COLUMNS: &str = "body, marking, origin, author, recorded_at, dossier, withdrawn";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Raw> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
    ))
}

/// The attributions of a dossier that `viewer` may see, oldest first.
pub fn list(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<Vec<AttributionView>> {
    if dossiers::get(conn, viewer, dossier)?.is_none() {
        return Err(StoreError::not_found("dossier", dossier));
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM attributions WHERE dossier = ?1 ORDER BY seq"
    ))?;
    let rows = stmt.query_map([dossier], row)?;
    crate::paging::visible_with(rows, |r| visible(viewer, r), decode)
}

/// The attribution state the engine weighs, from the attributions in force.
pub fn state_of(attributions: &[AttributionView]) -> AttributionState {
    let live: Vec<&AttributionView> = attributions
        .iter()
        .filter(|a| a.withdrawn.is_none())
        .collect();
    if live.iter().any(|a| a.joint) {
        return AttributionState::Joint;
    }
    let mut by: Vec<PartyId> = live
        .iter()
        .filter_map(|a| PartyId::parse(&a.party).ok())
        .collect();
    by.sort();
    by.dedup();
    if by.is_empty() {
        AttributionState::None
    } else {
        AttributionState::National(by)
    }
}

/// The register of a dossier.
pub fn register(conn: &Connection, viewer: &Viewer, dossier: &str) -> Result<AttributionRegister> {
    let attributions = list(conn, viewer, dossier)?;
    let state = state_of(&attributions);
    let packages = procedures::packages(conn, viewer, dossier)?;
    let mut ids: Vec<String> = packages.iter().flat_map(|p| p.measures.clone()).collect();
    ids.sort();
    ids.dedup();
    let from = if ids.is_empty() {
        ids = catalogue()
            .measures()
            .iter()
            .map(|m| m.id.clone())
            .collect();
        "catalogue"
    } else {
        "packages"
    };
    let measures = ids
        .iter()
        .filter_map(|id| catalogue().get(id))
        .map(|m| MeasureNeed {
            measure: m.id.clone(),
            name: m.name.clone(),
            needs_attribution: m.needs_attribution,
            needs_joint_attribution: m.needs_joint_attribution,
            met: if m.needs_joint_attribution {
                state.joint()
            } else if m.needs_attribution {
                state.any()
            } else {
                true
            },
        })
        .collect();
    let (name, by) = match &state {
        AttributionState::None => ("none", Vec::new()),
        AttributionState::National(by) => ("national", by.iter().map(|p| p.to_string()).collect()),
        AttributionState::Joint => ("joint", {
            let mut v: Vec<String> = attributions
                .iter()
                .filter(|a| a.withdrawn.is_none() && !a.joint)
                .map(|a| a.party.clone())
                .collect();
            v.sort();
            v.dedup();
            v
        }),
    };
    Ok(AttributionRegister {
        dossier: dossier.to_string(),
        attributions,
        state: name.to_string(),
        attributed_by: by,
        measures_considered_from: from.to_string(),
        measures,
    })
}

/// One attribution, if visible.
pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<AttributionView>> {
    let r = conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM attributions WHERE id = ?1"))?
        .query_row([id], row)
        .optional()?;
    match r {
        Some(r) if visible(viewer, &r)? && dossiers::get(conn, viewer, &r.5)?.is_some() => {
            Ok(Some(decode(r)?))
        }
        _ => Ok(None),
    }
}

// ---- decisions -------------------------------------------------------------------------------

fn one_of(field: &str, value: &str, allowed: &[&str]) -> Result<String> {
    let v = value.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    if allowed.contains(&v.as_str()) {
        Ok(v)
    } else {
        Err(Invalid::new(
            field,
            &format!(
                "one of {}, not {:?}",
                allowed.join(", "),
                value.chars().take(32).collect::<String>()
            ),
        )
        .into())
    }
}

fn check_actor(actor: &AttributedActor) -> Result<()> {
    match actor {
        AttributedActor::Stix { id, name } => {
            let ok = ["intrusion-set--", "threat-actor--"].iter().any(|p| {
                id.strip_prefix(p)
                    .is_some_and(|u| uuid::Uuid::parse_str(u).is_ok())
            });
            if !ok {
                return Err(Invalid::new(
                    "actor.id",
                    "a STIX 2.1 id of an intrusion set or threat actor (intrusion-set--<uuid> or threat-actor--<uuid>)",
                )
                .into());
            }
            if name.trim().is_empty() || name.chars().count() > 200 {
                return Err(
                    Invalid::new("actor.name", "a display name of 1 to 200 characters").into(),
                );
            }
        }
        AttributedActor::State { name } => {
            if name.trim().is_empty() || name.chars().count() > 200 {
                return Err(
                    Invalid::new("actor.name", "the state's name, 1 to 200 characters").into(),
                );
            }
        }
    }
    Ok(())
}

/// Decides an attribution recorded by `viewer`.
pub fn decide_record(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    dossier: &str,
    a: NewAttribution,
) -> Result<(String, Vec<Draft>)> {
    let d = dossiers::get(conn, viewer, dossier)?
        .ok_or_else(|| StoreError::not_found("dossier", dossier))?;
    let party = if a.joint {
        authz::require(
            Action::AttributionRecordJoint,
            viewer,
            &Facts {
                chair: chairs_now(viewer, now),
                ..Facts::none()
            },
        )?;
        let Some(pid) = a.procedure.as_deref() else {
            return Err(Invalid::new(
                "procedure",
                "the id of the adopted procedure that adopted the joint attribution",
            )
            .into());
        };
        let adopted = conn
            .prepare_cached("SELECT opened, closed FROM procedures WHERE id = ?1")?
            .query_row([pid], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })
            .optional()?;
        let ok = match adopted {
            Some((opened, Some(closed))) => {
                let o: ProcedureOpened = serde_json::from_str(&opened)?;
                let c: ProcedureClosed = serde_json::from_str(&closed)?;
                o.dossier == dossier && c.outcome.adopted
            }
            _ => false,
        };
        if !ok {
            return Err(Invalid::new(
                "procedure",
                &format!(
                    "a procedure on dossier {dossier} that is closed and adopted; {pid:?} is not"
                ),
            )
            .into());
        }
        if let Some(p) = a.party.as_deref()
            && PartyId::parse(p)?.as_str() != "EU"
        {
            return Err(Invalid::new("party", "EU (or nothing) for a joint attribution").into());
        }
        PartyId::parse("EU")?
    } else {
        if a.procedure.is_some() {
            return Err(Invalid::new(
                "procedure",
                "nothing for a national attribution (only joint attributions are adopted by procedure)",
            )
            .into());
        }
        let party = match a.party.as_deref() {
            Some(p) => PartyId::parse(p)?,
            None => viewer.party.clone(),
        };
        // F1: attribution is a sovereign decision (2017 conclusions, para. 4): the party's
        // delegate records it, for their own party only.
        authz::require(
            Action::AttributionRecordNational,
            viewer,
            &Facts {
                own_party: party == viewer.party,
                ..Facts::none()
            },
        )
        .map_err(|e| {
            StoreError::Forbidden(format!(
                "{}; attribution is a sovereign decision: {} records only its own",
                e.message(),
                viewer.party
            ))
        })?;
        if party.as_str() == "EU" {
            return Err(
                Invalid::new("party", "a party's own code; EU is for joint attributions").into(),
            );
        }
        party
    };
    check_actor(&a.actor)?;
    let term = one_of("term", &a.term, &ESTIMATIVE_TERMS)?;
    let confidence = one_of("confidence", &a.confidence, &CONFIDENCE_LEVELS)?;
    if a.basis.is_empty() {
        return Err(Invalid::new(
            "basis",
            "at least one of technical, intelligence, political",
        )
        .into());
    }
    let mut basis = Vec::new();
    for (i, b) in a.basis.iter().enumerate() {
        let b = one_of(&format!("basis[{i}]"), b, &ATTRIBUTION_BASES)?;
        if !basis.contains(&b) {
            basis.push(b);
        }
    }
    if a.date > now.date_naive() {
        return Err(Invalid::new("date", "the date of the attribution, not in the future").into());
    }
    if let Some(u) = &a.statement_url
        && !(u.starts_with("https://") || u.starts_with("http://"))
    {
        return Err(Invalid::new("statement_url", "an http(s) link to the statement").into());
    }
    if a.note.as_ref().is_some_and(|n| n.chars().count() > 2000) {
        return Err(Invalid::new("note", "at most 2000 characters").into());
    }
    let marking = if a.public {
        if a.marking.is_some() {
            return Err(Invalid::new(
                "marking",
                "nothing for a public attribution (it carries the dossier's marking)",
            )
            .into());
        }
        d.marking.clone()
    } else {
        let m = a.marking.ok_or_else(|| {
            Invalid::new(
                "marking",
                "the recorder's marking for a non-public attribution (e.g. {\"tlp\": \"AMBER\", \"releasable_to\": [\"EE\"]})",
            )
        })?;
        m.check()?;
        m.check_within(&d.marking)?;
        crate::evidence::check_own_marking(viewer, Some(&m))?;
        if m.tlp == Tlp::Clear {
            return Err(Invalid::new(
                "marking.tlp",
                "GREEN or stricter for a non-public attribution",
            )
            .into());
        }
        m
    };
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM attributions WHERE dossier = ?1",
        [dossier],
        |r| r.get(0),
    )?;
    let id = format!("{dossier}-attr-{}", n + 1);
    Ok((
        id.clone(),
        vec![Draft::new(
            &AttributionRecorded {
                id,
                dossier: dossier.to_string(),
                party,
                actor: a.actor,
                term,
                confidence,
                basis,
                public: a.public,
                date: a.date,
                statement_url: a.statement_url,
                joint: a.joint,
                procedure: a.procedure,
                note: a.note.filter(|n| !n.trim().is_empty()),
            },
            marking,
        )],
    ))
}

/// Decides the withdrawal of an attribution by the party that made it.
pub fn decide_withdraw(
    conn: &Connection,
    viewer: &Viewer,
    now: DateTime<Utc>,
    id: &str,
    reason: Option<String>,
) -> Result<Vec<Draft>> {
    let a = get(conn, viewer, id)?.ok_or_else(|| StoreError::not_found("attribution", id))?;
    if a.joint {
        authz::require(
            Action::AttributionWithdrawJoint,
            viewer,
            &Facts {
                chair: chairs_now(viewer, now),
                ..Facts::none()
            },
        )?;
    } else {
        authz::require(
            Action::AttributionWithdrawNational,
            viewer,
            &Facts {
                own_party: a.party == viewer.party.as_str(),
                ..Facts::none()
            },
        )?;
    }
    if a.withdrawn.is_some() {
        return Err(StoreError::Conflict(format!(
            "attribution {id} is already withdrawn"
        )));
    }
    if reason.as_ref().is_some_and(|n| n.chars().count() > 2000) {
        return Err(Invalid::new("reason", "at most 2000 characters").into());
    }
    Ok(vec![Draft::new(
        &AttributionWithdrawn {
            id: id.to_string(),
            dossier: a.dossier,
            reason,
        },
        a.marking,
    )])
}

/// The withdrawal record stored in the projection.
pub(crate) fn withdrawal(at: DateTime<Utc>, by: &str, reason: Option<String>) -> Withdrawal {
    Withdrawal {
        at: format_time(at),
        by: by.to_string(),
        reason,
    }
}

// ---- projection ------------------------------------------------------------------------------

/// Folds `attribution.*` events (called from `projection::apply`).
pub(crate) fn apply(conn: &Connection, e: &entente_core::Event) -> Result<()> {
    use entente_core::EventBody;
    use entente_core::event::canonical;
    use rusqlite::params;
    match e.kind.as_str() {
        AttributionRecorded::TYPE => {
            let b: AttributionRecorded = procedures::body(e)?;
            conn.prepare_cached(
                "INSERT INTO attributions(id, dossier, body, marking, origin, author, recorded_at, withdrawn, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8)",
            )?
            .execute(params![
                b.id,
                b.dossier,
                canonical(&b),
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                format_time(e.recorded_at),
                e.seq as i64
            ])?;
        }
        AttributionWithdrawn::TYPE => {
            let b: AttributionWithdrawn = procedures::body(e)?;
            let w = withdrawal(e.recorded_at, e.actor.user.as_str(), b.reason);
            conn.prepare_cached("UPDATE attributions SET withdrawn = ?2, seq = seq WHERE id = ?1")?
                .execute(params![b.id, canonical(&w)])?;
        }
        _ => {}
    }
    Ok(())
}
