# entente'i kasutajaliidese sõnumid: eesti keel.
# TLP-märgiseid (TLP:AMBER ...) ei tõlgita kunagi (FIRST TLP 2.0, punkt 1b).

skip-to-content = Mine sisu juurde
banner-highest = Selle lehe kõrgeim märgis:
nav-main = Peamenüü
nav-language = Keel
nav-dashboard = Ülevaade
nav-dossiers = Toimikud
nav-search = Otsing
nav-audit = Auditilogi
nav-admin = Haldus
sign-in = Logi sisse
sign-out = Logi välja
anonymous = Sisse logimata (avalik vaade: ainult TLP:CLEAR)
footer-note = entente, ELi küberdiplomaatia meetmestik. Märgised järgivad FIRST TLP 2.0 standardit ja nõukogu otsust 2013/488/EL.
back-to-dashboard = Tagasi ülevaatesse

login-user = Kasutajanimi
login-password = Salasõna
login-failed = Kasutajanimi või salasõna ei ole õige.
login-anonymous-hint = Sisse logimata näete ainult avalikku teavet (TLP:CLEAR).

error-not-found = Ei leitud
error-forbidden = Ei ole lubatud
error-invalid = Päringust ei saadud aru
error-server = Tekkis viga

status-detected = Avastatud
status-assessing = Hindamisel
status-deliberating = Arutelul
status-responded = Reageering vastu võetud
status-closed = Suletud

dashboard-title = Ülevaade
dashboard-by-status = Toimikud seisundi järgi
dashboard-recent-dossiers = Viimased toimikud
dashboard-charts = Toimikud arvudes
dashboard-recent-events = Viimane tegevus
all-dossiers = Kõik toimikud
no-dossiers = Toimikuid ei ole.
no-events = Tegevust ei ole.

dossier-count =
    { $count ->
        [one] { $count } toimik
       *[other] { $count } toimikut
    }
party-count =
    { $count ->
        [one] { $count } osaline
       *[other] { $count } osalist
    }
audit-intro =
    { $count ->
        [one] Logis on { $count } sündmus. Näete sündmusi, mida teie märgised lubavad.
       *[other] Logis on { $count } sündmust. Näete sündmusi, mida teie märgised lubavad.
    }

chart-by-year = Toimikud esmase avastamise aasta järgi
chart-by-sector = Toimikud mõjutatud sektori järgi
chart-by-victim = Toimikud mõjutatud riigi järgi
chart-as-table = Näita arve tabelina
chart-empty = Andmeid veel ei ole.

col-title = Pealkiri
col-status = Seisund
col-first-seen = Esmakordselt avastatud
col-victims = Mõjutatud
col-marking = Märgis
col-time = Aeg
col-event = Sündmus
col-actor = Tegija
col-year = Aasta
col-dossiers = Toimikud
col-sector = Sektor
col-country = Riik
col-id = Kood
col-name = Nimi
col-kind = Liik

dossiers-title = Toimikud
filter-text = Pealkiri sisaldab
filter-any = Kõik
filter-victim = Mõjutatud riik (kood)
filter-apply = Rakenda filtrid
pagination = Leheküljed
page-prev = Eelmine lehekülg
page-next = Järgmine lehekülg
page-of = Lehekülg { $page }/{ $pages }

search-title = Otsi kõigest, mida teil on lubatud näha
search-label = Sõnad, nimed, tunnused (T0800) või „fraas“, mis tahes keeles
search-button = Otsi
search-results =
    { $count ->
        [one] { $count } tulemus
       *[other] { $count } tulemust
    }
search-kind-dossier = Toimikud
search-kind-evidence = Tõendid
search-kind-assessment = Hinnangud
search-kind-attribution = Omistamised
search-kind-stix = STIX-objektid
search-sort = Järjestus
search-sort-relevance = Asjakohasus
search-sort-date = Uuemad eespool
search-from = Alates (kuupäev)
search-to = Kuni (kuupäev)
search-none = Miski, mida teil on lubatud näha, ei vasta neile sõnadele.
search-dossier = Toimik

dossier-origin = Koostaja
marking-releasable = Võib avaldada
dossier-summary = Kokkuvõte
no-summary = Kokkuvõtet veel ei ole.
shown-in = Näidatud keeles:
dossier-versions = Keeleversioonid
dossier-last-seen = Viimati avastatud
dossier-timeline = Ajatelg
dossier-sources = Allikad

