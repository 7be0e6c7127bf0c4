//! Demo data for issue 7: the public record of EU decisions entered as closed procedures
//! (reconstructions, and they say so), national attributions on record with the statement
//! they were reported in, a joint attribution linked to the procedure that adopted it, one
//! open procedure on the fictional `exercise-baltic-grid` dossier for a delegate to vote on,
//! and (issue 12) an open qualified-majority exercise whose outcome is computed with an older
//! Annex III table: the demo runs in a year whose table entente does not ship, so the outcome
//! says which table it used, that it is not the one in force, and how close the vote is.
//!
//! Reconstructions: the Official Journal records that the Council adopted each act; the
//! positions of the Member States in CFSP written procedures are not published, so every
//! participant is entered as `for` (unanimity needs no vote against) and the time of day,
//! not on record, is entered as 12:00 UTC.

use anyhow::{Context, Result};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use entente_core::procedure::record::{AttributedActor, Subject};
use entente_core::{Lang, LocalizedText, Marking, PartyId, UserId, Viewer};
use entente_store::Store;
use entente_store::attributions::NewAttribution;
use entente_store::procedures::{HistoricPosition, OpenProcedure};

/// The demo acts as the operator entering the public record (historic procedures, the
/// attributions of parties without a demo account), and as the demo user `user` with that
/// account's roles besides.
fn viewer(party: &str, user: Option<&str>) -> Result<Viewer> {
    let mut v = entente_store::system_viewer(PartyId::parse(party)?);
    if let Some(u) = user {
        v.user = UserId::parse(u)?;
        if let Some(d) = crate::demo::DEMO_USERS.iter().find(|d| d.user == u) {
            v.roles
                .extend(entente_core::account::parse_roles(&d.roles.join(","))?);
            v.clearance = d.clearance;
        }
    }
    Ok(v)
}

fn noon(y: i32, m: u32, d: u32) -> Result<DateTime<Utc>> {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0)
        .single()
        .context("a valid date")
}

fn all_for() -> Vec<HistoricPosition> {
    entente_core::reference::member_states()
        .iter()
        .map(|s| HistoricPosition {
            party: s.alpha2.clone(),
            position: "for".into(),
            declaration: None,
        })
        .collect()
}

struct Historic {
    dossier: &'static str,
    measures: &'static [&'static str],
    rule: &'static str,
    date: (i32, u32, u32),
    act: &'static str,
}

const HISTORIC: &[Historic] = &[
    Historic {
        dossier: "wannacry-2017",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2020, 7, 30),
        act: "Council Decision (CFSP) 2020/1127 and Implementing Regulation (EU) 2020/1125 (OJ L 246, 30.7.2020), first listings under the cyber sanctions regime",
    },
    Historic {
        dossier: "notpetya-2017",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2020, 7, 30),
        act: "Council Decision (CFSP) 2020/1127 and Implementing Regulation (EU) 2020/1125 (OJ L 246, 30.7.2020), first listings under the cyber sanctions regime",
    },
    Historic {
        dossier: "cloud-hopper",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2020, 7, 30),
        act: "Council Decision (CFSP) 2020/1127 and Implementing Regulation (EU) 2020/1125 (OJ L 246, 30.7.2020), first listings under the cyber sanctions regime",
    },
    Historic {
        dossier: "opcw-2018",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2020, 7, 30),
        act: "Council Decision (CFSP) 2020/1127 and Implementing Regulation (EU) 2020/1125 (OJ L 246, 30.7.2020), first listings under the cyber sanctions regime",
    },
    Historic {
        dossier: "bundestag-2015",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2020, 10, 22),
        act: "Council Decision (CFSP) 2020/1537 and Implementing Regulation (EU) 2020/1536 (OJ L 351I, 22.10.2020)",
    },
    Historic {
        dossier: "callisto-conti-2024",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2024, 6, 24),
        act: "Council Decision (CFSP) 2024/1779 and Implementing Regulation (EU) 2024/1778",
    },
    Historic {
        dossier: "estonia-gru-2020",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2025, 1, 27),
        act: "Council Implementing Regulation (EU) 2025/173 (OJ L, 2025/173, 27.1.2025) and the CFSP decision of the same day (number not on record here)",
    },
    Historic {
        dossier: "isoon-flax-emennet-2026",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2026, 3, 16),
        act: "the listings of 16 March 2026 under Decision (CFSP) 2019/797 and Regulation (EU) 2019/796 (act numbers not on record here; Annex I entries A18-A19, B5-B7)",
    },
    Historic {
        dossier: "bulletproof-hacktivists-2026",
        measures: &["restrictive-listing"],
        rule: "unanimity",
        date: (2026, 7, 13),
        act: "the listings of 13 July 2026 under Decision (CFSP) 2019/797 and Regulation (EU) 2019/796 (act numbers not on record here; Annex I entries A20-A27, B8-B11, known from one transcription of the consolidated text)",
    },
    Historic {
        dossier: "viasat-2022",
        measures: &["eu-declaration"],
        rule: "silence",
        date: (2022, 5, 10),
        act: "Declaration by the High Representative on behalf of the European Union condemning the Russian cyber-attack against Ukraine (10 May 2022)",
    },
];

