//! The STIX patterning language (§9): a lexer and recursive-descent parser for the grammar of
//! STIX 2.1 (observation expressions with AND/OR/FOLLOWEDBY, qualifiers WITHIN/REPEATS/START STOP,
//! comparison expressions, object paths, and string/int/float/bool/binary/hex/timestamp
//! constants). Nesting is bounded so hostile input cannot exhaust the stack.

use std::fmt;

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// The top observation expression.
    pub root: Observation,
}

/// An observation expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Observation {
    /// `[ comparison ]`
    Simple(Comparison),
    /// `a AND b`
    And(Box<Observation>, Box<Observation>),
    /// `a OR b`
    Or(Box<Observation>, Box<Observation>),
    /// `a FOLLOWEDBY b`
    FollowedBy(Box<Observation>, Box<Observation>),
    /// An expression with a qualifier after it.
    Qualified(Box<Observation>, Qualifier),
}

/// A qualifier of an observation expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Qualifier {
    /// `WITHIN n SECONDS`
    Within(f64),
    /// `REPEATS n TIMES`
    Repeats(u64),
    /// `START t'..' STOP t'..'`
    StartStop(String, String),
}

/// A comparison expression (inside brackets).
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    /// `a AND b`
    And(Box<Comparison>, Box<Comparison>),
    /// `a OR b`
    Or(Box<Comparison>, Box<Comparison>),
    /// `path [NOT] op value`
    Test {
        /// Left side.
        path: ObjectPath,
        /// Whether `NOT` precedes the operator.
        negated: bool,
        /// The operator.
        op: Operator,
        /// Right side.
        value: Literal,
    },
    /// `EXISTS path`
    Exists(ObjectPath),
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// `=` or `==`
    Eq,
    /// `!=` or `<>`
    Ne,
    /// `>`
    Gt,
    /// `<`
    Lt,
    /// `>=`
    Ge,
    /// `<=`
    Le,
    /// `IN`
    In,
    /// `LIKE`
    Like,
    /// `MATCHES`
    Matches,
    /// `ISSUBSET`
    IsSubset,
    /// `ISSUPERSET`
    IsSuperset,
}

/// `type:prop.sub[0].x`
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectPath {
    /// The object type before the colon.
    pub object_type: String,
    /// The steps after it.
    pub steps: Vec<PathStep>,
}

/// One step of an object path.
#[derive(Debug, Clone, PartialEq)]
pub enum PathStep {
    /// A property name or dictionary key.
    Property(String),
    /// A list index; `None` for `*`.
    Index(Option<i64>),
}

/// A constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    /// Integer.
    Int(i64),
    /// Floating point.
    Float(f64),
    /// `'...'` (unescaped).
    Str(String),
    /// `true` / `false`
    Bool(bool),
    /// `b'...'` base64 text.
    Binary(String),
    /// `h'...'` hex text.
    Hex(String),
    /// `t'...'` timestamp text.
    Timestamp(String),
    /// `( a, b, ... )`
    Set(Vec<Literal>),
}

/// Why a pattern does not parse: a message and the byte offset where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// Byte offset into the pattern.
    pub offset: usize,
    /// What was expected.
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at byte {})", self.message, self.offset)
    }
}

impl std::error::Error for PatternError {}

const MAX_DEPTH: usize = 200;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    LBrack,
    RBrack,
    LParen,
    RParen,
    Colon,
    Dot,
    Comma,
    Star,
    Op(Operator),
    Kw(Kw),
    Ident { text: String, hyphen: bool },
    Int(i64),
    Float(f64),
    Str(String),
    Bool(bool),
    Binary(String),
    Hex(String),
    Timestamp(String),
    Eof,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kw {
    And,
    Or,
    Not,
    FollowedBy,
    Exists,
    Start,
    Stop,
    Seconds,
    Within,
    Repeats,
    Times,
}

fn err<T>(offset: usize, message: impl Into<String>) -> Result<T, PatternError> {
    Err(PatternError {
        offset,
        message: message.into(),
    })
}

