//! The validator: every MUST of STIX 2.1 that can be checked on one object (errors) and the
//! SHOULDs (warnings). Works on a borrowed `serde_json` map and allocates only for findings.
//! Cross-object checks (markings present in the bundle, duplicates) live in `stream.rs`.

use serde_json::{Map, Value};

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::{
    META_TYPES, ObjectClass, SCO_COMMON, SCO_TYPES, SDO_COMMON, SDO_TYPES, SRO_TYPES, classify,
    specific_properties,
};
use crate::report::{Finding, Rule, Severity};
use crate::syntax::{self, IdProblem, Timestamp};
use crate::vocab;

/// What to check.
#[derive(Debug, Clone)]
pub struct Options {
    /// Report SHOULD findings as warnings (errors are always reported).
    pub warnings: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { warnings: true }
    }
}

/// Validate one object (an SDO, SRO, SCO, meta or custom object); paths start at the object
/// (`/created`).
pub fn validate_object(value: &Value) -> Vec<Finding> {
    validate_value(value, "", &Options::default())
}

/// Validate one object whose JSON Pointer in the document is `base` (e.g. `/objects/3`).
pub fn validate_value(value: &Value, base: &str, opts: &Options) -> Vec<Finding> {
    let mut c = Checker {
        base,
        id: None,
        out: Vec::new(),
        warnings: opts.warnings,
    };
    match value {
        Value::Object(m) => check_object(&mut c, m),
        _ => c.report(
            Rule::NotObject,
            "",
            "every STIX object must be a JSON object".into(),
        ),
    }
    c.out
}

pub(crate) struct Checker<'a> {
    base: &'a str,
    id: Option<String>,
    pub(crate) out: Vec<Finding>,
    warnings: bool,
}

/// Escape one JSON Pointer token (RFC 6901).
pub(crate) fn pointer_token(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['~', '/']) {
        s.replace('~', "~0").replace('/', "~1").into()
    } else {
        s.into()
    }
}

impl Checker<'_> {
    fn report(&mut self, rule: Rule, rel: &str, message: String) {
        if rule.severity() == Severity::Warning && !self.warnings {
            return;
        }
        let path = if rel.is_empty() {
            self.base.to_string()
        } else {
            format!("{}/{}", self.base, rel)
        };
        self.out.push(Finding {
            object_id: self.id.clone(),
            path,
            rule,
            severity: rule.severity(),
            message,
        });
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Str,
    StrList,
    Ts,
    Bool,
    Int(i64, i64),
    Float(f64, f64),
    Ref(&'static [&'static str]),
    Refs(&'static [&'static str]),
    Dict,
    List,
}

const ANY: &[&str] = &[];
const SDO_OR_SCO: &[&str] = &["<sdo>", "<sco>", "<custom>"];
const SCO: &[&str] = &["<sco>", "<custom>"];
const MAX_COUNT: i64 = 999_999_999;

/// What the validator knows about one defined property of one type.
struct PropInfo {
    kind: Option<Kind>,
    vocab: Option<vocab::Vocabulary>,
}

type PropertyTable = HashMap<&'static str, HashMap<&'static str, PropInfo>>;

/// type -> property -> info, for every type the specification defines (custom objects under
/// `""`, with the common properties they share). Built once so that each property costs one
/// hash lookup instead of a walk through the tables.
fn property_table() -> &'static PropertyTable {
    static TABLE: OnceLock<PropertyTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        let all = SDO_TYPES
            .iter()
            .chain(SRO_TYPES)
            .chain(SCO_TYPES)
            .chain(META_TYPES);
        for ty in all {
            let common = if SCO_TYPES.contains(ty) {
                SCO_COMMON
            } else {
                SDO_COMMON
            };
            let mut props = HashMap::new();
            for p in common.iter().chain(specific_properties(ty)) {
                props.insert(
                    *p,
                    PropInfo {
                        kind: kind_of(ty, p),
                        vocab: vocab::vocabulary_for(ty, p),
                    },
                );
            }
            table.insert(*ty, props);
        }
        let mut custom = HashMap::new();
        for p in GENERIC_COMMON {
            custom.insert(
                *p,
                PropInfo {
                    kind: kind_of("", p),
                    vocab: None,
                },
            );
        }
        table.insert("", custom);
        table
    })
}

