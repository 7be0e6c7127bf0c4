# Az entente felületének üzenetei: magyar.
# A TLP-jelöléseket (TLP:AMBER ...) soha nem fordítjuk le (FIRST TLP 2.0, 1b. szakasz).

skip-to-content = Ugrás a tartalomra
banner-highest = Az oldal legmagasabb jelölése:
nav-main = Fő navigáció
nav-language = Nyelv
nav-dashboard = Áttekintés
nav-dossiers = Dossziék
nav-search = Keresés
nav-audit = Ellenőrzési napló
nav-admin = Adminisztráció
sign-in = Bejelentkezés
sign-out = Kijelentkezés
anonymous = Nincs bejelentkezve (nyilvános nézet: csak TLP:CLEAR)
footer-note = entente, az EU kiberdiplomáciai eszköztára. A jelölések a FIRST TLP 2.0-t és a Tanács 2013/488/EU határozatát követik.
back-to-dashboard = Vissza az áttekintéshez

login-user = Felhasználónév
login-password = Jelszó
login-failed = A felhasználónév vagy a jelszó nem helyes.
login-anonymous-hint = Bejelentkezés nélkül csak nyilvános információk (TLP:CLEAR) láthatók.

error-not-found = Nem található
error-forbidden = Nem engedélyezett
error-invalid = A kérés nem értelmezhető
error-server = Hiba történt

status-detected = Észlelve
status-assessing = Értékelés alatt
status-deliberating = Tanácskozás alatt
status-responded = Válaszlépés elfogadva
status-closed = Lezárva

dashboard-title = Áttekintés
dashboard-by-status = Dossziék állapot szerint
dashboard-recent-dossiers = Legújabb dossziék
dashboard-charts = A dossziék számokban
dashboard-recent-events = Legutóbbi tevékenység
all-dossiers = Összes dosszié
no-dossiers = Nincs megjeleníthető dosszié.
no-events = Nincs megjeleníthető tevékenység.

dossier-count =
    { $count ->
        [one] { $count } dosszié
       *[other] { $count } dosszié
    }
party-count =
    { $count ->
        [one] { $count } fél
       *[other] { $count } fél
    }
audit-intro =
    { $count ->
        [one] A napló { $count } eseményt tartalmaz. Azokat az eseményeket látja, amelyeket a jelölései lehetővé tesznek.
       *[other] A napló { $count } eseményt tartalmaz. Azokat az eseményeket látja, amelyeket a jelölései lehetővé tesznek.
    }

chart-by-year = Dossziék az első észlelés éve szerint
chart-by-sector = Dossziék az érintett ágazat szerint
chart-by-victim = Dossziék az érintett ország szerint
chart-as-table = A számok megjelenítése táblázatban
chart-empty = Még nincsenek adatok.

col-title = Cím
col-status = Állapot
col-first-seen = Első észlelés
col-victims = Érintettek
col-marking = Jelölés
col-time = Időpont
col-event = Esemény
col-actor = Végrehajtó
col-year = Év
col-dossiers = Dossziék
col-sector = Ágazat
col-country = Ország
col-id = Kód
col-name = Név
col-kind = Típus

dossiers-title = Dossziék
filter-text = A cím tartalmazza
filter-any = Bármely
filter-victim = Érintett ország (kód)
filter-apply = Szűrők alkalmazása
pagination = Oldalak
page-prev = Előző oldal
page-next = Következő oldal
page-of = { $page }. oldal / { $pages }

search-title = Keresés mindenben, amit láthat
search-label = Szavak, nevek, azonosítók (T0800) vagy „kifejezés”, bármely nyelven
search-button = Keresés
search-results =
    { $count ->
        [one] { $count } találat
       *[other] { $count } találat
    }
