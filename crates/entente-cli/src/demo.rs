//! Demo data: the parties of the Union and the public record of EU responses to cyber
//! operations (`data/demo-cases.json`), loaded through the same commands a user would run; the
//! cyber sanctions register (`demo_sanctions.rs`) and a statement adopted by silence and
//! released in three languages (`demo_statements.rs`).

use std::collections::BTreeSet;

use anyhow::{Context, Result, bail};
use entente_core::dossier::{DossierFacts, SourceRef, Status, Victim};
use entente_core::party::{PartyKind, PartyRegistered};
use entente_core::{Classification, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::Store;
use serde::Deserialize;

const CASES: &str = include_str!("../../../data/demo-cases.json");
/// The persons the demo dossiers name
/// as listed, written by `scripts/demo-stix`.
const STIX: &str = include_str!("../../../data/demo-stix.json");
const BODIES: &str = include_str!("../../../data/eu-bodies.json");
const PARTNERS: &str = include_str!("../../../data/partners.json");
const MEMBER_STATES: &str = include_str!("../../../data/member-states.json");

/// A demo account: user, party, roles, clearance. Passwords are `demo-<user>` in demo mode only.
pub struct DemoUser {
    pub user: &'static str,
    pub party: &'static str,
    pub roles: &'static [&'static str],
    pub clearance: Option<Classification>,
    pub about: &'static str,
}

pub const DEMO_USERS: &[DemoUser] = &[
    DemoUser {
        user: "eeas.chair",
        party: "EEAS",
        roles: &["chair", "drafter", "delegate"],
        clearance: Some(Classification::SecretUe),
        about: "EEAS cyber division; chairs for the Presidency",
    },
    DemoUser {
        user: "ee.delegate",
        party: "EE",
        roles: &["delegate", "drafter"],
        clearance: Some(Classification::ConfidentielUe),
        about: "Estonian cyber ambassador; sees the AMBER Baltic exercise and drafts Estonia's national statements",
    },
    DemoUser {
        user: "lv.analyst",
        party: "LV",
        roles: &["analyst"],
        clearance: Some(Classification::RestreintUe),
        about: "Latvian CERT analyst; sees the AMBER Baltic exercise",
    },
    DemoUser {
        user: "de.delegate",
        party: "DE",
        roles: &["delegate"],
        clearance: Some(Classification::SecretUe),
        about: "German delegate; does not see the Baltic or RED exercises",
    },
    DemoUser {
        user: "fr.delegate",
        party: "FR",
        roles: &["delegate"],
        clearance: Some(Classification::ConfidentielUe),
        about: "French delegate",
    },
    DemoUser {
        user: "bg.delegate",
        party: "BG",
        roles: &["delegate", "drafter"],
        clearance: Some(Classification::RestreintUe),
        about: "Bulgarian delegate",
    },
    DemoUser {
        user: "fi.delegate",
        party: "FI",
        roles: &["delegate"],
        clearance: Some(Classification::SecretUe),
        about: "Finnish cyber ambassador; named recipient of the RED exercise",
    },
    DemoUser {
        user: "intcen.analyst",
        party: "INTCEN",
        roles: &["analyst"],
        clearance: Some(Classification::SecretUe),
        about: "EU INTCEN analyst; named recipient of the RED exercise",
    },
    DemoUser {
        user: "admin",
        party: "EEAS",
        roles: &["admin"],
        clearance: None,
        about: "Administrator: provisions and disables accounts, reads the audit trail; sees what the EEAS shares without clearance, never RED",
    },
    DemoUser {
        user: "eeas.security",
        party: "EEAS",
        roles: &["security_officer"],
        clearance: Some(Classification::SecretUe),
        about: "EEAS security officer: activates EEAS accounts, grants clearances, resets passwords",
    },
    DemoUser {
        user: "eeas.security2",
        party: "EEAS",
        roles: &["security_officer"],
        clearance: Some(Classification::SecretUe),
        about: "Second EEAS security officer: approves what takes two persons (SECRET UE clearances, password resets, grants of roles, sign-on rules)",
    },
];

