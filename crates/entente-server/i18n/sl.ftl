# Sporočila vmesnika entente: slovenščina.
# Oznake TLP (TLP:AMBER ...) se nikoli ne prevajajo (FIRST TLP 2.0, oddelek 1b).

skip-to-content = Skok na vsebino
banner-highest = Najvišja oznaka na tej strani:
nav-main = Glavna navigacija
nav-language = Jezik
nav-dashboard = Pregled
nav-dossiers = Zadeve
nav-search = Iskanje
nav-audit = Revizijski dnevnik
nav-admin = Upravljanje
sign-in = Prijava
sign-out = Odjava
anonymous = Niste prijavljeni (javni pogled: samo TLP:CLEAR)
footer-note = entente, nabor orodij EU za kibernetsko diplomacijo. Oznake sledijo FIRST TLP 2.0 in Sklepu Sveta 2013/488/EU.
back-to-dashboard = Nazaj na pregled

login-user = Uporabniško ime
login-password = Geslo
login-failed = Uporabniško ime ali geslo ni pravilno.
login-anonymous-hint = Brez prijave vidite samo javne informacije (TLP:CLEAR).

error-not-found = Ni bilo najdeno
error-forbidden = Ni dovoljeno
error-invalid = Zahteve ni bilo mogoče razumeti
error-server = Prišlo je do napake

status-detected = Odkrito
status-assessing = V ocenjevanju
status-deliberating = V obravnavi
status-responded = Odziv sprejet
status-closed = Zaključeno

dashboard-title = Pregled
dashboard-by-status = Zadeve po statusu
dashboard-recent-dossiers = Najnovejše zadeve
dashboard-charts = Zadeve v številkah
dashboard-recent-events = Nedavne dejavnosti
all-dossiers = Vse zadeve
no-dossiers = Ni zadev za prikaz.
no-events = Ni dejavnosti za prikaz.

dossier-count =
    { $count ->
        [one] { $count } zadeva
        [two] { $count } zadevi
        [few] { $count } zadeve
       *[other] { $count } zadev
    }
party-count =
    { $count ->
        [one] { $count } stranka
        [two] { $count } stranki
        [few] { $count } stranke
       *[other] { $count } strank
    }
audit-intro =
    { $count ->
        [one] Dnevnik vsebuje { $count } dogodek. Vidite dogodke, ki jih dopuščajo vaše oznake.
        [two] Dnevnik vsebuje { $count } dogodka. Vidite dogodke, ki jih dopuščajo vaše oznake.
        [few] Dnevnik vsebuje { $count } dogodke. Vidite dogodke, ki jih dopuščajo vaše oznake.
       *[other] Dnevnik vsebuje { $count } dogodkov. Vidite dogodke, ki jih dopuščajo vaše oznake.
    }

chart-by-year = Zadeve po letu prvega odkritja
chart-by-sector = Zadeve po prizadetem sektorju
chart-by-victim = Zadeve po prizadeti državi
chart-as-table = Prikaži številke v preglednici
chart-empty = Podatkov še ni.

col-title = Naslov
col-status = Status
col-first-seen = Prvo odkritje
col-victims = Prizadeti
col-marking = Oznaka
col-time = Čas
col-event = Dogodek
col-actor = Izvedel
col-year = Leto
col-dossiers = Zadeve
col-sector = Sektor
col-country = Država
col-id = Koda
col-name = Ime
col-kind = Vrsta

dossiers-title = Zadeve
filter-text = Naslov vsebuje
filter-any = Katera koli
filter-victim = Prizadeta država (koda)
filter-apply = Uporabi filtre
pagination = Strani
page-prev = Prejšnja stran
page-next = Naslednja stran
page-of = Stran { $page } od { $pages }

