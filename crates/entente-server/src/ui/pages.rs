//! Page handlers: each asks the store (with the request's viewer) for what it shows, builds a
//! view model and renders its template. Panels for features whose store methods do not exist
//! yet are absent, not faked.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use entente_core::dossier::Status;
use entente_core::{Marking, PartyId};
use entente_store::dossiers::{DossierFilter, DossierView, HistoryEntry};
use serde::Deserialize;

use super::chart::BarChart;
use super::view::{Ctx, MarkView, Shown};
use super::{Page, error_page, html};
use crate::AppState;
use crate::api::blocking;
use crate::error::ApiError;

// ---- shared view models ----

/// A dossier in a list.
pub struct DossierRow {
    pub id: String,
    pub title: Shown,
    pub status: &'static str,
    pub status_label: String,
    pub marking: MarkView,
    pub first_seen: String,
    pub victims: String,
}

fn status_label(c: &Ctx, s: Status) -> String {
    c.t(&format!("status-{}", s.as_str()))
}

fn row_of(c: &mut Ctx, d: &DossierView) -> DossierRow {
    c.see(&d.marking);
    DossierRow {
        id: d.id.clone(),
        title: c.shown(&d.facts.title),
        status: d.status.as_str(),
        status_label: status_label(c, d.status),
        marking: MarkView::of(&d.marking),
        first_seen: d
            .facts
            .first_seen
            .map(|f| super::format::date_numeric(c.lang, f))
            .unwrap_or_default(),
        victims: d
            .facts
            .victims
            .iter()
            .map(|v| v.country.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// An event in a list.
pub struct EventRow {
    pub seq: u64,
    pub at: String,
    /// RFC 3339, for `<time datetime>`.
    pub at_iso: String,
    pub user: String,
    pub party: String,
    pub kind: String,
    pub marking: MarkView,
}

fn event_row(c: &mut Ctx, e: &entente_core::Event) -> EventRow {
    let m: Marking = serde_json::from_str(&e.marking).unwrap_or_else(|_| Marking::clear());
    c.see(&m);
    EventRow {
        seq: e.seq,
        at: super::format::datetime(c.lang, e.recorded_at),
        at_iso: e
            .recorded_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        user: e.actor.user.to_string(),
        party: e.actor.party.to_string(),
        kind: e.kind.clone(),
        marking: MarkView::of(&m),
    }
}

/// English labels of the NIS2 sectors (`data/sectors.json`).
fn sector_label(id: &str) -> String {
    static LABELS: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        #[derive(Deserialize)]
        struct F {
            sectors: Vec<S>,
        }
        #[derive(Deserialize)]
        struct S {
            id: String,
            label: BTreeMap<String, String>,
        }
        serde_json::from_str::<F>(include_str!("../../../../data/sectors.json"))
            .map(|f| {
                f.sectors
                    .into_iter()
                    .filter_map(|s| s.label.get("en").map(|l| (s.id, l.clone())))
                    .collect()
            })
            .unwrap_or_default()
    });
    labels.get(id).cloned().unwrap_or_else(|| id.to_string())
}

/// A sector's name in the reader's language (`sector-<id>` messages), else its English label
/// from the data file with `Some("en")` for its `lang`.
fn sector_name(c: &Ctx, id: &str) -> (String, Option<&'static str>) {
    let key = format!("sector-{id}");
    if super::i18n::has(c.lang, &key) {
        (c.t(&key), None)
    } else {
        (sector_label(id), Some("en"))
    }
}

/// Every dossier the viewer may see (the store pages at most 500 at a time).
fn all_dossiers(
    store: &dyn entente_store::Store,
    viewer: &entente_core::Viewer,
) -> Result<Vec<DossierView>, ApiError> {
    let mut out = Vec::new();
    loop {
        let page = store.dossiers(
            viewer,
            &DossierFilter {
                offset: out.len(),
                limit: 500,
                ..DossierFilter::default()
            },
        )?;
        let n = page.items.len();
        out.extend(page.items);
        if n == 0 || out.len() >= page.total {
            return Ok(out);
        }
    }
}

// ---- dashboard ----

pub struct StatusCount {
    pub status: &'static str,
    pub label: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct DashboardPage {
    pub c: Ctx,
    pub counts: Vec<StatusCount>,
    pub total: usize,
    pub recent: Vec<DossierRow>,
    pub events: Vec<EventRow>,
    pub charts: Vec<BarChart>,
    pub open: Vec<OpenProcedure>,
}

/// An open procedure on the dashboard, and whether the reader's party still owes a position.
pub struct OpenProcedure {
    pub p: super::panels::ProcedureRow,
    pub needs_me: bool,
}

pub async fn dashboard(State(st): State<Arc<AppState>>, Page(mut c): Page) -> Response {
    c.nav = "dashboard";
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    let loaded = blocking(move || {
        let counts = store.dossier_counts(&viewer)?;
        let all = all_dossiers(store.as_ref(), &viewer)?;
        let (head, _) = store.head()?;
        let events = store.events(&viewer, head.saturating_sub(400) + 1, 1000)?;
        // Procedures and attributions per visible dossier (one read each).
        let mut open = Vec::new();
        let mut actors: BTreeMap<String, u64> = BTreeMap::new();
        for d in &all {
            for p in store.procedures(&viewer, &d.id)? {
                if p.state == "open" {
                    open.push(p);
                }
            }
            let reg = store.attribution_register(&viewer, &d.id)?;
            let names: BTreeSet<String> = reg
                .attributions
                .iter()
                .filter(|a| a.withdrawn.is_none())
                .map(|a| super::panels::actor_name(&a.actor))
                .collect();
            for n in names {
                *actors.entry(n).or_default() += 1;
            }
        }
        Ok((counts, all, events, open, actors))
    })
    .await;
    let (counts, all, events, open, actors) = match loaded {
        Ok(x) => x,
        Err(e) => return error_page(c, e),
    };
    let total = counts.iter().map(|(_, n)| n).sum();
    let counts = counts
        .into_iter()
        .map(|(s, n)| StatusCount {
            status: s.as_str(),
            label: status_label(&c, s),
            count: n,
        })
        .collect();
    let mut by_year: BTreeMap<i32, u64> = BTreeMap::new();
    let mut by_sector: BTreeMap<String, u64> = BTreeMap::new();
    let mut sector_lang = None;
    let mut by_victim: BTreeMap<String, u64> = BTreeMap::new();
    for d in &all {
        if let Some(f) = d.facts.first_seen {
            *by_year.entry(chrono::Datelike::year(&f)).or_default() += 1;
        }
        let sectors: BTreeSet<&str> = d
            .facts
            .victims
            .iter()
            .filter_map(|v| v.sector.as_deref())
            .collect();
        for s in sectors {
            let (name, lang) = sector_name(&c, s);
            sector_lang = sector_lang.or(lang);
            *by_sector.entry(name).or_default() += 1;
        }
        let countries: BTreeSet<&str> =
            d.facts.victims.iter().map(|v| v.country.as_str()).collect();
        for v in countries {
            *by_victim.entry(v.to_string()).or_default() += 1;
        }
    }
    let mut sectors: Vec<(String, u64)> = by_sector.into_iter().collect();
    sectors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut victims: Vec<(String, u64)> = by_victim.into_iter().collect();
    victims.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    victims.truncate(12);
    let mut actors: Vec<(String, u64)> = actors.into_iter().collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    actors.truncate(12);
    let party = c.viewer.party.to_string();
    let open = open
        .iter()
        .map(|p| OpenProcedure {
            needs_me: !c.viewer.is_public()
                && p.participants.contains(&party)
                && !p.positions.iter().any(|x| x.party == party),
            p: super::panels::procedure_row(&c, p),
        })
        .collect();
    let charts = vec![
        BarChart {
            lang: c.lang,
            id: "chart-year".into(),
            title: c.t("chart-by-year"),
            columns: (c.t("col-year"), c.t("col-dossiers")),
            rows: by_year
                .into_iter()
                .map(|(y, n)| (y.to_string(), n))
                .collect(),
            labels_lang: None,
        },
        BarChart {
            lang: c.lang,
            id: "chart-sector".into(),
            title: c.t("chart-by-sector"),
            columns: (c.t("col-sector"), c.t("col-dossiers")),
            rows: sectors,
            labels_lang: sector_lang,
        },
        BarChart {
            lang: c.lang,
            id: "chart-actor".into(),
            title: c.t("chart-by-actor"),
            columns: (c.t("col-actor-attributed"), c.t("col-dossiers")),
            rows: actors,
            labels_lang: None,
        },
        BarChart {
            lang: c.lang,
            id: "chart-victim".into(),
            title: c.t("chart-by-victim"),
            columns: (c.t("col-country"), c.t("col-dossiers")),
            rows: victims,
            labels_lang: None,
        },
    ];
    let recent = all.iter().take(8).map(|d| row_of(&mut c, d)).collect();
    let events = events
        .iter()
        .rev()
        .take(12)
        .map(|e| event_row(&mut c, e))
        .collect();
    html(&DashboardPage {
        c,
        counts,
        total,
        recent,
        events,
        charts,
        open,
    })
}

// ---- sign-in ----

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub c: Ctx,
    pub next: String,
    /// `next`, URL-encoded for the single sign-on link.
    pub next_q: String,
    pub failed: bool,
    /// The pending second step expired or its form was forged: sign in again.
    pub expired: bool,
    /// The single sign-on provider's name, when one is configured.
    pub sso: Option<String>,
    /// The instance publishes TLP:CLEAR material to readers without an account.
    pub public_read: bool,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

pub async fn login(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    headers: axum::http::HeaderMap,
    q: Result<Query<LoginQuery>, QueryRejection>,
) -> Response {
    c.nav = "login";
    let (next, failed, expired) = match q {
        Ok(Query(q)) => (
            super::safe_next(q.next.as_deref()),
            q.error.as_deref().is_some_and(|e| e != "expired"),
            q.error.as_deref() == Some("expired"),
        ),
        Err(_) => ("/".to_string(), false, false),
    };
    // The sign-in form has no session yet: it carries the double-submit token of its own
    // pre-session cookie (auth.rs).
    let lc = crate::auth::login_csrf(&headers, c.secure);
    c.csrf = lc.token;
    let sso = crate::oidc::display_name(&st);
    let mut r = html(&LoginPage {
        c,
        next_q: super::view::url_encode(&next),
        next,
        failed,
        expired,
        sso,
        public_read: st.public_read,
    });
    if let Some(v) = lc.set_cookie {
        r.headers_mut().append(axum::http::header::SET_COOKIE, v);
    }
    r
}

// ---- dossier list (search is ui/search.rs) ----

#[derive(Deserialize, Default)]
pub struct ListQuery {
    status: Option<String>,
    q: Option<String>,
    victim: Option<String>,
    #[serde(default)]
    page: usize,
}

pub struct StatusOption {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "dossiers.html")]
pub struct DossiersPage {
    pub c: Ctx,
    pub q: String,
    pub victim: String,
    pub statuses: Vec<StatusOption>,
    pub rows: Vec<DossierRow>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
}

const PER_PAGE: usize = 20;

async fn list_page(
    st: Arc<AppState>,
    mut c: Ctx,
    q: ListQuery,
) -> Result<Response, (Ctx, ApiError)> {
    let status = match q.status.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => match s.parse::<Status>() {
            Ok(s) => Some(s),
            Err(e) => return Err((c, ApiError::invalid(format!("status: {e}")))),
        },
        None => None,
    };
    let victim = match q.victim.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(v) => match PartyId::parse(&v.to_uppercase()) {
            Ok(p) => Some(p),
            Err(e) => return Err((c, ApiError::invalid(format!("victim: {e}")))),
        },
        None => None,
    };
    let text =
        q.q.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from);
    let filter = DossierFilter {
        status,
        text: text.clone(),
        victim_country: victim.clone(),
        offset: q.page * PER_PAGE,
        limit: PER_PAGE,
    };
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    let page = match blocking(move || Ok(store.dossiers(&viewer, &filter)?)).await {
        Ok(p) => p,
        Err(e) => return Err((c, e)),
    };
    let rows = page.items.iter().map(|d| row_of(&mut c, d)).collect();
    let pages = page.total.div_ceil(PER_PAGE).max(1);
    let link = |p: usize| {
        let mut s = format!("/dossiers?page={p}");
        if let Some(t) = &text {
            s.push_str(&format!("&q={}", super::view::url_encode(t)));
        }
        if let Some(st) = status {
            s.push_str(&format!("&status={}", st.as_str()));
        }
        if let Some(v) = &victim {
            s.push_str(&format!("&victim={v}"));
        }
        s
    };
    let victim_s = victim.as_ref().map(|v| v.to_string()).unwrap_or_default();
    c.nav = "dossiers";
    let statuses = Status::ALL
        .iter()
        .map(|s| StatusOption {
            value: s.as_str(),
            label: status_label(&c, *s),
            selected: Some(*s) == status,
        })
        .collect();
    Ok(html(&DossiersPage {
        q: text.clone().unwrap_or_default(),
        victim: victim_s,
        statuses,
        rows,
        total: page.total,
        page: q.page + 1,
        pages,
        prev: (q.page > 0).then(|| link(q.page - 1)),
        next: (q.page + 1 < pages).then(|| link(q.page + 1)),
        c,
    }))
}

