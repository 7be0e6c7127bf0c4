# entente saskarnes ziņojumi: latviešu valoda.
# Latviešu valodai ir trīs daudzskaitļa kategorijas (CLDR): zero, one, other.
# TLP apzīmējumi (TLP:AMBER ...) netiek tulkoti (FIRST TLP 2.0, 1.b sadaļa).

skip-to-content = Pāriet uz saturu
banner-highest = Augstākais marķējums šajā lapā:
nav-main = Galvenā navigācija
nav-language = Valoda
nav-dashboard = Pārskats
nav-dossiers = Lietas
nav-search = Meklēšana
nav-audit = Audita žurnāls
nav-admin = Administrēšana
sign-in = Pieteikties
sign-out = Atteikties
anonymous = Neesat pieteicies (publisks skats: tikai TLP:CLEAR)
footer-note = entente — ES kiberdiplomātijas instrumentu kopums. Marķējumi atbilst FIRST TLP 2.0 un Padomes Lēmumam 2013/488/ES.
back-to-dashboard = Atpakaļ uz pārskatu

login-user = Lietotājvārds
login-password = Parole
login-failed = Lietotājvārds vai parole nav pareiza.
login-anonymous-hint = Bez pieteikšanās jūs redzat tikai publisku informāciju (TLP:CLEAR).

error-not-found = Nav atrasts
error-forbidden = Nav atļauts
error-invalid = Pieprasījumu nevarēja saprast
error-server = Radās kļūda

status-detected = Atklāts
status-assessing = Tiek vērtēts
status-deliberating = Tiek apspriests
status-responded = Reakcija pieņemta
status-closed = Slēgts

dashboard-title = Pārskats
dashboard-by-status = Lietas pēc statusa
dashboard-recent-dossiers = Jaunākās lietas
dashboard-charts = Lietas skaitļos
dashboard-recent-events = Nesenās darbības
all-dossiers = Visas lietas
no-dossiers = Nav lietu, ko parādīt.
no-events = Nav darbību, ko parādīt.

dossier-count =
    { $count ->
        [zero] { $count } lietu
        [one] { $count } lieta
       *[other] { $count } lietas
    }
party-count =
    { $count ->
        [zero] { $count } pušu
        [one] { $count } puse
       *[other] { $count } puses
    }
audit-intro =
    { $count ->
        [zero] Žurnālā ir { $count } notikumu. Jūs redzat notikumus, ko atļauj jūsu marķējumi.
        [one] Žurnālā ir { $count } notikums. Jūs redzat notikumus, ko atļauj jūsu marķējumi.
       *[other] Žurnālā ir { $count } notikumi. Jūs redzat notikumus, ko atļauj jūsu marķējumi.
    }

chart-by-year = Lietas pēc pirmās novērošanas gada
chart-by-sector = Lietas pēc skartās nozares
chart-by-victim = Lietas pēc skartās valsts
chart-as-table = Rādīt skaitļus tabulā
chart-empty = Vēl nav datu.

col-title = Nosaukums
col-status = Statuss
col-first-seen = Pirmoreiz novērots
col-victims = Skartie
col-marking = Marķējums
col-time = Laiks
col-event = Notikums
col-actor = Izpildītājs
col-year = Gads
col-dossiers = Lietas
col-sector = Nozare
col-country = Valsts
col-id = Kods
col-name = Nosaukums
col-kind = Veids

dossiers-title = Lietas
filter-text = Nosaukumā ir
filter-any = Jebkurš
filter-victim = Skartā valsts (kods)
filter-apply = Lietot filtrus
pagination = Lapas
page-prev = Iepriekšējā lapa
page-next = Nākamā lapa
page-of = { $page }. lapa no { $pages }

search-title = Meklēt lietas
search-label = Vārdi no nosaukuma vai kopsavilkuma jebkurā valodā
search-button = Meklēt

dossier-origin = Izcelsmes puse
marking-releasable = Drīkst nodot
dossier-summary = Kopsavilkums
no-summary = Vēl nav kopsavilkuma.
shown-in = Parādīts valodā:
dossier-versions = Valodu versijas
dossier-last-seen = Pēdējoreiz novērots
dossier-timeline = Hronoloģija
dossier-sources = Avoti

