//! The policy tracker's measures, their dated events, imports (idempotent: an item seen again is
//! a sighting of the same measure), subscriptions, alerts and the digests sent.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use entente_core::authz::{self, Action, Facts};
use entente_core::event::{EventBody, canonical, format_time};
use entente_core::watch::feed::ImportItem;
use entente_core::watch::measure::{
    AnalysisNoted, Effect, MeasureRecorded, MeasureSighted, ProcessLinked, StageChanged,
    check_stage_change,
};
use entente_core::watch::subscription::{
    AlertLine, Change, DigestSent, Subscription, SubscriptionRemoved, SubscriptionSet,
};
use entente_core::watch::text::{ProcessRef, Source};
use entente_core::watch::{Stage, Topic};
use entente_core::{Draft, Event, Marking, UserId, Viewer};
use rusqlite::{Connection, OptionalExtension, params};

use super::{Marked, check_marking, visible_container};
use crate::dossiers::VisibilityMemo;
use crate::error::{Result, StoreError};

/// A measure as a reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureView {
    pub id: String,
    pub record: MeasureRecorded,
    pub stage: Stage,
    pub stage_date: Option<NaiveDate>,
    /// Processes and partnerships: those recorded and those linked since.
    pub processes: Vec<ProcessRef>,
    pub marked: Marked,
    pub created_at: String,
    pub updated_at: String,
    pub sightings: u64,
    pub updated_seq: u64,
}

/// One dated line of a measure's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureLogEntry {
    pub seq: u64,
    /// When it was recorded (its simulated time in a replay).
    pub at: String,
    /// When it happened in the world, where the event says.
    pub date: Option<NaiveDate>,
    /// `recorded`, `stage`, `sighted`, `note`, `process`.
    pub kind: String,
    pub stage: Option<String>,
    pub text: Option<String>,
    pub effect: Option<String>,
    pub party: String,
    pub user: String,
}

/// Which measures to list.
#[derive(Clone, Debug, Default)]
pub struct MeasureFilter {
    pub topic: Option<Topic>,
    pub jurisdiction: Option<String>,
    pub stage: Option<Stage>,
    pub text: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub items: usize,
    pub created: usize,
    pub sighted: usize,
    pub stage_changes: usize,
}

/// A subscription and its owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionView {
    pub id: String,
    pub user: UserId,
    pub subscription: Subscription,
    pub seq: u64,
}

/// A change that matched one of the reader's subscriptions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertView {
    pub subscription: String,
    pub label: String,
    pub line: AlertLine,
    pub seq: u64,
    pub at: String,
}

/// A digest due to be sent: its address, lines and the log position it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueDigest {
    pub subscription: String,
    pub user: UserId,
    pub email: String,
    pub label: String,
    pub lines: Vec<AlertLine>,
    pub through: u64,
}

const COLUMNS: &str = "id, record, stage, stage_date, processes, marking, origin, author, created_at, updated_at, sightings, updated_seq";

fn decode_row(r: &rusqlite::Row<'_>) -> Result<MeasureView> {
    let marked = Marked::from_texts(
        &r.get::<_, String>(5)?,
        &r.get::<_, String>(6)?,
        &r.get::<_, String>(7)?,
    )?;
    Ok(MeasureView {
        id: r.get(0)?,
        record: serde_json::from_str(&r.get::<_, String>(1)?)?,
        stage: Stage::parse(&r.get::<_, String>(2)?)?,
        stage_date: r.get::<_, Option<String>>(3)?.and_then(|d| d.parse().ok()),
        processes: serde_json::from_str(&r.get::<_, String>(4)?)?,
        marked,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        sightings: r.get::<_, i64>(10)? as u64,
        updated_seq: r.get::<_, i64>(11)? as u64,
    })
}

/// A measure, if `viewer` may see it (`None` alike for missing and hidden).
pub fn get(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Option<MeasureView>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM watch_measures WHERE id = ?1"
    ))?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(r) => {
            let m = decode_row(r)?;
            Ok(m.marked.visible(viewer).then_some(m))
        }
        None => Ok(None),
    }
}

