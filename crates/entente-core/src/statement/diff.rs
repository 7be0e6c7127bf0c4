//! A readable word-level diff between two versions of a text: runs of unchanged, removed and
//! added words (whitespace kept with the words, so that the runs joined give back either text).
//! The diff itself is the Myers algorithm of the `similar` crate over words; this module turns
//! it into runs a page or a terminal can show.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// What happened to a run of words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Same,
    Removed,
    Added,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Same => "same",
            Change::Removed => "removed",
            Change::Added => "added",
        }
    }
}

/// A run of consecutive words with the same change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Run {
    pub change: Change,
    pub text: String,
}

/// The word-level diff from `old` to `new`. Joining the runs that are not `Added` gives `old`;
/// joining those that are not `Removed` gives `new`.
pub fn words(old: &str, new: &str) -> Vec<Run> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Run> = Vec::new();
    for c in diff.iter_all_changes() {
        let change = match c.tag() {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Delete => Change::Removed,
            ChangeTag::Insert => Change::Added,
        };
        let text = c.value();
        match out.last_mut() {
            Some(last) if last.change == change => last.text.push_str(text),
            _ => out.push(Run {
                change,
                text: text.to_string(),
            }),
        }
    }
    out
}

/// Words removed and added (whitespace not counted).
pub fn counts(runs: &[Run]) -> (usize, usize) {
    let n = |c: Change| {
        runs.iter()
            .filter(|r| r.change == c)
            .map(|r| r.text.split_whitespace().count())
            .sum()
    };
    (n(Change::Removed), n(Change::Added))
}

/// The diff as plain text for a terminal: removals as `[-...-]`, additions as `{+...+}` (the
/// notation of `git diff --word-diff`).
pub fn plain(runs: &[Run]) -> String {
    let mut s = String::new();
    for r in runs {
        match r.change {
            Change::Same => s.push_str(&r.text),
            Change::Removed => {
                s.push_str("[-");
                s.push_str(&r.text);
                s.push_str("-]");
            }
            Change::Added => {
                s.push_str("{+");
                s.push_str(&r.text);
                s.push_str("+}");
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn words_changed_in_the_middle() {
        let r = words(
            "The EU condemns the malicious cyber activity.",
            "The EU strongly condemns the cyber-attacks.",
        );
        assert_eq!(
            plain(&r),
            "The EU {+strongly +}condemns the [-malicious cyber activity.-]{+cyber-attacks.+}"
        );
        assert_eq!(counts(&r), (3, 2));
    }

    #[test]
    fn cyrillic_and_greek_are_words_too() {
        let r = words("ЕС осъжда атаката.", "ЕС категорично осъжда атаката.");
        assert_eq!(plain(&r), "ЕС {+категорично +}осъжда атаката.");
        let r = words("Η ΕΕ καταδικάζει", "Η ΕΕ καταδικάζει σθεναρά");
        assert_eq!(counts(&r), (0, 1));
    }

    proptest! {
        /// Both texts can be read back from the runs.
        #[test]
        fn runs_rebuild_both_texts(a in "[a-zA-Zα-ω ,.\n]{0,80}", b in "[a-zA-Zα-ω ,.\n]{0,80}") {
            let r = words(&a, &b);
            let old: String = r.iter().filter(|x| x.change != Change::Added).map(|x| x.text.as_str()).collect();
            let new: String = r.iter().filter(|x| x.change != Change::Removed).map(|x| x.text.as_str()).collect();
            prop_assert_eq!(old, a);
            prop_assert_eq!(new, b);
        }
    }
}
