//! `entente reference population import FILE --data DIR` and `entente reference population
//! list --data DIR`: the operator loads an Annex III population table into a data directory
//! (the server must not be running on it) and lists the tables votes may use.
//!
//! The file is the document of `POST /api/v1/reference/population`
//! ([`entente_server::wire::population`]); the checks are the core's
//! ([`entente_core::population::check_import`]): 27 Member States summing exactly to the
//! total, the threshold at 65 % of it rounded up, the total of a year entente knows (2025), and
//! no contradiction of a table of the same year unless `"supersedes": true`. A refused table
//! records nothing; a loaded one is an event of the log, used from then on for votes whose time
//! falls in its year.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow};
use entente_core::Viewer;
use entente_core::population::group;
use entente_server::wire::population::parse_table;
use entente_store::SqliteStore;
use entente_store::population::PopulationTableView;
use entente_store::procedure_store::Procedures;

/// `entente reference ...`
#[derive(Debug, clap::Args)]
pub struct ReferenceArgs {
    #[command(subcommand)]
    pub command: ReferenceCommand,
}

/// Subcommands of `entente reference`.
#[derive(Debug, clap::Subcommand)]
pub enum ReferenceCommand {
    /// Annex III population tables (Council Rules of Procedure Art. 11(6)).
    #[command(subcommand)]
    Population(PopulationCommand),
}

/// `entente reference population ...`
#[derive(Debug, clap::Subcommand)]
pub enum PopulationCommand {
    /// Load an Annex III table from a JSON file (year, source, total, figures of the 27).
    Import {
        /// The table (schema: docs/procedures.md, "Annex III tables").
        file: PathBuf,
        #[arg(long)]
        data: PathBuf,
    },
    /// List the tables: shipped with entente and loaded into the data directory.
    List {
        #[arg(long)]
        data: PathBuf,
    },
}

/// Runs `entente reference ...` on a store opened by `open`.
pub fn run(
    args: ReferenceArgs,
    open: impl Fn(&Path) -> anyhow::Result<SqliteStore>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match args.command {
        ReferenceCommand::Population(PopulationCommand::Import { file, data }) => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("{}: cannot read the file", file.display()))?;
            let input = parse_table(&text)
                .map_err(|e| anyhow!("{}: {e}; nothing was loaded", file.display()))?;
            let store = open(&data)?;
            let operator = Viewer::operator(entente_store::log::instance_party());
            let t = store.import_population(&operator, input).map_err(|e| {
                anyhow!("{}: [{}] {e}; nothing was loaded", file.display(), e.code())
            })?;
            writeln!(
                out,
                "loaded the Annex III table of {} ({}; total {}, valid from {}{}); votes whose time falls in {} use it from now on",
                t.year,
                t.source,
                group(u128::from(t.total)),
                t.valid_from,
                if t.supersedes {
                    ", superseding the earlier one"
                } else {
                    ""
                },
                t.year
            )?;
        }
        ReferenceCommand::Population(PopulationCommand::List { data }) => {
            let store = open(&data)?;
            for t in store.population_tables()? {
                writeln!(out, "{}", line(&t))?;
            }
        }
    }
    Ok(())
}

fn line(t: &PopulationTableView) -> String {
    format!(
        "{}  {:<8} {:>13}  from {}  {}{}",
        t.year,
        t.origin,
        group(u128::from(t.total)),
        t.valid_from,
        t.source,
        match (t.in_use, &t.imported_by) {
            (false, _) => " (replaced by a later load)".to_string(),
            (true, Some(by)) => format!(" (loaded by {by})"),
            (true, None) => String::new(),
        }
    )
}
