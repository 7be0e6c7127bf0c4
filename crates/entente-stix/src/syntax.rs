//! Lexical rules of STIX 2.1 values: identifiers (§2.9), timestamps (§2.14), type and property
//! names (§3.1, §11), dictionary keys (§2.3). Pure functions over `&str`, no allocation on the
//! happy path.

/// A parsed STIX timestamp, totally ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp {
    /// `YYYYMMDDhhmmss` as one decimal number, which orders like time.
    whole: u64,
    /// Fraction of a second: the first nine digits, zero padded.
    nanos: u32,
    /// How many sub-second digits were written.
    pub(crate) frac_digits: u8,
}

fn digits(b: &[u8]) -> Option<u64> {
    let mut n = 0u64;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(c - b'0');
    }
    Some(n)
}

fn is_leap(y: u64) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

/// Parse `YYYY-MM-DDTHH:mm:ss[.s+]Z` (RFC 3339, UTC, capital `T` and `Z`).
pub fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    let second = digits(&b[17..19])?;
    let rest = &b[19..];
    let (frac, z) = match rest.first() {
        Some(b'.') if rest.len() >= 3 => (&rest[1..rest.len() - 1], rest.last()),
        Some(b'.') => return None,
        _ => (&rest[..0], rest.first()),
    };
    if z != Some(&b'Z') || (rest.first() == Some(&b'Z') && rest.len() != 1) {
        return None;
    }
    if rest.first() == Some(&b'.') && (frac.is_empty() || !frac.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let month_days = [
        31,
        if is_leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&month) || day == 0 || day > month_days[(month - 1) as usize] {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut nanos = 0u32;
    for i in 0..9 {
        nanos = nanos * 10 + frac.get(i).map_or(0, |c| u32::from(c - b'0'));
    }
    let whole = ((((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute) * 100 + second;
    Some(Timestamp {
        whole,
        nanos,
        frac_digits: frac.len().min(255) as u8,
    })
}

/// Why an identifier is not `type--UUID`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProblem {
    /// No `--` separator or a malformed type part.
    Shape,
    /// The UUID part is not an RFC 4122 UUID.
    Uuid,
}

/// Split and check an identifier; returns the type prefix and the UUID version digit.
pub fn parse_identifier(s: &str) -> Result<(&str, u8), IdProblem> {
    let Some(pos) = s.find("--") else {
        return Err(IdProblem::Shape);
    };
    let (ty, uuid) = (&s[..pos], &s[pos + 2..]);
    if !is_valid_type_name(ty) {
        return Err(IdProblem::Shape);
    }
    let u = uuid.as_bytes();
    if u.len() != 36 {
        return Err(IdProblem::Uuid);
    }
    for (i, &c) in u.iter().enumerate() {
        let ok = if matches!(i, 8 | 13 | 18 | 23) {
            c == b'-'
        } else {
            c.is_ascii_hexdigit()
        };
        if !ok {
            return Err(IdProblem::Uuid);
        }
    }
    // RFC 4122 variant: the first hex digit of the fourth group is 8, 9, a or b.
    if !matches!(u[19].to_ascii_lowercase(), b'8' | b'9' | b'a' | b'b') {
        return Err(IdProblem::Uuid);
    }
    let version = u[14].wrapping_sub(b'0');
    Ok((ty, version))
}

/// Object type names: 3-250 chars of a-z, 0-9 and hyphen, starting with a letter, no `--` (§3.1, §11.2).
pub fn is_valid_type_name(t: &str) -> bool {
    let b = t.as_bytes();
    (3..=250).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && !t.contains("--")
        && !t.ends_with('-')
}

/// Custom property names: 3-250 chars of a-z, 0-9 and underscore, starting with a letter (§11.1).
pub fn is_valid_custom_property_name(n: &str) -> bool {
    let b = n.as_bytes();
    (3..=250).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

/// Dictionary keys: 1-250 ASCII characters (§2.3).
pub fn is_valid_dictionary_key(k: &str) -> bool {
    (1..=250).contains(&k.len()) && k.is_ascii()
}

/// Lowercase ASCII, digits and hyphens: relationship types and kill chain names.
pub fn is_lower_hyphen(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        for ok in [
            "2016-05-12T08:17:27Z",
            "2016-05-12T08:17:27.000Z",
            "2016-02-29T23:59:60.1234567891Z",
        ] {
            assert!(parse_timestamp(ok).is_some(), "{ok}");
        }
        for bad in [
            "2016-05-12T08:17:27",
            "2016-05-12T08:17:27.Z",
            "2016-05-12 08:17:27Z",
            "2016-05-12T08:17:27+00:00",
            "2015-02-29T00:00:00Z",
            "2016-13-01T00:00:00Z",
            "2016-05-12T24:00:00Z",
            "2016-05-12T08:17:27.1z",
            "2016-05-12T08:17:27ZZ",
        ] {
            assert!(parse_timestamp(bad).is_none(), "{bad}");
        }
        let a = parse_timestamp("2016-05-12T08:17:27Z");
        let b = parse_timestamp("2016-05-12T08:17:27.001Z");
        assert!(a < b);
    }

    #[test]
    fn identifiers() {
        assert_eq!(
            parse_identifier("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"),
            Ok(("indicator", 4))
        );
        assert_eq!(
            parse_identifier("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"),
            Err(IdProblem::Shape)
        );
        assert_eq!(
            parse_identifier("indicator--8e2e2d2b-17d4-4cbf-038f-98ee46b3cd3f"),
            Err(IdProblem::Uuid)
        );
        assert_eq!(
            parse_identifier("indicator--8e2e2d2b17d4-4cbf-938f-98ee46b3cd3f0"),
            Err(IdProblem::Uuid)
        );
    }
}
