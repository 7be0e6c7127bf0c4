//! **The second factor**: time-based one-time passwords (TOTP, RFC 6238) and recovery codes.
//!
//! Pure: the time is an argument, randomness comes from the caller. The rules, each next to
//! its code below:
//! - HOTP (RFC 4226 §5): HMAC-SHA-1 (RFC 2104) of the 8-byte big-endian counter, dynamic
//!   truncation (§5.3), 6 decimal digits (§5.3, R4 of §4).
//! - TOTP (RFC 6238 §4): the counter is `T = floor((unix time - T0) / X)` with `T0 = 0` and
//!   `X = 30` seconds, the defaults of §4.1; SHA-1 is the algorithm every authenticator app
//!   supports (§1.2 allows SHA-256 and SHA-512 too).
//! - Validation window (RFC 6238 §5.2, "We RECOMMEND that at most one time step is allowed as
//!   the network delay"): the steps `T - 1`, `T` and `T + 1` are accepted.
//! - One use (RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the same OTP
//!   after the successful validation has been issued for the first OTP"): the last accepted
//!   step of an account is remembered (in the log) and only a later step is accepted.
//! - The shared secret is 160 bits (RFC 4226 §4, R6: "The length of the shared secret MUST be
//!   at least 128 bits. This document RECOMMENDs a shared secret length of 160 bits"), shown to
//!   the user in base32 (RFC 4648 §6) in an `otpauth://` URI (the Key Uri Format of
//!   authenticator apps, which is not an RFC).
//!
//! Recovery codes are 16 characters of the RFC 4648 base32 alphabet (80 random bits) in four
//! groups; only their SHA-256 is recorded. 80 bits make an offline search of the hashes as hard
//! as for a random API token of that size, so no slow hash is needed.

use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::Invalid;
use crate::account::Role;

/// Seconds per time step (RFC 6238 §4.1, X = 30).
pub const STEP_SECONDS: i64 = 30;
/// Digits of a code (RFC 4226 §5.3; 6 is what authenticator apps show).
pub const DIGITS: u32 = 6;
/// Bytes of a new shared secret (RFC 4226 §4 R6: 160 bits).
pub const SECRET_BYTES: usize = 20;
/// Recovery codes handed out at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// Random bytes of a recovery code (16 base32 characters).
pub const RECOVERY_BYTES: usize = 10;

/// Roles whose accounts must have a second factor before they may do anything: those who
/// administer accounts and clearances.
pub const REQUIRED_FOR: [Role; 2] = [Role::Admin, Role::SecurityOfficer];

