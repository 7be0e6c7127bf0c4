//! The STIX 2.1 object model: every object is kept as its ordered JSON map (so unknown and custom
//! properties survive and parse → serialise is exact), with typed accessors, the classification
//! of every type the specification defines (§4-§8), and the properties each type defines.

use serde_json::{Map, Value};

use crate::Error;

/// The family a STIX type belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObjectClass {
    /// STIX Domain Object (§4).
    Domain,
    /// STIX Relationship Object (§5).
    Relationship,
    /// STIX Cyber-observable Object (§6).
    Observable,
    /// Meta object: marking-definition, language-content, extension-definition (§7).
    Meta,
    /// The bundle envelope (§8).
    Bundle,
    /// A type the specification does not define (custom object or new-sdo/sco/sro extension).
    Custom,
}

/// The 19 SDO types of STIX 2.1.
pub const SDO_TYPES: &[&str] = &[
    "attack-pattern",
    "campaign",
    "course-of-action",
    "grouping",
    "identity",
    "incident",
    "indicator",
    "infrastructure",
    "intrusion-set",
    "location",
    "malware",
    "malware-analysis",
    "note",
    "observed-data",
    "opinion",
    "report",
    "threat-actor",
    "tool",
    "vulnerability",
];
/// The 2 SRO types.
pub const SRO_TYPES: &[&str] = &["relationship", "sighting"];
/// The 18 SCO types.
pub const SCO_TYPES: &[&str] = &[
    "artifact",
    "autonomous-system",
    "directory",
    "domain-name",
    "email-addr",
    "email-message",
    "file",
    "ipv4-addr",
    "ipv6-addr",
    "mac-addr",
    "mutex",
    "network-traffic",
    "process",
    "software",
    "url",
    "user-account",
    "windows-registry-key",
    "x509-certificate",
];
/// The meta object types.
pub const META_TYPES: &[&str] = &[
    "marking-definition",
    "language-content",
    "extension-definition",
];

/// Classify a type name.
pub fn classify(object_type: &str) -> ObjectClass {
    if SDO_TYPES.contains(&object_type) {
        ObjectClass::Domain
    } else if SRO_TYPES.contains(&object_type) {
        ObjectClass::Relationship
    } else if SCO_TYPES.contains(&object_type) {
        ObjectClass::Observable
    } else if META_TYPES.contains(&object_type) {
        ObjectClass::Meta
    } else if object_type == "bundle" {
        ObjectClass::Bundle
    } else {
        ObjectClass::Custom
    }
}

/// Common properties of SDOs and SROs (§3.2).
pub const SDO_COMMON: &[&str] = &[
    "type",
    "spec_version",
    "id",
    "created_by_ref",
    "created",
    "modified",
    "revoked",
    "labels",
    "confidence",
    "lang",
    "external_references",
    "object_marking_refs",
    "granular_markings",
    "extensions",
];
/// Common properties of SCOs (§3.2).
pub const SCO_COMMON: &[&str] = &[
    "type",
    "spec_version",
    "id",
    "object_marking_refs",
    "granular_markings",
    "defanged",
    "extensions",
];

