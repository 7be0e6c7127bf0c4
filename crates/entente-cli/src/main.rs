//! The `entente` binary: parses flags at the edge and hands validated values to the libraries.

mod demo;
mod demo_picture;
mod demo_procedures;
mod demo_sanctions;
mod demo_statements;
mod demo_taxii;
mod demo_watch;
mod import_cmd;
mod load_cmd;
mod picture_cmd;
mod reference_cmd;
mod sanctions_cmd;
mod search_cmd;
mod search_eval;
mod statement_cmd;
mod stix_cmd;
mod taxii_cmd;
mod user_cmd;
mod watch_cmd;
mod witness_cmd;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use entente_cli::{options_cmd, procedure_cmd};
use entente_server::AppState;
use entente_server::auth::{AuthConfig, StoreAuth};
use entente_store::pg_journal::PgConfig;
use entente_store::{Journal, Options, SqliteStore, Store, SystemClock};
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Parser)]
#[command(name = "entente", version, about = "The EU cyber diplomacy toolbox, on one binary", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Append notes under load (crash test and benchmark).
    #[command(hide = true)]
    Load(load_cmd::LoadArgs),
    /// Run the search test set against the demo (scripts/search-eval).
    #[command(hide = true)]
    SearchEval(search_eval::EvalArgs),
    /// Serve the web UI and the API from a data directory (created if new).
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[arg(long, default_value = "entente-data")]
        data: PathBuf,
        /// Sign a checkpoint after every N events (0: on demand only).
        #[arg(long, default_value_t = 1000)]
        checkpoint_every: u64,
        /// Serve as one node of several over a PostgreSQL journal
        /// (postgres://USER@HOST:PORT/DB; the password from PGPASSWORD). The data directory
        /// then holds this node's projections, and remembers the journal for later commands.
        /// Default: the embedded journal in the data directory (docs/postgres.md).
        #[arg(long, alias = "journal", value_name = "URL")]
        database: Option<String>,
        /// This node's name in the journal's registry (default: host name and data directory).
        #[arg(long, requires = "database")]
        node: Option<String>,
        #[command(flatten)]
        auth: AuthFlags,
        #[command(flatten)]
        oidc: OidcFlags,
    },
    /// Load the demo data into an empty data directory, then serve it.
    Demo {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[arg(long, default_value = "entente-demo")]
        data: PathBuf,
        /// Show the public (TLP:CLEAR) cases to visitors who have not signed in.
        #[arg(long)]
        public_read: bool,
        /// Load the demo data and exit without serving (for checks on the demo register).
        #[arg(long)]
        load_only: bool,
    },
    /// Manage accounts: add, list, disable, reset-password, totp-reset.
    User(user_cmd::UserArgs),
    /// Time-based one-time passwords (RFC 6238): the current code of a secret.
    Totp(user_cmd::TotpArgs),
    /// List the audit trail: sign-ins, audited reads, exports and every write.
    Audit(user_cmd::AuditArgs),
    /// Recompute the hash chain, every checkpoint signature and the signed tree head, and
    /// check the log against the records of witnesses.
    Verify {
        #[arg(long, required_unless_present = "database")]
        data: Option<PathBuf>,
        /// Verify a PostgreSQL journal directly (postgres://USER@HOST:PORT/DB).
        #[arg(long, alias = "journal", value_name = "URL", conflicts_with = "data")]
        database: Option<String>,
        /// A witness directory, or a file written by `entente witness export` (repeatable).
        #[arg(long = "witness", value_name = "PATH")]
        witnesses: Vec<PathBuf>,
    },
    /// Witness another instance's log: check its signed tree head extends the one co-signed
    /// before, co-sign it, and post the co-signature back (`export`: records for verifiers).
    Witness(witness_cmd::WitnessArgs),
    /// Refold every projection from the log and report whether it matches what was there.
    Rebuild {
        #[arg(long)]
        data: PathBuf,
    },
    /// Sign a checkpoint over the head of the log now.
    Checkpoint {
        #[arg(long)]
        data: PathBuf,
    },
    /// Evaluate a Council vote or silence procedure under the Treaty rules.
    Procedure(procedure_cmd::ProcedureArgs),
    /// Reference data of a data directory: load and list Annex III population tables.
    Reference(reference_cmd::ReferenceArgs),
    /// List the toolbox measures an agreed picture makes available, and why.
    Options(options_cmd::OptionsArgs),
    /// The shared picture of a dossier: per-dimension median, spread and dissent, severity,
    /// unknowns and agreed versions (reads the data directory read-only).
    Picture(picture_cmd::PictureArgs),
    /// Validate STIX 2.1 bundles and ingest them into the log (progress bar, report per file).
    Import(import_cmd::ImportArgs),
    /// Search everything a user may see, in any of the 24 languages (reads beside a running
    /// server).
    Search(search_cmd::SearchArgs),
    /// STIX 2.1: validate bundles and objects.
    Stix(stix_cmd::StixArgs),
    /// Statements: draft (and new versions), translate, verify, embargo, release, show (with
    /// the diff between versions), export as HTML or PDF.
    Statement(statement_cmd::StatementArgs),
    /// The cyber sanctions register: list (search by name in any script) and export as CSV,
    /// FollowTheMoney, FSF-structured XML or JSON.
    Sanctions(sanctions_cmd::SanctionsArgs),
    /// The digital-policy tracker: import feeds and CSV, export CSV, JSON or Atom.
    Policy(watch_cmd::PolicyArgs),
    /// FIMI incidents: export as STIX 2.1.
    Fimi(watch_cmd::FimiArgs),
    /// TAXII 2.1: pull from and push to other servers; define this instance's collections.
    Taxii(taxii_cmd::TaxiiArgs),
}

