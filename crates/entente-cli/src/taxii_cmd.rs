//! `entente taxii`: the TAXII 2.1 client (issue 13) and the console's collection commands.
//!
//! - `entente taxii pull --data DIR URL --collection ID [--since TIME] [--token T | --user U
//!   --password-stdin] [--as USER]` pulls new objects of a remote collection (TAXII 2.1 §5.4
//!   Get Objects, `match[version]=all`, paged with `next`) into the store through the same
//!   ingest as `entente import` (entente's validator, the provenance rule). It is
//!   **resumable**: after each page it writes, in `DIR/taxii-pull.json`, the remote's `next`
//!   and the last `X-TAXII-Date-Added-Last` for that (API root, collection); a run interrupted
//!   anywhere continues from the last page that landed (with `next`, or with `added_after` when
//!   the remote no longer knows that `next`), and a later run asks only for what was added
//!   since. Objects already held are duplicates and land nothing, so a page pulled twice
//!   changes nothing.
//! - `entente taxii push --data DIR URL --collection ID --dossier ID` posts a dossier's evidence
//!   bundle (the same bundle as `GET /api/v1/dossiers/{id}/stix-bundle`) as envelopes (§5.5)
//!   and reports the status resources (§4.3).
//! - `entente taxii collection define|retire|list --data DIR` defines the collections of this
//!   instance at the console (an admin does it over the API too).
//!
//! Exit codes: 0 everything landed, 1 some objects were refused (listed), 2 usage or IO errors.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use entente_core::account::Role;
use entente_core::{Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::stix_objects::StixStore;
use entente_store::taxii::{
    Access, CollectionDefined, CollectionDefinition, CollectionFilter, TaxiiStore,
};
use entente_store::{SqliteStore, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

const TAXII: &str = "application/taxii+json;version=2.1";
/// The state file of `pull`, in the data directory.
pub const STATE_FILE: &str = "taxii-pull.json";

#[derive(Debug, clap::Args)]
pub struct TaxiiArgs {
    #[command(subcommand)]
    pub command: TaxiiCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum TaxiiCommand {
    /// Pull new objects of a remote TAXII 2.1 collection into the store (resumable).
    Pull(PullArgs),
    /// Publish a dossier's evidence bundle to a remote TAXII 2.1 collection.
    Push(PushArgs),
    /// Define, retire or list this instance's TAXII collections.
    #[command(subcommand)]
    Collection(CollectionCommand),
}

/// How to reach and authenticate to a remote TAXII server.
#[derive(Debug, Clone, clap::Args)]
pub struct Remote {
    /// The remote API root, e.g. http://127.0.0.1:5000/trustgroup1/ (TAXII 2.1 §4.2).
    pub url: String,
    /// The remote collection id (§5.2).
    #[arg(long)]
    pub collection: String,
    /// An API token of the remote (sent as Authorization: Bearer).
    #[arg(long, env = "ENTENTE_TAXII_TOKEN", conflicts_with = "user")]
    pub token: Option<String>,
    /// A user of the remote (HTTP Basic); the password is read from standard input.
    #[arg(long, requires = "password_stdin")]
    pub user: Option<String>,
    /// Read the remote password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// The local account the objects are ingested as (default: the instance's operator).
    #[arg(long = "as")]
    pub as_user: Option<String>,
    /// Seconds to wait for the remote before giving up on a request.
    #[arg(long, default_value_t = 60)]
    pub timeout: u64,
}

#[derive(Debug, clap::Args)]
pub struct PullArgs {
    #[arg(long)]
    pub data: PathBuf,
    #[command(flatten)]
    pub remote: Remote,
    /// Pull objects added after this time (RFC 3339); default: where the last pull stopped.
    #[arg(long)]
    pub since: Option<String>,
    /// Objects per page asked of the remote.
    #[arg(long, default_value_t = 500)]
    pub page: usize,
    /// Marking of objects that reference no TLP marking definition.
    #[arg(long, default_value = "TLP:GREEN", value_parser = parse_tlp)]
    pub marking: Tlp,
    /// Stop after this many pages (to pull in steps; the next run continues).
    #[arg(long)]
    pub max_pages: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    #[arg(long)]
    pub data: PathBuf,
    #[command(flatten)]
    pub remote: Remote,
    /// The dossier whose STIX evidence is published.
    #[arg(long)]
    pub dossier: String,
    /// Objects per envelope.
    #[arg(long, default_value_t = 1000)]
    pub envelope: usize,
}

#[derive(Debug, clap::Subcommand)]
pub enum CollectionCommand {
    /// Define (or redefine) a collection.
    Define(Box<DefineArgs>),
    /// Retire a collection (it answers like a missing one from then on).
    Retire {
        #[arg(long)]
        data: PathBuf,
        id: String,
    },
    /// List the collections with their filters and lists.
    List {
        #[arg(long)]
        data: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
pub struct DefineArgs {
    #[arg(long)]
    pub data: PathBuf,
    /// The collection id (a UUID); default: a new one.
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long)]
    pub title: String,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long)]
    pub alias: Option<String>,
    /// STIX types shown (comma-separated; default every type).
    #[arg(long, value_delimiter = ',')]
    pub types: Vec<String>,
    /// Only objects whose created_by_ref is this identity.
    #[arg(long)]
    pub created_by: Option<String>,
    /// Only the STIX objects cited by this dossier's evidence.
    #[arg(long)]
    pub dossier: Option<String>,
    /// Only objects added through TAXII.
    #[arg(long)]
    pub posted_only: bool,
    /// Parties that read it (comma-separated; default every party).
    #[arg(long, value_delimiter = ',')]
    pub read_parties: Vec<String>,
    /// Roles that read it (comma-separated; default every role).
    #[arg(long, value_delimiter = ',')]
    pub read_roles: Vec<String>,
    /// Who writes: `none` (default), `all`, or parties (comma-separated).
    #[arg(long, default_value = "none")]
    pub write: String,
    /// Roles that write (with --write).
    #[arg(long, value_delimiter = ',')]
    pub write_roles: Vec<String>,
    /// Allow deleting objects (by their creating party).
    #[arg(long)]
    pub allow_delete: bool,
    /// The collection's own marking (who may know it exists), e.g. TLP:AMBER.
    #[arg(long, default_value = "TLP:GREEN", value_parser = parse_tlp)]
    pub marking: Tlp,
    /// Releasability of the collection's marking (comma-separated parties).
    #[arg(long, value_delimiter = ',')]
    pub releasable_to: Vec<String>,
}

fn parse_tlp(s: &str) -> std::result::Result<Tlp, String> {
    s.parse::<Tlp>().map_err(|e| format!("{e}"))
}

pub fn run(args: TaxiiArgs, open: impl Fn(&Path) -> Result<SqliteStore>) -> Result<i32> {
    match args.command {
        TaxiiCommand::Pull(a) => {
            let store = open(&a.data)?;
            pull(&store, &a.data, &a, &mut std::io::stdout().lock())
        }
        TaxiiCommand::Push(a) => {
            let store = open(&a.data)?;
            push(&store, &a, &mut std::io::stdout().lock())
        }
        TaxiiCommand::Collection(CollectionCommand::Define(a)) => {
            let store = open(&a.data)?;
            let def = definition(&a)?;
            let c = store.define_collection(&operator(), def)?;
            println!("collection {} defined: {}", c.def.id, c.def.title);
            Ok(0)
        }
        TaxiiCommand::Collection(CollectionCommand::Retire { data, id }) => {
            let store = open(&data)?;
            store.retire_collection(&operator(), &id)?;
            println!("collection {id} retired");
            Ok(0)
        }
        TaxiiCommand::Collection(CollectionCommand::List { data }) => {
            let store = open(&data)?;
            for c in store.taxii_collections(&operator())? {
                println!(
                    "{}  {}  {}",
                    c.def.id,
                    c.def.title,
                    serde_json::to_string(&json!({
                        "filter": c.def.filter, "can_read": c.def.can_read,
                        "can_write": c.def.can_write, "allow_delete": c.def.allow_delete,
                        "marking": c.marking,
                    }))?
                );
            }
            Ok(0)
        }
    }
}

fn operator() -> Viewer {
    Viewer::operator(entente_store::log::instance_party())
}

fn parties(list: &[String], flag: &str) -> Result<std::collections::BTreeSet<PartyId>> {
    list.iter()
        .map(|p| PartyId::parse(p).with_context(|| format!("{flag}: {p:?} is not a party code")))
        .collect()
}

fn roles(list: &[String], flag: &str) -> Result<std::collections::BTreeSet<Role>> {
    list.iter()
        .map(|r| r.parse::<Role>().with_context(|| format!("{flag}: {r:?}")))
        .collect()
}

fn definition(a: &DefineArgs) -> Result<CollectionDefinition> {
    let id = match &a.id {
        Some(id) => id.clone(),
        None => entente_store::taxii::random_uuid()?,
    };
    let can_write = match a.write.as_str() {
        "none" => None,
        "all" => Some(Access {
            parties: Default::default(),
            roles: roles(&a.write_roles, "--write-roles")?,
        }),
        list => Some(Access {
            parties: parties(
                &list.split(',').map(str::to_owned).collect::<Vec<_>>(),
                "--write",
            )?,
            roles: roles(&a.write_roles, "--write-roles")?,
        }),
    };
    let mut marking = Marking::tlp(a.marking);
    marking.releasable_to = parties(&a.releasable_to, "--releasable-to")?;
    Ok(CollectionDefinition {
        def: CollectionDefined {
            id,
            title: a.title.clone(),
            description: a.description.clone(),
            alias: a.alias.clone(),
            filter: CollectionFilter {
                types: a.types.clone(),
                created_by: a.created_by.clone(),
                origin: None,
                dossier: a.dossier.clone(),
                posted_only: a.posted_only,
            },
            can_read: Access {
                parties: parties(&a.read_parties, "--read-parties")?,
                roles: roles(&a.read_roles, "--read-roles")?,
            },
            can_write,
            allow_delete: a.allow_delete,
        },
        marking,
    })
}

/// The local account objects are ingested as (or the operator).
fn local_viewer(store: &SqliteStore, as_user: &Option<String>) -> Result<Viewer> {
    let Some(u) = as_user else {
        return Ok(operator());
    };
    let user = UserId::parse(u).context("--as: expected a user name")?;
    let Some(a) = store.user(&user)? else {
        bail!("--as: no account {user} in this data directory");
    };
    if a.disabled || a.pending {
        bail!("--as: the account {user} is disabled or not yet activated");
    }
    Ok(Viewer {
        user: a.user,
        party: a.party,
        clearance: a.clearance,
        roles: a.roles,
    })
}

/// A remote TAXII server: the agent and the Authorization header.
struct Client {
    agent: ureq::Agent,
    auth: Option<String>,
    root: String,
}

impl Client {
    fn new(r: &Remote) -> Result<Self> {
        let auth = if let Some(t) = &r.token {
            Some(format!("Bearer {t}"))
        } else if let Some(u) = &r.user {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("--password-stdin: reading the password")?;
            let pw = line.trim_end_matches(['\r', '\n']);
            if pw.is_empty() {
                bail!("--password-stdin: standard input held no password");
            }
            Some(format!(
                "Basic {}",
                entente_server::auth::base64_encode(format!("{u}:{pw}").as_bytes())
            ))
        } else {
            None
        };
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(r.timeout.max(1))))
            .http_status_as_error(false)
            .build()
            .into();
        let mut root = r.url.clone();
        if !root.ends_with('/') {
            root.push('/');
        }
        if !(root.starts_with("http://") || root.starts_with("https://")) {
            bail!("URL: expected the remote API root as http(s)://host/path/, not {root:?}");
        }
        Ok(Client { agent, auth, root })
    }

    /// GET `url`: status, headers we need, body.
    fn get(&self, url: &str) -> Result<(u16, Option<String>, Value)> {
        let mut req = self.agent.get(url).header("Accept", TAXII);
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let mut resp = req.call().with_context(|| format!("GET {url}"))?;
        let status = resp.status().as_u16();
        let last = resp
            .headers()
            .get("x-taxii-date-added-last")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = resp
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_vec()
            .with_context(|| format!("reading the answer of GET {url}"))?;
        let v = serde_json::from_slice(&body).unwrap_or(Value::Null);
        Ok((status, last, v))
    }

    fn post(&self, url: &str, body: &Value) -> Result<(u16, Value)> {
        let mut req = self
            .agent
            .post(url)
            .header("Accept", TAXII)
            .header("Content-Type", TAXII);
        if let Some(a) = &self.auth {
            req = req.header("Authorization", a);
        }
        let mut resp = req
            .send(serde_json::to_vec(body)?)
            .with_context(|| format!("POST {url}"))?;
        let status = resp.status().as_u16();
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_vec()?;
        Ok((
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        ))
    }
}

