//! Numbers and dates as each of the 24 languages writes them, from a small table of CLDR data
//! (CLDR 48: decimal and grouping separators, minimum grouping digits, the numeric `yMd` date,
//! the date-time glue, the 24-hour time, the long date with its month names in the grammatical
//! case the long date uses, and the narrow unit for days). No ICU at run time: `tests` below hold dates and numbers
//! as ICU 78 writes them for each language, and the table must reproduce them.
//!
//! English follows CLDR `en-IE` (day before month, as in EU texts), Portuguese `pt-PT`; the
//! Maltese numeric date uses the `dd/MM/y` of its short format (CLDR 48's Maltese `yMd` is
//! month-first, against Maltese usage and its own short format).

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use entente_core::Lang;

/// How one language writes numbers and dates.
#[derive(Debug)]
pub struct Locale {
    pub lang: Lang,
    pub decimal: char,
    /// The grouping separator: `.`, `,`, U+00A0 (no-break space) or U+202F (narrow no-break
    /// space, French).
    pub group: char,
    /// Digits above the first group needed before grouping starts (2: `1234` but `12 345`).
    pub min_grouping: usize,
    /// Numeric date: `{d}`, `{dd}`, `{M}`, `{MM}`, `{y}`.
    pub numeric: &'static str,
    /// Date and time together: `{date}`, `{time}`.
    pub datetime: &'static str,
    /// 24-hour time: `{HH}`, `{mm}`.
    pub time: &'static str,
    /// Long date: `{d}`, `{MMMM}` (month name), `{y}`.
    pub long: &'static str,
    pub months: [&'static str; 12],
    /// Days in a countdown, narrow (CLDR `unit-day`, narrow width), for one day and for more.
    pub day: [&'static str; 2],
}

const NBSP: char = '\u{a0}';
const NNBSP: char = '\u{202f}';

/// The table, in EU protocol order.
pub const LOCALES: [Locale; 24] = [
    Locale {
        lang: Lang::Bg,
        day: ["{n} д", "{n} д"],
        decimal: ',',
        group: NBSP,
        min_grouping: 2,
        numeric: "{d}.{MM}.{y} г.",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y} г.",
        months: [
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
    },
    Locale {
        lang: Lang::Es,
        day: ["{n}d", "{n}d"],
        decimal: ',',
        group: '.',
        min_grouping: 2,
        numeric: "{d}/{M}/{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} de {MMMM} de {y}",
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
    },
    Locale {
        lang: Lang::Cs,
        day: ["{n} d.", "{n} d."],
        decimal: ',',
        group: NBSP,
        min_grouping: 1,
        numeric: "{d}. {M}. {y}",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "ledna",
            "února",
            "března",
            "dubna",
            "května",
            "června",
            "července",
            "srpna",
            "září",
            "října",
            "listopadu",
            "prosince",
        ],
    },
    Locale {
        lang: Lang::Da,
        day: ["{n} d", "{n} d"],
        decimal: ',',
        group: '.',
        min_grouping: 1,
        numeric: "{d}.{M}.{y}",
        datetime: "{date}, {time}",
        time: "{HH}.{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ],
    },
    Locale {
        lang: Lang::De,
        day: ["{n} T", "{n} T"],
        decimal: ',',
        group: '.',
        min_grouping: 1,
        numeric: "{d}.{M}.{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    },
    Locale {
        lang: Lang::Et,
        day: ["{n} p", "{n} p"],
        decimal: ',',
        group: NBSP,
        min_grouping: 2,
        numeric: "{d}.{M}.{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "jaanuar",
            "veebruar",
            "märts",
            "aprill",
            "mai",
            "juuni",
            "juuli",
            "august",
            "september",
            "oktoober",
            "november",
            "detsember",
        ],
    },
    Locale {
        lang: Lang::El,
        day: ["{n} η", "{n} η"],
        decimal: ',',
        group: '.',
        min_grouping: 1,
        numeric: "{d}/{M}/{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "Ιανουαρίου",
            "Φεβρουαρίου",
            "Μαρτίου",
            "Απριλίου",
            "Μαΐου",
            "Ιουνίου",
            "Ιουλίου",
            "Αυγούστου",
            "Σεπτεμβρίου",
            "Οκτωβρίου",
            "Νοεμβρίου",
            "Δεκεμβρίου",
        ],
    },
    Locale {
        lang: Lang::En,
        day: ["{n}d", "{n}d"],
        decimal: '.',
        group: ',',
        min_grouping: 1,
        numeric: "{d}/{M}/{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    },
    Locale {
        lang: Lang::Fr,
        day: ["{n}j", "{n}j"],
        decimal: ',',
        group: NNBSP,
        min_grouping: 1,
        numeric: "{dd}/{MM}/{y}",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    },
    Locale {
        lang: Lang::Ga,
        day: ["{n} lá", "{n} lá"],
        decimal: '.',
        group: ',',
        min_grouping: 1,
        numeric: "{dd}/{MM}/{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "Eanáir",
            "Feabhra",
            "Márta",
            "Aibreán",
            "Bealtaine",
            "Meitheamh",
            "Iúil",
            "Lúnasa",
            "Meán Fómhair",
            "Deireadh Fómhair",
            "Samhain",
            "Nollaig",
        ],
    },
    Locale {
        lang: Lang::Hr,
        day: ["{n} d.", "{n} d."],
        decimal: ',',
        group: '.',
        min_grouping: 1,
        numeric: "{dd}. {MM}. {y}.",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{d}. {MMMM} {y}.",
        months: [
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ],
    },
    Locale {
        lang: Lang::It,
        day: ["{n}g", "{n}gg"],
        decimal: ',',
        group: '.',
        min_grouping: 2,
        numeric: "{dd}/{MM}/{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
    },
    Locale {
        lang: Lang::Lv,
        day: ["{n} d.", "{n} d."],
        decimal: ',',
        group: NBSP,
        min_grouping: 2,
        numeric: "{d}.{MM}.{y}.",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{y}. gada {d}. {MMMM}",
        months: [
            "janvāris",
            "februāris",
            "marts",
            "aprīlis",
            "maijs",
            "jūnijs",
            "jūlijs",
            "augusts",
            "septembris",
            "oktobris",
            "novembris",
            "decembris",
        ],
    },
    Locale {
        lang: Lang::Lt,
        day: ["{n} d.", "{n} d."],
        decimal: ',',
        group: NBSP,
        min_grouping: 1,
        numeric: "{y}-{MM}-{dd}",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{y} m. {MMMM} {d} d.",
        months: [
            "sausio",
            "vasario",
            "kovo",
            "balandžio",
            "gegužės",
            "birželio",
            "liepos",
            "rugpjūčio",
            "rugsėjo",
            "spalio",
            "lapkričio",
            "gruodžio",
        ],
    },
    Locale {
        lang: Lang::Hu,
        day: ["{n} nap", "{n} nap"],
        decimal: ',',
        group: NBSP,
        min_grouping: 2,
        numeric: "{y}. {MM}. {dd}.",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{y}. {MMMM} {d}.",
        months: [
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
            "november",
            "december",
        ],
    },
    Locale {
        lang: Lang::Mt,
        day: ["{n} d", "{n} d"],
        decimal: '.',
        group: ',',
        min_grouping: 1,
        numeric: "{dd}/{MM}/{y}",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{d} ta’ {MMMM} {y}",
        months: [
            "Jannar",
            "Frar",
            "Marzu",
            "April",
            "Mejju",
            "Ġunju",
            "Lulju",
            "Awwissu",
            "Settembru",
            "Ottubru",
            "Novembru",
            "Diċembru",
        ],
    },
    Locale {
        lang: Lang::Nl,
        day: ["{n} d", "{n} d"],
        decimal: ',',
        group: '.',
        min_grouping: 1,
        numeric: "{d}-{M}-{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    },
    Locale {
        lang: Lang::Pl,
        day: ["{n} d.", "{n} d."],
        decimal: ',',
        group: NBSP,
        min_grouping: 2,
        numeric: "{d}.{MM}.{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
    },
    Locale {
        lang: Lang::Pt,
        day: ["{n} dia", "{n} dias"],
        decimal: ',',
        group: NBSP,
        min_grouping: 2,
        numeric: "{dd}/{MM}/{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} de {MMMM} de {y}",
        months: [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
    },
    Locale {
        lang: Lang::Ro,
        day: ["{n} z", "{n} z"],
        decimal: ',',
        group: '.',
        min_grouping: 1,
        numeric: "{dd}.{MM}.{y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "mai",
            "iunie",
            "iulie",
            "august",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ],
    },
    Locale {
        lang: Lang::Sk,
        day: ["{n} d.", "{n} d."],
        decimal: ',',
        group: NBSP,
        min_grouping: 1,
        numeric: "{d}. {M}. {y}",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "januára",
            "februára",
            "marca",
            "apríla",
            "mája",
            "júna",
            "júla",
            "augusta",
            "septembra",
            "októbra",
            "novembra",
            "decembra",
        ],
    },
    Locale {
        lang: Lang::Sl,
        day: ["{n} d", "{n} d"],
        decimal: ',',
        group: '.',
        min_grouping: 2,
        numeric: "{d}. {M}. {y}",
        datetime: "{date}, {time}",
        time: "{HH}:{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "januar",
            "februar",
            "marec",
            "april",
            "maj",
            "junij",
            "julij",
            "avgust",
            "september",
            "oktober",
            "november",
            "december",
        ],
    },
    Locale {
        lang: Lang::Fi,
        day: ["{n}pv", "{n}pv"],
        decimal: ',',
        group: NBSP,
        min_grouping: 1,
        numeric: "{d}.{M}.{y}",
        datetime: "{date} klo {time}",
        time: "{HH}.{mm}",
        long: "{d}. {MMMM} {y}",
        months: [
            "tammikuuta",
            "helmikuuta",
            "maaliskuuta",
            "huhtikuuta",
            "toukokuuta",
            "kesäkuuta",
            "heinäkuuta",
            "elokuuta",
            "syyskuuta",
            "lokakuuta",
            "marraskuuta",
            "joulukuuta",
        ],
    },
    Locale {
        lang: Lang::Sv,
        day: ["{n}d", "{n}d"],
        decimal: ',',
        group: NBSP,
        min_grouping: 1,
        numeric: "{y}-{MM}-{dd}",
        datetime: "{date} {time}",
        time: "{HH}:{mm}",
        long: "{d} {MMMM} {y}",
        months: [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
    },
];

