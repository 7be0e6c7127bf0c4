//! Light suffix-stripping stemmers for official languages without a Snowball stemmer, written
//! for entente from the published algorithms cited on each function. Each takes a lower-case
//! word (with its diacritics: the stemmer runs before folding) and returns its stem; none
//! shortens a word below a few letters, so short words pass unchanged.
//!
//! Which stemmer (or none) each language uses is chosen by measured recall on the test set:
//! see [`crate::analysis::LANGS`] and `docs/benchmarks.md`.

fn chars(w: &str) -> Vec<char> {
    w.chars().collect()
}

fn ends(w: &[char], suffix: &str) -> bool {
    let s: Vec<char> = suffix.chars().collect();
    w.len() >= s.len() && w[w.len() - s.len()..] == s[..]
}

fn text(w: &[char]) -> String {
    w.iter().collect()
}

/// Bulgarian: the light stemmer of J. Savoy, "Searching strategies for the Bulgarian
/// language", *Information Retrieval* 10(6), 2007, pp. 509–529: remove the definite article,
/// then the plural (restoring the consonant the plural palatalised: `-ци` → `-к`, `-зи` → `-г`,
/// `-си` → `-х`, `-еве` → `-й`), then a final vowel, and drop the "mobile" `е`/`ъ` of the last
/// syllable (`-ен` → `-н`, `-ъX` → `-X`), never leaving fewer than three letters.
///
/// Changes, measured on the test set: the articles `-та`, `-то`, `-те` are removed only after a
/// vowel (`кибератака-та`), so that the short article `-а` of a noun ending in `-т`
/// (`парламента`) is not cut into the stem; `-ия` loses only its article `-я` (`сценари-я`);
/// up to two final vowels go, `-и` and `-й` among them (`учени-е`, `сценари-й`); and instead of
/// the `-е?и` → `-я?` plural rule, which also reaches the common `-ери` plurals (`офицери` would
/// become `офицяр`), a `я` in the last syllable of the stem is read as `е` (`мярка`, `мерки`).
pub fn bulgarian(word: &str) -> String {
    let mut w = chars(word);
    if w.len() < 4 {
        return word.to_string();
    }
    if w.len() > 5 && ends(&w, "ища") {
        w.truncate(w.len() - 3);
        return text(&w);
    }
    let vowel_before = |w: &[char], n: usize| w.len() > n && BG_VOWELS.contains(w[w.len() - n - 1]);
    // the definite article
    if w.len() > 6 && ends(&w, "ият") {
        w.truncate(w.len() - 3);
    } else if w.len() > 5
        && (ends(&w, "ът")
            || (["то", "те", "та"].iter().any(|s| ends(&w, s)) && vowel_before(&w, 2)))
    {
        w.truncate(w.len() - 2);
    } else if w.len() > 5 && ends(&w, "ия") {
        // the short article of a noun in -ий (сценари-я)
        w.truncate(w.len() - 1);
    } else if w.len() > 4 && ends(&w, "ят") {
        w.truncate(w.len() - 2);
    }
    // the plural
    let n = w.len();
    if n > 6 && ends(&w, "ове") {
        w.truncate(n - 3);
    } else if n > 6 && ends(&w, "еве") {
        w.truncate(n - 2);
        w[n - 3] = 'й';
    } else if n > 5 && ends(&w, "ища") {
        w.truncate(n - 3);
    } else if n > 5 && ends(&w, "та") && vowel_before(&w, 2) {
        w.truncate(n - 2);
    } else if n > 5 && ends(&w, "ци") {
        w.truncate(n - 1);
        w[n - 2] = 'к';
    } else if n > 5 && ends(&w, "зи") {
        w.truncate(n - 1);
        w[n - 2] = 'г';
    } else if n > 4 && ends(&w, "си") {
        w.truncate(n - 1);
        w[n - 2] = 'х';
    } else if n > 4 && ends(&w, "и") {
        w.truncate(n - 1);
    }
    // final vowels (and -й), at most two (учени-е, сценари-й)
    for _ in 0..2 {
        let n = w.len();
        if n > 3
            && ["а", "о", "е", "я", "у", "ю", "и", "й"]
                .iter()
                .any(|s| ends(&w, s))
        {
            w.truncate(n - 1);
        }
    }
    // the mobile vowel of the last syllable
    let n = w.len();
    if n > 4 && ends(&w, "ен") {
        w[n - 2] = 'н';
        w.truncate(n - 1);
    } else if n > 5 && w[n - 2] == 'ъ' {
        w[n - 2] = w[n - 1];
        w.truncate(n - 1);
    }
    // the alternation of я and е in the last syllable (мярка / мерки, бряг / брегове)
    if let Some(i) = w.iter().rposition(|c| BG_VOWELS.contains(*c))
        && w[i] == 'я'
        && i > 0
        && i + 1 < w.len()
    {
        w[i] = 'е';
    }
    text(&w)
}