search-title = Iščite po vsem, kar smete videti
search-label = Besede, imena, oznake (T0800) ali »fraza«, v katerem koli jeziku
search-button = Išči
search-results =
    { $count ->
        [one] { $count } zadetek
        [two] { $count } zadetka
        [few] { $count } zadetki
       *[other] { $count } zadetkov
    }
search-kind-dossier = Zadeve
search-kind-evidence = Dokazi
search-kind-assessment = Ocene
search-kind-attribution = Pripisovanja
search-kind-stix = Objekti STIX
search-sort = Razvrstitev
search-sort-relevance = Ustreznost
search-sort-date = Najnovejši najprej
search-from = Od (datum)
search-to = Do (datum)
search-none = Nič, kar smete videti, se ne ujema s temi besedami.
search-dossier = Zadeva

dossier-origin = Izvor
marking-releasable = Dovoljeno razkritje
dossier-summary = Povzetek
no-summary = Povzetka še ni.
shown-in = Prikazano v jeziku:
dossier-versions = Jezikovne različice
dossier-last-seen = Zadnje odkritje
dossier-timeline = Časovnica
dossier-sources = Viri

admin-title = Upravljanje
admin-parties = Stranke
party-kind-member-state = Država članica
party-kind-eu-body = Institucija ali organ EU
party-kind-partner-state = Partnerska država
party-kind-international-organisation = Mednarodna organizacija

audit-title = Revizijski dnevnik

dossier-evidence = Dokazi
no-evidence = Ni dokazov, ki jih smete videti.
evidence-withdrawn = umaknjeno
col-source = Vir
col-grading = Ocena (admiralitetna lestvica)
col-party = Stranka
dossier-assessments = Ocene po strankah
no-assessments = Še ni ocen, ki jih smete videti.
heat-legend = Ravni od 0 (najnižja) do 4 (najvišja) za vsako razsežnost iz sklepov Sveta iz leta 2017; – pomeni, da ni ocenjeno. Vsaka celica navaja svojo raven; barva jo le ponavlja.
col-confidence = Stopnja gotovosti
dossier-picture = Skupna slika razmer
picture-severity = Resnost
picture-aggregate = skupna ocena
picture-parties =
    { $count ->
        [one] { $count } upoštevana stranka
        [two] { $count } upoštevani stranki
        [few] { $count } upoštevane stranke
       *[other] { $count } upoštevanih strank
    }
picture-agreed =
    { $count ->
        [one] { $count } dogovorjena različica
        [two] { $count } dogovorjeni različici
        [few] { $count } dogovorjene različice
       *[other] { $count } dogovorjenih različic
    }
picture-open-proposals =
    { $count ->
        [one] { $count } odprt predlog
        [two] { $count } odprta predloga
        [few] { $count } odprti predlogi
       *[other] { $count } odprtih predlogov
    }
col-dimension = Razsežnost
col-median = Mediana
col-range = Razpon
col-scored-by = Ocenili
col-dissent = Odstopanja (oddaljenost od mediane)
severity-low = Nizka
severity-moderate = Zmerna
severity-serious = Resna
severity-severe = Zelo resna
severity-critical = Kritična
severity-unknown = Še neznana
dim-scope = Doseg
dim-scale = Obseg
dim-duration = Trajanje
dim-intensity = Intenzivnost
dim-complexity = Kompleksnost
dim-sophistication = Dovršenost
dim-impact = Učinek
dossier-procedures = Postopki
no-procedures = Ni postopkov, ki jih smete videti.
col-subject = Predmet
col-rule = Pravilo odločanja
col-deadline = Rok
col-state = Stanje
col-tally = Štetje glasov
tally-for = Za
tally-against = Proti
tally-abstain = Vzdržani
procedure-package = Sveženj { $id }
procedure-state-open = Odprt
procedure-state-expired = Rok je potekel
procedure-state-closed = Zaključen
outcome-adopted = Sprejeto
outcome-not-adopted = Ni sprejeto
outcome-pending = V teku
outcome-undetermined = Neodločeno
outcome-provisional = Če stališča ostanejo nespremenjena
position-for = Za
position-against = Proti
position-abstain = Vzdržan
position-declared-abstain = Konstruktivna vzdržanost (izjava)
position-not-participating = Ne sodeluje
positions-recorded =
    { $count ->
        [one] { $count } zabeleženo stališče
        [two] { $count } zabeleženi stališči
        [few] { $count } zabeležena stališča
       *[other] { $count } zabeleženih stališč
    }