admin-title = Haldus
admin-parties = Osalised
party-kind-member-state = Liikmesriik
party-kind-eu-body = ELi institutsioon või asutus
party-kind-partner-state = Partnerriik
party-kind-international-organisation = Rahvusvaheline organisatsioon

audit-title = Auditilogi

dossier-evidence = Tõendid
no-evidence = Tõendeid, mida teil on lubatud näha, ei ole.
evidence-withdrawn = tagasi võetud
col-source = Allikas
col-grading = Hinnang (Admiralty skaala)
col-party = Osaline
dossier-assessments = Osaliste hinnangud
no-assessments = Hinnanguid, mida teil on lubatud näha, veel ei ole.
heat-legend = Tasemed 0-st (madalaim) 4-ni (kõrgeim) nõukogu 2017. aasta järelduste igas mõõtmes; – tähendab, et hinnangut ei ole antud. Igas lahtris on kirjas selle tase; värv ainult kordab seda.
col-confidence = Kindlus
dossier-picture = Ühine olukorrapilt
picture-severity = Raskusaste
picture-aggregate = koondskoor
picture-parties =
    { $count ->
        [one] arvesse võetud { $count } osaline
       *[other] arvesse võetud { $count } osalist
    }
picture-agreed =
    { $count ->
        [one] { $count } kokkulepitud versioon
       *[other] { $count } kokkulepitud versiooni
    }
picture-open-proposals =
    { $count ->
        [one] { $count } lahtine ettepanek
       *[other] { $count } lahtist ettepanekut
    }
col-dimension = Mõõde
col-median = Mediaan
col-range = Vahemik
col-scored-by = Hinnanud
col-dissent = Eriarvamused (kaugus mediaanist)
severity-low = Madal
severity-moderate = Mõõdukas
severity-serious = Tõsine
severity-severe = Väga tõsine
severity-critical = Kriitiline
severity-unknown = Veel teadmata
dim-scope = Ulatus
dim-scale = Suurus
dim-duration = Kestus
dim-intensity = Intensiivsus
dim-complexity = Keerukus
dim-sophistication = Keerukuse tase
dim-impact = Mõju
dossier-procedures = Menetlused
no-procedures = Menetlusi, mida teil on lubatud näha, ei ole.
col-subject = Teema
col-rule = Otsustamiskord
col-deadline = Tähtaeg
col-state = Seis
col-tally = Häältelugemine
tally-for = Poolt
tally-against = Vastu
tally-abstain = Erapooletud
procedure-package = Pakett { $id }
procedure-state-open = Avatud
procedure-state-expired = Tähtaeg on möödunud
procedure-state-closed = Suletud
outcome-adopted = Vastu võetud
outcome-not-adopted = Vastu võtmata
outcome-pending = Ootel
outcome-undetermined = Määramata
outcome-provisional = Kui seisukohad jäävad samaks
position-for = Poolt
position-against = Vastu
position-abstain = Erapooletu
position-declared-abstain = Konstruktiivne erapooletus (deklaratsioon)
position-not-participating = Ei osale
positions-recorded =
    { $count ->
        [one] registreeritud { $count } seisukoht
       *[other] registreeritud { $count } seisukohta
    }
procedure-title = Menetlus
back-to-dossier = Tagasi toimiku juurde
time-left = aega jäänud:
position-record = Registreerige oma seisukoht
position-label = Seisukoht
declaration-label = Deklaratsioon (vabatahtlik)
position-submit = Registreeri seisukoht
procedure-positions = Seisukohad
no-positions = Seisukohti ei ole veel registreeritud.
col-position = Seisukoht
col-declaration = Deklaratsioon
admin-users = Kontod
admin-users-hint = Kontosid näidatakse ainult administraatoritele.
user-count =
    { $count ->
        [one] { $count } konto
       *[other] { $count } kontot
    }
