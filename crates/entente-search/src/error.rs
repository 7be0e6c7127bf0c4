use thiserror::Error;

/// What can go wrong with the search projection. Codes are stable (`SearchError::code`).
#[derive(Debug, Error)]
pub enum SearchError {
    /// A query parameter is not acceptable; names the field and what is expected.
    #[error("{field}: {expected}")]
    Invalid { field: String, expected: String },
    /// The index has not yet caught up with the log.
    #[error(
        "the search index is catching up with the log (it has indexed events up to {indexed} of {head}); try again in a moment"
    )]
    Behind { indexed: u64, head: u64 },
    /// No index in the data directory, and none can be built here now.
    #[error("{0}")]
    Missing(String),
    /// Another process keeps this index (a running server); read it without writing.
    #[error("{0}")]
    Busy(String),
    #[error("the search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Store(#[from] entente_store::StoreError),
    #[error("the search index directory: {0}")]
    Io(#[from] std::io::Error),
    #[error("the search index was closed")]
    Closed,
}

impl SearchError {
    pub fn invalid(field: &str, expected: impl Into<String>) -> Self {
        SearchError::Invalid {
            field: field.to_string(),
            expected: expected.into(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            SearchError::Invalid { .. } => "invalid_input",
            SearchError::Behind { .. } => "search_catching_up",
            SearchError::Missing(_) | SearchError::Busy(_) => "search_unavailable",
            SearchError::Index(_) | SearchError::Io(_) | SearchError::Closed => "internal",
            SearchError::Store(e) => e.code(),
        }
    }
}

pub type Result<T> = std::result::Result<T, SearchError>;
