//! The watch's store methods, as a supertrait of [`crate::Store`]: every `Arc<dyn Store>` offers
//! them. Writes run their decision in the single writer; reads take the [`Viewer`], filter every
//! item through `can_see`, and record `audit.read` for what they show at TLP:AMBER or above.

use chrono::NaiveDate;
use entente_core::watch::election::{EntryAdded, MissionRecorded};
use entente_core::watch::feed::ImportItem;
use entente_core::watch::fimi::{CountermeasureApplied, IncidentFacts};
use entente_core::watch::measure::{Effect, MeasureRecorded};
use entente_core::watch::rights::{RightsRecord, RightsUpdated};
use entente_core::watch::subscription::Subscription;
use entente_core::watch::text::{ProcessRef, Source};
use entente_core::watch::{Stage, Topic};
use entente_core::{Marking, Viewer};

use super::choose_id;
use super::election::{self, EntryView, MissionView};
use super::fimi::{self, IncidentView};
use super::policy::{
    self, AlertView, DueDigest, ImportReport, MeasureFilter, MeasureLogEntry, MeasureView,
    SubscriptionView,
};
use super::rights::{self, RightsUpdateView, RightsView};
use crate::error::{Result, StoreError};
use crate::store::{SqliteStore, actor_of};

/// A dated stage event of a jurisdiction's measures: (measure, title, stage, date).
pub type TimelineEntry = (String, String, String, Option<NaiveDate>);

/// What the edges may ask of the watch.
pub trait Watch {
    /// Records a measure; `wanted_id`: the operator's exact id, or a hint for the store's.
    fn record_measure(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        body: MeasureRecorded,
        marking: Marking,
    ) -> Result<MeasureView>;
    /// Imports a batch (one feed or file) in one command: all or nothing.
    fn import_measures(
        &self,
        viewer: &Viewer,
        source: &str,
        items: Vec<ImportItem>,
        marking: Marking,
    ) -> Result<ImportReport>;
    fn change_stage(
        &self,
        viewer: &Viewer,
        id: &str,
        stage: Stage,
        date: NaiveDate,
        note: Option<String>,
        source: Option<Source>,
    ) -> Result<MeasureView>;
    fn note_measure(
        &self,
        viewer: &Viewer,
        id: &str,
        effect: Effect,
        note: String,
    ) -> Result<MeasureView>;
    fn link_measure(&self, viewer: &Viewer, id: &str, process: ProcessRef) -> Result<MeasureView>;
    fn measure(&self, viewer: &Viewer, id: &str) -> Result<Option<MeasureView>>;
    fn measure_log(&self, viewer: &Viewer, id: &str) -> Result<Vec<MeasureLogEntry>>;
    fn measures(
        &self,
        viewer: &Viewer,
        filter: &MeasureFilter,
    ) -> Result<(Vec<MeasureView>, usize)>;
    /// Visible measures per jurisdiction, for the map.
    fn measure_counts(&self, viewer: &Viewer, topic: Option<&Topic>) -> Result<Vec<(String, u64)>>;
    fn jurisdiction_timeline(&self, viewer: &Viewer, code: &str) -> Result<Vec<TimelineEntry>>;
    /// Sets one of the viewer's subscriptions (`id`: an existing one of theirs, else new).
    fn subscribe(
        &self,
        viewer: &Viewer,
        id: Option<&str>,
        subscription: Subscription,
    ) -> Result<SubscriptionView>;
    fn unsubscribe(&self, viewer: &Viewer, id: &str) -> Result<()>;
    fn subscriptions(&self, viewer: &Viewer) -> Result<Vec<SubscriptionView>>;
    fn alerts(&self, viewer: &Viewer, limit: usize) -> Result<Vec<AlertView>>;
    /// The digests due (the operator only: the instance sends them).
    fn due_digests(&self, viewer: &Viewer) -> Result<Vec<DueDigest>>;
    fn digest_sent(&self, viewer: &Viewer, digest: &DueDigest) -> Result<()>;
    /// Records that `viewer` exported `items` watch items as `format` (every export is audited).
    fn audit_watch_export(
        &self,
        viewer: &Viewer,
        what: &str,
        format: &str,
        items: u64,
        marking: &Marking,
    ) -> Result<()>;