/// What the remote said when it refused, in words.
fn refusal(status: u16, v: &Value) -> String {
    let title = v["title"].as_str().unwrap_or("");
    let desc = v["description"].as_str().unwrap_or("");
    let what = match status {
        401 => "the remote wants credentials (--token, or --user with --password-stdin)",
        403 => "the remote refuses this account for that collection",
        404 => "the remote has no such API root or collection (check the URL and --collection)",
        406 | 415 => "the remote does not speak TAXII 2.1",
        _ => "the remote refused the request",
    };
    format!(
        "HTTP {status}: {what}{}",
        if title.is_empty() && desc.is_empty() {
            String::new()
        } else {
            format!(" ({title}: {desc})")
        }
    )
}

/// Where a pull of one remote collection stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullState {
    /// The remote's `next` of the page after the last one that landed (a run in progress).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The last `X-TAXII-Date-Added-Last` that landed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_last: Option<String>,
    /// The `added_after` the run in progress started from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_after: Option<String>,
}

fn state_key(root: &str, collection: &str) -> String {
    format!("{root}collections/{collection}/")
}

fn load_state(dir: &Path) -> Result<BTreeMap<String, PullState>> {
    let p = dir.join(STATE_FILE);
    match std::fs::read(&p) {
        Ok(b) => serde_json::from_slice(&b).with_context(|| {
            format!(
                "{}: not a pull state file; remove it to start over",
                p.display()
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(e).with_context(|| format!("reading {}", p.display())),
    }
}

/// Writes the state file atomically (a temporary file, fsync, rename).
fn save_state(dir: &Path, all: &BTreeMap<String, PullState>) -> Result<()> {
    let p = dir.join(STATE_FILE);
    let tmp = dir.join(format!("{STATE_FILE}.tmp"));
    let mut f =
        std::fs::File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
    f.write_all(&serde_json::to_vec_pretty(all)?)?;
    f.sync_all()?;
    std::fs::rename(&tmp, &p).with_context(|| format!("writing {}", p.display()))?;
    Ok(())
}

fn url_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `entente taxii pull` (see the module doc).
pub fn pull(store: &SqliteStore, dir: &Path, a: &PullArgs, out: &mut dyn Write) -> Result<i32> {
    let client = Client::new(&a.remote)?;
    let viewer = local_viewer(store, &a.remote.as_user)?;
    let mut marking = Marking::tlp(a.marking);
    if a.marking == Tlp::Red {
        marking.recipients.insert(viewer.user.clone());
    }
    if let Some(s) = &a.since {
        chrono::DateTime::parse_from_rfc3339(s).with_context(|| {
            format!("--since: expected a time such as 2026-11-22T09:00:00Z, not {s:?}")
        })?;
    }
    let key = state_key(&client.root, &a.remote.collection);
    let mut all = load_state(dir)?;
    let mut st = all.get(&key).cloned().unwrap_or_default();
    // Where to start: an explicit --since; else the page after the last that landed; else
    // what was added after the last object pulled.
    let mut next = if a.since.is_some() {
        None
    } else {
        st.next.clone()
    };
    // A run in progress continues with its own `next` and the `added_after` it started with
    // (a `next` belongs to its query); a new run starts after the last object that landed.
    let mut after = if next.is_some() {
        st.started_after.clone()
    } else {
        a.since.clone().or_else(|| st.added_last.clone())
    };
    st.started_after = after.clone();
    let base = format!(
        "{}collections/{}/objects/?match[version]=all&limit={}",
        client.root,
        url_encode(&a.remote.collection),
        a.page.clamp(1, 10_000)
    );
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} objects pulled, {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    let (mut pulled, mut landed, mut duplicates, mut pages) = (0usize, 0usize, 0usize, 0usize);
    let mut rejected: Vec<String> = Vec::new();
    loop {
        if a.max_pages.is_some_and(|m| pages >= m) {
            writeln!(
                out,
                "stopped after {pages} pages (--max-pages); run again to continue"
            )?;
            break;
        }
        let mut url = base.clone();
        if let Some(n) = &next {
            url.push_str(&format!("&next={}", url_encode(n)));
        }
        if let Some(t) = &after {
            url.push_str(&format!("&added_after={}", url_encode(t)));
        }
        let (status, last, v) = client.get(&url)?;
        if status == 400 && next.is_some() {
            // The remote no longer knows that `next` (it expired, or the remote restarted):
            // continue from the last object that landed.
            bar.println("the remote refused the saved `next`; continuing from the last date added");
            next = None;
            st.next = None;
            after = st.added_last.clone();
            st.started_after = after.clone();
            continue;
        }
        if status != 200 {
            bar.finish_and_clear();
            bail!("{}", refusal(status, &v));
        }
        let objects = v["objects"].as_array().cloned().unwrap_or_default();
        pages += 1;
        pulled += objects.len();
        if !objects.is_empty() {
            let bundle = json!({
                "type": "bundle",
                "id": format!("bundle--{}", entente_store::taxii::random_uuid()?),
                "objects": objects,
            });
            let bytes = serde_json::to_vec(&bundle)?;
            let mut input: &[u8] = &bytes;
            let report = store.ingest_stix(&viewer, &mut input, &marking, &mut |_| {})?;
            landed += report.added + report.new_versions + report.older_versions;
            duplicates += report.duplicates;
            for r in &report.rejected {
                rejected.push(format!(
                    "{}: {}",
                    r.object_id.as_deref().unwrap_or("(no id)"),
                    r.errors
                        .iter()
                        .map(|f| f.message.clone())
                        .chain(r.refusal.iter().map(|x| x.message.clone()))
                        .collect::<Vec<_>>()
                        .join("; ")
                ));
            }
        }
        // The page landed: remember where the next one starts.
        let more = v["more"].as_bool().unwrap_or(false);
        next = v["next"].as_str().map(str::to_owned).filter(|_| more);
        if last.is_some() {
            st.added_last = last;
        }
        st.next = next.clone();
        if next.is_none() {
            st.started_after = None;
        }
        all.insert(key.clone(), st.clone());
        save_state(dir, &all)?;
        bar.set_position(pulled as u64);
        bar.set_message(format!("{pages} pages, {landed} new"));
        if next.is_none() {
            break;
        }
    }
    bar.finish_and_clear();
    writeln!(
        out,
        "{pulled} objects pulled in {pages} pages: {landed} new, {duplicates} already held, {} refused",
        rejected.len()
    )?;
    for r in &rejected {
        writeln!(out, "  refused {r}")?;
    }
    Ok(if rejected.is_empty() { 0 } else { 1 })
}

/// `entente taxii push` (see the module doc).
pub fn push(store: &SqliteStore, a: &PushArgs, out: &mut dyn Write) -> Result<i32> {
    let client = Client::new(&a.remote)?;
    let viewer = local_viewer(store, &a.remote.as_user)?;
    let bundle = store
        .dossier_stix_bundle(&viewer, &a.dossier)
        .with_context(|| format!("--dossier {}", a.dossier))?;
    let objects = bundle["objects"].as_array().cloned().unwrap_or_default();
    if objects.is_empty() {
        writeln!(
            out,
            "dossier {} cites no STIX object you may see; nothing to push",
            a.dossier
        )?;
        return Ok(0);
    }
    let url = format!(
        "{}collections/{}/objects/",
        client.root,
        url_encode(&a.remote.collection)
    );
    let (mut ok, mut failed) = (0u64, 0u64);
    for chunk in objects.chunks(a.envelope.clamp(1, 10_000)) {
        let (status, v) = client.post(&url, &json!({"objects": chunk}))?;
        if status != 202 && status != 200 {
            bail!("{}", refusal(status, &v));
        }
        ok += v["success_count"].as_u64().unwrap_or(0);
        failed += v["failure_count"].as_u64().unwrap_or(0);
        for f in v["failures"].as_array().into_iter().flatten() {
            writeln!(
                out,
                "  refused {}: {}",
                f["id"].as_str().unwrap_or("?"),
                f["message"].as_str().unwrap_or("")
            )?;
        }
        if v["pending_count"].as_u64().unwrap_or(0) > 0 {
            writeln!(
                out,
                "  status {} is still pending at the remote ({} objects)",
                v["id"].as_str().unwrap_or("?"),
                v["pending_count"]
            )?;
        }
    }
    writeln!(
        out,
        "{} objects of dossier {} pushed: {ok} accepted, {failed} refused",
        objects.len(),
        a.dossier
    )?;
    Ok(if failed == 0 { 0 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_encoding_of_query_values() {
        assert_eq!(
            url_encode("2026-11-22T09:00:00.000000Z"),
            "2026-11-22T09%3A00%3A00.000000Z"
        );
        assert_eq!(url_encode("a b+c"), "a%20b%2Bc");
    }
}