procedure-title = Postopek
back-to-dossier = Nazaj na zadevo
time-left = preostali čas:
position-record = Zabeležite svoje stališče
position-label = Stališče
declaration-label = Izjava (neobvezno)
position-submit = Zabeleži stališče
procedure-positions = Stališča
no-positions = Zabeleženo ni še nobeno stališče.
col-position = Stališče
col-declaration = Izjava
admin-users = Računi
admin-users-hint = Računi so prikazani samo skrbnikom.
user-count =
    { $count ->
        [one] { $count } račun
        [two] { $count } računa
        [few] { $count } računi
       *[other] { $count } računov
    }
col-roles = Vloge
col-clearance = Varnostno dovoljenje
user-disabled = Onemogočen
user-active = Dejaven
assess-open = Predložite oceno svoje stranke
assess-summary = Povzetek (neobvezno)
assess-submit = Predloži oceno
col-level = Raven
col-rationale = Utemeljitev
confidence-low = Nizka
confidence-moderate = Zmerna
confidence-high = Visoka
dossier-attributions = Pripisovanje odgovornosti
attribution-state = Stanje pripisovanja
attribution-state-none = Nobeno ni zabeleženo
attribution-state-national = Nacionalna pripisovanja
attribution-state-joint = Skupno pripisovanje EU
attribution-joint = skupno
col-actor-attributed = Pripisano
col-likelihood = Verjetnost (ICD 203)
col-basis = Podlaga
col-date = Datum
dashboard-open-procedures = Odprti postopki
no-open-procedures = Ni odprtih postopkov, ki jih smete videti.
col-your-position = Stališče vaše stranke
position-needed = Potrebno
chart-by-actor = Zadeve po akterju, ki so mu pripisane
dossier-options = Možnosti odziva
options-basis = Razvrščeno z modulom sorazmernosti na podlagi zadnje dogovorjene slike razmer in zabeleženih pripisovanj, brez navajanja drugih dejstev.
options-available = Razpoložljive, od najmanj stopnjevalne
options-not-available = Trenutno nerazpoložljive in zakaj
options-escalation = stopnjevanje
options-need-agreed = Možnosti se razvrstijo, ko se stranke dogovorijo o skupni sliki razmer.

rule-unanimity = Soglasje
rule-qmv = Kvalificirana večina
rule-rqmv = Okrepljena kvalificirana večina
rule-simple = Navadna večina
rule-silence = Postopek tihe odobritve
rule-none = Sklep Sveta ni potreben

option-category-preventive = Preventivni ukrepi
option-category-cooperative = Ukrepi sodelovanja
option-category-stability = Ukrepi za stabilnost
option-category-restrictive = Omejevalni ukrepi
option-category-support = Podpora zakonitim odzivom držav članic

measure-confidence-building = Ukrepi za krepitev zaupanja
measure-awareness-raising = Ozaveščanje o politikah EU
measure-capacity-building = Krepitev kibernetskih zmogljivosti v tretjih državah
measure-eu-dialogue = Politični in tematski dialogi pod vodstvom EU
measure-delegation-demarche = Demarše delegacij EU
measure-hr-statement = Izjava visokega predstavnika
measure-eu-declaration = Izjava visokega predstavnika v imenu EU
measure-council-conclusions = Sklepi Sveta
measure-diplomatic-demarche = Diplomatska demarša pri zadevni državi
measure-restrictive-listing = Omejevalni ukrepi: uvrstitev na seznam na podlagi Sklepa (SZVP) 2019/797 in Uredbe (EU) 2019/796
measure-support-lawful-response = Podpora zakonitemu odzivu države članice
measure-mutual-assistance-42-7 = Medsebojna pomoč na podlagi člena 42(7) PEU
measure-solidarity-clause-222 = Klavzula o solidarnosti na podlagi člena 222 PDEU

