//! Matching names across scripts, transliterations and aliases.
//!
//! [`fold`] reduces a name to lower-case ASCII letters and digits: Latin letters lose their
//! diacritics; Cyrillic is romanised by the BGN/PCGN system for Russian (with the Ukrainian
//! letters of the Ukrainian system), which is close to what the Official Journal prints; Greek by
//! ELOT 743 (the Greek standard the EU uses for Greek names), with accents dropped. Scripts
//! without a romanisation table here (Chinese, Korean, ...) are kept as they are: their
//! spellings are matched through the aliases the listings give.
//!
//! [`skeleton`] then levels the differences between romanisation systems (`Alexey`, `Aleksei`,
//! `Aleksey`; `Sergeyevich`, `Sergeevich`; `Yuriy`, `Iurii`), so that a name typed in any of them,
//! or in the original script, finds the entry.

/// Romanisation of one Cyrillic letter (lower case), BGN/PCGN for Russian and Ukrainian.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'ї' => "yi",
        'й' => "y",
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
        'ъ' => "",
        'ы' => "y",
        'ь' => "",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ў' => "w",
        'ђ' => "dj",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "c",
        'џ' => "dz",
        _ => return None,
    })
}

/// Romanisation of one Greek letter (lower case, accents already removed), ELOT 743.
fn greek(c: char) -> Option<&'static str> {
    Some(match c {
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
        _ => return None,
    })
}

/// Greek letters with tonos or dialytika, to their base letter.
fn greek_base(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        c => c,
    }
}

/// Latin letters with diacritics, to ASCII.
fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' | 'ġ' => "g",
        'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Reduces a name to lower-case ASCII words (other scripts kept), separated by single spaces.
/// Apostrophes and quotation marks vanish (`Serebristyy Bul’var`, `‘Bentley’`); other
/// punctuation separates words.
pub fn fold(s: &str) -> String {
    let chars: Vec<char> = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(greek_base)
        .filter(|c| {
            !matches!(
                c,
                '\'' | '’' | '‘' | 'ʼ' | '`' | '´' | '"' | '“' | '”' | '«' | '»'
            )
        })
        .collect();
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // ELOT 743 digraphs: ου is `ou`; αυ and ευ are `av` and `ev`.
        let next = chars.get(i + 1).copied();
        let digraph = match (c, next) {
            ('ο', Some('υ')) => Some("ou"),
            ('α', Some('υ')) => Some("av"),
            ('ε', Some('υ')) => Some("ev"),
            _ => None,
        };
        if let Some(d) = digraph {
            out.push_str(d);
            space = false;
            i += 2;
            continue;
        }
        let piece: Option<&str> = cyrillic(c).or_else(|| greek(c)).or_else(|| latin(c));
        match piece {
            Some(p) => {
                out.push_str(p);
                space = false;
            }
            // ASCII letters and digits, and scripts without a table (kept as written,
            // matched through aliases).
            None if c.is_alphanumeric() => {
                out.push(c);
                space = false;
            }
            None => {
                if !space {
                    out.push(' ');
                    space = true;
                }
            }
        }
        i += 1;
    }
    out.trim_end().to_string()
}

