//! The store trait the server and the CLI program against, and its SQLite implementation.
//! A PostgreSQL backend implements the same trait and passes the same test story.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use entente_core::account::{self, Role, TokenCreated, UserCreated};
use entente_core::{Classification, Draft, EventBody, Tlp};

use entente_core::dossier::{DossierFacts, Status};
use entente_core::party::PartyRegistered;
use entente_core::{Actor, Event, Marking, PartyId, UserId, Viewer, can_see};

use crate::accounts::{self, Credentials, SessionView, TokenView, UserView};
use crate::audit::{self, AuditEntry, AuditFilter};
use crate::clock::Clock;
use crate::dossiers::{self, DossierFilter, DossierView, HistoryEntry, Page};
use crate::error::{Result, StoreError};
use crate::log::{self, Committed, Log, Options};
use crate::parties::{self, PartyView};

/// What the rest of entente may ask of a store. Every method that returns marked data takes
/// the [`Viewer`] and filters through [`can_see`].
pub trait Store:
    crate::procedure_store::Procedures
    + crate::picture_store::PictureStore
    + crate::stix_objects::StixStore
    + crate::tree_head::TreeHeads
    + Send
    + Sync
    + 'static
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

    // ---- accounts, sessions, tokens (accounts.rs). Administration is authorised at the
    // edge (admin role); the store checks consistency. ----
    fn create_user(&self, actor: &Actor, body: UserCreated) -> Result<UserView>;
    fn set_password(&self, actor: &Actor, user: &UserId, password_hash: String) -> Result<()>;
    fn disable_user(&self, actor: &Actor, user: &UserId, reason: Option<String>) -> Result<()>;
    fn change_roles(
        &self,
        actor: &Actor,
        user: &UserId,
        roles: BTreeSet<Role>,
        clearance: Option<Classification>,
    ) -> Result<UserView>;
    fn users(&self) -> Result<Vec<UserView>>;
    fn user(&self, user: &UserId) -> Result<Option<UserView>>;
    /// The account and its password hash, to check a login.
    fn credentials(&self, user: &UserId) -> Result<Option<Credentials>>;
    /// Opens a session (`token_hash`: SHA-256 hex of the session token) expiring `lifetime`
    /// after now.
    fn open_session(
        &self,
        actor: &Actor,
        token_hash: String,
        lifetime: chrono::Duration,
    ) -> Result<SessionView>;
    fn close_session(&self, actor: &Actor, token_hash: &str, reason: &str) -> Result<()>;
    fn session(&self, token_hash: &str) -> Result<Option<(SessionView, UserView)>>;
    fn create_token(&self, actor: &Actor, body: TokenCreated) -> Result<TokenView>;
    /// Revokes a token; with `owner`, only that user's token (another's reads as not found).
    fn revoke_token(&self, actor: &Actor, id: &str, owner: Option<&UserId>) -> Result<()>;
    fn tokens(&self, owner: Option<&UserId>) -> Result<Vec<TokenView>>;
    fn token_by_hash(&self, hash: &str) -> Result<Option<(TokenView, UserView)>>;
    /// Records login outcomes and exports: events of type `auth.login_succeeded`,
    /// `auth.login_failed` and `audit.export` only.
    fn record(&self, actor: &Actor, drafts: Vec<Draft>) -> Result<Committed>;
    /// The audit trail as `viewer` (an admin) may see it; `None`: the operator, everything.
    fn audit(&self, viewer: Option<&Viewer>, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;
}

/// The embedded store: SQLite in a data directory.
pub struct SqliteStore {
    log: Log,
    /// The store's clock, for live procedure outcomes (procedure_store.rs).
    pub(crate) clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("log", &self.log)
            .finish_non_exhaustive()
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

    /// Records an `audit.read` event for every item at TLP:AMBER or above that `viewer` was
    /// shown, marked like the item. Fails the read if the record cannot be written.
    fn audit_reads<'a>(
        &self,
        viewer: &Viewer,
        via: &str,
        items: impl Iterator<Item = (&'a str, &'a str, &'a Marking)>,
    ) -> Result<()> {
        if viewer.is_public() || viewer.user == UserId::system() {
            return Ok(());
        }
        let drafts: Vec<Draft> = items
            .filter(|(_, _, m)| m.tlp >= Tlp::Amber)
            .map(|(item, id, m)| {
                Draft::new(
                    &account::AuditRead {
                        item: item.into(),
                        id: id.into(),
                        via: via.into(),
                    },
                    m.clone(),
                )
            })
            .collect();
        if drafts.is_empty() {
            return Ok(());
        }
        self.log
            .execute(actor_of(viewer), None, move |_| Ok(drafts))?;
        Ok(())
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
        let d = self.log.read(|c| dossiers::get(c, viewer, id))?;
        if let Some(d) = &d {
            self.audit_reads(
                viewer,
                "get",
                std::iter::once(("dossier", d.id.as_str(), &d.marking)),
            )?;
        }
        Ok(d)
    }

