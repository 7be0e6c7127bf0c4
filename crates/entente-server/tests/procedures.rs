//! The API of issue 7 (and the dossier side of issue 6) through the whole router: open →
//! positions → live tally → close → response; bad input refused with nothing recorded; the
//! SSE stream of a procedure; attributions for another party refused; packages validated;
//! options on a dossier; the stateless evaluate route; the OpenAPI paths.
//! The caller is given by a test authenticator (`x-test-user: user party roles`).

mod common;

use std::sync::Arc;

use axum::Router;
use axum::http::{StatusCode, header};
use chrono::Duration;
use common::{HeaderAuth, Who, facts, named};
use entente_core::{Marking, PartyId, UserId};
use entente_server::AppState;
use entente_store::{Clock, FixedClock, Store};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const CHAIR: &str = "eeas.chair EEAS chair,delegate";
const DE: &str = "de.delegate DE delegate";
const FR: &str = "fr.delegate FR delegate";

struct App {
    router: Router,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

fn app() -> App {
    let t = common::store();
    let mut chair = entente_store::system_viewer(PartyId::parse("EEAS").unwrap());
    chair.user = UserId::parse("eeas.chair").unwrap();
    t.store
        .create_dossier(
            &named(&chair),
            Some("notpetya"),
            facts("NotPetya"),
            Marking::clear(),
        )
        .unwrap();
    let state = AppState::new(t.store.clone(), Arc::new(HeaderAuth));
    App {
        router: entente_server::router(state),
        store: t.store,
        clock: t.clock,
        _dir: t.dir,
    }
}

fn who(h: Option<&str>) -> Who<'_> {
    h.map_or(Who::Nobody, Who::Header)
}

async fn call(
    app: &App,
    method: &str,
    uri: &str,
    h: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let a = common::call(&app.router, method, uri, who(h), body).await;
    (a.status, a.body)
}

/// Calls and expects a refusal with `code`, and the log's head unmoved.
async fn refused(
    app: &App,
    method: &str,
    uri: &str,
    h: Option<&str>,
    body: Option<Value>,
    status: StatusCode,
    code: &str,
) -> Value {
    let before = app.store.head().unwrap().0;
    let (s, v) = call(app, method, uri, h, body).await;
    assert_eq!(s, status, "{v}");
    assert_eq!(v["code"], code, "{v}");
    assert_eq!(app.store.head().unwrap().0, before, "nothing recorded: {v}");
    v
}

fn deadline(app: &App, hours: i64) -> String {
    (app.clock.now() + Duration::hours(hours)).to_rfc3339()
}

