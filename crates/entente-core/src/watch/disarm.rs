//! The DISARM frameworks, compiled in from `data/watch/disarm.json` (derived by
//! `scripts/derive_disarm.py` from the DISARM Foundation's red framework as STIX 2.1 and its
//! blue framework as CSV; CC BY-SA 4.0, DISARM Foundation). The red framework's tactics and
//! techniques code what a FIMI incident did; the blue framework's countermeasures are what a
//! response may cite as the countermeasure it applies.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::Invalid;

const DISARM_JSON: &str = include_str!("../../../../data/watch/disarm.json");

#[derive(Clone, Debug, Deserialize)]
pub struct Tactic {
    pub id: String,
    pub name: String,
    pub phase: Option<String>,
    pub rank: Option<u32>,
    pub summary: String,
    pub stix_id: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Technique {
    pub id: String,
    pub name: String,
    pub tactic: String,
    pub parent: Option<String>,
    pub description: String,
    pub url: Option<String>,
    pub stix_id: String,
    /// The attack-pattern object exactly as DISARM published it (same id, same version).
    pub stix: serde_json::Value,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Countermeasure {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub metatechnique: Option<String>,
    pub tactic: Option<String>,
    pub response_type: Option<String>,
    /// The techniques of the red framework it counters.
    pub techniques: Vec<String>,
    /// Technique ids the blue sheet cites that the red framework no longer has.
    pub techniques_retired: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Named {
    pub id: String,
    pub name: String,
    pub summary: String,
}

#[derive(Debug, Deserialize)]
struct File {
    stix_identity: serde_json::Value,
    stix_marking: serde_json::Value,
    phases: Vec<Named>,
    response_types: Vec<Named>,
    tactics: Vec<Tactic>,
    techniques: Vec<Technique>,
    countermeasures: Vec<Countermeasure>,
}

/// The catalogue, with lookups by id.
#[derive(Debug)]
pub struct Catalogue {
    file: File,
    techniques: BTreeMap<String, usize>,
    countermeasures: BTreeMap<String, usize>,
}

/// The compiled-in DISARM catalogue.
pub fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| {
        let file: File = serde_json::from_str(DISARM_JSON)
            .unwrap_or_else(|e| panic!("data/watch/disarm.json: {e}"));
        let techniques = file
            .techniques
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        let countermeasures = file
            .countermeasures
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Catalogue {
            file,
            techniques,
            countermeasures,
        }
    })
}

impl Catalogue {
    /// Tactics in the order of the kill chain (phase, then rank).
    pub fn tactics(&self) -> &[Tactic] {
        &self.file.tactics
    }

    pub fn techniques(&self) -> &[Technique] {
        &self.file.techniques
    }

    pub fn countermeasures(&self) -> &[Countermeasure] {
        &self.file.countermeasures
    }

    pub fn phases(&self) -> &[Named] {
        &self.file.phases
    }

    pub fn response_types(&self) -> &[Named] {
        &self.file.response_types
    }

    pub fn technique(&self, id: &str) -> Option<&Technique> {
        self.techniques.get(id).map(|i| &self.file.techniques[*i])
    }

    pub fn countermeasure(&self, id: &str) -> Option<&Countermeasure> {
        self.countermeasures
            .get(id)
            .map(|i| &self.file.countermeasures[*i])
    }

    pub fn tactic(&self, id: &str) -> Option<&Tactic> {
        self.file.tactics.iter().find(|t| t.id == id)
    }

    /// The DISARM Foundation's STIX identity and licence statement (for exports).
    pub fn stix_identity(&self) -> &serde_json::Value {
        &self.file.stix_identity
    }

    pub fn stix_marking(&self) -> &serde_json::Value {
        &self.file.stix_marking
    }

    /// Checks a technique id (`T0086.003`), upper-casing it.
    pub fn check_technique(&self, field: &str, id: &str) -> Result<String, Invalid> {
        let id = id.trim().to_ascii_uppercase();
        if self.technique(&id).is_some() {
            Ok(id)
        } else {
            Err(Invalid::new(
                field,
                "a technique id of the DISARM red framework (e.g. T0086.003; GET /api/v1/disarm/techniques lists them)",
            ))
        }
    }

    /// Checks a countermeasure id (`C00073`), upper-casing it.
    pub fn check_countermeasure(&self, field: &str, id: &str) -> Result<String, Invalid> {
        let id = id.trim().to_ascii_uppercase();
        if self.countermeasure(&id).is_some() {
            Ok(id)
        } else {
            Err(Invalid::new(
                field,
                "a countermeasure id of the DISARM blue framework (e.g. C00073; GET /api/v1/disarm/countermeasures lists them)",
            ))
        }
    }

    /// The countermeasures that counter any of `techniques`, with how many of them each counters
    /// (most first): what a response to an incident might apply.
    pub fn countermeasures_for<'a>(
        &'a self,
        techniques: &[String],
    ) -> Vec<(&'a Countermeasure, usize)> {
        let mut out: Vec<(&Countermeasure, usize)> = self
            .file
            .countermeasures
            .iter()
            .filter_map(|c| {
                let n = c
                    .techniques
                    .iter()
                    .filter(|t| {
                        techniques
                            .iter()
                            .any(|u| *u == **t || u.split('.').next() == Some(t.as_str()))
                    })
                    .count();
                (n > 0).then_some((c, n))
            })
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_holds_both_frameworks_and_they_join() {
        let c = catalogue();
        assert_eq!(c.tactics().len(), 16);
        assert!(c.techniques().len() > 300);
        assert!(c.countermeasures().len() > 100);
        for t in c.techniques() {
            assert!(
                c.tactic(&t.tactic).is_some(),
                "{} has tactic {}",
                t.id,
                t.tactic
            );
            if let Some(p) = &t.parent {
                assert!(c.technique(p).is_some(), "{} has parent {p}", t.id);
            }
            assert!(t.stix_id.starts_with("attack-pattern--"));
        }
        for cm in c.countermeasures() {
            for t in &cm.techniques {
                assert!(c.technique(t).is_some(), "{} counters {t}", cm.id);
            }
        }
        assert_eq!(
            c.technique("T0086.003").map(|t| t.name.as_str()),
            Some("Deceptively Edit Images (Cheap Fakes)")
        );
    }

    #[test]
    fn ids_are_checked_and_countermeasures_found_for_techniques() {
        let c = catalogue();
        assert_eq!(c.check_technique("t", " t0086.003 ").unwrap(), "T0086.003");
        assert!(c.check_technique("t", "T9999").is_err());
        assert!(c.check_countermeasure("c", "C99999").is_err());
        let any = c
            .countermeasures()
            .iter()
            .find(|x| !x.techniques.is_empty())
            .unwrap();
        let found = c.countermeasures_for(&any.techniques[..1]);
        assert!(found.iter().any(|(x, _)| x.id == any.id));
        assert!(found.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}