admin-title = Administrēšana
admin-parties = Puses
party-kind-member-state = Dalībvalsts
party-kind-eu-body = ES iestāde vai struktūra
party-kind-partner-state = Partnervalsts
party-kind-international-organisation = Starptautiska organizācija

audit-title = Audita žurnāls

dossier-evidence = Pierādījumi
no-evidence = Nav pierādījumu, ko jūs drīkstat redzēt.
evidence-withdrawn = atsaukts
col-source = Avots
col-grading = Vērtējums (Admiralitātes skala)
col-party = Puse
dossier-assessments = Pušu novērtējumi
no-assessments = Vēl nav novērtējumu, ko jūs drīkstat redzēt.
heat-legend = Līmeņi no 0 (zemākais) līdz 4 (augstākais) katrā Padomes 2017. gada secinājumu dimensijā; – nozīmē, ka nav novērtēts. Katrā šūnā ir norādīts tās līmenis; krāsa to tikai atkārto.
col-confidence = Pārliecība
dossier-picture = Kopīgais situācijas novērtējums
picture-severity = Smagums
picture-aggregate = kopējais rādītājs
picture-parties =
    { $count ->
        [zero] ņemtas vērā { $count } pušu
        [one] ņemta vērā { $count } puse
       *[other] ņemtas vērā { $count } puses
    }
picture-agreed =
    { $count ->
        [zero] { $count } saskaņotu versiju
        [one] { $count } saskaņota versija
       *[other] { $count } saskaņotas versijas
    }
picture-open-proposals =
    { $count ->
        [zero] { $count } atvērtu priekšlikumu
        [one] { $count } atvērts priekšlikums
       *[other] { $count } atvērti priekšlikumi
    }
col-dimension = Dimensija
col-median = Mediāna
col-range = Diapazons
col-scored-by = Novērtējušas
col-dissent = Atšķirības (attālums no mediānas)
severity-low = Zems
severity-moderate = Mērens
severity-serious = Nopietns
severity-severe = Smags
severity-critical = Kritisks
severity-unknown = Vēl nav zināms
dim-scope = Tvērums
dim-scale = Mērogs
dim-duration = Ilgums
dim-intensity = Intensitāte
dim-complexity = Sarežģītība
dim-sophistication = Izsmalcinātība
dim-impact = Ietekme
dossier-procedures = Procedūras
no-procedures = Nav procedūru, ko jūs drīkstat redzēt.
col-subject = Priekšmets
col-rule = Lēmuma pieņemšanas noteikums
col-deadline = Termiņš
col-state = Stāvoklis
col-tally = Balsu skaits
tally-for = Par
tally-against = Pret
tally-abstain = Atturas
procedure-package = Pakete { $id }
procedure-state-open = Atvērta
procedure-state-expired = Termiņš pagājis
procedure-state-closed = Slēgta
outcome-adopted = Pieņemts
outcome-not-adopted = Nav pieņemts
outcome-pending = Gaida
outcome-undetermined = Nav nosakāms
outcome-provisional = Ja nostājas nemainīsies
position-for = Par
position-against = Pret
position-abstain = Atturas
position-declared-abstain = Konstruktīva atturēšanās (deklarācija)
position-not-participating = Nepiedalās
positions-recorded =
    { $count ->
        [zero] reģistrētas { $count } nostājas
        [one] reģistrēta { $count } nostāja
       *[other] reģistrētas { $count } nostājas
    }
procedure-title = Procedūra
back-to-dossier = Atpakaļ uz lietu
time-left = atlikušais laiks:
position-record = Reģistrējiet savu nostāju
position-label = Nostāja
declaration-label = Deklarācija (nav obligāta)
position-submit = Reģistrēt nostāju
procedure-positions = Nostājas
no-positions = Vēl nav reģistrētu nostāju.
col-position = Nostāja
col-declaration = Deklarācija
admin-users = Konti
admin-users-hint = Konti tiek rādīti tikai administratoriem.
user-count =
    { $count ->
        [zero] { $count } kontu
        [one] { $count } konts
       *[other] { $count } konti
    }
