//! The statement pages: a dossier's statements and the form to draft one; a statement with its
//! versions, language versions, the word-level diff between versions, the embargo on the 27
//! capitals' clocks, its adoption, release and the Member States' echoes, with the forms that
//! translate, verify, set the embargo and release; and the public release page. Every form goes
//! through the store, which decides with the permission table.

use std::sync::Arc;

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use entente_core::account::Role;
use entente_core::statement::{Kind, templates};
use entente_core::{Lang, Marking};
use entente_store::statements::{NewStatement, ReleaseView, StatementView, TranslationInput};
use serde::Deserialize;

use super::view::{Ctx, MarkView};
use super::{Page, error_page, html};
use crate::AppState;
use crate::api::blocking;
use crate::api::statements::{DiffQuery, capitals_of, diff_of};
use crate::error::ApiError;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct StatementRow {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub lang: &'static str,
    pub version: u32,
    pub state: String,
}

#[derive(Template)]
#[template(path = "statements.html")]
pub struct StatementsPage {
    pub c: Ctx,
    pub dossier: String,
    pub rows: Vec<StatementRow>,
    pub can_draft: bool,
    pub kinds: Vec<Choice>,
    pub langs: Vec<Choice>,
    pub templates: Vec<Choice>,
}

pub struct LangRow {
    pub lang: &'static str,
    pub endonym: &'static str,
    pub title: String,
    pub text: String,
    pub status: String,
    pub status_key: String,
    pub verified: String,
    pub can_verify: bool,
}

pub struct RunRow {
    pub change: &'static str,
    pub text: String,
}

pub struct CapitalRow {
    pub state: String,
    pub capital: String,
    pub lang: String,
    pub local: String,
    pub offset: String,
}

pub struct VersionChoice {
    pub n: u32,
    pub from: bool,
    pub to: bool,
}

pub struct AdoptionRow {
    pub procedure: String,
    pub version: u32,
    pub rule: String,
    pub status: String,
}

pub struct EchoRow {
    pub party: String,
    pub echoed: bool,
    pub at: String,
}

#[derive(Template)]
#[template(path = "statement.html")]
pub struct StatementPage {
    pub c: Ctx,
    pub id: String,
    pub dossier: String,
    pub kind: String,
    pub title: String,
    pub title_lang: &'static str,
    pub party: String,
    pub marking: MarkView,
    pub source_lang: &'static str,
    pub version: u32,
    pub versions: Vec<VersionChoice>,
    pub langs: Vec<LangRow>,
    pub diff_from: u32,
    pub diff_to: u32,
    pub diff_lang: &'static str,
    pub diff: Vec<RunRow>,
    pub embargo: String,
    pub embargo_iso: String,
    pub capitals: Vec<CapitalRow>,
    pub adoptions: Vec<AdoptionRow>,
    pub adopted: String,
    pub released: String,
    pub released_langs: String,
    pub echoes: Vec<EchoRow>,
    pub national: bool,
    pub can_translate: bool,
    /// The source-language text of the latest version, to start the next version from.
    pub source_title: String,
    pub source_text: String,
    pub can_embargo: bool,
    pub can_release: bool,
    pub translate_langs: Vec<Choice>,
}

pub fn kind_label(c: &Ctx, kind: &str) -> String {
    c.t(&format!("statement-kind-{kind}"))
}

fn lang_choices(selected: Lang, except: Option<Lang>) -> Vec<Choice> {
    Lang::ALL
        .iter()
        .filter(|l| Some(**l) != except)
        .map(|l| Choice {
            value: l.code().to_string(),
            label: super::i18n::endonym(*l).to_string(),
            selected: *l == selected,
        })
        .collect()
}

fn can_draft(c: &Ctx) -> bool {
    c.viewer.has_role(Role::Drafter) || c.viewer.has_role(Role::Delegate)
}

