# entente sąsajos pranešimai: lietuvių kalba.
# TLP žymos (TLP:AMBER ...) niekada neverčiamos (FIRST TLP 2.0, 1b skirsnis).

skip-to-content = Pereiti prie turinio
banner-highest = Aukščiausia žyma šiame puslapyje:
nav-main = Pagrindinė navigacija
nav-language = Kalba
nav-dashboard = Apžvalga
nav-dossiers = Bylos
nav-search = Paieška
nav-audit = Audito žurnalas
nav-admin = Administravimas
sign-in = Prisijungti
sign-out = Atsijungti
anonymous = Neprisijungta (vieša peržiūra: tik TLP:CLEAR)
footer-note = entente – ES kibernetinės diplomatijos priemonių rinkinys. Žymos atitinka FIRST TLP 2.0 ir Tarybos sprendimą 2013/488/ES.
back-to-dashboard = Grįžti į apžvalgą

login-user = Naudotojo vardas
login-password = Slaptažodis
login-failed = Naudotojo vardas arba slaptažodis neteisingas.
login-anonymous-hint = Neprisijungę matote tik viešą informaciją (TLP:CLEAR).

error-not-found = Nerasta
error-forbidden = Neleidžiama
error-invalid = Užklausos nepavyko suprasti
error-server = Įvyko klaida

status-detected = Aptikta
status-assessing = Vertinama
status-deliberating = Svarstoma
status-responded = Atsakas priimtas
status-closed = Baigta

dashboard-title = Apžvalga
dashboard-by-status = Bylos pagal būklę
dashboard-recent-dossiers = Naujausios bylos
dashboard-charts = Bylos skaičiais
dashboard-recent-events = Naujausia veikla
all-dossiers = Visos bylos
no-dossiers = Rodytinų bylų nėra.
no-events = Rodytinos veiklos nėra.

dossier-count =
    { $count ->
        [one] { $count } byla
        [few] { $count } bylos
        [many] { $count } bylos
       *[other] { $count } bylų
    }
party-count =
    { $count ->
        [one] { $count } šalis
        [few] { $count } šalys
        [many] { $count } šalies
       *[other] { $count } šalių
    }
audit-intro =
    { $count ->
        [one] Žurnale yra { $count } įvykis. Matote įvykius, kuriuos leidžia jūsų žymos.
        [few] Žurnale yra { $count } įvykiai. Matote įvykius, kuriuos leidžia jūsų žymos.
        [many] Žurnale yra { $count } įvykio. Matote įvykius, kuriuos leidžia jūsų žymos.
       *[other] Žurnale yra { $count } įvykių. Matote įvykius, kuriuos leidžia jūsų žymos.
    }

chart-by-year = Bylos pagal pirmojo aptikimo metus
chart-by-sector = Bylos pagal paveiktą sektorių
chart-by-victim = Bylos pagal paveiktą šalį
chart-as-table = Rodyti skaičius lentelėje
chart-empty = Duomenų dar nėra.

col-title = Pavadinimas
col-status = Būklė
col-first-seen = Pirmą kartą aptikta
col-victims = Paveikti
col-marking = Žyma
col-time = Laikas
col-event = Įvykis
col-actor = Atliko
col-year = Metai
col-dossiers = Bylos
col-sector = Sektorius
col-country = Valstybė
col-id = Kodas
col-name = Pavadinimas
col-kind = Rūšis

dossiers-title = Bylos
filter-text = Pavadinime yra
filter-any = Bet kuri
filter-victim = Paveikta valstybė (kodas)
filter-apply = Taikyti filtrus
pagination = Puslapiai
page-prev = Ankstesnis puslapis
page-next = Kitas puslapis
page-of = { $page } puslapis iš { $pages }

search-title = Ieškoti visame, ką galite matyti
search-label = Žodžiai, vardai, identifikatoriai (T0800) arba „frazė“, bet kuria kalba
search-button = Ieškoti
search-results =
    { $count ->
        [one] { $count } rezultatas
        [few] { $count } rezultatai
        [many] { $count } rezultato
       *[other] { $count } rezultatų
    }
