//! The procedure page: the subject, the live tally (refreshed over Server-Sent Events from
//! `/api/v1/procedures/{pid}/stream`) with a countdown to the deadline, the recorded positions,
//! and the form by which a delegate records their party's position through the store.

use std::sync::Arc;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use entente_store::procedures::PositionInput;
use serde::Deserialize;

use super::panels::{POSITIONS, PositionRow, ProcedureRow, position_rows, procedure_row};
use super::view::Ctx;
use super::{Page, error_page, html};
use crate::AppState;
use crate::api::blocking;
use crate::error::ApiError;

pub struct PositionOption {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "procedure.html")]
pub struct ProcedurePage {
    pub c: Ctx,
    pub p: ProcedureRow,
    pub dossier: String,
    pub positions: Vec<PositionRow>,
    pub options: Vec<PositionOption>,
    pub can_record: bool,
    pub party: String,
    /// The viewer chairs (role and party) and the procedure is not closed.
    pub can_close: bool,
    /// The article the outcome applies (Art. 31(1) TEU, Art. 16(4) TEU, ...).
    pub article: String,
}

#[derive(Template)]
#[template(path = "procedure_tally.html")]
pub struct TallyFragment {
    pub c: Ctx,
    pub p: ProcedureRow,
}

async fn load(
    st: &Arc<AppState>,
    c: &Ctx,
    pid: &str,
) -> Result<entente_store::procedures::ProcedureView, ApiError> {
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), pid.to_string());
    blocking(move || Ok(store.procedure(&viewer, &key)?))
        .await?
        .ok_or_else(|| ApiError::not_found("procedure", pid))
}

/// `GET /procedures/{pid}`.
pub async fn page(
    State(st): State<Arc<AppState>>,
    Page(mut c): Page,
    Path(pid): Path<String>,
) -> Response {
    c.nav = "dossiers";
    let v = match load(&st, &c, &pid).await {
        Ok(v) => v,
        Err(e) => return error_page(c, e),
    };
    let party = c.viewer.party.to_string();
    let mine = v
        .positions
        .iter()
        .find(|x| x.party == party)
        .map(|x| x.position.clone());
    let can_record = c.is_delegate && v.state == "open" && v.participants.contains(&party);
    let options = POSITIONS
        .iter()
        .map(|o| PositionOption {
            value: o,
            label: c.t(&format!("position-{}", o.replace('_', "-"))),
            selected: mine.as_deref() == Some(*o),
        })
        .collect();
    let can_close = v.state != "closed"
        && c.viewer.has_role(entente_core::account::Role::Chair)
        && entente_store::procedures::chairs_now(&c.viewer, st.store.now());
    html(&ProcedurePage {
        can_close,
        article: v.outcome.outcome.article.clone(),
        p: procedure_row(&c, &v),
        positions: position_rows(&c, &v),
        dossier: v.dossier.clone(),
        options,
        can_record,
        party,
        c,
    })
}

/// `GET /procedures/{pid}/tally`: the tally fragment the page's script swaps in on each event.
pub async fn tally(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(pid): Path<String>,
) -> Response {
    match load(&st, &c, &pid).await {
        Ok(v) => html(&TallyFragment {
            p: procedure_row(&c, &v),
            c,
        }),
        Err(e) => (e.status, e.message).into_response(),
    }
}

#[derive(Deserialize)]
pub struct PositionForm {
    position: String,
    #[serde(default)]
    declaration: String,
    /// Checked by the CSRF guard; unused here.
    #[serde(default)]
    #[allow(dead_code)]
    csrf: String,
}

/// `POST /procedures/{pid}/position`: records the delegate's party's position, then shows the
/// page again (303, so that a reload does not post twice).
pub async fn record(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(pid): Path<String>,
    form: Result<Form<PositionForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    if !c.is_delegate {
        return error_page(
            c,
            ApiError::new(
                StatusCode::FORBIDDEN,
                "forbidden",
                "only a signed-in delegate may record their party's position",
            ),
        );
    }
    let Ok(Form(f)) = form else {
        return error_page(
            c,
            ApiError::invalid("position: expected a form with a position"),
        );
    };
    if !POSITIONS.contains(&f.position.as_str()) {
        return error_page(
            c,
            ApiError::invalid(format!(
                "position: expected one of {}",
                POSITIONS.join(", ")
            )),
        );
    }
    let store = st.store.clone();
    let (viewer, key) = (c.viewer.clone(), pid.clone());
    let party = viewer.party.to_string();
    let input = PositionInput {
        position: f.position,
        declaration: Some(f.declaration.trim().to_string()).filter(|d| !d.is_empty()),
    };
    match blocking(move || Ok(store.record_position(&viewer, &key, &party, input)?)).await {
        Ok(p) => {
            // Readers watching the procedure (SSE) refresh their tally now.
            let _ = st
                .procedure_events
                .send(crate::procedures_api::ProcedureChange {
                    procedure: p.id.clone(),
                    dossier: p.dossier.clone(),
                    seq: p.seq,
                });
            Redirect::to(&format!("/procedures/{pid}")).into_response()
        }
        Err(e) => error_page(c, e),
    }
}