/// Levels the differences between romanisation systems in a folded word: `x` is `ks`, `w` is
/// `v`, `j` and `y` are `i`, `kh` is `h`, `tz` is `ts`, a doubled letter counts once and `ie`/`ei`
/// count as `e` after a consonant cluster has been read (so `Alexey`, `Aleksei`, `Aleksey` meet
/// in `aleksei`, and `Sergeyevich`, `Sergeevich` in `sergeevich`).
pub fn skeleton(folded_word: &str) -> String {
    let mut s = folded_word
        .replace('x', "ks")
        .replace('w', "v")
        .replace("kh", "h")
        .replace("tz", "ts")
        .replace(['j', 'y'], "i");
    // A vowel followed by `i` and then a vowel: the `i` is the glide written `y`/`j`/`i`
    // (`Sergeievich` / `Sergeevich`): drop it.
    let vowels = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let chars: Vec<char> = s.chars().collect();
    let mut kept = String::with_capacity(chars.len());
    for (i, c) in chars.iter().enumerate() {
        let glide = *c == 'i'
            && i > 0
            && i + 1 < chars.len()
            && vowels(chars[i - 1])
            && vowels(chars[i + 1])
            && chars[i - 1] != 'i';
        if !glide {
            kept.push(*c);
        }
    }
    s = kept;
    // Doubled letters count once (`Iurii` / `Yuriy`: `iurii` / `iurii`; `Gordienko`).
    let mut out = String::with_capacity(s.len());
    let mut prev = None;
    for c in s.chars() {
        if Some(c) != prev {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// A name prepared for matching: its folded words and their skeletons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    pub words: Vec<String>,
    pub skeletons: Vec<String>,
}

impl Folded {
    pub fn of(name: &str) -> Folded {
        let words: Vec<String> = fold(name).split(' ').map(str::to_string).collect();
        let words: Vec<String> = words.into_iter().filter(|w| !w.is_empty()).collect();
        let skeletons = words.iter().map(|w| skeleton(w)).collect();
        Folded { words, skeletons }
    }
}

/// Does the query match the name? Every word of the query must begin a word of the name, in
/// folded form or in skeleton form (word order free: registers print `GAO Qiang`, people type
/// `Qiang Gao`).
pub fn matches(query: &Folded, name: &Folded) -> bool {
    !query.words.is_empty()
        && query.words.iter().zip(&query.skeletons).all(|(q, qs)| {
            name.words.iter().any(|w| w.starts_with(q.as_str()))
                || name.skeletons.iter().any(|s| s.starts_with(qs.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(q: &str, name: &str) -> bool {
        matches(&Folded::of(q), &Folded::of(name))
    }

    #[test]
    fn cyrillic_finds_the_latin_entry() {
        assert!(m("Алексей Минин", "Alexey Valeryevich MININ"));
        assert!(m("Моренец", "Aleksei Sergeyvich MORENETS"));
        assert!(m("Сергеевич", "Aleksei Sergeyevich MORENETS"));
        assert!(m("Юрий Денисов", "Yuriy Fedorovich DENISOV"));
        assert!(m("Iurii Denisov", "Yuriy Fedorovich DENISOV"));
        assert!(m("Олександр Склянко", "Oleksandr SKLIANKO"));
        assert!(m("Евгений Серебряков", "Evgenii Mikhaylovich SEREBRIAKOV"));
        assert!(m("Maxim Gordienko", "Maksim Aleksandrovich GORDIENKO"));
        assert!(!m("Минин", "Oleg Mikhaylovich SOTNIKOV"));
    }

    #[test]
    fn greek_and_accents_fold() {
        assert_eq!(fold("Αλέξανδρος Παπαδόπουλος"), "alexandros papadopoulos");
        assert!(m("Papadopoulos", "Αλέξανδρος ΠΑΠΑΔΟΠΟΥΛΟΣ"));
        assert!(m("Παπαδόπουλος", "Alexandros PAPADOPOULOS"));
        assert_eq!(fold("Łukasz Żółć-Müller"), "lukasz zolc muller");
        assert_eq!(fold("Serebristyy Bul’var"), "serebristyy bulvar");
        assert!(m("bentley", "‘Bentley’"));
    }

    #[test]
    fn chinese_matches_through_the_alias_as_written() {
        assert!(m("陈诚", "陈诚"));
        assert!(!m("陈诚", "CHEN Cheng"));
        assert!(m("chen cheng", "CHEN Cheng"));
        assert!(m("i-soon", "i-Soon"));
    }

    #[test]
    fn skeletons_level_romanisations() {
        assert_eq!(skeleton("alexey"), skeleton("aleksei"));
        assert_eq!(skeleton("aleksey"), skeleton("aleksei"));
        assert_eq!(skeleton("sergeyevich"), skeleton("sergeevich"));
        assert_eq!(skeleton("yuriy"), skeleton("iurii"));
        assert_eq!(skeleton("mikhail"), skeleton("mihail"));
    }
}
