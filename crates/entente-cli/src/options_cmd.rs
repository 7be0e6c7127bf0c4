//! `entente options --assessment FILE [--format text|json]`: reads the agreed picture and the
//! findings of a case, runs the response-options engine
//! ([`entente_core::options::response_options`]) and prints the available toolbox measures,
//! least to most escalatory, with their explanations, then those not available with reasons.
//!
//! The input document and the JSON report are those of `POST /api/v1/dossiers/{id}/options`:
//! one parser and one report, in [`entente_server::wire::options`] (schema:
//! `docs/options-input.md`, examples in `docs/examples/`). In a file, `attribution` is
//! required (there is no register to take it from).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use entente_core::options::{OptionsInput, render_text, response_options};
use entente_server::wire::options::{OptionsDocument, OptionsReportOut};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OptionsFormat {
    /// Ranked options with explanations, then the others with reasons.
    #[default]
    Text,
    /// One JSON object.
    Json,
}

/// `entente options --assessment FILE [--format text|json]`
#[derive(Debug, clap::Args)]
pub struct OptionsArgs {
    /// JSON file with the agreed picture and the findings (schema: docs/options-input.md).
    #[arg(long, value_name = "FILE")]
    pub assessment: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OptionsFormat::Text)]
    pub format: OptionsFormat,
}

/// Parses and validates an input document; errors name the field.
pub fn parse_input(text: &str) -> anyhow::Result<OptionsInput> {
    let doc: OptionsDocument = serde_json::from_str(text)
        .context("not a valid options input (see docs/options-input.md)")?;
    let (input, _) = doc.into_input(None).context("invalid options input")?;
    Ok(input)
}

/// Reads and validates an input file.
pub fn read_input(path: &Path) -> anyhow::Result<OptionsInput> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the assessment file {}", path.display()))?;
    parse_input(&text).with_context(|| format!("{}", path.display()))
}

/// Runs `entente options`.
pub fn run(args: &OptionsArgs, out: &mut dyn Write) -> anyhow::Result<()> {
    let input = read_input(&args.assessment)?;
    let report = response_options(&input);
    match args.format {
        OptionsFormat::Text => out.write_all(render_text(&report).as_bytes())?,
        OptionsFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &OptionsReportOut::new(&input, &report))?;
            writeln!(out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_carry_the_field_and_the_schema() {
        let e = parse_input(
            r#"{"picture":{"scope":7},"attribution":{"state":"none"},"persons_identified":false}"#,
        )
        .unwrap_err();
        assert_eq!(
            format!("{e:#}"),
            "invalid options input: picture.scope: level 7 is outside the scale 0-4"
        );
        let e = parse_input(r#"{"picture":{}}"#).unwrap_err();
        assert!(format!("{e:#}").contains("docs/options-input.md"), "{e:#}");
        let text = include_str!("../../../docs/examples/options-input.json");
        assert!(parse_input(text).is_ok());
    }
}
