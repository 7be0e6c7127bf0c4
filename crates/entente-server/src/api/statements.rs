//! The statements API (issue 14) and its wire types, shared by the server and the CLI.
//!
//! Routes (under `/api/v1`):
//! - `GET|POST /dossiers/{id}/statements`: the dossier's statements; draft one
//! - `GET /statements/{sid}`; `POST /statements/{sid}/versions` (a new version)
//! - `PUT /statements/{sid}/languages/{lang}` (a language version),
//!   `POST /statements/{sid}/languages/{lang}/verify`
//! - `PUT /statements/{sid}/embargo`, `POST /statements/{sid}/release`
//! - `GET /statements/{sid}/diff?from=&to=&lang=`: the word-level diff between two versions
//! - `GET /statements/{sid}/export?format=html|pdf&lang=`: the statement as a document
//! - `GET /statement-templates`
//!
//! Public (no account, `auth::PUBLIC_SURFACES`): `GET /releases.atom`, the Atom 1.0 feed
//! (RFC 4287) of the releases, one entry per released language version; the page
//! `GET /releases` is in `ui/statements`.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use entente_core::statement::{diff, embargo, templates};
use entente_core::{Lang, Marking};
use entente_store::statements::{NewStatement, ReleaseView, StatementView, TranslationInput};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::api::{ApiJson, blocking};
use crate::auth::{Reader, require_member};
use crate::error::ApiError;
use crate::picture_api::parse_time;

/// The routes of this module, to merge into the `/api/v1` router.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/dossiers/{id}/statements", list)
        .post("/dossiers/{id}/statements", draft)
        .get("/statements/{sid}", get)
        .post("/statements/{sid}/versions", revise)
        .put("/statements/{sid}/languages/{lang}", translate)
        .post("/statements/{sid}/languages/{lang}/verify", verify)
        .put("/statements/{sid}/embargo", set_embargo)
        .post("/statements/{sid}/release", release)
        .get("/statements/{sid}/diff", diff_versions)
        .get("/statements/{sid}/export", export)
        .get("/statement-templates", list_templates)
}

// ---- wire ------------------------------------------------------------------------------------

/// Body of `POST /dossiers/{id}/statements`. Title and text default to the template's.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DraftIn {
    pub kind: String,
    /// The source language (ISO 639-1).
    pub lang: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub template: Option<String>,
    /// For a national statement: the id of the Union statement it echoes.
    #[serde(default)]
    pub echoes: Option<String>,
    #[serde(default)]
    pub marking: Option<Marking>,
}

/// Body of `POST /statements/{sid}/versions`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReviseIn {
    pub title: String,
    pub text: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// Body of `PUT /statements/{sid}/languages/{lang}`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslateIn {
    pub title: String,
    pub text: String,
    /// `translated` (default) or `draft`.
    #[serde(default)]
    pub status: Option<String>,
    /// Default: the latest version.
    #[serde(default)]
    pub version: Option<u32>,
}

/// Body of `POST /statements/{sid}/languages/{lang}/verify` and `/release`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VersionIn {
    #[serde(default)]
    pub version: Option<u32>,
}

/// Body of `PUT /statements/{sid}/embargo`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmbargoIn {
    /// RFC 3339.
    pub embargo: String,
}

/// The embargo on the clock of one capital.
#[derive(Debug, Serialize, Deserialize)]
pub struct CapitalTimeOut {
    pub state: String,
    pub capital: String,
    pub zone: String,
    /// `2026-12-03T12:00` on that clock.
    pub local: String,
    pub offset: String,
}

/// A statement with its embargo in the 27 capitals.
#[derive(Debug, Serialize)]
pub struct StatementOut {
    #[serde(flatten)]
    pub statement: StatementView,
    pub embargo_in_capitals: Vec<CapitalTimeOut>,
}

