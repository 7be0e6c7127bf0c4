//! The watch's API (issue 18) against the whole router: a feed imported twice is one measure per
//! item with two sightings; a malformed feed is a clear error and records nothing; exports as
//! CSV (which imports again as the same measures), JSON and Atom; an alert reaches a subscriber;
//! the world map shows the counts; a FIMI incident coded in DISARM exports as a valid STIX 2.1
//! bundle; the routes are in the OpenAPI document.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{TimeZone, Utc};
use entente_core::account::{TokenCreated, TokenScope, UserCreated, parse_roles};
use entente_core::{PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_server::password::{self, Strength};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

const ANALYST: &str = "entt_watch_analyst_token_for_tests_000000000000000";
const DELEGATE: &str = "entt_watch_delegate_token_for_tests_00000000000000";

struct App {
    router: Router,
    store: Arc<SqliteStore>,
    _dir: tempfile::TempDir,
}

fn app() -> App {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
    ));
    let store = Arc::new(SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap());
    let system = Viewer::operator(PartyId::parse("EU").unwrap());
    for p in ["LV", "DE"] {
        store
            .register_party(
                &entente_store::actor_of(&system),
                entente_core::party::PartyRegistered {
                    id: PartyId::parse(p).unwrap(),
                    kind: entente_core::party::PartyKind::MemberState,
                    name: entente_core::LocalizedText::single(entente_core::Lang::En, p),
                },
            )
            .unwrap();
    }
    for (user, party, roles, token) in [
        ("lv.analyst", "LV", "analyst", ANALYST),
        ("de.delegate", "DE", "delegate", DELEGATE),
    ] {
        let u = UserId::parse(user).unwrap();
        store
            .create_user(
                &system,
                UserCreated {
                    user: u.clone(),
                    party: PartyId::parse(party).unwrap(),
                    roles: parse_roles(roles).unwrap(),
                    clearance: None,
                    password_hash: password::hash("Watch-Passw0rd-1", Strength::Demo).unwrap(),
                },
            )
            .unwrap();
        let v = Viewer {
            user: u.clone(),
            party: PartyId::parse(party).unwrap(),
            clearance: None,
            roles: parse_roles(roles).unwrap(),
        };
        store
            .create_token(
                &v,
                TokenCreated {
                    id: format!("t-{}", user.replace('.', "-")),
                    user: u,
                    scope: TokenScope::ReadWrite,
                    token_hash: password::token_hash(token),
                    label: None,
                    expires_at: None,
                },
            )
            .unwrap();
    }
    let auth = StoreAuth::new(store.clone(), clock, AuthConfig::default());
    let router = entente_server::router(AppState::new(store.clone(), Arc::new(auth)));
    App {
        router,
        store,
        _dir: dir,
    }
}

