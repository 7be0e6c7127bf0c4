# Meddelelser i entente-brugerfladen: dansk.
# TLP-betegnelser (TLP:AMBER ...) oversættes aldrig (FIRST TLP 2.0, afsnit 1b).

skip-to-content = Gå til indholdet
banner-highest = Højeste mærkning på denne side:
nav-main = Hovednavigation
nav-language = Sprog
nav-dashboard = Oversigt
nav-dossiers = Sager
nav-search = Søgning
nav-audit = Revisionslog
nav-admin = Administration
sign-in = Log ind
sign-out = Log ud
anonymous = Ikke logget ind (offentlig visning: kun TLP:CLEAR)
footer-note = entente, EU's værktøjskasse for cyberdiplomati. Mærkningerne følger FIRST TLP 2.0 og Rådets afgørelse 2013/488/EU.
back-to-dashboard = Tilbage til oversigten

login-user = Brugernavn
login-password = Adgangskode
login-failed = Brugernavnet eller adgangskoden er forkert.
login-anonymous-hint = Uden at logge ind ser du kun offentlige oplysninger (TLP:CLEAR).

error-not-found = Ikke fundet
error-forbidden = Ikke tilladt
error-invalid = Anmodningen kunne ikke forstås
error-server = Der opstod en fejl

status-detected = Opdaget
status-assessing = Under vurdering
status-deliberating = Under drøftelse
status-responded = Reaktion vedtaget
status-closed = Afsluttet

dashboard-title = Oversigt
dashboard-by-status = Sager efter status
dashboard-recent-dossiers = Seneste sager
dashboard-charts = Sagerne i tal
dashboard-recent-events = Seneste aktivitet
all-dossiers = Alle sager
no-dossiers = Ingen sager at vise.
no-events = Ingen aktivitet at vise.

dossier-count =
    { $count ->
        [one] { $count } sag
       *[other] { $count } sager
    }
party-count =
    { $count ->
        [one] { $count } part
       *[other] { $count } parter
    }
audit-intro =
    { $count ->
        [one] Loggen indeholder { $count } hændelse. Du ser de hændelser, som dine mærkninger giver adgang til.
       *[other] Loggen indeholder { $count } hændelser. Du ser de hændelser, som dine mærkninger giver adgang til.
    }

chart-by-year = Sager efter år for første observation
chart-by-sector = Sager efter berørt sektor
chart-by-victim = Sager efter berørt land
chart-as-table = Vis tallene som tabel
chart-empty = Endnu ingen data.

col-title = Titel
col-status = Status
col-first-seen = Første observation
col-victims = Berørte
col-marking = Mærkning
col-time = Tidspunkt
col-event = Hændelse
col-actor = Af
col-year = År
col-dossiers = Sager
col-sector = Sektor
col-country = Land
col-id = Kode
col-name = Navn
col-kind = Type

dossiers-title = Sager
filter-text = Titlen indeholder
filter-any = Alle
filter-victim = Berørt land (kode)
filter-apply = Anvend filtre
pagination = Sider
page-prev = Forrige side
page-next = Næste side
page-of = Side { $page } af { $pages }

search-title = Søg i alt, hvad du må se
search-label = Ord, navne, id'er (T0800) eller en "sætning", på ethvert sprog
search-button = Søg
search-results =
    { $count ->
        [one] { $count } resultat
       *[other] { $count } resultater
    }
search-kind-dossier = Sager
search-kind-evidence = Beviser
search-kind-assessment = Vurderinger
search-kind-attribution = Tilskrivninger
search-kind-stix = STIX-objekter
search-sort = Sortering
search-sort-relevance = Relevans
search-sort-date = Nyeste først
search-from = Fra (dato)
search-to = Til (dato)
search-none = Intet, du må se, matcher disse ord.
search-dossier = Sag

dossier-origin = Ophav
marking-releasable = Må videregives til
dossier-summary = Resumé
no-summary = Endnu intet resumé.
shown-in = Vist på:
dossier-versions = Sprogversioner
dossier-last-seen = Seneste observation
dossier-timeline = Tidslinje
dossier-sources = Kilder

