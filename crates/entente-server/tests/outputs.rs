//! Issue 14 over HTTP: a statement drafted, translated into Greek and Bulgarian, verified,
//! adopted by silence, embargoed and released; the public release page and Atom feed (valid
//! Atom 1.0, RFC 4287: required elements, one entry per released language version with its
//! `xml:lang`) need no account; the word-level diff; the PDF export (feature `pdf`) has its
//! text extractable in Latin, Greek and Cyrillic and its language tags; the sanctions register
//! found by a Cyrillic spelling and exported as CSV, FollowTheMoney and FSF-structured XML.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{Request, StatusCode, header};
use chrono::{Duration, TimeZone, Utc};
use entente_core::account::{TokenScope, parse_roles};
use entente_core::dossier::DossierFacts;
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{Authenticator, Credential, Session};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};
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

const CHAIR: &str = "eeas.chair EEAS chair,drafter,delegate";
const GR: &str = "gr.drafter GR drafter";
const BG: &str = "bg.drafter BG drafter,delegate";

fn app() -> (Router, Arc<FixedClock>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
            .single()
            .expect("time"),
    ));
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.path(), clock.clone(), Options::default()).expect("store"));
    let mut op = entente_store::system_viewer(PartyId::parse("EEAS").expect("party"));
    op.user = UserId::parse("eeas.chair").expect("user");
    store
        .create_dossier(
            &op,
            Some("case"),
            DossierFacts {
                title: LocalizedText::single(Lang::En, "Case"),
                summary: LocalizedText::new(),
                first_seen: None,
                last_seen: None,
                victims: vec![],
                sources: vec![],
            },
            Marking::clear(),
        )
        .expect("dossier");
    let state = AppState::new(store, Arc::new(HeaderAuth));
    (entente_server::router(state), clock, dir)
}

