//! The register of the cyber sanctions regime (Decision (CFSP) 2019/797, Regulation (EU)
//! 2019/796): listings, amendments, delistings and the regime's renewals, with the yearly review
//! date of the listings and name search across scripts and aliases.
//!
//! Visibility: an entry carries its own marking (TLP:CLEAR for what the Official Journal
//! published) and is read through `can_see`; the dossiers and procedures it links to are shown
//! only to those who may see them.

mod decide;
mod project;
mod read;
pub mod store;

pub use decide::{NewListing, NewRenewal};
pub use project::apply;
pub use read::*;
