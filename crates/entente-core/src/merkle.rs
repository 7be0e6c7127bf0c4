//! The Merkle tree over the event log, in the manner of Certificate Transparency (RFC 9162
//! §2.1), and the messages that sign and co-sign its head.
//!
//! The leaves are the events' chain hashes in `seq` order: leaf `i` (from 0) is the 32 bytes
//! whose lower-case hex is the `hash` column of the event with `seq = i + 1`. On top of the hash
//! chain (which links each event to the one before it) the tree gives two short proofs that a
//! chain alone cannot: an *inclusion proof* that an event is in a tree of a given size, and a
//! *consistency proof* that the tree of size `m` is a prefix of the tree of size `n`. A witness
//! that remembers `(m, root at m)` can therefore check, with O(log n) hashes, that the log it
//! sees today extends the one it co-signed, without reading the log.
//!
//! Everything here is a pure function of its arguments (no IO, no clock). Proof *generation*
//! is split in two: [`inclusion_path`] and [`consistency_path`] say which ranges of leaves the
//! proof's hashes cover, and the caller (the store, which reads the leaves from disk) computes
//! the Merkle tree hash of each range with a [`Frontier`]. [`inclusion_proof`] and
//! [`consistency_proof`] do both for leaves held in memory.

use std::ops::Range;

use sha2::{Digest, Sha256};

/// A SHA-256 digest: a leaf hash, a node hash or a tree's root.
pub type Hash = [u8; 32];

/// RFC 9162 §2.1.1: "The hash of an empty list is the hash of an empty string", MTH({}) =
/// SHA-256().
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// RFC 9162 §2.1.1: the hash of a leaf, MTH({d(0)}) = SHA-256(0x00 || d(0)). The 0x00 prefix
/// keeps a leaf from being taken for an inner node (second-preimage resistance).
pub fn leaf_hash(entry: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0x00]);
    h.update(entry);
    h.finalize().into()
}

/// RFC 9162 §2.1.1: the hash of an inner node, SHA-256(0x01 || left || right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([0x01]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// RFC 9162 §2.1.1: for n > 1, "k be the largest power of two smaller than n (i.e., k < n <=
/// 2k)".
fn split(n: u64) -> u64 {
    debug_assert!(n > 1);
    1u64 << (63 - (n - 1).leading_zeros())
}

/// The Merkle tree hash (RFC 9162 §2.1.1) of a list of leaf hashes (already [`leaf_hash`]ed).
pub fn root(leaf_hashes: &[Hash]) -> Hash {
    let mut f = Frontier::new();
    for h in leaf_hashes {
        f.push(*h);
    }
    f.root()
}

/// The right edge of a Merkle tree: the roots of the perfect subtrees that the first `size`
/// leaves decompose into, one per set bit of `size`, largest first. Appending a leaf costs
/// O(1) amortised hashes and computing the root O(log n), so the single writer keeps one and
/// signs the head after every batch without rereading the log.
///
/// A `Frontier` started on any list computes the Merkle tree hash of that list, so it also
/// computes MTH(D[a:b]) of a range when fed the leaves `a..b`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    /// Roots of perfect subtrees, largest (leftmost) first.
    peaks: Vec<Hash>,
}

impl Frontier {
    pub fn new() -> Self {
        Frontier::default()
    }

    /// Number of leaves appended.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf hash.
    pub fn push(&mut self, leaf: Hash) {
        let mut h = leaf;
        let mut s = self.size;
        // Each trailing 1 bit of the old size is a perfect subtree of the same height as `h`:
        // merge them, as the split of RFC 9162 §2.1.1 would for a tree of size 2^j.
        while s & 1 == 1 {
            let left = self.peaks.pop().unwrap_or_else(empty_root);
            h = node_hash(&left, &h);
            s >>= 1;
        }
        self.peaks.push(h);
        self.size += 1;
    }

    /// The Merkle tree hash of the leaves appended so far (RFC 9162 §2.1.1). The split point k
    /// of a tree of size n is its largest perfect subtree, so the root folds the peaks from the
    /// right: MTH = node(p0, node(p1, ... node(p(j-1), pj))).
    pub fn root(&self) -> Hash {
        match self.peaks.split_last() {
            None => empty_root(),
            Some((last, rest)) => rest.iter().rev().fold(*last, |r, p| node_hash(p, &r)),
        }
    }
}