pub async fn dossiers(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    q: Result<Query<ListQuery>, QueryRejection>,
) -> Response {
    let q = q.map(|q| q.0).unwrap_or_default();
    list_page(st, c, q)
        .await
        .unwrap_or_else(|(c, e)| error_page(c, e))
}

// ---- one dossier ----

pub struct VictimRow {
    pub country: String,
    pub sector: String,
    /// The language of `sector` when it is not the page's (`en` for a sector without a message).
    pub sector_lang: &'static str,
}

pub struct SourceRow {
    pub title: String,
    pub publisher: String,
    pub url: Option<String>,
    pub date: String,
}

pub struct HistoryRow {
    pub seq: u64,
    pub at: String,
    pub at_iso: String,
    pub actor: String,
    pub party: String,
    pub kind: String,
    pub summary: String,
}

impl HistoryRow {
    /// A line of the timeline in the reader's language: what happened, in words (the event type
    /// names are for the audit trail).
    fn of(c: &Ctx, h: HistoryEntry) -> Self {
        let key = format!("event-{}", h.kind.replace(['.', '_'], "-"));
        let summary = if super::i18n::has(c.lang, &key) {
            c.t(&key)
        } else {
            h.kind.clone()
        };
        HistoryRow {
            seq: h.seq,
            at: super::format::datetime_text(c.lang, &h.at),
            at_iso: h.at,
            actor: h.actor,
            party: h.party,
            kind: h.kind,
            summary,
        }
    }
}

