//! The Council's decision rules for CFSP acts, exactly as the Treaties and the Council's Rules of
//! Procedure state them, as one pure function: [`evaluate`].
//!
//! Each rule cites its article in its doc comment and in the [`Outcome`] it produces. All
//! arithmetic is on integers: "at least 55 % of members" is `members_for * 100 >= 55 * members`,
//! so no rounding ever decides a vote. Times are arguments; nothing here reads the clock.
//!
//! | [`Rule`] | article | adopted when |
//! |---|---|---|
//! | `Unanimity` | Art. 31(1) TEU, Art. 238(4) TFEU | nobody participating votes against, and the members abstaining with a formal declaration are not at least one third of the Member States comprising at least one third of the population |
//! | `QualifiedMajority` | Art. 16(4) TEU; Art. 238(3)(a) TFEU when not all participate | ≥ 55 % of members, at least 15, comprising ≥ 65 % of the population; deemed attained when fewer than 4 members do not vote in favour |
//! | `ReinforcedQualifiedMajority` | Art. 238(2) TFEU; Art. 238(3)(b) TFEU when not all participate | ≥ 72 % of members comprising ≥ 65 % of the population |
//! | `SimpleMajority` | Art. 238(1) TFEU | a majority of the component members (14 of 27) vote in favour |
//! | `Silence` | Art. 12(2) Council Rules of Procedure | the deadline has passed and no member objected before it |

pub mod record;
mod robustness;
mod rules;

use chrono::{DateTime, Utc};

use crate::reference;

pub use robustness::{Margin, MarginKind, REVISION_PERCENT, Robustness, robustness};
pub use rules::evaluate;

/// The article strings used in outcomes, so callers can match on them.
pub mod articles {
    /// CFSP unanimity.
    pub const UNANIMITY: &str = "Art. 31(1) TEU";
    /// Constructive abstention (second subparagraph of Art. 31(1) TEU).
    pub const CONSTRUCTIVE_ABSTENTION: &str = "Art. 31(1) second subparagraph TEU";
    /// Qualified majority, all members participating.
    pub const QMV: &str = "Art. 16(4) TEU";
    /// Reinforced qualified majority, all members participating.
    pub const RQMV: &str = "Art. 238(2) TFEU";
    /// Qualified majority, not all members participating.
    pub const QMV_PARTIAL: &str = "Art. 238(3)(a) TFEU";
    /// Reinforced qualified majority, not all members participating.
    pub const RQMV_PARTIAL: &str = "Art. 238(3)(b) TFEU";
    /// Simple majority.
    pub const SIMPLE_MAJORITY: &str = "Art. 238(1) TFEU";
    /// Silence procedure.
    pub const SILENCE: &str = "Art. 12(2) Council Rules of Procedure";
}

/// A decision rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// CFSP unanimity (Art. 31(1) TEU) with abstention (Art. 238(4) TFEU) and constructive
    /// abstention (Art. 31(1) second subparagraph TEU).
    Unanimity,
    /// Qualified majority on a proposal of the Commission or the High Representative
    /// (Art. 16(4) TEU; Art. 238(3)(a) TFEU when not all members participate).
    QualifiedMajority,
    /// Reinforced qualified majority, when the Council does not act on a proposal of the
    /// Commission or the High Representative (Art. 238(2) TFEU; Art. 238(3)(b) TFEU when not all
    /// members participate).
    ReinforcedQualifiedMajority,
    /// Simple majority of the component members (Art. 238(1) TFEU).
    SimpleMajority,
    /// Silence procedure (Council Rules of Procedure Art. 12(2); the COREU silence procedure for
    /// CFSP is its point (d)): adopted at `deadline` unless a member objects before it.
    Silence {
        /// End of the period set by the Presidency.
        deadline: DateTime<Utc>,
    },
}

