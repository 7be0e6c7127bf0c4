//! **The visibility harness** (issue 11, item 5): one inventory of every route of the router,
//! driven with random users, parties, roles, clearances and markings.
//!
//! 1. [`SPECS`] names every route with how to exercise it; the test fails when the router has a
//!    route the list does not name, or the list names one the router lacks.
//! 2. For several random worlds (parties, accounts with random roles and clearances, dossiers
//!    with random markings, evidence, assessments, procedures, attributions, packages and STIX
//!    objects, each carrying a unique marker), every route is called as every account, as a
//!    reader without an account, and as one on an instance that publishes TLP:CLEAR:
//!    - no body, header or stream of any answer contains the marker or the id of an item that
//!      reader may not see (lists, counts, totals, pages, feeds, the audit trail, errors);
//!    - a hidden item answers exactly like a missing one (status, headers, body with the id
//!      blanked), on reads and on writes, and neither appends anything to the log.
//!
//! Visibility is computed here from the markings with `can_see` and the container rule (an
//! item is seen only by those who see its dossier), never by asking the store.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::Duration;
use common::{create_account, create_token, operator, register_parties};
use entente_core::account::{Role, TokenScope};
use entente_core::dossier::DossierFacts;
use entente_core::picture::events::{EvidenceItem, EvidenceKind};
use entente_core::{
    Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer, can_see,
};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_store::{Clock, FixedClock, Store};
use serde_json::{Value, json};
use tower::ServiceExt;

// ---- the inventory -------------------------------------------------------------------------

/// What a route's path parameters stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum P {
    /// No marked item in the path (lists, pages, account and public routes).
    None,
    /// `{id}` is a dossier (and `{party}`/`{n}` fixed values).
    Dossier,
    /// `{id}` a dossier and `{eid}` an evidence item in it.
    Evidence,
    /// `{pid}` a procedure.
    Procedure,
    /// `{aid}` an attribution.
    Attribution,
    /// `{id}` a STIX object.
    Stix,
    /// `{id}` an API token (another account's answers like a missing one).
    Token,
    /// `{sid}` a statement (and `{lang}` a language).
    Statement,
    /// `{xid}` an entry of the sanctions register.
    Sanction,
    /// `{id}` a TAXII collection (TAXII 2.1 §5.2; its own marking decides who may know it).
    TaxiiCollection,
    /// `{object}` a STIX object, served by the harness's collection of everything.
    TaxiiObject,
    /// `{status}` a TAXII status resource (§4.3: its poster's alone).
    TaxiiStatus,
    /// `{id}` a measure of the policy tracker (the watch).
    Measure,
    /// `{id}` a FIMI incident.
    Incident,
    /// `{id}` an election monitoring record.
    Mission,
    /// `{id}` a human rights record.
    Rights,
}

