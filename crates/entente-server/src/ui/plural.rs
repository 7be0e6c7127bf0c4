//! CLDR cardinal plural rules of the 24 official languages (CLDR 44 `plurals.xml`, unchanged
//! since CLDR 42 for these languages), and the plural selection of Fluent messages.
//!
//! `fluent-bundle` selects plural variants with `intl_pluralrules` 7.0.2, whose data is CLDR 37:
//! it lacks Maltese `two` (CLDR 42) and the `many` of French, Spanish, Italian and Portuguese for
//! multiples of a million (CLDR 38 to 42), reads `pt` as Brazilian Portuguese (where 0 is `one`),
//! and, compared with ICU 78, selects wrongly for Lithuanian 22 to 29 (`other` for `few`) and for
//! numbers from 100 on in Latvian, Lithuanian, Romanian and Maltese (`n % 100` ranges). So
//! [`select`] resolves every select expression on a numeric argument here, with the rules below,
//! before Fluent formats the message. `tests/i18n.rs` checks these rules against ICU 78's
//! selections and that every message of every language has the variants [`categories`] lists.

use std::fmt;

use entente_core::Lang;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The operands of a number (UTS #35, "Plural Operand Meanings"), without compact exponents
/// (`e` is always 0 here: the interface writes numbers in full).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Operands {
    /// Absolute value.
    pub n: f64,
    /// Integer digits.
    pub i: u64,
    /// Number of visible fraction digits, with trailing zeros.
    pub v: u32,
    /// Visible fraction digits, with trailing zeros, as an integer.
    pub f: u64,
    /// Visible fraction digits, without trailing zeros, as an integer.
    pub t: u64,
}

impl Operands {
    /// The operands of an integer.
    pub fn int(x: i64) -> Self {
        let i = x.unsigned_abs();
        Operands {
            n: i as f64,
            i,
            v: 0,
            f: 0,
            t: 0,
        }
    }

    /// The operands of a number as written in decimal (`"1.50"`: v = 2, f = 50, t = 5).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().trim_start_matches('-');
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 18 {
            return None;
        }
        let i: u64 = int.parse().ok()?;
        let f: u64 = if frac.is_empty() {
            0
        } else {
            frac.parse().ok()?
        };
        let trimmed = frac.trim_end_matches('0');
        let t: u64 = if trimmed.is_empty() {
            0
        } else {
            trimmed.parse().ok()?
        };
        Some(Operands {
            n: s.parse().ok()?,
            i,
            v: frac.len() as u32,
            f,
            t,
        })
    }

    /// The operands of a Fluent number, with its minimum fraction digits if it sets them.
    pub fn of_number(value: f64, min_fraction: Option<usize>) -> Option<Self> {
        if !value.is_finite() {
            return None;
        }
        match min_fraction {
            Some(d) if d > 0 => Operands::parse(&format!("{:.*}", d.min(18), value.abs())),
            _ => Operands::parse(&format!("{}", value.abs())),
        }
    }
}