/// Why a proof could not be made or does not verify.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("leaf index {index} is outside a tree of {size} leaves")]
    IndexOutOfRange { index: u64, size: u64 },
    #[error("a tree of {first} leaves cannot be a prefix of a tree of {second}")]
    SizesOutOfOrder { first: u64, second: u64 },
    #[error("the proof has {got} hashes; a tree of this shape needs {expected}")]
    WrongLength { got: usize, expected: usize },
    #[error("the proof does not lead to the root of the tree of {size} leaves")]
    RootMismatch { size: u64 },
    #[error(
        "the proof does not lead to the earlier root of the tree of {size} leaves (it is not a prefix)"
    )]
    FirstRootMismatch { size: u64 },
    #[error("two trees of {size} leaves have different roots")]
    DifferentRoots { size: u64 },
}

/// The ranges of leaves whose Merkle tree hashes make up the inclusion proof of leaf `index` in
/// the tree of the first `size` leaves, in proof order (RFC 9162 §2.1.3.1, PATH(m, D[n])):
/// for n > 1 and k the largest power of two below n, PATH(m, D[n]) = PATH(m, D[0:k]) :
/// MTH(D[k:n]) if m < k, and PATH(m - k, D[k:n]) : MTH(D[0:k]) if m >= k; PATH(0, {d(0)}) = {}.
pub fn inclusion_path(index: u64, size: u64) -> Result<Vec<Range<u64>>, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let mut out = Vec::new();
    path(index, 0..size, &mut out);
    Ok(out)
}

fn path(m: u64, d: Range<u64>, out: &mut Vec<Range<u64>>) {
    let n = d.end - d.start;
    if n <= 1 {
        return;
    }
    let k = split(n);
    let mid = d.start + k;
    if m < k {
        path(m, d.start..mid, out);
        out.push(mid..d.end);
    } else {
        path(m - k, mid..d.end, out);
        out.push(d.start..mid);
    }
}

/// The ranges of leaves whose Merkle tree hashes make up the consistency proof between the
/// trees of the first `first` and the first `second` leaves, in proof order (RFC 9162
/// §2.1.4.1): PROOF(m, D[n]) = SUBPROOF(m, D[n], true), where SUBPROOF(m, D[m], true) = {},
/// SUBPROOF(m, D[m], false) = {MTH(D[m])}, and for m < n with k the largest power of two below
/// n: SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) if m <= k, and
/// SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) if m > k.
///
/// The proof between a tree and itself, or from the empty tree, is empty: every tree extends
/// the empty tree, and a tree extends itself (RFC 9162 defines the proof for 0 < m < n only).
pub fn consistency_path(first: u64, second: u64) -> Result<Vec<Range<u64>>, ProofError> {
    if first > second {
        return Err(ProofError::SizesOutOfOrder { first, second });
    }
    let mut out = Vec::new();
    if first > 0 && first < second {
        subproof(first, 0..second, true, &mut out);
    }
    Ok(out)
}

fn subproof(m: u64, d: Range<u64>, b: bool, out: &mut Vec<Range<u64>>) {
    let n = d.end - d.start;
    if m == n {
        if !b {
            out.push(d);
        }
        return;
    }
    let k = split(n);
    let mid = d.start + k;
    if m <= k {
        subproof(m, d.start..mid, b, out);
        out.push(mid..d.end);
    } else {
        subproof(m - k, mid..d.end, false, out);
        out.push(d.start..mid);
    }
}

/// MTH of each range, over leaf hashes held in memory.
fn hashes_of(leaf_hashes: &[Hash], ranges: &[Range<u64>]) -> Vec<Hash> {
    ranges
        .iter()
        .map(|r| root(&leaf_hashes[r.start as usize..r.end as usize]))
        .collect()
}

/// The inclusion proof of leaf `index` in the tree of `leaf_hashes` (RFC 9162 §2.1.3.1).
pub fn inclusion_proof(leaf_hashes: &[Hash], index: u64) -> Result<Vec<Hash>, ProofError> {
    let ranges = inclusion_path(index, leaf_hashes.len() as u64)?;
    Ok(hashes_of(leaf_hashes, &ranges))
}