/// The measures `viewer` may see that pass `f`, most recently changed first, and how many there
/// are in all.
pub fn list(
    conn: &Connection,
    viewer: &Viewer,
    f: &MeasureFilter,
) -> Result<(Vec<MeasureView>, usize)> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, topics, jurisdiction, title FROM watch_measures ORDER BY updated_seq DESC"
    ))?;
    let mut rows = stmt.query([])?;
    let mut memo = VisibilityMemo::new(viewer);
    let text = f.text.as_ref().map(|t| t.to_lowercase());
    let limit = f.limit.clamp(1, 10_000);
    let (mut items, mut total) = (Vec::new(), 0usize);
    while let Some(r) = rows.next()? {
        let (m, o, a): (String, String, String) = (r.get(5)?, r.get(6)?, r.get(7)?);
        if !memo.check(&m, &o, &a)? {
            continue;
        }
        if let Some(t) = &f.topic
            && !r
                .get::<_, String>(12)?
                .contains(&format!(",{},", t.as_str()))
        {
            continue;
        }
        if let Some(j) = &f.jurisdiction
            && r.get::<_, String>(13)? != *j
        {
            continue;
        }
        if let Some(s) = &f.stage
            && r.get::<_, String>(2)? != s.as_str()
        {
            continue;
        }
        if let Some(t) = &text
            && !r.get::<_, String>(14)?.to_lowercase().contains(t.as_str())
        {
            continue;
        }
        if total >= f.offset && items.len() < limit {
            items.push(decode_row(r)?);
        }
        total += 1;
    }
    Ok((items, total))
}

/// Visible measures per jurisdiction (for the map), with `topic` if given.
pub fn counts_by_jurisdiction(
    conn: &Connection,
    viewer: &Viewer,
    topic: Option<&Topic>,
) -> Result<Vec<(String, u64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT jurisdiction, topics, marking, origin, author FROM watch_measures",
    )?;
    let mut rows = stmt.query([])?;
    let mut memo = VisibilityMemo::new(viewer);
    let mut out: std::collections::BTreeMap<String, u64> = Default::default();
    while let Some(r) = rows.next()? {
        let (m, o, a): (String, String, String) = (r.get(2)?, r.get(3)?, r.get(4)?);
        if !memo.check(&m, &o, &a)? {
            continue;
        }
        if let Some(t) = topic
            && !r
                .get::<_, String>(1)?
                .contains(&format!(",{},", t.as_str()))
        {
            continue;
        }
        *out.entry(r.get(0)?).or_default() += 1;
    }
    Ok(out.into_iter().collect())
}

/// The history of a measure the viewer may see.
pub fn log(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Vec<MeasureLogEntry>> {
    visible_container(conn, viewer, "measure", id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT seq, at, date, kind, stage, text, effect, party, user FROM watch_measure_log WHERE measure = ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(MeasureLogEntry {
            seq: r.get::<_, i64>(0)? as u64,
            at: r.get(1)?,
            date: r.get::<_, Option<String>>(2)?.and_then(|d| d.parse().ok()),
            kind: r.get(3)?,
            stage: r.get(4)?,
            text: r.get(5)?,
            effect: r.get(6)?,
            party: r.get(7)?,
            user: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The dated stage events (recorded and changes) of the visible measures of `jurisdiction`:
/// (measure, title, stage, date), oldest first; for the timeline.
pub fn timeline(
    conn: &Connection,
    viewer: &Viewer,
    jurisdiction: &str,
) -> Result<Vec<super::store::TimelineEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.measure, m.title, l.stage, l.date, m.marking, m.origin, m.author
         FROM watch_measure_log l JOIN watch_measures m ON m.id = l.measure
         WHERE m.jurisdiction = ?1 AND l.kind IN ('recorded', 'stage') ORDER BY l.date, l.seq",
    )?;
    let mut rows = stmt.query([jurisdiction])?;
    let mut memo = VisibilityMemo::new(viewer);
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (m, o, a): (String, String, String) = (r.get(4)?, r.get(5)?, r.get(6)?);
        if !memo.check(&m, &o, &a)? {
            continue;
        }
        out.push((
            r.get(0)?,
            r.get(1)?,
            r.get::<_, Option<String>>(2)?.unwrap_or_default(),
            r.get::<_, Option<String>>(3)?.and_then(|d| d.parse().ok()),
        ));
    }
    Ok(out)
}

// ---- decisions -------------------------------------------------------------------------------

/// Records a measure under `id` (chosen by the store, or the operator's exact id).
pub fn decide_record(
    conn: &Connection,
    viewer: &Viewer,
    body: MeasureRecorded,
    marking: Marking,
) -> Result<Vec<Draft>> {
    authz::require(Action::PolicyRecord, viewer, &Facts::none())?;
    body.check()?;
    check_marking(viewer, &marking)?;
    if exists(conn, &body.id)? {
        return Err(StoreError::Exists {
            what: "measure",
            id: body.id,
        });
    }
    Ok(vec![Draft::new(&body, marking)])
}

fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT count(*) > 0 FROM watch_measures WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?)
}

