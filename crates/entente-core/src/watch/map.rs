//! The world map of tracked developments as server-rendered SVG: each country of
//! `data/watch/world-110m.json` (Natural Earth 1:110m, public domain; derived by
//! `scripts/derive_world_map.py`) shaded by how many measures the reader may see there, with a
//! `<title>` per country (name and count) for screen readers and tooltips, and a legend. Pure:
//! counts in, text out. The shapes show Natural Earth's de facto boundaries and imply no
//! position on any border.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::watch::export::xml_escape;

const WORLD: &str = include_str!("../../../../data/watch/world-110m.json");

#[derive(Debug, Deserialize)]
struct World {
    width: f64,
    height: f64,
    countries: Vec<Country>,
}

#[derive(Debug, Deserialize)]
struct Country {
    code: String,
    name: String,
    d: String,
}

fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        serde_json::from_str(WORLD).unwrap_or(World {
            width: 960.0,
            height: 440.0,
            countries: vec![],
        })
    })
}

/// Whether the map has a shape for ISO 3166-1 alpha-2 `code`.
pub fn has_country(code: &str) -> bool {
    world().countries.iter().any(|c| c.code == code)
}

/// The shades of the scale, lightest first (none: no tracked measure).
const SHADES: [&str; 5] = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

/// The shade of `n` measures where the most in one country is `max`.
fn shade(n: u64, max: u64) -> &'static str {
    if n == 0 || max == 0 {
        return "#eeeeee";
    }
    let i = ((n as f64 / max as f64) * (SHADES.len() as f64)).ceil() as usize;
    SHADES[i.clamp(1, SHADES.len()) - 1]
}

/// The map of `counts` (jurisdiction, measures), titled `title`. Jurisdictions without a shape
/// (the EU itself, small states at this scale) are listed under the map instead.
pub fn svg(title: &str, counts: &[(String, u64)]) -> String {
    let w = world();
    let by: BTreeMap<&str, u64> = counts.iter().map(|(c, n)| (c.as_str(), *n)).collect();
    let max = by.values().copied().max().unwrap_or(0);
    let legend_h = 40.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"map-title\">\n<title id=\"map-title\">{}</title>\n",
        w.width,
        w.height + legend_h,
        xml_escape(title)
    );
    for c in &w.countries {
        let n = by.get(c.code.as_str()).copied().unwrap_or(0);
        s.push_str(&format!(
            "<path d=\"{}\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"0.5\" data-code=\"{}\"><title>{}: {}</title></path>\n",
            c.d,
            shade(n, max),
            xml_escape(&c.code),
            xml_escape(&c.name),
            n
        ));
    }
    // The legend: the scale's steps with the counts they stand for.
    let y = w.height + 10.0;
    for (i, col) in SHADES.iter().enumerate() {
        let from = (max as f64 * i as f64 / SHADES.len() as f64).floor() as u64 + 1;
        let to = (max as f64 * (i + 1) as f64 / SHADES.len() as f64).floor() as u64;
        if max == 0 || from > to {
            continue;
        }
        let x = 10.0 + i as f64 * 90.0;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"20\" height=\"14\" fill=\"{col}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\n",
            x + 26.0,
            y + 12.0,
            if from == to { from.to_string() } else { format!("{from}-{to}") }
        ));
    }
    let off: Vec<String> = counts
        .iter()
        .filter(|(c, n)| *n > 0 && !has_country(c))
        .map(|(c, n)| format!("{}: {n}", xml_escape(c)))
        .collect();
    if !off.is_empty() {
        s.push_str(&format!(
            "<text x=\"480\" y=\"{}\" font-size=\"12\">{}</text>\n",
            y + 12.0,
            off.join(", ")
        ));
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_has_the_countries_and_shades_them_by_count() {
        assert!(world().countries.len() > 150, "the shapes load");
        assert!(has_country("IN") && has_country("BR") && !has_country("EU"));
        let s = svg(
            "Measures",
            &[("IN".into(), 5), ("CN".into(), 1), ("EU".into(), 2)],
        );
        assert!(s.contains("<title>India: 5</title>"), "a title per country");
        assert!(s.contains("<title>Brazil: 0</title>"));
        let india = s.lines().find(|l| l.contains("data-code=\"IN\"")).unwrap();
        let china = s.lines().find(|l| l.contains("data-code=\"CN\"")).unwrap();
        assert!(india.contains(SHADES[4]), "the most is the darkest");
        assert!(china.contains(SHADES[0]), "{china}");
        assert!(s.contains("EU: 2"), "off-map jurisdictions are listed");
        for (i, label) in ["1", "2", "3", "4", "5"].iter().enumerate() {
            assert!(
                s.contains(&format!("fill=\"{}\"/><text", SHADES[i])),
                "legend step {i}"
            );
            assert!(
                s.contains(&format!(">{label}</text>")),
                "legend label {label}"
            );
        }
        assert!(svg("<x>", &[]).contains("&lt;x&gt;"), "titles are escaped");
    }
}
