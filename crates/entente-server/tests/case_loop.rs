//! A whole case through the web forms only (issue 12: "a whole case runs in the browser from
//! picture to response"): two delegates assess, the chair proposes the agreed picture and it is
//! agreed when its window closes, the options are weighed with the facts form, a package is
//! assembled, the chair opens a silence procedure on it, one delegate does not object, the chair
//! closes it, the adopted decision shows as the response, and the chair records the joint
//! attribution. Each page shows the article it applies and what awaits its reader.

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::Duration;
use common::{HeaderAuth, facts};
use entente_core::{Lang, PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_store::FixedClock;
use tower::ServiceExt;

const DE: &str = "de.delegate DE delegate";
const FR: &str = "fr.delegate FR delegate";
const CHAIR: &str = "eeas.chair EEAS chair,delegate";

struct App {
    router: Router,
    clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

fn app() -> App {
    let t = common::store();
    let mut chair = Viewer::operator(PartyId::parse("EEAS").unwrap());
    chair.user = UserId::parse("eeas.chair").unwrap();
    t.store
        .create_dossier(
            &chair,
            Some("case"),
            facts("A destructive wiper"),
            entente_core::Marking::tlp(entente_core::Tlp::Green),
        )
        .unwrap();
    App {
        router: entente_server::router(AppState::new(t.store, Arc::new(HeaderAuth))),
        clock: t.clock,
        _dir: t.dir,
    }
}

async fn page(app: &App, who: &str, uri: &str) -> String {
    let req = Request::get(uri)
        .header("x-test-user", who)
        .body(Body::empty())
        .unwrap();
    let a = common::send(&app.router, req).await;
    assert_eq!(a.status, StatusCode::OK, "{uri}");
    a.text
}

/// Posts a form; returns where it sends the browser (303) or the error page's text.
async fn post(app: &App, who: &str, uri: &str, form: &str) -> Result<String, String> {
    let req = Request::post(uri)
        .header("x-test-user", who)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form.to_string()))
        .unwrap();
    let a = common::send(&app.router, req).await;
    let location = a
        .headers
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_string());
    match (a.status, location) {
        (StatusCode::SEE_OTHER, Some(l)) => Ok(l),
        _ => Err(format!("{}: {}", a.status, a.text)),
    }
}

fn assessment(level: u8) -> String {
    let mut f = String::from("confidence=moderate");
    for d in [
        "scope",
        "scale",
        "duration",
        "intensity",
        "complexity",
        "sophistication",
        "impact",
    ] {
        f.push_str(&format!("&level-{d}={level}&rationale-{d}=as+reported"));
    }
    f
}

#[tokio::test]
async fn a_dossier_is_opened_by_form_under_an_id_the_store_draws() {
    let app = app();
    let to = post(
        &app,
        DE,
        "/dossiers",
        "title=Phishing+wave&summary=against+ministries&tlp=AMBER&releasable_to=FR%2C+EEAS",
    )
    .await
    .unwrap();
    assert!(to.starts_with("/dossiers/phishing-wave-"), "{to}");
    assert!(page(&app, FR, &to).await.contains("Phishing wave"));
}

