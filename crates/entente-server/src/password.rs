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

/// A password policy for new passwords: length only (NIST SP 800-63B §5.1.1.2: at least 8
/// characters, no composition rules; we ask for 12), and not a known default.
pub fn check_new(password: &str) -> Result<(), String> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(format!(
            "password: expected at least {MIN_PASSWORD} characters"
        ));
    }
    if password.chars().count() > 1024 {
        return Err("password: expected at most 1024 characters".into());
    }
    if KNOWN_DEFAULTS.contains(&password) {
        return Err("password: expected something other than a well-known default".into());
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
        assert!(check_new("short").is_err());
        assert!(check_new("a long enough passphrase").is_ok());
    }
}