impl Rule {
    /// Short machine name: `unanimity`, `qmv`, `rqmv`, `simple`, `silence`.
    pub fn name(&self) -> &'static str {
        match self {
            Rule::Unanimity => "unanimity",
            Rule::QualifiedMajority => "qmv",
            Rule::ReinforcedQualifiedMajority => "rqmv",
            Rule::SimpleMajority => "simple",
            Rule::Silence { .. } => "silence",
        }
    }
}

/// How a Member State stands on the act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Position {
    /// Votes in favour.
    For,
    /// Votes against.
    Against,
    /// Abstains (present or represented). Does not block unanimity (Art. 238(4) TFEU); counts as
    /// not in favour under majority rules.
    Abstain,
    /// Abstains with a formal declaration under Art. 31(1) second subparagraph TEU.
    DeclaredAbstain,
    /// Takes no part in the vote (Art. 238(3) TFEU: e.g. enhanced cooperation, or Denmark on
    /// defence matters under Protocol No 22).
    NotParticipating,
}

impl Position {
    /// The wire name: `for`, `against`, `abstain`, `declared_abstain`, `not_participating`.
    pub fn name(self) -> &'static str {
        match self {
            Position::For => "for",
            Position::Against => "against",
            Position::Abstain => "abstain",
            Position::DeclaredAbstain => "declared_abstain",
            Position::NotParticipating => "not_participating",
        }
    }

    /// Parses a wire name (case-insensitive; `-` and `_` interchangeable).
    pub fn parse(s: &str) -> Option<Position> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "for" => Some(Position::For),
            "against" => Some(Position::Against),
            "abstain" => Some(Position::Abstain),
            "declared_abstain" => Some(Position::DeclaredAbstain),
            "not_participating" => Some(Position::NotParticipating),
            _ => None,
        }
    }
}

/// An objection lodged under the silence procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Objection {
    /// Member State code as given (ISO alpha-2, EL accepted).
    pub party: String,
    /// When the objection was lodged.
    pub at: DateTime<Utc>,
}

/// The positions of the Member States, as given by the caller. Codes are validated by
/// [`evaluate`], which names any unknown, missing or repeated one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Positions {
    entries: Vec<(String, Position)>,
    objections: Vec<Objection>,
}

impl Positions {
    /// No positions yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every Member State in the same position.
    pub fn all(position: Position) -> Self {
        let mut p = Self::new();
        for s in reference::member_states() {
            p.set(&s.alpha2, position);
        }
        p
    }

    /// Records `code`'s position. Does not replace an earlier entry for the same code:
    /// [`evaluate`] reports the repetition.
    pub fn set(&mut self, code: &str, position: Position) -> &mut Self {
        self.entries.push((code.to_string(), position));
        self
    }

    /// Sets the position of a state already present (matched as [`reference::member_state`]
    /// does), or records it if absent.
    pub fn replace(&mut self, code: &str, position: Position) -> &mut Self {
        let target = reference::member_state(code).map(|s| s.alpha2.as_str());
        let existing = self.entries.iter_mut().find(|(c, _)| {
            reference::member_state(c).map(|s| s.alpha2.as_str()) == target && target.is_some()
        });
        match existing {
            Some(entry) => entry.1 = position,
            None => self.entries.push((code.to_string(), position)),
        }
        self
    }

    /// Records an objection under the silence procedure.
    pub fn object(&mut self, code: &str, at: DateTime<Utc>) -> &mut Self {
        self.objections.push(Objection {
            party: code.to_string(),
            at,
        });
        self
    }

    /// The positions as given, in input order.
    pub fn entries(&self) -> &[(String, Position)] {
        &self.entries
    }

    /// The objections as given.
    pub fn objections(&self) -> &[Objection] {
        &self.objections
    }
}

/// Whether the act is adopted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The rule is met.
    Adopted,
    /// The rule is not met.
    NotAdopted,
    /// Not yet decided (silence procedure before its deadline, no objection yet).
    Pending,
}