/// The category of a number in a language, by the CLDR cardinal rules.
// The conditions are written as CLDR writes them, to be checked against plurals.xml.
#[allow(clippy::nonminimal_bool)]
pub fn category(lang: Lang, o: &Operands) -> Category {
    use Category::*;
    let Operands { n, i, v, f, t } = *o;
    let int_n = (n.fract() == 0.0).then_some(n as u64);
    // `n = a..b` and `n % m = a..b` hold only for integral n (UTS #35).
    let n_in = |a: u64, b: u64| int_n.is_some_and(|x| (a..=b).contains(&x));
    let n_mod_in = |m: u64, a: u64, b: u64| int_n.is_some_and(|x| (a..=b).contains(&(x % m)));
    let million = v == 0 && i != 0 && i % 1_000_000 == 0;
    match lang {
        // one: n = 1
        Lang::Bg | Lang::El | Lang::Hu => {
            if n == 1.0 {
                One
            } else {
                Other
            }
        }
        // one: i = 1 and v = 0
        Lang::De | Lang::En | Lang::Et | Lang::Fi | Lang::Nl | Lang::Sv => {
            if i == 1 && v == 0 {
                One
            } else {
                Other
            }
        }
        // one: n = 1 or t != 0 and i = 0,1
        Lang::Da => {
            if n == 1.0 || (t != 0 && i <= 1) {
                One
            } else {
                Other
            }
        }
        // one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 (or e != 0..5)
        Lang::Es => {
            if n == 1.0 {
                One
            } else if million {
                Many
            } else {
                Other
            }
        }
        // one: i = 0,1; many: as Spanish
        Lang::Fr => {
            if i <= 1 {
                One
            } else if million {
                Many
            } else {
                Other
            }
        }
        // one: i = 1 and v = 0; many: as Spanish (Italian; European Portuguese, pt_PT)
        Lang::It | Lang::Pt => {
            if i == 1 && v == 0 {
                One
            } else if million {
                Many
            } else {
                Other
            }
        }
        // one: i = 1 and v = 0; few: i = 2..4 and v = 0; many: v != 0
        Lang::Cs | Lang::Sk => {
            if i == 1 && v == 0 {
                One
            } else if (2..=4).contains(&i) && v == 0 {
                Few
            } else if v != 0 {
                Many
            } else {
                Other
            }
        }
        // one: n = 1; two: n = 2; few: n = 3..6; many: n = 7..10
        Lang::Ga => {
            if n == 1.0 {
                One
            } else if n == 2.0 {
                Two
            } else if n_in(3, 6) {
                Few
            } else if n_in(7, 10) {
                Many
            } else {
                Other
            }
        }
        // one: v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11
        // few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or f % 10 = 2..4 and f % 100 != 12..14
        Lang::Hr => {
            if (v == 0 && i % 10 == 1 && i % 100 != 11) || (f % 10 == 1 && f % 100 != 11) {
                One
            } else if (v == 0 && (2..=4).contains(&(i % 10)) && !(12..=14).contains(&(i % 100)))
                || ((2..=4).contains(&(f % 10)) && !(12..=14).contains(&(f % 100)))
            {
                Few
            } else {
                Other
            }
        }
        // zero: n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19
        // one: n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and f % 100 != 11
        //      or v != 2 and f % 10 = 1
        Lang::Lv => {
            if n_mod_in(10, 0, 0)
                || n_mod_in(100, 11, 19)
                || (v == 2 && (11..=19).contains(&(f % 100)))
            {
                Zero
            } else if (n_mod_in(10, 1, 1) && !n_mod_in(100, 11, 11))
                || (v == 2 && f % 10 == 1 && f % 100 != 11)
                || (v != 2 && f % 10 == 1)
            {
                One
            } else {
                Other
            }
        }
        // one: n % 10 = 1 and n % 100 != 11..19; few: n % 10 = 2..9 and n % 100 != 11..19;
        // many: f != 0
        Lang::Lt => {
            if n_mod_in(10, 1, 1) && !n_mod_in(100, 11, 19) {
                One
            } else if n_mod_in(10, 2, 9) && !n_mod_in(100, 11, 19) {
                Few
            } else if f != 0 {
                Many
            } else {
                Other
            }
        }
        // CLDR 42+: one: n = 1; two: n = 2; few: n = 0 or n % 100 = 3..10; many: n % 100 = 11..19
        Lang::Mt => {
            if n == 1.0 {
                One
            } else if n == 2.0 {
                Two
            } else if n == 0.0 || n_mod_in(100, 3, 10) {
                Few
            } else if n_mod_in(100, 11, 19) {
                Many
            } else {
                Other
            }
        }
        // one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
        // many: v = 0 and (i != 1 and i % 10 = 0..1 or i % 10 = 5..9 or i % 100 = 12..14)
        Lang::Pl => {
            if i == 1 && v == 0 {
                One
            } else if v == 0 && (2..=4).contains(&(i % 10)) && !(12..=14).contains(&(i % 100)) {
                Few
            } else if v == 0
                && ((i != 1 && i % 10 <= 1)
                    || (5..=9).contains(&(i % 10))
                    || (12..=14).contains(&(i % 100)))
            {
                Many
            } else {
                Other
            }
        }
        // one: i = 1 and v = 0; few: v != 0 or n = 0 or n != 1 and n % 100 = 1..19
        Lang::Ro => {
            if i == 1 && v == 0 {
                One
            } else if v != 0 || n == 0.0 || (n != 1.0 && n_mod_in(100, 1, 19)) {
                Few
            } else {
                Other
            }
        }
        // one: v = 0 and i % 100 = 1; two: v = 0 and i % 100 = 2;
        // few: v = 0 and i % 100 = 3..4 or v != 0
        Lang::Sl => {
            if v == 0 && i % 100 == 1 {
                One
            } else if v == 0 && i % 100 == 2 {
                Two
            } else if (v == 0 && (3..=4).contains(&(i % 100))) || v != 0 {
                Few
            } else {
                Other
            }
        }
    }
}