/// A measure the viewer may see, for a write.
fn writable(conn: &Connection, viewer: &Viewer, id: &str) -> Result<MeasureView> {
    let m = get(conn, viewer, id)?.ok_or_else(|| StoreError::not_found("measure", id))?;
    authz::require(Action::PolicyUpdate, viewer, &Facts::none())?;
    Ok(m)
}

pub fn decide_stage(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    stage: Stage,
    date: NaiveDate,
    note: Option<String>,
    source: Option<Source>,
) -> Result<Vec<Draft>> {
    let m = writable(conn, viewer, id)?;
    check_stage_change(&m.stage, m.stage_date, &stage, date)?;
    entente_core::watch::text::optional("note", note.as_deref(), 5000)?;
    if let Some(s) = &source {
        s.check("source")?;
    }
    Ok(vec![Draft::new(
        &StageChanged {
            measure: id.into(),
            from: m.stage,
            stage,
            date,
            note,
            source,
        },
        m.marked.marking,
    )])
}

pub fn decide_note(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    effect: Effect,
    note: String,
) -> Result<Vec<Draft>> {
    let m = writable(conn, viewer, id)?;
    let body = AnalysisNoted {
        measure: id.into(),
        effect,
        note,
    };
    body.check()?;
    Ok(vec![Draft::new(&body, m.marked.marking)])
}

pub fn decide_link(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    process: ProcessRef,
) -> Result<Vec<Draft>> {
    let m = writable(conn, viewer, id)?;
    process.check("process")?;
    if m.processes.iter().any(|p| p.id == process.id) {
        return Err(StoreError::Refused {
            code: "policy.already_linked",
            message: format!("measure {id} is already linked to {}", process.id),
        });
    }
    if m.processes.len() >= 20 {
        return Err(
            entente_core::Invalid::new("process", "at most 20 processes per measure").into(),
        );
    }
    Ok(vec![Draft::new(
        &ProcessLinked {
            measure: id.into(),
            process,
        },
        m.marked.marking,
    )])
}