col-roles = Lomas
col-clearance = Pielaide
user-disabled = Atspējots
user-active = Aktīvs
assess-open = Iesniegt jūsu puses novērtējumu
assess-summary = Kopsavilkums (nav obligāts)
assess-submit = Iesniegt novērtējumu
col-level = Līmenis
col-rationale = Pamatojums
confidence-low = Zema
confidence-moderate = Vidēja
confidence-high = Augsta
dossier-attributions = Attiecināšana
attribution-state = Attiecināšanas stāvoklis
attribution-state-none = Nav reģistrēta
attribution-state-national = Valstu attiecināšana
attribution-state-joint = ES kopīga attiecināšana
attribution-joint = kopīga
col-actor-attributed = Attiecināts uz
col-likelihood = Varbūtība (ICD 203)
col-basis = Pamats
col-date = Datums
dashboard-open-procedures = Atvērtās procedūras
no-open-procedures = Nav atvērtu procedūru, ko jūs drīkstat redzēt.
col-your-position = Jūsu puses nostāja
position-needed = Nepieciešama
chart-by-actor = Lietas pēc dalībnieka, kam tās attiecinātas
dossier-options = Reaģēšanas iespējas
options-basis = Sakārtotas ar samērīguma moduli pēc pēdējā saskaņotā kopīgā novērtējuma un reģistrētās attiecināšanas, bez citiem apgalvotiem faktiem.
options-available = Pieejamas, vispirms vismazāk eskalējošās
options-not-available = Pašlaik nav pieejamas, un kāpēc
options-escalation = eskalācijas līmenis
options-need-agreed = Iespējas tiek sakārtotas, tiklīdz puses ir saskaņojušas kopīgo novērtējumu.

rule-unanimity = Vienprātība
rule-qmv = Kvalificēts vairākums
rule-rqmv = Pastiprināts kvalificētais vairākums
rule-simple = Vienkāršs vairākums
rule-silence = Klusēšanas procedūra
rule-none = Padomes lēmums nav vajadzīgs

option-category-preventive = Preventīvi pasākumi
option-category-cooperative = Sadarbības pasākumi
option-category-stability = Stabilitātes pasākumi
option-category-restrictive = Ierobežojoši pasākumi
option-category-support = Atbalsts dalībvalstu likumīgai reaģēšanai

measure-confidence-building = Uzticēšanās veicināšanas pasākumi
measure-awareness-raising = Izpratnes veicināšana par ES politiku
measure-capacity-building = Kiberspēju veidošana trešās valstīs
measure-eu-dialogue = ES vadīti politiskie un tematiskie dialogi
measure-delegation-demarche = ES delegāciju demaršas
measure-hr-statement = Augstā pārstāvja paziņojums
measure-eu-declaration = Augstā pārstāvja deklarācija ES vārdā
measure-council-conclusions = Padomes secinājumi
measure-diplomatic-demarche = Diplomātiska demarša attiecīgajai valstij
measure-restrictive-listing = Ierobežojoši pasākumi: iekļaušana sarakstā saskaņā ar Lēmumu (KĀDP) 2019/797 un Regulu (ES) 2019/796
measure-support-lawful-response = Atbalsts dalībvalsts likumīgai reaģēšanai
measure-mutual-assistance-42-7 = Savstarpēja palīdzība saskaņā ar LES 42. panta 7. punktu
measure-solidarity-clause-222 = Solidaritātes klauzula saskaņā ar LESD 222. pantu

likelihood-almost-no-chance = gandrīz izslēgts
likelihood-very-unlikely = ļoti maz ticams
likelihood-unlikely = maz ticams
likelihood-roughly-even-chance = aptuveni vienāda iespējamība
likelihood-likely = ticams
likelihood-very-likely = ļoti ticams
likelihood-almost-certain = gandrīz droši

basis-technical = tehniskais
basis-intelligence = izlūkošanas
basis-political = politiskais