/// The conventions of a language.
pub fn locale(lang: Lang) -> &'static Locale {
    LOCALES
        .iter()
        .find(|l| l.lang == lang)
        .unwrap_or(&LOCALES[7])
}

/// Digits grouped by thousands with the language's separator and minimum grouping.
fn group(l: &Locale, digits: &str) -> String {
    if digits.len() < 4 + (l.min_grouping - 1) {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    let first = digits.len() % 3;
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (i + 3 - first).is_multiple_of(3) {
            out.push(l.group);
        }
        out.push(ch);
    }
    out
}

/// An integer: `12 345`, `12.345`, `12,345`.
pub fn integer(lang: Lang, n: i64) -> String {
    let g = group(locale(lang), &n.unsigned_abs().to_string());
    if n < 0 { format!("−{g}") } else { g }
}

/// A decimal number with at most `max_fraction` digits after the decimal sign (trailing zeros
/// dropped): `2,5`, `1 234,75`.
pub fn decimal(lang: Lang, x: f64, max_fraction: usize) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let l = locale(lang);
    let s = format!("{:.*}", max_fraction.min(12), x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if x < 0.0 && (int.bytes().any(|b| b != b'0') || !frac.is_empty()) {
        out.push('−');
    }
    out.push_str(&group(l, int));
    if !frac.is_empty() {
        out.push(l.decimal);
        out.push_str(frac);
    }
    out
}

