# entente interface messages: English (reference language).
# Every key here must exist in every shipped language (checked by tests/i18n.rs).
# TLP labels (TLP:AMBER ...) are never translated (FIRST TLP 2.0, section 1b).

skip-to-content = Skip to content
banner-highest = Highest marking on this page:
nav-main = Main
nav-language = Language
nav-dashboard = Dashboard
nav-dossiers = Dossiers
nav-search = Search
nav-audit = Audit log
nav-admin = Administration
sign-in = Sign in
sign-out = Sign out
anonymous = Not signed in (public view: TLP:CLEAR only)
footer-note = entente, the EU cyber diplomacy toolbox. Markings follow FIRST TLP 2.0 and Council Decision 2013/488/EU.
back-to-dashboard = Back to the dashboard

login-user = User name
login-password = Password
login-failed = The user name or password is not correct.
login-anonymous-hint = Without signing in you see public (TLP:CLEAR) information only.

error-not-found = Not found
error-forbidden = Not allowed
error-invalid = The request could not be understood
error-server = Something went wrong

status-detected = Detected
status-assessing = Assessing
status-deliberating = Deliberating
status-responded = Responded
status-closed = Closed

dashboard-title = Overview
dashboard-by-status = Dossiers by status
dashboard-recent-dossiers = Latest dossiers
dashboard-charts = Dossiers in figures
dashboard-recent-events = Recent activity
all-dossiers = All dossiers
no-dossiers = No dossiers to show.
no-events = No activity to show.

dossier-count =
    { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }
party-count =
    { $count ->
        [one] { $count } party
       *[other] { $count } parties
    }
audit-intro =
    { $count ->
        [one] The log holds { $count } event. You see the events your markings allow.
       *[other] The log holds { $count } events. You see the events your markings allow.
    }

chart-by-year = Dossiers by year first seen
chart-by-sector = Dossiers by sector affected
chart-by-victim = Dossiers by country affected
chart-as-table = Show the numbers as a table
chart-empty = No data yet.

col-title = Title
col-status = Status
col-first-seen = First seen
col-victims = Affected
col-marking = Marking
col-time = Time
col-event = Event
col-actor = By
col-year = Year
col-dossiers = Dossiers
col-sector = Sector
col-country = Country
col-id = Code
col-name = Name
col-kind = Kind

dossiers-title = Dossiers
filter-text = Title contains
filter-any = Any
filter-victim = Affected country (code)
filter-apply = Apply filters
pagination = Pages
page-prev = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }

search-title = Search dossiers
search-label = Words in a title or summary, in any language
search-button = Search

dossier-origin = Originator
marking-releasable = Releasable to
dossier-summary = Summary
no-summary = No summary yet.
shown-in = Shown in:
dossier-versions = Language versions
dossier-last-seen = Last seen
dossier-timeline = Timeline
dossier-sources = Sources

admin-title = Administration
admin-parties = Parties
party-kind-member-state = Member State
party-kind-eu-body = EU institution or body
party-kind-partner-state = Partner country
party-kind-international-organisation = International organisation

audit-title = Audit log

dossier-evidence = Evidence
no-evidence = No evidence you may see.
evidence-withdrawn = withdrawn
col-source = Source
col-grading = Grading (Admiralty)
col-party = Party
dossier-assessments = Assessments by party
no-assessments = No assessments you may see yet.
heat-legend = Levels from 0 (lowest) to 4 (highest) on each dimension of the Council's 2017 conclusions; – means not assessed. Each cell prints its level; the colour only repeats it.
col-confidence = Confidence
dossier-picture = Shared picture
picture-severity = Severity
picture-aggregate = aggregate score
picture-parties =
    { $count ->
        [one] { $count } party counted
       *[other] { $count } parties counted
    }
picture-agreed =
    { $count ->
        [one] { $count } agreed version
       *[other] { $count } agreed versions
    }
picture-open-proposals =
    { $count ->
        [one] { $count } open proposal
       *[other] { $count } open proposals
    }
col-dimension = Dimension
col-median = Median
col-range = Range
col-scored-by = Scored by
col-dissent = Dissent (distance from the median)
severity-low = Low
severity-moderate = Moderate
severity-serious = Serious
severity-severe = Severe
severity-critical = Critical
severity-unknown = Not yet known
dim-scope = Scope
dim-scale = Scale
dim-duration = Duration
dim-intensity = Intensity
dim-complexity = Complexity
dim-sophistication = Sophistication
dim-impact = Impact
dossier-procedures = Procedures
no-procedures = No procedures you may see.
col-subject = Subject
col-rule = Decision rule
col-deadline = Deadline
col-state = State
col-tally = Tally
tally-for = For
tally-against = Against
tally-abstain = Abstaining
procedure-package = Package { $id }
procedure-state-open = Open
procedure-state-expired = Deadline passed
procedure-state-closed = Closed
outcome-adopted = Adopted
outcome-not-adopted = Not adopted
outcome-pending = Pending
outcome-undetermined = Undetermined
outcome-provisional = If the positions stay as they are
position-for = For
position-against = Against
position-abstain = Abstain
position-declared-abstain = Constructive abstention (declaration)
position-not-participating = Not participating
positions-recorded =
    { $count ->
        [one] { $count } position recorded
       *[other] { $count } positions recorded
    }
