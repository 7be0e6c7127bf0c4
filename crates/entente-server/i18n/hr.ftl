# Poruke sučelja entente: hrvatski.
# Oznake TLP (TLP:AMBER ...) nikad se ne prevode (FIRST TLP 2.0, odjeljak 1.b).

skip-to-content = Prijeđi na sadržaj
banner-highest = Najviša oznaka na ovoj stranici:
nav-main = Glavna navigacija
nav-language = Jezik
nav-dashboard = Pregled
nav-dossiers = Spisi
nav-search = Pretraživanje
nav-audit = Revizijski zapisnik
nav-admin = Administracija
sign-in = Prijava
sign-out = Odjava
anonymous = Niste prijavljeni (javni prikaz: samo TLP:CLEAR)
footer-note = entente, paket instrumenata EU-a za kiberdiplomaciju. Oznake su u skladu s FIRST TLP 2.0 i Odlukom Vijeća 2013/488/EU.
back-to-dashboard = Natrag na pregled

login-user = Korisničko ime
login-password = Lozinka
login-failed = Korisničko ime ili lozinka nisu točni.
login-anonymous-hint = Bez prijave vidite samo javne informacije (TLP:CLEAR).

error-not-found = Nije pronađeno
error-forbidden = Nije dopušteno
error-invalid = Zahtjev nije bilo moguće razumjeti
error-server = Došlo je do pogreške

status-detected = Otkriveno
status-assessing = U procjeni
status-deliberating = U raspravi
status-responded = Odgovor donesen
status-closed = Zatvoreno

dashboard-title = Pregled
dashboard-by-status = Spisi prema statusu
dashboard-recent-dossiers = Najnoviji spisi
dashboard-charts = Spisi u brojkama
dashboard-recent-events = Nedavne aktivnosti
all-dossiers = Svi spisi
no-dossiers = Nema spisa za prikaz.
no-events = Nema aktivnosti za prikaz.

dossier-count =
    { $count ->
        [one] { $count } spis
        [few] { $count } spisa
       *[other] { $count } spisa
    }
party-count =
    { $count ->
        [one] { $count } stranka
        [few] { $count } stranke
       *[other] { $count } stranaka
    }
audit-intro =
    { $count ->
        [one] Zapisnik sadržava { $count } događaj. Vidite događaje koje dopuštaju vaše oznake.
        [few] Zapisnik sadržava { $count } događaja. Vidite događaje koje dopuštaju vaše oznake.
       *[other] Zapisnik sadržava { $count } događaja. Vidite događaje koje dopuštaju vaše oznake.
    }

chart-by-year = Spisi prema godini prvog otkrivanja
chart-by-sector = Spisi prema pogođenom sektoru
chart-by-victim = Spisi prema pogođenoj zemlji
chart-as-table = Prikaži brojke u tablici
chart-empty = Još nema podataka.

col-title = Naslov
col-status = Status
col-first-seen = Prvi put otkriveno
col-victims = Pogođeni
col-marking = Oznaka
col-time = Vrijeme
col-event = Događaj
col-actor = Izvršio
col-year = Godina
col-dossiers = Spisi
col-sector = Sektor
col-country = Zemlja
col-id = Kod
col-name = Naziv
col-kind = Vrsta

dossiers-title = Spisi
filter-text = Naslov sadržava
filter-any = Bilo koji
filter-victim = Pogođena zemlja (kod)
filter-apply = Primijeni filtre
pagination = Stranice
page-prev = Prethodna stranica
page-next = Sljedeća stranica
page-of = Stranica { $page } od { $pages }

search-title = Pretražite sve što smijete vidjeti
search-label = Riječi, imena, oznake (T0800) ili „izraz”, na bilo kojem jeziku
search-button = Traži
search-results =
    { $count ->
        [one] { $count } rezultat
        [few] { $count } rezultata
       *[other] { $count } rezultata
    }
search-kind-dossier = Spisi
search-kind-evidence = Dokazi
search-kind-assessment = Procjene
search-kind-attribution = Pripisivanja
search-kind-stix = STIX objekti
search-sort = Redoslijed
search-sort-relevance = Relevantnost
search-sort-date = Najnoviji prvo
search-from = Od (datum)
search-to = Do (datum)
search-none = Ništa što smijete vidjeti ne odgovara ovim riječima.
search-dossier = Spis