admin-title = Administration
admin-parties = Parter
party-kind-member-state = Medlemsstat
party-kind-eu-body = EU-institution eller -organ
party-kind-partner-state = Partnerland
party-kind-international-organisation = International organisation

audit-title = Revisionslog

dossier-evidence = Dokumentation
no-evidence = Ingen dokumentation, som du har adgang til.
evidence-withdrawn = trukket tilbage
col-source = Kilde
col-grading = Vurdering (Admiralty)
col-party = Part
dossier-assessments = Vurderinger fra parterne
no-assessments = Endnu ingen vurderinger, som du har adgang til.
heat-legend = Niveauer fra 0 (lavest) til 4 (højest) for hver dimension i Rådets konklusioner fra 2017; – betyder ikke vurderet. Hver celle angiver sit niveau; farven gentager det blot.
col-confidence = Sikkerhed
dossier-picture = Fælles situationsbillede
picture-severity = Alvor
picture-aggregate = samlet score
picture-parties =
    { $count ->
        [one] { $count } part medregnet
       *[other] { $count } parter medregnet
    }
picture-agreed =
    { $count ->
        [one] { $count } vedtaget version
       *[other] { $count } vedtagne versioner
    }
picture-open-proposals =
    { $count ->
        [one] { $count } åbent forslag
       *[other] { $count } åbne forslag
    }
col-dimension = Dimension
col-median = Median
col-range = Spænd
col-scored-by = Vurderet af
col-dissent = Afvigelser (afstand fra medianen)
severity-low = Lav
severity-moderate = Moderat
severity-serious = Alvorlig
severity-severe = Meget alvorlig
severity-critical = Kritisk
severity-unknown = Endnu ukendt
dim-scope = Rækkevidde
dim-scale = Omfang
dim-duration = Varighed
dim-intensity = Intensitet
dim-complexity = Kompleksitet
dim-sophistication = Raffinement
dim-impact = Virkning
dossier-procedures = Procedurer
no-procedures = Ingen procedurer, som du har adgang til.
col-subject = Emne
col-rule = Afstemningsregel
col-deadline = Frist
col-state = Stade
col-tally = Optælling
tally-for = For
tally-against = Imod
tally-abstain = Hverken for eller imod
procedure-package = Pakke { $id }
procedure-state-open = Åben
procedure-state-expired = Fristen er udløbet
procedure-state-closed = Afsluttet
outcome-adopted = Vedtaget
outcome-not-adopted = Ikke vedtaget
outcome-pending = Afventer
outcome-undetermined = Uafklaret
outcome-provisional = Hvis holdningerne forbliver uændrede
position-for = For
position-against = Imod
position-abstain = Undlader at stemme
position-declared-abstain = Konstruktiv undladelse (erklæring)
position-not-participating = Deltager ikke
positions-recorded =
    { $count ->
        [one] { $count } holdning registreret
       *[other] { $count } holdninger registreret
    }
procedure-title = Procedure
back-to-dossier = Tilbage til sagen
time-left = resterende tid:
position-record = Registrér din holdning
position-label = Holdning
declaration-label = Erklæring (valgfri)
position-submit = Registrér holdningen
procedure-positions = Holdninger
no-positions = Endnu ingen holdninger registreret.
col-position = Holdning
col-declaration = Erklæring
admin-users = Konti
admin-users-hint = Konti vises kun for administratorer.
user-count =
    { $count ->
        [one] { $count } konto
       *[other] { $count } konti
    }
col-roles = Roller
col-clearance = Sikkerhedsgodkendelse
user-disabled = Deaktiveret
user-active = Aktiv
assess-open = Indsend din parts vurdering
assess-summary = Resumé (valgfrit)
assess-submit = Indsend vurderingen
col-level = Niveau
col-rationale = Begrundelse
confidence-low = Lav
confidence-moderate = Moderat
confidence-high = Høj
dossier-attributions = Tilskrivninger
attribution-state = Tilskrivningens stade
attribution-state-none = Ingen registreret
attribution-state-national = Nationale tilskrivninger
attribution-state-joint = Fælles EU-tilskrivning
attribution-joint = fælles
col-actor-attributed = Tilskrevet
col-likelihood = Sandsynlighed (ICD 203)
col-basis = Grundlag
col-date = Dato
dashboard-open-procedures = Åbne procedurer
no-open-procedures = Ingen åbne procedurer, som du har adgang til.
col-your-position = Din parts holdning
position-needed = Mangler
chart-by-actor = Sager efter aktør, som de tilskrives
dossier-options = Reaktionsmuligheder
options-basis = Rangordnet af proportionalitetsmodulet på grundlag af det senest vedtagne situationsbillede og de registrerede tilskrivninger, uden yderligere oplysninger.
options-available = Til rådighed, mindst eskalerende først
options-not-available = Ikke til rådighed nu, og hvorfor
options-escalation = eskalering
options-need-agreed = Mulighederne rangordnes, når parterne har vedtaget et fælles situationsbillede.

