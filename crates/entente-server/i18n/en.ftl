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

search-title = Search everything you may see
search-label = Words, names, identifiers (T0800) or a "phrase", in any language
search-button = Search
search-results =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-kind-dossier = Dossiers
search-kind-evidence = Evidence
search-kind-assessment = Assessments
search-kind-attribution = Attributions
search-kind-stix = STIX objects
search-sort = Order
search-sort-relevance = Relevance
search-sort-date = Newest first
search-from = From (date)
search-to = To (date)
search-none = Nothing you may see matches these words.
search-dossier = Dossier

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

stage-title = Where the case stands
stage-picture = Shared picture
stage-picture-agreed = agreed
stage-picture-proposed = proposed, open for objections
stage-picture-assessed =
    { $count ->
        [one] { $count } party has assessed
       *[other] { $count } parties have assessed
    }
stage-options = Response options
stage-options-available =
    { $count ->
        [one] { $count } option available
       *[other] { $count } options available
    }
stage-options-need-picture = once the picture is agreed
stage-procedure = Decision
stage-procedure-open = a procedure is open
stage-procedure-none =
    { $count ->
        [one] no procedure yet; { $count } package assembled
       *[other] no procedure yet; { $count } packages assembled
    }
stage-procedure-closed = closed
stage-response = Response
stage-response-adopted =
    { $count ->
        [one] { $count } decision adopted
       *[other] { $count } decisions adopted
    }
stage-attribution = Attribution
await-title = Awaiting you
await-assess = Submit the assessment of { $party }.
await-proposal = A proposed picture is open for objections until { $deadline }: object if your party disagrees, or stay silent to agree.
await-position = Record the position of { $party } in the open procedure.
await-propose = Propose the current picture as the agreed one.
await-package = Assemble a package from the available options.
await-open = Open a procedure on the package.
await-close = A procedure's deadline has passed: close it to fix its outcome.
sections-nav = Sections of the dossier
basis-picture = A shared situational awareness agreed among the Member States (Council conclusions of 19 June 2017, para. 5); agreed when the objection window closes without objection.
basis-options = Measures proportionate to the scope, scale, duration, intensity, complexity, sophistication and impact of the activity (Council conclusions of 19 June 2017, para. 5).
basis-procedure = CFSP decisions are taken by unanimity (Art. 31(1) TEU); the silence procedure of the Council's Rules of Procedure (Art. 12(2)) adopts a text unless a member objects before the deadline.
basis-attribution = Attribution is a sovereign political decision of each Member State (Council conclusions of 19 June 2017, para. 4); a joint attribution is adopted by the Council.
proposals-title = Proposals of the agreed picture
proposal-open = open for objections
proposal-objected = objected to
proposal-agreed = agreed
col-objections = Objections
objection-reason = Why { $party } objects
objection-hint = One objection stops the proposal; silence until the deadline means agreement.
objection-submit = Object
propose-open = Propose the current picture as agreed
propose-deadline = Deadline (UTC)
col-note = Note
propose-submit = Propose
facts-open = Facts the options weigh
facts-persons = The persons or entities responsible are identified
facts-attempted = The activity was attempted (foiled or without effect)
facts-dialogue = A dialogue with the State concerned is running
facts-regime = The cyber sanctions regime already applies to those concerned
facts-partner = Relations with the State concerned
partner-unknown = not stated
partner-partner = a partner
partner-neutral = neutral
partner-adversarial = adversarial
facts-apply = Weigh these facts
options-why = Why
package-submit = Assemble a package of the options ticked
packages-title = Packages
procedure-open = Open a procedure
procedure-subject-package = On a package
procedure-subject-text = Or on a text
procedure-open-submit = Open the procedure
dossier-responses = Responses
no-responses = No decision has been adopted on this dossier.
col-measures = Measures
col-basis-legal = Legal basis
attribution-record-joint = Record the joint attribution the Council adopted
attribution-record-national = Record the national attribution of { $party }
attribution-procedure = Adopted by procedure
attribution-public = Public
attribution-url = Link to the statement
attribution-submit = Record the attribution
procedure-close = Close the procedure
procedure-close-hint = Closing fixes the outcome as it stands now; positions can no longer change.
event-dossier-created = Dossier opened
event-dossier-updated = Facts updated
event-dossier-transitioned = Status changed
event-dossier-marked = Marking changed
event-evidence-added = Evidence added
event-evidence-withdrawn = Evidence withdrawn
event-assessment-submitted = Assessment submitted
event-picture-proposed = Picture proposed as agreed
event-picture-objected = Objection to the proposed picture
event-package-assembled = Package of measures assembled
event-procedure-opened = Procedure opened
event-procedure-position-recorded = Position recorded
event-procedure-closed = Procedure closed
event-attribution-recorded = Attribution recorded
event-attribution-withdrawn = Attribution withdrawn

