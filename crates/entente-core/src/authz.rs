//! **Who may do what**: the one permission table of entente, as data, and the one function that
//! reads it. Visibility (what a user may *see*) is [`crate::can_see`]; this module decides what a
//! signed-in user may *do* to an item they can see.
//!
//! Every command of the store calls [`require`] with the action, the caller and the caller's
//! relation to the item, whatever the route (API, web form, CLI, TAXII): the web form and the API
//! cannot disagree because neither decides. A caller is granted an action when one row of
//! [`TABLE`] for that action lists one of their roles and every relation the row asks for
//! holds. Nothing else grants anything: an action without a row is denied to everyone, and a
//! reader who has not signed in holds no role.
//!
//! Relations are facts the store establishes about the caller and the item:
//! - **own party**: the caller acts for the party the item concerns (the party whose position,
//!   assessment or objection it is; the party that added an evidence item; the party of the
//!   account being administered);
//! - **originator**: the caller's party originated the item (a dossier's origin, the party that
//!   first published a STIX object id: STIX 2.1 §3.6, only the creator versions an object);
//! - **chair**: the caller's party chairs now: the EEAS (which chairs the Horizontal Working
//!   Party on Cyber Issues in entente's model) or the Member State holding the rotating Presidency
//!   on that day (Council Decision (EU) 2016/1316); the `chair` role is needed as well;
//! - **not self**: the item is not the caller's own account (separation of duties: nobody grants
//!   themselves roles, clearances or approvals).
//!
//! The instance itself acts with the [`Role::Operator`] role, which no account can hold: the
//! operator at the console of a data directory (`entente user add`, the demo loader, the deadline
//! sweeper) is the root of trust of an instance, and witnesses (see `docs/security.md`) are what
//! keep that root honest.

use std::collections::BTreeSet;
use std::fmt;

use crate::account::Role;
use crate::marking::Viewer;

/// Something a user may ask entente to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    DossierCreate,
    DossierEdit,
    DossierTransition,
    DossierMark,
    /// Changing the named recipients of a TLP:RED item after it was created.
    DossierRecipients,
    EvidenceAdd,
    EvidenceWithdraw,
    AssessmentSubmit,
    PictureProposeAgreed,
    PictureObject,
    ProcedureOpen,
    ProcedureClose,
    /// Fixing the outcome of procedures whose deadline passed (the sweeper).
    ProcedureCloseDue,
    /// Recording a procedure concluded outside entente, for the public record.
    ProcedureRecordHistoric,
    PositionRecord,
    PackageAssemble,
    /// Loading an Annex III population table (Council Rules of Procedure Art. 11(6)).
    PopulationImport,
    AttributionRecordNational,
    AttributionRecordJoint,
    AttributionWithdrawNational,
    AttributionWithdrawJoint,
    StixIngest,
    /// Publishing a new version of an existing STIX object id.
    StixVersion,
    PartyRegister,
    AccountCreate,
    /// Activating an account created over the API (it starts pending).
    AccountActivate,
    AccountDisable,
    AccountRolesChange,
    /// Granting or revoking the `admin` role.
    AccountAdminGrant,
    /// Granting or revoking the `security_officer` role.
    AccountSecurityOfficerGrant,
    AccountClearanceGrant,
    /// The second officer's approval of a clearance of SECRET UE or above.
    AccountClearanceApprove,
    /// Asking for a reset of another account's password (the first of two persons).
    AccountPasswordReset,
    /// The second person's approval of a password reset: only then does the reset take effect,
    /// and each of the two holds half of the one-time code the account's holder signs in with.
    AccountPasswordResetApprove,
    /// The second person's approval of a role grant (a party-bound role asked for by the
    /// administrator, or `security_officer` asked for by an officer).
    AccountRolesApprove,
    /// Removing an account's second factor (a lost device), so that it enrols again.
    AccountSecondFactorReset,
    AccountSessionsEnd,
    /// Setting the rules that map a single sign-on provider's claims to accounts.
    SignOnRulesSet,
    /// The second person's approval of a sign-on rule, which takes effect only then.
    SignOnRulesApprove,
    /// Registering (or removing) a witness's key and the account that posts its co-signatures.
    WitnessRegister,
    /// Reading the log's signed tree head, consistency proofs and co-signatures (their sizes
    /// count every event, hidden ones too).
    LogHeadRead,
    AuditRead,
    /// Listing accounts (an admin sees every account, a security officer their party's).
    AccountRead,
    TokenCreate,
    /// Drafting a statement of the Union, a new version, or one of its language versions.
    StatementDraft,
    /// Drafting a national statement, a new version, or one of its language versions.
    StatementDraftNational,
    /// Verifying a language version against the source.
    StatementVerify,
    /// Setting the embargo time of a statement of the Union.
    StatementEmbargo,
    /// Releasing a statement of the Union (its adopted version, in every verified language).
    StatementRelease,
    /// Releasing a national statement.
    StatementReleaseNational,
    /// Recording a listing under the cyber sanctions regime.
    SanctionsList,
    /// Recording an amendment of a listing.
    SanctionsAmend,
    /// Recording a delisting.
    SanctionsDelist,
    /// Recording a renewal of the regime or its listings.
    SanctionsRenew,
    /// Defining, changing or retiring a TAXII collection (a view of the store with its own
    /// read and write lists).
    TaxiiCollectionManage,
    /// Reading a TAXII collection's objects, manifest and versions (TAXII 2.1 §5.3-§5.8):
    /// the collection's `can_read` list must name the caller's party or one of their roles.
    TaxiiCollectionRead,
    /// Adding objects to a TAXII collection (TAXII 2.1 §5.5): the collection's `can_write`
    /// list must name the caller's party or one of their roles; the objects then go through
    /// [`Action::StixIngest`] and [`Action::StixVersion`] like any ingest.
    TaxiiCollectionWrite,
    /// Deleting an object from a TAXII collection (TAXII 2.1 §5.7), where the collection
    /// allows it.
    TaxiiObjectDelete,
    /// Recording a measure of the policy tracker, or importing a feed or file of them.
    PolicyRecord,
    /// Recording a measure's stage change, an analysis note or a link to a process.
    PolicyUpdate,
    /// Subscribing to alerts of the policy tracker (for oneself).
    PolicySubscribe,
    /// Sending the e-mail digests of alerts (the instance).
    PolicyDigestSend,
    /// Recording a FIMI incident.
    FimiRecord,
    /// Revising a FIMI incident's facts.
    FimiRevise,
    /// Linking a FIMI incident to a dossier.
    FimiLink,
    /// Recording the DISARM countermeasure a response applies to an incident.
    FimiCountermeasure,
    /// Opening an election observation mission's monitoring record.
    ElectionRecord,
    /// Adding to a mission's campaign timeline (observations, incidents, findings).
    ElectionObserve,
    /// Recording an internet shutdown or a surveillance event.
    RightsRecord,
    /// Recording or updating a human rights defender's case.
    RightsDefender,
    /// Updating a human rights record (a shutdown lifted, ...).
    RightsUpdate,
}

