//! The witness's side of tamper evidence: a witness directory, with its own Ed25519 key and,
//! per instance it watches (keyed by the instance's public key), the last head it co-signed.
//!
//! A witness round ([`WitnessDir::observe`]) takes the instance's signed tree head, checks its
//! signature, asks for the consistency proof (RFC 9162 §2.1.4) from the last head it co-signed
//! for that instance, and refuses, loudly, a head that does not extend it: fewer events
//! (truncation), another root at the same size (rewrite), or a proof that does not verify
//! (fork). Only then does it co-sign and store the record durably. The HTTP side lives in the
//! `entente witness` command; this file does no networking.
//!
//! Layout of a witness directory:
//!
//! ```text
//! witness.key                          the witness's Ed25519 key (64 hex digits, mode 0600)
//! witness.pub                          its public key, for verifiers
//! witness.lock                         held while a witness round runs
//! instances/<instance key>.json        the last record (WitnessRecord), replaced atomically
//! instances/<instance key>.history.jsonl   every record, one per line, appended
//! ```
//!
//! `entente verify --witness PATH` reads the latest records (from the directory or from a file
//! written by `entente witness export`) with [`attestations_for`].

use std::fs::{self, File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use ed25519_dalek::{Signer, SigningKey};
use entente_core::event::format_time;
use entente_core::merkle::{self, Hash};
use serde::{Deserialize, Serialize};

use crate::error::{Result, StoreError};
use crate::log::{lock_file, parse_public_key};
use crate::tree_head::{SignedTreeHead, parse_signature};

pub const WITNESS_KEY_FILE: &str = "witness.key";
pub const WITNESS_PUB_FILE: &str = "witness.pub";
const LOCK_FILE: &str = "witness.lock";
const INSTANCES: &str = "instances";
/// The `format` of a [`WitnessRecord`].
pub const RECORD_FORMAT: &str = "entente-witness-record:v1";
/// The `format` of a [`WitnessExport`].
pub const EXPORT_FORMAT: &str = "entente-witness-export:v1";

/// What a witness keeps of a head it co-signed: the head as the instance signed it, and its own
/// co-signature. A wire type: files in this format are exchanged with verifiers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessRecord {
    pub format: String,
    /// Hex of the instance's Ed25519 public key.
    pub instance_key: String,
    /// Where the witness fetched the head.
    pub url: String,
    pub size: u64,
    /// Hex of the Merkle root of the first `size` events.
    pub root: String,
    /// The head's time and the instance's signature over
    /// `entente-tree-head:v1:{size}:{root}:{head_time}`.
    pub head_time: String,
    pub head_signature: String,
    /// Hex of the witness's Ed25519 public key.
    pub witness_key: String,
    /// The witness's time and its signature over
    /// `entente-cosignature:v1:{instance_key}:{size}:{root}:{witnessed_at}`.
    pub witnessed_at: String,
    pub cosignature: String,
}

impl WitnessRecord {
    /// Checks the record on its own: both signatures verify (the instance's over the head, the
    /// witness's over the co-signature). Returns the root.
    pub fn check(&self) -> std::result::Result<Hash, String> {
        if self.format != RECORD_FORMAT {
            return Err(format!(
                "format: expected {RECORD_FORMAT}, found {:?}",
                self.format
            ));
        }
        let root = merkle::parse_hash(&self.root).ok_or("root: expected 64 hex digits")?;
        let instance = parse_public_key(&self.instance_key)
            .map_err(|_| "instance_key: expected 64 hex digits of an Ed25519 key")?;
        let witness = parse_public_key(&self.witness_key)
            .map_err(|_| "witness_key: expected 64 hex digits of an Ed25519 key")?;
        let head_sig =
            parse_signature(&self.head_signature).ok_or("head_signature: expected 128 hex")?;
        let cosig = parse_signature(&self.cosignature).ok_or("cosignature: expected 128 hex")?;
        instance
            .verify_strict(
                &merkle::tree_head_message(self.size, &root, &self.head_time),
                &head_sig,
            )
            .map_err(|_| "the instance's signature over the head does not verify")?;
        witness
            .verify_strict(
                &merkle::cosignature_message(
                    &self.instance_key,
                    self.size,
                    &root,
                    &self.witnessed_at,
                ),
                &cosig,
            )
            .map_err(|_| "the witness's co-signature does not verify with its key")?;
        Ok(root)
    }
}

