//! Response options (issue 6): the catalogue of Cyber Diplomacy Toolbox measures
//! (`data/toolbox-measures.json`), the engine that says which measures the agreed picture,
//! the legal findings and the attribution state make available and why, and packages of
//! measures with the decision rule they need.

mod catalogue;
mod engine;
mod package;

pub use catalogue::{Catalogue, Category, DecisionRule, Measure, Principle, Proposer, catalogue};
pub use engine::{
    AttributionState, Context, ContextNote, OptionEntry, OptionsInput, OptionsReport,
    PartnerStatus, Reason, render_text, response_options,
};
pub use package::{Package, PackageError};

#[cfg(test)]
mod tests;