const BG_VOWELS: &str = "аъоуеиюя";

const LV_VOWELS: &str = "aāeēiīouū";

/// Latvian: the light stemmer of K. Kreslins, *A stemming algorithm for Latvian*, PhD thesis,
/// Loughborough University, 1996 (its noun and adjective endings; the verb rules are left out,
/// as in the light version widely used for retrieval): the longest matching ending is removed
/// when the rest keeps enough vowels, then the palatalised consonant some endings cause is
/// undone (`-šņ` → `-sn`, `-ļ` → `-l`, `-č` → `-c`, ...).
pub fn latvian(word: &str) -> String {
    // (ending, vowels the stem must keep more than, whether the ending palatalises)
    const ENDINGS: &[(&str, usize, bool)] = &[
        ("ajiem", 3, false),
        ("ajai", 3, false),
        ("ajam", 2, false),
        ("ajām", 2, false),
        ("ajos", 2, false),
        ("ajās", 2, false),
        ("iem", 2, true),
        ("ajā", 2, false),
        ("ais", 2, false),
        ("ai", 2, false),
        ("ei", 2, false),
        ("ām", 1, false),
        ("am", 1, false),
        ("ēm", 1, false),
        ("īm", 1, false),
        ("im", 1, false),
        ("um", 1, false),
        ("us", 1, true),
        ("as", 1, false),
        ("ās", 1, false),
        ("es", 1, false),
        ("os", 1, true),
        ("ij", 1, false),
        ("īs", 1, false),
        ("ēs", 1, false),
        ("is", 1, false),
        ("ie", 1, false),
        ("u", 1, true),
        ("a", 1, true),
        ("i", 1, true),
        ("e", 1, false),
        ("ā", 1, false),
        ("ē", 1, false),
        ("ī", 1, false),
        ("ū", 1, false),
        ("o", 1, false),
        ("s", 0, false),
        ("š", 0, false),
    ];
    let mut w = chars(word);
    let vowels = w.iter().filter(|c| LV_VOWELS.contains(**c)).count();
    for (ending, keep, palatal) in ENDINGS {
        let len = ending.chars().count();
        if vowels > *keep && w.len() >= len + 3 && ends(&w, ending) {
            w.truncate(w.len() - len);
            if *palatal {
                unpalatalise(&mut w);
            }
            break;
        }
    }
    text(&w)
}

fn unpalatalise(w: &mut Vec<char>) {
    let n = w.len();
    if n >= 2 {
        let pair: String = w[n - 2..].iter().collect();
        let plain = match pair.as_str() {
            "šņ" => Some("sn"),
            "žņ" => Some("zn"),
            "šļ" => Some("sl"),
            "žļ" => Some("zl"),
            "ļņ" => Some("ln"),
            "ļļ" => Some("ll"),
            "pj" => Some("p"),
            "bj" => Some("b"),
            "mj" => Some("m"),
            "vj" => Some("v"),
            _ => None,
        };
        if let Some(p) = plain {
            w.truncate(n - 2);
            w.extend(p.chars());
            return;
        }
    }
    if let Some(last) = w.last_mut() {
        *last = match *last {
            'č' => 'c',
            'ļ' => 'l',
            'ņ' => 'n',
            c => c,
        };
    }
}

/// Strips the first ending of `endings` (longest first) that leaves at least `min` letters and
/// a vowel (or, with `syllabic_r`, an `r` between consonants, as in Croatian `prst`).
fn strip(word: &str, endings: &[&str], min: usize, vowels: &str) -> String {
    let w = chars(word);
    for e in endings {
        let len = e.chars().count();
        if w.len() >= len + min && ends(&w, e) {
            let stem = &w[..w.len() - len];
            if stem.iter().any(|c| vowels.contains(*c)) {
                return text(stem);
            }
        }
    }
    word.to_string()
}

/// Croatian: a light stemmer after N. Ljubešić, D. Boras and O. Kubelka, "Retrieving
/// information in Croatian: building a simple and efficient rule-based stemmer", *INFuture
/// 2007*, pp. 313–320: their inflectional endings of nouns and adjectives (the derivational
/// rules and the stem transformations are left out), longest first, keeping a stem of at least
/// two letters with a vowel or syllabic `r`.
pub fn croatian(word: &str) -> String {
    const ENDINGS: &[&str] = &[
        "ovima", "evima", "ijima", "ijega", "ijemu", "ijem", "ijih", "ijim", "ijom", "ovi", "ova",
        "ove", "ovu", "evi", "eva", "eve", "evu", "ima", "ama", "ega", "emu", "oga", "omu", "ome",
        "ih", "im", "om", "em", "og", "oj", "ama", "ah", "a", "e", "i", "o", "u",
    ];
    strip(word, ENDINGS, 3, "aeiour")
}

