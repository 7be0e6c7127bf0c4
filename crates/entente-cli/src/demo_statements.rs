//! Demo data for statements: on the fictional `exercise-baltic-grid` dossier, the EEAS drafts a
//! declaration by the High Representative from the template, revises it, has it translated into
//! French and German (and Bulgarian, left as a draft), verified, adopted by silence procedure,
//! embargoed and released in the three verified languages at one moment; Estonia echoes it with
//! a national statement. Every text says that it is an exercise. The replay clock moves past the
//! silence deadline and the embargo instead of waiting for them.

use anyhow::{Context, Result};
use chrono::Duration;
use entente_core::procedure::record::Subject;
use entente_core::{Lang, PartyId, UserId, Viewer};
use entente_store::Store;
use entente_store::procedures::OpenProcedure;
use entente_store::statements::{NewStatement, TranslationInput};

const DOSSIER: &str = "exercise-baltic-grid";

fn demo_user(user: &str) -> Result<Viewer> {
    let d = crate::demo::DEMO_USERS
        .iter()
        .find(|d| d.user == user)
        .with_context(|| format!("demo user {user}"))?;
    Ok(Viewer {
        user: UserId::parse(d.user)?,
        party: PartyId::parse(d.party)?,
        clearance: d.clearance,
        roles: entente_core::account::parse_roles(&d.roles.join(","))?,
    })
}

const TITLE_EN: &str = "EXERCISE: Declaration by the High Representative on behalf of the European Union on the cyber-attacks against electricity transmission system operators in the Baltic region";
const V1_EN: &str = "1. EXERCISE (fictional scenario). The European Union and its Member States express their serious concern about the malicious cyber activity against electricity transmission system operators in Estonia, Latvia, Lithuania and Poland.\n\n2. Such behaviour runs counter to the norms of responsible State behaviour in cyberspace.\n\n3. The European Union stands in solidarity with the affected Member States.";
const V2_EN: &str = "1. EXERCISE (fictional scenario). The European Union and its Member States strongly condemn the malicious cyber activity against electricity transmission system operators in Estonia, Latvia, Lithuania and Poland, which disrupted the supply of electricity to households and hospitals.\n\n2. Such behaviour runs counter to international law and to the norms of responsible State behaviour in cyberspace endorsed by all United Nations Member States.\n\n3. The European Union stands in solidarity with the affected Member States and will make use of all the measures of the Framework for a Joint EU Diplomatic Response to Malicious Cyber Activities to prevent, discourage, deter and respond to such behaviour.";
const TITLE_FR: &str = "EXERCICE : Déclaration du haut représentant, au nom de l'Union européenne, concernant les cyberattaques contre des gestionnaires de réseau de transport d'électricité dans la région de la Baltique";
const V2_FR: &str = "1. EXERCICE (scénario fictif). L'Union européenne et ses États membres condamnent fermement les cyberactivités malveillantes dirigées contre des gestionnaires de réseau de transport d'électricité en Estonie, en Lettonie, en Lituanie et en Pologne, qui ont perturbé l'approvisionnement en électricité de ménages et d'hôpitaux.\n\n2. De tels agissements sont contraires au droit international et aux normes de comportement responsable des États dans le cyberespace approuvées par tous les États membres des Nations unies.\n\n3. L'Union européenne se tient aux côtés des États membres touchés et fera usage de toutes les mesures du cadre pour une réponse diplomatique conjointe de l'UE face aux actes de cybermalveillance afin de prévenir, de décourager, de dissuader de tels agissements et d'y réagir.";
const TITLE_DE: &str = "ÜBUNG: Erklärung des Hohen Vertreters im Namen der Europäischen Union zu den Cyberangriffen auf Übertragungsnetzbetreiber im Ostseeraum";
const V2_DE: &str = "1. ÜBUNG (fiktives Szenario). Die Europäische Union und ihre Mitgliedstaaten verurteilen entschieden die böswilligen Cyberaktivitäten gegen Übertragungsnetzbetreiber in Estland, Lettland, Litauen und Polen, die die Stromversorgung von Haushalten und Krankenhäusern gestört haben.\n\n2. Ein solches Verhalten verstößt gegen das Völkerrecht und gegen die von allen Mitgliedstaaten der Vereinten Nationen gebilligten Normen für verantwortungsvolles staatliches Handeln im Cyberraum.\n\n3. Die Europäische Union steht solidarisch an der Seite der betroffenen Mitgliedstaaten und wird alle Maßnahmen des Rahmens für eine gemeinsame diplomatische Reaktion der EU auf böswillige Cyberaktivitäten nutzen, um solches Verhalten zu verhüten, davon abzuhalten, abzuschrecken und darauf zu reagieren.";
const TITLE_BG: &str = "УЧЕНИЕ: Декларация на върховния представител от името на Европейския съюз относно кибератаките срещу операторите на преносни системи за електроенергия в региона на Балтийско море";
const V2_BG: &str = "1. УЧЕНИЕ (измислен сценарий). Европейският съюз и неговите държави членки решително осъждат злонамерените кибердейности срещу операторите на преносни системи за електроенергия в Естония, Латвия, Литва и Полша.";
const TITLE_ET: &str = "ÕPPUS: Eesti välisministeeriumi avaldus küberrünnakute kohta Läänemere piirkonna elektri põhivõrguettevõtjate vastu";
const TEXT_ET: &str = "ÕPPUS (väljamõeldud stsenaarium). Eesti toetab täielikult kõrge esindaja täna Euroopa Liidu nimel avaldatud deklaratsiooni.\n\nEesti jätkab koostööd oma partneritega Euroopa Liidus, et sellisele käitumisele vastata.";

