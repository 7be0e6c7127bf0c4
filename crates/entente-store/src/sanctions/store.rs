//! The store methods of the sanctions register, as a supertrait of [`crate::Store`].

use chrono::NaiveDate;
use entente_core::Viewer;
use entente_core::sanctions::{Entry, LegalAct};

use super::decide::{self, NewListing, NewRenewal};
use super::read::{self, ListingFilter, ListingView, RegimeView};
use crate::error::{Result, StoreError};
use crate::store::{SqliteStore, actor_of, random_suffix};

/// The register of the cyber sanctions regime.
pub trait Sanctions {
    /// Records a listing. Accounts never choose the id (the store draws one); the operator
    /// entering the public record names it (`id`).
    fn record_listing(
        &self,
        viewer: &Viewer,
        id: Option<&str>,
        listing: NewListing,
    ) -> Result<ListingView>;
    fn amend_listing(
        &self,
        viewer: &Viewer,
        id: &str,
        entry: Entry,
        acts: Vec<LegalAct>,
        date: NaiveDate,
        note: Option<String>,
    ) -> Result<ListingView>;
    fn delist(
        &self,
        viewer: &Viewer,
        id: &str,
        acts: Vec<LegalAct>,
        date: NaiveDate,
        reason: Option<String>,
    ) -> Result<ListingView>;
    fn record_renewal(&self, viewer: &Viewer, renewal: NewRenewal) -> Result<RegimeView>;
    /// An entry (an audited read).
    fn listing(&self, viewer: &Viewer, id: &str) -> Result<Option<ListingView>>;
    /// The entries that pass `filter` (an audited read).
    fn listings(&self, viewer: &Viewer, filter: &ListingFilter) -> Result<Vec<ListingView>>;
    /// The entries for an export in `format` (the export is audited).
    fn export_listings(
        &self,
        viewer: &Viewer,
        filter: &ListingFilter,
        format: &str,
    ) -> Result<Vec<ListingView>>;
    /// The regime: renewals, terms and the review of the listings, on the store's date.
    fn sanctions_regime(&self, viewer: &Viewer) -> Result<RegimeView>;
}

impl SqliteStore {
    fn audit_listings(&self, viewer: &Viewer, via: &str, list: &[ListingView]) -> Result<()> {
        self.audit_reads(
            viewer,
            via,
            None,
            list.iter()
                .map(|l| ("sanctions_entry", l.listing.id.as_str(), &l.marking)),
        )
    }

    fn reread_listing(&self, viewer: &Viewer, id: &str) -> Result<ListingView> {
        let now = self.clock.now();
        self.log()
            .read(|c| read::get(c, viewer, id, now))?
            .ok_or_else(|| StoreError::not_found("sanctions entry", id))
    }
}

impl Sanctions for SqliteStore {
    fn record_listing(
        &self,
        viewer: &Viewer,
        id: Option<&str>,
        listing: NewListing,
    ) -> Result<ListingView> {
        let id = match id {
            Some(exact) if viewer.is_operator() => exact.to_string(),
            _ => format!("sx-{}", random_suffix(10)?),
        };
        let (v, owned) = (viewer.clone(), id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_list(ctx.tx, &v, ctx.now, owned, listing)
        })?;
        self.reread_listing(viewer, &id)
    }

    fn amend_listing(
        &self,
        viewer: &Viewer,
        id: &str,
        entry: Entry,
        acts: Vec<LegalAct>,
        date: NaiveDate,
        note: Option<String>,
    ) -> Result<ListingView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_amend(ctx.tx, &v, ctx.now, &owned, entry, acts, date, note)
        })?;
        self.reread_listing(viewer, id)
    }

    fn delist(
        &self,
        viewer: &Viewer,
        id: &str,
        acts: Vec<LegalAct>,
        date: NaiveDate,
        reason: Option<String>,
    ) -> Result<ListingView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_delist(ctx.tx, &v, ctx.now, &owned, acts, date, reason)
        })?;
        self.reread_listing(viewer, id)
    }

    fn record_renewal(&self, viewer: &Viewer, renewal: NewRenewal) -> Result<RegimeView> {
        let v = viewer.clone();
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_renew(&v, ctx.now, renewal)
        })?;
        self.sanctions_regime(viewer)
    }

    fn listing(&self, viewer: &Viewer, id: &str) -> Result<Option<ListingView>> {
        let now = self.clock.now();
        let l = self.log().read(|c| read::get(c, viewer, id, now))?;
        if let Some(l) = &l {
            self.audit_listings(viewer, "get", std::slice::from_ref(l))?;
        }
        Ok(l)
    }

    fn listings(&self, viewer: &Viewer, filter: &ListingFilter) -> Result<Vec<ListingView>> {
        let now = self.clock.now();
        let list = self.log().read(|c| read::list(c, viewer, filter, now))?;
        self.audit_listings(viewer, "list", &list)?;
        Ok(list)
    }

    fn export_listings(
        &self,
        viewer: &Viewer,
        filter: &ListingFilter,
        format: &str,
    ) -> Result<Vec<ListingView>> {
        let now = self.clock.now();
        let list = self.log().read(|c| read::list(c, viewer, filter, now))?;
        let widest = list
            .iter()
            .map(|l| &l.marking)
            .max_by_key(|m| m.rank())
            .cloned()
            .unwrap_or_else(entente_core::Marking::clear);
        self.audit_export(
            viewer,
            "sanctions_register",
            format,
            list.len() as u64,
            None,
            &widest,
        )?;
        Ok(list)
    }

    fn sanctions_regime(&self, viewer: &Viewer) -> Result<RegimeView> {
        let now = self.clock.now();
        self.log()
            .read(|c| read::regime(c, viewer, now.date_naive(), now))
    }
}
