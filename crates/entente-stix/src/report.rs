//! Findings and reports: what the validator says about an object or a bundle, with stable rule
//! codes and the section of STIX 2.1 (OASIS Standard, 10 June 2021) each rule comes from.

use std::fmt;

/// How serious a finding is: a broken MUST is an error, a broken SHOULD is a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A SHOULD of the specification is not met; the content is still valid.
    Warning,
    /// A MUST of the specification is not met; the content is invalid.
    Error,
}

macro_rules! rules {
    ($( $(#[$m:meta])* $variant:ident => ($code:literal, $section:literal, $sev:ident) ),* $(,)?) => {
        /// A rule of STIX 2.1 that the validator checks. [`Rule::code`] is stable.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Rule { $( $(#[$m])* $variant ),* }

        impl Rule {
            /// Stable machine-readable code, e.g. `"id-format"`.
            pub fn code(self) -> &'static str { match self { $( Rule::$variant => $code ),* } }
            /// Section of the STIX 2.1 specification the rule comes from, e.g. `"2.9"`.
            pub fn section(self) -> &'static str { match self { $( Rule::$variant => $section ),* } }
            /// Whether the rule is a MUST (error) or a SHOULD (warning).
            pub fn severity(self) -> Severity { match self { $( Rule::$variant => Severity::$sev ),* } }
            /// Every rule, for documentation and tests.
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant ),* ];
        }
    };
}

rules! {
    /// A member of `objects` (or the document) is not a JSON object.
    NotObject => ("not-object", "8", Error),
    /// `type` is missing or not a string.
    TypeMissing => ("type-missing", "3.2", Error),
    /// `type` breaks the naming rules (3-250 chars, a-z 0-9 and hyphen, no `--`).
    TypeFormat => ("type-format", "3.1", Error),
    /// `id` is missing.
    IdMissing => ("id-missing", "3.2", Error),
    /// `id` is not `type--UUID` with an RFC 4122 UUID.
    IdFormat => ("id-format", "2.9", Error),
    /// The prefix of `id` does not match `type`.
    IdTypeMismatch => ("id-type-mismatch", "2.9", Error),
    /// `spec_version` is missing where required.
    SpecVersionMissing => ("spec-version-missing", "3.2", Error),
    /// `spec_version` is not `"2.1"`.
    SpecVersionValue => ("spec-version-value", "3.2", Error),
    /// A required property is absent.
    RequiredProperty => ("required-property", "4-8", Error),
    /// A property the specification forbids for this object (or this combination) is present.
    ForbiddenProperty => ("forbidden-property", "4-8", Error),
    /// At least one of a set of properties must be present.
    AtLeastOne => ("at-least-one", "4-8", Error),
    /// A property has the wrong JSON type (string, integer, list, ...).
    PropertyType => ("property-type", "2", Error),
    /// A list property is empty where the specification requires at least one item.
    EmptyList => ("empty-list", "2.11", Error),
    /// A timestamp is not RFC 3339 `YYYY-MM-DDTHH:mm:ss[.s+]Z`.
    TimestampFormat => ("timestamp-format", "2.14", Error),
    /// `created`/`modified` are not precise to the millisecond.
    TimestampPrecision => ("timestamp-millisecond", "3.2", Error),
    /// `modified` is earlier than `created`.
    ModifiedBeforeCreated => ("modified-before-created", "3.2", Error),
    /// A "last" timestamp is earlier than its "first" counterpart (or `valid_until` <= `valid_from`).
    TimestampOrder => ("timestamp-order", "4-6", Error),
    /// A number is outside the range the specification allows.
    Range => ("range", "4-6", Error),
    /// A value is not in a closed enumeration.
    EnumValue => ("enum-value", "10", Error),
    /// A value is not in an open vocabulary (a SHOULD).
    VocabValue => ("vocab-value", "10", Warning),
    /// A `*_ref`/`*_refs` value is not an identifier.
    RefFormat => ("ref-format", "2.9", Error),
    /// A `*_ref`/`*_refs` value points to an object of a type the specification does not allow.
    RefType => ("ref-type", "3.2", Error),
    /// A custom `*_ref`/`*_refs` property does not hold identifiers (a SHOULD: the specification
    /// reserves the suffix for references but only constrains the properties it defines).
    CustomRefFormat => ("custom-ref-format", "11.1", Warning),
    /// A custom property name breaks the naming rules (a-z 0-9 _, 3-250 chars).
    CustomPropertyName => ("custom-property-name", "11.1", Error),
    /// A custom property does not start with `x_` (a SHOULD).
    CustomPropertyPrefix => ("custom-property-prefix", "11.1", Warning),
    /// A custom object type does not start with `x-` (a SHOULD).
    CustomObjectPrefix => ("custom-object-prefix", "11.2", Warning),
    /// A dictionary key breaks the key rules (1-250 ASCII chars).
    DictionaryKey => ("dictionary-key", "2.3", Error),
    /// An external reference breaks its rules.
    ExternalReference => ("external-reference", "2.5", Error),
    /// A kill chain phase breaks its rules.
    KillChainPhase => ("kill-chain-phase", "2.10", Error),
    /// A kill chain phase name is not lowercase with hyphens (a SHOULD).
    KillChainPhaseStyle => ("kill-chain-phase-style", "2.10", Warning),
    /// A granular marking breaks its rules.
    GranularMarking => ("granular-marking", "7.2.3", Error),
    /// A marking definition breaks its rules (TLP, statement).
    MarkingDefinition => ("marking-definition", "7.2.1", Error),
    /// A TLP marking does not use its standard identifier.
    TlpIdentifier => ("tlp-identifier", "7.2.1.4", Error),
    /// An indicator with `pattern_type: stix` has a pattern that does not parse.
    Pattern => ("pattern-syntax", "9", Error),
    /// A pattern uses an object type that is neither an SCO nor custom (a SHOULD).
    PatternObjectType => ("pattern-object-type", "9.2", Warning),
    /// A relationship type is not lowercase ASCII with hyphens.
    RelationshipType => ("relationship-type", "5.1", Error),
    /// A relationship type or source/target pair not suggested by the specification (a SHOULD).
    RelationshipSuggested => ("relationship-suggested", "5.1", Warning),
    /// A hash value does not fit its algorithm, or a hash key breaks the key rules.
    HashValue => ("hash-value", "2.7", Error),
    /// An extension breaks its rules.
    Extension => ("extension", "7.3", Error),
    /// An identifier is not a UUIDv4 (SDO/SRO) where a SHOULD asks for one.
    UuidVersion => ("uuid-version", "2.9", Warning),
    /// A MAC address is not colon-delimited lowercase.
    MacAddress => ("mac-address", "6.10", Error),
    /// An object refers to a marking definition that is neither in the bundle nor a standard TLP marking.
    UnresolvedMarking => ("unresolved-marking", "7.2.2", Warning),
    /// Two objects in a bundle share `id` and `modified`.
    DuplicateObject => ("duplicate-object", "3.6", Warning),
    /// A deprecated property is used (a SHOULD NOT).
    Deprecated => ("deprecated", "4-6", Warning),
    /// A language tag is not RFC 5646 shaped.
    Language => ("language", "3.2", Warning),
    /// `bundle` breaks its rules.
    BundleFormat => ("bundle", "8", Error),
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One thing the validator found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `id` of the object the finding is about, when it has a readable one.
    pub object_id: Option<String>,
    /// JSON Pointer (RFC 6901) into the document, e.g. `/objects/3/created`.
    pub path: String,
    /// The rule broken.
    pub rule: Rule,
    /// Error for a MUST, warning for a SHOULD.
    pub severity: Severity,
    /// What is wrong and how to fix it, naming the property.
    pub message: String,
}