    fn record_incident(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        facts: IncidentFacts,
        marking: Marking,
    ) -> Result<IncidentView>;
    fn revise_incident(
        &self,
        viewer: &Viewer,
        id: &str,
        facts: IncidentFacts,
    ) -> Result<IncidentView>;
    fn link_incident(&self, viewer: &Viewer, id: &str, dossier: &str) -> Result<IncidentView>;
    fn apply_countermeasure(
        &self,
        viewer: &Viewer,
        body: CountermeasureApplied,
    ) -> Result<IncidentView>;
    fn incident(&self, viewer: &Viewer, id: &str) -> Result<Option<IncidentView>>;
    /// Visible incidents; with `dossier`, those linked to it.
    fn incidents(&self, viewer: &Viewer, dossier: Option<&str>) -> Result<Vec<IncidentView>>;

    fn record_mission(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        body: MissionRecorded,
        marking: Marking,
    ) -> Result<MissionView>;
    fn add_mission_entry(&self, viewer: &Viewer, body: EntryAdded) -> Result<Vec<EntryView>>;
    fn mission(&self, viewer: &Viewer, id: &str) -> Result<Option<MissionView>>;
    fn missions(&self, viewer: &Viewer) -> Result<Vec<MissionView>>;
    fn mission_entries(&self, viewer: &Viewer, id: &str) -> Result<Vec<EntryView>>;

    fn record_rights(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        record: RightsRecord,
        marking: Marking,
    ) -> Result<RightsView>;
    fn update_rights(&self, viewer: &Viewer, body: RightsUpdated) -> Result<RightsView>;
    fn rights_record(&self, viewer: &Viewer, id: &str) -> Result<Option<RightsView>>;
    fn rights_records(
        &self,
        viewer: &Viewer,
        kind: Option<&str>,
        country: Option<&str>,
    ) -> Result<Vec<RightsView>>;
    fn rights_updates(&self, viewer: &Viewer, id: &str) -> Result<Vec<RightsUpdateView>>;
}

impl SqliteStore {
    fn reread_measure(&self, viewer: &Viewer, id: &str) -> Result<MeasureView> {
        self.log()
            .read(|c| policy::get(c, viewer, id))?
            .ok_or_else(|| StoreError::not_found("measure", id))
    }

    fn reread_incident(&self, viewer: &Viewer, id: &str) -> Result<IncidentView> {
        self.log()
            .read(|c| fimi::get(c, viewer, id))?
            .ok_or_else(|| StoreError::not_found("incident", id))
    }

    fn reread_rights(&self, viewer: &Viewer, id: &str) -> Result<RightsView> {
        self.log()
            .read(|c| rights::get(c, viewer, id))?
            .ok_or_else(|| StoreError::not_found("rights record", id))
    }
}

