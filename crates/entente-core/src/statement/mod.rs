//! Statements (issue 14): the Union's and the Member States' public words on a dossier, drafted
//! in versions, translated into the official languages, adopted through a procedure and released
//! in every verified language at one moment.
//!
//! A statement lives inside a dossier: the dossier's marking bounds it, and its own marking may
//! narrow that, never widen it (`Marking::check_within`). Its release is the act of publication:
//! the adopted version's verified language versions become public together, in one event
//! (`statement.released`), and only what that event carries reaches the public release page.
//!
//! The pure rules the store applies are here; the store establishes the facts (the adopted
//! version, the verified languages, the time) and calls them.

pub mod diff;
pub mod embargo;
mod events;
pub mod templates;

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};

pub use events::*;

use crate::{Invalid, Lang};

/// Longest title of a language version, in characters.
pub const MAX_TITLE: usize = 500;
/// Longest text of a language version, in characters.
pub const MAX_TEXT: usize = 30_000;

/// What kind of statement it is. The first four are the Union's (adopted by the Council or
/// issued on its behalf); a national statement is a Member State's own, which may echo one of
/// the Union's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A declaration by the High Representative on behalf of the European Union (CFSP; agreed
    /// by the Member States, usually by silence procedure).
    HrDeclaration,
    /// Council conclusions.
    CouncilConclusions,
    /// A press release of the Council.
    PressRelease,
    /// Talking points for a démarche by EU delegations.
    DemarchePoints,
    /// A Member State's national statement.
    NationalStatement,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::HrDeclaration,
        Kind::CouncilConclusions,
        Kind::PressRelease,
        Kind::DemarchePoints,
        Kind::NationalStatement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::HrDeclaration => "hr_declaration",
            Kind::CouncilConclusions => "council_conclusions",
            Kind::PressRelease => "press_release",
            Kind::DemarchePoints => "demarche_points",
            Kind::NationalStatement => "national_statement",
        }
    }

    /// A Member State's own statement: drafted and released by its delegate or drafter, without
    /// a Council procedure.
    pub fn is_national(self) -> bool {
        self == Kind::NationalStatement
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                Invalid::new(
                    "kind",
                    "one of hr_declaration, council_conclusions, press_release, demarche_points, national_statement",
                )
            })
    }
}

/// Where a language version stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LangStatus {
    /// Being written or revised; also a verified version edited since.
    Draft,
    /// The translator considers it done; waits for verification.
    Translated,
    /// Checked against the source by a Member State of that language (or the chair).
    Verified,
}

impl LangStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LangStatus::Draft => "draft",
            LangStatus::Translated => "translated",
            LangStatus::Verified => "verified",
        }
    }

    pub fn parse(s: &str) -> Option<LangStatus> {
        match s.trim().to_ascii_lowercase().as_str() {
            "draft" => Some(LangStatus::Draft),
            "translated" => Some(LangStatus::Translated),
            "verified" => Some(LangStatus::Verified),
            _ => None,
        }
    }
}

impl fmt::Display for LangStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Checks a language version's title and text: non-empty, within bounds, no control
/// characters. `field` names the language version (`languages.fr`).
pub fn check_text(field: &str, title: &str, text: &str) -> Result<(), Invalid> {
    if title.trim().is_empty() {
        return Err(Invalid::new(
            &format!("{field}.title"),
            "a title (the heading as it will be published)",
        ));
    }
    if title.chars().count() > MAX_TITLE {
        return Err(Invalid::new(
            &format!("{field}.title"),
            &format!("at most {MAX_TITLE} characters"),
        ));
    }
    if text.trim().is_empty() {
        return Err(Invalid::new(
            &format!("{field}.text"),
            "the text of the statement",
        ));
    }
    if text.chars().count() > MAX_TEXT {
        return Err(Invalid::new(
            &format!("{field}.text"),
            &format!("at most {MAX_TEXT} characters"),
        ));
    }
    crate::lang::check_plain_text(&format!("{field}.title"), title)?;
    crate::lang::check_plain_text(&format!("{field}.text"), text)?;
    Ok(())
}

