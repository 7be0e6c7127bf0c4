//! Fuzz target: the marking parsers and the identifiers markings name. Text through
//! `Tlp`/`Classification`/`Lang`/`Status`/`Role`/`TokenScope` `FromStr`, `PartyId::parse`,
//! `UserId::parse`, `account::parse_clearance` and `parse_roles`; JSON through `Marking`'s
//! deserialisation and `Marking::check`. Must never panic, and each accepted value must
//! round-trip: its canonical form parses back to the same value.
#![no_main]

use entente_core::account::{Role, TokenScope, parse_clearance, parse_roles};
use entente_core::dossier::Status;
use entente_core::{Classification, Lang, Marking, PartyId, Tlp, UserId};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = serde_json::from_slice::<Marking>(data) {
        let _ = m.check();
        let _ = m.rank();
        if let Ok(json) = serde_json::to_string(&m) {
            let back = serde_json::from_str::<Marking>(&json).ok();
            assert_eq!(
                back.as_ref(),
                Some(&m),
                "marking {json} does not round-trip"
            );
        }
    }
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(t) = s.parse::<Tlp>() {
        assert_eq!(t.to_string().parse::<Tlp>().ok(), Some(t), "{s:?}");
        assert_eq!(t.label().parse::<Tlp>().ok(), Some(t), "{s:?}");
    }
    if let Ok(c) = s.parse::<Classification>()
        && let Ok(json) = serde_json::to_string(&c)
    {
        let name = json.trim_matches('"');
        assert_eq!(name.parse::<Classification>().ok(), Some(c), "{s:?}");
    }
    if let Ok(p) = PartyId::parse(s) {
        assert_eq!(PartyId::parse(p.as_str()).ok(), Some(p), "{s:?}");
    }
    if let Ok(u) = UserId::parse(s) {
        assert_eq!(UserId::parse(u.as_str()).ok(), Some(u), "{s:?}");
    }
    if let Ok(l) = s.parse::<Lang>() {
        assert_eq!(l.code().parse::<Lang>().ok(), Some(l), "{s:?}");
    }
    if let Ok(st) = s.parse::<Status>() {
        assert_eq!(st.as_str().parse::<Status>().ok(), Some(st), "{s:?}");
    }
    if let Ok(r) = s.parse::<Role>() {
        assert_eq!(r.as_str().parse::<Role>().ok(), Some(r), "{s:?}");
    }
    if let Ok(t) = s.parse::<TokenScope>() {
        assert_eq!(t.as_str().parse::<TokenScope>().ok(), Some(t), "{s:?}");
    }
    if let Ok(Some(c)) = parse_clearance(s) {
        assert_eq!(
            parse_clearance(entente_core::account::clearance_label(Some(c))).ok(),
            Some(Some(c)),
            "{s:?}"
        );
    }
    if let Ok(roles) = parse_roles(s) {
        let canonical: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
        assert_eq!(parse_roles(&canonical.join(",")).ok(), Some(roles), "{s:?}");
    }
});
