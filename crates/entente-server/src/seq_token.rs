//! Read-your-writes tokens across nodes (`Entente-Seq` on answers, `Entente-Min-Seq` on
//! requests, see `docs/postgres.md`).
//!
//! A token is the seq a node had applied when it answered, sealed with ChaCha20-Poly1305 under
//! a key derived from the instance key (the same on every node) with a fresh random nonce each
//! time. A client hands it back to any node; it cannot read a count of events from it, and two
//! tokens do not tell whether anyone wrote in between, so the log position stays what it is to
//! other readers: not theirs to see (attack re-test R10).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

const AAD: &[u8] = b"entente Entente-Seq v1";
const TAG_LEN: usize = 16;

/// Seals and opens tokens under one instance's key.
pub struct SeqTokens {
    key: LessSafeKey,
    rng: SystemRandom,
}

impl SeqTokens {
    pub fn new(secret: [u8; 32]) -> SeqTokens {
        SeqTokens {
            key: LessSafeKey::new(
                UnboundKey::new(&CHACHA20_POLY1305, &secret).expect("a 32-byte ChaCha20 key"),
            ),
            rng: SystemRandom::new(),
        }
    }

    /// The token of `seq`: base64url of nonce, sealed seq and tag (48 characters).
    pub fn seal(&self, seq: u64) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        self.rng
            .fill(&mut nonce)
            .expect("the system's random number generator");
        let mut buf = seq.to_le_bytes().to_vec();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(AAD),
                &mut buf,
            )
            .expect("sealing eight bytes");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&buf);
        URL_SAFE_NO_PAD.encode(out)
    }

    /// The seq inside a token this instance sealed; `None` for anything else (malformed, cut,
    /// altered, or sealed by another instance).
    pub fn open(&self, token: &str) -> Option<u64> {
        let raw = URL_SAFE_NO_PAD.decode(token.trim()).ok()?;
        if raw.len() != NONCE_LEN + 8 + TAG_LEN {
            return None;
        }
        let (nonce, sealed) = raw.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut buf = sealed.to_vec();
        let plain = self
            .key
            .open_in_place(nonce, Aad::from(AAD), &mut buf)
            .ok()?;
        Some(u64::from_le_bytes(plain.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_opens_to_its_seq_on_its_instance_only_and_never_repeats() {
        let a = SeqTokens::new([7; 32]);
        let b = SeqTokens::new([8; 32]);
        for seq in [0, 1, 42, u64::MAX] {
            let t = a.seal(seq);
            assert_eq!(a.open(&t), Some(seq));
            assert_eq!(b.open(&t), None, "another instance's key");
            assert_ne!(a.seal(seq), t, "a fresh nonce each time");
            assert!(!t.contains(&seq.to_string()) || seq < 10);
        }
        let t = a.seal(5);
        let mut altered = t.clone().into_bytes();
        altered[20] = if altered[20] == b'A' { b'B' } else { b'A' };
        assert_eq!(a.open(std::str::from_utf8(&altered).unwrap()), None);
        for bad in ["", "12", "soon", &t[..t.len() - 2], &format!("{t}AA")] {
            assert_eq!(a.open(bad), None, "{bad:?}");
        }
    }
}