/// The status a language version takes when its text is set: the one asked for (draft or
/// translated), except that **a verified version that is edited goes back to draft**: its
/// verification covered the text it had, not the new one.
pub fn status_after_edit(
    previous: Option<LangStatus>,
    text_changed: bool,
    asked: LangStatus,
) -> LangStatus {
    match previous {
        Some(LangStatus::Verified) if text_changed => LangStatus::Draft,
        Some(LangStatus::Verified) => LangStatus::Verified,
        _ => asked,
    }
}

/// Whether a language version may be verified: a translation once the translator has marked it
/// translated; the source language (the text the drafters wrote) at any time.
pub fn may_verify(status: LangStatus, is_source: bool) -> Result<(), Invalid> {
    match status {
        LangStatus::Verified => Err(Invalid::new(
            "status",
            "a language version that is not verified yet (this one already is)",
        )),
        LangStatus::Draft if !is_source => Err(Invalid::new(
            "status",
            "a translation marked translated before it is verified (this one is still a draft; set it with `translate --status translated`)",
        )),
        _ => Ok(()),
    }
}

/// Why a release is refused, each with a stable code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReleaseRefused {
    #[error("statement {0} is already released; a release cannot be repeated or undone")]
    AlreadyReleased(String),
    #[error(
        "no version of statement {0} has been adopted: open a procedure on a version (usually the silence procedure) and release it once adopted"
    )]
    NotAdopted(String),
    #[error(
        "version {asked} of statement {id} was not adopted; only the adopted version ({adopted}) can be released"
    )]
    NotTheAdoptedVersion {
        id: String,
        asked: u32,
        adopted: u32,
    },
    #[error("statement {0} has no embargo time: set one (`statement embargo`) before the release")]
    NoEmbargo(String),
    #[error(
        "the embargo of statement {id} runs until {embargo}; it cannot be released before (now {now})"
    )]
    BeforeEmbargo {
        id: String,
        embargo: String,
        now: String,
    },
    #[error(
        "version {version} of statement {id} has no verified language version: verify at least one before the release"
    )]
    NothingVerified { id: String, version: u32 },
    #[error(
        "statement {id} echoes a statement that is not released yet; a national echo waits for the Union's release"
    )]
    EchoBeforeRelease { id: String },
}

impl ReleaseRefused {
    pub fn code(&self) -> &'static str {
        match self {
            ReleaseRefused::AlreadyReleased(_) => "statement.already_released",
            ReleaseRefused::NotAdopted(_) => "statement.not_adopted",
            ReleaseRefused::NotTheAdoptedVersion { .. } => "statement.not_the_adopted_version",
            ReleaseRefused::NoEmbargo(_) => "statement.no_embargo",
            ReleaseRefused::BeforeEmbargo { .. } => "statement.before_embargo",
            ReleaseRefused::NothingVerified { .. } => "statement.nothing_verified",
            ReleaseRefused::EchoBeforeRelease { .. } => "statement.echo_before_release",
        }
    }
}

/// What the store knows when a release is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseFacts {
    pub id: String,
    pub kind: Kind,
    pub released: bool,
    /// The version asked for (`None`: the adopted one).
    pub asked: Option<u32>,
    /// The latest version adopted by a procedure (Union statements).
    pub adopted: Option<u32>,
    /// The latest version (national statements release their latest).
    pub latest: u32,
    pub embargo: Option<DateTime<Utc>>,
    /// Verified languages of each version: `(version, langs)`.
    pub verified: Vec<(u32, Vec<Lang>)>,
    /// For a national echo: whether the Union statement it echoes is released.
    pub echoes_released: Option<bool>,
}