search-kind-dossier = Dossziék
search-kind-evidence = Bizonyítékok
search-kind-assessment = Értékelések
search-kind-attribution = Tulajdonítások
search-kind-stix = STIX-objektumok
search-sort = Rendezés
search-sort-relevance = Relevancia
search-sort-date = Legújabb elöl
search-from = Ettől (dátum)
search-to = Eddig (dátum)
search-none = Semmi, amit láthat, nem felel meg ezeknek a szavaknak.
search-dossier = Dosszié

dossier-origin = Kibocsátó
marking-releasable = Továbbítható
dossier-summary = Összefoglaló
no-summary = Még nincs összefoglaló.
shown-in = Megjelenítés nyelve:
dossier-versions = Nyelvi változatok
dossier-last-seen = Utolsó észlelés
dossier-timeline = Idővonal
dossier-sources = Források

admin-title = Adminisztráció
admin-parties = Felek
party-kind-member-state = Tagállam
party-kind-eu-body = Uniós intézmény vagy szerv
party-kind-partner-state = Partnerország
party-kind-international-organisation = Nemzetközi szervezet

audit-title = Ellenőrzési napló

dossier-evidence = Bizonyítékok
no-evidence = Nincs olyan bizonyíték, amelyet megtekinthet.
evidence-withdrawn = visszavonva
col-source = Forrás
col-grading = Minősítés (Admiralty-skála)
col-party = Fél
dossier-assessments = A felek értékelései
no-assessments = Még nincs olyan értékelés, amelyet megtekinthet.
heat-legend = Szintek 0-tól (legalacsonyabb) 4-ig (legmagasabb) a Tanács 2017. évi következtetéseinek minden dimenziójában; a – jelentése: nincs értékelve. Minden cella feltünteti a szintjét; a szín csak megismétli azt.
col-confidence = Bizonyossági szint
dossier-picture = Közös helyzetkép
picture-severity = Súlyosság
picture-aggregate = összesített pontszám
picture-parties =
    { $count ->
        [one] { $count } fél figyelembe véve
       *[other] { $count } fél figyelembe véve
    }
picture-agreed =
    { $count ->
        [one] { $count } elfogadott változat
       *[other] { $count } elfogadott változat
    }
picture-open-proposals =
    { $count ->
        [one] { $count } nyitott javaslat
       *[other] { $count } nyitott javaslat
    }
col-dimension = Dimenzió
col-median = Medián
col-range = Terjedelem
col-scored-by = Értékelők
col-dissent = Eltérések (távolság a mediántól)
severity-low = Alacsony
severity-moderate = Mérsékelt
severity-serious = Komoly
severity-severe = Súlyos
severity-critical = Kritikus
severity-unknown = Még nem ismert
dim-scope = Kiterjedés
dim-scale = Nagyságrend
dim-duration = Időtartam
dim-intensity = Intenzitás
dim-complexity = Összetettség
dim-sophistication = Kifinomultság
dim-impact = Hatás
dossier-procedures = Eljárások
no-procedures = Nincs olyan eljárás, amelyet megtekinthet.
col-subject = Tárgy
col-rule = Döntéshozatali szabály
col-deadline = Határidő
col-state = Állás
col-tally = Szavazatszámlálás
tally-for = Mellette
tally-against = Ellene
tally-abstain = Tartózkodott
procedure-package = { $id } csomag
procedure-state-open = Folyamatban
procedure-state-expired = A határidő lejárt
procedure-state-closed = Lezárva
outcome-adopted = Elfogadva
outcome-not-adopted = Nincs elfogadva
outcome-pending = Függőben
outcome-undetermined = Nem eldöntött
outcome-provisional = Ha az álláspontok nem változnak
position-for = Mellette
position-against = Ellene
position-abstain = Tartózkodás
position-declared-abstain = Konstruktív tartózkodás (nyilatkozat)
position-not-participating = Nem vesz részt
positions-recorded =
    { $count ->
        [one] { $count } rögzített álláspont
       *[other] { $count } rögzített álláspont
    }
