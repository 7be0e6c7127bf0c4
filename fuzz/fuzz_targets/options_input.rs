//! Fuzz target: the options input document, as `entente options --assessment FILE` reads it
//! (`options_cmd::OptionsFile`) and as `POST /dossiers/{id}/options` reads it
//! (`procedures_api::OptionsIn`), each validated into the engine's input and run through the
//! response-options engine and its renderings. Must never panic.
#![no_main]

use entente_cli::options_cmd::{OptionsFile, ReportWire};
use entente_core::options::{AttributionState, render_text, response_options};
use entente_server::procedures_api::OptionsIn;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(file) = serde_json::from_slice::<OptionsFile>(data)
        && let Ok(input) = file.into_input()
    {
        let report = response_options(&input);
        let _ = render_text(&report);
        let _ = serde_json::to_string(&ReportWire::from(&report));
    }
    if let Ok(body) = serde_json::from_slice::<OptionsIn>(data)
        && let Ok((input, _)) = body.into_input(AttributionState::None)
    {
        let _ = render_text(&response_options(&input));
    }
});
