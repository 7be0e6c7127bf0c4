//! Fuzz target: arbitrary text through the STIX pattern parser. Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(p) = entente_stix::pattern::parse(s) {
            let _ = p.object_types();
            let _ = p.comparisons();
        }
    }
});
