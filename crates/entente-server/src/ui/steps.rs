//! The steps of the toolbox as web forms, so that a whole case runs in the browser: the chair
//! proposes the agreed picture and delegates object within its window; a package is assembled
//! from the available options; the chair opens a procedure on it (or on a text) and closes it;
//! national and joint attributions are recorded. Each form posts to the same store method as
//! the API; the store decides who may (the permission table) and what is valid, and a refusal
//! comes back as a page in the reader's language. Success returns to the section it changed
//! (303).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDateTime, Utc};
use entente_core::LocalizedText;
use entente_core::procedure::record::{AttributedActor, Subject};
use entente_store::attributions::NewAttribution;
use entente_store::procedures::OpenProcedure;

use super::{Page, error_page};
use crate::AppState;
use crate::api::blocking;
use crate::error::ApiError;

/// The fields of an urlencoded form, repeated keys kept in order.
struct FormFields(Vec<(String, String)>);

impl FormFields {
    fn of(body: &[u8]) -> Self {
        FormFields(crate::auth::url_decoded_pairs(body))
    }

    fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    }

    fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn opt(&self, name: &str) -> Option<String> {
        Some(self.get(name)).filter(|v| !v.is_empty())
    }

    fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

/// A `datetime-local` value (`2026-12-02T12:00`, read as UTC, as the form says) or RFC 3339.
fn parse_when(field: &str, s: &str) -> Result<DateTime<Utc>, ApiError> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    for f in ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Ok(t.and_utc());
        }
    }
    Err(ApiError::invalid(format!(
        "{field}: expected a date and time such as 2026-12-02T12:00 (UTC)"
    )))
}

fn back(dossier: &str, section: &str) -> Response {
    Redirect::to(&format!("/dossiers/{dossier}#{section}")).into_response()
}

fn signed_in(c: &super::view::Ctx) -> Result<(), ApiError> {
    if c.viewer.is_public() {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "sign in to take part",
        ));
    }
    Ok(())
}

/// `POST /dossiers/{id}/picture/propose` (`deadline`, `note`): the chair proposes the current
/// picture as the agreed one, with an objection window.
pub async fn propose(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let deadline = parse_when("deadline", &f.get("deadline"))?;
        let (store, v, key, note) = (
            st.store.clone(),
            c.viewer.clone(),
            id.clone(),
            f.opt("note"),
        );
        blocking(move || Ok(store.propose_picture(&v, &key, deadline, note)?)).await
    };
    match run.await {
        Ok(_) => back(&id, "h-picture"),
        Err(e) => error_page(c, e),
    }
}

/// `POST /dossiers/{id}/picture/object` (`proposal`, `reason`): a delegate objects for their
/// own party within the window.
pub async fn object(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let number: u32 = f
            .get("proposal")
            .parse()
            .map_err(|_| ApiError::invalid("proposal: expected the proposal's number"))?;
        let (store, v, key, reason) = (
            st.store.clone(),
            c.viewer.clone(),
            id.clone(),
            f.get("reason"),
        );
        let party = v.party.clone();
        blocking(move || Ok(store.object_to_picture(&v, &key, number, &party, reason)?)).await
    };
    match run.await {
        Ok(_) => back(&id, "h-picture"),
        Err(e) => error_page(c, e),
    }
}

/// `POST /dossiers/{id}/package` (`measure` repeated, `note`): a package of the options chosen.
pub async fn package(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let measures = f.all("measure");
        if measures.is_empty() {
            return Err(ApiError::invalid(
                "measure: choose at least one of the available options",
            ));
        }
        let (store, v, key, note) = (
            st.store.clone(),
            c.viewer.clone(),
            id.clone(),
            f.opt("note"),
        );
        blocking(move || Ok(store.assemble_package(&v, &key, measures, note)?)).await
    };
    match run.await {
        Ok(_) => back(&id, "h-procedures"),
        Err(e) => error_page(c, e),
    }
}

/// `POST /dossiers/{id}/procedure` (`package` or `text`, `rule`, `deadline`, `note`): the chair
/// opens a procedure; the rule defaults to the package's.
pub async fn open(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let subject = match (f.opt("package"), f.opt("text")) {
            (Some(package), None) => Subject::Package { package },
            (None, Some(text)) => Subject::Text {
                text: LocalizedText::single(c.lang, text),
            },
            _ => {
                return Err(ApiError::invalid(
                    "subject: choose a package or write the text to decide on (not both)",
                ));
            }
        };
        let req = OpenProcedure {
            subject,
            rule: f.opt("rule"),
            deadline: parse_when("deadline", &f.get("deadline"))?,
            participants: None,
            population: None,
            note: f.opt("note"),
        };
        let (store, v, key) = (st.store.clone(), c.viewer.clone(), id.clone());
        blocking(move || Ok(store.open_procedure(&v, &key, req)?)).await
    };
    match run.await {
        Ok(p) => {
            crate::procedures_api::announce(&st, &p);
            Redirect::to(&format!("/procedures/{}", p.id)).into_response()
        }
        Err(e) => error_page(c, e),
    }
}

/// `POST /procedures/{pid}/close`: the chair fixes the outcome now.
pub async fn close(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(pid): Path<String>,
) -> Response {
    let run = async {
        signed_in(&c)?;
        let (store, v, key) = (st.store.clone(), c.viewer.clone(), pid.clone());
        blocking(move || Ok(store.close_procedure(&v, &key)?)).await
    };
    match run.await {
        Ok(p) => {
            crate::procedures_api::announce(&st, &p);
            Redirect::to(&format!("/procedures/{pid}")).into_response()
        }
        Err(e) => error_page(c, e),
    }
}