struct OnRecord {
    dossier: &'static str,
    party: &'static str,
    actor: &'static str,
    term: &'static str,
    basis: &'static [&'static str],
    date: (i32, u32, u32),
    url: &'static str,
    note: &'static str,
}

/// National attributions as reported at the time; the URL is the report cited.
const ATTRIBUTIONS: &[OnRecord] = &[
    OnRecord {
        dossier: "notpetya-2017",
        party: "GB",
        actor: "Russian Federation (the Russian military)",
        term: "almost_certain",
        basis: &["technical", "political"],
        date: (2018, 2, 15),
        url: "https://securityaffairs.com/69122/malware/uk-blames-russia-notpetya.html",
        note: "Foreign Office Minister Lord Ahmad attributed NotPetya to the Russian Government, specifically the Russian military; the NCSC judged it 'almost certainly' responsible. Confidence level not published (entered as high because the statement was made as a government judgement).",
    },
    OnRecord {
        dossier: "notpetya-2017",
        party: "US",
        actor: "Russian Federation (the Russian military)",
        term: "almost_certain",
        basis: &["political"],
        date: (2018, 2, 15),
        url: "https://dig.watch/updates/uk-and-us-blame-russia-notpetya-ransomware",
        note: "White House press secretary statement of 15 February 2018, made as a statement of fact (no estimative term published; entered as almost_certain). Confidence not published (entered as high).",
    },
    OnRecord {
        dossier: "bundestag-2015",
        party: "DE",
        actor: "Russian Federation (GRU, APT28)",
        term: "very_likely",
        basis: &["technical", "political"],
        date: (2020, 5, 28),
        url: "http://uawire.org/russian-ambassador-summoned-to-german-foreign-ministry-over-hacker-attack-on-bundestag",
        note: "The Federal Foreign Office summoned the Russian ambassador, citing credible evidence that the suspect named in the arrest warrant of 5 May 2020 belonged to the GRU at the time; no ICD 203 term was published (entered as very_likely); confidence not published (entered as high).",
    },
    OnRecord {
        dossier: "estonia-gru-2020",
        party: "EE",
        actor: "Russian Federation (GRU unit 29155)",
        term: "almost_certain",
        basis: &["technical", "political"],
        date: (2024, 9, 6),
        url: "https://news.postimees.ee/8091429/estonia-names-russia-s-military-intelligence-in-first-ever-attribution-of-cyberattacks",
        note: "Estonia's first public attribution of cyber-attacks, naming Russia's military intelligence; no estimative term published (entered as almost_certain); confidence not published (entered as high).",
    },
];

fn text(s: &str) -> LocalizedText {
    LocalizedText::single(Lang::En, s)
}