impl Action {
    /// Every action, in table order.
    pub const ALL: [Action; 71] = [
        Action::DossierCreate,
        Action::DossierEdit,
        Action::DossierTransition,
        Action::DossierMark,
        Action::DossierRecipients,
        Action::EvidenceAdd,
        Action::EvidenceWithdraw,
        Action::AssessmentSubmit,
        Action::PictureProposeAgreed,
        Action::PictureObject,
        Action::ProcedureOpen,
        Action::ProcedureClose,
        Action::ProcedureCloseDue,
        Action::ProcedureRecordHistoric,
        Action::PositionRecord,
        Action::PackageAssemble,
        Action::PopulationImport,
        Action::AttributionRecordNational,
        Action::AttributionRecordJoint,
        Action::AttributionWithdrawNational,
        Action::AttributionWithdrawJoint,
        Action::StixIngest,
        Action::StixVersion,
        Action::PartyRegister,
        Action::AccountCreate,
        Action::AccountActivate,
        Action::AccountDisable,
        Action::AccountRolesChange,
        Action::AccountAdminGrant,
        Action::AccountSecurityOfficerGrant,
        Action::AccountClearanceGrant,
        Action::AccountClearanceApprove,
        Action::AccountPasswordReset,
        Action::AccountPasswordResetApprove,
        Action::AccountRolesApprove,
        Action::AccountSecondFactorReset,
        Action::AccountSessionsEnd,
        Action::SignOnRulesSet,
        Action::SignOnRulesApprove,
        Action::WitnessRegister,
        Action::LogHeadRead,
        Action::AuditRead,
        Action::AccountRead,
        Action::TokenCreate,
        Action::StatementDraft,
        Action::StatementDraftNational,
        Action::StatementVerify,
        Action::StatementEmbargo,
        Action::StatementRelease,
        Action::StatementReleaseNational,
        Action::SanctionsList,
        Action::SanctionsAmend,
        Action::SanctionsDelist,
        Action::SanctionsRenew,
        Action::TaxiiCollectionManage,
        Action::TaxiiCollectionRead,
        Action::TaxiiCollectionWrite,
        Action::TaxiiObjectDelete,
        Action::PolicyRecord,
        Action::PolicyUpdate,
        Action::PolicySubscribe,
        Action::PolicyDigestSend,
        Action::FimiRecord,
        Action::FimiRevise,
        Action::FimiLink,
        Action::FimiCountermeasure,
        Action::ElectionRecord,
        Action::ElectionObserve,
        Action::RightsRecord,
        Action::RightsDefender,
        Action::RightsUpdate,
    ];