/// The value kind of a property the specification defines, by (type, property).
fn kind_of(ty: &str, prop: &str) -> Option<Kind> {
    use Kind::*;
    Some(match (ty, prop) {
        (_, "created_by_ref") => Ref(&["identity"]),
        (_, "object_marking_refs") => Refs(&["marking-definition"]),
        (_, "labels") => StrList,
        (_, "confidence") => Int(0, 100),
        (_, "lang") => Str,
        (_, "revoked" | "defanged") => Bool,
        (_, "external_references" | "granular_markings" | "kill_chain_phases") => List,
        (_, "extensions") => Dict,
        ("relationship", "source_ref" | "target_ref") => Ref(SDO_OR_SCO),
        ("sighting", "sighting_of_ref") => Ref(&["<sdo>", "<custom>"]),
        ("sighting", "observed_data_refs") => Refs(&["observed-data"]),
        ("sighting", "where_sighted_refs") => Refs(&["identity", "location"]),
        ("sighting", "count") => Int(0, MAX_COUNT),
        ("sighting", "summary") => Bool,
        ("malware", "operating_system_refs") => Refs(&["software"]),
        ("malware", "sample_refs") => Refs(&["file", "artifact"]),
        ("malware-analysis", "host_vm_ref" | "operating_system_ref") => Ref(&["software"]),
        ("malware-analysis", "installed_software_refs") => Refs(&["software"]),
        ("malware-analysis", "analysis_sco_refs") => Refs(SCO),
        ("malware-analysis", "sample_ref") => Ref(&["file", "artifact", "network-traffic"]),
        ("observed-data", "object_refs") => Refs(&["<sco>", "relationship", "<custom>"]),
        ("observed-data", "number_observed") => Int(1, MAX_COUNT),
        ("observed-data", "objects") => Dict,
        (_, "object_refs") => Refs(ANY),
        ("language-content", "object_ref") => Ref(ANY),
        ("language-content", "contents") => Dict,
        ("directory", "contains_refs") => Refs(&["file", "directory"]),
        ("domain-name", "resolves_to_refs") => Refs(&["ipv4-addr", "ipv6-addr", "domain-name"]),
        ("email-addr", "belongs_to_ref") => Ref(&["user-account"]),
        ("email-message", "from_ref" | "sender_ref") => Ref(&["email-addr"]),
        ("email-message", "to_refs" | "cc_refs" | "bcc_refs") => Refs(&["email-addr"]),
        ("email-message", "raw_email_ref") => Ref(&["artifact"]),
        ("email-message", "is_multipart") => Bool,
        ("email-message", "body_multipart") => List,
        ("email-message", "additional_header_fields") => Dict,
        ("file", "parent_directory_ref") => Ref(&["directory"]),
        ("file", "contains_refs") => Refs(SCO),
        ("file", "content_ref") => Ref(&["artifact"]),
        ("file", "size") => Int(0, i64::MAX),
        ("ipv4-addr" | "ipv6-addr", "resolves_to_refs") => Refs(&["mac-addr"]),
        ("ipv4-addr" | "ipv6-addr", "belongs_to_refs") => Refs(&["autonomous-system"]),
        ("network-traffic", "src_ref" | "dst_ref") => {
            Ref(&["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"])
        }
        ("network-traffic", "src_payload_ref" | "dst_payload_ref") => Ref(&["artifact"]),
        ("network-traffic", "encapsulates_refs") => Refs(&["network-traffic"]),
        ("network-traffic", "encapsulated_by_ref") => Ref(&["network-traffic"]),
        ("network-traffic", "src_port" | "dst_port") => Int(0, 65535),
        (
            "network-traffic",
            "src_byte_count" | "dst_byte_count" | "src_packets" | "dst_packets",
        ) => Int(0, i64::MAX),
        ("network-traffic", "is_active") => Bool,
        ("network-traffic", "ipfix") => Dict,
        ("process", "opened_connection_refs") => Refs(&["network-traffic"]),
        ("process" | "windows-registry-key", "creator_user_ref") => Ref(&["user-account"]),
        ("process", "image_ref") => Ref(&["file"]),
        ("process", "parent_ref") => Ref(&["process"]),
        ("process", "child_refs") => Refs(&["process"]),
        ("process", "is_hidden") => Bool,
        ("process", "environment_variables") => Dict,
        ("process", "pid") => Int(i64::MIN, i64::MAX),
        ("windows-registry-key", "number_of_subkeys") => Int(0, i64::MAX),
        ("windows-registry-key", "values") => List,
        ("autonomous-system", "number") => Int(0, i64::MAX),
        ("location", "latitude") => Float(-90.0, 90.0),
        ("location", "longitude") => Float(-180.0, 180.0),
        ("location", "precision") => Float(0.0, f64::MAX),
        ("malware", "is_family") => Bool,
        ("marking-definition", "definition") => Dict,
        ("extension-definition", "schema" | "version" | "name") => Str,
        ("x509-certificate", "is_self_signed")
        | (
            "user-account",
            "is_service_account" | "is_privileged" | "can_escalate_privs" | "is_disabled",
        ) => Bool,
        ("artifact" | "file" | "x509-certificate", "hashes") => Dict,
        ("x509-certificate", "x509_v3_extensions") => Dict,
        (
            _,
            "first_seen"
            | "last_seen"
            | "valid_from"
            | "valid_until"
            | "submitted"
            | "analysis_started"
            | "analysis_ended"
            | "first_observed"
            | "last_observed"
            | "published"
            | "start_time"
            | "stop_time"
            | "object_modified"
            | "ctime"
            | "mtime"
            | "atime"
            | "date"
            | "start"
            | "end"
            | "created_time"
            | "modified_time"
            | "account_created"
            | "account_expires"
            | "credential_last_changed"
            | "account_first_login"
            | "account_last_login"
            | "validity_not_before"
            | "validity_not_after",
        ) => Ts,
        (
            _,
            "aliases"
            | "goals"
            | "roles"
            | "sectors"
            | "indicator_types"
            | "infrastructure_types"
            | "malware_types"
            | "architecture_execution_envs"
            | "implementation_languages"
            | "capabilities"
            | "modules"
            | "authors"
            | "report_types"
            | "threat_actor_types"
            | "secondary_motivations"
            | "personal_motivations"
            | "tool_types"
            | "protocols"
            | "received_lines"
            | "languages"
            | "extension_types"
            | "extension_properties",
        ) => StrList,
        (
            _,
            "name"
            | "description"
            | "objective"
            | "context"
            | "identity_class"
            | "contact_information"
            | "pattern"
            | "pattern_type"
            | "pattern_version"
            | "region"
            | "country"
            | "administrative_area"
            | "city"
            | "street_address"
            | "postal_code"
            | "product"
            | "version"
            | "configuration_version"
            | "analysis_engine_version"
            | "analysis_definition_version"
            | "result_name"
            | "result"
            | "abstract"
            | "content"
            | "explanation"
            | "opinion"
            | "sophistication"
            | "resource_level"
            | "primary_motivation"
            | "tool_version"
            | "relationship_type"
            | "value"
            | "path"
            | "key"
            | "mime_type"
            | "payload_bin"
            | "url"
            | "decryption_key"
            | "encryption_algorithm"
            | "display_name"
            | "content_type"
            | "message_id"
            | "subject"
            | "body"
            | "name_enc"
            | "path_enc"
            | "magic_number_hex"
            | "cwd"
            | "command_line"
            | "cpe"
            | "swid"
            | "vendor"
            | "user_id"
            | "credential"
            | "account_login"
            | "account_type"
            | "serial_number"
            | "signature_algorithm"
            | "issuer"
            | "subject_public_key_algorithm"
            | "subject_public_key_modulus"
            | "rir"
            | "definition_type"
            | "action",
        ) => Str,
        _ => return None,
    })
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn class_matches(allowed: &[&str], ref_type: &str) -> bool {
    if allowed.is_empty() || allowed.contains(&ref_type) {
        return true;
    }
    match classify(ref_type) {
        ObjectClass::Domain => allowed.contains(&"<sdo>"),
        ObjectClass::Observable => allowed.contains(&"<sco>"),
        ObjectClass::Custom => allowed.contains(&"<custom>"),
        _ => false,
    }
}

fn describe_allowed(allowed: &[&str]) -> String {
    allowed
        .iter()
        .map(|a| match *a {
            "<sdo>" => "an SDO",
            "<sco>" => "an SCO",
            "<custom>" => "a custom object",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" or ")
}

fn check_ref(c: &mut Checker<'_>, rel: &str, prop: &str, v: &Value, allowed: &[&str]) {
    let Some(s) = v.as_str() else {
        c.report(
            Rule::PropertyType,
            rel,
            format!(
                "'{prop}' must be an identifier string, found {}",
                json_type(v)
            ),
        );
        return;
    };
    match syntax::parse_identifier(s) {
        Ok((ty, _)) => {
            if !class_matches(allowed, ty) {
                c.report(
                    Rule::RefType,
                    rel,
                    format!(
                        "'{prop}' must refer to {}, not to a '{ty}'",
                        describe_allowed(allowed)
                    ),
                );
            }
        }
        Err(_) => c.report(
            Rule::RefFormat,
            rel,
            format!("'{prop}' value '{s}' is not an identifier 'type--UUID'"),
        ),
    }
}

fn check_kind(c: &mut Checker<'_>, prop: &str, rel: &str, v: &Value, kind: Kind) {
    match kind {
        Kind::Str => {
            if !v.is_string() {
                c.report(
                    Rule::PropertyType,
                    rel,
                    format!("'{prop}' must be a string, found {}", json_type(v)),
                );
            }
        }
        Kind::Bool => {
            if !v.is_boolean() {
                c.report(
                    Rule::PropertyType,
                    rel,
                    format!("'{prop}' must be a boolean, found {}", json_type(v)),
                );
            }
        }
        Kind::Dict => {
            if let Some(m) = v.as_object() {
                if m.is_empty() && prop != "objects" {
                    c.report(
                        Rule::DictionaryKey,
                        rel,
                        format!("'{prop}' must not be an empty dictionary"),
                    );
                }
                for k in m.keys() {
                    if !syntax::is_valid_dictionary_key(k) {
                        c.report(
                            Rule::DictionaryKey,
                            &format!("{rel}/{}", pointer_token(k)),
                            format!(
                                "dictionary key '{k}' in '{prop}' must be 1 to 250 ASCII characters"
                            ),
                        );
                    }
                }
            } else {
                c.report(
                    Rule::PropertyType,
                    rel,
                    format!("'{prop}' must be a dictionary, found {}", json_type(v)),
                );
            }
        }
        Kind::List => match v.as_array() {
            Some(a) if a.is_empty() => c.report(
                Rule::EmptyList,
                rel,
                format!("'{prop}' must not be an empty list"),
            ),
            Some(_) => {}
            None => c.report(
                Rule::PropertyType,
                rel,
                format!("'{prop}' must be a list, found {}", json_type(v)),
            ),
        },
        Kind::StrList => match v.as_array() {
            Some(a) if a.is_empty() => c.report(
                Rule::EmptyList,
                rel,
                format!("'{prop}' must not be an empty list"),
            ),
            Some(a) => {
                for (i, item) in a.iter().enumerate() {
                    if !item.is_string() {
                        c.report(
                            Rule::PropertyType,
                            &format!("{rel}/{i}"),
                            format!("items of '{prop}' must be strings"),
                        );
                    }
                }
            }
            None => c.report(
                Rule::PropertyType,
                rel,
                format!("'{prop}' must be a list of strings, found {}", json_type(v)),
            ),
        },
        Kind::Ts => {
            check_timestamp(c, prop, rel, v, false);
        }
        Kind::Int(lo, hi) => match v.as_i64() {
            Some(n) if n < lo || n > hi => c.report(
                Rule::Range,
                rel,
                format!("'{prop}' must be between {lo} and {hi}, found {n}"),
            ),
            Some(_) => {}
            None => c.report(
                Rule::PropertyType,
                rel,
                format!("'{prop}' must be an integer, found {}", json_type(v)),
            ),
        },
        Kind::Float(lo, hi) => match v.as_f64() {
            Some(n) if n < lo || n > hi => c.report(
                Rule::Range,
                rel,
                format!("'{prop}' must be between {lo} and {hi}, found {n}"),
            ),
            Some(_) => {}
            None => c.report(
                Rule::PropertyType,
                rel,
                format!("'{prop}' must be a number, found {}", json_type(v)),
            ),
        },
        Kind::Ref(allowed) => check_ref(c, rel, prop, v, allowed),
        Kind::Refs(allowed) => match v.as_array() {
            Some(a) if a.is_empty() => c.report(
                Rule::EmptyList,
                rel,
                format!("'{prop}' must not be an empty list"),
            ),
            Some(a) => {
                for (i, item) in a.iter().enumerate() {
                    check_ref(c, &format!("{rel}/{i}"), prop, item, allowed);
                }
            }
            None => c.report(
                Rule::PropertyType,
                rel,
                format!(
                    "'{prop}' must be a list of identifiers, found {}",
                    json_type(v)
                ),
            ),
        },
    }
}

fn check_vocab(
    c: &mut Checker<'_>,
    prop: &str,
    rel: &str,
    v: &Value,
    vocabulary: vocab::Vocabulary,
) {
    let one = |c: &mut Checker<'_>, rel: &str, s: &str| {
        if !vocabulary.contains(s) {
            let rule = if vocabulary.closed {
                Rule::EnumValue
            } else {
                Rule::VocabValue
            };
            c.report(
                rule,
                rel,
                format!("'{prop}' value '{s}' is not in {}", vocabulary.name),
            );
        }
    };
    match v {
        Value::String(s) => one(c, rel, s),
        Value::Array(a) => {
            for (i, item) in a.iter().enumerate() {
                if let Some(s) = item.as_str() {
                    one(c, &format!("{rel}/{i}"), s);
                }
            }
        }
        _ => {}
    }
}

fn check_timestamp(
    c: &mut Checker<'_>,
    prop: &str,
    rel: &str,
    v: &Value,
    millis: bool,
) -> Option<Timestamp> {
    let Some(s) = v.as_str() else {
        c.report(
            Rule::PropertyType,
            rel,
            format!(
                "'{prop}' must be a timestamp string, found {}",
                json_type(v)
            ),
        );
        return None;
    };
    match syntax::parse_timestamp(s) {
        Some(t) => {
            if millis && t.frac_digits < 3 {
                c.report(
                    Rule::TimestampPrecision,
                    rel,
                    format!("'{prop}' ('{s}') must be precise to the millisecond, e.g. '2016-05-12T08:17:27.000Z'"),
                );
            }
            Some(t)
        }
        None => {
            c.report(
                Rule::TimestampFormat,
                rel,
                format!("'{prop}' ('{s}') is not an RFC 3339 timestamp in UTC of the form YYYY-MM-DDTHH:mm:ss[.s+]Z"),
            );
            None
        }
    }
}

fn ts_of(m: &Map<String, Value>, prop: &str) -> Option<Timestamp> {
    m.get(prop)
        .and_then(Value::as_str)
        .and_then(syntax::parse_timestamp)
}

fn order(c: &mut Checker<'_>, m: &Map<String, Value>, first: &str, later: &str, strict: bool) {
    if let (Some(a), Some(b)) = (ts_of(m, first), ts_of(m, later)) {
        let bad = if strict { b <= a } else { b < a };
        if bad {
            let rel = pointer_token(later).into_owned();
            let rule = if first == "created" {
                Rule::ModifiedBeforeCreated
            } else {
                Rule::TimestampOrder
            };
            let word = if strict {
                "later than"
            } else {
                "later than or equal to"
            };
            c.report(rule, &rel, format!("'{later}' must be {word} '{first}'"));
        }
    }
}

fn require(c: &mut Checker<'_>, m: &Map<String, Value>, ty: &str, props: &[&str]) {
    for p in props {
        if !m.contains_key(*p) {
            c.report(
                Rule::RequiredProperty,
                "",
                format!("'{ty}' objects must have the property '{p}'"),
            );
        }
    }
}

fn at_least_one(c: &mut Checker<'_>, m: &Map<String, Value>, ty: &str, props: &[&str]) {
    if !props.iter().any(|p| m.contains_key(*p)) {
        c.report(
            Rule::AtLeastOne,
            "",
            format!(
                "'{ty}' objects must have at least one of: {}",
                props.join(", ")
            ),
        );
    }
}

fn forbid(c: &mut Checker<'_>, m: &Map<String, Value>, prop: &str, why: &str) {
    if m.contains_key(prop) {
        c.report(
            Rule::ForbiddenProperty,
            &pointer_token(prop),
            format!("'{prop}' must not be present {why}"),
        );
    }
}

fn check_object(c: &mut Checker<'_>, m: &Map<String, Value>) {
    c.id = m.get("id").and_then(Value::as_str).map(str::to_owned);
    let ty = match m.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(v) => {
            c.report(
                Rule::TypeMissing,
                "type",
                format!("'type' must be a string, found {}", json_type(v)),
            );
            return;
        }
        None => {
            c.report(
                Rule::TypeMissing,
                "",
                "the object has no 'type' property".into(),
            );
            return;
        }
    };
    if !syntax::is_valid_type_name(ty) {
        c.report(
            Rule::TypeFormat,
            "type",
            format!("type '{ty}' must be 3-250 characters of a-z, 0-9 and '-', start with a letter and not contain '--'"),
        );
    }
    let class = classify(ty);
    if class == ObjectClass::Bundle {
        c.report(
            Rule::BundleFormat,
            "type",
            "a bundle must not be nested inside another bundle's objects".into(),
        );
        return;
    }
    if class == ObjectClass::Custom && !ty.starts_with("x-") {
        c.report(
            Rule::CustomObjectPrefix,
            "type",
            format!("custom object type '{ty}' should start with 'x-'"),
        );
    }

    // id (§2.9)
    match m.get("id") {
        None => c.report(
            Rule::IdMissing,
            "",
            "the object has no 'id' property".into(),
        ),
        Some(Value::String(id)) => match syntax::parse_identifier(id) {
            Ok((prefix, version)) => {
                if prefix != ty {
                    c.report(
                        Rule::IdTypeMismatch,
                        "id",
                        format!("id '{id}' must start with '{ty}--'"),
                    );
                }
                if !(1..=5).contains(&version) {
                    c.report(
                        Rule::IdFormat,
                        "id",
                        format!("the UUID of '{id}' has no RFC 4122 version (1-5)"),
                    );
                } else if version != 4
                    && (matches!(class, ObjectClass::Domain | ObjectClass::Relationship)
                        || ty == "process")
                {
                    c.report(
                        Rule::UuidVersion,
                        "id",
                        format!("the UUID of '{id}' should be a version 4 UUID"),
                    );
                }
            }
            Err(IdProblem::Shape) => c.report(
                Rule::IdFormat,
                "id",
                format!("id '{id}' is not of the form 'type--UUID'"),
            ),
            Err(IdProblem::Uuid) => c.report(
                Rule::IdFormat,
                "id",
                format!("the UUID part of '{id}' is not an RFC 4122 UUID"),
            ),
        },
        Some(v) => c.report(
            Rule::PropertyType,
            "id",
            format!("'id' must be a string, found {}", json_type(v)),
        ),
    }

    // spec_version (§3.2)
    let needs_version = matches!(
        class,
        ObjectClass::Domain | ObjectClass::Relationship | ObjectClass::Meta
    );
    match m.get("spec_version") {
        None if needs_version => c.report(
            Rule::SpecVersionMissing,
            "",
            format!("'{ty}' objects must have 'spec_version': \"2.1\""),
        ),
        None => {}
        Some(Value::String(v)) if v == "2.1" => {}
        Some(v) => c.report(
            Rule::SpecVersionValue,
            "spec_version",
            format!("'spec_version' must be \"2.1\", found {v}"),
        ),
    }

    // created / modified (§3.2)
    let (needs_created, needs_modified) = match (class, ty) {
        (ObjectClass::Domain | ObjectClass::Relationship, _) => (true, true),
        (_, "marking-definition") => (true, false),
        (ObjectClass::Meta, _) => (true, true),
        _ => (false, false),
    };
    for (p, needed) in [("created", needs_created), ("modified", needs_modified)] {
        match m.get(p) {
            Some(v) => {
                check_timestamp(c, p, p, v, true);
            }
            None if needed => c.report(
                Rule::RequiredProperty,
                "",
                format!("'{ty}' objects must have '{p}'"),
            ),
            None => {}
        }
    }
    order(c, m, "created", "modified", false);
    if class == ObjectClass::Observable {
        for p in [
            "created",
            "modified",
            "created_by_ref",
            "revoked",
            "labels",
            "confidence",
            "lang",
            "external_references",
        ] {
            if m.contains_key(p) {
                c.report(
                    Rule::CustomPropertyPrefix,
                    p,
                    format!("'{p}' is not a property of cyber-observable objects; a custom one should start with 'x_'"),
                );
            }
        }
    }

    // Every property: kinds, refs, custom naming.
    let props = property_table().get(if class == ObjectClass::Custom { "" } else { ty });
    for (k, v) in m {
        if matches!(
            k.as_str(),
            "type" | "id" | "spec_version" | "created" | "modified"
        ) {
            continue;
        }
        let rel = pointer_token(k);
        let info = props.and_then(|p| p.get(k.as_str()));
        let defined = class != ObjectClass::Custom && info.is_some();
        if let Some(info) = info {
            if let Some(kind) = info.kind {
                check_kind(c, k, &rel, v, kind);
            }
            if let Some(vocabulary) = info.vocab {
                check_vocab(c, k, &rel, v, vocabulary);
            }
        }
        if !defined && !is_generic_common(k) {
            if !syntax::is_valid_custom_property_name(k) {
                c.report(
                    Rule::CustomPropertyName,
                    &rel,
                    format!("custom property '{k}' must be 3-250 characters of a-z, 0-9 and '_', starting with a letter"),
                );
            } else if class != ObjectClass::Custom && !k.starts_with("x_") {
                c.report(
                    Rule::CustomPropertyPrefix,
                    &rel,
                    format!("custom property '{k}' should start with 'x_'"),
                );
            }
            check_custom_refs(c, k, &rel, v);
        }
        if !(defined || is_generic_common(k)) {
            continue;
        }
        match k.as_str() {
            "external_references" => check_external_references(c, v),
            "kill_chain_phases" => check_kill_chain_phases(c, v),
            "granular_markings" => check_granular_markings(c, m, v),
            "extensions" => check_extensions(c, v),
            "hashes" => check_hashes(c, "hashes", v),
            "lang" => check_lang(c, "lang", v),
            _ => {}
        }
    }

    check_type_rules(c, m, ty);
}

