//! The store methods of issue 7 (procedures, positions, responses, packages, attributions),
//! as a supertrait of [`crate::Store`]: every `Arc<dyn Store>` offers them. Reads take the
//! [`Viewer`] and show only what the dossier's (and the attribution's) marking allows; writes
//! run their decision in the single writer with the batch time as "now".

use chrono::{DateTime, Utc};
use entente_core::Viewer;
use entente_core::options::AttributionState;

use entente_core::population::{AnnexTable, TableInput};

use crate::attributions::{self, AttributionRegister, AttributionView, NewAttribution};
use crate::error::{Result, StoreError};
use crate::log::instance_party;
use crate::population::{self, PopulationTableView};
use crate::procedures::{
    self, HistoricPosition, OpenProcedure, PackageView, PositionInput, ProcedureView, ResponseView,
};
use crate::store::{SqliteStore, actor_of};

/// Procedures, packages, responses and the attribution register.
pub trait Procedures {
    /// The store's clock (what "now" means for deadlines and countdowns).
    fn now(&self) -> DateTime<Utc>;

    /// The chair opens a procedure on dossier `dossier`.
    fn open_procedure(
        &self,
        viewer: &Viewer,
        dossier: &str,
        req: OpenProcedure,
    ) -> Result<ProcedureView>;
    /// The chair enters a procedure concluded outside entente (public record), already closed.
    fn record_concluded_procedure(
        &self,
        viewer: &Viewer,
        dossier: &str,
        req: OpenProcedure,
        positions: Vec<HistoricPosition>,
        concluded_at: DateTime<Utc>,
    ) -> Result<ProcedureView>;
    /// A delegate records (or changes) the position of `party`, which must be their own.
    fn record_position(
        &self,
        viewer: &Viewer,
        procedure: &str,
        party: &str,
        position: PositionInput,
    ) -> Result<ProcedureView>;
    /// The chair closes a procedure: the outcome is fixed.
    fn close_procedure(&self, viewer: &Viewer, procedure: &str) -> Result<ProcedureView>;
    /// Closes every procedure whose deadline has passed (as the instance); returns their ids.
    fn close_due_procedures(&self) -> Result<Vec<String>>;
    /// A procedure with its live outcome (an audited read).
    fn procedure(&self, viewer: &Viewer, procedure: &str) -> Result<Option<ProcedureView>>;
    /// The same read for a live stream, whose opening was audited by [`Procedures::procedure`]:
    /// the stream's updates are not audited one by one.
    fn watch_procedure(&self, viewer: &Viewer, procedure: &str) -> Result<Option<ProcedureView>>;
    /// The procedures of a dossier, oldest first.
    fn procedures(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<ProcedureView>>;
    /// The dossier's responses: its adopted decisions.
    fn responses(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<ResponseView>>;

    /// Assembles a package of toolbox measures on a dossier.
    fn assemble_package(
        &self,
        viewer: &Viewer,
        dossier: &str,
        measures: Vec<String>,
        note: Option<String>,
    ) -> Result<PackageView>;
    fn packages(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<PackageView>>;
    fn package(&self, viewer: &Viewer, id: &str) -> Result<Option<PackageView>>;

    /// Records an attribution: the recorder's own party's, or a joint one (chair only).
    fn record_attribution(
        &self,
        viewer: &Viewer,
        dossier: &str,
        attribution: NewAttribution,
    ) -> Result<AttributionView>;
    fn withdraw_attribution(
        &self,
        viewer: &Viewer,
        id: &str,
        reason: Option<String>,
    ) -> Result<AttributionView>;
    /// Who has attributed what on a dossier, and what the measures considered need.
    fn attribution_register(&self, viewer: &Viewer, dossier: &str) -> Result<AttributionRegister>;
    /// The attribution state the options engine weighs, as `viewer` sees the register.
    fn attribution_state(&self, viewer: &Viewer, dossier: &str) -> Result<AttributionState>;

    /// Every Annex III table, shipped and loaded into this instance (public reference data).
    fn population_tables(&self) -> Result<Vec<PopulationTableView>>;
    /// The tables loaded into this instance, in the order they were loaded, for
    /// [`entente_core::population::choose_table`].
    fn imported_population_tables(&self) -> Result<Vec<AnnexTable>>;
    /// Loads an Annex III table (an administrator, or the operator at the console), checked by
    /// [`entente_core::population::check_import`]; nothing is recorded when it is refused.
    fn import_population(&self, viewer: &Viewer, input: TableInput) -> Result<PopulationTableView>;
}

impl SqliteStore {
    /// Audits the read of items of `dossier`, which carry the dossier's marking.
    fn audit_in_dossier(
        &self,
        viewer: &Viewer,
        dossier: &str,
        via: &str,
        items: &[(&str, &str)],
    ) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        let Some(d) = self
            .log()
            .read(|c| crate::dossiers::get(c, viewer, dossier))?
        else {
            return Ok(());
        };
        self.audit_reads(
            viewer,
            via,
            Some(dossier),
            items.iter().map(|(kind, id)| (*kind, *id, &d.marking)),
        )
    }

    fn reread_procedure(&self, viewer: &Viewer, id: &str) -> Result<ProcedureView> {
        let now = self.clock.now();
        self.log()
            .read(|c| procedures::get(c, viewer, id, now))?
            .ok_or_else(|| StoreError::not_found("procedure", id))
    }
}

impl Procedures for SqliteStore {
    fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn open_procedure(
        &self,
        viewer: &Viewer,
        dossier: &str,
        req: OpenProcedure,
    ) -> Result<ProcedureView> {
        let (v, d) = (viewer.clone(), dossier.to_string());
        let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let slot = out.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (id, drafts) = procedures::decide_open(ctx.tx, &v, ctx.now, &d, req)?;
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = id;
            Ok(drafts)
        })?;
        let id = out.lock().unwrap_or_else(|e| e.into_inner()).clone();
        self.reread_procedure(viewer, &id)
    }

