//! Case and accent folding, and the transliteration and spelling skeleton that let a name be
//! found across scripts and romanisations.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case (Unicode: a Greek capital sigma at the end of a word becomes the final form),
/// without diacritics: `Vācijas` → `vacijas`, `Ελλάδα` → `ελλαδα`, `Straße` → `strasse`. The
/// Greek final sigma is folded to `σ`, so that `ς` and `σ` match. Cyrillic `й` keeps its
/// breve (it is a letter of its own, not an accented `и`) and `ё` becomes `е`.
pub fn fold(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        match c {
            'й' => out.push('й'),
            'ё' => out.push('е'),
            'ς' => out.push('σ'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'đ' => out.push('d'),
            'ð' => out.push('d'),
            'þ' => out.push_str("th"),
            'ł' => out.push('l'),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            c if c.is_ascii() => out.push(c),
            c => {
                for d in std::iter::once(c).nfd() {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                }
            }
        }
    }
    out
}

/// Cyrillic and Greek letters in Latin (lower case, after [`fold`]), close to the ICAO 9303
/// romanisation that passports and the EU's listings use (`Моренец` → `morenets`).
pub fn to_latin(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let t: &str = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'є' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' | 'ї' | 'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'э' => "e",
            'ю' => "iu",
            'я' => "ia",
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' => "i",
            'θ' => "th",
            'ι' => "i",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' | 'ς' => "s",
            'τ' => "t",
            'υ' => "y",
            'φ' => "f",
            'χ' => "ch",
            'ψ' => "ps",
            'ω' => "o",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(t);
    }
    out
}

/// A spelling skeleton of a Latin name, so that common romanisations meet: `Alexey`,
/// `Aleksei` and `Алексей` all give `aleksi`; `Sandworm` and `Сандворм` give `sandvorm`;
/// `Yuriy` and `Юрий` give `iuri`. Rules: `x`→`ks`, `w`→`v`, `q`→`k`, `ph`→`f`, `kh`→`h`,
/// `shch`/`sch`→`sh`, `ck`→`k`, `y` and `j`→`i`, `u` before `a`, `e` or `o`→`v` (Cyrillic writes
/// an English `w` so), `ie`/`ye` at the start→`e`, `ei`→`i`, doubled letters once.
pub fn skeleton(latin: &str) -> String {
    let mut s = latin.to_string();
    for (from, to) in [
        ("shch", "sh"),
        ("sch", "sh"),
        ("ph", "f"),
        ("kh", "h"),
        ("ck", "k"),
        ("x", "ks"),
        ("w", "v"),
        ("q", "k"),
        ("y", "i"),
        ("j", "i"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // English `w` before a vowel is written `у` in Cyrillic (Сандуорм)
    for (from, to) in [("ua", "va"), ("ue", "ve"), ("uo", "vo")] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    if let Some(rest) = s.strip_prefix("ie") {
        s = format!("e{rest}");
    }
    if s.contains("ei") {
        s = s.replace("ei", "i");
    }
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// The key a name is matched on: folded, in Latin, skeleton.
pub fn name_key(word: &str) -> String {
    skeleton(&to_latin(&fold(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_final_sigma() {
        assert_eq!(fold("Vācijas"), "vacijas");
        assert_eq!(fold("ΚΥΒΕΡΝΟΕΠΙΘΕΣΗΣ"), "κυβερνοεπιθεσησ");
        assert_eq!(fold("κυβερνοεπίθεσης"), "κυβερνοεπιθεσησ");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Кибератака"), "кибератака");
        assert_eq!(fold("Нападений"), "нападений");
        assert_eq!(fold("Žaliųjų"), "zaliuju");
    }

    #[test]
    fn names_meet_across_scripts() {
        for (a, b) in [
            ("Alexey", "Алексей"),
            ("Aleksei", "Алексей"),
            ("Morenets", "МОРЕНЕЦ"),
            ("Serebriakov", "Серебряков"),
            ("Peretyatko", "Перетятько"),
            ("Yuriy", "Юрий"),
            ("Vitaly", "Виталий"),
            ("Sandworm", "Сандворм"),
            ("Sandworm", "Сандуорм"),
            ("Evgenii", "Евгений"),
            ("Mikhail", "Михаил"),
            ("Nikolay", "Николай"),
        ] {
            assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        }
        assert_ne!(name_key("Minin"), name_key("Morenets"));
    }
}
