//! The web interface: server-rendered pages (askama templates in `templates/`), Fluent messages
//! (`i18n/*.ftl`), hand-written SVG charts and two embedded static files. Pages read only
//! through the store with the request's viewer; the interface never filters by itself.

pub mod assess;
pub mod chart;
pub mod i18n;
pub mod pages;
pub mod panels;
pub mod procedure;
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
        .get("/search", pages::search)
        .get("/admin", pages::admin)
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

/// The interface language of a request: the `entente_lang` cookie, else the first shipped
/// language in `Accept-Language`, else English.
pub fn request_lang(headers: &HeaderMap) -> Lang {
    if let Some(l) = cookie(headers, LANG_COOKIE).and_then(|c| c.parse::<Lang>().ok())
        && i18n::is_ui_lang(l)
    {
        return l;
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    for part in accept.split(',') {
        let tag = part.split(';').next().unwrap_or("").trim();
        let primary = tag.split('-').next().unwrap_or("");
        if let Ok(l) = primary.parse::<Lang>()
            && i18n::is_ui_lang(l)
        {
            return l;
        }
    }
    Lang::En
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
        let lang = request_lang(&parts.headers);
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

/// `GET /lang/{code}?next=/path`: remembers the interface language in a cookie and returns.
async fn set_lang(Path(code): Path<String>, Query(q): Query<NextQuery>) -> Response {
    let next = safe_next(q.next.as_deref());
    let Some(lang) = code.parse::<Lang>().ok().filter(|l| i18n::is_ui_lang(*l)) else {
        return (StatusCode::NOT_FOUND, "no such interface language").into_response();
    };
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
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("pl, lv;q=0.8, en;q=0.5"),
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