/// Custom `*_ref`/`*_refs` properties should hold identifiers; only a warning (§11.1).
fn check_custom_refs(c: &mut Checker<'_>, k: &str, rel: &str, v: &Value) {
    let is_id = |x: &Value| {
        x.as_str()
            .is_some_and(|s| syntax::parse_identifier(s).is_ok())
    };
    let ok = if k.ends_with("_ref") {
        is_id(v)
    } else if k.ends_with("_refs") {
        v.as_array().is_some_and(|a| a.iter().all(is_id))
    } else {
        true
    };
    if !ok {
        c.report(
            Rule::CustomRefFormat,
            rel,
            format!("custom property '{k}' should hold identifiers 'type--UUID'"),
        );
    }
}

/// Common properties checked on custom objects too.
const GENERIC_COMMON: &[&str] = &[
    "created_by_ref",
    "labels",
    "confidence",
    "lang",
    "revoked",
    "external_references",
    "object_marking_refs",
    "granular_markings",
    "extensions",
    "defanged",
];

fn is_generic_common(k: &str) -> bool {
    GENERIC_COMMON.contains(&k)
}

fn check_lang(c: &mut Checker<'_>, rel: &str, v: &Value) {
    let Some(s) = v.as_str() else { return };
    let mut parts = s.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok =
        parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !(primary_ok && rest_ok) {
        c.report(
            Rule::Language,
            rel,
            format!("'{s}' is not an RFC 5646 language tag"),
        );
    }
}

