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

search-title = Meklēt visā, ko jums atļauts redzēt
search-label = Vārdi, nosaukumi, identifikatori (T0800) vai “frāze” jebkurā valodā
search-button = Meklēt
search-results =
    { $count ->
        [zero] { $count } rezultātu
        [one] { $count } rezultāts
       *[other] { $count } rezultāti
    }
search-kind-dossier = Lietas
search-kind-evidence = Pierādījumi
search-kind-assessment = Novērtējumi
search-kind-attribution = Attiecināšanas
search-kind-stix = STIX objekti
search-sort = Kārtošana
search-sort-relevance = Atbilstība
search-sort-date = Jaunākie vispirms
search-from = No (datums)
search-to = Līdz (datums)
search-none = Nekas no tā, ko jums atļauts redzēt, neatbilst šiem vārdiem.
search-dossier = Lieta

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
stage-title = Lietas stāvoklis
stage-picture = Kopīgais situācijas novērtējums
stage-picture-agreed = saskaņots
stage-picture-proposed = ierosināts, var celt iebildumus
stage-picture-assessed =
    { $count ->
        [zero] novērtējumu iesniegušas { $count } pušu
        [one] novērtējumu iesniegusi { $count } puse
       *[other] novērtējumu iesniegušas { $count } puses
    }
stage-options = Reaģēšanas iespējas
stage-options-available =
    { $count ->
        [zero] pieejamas { $count } iespēju
        [one] pieejama { $count } iespēja
       *[other] pieejamas { $count } iespējas
    }
stage-options-need-picture = tiklīdz novērtējums būs saskaņots
stage-procedure = Lēmums
stage-procedure-open = notiek procedūra
stage-procedure-none =
    { $count ->
        [zero] procedūras vēl nav; sagatavotas { $count } pakešu
        [one] procedūras vēl nav; sagatavota { $count } pakete
       *[other] procedūras vēl nav; sagatavotas { $count } paketes
    }
stage-procedure-closed = slēgta
stage-response = Reakcija
stage-response-adopted =
    { $count ->
        [zero] pieņemti { $count } lēmumu
        [one] pieņemts { $count } lēmums
       *[other] pieņemti { $count } lēmumi
    }
