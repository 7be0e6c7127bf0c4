//! The domain core of entente: types, events, rules and authorisation decisions.
//!
//! **Invariant:** this crate does no IO and never reads the clock. Every function that depends
//! on time takes the time as an argument; reference data is compiled in from `data/`.
#![forbid(unsafe_code)]

pub mod account;
pub mod authz;
pub mod dossier;
pub mod event;
pub mod ids;
pub mod lang;
pub mod marking;
pub mod merkle;
pub mod options;
pub mod party;
pub mod picture;
pub mod population;
pub mod procedure;
pub mod reference;
pub mod sanctions;
pub mod signon;
pub mod statement;
pub mod totp;
pub mod watch;

pub use event::{Actor, Draft, Event, EventBody};
pub use ids::{PartyId, UserId};
pub use lang::{Lang, LocalizedText};
pub use marking::{Classification, Marking, Tlp, Viewer, can_see};

/// A value from outside that does not fit: names the field and says what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: expected {expected}")]
pub struct Invalid {
    pub field: String,
    pub expected: String,
}

impl Invalid {
    pub fn new(field: &str, expected: &str) -> Self {
        Invalid {
            field: field.to_string(),
            expected: expected.to_string(),
        }
    }
}
