//! Fuzz target: `auth::url_decoded_pairs`, the decoder of every HTML form the server receives
//! (sign-in, sign-out, the UI's writes). Must never panic, and must agree with the WHATWG
//! `application/x-www-form-urlencoded` parser (the `form_urlencoded` crate, which `url` uses):
//! browsers encode forms by that standard, so any disagreement is a field read wrongly.
#![no_main]

use entente_server::auth::url_decoded_pairs;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ours = url_decoded_pairs(data);
    let standard: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();
    assert_eq!(
        ours,
        standard,
        "decoding {:?}",
        String::from_utf8_lossy(data)
    );
});