impl Watch for SqliteStore {
    fn record_measure(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        mut body: MeasureRecorded,
        marking: Marking,
    ) -> Result<MeasureView> {
        body.id = choose_id(
            viewer,
            wanted_id,
            &format!("{} {}", body.jurisdiction, body.title),
        )?;
        let (v, id) = (viewer.clone(), body.id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_record(ctx.tx, &v, body, marking)
        })?;
        self.reread_measure(viewer, &id)
    }

    fn import_measures(
        &self,
        viewer: &Viewer,
        source: &str,
        items: Vec<ImportItem>,
        marking: Marking,
    ) -> Result<ImportReport> {
        let (v, s) = (viewer.clone(), source.to_string());
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        self.log().execute(actor_of(viewer), None, move |ctx| {
            let (drafts, report) = policy::decide_import(ctx.tx, &v, &s, items, marking)?;
            let _ = tx.send(report);
            Ok(drafts)
        })?;
        rx.recv().map_err(|_| StoreError::Closed)
    }

    fn change_stage(
        &self,
        viewer: &Viewer,
        id: &str,
        stage: Stage,
        date: NaiveDate,
        note: Option<String>,
        source: Option<Source>,
    ) -> Result<MeasureView> {
        let (v, i) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_stage(ctx.tx, &v, &i, stage, date, note, source)
        })?;
        self.reread_measure(viewer, id)
    }

    fn note_measure(
        &self,
        viewer: &Viewer,
        id: &str,
        effect: Effect,
        note: String,
    ) -> Result<MeasureView> {
        let (v, i) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_note(ctx.tx, &v, &i, effect, note)
        })?;
        self.reread_measure(viewer, id)
    }

    fn link_measure(&self, viewer: &Viewer, id: &str, process: ProcessRef) -> Result<MeasureView> {
        let (v, i) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_link(ctx.tx, &v, &i, process)
        })?;
        self.reread_measure(viewer, id)
    }

    fn measure(&self, viewer: &Viewer, id: &str) -> Result<Option<MeasureView>> {
        let m = self.log().read(|c| policy::get(c, viewer, id))?;
        if let Some(m) = &m {
            self.audit_reads(
                viewer,
                "get",
                None,
                std::iter::once(("measure", m.id.as_str(), &m.marked.marking)),
            )?;
        }
        Ok(m)
    }

    fn measure_log(&self, viewer: &Viewer, id: &str) -> Result<Vec<MeasureLogEntry>> {
        self.log().read(|c| policy::log(c, viewer, id))
    }

    fn measures(
        &self,
        viewer: &Viewer,
        filter: &MeasureFilter,
    ) -> Result<(Vec<MeasureView>, usize)> {
        let (items, total) = self.log().read(|c| policy::list(c, viewer, filter))?;
        self.audit_reads(
            viewer,
            "list",
            None,
            items
                .iter()
                .map(|m| ("measure", m.id.as_str(), &m.marked.marking)),
        )?;
        Ok((items, total))
    }

    fn measure_counts(&self, viewer: &Viewer, topic: Option<&Topic>) -> Result<Vec<(String, u64)>> {
        self.log()
            .read(|c| policy::counts_by_jurisdiction(c, viewer, topic))
    }

    fn jurisdiction_timeline(&self, viewer: &Viewer, code: &str) -> Result<Vec<TimelineEntry>> {
        self.log().read(|c| policy::timeline(c, viewer, code))
    }

    fn subscribe(
        &self,
        viewer: &Viewer,
        id: Option<&str>,
        subscription: Subscription,
    ) -> Result<SubscriptionView> {
        let (sid, new) = match id {
            Some(i) => (i.to_string(), false),
            None => (format!("sub-{}", crate::store::random_suffix(10)?), true),
        };
        let (v, s) = (viewer.clone(), sid.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_subscribe(ctx.tx, &v, &s, new, subscription)
        })?;
        self.subscriptions(viewer)?
            .into_iter()
            .find(|x| x.id == sid)
            .ok_or_else(|| StoreError::not_found("subscription", sid))
    }

    fn unsubscribe(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let (v, i) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_unsubscribe(ctx.tx, &v, &i)
        })?;
        Ok(())
    }

    fn subscriptions(&self, viewer: &Viewer) -> Result<Vec<SubscriptionView>> {
        if viewer.is_public() {
            return Ok(vec![]);
        }
        self.log().read(|c| policy::subscriptions(c, &viewer.user))
    }

    fn alerts(&self, viewer: &Viewer, limit: usize) -> Result<Vec<AlertView>> {
        if viewer.is_public() {
            return Ok(vec![]);
        }
        self.log()
            .read(|c| policy::alerts(c, viewer, limit.clamp(1, 500)))
    }

    fn due_digests(&self, viewer: &Viewer) -> Result<Vec<DueDigest>> {
        entente_core::authz::require(
            entente_core::authz::Action::PolicyDigestSend,
            viewer,
            &entente_core::authz::Facts::none(),
        )?;
        self.log().read(policy::due_digests)
    }

    fn digest_sent(&self, viewer: &Viewer, digest: &DueDigest) -> Result<()> {
        let (v, s, t, n) = (
            viewer.clone(),
            digest.subscription.clone(),
            digest.through,
            digest.lines.len() as u64,
        );
        self.log().execute(actor_of(viewer), None, move |ctx| {
            policy::decide_digest_sent(ctx.tx, &v, &s, t, n)
        })?;
        Ok(())
    }

    fn audit_watch_export(
        &self,
        viewer: &Viewer,
        what: &str,
        format: &str,
        items: u64,
        marking: &Marking,
    ) -> Result<()> {
        self.audit_export(viewer, what, format, items, None, marking)
    }

    fn record_incident(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        facts: IncidentFacts,
        marking: Marking,
    ) -> Result<IncidentView> {
        let id = choose_id(viewer, wanted_id, &facts.name)?;
        let (v, i) = (viewer.clone(), id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            fimi::decide_record(ctx.tx, &v, &i, facts, marking)
        })?;
        self.reread_incident(viewer, &id)
    }

    fn revise_incident(
        &self,
        viewer: &Viewer,
        id: &str,
        facts: IncidentFacts,
    ) -> Result<IncidentView> {
        let (v, i) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            fimi::decide_revise(ctx.tx, &v, &i, facts)
        })?;
        self.reread_incident(viewer, id)
    }

    fn link_incident(&self, viewer: &Viewer, id: &str, dossier: &str) -> Result<IncidentView> {
        let (v, i, d) = (viewer.clone(), id.to_string(), dossier.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            fimi::decide_link(ctx.tx, &v, &i, &d)
        })?;
        self.reread_incident(viewer, id)
    }

    fn apply_countermeasure(
        &self,
        viewer: &Viewer,
        body: CountermeasureApplied,
    ) -> Result<IncidentView> {
        let (v, id) = (viewer.clone(), body.incident.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            fimi::decide_countermeasure(ctx.tx, &v, body)
        })?;
        self.reread_incident(viewer, &id)
    }

    fn incident(&self, viewer: &Viewer, id: &str) -> Result<Option<IncidentView>> {
        let i = self.log().read(|c| fimi::get(c, viewer, id))?;
        if let Some(i) = &i {
            self.audit_reads(
                viewer,
                "get",
                None,
                std::iter::once(("fimi-incident", i.id.as_str(), &i.marked.marking)),
            )?;
        }
        Ok(i)
    }

    fn incidents(&self, viewer: &Viewer, dossier: Option<&str>) -> Result<Vec<IncidentView>> {
        let items = self.log().read(|c| fimi::list(c, viewer, dossier))?;
        self.audit_reads(
            viewer,
            "list",
            dossier,
            items
                .iter()
                .map(|i| ("fimi-incident", i.id.as_str(), &i.marked.marking)),
        )?;
        Ok(items)
    }

    fn record_mission(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        mut body: MissionRecorded,
        marking: Marking,
    ) -> Result<MissionView> {
        body.id = choose_id(
            viewer,
            wanted_id,
            &format!("{} {}", body.country, body.name),
        )?;
        let (v, id) = (viewer.clone(), body.id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            election::decide_record(ctx.tx, &v, body, marking)
        })?;
        self.log()
            .read(|c| election::get(c, viewer, &id))?
            .ok_or_else(|| StoreError::not_found("mission", id))
    }

    fn add_mission_entry(&self, viewer: &Viewer, body: EntryAdded) -> Result<Vec<EntryView>> {
        let (v, id) = (viewer.clone(), body.mission.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            election::decide_entry(ctx.tx, &v, body)
        })?;
        self.mission_entries(viewer, &id)
    }

    fn mission(&self, viewer: &Viewer, id: &str) -> Result<Option<MissionView>> {
        let m = self.log().read(|c| election::get(c, viewer, id))?;
        if let Some(m) = &m {
            self.audit_reads(
                viewer,
                "get",
                None,
                std::iter::once(("election-mission", m.record.id.as_str(), &m.marked.marking)),
            )?;
        }
        Ok(m)
    }

    fn missions(&self, viewer: &Viewer) -> Result<Vec<MissionView>> {
        let items = self.log().read(|c| election::list(c, viewer))?;
        self.audit_reads(
            viewer,
            "list",
            None,
            items
                .iter()
                .map(|m| ("election-mission", m.record.id.as_str(), &m.marked.marking)),
        )?;
        Ok(items)
    }

    fn mission_entries(&self, viewer: &Viewer, id: &str) -> Result<Vec<EntryView>> {
        self.log().read(|c| election::entries(c, viewer, id))
    }

    fn record_rights(
        &self,
        viewer: &Viewer,
        wanted_id: Option<&str>,
        record: RightsRecord,
        marking: Marking,
    ) -> Result<RightsView> {
        let id = choose_id(
            viewer,
            wanted_id,
            &format!("{} {}", record.country, record.kind),
        )?;
        let (v, i) = (viewer.clone(), id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            rights::decide_record(ctx.tx, &v, &i, record, marking)
        })?;
        self.reread_rights(viewer, &id)
    }

    fn update_rights(&self, viewer: &Viewer, body: RightsUpdated) -> Result<RightsView> {
        let (v, id) = (viewer.clone(), body.record.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            rights::decide_update(ctx.tx, &v, body)
        })?;
        self.reread_rights(viewer, &id)
    }

    fn rights_record(&self, viewer: &Viewer, id: &str) -> Result<Option<RightsView>> {
        let r = self.log().read(|c| rights::get(c, viewer, id))?;
        if let Some(r) = &r {
            self.audit_reads(
                viewer,
                "get",
                None,
                std::iter::once(("rights-record", r.id.as_str(), &r.marked.marking)),
            )?;
        }
        Ok(r)
    }

    fn rights_records(
        &self,
        viewer: &Viewer,
        kind: Option<&str>,
        country: Option<&str>,
    ) -> Result<Vec<RightsView>> {
        let items = self
            .log()
            .read(|c| rights::list(c, viewer, kind, country))?;
        self.audit_reads(
            viewer,
            "list",
            None,
            items
                .iter()
                .map(|r| ("rights-record", r.id.as_str(), &r.marked.marking)),
        )?;
        Ok(items)
    }

    fn rights_updates(&self, viewer: &Viewer, id: &str) -> Result<Vec<RightsUpdateView>> {
        self.log().read(|c| rights::updates(c, viewer, id))
    }
}