fn is_ws(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\r'
            | '\n'
            | '\u{0B}'
            | '\u{0C}'
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

fn lex(src: &str) -> Result<Vec<(Tok, usize)>, PatternError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let Some(ch) = src[i..].chars().next() else {
            break;
        };
        if is_ws(ch) {
            i += ch.len_utf8();
            continue;
        }
        let start = i;
        if src[i..].starts_with("/*") {
            match src[i + 2..].find("*/") {
                Some(end) => i += end + 4,
                None => return err(i, "unterminated comment"),
            }
            continue;
        }
        if src[i..].starts_with("//") {
            i = src[i..].find(['\r', '\n']).map_or(b.len(), |e| i + e);
            continue;
        }
        let two = |s: &str| src[i..].starts_with(s);
        let (tok, len) = match b[i] {
            b'[' => (Tok::LBrack, 1),
            b']' => (Tok::RBrack, 1),
            b'(' => (Tok::LParen, 1),
            b')' => (Tok::RParen, 1),
            b':' => (Tok::Colon, 1),
            b',' => (Tok::Comma, 1),
            b'*' => (Tok::Star, 1),
            b'=' if two("==") => (Tok::Op(Operator::Eq), 2),
            b'=' => (Tok::Op(Operator::Eq), 1),
            b'!' if two("!=") => (Tok::Op(Operator::Ne), 2),
            b'<' if two("<>") => (Tok::Op(Operator::Ne), 2),
            b'<' if two("<=") => (Tok::Op(Operator::Le), 2),
            b'<' => (Tok::Op(Operator::Lt), 1),
            b'>' if two(">=") => (Tok::Op(Operator::Ge), 2),
            b'>' => (Tok::Op(Operator::Gt), 1),
            b'\'' => {
                let (s, len) = lex_string(src, i)?;
                (Tok::Str(s), len)
            }
            b't' | b'h' | b'b' if b.get(i + 1) == Some(&b'\'') => {
                let close = src[i + 2..].find('\'').map(|e| i + 2 + e);
                let Some(close) = close else {
                    return err(i, "unterminated constant");
                };
                let body = &src[i + 2..close];
                let tok = match b[i] {
                    b't' => {
                        if crate::syntax::parse_timestamp(body).is_none() {
                            return err(
                                i,
                                format!("t'{body}' is not a timestamp YYYY-MM-DDTHH:mm:ss[.s+]Z"),
                            );
                        }
                        Tok::Timestamp(body.to_string())
                    }
                    b'h' => {
                        if !body.len().is_multiple_of(2)
                            || !body.bytes().all(|c| c.is_ascii_hexdigit())
                        {
                            return err(
                                i,
                                format!("h'{body}' is not an even number of hex digits"),
                            );
                        }
                        Tok::Hex(body.to_string())
                    }
                    _ => {
                        if !is_base64(body) {
                            return err(i, format!("b'{body}' is not padded base64"));
                        }
                        Tok::Binary(body.to_string())
                    }
                };
                (tok, close + 1 - i)
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit) => lex_number(src, i)?,
            b'.' => (Tok::Dot, 1),
            b'+' | b'-' | b'0'..=b'9' => lex_number(src, i)?,
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let mut j = i + 1;
                let mut hyphen = false;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'-')
                {
                    hyphen |= b[j] == b'-';
                    j += 1;
                }
                let word = &src[i..j];
                let kw = if hyphen { None } else { keyword(word) };
                let tok = match kw {
                    Some(t) => t,
                    None => Tok::Ident {
                        text: word.to_string(),
                        hyphen,
                    },
                };
                (tok, j - i)
            }
            _ => return err(i, format!("unexpected character '{ch}'")),
        };
        out.push((tok, start));
        i = start + len;
    }
    out.push((Tok::Eof, b.len()));
    Ok(out)
}