likelihood-almost-no-chance = skoraj izključeno
likelihood-very-unlikely = zelo malo verjetno
likelihood-unlikely = malo verjetno
likelihood-roughly-even-chance = približno enaka verjetnost
likelihood-likely = verjetno
likelihood-very-likely = zelo verjetno
likelihood-almost-certain = skoraj gotovo

basis-technical = tehnična
basis-intelligence = obveščevalna
basis-political = politična

reliability-a = popolnoma zanesljiv
reliability-b = običajno zanesljiv
reliability-c = precej zanesljiv
reliability-d = običajno nezanesljiv
reliability-e = nezanesljiv
reliability-f = zanesljivosti ni mogoče oceniti
credibility-1 = potrjeno iz drugih virov
credibility-2 = verjetno resnično
credibility-3 = morda resnično
credibility-4 = dvomljivo
credibility-5 = malo verjetno
credibility-6 = resničnosti ni mogoče oceniti

evidence-kind-document = Dokument
evidence-kind-link = Povezava
evidence-kind-stix = Objekt STIX

role-delegate = Delegat
role-analyst = Analitik
role-drafter = Pripravljavec
role-chair = Predsedstvo
role-observer = Opazovalec
role-admin = Skrbnik
role-security_officer = Varnostni uradnik
role-operator = Upravljavec instance

sector-energy = Energetika
sector-transport = Promet
sector-banking = Bančništvo
sector-financial = Infrastruktura finančnega trga
sector-health = Zdravstvo
sector-drinking-water = Pitna voda
sector-waste-water = Odpadna voda
sector-digital-infrastructure = Digitalna infrastruktura
sector-ict-services = Upravljanje storitev IKT (med podjetji)
sector-public-administration = Javna uprava
sector-space = Vesolje
sector-courier = Poštne in kurirske storitve
sector-waste-management = Ravnanje z odpadki
sector-chemical = Proizvodnja in distribucija kemikalij
sector-food = Proizvodnja, predelava in distribucija živil
sector-manufacturing = Proizvodnja
sector-digital-providers = Ponudniki digitalnih storitev
sector-research = Raziskave
sector-parliament = Parlamenti in zakonodajna telesa
sector-political-parties = Politične stranke in volilne kampanje
sector-international-organisation = Mednarodne organizacije
sector-defence = Obramba in oborožene sile
sector-media-civil-society = Mediji, civilna družba in akademska sfera

login-account-needed = Ta instanca brez računa ne prikaže ničesar. Račun vam lahko dodeli varnostni uradnik vaše strani.
password-change = Izberite novo geslo
password-change-reset = Varnostni uradnik vaše strani je ponastavil vaše geslo. Preden nadaljujete, izberite novo; geslo, ki ste ga prejeli, preneha veljati.
password-current = Trenutno geslo
password-new = Novo geslo (vsaj 12 znakov, ne uporabniško ime)
password-change-submit = Spremeni geslo

activity-intro = Dogodki, ki jih vaše oznake dovoljujejo videti, od najstarejšega.
audit-trail-intro = Revizijska sled: prijave, spremembe računov, zapisi, revidirana branja in izvozi, od najnovejšega, kolikor dovoljujeta vaša vloga in oznake.
filter-user = Uporabnik
filter-party = Stran
filter-object = Predmet (zadeva ali oznaka elementa)
filter-since = Od (datum)
filter-type = Vrsta dogodka
stage-title = Stanje zadeve
stage-picture = Skupna slika razmer
stage-picture-agreed = dogovorjena
stage-picture-proposed = predlagana, mogoči so ugovori
stage-picture-assessed =
    { $count ->
        [one] oceno je predložila { $count } stranka
        [two] oceno sta predložili { $count } stranki
        [few] oceno so predložile { $count } stranke
       *[other] oceno je predložilo { $count } strank
    }