/// The embargo in the 27 capitals (empty without an embargo).
pub fn capitals_of(embargo: Option<&str>) -> Vec<CapitalTimeOut> {
    let Some(t) = embargo.and_then(|e| DateTime::parse_from_rfc3339(e).ok()) else {
        return Vec::new();
    };
    embargo::in_capitals(t.with_timezone(&Utc))
        .into_iter()
        .map(|c| CapitalTimeOut {
            state: c.state.to_string(),
            capital: c.capital.to_string(),
            zone: c.zone.to_string(),
            local: c.local.format("%Y-%m-%dT%H:%M").to_string(),
            offset: c.offset,
        })
        .collect()
}

impl From<StatementView> for StatementOut {
    fn from(s: StatementView) -> Self {
        StatementOut {
            embargo_in_capitals: capitals_of(s.embargo.as_deref()),
            statement: s,
        }
    }
}

/// The answer of `GET /statements/{sid}/diff`.
#[derive(Debug, Serialize, Deserialize)]
pub struct DiffOut {
    pub from: u32,
    pub to: u32,
    pub lang: Lang,
    pub removed_words: usize,
    pub added_words: usize,
    pub runs: Vec<RunOut>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct RunOut {
    /// `same`, `removed` or `added`.
    pub change: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiffQuery {
    pub from: Option<u32>,
    pub to: Option<u32>,
    pub lang: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    /// `html` (default) or `pdf`.
    pub format: Option<String>,
    /// Comma-separated languages (default: every language version).
    pub lang: Option<String>,
    pub version: Option<u32>,
}

pub fn parse_lang(field: &str, s: &str) -> Result<Lang, ApiError> {
    s.parse::<Lang>()
        .map_err(|e| ApiError::invalid(format!("{field}: {e}")))
}

/// The diff between two versions of a statement in one language (default: the previous version
/// and the latest, in the source language).
pub fn diff_of(s: &StatementView, q: &DiffQuery) -> Result<DiffOut, ApiError> {
    let to = q.to.unwrap_or(s.latest_version);
    let from = q.from.unwrap_or(to.saturating_sub(1).max(1));
    let lang = match &q.lang {
        Some(l) => parse_lang("lang", l)?,
        None => s.source_lang,
    };
    let text_of = |v: u32, field: &str| -> Result<String, ApiError> {
        let version = s.version(v).ok_or_else(|| {
            ApiError::invalid(format!(
                "{field}: a version of the statement (1 to {}), not {v}",
                s.latest_version
            ))
        })?;
        Ok(version
            .languages
            .iter()
            .find(|l| l.lang == lang)
            .map(|l| format!("{}\n\n{}", l.title, l.text))
            .unwrap_or_default())
    };
    let runs = diff::words(&text_of(from, "from")?, &text_of(to, "to")?);
    let (removed, added) = diff::counts(&runs);
    Ok(DiffOut {
        from,
        to,
        lang,
        removed_words: removed,
        added_words: added,
        runs: runs
            .into_iter()
            .map(|r| RunOut {
                change: r.change.as_str().to_string(),
                text: r.text,
            })
            .collect(),
    })
}

// ---- handlers --------------------------------------------------------------------------------

pub async fn list(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let list = blocking(move || Ok(store.statements(&viewer, &id)?)).await?;
    Ok(Json(
        list.into_iter().map(StatementOut::from).collect::<Vec<_>>(),
    ))
}

impl DraftIn {
    /// The store's request.
    pub fn into_request(self) -> Result<NewStatement, ApiError> {
        Ok(NewStatement {
            kind: self.kind,
            lang: parse_lang("lang", &self.lang)?,
            title: self.title.unwrap_or_default(),
            text: self.text.unwrap_or_default(),
            template: self.template,
            echoes: self.echoes,
            marking: self.marking,
        })
    }
}

pub async fn draft(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DraftIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let input = body.into_request()?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.draft_statement(&viewer, &id, input)?)).await?;
    Ok((StatusCode::CREATED, Json(StatementOut::from(s))))
}