col-roles = Rollid
col-clearance = Julgeolekukontroll
user-disabled = Keelatud
user-active = Aktiivne
assess-open = Esitage oma osalise hinnang
assess-summary = Kokkuvõte (vabatahtlik)
assess-submit = Esita hinnang
col-level = Tase
col-rationale = Põhjendus
confidence-low = Madal
confidence-moderate = Mõõdukas
confidence-high = Kõrge
dossier-attributions = Omistamised
attribution-state = Omistamise seis
attribution-state-none = Registreeritud ei ole
attribution-state-national = Riiklikud omistamised
attribution-state-joint = ELi ühine omistamine
attribution-joint = ühine
col-actor-attributed = Omistatud
col-likelihood = Tõenäosus (ICD 203)
col-basis = Alus
col-date = Kuupäev
dashboard-open-procedures = Avatud menetlused
no-open-procedures = Avatud menetlusi, mida teil on lubatud näha, ei ole.
col-your-position = Teie osalise seisukoht
position-needed = Vajalik
chart-by-actor = Toimikud osalejate järgi, kellele tegevus on omistatud
dossier-options = Reageerimisvõimalused
options-basis = Järjestatud proportsionaalsusmooduli poolt viimase kokkulepitud olukorrapildi ja registreeritud omistamiste põhjal, muid asjaolusid lisamata.
options-available = Kasutatavad, vähim eskaleeruv esimesena
options-not-available = Praegu kasutamatud ja põhjused
options-escalation = eskalatsioon
options-need-agreed = Võimalused järjestatakse, kui osalised on ühises olukorrapildis kokku leppinud.

rule-unanimity = Ühehäälsus
rule-qmv = Kvalifitseeritud häälteenamus
rule-rqmv = Tugevdatud kvalifitseeritud häälteenamus
rule-simple = Lihthäälteenamus
rule-silence = Vaikimisi nõustumise menetlus
rule-none = Nõukogu otsust ei ole vaja

option-category-preventive = Ennetavad meetmed
option-category-cooperative = Koostöömeetmed
option-category-stability = Stabiilsusmeetmed
option-category-restrictive = Piiravad meetmed
option-category-support = Toetus liikmesriikide seaduslikele reageeringutele

measure-confidence-building = Usaldust suurendavad meetmed
measure-awareness-raising = Teadlikkuse suurendamine ELi poliitikast
measure-capacity-building = Küberalase suutlikkuse suurendamine kolmandates riikides
measure-eu-dialogue = ELi juhitud poliitilised ja temaatilised dialoogid
measure-delegation-demarche = ELi delegatsioonide demaršid
measure-hr-statement = Kõrge esindaja avaldus
measure-eu-declaration = Kõrge esindaja deklaratsioon ELi nimel
measure-council-conclusions = Nõukogu järeldused
measure-diplomatic-demarche = Diplomaatiline demarš asjaomasele riigile
measure-restrictive-listing = Piiravad meetmed: loetellu kandmine otsuse (ÜVJP) 2019/797 ja määruse (EL) 2019/796 alusel
measure-support-lawful-response = Toetus liikmesriigi seaduslikule reageeringule
measure-mutual-assistance-42-7 = Vastastikune abi ELi lepingu artikli 42 lõike 7 alusel
measure-solidarity-clause-222 = Solidaarsusklausel ELi toimimise lepingu artikli 222 alusel

likelihood-almost-no-chance = peaaegu võimatu
likelihood-very-unlikely = väga ebatõenäoline
likelihood-unlikely = ebatõenäoline
likelihood-roughly-even-chance = ligikaudu võrdne tõenäosus
likelihood-likely = tõenäoline
likelihood-very-likely = väga tõenäoline
likelihood-almost-certain = peaaegu kindel

basis-technical = tehniline
basis-intelligence = luure
basis-political = poliitiline

reliability-a = täiesti usaldusväärne
reliability-b = üldiselt usaldusväärne
reliability-c = küllalt usaldusväärne
reliability-d = üldiselt mitte usaldusväärne
reliability-e = ebausaldusväärne
reliability-f = usaldusväärsust ei saa hinnata
credibility-1 = kinnitatud teiste allikate poolt
credibility-2 = tõenäoliselt tõene
credibility-3 = võimalik, et tõene
credibility-4 = kahtlane
credibility-5 = ebatõenäoline
credibility-6 = tõesust ei saa hinnata

evidence-kind-document = Dokument
evidence-kind-link = Link
evidence-kind-stix = STIX-objekt

role-delegate = Delegaat
role-analyst = Analüütik
role-drafter = Koostaja
role-chair = Eesistuja
role-observer = Vaatleja
role-admin = Administraator
role-security_officer = Turvaametnik
role-operator = Eksemplari haldur