stage-options = Možnosti odziva
stage-options-available =
    { $count ->
        [one] na voljo je { $count } možnost
        [two] na voljo sta { $count } možnosti
        [few] na voljo so { $count } možnosti
       *[other] na voljo je { $count } možnosti
    }
stage-options-need-picture = ko bo slika razmer dogovorjena
stage-procedure = Odločitev
stage-procedure-open = postopek je odprt
stage-procedure-none =
    { $count ->
        [one] postopka še ni; pripravljen { $count } sveženj
        [two] postopka še ni; pripravljena { $count } svežnja
        [few] postopka še ni; pripravljeni { $count } svežnji
       *[other] postopka še ni; pripravljenih { $count } svežnjev
    }
stage-procedure-closed = zaključen
stage-response = Odziv
stage-response-adopted =
    { $count ->
        [one] sprejeta { $count } odločitev
        [two] sprejeti { $count } odločitvi
        [few] sprejete { $count } odločitve
       *[other] sprejetih { $count } odločitev
    }
stage-attribution = Pripisovanje odgovornosti
await-title = Čaka na vas
await-assess = Predložite oceno stranke { $party }.
await-proposal = Predlagani sliki razmer je mogoče ugovarjati do { $deadline }: ugovarjajte, če se vaša stranka ne strinja, ali ostanite tiho, da se strinjate.
await-position = Zabeležite stališče stranke { $party } v odprtem postopku.
await-propose = Predlagajte sedanjo sliko razmer kot dogovorjeno.
await-package = Pripravite sveženj iz razpoložljivih možnosti.
await-open = Začnite postopek o svežnju.
await-close = Rok postopka je potekel: zaključite ga, da se določi njegov izid.
sections-nav = Deli zadeve
basis-picture = Skupno zavedanje o razmerah, dogovorjeno med državami članicami (sklepi Sveta z dne 19. junija 2017, točka 5); slika je dogovorjena, ko rok za ugovore poteče brez ugovora.
basis-options = Ukrepi, sorazmerni z dosegom, obsegom, trajanjem, intenzivnostjo, kompleksnostjo, dovršenostjo in učinkom dejavnosti (sklepi Sveta z dne 19. junija 2017, točka 5).
basis-procedure = Odločitve na področju SZVP se sprejemajo soglasno (člen 31(1) PEU); s postopkom tihe odobritve iz poslovnika Sveta (člen 12(2)) je besedilo sprejeto, razen če kateri od članov pred iztekom roka ugovarja.
basis-attribution = Pripisovanje odgovornosti je suverena politična odločitev vsake države članice (sklepi Sveta z dne 19. junija 2017, točka 4); skupno pripisovanje sprejme Svet.
proposals-title = Predlogi dogovorjene slike razmer
proposal-open = mogoči so ugovori
proposal-objected = vložen ugovor
proposal-agreed = dogovorjen
col-objections = Ugovori
objection-reason = Zakaj { $party } ugovarja
objection-hint = En sam ugovor ustavi predlog; molk do izteka roka pomeni strinjanje.
objection-submit = Ugovarjaj
propose-open = Predlagaj sedanjo sliko razmer kot dogovorjeno
propose-deadline = Rok (UTC)
col-note = Opomba
propose-submit = Predlagaj
facts-open = Dejstva, upoštevana pri možnostih
facts-persons = Odgovorne osebe ali subjekti so identificirani
facts-attempted = Dejavnost je ostala pri poskusu (preprečena ali brez učinka)
facts-dialogue = Z zadevno državo poteka dialog
facts-regime = Za zadevne osebe se že uporablja režim sankcij proti kibernetskim napadom
facts-partner = Odnosi z zadevno državo
partner-unknown = ni navedeno
partner-partner = partnerski
partner-neutral = nevtralni
partner-adversarial = sovražni
facts-apply = Upoštevaj ta dejstva
options-why = Zakaj
package-submit = Pripravi sveženj iz označenih možnosti
packages-title = Svežnji
procedure-open = Začni postopek
procedure-subject-package = O svežnju
procedure-subject-text = Ali o besedilu
procedure-open-submit = Začni postopek
dossier-responses = Odzivi
no-responses = V tej zadevi ni bila sprejeta nobena odločitev.
col-measures = Ukrepi
col-basis-legal = Pravna podlaga
attribution-record-joint = Zabeleži skupno pripisovanje, ki ga je sprejel Svet
attribution-record-national = Zabeleži nacionalno pripisovanje stranke { $party }
attribution-procedure = Sprejeto s postopkom
attribution-public = Javno
attribution-url = Povezava do izjave
attribution-submit = Zabeleži pripisovanje
procedure-close = Zaključi postopek
procedure-close-hint = Z zaključkom se izid določi glede na sedanje stanje; stališč ni več mogoče spremeniti.
event-dossier-created = Zadeva odprta
event-dossier-updated = Dejstva posodobljena
event-dossier-transitioned = Status spremenjen
event-dossier-marked = Oznaka spremenjena
event-evidence-added = Dokaz dodan
event-evidence-withdrawn = Dokaz umaknjen
event-assessment-submitted = Ocena predložena
event-picture-proposed = Slika razmer predlagana kot dogovorjena
event-picture-objected = Ugovor predlagani sliki razmer
event-package-assembled = Sveženj ukrepov pripravljen
event-procedure-opened = Postopek začet
event-procedure-position-recorded = Stališče zabeleženo
event-procedure-closed = Postopek zaključen
event-attribution-recorded = Pripisovanje zabeleženo
event-attribution-withdrawn = Pripisovanje umaknjeno

