//! Issue 5 through the store: evidence with its own markings, assessments submitted and
//! revised per party (never for another party), citations of evidence the submitter cannot see
//! refused like missing ones, proposals and objections with agreement decided by the clock,
//! agreed versions kept and immutable, time travel, and `rebuild` reproducing every
//! projection.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use entente_core::dossier::DossierFacts;
use entente_core::picture::Dimension;
use entente_core::picture::events::{
    AssessmentBody, Credibility, DimensionBody, EvidenceItem, EvidenceKind, FindingBody,
    ProposalStatus, Reliability,
};
use entente_core::{Classification, Lang, LocalizedText, Marking, PartyId, Tlp, UserId, Viewer};
use entente_store::assessments::Submission;
use entente_store::{FixedClock, Options, PictureStore, SqliteStore, Store, StoreError};

/// `who`, naming the dossier's id as the operator does (accounts get ids drawn by the store).
fn named(who: &Viewer) -> Viewer {
    let mut v = who.clone();
    v.roles.insert(entente_core::account::Role::Operator);
    v
}

fn tmp() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(d) = tempfile::tempdir_in(shm)
    {
        return d;
    }
    tempfile::tempdir().unwrap()
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap()
}

fn open(dir: &Path) -> (SqliteStore, Arc<FixedClock>) {
    let clock = Arc::new(FixedClock::new(t0()));
    let store = SqliteStore::open(dir, clock.clone(), Options::default()).unwrap();
    (store, clock)
}

fn viewer(user: &str, party: &str) -> Viewer {
    Viewer {
        user: UserId::parse(user).unwrap(),
        party: PartyId::parse(party).unwrap(),
        clearance: Some(Classification::SecretUe),
        roles: test_roles(&UserId::parse(user).unwrap()),
    }
}

fn de() -> Viewer {
    viewer("de.delegate", "DE")
}
fn fr() -> Viewer {
    viewer("fr.delegate", "FR")
}
fn ee() -> Viewer {
    viewer("ee.delegate", "EE")
}
fn chair() -> Viewer {
    viewer("eeas.chair", "EEAS")
}

fn facts(title: &str) -> DossierFacts {
    DossierFacts {
        title: LocalizedText::single(Lang::En, title),
        summary: LocalizedText::new(),
        first_seen: None,
        last_seen: None,
        victims: vec![],
        sources: vec![],
    }
}

fn dossier(store: &SqliteStore, id: &str) {
    let facts = facts("NotPetya");
    store
        .create_dossier(&named(&chair()), Some(id), facts, Marking::tlp(Tlp::Green))
        .unwrap();
}

fn body(level: u8, evidence: &[&str]) -> AssessmentBody {
    AssessmentBody {
        dimensions: Dimension::ALL
            .iter()
            .map(|d| DimensionBody {
                dimension: d.as_str().into(),
                level: Some(level),
                rationale: format!("{d}: public reporting"),
                evidence: evidence.iter().map(|s| s.to_string()).collect(),
            })
            .collect(),
        confidence: "high".into(),
        significant_effect: vec![FindingBody {
            factor: "a".into(),
            finding: "found".into(),
            rationale: "outages in several Member States".into(),
        }],
        external_threat: vec![],
        judgements: vec![],
        summary: None,
    }
}

fn sub(level: u8) -> Submission {
    Submission {
        body: body(level, &[]),
        version: None,
        marking: None,
    }
}

fn party(p: &str) -> PartyId {
    PartyId::parse(p).unwrap()
}

fn link(title: &str) -> EvidenceItem {
    EvidenceItem {
        kind: EvidenceKind::Link,
        title: title.into(),
        url: Some("https://example.org/report".into()),
        text: None,
        source: Some("CERT-EU".into()),
        reliability: Some(Reliability::B),
        credibility: Some(Credibility::new(2).unwrap()),
        stix_id: None,
    }
}

fn code(e: &StoreError) -> &'static str {
    e.code()
}

