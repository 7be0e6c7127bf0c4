# Berichten van de interface van entente: Nederlands.
# TLP-labels (TLP:AMBER ...) worden nooit vertaald (FIRST TLP 2.0, punt 1b).

skip-to-content = Naar de inhoud
banner-highest = Hoogste markering op deze pagina:
nav-main = Hoofdnavigatie
nav-language = Taal
nav-dashboard = Overzicht
nav-dossiers = Dossiers
nav-search = Zoeken
nav-audit = Auditlogboek
nav-admin = Beheer
sign-in = Aanmelden
sign-out = Afmelden
anonymous = Niet aangemeld (openbare weergave: alleen TLP:CLEAR)
footer-note = entente, het EU-instrumentarium voor cyberdiplomatie. De markeringen volgen FIRST TLP 2.0 en Besluit 2013/488/EU van de Raad.
back-to-dashboard = Terug naar het overzicht

login-user = Gebruikersnaam
login-password = Wachtwoord
login-failed = De gebruikersnaam of het wachtwoord is onjuist.
login-anonymous-hint = Zonder aan te melden ziet u alleen openbare informatie (TLP:CLEAR).

error-not-found = Niet gevonden
error-forbidden = Niet toegestaan
error-invalid = Het verzoek kon niet worden begrepen
error-server = Er is iets misgegaan

status-detected = Gedetecteerd
status-assessing = In beoordeling
status-deliberating = In beraadslaging
status-responded = Reactie vastgesteld
status-closed = Afgesloten

dashboard-title = Overzicht
dashboard-by-status = Dossiers per status
dashboard-recent-dossiers = Recentste dossiers
dashboard-charts = De dossiers in cijfers
dashboard-recent-events = Recente activiteit
all-dossiers = Alle dossiers
no-dossiers = Geen dossiers om weer te geven.
no-events = Geen activiteit om weer te geven.

dossier-count =
    { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }
party-count =
    { $count ->
        [one] { $count } partij
       *[other] { $count } partijen
    }
audit-intro =
    { $count ->
        [one] Het logboek bevat { $count } gebeurtenis. U ziet de gebeurtenissen die uw markeringen toestaan.
       *[other] Het logboek bevat { $count } gebeurtenissen. U ziet de gebeurtenissen die uw markeringen toestaan.
    }

chart-by-year = Dossiers per jaar van eerste waarneming
chart-by-sector = Dossiers per getroffen sector
chart-by-victim = Dossiers per getroffen land
chart-as-table = De cijfers als tabel weergeven
chart-empty = Nog geen gegevens.

col-title = Titel
col-status = Status
col-first-seen = Eerste waarneming
col-victims = Getroffen
col-marking = Markering
col-time = Tijdstip
col-event = Gebeurtenis
col-actor = Door
col-year = Jaar
col-dossiers = Dossiers
col-sector = Sector
col-country = Land
col-id = Code
col-name = Naam
col-kind = Soort

dossiers-title = Dossiers
filter-text = Titel bevat
filter-any = Alle
filter-victim = Getroffen land (code)
filter-apply = Filters toepassen
pagination = Pagina's
page-prev = Vorige pagina
page-next = Volgende pagina
page-of = Pagina { $page } van { $pages }

search-title = Dossiers doorzoeken
search-label = Woorden uit een titel of samenvatting, in elke taal
search-button = Zoeken

dossier-origin = Opsteller
marking-releasable = Mag worden verstrekt aan
dossier-summary = Samenvatting
no-summary = Nog geen samenvatting.
shown-in = Weergegeven in het:
dossier-versions = Taalversies
dossier-last-seen = Laatste waarneming
dossier-timeline = Tijdlijn
dossier-sources = Bronnen

admin-title = Beheer
admin-parties = Partijen
party-kind-member-state = Lidstaat
party-kind-eu-body = Instelling of orgaan van de EU
party-kind-partner-state = Partnerland
party-kind-international-organisation = Internationale organisatie

audit-title = Auditlogboek

dossier-evidence = Bewijsmateriaal
no-evidence = Geen bewijsmateriaal dat u mag inzien.
evidence-withdrawn = ingetrokken
col-source = Bron
col-grading = Beoordeling (Admiralty-schaal)
col-party = Partij
dossier-assessments = Beoordelingen per partij
no-assessments = Nog geen beoordelingen die u mag inzien.
heat-legend = Niveaus van 0 (laagste) tot 4 (hoogste) voor elke dimensie van de conclusies van de Raad van 2017; – betekent niet beoordeeld. Elke cel vermeldt haar niveau; de kleur herhaalt het alleen.
col-confidence = Mate van zekerheid
dossier-picture = Gemeenschappelijk beeld
picture-severity = Ernst
picture-aggregate = totaalscore
picture-parties =
    { $count ->
        [one] { $count } partij meegeteld
       *[other] { $count } partijen meegeteld
    }
