//! The Merkle tree of the log (RFC 9162 §2.1): the published Certificate Transparency test
//! vectors; proofs equal to those of an independent, straightforward recursive implementation
//! of the RFC's definitions (written here, on the entries rather than leaf hashes); every
//! inclusion and consistency proof of every (m, n) up to 300 leaves verifies; and any altered
//! leaf, altered proof, truncated or forked tree fails.

use std::collections::HashMap;
use std::ops::Range;

use entente_core::merkle::{
    Frontier, Hash, NotExtended, ProofError, check_extends, consistency_path, consistency_proof,
    empty_root, inclusion_path, inclusion_proof, leaf_hash, root, verify_consistency,
    verify_inclusion,
};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

// ---- the reference: RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 read literally, on entries ----

fn sha(parts: &[&[u8]]) -> Hash {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

fn k_of(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

fn ref_mth(d: &[Vec<u8>]) -> Hash {
    match d.len() {
        0 => sha(&[]),
        1 => sha(&[&[0u8], &d[0]]),
        n => {
            let k = k_of(n);
            sha(&[&[1u8], &ref_mth(&d[..k]), &ref_mth(&d[k..])])
        }
    }
}

fn ref_path(m: usize, d: &[Vec<u8>]) -> Vec<Hash> {
    let n = d.len();
    if n == 1 {
        return vec![];
    }
    let k = k_of(n);
    if m < k {
        let mut p = ref_path(m, &d[..k]);
        p.push(ref_mth(&d[k..]));
        p
    } else {
        let mut p = ref_path(m - k, &d[k..]);
        p.push(ref_mth(&d[..k]));
        p
    }
}

fn ref_subproof(m: usize, d: &[Vec<u8>], b: bool) -> Vec<Hash> {
    let n = d.len();
    if m == n {
        return if b { vec![] } else { vec![ref_mth(d)] };
    }
    let k = k_of(n);
    if m <= k {
        let mut p = ref_subproof(m, &d[..k], b);
        p.push(ref_mth(&d[k..]));
        p
    } else {
        let mut p = ref_subproof(m - k, &d[k..], false);
        p.push(ref_mth(&d[..k]));
        p
    }
}

fn ref_proof(m: usize, d: &[Vec<u8>]) -> Vec<Hash> {
    ref_subproof(m, d, true)
}

// ---- helpers ----

fn hd(s: &str) -> Hash {
    let mut h = [0u8; 32];
    hex::decode_to_slice(s, &mut h).unwrap();
    h
}

fn entries(n: usize) -> Vec<Vec<u8>> {
    (0..n as u64)
        .map(|i| format!("event {i}").into_bytes())
        .collect()
}

fn leaves(d: &[Vec<u8>]) -> Vec<Hash> {
    d.iter().map(|e| leaf_hash(e)).collect()
}

/// MTH of ranges of `leaves`, memoised (proof ranges repeat across (m, n) pairs).
struct Ranges<'a> {
    leaves: &'a [Hash],
    memo: HashMap<(u64, u64), Hash>,
}

impl Ranges<'_> {
    fn hashes(&mut self, ranges: &[Range<u64>]) -> Vec<Hash> {
        ranges
            .iter()
            .map(|r| {
                *self
                    .memo
                    .entry((r.start, r.end))
                    .or_insert_with(|| root(&self.leaves[r.start as usize..r.end as usize]))
            })
            .collect()
    }
}

fn flip(h: &Hash, byte: usize) -> Hash {
    let mut h = *h;
    h[byte % 32] ^= 0x01;
    h
}

// ---- Certificate Transparency's published vectors (the eight test leaves of its tests) ----

const CT_LEAVES: [&str; 8] = [
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f",
];

const CT_ROOTS: [&str; 9] = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

fn ct_entries() -> Vec<Vec<u8>> {
    CT_LEAVES.iter().map(|s| hex::decode(s).unwrap()).collect()
}

#[test]
fn certificate_transparency_roots() {
    let d = ct_entries();
    let l = leaves(&d);
    assert_eq!(empty_root(), hd(CT_ROOTS[0]));
    let mut f = Frontier::new();
    assert_eq!(f.root(), hd(CT_ROOTS[0]));
    for n in 1..=8 {
        f.push(l[n - 1]);
        assert_eq!(f.size(), n as u64);
        assert_eq!(f.root(), hd(CT_ROOTS[n]), "frontier, size {n}");
        assert_eq!(root(&l[..n]), hd(CT_ROOTS[n]), "root, size {n}");
        assert_eq!(ref_mth(&d[..n]), hd(CT_ROOTS[n]), "reference, size {n}");
    }
}