pub async fn get(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(sid): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let store = st.store.clone();
    let key = sid.clone();
    blocking(move || Ok(store.statement(&viewer, &key)?))
        .await?
        .map(|s| Json(StatementOut::from(s)))
        .ok_or_else(|| ApiError::not_found("statement", &sid))
}

pub async fn revise(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(sid): Path<String>,
    ApiJson(b): ApiJson<ReviseIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.revise_statement(&viewer, &sid, b.title, b.text, b.note)?))
        .await?;
    Ok((StatusCode::CREATED, Json(StatementOut::from(s))))
}

pub async fn translate(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path((sid, lang)): Path<(String, String)>,
    ApiJson(b): ApiJson<TranslateIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let input = TranslationInput {
        version: b.version,
        lang: parse_lang("lang", &lang)?,
        title: b.title,
        text: b.text,
        status: b.status,
    };
    let store = st.store.clone();
    let s = blocking(move || Ok(store.translate_statement(&viewer, &sid, input)?)).await?;
    Ok(Json(StatementOut::from(s)))
}

pub async fn verify(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path((sid, lang)): Path<(String, String)>,
    ApiJson(b): ApiJson<VersionIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let lang = parse_lang("lang", &lang)?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.verify_statement(&viewer, &sid, b.version, lang)?)).await?;
    Ok(Json(StatementOut::from(s)))
}

pub async fn set_embargo(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(sid): Path<String>,
    ApiJson(b): ApiJson<EmbargoIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let t = parse_time("embargo", &b.embargo)?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.set_statement_embargo(&viewer, &sid, t)?)).await?;
    Ok(Json(StatementOut::from(s)))
}

pub async fn release(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(sid): Path<String>,
    ApiJson(b): ApiJson<VersionIn>,
) -> Result<impl IntoResponse, ApiError> {
    require_member(&viewer)?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.release_statement(&viewer, &sid, b.version)?)).await?;
    Ok(Json(StatementOut::from(s)))
}

pub async fn diff_versions(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(sid): Path<String>,
    q: Result<Query<DiffQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let Query(q) = q?;
    let store = st.store.clone();
    let key = sid.clone();
    let s = blocking(move || Ok(store.statement(&viewer, &key)?))
        .await?
        .ok_or_else(|| ApiError::not_found("statement", &sid))?;
    Ok(Json(diff_of(&s, &q)?))
}

pub async fn list_templates() -> impl IntoResponse {
    Json(templates::all())
}

// ---- exports ---------------------------------------------------------------------------------

