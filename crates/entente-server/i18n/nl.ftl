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

search-title = Zoeken in alles wat u mag zien
search-label = Woorden, namen, kenmerken (T0800) of een "zinsdeel", in elke taal
search-button = Zoeken
search-results =
    { $count ->
        [one] { $count } resultaat
       *[other] { $count } resultaten
    }
search-kind-dossier = Dossiers
search-kind-evidence = Bewijsmateriaal
search-kind-assessment = Beoordelingen
search-kind-attribution = Toeschrijvingen
search-kind-stix = STIX-objecten
search-sort = Volgorde
search-sort-relevance = Relevantie
search-sort-date = Nieuwste eerst
search-from = Vanaf (datum)
search-to = Tot (datum)
search-none = Niets wat u mag zien komt overeen met deze woorden.
search-dossier = Dossier

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
stage-title = Stand van het dossier
stage-picture = Gemeenschappelijk beeld
stage-picture-agreed = overeengekomen
stage-picture-proposed = voorgesteld, open voor bezwaren
stage-picture-assessed =
    { $count ->
        [one] { $count } partij heeft een beoordeling ingediend
       *[other] { $count } partijen hebben een beoordeling ingediend
    }
stage-options = Reactiemogelijkheden
stage-options-available =
    { $count ->
        [one] { $count } mogelijkheid beschikbaar
       *[other] { $count } mogelijkheden beschikbaar
    }
stage-options-need-picture = zodra het beeld is overeengekomen
stage-procedure = Besluit
stage-procedure-open = er loopt een procedure
stage-procedure-none =
    { $count ->
        [one] nog geen procedure; { $count } pakket samengesteld
       *[other] nog geen procedure; { $count } pakketten samengesteld
    }
stage-procedure-closed = afgesloten
stage-response = Reactie
stage-response-adopted =
    { $count ->
        [one] { $count } besluit vastgesteld
       *[other] { $count } besluiten vastgesteld
    }