/// The consistency proof between the tree of the first `first` of `leaf_hashes` and the tree of
/// all of them (RFC 9162 §2.1.4.1).
pub fn consistency_proof(leaf_hashes: &[Hash], first: u64) -> Result<Vec<Hash>, ProofError> {
    let ranges = consistency_path(first, leaf_hashes.len() as u64)?;
    Ok(hashes_of(leaf_hashes, &ranges))
}

/// Checks an inclusion proof (RFC 9162 §2.1.3.2): that the leaf with hash `leaf` is at `index`
/// in the tree of `size` leaves whose root is `root`.
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    // Step 1: "If leaf_index is greater than or equal to tree_size, then stop and fail".
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let expected = inclusion_path(index, size)?.len();
    if proof.len() != expected {
        return Err(ProofError::WrongLength {
            got: proof.len(),
            expected,
        });
    }
    // Steps 2 and 3.
    let (mut fn_, mut sn) = (index, size - 1);
    let mut r = *leaf;
    // Step 4.
    for p in proof {
        // 4a: "If sn is 0, then stop the iteration and fail the proof verification."
        if sn == 0 {
            return Err(ProofError::RootMismatch { size });
        }
        // 4b.
        if fn_ & 1 == 1 || fn_ == sn {
            r = node_hash(p, &r);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        // 4c.
        fn_ >>= 1;
        sn >>= 1;
    }
    // Step 5: "Compare sn to 0. Compare r against the root_hash."
    if sn == 0 && r == *root {
        Ok(())
    } else {
        Err(ProofError::RootMismatch { size })
    }
}

/// Checks a consistency proof (RFC 9162 §2.1.4.2): that the tree of `first` leaves with root
/// `first_root` is a prefix of the tree of `second` leaves with root `second_root`.
///
/// Outside the 0 < first < second of the RFC: the empty tree is a prefix of every tree (its root
/// must be [`empty_root`] and the proof empty), and a tree is a prefix of a tree of the same
/// size only when both roots are equal (and the proof is empty).
pub fn verify_consistency(
    first: u64,
    second: u64,
    first_root: &Hash,
    second_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    if first > second {
        return Err(ProofError::SizesOutOfOrder { first, second });
    }
    let expected = consistency_path(first, second)?.len();
    if proof.len() != expected {
        return Err(ProofError::WrongLength {
            got: proof.len(),
            expected,
        });
    }
    if first == 0 {
        return if *first_root == empty_root() {
            Ok(())
        } else {
            Err(ProofError::FirstRootMismatch { size: 0 })
        };
    }
    if first == second {
        return if first_root == second_root {
            Ok(())
        } else {
            Err(ProofError::DifferentRoots { size: first })
        };
    }
    // Step 1: "If consistency_path is an empty array, stop and fail" (our length check above
    // already refused it: 0 < first < second always needs at least one hash).
    // Step 2: "If first is an exact power of 2, then prepend first_hash to the
    // consistency_path array."
    let mut path: Vec<&Hash> = Vec::with_capacity(proof.len() + 1);
    if first.is_power_of_two() {
        path.push(first_root);
    }
    path.extend(proof.iter());
    // Step 3.
    let (mut fn_, mut sn) = (first - 1, second - 1);
    // Step 4: "If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not
    // set."
    while fn_ & 1 == 1 {
        fn_ >>= 1;
        sn >>= 1;
    }
    // Step 5.
    let (mut fr, mut sr) = (*path[0], *path[0]);
    // Step 6.
    for c in &path[1..] {
        // 6a.
        if sn == 0 {
            return Err(ProofError::RootMismatch { size: second });
        }
        // 6b.
        if fn_ & 1 == 1 || fn_ == sn {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        // 6c.
        fn_ >>= 1;
        sn >>= 1;
    }
    // Step 7: fr must equal first_hash, sr second_hash, and sn must be 0.
    if fr != *first_root {
        return Err(ProofError::FirstRootMismatch { size: first });
    }
    if sr != *second_root || sn != 0 {
        return Err(ProofError::RootMismatch { size: second });
    }
    Ok(())
}

// ---- signed tree heads, co-signatures and the refusal of a head that does not extend ----

/// The message the instance key signs after every committed batch:
/// `entente-tree-head:v1:{size}:{root}:{time}`, with the root in lower-case hex and the time as
/// the log writes times ([`crate::event::format_time`]).
pub fn tree_head_message(size: u64, root: &Hash, time: &str) -> Vec<u8> {
    format!("entente-tree-head:v1:{size}:{}:{time}", hex::encode(root)).into_bytes()
}

/// The message a witness signs when it co-signs a head:
/// `entente-cosignature:v1:{instance_key}:{size}:{root}:{witnessed_at}`. It names the instance
/// (hex of its Ed25519 public key), so a co-signature of one instance's head cannot be passed
/// off for another's, and the witness's own time, so it says when the witness saw the head.
pub fn cosignature_message(
    instance_key: &str,
    size: u64,
    root: &Hash,
    witnessed_at: &str,
) -> Vec<u8> {
    format!(
        "entente-cosignature:v1:{instance_key}:{size}:{}:{witnessed_at}",
        hex::encode(root)
    )
    .into_bytes()
}

/// Why a witness refuses a new head: the log it describes does not extend the one it co-signed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotExtended {
    #[error(
        "the new head covers {new_size} events, fewer than the {old_size} this witness co-signed: events after seq {new_size} were removed (a truncation or a rollback)"
    )]
    Truncated { old_size: u64, new_size: u64 },
    #[error(
        "the new head covers the same {size} events as the head this witness co-signed, with another root: the log was rewritten"
    )]
    Rewritten { size: u64 },
    #[error(
        "the consistency proof from {old_size} to {new_size} events does not verify ({reason}): the first {old_size} events are not the ones this witness co-signed (a rewrite or a fork)"
    )]
    Forked {
        old_size: u64,
        new_size: u64,
        reason: ProofError,
    },
}

