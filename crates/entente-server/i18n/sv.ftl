# Meddelanden i entente-gränssnittet: svenska.
# TLP-etiketter (TLP:AMBER ...) översätts aldrig (FIRST TLP 2.0, avsnitt 1b).

skip-to-content = Gå till innehållet
banner-highest = Högsta märkning på denna sida:
nav-main = Huvudnavigering
nav-language = Språk
nav-dashboard = Översikt
nav-dossiers = Ärenden
nav-search = Sök
nav-audit = Granskningslogg
nav-admin = Administration
sign-in = Logga in
sign-out = Logga ut
anonymous = Inte inloggad (offentlig vy: endast TLP:CLEAR)
footer-note = entente, EU:s verktygslåda för cyberdiplomati. Märkningarna följer FIRST TLP 2.0 och rådets beslut 2013/488/EU.
back-to-dashboard = Tillbaka till översikten

login-user = Användarnamn
login-password = Lösenord
login-failed = Användarnamnet eller lösenordet är fel.
login-anonymous-hint = Utan att logga in ser du endast offentlig information (TLP:CLEAR).

error-not-found = Hittades inte
error-forbidden = Inte tillåtet
error-invalid = Begäran kunde inte tolkas
error-server = Ett fel inträffade

status-detected = Upptäckt
status-assessing = Under bedömning
status-deliberating = Under överläggning
status-responded = Reaktion beslutad
status-closed = Avslutat

dashboard-title = Översikt
dashboard-by-status = Ärenden efter status
dashboard-recent-dossiers = Senaste ärenden
dashboard-charts = Ärendena i siffror
dashboard-recent-events = Senaste aktivitet
all-dossiers = Alla ärenden
no-dossiers = Inga ärenden att visa.
no-events = Ingen aktivitet att visa.

dossier-count =
    { $count ->
        [one] { $count } ärende
       *[other] { $count } ärenden
    }
party-count =
    { $count ->
        [one] { $count } part
       *[other] { $count } parter
    }
audit-intro =
    { $count ->
        [one] Loggen innehåller { $count } händelse. Du ser de händelser som dina märkningar tillåter.
       *[other] Loggen innehåller { $count } händelser. Du ser de händelser som dina märkningar tillåter.
    }

chart-by-year = Ärenden efter år för första iakttagelse
chart-by-sector = Ärenden efter drabbad sektor
chart-by-victim = Ärenden efter drabbat land
chart-as-table = Visa siffrorna som tabell
chart-empty = Inga uppgifter ännu.

col-title = Rubrik
col-status = Status
col-first-seen = Första iakttagelse
col-victims = Drabbade
col-marking = Märkning
col-time = Tidpunkt
col-event = Händelse
col-actor = Av
col-year = År
col-dossiers = Ärenden
col-sector = Sektor
col-country = Land
col-id = Kod
col-name = Namn
col-kind = Typ

dossiers-title = Ärenden
filter-text = Rubriken innehåller
filter-any = Alla
filter-victim = Drabbat land (kod)
filter-apply = Tillämpa filter
pagination = Sidor
page-prev = Föregående sida
page-next = Nästa sida
page-of = Sida { $page } av { $pages }

search-title = Sök i allt som du får se
search-label = Ord, namn, id (T0800) eller en ”fras”, på valfritt språk
search-button = Sök
search-results =
    { $count ->
        [one] { $count } träff
       *[other] { $count } träffar
    }
search-kind-dossier = Ärenden
search-kind-evidence = Bevis
search-kind-assessment = Bedömningar
search-kind-attribution = Tillskrivningar
search-kind-stix = STIX-objekt
search-sort = Ordning
search-sort-relevance = Relevans
search-sort-date = Nyaste först
search-from = Från (datum)
search-to = Till (datum)
search-none = Inget som du får se matchar dessa ord.
search-dossier = Ärende

dossier-origin = Upphovsman
marking-releasable = Får lämnas ut till
dossier-summary = Sammanfattning
no-summary = Ingen sammanfattning ännu.
shown-in = Visas på:
dossier-versions = Språkversioner
dossier-last-seen = Senaste iakttagelse
dossier-timeline = Tidslinje
dossier-sources = Källor

