//! Exports of the tracker: CSV (the columns the importer reads, so an export imports again) and
//! Atom 1.0 (RFC 4287; categories carry the taxonomy as the importer reads it). JSON is the
//! API's wire type. Pure: measures in, text out; the caller passes the time of the export.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

use crate::watch::feed::CSV_COLUMNS;
use crate::watch::text::ProcessRef;

/// A measure as exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportMeasure {
    pub id: String,
    pub jurisdiction: String,
    pub title: String,
    pub original_title: Option<String>,
    pub instrument: String,
    pub topics: Vec<String>,
    pub stage: String,
    pub stage_date: Option<NaiveDate>,
    pub url: Option<String>,
    pub summary: Option<String>,
    pub source: Option<String>,
    pub sectors: Vec<String>,
    pub processes: Vec<ProcessRef>,
    pub updated: DateTime<Utc>,
}

/// The URN of a measure in exports (stable: an export imported elsewhere twice is one item).
pub fn measure_urn(id: &str) -> String {
    format!("urn:entente:measure:{id}")
}

/// CSV with a header row, in the importer's columns.
pub fn csv(measures: &[ExportMeasure]) -> String {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for m in measures {
        let first = m.processes.first();
        let row: [String; 14] = [
            measure_urn(&m.id),
            m.jurisdiction.clone(),
            m.title.clone(),
            m.original_title.clone().unwrap_or_default(),
            m.instrument.clone(),
            m.topics.join(";"),
            m.stage.clone(),
            m.stage_date.map(|d| d.to_string()).unwrap_or_default(),
            m.url.clone().unwrap_or_default(),
            m.summary.clone().unwrap_or_default(),
            m.source.clone().unwrap_or_default(),
            m.sectors.join(";"),
            first.map(|p| p.id.clone()).unwrap_or_default(),
            first.map(|p| p.label.clone()).unwrap_or_default(),
        ];
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// XML text and attribute escaping.
pub fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An Atom feed of `measures`. `feed_id` names the feed (a subscription, a filter), `base_url`
/// (if any) makes each entry link to the measure's page; `now` is the feed's `updated` when it
/// has no entries.
pub fn atom(
    title: &str,
    feed_id: &str,
    base_url: Option<&str>,
    measures: &[ExportMeasure],
    now: DateTime<Utc>,
) -> String {
    let updated = measures.iter().map(|m| m.updated).max().unwrap_or(now);
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n",
    );
    s.push_str(&format!(
        "<title>{}</title>\n<id>urn:entente:feed:{}</id>\n<updated>{}</updated>\n<author><name>entente</name></author>\n<generator>entente</generator>\n",
        xml_escape(title),
        xml_escape(feed_id),
        rfc3339(updated)
    ));
    for m in measures {
        s.push_str("<entry>\n");
        s.push_str(&format!(
            "<id>{}</id>\n<title>{}</title>\n<updated>{}</updated>\n",
            xml_escape(&measure_urn(&m.id)),
            xml_escape(&m.title),
            rfc3339(m.updated)
        ));
        if let Some(d) = m.stage_date {
            s.push_str(&format!("<published>{d}T00:00:00Z</published>\n"));
        }
        if let Some(b) = base_url {
            s.push_str(&format!(
                "<link rel=\"alternate\" href=\"{}/watch/measures/{}\"/>\n",
                xml_escape(b.trim_end_matches('/')),
                xml_escape(&m.id)
            ));
        }
        if let Some(u) = &m.url {
            s.push_str(&format!(
                "<link rel=\"related\" href=\"{}\"/>\n",
                xml_escape(u)
            ));
        }
        if let Some(sum) = &m.summary {
            s.push_str(&format!("<summary>{}</summary>\n", xml_escape(sum)));
        }
        let mut terms: Vec<String> = m.topics.clone();
        terms.push(format!("jurisdiction:{}", m.jurisdiction));
        terms.push(format!("instrument:{}", m.instrument));
        terms.push(format!("stage:{}", m.stage));
        for t in terms {
            s.push_str(&format!("<category term=\"{}\"/>\n", xml_escape(&t)));
        }
        s.push_str("</entry>\n");
    }
    s.push_str("</feed>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::feed;

    fn m() -> ExportMeasure {
        ExportMeasure {
            id: "in-dpdp-2023".into(),
            jurisdiction: "IN".into(),
            title: "Digital Personal Data Protection Act, 2023 <&>".into(),
            original_title: None,
            instrument: "law".into(),
            topics: vec!["data-protection".into(), "data-flows".into()],
            stage: "adopted".into(),
            stage_date: "2023-08-11".parse().ok(),
            url: Some("https://example.org/dpdp?a=1&b=2".into()),
            summary: Some("Consent, \"notice\" and cross-border transfer".into()),
            source: None,
            sectors: vec![],
            processes: vec![ProcessRef {
                id: "g20-dewg".into(),
                label: "G20, Digital Economy Working Group".into(),
            }],
            updated: "2026-11-22T09:00:00Z".parse().unwrap(),
        }
    }

    #[test]
    fn an_atom_export_imports_again_as_the_same_measures() {
        let xml = atom(
            "Data, India",
            "sub-1",
            Some("https://entente.example"),
            &[m()],
            Utc::now(),
        );
        let items =
            feed::prepare(feed::parse(xml.as_bytes()).unwrap(), &Default::default()).unwrap();
        assert_eq!(items.len(), 1);
        let it = &items[0];
        assert_eq!(it.title, m().title);
        assert_eq!(it.jurisdiction, "IN");
        assert_eq!(it.stage.as_str(), "adopted");
        assert_eq!(it.date, m().stage_date);
        assert_eq!(it.topics.len(), 2);
        assert_eq!(
            it.url.as_deref(),
            Some("https://entente.example/watch/measures/in-dpdp-2023")
        );
        let again = atom("x", "y", None, &[m()], Utc::now());
        let key2 = feed::prepare(feed::parse(again.as_bytes()).unwrap(), &Default::default())
            .unwrap()[0]
            .key
            .clone();
        assert_eq!(
            it.key, key2,
            "the entry id makes the key, whatever the links"
        );
    }

    #[test]
    fn a_csv_export_imports_again() {
        let text = csv(&[m()]);
        let items =
            feed::prepare(feed::parse(text.as_bytes()).unwrap(), &Default::default()).unwrap();
        assert_eq!(items[0].title, m().title);
        assert_eq!(items[0].processes, m().processes);
        assert_eq!(items[0].summary, m().summary);
    }
}
