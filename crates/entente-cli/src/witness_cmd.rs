//! `entente witness`: witnesses another instance's log (finding F13). One round fetches the
//! instance's signed tree head over HTTP, asks for the consistency proof from the last head
//! this witness co-signed for that instance, refuses loudly a head that does not extend it,
//! co-signs, stores the record in the witness directory and posts the co-signature back.
//! `entente witness export` writes the latest records for `entente verify --witness`.
//!
//! The checks and the records are the store's (`entente_store::witness`); this file is the
//! HTTP client (ureq, blocking, rustls) and the report.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use entente_core::merkle;
use entente_server::log_api::{ConsistencyOut, CosignatureIn, CosignatureOut, TreeHeadOut};
use entente_store::tree_head::{SignedTreeHead, parse_signature};
use entente_store::witness::{Observation, ObservedHead, WitnessDir, WitnessError, WitnessRecord};

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct WitnessArgs {
    #[command(subcommand)]
    pub command: Option<WitnessCommand>,
    /// The witness's own directory (created with a new key if new; never an instance's).
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Base URL of the instance to witness, e.g. https://entente.example.org
    #[arg(long, required = true)]
    pub url: Option<String>,
    /// API token of an account on that instance (read-write, so the instance records the
    /// co-signature; a read token is enough to witness).
    #[arg(long, env = "ENTENTE_WITNESS_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Witness again every this many seconds, until stopped.
    #[arg(long, value_name = "SECONDS")]
    pub every: Option<u64>,
    /// Co-sign although the instance at --url presents another key than before (only after
    /// the instance's operator confirmed they replaced it).
    #[arg(long)]
    pub accept_new_key: bool,
}

#[derive(Subcommand)]
pub enum WitnessCommand {
    /// Print this witness's public key (hex), creating the directory and its key if new; the
    /// instance's administrator registers it (`entente user witness-register`).
    Key {
        #[arg(long)]
        data: PathBuf,
    },
    /// Write this witness's latest records (JSON) for `entente verify --witness FILE`.
    Export {
        #[arg(long)]
        data: PathBuf,
        /// Only the records of this instance (hex of its public key).
        #[arg(long)]
        instance: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

pub fn run(args: WitnessArgs) -> Result<i32> {
    if let Some(WitnessCommand::Key { data }) = &args.command {
        let witness = WitnessDir::open(data)
            .with_context(|| format!("opening the witness directory {}", data.display()))?;
        println!("{}", witness.public_key());
        return Ok(0);
    }
    if let Some(WitnessCommand::Export {
        data,
        instance,
        out,
    }) = args.command
    {
        return export(&data, instance.as_deref(), out);
    }
    let Some(data) = args.data else {
        bail!("--data: expected the witness's own directory, e.g. --data witness-data");
    };
    let url = base_url(args.url.as_deref().unwrap_or_default())?;
    let witness = WitnessDir::open(&data)
        .with_context(|| format!("opening the witness directory {}", data.display()))?;
    println!(
        "witness {} ({}) watching {url}",
        witness.public_key(),
        data.display()
    );
    let client = Client::new(&url, args.token.as_deref());
    let Some(every) = args.every else {
        return round(&witness, &client, args.accept_new_key);
    };
    loop {
        match round(&witness, &client, args.accept_new_key) {
            Ok(_) => {}
            Err(e) => eprintln!("error: {e:#}"),
        }
        std::thread::sleep(Duration::from_secs(every.max(1)));
    }
}

/// `scheme://host[:port][/prefix]` without a trailing slash.
fn base_url(url: &str) -> Result<String> {
    let url = url.trim().trim_end_matches('/');
    let Some((scheme, rest)) = url.split_once("://") else {
        bail!("--url: expected an http:// or https:// URL, e.g. https://entente.example.org");
    };
    if !matches!(scheme, "http" | "https") || rest.is_empty() {
        bail!("--url: expected an http:// or https:// URL, e.g. https://entente.example.org");
    }
    let host = rest.split(['/', ':']).next().unwrap_or_default();
    if scheme == "http" && !matches!(host, "127.0.0.1" | "localhost" | "[::1]") {
        eprintln!(
            "warning: {url} is plain HTTP: the token and the heads travel unencrypted; use https:// outside a loopback test"
        );
    }
    Ok(url.to_string())
}

struct Client {
    base: String,
    token: Option<String>,
    agent: ureq::Agent,
}

impl Client {
    fn new(base: &str, token: Option<&str>) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(60)))
            .http_status_as_error(false)
            .user_agent(concat!("entente-witness/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client {
            base: base.to_string(),
            token: token.map(str::to_string),
            agent,
        }
    }

    fn authorised<B>(&self, req: ureq::RequestBuilder<B>) -> ureq::RequestBuilder<B> {
        match &self.token {
            Some(t) => req.header("Authorization", format!("Bearer {t}")),
            None => req,
        }
    }

    fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T> {
        let url = format!("{}{path}", self.base);
        let resp = self
            .authorised(self.agent.get(&url))
            .call()
            .with_context(|| format!("GET {url}"))?;
        read(resp, &url)
    }

    fn post<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        body: &impl serde::Serialize,
    ) -> Result<T> {
        let url = format!("{}{path}", self.base);
        let resp = self
            .authorised(self.agent.post(&url))
            .send_json(body)
            .with_context(|| format!("POST {url}"))?;
        read(resp, &url)
    }
}

