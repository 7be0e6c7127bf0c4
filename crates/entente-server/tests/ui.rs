//! The web interface through the whole router: markings decide what each reader sees (the store
//! filters, the page shows the highest marking in its banner), the interface language and the
//! content language are marked, an assessment posted by form reaches the heat map, and no page
//! carries inline styles or scripts (the CSP forbids them). The caller is given by a test
//! authenticator (`x-test-user: user party roles`).

mod common;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::{HeaderAuth, Who, facts, named, person};
use entente_core::{Lang, Marking, PartyId, Tlp};
use entente_server::AppState;
use entente_server::ui::i18n::endonym;
use tower::ServiceExt;

const DE: &str = "de.delegate DE delegate";
const LV: &str = "lv.analyst LV analyst";

fn app() -> (Router, tempfile::TempDir) {
    app_with(false)
}

/// The app; with `public_read`, the instance publishes TLP:CLEAR material to readers without an
/// account (`entente serve --public-read`).
fn app_with(public_read: bool) -> (Router, tempfile::TempDir) {
    let common::TestStore { store, dir, .. } = common::store();
    let chair = person("eeas.chair", "EEAS");
    // The public dossier has every fact the pages format: dates, an affected sector, a source.
    let mut public_facts = facts("Public case");
    public_facts.title.insert(Lang::Bg, "Публичен случай");
    public_facts.first_seen = chrono::NaiveDate::from_ymd_opt(2017, 6, 27);
    public_facts.last_seen = chrono::NaiveDate::from_ymd_opt(2017, 7, 4);
    public_facts.victims = vec![entente_core::dossier::Victim {
        country: PartyId::parse("DE").expect("party"),
        sector: Some("energy".into()),
    }];
    public_facts.sources = vec![entente_core::dossier::SourceRef {
        title: "Council conclusions".into(),
        publisher: Some("Council of the EU".into()),
        url: None,
        date: Some("2017-10-19".into()),
    }];
    store
        .create_dossier(
            &named(&chair),
            Some("public-case"),
            public_facts,
            Marking::clear(),
        )
        .expect("clear dossier");
    store
        .create_dossier(
            &named(&chair),
            Some("green-case"),
            facts("Community case"),
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
            facts("Baltic exercise"),
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

/// A JSON API call through the router.
async fn api(r: &Router, method: &str, uri: &str, who: &str, body: serde_json::Value) -> String {
    let a = common::call(r, method, uri, Who::Header(who), Some(body)).await;
    assert!(
        a.status.is_success(),
        "{method} {uri}: {} {}",
        a.status,
        a.text
    );
    a.text
}

/// The public dossier with something in every panel: graded evidence, an assessment, an open
/// procedure by unanimity and a national attribution. Returns the procedure's id.
async fn furnish(r: &Router) -> String {
    const CHAIR: &str = "eeas.chair EEAS chair,delegate";
    api(
        r,
        "POST",
        "/api/v1/dossiers/public-case/evidence",
        DE,
        serde_json::json!({"kind": "link", "title": "Council Decision (CFSP) 2020/1127",
            "url": "https://example.org/dec", "source": "OJ", "reliability": "B", "credibility": 2}),
    )
    .await;
    let mut form = String::from("csrf=&confidence=high");
    for d in [
        "scope",
        "scale",
        "duration",
        "intensity",
        "complexity",
        "sophistication",
        "impact",
    ] {
        form.push_str(&format!("&level-{d}=3&rationale-{d}=x"));
    }
    let req = Request::builder()
        .method("POST")
        .uri("/dossiers/public-case/assessment")
        .header("x-test-user", LV)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .expect("request");
    let resp = r.clone().oneshot(req).await.expect("response");
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    api(
        r,
        "POST",
        "/api/v1/dossiers/public-case/procedures",
        CHAIR,
        serde_json::json!({"text": {"en": "Council conclusions"}, "rule": "unanimity",
            "deadline": "2026-11-29T12:00:00Z"}),
    )
    .await;
    // A qualified majority weighs population: its page shows the table, margins and robustness.
    let p = api(
        r,
        "POST",
        "/api/v1/dossiers/public-case/procedures",
        CHAIR,
        serde_json::json!({"text": {"en": "Council decision"}, "rule": "qmv",
            "deadline": "2026-11-29T12:00:00Z"}),
    )
    .await;
    api(
        r,
        "POST",
        "/api/v1/dossiers/public-case/attributions",
        DE,
        serde_json::json!({"actor": {"kind": "state", "name": "Ruritania"},
            "term": "very_likely", "confidence": "moderate", "basis": ["technical", "intelligence"],
            "public": true, "date": "2026-11-20"}),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&p).expect("procedure JSON");
    v["id"].as_str().expect("procedure id").to_string()
}

/// The text of a page as a reader sees it, without what is marked as English content
/// (`lang="en"` elements: dossier titles, engine explanations) and without tags.
fn visible_text(html: &str) -> Vec<String> {
    let mut rest = html;
    let mut kept = String::new();
    // Drop the body of each leaf element marked lang="en".
    while let Some(i) = rest.find(r#"lang="en""#) {
        kept.push_str(&rest[..i]);
        let after = &rest[i..];
        let close = after.find("</").unwrap_or(after.len());
        rest = &after[close..];
    }
    kept.push_str(rest);
    let mut out = Vec::new();
    for part in kept.split('<') {
        let text = part.split_once('>').map(|(_, t)| t).unwrap_or("");
        let t = text.trim();
        if !t.is_empty() {
            out.push(t.to_string());
        }
    }
    out
}

/// English messages that must not show on a page in `lang`: every English value without
/// placeables that `lang`'s file does not also use (product names and codes such as "STIX"
/// or "Status" are the same in many languages).
fn english_only(lang: Lang) -> Vec<String> {
    let values = |code: &str| -> Vec<String> {
        let src = entente_server::ui::i18n::FILES
            .iter()
            .find(|(l, _)| l.code() == code)
            .expect("shipped")
            .1;
        src.lines()
            .filter(|l| !l.starts_with([' ', '#']))
            .filter_map(|l| l.split_once(" = "))
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty() && !v.contains('{'))
            .collect()
    };
    let own: std::collections::BTreeSet<String> = values(lang.code()).into_iter().collect();
    values("en")
        .into_iter()
        .filter(|v| !own.contains(v))
        .collect()
}

#[tokio::test]
async fn every_page_in_every_language_is_wholly_in_that_language() {
    let (r, _d) = app();
    let pid = furnish(&r).await;
    let pages = [
        "/".to_string(),
        "/dossiers".to_string(),
        "/dossiers/public-case".to_string(),
        "/search?q=case".to_string(),
        format!("/procedures/{pid}"),
        "/admin".to_string(),
        "/audit".to_string(),
        "/login".to_string(),
    ];
    let mut checked = 0;
    for lang in Lang::ALL {
        let cookie = format!("entente_lang={}", lang.code());
        let forbidden = english_only(lang);
        for p in &pages {
            for who in [Some(LV), None] {
                // Without an account only the sign-in page is served (deny by default).
                if who.is_none() && p != "/login" {
                    continue;
                }
                let (s, html) = get(&r, p, who, Some(&cookie)).await;
                assert_eq!(s, StatusCode::OK, "{lang} {p}");
                assert!(
                    html.starts_with(&format!("<!doctype html>\n<html lang=\"{lang}\">")),
                    "{lang} {p}: the page says its language"
                );
                if lang == Lang::En {
                    continue;
                }
                for t in visible_text(&html) {
                    for e in &forbidden {
                        let hit = t == *e || (e.split(' ').count() >= 3 && t.contains(e.as_str()));
                        assert!(!hit, "{lang} {p}: English {e:?} in {t:?}");
                    }
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 23 * 9, "pages checked: {checked}");
    let fallbacks = entente_server::ui::i18n::fallbacks();
    assert!(
        fallbacks.is_empty(),
        "messages fell back to English or to their key: {fallbacks:?}"
    );
}

#[tokio::test]
async fn scripts_and_diacritics_arrive_in_utf8_with_their_lang() {
    let (r, _d) = app();
    furnish(&r).await;
    let req = Request::builder()
        .uri("/dossiers/public-case")
        .header(header::COOKIE, "entente_lang=el")
        .header("x-test-user", LV)
        .body(Body::empty())
        .expect("request");
    let resp = r.clone().oneshot(req).await.expect("response");
    assert_eq!(
        resp.headers()
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"text/html; charset=utf-8"[..])
    );
    for (code, words) in [
        ("el", &["Φάκελοι", "Ομοφωνία", "Ελληνικά"][..]),
        ("bg", &["Досиета", "Единодушие", "български"][..]),
        ("mt", &["Ħarsa ġenerali", "Unanimità", "Malti"][..]),
        ("ga", &["Comhaid", "Aontoil", "Gaeilge"][..]),
        ("lv", &["Lietas", "Vienprātība", "latviešu"][..]),
    ] {
        let (_, html) = get(
            &r,
            "/dossiers/public-case",
            Some(LV),
            Some(&format!("entente_lang={code}")),
        )
        .await;
        assert!(html.contains(&format!("<html lang=\"{code}\">")), "{code}");
        for w in words {
            assert!(html.contains(w), "{code}: {w}");
        }
        // The switch names each language in itself and marks it with its own lang; the
        // current one is marked as current.
        for (l, name) in Lang::ALL.iter().map(|l| (l.code(), endonym(*l))) {
            let current = if l == code {
                r#" aria-current="true""#
            } else {
                ""
            };
            let link = format!(r#"hreflang="{l}" lang="{l}"{current}>{name}</a>"#);
            assert!(html.contains(&link), "{code}: {link}");
        }
    }
}

#[tokio::test]
async fn dates_and_numbers_follow_the_reader_s_language() {
    let (r, _d) = app();
    furnish(&r).await;
    // The fixed clock: 22 November 2026, 09:00 UTC; the attribution is dated 20 November, the
    // dossier first seen on 27 June 2017 in the energy sector.
    for (code, datetime, date, first_seen, sector) in [
        (
            "en",
            "22/11/2026, 09:00",
            "20 November 2026",
            "27 June 2017",
            "Energy",
        ),
        (
            "de",
            "22.11.2026, 09:00",
            "20. November 2026",
            "27. Juni 2017",
            "Energie",
        ),
        (
            "hu",
            "2026. 11. 22. 09:00",
            "2026. november 20.",
            "2017. június 27.",
            "Energia",
        ),
        (
            "lt",
            "2026-11-22 09:00",
            "2026 m. lapkričio 20 d.",
            "2017 m. birželio 27 d.",
            "Energetika",
        ),
        (
            "fi",
            "22.11.2026 klo 09.00",
            "20. marraskuuta 2026",
            "27. kesäkuuta 2017",
            "Energia",
        ),
        (
            "pl",
            "22.11.2026, 09:00",
            "20 listopada 2026",
            "27 czerwca 2017",
            "Energetyka",
        ),
        (
            "mt",
            "22/11/2026 09:00",
            "20 ta’ Novembru 2026",
            "27 ta’ Ġunju 2017",
            "Enerġija",
        ),
    ] {
        let (_, html) = get(
            &r,
            "/dossiers/public-case",
            Some(LV),
            Some(&format!("entente_lang={code}")),
        )
        .await;
        assert!(html.contains(datetime), "{code}: {datetime}");
        assert!(html.contains(date), "{code}: {date}");
        assert!(html.contains(first_seen), "{code}: {first_seen}");
        assert!(
            html.contains(&format!("<td>{sector}</td>")),
            "{code}: {sector}"
        );
    }
    // The dossier list: numeric dates; the dashboard: the sector chart in the reader's language.
    let (_, html) = get(&r, "/dossiers", Some(LV), Some("entente_lang=sv")).await;
    assert!(html.contains("<td>2017-06-27</td>"), "Swedish numeric date");
    let (_, html) = get(&r, "/", Some(LV), Some("entente_lang=el")).await;
    assert!(
        html.contains(">Ενέργεια</th>"),
        "Greek sector in the chart table"
    );
    // The procedure's deadline (29 November, 12:00) counts down in the reader's units.
    for (code, left) in [
        ("de", "7 T 03:00:00"),
        ("it", "7gg 03:00:00"),
        ("fi", "7pv 03.00.00"),
        ("bg", "7 д 03:00:00"),
    ] {
        let (_, html) = get(&r, "/", Some(LV), Some(&format!("entente_lang={code}"))).await;
        assert!(
            html.contains(&format!("\">{left}</time>")),
            "{code}: {left}"
        );
    }
}

#[tokio::test]
async fn accept_language_chooses_before_sign_in_and_the_cookie_after() {
    let (r, _d) = app();
    let req = |accept: &str, cookie: Option<&str>| {
        let mut b = Request::builder()
            .uri("/login")
            .header(header::ACCEPT_LANGUAGE, accept);
        if let Some(c) = cookie {
            b = b.header(header::COOKIE, c);
        }
        b.body(Body::empty()).expect("request")
    };
    for (accept, cookie, want) in [
        ("mt-MT, en;q=0.8", None, "mt"),
        ("en;q=0.3, ga", None, "ga"),
        ("ja, zh", None, "en"),
        ("el", Some("entente_lang=sv"), "sv"),
    ] {
        let resp = r
            .clone()
            .oneshot(req(accept, cookie))
            .await
            .expect("response");
        let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .expect("body");
        let html = String::from_utf8_lossy(&bytes);
        assert!(
            html.contains(&format!("<html lang=\"{want}\">")),
            "{accept} {cookie:?} -> {want}"
        );
    }
}

/// Issue 12: the procedure page says which Annex III table the outcome used (2024's, in 2026,
/// not the one in force), the margins and the robustness line, in the reader's language; an
/// administrator loads the 2026 table on the administration page, and the page then says the
/// table is the one in force. A malformed table is refused naming the field.
#[tokio::test]
async fn a_procedure_names_its_table_and_an_admin_loads_a_newer_one() {
    const ADMIN: &str = "it.admin EEAS admin";
    let (r, _d) = app();
    let pid = furnish(&r).await;
    let page = format!("/procedures/{pid}");
    let (s, html) = get(&r, &page, Some(LV), Some("entente_lang=de")).await;
    assert_eq!(s, StatusCode::OK);
    for part in [
        "Verwendet wurde die Tabelle nach Anhang III für 2024",
        "(2026)",
        "Mitglieder dafür: 0; erforderlich: 15 (Abstand: −15)",
        "Das Ergebnis hält jeder Änderung der Bevölkerungszahlen um bis zu ±2 % stand.",
        "Council Decision (EU, Euratom) 2023/2827",
    ] {
        assert!(html.contains(part), "{part}");
    }

    let (_, html) = get(&r, "/admin", Some(LV), None).await;
    assert!(html.contains("450,473,252"), "the tables are listed");
    assert!(
        !html.contains(r#"action="/admin/population""#),
        "the form is for admins"
    );
    let (_, html) = get(&r, "/admin", Some(ADMIN), None).await;
    assert!(html.contains(r#"action="/admin/population""#));

    let post = |table: String| {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf", "")
            .append_pair("table", &table)
            .finish();
        Request::builder()
            .method("POST")
            .uri("/admin/population")
            .header("x-test-user", ADMIN)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request")
    };
    let shipped = entente_core::population::shipped_table(2024).expect("2024");
    let mut figures = shipped.figures();
    *figures.get_mut("IE").expect("IE") += 100_000;
    let total: u64 = figures.values().sum();
    let mut doc = serde_json::json!({"year": 2026, "source": "Council Decision (EU, Euratom) 2025/9999 (test)",
        "total": total, "figures": figures});
    doc["figures"]["DE"] = serde_json::json!(-5);
    let resp = r
        .clone()
        .oneshot(post(doc.to_string()))
        .await
        .expect("response");
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let bytes = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .expect("body");
    assert!(String::from_utf8_lossy(&bytes).contains("figures.DE: -5 is negative"));
    doc["figures"]["DE"] = serde_json::json!(figures["DE"]);
    let resp = r
        .clone()
        .oneshot(post(doc.to_string()))
        .await
        .expect("response");
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);

    let (_, html) = get(&r, &page, Some(LV), Some("entente_lang=fr")).await;
    assert!(
        html.contains("de 2026, en vigueur au moment du vote."),
        "the loaded table is in force: {}",
        html.split("table-note").nth(1).unwrap_or_default()
    );
    let (_, html) = get(&r, "/admin", Some(LV), None).await;
    assert!(html.contains("loaded into this instance"));
}