#[test]
fn submit_revise_and_the_picture_follows_the_current_versions() {
    let dir = tmp();
    let (store, clock) = open(dir.path());
    dossier(&store, "notpetya");
    let a = store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(2))
        .unwrap();
    assert_eq!(a.version, 1);
    store
        .submit_assessment(&fr(), "notpetya", &party("FR"), sub(3))
        .unwrap();
    store
        .submit_assessment(&ee(), "notpetya", &party("EE"), sub(4))
        .unwrap();
    clock.advance(Duration::minutes(5));
    let a = store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(4))
        .unwrap();
    assert_eq!(a.version, 2);

    let p = store.picture(&fr(), "notpetya", None).unwrap();
    assert_eq!(p.assessments.len(), 3);
    let scope = p.picture.dimension(Dimension::Scope);
    assert_eq!(scope.median.map(|l| l.value()), Some(4));
    assert_eq!(scope.scored_by, 3);
    // FR at 3 is one level from the median: not a dissenter.
    assert!(scope.dissenters.is_empty());

    let versions = store
        .assessment_versions(&fr(), "notpetya", &party("DE"))
        .unwrap();
    assert_eq!(
        versions.iter().map(|v| v.version).collect::<Vec<_>>(),
        vec![1, 2]
    );
}

#[test]
fn a_party_never_assesses_for_another() {
    let dir = tmp();
    let (store, _) = open(dir.path());
    dossier(&store, "notpetya");
    let e = store
        .submit_assessment(&de(), "notpetya", &party("FR"), sub(2))
        .unwrap_err();
    assert_eq!(code(&e), "forbidden");
    let msg = e.to_string();
    assert!(msg.contains("DE") && msg.contains("FR"), "{msg}");
    assert!(
        store
            .assessments(&fr(), "notpetya", None)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn invalid_assessments_name_the_dimension() {
    let dir = tmp();
    let (store, _) = open(dir.path());
    dossier(&store, "notpetya");
    let mut s = sub(5);
    s.body.dimensions.retain(|d| d.dimension != "impact");
    let e = store
        .submit_assessment(&de(), "notpetya", &party("DE"), s)
        .unwrap_err();
    assert_eq!(code(&e), "assessment.level_out_of_scale");
    let msg = e.to_string();
    assert!(
        msg.contains("dimensions.scope: level 5 is outside the scale 0-4"),
        "{msg}"
    );
    assert!(msg.contains("dimensions.impact: missing"), "{msg}");
}

#[test]
fn citing_invisible_evidence_reads_like_a_missing_id() {
    let dir = tmp();
    let (store, _) = open(dir.path());
    dossier(&store, "notpetya");
    let shared = store
        .add_evidence(&de(), "notpetya", link("Public report"), None)
        .unwrap();
    // Ids are drawn at random (F17: they reveal neither order nor hidden items).
    assert!(
        shared.id.starts_with("ev-") && shared.id.len() == 11,
        "{}",
        shared.id
    );
    assert_eq!(shared.marking.tlp, Tlp::Green);
    let e1 = shared.id.clone();
    // FR's own AMBER item: FR only.
    let private = store
        .add_evidence(
            &fr(),
            "notpetya",
            link("FR national report"),
            Some(Marking::tlp(Tlp::Amber)),
        )
        .unwrap();
    let e2 = private.id.clone();
    assert_ne!(e1, e2);
    // Reads filter: DE sees ev-1 only, FR both.
    let ids = |v: &Viewer| -> Vec<String> {
        store
            .evidence(v, "notpetya")
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect()
    };
    assert_eq!(ids(&de()), vec![e1.clone()]);
    assert_eq!(ids(&fr()), vec![e1.clone(), e2.clone()]);

    let cite = |v: &Viewer, p: &str, ev: &str| {
        store.submit_assessment(
            v,
            "notpetya",
            &party(p),
            Submission {
                body: body(2, &[ev]),
                version: None,
                marking: None,
            },
        )
    };
    let invisible = cite(&de(), "DE", &e2).unwrap_err();
    let missing = cite(&de(), "DE", "ev-99999999").unwrap_err();
    assert_eq!(code(&invisible), "assessment.unknown_evidence");
    assert_eq!(
        invisible.to_string().replace(&e2, "ev-X"),
        missing.to_string().replace("ev-99999999", "ev-X")
    );
    cite(&de(), "DE", &e1).unwrap();
    cite(&fr(), "FR", &e2).unwrap();
    // DE's picture does not count FR's private item; FR's does.
    let n = |v: &Viewer| {
        store
            .picture(v, "notpetya", None)
            .unwrap()
            .picture
            .evidence_items
    };
    assert_eq!(n(&de()), 1);
    assert_eq!(n(&fr()), 2);

    // Withdrawn evidence cannot be cited again; only its party may withdraw it.
    assert_eq!(
        code(
            &store
                .withdraw_evidence(&fr(), "notpetya", &e1, None)
                .unwrap_err()
        ),
        "forbidden"
    );
    let w = store
        .withdraw_evidence(&de(), "notpetya", &e1, Some("superseded".into()))
        .unwrap();
    assert!(w.withdrawn.is_some());
    assert_eq!(
        code(&cite(&de(), "DE", &e1).unwrap_err()),
        "assessment.withdrawn_evidence"
    );
    // F17: FR's assessment cites its own item; DE reads FR's assessment without the id.
    let fr_for_de = store
        .assessments(&de(), "notpetya", None)
        .unwrap()
        .into_iter()
        .find(|a| a.party.as_str() == "FR")
        .unwrap();
    assert!(
        fr_for_de
            .body
            .dimensions
            .iter()
            .all(|d| !d.evidence.contains(&e2)),
        "DE must not learn the id of FR's hidden evidence"
    );
    let fr_for_fr = store
        .assessments(&fr(), "notpetya", None)
        .unwrap()
        .into_iter()
        .find(|a| a.party.as_str() == "FR")
        .unwrap();
    assert!(
        fr_for_fr
            .body
            .dimensions
            .iter()
            .any(|d| d.evidence.contains(&e2))
    );
}

#[test]
fn stricter_assessment_is_hidden_and_never_proposed() {
    let dir = tmp();
    let (store, _) = open(dir.path());
    dossier(&store, "notpetya");
    store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(2))
        .unwrap();
    let mut s = sub(4);
    s.marking = Some(Marking::tlp(Tlp::Amber));
    store
        .submit_assessment(&fr(), "notpetya", &party("FR"), s)
        .unwrap();
    let parties = |v: &Viewer| -> Vec<String> {
        store
            .picture(v, "notpetya", None)
            .unwrap()
            .picture
            .parties
            .iter()
            .map(|p| p.to_string())
            .collect()
    };
    assert_eq!(parties(&de()), vec!["DE"]);
    assert_eq!(parties(&fr()), vec!["DE", "FR"]);
    let p = store
        .propose_picture(&chair(), "notpetya", t0() + Duration::hours(1), None)
        .unwrap();
    assert_eq!(p.assessments.len(), 1);
    assert_eq!(p.assessments[0].party.as_str(), "DE");
}

#[test]
fn agreement_after_a_silent_window_and_agreed_versions_are_kept() {
    let dir = tmp();
    let (store, clock) = open(dir.path());
    dossier(&store, "notpetya");
    store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(2))
        .unwrap();
    store
        .submit_assessment(&fr(), "notpetya", &party("FR"), sub(2))
        .unwrap();

    // Only the chair proposes; the deadline must leave a window.
    assert_eq!(
        code(
            &store
                .propose_picture(&de(), "notpetya", t0() + Duration::hours(1), None)
                .unwrap_err()
        ),
        "forbidden"
    );
    assert_eq!(
        code(
            &store
                .propose_picture(&chair(), "notpetya", t0(), None)
                .unwrap_err()
        ),
        "invalid_input"
    );
    let p1 = store
        .propose_picture(&chair(), "notpetya", t0() + Duration::hours(24), None)
        .unwrap();
    assert_eq!(p1.number, 1);
    assert_eq!(p1.status, ProposalStatus::Open);
    assert_eq!(
        code(
            &store
                .propose_picture(&chair(), "notpetya", t0() + Duration::hours(48), None)
                .unwrap_err()
        ),
        "picture.proposal_open"
    );
    // An objection for another party is refused, naming both.
    let e = store
        .object_to_picture(&de(), "notpetya", 1, &party("FR"), "no".into())
        .unwrap_err();
    assert_eq!(code(&e), "forbidden");
    assert!(e.to_string().contains("DE") && e.to_string().contains("FR"));
    assert!(
        store
            .agreed_pictures(&de(), "notpetya", None)
            .unwrap()
            .is_empty()
    );

    // The window passes in silence: agreed at the deadline, without any new event.
    clock.advance(Duration::hours(24));
    let agreed = store.agreed_pictures(&de(), "notpetya", None).unwrap();
    assert_eq!(agreed.len(), 1);
    assert_eq!(
        agreed[0].proposal.agreed_at.as_deref(),
        Some("2026-11-23T09:00:00.000000Z")
    );
    assert_eq!(
        agreed[0]
            .picture
            .dimension(Dimension::Impact)
            .median
            .map(|l| l.value()),
        Some(2)
    );
    assert_eq!(
        code(
            &store
                .object_to_picture(&fr(), "notpetya", 1, &party("FR"), "late".into())
                .unwrap_err()
        ),
        "picture.window_closed"
    );

    // Agreed versions are immutable: rewriting DE v1 is refused; v2 is a new version.
    let mut again = sub(3);
    again.version = Some(1);
    let e = store
        .submit_assessment(&de(), "notpetya", &party("DE"), again)
        .unwrap_err();
    assert_eq!(code(&e), "assessment.agreed_version");
    assert!(e.to_string().contains("submit version 2"), "{e}");
    let v2 = store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(4))
        .unwrap();
    assert_eq!(v2.version, 2);
    assert!(v2.agreed_in.is_empty());

    // A second proposal, objected to: not agreed; the first agreed version stays.
    clock.advance(Duration::hours(1));
    let p2 = store
        .propose_picture(
            &chair(),
            "notpetya",
            clock_now(&clock) + Duration::hours(2),
            None,
        )
        .unwrap();
    assert_eq!(p2.number, 2);
    let p2 = store
        .object_to_picture(
            &fr(),
            "notpetya",
            2,
            &party("FR"),
            "DE's v2 overstates the impact".into(),
        )
        .unwrap();
    assert_eq!(p2.status, ProposalStatus::Objected);
    assert_eq!(
        code(
            &store
                .object_to_picture(&fr(), "notpetya", 2, &party("FR"), "again".into())
                .unwrap_err()
        ),
        "picture.already_objected"
    );
    clock.advance(Duration::hours(3));
    let agreed = store.agreed_pictures(&fr(), "notpetya", None).unwrap();
    assert_eq!(agreed.len(), 1);
    assert_eq!(agreed[0].proposal.number, 1);
    // The agreed picture is of the versions it fixed (DE v1 at 2), not of DE's v2.
    assert_eq!(
        agreed[0]
            .picture
            .dimension(Dimension::Scope)
            .median
            .map(|l| l.value()),
        Some(2)
    );
    let pic = store.picture(&fr(), "notpetya", None).unwrap();
    assert_eq!(pic.proposals.len(), 2);
    assert_eq!(pic.agreed.len(), 1);
    let de_v1 = store
        .assessment_versions(&fr(), "notpetya", &party("DE"))
        .unwrap();
    assert_eq!(de_v1[0].agreed_in, vec![1]);
}

