//! `entente stix validate [--format text|json] FILE...`: the command logic, kept in the library
//! so the binary only wires flags to it. The one place in this crate that opens files.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::report::{Finding, Severity};
use crate::{Options, validate_reader, validate_slice};

/// Files up to this size are read into memory before parsing; larger ones are streamed.
const IN_MEMORY_LIMIT: u64 = 64 * 1024 * 1024;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One line per finding and a verdict per file.
    #[default]
    Text,
    /// One JSON object per file per line:
    /// `{"file", "valid", "objects", "errors": [...], "warnings": [...]}`.
    Json,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format '{other}': use 'text' or 'json'")),
        }
    }
}

/// Exit code: every file valid.
pub const EXIT_VALID: i32 = 0;
/// Exit code: at least one file has a STIX error.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: usage error, or a file could not be opened or is not JSON.
pub const EXIT_USAGE: i32 = 2;

/// Validate each file and write the results to `out`. Returns the process exit code (0 all
/// valid, 1 any invalid, 2 usage/IO). An `Err` only means `out` could not be written.
pub fn run_validate(files: &[PathBuf], format: Format, out: &mut impl Write) -> io::Result<i32> {
    if files.is_empty() {
        writeln!(
            out,
            "usage: entente stix validate [--format text|json] FILE..."
        )?;
        return Ok(EXIT_USAGE);
    }
    let mut code = EXIT_VALID;
    for file in files {
        code = code.max(validate_file(file, format, out)?);
    }
    Ok(code)
}

fn validate_file(file: &Path, format: Format, out: &mut impl Write) -> io::Result<i32> {
    let name = file.display().to_string();
    let mut findings: Vec<Finding> = Vec::new();
    let opts = Options::default();
    let on_object = |r: crate::ObjectReport| findings.extend(r.findings);
    let outcome = File::open(file)
        .map_err(|e| format!("cannot open: {e}"))
        .and_then(|mut f| {
            let size = f.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
            // Small files are read whole and parsed in place (faster); large ones stream in
            // bounded memory.
            let result = if size <= IN_MEMORY_LIMIT {
                let mut bytes = Vec::with_capacity(size as usize);
                f.read_to_end(&mut bytes)
                    .map_err(|e| format!("cannot read: {e}"))?;
                validate_slice(&bytes, &opts, on_object)
            } else {
                validate_reader(f, &opts, on_object)
            };
            result.map_err(|e| format!("{} ({})", e, e.code()))
        });
    let report = match outcome {
        Ok(r) => r,
        Err(msg) => {
            match format {
                Format::Json => {
                    let line = serde_json::json!({
                        "file": name, "valid": false, "io_error": msg, "errors": [], "warnings": [],
                    });
                    writeln!(out, "{line}")?;
                }
                Format::Text => writeln!(out, "{name}: cannot validate: {msg}")?,
            }
            return Ok(EXIT_USAGE);
        }
    };
    findings.extend(report.findings.iter().cloned());
    let valid = report.is_valid();
    match format {
        Format::Json => {
            let (errors, warnings): (Vec<_>, Vec<_>) =
                findings.iter().partition(|f| f.severity == Severity::Error);
            let line = serde_json::json!({
                "file": name,
                "valid": valid,
                "objects": report.objects,
                "errors": errors.iter().map(|f| f.to_json()).collect::<Vec<_>>(),
                "warnings": warnings.iter().map(|f| f.to_json()).collect::<Vec<_>>(),
            });
            writeln!(out, "{line}")?;
        }
        Format::Text => {
            for f in &findings {
                writeln!(out, "{name}: {f}")?;
            }
            let verdict = if valid { "valid" } else { "INVALID" };
            writeln!(
                out,
                "{name}: {verdict} ({} objects, {} errors, {} warnings)",
                report.objects, report.errors, report.warnings
            )?;
        }
    }
    Ok(if valid { EXIT_VALID } else { EXIT_INVALID })
}