stage-attribution = Toerekening
await-title = Wacht op uw actie
await-assess = Dien de beoordeling van { $party } in.
await-proposal = Tegen een voorgesteld beeld kan tot { $deadline } bezwaar worden gemaakt: maak bezwaar als uw partij het er niet mee eens is, of zwijg om in te stemmen.
await-position = Registreer het standpunt van { $party } in de lopende procedure.
await-propose = Stel het huidige beeld voor als het overeengekomen beeld.
await-package = Stel een pakket samen uit de beschikbare mogelijkheden.
await-open = Open een procedure over het pakket.
await-close = De termijn van een procedure is verstreken: sluit haar af om de uitkomst vast te leggen.
sections-nav = Onderdelen van het dossier
basis-picture = Een gemeenschappelijk situationeel bewustzijn waarover de lidstaten overeenstemming hebben bereikt (conclusies van de Raad van 19 juni 2017, punt 5); overeengekomen wanneer de bezwaartermijn zonder bezwaar verstrijkt.
basis-options = Maatregelen die evenredig zijn aan de reikwijdte, de omvang, de duur, de intensiteit, de complexiteit, de geavanceerdheid en de impact van de activiteit (conclusies van de Raad van 19 juni 2017, punt 5).
basis-procedure = GBVB-besluiten worden met eenparigheid van stemmen genomen (artikel 31, lid 1, VEU); met de stilzwijgende procedure van het reglement van orde van de Raad (artikel 12, lid 2) wordt een tekst aangenomen tenzij een lid vóór het verstrijken van de termijn bezwaar maakt.
basis-attribution = Toerekening is een soeverein politiek besluit van elke lidstaat (conclusies van de Raad van 19 juni 2017, punt 4); een gezamenlijke toerekening wordt door de Raad vastgesteld.
proposals-title = Voorstellen voor het overeengekomen beeld
proposal-open = open voor bezwaren
proposal-objected = bezwaar gemaakt
proposal-agreed = overeengekomen
col-objections = Bezwaren
objection-reason = Waarom { $party } bezwaar maakt
objection-hint = Eén bezwaar houdt het voorstel tegen; stilzwijgen tot het verstrijken van de termijn geldt als instemming.
objection-submit = Bezwaar maken
propose-open = Het huidige beeld voorstellen als overeengekomen
propose-deadline = Termijn (UTC)
col-note = Opmerking
propose-submit = Voorstellen
facts-open = Feiten die bij de mogelijkheden worden meegewogen
facts-persons = De verantwoordelijke personen of entiteiten zijn geïdentificeerd
facts-attempted = Het ging om een poging (verijdeld of zonder gevolg)
facts-dialogue = Er loopt een dialoog met de betrokken staat
facts-regime = Het sanctieregime tegen cyberaanvallen is al van toepassing op de betrokkenen
facts-partner = Betrekkingen met de betrokken staat
partner-unknown = niet vermeld
partner-partner = partner
partner-neutral = neutraal
partner-adversarial = vijandig
facts-apply = Deze feiten meewegen
options-why = Waarom
package-submit = Een pakket samenstellen uit de aangevinkte mogelijkheden
packages-title = Pakketten
procedure-open = Een procedure openen
procedure-subject-package = Over een pakket
procedure-subject-text = Of over een tekst
procedure-open-submit = De procedure openen
dossier-responses = Reacties
no-responses = Er is in dit dossier geen besluit vastgesteld.
col-measures = Maatregelen
col-basis-legal = Rechtsgrondslag
attribution-record-joint = De door de Raad vastgestelde gezamenlijke toerekening registreren
attribution-record-national = De nationale toerekening van { $party } registreren
attribution-procedure = Vastgesteld via procedure
attribution-public = Openbaar
attribution-url = Link naar de verklaring
attribution-submit = De toerekening registreren
procedure-close = De procedure afsluiten
procedure-close-hint = Door af te sluiten wordt de uitkomst vastgelegd zoals die nu is; standpunten kunnen daarna niet meer worden gewijzigd.
event-dossier-created = Dossier geopend
event-dossier-updated = Feiten bijgewerkt
event-dossier-transitioned = Status gewijzigd
event-dossier-marked = Markering gewijzigd
event-evidence-added = Bewijsmateriaal toegevoegd
event-evidence-withdrawn = Bewijsmateriaal ingetrokken
event-assessment-submitted = Beoordeling ingediend
event-picture-proposed = Beeld voorgesteld als overeengekomen
event-picture-objected = Bezwaar tegen het voorgestelde beeld
event-package-assembled = Pakket maatregelen samengesteld
event-procedure-opened = Procedure geopend
event-procedure-position-recorded = Standpunt geregistreerd
event-procedure-closed = Procedure afgesloten
event-attribution-recorded = Toerekening geregistreerd
event-attribution-withdrawn = Toerekening ingetrokken