picture-agreed =
    { $count ->
        [one] { $count } overeengekomen versie
       *[other] { $count } overeengekomen versies
    }
picture-open-proposals =
    { $count ->
        [one] { $count } openstaand voorstel
       *[other] { $count } openstaande voorstellen
    }
col-dimension = Dimensie
col-median = Mediaan
col-range = Spreiding
col-scored-by = Beoordeeld door
col-dissent = Afwijkingen (afstand tot de mediaan)
severity-low = Laag
severity-moderate = Matig
severity-serious = Ernstig
severity-severe = Zeer ernstig
severity-critical = Kritiek
severity-unknown = Nog onbekend
dim-scope = Reikwijdte
dim-scale = Omvang
dim-duration = Duur
dim-intensity = Intensiteit
dim-complexity = Complexiteit
dim-sophistication = Geavanceerdheid
dim-impact = Impact
dossier-procedures = Procedures
no-procedures = Geen procedures die u mag inzien.
col-subject = Onderwerp
col-rule = Besluitvormingsregel
col-deadline = Termijn
col-state = Stand
col-tally = Telling
tally-for = Voor
tally-against = Tegen
tally-abstain = Onthoudingen
procedure-package = Pakket { $id }
procedure-state-open = Open
procedure-state-expired = Termijn verstreken
procedure-state-closed = Afgesloten
outcome-adopted = Aangenomen
outcome-not-adopted = Niet aangenomen
outcome-pending = In afwachting
outcome-undetermined = Onbepaald
outcome-provisional = Als de standpunten ongewijzigd blijven
position-for = Voor
position-against = Tegen
position-abstain = Onthouding
position-declared-abstain = Constructieve onthouding (verklaring)
position-not-participating = Neemt niet deel
positions-recorded =
    { $count ->
        [one] { $count } standpunt geregistreerd
       *[other] { $count } standpunten geregistreerd
    }
procedure-title = Procedure
back-to-dossier = Terug naar het dossier
time-left = resterende tijd:
position-record = Uw standpunt registreren
position-label = Standpunt
declaration-label = Verklaring (facultatief)
position-submit = Het standpunt registreren
procedure-positions = Standpunten
no-positions = Nog geen standpunten geregistreerd.
col-position = Standpunt
col-declaration = Verklaring
admin-users = Accounts
admin-users-hint = Accounts worden alleen aan beheerders getoond.
user-count =
    { $count ->
        [one] { $count } account
       *[other] { $count } accounts
    }
col-roles = Rollen
col-clearance = Veiligheidsmachtiging
user-disabled = Gedeactiveerd
user-active = Actief
assess-open = De beoordeling van uw partij indienen
assess-summary = Samenvatting (facultatief)
assess-submit = De beoordeling indienen
col-level = Niveau
col-rationale = Motivering
confidence-low = Laag
confidence-moderate = Matig
confidence-high = Hoog
dossier-attributions = Toerekeningen
attribution-state = Stand van de toerekening
attribution-state-none = Geen geregistreerd
attribution-state-national = Nationale toerekeningen
attribution-state-joint = Gezamenlijke toerekening door de EU
attribution-joint = gezamenlijk
col-actor-attributed = Toegerekend aan
col-likelihood = Waarschijnlijkheid (ICD 203)
col-basis = Grondslag
col-date = Datum
dashboard-open-procedures = Lopende procedures
no-open-procedures = Geen lopende procedures die u mag inzien.
col-your-position = Standpunt van uw partij
position-needed = Vereist
chart-by-actor = Dossiers per actor waaraan zij worden toegerekend
dossier-options = Reactiemogelijkheden
options-basis = Gerangschikt door de evenredigheidsmodule op basis van het laatst overeengekomen beeld en de geregistreerde toerekeningen, zonder verdere feiten aan te voeren.
options-available = Beschikbaar, minst escalerend eerst
options-not-available = Nu niet beschikbaar, en waarom
options-escalation = escalatie
options-need-agreed = De mogelijkheden worden gerangschikt zodra de partijen een gemeenschappelijk beeld zijn overeengekomen.

rule-unanimity = Eenparigheid van stemmen
rule-qmv = Gekwalificeerde meerderheid
rule-rqmv = Versterkte gekwalificeerde meerderheid
rule-simple = Gewone meerderheid
rule-silence = Stilzwijgende procedure
rule-none = Geen besluit van de Raad nodig

option-category-preventive = Preventieve maatregelen
option-category-cooperative = Samenwerkingsmaatregelen
option-category-stability = Stabiliteitsmaatregelen
option-category-restrictive = Beperkende maatregelen
option-category-support = Steun voor rechtmatige reacties van de lidstaten

