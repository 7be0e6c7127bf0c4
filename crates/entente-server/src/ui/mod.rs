//! The web interface: server-rendered pages (askama templates in `templates/`), Fluent messages
//! (`i18n/*.ftl`), hand-written SVG charts and two embedded static files. Pages read only
//! through the store with the request's viewer; the interface never filters by itself.

pub mod assess;
pub mod case;
pub mod chart;
pub mod format;
pub mod i18n;
pub mod pages;
pub mod panels;
pub mod plural;
pub mod procedure;
pub mod search;
pub mod steps;
pub mod view;

use std::sync::Arc;

use askama::Template;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use entente_core::Lang;
use serde::Deserialize;

use crate::AppState;
use crate::auth::Caller;
use crate::error::ApiError;
use entente_core::account::Role;
use view::{Ctx, LangLink, MarkView};

/// Name of the cookie that remembers the interface language.
pub const LANG_COOKIE: &str = "entente_lang";

const CSS: &str = include_str!("../../static/entente.css");
const JS: &str = include_str!("../../static/entente.js");

/// The interface's routes, merged into the server's router.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/", pages::dashboard)
        .get("/login", pages::login)
        .get("/dossiers", pages::dossiers)
        .get("/dossiers/{id}", pages::dossier)
        .post("/dossiers/{id}/assessment", assess::submit)
        .get("/procedures/{pid}", procedure::page)
        .get("/procedures/{pid}/tally", procedure::tally)
        .post("/procedures/{pid}/position", procedure::record)
        .post("/procedures/{pid}/close", steps::close)
        .post("/dossiers/{id}/picture/propose", steps::propose)
        .post("/dossiers/{id}/picture/object", steps::object)
        .post("/dossiers/{id}/package", steps::package)
        .post("/dossiers/{id}/procedure", steps::open)
        .post("/dossiers/{id}/attribution", steps::attribution)
        .post("/dossiers", steps::new_dossier)
        .post("/dossiers/{id}/evidence", steps::evidence)
        .get("/search", search::page)
        .get("/admin", pages::admin)
        .post("/admin/population", pages::import_population)
        .get("/audit", pages::audit)
        .get("/lang/{code}", set_lang)
        .get("/static/entente.css", css)
        .get("/static/entente.js", js)
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        JS,
    )
}

/// Reads one cookie from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The interface language of a request: the `entente_lang` cookie (set by the language switch),
/// else the most preferred interface language in `Accept-Language`, else English. The header
/// decides before sign-in and for as long as the reader has not chosen.
pub fn request_lang(headers: &HeaderMap) -> Lang {
    if let Some(l) = cookie(headers, LANG_COOKIE).and_then(|c| c.parse::<Lang>().ok())
        && i18n::is_ui_lang(l)
    {
        return l;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(accept_language)
        .unwrap_or(Lang::En)
}

/// The interface language an `Accept-Language` value (RFC 9110, 12.5.4) prefers: ranges by
/// descending `q` (ties in the order given), each matched on its primary subtag (`pt-PT`, `pt`
/// and `pt-BR` all ask for Portuguese); `q=0` refuses a language; `*` takes none in particular.
pub fn accept_language(value: &str) -> Option<Lang> {
    let mut ranges: Vec<(u16, usize, &str)> = Vec::new();
    for (i, part) in value.split(',').enumerate().take(64) {
        let mut it = part.split(';');
        let tag = it.next().unwrap_or("").trim();
        let mut q = 1000u16;
        for p in it {
            let p = p.trim();
            if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                q = parse_q(v.trim()).unwrap_or(0);
            }
        }
        if !tag.is_empty() {
            ranges.push((q, i, tag));
        }
    }
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let refused = |l: Lang| {
        ranges
            .iter()
            .any(|(q, _, t)| *q == 0 && primary(t).and_then(|p| p.parse::<Lang>().ok()) == Some(l))
    };
    ranges
        .iter()
        .filter(|(q, _, _)| *q > 0)
        .filter_map(|(_, _, t)| primary(t)?.parse::<Lang>().ok())
        .find(|l| i18n::is_ui_lang(*l) && !refused(*l))
}

/// The primary language subtag of a language range, lower-cased; `None` for `*`.
fn primary(tag: &str) -> Option<String> {
    let p = tag.split(['-', '_']).next()?.trim();
    (p != "*" && !p.is_empty()).then(|| p.to_ascii_lowercase())
}

/// A quality value `0` to `1` with up to three decimals, in thousandths.
fn parse_q(v: &str) -> Option<u16> {
    let (int, frac) = v.split_once('.').unwrap_or((v, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let f: u16 = format!("{frac:0<3}").parse().ok()?;
    Some((whole + f).min(1000))
}

/// A same-site path to return to; anything else becomes `/` (no open redirects). The WHATWG
/// URL parser that browsers use strips tabs and newlines and reads `\\` as `/`, so `/\t/evil`
/// would become `//evil` (F7): a path is kept only if it is one `/` followed by visible ASCII
/// other than `\\`, and does not begin `//`.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && n.len() <= 2000
                && n.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') =>
        {
            n.into()
        }
        _ => "/".into(),
    }
}

/// The page context of a request, built from its viewer and language.
pub struct Page(pub Ctx);

