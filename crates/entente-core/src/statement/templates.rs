//! Templates per kind of statement (`data/statement-templates.json`): a title and a text with
//! bracketed parts for the drafter, the structure they follow and the published texts of that
//! kind the structure was taken from.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::Kind;

const TEMPLATES_JSON: &str = include_str!("../../../../data/statement-templates.json");

/// A published text the template's structure follows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateSource {
    pub title: String,
    pub publisher: String,
    pub date: String,
}

/// A drafting template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    /// [`Kind`] wire name.
    pub kind: String,
    pub name: String,
    pub title: String,
    pub text: String,
    pub structure: Vec<String>,
    pub sources: Vec<TemplateSource>,
}

#[derive(Deserialize)]
struct File {
    templates: Vec<Template>,
}

static TEMPLATES: LazyLock<Vec<Template>> = LazyLock::new(|| {
    serde_json::from_str::<File>(TEMPLATES_JSON)
        .map(|f| f.templates)
        .unwrap_or_default()
});

/// Every template.
pub fn all() -> &'static [Template] {
    &TEMPLATES
}

/// The template with this id.
pub fn get(id: &str) -> Option<&'static Template> {
    all().iter().find(|t| t.id == id)
}

/// The first template for a kind.
pub fn for_kind(kind: Kind) -> Option<&'static Template> {
    all().iter().find(|t| t.kind == kind.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_template_with_sources() {
        for k in Kind::ALL {
            let t = for_kind(k).unwrap_or_else(|| panic!("no template for {k}"));
            assert!(!t.sources.is_empty(), "{} cites no source", t.id);
            assert!(!t.structure.is_empty());
            assert!(super::super::check_text("template", &t.title, &t.text).is_ok());
        }
    }
}