/// Why a hash value does not fit its algorithm (§2.7, hash-algorithm-ov), if it does not.
pub(crate) fn hash_problem(alg: &str, h: &str) -> Option<String> {
    let hex = |n: usize| h.len() == n && h.bytes().all(|b| b.is_ascii_hexdigit());
    let ok = match alg {
        "MD5" => hex(32),
        "SHA-1" => hex(40),
        "SHA-256" | "SHA3-256" => hex(64),
        "SHA-512" | "SHA3-512" => hex(128),
        "SSDEEP" => {
            (1..=128).contains(&h.len())
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'+' | b':' | b'.'))
        }
        "TLSH" => h.len() == 70 && h.bytes().all(|b| b.is_ascii_alphanumeric()),
        _ => return None,
    };
    (!ok).then(|| format!("'{h}' is not a valid {alg} hash"))
}

fn check_hashes(c: &mut Checker<'_>, rel: &str, v: &Value) {
    let Some(m) = v.as_object() else { return };
    for (alg, hv) in m {
        let r = format!("{rel}/{}", pointer_token(alg));
        let Some(h) = hv.as_str() else {
            c.report(
                Rule::PropertyType,
                &r,
                format!("hash '{alg}' must be a string"),
            );
            continue;
        };
        if let Some(problem) = hash_problem(alg, h) {
            c.report(Rule::HashValue, &r, problem);
        } else if !vocab::HASH_ALGORITHM.contains(alg) {
            let key_ok = (3..=250).contains(&alg.len())
                && alg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if key_ok {
                c.report(
                    Rule::VocabValue,
                    &r,
                    format!("hash algorithm '{alg}' is not in hash-algorithm-ov"),
                );
            } else {
                c.report(
                    Rule::HashValue,
                    &r,
                    format!("custom hash algorithm '{alg}' must be 3-250 characters of a-z, A-Z, 0-9, '_' and '-'"),
                );
            }
        }
    }
}