/// Decides which version is released and in which languages, or why not. The Union's
/// statements are released once adopted and once their embargo has passed; a national statement
/// is its party's own act, released when its party says so, but never before the Union's
/// statement it echoes (which keeps the coordinated embargo).
pub fn decide_release(
    f: &ReleaseFacts,
    now: DateTime<Utc>,
) -> Result<(u32, Vec<Lang>), ReleaseRefused> {
    if f.released {
        return Err(ReleaseRefused::AlreadyReleased(f.id.clone()));
    }
    let version = if f.kind.is_national() {
        if f.echoes_released == Some(false) {
            return Err(ReleaseRefused::EchoBeforeRelease { id: f.id.clone() });
        }
        f.asked.unwrap_or(f.latest)
    } else {
        let adopted = f
            .adopted
            .ok_or_else(|| ReleaseRefused::NotAdopted(f.id.clone()))?;
        if let Some(asked) = f.asked
            && asked != adopted
        {
            return Err(ReleaseRefused::NotTheAdoptedVersion {
                id: f.id.clone(),
                asked,
                adopted,
            });
        }
        let embargo = f
            .embargo
            .ok_or_else(|| ReleaseRefused::NoEmbargo(f.id.clone()))?;
        if now < embargo {
            return Err(ReleaseRefused::BeforeEmbargo {
                id: f.id.clone(),
                embargo: crate::event::format_time(embargo),
                now: crate::event::format_time(now),
            });
        }
        adopted
    };
    let langs: Vec<Lang> = f
        .verified
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, l)| l.clone())
        .unwrap_or_default();
    if langs.is_empty() {
        return Err(ReleaseRefused::NothingVerified {
            id: f.id.clone(),
            version,
        });
    }
    Ok((version, langs))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap()
    }

    fn facts() -> ReleaseFacts {
        ReleaseFacts {
            id: "st-x".into(),
            kind: Kind::HrDeclaration,
            released: false,
            asked: None,
            adopted: Some(2),
            latest: 3,
            embargo: Some(t(10)),
            verified: vec![(2, vec![Lang::En, Lang::Fr]), (3, vec![Lang::En])],
            echoes_released: None,
        }
    }

    #[test]
    fn release_needs_adoption_embargo_and_a_verified_language() {
        assert_eq!(
            decide_release(&facts(), t(11)),
            Ok((2, vec![Lang::En, Lang::Fr]))
        );
        let e = decide_release(&facts(), t(9)).unwrap_err();
        assert_eq!(e.code(), "statement.before_embargo");
        let mut f = facts();
        f.adopted = None;
        assert_eq!(
            decide_release(&f, t(11)).unwrap_err().code(),
            "statement.not_adopted"
        );
        let mut f = facts();
        f.asked = Some(3);
        assert_eq!(
            decide_release(&f, t(11)).unwrap_err().code(),
            "statement.not_the_adopted_version"
        );
        let mut f = facts();
        f.embargo = None;
        assert_eq!(
            decide_release(&f, t(11)).unwrap_err().code(),
            "statement.no_embargo"
        );
        let mut f = facts();
        f.verified = vec![(3, vec![Lang::En])];
        assert_eq!(
            decide_release(&f, t(11)).unwrap_err().code(),
            "statement.nothing_verified"
        );
        let mut f = facts();
        f.released = true;
        assert_eq!(
            decide_release(&f, t(11)).unwrap_err().code(),
            "statement.already_released"
        );
    }

    #[test]
    fn a_national_echo_waits_for_the_union() {
        let mut f = facts();
        f.kind = Kind::NationalStatement;
        f.adopted = None;
        f.embargo = None;
        f.echoes_released = Some(false);
        assert_eq!(
            decide_release(&f, t(11)).unwrap_err().code(),
            "statement.echo_before_release"
        );
        f.echoes_released = Some(true);
        assert_eq!(decide_release(&f, t(11)), Ok((3, vec![Lang::En])));
    }

    #[test]
    fn editing_a_verified_version_sends_it_back_to_draft() {
        use LangStatus::*;
        assert_eq!(status_after_edit(Some(Verified), true, Translated), Draft);
        assert_eq!(
            status_after_edit(Some(Verified), false, Translated),
            Verified
        );
        assert_eq!(status_after_edit(Some(Draft), true, Translated), Translated);
        assert_eq!(status_after_edit(None, true, Draft), Draft);
        assert!(may_verify(Draft, true).is_ok());
        assert!(may_verify(Draft, false).is_err());
        assert!(may_verify(Translated, false).is_ok());
        assert!(may_verify(Verified, false).is_err());
    }

    #[test]
    fn kinds_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(k));
        }
        assert!("tweet".parse::<Kind>().is_err());
    }
}