search-kind-dossier = Bylos
search-kind-evidence = Įrodymai
search-kind-assessment = Vertinimai
search-kind-attribution = Priskyrimai
search-kind-stix = STIX objektai
search-sort = Rikiavimas
search-sort-relevance = Tinkamumas
search-sort-date = Naujausi pirmiausia
search-from = Nuo (data)
search-to = Iki (data)
search-none = Niekas, ką galite matyti, neatitinka šių žodžių.
search-dossier = Byla

dossier-origin = Rengėjas
marking-releasable = Galima teikti
dossier-summary = Santrauka
no-summary = Santraukos dar nėra.
shown-in = Rodoma kalba:
dossier-versions = Kalbinės versijos
dossier-last-seen = Paskutinį kartą aptikta
dossier-timeline = Chronologija
dossier-sources = Šaltiniai

admin-title = Administravimas
admin-parties = Šalys
party-kind-member-state = Valstybė narė
party-kind-eu-body = ES institucija ar įstaiga
party-kind-partner-state = Šalis partnerė
party-kind-international-organisation = Tarptautinė organizacija

audit-title = Audito žurnalas

dossier-evidence = Įrodymai
no-evidence = Nėra įrodymų, kuriuos jums leidžiama matyti.
evidence-withdrawn = atšaukta
col-source = Šaltinis
col-grading = Įvertinimas (Admiralty skalė)
col-party = Šalis
dossier-assessments = Šalių vertinimai
no-assessments = Kol kas nėra vertinimų, kuriuos jums leidžiama matyti.
heat-legend = Lygiai nuo 0 (žemiausias) iki 4 (aukščiausias) pagal kiekvieną 2017 m. Tarybos išvadų aspektą; – reiškia, kad neįvertinta. Kiekviename langelyje nurodytas jo lygis; spalva jį tik pakartoja.
col-confidence = Pasitikėjimo lygis
dossier-picture = Bendra padėties analizė
picture-severity = Rimtumas
picture-aggregate = bendras balas
picture-parties =
    { $count ->
        [one] įskaičiuota { $count } šalis
        [few] įskaičiuotos { $count } šalys
        [many] įskaičiuota { $count } šalies
       *[other] įskaičiuota { $count } šalių
    }
picture-agreed =
    { $count ->
        [one] { $count } suderinta versija
        [few] { $count } suderintos versijos
        [many] { $count } suderintos versijos
       *[other] { $count } suderintų versijų
    }
picture-open-proposals =
    { $count ->
        [one] { $count } neišspręstas pasiūlymas
        [few] { $count } neišspręsti pasiūlymai
        [many] { $count } neišspręsto pasiūlymo
       *[other] { $count } neišspręstų pasiūlymų
    }
col-dimension = Aspektas
col-median = Mediana
col-range = Intervalas
col-scored-by = Įvertino
col-dissent = Nuomonių skirtumai (atstumas nuo medianos)
severity-low = Žemas
severity-moderate = Vidutinis
severity-serious = Rimtas
severity-severe = Labai rimtas
severity-critical = Kritinis
severity-unknown = Dar nežinomas
dim-scope = Aprėptis
dim-scale = Mastas
dim-duration = Trukmė
dim-intensity = Intensyvumas
dim-complexity = Sudėtingumas
dim-sophistication = Išmanumas
dim-impact = Poveikis
dossier-procedures = Procedūros
no-procedures = Nėra procedūrų, kurias jums leidžiama matyti.
col-subject = Dalykas
col-rule = Sprendimų priėmimo taisyklė
col-deadline = Terminas
col-state = Eiga
col-tally = Balsų skaičiavimas
tally-for = Už
tally-against = Prieš
tally-abstain = Susilaikė
procedure-package = Rinkinys { $id }
procedure-state-open = Vyksta
procedure-state-expired = Terminas pasibaigė
procedure-state-closed = Baigta
outcome-adopted = Priimta
outcome-not-adopted = Nepriimta
outcome-pending = Laukiama
outcome-undetermined = Nenustatyta
outcome-provisional = Jei pozicijos nepasikeis
position-for = Už
position-against = Prieš
position-abstain = Susilaiko
position-declared-abstain = Konstruktyvus susilaikymas (pareiškimas)
position-not-participating = Nedalyvauja
positions-recorded =
    { $count ->
        [one] užregistruota { $count } pozicija
        [few] užregistruotos { $count } pozicijos
        [many] užregistruota { $count } pozicijos
       *[other] užregistruota { $count } pozicijų
    }