procedure-title = Procedure
back-to-dossier = Back to the dossier
time-left = time left:
position-record = Record your position
position-label = Position
declaration-label = Declaration (optional)
position-submit = Record the position
procedure-positions = Positions
no-positions = No positions recorded yet.
col-position = Position
col-declaration = Declaration
admin-users = Accounts
admin-users-hint = Accounts are listed for administrators only.
user-count =
    { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }
col-roles = Roles
col-clearance = Clearance
user-disabled = Disabled
user-active = Active
assess-open = Submit your party's assessment
assess-summary = Summary (optional)
assess-submit = Submit the assessment
col-level = Level
col-rationale = Rationale
confidence-low = Low
confidence-moderate = Moderate
confidence-high = High
dossier-attributions = Attributions
attribution-state = State of attribution
attribution-state-none = None on record
attribution-state-national = National attributions
attribution-state-joint = Joint EU attribution
attribution-joint = joint
col-actor-attributed = Attributed to
col-likelihood = Likelihood (ICD 203)
col-basis = Basis
col-date = Date
dashboard-open-procedures = Open procedures
no-open-procedures = No open procedures you may see.
col-your-position = Your party's position
position-needed = Needed
chart-by-actor = Dossiers by attributed actor
dossier-options = Response options
options-basis = Ranked by the proportionality engine on the latest agreed picture and the attributions on record, with no further facts asserted.
options-available = Available, least escalatory first
options-not-available = Not available now, and why
options-escalation = escalation
options-need-agreed = The options are ranked once the parties have agreed a shared picture.

# Decision rules of procedures and response options (Art. 31 TEU, Art. 16(4) TEU, Art. 238 TFEU,
# Council Rules of Procedure Art. 12(2)); the rule's code (qmv, rqmv ...) is shown beside it.
rule-unanimity = Unanimity
rule-qmv = Qualified majority
rule-rqmv = Reinforced qualified majority
rule-simple = Simple majority
rule-silence = Silence procedure
rule-none = No Council decision needed

# Categories of toolbox measures (data/toolbox-measures.json).
option-category-preventive = Preventive measures
option-category-cooperative = Cooperative measures
option-category-stability = Stability measures
option-category-restrictive = Restrictive measures
option-category-support = Support to Member States' lawful responses

# Toolbox measures by their id in data/toolbox-measures.json, under the EU's own names.
measure-confidence-building = Confidence-building measures
measure-awareness-raising = Awareness raising on EU policies
measure-capacity-building = Cyber capacity building in third countries
measure-eu-dialogue = EU-led political and thematic dialogues
measure-delegation-demarche = Démarches by EU delegations
measure-hr-statement = Statement by the High Representative
measure-eu-declaration = Declaration by the High Representative on behalf of the EU
measure-council-conclusions = Council conclusions
measure-diplomatic-demarche = Diplomatic démarche to the State concerned
measure-restrictive-listing = Restrictive measures: listing under Decision (CFSP) 2019/797 and Regulation (EU) 2019/796
measure-support-lawful-response = Support to a Member State's lawful response
measure-mutual-assistance-42-7 = Mutual assistance under Article 42(7) TEU
measure-solidarity-clause-222 = Solidarity clause under Article 222 TFEU

# Likelihood of an attribution: the seven expressions of likelihood of ICD 203, least to most
# likely, in the attributions table.
likelihood-almost-no-chance = almost no chance
likelihood-very-unlikely = very unlikely
likelihood-unlikely = unlikely
likelihood-roughly-even-chance = roughly even chance
likelihood-likely = likely
likelihood-very-likely = very likely
likelihood-almost-certain = almost certain

# Bases of an attribution (2017 conclusions: technical, intelligence and political elements).
basis-technical = technical
basis-intelligence = intelligence
basis-political = political

# Admiralty code, shown as the tooltip of a grading such as "B2": the source's reliability
# (A to F), then the information's credibility (1 to 6).
reliability-a = completely reliable
reliability-b = usually reliable
reliability-c = fairly reliable
reliability-d = not usually reliable
reliability-e = unreliable
reliability-f = reliability cannot be judged
credibility-1 = confirmed by other sources
credibility-2 = probably true
credibility-3 = possibly true
credibility-4 = doubtful
credibility-5 = improbable
credibility-6 = truth cannot be judged

# Kinds of evidence items.
evidence-kind-document = Document
evidence-kind-link = Link
evidence-kind-stix = STIX object

# Roles of accounts (administration page).
role-delegate = Delegate
role-analyst = Analyst
role-drafter = Drafter
role-chair = Chair
role-observer = Observer
role-admin = Administrator
role-security_officer = Security officer
role-operator = Instance operator