    fn record_concluded_procedure(
        &self,
        viewer: &Viewer,
        dossier: &str,
        req: OpenProcedure,
        positions: Vec<HistoricPosition>,
        concluded_at: DateTime<Utc>,
    ) -> Result<ProcedureView> {
        let (v, d) = (viewer.clone(), dossier.to_string());
        let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let slot = out.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (id, drafts) =
                procedures::decide_historic(ctx.tx, &v, ctx.now, &d, req, positions, concluded_at)?;
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = id;
            Ok(drafts)
        })?;
        let id = out.lock().unwrap_or_else(|e| e.into_inner()).clone();
        self.reread_procedure(viewer, &id)
    }

    fn record_position(
        &self,
        viewer: &Viewer,
        procedure: &str,
        party: &str,
        position: PositionInput,
    ) -> Result<ProcedureView> {
        let (v, p, party) = (viewer.clone(), procedure.to_string(), party.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            procedures::decide_position(ctx.tx, &v, ctx.now, &p, &party, position)
        })?;
        self.reread_procedure(viewer, procedure)
    }

    fn close_procedure(&self, viewer: &Viewer, procedure: &str) -> Result<ProcedureView> {
        let (v, p) = (viewer.clone(), procedure.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            procedures::decide_close(ctx.tx, &v, ctx.now, &p)
        })?;
        self.reread_procedure(viewer, procedure)
    }

    fn close_due_procedures(&self) -> Result<Vec<String>> {
        let now = self.clock.now();
        if self.log().read(|c| procedures::due(c, now))?.is_empty() {
            return Ok(Vec::new());
        }
        let operator = crate::store::system_viewer(instance_party());
        entente_core::authz::require(
            entente_core::authz::Action::ProcedureCloseDue,
            &operator,
            &entente_core::authz::Facts::none(),
        )?;
        let system = actor_of(&operator);
        let out = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let slot = out.clone();
        self.log().execute(system, None, move |ctx| {
            let ids = procedures::due(ctx.tx, ctx.now)?;
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = ids;
            procedures::decide_close_due(ctx.tx, ctx.now)
        })?;
        let ids = out.lock().unwrap_or_else(|e| e.into_inner()).clone();
        Ok(ids)
    }

    fn procedure(&self, viewer: &Viewer, procedure: &str) -> Result<Option<ProcedureView>> {
        let p = self.watch_procedure(viewer, procedure)?;
        if let Some(p) = &p {
            self.audit_in_dossier(viewer, &p.dossier, "get", &[("procedure", &p.id)])?;
        }
        Ok(p)
    }

    fn watch_procedure(&self, viewer: &Viewer, procedure: &str) -> Result<Option<ProcedureView>> {
        let now = self.clock.now();
        self.log()
            .read(|c| procedures::get(c, viewer, procedure, now))
    }

    fn procedures(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<ProcedureView>> {
        let now = self.clock.now();
        let list = self
            .log()
            .read(|c| procedures::list(c, viewer, dossier, now))?;
        let ids: Vec<(&str, &str)> = list.iter().map(|p| ("procedure", p.id.as_str())).collect();
        self.audit_in_dossier(viewer, dossier, "list", &ids)?;
        Ok(list)
    }

    fn responses(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<ResponseView>> {
        let list = self
            .log()
            .read(|c| procedures::responses(c, viewer, dossier))?;
        let ids: Vec<(&str, &str)> = list
            .iter()
            .map(|r| ("response", r.procedure.as_str()))
            .collect();
        self.audit_in_dossier(viewer, dossier, "list", &ids)?;
        Ok(list)
    }

    fn assemble_package(
        &self,
        viewer: &Viewer,
        dossier: &str,
        measures: Vec<String>,
        note: Option<String>,
    ) -> Result<PackageView> {
        let (v, d) = (viewer.clone(), dossier.to_string());
        let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let slot = out.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (id, drafts) = procedures::decide_package(ctx.tx, &v, &d, measures, note)?;
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = id;
            Ok(drafts)
        })?;
        let id = out.lock().unwrap_or_else(|e| e.into_inner()).clone();
        self.log()
            .read(|c| procedures::package(c, viewer, &id))?
            .ok_or_else(|| StoreError::not_found("package", id))
    }

    fn packages(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<PackageView>> {
        let list = self
            .log()
            .read(|c| procedures::packages(c, viewer, dossier))?;
        let ids: Vec<(&str, &str)> = list.iter().map(|p| ("package", p.id.as_str())).collect();
        self.audit_in_dossier(viewer, dossier, "list", &ids)?;
        Ok(list)
    }

    fn package(&self, viewer: &Viewer, id: &str) -> Result<Option<PackageView>> {
        let p = self.log().read(|c| procedures::package(c, viewer, id))?;
        if let Some(p) = &p {
            self.audit_in_dossier(viewer, &p.dossier, "get", &[("package", &p.id)])?;
        }
        Ok(p)
    }

    fn record_attribution(
        &self,
        viewer: &Viewer,
        dossier: &str,
        attribution: NewAttribution,
    ) -> Result<AttributionView> {
        let (v, d) = (viewer.clone(), dossier.to_string());
        let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let slot = out.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (id, drafts) = attributions::decide_record(ctx.tx, &v, ctx.now, &d, attribution)?;
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = id;
            Ok(drafts)
        })?;
        let id = out.lock().unwrap_or_else(|e| e.into_inner()).clone();
        self.log()
            .read(|c| attributions::get(c, viewer, &id))?
            .ok_or_else(|| StoreError::not_found("attribution", id))
    }

    fn withdraw_attribution(
        &self,
        viewer: &Viewer,
        id: &str,
        reason: Option<String>,
    ) -> Result<AttributionView> {
        let (v, i) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            attributions::decide_withdraw(ctx.tx, &v, ctx.now, &i, reason)
        })?;
        self.log()
            .read(|c| attributions::get(c, viewer, id))?
            .ok_or_else(|| StoreError::not_found("attribution", id))
    }

    fn attribution_register(&self, viewer: &Viewer, dossier: &str) -> Result<AttributionRegister> {
        let r = self
            .log()
            .read(|c| attributions::register(c, viewer, dossier))?;
        self.audit_reads(
            viewer,
            "list",
            Some(dossier),
            r.attributions
                .iter()
                .map(|a| ("attribution", a.id.as_str(), &a.marking)),
        )?;
        Ok(r)
    }

    fn attribution_state(&self, viewer: &Viewer, dossier: &str) -> Result<AttributionState> {
        let list = self
            .log()
            .read(|c| attributions::list(c, viewer, dossier))?;
        Ok(attributions::state_of(&list))
    }

    fn population_tables(&self) -> Result<Vec<PopulationTableView>> {
        self.log().read(population::tables)
    }

    fn imported_population_tables(&self) -> Result<Vec<AnnexTable>> {
        self.log().read(population::imported)
    }

    fn import_population(&self, viewer: &Viewer, input: TableInput) -> Result<PopulationTableView> {
        let v = viewer.clone();
        let year = input.year;
        self.log().execute(actor_of(viewer), None, move |ctx| {
            Ok(population::decide_import(ctx.tx, &v, &input)?.1)
        })?;
        self.population_tables()?
            .into_iter()
            .rev()
            .find(|t| t.year == year && t.origin == "imported")
            .ok_or_else(|| StoreError::not_found("population table", year.to_string()))
    }
}
