//! TAXII 2.1 media types, content negotiation and error messages.
//!
//! - Every TAXII response is `application/taxii+json;version=2.1` (TAXII 2.1 "Media Types";
//!   the version parameter names the TAXII version).
//! - A request whose `Accept` names no media type entente can answer with is refused with
//!   **406** (TAXII 2.1 "Content Negotiation": `application/taxii+json` without a version means
//!   the latest the server supports; `*/*` and `application/*` accept anything; a request
//!   without `Accept` is answered in 2.1).
//! - A POST whose `Content-Type` is not `application/taxii+json` (version 2.1, or no version)
//!   is refused with **415**.
//! - Errors are TAXII error messages (TAXII 2.1, the "error" resource: `title`,
//!   `description`, `http_status`, ...), never entente's API error shape, on every TAXII
//!   route, including the answers of the authentication guard and the body limit.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The one media type of TAXII 2.1 responses and requests.
pub const TAXII: &str = "application/taxii+json;version=2.1";
/// The media type of STIX 2.1 content inside a collection (§5.2 `media_types`, §5.3 manifests).
pub const STIX: &str = "application/stix+json;version=2.1";

/// A TAXII error message (TAXII 2.1, the "error" resource).
#[derive(Clone, Debug, Serialize)]
pub struct TaxiiError {
    #[serde(skip)]
    pub status: StatusCode,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The HTTP status, as a string (the resource defines it so).
    pub http_status: String,
    /// entente's stable code, in the resource's `error_code` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
}

impl TaxiiError {
    pub fn new(
        status: StatusCode,
        code: &str,
        title: &str,
        description: impl Into<String>,
    ) -> Self {
        TaxiiError {
            status,
            title: title.to_string(),
            description: Some(description.into()),
            http_status: status.as_u16().to_string(),
            error_code: Some(code.to_string()),
        }
    }

    pub fn bad_request(description: impl Into<String>) -> Self {
        TaxiiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Bad request",
            description,
        )
    }

    /// The one answer for a missing **or hidden** resource: the same text whatever the reason,
    /// so a hidden object, collection or status cannot be told from a missing one.
    pub fn not_found(what: &str) -> Self {
        TaxiiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "Not found",
            format!(
                "no {what} with this id is available to you here; check the id, or ask for access to it"
            ),
        )
    }

    pub fn forbidden(description: impl Into<String>) -> Self {
        TaxiiError::new(StatusCode::FORBIDDEN, "forbidden", "Forbidden", description)
    }

    pub fn internal() -> Self {
        TaxiiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "the server could not complete the request; it has been logged",
        )
    }
}

impl IntoResponse for TaxiiError {
    fn into_response(self) -> Response {
        let status = self.status;
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut r = (status, body).into_response();
        r.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(TAXII));
        if status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static(
                    "Basic realm=\"entente TAXII\", Bearer realm=\"entente TAXII\"",
                ),
            );
        }
        r
    }
}

impl From<entente_store::StoreError> for TaxiiError {
    fn from(e: entente_store::StoreError) -> Self {
        use entente_store::StoreError as E;
        match &e {
            E::NotFound { .. } => TaxiiError::not_found("resource"),
            E::Forbidden(m) => TaxiiError::forbidden(m.clone()),
            E::Invalid(_) | E::Rejected { .. } => TaxiiError::bad_request(e.to_string()),
            E::Exists { .. } | E::Conflict(_) | E::Refused { .. } => {
                TaxiiError::new(StatusCode::CONFLICT, e.code(), "Conflict", e.to_string())
            }
            E::Closed => TaxiiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "closed",
                "Service unavailable",
                "the store is shutting down; try again shortly",
            ),
            _ => {
                tracing::error!(error = %e, "TAXII request failed");
                TaxiiError::internal()
            }
        }
    }
}

impl From<tokio::task::JoinError> for TaxiiError {
    fn from(_: tokio::task::JoinError) -> Self {
        TaxiiError::internal()
    }
}

/// One media range of an `Accept` header: its type and its `version` parameter.
fn ranges(v: &str) -> impl Iterator<Item = (String, Option<String>, f32)> + '_ {
    v.split(',').filter_map(|r| {
        let mut parts = r.split(';').map(str::trim);
        let ty = parts.next()?.to_ascii_lowercase();
        if ty.is_empty() {
            return None;
        }
        let mut version = None;
        let mut q = 1.0f32;
        for p in parts {
            if let Some((k, val)) = p.split_once('=') {
                let (k, val) = (k.trim().to_ascii_lowercase(), val.trim().trim_matches('"'));
                if k == "version" {
                    version = Some(val.to_string());
                } else if k == "q" {
                    q = val.parse().unwrap_or(0.0);
                }
            }
        }
        Some((ty, version, q))
    })
}