/// Every category the CLDR rules define for a language, integers and decimals alike: the
/// variants each plural message of that language must have.
pub fn categories(lang: Lang) -> &'static [Category] {
    use Category::*;
    match lang {
        Lang::Bg
        | Lang::Da
        | Lang::De
        | Lang::El
        | Lang::En
        | Lang::Et
        | Lang::Fi
        | Lang::Hu
        | Lang::Nl
        | Lang::Sv => &[One, Other],
        Lang::Es | Lang::Fr | Lang::It | Lang::Pt => &[One, Many, Other],
        Lang::Cs | Lang::Sk | Lang::Lt | Lang::Pl => &[One, Few, Many, Other],
        Lang::Hr | Lang::Ro => &[One, Few, Other],
        Lang::Lv => &[Zero, One, Other],
        Lang::Sl => &[One, Two, Few, Other],
        Lang::Ga | Lang::Mt => &[One, Two, Few, Many, Other],
    }
}

/// The operands of a Fluent argument that is a number.
fn operands_of(v: &FluentValue<'_>) -> Option<Operands> {
    match v {
        FluentValue::Number(n) => Operands::of_number(n.value, n.options.minimum_fraction_digits),
        _ => None,
    }
}

/// Whether a pattern has a select expression on a numeric argument (anywhere in it).
pub fn has_numeric_select(p: &ast::Pattern<&str>, args: &FluentArgs<'_>) -> bool {
    p.elements.iter().any(|e| match e {
        ast::PatternElement::Placeable { expression } => expr_has(expression, args),
        ast::PatternElement::TextElement { .. } => false,
    })
}

fn expr_has(e: &ast::Expression<&str>, args: &FluentArgs<'_>) -> bool {
    match e {
        ast::Expression::Select { selector, variants } => {
            let numeric = matches!(selector, ast::InlineExpression::VariableReference { id }
                if args.get(id.name).and_then(operands_of).is_some());
            numeric || variants.iter().any(|v| has_numeric_select(&v.value, args))
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expr_has(expression, args)
        }
        ast::Expression::Inline(_) => false,
    }
}