/// The demo's published TOTP secrets (RFC 6238; base32, 160 bits) of the accounts that must
/// have a second factor. Published on purpose, like the demo passwords: `entente serve` refuses
/// a data directory whose accounts still carry one
/// ([`crate::user_cmd::accounts_with_demo_second_factor`]).
pub const DEMO_TOTP_SECRETS: &[(&str, &str)] = &[
    ("admin", "ENTENTEDEMOADMINENTENTEDEMOADMIN"),
    ("eeas.security", "ENTENTEDEMOSECURITYONEENTENTEDEM"),
    ("eeas.security2", "ENTENTEDEMOSECURITYTWOENTENTEDEM"),
];

#[derive(Deserialize)]
struct CasesFile {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    title: LocalizedText,
    summary: LocalizedText,
    first_seen: Option<chrono::NaiveDate>,
    last_seen: Option<chrono::NaiveDate>,
    victims: Vec<CaseVictim>,
    status: Status,
    #[serde(default)]
    sources: Vec<SourceRef>,
    marking: String,
    #[serde(default)]
    releasable_to: Vec<String>,
    #[serde(default)]
    recipients: Vec<CaseRecipient>,
}

#[derive(Deserialize)]
struct CaseVictim {
    country: String,
    sector: Option<String>,
}

#[derive(Deserialize)]
struct CaseRecipient {
    party: String,
}

#[derive(Deserialize)]
struct NamedList<T> {
    #[serde(alias = "bodies", alias = "partners", alias = "member_states")]
    items: Vec<T>,
}

#[derive(Deserialize)]
struct NamedParty {
    #[serde(alias = "code", alias = "alpha2", alias = "id")]
    code: String,
    name: serde_json::Value,
    #[serde(default)]
    kind: Option<String>,
}

fn name_of(v: &serde_json::Value) -> LocalizedText {
    let mut t = LocalizedText::new();
    if let Some(m) = v.as_object() {
        for (k, v) in m {
            if let (Ok(l), Some(s)) = (k.parse(), v.as_str()) {
                t.insert(l, s);
            }
        }
    } else if let Some(s) = v.as_str() {
        t.insert(entente_core::Lang::En, s);
    }
    t
}