stage-attribution = Attiecināšana
await-title = Gaida jūsu rīcību
await-assess = Iesniedziet puses { $party } novērtējumu.
await-proposal = Pret ierosināto kopīgo novērtējumu var celt iebildumus līdz { $deadline }: celiet iebildumu, ja jūsu puse nepiekrīt, vai klusējiet, lai piekristu.
await-position = Reģistrējiet puses { $party } nostāju notiekošajā procedūrā.
await-propose = Ierosiniet pašreizējo novērtējumu kā saskaņoto kopīgo novērtējumu.
await-package = Sagatavojiet paketi no pieejamajām iespējām.
await-open = Sāciet procedūru par paketi.
await-close = Procedūras termiņš ir pagājis: slēdziet to, lai noteiktu tās iznākumu.
sections-nav = Lietas sadaļas
basis-picture = Dalībvalstu starpā saskaņota kopīga situācijas izpratne (Padomes 2017. gada 19. jūnija secinājumi, 5. punkts); saskaņots, kad iebildumu termiņš beidzas bez iebildumiem.
basis-options = Pasākumi, kas ir samērīgi ar darbības tvērumu, mērogu, ilgumu, intensitāti, sarežģītību, izsmalcinātību un ietekmi (Padomes 2017. gada 19. jūnija secinājumi, 5. punkts).
basis-procedure = KĀDP lēmumus pieņem vienprātīgi (LES 31. panta 1. punkts); ar Padomes reglamentā paredzēto klusēšanas procedūru (12. panta 2. punkts) tekstu pieņem, ja neviens loceklis līdz termiņa beigām neceļ iebildumus.
basis-attribution = Attiecināšana ir katras dalībvalsts suverēns politisks lēmums (Padomes 2017. gada 19. jūnija secinājumi, 4. punkts); kopīgu attiecināšanu pieņem Padome.
proposals-title = Saskaņotā kopīgā novērtējuma priekšlikumi
proposal-open = var celt iebildumus
proposal-objected = celti iebildumi
proposal-agreed = saskaņots
col-objections = Iebildumi
objection-reason = Kāpēc { $party } ceļ iebildumu
objection-hint = Viens iebildums aptur priekšlikumu; klusēšana līdz termiņa beigām nozīmē piekrišanu.
objection-submit = Celt iebildumu
propose-open = Ierosināt pašreizējo novērtējumu kā saskaņotu
propose-deadline = Termiņš (UTC)
col-note = Piezīme
propose-submit = Ierosināt
facts-open = Fakti, ko ņem vērā iespējās
facts-persons = Atbildīgās personas vai vienības ir identificētas
facts-attempted = Darbība palika mēģinājuma stadijā (novērsta vai bez sekām)
facts-dialogue = Notiek dialogs ar attiecīgo valsti
facts-regime = Uz attiecīgajiem jau attiecas sankciju režīms pret kiberuzbrukumiem
facts-partner = Attiecības ar attiecīgo valsti
partner-unknown = nav norādītas
partner-partner = partnerattiecības
partner-neutral = neitrālas
partner-adversarial = naidīgas
facts-apply = Ņemt vērā šos faktus
options-why = Kāpēc
package-submit = Sagatavot paketi no atzīmētajām iespējām
packages-title = Paketes
procedure-open = Sākt procedūru
procedure-subject-package = Par paketi
procedure-subject-text = Vai par tekstu
procedure-open-submit = Sākt procedūru
dossier-responses = Reakcijas
no-responses = Šajā lietā nav pieņemts neviens lēmums.
col-measures = Pasākumi
col-basis-legal = Juridiskais pamats
attribution-record-joint = Reģistrēt Padomes pieņemto kopīgo attiecināšanu
attribution-record-national = Reģistrēt puses { $party } valsts attiecināšanu
attribution-procedure = Pieņemta ar procedūru
attribution-public = Publiska
attribution-url = Saite uz paziņojumu
attribution-submit = Reģistrēt attiecināšanu
procedure-close = Slēgt procedūru
procedure-close-hint = Slēgšana nosaka iznākumu pašreizējā stāvoklī; nostājas vairs nevar mainīt.
event-dossier-created = Lieta atvērta
event-dossier-updated = Fakti atjaunināti
event-dossier-transitioned = Statuss mainīts
event-dossier-marked = Marķējums mainīts
event-evidence-added = Pierādījums pievienots
event-evidence-withdrawn = Pierādījums atsaukts
event-assessment-submitted = Novērtējums iesniegts
event-picture-proposed = Kopīgais novērtējums ierosināts kā saskaņots
event-picture-objected = Iebildums pret ierosināto kopīgo novērtējumu
event-package-assembled = Pasākumu pakete sagatavota
event-procedure-opened = Procedūra sākta
event-procedure-position-recorded = Nostāja reģistrēta
event-procedure-closed = Procedūra slēgta
event-attribution-recorded = Attiecināšana reģistrēta
event-attribution-withdrawn = Attiecināšana atsaukta

dossier-new = Atvērt lietu
dossier-new-submit = Atvērt lietu
marking-tlp = TLP līmenis
marking-releasable-hint = citas puses, ne jūsējā, atdalītas ar komatiem (piem., EE, LV, EEAS)
marking-recipients = Nosauktie adresāti (TLP:RED; lietotājvārdi, atdalīti ar komatiem)
marking-own = Elementam var būt savs marķējums, tikpat stingrs kā lietai vai stingrāks.
marking-same = lietas marķējums
evidence-add = Pievienot pierādījumu
evidence-url = Saite
evidence-text = Teksts vai izvilkums
evidence-submit = Pievienot pierādījumu
col-reliability = Avota uzticamība
col-credibility = Informācijas ticamība