/// Slovak: a light stemmer in the manner of the light Czech stemmer of L. Dolamic and
/// J. Savoy, "Indexing and stemming approaches for the Czech language", *Information
/// Processing & Management* 45(6), 2009, pp. 714–720 (case endings of nouns and adjectives
/// only), with the endings of Slovak declension (J. Mistrík, *Slovenská gramatika*).
pub fn slovak(word: &str) -> String {
    const ENDINGS: &[&str] = &[
        "ejšieho", "ejšiemu", "ejších", "ejšími", "ejšia", "ejšie", "ejší", "ého", "ému", "ými",
        "ích", "ími", "ami", "ach", "iam", "iach", "ovi", "och", "ách", "ám", "om", "ou", "ov",
        "mi", "ej", "ho", "mu", "ých", "ým", "ia", "ie", "iu", "ím", "í", "a", "e", "i", "o", "u",
        "y", "é", "á", "ú", "ý",
    ];
    strip(word, ENDINGS, 3, "aáäeéiíoóôuúyýrŕlĺ")
}

/// Slovenian: a light stemmer after the suffix lists of M. Popovič and P. Willett, "The
/// effectiveness of stemming for natural-language access to Slovene textual data", *Journal
/// of the American Society for Information Science* 43(5), 1992, pp. 384–390, reduced to the
/// inflectional endings of nouns and adjectives, longest first.
pub fn slovenian(word: &str) -> String {
    const ENDINGS: &[&str] = &[
        "ega", "emu", "ima", "ami", "ovi", "ova", "ove", "ih", "im", "om", "em", "ov", "ah", "ja",
        "je", "ji", "jo", "ju", "a", "e", "i", "o", "u",
    ];
    strip(word, ENDINGS, 3, "aeiour")
}

/// Maltese: a light stemmer of our own for the sound (suffixed) plurals and the feminine of
/// Maltese, from the grammar of A. Borg and M. Azzopardi-Alexander, *Maltese* (Routledge
/// Descriptive Grammars, 1997), §§ 3.1–3.2 (`-ijiet`, `-jiet`, `-iet`, `-ati`, `-at`, `-in`,
/// `-i`, `-a`). Broken (internal) plurals are not reduced. The definite article (`il-`, `is-`,
/// ...) is split off by the tokenizer at its hyphen.
pub fn maltese(word: &str) -> String {
    const ENDINGS: &[&str] = &["ijiet", "jiet", "iet", "ati", "at", "in", "i", "a"];
    strip(word, ENDINGS, 3, "aeiouàèìòù")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulgarian_word_forms_meet() {
        // кибератака / кибератаки / кибератаката
        let s = bulgarian("кибератака");
        assert_eq!(bulgarian("кибератаки"), s);
        assert_eq!(bulgarian("кибератаката"), s);
        // парламент / парламента / парламентът
        let p = bulgarian("парламент");
        assert_eq!(bulgarian("парламента"), p);
        assert_eq!(bulgarian("парламентът"), p);
        assert_eq!(bulgarian("офицери"), bulgarian("офицер"));
        assert_eq!(bulgarian("учения"), bulgarian("учение"));
        assert_eq!(bulgarian("сценарии"), bulgarian("сценарий"));
        assert_eq!(bulgarian("мярка"), bulgarian("мерки"));
        assert_eq!(bulgarian("ден"), "ден");
    }

    #[test]
    fn latvian_word_forms_meet() {
        let s = latvian("kiberuzbrukums");
        assert_eq!(latvian("kiberuzbrukumu"), s);
        assert_eq!(latvian("kiberuzbrukumā"), s);
        assert_eq!(latvian("kiberuzbrukuma"), s);
        assert_eq!(latvian("parlamenta"), latvian("parlaments"));
        assert_eq!(latvian("sistēmai"), latvian("sistēma"));
    }

    #[test]
    fn other_light_stemmers() {
        assert_eq!(croatian("napadima"), croatian("napad"));
        assert_eq!(croatian("napada"), croatian("napad"));
        assert_eq!(slovak("útokov"), slovak("útok"));
        assert_eq!(slovenian("napadov"), slovenian("napad"));
        assert_eq!(maltese("attakki"), maltese("attakk"));
    }
}