/// Loads the demo statement and its echo. Skips when the exercise dossier is not there.
pub fn load(store: &dyn Store, clock: &entente_store::ReplayClock) -> Result<()> {
    let chair = demo_user("eeas.chair")?;
    if store.dossier(&chair, DOSSIER)?.is_none() {
        return Ok(());
    }
    let s = store
        .draft_statement(
            &chair,
            DOSSIER,
            NewStatement {
                kind: "hr_declaration".into(),
                lang: Lang::En,
                title: TITLE_EN.into(),
                text: V1_EN.into(),
                template: Some("hr-declaration-cyber".into()),
                echoes: None,
                marking: None,
            },
        )
        .context("demo statement: draft")?;
    let id = s.id.clone();
    store
        .revise_statement(
            &chair,
            &id,
            TITLE_EN.into(),
            V2_EN.into(),
            Some("Second reading in the Horizontal Working Party: stronger wording, the norms of the UN framework, the toolbox.".into()),
        )
        .context("demo statement: version 2")?;
    for (lang, title, text, status) in [
        (Lang::Fr, TITLE_FR, V2_FR, "translated"),
        (Lang::De, TITLE_DE, V2_DE, "translated"),
        (Lang::Bg, TITLE_BG, V2_BG, "draft"),
    ] {
        store
            .translate_statement(
                &chair,
                &id,
                TranslationInput {
                    version: None,
                    lang,
                    title: title.into(),
                    text: text.into(),
                    status: Some(status.into()),
                },
            )
            .with_context(|| format!("demo statement: {lang} version"))?;
    }
    for lang in [Lang::En, Lang::Fr, Lang::De] {
        store
            .verify_statement(&chair, &id, None, lang)
            .with_context(|| format!("demo statement: verifying {lang}"))?;
    }
    // Adoption by silence (Council Rules of Procedure Art. 12(2)): nobody objects before the
    // deadline, which the replay clock passes.
    let window = Duration::minutes(10);
    store
        .open_procedure(
            &chair,
            DOSSIER,
            OpenProcedure {
                subject: Subject::Statement {
                    statement: id.clone(),
                    version: 2,
                },
                rule: Some("silence".into()),
                deadline: store.now() + window,
                participants: None,
                population: None,
                note: Some(
                    "EXERCISE: silence procedure on version 2 of the draft declaration.".into(),
                ),
            },
        )
        .context("demo statement: silence procedure")?;
    clock.advance(window + Duration::seconds(1));
    store.close_due_procedures()?;
    let embargo = store.now() + Duration::minutes(5);
    store
        .set_statement_embargo(&chair, &id, embargo)
        .context("demo statement: embargo")?;
    clock.advance(Duration::minutes(5) + Duration::seconds(1));
    store
        .release_statement(&chair, &id, None)
        .context("demo statement: release")?;

    // Estonia echoes it with a national statement, released after the Union's.
    let ee = demo_user("ee.delegate")?;
    let echo = store
        .draft_statement(
            &ee,
            DOSSIER,
            NewStatement {
                kind: "national_statement".into(),
                lang: Lang::Et,
                title: TITLE_ET.into(),
                text: TEXT_ET.into(),
                template: None,
                echoes: Some(id.clone()),
                marking: None,
            },
        )
        .context("demo national statement: draft")?;
    store.verify_statement(&ee, &echo.id, None, Lang::Et)?;
    clock.advance(Duration::minutes(2));
    store
        .release_statement(&ee, &echo.id, None)
        .context("demo national statement: release")?;
    Ok(())
}