/// Decides an import batch: each item becomes a new measure (marked `marking`) or, when a
/// measure the importer can see has its key, a sighting of it, with a stage change when the item
/// reports a later stage the lifecycle allows. All or nothing: the first bad item fails the
/// batch.
pub fn decide_import(
    conn: &Connection,
    viewer: &Viewer,
    source: &str,
    items: Vec<ImportItem>,
    marking: Marking,
) -> Result<(Vec<Draft>, ImportReport)> {
    authz::require(Action::PolicyRecord, viewer, &Facts::none())?;
    check_marking(viewer, &marking)?;
    entente_core::watch::text::required("source", source, 2000)?;
    if items.len() > entente_core::watch::feed::MAX_ITEMS {
        return Err(entente_core::Invalid::new("items", "at most 5000 items per import").into());
    }
    let mut report = ImportReport {
        items: items.len(),
        ..Default::default()
    };
    let mut drafts = Vec::new();
    // Measures of this batch and their (stage, date, marking), by key.
    let mut known: HashMap<String, (String, Stage, Option<NaiveDate>, Marking)> = HashMap::new();
    for it in items {
        let found = match known.get(&it.key) {
            Some(k) => Some(k.clone()),
            None => by_key(conn, viewer, &it.key)?
                .map(|m| (m.id, m.stage, m.stage_date, m.marked.marking)),
        };
        match found {
            Some((id, stage, date, m)) => {
                drafts.push(Draft::new(
                    &MeasureSighted {
                        measure: id.clone(),
                        source: source.into(),
                        import_key: it.key.clone(),
                    },
                    m.clone(),
                ));
                report.sighted += 1;
                let mut now = (stage.clone(), date);
                if it.stage != stage
                    && let Some(d) = it.date
                    && check_stage_change(&stage, date, &it.stage, d).is_ok()
                {
                    drafts.push(Draft::new(
                        &StageChanged {
                            measure: id.clone(),
                            from: stage,
                            stage: it.stage.clone(),
                            date: d,
                            note: None,
                            source: Some(Source {
                                title: it
                                    .source_title
                                    .clone()
                                    .unwrap_or_else(|| source.chars().take(500).collect()),
                                url: it.url.clone(),
                                publisher: None,
                                date: Some(d),
                            }),
                        },
                        m.clone(),
                    ));
                    report.stage_changes += 1;
                    now = (it.stage.clone(), Some(d));
                }
                known.insert(it.key, (id, now.0, now.1, m));
            }
            None => {
                let id = super::assign_id(&format!("{} {}", it.jurisdiction, it.title))?;
                let body = MeasureRecorded {
                    id: id.clone(),
                    jurisdiction: it.jurisdiction,
                    title: it.title,
                    original_title: it.original_title,
                    instrument: it.instrument,
                    topics: it.topics,
                    summary: it.summary,
                    url: it.url.clone(),
                    stage: it.stage.clone(),
                    stage_date: it.date,
                    sources: vec![Source {
                        title: it
                            .source_title
                            .unwrap_or_else(|| source.chars().take(500).collect()),
                        url: it.url.filter(|_| false),
                        publisher: None,
                        date: None,
                    }],
                    sectors: it.sectors,
                    processes: it.processes,
                    import_key: Some(it.key.clone()),
                };
                body.check()?;
                drafts.push(Draft::new(&body, marking.clone()));
                drafts.push(Draft::new(
                    &MeasureSighted {
                        measure: id.clone(),
                        source: source.into(),
                        import_key: it.key.clone(),
                    },
                    marking.clone(),
                ));
                report.created += 1;
                report.sighted += 1;
                known.insert(it.key, (id, it.stage, it.date, marking.clone()));
            }
        }
    }
    Ok((drafts, report))
}

/// The measure with import key `key` the viewer can see (the oldest, if several); a key that is
/// this instance's own URN of a measure (`urn:entente:measure:ID`, as its exports name them)
/// is that measure, so that an export imported again is the same measures.
fn by_key(conn: &Connection, viewer: &Viewer, key: &str) -> Result<Option<MeasureView>> {
    if let Some(id) = key.strip_prefix("urn:entente:measure:")
        && let Some(m) = get(conn, viewer, id)?
    {
        return Ok(Some(m));
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM watch_measures WHERE import_key = ?1 ORDER BY created_seq"
    ))?;
    let mut rows = stmt.query([key])?;
    while let Some(r) = rows.next()? {
        let m = decode_row(r)?;
        if m.marked.visible(viewer) {
            return Ok(Some(m));
        }
    }
    Ok(None)
}

// ---- subscriptions, alerts, digests --------------------------------------------------------

pub fn subscriptions(conn: &Connection, user: &UserId) -> Result<Vec<SubscriptionView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, user, body, seq FROM watch_subscriptions WHERE user = ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map([user.as_str()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, i64>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for r in rows {
        let (id, u, body, seq) = r?;
        out.push(SubscriptionView {
            id,
            user: UserId::parse(&u)?,
            subscription: serde_json::from_str(&body)?,
            seq: seq as u64,
        });
    }
    Ok(out)
}

fn own_subscription(conn: &Connection, viewer: &Viewer, id: &str) -> Result<SubscriptionView> {
    subscriptions(conn, &viewer.user)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| StoreError::not_found("subscription", id))
}

