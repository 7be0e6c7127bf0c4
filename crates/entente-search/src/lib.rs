//! The search projection of entente (issue 19): a tantivy index in the data directory, folded
//! from the log like every other projection (its SQL side, which documents exist and what they
//! hold, is `entente_store::search_source`), with per-language analysis for the 24 official
//! languages, and queries that carry the viewer's marking filter so that hits, counts and
//! facets hold only what the viewer may see. See `docs/search.md`.
//!
//! **Architecture invariant:** the index is derived and disposable: the SQLite projections stay
//! authoritative, every hit is confirmed by the store before it is shown, and `entente rebuild`
//! (or any mismatch at open) rebuilds it from the log.
#![forbid(unsafe_code)]

pub mod analysis;
pub mod detect;
pub mod engine;
mod error;
pub mod fold;
pub mod index;
pub mod light;
pub mod query;
pub mod snippet;

pub use engine::{Hit, INDEX_DIR, ReadOnlySource, Results, SearchIndex, Source, StoreSource};
pub use error::{Result, SearchError};
pub use query::{SearchRequest, Sort};

/// Deletes the index of data directory `dir` and builds it again from the log (the CLI's
/// `entente rebuild`, which holds the directory). Returns the number of documents and the
/// event the index covers.
pub fn rebuild(dir: &std::path::Path) -> Result<(u64, u64)> {
    let path = dir.join(INDEX_DIR);
    if path.exists() {
        std::fs::remove_dir_all(&path)?;
    }
    let source = std::sync::Arc::new(ReadOnlySource::open(dir)?);
    let idx = SearchIndex::open(dir, source, analysis::Config::default(), true)?;
    let head = idx.reindex_all()?;
    let docs = idx.document_count()?;
    idx.close();
    Ok((docs, head))
}