# Sectors affected (data/sectors.json: the sectors of Annexes I and II of the NIS 2 Directive,
# (EU) 2022/2555, under their names there, and the other targets of cyber diplomacy cases).
sector-energy = Energy
sector-transport = Transport
sector-banking = Banking
sector-financial = Financial market infrastructures
sector-health = Health
sector-drinking-water = Drinking water
sector-waste-water = Waste water
sector-digital-infrastructure = Digital infrastructure
sector-ict-services = ICT service management (business-to-business)
sector-public-administration = Public administration
sector-space = Space
sector-courier = Postal and courier services
sector-waste-management = Waste management
sector-chemical = Manufacture, production and distribution of chemicals
sector-food = Production, processing and distribution of food
sector-manufacturing = Manufacturing
sector-digital-providers = Digital providers
sector-research = Research
sector-parliament = Parliaments and legislative bodies
sector-political-parties = Political parties and election campaigns
sector-international-organisation = International organisations
sector-defence = Defence and armed forces
sector-media-civil-society = Media, civil society and academia

login-account-needed = This instance shows nothing without an account. Your party's security officer can give you one.
password-change = Choose a new password
password-change-reset = A security officer of your party reset your password. Choose a new one before you go on; the one you were given stops working.
password-current = Current password
password-new = New password (at least 12 characters, not your user name)
password-change-submit = Change the password

activity-intro = The events your markings allow you to see, oldest first.
audit-trail-intro = The audit trail: sign-ins, account changes, writes, audited reads and exports, newest first, as far as your role and markings allow.
filter-user = User
filter-party = Party
filter-object = Object (a dossier or item id)
filter-since = Since (date)
filter-type = Event type

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Sanctions register
nav-releases = Releases
statements-link = Statements on this dossier
statements-title = Statements
statements-none = No statements you may see.
statement-draft-heading = Draft a statement
statement-kind-hr_declaration = Declaration by the High Representative on behalf of the EU
statement-kind-council_conclusions = Council conclusions
statement-kind-press_release = Press release
statement-kind-demarche_points = Démarche talking points
statement-kind-national_statement = National statement
statement-template = Template
statement-no-template = No template
col-source-language = Source language
col-version = Version
col-verified-by = Verified by
col-language = Language
col-text = Text
lang-status-draft = Draft
lang-status-translated = Translated
lang-status-verified = Verified
statement-submit-draft = Save the draft
statement-languages = Language versions
statement-translate-heading = Add or correct a language version
statement-translate-submit = Save the language version
statement-mark-translated = The translation is complete
statement-verify = Verify
statement-diff-heading = Changes between versions
statement-diff-show = Show the changes
statement-diff-legend = Removed words are struck through; added words are underlined.
statement-embargo-heading = Embargo
statement-embargo-none = No embargo set yet.
statement-embargo-set = Set the embargo
col-capital = Capital
col-local-time = Local time
statement-adoption-heading = Adoption
statement-no-adoption = No procedure on this statement yet.
statement-adopted-version = Adopted version
statement-release-heading = Release
statement-released = Released
statement-not-released = Not released
statement-release-submit = Release now in every verified language
statement-echoes-heading = Echoes by the Member States
statement-echoed = Echoed
statement-not-echoed = Not yet
statement-export = Export
releases-title = Statements released
releases-intro = Statements of the European Union and of its Member States as released, in every verified language.
releases-none = Nothing released yet.
releases-feed = Atom feed
sanctions-title = Cyber sanctions register
sanctions-intro = Persons and entities listed under Council Decision (CFSP) 2019/797 and Regulation (EU) 2019/796 (restrictive measures against cyber-attacks).
sanctions-search = Name (any script, transliteration or alias)
sanctions-search-submit = Search
sanctions-status-active = In force
sanctions-status-delisted = Delisted
sanctions-status-all = All
sanctions-none = No entry matches.
sanctions-kind-person = Natural person
sanctions-kind-entity = Entity
col-listed-on = Listed on
col-aliases = Aliases
col-reasons = Reasons for listing
col-legal-acts = Legal acts
col-birth = Date and place of birth
col-nationality = Nationality
col-identifiers = Identification
col-address = Address
col-matched = Matched name
sanctions-review-heading = Yearly review of the listings
sanctions-review-overdue = Overdue: the review was due on { $date } and no renewal is recorded.
sanctions-review-soon = The review is due on { $date }.
sanctions-review-scheduled = Next review: { $date }.
sanctions-framework-until = The regime applies until { $date }.
sanctions-renewals = Renewals
sanctions-listings-until = Listings renewed until
sanctions-export = Export the register
sanctions-links = Dossiers and procedures
sanctions-amendments = Amendments
sanctions-delisted-on = Delisted on { $date }
sanctions-unconfirmed = Not confirmed
procedure-statement = Statement { $id }
sanctions-count =
    { $count ->
        [one] { $count } entry in force
       *[other] { $count } entries in force
    }

statement-revise-heading = New version in the source language
statement-revise-hint = The language versions stay with the previous version; the new version is translated anew.
statement-revise-note = Note on the change
statement-revise-submit = Save as a new version
