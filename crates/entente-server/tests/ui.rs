//! The web interface through the whole router: markings decide what each reader sees (the store
//! filters, the page shows the highest marking in its banner), the interface language and the
//! content language are marked, an assessment posted by form reaches the heat map, and no page
//! carries inline styles or scripts (the CSP forbids them). The caller is given by a test
//! authenticator (`x-test-user: user party roles`).

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{Request, StatusCode, header};
use chrono::{TimeZone, Utc};
use entente_core::account::{TokenScope, parse_roles};
use entente_core::dossier::DossierFacts;
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{Authenticator, Credential, Session};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use tower::ServiceExt;

struct HeaderAuth;

impl Authenticator for HeaderAuth {
    fn session(&self, parts: &Parts) -> Option<Session> {
        let h = parts.headers.get("x-test-user")?.to_str().ok()?;
        let mut it = h.split_whitespace();
        let (user, party, roles) = (it.next()?, it.next()?, it.next()?);
        Some(Session {
            viewer: Viewer {
                user: UserId::parse(user).ok()?,
                party: PartyId::parse(party).ok()?,
                clearance: Some(Classification::SecretUe),
                roles: parse_roles(roles).ok()?,
            },
            must_change_password: false,
            must_enrol_second_factor: false,
            credential: Credential::Bearer {
                token_id: "test".into(),
                scope: TokenScope::ReadWrite,
            },
        })
    }
}

const DE: &str = "de.delegate DE delegate";
const LV: &str = "lv.analyst LV analyst";

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

fn app() -> (Router, tempfile::TempDir) {
    app_with(false)
}

/// The app; with `public_read`, the instance publishes TLP:CLEAR material to readers without an
/// account (`entente serve --public-read`).
fn app_with(public_read: bool) -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0)
            .single()
            .expect("valid time"),
    ));
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.path(), clock, Options::default()).expect("store"));
    let facts = |title: LocalizedText| DossierFacts {
        title,
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    };
    let chair = Viewer {
        user: UserId::parse("eeas.chair").expect("user"),
        party: PartyId::parse("EEAS").expect("party"),
        clearance: Some(Classification::SecretUe),
        roles: test_roles(&UserId::parse("eeas.chair").expect("user")),
    };
    let mut public = LocalizedText::single(Lang::En, "Public case");
    public.insert(Lang::Bg, "Публичен случай");
    store
        .create_dossier(
            &named(&chair),
            Some("public-case"),
            facts(public),
            Marking::clear(),
        )
        .expect("clear dossier");
    store
        .create_dossier(
            &named(&chair),
            Some("green-case"),
            facts(LocalizedText::single(Lang::En, "Community case")),
            Marking::tlp(Tlp::Green),
        )
        .expect("green dossier");
    let mut amber = Marking::tlp(Tlp::Amber);
    amber
        .releasable_to
        .insert(PartyId::parse("LV").expect("party"));
    store
        .create_dossier(
            &named(&chair),
            Some("baltic"),
            facts(LocalizedText::single(Lang::En, "Baltic exercise")),
            amber,
        )
        .expect("amber dossier");
    let state = if public_read {
        AppState::with_public_read(store, Arc::new(HeaderAuth))
    } else {
        AppState::new(store, Arc::new(HeaderAuth))
    };
    (entente_server::router(state), dir)
}

async fn get(
    r: &Router,
    uri: &str,
    who: Option<&str>,
    cookie: Option<&str>,
) -> (StatusCode, String) {
    let mut b = Request::builder().uri(uri);
    if let Some(w) = who {
        b = b.header("x-test-user", w);
    }
    if let Some(c) = cookie {
        b = b.header(header::COOKIE, c);
    }
    let resp = r
        .clone()
        .oneshot(b.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), 8 << 20)
        .await
        .expect("body");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn banner(html: &str) -> &str {
    let start = html.find(r#"id="banner""#).expect("a banner");
    &html[start..start + 200.min(html.len() - start)]
}

#[tokio::test]
async fn without_an_account_a_browser_is_sent_to_sign_in() {
    let (r, _d) = app();
    let req = Request::builder()
        .uri("/dossiers?status=assessing")
        .header(header::ACCEPT, "text/html,application/xhtml+xml")
        .body(Body::empty())
        .expect("request");
    let resp = r.clone().oneshot(req).await.expect("response");
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        resp.headers()[header::LOCATION],
        "/login?next=/dossiers%3Fstatus%3Dassessing"
    );
    let (s, html) = get(&r, "/login", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains("<form"), "{html}");
}

