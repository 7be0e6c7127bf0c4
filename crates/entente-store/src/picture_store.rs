//! The store methods of issue 5 (evidence, assessments, the shared and agreed picture), as a
//! supertrait of [`crate::Store`]: every `Arc<dyn Store>` offers them. Reads take the
//! [`Viewer`] and an optional moment `at` (time travel); writes run their decision in the
//! single writer with the batch time as "now".

use std::path::Path;

use chrono::{DateTime, Utc};
use entente_core::picture::events::EvidenceItem;
use entente_core::{Marking, PartyId, Viewer};
use rusqlite::{Connection, OpenFlags};

use crate::assessments::{
    self, AgreedVersion, AssessmentView, PictureView, ProposalView, Submission,
};
use crate::error::{Result, StoreError};
use crate::evidence::{self, EvidenceView};
use crate::store::{SqliteStore, actor_of};

/// Evidence, assessments and the shared picture of a dossier.
pub trait PictureStore {
    /// Adds an evidence item; `marking`: its own marking (`None`: the dossier's).
    fn add_evidence(
        &self,
        viewer: &Viewer,
        dossier: &str,
        item: EvidenceItem,
        marking: Option<Marking>,
    ) -> Result<EvidenceView>;
    /// Withdraws an item (the adding party only).
    fn withdraw_evidence(
        &self,
        viewer: &Viewer,
        dossier: &str,
        id: &str,
        reason: Option<String>,
    ) -> Result<EvidenceView>;
    /// The evidence of a dossier the viewer may see, oldest first.
    fn evidence(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<EvidenceView>>;

    /// Submits (or revises) `party`'s assessment; `party` must be the viewer's own.
    fn submit_assessment(
        &self,
        viewer: &Viewer,
        dossier: &str,
        party: &PartyId,
        submission: Submission,
    ) -> Result<AssessmentView>;
    /// The current assessment of each party the viewer may see, as of `at` (or now): the
    /// rows of a heat map (party × dimension → level).
    fn assessments(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<Vec<AssessmentView>>;
    /// Every version of one party's assessment the viewer may see, oldest first.
    fn assessment_versions(
        &self,
        viewer: &Viewer,
        dossier: &str,
        party: &PartyId,
    ) -> Result<Vec<AssessmentView>>;
    /// The shared picture as of `at` (or now): per-dimension median, spread and dissent,
    /// severity band, unknowns, the proposals and the agreed versions.
    fn picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<PictureView>;
    /// The chair proposes the current picture as the agreed picture, open to objections
    /// until `deadline`.
    fn propose_picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        deadline: DateTime<Utc>,
        note: Option<String>,
    ) -> Result<ProposalView>;
    /// A party objects to proposal `number` before its deadline (its own party only).
    fn object_to_picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        number: u32,
        party: &PartyId,
        reason: String,
    ) -> Result<ProposalView>;
    /// The agreed versions as of `at` (or now), oldest first: "what did we agree, and when".
    fn agreed_pictures(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<Vec<AgreedVersion>>;
}

impl PictureStore for SqliteStore {
    fn add_evidence(
        &self,
        viewer: &Viewer,
        dossier: &str,
        item: EvidenceItem,
        marking: Option<Marking>,
    ) -> Result<EvidenceView> {
        let id = format!("ev-{}", crate::store::random_suffix(8)?);
        let (v, d, i) = (viewer.clone(), dossier.to_string(), id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            evidence::decide_add(ctx.tx, &v, &d, &i, item, marking)
        })?;
        self.evidence_item(viewer, dossier, &id)
    }

    fn withdraw_evidence(
        &self,
        viewer: &Viewer,
        dossier: &str,
        id: &str,
        reason: Option<String>,
    ) -> Result<EvidenceView> {
        let (v, d, i) = (viewer.clone(), dossier.to_string(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            evidence::decide_withdraw(ctx.tx, &v, &d, &i, reason)
        })?;
        self.evidence_item(viewer, dossier, id)
    }