dossier-new = Odpri zadevo
dossier-new-submit = Odpri zadevo
marking-tlp = Raven TLP
marking-releasable-hint = druge strani razen vaše, ločene z vejicami (npr. EE, LV, EEAS)
marking-recipients = Imenovani prejemniki (TLP:RED; uporabniška imena, ločena z vejicami)
marking-own = Element ima lahko svojo oznako, enako strogo kot zadeva ali strožjo.
marking-same = oznaka zadeve
evidence-add = Dodaj dokaz
evidence-url = Povezava
evidence-text = Besedilo ali izvleček
evidence-submit = Dodaj dokaz
col-reliability = Zanesljivost vira
col-credibility = Verodostojnost informacije

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Prijava je trajala predolgo ali obrazec ni bil s tega spletnega mesta. Prijavite se znova.
second-step-title = Drugi dejavnik
second-step-intro = Vaše geslo je pravilno. Vnesite kodo, ki jo zdaj prikazuje vaša aplikacija za preverjanje pristnosti.
second-step-code = Šestmestna koda
second-step-failed = Ta koda je napačna, potekla ali že uporabljena. Počakajte na naslednjo kodo in poskusite znova.
second-step-recovery = Ste izgubili avtentikator?
second-step-recovery-code = Obnovitvena koda
second-step-hint = Vsaka koda velja le enkrat. Brez avtentikatorja ali obnovitvene kode prosite varnostnega uradnika svoje strani, naj ponastavi vaš drugi dejavnik.
enrol-title = Nastavite drugi dejavnik
enrol-required = Vaš račun upravlja račune ali varnostna dovoljenja: preden lahko storite kar koli drugega, potrebuje drugi dejavnik.
enrol-failed = Ta koda se ne ujema s to skrivnostjo. Preverite čas na napravi in vnesite kodo, ki jo zdaj prikazuje.
enrol-step-app = To skrivnost dodajte v aplikacijo za preverjanje pristnosti (časovna, 6 števk, 30 sekund):
enrol-open-app = Odpri v aplikaciji za preverjanje pristnosti
enrol-step-code = Za potrditev vnesite kodo, ki jo prikazuje aplikacija:
enrol-confirm = Potrdi
enrol-done = Vaš drugi dejavnik je nastavljen. Odslej se prijavljate z geslom in kodo.
enrol-recovery-title = Obnovitvene kode
enrol-recovery-hint = Te kode hranite na varnem. Vsaka vas enkrat prijavi namesto kode. Prikazane so le zdaj.
enrol-continue = Nadaljuj
enrol-already = Vaš račun ima drugi dejavnik. Če izgubite avtentikator, ga ponastavi varnostni uradnik vaše strani.
login-sso = Prijava prek { $provider }
sso-refused-title = Ni dostopa
sso-refused-unmapped = { $provider } vas je prijavil, vendar nobeno pravilo te instance ne daje dostopa vašemu računu. Varnostni uradnik vaše strani mora za vas dodati pravilo prijave.
sso-refused-ambiguous = { $provider } vas je prijavil, vendar se z vašim računom ujemajo pravila več strani, zato ta instanca ne more vedeti, v čigavem imenu delujete. Obrnite se na svojega varnostnega uradnika.
sso-refused-disabled = Vaš račun na tej instanci je onemogočen.
sso-refused-party = Vaš račun deluje v imenu druge strani, kot vam jo zdaj dodeljujejo pravila. Obrnite se na svojega varnostnega uradnika.
sso-refused-hint = Ta poskus je zabeležen v revizijski sledi.
sso-failed-title = Prijava ni uspela
sso-failed = Prijava prek { $provider } ni uspela: { $reason }
sso-continue = Nadaljuj


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabele prebivalstva iz Priloge III
admin-population-intro = Podatki o prebivalstvu, ki odločajo o kvalificirani večini (poslovnik Sveta, Priloga III). Glasovanje uporabi tabelo svojega leta; če ta ni naložena, najbližjo, in to navede.
col-origin = Izvor
col-total = Prebivalstvo Unije
origin-shipped = priložena entente
origin-imported = naložena v ta primerek
population-replaced = nadomeščena s poznejšim nalaganjem
admin-population-label = Tabela za nalaganje (JSON: leto, vir, skupaj, podatki 27 držav članic)
admin-population-submit = Naloži tabelo
population-table-in-force = Prebivalstvo: tabela iz Priloge III za leto { $year }, veljavna v času glasovanja.
population-table-older = Prebivalstvo: uporabljena je bila tabela iz Priloge III za leto { $year }, ne tabela, veljavna v času glasovanja ({ $current }), ki ni naložena. Skrbnik jo lahko naloži na strani za upravljanje.
population-table-supplied = Prebivalstvo: podatki, predloženi s postopkom.
robustness-holds = Izid velja ob vsakem popravku podatkov o prebivalstvu do ±2 %.
robustness-close = Tesno: popravek podatkov o prebivalstvu do ±2 % bi lahko spremenil izid. Preverite z veljavno tabelo.
margin-members-in-favour = Člani za: { $actual }; potrebno: { $required } (rezerva: { $margin })
margin-population-in-favour = Prebivalstvo za: { $actual }; potrebno: { $required } (rezerva: { $margin }; v odstotnih točkah: { $points })
margin-blocking-minority = Člani, ki ne glasujejo za: { $actual }; blokirna manjšina potrebuje: { $required }
margin-declared-members = Člani, ki se vzdržijo s formalno izjavo: { $actual }; akt se ustavi od: { $required }
margin-declared-population = Prebivalstvo članov, ki se vzdržijo s formalno izjavo: { $actual }; akt se ustavi od: { $required } (v odstotnih točkah: { $points })