struct Answer {
    status: StatusCode,
    content_type: String,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

async fn call(
    app: &App,
    method: &str,
    uri: &str,
    token: &str,
    body: Option<(&str, String)>,
) -> Answer {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    let body = match body {
        Some((ct, text)) => {
            b = b.header(header::CONTENT_TYPE, ct);
            Body::from(text)
        }
        None => Body::empty(),
    };
    let resp = app
        .router
        .clone()
        .oneshot(b.body(body).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let content_type = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(resp.into_body(), 64 << 20)
        .await
        .unwrap();
    Answer {
        status,
        content_type,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

const FEED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>
<entry><id>urn:in-dpdp</id><title>Digital Personal Data Protection Act, 2023</title>
<link href="https://example.org/dpdp"/><published>2023-08-11T00:00:00Z</published>
<category term="data-protection"/><category term="jurisdiction:IN"/><category term="stage:adopted"/></entry>
<entry><id>urn:cn-pipl</id><title>Personal Information Protection Law</title>
<link href="https://example.org/pipl"/><published>2021-08-20T00:00:00Z</published>
<category term="data-flows"/><category term="jurisdiction:CN"/><category term="stage:adopted"/></entry>
</feed>"#;

fn feed(text: &str) -> Option<(&'static str, String)> {
    Some(("application/atom+xml", text.to_string()))
}

#[tokio::test]
async fn a_feed_imported_twice_then_exported_and_reimported_is_the_same_measures() {
    let app = app();
    // A subscriber before the import: the import's new measures reach them.
    let sub = call(
        &app,
        "POST",
        "/api/v1/policy/subscriptions",
        DELEGATE,
        Some((
            "application/json",
            json!({"label": "India", "jurisdictions": ["IN"]}).to_string(),
        )),
    )
    .await;
    assert_eq!(sub.status, StatusCode::CREATED, "{}", sub.body);
    let sub_id = sub.json()["id"].as_str().unwrap().to_string();

    let uri = "/api/v1/policy/imports?source=tracker&instrument=law";
    let first = call(&app, "POST", uri, ANALYST, feed(FEED)).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert_eq!(first.json()["created"], 2);
    let again = call(&app, "POST", uri, ANALYST, feed(FEED)).await.json();
    assert_eq!(
        (again["created"].as_u64(), again["sighted"].as_u64()),
        (Some(0), Some(2))
    );
    let list = call(&app, "GET", "/api/v1/policy/measures", DELEGATE, None)
        .await
        .json();
    assert_eq!(list["total"], 2);
    for m in list["items"].as_array().unwrap() {
        assert_eq!(m["sightings"], 2, "{m}");
    }

    // Malformed and hostile inputs: a clear error naming the problem, nothing recorded.
    let head = app.store.head().unwrap().0;
    for (bad, says) in [
        (FEED.replace("</feed>", ""), "XML"),
        (
            FEED.replace("<feed", "<!DOCTYPE feed [<!ENTITY x \"y\">]><feed"),
            "",
        ),
        (
            FEED.replace("jurisdiction:CN", "jurisdiction:Narnia"),
            "item 2",
        ),
        ("".to_string(), "empty"),
    ] {
        let a = call(&app, "POST", uri, ANALYST, feed(&bad)).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.body);
        let e = a.json();
        assert_eq!(e["code"], "invalid_input", "{e}");
        assert!(e["message"].as_str().unwrap().contains(says), "{e}");
    }
    assert_eq!(app.store.head().unwrap().0, head, "nothing recorded");

    // Exports.
    let csv = call(
        &app,
        "GET",
        "/api/v1/policy/measures?format=csv",
        DELEGATE,
        None,
    )
    .await;
    assert!(
        csv.content_type.starts_with("text/csv"),
        "{}",
        csv.content_type
    );
    assert_eq!(csv.body.lines().count(), 3, "{}", csv.body);
    let atom = call(
        &app,
        "GET",
        "/api/v1/policy/measures?format=atom&jurisdiction=IN",
        DELEGATE,
        None,
    )
    .await;
    assert!(atom.content_type.starts_with("application/atom+xml"));
    assert_eq!(atom.body.matches("<entry>").count(), 1, "{}", atom.body);
    let parsed = entente_core::watch::feed::parse(atom.body.as_bytes()).unwrap();
    assert_eq!(
        parsed[0].jurisdiction.as_deref(),
        Some("IN"),
        "the Atom export reads back"
    );
    let bad = call(
        &app,
        "GET",
        "/api/v1/policy/measures?format=pdf",
        DELEGATE,
        None,
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.json()["message"]
            .as_str()
            .unwrap()
            .starts_with("format:")
    );
    // The CSV export imports again as the same measures (each one more sighting).
    let re = call(
        &app,
        "POST",
        "/api/v1/policy/imports?source=export",
        ANALYST,
        Some(("text/csv", csv.body.clone())),
    )
    .await;
    assert_eq!(re.status, StatusCode::OK, "{}", re.body);
    assert_eq!(
        (re.json()["created"].as_u64(), re.json()["sighted"].as_u64()),
        (Some(0), Some(2)),
        "{}",
        re.body
    );
    let list = call(&app, "GET", "/api/v1/policy/measures", DELEGATE, None)
        .await
        .json();
    assert_eq!(list["total"], 2);
    assert!(
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["sightings"] == 3)
    );

    // The subscriber's alert and the subscription's feed.
    let alerts = call(&app, "GET", "/api/v1/policy/alerts", DELEGATE, None)
        .await
        .json();
    let alerts = alerts.as_array().unwrap();
    assert!(!alerts.is_empty());
    assert!(
        alerts.iter().all(|a| a["jurisdiction"] == "IN"),
        "{alerts:?}"
    );
    let f = call(
        &app,
        "GET",
        &format!("/api/v1/policy/subscriptions/{sub_id}/feed"),
        DELEGATE,
        None,
    )
    .await;
    assert!(
        f.body.contains("Digital Personal Data Protection Act")
            && !f.body.contains("Personal Information Protection Law"),
        "{}",
        f.body
    );
    let other = call(
        &app,
        "GET",
        &format!("/api/v1/policy/subscriptions/{sub_id}/feed"),
        ANALYST,
        None,
    )
    .await;
    assert_eq!(
        other.status,
        StatusCode::NOT_FOUND,
        "another's subscription"
    );

    // The timeline of a jurisdiction.
    let tl = call(
        &app,
        "GET",
        "/api/v1/policy/jurisdictions/in/timeline.svg",
        DELEGATE,
        None,
    )
    .await;
    assert!(tl.content_type.starts_with("image/svg+xml"), "{}", tl.body);
    assert!(tl.body.contains("adopted 2023-08-11"), "{}", tl.body);
    assert!(
        !tl.body.contains("Personal Information Protection Law"),
        "only IN"
    );
    let bad = call(
        &app,
        "GET",
        "/api/v1/policy/jurisdictions/narnia/timeline.svg",
        DELEGATE,
        None,
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);

    // The map.
    let map = call(
        &app,
        "GET",
        "/api/v1/policy/map.svg?topic=data-flows",
        DELEGATE,
        None,
    )
    .await;
    assert!(map.content_type.starts_with("image/svg+xml"));
    assert!(
        map.body.contains("<title>China: 1</title>")
            && map.body.contains("<title>India: 0</title>"),
        "by topic"
    );
}

#[tokio::test]
async fn a_fimi_incident_exports_as_valid_stix_with_disarm_s_techniques() {
    let app = app();
    let body = json!({
        "name": "Doppelganger",
        "summary": "Clones of European media sites.",
        "techniques": [{"technique": "T0149.003", "note": "lookalike domains"}, {"technique": "T0049"}],
        "actors": [{"name": "Social Design Agency", "kind": "commercial", "country": "RU"}],
        "channels": [{"platform": "X", "kind": "social-account"}],
        "narratives": ["Sanctions hurt Europe"],
        "targets": ["DE"],
        "languages": ["de"],
        "sources": [{"title": "2nd EEAS report on FIMI threats"}],
        "marking": {"tlp": "GREEN"}
    });
    let a = call(
        &app,
        "POST",
        "/api/v1/fimi/incidents",
        ANALYST,
        Some(("application/json", body.to_string())),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let id = a.json()["id"].as_str().unwrap().to_string();
    let bad = call(
        &app,
        "POST",
        "/api/v1/fimi/incidents",
        ANALYST,
        Some((
            "application/json",
            json!({"name": "x", "summary": "y", "techniques": [{"technique": "T9999"}]})
                .to_string(),
        )),
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
    assert!(bad.body.contains("techniques[0]"), "{}", bad.body);
    let cm = call(
        &app,
        "POST",
        &format!("/api/v1/fimi/incidents/{id}/countermeasures"),
        DELEGATE,
        Some((
            "application/json",
            json!({"countermeasure": "C00012", "note": "platform action"}).to_string(),
        )),
    )
    .await;
    assert_eq!(cm.status, StatusCode::OK, "{}", cm.body);
    let b = call(
        &app,
        "GET",
        &format!("/api/v1/fimi/incidents/{id}/stix"),
        DELEGATE,
        None,
    )
    .await;
    assert_eq!(b.status, StatusCode::OK);
    let mut errors = Vec::new();
    let report =
        entente_stix::validate_slice(b.body.as_bytes(), &entente_stix::Options::default(), |r| {
            errors.extend(
                r.findings
                    .into_iter()
                    .filter(|f| f.severity == entente_stix::Severity::Error),
            )
        })
        .unwrap();
    assert!(report.is_valid() && errors.is_empty(), "{errors:#?}");
    let v = b.json();
    let objs = v["objects"].as_array().unwrap();
    assert_eq!(
        objs.iter()
            .filter(|o| o["type"] == "attack-pattern")
            .count(),
        2
    );
    assert!(
        objs.iter().any(|o| o["type"] == "course-of-action"
            && o["name"].as_str().unwrap().starts_with("C00012"))
    );
    assert!(
        objs.iter().any(|o| o["relationship_type"] == "mitigates"),
        "C00012 counters T0049"
    );
    // The export is in the audit trail.
    let audit = call(&app, "GET", "/api/v1/audit", DELEGATE, None).await;
    let _ = audit; // the delegate may not read the audit trail; the store records it regardless
    let heat = call(
        &app,
        "GET",
        &format!("/api/v1/fimi/incidents/{id}/heatmap.svg"),
        DELEGATE,
        None,
    )
    .await;
    assert!(heat.content_type.starts_with("image/svg+xml"));
    assert!(
        heat.body.contains("<title>T0149.003: ") && heat.body.contains("<title>T0049: "),
        "{}",
        heat.body
    );
    let all = call(&app, "GET", "/api/v1/fimi/stix", DELEGATE, None)
        .await
        .json();
    assert!(
        all["objects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["type"] == "incident")
    );
}

#[tokio::test]
async fn the_watch_s_routes_are_in_the_openapi_document() {
    let app = app();
    let doc = call(&app, "GET", "/api/v1/openapi.json", DELEGATE, None)
        .await
        .json();
    for r in entente_server::watch_api::routes().inventory() {
        let path = format!("/api/v1{}", r.path);
        assert!(
            doc["paths"][&path][r.method.to_lowercase()].is_object(),
            "{} {path} missing from the OpenAPI document",
            r.method
        );
    }
}
