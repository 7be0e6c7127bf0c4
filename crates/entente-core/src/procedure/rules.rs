//! The rules themselves: validation of the positions, the tally and one function per rule.
//!
//! Every comparison is a cross-multiplication on integers (`u64`/`u128`), so the Treaty's "at
//! least 55 %" means exactly `members_for * 100 >= 55 * members`: no rounding step exists that
//! could move a vote across a threshold.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{
    Count, Outcome, Position, Positions, ProcedureError, Rule, Status, Tally, Thresholds, articles,
};
use crate::population::group;
use crate::reference::{self, MemberState, PopulationTable};

/// Applies `rule` to `positions`.
///
/// * `population`: the Annex III figures to use. Needed by the majority rules that weigh
///   population (QMV, RQMV) and by unanimity when someone abstains with a formal declaration;
///   otherwise it may be `None` (the tally then has no population figures).
/// * `now`: the time at which to judge a silence procedure; ignored by the other rules.
///
/// For every rule but `Silence`, each of the 27 Member States must appear exactly once in
/// `positions` (GR and EL are the same state); an unknown, missing or repeated code is an error
/// naming it. The silence procedure uses only the objections. The result does not depend on the
/// order of the input.
pub fn evaluate(
    rule: Rule,
    positions: &Positions,
    population: Option<&PopulationTable>,
    now: DateTime<Utc>,
) -> Result<Outcome, ProcedureError> {
    if let Rule::Silence { deadline } = rule {
        return silence(deadline, positions, now);
    }
    let resolved = resolve(positions)?;
    let tally = tally(&resolved, population);
    if tally.participating.members == 0 {
        return Err(ProcedureError::NoParticipants);
    }
    match rule {
        Rule::Unanimity => unanimity(&resolved, tally, population),
        Rule::QualifiedMajority => qualified_majority(&resolved, tally, population, false),
        Rule::ReinforcedQualifiedMajority => qualified_majority(&resolved, tally, population, true),
        Rule::SimpleMajority => Ok(simple_majority(tally)),
        Rule::Silence { deadline } => silence(deadline, positions, now),
    }
}

/// Positions keyed by Member State, in protocol order.
pub(super) type Resolved = Vec<(&'static MemberState, Position)>;

pub(super) fn resolve(positions: &Positions) -> Result<Resolved, ProcedureError> {
    let mut by_code: BTreeMap<&'static str, Position> = BTreeMap::new();
    // Unknown codes first, so the error does not depend on which duplicates came earlier.
    for (code, _) in positions.entries() {
        if reference::member_state(code).is_none() {
            return Err(ProcedureError::UnknownMemberState {
                code: code.chars().take(16).collect(),
            });
        }
    }
    let mut duplicates: Vec<&'static MemberState> = Vec::new();
    for (code, position) in positions.entries() {
        if let Some(state) = reference::member_state(code)
            && by_code.insert(state.alpha2.as_str(), *position).is_some()
        {
            duplicates.push(state);
        }
    }
    if let Some(state) = duplicates.iter().min_by_key(|s| s.protocol_order) {
        return Err(ProcedureError::DuplicatePosition {
            code: state.alpha2.clone(),
        });
    }
    reference::member_states()
        .iter()
        .map(|state| match by_code.get(state.alpha2.as_str()) {
            Some(p) => Ok((state, *p)),
            None => Err(ProcedureError::MissingMemberState {
                code: state.alpha2.clone(),
                name: state.name_en.clone(),
            }),
        })
        .collect()
}

fn count<'a>(
    states: impl Iterator<Item = &'a MemberState>,
    population: Option<&PopulationTable>,
) -> Count {
    let mut members = 0u32;
    let mut people = population.map(|_| 0u64);
    for state in states {
        members += 1;
        if let (Some(sum), Some(table)) = (people.as_mut(), population) {
            *sum += table.population(&state.alpha2).unwrap_or(0);
        }
    }
    Count {
        members,
        population: people,
    }
}

pub(super) fn tally(resolved: &Resolved, population: Option<&PopulationTable>) -> Tally {
    let with = |wanted: &[Position]| {
        count(
            resolved
                .iter()
                .filter(|(_, p)| wanted.contains(p))
                .map(|(s, _)| *s),
            population,
        )
    };
    Tally {
        for_: with(&[Position::For]),
        against: with(&[Position::Against]),
        abstain: with(&[Position::Abstain]),
        declared_abstain: with(&[Position::DeclaredAbstain]),
        not_participating: with(&[Position::NotParticipating]),
        participating: with(&[
            Position::For,
            Position::Against,
            Position::Abstain,
            Position::DeclaredAbstain,
        ]),
        objections: Vec::new(),
    }
}

