//! Events: the envelope every change is recorded in, and the hash chain over them.
//!
//! An event's `hash` is SHA-256 over the canonical JSON (RFC 8785, JSON Canonicalization
//! Scheme) of the object with the keys `actor_party`, `actor_user`, `id`, `marking`, `payload`,
//! `prev_hash`, `recorded_at`, `seq`, `simulated_at`, `type` and `version`. The first event's
//! `prev_hash` is 64 zeros. Payloads and markings are stored as canonical JSON text, so the
//! hash input can be assembled from the stored columns without re-parsing them; a test checks
//! this assembly against a general RFC 8785 implementation.
//!
//! Event payloads are wire types: once written, a `(type, version)` pair is a promise kept
//! forever. A change of shape is a new version, and projections read every version.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{Marking, PartyId, UserId};

/// The `prev_hash` of the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A typed, versioned event payload.
pub trait EventBody: Serialize + DeserializeOwned {
    /// Dotted name, e.g. `dossier.created`.
    const TYPE: &'static str;
    const VERSION: u32;
}

/// Who caused an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user: UserId,
    pub party: PartyId,
}

/// An event decided by the core but not yet placed in the log.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub kind: &'static str,
    pub version: u32,
    /// Canonical (RFC 8785) JSON text of the payload.
    pub payload: String,
    pub marking: Marking,
}

impl Draft {
    pub fn new<B: EventBody>(body: &B, marking: Marking) -> Self {
        Draft {
            kind: B::TYPE,
            version: B::VERSION,
            payload: canonical(body),
            marking,
        }
    }
}

/// An event as stored in the log.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub seq: u64,
    pub id: Uuid,
    pub recorded_at: DateTime<Utc>,
    pub actor: Actor,
    pub simulated_at: Option<DateTime<Utc>>,
    pub kind: String,
    pub version: u32,
    pub payload: String,
    /// Canonical JSON text of the marking.
    pub marking: String,
    pub prev_hash: String,
    pub hash: String,
}

impl Event {
    /// When the event happened in the world it records: its simulated time (an exercise, or a
    /// replay of the public record) when it has one, else when it was recorded.
    pub fn occurred_at(&self) -> DateTime<Utc> {
        self.simulated_at.unwrap_or(self.recorded_at)
    }

    /// Places a draft after the event whose hash is `prev_hash`.
    pub fn seal(
        draft: Draft,
        seq: u64,
        id: Uuid,
        recorded_at: DateTime<Utc>,
        actor: Actor,
        simulated_at: Option<DateTime<Utc>>,
        prev_hash: &str,
    ) -> Event {
        let mut e = Event {
            seq,
            id,
            recorded_at,
            actor,
            simulated_at,
            kind: draft.kind.to_string(),
            version: draft.version,
            payload: draft.payload,
            marking: canonical(&draft.marking),
            prev_hash: prev_hash.to_string(),
            hash: String::new(),
        };
        e.hash = e.compute_hash();
        e
    }

    /// Decodes the payload as `B`, if the event is of that type and version.
    pub fn body<B: EventBody>(&self) -> Option<Result<B, serde_json::Error>> {
        (self.kind == B::TYPE && self.version == B::VERSION)
            .then(|| serde_json::from_str(&self.payload))
    }

    pub fn parsed_marking(&self) -> Result<Marking, serde_json::Error> {
        serde_json::from_str(&self.marking)
    }

    /// The hash this event should carry, recomputed from its fields.
    pub fn compute_hash(&self) -> String {
        hash_parts(&HashInput {
            seq: self.seq,
            id: &self.id.to_string(),
            recorded_at: &format_time(self.recorded_at),
            actor_user: self.actor.user.as_str(),
            actor_party: self.actor.party.as_str(),
            simulated_at: self.simulated_at.map(format_time).as_deref(),
            kind: &self.kind,
            version: self.version,
            payload: &self.payload,
            marking: &self.marking,
            prev_hash: &self.prev_hash,
        })
    }
}

/// The fields of an event as text, the way the store keeps them.
pub struct HashInput<'a> {
    pub seq: u64,
    pub id: &'a str,
    pub recorded_at: &'a str,
    pub actor_user: &'a str,
    pub actor_party: &'a str,
    pub simulated_at: Option<&'a str>,
    pub kind: &'a str,
    pub version: u32,
    /// Canonical JSON text.
    pub payload: &'a str,
    /// Canonical JSON text.
    pub marking: &'a str,
    pub prev_hash: &'a str,
}

