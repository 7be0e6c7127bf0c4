//! The store trait the server and the CLI program against, and its SQLite implementation.
//! A PostgreSQL backend implements the same trait and passes the same test story.

use std::path::Path;
use std::sync::Arc;

use entente_core::dossier::{DossierFacts, Status};
use entente_core::party::PartyRegistered;
use entente_core::{Actor, Event, Marking, PartyId, UserId, Viewer, can_see};

use crate::clock::Clock;
use crate::dossiers::{self, DossierFilter, DossierView, HistoryEntry, Page};
use crate::error::{Result, StoreError};
use crate::log::{self, Committed, Log, Options};
use crate::parties::{self, PartyView};

/// What the rest of entente may ask of a store. Every method that returns marked data takes
/// the [`Viewer`] and filters through [`can_see`].
pub trait Store:
    crate::procedure_store::Procedures + crate::picture_store::PictureStore + Send + Sync + 'static
{
    /// Hex of the instance's Ed25519 public key.
    fn public_key(&self) -> String;
    /// The last `seq` and hash of the log.
    fn head(&self) -> Result<(u64, String)>;
    /// Signs a checkpoint over the head now.
    fn checkpoint(&self) -> Result<Committed>;

    fn register_party(&self, actor: &Actor, party: PartyRegistered) -> Result<Committed>;
    fn parties(&self) -> Result<Vec<PartyView>>;
    fn party(&self, id: &PartyId) -> Result<Option<PartyView>>;

    fn create_dossier(
        &self,
        viewer: &Viewer,
        id: &str,
        facts: DossierFacts,
        marking: Marking,
    ) -> Result<DossierView>;
    fn update_dossier(
        &self,
        viewer: &Viewer,
        id: &str,
        facts: DossierFacts,
        expected_version: Option<u32>,
    ) -> Result<DossierView>;
    fn transition_dossier(
        &self,
        viewer: &Viewer,
        id: &str,
        to: Status,
        reason: Option<String>,
    ) -> Result<DossierView>;
    fn mark_dossier(&self, viewer: &Viewer, id: &str, marking: Marking) -> Result<DossierView>;
    fn dossier(&self, viewer: &Viewer, id: &str) -> Result<Option<DossierView>>;
    fn dossiers(&self, viewer: &Viewer, filter: &DossierFilter) -> Result<Page<DossierView>>;
    fn dossier_history(&self, viewer: &Viewer, id: &str) -> Result<Vec<HistoryEntry>>;
    fn dossier_counts(&self, viewer: &Viewer) -> Result<Vec<(Status, usize)>>;

    /// Events from `from` on that `viewer` may see, at most `limit`.
    fn events(&self, viewer: &Viewer, from: u64, limit: usize) -> Result<Vec<Event>>;
    /// Number of events in the log (a count of the log, which reveals no content).
    fn event_count(&self) -> Result<u64>;
}

/// The embedded store: SQLite in a data directory.
pub struct SqliteStore {
    log: Log,
    /// The store's clock, for live procedure outcomes (procedure_store.rs).
    pub(crate) clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore").field("log", &self.log).finish_non_exhaustive()
    }
}

pub fn actor_of(v: &Viewer) -> Actor {
    Actor {
        user: v.user.clone(),
        party: v.party.clone(),
    }
}

impl SqliteStore {
    pub fn open(dir: &Path, clock: Arc<dyn Clock>, opts: Options) -> Result<Self> {
        Ok(SqliteStore {
            log: Log::open(dir, clock.clone(), opts)?,
            clock,
        })
    }

    /// The underlying log, for commands defined outside this file.
    pub fn log(&self) -> &Log {
        &self.log
    }

    fn reread(&self, viewer: &Viewer, id: &str) -> Result<DossierView> {
        self.log
            .read(|c| dossiers::get(c, viewer, id))?
            .ok_or_else(|| StoreError::not_found("dossier", id))
    }
}

impl Store for SqliteStore {
    fn public_key(&self) -> String {
        self.log.public_key()
    }

