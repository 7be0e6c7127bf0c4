//! Wire types of the JSON API: the compatibility promise to API clients, kept at the edge.
//!
//! The documents that both the API and the `entente` binary read or write live here too, in
//! one place each, so that a file and a request body cannot drift apart: [`procedure`] (the
//! positions of a vote, its population figures and its outcome), [`population`] (an Annex III
//! table to load) and [`options`] (the options input document and its report).

pub mod options;
pub mod population;
pub mod procedure;

use entente_core::dossier::{DossierFacts, SourceRef, Status, Victim};
use entente_core::{LocalizedText, Marking};
use entente_store::dossiers::{DossierView, HistoryEntry};
use entente_store::parties::PartyView;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize)]
pub struct PartyOut {
    pub id: String,
    pub kind: String,
    pub name: LocalizedText,
}

impl From<PartyView> for PartyOut {
    fn from(p: PartyView) -> Self {
        PartyOut {
            id: p.id.to_string(),
            kind: p.kind.as_str().into(),
            name: p.name,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DossierOut {
    pub id: String,
    pub status: Status,
    pub allowed_transitions: Vec<Status>,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    pub first_seen: Option<chrono::NaiveDate>,
    pub last_seen: Option<chrono::NaiveDate>,
    pub victims: Vec<Victim>,
    pub sources: Vec<SourceRef>,
    pub marking: Marking,
    pub origin: String,
    pub author: String,
    pub created_at: String,
    pub updated_at: String,
    pub version: u32,
}

impl From<DossierView> for DossierOut {
    fn from(d: DossierView) -> Self {
        DossierOut {
            allowed_transitions: d.status.allowed_next().to_vec(),
            id: d.id,
            status: d.status,
            title: d.facts.title,
            summary: d.facts.summary,
            first_seen: d.facts.first_seen,
            last_seen: d.facts.last_seen,
            victims: d.facts.victims,
            sources: d.facts.sources,
            marking: d.marking,
            origin: d.origin.to_string(),
            author: d.author.to_string(),
            created_at: d.created_at,
            updated_at: d.updated_at,
            version: d.version,
        }
    }
}

/// Body of `POST /api/v1/dossiers`. The server assigns the id (the `slug`, or the title, and a
/// random suffix): a client never names an id outright, so that creating cannot tell whether
/// a dossier it cannot see exists (F5). Without a marking the dossier stays within the
/// creator's party (TLP:AMBER+STRICT): nothing is shared that was not meant to be.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierCreateIn {
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(flatten)]
    pub facts: FactsIn,
    #[serde(default = "private_marking")]
    pub marking: Marking,
}

fn private_marking() -> Marking {
    Marking::tlp(entente_core::Tlp::AmberStrict)
}

/// The editable facts, as clients send them.
#[derive(Debug, Deserialize)]
pub struct FactsIn {
    pub title: LocalizedText,
    #[serde(default)]
    pub summary: LocalizedText,
    #[serde(default)]
    pub first_seen: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub last_seen: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub victims: Vec<Victim>,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
}

impl From<FactsIn> for DossierFacts {
    fn from(f: FactsIn) -> Self {
        DossierFacts {
            title: f.title,
            summary: f.summary,
            first_seen: f.first_seen,
            last_seen: f.last_seen,
            victims: f.victims,
            sources: f.sources,
        }
    }
}

/// Body of `PUT /api/v1/dossiers/{id}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierUpdateIn {
    #[serde(flatten)]
    pub facts: FactsIn,
    /// The version the client edited; a mismatch is a conflict (optimistic concurrency).
    #[serde(default)]
    pub version: Option<u32>,
}

/// Body of `POST /api/v1/dossiers/{id}/transition`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransitionIn {
    pub to: String,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierQuery {
    pub status: Option<String>,
    pub q: Option<String>,
    pub victim: Option<String>,
    #[serde(default)]
    pub offset: usize,
    pub limit: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct PageOut<T> {
    pub items: Vec<T>,
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Serialize)]
pub struct HistoryOut {
    pub seq: u64,
    pub at: String,
    pub actor: String,
    pub party: String,
    pub kind: String,
    pub summary: String,
}

impl From<HistoryEntry> for HistoryOut {
    fn from(h: HistoryEntry) -> Self {
        HistoryOut {
            seq: h.seq,
            at: h.at,
            actor: h.actor,
            party: h.party,
            kind: h.kind,
            summary: h.summary,
        }
    }
}