rule-unanimity = Enstemmighed
rule-qmv = Kvalificeret flertal
rule-rqmv = Styrket kvalificeret flertal
rule-simple = Simpelt flertal
rule-silence = Stiltiendeprocedure
rule-none = Ingen rådsafgørelse nødvendig

option-category-preventive = Forebyggende foranstaltninger
option-category-cooperative = Samarbejdsforanstaltninger
option-category-stability = Stabilitetsforanstaltninger
option-category-restrictive = Restriktive foranstaltninger
option-category-support = Støtte til medlemsstaternes lovlige reaktioner

measure-confidence-building = Tillidsskabende foranstaltninger
measure-awareness-raising = Oplysning om EU's politikker
measure-capacity-building = Opbygning af cyberkapacitet i tredjelande
measure-eu-dialogue = EU-ledede politiske og tematiske dialoger
measure-delegation-demarche = Demarcher fra EU-delegationer
measure-hr-statement = Erklæring fra den højtstående repræsentant
measure-eu-declaration = Erklæring fra den højtstående repræsentant på vegne af EU
measure-council-conclusions = Rådets konklusioner
measure-diplomatic-demarche = Diplomatisk demarche over for den pågældende stat
measure-restrictive-listing = Restriktive foranstaltninger: opførelse på listen i henhold til afgørelse (FUSP) 2019/797 og forordning (EU) 2019/796
measure-support-lawful-response = Støtte til en medlemsstats lovlige reaktion
measure-mutual-assistance-42-7 = Gensidig bistand i henhold til artikel 42, stk. 7, i TEU
measure-solidarity-clause-222 = Solidaritetsbestemmelsen i artikel 222 i TEUF

likelihood-almost-no-chance = næsten udelukket
likelihood-very-unlikely = meget usandsynligt
likelihood-unlikely = usandsynligt
likelihood-roughly-even-chance = omtrent lige sandsynligt
likelihood-likely = sandsynligt
likelihood-very-likely = meget sandsynligt
likelihood-almost-certain = næsten sikkert

basis-technical = teknisk
basis-intelligence = efterretningsmæssigt
basis-political = politisk

reliability-a = fuldt pålidelig
reliability-b = normalt pålidelig
reliability-c = rimeligt pålidelig
reliability-d = normalt ikke pålidelig
reliability-e = upålidelig
reliability-f = pålideligheden kan ikke vurderes
credibility-1 = bekræftet af andre kilder
credibility-2 = sandsynligvis sand
credibility-3 = muligvis sand
credibility-4 = tvivlsom
credibility-5 = usandsynlig
credibility-6 = sandheden kan ikke vurderes

evidence-kind-document = Dokument
evidence-kind-link = Link
evidence-kind-stix = STIX-objekt

role-delegate = Delegeret
role-analyst = Analytiker
role-drafter = Udarbejder
role-chair = Formandskab
role-observer = Observatør
role-admin = Administrator
role-security_officer = Sikkerhedsansvarlig
role-operator = Instansens operatør

