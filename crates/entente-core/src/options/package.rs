//! A package of toolbox measures proposed together: validated against the catalogue, with the
//! overall escalation level and the decision rule the package needs (the strictest of its
//! measures, `none < qmv < silence < unanimity`).

use std::collections::BTreeSet;

use thiserror::Error;

use super::catalogue::{DecisionRule, Measure, catalogue};
use super::engine::OptionsReport;

/// Why a package is invalid. `code()` is stable and machine-readable.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PackageError {
    #[error("measures: a package needs at least one measure")]
    Empty,
    #[error("measures: {0:?} is not a measure of the toolbox catalogue")]
    UnknownMeasure(String),
    #[error("measures: {0:?} is listed more than once")]
    Duplicate(String),
    #[error("measures: {a:?} and {b:?} exclude each other; keep one")]
    Exclusive { a: String, b: String },
}

impl PackageError {
    pub fn code(&self) -> &'static str {
        match self {
            PackageError::Empty => "package.empty",
            PackageError::UnknownMeasure(_) => "package.unknown_measure",
            PackageError::Duplicate(_) => "package.duplicate_measure",
            PackageError::Exclusive { .. } => "package.exclusive_measures",
        }
    }
}

/// A valid package: known measures, no duplicates, no mutually exclusive pair.
#[derive(Debug, Clone)]
pub struct Package {
    measures: Vec<&'static Measure>,
}

impl Package {
    /// Validates the measure ids; returns every problem found.
    pub fn new<S: AsRef<str>>(
        ids: impl IntoIterator<Item = S>,
    ) -> Result<Package, Vec<PackageError>> {
        let mut errors = Vec::new();
        let mut measures: Vec<&'static Measure> = Vec::new();
        let mut seen = BTreeSet::new();
        for id in ids {
            let id = id.as_ref().trim();
            if !seen.insert(id.to_owned()) {
                errors.push(PackageError::Duplicate(id.to_owned()));
                continue;
            }
            match catalogue().get(id) {
                Some(m) => measures.push(m),
                None => errors.push(PackageError::UnknownMeasure(id.to_owned())),
            }
        }
        if seen.is_empty() {
            errors.push(PackageError::Empty);
        }
        for (i, a) in measures.iter().enumerate() {
            for b in &measures[i + 1..] {
                if a.exclusive_with.contains(&b.id) || b.exclusive_with.contains(&a.id) {
                    errors.push(PackageError::Exclusive {
                        a: a.id.clone(),
                        b: b.id.clone(),
                    });
                }
            }
        }
        if errors.is_empty() {
            measures.sort_by(|a, b| (a.escalation, &a.id).cmp(&(b.escalation, &b.id)));
            Ok(Package { measures })
        } else {
            Err(errors)
        }
    }

    /// The measures, least to most escalatory.
    pub fn measures(&self) -> &[&'static Measure] {
        &self.measures
    }

    /// The package's escalation level: that of its most escalatory measure.
    pub fn escalation(&self) -> u8 {
        self.measures
            .iter()
            .map(|m| m.escalation)
            .max()
            .unwrap_or(0)
    }

    /// The decision rule the package needs: the strictest of its measures.
    pub fn decision_rule(&self) -> DecisionRule {
        self.measures
            .iter()
            .map(|m| m.decision_rule)
            .max()
            .unwrap_or(DecisionRule::None)
    }

    /// The longest typical lead time of its measures, in days.
    pub fn lead_time_days(&self) -> u32 {
        self.measures
            .iter()
            .map(|m| m.lead_time_days)
            .max()
            .unwrap_or(0)
    }

    /// Ids of the package's measures that `report` does not list as available.
    pub fn unavailable_in(&self, report: &OptionsReport) -> Vec<&'static str> {
        self.measures
            .iter()
            .filter(|m| !report.is_available(&m.id))
            .map(|m| m.id.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strictest_rule_and_highest_escalation() {
        let p =
            Package::new(["awareness-raising", "eu-declaration", "restrictive-listing"]).unwrap();
        assert_eq!(p.decision_rule(), DecisionRule::Unanimity);
        assert_eq!(p.escalation(), 5);
        let p = Package::new(["hr-statement", "eu-dialogue"]).unwrap();
        assert_eq!(p.decision_rule(), DecisionRule::None);
        assert_eq!(p.escalation(), 3);
    }

    #[test]
    fn errors_are_clear() {
        let errs = Package::new([
            "hr-statement",
            "eu-declaration",
            "sanctions",
            "hr-statement",
        ])
        .unwrap_err();
        let codes: Vec<&str> = errs.iter().map(|e| e.code()).collect();
        assert!(codes.contains(&"package.unknown_measure"));
        assert!(codes.contains(&"package.duplicate_measure"));
        assert!(codes.contains(&"package.exclusive_measures"));
        assert!(errs.iter().any(|e| e.to_string()
            == "measures: \"hr-statement\" and \"eu-declaration\" exclude each other; keep one"));
        assert_eq!(
            Package::new(Vec::<String>::new()).unwrap_err(),
            vec![PackageError::Empty]
        );
    }
}