fn check_external_references(c: &mut Checker<'_>, v: &Value) {
    let Some(a) = v.as_array() else { return };
    for (i, er) in a.iter().enumerate() {
        let rel = format!("external_references/{i}");
        let Some(m) = er.as_object() else {
            c.report(
                Rule::ExternalReference,
                &rel,
                "an external reference must be an object".into(),
            );
            continue;
        };
        match m.get("source_name") {
            Some(Value::String(_)) => {}
            Some(_) => c.report(
                Rule::ExternalReference,
                &rel,
                "'source_name' must be a string".into(),
            ),
            None => c.report(
                Rule::ExternalReference,
                &rel,
                "an external reference must have 'source_name'".into(),
            ),
        }
        if !["description", "url", "external_id"]
            .iter()
            .any(|p| m.contains_key(*p))
        {
            c.report(
                Rule::ExternalReference,
                &rel,
                "an external reference must have at least one of 'description', 'url', 'external_id'".into(),
            );
        }
        for p in ["description", "url", "external_id"] {
            if let Some(x) = m.get(p).filter(|x| !x.is_string()) {
                c.report(
                    Rule::PropertyType,
                    &format!("{rel}/{p}"),
                    format!("'{p}' must be a string, found {}", json_type(x)),
                );
            }
        }
        if let Some(h) = m.get("hashes") {
            check_hashes(c, &format!("{rel}/hashes"), h);
        }
    }
}

fn check_kill_chain_phases(c: &mut Checker<'_>, v: &Value) {
    let Some(a) = v.as_array() else { return };
    for (i, kc) in a.iter().enumerate() {
        let rel = format!("kill_chain_phases/{i}");
        let Some(m) = kc.as_object() else {
            c.report(
                Rule::KillChainPhase,
                &rel,
                "a kill chain phase must be an object".into(),
            );
            continue;
        };
        for p in ["kill_chain_name", "phase_name"] {
            match m.get(p) {
                Some(Value::String(s)) => {
                    if !syntax::is_lower_hyphen(s) {
                        c.report(
                            Rule::KillChainPhaseStyle,
                            &format!("{rel}/{p}"),
                            format!("'{p}' should be lowercase with hyphens"),
                        );
                    }
                }
                Some(_) => c.report(
                    Rule::KillChainPhase,
                    &format!("{rel}/{p}"),
                    format!("'{p}' must be a string"),
                ),
                None => c.report(
                    Rule::KillChainPhase,
                    &rel,
                    format!("a kill chain phase must have '{p}'"),
                ),
            }
        }
    }
}

/// Whether a granular-marking selector resolves inside the object (§7.2.3.1).
fn selector_resolves(m: &Map<String, Value>, selector: &str) -> bool {
    let mut cur: Option<&Value> = None;
    for (n, seg) in selector.split('.').enumerate() {
        let next = if n == 0 {
            m.get(seg)
        } else if let Some(idx) = seg.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            match (cur, idx.parse::<usize>()) {
                (Some(Value::Array(a)), Ok(i)) => a.get(i),
                _ => None,
            }
        } else {
            cur.and_then(Value::as_object).and_then(|o| o.get(seg))
        };
        if next.is_none() {
            return false;
        }
        cur = next;
    }
    true
}