procedure-title = Procedūra
back-to-dossier = Grįžti į bylą
time-left = liko laiko:
position-record = Užregistruokite savo poziciją
position-label = Pozicija
declaration-label = Pareiškimas (neprivaloma)
position-submit = Užregistruoti poziciją
procedure-positions = Pozicijos
no-positions = Pozicijų dar neužregistruota.
col-position = Pozicija
col-declaration = Pareiškimas
admin-users = Paskyros
admin-users-hint = Paskyros rodomos tik administratoriams.
user-count =
    { $count ->
        [one] { $count } paskyra
        [few] { $count } paskyros
        [many] { $count } paskyros
       *[other] { $count } paskyrų
    }
col-roles = Vaidmenys
col-clearance = Leidimas dirbti su įslaptinta informacija
user-disabled = Išjungta
user-active = Aktyvi
assess-open = Pateikite savo šalies vertinimą
assess-summary = Santrauka (neprivaloma)
assess-submit = Pateikti vertinimą
col-level = Lygis
col-rationale = Pagrindimas
confidence-low = Žemas
confidence-moderate = Vidutinis
confidence-high = Aukštas
dossier-attributions = Atsakomybės priskyrimai
attribution-state = Atsakomybės priskyrimo būklė
attribution-state-none = Neužregistruota
attribution-state-national = Nacionaliniai priskyrimai
attribution-state-joint = Bendras ES priskyrimas
attribution-joint = bendras
col-actor-attributed = Priskirta
col-likelihood = Tikimybė (ICD 203)
col-basis = Pagrindas
col-date = Data
dashboard-open-procedures = Vykstančios procedūros
no-open-procedures = Nėra vykstančių procedūrų, kurias jums leidžiama matyti.
col-your-position = Jūsų šalies pozicija
position-needed = Reikalinga
chart-by-actor = Bylos pagal subjektą, kuriam priskirta atsakomybė
dossier-options = Atsako galimybės
options-basis = Surikiuota proporcingumo moduliu pagal naujausią suderintą padėties analizę ir užregistruotus priskyrimus, nenurodant jokių kitų faktų.
options-available = Galimos, pradedant mažiausiai eskaluojančia
options-not-available = Šiuo metu negalimos ir kodėl
options-escalation = eskalavimas
options-need-agreed = Galimybės bus surikiuotos, kai šalys suderins bendrą padėties analizę.

rule-unanimity = Vienbalsiškumas
rule-qmv = Kvalifikuota balsų dauguma
rule-rqmv = Sustiprinta kvalifikuota balsų dauguma
rule-simple = Paprasta balsų dauguma
rule-silence = Tylos procedūra
rule-none = Tarybos sprendimo nereikia

option-category-preventive = Prevencinės priemonės
option-category-cooperative = Bendradarbiavimo priemonės
option-category-stability = Stabilumo priemonės
option-category-restrictive = Ribojamosios priemonės
option-category-support = Parama teisėtiems valstybių narių atsakams

measure-confidence-building = Pasitikėjimo stiprinimo priemonės
measure-awareness-raising = Informuotumo apie ES politiką didinimas
measure-capacity-building = Kibernetinių pajėgumų stiprinimas trečiosiose šalyse
measure-eu-dialogue = ES vadovaujami politiniai ir teminiai dialogai
measure-delegation-demarche = ES delegacijų demaršai
measure-hr-statement = Vyriausiojo įgaliotinio pareiškimas
measure-eu-declaration = Vyriausiojo įgaliotinio deklaracija ES vardu
measure-council-conclusions = Tarybos išvados
measure-diplomatic-demarche = Diplomatinis demaršas atitinkamai valstybei
measure-restrictive-listing = Ribojamosios priemonės: įtraukimas į sąrašą pagal Sprendimą (BUSP) 2019/797 ir Reglamentą (ES) 2019/796
measure-support-lawful-response = Parama teisėtam valstybės narės atsakui
measure-mutual-assistance-42-7 = Savitarpio pagalba pagal ES sutarties 42 straipsnio 7 dalį
measure-solidarity-clause-222 = Solidarumo sąlyga pagal SESV 222 straipsnį

