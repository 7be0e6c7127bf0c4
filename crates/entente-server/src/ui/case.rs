//! The dossier page read as the case's progress: where the case stands (picture, options,
//! procedure, response, attributions), what awaits this viewer, and the rows of the forms that
//! take each step (`steps.rs`). Everything here is derived from what the store returned for
//! the viewer; nothing decides permissions (the store does), the page only offers the forms
//! the viewer's roles make sense for, with the article each step applies.

use entente_core::account::Role;
use entente_core::picture::events::ProposalStatus;
use entente_store::assessments::PictureView;
use entente_store::attributions::AttributionRegister;
use entente_store::procedures::{PackageView, ProcedureView, ResponseView};
use serde::Deserialize;

use super::view::Ctx;

/// The facts the options engine weighs beyond the agreed picture, as the form on the dossier
/// page gives them (query parameters of the page itself).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct OptionsFacts {
    #[serde(default)]
    pub persons: Option<String>,
    #[serde(default)]
    pub partner: Option<String>,
    #[serde(default)]
    pub dialogue: Option<String>,
    #[serde(default)]
    pub regime: Option<String>,
    #[serde(default)]
    pub attempted: Option<String>,
}

impl OptionsFacts {
    pub fn persons_identified(&self) -> bool {
        self.persons.is_some()
    }
    pub fn ongoing_dialogue(&self) -> bool {
        self.dialogue.is_some()
    }
    pub fn sanctions_regime(&self) -> bool {
        self.regime.is_some()
    }
    pub fn attempted(&self) -> bool {
        self.attempted.is_some()
    }
    /// `partner`, `neutral`, `adversarial` or `unknown`.
    pub fn partner_status(&self) -> &str {
        match self.partner.as_deref() {
            Some(p @ ("partner" | "neutral" | "adversarial")) => p,
            _ => "unknown",
        }
    }
}

/// One step of the case, as the overview shows it.
pub struct StageItem {
    pub label: String,
    pub state: String,
    /// `done`, `open` or `todo`.
    pub class: &'static str,
    pub href: &'static str,
}

/// Something this viewer is expected to do.
pub struct AwaitItem {
    pub text: String,
    pub href: String,
}

/// A proposal of the agreed picture.
pub struct ProposalRow {
    pub number: u32,
    pub status: String,
    pub open: bool,
    pub deadline: String,
    pub deadline_iso: String,
    pub countdown_text: String,
    pub countdown_days: String,
    pub countdown_sep: char,
    pub objections: String,
    /// The viewer's party has already objected.
    pub objected: bool,
}

pub struct PackageRow {
    pub id: String,
    pub measures: String,
    pub rule: String,
    pub rule_key: String,
}

pub struct ResponseRow {
    pub procedure: String,
    pub measures: String,
    pub rule: String,
    pub article: String,
    pub adopted_at: String,
}

/// An adopted procedure a joint attribution may cite.
pub struct AdoptedRow {
    pub id: String,
}

fn measure_name(c: &Ctx, id: &str) -> String {
    let key = format!("measure-{id}");
    if super::i18n::has(c.lang, &key) {
        c.t(&key)
    } else {
        id.to_string()
    }
}