/// Decides whether the head `(new_size, new_root)` extends the head `(old_size, old_root)` a
/// witness co-signed, given the consistency proof between them (RFC 9162 §2.1.4.2).
pub fn check_extends(
    old_size: u64,
    old_root: &Hash,
    new_size: u64,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), NotExtended> {
    if new_size < old_size {
        return Err(NotExtended::Truncated { old_size, new_size });
    }
    if new_size == old_size {
        return if old_root == new_root {
            Ok(())
        } else {
            Err(NotExtended::Rewritten { size: old_size })
        };
    }
    verify_consistency(old_size, new_size, old_root, new_root, proof).map_err(|reason| {
        NotExtended::Forked {
            old_size,
            new_size,
            reason,
        }
    })
}

/// Parses 64 hex digits into a hash.
pub fn parse_hash(text: &str) -> Option<Hash> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).ok()?;
    Some(out)
}

/// `log.witnessed`: a witness co-signed the head `(size, root)` of this instance's log at
/// `witnessed_at` (its own clock) with `cosignature` (hex of the Ed25519 signature over
/// [`cosignature_message`]). The instance records it only after checking it against the root
/// it computes itself at that size.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Witnessed {
    /// Hex of the witness's 32-byte Ed25519 public key.
    pub witness_key: String,
    pub size: u64,
    /// Hex of the Merkle tree hash of the first `size` events.
    pub root: String,
    pub witnessed_at: String,
    pub cosignature: String,
}

impl crate::EventBody for Witnessed {
    const TYPE: &'static str = "log.witnessed";
    const VERSION: u32 = 1;
}

/// `log.witness_registered`: an administrator registered a witness's key and the account that
/// posts its co-signatures (R12); only registered keys are recorded, and only from that
/// account, which may then read the log's head and proofs (R10).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessRegistered {
    /// Hex of the witness's 32-byte Ed25519 public key.
    pub witness_key: String,
    pub user: crate::UserId,
}

impl crate::EventBody for WitnessRegistered {
    const TYPE: &'static str = "log.witness_registered";
    const VERSION: u32 = 1;
}

/// `log.witness_removed`: the key is no longer registered (its recorded co-signatures stay).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessRemoved {
    pub witness_key: String,
}

impl crate::EventBody for WitnessRemoved {
    const TYPE: &'static str = "log.witness_removed";
    const VERSION: u32 = 1;
}
