//! The sanctions register pages: the register with its search (names in any script,
//! romanisation or alias), the yearly review of the listings (overdue when no renewal is
//! recorded) and the exports; an entry with its identifying information, grounds, legal acts,
//! amendments and the dossiers and procedures that led to it.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use entente_core::sanctions::ReviewState;
use entente_store::sanctions::{ListingView, RegimeView};
use serde::Deserialize;

use super::view::{Ctx, MarkView};
use super::{Page, error_page, html};
use crate::AppState;
use crate::api::blocking;
use crate::api::sanctions::RegisterQuery;
use crate::error::ApiError;

/// The name of the date argument of the review messages.
const DATE_ARG: &str = "date";

pub struct EntryRow {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub listed_on: String,
    pub status: String,
    pub status_key: String,
    pub matched: String,
}

pub struct StatusChoice {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

/// The review of the listings, as a sentence and its state.
pub struct ReviewLine {
    pub state: &'static str,
    pub text: String,
    pub basis: String,
}

#[derive(Template)]
#[template(path = "sanctions.html")]
pub struct RegisterPage {
    pub c: Ctx,
    pub q: String,
    pub statuses: Vec<StatusChoice>,
    pub rows: Vec<EntryRow>,
    pub review: Option<ReviewLine>,
    pub framework_until: String,
    pub active: usize,
    pub renewals: Vec<RenewalRow>,
}

pub struct RenewalRow {
    pub date: String,
    pub acts: String,
    pub until: String,
}

pub struct Field {
    pub label: String,
    pub values: Vec<String>,
}

#[derive(Template)]
#[template(path = "sanctions_entry.html")]
pub struct EntryPage {
    pub c: Ctx,
    pub id: String,
    pub name: String,
    pub kind: String,
    pub status: String,
    pub delisted: String,
    pub marking: MarkView,
    pub fields: Vec<Field>,
    pub reasons: String,
    pub acts: Vec<String>,
    pub amendments: Vec<String>,
    pub dossiers: Vec<String>,
    pub procedures: Vec<String>,
    pub sources: Vec<String>,
    pub note: String,
}

fn kind_label(c: &Ctx, kind: &str) -> String {
    c.t(&format!("sanctions-kind-{kind}"))
}

fn status_label(c: &Ctx, status: &str) -> String {
    c.t(&format!("sanctions-status-{status}"))
}

/// The review as the pages and the dashboard show it.
pub fn review_line(c: &Ctx, r: &RegimeView) -> Option<ReviewLine> {
    let state = r.review.as_ref()?;
    let date = super::format::date_long(c.lang, state.due());
    let (key, name) = match state {
        ReviewState::Overdue { .. } => ("sanctions-review-overdue", "overdue"),
        ReviewState::Soon { .. } => ("sanctions-review-soon", "soon"),
        ReviewState::Scheduled { .. } => ("sanctions-review-scheduled", "scheduled"),
    };
    // The message is chosen above (each key is a literal there); its argument is the date.
    let text = c.ta(key, DATE_ARG, &date);
    Some(ReviewLine {
        state: name,
        text,
        basis: r.review_basis.clone().unwrap_or_default(),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    q: Option<String>,
    status: Option<String>,
}

/// `GET /sanctions`.
pub async fn register(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    q: Result<Query<PageQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    c.nav = "sanctions";
    let q = match q {
        Ok(Query(q)) => q,
        Err(e) => return error_page(c, e.into()),
    };
    let rq = RegisterQuery {
        q: q.q.clone().filter(|s| !s.trim().is_empty()),
        status: q.status.clone().filter(|s| !s.is_empty()),
        kind: None,
        format: None,
    };
    let filter = match rq.filter() {
        Ok(f) => f,
        Err(e) => return error_page(c, e),
    };
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    let loaded = blocking(move || {
        Ok((
            store.listings(&viewer, &filter)?,
            store.sanctions_regime(&viewer)?,
        ))
    })
    .await;
    let (list, regime) = match loaded {
        Ok(x) => x,
        Err(e) => return error_page(c, e),
    };
    for l in &list {
        c.see(&l.marking);
    }
    let current = q.status.as_deref().unwrap_or("active");
    let rows = list
        .iter()
        .map(|l| EntryRow {
            id: l.listing.id.clone(),
            name: l.listing.entry.name.clone(),
            kind: kind_label(&c, &l.listing.entry.kind),
            listed_on: super::format::date_long(c.lang, l.listing.listed_on),
            status: status_label(&c, &l.status),
            status_key: l.status.clone(),
            matched: l.matched.clone().unwrap_or_default(),
        })
        .collect();
    html(&RegisterPage {
        q: q.q.unwrap_or_default(),
        statuses: ["active", "delisted", "all"]
            .into_iter()
            .map(|s| StatusChoice {
                value: s,
                label: status_label(&c, s),
                selected: s == current,
            })
            .collect(),
        rows,
        review: review_line(&c, &regime),
        framework_until: regime
            .framework_until
            .map(|d| {
                c.ta(
                    "sanctions-framework-until",
                    "date",
                    &super::format::date_long(c.lang, d),
                )
            })
            .unwrap_or_default(),
        active: regime.active,
        renewals: regime
            .renewals
            .iter()
            .map(|r| RenewalRow {
                date: super::format::date_long(c.lang, r.date),
                acts: r
                    .acts
                    .iter()
                    .map(|a| a.reference.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
                until: r
                    .listings_until
                    .map(|d| super::format::date_long(c.lang, d))
                    .unwrap_or_default(),
            })
            .collect(),
        c,
    })
}

fn fields(c: &Ctx, l: &ListingView) -> Vec<Field> {
    let e = &l.listing.entry;
    let mut out = vec![
        Field {
            label: c.t("col-aliases"),
            values: e.aliases.iter().map(|a| a.name.clone()).collect(),
        },
        Field {
            label: c.t("col-birth"),
            values: e
                .birth_dates
                .iter()
                .map(|d| super::format::date_text(c.lang, d))
                .chain(e.birth_places.iter().cloned())
                .collect(),
        },
        Field {
            label: c.t("col-nationality"),
            values: e
                .nationalities
                .iter()
                .cloned()
                .chain(e.nationality_note.iter().cloned())
                .collect(),
        },
        Field {
            label: c.t("col-identifiers"),
            values: e
                .identifiers
                .iter()
                .map(|i| format!("{}: {}", i.kind, i.number))
                .collect(),
        },
        Field {
            label: c.t("col-address"),
            values: e.addresses.clone(),
        },
    ];
    out.retain(|f| !f.values.is_empty());
    out
}

/// `GET /sanctions/{xid}`.
pub async fn entry(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    Path(xid): Path<String>,
) -> Response {
    c.nav = "sanctions";
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), xid.clone());
    let l = match blocking(move || Ok(store.listing(&viewer, &key)?)).await {
        Ok(Some(l)) => l,
        Ok(None) => return error_page(c, ApiError::not_found("sanctions entry", &xid)),
        Err(e) => return error_page(c, e),
    };
    c.see(&l.marking);
    let e = &l.listing.entry;
    html(&EntryPage {
        id: l.listing.id.clone(),
        name: e.name.clone(),
        kind: kind_label(&c, &e.kind),
        status: status_label(&c, &l.status),
        delisted: l
            .listing
            .delisted
            .as_ref()
            .map(|d| {
                c.ta(
                    "sanctions-delisted-on",
                    "date",
                    &super::format::date_long(c.lang, d.date),
                )
            })
            .unwrap_or_default(),
        marking: MarkView::of(&l.marking),
        fields: fields(&c, &l),
        reasons: e.reasons.clone(),
        acts: std::iter::once(super::format::date_long(c.lang, l.listing.listed_on))
            .chain(l.listing.listing_acts.iter().map(|a| a.reference.clone()))
            .collect(),
        amendments: l
            .listing
            .amendments
            .iter()
            .map(|a| {
                format!(
                    "{}: {}",
                    super::format::date_long(c.lang, a.date),
                    a.acts
                        .iter()
                        .map(|x| x.reference.clone())
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            })
            .collect(),
        dossiers: l.dossiers.clone(),
        procedures: l.procedures.clone(),
        sources: l
            .listing
            .sources
            .iter()
            .map(|s| format!("{}: {}", s.id, s.title))
            .collect(),
        note: l.listing.note.clone().unwrap_or_default(),
        c,
    })
}
