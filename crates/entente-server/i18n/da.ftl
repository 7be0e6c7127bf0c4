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

search-title = Søg i sager
search-label = Ord i en titel eller et resumé, på ethvert sprog
search-button = Søg

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

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Sanktionsregister
nav-releases = Offentliggørelser
statements-link = Erklæringer i denne sag
statements-title = Erklæringer
statements-none = Ingen erklæringer, som du må se.
statement-draft-heading = Udarbejd en erklæring
statement-kind-hr_declaration = Erklæring fra den højtstående repræsentant på EU's vegne
statement-kind-council_conclusions = Rådets konklusioner
statement-kind-press_release = Pressemeddelelse
statement-kind-demarche_points = Talepunkter til en demarche
statement-kind-national_statement = National erklæring
statement-template = Skabelon
statement-no-template = Ingen skabelon
col-source-language = Kildesprog
col-version = Version
col-verified-by = Kontrolleret af
col-language = Sprog
col-text = Tekst
lang-status-draft = Udkast
lang-status-translated = Oversat
lang-status-verified = Kontrolleret
statement-submit-draft = Gem udkastet
statement-languages = Sprogversioner
statement-translate-heading = Tilføj eller ret en sprogversion
statement-translate-submit = Gem sprogversionen
statement-mark-translated = Oversættelsen er færdig
statement-verify = Kontrollér
statement-diff-heading = Ændringer mellem versioner
statement-diff-show = Vis ændringerne
statement-diff-legend = Udgåede ord er gennemstreget, tilføjede ord er understreget.
statement-embargo-heading = Embargo
statement-embargo-none = Der er endnu ikke fastsat en embargo.
statement-embargo-set = Fastsæt embargoen
col-capital = Hovedstad
col-local-time = Lokal tid
statement-adoption-heading = Vedtagelse
statement-no-adoption = Endnu ingen procedure om denne erklæring.
statement-adopted-version = Vedtaget version
statement-release-heading = Offentliggørelse
statement-released = Offentliggjort
statement-not-released = Ikke offentliggjort
statement-release-submit = Offentliggør nu på alle kontrollerede sprog
statement-echoes-heading = Medlemsstaternes tilslutning
statement-echoed = Tilsluttet
statement-not-echoed = Endnu ikke
statement-export = Eksportér
releases-title = Offentliggjorte erklæringer
releases-intro = Erklæringer fra Den Europæiske Union og dens medlemsstater som offentliggjort, på alle kontrollerede sprog.
releases-none = Intet er offentliggjort endnu.
releases-feed = Atom-feed
sanctions-title = Register over cybersanktioner
sanctions-intro = Personer og enheder opført på listen i henhold til Rådets afgørelse (FUSP) 2019/797 og forordning (EU) 2019/796 (restriktive foranstaltninger mod cyberangreb).
sanctions-search = Navn (i enhver skrift, translitteration eller alias)
sanctions-search-submit = Søg
sanctions-status-active = I kraft
sanctions-status-delisted = Slettet fra listen
sanctions-status-all = Alle
sanctions-none = Ingen poster passer.
sanctions-kind-person = Fysisk person
sanctions-kind-entity = Enhed
col-listed-on = Opført på listen den
col-aliases = Aliasser
col-reasons = Begrundelse for opførelse på listen
col-legal-acts = Retsakter
col-birth = Fødselsdato og fødested
col-nationality = Statsborgerskab
col-identifiers = Identitetspapirer
col-address = Adresse
col-matched = Fundet navn
sanctions-review-heading = Årlig revision af listen
sanctions-review-overdue = Forsinket: revisionen skulle have fundet sted den { $date }, og ingen forlængelse er registreret.
sanctions-review-soon = Revisionen skal finde sted den { $date }.
sanctions-review-scheduled = Næste revision: { $date }.
sanctions-framework-until = Ordningen gælder indtil den { $date }.
sanctions-renewals = Forlængelser
sanctions-listings-until = Opførelser forlænget til
sanctions-export = Eksportér registret
sanctions-links = Sager og procedurer
sanctions-amendments = Ændringer
sanctions-delisted-on = Slettet fra listen den { $date }
sanctions-unconfirmed = Ikke bekræftet
procedure-statement = Erklæring { $id }
sanctions-count =
    { $count ->
        [one] { $count } post i kraft
       *[other] { $count } poster i kraft
    }

statement-revise-heading = Ny version på kildesproget
statement-revise-hint = Oversættelserne hører til den tidligere version; den nye version oversættes på ny.
statement-revise-note = Bemærkning om ændringen
statement-revise-submit = Gem som ny version