fn need_population(
    rule: Rule,
    population: Option<&PopulationTable>,
) -> Result<&PopulationTable, ProcedureError> {
    population.ok_or(ProcedureError::PopulationRequired { rule: rule.name() })
}

fn names(resolved: &Resolved, wanted: Position) -> String {
    let list: Vec<&str> = resolved
        .iter()
        .filter(|(_, p)| *p == wanted)
        .map(|(s, _)| s.eu_code.as_str())
        .collect();
    list.join(", ")
}

fn pop(count: &Count) -> u64 {
    count.population.unwrap_or(0)
}

/// CFSP unanimity, Art. 31(1) TEU.
///
/// * Abstention does not prevent adoption (Art. 238(4) TFEU).
/// * Constructive abstention (Art. 31(1) second subparagraph TEU): "If the members of the Council
///   qualifying their abstention in this way represent at least one third of the Member States
///   comprising at least one third of the population of the Union, the decision shall not be
///   adopted." Both conditions must hold: `declared * 3 >= members` and
///   `declared_population * 3 >= population`.
///
/// When some members do not participate (e.g. Denmark on defence matters, Protocol No 22), the
/// thirds are taken of the participating members and their population — an interpretation,
/// since Art. 31(1) speaks of "the Member States" and "the Union".
fn unanimity(
    resolved: &Resolved,
    tally: Tally,
    population: Option<&PopulationTable>,
) -> Result<Outcome, ProcedureError> {
    let members = u64::from(tally.participating.members);
    let thresholds = Thresholds {
        constructive_abstention_members: Some(tally.participating.members.div_ceil(3)),
        constructive_abstention_population: tally.participating.population.map(|p| p.div_ceil(3)),
        ..Thresholds::default()
    };
    if tally.against.members > 0 {
        let explanation = format!(
            "Not adopted: unanimity requires that no participating member votes against, and {} voted against.",
            names(resolved, Position::Against)
        );
        return Ok(outcome(
            Rule::Unanimity,
            Status::NotAdopted,
            articles::UNANIMITY,
            tally,
            thresholds,
            explanation,
        ));
    }
    if tally.declared_abstain.members > 0 {
        need_population(Rule::Unanimity, population)?;
        let declared = u64::from(tally.declared_abstain.members);
        let declared_pop = u128::from(pop(&tally.declared_abstain));
        let total_pop = u128::from(pop(&tally.participating));
        let enough_members = declared * 3 >= members;
        let enough_population = declared_pop * 3 >= total_pop;
        if enough_members && enough_population {
            let explanation = format!(
                "Not adopted: the {} members abstaining with a formal declaration ({}) are at least one third of the Member States ({} of {}) and comprise at least one third of the population ({} of {}).",
                tally.declared_abstain.members,
                names(resolved, Position::DeclaredAbstain),
                tally.declared_abstain.members,
                members,
                group(declared_pop),
                group(total_pop)
            );
            return Ok(outcome(
                Rule::Unanimity,
                Status::NotAdopted,
                articles::CONSTRUCTIVE_ABSTENTION,
                tally,
                thresholds,
                explanation,
            ));
        }
        let why = if enough_members {
            format!(
                "comprise less than one third of the population ({} of {})",
                group(declared_pop),
                group(total_pop)
            )
        } else {
            format!(
                "are fewer than one third of the Member States ({} of {members})",
                tally.declared_abstain.members
            )
        };
        let explanation = format!(
            "Adopted: nobody voted against, and the {} members abstaining with a formal declaration ({}) {why}, so they need not apply the decision but do not stop it.",
            tally.declared_abstain.members,
            names(resolved, Position::DeclaredAbstain),
        );
        return Ok(outcome(
            Rule::Unanimity,
            Status::Adopted,
            articles::UNANIMITY,
            tally,
            thresholds,
            explanation,
        ));
    }
    let explanation = if tally.abstain.members > 0 {
        format!(
            "Adopted: nobody voted against; the {} abstentions ({}) do not prevent adoption (Art. 238(4) TFEU).",
            tally.abstain.members,
            names(resolved, Position::Abstain)
        )
    } else {
        format!(
            "Adopted: all {} participating members voted in favour.",
            tally.participating.members
        )
    };
    Ok(outcome(
        Rule::Unanimity,
        Status::Adopted,
        articles::UNANIMITY,
        tally,
        thresholds,
        explanation,
    ))
}

/// The smallest number of participating members whose combined population is more than 35 % of
/// the participating population (largest first), plus one: the blocking minority of
/// Art. 238(3)(a) TFEU.
pub(super) fn partial_blocking_minority(resolved: &Resolved, table: &PopulationTable) -> u32 {
    let mut pops: Vec<u64> = resolved
        .iter()
        .filter(|(_, p)| *p != Position::NotParticipating)
        .map(|(s, _)| table.population(&s.alpha2).unwrap_or(0))
        .collect();
    pops.sort_unstable_by(|a, b| b.cmp(a));
    let total: u128 = pops.iter().map(|p| u128::from(*p)).sum();
    let mut sum: u128 = 0;
    let mut k = 0u32;
    for p in &pops {
        sum += u128::from(*p);
        k += 1;
        if sum * 100 > total * 35 {
            break;
        }
    }
    k + 1
}