sector-energy = Energi
sector-transport = Transport
sector-banking = Bankvirksomhed
sector-financial = Finansielle markedsinfrastrukturer
sector-health = Sundhed
sector-drinking-water = Drikkevand
sector-waste-water = Spildevand
sector-digital-infrastructure = Digital infrastruktur
sector-ict-services = Forvaltning af IKT-tjenester (business-to-business)
sector-public-administration = Offentlig forvaltning
sector-space = Rummet
sector-courier = Post- og kurertjenester
sector-waste-management = Affaldshåndtering
sector-chemical = Fremstilling, produktion og distribution af kemikalier
sector-food = Produktion, forarbejdning og distribution af fødevarer
sector-manufacturing = Fremstillingsvirksomhed
sector-digital-providers = Digitale udbydere
sector-research = Forskning
sector-parliament = Parlamenter og lovgivende organer
sector-political-parties = Politiske partier og valgkampagner
sector-international-organisation = Internationale organisationer
sector-defence = Forsvar og væbnede styrker
sector-media-civil-society = Medier, civilsamfund og den akademiske verden

login-account-needed = Denne instans viser intet uden en konto. Sikkerhedsansvarlig for jeres part kan give Dem en.
password-change = Vælg en ny adgangskode
password-change-reset = En sikkerhedsansvarlig for jeres part har nulstillet Deres adgangskode. Vælg en ny, før De fortsætter; den, De fik, holder op med at virke.
password-current = Nuværende adgangskode
password-new = Ny adgangskode (mindst 12 tegn, ikke Deres brugernavn)
password-change-submit = Skift adgangskoden

activity-intro = De hændelser, Deres mærkninger giver Dem adgang til, ældste først.
audit-trail-intro = Revisionssporet: logins, kontoændringer, skrivninger, reviderede læsninger og eksporter, nyeste først, så vidt Deres rolle og mærkninger tillader.
filter-user = Bruger
filter-party = Part
filter-object = Objekt (en sag eller et elements id)
filter-since = Siden (dato)
filter-type = Hændelsestype
stage-title = Sagens stade
stage-picture = Fælles situationsbillede
stage-picture-agreed = vedtaget
stage-picture-proposed = foreslået, åbent for indsigelser
stage-picture-assessed =
    { $count ->
        [one] { $count } part har indsendt sin vurdering
       *[other] { $count } parter har indsendt deres vurdering
    }
stage-options = Reaktionsmuligheder
stage-options-available =
    { $count ->
        [one] { $count } mulighed til rådighed
       *[other] { $count } muligheder til rådighed
    }
stage-options-need-picture = når situationsbilledet er vedtaget
stage-procedure = Afgørelse
stage-procedure-open = en procedure er åben
stage-procedure-none =
    { $count ->
        [one] endnu ingen procedure; { $count } pakke sammensat
       *[other] endnu ingen procedure; { $count } pakker sammensat
    }
stage-procedure-closed = afsluttet
stage-response = Reaktion
stage-response-adopted =
    { $count ->
        [one] { $count } afgørelse vedtaget
       *[other] { $count } afgørelser vedtaget
    }