reliability-a = pilnīgi uzticams
reliability-b = parasti uzticams
reliability-c = diezgan uzticams
reliability-d = parasti neuzticams
reliability-e = neuzticams
reliability-f = uzticamību nevar novērtēt
credibility-1 = apstiprināta citos avotos
credibility-2 = visticamāk patiesa
credibility-3 = iespējams, patiesa
credibility-4 = apšaubāma
credibility-5 = maz ticama
credibility-6 = patiesumu nevar novērtēt

evidence-kind-document = Dokuments
evidence-kind-link = Saite
evidence-kind-stix = STIX objekts

role-delegate = Delegāts
role-analyst = Analītiķis
role-drafter = Sagatavotājs
role-chair = Prezidentvalsts
role-observer = Novērotājs
role-admin = Administrators
role-security_officer = Drošības darbinieks
role-operator = Instances operators

sector-energy = Enerģētika
sector-transport = Transports
sector-banking = Banku nozare
sector-financial = Finanšu tirgus infrastruktūras
sector-health = Veselība
sector-drinking-water = Dzeramais ūdens
sector-waste-water = Notekūdeņi
sector-digital-infrastructure = Digitālā infrastruktūra
sector-ict-services = IKT pakalpojumu pārvaldība (uzņēmumu starpā)
sector-public-administration = Valsts pārvalde
sector-space = Kosmoss
sector-courier = Pasta un kurjerpakalpojumi
sector-waste-management = Atkritumu apsaimniekošana
sector-chemical = Ķimikāliju izgatavošana, ražošana un izplatīšana
sector-food = Pārtikas ražošana, pārstrāde un izplatīšana
sector-manufacturing = Ražošana
sector-digital-providers = Digitālo pakalpojumu sniedzēji
sector-research = Pētniecība
sector-parliament = Parlamenti un likumdošanas struktūras
sector-political-parties = Politiskās partijas un vēlēšanu kampaņas
sector-international-organisation = Starptautiskās organizācijas
sector-defence = Aizsardzība un bruņotie spēki
sector-media-civil-society = Plašsaziņas līdzekļi, pilsoniskā sabiedrība un akadēmiskās aprindas

login-account-needed = Bez konta šī instance neko nerāda. Kontu jums var piešķirt jūsu puses drošības darbinieks.
password-change = Izvēlieties jaunu paroli
password-change-reset = Jūsu puses drošības darbinieks atiestatīja jūsu paroli. Pirms turpināt, izvēlieties jaunu; jums piešķirtā parole vairs nedarbosies.
password-current = Pašreizējā parole
password-new = Jaunā parole (vismaz 12 rakstzīmes, ne lietotājvārds)
password-change-submit = Mainīt paroli