/// Sets a subscription of the viewer's own (`id` new, or one of theirs; another's reads as
/// missing).
pub fn decide_subscribe(
    conn: &Connection,
    viewer: &Viewer,
    id: &str,
    new: bool,
    subscription: Subscription,
) -> Result<Vec<Draft>> {
    authz::require(Action::PolicySubscribe, viewer, &Facts::none())?;
    if !new {
        own_subscription(conn, viewer, id)?;
    } else if subscriptions(conn, &viewer.user)?.len() >= 50 {
        return Err(entente_core::Invalid::new(
            "subscription",
            "at most 50 subscriptions per account",
        )
        .into());
    }
    subscription.check()?;
    Ok(vec![Draft::new(
        &SubscriptionSet {
            id: id.into(),
            user: viewer.user.clone(),
            subscription,
        },
        private_marking(viewer),
    )])
}

pub fn decide_unsubscribe(conn: &Connection, viewer: &Viewer, id: &str) -> Result<Vec<Draft>> {
    authz::require(Action::PolicySubscribe, viewer, &Facts::none())?;
    own_subscription(conn, viewer, id)?;
    Ok(vec![Draft::new(
        &SubscriptionRemoved {
            id: id.into(),
            user: viewer.user.clone(),
        },
        private_marking(viewer),
    )])
}

/// A subscription (and its e-mail address) is the account's own business: TLP:RED to its owner.
fn private_marking(viewer: &Viewer) -> Marking {
    let mut m = Marking::tlp(entente_core::Tlp::Red);
    m.recipients.insert(viewer.user.clone());
    m
}

/// A matching change: its seq, when it was recorded, and its alert line.
type Matched = (u64, String, AlertLine);

/// The changes (a measure recorded or reaching a stage) after `after` that `viewer` may see and
/// `sub` matches, newest first, at most `limit` (scanning at most 5000 changes).
fn matching(
    conn: &Connection,
    viewer: &Viewer,
    sub: &Subscription,
    after: u64,
    limit: usize,
) -> Result<(Vec<Matched>, u64)> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.seq, l.at, l.kind, l.stage, l.date, m.id, m.jurisdiction, m.title, m.record, m.marking, m.origin, m.author
         FROM watch_measure_log l JOIN watch_measures m ON m.id = l.measure
         WHERE l.seq > ?1 AND l.kind IN ('recorded', 'stage') ORDER BY l.seq DESC LIMIT 5000",
    )?;
    let mut rows = stmt.query([after as i64])?;
    let mut memo = VisibilityMemo::new(viewer);
    let mut out = Vec::new();
    let mut through = after;
    while let Some(r) = rows.next()? {
        let seq = r.get::<_, i64>(0)? as u64;
        through = through.max(seq);
        let (mk, o, a): (String, String, String) = (r.get(9)?, r.get(10)?, r.get(11)?);
        if !memo.check(&mk, &o, &a)? {
            continue;
        }
        let record: MeasureRecorded = serde_json::from_str(&r.get::<_, String>(8)?)?;
        let stage = Stage::parse(&r.get::<_, String>(3)?)?;
        let jurisdiction: String = r.get(6)?;
        if !sub.matches(&Change {
            jurisdiction: &jurisdiction,
            topics: &record.topics,
            stage: &stage,
        }) {
            continue;
        }
        if out.len() < limit {
            let kind: String = r.get(2)?;
            out.push((
                seq,
                r.get(1)?,
                AlertLine {
                    measure: r.get(5)?,
                    jurisdiction,
                    title: r.get(7)?,
                    what: if kind == "recorded" {
                        "recorded".into()
                    } else {
                        stage.to_string()
                    },
                    date: r.get::<_, Option<String>>(4)?.and_then(|d| d.parse().ok()),
                    url: record.url.clone(),
                },
            ));
        }
    }
    Ok((out, through))
}

/// The reader's alerts: changes matching any of their subscriptions since they subscribed,
/// newest first.
pub fn alerts(conn: &Connection, viewer: &Viewer, limit: usize) -> Result<Vec<AlertView>> {
    let mut out: Vec<AlertView> = Vec::new();
    for s in subscriptions(conn, &viewer.user)? {
        let (lines, _) = matching(conn, viewer, &s.subscription, s.seq, limit)?;
        for (seq, at, line) in lines {
            if out.iter().any(|x| x.seq == seq) {
                continue;
            }
            out.push(AlertView {
                subscription: s.id.clone(),
                label: s.subscription.label.clone(),
                line,
                seq,
                at,
            });
        }
    }
    out.sort_by_key(|a| std::cmp::Reverse(a.seq));
    out.truncate(limit);
    Ok(out)
}