/// The terms of a (reinforced) qualified majority for a tally: whether not all members
/// participate, the percentage of members, the minimum number of members and the article.
pub(super) struct QmvTerms {
    pub partial: bool,
    pub percent: u64,
    pub minimum_members: u64,
    pub article: &'static str,
}

pub(super) fn qmv_terms(tally: &Tally, reinforced: bool) -> QmvTerms {
    let all = reference::member_states().len() as u32;
    let partial = tally.participating.members < all;
    QmvTerms {
        partial,
        percent: if reinforced { 72 } else { 55 },
        minimum_members: if !reinforced && !partial { 15 } else { 0 },
        article: match (reinforced, partial) {
            (false, false) => articles::QMV,
            (true, false) => articles::RQMV,
            (false, true) => articles::QMV_PARTIAL,
            (true, true) => articles::RQMV_PARTIAL,
        },
    }
}

/// Qualified majority and reinforced qualified majority.
///
/// * All members participating, QMV — Art. 16(4) TEU: "at least 55 % of the members of the
///   Council, comprising at least fifteen of them and representing Member States comprising at
///   least 65 % of the population of the Union. A blocking minority must include at least four
///   Council members, failing which the qualified majority shall be deemed attained."
/// * All members participating, RQMV — Art. 238(2) TFEU: "at least 72 % of the members of the
///   Council, representing Member States comprising at least 65 % of the population of the
///   Union." (No blocking-minority clause.)
/// * Not all participating — Art. 238(3) TFEU: the same percentages of the participating members
///   and of their population; under (a) "a blocking minority must include at least the minimum
///   number of Council members representing more than 35 % of the population of the
///   participating Member States, plus one member, failing which the qualified majority shall be
///   deemed attained"; (b) has no such clause.
///
/// The deeming clause relieves only the population condition: the member condition must hold
/// in every case. (With all 27 participating the distinction is moot, because fewer than four
/// non-supporters means at least 24 in favour.)
fn qualified_majority(
    resolved: &Resolved,
    tally: Tally,
    population: Option<&PopulationTable>,
    reinforced: bool,
) -> Result<Outcome, ProcedureError> {
    let rule = if reinforced {
        Rule::ReinforcedQualifiedMajority
    } else {
        Rule::QualifiedMajority
    };
    let table = need_population(rule, population)?;
    let members = u64::from(tally.participating.members);
    let members_for = u64::from(tally.for_.members);
    let QmvTerms {
        partial,
        percent,
        minimum_members,
        article,
    } = qmv_terms(&tally, reinforced);
    let blocking_minimum: Option<u32> = match (reinforced, partial) {
        (false, false) => Some(4),
        (false, true) => Some(partial_blocking_minority(resolved, table)),
        (true, _) => None,
    };

    let pop_for = u128::from(pop(&tally.for_));
    let pop_total = u128::from(pop(&tally.participating));
    let members_ok = members_for * 100 >= percent * members && members_for >= minimum_members;
    let population_ok = pop_for * 100 >= pop_total * 65;
    let non_supporters = tally.participating.members - tally.for_.members;
    let deemed = blocking_minimum.is_some_and(|b| non_supporters < b);

    let members_required = ((percent * members).div_ceil(100)).max(minimum_members);
    let thresholds = Thresholds {
        members_required: u32::try_from(members_required).ok(),
        population_required: u64::try_from((pop_total * 65).div_ceil(100)).ok(),
        blocking_minority_members: blocking_minimum,
        ..Thresholds::default()
    };
    let scope = if partial {
        "participating members"
    } else {
        "members"
    };
    let population_share = percent_text(pop_for, pop_total);
    let (status, explanation) = if !members_ok {
        (
            Status::NotAdopted,
            format!(
                "Not adopted: {} of the {} {scope} voted in favour, fewer than the {} required ({} %{}).",
                tally.for_.members,
                members,
                members_required,
                percent,
                if minimum_members > 0 {
                    ", and at least fifteen"
                } else {
                    ""
                }
            ),
        )
    } else if population_ok {
        (
            Status::Adopted,
            format!(
                "Adopted: {} of the {} {scope} voted in favour (at least {} required), representing {} of the population (at least 65 % required).",
                tally.for_.members, members, members_required, population_share
            ),
        )
    } else if deemed {
        (
            Status::Adopted,
            format!(
                "Adopted: the supporters represent only {} of the population, but the {} members not voting in favour are fewer than the {} a blocking minority needs, so the qualified majority is deemed attained.",
                population_share,
                non_supporters,
                blocking_minimum.unwrap_or(0)
            ),
        )
    } else {
        (
            Status::NotAdopted,
            format!(
                "Not adopted: the {} members in favour represent {} of the population, less than the 65 % required{}.",
                tally.for_.members,
                population_share,
                match blocking_minimum {
                    Some(b) => format!(
                        ", and the {non_supporters} members not in favour are enough for a blocking minority (at least {b})"
                    ),
                    None => String::new(),
                }
            ),
        )
    };
    Ok(outcome(
        rule,
        status,
        article,
        tally,
        thresholds,
        explanation,
    ))
}

