//! The one error shape of the HTTP API: `{ "code", "message", "type", "link" }`, mapped from
//! every domain and store error. Codes are stable and listed in the OpenAPI document.

use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entente_store::StoreError;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    #[serde(skip)]
    pub status: StatusCode,
    pub code: String,
    pub message: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub link: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        let kind = if status.is_server_error() {
            "internal"
        } else if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            "auth"
        } else {
            "invalid_request"
        };
        ApiError {
            status,
            code: code.to_string(),
            message: message.into(),
            kind,
            link: format!("/docs/errors#{code}"),
        }
    }

    pub fn not_found(what: &str, id: &str) -> Self {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("{what} {id:?} not found"),
        )
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_input", message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self)).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let status = match &e {
            StoreError::Invalid(_) | StoreError::Rejected { .. } => StatusCode::BAD_REQUEST,
            StoreError::Refused { .. } => StatusCode::CONFLICT,
            StoreError::NotFound { .. } => StatusCode::NOT_FOUND,
            StoreError::Exists { .. } | StoreError::Conflict(_) => StatusCode::CONFLICT,
            StoreError::IllegalTransition(_) => StatusCode::CONFLICT,
            // Forbidden actions on items the user can see; items they cannot see are 404.
            StoreError::Forbidden(_) => StatusCode::FORBIDDEN,
            StoreError::Closed => StatusCode::SERVICE_UNAVAILABLE,
            StoreError::Unavailable(_) | StoreError::OutcomeUnknown(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let message = if let StoreError::Unavailable(_) = &e {
            tracing::warn!(error = %e, "journal unavailable");
            "the journal (PostgreSQL) cannot be reached; nothing was saved: retry in a moment"
                .to_string()
        } else if let StoreError::OutcomeUnknown(_) = &e {
            tracing::warn!(error = %e, "outcome unknown");
            "the journal (PostgreSQL) went away while saving: the write may or may not have been saved; read it back before retrying".to_string()
        } else if status.is_server_error() {
            tracing::error!(error = %e, "request failed");
            "the server could not complete the request; it has been logged".to_string()
        } else {
            e.to_string()
        };
        ApiError::new(status, e.code(), message)
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        let (status, code) = match &r {
            JsonRejection::MissingJsonContentType(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            JsonRejection::BytesRejection(_) => {
                (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large")
            }
            _ => (StatusCode::BAD_REQUEST, "invalid_json"),
        };
        ApiError::new(status, code, r.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_query", r.body_text())
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(_: tokio::task::JoinError) -> Self {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server could not complete the request",
        )
    }
}