admin-title = Administration
admin-parties = Parter
party-kind-member-state = Medlemsstat
party-kind-eu-body = EU-institution eller EU-organ
party-kind-partner-state = Partnerland
party-kind-international-organisation = Internationell organisation

audit-title = Granskningslogg

dossier-evidence = Bevisning
no-evidence = Ingen bevisning som du får se.
evidence-withdrawn = återkallad
col-source = Källa
col-grading = Bedömning (Admiralty-skalan)
col-party = Part
dossier-assessments = Parternas bedömningar
no-assessments = Inga bedömningar som du får se ännu.
heat-legend = Nivåer från 0 (lägst) till 4 (högst) för varje dimension i rådets slutsatser från 2017; – betyder inte bedömt. Varje cell anger sin nivå; färgen upprepar den bara.
col-confidence = Säkerhet
dossier-picture = Gemensam lägesbild
picture-severity = Allvarlighetsgrad
picture-aggregate = sammanlagd poäng
picture-parties =
    { $count ->
        [one] { $count } part medräknad
       *[other] { $count } parter medräknade
    }
picture-agreed =
    { $count ->
        [one] { $count } överenskommen version
       *[other] { $count } överenskomna versioner
    }
picture-open-proposals =
    { $count ->
        [one] { $count } öppet förslag
       *[other] { $count } öppna förslag
    }
col-dimension = Dimension
col-median = Median
col-range = Variationsbredd
col-scored-by = Bedömd av
col-dissent = Avvikelser (avstånd från medianen)
severity-low = Låg
severity-moderate = Måttlig
severity-serious = Allvarlig
severity-severe = Mycket allvarlig
severity-critical = Kritisk
severity-unknown = Ännu okänd
dim-scope = Räckvidd
dim-scale = Omfattning
dim-duration = Varaktighet
dim-intensity = Intensitet
dim-complexity = Komplexitet
dim-sophistication = Sofistikeringsgrad
dim-impact = Verkan
dossier-procedures = Förfaranden
no-procedures = Inga förfaranden som du får se.
col-subject = Ämne
col-rule = Beslutsregel
col-deadline = Tidsfrist
col-state = Läge
col-tally = Rösträkning
tally-for = För
tally-against = Emot
tally-abstain = Avstår
procedure-package = Paket { $id }
procedure-state-open = Öppet
procedure-state-expired = Tidsfristen har löpt ut
procedure-state-closed = Avslutat
outcome-adopted = Antaget
outcome-not-adopted = Inte antaget
outcome-pending = Pågår
outcome-undetermined = Oavgjort
outcome-provisional = Om ståndpunkterna förblir oförändrade
position-for = För
position-against = Emot
position-abstain = Avstår från att rösta
position-declared-abstain = Konstruktivt avstående från att rösta (förklaring)
position-not-participating = Deltar inte
positions-recorded =
    { $count ->
        [one] { $count } ståndpunkt registrerad
       *[other] { $count } ståndpunkter registrerade
    }
procedure-title = Förfarande
back-to-dossier = Tillbaka till ärendet
time-left = återstående tid:
position-record = Registrera din ståndpunkt
position-label = Ståndpunkt
declaration-label = Förklaring (frivillig)
position-submit = Registrera ståndpunkten
procedure-positions = Ståndpunkter
no-positions = Inga ståndpunkter har registrerats ännu.
col-position = Ståndpunkt
col-declaration = Förklaring
admin-users = Konton
admin-users-hint = Konton visas endast för administratörer.
user-count =
    { $count ->
        [one] { $count } konto
       *[other] { $count } konton
    }
