//! Fuzz target: `ui::safe_next`, the sanitiser of the `next=` redirect after sign-in and after
//! choosing a language. Must never panic, and what it returns must be a valid `Location` header
//! value that a browser resolves to this site, never to another one (no open redirect): the
//! oracle is the WHATWG URL parser (the `url` crate), as a browser would resolve it.
#![no_main]

use entente_server::ui::safe_next;
use libfuzzer_sys::fuzz_target;

const SITE: &str = "https://entente.example.eu/some/page?x=1";

fuzz_target!(|data: &[u8]| {
    let Ok(next) = std::str::from_utf8(data) else {
        return;
    };
    let out = safe_next(Some(next));
    assert!(out == "/" || out == next, "rewrote {next:?} to {out:?}");
    assert!(
        http::HeaderValue::from_str(&out).is_ok(),
        "{out:?} is not a valid Location header value"
    );
    let Ok(base) = url::Url::parse(SITE) else {
        return;
    };
    match base.join(&out) {
        Ok(target) => {
            assert_eq!(target.scheme(), "https", "{next:?} leaves the site");
            assert_eq!(
                target.host_str(),
                Some("entente.example.eu"),
                "{next:?} redirects to another host"
            );
            assert_eq!(target.port(), None, "{next:?} changes the port");
        }
        Err(e) => panic!("{out:?} does not resolve as a URL: {e}"),
    }
});