sector-energy = Energeetika
sector-transport = Transport
sector-banking = Pangandus
sector-financial = Finantsturu taristu
sector-health = Tervishoid
sector-drinking-water = Joogivesi
sector-waste-water = Reovesi
sector-digital-infrastructure = Digitaristu
sector-ict-services = IKT-teenuste haldamine (ettevõtjalt ettevõtjale)
sector-public-administration = Avalik haldus
sector-space = Kosmos
sector-courier = Posti- ja kullerteenused
sector-waste-management = Jäätmekäitlus
sector-chemical = Kemikaalide valmistamine, tootmine ja turustamine
sector-food = Toidu tootmine, töötlemine ja turustamine
sector-manufacturing = Töötlev tööstus
sector-digital-providers = Digitaalsete teenuste osutajad
sector-research = Teadusuuringud
sector-parliament = Parlamendid ja seadusandlikud organid
sector-political-parties = Erakonnad ja valimiskampaaniad
sector-international-organisation = Rahvusvahelised organisatsioonid
sector-defence = Riigikaitse ja relvajõud
sector-media-civil-society = Meedia, kodanikuühiskond ja akadeemilised ringkonnad

login-account-needed = See eksemplar ei näita kontota midagi. Konto saate oma osapoole turvaametnikult.
password-change = Valige uus parool
password-change-reset = Teie osapoole turvaametnik lähtestas teie parooli. Valige enne jätkamist uus; teile antud parool lakkab kehtimast.
password-current = Praegune parool
password-new = Uus parool (vähemalt 12 märki, mitte kasutajanimi)
password-change-submit = Muuda parooli

activity-intro = Sündmused, mida teie märgistused lubavad näha, vanimad eespool.
audit-trail-intro = Auditijälg: sisselogimised, kontomuudatused, kirjutamised, auditeeritud lugemised ja ekspordid, uusimad eespool, niivõrd kui teie roll ja märgistused lubavad.
filter-user = Kasutaja
filter-party = Osapool
filter-object = Objekt (toimik või elemendi tunnus)
filter-since = Alates (kuupäev)
filter-type = Sündmuse liik
stage-title = Toimiku seis
stage-picture = Ühine olukorrapilt
stage-picture-agreed = kokku lepitud
stage-picture-proposed = esitatud, vastuväited võimalikud
stage-picture-assessed =
    { $count ->
        [one] { $count } osaline on hinnangu esitanud
       *[other] { $count } osalist on hinnangu esitanud
    }
stage-options = Reageerimisvõimalused
stage-options-available =
    { $count ->
        [one] { $count } võimalus kasutatav
       *[other] { $count } võimalust kasutatavad
    }
stage-options-need-picture = kui olukorrapildis on kokku lepitud
stage-procedure = Otsus
stage-procedure-open = menetlus on avatud
stage-procedure-none =
    { $count ->
        [one] menetlust veel ei ole; koostatud { $count } pakett
       *[other] menetlust veel ei ole; koostatud { $count } paketti
    }
stage-procedure-closed = suletud
stage-response = Reageering
stage-response-adopted =
    { $count ->
        [one] vastu võetud { $count } otsus
       *[other] vastu võetud { $count } otsust
    }
