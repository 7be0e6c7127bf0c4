//! Stand-alone `stix-validate [--format text|json] FILE...`, the same logic as
//! `entente stix validate`, for scripts that should not build the whole CLI.

use std::path::PathBuf;

use entente_stix::cli::{EXIT_USAGE, Format, run_validate};

fn main() {
    let mut format = Format::Text;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--format" {
            match args.next().map(|f| f.parse::<Format>()) {
                Some(Ok(f)) => format = f,
                Some(Err(e)) => {
                    eprintln!("{e}");
                    std::process::exit(EXIT_USAGE);
                }
                None => {
                    eprintln!("--format needs a value: text or json");
                    std::process::exit(EXIT_USAGE);
                }
            }
        } else if let Some(f) = a.strip_prefix("--format=") {
            match f.parse::<Format>() {
                Ok(f) => format = f,
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(EXIT_USAGE);
                }
            }
        } else {
            files.push(PathBuf::from(a));
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = match run_validate(&files, format, &mut out) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot write output: {e}");
            EXIT_USAGE
        }
    };
    drop(out);
    std::process::exit(code);
}