procedure-title = Eljárás
back-to-dossier = Vissza a dossziéhoz
time-left = hátralévő idő:
position-record = Rögzítse álláspontját
position-label = Álláspont
declaration-label = Nyilatkozat (nem kötelező)
position-submit = Álláspont rögzítése
procedure-positions = Álláspontok
no-positions = Még nincs rögzített álláspont.
col-position = Álláspont
col-declaration = Nyilatkozat
admin-users = Fiókok
admin-users-hint = A fiókok csak az adminisztrátorok számára láthatók.
user-count =
    { $count ->
        [one] { $count } fiók
       *[other] { $count } fiók
    }
col-roles = Szerepkörök
col-clearance = Személyi biztonsági tanúsítvány
user-disabled = Letiltva
user-active = Aktív
assess-open = Az Ön által képviselt fél értékelésének benyújtása
assess-summary = Összefoglaló (nem kötelező)
assess-submit = Az értékelés benyújtása
col-level = Szint
col-rationale = Indokolás
confidence-low = Alacsony
confidence-moderate = Mérsékelt
confidence-high = Magas
dossier-attributions = Felelősség megállapítása
attribution-state = A felelősség megállapításának állása
attribution-state-none = Nincs rögzítve
attribution-state-national = Nemzeti szintű megállapítások
attribution-state-joint = Közös uniós megállapítás
attribution-joint = közös
col-actor-attributed = Felelős szereplő
col-likelihood = Valószínűség (ICD 203)
col-basis = Alap
col-date = Dátum
dashboard-open-procedures = Folyamatban lévő eljárások
no-open-procedures = Nincs olyan folyamatban lévő eljárás, amelyet megtekinthet.
col-your-position = Az Ön által képviselt fél álláspontja
position-needed = Szükséges
chart-by-actor = Dossziék a felelősnek tartott szereplő szerint
dossier-options = Válaszlépési lehetőségek
options-basis = Az arányossági modul rangsorolja őket a legutóbb elfogadott helyzetkép és a rögzített felelősségmegállapítások alapján, további tények figyelembevétele nélkül.
options-available = Rendelkezésre állók, a legkevésbé eszkalálóval kezdve
options-not-available = Jelenleg nem állnak rendelkezésre, és miért
options-escalation = eszkaláció
options-need-agreed = A lehetőségek rangsorolására akkor kerül sor, amikor a felek megállapodtak egy közös helyzetképben.

rule-unanimity = Egyhangúság
rule-qmv = Minősített többség
rule-rqmv = Megerősített minősített többség
rule-simple = Egyszerű többség
rule-silence = Hallgatólagos jóváhagyási eljárás
rule-none = Nincs szükség tanácsi határozatra

option-category-preventive = Megelőző intézkedések
option-category-cooperative = Együttműködési intézkedések
option-category-stability = Stabilitási intézkedések
option-category-restrictive = Korlátozó intézkedések
option-category-support = A tagállamok jogszerű válaszlépéseinek támogatása

measure-confidence-building = Bizalomépítő intézkedések
measure-awareness-raising = Figyelemfelkeltés az uniós szakpolitikákról
measure-capacity-building = Kiberkapacitás-építés harmadik országokban
measure-eu-dialogue = Az EU által vezetett politikai és tematikus párbeszédek
measure-delegation-demarche = Az uniós küldöttségek demarsai
measure-hr-statement = A főképviselő nyilatkozata
measure-eu-declaration = A főképviselő nyilatkozata az EU nevében
measure-council-conclusions = Tanácsi következtetések
measure-diplomatic-demarche = Diplomáciai demars az érintett államnál
measure-restrictive-listing = Korlátozó intézkedések: jegyzékbe vétel a (KKBP) 2019/797 határozat és az (EU) 2019/796 rendelet alapján
measure-support-lawful-response = Egy tagállam jogszerű válaszlépésének támogatása
measure-mutual-assistance-42-7 = Kölcsönös segítségnyújtás az EUSZ 42. cikkének (7) bekezdése alapján
measure-solidarity-clause-222 = Szolidaritási klauzula az EUMSZ 222. cikke alapján