fn check_granular_markings(c: &mut Checker<'_>, m: &Map<String, Value>, v: &Value) {
    let Some(a) = v.as_array() else { return };
    let own_id = m.get("id").and_then(Value::as_str);
    let is_marking = m.get("type").and_then(Value::as_str) == Some("marking-definition");
    for (i, gm) in a.iter().enumerate() {
        let rel = format!("granular_markings/{i}");
        let Some(g) = gm.as_object() else {
            c.report(
                Rule::GranularMarking,
                &rel,
                "a granular marking must be an object".into(),
            );
            continue;
        };
        match g.get("selectors").and_then(Value::as_array) {
            Some(sel) if !sel.is_empty() => {
                for (j, s) in sel.iter().enumerate() {
                    match s.as_str() {
                        Some(s) if selector_resolves(m, s) => {}
                        Some(s) => c.report(
                            Rule::GranularMarking,
                            &format!("{rel}/selectors/{j}"),
                            format!("selector '{s}' does not point to a property of this object"),
                        ),
                        None => c.report(
                            Rule::GranularMarking,
                            &format!("{rel}/selectors/{j}"),
                            "selectors must be strings".into(),
                        ),
                    }
                }
            }
            _ => c.report(
                Rule::GranularMarking,
                &rel,
                "a granular marking must have a non-empty list 'selectors'".into(),
            ),
        }
        match (g.get("marking_ref"), g.get("lang")) {
            (Some(r), None) => {
                check_ref(
                    c,
                    &format!("{rel}/marking_ref"),
                    "marking_ref",
                    r,
                    &["marking-definition"],
                );
                if is_marking && r.as_str() == own_id {
                    c.report(
                        Rule::MarkingDefinition,
                        &format!("{rel}/marking_ref"),
                        "a marking definition must not mark itself".into(),
                    );
                }
            }
            (None, Some(l)) => {
                if !l.is_string() {
                    c.report(
                        Rule::PropertyType,
                        &format!("{rel}/lang"),
                        "'lang' must be a string".into(),
                    );
                }
            }
            _ => c.report(
                Rule::GranularMarking,
                &rel,
                "a granular marking must have exactly one of 'marking_ref' and 'lang'".into(),
            ),
        }
    }
}

const PREDEFINED_EXTENSIONS: &[&str] = &[
    "archive-ext",
    "ntfs-ext",
    "pdf-ext",
    "raster-image-ext",
    "windows-pebinary-ext",
    "http-request-ext",
    "icmp-ext",
    "socket-ext",
    "tcp-ext",
    "unix-account-ext",
    "windows-process-ext",
    "windows-service-ext",
];

fn check_extensions(c: &mut Checker<'_>, v: &Value) {
    let Some(m) = v.as_object() else { return };
    for (k, ext) in m {
        let rel = format!("extensions/{}", pointer_token(k));
        let Some(e) = ext.as_object() else {
            c.report(
                Rule::Extension,
                &rel,
                format!("extension '{k}' must be an object"),
            );
            continue;
        };
        if k.starts_with("extension-definition--") {
            if syntax::parse_identifier(k).is_err() {
                c.report(
                    Rule::Extension,
                    &rel,
                    format!("extension key '{k}' is not an extension-definition identifier"),
                );
            }
            if let Some(t) = e.get("extension_type") {
                match t.as_str() {
                    Some(s) if vocab::EXTENSION_TYPE.contains(s) => {}
                    _ => c.report(
                        Rule::EnumValue,
                        &format!("{rel}/extension_type"),
                        "'extension_type' must be in extension-type-enum".into(),
                    ),
                }
            }
        } else if !PREDEFINED_EXTENSIONS.contains(&k.as_str()) && !k.starts_with("x-") {
            c.report(
                Rule::Extension,
                &rel,
                format!("extension '{k}' should be an extension-definition identifier"),
            );
        }
        check_predefined_extension(c, k, &rel, e);
    }
}

fn check_predefined_extension(c: &mut Checker<'_>, k: &str, rel: &str, e: &Map<String, Value>) {
    let enum_prop = |c: &mut Checker<'_>, p: &str, vocabulary: vocab::Vocabulary| {
        if let Some(v) = e.get(p) {
            check_vocab(c, p, &format!("{rel}/{p}"), v, vocabulary);
        }
    };
    match k {
        "socket-ext" => {
            enum_prop(c, "address_family", vocab::NETWORK_SOCKET_ADDRESS_FAMILY);
            enum_prop(c, "socket_type", vocab::NETWORK_SOCKET_TYPE);
            if !e.contains_key("address_family") {
                c.report(
                    Rule::RequiredProperty,
                    rel,
                    "'socket-ext' must have 'address_family'".into(),
                );
            }
        }
        "windows-process-ext" => enum_prop(c, "integrity_level", vocab::WINDOWS_INTEGRITY_LEVEL),
        "windows-service-ext" => {
            enum_prop(c, "start_type", vocab::WINDOWS_SERVICE_START_TYPE);
            enum_prop(c, "service_type", vocab::WINDOWS_SERVICE_TYPE);
            enum_prop(c, "service_status", vocab::WINDOWS_SERVICE_STATUS);
        }
        "windows-pebinary-ext" => {
            enum_prop(c, "pe_type", vocab::WINDOWS_PEBINARY_TYPE);
            if !e.contains_key("pe_type") {
                c.report(
                    Rule::RequiredProperty,
                    rel,
                    "'windows-pebinary-ext' must have 'pe_type'".into(),
                );
            }
        }
        "archive-ext" if !e.contains_key("contains_refs") => c.report(
            Rule::RequiredProperty,
            rel,
            "'archive-ext' must have 'contains_refs'".into(),
        ),
        "http-request-ext" => {
            for p in ["request_method", "request_value"] {
                if !e.contains_key(p) {
                    c.report(
                        Rule::RequiredProperty,
                        rel,
                        format!("'http-request-ext' must have '{p}'"),
                    );
                }
            }
        }
        "icmp-ext" => {
            for p in ["icmp_type_hex", "icmp_code_hex"] {
                if !e.contains_key(p) {
                    c.report(
                        Rule::RequiredProperty,
                        rel,
                        format!("'icmp-ext' must have '{p}'"),
                    );
                }
            }
        }
        _ => {}
    }
}