#[tokio::test]
async fn a_whole_case_runs_in_the_browser() {
    let app = app();
    // Where the case stands, and what awaits each reader.
    let html = page(&app, DE, "/dossiers/case").await;
    assert!(html.contains("Where the case stands"), "{html}");
    assert!(html.contains("Submit the assessment of DE"));
    // A delegate adds evidence by form, with a marking of its own narrower than the dossier's.
    post(
        &app,
        DE,
        "/dossiers/case/evidence",
        "kind=document&title=Forensic+report&text=wiper+sample&source=BSI&reliability=B&credibility=2&tlp=AMBER",
    )
    .await
    .unwrap();
    assert!(
        page(&app, DE, "/dossiers/case")
            .await
            .contains("Forensic report")
    );
    assert!(
        !page(&app, FR, "/dossiers/case")
            .await
            .contains("Forensic report")
    );
    // Two delegates assess.
    post(&app, DE, "/dossiers/case/assessment", &assessment(4))
        .await
        .unwrap();
    post(&app, FR, "/dossiers/case/assessment", &assessment(3))
        .await
        .unwrap();
    // The chair is asked to propose, and proposes with a window; a delegate is asked to object
    // or stay silent, and the article is shown.
    let html = page(&app, CHAIR, "/dossiers/case").await;
    assert!(html.contains("Propose the current picture as the agreed one"));
    assert!(
        html.contains("para. 5"),
        "the basis of the picture is cited"
    );
    post(
        &app,
        CHAIR,
        "/dossiers/case/picture/propose",
        "deadline=2026-11-23T09:00&note=as+discussed",
    )
    .await
    .unwrap();
    let html = page(&app, FR, "/dossiers/case").await;
    assert!(html.contains("open for objections"), "{html}");
    assert!(html.contains("data-form=\"objection\""));
    // A delegate cannot propose; the store says why, as a page.
    let refused = post(
        &app,
        DE,
        "/dossiers/case/picture/propose",
        "deadline=2026-11-24T09:00",
    )
    .await
    .unwrap_err();
    assert!(refused.starts_with("403"), "{refused}");
    // The window closes in silence: agreed; the options appear with the facts form.
    app.clock.advance(Duration::hours(25));
    let html = page(&app, CHAIR, "/dossiers/case").await;
    assert!(
        html.contains("Assemble a package from the available options"),
        "{html}"
    );
    let weighed = page(&app, CHAIR, "/dossiers/case?persons=1&partner=adversarial").await;
    assert!(weighed.contains("name=\"persons\" type=\"checkbox\" value=\"1\" checked"));
    // A package of a statement by the High Representative.
    post(
        &app,
        CHAIR,
        "/dossiers/case/package",
        "measure=hr-statement&note=first+step",
    )
    .await
    .unwrap();
    let html = page(&app, CHAIR, "/dossiers/case").await;
    assert!(html.contains("Open a procedure on the package"), "{html}");
    let pkg = html
        .split("<option value=\"case-pkg-")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .map(|n| format!("case-pkg-{n}"))
        .expect("the package is offered to the procedure form");
    // The chair opens a silence procedure on it.
    let to = post(
        &app,
        CHAIR,
        "/dossiers/case/procedure",
        &format!("package={pkg}&rule=silence&deadline=2026-11-24T12:00"),
    )
    .await
    .unwrap();
    assert!(to.starts_with("/procedures/case-proc-"), "{to}");
    let proc_page = page(&app, CHAIR, &to).await;
    assert!(
        proc_page.contains("Rules of Procedure") || proc_page.contains("Art. 12(2)"),
        "{proc_page}"
    );
    assert!(proc_page.contains("data-form=\"close\""));
    // The deadline passes without objection; the chair closes; the response shows.
    app.clock.advance(Duration::days(2));
    post(&app, CHAIR, &format!("{to}/close"), "").await.unwrap();
    let html = page(&app, DE, "/dossiers/case").await;
    assert!(!html.contains("No decision has been adopted"), "{html}");
    assert!(html.contains("1 decision adopted"), "{html}");
    // The joint attribution, linked to the adopted procedure.
    let html = page(&app, CHAIR, "/dossiers/case").await;
    assert!(html.contains("Record the joint attribution the Council adopted"));
    let pid = to.trim_start_matches("/procedures/");
    post(
        &app,
        CHAIR,
        "/dossiers/case/attribution",
        &format!(
            "joint=1&procedure={pid}&actor=State+X&term=very_likely&confidence=high&basis=political&public=1&date=2026-11-25"
        ),
    )
    .await
    .unwrap();
    let html = page(&app, FR, "/dossiers/case").await;
    assert!(html.contains("State X"));
    // The timeline in words, not event type names.
    assert!(html.contains("Procedure closed") && html.contains("Picture proposed as agreed"));
    assert!(!html.contains("<code>procedure.closed</code>"));
}

#[tokio::test]
async fn the_interface_language_follows_the_account_into_another_browser() {
    use entente_server::auth::{AuthConfig, StoreAuth};
    let common::TestStore {
        store,
        clock,
        dir: _dir,
    } = common::store();
    common::register_parties(&*store, &["LV"]);
    let anna = Viewer {
        user: UserId::parse("anna").unwrap(),
        party: PartyId::parse("LV").unwrap(),
        clearance: None,
        roles: entente_core::account::parse_roles("analyst").unwrap(),
    };
    common::create_account(&*store, &anna, "a long passphrase here");
    common::create_token(
        &*store,
        &anna,
        "t1",
        "entt_anna",
        entente_core::account::TokenScope::ReadWrite,
    );
    let auth = StoreAuth::new(store.clone(), clock, AuthConfig::default());
    let router = entente_server::router(AppState::new(store.clone(), Arc::new(auth)));
    let get = |uri: &str| {
        Request::get(uri)
            .header(header::AUTHORIZATION, "Bearer entt_anna")
            .header(header::ACCEPT_LANGUAGE, "de")
            .body(Body::empty())
            .unwrap()
    };
    let resp = router
        .clone()
        .oneshot(get("/lang/lv?next=/"))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        store.user_language(&anna.user).unwrap(),
        Some(Lang::Lv),
        "recorded in the account"
    );
    // Another browser: no cookie, a German Accept-Language; the account's Latvian wins.
    let resp = router.clone().oneshot(get("/dossiers")).await.unwrap();
    let html = String::from_utf8_lossy(
        &axum::body::to_bytes(resp.into_body(), 8 << 20)
            .await
            .unwrap(),
    )
    .into_owned();
    assert!(html.contains("<html lang=\"lv\">"), "{}", &html[..200]);
}
