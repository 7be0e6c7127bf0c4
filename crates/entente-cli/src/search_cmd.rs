//! `entente search --data DIR [--as USER | --party P [--clearance LEVEL]] [--format text|json]
//! [--type KINDS] [--lang CODE] [--page N] QUERY...`: search everything a user may see, from
//! the data directory's search index. Reads beside a running server (which keeps the index up
//! to date); without one, brings the index up to date from the log first.
//!
//! **Who reads** is decided as for `entente picture`: `--as USER` (that account's party and
//! clearance), else a member of `--party` (default `EU`, which sees what the whole community
//! sees). Every hit is confirmed against the database read-only; nothing is written, so these
//! reads are not audited (like those of `entente picture`).

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use entente_core::{Classification, Lang, PartyId, UserId, Viewer};
use entente_search::analysis::Config;
use entente_search::{ReadOnlySource, SearchError, SearchIndex, SearchRequest};
use entente_server::search_api::SearchOut;
use entente_store::picture_store::ReadOnly;

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// The data directory.
    #[arg(long)]
    pub data: PathBuf,
    /// Words, names, identifiers or "phrases", in any language.
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Search as this account (its party and clearance).
    #[arg(long = "as", value_name = "USER")]
    pub as_user: Option<String>,
    /// Search as a member of this party (when --as is not given).
    #[arg(long, default_value = "EU")]
    pub party: String,
    /// Clearance of the --party reader, e.g. "RESTREINT UE".
    #[arg(long)]
    pub clearance: Option<String>,
    /// Only these kinds (comma-separated): dossier, evidence, assessment, attribution, stix.
    #[arg(long = "type", value_name = "KINDS")]
    pub kinds: Option<String>,
    /// The query's language (ISO 639-1); detected when absent.
    #[arg(long)]
    pub lang: Option<String>,
    /// Order: relevance or date.
    #[arg(long)]
    pub sort: Option<String>,
    /// The page of results (from 1), 20 a page.
    #[arg(long, default_value_t = 1)]
    pub page: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

fn viewer(args: &SearchArgs, store: &ReadOnly) -> Result<Viewer> {
    if let Some(u) = &args.as_user {
        let id = UserId::parse(u).map_err(|e| anyhow::anyhow!("--as: {e}"))?;
        let Some(user) = store.user(&id)? else {
            bail!("--as: no account {u:?} in {}", args.data.display());
        };
        if user.disabled {
            bail!("--as: the account {u:?} is disabled");
        }
        return Ok(Viewer {
            user: user.user,
            party: user.party,
            clearance: user.clearance,
            roles: user.roles,
        });
    }
    Ok(Viewer {
        roles: Default::default(),
        user: UserId::parse("cli").map_err(|e| anyhow::anyhow!("{e}"))?,
        party: PartyId::parse(&args.party).map_err(|e| anyhow::anyhow!("--party: {e}"))?,
        clearance: args
            .clearance
            .as_deref()
            .map(str::parse::<Classification>)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--clearance: {e}"))?,
    })
}

/// Opens the index to write (no server runs) or, when a server keeps it, to read.
fn open(dir: &std::path::Path) -> Result<SearchIndex> {
    let source = || -> Result<Arc<ReadOnlySource>> {
        Ok(Arc::new(ReadOnlySource::open(dir).with_context(|| {
            format!("opening {} read-only", dir.display())
        })?))
    };
    match SearchIndex::open(dir, source()?, Config::default(), true) {
        Ok(i) => Ok(i),
        Err(SearchError::Busy(_)) => {
            Ok(SearchIndex::open(dir, source()?, Config::default(), false)?)
        }
        Err(e) => Err(e.into()),
    }
}

pub fn run(args: &SearchArgs, out: &mut impl Write) -> Result<()> {
    let q = args.query.join(" ");
    let req = SearchRequest::parse(
        Some(&q),
        args.lang.as_deref(),
        args.kinds.as_deref(),
        None,
        None,
        None,
        None,
        None,
        args.sort.as_deref(),
        Some(&args.page.to_string()),
        None,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let store = ReadOnly::open(&args.data)
        .with_context(|| format!("opening {} read-only", args.data.display()))?;
    let viewer = viewer(args, &store)?;
    let index = open(&args.data)?;
    let reader = req.lang.unwrap_or(Lang::En);
    let results = index
        .search(&viewer, &req, reader)
        .with_context(|| format!("searching {}", args.data.display()))?;
    index.close();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &SearchOut::of(&q, results))?;
            writeln!(out)?;
        }
        Format::Text => {
            writeln!(
                out,
                "{} result(s) for {:?}{} as {} ({})",
                results.total,
                q,
                results
                    .lang
                    .map(|l| format!(" (query language {l})"))
                    .unwrap_or_default(),
                viewer.user,
                viewer.party
            )?;
            for h in &results.hits {
                writeln!(
                    out,
                    "{:<11} {:>7.2}  {}  [{}]",
                    h.kind, h.score, h.title, h.id
                )?;
                if !h.snippet.text.is_empty() {
                    let mut line = String::new();
                    for (t, marked) in h.snippet.pieces() {
                        if marked {
                            line.push_str(&format!("*{t}*"));
                        } else {
                            line.push_str(t);
                        }
                    }
                    writeln!(out, "            {line}")?;
                }
            }
        }
    }
    Ok(())
}
