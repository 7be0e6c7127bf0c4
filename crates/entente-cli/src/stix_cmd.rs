//! `entente stix validate [--format text|json] FILE...`: flags at the edge, the work in
//! [`entente_stix::cli::run_validate`]. Exit codes: 0 all valid, 1 any invalid, 2 usage or IO.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use entente_stix::cli::{Format, run_validate};

/// `entente stix ...`
#[derive(Debug, clap::Args)]
pub struct StixArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: StixCommand,
}

/// Subcommands of `entente stix`.
#[derive(Debug, clap::Subcommand)]
pub enum StixCommand {
    /// Validate STIX 2.1 bundles or objects against every MUST (errors) and SHOULD (warnings).
    Validate(ValidateArgs),
}

/// Output format of `entente stix validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// One line per finding and a verdict per file.
    Text,
    /// One JSON object per file per line: {"file", "valid", "errors", "warnings"}.
    Json,
}

/// Arguments of `entente stix validate`.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// STIX JSON files (a bundle or a single object each).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Run `entente stix ...`; returns the exit code.
pub fn run(args: &StixArgs, out: &mut impl Write) -> anyhow::Result<i32> {
    match &args.command {
        StixCommand::Validate(v) => {
            let format = match v.format {
                FormatArg::Text => Format::Text,
                FormatArg::Json => Format::Json,
            };
            let code = run_validate(&v.files, format, out).context("writing validation results")?;
            out.flush().context("writing validation results")?;
            Ok(code)
        }
    }
}
