//! What every page shares (the request's language, viewer and banner) and the small view models
//! that templates render: markings in TLP colours, text shown in a language with its `lang`.

use entente_core::{Lang, LocalizedText, Marking, Tlp, Viewer};

use super::i18n;

/// A number a template may hand to a plural message.
pub trait Count {
    fn count(&self) -> i64;
}
macro_rules! count_impl {
    ($($t:ty),*) => {$(impl Count for $t { fn count(&self) -> i64 { i64::try_from(*self).unwrap_or(i64::MAX) } })*};
}
count_impl!(usize, u64, u32, i64, i32);
impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// One entry of the language switch.
#[derive(Clone, Debug)]
pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub current: bool,
}

/// The chrome of every page.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The interface language (also the preferred content language).
    pub lang: Lang,
    pub langs: Vec<LangLink>,
    pub viewer: Viewer,
    pub signed_in: bool,
    /// Path and query of this page, for `next=` links.
    pub here: String,
    /// The `here` value, URL-encoded for query strings.
    pub here_q: String,
    /// The highest marking on the page.
    pub banner: MarkView,
    /// Anti-CSRF token of the session for forms (the sign-in form's own on `/login`).
    pub csrf: String,
    /// The request came over TLS (cookies get `Secure`).
    pub secure: bool,
    /// The signed-in user has the admin role.
    pub is_admin: bool,
    /// The user may submit assessments for their party (analyst or delegate).
    pub can_assess: bool,
    /// The user speaks for their party in procedures.
    pub is_delegate: bool,
    /// Which navigation entry is current.
    pub nav: &'static str,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn tn(&self, key: &str, n: impl Count) -> String {
        i18n::tn(self.lang, key, n.count())
    }

    pub fn ta(&self, key: &str, name: &str, value: &str) -> String {
        i18n::ta(self.lang, key, &[(name, value)])
    }

    /// A message with two named string arguments.
    pub fn ta2(&self, key: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        i18n::ta(self.lang, key, &[(n1, v1), (n2, v2)])
    }

    /// A whole number as the reader's language writes it (`12 345`, `12.345`, `12,345`).
    pub fn num(&self, n: impl Count) -> String {
        super::format::integer(self.lang, n.count())
    }

    /// "Page 2 of 5".
    pub fn page_of(&self, page: impl Count, pages: impl Count) -> String {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("page", page.count());
        a.set("pages", pages.count());
        i18n::format(self.lang, "page-of", Some(&a))
    }

    /// `aria-current` value for a navigation entry.
    pub fn current(&self, nav: &str) -> &'static str {
        if self.nav == nav { "page" } else { "false" }
    }

    /// Raises the banner to `m` if `m` is more restrictive.
    pub fn see(&mut self, m: &Marking) {
        if m.rank() > self.banner.rank {
            self.banner = MarkView::of(m);
        }
    }

    /// Shows `text` in the reader's language if available.
    pub fn shown(&self, text: &LocalizedText) -> Shown {
        Shown::of(text, self.lang)
    }
}

/// A marking as shown: the TLP label in FIRST's colours, and the EU classification if any.
#[derive(Clone, Debug)]
pub struct MarkView {
    pub rank: (Option<entente_core::Classification>, Tlp),
    /// `TLP:AMBER+STRICT`; labels are never translated (FIRST TLP 2.0 §1b).
    pub label: &'static str,
    /// CSS class carrying the colours: `tlp-clear`, `tlp-green`, `tlp-amber`, `tlp-red`.
    pub class: &'static str,
    pub classification: Option<&'static str>,
    /// Parties or recipients the item is released to besides its originator, comma-separated.
    pub scope: String,
}

impl MarkView {
    pub fn of(m: &Marking) -> Self {
        let (label, class) = match m.tlp {
            Tlp::Clear => ("TLP:CLEAR", "tlp-clear"),
            Tlp::Green => ("TLP:GREEN", "tlp-green"),
            Tlp::Amber => ("TLP:AMBER", "tlp-amber"),
            // FIRST defines no separate colour for AMBER+STRICT.
            Tlp::AmberStrict => ("TLP:AMBER+STRICT", "tlp-amber"),
            Tlp::Red => ("TLP:RED", "tlp-red"),
        };
        let mut scope: Vec<&str> = m.releasable_to.iter().map(|p| p.as_str()).collect();
        scope.extend(m.recipients.iter().map(|u| u.as_str()));
        MarkView {
            rank: m.rank(),
            label,
            class,
            classification: m.classification.map(|c| c.label()),
            scope: scope.join(", "),
        }
    }

    pub fn clear() -> Self {
        MarkView::of(&Marking::clear())
    }
}

/// A text shown in some language, with that language marked when it differs from the page's.
#[derive(Clone, Debug, Default)]
pub struct Shown {
    pub text: String,
    pub lang: &'static str,
    /// The endonym of the shown language when it is not the interface language.
    pub other: Option<&'static str>,
}

impl Shown {
    pub fn of(text: &LocalizedText, ui: Lang) -> Self {
        match text.best(ui) {
            Some((l, s)) => Shown {
                text: s.to_string(),
                lang: l.code(),
                other: (l != ui).then(|| i18n::endonym(l)),
            },
            None => Shown::default(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Percent-encodes a query-string component (RFC 3986 unreserved characters kept).
pub fn url_encode(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            o.push(b as char);
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_marks_the_language_only_when_it_differs() {
        let mut t = LocalizedText::single(Lang::En, "Attack");
        let s = Shown::of(&t, Lang::Bg);
        assert_eq!((s.lang, s.other), ("en", Some("English")));
        t.insert(Lang::Bg, "Атака");
        let s = Shown::of(&t, Lang::Bg);
        assert_eq!((s.text.as_str(), s.other), ("Атака", None));
    }

    #[test]
    fn banner_rises_to_the_most_restrictive_marking() {
        let m = MarkView::of(&Marking::tlp(Tlp::AmberStrict));
        assert_eq!((m.label, m.class), ("TLP:AMBER+STRICT", "tlp-amber"));
        let mut red = Marking::tlp(Tlp::Green);
        red.classification = Some(entente_core::Classification::RestreintUe);
        assert!(MarkView::of(&red).rank > m.rank);
    }

    #[test]
    fn url_encoding_keeps_paths_and_escapes_the_rest() {
        assert_eq!(url_encode("/search?q=a b&c"), "/search%3Fq%3Da%20b%26c");
    }
}
