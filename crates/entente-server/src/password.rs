//! Password hashing (Argon2id) and random secrets (session and API tokens).
//!
//! Hashing and verifying are CPU-bound and slow on purpose: call them off the async runtime
//! (`spawn_blocking`). Parameters: OWASP's Argon2id recommendation (m = 19 MiB, t = 2, p = 1)
//! for real accounts; demo accounts use [`Strength::Demo`] (m = 1 MiB, t = 1) so that `entente
//! demo` starts in well under a second. The PHC string records the parameters, so any hash
//! verifies whatever the current default.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};

/// Shortest accepted password, in characters.
pub const MIN_PASSWORD: usize = 12;

/// Passwords that must never guard an admin account outside demo mode.
pub const KNOWN_DEFAULTS: &[&str] = &[
    "admin",
    "demo-admin",
    "password",
    "changeme",
    "entente",
    "administrator",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// OWASP parameters, for every real account.
    Standard,
    /// Cheap parameters, for the demo's published passwords only.
    Demo,
}

fn argon(strength: Strength) -> Argon2<'static> {
    let params = match strength {
        Strength::Standard => Params::new(19 * 1024, 2, 1, None),
        Strength::Demo => Params::new(1024, 1, 1, None),
    }
    .unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Was `phc` made with [`Strength::Demo`]'s parameters? Only the demo loader hashes with them,
/// for its published passwords, so such a hash guards a password anyone can read (F14).
pub fn is_demo_strength(phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        h.params.get_decimal("m") == Some(1024) && h.params.get_decimal("t") == Some(1)
    })
}

/// Hashes a password to an Argon2id PHC string.
pub fn hash(password: &str, strength: Strength) -> Result<String, String> {
    let salt = SaltString::encode_b64(&random_bytes::<16>()?)
        .map_err(|e| format!("making a salt failed: {e}"))?;
    argon(strength)
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("hashing the password failed: {e}"))
}

/// Does `password` match `phc`? A malformed hash never matches.
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Words that guessers try first, alone or dressed with digits and symbols: the most common
/// passwords' stems (NIST SP 800-63B §5.1.1.2 asks to compare with "passwords obtained from
/// previous breach corpuses" and "context-specific words"; this is the short end of such a
/// list, and the product's and the demo's names).
const COMMON_STEMS: &[&str] = &[
    "password",
    "passwort",
    "motdepasse",
    "contrasena",
    "changeme",
    "welcome",
    "letmein",
    "admin",
    "administrator",
    "root",
    "qwerty",
    "azerty",
    "qwertz",
    "iloveyou",
    "secret",
    "monkey",
    "dragon",
    "football",
    "baseball",
    "sunshine",
    "princess",
    "master",
    "login",
    "abc",
    "test",
    "guest",
    "default",
    "entente",
    "demo",
    "eeas",
    "europa",
    "europe",
];

/// Keyboard rows and the alphabet and digits in order: a password that is one run along them
/// (`qwertyuiopas`, `123456789012`) is among the first guesses.
const RUNS: &[&str] = &[
    "qwertyuiopasdfghjklzxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "qwertzuiopasdfghjklyxcvbnm",
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "9876543210",
];