likelihood-almost-no-chance = beveik neįmanoma
likelihood-very-unlikely = labai mažai tikėtina
likelihood-unlikely = mažai tikėtina
likelihood-roughly-even-chance = maždaug vienoda tikimybė
likelihood-likely = tikėtina
likelihood-very-likely = labai tikėtina
likelihood-almost-certain = beveik neabejotina

basis-technical = techninis
basis-intelligence = žvalgybinis
basis-political = politinis

reliability-a = visiškai patikimas
reliability-b = paprastai patikimas
reliability-c = gana patikimas
reliability-d = paprastai nepatikimas
reliability-e = nepatikimas
reliability-f = patikimumo įvertinti negalima
credibility-1 = patvirtinta kitų šaltinių
credibility-2 = tikriausiai teisinga
credibility-3 = galbūt teisinga
credibility-4 = abejotina
credibility-5 = mažai tikėtina
credibility-6 = teisingumo įvertinti negalima

evidence-kind-document = Dokumentas
evidence-kind-link = Nuoroda
evidence-kind-stix = STIX objektas

role-delegate = Delegatas
role-analyst = Analitikas
role-drafter = Rengėjas
role-chair = Pirmininkaujanti valstybė
role-observer = Stebėtojas
role-admin = Administratorius
role-security_officer = Saugumo pareigūnas
role-operator = Egzemplioriaus operatorius

sector-energy = Energetika
sector-transport = Transportas
sector-banking = Bankininkystė
sector-financial = Finansų rinkos infrastruktūros
sector-health = Sveikatos priežiūra
sector-drinking-water = Geriamasis vanduo
sector-waste-water = Nuotekos
sector-digital-infrastructure = Skaitmeninė infrastruktūra
sector-ict-services = IRT paslaugų valdymas (įmonių tarpusavio)
sector-public-administration = Viešasis administravimas
sector-space = Kosmosas
sector-courier = Pašto ir kurjerių paslaugos
sector-waste-management = Atliekų tvarkymas
sector-chemical = Cheminių medžiagų gamyba ir platinimas
sector-food = Maisto gamyba, perdirbimas ir platinimas
sector-manufacturing = Gamyba
sector-digital-providers = Skaitmeninių paslaugų teikėjai
sector-research = Moksliniai tyrimai
sector-parliament = Parlamentai ir įstatymų leidžiamosios institucijos
sector-political-parties = Politinės partijos ir rinkimų kampanijos
sector-international-organisation = Tarptautinės organizacijos
sector-defence = Gynyba ir ginkluotosios pajėgos
sector-media-civil-society = Žiniasklaida, pilietinė visuomenė ir akademinė bendruomenė

login-account-needed = Be paskyros šis egzempliorius nieko nerodo. Paskyrą jums gali suteikti jūsų šalies saugumo pareigūnas.
password-change = Pasirinkite naują slaptažodį
password-change-reset = Jūsų šalies saugumo pareigūnas atkūrė jūsų slaptažodį. Prieš tęsdami pasirinkite naują; jums suteiktas slaptažodis nebegalios.
password-current = Dabartinis slaptažodis
password-new = Naujas slaptažodis (ne mažiau kaip 12 ženklų, ne naudotojo vardas)
password-change-submit = Pakeisti slaptažodį

activity-intro = Įvykiai, kuriuos jums leidžia matyti jūsų žymos, nuo seniausio.
audit-trail-intro = Audito įrašai: prisijungimai, paskyrų pakeitimai, įrašymai, audituoti skaitymai ir eksportai, nuo naujausio, kiek leidžia jūsų vaidmuo ir žymos.
filter-user = Naudotojas
filter-party = Šalis
filter-object = Objektas (byla arba elemento identifikatorius)
filter-since = Nuo (data)
filter-type = Įvykio rūšis
stage-title = Bylos eiga
stage-picture = Bendra padėties analizė
stage-picture-agreed = suderinta
stage-picture-proposed = pasiūlyta, galima pareikšti prieštaravimą
stage-picture-assessed =
    { $count ->
        [one] vertinimą pateikė { $count } šalis
        [few] vertinimą pateikė { $count } šalys
        [many] vertinimą pateikė { $count } šalies
       *[other] vertinimą pateikė { $count } šalių
    }