#[tokio::test]
async fn with_public_read_anonymous_readers_see_clear_dossiers_only() {
    let (r, _d) = app_with(true);
    let (s, html) = get(&r, "/dossiers", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(html.contains(r#"data-dossier="public-case""#));
    assert!(!html.contains("green-case") && !html.contains("baltic"));
    assert!(banner(&html).contains("TLP:CLEAR"));
    let (s, html) = get(&r, "/dossiers/baltic", None, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(html.contains("<html"), "errors are pages, not JSON");
    let (s, _) = get(&r, "/", None, None).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn each_party_sees_its_own_dossiers_and_the_banner_rises() {
    let (r, _d) = app();
    let (s, html) = get(&r, "/dossiers/baltic", Some(LV), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(banner(&html).contains("TLP:AMBER"), "{}", banner(&html));
    let (s, _) = get(&r, "/dossiers/baltic", Some(DE), None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, list) = get(&r, "/dossiers", Some(DE), None).await;
    assert!(list.contains("green-case") && !list.contains(r#"data-dossier="baltic""#));
    assert!(banner(&list).contains("TLP:GREEN"));
}

#[tokio::test]
async fn interface_and_content_languages_are_marked() {
    let (r, _d) = app_with(true);
    let (_, html) = get(&r, "/dossiers", None, Some("entente_lang=bg")).await;
    assert!(html.contains(r#"<html lang="bg">"#));
    assert!(html.contains(r#"<span lang="bg">Публичен случай</span>"#));
    let (_, html) = get(&r, "/dossiers", None, Some("entente_lang=lv")).await;
    assert!(html.contains(r#"<html lang="lv">"#));
    // No Latvian version: English is shown, marked as English and named.
    assert!(html.contains(r#"<span lang="en">Public case</span>"#));
    assert!(html.contains("English"));
    assert!(html.contains("1 lieta"), "Latvian plural 'one'");
    let (s, _) = get(&r, "/lang/xx?next=/", None, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_assessment_posted_by_form_reaches_the_heat_map() {
    let (r, _d) = app();
    let mut form = String::from("csrf=&confidence=moderate");
    for (i, d) in [
        "scope",
        "scale",
        "duration",
        "intensity",
        "complexity",
        "sophistication",
        "impact",
    ]
    .iter()
    .enumerate()
    {
        form.push_str(&format!("&level-{d}={}&rationale-{d}=test", i % 5));
    }
    let req = Request::builder()
        .method("POST")
        .uri("/dossiers/baltic/assessment")
        .header("x-test-user", LV)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form.clone()))
        .expect("request");
    let resp = r.clone().oneshot(req).await.expect("response");
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    let (_, html) = get(&r, "/dossiers/baltic", Some(LV), None).await;
    assert!(
        html.contains(r#"<td class="h4">4</td>"#),
        "the level is printed in its cell"
    );
    // A reader of another party may not post to a dossier they cannot see.
    let req = Request::builder()
        .method("POST")
        .uri("/dossiers/baltic/assessment")
        .header("x-test-user", DE)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .expect("request");
    let resp = r.clone().oneshot(req).await.expect("response");
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_carry_no_inline_styles_or_scripts() {
    let (r, _d) = app();
    for p in [
        "/",
        "/dossiers",
        "/dossiers/baltic",
        "/search?q=case",
        "/login",
        "/admin",
        "/audit",
    ] {
        let (s, html) = get(&r, p, Some(LV), None).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert!(!html.contains("style="), "{p} has an inline style");
        assert!(!html.contains("<script>"), "{p} has an inline script");
        assert!(
            html.contains(r##"<a class="skip" href="#main">"##),
            "{p} has the skip link"
        );
    }
}

/// The roles a test account holds, from its name: chairs chair (and speak as delegates),
/// analysts analyse, delegates speak for their party; anyone else does both of the latter.
fn test_roles(user: &UserId) -> std::collections::BTreeSet<entente_core::account::Role> {
    use entente_core::account::Role;
    let u = user.as_str();
    if u.contains("chair") {
        [Role::Chair, Role::Delegate].into()
    } else if u.contains("analyst") {
        [Role::Analyst].into()
    } else if u.contains("delegate") {
        [Role::Delegate].into()
    } else {
        [Role::Delegate, Role::Analyst].into()
    }
}
