//! The OpenAPI 3.1 document of the JSON API, served at `/api/v1/openapi.json`.

use serde_json::{Value, json};

/// Stable error codes of the API, as documented in the spec.
pub const ERROR_CODES: &[&str] = &[
    "invalid_input",
    "invalid_json",
    "invalid_query",
    "not_found",
    "no_such_route",
    "already_exists",
    "illegal_transition",
    "conflict",
    "forbidden",
    "unauthenticated",
    "invalid_credentials",
    "second_factor_required",
    "invalid_second_factor",
    "second_factor_enrolment_required",
    "second_factor_enrolled",
    "enrolment_expired",
    "too_many_attempts",
    "csrf_failed",
    "token_read_only",
    "token_cannot_create_tokens",
    "token_cannot_change_password",
    "token_cannot_enrol",
    "password_change_required",
    "too_many_streams",
    "payload_too_large",
    "store_closed",
    "internal",
    "database_error",
];

pub fn document() -> Value {
    let error = json!({"$ref": "#/components/responses/Error"});
    let id_param =
        json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": {
            "title": "entente API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The JSON API of entente. Every read is filtered by the caller's markings: an item the caller may not see answers 404, as if it did not exist."
        },
        "paths": {
            "/api/v1/parties": {"get": {"summary": "List the parties of the community", "operationId": "listParties",
                "responses": {"200": {"description": "Parties", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Party"}}}}}}}},
            "/api/v1/parties/{id}": {"get": {"summary": "Get a party", "operationId": "getParty", "parameters": [id_param],
                "responses": {"200": {"description": "The party", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Party"}}}}, "404": error}}},
            "/api/v1/dossiers": {
                "get": {"summary": "List the dossiers the caller may see", "operationId": "listDossiers",
                    "parameters": [
                        {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
                        {"name": "q", "in": "query", "description": "Substring of a title in any language", "schema": {"type": "string"}},
                        {"name": "victim", "in": "query", "description": "ISO 3166-1 alpha-2 code of a victim country", "schema": {"type": "string"}},
                        {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}}
                    ],
                    "responses": {"200": {"description": "A page of dossiers", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DossierPage"}}}}, "400": error}},
                "post": {"summary": "Create a dossier", "operationId": "createDossier",
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DossierCreate"}}}},
                    "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dossier"}}}}, "400": error, "401": error, "409": error}}
            },
            "/api/v1/dossiers/{id}": {
                "get": {"summary": "Get a dossier", "operationId": "getDossier", "parameters": [id_param],
                    "responses": {"200": {"description": "The dossier", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dossier"}}}}, "404": error}},
                "put": {"summary": "Replace a dossier's facts", "operationId": "updateDossier", "parameters": [id_param],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DossierUpdate"}}}},
                    "responses": {"200": {"description": "Updated", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dossier"}}}}, "400": error, "401": error, "404": error, "409": error}}
            },
            "/api/v1/dossiers/{id}/transition": {"post": {"summary": "Change a dossier's status", "operationId": "transitionDossier", "parameters": [id_param],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["to"], "additionalProperties": false,
                    "properties": {"to": {"$ref": "#/components/schemas/Status"}, "reason": {"type": "string", "maxLength": 2000}}}}}},
                "responses": {"200": {"description": "Transitioned", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dossier"}}}}, "400": error, "401": error, "404": error, "409": error}}},
            "/api/v1/dossiers/{id}/history": {"get": {"summary": "A dossier's timeline", "operationId": "dossierHistory", "parameters": [id_param],
                "responses": {"200": {"description": "Timeline", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "object"}}}}}, "404": error}}}
        },
        "components": {
            "responses": {"Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "schemas": {
                "Error": {"type": "object", "required": ["code", "message", "type", "link"], "properties": {
                    "code": {"type": "string", "enum": ERROR_CODES},
                    "message": {"type": "string", "description": "What went wrong, naming the field and what was expected"},
                    "type": {"type": "string", "enum": ["invalid_request", "auth", "internal"]},
                    "link": {"type": "string"}}},
                "Status": {"type": "string", "enum": ["detected", "assessing", "deliberating", "responded", "closed"]},
                "LocalizedText": {"type": "object", "description": "Versions of a text keyed by ISO 639-1 code of one of the 24 official EU languages",
                    "propertyNames": {"enum": ["bg","es","cs","da","de","et","el","en","fr","ga","hr","it","lv","lt","hu","mt","nl","pl","pt","ro","sk","sl","fi","sv"]},
                    "additionalProperties": {"type": "string"}},
                "Marking": {"type": "object", "required": ["tlp"], "additionalProperties": false, "properties": {
                    "tlp": {"type": "string", "enum": ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"]},
                    "classification": {"type": "string", "enum": ["RESTREINT UE", "CONFIDENTIEL UE", "SECRET UE", "TRES SECRET UE"]},
                    "releasable_to": {"type": "array", "items": {"type": "string"}},
                    "recipients": {"type": "array", "items": {"type": "string"}}}},
                "Party": {"type": "object", "properties": {"id": {"type": "string"}, "kind": {"type": "string", "enum": ["member_state", "eu_body", "partner_state", "international_organisation"]}, "name": {"$ref": "#/components/schemas/LocalizedText"}}},
                "Victim": {"type": "object", "required": ["country"], "properties": {"country": {"type": "string"}, "sector": {"type": "string"}}},
                "Source": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}, "publisher": {"type": "string"}, "url": {"type": "string"}, "date": {"type": "string"}}},
                "DossierCreate": {"type": "object", "required": ["id", "title"], "additionalProperties": false, "properties": {
                    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]{2,63}$"},
                    "title": {"$ref": "#/components/schemas/LocalizedText"}, "summary": {"$ref": "#/components/schemas/LocalizedText"},
                    "first_seen": {"type": "string", "format": "date"}, "last_seen": {"type": "string", "format": "date"},
                    "victims": {"type": "array", "items": {"$ref": "#/components/schemas/Victim"}},
                    "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
                    "marking": {"$ref": "#/components/schemas/Marking"}}},
                "DossierUpdate": {"type": "object", "required": ["title"], "additionalProperties": false, "properties": {
                    "title": {"$ref": "#/components/schemas/LocalizedText"}, "summary": {"$ref": "#/components/schemas/LocalizedText"},
                    "first_seen": {"type": "string", "format": "date"}, "last_seen": {"type": "string", "format": "date"},
                    "victims": {"type": "array", "items": {"$ref": "#/components/schemas/Victim"}},
                    "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
                    "version": {"type": "integer", "description": "The version edited; a mismatch answers 409"}}},
                "Dossier": {"type": "object", "properties": {
                    "id": {"type": "string"}, "status": {"$ref": "#/components/schemas/Status"},
                    "allowed_transitions": {"type": "array", "items": {"$ref": "#/components/schemas/Status"}},
                    "title": {"$ref": "#/components/schemas/LocalizedText"}, "summary": {"$ref": "#/components/schemas/LocalizedText"},
                    "first_seen": {"type": ["string", "null"], "format": "date"}, "last_seen": {"type": ["string", "null"], "format": "date"},
                    "victims": {"type": "array", "items": {"$ref": "#/components/schemas/Victim"}},
                    "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
                    "marking": {"$ref": "#/components/schemas/Marking"},
                    "origin": {"type": "string"}, "author": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"},
                    "version": {"type": "integer"}}},
                "DossierPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Dossier"}}, "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"}}}
            }
        }
    });
    identity_paths(&mut doc);
    crate::procedures_api::extend_openapi(&mut doc);
    crate::picture_api::extend_openapi(&mut doc);
    crate::stix_api::extend_openapi(&mut doc);
    crate::api::statements::extend_openapi(&mut doc);
    crate::api::sanctions::extend_openapi(&mut doc);
    crate::log_api::extend_openapi(&mut doc);
    crate::watch_api::extend_openapi(&mut doc);
    crate::search_api::extend_openapi(&mut doc);
    crate::taxii::admin::extend_openapi(&mut doc);
    doc
}

