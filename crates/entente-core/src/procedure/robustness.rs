//! How robust an outcome is to the population figures: the margin to each threshold, and
//! whether the outcome holds if every Member State's Annex III figure moves by up to
//! ±[`REVISION_PERCENT`] % independently (a table of another year, a revised Eurostat figure).
//!
//! Only the rules that weigh population have population thresholds: qualified majority
//! (Art. 16(4) TEU; Art. 238(3)(a) TFEU), reinforced qualified majority (Art. 238(2) and
//! (3)(b) TFEU) and unanimity with declared abstentions (Art. 31(1) second subparagraph TEU).
//!
//! **Why two perturbations decide it.** Every population condition compares the *share* of one
//! group G of members (those in favour; those abstaining with a declaration) in the
//! participating population P with a fixed fraction: `G / P >= 65 %`, `D / P >= 1/3`. The share
//! `G / (G + R)` increases with every figure in G and decreases with every figure in the rest
//! R, so over the box of revisions it is smallest with G at -2 % and R at +2 %, and largest
//! with G at +2 % and R at -2 %. A condition that has the same value at both corners has it
//! everywhere in the box. The blocking minority of Art. 238(3)(a) TFEU ("the minimum number of
//! Council members representing more than 35 % of the population of the participating Member
//! States, plus one") depends on which states are largest; it is bounded the same way (the
//! largest `k` states' share is at least their pessimistic share and at most their optimistic
//! one), which can only report "close" where it might hold, never "holds" where it might not.
//! All arithmetic is on integers.

use super::rules::{QmvTerms, Resolved, partial_blocking_minority, qmv_terms, resolve, tally};
use super::{Position, Positions, ProcedureError, Rule, Status, articles};
use crate::reference::PopulationTable;

/// The revision every figure may undergo, in per cent, for [`Robustness::holds`].
pub const REVISION_PERCENT: u64 = 2;

/// Which threshold a margin is measured to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarginKind {
    /// Members in favour against the members required (55 % / 72 %, at least 15 for QMV).
    MembersInFavour,
    /// Population in favour against 65 % of the (participating) population.
    PopulationInFavour,
    /// Members not in favour against the blocking minority (QMV): at or above it, they block.
    BlockingMinority,
    /// Members abstaining with a declaration against one third of the members.
    DeclaredMembers,
    /// Population of the members abstaining with a declaration against one third.
    DeclaredPopulation,
}

impl MarginKind {
    /// `members_in_favour`, `population_in_favour`, `blocking_minority`, `declared_members`,
    /// `declared_population`.
    pub fn name(self) -> &'static str {
        match self {
            MarginKind::MembersInFavour => "members_in_favour",
            MarginKind::PopulationInFavour => "population_in_favour",
            MarginKind::BlockingMinority => "blocking_minority",
            MarginKind::DeclaredMembers => "declared_members",
            MarginKind::DeclaredPopulation => "declared_population",
        }
    }

    /// Whether the margin counts persons (else members).
    pub fn is_population(self) -> bool {
        matches!(
            self,
            MarginKind::PopulationInFavour | MarginKind::DeclaredPopulation
        )
    }
}

/// The distance of the vote from one threshold: `margin = actual - required`. For the
/// conditions in favour of adoption (members and population in favour) a margin of 0 or more
/// means the condition is met; for the conditions that stop an act (a blocking minority, the
/// declared abstentions) it means they stop it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Margin {
    pub kind: MarginKind,
    /// The article that sets the threshold.
    pub article: &'static str,
    /// Members, or persons.
    pub actual: u64,
    pub required: u64,
    pub margin: i64,
    /// For population margins: the share minus the threshold, in hundredths of a percentage
    /// point, rounded down (its sign is the sign of `margin`, 0 counting as met).
    pub margin_pp_hundredths: Option<i64>,
}

/// The robustness of an outcome to the population figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Robustness {
    /// The outcome is the same for every table whose figures are each within
    /// ±[`REVISION_PERCENT`] % of the one used.
    pub holds: bool,
    /// Margins to every threshold of the rule.
    pub margins: Vec<Margin>,
}

impl Robustness {
    /// The verdict in words: `holds under any ±2 % revision` or `close: check with the table
    /// in force`.
    pub fn verdict(&self) -> &'static str {
        if self.holds {
            "holds under any ±2 % revision"
        } else {
            "close: check with the table in force"
        }
    }
}