measure-confidence-building = Vertrouwenwekkende maatregelen
measure-awareness-raising = Bewustmaking van het EU-beleid
measure-capacity-building = Opbouw van cybercapaciteit in derde landen
measure-eu-dialogue = Door de EU geleide politieke en thematische dialogen
measure-delegation-demarche = Demarches van EU-delegaties
measure-hr-statement = Verklaring van de hoge vertegenwoordiger
measure-eu-declaration = Verklaring van de hoge vertegenwoordiger namens de EU
measure-council-conclusions = Conclusies van de Raad
measure-diplomatic-demarche = Diplomatieke demarche bij de betrokken staat
measure-restrictive-listing = Beperkende maatregelen: plaatsing op de lijst op grond van Besluit (GBVB) 2019/797 en Verordening (EU) 2019/796
measure-support-lawful-response = Steun voor de rechtmatige reactie van een lidstaat
measure-mutual-assistance-42-7 = Wederzijdse bijstand op grond van artikel 42, lid 7, VEU
measure-solidarity-clause-222 = Solidariteitsclausule op grond van artikel 222 VWEU

likelihood-almost-no-chance = vrijwel uitgesloten
likelihood-very-unlikely = zeer onwaarschijnlijk
likelihood-unlikely = onwaarschijnlijk
likelihood-roughly-even-chance = ongeveer even waarschijnlijk
likelihood-likely = waarschijnlijk
likelihood-very-likely = zeer waarschijnlijk
likelihood-almost-certain = vrijwel zeker

basis-technical = technisch
basis-intelligence = inlichtingen
basis-political = politiek

reliability-a = volledig betrouwbaar
reliability-b = doorgaans betrouwbaar
reliability-c = redelijk betrouwbaar
reliability-d = doorgaans onbetrouwbaar
reliability-e = onbetrouwbaar
reliability-f = betrouwbaarheid niet te beoordelen
credibility-1 = bevestigd door andere bronnen
credibility-2 = waarschijnlijk juist
credibility-3 = mogelijk juist
credibility-4 = twijfelachtig
credibility-5 = onwaarschijnlijk
credibility-6 = juistheid niet te beoordelen

evidence-kind-document = Document
evidence-kind-link = Link
evidence-kind-stix = STIX-object

role-delegate = Gedelegeerde
role-analyst = Analist
role-drafter = Opsteller
role-chair = Voorzitterschap
role-observer = Waarnemer
role-admin = Beheerder
role-security_officer = Beveiligingsfunctionaris
role-operator = Beheerder van de instantie

sector-energy = Energie
sector-transport = Vervoer
sector-banking = Bankwezen
sector-financial = Infrastructuur voor de financiële markten
sector-health = Gezondheidszorg
sector-drinking-water = Drinkwater
sector-waste-water = Afvalwater
sector-digital-infrastructure = Digitale infrastructuur
sector-ict-services = Beheer van ICT-diensten (business-to-business)
sector-public-administration = Overheid
sector-space = Ruimtevaart
sector-courier = Post- en koeriersdiensten
sector-waste-management = Afvalbeheer
sector-chemical = Vervaardiging, productie en distributie van chemische stoffen
sector-food = Productie, verwerking en distributie van levensmiddelen
sector-manufacturing = Vervaardiging
sector-digital-providers = Digitale aanbieders
sector-research = Onderzoek
sector-parliament = Parlementen en wetgevende organen
sector-political-parties = Politieke partijen en verkiezingscampagnes
sector-international-organisation = Internationale organisaties
sector-defence = Defensie en strijdkrachten
sector-media-civil-society = Media, maatschappelijk middenveld en academische wereld

login-account-needed = Zonder account toont deze instantie niets. De beveiligingsfunctionaris van uw partij kan u er een geven.
password-change = Kies een nieuw wachtwoord
password-change-reset = Een beveiligingsfunctionaris van uw partij heeft uw wachtwoord opnieuw ingesteld. Kies een nieuw wachtwoord voordat u verdergaat; het wachtwoord dat u kreeg, werkt dan niet meer.
password-current = Huidig wachtwoord
password-new = Nieuw wachtwoord (minstens 12 tekens, niet uw gebruikersnaam)
password-change-submit = Wachtwoord wijzigen

