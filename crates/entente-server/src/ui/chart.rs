//! Bar charts as SVG written by hand (no charting crate): every bar carries its value as text
//! and a hatch pattern, so the chart reads without colour; the page also offers the numbers as
//! a table.

use std::fmt::Write;

use entente_core::Lang;

/// One chart: a title and labelled values, drawn as horizontal bars.
#[derive(Clone, Debug)]
pub struct BarChart {
    /// The language the values are written in (`12 345`, `12.345`).
    pub lang: Lang,
    /// Unique within the page (used for element ids).
    pub id: String,
    pub title: String,
    /// Column headers for the data table: (label column, value column).
    pub columns: (String, String),
    pub rows: Vec<(String, u64)>,
    /// The language of the row labels when it is not the page's (NIS2 sector names are
    /// English only), for their `lang` attribute.
    pub labels_lang: Option<&'static str>,
}

/// Escapes text for SVG/XML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const ROW: u32 = 26;
const LABEL_W: u32 = 190;
const BAR_W: u32 = 330;
const WIDTH: u32 = LABEL_W + BAR_W + 60;

impl BarChart {
    /// The largest value (at least 1, so that empty charts draw).
    fn max(&self) -> u64 {
        self.rows.iter().map(|r| r.1).max().unwrap_or(0).max(1)
    }

    /// The SVG markup. Labels longer than 28 characters are shortened with an ellipsis (the full
    /// text is in the table and in each bar's `<title>`).
    pub fn svg(&self) -> String {
        let id = esc(&self.id);
        let h = (self.rows.len() as u32).max(1) * ROW + 8;
        let max = self.max();
        let mut s = String::new();
        let _ = write!(
            s,
            r##"<svg class="chart" role="img" aria-labelledby="{id}-t" viewBox="0 0 {WIDTH} {h}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><defs><pattern id="{id}-p" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#1f4e9a"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2"/></pattern></defs>"##,
            esc(&self.title)
        );
        for (i, (label, n)) in self.rows.iter().enumerate() {
            let v = super::format::integer(self.lang, i64::try_from(*n).unwrap_or(i64::MAX));
            let y = i as u32 * ROW + 4;
            let w = ((*n as f64 / max as f64) * BAR_W as f64).round() as u32;
            let short: String = if label.chars().count() > 28 {
                label.chars().take(27).chain(['…']).collect()
            } else {
                label.clone()
            };
            let _ = write!(
                s,
                r##"<g><title>{full}: {v}</title><text x="{lx}" y="{ty}" text-anchor="end" class="chart-label"{lang}>{short}</text><rect x="{bx}" y="{y}" width="{w}" height="{bh}" fill="url(#{id}-p)" stroke="#1f4e9a"/><text x="{vx}" y="{ty}" class="chart-value">{v}</text></g>"##,
                full = esc(label),
                lang = self
                    .labels_lang
                    .map(|l| format!(r#" lang="{}""#, esc(l)))
                    .unwrap_or_default(),
                lx = LABEL_W - 8,
                ty = y + 15,
                short = esc(&short),
                bx = LABEL_W,
                bh = ROW - 8,
                vx = LABEL_W + w + 6,
            );
        }
        s.push_str("</svg>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_carry_value_labels_and_escape_text() {
        let c = BarChart {
            lang: Lang::De,
            id: "c1".into(),
            title: "By <sector>".into(),
            columns: ("Sector".into(), "Dossiers".into()),
            rows: vec![
                ("energy & water".into(), 7),
                ("health".into(), 0),
                ("x".into(), 1234),
            ],
            labels_lang: Some("en"),
        };
        let svg = c.svg();
        assert!(svg.contains("By &lt;sector&gt;"));
        assert!(svg.contains(r#"class="chart-label" lang="en">energy &amp; water"#));
        assert!(svg.contains(r#"class="chart-value">7</text>"#));
        assert!(svg.contains(r#"class="chart-value">0</text>"#));
        assert!(
            svg.contains(r#"class="chart-value">1.234</text>"#),
            "values as German writes them"
        );
        assert!(
            svg.contains(r#"width="330""#),
            "largest bar spans the full width"
        );
        assert!(!svg.contains("style="), "CSP forbids inline styles");
    }
}
