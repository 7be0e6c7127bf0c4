//! Statements (issue 14): drafted on a dossier in versions, translated and verified language by
//! language, adopted through a procedure (`Subject::Statement`), released at one moment.
//!
//! Visibility: a statement is seen by those who see its dossier **and** its own marking (which
//! may narrow the dossier's, never widen it). A release is public: the `releases` table holds
//! only what the `statement.released` event published (the texts, their languages, the kind, the
//! party, the time and the public release id), never the statement's or the dossier's id in what
//! it serves.

mod decide;
mod project;
mod read;
pub mod store;

pub use decide::{NewStatement, TranslationInput};
pub use project::apply;
pub use read::*;