fn parties_of(text: &str, kind: impl Fn(&NamedParty) -> PartyKind) -> Result<Vec<PartyRegistered>> {
    let list: NamedList<NamedParty> = serde_json::from_str(text)?;
    list.items
        .iter()
        .map(|p| {
            Ok(PartyRegistered {
                id: PartyId::parse(&p.code)?,
                kind: kind(p),
                name: name_of(&p.name),
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct MemberStatesFile {
    member_states: Vec<MemberState>,
}

#[derive(Deserialize)]
struct MemberState {
    alpha2: String,
    name_en: String,
    #[serde(default)]
    names_native: Vec<NativeName>,
}

#[derive(Deserialize)]
struct NativeName {
    lang: String,
    name: String,
}

fn member_states() -> Result<Vec<PartyRegistered>> {
    let file: MemberStatesFile = serde_json::from_str(MEMBER_STATES)?;
    file.member_states
        .into_iter()
        .map(|m| {
            let mut name = LocalizedText::single(entente_core::Lang::En, m.name_en);
            for n in m.names_native {
                if let Ok(l) = n.lang.parse() {
                    name.insert(l, n.name);
                }
            }
            Ok(PartyRegistered {
                id: PartyId::parse(&m.alpha2)?,
                kind: PartyKind::MemberState,
                name,
            })
        })
        .collect()
}

/// The demo user standing for `party` (a contributor, not an administrator), to act as the
/// author of that party's items.
fn author_for(party: &str) -> Viewer {
    let u = DEMO_USERS
        .iter()
        .find(|u| {
            u.party == party && (u.roles.contains(&"delegate") || u.roles.contains(&"analyst"))
        })
        .unwrap_or(&DEMO_USERS[0]);
    Viewer {
        user: UserId::parse(u.user).unwrap_or_else(|_| UserId::system()),
        party: PartyId::parse(u.party).unwrap_or_else(|_| entente_store::log::instance_party()),
        clearance: u.clearance,
        roles: entente_core::account::parse_roles(&u.roles.join(",")).unwrap_or_default(),
    }
}

/// Creates the demo accounts with their published passwords `demo-<user>`. The hashes use
/// the cheap demo Argon2id parameters ([`Strength::Demo`]), computed in parallel, so that the
/// demo starts in well under a second; `entente serve` refuses such a data directory while the
/// `admin` account keeps its demo password.
fn create_accounts(store: &dyn Store, system: &Viewer) -> Result<()> {
    use entente_core::account::{UserCreated, parse_roles};
    use entente_server::password::{self, Strength};
    let hashes: Vec<Result<String, String>> = std::thread::scope(|s| {
        let handles: Vec<_> = DEMO_USERS
            .iter()
            .map(|u| s.spawn(move || password::hash(&format!("demo-{}", u.user), Strength::Demo)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("hashing thread failed".into()))
            })
            .collect()
    });
    for (u, h) in DEMO_USERS.iter().zip(hashes) {
        store.create_user(
            system,
            UserCreated {
                user: UserId::parse(u.user)?,
                party: PartyId::parse(u.party)?,
                roles: parse_roles(&u.roles.join(","))?,
                clearance: u.clearance,
                password_hash: h.map_err(anyhow::Error::msg)?,
            },
        )?;
    }
    // The accounts that must have a second factor get the published demo secrets, enrolled by
    // the operator, so that the demo is usable at once (`entente totp code --secret ...`).
    for (user, secret) in DEMO_TOTP_SECRETS {
        store
            .enable_second_factor(
                system,
                &UserId::parse(user)?,
                (*secret).to_string(),
                None,
                vec![],
            )
            .with_context(|| format!("enrolling the demo second factor of {user}"))?;
    }
    Ok(())
}

/// The parties of the reference data: the 27 Member States, the EU institutions and bodies, and
/// the partners (`data/member-states.json`, `data/eu-bodies.json`, `data/partners.json`).
pub fn reference_parties() -> Result<Vec<PartyRegistered>> {
    let mut parties = member_states().context("data/member-states.json")?;
    parties.extend(parties_of(BODIES, |_| PartyKind::EuBody).context("data/eu-bodies.json")?);
    parties.extend(
        parties_of(PARTNERS, |p| match p.kind.as_deref() {
            Some(k) if k.contains("organisation") || k.contains("organization") => {
                PartyKind::InternationalOrganisation
            }
            _ if p.code.len() == 2 => PartyKind::PartnerState,
            _ => PartyKind::InternationalOrganisation,
        })
        .context("data/partners.json")?,
    );
    Ok(parties)
}

/// Registers the reference parties in a data directory that has none yet (a new instance), so
/// that accounts can be created for them. Returns how many were registered.
pub fn ensure_parties(store: &dyn Store) -> Result<usize> {
    if !store.parties()?.is_empty() {
        return Ok(0);
    }
    let operator = entente_store::system_viewer(entente_store::log::instance_party());
    let parties = reference_parties()?;
    let n = parties.len();
    for p in parties {
        store.register_party(&entente_store::actor_of(&operator), p)?;
    }
    Ok(n)
}

/// Ingests the demo's STIX objects as INTCEN's analyst, TLP:CLEAR, through the same ingest as
/// `entente import`.
fn load_stix(store: &dyn Store) -> Result<()> {
    let file: serde_json::Value = serde_json::from_str(STIX)?;
    let bundle = file
        .get("bundle")
        .context("the file has no \"bundle\"")?
        .to_string();
    let analyst = DEMO_USERS
        .iter()
        .find(|u| u.user == "intcen.analyst")
        .context("the demo user intcen.analyst")?;
    let viewer = Viewer {
        user: UserId::parse(analyst.user)?,
        party: PartyId::parse(analyst.party)?,
        clearance: analyst.clearance,
        roles: entente_core::account::parse_roles(&analyst.roles.join(","))?,
    };
    let report = store.ingest_stix(
        &viewer,
        &mut bundle.as_bytes(),
        &Marking::clear(),
        &mut |_| {},
    )?;
    if !report.rejected.is_empty() {
        bail!(
            "{} STIX object(s) were refused, the first: {:?}",
            report.rejected.len(),
            report.rejected.first()
        );
    }
    Ok(())
}

/// Loads the demo into an empty store. Returns the number of dossiers loaded.
pub fn load(store: &dyn Store, clock: &entente_store::ReplayClock) -> Result<usize> {
    let system = Viewer::operator(entente_store::log::instance_party());
    ensure_parties(store)?;
    create_accounts(store, &system)?;

    let cases: CasesFile = serde_json::from_str(CASES).context("data/demo-cases.json")?;
    for c in &cases.cases {
        let mut marking = Marking::tlp(c.marking.parse::<Tlp>()?);
        marking.releasable_to = c
            .releasable_to
            .iter()
            .map(|p| PartyId::parse(p))
            .collect::<Result<BTreeSet<_>, _>>()?;
        let origin = c
            .releasable_to
            .first()
            .map(String::as_str)
            .unwrap_or("EEAS");
        if marking.tlp == Tlp::Red {
            for r in &c.recipients {
                marking.recipients.insert(author_for(&r.party).user);
            }
        }
        let author = author_for(origin);
        let facts = DossierFacts {
            title: c.title.clone(),
            summary: c.summary.clone(),
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            victims: c
                .victims
                .iter()
                .map(|v| {
                    Ok(Victim {
                        country: PartyId::parse(&v.country)?,
                        sector: v.sector.clone(),
                    })
                })
                .collect::<Result<_, entente_core::Invalid>>()?,
            sources: c.sources.clone(),
        };
        // The demo names its dossiers as the operator does (accounts get ids drawn by the
        // store); the author is the demo user.
        let mut named = author.clone();
        named.roles.insert(entente_core::account::Role::Operator);
        // The public record is replayed on the dates it happened: opened when first seen, moved
        // on when last seen (the events' simulated time; the log keeps the real time too).
        let noon = |d: Option<chrono::NaiveDate>| {
            d.and_then(|d| d.and_hms_opt(12, 0, 0)).map(|t| t.and_utc())
        };
        if c.marking == "CLEAR" {
            store.simulate_at(noon(c.first_seen));
        }
        store
            .create_dossier(&named, Some(&c.id), facts, marking)
            .with_context(|| format!("demo dossier {}", c.id))?;
        if c.marking == "CLEAR" {
            store.simulate_at(noon(c.last_seen.or(c.first_seen)));
        }
        let path: &[Status] = match c.status {
            Status::Detected => &[],
            Status::Assessing => &[Status::Assessing],
            Status::Deliberating => &[Status::Assessing, Status::Deliberating],
            Status::Responded => &[Status::Assessing, Status::Deliberating, Status::Responded],
            Status::Closed => &[
                Status::Assessing,
                Status::Deliberating,
                Status::Responded,
                Status::Closed,
            ],
        };
        for to in path {
            store.transition_dossier(&author, &c.id, *to, None)?;
        }
        store.simulate_at(None);
    }
    if cases.cases.is_empty() {
        bail!("data/demo-cases.json holds no cases");
    }
    crate::demo_procedures::load(store).context("demo procedures and attributions")?;
    crate::demo_sanctions::load(store).context("demo sanctions register")?;
    crate::demo_statements::load(store, clock).context("demo statement and its release")?;
    load_stix(store).context("data/demo-stix.json")?;
    crate::demo_picture::load(store, clock)
        .context("demo evidence, assessments and agreed pictures")?;
    crate::demo_watch::load(store).context("demo of the watch")?;
    crate::demo_taxii::load(store, &system).context("demo STIX objects and TAXII collections")?;
    store.checkpoint()?;
    Ok(cases.cases.len())
}