/// The properties a type defines besides the common ones (§4-§8).
pub fn specific_properties(object_type: &str) -> &'static [&'static str] {
    match object_type {
        "attack-pattern" => &["name", "description", "aliases", "kill_chain_phases"],
        "campaign" => &[
            "name",
            "description",
            "aliases",
            "first_seen",
            "last_seen",
            "objective",
        ],
        "course-of-action" => &["name", "description", "action"],
        "grouping" => &["name", "description", "context", "object_refs"],
        "identity" => &[
            "name",
            "description",
            "roles",
            "identity_class",
            "sectors",
            "contact_information",
        ],
        "incident" => &["name", "description", "kill_chain_phases"],
        "indicator" => &[
            "name",
            "description",
            "indicator_types",
            "pattern",
            "pattern_type",
            "pattern_version",
            "valid_from",
            "valid_until",
            "kill_chain_phases",
        ],
        "infrastructure" => &[
            "name",
            "description",
            "infrastructure_types",
            "aliases",
            "kill_chain_phases",
            "first_seen",
            "last_seen",
        ],
        "intrusion-set" => &[
            "name",
            "description",
            "aliases",
            "first_seen",
            "last_seen",
            "goals",
            "resource_level",
            "primary_motivation",
            "secondary_motivations",
        ],
        "location" => &[
            "name",
            "description",
            "latitude",
            "longitude",
            "precision",
            "region",
            "country",
            "administrative_area",
            "city",
            "street_address",
            "postal_code",
        ],
        "malware" => &[
            "name",
            "description",
            "malware_types",
            "is_family",
            "aliases",
            "kill_chain_phases",
            "first_seen",
            "last_seen",
            "operating_system_refs",
            "architecture_execution_envs",
            "implementation_languages",
            "capabilities",
            "sample_refs",
        ],
        "malware-analysis" => &[
            "product",
            "version",
            "host_vm_ref",
            "operating_system_ref",
            "installed_software_refs",
            "configuration_version",
            "modules",
            "analysis_engine_version",
            "analysis_definition_version",
            "submitted",
            "analysis_started",
            "analysis_ended",
            "result_name",
            "result",
            "analysis_sco_refs",
            "sample_ref",
        ],
        "note" => &["abstract", "content", "authors", "object_refs"],
        "observed-data" => &[
            "first_observed",
            "last_observed",
            "number_observed",
            "objects",
            "object_refs",
        ],
        "opinion" => &["explanation", "authors", "opinion", "object_refs"],
        "report" => &[
            "name",
            "description",
            "report_types",
            "published",
            "object_refs",
        ],
        "threat-actor" => &[
            "name",
            "description",
            "threat_actor_types",
            "aliases",
            "first_seen",
            "last_seen",
            "roles",
            "goals",
            "sophistication",
            "resource_level",
            "primary_motivation",
            "secondary_motivations",
            "personal_motivations",
        ],
        "tool" => &[
            "name",
            "description",
            "tool_types",
            "aliases",
            "kill_chain_phases",
            "tool_version",
        ],
        "vulnerability" => &["name", "description"],
        "relationship" => &[
            "relationship_type",
            "description",
            "source_ref",
            "target_ref",
            "start_time",
            "stop_time",
        ],
        "sighting" => &[
            "description",
            "first_seen",
            "last_seen",
            "count",
            "sighting_of_ref",
            "observed_data_refs",
            "where_sighted_refs",
            "summary",
        ],
        "artifact" => &[
            "mime_type",
            "payload_bin",
            "url",
            "hashes",
            "encryption_algorithm",
            "decryption_key",
        ],
        "autonomous-system" => &["number", "name", "rir"],
        "directory" => &[
            "path",
            "path_enc",
            "ctime",
            "mtime",
            "atime",
            "contains_refs",
        ],
        "domain-name" => &["value", "resolves_to_refs"],
        "email-addr" => &["value", "display_name", "belongs_to_ref"],
        "email-message" => &[
            "is_multipart",
            "date",
            "content_type",
            "from_ref",
            "sender_ref",
            "to_refs",
            "cc_refs",
            "bcc_refs",
            "message_id",
            "subject",
            "received_lines",
            "additional_header_fields",
            "body",
            "body_multipart",
            "raw_email_ref",
        ],
        "file" => &[
            "hashes",
            "size",
            "name",
            "name_enc",
            "magic_number_hex",
            "mime_type",
            "ctime",
            "mtime",
            "atime",
            "parent_directory_ref",
            "contains_refs",
            "content_ref",
        ],
        "ipv4-addr" | "ipv6-addr" => &["value", "resolves_to_refs", "belongs_to_refs"],
        "mac-addr" | "url" => &["value"],
        "mutex" => &["name"],
        "network-traffic" => &[
            "start",
            "end",
            "is_active",
            "src_ref",
            "dst_ref",
            "src_port",
            "dst_port",
            "protocols",
            "src_byte_count",
            "dst_byte_count",
            "src_packets",
            "dst_packets",
            "ipfix",
            "src_payload_ref",
            "dst_payload_ref",
            "encapsulates_refs",
            "encapsulated_by_ref",
        ],
        "process" => &[
            "is_hidden",
            "pid",
            "created_time",
            "cwd",
            "command_line",
            "environment_variables",
            "opened_connection_refs",
            "creator_user_ref",
            "image_ref",
            "parent_ref",
            "child_refs",
        ],
        "software" => &["name", "cpe", "swid", "languages", "vendor", "version"],
        "user-account" => &[
            "user_id",
            "credential",
            "account_login",
            "account_type",
            "display_name",
            "is_service_account",
            "is_privileged",
            "can_escalate_privs",
            "is_disabled",
            "account_created",
            "account_expires",
            "credential_last_changed",
            "account_first_login",
            "account_last_login",
        ],
        "windows-registry-key" => &[
            "key",
            "values",
            "modified_time",
            "creator_user_ref",
            "number_of_subkeys",
        ],
        "x509-certificate" => &[
            "is_self_signed",
            "hashes",
            "version",
            "serial_number",
            "signature_algorithm",
            "issuer",
            "validity_not_before",
            "validity_not_after",
            "subject",
            "subject_public_key_algorithm",
            "subject_public_key_modulus",
            "subject_public_key_exponent",
            "x509_v3_extensions",
        ],
        "marking-definition" => &["name", "definition_type", "definition"],
        "language-content" => &["object_ref", "object_modified", "contents"],
        "extension-definition" => &[
            "name",
            "description",
            "schema",
            "version",
            "extension_types",
            "extension_properties",
        ],
        _ => &[],
    }
}

/// Whether `property` is defined by the specification for `object_type` (common or specific).
pub fn is_defined_property(object_type: &str, class: ObjectClass, property: &str) -> bool {
    let common = match class {
        ObjectClass::Observable => SCO_COMMON,
        _ => SDO_COMMON,
    };
    common.contains(&property) || specific_properties(object_type).contains(&property)
}

