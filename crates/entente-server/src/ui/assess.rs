//! The assessment form of the dossier page: a party's levels on the seven dimensions of the
//! Council's 2017 conclusions, each with its rationale, and a confidence; submitted through
//! the same store method as the API (`submit_assessment`), which validates it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use entente_core::picture::Dimension;
use entente_core::picture::events::{AssessmentBody, DimensionBody};
use entente_store::assessments::Submission;

use super::view::Ctx;
use super::{Page, error_page};
use crate::AppState;
use crate::api::blocking;
use crate::error::ApiError;

/// One dimension's inputs in the form.
pub struct DimensionField {
    pub key: &'static str,
    pub label: String,
}

pub fn fields(c: &Ctx) -> Vec<DimensionField> {
    Dimension::ALL
        .iter()
        .map(|d| DimensionField {
            key: d.as_str(),
            label: c.t(&format!("dim-{}", d.as_str())),
        })
        .collect()
}

/// Reads the form: `level-<dimension>` (0 to 4, or `na`), `rationale-<dimension>`,
/// `confidence`, `summary`.
pub fn body_of(form: &HashMap<String, String>) -> Result<AssessmentBody, ApiError> {
    let mut dimensions = Vec::new();
    for d in Dimension::ALL {
        let key = d.as_str();
        let level = match form.get(&format!("level-{key}")).map(|s| s.trim()) {
            None | Some("") | Some("na") => None,
            Some(v) => Some(v.parse::<u8>().map_err(|_| {
                ApiError::invalid(format!("level-{key}: expected a level from 0 to 4 or na"))
            })?),
        };
        let rationale = form
            .get(&format!("rationale-{key}"))
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        dimensions.push(DimensionBody {
            dimension: key.to_string(),
            level,
            rationale,
            evidence: Vec::new(),
        });
    }
    Ok(AssessmentBody {
        dimensions,
        confidence: form.get("confidence").cloned().unwrap_or_default(),
        significant_effect: Vec::new(),
        external_threat: Vec::new(),
        judgements: Vec::new(),
        summary: form
            .get("summary")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
    })
}

/// `POST /dossiers/{id}/assessment`: submits the next version of the viewer's party's
/// assessment, then shows the dossier again (303).
pub async fn submit(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    form: Result<Form<HashMap<String, String>>, axum::extract::rejection::FormRejection>,
) -> Response {
    if !c.can_assess {
        return error_page(
            c,
            ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "only a signed-in analyst or delegate may submit their party's assessment",
            ),
        );
    }
    let Ok(Form(form)) = form else {
        return error_page(c, ApiError::invalid("expected the assessment form"));
    };
    let body = match body_of(&form) {
        Ok(b) => b,
        Err(e) => return error_page(c, e),
    };
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), id.clone());
    let party = viewer.party.clone();
    let sub = Submission {
        body,
        version: None,
        marking: None,
    };
    match blocking(move || Ok(store.submit_assessment(&viewer, &key, &party, sub)?)).await {
        Ok(_) => Redirect::to(&format!("/dossiers/{id}#h-assessments")).into_response(),
        Err(e) => error_page(c, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_maps_to_seven_dimensions_with_levels_or_none() {
        let mut f = HashMap::new();
        f.insert("level-scope".to_string(), "3".to_string());
        f.insert("rationale-scope".to_string(), " wide ".to_string());
        f.insert("level-impact".to_string(), "na".to_string());
        f.insert("confidence".to_string(), "moderate".to_string());
        let b = body_of(&f).expect("valid form");
        assert_eq!(b.dimensions.len(), 7);
        assert_eq!(b.dimensions[0].level, Some(3));
        assert_eq!(b.dimensions[0].rationale, "wide");
        assert_eq!(b.dimensions[6].level, None);
        f.insert("level-scale".to_string(), "high".to_string());
        assert!(body_of(&f).is_err());
    }
}