pub fn proposals(
    c: &Ctx,
    pic: &PictureView,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<ProposalRow> {
    pic.proposals
        .iter()
        .map(|p| {
            let open = p.status == ProposalStatus::Open;
            let left = chrono::DateTime::parse_from_rfc3339(&p.deadline)
                .map(|d| (d.with_timezone(&chrono::Utc) - now).num_seconds())
                .unwrap_or(0)
                .max(0);
            ProposalRow {
                number: p.number,
                status: c.t(match p.status {
                    ProposalStatus::Open => "proposal-open",
                    ProposalStatus::Objected => "proposal-objected",
                    ProposalStatus::Agreed => "proposal-agreed",
                }),
                open,
                deadline: super::format::datetime_text(c.lang, &p.deadline),
                deadline_iso: p.deadline.clone(),
                countdown_text: super::format::countdown(c.lang, left),
                countdown_days: super::format::locale(c.lang).day.join("|"),
                countdown_sep: super::format::time_separator(c.lang),
                objections: p
                    .objections
                    .iter()
                    .map(|o| format!("{} ({})", o.party, o.reason))
                    .collect::<Vec<_>>()
                    .join("; "),
                objected: p.objections.iter().any(|o| o.party == c.viewer.party),
            }
        })
        .collect()
}

pub fn packages(c: &Ctx, list: &[PackageView]) -> Vec<PackageRow> {
    list.iter()
        .map(|p| PackageRow {
            id: p.id.clone(),
            measures: p
                .measures
                .iter()
                .map(|m| measure_name(c, m))
                .collect::<Vec<_>>()
                .join(", "),
            rule: super::panels::rule_label(c, &p.decision_rule),
            rule_key: p.decision_rule.clone(),
        })
        .collect()
}

pub fn responses(c: &Ctx, list: &[ResponseView]) -> Vec<ResponseRow> {
    list.iter()
        .map(|r| ResponseRow {
            procedure: r.procedure.clone(),
            measures: if r.measures.is_empty() {
                match &r.subject {
                    entente_core::procedure::record::Subject::Text { text } => c.shown(text).text,
                    entente_core::procedure::record::Subject::Package { package } => {
                        package.clone()
                    }
                    entente_core::procedure::record::Subject::Statement { statement, version } => c
                        .ta(
                            "procedure-statement",
                            "id",
                            &format!("{statement} v{version}"),
                        ),
                }
            } else {
                r.measures
                    .iter()
                    .map(|m| measure_name(c, m))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            rule: super::panels::rule_label(c, &r.rule),
            article: r.article.clone(),
            adopted_at: super::format::datetime_text(c.lang, &r.adopted_at),
        })
        .collect()
}

/// Everything the overview and the awaiting list are computed from.
pub struct CaseState<'a> {
    pub pic: &'a PictureView,
    pub options_available: Option<usize>,
    pub packages: &'a [PackageView],
    pub procedures: &'a [ProcedureView],
    pub responses: &'a [ResponseView],
    pub register: &'a AttributionRegister,
    /// The viewer's party chairs today (the EEAS or the Presidency).
    pub chairs: bool,
}

pub fn stage(c: &Ctx, s: &CaseState<'_>) -> Vec<StageItem> {
    let agreed = !s.pic.agreed.is_empty();
    let open_proposal = s
        .pic
        .proposals
        .iter()
        .any(|p| p.status == ProposalStatus::Open);
    let open_procedure = s.procedures.iter().any(|p| p.state != "closed");
    let mut out = vec![StageItem {
        label: c.t("stage-picture"),
        state: if agreed {
            c.t("stage-picture-agreed")
        } else if open_proposal {
            c.t("stage-picture-proposed")
        } else {
            c.tn("stage-picture-assessed", s.pic.assessments.len())
        },
        class: if agreed {
            "done"
        } else if open_proposal {
            "open"
        } else {
            "todo"
        },
        href: "#h-picture",
    }];
    out.push(StageItem {
        label: c.t("stage-options"),
        state: match s.options_available {
            Some(n) => c.tn("stage-options-available", n),
            None => c.t("stage-options-need-picture"),
        },
        class: if s.options_available.is_some() {
            "done"
        } else {
            "todo"
        },
        href: "#h-options",
    });
    out.push(StageItem {
        label: c.t("stage-procedure"),
        state: if open_procedure {
            c.t("stage-procedure-open")
        } else if s.procedures.is_empty() {
            c.tn("stage-procedure-none", s.packages.len())
        } else {
            c.t("stage-procedure-closed")
        },
        class: if open_procedure {
            "open"
        } else if s.procedures.is_empty() {
            "todo"
        } else {
            "done"
        },
        href: "#h-procedures",
    });
    out.push(StageItem {
        label: c.t("stage-response"),
        state: c.tn("stage-response-adopted", s.responses.len()),
        class: if s.responses.is_empty() {
            "todo"
        } else {
            "done"
        },
        href: "#h-responses",
    });
    out.push(StageItem {
        label: c.t("stage-attribution"),
        state: c.t(&format!("attribution-state-{}", s.register.state)),
        class: if s.register.state == "none" {
            "todo"
        } else {
            "done"
        },
        href: "#h-attributions",
    });
    out
}

pub fn awaiting(c: &Ctx, s: &CaseState<'_>) -> Vec<AwaitItem> {
    let v = &c.viewer;
    let mut out = Vec::new();
    let is = |r: Role| v.has_role(r);
    let assessed = s.pic.assessments.iter().any(|a| a.party == v.party);
    if (is(Role::Analyst) || is(Role::Delegate)) && !assessed && s.pic.agreed.is_empty() {
        out.push(AwaitItem {
            text: c.ta("await-assess", "party", v.party.as_str()),
            href: "#h-assessments".into(),
        });
    }
    for p in &s.pic.proposals {
        if p.status == ProposalStatus::Open
            && is(Role::Delegate)
            && !p.objections.iter().any(|o| o.party == v.party)
        {
            out.push(AwaitItem {
                text: c.ta(
                    "await-proposal",
                    "deadline",
                    &super::format::datetime_text(c.lang, &p.deadline),
                ),
                href: "#h-picture".into(),
            });
        }
    }
    for p in s.procedures {
        let participates = p.participants.iter().any(|x| x == v.party.as_str());
        let recorded = p.positions.iter().any(|x| x.party == v.party.as_str());
        if p.state == "open" && is(Role::Delegate) && participates && !recorded {
            out.push(AwaitItem {
                text: c.ta("await-position", "party", v.party.as_str()),
                href: format!("/procedures/{}", p.id),
            });
        }
    }
    if is(Role::Chair) && s.chairs {
        let open_proposal = s
            .pic
            .proposals
            .iter()
            .any(|p| p.status == ProposalStatus::Open);
        if s.pic.agreed.is_empty() && !open_proposal && !s.pic.assessments.is_empty() {
            out.push(AwaitItem {
                text: c.t("await-propose"),
                href: "#h-picture".into(),
            });
        }
        if s.options_available.is_some() && s.packages.is_empty() && s.procedures.is_empty() {
            out.push(AwaitItem {
                text: c.t("await-package"),
                href: "#h-options".into(),
            });
        }
        if !s.packages.is_empty() && s.procedures.is_empty() {
            out.push(AwaitItem {
                text: c.t("await-open"),
                href: "#h-procedures".into(),
            });
        }
        for p in s.procedures.iter().filter(|p| p.state == "expired") {
            out.push(AwaitItem {
                text: c.t("await-close"),
                href: format!("/procedures/{}", p.id),
            });
        }
    }
    out
}
