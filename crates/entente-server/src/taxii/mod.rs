//! The TAXII 2.1 server (issue 13): every endpoint of TAXII 2.1 §4 and §5 under `/taxii2/`,
//! served from the store's collections (views of the store, `entente-store/src/taxii/`).
//!
//! | endpoint | section |
//! |---|---|
//! | `GET /taxii2/` | §4.1 Server Discovery |
//! | `GET /taxii2/{api-root}/` | §4.2 Get API Root Information |
//! | `GET /taxii2/{api-root}/status/{status-id}/` | §4.3 Get Status |
//! | `GET /taxii2/{api-root}/collections/` | §5.1 Get Collections |
//! | `GET /taxii2/{api-root}/collections/{id}/` | §5.2 Get A Collection |
//! | `GET /taxii2/{api-root}/collections/{id}/manifest/` | §5.3 Get Object Manifests |
//! | `GET /taxii2/{api-root}/collections/{id}/objects/` | §5.4 Get Objects |
//! | `POST /taxii2/{api-root}/collections/{id}/objects/` | §5.5 Add Objects |
//! | `GET /taxii2/{api-root}/collections/{id}/objects/{object-id}/` | §5.6 Get An Object |
//! | `DELETE /taxii2/{api-root}/collections/{id}/objects/{object-id}/` | §5.7 Delete An Object |
//! | `GET /taxii2/{api-root}/collections/{id}/objects/{object-id}/versions/` | §5.8 Get Object Versions |
//!
//! Every endpoint needs an account (API token as `Authorization: Bearer`, or HTTP Basic with
//! the user name and the password or an API token); without one it answers 401 with
//! `WWW-Authenticate`. The store decides what the caller sees: a hidden collection, object or
//! status answers exactly like a missing one (404, same text), and hidden versions are absent
//! from pages, manifests, version lists, `more` and the `X-TAXII-Date-Added-*` headers.

pub mod admin;
pub mod media;

use std::sync::Arc;

use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use entente_core::Viewer;
use entente_store::taxii::{
    AddRefused, CollectionView, DEFAULT_PAGE, MAX_PAGE, ObjectQuery, ObjectsPage, StatusView,
    VersionMatch,
};
use serde_json::{Value, json};

use self::media::{STIX, TAXII, TaxiiError};
use crate::AppState;
use crate::auth::Caller;

/// The one API root of an instance (§4.2): `/taxii2/entente/`.
pub const API_ROOT: &str = "entente";
/// The largest envelope accepted by §5.5, in bytes (advertised as `max_content_length`, §4.2).
pub const MAX_CONTENT_LENGTH: usize = 64 * 1024 * 1024;

/// The routes of the TAXII server, to merge into the route table.
pub fn routes() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .get("/taxii2/", discovery)
        .get("/taxii2/{root}/", api_root)
        .get("/taxii2/{root}/status/{status}/", status)
        .get("/taxii2/{root}/collections/", collections)
        .get("/taxii2/{root}/collections/{id}/", collection)
        .get("/taxii2/{root}/collections/{id}/manifest/", manifest)
        .get("/taxii2/{root}/collections/{id}/objects/", get_objects)
        .post("/taxii2/{root}/collections/{id}/objects/", add_objects)
        .get(
            "/taxii2/{root}/collections/{id}/objects/{object}/",
            get_object,
        )
        .delete(
            "/taxii2/{root}/collections/{id}/objects/{object}/",
            delete_object,
        )
        .get(
            "/taxii2/{root}/collections/{id}/objects/{object}/versions/",
            object_versions,
        )
}

type TaxiiResult = Result<Response, TaxiiError>;

fn taxii_json(status: StatusCode, v: &Value) -> Response {
    let mut r = (status, serde_json::to_vec(v).unwrap_or_default()).into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(TAXII));
    r
}

/// The caller's viewer; the guard already answered 401 for requests without an account.
fn viewer(caller: &Caller) -> Result<Viewer, TaxiiError> {
    caller.0.as_ref().map(|s| s.viewer.clone()).ok_or_else(|| {
        TaxiiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "Unauthorized",
            "send an API token (Authorization: Bearer ...) or HTTP Basic credentials",
        )
    })
}