dossier-origin = Izvornik
marking-releasable = Može se dostaviti
dossier-summary = Sažetak
no-summary = Sažetak još ne postoji.
shown-in = Prikazano na jeziku:
dossier-versions = Jezične verzije
dossier-last-seen = Posljednji put otkriveno
dossier-timeline = Kronologija
dossier-sources = Izvori

admin-title = Administracija
admin-parties = Stranke
party-kind-member-state = Država članica
party-kind-eu-body = Institucija ili tijelo EU-a
party-kind-partner-state = Partnerska zemlja
party-kind-international-organisation = Međunarodna organizacija

audit-title = Revizijski zapisnik

dossier-evidence = Dokazi
no-evidence = Nema dokaza koje smijete vidjeti.
evidence-withdrawn = povučeno
col-source = Izvor
col-grading = Ocjena (admiralitetska ljestvica)
col-party = Stranka
dossier-assessments = Procjene po strankama
no-assessments = Još nema procjena koje smijete vidjeti.
heat-legend = Razine od 0 (najniža) do 4 (najviša) u svakoj dimenziji iz zaključaka Vijeća iz 2017.; – znači da nije procijenjeno. Svaka ćelija navodi svoju razinu; boja je samo ponavlja.
col-confidence = Stupanj sigurnosti
dossier-picture = Zajednička slika stanja
picture-severity = Ozbiljnost
picture-aggregate = ukupni rezultat
picture-parties =
    { $count ->
        [one] { $count } uračunata stranka
        [few] { $count } uračunate stranke
       *[other] { $count } uračunatih stranaka
    }
picture-agreed =
    { $count ->
        [one] { $count } usuglašena verzija
        [few] { $count } usuglašene verzije
       *[other] { $count } usuglašenih verzija
    }
picture-open-proposals =
    { $count ->
        [one] { $count } otvoreni prijedlog
        [few] { $count } otvorena prijedloga
       *[other] { $count } otvorenih prijedloga
    }
col-dimension = Dimenzija
col-median = Medijan
col-range = Raspon
col-scored-by = Ocijenili
col-dissent = Odstupanja (udaljenost od medijana)
severity-low = Niska
severity-moderate = Umjerena
severity-serious = Ozbiljna
severity-severe = Vrlo ozbiljna
severity-critical = Kritična
severity-unknown = Još nije poznata
dim-scope = Doseg
dim-scale = Razmjer
dim-duration = Trajanje
dim-intensity = Intenzitet
dim-complexity = Složenost
dim-sophistication = Sofisticiranost
dim-impact = Učinak
dossier-procedures = Postupci
no-procedures = Nema postupaka koje smijete vidjeti.
col-subject = Predmet
col-rule = Pravilo odlučivanja
col-deadline = Rok
col-state = Stanje
col-tally = Prebrojavanje
tally-for = Za
tally-against = Protiv
tally-abstain = Suzdržani
procedure-package = Paket { $id }
procedure-state-open = Otvoren
procedure-state-expired = Rok je istekao
procedure-state-closed = Zatvoren
outcome-adopted = Doneseno
outcome-not-adopted = Nije doneseno
outcome-pending = Na čekanju
outcome-undetermined = Neodređeno
outcome-provisional = Ako stajališta ostanu nepromijenjena
position-for = Za
position-against = Protiv
position-abstain = Suzdržan
position-declared-abstain = Konstruktivno suzdržavanje (izjava)
position-not-participating = Ne sudjeluje
positions-recorded =
    { $count ->
        [one] { $count } zabilježeno stajalište
        [few] { $count } zabilježena stajališta
       *[other] { $count } zabilježenih stajališta
    }
procedure-title = Postupak
back-to-dossier = Natrag na spis
time-left = preostalo vrijeme:
position-record = Zabilježite svoje stajalište
position-label = Stajalište
declaration-label = Izjava (neobvezno)
position-submit = Zabilježi stajalište
procedure-positions = Stajališta
no-positions = Još nije zabilježeno nijedno stajalište.
col-position = Stajalište
col-declaration = Izjava
admin-users = Računi
admin-users-hint = Računi se prikazuju samo administratorima.
user-count =
    { $count ->
        [one] { $count } račun
        [few] { $count } računa
       *[other] { $count } računa
    }