likelihood-almost-no-chance = szinte kizárt
likelihood-very-unlikely = nagyon valószínűtlen
likelihood-unlikely = valószínűtlen
likelihood-roughly-even-chance = nagyjából azonos esély
likelihood-likely = valószínű
likelihood-very-likely = nagyon valószínű
likelihood-almost-certain = szinte biztos

basis-technical = technikai
basis-intelligence = hírszerzési
basis-political = politikai

reliability-a = teljesen megbízható
reliability-b = általában megbízható
reliability-c = meglehetősen megbízható
reliability-d = általában nem megbízható
reliability-e = megbízhatatlan
reliability-f = a megbízhatóság nem ítélhető meg
credibility-1 = más források megerősítették
credibility-2 = valószínűleg igaz
credibility-3 = lehetséges, hogy igaz
credibility-4 = kétséges
credibility-5 = valószínűtlen
credibility-6 = a valóságtartalom nem ítélhető meg

evidence-kind-document = Dokumentum
evidence-kind-link = Hivatkozás
evidence-kind-stix = STIX-objektum

role-delegate = Küldött
role-analyst = Elemző
role-drafter = Szövegező
role-chair = Elnökség
role-observer = Megfigyelő
role-admin = Adminisztrátor
role-security_officer = Biztonsági tisztviselő
role-operator = A példány üzemeltetője

sector-energy = Energia
sector-transport = Közlekedés
sector-banking = Bankügyletek
sector-financial = Pénzügyi piaci infrastruktúrák
sector-health = Egészségügy
sector-drinking-water = Ivóvíz
sector-waste-water = Szennyvíz
sector-digital-infrastructure = Digitális infrastruktúra
sector-ict-services = IKT-szolgáltatások kezelése (vállalkozások között)
sector-public-administration = Közigazgatás
sector-space = Világűr
sector-courier = Postai és futárszolgálatok
sector-waste-management = Hulladékgazdálkodás
sector-chemical = Vegyi anyagok előállítása, gyártása és forgalmazása
sector-food = Élelmiszer-előállítás, -feldolgozás és -forgalmazás
sector-manufacturing = Gyártás
sector-digital-providers = Digitális szolgáltatók
sector-research = Kutatás
sector-parliament = Parlamentek és jogalkotó testületek
sector-political-parties = Politikai pártok és választási kampányok
sector-international-organisation = Nemzetközi szervezetek
sector-defence = Védelem és fegyveres erők
sector-media-civil-society = Média, civil társadalom és tudományos élet

login-account-needed = Ez a példány fiók nélkül semmit sem jelenít meg. Fiókot a fele biztonsági tisztviselője adhat Önnek.
password-change = Új jelszó választása
password-change-reset = A fele egyik biztonsági tisztviselője visszaállította a jelszavát. A folytatás előtt válasszon újat; a kapott jelszó nem lesz többé érvényes.
password-current = Jelenlegi jelszó
password-new = Új jelszó (legalább 12 karakter, nem a felhasználónév)
password-change-submit = Jelszó módosítása

activity-intro = Az Ön jelöléseinek megfelelően látható események, a legrégebbivel kezdve.
audit-trail-intro = Az ellenőrzési napló: bejelentkezések, fiókmódosítások, írások, naplózott olvasások és exportok, a legújabbal kezdve, amennyire szerepköre és jelölései engedik.
filter-user = Felhasználó
filter-party = Fél
filter-object = Objektum (egy ügy vagy egy elem azonosítója)
filter-since = Ettől (dátum)
filter-type = Eseménytípus
stage-title = A dosszié állása
stage-picture = Közös helyzetkép
stage-picture-agreed = elfogadva
stage-picture-proposed = javasolva, kifogás emelhető
stage-picture-assessed =
    { $count ->
        [one] { $count } fél nyújtotta be értékelését
       *[other] { $count } fél nyújtotta be értékelését
    }