/// One STIX object, kept exactly as read. Accessors never fail: a missing or mistyped property
/// reads as `None`; [`crate::validate_object`] says what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct StixObject {
    map: Map<String, Value>,
}

impl StixObject {
    /// Wrap a JSON object.
    pub fn from_map(map: Map<String, Value>) -> Self {
        StixObject { map }
    }

    /// Wrap a JSON value; `None` unless it is an object.
    pub fn from_value(value: Value) -> Option<Self> {
        match value {
            Value::Object(map) => Some(StixObject { map }),
            _ => None,
        }
    }

    /// Parse one object from JSON text.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let value: Value = serde_json::from_str(text).map_err(Error::from_json)?;
        Self::from_value(value).ok_or(Error::NotAnObject)
    }

    fn str_prop(&self, name: &str) -> Option<&str> {
        self.map.get(name).and_then(Value::as_str)
    }

    /// `type`.
    pub fn object_type(&self) -> Option<&str> {
        self.str_prop("type")
    }
    /// `id`.
    pub fn id(&self) -> Option<&str> {
        self.str_prop("id")
    }
    /// `spec_version`.
    pub fn spec_version(&self) -> Option<&str> {
        self.str_prop("spec_version")
    }
    /// `created`, as written.
    pub fn created(&self) -> Option<&str> {
        self.str_prop("created")
    }
    /// `modified`, as written.
    pub fn modified(&self) -> Option<&str> {
        self.str_prop("modified")
    }
    /// `created_by_ref`.
    pub fn created_by_ref(&self) -> Option<&str> {
        self.str_prop("created_by_ref")
    }
    /// `name`.
    pub fn name(&self) -> Option<&str> {
        self.str_prop("name")
    }
    /// `revoked` (false when absent).
    pub fn revoked(&self) -> bool {
        self.map
            .get("revoked")
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }
    /// The identifiers in `object_marking_refs` that are strings.
    pub fn object_marking_refs(&self) -> impl Iterator<Item = &str> {
        self.map
            .get("object_marking_refs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
    }
    /// `source_ref` and `target_ref` of a relationship.
    pub fn relationship_ends(&self) -> Option<(&str, &str, &str)> {
        Some((
            self.str_prop("relationship_type")?,
            self.str_prop("source_ref")?,
            self.str_prop("target_ref")?,
        ))
    }
    /// The class of the object's type (custom when `type` is missing).
    pub fn class(&self) -> ObjectClass {
        self.object_type().map_or(ObjectClass::Custom, classify)
    }
    /// Any property, raw.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.map.get(name)
    }
    /// The whole object, raw and in its original order.
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.map
    }
    /// Give the raw map back.
    pub fn into_map(self) -> Map<String, Value> {
        self.map
    }
    /// Give the object back as a JSON value.
    pub fn into_value(self) -> Value {
        Value::Object(self.map)
    }
    /// Serialise exactly as read (same properties, same order).
    pub fn to_json_string(&self) -> String {
        Value::Object(self.map.clone()).to_string()
    }
}

impl serde::Serialize for StixObject {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.map.serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for StixObject {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(StixObject {
            map: Map::deserialize(d)?,
        })
    }
}

/// A whole bundle in memory (use [`crate::for_each_object`] for large ones). Envelope properties
/// other than `objects` are kept in order, so parse → serialise is exact.
#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    envelope: Map<String, Value>,
    objects_is_list: bool,
    /// The objects, in order.
    pub objects: Vec<StixObject>,
}

impl Bundle {
    /// Parse a bundle held in memory. The top level must be a JSON object; `objects`, when it is
    /// a list, must hold JSON objects.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let value: Value = serde_json::from_str(text).map_err(Error::from_json)?;
        Self::from_value(value)
    }

    /// Take a bundle apart.
    pub fn from_value(value: Value) -> Result<Self, Error> {
        let Value::Object(mut envelope) = value else {
            return Err(Error::NotAnObject);
        };
        let mut objects = Vec::new();
        let objects_is_list = matches!(envelope.get("objects"), Some(Value::Array(_)));
        if let Some(Value::Array(items)) = envelope.get_mut("objects") {
            for item in std::mem::take(items) {
                objects.push(StixObject::from_value(item).ok_or(Error::NotAnObject)?);
            }
        }
        Ok(Bundle {
            envelope,
            objects,
            objects_is_list,
        })
    }

    /// `id` of the bundle.
    pub fn id(&self) -> Option<&str> {
        self.envelope.get("id").and_then(Value::as_str)
    }

    /// Put the bundle back together as JSON, with `objects` where it was.
    pub fn to_value(&self) -> Value {
        let mut map = self.envelope.clone();
        if let (true, Some(slot)) = (self.objects_is_list, map.get_mut("objects")) {
            *slot = Value::Array(
                self.objects
                    .iter()
                    .map(|o| Value::Object(o.as_map().clone()))
                    .collect(),
            );
        }
        Value::Object(map)
    }
}
