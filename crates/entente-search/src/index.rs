//! The index: its schema, how a [`SearchDoc`] becomes a tantivy document, and the marking
//! terms that let the query itself exclude what a viewer may not see.

use std::collections::BTreeSet;

use entente_core::{Classification, Lang, Marking, Tlp, Viewer};
use entente_store::search_source::{Guard, Marked, SearchDoc};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TokenizerManager;
use tantivy::{DateTime, TantivyDocument, Term};

use crate::analysis::{Config, EntTokenizer, IdTokenizer, Mode, stemming_of};
use crate::detect::detect;

/// Bumped whenever the schema or what is indexed changes: an index of another layout is
/// rebuilt from the log at open.
pub const LAYOUT: u32 = 1;

/// The fields of the index.
#[derive(Clone, Debug)]
pub struct Fields {
    /// `kind:key`, unique: what an update replaces and a hit is confirmed by.
    pub key: Field,
    /// Marking terms (see [`acl_terms`]).
    pub acl: Field,
    /// Titles, folded, unstemmed (weighted higher).
    pub title: Field,
    /// Every text, folded, unstemmed, with positions (phrases).
    pub plain: Field,
    /// Names and aliases by their spelling skeleton (across scripts).
    pub names: Field,
    /// Identifiers, whole.
    pub ids: Field,
    /// Each language's stemmed field, in [`Lang::ALL`] order.
    pub langs: Vec<(Lang, Field)>,
    /// `/kind/…`, `/party/…`, `/dossier/…`, `/marking/…`, `/lang/…`.
    pub facets: Field,
    pub date: Field,
}

impl Fields {
    pub fn lang(&self, lang: Lang) -> Field {
        self.langs
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, f)| *f)
            .unwrap_or(self.plain)
    }
}

fn text(tokenizer: &str, positions: bool) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(if positions {
                IndexRecordOption::WithFreqsAndPositions
            } else {
                IndexRecordOption::WithFreqs
            }),
    )
}

/// The schema and its fields.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let key = b.add_text_field("key", STRING | STORED);
    let acl = b.add_text_field("acl", STRING);
    let title = b.add_text_field("title", text("ent_plain", false));
    let plain = b.add_text_field("plain", text("ent_plain", true));
    let names = b.add_text_field("names", text("ent_name", false));
    let ids = b.add_text_field("ids", text("ent_id", false));
    let langs = Lang::ALL
        .iter()
        .map(|l| {
            (
                *l,
                b.add_text_field(&format!("t_{l}"), text(&format!("ent_{l}"), false)),
            )
        })
        .collect();
    let facets = b.add_facet_field("facets", FacetOptions::default());
    let date = b.add_date_field("date", INDEXED | FAST);
    (
        b.build(),
        Fields {
            key,
            acl,
            title,
            plain,
            names,
            ids,
            langs,
            facets,
            date,
        },
    )
}

/// The tokenizers the schema names, for `config`.
pub fn tokenizers(config: &Config) -> TokenizerManager {
    let m = TokenizerManager::default();
    m.register("ent_plain", EntTokenizer::new(Mode::Plain));
    m.register("ent_name", EntTokenizer::new(Mode::Name));
    m.register("ent_id", IdTokenizer);
    for l in Lang::ALL {
        m.register(
            &format!("ent_{l}"),
            EntTokenizer::new(Mode::Lang(stemming_of(config, l))),
        );
    }
    m
}

fn class_rank(c: Option<Classification>) -> usize {
    match c {
        None => 0,
        Some(Classification::RestreintUe) => 1,
        Some(Classification::ConfidentielUe) => 2,
        Some(Classification::SecretUe) => 3,
        Some(Classification::TresSecretUe) => 4,
    }
}

/// The marking terms of one part of a guard (`p`: `o` own, `c` container), so that
/// [`viewer_filter`] expresses `can_see` as three (four for the public) term disjunctions:
///
/// - `{p}c{n}`: the classification's rank `n` (0: none); the viewer's clearance must reach it;
/// - `{p}p:{party}` for the originating party and each releasable party, and `{p}p*` when the
///   whole community may see it (no list, TLP:CLEAR or GREEN);
/// - `{p}u*` unless TLP:RED, else `{p}u:{user}` for the author and each named recipient;
/// - `{p}pub` when readers without an account may see it (TLP:CLEAR, unclassified).
///
/// A part that is absent (an item without its own marking, a dossier without a container)
/// lets everyone through.
pub fn acl_terms(p: &str, m: Option<&Marked>) -> Vec<String> {
    let Some(m) = m else {
        return vec![
            format!("{p}c0"),
            format!("{p}p*"),
            format!("{p}u*"),
            format!("{p}pub"),
        ];
    };
    let mk = &m.marking;
    let mut out = vec![format!("{p}c{}", class_rank(mk.classification))];
    out.push(format!("{p}p:{}", m.origin));
    for r in &mk.releasable_to {
        out.push(format!("{p}p:{r}"));
    }
    if mk.releasable_to.is_empty() && mk.tlp <= Tlp::Green {
        out.push(format!("{p}p*"));
    }
    if mk.tlp == Tlp::Red {
        out.push(format!("{p}u:{}", m.author));
        for u in &mk.recipients {
            out.push(format!("{p}u:{u}"));
        }
    } else {
        out.push(format!("{p}u*"));
    }
    if mk.tlp == Tlp::Clear && mk.classification.is_none() {
        out.push(format!("{p}pub"));
    }
    out
}

fn guard_terms(g: &Guard) -> Vec<String> {
    let mut t = acl_terms("o", g.own.as_ref());
    t.extend(acl_terms("c", g.container.as_ref()));
    t
}