/// A population condition's possible values over the box of revisions: `(at the pessimistic
/// corner, at the optimistic corner)`. `lo && !hi` cannot happen.
type Range = (bool, bool);

/// The values a condition can take over the box.
fn values((lo, hi): Range) -> Vec<bool> {
    if lo == hi {
        vec![lo]
    } else {
        vec![false, true]
    }
}

const LOW: u128 = 100 - REVISION_PERCENT as u128;
const HIGH: u128 = 100 + REVISION_PERCENT as u128;

/// `share(G) >= num/den` of `total`, at both corners of the box (`G` scaled down and the rest
/// up; then the reverse). `strict` for "more than".
fn share_range(group: u128, total: u128, num: u128, den: u128, strict: bool) -> Range {
    let rest = total.saturating_sub(group);
    let at = |g_scale: u128, r_scale: u128| {
        let g = group * g_scale;
        let all = g + rest * r_scale;
        if strict {
            g * den > all * num
        } else {
            g * den >= all * num
        }
    };
    (at(LOW, HIGH), at(HIGH, LOW))
}

/// `floor((part / whole - num / den) * 10_000)`: the distance in hundredths of a percentage
/// point.
fn pp_hundredths(part: u128, whole: u128, num: u128, den: u128) -> Option<i64> {
    if whole == 0 {
        return None;
    }
    let a = i128::try_from(part * den * 10_000).ok()?;
    let b = i128::try_from(whole * num * 10_000).ok()?;
    let d = i128::try_from(whole * den).ok()?;
    i64::try_from((a - b).div_euclid(d)).ok()
}

fn margin(
    kind: MarginKind,
    article: &'static str,
    actual: u64,
    required: u64,
    pp: Option<i64>,
) -> Margin {
    Margin {
        kind,
        article,
        actual,
        required,
        margin: i64::try_from(i128::from(actual) - i128::from(required)).unwrap_or(i64::MIN),
        margin_pp_hundredths: pp,
    }
}

/// The margins and the robustness of `rule` applied to `positions` with `table`, or `None` for
/// a rule whose outcome does not weigh population here (simple majority, silence, unanimity
/// without declared abstentions). Errors are those of [`super::evaluate`].
pub fn robustness(
    rule: Rule,
    positions: &Positions,
    table: &PopulationTable,
) -> Result<Option<Robustness>, ProcedureError> {
    let reinforced = match rule {
        Rule::QualifiedMajority => false,
        Rule::ReinforcedQualifiedMajority => true,
        Rule::Unanimity => return unanimity(positions, table),
        Rule::SimpleMajority | Rule::Silence { .. } => return Ok(None),
    };
    let resolved = resolve(positions)?;
    let t = tally(&resolved, Some(table));
    if t.participating.members == 0 {
        return Err(ProcedureError::NoParticipants);
    }
    let QmvTerms {
        partial,
        percent,
        minimum_members: minimum,
        article,
    } = qmv_terms(&t, reinforced);
    let members = u64::from(t.participating.members);
    let members_for = u64::from(t.for_.members);
    let members_required = (percent * members).div_ceil(100).max(minimum);
    let members_ok = members_for >= members_required;
    let pop_for = t.for_.population.unwrap_or(0);
    let pop_total = t.participating.population.unwrap_or(0);
    let population_required = threshold(pop_total, 65, 100);
    let mut margins = vec![
        margin(
            MarginKind::MembersInFavour,
            article,
            members_for,
            members_required,
            None,
        ),
        margin(
            MarginKind::PopulationInFavour,
            article,
            pop_for,
            population_required,
            pp_hundredths(pop_for.into(), pop_total.into(), 65, 100),
        ),
    ];
    let population_ok = share_range(pop_for.into(), pop_total.into(), 65, 100, false);
    let non_supporters = t.participating.members - t.for_.members;
    // Deemed attained: fewer non-supporters than a blocking minority needs.
    let deemed: Range = if reinforced {
        (false, false)
    } else if !partial {
        let d = non_supporters < 4;
        margins.push(margin(
            MarginKind::BlockingMinority,
            articles::QMV,
            u64::from(non_supporters),
            4,
            None,
        ));
        (d, d)
    } else {
        let b = partial_blocking_minority(&resolved, table);
        margins.push(margin(
            MarginKind::BlockingMinority,
            articles::QMV_PARTIAL,
            u64::from(non_supporters),
            u64::from(b),
            None,
        ));
        // deemed ⟺ the largest (non_supporters - 1) participants hold at most 35 %.
        let top = largest(&resolved, table, non_supporters.saturating_sub(1));
        let (exceeds_lo, exceeds_hi) = share_range(top, pop_total.into(), 35, 100, true);
        (!exceeds_hi, !exceeds_lo)
    };
    let status = |pop_ok: bool, deemed: bool| {
        if members_ok && (pop_ok || deemed) {
            Status::Adopted
        } else {
            Status::NotAdopted
        }
    };
    let base = status(
        pop_for_ok(pop_for, pop_total),
        deemed_now(&t, &resolved, table, reinforced, partial),
    );
    let holds = values(population_ok)
        .into_iter()
        .all(|p| values(deemed).into_iter().all(|d| status(p, d) == base));
    Ok(Some(Robustness { holds, margins }))
}