/// Fullwidth and compatibility forms of ASCII (`ａｌｐｈａ`) folded to ASCII, then lower case:
/// a name hidden in wide letters is still the name (R16).
fn folded(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The letters of a password with common substitutions undone (`p@ssw0rd` → `password`),
/// digits and symbols dropped.
fn stem(lower: &str) -> String {
    lower
        .chars()
        .filter_map(|c| match c {
            '0' => Some('o'),
            '1' | '!' => Some('i'),
            '3' => Some('e'),
            '4' | '@' => Some('a'),
            '5' | '$' => Some('s'),
            '7' => Some('t'),
            c if c.is_alphabetic() => Some(c),
            _ => None,
        })
        .collect()
}

/// A password policy for new passwords (NIST SP 800-63B §5.1.1.2): at least 12 characters not
/// counting leading and trailing spaces, no composition rules, and not a password an attacker
/// would try first (R16): only spaces, or fewer than 5 different characters; one run along a
/// keyboard row, the alphabet or the digits; a common password or the product's name dressed
/// with digits and symbols; a well-known default or the demo's published `demo-<user>`
/// pattern; or one derived from the user name (F22: the name, any part of it of three or more
/// characters, or the name reversed, in any letter width).
pub fn check_new(password: &str, user: &str) -> Result<(), String> {
    let trimmed = password.trim();
    if trimmed.chars().count() < MIN_PASSWORD {
        return Err(format!(
            "password: expected at least {MIN_PASSWORD} characters, not counting spaces at either end"
        ));
    }
    if password.chars().count() > 1024 {
        return Err("password: expected at most 1024 characters".into());
    }
    let lower = folded(trimmed);
    let distinct: std::collections::BTreeSet<char> = lower.chars().collect();
    if distinct.len() < 5 {
        return Err(
            "password: expected at least 5 different characters (a repeated one is guessed first)"
                .into(),
        );
    }
    let compact: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if RUNS.iter().any(|run| {
        let around = run.repeat(3);
        compact.len() >= 6 && around.contains(&compact)
    }) {
        return Err(
            "password: expected something other than a run along the keyboard, the alphabet or the digits"
                .into(),
        );
    }
    if KNOWN_DEFAULTS.contains(&lower.as_str()) || lower.starts_with("demo-") {
        return Err("password: expected something other than a well-known default".into());
    }
    let letters = stem(&lower);
    let common = letters.is_empty()
        || COMMON_STEMS.iter().any(|w| {
            letters == *w
                || (letters.len() <= w.len() + 3 && letters.contains(w))
                || (w.len() >= 6 && letters.contains(w) && letters.len() < w.len() * 2)
        });
    if common {
        return Err(
            "password: expected something other than a common password with digits or symbols added (a few unrelated words make a good one)"
                .into(),
        );
    }
    let name = folded(user.trim());
    let reversed: String = name.chars().rev().collect();
    let parts = name
        .split(['.', '-', '_', '@'])
        .filter(|p| p.chars().count() >= 3);
    if !name.is_empty()
        && (lower.contains(&name)
            || lower.contains(&reversed)
            || parts.clone().any(|p| lower.contains(p)))
    {
        return Err(
            "password: expected a password that does not contain the user name or a part of it"
                .into(),
        );
    }
    Ok(())
}

/// 256 random bits, hex-encoded, with a prefix saying what the secret is (`ents_` session,
/// `entt_` API token), so that leaked secrets are recognisable by scanners.
pub fn random_token(prefix: &str) -> Result<String, String> {
    Ok(format!("{prefix}{}", hex::encode(random_bytes::<32>()?)))
}

/// `N` bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| format!("the system has no randomness to give: {e}"))?;
    Ok(b)
}

/// A short random id (16 hex digits) for API tokens.
pub fn random_id() -> Result<String, String> {
    Ok(hex::encode(random_bytes::<8>()?))
}

/// SHA-256 of a token, lower-case hex: what the log records instead of the token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// HMAC-SHA-256 (RFC 2104), hex.
pub fn hmac_sha256(key: &[u8], msg: &[u8]) -> String {
    const B: usize = 64;
    let mut k = [0u8; B];
    if key.len() > B {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(msg);
    let mut outer = Sha256::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    hex::encode(outer.finalize())
}

/// Compares two strings in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let h = hash("correct horse battery", Strength::Demo).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterz", &h));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn hmac_matches_rfc4231_case_2() {
        assert_eq!(
            hmac_sha256(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn policy() {
        assert!(check_new("short", "anna").is_err());
        assert!(check_new("a long enough passphrase", "anna").is_ok());
    }

    #[test]
    fn r16_weak_passwords_are_refused() {
        for pw in [
            "            ",
            "  short-one   ",
            "aaaaaaaaaaaa",
            "abababababab",
            "password1234",
            "Password1234",
            "P@ssw0rd-2026!",
            "123456789012",
            "changeme1234",
            "qwertyuiopas",
            "Entente-2026!",
            "iloveyou2026",
        ] {
            assert!(check_new(pw, "test.obs").is_err(), "{pw:?} accepted");
        }
        assert!(check_new("ａｌｐｈａ-Str0ng-PW1", "test.alpha").is_err());
        for pw in [
            "correct horse battery staple",
            "Str0ng-Passw0rd-Xq9z",
            "Officer-Chosen-Pw-2026!",
            "my own new passphrase",
            "a long harness passphrase",
        ] {
            assert!(check_new(pw, "test.obs").is_ok(), "{pw:?} refused");
        }
    }

    #[test]
    fn f22_passwords_derived_from_the_name_or_the_demo_pattern_are_refused() {
        for (pw, user) in [
            ("demo-test.alpha", "test.alpha"),
            ("Demo-anything-at-all", "bob"),
            ("my-test.alpha-2026!", "test.alpha"),
            ("xx-delegate-password", "de.delegate"),
            ("ahpla.tset-backwards", "test.alpha"),
            ("administrator", "x"),
        ] {
            assert!(check_new(pw, user).is_err(), "{pw} for {user}");
        }
        assert!(check_new("correct horse battery staple", "de.delegate").is_ok());
    }

    #[test]
    fn f14_demo_strength_hashes_are_recognised() {
        let demo = hash("demo-x.y-long", Strength::Demo).unwrap();
        let real = hash("a real passphrase here", Strength::Standard).unwrap();
        assert!(is_demo_strength(&demo));
        assert!(!is_demo_strength(&real));
        assert!(!is_demo_strength("not a phc string"));
    }
}