stage-attribution = Omistamine
await-title = Ootab teie tegevust
await-assess = Esitage osalise { $party } hinnang.
await-proposal = Esitatud olukorrapildi kohta saab vastuväiteid esitada kuni { $deadline }: esitage vastuväide, kui teie osaline ei ole nõus, või jääge vait, et nõustuda.
await-position = Registreerige osalise { $party } seisukoht avatud menetluses.
await-propose = Tehke ettepanek võtta praegune olukorrapilt kokkulepitud olukorrapildiks.
await-package = Koostage kasutatavatest võimalustest pakett.
await-open = Algatage paketi kohta menetlus.
await-close = Menetluse tähtaeg on möödunud: sulgege menetlus, et selle tulemus kinnitada.
sections-nav = Toimiku osad
basis-picture = Liikmesriikide vahel kokku lepitud ühine olukorrateadlikkus (nõukogu 19. juuni 2017. aasta järeldused, punkt 5); kokku lepitud, kui vastuväidete tähtaeg möödub vastuväideteta.
basis-options = Meetmed, mis on proportsionaalsed tegevuse ulatuse, suuruse, kestuse, intensiivsuse, keerukuse, keerukuse taseme ja mõjuga (nõukogu 19. juuni 2017. aasta järeldused, punkt 5).
basis-procedure = ÜVJP otsused tehakse ühehäälselt (ELi lepingu artikli 31 lõige 1); nõukogu kodukorra vaikimisi nõustumise menetluses (artikli 12 lõige 2) võetakse tekst vastu, kui ükski liige ei esita enne tähtaja möödumist vastuväidet.
basis-attribution = Omistamine on iga liikmesriigi suveräänne poliitiline otsus (nõukogu 19. juuni 2017. aasta järeldused, punkt 4); ühise omistamise võtab vastu nõukogu.
proposals-title = Kokkulepitud olukorrapildi ettepanekud
proposal-open = vastuväited võimalikud
proposal-objected = vastuväide esitatud
proposal-agreed = kokku lepitud
col-objections = Vastuväited
objection-reason = Miks { $party } esitab vastuväite
objection-hint = Üksainus vastuväide peatab ettepaneku; vaikimine tähtaja möödumiseni tähendab nõusolekut.
objection-submit = Esita vastuväide
propose-open = Tee ettepanek võtta praegune olukorrapilt kokkulepitud olukorrapildiks
propose-deadline = Tähtaeg (UTC)
col-note = Märkus
propose-submit = Esita ettepanek
facts-open = Asjaolud, mida võimaluste puhul arvesse võetakse
facts-persons = Vastutavad isikud või üksused on kindlaks tehtud
facts-attempted = Tegevus jäi katseks (nurjati või oli mõjuta)
facts-dialogue = Asjaomase riigiga käib dialoog
facts-regime = Küberrünnakute vastast sanktsioonirežiimi kohaldatakse asjaomastele juba
facts-partner = Suhted asjaomase riigiga
partner-unknown = märkimata
partner-partner = partner
partner-neutral = neutraalne
partner-adversarial = vaenulik
facts-apply = Võta need asjaolud arvesse
options-why = Miks
package-submit = Koosta märgitud võimalustest pakett
packages-title = Paketid
procedure-open = Algata menetlus
procedure-subject-package = Paketi kohta
procedure-subject-text = Või teksti kohta
procedure-open-submit = Algata menetlus
dossier-responses = Reageeringud
no-responses = Selles toimikus ei ole ühtegi otsust vastu võetud.
col-measures = Meetmed
col-basis-legal = Õiguslik alus
attribution-record-joint = Registreeri nõukogu vastu võetud ühine omistamine
attribution-record-national = Registreeri osalise { $party } riiklik omistamine
attribution-procedure = Vastu võetud menetluses
attribution-public = Avalik
attribution-url = Link avaldusele
attribution-submit = Registreeri omistamine
procedure-close = Sulge menetlus
procedure-close-hint = Sulgemine kinnitab tulemuse praeguses seisus; seisukohti ei saa enam muuta.
event-dossier-created = Toimik avatud
event-dossier-updated = Asjaolud ajakohastatud
event-dossier-transitioned = Seisund muudetud
event-dossier-marked = Märgistus muudetud
event-evidence-added = Tõend lisatud
event-evidence-withdrawn = Tõend tagasi võetud
event-assessment-submitted = Hinnang esitatud
event-picture-proposed = Olukorrapilt esitatud kokkuleppimiseks
event-picture-objected = Vastuväide esitatud olukorrapildile
event-package-assembled = Meetmete pakett koostatud
event-procedure-opened = Menetlus algatatud
event-procedure-position-recorded = Seisukoht registreeritud
event-procedure-closed = Menetlus suletud
event-attribution-recorded = Omistamine registreeritud
event-attribution-withdrawn = Omistamine tagasi võetud