pub struct Version {
    pub lang: &'static str,
    pub name: &'static str,
}

#[derive(Template)]
#[template(path = "dossier.html")]
pub struct DossierPage {
    pub c: Ctx,
    pub id: String,
    pub title: Shown,
    pub summary: Shown,
    pub versions: Vec<Version>,
    pub status: &'static str,
    pub status_label: String,
    pub marking: MarkView,
    pub origin: String,
    pub first_seen: String,
    pub last_seen: String,
    pub victims: Vec<VictimRow>,
    pub sources: Vec<SourceRow>,
    pub history: Vec<HistoryRow>,
    pub evidence: Vec<super::panels::EvidenceRow>,
    pub dimensions: Vec<String>,
    pub heat: Vec<super::panels::HeatRow>,
    pub picture: Option<super::panels::PictureSummary>,
    pub procedures: Vec<super::panels::ProcedureRow>,
    pub assess_fields: Vec<super::assess::DimensionField>,
    pub attributions: Vec<super::panels::AttributionRow>,
    /// `none`, `national` or `joint`, translated.
    pub attribution_state: String,
    pub options: Option<super::panels::OptionsPanel>,
    /// The facts given to the options engine by the form above the options.
    pub facts: super::case::OptionsFacts,
    pub stage: Vec<super::case::StageItem>,
    pub awaiting: Vec<super::case::AwaitItem>,
    pub proposals: Vec<super::case::ProposalRow>,
    pub packages: Vec<super::case::PackageRow>,
    pub responses: Vec<super::case::ResponseRow>,
    /// Adopted procedures a joint attribution may cite.
    pub adopted: Vec<super::case::AdoptedRow>,
    /// The viewer holds the chair role and their party chairs today.
    pub can_chair: bool,
    /// The viewer may assemble packages (delegate or chair role).
    pub can_package: bool,
    /// A default deadline for the forms (in 48 hours, `datetime-local` form).
    pub default_deadline: String,
    pub today: String,
}

