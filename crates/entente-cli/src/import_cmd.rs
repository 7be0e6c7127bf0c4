//! `entente import --data DIR [--marking TLP:GREEN] [--as USER --party PARTY] FILE...`:
//! validates STIX 2.1 bundles and ingests them into the log (one event per object, 1,000
//! objects per write), with a progress bar over the bytes read and a report per file: objects
//! added, new versions, older versions, duplicates and rejects (each with the object id, the
//! JSON path and the rule). Exit codes: 0 everything landed, 1 some objects were rejected,
//! 2 usage or IO errors.

use std::fs::File;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use entente_core::{Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::stix_objects::{IngestReport, StixStore};
use entente_store::{SqliteStore, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Arguments of `entente import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The data directory (created if new).
    #[arg(long)]
    pub data: PathBuf,
    /// Marking of objects that reference no TLP marking definition (or only unknown ones).
    #[arg(long, default_value = "TLP:GREEN", value_parser = parse_tlp)]
    pub marking: Tlp,
    /// The importing user (the author of the objects' events); default: the instance.
    #[arg(long = "as", requires = "party")]
    pub user: Option<String>,
    /// The importing party (the origin of the objects' events).
    #[arg(long)]
    pub party: Option<String>,
    /// Print each report as one JSON line instead of text.
    #[arg(long)]
    pub json: bool,
    /// STIX 2.1 bundles (or single objects), JSON.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

fn parse_tlp(s: &str) -> std::result::Result<Tlp, String> {
    s.parse::<Tlp>().map_err(|e| format!("{e}"))
}

/// Counts the bytes read through it and moves the progress bar.
struct Counted<R> {
    inner: R,
    bar: ProgressBar,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

fn importer(args: &ImportArgs, store: &SqliteStore) -> Result<Viewer> {
    let (Some(user), Some(party)) = (&args.user, &args.party) else {
        return Ok(Viewer::operator(entente_store::log::instance_party()));
    };
    let user = UserId::parse(user).context("--as: expected a user name")?;
    let party =
        PartyId::parse(party).context("--party: expected a party code such as LV or EEAS")?;
    let Some(account) = store.user(&user)? else {
        anyhow::bail!("--as: no account {user} in this data directory");
    };
    if account.party != party {
        anyhow::bail!(
            "--party {party}: {user} acts for {}; give that party or leave both flags out to import as the instance",
            account.party
        );
    }
    if account.disabled {
        anyhow::bail!("--as: the account {user} is disabled");
    }
    // The import acts with the account's own roles: the console grants it nothing more.
    Ok(Viewer {
        user,
        party,
        clearance: account.clearance,
        roles: account.roles,
    })
}

/// Runs `entente import`; returns the exit code.
pub fn run(
    args: &ImportArgs,
    open: impl FnOnce(&std::path::Path) -> Result<SqliteStore>,
) -> Result<i32> {
    let mut out = std::io::stdout().lock();
    let store = open(&args.data)?;
    let viewer = importer(args, &store)?;
    let default = Marking::tlp(args.marking);
    let default = if args.marking == Tlp::Red {
        Marking {
            recipients: [viewer.user.clone()].into(),
            ..default
        }
    } else {
        default
    };
    let mut code = 0;
    for path in &args.files {
        let started = Instant::now();
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                code = 2;
                continue;
            }
        };
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{prefix} [{bar:30}] {bytes}/{total_bytes} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_prefix(path.display().to_string());
        let mut input = Counted {
            inner: file,
            bar: bar.clone(),
        };
        let result = store.ingest_stix(&viewer, &mut input, &default, &mut |r: &IngestReport| {
            bar.set_message(format!("{} objects", r.objects));
        });
        bar.finish_and_clear();
        match result {
            Ok(report) => {
                write_report(&mut out, path, &report, started, args.json)?;
                if !report.all_landed() && code == 0 {
                    code = 1;
                }
            }
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                code = 2;
            }
        }
    }
    out.flush()?;
    Ok(code)
}

fn write_report(
    out: &mut impl Write,
    path: &std::path::Path,
    r: &IngestReport,
    started: Instant,
    json: bool,
) -> Result<()> {
    let secs = started.elapsed().as_secs_f64();
    if json {
        let mut v = r.to_json();
        v["file"] = serde_json::json!(path.display().to_string());
        v["seconds"] = serde_json::json!(secs);
        writeln!(out, "{v}")?;
        return Ok(());
    }
    writeln!(
        out,
        "{}: {} objects: {} added, {} new versions, {} older versions, {} duplicates, {} rejected ({} warnings) in {:.3} s",
        path.display(),
        r.objects,
        r.added,
        r.new_versions,
        r.older_versions,
        r.duplicates,
        r.rejected.len(),
        r.warnings,
        secs
    )?;
    for rej in &r.rejected {
        writeln!(
            out,
            "  rejected /objects/{} {}:",
            rej.index,
            rej.object_id.as_deref().unwrap_or("(no id)")
        )?;
        for f in &rej.errors {
            writeln!(out, "    {f}")?;
        }
    }
    for f in r
        .bundle_findings
        .iter()
        .filter(|f| f.severity == entente_stix::Severity::Error)
    {
        writeln!(out, "  bundle: {f}")?;
    }
    Ok(())
}