/// Keywords are upper case and booleans lower case, exactly as the grammar spells them.
fn keyword(w: &str) -> Option<Tok> {
    Some(match w {
        "AND" => Tok::Kw(Kw::And),
        "OR" => Tok::Kw(Kw::Or),
        "NOT" => Tok::Kw(Kw::Not),
        "FOLLOWEDBY" => Tok::Kw(Kw::FollowedBy),
        "EXISTS" => Tok::Kw(Kw::Exists),
        "START" => Tok::Kw(Kw::Start),
        "STOP" => Tok::Kw(Kw::Stop),
        "SECONDS" => Tok::Kw(Kw::Seconds),
        "WITHIN" => Tok::Kw(Kw::Within),
        "REPEATS" => Tok::Kw(Kw::Repeats),
        "TIMES" => Tok::Kw(Kw::Times),
        "LIKE" => Tok::Op(Operator::Like),
        "MATCHES" => Tok::Op(Operator::Matches),
        "ISSUBSET" => Tok::Op(Operator::IsSubset),
        "ISSUPERSET" => Tok::Op(Operator::IsSuperset),
        "IN" => Tok::Op(Operator::In),
        "true" => Tok::Bool(true),
        "false" => Tok::Bool(false),
        _ => return None,
    })
}

fn is_base64(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || !b.len().is_multiple_of(4) {
        return false;
    }
    let pad = b.iter().rev().take_while(|c| **c == b'=').count();
    pad <= 2
        && b[..b.len() - pad]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/')
}

fn lex_string(src: &str, start: usize) -> Result<(String, usize), PatternError> {
    let mut out = String::new();
    let mut chars = src[start + 1..].char_indices();
    while let Some((j, c)) = chars.next() {
        match c {
            '\'' => return Ok((out, j + 2)),
            '\\' => match chars.next() {
                Some((_, e @ ('\'' | '\\'))) => out.push(e),
                _ => {
                    return err(
                        start + 1 + j,
                        "only \\' and \\\\ may be escaped in a string",
                    );
                }
            },
            c => out.push(c),
        }
    }
    err(start, "unterminated string")
}

