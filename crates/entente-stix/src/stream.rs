//! Streaming over a STIX document of any size: the top level is read with a serde
//! `DeserializeSeed` that hands each member of `objects` to a callback as soon as it is parsed,
//! so at most one object is in memory at a time. Cross-object checks keep only identifiers of
//! markings and a 128-bit digest per object version.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{BufReader, Read};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::error::Error;
use crate::model::StixObject;
use crate::report::{BundleReport, Finding, ObjectReport, Rule, Severity};
use crate::syntax;
use crate::validate::{Options, validate_value};
use crate::vocab;

/// What an ingest callback wants next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForEachControl {
    /// Hand me the next object.
    Continue,
    /// Stop reading; [`for_each_object`] returns `Ok` with what was delivered so far.
    Stop,
}

/// The document's top level once read: either a bundle (objects streamed) or a single object.
struct Envelope {
    /// Every top-level property except a streamed `objects`.
    map: Map<String, Value>,
    /// Whether `objects` was a list whose members went to the callback.
    streamed: bool,
}

struct Drive<'f, F> {
    on_item: &'f mut F,
    count: usize,
    stopped: bool,
}

const STOP: &str = "entente-stix: stopped by callback";

struct TopSeed<'a, 'f, F>(&'a mut Drive<'f, F>);

enum Top {
    Object(Envelope),
    NotObject,
}

impl<'de, F: FnMut(usize, Value) -> bool> DeserializeSeed<'de> for TopSeed<'_, '_, F> {
    type Value = Top;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Top, D::Error> {
        d.deserialize_any(self)
    }
}

macro_rules! not_object {
    ($($name:ident: $t:ty),*) => {
        $(fn $name<E: de::Error>(self, _v: $t) -> Result<Top, E> { Ok(Top::NotObject) })*
    };
}

impl<'de, F: FnMut(usize, Value) -> bool> Visitor<'de> for TopSeed<'_, '_, F> {
    type Value = Top;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a STIX bundle or object")
    }
    not_object!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);
    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Ok(Top::NotObject)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Top::NotObject)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let mut env = Envelope {
            map: Map::new(),
            streamed: false,
        };
        while let Some(key) = map.next_key::<String>()? {
            let is_bundle_so_far = env
                .map
                .get("type")
                .is_none_or(|t| t.as_str() == Some("bundle"));
            if key == "objects" && is_bundle_so_far && !env.streamed {
                match map.next_value_seed(ObjectsSeed(&mut *self.0))? {
                    Some(v) => {
                        env.map.insert(key, v);
                    }
                    None => {
                        env.streamed = true;
                        // Keep the key's position so the envelope can be rebuilt in order.
                        env.map.insert(key, Value::Null);
                    }
                }
            } else {
                let v: Value = map.next_value()?;
                env.map.insert(key, v);
            }
        }
        Ok(Top::Object(env))
    }
}

/// `objects`: a list is streamed (returns `None`); anything else is returned whole.
struct ObjectsSeed<'a, 'f, F>(&'a mut Drive<'f, F>);