    /// What the action is, in words, for error messages and the documentation.
    pub fn describe(self) -> &'static str {
        match self {
            Action::DossierCreate => "creating a dossier",
            Action::DossierEdit => "editing a dossier's facts",
            Action::DossierTransition => "moving a dossier to another status",
            Action::DossierMark => "changing a dossier's marking",
            Action::DossierRecipients => "changing the named recipients of a TLP:RED dossier",
            Action::EvidenceAdd => "adding evidence",
            Action::EvidenceWithdraw => "withdrawing evidence",
            Action::AssessmentSubmit => "submitting a party's assessment",
            Action::PictureProposeAgreed => "proposing the agreed picture",
            Action::PictureObject => "objecting to a proposed picture",
            Action::ProcedureOpen => "opening a procedure",
            Action::ProcedureClose => "closing a procedure",
            Action::ProcedureCloseDue => "closing procedures whose deadline passed",
            Action::ProcedureRecordHistoric => "recording a procedure concluded outside entente",
            Action::PositionRecord => "recording a party's position in a procedure",
            Action::PackageAssemble => "assembling a package of measures",
            Action::PopulationImport => "loading an Annex III population table",
            Action::AttributionRecordNational => "recording a national attribution",
            Action::AttributionRecordJoint => "recording a joint attribution",
            Action::AttributionWithdrawNational => "withdrawing a national attribution",
            Action::AttributionWithdrawJoint => "withdrawing a joint attribution",
            Action::StixIngest => "ingesting STIX objects",
            Action::StixVersion => "publishing a new version of a STIX object",
            Action::PartyRegister => "registering a party",
            Action::AccountCreate => "creating an account",
            Action::AccountActivate => "activating an account",
            Action::AccountDisable => "disabling an account",
            Action::AccountRolesChange => "changing an account's roles",
            Action::AccountAdminGrant => "granting or revoking the admin role",
            Action::AccountSecurityOfficerGrant => "granting or revoking the security_officer role",
            Action::AccountClearanceGrant => "granting a security clearance",
            Action::AccountClearanceApprove => {
                "approving a clearance of SECRET UE (second officer)"
            }
            Action::AccountPasswordReset => "asking for a reset of another account's password",
            Action::AccountPasswordResetApprove => "approving a password reset (second person)",
            Action::AccountRolesApprove => "approving a role grant (second person)",
            Action::AccountSecondFactorReset => "resetting another account's second factor",
            Action::AccountSessionsEnd => "ending another account's sessions and tokens",
            Action::SignOnRulesSet => "setting the single sign-on mapping rules",
            Action::SignOnRulesApprove => "approving a single sign-on rule (second person)",
            Action::WitnessRegister => "registering a witness of the log",
            Action::LogHeadRead => "reading the log's signed tree head and proofs",
            Action::AuditRead => "reading the audit trail",
            Action::AccountRead => "listing accounts",
            Action::TokenCreate => "creating an API token",
            Action::StatementDraft => "drafting a statement of the Union or one of its versions",
            Action::StatementDraftNational => {
                "drafting a national statement or one of its versions"
            }
            Action::StatementVerify => "verifying a language version of a statement",
            Action::StatementEmbargo => "setting the embargo time of a statement",
            Action::StatementRelease => "releasing a statement of the Union",
            Action::StatementReleaseNational => "releasing a national statement",
            Action::SanctionsList => "recording a listing under the cyber sanctions regime",
            Action::SanctionsAmend => "recording the amendment of a listing",
            Action::SanctionsDelist => "recording a delisting",
            Action::SanctionsRenew => "recording a renewal of the cyber sanctions regime",
            Action::TaxiiCollectionManage => "defining a TAXII collection",
            Action::TaxiiCollectionRead => "reading a TAXII collection",
            Action::TaxiiCollectionWrite => "adding objects to a TAXII collection",
            Action::TaxiiObjectDelete => "deleting an object from a TAXII collection",
            Action::PolicyRecord => "recording or importing measures of the policy tracker",
            Action::PolicyUpdate => {
                "recording a measure's stage change, analysis note or process link"
            }
            Action::PolicySubscribe => "subscribing to alerts of the policy tracker",
            Action::PolicyDigestSend => "sending e-mail digests of alerts",
            Action::FimiRecord => "recording a FIMI incident",
            Action::FimiRevise => "revising a FIMI incident",
            Action::FimiLink => "linking a FIMI incident to a dossier",
            Action::FimiCountermeasure => "recording the DISARM countermeasure a response applies",
            Action::ElectionRecord => "opening an election monitoring record",
            Action::ElectionObserve => "adding to an election monitoring timeline",
            Action::RightsRecord => "recording an internet shutdown or surveillance event",
            Action::RightsDefender => "recording a human rights defender's case",
            Action::RightsUpdate => "updating a human rights record",
        }
    }
}

/// A fact about the caller and the item that a row of the table may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    OwnParty,
    Originator,
    Chair,
    NotSelf,
    Witness,
    /// The item's own access list names the caller's party or one of their roles (a TAXII
    /// collection's `can_read` or `can_write`).
    Listed,
}