/// `GET /dossiers/{id}/statements`.
pub async fn list(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    Path(id): Path<String>,
) -> Response {
    c.nav = "dossiers";
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), id.clone());
    let loaded = blocking(move || {
        let Some(d) = store.dossier(&viewer, &key)? else {
            return Ok(None);
        };
        Ok(Some((d, store.statements(&viewer, &key)?)))
    })
    .await;
    let (d, list) = match loaded {
        Ok(Some(x)) => x,
        Ok(None) => return error_page(c, ApiError::not_found("dossier", &id)),
        Err(e) => return error_page(c, e),
    };
    c.see(&d.marking);
    let rows = list
        .iter()
        .map(|s| {
            c.see(&s.marking);
            let state = if s.released.is_some() {
                c.t("statement-released")
            } else if s.adopted_version.is_some() {
                c.t("statement-adopted-version")
            } else {
                c.t("lang-status-draft")
            };
            StatementRow {
                id: s.id.clone(),
                kind: kind_label(&c, &s.kind),
                title: s.title(c.lang),
                lang: s.source_lang.code(),
                version: s.latest_version,
                state,
            }
        })
        .collect();
    let kinds = Kind::ALL
        .iter()
        .map(|k| Choice {
            value: k.as_str().to_string(),
            label: kind_label(&c, k.as_str()),
            selected: *k == Kind::HrDeclaration,
        })
        .collect();
    let mut tpl = vec![Choice {
        value: String::new(),
        label: c.t("statement-no-template"),
        selected: false,
    }];
    tpl.extend(templates::all().iter().map(|t| Choice {
        value: t.id.clone(),
        label: kind_label(&c, &t.kind),
        selected: false,
    }));
    html(&StatementsPage {
        dossier: d.id,
        rows,
        can_draft: can_draft(&c),
        kinds,
        langs: lang_choices(Lang::En, None),
        templates: tpl,
        c,
    })
}