pub async fn dossier(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    Path(id): Path<String>,
    facts: Result<Query<super::case::OptionsFacts>, QueryRejection>,
) -> Response {
    c.nav = "dossiers";
    let facts = facts.map(|q| q.0).unwrap_or_default();
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    let key = id.clone();
    let loaded = blocking(move || {
        let Some(d) = store.dossier(&viewer, &key)? else {
            return Ok(None);
        };
        let h = store.dossier_history(&viewer, &key)?;
        let ev = store.evidence(&viewer, &key)?;
        let pic = store.picture(&viewer, &key, None)?;
        let procs = store.procedures(&viewer, &key)?;
        let reg = store.attribution_register(&viewer, &key)?;
        let att = store.attribution_state(&viewer, &key)?;
        let packages = store.packages(&viewer, &key)?;
        let responses = store.responses(&viewer, &key)?;
        Ok(Some((
            d,
            h,
            ev,
            pic,
            procs,
            reg,
            att,
            packages,
            responses,
            store.now(),
        )))
    })
    .await;
    let (d, history, ev, pic, procs, reg, att, packages, responses, now) = match loaded {
        Ok(Some(x)) => x,
        Ok(None) => return error_page(c, ApiError::not_found("dossier", &id)),
        Err(e) => return error_page(c, e),
    };
    let options = super::panels::options_panel(&c, &pic.agreed, att, &facts);
    let chairs = entente_store::procedures::chairs_now(&c.viewer, now);
    let state = super::case::CaseState {
        pic: &pic,
        options_available: options.as_ref().map(|o| o.available.len()),
        packages: &packages,
        procedures: &procs,
        responses: &responses,
        register: &reg,
        chairs,
    };
    let stage = super::case::stage(&c, &state);
    let awaiting = super::case::awaiting(&c, &state);
    let proposals = super::case::proposals(&c, &pic, now);
    let package_rows = super::case::packages(&c, &packages);
    let response_rows = super::case::responses(&c, &responses);
    let adopted = procs
        .iter()
        .filter(|p| p.outcome.is_final && p.outcome.outcome.adopted)
        .map(|p| super::case::AdoptedRow { id: p.id.clone() })
        .collect();
    let can_chair = chairs && c.viewer.has_role(entente_core::account::Role::Chair);
    let can_package = c.viewer.has_role(entente_core::account::Role::Delegate)
        || c.viewer.has_role(entente_core::account::Role::Chair);
    c.see(&d.marking);
    let evidence = super::panels::evidence_rows(&mut c, &ev);
    let heat = super::panels::heat_rows(&mut c, &pic.assessments);
    let picture = (!pic.assessments.is_empty()).then(|| super::panels::picture_summary(&c, &pic));
    let procedures = procs
        .iter()
        .map(|p| super::panels::procedure_row(&c, p))
        .collect();
    let attributions = super::panels::attribution_rows(&mut c, &reg);
    let f = &d.facts;
    html(&DossierPage {
        evidence,
        dimensions: super::panels::dimension_names(&c),
        heat,
        picture,
        procedures,
        assess_fields: super::assess::fields(&c),
        options,
        facts,
        stage,
        awaiting,
        proposals,
        packages: package_rows,
        responses: response_rows,
        adopted,
        can_chair,
        can_package,
        default_deadline: (now + chrono::Duration::hours(48))
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        today: now.format("%Y-%m-%d").to_string(),
        attributions,
        attribution_state: c.t(&format!("attribution-state-{}", reg.state)),
        title: c.shown(&f.title),
        summary: c.shown(&f.summary),
        versions: f
            .summary
            .iter()
            .chain(f.title.iter())
            .map(|(l, _)| l)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .map(|l| Version {
                lang: l.code(),
                name: super::i18n::endonym(l),
            })
            .collect(),
        status: d.status.as_str(),
        status_label: status_label(&c, d.status),
        marking: MarkView::of(&d.marking),
        origin: d.origin.to_string(),
        first_seen: f
            .first_seen
            .map(|x| super::format::date_long(c.lang, x))
            .unwrap_or_default(),
        last_seen: f
            .last_seen
            .map(|x| super::format::date_long(c.lang, x))
            .unwrap_or_default(),
        victims: f
            .victims
            .iter()
            .map(|v| {
                let (sector, lang) = v
                    .sector
                    .as_deref()
                    .map(|s| sector_name(&c, s))
                    .unwrap_or_default();
                VictimRow {
                    country: v.country.to_string(),
                    sector,
                    sector_lang: lang.unwrap_or(""),
                }
            })
            .collect(),
        sources: f
            .sources
            .iter()
            .map(|s| SourceRow {
                title: s.title.clone(),
                publisher: s.publisher.clone().unwrap_or_default(),
                url: s
                    .url
                    .clone()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                date: s
                    .date
                    .as_deref()
                    .map(|d| super::format::date_text(c.lang, d))
                    .unwrap_or_default(),
            })
            .collect(),
        history: history.into_iter().map(|h| HistoryRow::of(&c, h)).collect(),
        id: d.id,
        c,
    })
}