col-roles = Uloge
col-clearance = Sigurnosna provjera
user-disabled = Onemogućen
user-active = Aktivan
assess-open = Podnesite procjenu svoje stranke
assess-summary = Sažetak (neobvezno)
assess-submit = Podnesi procjenu
col-level = Razina
col-rationale = Obrazloženje
confidence-low = Niska
confidence-moderate = Umjerena
confidence-high = Visoka
dossier-attributions = Pripisivanja
attribution-state = Stanje pripisivanja
attribution-state-none = Nijedno nije zabilježeno
attribution-state-national = Nacionalna pripisivanja
attribution-state-joint = Zajedničko pripisivanje EU-a
attribution-joint = zajedničko
col-actor-attributed = Pripisano
col-likelihood = Vjerojatnost (ICD 203)
col-basis = Osnova
col-date = Datum
dashboard-open-procedures = Otvoreni postupci
no-open-procedures = Nema otvorenih postupaka koje smijete vidjeti.
col-your-position = Stajalište vaše stranke
position-needed = Potrebno
chart-by-actor = Spisi prema akteru kojemu su pripisani
dossier-options = Mogućnosti odgovora
options-basis = Razvrstano s pomoću modula za proporcionalnost na temelju posljednje usuglašene slike stanja i zabilježenih pripisivanja, bez dodatnih činjenica.
options-available = Dostupne, od najmanje eskalirajuće
options-not-available = Trenutačno nedostupne i razlozi
options-escalation = eskalacija
options-need-agreed = Mogućnosti se razvrstavaju nakon što se stranke usuglase o zajedničkoj slici stanja.

rule-unanimity = Jednoglasnost
rule-qmv = Kvalificirana većina
rule-rqmv = Pojačana kvalificirana većina
rule-simple = Obična većina
rule-silence = Postupak prešutne suglasnosti
rule-none = Odluka Vijeća nije potrebna

option-category-preventive = Preventivne mjere
option-category-cooperative = Mjere suradnje
option-category-stability = Mjere stabilnosti
option-category-restrictive = Mjere ograničavanja
option-category-support = Potpora zakonitim odgovorima država članica

measure-confidence-building = Mjere za izgradnju povjerenja
measure-awareness-raising = Podizanje svijesti o politikama EU-a
measure-capacity-building = Izgradnja kiberkapaciteta u trećim zemljama
measure-eu-dialogue = Politički i tematski dijalozi koje vodi EU
measure-delegation-demarche = Demarše delegacija EU-a
measure-hr-statement = Izjava Visokog predstavnika
measure-eu-declaration = Izjava Visokog predstavnika u ime EU-a
measure-council-conclusions = Zaključci Vijeća
measure-diplomatic-demarche = Diplomatska demarša predmetnoj državi
measure-restrictive-listing = Mjere ograničavanja: uvrštavanje na popis na temelju Odluke (ZVSP) 2019/797 i Uredbe (EU) 2019/796
measure-support-lawful-response = Potpora zakonitom odgovoru države članice
measure-mutual-assistance-42-7 = Uzajamna pomoć na temelju članka 42. stavka 7. UEU-a
measure-solidarity-clause-222 = Klauzula solidarnosti na temelju članka 222. UFEU-a

likelihood-almost-no-chance = gotovo isključeno
likelihood-very-unlikely = vrlo malo vjerojatno
likelihood-unlikely = malo vjerojatno
likelihood-roughly-even-chance = približno jednaka vjerojatnost
likelihood-likely = vjerojatno
likelihood-very-likely = vrlo vjerojatno
likelihood-almost-certain = gotovo sigurno

basis-technical = tehnička
basis-intelligence = obavještajna
basis-political = politička

reliability-a = potpuno pouzdan
reliability-b = obično pouzdan
reliability-c = prilično pouzdan
reliability-d = obično nepouzdan
reliability-e = nepouzdan
reliability-f = pouzdanost se ne može procijeniti
credibility-1 = potvrđeno iz drugih izvora
credibility-2 = vjerojatno istinito
credibility-3 = možda istinito
credibility-4 = dvojbeno
credibility-5 = malo vjerojatno
credibility-6 = istinitost se ne može procijeniti

evidence-kind-document = Dokument
evidence-kind-link = Poveznica
evidence-kind-stix = Objekt STIX

role-delegate = Delegat
role-analyst = Analitičar
role-drafter = Sastavljač
role-chair = Predsjedništvo
role-observer = Promatrač
role-admin = Administrator
role-security_officer = Službenik za sigurnost
role-operator = Operater instance