stage-options = Válaszlépési lehetőségek
stage-options-available =
    { $count ->
        [one] { $count } lehetőség áll rendelkezésre
       *[other] { $count } lehetőség áll rendelkezésre
    }
stage-options-need-picture = a helyzetkép elfogadása után
stage-procedure = Döntés
stage-procedure-open = eljárás van folyamatban
stage-procedure-none =
    { $count ->
        [one] még nincs eljárás; { $count } csomag összeállítva
       *[other] még nincs eljárás; { $count } csomag összeállítva
    }
stage-procedure-closed = lezárva
stage-response = Válaszlépés
stage-response-adopted =
    { $count ->
        [one] { $count } határozat elfogadva
       *[other] { $count } határozat elfogadva
    }
stage-attribution = Felelősség megállapítása
await-title = Az Ön teendői
await-assess = Nyújtsa be a következő fél értékelését: { $party }.
await-proposal = Egy javasolt helyzetképpel szemben { $deadline } időpontig lehet kifogást emelni: emeljen kifogást, ha az Ön által képviselt fél nem ért egyet, vagy hallgasson, ha egyetért.
await-position = Rögzítse a következő fél álláspontját a folyamatban lévő eljárásban: { $party }.
await-propose = Javasolja a jelenlegi helyzetképet elfogadott helyzetképként.
await-package = Állítson össze csomagot a rendelkezésre álló lehetőségekből.
await-open = Indítson eljárást a csomagról.
await-close = Egy eljárás határideje lejárt: zárja le az eljárást, hogy eredménye rögzüljön.
sections-nav = A dosszié részei
basis-picture = A tagállamok által elfogadott közös helyzetismeret (a Tanács 2017. június 19-i következtetései, 5. pont); akkor tekintendő elfogadottnak, ha a kifogásolási határidő kifogás nélkül lejár.
basis-options = A tevékenység kiterjedésével, nagyságrendjével, időtartamával, intenzitásával, összetettségével, kifinomultságával és hatásával arányos intézkedések (a Tanács 2017. június 19-i következtetései, 5. pont).
basis-procedure = A KKBP-határozatokat egyhangúlag kell elfogadni (EUSZ 31. cikk (1) bekezdés); a Tanács eljárási szabályzata szerinti hallgatólagos jóváhagyási eljárásban (12. cikk (2) bekezdés) a szöveg elfogadottnak tekintendő, hacsak valamely tag a határidő lejárta előtt kifogást nem emel.
basis-attribution = A felelősség megállapítása az egyes tagállamok szuverén politikai döntése (a Tanács 2017. június 19-i következtetései, 4. pont); a közös felelősségmegállapítást a Tanács fogadja el.
proposals-title = Javaslatok az elfogadott helyzetképre
proposal-open = kifogás emelhető
proposal-objected = kifogást emeltek
proposal-agreed = elfogadva
col-objections = Kifogások
objection-reason = A kifogás indoka ({ $party })
objection-hint = Egyetlen kifogás is megakasztja a javaslatot; a határidő lejártáig tartó hallgatás egyetértést jelent.
objection-submit = Kifogás emelése
propose-open = A jelenlegi helyzetkép javaslása elfogadottként
propose-deadline = Határidő (UTC)
col-note = Megjegyzés
propose-submit = Javaslattétel
facts-open = A lehetőségek mérlegelésénél figyelembe vett tények
facts-persons = A felelős személyek vagy szervezetek azonosítva vannak
facts-attempted = A tevékenység kísérlet maradt (meghiúsult vagy hatástalan volt)
facts-dialogue = Párbeszéd folyik az érintett állammal
facts-regime = Az érintettekre már alkalmazandó a kibertámadások elleni szankciós rendszer
facts-partner = Kapcsolatok az érintett állammal
partner-unknown = nincs megadva
partner-partner = partner
partner-neutral = semleges
partner-adversarial = ellenséges
facts-apply = E tények figyelembevétele
options-why = Miért
package-submit = Csomag összeállítása a bejelölt lehetőségekből
packages-title = Csomagok
procedure-open = Eljárás indítása
procedure-subject-package = Csomagról
procedure-subject-text = Vagy szövegről
procedure-open-submit = Az eljárás indítása
dossier-responses = Válaszlépések
no-responses = E dossziéban nem fogadtak el határozatot.
col-measures = Intézkedések
col-basis-legal = Jogalap
attribution-record-joint = A Tanács által elfogadott közös felelősségmegállapítás rögzítése
attribution-record-national = A következő fél nemzeti felelősségmegállapításának rögzítése: { $party }
attribution-procedure = Az elfogadás eljárása
attribution-public = Nyilvános
attribution-url = Hivatkozás a nyilatkozatra
attribution-submit = A felelősségmegállapítás rögzítése
procedure-close = Az eljárás lezárása
procedure-close-hint = A lezárás a jelenlegi állás szerint rögzíti az eredményt; az álláspontok ezután már nem módosíthatók.
event-dossier-created = Dosszié megnyitva
event-dossier-updated = Tények frissítve
event-dossier-transitioned = Állapot módosítva
event-dossier-marked = Jelölés módosítva
event-evidence-added = Bizonyíték hozzáadva
event-evidence-withdrawn = Bizonyíték visszavonva
event-assessment-submitted = Értékelés benyújtva
event-picture-proposed = Helyzetkép elfogadásra javasolva
event-picture-objected = Kifogás a javasolt helyzetképpel szemben
event-package-assembled = Intézkedéscsomag összeállítva
event-procedure-opened = Eljárás megindítva
event-procedure-position-recorded = Álláspont rögzítve
event-procedure-closed = Eljárás lezárva
event-attribution-recorded = Felelősségmegállapítás rögzítve
event-attribution-withdrawn = Felelősségmegállapítás visszavonva

