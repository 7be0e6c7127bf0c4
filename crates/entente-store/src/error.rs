//! The store's errors, each with a stable machine-readable code.

use entente_core::Invalid;
use entente_core::dossier::IllegalTransition;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("{what} {id:?} not found")]
    NotFound { what: &'static str, id: String },
    #[error("{what} {id:?} already exists")]
    Exists { what: &'static str, id: String },
    #[error(transparent)]
    IllegalTransition(#[from] IllegalTransition),
    #[error("{0}")]
    Conflict(String),
    /// Input a domain rule refuses, with the rule's own stable code (400).
    #[error("{message}")]
    Rejected { code: &'static str, message: String },
    /// An action the current state refuses, with the rule's own stable code (409).
    #[error("{message}")]
    Refused { code: &'static str, message: String },
    #[error("not allowed: {0}")]
    Forbidden(String),
    #[error("{0}")]
    NotOurs(String),
    #[error("{0}")]
    Locked(String),
    #[error("the log is broken at seq {seq}: {reason}")]
    Broken { seq: u64, reason: String },
    /// A witness's record (directory or export) that cannot be used to check a log.
    #[error("{0}")]
    Witness(String),
    #[error("the store is shut down")]
    Closed,
    /// The PostgreSQL journal cannot be reached (a restart, a failover, the network): nothing
    /// was saved, and the same request may be retried.
    #[error("{0}")]
    Unavailable(String),
    /// The journal went away while committing: the write may or may not have been saved. A
    /// client reads before it retries.
    #[error("{0}")]
    OutcomeUnknown(String),
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("stored data is not what this version expects: {0}")]
    Decode(String),
}

impl StoreError {
    /// A stable code for the error, used in the HTTP API's error shape and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Invalid(_) => "invalid_input",
            StoreError::NotFound { .. } => "not_found",
            StoreError::Exists { .. } => "already_exists",
            StoreError::IllegalTransition(_) => "illegal_transition",
            StoreError::Conflict(_) => "conflict",
            StoreError::Rejected { code, .. } | StoreError::Refused { code, .. } => code,
            StoreError::Forbidden(_) => "forbidden",
            StoreError::NotOurs(_) => "not_an_entente_directory",
            StoreError::Locked(_) => "data_directory_locked",
            StoreError::Broken { .. } => "log_broken",
            StoreError::Witness(_) => "witness_record_invalid",
            StoreError::Closed => "store_closed",
            StoreError::Unavailable(_) => "journal_unavailable",
            StoreError::OutcomeUnknown(_) => "outcome_unknown",
            StoreError::Sqlite(_) => "database_error",
            StoreError::Io(_) => "io_error",
            StoreError::Decode(_) => "decode_error",
        }
    }

    pub fn not_found(what: &'static str, id: impl Into<String>) -> Self {
        StoreError::NotFound {
            what,
            id: id.into(),
        }
    }
}

impl From<entente_core::authz::Denied> for StoreError {
    fn from(d: entente_core::authz::Denied) -> Self {
        StoreError::Forbidden(d.message())
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Decode(e.to_string())
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
