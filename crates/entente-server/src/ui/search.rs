//! The search page (`/search`): everything the reader may see, found by the search index
//! (`entente-search`), results grouped by kind, in the reader's language. The same search as
//! `GET /api/v1/search`; the page never filters by itself.

use std::sync::Arc;

use askama::Template;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::Response;
use entente_store::search_source::KINDS;

use super::view::{Ctx, MarkView};
use super::{Page, error_page, html};
use crate::AppState;
use crate::search_api::{SearchParams, run};

pub struct KindOption {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

pub struct HitRow {
    pub title: String,
    pub title_lang: &'static str,
    pub link: String,
    /// `(text, highlighted)`.
    pub pieces: Vec<(String, bool)>,
    pub snippet_lang: &'static str,
    pub dossier: Option<String>,
    pub date: String,
    pub marking: Option<MarkView>,
}

pub struct Group {
    pub kind: &'static str,
    pub label: String,
    /// Every visible match of this kind (not only this page's).
    pub count: String,
    pub hits: Vec<HitRow>,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub c: Ctx,
    pub q: String,
    pub party: String,
    pub from: String,
    pub to: String,
    pub by_date: bool,
    pub kinds: Vec<KindOption>,
    pub searched: bool,
    pub total: usize,
    pub groups: Vec<Group>,
    pub page: usize,
    pub pages: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
}

/// The query string of another page of the same search.
fn link(p: &SearchParams, page: usize) -> String {
    let mut s = format!("/search?page={page}");
    for (k, v) in [
        ("q", &p.q),
        ("type", &p.kind),
        ("party", &p.party),
        ("dossier", &p.dossier),
        ("marking", &p.marking),
        ("lang", &p.lang),
        ("from", &p.from),
        ("to", &p.to),
        ("sort", &p.sort),
    ] {
        if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
            s.push_str(&format!("&{k}={}", super::view::url_encode(v)));
        }
    }
    s
}

pub async fn page(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    q: Result<Query<SearchParams>, QueryRejection>,
) -> Response {
    c.nav = "search";
    let p = q.map(|q| q.0).unwrap_or_default();
    let req = match p.request() {
        Ok(r) => r,
        Err(e) => return error_page(c, e),
    };
    let kinds = KINDS
        .iter()
        .map(|k| KindOption {
            value: k.kind,
            label: c.t(&format!("search-kind-{}", k.kind)),
            selected: req.kinds.len() == 1 && req.kinds[0] == k.kind,
        })
        .collect();
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    let mut page = SearchPage {
        q: req.q.clone(),
        party: text(&p.party),
        from: text(&p.from),
        to: text(&p.to),
        by_date: req.sort == entente_search::Sort::Date,
        kinds,
        searched: false,
        total: 0,
        groups: vec![],
        page: req.page,
        pages: 1,
        prev: None,
        next: None,
        c,
    };
    if req.q.is_empty() {
        return html(&page);
    }
    let lang = page.c.lang;
    let results = match run(&st, page.c.viewer.clone(), req.clone(), lang).await {
        Ok(r) => r,
        Err(e) => return error_page(page.c, e),
    };
    let c = &mut page.c;
    let counts = results.facets.get("kind").cloned().unwrap_or_default();
    let mut groups: Vec<Group> = Vec::new();
    for k in KINDS {
        let hits: Vec<HitRow> = results
            .hits
            .iter()
            .filter(|h| h.kind == k.kind)
            .map(|h| {
                if let Some(m) = &h.marking {
                    c.see(m);
                }
                HitRow {
                    title: h.title.clone(),
                    title_lang: h.title_lang.map(|l| l.code()).unwrap_or(""),
                    link: h.link.clone(),
                    pieces: h
                        .snippet
                        .pieces()
                        .into_iter()
                        .map(|(t, b)| (t.to_string(), b))
                        .collect(),
                    snippet_lang: h.snippet.lang.map(|l| l.code()).unwrap_or(""),
                    dossier: h.dossier.clone().filter(|_| k.kind != "dossier"),
                    date: h
                        .date
                        .as_deref()
                        .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
                        .map(|d| super::format::date_numeric(c.lang, d))
                        .unwrap_or_default(),
                    marking: h.marking.as_ref().map(MarkView::of),
                }
            })
            .collect();
        if hits.is_empty() {
            continue;
        }
        let n = counts
            .iter()
            .find(|(v, _)| v == k.kind)
            .map(|(_, n)| *n)
            .unwrap_or(hits.len() as u64);
        groups.push(Group {
            kind: k.kind,
            label: c.t(&format!("search-kind-{}", k.kind)),
            count: c.num(n),
            hits,
        });
    }
    let pages = results.total.div_ceil(results.per_page).max(1);
    page.searched = true;
    page.total = results.total;
    page.groups = groups;
    page.pages = pages;
    page.prev = (req.page > 1).then(|| link(&p, req.page - 1));
    page.next = (req.page < pages).then(|| link(&p, req.page + 1));
    html(&page)
}