// ---- admin and audit ----

pub struct PartyRow {
    pub id: String,
    pub kind: String,
    pub name: Shown,
}

#[derive(Template)]
#[template(path = "admin.html")]
pub struct AdminPage {
    pub c: Ctx,
    pub parties: Vec<PartyRow>,
    /// Accounts, for administrators only.
    pub users: Vec<UserRow>,
    /// The Annex III population tables, shipped and loaded.
    pub tables: Vec<TableRow>,
}

/// One Annex III table on the administration page.
pub struct TableRow {
    pub year: u16,
    pub origin: String,
    pub total: String,
    pub source: String,
    pub in_use: bool,
}

pub struct UserRow {
    pub user: String,
    pub party: String,
    pub roles: String,
    pub clearance: String,
    pub disabled: bool,
}

pub async fn admin(State(st): State<Arc<AppState>>, Page(mut c): Page) -> Response {
    c.nav = "admin";
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    // Accounts as the permission table lets this viewer list them (an admin all, a security
    // officer their party's); anyone else sees the parties only.
    let (parties, users, tables) = match blocking(move || {
        let users = store.users_for(&viewer).unwrap_or_default();
        Ok((store.parties()?, users, store.population_tables()?))
    })
    .await
    {
        Ok(p) => p,
        Err(e) => return error_page(c, e),
    };
    let users = users
        .into_iter()
        .map(|u| UserRow {
            user: u.user.to_string(),
            party: u.party.to_string(),
            roles: u
                .roles
                .iter()
                .map(|r| c.t(&format!("role-{}", r.as_str())))
                .collect::<Vec<_>>()
                .join(", "),
            clearance: u.clearance.map(|c| c.label()).unwrap_or("—").to_string(),
            disabled: u.disabled,
        })
        .collect();
    let parties = parties
        .iter()
        .map(|p| PartyRow {
            id: p.id.to_string(),
            kind: c.t(&format!("party-kind-{}", p.kind.as_str().replace('_', "-"))),
            name: c.shown(&p.name),
        })
        .collect();
    let tables = tables
        .iter()
        .map(|t| TableRow {
            year: t.year,
            origin: if t.origin == "shipped" {
                c.t("origin-shipped")
            } else {
                c.t("origin-imported")
            },
            total: c.num(i64::try_from(t.total).unwrap_or(i64::MAX)),
            source: t.source.clone(),
            in_use: t.in_use,
        })
        .collect();
    html(&AdminPage {
        c,
        parties,
        users,
        tables,
    })
}