impl Status {
    /// `adopted`, `not_adopted`, `pending`.
    pub fn name(self) -> &'static str {
        match self {
            Status::Adopted => "adopted",
            Status::NotAdopted => "not_adopted",
            Status::Pending => "pending",
        }
    }
}

/// A number of members and, when a population table was given, the population they represent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Count {
    /// Number of Member States.
    pub members: u32,
    /// Their combined population, when a population table was given.
    pub population: Option<u64>,
}

/// The tally of a vote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally {
    /// In favour.
    pub for_: Count,
    /// Against.
    pub against: Count,
    /// Abstaining without a formal declaration.
    pub abstain: Count,
    /// Abstaining with a formal declaration (Art. 31(1) second subparagraph TEU).
    pub declared_abstain: Count,
    /// Taking no part.
    pub not_participating: Count,
    /// Taking part (everyone but `not_participating`).
    pub participating: Count,
    /// Members who objected in time (silence procedure), ISO alpha-2, protocol order.
    pub objections: Vec<String>,
}

/// The thresholds the deciding rule applied. `None` where a threshold does not apply.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Thresholds {
    /// Minimum members in favour.
    pub members_required: Option<u32>,
    /// Minimum population in favour (65 %, rounded up to a whole person).
    pub population_required: Option<u64>,
    /// Minimum members a blocking minority needs.
    pub blocking_minority_members: Option<u32>,
    /// Declared abstainers that, together with `constructive_abstention_population`, stop the act.
    pub constructive_abstention_members: Option<u32>,
    /// Population of declared abstainers (one third, rounded up) that, with enough members,
    /// stops the act.
    pub constructive_abstention_population: Option<u64>,
    /// Silence procedure deadline.
    pub deadline: Option<DateTime<Utc>>,
}

/// The result of applying a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The rule applied.
    pub rule: Rule,
    /// Adopted, not adopted or pending.
    pub status: Status,
    /// `status == Status::Adopted`.
    pub adopted: bool,
    /// The article that decided, e.g. `"Art. 16(4) TEU"`.
    pub article: &'static str,
    /// Who stood where.
    pub tally: Tally,
    /// The thresholds applied.
    pub thresholds: Thresholds,
    /// One sentence saying why, in English.
    pub explanation: String,
}

/// Why a vote could not be evaluated. Codes are stable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProcedureError {
    /// A code that is not a Member State.
    #[error("{code:?} is not a Member State code: use ISO 3166-1 alpha-2 (GR or EL for Greece)")]
    UnknownMemberState {
        /// The code as given (truncated).
        code: String,
    },
    /// A Member State has no position.
    #[error(
        "no position for {code} ({name}): every Member State must appear (use not_participating if it takes no part)"
    )]
    MissingMemberState {
        /// ISO alpha-2 code.
        code: String,
        /// English name.
        name: String,
    },
    /// A Member State appears twice.
    #[error(
        "{code} appears more than once (GR and EL are the same state): give one position per Member State"
    )]
    DuplicatePosition {
        /// ISO alpha-2 code.
        code: String,
    },
    /// The rule needs population figures and none were given.
    #[error(
        "rule {rule} needs the Annex III population figures of the 27 Member States, and no population table was supplied"
    )]
    PopulationRequired {
        /// The rule's machine name.
        rule: &'static str,
    },
    /// Every member is not participating.
    #[error("no Member State participates in the vote: at least one must take part")]
    NoParticipants,
}

impl ProcedureError {
    /// Stable machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            ProcedureError::UnknownMemberState { .. } => "procedure.unknown_member_state",
            ProcedureError::MissingMemberState { .. } => "procedure.missing_member_state",
            ProcedureError::DuplicatePosition { .. } => "procedure.duplicate_position",
            ProcedureError::PopulationRequired { .. } => "procedure.population_required",
            ProcedureError::NoParticipants => "procedure.no_participants",
        }
    }
}
