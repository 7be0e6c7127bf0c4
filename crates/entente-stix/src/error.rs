//! The crate's error type: failures that stop a read, as opposed to findings, which the
//! validator reports about content it could read.

/// Why a bundle could not be read. Each variant has a stable machine-readable [`Error::code`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not well-formed JSON (or ended early).
    #[error("input is not well-formed JSON at line {line}, column {column}: {message}")]
    Json {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the JSON parser saw.
        message: String,
    },
    /// The underlying reader failed.
    #[error("could not read input: {0}")]
    Io(String),
    /// The JSON is well formed but its top level is not a JSON object.
    #[error("the top level of a STIX document must be a JSON object (a bundle or a single object)")]
    NotAnObject,
}

impl Error {
    /// Stable code for programs and logs.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Json { .. } => "stix-json",
            Error::Io(_) => "stix-io",
            Error::NotAnObject => "stix-not-object",
        }
    }

    pub(crate) fn from_json(e: serde_json::Error) -> Self {
        if e.is_io() {
            return Error::Io(e.to_string());
        }
        Error::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }
    }
}