/// How a write is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum B {
    /// No body.
    Empty,
    Json(&'static str),
    Form(&'static str),
    /// A TAXII 2.1 envelope (`application/taxii+json;version=2.1`).
    Taxii(&'static str),
}

struct Spec {
    method: &'static str,
    path: &'static str,
    params: P,
    body: B,
    /// A live stream: only hidden-versus-missing is checked (a visible one never ends).
    stream: bool,
}

const fn s(method: &'static str, path: &'static str, params: P, body: B) -> Spec {
    Spec {
        method,
        path,
        params,
        body,
        stream: false,
    }
}

const ASSESSMENT: &str = r#"{"confidence":"low","dimensions":[{"dimension":"scope","level":1,"rationale":"r"},{"dimension":"scale","level":1,"rationale":"r"},{"dimension":"duration","level":1,"rationale":"r"},{"dimension":"intensity","level":1,"rationale":"r"},{"dimension":"complexity","level":1,"rationale":"r"},{"dimension":"sophistication","level":1,"rationale":"r"},{"dimension":"impact","level":1,"rationale":"r"}]}"#;

/// Every route, and how to exercise it.
const SPECS: &[Spec] = &[
    s("GET", "/healthz", P::None, B::Empty),
    s("GET", "/readyz", P::None, B::Empty),
    s("GET", "/metrics", P::None, B::Empty),
    s("GET", "/", P::None, B::Empty),
    s("GET", "/login", P::None, B::Empty),
    s(
        "POST",
        "/login",
        P::None,
        B::Form("user=nobody&password=x&csrf=x"),
    ),
    s(
        "POST",
        "/login/second-factor",
        P::None,
        B::Form("user=nobody&pending=x&code=000000&csrf=x"),
    ),
    s("GET", "/login/oidc", P::None, B::Empty),
    s("GET", "/login/oidc/callback", P::None, B::Empty),
    s("POST", "/logout", P::None, B::Form("")),
    s("GET", "/account/second-factor", P::None, B::Empty),
    s(
        "POST",
        "/account/second-factor",
        P::None,
        B::Form("enrolment=x&code=000000"),
    ),
    s("GET", "/account/password", P::None, B::Empty),
    s(
        "POST",
        "/account/password",
        P::None,
        B::Form("current=x&new=y"),
    ),
    s("GET", "/dossiers", P::None, B::Empty),
    s("GET", "/dossiers/{id}", P::Dossier, B::Empty),
    s(
        "POST",
        "/dossiers/{id}/assessment",
        P::Dossier,
        B::Form("confidence=low&level-scope=1&rationale-scope=r"),
    ),
    s("GET", "/procedures/{pid}", P::Procedure, B::Empty),
    s("GET", "/procedures/{pid}/tally", P::Procedure, B::Empty),
    s(
        "POST",
        "/procedures/{pid}/position",
        P::Procedure,
        B::Form("position=for"),
    ),
    s("GET", "/dossiers/{id}/statements", P::Dossier, B::Empty),
    s(
        "POST",
        "/dossiers/{id}/statements",
        P::Dossier,
        B::Form("kind=press_release&lang=en&title=t&text=x"),
    ),
    s("GET", "/statements/{sid}", P::Statement, B::Empty),
    s(
        "POST",
        "/statements/{sid}/versions",
        P::Statement,
        B::Form("title=t&text=x"),
    ),
    s(
        "POST",
        "/statements/{sid}/translate",
        P::Statement,
        B::Form("lang=fr&title=t&text=x&complete=1"),
    ),
    s(
        "POST",
        "/statements/{sid}/verify",
        P::Statement,
        B::Form("lang=en"),
    ),
    s(
        "POST",
        "/statements/{sid}/embargo",
        P::Statement,
        B::Form("embargo=2030-01-01T00:00"),
    ),
    s(
        "POST",
        "/statements/{sid}/release",
        P::Statement,
        B::Form(""),
    ),
    s("GET", "/releases", P::None, B::Empty),
    s("GET", "/releases.atom", P::None, B::Empty),
    s("GET", "/sanctions", P::None, B::Empty),
    s("GET", "/sanctions/{xid}", P::Sanction, B::Empty),
    s("POST", "/procedures/{pid}/close", P::Procedure, B::Form("")),
    s(
        "POST",
        "/dossiers/{id}/picture/propose",
        P::Dossier,
        B::Form("deadline=2030-01-01T00:00"),
    ),
    s(
        "POST",
        "/dossiers/{id}/picture/object",
        P::Dossier,
        B::Form("proposal=1&reason=no"),
    ),
    s(
        "POST",
        "/dossiers/{id}/package",
        P::Dossier,
        B::Form("measure=hr-statement"),
    ),
    s(
        "POST",
        "/dossiers/{id}/procedure",
        P::Dossier,
        B::Form("text=t&rule=silence&deadline=2030-01-01T00:00"),
    ),
    s(
        "POST",
        "/dossiers/{id}/attribution",
        P::Dossier,
        B::Form("actor=X&term=likely&confidence=low&basis=technical&public=1&date=2026-11-01"),
    ),
    s(
        "POST",
        "/dossiers",
        P::None,
        B::Form("title=t&tlp=AMBER%2BSTRICT"),
    ),
    s(
        "POST",
        "/dossiers/{id}/evidence",
        P::Dossier,
        B::Form("kind=document&title=t&text=x"),
    ),
    s("GET", "/search", P::None, B::Empty),
    // search (issue 19): without `q` it lists what the reader may see, newest first; the
    // markers of every item are searched for in `check_search`
    s("GET", "/api/v1/search", P::None, B::Empty),
    s("GET", "/admin", P::None, B::Empty),
    s(
        "POST",
        "/admin/population",
        P::None,
        B::Form("table=%7B%22year%22%3A2026%7D"),
    ),
    s("GET", "/audit", P::None, B::Empty),
    s("GET", "/lang/{code}", P::None, B::Empty),
    s("GET", "/static/entente.css", P::None, B::Empty),
    s("GET", "/static/entente.js", P::None, B::Empty),
    // the API
    s("GET", "/api/v1/openapi.json", P::None, B::Empty),
    s("GET", "/api/v1/parties", P::None, B::Empty),
    s("GET", "/api/v1/parties/{id}", P::None, B::Empty),
    s("GET", "/api/v1/dossiers", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/dossiers",
        P::None,
        B::Json(r#"{"title":{"en":"harness"},"marking":{"tlp":"AMBER+STRICT"}}"#),
    ),
    s("GET", "/api/v1/dossiers/{id}", P::Dossier, B::Empty),
    s(
        "PUT",
        "/api/v1/dossiers/{id}",
        P::Dossier,
        B::Json(r#"{"title":{"en":"edited"}}"#),
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/transition",
        P::Dossier,
        B::Json(r#"{"to":"assessing"}"#),
    ),
    s("GET", "/api/v1/dossiers/{id}/history", P::Dossier, B::Empty),
    s(
        "GET",
        "/api/v1/dossiers/{id}/evidence",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/evidence",
        P::Dossier,
        B::Json(r#"{"kind":"link","title":"t","url":"https://example.org/"}"#),
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/evidence/{eid}/withdraw",
        P::Evidence,
        B::Json(r#"{"reason":"r"}"#),
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/assessments",
        P::Dossier,
        B::Empty,
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/assessments/{party}",
        P::Dossier,
        B::Empty,
    ),
    s(
        "PUT",
        "/api/v1/dossiers/{id}/assessments/{party}",
        P::Dossier,
        B::Json(ASSESSMENT),
    ),
    s("GET", "/api/v1/dossiers/{id}/picture", P::Dossier, B::Empty),
    s(
        "GET",
        "/api/v1/dossiers/{id}/picture/agreed",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/picture/proposals",
        P::Dossier,
        B::Json(r#"{"deadline":"2030-01-01T00:00:00Z"}"#),
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/picture/proposals/{n}/objections",
        P::Dossier,
        B::Json(r#"{"reason":"no"}"#),
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/procedures",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/procedures",
        P::Dossier,
        B::Json(r#"{"text":{"en":"t"},"rule":"unanimity","deadline":"2030-01-01T00:00:00Z"}"#),
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/responses",
        P::Dossier,
        B::Empty,
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/attributions",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/attributions",
        P::Dossier,
        B::Json(
            r#"{"actor":{"kind":"state","name":"X"},"term":"likely","confidence":"low","basis":["technical"],"public":true,"date":"2026-11-01"}"#,
        ),
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/packages",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/packages",
        P::Dossier,
        B::Json(r#"{"measures":["hr-statement"]}"#),
    ),
    s("GET", "/api/v1/dossiers/{id}/options", P::Dossier, B::Empty),
    s(
        "POST",
        "/api/v1/dossiers/{id}/options",
        P::Dossier,
        B::Json(r#"{"picture":{"scope":1}}"#),
    ),
    s(
        "GET",
        "/api/v1/dossiers/{id}/stix-bundle",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/attributions/{aid}/withdraw",
        P::Attribution,
        B::Json(r#"{"reason":"r"}"#),
    ),
    s(
        "POST",
        "/api/v1/procedures/evaluate",
        P::None,
        B::Json(r#"{"rule":"simple","positions":{"DE":"for"}}"#),
    ),
    s("GET", "/api/v1/procedures/{pid}", P::Procedure, B::Empty),
    s(
        "PUT",
        "/api/v1/procedures/{pid}/positions/{party}",
        P::Procedure,
        B::Json(r#"{"position":"for"}"#),
    ),
    s(
        "POST",
        "/api/v1/procedures/{pid}/close",
        P::Procedure,
        B::Empty,
    ),
    Spec {
        stream: true,
        ..s(
            "GET",
            "/api/v1/procedures/{pid}/stream",
            P::Procedure,
            B::Empty,
        )
    },
    // Annex III tables: public reference data (no marked item), loaded by an administrator.
    s("GET", "/api/v1/reference/population", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/reference/population",
        P::None,
        B::Json(r#"{"year":2026,"source":"harness","total":27,"figures":{"DE":27}}"#),
    ),
    s("GET", "/api/v1/stix/objects", P::None, B::Empty),
    s("GET", "/api/v1/stix/objects/{id}", P::Stix, B::Empty),
    s(
        "GET",
        "/api/v1/stix/objects/{id}/versions",
        P::Stix,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/stix/bundles",
        P::None,
        B::Json(
            r#"{"type":"bundle","id":"bundle--6d7a7f33-6c45-4f9e-9d1d-0b7e8b2e9f10","objects":[]}"#,
        ),
    ),
    // statements (issue 14)
    s(
        "GET",
        "/api/v1/dossiers/{id}/statements",
        P::Dossier,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/dossiers/{id}/statements",
        P::Dossier,
        B::Json(r#"{"kind":"press_release","lang":"en","title":"t","text":"x"}"#),
    ),
    s("GET", "/api/v1/statements/{sid}", P::Statement, B::Empty),
    s(
        "POST",
        "/api/v1/statements/{sid}/versions",
        P::Statement,
        B::Json(r#"{"title":"t","text":"x"}"#),
    ),
    s(
        "PUT",
        "/api/v1/statements/{sid}/languages/{lang}",
        P::Statement,
        B::Json(r#"{"title":"t","text":"x"}"#),
    ),
    s(
        "POST",
        "/api/v1/statements/{sid}/languages/{lang}/verify",
        P::Statement,
        B::Json("{}"),
    ),
    s(
        "PUT",
        "/api/v1/statements/{sid}/embargo",
        P::Statement,
        B::Json(r#"{"embargo":"2030-01-01T00:00:00Z"}"#),
    ),
    s(
        "POST",
        "/api/v1/statements/{sid}/release",
        P::Statement,
        B::Json("{}"),
    ),
    s(
        "GET",
        "/api/v1/statements/{sid}/diff",
        P::Statement,
        B::Empty,
    ),
    s(
        "GET",
        "/api/v1/statements/{sid}/export",
        P::Statement,
        B::Empty,
    ),
    s("GET", "/api/v1/statement-templates", P::None, B::Empty),
    // the sanctions register (issue 14)
    s("GET", "/api/v1/sanctions", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/sanctions",
        P::None,
        B::Json(
            r#"{"entry":{"kind":"person","name":"n","reasons":"r"},"acts":[],"date":"2026-01-01"}"#,
        ),
    ),
    s("GET", "/api/v1/sanctions/regime", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/sanctions/renewals",
        P::None,
        B::Json(r#"{"date":"2026-01-01","kind":"framework","acts":[]}"#),
    ),
    s("GET", "/api/v1/sanctions/export", P::None, B::Empty),
    s("GET", "/api/v1/sanctions/{xid}", P::Sanction, B::Empty),
    s(
        "POST",
        "/api/v1/sanctions/{xid}/amendments",
        P::Sanction,
        B::Json(
            r#"{"entry":{"kind":"person","name":"n","reasons":"r"},"acts":[{"kind":"decision","reference":"d"}],"date":"2026-02-01"}"#,
        ),
    ),
    s(
        "POST",
        "/api/v1/sanctions/{xid}/delisting",
        P::Sanction,
        B::Json(r#"{"acts":[{"kind":"decision","reference":"d"}],"date":"2026-02-01"}"#),
    ),
    s("GET", "/api/v1/session", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/session",
        P::None,
        B::Json(r#"{"user":"nobody","password":"x"}"#),
    ),
    s("DELETE", "/api/v1/session", P::None, B::Empty),
    s(
        "PUT",
        "/api/v1/session/password",
        P::None,
        B::Json(r#"{"current":"x","new":"y"}"#),
    ),
    s("POST", "/api/v1/session/second-factor", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/session/second-factor/confirm",
        P::None,
        B::Json(r#"{"enrolment":"x","code":"000000"}"#),
    ),
    s("GET", "/api/v1/tokens", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/tokens",
        P::None,
        B::Json(r#"{"scope":"read"}"#),
    ),
    s("DELETE", "/api/v1/tokens/{id}", P::Token, B::Empty),
    s("GET", "/api/v1/users", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/users",
        P::None,
        B::Json(
            r#"{"user":"harness.new","party":"DE","roles":["observer"],"password":"a long harness passphrase"}"#,
        ),
    ),
    s("GET", "/api/v1/users/{user}", P::None, B::Empty),
    s("POST", "/api/v1/users/{user}/activate", P::None, B::Empty),
    s("POST", "/api/v1/users/{user}/disable", P::None, B::Empty),
    s(
        "PUT",
        "/api/v1/users/{user}/roles",
        P::None,
        B::Json(r#"{"roles":["observer"]}"#),
    ),
    s(
        "PUT",
        "/api/v1/users/{user}/clearance",
        P::None,
        B::Json(r#"{"clearance":"none"}"#),
    ),
    s(
        "POST",
        "/api/v1/users/{user}/clearance/approve",
        P::None,
        B::Empty,
    ),
    s("POST", "/api/v1/users/{user}/password", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/users/{user}/password/approve",
        P::None,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/users/{user}/roles/approve",
        P::None,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/users/{user}/sessions/end",
        P::None,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/users/{user}/second-factor/reset",
        P::None,
        B::Empty,
    ),
    s("GET", "/api/v1/signon/rules", P::None, B::Empty),
    s(
        "PUT",
        "/api/v1/signon/rules/{id}",
        P::None,
        B::Json(r#"{"party":"DE","claim":"groups","value":"g","roles":["observer"]}"#),
    ),
    s("DELETE", "/api/v1/signon/rules/{id}", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/signon/rules/{id}/approve",
        P::None,
        B::Empty,
    ),
    s("GET", "/api/v1/audit", P::None, B::Empty),
    s("GET", "/api/v1/taxii/collections", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/taxii/collections",
        P::None,
        B::Json(r#"{"title":"harness"}"#),
    ),
    s(
        "DELETE",
        "/api/v1/taxii/collections/{id}",
        P::TaxiiCollection,
        B::Empty,
    ),
    // the log's signed head and proofs, for witnesses
    s("GET", "/api/v1/log/head", P::None, B::Empty),
    s("GET", "/api/v1/log/consistency", P::None, B::Empty),
    s("GET", "/api/v1/log/cosignatures", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/log/cosignatures",
        P::None,
        B::Json(r#"{"size":1}"#),
    ),
    s(
        "POST",
        "/api/v1/log/witnesses",
        P::None,
        B::Json(r#"{"witness_key":"00","user":"nobody"}"#),
    ),
    s("DELETE", "/api/v1/log/witnesses/{key}", P::None, B::Empty),
    // TAXII 2.1 (issue 13)
    s("GET", "/taxii2/", P::None, B::Empty),
    s("GET", "/taxii2/{root}/", P::None, B::Empty),
    s(
        "GET",
        "/taxii2/{root}/status/{status}/",
        P::TaxiiStatus,
        B::Empty,
    ),
    s("GET", "/taxii2/{root}/collections/", P::None, B::Empty),
    s(
        "GET",
        "/taxii2/{root}/collections/{id}/",
        P::TaxiiCollection,
        B::Empty,
    ),
    s(
        "GET",
        "/taxii2/{root}/collections/{id}/manifest/",
        P::TaxiiCollection,
        B::Empty,
    ),
    s(
        "GET",
        "/taxii2/{root}/collections/{id}/objects/",
        P::TaxiiCollection,
        B::Empty,
    ),
    s(
        "POST",
        "/taxii2/{root}/collections/{id}/objects/",
        P::TaxiiCollection,
        B::Taxii(r#"{"objects":[]}"#),
    ),
    s(
        "GET",
        "/taxii2/{root}/collections/{id}/objects/{object}/",
        P::TaxiiObject,
        B::Empty,
    ),
    s(
        "DELETE",
        "/taxii2/{root}/collections/{id}/objects/{object}/",
        P::TaxiiObject,
        B::Empty,
    ),
    s(
        "GET",
        "/taxii2/{root}/collections/{id}/objects/{object}/versions/",
        P::TaxiiObject,
        B::Empty,
    ),
    // the watch (issue 18)
    s("GET", "/api/v1/policy/measures", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/policy/measures",
        P::None,
        B::Json(
            r#"{"jurisdiction":"IN","title":"t","instrument":"law","topics":["ai"],"stage":"adopted","sources":[{"title":"s"}]}"#,
        ),
    ),
    s("GET", "/api/v1/policy/measures/{id}", P::Measure, B::Empty),
    s(
        "POST",
        "/api/v1/policy/measures/{id}/stage",
        P::Measure,
        B::Json(r#"{"stage":"repealed","date":"2030-01-01"}"#),
    ),
    s(
        "POST",
        "/api/v1/policy/measures/{id}/notes",
        P::Measure,
        B::Json(r#"{"effect":"adverse","note":"n"}"#),
    ),
    s("POST", "/api/v1/policy/imports", P::None, B::Empty),
    s("GET", "/api/v1/policy/subscriptions", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/policy/subscriptions",
        P::None,
        B::Json(r#"{"label":"l"}"#),
    ),
    s(
        "DELETE",
        "/api/v1/policy/subscriptions/{id}",
        P::None,
        B::Empty,
    ),
    s(
        "GET",
        "/api/v1/policy/subscriptions/{id}/feed",
        P::None,
        B::Empty,
    ),
    s("GET", "/api/v1/policy/alerts", P::None, B::Empty),
    s("GET", "/api/v1/policy/map.svg", P::None, B::Empty),
    s(
        "GET",
        "/api/v1/policy/jurisdictions/{id}/timeline.svg",
        P::None,
        B::Empty,
    ),
    s("GET", "/api/v1/fimi/incidents", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/fimi/incidents",
        P::None,
        B::Json(r#"{"name":"n","summary":"s"}"#),
    ),
    s("GET", "/api/v1/fimi/incidents/{id}", P::Incident, B::Empty),
    s(
        "POST",
        "/api/v1/fimi/incidents/{id}/countermeasures",
        P::Incident,
        B::Json(r#"{"countermeasure":"C00009","note":"n"}"#),
    ),
    s(
        "POST",
        "/api/v1/fimi/incidents/{id}/links",
        P::Incident,
        B::Json(r#"{"dossier":"none"}"#),
    ),
    s(
        "GET",
        "/api/v1/fimi/incidents/{id}/stix",
        P::Incident,
        B::Empty,
    ),
    s(
        "GET",
        "/api/v1/fimi/incidents/{id}/heatmap.svg",
        P::Incident,
        B::Empty,
    ),
    s("GET", "/api/v1/fimi/stix", P::None, B::Empty),
    s("GET", "/api/v1/elections/missions", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/elections/missions",
        P::None,
        B::Json(
            r#"{"name":"n","country":"MD","election_date":"2030-01-01","election":"e","platforms":["X"]}"#,
        ),
    ),
    s(
        "GET",
        "/api/v1/elections/missions/{id}",
        P::Mission,
        B::Empty,
    ),
    s(
        "POST",
        "/api/v1/elections/missions/{id}/entries",
        P::Mission,
        B::Json(r#"{"date":"2030-01-01","kind":"observation","text":"t"}"#),
    ),
    s("GET", "/api/v1/rights/records", P::None, B::Empty),
    s(
        "POST",
        "/api/v1/rights/records",
        P::None,
        B::Json(
            r#"{"kind":"shutdown","country":"IR","title":"t","summary":"s","start":"2030-01-01"}"#,
        ),
    ),
    s("GET", "/api/v1/rights/records/{id}", P::Rights, B::Empty),
    s(
        "POST",
        "/api/v1/rights/records/{id}/updates",
        P::Rights,
        B::Json(r#"{"date":"2030-01-02","text":"t"}"#),
    ),
];

/// The harness's TAXII collection of every STIX object (readable and writable by every
/// member, deletions allowed).
const EVERYTHING: &str = "0e0e0e0e-0e0e-4e0e-8e0e-0e0e0e0e0e0e";

#[test]
fn every_route_of_the_router_is_in_the_harness() {
    let inventory: BTreeSet<(String, String)> = entente_server::route_table()
        .inventory()
        .into_iter()
        .map(|r| (r.method.to_string(), r.path))
        .collect();
    let named: BTreeSet<(String, String)> = SPECS
        .iter()
        .map(|s| (s.method.to_string(), s.path.to_string()))
        .collect();
    let missing: Vec<_> = inventory.difference(&named).collect();
    let stale: Vec<_> = named.difference(&inventory).collect();
    assert!(
        missing.is_empty(),
        "routes of the router the visibility harness does not exercise (add them to SPECS): {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "routes in SPECS the router does not have: {stale:?}"
    );
}

// ---- a random world ------------------------------------------------------------------------

/// splitmix64: a small deterministic generator, so a failing seed can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

const PARTIES: &[&str] = &["DE", "FR", "EE", "LV", "FI", "EEAS", "INTCEN"];
const ROLES: &[Role] = &[
    Role::Delegate,
    Role::Analyst,
    Role::Chair,
    Role::Observer,
    Role::Admin,
    Role::SecurityOfficer,
];

struct Account {
    viewer: Viewer,
    token: String,
    token_id: String,
}

/// A marked item of the world, with what makes it recognisable in an answer.
struct Item {
    kind: P,
    /// The id as it appears in paths (`{id}`, `{eid}`, `{pid}`, `{aid}`).
    id: String,
    /// The dossier it belongs to (its own id for a dossier; none for STIX objects).
    dossier: Option<String>,
    origin: PartyId,
    author: UserId,
    /// Its own marking (a dossier's, or an item's narrower one; none: the dossier's).
    marking: Option<Marking>,
    /// A string only this item's content carries.
    marker: String,
}

struct World {
    /// When each STIX object was added (its TAXII date added).
    stix_added: Vec<(String, String)>,
    store: Arc<dyn Store>,
    clock: Arc<FixedClock>,
    router: Router,
    public_router: Router,
    accounts: Vec<Account>,
    items: Vec<Item>,
    _dir: tempfile::TempDir,
}

fn random_marking(rng: &mut Rng, accounts: &[Account]) -> Marking {
    let tlp = rng.pick(&Tlp::ALL);
    let mut m = Marking::tlp(tlp);
    if rng.chance(35) {
        m.classification = Some(rng.pick(&Classification::ALL[..3]));
    }
    for _ in 0..rng.below(3) {
        m.releasable_to
            .insert(PartyId::parse(rng.pick(PARTIES)).unwrap());
    }
    if tlp == Tlp::Red {
        for _ in 0..1 + rng.below(2) {
            m.recipients
                .insert(accounts[rng.below(accounts.len())].viewer.user.clone());
        }
    }
    m
}

/// A marking inside `container`: as strict or stricter (F3: never wider).
fn narrower(rng: &mut Rng, container: &Marking, accounts: &[Account]) -> Marking {
    let mut m = random_marking(rng, accounts);
    if m.tlp < container.tlp {
        m.tlp = container.tlp;
    }
    if m.classification < container.classification {
        m.classification = container.classification;
    }
    if m.tlp == Tlp::Red && m.recipients.is_empty() {
        m.recipients = container.recipients.clone();
        if m.recipients.is_empty() {
            m.recipients
                .insert(accounts[rng.below(accounts.len())].viewer.user.clone());
        }
    }
    if m.tlp != Tlp::Red {
        m.recipients.clear();
    }
    m
}

fn with(v: &Viewer, roles: &[Role]) -> Viewer {
    let mut v = v.clone();
    v.roles.extend(roles.iter().copied());
    v
}

fn text(s: &str) -> LocalizedText {
    LocalizedText::single(Lang::En, s)
}

/// Marked items of the watch (issue 18): measures, FIMI incidents, election monitoring records
/// and human rights records, each with a random marking and a marker in its text.
fn watch_items(
    store: &Arc<dyn Store>,
    rng: &mut Rng,
    seed: u64,
    accounts: &[Account],
    items: &mut Vec<Item>,
) {
    use entente_core::watch::election::MissionRecorded;
    use entente_core::watch::fimi::IncidentFacts;
    use entente_core::watch::measure::MeasureRecorded;
    use entente_core::watch::rights::RightsRecord;
    use entente_core::watch::text::Source;
    use entente_core::watch::{Instrument, Stage, Topic};
    let src = || {
        vec![Source {
            title: "s".into(),
            url: None,
            publisher: None,
            date: None,
        }]
    };
    for x in 0..12 {
        let author = accounts[rng.below(accounts.len())].viewer.clone();
        let marking = random_marking(rng, accounts);
        if !can_see(&author, &author.party, &author.user, &marking) || marking.check().is_err() {
            continue;
        }
        let by = with(&author, &[Role::Operator]);
        let marker = format!("MKs{seed}w{x}MK");
        let (kind, id) = match x % 4 {
            0 => {
                let id = format!("hx{seed}m{x}z");
                let body = MeasureRecorded {
                    id: String::new(),
                    jurisdiction: "CN".into(),
                    title: format!("Measure {marker}"),
                    original_title: None,
                    instrument: Instrument::parse("law").unwrap(),
                    topics: [Topic::parse("data-flows").unwrap()].into(),
                    summary: None,
                    url: None,
                    stage: Stage::parse("adopted").unwrap(),
                    stage_date: Some("2021-08-20".parse().unwrap()),
                    sources: src(),
                    sectors: vec![],
                    processes: vec![],
                    import_key: None,
                };
                store
                    .record_measure(&by, Some(&id), body, marking.clone())
                    .unwrap();
                (P::Measure, id)
            }
            1 => {
                let id = format!("hx{seed}i{x}z");
                let facts = IncidentFacts {
                    name: format!("Incident {marker}"),
                    summary: "s".into(),
                    first_seen: None,
                    last_seen: None,
                    techniques: vec![],
                    actors: vec![],
                    channels: vec![],
                    narratives: vec![],
                    targets: vec![],
                    languages: vec![],
                    sources: src(),
                };
                store
                    .record_incident(&by, Some(&id), facts, marking.clone())
                    .unwrap();
                (P::Incident, id)
            }
            2 => {
                let id = format!("hx{seed}e{x}z");
                let body = MissionRecorded {
                    id: String::new(),
                    name: format!("Mission {marker}"),
                    country: "MD".into(),
                    election_date: "2024-10-20".parse().unwrap(),
                    election: "presidential".into(),
                    platforms: vec!["X".into()],
                    accounts: vec![],
                };
                store
                    .record_mission(&by, Some(&id), body, marking.clone())
                    .unwrap();
                (P::Mission, id)
            }
            _ => {
                let id = format!("hx{seed}r{x}z");
                let record = RightsRecord {
                    kind: "shutdown".into(),
                    country: "IR".into(),
                    title: format!("Shutdown {marker}"),
                    summary: "s".into(),
                    start: "2022-09-21".parse().unwrap(),
                    end: None,
                    scope: None,
                    regions: None,
                    services: vec![],
                    sources: src(),
                };
                store
                    .record_rights(&by, Some(&id), record, marking.clone())
                    .unwrap();
                (P::Rights, id)
            }
        };
        items.push(Item {
            kind,
            id,
            dossier: None,
            origin: author.party.clone(),
            author: author.user.clone(),
            marking: Some(marking),
            marker,
        });
    }
}

fn world(seed: u64) -> World {
    let mut rng = Rng(seed);
    let common::TestStore { store, clock, dir } = common::store();
    register_parties(&*store, PARTIES);
    register_parties(&*store, &["EU"]);
    // Accounts: a chair of the EEAS, and random others.
    let mut specs: Vec<(String, &str, BTreeSet<Role>, Option<Classification>)> = vec![(
        format!("chair{seed}"),
        "EEAS",
        [Role::Chair, Role::Delegate].into(),
        Some(Classification::SecretUe),
    )];
    for i in 0..7 {
        let mut roles: BTreeSet<Role> = BTreeSet::new();
        for _ in 0..1 + rng.below(2) {
            roles.insert(rng.pick(ROLES));
        }
        let clearance = if rng.chance(60) {
            Some(rng.pick(&Classification::ALL[..3]))
        } else {
            None
        };
        specs.push((format!("u{seed}x{i}"), rng.pick(PARTIES), roles, clearance));
    }
    let mut accounts = Vec::new();
    for (name, party, roles, clearance) in specs {
        let viewer = Viewer {
            user: UserId::parse(&name).unwrap(),
            party: PartyId::parse(party).unwrap(),
            clearance,
            roles,
        };
        create_account(&*store, &viewer, "harness passphrase long");
        let token = format!("entt_harness_{name}");
        let token_id = format!("tok{name}");
        create_token(&*store, &viewer, &token_id, &token, TokenScope::ReadWrite);
        accounts.push(Account {
            viewer,
            token,
            token_id,
        });
    }

    let mut items = Vec::new();
    let sees =
        |v: &Viewer, origin: &PartyId, author: &UserId, m: &Marking| can_see(v, origin, author, m);
    for d in 0..8 {
        let author = accounts[rng.below(accounts.len())].viewer.clone();
        let marking = random_marking(&mut rng, &accounts);
        let id = format!("hx{seed}d{d}z");
        let marker = format!("MKs{seed}d{d}MK");
        if !sees(&author, &author.party, &author.user, &marking) || marking.check().is_err() {
            continue;
        }
        store
            .create_dossier(
                &with(&author, &[Role::Operator]),
                Some(&id),
                DossierFacts {
                    title: text(&format!("Dossier {marker}")),
                    summary: text(&format!("Summary {marker}")),
                    first_seen: None,
                    last_seen: None,
                    victims: vec![],
                    sources: vec![],
                },
                marking.clone(),
            )
            .unwrap();
        items.push(Item {
            kind: P::Dossier,
            id: id.clone(),
            dossier: Some(id.clone()),
            origin: author.party.clone(),
            author: author.user.clone(),
            marking: Some(marking.clone()),
            marker: marker.clone(),
        });
        // Contributions by accounts that see the dossier.
        let seers: Vec<Viewer> = accounts
            .iter()
            .map(|a| a.viewer.clone())
            .filter(|v| sees(v, &author.party, &author.user, &marking))
            .collect();
        if seers.is_empty() {
            continue;
        }
        // evidence, sometimes narrower than the dossier
        for e in 0..2 {
            let by = seers[rng.below(seers.len())].clone();
            let own = rng
                .chance(50)
                .then(|| narrower(&mut rng, &marking, &accounts))
                .filter(|m| sees(&by, &by.party, &by.user, m) && m.check().is_ok());
            let marker = format!("MKs{seed}d{d}e{e}MK");
            let Ok(ev) = store.add_evidence(
                &with(&by, &[Role::Analyst]),
                &id,
                EvidenceItem {
                    kind: EvidenceKind::Document,
                    title: format!("Evidence {marker}"),
                    url: None,
                    text: Some(format!("Text {marker}")),
                    source: None,
                    reliability: None,
                    credibility: None,
                    stix_id: None,
                },
                own.clone(),
            ) else {
                continue;
            };
            items.push(Item {
                kind: P::Evidence,
                id: ev.id,
                dossier: Some(id.clone()),
                origin: by.party.clone(),
                author: by.user.clone(),
                marking: own,
                marker,
            });
        }
        // an assessment of the contributor's own party, sometimes narrower
        let by = seers[rng.below(seers.len())].clone();
        let own = rng
            .chance(40)
            .then(|| narrower(&mut rng, &marking, &accounts))
            .filter(|m| sees(&by, &by.party, &by.user, m) && m.check().is_ok());
        let marker = format!("MKs{seed}d{d}aMK");
        let body: entente_core::picture::events::AssessmentBody = serde_json::from_value({
            let mut v: Value = serde_json::from_str(ASSESSMENT).unwrap();
            v["summary"] = json!(format!("Assessment {marker}"));
            v
        })
        .unwrap();
        if store
            .submit_assessment(
                &with(&by, &[Role::Analyst]),
                &id,
                &by.party,
                entente_store::assessments::Submission {
                    body,
                    version: None,
                    marking: own.clone(),
                },
            )
            .is_ok()
        {
            items.push(Item {
                kind: P::None,
                id: String::new(),
                dossier: Some(id.clone()),
                origin: by.party.clone(),
                author: by.user.clone(),
                marking: own,
                marker,
            });
        }
        // a procedure and a package by the chair, if the chair sees the dossier
        let chair = accounts[0].viewer.clone();
        if sees(&chair, &author.party, &author.user, &marking) {
            let marker = format!("MKs{seed}d{d}pMK");
            if let Ok(p) = store.open_procedure(
                &chair,
                &id,
                entente_store::procedures::OpenProcedure {
                    subject: entente_core::procedure::record::Subject::Text {
                        text: text(&format!("Procedure {marker}")),
                    },
                    rule: Some("unanimity".into()),
                    deadline: clock.now() + Duration::days(3),
                    participants: Some(vec!["DE".into(), "FR".into(), "EE".into()]),
                    population: None,
                    note: None,
                },
            ) {
                items.push(Item {
                    kind: P::Procedure,
                    id: p.id,
                    dossier: Some(id.clone()),
                    origin: chair.party.clone(),
                    author: chair.user.clone(),
                    marking: None,
                    marker,
                });
            }
            let marker = format!("MKs{seed}d{d}kMK");
            if store
                .assemble_package(
                    &chair,
                    &id,
                    vec!["hr-statement".into()],
                    Some(format!("Package {marker}")),
                )
                .is_ok()
            {
                items.push(Item {
                    kind: P::None,
                    id: String::new(),
                    dossier: Some(id.clone()),
                    origin: chair.party.clone(),
                    author: chair.user.clone(),
                    marking: None,
                    marker,
                });
            }
        }
        // a statement by the chair as drafter: released (with the dossier's marking) on every
        // other dossier, sometimes narrower otherwise; its marker is only in a Bulgarian draft,
        // which is never released; what a release publishes carries a public string only.
        if sees(&chair, &author.party, &author.user, &marking) {
            let drafter = with(&chair, &[Role::Drafter]);
            let release = d % 2 == 0;
            let own = (!release && rng.chance(50))
                .then(|| narrower(&mut rng, &marking, &accounts))
                .filter(|m| sees(&chair, &chair.party, &chair.user, m) && m.check().is_ok());
            let marker = format!("MKs{seed}d{d}sMK");
            let public = format!("PUBs{seed}d{d}");
            if let Ok(st) = store.draft_statement(
                &drafter,
                &id,
                entente_store::statements::NewStatement {
                    kind: "hr_declaration".into(),
                    lang: Lang::En,
                    title: format!("Statement {public}"),
                    text: format!("Released text {public}"),
                    template: None,
                    echoes: None,
                    marking: own.clone(),
                },
            ) {
                store
                    .translate_statement(
                        &drafter,
                        &st.id,
                        entente_store::statements::TranslationInput {
                            version: None,
                            lang: Lang::Bg,
                            title: format!("Draft {marker}"),
                            text: format!("Draft {marker}"),
                            status: Some("draft".into()),
                        },
                    )
                    .unwrap();
                if release {
                    store
                        .verify_statement(&drafter, &st.id, None, Lang::En)
                        .unwrap();
                    store
                        .open_procedure(
                            &chair,
                            &id,
                            entente_store::procedures::OpenProcedure {
                                subject: entente_core::procedure::record::Subject::Statement {
                                    statement: st.id.clone(),
                                    version: 1,
                                },
                                rule: Some("silence".into()),
                                deadline: clock.now() + Duration::hours(1),
                                participants: None,
                                population: None,
                                note: None,
                            },
                        )
                        .unwrap();
                    clock.advance(Duration::hours(2));
                    store
                        .set_statement_embargo(&chair, &st.id, clock.now())
                        .unwrap();
                    store.release_statement(&chair, &st.id, None).unwrap();
                }
                items.push(Item {
                    kind: P::Statement,
                    id: st.id,
                    dossier: Some(id.clone()),
                    origin: chair.party.clone(),
                    author: chair.user.clone(),
                    marking: own,
                    marker,
                });
            }
        }
        // a national attribution, sometimes not public with a narrower marking
        let by = seers[rng.below(seers.len())].clone();
        let public = rng.chance(50);
        let own = (!public)
            .then(|| narrower(&mut rng, &marking, &accounts))
            .map(|mut m| {
                if m.tlp == Tlp::Clear {
                    m.tlp = Tlp::Green;
                }
                m
            })
            .filter(|m| sees(&by, &by.party, &by.user, m) && m.check().is_ok());
        if public || own.is_some() {
            let marker = format!("MKs{seed}d{d}tMK");
            if let Ok(a) = store.record_attribution(
                &with(&by, &[Role::Delegate]),
                &id,
                entente_store::attributions::NewAttribution {
                    party: None,
                    actor: entente_core::procedure::record::AttributedActor::State {
                        name: "State X".into(),
                    },
                    term: "likely".into(),
                    confidence: "low".into(),
                    basis: vec!["technical".into()],
                    public,
                    date: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                    statement_url: None,
                    marking: own.clone(),
                    joint: false,
                    procedure: None,
                    note: Some(format!("Attribution {marker}")),
                },
            ) {
                items.push(Item {
                    kind: P::Attribution,
                    id: a.id,
                    dossier: Some(id.clone()),
                    origin: by.party.clone(),
                    author: by.user.clone(),
                    marking: own,
                    marker,
                });
            }
        }
    }
    // Entries of the sanctions register with random markings, each linked to a dossier the
    // recorder sees (a reader who sees the entry but not the dossier must not see the link).
    let chair = accounts[0].viewer.clone();
    let recorder = with(&chair, &[Role::Operator]);
    let linkable: Vec<String> = items
        .iter()
        .filter(|i| i.kind == P::Dossier)
        .filter(|i| {
            i.marking
                .as_ref()
                .is_some_and(|m| sees(&chair, &i.origin, &i.author, m))
        })
        .map(|i| i.id.clone())
        .collect();
    for x in 0..4 {
        let marking = random_marking(&mut rng, &accounts);
        if !sees(&chair, &chair.party, &chair.user, &marking) || marking.check().is_err() {
            continue;
        }
        let marker = format!("MKs{seed}n{x}MK");
        let id = format!("hx{seed}n{x}z");
        let link: Vec<String> = if linkable.is_empty() {
            Vec::new()
        } else {
            vec![linkable[rng.below(linkable.len())].clone()]
        };
        store
            .record_listing(
                &recorder,
                Some(&id),
                entente_store::sanctions::NewListing {
                    entry: entente_core::sanctions::Entry {
                        kind: "person".into(),
                        name: format!("Person {marker}"),
                        annex_entry: None,
                        aliases: vec![entente_core::sanctions::Alias {
                            name: format!("Псевдоним {marker}"),
                            kind: "transliteration".into(),
                        }],
                        birth_dates: vec![],
                        birth_places: vec![],
                        nationalities: vec![],
                        nationality_note: None,
                        gender: None,
                        function: None,
                        identifiers: vec![],
                        addresses: vec![],
                        reasons: format!("Reasons {marker}"),
                    },
                    acts: vec![entente_core::sanctions::LegalAct {
                        kind: "decision".into(),
                        reference: "Council Decision (CFSP) 2019/797".into(),
                        note: None,
                    }],
                    date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                    dossiers: link,
                    procedures: vec![],
                    sources: vec![],
                    note: None,
                    marking: Some(marking.clone()),
                },
            )
            .unwrap();
        items.push(Item {
            kind: P::Sanction,
            id,
            dossier: None,
            origin: chair.party.clone(),
            author: chair.user.clone(),
            marking: Some(marking),
            marker,
        });
    }
    // STIX objects with random TLP markings, by random importers.
    let tlp_refs = [
        ("clear", Tlp::Clear),
        ("green", Tlp::Green),
        ("amber", Tlp::Amber),
        ("amber+strict", Tlp::AmberStrict),
        ("red", Tlp::Red),
    ];
    let mut stix_added = Vec::new();
    for x in 0..5 {
        // A minute apart, so that the TAXII date headers tell which objects a page holds.
        clock.advance(Duration::minutes(1));
        let by = accounts[rng.below(accounts.len())].viewer.clone();
        let (level, tlp) = rng.pick(&tlp_refs);
        let def = entente_stix::vocab::TLP_MARKINGS
            .iter()
            .find(|m| m.version == 2 && m.level == level)
            .unwrap();
        let uuid = format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            rng.next() as u32,
            rng.next() as u16,
            rng.next() as u16 & 0xfff,
            rng.next() as u16 & 0xfff,
            rng.next() & 0xffff_ffff_ffff
        );
        let id = format!("attack-pattern--{uuid}");
        let marker = format!("MKs{seed}x{x}MK");
        let bundle = json!({"type": "bundle", "id": "bundle--0a7f3c3e-8d7b-4c6e-9d5f-1b2c3d4e5f60", "objects": [{
            "type": "attack-pattern", "spec_version": "2.1", "id": id,
            "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
            "name": format!("Technique {marker}"), "object_marking_refs": [def.id]
        }]});
        let bytes = bundle.to_string();
        let r = store
            .ingest_stix(
                &with(&by, &[Role::Analyst]),
                &mut bytes.as_bytes(),
                &Marking::tlp(Tlp::Green),
                &mut |_| {},
            )
            .unwrap();
        if r.events == 1 {
            stix_added.push((id.clone(), entente_core::event::format_time(clock.now())));
            let mut m = Marking::tlp(tlp);
            if tlp == Tlp::Red {
                m.recipients.insert(by.user.clone());
            }
            items.push(Item {
                kind: P::Stix,
                id,
                dossier: None,
                origin: by.party.clone(),
                author: by.user.clone(),
                marking: Some(m),
                marker,
            });
        }
    }

    // TAXII collections: one of everything (every member reads and writes it), and two with
    // random markings; a status resource of an envelope whose one object failed validation
    // (its id, in the status alone, is the status's marker).
    use entente_store::taxii::{Access, CollectionDefined, CollectionDefinition, CollectionFilter};
    let system = operator();
    for (c, id) in [
        (0, EVERYTHING.to_string()),
        (
            1,
            format!(
                "{:08x}-1111-4111-8111-{:012x}",
                seed,
                rng.next() & 0xffff_ffff_ffff
            ),
        ),
        (
            2,
            format!(
                "{:08x}-2222-4222-8222-{:012x}",
                seed,
                rng.next() & 0xffff_ffff_ffff
            ),
        ),
    ] {
        let marking = if c == 0 {
            Marking::tlp(Tlp::Green)
        } else {
            random_marking(&mut rng, &accounts)
        };
        if marking.check().is_err() {
            continue;
        }
        let marker = format!("MKs{seed}c{c}MK");
        // The console's operator defines them: a marking it could not read is refused.
        if !can_see(&system, &system.party, &system.user, &marking) {
            continue;
        }
        store
            .define_collection(
                &system,
                CollectionDefinition {
                    def: CollectionDefined {
                        id: id.clone(),
                        title: format!("Collection {marker}"),
                        description: None,
                        alias: None,
                        filter: CollectionFilter::default(),
                        can_read: Access::everyone(),
                        can_write: Some(Access::everyone()),
                        allow_delete: true,
                    },
                    marking: marking.clone(),
                },
            )
            .unwrap();
        items.push(Item {
            kind: P::TaxiiCollection,
            id,
            dossier: None,
            origin: system.party.clone(),
            author: system.user.clone(),
            marking: Some(marking),
            marker,
        });
    }
    if let Some(poster) = accounts
        .iter()
        .map(|a| a.viewer.clone())
        .find(|v| v.has_role(Role::Analyst) || v.has_role(Role::Delegate))
    {
        let bad_id = format!(
            "indicator--{:08x}-3333-4333-8333-{:012x}",
            seed,
            rng.next() & 0xffff_ffff_ffff
        );
        let st = store
            .taxii_add(
                &poster,
                EVERYTHING,
                vec![json!({"type": "indicator", "id": bad_id})],
            )
            .unwrap()
            .unwrap();
        assert_eq!(st.failures.len(), 1);
        let mut m = Marking::tlp(Tlp::Red);
        m.recipients.insert(poster.user.clone());
        items.push(Item {
            kind: P::TaxiiStatus,
            id: st.id,
            dossier: None,
            origin: poster.party.clone(),
            author: poster.user.clone(),
            marking: Some(m),
            marker: bad_id,
        });
    }

    watch_items(&store, &mut rng, seed, &accounts, &mut items);

    let auth = |public_read: bool| {
        let a = StoreAuth::new(store.clone(), clock.clone(), AuthConfig::default());
        let st = if public_read {
            AppState::with_public_read(store.clone(), Arc::new(a))
        } else {
            AppState::new(store.clone(), Arc::new(a))
        };
        entente_server::router(st)
    };
    World {
        stix_added,
        router: auth(false),
        public_router: auth(true),
        store,
        clock,
        accounts,
        items,
        _dir: dir,
    }
}

impl World {
    fn dossier(&self, id: &str) -> &Item {
        self.items
            .iter()
            .find(|i| i.kind == P::Dossier && i.id == id)
            .unwrap()
    }

    /// May `v` see `item`? Its dossier's marking and its own, with the container rule.
    fn visible(&self, v: &Viewer, item: &Item) -> bool {
        if let Some(d) = &item.dossier
            && item.kind != P::Dossier
        {
            let d = self.dossier(d);
            if !self.visible(v, d) {
                return false;
            }
        }
        match &item.marking {
            Some(m) => can_see(v, &item.origin, &item.author, m),
            None => true,
        }
    }

    /// The strings that must never reach `v`: markers and ids of what `v` may not see.
    fn hidden_strings(&self, v: &Viewer) -> Vec<String> {
        let mut out = Vec::new();
        for i in &self.items {
            if !self.visible(v, i) {
                out.push(i.marker.clone());
                if !i.id.is_empty() {
                    out.push(i.id.clone());
                }
            }
        }
        out
    }

    fn head(&self) -> u64 {
        self.store.head().unwrap().0
    }
}

// ---- calling routes ------------------------------------------------------------------------

struct Answer {
    status: StatusCode,
    headers: Vec<(String, String)>,
    body: String,
}

async fn call(router: &Router, method: &str, uri: &str, body: B, token: Option<&str>) -> Answer {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let body = match body {
        B::Empty => Body::empty(),
        B::Json(j) => {
            b = b.header(header::CONTENT_TYPE, "application/json");
            Body::from(j)
        }
        B::Form(f) => {
            b = b.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
            Body::from(f)
        }
        B::Taxii(j) => {
            b = b.header(header::CONTENT_TYPE, "application/taxii+json;version=2.1");
            Body::from(j)
        }
    };
    let resp = router.clone().oneshot(b.body(body).unwrap()).await.unwrap();
    let status = resp.status();
    let mut headers: Vec<(String, String)> = resp
        .headers()
        .iter()
        .filter(|(k, _)| *k != header::DATE)
        .map(|(k, v)| (k.to_string(), String::from_utf8_lossy(v.as_bytes()).into()))
        .collect();
    headers.sort();
    let bytes = axum::body::to_bytes(resp.into_body(), 16 << 20)
        .await
        .unwrap();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// An id of the same length and shape that names nothing.
fn missing_like(id: &str) -> String {
    id.chars()
        .map(|c| match c {
            'a'..='z' => 'q',
            '0'..='9' => '7',
            c => c,
        })
        .collect()
}

fn fill(path: &str, p: P, item: &str, dossier: Option<&str>, party: &str, user: &str) -> String {
    let mut out = path
        .replace("{party}", party)
        .replace("{n}", "1")
        .replace("{root}", "entente");
    out = out
        .replace("{code}", "en")
        .replace("{user}", user)
        .replace("{key}", &"0".repeat(64))
        .replace("{lang}", "fr");
    match p {
        P::Dossier => out.replace("{id}", item),
        P::Evidence => out
            .replace("{id}", dossier.unwrap_or(item))
            .replace("{eid}", item),
        P::Procedure => out.replace("{pid}", item),
        P::Attribution => out.replace("{aid}", item),
        P::Statement => out.replace("{sid}", item),
        P::Sanction => out.replace("{xid}", item),
        P::Stix | P::Token | P::TaxiiCollection => out.replace("{id}", item),
        P::Measure | P::Incident | P::Mission | P::Rights => out.replace("{id}", item),
        P::TaxiiObject => out.replace("{id}", EVERYTHING).replace("{object}", item),
        P::TaxiiStatus => out.replace("{status}", item),
        P::None => out.replace("{id}", "DE"),
    }
}

fn blank(a: &Answer, ids: &[&str]) -> (StatusCode, Vec<(String, String)>, String) {
    let mut body = a.body.clone();
    for id in ids {
        body = body.replace(id, "<ID>");
    }
    // The read-your-writes token is sealed with a fresh nonce on every answer: different each
    // time by design, it says nothing, so only its presence is compared.
    let headers = a
        .headers
        .iter()
        .map(|(k, v)| {
            if k == "entente-seq" {
                (k.clone(), "<sealed>".to_string())
            } else {
                (k.clone(), v.clone())
            }
        })
        .collect();
    (a.status, headers, body)
}

fn leaks(a: &Answer, hidden: &[String]) -> Option<String> {
    hidden
        .iter()
        .find(|h| {
            a.body.contains(h.as_str()) || a.headers.iter().any(|(_, v)| v.contains(h.as_str()))
        })
        .cloned()
}

async fn check_world(seed: u64) {
    let w = world(seed);
    assert!(
        w.items.iter().filter(|i| i.kind == P::Dossier).count() >= 3,
        "seed {seed}: too few dossiers to be worth checking"
    );
    assert!(
        w.items
            .iter()
            .any(|i| matches!(i.kind, P::Measure | P::Incident | P::Mission | P::Rights)),
        "seed {seed}: no item of the watch"
    );
    // Readers: every account, the public, and the public of an instance that publishes CLEAR.
    let mut readers: Vec<(Viewer, Option<String>, bool)> = w
        .accounts
        .iter()
        .map(|a| (a.viewer.clone(), Some(a.token.clone()), false))
        .collect();
    readers.push((Viewer::public(), None, false));
    readers.push((Viewer::public(), None, true));
    let some_user = w.accounts[1].viewer.user.to_string();
    for (v, token, public_read) in &readers {
        let router = if *public_read {
            &w.public_router
        } else {
            &w.router
        };
        let hidden = w.hidden_strings(v);
        let who = format!("seed {seed}, {} ({}) {:?}", v.user, v.party, v.roles);
        check_search(&w, router, v, token.as_deref(), &who).await;
        for spec in SPECS {
            // Sessions and accounts are not marked items; writes to them would change the world
            // under the next readers, so only their reads are checked for leaks.
            let reads = spec.method == "GET";
            match spec.params {
                P::None => {
                    if !reads || spec.path.contains("{user}") && spec.method != "GET" {
                        continue;
                    }
                    let uri = fill(spec.path, P::None, "", None, v.party.as_str(), &some_user);
                    let a = call(router, spec.method, &uri, spec.body, token.as_deref()).await;
                    if let Some(h) = leaks(&a, &hidden) {
                        panic!("{who}: {} {uri} shows hidden {h}", spec.method);
                    }
                }
                P::Token => {
                    // Another account's token answers like a missing one, unless the reader
                    // may end that account's sessions (then it would be revoked for real).
                    let Some(other) = w.accounts.iter().find(|a| {
                        a.viewer.user != v.user
                            && !entente_core::authz::permitted(
                                entente_core::authz::Action::AccountSessionsEnd,
                                &v.roles,
                                &entente_core::authz::Facts {
                                    own_party: a.viewer.party == v.party,
                                    not_self: true,
                                    ..Default::default()
                                },
                            )
                    }) else {
                        continue;
                    };
                    let miss = missing_like(&other.token_id);
                    let head = w.head();
                    let a = call(
                        router,
                        spec.method,
                        &fill(spec.path, P::Token, &other.token_id, None, "DE", ""),
                        spec.body,
                        token.as_deref(),
                    )
                    .await;
                    let b = call(
                        router,
                        spec.method,
                        &fill(spec.path, P::Token, &miss, None, "DE", ""),
                        spec.body,
                        token.as_deref(),
                    )
                    .await;
                    assert_eq!(
                        blank(&a, &[&other.token_id]),
                        blank(&b, &[&miss]),
                        "{who}: {} {} tells another's token from a missing one",
                        spec.method,
                        spec.path
                    );
                    assert_eq!(
                        w.head(),
                        head,
                        "{who}: {} {} appended",
                        spec.method,
                        spec.path
                    );
                }
                kind => {
                    // TAXII's object routes serve the world's STIX objects.
                    let of_kind: Vec<&Item> = w
                        .items
                        .iter()
                        .filter(|i| i.kind == kind || (kind == P::TaxiiObject && i.kind == P::Stix))
                        .collect();
                    // hidden versus missing
                    if let Some(h) = of_kind.iter().find(|i| !w.visible(v, i)) {
                        let miss = missing_like(&h.id);
                        let (hd, md) = match kind {
                            P::Evidence => {
                                // the dossier visible, the item not: or both hidden
                                let d = h.dossier.as_deref().unwrap();
                                (Some(d.to_string()), Some(d.to_string()))
                            }
                            _ => (None, None),
                        };
                        let party = v.party.as_str();
                        let head = w.head();
                        let a = call(
                            router,
                            spec.method,
                            &fill(spec.path, kind, &h.id, hd.as_deref(), party, ""),
                            spec.body,
                            token.as_deref(),
                        )
                        .await;
                        let b = call(
                            router,
                            spec.method,
                            &fill(spec.path, kind, &miss, md.as_deref(), party, ""),
                            spec.body,
                            token.as_deref(),
                        )
                        .await;
                        assert_eq!(
                            blank(&a, &[&h.id]),
                            blank(&b, &[&miss]),
                            "{who}: {} {} tells hidden {} from missing {miss}",
                            spec.method,
                            spec.path,
                            h.id
                        );
                        assert_eq!(
                            w.head(),
                            head,
                            "{who}: {} {} on a hidden or missing item appended to the log",
                            spec.method,
                            spec.path
                        );
                    }
                    // what a visible item's answers show
                    if reads && !spec.stream {
                        for item in of_kind.iter().filter(|i| w.visible(v, i)).take(3) {
                            let uri = fill(
                                spec.path,
                                kind,
                                &item.id,
                                item.dossier.as_deref(),
                                v.party.as_str(),
                                "",
                            );
                            let a =
                                call(router, spec.method, &uri, spec.body, token.as_deref()).await;
                            if let Some(h) = leaks(&a, &hidden) {
                                panic!("{who}: {} {uri} shows hidden {h}", spec.method);
                            }
                        }
                    }
                }
            }
        }
    }
    check_taxii_pages(&w, seed).await;
    let _ = &w.clock;
}

/// Search (issue 19): every item's marker is searched for, through the API and the page. A
/// visible item is found; a hidden one answers exactly like a marker nothing carries (no hit,
/// no total, no facet count), and no answer shows anything hidden. The count of a query that
/// matches every dossier is the number of dossiers the reader may see, in `total` and in the
/// `kind` facet.
async fn check_search(w: &World, router: &Router, v: &Viewer, token: Option<&str>, who: &str) {
    let hidden = w.hidden_strings(v);
    for item in &w.items {
        // The query itself is echoed back: only the other hidden strings must not appear.
        let others: Vec<String> = hidden
            .iter()
            .filter(|h| **h != item.marker)
            .cloned()
            .collect();
        for base in ["/api/v1/search?q=", "/search?q="] {
            let a = call(
                router,
                "GET",
                &format!("{base}{}", item.marker),
                B::Empty,
                token,
            )
            .await;
            if let Some(h) = leaks(&a, &others) {
                panic!("{who}: {base}{} shows hidden {h}", item.marker);
            }
            if w.visible(v, item) {
                if a.status == StatusCode::OK {
                    assert!(
                        a.body.contains(&item.marker),
                        "{who}: {base}{} does not find a visible item: {}",
                        item.marker,
                        a.body
                    );
                }
            } else {
                let miss = missing_like(&item.marker);
                let b = call(router, "GET", &format!("{base}{miss}"), B::Empty, token).await;
                assert_eq!(
                    blank(&a, &[&item.marker]),
                    blank(&b, &[&miss]),
                    "{who}: {base} tells hidden {} from a marker nothing carries",
                    item.marker
                );
            }
        }
    }
    let a = call(
        router,
        "GET",
        "/api/v1/search?q=Dossier&type=dossier&per_page=100",
        B::Empty,
        token,
    )
    .await;
    if a.status == StatusCode::OK {
        let want = w
            .items
            .iter()
            .filter(|i| i.kind == P::Dossier && w.visible(v, i))
            .count();
        let body: Value = serde_json::from_str(&a.body).unwrap();
        assert_eq!(body["total"], json!(want), "{who}: search total {}", a.body);
        let facet = body["facets"]["kind"]
            .as_array()
            .and_then(|f| f.iter().find(|x| x["value"] == "dossier"))
            .map(|x| x["count"].clone())
            .unwrap_or(json!(0));
        assert_eq!(facet, json!(want), "{who}: search facet {}", a.body);
    }
}

/// TAXII-specific: every page of the collection of everything, its manifest and each object's
/// versions hold exactly the STIX objects the reader may see, and the date headers are those
/// of the visible objects alone (TAXII 2.1 §5.3, §5.4, §5.8: `X-TAXII-Date-Added-First/Last`).
async fn check_taxii_pages(w: &World, seed: u64) {
    for a in &w.accounts {
        let v = &a.viewer;
        let who = format!("seed {seed}, {} ({})", v.user, v.party);
        let mut visible: Vec<&(String, String)> = w
            .stix_added
            .iter()
            .filter(|(id, _)| {
                w.items
                    .iter()
                    .any(|i| i.kind == P::Stix && &i.id == id && w.visible(v, i))
            })
            .collect();
        visible.sort_by(|x, y| x.1.cmp(&y.1));
        let want: BTreeSet<&str> = visible.iter().map(|(id, _)| id.as_str()).collect();
        for (what, query) in [
            ("objects", "?match[version]=all"),
            ("manifest", "?match[version]=all"),
            ("objects", "?limit=1"),
        ] {
            let uri = format!("/taxii2/entente/collections/{EVERYTHING}/{what}/{query}");
            let ans = call(&w.router, "GET", &uri, B::Empty, Some(&a.token)).await;
            assert_eq!(ans.status, StatusCode::OK, "{who}: {uri}: {}", ans.body);
            let body: Value = serde_json::from_str(&ans.body).unwrap();
            let got: BTreeSet<&str> = body["objects"]
                .as_array()
                .map(|xs| xs.iter().filter_map(|o| o["id"].as_str()).collect())
                .unwrap_or_default();
            let header = |name: &str| {
                ans.headers
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            };
            if query == "?limit=1" {
                assert_eq!(got.len(), want.len().min(1), "{who}: {uri}");
                assert_eq!(body["more"] == true, want.len() > 1, "{who}: {uri} more");
                assert_eq!(
                    header("x-taxii-date-added-first"),
                    visible.first().map(|(_, d)| d.clone()),
                    "{who}: {uri}"
                );
                continue;
            }
            assert_eq!(got, want, "{who}: {uri}");
            assert_eq!(
                header("x-taxii-date-added-first"),
                visible.first().map(|(_, d)| d.clone()),
                "{who}: {uri}"
            );
            assert_eq!(
                header("x-taxii-date-added-last"),
                visible.last().map(|(_, d)| d.clone()),
                "{who}: {uri}"
            );
        }
        for (id, _) in &w.stix_added {
            let uri = format!("/taxii2/entente/collections/{EVERYTHING}/objects/{id}/versions/");
            let ans = call(&w.router, "GET", &uri, B::Empty, Some(&a.token)).await;
            let expected = if want.contains(id.as_str()) {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            };
            assert_eq!(ans.status, expected, "{who}: {uri}");
        }
    }
}

#[tokio::test]
async fn nothing_hidden_reaches_anyone_on_any_route() {
    for seed in 1..=4 {
        check_world(seed).await;
    }
}