/// Must an account with these roles have a second factor?
pub fn required_for<'a>(roles: impl IntoIterator<Item = &'a Role>) -> bool {
    roles.into_iter().any(|r| REQUIRED_FOR.contains(r))
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Base32 (RFC 4648 §6), upper case, without padding (authenticator apps accept both).
pub fn base32_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    let (mut buf, mut bits) = (0u32, 0u32);
    for &b in data {
        buf = (buf << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(B32[((buf >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(B32[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// Decodes base32 (RFC 4648 §6), ignoring case, spaces, hyphens and `=` padding.
pub fn base32_decode(s: &str) -> Result<Vec<u8>, Invalid> {
    let bad = || Invalid::new("secret", "base32 (the letters A-Z and the digits 2-7)");
    let mut out = Vec::with_capacity(s.len() * 5 / 8);
    let (mut buf, mut bits) = (0u32, 0u32);
    for c in s.chars() {
        if c == ' ' || c == '-' || c == '=' {
            continue;
        }
        let u = c.to_ascii_uppercase() as u8;
        let v = B32.iter().position(|&x| x == u).ok_or_else(bad)? as u32;
        buf = ((buf << 5) | v) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buf >> bits) & 0xff) as u8);
        }
    }
    Ok(out)
}

/// Parses a shared secret as the user or the operator types it: base32 of at least 128 bits
/// (RFC 4226 §4 R6).
pub fn parse_secret(s: &str) -> Result<Vec<u8>, Invalid> {
    let key = base32_decode(s)?;
    if key.len() < 16 {
        return Err(Invalid::new(
            "secret",
            "at least 128 bits (26 base32 characters; RFC 4226 §4)",
        ));
    }
    Ok(key)
}

/// HMAC-SHA-1 (RFC 2104 §2, block size 64 bytes).
fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    const B: usize = 64;
    let mut k = [0u8; B];
    if key.len() > B {
        k[..20].copy_from_slice(&Sha1::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha1::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(msg);
    let mut outer = Sha1::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

/// HOTP (RFC 4226 §5.3) with `digits` digits: HMAC-SHA-1 of the big-endian counter, dynamic
/// truncation to 31 bits, modulo 10^digits.
pub fn hotp(key: &[u8], counter: u64, digits: u32) -> u32 {
    let h = hmac_sha1(key, &counter.to_be_bytes());
    // §5.3: the offset is the low 4 bits of the last byte.
    let o = (h[19] & 0x0f) as usize;
    let bin = (u32::from(h[o] & 0x7f) << 24)
        | (u32::from(h[o + 1]) << 16)
        | (u32::from(h[o + 2]) << 8)
        | u32::from(h[o + 3]);
    bin % 10u32.pow(digits.min(9))
}

/// The time step of a Unix time (RFC 6238 §4.2, T0 = 0, X = 30). Times before 1970 have none.
pub fn step_at(unix: i64) -> Option<u64> {
    u64::try_from(unix.div_euclid(STEP_SECONDS)).ok()
}

/// The code of `key` at Unix time `unix`, zero-padded to [`DIGITS`].
pub fn code_at(key: &[u8], unix: i64) -> String {
    let step = step_at(unix).unwrap_or(0);
    format!("{:06}", hotp(key, step, DIGITS))
}

/// Compares two strings in time independent of where they differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Checks a code typed by the user at Unix time `unix`, given the last step accepted for the
/// account. Returns the step it matched, to be remembered: RFC 6238 §5.2 allows one step of
/// delay either way and forbids accepting a code twice, so only a step after `last` is tried.
/// Spaces in the code are ignored; anything but 6 digits matches nothing.
pub fn verify(key: &[u8], code: &str, unix: i64, last: Option<u64>) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(unix)?;
    let mut found = None;
    // Every candidate is computed and compared, so the time taken does not say which matched.
    for step in [now.saturating_sub(1), now, now + 1] {
        let expected = format!("{:06}", hotp(key, step, DIGITS));
        let fresh = last.is_none_or(|l| step > l);
        if constant_time_eq(expected.as_bytes(), code.as_bytes()) && fresh && found.is_none() {
            found = Some(step);
        }
    }
    found
}

/// Percent-encodes a URI component (RFC 3986 §2.3: unreserved characters stay).
fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The `otpauth://totp/` URI of a secret, which authenticator apps read (from a QR code or a
/// link): `issuer:account` as the label, and the RFC 6238 defaults stated explicitly.
pub fn otpauth_uri(issuer: &str, account: &str, secret_b32: &str) -> String {
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        pct(issuer),
        pct(account),
        secret_b32,
        pct(issuer)
    )
}

/// A recovery code as typed, reduced to its 16 characters (case, spaces and hyphens ignored).
pub fn normalize_recovery_code(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Formats 10 random bytes as a recovery code, `abcd-efgh-ijkl-mnop`.
pub fn recovery_code(random: &[u8; RECOVERY_BYTES]) -> String {
    let s = base32_encode(random).to_ascii_lowercase();
    s.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// What the log records of a recovery code: SHA-256 (lower-case hex) of its normal form.
pub fn recovery_code_hash(code: &str) -> String {
    hex::encode(Sha256::digest(normalize_recovery_code(code).as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
    const SEED: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc6238_appendix_b_sha1_vectors() {
        // (Unix time, TOTP with 8 digits), the SHA1 rows of the table in Appendix B.
        for (t, totp) in [
            (59, 94287082),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            let step = step_at(t).unwrap();
            assert_eq!(hotp(SEED, step, 8), totp, "T = {t}");
            // The 6-digit code apps show is the same number modulo 10^6 (RFC 4226 §5.3).
            assert_eq!(code_at(SEED, t), format!("{:06}", totp % 1_000_000));
        }
        // The steps of the table, in hex (Appendix B, column "Value of T (hex)").
        assert_eq!(step_at(59), Some(0x1));
        assert_eq!(step_at(1111111109), Some(0x23523EC));
        assert_eq!(step_at(20000000000), Some(0x27BC86AA));
    }

    #[test]
    fn rfc4226_appendix_d_hotp_vectors() {
        let expected = [
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        ];
        for (c, v) in expected.iter().enumerate() {
            assert_eq!(hotp(SEED, c as u64, 6), *v, "count {c}");
        }
    }

    #[test]
    fn hmac_sha1_matches_rfc2202_case_2() {
        assert_eq!(
            hex::encode(hmac_sha1(b"Jefe", b"what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
    }

    #[test]
    fn base32_round_trips_and_matches_rfc4648_vectors() {
        // RFC 4648 §10 (without padding).
        for (plain, enc) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32_encode(plain.as_bytes()), enc);
            assert_eq!(base32_decode(enc).unwrap(), plain.as_bytes());
            assert_eq!(
                base32_decode(&enc.to_lowercase()).unwrap(),
                plain.as_bytes()
            );
        }
        assert_eq!(base32_decode("MZXW6YQ=").unwrap(), b"foob");
        assert!(base32_decode("MZ1W").is_err());
        assert_eq!(base32_encode(SEED), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(parse_secret("MZXW6YTBOI").is_err());
        assert_eq!(
            parse_secret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").unwrap(),
            SEED
        );
    }

    #[test]
    fn one_step_of_drift_either_way_is_accepted_and_no_more() {
        let t = 1_111_111_111;
        let now = step_at(t).unwrap();
        for (offset, ok) in [(-2i64, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = code_at(SEED, t + offset * STEP_SECONDS);
            assert_eq!(
                verify(SEED, &code, t, None).is_some(),
                ok,
                "offset {offset}"
            );
        }
        assert_eq!(verify(SEED, &code_at(SEED, t), t, None), Some(now));
        assert_eq!(verify(SEED, "12345", t, None), None);
        assert_eq!(verify(SEED, "abcdef", t, None), None);
        let spaced = code_at(SEED, t);
        let spaced = format!("{} {}", &spaced[..3], &spaced[3..]);
        assert_eq!(verify(SEED, &spaced, t, None), Some(now));
    }

    #[test]
    fn a_code_is_accepted_once_and_never_an_earlier_one() {
        let t = 1_234_567_890;
        let code = code_at(SEED, t);
        let step = verify(SEED, &code, t, None).unwrap();
        assert_eq!(verify(SEED, &code, t, Some(step)), None, "replayed");
        let earlier = code_at(SEED, t - STEP_SECONDS);
        assert_eq!(verify(SEED, &earlier, t, Some(step)), None, "older step");
        let later = code_at(SEED, t + STEP_SECONDS);
        assert_eq!(verify(SEED, &later, t, Some(step)), Some(step + 1));
    }

    #[test]
    fn recovery_codes_normalise_and_hash() {
        let c = recovery_code(&[0xff; RECOVERY_BYTES]);
        assert_eq!(c, "7777-7777-7777-7777");
        assert_eq!(
            recovery_code_hash(&c),
            recovery_code_hash(" 77777777 7777 7777 ")
        );
        assert_eq!(recovery_code_hash(&c).len(), 64);
        let c = recovery_code(&[0; RECOVERY_BYTES]);
        assert_eq!(c, "aaaa-aaaa-aaaa-aaaa");
    }

    #[test]
    fn otpauth_uri_carries_the_parameters() {
        let u = otpauth_uri("entente demo", "eeas.security", "ABC");
        assert_eq!(
            u,
            "otpauth://totp/entente%20demo:eeas.security?secret=ABC&issuer=entente%20demo&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn required_for_administrators_and_security_officers() {
        assert!(required_for(&[Role::Admin]));
        assert!(required_for(&[Role::Delegate, Role::SecurityOfficer]));
        assert!(!required_for(&[Role::Delegate, Role::Chair]));
    }
}