sector-energy = Energetika
sector-transport = Promet
sector-banking = Bankarstvo
sector-financial = Infrastrukture financijskog tržišta
sector-health = Zdravstvo
sector-drinking-water = Voda za ljudsku potrošnju
sector-waste-water = Otpadne vode
sector-digital-infrastructure = Digitalna infrastruktura
sector-ict-services = Upravljanje uslugama IKT-a (između poslovnih subjekata)
sector-public-administration = Javna uprava
sector-space = Svemir
sector-courier = Poštanske i kurirske usluge
sector-waste-management = Gospodarenje otpadom
sector-chemical = Izrada, proizvodnja i distribucija kemikalija
sector-food = Proizvodnja, prerada i distribucija hrane
sector-manufacturing = Proizvodnja
sector-digital-providers = Pružatelji digitalnih usluga
sector-research = Istraživanje
sector-parliament = Parlamenti i zakonodavna tijela
sector-political-parties = Političke stranke i izborne kampanje
sector-international-organisation = Međunarodne organizacije
sector-defence = Obrana i oružane snage
sector-media-civil-society = Mediji, civilno društvo i akademska zajednica

login-account-needed = Ova instanca bez korisničkog računa ne prikazuje ništa. Račun vam može otvoriti službenik za sigurnost vaše strane.
password-change = Odaberite novu lozinku
password-change-reset = Službenik za sigurnost vaše strane ponovno je postavio vašu lozinku. Prije nastavka odaberite novu; lozinka koju ste dobili prestaje vrijediti.
password-current = Trenutačna lozinka
password-new = Nova lozinka (najmanje 12 znakova, ne korisničko ime)
password-change-submit = Promijeni lozinku

activity-intro = Događaji koje vam vaše oznake dopuštaju vidjeti, od najstarijeg.
audit-trail-intro = Revizijski trag: prijave, promjene računa, upisi, revidirana čitanja i izvozi, od najnovijeg, koliko vam dopuštaju uloga i oznake.
filter-user = Korisnik
filter-party = Strana
filter-object = Objekt (predmet ili oznaka stavke)
filter-since = Od (datum)
filter-type = Vrsta događaja
stage-title = Stanje spisa
stage-picture = Zajednička slika stanja
stage-picture-agreed = usuglašena
stage-picture-proposed = predložena, moguć prigovor
stage-picture-assessed =
    { $count ->
        [one] procjenu je podnijela { $count } stranka
        [few] procjenu su podnijele { $count } stranke
       *[other] procjenu je podnijelo { $count } stranaka
    }
stage-options = Mogućnosti odgovora
stage-options-available =
    { $count ->
        [one] dostupna je { $count } mogućnost
        [few] dostupne su { $count } mogućnosti
       *[other] dostupno je { $count } mogućnosti
    }
stage-options-need-picture = nakon usuglašavanja slike stanja
stage-procedure = Odluka
stage-procedure-open = postupak je otvoren
stage-procedure-none =
    { $count ->
        [one] još nema postupka; sastavljen { $count } paket
        [few] još nema postupka; sastavljena { $count } paketa
       *[other] još nema postupka; sastavljeno { $count } paketa
    }
stage-procedure-closed = zatvoren
stage-response = Odgovor
stage-response-adopted =
    { $count ->
        [one] donesena { $count } odluka
        [few] donesene { $count } odluke
       *[other] doneseno { $count } odluka
    }