/// Loads the procedures, attributions and the open exercise procedure. Dossiers missing from
/// the demo cases are skipped.
pub fn load(store: &dyn Store) -> Result<()> {
    let chair = viewer("EEAS", Some("eeas.chair"))?;
    for h in HISTORIC {
        if store.dossier(&chair, h.dossier)?.is_none() {
            continue;
        }
        // Replayed on the day the Council decided.
        store.simulate_at(Some(noon(h.date.0, h.date.1, h.date.2)?));
        let package = store
            .assemble_package(
                &chair,
                h.dossier,
                h.measures.iter().map(|m| m.to_string()).collect(),
                Some(format!("The measure the Union actually took: {}.", h.act)),
            )
            .with_context(|| format!("demo package on {}", h.dossier))?;
        let (y, m, d) = h.date;
        let req = OpenProcedure {
            subject: Subject::Package {
                package: package.id,
            },
            rule: Some(h.rule.into()),
            deadline: noon(y, m, d)?,
            participants: None,
            population: None,
            note: Some(format!(
                "Reconstruction from the public record, not a record of the actual procedure: {}. The act is published as adopted; {}",
                h.act,
                if h.rule == "silence" {
                    "no objection is on record."
                } else {
                    "the positions of the Member States are not published, so all 27 are entered as for, and the time of day (not on record) as 12:00 UTC."
                }
            )),
        };
        let positions = if h.rule == "silence" {
            Vec::new()
        } else {
            all_for()
        };
        let p = store
            .record_concluded_procedure(&chair, h.dossier, req, positions, noon(y, m, d)?)
            .with_context(|| format!("demo procedure on {}", h.dossier))?;
        if h.dossier == "viasat-2022" && p.outcome.outcome.adopted {
            store
                .record_attribution(
                    &chair,
                    h.dossier,
                    NewAttribution {
                        party: Some("EU".into()),
                        actor: AttributedActor::State {
                            name: "Russian Federation".into(),
                        },
                        term: "almost_certain".into(),
                        confidence: "high".into(),
                        basis: vec!["political".into()],
                        public: true,
                        date: NaiveDate::from_ymd_opt(2022, 5, 10).context("date")?,
                        statement_url: Some(
                            "https://en.interfax.com.ua/news/general/831068.html".into(),
                        ),
                        marking: None,
                        joint: true,
                        procedure: Some(p.id.clone()),
                        note: Some(
                            "Joint attribution: the EU and its Member States condemned the cyber-attack against the KA-SAT network, which they said the Russian Federation carried out on 24 February 2022 (reported by Interfax-Ukraine). Estimative term and confidence are not published; entered as almost_certain and high.".into(),
                        ),
                    },
                )
                .context("demo joint attribution on viasat-2022")?;
        }
    }

    store.simulate_at(None);
    for a in ATTRIBUTIONS {
        let recorder = viewer(a.party, None)?;
        if store.dossier(&recorder, a.dossier)?.is_none() {
            continue;
        }
        let (y, m, d) = a.date;
        store.simulate_at(Some(noon(y, m, d)?));
        store
            .record_attribution(
                &recorder,
                a.dossier,
                NewAttribution {
                    party: None,
                    actor: AttributedActor::State {
                        name: a.actor.into(),
                    },
                    term: a.term.into(),
                    confidence: "high".into(),
                    basis: a.basis.iter().map(|b| b.to_string()).collect(),
                    public: true,
                    date: NaiveDate::from_ymd_opt(y, m, d).context("date")?,
                    statement_url: Some(a.url.into()),
                    marking: None,
                    joint: false,
                    procedure: None,
                    note: Some(format!("Entered from the public record. {}", a.note)),
                },
            )
            .with_context(|| format!("demo attribution by {} on {}", a.party, a.dossier))?;
    }

    store.simulate_at(None);
    open_exercise(store)?;
    open_qmv_exercise(store)
}

/// Positions of the qualified-majority exercise: DE, FR, HR and MT against (four members, so
/// the qualified majority is not deemed attained), everyone else in favour: about 65.2 % of
/// the population with the 2024 table, close to the 65 % of Art. 16(4) TEU.
const QMV_AGAINST: [&str; 4] = ["DE", "FR", "HR", "MT"];