fn check_root(root: &str) -> Result<(), TaxiiError> {
    if root == API_ROOT {
        Ok(())
    } else {
        Err(TaxiiError::not_found("API root"))
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, TaxiiError> + Send + 'static,
) -> Result<T, TaxiiError> {
    tokio::task::spawn_blocking(f).await?
}

/// The base URL of this server as the client reached it (for §4.1's `api_roots`).
fn base(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
        })
        .unwrap_or("localhost");
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "https")
        .unwrap_or("http");
    format!("{scheme}://{host}")
}

/// §4.1 Server Discovery.
pub async fn discovery(headers: HeaderMap, caller: Caller) -> TaxiiResult {
    viewer(&caller)?;
    let root = format!("{}/taxii2/{API_ROOT}/", base(&headers));
    Ok(taxii_json(
        StatusCode::OK,
        &json!({
            "title": "entente TAXII 2.1 server",
            "description": "STIX 2.1 collections of the entente community, each a view of the store; every object passes entente's visibility rule for the signed-in account.",
            "contact": "the operator of this entente instance",
            "default": root,
            "api_roots": [root],
        }),
    ))
}

/// §4.2 Get API Root Information.
pub async fn api_root(Path(root): Path<String>, caller: Caller) -> TaxiiResult {
    viewer(&caller)?;
    check_root(&root)?;
    Ok(taxii_json(
        StatusCode::OK,
        &json!({
            "title": "entente",
            "description": "The collections of this entente instance.",
            "versions": [TAXII],
            "max_content_length": MAX_CONTENT_LENGTH,
        }),
    ))
}

fn status_json(s: &StatusView) -> Value {
    let entry = |e: &entente_store::taxii::StatusEntry| {
        let mut v = json!({"id": e.id, "version": e.version});
        if let Some(m) = &e.message {
            v["message"] = json!(m);
        }
        v
    };
    json!({
        "id": s.id,
        "status": "complete",
        "request_timestamp": s.request_timestamp,
        "total_count": s.total(),
        "success_count": s.successes.len(),
        "successes": s.successes.iter().map(entry).collect::<Vec<_>>(),
        "failure_count": s.failures.len(),
        "failures": s.failures.iter().map(entry).collect::<Vec<_>>(),
        "pending_count": 0,
        "pendings": [],
    })
}

/// §4.3 Get Status: the status of an envelope, for the account that posted it (anyone else:
/// 404, like a missing status). Kept as long as the log (at least the 24 hours §4.3 asks).
pub async fn status(
    State(st): State<Arc<AppState>>,
    Path((root, id)): Path<(String, String)>,
    caller: Caller,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let store = st.store.clone();
    let s = blocking(move || Ok(store.taxii_status(&v, &id)?)).await?;
    let s = s.ok_or_else(|| TaxiiError::not_found("status"))?;
    Ok(taxii_json(StatusCode::OK, &status_json(&s)))
}

fn collection_json(c: &CollectionView) -> Value {
    let mut v = json!({
        "id": c.def.id,
        "title": c.def.title,
        "can_read": c.can_read,
        "can_write": c.can_write,
        "media_types": [STIX],
    });
    if let Some(d) = &c.def.description {
        v["description"] = json!(d);
    }
    if let Some(a) = &c.def.alias {
        v["alias"] = json!(a);
    }
    v
}

/// §5.1 Get Collections: those the caller may read or write.
pub async fn collections(
    State(st): State<Arc<AppState>>,
    Path(root): Path<String>,
    caller: Caller,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let store = st.store.clone();
    let list = blocking(move || Ok(store.taxii_collections(&v)?)).await?;
    if list.is_empty() {
        // §5.1: an API root without collections (for this caller) answers an empty resource.
        return Ok(taxii_json(StatusCode::OK, &json!({})));
    }
    Ok(taxii_json(
        StatusCode::OK,
        &json!({"collections": list.iter().map(collection_json).collect::<Vec<_>>()}),
    ))
}

/// §5.2 Get A Collection (by id, or by alias).
pub async fn collection(
    State(st): State<Arc<AppState>>,
    Path((root, id)): Path<(String, String)>,
    caller: Caller,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let store = st.store.clone();
    let c = blocking(move || Ok(store.taxii_collection(&v, &id)?)).await?;
    let c = c.ok_or_else(|| TaxiiError::not_found("collection"))?;
    Ok(taxii_json(StatusCode::OK, &collection_json(&c)))
}