fn fill(pattern: &str, d: &NaiveDate, l: &Locale) -> String {
    let month = d.month0() as usize;
    pattern
        .replace("{dd}", &format!("{:02}", d.day()))
        .replace("{d}", &d.day().to_string())
        .replace("{MMMM}", l.months[month])
        .replace("{MM}", &format!("{:02}", d.month()))
        .replace("{M}", &d.month().to_string())
        .replace("{y}", &d.year().to_string())
}

/// A date in numeric form, for tables: `7.6.2017`, `07/06/2017`, `2017-06-07`.
pub fn date_numeric(lang: Lang, d: NaiveDate) -> String {
    let l = locale(lang);
    fill(l.numeric, &d, l)
}

/// A date with the month's name: `7 June 2017`, `7. Juni 2017`, `2017. gada 7. jūnijs`.
pub fn date_long(lang: Lang, d: NaiveDate) -> String {
    let l = locale(lang);
    fill(l.long, &d, l)
}

/// A time in UTC with its date, in numeric form: `7/6/2017, 09:05`, `7.6.2017 klo 09.05`.
pub fn datetime(lang: Lang, t: DateTime<Utc>) -> String {
    let l = locale(lang);
    let time = l
        .time
        .replace("{HH}", &format!("{:02}", t.hour()))
        .replace("{mm}", &format!("{:02}", t.minute()));
    l.datetime
        .replace("{date}", &date_numeric(lang, t.date_naive()))
        .replace("{time}", &time)
}

/// A date-time given as RFC 3339 text (as the store's views give them), formatted; text that is
/// not RFC 3339 is returned as it is.
pub fn datetime_text(lang: Lang, s: &str) -> String {
    match DateTime::parse_from_rfc3339(s) {
        Ok(t) => datetime(lang, t.with_timezone(&Utc)),
        Err(_) => s.to_string(),
    }
}