dossier-new = Ügy megnyitása
dossier-new-submit = Az ügy megnyitása
marking-tlp = TLP-szint
marking-releasable-hint = az Önétől eltérő felek, vesszővel elválasztva (pl. EE, LV, EEAS)
marking-recipients = Név szerint megjelölt címzettek (TLP:RED; felhasználónevek vesszővel elválasztva)
marking-own = Egy elem saját jelölést is kaphat, amely legalább olyan szigorú, mint az ügyé.
marking-same = az ügyé
evidence-add = Bizonyíték hozzáadása
evidence-url = Hivatkozás
evidence-text = Szöveg vagy kivonat
evidence-submit = A bizonyíték hozzáadása
col-reliability = A forrás megbízhatósága
col-credibility = Az információ hitelessége

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = A bejelentkezés túl sokáig tartott, vagy az űrlap nem erről a webhelyről származott. Jelentkezzen be újra.
second-step-title = Második tényező
second-step-intro = A jelszava helyes. Írja be a hitelesítő alkalmazása által most mutatott kódot.
second-step-code = Hatjegyű kód
second-step-failed = Ez a kód hibás, lejárt vagy már felhasználták. Várja meg a következő kódot, és próbálja újra.
second-step-recovery = Elvesztette a hitelesítőjét?
second-step-recovery-code = Helyreállító kód
second-step-hint = Minden kód csak egyszer használható. Hitelesítő vagy helyreállító kód nélkül kérje meg a fele biztonsági tisztviselőjét, hogy állítsa vissza a második tényezőjét.
enrol-title = Állítsa be a második tényezőt
enrol-required = Fiókja fiókokat vagy biztonsági tanúsítványokat kezel: második tényező kell hozzá, mielőtt bármi mást tehetne.
enrol-failed = Ez a kód nem illik ehhez a titokhoz. Ellenőrizze az eszköze óráját, és írja be a most mutatott kódot.
enrol-step-app = Adja hozzá ezt a titkot egy hitelesítő alkalmazáshoz (időalapú, 6 számjegy, 30 másodperc):
enrol-open-app = Megnyitás hitelesítő alkalmazásban
enrol-step-code = A megerősítéshez írja be az alkalmazás által mutatott kódot:
enrol-confirm = Megerősítés
enrol-done = A második tényező beállítva. Mostantól jelszóval és kóddal jelentkezik be.
enrol-recovery-title = Helyreállító kódok
enrol-recovery-hint = Tartsa ezeket a kódokat biztonságos helyen. Mindegyik egyszer egy kód helyett bejelentkezteti. Csak most jelennek meg.
enrol-continue = Tovább
enrol-already = Fiókjának van második tényezője. Ha elveszti a hitelesítőjét, a fele biztonsági tisztviselője visszaállítja.
login-sso = Bejelentkezés ezzel: { $provider }
sso-refused-title = Nincs hozzáférés
sso-refused-unmapped = A(z) { $provider } bejelentkeztette Önt, de ennek a példánynak egyetlen szabálya sem ad hozzáférést a fiókjának. A fele biztonsági tisztviselőjének bejelentkezési szabályt kell felvennie Önnek.
sso-refused-ambiguous = A(z) { $provider } bejelentkeztette Önt, de fiókjára több fél szabályai is illenek, így ez a példány nem tudja, kinek a nevében jár el. Forduljon a biztonsági tisztviselőjéhez.
sso-refused-disabled = Fiókja ebben a példányban le van tiltva.
sso-refused-party = Fiókja más fél nevében jár el, mint akit a szabályok most Önhöz rendelnek. Forduljon a biztonsági tisztviselőjéhez.
sso-refused-hint = Ez a kísérlet bekerült az ellenőrzési naplóba.
sso-failed-title = Sikertelen bejelentkezés
sso-failed = A bejelentkezés ezzel: { $provider } nem sikerült: { $reason }
sso-continue = Tovább


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = A III. melléklet népességi táblázatai
admin-population-intro = A minősített többséget eldöntő népességi adatok (a Tanács eljárási szabályzata, III. melléklet). A szavazás a saját évének táblázatát használja; ha az nincs betöltve, a legközelebbit, és ezt jelzi.
col-origin = Eredet
col-total = Az Unió népessége
origin-shipped = az entente-tel szállítva
origin-imported = ebbe a példányba betöltve
population-replaced = egy későbbi betöltés felváltotta
admin-population-label = Betöltendő táblázat (JSON: év, forrás, összesen, a 27 tagállam adatai)
admin-population-submit = Táblázat betöltése
population-table-in-force = Népesség: a III. melléklet { $year }. évi táblázata, amely a szavazás idején hatályos volt.
population-table-older = Népesség: a III. melléklet { $year }. évi táblázatát használtuk, nem a szavazás idején hatályos táblázatot ({ $current }), amely nincs betöltve. Egy adminisztrátor betöltheti az adminisztrációs oldalon.
population-table-supplied = Népesség: az eljárással együtt megadott adatok.
robustness-holds = Az eredmény a népességi adatok legfeljebb ±2 %-os módosítása esetén is megmarad.
robustness-close = Szoros: a népességi adatok legfeljebb ±2 %-os módosítása megváltoztathatja az eredményt. Ellenőrizze a hatályos táblázattal.
margin-members-in-favour = Mellette szavazó tagok: { $actual }; szükséges: { $required } (tartalék: { $margin })
margin-population-in-favour = Mellette szavazók népessége: { $actual }; szükséges: { $required } (tartalék: { $margin }; százalékpontban: { $points })
margin-blocking-minority = Nem mellette szavazó tagok: { $actual }; a blokkoló kisebbséghez szükséges: { $required }
margin-declared-members = Hivatalos nyilatkozattal tartózkodó tagok: { $actual }; a jogi aktus megakad ettől: { $required }
margin-declared-population = A hivatalos nyilatkozattal tartózkodó tagok népessége: { $actual }; a jogi aktus megakad ettől: { $required } (százalékpontban: { $points })
