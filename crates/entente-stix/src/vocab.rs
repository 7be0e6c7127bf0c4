//! STIX 2.1 vocabularies (§10), closed enumerations, and the standard TLP marking definitions
//! (§7.2.1.4 for TLP 1.0; the OASIS TLP 2.0 extension for TLP 2.0). Data, not logic.

/// A vocabulary: open ones (`-ov`) only warn when a value is off-list, closed ones (`-enum`) fail.
#[derive(Debug, Clone, Copy)]
pub struct Vocabulary {
    /// Name as the specification writes it, e.g. `malware-type-ov`.
    pub name: &'static str,
    /// True for `-enum` vocabularies.
    pub closed: bool,
    /// The values.
    pub values: &'static [&'static str],
}

impl Vocabulary {
    /// Whether `v` is in the list.
    pub fn contains(&self, v: &str) -> bool {
        self.values.contains(&v)
    }
}

macro_rules! vocab {
    ($id:ident, $name:literal, $closed:literal, [$($v:literal),* $(,)?]) => {
        #[doc = concat!("`", $name, "`")]
        pub const $id: Vocabulary = Vocabulary { name: $name, closed: $closed, values: &[$($v),*] };
    };
}

vocab!(
    ATTACK_MOTIVATION,
    "attack-motivation-ov",
    false,
    [
        "accidental",
        "coercion",
        "dominance",
        "ideology",
        "notoriety",
        "organizational-gain",
        "personal-gain",
        "personal-satisfaction",
        "revenge",
        "unpredictable"
    ]
);
vocab!(
    ATTACK_RESOURCE_LEVEL,
    "attack-resource-level-ov",
    false,
    [
        "individual",
        "club",
        "contest",
        "team",
        "organization",
        "government"
    ]
);
vocab!(
    GROUPING_CONTEXT,
    "grouping-context-ov",
    false,
    ["suspicious-activity", "malware-analysis", "unspecified"]
);
vocab!(
    HASH_ALGORITHM,
    "hash-algorithm-ov",
    false,
    [
        "MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256", "SHA3-512", "SSDEEP", "TLSH"
    ]
);
vocab!(
    IDENTITY_CLASS,
    "identity-class-ov",
    false,
    [
        "individual",
        "group",
        "system",
        "organization",
        "class",
        "unknown"
    ]
);
vocab!(
    IMPLEMENTATION_LANGUAGE,
    "implementation-language-ov",
    false,
    [
        "applescript",
        "bash",
        "c",
        "c++",
        "c#",
        "go",
        "java",
        "javascript",
        "lua",
        "objective-c",
        "perl",
        "php",
        "powershell",
        "python",
        "ruby",
        "scala",
        "swift",
        "typescript",
        "visual-basic",
        "x86-32",
        "x86-64"
    ]
);
vocab!(
    INDICATOR_TYPE,
    "indicator-type-ov",
    false,
    [
        "anomalous-activity",
        "anonymization",
        "benign",
        "compromised",
        "malicious-activity",
        "attribution",
        "unknown"
    ]
);
vocab!(
    INDUSTRY_SECTOR,
    "industry-sector-ov",
    false,
    [
        "agriculture",
        "aerospace",
        "automotive",
        "chemical",
        "commercial",
        "communications",
        "construction",
        "defense",
        "education",
        "energy",
        "entertainment",
        "financial-services",
        "government",
        "government-emergency-services",
        "government-local",
        "government-national",
        "government-public-services",
        "government-regional",
        "healthcare",
        "hospitality-leisure",
        "infrastructure",
        "infrastructure-dams",
        "infrastructure-nuclear",
        "infrastructure-water",
        "insurance",
        "manufacturing",
        "mining",
        "non-profit",
        "pharmaceuticals",
        "retail",
        "technology",
        "telecommunications",
        "transportation",
        "utilities"
    ]
);
vocab!(
    INFRASTRUCTURE_TYPE,
    "infrastructure-type-ov",
    false,
    [
        "amplification",
        "anonymization",
        "botnet",
        "command-and-control",
        "control-system",
        "exfiltration",
        "firewall",
        "hosting-malware",
        "hosting-target-lists",
        "phishing",
        "reconnaissance",
        "routers-switches",
        "staging",
        "workstation",
        "unknown"
    ]
);
vocab!(
    MALWARE_RESULT,
    "malware-result-ov",
    false,
    ["malicious", "suspicious", "benign", "unknown"]
);
vocab!(
    MALWARE_CAPABILITIES,
    "malware-capabilities-ov",
    false,
    [
        "accesses-remote-machines",
        "anti-debugging",
        "anti-disassembly",
        "anti-emulation",
        "anti-memory-forensics",
        "anti-sandbox",
        "anti-vm",
        "captures-input-peripherals",
        "captures-output-peripherals",
        "captures-system-state-data",
        "cleans-traces-of-infection",
        "commits-fraud",
        "communicates-with-c2",
        "compromises-data-availability",
        "compromises-data-integrity",
        "compromises-system-availability",
        "controls-local-machine",
        "degrades-security-software",
        "degrades-system-updates",
        "determines-c2-server",
        "emails-spam",
        "escalates-privileges",
        "evades-av",
        "exfiltrates-data",
        "fingerprints-host",
        "hides-artifacts",
        "hides-executing-code",
        "infects-files",
        "infects-remote-machines",
        "installs-other-components",
        "persists-after-system-reboot",
        "prevents-artifact-access",
        "prevents-artifact-deletion",
        "probes-network-environment",
        "self-modifies",
        "steals-authentication-credentials",
        "violates-system-operational-integrity"
    ]
);
vocab!(
    MALWARE_TYPE,
    "malware-type-ov",
    false,
    [
        "adware",
        "backdoor",
        "bot",
        "bootkit",
        "ddos",
        "downloader",
        "dropper",
        "exploit-kit",
        "keylogger",
        "ransomware",
        "remote-access-trojan",
        "resource-exploitation",
        "rogue-security-software",
        "rootkit",
        "screen-capture",
        "spyware",
        "trojan",
        "unknown",
        "virus",
        "webshell",
        "wiper",
        "worm"
    ]
);
vocab!(
    PATTERN_TYPE,
    "pattern-type-ov",
    false,
    ["stix", "pcre", "sigma", "snort", "suricata", "yara"]
);
vocab!(
    PROCESSOR_ARCHITECTURE,
    "processor-architecture-ov",
    false,
    [
        "alpha", "arm", "ia-64", "mips", "powerpc", "sparc", "x86", "x86-64"
    ]
);
vocab!(
    REGION,
    "region-ov",
    false,
    [
        "africa",
        "eastern-africa",
        "middle-africa",
        "northern-africa",
        "southern-africa",
        "western-africa",
        "americas",
        "caribbean",
        "central-america",
        "latin-america-caribbean",
        "northern-america",
        "south-america",
        "asia",
        "central-asia",
        "eastern-asia",
        "southern-asia",
        "south-eastern-asia",
        "western-asia",
        "europe",
        "eastern-europe",
        "northern-europe",
        "southern-europe",
        "western-europe",
        "oceania",
        "antarctica",
        "australia-new-zealand",
        "melanesia",
        "micronesia",
        "polynesia"
    ]
);
vocab!(
    REPORT_TYPE,
    "report-type-ov",
    false,
    [
        "attack-pattern",
        "campaign",
        "identity",
        "indicator",
        "intrusion-set",
        "malware",
        "observed-data",
        "threat-actor",
        "threat-report",
        "tool",
        "vulnerability"
    ]
);
vocab!(
    THREAT_ACTOR_TYPE,
    "threat-actor-type-ov",
    false,
    [
        "activist",
        "competitor",
        "crime-syndicate",
        "criminal",
        "hacker",
        "insider-accidental",
        "insider-disgruntled",
        "nation-state",
        "sensationalist",
        "spy",
        "terrorist",
        "unknown"
    ]
);
vocab!(
    THREAT_ACTOR_ROLE,
    "threat-actor-role-ov",
    false,
    [
        "agent",
        "director",
        "independent",
        "infrastructure-architect",
        "infrastructure-operator",
        "malware-author",
        "sponsor"
    ]
);
vocab!(
    THREAT_ACTOR_SOPHISTICATION,
    "threat-actor-sophistication-ov",
    false,
    [
        "none",
        "minimal",
        "intermediate",
        "advanced",
        "expert",
        "innovator",
        "strategic"
    ]
);
vocab!(
    TOOL_TYPE,
    "tool-type-ov",
    false,
    [
        "denial-of-service",
        "exploitation",
        "information-gathering",
        "network-capture",
        "credential-exploitation",
        "remote-access",
        "vulnerability-scanning",
        "unknown"
    ]
);
vocab!(
    ACCOUNT_TYPE,
    "account-type-ov",
    false,
    [
        "facebook",
        "ldap",
        "nis",
        "openid",
        "radius",
        "skype",
        "tacacs",
        "twitter",
        "unix",
        "windows-local",
        "windows-domain"
    ]
);
vocab!(
    WINDOWS_PEBINARY_TYPE,
    "windows-pebinary-type-ov",
    false,
    ["dll", "exe", "sys"]
);
vocab!(
    OPINION,
    "opinion-enum",
    true,
    [
        "strongly-disagree",
        "disagree",
        "neutral",
        "agree",
        "strongly-agree"
    ]
);
vocab!(
    ENCRYPTION_ALGORITHM,
    "encryption-algorithm-enum",
    true,
    ["AES-256-GCM", "ChaCha20-Poly1305", "mime-type-indicated"]
);
vocab!(
    EXTENSION_TYPE,
    "extension-type-enum",
    true,
    [
        "new-sdo",
        "new-sco",
        "new-sro",
        "property-extension",
        "toplevel-property-extension"
    ]
);
vocab!(
    NETWORK_SOCKET_ADDRESS_FAMILY,
    "network-socket-address-family-enum",
    true,
    [
        "AF_UNSPEC",
        "AF_INET",
        "AF_IPX",
        "AF_APPLETALK",
        "AF_NETBIOS",
        "AF_INET6",
        "AF_IRDA",
        "AF_BTH"
    ]
);
vocab!(
    NETWORK_SOCKET_TYPE,
    "network-socket-type-enum",
    true,
    [
        "SOCK_STREAM",
        "SOCK_DGRAM",
        "SOCK_RAW",
        "SOCK_RDM",
        "SOCK_SEQPACKET"
    ]
);
vocab!(
    WINDOWS_INTEGRITY_LEVEL,
    "windows-integrity-level-enum",
    true,
    ["low", "medium", "high", "system"]
);
vocab!(
    WINDOWS_REGISTRY_DATATYPE,
    "windows-registry-datatype-enum",
    true,
    [
        "REG_NONE",
        "REG_SZ",
        "REG_EXPAND_SZ",
        "REG_BINARY",
        "REG_DWORD",
        "REG_DWORD_BIG_ENDIAN",
        "REG_DWORD_LITTLE_ENDIAN",
        "REG_LINK",
        "REG_MULTI_SZ",
        "REG_RESOURCE_LIST",
        "REG_FULL_RESOURCE_DESCRIPTION",
        "REG_RESOURCE_REQUIREMENTS_LIST",
        "REG_QWORD",
        "REG_INVALID_TYPE"
    ]
);
vocab!(
    WINDOWS_SERVICE_START_TYPE,
    "windows-service-start-type-enum",
    true,
    [
        "SERVICE_AUTO_START",
        "SERVICE_BOOT_START",
        "SERVICE_DEMAND_START",
        "SERVICE_DISABLED",
        "SERVICE_SYSTEM_ALERT"
    ]
);
vocab!(
    WINDOWS_SERVICE_TYPE,
    "windows-service-type-enum",
    true,
    [
        "SERVICE_KERNEL_DRIVER",
        "SERVICE_FILE_SYSTEM_DRIVER",
        "SERVICE_WIN32_OWN_PROCESS",
        "SERVICE_WIN32_SHARE_PROCESS"
    ]
);
vocab!(
    WINDOWS_SERVICE_STATUS,
    "windows-service-status-enum",
    true,
    [
        "SERVICE_CONTINUE_PENDING",
        "SERVICE_PAUSE_PENDING",
        "SERVICE_PAUSED",
        "SERVICE_RUNNING",
        "SERVICE_START_PENDING",
        "SERVICE_STOP_PENDING",
        "SERVICE_STOPPED"
    ]
);