fn lex_number(src: &str, start: usize) -> Result<(Tok, usize), PatternError> {
    let b = src.as_bytes();
    let mut j = start;
    let neg = b[j] == b'-';
    if matches!(b[j], b'+' | b'-') {
        j += 1;
    }
    let int_start = j;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    let int_digits = &src[int_start..j];
    if j < b.len() && b[j] == b'.' {
        let frac_start = j + 1;
        let mut k = frac_start;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        if k == frac_start {
            return err(start, "a decimal point must be followed by digits");
        }
        let v: f64 = src[start..k].parse().map_err(|_| PatternError {
            offset: start,
            message: "bad number".into(),
        })?;
        let _ = neg;
        return Ok((Tok::Float(v), k - start));
    }
    if int_digits.is_empty() {
        return err(start, "a sign must be followed by a number");
    }
    if int_digits.len() > 1 && int_digits.starts_with('0') {
        return err(start, "integers must not have leading zeros");
    }
    let v: i64 = src[start..j].parse().map_err(|_| PatternError {
        offset: start,
        message: "integer out of range".into(),
    })?;
    Ok((Tok::Int(v), j - start))
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).map_or(&Tok::Eof, |t| &t.0)
    }
    fn offset(&self) -> usize {
        self.toks.get(self.pos).map_or(0, |t| t.1)
    }
    fn bump(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }
    fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == t {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, t: &Tok, what: &str) -> Result<(), PatternError> {
        if self.eat(t) {
            Ok(())
        } else {
            err(
                self.offset(),
                format!("expected {what}, found {}", describe(self.peek())),
            )
        }
    }
    fn enter(&mut self) -> Result<(), PatternError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            err(self.offset(), "pattern nests too deeply")
        } else {
            Ok(())
        }
    }

    fn observations(&mut self) -> Result<Observation, PatternError> {
        self.enter()?;
        let mut left = self.obs_or()?;
        while self.eat(&Tok::Kw(Kw::FollowedBy)) {
            let right = self.obs_or()?;
            left = Observation::FollowedBy(Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }
    fn obs_or(&mut self) -> Result<Observation, PatternError> {
        let mut left = self.obs_and()?;
        while self.eat(&Tok::Kw(Kw::Or)) {
            let right = self.obs_and()?;
            left = Observation::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn obs_and(&mut self) -> Result<Observation, PatternError> {
        let mut left = self.obs_expr()?;
        while self.eat(&Tok::Kw(Kw::And)) {
            let right = self.obs_expr()?;
            left = Observation::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn obs_expr(&mut self) -> Result<Observation, PatternError> {
        let mut obs = match self.bump() {
            Tok::LBrack => {
                let c = self.comparisons()?;
                self.expect(&Tok::RBrack, "']'")?;
                Observation::Simple(c)
            }
            Tok::LParen => {
                let o = self.observations()?;
                self.expect(&Tok::RParen, "')'")?;
                o
            }
            t => {
                self.pos = self.pos.saturating_sub(1);
                return err(
                    self.offset(),
                    format!(
                        "expected '[' or '(' to start an observation, found {}",
                        describe(&t)
                    ),
                );
            }
        };
        loop {
            let q = match self.peek() {
                Tok::Kw(Kw::Within) => {
                    self.bump();
                    let at = self.offset();
                    let secs = match self.bump() {
                        Tok::Int(n) if n > 0 => n as f64,
                        Tok::Float(f) if f > 0.0 => f,
                        t => {
                            return err(
                                at,
                                format!(
                                    "WITHIN needs a positive number of seconds, found {}",
                                    describe(&t)
                                ),
                            );
                        }
                    };
                    self.expect(&Tok::Kw(Kw::Seconds), "SECONDS")?;
                    Qualifier::Within(secs)
                }
                Tok::Kw(Kw::Repeats) => {
                    self.bump();
                    let at = self.offset();
                    let n = match self.bump() {
                        Tok::Int(n) if n > 0 => n as u64,
                        t => {
                            return err(
                                at,
                                format!("REPEATS needs a positive integer, found {}", describe(&t)),
                            );
                        }
                    };
                    self.expect(&Tok::Kw(Kw::Times), "TIMES")?;
                    Qualifier::Repeats(n)
                }
                Tok::Kw(Kw::Start) => {
                    self.bump();
                    let at = self.offset();
                    let Tok::Timestamp(a) = self.bump() else {
                        return err(at, "START needs a t'...' timestamp");
                    };
                    self.expect(&Tok::Kw(Kw::Stop), "STOP")?;
                    let at = self.offset();
                    let Tok::Timestamp(b) = self.bump() else {
                        return err(at, "STOP needs a t'...' timestamp");
                    };
                    Qualifier::StartStop(a, b)
                }
                _ => break,
            };
            obs = Observation::Qualified(Box::new(obs), q);
        }
        Ok(obs)
    }
    fn comparisons(&mut self) -> Result<Comparison, PatternError> {
        self.enter()?;
        let mut left = self.cmp_and()?;
        while self.eat(&Tok::Kw(Kw::Or)) {
            let right = self.cmp_and()?;
            left = Comparison::Or(Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }
    fn cmp_and(&mut self) -> Result<Comparison, PatternError> {
        let mut left = self.prop_test()?;
        while self.eat(&Tok::Kw(Kw::And)) {
            let right = self.prop_test()?;
            left = Comparison::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn prop_test(&mut self) -> Result<Comparison, PatternError> {
        if self.eat(&Tok::LParen) {
            let c = self.comparisons()?;
            self.expect(&Tok::RParen, "')'")?;
            return Ok(c);
        }
        if self.eat(&Tok::Kw(Kw::Exists)) {
            return Ok(Comparison::Exists(self.object_path()?));
        }
        let path = self.object_path()?;
        let negated = self.eat(&Tok::Kw(Kw::Not));
        let at = self.offset();
        let Tok::Op(op) = self.bump() else {
            return err(
                at,
                "expected a comparison operator (=, !=, <, >, <=, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)",
            );
        };
        let at = self.offset();
        let value = match op {
            Operator::In => self.set_literal()?,
            Operator::Like | Operator::Matches | Operator::IsSubset | Operator::IsSuperset => {
                match self.bump() {
                    Tok::Str(s) => Literal::Str(s),
                    t => {
                        return err(
                            at,
                            format!("this operator needs a string, found {}", describe(&t)),
                        );
                    }
                }
            }
            Operator::Eq | Operator::Ne => self.primitive(true)?,
            _ => self.primitive(false)?,
        };
        Ok(Comparison::Test {
            path,
            negated,
            op,
            value,
        })
    }
    fn primitive(&mut self, allow_bool: bool) -> Result<Literal, PatternError> {
        let at = self.offset();
        Ok(match self.bump() {
            Tok::Int(n) => Literal::Int(n),
            Tok::Float(f) => Literal::Float(f),
            Tok::Str(s) => Literal::Str(s),
            Tok::Binary(s) => Literal::Binary(s),
            Tok::Hex(s) => Literal::Hex(s),
            Tok::Timestamp(s) => Literal::Timestamp(s),
            Tok::Bool(v) if allow_bool => Literal::Bool(v),
            t => return err(at, format!("expected a constant, found {}", describe(&t))),
        })
    }
    fn set_literal(&mut self) -> Result<Literal, PatternError> {
        self.expect(&Tok::LParen, "'(' to start a set")?;
        let mut items = Vec::new();
        if self.eat(&Tok::RParen) {
            return Ok(Literal::Set(items));
        }
        loop {
            items.push(self.primitive(true)?);
            if self.eat(&Tok::RParen) {
                return Ok(Literal::Set(items));
            }
            self.expect(&Tok::Comma, "',' or ')'")?;
        }
    }
    fn object_path(&mut self) -> Result<ObjectPath, PatternError> {
        let at = self.offset();
        let object_type = match self.bump() {
            Tok::Ident { text, .. } => text,
            t => {
                return err(
                    at,
                    format!("expected an object type, found {}", describe(&t)),
                );
            }
        };
        self.expect(&Tok::Colon, "':' after the object type")?;
        let at = self.offset();
        let mut steps = vec![match self.bump() {
            Tok::Ident {
                text,
                hyphen: false,
            } => PathStep::Property(text),
            Tok::Str(s) => PathStep::Property(s),
            t => {
                return err(
                    at,
                    format!("expected a property name, found {}", describe(&t)),
                );
            }
        }];
        loop {
            if self.eat(&Tok::Dot) {
                let at = self.offset();
                steps.push(match self.bump() {
                    Tok::Ident {
                        text,
                        hyphen: false,
                    } => PathStep::Property(text),
                    Tok::Str(s) => PathStep::Property(s),
                    t => {
                        return err(
                            at,
                            format!("expected a property name after '.', found {}", describe(&t)),
                        );
                    }
                });
            } else if self.peek() == &Tok::LBrack
                && matches!(
                    self.toks.get(self.pos + 1).map(|t| &t.0),
                    Some(Tok::Int(_) | Tok::Star)
                )
            {
                self.bump();
                let idx = match self.bump() {
                    Tok::Int(n) => Some(n),
                    _ => None,
                };
                self.expect(&Tok::RBrack, "']' after a list index")?;
                steps.push(PathStep::Index(idx));
            } else {
                break;
            }
        }
        Ok(ObjectPath { object_type, steps })
    }
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Eof => "the end of the pattern".into(),
        Tok::Ident { text, .. } => format!("'{text}'"),
        other => format!("{other:?}"),
    }
}

/// Parse a STIX 2.1 pattern.
pub fn parse(src: &str) -> Result<Pattern, PatternError> {
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        depth: 0,
    };
    let root = p.observations()?;
    if p.peek() != &Tok::Eof {
        return err(
            p.offset(),
            format!("unexpected {} after the pattern", describe(p.peek())),
        );
    }
    Ok(Pattern { root })
}

impl Pattern {
    /// Every `path op value` comparison, in order.
    pub fn comparisons(&self) -> Vec<(&ObjectPath, Operator, &Literal)> {
        let mut out = Vec::new();
        let mut obs = vec![&self.root];
        while let Some(o) = obs.pop() {
            match o {
                Observation::Simple(c) => {
                    let mut cmps = vec![c];
                    while let Some(c) = cmps.pop() {
                        match c {
                            Comparison::And(a, b) | Comparison::Or(a, b) => {
                                cmps.push(b);
                                cmps.push(a);
                            }
                            Comparison::Test {
                                path, op, value, ..
                            } => out.push((path, *op, value)),
                            Comparison::Exists(_) => {}
                        }
                    }
                }
                Observation::And(a, b) | Observation::Or(a, b) | Observation::FollowedBy(a, b) => {
                    obs.push(b);
                    obs.push(a);
                }
                Observation::Qualified(a, _) => obs.push(a),
            }
        }
        out
    }

    /// The object types the pattern's comparisons use, in order of first use.
    pub fn object_types(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut obs = vec![&self.root];
        while let Some(o) = obs.pop() {
            match o {
                Observation::Simple(c) => {
                    let mut cmps = vec![c];
                    while let Some(c) = cmps.pop() {
                        match c {
                            Comparison::And(a, b) | Comparison::Or(a, b) => {
                                cmps.push(b);
                                cmps.push(a);
                            }
                            Comparison::Test { path, .. } | Comparison::Exists(path) => {
                                if !out.contains(&path.object_type.as_str()) {
                                    out.push(&path.object_type);
                                }
                            }
                        }
                    }
                }
                Observation::And(a, b) | Observation::Or(a, b) | Observation::FollowedBy(a, b) => {
                    obs.push(b);
                    obs.push(a);
                }
                Observation::Qualified(a, _) => obs.push(a),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(p: &str) {
        if let Err(e) = parse(p) {
            panic!("{p}: {e}");
        }
    }
    fn bad(p: &str) {
        assert!(parse(p).is_err(), "should fail: {p}");
    }

    #[test]
    fn valid_patterns() {
        ok("[ipv4-addr:value = '198.51.100.1/32']");
        ok(
            "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        );
        ok(
            "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'invoice%']",
        );
        ok("[file:size > 10] FOLLOWEDBY [process:pid = 1] WITHIN 300 SECONDS");
        ok("([a:b = 1] OR [c:d != 'x']) AND [e:f IN (1, 2, 'three')] REPEATS 5 TIMES");
        ok(
            "[network-traffic:dst_port NOT IN (80, 443)] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'",
        );
        ok(
            "[artifact:payload_bin = b'dGVzdA==' OR artifact:x = h'0aff' OR EXISTS windows-registry-key:values[0].name]",
        );
        ok("[x-foo:bar = true] WITHIN 1.5 SECONDS");
        ok("[file:name = 'it\\'s']");
        ok("[ file:size >= -1 ] /* comment */");
    }

    #[test]
    fn invalid_patterns() {
        bad("");
        bad("file:name = 'x'");
        bad("[file:name = 'x'");
        bad("[file:name = 'x'] AND");
        bad("[file:name 'x']");
        bad("[file:name = 'x'] WITHIN 0 SECONDS");
        bad("[file:name = 'x'] REPEATS 1.5 TIMES");
        bad("[file:name = t'2016-13-01T00:00:00Z']");
        bad("[file:name = h'abc']");
        bad("[file:name = b'abc']");
        bad("[file:name > true]");
        bad("[file:name LIKE 5]");
        bad("[file:name = 'a\\n']");
        bad("[file:name = 01]");
        bad("[:name = 1]");
        bad(&"(".repeat(10_000));
        bad("[file:name = 'x'] and [file:name = 'y']");
        bad("[file:name = TRUE]");
    }
}