#[tokio::test]
async fn open_vote_stream_close_respond() {
    let app = app();
    let open = json!({"text": {"en": "Declaration by the High Representative"}, "rule": "unanimity", "deadline": deadline(&app, 48)});

    // Bad openings.
    refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/procedures",
        Some(DE),
        Some(open.clone()),
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/procedures",
        None,
        Some(open.clone()),
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
    )
    .await;
    let v = refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/procedures",
        Some(CHAIR),
        Some(json!({"text": {"en": "x"}, "deadline": deadline(&app, 48)})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;
    assert!(v["message"].as_str().unwrap().starts_with("rule:"), "{v}");
    refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/procedures",
        Some(CHAIR),
        Some(json!({"text": {"en": "x"}, "rule": "unanimity", "deadline": "tomorrow"})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;

    let (s, p) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/procedures",
        Some(CHAIR),
        Some(open),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    let pid = p["id"].as_str().unwrap().to_string();
    assert_eq!(p["outcome"]["countdown_seconds"], 48 * 3600);
    assert_eq!(p["outcome"]["final"], false);

    // The SSE stream: the procedure at once, then again after a change.
    let resp = app
        .router
        .clone()
        .oneshot(common::request(
            "GET",
            &format!("/api/v1/procedures/{pid}/stream"),
            Who::Header(FR),
            None,
        ))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(
        resp.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut frames = resp.into_body().into_data_stream();
    let first = String::from_utf8(frames.next().await.unwrap().unwrap().to_vec()).unwrap();
    assert!(first.contains("event: procedure"), "{first}");
    assert!(first.contains("\"countdown_seconds\":172800"), "{first}");

    // Positions: own party only, live tally.
    let uri = format!("/api/v1/procedures/{pid}/positions/DE");
    let (s, p) = call(
        &app,
        "PUT",
        &uri,
        Some(DE),
        Some(json!({"position": "for"})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{p}");
    assert_eq!(p["outcome"]["tally"]["for"]["members"], 1);
    let next = String::from_utf8(frames.next().await.unwrap().unwrap().to_vec()).unwrap();
    assert!(next.contains("\"for\":{\"members\":1"), "{next}");

    let (_, p) = call(
        &app,
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/FR"),
        Some(FR),
        Some(json!({"position": "against"})),
    )
    .await;
    assert_eq!(p["outcome"]["status"], "not_adopted");
    assert_eq!(p["outcome"]["article"], "Art. 31(1) TEU");
    let (_, p) = call(
        &app,
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/EL"),
        Some("el.delegate GR delegate"),
        Some(json!({"position": "declared_abstain", "declaration": "Greece will not apply it."})),
    )
    .await;
    assert_eq!(
        p["outcome"]["tally"]["declared_abstain"]["members"], 1,
        "{p}"
    );
    let (_, p) = call(
        &app,
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/FR"),
        Some(FR),
        Some(json!({"position": "for"})),
    )
    .await;
    assert_eq!(p["outcome"]["status"], "adopted");

    refused(
        &app,
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/FR"),
        Some(DE),
        Some(json!({"position": "against"})),
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    refused(
        &app,
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/XK"),
        Some(DE),
        Some(json!({"position": "for"})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;
    refused(
        &app,
        "PUT",
        &uri,
        Some(DE),
        Some(json!({"position": "declared_abstain"})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;
    refused(
        &app,
        "PUT",
        &uri,
        Some(DE),
        Some(json!({"position": "for", "extra": 1})),
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;
    refused(
        &app,
        "PUT",
        "/api/v1/procedures/nope/positions/DE",
        Some(DE),
        Some(json!({"position": "for"})),
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;

    // Past the deadline: refused; the chair closes; the response is recorded.
    app.clock.set(app.clock.now() + Duration::hours(49));
    refused(
        &app,
        "PUT",
        &uri,
        Some(DE),
        Some(json!({"position": "against"})),
        StatusCode::CONFLICT,
        "conflict",
    )
    .await;
    refused(
        &app,
        "POST",
        &format!("/api/v1/procedures/{pid}/close"),
        Some(DE),
        None,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    let (s, p) = call(
        &app,
        "POST",
        &format!("/api/v1/procedures/{pid}/close"),
        Some(CHAIR),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{p}");
    assert_eq!(p["state"], "closed");
    assert_eq!(p["outcome"]["final"], true);
    assert_eq!(p["outcome"]["adopted"], true);
    let (_, r) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/responses",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(r.as_array().unwrap().len(), 1, "{r}");
    assert_eq!(r[0]["procedure"], pid.as_str());
    let (s, _) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/procedures",
        None,
        None,
    )
    .await;
    assert_eq!(
        s,
        StatusCode::UNAUTHORIZED,
        "nothing is served without an account unless the instance publishes CLEAR material"
    );
}

#[tokio::test]
async fn attributions_packages_options_evaluate() {
    let app = app();
    let attribution = json!({
        "actor": {"kind": "state", "name": "Russian Federation"},
        "term": "almost_certain", "confidence": "high", "basis": ["technical", "political"],
        "public": true, "date": "2026-11-20", "statement_url": "https://example.org/statement"
    });
    let mut for_fr = attribution.clone();
    for_fr["party"] = json!("FR");
    let v = refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/attributions",
        Some(DE),
        Some(for_fr),
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert!(v["message"].as_str().unwrap().contains("sovereign"), "{v}");
    let (s, a) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/attributions",
        Some(DE),
        Some(attribution),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{a}");
    assert_eq!(a["party"], "DE");
    let (_, reg) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/attributions",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(reg["state"], "national");
    assert_eq!(reg["attributed_by"], json!(["DE"]));

    // Packages.
    refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/packages",
        Some(DE),
        Some(json!({"measures": ["sanctions"]})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;
    let v = refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/packages",
        Some(DE),
        Some(json!({"measures": ["hr-statement", "eu-declaration"]})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("exclude each other"),
        "{v}"
    );
    let (s, pkg) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/packages",
        Some(DE),
        Some(json!({"measures": ["restrictive-listing", "eu-declaration"]})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{pkg}");
    assert_eq!(pkg["decision_rule"], "unanimity");
    let (_, reg) = call(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/attributions",
        Some(FR),
        None,
    )
    .await;
    assert_eq!(reg["measures_considered_from"], "packages");
    assert_eq!(reg["measures"].as_array().unwrap().len(), 2);
    let (s, p) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/procedures",
        Some(CHAIR),
        Some(json!({"package": pkg["id"], "rule": "unanimity", "deadline": deadline(&app, 24)})),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{p}");
    assert_eq!(p["subject"]["kind"], "package");

    // Options: no agreed picture yet; with the CLI's document, the register's attribution.
    refused(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/options",
        Some(FR),
        None,
        StatusCode::CONFLICT,
        "no_agreed_picture",
    )
    .await;
    let doc: Value =
        serde_json::from_str(include_str!("../../../docs/examples/options-input.json")).unwrap();
    let (s, o) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/options",
        Some(FR),
        Some(doc),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{o}");
    assert_eq!(o["attribution_source"], "register");
    assert_eq!(o["attribution"], "national (DE)");
    assert!(!o["available"].as_array().unwrap().is_empty());
    refused(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/options",
        Some(FR),
        Some(json!({"picture": {"scope": 9}, "persons_identified": false})),
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;
    // An attempted cyber-attack (Reg. (EU) 2019/796 Art. 1(1)): the OPCW example lists
    // restrictive measures whatever the band, with the findings it read.
    let attempt: Value = serde_json::from_str(include_str!(
        "../../../docs/examples/options-input-attempt.json"
    ))
    .unwrap();
    let (s, o) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/options",
        Some(FR),
        Some(attempt),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{o}");
    assert_eq!(o["attempted"], true);
    assert_eq!(
        o["findings"]["significant_effect_potential"],
        json!(["a", "f"])
    );
    assert_eq!(
        o["findings"]["targets"][0]["id"],
        "third_state_or_international_organisation"
    );
    let listing = o["available"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["measure"] == "restrictive-listing")
        .unwrap_or_else(|| panic!("{o}"));
    assert!(
        listing["explanation"]
            .as_str()
            .unwrap()
            .contains("Art. 1(1)")
    );
    let (s, o) = call(
        &app,
        "POST",
        "/api/v1/dossiers/notpetya/options",
        Some(FR),
        Some(json!({"picture": {}, "external_threat": {"a": "potential"}, "persons_identified": false})),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{o}");
    assert!(
        o["message"]
            .as_str()
            .unwrap()
            .contains("potential applies to significant-effect factors only"),
        "{o}"
    );
    refused(
        &app,
        "GET",
        "/api/v1/dossiers/notpetya/options?targets=4z",
        Some(FR),
        None,
        StatusCode::BAD_REQUEST,
        "invalid_input",
    )
    .await;

    // Stateless evaluation with the CLI's positions file.
    let mut positions = serde_json::Map::new();
    for s in entente_core::reference::member_states() {
        positions.insert(s.alpha2.clone(), json!("for"));
    }
    positions.insert("HU".into(), json!("abstain"));
    let (s, out) = call(
        &app,
        "POST",
        "/api/v1/procedures/evaluate",
        Some(DE),
        Some(json!({"rule": "unanimity", "positions": positions})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{out}");
    assert_eq!(out["adopted"], true);
    assert_eq!(out["tally"]["abstain"]["members"], 1);
    positions.insert("XK".into(), json!("for"));
    let (s, out) = call(
        &app,
        "POST",
        "/api/v1/procedures/evaluate",
        Some(DE),
        Some(json!({"rule": "unanimity", "positions": positions})),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{out}");
    assert!(out["message"].as_str().unwrap().contains("XK"), "{out}");

    let (_, doc) = call(&app, "GET", "/api/v1/openapi.json", None, None).await;
    for path in [
        "/api/v1/procedures/{pid}",
        "/api/v1/procedures/{pid}/stream",
        "/api/v1/dossiers/{id}/attributions",
        "/api/v1/dossiers/{id}/options",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    let input = &doc["components"]["schemas"]["OptionsInput"]["properties"];
    assert_eq!(input["attempted"]["type"], "boolean", "{input}");
    assert!(input["targets"].is_object(), "{input}");
}

fn all_positions(position: &str, against: &[&str]) -> Value {
    let mut m = serde_json::Map::new();
    for s in entente_core::reference::member_states() {
        let p = if against.contains(&s.alpha2.as_str()) {
            "against"
        } else {
            position
        };
        m.insert(s.alpha2.clone(), json!(p));
    }
    Value::Object(m)
}

/// Issue 12 over HTTP: `POST /procedures/evaluate` answers a qualified majority without
/// figures, naming the table it used (2024's in 2026, not the one in force) with its margins
/// and robustness; an administrator loads the 2026 table (`POST /reference/population`), and
/// bad tables are refused naming the state or the year with nothing recorded.
#[tokio::test]
async fn annex_iii_tables_over_the_api() {
    const ADMIN: &str = "it.admin EEAS admin";
    let app = app();
    let vote = json!({"rule": "qmv", "positions": all_positions("for", &["DE", "FR", "IT", "ES"]), "at": "2026-11-22T09:00:00Z"});
    let (s, o) = call(
        &app,
        "POST",
        "/api/v1/procedures/evaluate",
        Some(DE),
        Some(vote.clone()),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{o}");
    assert_eq!(o["status"], "not_adopted");
    assert_eq!(o["year"], 2024);
    assert_eq!(o["table"]["year_in_force"], 2026);
    assert_eq!(o["table"]["in_force"], false);
    assert!(
        o["table"]["note"]
            .as_str()
            .unwrap()
            .contains("POST /api/v1/reference/population")
    );
    assert_eq!(o["robustness"]["holds"], true);
    assert_eq!(o["robustness"]["margins"][1]["margin_pp_hundredths"], -2275);

    let (s, tables) = call(&app, "GET", "/api/v1/reference/population", Some(DE), None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(tables.as_array().map(Vec::len), Some(2));

    let base = entente_core::population::shipped_table(2024)
        .unwrap()
        .figures();
    let doc = |year: u16, figures: &std::collections::BTreeMap<String, u64>| {
        json!({"year": year, "source": "Council Decision (EU, Euratom) 2025/9999 (test)",
            "total": figures.values().sum::<u64>(), "figures": figures})
    };
    let uri = "/api/v1/reference/population";
    // Only an administrator loads a table.
    refused(
        &app,
        "POST",
        uri,
        Some(DE),
        Some(doc(2026, &base)),
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // Bad tables: 26 states, a wrong sum, a negative figure, an unknown code, a year with no
    // table at all, a year before the double majority, a contradiction of the shipped 2024
    // table without superseding it, a 2025 table without the known 2025 total. Each refused,
    // naming the state or the year; nothing recorded.
    let mut missing = base.clone();
    missing.remove("MT");
    let mut wrong_sum = doc(2026, &base);
    wrong_sum["total"] = json!(1);
    let mut negative = doc(2026, &base);
    negative["figures"]["PL"] = json!(-37_723_532);
    let mut unknown = doc(2026, &base);
    unknown["figures"]["UK"] = json!(67_000_000);
    let mut other = base.clone();
    *other.get_mut("DE").unwrap() += 7;
    *other.get_mut("FR").unwrap() -= 7;
    let bad = [
        (
            doc(2026, &missing),
            StatusCode::BAD_REQUEST,
            "reference.missing_population",
            "figures.MT",
        ),
        (
            wrong_sum,
            StatusCode::BAD_REQUEST,
            "annex.sum",
            "of 2026 sum to",
        ),
        (
            negative,
            StatusCode::BAD_REQUEST,
            "invalid_input",
            "figures.PL: -37723532 is negative",
        ),
        (
            unknown,
            StatusCode::BAD_REQUEST,
            "reference.unknown_member_state",
            "figures.UK",
        ),
        (
            json!({"year": 2026, "source": "x", "total": 1}),
            StatusCode::BAD_REQUEST,
            "annex.no_figures",
            "2026",
        ),
        (
            doc(1999, &base),
            StatusCode::BAD_REQUEST,
            "annex.year",
            "1999",
        ),
        (
            doc(2024, &other),
            StatusCode::CONFLICT,
            "annex.contradicts",
            "\"supersedes\": true",
        ),
        (
            doc(2025, &base),
            StatusCode::BAD_REQUEST,
            "annex.known_total",
            "451028881",
        ),
    ];
    for (body, status, code, needle) in bad {
        let v = refused(&app, "POST", uri, Some(ADMIN), Some(body), status, code).await;
        assert!(
            v["message"].as_str().unwrap().contains(needle),
            "{needle}: {v}"
        );
    }

    // A good 2026 table: recorded, listed, and used by the next evaluation of a 2026 vote.
    let (s, t) = call(&app, "POST", uri, Some(ADMIN), Some(doc(2026, &base))).await;
    assert_eq!(s, StatusCode::CREATED, "{t}");
    assert_eq!(
        (t["year"].as_u64(), t["origin"].as_str()),
        (Some(2026), Some("imported"))
    );
    let (_, o) = call(
        &app,
        "POST",
        "/api/v1/procedures/evaluate",
        Some(DE),
        Some(vote),
    )
    .await;
    assert_eq!(
        (o["year"].as_u64(), o["table"]["in_force"].as_bool()),
        (Some(2026), Some(true))
    );
    // Superseding the shipped 2024 table on purpose.
    let mut sup = doc(2024, &other);
    sup["supersedes"] = json!(true);
    let (s, t) = call(&app, "POST", uri, Some(ADMIN), Some(sup)).await;
    assert_eq!(s, StatusCode::CREATED, "{t}");
    assert_eq!(t["supersedes"], true);
}
