//! Who is asking: the extractor that turns a request's credentials into a [`Viewer`].
//! Requests without valid credentials read as [`Viewer::public`], which sees TLP:CLEAR only.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use entente_core::Viewer;

use crate::AppState;
use crate::error::ApiError;

/// Resolves credentials carried by a request (session cookie, API token) to a viewer.
pub trait Authenticator: Send + Sync + 'static {
    fn authenticate(&self, parts: &Parts) -> Option<Viewer>;
}

/// Accepts no credentials: everyone reads as the public.
pub struct NoAuth;

impl Authenticator for NoAuth {
    fn authenticate(&self, _: &Parts) -> Option<Viewer> {
        None
    }
}

/// The viewer of the current request.
pub struct Reader(pub Viewer);

impl FromRequestParts<Arc<AppState>> for Reader {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        Ok(Reader(
            state
                .auth
                .authenticate(parts)
                .unwrap_or_else(Viewer::public),
        ))
    }
}

/// Writes need a signed-in member of the community.
pub fn require_member(viewer: &Viewer) -> Result<(), ApiError> {
    if viewer.is_public() {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "sign in or send an API token (Authorization: Bearer ...) to make changes",
        ));
    }
    Ok(())
}