/// Which vocabulary governs a property of an object type, if any.
pub fn vocabulary_for(object_type: &str, property: &str) -> Option<Vocabulary> {
    Some(match (object_type, property) {
        ("grouping", "context") => GROUPING_CONTEXT,
        ("identity", "identity_class") => IDENTITY_CLASS,
        ("identity", "sectors") => INDUSTRY_SECTOR,
        ("indicator", "indicator_types") => INDICATOR_TYPE,
        ("indicator", "pattern_type") => PATTERN_TYPE,
        ("infrastructure", "infrastructure_types") => INFRASTRUCTURE_TYPE,
        ("intrusion-set" | "threat-actor", "resource_level") => ATTACK_RESOURCE_LEVEL,
        (
            "intrusion-set" | "threat-actor",
            "primary_motivation" | "secondary_motivations" | "personal_motivations",
        ) => ATTACK_MOTIVATION,
        ("location", "region") => REGION,
        ("malware", "malware_types") => MALWARE_TYPE,
        ("malware", "architecture_execution_envs") => PROCESSOR_ARCHITECTURE,
        ("malware", "implementation_languages") => IMPLEMENTATION_LANGUAGE,
        ("malware", "capabilities") => MALWARE_CAPABILITIES,
        ("malware-analysis", "result") => MALWARE_RESULT,
        ("opinion", "opinion") => OPINION,
        ("report", "report_types") => REPORT_TYPE,
        ("threat-actor", "threat_actor_types") => THREAT_ACTOR_TYPE,
        ("threat-actor", "roles") => THREAT_ACTOR_ROLE,
        ("threat-actor", "sophistication") => THREAT_ACTOR_SOPHISTICATION,
        ("tool", "tool_types") => TOOL_TYPE,
        ("artifact", "encryption_algorithm") => ENCRYPTION_ALGORITHM,
        ("user-account", "account_type") => ACCOUNT_TYPE,
        ("extension-definition", "extension_types") => EXTENSION_TYPE,
        _ => return None,
    })
}