fn pop_for_ok(pop_for: u64, total: u64) -> bool {
    u128::from(pop_for) * 100 >= u128::from(total) * 65
}

fn deemed_now(
    t: &super::Tally,
    resolved: &Resolved,
    table: &PopulationTable,
    reinforced: bool,
    partial: bool,
) -> bool {
    let non_supporters = t.participating.members - t.for_.members;
    match (reinforced, partial) {
        (true, _) => false,
        (false, false) => non_supporters < 4,
        (false, true) => non_supporters < partial_blocking_minority(resolved, table),
    }
}

/// `ceil(total * num / den)`.
fn threshold(total: u64, num: u128, den: u128) -> u64 {
    u64::try_from((u128::from(total) * num).div_ceil(den)).unwrap_or(u64::MAX)
}

/// The combined population of the `k` most populous participants.
fn largest(resolved: &Resolved, table: &PopulationTable, k: u32) -> u128 {
    let mut pops: Vec<u64> = resolved
        .iter()
        .filter(|(_, p)| *p != Position::NotParticipating)
        .map(|(s, _)| table.population(&s.alpha2).unwrap_or(0))
        .collect();
    pops.sort_unstable_by(|a, b| b.cmp(a));
    pops.iter().take(k as usize).map(|p| u128::from(*p)).sum()
}

/// Unanimity with declared abstentions (Art. 31(1) second subparagraph TEU): the act is stopped
/// when the declared abstainers are at least one third of the members *and* comprise at least
/// one third of the population.
fn unanimity(
    positions: &Positions,
    table: &PopulationTable,
) -> Result<Option<Robustness>, ProcedureError> {
    let resolved = resolve(positions)?;
    let t = tally(&resolved, Some(table));
    if t.participating.members == 0 {
        return Err(ProcedureError::NoParticipants);
    }
    if t.declared_abstain.members == 0 {
        return Ok(None);
    }
    let members = u64::from(t.participating.members);
    let declared = u64::from(t.declared_abstain.members);
    let d_pop = t.declared_abstain.population.unwrap_or(0);
    let p_total = t.participating.population.unwrap_or(0);
    let margins = vec![
        margin(
            MarginKind::DeclaredMembers,
            articles::CONSTRUCTIVE_ABSTENTION,
            declared,
            members.div_ceil(3),
            None,
        ),
        margin(
            MarginKind::DeclaredPopulation,
            articles::CONSTRUCTIVE_ABSTENTION,
            d_pop,
            threshold(p_total, 1, 3),
            pp_hundredths(d_pop.into(), p_total.into(), 1, 3),
        ),
    ];
    let against = t.against.members > 0;
    let members_stop = declared * 3 >= members;
    let population_stop = share_range(d_pop.into(), p_total.into(), 1, 3, false);
    let status = |pop: bool| {
        if against || (members_stop && pop) {
            Status::NotAdopted
        } else {
            Status::Adopted
        }
    };
    let base = status(u128::from(d_pop) * 3 >= u128::from(p_total));
    let holds = values(population_stop)
        .into_iter()
        .all(|p| status(p) == base);
    Ok(Some(Robustness { holds, margins }))
}