fn clock_now(c: &FixedClock) -> DateTime<Utc> {
    entente_store::Clock::now(c)
}

#[test]
fn time_travel_returns_the_earlier_picture() {
    let dir = tmp();
    let (store, clock) = open(dir.path());
    dossier(&store, "notpetya");
    store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(1))
        .unwrap();
    let before = t0() + Duration::minutes(30);
    clock.advance(Duration::hours(1));
    store
        .submit_assessment(&de(), "notpetya", &party("DE"), sub(4))
        .unwrap();
    store
        .submit_assessment(&fr(), "notpetya", &party("FR"), sub(4))
        .unwrap();
    let then = store.picture(&ee(), "notpetya", Some(before)).unwrap();
    assert_eq!(then.assessments.len(), 1);
    assert_eq!(then.assessments[0].version, 1);
    assert_eq!(
        then.picture
            .dimension(Dimension::Scope)
            .median
            .map(|l| l.value()),
        Some(1)
    );
    let now = store.picture(&ee(), "notpetya", None).unwrap();
    assert_eq!(
        now.picture
            .dimension(Dimension::Scope)
            .median
            .map(|l| l.value()),
        Some(4)
    );
    // Before anything was submitted: an empty picture, no severity.
    let empty = store
        .picture(&ee(), "notpetya", Some(t0() - Duration::days(1)))
        .unwrap();
    assert!(empty.assessments.is_empty());
    assert!(empty.picture.severity.is_none());
}