impl<'de, F: FnMut(usize, Value) -> bool> DeserializeSeed<'de> for ObjectsSeed<'_, '_, F> {
    type Value = Option<Value>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Option<Value>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, F: FnMut(usize, Value) -> bool> Visitor<'de> for ObjectsSeed<'_, '_, F> {
    type Value = Option<Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of STIX objects")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Value>, A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            let idx = self.0.count;
            self.0.count += 1;
            if !(self.0.on_item)(idx, v) {
                self.0.stopped = true;
                return Err(de::Error::custom(STOP));
            }
        }
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<Value>, A::Error> {
        Value::deserialize_from_map(map).map(Some)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<Value>, E> {
        Ok(Some(Value::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<Value>, E> {
        Ok(Some(Value::from(v)))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<Value>, E> {
        Ok(Some(Value::String(v.to_owned())))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<Value>, E> {
        Ok(Some(Value::Null))
    }
}

trait FromMap: Sized {
    fn deserialize_from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

impl FromMap for Value {
    fn deserialize_from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        use serde::Deserialize;
        Value::deserialize(de::value::MapAccessDeserializer::new(map))
    }
}

/// Where a document comes from: a reader (streamed in bounded memory) or bytes already in memory
/// (parsed in place, which is faster).
enum Input<'a, R> {
    Reader(R),
    Slice(&'a [u8]),
}

/// Read the document, handing each member of a bundle's `objects` to `on_item(index, value)`;
/// `on_item` returns false to stop. Returns the envelope (None if stopped early).
fn drive<R: Read, F: FnMut(usize, Value) -> bool>(
    input: Input<'_, R>,
    on_item: &mut F,
) -> Result<Option<Envelope>, Error> {
    match input {
        Input::Reader(r) => {
            let mut de =
                serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, r));
            drive_de(&mut de, on_item)
        }
        Input::Slice(b) => drive_de(&mut serde_json::Deserializer::from_slice(b), on_item),
    }
}

fn drive_de<'de, J: serde_json::de::Read<'de>, F: FnMut(usize, Value) -> bool>(
    de: &mut serde_json::Deserializer<J>,
    on_item: &mut F,
) -> Result<Option<Envelope>, Error> {
    let mut state = Drive {
        on_item,
        count: 0,
        stopped: false,
    };
    let top = match TopSeed(&mut state).deserialize(&mut *de) {
        Ok(t) => t,
        Err(_) if state.stopped => return Ok(None),
        Err(e) => return Err(Error::from_json(e)),
    };
    de.end().map_err(Error::from_json)?;
    match top {
        Top::Object(env) => Ok(Some(env)),
        Top::NotObject => Err(Error::NotAnObject),
    }
}

fn is_bundle(env: &Envelope) -> bool {
    env.map.get("type").and_then(Value::as_str) == Some("bundle")
}

/// Stream the objects of a bundle (or the one object of a single-object document) to `f`, in
/// order, one at a time, in memory bounded by the largest object. Members of `objects` that are
/// not JSON objects are skipped. Returns how many objects were handed over.
pub fn for_each_object<R: Read>(
    r: R,
    f: impl FnMut(StixObject) -> ForEachControl,
) -> Result<usize, Error> {
    for_each_in(Input::Reader(r), f)
}

/// [`for_each_object`] over bytes already in memory (faster than through a reader).
pub fn for_each_object_in_slice(
    bytes: &[u8],
    f: impl FnMut(StixObject) -> ForEachControl,
) -> Result<usize, Error> {
    for_each_in(Input::Slice::<&[u8]>(bytes), f)
}

fn for_each_in<R: Read>(
    input: Input<'_, R>,
    mut f: impl FnMut(StixObject) -> ForEachControl,
) -> Result<usize, Error> {
    let mut delivered = 0usize;
    let mut on_item = |_: usize, v: Value| match StixObject::from_value(v) {
        Some(o) => {
            delivered += 1;
            f(o) == ForEachControl::Continue
        }
        None => true,
    };
    let env = drive(input, &mut on_item)?;
    if let Some(env) = env
        && !is_bundle(&env)
        && !env.streamed
    {
        f(StixObject::from_map(env.map));
        delivered += 1;
    }
    Ok(delivered)
}

/// A 128-bit digest of `(id, modified)`: two SipHash runs with distinct prefixes. Only compared
/// within one process, so the hasher's stability across Rust releases does not matter.
fn version_digest(id: &str, modified: &str) -> u128 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        id.hash(&mut h);
        modified.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// Bundle-wide state: only identifiers, never objects.
#[derive(Default)]
struct CrossCheck {
    markings_seen: HashSet<String>,
    /// `(id, modified)` pairs seen, as 128-bit digests: 16 bytes per object whatever the length
    /// of its identifiers, so a bundle of millions of objects stays small in memory. Two
    /// distinct pairs collide with probability about n²/2¹²⁹ (below 10⁻²⁰ for a billion
    /// objects).
    versions_seen: HashSet<u128>,
    /// marking id -> (first referring object id, first path, number of references)
    pending_markings: HashMap<String, (Option<String>, String, usize)>,
}

impl CrossCheck {
    fn observe(&mut self, idx: usize, v: &Value, out: &mut Vec<Finding>, warnings: bool) {
        let Some(m) = v.as_object() else { return };
        let id = m.get("id").and_then(Value::as_str);
        let ty = m.get("type").and_then(Value::as_str);
        if let (Some(id), Some("marking-definition")) = (id, ty) {
            self.markings_seen.insert(id.to_string());
        }
        if let (Some(id), Some(modified)) = (id, m.get("modified").and_then(Value::as_str))
            && !self.versions_seen.insert(version_digest(id, modified))
            && warnings
        {
            {
                out.push(Finding {
                    object_id: Some(id.to_string()),
                    path: format!("/objects/{idx}"),
                    rule: Rule::DuplicateObject,
                    severity: Rule::DuplicateObject.severity(),
                    message: format!(
                        "another object in the bundle has id '{id}' and modified '{modified}'"
                    ),
                });
            }
        }
        let mut note = |r: &str, path: &dyn Fn() -> String| {
            if self.markings_seen.contains(r) || vocab::is_standard_tlp(r) {
                return;
            }
            if let Some(p) = self.pending_markings.get_mut(r) {
                p.2 += 1;
                return;
            }
            if syntax::parse_identifier(r).is_ok() {
                self.pending_markings
                    .insert(r.to_string(), (id.map(str::to_owned), path(), 1));
            }
        };
        if let Some(refs) = m.get("object_marking_refs").and_then(Value::as_array) {
            for (i, r) in refs.iter().enumerate() {
                if let Some(r) = r.as_str() {
                    note(r, &|| format!("/objects/{idx}/object_marking_refs/{i}"));
                }
            }
        }
        if let Some(gms) = m.get("granular_markings").and_then(Value::as_array) {
            for (i, g) in gms.iter().enumerate() {
                if let Some(r) = g.get("marking_ref").and_then(Value::as_str) {
                    note(r, &|| {
                        format!("/objects/{idx}/granular_markings/{i}/marking_ref")
                    });
                }
            }
        }
    }

    fn finish(self, out: &mut Vec<Finding>, warnings: bool) {
        if !warnings {
            return;
        }
        let mut unresolved: Vec<_> = self
            .pending_markings
            .into_iter()
            .filter(|(r, _)| !self.markings_seen.contains(r))
            .collect();
        unresolved.sort_by(|a, b| a.1.1.cmp(&b.1.1));
        for (r, (object_id, path, n)) in unresolved {
            out.push(Finding {
                object_id,
                path,
                rule: Rule::UnresolvedMarking,
                severity: Rule::UnresolvedMarking.severity(),
                message: format!(
                    "marking definition '{r}' (referenced {n} time(s)) is neither in the bundle nor a standard TLP marking"
                ),
            });
        }
    }
}

fn count(report: &mut BundleReport, findings: &[Finding]) {
    for f in findings {
        match f.severity {
            Severity::Error => report.errors += 1,
            Severity::Warning => report.warnings += 1,
        }
    }
}

fn check_envelope(map: &Map<String, Value>, out: &mut Vec<Finding>) {
    let id = map.get("id").and_then(Value::as_str).map(str::to_owned);
    let mut push = |path: &str, rule: Rule, message: String| {
        out.push(Finding {
            object_id: id.clone(),
            path: path.into(),
            rule,
            severity: rule.severity(),
            message,
        });
    };
    match map.get("id") {
        None => push("", Rule::IdMissing, "a bundle must have an 'id'".into()),
        Some(Value::String(s)) => match syntax::parse_identifier(s) {
            Ok(("bundle", v)) if (1..=5).contains(&v) => {}
            Ok(("bundle", _)) => push(
                "/id",
                Rule::IdFormat,
                format!("the UUID of '{s}' has no RFC 4122 version"),
            ),
            Ok(_) => push(
                "/id",
                Rule::IdTypeMismatch,
                format!("bundle id '{s}' must start with 'bundle--'"),
            ),
            Err(_) => push(
                "/id",
                Rule::IdFormat,
                format!("bundle id '{s}' is not of the form 'bundle--UUID'"),
            ),
        },
        Some(_) => push(
            "/id",
            Rule::PropertyType,
            "a bundle's 'id' must be a string".into(),
        ),
    }
    if let Some(v) = map.get("objects")
        && !v.is_array()
        && !v.is_null()
    {
        push(
            "/objects",
            Rule::BundleFormat,
            "a bundle's 'objects' must be a list".into(),
        );
    }
    for k in map.keys() {
        if !matches!(k.as_str(), "type" | "id" | "objects")
            && !syntax::is_valid_custom_property_name(k)
        {
            push(
                &format!("/{}", crate::validate::pointer_token(k)),
                Rule::CustomPropertyName,
                format!("custom property '{k}' must be 3-250 characters of a-z, 0-9 and '_'"),
            );
        }
    }
}

/// Validate a STIX document read from `r`: a bundle (each member of `objects` validated as it is
/// read and reported through `on_object`) or a single object (reported as index 0). Memory stays
/// bounded by the largest object plus the identifiers of marking definitions and object versions.
/// Errors are returned only when the input cannot be read as JSON; everything else is a finding.
pub fn validate_reader<R: Read>(
    r: R,
    opts: &Options,
    on_object: impl FnMut(ObjectReport),
) -> Result<BundleReport, Error> {
    validate_in(Input::Reader(r), opts, on_object)
}

/// [`validate_reader`] over bytes already in memory (faster than through a reader).
pub fn validate_slice(
    bytes: &[u8],
    opts: &Options,
    on_object: impl FnMut(ObjectReport),
) -> Result<BundleReport, Error> {
    validate_in(Input::Slice::<&[u8]>(bytes), opts, on_object)
}

/// Validate and ingest in one pass: `f` gets every object with its report, in order, and may stop
/// early (the returned report then covers the objects seen so far, without the bundle-wide
/// checks). Members of `objects` that are not JSON objects are reported but not handed to `f`.
pub fn for_each_validated<R: Read>(
    r: R,
    opts: &Options,
    mut f: impl FnMut(StixObject, ObjectReport) -> ForEachControl,
) -> Result<BundleReport, Error> {
    validate_core(
        Input::Reader(r),
        opts,
        &mut |v: Value, report: ObjectReport| match StixObject::from_value(v) {
            Some(o) => f(o, report) == ForEachControl::Continue,
            None => true,
        },
    )
}

fn validate_in<R: Read>(
    input: Input<'_, R>,
    opts: &Options,
    mut on_object: impl FnMut(ObjectReport),
) -> Result<BundleReport, Error> {
    validate_core(input, opts, &mut |_: Value, report: ObjectReport| {
        on_object(report);
        true
    })
}

fn validate_core<R: Read>(
    input: Input<'_, R>,
    opts: &Options,
    on_object: &mut dyn FnMut(Value, ObjectReport) -> bool,
) -> Result<BundleReport, Error> {
    let mut report = BundleReport::default();
    let mut cross = CrossCheck::default();
    let mut cross_findings = Vec::new();
    let mut on_item = |idx: usize, v: Value| {
        let base = format!("/objects/{idx}");
        let findings = validate_value(&v, &base, opts);
        cross.observe(idx, &v, &mut cross_findings, opts.warnings);
        count(&mut report, &findings);
        report.objects += 1;
        let (id, object_type) = match &v {
            Value::Object(m) => (
                m.get("id").and_then(Value::as_str).map(str::to_owned),
                m.get("type").and_then(Value::as_str).map(str::to_owned),
            ),
            _ => (None, None),
        };
        on_object(
            v,
            ObjectReport {
                index: idx,
                id,
                object_type,
                findings,
            },
        )
    };
    let env = drive(input, &mut on_item)?;
    let Some(env) = env else { return Ok(report) };
    let mut envelope_findings = Vec::new();
    if is_bundle(&env) {
        check_envelope(&env.map, &mut envelope_findings);
        cross.finish(&mut cross_findings, opts.warnings);
    } else {
        // A single object at the top level.
        let value = Value::Object(env.map);
        let findings = validate_value(&value, "", opts);
        cross.observe(0, &value, &mut cross_findings, opts.warnings);
        count(&mut report, &findings);
        report.objects += 1;
        let (id, object_type) = (
            value.get("id").and_then(Value::as_str).map(str::to_owned),
            value.get("type").and_then(Value::as_str).map(str::to_owned),
        );
        on_object(
            value,
            ObjectReport {
                index: 0,
                id,
                object_type,
                findings,
            },
        );
        cross.finish(&mut cross_findings, opts.warnings);
        // Paths of a single object start at the root, not /objects/0.
        for f in &mut cross_findings {
            if let Some(rest) = f.path.strip_prefix("/objects/0") {
                f.path = rest.to_string();
            }
        }
    }
    envelope_findings.append(&mut cross_findings);
    count(&mut report, &envelope_findings);
    report.findings = envelope_findings;
    Ok(report)
}