stage-options = Atsako galimybės
stage-options-available =
    { $count ->
        [one] yra { $count } galimybė
        [few] yra { $count } galimybės
        [many] yra { $count } galimybės
       *[other] yra { $count } galimybių
    }
stage-options-need-picture = kai bus suderinta padėties analizė
stage-procedure = Sprendimas
stage-procedure-open = vyksta procedūra
stage-procedure-none =
    { $count ->
        [one] procedūros dar nėra; sudarytas { $count } rinkinys
        [few] procedūros dar nėra; sudaryti { $count } rinkiniai
        [many] procedūros dar nėra; sudaryta { $count } rinkinio
       *[other] procedūros dar nėra; sudaryta { $count } rinkinių
    }
stage-procedure-closed = baigta
stage-response = Atsakas
stage-response-adopted =
    { $count ->
        [one] priimtas { $count } sprendimas
        [few] priimti { $count } sprendimai
        [many] priimta { $count } sprendimo
       *[other] priimta { $count } sprendimų
    }
stage-attribution = Atsakomybės priskyrimas
await-title = Laukiama jūsų veiksmų
await-assess = Pateikite šalies { $party } vertinimą.
await-proposal = Dėl pasiūlytos padėties analizės prieštaravimą galima pareikšti iki { $deadline }: pareikškite prieštaravimą, jei jūsų šalis nesutinka, arba tylėkite, kad pritartumėte.
await-position = Užregistruokite šalies { $party } poziciją vykstančioje procedūroje.
await-propose = Pasiūlykite dabartinę padėties analizę kaip suderintą.
await-package = Sudarykite rinkinį iš galimų atsako galimybių.
await-open = Pradėkite procedūrą dėl rinkinio.
await-close = Procedūros terminas pasibaigė: užbaikite ją, kad būtų nustatytas jos rezultatas.
sections-nav = Bylos skirsniai
basis-picture = Valstybių narių suderintas bendras situacijos suvokimas (2017 m. birželio 19 d. Tarybos išvados, 5 punktas); analizė laikoma suderinta, kai prieštaravimų terminas pasibaigia nepareiškus prieštaravimų.
basis-options = Priemonės, proporcingos veiklos aprėpčiai, mastui, trukmei, intensyvumui, sudėtingumui, išmanumui ir poveikiui (2017 m. birželio 19 d. Tarybos išvados, 5 punktas).
basis-procedure = BUSP sprendimai priimami vienbalsiai (ES sutarties 31 straipsnio 1 dalis); taikant Tarybos darbo tvarkos taisyklėse numatytą tylos procedūrą (12 straipsnio 2 dalis) tekstas priimamas, nebent kuris nors narys iki termino pabaigos pareiškia prieštaravimą.
basis-attribution = Atsakomybės priskyrimas yra kiekvienos valstybės narės suverenus politinis sprendimas (2017 m. birželio 19 d. Tarybos išvados, 4 punktas); bendrą priskyrimą priima Taryba.
proposals-title = Suderintos padėties analizės pasiūlymai
proposal-open = galima pareikšti prieštaravimą
proposal-objected = pareikštas prieštaravimas
proposal-agreed = suderinta
col-objections = Prieštaravimai
objection-reason = Kodėl { $party } prieštarauja
objection-hint = Vienas prieštaravimas sustabdo pasiūlymą; tylėjimas iki termino pabaigos reiškia pritarimą.
objection-submit = Pareikšti prieštaravimą
propose-open = Pasiūlyti dabartinę padėties analizę kaip suderintą
propose-deadline = Terminas (UTC)
col-note = Pastaba
propose-submit = Pasiūlyti
facts-open = Faktai, į kuriuos atsižvelgiama vertinant galimybes
facts-persons = Atsakingi asmenys ar subjektai nustatyti
facts-attempted = Veikla liko pasikėsinimo stadijoje (sužlugdyta arba be poveikio)
facts-dialogue = Su atitinkama valstybe vyksta dialogas
facts-regime = Atitinkamiems subjektams jau taikomas sankcijų už kibernetines atakas režimas
facts-partner = Santykiai su atitinkama valstybe
partner-unknown = nenurodyta
partner-partner = partnerystės
partner-neutral = neutralūs
partner-adversarial = priešiški
facts-apply = Atsižvelgti į šiuos faktus
options-why = Kodėl
package-submit = Sudaryti rinkinį iš pažymėtų galimybių
packages-title = Rinkiniai
procedure-open = Pradėti procedūrą
procedure-subject-package = Dėl rinkinio
procedure-subject-text = Arba dėl teksto
procedure-open-submit = Pradėti procedūrą
dossier-responses = Atsakai
no-responses = Šioje byloje nepriimta jokių sprendimų.
col-measures = Priemonės
col-basis-legal = Teisinis pagrindas
attribution-record-joint = Užregistruoti Tarybos priimtą bendrą atsakomybės priskyrimą
attribution-record-national = Užregistruoti šalies { $party } nacionalinį atsakomybės priskyrimą
attribution-procedure = Priimta taikant procedūrą
attribution-public = Viešas
attribution-url = Nuoroda į pareiškimą
attribution-submit = Užregistruoti priskyrimą
procedure-close = Užbaigti procedūrą
procedure-close-hint = Užbaigus procedūrą, rezultatas nustatomas pagal dabartinę padėtį; pozicijų nebebus galima keisti.
event-dossier-created = Byla pradėta
event-dossier-updated = Faktai atnaujinti
event-dossier-transitioned = Būklė pakeista
event-dossier-marked = Žyma pakeista
event-evidence-added = Įrodymas pridėtas
event-evidence-withdrawn = Įrodymas atšauktas
event-assessment-submitted = Vertinimas pateiktas
event-picture-proposed = Padėties analizė pasiūlyta kaip suderinta
event-picture-objected = Prieštaravimas dėl pasiūlytos padėties analizės
event-package-assembled = Priemonių rinkinys sudarytas
event-procedure-opened = Procedūra pradėta
event-procedure-position-recorded = Pozicija užregistruota
event-procedure-closed = Procedūra baigta
event-attribution-recorded = Atsakomybės priskyrimas užregistruotas
event-attribution-withdrawn = Atsakomybės priskyrimas atšauktas