/// For each guard part, the term sets of which a visible document has at least one each: the
/// filter that makes the query answer only what `viewer` may see.
pub fn viewer_filter(viewer: &Viewer) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for p in ["o", "c"] {
        if viewer.is_public() {
            out.push(vec![format!("{p}pub")]);
            continue;
        }
        out.push(
            (0..=class_rank(viewer.clearance))
                .map(|n| format!("{p}c{n}"))
                .collect(),
        );
        out.push(vec![format!("{p}p:{}", viewer.party), format!("{p}p*")]);
        out.push(vec![format!("{p}u:{}", viewer.user), format!("{p}u*")]);
    }
    out
}

/// The facet value of a marking: the TLP level, or the classification when there is one.
pub fn marking_facet(m: &Marking) -> String {
    match m.classification {
        Some(c) => match c {
            Classification::RestreintUe => "RESTREINT UE",
            Classification::ConfidentielUe => "CONFIDENTIEL UE",
            Classification::SecretUe => "SECRET UE",
            Classification::TresSecretUe => "TRES SECRET UE",
        }
        .to_string(),
        None => m.tlp.label().to_string(),
    }
}

/// The languages of a document's texts (tagged, else detected).
pub fn doc_langs(doc: &SearchDoc) -> BTreeSet<Lang> {
    doc.titles
        .iter()
        .chain(&doc.texts)
        .filter_map(|t| t.lang.or_else(|| detect(&t.text)))
        .collect()
}

/// The tantivy document of `doc`.
pub fn to_document(f: &Fields, doc: &SearchDoc) -> TantivyDocument {
    let mut d = TantivyDocument::default();
    d.add_text(f.key, format!("{}:{}", doc.kind, doc.key));
    for t in guard_terms(&doc.guard) {
        d.add_text(f.acl, t);
    }
    let mut langs = BTreeSet::new();
    for (i, t) in doc.titles.iter().chain(&doc.texts).enumerate() {
        let lang = t.lang.or_else(|| detect(&t.text));
        if i < doc.titles.len() {
            d.add_text(f.title, &t.text);
        }
        d.add_text(f.plain, &t.text);
        if let Some(l) = lang {
            d.add_text(f.lang(l), &t.text);
            langs.insert(l);
        }
    }
    for n in &doc.names {
        d.add_text(f.names, n);
        d.add_text(f.plain, n);
    }
    for i in &doc.ids {
        d.add_text(f.ids, i);
    }
    d.add_facet(f.facets, Facet::from_path(["kind", doc.kind]));
    if let Some(p) = &doc.party {
        d.add_facet(f.facets, Facet::from_path(["party", p.as_str()]));
    }
    if let Some(ds) = &doc.dossier {
        d.add_facet(f.facets, Facet::from_path(["dossier", ds.as_str()]));
    }
    if let Some(m) = doc.guard.effective() {
        d.add_facet(f.facets, Facet::from_path(["marking", &marking_facet(m)]));
    }
    for l in langs {
        d.add_facet(f.facets, Facet::from_path(["lang", l.code()]));
    }
    if let Some(t) = doc.date {
        d.add_date(f.date, DateTime::from_timestamp_secs(t.timestamp()));
    }
    d
}

/// The term of a document's key.
pub fn key_term(f: &Fields, kind: &str, key: &str) -> Term {
    Term::from_field_text(f.key, &format!("{kind}:{key}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use entente_core::{PartyId, UserId, can_see};

    fn marked(m: Marking, origin: &str, author: &str) -> Marked {
        Marked {
            marking: m,
            origin: PartyId::parse(origin).unwrap(),
            author: UserId::parse(author).unwrap(),
        }
    }

    /// The filter terms decide exactly as `can_see` does, for every combination below.
    #[test]
    fn acl_terms_agree_with_can_see() {
        let parties = ["DE", "FR", "LV"];
        let users = ["a", "b", "c"];
        let mut markings = Vec::new();
        for tlp in Tlp::ALL {
            for class in [
                None,
                Some(Classification::RestreintUe),
                Some(Classification::SecretUe),
            ] {
                for rel in [vec![], vec!["FR"], vec!["FR", "LV"]] {
                    let mut m = Marking::tlp(tlp);
                    m.classification = class;
                    m.releasable_to = rel.iter().map(|p| PartyId::parse(p).unwrap()).collect();
                    if tlp == Tlp::Red {
                        m.recipients.insert(UserId::parse("b").unwrap());
                    }
                    markings.push(m);
                }
            }
        }
        let mut viewers = vec![Viewer::public()];
        for p in parties {
            for u in users {
                for c in [
                    None,
                    Some(Classification::RestreintUe),
                    Some(Classification::TresSecretUe),
                ] {
                    viewers.push(Viewer {
                        user: UserId::parse(u).unwrap(),
                        party: PartyId::parse(p).unwrap(),
                        clearance: c,
                        roles: Default::default(),
                    });
                }
            }
        }
        for m in &markings {
            let item = marked(m.clone(), "DE", "a");
            let terms: BTreeSet<String> = acl_terms("o", Some(&item)).into_iter().collect();
            for v in &viewers {
                let filter = viewer_filter(v);
                let own: Vec<&Vec<String>> =
                    filter.iter().filter(|s| s[0].starts_with('o')).collect();
                let passes = own.iter().all(|set| set.iter().any(|t| terms.contains(t)));
                assert_eq!(
                    passes,
                    can_see(v, &item.origin, &item.author, m),
                    "{m:?} for {v:?}"
                );
            }
        }
    }
}