col-roles = Roller
col-clearance = Säkerhetsprövning
user-disabled = Inaktiverat
user-active = Aktivt
assess-open = Lämna in din parts bedömning
assess-summary = Sammanfattning (frivillig)
assess-submit = Lämna in bedömningen
col-level = Nivå
col-rationale = Motivering
confidence-low = Låg
confidence-moderate = Måttlig
confidence-high = Hög
dossier-attributions = Tillskrivningar
attribution-state = Tillskrivningens läge
attribution-state-none = Ingen registrerad
attribution-state-national = Nationella tillskrivningar
attribution-state-joint = Gemensam tillskrivning från EU
attribution-joint = gemensam
col-actor-attributed = Tillskrivs
col-likelihood = Sannolikhet (ICD 203)
col-basis = Grund
col-date = Datum
dashboard-open-procedures = Öppna förfaranden
no-open-procedures = Inga öppna förfaranden som du får se.
col-your-position = Din parts ståndpunkt
position-needed = Krävs
chart-by-actor = Ärenden efter aktör som de tillskrivs
dossier-options = Reaktionsalternativ
options-basis = Rangordnade av proportionalitetsmodulen utifrån den senast överenskomna lägesbilden och de registrerade tillskrivningarna, utan att ytterligare fakta anförs.
options-available = Tillgängliga, minst eskalerande först
options-not-available = Inte tillgängliga nu, och varför
options-escalation = eskalering
options-need-agreed = Alternativen rangordnas när parterna har kommit överens om en gemensam lägesbild.

rule-unanimity = Enhällighet
rule-qmv = Kvalificerad majoritet
rule-rqmv = Förstärkt kvalificerad majoritet
rule-simple = Enkel majoritet
rule-silence = Tyst förfarande
rule-none = Inget rådsbeslut krävs

option-category-preventive = Förebyggande åtgärder
option-category-cooperative = Samarbetsåtgärder
option-category-stability = Stabilitetsåtgärder
option-category-restrictive = Restriktiva åtgärder
option-category-support = Stöd till medlemsstaternas lagliga reaktioner

measure-confidence-building = Förtroendeskapande åtgärder
measure-awareness-raising = Information om EU:s politik
measure-capacity-building = Kapacitetsuppbyggnad på cyberområdet i tredjeländer
measure-eu-dialogue = EU-ledda politiska och tematiska dialoger
measure-delegation-demarche = Uppvaktningar av EU:s delegationer
measure-hr-statement = Uttalande av den höga representanten
measure-eu-declaration = Förklaring av den höga representanten på EU:s vägnar
measure-council-conclusions = Rådets slutsatser
measure-diplomatic-demarche = Diplomatisk uppvaktning hos den berörda staten
measure-restrictive-listing = Restriktiva åtgärder: förteckning enligt beslut (Gusp) 2019/797 och förordning (EU) 2019/796
measure-support-lawful-response = Stöd till en medlemsstats lagliga reaktion
measure-mutual-assistance-42-7 = Ömsesidigt bistånd enligt artikel 42.7 i EU-fördraget
measure-solidarity-clause-222 = Solidaritetsklausulen enligt artikel 222 i EUF-fördraget

likelihood-almost-no-chance = nästan uteslutet
likelihood-very-unlikely = mycket osannolikt
likelihood-unlikely = osannolikt
likelihood-roughly-even-chance = ungefär lika sannolikt
likelihood-likely = sannolikt
likelihood-very-likely = mycket sannolikt
likelihood-almost-certain = nästan säkert

basis-technical = teknisk
basis-intelligence = underrättelser
basis-political = politisk

reliability-a = helt tillförlitlig
reliability-b = vanligen tillförlitlig
reliability-c = ganska tillförlitlig
reliability-d = vanligen inte tillförlitlig
reliability-e = inte tillförlitlig
reliability-f = tillförlitligheten kan inte bedömas
credibility-1 = bekräftad av andra källor
credibility-2 = troligen sann
credibility-3 = möjligen sann
credibility-4 = tvivelaktig
credibility-5 = osannolik
credibility-6 = sanningshalten kan inte bedömas

evidence-kind-document = Dokument
evidence-kind-link = Länk
evidence-kind-stix = STIX-objekt

role-delegate = Delegat
role-analyst = Analytiker
role-drafter = Utarbetare
role-chair = Ordförandeskap
role-observer = Observatör
role-admin = Administratör
role-security_officer = Säkerhetsansvarig
role-operator = Instansens operatör

