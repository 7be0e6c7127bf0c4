//! The TAXII 2.1 server against the whole router on a temporary data directory (issue 13):
//! authentication (401 with WWW-Authenticate, Bearer, Basic with a password or a token), the
//! endpoints of §4 and §5, paging with `next` and the date headers, the media-type rules (406,
//! 415), bad input (malformed envelopes, huge pages, unknown collections, read-only tokens,
//! invalid objects in the middle of an envelope), and hidden objects answering exactly like
//! missing ones on every route.

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{TimeZone, Utc};
use entente_core::account::{TokenCreated, TokenScope, UserCreated, parse_roles};
use entente_core::{Classification, Marking, PartyId, Tlp, UserId, Viewer};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth, base64_encode};
use entente_server::password::{self, Strength};
use entente_store::taxii::{Access, CollectionDefined, CollectionDefinition, CollectionFilter};
use entente_store::{FixedClock, Options, SqliteStore, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

const TAXII: &str = "application/taxii+json;version=2.1";
const ALL: &str = "11111111-1111-4111-8111-111111111111";
const BALTIC: &str = "33333333-3333-4333-8333-333333333333";
const ROOT: &str = "/taxii2/entente";

struct App {
    router: Router,
    store: Arc<dyn Store>,
    _dir: tempfile::TempDir,
}

fn tmp() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(d) = tempfile::tempdir_in(shm)
    {
        return d;
    }
    tempfile::tempdir().unwrap()
}

const USERS: &[(&str, &str, &str)] = &[
    ("lv.analyst", "LV", "analyst"),
    ("fr.analyst", "FR", "analyst"),
    ("de.observer", "DE", "observer"),
    ("eu.admin", "EEAS", "admin"),
];

fn pw(u: &str) -> String {
    format!("pw-{u}-long-enough")
}

fn indicator(n: usize, modified: &str, marking_refs: &[&str]) -> Value {
    let mut o = json!({
        "type": "indicator",
        "spec_version": "2.1",
        "id": format!("indicator--{:08x}-0000-4000-8000-{:012x}", n, n),
        "created": "2026-01-01T00:00:00.000Z",
        "modified": modified,
        "name": format!("Indicator {n}"),
        "pattern": "[ipv4-addr:value = '198.51.100.1']",
        "pattern_type": "stix",
        "valid_from": "2026-01-01T00:00:00Z",
    });
    if !marking_refs.is_empty() {
        o["object_marking_refs"] = json!(marking_refs);
    }
    o
}

const TLP1_RED: &str = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

/// Tokens: (read-write of lv.analyst, read-only of lv.analyst, read-write of fr.analyst).
fn app() -> (App, String, String, String) {
    let (a, lv, ro, fr, _) = app_with_admin();
    (a, lv, ro, fr)
}

