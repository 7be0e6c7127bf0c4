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
use crate::search_source::{self, SearchBatch, SearchDoc};

/// What the rest of entente may ask of a store. Every method that returns marked data takes
/// the [`Viewer`] and filters through [`can_see`].
pub trait Store:
    crate::procedure_store::Procedures
    + crate::picture_store::PictureStore
    + crate::stix_objects::StixStore
    + crate::statements::store::Statements
    + crate::sanctions::store::Sanctions
    + crate::taxii::TaxiiStore
    + crate::tree_head::TreeHeads
    + crate::watch::Watch
    + Send
    + Sync
    + 'static
{
    /// Hex of the instance's Ed25519 public key.
    fn public_key(&self) -> String;
    /// The secret that seals read-your-writes tokens, the same on every node of an instance.
    fn token_secret(&self) -> [u8; 32];
    /// The last `seq` and hash of the log.
    fn head(&self) -> Result<(u64, String)>;
    /// Signs a checkpoint over the head now.
    fn checkpoint(&self) -> Result<Committed>;
    /// Records `at` as the simulated time of every following event, until set again (`None`:
    /// real time only): an exercise's simulated clock, or the demo's replay of the public record
    /// on the dates it happened. Timelines show an event at its simulated time.
    fn simulate_at(&self, at: Option<chrono::DateTime<chrono::Utc>>);

    fn register_party(&self, actor: &Actor, party: PartyRegistered) -> Result<Committed>;
    fn parties(&self) -> Result<Vec<PartyView>>;
    fn party(&self, id: &PartyId) -> Result<Option<PartyView>>;

    /// Creates a dossier. Accounts never choose an id outright: the store assigns one from
    /// `slug` (or the title) and a random suffix, so that creating cannot reveal whether a hidden
    /// dossier exists (F5). The operator (demo loader, console) names the id exactly.
    fn create_dossier(
        &self,
        viewer: &Viewer,
        slug: Option<&str>,
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
    /// The `seq` of the event `id` (its UUID), if `viewer` may see it in the feed: the cursor
    /// of the feed's pages, so that pages name no position in the log (R10).
    fn event_seq(&self, viewer: &Viewer, id: &str) -> Result<Option<u64>>;

    // ---- accounts, sessions, tokens (accounts.rs). Who may administer which account is
    // decided in the store by the permission table; `by` is the caller (the operator at the
    // console: `Viewer::operator`). ----
    fn create_user(&self, by: &Viewer, body: UserCreated) -> Result<UserView>;
    fn activate_user(&self, by: &Viewer, user: &UserId) -> Result<UserView>;
    /// Sets another account's password at the console (the operator); its sessions and tokens
    /// end. Security officers reset in two steps instead (below).
    fn reset_password(&self, by: &Viewer, user: &UserId, password_hash: String) -> Result<()>;
    /// Asks for a reset of another account's password (a security officer of its party), holding
    /// the first half of the one-time code (`code_hash`: SHA-256 of that half).
    fn request_password_reset(&self, by: &Viewer, user: &UserId, code_hash: String) -> Result<()>;
    /// Approves a requested reset (a second officer of the party, or the administrator), holding
    /// the second half; the account's sessions and tokens end, and it signs in with both halves
    /// and then chooses a new password.
    fn approve_password_reset(&self, by: &Viewer, user: &UserId, code_hash: String) -> Result<()>;
    /// The caller changes their own password (checked at the edge); their other sessions and
    /// tokens end, the session `keep` (SHA-256 of its token) goes on.
    fn change_own_password(
        &self,
        by: &Viewer,
        password_hash: String,
        keep: Option<&str>,
    ) -> Result<()>;
    fn disable_user(&self, by: &Viewer, user: &UserId, reason: Option<String>) -> Result<()>;
    fn end_sessions(&self, by: &Viewer, user: &UserId) -> Result<()>;
    /// Changes an account's roles: removals at once, additions of party-bound roles or
    /// `security_officer` as a request a second person approves ([`Store::approve_roles`]).
    fn change_roles(
        &self,
        by: &Viewer,
        user: &UserId,
        roles: BTreeSet<Role>,
    ) -> Result<(UserView, accounts::GrantOutcome)>;
    fn approve_roles(&self, by: &Viewer, user: &UserId) -> Result<UserView>;
    fn grant_clearance(
        &self,
        by: &Viewer,
        user: &UserId,
        clearance: Option<Classification>,
    ) -> Result<(UserView, accounts::ClearanceOutcome)>;
    fn approve_clearance(&self, by: &Viewer, user: &UserId) -> Result<UserView>;
    /// Every account (the console and the authenticator).
    fn users(&self) -> Result<Vec<UserView>>;
    /// The interface language `user` chose, if any.
    fn user_language(&self, user: &UserId) -> Result<Option<entente_core::Lang>>;
    /// The caller chooses their interface language.
    fn set_language(&self, by: &Viewer, lang: entente_core::Lang) -> Result<()>;
    /// The accounts `viewer` may list: an admin all, a security officer their own party's.
    fn users_for(&self, viewer: &Viewer) -> Result<Vec<UserView>>;
    fn user(&self, user: &UserId) -> Result<Option<UserView>>;
    /// The account and its password hash, to check a login.
    fn credentials(&self, user: &UserId) -> Result<Option<Credentials>>;
    /// Opens a session (`token_hash`: SHA-256 hex of the session token) expiring `lifetime`
    /// after now, once `proof` holds for the account (its second factor, if it has one, is
    /// checked and spent here, at the batch time).
    fn open_session(
        &self,
        actor: &Actor,
        token_hash: String,
        lifetime: chrono::Duration,
        proof: accounts::SignInProof,
    ) -> Result<SessionView>;
    /// Enrols a TOTP second factor (RFC 6238) for `user`: the account itself with a correct
    /// `code` (the secret takes effect only then), or the operator without one.
    /// `recovery_codes`: SHA-256 (hex) of each recovery code.
    fn enable_second_factor(
        &self,
        by: &Viewer,
        user: &UserId,
        secret: String,
        code: Option<String>,
        recovery_codes: Vec<String>,
    ) -> Result<UserView>;
    /// The caller enrols its own second factor (confirmed by `code`); its API tokens and its
    /// sessions other than `keep_session` (SHA-256 of the session token) end.
    fn enrol_own_second_factor(
        &self,
        by: &Viewer,
        secret: String,
        code: String,
        recovery_codes: Vec<String>,
        keep_session: Option<&str>,
    ) -> Result<UserView>;
    /// Removes an account's second factor (a security officer of its party, or the operator);
    /// its sessions and tokens end.
    fn reset_second_factor(&self, by: &Viewer, user: &UserId) -> Result<()>;
    /// Every single sign-on rule (for the sign-in itself).
    fn signon_rules(&self) -> Result<Vec<entente_core::signon::SignOnRule>>;
    /// The rules `viewer` may list: an admin all, a security officer their own party's.
    fn signon_rules_for(&self, viewer: &Viewer) -> Result<Vec<entente_core::signon::SignOnRule>>;
    /// The proposed rules `viewer` may list (an admin all, a security officer their party's).
    fn signon_proposals_for(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<crate::signon_store::ProposedRule>>;
    /// Sets a rule: in force at once for the operator, proposed for a security officer.
    fn set_signon_rule(
        &self,
        by: &Viewer,
        rule: entente_core::signon::SignOnRule,
    ) -> Result<crate::signon_store::RuleOutcome>;
    /// Approves a proposed rule (a second officer of its party, or the administrator).
    fn approve_signon_rule(&self, by: &Viewer, id: &str) -> Result<()>;
    fn remove_signon_rule(&self, by: &Viewer, id: &str) -> Result<()>;
    /// Maps a verified OpenID Connect identity to an account by the rules (creating or
    /// updating it), or records why it gets no access.
    fn federate(
        &self,
        identity: crate::signon_store::FederatedIdentity,
    ) -> Result<crate::signon_store::FederatedOutcome>;
    fn close_session(&self, actor: &Actor, token_hash: &str, reason: &str) -> Result<()>;
    fn session(&self, token_hash: &str) -> Result<Option<(SessionView, UserView)>>;
    fn create_token(&self, by: &Viewer, body: TokenCreated) -> Result<TokenView>;
    /// Revokes a token; with `owner`, only that user's token (another's reads as not found).
    /// Revokes a token: the caller's own, or another account's when the permission table lets
    /// the caller end that account's sessions (an admin; a security officer of its party).
    /// Any other token reads as not found.
    fn revoke_token(&self, by: &Viewer, id: &str) -> Result<()>;
    fn tokens(&self, owner: Option<&UserId>) -> Result<Vec<TokenView>>;
    fn token_by_hash(&self, hash: &str) -> Result<Option<(TokenView, UserView)>>;
    /// Records login outcomes and exports: events of type `auth.login_succeeded`,
    /// `auth.login_failed` and `audit.export` only.
    fn record(&self, actor: &Actor, drafts: Vec<Draft>) -> Result<Committed>;
    /// The audit trail as `viewer` (an admin or security officer, or the operator) may see it.
    fn audit(&self, viewer: &Viewer, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;

    // ---- the search projection (search_source.rs; the index is `entente-search`) ----
    /// The data directory, where projections kept outside the database live (the search
    /// index); `None` for a store without one.
    fn data_dir(&self) -> Option<std::path::PathBuf>;
    /// Calls `f` with the head's `seq` after every commit that appended events.
    fn on_commit(&self, f: crate::log::CommitListener);
    /// The search documents events `after+1 ..` change (all documents when `after` is 0), at
    /// most `max_events` events at a time, in one snapshot.
    fn search_changes(&self, after: u64, max_events: usize) -> Result<SearchBatch>;
    /// Reloads each hit `(kind, key)` and keeps those `viewer` may see (`can_see` and the
    /// container rule); the reads of marked hits are audited like every other read.
    fn search_confirm(
        &self,
        viewer: &Viewer,
        hits: &[(String, String)],
    ) -> Result<Vec<Option<SearchDoc>>>;
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
    /// shown, marked like the item and scoped to its dossier (`container`). Fails the read if
    /// the record cannot be written. Every read path of marked data calls it (F10).
    pub(crate) fn audit_reads<'a>(
        &self,
        viewer: &Viewer,
        via: &str,
        container: Option<&str>,
        items: impl Iterator<Item = (&'a str, &'a str, &'a Marking)>,
    ) -> Result<()> {
        if viewer.is_public() || viewer.is_operator() {
            return Ok(());
        }
        let drafts: Vec<Draft> = items
            .filter(|(_, _, m)| m.tlp >= Tlp::Amber || m.classification.is_some())
            .map(|(item, id, m)| {
                Draft::new(
                    &account::AuditRead {
                        item: item.into(),
                        id: id.into(),
                        via: via.into(),
                        dossier: container.map(str::to_string),
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

    /// Records an `audit.export` event (every export is audited, whatever its marking).
    pub(crate) fn audit_export(
        &self,
        viewer: &Viewer,
        what: &str,
        format: &str,
        items: u64,
        container: Option<&str>,
        marking: &Marking,
    ) -> Result<()> {
        if viewer.is_public() || viewer.is_operator() {
            return Ok(());
        }
        let draft = Draft::new(
            &account::AuditExport {
                what: what.into(),
                format: format.into(),
                items,
                dossier: container.map(str::to_string),
            },
            marking.clone(),
        );
        self.log
            .execute(actor_of(viewer), None, move |_| Ok(vec![draft]))?;
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

    fn token_secret(&self) -> [u8; 32] {
        self.log.token_secret()
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

    fn simulate_at(&self, at: Option<chrono::DateTime<chrono::Utc>>) {
        self.log.simulate_at(at);
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
        slug: Option<&str>,
        facts: DossierFacts,
        marking: Marking,
    ) -> Result<DossierView> {
        let id = match slug {
            Some(exact) if viewer.is_operator() => exact.to_string(),
            _ => assign_id(slug, &facts)?,
        };
        let (v, owned) = (viewer.clone(), id.clone());
        self.log.execute(actor_of(viewer), None, move |ctx| {
            dossiers::decide_create(ctx.tx, &v, &owned, facts, marking)
        })?;
        self.reread(viewer, &id)
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
            dossiers::decide_update(ctx.tx, &v, ctx.now, &owned, facts, expected_version)
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
            dossiers::decide_transition(ctx.tx, &v, ctx.now, &owned, to, reason)
        })?;
        self.reread(viewer, id)
    }

    fn mark_dossier(&self, viewer: &Viewer, id: &str, marking: Marking) -> Result<DossierView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log.execute(actor_of(viewer), None, move |ctx| {
            dossiers::decide_mark(ctx.tx, &v, ctx.now, &owned, marking)
        })?;
        self.reread(viewer, id)
    }

    fn dossier(&self, viewer: &Viewer, id: &str) -> Result<Option<DossierView>> {
        let d = self.log.read(|c| dossiers::get(c, viewer, id))?;
        if let Some(d) = &d {
            self.audit_reads(
                viewer,
                "get",
                Some(&d.id),
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
            None,
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
                Some(&d.id),
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
            let mut containers = crate::scope::ContainerCheck::new(viewer);
            let mut out = Vec::new();
            let mut next = from.max(1);
            while out.len() < limit {
                let chunk = log::events_from(c, next, 1000)?;
                let Some(last) = chunk.last() else { break };
                next = last.seq + 1;
                for e in chunk {
                    if out.len() < limit && feed_shows(c, viewer, &mut containers, &e)? {
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

    fn event_seq(&self, viewer: &Viewer, id: &str) -> Result<Option<u64>> {
        let seq: Option<i64> = self.log.read(|c| {
            Ok(rusqlite::OptionalExtension::optional(c.query_row(
                "SELECT seq FROM events WHERE id = ?1",
                [id],
                |r| r.get(0),
            ))?)
        })?;
        let Some(seq) = seq.map(|s| s as u64) else {
            return Ok(None);
        };
        // Only an event the viewer is shown in the feed may serve as its cursor.
        self.log.read(|c| {
            let mut containers = crate::scope::ContainerCheck::new(viewer);
            for e in log::events_from(c, seq, 1)? {
                if e.seq == seq && feed_shows(c, viewer, &mut containers, &e)? {
                    return Ok(Some(seq));
                }
            }
            Ok(None)
        })
    }

    fn create_user(&self, by: &Viewer, body: UserCreated) -> Result<UserView> {
        let (b, u) = (by.clone(), body.user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_create_user(ctx.tx, &b, body)
        })?;
        self.user(&u)?
            .ok_or_else(|| StoreError::not_found("user", u.as_str()))
    }

    fn activate_user(&self, by: &Viewer, user: &UserId) -> Result<UserView> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_activate(ctx.tx, &b, &u)
        })?;
        self.user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))
    }

    fn reset_password(&self, by: &Viewer, user: &UserId, password_hash: String) -> Result<()> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_reset_password(ctx.tx, &b, &u, password_hash)
        })?;
        Ok(())
    }

    fn request_password_reset(&self, by: &Viewer, user: &UserId, code_hash: String) -> Result<()> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_request_password_reset(ctx.tx, &b, &u, code_hash)
        })?;
        Ok(())
    }

    fn approve_password_reset(&self, by: &Viewer, user: &UserId, code_hash: String) -> Result<()> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_approve_password_reset(ctx.tx, &b, &u, code_hash)
        })?;
        Ok(())
    }

    fn change_own_password(
        &self,
        by: &Viewer,
        password_hash: String,
        keep: Option<&str>,
    ) -> Result<()> {
        let (b, k) = (by.clone(), keep.map(str::to_string));
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_change_own_password(ctx.tx, &b, password_hash, k.as_deref())
        })?;
        Ok(())
    }

    fn disable_user(&self, by: &Viewer, user: &UserId, reason: Option<String>) -> Result<()> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_disable(ctx.tx, &b, &u, reason)
        })?;
        Ok(())
    }

    fn end_sessions(&self, by: &Viewer, user: &UserId) -> Result<()> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_end_sessions(ctx.tx, &b, &u)
        })?;
        Ok(())
    }

    fn change_roles(
        &self,
        by: &Viewer,
        user: &UserId,
        roles: BTreeSet<Role>,
    ) -> Result<(UserView, accounts::GrantOutcome)> {
        let (b, u) = (by.clone(), user.clone());
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.log.execute(actor_of(by), None, move |ctx| {
            let (drafts, outcome) = accounts::decide_change_roles(ctx.tx, &b, &u, roles)?;
            let _ = tx.send(outcome);
            Ok(drafts)
        })?;
        let outcome = rx.recv().map_err(|_| StoreError::Closed)?;
        let view = self
            .user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))?;
        Ok((view, outcome))
    }

    fn approve_roles(&self, by: &Viewer, user: &UserId) -> Result<UserView> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_approve_roles(ctx.tx, &b, &u)
        })?;
        self.user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))
    }

    fn grant_clearance(
        &self,
        by: &Viewer,
        user: &UserId,
        clearance: Option<Classification>,
    ) -> Result<(UserView, accounts::ClearanceOutcome)> {
        let (b, u) = (by.clone(), user.clone());
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.log.execute(actor_of(by), None, move |ctx| {
            let (drafts, outcome) = accounts::decide_grant_clearance(ctx.tx, &b, &u, clearance)?;
            let _ = tx.send(outcome);
            Ok(drafts)
        })?;
        let outcome = rx.recv().map_err(|_| StoreError::Closed)?;
        let view = self
            .user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))?;
        Ok((view, outcome))
    }

    fn approve_clearance(&self, by: &Viewer, user: &UserId) -> Result<UserView> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_approve_clearance(ctx.tx, &b, &u)
        })?;
        self.user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))
    }

    fn users(&self) -> Result<Vec<UserView>> {
        self.log.read(accounts::users)
    }

    fn user_language(&self, user: &UserId) -> Result<Option<entente_core::Lang>> {
        self.log.read(|c| accounts::language(c, user))
    }

    fn set_language(&self, by: &Viewer, lang: entente_core::Lang) -> Result<()> {
        let b = by.clone();
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_set_language(ctx.tx, &b, lang)
        })?;
        Ok(())
    }

    fn users_for(&self, viewer: &Viewer) -> Result<Vec<UserView>> {
        entente_core::authz::require(
            entente_core::authz::Action::AccountRead,
            viewer,
            &entente_core::authz::Facts::none(),
        )?;
        let all = viewer.is_operator() || viewer.has_role(Role::Admin);
        Ok(self
            .users()?
            .into_iter()
            .filter(|u| all || u.party == viewer.party)
            .collect())
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
        proof: accounts::SignInProof,
    ) -> Result<SessionView> {
        let (u, h) = (actor.user.clone(), token_hash.clone());
        self.log.execute(actor.clone(), None, move |ctx| {
            accounts::decide_open_session(ctx.tx, ctx.now, &u, h, lifetime, &proof)
        })?;
        self.session(&token_hash)?
            .map(|(s, _)| s)
            .ok_or_else(|| StoreError::not_found("session", "new"))
    }

    fn enable_second_factor(
        &self,
        by: &Viewer,
        user: &UserId,
        secret: String,
        code: Option<String>,
        recovery_codes: Vec<String>,
    ) -> Result<UserView> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_enable_second_factor(
                ctx.tx,
                &b,
                ctx.now,
                &u,
                secret,
                code.as_deref(),
                recovery_codes,
                None,
            )
        })?;
        self.user(user)?
            .ok_or_else(|| StoreError::not_found("user", user.as_str()))
    }

    fn enrol_own_second_factor(
        &self,
        by: &Viewer,
        secret: String,
        code: String,
        recovery_codes: Vec<String>,
        keep_session: Option<&str>,
    ) -> Result<UserView> {
        let (b, keep) = (by.clone(), keep_session.map(str::to_string));
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_enable_second_factor(
                ctx.tx,
                &b,
                ctx.now,
                &b.user,
                secret,
                Some(&code),
                recovery_codes,
                Some(keep.as_deref()),
            )
        })?;
        self.user(&by.user)?
            .ok_or_else(|| StoreError::not_found("user", by.user.as_str()))
    }

    fn reset_second_factor(&self, by: &Viewer, user: &UserId) -> Result<()> {
        let (b, u) = (by.clone(), user.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_reset_second_factor(ctx.tx, &b, &u)
        })?;
        Ok(())
    }

    fn signon_rules(&self) -> Result<Vec<entente_core::signon::SignOnRule>> {
        self.log.read(crate::signon_store::rules)
    }

    fn signon_rules_for(&self, viewer: &Viewer) -> Result<Vec<entente_core::signon::SignOnRule>> {
        entente_core::authz::require(
            entente_core::authz::Action::AccountRead,
            viewer,
            &entente_core::authz::Facts::none(),
        )?;
        let all = viewer.is_operator() || viewer.has_role(Role::Admin);
        Ok(self
            .signon_rules()?
            .into_iter()
            .filter(|r| all || r.party == viewer.party)
            .collect())
    }

    fn signon_proposals_for(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<crate::signon_store::ProposedRule>> {
        entente_core::authz::require(
            entente_core::authz::Action::AccountRead,
            viewer,
            &entente_core::authz::Facts::none(),
        )?;
        let all = viewer.is_operator() || viewer.has_role(Role::Admin);
        Ok(self
            .log
            .read(crate::signon_store::proposals)?
            .into_iter()
            .filter(|p| all || p.rule.party == viewer.party)
            .collect())
    }

    fn set_signon_rule(
        &self,
        by: &Viewer,
        rule: entente_core::signon::SignOnRule,
    ) -> Result<crate::signon_store::RuleOutcome> {
        let b = by.clone();
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.log.execute(actor_of(by), None, move |ctx| {
            let (drafts, outcome) = crate::signon_store::decide_set_rule(ctx.tx, &b, rule)?;
            let _ = tx.send(outcome);
            Ok(drafts)
        })?;
        rx.recv().map_err(|_| StoreError::Closed)
    }

    fn approve_signon_rule(&self, by: &Viewer, id: &str) -> Result<()> {
        let (b, id) = (by.clone(), id.to_string());
        self.log.execute(actor_of(by), None, move |ctx| {
            crate::signon_store::decide_approve_rule(ctx.tx, &b, &id)
        })?;
        Ok(())
    }

    fn remove_signon_rule(&self, by: &Viewer, id: &str) -> Result<()> {
        let (b, id) = (by.clone(), id.to_string());
        self.log.execute(actor_of(by), None, move |ctx| {
            crate::signon_store::decide_remove_rule(ctx.tx, &b, &id)
        })?;
        Ok(())
    }

    fn federate(
        &self,
        identity: crate::signon_store::FederatedIdentity,
    ) -> Result<crate::signon_store::FederatedOutcome> {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let instance = Actor {
            user: UserId::system(),
            party: log::instance_party(),
        };
        self.log.execute(instance, None, move |ctx| {
            let (drafts, outcome) = crate::signon_store::decide_federate(ctx.tx, &identity)?;
            let _ = tx.send(outcome);
            Ok(drafts)
        })?;
        rx.recv().map_err(|_| StoreError::Closed)
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

    fn create_token(&self, by: &Viewer, body: TokenCreated) -> Result<TokenView> {
        let (b, id) = (by.clone(), body.id.clone());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_create_token(ctx.tx, &b, ctx.now, body)
        })?;
        self.log
            .read(|c| accounts::token(c, &id))?
            .ok_or_else(|| StoreError::not_found("token", id))
    }

    fn revoke_token(&self, by: &Viewer, id: &str) -> Result<()> {
        let (b, id) = (by.clone(), id.to_string());
        self.log.execute(actor_of(by), None, move |ctx| {
            accounts::decide_revoke_token(ctx.tx, &b, &id)
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
        const RECORDABLE: [&str; 4] = [
            account::LoginSucceeded::TYPE,
            account::LoginFailed::TYPE,
            account::LoginFailuresAggregated::TYPE,
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

    fn audit(&self, viewer: &Viewer, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        entente_core::authz::require(
            entente_core::authz::Action::AuditRead,
            viewer,
            &entente_core::authz::Facts::none(),
        )?;
        self.log.read(|c| audit::list(c, viewer, filter))
    }

    fn data_dir(&self) -> Option<std::path::PathBuf> {
        Some(self.log.dir().to_path_buf())
    }

    fn on_commit(&self, f: crate::log::CommitListener) {
        self.log.on_commit(f);
    }

    fn search_changes(&self, after: u64, max_events: usize) -> Result<SearchBatch> {
        self.log
            .read(|c| search_source::changes(c, after, max_events))
    }

    fn search_confirm(
        &self,
        viewer: &Viewer,
        hits: &[(String, String)],
    ) -> Result<Vec<Option<SearchDoc>>> {
        let docs = self.log.read(|c| search_source::confirm(c, viewer, hits))?;
        // Audited per dossier, like a list of that dossier's items.
        let mut by_dossier: std::collections::BTreeMap<Option<&str>, Vec<(&str, &str, &Marking)>> =
            Default::default();
        for d in docs.iter().flatten() {
            if let Some(m) = d.guard.effective() {
                by_dossier.entry(d.dossier.as_deref()).or_default().push((
                    d.kind,
                    d.id.as_str(),
                    m,
                ));
            }
        }
        for (dossier, items) in by_dossier {
            self.audit_reads(viewer, "search", dossier, items.into_iter())?;
        }
        Ok(docs)
    }
}

/// Does the generic event feed show `e` to `viewer`?
fn feed_shows(
    c: &rusqlite::Connection,
    viewer: &Viewer,
    containers: &mut crate::scope::ContainerCheck<'_>,
    e: &Event,
) -> Result<bool> {
    // Account events hold credential hashes: never in the generic feed.
    if account::ACCOUNT_EVENT_TYPES.contains(&e.kind.as_str()) {
        return Ok(false);
    }
    // Who read or exported what is for those who audit (R11): the feed shows a member the
    // records of its own party's accounts only.
    let reading = e.kind == account::AuditRead::TYPE || e.kind == account::AuditExport::TYPE;
    if reading && !viewer.is_operator() && e.actor.party != viewer.party {
        return Ok(false);
    }
    let marking: Marking = e.parsed_marking()?;
    Ok(can_see(viewer, &e.actor.party, &e.actor.user, &marking) && containers.allows(c, e.seq)?)
}

/// The instance itself on its operator's command (bootstrap, demo loading, the console).
pub fn system_viewer(party: PartyId) -> Viewer {
    Viewer::operator(party)
}

/// A dossier id chosen by the store: a slug of `hint` (or of the title) and six random
/// characters, e.g. `solarwinds-2020-k3x9qa`.
fn assign_id(hint: Option<&str>, facts: &DossierFacts) -> Result<String> {
    let source = hint
        .map(str::to_string)
        .or_else(|| {
            facts
                .title
                .best(entente_core::Lang::En)
                .map(|(_, t)| t.to_string())
        })
        .unwrap_or_default();
    let mut slug = String::new();
    for c in source.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    Ok(format!(
        "{}{}{}",
        if slug.is_empty() { "dossier" } else { slug },
        "-",
        random_suffix(6)?
    ))
}

/// `n` random characters of the RFC 4648 base32 alphabet, lower-cased (5 bits each).
pub(crate) fn random_suffix(n: usize) -> Result<String> {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes)
        .map_err(|e| std::io::Error::other(format!("no randomness for an id: {e}")))?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[(b & 31) as usize] as char)
        .collect())
}