impl Finding {
    /// Serialise as a JSON object (`object_id`, `path`, `code`, `section`, `severity`, `message`).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "object_id": self.object_id,
            "path": self.path,
            "code": self.rule.code(),
            "section": self.rule.section(),
            "severity": match self.severity { Severity::Error => "error", Severity::Warning => "warning" },
            "message": self.message,
        })
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{sev}[{}] {} (STIX 2.1 §{}) {}: {}",
            self.rule.code(),
            self.path,
            self.rule.section(),
            self.object_id.as_deref().unwrap_or("-"),
            self.message
        )
    }
}

/// The findings about one object of a bundle.
#[derive(Debug, Clone, Default)]
pub struct ObjectReport {
    /// Position of the object in `objects` (0 for a single-object document).
    pub index: usize,
    /// The object's `id`, when readable.
    pub id: Option<String>,
    /// The object's `type`, when readable.
    pub object_type: Option<String>,
    /// Everything found, errors and warnings in document order.
    pub findings: Vec<Finding>,
}

impl ObjectReport {
    /// True when no finding is an error.
    pub fn is_valid(&self) -> bool {
        self.findings.iter().all(|f| f.severity != Severity::Error)
    }
}

/// The outcome of validating a whole document.
#[derive(Debug, Clone, Default)]
pub struct BundleReport {
    /// Number of objects seen.
    pub objects: usize,
    /// Errors across the document (per-object ones included).
    pub errors: usize,
    /// Warnings across the document (per-object ones included).
    pub warnings: usize,
    /// Findings about the document itself or across objects (bundle envelope, unresolved
    /// markings, duplicates); per-object findings go to the callback instead.
    pub findings: Vec<Finding>,
}

impl BundleReport {
    /// True when the document has no error.
    pub fn is_valid(&self) -> bool {
        self.errors == 0
    }
}
