//! Fuzz target: arbitrary bytes as the JSON body of every write of the API, each through
//! `serde_json::from_slice` into its wire type and then through the checks that turn it into
//! domain values (the same library functions the handlers and the store call). Must never panic.
//!
//! Bodies: dossier create, update and transition (`wire.rs`); evidence, its withdrawal,
//! assessment, proposal and objection (`picture_api.rs`); position, attribution, package
//! (`procedures_api.rs`); sign-in, user creation, roles and API token (`identity.rs`).
#![no_main]

use entente_core::PartyId;
use entente_core::dossier::{DossierFacts, Status, check_id};
use entente_core::procedure::record::LivePosition;
use entente_server::identity::{LoginIn, RolesIn, TokenIn, UserIn};
use entente_server::picture_api::{
    AssessmentIn, EvidenceIn, ObjectionIn, ProposalIn, WithdrawIn, parse_time,
};
use entente_server::procedures_api::{AttributionIn, PackageIn, PositionIn};
use entente_server::wire::{DossierCreateIn, DossierUpdateIn, TransitionIn};
use entente_store::assessments::Submission;
use libfuzzer_sys::fuzz_target;

fn parse<'a, T: serde::Deserialize<'a>>(data: &'a [u8]) -> Option<T> {
    serde_json::from_slice(data).ok()
}

fuzz_target!(|data: &[u8]| {
    if let Some(b) = parse::<DossierCreateIn>(data) {
        if let Some(slug) = &b.slug {
            let _ = check_id(slug);
        }
        let _ = b.marking.check();
        let _ = DossierFacts::from(b.facts).check();
    }
    if let Some(b) = parse::<DossierUpdateIn>(data) {
        let _ = DossierFacts::from(b.facts).check();
    }
    if let Some(b) = parse::<TransitionIn>(data)
        && let Ok(to) = b.to.parse::<Status>()
    {
        for from in Status::ALL {
            let _ = from.transition(to);
        }
    }
    if let Some(b) = parse::<EvidenceIn>(data) {
        let (item, marking) = b.into_item();
        let _ = item.check();
        let _ = item.stix_type();
        if let Some(m) = marking {
            let _ = m.check();
        }
    }
    let _ = parse::<WithdrawIn>(data);
    if let Some(b) = parse::<AssessmentIn>(data) {
        let s = Submission::from(b);
        if let Some(m) = &s.marking {
            let _ = m.check();
        }
        if let Ok(party) = PartyId::parse("DE") {
            let _ = s.body.validate(&party, s.version.unwrap_or(1));
        }
    }
    if let Some(b) = parse::<ProposalIn>(data) {
        let _ = parse_time("deadline", &b.deadline);
    }
    if let Some(b) = parse::<ObjectionIn>(data)
        && let Some(p) = b.party
    {
        let _ = PartyId::parse(&p);
    }
    if let Some(b) = parse::<PositionIn>(data) {
        let _ = LivePosition::parse(&b.position);
    }
    if let Some(b) = parse::<AttributionIn>(data) {
        if let Some(m) = &b.marking {
            let _ = m.check();
        }
        if let Some(p) = &b.party {
            let _ = PartyId::parse(p);
        }
    }
    let _ = parse::<PackageIn>(data);
    let _ = parse::<LoginIn>(data);
    if let Some(b) = parse::<UserIn>(data) {
        let _ = b.validate();
    }
    if let Some(b) = parse::<RolesIn>(data) {
        let _ = b.validate();
    }
    if let Some(b) = parse::<TokenIn>(data) {
        let _ = b.scope.parse::<entente_core::account::TokenScope>();
    }
});