/// The digests due: for each subscription with an address whose owner's account is active,
/// the matching changes since the last digest (or since subscribing) that the owner may see.
pub fn due_digests(conn: &Connection) -> Result<Vec<DueDigest>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.user, s.body, s.seq, d.through FROM watch_subscriptions s LEFT JOIN watch_digests d ON d.subscription = s.id ORDER BY s.seq",
    )?;
    let rows: Vec<(String, String, String, i64, Option<i64>)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for (id, user, body, seq, through) in rows {
        let sub: Subscription = serde_json::from_str(&body)?;
        let Some(email) = sub.email.clone() else {
            continue;
        };
        let user = UserId::parse(&user)?;
        let Some(u) = crate::accounts::user(conn, &user)? else {
            continue;
        };
        if u.disabled || u.pending {
            continue;
        }
        let viewer = Viewer {
            user: u.user.clone(),
            party: u.party.clone(),
            clearance: u.clearance,
            roles: u.roles.clone(),
        };
        let after = through.unwrap_or(seq).max(seq) as u64;
        let (mut lines, last) = matching(conn, &viewer, &sub, after, 200)?;
        if lines.is_empty() {
            continue;
        }
        lines.reverse();
        out.push(DueDigest {
            subscription: id,
            user,
            email,
            label: sub.label,
            lines: lines.into_iter().map(|(_, _, l)| l).collect(),
            through: last,
        });
    }
    Ok(out)
}

pub fn decide_digest_sent(
    conn: &Connection,
    viewer: &Viewer,
    subscription: &str,
    through: u64,
    changes: u64,
) -> Result<Vec<Draft>> {
    authz::require(Action::PolicyDigestSend, viewer, &Facts::none())?;
    let (user,): (String,) = conn
        .prepare_cached("SELECT user FROM watch_subscriptions WHERE id = ?1")?
        .query_row([subscription], |r| Ok((r.get(0)?,)))
        .optional()?
        .ok_or_else(|| StoreError::not_found("subscription", subscription))?;
    let user = UserId::parse(&user)?;
    let mut m = Marking::tlp(entente_core::Tlp::Red);
    m.recipients.insert(user.clone());
    Ok(vec![Draft::new(
        &DigestSent {
            user,
            subscription: subscription.into(),
            through,
            changes,
        },
        m,
    )])
}

// ---- projection ------------------------------------------------------------------------------

fn decode<B: EventBody>(e: &Event) -> Result<B> {
    crate::assessments::decode(e)
}

/// One line of a measure's log (its columns, in the table's order).
#[allow(clippy::too_many_arguments)]
fn log_line(
    conn: &Connection,
    e: &Event,
    measure: &str,
    date: Option<NaiveDate>,
    kind: &str,
    stage: Option<&str>,
    text: Option<&str>,
    effect: Option<&str>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO watch_measure_log(measure, seq, at, date, kind, stage, text, effect, party, user) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        measure,
        e.seq as i64,
        format_time(e.occurred_at()),
        date.map(|d| d.to_string()),
        kind,
        stage,
        text,
        effect,
        e.actor.party.as_str(),
        e.actor.user.as_str(),
    ])?;
    conn.prepare_cached(
        "UPDATE watch_measures SET updated_seq = ?2, updated_at = ?3 WHERE id = ?1",
    )?
    .execute(params![measure, e.seq as i64, format_time(e.occurred_at())])?;
    Ok(())
}