/// A date given as `YYYY-MM-DD`, in long form; other text (a year alone, a month) as it is.
pub fn date_text(lang: Lang, s: &str) -> String {
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => date_long(lang, d),
        Err(_) => s.to_string(),
    }
}

/// The separator of hours, minutes and seconds in the language's 24-hour time (`:` or `.`).
pub fn time_separator(lang: Lang) -> char {
    if locale(lang).time.contains("}.{") {
        '.'
    } else {
        ':'
    }
}

/// Time left as the page's countdown shows it (`7 T 03:05:09`, `1 dia 00:00:10`, `00:59:59`);
/// the script (`static/entente.js`) keeps it running with the same pieces
/// (`data-days`, `data-sep`).
pub fn countdown(lang: Lang, seconds: i64) -> String {
    let s = seconds.max(0);
    let (d, h, m, sec) = (s / 86_400, s % 86_400 / 3600, s % 3600 / 60, s % 60);
    let sep = time_separator(lang);
    let clock = format!("{h:02}{sep}{m:02}{sep}{sec:02}");
    if d > 0 {
        let l = locale(lang);
        let unit = if d == 1 { l.day[0] } else { l.day[1] };
        format!("{} {clock}", unit.replace("{n}", &d.to_string()))
    } else {
        clock
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As ICU 78 (CLDR 48) writes them: `Intl.NumberFormat(l).format(1234)`, `(12345.5)`,
    /// `Intl.DateTimeFormat(l, {year, month, day: "numeric"})` and `{dateStyle: "long"}` of
    /// 2017-06-07, and with `hour, minute: "2-digit", hourCycle: "h23"` at 09:05 UTC
    /// (`en` as `en-IE`, `pt` as `pt-PT`; Maltese numeric date from its short format).
    const ICU: &[(&str, &str, &str, &str, &str, &str)] = &[
        (
            "bg",
            "1234",
            "12\u{a0}345,5",
            "7.06.2017 г.",
            "7 юни 2017 г.",
            "7.06.2017 г., 09:05",
        ),
        (
            "es",
            "1234",
            "12.345,5",
            "7/6/2017",
            "7 de junio de 2017",
            "7/6/2017, 09:05",
        ),
        (
            "cs",
            "1\u{a0}234",
            "12\u{a0}345,5",
            "7. 6. 2017",
            "7. června 2017",
            "7. 6. 2017 09:05",
        ),
        (
            "da",
            "1.234",
            "12.345,5",
            "7.6.2017",
            "7. juni 2017",
            "7.6.2017, 09.05",
        ),
        (
            "de",
            "1.234",
            "12.345,5",
            "7.6.2017",
            "7. Juni 2017",
            "7.6.2017, 09:05",
        ),
        (
            "et",
            "1234",
            "12\u{a0}345,5",
            "7.6.2017",
            "7. juuni 2017",
            "7.6.2017, 09:05",
        ),
        (
            "el",
            "1.234",
            "12.345,5",
            "7/6/2017",
            "7 Ιουνίου 2017",
            "7/6/2017, 09:05",
        ),
        (
            "en",
            "1,234",
            "12,345.5",
            "7/6/2017",
            "7 June 2017",
            "7/6/2017, 09:05",
        ),
        (
            "fr",
            "1\u{202f}234",
            "12\u{202f}345,5",
            "07/06/2017",
            "7 juin 2017",
            "07/06/2017 09:05",
        ),
        (
            "ga",
            "1,234",
            "12,345.5",
            "07/06/2017",
            "7 Meitheamh 2017",
            "07/06/2017, 09:05",
        ),
        (
            "hr",
            "1.234",
            "12.345,5",
            "07. 06. 2017.",
            "7. lipnja 2017.",
            "07. 06. 2017. 09:05",
        ),
        (
            "it",
            "1234",
            "12.345,5",
            "07/06/2017",
            "7 giugno 2017",
            "07/06/2017, 09:05",
        ),
        (
            "lv",
            "1234",
            "12\u{a0}345,5",
            "7.06.2017.",
            "2017. gada 7. jūnijs",
            "7.06.2017. 09:05",
        ),
        (
            "lt",
            "1\u{a0}234",
            "12\u{a0}345,5",
            "2017-06-07",
            "2017 m. birželio 7 d.",
            "2017-06-07 09:05",
        ),
        (
            "hu",
            "1234",
            "12\u{a0}345,5",
            "2017. 06. 07.",
            "2017. június 7.",
            "2017. 06. 07. 09:05",
        ),
        (
            "mt",
            "1,234",
            "12,345.5",
            "07/06/2017",
            "7 ta’ Ġunju 2017",
            "07/06/2017 09:05",
        ),
        (
            "nl",
            "1.234",
            "12.345,5",
            "7-6-2017",
            "7 juni 2017",
            "7-6-2017, 09:05",
        ),
        (
            "pl",
            "1234",
            "12\u{a0}345,5",
            "7.06.2017",
            "7 czerwca 2017",
            "7.06.2017, 09:05",
        ),
        (
            "pt",
            "1234",
            "12\u{a0}345,5",
            "07/06/2017",
            "7 de junho de 2017",
            "07/06/2017, 09:05",
        ),
        (
            "ro",
            "1.234",
            "12.345,5",
            "07.06.2017",
            "7 iunie 2017",
            "07.06.2017, 09:05",
        ),
        (
            "sk",
            "1\u{a0}234",
            "12\u{a0}345,5",
            "7. 6. 2017",
            "7. júna 2017",
            "7. 6. 2017 09:05",
        ),
        (
            "sl",
            "1234",
            "12.345,5",
            "7. 6. 2017",
            "7. junij 2017",
            "7. 6. 2017, 09:05",
        ),
        (
            "fi",
            "1\u{a0}234",
            "12\u{a0}345,5",
            "7.6.2017",
            "7. kesäkuuta 2017",
            "7.6.2017 klo 09.05",
        ),
        (
            "sv",
            "1\u{a0}234",
            "12\u{a0}345,5",
            "2017-06-07",
            "7 juni 2017",
            "2017-06-07 09:05",
        ),
    ];

    #[test]
    fn the_table_writes_what_icu_writes() {
        assert_eq!(ICU.len(), 24);
        let d = NaiveDate::from_ymd_opt(2017, 6, 7).expect("date");
        let t = d.and_hms_opt(9, 5, 0).expect("time").and_utc();
        for (code, n4, n5, num, long, dt) in ICU {
            let lang: Lang = code.parse().expect("lang");
            assert_eq!(integer(lang, 1234), *n4, "{code}");
            assert_eq!(decimal(lang, 12345.5, 2), *n5, "{code}");
            assert_eq!(date_numeric(lang, d), *num, "{code}");
            assert_eq!(date_long(lang, d), *long, "{code}");
            assert_eq!(datetime(lang, t), *dt, "{code}");
        }
        assert_eq!(
            LOCALES.iter().map(|l| l.lang).collect::<Vec<_>>(),
            Lang::ALL.to_vec(),
            "one row per language, in protocol order"
        );
    }

    #[test]
    fn countdowns_name_days_as_each_language_does() {
        let t = 7 * 86_400 + 3 * 3600 + 5 * 60 + 9;
        assert_eq!(countdown(Lang::De, t), "7 T 03:05:09");
        assert_eq!(countdown(Lang::It, t), "7gg 03:05:09");
        assert_eq!(countdown(Lang::It, 86_400), "1g 00:00:00");
        assert_eq!(countdown(Lang::Pt, t), "7 dias 03:05:09");
        assert_eq!(countdown(Lang::Fi, t), "7pv 03.05.09");
        assert_eq!(countdown(Lang::En, 59), "00:00:59");
        assert_eq!(countdown(Lang::En, -5), "00:00:00");
    }

    #[test]
    fn grouping_and_signs() {
        assert_eq!(integer(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(integer(Lang::Pl, 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(integer(Lang::Fr, 999), "999");
        assert_eq!(integer(Lang::De, -12_000), "−12.000");
        assert_eq!(integer(Lang::Es, 0), "0");
        assert_eq!(decimal(Lang::De, 2.0, 2), "2");
        assert_eq!(decimal(Lang::Lv, 0.25, 1), "0,2");
        assert_eq!(decimal(Lang::En, -0.001, 2), "0");
    }

    #[test]
    fn month_names_in_every_month_and_text_forms() {
        assert_eq!(
            date_long(Lang::Lt, NaiveDate::from_ymd_opt(2010, 1, 1).expect("d")),
            "2010 m. sausio 1 d."
        );
        assert_eq!(
            date_long(Lang::Ga, NaiveDate::from_ymd_opt(2022, 10, 31).expect("d")),
            "31 Deireadh Fómhair 2022"
        );
        assert_eq!(date_text(Lang::Mt, "2017-12-05"), "5 ta’ Diċembru 2017");
        assert_eq!(date_text(Lang::Mt, "2017"), "2017");
        assert_eq!(
            datetime_text(Lang::Hu, "2026-11-22T09:00:00Z"),
            "2026. 11. 22. 09:00"
        );
        assert_eq!(datetime_text(Lang::Hu, "soon"), "soon");
    }
}
