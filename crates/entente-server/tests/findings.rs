//! One regression test per finding of the attack test of 2026-11-30
//! (`shared/security/findings-2026-11-30.md`), named after it, against the whole router on a
//! temporary data directory, as the attacker worked: over HTTP, with real accounts and API
//! tokens. Each failed on the code the attack test ran against. F13 (witnessed tamper evidence)
//! is tested in `crates/entente-store/tests/` and the CLI; F14 and F16 in
//! `crates/entente-cli/tests/security.rs`.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{Answer, Who, create_account, create_token, register_parties};
use entente_core::account::{Role, TokenScope};
use entente_core::dossier::DossierFacts;
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, SESSION_COOKIE, StoreAuth};
use entente_store::Store;
use serde_json::{Value, json};
use tower::ServiceExt;

struct App {
    router: Router,
    state: Arc<AppState>,
    store: Arc<dyn Store>,
    _dir: tempfile::TempDir,
}

const PASSWORD: &str = "a long harness passphrase";

/// (user, party, roles, clearance)
const ACCOUNTS: &[(&str, &str, &[Role], Option<Classification>)] = &[
    (
        "de.delegate",
        "DE",
        &[Role::Delegate],
        Some(Classification::SecretUe),
    ),
    ("de.observer", "DE", &[Role::Observer], None),
    (
        "lv.analyst",
        "LV",
        &[Role::Analyst],
        Some(Classification::RestreintUe),
    ),
    ("lv.second", "LV", &[Role::Analyst], None),
    (
        "ee.delegate",
        "EE",
        &[Role::Delegate],
        Some(Classification::ConfidentielUe),
    ),
    (
        "fi.delegate",
        "FI",
        &[Role::Delegate],
        Some(Classification::SecretUe),
    ),
    (
        "bg.delegate",
        "BG",
        &[Role::Delegate],
        Some(Classification::RestreintUe),
    ),
    (
        "eeas.chair",
        "EEAS",
        &[Role::Chair, Role::Delegate],
        Some(Classification::SecretUe),
    ),
    ("eeas.staff", "EEAS", &[Role::Delegate], None),
    ("admin", "EEAS", &[Role::Admin], None),
    (
        "eeas.security",
        "EEAS",
        &[Role::SecurityOfficer],
        Some(Classification::SecretUe),
    ),
    (
        "eeas.security2",
        "EEAS",
        &[Role::SecurityOfficer],
        Some(Classification::SecretUe),
    ),
];

fn viewer(user: &str) -> Viewer {
    let (u, p, r, c) = ACCOUNTS.iter().find(|a| a.0 == user).unwrap();
    Viewer {
        user: UserId::parse(u).unwrap(),
        party: PartyId::parse(p).unwrap(),
        clearance: *c,
        roles: r.iter().copied().collect(),
    }
}

fn token(user: &str) -> String {
    format!("entt_findings_{user}")
}

fn facts(title: &str) -> DossierFacts {
    DossierFacts {
        title: LocalizedText::single(Lang::En, title),
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    }
}

fn app() -> App {
    let common::TestStore { store, clock, dir } = common::store();
    register_parties(&*store, &["DE", "LV", "EE", "FI", "BG", "EEAS", "EU"]);
    for (u, _, _, _) in ACCOUNTS {
        let v = viewer(u);
        create_account(&*store, &v, PASSWORD);
        create_token(
            &*store,
            &v,
            &format!("tok-{}", u.replace('.', "-")),
            &token(u),
            TokenScope::ReadWrite,
        );
    }
    let named = |u: &str| {
        let mut v = viewer(u);
        v.roles.insert(Role::Operator);
        v
    };
    store
        .create_dossier(
            &named("eeas.chair"),
            Some("public"),
            facts("Public case"),
            Marking::clear(),
        )
        .unwrap();
    let mut amber = Marking::tlp(Tlp::Amber);
    amber
        .releasable_to
        .extend(["LV", "EEAS"].map(|p| PartyId::parse(p).unwrap()));
    store
        .create_dossier(
            &named("ee.delegate"),
            Some("baltic"),
            facts("Baltic exercise BALTICMARK"),
            amber,
        )
        .unwrap();
    let mut red = Marking::tlp(Tlp::Red);
    red.releasable_to.insert(PartyId::parse("EEAS").unwrap());
    red.recipients
        .extend(["fi.delegate", "eeas.chair"].map(|u| UserId::parse(u).unwrap()));
    store
        .create_dossier(
            &named("fi.delegate"),
            Some("red"),
            facts("Red ministry REDMARK"),
            red,
        )
        .unwrap();
    store
        .create_dossier(
            &named("eeas.chair"),
            Some("bundestag"),
            facts("Bundestag"),
            Marking::tlp(Tlp::Green),
        )
        .unwrap();
    let auth = StoreAuth::new(store.clone(), clock, AuthConfig::default());
    let state = AppState::new(store.clone(), Arc::new(auth));
    App {
        router: entente_server::router(state.clone()),
        state,
        store,
        _dir: dir,
    }
}