#[test]
fn invisible_dossier_is_not_found() {
    let dir = tmp();
    let (store, _) = open(dir.path());
    let facts = facts("Baltic exercise");
    let mut m = Marking::tlp(Tlp::Amber);
    m.releasable_to.insert(party("EE"));
    store
        .create_dossier(&named(&ee()), Some("baltic"), facts, m)
        .unwrap();
    for e in [
        store.picture(&de(), "baltic", None).unwrap_err(),
        store.evidence(&de(), "baltic").unwrap_err(),
        store
            .submit_assessment(&de(), "baltic", &party("DE"), sub(1))
            .unwrap_err(),
        store.picture(&de(), "nothing", None).unwrap_err(),
    ] {
        assert_eq!(code(&e), "not_found");
    }
    store
        .submit_assessment(&ee(), "baltic", &party("EE"), sub(1))
        .unwrap();
}

#[test]
fn rebuild_reproduces_every_projection() {
    let dir = tmp();
    {
        let (store, clock) = open(dir.path());
        dossier(&store, "notpetya");
        store
            .add_evidence(&de(), "notpetya", link("Public report"), None)
            .unwrap();
        let fr_item = store
            .add_evidence(
                &fr(),
                "notpetya",
                link("FR"),
                Some(Marking::tlp(Tlp::Amber)),
            )
            .unwrap();
        store
            .withdraw_evidence(&fr(), "notpetya", &fr_item.id, None)
            .unwrap();
        store
            .submit_assessment(&de(), "notpetya", &party("DE"), sub(2))
            .unwrap();
        store
            .submit_assessment(&fr(), "notpetya", &party("FR"), sub(3))
            .unwrap();
        store
            .propose_picture(&chair(), "notpetya", t0() + Duration::hours(1), None)
            .unwrap();
        store
            .object_to_picture(&fr(), "notpetya", 1, &party("FR"), "not yet".into())
            .unwrap();
        clock.advance(Duration::hours(2));
        store
            .propose_picture(
                &chair(),
                "notpetya",
                t0() + Duration::hours(3),
                Some("second".into()),
            )
            .unwrap();
    }
    let r = entente_store::rebuild(dir.path(), |_, _| {}).unwrap();
    assert!(r.differing.is_empty(), "{:?}", r.differing);
    assert!(r.events >= 9);
}

/// The roles a test account holds, from its name: chairs chair (and speak as delegates),
/// analysts analyse, delegates speak for their party; anyone else does both of the latter.
fn test_roles(user: &UserId) -> std::collections::BTreeSet<entente_core::account::Role> {
    use entente_core::account::Role;
    let u = user.as_str();
    if u.contains("chair") {
        [Role::Chair, Role::Delegate].into()
    } else if u.contains("analyst") {
        [Role::Analyst].into()
    } else if u.contains("delegate") {
        [Role::Delegate].into()
    } else {
        [Role::Delegate, Role::Analyst].into()
    }
}