impl FromRequestParts<Arc<AppState>> for Page {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let Caller(session) = Caller::from_request_parts(parts, state).await?;
        let viewer = session
            .as_ref()
            .map(|s| s.viewer.clone())
            .unwrap_or_else(entente_core::Viewer::public);
        let is_admin = session.as_ref().is_some_and(|s| s.has_role(Role::Admin));
        let can_assess = session
            .as_ref()
            .is_some_and(|s| s.has_role(Role::Analyst) || s.has_role(Role::Delegate));
        let is_delegate = session.as_ref().is_some_and(|s| s.has_role(Role::Delegate));
        // The language the account chose (stored as an event), else the browser's: the
        // language cookie, then Accept-Language.
        let chosen = match &session {
            Some(s) => {
                let (store, user) = (state.store.clone(), s.viewer.user.clone());
                crate::api::blocking(move || Ok(store.user_language(&user)?))
                    .await
                    .unwrap_or(None)
                    .filter(|l| i18n::is_ui_lang(*l))
            }
            None => None,
        };
        let lang = chosen.unwrap_or_else(|| request_lang(&parts.headers));
        let here = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        Ok(Page(Ctx {
            lang,
            langs: i18n::ui_langs()
                .into_iter()
                .map(|l| LangLink {
                    code: l.code(),
                    name: i18n::endonym(l),
                    current: l == lang,
                })
                .collect(),
            signed_in: !viewer.is_public(),
            viewer,
            here_q: view::url_encode(&here),
            here,
            banner: MarkView::clear(),
            csrf: crate::auth::csrf_token_for(&parts.headers).unwrap_or_default(),
            secure: crate::auth::over_tls(parts),
            is_admin,
            can_assess,
            is_delegate,
            nav: "",
        }))
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// `GET /lang/{code}?next=/path`: the interface language, remembered in a cookie and, for a
/// signed-in reader, in their account (the cookie is sent only by this site: SameSite).
async fn set_lang(
    axum::extract::State(st): axum::extract::State<Arc<AppState>>,
    Caller(caller): Caller,
    Path(code): Path<String>,
    Query(q): Query<NextQuery>,
) -> Response {
    let next = safe_next(q.next.as_deref());
    let Some(lang) = code.parse::<Lang>().ok().filter(|l| i18n::is_ui_lang(*l)) else {
        return (StatusCode::NOT_FOUND, "no such interface language").into_response();
    };
    if let Some(s) = caller {
        let store = st.store.clone();
        if let Err(e) = crate::api::blocking(move || Ok(store.set_language(&s.viewer, lang)?)).await
        {
            tracing::warn!(error = %e.message, "recording the interface language failed");
        }
    }
    let mut resp = Redirect::to(&next).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        lang.code()
    )) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

/// Renders a template into an HTML response.
pub fn html(t: &impl Template) -> Response {
    match t.render() {
        Ok(s) => Html(s).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "the page could not be rendered",
            )
                .into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "password.html")]
pub struct PasswordPage {
    pub c: Ctx,
    /// The password was reset by someone else.
    pub reset: bool,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub c: Ctx,
    pub status: u16,
    pub heading: String,
    pub message: String,
}

/// An error shown as a page in the reader's language.
pub fn error_page(c: Ctx, e: ApiError) -> Response {
    let heading = match e.status.as_u16() {
        404 => c.t("error-not-found"),
        401 | 403 => c.t("error-forbidden"),
        400 | 409 | 422 => c.t("error-invalid"),
        _ => c.t("error-server"),
    };
    let status = e.status;
    let page = ErrorPage {
        status: status.as_u16(),
        heading,
        message: e.message,
        c,
    };
    let mut r = html(&page);
    *r.status_mut() = status;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_comes_from_cookie_then_accept_language() {
        let mut h = HeaderMap::new();
        assert_eq!(request_lang(&h), Lang::En, "English when nothing is said");
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("ja, lv;q=0.8, en;q=0.5"),
        );
        assert_eq!(request_lang(&h), Lang::Lv);
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=b; entente_lang=bg"),
        );
        assert_eq!(request_lang(&h), Lang::Bg);
        h.insert(header::COOKIE, HeaderValue::from_static("entente_lang=xx"));
        assert_eq!(request_lang(&h), Lang::Lv);
    }

    #[test]
    fn accept_language_follows_quality_values_and_regions() {
        assert_eq!(accept_language("en;q=0.5, pl"), Some(Lang::Pl));
        assert_eq!(accept_language("pt-BR,pt;q=0.9"), Some(Lang::Pt));
        assert_eq!(accept_language("ga-IE, en-GB;q=0.9"), Some(Lang::Ga));
        assert_eq!(accept_language("MT"), Some(Lang::Mt));
        assert_eq!(
            accept_language("el;q=0.2, sv;q=0.2"),
            Some(Lang::El),
            "ties keep their order"
        );
        assert_eq!(accept_language("fr;q=0, fr-BE, de;q=0.1"), Some(Lang::De));
        assert_eq!(accept_language("*"), None);
        assert_eq!(accept_language("ja, zh-CN;q=0.9"), None);
        assert_eq!(
            accept_language("de;q=2, it;q=0.3"),
            Some(Lang::It),
            "a bad q counts as 0"
        );
        assert_eq!(accept_language(""), None);
    }

    #[test]
    fn next_must_stay_on_this_site() {
        assert_eq!(safe_next(Some("/dossiers?x=1")), "/dossiers?x=1");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn f7_no_open_redirect_through_tabs_or_newlines() {
        for evil in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil",
            "/ /evil",
            "/\\evil",
            "/\u{0b}/evil",
        ] {
            assert_eq!(safe_next(Some(evil)), "/", "{evil:?}");
        }
        assert_eq!(safe_next(Some("/%09/x")), "/%09/x");
    }
}