impl Relation {
    pub fn describe(self) -> &'static str {
        match self {
            Relation::OwnParty => "for your own party",
            Relation::Originator => "by the originating party",
            Relation::Chair => "by the chair (the EEAS or the Presidency of the day)",
            Relation::NotSelf => "on an account other than your own",
            Relation::Witness => "by an account an administrator registered as a witness",
            Relation::Listed => {
                "named (by party or role) in the collection's own can_read or can_write list"
            }
        }
    }
}

/// The relations that hold between a caller and an item, as established by the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    pub own_party: bool,
    pub originator: bool,
    pub chair: bool,
    pub not_self: bool,
    /// The caller's account posts the co-signatures of a registered witness key.
    pub witness: bool,
    pub listed: bool,
}

impl Facts {
    pub fn none() -> Self {
        Facts::default()
    }

    fn holds(&self, r: Relation) -> bool {
        match r {
            Relation::OwnParty => self.own_party,
            Relation::Originator => self.originator,
            Relation::Chair => self.chair,
            Relation::NotSelf => self.not_self,
            Relation::Witness => self.witness,
            Relation::Listed => self.listed,
        }
    }
}

/// One row: who (any of `roles`) may do `action`, and under which relations (all must hold).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub action: Action,
    pub roles: &'static [Role],
    pub needs: &'static [Relation],
}

const fn rule(action: Action, roles: &'static [Role], needs: &'static [Relation]) -> Rule {
    Rule {
        action,
        roles,
        needs,
    }
}

use Action as A;
use Relation as R;
use Role::{Admin, Analyst, Chair, Delegate, Drafter, Operator, SecurityOfficer};