/// SHA-256 (lower-case hex) of the canonical JSON of the envelope. The keys are ASCII, so
/// RFC 8785's UTF-16 key order is byte order; strings are escaped as RFC 8785 §3.2.2.2 requires
/// (which is what `serde_json` writes).
pub fn hash_parts(h: &HashInput<'_>) -> String {
    let mut buf = String::with_capacity(320 + h.payload.len() + h.marking.len());
    buf.push_str("{\"actor_party\":");
    push_json_str(&mut buf, h.actor_party);
    buf.push_str(",\"actor_user\":");
    push_json_str(&mut buf, h.actor_user);
    buf.push_str(",\"id\":");
    push_json_str(&mut buf, h.id);
    buf.push_str(",\"marking\":");
    buf.push_str(h.marking);
    buf.push_str(",\"payload\":");
    buf.push_str(h.payload);
    buf.push_str(",\"prev_hash\":");
    push_json_str(&mut buf, h.prev_hash);
    buf.push_str(",\"recorded_at\":");
    push_json_str(&mut buf, h.recorded_at);
    buf.push_str(",\"seq\":");
    push_u64(&mut buf, h.seq);
    buf.push_str(",\"simulated_at\":");
    match h.simulated_at {
        Some(t) => push_json_str(&mut buf, t),
        None => buf.push_str("null"),
    }
    buf.push_str(",\"type\":");
    push_json_str(&mut buf, h.kind);
    buf.push_str(",\"version\":");
    push_u64(&mut buf, u64::from(h.version));
    buf.push('}');
    let digest = Sha256::digest(buf.as_bytes());
    hex::encode(digest)
}

fn push_u64(buf: &mut String, v: u64) {
    use std::fmt::Write;
    let _ = write!(buf, "{v}");
}

/// Appends `s` as a JSON string escaped as RFC 8785 §3.2.2.2 requires: `"` and `\\` escaped,
/// control characters as `\b \t \n \f \r` or `\u00xx` (lower-case hex), everything else as is.
fn push_json_str(buf: &mut String, s: &str) {
    buf.push('"');
    if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        buf.push_str(s);
    } else {
        for c in s.chars() {
            match c {
                '"' => buf.push_str("\\\""),
                '\\' => buf.push_str("\\\\"),
                '\u{08}' => buf.push_str("\\b"),
                '\t' => buf.push_str("\\t"),
                '\n' => buf.push_str("\\n"),
                '\u{0c}' => buf.push_str("\\f"),
                '\r' => buf.push_str("\\r"),
                c if (c as u32) < 0x20 => {
                    use std::fmt::Write;
                    let _ = write!(buf, "\\u{:04x}", c as u32);
                }
                c => buf.push(c),
            }
        }
    }
    buf.push('"');
}

/// RFC 8785 canonical JSON of a serialisable value.
pub fn canonical<T: Serialize>(v: &T) -> String {
    // Serialising our own types to a String cannot fail: they hold no maps with non-string keys.
    serde_json_canonicalizer::to_string(v).unwrap_or_else(|_| "null".to_string())
}

/// Times in the log: RFC 3339, UTC, microsecond precision, `Z` suffix.
pub fn format_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The message an instance key signs for a checkpoint: `entente-checkpoint:v1:{seq}:{hash}`.
pub fn checkpoint_message(seq: u64, hash: &str) -> Vec<u8> {
    format!("entente-checkpoint:v1:{seq}:{hash}").into_bytes()
}

/// A checkpoint: the instance's Ed25519 signature over `(seq, hash)` of an earlier event.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckpointSigned {
    pub covers_seq: u64,
    pub covers_hash: String,
    /// Hex of the 32-byte Ed25519 public key.
    pub public_key: String,
    /// Hex of the 64-byte signature over [`checkpoint_message`].
    pub signature: String,
}

impl EventBody for CheckpointSigned {
    const TYPE: &'static str = "log.checkpoint";
    const VERSION: u32 = 1;
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn string_escaping_matches_serde_json(s in "\\PC*|[\\x00-\\x1f\"\\\\a-zé]{0,12}") {
            let mut buf = String::new();
            push_json_str(&mut buf, &s);
            prop_assert_eq!(buf, serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn hash_assembly_equals_rfc8785_of_the_envelope() {
        let marking = canonical(&Marking::clear());
        let payload =
            canonical(&serde_json::json!({"title": {"lv": "Kiberuzbrukums \"Ā\"\n"}, "n": 3}));
        let t = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap();
        let e = Event {
            seq: 7,
            id: Uuid::nil(),
            recorded_at: t,
            actor: Actor {
                user: UserId::parse("anna").unwrap(),
                party: PartyId::parse("LV").unwrap(),
            },
            simulated_at: Some(t),
            kind: "dossier.created".into(),
            version: 1,
            payload: payload.clone(),
            marking: marking.clone(),
            prev_hash: GENESIS_HASH.into(),
            hash: String::new(),
        };
        let envelope = serde_json::json!({
            "seq": 7, "id": Uuid::nil().to_string(), "recorded_at": format_time(t),
            "actor_user": "anna", "actor_party": "LV", "simulated_at": format_time(t),
            "type": "dossier.created", "version": 1,
            "payload": serde_json::from_str::<serde_json::Value>(&payload).unwrap(),
            "marking": serde_json::from_str::<serde_json::Value>(&marking).unwrap(),
            "prev_hash": GENESIS_HASH,
        });
        let expected = hex::encode(Sha256::digest(canonical(&envelope).as_bytes()));
        assert_eq!(e.compute_hash(), expected);
    }
}

/// `log.note`: a free-text note in the log. Projected nowhere; the load generator, the crash
/// test and the benchmarks append these.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
}

impl EventBody for Note {
    const TYPE: &'static str = "log.note";
    const VERSION: u32 = 1;
}
