//! **The watch** (issue 18): the digital-policy tracker of third countries' measures with its
//! alerts, FIMI incidents coded in DISARM, election monitoring, and human rights online, as pure
//! rules and event payloads. The 2022 conclusions on EU digital diplomacy (doc 11406/22) ask the
//! EU to monitor global digital regulatory activity (para. 6), to counter FIMI and monitor online
//! campaigns in election observation missions (paras. 21, 23) and to defend human rights online
//! (para. 19); the 2015 conclusions (doc 6122/15) name internet shutdowns and arbitrary
//! surveillance.
//!
//! Nothing here does IO: feeds and CSV arrive as bytes ([`feed`]), exports leave as text
//! ([`export`], [`stix`]), reference data (the taxonomy, the DISARM catalogue, the world map) is
//! compiled in from `data/watch/`.

pub mod disarm;
pub mod election;
pub mod export;
pub mod feed;
pub mod fimi;
pub mod heatmap;
pub mod map;
pub mod measure;
pub mod rights;
pub mod stix;
pub mod subscription;
pub mod taxonomy;
pub mod text;
pub mod timeline;

pub use taxonomy::{Instrument, Stage, Topic};