dossier-new = Ava toimik
dossier-new-submit = Ava toimik
marking-tlp = TLP tase
marking-releasable-hint = teised osapooled peale teie oma, komadega eraldatult (nt EE, LV, EEAS)
marking-recipients = Nimelised adressaadid (TLP:RED; kasutajanimed komadega eraldatult)
marking-own = Elemendil võib olla oma märgistus, sama range kui toimikul või rangem.
marking-same = toimiku oma
evidence-add = Lisa tõend
evidence-url = Link
evidence-text = Tekst või väljavõte
evidence-submit = Lisa tõend
col-reliability = Allika usaldusväärsus
col-credibility = Teabe usutavus

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Sisselogimine kestis liiga kaua või vorm ei pärinenud sellelt saidilt. Palun logige uuesti sisse.
second-step-title = Teine tegur
second-step-intro = Teie parool on õige. Sisestage kood, mida teie autentimisrakendus praegu näitab.
second-step-code = Kuuekohaline kood
second-step-failed = See kood on vale, aegunud või juba kasutatud. Oodake järgmist koodi ja proovige uuesti.
second-step-recovery = Kaotasite autentimisrakenduse?
second-step-recovery-code = Taastekood
second-step-hint = Iga kood kehtib ainult üks kord. Kui teil pole autentimisrakendust ega taastekoodi, paluge oma osapoole turvaametnikul teine tegur lähtestada.
enrol-title = Seadistage teine tegur
enrol-required = Teie konto haldab kontosid või julgeolekukontrolle: enne muud tegevust vajab see teist tegurit.
enrol-failed = See kood ei vasta sellele saladusele. Kontrollige oma seadme kellaaega ja sisestage praegu kuvatav kood.
enrol-step-app = Lisage see saladus autentimisrakendusse (ajapõhine, 6 numbrit, 30 sekundit):
enrol-open-app = Ava autentimisrakenduses
enrol-step-code = Kinnitamiseks sisestage rakenduse näidatud kood:
enrol-confirm = Kinnita
enrol-done = Teie teine tegur on seadistatud. Edaspidi logite sisse parooli ja koodiga.
enrol-recovery-title = Taastekoodid
enrol-recovery-hint = Hoidke neid koode turvalises kohas. Igaüks neist asendab sisselogimisel ühe korra koodi. Neid näidatakse ainult praegu.
enrol-continue = Jätka
enrol-already = Teie kontol on teine tegur. Kui kaotate autentimisrakenduse, lähtestab selle teie osapoole turvaametnik.
login-sso = Logi sisse teenusega { $provider }
sso-refused-title = Juurdepääs puudub
sso-refused-unmapped = { $provider } logis teid sisse, kuid ükski selle instantsi reegel ei anna teie kontole juurdepääsu. Teie osapoole turvaametnik peab lisama teile sisselogimisreegli.
sso-refused-ambiguous = { $provider } logis teid sisse, kuid teie kontole vastavad mitme osapoole reeglid, nii et see instants ei saa teada, kelle nimel te tegutsete. Pöörduge oma turvaametniku poole.
sso-refused-disabled = Teie konto selles instantsis on keelatud.
sso-refused-party = Teie konto tegutseb teise osapoole nimel, kui reeglid teile nüüd annavad. Pöörduge oma turvaametniku poole.
sso-refused-hint = See katse on auditijälge kantud.
sso-failed-title = Sisselogimine ebaõnnestus
sso-failed = Sisselogimine teenusega { $provider } ebaõnnestus: { $reason }
sso-continue = Jätka


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = III lisa rahvastikutabelid
admin-population-intro = Rahvaarvud, mis otsustavad kvalifitseeritud häälteenamuse (nõukogu kodukord, III lisa). Hääletus kasutab oma aasta tabelit; kui see pole laaditud, siis lähimat ja ütleb seda.
col-origin = Päritolu
col-total = Liidu rahvaarv
origin-shipped = entente'iga kaasas
origin-imported = laaditud sellesse eksemplari
population-replaced = asendatud hilisema laadimisega
admin-population-label = Laaditav tabel (JSON: aasta, allikas, kokku, 27 liikmesriigi arvud)
admin-population-submit = Laadi tabel
population-table-in-force = Rahvastik: III lisa tabel aastast { $year }, mis kehtis hääletuse ajal.
population-table-older = Rahvastik: kasutati III lisa tabelit aastast { $year }, mitte hääletuse ajal kehtinud tabelit ({ $current }), mis pole laaditud. Administraator saab selle laadida halduslehel.
population-table-supplied = Rahvastik: menetlusega esitatud arvud.
robustness-holds = Tulemus jääb kehtima mis tahes rahvaarvude muutuse korral kuni ±2 %.
robustness-close = Napp tulemus: rahvaarvude muutus kuni ±2 % võib tulemust muuta. Kontrollige kehtiva tabeliga.
margin-members-in-favour = Poolt liikmeid: { $actual }; nõutav: { $required } (varu: { $margin })
margin-population-in-favour = Poolt rahvaarv: { $actual }; nõutav: { $required } (varu: { $margin }; protsendipunktides: { $points })
margin-blocking-minority = Mitte poolt hääletavaid liikmeid: { $actual }; blokeeriv vähemus vajab: { $required }
margin-declared-members = Ametliku deklaratsiooniga erapooletuid liikmeid: { $actual }; õigusakt peatub alates: { $required }
margin-declared-population = Ametliku deklaratsiooniga erapooletute liikmete rahvaarv: { $actual }; õigusakt peatub alates: { $required } (protsendipunktides: { $points })