/// An open qualified-majority procedure (Art. 31(2) TEU, second indent: a decision implementing
/// a decision defining a Union position) on a public dossier, with the exercise positions of
/// all 27 entered by the demo loader acting for each delegation. It is computed with the
/// Annex III table in force when it opens, or the nearest one: the outcome names it.
fn open_qmv_exercise(store: &dyn Store) -> Result<()> {
    const ID: &str = "bulletproof-hacktivists-2026";
    let chair = viewer("EEAS", Some("eeas.chair"))?;
    if store.dossier(&chair, ID)?.is_none() {
        return Ok(());
    }
    let deadline = store.now() + Duration::days(5);
    let p = store
        .open_procedure(
            &chair,
            ID,
            OpenProcedure {
                subject: Subject::Text {
                    text: text(
                        "EXERCISE (fictional). Draft Council Decision implementing the Council's position on the cyber-attacks of the bulletproof hosters and hacktivist groups, adopted by qualified majority (Art. 31(2) TEU, second indent: a decision implementing a decision defining a Union position). Not an act of the Council.",
                    ),
                },
                rule: Some("qmv".into()),
                deadline,
                participants: None,
                population: None,
                note: Some("Exercise procedure: the positions of the 27 are invented for the demo and entered by the demo loader for each delegation. The outcome is computed with the Annex III table in force when the procedure opened, or the nearest one; see its note and robustness line.".into()),
            },
        )
        .context("demo qmv procedure")?;
    for s in entente_core::reference::member_states() {
        let mut delegate = viewer(&s.alpha2, None)?;
        delegate.user = UserId::parse(&format!("{}.exercise", s.alpha2.to_lowercase()))?;
        delegate.roles = [entente_core::account::Role::Delegate].into();
        let position = if QMV_AGAINST.contains(&s.alpha2.as_str()) {
            "against"
        } else {
            "for"
        };
        store
            .record_position(
                &delegate,
                &p.id,
                &s.alpha2,
                entente_store::procedures::PositionInput {
                    position: position.into(),
                    declaration: None,
                },
            )
            .with_context(|| format!("demo exercise position of {}", s.alpha2))?;
    }
    Ok(())
}

/// One open procedure on the fictional Baltic exercise: the Estonian delegate shares the
/// dossier with the EEAS (so that the chair can run the procedure), and the chair opens a
/// unanimity procedure among the four affected states on a draft declaration, closing three
/// days after the demo starts.
fn open_exercise(store: &dyn Store) -> Result<()> {
    const ID: &str = "exercise-baltic-grid";
    let ee = viewer("EE", Some("ee.delegate"))?;
    let Some(d) = store.dossier(&ee, ID)? else {
        return Ok(());
    };
    let mut marking: Marking = d.marking.clone();
    if marking.releasable_to.insert(PartyId::parse("EEAS")?) {
        store.mark_dossier(&ee, ID, marking)?;
    }
    let chair = viewer("EEAS", Some("eeas.chair"))?;
    let deadline = store.now() + Duration::days(3);
    store
        .open_procedure(
            &chair,
            ID,
            OpenProcedure {
                subject: Subject::Text {
                    text: text(
                        "EXERCISE (fictional). Draft declaration by the High Representative on behalf of the European Union on the coordinated cyber-attacks against electricity transmission system operators in Estonia, Latvia, Lithuania and Poland. For the exercise, participation is limited to the four affected Member States (Art. 238(3) TFEU modelled as a subset).",
                    ),
                },
                rule: Some("unanimity".into()),
                deadline,
                participants: Some(vec!["EE".into(), "LV".into(), "LT".into(), "PL".into()]),
                population: None,
                note: Some("Exercise procedure: record your party's position and watch the tally.".into()),
            },
        )
        .context("demo open procedure on exercise-baltic-grid")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use entente_store::procedure_store::Procedures;
    use entente_store::{Options, ReplayClock, SqliteStore};

    use super::*;

    /// The demo's qualified-majority exercise, loaded after 2024 (no later table shipped): computed
    /// with the 2024 table, said not to be the one in force, and close to 65 %.
    #[test]
    fn the_qmv_exercise_uses_an_older_table_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(ReplayClock::behind(Duration::hours(1)));
        let store = SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap();
        crate::demo::load(&store, &clock).unwrap();
        let chair = viewer("EEAS", Some("eeas.chair")).unwrap();
        let procedures = store
            .procedures(&chair, "bulletproof-hacktivists-2026")
            .unwrap();
        let p = procedures.iter().find(|p| p.rule == "qmv").unwrap();
        assert_eq!(p.state, "open");
        let o = &p.outcome.outcome;
        assert_eq!(o.status, "adopted", "{}", o.explanation);
        let t = o.table.as_ref().unwrap();
        let year = u16::try_from(chrono::Datelike::year(&store.now())).unwrap();
        assert_eq!((t.year, t.year_in_force, t.in_force), (2024, year, false));
        assert!(t.note.contains("entente reference population import FILE"));
        let rb = o.robustness.as_ref().unwrap();
        assert!(!rb.holds, "65.2 % is within a ±2 % revision of 65 %");
        assert_eq!(rb.verdict, "close: check with the table in force");
    }
}