/// Sign-in settings of `entente serve`.
#[derive(clap::Args, Clone, Debug)]
struct AuthFlags {
    /// Mark cookies Secure and send HSTS (set this behind a TLS-terminating reverse proxy).
    #[arg(long)]
    secure_cookies: bool,
    /// Take the client address for rate limiting from X-Forwarded-For (trusted proxy only).
    #[arg(long)]
    trust_forwarded_for: bool,
    /// Absolute lifetime of a session, in hours.
    #[arg(long, default_value_t = 8)]
    session_hours: u32,
    /// Serve TLP:CLEAR material to readers without an account (safe methods only). Off by
    /// default: nothing but sign-in and health is served without an account.
    #[arg(long)]
    public_read: bool,
    /// The issuer named in otpauth:// URIs of second factors (shown by authenticator apps).
    #[arg(long, default_value = "entente")]
    totp_issuer: String,
}

impl AuthFlags {
    fn config(&self) -> AuthConfig {
        AuthConfig {
            session_lifetime: chrono::Duration::hours(i64::from(
                self.session_hours.clamp(1, 24 * 30),
            )),
            secure_cookies: self.secure_cookies,
            trust_forwarded_for: self.trust_forwarded_for,
            totp_issuer: self.totp_issuer.clone(),
        }
    }
}

/// Single sign-on with an OpenID Connect provider (docs/operations.md, "Single sign-on").
#[derive(clap::Args, Clone, Debug)]
struct OidcFlags {
    /// The provider's issuer (https://...; its /.well-known/openid-configuration is read).
    #[arg(long, requires_all = ["oidc_client_id", "oidc_client_secret_file", "oidc_redirect"])]
    oidc_issuer: Option<String>,
    /// The client id this instance is registered under at the provider.
    #[arg(long)]
    oidc_client_id: Option<String>,
    /// A file holding the client secret (first line), readable by the server only.
    #[arg(long)]
    oidc_client_secret_file: Option<PathBuf>,
    /// This instance's callback, as registered: https://HOST/login/oidc/callback.
    #[arg(long)]
    oidc_redirect: Option<String>,
    /// The provider's name on the sign-in page ("Sign in with NAME"); default: its host.
    #[arg(long)]
    oidc_name: Option<String>,
    /// Scopes to ask for (space-separated; openid is always asked for).
    #[arg(long, default_value = "openid email profile")]
    oidc_scopes: String,
    /// PEM file of root certificates to trust for the provider instead of Mozilla's roots.
    #[arg(long)]
    oidc_ca_file: Option<PathBuf>,
}