/// Simple majority, Art. 238(1) TFEU: "the Council shall act by a majority of its component
/// members" — more than half of all 27, i.e. 14, whatever the participation.
fn simple_majority(tally: Tally) -> Outcome {
    let component = reference::member_states().len() as u32;
    let required = component / 2 + 1;
    let adopted = tally.for_.members * 2 > component;
    let explanation = format!(
        "{}: {} of the {component} component members voted in favour; a majority needs {required}.",
        if adopted { "Adopted" } else { "Not adopted" },
        tally.for_.members
    );
    let thresholds = Thresholds {
        members_required: Some(required),
        ..Thresholds::default()
    };
    outcome(
        Rule::SimpleMajority,
        if adopted {
            Status::Adopted
        } else {
            Status::NotAdopted
        },
        articles::SIMPLE_MAJORITY,
        tally,
        thresholds,
        explanation,
    )
}

/// Silence procedure, Council Rules of Procedure Art. 12(2): the text "shall be deemed to be
/// adopted at the end of the period laid down by the Presidency ..., except where a member of the
/// Council objects".
///
/// An objection counts when lodged strictly before `deadline` and no later than `now` (later
/// ones have not happened yet from the evaluator's point of view). One objection breaks silence
/// at once; with none, the outcome is `Pending` before the deadline and `Adopted` from it on.
fn silence(
    deadline: DateTime<Utc>,
    positions: &Positions,
    now: DateTime<Utc>,
) -> Result<Outcome, ProcedureError> {
    let mut objectors: Vec<&'static MemberState> = Vec::new();
    let mut first_at: Option<DateTime<Utc>> = None;
    for objection in positions.objections() {
        let state = reference::member_state(&objection.party).ok_or_else(|| {
            ProcedureError::UnknownMemberState {
                code: objection.party.chars().take(16).collect(),
            }
        })?;
        if objection.at < deadline && objection.at <= now {
            if !objectors.iter().any(|s| s.alpha2 == state.alpha2) {
                objectors.push(state);
            }
            first_at = Some(first_at.map_or(objection.at, |t| t.min(objection.at)));
        }
    }
    objectors.sort_by_key(|s| s.protocol_order);
    let tally = Tally {
        objections: objectors.iter().map(|s| s.alpha2.clone()).collect(),
        ..Tally::default()
    };
    let thresholds = Thresholds {
        deadline: Some(deadline),
        ..Thresholds::default()
    };
    let rule = Rule::Silence { deadline };
    let (status, explanation) = if let Some(at) = first_at {
        let who: Vec<&str> = objectors.iter().map(|s| s.eu_code.as_str()).collect();
        (
            Status::NotAdopted,
            format!(
                "Not adopted: silence was broken by an objection from {} (first at {}), before the deadline of {}.",
                who.join(", "),
                at.to_rfc3339(),
                deadline.to_rfc3339()
            ),
        )
    } else if now < deadline {
        (
            Status::Pending,
            format!(
                "Pending: no objection so far; the text is deemed adopted at {} unless a member objects before then.",
                deadline.to_rfc3339()
            ),
        )
    } else {
        (
            Status::Adopted,
            format!(
                "Adopted: the period ended at {} and no member objected before it.",
                deadline.to_rfc3339()
            ),
        )
    };
    Ok(outcome(
        rule,
        status,
        articles::SILENCE,
        tally,
        thresholds,
        explanation,
    ))
}

fn outcome(
    rule: Rule,
    status: Status,
    article: &'static str,
    tally: Tally,
    thresholds: Thresholds,
    explanation: String,
) -> Outcome {
    Outcome {
        rule,
        status,
        adopted: status == Status::Adopted,
        article,
        tally,
        thresholds,
        explanation,
    }
}

/// `part / whole` as a percentage with two decimals, truncated, for explanations only.
fn percent_text(part: u128, whole: u128) -> String {
    if whole == 0 {
        return "0.00 %".to_string();
    }
    let hundredths = part * 10_000 / whole;
    format!("{}.{:02} %", hundredths / 100, hundredths % 100)
}
