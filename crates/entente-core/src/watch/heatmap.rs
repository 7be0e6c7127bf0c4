//! DISARM techniques of a campaign as a heat map (server-rendered SVG): one column per DISARM
//! tactic in the framework's order, its header shaded by how many of the tactic's techniques the
//! incident used, and a cell per technique used, with a `<title>` (id and name) for screen
//! readers and tooltips. Pure: technique ids in, text out.

use crate::watch::disarm::catalogue;
use crate::watch::export::xml_escape;

const SHADES: [&str; 4] = ["#fee0d2", "#fc9272", "#de2d26", "#a50f15"];

/// The heat map of `techniques` (DISARM ids; unknown ones are left out), titled `title`.
pub fn svg(title: &str, techniques: &[String]) -> String {
    let cat = catalogue();
    let mut tactics: Vec<_> = cat.tactics().iter().collect();
    tactics.sort_by_key(|t| (t.rank.unwrap_or(u32::MAX), t.id.clone()));
    let used: Vec<Vec<&crate::watch::disarm::Technique>> = tactics
        .iter()
        .map(|ta| {
            let mut v: Vec<_> = techniques
                .iter()
                .filter_map(|t| cat.technique(t))
                .filter(|t| t.tactic == ta.id)
                .collect();
            v.sort_by(|a, b| a.id.cmp(&b.id));
            v.dedup_by(|a, b| a.id == b.id);
            v
        })
        .collect();
    let rows = used.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let (cw, ch, head) = (64.0, 22.0, 40.0);
    let width = cw * tactics.len() as f64;
    let height = head + ch * rows as f64 + 4.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"heat-title\">\n<title id=\"heat-title\">{}</title>\n",
        xml_escape(title)
    );
    for (i, (ta, ts)) in tactics.iter().zip(&used).enumerate() {
        let x = i as f64 * cw;
        let fill = match ts.len() {
            0 => "#f0f0f0",
            n => SHADES[(n - 1).min(SHADES.len() - 1)],
        };
        let text = if ts.len() > 2 { "#ffffff" } else { "#000000" };
        s.push_str(&format!(
            "<g><title>{} {}: {} technique(s)</title><rect x=\"{x}\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"{fill}\" stroke=\"#ffffff\"/><text x=\"{}\" y=\"16\" font-size=\"11\" text-anchor=\"middle\" fill=\"{text}\">{}</text><text x=\"{}\" y=\"32\" font-size=\"11\" text-anchor=\"middle\" fill=\"{text}\">{}</text></g>\n",
            xml_escape(&ta.id),
            xml_escape(&ta.name),
            ts.len(),
            cw,
            head - 4.0,
            x + cw / 2.0,
            xml_escape(&ta.id),
            x + cw / 2.0,
            ts.len()
        ));
        for (j, t) in ts.iter().enumerate() {
            let y = head + j as f64 * ch;
            s.push_str(&format!(
                "<g><title>{}: {}</title><rect x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#ffffff\">{}</text></g>\n",
                xml_escape(&t.id),
                xml_escape(&t.name),
                x + 2.0,
                cw - 4.0,
                ch - 3.0,
                SHADES[2],
                x + cw / 2.0,
                y + 14.0,
                xml_escape(&t.id)
            ));
        }
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_technique_lands_in_its_tactic_s_column() {
        let cat = catalogue();
        let t = cat.technique("T0049").expect("T0049 in DISARM");
        let s = svg(
            "Doppelganger",
            &["T0049".into(), "T0049".into(), "T9999".into()],
        );
        assert_eq!(
            s.matches("<title>T0049: ").count(),
            1,
            "once, unknown ids left out"
        );
        assert!(s.contains(&format!("<title>{} ", t.tactic)));
        assert!(s.contains(&format!(
            "{}: 1 technique(s)",
            cat.tactic(&t.tactic).unwrap().name
        )));
        assert_eq!(
            s.matches("<rect").count(),
            cat.tactics().len() + 1,
            "a header per tactic and one cell"
        );
        assert!(svg("<x>", &[]).contains("&lt;x&gt;"));
    }
}