/// The language versions of `version` (default: the released one, else the latest) in the
/// languages asked for (default: all).
pub fn export_languages<'a>(
    s: &'a StatementView,
    version: Option<u32>,
    langs: Option<&str>,
) -> Result<(u32, Vec<&'a entente_store::statements::LangVersionView>), ApiError> {
    let v = version
        .or(s.released.as_ref().map(|r| r.version))
        .unwrap_or(s.latest_version);
    let ver = s.version(v).ok_or_else(|| {
        ApiError::invalid(format!(
            "version: a version of the statement (1 to {}), not {v}",
            s.latest_version
        ))
    })?;
    let wanted: Option<Vec<Lang>> = langs
        .map(|l| {
            l.split(',')
                .filter(|x| !x.trim().is_empty())
                .map(|x| parse_lang("lang", x.trim()))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?;
    let out: Vec<_> = ver
        .languages
        .iter()
        .filter(|l| wanted.as_ref().is_none_or(|w| w.contains(&l.lang)))
        .collect();
    if out.is_empty() {
        return Err(ApiError::invalid(format!(
            "lang: a language this version has ({})",
            ver.languages
                .iter()
                .map(|l| l.lang.code())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok((v, out))
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn marking_line(m: &Marking) -> String {
    let mut s = m.tlp.to_string();
    if let Some(c) = m.classification {
        s = format!("{} · {s}", c.label());
    }
    s
}

/// The statement as a standalone HTML document: each language version in its own `section`
/// with its `lang`.
pub fn export_html(
    s: &StatementView,
    version: u32,
    langs: &[&entente_store::statements::LangVersionView],
) -> String {
    let first = langs.first().map(|l| l.lang).unwrap_or(s.source_lang);
    let mut h = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n<p>{} · {} · v{version}</p>\n",
        first,
        html_escape(&langs.first().map(|l| l.title.clone()).unwrap_or_default()),
        html_escape(&marking_line(&s.marking)),
        html_escape(&s.kind),
    );
    for l in langs {
        h.push_str(&format!(
            "<section lang=\"{}\">\n<h1>{}</h1>\n",
            l.lang,
            html_escape(&l.title)
        ));
        for p in l.text.split("\n\n") {
            h.push_str(&format!("<p>{}</p>\n", html_escape(p.trim())));
        }
        h.push_str("</section>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

/// The statement as PDF (the `pdf` feature).
#[cfg(feature = "pdf")]
pub fn export_pdf(
    s: &StatementView,
    version: u32,
    langs: &[&entente_store::statements::LangVersionView],
) -> Result<Vec<u8>, ApiError> {
    let doc = crate::pdf::PdfDocument {
        title: langs.first().map(|l| l.title.clone()).unwrap_or_default(),
        header: format!("{} · v{version}", s.kind),
        marking: marking_line(&s.marking),
        languages: langs
            .iter()
            .map(|l| crate::pdf::PdfLanguage {
                lang: l.lang.code().to_string(),
                title: l.title.clone(),
                text: l.text.clone(),
            })
            .collect(),
    };
    crate::pdf::statement_pdf(&doc).map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "pdf_failed",
            format!("the PDF could not be made: {e}"),
        )
    })
}

/// Without the `pdf` feature.
#[cfg(not(feature = "pdf"))]
pub fn export_pdf(
    _s: &StatementView,
    _version: u32,
    _langs: &[&entente_store::statements::LangVersionView],
) -> Result<Vec<u8>, ApiError> {
    Err(ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        "pdf_not_built",
        "this entente was built without the pdf feature; export as html, or use a build with `--features pdf` (the default of the entente binary)",
    ))
}

pub async fn export(
    State(st): State<Arc<AppState>>,
    Reader(viewer): Reader,
    Path(sid): Path<String>,
    q: Result<Query<ExportQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = q?;
    let format = q.format.clone().unwrap_or_else(|| "html".into());
    if format != "html" && format != "pdf" {
        return Err(ApiError::invalid("format: html or pdf"));
    }
    let store = st.store.clone();
    let (key, f) = (sid.clone(), format.clone());
    let s = blocking(move || Ok(store.export_statement(&viewer, &key, &f)?))
        .await?
        .ok_or_else(|| ApiError::not_found("statement", &sid))?;
    let (version, langs) = export_languages(&s, q.version, q.lang.as_deref())?;
    if format == "pdf" {
        let owned: Vec<entente_store::statements::LangVersionView> =
            langs.into_iter().cloned().collect();
        let bytes = tokio::task::spawn_blocking(move || {
            let refs: Vec<&_> = owned.iter().collect();
            export_pdf(&s, version, &refs)
        })
        .await??;
        return Ok((
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{sid}-v{version}.pdf\""),
                ),
            ],
            bytes,
        )
            .into_response());
    }
    Ok((
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        export_html(&s, version, &langs),
    )
        .into_response())
}

// ---- the public feed -------------------------------------------------------------------------

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn urn(key: &str, name: &str) -> String {
    let ns = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, key.as_bytes());
    format!("urn:uuid:{}", uuid::Uuid::new_v5(&ns, name.as_bytes()))
}

/// Who a release speaks for, for the feed's `author`.
pub fn author_of(r: &ReleaseView) -> String {
    if r.party == "EU" {
        "European Union".to_string()
    } else {
        entente_core::reference::member_state(&r.party)
            .map(|s| s.name_en.clone())
            .unwrap_or_else(|| r.party.clone())
    }
}

/// The releases as an Atom 1.0 feed (RFC 4287): the feed's `id`, `title`, `updated`, `author`
/// and `link rel="self"` (§4.1.1); one `entry` per released language version, each with its
/// `id`, `title`, `updated` and `published`, `author`, `content` (§4.1.2) and `xml:lang` (§2).
/// Ids are `urn:uuid` names derived from the instance key, so they stay the same forever.
pub fn atom(instance_key: &str, releases: &[ReleaseView]) -> String {
    let updated = releases
        .iter()
        .map(|r| r.released_at.as_str())
        .max()
        .unwrap_or("1970-01-01T00:00:00Z")
        .to_string();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    x.push_str(&format!("  <id>{}</id>\n", urn(instance_key, "releases")));
    x.push_str("  <title>entente: statements released</title>\n");
    x.push_str(&format!("  <updated>{}</updated>\n", xml(&updated)));
    x.push_str("  <author><name>entente</name></author>\n");
    x.push_str("  <link rel=\"self\" type=\"application/atom+xml\" href=\"/releases.atom\"/>\n");
    x.push_str("  <link rel=\"alternate\" type=\"text/html\" href=\"/releases\"/>\n");
    for r in releases {
        for (lang, t) in &r.languages {
            x.push_str(&format!("  <entry xml:lang=\"{lang}\">\n"));
            x.push_str(&format!(
                "    <id>{}</id>\n",
                urn(instance_key, &format!("{}:{lang}", r.release))
            ));
            x.push_str(&format!(
                "    <title type=\"text\">{}</title>\n",
                xml(&t.title)
            ));
            x.push_str(&format!("    <updated>{}</updated>\n", xml(&r.released_at)));
            x.push_str(&format!(
                "    <published>{}</published>\n",
                xml(&r.released_at)
            ));
            x.push_str(&format!(
                "    <author><name>{}</name></author>\n",
                xml(&author_of(r))
            ));
            x.push_str(&format!("    <category term=\"{}\"/>\n", xml(&r.kind)));
            x.push_str(&format!(
                "    <link rel=\"alternate\" type=\"text/html\" hreflang=\"{lang}\" href=\"/releases#{}-{lang}\"/>\n",
                xml(&r.release)
            ));
            x.push_str(&format!(
                "    <content type=\"text\">{}</content>\n",
                xml(&t.text)
            ));
            x.push_str("  </entry>\n");
        }
    }
    x.push_str("</feed>\n");
    x
}

/// `GET /releases.atom` (public).
pub async fn releases_atom(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let store = st.store.clone();
    let (key, list) = blocking(move || Ok((store.public_key(), store.releases(200)?))).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        atom(&key, &list),
    )
        .into_response())
}