/// The URL parameters of §5.3, §5.4, §5.6, §5.8: `added_after`, `limit`, `next`, `match[id]`,
/// `match[type]`, `match[version]`, `match[spec_version]` (each a comma-separated list; a
/// parameter given twice adds to the list). Unknown parameters are ignored (§3.4: a server
/// ignores filters it does not support... entente supports every one the spec defines).
#[derive(Debug, Default)]
struct Params {
    q: ObjectQuery,
    version_given: bool,
    /// The client asked for more than [`MAX_PAGE`].
    capped: Option<usize>,
}

fn parse_params(raw: Option<&str>, allow: &[&str]) -> Result<Params, TaxiiError> {
    let mut p = Params::default();
    p.q.limit = DEFAULT_PAGE;
    let pairs = crate::auth::url_decoded_pairs(raw.unwrap_or("").as_bytes());
    let mut versions = String::new();
    for (k, v) in pairs {
        if !allow.contains(&k.as_str()) {
            if k.starts_with("match[") {
                return Err(TaxiiError::bad_request(format!(
                    "{k}: this endpoint takes {} only (TAXII 2.1 §5)",
                    allow.join(", ")
                )));
            }
            continue;
        }
        let list = || {
            v.split(',')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
        };
        match k.as_str() {
            "match[id]" => p.q.ids.extend(list()),
            "match[type]" => {
                for t in list() {
                    if !entente_stix::is_valid_type_name(&t) {
                        return Err(TaxiiError::bad_request(format!(
                            "match[type]: {t:?} is not a STIX type name (3-250 characters of a-z, 0-9 and '-')"
                        )));
                    }
                    p.q.types.push(t);
                }
            }
            "match[spec_version]" => p.q.spec_versions.extend(list()),
            "match[version]" => {
                if !versions.is_empty() {
                    versions.push(',');
                }
                versions.push_str(&v);
                p.version_given = true;
            }
            "added_after" => {
                let t = chrono::DateTime::parse_from_rfc3339(v.trim()).map_err(|_| {
                    TaxiiError::bad_request(format!(
                        "added_after: expected a timestamp such as 2026-11-22T09:00:00.000Z, not {v:?}"
                    ))
                })?;
                p.q.added_after = Some(entente_core::event::format_time(
                    t.with_timezone(&chrono::Utc),
                ));
            }
            "limit" => {
                let n: usize = v.trim().parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                    TaxiiError::bad_request(format!(
                        "limit: expected a positive whole number, not {v:?}"
                    ))
                })?;
                if n > MAX_PAGE {
                    p.capped = Some(n);
                }
                p.q.limit = n.min(MAX_PAGE);
            }
            "next" => {
                let n = decode_next(v.trim()).ok_or_else(|| {
                    TaxiiError::bad_request(
                        "next: not a value this server gave; pass the `next` of the previous page unchanged, or leave it out to start again",
                    )
                })?;
                p.q.after = Some(n);
            }
            _ => {}
        }
    }
    p.q.versions = if p.version_given {
        VersionMatch::parse(&versions).map_err(TaxiiError::bad_request)?
    } else {
        VersionMatch::last()
    };
    Ok(p)
}

/// `next` (TAXII 2.1 §3.4: an opaque value the server chooses): the seq of the last row of the
/// page, with a prefix and a check letter so that a hand-made value is refused.
pub fn encode_next(seq: u64) -> String {
    format!("e{seq:x}{}", check_letter(seq))
}

fn check_letter(seq: u64) -> char {
    (b'a' + (seq.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 59) as u8 % 26) as char
}

pub fn decode_next(s: &str) -> Option<u64> {
    let body = s.strip_prefix('e')?;
    let (hex, check) = body.split_at(body.len().checked_sub(1)?);
    let seq = u64::from_str_radix(hex, 16).ok()?;
    (check.chars().next()? == check_letter(seq)).then_some(seq)
}

