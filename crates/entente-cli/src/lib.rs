//! The parsers of the `entente` binary's input files, as a library so that they can be fuzzed
//! (`fuzz/`, docs/fuzzing.md) and tested without the binary. Only the file formats live here:
//! the options input document (`entente options --assessment FILE`) and the positions and
//! population files of `entente procedure evaluate`. The rest of the CLI stays in the binary.

pub mod options_cmd;
pub mod procedure_cmd;