login-expired = Pieteikšanās ilga pārāk ilgi, vai veidlapa nebija no šīs vietnes. Lūdzu, piesakieties vēlreiz.
second-step-title = Otrais faktors
second-step-intro = Jūsu parole ir pareiza. Ievadiet kodu, ko jūsu autentifikatora lietotne rāda tagad.
second-step-code = Sešciparu kods
second-step-failed = Šis kods ir nepareizs, novecojis vai jau izmantots. Pagaidiet nākamo kodu un mēģiniet vēlreiz.
second-step-recovery = Pazaudējāt autentifikatoru?
second-step-recovery-code = Atkopšanas kods
second-step-hint = Katrs kods derīgs tikai vienu reizi. Ja jums nav ne autentifikatora, ne atkopšanas koda, lūdziet savas puses drošības darbiniekam atiestatīt jūsu otro faktoru.
enrol-title = Iestatiet otro faktoru
enrol-required = Jūsu konts pārvalda kontus vai pielaides: tam vajadzīgs otrais faktors, pirms varat darīt ko citu.
enrol-failed = Šis kods neatbilst šim noslēpumam. Pārbaudiet ierīces laiku un ievadiet kodu, ko tā rāda tagad.
enrol-step-app = Pievienojiet šo noslēpumu autentifikatora lietotnei (laikā balstīts, 6 cipari, 30 sekundes):
enrol-open-app = Atvērt autentifikatora lietotnē
enrol-step-code = Apstiprināšanai ievadiet lietotnes rādīto kodu:
enrol-confirm = Apstiprināt
enrol-done = Jūsu otrais faktors ir iestatīts. Turpmāk jūs piesakāties ar paroli un kodu.
enrol-recovery-title = Atkopšanas kodi
enrol-recovery-hint = Glabājiet šos kodus drošā vietā. Katrs no tiem vienu reizi aizstāj kodu pieteikšanās laikā. Tie tiek parādīti tikai tagad.
enrol-continue = Turpināt
enrol-already = Jūsu kontam ir otrais faktors. Ja pazaudēsiet autentifikatoru, jūsu puses drošības darbinieks to atiestatīs.
login-sso = Pieteikties ar { $provider }
sso-refused-title = Nav piekļuves
sso-refused-unmapped = { $provider } jūs autentificēja, taču neviens šīs instances noteikums nepiešķir piekļuvi jūsu kontam. Jūsu puses drošības darbiniekam jāpievieno jums pieteikšanās noteikums.
sso-refused-ambiguous = { $provider } jūs autentificēja, taču jūsu kontam atbilst vairāku pušu noteikumi, tāpēc šī instance nevar noteikt, kuras vārdā jūs rīkojaties. Vērsieties pie sava drošības darbinieka.
sso-refused-disabled = Jūsu konts šajā instancē ir atspējots.
sso-refused-party = Jūsu konts rīkojas citas puses vārdā, nekā noteikumi jums tagad piešķir. Vērsieties pie sava drošības darbinieka.
sso-refused-hint = Šis mēģinājums ir reģistrēts audita pierakstos.
sso-failed-title = Pieteikšanās neizdevās
sso-failed = Pieteikšanās ar { $provider } neizdevās: { $reason }
sso-continue = Turpināt


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = III pielikuma iedzīvotāju tabulas
admin-population-intro = Iedzīvotāju skaits, kas nosaka kvalificētu balsu vairākumu (Padomes reglaments, III pielikums). Balsojumā izmanto tā gada tabulu; ja tā nav ielādēta, izmanto tuvāko un to norāda.
col-origin = Izcelsme
col-total = Savienības iedzīvotāju skaits
origin-shipped = piegādāta kopā ar entente
origin-imported = ielādēta šajā instancē
population-replaced = aizstāta ar vēlāku ielādi
admin-population-label = Ielādējamā tabula (JSON: gads, avots, kopā, 27 dalībvalstu skaitļi)
admin-population-submit = Ielādēt tabulu
population-table-in-force = Iedzīvotāji: III pielikuma tabula par { $year }. gadu, kas bija spēkā balsojuma laikā.
population-table-older = Iedzīvotāji: izmantota III pielikuma tabula par { $year }. gadu, nevis balsojuma laikā spēkā esošā tabula ({ $current }), kas nav ielādēta. Administrators to var ielādēt administrēšanas lapā.
population-table-supplied = Iedzīvotāji: ar procedūru iesniegti skaitļi.
robustness-holds = Rezultāts paliek spēkā jebkurā iedzīvotāju skaita pārskatīšanā līdz ±2 %.
robustness-close = Neliela starpība: iedzīvotāju skaita pārskatīšana līdz ±2 % varētu mainīt rezultātu. Pārbaudiet ar spēkā esošo tabulu.
margin-members-in-favour = Locekļi par: { $actual }; vajadzīgi: { $required } (rezerve: { $margin })
margin-population-in-favour = Iedzīvotāji par: { $actual }; vajadzīgi: { $required } (rezerve: { $margin }; procentpunktos: { $points })
margin-blocking-minority = Locekļi, kas nebalso par: { $actual }; bloķējošam mazākumam vajag: { $required }
margin-declared-members = Locekļi, kas atturas ar oficiālu deklarāciju: { $actual }; aktu aptur, sākot no: { $required }
margin-declared-population = Ar oficiālu deklarāciju atturējušos locekļu iedzīvotāji: { $actual }; aktu aptur, sākot no: { $required } (procentpunktos: { $points })