/// A standard TLP marking definition.
#[derive(Debug, Clone, Copy)]
pub struct TlpMarking {
    /// Colour as written in the definition (`white`, `green`, ... for 1.0; `clear`, `amber+strict`, ... for 2.0).
    pub level: &'static str,
    /// The one identifier the specification gives it.
    pub id: &'static str,
    /// TLP version.
    pub version: u8,
}

/// TLP 1.0 (§7.2.1.4) and TLP 2.0 (OASIS TLP 2.0 marking definitions) with their standard ids.
pub const TLP_MARKINGS: &[TlpMarking] = &[
    TlpMarking {
        level: "white",
        id: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        version: 1,
    },
    TlpMarking {
        level: "green",
        id: "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
        version: 1,
    },
    TlpMarking {
        level: "amber",
        id: "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
        version: 1,
    },
    TlpMarking {
        level: "red",
        id: "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
        version: 1,
    },
    TlpMarking {
        level: "clear",
        id: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        version: 2,
    },
    TlpMarking {
        level: "green",
        id: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        version: 2,
    },
    TlpMarking {
        level: "amber",
        id: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        version: 2,
    },
    TlpMarking {
        level: "amber+strict",
        id: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        version: 2,
    },
    TlpMarking {
        level: "red",
        id: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        version: 2,
    },
];