/// The body of a 2xx response, or an error carrying the API's `{code, message}`.
fn read<T: serde::de::DeserializeOwned>(
    mut resp: ureq::http::Response<ureq::Body>,
    url: &str,
) -> Result<T> {
    let status = resp.status().as_u16();
    if (200..300).contains(&status) {
        return resp
            .body_mut()
            .read_json()
            .with_context(|| format!("reading the answer of {url}"));
    }
    let text = resp.body_mut().read_to_string().unwrap_or_default();
    let (code, message) = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .map(|v| {
            (
                v["code"].as_str().unwrap_or("").to_string(),
                v["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .unwrap_or_default();
    let hint = match status {
        401 => {
            ": pass the API token of an account on the instance with --token (or ENTENTE_WITNESS_TOKEN)"
        }
        403 if code == "token_read_only" => {
            ": the token has the read scope; create a read-write token so the instance records co-signatures"
        }
        _ => "",
    };
    bail!("{url} answered {status} {code}: {message}{hint}")
}

fn head_of(h: &TreeHeadOut) -> Result<ObservedHead> {
    let root = merkle::parse_hash(&h.root).with_context(|| {
        format!(
            "the instance's head: root {:?} is not 64 hex digits",
            h.root
        )
    })?;
    let signature = parse_signature(&h.signature)
        .with_context(|| "the instance's head: signature is not 128 hex digits".to_string())?;
    Ok(ObservedHead {
        instance_key: h.public_key.clone(),
        head: SignedTreeHead {
            size: h.size,
            root,
            time: h.time.clone(),
            signature,
        },
    })
}

/// One round; 0 when co-signed (or unchanged), 1 when refused.
fn round(witness: &WitnessDir, client: &Client, accept_new_key: bool) -> Result<i32> {
    let head: TreeHeadOut = client.get("/api/v1/log/head")?;
    let seen = head_of(&head)?;
    let outcome = witness.observe(
        &client.base,
        &seen,
        accept_new_key,
        chrono::Utc::now(),
        |from, to| {
            let p: ConsistencyOut = client
                .get(&format!("/api/v1/log/consistency?from={from}&to={to}"))
                .map_err(|e| format!("{e:#}"))?;
            if (p.from, p.to) != (from, to) {
                return Err(format!(
                    "the instance answered a proof from {} to {} when asked for {from} to {to}",
                    p.from, p.to
                ));
            }
            p.proof
                .iter()
                .map(|h| {
                    merkle::parse_hash(h)
                        .ok_or_else(|| format!("a proof hash is not 64 hex digits: {h:?}"))
                })
                .collect()
        },
    );
    let (observation, record) = match outcome {
        Ok(o) => o,
        Err(WitnessError::Refused(reason)) => {
            eprintln!("REFUSED: {reason}");
            if let Ok(Some(last)) = witness.latest(&head.public_key) {
                eprintln!(
                    "This witness did not co-sign. It keeps its record of the last head it co-signed ({} events at {}); hand it to whoever checks the instance: `entente witness export --data {} --instance {}`, then `entente verify --data INSTANCE_DIR --witness FILE` on the instance's data.",
                    last.size,
                    last.witnessed_at,
                    witness.dir().display(),
                    last.instance_key
                );
            }
            return Ok(1);
        }
        Err(WitnessError::Fetch(e)) => bail!("fetching the consistency proof: {e}"),
        Err(WitnessError::Store(e)) => return Err(e.into()),
    };
    match observation {
        Observation::Unchanged => {
            println!(
                "unchanged: the head still covers {} events (root {}); nothing new to co-sign",
                record.size, record.root
            );
            return Ok(0);
        }
        Observation::First => println!(
            "co-signed the first head of instance {} seen here: {} events, root {} (trust on first use: check this key with the instance's operator)",
            record.instance_key, record.size, record.root
        ),
        Observation::Extended { from } => println!(
            "co-signed: the head of {} events (root {}) extends the head of {from} events co-signed before (consistency proof verified)",
            record.size, record.root
        ),
    }
    post(client, &record);
    Ok(0)
}

/// Posts the co-signature; a refusal is reported but does not undo the witness's record.
fn post(client: &Client, record: &WitnessRecord) {
    let body = CosignatureIn {
        witness_key: record.witness_key.clone(),
        size: record.size,
        root: record.root.clone(),
        witnessed_at: record.witnessed_at.clone(),
        signature: record.cosignature.clone(),
    };
    match client.post::<CosignatureOut>("/api/v1/log/cosignatures", &body) {
        Ok(CosignatureOut {
            recorded: true,
            seq: Some(seq),
            ..
        }) => println!("the instance recorded the co-signature as event {seq}"),
        Ok(CosignatureOut { reason, .. }) => println!(
            "the instance did not record it again: {}",
            reason.as_deref().unwrap_or("already recorded")
        ),
        Err(e) => eprintln!(
            "warning: the instance did not record the co-signature ({e:#}); the witness's own record is kept"
        ),
    }
}

fn export(data: &std::path::Path, instance: Option<&str>, out: Option<PathBuf>) -> Result<i32> {
    let witness = WitnessDir::open(data)
        .with_context(|| format!("opening the witness directory {}", data.display()))?;
    let x = witness.export(instance, chrono::Utc::now())?;
    let text = serde_json::to_string_pretty(&x)? + "\n";
    match out {
        Some(path) => {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            eprintln!(
                "wrote {} record(s) of witness {} to {}",
                x.records.len(),
                x.witness_key,
                path.display()
            );
        }
        None => print!("{text}"),
    }
    Ok(0)
}