#[derive(Deserialize)]
pub struct PopulationForm {
    /// The table document (`entente reference population import FILE`).
    table: String,
    /// Checked by the CSRF guard; unused here.
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

/// `POST /admin/population`: an administrator loads an Annex III table through the store (the
/// permission table decides), then sees the administration page again (303). A refused table
/// shows the error, which names the field or the state; nothing is recorded.
pub async fn import_population(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    form: Result<axum::Form<PopulationForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(axum::Form(f)) = form else {
        return error_page(
            c,
            ApiError::invalid("table: expected a form with the table"),
        );
    };
    let input = match crate::wire::population::parse_table(&f.table) {
        Ok(i) => i,
        Err(e) => return error_page(c, ApiError::invalid(e.to_string())),
    };
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    match blocking(move || Ok(store.import_population(&viewer, input)?)).await {
        Ok(_) => axum::response::Redirect::to("/admin").into_response(),
        Err(e) => error_page(c, e),
    }
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    from: Option<u64>,
    user: Option<String>,
    party: Option<String>,
    object: Option<String>,
    since: Option<String>,
    #[serde(rename = "type")]
    kind: Option<String>,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    pub c: Ctx,
    pub events: Vec<EventRow>,
    pub next: Option<String>,
    /// The reader may read the audit trail (admin, security officer): the filters are shown.
    pub trail: bool,
    pub user: String,
    pub party: String,
    pub object: String,
    pub since: String,
    pub kind: String,
}

const AUDIT_PAGE: usize = 100;

/// `GET /audit`: for those the permission table lets read the audit trail (administrators,
/// security officers), the trail filtered by user, party, object, date and type; for everyone
/// else, the activity they may see. No total is shown: the number of events counts hidden
/// ones too (F20).
pub async fn audit(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    q: Result<Query<AuditQuery>, QueryRejection>,
) -> Response {
    c.nav = "audit";
    let q = q.map(|q| q.0).unwrap_or_default();
    let trail = entente_core::authz::permitted(
        entente_core::authz::Action::AuditRead,
        &c.viewer.roles,
        &entente_core::authz::Facts::none(),
    ) && !c.viewer.is_public();
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    let text = |o: &Option<String>| o.clone().unwrap_or_default().trim().to_string();
    let (user, party, object, since, kind) = (
        text(&q.user),
        text(&q.party),
        text(&q.object),
        text(&q.since),
        text(&q.kind),
    );
    if trail {
        let filter = (|| -> Result<entente_store::audit::AuditFilter, ApiError> {
            Ok(entente_store::audit::AuditFilter {
                since: (!since.is_empty())
                    .then(|| {
                        chrono::NaiveDate::parse_from_str(&since, "%Y-%m-%d")
                            .map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
                            .map_err(|_| ApiError::invalid("since: expected a date YYYY-MM-DD"))
                    })
                    .transpose()?,
                user: (!user.is_empty())
                    .then(|| entente_core::UserId::parse(&user))
                    .transpose()
                    .map_err(|e| ApiError::invalid(e.to_string()))?,
                party: (!party.is_empty())
                    .then(|| PartyId::parse(&party))
                    .transpose()
                    .map_err(|e| ApiError::invalid(e.to_string()))?,
                object: (!object.is_empty()).then(|| object.clone()),
                kinds: (!kind.is_empty())
                    .then(|| kind.clone())
                    .into_iter()
                    .collect(),
                limit: AUDIT_PAGE,
            })
        })();
        let filter = match filter {
            Ok(f) => f,
            Err(e) => return error_page(c, e),
        };
        let entries = match blocking(move || Ok(store.audit(&viewer, &filter)?)).await {
            Ok(x) => x,
            Err(e) => return error_page(c, e),
        };
        let events = entries
            .iter()
            .map(|e| {
                c.see(&e.marking);
                let at = chrono::DateTime::parse_from_rfc3339(&e.at)
                    .map(|t| t.with_timezone(&chrono::Utc))
                    .unwrap_or_default();
                EventRow {
                    seq: e.seq,
                    at: super::format::datetime(c.lang, at),
                    at_iso: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    user: e.user.clone(),
                    party: e.party.clone(),
                    kind: e.kind.clone(),
                    marking: MarkView::of(&e.marking),
                }
            })
            .collect();
        return html(&AuditPage {
            c,
            events,
            next: None,
            trail,
            user,
            party,
            object,
            since,
            kind,
        });
    }
    let from = q.from.unwrap_or(1).max(1);
    let loaded = blocking(move || {
        store
            .events(&viewer, from, AUDIT_PAGE + 1)
            .map_err(Into::into)
    })
    .await;
    let mut events = match loaded {
        Ok(x) => x,
        Err(e) => return error_page(c, e),
    };
    let next = (events.len() > AUDIT_PAGE).then(|| {
        events.truncate(AUDIT_PAGE);
        format!(
            "/audit?from={}",
            events.last().map(|e| e.seq + 1).unwrap_or(1)
        )
    });
    let events = events.iter().map(|e| event_row(&mut c, e)).collect();
    html(&AuditPage {
        c,
        events,
        next,
        trail,
        user,
        party,
        object,
        since,
        kind,
    })
}