/// What `entente witness export` writes: a witness's latest records, for verifiers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WitnessExport {
    pub format: String,
    pub witness_key: String,
    pub exported_at: String,
    pub records: Vec<WitnessRecord>,
}

/// A witness's record of this instance, checked, as `verify` uses it.
#[derive(Clone, Debug)]
pub struct Attestation {
    /// The directory or file it came from.
    pub source: String,
    pub record: WitnessRecord,
    pub root: Hash,
}

/// The head a witness fetched from an instance.
#[derive(Clone, Debug)]
pub struct ObservedHead {
    /// Hex of the instance's public key, as the instance gave it.
    pub instance_key: String,
    pub head: SignedTreeHead,
}

/// What a witness round found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Observation {
    /// The first head of this instance this witness co-signs (trust on first use).
    First,
    /// The head extends the one co-signed before, of `from` events.
    Extended { from: u64 },
    /// The same head as last time: nothing new to co-sign.
    Unchanged,
}

/// Why a witness round did not co-sign.
#[derive(Debug, thiserror::Error)]
pub enum WitnessError {
    /// The head is not one the witness may co-sign: it does not extend the last co-signed head,
    /// or its signature or key is wrong. To be reported loudly.
    #[error("{0}")]
    Refused(String),
    /// The consistency proof could not be fetched.
    #[error("{0}")]
    Fetch(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<std::io::Error> for WitnessError {
    fn from(e: std::io::Error) -> Self {
        WitnessError::Store(StoreError::Io(e))
    }
}

/// A witness directory, locked while open.
pub struct WitnessDir {
    dir: PathBuf,
    key: SigningKey,
    _lock: File,
}

impl std::fmt::Debug for WitnessDir {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WitnessDir")
            .field("dir", &self.dir)
            .field("public_key", &self.public_key())
            .finish_non_exhaustive()
    }
}

impl WitnessDir {
    /// Opens (or creates, with a new key) the witness directory `dir`.
    pub fn open(dir: &Path) -> Result<WitnessDir> {
        if dir.join(crate::log::DB_FILE).exists() {
            return Err(StoreError::NotOurs(format!(
                "{} is an instance's data directory; a witness keeps its own key in its own directory (choose another --data)",
                dir.display()
            )));
        }
        fs::create_dir_all(dir.join(INSTANCES))?;
        let lock = lock_file(dir, LOCK_FILE)?;
        let key = crate::log::load_or_create_key_at(&dir.join(WITNESS_KEY_FILE))?;
        let public = hex::encode(key.verifying_key().as_bytes());
        let pub_path = dir.join(WITNESS_PUB_FILE);
        match fs::read_to_string(&pub_path) {
            Ok(text) if text.trim() == public => {}
            Ok(_) => {
                return Err(StoreError::NotOurs(format!(
                    "{} does not match {}; restore the witness's original key",
                    pub_path.display(),
                    WITNESS_KEY_FILE
                )));
            }
            Err(_) => write_atomically(&pub_path, format!("{public}\n").as_bytes())?,
        }
        Ok(WitnessDir {
            dir: dir.to_path_buf(),
            key,
            _lock: lock,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Hex of the witness's public key.
    pub fn public_key(&self) -> String {
        hex::encode(self.key.verifying_key().as_bytes())
    }

    fn latest_path(&self, instance_key: &str) -> PathBuf {
        self.dir
            .join(INSTANCES)
            .join(format!("{instance_key}.json"))
    }

    /// The last record of the instance `instance_key` (canonical lower-case hex).
    pub fn latest(&self, instance_key: &str) -> Result<Option<WitnessRecord>> {
        let path = self.latest_path(instance_key);
        match fs::read_to_string(&path) {
            Ok(text) => {
                Ok(Some(serde_json::from_str(&text).map_err(|e| {
                    StoreError::Decode(format!("{}: {e}", path.display()))
                })?))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The last record of every instance this witness watches.
    pub fn records(&self) -> Result<Vec<WitnessRecord>> {
        read_records(&self.dir.join(INSTANCES))
    }

    /// One witness round on the head `seen`, fetched from `url`: checks the head's signature,
    /// that `url` has not changed key (unless `accept_new_key`), and, when this witness
    /// co-signed an earlier head of the instance, that the new head extends it, with the
    /// consistency proof `proof(from, to)` (RFC 9162 §2.1.4.2). Then co-signs at `now` and
    /// stores the record durably (history first, then the latest record, replaced atomically).
    pub fn observe(
        &self,
        url: &str,
        seen: &ObservedHead,
        accept_new_key: bool,
        now: DateTime<Utc>,
        proof: impl FnOnce(u64, u64) -> std::result::Result<Vec<Hash>, String>,
    ) -> std::result::Result<(Observation, WitnessRecord), WitnessError> {
        let instance = parse_public_key(&seen.instance_key).map_err(|_| {
            WitnessError::Refused(format!(
                "the instance at {url} gave a public key that is not 32 bytes of hex: {:?}",
                seen.instance_key
            ))
        })?;
        let instance_key = hex::encode(instance.as_bytes());
        let head = &seen.head;
        if !head.verify(&instance) {
            return Err(WitnessError::Refused(format!(
                "the head of {} events from {url} is not signed by the instance key {instance_key} (altered in transit, or not the instance)",
                head.size
            )));
        }
        if !accept_new_key
            && let Some(other) = self
                .records()?
                .into_iter()
                .find(|r| r.url == url && r.instance_key != instance_key)
        {
            return Err(WitnessError::Refused(format!(
                "the instance at {url} now presents the key {instance_key}, but this witness co-signed heads of the key {} there (last: {} events, witnessed at {}). A new key with a new log is what a rewritten log looks like; if the operator replaced the key on purpose, confirm it with them and run again with --accept-new-key",
                other.instance_key, other.size, other.witnessed_at
            )));
        }
        let last = self.latest(&instance_key)?;
        let observation = match &last {
            None => Observation::First,
            Some(old) => {
                let old_root = old.check().map_err(|e| {
                    WitnessError::Store(StoreError::Witness(format!(
                        "this witness's own record {} does not check ({e}); it was altered: restore the witness directory",
                        self.latest_path(&instance_key).display()
                    )))
                })?;
                if old.size == head.size && old_root == head.root {
                    return Ok((Observation::Unchanged, old.clone()));
                }
                let p = if head.size > old.size {
                    proof(old.size, head.size).map_err(WitnessError::Fetch)?
                } else {
                    vec![]
                };
                merkle::check_extends(old.size, &old_root, head.size, &head.root, &p).map_err(
                    |e| {
                        WitnessError::Refused(format!(
                            "the instance at {url} (key {instance_key}) presents a head of {} events signed at {} that does not extend the head of {} events this witness co-signed at {}: {e}",
                            head.size, head.time, old.size, old.witnessed_at
                        ))
                    },
                )?;
                Observation::Extended { from: old.size }
            }
        };
        let witnessed_at = format_time(now);
        let cosignature = self.key.sign(&merkle::cosignature_message(
            &instance_key,
            head.size,
            &head.root,
            &witnessed_at,
        ));
        let record = WitnessRecord {
            format: RECORD_FORMAT.into(),
            instance_key: instance_key.clone(),
            url: url.to_string(),
            size: head.size,
            root: head.root_hex(),
            head_time: head.time.clone(),
            head_signature: head.signature_hex(),
            witness_key: self.public_key(),
            witnessed_at,
            cosignature: hex::encode(cosignature.to_bytes()),
        };
        let line = serde_json::to_string(&record).map_err(StoreError::from)?;
        let history = self
            .dir
            .join(INSTANCES)
            .join(format!("{instance_key}.history.jsonl"));
        let mut f = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&history)?;
        f.write_all(format!("{line}\n").as_bytes())?;
        f.sync_all()?;
        let pretty = serde_json::to_string_pretty(&record).map_err(StoreError::from)?;
        write_atomically(
            &self.latest_path(&instance_key),
            format!("{pretty}\n").as_bytes(),
        )?;
        Ok((observation, record))
    }

    /// The latest records, of one instance or of all, for verifiers.
    pub fn export(&self, instance: Option<&str>, now: DateTime<Utc>) -> Result<WitnessExport> {
        let mut records = self.records()?;
        if let Some(k) = instance {
            let k = hex::encode(
                parse_public_key(k)
                    .map_err(|_| {
                        StoreError::Witness(
                            "--instance: expected the hex of the instance's public key".into(),
                        )
                    })?
                    .as_bytes(),
            );
            records.retain(|r| r.instance_key == k);
            if records.is_empty() {
                return Err(StoreError::Witness(format!(
                    "{} has co-signed no head of the instance {k}",
                    self.dir.display()
                )));
            }
        }
        Ok(WitnessExport {
            format: EXPORT_FORMAT.into(),
            witness_key: self.public_key(),
            exported_at: format_time(now),
            records,
        })
    }
}

fn read_records(dir: &Path) -> Result<Vec<WitnessRecord>> {
    let mut out = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(e.into()),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let text = fs::read_to_string(&path)?;
        out.push(
            serde_json::from_str(&text)
                .map_err(|e| StoreError::Witness(format!("{}: {e}", path.display())))?,
        );
    }
    Ok(out)
}

/// Writes `bytes` to `path` through a temporary file, `fsync` and rename, so a crash leaves the
/// old content or the new, never a mix.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    if let Some(parent) = path.parent() {
        // The rename is durable once the directory is.
        File::open(parent)?.sync_all()?;
    }
    Ok(())
}

/// The records of the instance `instance_key` held at `path` (a witness directory, or a file
/// written by `entente witness export`, or one record), each checked on its own. Fails, naming
/// the path, when a record does not check or when `path` holds no record of this instance.
pub fn attestations_for(path: &Path, instance_key: &str) -> Result<Vec<Attestation>> {
    let source = path.display().to_string();
    let (witness_key, records) = if path.is_dir() {
        let pub_path = path.join(WITNESS_PUB_FILE);
        let key = fs::read_to_string(&pub_path).map_err(|_| {
            StoreError::Witness(format!(
                "{source} is not a witness directory ({WITNESS_PUB_FILE} is missing); pass a witness directory or a file written by `entente witness export`"
            ))
        })?;
        (key.trim().to_string(), read_records(&path.join(INSTANCES))?)
    } else {
        let text = fs::read_to_string(path).map_err(|e| {
            StoreError::Witness(format!(
                "{source}: {e}; pass a witness directory or a file written by `entente witness export`"
            ))
        })?;
        match serde_json::from_str::<WitnessExport>(&text) {
            Ok(x) if x.format == EXPORT_FORMAT => (x.witness_key, x.records),
            _ => match serde_json::from_str::<WitnessRecord>(&text) {
                Ok(r) => (r.witness_key.clone(), vec![r]),
                Err(e) => {
                    return Err(StoreError::Witness(format!(
                        "{source} is neither a witness export ({EXPORT_FORMAT}) nor a witness record ({RECORD_FORMAT}): {e}"
                    )));
                }
            },
        }
    };
    let known: Vec<String> = records.iter().map(|r| r.instance_key.clone()).collect();
    let mut out = Vec::new();
    for record in records
        .into_iter()
        .filter(|r| r.instance_key == instance_key)
    {
        if record.witness_key != witness_key {
            return Err(StoreError::Witness(format!(
                "the record of instance {instance_key} in {source} names the witness key {}, but the witness there has the key {witness_key}: the record was altered or mixed up",
                record.witness_key
            )));
        }
        let root = record.check().map_err(|e| {
            StoreError::Witness(format!(
                "the record of witness {witness_key} in {source} does not check: {e}; the record was altered: get a fresh export from the witness"
            ))
        })?;
        out.push(Attestation {
            source: source.clone(),
            record,
            root,
        });
    }
    if out.is_empty() {
        return Err(StoreError::Witness(format!(
            "{source} holds no record of this instance (key {instance_key}); it has records of {}. Check that it is the right witness, and that the instance key was not replaced",
            if known.is_empty() {
                "no instance".to_string()
            } else {
                known.join(", ")
            }
        )));
    }
    Ok(out)
}
