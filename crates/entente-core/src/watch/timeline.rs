//! The timeline of a jurisdiction's tracked measures (server-rendered SVG): one row per
//! measure, a dot per dated stage it reached on a shared time axis (years marked), each with a
//! `<title>` (stage and date) for screen readers and tooltips. Pure: events in, text out.

use chrono::{Datelike, NaiveDate};

use crate::watch::export::xml_escape;

/// A dated stage event: (measure id, title, stage, date).
pub type Dated<'a> = (&'a str, &'a str, &'a str, NaiveDate);

/// The timeline of `events`, titled `title`. Undated events are left out by the caller.
pub fn svg(title: &str, events: &[Dated<'_>]) -> String {
    let mut measures: Vec<(&str, &str)> = Vec::new();
    for (id, t, _, _) in events {
        if !measures.iter().any(|(m, _)| m == id) {
            measures.push((id, t));
        }
    }
    let (label_w, plot_w, row_h, top) = (300.0, 560.0, 26.0, 30.0);
    let height = top + row_h * measures.len().max(1) as f64 + 10.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {height}\" role=\"img\" aria-labelledby=\"tl-title\">\n<title id=\"tl-title\">{}</title>\n",
        label_w + plot_w + 20.0,
        xml_escape(title)
    );
    let (Some(first), Some(last)) = (
        events.iter().map(|e| e.3).min(),
        events.iter().map(|e| e.3).max(),
    ) else {
        s.push_str("</svg>\n");
        return s;
    };
    let (y0, y1) = (first.year(), last.year() + 1);
    let start = NaiveDate::from_ymd_opt(y0, 1, 1).unwrap_or(first);
    let end = NaiveDate::from_ymd_opt(y1, 1, 1).unwrap_or(last);
    let span = (end - start).num_days().max(1) as f64;
    let x_of = |d: NaiveDate| label_w + (d - start).num_days() as f64 / span * plot_w;
    for y in y0..=y1 {
        if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            let x = x_of(d);
            s.push_str(&format!(
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{height}\" stroke=\"#dddddd\"/><text x=\"{x}\" y=\"16\" font-size=\"11\" text-anchor=\"middle\">{y}</text>\n",
                top - 8.0
            ));
        }
    }
    for (i, (id, t)) in measures.iter().enumerate() {
        let y = top + row_h * i as f64 + row_h / 2.0;
        let label: String = t.chars().take(45).collect();
        s.push_str(&format!(
            "<text x=\"0\" y=\"{}\" font-size=\"11\">{}{}</text>\n",
            y + 4.0,
            xml_escape(&label),
            if t.chars().count() > 45 { "…" } else { "" }
        ));
        let mut dots: Vec<&Dated<'_>> = events.iter().filter(|e| e.0 == *id).collect();
        dots.sort_by_key(|e| e.3);
        if let (Some(a), Some(b)) = (dots.first(), dots.last()) {
            s.push_str(&format!(
                "<line x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#6baed6\" stroke-width=\"2\"/>\n",
                x_of(a.3),
                x_of(b.3)
            ));
        }
        for (_, _, stage, d) in dots {
            s.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{y}\" r=\"5\" fill=\"#08519c\"><title>{}: {} {d}</title></circle>\n",
                x_of(*d),
                xml_escape(t),
                xml_escape(stage)
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
    fn each_measure_is_a_row_and_each_dated_stage_a_dot_in_time_order() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let ev = [
            ("pipl", "PIPL", "adopted", d("2021-08-20")),
            ("pipl", "PIPL", "in-force", d("2021-11-01")),
            ("dsl", "Data Security Law", "adopted", d("2021-06-10")),
        ];
        let s = svg("China", &ev);
        assert_eq!(s.matches("<circle").count(), 3);
        assert!(s.contains("<title>PIPL: in-force 2021-11-01</title>"));
        let x = |needle: &str| -> f64 {
            let i = s.find(needle).unwrap();
            let before = &s[..i];
            let c = before.rfind("cx=\"").unwrap() + 4;
            before[c..].split('"').next().unwrap().parse().unwrap()
        };
        assert!(
            x("Data Security Law: adopted") < x("PIPL: adopted"),
            "earlier is left"
        );
        assert!(x("PIPL: adopted") < x("PIPL: in-force"));
        assert!(
            s.contains(">2021</text>") && s.contains(">2022</text>"),
            "years marked"
        );
        assert!(!svg("empty", &[]).contains("<circle"));
    }
}
