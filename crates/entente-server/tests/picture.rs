//! The API of issue 5 through the whole router: evidence, assessments (own party only, errors
//! naming the dimension), the picture with dissent and time travel, proposal and objection
//! with agreement by the clock, agreed versions, and 404 for a dossier the caller may not see.
//! The caller is given by a test authenticator (`x-test-user: user party roles`).

mod common;

use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use chrono::Duration;
use common::{HeaderAuth, Who, facts, named, person};
use entente_core::{Marking, PartyId, Tlp};
use entente_server::AppState;
use entente_store::FixedClock;
use serde_json::{Value, json};

const DE: &str = "de.delegate DE delegate";
const FR: &str = "fr.delegate FR delegate";
const LV: &str = "lv.analyst LV analyst";
const CHAIR: &str = "eeas.chair EEAS chair,delegate";
const OBSERVER: &str = "fi.observer FI observer";

struct App {
    router: Router,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

fn app() -> App {
    let t = common::store();
    let chair = person("eeas.chair", "EEAS");
    t.store
        .create_dossier(
            &named(&chair),
            Some("notpetya"),
            facts("NotPetya"),
            Marking::tlp(Tlp::Green),
        )
        .unwrap();
    let mut amber = Marking::tlp(Tlp::Amber);
    amber.releasable_to.insert(PartyId::parse("LV").unwrap());
    t.store
        .create_dossier(&named(&chair), Some("baltic"), facts("Baltic"), amber)
        .unwrap();
    let state = AppState::new(t.store, Arc::new(HeaderAuth));
    App {
        router: entente_server::router(state),
        clock: t.clock,
        _dir: t.dir,
    }
}

async fn call(
    app: &App,
    method: &str,
    uri: &str,
    who: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let a = common::call(
        &app.router,
        method,
        uri,
        who.map_or(Who::Nobody, Who::Header),
        body,
    )
    .await;
    (a.status, a.body)
}

const DIMS: [&str; 7] = [
    "scope",
    "scale",
    "duration",
    "intensity",
    "complexity",
    "sophistication",
    "impact",
];

fn assessment(levels: [Option<u8>; 7], evidence: &[&str]) -> Value {
    json!({
        "dimensions": DIMS.iter().zip(levels).map(|(d, l)| json!({
            "dimension": d, "level": l, "rationale": format!("{d}: public record"), "evidence": evidence
        })).collect::<Vec<_>>(),
        "confidence": "high",
        "significant_effect": [{"factor": "a", "finding": "found", "rationale": "outages"}],
        "judgements": [{"statement": "the GRU did it", "term": "almost_certain"}]
    })
}

#[tokio::test]
async fn evidence_assessments_picture_and_agreement() {
    let app = app();
    // Evidence with an Admiralty grading; a STIX reference keeps its type.
    let (s, ev) = call(&app, "POST", "/api/v1/dossiers/notpetya/evidence", Some(DE), Some(json!({
        "kind": "link", "title": "Council Decision (CFSP) 2020/1127", "url": "https://eur-lex.europa.eu/eli/dec/2020/1127/oj",
        "source": "OJ", "reliability": "A", "credibility": 1
    }))).await;
    assert_eq!(s, StatusCode::CREATED, "{ev}");
    assert!(ev["id"].as_str().unwrap().starts_with("ev-"), "{ev}");
    let e1 = ev["id"].as_str().unwrap().to_string();
    assert_eq!(ev["admiralty"], "A1");
    let (s, stix) = call(&app, "POST", "/api/v1/dossiers/notpetya/evidence", Some(LV), Some(json!({
        "kind": "stix", "title": "Sandworm Team", "stix_id": "intrusion-set--381fcf73-60f6-4ab2-9991-6af3cbc35192",
        "reliability": "G", "credibility": 2
    }))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{stix}");
    let (s, stix) = call(&app, "POST", "/api/v1/dossiers/notpetya/evidence", Some(LV), Some(json!({
        "kind": "stix", "title": "Sandworm Team", "stix_id": "intrusion-set--381fcf73-60f6-4ab2-9991-6af3cbc35192",
        "marking": {"tlp": "AMBER"}
    }))).await;
    assert_eq!(s, StatusCode::CREATED, "{stix}");
    assert_eq!(stix["stix_type"], "intrusion-set");
    let e2 = stix["id"].as_str().unwrap().to_string();
    let (_, list) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/evidence",
        Some(DE),
        None,
    )
    .await;
    assert_eq!(
        list.as_array().unwrap().len(),
        1,
        "LV's AMBER item is LV's only"
    );

    // Assessments: own party only; errors name the dimension; invisible evidence = missing.
    let (s, e) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/FR",
        Some(DE),
        Some(assessment([Some(2); 7], &[])),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(e["message"].as_str().unwrap().contains("FR"));
    let (s, e) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(OBSERVER),
        Some(assessment([Some(2); 7], &[])),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{e}");
    let mut bad = assessment([Some(2); 7], &[]);
    bad["dimensions"][6]["level"] = json!(7);
    let (s, e) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(DE),
        Some(bad),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(e["code"], "assessment.level_out_of_scale");
    assert!(
        e["message"].as_str().unwrap().contains("dimensions.impact"),
        "{e}"
    );
    let (s, e) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(DE),
        Some(assessment([Some(2); 7], &[e2.as_str()])),
    )
    .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("assessment.unknown_evidence"))
    );

    let (s, a) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(DE),
        Some(assessment([Some(2); 7], &[e1.as_str()])),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{a}");
    assert_eq!(a["version"], 1);
    assert_eq!(a["judgements"][0]["range"], json!([95, 99]));
    let t1 = "2026-11-22T09:30:00Z";
    app.clock.advance(Duration::hours(1));
    call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/FR",
        Some(FR),
        Some(assessment([Some(3); 7], &[])),
    )
    .await;
    let (s, _) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/LV",
        Some(LV),
        Some(assessment(
            [
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(3),
                Some(0),
            ],
            &[e2.as_str()],
        )),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (_, a) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(DE),
        Some(assessment([Some(3); 7], &[])),
    )
    .await;
    assert_eq!(a["version"], 2);

    // The picture: LV at 0 on impact dissents from the median 3.
    let (s, p) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/picture",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{p}");
    assert_eq!(p["parties"], json!(["DE", "FR", "LV"]));
    let impact = &p["dimensions"][6];
    assert_eq!(impact["median"], 3);
    assert_eq!(
        impact["dissenters"],
        json!([{"party": "LV", "level": 0, "distance": -3}])
    );
    assert_eq!(p["assessments"].as_array().unwrap().len(), 3);
    assert!(p["severity"].is_string());
    // Time travel: before FR and LV, only DE v1.
    let (_, then) = call(
        &app,
        "GET",
        &format!("/api/v1/dossiers/notpetya/picture?at={t1}"),
        Some(FR),
        None,
    )
    .await;
    assert_eq!(then["parties"], json!(["DE"]));
    assert_eq!(then["dimensions"][0]["median"], 2);
    let (s, e) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/picture?at=yesterday",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["message"].as_str().unwrap().starts_with("at:"));
    let (_, cur) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/assessments",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(cur.as_array().unwrap().len(), 3);

    // Proposal (chair only), objection by FR (own party), a second proposal agreed in silence.
    let deadline = "2026-11-22T12:00:00Z";
    let (s, _) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/picture/proposals",
        Some(DE),
        Some(json!({"deadline": deadline})),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, pr) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/picture/proposals",
        Some(CHAIR),
        Some(json!({"deadline": deadline})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{pr}");
    assert_eq!(
        (pr["number"].as_u64(), pr["status"].as_str()),
        (Some(1), Some("open"))
    );
    let (s, _) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/picture/proposals/1/objections",
        Some(DE),
        Some(json!({"party": "FR", "reason": "x"})),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, pr) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/picture/proposals/1/objections",
        Some(FR),
        Some(json!({"reason": "LV's impact score needs discussion"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{pr}");
    assert_eq!(pr["status"], "objected");
    let (s, pr) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/picture/proposals",
        Some(CHAIR),
        Some(json!({"deadline": "2026-11-22T14:00:00Z"})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{pr}");
    let (_, agreed) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/picture/agreed",
        Some(LV),
        None,
    )
    .await;
    assert_eq!(agreed, json!([]));
    app.clock.advance(Duration::hours(5));
    let (_, agreed) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/picture/agreed",
        Some(LV),
        None,
    )
    .await;
    assert_eq!(agreed.as_array().unwrap().len(), 1);
    assert_eq!(agreed[0]["proposal"]["number"], 2);
    assert_eq!(
        agreed[0]["proposal"]["agreed_at"],
        "2026-11-22T14:00:00.000000Z"
    );
    assert_eq!(agreed[0]["picture"]["dimensions"][0]["median"], 3);
    let (s, e) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/picture/proposals/2/objections",
        Some(FR),
        Some(json!({"reason": "late"})),
    )
    .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::CONFLICT, Some("picture.window_closed"))
    );
    // Agreed versions are immutable.
    let mut rewrite = assessment([Some(4); 7], &[]);
    rewrite["version"] = json!(2);
    let (s, e) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(DE),
        Some(rewrite),
    )
    .await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::CONFLICT, Some("assessment.agreed_version")),
        "{e}"
    );
    let (_, versions) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/assessments/DE",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(versions[1]["agreed_in"], json!([2]));
}