sector-energy = Energi
sector-transport = Transport
sector-banking = Bankverksamhet
sector-financial = Finansmarknadsinfrastruktur
sector-health = Hälso- och sjukvård
sector-drinking-water = Dricksvatten
sector-waste-water = Avloppsvatten
sector-digital-infrastructure = Digital infrastruktur
sector-ict-services = Förvaltning av IKT-tjänster (mellan företag)
sector-public-administration = Offentlig förvaltning
sector-space = Rymden
sector-courier = Post- och budtjänster
sector-waste-management = Avfallshantering
sector-chemical = Tillverkning, produktion och distribution av kemikalier
sector-food = Produktion, bearbetning och distribution av livsmedel
sector-manufacturing = Tillverkning
sector-digital-providers = Digitala leverantörer
sector-research = Forskning
sector-parliament = Parlament och lagstiftande organ
sector-political-parties = Politiska partier och valkampanjer
sector-international-organisation = Internationella organisationer
sector-defence = Försvar och väpnade styrkor
sector-media-civil-society = Medier, civilsamhälle och akademi

login-account-needed = Denna instans visar ingenting utan konto. Er parts säkerhetsansvarige kan ge er ett.
password-change = Välj ett nytt lösenord
password-change-reset = En säkerhetsansvarig för er part har återställt ert lösenord. Välj ett nytt innan ni fortsätter; det ni fick slutar gälla.
password-current = Nuvarande lösenord
password-new = Nytt lösenord (minst 12 tecken, inte ert användarnamn)
password-change-submit = Byt lösenord

activity-intro = De händelser era märkningar låter er se, äldst först.
audit-trail-intro = Granskningsloggen: inloggningar, kontoändringar, skrivningar, loggade läsningar och exporter, nyast först, i den mån er roll och era märkningar tillåter.
filter-user = Användare
filter-party = Part
filter-object = Objekt (ett ärende eller ett elements id)
filter-since = Sedan (datum)
filter-type = Händelsetyp
stage-title = Ärendets läge
stage-picture = Gemensam lägesbild
stage-picture-agreed = överenskommen
stage-picture-proposed = föreslagen, öppen för invändningar
stage-picture-assessed =
    { $count ->
        [one] { $count } part har lämnat sin bedömning
       *[other] { $count } parter har lämnat sin bedömning
    }
stage-options = Reaktionsalternativ
stage-options-available =
    { $count ->
        [one] { $count } alternativ tillgängligt
       *[other] { $count } alternativ tillgängliga
    }
stage-options-need-picture = när lägesbilden är överenskommen
stage-procedure = Beslut
stage-procedure-open = ett förfarande pågår
stage-procedure-none =
    { $count ->
        [one] inget förfarande ännu; { $count } paket sammanställt
       *[other] inget förfarande ännu; { $count } paket sammanställda
    }
stage-procedure-closed = avslutat
stage-response = Reaktion
stage-response-adopted =
    { $count ->
        [one] { $count } beslut antaget
       *[other] { $count } beslut antagna
    }