stage-attribution = Tilskrivning
await-title = Afventer dig
await-assess = Indsend vurderingen fra { $party }.
await-proposal = Et foreslået situationsbillede er åbent for indsigelser indtil { $deadline }: gør indsigelse, hvis din part er uenig, eller forhold dig tavs for at tilslutte dig.
await-position = Registrér holdningen for { $party } i den åbne procedure.
await-propose = Foreslå det aktuelle situationsbillede som det vedtagne.
await-package = Sammensæt en pakke af de tilgængelige muligheder.
await-open = Indled en procedure om pakken.
await-close = Fristen for en procedure er udløbet: afslut den for at fastlægge resultatet.
sections-nav = Sagens afsnit
basis-picture = En fælles situationsforståelse, som medlemsstaterne er enige om (Rådets konklusioner af 19. juni 2017, punkt 5); vedtaget, når indsigelsesfristen udløber uden indsigelse.
basis-options = Foranstaltninger, der står i et rimeligt forhold til aktivitetens rækkevidde, omfang, varighed, intensitet, kompleksitet, raffinement og virkning (Rådets konklusioner af 19. juni 2017, punkt 5).
basis-procedure = FUSP-afgørelser træffes med enstemmighed (artikel 31, stk. 1, i TEU); ved stiltiendeproceduren i Rådets forretningsorden (artikel 12, stk. 2) vedtages en tekst, medmindre et medlem gør indsigelse inden fristens udløb.
basis-attribution = Tilskrivning er en suveræn politisk beslutning for hver medlemsstat (Rådets konklusioner af 19. juni 2017, punkt 4); en fælles tilskrivning vedtages af Rådet.
proposals-title = Forslag til vedtaget situationsbillede
proposal-open = åbent for indsigelser
proposal-objected = indsigelse gjort
proposal-agreed = vedtaget
col-objections = Indsigelser
objection-reason = Begrundelse for indsigelsen fra { $party }
objection-hint = Én indsigelse standser forslaget; tavshed indtil fristens udløb betragtes som tilslutning.
objection-submit = Gør indsigelse
propose-open = Foreslå det aktuelle situationsbillede som vedtaget
propose-deadline = Frist (UTC)
col-note = Bemærkning
propose-submit = Foreslå
facts-open = Forhold, der indgår i afvejningen af mulighederne
facts-persons = De ansvarlige personer eller enheder er identificeret
facts-attempted = Aktiviteten blev forsøgt (afværget eller uden virkning)
facts-dialogue = Der føres en dialog med den pågældende stat
facts-regime = Sanktionsordningen mod cyberangreb finder allerede anvendelse på de pågældende
facts-partner = Forbindelserne med den pågældende stat
partner-unknown = ikke angivet
partner-partner = partner
partner-neutral = neutral
partner-adversarial = fjendtlig
facts-apply = Afvej disse forhold
options-why = Hvorfor
package-submit = Sammensæt en pakke af de afkrydsede muligheder
packages-title = Pakker
procedure-open = Indled en procedure
procedure-subject-package = Om en pakke
procedure-subject-text = Eller om en tekst
procedure-open-submit = Indled proceduren
dossier-responses = Reaktioner
no-responses = Der er ikke vedtaget nogen afgørelse i denne sag.
col-measures = Foranstaltninger
col-basis-legal = Retsgrundlag
attribution-record-joint = Registrér den fælles tilskrivning, som Rådet har vedtaget
attribution-record-national = Registrér den nationale tilskrivning fra { $party }
attribution-procedure = Vedtaget ved procedure
attribution-public = Offentlig
attribution-url = Link til erklæringen
attribution-submit = Registrér tilskrivningen
procedure-close = Afslut proceduren
procedure-close-hint = Afslutningen fastlægger resultatet, som det foreligger nu; holdningerne kan derefter ikke længere ændres.
event-dossier-created = Sag oprettet
event-dossier-updated = Forhold ajourført
event-dossier-transitioned = Status ændret
event-dossier-marked = Mærkning ændret
event-evidence-added = Dokumentation tilføjet
event-evidence-withdrawn = Dokumentation trukket tilbage
event-assessment-submitted = Vurdering indsendt
event-picture-proposed = Situationsbillede foreslået som vedtaget
event-picture-objected = Indsigelse mod det foreslåede situationsbillede
event-package-assembled = Pakke af foranstaltninger sammensat
event-procedure-opened = Procedure indledt
event-procedure-position-recorded = Holdning registreret
event-procedure-closed = Procedure afsluttet
event-attribution-recorded = Tilskrivning registreret
event-attribution-withdrawn = Tilskrivning trukket tilbage