stage-attribution = Pripisivanje
await-title = Čeka vas
await-assess = Podnesite procjenu stranke { $party }.
await-proposal = Na predloženu sliku stanja moguće je uložiti prigovor do { $deadline }: uložite prigovor ako se vaša stranka ne slaže ili šutnjom izrazite suglasnost.
await-position = Zabilježite stajalište stranke { $party } u otvorenom postupku.
await-propose = Predložite trenutačnu sliku stanja kao usuglašenu.
await-package = Sastavite paket od dostupnih mogućnosti.
await-open = Pokrenite postupak o paketu.
await-close = Rok postupka je istekao: zatvorite ga kako bi se utvrdio njegov ishod.
sections-nav = Dijelovi spisa
basis-picture = Zajednička svijest o stanju usuglašena među državama članicama (zaključci Vijeća od 19. lipnja 2017., točka 5.); slika je usuglašena kad rok za prigovore istekne bez prigovora.
basis-options = Mjere razmjerne dosegu, razmjeru, trajanju, intenzitetu, složenosti, sofisticiranosti i učinku aktivnosti (zaključci Vijeća od 19. lipnja 2017., točka 5.).
basis-procedure = Odluke u okviru ZVSP-a donose se jednoglasno (članak 31. stavak 1. UEU-a); postupkom prešutne suglasnosti iz Poslovnika Vijeća (članak 12. stavak 2.) tekst se donosi osim ako neki član uloži prigovor prije isteka roka.
basis-attribution = Pripisivanje je suverena politička odluka svake države članice (zaključci Vijeća od 19. lipnja 2017., točka 4.); zajedničko pripisivanje donosi Vijeće.
proposals-title = Prijedlozi usuglašene slike stanja
proposal-open = moguć prigovor
proposal-objected = uložen prigovor
proposal-agreed = usuglašen
col-objections = Prigovori
objection-reason = Zašto { $party } ulaže prigovor
objection-hint = Jedan prigovor zaustavlja prijedlog; šutnja do isteka roka znači suglasnost.
objection-submit = Uloži prigovor
propose-open = Predloži trenutačnu sliku stanja kao usuglašenu
propose-deadline = Rok (UTC)
col-note = Napomena
propose-submit = Predloži
facts-open = Činjenice koje se uzimaju u obzir pri mogućnostima
facts-persons = Odgovorne osobe ili subjekti utvrđeni su
facts-attempted = Aktivnost je ostala u pokušaju (osujećena ili bez učinka)
facts-dialogue = U tijeku je dijalog s predmetnom državom
facts-regime = Na dotične se već primjenjuje režim sankcija protiv kibernetičkih napada
facts-partner = Odnosi s predmetnom državom
partner-unknown = nije navedeno
partner-partner = partnerski
partner-neutral = neutralni
partner-adversarial = neprijateljski
facts-apply = Uzmi u obzir ove činjenice
options-why = Zašto
package-submit = Sastavi paket od označenih mogućnosti
packages-title = Paketi
procedure-open = Pokreni postupak
procedure-subject-package = O paketu
procedure-subject-text = Ili o tekstu
procedure-open-submit = Pokreni postupak
dossier-responses = Odgovori
no-responses = U ovom spisu nije donesena nijedna odluka.
col-measures = Mjere
col-basis-legal = Pravna osnova
attribution-record-joint = Zabilježi zajedničko pripisivanje koje je donijelo Vijeće
attribution-record-national = Zabilježi nacionalno pripisivanje stranke { $party }
attribution-procedure = Doneseno postupkom
attribution-public = Javno
attribution-url = Poveznica na izjavu
attribution-submit = Zabilježi pripisivanje
procedure-close = Zatvori postupak
procedure-close-hint = Zatvaranjem se ishod utvrđuje prema trenutačnom stanju; stajališta se više ne mogu mijenjati.
event-dossier-created = Spis otvoren
event-dossier-updated = Činjenice ažurirane
event-dossier-transitioned = Status promijenjen
event-dossier-marked = Oznaka promijenjena
event-evidence-added = Dokaz dodan
event-evidence-withdrawn = Dokaz povučen
event-assessment-submitted = Procjena podnesena
event-picture-proposed = Slika stanja predložena kao usuglašena
event-picture-objected = Prigovor na predloženu sliku stanja
event-package-assembled = Paket mjera sastavljen
event-procedure-opened = Postupak pokrenut
event-procedure-position-recorded = Stajalište zabilježeno
event-procedure-closed = Postupak zatvoren
event-attribution-recorded = Pripisivanje zabilježeno
event-attribution-withdrawn = Pripisivanje povučeno

