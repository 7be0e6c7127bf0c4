//! A small language detector for queries and untagged text: the script first (Cyrillic is
//! Bulgarian, Greek is Greek among the 24), then letters only some languages write, then their
//! most frequent words. No model, no data file: a query of one plain Latin word stays
//! undetected, and is searched in every language anyway.

use entente_core::Lang;

/// The most frequent function words of each language (articles, prepositions, conjunctions,
/// pronouns), used to detect the language and, at query time, to drop them from queries of
/// several words.
pub fn stopwords(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Bg => &[
            "и", "в", "на", "с", "за", "от", "по", "да", "се", "не", "е", "са", "към", "като",
            "че", "този", "тази", "при", "през", "след",
        ],
        Lang::Es => &[
            "el", "la", "los", "las", "de", "del", "y", "en", "un", "una", "que", "por", "con",
            "para", "se", "al", "es", "su", "sus", "contra",
        ],
        Lang::Cs => &[
            "a", "v", "ve", "na", "se", "je", "z", "ze", "do", "k", "o", "s", "že", "pro", "by",
            "jako", "byl", "byla", "které", "který",
        ],
        Lang::Da => &[
            "og", "i", "af", "at", "det", "en", "den", "til", "er", "som", "på", "de", "med",
            "for", "et", "var", "mod", "fra", "blev",
        ],
        Lang::De => &[
            "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "des", "auf", "für",
            "ist", "im", "dem", "nicht", "ein", "eine", "gegen", "wurde",
        ],
        Lang::Et => &[
            "ja", "on", "et", "ei", "see", "oli", "ka", "kui", "ning", "mis", "aga", "või",
            "vastu", "tema", "nad", "oma",
        ],
        Lang::El => &[
            "και", "το", "η", "ο", "της", "των", "του", "την", "τα", "σε", "με", "για", "από",
            "στο", "στην", "που", "κατά", "οι",
        ],
        Lang::En => &[
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by",
            "was", "were", "against", "from", "an", "its", "at",
        ],
        Lang::Fr => &[
            "le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "à", "au", "aux", "par",
            "pour", "sur", "dans", "contre", "est", "que",
        ],
        Lang::Ga => &[
            "an", "na", "agus", "ar", "a", "i", "le", "do", "ag", "is", "sa", "ó", "go", "ina",
            "in", "níos", "seo", "sin",
        ],
        Lang::Hr => &[
            "i", "u", "na", "je", "se", "da", "za", "od", "s", "sa", "su", "o", "iz", "koji",
            "koja", "protiv", "kao", "bio", "bila",
        ],
        Lang::It => &[
            "il", "la", "di", "e", "che", "in", "un", "una", "del", "della", "per", "con", "da",
            "le", "dei", "delle", "contro", "è", "al", "sono",
        ],
        Lang::Lv => &[
            "un", "ir", "uz", "par", "no", "ar", "kas", "ka", "arī", "bija", "pret", "tika", "tā",
            "to", "lai", "kā", "pie", "gada",
        ],
        Lang::Lt => &[
            "ir", "kad", "į", "iš", "su", "prieš", "tai", "buvo", "yra", "kaip", "bet", "ar", "jo",
            "jų", "nuo", "per", "apie",
        ],
        Lang::Hu => &[
            "a", "az", "és", "egy", "hogy", "nem", "is", "van", "volt", "ellen", "meg", "ki", "be",
            "el", "mint", "csak", "ez", "azt",
        ],
        Lang::Mt => &[
            "il", "ta", "u", "f", "li", "fil", "tal", "għal", "minn", "ma", "kien", "kienet",
            "dan", "din", "mal", "bħala", "kontra", "l",
        ],
        Lang::Nl => &[
            "de", "het", "een", "van", "en", "in", "is", "op", "te", "dat", "die", "voor", "met",
            "zijn", "werd", "tegen", "door", "aan",
        ],
        Lang::Pl => &[
            "i",
            "w",
            "na",
            "z",
            "do",
            "się",
            "nie",
            "że",
            "o",
            "to",
            "jest",
            "przez",
            "od",
            "za",
            "po",
            "jak",
            "przeciwko",
            "oraz",
            "był",
        ],
        Lang::Pt => &[
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "um", "uma", "que",
            "para", "com", "por", "contra", "no", "na",
        ],
        Lang::Ro => &[
            "și",
            "şi",
            "în",
            "de",
            "la",
            "cu",
            "pe",
            "un",
            "o",
            "care",
            "din",
            "a",
            "al",
            "ale",
            "este",
            "împotriva",
            "fost",
            "pentru",
        ],
        Lang::Sk => &[
            "a", "v", "vo", "na", "sa", "je", "z", "zo", "do", "k", "o", "s", "že", "pre", "by",
            "ako", "bol", "bola", "ktoré", "proti",
        ],
        Lang::Sl => &[
            "in", "v", "na", "je", "se", "da", "za", "z", "s", "so", "o", "iz", "ki", "kot", "bil",
            "bila", "proti", "pri",
        ],
        Lang::Fi => &[
            "ja", "on", "ei", "se", "oli", "että", "kun", "mutta", "tai", "ovat", "vastaan",
            "myös", "sen", "joka", "hän", "kuin",
        ],
        Lang::Sv => &[
            "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
            "var", "mot", "har", "ett", "de",
        ],
    }
}