// ---- OpenAPI ---------------------------------------------------------------------------------

/// Adds this module's paths to the OpenAPI document.
pub fn extend_openapi(doc: &mut serde_json::Value) {
    use serde_json::json;
    let error = json!({"$ref": "#/components/responses/Error"});
    let sid = json!({"name": "sid", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Statement id"});
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Dossier id"});
    let lang = json!({"name": "lang", "in": "path", "required": true, "schema": {"type": "string"}, "description": "ISO 639-1 code of an official language"});
    let obj = json!({"description": "The statement", "content": {"application/json": {"schema": {"type": "object"}}}});
    let body = |props: serde_json::Value, required: serde_json::Value| json!({"required": true, "content": {"application/json": {"schema": {"type": "object", "additionalProperties": false, "required": required, "properties": props}}}});
    let paths = json!({
        "/api/v1/dossiers/{id}/statements": {
            "get": {"summary": "The dossier's statements", "operationId": "listStatements", "parameters": [id], "responses": {"200": obj, "404": error}},
            "post": {"summary": "Draft a statement (drafter; a national statement: its party's delegate or drafter)", "operationId": "draftStatement", "parameters": [id],
                "requestBody": body(json!({"kind": {"type": "string", "enum": ["hr_declaration", "council_conclusions", "press_release", "demarche_points", "national_statement"]}, "lang": {"type": "string"}, "title": {"type": "string"}, "text": {"type": "string"}, "template": {"type": "string"}, "echoes": {"type": "string"}, "marking": {"$ref": "#/components/schemas/Marking"}}), json!(["kind", "lang"])),
                "responses": {"201": obj, "400": error, "401": error, "403": error, "404": error}}
        },
        "/api/v1/statements/{sid}": {"get": {"summary": "A statement: versions, language versions, adoptions, embargo in the 27 capitals, release, echoes", "operationId": "getStatement", "parameters": [sid], "responses": {"200": obj, "404": error}}},
        "/api/v1/statements/{sid}/versions": {"post": {"summary": "A new version (the source text)", "operationId": "reviseStatement", "parameters": [sid],
            "requestBody": body(json!({"title": {"type": "string"}, "text": {"type": "string"}, "note": {"type": "string"}}), json!(["title", "text"])),
            "responses": {"201": obj, "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/statements/{sid}/languages/{lang}": {"put": {"summary": "Set a language version (a verified one that changes goes back to draft)", "operationId": "translateStatement", "parameters": [sid, lang],
            "requestBody": body(json!({"title": {"type": "string"}, "text": {"type": "string"}, "status": {"type": "string", "enum": ["draft", "translated"]}, "version": {"type": "integer"}}), json!(["title", "text"])),
            "responses": {"200": obj, "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/statements/{sid}/languages/{lang}/verify": {"post": {"summary": "Verify a language version (a drafter of a Member State of that language, or the chair)", "operationId": "verifyStatement", "parameters": [sid, lang],
            "requestBody": body(json!({"version": {"type": "integer"}}), json!([])),
            "responses": {"200": obj, "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/statements/{sid}/embargo": {"put": {"summary": "Set the embargo time (chair)", "operationId": "setStatementEmbargo", "parameters": [sid],
            "requestBody": body(json!({"embargo": {"type": "string", "format": "date-time"}}), json!(["embargo"])),
            "responses": {"200": obj, "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/statements/{sid}/release": {"post": {"summary": "Release the adopted version in every verified language, at once (chair; a national statement: its party)", "operationId": "releaseStatement", "parameters": [sid],
            "requestBody": body(json!({"version": {"type": "integer"}}), json!([])),
            "responses": {"200": obj, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/statements/{sid}/diff": {"get": {"summary": "Word-level diff between two versions", "operationId": "diffStatement",
            "parameters": [sid, {"name": "from", "in": "query", "schema": {"type": "integer"}}, {"name": "to", "in": "query", "schema": {"type": "integer"}}, {"name": "lang", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "Runs of same, removed and added words", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": error, "404": error}}},
        "/api/v1/statements/{sid}/export": {"get": {"summary": "The statement as HTML or PDF (audited)", "operationId": "exportStatement",
            "parameters": [sid, {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "pdf"]}}, {"name": "lang", "in": "query", "schema": {"type": "string"}, "description": "Comma-separated languages"}, {"name": "version", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "text/html or application/pdf", "content": {"text/html": {"schema": {"type": "string"}}, "application/pdf": {"schema": {"type": "string", "format": "binary"}}}}, "400": error, "404": error, "501": error}}},
        "/api/v1/statement-templates": {"get": {"summary": "Drafting templates per kind, with their sources", "operationId": "statementTemplates", "responses": {"200": {"description": "Templates", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}}}}
    });
    if let Some(p) = doc.get_mut("paths").and_then(|p| p.as_object_mut())
        && let Some(add) = paths.as_object()
    {
        for (k, v) in add {
            p.insert(k.clone(), v.clone());
        }
    }
}