async fn call(
    r: &Router,
    method: &str,
    uri: &str,
    who: Option<&str>,
    body: Option<Value>,
) -> (StatusCode, Vec<(String, String)>, Vec<u8>) {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(w) = who {
        b = b.header("x-test-user", w);
    }
    let body = match body {
        Some(v) => {
            b = b.header(header::CONTENT_TYPE, "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    let resp = r
        .clone()
        .oneshot(b.body(body).expect("request"))
        .await
        .expect("response");
    let status = resp.status();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let bytes = axum::body::to_bytes(resp.into_body(), 32 << 20)
        .await
        .expect("body");
    (status, headers, bytes.to_vec())
}

async fn ok(r: &Router, method: &str, uri: &str, who: &str, body: Value) -> Value {
    let (s, _, b) = call(r, method, uri, Some(who), Some(body)).await;
    let text = String::from_utf8_lossy(&b).into_owned();
    assert!(s.is_success(), "{method} {uri}: {s} {text}");
    serde_json::from_str(&text).expect("JSON")
}

const EN: &str =
    "The European Union condemns the cyber-attack.\n\nIt stands in solidarity with the victims.";
const EL: &str =
    "Η Ευρωπαϊκή Ένωση καταδικάζει την κυβερνοεπίθεση.\n\nΤάσσεται αλληλέγγυα με τα θύματα.";
const BGT: &str = "Европейският съюз осъжда кибератаката.\n\nТой изразява солидарност с жертвите.";

/// A statement released in English, Greek and Bulgarian; returns its id.
async fn released(r: &Router, clock: &FixedClock) -> String {
    let s = ok(
        r,
        "POST",
        "/api/v1/dossiers/case/statements",
        CHAIR,
        json!({"kind": "hr_declaration", "lang": "en", "title": "Declaration on the attack",
               "text": "The European Union is concerned by the cyber-attack."}),
    )
    .await;
    let id = s["id"].as_str().expect("id").to_string();
    ok(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/versions"),
        CHAIR,
        json!({"title": "Declaration on the attack", "text": EN}),
    )
    .await;
    let diff = ok(
        r,
        "GET",
        &format!("/api/v1/statements/{id}/diff"),
        CHAIR,
        Value::Null,
    )
    .await;
    assert_eq!(
        (diff["from"].as_u64(), diff["to"].as_u64()),
        (Some(1), Some(2))
    );
    assert!(
        diff["runs"]
            .as_array()
            .expect("runs")
            .iter()
            .any(|x| x["change"] == "added"
                && x["text"].as_str().is_some_and(|t| t.contains("condemns"))),
        "{diff}"
    );
    assert!(diff["removed_words"].as_u64().unwrap_or(0) >= 3);
    ok(
        r,
        "PUT",
        &format!("/api/v1/statements/{id}/languages/el"),
        CHAIR,
        json!({"title": "Δήλωση για την επίθεση", "text": EL}),
    )
    .await;
    ok(
        r,
        "PUT",
        &format!("/api/v1/statements/{id}/languages/bg"),
        CHAIR,
        json!({"title": "Декларация относно атаката", "text": BGT}),
    )
    .await;
    // A Greek drafter verifies Greek, a Bulgarian one Bulgarian, the chair English.
    let (s, _, _) = call(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/languages/bg/verify"),
        Some(GR),
        Some(json!({})),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    ok(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/languages/el/verify"),
        GR,
        json!({}),
    )
    .await;
    ok(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/languages/bg/verify"),
        BG,
        json!({}),
    )
    .await;
    ok(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/languages/en/verify"),
        CHAIR,
        json!({}),
    )
    .await;
    // Release before adoption: refused.
    let (s, _, b) = call(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/release"),
        Some(CHAIR),
        Some(json!({})),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{}", String::from_utf8_lossy(&b));
    assert!(String::from_utf8_lossy(&b).contains("statement.not_adopted"));
    ok(
        r,
        "POST",
        "/api/v1/dossiers/case/procedures",
        CHAIR,
        json!({"subject": {"kind": "statement", "statement": id, "version": 2}, "rule": "silence",
               "deadline": "2026-12-01T10:00:00Z"}),
    )
    .await;
    clock.advance(Duration::hours(2));
    let s = ok(
        r,
        "PUT",
        &format!("/api/v1/statements/{id}/embargo"),
        CHAIR,
        json!({"embargo": "2026-12-01T12:00:00Z"}),
    )
    .await;
    let capitals = s["embargo_in_capitals"].as_array().expect("capitals");
    assert_eq!(capitals.len(), 27);
    let fi = capitals.iter().find(|c| c["state"] == "FI").expect("FI");
    assert_eq!(fi["local"], "2026-12-01T14:00");
    let (s, _, b) = call(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/release"),
        Some(CHAIR),
        Some(json!({})),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);
    assert!(String::from_utf8_lossy(&b).contains("statement.before_embargo"));
    clock.advance(Duration::hours(1));
    let s = ok(
        r,
        "POST",
        &format!("/api/v1/statements/{id}/release"),
        CHAIR,
        json!({}),
    )
    .await;
    assert_eq!(s["released"]["languages"], json!(["bg", "el", "en"]));
    id
}

#[tokio::test]
async fn the_release_is_public_and_the_feed_is_valid_atom() {
    let (r, clock, _d) = app();
    let id = released(&r, &clock).await;

    // Public without an account: the page and the feed; nothing else.
    let (s, _, page) = call(&r, "GET", "/releases", None, None).await;
    assert_eq!(s, StatusCode::OK);
    let page = String::from_utf8_lossy(&page);
    assert!(page.contains("Η Ευρωπαϊκή Ένωση καταδικάζει"), "{page}");
    assert!(page.contains(r#"lang="bg""#) && page.contains(r#"lang="el""#));
    assert!(
        !page.contains(&id),
        "the statement's own id is not published"
    );
    let (s, _, _) = call(&r, "GET", &format!("/api/v1/statements/{id}"), None, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);

    let (s, headers, feed) = call(&r, "GET", "/releases.atom", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        headers
            .iter()
            .any(|(k, v)| k == "content-type" && v.starts_with("application/atom+xml"))
    );
    let feed = String::from_utf8(feed).expect("UTF-8");
    let doc = roxmltree::Document::parse(&feed).expect("well-formed XML");
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    const XML: &str = "http://www.w3.org/XML/1998/namespace";
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(ATOM));
    assert_eq!(root.tag_name().name(), "feed");
    let child = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .filter(|c| {
                c.is_element()
                    && c.tag_name().name() == name
                    && c.tag_name().namespace() == Some(ATOM)
            })
            .count()
    };
    // RFC 4287 §4.1.1: exactly one id, title, updated; an author (or one in every entry).
    for name in ["id", "title", "updated", "author"] {
        assert_eq!(child(root, name), 1, "feed/{name}");
    }
    let entries: Vec<_> = root
        .children()
        .filter(|c| c.is_element() && c.tag_name().name() == "entry")
        .collect();
    assert_eq!(entries.len(), 3, "one entry per released language version");
    let mut langs = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for e in &entries {
        // §4.1.2: exactly one id, title, updated; content or an alternate link.
        for name in ["id", "title", "updated", "content"] {
            assert_eq!(child(*e, name), 1, "entry/{name}");
        }
        let eid = e
            .children()
            .find(|c| c.tag_name().name() == "id")
            .and_then(|c| c.text())
            .expect("id");
        assert!(eid.starts_with("urn:uuid:"), "{eid}");
        ids.insert(eid.to_string());
        let updated = e
            .children()
            .find(|c| c.tag_name().name() == "updated")
            .and_then(|c| c.text())
            .expect("updated");
        assert!(
            chrono::DateTime::parse_from_rfc3339(updated).is_ok(),
            "§3.3 date construct: {updated}"
        );
        langs.push(e.attribute((XML, "lang")).expect("xml:lang").to_string());
    }
    assert_eq!(ids.len(), 3, "entry ids are unique");
    langs.sort();
    assert_eq!(langs, vec!["bg", "el", "en"]);
}

#[tokio::test]
async fn the_pdf_has_text_in_every_script_and_its_languages() {
    let (r, clock, _d) = app();
    let id = released(&r, &clock).await;
    let (s, headers, pdf) = call(
        &r,
        "GET",
        &format!("/api/v1/statements/{id}/export?format=pdf"),
        Some(CHAIR),
        None,
    )
    .await;
    if s == StatusCode::NOT_IMPLEMENTED {
        // Built without the `pdf` feature (e.g. `cargo test -p entente-server` alone); the
        // workspace's tests build it (the entente binary's default feature).
        #[cfg(feature = "pdf")]
        panic!("built with the pdf feature, yet the PDF export answered 501");
        #[cfg(not(feature = "pdf"))]
        return;
    }
    assert_eq!(s, StatusCode::OK, "{}", String::from_utf8_lossy(&pdf));
    assert!(
        headers
            .iter()
            .any(|(k, v)| k == "content-type" && v == "application/pdf")
    );
    assert!(pdf.starts_with(b"%PDF-"));
    let (s, _, html) = call(
        &r,
        "GET",
        &format!("/api/v1/statements/{id}/export?format=html&lang=el,bg"),
        Some(CHAIR),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let html = String::from_utf8_lossy(&html);
    assert!(html.contains(r#"<section lang="el">"#) && html.contains(r#"<section lang="bg">"#));

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let text = match std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        _ if std::env::var_os("CI").is_none() => {
            eprintln!(
                "pdftotext (poppler-utils) is not installed: the PDF's text was not extracted (scripts/check installs it)"
            );
            return;
        }
        other => panic!("pdftotext failed: {other:?}"),
    };
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = squash(&text);
    for needle in [
        "The European Union condemns the cyber-attack.",
        "Η Ευρωπαϊκή Ένωση καταδικάζει την κυβερνοεπίθεση.",
        "Европейският съюз осъжда кибератаката.",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} not extractable from the PDF: {text}"
        );
    }
    // Language tags: the document's and each language version's, in the tagged PDF.
    let qdf = dir.path().join("s.qdf.pdf");
    let raw = match std::process::Command::new("qpdf")
        .arg("--qdf")
        .arg("--object-streams=disable")
        .arg(&path)
        .arg(&qdf)
        .status()
    {
        Ok(st) if st.success() || st.code() == Some(3) => std::fs::read(&qdf).expect("qdf"),
        _ => pdf.clone(),
    };
    let raw = String::from_utf8_lossy(&raw);
    for lang in ["en", "el", "bg"] {
        assert!(
            raw.contains(&format!("/Lang ({lang})")) || raw.contains(&format!("/Lang ({lang}-")),
            "no /Lang ({lang}) in the PDF"
        );
    }
}

#[tokio::test]
async fn the_register_is_found_across_scripts_and_exported() {
    let (r, _clock, _d) = app();
    let entry = json!({"kind": "person", "name": "Alexey Valeryevich MININ",
        "aliases": [{"name": "Алексей Валерьевич МИНИН", "kind": "transliteration"}],
        "birth_dates": ["1972-05-27"], "nationalities": ["RU"], "gender": "male",
        "identifiers": [{"kind": "passport", "number": "120017582"}],
        "reasons": "GRU officer; OPCW, April 2018."});
    let act = json!([{"kind": "implementing_regulation", "reference": "Council Implementing Regulation (EU) 2020/1125"}]);
    // Bad input records nothing and names the field.
    let (s, _, b) = call(
        &r,
        "POST",
        "/api/v1/sanctions",
        Some(CHAIR),
        Some(json!({"entry": entry, "acts": [], "date": "2020-07-30"})),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(String::from_utf8_lossy(&b).contains("acts"));
    let l = ok(
        &r,
        "POST",
        "/api/v1/sanctions",
        CHAIR,
        json!({"entry": entry, "acts": act, "date": "2020-07-30"}),
    )
    .await;
    let xid = l["id"].as_str().expect("id").to_string();
    for q in ["Минин", "aleksei minin", "MININ"] {
        let found = ok(
            &r,
            "GET",
            &format!("/api/v1/sanctions?q={}", urlencode(q)),
            GR,
            Value::Null,
        )
        .await;
        assert_eq!(found.as_array().map(Vec::len), Some(1), "{q}");
    }
    // CSV
    let (_, _, csv) = call(
        &r,
        "GET",
        "/api/v1/sanctions/export?format=csv",
        Some(GR),
        None,
    )
    .await;
    let csv = String::from_utf8(csv).expect("UTF-8");
    assert!(csv.starts_with("id,annex_entry,type,status,name"));
    assert!(csv.contains(&xid));
    // FollowTheMoney: a Person and its Sanction, linked.
    let (_, _, ftm) = call(
        &r,
        "GET",
        "/api/v1/sanctions/export?format=ftm",
        Some(GR),
        None,
    )
    .await;
    let lines: Vec<Value> = String::from_utf8(ftm)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["schema"], "Person");
    assert_eq!(lines[1]["properties"]["entity"][0], lines[0]["id"]);
    // FSF-structured XML.
    let (_, _, xml) = call(
        &r,
        "GET",
        "/api/v1/sanctions/export?format=xml",
        Some(GR),
        None,
    )
    .await;
    let xml = String::from_utf8(xml).expect("UTF-8");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let e = doc
        .descendants()
        .find(|n| n.tag_name().name() == "sanctionEntity")
        .expect("sanctionEntity");
    for child in [
        "regulation",
        "subjectType",
        "nameAlias",
        "citizenship",
        "birthdate",
        "identification",
    ] {
        assert!(
            e.children().any(|c| c.tag_name().name() == child),
            "{child}"
        );
    }
    assert_eq!(
        e.children()
            .filter(|c| c.tag_name().name() == "nameAlias")
            .count(),
        2
    );
    // Delisted: never active; a second delisting is refused.
    ok(
        &r,
        "POST",
        &format!("/api/v1/sanctions/{xid}/delisting"),
        CHAIR,
        json!({"acts": act, "date": "2025-01-01"}),
    )
    .await;
    let active = ok(&r, "GET", "/api/v1/sanctions", GR, Value::Null).await;
    assert_eq!(active.as_array().map(Vec::len), Some(0));
    let (s, _, _) = call(
        &r,
        "POST",
        &format!("/api/v1/sanctions/{xid}/delisting"),
        Some(CHAIR),
        Some(json!({"acts": act, "date": "2025-01-02"})),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);
    let (s, _, _) = call(
        &r,
        "POST",
        &format!("/api/v1/sanctions/{xid}/amendments"),
        Some(CHAIR),
        Some(json!({"entry": entry, "acts": act, "date": "2025-01-02"})),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT);
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The statement page's form writes the next version in the source language; the page then
/// shows the word-level diff between the two versions, and a released statement refuses it.
#[tokio::test]
async fn the_page_writes_a_new_version_and_shows_the_diff() {
    let (r, clock, _d) = app();
    let s = ok(
        &r,
        "POST",
        "/api/v1/dossiers/case/statements",
        CHAIR,
        json!({"kind": "press_release", "lang": "en", "title": "On the attack",
               "text": "The Union is concerned by the attack."}),
    )
    .await;
    let sid = s["id"].as_str().expect("id").to_string();
    let form = |body: &str| {
        Request::builder()
            .method("POST")
            .uri(format!("/statements/{sid}/versions"))
            .header("x-test-user", CHAIR)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .expect("request")
    };
    let resp = r
        .clone()
        .oneshot(form(
            "title=On+the+attack&text=The+Union+condemns+the+attack.&note=firmer",
        ))
        .await
        .expect("response");
    assert!(resp.status().is_redirection(), "{}", resp.status());
    let v = ok(
        &r,
        "GET",
        &format!("/api/v1/statements/{sid}"),
        CHAIR,
        Value::Null,
    )
    .await;
    assert_eq!(v["latest_version"], 2);
    let (status, _, page) = call(
        &r,
        "GET",
        &format!("/statements/{sid}?from=1&to=2"),
        Some(CHAIR),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let page = String::from_utf8(page).expect("UTF-8");
    let marked = |tag: &str| -> Vec<String> {
        page.split(&format!("<{tag}>"))
            .skip(1)
            .filter_map(|p| p.split(&format!("</{tag}>")).next())
            .map(str::to_string)
            .collect()
    };
    let (removed, added) = (marked("del").concat(), marked("ins").concat());
    assert!(
        removed.contains("concerned") && !removed.contains("Union"),
        "{removed:?}"
    );
    assert!(
        added.contains("condemns") && !added.contains("attack"),
        "{added:?}"
    );
    // An empty text is refused, names the field, and records nothing.
    let resp = r
        .clone()
        .oneshot(form("title=t&text="))
        .await
        .expect("response");
    assert!(resp.status().is_client_error(), "{}", resp.status());
    let v = ok(
        &r,
        "GET",
        &format!("/api/v1/statements/{sid}"),
        CHAIR,
        Value::Null,
    )
    .await;
    assert_eq!(v["latest_version"], 2);
    // Released statements take no new version.
    let released = released(&r, &clock).await;
    let resp = r
        .clone()
        .oneshot(
            Request::builder()
                .method("POST")
                .uri(format!("/statements/{released}/versions"))
                .header("x-test-user", CHAIR)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from("title=t&text=x"))
                .expect("request"),
        )
        .await
        .expect("response");
    assert!(resp.status().is_client_error(), "{}", resp.status());
}