/// Letters that only some of the languages write, and how strongly each points to them.
fn letters(lang: Lang) -> &'static str {
    match lang {
        Lang::Lv => "āēīūķļņģ",
        Lang::Lt => "ąęėįųū",
        Lang::Pl => "ąęłśźżńóć",
        Lang::Cs => "řůěčšžýáíé",
        Lang::Sk => "ľĺŕôäčšžýáíé",
        Lang::Hu => "őűöüáéó",
        Lang::Ro => "șşțţăâî",
        Lang::Mt => "ħċġżà",
        Lang::Et => "õäöüšž",
        Lang::De => "ßäöü",
        Lang::Fi => "äö",
        Lang::Sv => "åäö",
        Lang::Da => "åæø",
        Lang::Fr => "çèêëîôùûœàé",
        Lang::Es => "ñáéíóú",
        Lang::Pt => "ãõçâêôáéíóú",
        Lang::It => "àèéìòù",
        Lang::Hr => "čćđšž",
        Lang::Sl => "čšž",
        Lang::Ga => "áéíóú",
        Lang::Bg | Lang::El | Lang::En | Lang::Nl => "",
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn is_greek(c: char) -> bool {
    ('\u{0370}'..='\u{03FF}').contains(&c) || ('\u{1F00}'..='\u{1FFF}').contains(&c)
}

/// The language `text` is most likely in, or `None` when nothing points to one.
pub fn detect(text: &str) -> Option<Lang> {
    let (mut cyr, mut greek, mut latin) = (0usize, 0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_cyrillic(c) {
            cyr += 1;
        } else if is_greek(c) {
            greek += 1;
        } else {
            latin += 1;
        }
    }
    if cyr > 0 && cyr >= latin && cyr >= greek {
        return Some(Lang::Bg);
    }
    if greek > 0 && greek >= latin {
        return Some(Lang::El);
    }
    if latin == 0 {
        return None;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut best: Option<(Lang, u32)> = None;
    for lang in Lang::ALL {
        if matches!(lang, Lang::Bg | Lang::El) {
            continue;
        }
        let stop = stopwords(lang);
        let special = letters(lang);
        let mut score = 0u32;
        for w in &words {
            if w.chars().count() > 1 && stop.contains(w) {
                score += 3;
            }
        }
        for c in lower.chars() {
            if special.contains(c) {
                // Letters few languages share weigh more.
                let shared = Lang::ALL
                    .iter()
                    .filter(|l| letters(**l).contains(c))
                    .count() as u32;
                score += 6 / shared.max(1);
            }
        }
        if score > 0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((lang, score));
        }
    }
    best.map(|(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script_letters_and_words() {
        assert_eq!(detect("кибератака срещу парламента"), Some(Lang::Bg));
        assert_eq!(detect("κυβερνοεπίθεση"), Some(Lang::El));
        assert_eq!(detect("kiberuzbrukums Vācijas parlamentam"), Some(Lang::Lv));
        assert_eq!(detect("the attack against the parliament"), Some(Lang::En));
        assert_eq!(detect("Cyberangriff auf den Bundestag"), Some(Lang::De));
        assert_eq!(detect("cyberattaque contre le Bundestag"), Some(Lang::Fr));
        assert_eq!(detect("Sandworm"), None);
    }
}
