//! The watch's commands (issue 18):
//! - `entente policy import --data DIR [--jurisdiction CC] [--instrument I] [--stage S]
//!   [--topics a,b] [--marking TLP:GREEN] FILE|URL...`: Atom/RSS feeds and CSV files into the
//!   policy tracker, each input all or nothing (an item imported twice is one measure with two
//!   sightings), with a progress bar over the inputs;
//! - `entente policy export --data DIR --format csv|json|atom [--topic T] [--jurisdiction CC]`;
//! - `entente fimi export --data DIR --format stix [--incident ID]`: FIMI incidents as a STIX 2.1
//!   bundle.
//!
//! Feeds fetched over HTTP are outside input: at most [`feed::MAX_BYTES`] bytes, 30 seconds in
//! all, at most 5 redirects; anything beyond is a clear error and imports nothing.
//! Exports act as the instance and are recorded in the audit trail.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use entente_core::watch::feed;
use entente_core::{Tlp, Viewer};
use entente_server::watch_api::{ImportQuery, MeasuresQuery, export_measures, import_bytes};
use entente_store::{SqliteStore, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// `entente policy ...`
#[derive(Debug, Args)]
pub struct PolicyArgs {
    #[command(subcommand)]
    pub command: PolicyCommand,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Import Atom/RSS feeds and CSV files (paths or http(s) URLs) into the policy tracker.
    Import {
        #[arg(long)]
        data: PathBuf,
        /// Jurisdiction of items that do not name one (ISO 3166-1 alpha-2).
        #[arg(long)]
        jurisdiction: Option<String>,
        /// Instrument of items that do not name one (law, regulation, strategy, ...).
        #[arg(long)]
        instrument: Option<String>,
        /// Stage of items that do not name one (announced, adopted, in-force, ...).
        #[arg(long)]
        stage: Option<String>,
        /// Topics of items that name none, comma-separated (data/watch/taxonomy.json).
        #[arg(long)]
        topics: Option<String>,
        /// Marking of new measures.
        #[arg(long, default_value = "TLP:GREEN")]
        marking: String,
        #[arg(required = true)]
        inputs: Vec<String>,
    },
    /// Send the e-mail digests of alerts that are due, through an SMTP server.
    Digests {
        #[arg(long)]
        data: PathBuf,
        /// The SMTP server, HOST:PORT (plain SMTP on loopback only; STARTTLS elsewhere).
        #[arg(long)]
        smtp: String,
        /// The sender's address.
        #[arg(long)]
        from: String,
        /// This instance's address, for links to the measures.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Export tracked measures as CSV, JSON or an Atom feed (to standard output).
    Export {
        #[arg(long)]
        data: PathBuf,
        #[arg(long, default_value = "json")]
        format: String,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        jurisdiction: Option<String>,
        #[arg(long)]
        stage: Option<String>,
    },
}

/// Runs `entente policy digests`: each subscription's digest of the changes since the last one
/// (as its owner may see them) goes out by e-mail, and is recorded as sent; a digest the server
/// refuses is reported and left due. Returns (sent, failed).
pub fn send_digests(
    store: &dyn Store,
    smtp: &str,
    from: &str,
    base_url: Option<&str>,
) -> Result<(usize, usize)> {
    use lettre::message::{Mailbox, header::ContentType};
    use lettre::{Message, SmtpTransport, Transport};
    let (host, port) = match smtp.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().context("--smtp: expected HOST:PORT")?),
        None => (smtp, 587),
    };
    // Loopback relays (a local MTA) take plain SMTP; any other must offer STARTTLS.
    let transport = if host == "127.0.0.1" || host == "localhost" || host == "::1" {
        SmtpTransport::builder_dangerous(host).port(port).build()
    } else {
        SmtpTransport::starttls_relay(host)
            .with_context(|| format!("--smtp {host}"))?
            .port(port)
            .build()
    };
    let from: Mailbox = from.parse().context("--from: expected an e-mail address")?;
    let viewer = instance();
    let mut sent = 0;
    let mut failed = 0;
    for d in store.due_digests(&viewer)? {
        let (subject, body) =
            entente_core::watch::subscription::digest(&d.label, &d.lines, base_url);
        let to: Mailbox = match d.email.parse() {
            Ok(t) => t,
            Err(e) => {
                eprintln!(
                    "error: subscription {}: the address is refused: {e}",
                    d.subscription
                );
                failed += 1;
                continue;
            }
        };
        let msg = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .context("composing a digest")?;
        match transport.send(&msg) {
            Ok(_) => {
                store.digest_sent(&viewer, &d)?;
                sent += 1;
            }
            Err(e) => {
                eprintln!("error: subscription {}: {e} (left due)", d.subscription);
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}

/// `entente fimi ...`
#[derive(Debug, Args)]
pub struct FimiArgs {
    #[command(subcommand)]
    pub command: FimiCommand,
}

#[derive(Debug, Subcommand)]
pub enum FimiCommand {
    /// Export FIMI incidents as a STIX 2.1 bundle (to standard output).
    Export {
        #[arg(long)]
        data: PathBuf,
        /// Only `stix` (STIX 2.1).
        #[arg(long, default_value = "stix")]
        format: String,
        /// One incident (default: all).
        #[arg(long)]
        incident: Option<String>,
    },
}

fn instance() -> Viewer {
    Viewer::operator(entente_store::log::instance_party())
}

/// Reads a file or fetches a URL, bounded in size, time and redirects.
pub fn read_input(input: &str) -> Result<Vec<u8>> {
    let limit = feed::MAX_BYTES as u64;
    if input.starts_with("http://") || input.starts_with("https://") {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .max_redirects(5)
            .http_status_as_error(false)
            .user_agent(concat!("entente/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        let mut resp = agent
            .get(input)
            .call()
            .with_context(|| format!("fetching {input}"))?;
        let status = resp.status().as_u16();
        if !(200..300).contains(&status) {
            bail!("fetching {input}: the server answered {status}");
        }
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(limit + 1)
            .read_to_vec()
            .with_context(|| format!("reading {input} (at most {limit} bytes, 30 seconds)"))?;
        if bytes.len() as u64 > limit {
            bail!("{input}: larger than {limit} bytes");
        }
        Ok(bytes)
    } else {
        let f = std::fs::File::open(input).with_context(|| format!("opening {input}"))?;
        let mut bytes = Vec::new();
        f.take(limit + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("reading {input}"))?;
        if bytes.len() as u64 > limit {
            bail!("{input}: larger than {limit} bytes");
        }
        Ok(bytes)
    }
}

/// Runs `entente policy`; returns the exit code.
pub fn run_policy(
    args: PolicyArgs,
    open: impl FnOnce(&Path) -> Result<SqliteStore>,
) -> Result<i32> {
    match args.command {
        PolicyCommand::Import {
            data,
            jurisdiction,
            instrument,
            stage,
            topics,
            marking,
            inputs,
        } => {
            let q = ImportQuery {
                source: None,
                jurisdiction,
                instrument,
                stage,
                topics,
                marking: Some(marking),
            };
            let defaults = q.defaults().map_err(|e| anyhow::anyhow!("{}", e.message))?;
            let viewer = instance();
            let mark = entente_server::watch_api::tlp_marking(q.marking.as_deref(), &viewer)
                .map_err(|e| anyhow::anyhow!("--marking: {}", e.message))?;
            if mark.tlp == Tlp::Red {
                bail!(
                    "--marking: TLP:RED names its recipients; import at TLP:AMBER+STRICT or wider"
                );
            }
            let store: Arc<dyn Store> = Arc::new(open(&data)?);
            let bar = ProgressBar::with_draw_target(
                Some(inputs.len() as u64),
                ProgressDrawTarget::stderr(),
            );
            bar.set_style(
                ProgressStyle::with_template("[{bar:30}] {pos}/{len} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            let mut out = std::io::stdout().lock();
            let mut code = 0;
            for input in &inputs {
                bar.set_message(input.clone());
                let r = read_input(input).and_then(|bytes| {
                    import_bytes(&store, &viewer, input, &bytes, &defaults, mark.clone())
                        .map_err(|e| anyhow::anyhow!("{}", e.message))
                });
                bar.inc(1);
                match r {
                    Ok(r) => writeln!(
                        out,
                        "{input}: {} items, {} new measures, {} sightings, {} stage changes",
                        r.items, r.created, r.sighted, r.stage_changes
                    )?,
                    Err(e) => {
                        bar.suspend(|| {
                            eprintln!("error: {input}: {e:#} (nothing imported from it)")
                        });
                        code = 1;
                    }
                }
            }
            bar.finish_and_clear();
            Ok(code)
        }
        PolicyCommand::Digests {
            data,
            smtp,
            from,
            base_url,
        } => {
            let store = open(&data)?;
            let (sent, failed) = send_digests(&store, &smtp, &from, base_url.as_deref())?;
            println!("{sent} digests sent, {failed} failed");
            Ok(if failed > 0 { 1 } else { 0 })
        }
        PolicyCommand::Export {
            data,
            format,
            topic,
            jurisdiction,
            stage,
        } => {
            let q = MeasuresQuery {
                topic,
                jurisdiction,
                stage,
                limit: Some(1000),
                ..MeasuresQuery::default()
            };
            let filter = q.filter().map_err(|e| anyhow::anyhow!("{}", e.message))?;
            let store: Arc<dyn Store> = Arc::new(open(&data)?);
            let (_, text) = export_measures(&store, &instance(), &filter, &format)
                .map_err(|e| anyhow::anyhow!("--{}", e.message))?;
            std::io::stdout().lock().write_all(text.as_bytes())?;
            Ok(0)
        }
    }
}

/// Runs `entente fimi`; returns the exit code.
pub fn run_fimi(args: FimiArgs, open: impl FnOnce(&Path) -> Result<SqliteStore>) -> Result<i32> {
    match args.command {
        FimiCommand::Export {
            data,
            format,
            incident,
        } => {
            if format != "stix" {
                bail!("--format: expected stix, not {format:?}");
            }
            let store: Arc<dyn Store> = Arc::new(open(&data)?);
            let viewer = instance();
            let (key, incidents) = match &incident {
                Some(id) => match store.incident(&viewer, id)? {
                    Some(i) => (format!("incident:{id}"), vec![i]),
                    None => bail!("--incident: no incident {id}"),
                },
                None => ("incidents:all".to_string(), store.incidents(&viewer, None)?),
            };
            let b = entente_server::watch_api::export_stix(&store, &viewer, &key, &incidents)
                .map_err(|e| anyhow::anyhow!("{}", e.message))?;
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &b)?;
            writeln!(out)?;
            Ok(0)
        }
    }
}
