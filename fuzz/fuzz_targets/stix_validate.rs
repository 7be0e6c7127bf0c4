//! Fuzz target: arbitrary bytes through the streaming reader and the validator, both the
//! in-memory and the `Read` paths, and the ingest iterator. Must never panic.
#![no_main]

use entente_stix::{ForEachControl, Options, for_each_object, validate_reader, validate_slice};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    let _ = validate_slice(data, &opts, |_| {});
    let _ = validate_reader(data, &opts, |_| {});
    let _ = for_each_object(data, |o| {
        let _ = o.to_json_string();
        ForEachControl::Continue
    });
});