/// **The** permission table. Several rows for one action are alternatives.
pub const TABLE: &[Rule] = &[
    // Dossiers: any contributing member opens one; its originating party edits, re-marks and
    // moves it; the chair moves it through the procedure.
    rule(A::DossierCreate, &[Delegate, Analyst, Chair, Operator], &[]),
    rule(
        A::DossierEdit,
        &[Delegate, Analyst, Chair],
        &[R::Originator],
    ),
    rule(A::DossierEdit, &[Operator], &[]),
    rule(A::DossierTransition, &[Delegate, Chair], &[R::Originator]),
    rule(A::DossierTransition, &[Chair], &[R::Chair]),
    rule(A::DossierTransition, &[Operator], &[]),
    rule(A::DossierMark, &[Delegate, Chair], &[R::Originator]),
    rule(
        A::DossierRecipients,
        &[SecurityOfficer],
        &[R::Originator, R::NotSelf],
    ),
    // The shared picture: every contributing party adds evidence; a party assesses and objects
    // for itself; the chair proposes the agreed picture.
    rule(A::EvidenceAdd, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(
        A::EvidenceWithdraw,
        &[Analyst, Delegate, Chair],
        &[R::OwnParty],
    ),
    rule(A::AssessmentSubmit, &[Analyst, Delegate], &[R::OwnParty]),
    rule(A::PictureProposeAgreed, &[Chair], &[R::Chair]),
    rule(A::PictureObject, &[Delegate], &[R::OwnParty]),
    // Procedures: the chair opens and closes (Council Rules of Procedure Art. 12(2) for the
    // silence procedure: the Presidency sets and runs it); each delegate speaks for their own
    // Member State only.
    rule(A::ProcedureOpen, &[Chair], &[R::Chair]),
    rule(A::ProcedureClose, &[Chair], &[R::Chair]),
    rule(A::ProcedureCloseDue, &[Operator], &[]),
    rule(A::ProcedureRecordHistoric, &[Operator], &[]),
    rule(A::PositionRecord, &[Delegate], &[R::OwnParty]),
    rule(A::PackageAssemble, &[Delegate, Chair], &[]),
    // Reference data every vote weighs: the Annex III table of a year, checked against what is
    // known of it, is loaded by an administrator or at the console.
    rule(A::PopulationImport, &[Admin, Operator], &[]),
    // Attribution is a sovereign political decision of each state (2017 conclusions, para. 4):
    // a delegate records their own state's; the chair records the joint one adopted by the
    // Council.
    rule(A::AttributionRecordNational, &[Delegate], &[R::OwnParty]),
    // The operator enters attributions of the public record (demo data, the history).
    rule(A::AttributionRecordNational, &[Operator], &[]),
    rule(A::AttributionRecordJoint, &[Chair], &[R::Chair]),
    rule(A::AttributionWithdrawNational, &[Delegate], &[R::OwnParty]),
    rule(A::AttributionWithdrawJoint, &[Chair], &[R::Chair]),
    // STIX: contributors ingest; only the creating party publishes versions (STIX 2.1 §3.6).
    rule(A::StixIngest, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(
        A::StixVersion,
        &[Analyst, Delegate, Chair, Operator],
        &[R::Originator],
    ),
    // Accounts: separation of duties. The admin provisions accounts (pending until a security
    // officer of the account's party activates them) and disables them; clearances, passwords
    // and the security officer role belong to the security officers of the account's own party;
    // nobody acts on their own account.
    rule(A::PartyRegister, &[Operator], &[]),
    rule(A::AccountCreate, &[Admin, Operator], &[]),
    rule(
        A::AccountActivate,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountActivate, &[Operator], &[]),
    rule(A::AccountDisable, &[Admin], &[R::NotSelf]),
    rule(
        A::AccountDisable,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountDisable, &[Operator], &[]),
    // The admin asks for ordinary roles (R8); added roles other than observer take effect
    // once an officer of the account's party approves (a voice of a party is the party's
    // choice). Removing roles takes effect at once.
    rule(A::AccountRolesChange, &[Admin], &[R::NotSelf]),
    rule(A::AccountRolesChange, &[Operator], &[]),
    rule(
        A::AccountRolesApprove,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountRolesApprove, &[Admin], &[R::NotSelf]),
    rule(A::AccountAdminGrant, &[Operator], &[]),
    rule(
        A::AccountSecurityOfficerGrant,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountSecurityOfficerGrant, &[Operator], &[]),
    rule(
        A::AccountClearanceGrant,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountClearanceGrant, &[Operator], &[]),
    rule(
        A::AccountClearanceApprove,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    // A reset takes two persons (R1): an officer of the account's party asks, a second officer
    // of the party or the admin approves; each holds half of the one-time code, so neither
    // alone can sign in as the account.
    rule(
        A::AccountPasswordReset,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountPasswordReset, &[Operator], &[]),
    rule(
        A::AccountPasswordResetApprove,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountPasswordResetApprove, &[Admin], &[R::NotSelf]),
    // A lost authenticator: the same officers who vouch for the account reset its second
    // factor (never their own: another officer does that).
    rule(
        A::AccountSecondFactorReset,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountSecondFactorReset, &[Operator], &[]),
    rule(A::AccountSessionsEnd, &[Admin], &[R::NotSelf]),
    rule(
        A::AccountSessionsEnd,
        &[SecurityOfficer],
        &[R::OwnParty, R::NotSelf],
    ),
    rule(A::AccountSessionsEnd, &[Operator], &[]),
    // Single sign-on: an officer maps the provider's users to their own party only.
    rule(A::SignOnRulesSet, &[SecurityOfficer], &[R::OwnParty]),
    rule(A::SignOnRulesSet, &[Operator], &[]),
    // A rule is a standing grant to everyone the provider places in a group: a second person
    // (another officer of the party, or the admin) approves it before it maps anybody (R3).
    rule(A::SignOnRulesApprove, &[SecurityOfficer], &[R::OwnParty]),
    rule(A::SignOnRulesApprove, &[Admin], &[]),
    // Witnesses: the admin registers which key co-signs for which account (R12); heads and
    // proofs count every event, so only witnesses and those who audit read them (R10).
    rule(A::WitnessRegister, &[Admin, Operator], &[]),
    rule(A::LogHeadRead, &[Admin, SecurityOfficer, Operator], &[]),
    rule(
        A::LogHeadRead,
        &[Delegate, Analyst, Role::Drafter, Chair, Role::Observer],
        &[R::Witness],
    ),
    rule(A::AuditRead, &[Admin, SecurityOfficer, Operator], &[]),
    rule(A::AccountRead, &[Admin, SecurityOfficer, Operator], &[]),
    // Any signed-in account may hold API tokens for itself (the token carries no more than the
    // account); a token cannot mint further tokens (decided at the edge, where the credential
    // is known).
    rule(
        A::TokenCreate,
        &[
            Delegate,
            Analyst,
            Drafter,
            Chair,
            Role::Observer,
            Admin,
            SecurityOfficer,
        ],
        &[],
    ),
    // Statements (issue 14): drafters write the Union's statements; a Member State of the
    // language (or the chair) verifies each language version; the chair sets the embargo and
    // releases the adopted version; a Member State's delegate or drafter writes and releases
    // its own national statement.
    rule(A::StatementDraft, &[Drafter], &[]),
    rule(
        A::StatementDraftNational,
        &[Delegate, Drafter],
        &[R::OwnParty],
    ),
    rule(A::StatementVerify, &[Drafter], &[R::OwnParty]),
    rule(A::StatementVerify, &[Drafter], &[R::Chair]),
    rule(A::StatementEmbargo, &[Chair], &[R::Chair]),
    rule(A::StatementRelease, &[Chair], &[R::Chair]),
    rule(
        A::StatementReleaseNational,
        &[Delegate, Drafter],
        &[R::OwnParty],
    ),
    // The sanctions register records the Council's acts (Regulation (EU) 2019/796, Art. 13):
    // entered by the chair, or by the operator from the public record.
    rule(A::SanctionsList, &[Chair], &[R::Chair]),
    rule(A::SanctionsList, &[Operator], &[]),
    rule(A::SanctionsAmend, &[Chair], &[R::Chair]),
    rule(A::SanctionsAmend, &[Operator], &[]),
    rule(A::SanctionsDelist, &[Chair], &[R::Chair]),
    rule(A::SanctionsDelist, &[Operator], &[]),
    rule(A::SanctionsRenew, &[Chair], &[R::Chair]),
    rule(A::SanctionsRenew, &[Operator], &[]),
    // TAXII 2.1 (issue 13): an admin defines collections, views of the store; a collection's
    // own lists name who reads and who writes it, and the table names the roles that may do
    // either at all. What a reader sees inside is still decided by `can_see`, object by object;
    // what a writer adds still goes through the STIX rows above (provenance included).
    rule(A::TaxiiCollectionManage, &[Admin, Operator], &[]),
    rule(
        A::TaxiiCollectionRead,
        &[
            Delegate,
            Analyst,
            Role::Drafter,
            Chair,
            Role::Observer,
            Admin,
            SecurityOfficer,
        ],
        &[R::Listed],
    ),
    rule(A::TaxiiCollectionRead, &[Operator], &[]),
    rule(
        A::TaxiiCollectionWrite,
        &[Analyst, Delegate, Chair],
        &[R::Listed],
    ),
    rule(A::TaxiiCollectionWrite, &[Operator], &[]),
    rule(
        A::TaxiiObjectDelete,
        &[Analyst, Delegate, Chair],
        &[R::Listed, R::Originator],
    ),
    // The watch (issue 18). The tracker is the community's: analysts, delegates and the chair
    // record and update measures they can see (11406/22 para. 6: monitoring is shared work);
    // every signed-in account subscribes for itself; the instance sends digests.
    rule(A::PolicyRecord, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(A::PolicyUpdate, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(
        A::PolicySubscribe,
        &[
            Delegate,
            Analyst,
            Role::Drafter,
            Chair,
            Role::Observer,
            Admin,
            SecurityOfficer,
        ],
        &[],
    ),
    rule(A::PolicyDigestSend, &[Operator], &[]),
    // FIMI incidents: analysts and delegates record; the originating party revises; linking to
    // a dossier and citing the countermeasure a response applies are the response's work.
    rule(A::FimiRecord, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(A::FimiRevise, &[Analyst, Delegate, Chair], &[R::Originator]),
    rule(A::FimiRevise, &[Operator], &[]),
    rule(A::FimiLink, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(A::FimiCountermeasure, &[Delegate, Chair, Operator], &[]),
    // Election monitoring: the mission's analysts keep the record and its timeline.
    rule(
        A::ElectionRecord,
        &[Analyst, Delegate, Chair, Operator],
        &[],
    ),
    rule(
        A::ElectionObserve,
        &[Analyst, Delegate, Chair],
        &[R::Originator],
    ),
    rule(A::ElectionObserve, &[Operator], &[]),
    // Human rights online: shutdowns and surveillance by any contributor; a defender's case
    // (sensitive) is kept by its originating party's delegates and analysts.
    rule(A::RightsRecord, &[Analyst, Delegate, Chair, Operator], &[]),
    rule(A::RightsDefender, &[Analyst, Delegate, Operator], &[]),
    rule(
        A::RightsUpdate,
        &[Analyst, Delegate, Chair],
        &[R::Originator],
    ),
    rule(A::RightsUpdate, &[Operator], &[]),
];

/// Why an action was refused: the action and what it would have needed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct Denied {
    pub action: Action,
    pub rules: Vec<Rule>,
}

impl Denied {
    /// "recording a party's position in a procedure needs the delegate role, for your own party".
    pub fn message(&self) -> String {
        let alts: Vec<String> = self
            .rules
            .iter()
            .filter(|r| !r.roles.contains(&Operator) || r.roles.len() > 1)
            .map(|r| {
                let roles: Vec<&str> = r
                    .roles
                    .iter()
                    .filter(|x| **x != Operator)
                    .map(|x| x.as_str())
                    .collect();
                let mut s = format!(
                    "the {} role",
                    match roles.as_slice() {
                        [one] => (*one).to_string(),
                        many => many.join(" or "),
                    }
                );
                for n in r.needs {
                    s.push_str(", ");
                    s.push_str(n.describe());
                }
                s
            })
            .collect();
        if alts.is_empty() {
            format!(
                "{} is done by the instance's operator at the console, not through an account",
                self.action.describe()
            )
        } else {
            format!("{} needs {}", self.action.describe(), alts.join("; or "))
        }
    }
}

/// The rows of the table for `action`.
pub fn rules_for(action: Action) -> impl Iterator<Item = &'static Rule> {
    TABLE.iter().filter(move |r| r.action == action)
}

/// May a caller holding `roles`, in the relations `facts`, do `action`?
pub fn permitted(action: Action, roles: &BTreeSet<Role>, facts: &Facts) -> bool {
    rules_for(action).any(|r| {
        r.roles.iter().any(|x| roles.contains(x)) && r.needs.iter().all(|n| facts.holds(*n))
    })
}

/// **The** check every command runs: `Ok` when `viewer` may do `action` in the relations
/// `facts`, else [`Denied`] naming what it needs. A reader who has not signed in holds no role
/// and is refused everything.
pub fn require(action: Action, viewer: &Viewer, facts: &Facts) -> Result<(), Denied> {
    if !viewer.is_public() && permitted(action, &viewer.roles, facts) {
        return Ok(());
    }
    Err(Denied {
        action,
        rules: rules_for(action).copied().collect(),
    })
}

/// The table as Markdown, for `docs/security.md` (a test keeps the document in step).
pub fn table_markdown() -> String {
    let mut s = String::from("| action | roles | relations |\n|---|---|---|\n");
    for r in TABLE {
        let roles: Vec<&str> = r.roles.iter().map(|x| x.as_str()).collect();
        let needs: Vec<&str> = r.needs.iter().map(|n| n.describe()).collect();
        s.push_str(&format!(
            "| {} | {} | {} |\n",
            r.action.describe(),
            roles.join(", "),
            if needs.is_empty() {
                "any item the caller can see".to_string()
            } else {
                needs.join("; ")
            }
        ));
    }
    s
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PartyId, UserId};
    use proptest::prelude::*;

    fn viewer(roles: &[Role]) -> Viewer {
        Viewer {
            user: UserId::parse("a.user").unwrap(),
            party: PartyId::parse("DE").unwrap(),
            clearance: None,
            roles: roles.iter().copied().collect(),
        }
    }

    fn all_facts() -> Facts {
        Facts {
            own_party: true,
            originator: true,
            chair: true,
            not_self: true,
            witness: true,
            listed: true,
        }
    }

    #[test]
    fn every_action_has_a_row_and_every_row_a_role() {
        for a in Action::ALL {
            assert!(rules_for(a).next().is_some(), "{a:?} has no row");
        }
        for r in TABLE {
            assert!(!r.roles.is_empty(), "{:?} row without roles", r.action);
        }
    }

    #[test]
    fn f1_positions_need_a_delegate_of_the_party() {
        let own = Facts {
            own_party: true,
            ..Facts::none()
        };
        assert!(require(A::PositionRecord, &viewer(&[Delegate]), &own).is_ok());
        for r in [Role::Observer, Analyst, Role::Drafter, Admin, Chair] {
            let e = require(A::PositionRecord, &viewer(&[r]), &own).unwrap_err();
            assert!(e.message().contains("delegate"), "{}", e.message());
        }
        assert!(require(A::PositionRecord, &viewer(&[Delegate]), &Facts::none()).is_err());
        assert!(
            require(
                A::AttributionRecordNational,
                &viewer(&[Role::Observer]),
                &own
            )
            .is_err()
        );
    }

    #[test]
    fn f2_chairing_needs_the_role_and_the_chair_party() {
        let chair = Facts {
            chair: true,
            ..Facts::none()
        };
        assert!(require(A::ProcedureOpen, &viewer(&[Chair]), &chair).is_ok());
        assert!(require(A::ProcedureOpen, &viewer(&[Admin]), &chair).is_err());
        assert!(require(A::ProcedureOpen, &viewer(&[Delegate]), &chair).is_err());
        assert!(require(A::ProcedureOpen, &viewer(&[Chair]), &Facts::none()).is_err());
        assert!(require(A::ProcedureClose, &viewer(&[Admin]), &all_facts()).is_err());
        assert!(require(A::AttributionRecordJoint, &viewer(&[Admin]), &all_facts()).is_err());
    }

    #[test]
    fn f9_only_the_originator_or_chair_edits_a_dossier() {
        assert!(require(A::DossierEdit, &viewer(&[Delegate]), &Facts::none()).is_err());
        assert!(require(A::DossierTransition, &viewer(&[Delegate]), &Facts::none()).is_err());
        assert!(require(A::DossierEdit, &viewer(&[Role::Observer]), &all_facts()).is_err());
        let orig = Facts {
            originator: true,
            ..Facts::none()
        };
        assert!(require(A::DossierEdit, &viewer(&[Delegate]), &orig).is_ok());
    }

    #[test]
    fn f15_nobody_grants_themselves_and_admins_do_not_grant_clearances() {
        let own_self = Facts {
            own_party: true,
            not_self: false,
            ..Facts::none()
        };
        for a in [
            A::AccountClearanceGrant,
            A::AccountRolesChange,
            A::AccountPasswordReset,
            A::AccountSecondFactorReset,
            A::AccountAdminGrant,
            A::AccountSecurityOfficerGrant,
        ] {
            assert!(
                require(a, &viewer(&[Admin, SecurityOfficer]), &own_self).is_err(),
                "{a:?} on oneself"
            );
        }
        assert!(require(A::AccountClearanceGrant, &viewer(&[Admin]), &all_facts()).is_err());
        assert!(require(A::AccountPasswordReset, &viewer(&[Admin]), &all_facts()).is_err());
        assert!(require(A::AccountSecondFactorReset, &viewer(&[Admin]), &all_facts()).is_err());
        assert!(require(A::AccountAdminGrant, &viewer(&[Admin]), &all_facts()).is_err());
    }

    #[test]
    fn taxii_collections_need_the_list_and_the_table() {
        let listed = Facts {
            listed: true,
            ..Facts::none()
        };
        assert!(require(A::TaxiiCollectionRead, &viewer(&[Role::Observer]), &listed).is_ok());
        assert!(require(A::TaxiiCollectionRead, &viewer(&[Delegate]), &Facts::none()).is_err());
        // Listed is not enough to write for a role the table does not name.
        assert!(require(A::TaxiiCollectionWrite, &viewer(&[Role::Observer]), &listed).is_err());
        assert!(require(A::TaxiiCollectionWrite, &viewer(&[Analyst]), &listed).is_ok());
        assert!(require(A::TaxiiCollectionManage, &viewer(&[Admin]), &Facts::none()).is_ok());
        assert!(require(A::TaxiiCollectionManage, &viewer(&[Delegate]), &all_facts()).is_err());
        assert!(require(A::TaxiiObjectDelete, &viewer(&[Analyst]), &listed).is_err());
        assert!(require(A::TaxiiObjectDelete, &viewer(&[Analyst]), &all_facts()).is_ok());
    }

    #[test]
    fn second_factor_resets_belong_to_the_officers_of_the_accounts_party() {
        let own_other = Facts {
            own_party: true,
            not_self: true,
            ..Facts::none()
        };
        let so = viewer(&[SecurityOfficer]);
        assert!(require(A::AccountSecondFactorReset, &so, &own_other).is_ok());
        let foreign = Facts {
            own_party: false,
            ..own_other
        };
        assert!(require(A::AccountSecondFactorReset, &so, &foreign).is_err());
        let op = Viewer::operator(crate::PartyId::parse("EU").unwrap());
        assert!(require(A::AccountSecondFactorReset, &op, &Facts::none()).is_ok());
    }

    #[test]
    fn sign_on_rules_map_to_the_officers_own_party_only() {
        let so = viewer(&[SecurityOfficer]);
        let own = Facts {
            own_party: true,
            ..Facts::none()
        };
        assert!(require(A::SignOnRulesSet, &so, &own).is_ok());
        assert!(require(A::SignOnRulesSet, &so, &Facts::none()).is_err());
        assert!(require(A::SignOnRulesSet, &viewer(&[Admin]), &own).is_err());
    }

    #[test]
    fn messages_name_what_is_needed() {
        let e = require(A::ProcedureOpen, &viewer(&[Delegate]), &Facts::none()).unwrap_err();
        assert_eq!(
            e.message(),
            "opening a procedure needs the chair role, by the chair (the EEAS or the Presidency of the day)"
        );
        let e = require(A::PartyRegister, &viewer(&[Admin]), &all_facts()).unwrap_err();
        assert!(e.message().contains("operator"), "{}", e.message());
    }

    proptest! {
        /// The public holds no role and may do nothing; adding a role or a relation never
        /// takes a permission away (the table only grants).
        #[test]
        fn the_table_only_grants(
            roles in prop::collection::btree_set(prop::sample::select(Role::ALL.to_vec()), 0..4),
            extra in prop::sample::select(Role::ALL.to_vec()),
            f in (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
            more in 0usize..6,
            action in prop::sample::select(Action::ALL.to_vec()),
        ) {
            let facts = Facts { own_party: f.0, originator: f.1, chair: f.2, not_self: f.3, witness: f.4, listed: f.5 };
            prop_assert!(require(action, &Viewer::public(), &all_facts()).is_err());
            let before = permitted(action, &roles, &facts);
            let mut wider = roles.clone();
            wider.insert(extra);
            let mut more_facts = facts;
            match more { 0 => more_facts.own_party = true, 1 => more_facts.originator = true,
                         2 => more_facts.chair = true, 3 => more_facts.not_self = true,
                         4 => more_facts.witness = true, _ => more_facts.listed = true }
            prop_assert!(!before || permitted(action, &wider, &more_facts));
        }
    }
}

#[cfg(test)]
mod docs {
    /// `docs/security.md` shows the permission table as the code has it.
    #[test]
    fn the_documented_table_is_the_table() {
        let doc = include_str!("../../../docs/security.md");
        let table = super::table_markdown();
        assert!(
            doc.contains(&table),
            "docs/security.md must contain the permission table exactly as generated; replace it with:\n{table}"
        );
    }
}
