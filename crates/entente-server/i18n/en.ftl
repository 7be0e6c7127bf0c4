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