dossier-new = Atidaryti bylą
dossier-new-submit = Atidaryti bylą
marking-tlp = TLP lygis
marking-releasable-hint = kitos šalys nei jūsų, atskirtos kableliais (pvz., EE, LV, EEAS)
marking-recipients = Įvardyti gavėjai (TLP:RED; naudotojų vardai, atskirti kableliais)
marking-own = Elementas gali turėti savo žymą, tokią pat griežtą kaip bylos arba griežtesnę.
marking-same = bylos žyma
evidence-add = Pridėti įrodymą
evidence-url = Nuoroda
evidence-text = Tekstas arba ištrauka
evidence-submit = Pridėti įrodymą
col-reliability = Šaltinio patikimumas
col-credibility = Informacijos patikimumas

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Prisijungimas užtruko per ilgai arba forma buvo ne iš šios svetainės. Prisijunkite iš naujo.
second-step-title = Antrasis veiksnys
second-step-intro = Jūsų slaptažodis teisingas. Įveskite kodą, kurį dabar rodo jūsų autentifikavimo programėlė.
second-step-code = Šešių skaitmenų kodas
second-step-failed = Šis kodas neteisingas, nebegalioja arba jau panaudotas. Palaukite kito kodo ir bandykite dar kartą.
second-step-recovery = Praradote autentifikatorių?
second-step-recovery-code = Atkūrimo kodas
second-step-hint = Kiekvienas kodas galioja tik kartą. Neturėdami autentifikatoriaus ar atkūrimo kodo, paprašykite savo šalies saugumo pareigūno atkurti antrąjį veiksnį.
enrol-title = Nustatykite antrąjį veiksnį
enrol-required = Jūsų paskyra administruoja paskyras ar leidimus: prieš ką nors darydama ji turi turėti antrąjį veiksnį.
enrol-failed = Šis kodas neatitinka šios paslapties. Patikrinkite įrenginio laiką ir įveskite dabar rodomą kodą.
enrol-step-app = Pridėkite šią paslaptį prie autentifikavimo programėlės (laiku grįstas, 6 skaitmenys, 30 sekundžių):
enrol-open-app = Atverti autentifikavimo programėlėje
enrol-step-code = Patvirtinimui įveskite programėlės rodomą kodą:
enrol-confirm = Patvirtinti
enrol-done = Antrasis veiksnys nustatytas. Nuo šiol jungiatės slaptažodžiu ir kodu.
enrol-recovery-title = Atkūrimo kodai
enrol-recovery-hint = Laikykite šiuos kodus saugioje vietoje. Kiekvienas jų vieną kartą pakeičia kodą jungiantis. Jie rodomi tik dabar.
enrol-continue = Tęsti
enrol-already = Jūsų paskyra turi antrąjį veiksnį. Jei prarasite autentifikatorių, jį atkurs jūsų šalies saugumo pareigūnas.
login-sso = Prisijungti per { $provider }
sso-refused-title = Prieigos nėra
sso-refused-unmapped = { $provider } jus prijungė, tačiau jokia šios instancijos taisyklė nesuteikia prieigos jūsų paskyrai. Jūsų šalies saugumo pareigūnas turi pridėti jums prisijungimo taisyklę.
sso-refused-ambiguous = { $provider } jus prijungė, tačiau jūsų paskyrai tinka kelių šalių taisyklės, todėl ši instancija negali nustatyti, kieno vardu veikiate. Kreipkitės į savo saugumo pareigūną.
sso-refused-disabled = Jūsų paskyra šioje instancijoje išjungta.
sso-refused-party = Jūsų paskyra veikia kitos šalies vardu, nei dabar jums priskiria taisyklės. Kreipkitės į savo saugumo pareigūną.
sso-refused-hint = Šis bandymas užregistruotas audito sekoje.
sso-failed-title = Prisijungti nepavyko
sso-failed = Prisijungti per { $provider } nepavyko: { $reason }
sso-continue = Tęsti


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = III priedo gyventojų skaičiaus lentelės
admin-population-intro = Gyventojų skaičiai, lemiantys kvalifikuotą balsų daugumą (Tarybos darbo tvarkos taisyklės, III priedas). Balsavime naudojama jo metų lentelė; jei ji neįkelta – artimiausia, ir tai nurodoma.
col-origin = Kilmė
col-total = Sąjungos gyventojų skaičius
origin-shipped = pateikta kartu su entente
origin-imported = įkelta į šį egzempliorių
population-replaced = pakeista vėlesniu įkėlimu
admin-population-label = Įkeliama lentelė (JSON: metai, šaltinis, iš viso, 27 valstybių narių skaičiai)
admin-population-submit = Įkelti lentelę
population-table-in-force = Gyventojai: { $year } m. III priedo lentelė, galiojusi balsavimo metu.
population-table-older = Gyventojai: panaudota { $year } m. III priedo lentelė, o ne balsavimo metu galiojusi lentelė ({ $current } m.), kuri neįkelta. Administratorius gali ją įkelti administravimo puslapyje.
population-table-supplied = Gyventojai: kartu su procedūra pateikti skaičiai.
robustness-holds = Rezultatas išlieka esant bet kokiam gyventojų skaičiaus pakeitimui iki ±2 %.
robustness-close = Nedidelis skirtumas: gyventojų skaičiaus pakeitimas iki ±2 % galėtų pakeisti rezultatą. Patikrinkite pagal galiojančią lentelę.
margin-members-in-favour = Nariai už: { $actual }; reikia: { $required } (atsarga: { $margin })
margin-population-in-favour = Gyventojai už: { $actual }; reikia: { $required } (atsarga: { $margin }; procentiniais punktais: { $points })
margin-blocking-minority = Nariai, nebalsuojantys už: { $actual }; blokuojančiajai mažumai reikia: { $required }
margin-declared-members = Nariai, susilaikę pateikdami oficialų pareiškimą: { $actual }; aktas sustabdomas nuo: { $required }
margin-declared-population = Susilaikiusių pateikdami oficialų pareiškimą narių gyventojai: { $actual }; aktas sustabdomas nuo: { $required } (procentiniais punktais: { $points })
