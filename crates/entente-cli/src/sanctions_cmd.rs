//! `entente sanctions list|export --data DIR [--as USER]`: the cyber sanctions register at the
//! console, read as an account (`--as`) or, by default, as a member of the instance party
//! without clearance (what the whole community sees). Exports are audited like the API's
//! (`GET /api/v1/sanctions/export`), whose renderer they share.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow};
use clap::{Args, Subcommand, ValueEnum};
use entente_core::{PartyId, UserId, Viewer};
use entente_server::api::sanctions::{RegisterQuery, render};
use entente_store::{Sanctions, SqliteStore};

#[derive(Args, Debug)]
pub struct SanctionsArgs {
    #[command(subcommand)]
    pub command: SanctionsCommand,
}

#[derive(Args, Debug, Clone)]
pub struct Reader {
    #[arg(long)]
    pub data: PathBuf,
    /// Read as this account (its party and clearance).
    #[arg(long = "as", value_name = "USER")]
    pub as_user: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Ftm,
    Xml,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum SanctionsCommand {
    /// The register: entries in force (or delisted, or all), searched by name in any script,
    /// romanisation or alias, and the review of the listings.
    List {
        #[command(flatten)]
        reader: Reader,
        /// A name, in any script or romanisation, or an alias.
        #[arg(long)]
        q: Option<String>,
        /// active, delisted or all.
        #[arg(long, default_value = "active")]
        status: String,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Export the register: CSV, FollowTheMoney JSON lines, XML in the structure of the EU
    /// Financial Sanctions Files, or JSON.
    Export {
        #[command(flatten)]
        reader: Reader,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// active, delisted or all (default all).
        #[arg(long, default_value = "all")]
        status: String,
        /// Write to this file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn viewer(store: &SqliteStore, r: &Reader) -> Result<Viewer> {
    match &r.as_user {
        Some(u) => crate::statement_cmd::viewer_of(store, u),
        None => Ok(Viewer {
            user: UserId::parse("cli").map_err(|e| anyhow!("{e}"))?,
            party: PartyId::parse("EU").map_err(|e| anyhow!("{e}"))?,
            clearance: None,
            roles: Default::default(),
        }),
    }
}

pub fn run(
    args: SanctionsArgs,
    open: impl Fn(&std::path::Path) -> Result<SqliteStore>,
) -> Result<i32> {
    let out = &mut std::io::stdout().lock();
    match args.command {
        SanctionsCommand::List {
            reader,
            q,
            status,
            format,
        } => {
            let store = open(&reader.data)?;
            let v = viewer(&store, &reader)?;
            let filter = RegisterQuery {
                q,
                status: Some(status),
                kind: None,
                format: None,
            }
            .filter()
            .map_err(|e| anyhow!("{}", e.message))?;
            let list = store.listings(&v, &filter)?;
            let regime = store.sanctions_regime(&v)?;
            match format {
                ListFormat::Json => {
                    serde_json::to_writer_pretty(
                        &mut *out,
                        &serde_json::json!({"regime": regime, "entries": list}),
                    )?;
                    writeln!(out)?;
                }
                ListFormat::Text => {
                    if let (Some(r), Some(b)) = (&regime.review, &regime.review_basis) {
                        writeln!(
                            out,
                            "review of the listings: {} ({}): {b}",
                            r.name(),
                            r.due()
                        )?;
                    }
                    for l in &list {
                        writeln!(
                            out,
                            "{:<12} {:<8} {:<9} {}  {}{}",
                            l.listing.id,
                            l.listing.entry.kind,
                            l.status,
                            l.listing.listed_on,
                            l.listing.entry.name,
                            l.matched
                                .as_ref()
                                .map(|m| format!("  (matched: {m})"))
                                .unwrap_or_default()
                        )?;
                    }
                    writeln!(out, "{} entries", list.len())?;
                }
            }
        }
        SanctionsCommand::Export {
            reader,
            format,
            status,
            out: file,
        } => {
            let store = open(&reader.data)?;
            let v = viewer(&store, &reader)?;
            let name = match format {
                ExportFormat::Csv => "csv",
                ExportFormat::Ftm => "ftm",
                ExportFormat::Xml => "xml",
                ExportFormat::Json => "json",
            };
            let filter = RegisterQuery {
                status: Some(status),
                ..Default::default()
            }
            .filter()
            .map_err(|e| anyhow!("{}", e.message))?;
            let list = store.export_listings(&v, &filter, name)?;
            let (_, body) =
                render(name, &list, chrono::Utc::now()).map_err(|e| anyhow!("{}", e.message))?;
            match file {
                Some(f) => std::fs::write(&f, body)
                    .with_context(|| format!("--out: writing {}", f.display()))?,
                None => out.write_all(body.as_bytes())?,
            }
        }
    }
    Ok(0)
}