activity-intro = De gebeurtenissen die uw markeringen u laten zien, de oudste eerst.
audit-trail-intro = Het auditspoor: aanmeldingen, accountwijzigingen, schrijfacties, geauditeerde leesacties en exporten, de nieuwste eerst, voor zover uw rol en markeringen het toelaten.
filter-user = Gebruiker
filter-party = Partij
filter-object = Object (een dossier of de id van een item)
filter-since = Sinds (datum)
filter-type = Soort gebeurtenis

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Sanctieregister
nav-releases = Publicaties
statements-link = Verklaringen over dit dossier
statements-title = Verklaringen
statements-none = Geen verklaringen die u mag inzien.
statement-draft-heading = Een verklaring opstellen
statement-kind-hr_declaration = Verklaring van de hoge vertegenwoordiger namens de EU
statement-kind-council_conclusions = Conclusies van de Raad
statement-kind-press_release = Persbericht
statement-kind-demarche_points = Gesprekspunten voor een demarche
statement-kind-national_statement = Nationale verklaring
statement-template = Sjabloon
statement-no-template = Geen sjabloon
col-source-language = Brontaal
col-version = Versie
col-verified-by = Geverifieerd door
col-language = Taal
col-text = Tekst
lang-status-draft = Ontwerp
lang-status-translated = Vertaald
lang-status-verified = Geverifieerd
statement-submit-draft = Ontwerp opslaan
statement-languages = Taalversies
statement-translate-heading = Een taalversie toevoegen of verbeteren
statement-translate-submit = Taalversie opslaan
statement-mark-translated = De vertaling is klaar
statement-verify = Verifiëren
statement-diff-heading = Wijzigingen tussen versies
statement-diff-show = Wijzigingen tonen
statement-diff-legend = Geschrapte woorden zijn doorgehaald; toegevoegde woorden zijn onderstreept.
statement-embargo-heading = Embargo
statement-embargo-none = Nog geen embargo vastgesteld.
statement-embargo-set = Embargo vaststellen
col-capital = Hoofdstad
col-local-time = Lokale tijd
statement-adoption-heading = Vaststelling
statement-no-adoption = Nog geen procedure over deze verklaring.
statement-adopted-version = Vastgestelde versie
statement-release-heading = Bekendmaking
statement-released = Bekendgemaakt
statement-not-released = Niet bekendgemaakt
statement-release-submit = Nu bekendmaken in alle geverifieerde talen
statement-echoes-heading = Overname door de lidstaten
statement-echoed = Overgenomen
statement-not-echoed = Nog niet
statement-export = Exporteren
releases-title = Bekendgemaakte verklaringen
releases-intro = Verklaringen van de Europese Unie en haar lidstaten zoals bekendgemaakt, in alle geverifieerde talen.
releases-none = Nog niets bekendgemaakt.
releases-feed = Atom-feed
sanctions-title = Register van cybersancties
sanctions-intro = Personen en entiteiten die op de lijst staan krachtens Besluit (GBVB) 2019/797 en Verordening (EU) 2019/796 van de Raad (beperkende maatregelen tegen cyberaanvallen).
sanctions-search = Naam (elk schrift, elke transliteratie of alias)
sanctions-search-submit = Zoeken
sanctions-status-active = Van kracht
sanctions-status-delisted = Van de lijst geschrapt
sanctions-status-all = Alle
sanctions-none = Geen enkele vermelding komt overeen.
sanctions-kind-person = Natuurlijke persoon
sanctions-kind-entity = Entiteit
col-listed-on = Op de lijst geplaatst op
col-aliases = Aliassen
col-reasons = Redenen voor plaatsing op de lijst
col-legal-acts = Rechtshandelingen
col-birth = Geboortedatum en -plaats
col-nationality = Nationaliteit
col-identifiers = Identiteitsbewijzen
col-address = Adres
col-matched = Gevonden naam
sanctions-review-heading = Jaarlijkse toetsing van de vermeldingen
sanctions-review-overdue = Te laat: de toetsing was op { $date } verschuldigd en er is geen verlenging geregistreerd.
sanctions-review-soon = De toetsing vindt plaats op { $date }.
sanctions-review-scheduled = Volgende toetsing: { $date }.
sanctions-framework-until = De regeling geldt tot en met { $date }.
sanctions-renewals = Verlengingen
sanctions-listings-until = Vermeldingen verlengd tot
sanctions-export = Register exporteren
sanctions-links = Dossiers en procedures
sanctions-amendments = Wijzigingen
sanctions-delisted-on = Van de lijst geschrapt op { $date }
sanctions-unconfirmed = Niet bevestigd
procedure-statement = Verklaring { $id }
sanctions-count =
    { $count ->
        [one] { $count } geldende vermelding
       *[other] { $count } geldende vermeldingen
    }

statement-revise-heading = Nieuwe versie in de brontaal
statement-revise-hint = De taalversies blijven bij de vorige versie; de nieuwe versie wordt opnieuw vertaald.
statement-revise-note = Opmerking bij de wijziging
statement-revise-submit = Opslaan als nieuwe versie