dossier-new = Een dossier openen
dossier-new-submit = Dossier openen
marking-tlp = TLP-niveau
marking-releasable-hint = andere partijen dan de uwe, gescheiden door komma's (bv. EE, LV, EEAS)
marking-recipients = Met naam genoemde ontvangers (TLP:RED; gebruikersnamen gescheiden door komma's)
marking-own = Een item kan een eigen markering dragen, even streng als die van het dossier of strenger.
marking-same = die van het dossier
evidence-add = Bewijsmateriaal toevoegen
evidence-url = Link
evidence-text = Tekst of uittreksel
evidence-submit = Het bewijsmateriaal toevoegen
col-reliability = Betrouwbaarheid van de bron
col-credibility = Geloofwaardigheid van de informatie

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Het aanmelden duurde te lang of het formulier kwam niet van deze site. Meld u opnieuw aan.
second-step-title = Tweede factor
second-step-intro = Uw wachtwoord klopt. Typ de code die uw authenticatie-app nu toont.
second-step-code = Code van zes cijfers
second-step-failed = Die code is onjuist, verlopen of al gebruikt. Wacht op de volgende code en probeer het opnieuw.
second-step-recovery = Authenticator kwijt?
second-step-recovery-code = Herstelcode
second-step-hint = Elke code werkt één keer. Zonder authenticator of herstelcode vraagt u een beveiligingsfunctionaris van uw partij uw tweede factor te resetten.
enrol-title = Stel uw tweede factor in
enrol-required = Uw account beheert accounts of machtigingen: het heeft een tweede factor nodig voordat u iets anders kunt doen.
enrol-failed = Die code hoort niet bij dit geheim. Controleer de tijd op uw apparaat en typ de code die het nu toont.
enrol-step-app = Voeg dit geheim toe aan een authenticatie-app (tijdgebaseerd, 6 cijfers, 30 seconden):
enrol-open-app = Openen in een authenticatie-app
enrol-step-code = Typ ter bevestiging de code die de app toont:
enrol-confirm = Bevestigen
enrol-done = Uw tweede factor is ingesteld. Voortaan meldt u zich aan met uw wachtwoord en een code.
enrol-recovery-title = Herstelcodes
enrol-recovery-hint = Bewaar deze codes op een veilige plek. Met elk ervan meldt u zich één keer aan in plaats van met een code. Ze worden alleen nu getoond.
enrol-continue = Doorgaan
enrol-already = Uw account heeft een tweede factor. Raakt u uw authenticator kwijt, dan reset een beveiligingsfunctionaris van uw partij die.
login-sso = Aanmelden met { $provider }
sso-refused-title = Geen toegang
sso-refused-unmapped = { $provider } heeft u aangemeld, maar geen enkele regel van deze instantie geeft uw account toegang. Een beveiligingsfunctionaris van uw partij moet een aanmeldregel voor u toevoegen.
sso-refused-ambiguous = { $provider } heeft u aangemeld, maar regels van meer dan één partij passen op uw account, zodat deze instantie niet weet namens wie u optreedt. Neem contact op met uw beveiligingsfunctionaris.
sso-refused-disabled = Uw account op deze instantie is uitgeschakeld.
sso-refused-party = Uw account treedt op namens een andere partij dan de regels u nu toekennen. Neem contact op met uw beveiligingsfunctionaris.
sso-refused-hint = Deze poging is vastgelegd in het auditspoor.
sso-failed-title = Aanmelden mislukt
sso-failed = Aanmelden met { $provider } is mislukt: { $reason }
sso-continue = Doorgaan


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Bevolkingstabellen van bijlage III
admin-population-intro = De bevolkingscijfers die over gekwalificeerde meerderheden beslissen (reglement van orde van de Raad, bijlage III). Een stemming gebruikt de tabel van haar jaar; is die niet geladen, dan de dichtstbijzijnde, en dat wordt vermeld.
col-origin = Herkomst
col-total = Bevolking van de Unie
origin-shipped = meegeleverd met entente
origin-imported = in deze instantie geladen
population-replaced = vervangen door een latere lading
admin-population-label = Te laden tabel (JSON: jaar, bron, totaal, cijfers van de 27 lidstaten)
admin-population-submit = Tabel laden
population-table-in-force = Bevolking: de tabel van bijlage III voor { $year }, van kracht op het moment van de stemming.
population-table-older = Bevolking: de tabel van bijlage III voor { $year } is gebruikt, niet de tabel die op het moment van de stemming van kracht was ({ $current }) en die niet geladen is. Een beheerder kan die laden op de beheerpagina.
population-table-supplied = Bevolking: met de procedure verstrekte cijfers.
robustness-holds = De uitkomst blijft staan bij elke herziening van de bevolkingscijfers tot ±2 %.
robustness-close = Krap: een herziening van de bevolkingscijfers tot ±2 % kan de uitkomst veranderen. Controleer met de geldende tabel.
margin-members-in-favour = Leden voor: { $actual }; vereist: { $required } (marge: { $margin })
margin-population-in-favour = Bevolking voor: { $actual }; vereist: { $required } (marge: { $margin }; in procentpunten: { $points })
margin-blocking-minority = Leden die niet voor stemmen: { $actual }; een blokkerende minderheid vereist: { $required }
margin-declared-members = Leden die zich met een formele verklaring onthouden: { $actual }; de handeling wordt tegengehouden vanaf: { $required }
margin-declared-population = Bevolking van de leden die zich met een formele verklaring onthouden: { $actual }; de handeling wordt tegengehouden vanaf: { $required } (in procentpunten: { $points })