fn check_type_rules(c: &mut Checker<'_>, m: &Map<String, Value>, ty: &str) {
    match ty {
        "attack-pattern" | "campaign" | "course-of-action" | "identity" | "incident"
        | "infrastructure" | "intrusion-set" | "threat-actor" | "tool" | "vulnerability" => {
            require(c, m, ty, &["name"])
        }
        "grouping" => require(c, m, ty, &["context", "object_refs"]),
        "indicator" => {
            require(c, m, ty, &["pattern", "pattern_type", "valid_from"]);
            order(c, m, "valid_from", "valid_until", true);
            if m.get("pattern_type").and_then(Value::as_str) == Some("stix")
                && let Some(p) = m.get("pattern").and_then(Value::as_str)
            {
                match crate::pattern::parse(p) {
                    Ok(parsed) => {
                        check_pattern_comparisons(c, &parsed);
                        for t in parsed.object_types() {
                            if classify(t) != ObjectClass::Observable && !t.starts_with("x-") {
                                c.report(
                                    Rule::PatternObjectType,
                                    "pattern",
                                    format!(
                                        "pattern object type '{t}' is not a cyber-observable type"
                                    ),
                                );
                            }
                        }
                    }
                    Err(e) => c.report(
                        Rule::Pattern,
                        "pattern",
                        format!("invalid STIX pattern: {e}"),
                    ),
                }
            }
        }
        "location" => {
            let (lat, lon) = (m.contains_key("latitude"), m.contains_key("longitude"));
            if !(m.contains_key("region") || m.contains_key("country") || (lat && lon)) {
                c.report(
                    Rule::AtLeastOne,
                    "",
                    "a location must have 'region', 'country', or 'latitude' and 'longitude'"
                        .into(),
                );
            }
            if lat != lon {
                c.report(
                    Rule::RequiredProperty,
                    "",
                    "'latitude' and 'longitude' must be given together".into(),
                );
            }
            if m.contains_key("precision") && !(lat && lon) {
                c.report(
                    Rule::ForbiddenProperty,
                    "precision",
                    "'precision' needs 'latitude' and 'longitude'".into(),
                );
            }
        }
        "malware" => {
            require(c, m, ty, &["is_family"]);
            if m.get("is_family").and_then(Value::as_bool) == Some(true) {
                require(c, m, ty, &["name"]);
            }
            order(c, m, "first_seen", "last_seen", false);
        }
        "malware-analysis" => {
            require(c, m, ty, &["product"]);
            at_least_one(c, m, ty, &["result", "analysis_sco_refs"]);
        }
        "note" => require(c, m, ty, &["content", "object_refs"]),
        "observed-data" => {
            require(
                c,
                m,
                ty,
                &["first_observed", "last_observed", "number_observed"],
            );
            order(c, m, "first_observed", "last_observed", false);
            match (m.contains_key("objects"), m.contains_key("object_refs")) {
                (true, true) => c.report(
                    Rule::ForbiddenProperty,
                    "objects",
                    "'objects' and 'object_refs' must not both be present".into(),
                ),
                (false, false) => c.report(
                    Rule::AtLeastOne,
                    "",
                    "observed-data must have 'object_refs' (or the deprecated 'objects')".into(),
                ),
                (true, false) => c.report(
                    Rule::Deprecated,
                    "objects",
                    "'objects' is deprecated; use 'object_refs'".into(),
                ),
                _ => {}
            }
        }
        "opinion" => require(c, m, ty, &["opinion", "object_refs"]),
        "report" => require(c, m, ty, &["name", "published", "object_refs"]),
        "relationship" => {
            require(c, m, ty, &["relationship_type", "source_ref", "target_ref"]);
            order(c, m, "start_time", "stop_time", true);
            if let Some(rt) = m.get("relationship_type").and_then(Value::as_str) {
                if !syntax::is_lower_hyphen(rt) {
                    c.report(
                        Rule::RelationshipType,
                        "relationship_type",
                        format!(
                            "relationship type '{rt}' must be lowercase ASCII, digits and hyphens"
                        ),
                    );
                } else {
                    suggest_relationship(c, m, rt);
                }
            }
        }
        "sighting" => {
            require(c, m, ty, &["sighting_of_ref"]);
            order(c, m, "first_seen", "last_seen", false);
        }
        "artifact" => {
            match (m.contains_key("payload_bin"), m.contains_key("url")) {
                (true, true) => c.report(
                    Rule::ForbiddenProperty,
                    "url",
                    "'payload_bin' and 'url' must not both be present".into(),
                ),
                (false, true) if !m.contains_key("hashes") => c.report(
                    Rule::RequiredProperty,
                    "",
                    "an artifact with 'url' must have 'hashes'".into(),
                ),
                _ => {}
            }
            if m.contains_key("decryption_key") && !m.contains_key("encryption_algorithm") {
                c.report(
                    Rule::ForbiddenProperty,
                    "decryption_key",
                    "'decryption_key' needs 'encryption_algorithm'".into(),
                );
            }
        }
        "autonomous-system" => require(c, m, ty, &["number"]),
        "directory" => require(c, m, ty, &["path"]),
        "domain-name" | "email-addr" | "ipv4-addr" | "ipv6-addr" | "url" => {
            require(c, m, ty, &["value"])
        }
        "mac-addr" => {
            require(c, m, ty, &["value"]);
            if let Some(v) = m.get("value").and_then(Value::as_str) {
                let b = v.as_bytes();
                let ok = b.len() == 17
                    && b.iter().enumerate().all(|(i, ch)| {
                        if i % 3 == 2 {
                            *ch == b':'
                        } else {
                            ch.is_ascii_digit() || (b'a'..=b'f').contains(ch)
                        }
                    });
                if !ok {
                    c.report(
                        Rule::MacAddress,
                        "value",
                        format!("MAC address '{v}' must be colon-delimited lowercase MAC-48"),
                    );
                }
            }
        }
        "email-message" => {
            require(c, m, ty, &["is_multipart"]);
            match m.get("is_multipart").and_then(Value::as_bool) {
                Some(true) => forbid(c, m, "body", "when 'is_multipart' is true"),
                Some(false) => forbid(c, m, "body_multipart", "when 'is_multipart' is false"),
                None => {}
            }
        }
        "file" => at_least_one(c, m, ty, &["hashes", "name"]),
        "mutex" => require(c, m, ty, &["name"]),
        "network-traffic" => {
            require(c, m, ty, &["protocols"]);
            at_least_one(c, m, ty, &["src_ref", "dst_ref"]);
            order(c, m, "start", "end", false);
            if m.get("is_active").and_then(Value::as_bool) == Some(true) {
                forbid(c, m, "end", "when 'is_active' is true");
            }
        }
        "software" => require(c, m, ty, &["name"]),
        "process" | "user-account" | "windows-registry-key" | "x509-certificate"
            if m.keys().all(|k| {
                matches!(
                    k.as_str(),
                    "type"
                        | "id"
                        | "spec_version"
                        | "defanged"
                        | "object_marking_refs"
                        | "granular_markings"
                )
            }) =>
        {
            c.report(
                Rule::AtLeastOne,
                "",
                format!("a '{ty}' object must have at least one of its own properties"),
            );
        }
        "marking-definition" => check_marking_definition(c, m),
        "language-content" => {
            require(c, m, ty, &["object_ref", "contents"]);
            if let Some(contents) = m.get("contents").and_then(Value::as_object) {
                for (lang, v) in contents {
                    let rel = format!("contents/{}", pointer_token(lang));
                    check_lang(c, &rel, &Value::String(lang.clone()));
                    if !v.is_object() {
                        c.report(
                            Rule::PropertyType,
                            &rel,
                            "each language of 'contents' must map to an object".into(),
                        );
                    }
                }
            }
        }
        "extension-definition" => {
            require(
                c,
                m,
                ty,
                &[
                    "created_by_ref",
                    "name",
                    "schema",
                    "version",
                    "extension_types",
                ],
            );
            let top = m
                .get("extension_types")
                .and_then(Value::as_array)
                .is_some_and(|a| {
                    a.iter()
                        .any(|t| t.as_str() == Some("toplevel-property-extension"))
                });
            if m.contains_key("extension_properties") && !top {
                c.report(
                    Rule::ForbiddenProperty,
                    "extension_properties",
                    "'extension_properties' is only for 'toplevel-property-extension'".into(),
                );
            }
        }
        _ => {}
    }
    if matches!(
        ty,
        "campaign" | "infrastructure" | "intrusion-set" | "threat-actor"
    ) {
        order(c, m, "first_seen", "last_seen", false);
    }
    if ty == "malware-analysis" {
        order(c, m, "analysis_started", "analysis_ended", false);
    }
}