/// The headers of a page (§5.3, §5.4, §5.6, §5.8): the first and last date added.
fn page_headers(r: &mut Response, page: &ObjectsPage, capped: Option<usize>) {
    if let (Some(first), Some(last)) = (page.items.first(), page.items.last()) {
        for (name, v) in [
            ("x-taxii-date-added-first", &first.date_added),
            ("x-taxii-date-added-last", &last.date_added),
        ] {
            if let Ok(v) = HeaderValue::from_str(v) {
                r.headers_mut().insert(name, v);
            }
        }
    }
    if let Some(n) = capped {
        // Said so: the limit asked for was lowered to the server's maximum.
        if let Ok(v) = HeaderValue::from_str(&format!(
            "299 - \"limit {n} lowered to {MAX_PAGE}, the largest page this server returns\""
        )) {
            r.headers_mut().insert(header::WARNING, v);
        }
    }
}

fn envelope(page: &ObjectsPage, key: &str, items: Vec<Value>) -> Value {
    let mut v = json!({"more": page.more});
    if let Some(n) = page.next {
        v["next"] = json!(encode_next(n));
    }
    if !items.is_empty() {
        v[key] = Value::Array(items);
    }
    v
}

async fn read_page(
    st: &Arc<AppState>,
    v: Viewer,
    id: String,
    q: ObjectQuery,
    with_objects: bool,
) -> Result<ObjectsPage, TaxiiError> {
    let store = st.store.clone();
    blocking(move || Ok(store.taxii_page(&v, &id, &q, with_objects)?))
        .await?
        .ok_or_else(|| TaxiiError::not_found("collection"))
}

const LIST_PARAMS: &[&str] = &[
    "added_after",
    "limit",
    "next",
    "match[id]",
    "match[type]",
    "match[version]",
    "match[spec_version]",
];

/// §5.3 Get Object Manifests.
pub async fn manifest(
    State(st): State<Arc<AppState>>,
    Path((root, id)): Path<(String, String)>,
    caller: Caller,
    req: Request,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let p = parse_params(req.uri().query(), LIST_PARAMS)?;
    let page = read_page(&st, v, id, p.q, false).await?;
    let items = page
        .items
        .iter()
        .map(|s| {
            json!({"id": s.id, "date_added": s.date_added, "version": s.version, "media_type": STIX})
        })
        .collect();
    let mut r = taxii_json(StatusCode::OK, &envelope(&page, "objects", items));
    page_headers(&mut r, &page, p.capped);
    Ok(r)
}

/// §5.4 Get Objects.
pub async fn get_objects(
    State(st): State<Arc<AppState>>,
    Path((root, id)): Path<(String, String)>,
    caller: Caller,
    req: Request,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let p = parse_params(req.uri().query(), LIST_PARAMS)?;
    let mut page = read_page(&st, v, id, p.q, true).await?;
    let items = page
        .items
        .iter_mut()
        .filter_map(|s| s.object.take())
        .collect();
    let mut r = taxii_json(StatusCode::OK, &envelope(&page, "objects", items));
    page_headers(&mut r, &page, p.capped);
    Ok(r)
}

/// §5.6 Get An Object: its versions as `match[version]` asks (last by default); 404 when the
/// collection shows no version of it to the caller.
pub async fn get_object(
    State(st): State<Arc<AppState>>,
    Path((root, id, object)): Path<(String, String, String)>,
    caller: Caller,
    req: Request,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let mut p = parse_params(
        req.uri().query(),
        &[
            "added_after",
            "limit",
            "next",
            "match[version]",
            "match[spec_version]",
        ],
    )?;
    p.q.ids = vec![object];
    let fresh = p.q.after.is_none();
    let mut page = read_page(&st, v, id, p.q, true).await?;
    if page.items.is_empty() && fresh {
        return Err(TaxiiError::not_found("object"));
    }
    let items = page
        .items
        .iter_mut()
        .filter_map(|s| s.object.take())
        .collect();
    let mut r = taxii_json(StatusCode::OK, &envelope(&page, "objects", items));
    page_headers(&mut r, &page, p.capped);
    Ok(r)
}