dossier-new = Åbn en sag
dossier-new-submit = Åbn sagen
marking-tlp = TLP-niveau
marking-releasable-hint = andre parter end Deres, adskilt med kommaer (f.eks. EE, LV, EEAS)
marking-recipients = Navngivne modtagere (TLP:RED; brugernavne adskilt med kommaer)
marking-own = Et element kan have sin egen mærkning, lige så streng som sagens eller strengere.
marking-same = sagens
evidence-add = Tilføj bevismateriale
evidence-url = Link
evidence-text = Tekst eller uddrag
evidence-submit = Tilføj bevismaterialet
col-reliability = Kildens pålidelighed
col-credibility = Oplysningernes troværdighed

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Login tog for lang tid, eller formularen kom ikke fra dette websted. Log venligst ind igen.
second-step-title = Anden faktor
second-step-intro = Din adgangskode er korrekt. Indtast den kode, din godkendelsesapp viser nu.
second-step-code = Sekscifret kode
second-step-failed = Koden er forkert, udløbet eller allerede brugt. Vent på den næste kode, og prøv igen.
second-step-recovery = Har du mistet din godkendelsesapp?
second-step-recovery-code = Gendannelseskode
second-step-hint = Hver kode virker kun én gang. Uden godkendelsesapp eller gendannelseskode skal du bede en sikkerhedsofficer for din part om at nulstille din anden faktor.
enrol-title = Opsæt din anden faktor
enrol-required = Din konto administrerer konti eller sikkerhedsgodkendelser: den skal have en anden faktor, før du kan gøre noget andet.
enrol-failed = Koden passer ikke til denne hemmelighed. Kontrollér klokken på din enhed, og indtast den kode, den viser nu.
enrol-step-app = Føj denne hemmelighed til en godkendelsesapp (tidsbaseret, 6 cifre, 30 sekunder):
enrol-open-app = Åbn i en godkendelsesapp
enrol-step-code = Indtast den kode, appen viser, for at bekræfte:
enrol-confirm = Bekræft
enrol-done = Din anden faktor er opsat. Fremover logger du ind med adgangskode og kode.
enrol-recovery-title = Gendannelseskoder
enrol-recovery-hint = Opbevar disse koder et sikkert sted. Hver af dem logger dig ind én gang i stedet for en kode. De vises kun nu.
enrol-continue = Fortsæt
enrol-already = Din konto har en anden faktor. Mister du din godkendelsesapp, nulstiller en sikkerhedsofficer for din part den.
login-sso = Log ind med { $provider }
sso-refused-title = Ingen adgang
sso-refused-unmapped = { $provider } har logget dig ind, men ingen regel i denne instans giver din konto adgang. En sikkerhedsofficer for din part skal tilføje en login-regel for dig.
sso-refused-ambiguous = { $provider } har logget dig ind, men regler for mere end én part passer på din konto, så denne instans kan ikke afgøre, hvem du handler for. Kontakt din sikkerhedsofficer.
sso-refused-disabled = Din konto i denne instans er deaktiveret.
sso-refused-party = Din konto handler for en anden part, end reglerne nu giver dig. Kontakt din sikkerhedsofficer.
sso-refused-hint = Forsøget er registreret i revisionssporet.
sso-failed-title = Login mislykkedes
sso-failed = Login med { $provider } mislykkedes: { $reason }
sso-continue = Fortsæt


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Befolkningstabeller efter bilag III
admin-population-intro = De befolkningstal, der afgør kvalificeret flertal (Rådets forretningsorden, bilag III). En afstemning bruger tabellen for sit år; er den ikke indlæst, den nærmeste, og det oplyses.
col-origin = Oprindelse
col-total = Unionens befolkning
origin-shipped = leveret med entente
origin-imported = indlæst i denne instans
population-replaced = erstattet af en senere indlæsning
admin-population-label = Tabel, der skal indlæses (JSON: år, kilde, i alt, tal for de 27 medlemsstater)
admin-population-submit = Indlæs tabellen
population-table-in-force = Befolkning: bilag III-tabellen for { $year }, der var gældende på afstemningstidspunktet.
population-table-older = Befolkning: bilag III-tabellen for { $year } blev brugt, ikke den tabel, der var gældende på afstemningstidspunktet ({ $current }), som ikke er indlæst. En administrator kan indlæse den på administrationssiden.
population-table-supplied = Befolkning: tal angivet sammen med proceduren.
robustness-holds = Resultatet holder ved enhver revision af befolkningstallene på op til ±2 %.
robustness-close = Tæt resultat: en revision af befolkningstallene på op til ±2 % kan ændre resultatet. Kontrollér med den gældende tabel.
margin-members-in-favour = Medlemmer for: { $actual }; krævet: { $required } (margen: { $margin })
margin-population-in-favour = Befolkning for: { $actual }; krævet: { $required } (margen: { $margin }; i procentpoint: { $points })
margin-blocking-minority = Medlemmer, der ikke stemmer for: { $actual }; et blokerende mindretal kræver: { $required }
margin-declared-members = Medlemmer, der undlader at stemme med en formel erklæring: { $actual }; retsakten standses ved: { $required }
margin-declared-population = Befolkning hos medlemmer, der undlader at stemme med en formel erklæring: { $actual }; retsakten standses ved: { $required } (i procentpoint: { $points })