/// The same, and a read-write token of the admin.
fn app_with_admin() -> (App, String, String, String, String) {
    let dir = tmp();
    let clock = Arc::new(FixedClock::new(
        Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap(),
    ));
    let store: Arc<dyn Store> =
        Arc::new(SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap());
    let system = Viewer::operator(PartyId::parse("EEAS").unwrap());
    for p in ["LV", "FR", "DE", "EEAS"] {
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
    for (u, p, r) in USERS {
        store
            .create_user(
                &system,
                UserCreated {
                    user: UserId::parse(u).unwrap(),
                    party: PartyId::parse(p).unwrap(),
                    roles: parse_roles(r).unwrap(),
                    clearance: Some(Classification::SecretUe),
                    password_hash: password::hash(&pw(u), Strength::Demo).unwrap(),
                },
            )
            .unwrap();
    }
    // The admin has a second factor (admins must), or its token would not be accepted.
    store
        .enable_second_factor(
            &system,
            &UserId::parse("eu.admin").unwrap(),
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ".into(),
            None,
            vec![],
        )
        .unwrap();
    let token = |u: &str, scope: TokenScope| {
        let t = password::random_token("entt_").unwrap();
        let user = store.user(&UserId::parse(u).unwrap()).unwrap().unwrap();
        let by = StoreAuth::viewer_of(&user);
        store
            .create_token(
                &by,
                TokenCreated {
                    id: password::random_id().unwrap(),
                    user: user.user.clone(),
                    scope,
                    token_hash: password::token_hash(&t),
                    label: None,
                    expires_at: None,
                },
            )
            .unwrap();
        t
    };
    let lv = token("lv.analyst", TokenScope::ReadWrite);
    let lv_ro = token("lv.analyst", TokenScope::Read);
    let fr = token("fr.analyst", TokenScope::ReadWrite);
    let admin = token("eu.admin", TokenScope::ReadWrite);
    let def = |id: &str, title: &str, read: Access, marking: Marking, filter: CollectionFilter| {
        store
            .define_collection(
                &system,
                CollectionDefinition {
                    def: CollectionDefined {
                        id: id.into(),
                        title: title.into(),
                        description: Some("test".into()),
                        alias: None,
                        filter,
                        can_read: read,
                        can_write: Some(Access::everyone()),
                        allow_delete: true,
                    },
                    marking,
                },
            )
            .unwrap();
    };
    def(
        ALL,
        "Everything",
        Access::everyone(),
        Marking::tlp(Tlp::Green),
        CollectionFilter::default(),
    );
    let mut amber = Marking::tlp(Tlp::Amber);
    amber.releasable_to.insert(PartyId::parse("LV").unwrap());
    def(
        BALTIC,
        "Baltic",
        Access::parties([PartyId::parse("LV").unwrap()]),
        amber,
        CollectionFilter {
            posted_only: true,
            ..CollectionFilter::default()
        },
    );
    let auth = StoreAuth::new(store.clone(), clock, AuthConfig::default());
    let state = AppState::new(store.clone(), Arc::new(auth));
    (
        App {
            router: entente_server::router(state),
            store,
            _dir: dir,
        },
        lv,
        lv_ro,
        fr,
        admin,
    )
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

async fn send(app: &App, req: Request<Body>) -> Resp {
    let resp = app.router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let (parts, body) = resp.into_parts();
    let body = axum::body::to_bytes(body, 64 << 20).await.unwrap().to_vec();
    Resp {
        status,
        headers: parts.headers,
        body,
    }
}

fn get(uri: &str, token: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::ACCEPT, TAXII)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap()
}

fn post(uri: &str, token: &str, body: &Value) -> Request<Body> {
    Request::post(uri)
        .header(header::ACCEPT, TAXII)
        .header(header::CONTENT_TYPE, TAXII)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::from(serde_json::to_vec(body).unwrap()))
        .unwrap()
}

