//! The store of entente: the hash-chained event log in a data directory and the projections
//! folded from it. **Architecture invariant:** only this crate knows SQL.
//!
//! The default backend is SQLite (`entente.db` in the data directory). Reads of marked data go
//! through [`entente_core::can_see`] here, in the read path, so that every route (API, web UI,
//! search, TAXII, exports) gets the same answer.
#![forbid(unsafe_code)]

pub mod accounts;
pub mod assessments;
pub mod attributions;
pub mod audit;
pub mod clock;
pub mod dossiers;
mod error;
pub mod evidence;
pub mod log;
pub mod paging;
pub mod parties;
pub mod pg_journal;
pub mod picture_store;
pub mod population;
pub mod procedure_store;
pub mod procedures;
mod projection;
pub mod sanctions;
pub mod schema;
pub mod scope;
pub mod search_source;
pub mod signon_store;
pub mod statements;
pub mod stix_objects;
mod store;
pub mod taxii;
pub mod tree_head;
pub mod visibility;
pub mod watch;
pub mod witness;

pub use clock::{Clock, FixedClock, ReplayClock, SystemClock};
pub use error::{Result, StoreError};
pub use log::{
    CommitListener, Committed, Journal, Log, NodeStatus, Options, RebuildReport, TableDiff,
    VerifyReport, WitnessMatched, WriteCtx, rebuild, verify, verify_journal, verify_with,
};
pub use picture_store::PictureStore;
pub use sanctions::store::Sanctions;
pub use statements::store::Statements;
pub use store::{SqliteStore, Store, actor_of, system_viewer};
pub use taxii::TaxiiStore;
pub use tree_head::{SignedTreeHead, TreeHeads};
pub use watch::Watch;
