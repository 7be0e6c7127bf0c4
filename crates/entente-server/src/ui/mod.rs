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
use axum::Router;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
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
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(pages::dashboard))
        .route("/login", get(pages::login))
        .route("/dossiers", get(pages::dossiers))
        .route("/dossiers/{id}", get(pages::dossier))
        .route("/dossiers/{id}/assessment", post(assess::submit))
        .route("/procedures/{pid}", get(procedure::page))
        .route("/procedures/{pid}/tally", get(procedure::tally))
        .route("/procedures/{pid}/position", post(procedure::record))
        .route("/search", get(pages::search))
        .route("/admin", get(pages::admin))
        .route("/audit", get(pages::audit))
        .route("/lang/{code}", get(set_lang))
        .route("/static/entente.css", get(css))
        .route("/static/entente.js", get(js))
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

/// A same-site path to return to; anything else becomes `/` (no open redirects). Used for
/// every `next=` of the UI and the sign-in form.
///
/// A path is kept only if it starts with one `/`, has no `\` (browsers read it as `/`) and no
/// control character: browsers drop tabs and line breaks from a URL before resolving it, so
/// `/<TAB>/evil.example` would become `//evil.example`, another site; and the other control
/// characters are not valid in a `Location` header (the redirect would fail with a 500).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.contains('\\')
                && !n.chars().any(char::is_control) =>
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

    /// Found by the `safe_next` fuzz target: a control character passed the check, and the
    /// redirect after sign-in failed (not a valid `Location` header).
    #[test]
    fn safe_next_refuses_control_characters() {
        assert_eq!(safe_next(Some("/dossiers/\u{1f}otpetya-2017#picture")), "/");
        assert_eq!(safe_next(Some("/dossiers\r\nSet-Cookie: x=1")), "/");
        assert_eq!(safe_next(Some("/a\u{7f}")), "/");
    }

    /// Found by the `safe_next` fuzz target's oracle (a browser's URL parser): a tab is valid
    /// in a `Location` header and browsers drop it from a URL, so `/<TAB>/evil.example` was an
    /// open redirect to `//evil.example` (line breaks failed as a 500 instead).
    #[test]
    fn safe_next_refuses_tab_and_newline_open_redirects() {
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(Some("/\n/evil.example")), "/");
        assert_eq!(safe_next(Some("/\r/evil.example/path")), "/");
        assert_eq!(
            safe_next(Some("/dossiers?q=caf\u{e9}")),
            "/dossiers?q=caf\u{e9}"
        );
    }

    proptest::proptest! {
        /// Whatever `next` is, the result is `/` or `next` itself, and it is a path on this site
        /// as a browser reads it: one leading `/`, no `\\`, no control character.
        #[test]
        fn safe_next_stays_on_this_site(next in "[/\\\\\t\r\na-z.:%?#\u{0}-\u{1f}\u{7f}-\u{a0}]{0,12}") {
            let out = safe_next(Some(&next));
            proptest::prop_assert!(out == "/" || out == next);
            let stripped: String = out.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
            proptest::prop_assert!(stripped.starts_with('/'));
            proptest::prop_assert!(!stripped.starts_with("//") && !stripped.contains('\\'));
            proptest::prop_assert!(HeaderValue::from_str(&out).is_ok());
        }
    }
}