    fn evidence(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<EvidenceView>> {
        let items = self.log().read(|c| evidence::list(c, viewer, dossier))?;
        self.audit_reads(
            viewer,
            "list",
            Some(dossier),
            items
                .iter()
                .map(|e| ("evidence", e.id.as_str(), &e.marking)),
        )?;
        Ok(items)
    }

    fn submit_assessment(
        &self,
        viewer: &Viewer,
        dossier: &str,
        party: &PartyId,
        submission: Submission,
    ) -> Result<AssessmentView> {
        let (v, d, p) = (viewer.clone(), dossier.to_string(), party.clone());
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (drafts, version) =
                assessments::decide_submit(ctx.tx, &v, ctx.now, &d, &p, submission)?;
            let _ = tx.send(version);
            Ok(drafts)
        })?;
        let version = rx.recv().map_err(|_| StoreError::Closed)?;
        let now = self.clock.now();
        self.log()
            .read(|c| assessments::versions(c, viewer, dossier, party, now))?
            .into_iter()
            .find(|a| a.version == version)
            .ok_or_else(|| StoreError::not_found("assessment", format!("{party} v{version}")))
    }

    fn assessments(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<Vec<AssessmentView>> {
        let now = self.clock.now();
        let list = self
            .log()
            .read(|c| assessments::current(c, viewer, dossier, at, now))?;
        self.audit_assessments(viewer, dossier, "list", &list)?;
        Ok(list)
    }

    fn assessment_versions(
        &self,
        viewer: &Viewer,
        dossier: &str,
        party: &PartyId,
    ) -> Result<Vec<AssessmentView>> {
        let now = self.clock.now();
        let list = self
            .log()
            .read(|c| assessments::versions(c, viewer, dossier, party, now))?;
        self.audit_assessments(viewer, dossier, "versions", &list)?;
        Ok(list)
    }

    fn picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<PictureView> {
        let now = self.clock.now();
        let p = self
            .log()
            .read(|c| assessments::picture(c, viewer, dossier, at, now))?;
        self.audit_assessments(viewer, dossier, "picture", &p.assessments)?;
        Ok(p)
    }

    fn propose_picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        deadline: DateTime<Utc>,
        note: Option<String>,
    ) -> Result<ProposalView> {
        let (v, d) = (viewer.clone(), dossier.to_string());
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (drafts, n) = assessments::decide_propose(ctx.tx, &v, ctx.now, &d, deadline, note)?;
            let _ = tx.send(n);
            Ok(drafts)
        })?;
        let n = rx.recv().map_err(|_| StoreError::Closed)?;
        self.proposal(viewer, dossier, n)
    }

    fn object_to_picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        number: u32,
        party: &PartyId,
        reason: String,
    ) -> Result<ProposalView> {
        let (v, d, p) = (viewer.clone(), dossier.to_string(), party.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            assessments::decide_object(ctx.tx, &v, ctx.now, &d, number, &p, reason)
        })?;
        self.proposal(viewer, dossier, number)
    }

    fn agreed_pictures(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
    ) -> Result<Vec<AgreedVersion>> {
        let now = self.clock.now();
        let list = self
            .log()
            .read(|c| assessments::agreed(c, viewer, dossier, at, now))?;
        if let Some(d) = self
            .log()
            .read(|c| crate::dossiers::get(c, viewer, dossier))?
        {
            self.audit_reads(
                viewer,
                "agreed",
                Some(dossier),
                list.iter()
                    .map(|_| ("agreed_picture", dossier, &d.marking))
                    .take(1),
            )?;
        }
        Ok(list)
    }
}

