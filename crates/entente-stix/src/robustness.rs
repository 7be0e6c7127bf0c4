//! Property tests: no input, however hostile, makes the reader, the validator or the pattern
//! parser panic.

use proptest::prelude::*;
use serde_json::{Map, Value};

use crate::{
    ForEachControl, Options, for_each_object, pattern, validate_object, validate_reader,
    validate_slice,
};

const KEYS: &[&str] = &[
    "type",
    "id",
    "spec_version",
    "created",
    "modified",
    "objects",
    "pattern",
    "pattern_type",
    "valid_from",
    "valid_until",
    "object_refs",
    "created_by_ref",
    "object_marking_refs",
    "granular_markings",
    "selectors",
    "marking_ref",
    "lang",
    "external_references",
    "source_name",
    "kill_chain_phases",
    "extensions",
    "hashes",
    "definition_type",
    "definition",
    "tlp",
    "source_ref",
    "target_ref",
    "relationship_type",
    "x_custom_ref",
    "is_family",
    "latitude",
    "longitude",
    "number_observed",
    "count",
    "value",
    "is_multipart",
    "contents",
];
const STRINGS: &[&str] = &[
    "indicator",
    "bundle",
    "relationship",
    "marking-definition",
    "x-acme",
    "file",
    "malware",
    "sighting",
    "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
    "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
    "2016-04-06T20:03:00.000Z",
    "2016-02-30T00:00:00Z",
    "2.1",
    "stix",
    "tlp",
    "[file:name = 'x']",
    "[file:hashes.MD5 = 'x'] WITHIN 5 SECONDS",
    "(",
    "[",
    "",
    "~/",
    "kill_chain_phases.[0]",
    "name",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(STRINGS).prop_map(|s| Value::String(s.to_string())),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..10).prop_map(|kvs| {
                Value::Object(
                    kvs.into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = validate_slice(&bytes, &Options::default(), |_| {});
        let _ = validate_reader(&bytes[..], &Options::default(), |_| {});
        let _ = for_each_object(&bytes[..], |_| ForEachControl::Continue);
        if let Ok(s) = std::str::from_utf8(&bytes) {
            let _ = pattern::parse(s);
        }
    }

    #[test]
    fn random_json_never_panics(v in json_value()) {
        let _ = validate_object(&v);
        let bundle = serde_json::json!({"type": "bundle", "id": "bundle--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "objects": [v.clone()]});
        let text = bundle.to_string();
        let _ = validate_slice(text.as_bytes(), &Options::default(), |_| {});
        let _ = validate_reader(v.to_string().as_bytes(), &Options::default(), |_| {});
    }

    #[test]
    fn random_patterns_never_panic(s in "[\\[\\]():a-z_.'=!<>*, 0-9tbhANDORFLWEDBYINTSQ+-]{0,64}") {
        let _ = pattern::parse(&s);
    }

    #[test]
    fn random_stix_shaped_objects_never_panic(
        kvs in prop::collection::vec((prop::sample::select(KEYS), json_value()), 0..16),
        ty in prop::sample::select(&["indicator", "relationship", "marking-definition", "file", "location", "x-acme"][..]),
    ) {
        let mut m: Map<String, Value> = kvs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        m.insert("type".into(), Value::String(ty.to_string()));
        let _ = validate_object(&Value::Object(m));
    }
}
