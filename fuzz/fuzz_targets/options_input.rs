//! Fuzz target: the options input document, as `entente options --assessment FILE` and
//! `POST /dossiers/{id}/options` read it (one parser: `entente_server::wire::options`),
//! validated into the engine's input as a file (no register) and as a request (an empty
//! register), and run through the response-options engine and its renderings. Must never
//! panic.
#![no_main]

use entente_core::options::{AttributionState, render_text, response_options};
use entente_server::wire::options::{OptionsDocument, OptionsReportOut};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for register in [None, Some(AttributionState::None)] {
        if let Ok(doc) = serde_json::from_slice::<OptionsDocument>(data)
            && let Ok((input, _)) = doc.into_input(register)
        {
            let report = response_options(&input);
            let _ = render_text(&report);
            let _ = serde_json::to_string(&OptionsReportOut::new(&input, &report));
        }
    }
});