/// The extension definition that TLP 2.0 marking definitions use.
pub const TLP2_EXTENSION_ID: &str = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/// Whether `id` is one of the standard TLP marking definitions.
pub fn is_standard_tlp(id: &str) -> bool {
    TLP_MARKINGS.iter().any(|m| m.id == id)
}

/// Relationship types the specification defines for every pair of objects.
pub const GENERIC_RELATIONSHIPS: &[&str] = &["derived-from", "duplicate-of", "related-to"];

/// Relationships the specification suggests: (source type, relationship type, allowed target types).
/// `"<sco>"` stands for any cyber-observable type.
pub const SUGGESTED_RELATIONSHIPS: &[(&str, &str, &[&str])] = &[
    ("attack-pattern", "delivers", &["malware"]),
    (
        "attack-pattern",
        "targets",
        &["identity", "location", "vulnerability"],
    ),
    ("attack-pattern", "uses", &["malware", "tool"]),
    (
        "campaign",
        "attributed-to",
        &["intrusion-set", "threat-actor"],
    ),
    ("campaign", "compromises", &["infrastructure"]),
    ("campaign", "originates-from", &["location"]),
    (
        "campaign",
        "targets",
        &["identity", "location", "vulnerability"],
    ),
    (
        "campaign",
        "uses",
        &["attack-pattern", "infrastructure", "malware", "tool"],
    ),
    ("course-of-action", "investigates", &["indicator"]),
    (
        "course-of-action",
        "mitigates",
        &[
            "attack-pattern",
            "indicator",
            "malware",
            "tool",
            "vulnerability",
        ],
    ),
    (
        "course-of-action",
        "remediates",
        &["malware", "vulnerability"],
    ),
    ("identity", "located-at", &["location"]),
    (
        "indicator",
        "indicates",
        &[
            "attack-pattern",
            "campaign",
            "infrastructure",
            "intrusion-set",
            "malware",
            "threat-actor",
            "tool",
        ],
    ),
    ("indicator", "based-on", &["observed-data"]),
    (
        "infrastructure",
        "communicates-with",
        &[
            "infrastructure",
            "ipv4-addr",
            "ipv6-addr",
            "domain-name",
            "url",
        ],
    ),
    (
        "infrastructure",
        "consists-of",
        &["infrastructure", "observed-data", "<sco>"],
    ),
    ("infrastructure", "controls", &["infrastructure", "malware"]),
    ("infrastructure", "delivers", &["malware"]),
    ("infrastructure", "has", &["vulnerability"]),
    ("infrastructure", "hosts", &["tool", "malware"]),
    ("infrastructure", "located-at", &["location"]),
    ("infrastructure", "uses", &["infrastructure"]),
    ("intrusion-set", "attributed-to", &["threat-actor"]),
    ("intrusion-set", "compromises", &["infrastructure"]),
    ("intrusion-set", "hosts", &["infrastructure"]),
    ("intrusion-set", "owns", &["infrastructure"]),
    ("intrusion-set", "originates-from", &["location"]),
    (
        "intrusion-set",
        "targets",
        &["identity", "location", "vulnerability"],
    ),
    (
        "intrusion-set",
        "uses",
        &["attack-pattern", "infrastructure", "malware", "tool"],
    ),
    ("malware", "authored-by", &["threat-actor", "intrusion-set"]),
    ("malware", "beacons-to", &["infrastructure"]),
    ("malware", "exfiltrates-to", &["infrastructure"]),
    (
        "malware",
        "communicates-with",
        &["ipv4-addr", "ipv6-addr", "domain-name", "url"],
    ),
    ("malware", "controls", &["malware"]),
    ("malware", "downloads", &["malware", "tool", "file"]),
    ("malware", "drops", &["malware", "tool", "file"]),
    ("malware", "exploits", &["vulnerability"]),
    ("malware", "originates-from", &["location"]),
    (
        "malware",
        "targets",
        &["identity", "infrastructure", "location", "vulnerability"],
    ),
    (
        "malware",
        "uses",
        &["attack-pattern", "infrastructure", "malware", "tool"],
    ),
    ("malware", "variant-of", &["malware"]),
    ("malware-analysis", "characterizes", &["malware"]),
    ("malware-analysis", "analysis-of", &["malware"]),
    ("malware-analysis", "static-analysis-of", &["malware"]),
    ("malware-analysis", "dynamic-analysis-of", &["malware"]),
    ("threat-actor", "attributed-to", &["identity"]),
    ("threat-actor", "compromises", &["infrastructure"]),
    ("threat-actor", "hosts", &["infrastructure"]),
    ("threat-actor", "owns", &["infrastructure"]),
    ("threat-actor", "impersonates", &["identity"]),
    ("threat-actor", "located-at", &["location"]),
    (
        "threat-actor",
        "targets",
        &["identity", "location", "vulnerability"],
    ),
    (
        "threat-actor",
        "uses",
        &["attack-pattern", "infrastructure", "malware", "tool"],
    ),
    ("tool", "delivers", &["malware"]),
    ("tool", "drops", &["malware"]),
    ("tool", "has", &["vulnerability"]),
    (
        "tool",
        "targets",
        &["identity", "infrastructure", "location", "vulnerability"],
    ),
    ("tool", "uses", &["infrastructure"]),
];