/// The pattern with every select expression on a numeric argument replaced by the variant the
/// CLDR rules of `lang` choose: an exact number key (`[0]`) first, then the category, then the
/// default variant. Other select expressions are left to Fluent.
pub fn select<'s>(
    lang: Lang,
    p: &ast::Pattern<&'s str>,
    args: &FluentArgs<'_>,
) -> ast::Pattern<&'s str> {
    let mut out = Vec::with_capacity(p.elements.len());
    for e in &p.elements {
        match e {
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector, variants },
            } => {
                let chosen = match selector {
                    ast::InlineExpression::VariableReference { id } => args
                        .get(id.name)
                        .and_then(|v| match v {
                            FluentValue::Number(n) => Some((n.value, operands_of(v)?)),
                            _ => None,
                        })
                        .and_then(|(value, o)| {
                            let cat = category(lang, &o);
                            variants
                                .iter()
                                .find(|v| {
                                    matches!(v.key, ast::VariantKey::NumberLiteral { value: k }
                                    if k.parse::<f64>().is_ok_and(|k| k == value))
                                })
                                .or_else(|| {
                                    variants.iter().find(|v| {
                                        matches!(v.key, ast::VariantKey::Identifier { name }
                                        if name == cat.as_str())
                                    })
                                })
                                .or_else(|| variants.iter().find(|v| v.default))
                        }),
                    _ => None,
                };
                match chosen {
                    Some(v) => out.extend(select(lang, &v.value, args).elements),
                    None => out.push(e.clone()),
                }
            }
            _ => out.push(e.clone()),
        }
    }
    ast::Pattern { elements: out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    fn cat(lang: Lang, n: &str) -> Category {
        category(lang, &Operands::parse(n).expect("a number"))
    }

    #[test]
    fn operands_follow_uts35() {
        let o = Operands::parse("1.50").expect("number");
        assert_eq!((o.i, o.v, o.f, o.t), (1, 2, 50, 5));
        assert_eq!(Operands::int(-21), Operands::parse("21").expect("number"));
        assert_eq!(
            Operands::of_number(2.0, Some(1)),
            Operands::parse("2.0"),
            "minimum fraction digits are visible"
        );
        assert!(Operands::parse("x").is_none());
    }

    #[test]
    fn samples_from_cldr() {
        // The `@integer` and `@decimal` samples of CLDR 44 for the categories.
        let cases: &[(Lang, &str, Category)] = &[
            (Lang::Mt, "2", Two),
            (Lang::Mt, "0", Few),
            (Lang::Mt, "103", Few),
            (Lang::Mt, "102", Other),
            (Lang::Mt, "111", Many),
            (Lang::Mt, "20", Other),
            (Lang::Ga, "2", Two),
            (Lang::Ga, "6", Few),
            (Lang::Ga, "7", Many),
            (Lang::Ga, "11", Other),
            (Lang::Pl, "22", Few),
            (Lang::Pl, "12", Many),
            (Lang::Pl, "25", Many),
            (Lang::Pl, "1.5", Other),
            (Lang::Cs, "1.5", Many),
            (Lang::Cs, "3", Few),
            (Lang::Cs, "5", Other),
            (Lang::Lt, "21", One),
            (Lang::Lt, "11", Other),
            (Lang::Lt, "29", Few),
            (Lang::Lt, "0.5", Many),
            (Lang::Lv, "0", Zero),
            (Lang::Lv, "11", Zero),
            (Lang::Lv, "21", One),
            (Lang::Lv, "2", Other),
            (Lang::Sl, "101", One),
            (Lang::Sl, "102", Two),
            (Lang::Sl, "104", Few),
            (Lang::Sl, "5", Other),
            (Lang::Hr, "21", One),
            (Lang::Hr, "22", Few),
            (Lang::Hr, "12", Other),
            (Lang::Ro, "0", Few),
            (Lang::Ro, "101", Few),
            (Lang::Ro, "20", Other),
            (Lang::Fr, "0", One),
            (Lang::Fr, "1000000", Many),
            (Lang::Es, "2000000", Many),
            (Lang::It, "1000000", Many),
            (Lang::Pt, "0", Other),
            (Lang::Pt, "1000000", Many),
            (Lang::Da, "0.1", One),
            (Lang::En, "1.0", Other),
            (Lang::Bg, "1.0", One),
        ];
        for (l, n, c) in cases {
            assert_eq!(cat(*l, n), *c, "{l} {n}");
        }
    }

    #[test]
    fn every_category_listed_occurs_and_no_other() {
        let mut samples: Vec<String> = (0..=1200).map(|i| i.to_string()).collect();
        samples.extend(
            [
                "1000000", "2000000", "0.1", "0.5", "1.0", "1.5", "2.5", "11.5",
            ]
            .map(String::from),
        );
        samples.extend((0..=30).map(|i| format!("0.{i:02}")));
        for l in Lang::ALL {
            let mut seen: Vec<Category> = samples.iter().map(|s| cat(l, s)).collect();
            seen.sort();
            seen.dedup();
            assert_eq!(seen, categories(l), "{l}");
        }
    }
}