#[tokio::test]
async fn invisible_dossier_answers_404_everywhere() {
    let app = app();
    for (m, uri, body) in [
        ("GET", "/api/v1/dossiers/baltic/picture", None),
        ("GET", "/api/v1/dossiers/baltic/picture/agreed", None),
        ("GET", "/api/v1/dossiers/baltic/assessments", None),
        ("GET", "/api/v1/dossiers/baltic/evidence", None),
        (
            "PUT",
            "/api/v1/dossiers/baltic/assessments/DE",
            Some(assessment([Some(1); 7], &[])),
        ),
        (
            "POST",
            "/api/v1/dossiers/baltic/evidence",
            Some(json!({"kind": "link", "title": "t", "url": "https://example.org/"})),
        ),
    ] {
        let (s, e) = call(&app, m, uri, Some(DE), body).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{m} {uri}: {e}");
        assert_eq!(e["code"], "not_found");
    }
    let (s, _) = call(
        &app,
        "GET",
        "/api/v1/dossiers/baltic/picture",
        Some(LV),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    // The public sees nothing at all: without an account the API answers 401 (F20).
    let (s, _) = call(&app, "GET", "/api/v1/dossiers/notpetya/picture", None, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _) = call(
        &app,
        "PUT",
        "/api/v1/dossiers/notpetya/assessments/DE",
        None,
        Some(assessment([Some(1); 7], &[])),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn openapi_lists_the_picture_routes() {
    let app = app();
    let (_, doc) = call(&app, "GET", "/api/v1/openapi.json", None, None).await;
    for p in [
        "/api/v1/dossiers/{id}/evidence",
        "/api/v1/dossiers/{id}/assessments/{party}",
        "/api/v1/dossiers/{id}/picture",
        "/api/v1/dossiers/{id}/picture/agreed",
        "/api/v1/dossiers/{id}/picture/proposals/{n}/objections",
    ] {
        assert!(doc["paths"][p].is_object(), "{p}");
    }
    let codes = doc["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
        .as_array()
        .unwrap();
    assert!(codes.iter().any(|c| c == "assessment.agreed_version"));
}