stage-attribution = Tillskrivning
await-title = Väntar på dig
await-assess = Lämna in bedömningen för { $party }.
await-proposal = En föreslagen lägesbild är öppen för invändningar till och med { $deadline }: gör en invändning om din part inte instämmer, eller förhåll dig tyst för att godta den.
await-position = Registrera ståndpunkten för { $party } i det pågående förfarandet.
await-propose = Föreslå den aktuella lägesbilden som överenskommen lägesbild.
await-package = Sammanställ ett paket av de tillgängliga alternativen.
await-open = Inled ett förfarande om paketet.
await-close = Tidsfristen för ett förfarande har löpt ut: avsluta det för att fastställa utfallet.
sections-nav = Ärendets avsnitt
basis-picture = En gemensam lägesuppfattning som medlemsstaterna har enats om (rådets slutsatser av den 19 juni 2017, punkt 5); överenskommen när tidsfristen för invändningar löper ut utan invändning.
basis-options = Åtgärder som står i proportion till verksamhetens räckvidd, omfattning, varaktighet, intensitet, komplexitet, sofistikeringsgrad och verkan (rådets slutsatser av den 19 juni 2017, punkt 5).
basis-procedure = Beslut inom Gusp fattas med enhällighet (artikel 31.1 i EU-fördraget); genom det tysta förfarandet i rådets arbetsordning (artikel 12.2) antas en text om ingen medlem gör invändningar innan tidsfristen löper ut.
basis-attribution = Tillskrivning är ett suveränt politiskt beslut av varje medlemsstat (rådets slutsatser av den 19 juni 2017, punkt 4); en gemensam tillskrivning antas av rådet.
proposals-title = Förslag till överenskommen lägesbild
proposal-open = öppet för invändningar
proposal-objected = invändning gjord
proposal-agreed = överenskommet
col-objections = Invändningar
objection-reason = Skäl till invändningen från { $party }
objection-hint = En enda invändning stoppar förslaget; tystnad fram till tidsfristen innebär godkännande.
objection-submit = Gör invändning
propose-open = Föreslå den aktuella lägesbilden som överenskommen
propose-deadline = Tidsfrist (UTC)
col-note = Anmärkning
propose-submit = Föreslå
facts-open = Omständigheter som vägs in i alternativen
facts-persons = De ansvariga personerna eller enheterna är identifierade
facts-attempted = Verksamheten stannade vid försök (avvärjd eller utan verkan)
facts-dialogue = En dialog med den berörda staten pågår
facts-regime = Sanktionssystemet mot cyberattacker tillämpas redan på de berörda
facts-partner = Förbindelserna med den berörda staten
partner-unknown = ej angivet
partner-partner = partner
partner-neutral = neutral
partner-adversarial = fientlig
facts-apply = Väg in dessa omständigheter
options-why = Varför
package-submit = Sammanställ ett paket av de markerade alternativen
packages-title = Paket
procedure-open = Inled ett förfarande
procedure-subject-package = Om ett paket
procedure-subject-text = Eller om en text
procedure-open-submit = Inled förfarandet
dossier-responses = Reaktioner
no-responses = Inget beslut har antagits i detta ärende.
col-measures = Åtgärder
col-basis-legal = Rättslig grund
attribution-record-joint = Registrera den gemensamma tillskrivning som rådet har antagit
attribution-record-national = Registrera den nationella tillskrivningen från { $party }
attribution-procedure = Antagen genom förfarande
attribution-public = Offentlig
attribution-url = Länk till uttalandet
attribution-submit = Registrera tillskrivningen
procedure-close = Avsluta förfarandet
procedure-close-hint = Avslutandet fastställer utfallet som det ser ut nu; ståndpunkterna kan därefter inte längre ändras.
event-dossier-created = Ärende öppnat
event-dossier-updated = Omständigheter uppdaterade
event-dossier-transitioned = Status ändrad
event-dossier-marked = Märkning ändrad
event-evidence-added = Bevisning tillagd
event-evidence-withdrawn = Bevisning återkallad
event-assessment-submitted = Bedömning inlämnad
event-picture-proposed = Lägesbild föreslagen som överenskommen
event-picture-objected = Invändning mot den föreslagna lägesbilden
event-package-assembled = Åtgärdspaket sammanställt
event-procedure-opened = Förfarande inlett
event-procedure-position-recorded = Ståndpunkt registrerad
event-procedure-closed = Förfarande avslutat
event-attribution-recorded = Tillskrivning registrerad
event-attribution-withdrawn = Tillskrivning återkallad