/// `POST /dossiers/{id}/attribution`: a national attribution for the delegate's own party, or
/// (`joint` with `procedure`) the joint one the chair records after its adoption.
pub async fn attribution(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let joint = f.checked("joint");
        let date = chrono::NaiveDate::parse_from_str(&f.get("date"), "%Y-%m-%d").map_err(|_| {
            ApiError::invalid("date: expected the date of the attribution, YYYY-MM-DD")
        })?;
        let actor = f.get("actor");
        if actor.is_empty() {
            return Err(ApiError::invalid(
                "actor: name the State or the group the activity is attributed to",
            ));
        }
        let a = NewAttribution {
            party: joint.then(|| "EU".to_string()),
            actor: AttributedActor::State { name: actor },
            term: f.get("term"),
            confidence: f.get("confidence"),
            basis: f.all("basis"),
            public: f.checked("public"),
            date,
            statement_url: f.opt("statement_url"),
            marking: None,
            joint,
            procedure: f.opt("procedure"),
            note: f.opt("note"),
        };
        let (store, v, key) = (st.store.clone(), c.viewer.clone(), id.clone());
        blocking(move || Ok(store.record_attribution(&v, &key, a)?)).await
    };
    match run.await {
        Ok(_) => back(&id, "h-attributions"),
        Err(e) => error_page(c, e),
    }
}

/// A marking from the form fields `tlp`, `releasable_to` (comma-separated parties) and
/// `recipients` (comma-separated users, for TLP:RED).
fn marking_of(f: &FormFields) -> Result<Option<entente_core::Marking>, ApiError> {
    let tlp = f.get("tlp");
    if tlp.is_empty() {
        return Ok(None);
    }
    let mut m = entente_core::Marking::tlp(
        tlp.parse::<entente_core::Tlp>()
            .map_err(|e| ApiError::invalid(e.to_string()))?,
    );
    for p in f
        .get("releasable_to")
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        m.releasable_to.insert(
            entente_core::PartyId::parse(p)
                .map_err(|e| ApiError::invalid(format!("releasable_to: {e}")))?,
        );
    }
    for u in f
        .get("recipients")
        .split(',')
        .map(str::trim)
        .filter(|u| !u.is_empty())
    {
        m.recipients.insert(
            entente_core::UserId::parse(u)
                .map_err(|e| ApiError::invalid(format!("recipients: {e}")))?,
        );
    }
    Ok(Some(m))
}

/// `POST /dossiers` (`title`, `summary`, `tlp`, `releasable_to`, `recipients`): opens a dossier
/// in the reader's language; the store draws its id.
pub async fn new_dossier(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    body: axum::body::Bytes,
) -> Response {
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let mut facts = entente_core::dossier::DossierFacts {
            title: LocalizedText::single(c.lang, f.get("title")),
            summary: LocalizedText::new(),
            first_seen: None,
            last_seen: None,
            victims: vec![],
            sources: vec![],
        };
        if let Some(s) = f.opt("summary") {
            facts.summary.insert(c.lang, s);
        }
        let marking = marking_of(&f)?
            .unwrap_or_else(|| entente_core::Marking::tlp(entente_core::Tlp::AmberStrict));
        let (store, v) = (st.store.clone(), c.viewer.clone());
        blocking(move || Ok(store.create_dossier(&v, None, facts, marking)?)).await
    };
    match run.await {
        Ok(d) => Redirect::to(&format!("/dossiers/{}", d.id)).into_response(),
        Err(e) => error_page(c, e),
    }
}

/// `POST /dossiers/{id}/evidence` (`kind`, `title`, `url`, `text`, `source`, `reliability`,
/// `credibility`, and an own marking as for a dossier): adds an evidence item.
pub async fn evidence(
    State(st): State<Arc<AppState>>,
    Page(c): Page,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Response {
    use entente_core::picture::events::{Credibility, EvidenceItem, EvidenceKind, Reliability};
    let f = FormFields::of(&body);
    let run = async {
        signed_in(&c)?;
        let kind = match f.get("kind").as_str() {
            "link" => EvidenceKind::Link,
            _ => EvidenceKind::Document,
        };
        let reliability = match f.get("reliability").as_str() {
            "" => None,
            r => Some(
                serde_json::from_value::<Reliability>(serde_json::Value::String(r.to_string()))
                    .map_err(|_| ApiError::invalid("reliability: expected A to F"))?,
            ),
        };
        let credibility = match f.get("credibility").as_str() {
            "" => None,
            n => Some(
                n.parse::<u8>()
                    .ok()
                    .and_then(|n| Credibility::new(n).ok())
                    .ok_or_else(|| ApiError::invalid("credibility: expected 1 to 6"))?,
            ),
        };
        let item = EvidenceItem {
            kind,
            title: f.get("title"),
            url: f.opt("url"),
            text: f.opt("text"),
            source: f.opt("source"),
            reliability,
            credibility,
            stix_id: None,
        };
        let marking = marking_of(&f)?;
        let (store, v, key) = (st.store.clone(), c.viewer.clone(), id.clone());
        blocking(move || Ok(store.add_evidence(&v, &key, item, marking)?)).await
    };
    match run.await {
        Ok(_) => back(&id, "h-evidence"),
        Err(e) => error_page(c, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_from_the_browser_are_utc() {
        let t = parse_when("deadline", "2026-12-02T12:00").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-12-02T12:00:00+00:00");
        assert!(parse_when("deadline", "tomorrow").is_err());
        assert_eq!(parse_when("deadline", "2026-12-02T12:00:00Z").unwrap(), t);
    }

    #[test]
    fn repeated_fields_are_kept() {
        let f = FormFields::of(b"measure=a&measure=b&note=+x+&measure=");
        assert_eq!(f.all("measure"), vec!["a", "b"]);
        assert_eq!(f.get("note"), "x");
        assert!(!f.checked("public"));
    }
}