/// What the grammar cannot say about a parsed pattern: object types and property names must be
/// well formed (§9.2, §3.1, §11), and hash constants must fit their algorithm (§2.7).
fn check_pattern_comparisons(c: &mut Checker<'_>, p: &crate::pattern::Pattern) {
    use crate::pattern::{Literal, Operator, PathStep};
    for (path, op, value) in p.comparisons() {
        let t = path.object_type.as_str();
        if !syntax::is_valid_type_name(t) {
            c.report(
                Rule::Pattern,
                "pattern",
                format!("'{t}' is not a valid object type name"),
            );
            continue;
        }
        if let Some(PathStep::Property(first)) = path.steps.first() {
            let known = classify(t) == ObjectClass::Observable
                && (SCO_COMMON.contains(&first.as_str())
                    || specific_properties(t).contains(&first.as_str()));
            if !known && !syntax::is_valid_custom_property_name(first) {
                c.report(
                    Rule::Pattern,
                    "pattern",
                    format!("'{first}' is not a valid property name of '{t}'"),
                );
            }
            if let (Some(PathStep::Property(alg)), 2, Operator::Eq | Operator::Ne, Literal::Str(h)) =
                (path.steps.get(1), path.steps.len(), op, value)
                && first == "hashes"
                && let Some(problem) = hash_problem(alg, h)
            {
                c.report(Rule::Pattern, "pattern", problem);
            }
        }
    }
}

fn suggest_relationship(c: &mut Checker<'_>, m: &Map<String, Value>, rt: &str) {
    if vocab::GENERIC_RELATIONSHIPS.contains(&rt) {
        return;
    }
    let ty_of = |p: &str| {
        m.get(p)
            .and_then(Value::as_str)
            .and_then(|s| syntax::parse_identifier(s).ok())
            .map(|(t, _)| t)
    };
    let (Some(src), Some(dst)) = (ty_of("source_ref"), ty_of("target_ref")) else {
        return;
    };
    if classify(src) == ObjectClass::Custom || classify(dst) == ObjectClass::Custom {
        return;
    }
    let known = vocab::SUGGESTED_RELATIONSHIPS
        .iter()
        .any(|(s, r, targets)| {
            *s == src
                && *r == rt
                && (targets.contains(&dst)
                    || (targets.contains(&"<sco>") && classify(dst) == ObjectClass::Observable))
        });
    if !known {
        c.report(
            Rule::RelationshipSuggested,
            "relationship_type",
            format!("'{src}' {rt} '{dst}' is not a relationship the specification defines"),
        );
    }
}

fn check_marking_definition(c: &mut Checker<'_>, m: &Map<String, Value>) {
    let id = m.get("id").and_then(Value::as_str).unwrap_or("");
    if m.get("object_marking_refs")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|r| r.as_str() == Some(id)))
    {
        c.report(
            Rule::MarkingDefinition,
            "object_marking_refs",
            "a marking definition must not mark itself".into(),
        );
    }
    let def_type = m.get("definition_type").and_then(Value::as_str);
    let def = m.get("definition").and_then(Value::as_object);
    match (
        m.contains_key("definition_type"),
        m.contains_key("definition"),
    ) {
        (true, false) => c.report(
            Rule::RequiredProperty,
            "",
            "'definition_type' needs 'definition'".into(),
        ),
        (false, true) => c.report(
            Rule::RequiredProperty,
            "",
            "'definition' needs 'definition_type'".into(),
        ),
        (false, false) if !m.contains_key("extensions") => c.report(
            Rule::MarkingDefinition,
            "",
            "a marking definition must have 'definition_type' and 'definition', or an extension"
                .into(),
        ),
        _ => {}
    }
    match (def_type, def) {
        (Some("tlp"), Some(d)) => {
            let level = d.get("tlp").and_then(Value::as_str);
            match level.and_then(|l| {
                vocab::TLP_MARKINGS
                    .iter()
                    .find(|t| t.version == 1 && t.level == l)
            }) {
                Some(t) if t.id != id => c.report(
                    Rule::TlpIdentifier,
                    "id",
                    format!(
                        "the TLP:{} marking definition must have id '{}'",
                        t.level.to_uppercase(),
                        t.id
                    ),
                ),
                Some(_) => {}
                None => c.report(
                    Rule::MarkingDefinition,
                    "definition",
                    "a TLP definition must be {\"tlp\": \"white\"|\"green\"|\"amber\"|\"red\"}"
                        .into(),
                ),
            }
        }
        (Some("statement"), Some(d)) if !d.get("statement").is_some_and(Value::is_string) => {
            c.report(
                Rule::MarkingDefinition,
                "definition",
                "a statement definition must be {\"statement\": \"...\"}".into(),
            );
        }
        _ => {}
    }
    // TLP 2.0: the level lives in the TLP 2.0 extension and must match the standard id.
    let tlp2 = m
        .get("extensions")
        .and_then(|e| e.get(vocab::TLP2_EXTENSION_ID))
        .and_then(|e| e.get("tlp_2_0"))
        .and_then(Value::as_str);
    if let Some(level) = tlp2 {
        match vocab::TLP_MARKINGS
            .iter()
            .find(|t| t.version == 2 && t.level == level)
        {
            Some(t) if t.id != id => c.report(
                Rule::TlpIdentifier,
                "id",
                format!(
                    "the TLP 2.0 {} marking definition must have id '{}'",
                    t.level.to_uppercase(),
                    t.id
                ),
            ),
            Some(_) => {}
            None => c.report(
                Rule::MarkingDefinition,
                "extensions",
                format!("'{level}' is not a TLP 2.0 level"),
            ),
        }
    }
    // A standard TLP id must carry its standard content.
    if let Some(t) = vocab::TLP_MARKINGS.iter().find(|t| t.id == id) {
        let matches = match t.version {
            1 => {
                def_type == Some("tlp")
                    && def.and_then(|d| d.get("tlp")).and_then(Value::as_str) == Some(t.level)
            }
            _ => tlp2 == Some(t.level),
        };
        if !matches {
            c.report(
                Rule::TlpIdentifier,
                "id",
                format!(
                    "'{id}' is the standard TLP {} marking and must define exactly that",
                    t.level
                ),
            );
        }
    }
}