/// §5.8 Get Object Versions.
pub async fn object_versions(
    State(st): State<Arc<AppState>>,
    Path((root, id, object)): Path<(String, String, String)>,
    caller: Caller,
    req: Request,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let mut p = parse_params(
        req.uri().query(),
        &["added_after", "limit", "next", "match[spec_version]"],
    )?;
    p.q.ids = vec![object];
    p.q.versions = VersionMatch::all();
    let fresh = p.q.after.is_none() && p.q.added_after.is_none();
    let page = read_page(&st, v, id, p.q, false).await?;
    if page.items.is_empty() && fresh {
        return Err(TaxiiError::not_found("object"));
    }
    let items = page.items.iter().map(|s| json!(s.version)).collect();
    let mut r = taxii_json(StatusCode::OK, &envelope(&page, "versions", items));
    page_headers(&mut r, &page, p.capped);
    Ok(r)
}

/// §5.7 Delete An Object: where the collection allows it, by a writer of the collection of the
/// party that created the object (STIX 2.1 §3.6). The log keeps every version; the collection
/// stops showing those deleted.
pub async fn delete_object(
    State(st): State<Arc<AppState>>,
    Path((root, id, object)): Path<(String, String, String)>,
    caller: Caller,
    req: Request,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    let mut p = parse_params(
        req.uri().query(),
        &["match[version]", "match[spec_version]"],
    )?;
    if !p.version_given {
        p.q.versions = VersionMatch::all();
    }
    let store = st.store.clone();
    let n = blocking(move || {
        Ok(store.taxii_delete(&v, &id, &object, &p.q.versions, &p.q.spec_versions)?)
    })
    .await?;
    match n {
        Some(_) => Ok(taxii_json(StatusCode::OK, &json!({}))),
        None => Err(TaxiiError::not_found("object")),
    }
}

/// §5.5 Add Objects: an envelope (`{"objects": [...]}`) of STIX objects, answered 202 with a
/// status resource (§4.3), complete at once: every valid object landed (or was held already),
/// every other one is listed in `failures` with its reasons.
pub async fn add_objects(
    State(st): State<Arc<AppState>>,
    Path((root, id)): Path<(String, String)>,
    caller: Caller,
    req: Request,
) -> TaxiiResult {
    let v = viewer(&caller)?;
    check_root(&root)?;
    if !media::taxii_body(req.headers()) {
        return Err(TaxiiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Unsupported media type",
            format!("send the envelope as Content-Type: {TAXII}"),
        ));
    }
    let bytes = axum::body::to_bytes(req.into_body(), MAX_CONTENT_LENGTH)
        .await
        .map_err(|_| {
            TaxiiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Payload too large",
                format!(
                    "the envelope is larger than max_content_length ({MAX_CONTENT_LENGTH} bytes); send fewer objects per envelope"
                ),
            )
        })?;
    let body: Value = serde_json::from_slice(&bytes).map_err(|e| {
        TaxiiError::bad_request(format!(
            "the body is not JSON ({e}); send an envelope {{\"objects\": [...]}} (TAXII 2.1 §5.5)"
        ))
    })?;
    let objects = match body.get("objects") {
        Some(Value::Array(a)) if body.is_object() => a.clone(),
        Some(_) => {
            return Err(TaxiiError::bad_request(
                "objects: expected a list of STIX objects (TAXII 2.1 §5.5 envelope)",
            ));
        }
        None => {
            return Err(TaxiiError::bad_request(
                "objects: missing; send an envelope {\"objects\": [...]} (TAXII 2.1 §5.5)",
            ));
        }
    };
    let store = st.store.clone();
    let out = blocking(move || Ok(store.taxii_add(&v, &id, objects)?)).await?;
    match out {
        Ok(s) => Ok(taxii_json(StatusCode::ACCEPTED, &status_json(&s))),
        Err(AddRefused::NotFound) => Err(TaxiiError::not_found("collection")),
        Err(AddRefused::ReadOnly) => Err(TaxiiError::forbidden(
            "this collection's can_write is false for you (TAXII 2.1 §5.5); ask its administrator to name your party or role in its can_write list",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_round_trips_and_refuses_made_up_values() {
        for seq in [0u64, 1, 99, 1 << 40, u64::MAX] {
            assert_eq!(decode_next(&encode_next(seq)), Some(seq));
        }
        assert_eq!(decode_next("12"), None);
        assert_eq!(decode_next("e"), None);
        let mut bad = encode_next(1000);
        let last = bad.pop().unwrap();
        bad.push(if last == 'a' { 'b' } else { 'a' });
        assert_eq!(decode_next(&bad), None);
    }
}