dossier-new = Öppna ett ärende
dossier-new-submit = Öppna ärendet
marking-tlp = TLP-nivå
marking-releasable-hint = andra parter än er, åtskilda med kommatecken (t.ex. EE, LV, EEAS)
marking-recipients = Namngivna mottagare (TLP:RED; användarnamn åtskilda med kommatecken)
marking-own = Ett element kan ha en egen märkning, lika sträng som ärendets eller strängare.
marking-same = ärendets
evidence-add = Lägg till bevis
evidence-url = Länk
evidence-text = Text eller utdrag
evidence-submit = Lägg till beviset
col-reliability = Källans tillförlitlighet
col-credibility = Uppgiftens trovärdighet

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Inloggningen tog för lång tid eller formuläret kom inte från den här webbplatsen. Logga in igen.
second-step-title = Andra faktor
second-step-intro = Ditt lösenord är rätt. Skriv koden som din autentiseringsapp visar nu.
second-step-code = Sexsiffrig kod
second-step-failed = Koden är fel, har gått ut eller har redan använts. Vänta på nästa kod och försök igen.
second-step-recovery = Har du tappat bort din autentiserare?
second-step-recovery-code = Återställningskod
second-step-hint = Varje kod fungerar en gång. Utan autentiserare eller återställningskod ber du en säkerhetsansvarig för din part att återställa din andra faktor.
enrol-title = Konfigurera din andra faktor
enrol-required = Ditt konto administrerar konton eller säkerhetsprövningar: det behöver en andra faktor innan du kan göra något annat.
enrol-failed = Koden stämmer inte med den här hemligheten. Kontrollera tiden på din enhet och skriv koden den visar nu.
enrol-step-app = Lägg till den här hemligheten i en autentiseringsapp (tidsbaserad, 6 siffror, 30 sekunder):
enrol-open-app = Öppna i en autentiseringsapp
enrol-step-code = Skriv koden som appen visar för att bekräfta:
enrol-confirm = Bekräfta
enrol-done = Din andra faktor är konfigurerad. Från och med nu loggar du in med lösenord och kod.
enrol-recovery-title = Återställningskoder
enrol-recovery-hint = Förvara koderna på ett säkert ställe. Var och en loggar in dig en gång i stället för en kod. De visas bara nu.
enrol-continue = Fortsätt
enrol-already = Ditt konto har en andra faktor. Om du tappar bort din autentiserare återställer en säkerhetsansvarig för din part den.
login-sso = Logga in med { $provider }
sso-refused-title = Ingen åtkomst
sso-refused-unmapped = { $provider } har loggat in dig, men ingen regel i den här instansen ger ditt konto åtkomst. En säkerhetsansvarig för din part måste lägga till en inloggningsregel för dig.
sso-refused-ambiguous = { $provider } har loggat in dig, men regler för mer än en part passar ditt konto, så den här instansen kan inte veta för vem du agerar. Kontakta din säkerhetsansvarige.
sso-refused-disabled = Ditt konto i den här instansen är inaktiverat.
sso-refused-party = Ditt konto agerar för en annan part än den reglerna nu ger dig. Kontakta din säkerhetsansvarige.
sso-refused-hint = Försöket har registrerats i granskningsloggen.
sso-failed-title = Inloggningen misslyckades
sso-failed = Inloggning med { $provider } misslyckades: { $reason }
sso-continue = Fortsätt


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Befolkningstabeller enligt bilaga III
admin-population-intro = De befolkningssiffror som avgör kvalificerad majoritet (rådets arbetsordning, bilaga III). En omröstning använder tabellen för sitt år; om den inte är inläst, den närmaste, och anger det.
col-origin = Ursprung
col-total = Unionens befolkning
origin-shipped = levererad med entente
origin-imported = inläst i denna instans
population-replaced = ersatt av en senare inläsning
admin-population-label = Tabell att läsa in (JSON: år, källa, totalt, siffror för de 27 medlemsstaterna)
admin-population-submit = Läs in tabellen
population-table-in-force = Befolkning: tabellen enligt bilaga III för { $year }, gällande vid omröstningen.
population-table-older = Befolkning: tabellen enligt bilaga III för { $year } användes, inte den tabell som gällde vid omröstningen ({ $current }), som inte är inläst. En administratör kan läsa in den på administrationssidan.
population-table-supplied = Befolkning: siffror som lämnats med förfarandet.
robustness-holds = Utfallet står sig vid varje revidering av befolkningssiffrorna med upp till ±2 %.
robustness-close = Jämnt: en revidering av befolkningssiffrorna med upp till ±2 % kan ändra utfallet. Kontrollera med den gällande tabellen.
margin-members-in-favour = Medlemmar för: { $actual }; krävs: { $required } (marginal: { $margin })
margin-population-in-favour = Befolkning för: { $actual }; krävs: { $required } (marginal: { $margin }; i procentenheter: { $points })
margin-blocking-minority = Medlemmar som inte röstar för: { $actual }; en blockerande minoritet kräver: { $required }
margin-declared-members = Medlemmar som avstår med en formell förklaring: { $actual }; akten stoppas vid: { $required }
margin-declared-population = Befolkning hos medlemmar som avstår med en formell förklaring: { $actual }; akten stoppas vid: { $required } (i procentenheter: { $points })