dossier-new = Otvori predmet
dossier-new-submit = Otvori predmet
marking-tlp = Razina TLP
marking-releasable-hint = druge strane osim vaše, odvojene zarezima (npr. EE, LV, EEAS)
marking-recipients = Imenovani primatelji (TLP:RED; korisnička imena odvojena zarezima)
marking-own = Stavka može imati vlastitu oznaku, jednako strogu kao oznaka predmeta ili strožu.
marking-same = oznaka predmeta
evidence-add = Dodaj dokaz
evidence-url = Poveznica
evidence-text = Tekst ili izvadak
evidence-submit = Dodaj dokaz
col-reliability = Pouzdanost izvora
col-credibility = Vjerodostojnost informacije

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Prijava je trajala predugo ili obrazac nije s ove stranice. Prijavite se ponovno.
second-step-title = Drugi faktor
second-step-intro = Vaša je lozinka točna. Upišite kôd koji vam sada prikazuje aplikacija za autentifikaciju.
second-step-code = Šesteroznamenkasti kôd
second-step-failed = Taj je kôd pogrešan, istekao ili već iskorišten. Pričekajte sljedeći kôd i pokušajte ponovno.
second-step-recovery = Izgubili ste autentifikator?
second-step-recovery-code = Kôd za oporavak
second-step-hint = Svaki kôd vrijedi samo jednom. Bez autentifikatora ili koda za oporavak zamolite sigurnosnog službenika svoje strane da poništi vaš drugi faktor.
enrol-title = Postavite drugi faktor
enrol-required = Vaš račun upravlja računima ili sigurnosnim provjerama: treba mu drugi faktor prije nego što išta drugo učinite.
enrol-failed = Taj kôd ne odgovara ovoj tajni. Provjerite vrijeme na uređaju i upišite kôd koji sada prikazuje.
enrol-step-app = Dodajte ovu tajnu u aplikaciju za autentifikaciju (vremenski, 6 znamenki, 30 sekundi):
enrol-open-app = Otvori u aplikaciji za autentifikaciju
enrol-step-code = Za potvrdu upišite kôd koji prikazuje aplikacija:
enrol-confirm = Potvrdi
enrol-done = Vaš je drugi faktor postavljen. Od sada se prijavljujete lozinkom i kodom.
enrol-recovery-title = Kodovi za oporavak
enrol-recovery-hint = Čuvajte ove kodove na sigurnom mjestu. Svaki vas jednom prijavljuje umjesto koda. Prikazuju se samo sada.
enrol-continue = Nastavi
enrol-already = Vaš račun ima drugi faktor. Ako izgubite autentifikator, poništit će ga sigurnosni službenik vaše strane.
login-sso = Prijava putem { $provider }
sso-refused-title = Nema pristupa
sso-refused-unmapped = { $provider } vas je prijavio, ali nijedno pravilo ove instance ne daje pristup vašem računu. Sigurnosni službenik vaše strane mora za vas dodati pravilo prijave.
sso-refused-ambiguous = { $provider } vas je prijavio, ali vašem računu odgovaraju pravila više strana pa ova instanca ne može utvrditi u čije ime djelujete. Obratite se svom sigurnosnom službeniku.
sso-refused-disabled = Vaš je račun na ovoj instanci onemogućen.
sso-refused-party = Vaš račun djeluje u ime druge strane od one koju vam sada dodjeljuju pravila. Obratite se svom sigurnosnom službeniku.
sso-refused-hint = Ovaj je pokušaj zabilježen u revizijskom tragu.
sso-failed-title = Prijava nije uspjela
sso-failed = Prijava putem { $provider } nije uspjela: { $reason }
sso-continue = Nastavi


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tablice stanovništva iz Priloga III.
admin-population-intro = Podaci o stanovništvu koji odlučuju o kvalificiranoj većini (Poslovnik Vijeća, Prilog III.). Glasovanje upotrebljava tablicu svoje godine; ako ona nije učitana, najbližu, i to navodi.
col-origin = Podrijetlo
col-total = Stanovništvo Unije
origin-shipped = isporučena s entente
origin-imported = učitana u ovu instancu
population-replaced = zamijenjena kasnijim učitavanjem
admin-population-label = Tablica za učitavanje (JSON: godina, izvor, ukupno, podaci 27 država članica)
admin-population-submit = Učitaj tablicu
population-table-in-force = Stanovništvo: tablica iz Priloga III. za godinu { $year }, na snazi u vrijeme glasovanja.
population-table-older = Stanovništvo: upotrijebljena je tablica iz Priloga III. za godinu { $year }, a ne tablica na snazi u vrijeme glasovanja ({ $current }), koja nije učitana. Administrator je može učitati na stranici za administraciju.
population-table-supplied = Stanovništvo: podaci dostavljeni s postupkom.
robustness-holds = Ishod vrijedi pri svakoj izmjeni podataka o stanovništvu do ±2 %.
robustness-close = Tijesno: izmjena podataka o stanovništvu do ±2 % mogla bi promijeniti ishod. Provjerite s tablicom na snazi.
margin-members-in-favour = Članovi za: { $actual }; potrebno: { $required } (razlika: { $margin })
margin-population-in-favour = Stanovništvo za: { $actual }; potrebno: { $required } (razlika: { $margin }; u postotnim bodovima: { $points })
margin-blocking-minority = Članovi koji ne glasuju za: { $actual }; blokirajućoj manjini potrebno je: { $required }
margin-declared-members = Članovi suzdržani uz službenu izjavu: { $actual }; akt se zaustavlja od: { $required }
margin-declared-population = Stanovništvo članova suzdržanih uz službenu izjavu: { $actual }; akt se zaustavlja od: { $required } (u postotnim bodovima: { $points })