impl SqliteStore {
    fn audit_assessments(
        &self,
        viewer: &Viewer,
        dossier: &str,
        via: &str,
        list: &[AssessmentView],
    ) -> Result<()> {
        let ids: Vec<(String, &Marking)> = list
            .iter()
            .map(|a| (format!("{}/v{}", a.party, a.version), &a.marking))
            .collect();
        self.audit_reads(
            viewer,
            via,
            Some(dossier),
            ids.iter().map(|(id, m)| ("assessment", id.as_str(), *m)),
        )
    }

    fn evidence_item(&self, viewer: &Viewer, dossier: &str, id: &str) -> Result<EvidenceView> {
        self.evidence(viewer, dossier)?
            .into_iter()
            .find(|e| e.id == id)
            .ok_or_else(|| StoreError::not_found("evidence", id))
    }

    fn proposal(&self, viewer: &Viewer, dossier: &str, n: u32) -> Result<ProposalView> {
        self.picture(viewer, dossier, None)?
            .proposals
            .into_iter()
            .find(|p| p.number == n)
            .ok_or_else(|| StoreError::not_found("proposal", n.to_string()))
    }
}

/// A data directory opened read-only, for commands that read while a server may be running
/// (`entente picture`). Takes no lock and writes nothing; each read is one snapshot.
pub struct ReadOnly {
    conn: Connection,
}

impl ReadOnly {
    pub fn open(dir: &Path) -> Result<ReadOnly> {
        Ok(ReadOnly {
            conn: open_read_only(dir)?,
        })
    }

    fn snapshot<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("BEGIN")?;
        let out = f(&self.conn);
        let _ = self.conn.execute_batch("COMMIT");
        out
    }

    /// An account, to read as that user (`None` if there is none).
    pub fn user(&self, user: &entente_core::UserId) -> Result<Option<crate::accounts::UserView>> {
        self.snapshot(|c| crate::accounts::user(c, user))
    }

    /// The Annex III tables loaded into the directory (public reference data).
    pub fn imported_population_tables(&self) -> Result<Vec<entente_core::population::AnnexTable>> {
        self.snapshot(crate::population::imported)
    }

    /// The shared picture as [`PictureStore::picture`] answers it, with `now` as the clock.
    pub fn picture(
        &self,
        viewer: &Viewer,
        dossier: &str,
        at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<PictureView> {
        self.snapshot(|c| assessments::picture(c, viewer, dossier, at, now))
    }

    /// The log's head `seq`.
    pub fn head(&self) -> Result<u64> {
        self.snapshot(|c| {
            Ok(
                c.query_row("SELECT coalesce(max(seq), 0) FROM events", [], |r| {
                    r.get::<_, i64>(0)
                })? as u64,
            )
        })
    }

    /// [`crate::Store::search_changes`], read-only.
    pub fn search_changes(
        &self,
        after: u64,
        max_events: usize,
    ) -> Result<crate::search_source::SearchBatch> {
        self.snapshot(|c| crate::search_source::changes(c, after, max_events))
    }

    /// [`crate::Store::search_confirm`], read-only: nothing is written, so the reads are not
    /// audited (like every read of `entente picture`).
    pub fn search_confirm(
        &self,
        viewer: &Viewer,
        hits: &[(String, String)],
    ) -> Result<Vec<Option<crate::search_source::SearchDoc>>> {
        self.snapshot(|c| crate::search_source::confirm(c, viewer, hits))
    }
}

/// Opens the database of a data directory read-only. Takes no lock and writes nothing.
pub fn open_read_only(dir: &Path) -> Result<Connection> {
    let db = dir.join(crate::log::DB_FILE);
    if !db.exists() {
        return Err(StoreError::NotOurs(format!(
            "{} holds no entente data ({} is missing)",
            dir.display(),
            crate::log::DB_FILE
        )));
    }
    let conn = Connection::open_with_flags(
        &db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app != crate::schema::APPLICATION_ID {
        return Err(StoreError::NotOurs(format!(
            "{} is not an entente database",
            db.display()
        )));
    }
    Ok(conn)
}
