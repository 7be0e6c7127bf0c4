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
    "store_closed",
    "internal",
    "database_error",
];

pub fn document() -> Value {
    let error = json!({"$ref": "#/components/responses/Error"});
    let id_param =
        json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}});
    json!({
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
    })
}