/// May the response be `application/taxii+json;version=2.1` for this `Accept`?
pub fn acceptable(headers: &HeaderMap) -> bool {
    let values: Vec<&str> = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return true;
    }
    values.iter().any(|v| {
        ranges(v).any(|(ty, version, q)| {
            q > 0.0
                && match ty.as_str() {
                    "*/*" | "application/*" => true,
                    "application/taxii+json" => version.as_deref().is_none_or(|x| x == "2.1"),
                    _ => false,
                }
        })
    })
}

/// Is the request body TAXII 2.1 (`application/taxii+json`, version 2.1 or none)?
pub fn taxii_body(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            ranges(v).next().is_some_and(|(ty, version, _)| {
                ty == "application/taxii+json" && version.as_deref().is_none_or(|x| x == "2.1")
            })
        })
}

pub fn not_acceptable() -> TaxiiError {
    TaxiiError::new(
        StatusCode::NOT_ACCEPTABLE,
        "not_acceptable",
        "Not acceptable",
        format!("this server answers in {TAXII}; send Accept: {TAXII}"),
    )
}

/// Middleware on every TAXII path (outermost): refuses an unacceptable `Accept` with 406, and
/// rewrites any error that is not already a TAXII error message (the authentication guard's
/// 401 and 403, the body limit's 413, an unknown path's 404, a wrong method's 405, a refused
/// query) into one, keeping its status and its text.
pub async fn shape(req: Request, next: Next) -> Response {
    if !req.uri().path().starts_with("/taxii2") {
        return next.run(req).await;
    }
    if !acceptable(req.headers()) {
        return not_acceptable().into_response();
    }
    let resp = next.run(req).await;
    let status = resp.status();
    let is_taxii = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/taxii+json"));
    if is_taxii || !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let text: axum::body::Bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    // entente's own API errors carry their message in `message`.
    let message = serde_json::from_slice::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(str::to_owned))
        .unwrap_or_else(|| String::from_utf8_lossy(&text).trim().to_string());
    let (code, title, description) = match status.as_u16() {
        401 => (
            "unauthenticated",
            "Unauthorized",
            "send an API token (Authorization: Bearer ...) or HTTP Basic with your user name and password or API token".to_string(),
        ),
        404 => (
            "not_found",
            "Not found",
            "no TAXII resource at this path; the discovery endpoint is /taxii2/".to_string(),
        ),
        405 => (
            "method_not_allowed",
            "Method not allowed",
            "this TAXII endpoint does not take this method (TAXII 2.1 §4-§5 list each endpoint's methods)".to_string(),
        ),
        413 => (
            "payload_too_large",
            "Payload too large",
            format!(
                "the request body is larger than max_content_length ({} bytes, in the API root's information); send fewer objects per envelope",
                super::MAX_CONTENT_LENGTH
            ),
        ),
        _ => (
            "invalid_request",
            status.canonical_reason().unwrap_or("Error"),
            if message.is_empty() {
                status.canonical_reason().unwrap_or("error").to_lowercase()
            } else {
                message
            },
        ),
    };
    let mut r = TaxiiError::new(status, code, title, description).into_response();
    for (k, v) in parts.headers.iter() {
        if k != header::CONTENT_TYPE && k != header::CONTENT_LENGTH {
            r.headers_mut().insert(k.clone(), v.clone());
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_str(accept).unwrap());
        h
    }

    #[test]
    fn accept_negotiation() {
        assert!(acceptable(&HeaderMap::new()));
        assert!(acceptable(&h("application/taxii+json;version=2.1")));
        assert!(acceptable(&h("application/taxii+json")));
        assert!(acceptable(&h("*/*")));
        assert!(acceptable(&h(
            "text/html, application/taxii+json; version=2.1"
        )));
        assert!(!acceptable(&h("application/taxii+json;version=2.0")));
        assert!(!acceptable(&h("application/json")));
        assert!(!acceptable(&h("application/taxii+json;version=2.1;q=0")));
    }
}