fn assert_taxii_error(r: &Resp, status: StatusCode) {
    assert_eq!(r.status, status, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(r.headers[header::CONTENT_TYPE], TAXII);
    let v = r.json();
    assert_eq!(v["http_status"], status.as_u16().to_string(), "{v}");
    assert!(
        v["title"].is_string() && v["description"].is_string(),
        "{v}"
    );
}

#[tokio::test]
async fn authentication_discovery_and_api_root() {
    let (app, lv, _, _) = app();
    // No credentials: 401, a TAXII error, WWW-Authenticate.
    let r = send(
        &app,
        Request::get("/taxii2/")
            .header(header::ACCEPT, TAXII)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_taxii_error(&r, StatusCode::UNAUTHORIZED);
    assert!(r.headers.contains_key(header::WWW_AUTHENTICATE));
    // Bearer.
    let r = send(&app, get("/taxii2/", &lv)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], TAXII);
    assert_eq!(r.json()["api_roots"][0], "http://localhost/taxii2/entente/");
    // Basic with the password, and with a token; a wrong password is 401.
    for (user, secret, ok) in [
        ("lv.analyst", pw("lv.analyst"), true),
        ("lv.analyst", lv.clone(), true),
        ("fr.analyst", lv.clone(), false),
        ("lv.analyst", "wrong-password".to_string(), false),
    ] {
        let req = Request::get(format!("{ROOT}/"))
            .header(header::ACCEPT, TAXII)
            .header(
                header::AUTHORIZATION,
                format!(
                    "Basic {}",
                    base64_encode(format!("{user}:{secret}").as_bytes())
                ),
            )
            .body(Body::empty())
            .unwrap();
        let r = send(&app, req).await;
        if ok {
            assert_eq!(r.status, StatusCode::OK, "{user}");
            assert_eq!(r.json()["versions"][0], TAXII);
            assert!(r.json()["max_content_length"].as_u64().unwrap() > 1_000_000);
        } else {
            assert_taxii_error(&r, StatusCode::UNAUTHORIZED);
        }
    }
    // Unknown API root; unknown path; wrong method.
    assert_taxii_error(
        &send(&app, get("/taxii2/nope/", &lv)).await,
        StatusCode::NOT_FOUND,
    );
    assert_taxii_error(
        &send(&app, get("/taxii2/entente/nope/", &lv)).await,
        StatusCode::NOT_FOUND,
    );
    let r = send(
        &app,
        Request::delete(format!("{ROOT}/collections/"))
            .header(header::AUTHORIZATION, format!("Bearer {lv}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_taxii_error(&r, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn media_types_are_negotiated() {
    let (app, lv, _, _) = app();
    for accept in [
        "application/json",
        "application/taxii+json;version=2.0",
        "text/html",
    ] {
        let req = Request::get("/taxii2/")
            .header(header::ACCEPT, accept)
            .header(header::AUTHORIZATION, format!("Bearer {lv}"))
            .body(Body::empty())
            .unwrap();
        assert_taxii_error(&send(&app, req).await, StatusCode::NOT_ACCEPTABLE);
    }
    for accept in ["application/taxii+json", "*/*"] {
        let req = Request::get("/taxii2/")
            .header(header::ACCEPT, accept)
            .header(header::AUTHORIZATION, format!("Bearer {lv}"))
            .body(Body::empty())
            .unwrap();
        assert_eq!(send(&app, req).await.status, StatusCode::OK, "{accept}");
    }
    let req = Request::post(format!("{ROOT}/collections/{ALL}/objects/"))
        .header(header::ACCEPT, TAXII)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Bearer {lv}"))
        .body(Body::from("{\"objects\": []}"))
        .unwrap();
    assert_taxii_error(&send(&app, req).await, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn collections_add_objects_status_and_bad_input() {
    let (app, lv, lv_ro, fr) = app();
    // LV lists both collections, FR only the one everybody reads.
    let r = send(&app, get(&format!("{ROOT}/collections/"), &lv)).await;
    assert_eq!(r.json()["collections"].as_array().unwrap().len(), 2);
    let r = send(&app, get(&format!("{ROOT}/collections/"), &fr)).await;
    assert_eq!(r.json()["collections"].as_array().unwrap().len(), 1);
    // The Baltic collection answers FR like a missing one, on every route.
    let missing = "44444444-4444-4444-8444-444444444444";
    for path in ["/", "/objects/", "/manifest/"] {
        let a = send(
            &app,
            get(&format!("{ROOT}/collections/{BALTIC}{path}"), &fr),
        )
        .await;
        let b = send(
            &app,
            get(&format!("{ROOT}/collections/{missing}{path}"), &fr),
        )
        .await;
        assert_taxii_error(&a, StatusCode::NOT_FOUND);
        assert_eq!(a.body, b.body, "{path}");
    }
    // Malformed envelopes.
    let url = format!("{ROOT}/collections/{ALL}/objects/");
    for (body, what) in [
        (json!([1, 2]), "objects"),
        (json!({"objects": "x"}), "objects"),
        (json!({"more": false}), "objects"),
    ] {
        let r = send(&app, post(&url, &lv, &body)).await;
        assert_taxii_error(&r, StatusCode::BAD_REQUEST);
        assert!(r.json()["description"].as_str().unwrap().contains(what));
    }
    let req = Request::post(&url)
        .header(header::CONTENT_TYPE, TAXII)
        .header(header::AUTHORIZATION, format!("Bearer {lv}"))
        .body(Body::from("{not json"))
        .unwrap();
    assert_taxii_error(&send(&app, req).await, StatusCode::BAD_REQUEST);
    // A read-only token cannot post; an unknown collection is 404.
    assert_taxii_error(
        &send(&app, post(&url, &lv_ro, &json!({"objects": []}))).await,
        StatusCode::FORBIDDEN,
    );
    assert_taxii_error(
        &send(
            &app,
            post(
                &format!("{ROOT}/collections/{missing}/objects/"),
                &lv,
                &json!({"objects": []}),
            ),
        )
        .await,
        StatusCode::NOT_FOUND,
    );
    // An envelope with a bad object in the middle: the others land, the status says which
    // failed and why.
    let mut bad = indicator(2, "2026-01-02T00:00:00.000Z", &[]);
    bad.as_object_mut().unwrap().remove("pattern");
    let env = json!({"objects": [
        indicator(1, "2026-01-02T00:00:00.000Z", &[]),
        bad,
        indicator(3, "2026-01-02T00:00:00.000Z", &[TLP1_RED]),
    ]});
    let r = send(&app, post(&url, &lv, &env)).await;
    assert_eq!(
        r.status,
        StatusCode::ACCEPTED,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let st = r.json();
    assert_eq!(st["status"], "complete");
    assert_eq!(st["total_count"], 3);
    assert_eq!(st["success_count"], 2);
    assert_eq!(st["failure_count"], 1);
    assert!(
        st["failures"][0]["message"]
            .as_str()
            .unwrap()
            .contains("pattern")
    );
    // The status: the poster reads it; FR gets 404 like a missing status.
    let sid = st["id"].as_str().unwrap();
    let r = send(&app, get(&format!("{ROOT}/status/{sid}/"), &lv)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["success_count"], 2);
    let a = send(&app, get(&format!("{ROOT}/status/{sid}/"), &fr)).await;
    let b = send(&app, get(&format!("{ROOT}/status/{missing}/"), &fr)).await;
    assert_taxii_error(&a, StatusCode::NOT_FOUND);
    assert_eq!(a.body, b.body);
    // The RED object (recipient: the poster) is hidden from FR exactly like a missing one:
    // object, versions, manifest, page, headers.
    let red_id = indicator(3, "x", &[])["id"].as_str().unwrap().to_string();
    let none_id = indicator(99, "x", &[])["id"].as_str().unwrap().to_string();
    for suffix in ["/", "/versions/"] {
        let a = send(&app, get(&format!("{url}{red_id}{suffix}"), &fr)).await;
        let b = send(&app, get(&format!("{url}{none_id}{suffix}"), &fr)).await;
        assert_taxii_error(&a, StatusCode::NOT_FOUND);
        assert_eq!(a.body, b.body);
        let mine = send(&app, get(&format!("{url}{red_id}{suffix}"), &lv)).await;
        assert_eq!(mine.status, StatusCode::OK);
    }
    for list in ["objects", "manifest"] {
        let a = send(
            &app,
            get(
                &format!("{ROOT}/collections/{ALL}/{list}/?match[id]={red_id}"),
                &fr,
            ),
        )
        .await;
        let b = send(
            &app,
            get(
                &format!("{ROOT}/collections/{ALL}/{list}/?match[id]={none_id}"),
                &fr,
            ),
        )
        .await;
        assert_eq!(a.status, StatusCode::OK);
        assert_eq!(a.body, b.body);
        assert!(!a.headers.contains_key("x-taxii-date-added-first"));
        let r = send(&app, get(&format!("{ROOT}/collections/{ALL}/{list}/"), &fr)).await;
        assert_eq!(r.json()["objects"].as_array().unwrap().len(), 1, "{list}");
        let r = send(&app, get(&format!("{ROOT}/collections/{ALL}/{list}/"), &lv)).await;
        assert_eq!(r.json()["objects"].as_array().unwrap().len(), 2, "{list}");
    }
    // Deleting: FR may not delete LV's object (403); LV may; then it is gone (404).
    let one = indicator(1, "x", &[])["id"].as_str().unwrap().to_string();
    let del = |tok: &str, id: &str| {
        Request::delete(format!("{url}{id}/"))
            .header(header::ACCEPT, TAXII)
            .header(header::AUTHORIZATION, format!("Bearer {tok}"))
            .body(Body::empty())
            .unwrap()
    };
    assert_taxii_error(&send(&app, del(&fr, &one)).await, StatusCode::FORBIDDEN);
    assert_eq!(send(&app, del(&lv, &one)).await.status, StatusCode::OK);
    assert_taxii_error(&send(&app, del(&lv, &one)).await, StatusCode::NOT_FOUND);
    assert_taxii_error(&send(&app, del(&fr, &red_id)).await, StatusCode::NOT_FOUND);
    let _ = app.store.event_count().unwrap();
}

#[tokio::test]
async fn pages_follow_next_with_date_headers_and_capped_limits() {
    let (app, lv, _, _) = app();
    let url = format!("{ROOT}/collections/{ALL}/objects/");
    // Three envelopes of 100 (three writes: three dates added).
    for e in 0..3 {
        let env = json!({"objects": (0..100).map(|i| indicator(1000 + e * 100 + i, "2026-01-02T00:00:00.000Z", &[])).collect::<Vec<_>>()});
        assert_eq!(
            send(&app, post(&url, &lv, &env)).await.status,
            StatusCode::ACCEPTED
        );
    }
    let mut seen = std::collections::HashSet::new();
    let mut next: Option<String> = None;
    let mut pages = 0;
    loop {
        let u = match &next {
            Some(n) => format!("{url}?limit=70&next={n}"),
            None => format!("{url}?limit=70"),
        };
        let r = send(&app, get(&u, &lv)).await;
        assert_eq!(r.status, StatusCode::OK);
        let v = r.json();
        for o in v["objects"].as_array().unwrap() {
            assert!(seen.insert(o["id"].as_str().unwrap().to_string()));
        }
        assert!(r.headers.contains_key("x-taxii-date-added-first"));
        assert!(r.headers.contains_key("x-taxii-date-added-last"));
        pages += 1;
        if v["more"] == true {
            next = Some(v["next"].as_str().unwrap().to_string());
        } else {
            assert!(v.get("next").is_none());
            break;
        }
    }
    assert_eq!(seen.len(), 300);
    assert_eq!(pages, 5);
    // A huge limit is capped, and said so.
    let r = send(&app, get(&format!("{url}?limit=1000000"), &lv)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.headers[header::WARNING]
            .to_str()
            .unwrap()
            .contains("1000")
    );
    // Bad parameters name the parameter.
    for (q, what) in [
        ("limit=-3", "limit"),
        ("limit=abc", "limit"),
        ("next=zzz", "next"),
        ("added_after=yesterday", "added_after"),
        ("match[version]=latest", "match[version]"),
        ("match[type]=Not_A_Type", "match[type]"),
    ] {
        let r = send(&app, get(&format!("{url}?{q}"), &lv)).await;
        assert_taxii_error(&r, StatusCode::BAD_REQUEST);
        assert!(
            r.json()["description"].as_str().unwrap().contains(what),
            "{q}"
        );
    }
    // added_after past the last object: an empty page.
    let r = send(
        &app,
        get(&format!("{url}?added_after=2099-01-01T00:00:00Z"), &lv),
    )
    .await;
    assert_eq!(r.json(), json!({"more": false}));
    // The manifest of the same collection pages the same way.
    let r = send(
        &app,
        get(
            &format!("{ROOT}/collections/{ALL}/manifest/?limit=1000"),
            &lv,
        ),
    )
    .await;
    let m = r.json();
    assert_eq!(m["objects"].as_array().unwrap().len(), 300);
    assert_eq!(
        m["objects"][0]["media_type"],
        "application/stix+json;version=2.1"
    );
}

#[tokio::test]
async fn an_admin_defines_lists_and_retires_collections_over_the_api() {
    let (app, lv, _, _, admin) = app_with_admin();
    let api = |method: &str, uri: &str, tok: &str, body: Option<Value>| {
        let mut b = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::AUTHORIZATION, format!("Bearer {tok}"));
        let body = match body {
            Some(v) => {
                b = b.header(header::CONTENT_TYPE, "application/json");
                Body::from(serde_json::to_vec(&v).unwrap())
            }
            None => Body::empty(),
        };
        b.body(body).unwrap()
    };
    let def = json!({
        "title": "Indicators for LV", "alias": "lv-indicators",
        "filter": {"types": ["indicator"]},
        "can_read": {"parties": ["LV"]}, "can_write": {"roles": ["analyst"]},
        "marking": {"tlp": "AMBER", "releasable_to": ["LV"]}
    });
    // Not an admin: 403, in entente's error shape.
    let r = send(
        &app,
        api("POST", "/api/v1/taxii/collections", &lv, Some(def.clone())),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(r.json()["code"], "forbidden");
    // A bad definition names the field.
    let r = send(
        &app,
        api(
            "POST",
            "/api/v1/taxii/collections",
            &admin,
            Some(json!({"title": "x", "id": "not-a-uuid"})),
        ),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    assert!(r.json()["message"].as_str().unwrap().contains("id"));
    let r = send(
        &app,
        api("POST", "/api/v1/taxii/collections", &admin, Some(def)),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&r.body)
    );
    let id = r.json()["id"].as_str().unwrap().to_string();
    // LV's analyst finds it over TAXII, by alias; FR does not.
    let c = send(
        &app,
        get(&format!("{ROOT}/collections/lv-indicators/"), &lv),
    )
    .await;
    assert_eq!(c.status, StatusCode::OK);
    assert_eq!(c.json()["can_write"], true);
    let r = send(&app, api("GET", "/api/v1/taxii/collections", &admin, None)).await;
    assert!(
        r.json()
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["id"] == id.as_str())
    );
    let r = send(
        &app,
        api(
            "DELETE",
            &format!("/api/v1/taxii/collections/{id}"),
            &admin,
            None,
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let c = send(
        &app,
        get(&format!("{ROOT}/collections/lv-indicators/"), &lv),
    )
    .await;
    assert_eq!(c.status, StatusCode::NOT_FOUND);
    // The definition and the retirement are events: rebuild refolds them.
    let n = app.store.event_count().unwrap();
    assert!(n > 0);
}