    fn dossiers(&self, viewer: &Viewer, filter: &DossierFilter) -> Result<Page<DossierView>> {
        let page = self.log.read(|c| dossiers::list(c, viewer, filter))?;
        self.audit_reads(
            viewer,
            "list",
            page.items
                .iter()
                .map(|d| ("dossier", d.id.as_str(), &d.marking)),
        )?;
        Ok(page)
    }

    fn dossier_history(&self, viewer: &Viewer, id: &str) -> Result<Vec<HistoryEntry>> {
        let (d, h) = self.log.read(|c| {
            let h = dossiers::history(c, viewer, id)?;
            Ok((dossiers::get(c, viewer, id)?, h))
        })?;
        if let Some(d) = &d {
            self.audit_reads(
                viewer,
                "history",
                std::iter::once(("dossier", d.id.as_str(), &d.marking)),
            )?;
        }
        Ok(h)
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
                    // Account events hold credential hashes: never in the generic feed.
                    if account::ACCOUNT_EVENT_TYPES.contains(&e.kind.as_str()) {
                        continue;
                    }
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

    fn create_user(&self, actor: &Actor, body: UserCreated) -> Result<UserView> {
        let u = body.user.clone();
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_create_user(ctx.tx, body)
        })?;
        self.user(&u)?
            .ok_or_else(|| StoreError::not_found("user", u.as_str()))
    }

    fn set_password(&self, actor: &Actor, user: &UserId, password_hash: String) -> Result<()> {
        let u = user.clone();
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_set_password(ctx.tx, &u, password_hash)
        })?;
        Ok(())
    }

    fn disable_user(&self, actor: &Actor, user: &UserId, reason: Option<String>) -> Result<()> {
        let u = user.clone();
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_disable(ctx.tx, &u, reason)
        })?;
        Ok(())
    }

    fn change_roles(
        &self,
        actor: &Actor,
        user: &UserId,
        roles: BTreeSet<Role>,
        clearance: Option<Classification>,
    ) -> Result<UserView> {
        let u = user.clone();
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_change_roles(ctx.tx, &u, roles, clearance)
        })?;
        self.user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))
    }

    fn users(&self) -> Result<Vec<UserView>> {
        self.log.read(accounts::users)
    }

    fn user(&self, user: &UserId) -> Result<Option<UserView>> {
        self.log.read(|c| accounts::user(c, user))
    }

    fn credentials(&self, user: &UserId) -> Result<Option<Credentials>> {
        self.log.read(|c| accounts::credentials(c, user))
    }

    fn open_session(
        &self,
        actor: &Actor,
        token_hash: String,
        lifetime: chrono::Duration,
    ) -> Result<SessionView> {
        let (u, h) = (actor.user.clone(), token_hash.clone());
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_open_session(ctx.tx, ctx.now, &u, h, lifetime)
        })?;
        self.session(&token_hash)?
            .map(|(s, _)| s)
            .ok_or_else(|| StoreError::not_found("session", "new"))
    }

    fn close_session(&self, actor: &Actor, token_hash: &str, reason: &str) -> Result<()> {
        let (h, r) = (token_hash.to_string(), reason.to_string());
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_close_session(ctx.tx, &h, &r)
        })?;
        Ok(())
    }

    fn session(&self, token_hash: &str) -> Result<Option<(SessionView, UserView)>> {
        self.log.read(|c| accounts::session(c, token_hash))
    }

    fn create_token(&self, actor: &Actor, body: TokenCreated) -> Result<TokenView> {
        let id = body.id.clone();
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_create_token(ctx.tx, body)
        })?;
        self.log
            .read(|c| accounts::token(c, &id))?
            .ok_or_else(|| StoreError::not_found("token", id))
    }

    fn revoke_token(&self, actor: &Actor, id: &str, owner: Option<&UserId>) -> Result<()> {
        let (id, owner) = (id.to_string(), owner.cloned());
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_revoke_token(ctx.tx, &id, owner.as_ref())
        })?;
        Ok(())
    }

    fn tokens(&self, owner: Option<&UserId>) -> Result<Vec<TokenView>> {
        self.log.read(|c| accounts::tokens(c, owner))
    }

    fn token_by_hash(&self, hash: &str) -> Result<Option<(TokenView, UserView)>> {
        self.log.read(|c| accounts::token_by_hash(c, hash))
    }

    fn record(&self, actor: &Actor, drafts: Vec<Draft>) -> Result<Committed> {
        const RECORDABLE: [&str; 3] = [
            account::LoginSucceeded::TYPE,
            account::LoginFailed::TYPE,
            account::AuditExport::TYPE,
        ];
        if let Some(d) = drafts.iter().find(|d| !RECORDABLE.contains(&d.kind)) {
            return Err(StoreError::Forbidden(format!(
                "{} is decided by its own command, not recorded directly",
                d.kind
            )));
        }
        self.log.execute(actor.clone(), None, move |_| Ok(drafts))
    }

    fn audit(&self, viewer: Option<&Viewer>, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        self.log.read(|c| audit::list(c, viewer, filter))
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