/// Sign-in, tokens, account administration and the audit trail (identity.rs).
fn identity_paths(doc: &mut Value) {
    let error = json!({"$ref": "#/components/responses/Error"});
    let id_param =
        json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    let user_param =
        json!({"name": "user", "in": "path", "required": true, "schema": {"type": "string"}});
    let session = json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}});
    let user =
        json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}});
    let empty = |status: &str, what: &str| json!({status: {"description": what}});
    let obj = |required: &[&str], props: Value| json!({"required": true, "content": {"application/json": {"schema": {"type": "object", "required": required, "additionalProperties": false, "properties": props}}}});
    let reset_half = json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ResetHalf"}}}});
    let account_post = |summary: &str, op: &str, ok: Value| {
        let mut responses = ok;
        for code in ["401", "403", "404", "409"] {
            responses[code] = error.clone();
        }
        json!({"post": {"summary": summary, "operationId": op, "parameters": [user_param.clone()], "responses": responses}})
    };
    let paths = json!({
        "/api/v1/session": {
            "get": {"summary": "Who the caller is, and the CSRF token of a cookie session", "operationId": "getSession",
                "responses": {"200": {"description": "The caller", "content": session["content"]}, "401": error}},
            "post": {"summary": "Sign in: sets the entente_session cookie (HttpOnly, SameSite=Strict). After an approved reset, `password` is the one-time code: the first half, then the second", "operationId": "signIn",
                "requestBody": obj(&["user", "password"], json!({"user": {"type": "string"}, "password": {"type": "string", "format": "password"},
                    "code": {"type": "string", "description": "The current code of the account's second factor"},
                    "recovery_code": {"type": "string", "description": "Or one of its recovery codes (each works once)"}})),
                "responses": {"200": {"description": "Signed in", "content": session["content"]}, "401": error, "429": error}},
            "delete": {"summary": "Sign out (needs X-CSRF-Token)", "operationId": "signOut", "responses": {"204": {"description": "Signed out"}, "403": error}}
        },
        "/api/v1/session/password": {"put": {"summary": "Change one's own password: a session opened by signing in only, never an API token; a wrong current password counts against the sign-in limiter and is recorded; the account's other sessions and tokens end", "operationId": "changeOwnPassword",
            "requestBody": obj(&["current", "new"], json!({"current": {"type": "string", "format": "password"}, "new": {"type": "string", "format": "password", "minLength": 12}})),
            "responses": {"204": {"description": "Changed"}, "400": error, "401": error, "403": error, "429": error}}},
        "/api/v1/session/second-factor": {"post": {"summary": "Start enrolling a second factor (a session opened by signing in only): a new TOTP secret and the enrolment token to confirm it with", "operationId": "startSecondFactor",
            "responses": {"200": {"description": "The secret", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Enrolment"}}}}, "401": error, "403": error, "409": error}}},
        "/api/v1/session/second-factor/confirm": {"post": {"summary": "Confirm the enrolment with the account's current password and the current code; the account's tokens and other sessions end; the answer holds ten recovery codes, shown once", "operationId": "confirmSecondFactor",
            "requestBody": obj(&["enrolment", "code", "password"], json!({"enrolment": {"type": "string"}, "code": {"type": "string"}, "password": {"type": "string", "format": "password"}})),
            "responses": {"200": {"description": "Enrolled", "content": {"application/json": {"schema": {"type": "object", "properties": {"recovery_codes": {"type": "array", "items": {"type": "string"}}}}}}}, "400": error, "401": error, "403": error, "409": error, "429": error}}},
        "/api/v1/tokens": {
            "get": {"summary": "The caller's API tokens (never the secrets)", "operationId": "listTokens",
                "responses": {"200": {"description": "Tokens", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Token"}}}}}, "401": error}},
            "post": {"summary": "Create an API token (from a signed-in session, never with a token; at most 20 live tokens and 20 a hour per account); the answer is the only time it is shown", "operationId": "createToken",
                "requestBody": obj(&["scope"], json!({"scope": {"type": "string", "enum": ["read", "read-write"]}, "label": {"type": "string", "maxLength": 200},
                    "expires_at": {"type": "string", "format": "date-time", "description": "At most a year ahead (the default)"}})),
                "responses": {"201": {"description": "Created (with `token`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}}}, "400": error, "401": error, "403": error, "409": error}}
        },
        "/api/v1/tokens/{id}": {"delete": {"summary": "Revoke a token (one's own; an admin or an officer of the owner's party: any of that account's)", "operationId": "revokeToken",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Revoked"}, "401": error, "404": error}}},
        "/api/v1/users": {
            "get": {"summary": "List accounts (an admin: all; a security officer: their party's)", "operationId": "listUsers",
                "responses": {"200": {"description": "Accounts", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}, "401": error, "403": error}},
            "post": {"summary": "Create an account (admin); it waits until a security officer of its party activates it", "operationId": "createUser",
                "requestBody": obj(&["user", "party", "roles", "password"], json!({"user": {"type": "string"}, "party": {"type": "string"}, "roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}},
                        "clearance": {"$ref": "#/components/schemas/Clearance"}, "password": {"type": "string", "minLength": 12}})),
                "responses": {"201": {"description": "Created", "content": user["content"]}, "400": error, "401": error, "403": error, "409": error}}
        },
        "/api/v1/users/{user}": {"get": {"summary": "An account (admin; a security officer: their party's). Any other account answers 404, like a missing one", "operationId": "getUser", "parameters": [user_param],
            "responses": {"200": {"description": "The account", "content": user["content"]}, "401": error, "403": error, "404": error}}},
        "/api/v1/users/{user}/activate": account_post("Activate an account an administrator created (a security officer of its party)", "activateUser",
            json!({"200": {"description": "Active", "content": user["content"]}})),
        "/api/v1/users/{user}/disable": {"post": {"summary": "Disable an account (admin; a security officer of its party); its sessions close, its tokens stop working", "operationId": "disableUser", "parameters": [user_param],
            "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "additionalProperties": false, "properties": {"reason": {"type": "string", "maxLength": 500}}}}}},
            "responses": {"204": {"description": "Disabled"}, "401": error, "403": error, "404": error}}},
        "/api/v1/users/{user}/roles": {"put": {"summary": "Replace an account's roles: removals take effect at once (200); added roles await a second person (202): party-bound roles asked by the admin, an officer of the account's party; security_officer asked by an officer, a second officer of the party or the admin", "operationId": "changeRoles", "parameters": [user_param],
            "requestBody": obj(&["roles"], json!({"roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}})),
            "responses": {"200": {"description": "Changed", "content": user["content"]}, "202": {"description": "Awaiting approval", "content": user["content"]}, "400": error, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/users/{user}/roles/approve": account_post("Approve requested roles (the second person: neither the one who asked nor the account)", "approveRoles",
            json!({"200": {"description": "In force", "content": user["content"]}})),
        "/api/v1/users/{user}/clearance": {"put": {"summary": "Grant a clearance (a security officer of the account's party): 200 in force; 202 for SECRET UE, awaiting a second officer", "operationId": "grantClearance", "parameters": [user_param],
            "requestBody": obj(&["clearance"], json!({"clearance": {"$ref": "#/components/schemas/Clearance"}})),
            "responses": {"200": {"description": "In force", "content": user["content"]}, "202": {"description": "Awaiting a second officer", "content": user["content"]}, "400": error, "401": error, "403": error, "404": error}}},
        "/api/v1/users/{user}/clearance/approve": account_post("Approve a requested clearance (a second security officer of the account's party)", "approveClearance",
            json!({"200": {"description": "In force", "content": user["content"]}})),
        "/api/v1/users/{user}/password": account_post("Ask for a password reset (a security officer of the account's party; no body): the answer holds the first half of the one-time code; nothing changes until a second person approves", "requestPasswordReset",
            json!({"202": {"description": "Asked for", "content": reset_half["content"]}, "400": error})),
        "/api/v1/users/{user}/password/approve": account_post("Approve a password reset (a second officer of the party or the admin): the answer holds the second half; the account's sessions and tokens end; its holder signs in with both halves and chooses a new password", "approvePasswordReset",
            json!({"200": {"description": "Reset", "content": reset_half["content"]}})),
        "/api/v1/users/{user}/second-factor/reset": account_post("Remove an account's second factor (a security officer of its party); its sessions and tokens end", "resetSecondFactor",
            empty("204", "Removed")),
        "/api/v1/users/{user}/sessions/end": account_post("End every session and token of an account (admin; a security officer of its party)", "endSessions",
            empty("204", "Ended")),
        "/api/v1/signon/rules": {"get": {"summary": "Single sign-on rules, in force and proposed (an admin: all; a security officer: their party's)", "operationId": "listSignOnRules",
            "responses": {"200": {"description": "Rules", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/SignOnRule"}}}}}, "401": error, "403": error}}},
        "/api/v1/signon/rules/{id}": {
            "put": {"summary": "Propose a rule of one's own party (a security officer; the id begins with the party's code): 202, in force once a second officer of the party or the admin approves", "operationId": "setSignOnRule",
                "parameters": [id_param.clone()],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SignOnRule"}}}},
                "responses": {"200": {"description": "In force (the operator)"}, "202": {"description": "Proposed"}, "400": error, "401": error, "403": error, "404": error, "409": error}},
            "delete": {"summary": "Remove a rule of one's own party, and its proposed replacement", "operationId": "removeSignOnRule", "parameters": [id_param.clone()],
                "responses": {"204": {"description": "Removed"}, "401": error, "403": error, "404": error}}},
        "/api/v1/signon/rules/{id}/approve": {"post": {"summary": "Approve a proposed rule (a second security officer of its party, or the admin)", "operationId": "approveSignOnRule", "parameters": [id_param.clone()],
            "responses": {"204": {"description": "In force"}, "401": error, "403": error, "404": error, "409": error}}},
        "/api/v1/audit": {"get": {"summary": "The audit trail (an admin; a security officer: their party's accounts): sign-ins, audited reads, exports and writes, filtered by the caller's markings, secrets redacted", "operationId": "audit",
            "parameters": [
                {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                {"name": "user", "in": "query", "schema": {"type": "string"}},
                {"name": "party", "in": "query", "schema": {"type": "string"}},
                {"name": "object", "in": "query", "schema": {"type": "string"}},
                {"name": "type", "in": "query", "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 200}}],
            "responses": {"200": {"description": "Newest first", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}}}}}, "400": error, "401": error, "403": error}}}
    });
    let schemas = json!({
        "Role": {"type": "string", "enum": ["delegate", "analyst", "drafter", "chair", "observer", "admin", "security_officer"]},
        "ResetHalf": {"type": "object", "properties": {"user": {"type": "string"}, "part": {"type": "integer", "enum": [1, 2]},
            "code_half": {"type": "string", "description": "Half of the one-time code, shown once: hand it to the account's holder, never to the other person"},
            "next": {"type": "string"}}},
        "Enrolment": {"type": "object", "properties": {"secret": {"type": "string"}, "otpauth_uri": {"type": "string"},
            "enrolment": {"type": "string"}, "expires_in_seconds": {"type": "integer"}}},
        "SignOnRule": {"type": "object", "required": ["party", "claim", "value", "roles"], "properties": {
            "id": {"type": "string"}, "party": {"type": "string"}, "claim": {"type": "string"}, "value": {"type": "string"},
            "roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}, "clearance": {"$ref": "#/components/schemas/Clearance"},
            "clearance_claim": {"type": "string"},
            "status": {"type": "string", "enum": ["active", "proposed"], "description": "In lists only"},
            "proposed_by": {"type": "string", "description": "In lists only, for a proposed rule"}}},
        "Clearance": {"type": ["string", "null"], "enum": ["none", "RESTREINT UE", "CONFIDENTIEL UE", "SECRET UE", null]},
        "Session": {"type": "object", "properties": {"user": {"type": "string"}, "party": {"type": "string"},
            "roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}, "clearance": {"type": ["string", "null"]},
            "expires_at": {"type": "string", "format": "date-time"}, "csrf_token": {"type": "string", "description": "Send as X-CSRF-Token with unsafe requests of a cookie session"}}},
        "User": {"type": "object", "properties": {"user": {"type": "string"}, "party": {"type": "string"},
            "roles": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}, "clearance": {"type": ["string", "null"]},
            "disabled": {"type": "boolean"}, "created_at": {"type": "string"}, "updated_at": {"type": "string"}}},
        "Token": {"type": "object", "properties": {"id": {"type": "string"}, "user": {"type": "string"}, "scope": {"type": "string", "enum": ["read", "read-write"]},
            "label": {"type": ["string", "null"]}, "created_at": {"type": "string"}, "revoked": {"type": "boolean"},
            "token": {"type": "string", "description": "Only in the answer to the creation"}}},
        "AuditEntry": {"type": "object", "properties": {"seq": {"type": "integer"}, "at": {"type": "string"}, "user": {"type": "string"}, "party": {"type": "string"},
            "type": {"type": "string"}, "payload": {"type": "object"}, "marking": {"$ref": "#/components/schemas/Marking"}}}
    });
    if let (Some(p), Some(add)) = (doc["paths"].as_object_mut(), paths.as_object()) {
        for (k, v) in add {
            p.insert(k.clone(), v.clone());
        }
    }
    if let (Some(s), Some(add)) = (
        doc["components"]["schemas"].as_object_mut(),
        schemas.as_object(),
    ) {
        for (k, v) in add {
            s.insert(k.clone(), v.clone());
        }
    }
}