#[test]
fn certificate_transparency_proofs() {
    let l = leaves(&ct_entries());
    let check_consistency = |m: u64, n: usize, expected: &[&str]| {
        let expected: Vec<Hash> = expected.iter().map(|s| hd(s)).collect();
        assert_eq!(
            consistency_proof(&l[..n], m).unwrap(),
            expected,
            "PROOF({m}, D[{n}])"
        );
        verify_consistency(
            m,
            n as u64,
            &hd(CT_ROOTS[m as usize]),
            &hd(CT_ROOTS[n]),
            &expected,
        )
        .unwrap();
    };
    check_consistency(1, 1, &[]);
    check_consistency(
        1,
        8,
        &[
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    );
    check_consistency(
        6,
        8,
        &[
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    );
    check_consistency(
        2,
        5,
        &[
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        ],
    );

    let check_inclusion = |index: u64, expected: &[&str]| {
        let expected: Vec<Hash> = expected.iter().map(|s| hd(s)).collect();
        assert_eq!(
            inclusion_proof(&l, index).unwrap(),
            expected,
            "PATH({index}, D[8])"
        );
        verify_inclusion(&l[index as usize], index, 8, &expected, &hd(CT_ROOTS[8])).unwrap();
    };
    check_inclusion(
        0,
        &[
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
    );
    check_inclusion(
        5,
        &[
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        ],
    );
}

// ---- the same as the reference, exhaustively for small trees ----

#[test]
fn proofs_equal_the_reference_implementation_up_to_64_leaves() {
    let d = entries(64);
    let l = leaves(&d);
    for n in 0..=64usize {
        assert_eq!(root(&l[..n]), ref_mth(&d[..n]), "MTH of {n}");
        for m in 1..=n {
            assert_eq!(
                consistency_proof(&l[..n], m as u64).unwrap(),
                ref_proof(m, &d[..n]),
                "PROOF({m}, D[{n}])"
            );
        }
        for i in 0..n {
            assert_eq!(
                inclusion_proof(&l[..n], i as u64).unwrap(),
                ref_path(i, &d[..n]),
                "PATH({i}, D[{n}])"
            );
        }
    }
}

// ---- every (m, n) up to 300 verifies ----

const N: usize = 300;

#[test]
fn every_consistency_and_inclusion_proof_up_to_300_leaves_verifies() {
    let l = leaves(&entries(N));
    let mut roots = vec![empty_root()];
    let mut f = Frontier::new();
    for h in &l {
        f.push(*h);
        roots.push(f.root());
    }
    let mut r = Ranges {
        leaves: &l,
        memo: HashMap::new(),
    };
    for n in 0..=N as u64 {
        for m in 0..=n {
            let proof = r.hashes(&consistency_path(m, n).unwrap());
            verify_consistency(m, n, &roots[m as usize], &roots[n as usize], &proof)
                .unwrap_or_else(|e| panic!("PROOF({m}, D[{n}]): {e}"));
            check_extends(m, &roots[m as usize], n, &roots[n as usize], &proof).unwrap();
        }
        for i in 0..n {
            let proof = r.hashes(&inclusion_path(i, n).unwrap());
            verify_inclusion(&l[i as usize], i, n, &proof, &roots[n as usize])
                .unwrap_or_else(|e| panic!("PATH({i}, D[{n}]): {e}"));
        }
    }
}

#[test]
fn edge_cases_are_refused_with_their_reason() {
    let l = leaves(&entries(5));
    let r5 = root(&l);
    let r3 = root(&l[..3]);
    assert_eq!(
        consistency_path(4, 3),
        Err(ProofError::SizesOutOfOrder {
            first: 4,
            second: 3
        })
    );
    assert_eq!(
        inclusion_path(5, 5),
        Err(ProofError::IndexOutOfRange { index: 5, size: 5 })
    );
    // The empty tree extends to anything with an empty proof, but only from the empty root.
    verify_consistency(0, 5, &empty_root(), &r5, &[]).unwrap();
    assert!(verify_consistency(0, 5, &r3, &r5, &[]).is_err());
    // Same size: equal roots only.
    verify_consistency(5, 5, &r5, &r5, &[]).unwrap();
    assert_eq!(
        verify_consistency(5, 5, &r3, &r5, &[]),
        Err(ProofError::DifferentRoots { size: 5 })
    );
    // RFC 9162 §2.1.4.2 step 1: an empty proof between 0 < m < n fails.
    assert!(verify_consistency(3, 5, &r3, &r5, &[]).is_err());
    assert_eq!(
        check_extends(5, &r5, 3, &r3, &[]),
        Err(NotExtended::Truncated {
            old_size: 5,
            new_size: 3
        })
    );
    assert_eq!(
        check_extends(3, &r3, 3, &r5, &[]),
        Err(NotExtended::Rewritten { size: 3 })
    );
    let e = check_extends(3, &r5, 5, &r5, &consistency_proof(&l, 3).unwrap()).unwrap_err();
    assert!(matches!(e, NotExtended::Forked { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("not the ones this witness co-signed")
    );
}

// ---- and any change is found ----

fn sizes() -> impl Strategy<Value = (u64, u64)> {
    (2u64..N as u64).prop_flat_map(|n| (1..n, Just(n)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A forked tree: one of the first m entries was changed (and everything after re-hashed,
    /// as an attacker holding the data would). The witness's old root no longer extends.
    #[test]
    fn a_changed_leaf_before_m_breaks_consistency((m, n) in sizes(), j in any::<prop::sample::Index>()) {
        let d = entries(n as usize);
        let l = leaves(&d);
        let old_root = root(&l[..m as usize]);
        let mut forked = l.clone();
        let j = j.index(m as usize);
        forked[j] = leaf_hash(b"rewritten");
        let new_root = root(&forked);
        let proof = consistency_proof(&forked, m).unwrap();
        prop_assert!(verify_consistency(m, n, &old_root, &new_root, &proof).is_err());
        let refused = check_extends(m, &old_root, n, &new_root, &proof);
        prop_assert!(matches!(refused, Err(NotExtended::Forked { .. })), "{:?}", refused);
        // Nor does the honest proof lead to the forked root.
        let honest = consistency_proof(&l, m).unwrap();
        prop_assert!(verify_consistency(m, n, &old_root, &new_root, &honest).is_err());
    }

    /// A changed leaf at or after m is an extension of the old tree, just not the same one:
    /// the proof to the honest root fails.
    #[test]
    fn a_changed_leaf_after_m_breaks_the_proof_to_the_honest_root((m, n) in sizes(), j in any::<prop::sample::Index>()) {
        let l = leaves(&entries(n as usize));
        let mut other = l.clone();
        let j = m as usize + j.index((n - m) as usize);
        other[j] = leaf_hash(b"rewritten");
        let proof = consistency_proof(&other, m).unwrap();
        prop_assert!(verify_consistency(m, n, &root(&l[..m as usize]), &root(&l), &proof).is_err());
        prop_assert!(verify_consistency(m, n, &root(&l[..m as usize]), &root(&other), &proof).is_ok());
    }

    /// Any altered, dropped or added proof hash, or the wrong sizes, fail.
    #[test]
    fn an_altered_proof_or_wrong_sizes_fail((m, n) in sizes(), at in any::<prop::sample::Index>(), byte in 0usize..32) {
        let l = leaves(&entries(n as usize));
        let (rm, rn) = (root(&l[..m as usize]), root(&l));
        let proof = consistency_proof(&l, m).unwrap();
        prop_assume!(!proof.is_empty());
        let i = at.index(proof.len());
        let mut altered = proof.clone();
        altered[i] = flip(&altered[i], byte);
        prop_assert!(verify_consistency(m, n, &rm, &rn, &altered).is_err());
        let mut dropped = proof.clone();
        dropped.remove(i);
        prop_assert!(verify_consistency(m, n, &rm, &rn, &dropped).is_err());
        let mut added = proof.clone();
        added.push(rm);
        prop_assert!(verify_consistency(m, n, &rm, &rn, &added).is_err());
        prop_assert!(verify_consistency(m, n, &flip(&rm, byte), &rn, &proof).is_err());
        prop_assert!(verify_consistency(m, n, &rm, &flip(&rn, byte), &proof).is_err());
        // The same proof for a truncated second tree, or claimed for other sizes.
        prop_assert!(verify_consistency(m, n - 1, &rm, &root(&l[..n as usize - 1]), &proof).is_err());
        if m + 1 < n {
            prop_assert!(verify_consistency(m + 1, n, &root(&l[..m as usize + 1]), &rn, &proof).is_err());
        }
    }

    /// Inclusion: an altered leaf, index, proof hash or root fails.
    #[test]
    fn an_altered_inclusion_proof_fails((i, n) in sizes(), byte in 0usize..32, at in any::<prop::sample::Index>()) {
        let l = leaves(&entries(n as usize));
        let r = root(&l);
        let proof = inclusion_proof(&l, i).unwrap();
        verify_inclusion(&l[i as usize], i, n, &proof, &r).unwrap();
        prop_assert!(verify_inclusion(&flip(&l[i as usize], byte), i, n, &proof, &r).is_err());
        prop_assert!(verify_inclusion(&l[i as usize], i - 1, n, &proof, &r).is_err());
        prop_assert!(verify_inclusion(&l[i as usize], i, n, &proof, &flip(&r, byte)).is_err());
        let k = at.index(proof.len());
        let mut altered = proof.clone();
        altered[k] = flip(&altered[k], byte);
        prop_assert!(verify_inclusion(&l[i as usize], i, n, &altered, &r).is_err());
        prop_assert!(verify_inclusion(&l[i as usize], i, n + 1, &proof, &root(&leaves(&entries(n as usize + 1)))).is_err());
    }
}
