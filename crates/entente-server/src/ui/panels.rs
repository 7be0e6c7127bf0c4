//! The dossier page's panels built on the store's picture and procedure methods: evidence with
//! gradings and markings, each party's assessment as a heat map, the shared picture with its
//! dissent and agreed versions, and the procedures with their live tallies.

use entente_core::picture::Dimension;
use entente_core::procedure::record::Subject;
use entente_store::assessments::{AssessmentView, PictureView};
use entente_store::evidence::EvidenceView;
use entente_store::procedures::ProcedureView;

use super::view::{Ctx, MarkView, Shown};

pub struct EvidenceRow {
    pub id: String,
    pub title: String,
    pub kind: String,
    pub source: String,
    /// Admiralty grading, such as `B2`; empty when ungraded.
    pub grading: String,
    pub grading_title: String,
    pub marking: MarkView,
    pub origin: String,
    pub withdrawn: bool,
}

pub fn evidence_rows(c: &mut Ctx, items: &[EvidenceView]) -> Vec<EvidenceRow> {
    items
        .iter()
        .map(|e| {
            c.see(&e.marking);
            let r = e.item.reliability;
            let cr = e.item.credibility;
            EvidenceRow {
                id: e.id.clone(),
                title: e.item.title.clone(),
                kind: c.t(&format!("evidence-kind-{}", e.item.kind.as_str())),
                source: e.item.source.clone().unwrap_or_default(),
                grading: format!(
                    "{}{}",
                    r.map(|r| r.as_str()).unwrap_or(""),
                    cr.map(|c| u8::from(c).to_string()).unwrap_or_default()
                ),
                grading_title: [
                    r.map(|r| c.t(&format!("reliability-{}", r.as_str().to_ascii_lowercase()))),
                    cr.map(|x| c.t(&format!("credibility-{}", u8::from(x)))),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("; "),
                marking: MarkView::of(&e.marking),
                origin: e.origin.to_string(),
                withdrawn: e.withdrawn.is_some(),
            }
        })
        .collect()
}

/// One cell of the heat map: the level as text (always printed) and its colour class.
pub struct HeatCell {
    pub text: String,
    pub class: String,
}

pub struct HeatRow {
    pub party: String,
    pub version: u32,
    pub confidence: String,
    pub cells: Vec<HeatCell>,
    pub marking: MarkView,
}

pub fn dimension_names(c: &Ctx) -> Vec<String> {
    Dimension::ALL
        .iter()
        .map(|d| c.t(&format!("dim-{}", d.as_str())))
        .collect()
}

pub fn heat_rows(c: &mut Ctx, views: &[AssessmentView]) -> Vec<HeatRow> {
    views
        .iter()
        .map(|a| {
            c.see(&a.marking);
            let cells = Dimension::ALL
                .iter()
                .map(|d| {
                    let level = a
                        .body
                        .dimensions
                        .iter()
                        .find(|x| x.dimension == d.as_str())
                        .and_then(|x| x.level);
                    match level {
                        Some(l) => HeatCell {
                            text: l.to_string(),
                            class: format!("h{}", l.min(4)),
                        },
                        None => HeatCell {
                            text: "–".into(),
                            class: "hna".into(),
                        },
                    }
                })
                .collect();
            HeatRow {
                party: a.party.to_string(),
                version: a.version,
                confidence: confidence_label(c, &a.body.confidence),
                cells,
                marking: MarkView::of(&a.marking),
            }
        })
        .collect()
}

/// A confidence level (`low`, `moderate`, `high`) in the reader's language; an unknown value as
/// it is.
pub fn confidence_label(c: &Ctx, level: &str) -> String {
    match level {
        "low" | "moderate" | "high" => c.t(&format!("confidence-{level}")),
        other => other.to_string(),
    }
}

/// A decision rule's name (`qmv`: "Qualified majority"); an unknown code as it is.
pub fn rule_label(c: &Ctx, code: &str) -> String {
    match code {
        "unanimity" | "qmv" | "rqmv" | "simple" | "silence" | "none" => {
            c.t(&format!("rule-{code}"))
        }
        other => other.to_string(),
    }
}

pub struct PictureRow {
    pub dimension: String,
    pub median: String,
    pub range: String,
    pub scored_by: usize,
    /// "LV +2, FR −2"
    pub dissent: String,
}

pub struct PictureSummary {
    pub rows: Vec<PictureRow>,
    pub aggregate: u32,
    pub severity: String,
    pub parties: usize,
    pub agreed: usize,
    pub open_proposals: usize,
}

pub fn picture_summary(c: &Ctx, p: &PictureView) -> PictureSummary {
    let names = dimension_names(c);
    let rows = p
        .picture
        .dimensions
        .iter()
        .map(|d| {
            let i = Dimension::ALL
                .iter()
                .position(|x| *x == d.dimension)
                .unwrap_or(0);
            PictureRow {
                dimension: names.get(i).cloned().unwrap_or_default(),
                median: d
                    .median
                    .map(|m| m.value().to_string())
                    .unwrap_or_else(|| "–".into()),
                range: match (d.min, d.max) {
                    (Some(a), Some(b)) => format!("{}–{}", a.value(), b.value()),
                    _ => "–".into(),
                },
                scored_by: d.scored_by,
                dissent: d
                    .dissenters
                    .iter()
                    .map(|x| format!("{} {:+}", x.party, x.distance))
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect();
    PictureSummary {
        rows,
        aggregate: p.picture.aggregate,
        severity: p
            .picture
            .severity
            .map(|s| c.t(&format!("severity-{}", s.as_str())))
            .unwrap_or_else(|| c.t("severity-unknown")),
        parties: p.picture.parties.len(),
        agreed: p.agreed.len(),
        open_proposals: p.proposals.iter().filter(|x| x.agreed_at.is_none()).count(),
    }
}

/// A procedure with its live tally.
pub struct ProcedureRow {
    pub id: String,
    pub subject: Shown,
    pub rule: String,
    /// The rule's name in the reader's language.
    pub rule_name: String,
    pub deadline: String,
    /// The deadline as given by the store (RFC 3339), for the countdown script.
    pub deadline_iso: String,
    pub state: String,
    pub state_key: String,
    pub status: String,
    pub for_: u32,
    pub against: u32,
    pub abstain: u32,
    pub positions: usize,
    pub participants: usize,
    pub explanation: String,
    pub countdown: i64,
    /// The time left as the reader's language writes it (`7 T 03:05:09`).
    pub countdown_text: String,
    /// For the countdown script: the day unit for one and for more (`{n} T|{n} T`), and the
    /// time separator.
    pub countdown_days: String,
    pub countdown_sep: char,
    /// Which Annex III table the outcome used and whether it is the one in force, in the
    /// reader's language; with its source (English, as published).
    pub table: Option<(String, String)>,
    /// The margins to each population threshold, in the reader's language.
    pub margins: Vec<String>,
    /// Whether the outcome holds under any ±2 % revision of the figures.
    pub robustness: Option<String>,
}

/// The sentence saying which Annex III table an outcome used.
fn table_line(c: &Ctx, t: &entente_core::procedure::record::TableRecord) -> String {
    let year = t.year.to_string();
    let current = t.year_in_force.to_string();
    if t.origin == "supplied" {
        c.t("population-table-supplied")
    } else if t.in_force {
        c.ta("population-table-in-force", "year", &year)
    } else {
        super::i18n::ta(
            c.lang,
            "population-table-older",
            &[("year", &year), ("current", &current)],
        )
    }
}

/// A margin to one threshold, in the reader's language.
fn margin_line(c: &Ctx, m: &entente_core::procedure::record::MarginRecord) -> String {
    let num = |n: u64| super::format::integer(c.lang, i64::try_from(n).unwrap_or(i64::MAX));
    let signed = |n: i64| {
        let t = super::format::integer(c.lang, n);
        if n > 0 { format!("+{t}") } else { t }
    };
    let points = m
        .margin_pp_hundredths
        .map(|h| {
            let t = super::format::decimal(c.lang, h as f64 / 100.0, 2);
            if h > 0 { format!("+{t}") } else { t }
        })
        .unwrap_or_default();
    let (actual, required, margin) = (num(m.actual), num(m.required), signed(m.margin));
    let args = [
        ("actual", actual.as_str()),
        ("required", required.as_str()),
        ("margin", margin.as_str()),
        ("points", points.as_str()),
    ];
    let text = match m.threshold.as_str() {
        "members_in_favour" => super::i18n::ta(c.lang, "margin-members-in-favour", &args),
        "population_in_favour" => super::i18n::ta(c.lang, "margin-population-in-favour", &args),
        "blocking_minority" => super::i18n::ta(c.lang, "margin-blocking-minority", &args),
        "declared_members" => super::i18n::ta(c.lang, "margin-declared-members", &args),
        _ => super::i18n::ta(c.lang, "margin-declared-population", &args),
    };
    format!("{text} ({})", m.article)
}

pub fn procedure_row(c: &Ctx, p: &ProcedureView) -> ProcedureRow {
    let subject = match &p.subject {
        Subject::Text { text } => c.shown(text),
        Subject::Package { package } => Shown {
            text: c.ta("procedure-package", "id", package),
            lang: "",
            other: None,
        },
    };
    let t = &p.outcome.outcome.tally;
    ProcedureRow {
        id: p.id.clone(),
        subject,
        rule: p.rule.clone(),
        rule_name: rule_label(c, &p.rule),
        deadline_iso: p.deadline.clone(),
        deadline: super::format::datetime_text(c.lang, &p.deadline),
        state: c.t(&format!("procedure-state-{}", p.state)),
        state_key: p.state.clone(),
        status: {
            let status = c.t(&format!(
                "outcome-{}",
                p.outcome.outcome.status.replace('_', "-")
            ));
            // A live outcome may still change: say so before the verdict.
            if p.outcome.is_final {
                status
            } else {
                format!("{}: {status}", c.t("outcome-provisional"))
            }
        },
        for_: t.for_.members,
        against: t.against.members,
        abstain: t.abstain.members + t.declared_abstain.members,
        positions: p.positions.len(),
        participants: p.participants.len(),
        explanation: p.outcome.outcome.explanation.clone(),
        countdown: p.outcome.countdown_seconds,
        countdown_text: super::format::countdown(c.lang, p.outcome.countdown_seconds),
        countdown_days: super::format::locale(c.lang).day.join("|"),
        countdown_sep: super::format::time_separator(c.lang),
        table: p
            .outcome
            .outcome
            .table
            .as_ref()
            .map(|t| (table_line(c, t), t.source.clone())),
        margins: p
            .outcome
            .outcome
            .robustness
            .iter()
            .flat_map(|r| r.margins.iter().map(|m| margin_line(c, m)))
            .collect(),
        robustness: p.outcome.outcome.robustness.as_ref().map(|r| {
            if r.holds {
                c.t("robustness-holds")
            } else {
                c.t("robustness-close")
            }
        }),
    }
}

/// One party's recorded position.
pub struct PositionRow {
    pub party: String,
    pub position: String,
    pub declaration: String,
    pub at: String,
    pub by: String,
}

pub fn position_rows(c: &Ctx, p: &ProcedureView) -> Vec<PositionRow> {
    p.positions
        .iter()
        .map(|x| PositionRow {
            party: x.party.clone(),
            position: c.t(&format!("position-{}", x.position.replace('_', "-"))),
            declaration: x.declaration.clone().unwrap_or_default(),
            at: super::format::datetime_text(c.lang, &x.at),
            by: x.by.clone(),
        })
        .collect()
}

/// The positions a delegate may record (wire names of `entente_core::procedure::Position`).
pub const POSITIONS: [&str; 5] = [
    "for",
    "against",
    "abstain",
    "declared_abstain",
    "not_participating",
];

/// One attribution in a dossier's register.
pub struct AttributionRow {
    pub party: String,
    pub actor: String,
    pub term: String,
    pub confidence: String,
    pub basis: String,
    pub date: String,
    pub joint: bool,
    pub public: bool,
    pub url: Option<String>,
    pub marking: MarkView,
    pub withdrawn: bool,
}

/// The display name of an attributed actor.
pub fn actor_name(a: &entente_core::procedure::record::AttributedActor) -> String {
    use entente_core::procedure::record::AttributedActor;
    match a {
        AttributedActor::Stix { name, .. } => name.clone(),
        AttributedActor::State { name } => name.clone(),
    }
}

pub fn attribution_rows(
    c: &mut Ctx,
    reg: &entente_store::attributions::AttributionRegister,
) -> Vec<AttributionRow> {
    reg.attributions
        .iter()
        .map(|a| {
            c.see(&a.marking);
            AttributionRow {
                party: a.party.clone(),
                actor: actor_name(&a.actor),
                term: match a.term.as_str() {
                    t if entente_core::procedure::record::ESTIMATIVE_TERMS.contains(&t) => {
                        c.t(&format!("likelihood-{}", t.replace('_', "-")))
                    }
                    t => t.replace('_', " "),
                },
                confidence: confidence_label(c, &a.confidence),
                basis: a
                    .basis
                    .iter()
                    .map(|b| match b.as_str() {
                        b if entente_core::procedure::record::ATTRIBUTION_BASES.contains(&b) => {
                            c.t(&format!("basis-{b}"))
                        }
                        b => b.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                date: super::format::date_long(c.lang, a.date),
                joint: a.joint,
                public: a.public,
                url: a
                    .statement_url
                    .clone()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
                marking: MarkView::of(&a.marking),
                withdrawn: a.withdrawn.is_some(),
            }
        })
        .collect()
}

/// A response option as the engine ranks it for the agreed picture.
pub struct OptionRow {
    /// The measure's id in the catalogue (`data/toolbox-measures.json`).
    pub id: String,
    pub name: String,
    /// The language of `name`: the reader's, or English for a measure without a message.
    pub name_lang: &'static str,
    pub category: String,
    pub escalation: u8,
    pub rule: String,
    pub explanation: String,
    /// Why it is not available (blockers) or what to watch.
    pub reasons: Vec<String>,
}

/// The options panel: the engine run on the latest agreed picture and the register's
/// attribution state, with no further facts asserted (as `GET /api/v1/dossiers/{id}/options`).
pub struct OptionsPanel {
    pub available: Vec<OptionRow>,
    pub not_available: Vec<OptionRow>,
    pub severity: String,
}

pub fn options_panel(
    c: &Ctx,
    agreed: &[entente_store::assessments::AgreedVersion],
    attribution: entente_core::options::AttributionState,
    facts: &super::case::OptionsFacts,
) -> Option<OptionsPanel> {
    use entente_core::options::{Context, OptionEntry, OptionsInput, response_options};
    let latest = agreed.last()?;
    let input = OptionsInput {
        picture: latest.picture.agreed(),
        attempted: facts.attempted(),
        significant_effect: latest.picture.agreed_significant_effect(),
        external_threat: latest.picture.agreed_external_threat(),
        targets: Default::default(),
        attribution,
        persons_identified: facts.persons_identified(),
        context: Context {
            ongoing_dialogue: facts.ongoing_dialogue(),
            sanctions_regime_applies: facts.sanctions_regime(),
            partner_status: crate::wire::options::parse_partner_status(Some(
                facts.partner_status(),
            ))
            .unwrap_or_default(),
            notes: String::new(),
        },
    };
    let r = response_options(&input);
    let row = |o: &OptionEntry| {
        let key = format!("measure-{}", o.measure.id);
        let (name, name_lang) = if super::i18n::has(c.lang, &key) {
            (c.t(&key), c.lang.code())
        } else {
            (o.measure.name.clone(), "en")
        };
        OptionRow {
            id: o.measure.id.clone(),
            name,
            name_lang,
            category: c.t(&format!("option-category-{}", o.measure.category.as_str())),
            escalation: o.measure.escalation,
            rule: rule_label(c, o.measure.decision_rule.as_str()),
            explanation: o.explanation.clone(),
            reasons: o.reasons.iter().map(|x| x.phrase()).collect(),
        }
    };
    Some(OptionsPanel {
        available: r.available.iter().map(row).collect(),
        not_available: r.not_available.iter().map(row).collect(),
        severity: c.t(&format!("severity-{}", r.severity.as_str())),
    })
}