pub(crate) fn apply(conn: &Connection, e: &Event) -> Result<()> {
    match (e.kind.as_str(), e.version) {
        (MeasureRecorded::TYPE, MeasureRecorded::VERSION) => {
            let b: MeasureRecorded = decode(e)?;
            let topics: BTreeSet<&str> = b.topics.iter().map(|t| t.as_str()).collect();
            let topics = format!(",{},", topics.into_iter().collect::<Vec<_>>().join(","));
            conn.prepare_cached(
                "INSERT INTO watch_measures(id, jurisdiction, title, topics, stage, stage_date, record, processes, marking, origin, author, import_key, created_seq, updated_seq, created_at, updated_at, sightings)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?14, 0)",
            )?
            .execute(params![
                b.id,
                b.jurisdiction,
                b.title,
                topics,
                b.stage.as_str(),
                b.stage_date.map(|d| d.to_string()),
                canonical(&b),
                canonical(&b.processes),
                e.marking,
                e.actor.party.as_str(),
                e.actor.user.as_str(),
                b.import_key,
                e.seq as i64,
                format_time(e.occurred_at()),
            ])?;
            log_line(
                conn,
                e,
                &b.id,
                b.stage_date,
                "recorded",
                Some(b.stage.as_str()),
                None,
                None,
            )?;
        }
        (StageChanged::TYPE, StageChanged::VERSION) => {
            let b: StageChanged = decode(e)?;
            conn.prepare_cached(
                "UPDATE watch_measures SET stage = ?2, stage_date = ?3 WHERE id = ?1",
            )?
            .execute(params![b.measure, b.stage.as_str(), b.date.to_string()])?;
            log_line(
                conn,
                e,
                &b.measure,
                Some(b.date),
                "stage",
                Some(b.stage.as_str()),
                b.note.as_deref(),
                None,
            )?;
        }
        (MeasureSighted::TYPE, MeasureSighted::VERSION) => {
            let b: MeasureSighted = decode(e)?;
            conn.prepare_cached(
                "UPDATE watch_measures SET sightings = sightings + 1 WHERE id = ?1",
            )?
            .execute([&b.measure])?;
            log_line(
                conn,
                e,
                &b.measure,
                None,
                "sighted",
                None,
                Some(&b.source),
                None,
            )?;
        }
        (AnalysisNoted::TYPE, AnalysisNoted::VERSION) => {
            let b: AnalysisNoted = decode(e)?;
            log_line(
                conn,
                e,
                &b.measure,
                None,
                "note",
                None,
                Some(&b.note),
                Some(b.effect.as_str()),
            )?;
        }
        (ProcessLinked::TYPE, ProcessLinked::VERSION) => {
            let b: ProcessLinked = decode(e)?;
            let current: Option<String> = conn
                .prepare_cached("SELECT processes FROM watch_measures WHERE id = ?1")?
                .query_row([&b.measure], |r| r.get(0))
                .optional()?;
            let mut ps: Vec<ProcessRef> = current
                .map(|c| serde_json::from_str(&c))
                .transpose()?
                .unwrap_or_default();
            ps.push(b.process.clone());
            conn.prepare_cached("UPDATE watch_measures SET processes = ?2 WHERE id = ?1")?
                .execute(params![b.measure, canonical(&ps)])?;
            log_line(
                conn,
                e,
                &b.measure,
                None,
                "process",
                None,
                Some(&format!("{} ({})", b.process.label, b.process.id)),
                None,
            )?;
        }
        (SubscriptionSet::TYPE, SubscriptionSet::VERSION) => {
            let b: SubscriptionSet = decode(e)?;
            conn.prepare_cached(
                "INSERT INTO watch_subscriptions(id, user, body, seq) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(id) DO UPDATE SET body = excluded.body",
            )?
            .execute(params![
                b.id,
                b.user.as_str(),
                canonical(&b.subscription),
                e.seq as i64
            ])?;
        }
        (SubscriptionRemoved::TYPE, SubscriptionRemoved::VERSION) => {
            let b: SubscriptionRemoved = decode(e)?;
            conn.prepare_cached("DELETE FROM watch_subscriptions WHERE id = ?1")?
                .execute([&b.id])?;
            conn.prepare_cached("DELETE FROM watch_digests WHERE subscription = ?1")?
                .execute([&b.id])?;
        }
        (DigestSent::TYPE, DigestSent::VERSION) => {
            let b: DigestSent = decode(e)?;
            conn.prepare_cached(
                "INSERT INTO watch_digests(subscription, through, sent_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(subscription) DO UPDATE SET through = max(through, excluded.through), sent_at = excluded.sent_at",
            )?
            .execute(params![b.subscription, b.through as i64, format_time(e.recorded_at)])?;
        }
        _ => {}
    }
    Ok(())
}