impl OidcFlags {
    fn provider(
        &self,
        clock: Arc<dyn entente_store::Clock>,
    ) -> Result<Option<Arc<entente_server::oidc::Provider>>> {
        let Some(issuer) = &self.oidc_issuer else {
            return Ok(None);
        };
        let secret_file = self
            .oidc_client_secret_file
            .as_ref()
            .context("--oidc-client-secret-file is needed with --oidc-issuer")?;
        let secret = std::fs::read_to_string(secret_file)
            .with_context(|| {
                format!(
                    "reading --oidc-client-secret-file {}",
                    secret_file.display()
                )
            })?
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let ca_pem = self
            .oidc_ca_file
            .as_ref()
            .map(|p| {
                std::fs::read(p).with_context(|| format!("reading --oidc-ca-file {}", p.display()))
            })
            .transpose()?;
        let host = issuer
            .split_once("://")
            .map(|(_, r)| r.split(['/', ':']).next().unwrap_or(r))
            .unwrap_or(issuer);
        let config = entente_server::oidc::OidcConfig {
            issuer: issuer.clone(),
            client_id: self.oidc_client_id.clone().unwrap_or_default(),
            client_secret: secret,
            redirect_uri: self.oidc_redirect.clone().unwrap_or_default(),
            display_name: self.oidc_name.clone().unwrap_or_else(|| host.to_string()),
            scopes: self.oidc_scopes.clone(),
            ca_pem,
        };
        let p = entente_server::oidc::Provider::new(config, clock).map_err(anyhow::Error::msg)?;
        if let Err(e) = p.check_reachable() {
            eprintln!(
                "warning: single sign-on: {e}; sign-in through the provider will fail until it answers"
            );
        }
        Ok(Some(Arc::new(p)))
    }
}

fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("ENTENTE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Serve {
            addr,
            data,
            checkpoint_every,
            database,
            node,
            auth,
            oidc,
        } => {
            let journal = match database {
                None => Journal::Embedded,
                Some(url) => Journal::Postgres {
                    config: PgConfig::parse(&url)?,
                    node: node.unwrap_or_else(|| entente_store::log::default_node_name(&data)),
                },
            };
            let store = open_journal(&data, checkpoint_every, journal, Arc::new(SystemClock))?;
            demo::ensure_parties(&store).context("registering the reference parties")?;
            let weak = user_cmd::accounts_with_default_password(&store)?;
            if !weak.is_empty() {
                let names = weak
                    .iter()
                    .map(|u| u.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                anyhow::bail!(
                    "refusing to serve: {} account(s) still have a published or well-known password ({names}); set a new one for each with `entente user reset-password NAME --data {}`, or disable it with `entente user disable NAME --data {}` (a demo directory is for `entente demo` only)",
                    weak.len(),
                    data.display(),
                    data.display()
                );
            }
            let published = user_cmd::accounts_with_demo_second_factor(&store)?;
            if !published.is_empty() {
                let names = published
                    .iter()
                    .map(|u| u.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                anyhow::bail!(
                    "refusing to serve: {} account(s) still have the demo's published second-factor secret ({names}); reset it with `entente user totp-reset NAME --data {}` (the account enrols a new one at its next sign-in), or disable the account",
                    published.len(),
                    data.display()
                );
            }
            let sso = oidc.provider(Arc::new(SystemClock))?;
            if store.users()?.is_empty() {
                eprintln!(
                    "note: no accounts yet; nothing but sign-in is served. Create an admin with `entente user add NAME --party EEAS --roles admin --data {}`",
                    data.display()
                );
            }
            serve(addr, store, None, auth.config(), auth.public_read, sso)?;
            Ok(0)
        }
        Command::Demo {
            addr,
            data,
            public_read,
            load_only,
        } => {
            let started = Instant::now();
            // The demo is loaded as a compressed replay that starts an hour ago and catches up
            // with the system clock before serving.
            let clock = Arc::new(entente_store::ReplayClock::behind(chrono::Duration::hours(
                1,
            )));
            let store = open_with(&data, 1000, clock.clone())?;
            let (events, _) = store.head()?;
            let loaded = if events == 0 {
                Some(demo::load(&store, &clock).context("loading the demo data")?)
            } else {
                None
            };
            clock.catch_up();
            if load_only {
                match loaded {
                    Some(n) => println!("demo data loaded: {n} dossiers into {}", data.display()),
                    None => println!("demo data already present in {}", data.display()),
                }
                return Ok(0);
            }
            serve(
                addr,
                store,
                Some((loaded, started)),
                AuthConfig {
                    totp_issuer: "entente demo".into(),
                    ..AuthConfig::default()
                },
                public_read,
                None,
            )?;
            Ok(0)
        }
        Command::Procedure(args) => {
            procedure_cmd::run(&args, &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Reference(args) => {
            reference_cmd::run(args, |d| open(d, 1000), &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Options(args) => {
            options_cmd::run(&args, &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Picture(args) => {
            picture_cmd::run(&args, &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Stix(args) => stix_cmd::run(&args, &mut std::io::stdout().lock()),
        Command::Search(args) => {
            search_cmd::run(&args, &mut std::io::stdout().lock())?;
            Ok(0)
        }
        Command::Load(args) => load_cmd::run(args),
        Command::SearchEval(args) => search_eval::run(&args),
        Command::User(args) => user_cmd::run(args, |d| open(d, 1000)),
        Command::Totp(args) => user_cmd::totp(args),
        Command::Import(args) => import_cmd::run(&args, |d| open(d, 1000)),
        Command::Policy(args) => watch_cmd::run_policy(args, |d| open(d, 1000)),
        Command::Fimi(args) => watch_cmd::run_fimi(args, |d| open(d, 1000)),
        Command::Taxii(args) => taxii_cmd::run(args, |d| open(d, 1000)),
        Command::Audit(args) => {
            let store = open(&args.data, 0)?;
            user_cmd::audit(args, &store)
        }
        Command::Statement(args) => statement_cmd::run(args, |d| open(d, 0)),
        Command::Sanctions(args) => sanctions_cmd::run(args, |d| open(d, 0)),
        Command::Verify {
            data,
            database,
            witnesses,
        } => verify(data.as_deref(), database.as_deref(), &witnesses),
        Command::Witness(args) => witness_cmd::run(args),
        Command::Rebuild { data } => rebuild(&data),
        Command::Checkpoint { data } => {
            let store = open(&data, 0)?;
            let c = store.checkpoint()?;
            println!(
                "checkpoint signed at seq {} (head {})",
                c.seqs.first().copied().unwrap_or(0),
                c.head_hash
            );
            Ok(0)
        }
    }
}

/// Opens a data directory; a new one gets the reference parties (Member States, EU bodies,
/// partners), so that accounts can be created for them at once.
fn open(dir: &Path, checkpoint_every: u64) -> Result<SqliteStore> {
    let store = open_with(dir, checkpoint_every, Arc::new(SystemClock))?;
    demo::ensure_parties(&store).context("registering the reference parties")?;
    Ok(store)
}

fn open_with(
    dir: &Path,
    checkpoint_every: u64,
    clock: Arc<dyn entente_store::Clock>,
) -> Result<SqliteStore> {
    open_journal(dir, checkpoint_every, Journal::Embedded, clock)
}

/// Opens a data directory over `journal` (`Embedded`: the one it remembers, if any).
fn open_journal(
    dir: &Path,
    checkpoint_every: u64,
    journal: Journal,
    clock: Arc<dyn entente_store::Clock>,
) -> Result<SqliteStore> {
    SqliteStore::open(
        dir,
        clock,
        Options {
            checkpoint_every,
            journal,
            ..Options::default()
        },
    )
    .with_context(|| format!("opening the data directory {}", dir.display()))
}

fn serve(
    addr: SocketAddr,
    store: SqliteStore,
    demo: Option<(Option<usize>, Instant)>,
    auth: AuthConfig,
    public_read: bool,
    sso: Option<Arc<entente_server::oidc::Provider>>,
) -> Result<()> {
    let node = store.log().status();
    let store: Arc<dyn Store> = Arc::new(store);
    let mut auth = StoreAuth::new(store.clone(), Arc::new(SystemClock), auth);
    if let Some(p) = sso {
        auth = auth.with_oidc(p);
    }
    let state = if public_read {
        AppState::with_public_read(store, Arc::new(auth))
    } else {
        AppState::new(store, Arc::new(auth))
    };
    let state = AppState::following(state, node);
    // The search index is opened now, so that it catches up with the log before the first
    // search; a failure is reported and the server serves on (searches answer 503).
    if let Err(e) = state.search_index() {
        eprintln!(
            "warning: the search index could not be opened: {}",
            e.message
        );
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(entente_server::serve(addr, state, |bound| {
        println!(
            "entente {} serving at http://{bound}/",
            env!("CARGO_PKG_VERSION")
        );
        if let Some((loaded, started)) = demo {
            match loaded {
                Some(n) => println!(
                    "demo data loaded: {n} dossiers (ready in {} ms)",
                    started.elapsed().as_millis()
                ),
                None => println!("demo data already present; serving it as it is"),
            }
            println!("demo accounts (password: demo-<user>):");
            for u in demo::DEMO_USERS {
                println!(
                    "  {:<16} {:<7} {:<26} {}",
                    u.user,
                    u.party,
                    u.roles.join(","),
                    u.about
                );
            }
            println!(
                "second factor (TOTP, RFC 6238) of the accounts that must have one, published for the demo only:"
            );
            for (user, secret) in demo::DEMO_TOTP_SECRETS {
                println!("  {user:<16} {secret}");
            }
            println!(
                "  the current code: `entente totp code --secret SECRET` (or add the secret to an authenticator app)"
            );
        }
    }))
    .with_context(|| format!("serving on {addr}"))?;
    Ok(())
}

fn bar(len: u64, what: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    pb.set_style(
        ProgressStyle::with_template(&format!(
            "{what} [{{bar:40}}] {{pos}}/{{len}} events ({{per_sec}}, {{eta}})"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

fn verify(dir: Option<&Path>, database: Option<&str>, witnesses: &[PathBuf]) -> Result<i32> {
    let started = Instant::now();
    let pb = bar(0, "verifying");
    let progress = |seq| {
        pb.set_length(pb.length().unwrap_or(0).max(seq));
        pb.set_position(seq);
    };
    let res = match (dir, database) {
        (_, Some(url)) => {
            entente_store::verify_journal(&PgConfig::parse(url)?, witnesses, progress)
        }
        (Some(dir), None) => entente_store::verify_with(dir, witnesses, progress),
        (None, None) => anyhow::bail!("give --data DIR or --database URL"),
    };
    pb.finish_and_clear();
    match res {
        Ok(r) => {
            println!(
                "ok: {} events, {} signed checkpoints, head {} (key {}) in {:.2}s",
                r.events,
                r.checkpoints,
                r.head_hash,
                r.public_key,
                started.elapsed().as_secs_f64()
            );
            match &r.tree_head {
                Some((size, time)) => {
                    println!("signed tree head: {size} events, signed at {time}, matches the log")
                }
                None => println!(
                    "no signed tree head: the log was last written by a version before tree heads (opening it with this version signs one)"
                ),
            }
            for w in &r.witnessed {
                println!(
                    "witnessed: {} events co-signed at {} by witness {} ({}), matches the log",
                    w.size, w.witnessed_at, w.witness_key, w.source
                );
            }
            if witnesses.is_empty() {
                println!(
                    "note: without --witness, a tail removed or rewritten by someone holding this directory and its key goes unseen"
                );
            }
            Ok(0)
        }
        Err(entente_store::StoreError::Broken { seq, reason }) => {
            println!("BROKEN at seq {seq}: {reason}");
            Ok(1)
        }
        Err(entente_store::StoreError::Witness(msg)) => {
            println!("FAILED: {msg}");
            Ok(1)
        }
        Err(e) => Err(e.into()),
    }
}

fn rebuild(dir: &Path) -> Result<i32> {
    let pb = bar(0, "rebuilding");
    let r = entente_store::rebuild(dir, |n, total| {
        pb.set_length(total);
        pb.set_position(n);
    })?;
    pb.finish_and_clear();
    // The search index is derived and disposable: it is rebuilt from the log every time.
    let (docs, head) = entente_search::rebuild(dir).context("rebuilding the search index")?;
    println!("search index rebuilt: {docs} documents, covering the log up to event {head}");
    if r.differing.is_empty() {
        println!(
            "ok: refolded {} events; every projection is identical to what was there",
            r.events
        );
        Ok(0)
    } else {
        println!(
            "refolded {} events; these projections differed from the log and have been replaced:",
            r.events
        );
        for d in &r.differing {
            println!("  {d}");
        }
        if let Some(copy) = &r.previous {
            println!(
                "the database as it was is kept in {}: open it with sqlite3 to see the rows that differed, or stop entente and move it back to {} to undo",
                copy.display(),
                dir.join(entente_store::log::DB_FILE).display()
            );
        }
        Ok(1)
    }
}
