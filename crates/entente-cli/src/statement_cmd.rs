//! `entente statement draft|translate|verify|embargo|release|show|export --data DIR --as USER`:
//! the statements of issue 14 at the console, through the same store commands as the API. The
//! console acts as the account named by `--as` (its party, clearance and roles decide, through
//! the permission table); whoever holds the data directory is its operator. Output in JSON is
//! the API's wire type (`entente_server::api::statements`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Subcommand, ValueEnum};
use entente_core::{Lang, UserId, Viewer};
use entente_server::api::statements::{
    DiffQuery, StatementOut, diff_of, export_html, export_languages, export_pdf,
};
use entente_store::statements::{NewStatement, StatementView, TranslationInput};
use entente_store::{SqliteStore, Statements, Store};

#[derive(Args, Debug)]
pub struct StatementArgs {
    #[command(subcommand)]
    pub command: StatementCommand,
}

/// Who acts, and where.
#[derive(Args, Debug, Clone)]
pub struct Who {
    /// The data directory.
    #[arg(long)]
    pub data: PathBuf,
    /// Act as this account (its party, clearance and roles).
    #[arg(long = "as", value_name = "USER")]
    pub as_user: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Output {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Html,
    Pdf,
}

#[derive(Subcommand, Debug)]
pub enum StatementCommand {
    /// Begin a statement on a dossier, or (with --revise) write a new version of one.
    Draft {
        #[command(flatten)]
        who: Who,
        /// The dossier (for a new statement).
        #[arg(long, required_unless_present = "revise")]
        dossier: Option<String>,
        /// hr_declaration, council_conclusions, press_release, demarche_points or
        /// national_statement.
        #[arg(long, default_value = "hr_declaration")]
        kind: String,
        /// The source language.
        #[arg(long, default_value = "en")]
        lang: String,
        /// A template of data/statement-templates.json (title and text default to its own).
        #[arg(long)]
        template: Option<String>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, conflicts_with = "text_file")]
        text: Option<String>,
        /// Read the text from this file.
        #[arg(long)]
        text_file: Option<PathBuf>,
        /// For a national statement: the Union statement it echoes.
        #[arg(long)]
        echoes: Option<String>,
        /// Write a new version of this statement instead.
        #[arg(long)]
        revise: Option<String>,
        /// A note on the new version.
        #[arg(long)]
        note: Option<String>,
        #[arg(long, value_enum, default_value_t = Output::Text)]
        format: Output,
    },
    /// Set a language version (a verified one whose text changes goes back to draft).
    Translate {
        #[command(flatten)]
        who: Who,
        statement: String,
        #[arg(long)]
        lang: String,
        #[arg(long)]
        title: String,
        #[arg(long, conflicts_with = "text_file")]
        text: Option<String>,
        #[arg(long)]
        text_file: Option<PathBuf>,
        /// draft or translated.
        #[arg(long, default_value = "translated")]
        status: String,
        #[arg(long)]
        version: Option<u32>,
        #[arg(long, value_enum, default_value_t = Output::Text)]
        format: Output,
    },
    /// Verify a language version against the source.
    Verify {
        #[command(flatten)]
        who: Who,
        statement: String,
        #[arg(long)]
        lang: String,
        #[arg(long)]
        version: Option<u32>,
        #[arg(long, value_enum, default_value_t = Output::Text)]
        format: Output,
    },
    /// Set the embargo time (RFC 3339); the chair.
    Embargo {
        #[command(flatten)]
        who: Who,
        statement: String,
        #[arg(long)]
        at: String,
        #[arg(long, value_enum, default_value_t = Output::Text)]
        format: Output,
    },
    /// Release the adopted version in every verified language, at once.
    Release {
        #[command(flatten)]
        who: Who,
        statement: String,
        #[arg(long)]
        version: Option<u32>,
        #[arg(long, value_enum, default_value_t = Output::Text)]
        format: Output,
    },
    /// Show a statement, with the word-level diff between two versions.
    Show {
        #[command(flatten)]
        who: Who,
        statement: String,
        /// Diff from this version (default: the one before --to).
        #[arg(long)]
        from: Option<u32>,
        /// Diff to this version (default: the latest).
        #[arg(long)]
        to: Option<u32>,
        /// The language of the diff (default: the source language).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_enum, default_value_t = Output::Text)]
        format: Output,
    },
    /// Export a statement as HTML or PDF (audited).
    Export {
        #[command(flatten)]
        who: Who,
        statement: String,
        #[arg(long, value_enum, default_value_t = ExportFormat::Html)]
        format: ExportFormat,
        /// Comma-separated languages (default: all of the version).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long)]
        version: Option<u32>,
        /// Write to this file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// The account named by `--as`, as the store holds it.
pub fn viewer_of(store: &SqliteStore, user: &str) -> Result<Viewer> {
    let id = UserId::parse(user).map_err(|e| anyhow!("--as: {e}"))?;
    let Some(u) = store.user(&id)? else {
        bail!(
            "--as: no account {user:?} in this data directory (create it with `entente user add`)"
        );
    };
    if u.disabled || u.pending {
        bail!("--as: the account {user:?} is disabled or not yet activated");
    }
    Ok(Viewer {
        user: u.user,
        party: u.party,
        clearance: u.clearance,
        roles: u.roles,
    })
}

fn lang(s: &str) -> Result<Lang> {
    s.parse::<Lang>().map_err(|e| anyhow!("--lang: {e}"))
}

fn text_of(text: Option<String>, file: Option<PathBuf>) -> Result<String> {
    match (text, file) {
        (Some(t), _) => Ok(t),
        (None, Some(f)) => std::fs::read_to_string(&f)
            .with_context(|| format!("--text-file: reading {}", f.display())),
        (None, None) => Ok(String::new()),
    }
}

fn print(out: &mut impl Write, s: StatementView, format: Output) -> Result<()> {
    match format {
        Output::Json => {
            serde_json::to_writer_pretty(&mut *out, &StatementOut::from(s))?;
            writeln!(out)?;
        }
        Output::Text => {
            writeln!(
                out,
                "{} ({}, {}) on dossier {}: version {}",
                s.id, s.kind, s.party, s.dossier, s.latest_version
            )?;
            if let Some(v) = s.version(s.latest_version) {
                for l in &v.languages {
                    writeln!(
                        out,
                        "  {} {:<10} {}{}",
                        l.lang,
                        l.status,
                        l.title,
                        l.verified_by
                            .as_ref()
                            .map(|u| format!("  (verified by {u})"))
                            .unwrap_or_default()
                    )?;
                }
            }
            if let Some(a) = s.adopted_version {
                writeln!(out, "  adopted: version {a}")?;
            }
            if let Some(e) = &s.embargo {
                writeln!(out, "  embargo: {e}")?;
            }
            if let Some(r) = &s.released {
                let langs: Vec<&str> = r.languages.iter().map(|l| l.code()).collect();
                writeln!(
                    out,
                    "  released {} (version {}, {}) as {}",
                    r.at,
                    r.version,
                    langs.join(", "),
                    r.release
                )?;
            }
        }
    }
    Ok(())
}

pub fn run(
    args: StatementArgs,
    open: impl Fn(&std::path::Path) -> Result<SqliteStore>,
) -> Result<i32> {
    let out = &mut std::io::stdout().lock();
    match args.command {
        StatementCommand::Draft {
            who,
            dossier,
            kind,
            lang: l,
            template,
            title,
            text,
            text_file,
            echoes,
            revise,
            note,
            format,
        } => {
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let text = text_of(text, text_file)?;
            let s = match revise {
                Some(id) => {
                    store.revise_statement(&v, &id, title.unwrap_or_default(), text, note)?
                }
                None => store.draft_statement(
                    &v,
                    dossier.as_deref().unwrap_or_default(),
                    NewStatement {
                        kind,
                        lang: lang(&l)?,
                        title: title.unwrap_or_default(),
                        text,
                        template,
                        echoes,
                        marking: None,
                    },
                )?,
            };
            print(out, s, format)?;
        }
        StatementCommand::Translate {
            who,
            statement,
            lang: l,
            title,
            text,
            text_file,
            status,
            version,
            format,
        } => {
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let s = store.translate_statement(
                &v,
                &statement,
                TranslationInput {
                    version,
                    lang: lang(&l)?,
                    title,
                    text: text_of(text, text_file)?,
                    status: Some(status),
                },
            )?;
            print(out, s, format)?;
        }
        StatementCommand::Verify {
            who,
            statement,
            lang: l,
            version,
            format,
        } => {
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let s = store.verify_statement(&v, &statement, version, lang(&l)?)?;
            print(out, s, format)?;
        }
        StatementCommand::Embargo {
            who,
            statement,
            at,
            format,
        } => {
            let t = chrono::DateTime::parse_from_rfc3339(at.trim())
                .map(|t| t.with_timezone(&chrono::Utc))
                .with_context(|| {
                    format!("--at: an RFC 3339 time such as 2026-12-03T11:00:00Z, not {at:?}")
                })?;
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let s = store.set_statement_embargo(&v, &statement, t)?;
            print(out, s, format)?;
        }
        StatementCommand::Release {
            who,
            statement,
            version,
            format,
        } => {
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let s = store.release_statement(&v, &statement, version)?;
            print(out, s, format)?;
        }
        StatementCommand::Show {
            who,
            statement,
            from,
            to,
            lang: l,
            format,
        } => {
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let s = store
                .statement(&v, &statement)?
                .ok_or_else(|| anyhow!("statement {statement:?} not found"))?;
            let d = diff_of(&s, &DiffQuery { from, to, lang: l })
                .map_err(|e| anyhow!("{}", e.message))?;
            match format {
                Output::Json => {
                    serde_json::to_writer_pretty(
                        &mut *out,
                        &serde_json::json!({"statement": StatementOut::from(s), "diff": d}),
                    )?;
                    writeln!(out)?;
                }
                Output::Text => {
                    print(out, s, format)?;
                    writeln!(
                        out,
                        "\nchanges from version {} to {} ({}):",
                        d.from, d.to, d.lang
                    )?;
                    let runs: Vec<entente_core::statement::diff::Run> = d
                        .runs
                        .iter()
                        .map(|r| entente_core::statement::diff::Run {
                            change: match r.change.as_str() {
                                "removed" => entente_core::statement::diff::Change::Removed,
                                "added" => entente_core::statement::diff::Change::Added,
                                _ => entente_core::statement::diff::Change::Same,
                            },
                            text: r.text.clone(),
                        })
                        .collect();
                    writeln!(out, "{}", entente_core::statement::diff::plain(&runs))?;
                }
            }
        }
        StatementCommand::Export {
            who,
            statement,
            format,
            lang: langs,
            version,
            out: file,
        } => {
            let store = open(&who.data)?;
            let v = viewer_of(&store, &who.as_user)?;
            let name = match format {
                ExportFormat::Html => "html",
                ExportFormat::Pdf => "pdf",
            };
            let s = store
                .export_statement(&v, &statement, name)?
                .ok_or_else(|| anyhow!("statement {statement:?} not found"))?;
            let (ver, ls) = export_languages(&s, version, langs.as_deref())
                .map_err(|e| anyhow!("{}", e.message))?;
            let bytes = match format {
                ExportFormat::Html => export_html(&s, ver, &ls).into_bytes(),
                ExportFormat::Pdf => {
                    export_pdf(&s, ver, &ls).map_err(|e| anyhow!("{}", e.message))?
                }
            };
            match file {
                Some(f) => std::fs::write(&f, bytes)
                    .with_context(|| format!("--out: writing {}", f.display()))?,
                None => out.write_all(&bytes)?,
            }
        }
    }
    Ok(0)
}