async fn send(app: &App, req: Request<Body>) -> Answer {
    common::send(&app.router, req).await
}

/// A JSON call as `who` (API token), or without credentials.
async fn call(
    app: &App,
    who: Option<&str>,
    method: &str,
    uri: &str,
    body: Option<Value>,
) -> Answer {
    let t = who.map(token);
    let who = t.as_deref().map_or(Who::Nobody, Who::Bearer);
    common::call(&app.router, method, uri, who, body).await
}

fn head(app: &App) -> u64 {
    app.store.head().unwrap().0
}

async fn open_procedure(app: &App, dossier: &str, participants: &[&str]) -> String {
    let a = call(
        app,
        Some("eeas.chair"),
        "POST",
        &format!("/api/v1/dossiers/{dossier}/procedures"),
        Some(
            json!({"text": {"en": "Draft declaration"}, "rule": "unanimity",
            "deadline": "2026-11-25T12:00:00Z", "participants": participants}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    a.body["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn f01_only_a_delegate_records_its_member_states_position_and_attribution() {
    let app = app();
    let pid = open_procedure(&app, "public", &["DE", "LV"]).await;
    let uri = format!("/api/v1/procedures/{pid}/positions/DE");
    let a = call(
        &app,
        Some("de.observer"),
        "PUT",
        &uri,
        Some(json!({"position": "abstain"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    assert!(a.text.contains("delegate role"), "{}", a.text);
    let lv = format!("/api/v1/procedures/{pid}/positions/LV");
    let a = call(
        &app,
        Some("lv.analyst"),
        "PUT",
        &lv,
        Some(json!({"position": "for"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let a = call(
        &app,
        Some("de.delegate"),
        "PUT",
        &uri,
        Some(json!({"position": "for"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = call(
        &app,
        Some("de.observer"),
        "POST",
        "/api/v1/dossiers/public/attributions",
        Some(
            json!({"actor": {"kind": "state", "name": "X"}, "term": "likely", "confidence": "low",
            "basis": ["technical"], "public": true, "date": "2026-11-01"}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
}

#[tokio::test]
async fn f02_the_chair_role_is_checked_for_opening_and_closing() {
    let app = app();
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/dossiers/public/procedures",
        Some(json!({"text": {"en": "probe by admin"}, "rule": "unanimity", "deadline": "2026-11-25T12:00:00Z"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let pid = open_procedure(&app, "public", &["DE"]).await;
    for who in ["admin", "eeas.staff", "de.delegate"] {
        let a = call(
            &app,
            Some(who),
            "POST",
            &format!("/api/v1/procedures/{pid}/close"),
            None,
        )
        .await;
        assert_eq!(a.status, StatusCode::FORBIDDEN, "{who}: {}", a.text);
    }
    let a = call(
        &app,
        Some("eeas.chair"),
        "POST",
        &format!("/api/v1/procedures/{pid}/close"),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn f03_nothing_inside_a_red_dossier_is_marked_wider_or_seen_outside_it() {
    let app = app();
    let before = head(&app);
    let a = call(
        &app,
        Some("fi.delegate"),
        "POST",
        "/api/v1/dossiers/red/evidence",
        Some(json!({"kind": "document", "title": "FIGREENLEAK", "text": "t", "marking": {"tlp": "GREEN"}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert!(a.text.contains("marking.tlp"), "{}", a.text);
    assert_eq!(head(&app), before, "nothing recorded");
    let a = call(
        &app,
        Some("fi.delegate"),
        "POST",
        "/api/v1/dossiers/red/attributions",
        Some(json!({"actor": {"kind": "state", "name": "REDACTORLEAK"}, "term": "likely", "confidence": "low",
            "basis": ["technical"], "public": false, "date": "2026-11-01", "marking": {"tlp": "GREEN"}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // A RED item inside the RED dossier lands, and the admin's audit trail does not show it.
    let a = call(
        &app,
        Some("fi.delegate"),
        "POST",
        "/api/v1/dossiers/red/evidence",
        Some(
            json!({"kind": "document", "title": "FIREDITEM", "text": "t",
            "marking": {"tlp": "RED", "recipients": ["fi.delegate"]}}),
        ),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    let a = call(
        &app,
        Some("admin"),
        "GET",
        "/api/v1/audit?type=evidence.added",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        !a.text.contains("FIREDITEM") && !a.text.contains("\"red\""),
        "{}",
        a.text
    );
}

#[tokio::test]
async fn f04_reserved_names_and_pseudo_parties_cannot_be_accounts() {
    let app = app();
    for (user, party) in [
        ("system", "EU"),
        ("anonymous", "DE"),
        ("ok.name", "PUBLIC"),
        ("ok.name", "XX"),
    ] {
        let a = call(
            &app,
            Some("admin"),
            "POST",
            "/api/v1/users",
            Some(json!({"user": user, "party": party, "roles": ["delegate"], "password": "Str0ng-Passw0rd-Sys1"})),
        )
        .await;
        assert_eq!(
            a.status,
            StatusCode::BAD_REQUEST,
            "{user}/{party}: {}",
            a.text
        );
    }
}

#[tokio::test]
async fn f05_creating_a_dossier_reveals_nothing_about_hidden_ones() {
    let app = app();
    let hidden = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/dossiers",
        Some(json!({"slug": "red", "title": {"en": "probe"}})),
    )
    .await;
    let fresh = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/dossiers",
        Some(json!({"slug": "nothing-here", "title": {"en": "probe"}})),
    )
    .await;
    assert_eq!(hidden.status, StatusCode::CREATED, "{}", hidden.text);
    assert_eq!(fresh.status, StatusCode::CREATED);
    let id = hidden.body["id"].as_str().unwrap();
    assert!(
        id.starts_with("red-") && id.len() == "red-".len() + 6,
        "{id}"
    );
    // and the id of a hidden dossier is never given out
    assert_ne!(id, "red");
}

#[tokio::test]
async fn f06_a_stream_ends_when_its_account_is_disabled() {
    use futures_util::StreamExt;
    let app = app();
    let pid = open_procedure(&app, "baltic", &["EE", "LV"]).await;
    let req = Request::get(format!("/api/v1/procedures/{pid}/stream"))
        .header(
            header::AUTHORIZATION,
            format!("Bearer {}", token("lv.analyst")),
        )
        .body(Body::empty())
        .unwrap();
    let resp = app.router.clone().oneshot(req).await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let mut frames = resp.into_body().into_data_stream();
    let first = frames.next().await.unwrap().unwrap();
    assert!(String::from_utf8_lossy(&first).contains(&pid));
    // The security officer of LV is absent; the admin disables the account.
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/users/lv.analyst/disable",
        Some(json!({})),
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "PUT",
        &format!("/api/v1/procedures/{pid}/positions/EE"),
        Some(json!({"position": "against"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let next = tokio::time::timeout(std::time::Duration::from_secs(5), frames.next())
        .await
        .expect("the stream answers within 5 s");
    assert!(
        next.is_none(),
        "the stream ended instead of sending {next:?}"
    );
}

#[tokio::test]
async fn f07_no_open_redirect_through_a_tab_in_next() {
    let app = app();
    let a = call(&app, None, "GET", "/lang/en?next=/%09/evil.example", None).await;
    assert_eq!(a.headers[header::LOCATION], "/");
}

#[tokio::test]
async fn f08_a_reset_ends_every_session_and_token_and_forces_a_change() {
    let app = app();
    // eeas.staff signs in (a cookie session) and also holds its API token.
    let a = call(
        &app,
        None,
        "POST",
        "/api/v1/session",
        Some(json!({"user": "eeas.staff", "password": PASSWORD})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let cookie = a.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.staff/password",
        Some(json!({"password": "Officer-Chosen-Passphrase"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::NO_CONTENT, "{}", a.text);
    let old = send(
        &app,
        Request::get("/api/v1/session")
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(
        old.status,
        StatusCode::UNAUTHORIZED,
        "the old session ended"
    );
    let tok = call(&app, Some("eeas.staff"), "GET", "/api/v1/session", None).await;
    assert_eq!(tok.status, StatusCode::UNAUTHORIZED, "the token ended");
    // Signing in with the reset password gives a session that can only change it.
    let a = call(
        &app,
        None,
        "POST",
        "/api/v1/session",
        Some(json!({"user": "eeas.staff", "password": "Officer-Chosen-Passphrase"})),
    )
    .await;
    assert_eq!(a.body["must_change_password"], true, "{}", a.text);
    let cookie = a.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let csrf = a.body["csrf_token"].as_str().unwrap().to_string();
    let r = send(
        &app,
        Request::get("/api/v1/dossiers")
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.body["code"], "password_change_required");
    let r = send(
        &app,
        Request::put("/api/v1/session/password")
            .header(header::COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                json!({"current": "Officer-Chosen-Passphrase", "new": "my own new passphrase"})
                    .to_string(),
            ))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.text);
    let r = send(
        &app,
        Request::get("/api/v1/dossiers")
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let _ = SESSION_COOKIE;
}

#[tokio::test]
async fn f09_only_the_originator_or_the_chair_edits_and_moves_a_dossier() {
    let app = app();
    let a = call(
        &app,
        Some("de.delegate"),
        "PUT",
        "/api/v1/dossiers/bundestag",
        Some(json!({"title": {"en": "edited by DE"}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/dossiers/bundestag/transition",
        Some(json!({"to": "assessing"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let a = call(
        &app,
        Some("eeas.chair"),
        "POST",
        "/api/v1/dossiers/bundestag/transition",
        Some(json!({"to": "assessing"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
}

#[tokio::test]
async fn f10_reads_of_marked_items_and_exports_are_audited() {
    let app = app();
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/dossiers/baltic/evidence",
        Some(json!({"kind": "document", "title": "LV extract", "text": "t"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    for uri in [
        "/api/v1/dossiers/baltic/evidence",
        "/api/v1/dossiers/baltic/assessments",
        "/api/v1/dossiers/baltic/procedures",
        "/api/v1/dossiers/baltic/stix-bundle",
    ] {
        let before = head(&app);
        let a = call(&app, Some("lv.analyst"), "GET", uri, None).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}");
        let added = head(&app) - before;
        if uri.ends_with("evidence") || uri.ends_with("stix-bundle") {
            assert!(added >= 1, "{uri} read without an audit record");
        }
    }
    let a = call(
        &app,
        Some("admin"),
        "GET",
        "/api/v1/audit?type=audit.export",
        None,
    )
    .await;
    assert!(a.text.contains("stix-bundle"), "{}", a.text);
}

fn attack_pattern(id: &str, modified: &str, name: &str) -> Value {
    json!({"type": "bundle", "id": "bundle--0a7f3c3e-8d7b-4c6e-9d5f-1b2c3d4e5f60", "objects": [{
        "type": "attack-pattern", "spec_version": "2.1", "id": id,
        "created": "2026-01-01T00:00:00.000Z", "modified": modified, "name": name}]})
}

#[tokio::test]
async fn f11_only_the_creator_publishes_versions_and_exports_name_it() {
    let app = app();
    let id = "attack-pattern--c4981a62-eabc-4999-a211-39212948920f";
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/stix/bundles",
        Some(attack_pattern(
            id,
            "2026-01-01T00:00:00.000Z",
            "LV original",
        )),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/stix/bundles",
        Some(attack_pattern(id, "2026-11-29T00:00:00.000Z", "DE poison")),
    )
    .await;
    assert!(a.text.contains("stix.not_creator"), "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "GET",
        &format!("/api/v1/stix/objects/{id}"),
        None,
    )
    .await;
    assert_eq!(a.body["object"]["name"], "LV original", "{}", a.text);
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/dossiers/baltic/evidence",
        Some(json!({"kind": "stix", "title": "the technique", "stix_id": id})),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "GET",
        "/api/v1/dossiers/baltic/stix-bundle",
        None,
    )
    .await;
    let objects = a.body["objects"].as_array().unwrap();
    let ap = objects.iter().find(|o| o["id"] == id).unwrap();
    let creator = ap["created_by_ref"].as_str().unwrap();
    assert!(
        objects
            .iter()
            .any(|o| o["id"] == creator && o["type"] == "identity")
    );
}

#[tokio::test]
async fn f12_anonymous_failures_do_not_append_one_event_each() {
    let app = app();
    let before = head(&app);
    for i in 0..300 {
        let r = Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "user=nobody{i}&password=x&csrf={}",
                "0".repeat(64)
            )))
            .unwrap();
        let a = send(&app, r).await;
        assert!(matches!(
            a.status,
            StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS
        ));
    }
    assert!(head(&app) - before <= 1, "appended {}", head(&app) - before);
    let _ = &app.state;
}

#[tokio::test]
async fn f15_the_admin_cannot_become_anyone_nor_grant_itself() {
    let app = app();
    let a = call(
        &app,
        Some("admin"),
        "POST",
        "/api/v1/users/fi.delegate/password",
        Some(json!({"password": "Admin-Chosen-Passw0rd-FI"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("admin"),
        "PUT",
        "/api/v1/users/admin/roles",
        Some(json!({"roles": ["admin", "delegate", "chair", "analyst"]})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("admin"),
        "PUT",
        "/api/v1/users/admin/clearance",
        Some(json!({"clearance": "SECRET UE"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    // SECRET UE takes two security officers of the party.
    let a = call(
        &app,
        Some("eeas.security"),
        "PUT",
        "/api/v1/users/eeas.staff/clearance",
        Some(json!({"clearance": "SECRET UE"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::ACCEPTED, "{}", a.text);
    assert_eq!(a.body["clearance"], Value::Null);
    let a = call(
        &app,
        Some("eeas.security"),
        "POST",
        "/api/v1/users/eeas.staff/clearance/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.text);
    let a = call(
        &app,
        Some("eeas.security2"),
        "POST",
        "/api/v1/users/eeas.staff/clearance/approve",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    assert_eq!(a.body["clearance"], "SECRET UE");
}

#[tokio::test]
async fn f17_ids_of_hidden_evidence_do_not_reach_other_parties() {
    let app = app();
    let a = call(&app, Some("lv.analyst"), "POST", "/api/v1/dossiers/baltic/evidence",
        Some(json!({"kind": "document", "title": "LV only", "text": "t", "marking": {"tlp": "AMBER+STRICT"}}))).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.text);
    let ev = a.body["id"].as_str().unwrap().to_string();
    assert!(
        ev.starts_with("ev-") && ev != "ev-1",
        "random, not sequential: {ev}"
    );
    let mut body: Value = serde_json::from_str(ASSESSMENT).unwrap();
    for d in body["dimensions"].as_array_mut().unwrap() {
        d["evidence"] = json!([ev]);
    }
    let a = call(
        &app,
        Some("lv.analyst"),
        "PUT",
        "/api/v1/dossiers/baltic/assessments/LV",
        Some(body),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "GET",
        "/api/v1/dossiers/baltic/assessments",
        None,
    )
    .await;
    assert!(a.text.contains("\"LV\""), "{}", a.text);
    assert!(
        !a.text.contains(&ev),
        "EE sees the id of LV's hidden item: {}",
        a.text
    );
}

const ASSESSMENT: &str = r#"{"confidence":"low","dimensions":[{"dimension":"scope","level":1,"rationale":"r"},{"dimension":"scale","level":1,"rationale":"r"},{"dimension":"duration","level":1,"rationale":"r"},{"dimension":"intensity","level":1,"rationale":"r"},{"dimension":"complexity","level":1,"rationale":"r"},{"dimension":"sophistication","level":1,"rationale":"r"},{"dimension":"impact","level":1,"rationale":"r"}]}"#;

#[tokio::test]
async fn f18_a_hidden_newer_assessment_neither_hides_the_party_nor_shows_itself() {
    let app = app();
    let a = call(
        &app,
        Some("lv.analyst"),
        "PUT",
        "/api/v1/dossiers/baltic/assessments/LV",
        Some(serde_json::from_str(ASSESSMENT).unwrap()),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let mut v2: Value = serde_json::from_str(ASSESSMENT).unwrap();
    v2["marking"] = json!({"tlp": "AMBER+STRICT"});
    for d in v2["dimensions"].as_array_mut().unwrap() {
        d["level"] = json!(4);
    }
    let a = call(
        &app,
        Some("lv.analyst"),
        "PUT",
        "/api/v1/dossiers/baltic/assessments/LV",
        Some(v2),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = call(
        &app,
        Some("ee.delegate"),
        "GET",
        "/api/v1/dossiers/baltic/picture",
        None,
    )
    .await;
    let parties: Vec<&str> = a.body["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["party"].as_str().unwrap())
        .collect();
    assert_eq!(parties, vec!["LV"], "{}", a.text);
    assert_eq!(a.body["assessments"][0]["version"], 1);
}

#[tokio::test]
async fn f19_a_colleagues_hidden_copy_neither_swallows_nor_reveals() {
    let app = app();
    let id = "attack-pattern--2b2a3c1e-7d4f-4b0a-9e61-3c5d8e1f2a3b";
    let mut red = attack_pattern(id, "2026-01-01T00:00:00.000Z", "LV red");
    red["objects"][0]["object_marking_refs"] =
        json!(["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"]);
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/stix/bundles",
        Some(red.clone()),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.text);
    let a = call(
        &app,
        Some("lv.second"),
        "POST",
        "/api/v1/stix/bundles",
        Some(red),
    )
    .await;
    assert_eq!(a.body["added"], 1, "{}", a.text);
    assert_eq!(a.body["duplicates"], 0);
    let a = call(
        &app,
        Some("lv.second"),
        "GET",
        &format!("/api/v1/stix/objects/{id}"),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK);
}

#[tokio::test]
async fn f20_nothing_is_public_but_health_and_sign_in() {
    let app = app();
    for uri in [
        "/api/v1/dossiers",
        "/api/v1/dossiers/public",
        "/api/v1/stix/objects",
        "/api/v1/audit",
        "/metrics",
    ] {
        let a = call(&app, None, "GET", uri, None).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{uri}");
    }
    let a = call(&app, None, "GET", "/healthz", None).await;
    assert_eq!(a.body, json!({"status": "ok"}), "no counts");
    let a = call(&app, Some("de.delegate"), "GET", "/metrics", None).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    let a = call(&app, Some("admin"), "GET", "/metrics", None).await;
    assert_eq!(a.status, StatusCode::OK);
    let a = call(&app, None, "GET", "/login", None).await;
    assert_eq!(a.status, StatusCode::OK);
}

#[tokio::test(flavor = "current_thread")]
async fn f21_user_names_cannot_forge_log_lines() {
    use std::io::Write;
    #[derive(Clone, Default)]
    struct Buf(Arc<std::sync::Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Buf::default();
    let writer = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = app();
    // The JSON sign-in refuses control characters outright.
    let a = call(&app, None, "POST", "/api/v1/session",
        Some(json!({"user": "x\u{1b}[2J\nseq 9999 auth.login_succeeded admin\r", "password": "nope"}))).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    // The sign-in form takes them as typed; the log line escapes them.
    let page = send(&app, Request::get("/login").body(Body::empty()).unwrap()).await;
    let cookie = page.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let token = cookie.split('=').nth(1).unwrap().to_string();
    let r = Request::post("/login")
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "user=x%1B%5B2J%0Aseq+9999+auth.login_succeeded+admin%0D&password=nope&csrf={token}"
        )))
        .unwrap();
    let a = send(&app, r).await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    let log = String::from_utf8_lossy(&buf.0.lock().unwrap()).into_owned();
    assert!(log.contains("sign-in failed"), "{log}");
    assert!(!log.contains('\u{1b}'), "raw escape in the log: {log:?}");
    assert!(
        log.lines().all(|l| !l.starts_with("seq 9999")),
        "a forged line: {log:?}"
    );
}

#[tokio::test]
async fn f22_name_derived_and_demo_passwords_are_refused() {
    let app = app();
    let a = call(&app, Some("admin"), "POST", "/api/v1/users",
        Some(json!({"user": "test.alpha", "party": "DE", "roles": ["delegate"], "password": "demo-test.alpha"}))).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert!(a.text.contains("password"), "{}", a.text);
}

#[tokio::test]
async fn f23_marked_answers_are_never_cached() {
    let app = app();
    let a = call(
        &app,
        Some("lv.analyst"),
        "GET",
        "/api/v1/dossiers/baltic",
        None,
    )
    .await;
    assert_eq!(a.headers[header::CACHE_CONTROL], "no-store");
    let r = Request::get("/dossiers/baltic")
        .header(
            header::AUTHORIZATION,
            format!("Bearer {}", token("lv.analyst")),
        )
        .body(Body::empty())
        .unwrap();
    let a = send(&app, r).await;
    assert_eq!(a.headers[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn f24_population_figures_must_be_plausible() {
    let app = app();
    for figure in [0u64, 9_223_372_036_854_775_807] {
        let mut positions = serde_json::Map::new();
        let mut figures = serde_json::Map::new();
        for s in entente_core::reference::member_states() {
            positions.insert(s.alpha2.clone(), json!("for"));
            figures.insert(s.alpha2.clone(), json!(figure));
        }
        let a = call(&app, Some("de.delegate"), "POST", "/api/v1/procedures/evaluate",
            Some(json!({"rule": "qmv", "positions": positions, "population": {"source": "x", "figures": figures}}))).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{figure}: {}", a.text);
        assert!(a.text.contains("positive figure"), "{}", a.text);
    }
}

#[tokio::test]
async fn f25_a_dossier_above_ones_clearance_is_refused_before_anything_is_written() {
    let app = app();
    let before = head(&app);
    let a = call(&app, Some("bg.delegate"), "POST", "/api/v1/dossiers",
        Some(json!({"slug": "bg-secret-probe", "title": {"en": "x"}, "marking": {"tlp": "AMBER", "classification": "SECRET UE"}}))).await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
    assert_eq!(head(&app), before);
}

#[tokio::test]
async fn f26_small_inconsistencies() {
    let app = app();
    // CR/LF in next: a redirect home, not a 500
    let a = call(
        &app,
        None,
        "GET",
        "/lang/en?next=/%0d%0aSet-Cookie:%20x=1",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    assert_eq!(a.headers[header::LOCATION], "/");
    // query errors in the API's shape
    let a = call(
        &app,
        Some("de.delegate"),
        "GET",
        "/api/v1/stix/objects?limit=-1",
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(
        a.body["code"].is_string() && a.body["type"].is_string(),
        "{}",
        a.text
    );
    // oversized chunked bodies: payload_too_large
    let big = "x".repeat(entente_server::MAX_BODY + 10);
    let r = Request::post("/api/v1/dossiers")
        .header(
            header::AUTHORIZATION,
            format!("Bearer {}", token("de.delegate")),
        )
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from_stream(futures_util::stream::iter([Ok::<
            _,
            std::io::Error,
        >(
            big
        )])))
        .unwrap();
    let a = send(&app, r).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(a.body["code"], "payload_too_large", "{}", a.text);
    // the OpenAPI document names the STIX routes where they are
    let a = call(&app, None, "GET", "/api/v1/openapi.json", None).await;
    assert!(a.body["paths"]["/api/v1/stix/objects"].is_object());
    // a token cannot mint tokens; tokens expire
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/tokens",
        Some(json!({"scope": "read"})),
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    assert_eq!(a.body["code"], "token_cannot_create_tokens");
    let a = call(
        &app,
        None,
        "POST",
        "/api/v1/session",
        Some(json!({"user": "de.delegate", "password": PASSWORD})),
    )
    .await;
    let cookie = a.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let csrf = a.body["csrf_token"].as_str().unwrap().to_string();
    let r = send(
        &app,
        Request::post("/api/v1/tokens")
            .header(header::COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(r#"{"scope":"read"}"#))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    assert!(
        r.body["expires_at"].as_str().unwrap().starts_with("2027-"),
        "{}",
        r.text
    );
    // the logout cookie is Secure behind TLS
    let r = send(
        &app,
        Request::delete("/api/v1/session")
            .header(header::COOKIE, &cookie)
            .header("x-csrf-token", &csrf)
            .header("x-forwarded-proto", "https")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        r.headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("Secure")
    );
    // megabyte strings in STIX objects are refused
    let huge = "y".repeat(300 * 1024);
    let a = call(
        &app,
        Some("lv.analyst"),
        "POST",
        "/api/v1/stix/bundles",
        Some(attack_pattern(
            "attack-pattern--7e3b1c2d-4a5f-4b6c-8d7e-9f0a1b2c3d4e",
            "2026-01-01T00:00:00.000Z",
            &huge,
        )),
    )
    .await;
    assert!(
        a.text.contains("stix.string_too_long"),
        "{}",
        &a.text[..200.min(a.text.len())]
    );
    // NUL in a title
    let a = call(
        &app,
        Some("de.delegate"),
        "POST",
        "/api/v1/dossiers",
        Some(json!({"title": {"en": "a\u{0}b"}})),
    )
    .await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST, "{}", a.text);
}