#[derive(Deserialize)]
pub struct DraftForm {
    kind: String,
    lang: String,
    #[serde(default)]
    template: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

fn form_lang(field: &str, s: &str) -> Result<Lang, ApiError> {
    s.parse::<Lang>()
        .map_err(|e| ApiError::invalid(format!("{field}: {e}")))
}

/// `POST /dossiers/{id}/statements`.
pub async fn draft(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    form: Result<Form<DraftForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(f)) = form else {
        return error_page(c, ApiError::invalid("kind, lang: expected the draft form"));
    };
    let lang = match form_lang("lang", &f.lang) {
        Ok(l) => l,
        Err(e) => return error_page(c, e),
    };
    let input = NewStatement {
        kind: f.kind,
        lang,
        title: f.title,
        text: f.text,
        template: Some(f.template).filter(|t| !t.is_empty()),
        echoes: None,
        marking: None,
    };
    let store = st.store.clone();
    let viewer = c.viewer.clone();
    match blocking(move || Ok(store.draft_statement(&viewer, &id, input)?)).await {
        Ok(s) => Redirect::to(&format!("/statements/{}", s.id)).into_response(),
        Err(e) => error_page(c, e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementQuery {
    from: Option<u32>,
    to: Option<u32>,
    lang: Option<String>,
}

fn status_label(c: &Ctx, s: &str) -> String {
    c.t(&format!("lang-status-{s}"))
}

/// `GET /statements/{sid}`.
pub async fn page(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    Path(sid): Path<String>,
    q: Result<Query<StatementQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    c.nav = "dossiers";
    let q = match q {
        Ok(Query(q)) => q,
        Err(e) => return error_page(c, e.into()),
    };
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), sid.clone());
    let s = match blocking(move || Ok(store.statement(&viewer, &key)?)).await {
        Ok(Some(s)) => s,
        Ok(None) => return error_page(c, ApiError::not_found("statement", &sid)),
        Err(e) => return error_page(c, e),
    };
    let diff = match diff_of(
        &s,
        &DiffQuery {
            from: q.from,
            to: q.to,
            lang: q.lang.clone(),
        },
    ) {
        Ok(d) => d,
        Err(e) => return error_page(c, e),
    };
    c.see(&s.marking);
    render(c, s, diff)
}

fn render(c: Ctx, s: StatementView, diff: crate::api::statements::DiffOut) -> Response {
    let kind = s.kind().unwrap_or(Kind::PressRelease);
    let national = kind.is_national();
    let chairs = c.viewer.has_role(Role::Chair);
    let drafter = c.viewer.has_role(Role::Drafter);
    let own = c.viewer.party.as_str() == s.party;
    let open = s.released.is_none();
    let latest = s.version(s.latest_version);
    let langs: Vec<LangRow> = latest
        .map(|v| {
            v.languages
                .iter()
                .map(|l| LangRow {
                    lang: l.lang.code(),
                    endonym: super::i18n::endonym(l.lang),
                    title: l.title.clone(),
                    text: l.text.clone(),
                    status: status_label(&c, &l.status),
                    status_key: l.status.clone(),
                    verified: match (&l.verified_by, &l.verified_party, &l.verified_at) {
                        (Some(u), Some(p), Some(at)) => {
                            format!("{u} ({p}), {}", super::format::datetime_text(c.lang, at))
                        }
                        _ => String::new(),
                    },
                    can_verify: open && drafter && l.status != "verified",
                })
                .collect()
        })
        .unwrap_or_default();
    let title = s.title(c.lang);
    let title_lang = latest
        .and_then(|v| {
            v.languages
                .iter()
                .find(|l| l.lang == c.lang)
                .or_else(|| v.languages.first())
        })
        .map(|l| l.lang.code())
        .unwrap_or("en");
    let embargo_iso = s.embargo.clone().unwrap_or_default();
    let source = latest.and_then(|v| v.languages.iter().find(|l| l.lang == s.source_lang));
    let source_title = source.map(|l| l.title.clone()).unwrap_or_default();
    let source_text = source.map(|l| l.text.clone()).unwrap_or_default();
    html(&StatementPage {
        id: s.id.clone(),
        dossier: s.dossier.clone(),
        kind: kind_label(&c, &s.kind),
        title,
        title_lang,
        party: s.party.clone(),
        marking: MarkView::of(&s.marking),
        source_lang: s.source_lang.code(),
        version: s.latest_version,
        versions: (1..=s.latest_version)
            .map(|n| VersionChoice {
                n,
                from: n == diff.from,
                to: n == diff.to,
            })
            .collect(),
        langs,
        diff_from: diff.from,
        diff_to: diff.to,
        diff_lang: diff.lang.code(),
        diff: diff
            .runs
            .into_iter()
            .map(|r| RunRow {
                change: match r.change.as_str() {
                    "removed" => "removed",
                    "added" => "added",
                    _ => "same",
                },
                text: r.text,
            })
            .collect(),
        embargo: s
            .embargo
            .as_deref()
            .map(|e| super::format::datetime_text(c.lang, e))
            .unwrap_or_default(),
        embargo_iso,
        capitals: capitals_of(s.embargo.as_deref())
            .into_iter()
            .map(|x| CapitalRow {
                lang: entente_core::statement::embargo::capitals()
                    .iter()
                    .find(|k| k.state == x.state)
                    .map(|k| k.lang.clone())
                    .unwrap_or_default(),
                state: x.state,
                capital: x.capital,
                local: chrono::NaiveDateTime::parse_from_str(&x.local, "%Y-%m-%dT%H:%M")
                    .map(|t| super::format::datetime(c.lang, t.and_utc()))
                    .unwrap_or(x.local),
                offset: x.offset,
            })
            .collect(),
        adoptions: s
            .adoptions
            .iter()
            .map(|a| AdoptionRow {
                procedure: a.procedure.clone(),
                version: a.version,
                rule: super::panels::rule_label(&c, &a.rule),
                status: c.t(&format!("outcome-{}", a.status.replace('_', "-"))),
            })
            .collect(),
        adopted: s.adopted_version.map(|v| v.to_string()).unwrap_or_default(),
        released: s
            .released
            .as_ref()
            .map(|r| super::format::datetime_text(c.lang, &r.at))
            .unwrap_or_default(),
        released_langs: s
            .released
            .as_ref()
            .map(|r| {
                r.languages
                    .iter()
                    .map(|l| super::i18n::endonym(*l))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        echoes: s
            .echoes_checklist
            .iter()
            .map(|e| EchoRow {
                party: e.party.clone(),
                echoed: e.released_at.is_some(),
                at: e
                    .released_at
                    .as_deref()
                    .map(|t| super::format::datetime_text(c.lang, t))
                    .unwrap_or_default(),
            })
            .collect(),
        national,
        can_translate: open && (if national { own } else { drafter }),
        source_title,
        source_text,
        can_embargo: open && !national && chairs,
        can_release: open && if national { own } else { chairs },
        translate_langs: lang_choices(
            if s.source_lang == Lang::Fr {
                Lang::De
            } else {
                Lang::Fr
            },
            Some(s.source_lang),
        ),
        c,
    })
}

#[derive(Deserialize)]
pub struct TranslateForm {
    lang: String,
    title: String,
    text: String,
    #[serde(default)]
    complete: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

#[derive(Deserialize)]
pub struct LangForm {
    lang: String,
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

#[derive(Deserialize)]
pub struct EmbargoForm {
    /// `YYYY-MM-DDTHH:MM` in UTC (the page says so).
    embargo: String,
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

#[derive(Deserialize)]
pub struct EmptyForm {
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

async fn act(
    st: Arc<AppState>,
    c: Ctx,
    sid: String,
    f: impl FnOnce(
        &dyn entente_store::Store,
        &entente_core::Viewer,
        &str,
    ) -> entente_store::Result<StatementView>
    + Send
    + 'static,
) -> Response {
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), sid.clone());
    match blocking(move || Ok(f(store.as_ref(), &viewer, &key)?)).await {
        Ok(_) => Redirect::to(&format!("/statements/{sid}")).into_response(),
        Err(e) => error_page(c, e),
    }
}

/// `POST /statements/{sid}/translate`.
pub async fn translate(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(sid): Path<String>,
    form: Result<Form<TranslateForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(f)) = form else {
        return error_page(
            c,
            ApiError::invalid("lang, title, text: expected the translation form"),
        );
    };
    let lang = match form_lang("lang", &f.lang) {
        Ok(l) => l,
        Err(e) => return error_page(c, e),
    };
    let input = TranslationInput {
        version: None,
        lang,
        title: f.title,
        text: f.text,
        status: Some(
            if f.complete.is_some() {
                "translated"
            } else {
                "draft"
            }
            .into(),
        ),
    };
    act(st, c, sid, move |s, v, id| {
        s.translate_statement(v, id, input)
    })
    .await
}

#[derive(Deserialize)]
pub struct RevisionForm {
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
    title: String,
    text: String,
    #[serde(default)]
    note: String,
}

/// `POST /statements/{sid}/versions`: the next version, with a new text in the source language
/// (the store refuses it once the statement is released, and names the field at fault).
pub async fn revise(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(sid): Path<String>,
    form: Result<Form<RevisionForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(f)) = form else {
        return error_page(
            c,
            ApiError::invalid("title, text: expected the new version's form"),
        );
    };
    let note = Some(f.note.trim().to_string()).filter(|n| !n.is_empty());
    act(st, c, sid, move |s, v, id| {
        s.revise_statement(v, id, f.title, f.text, note)
    })
    .await
}

/// `POST /statements/{sid}/verify`.
pub async fn verify(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(sid): Path<String>,
    form: Result<Form<LangForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(f)) = form else {
        return error_page(
            c,
            ApiError::invalid("lang: expected the language to verify"),
        );
    };
    let lang = match form_lang("lang", &f.lang) {
        Ok(l) => l,
        Err(e) => return error_page(c, e),
    };
    act(st, c, sid, move |s, v, id| {
        s.verify_statement(v, id, None, lang)
    })
    .await
}

/// `POST /statements/{sid}/embargo`.
pub async fn embargo(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(sid): Path<String>,
    form: Result<Form<EmbargoForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    let Ok(Form(f)) = form else {
        return error_page(c, ApiError::invalid("embargo: expected a date and time"));
    };
    let t = match chrono::NaiveDateTime::parse_from_str(f.embargo.trim(), "%Y-%m-%dT%H:%M") {
        Ok(t) => t.and_utc(),
        Err(_) => {
            return error_page(
                c,
                ApiError::invalid("embargo: a date and time in UTC as YYYY-MM-DDTHH:MM"),
            );
        }
    };
    act(st, c, sid, move |s, v, id| {
        s.set_statement_embargo(v, id, t)
    })
    .await
}

/// `POST /statements/{sid}/release`.
pub async fn release(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(sid): Path<String>,
    form: Result<Form<EmptyForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    if form.is_err() {
        return error_page(c, ApiError::invalid("expected the release form"));
    }
    act(st, c, sid, |s, v, id| s.release_statement(v, id, None)).await
}

// ---- the public release page -----------------------------------------------------------------

pub struct ReleasedLang {
    pub anchor: String,
    pub lang: &'static str,
    pub endonym: &'static str,
    pub title: String,
    pub paragraphs: Vec<String>,
}

pub struct ReleaseRow {
    pub id: String,
    pub kind: String,
    pub party: String,
    pub at: String,
    pub at_iso: String,
    pub languages: Vec<ReleasedLang>,
}

#[derive(Template)]
#[template(path = "releases.html")]
pub struct ReleasesPage {
    pub c: Ctx,
    pub rows: Vec<ReleaseRow>,
}

fn release_row(c: &Ctx, r: ReleaseView) -> ReleaseRow {
    ReleaseRow {
        kind: kind_label(c, &r.kind),
        party: r.party.clone(),
        at: super::format::datetime_text(c.lang, &r.released_at),
        at_iso: r.released_at.clone(),
        languages: r
            .languages
            .iter()
            .map(|(l, t)| ReleasedLang {
                anchor: format!("{}-{l}", r.release),
                lang: l.code(),
                endonym: super::i18n::endonym(*l),
                title: t.title.clone(),
                paragraphs: t.text.split("\n\n").map(|p| p.trim().to_string()).collect(),
            })
            .collect(),
        id: r.release,
    }
}

/// `GET /releases` (public): what was released, in every released language.
pub async fn releases(State(st): State<Arc<AppState>>, Page(mut c): Page) -> Response {
    c.nav = "releases";
    let store = st.store.clone();
    match blocking(move || Ok(store.releases(200)?)).await {
        Ok(list) => {
            c.banner = MarkView::of(&Marking::clear());
            let rows = list.into_iter().map(|r| release_row(&c, r)).collect();
            html(&ReleasesPage { rows, c })
        }
        Err(e) => error_page(c, e),
    }
}