activity-intro = Notikumi, kurus jūsu marķējumi ļauj redzēt, sākot ar vecāko.
audit-trail-intro = Audita pieraksti: pieteikšanās, kontu izmaiņas, ieraksti, auditētas lasīšanas un eksporti, sākot ar jaunāko, ciktāl to atļauj jūsu loma un marķējumi.
filter-user = Lietotājs
filter-party = Puse
filter-object = Objekts (lieta vai elementa identifikators)
filter-since = Kopš (datums)
filter-type = Notikuma veids

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Sankciju reģistrs
nav-releases = Publikācijas
statements-link = Paziņojumi par šo lietu
statements-title = Paziņojumi
statements-none = Nav paziņojumu, kurus jūs drīkstat redzēt.
statement-draft-heading = Sagatavot paziņojumu
statement-kind-hr_declaration = Augstā pārstāvja deklarācija ES vārdā
statement-kind-council_conclusions = Padomes secinājumi
statement-kind-press_release = Paziņojums presei
statement-kind-demarche_points = Demarša runas punkti
statement-kind-national_statement = Valsts paziņojums
statement-template = Veidne
statement-no-template = Bez veidnes
col-source-language = Avota valoda
col-version = Versija
col-verified-by = Pārbaudīja
col-language = Valoda
col-text = Teksts
lang-status-draft = Projekts
lang-status-translated = Iztulkots
lang-status-verified = Pārbaudīts
statement-submit-draft = Saglabāt projektu
statement-languages = Valodu versijas
statement-translate-heading = Pievienot vai labot valodas versiju
statement-translate-submit = Saglabāt valodas versiju
statement-mark-translated = Tulkojums ir pabeigts
statement-verify = Pārbaudīt
statement-diff-heading = Izmaiņas starp versijām
statement-diff-show = Rādīt izmaiņas
statement-diff-legend = Svītrotie vārdi ir pārsvītroti, pievienotie — pasvītroti.
statement-embargo-heading = Embargo
statement-embargo-none = Embargo vēl nav noteikts.
statement-embargo-set = Noteikt embargo
col-capital = Galvaspilsēta
col-local-time = Vietējais laiks
statement-adoption-heading = Pieņemšana
statement-no-adoption = Par šo paziņojumu vēl nav procedūras.
statement-adopted-version = Pieņemtā versija
statement-release-heading = Publiskošana
statement-released = Publiskots
statement-not-released = Nav publiskots
statement-release-submit = Publiskot tūlīt visās pārbaudītajās valodās
statement-echoes-heading = Dalībvalstu atbalsta paziņojumi
statement-echoed = Atbalstīts
statement-not-echoed = Vēl ne
statement-export = Eksportēt
releases-title = Publiskotie paziņojumi
releases-intro = Eiropas Savienības un tās dalībvalstu paziņojumi publiskotajā redakcijā visās pārbaudītajās valodās.
releases-none = Vēl nekas nav publiskots.
releases-feed = Atom plūsma
sanctions-title = Kiberuzbrukumu sankciju reģistrs
sanctions-intro = Personas un vienības, kas iekļautas sarakstā saskaņā ar Padomes Lēmumu (KĀDP) 2019/797 un Regulu (ES) 2019/796 (ierobežojoši pasākumi pret kiberuzbrukumiem).
sanctions-search = Vārds (jebkurā rakstībā, transliterācijā vai pseidonīms)
sanctions-search-submit = Meklēt
sanctions-status-active = Spēkā
sanctions-status-delisted = Svītrots no saraksta
sanctions-status-all = Visi
sanctions-none = Neviens ieraksts neatbilst.
sanctions-kind-person = Fiziska persona
sanctions-kind-entity = Vienība
col-listed-on = Iekļauts sarakstā
col-aliases = Pseidonīmi
col-reasons = Iekļaušanas sarakstā iemesli
col-legal-acts = Tiesību akti
col-birth = Dzimšanas datums un vieta
col-nationality = Pilsonība
col-identifiers = Personu apliecinoši dokumenti
col-address = Adrese
col-matched = Atrastais vārds
sanctions-review-heading = Saraksta ikgadējā pārskatīšana
sanctions-review-overdue = Nokavēts: pārskatīšanai bija jānotiek { $date }, un nav reģistrēta neviena pagarināšana.
sanctions-review-soon = Pārskatīšanai jānotiek { $date }.
sanctions-review-scheduled = Nākamā pārskatīšana: { $date }.
sanctions-framework-until = Režīms ir piemērojams līdz { $date }.
sanctions-renewals = Pagarinājumi
sanctions-listings-until = Ieraksti pagarināti līdz
sanctions-export = Eksportēt reģistru
sanctions-links = Lietas un procedūras
sanctions-amendments = Grozījumi
sanctions-delisted-on = Svītrots no saraksta { $date }
sanctions-unconfirmed = Nav apstiprināts
procedure-statement = Paziņojums { $id }
sanctions-count =
    { $count ->
        [zero] { $count } spēkā esošu ierakstu
        [one] { $count } spēkā esošs ieraksts
       *[other] { $count } spēkā esoši ieraksti
    }

statement-revise-heading = Jauna versija avota valodā
statement-revise-hint = Valodu versijas paliek pie iepriekšējās versijas; jauno versiju tulko no jauna.
statement-revise-note = Piezīme par izmaiņām
statement-revise-submit = Saglabāt kā jaunu versiju