dossier-new = Open a dossier
dossier-new-submit = Open the dossier
marking-tlp = TLP level
marking-releasable-hint = other parties than yours, separated by commas (e.g. EE, LV, EEAS)
marking-recipients = Named recipients (TLP:RED; user names, separated by commas)
marking-own = An item may carry its own marking, as strict as the dossier's or stricter.
marking-same = the dossier's
evidence-add = Add evidence
evidence-url = Link
evidence-text = Text or extract
evidence-submit = Add the evidence
col-reliability = Reliability of the source
col-credibility = Credibility of the information

login-expired = The sign-in took too long or the form was not from this site. Please sign in again.
second-step-title = Second factor
second-step-intro = Your password is right. Type the code your authenticator app shows now.
second-step-code = Six-digit code
second-step-failed = That code is wrong, expired or already used. Wait for the next code and try again.
second-step-recovery = Lost your authenticator?
second-step-recovery-code = Recovery code
second-step-hint = Each code works once. Without your authenticator or a recovery code, ask a security officer of your party to reset your second factor.
enrol-title = Set up your second factor
enrol-required = Your account administers accounts or clearances: it needs a second factor before you can do anything else.
enrol-failed = That code does not match this secret. Check the time on your device and type the code it shows now.
enrol-step-app = Add this secret to an authenticator app (time-based, 6 digits, 30 seconds):
enrol-open-app = Open in an authenticator app
enrol-step-code = Type the code the app shows to confirm:
enrol-confirm = Confirm
enrol-done = Your second factor is set up. From now on you sign in with your password and a code.
enrol-recovery-title = Recovery codes
enrol-recovery-hint = Keep these codes somewhere safe. Each one signs you in once instead of a code. They are shown only now.
enrol-continue = Continue
enrol-already = Your account has a second factor. If you lose your authenticator, a security officer of your party resets it.
login-sso = Sign in with { $provider }
sso-refused-title = No access
sso-refused-unmapped = { $provider } signed you in, but no rule of this instance gives your account access. A security officer of your party must add a sign-on rule for you.
sso-refused-ambiguous = { $provider } signed you in, but the rules of more than one party match your account, so this instance cannot tell whom you act for. Ask your security officer.
sso-refused-disabled = Your account on this instance is disabled.
sso-refused-party = Your account acts for another party than the rules now give you. Ask your security officer.
sso-refused-hint = This attempt has been recorded in the audit trail.
sso-failed-title = Sign-in failed
sso-failed = Signing in with { $provider } did not succeed: { $reason }
sso-continue = Continue

# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Annex III population tables
admin-population-intro = The population figures that decide qualified majorities (Council Rules of Procedure, Annex III). A vote uses the table of its year; when that table is not loaded, the nearest one, and says so.
col-origin = Origin
col-total = Population of the Union
origin-shipped = shipped with entente
origin-imported = loaded into this instance
population-replaced = replaced by a later load
admin-population-label = Table to load (JSON: year, source, total, figures of the 27 Member States)
admin-population-submit = Load the table
population-table-in-force = Population: the Annex III table of { $year }, in force at the time of the vote.
population-table-older = Population: the Annex III table of { $year } was used, not the table in force at the time of the vote ({ $current }), which is not loaded. An administrator can load it on the administration page.
population-table-supplied = Population: figures supplied with the procedure.
robustness-holds = The outcome holds under any revision of the population figures by up to ±2 %.
robustness-close = Close: a revision of the population figures by up to ±2 % could change the outcome. Check with the table in force.
margin-members-in-favour = Members in favour: { $actual }; required: { $required } (margin: { $margin })
margin-population-in-favour = Population in favour: { $actual }; required: { $required } (margin: { $margin }; in percentage points: { $points })
margin-blocking-minority = Members not voting in favour: { $actual }; a blocking minority needs: { $required }
margin-declared-members = Members abstaining with a formal declaration: { $actual }; the act is stopped from: { $required }
margin-declared-population = Population of the members abstaining with a formal declaration: { $actual }; the act is stopped from: { $required } (in percentage points: { $points })
