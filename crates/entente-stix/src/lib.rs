//! STIX 2.1 for entente: the object model, a streaming bundle reader, the validator and the
//! STIX patterning grammar.
//!
//! **Architecture Invariant:** this crate does no IO except reading from a `std::io::Read` it is
//! handed (and, behind the `cli` feature only, the files named on a command line), and never
//! reads the clock.
//!
//! Entry points:
//! - [`for_each_object`]: stream the objects of a bundle (any size, bounded memory) for ingest.
//! - [`validate_reader`]: stream-validate a bundle, one [`ObjectReport`] per object.
//! - [`for_each_validated`]: both in one pass (each object with its report).
//! - [`validate_object`]: validate one object given as a `serde_json::Value`.
//! - [`Bundle`] / [`StixObject`]: parse and serialise with exact round-trip.
//! - [`pattern::parse`]: the STIX patterning grammar.
#![forbid(unsafe_code)]

#[cfg(feature = "cli")]
pub mod cli;
mod error;
pub mod model;
pub mod pattern;
mod report;
#[cfg(test)]
mod robustness;
mod stream;
mod syntax;
mod validate;
pub mod vocab;

pub use error::Error;
pub use model::{Bundle, ObjectClass, StixObject};
pub use report::{BundleReport, Finding, ObjectReport, Rule, Severity};
pub use stream::{
    ForEachControl, for_each_object, for_each_object_in_slice, for_each_validated, validate_reader,
    validate_slice,
};
pub use syntax::is_valid_type_name;
pub use validate::{Options, validate_object, validate_value};