    fn head(&self) -> Result<(u64, String)> {
        self.log.read(|c| {
            let r: Option<(i64, String)> = rusqlite::OptionalExtension::optional(c.query_row(
                "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            ))?;
            Ok(r.map(|(s, h)| (s as u64, h))
                .unwrap_or((0, entente_core::event::GENESIS_HASH.to_string())))
        })
    }

    fn checkpoint(&self) -> Result<Committed> {
        self.log.checkpoint()
    }

    fn register_party(&self, actor: &Actor, party: PartyRegistered) -> Result<Committed> {
        self.log.execute(actor.clone(), None, move |_| {
            parties::decide_register(party)
        })
    }

    fn parties(&self) -> Result<Vec<PartyView>> {
        self.log.read(parties::list)
    }

    fn party(&self, id: &PartyId) -> Result<Option<PartyView>> {
        self.log.read(|c| parties::get(c, id))
    }

    fn create_dossier(
        &self,
        viewer: &Viewer,
        id: &str,
        facts: DossierFacts,
        marking: Marking,
    ) -> Result<DossierView> {
        let owned = id.to_string();
        self.log.execute(actor_of(viewer), None, move |ctx| {
            dossiers::decide_create(ctx.tx, &owned, facts, marking)
        })?;
        self.reread(viewer, id)
    }

    fn update_dossier(
        &self,
        viewer: &Viewer,
        id: &str,
        facts: DossierFacts,
        expected_version: Option<u32>,
    ) -> Result<DossierView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log.execute(actor_of(viewer), None, move |ctx| {
            dossiers::decide_update(ctx.tx, &v, &owned, facts, expected_version)
        })?;
        self.reread(viewer, id)
    }

    fn transition_dossier(
        &self,
        viewer: &Viewer,
        id: &str,
        to: Status,
        reason: Option<String>,
    ) -> Result<DossierView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log.execute(actor_of(viewer), None, move |ctx| {
            dossiers::decide_transition(ctx.tx, &v, &owned, to, reason)
        })?;
        self.reread(viewer, id)
    }

    fn mark_dossier(&self, viewer: &Viewer, id: &str, marking: Marking) -> Result<DossierView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log.execute(actor_of(viewer), None, move |ctx| {
            dossiers::decide_mark(ctx.tx, &v, &owned, marking)
        })?;
        self.reread(viewer, id)
    }

    fn dossier(&self, viewer: &Viewer, id: &str) -> Result<Option<DossierView>> {
        self.log.read(|c| dossiers::get(c, viewer, id))
    }

    fn dossiers(&self, viewer: &Viewer, filter: &DossierFilter) -> Result<Page<DossierView>> {
        self.log.read(|c| dossiers::list(c, viewer, filter))
    }

    fn dossier_history(&self, viewer: &Viewer, id: &str) -> Result<Vec<HistoryEntry>> {
        self.log.read(|c| dossiers::history(c, viewer, id))
    }

    fn dossier_counts(&self, viewer: &Viewer) -> Result<Vec<(Status, usize)>> {
        self.log.read(|c| dossiers::count_by_status(c, viewer))
    }

    fn events(&self, viewer: &Viewer, from: u64, limit: usize) -> Result<Vec<Event>> {
        let limit = limit.clamp(1, 1000);
        self.log.read(|c| {
            let mut out = Vec::new();
            let mut next = from.max(1);
            while out.len() < limit {
                let chunk = log::events_from(c, next, 1000)?;
                let Some(last) = chunk.last() else { break };
                next = last.seq + 1;
                for e in chunk {
                    let marking: Marking = e.parsed_marking()?;
                    if can_see(viewer, &e.actor.party, &e.actor.user, &marking) && out.len() < limit
                    {
                        out.push(e);
                    }
                }
            }
            Ok(out)
        })
    }

    fn event_count(&self) -> Result<u64> {
        self.log.read(|c| {
            Ok(c.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))? as u64)
        })
    }
}

/// A viewer for the instance itself (bootstrap and demo loading).
pub fn system_viewer(party: PartyId) -> Viewer {
    Viewer {
        user: UserId::system(),
        party,
        clearance: None,
    }
}
