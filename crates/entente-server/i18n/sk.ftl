# Správy rozhrania entente: slovenčina.
# Označenia TLP (TLP:AMBER ...) sa nikdy neprekladajú (FIRST TLP 2.0, oddiel 1b).

skip-to-content = Prejsť na obsah
banner-highest = Najvyššie označenie na tejto stránke:
nav-main = Hlavná navigácia
nav-language = Jazyk
nav-dashboard = Prehľad
nav-dossiers = Spisy
nav-search = Vyhľadávanie
nav-audit = Auditný záznam
nav-admin = Správa
sign-in = Prihlásiť sa
sign-out = Odhlásiť sa
anonymous = Neprihlásený (verejné zobrazenie: iba TLP:CLEAR)
footer-note = entente, súbor nástrojov kybernetickej diplomacie EÚ. Označenia sa riadia FIRST TLP 2.0 a rozhodnutím Rady 2013/488/EÚ.
back-to-dashboard = Späť na prehľad

login-user = Používateľské meno
login-password = Heslo
login-failed = Používateľské meno alebo heslo nie je správne.
login-anonymous-hint = Bez prihlásenia sa zobrazujú iba verejné informácie (TLP:CLEAR).

error-not-found = Nenašlo sa
error-forbidden = Nepovolené
error-invalid = Požiadavke nebolo možné porozumieť
error-server = Vyskytla sa chyba

status-detected = Zistené
status-assessing = Prebieha posudzovanie
status-deliberating = Prebieha rokovanie
status-responded = Reakcia prijatá
status-closed = Uzavreté

dashboard-title = Prehľad
dashboard-by-status = Spisy podľa stavu
dashboard-recent-dossiers = Najnovšie spisy
dashboard-charts = Spisy v číslach
dashboard-recent-events = Nedávna činnosť
all-dossiers = Všetky spisy
no-dossiers = Žiadne spisy na zobrazenie.
no-events = Žiadna činnosť na zobrazenie.

dossier-count =
    { $count ->
        [one] { $count } spis
        [few] { $count } spisy
        [many] { $count } spisu
       *[other] { $count } spisov
    }
party-count =
    { $count ->
        [one] { $count } strana
        [few] { $count } strany
        [many] { $count } strany
       *[other] { $count } strán
    }
audit-intro =
    { $count ->
        [one] Záznam obsahuje { $count } udalosť. Zobrazujú sa udalosti, ktoré vaše označenia povoľujú.
        [few] Záznam obsahuje { $count } udalosti. Zobrazujú sa udalosti, ktoré vaše označenia povoľujú.
        [many] Záznam obsahuje { $count } udalosti. Zobrazujú sa udalosti, ktoré vaše označenia povoľujú.
       *[other] Záznam obsahuje { $count } udalostí. Zobrazujú sa udalosti, ktoré vaše označenia povoľujú.
    }

chart-by-year = Spisy podľa roku prvého zistenia
chart-by-sector = Spisy podľa zasiahnutého odvetvia
chart-by-victim = Spisy podľa zasiahnutej krajiny
chart-as-table = Zobraziť čísla v tabuľke
chart-empty = Zatiaľ žiadne údaje.

col-title = Názov
col-status = Stav
col-first-seen = Prvé zistenie
col-victims = Zasiahnuté
col-marking = Označenie
col-time = Čas
col-event = Udalosť
col-actor = Vykonal
col-year = Rok
col-dossiers = Spisy
col-sector = Odvetvie
col-country = Krajina
col-id = Kód
col-name = Názov
col-kind = Druh

dossiers-title = Spisy
filter-text = Názov obsahuje
filter-any = Akýkoľvek
filter-victim = Zasiahnutá krajina (kód)
filter-apply = Použiť filtre
pagination = Stránky
page-prev = Predchádzajúca stránka
page-next = Nasledujúca stránka
page-of = Stránka { $page } z { $pages }

search-title = Hľadať vo všetkom, čo smiete vidieť
search-label = Slová, mená, identifikátory (T0800) alebo „fráza“, v ktoromkoľvek jazyku
search-button = Hľadať
search-results =
    { $count ->
        [one] { $count } výsledok
        [few] { $count } výsledky
        [many] { $count } výsledku
       *[other] { $count } výsledkov
    }
search-kind-dossier = Spisy
search-kind-evidence = Dôkazy
search-kind-assessment = Posúdenia
search-kind-attribution = Pripísania
search-kind-stix = Objekty STIX
search-sort = Zoradenie
search-sort-relevance = Relevantnosť
search-sort-date = Najnovšie najskôr
search-from = Od (dátum)
search-to = Do (dátum)
search-none = Týmto slovám nezodpovedá nič, čo smiete vidieť.
search-dossier = Spis

dossier-origin = Pôvodca
marking-releasable = Možno poskytnúť
dossier-summary = Zhrnutie
no-summary = Zhrnutie zatiaľ nie je k dispozícii.
shown-in = Zobrazené v jazyku:
dossier-versions = Jazykové verzie
dossier-last-seen = Posledné zistenie
dossier-timeline = Časová os
dossier-sources = Zdroje

admin-title = Správa
admin-parties = Strany
party-kind-member-state = Členský štát
party-kind-eu-body = Inštitúcia alebo orgán EÚ
party-kind-partner-state = Partnerská krajina
party-kind-international-organisation = Medzinárodná organizácia

audit-title = Auditný záznam

dossier-evidence = Dôkazy
no-evidence = Žiadne dôkazy, ktoré smiete vidieť.
evidence-withdrawn = stiahnuté
col-source = Zdroj
col-grading = Hodnotenie (admiralitná stupnica)
col-party = Strana
dossier-assessments = Posúdenia jednotlivých strán
no-assessments = Zatiaľ žiadne posúdenia, ktoré smiete vidieť.
heat-legend = Úrovne od 0 (najnižšia) po 4 (najvyššia) v každom rozmere záverov Rady z roku 2017; – znamená neposúdené. Každá bunka uvádza svoju úroveň; farba ju len opakuje.
col-confidence = Miera istoty
dossier-picture = Spoločný obraz situácie
picture-severity = Závažnosť
picture-aggregate = súhrnné skóre
picture-parties =
    { $count ->
        [one] { $count } započítaná strana
        [few] { $count } započítané strany
        [many] { $count } započítanej strany
       *[other] { $count } započítaných strán
    }
picture-agreed =
    { $count ->
        [one] { $count } dohodnutá verzia
        [few] { $count } dohodnuté verzie
        [many] { $count } dohodnutej verzie
       *[other] { $count } dohodnutých verzií
    }
picture-open-proposals =
    { $count ->
        [one] { $count } otvorený návrh
        [few] { $count } otvorené návrhy
        [many] { $count } otvoreného návrhu
       *[other] { $count } otvorených návrhov
    }
col-dimension = Rozmer
col-median = Medián
col-range = Rozpätie
col-scored-by = Hodnotili
col-dissent = Odchýlky (vzdialenosť od mediánu)
severity-low = Nízka
severity-moderate = Stredná
severity-serious = Vážna
severity-severe = Veľmi vážna
severity-critical = Kritická
severity-unknown = Zatiaľ neznáma
dim-scope = Dosah
dim-scale = Rozsah
dim-duration = Trvanie
dim-intensity = Intenzita
dim-complexity = Zložitosť
dim-sophistication = Sofistikovanosť
dim-impact = Vplyv
dossier-procedures = Postupy
no-procedures = Žiadne postupy, ktoré smiete vidieť.
col-subject = Predmet
col-rule = Pravidlo rozhodovania
col-deadline = Lehota
col-state = Stav
col-tally = Sčítanie hlasov
tally-for = Za
tally-against = Proti
tally-abstain = Zdržali sa
procedure-package = Balík { $id }
procedure-state-open = Otvorený
procedure-state-expired = Lehota uplynula
procedure-state-closed = Uzavretý
outcome-adopted = Prijaté
outcome-not-adopted = Neprijaté
outcome-pending = Čaká sa
outcome-undetermined = Nerozhodnuté
outcome-provisional = Ak sa pozície nezmenia
position-for = Za
position-against = Proti
position-abstain = Zdržanie sa hlasovania
position-declared-abstain = Konštruktívne zdržanie sa hlasovania (vyhlásenie)
position-not-participating = Nezúčastňuje sa
positions-recorded =
    { $count ->
        [one] { $count } zaznamenaná pozícia
        [few] { $count } zaznamenané pozície
        [many] { $count } zaznamenanej pozície
       *[other] { $count } zaznamenaných pozícií
    }
procedure-title = Postup
back-to-dossier = Späť na spis
time-left = zostávajúci čas:
position-record = Zaznamenajte svoju pozíciu
position-label = Pozícia
declaration-label = Vyhlásenie (nepovinné)
position-submit = Zaznamenať pozíciu
procedure-positions = Pozície
no-positions = Zatiaľ neboli zaznamenané žiadne pozície.
col-position = Pozícia
col-declaration = Vyhlásenie
admin-users = Účty
admin-users-hint = Účty sa zobrazujú iba správcom.
user-count =
    { $count ->
        [one] { $count } účet
        [few] { $count } účty
        [many] { $count } účtu
       *[other] { $count } účtov
    }
col-roles = Roly
col-clearance = Bezpečnostná previerka
user-disabled = Deaktivovaný
user-active = Aktívny
assess-open = Predložiť posúdenie vašej strany
assess-summary = Zhrnutie (nepovinné)
assess-submit = Predložiť posúdenie
col-level = Úroveň
col-rationale = Odôvodnenie
confidence-low = Nízka
confidence-moderate = Stredná
confidence-high = Vysoká
dossier-attributions = Pripísanie zodpovednosti
attribution-state = Stav pripísania
attribution-state-none = Žiadne zaznamenané
attribution-state-national = Vnútroštátne pripísania
attribution-state-joint = Spoločné pripísanie EÚ
attribution-joint = spoločné
col-actor-attributed = Pripísané
col-likelihood = Pravdepodobnosť (ICD 203)
col-basis = Základ
col-date = Dátum
dashboard-open-procedures = Otvorené postupy
no-open-procedures = Žiadne otvorené postupy, ktoré smiete vidieť.
col-your-position = Pozícia vašej strany
position-needed = Požadovaná
chart-by-actor = Spisy podľa aktéra, ktorému je činnosť pripisovaná
dossier-options = Možnosti reakcie
options-basis = Zoradené modulom proporcionality na základe posledného dohodnutého obrazu situácie a zaznamenaných pripísaní, bez ďalších uvedených skutočností.
options-available = K dispozícii, od najmenej eskalujúcich
options-not-available = Teraz nie sú k dispozícii, a prečo
options-escalation = eskalácia
options-need-agreed = Možnosti sa zoradia, keď sa strany dohodnú na spoločnom obraze situácie.

rule-unanimity = Jednomyseľnosť
rule-qmv = Kvalifikovaná väčšina
rule-rqmv = Posilnená kvalifikovaná väčšina
rule-simple = Jednoduchá väčšina
rule-silence = Postup tichého súhlasu
rule-none = Rozhodnutie Rady nie je potrebné

option-category-preventive = Preventívne opatrenia
option-category-cooperative = Opatrenia v oblasti spolupráce
option-category-stability = Stabilizačné opatrenia
option-category-restrictive = Reštriktívne opatrenia
option-category-support = Podpora legitímnych reakcií členských štátov

measure-confidence-building = Opatrenia na budovanie dôvery
measure-awareness-raising = Zvyšovanie informovanosti o politikách EÚ
measure-capacity-building = Budovanie kybernetických kapacít v tretích krajinách
measure-eu-dialogue = Politické a tematické dialógy vedené EÚ
measure-delegation-demarche = Demarše delegácií EÚ
measure-hr-statement = Vyhlásenie vysokého predstaviteľa
measure-eu-declaration = Vyhlásenie vysokého predstaviteľa v mene EÚ
measure-council-conclusions = Závery Rady
measure-diplomatic-demarche = Diplomatický demarš voči dotknutému štátu
measure-restrictive-listing = Reštriktívne opatrenia: zaradenie do zoznamu podľa rozhodnutia (SZBP) 2019/797 a nariadenia (EÚ) 2019/796
measure-support-lawful-response = Podpora legitímnej reakcie členského štátu
measure-mutual-assistance-42-7 = Vzájomná pomoc podľa článku 42 ods. 7 Zmluvy o EÚ
measure-solidarity-clause-222 = Doložka solidarity podľa článku 222 ZFEÚ

likelihood-almost-no-chance = takmer vylúčené
likelihood-very-unlikely = veľmi nepravdepodobné
likelihood-unlikely = nepravdepodobné
likelihood-roughly-even-chance = približne rovnaká pravdepodobnosť
likelihood-likely = pravdepodobné
likelihood-very-likely = veľmi pravdepodobné
likelihood-almost-certain = takmer isté

basis-technical = technický
basis-intelligence = spravodajský
basis-political = politický

reliability-a = úplne spoľahlivý
reliability-b = zvyčajne spoľahlivý
reliability-c = pomerne spoľahlivý
reliability-d = zvyčajne nespoľahlivý
reliability-e = nespoľahlivý
reliability-f = spoľahlivosť nemožno posúdiť
credibility-1 = potvrdené inými zdrojmi
credibility-2 = pravdepodobne pravdivé
credibility-3 = možno pravdivé
credibility-4 = pochybné
credibility-5 = nepravdepodobné
credibility-6 = pravdivosť nemožno posúdiť

evidence-kind-document = Dokument
evidence-kind-link = Odkaz
evidence-kind-stix = Objekt STIX

role-delegate = Delegát
role-analyst = Analytik
role-drafter = Navrhovateľ
role-chair = Predsedníctvo
role-observer = Pozorovateľ
role-admin = Správca
role-security_officer = Bezpečnostný pracovník
role-operator = Prevádzkovateľ inštancie

sector-energy = Energetika
sector-transport = Doprava
sector-banking = Bankovníctvo
sector-financial = Infraštruktúry finančného trhu
sector-health = Zdravotníctvo
sector-drinking-water = Pitná voda
sector-waste-water = Odpadové vody
sector-digital-infrastructure = Digitálna infraštruktúra
sector-ict-services = Riadenie služieb IKT (medzi podnikmi)
sector-public-administration = Verejná správa
sector-space = Vesmír
sector-courier = Poštové a kuriérske služby
sector-waste-management = Odpadové hospodárstvo
sector-chemical = Výroba a distribúcia chemických látok
sector-food = Výroba, spracovanie a distribúcia potravín
sector-manufacturing = Výroba
sector-digital-providers = Poskytovatelia digitálnych služieb
sector-research = Výskum
sector-parliament = Parlamenty a zákonodarné orgány
sector-political-parties = Politické strany a volebné kampane
sector-international-organisation = Medzinárodné organizácie
sector-defence = Obrana a ozbrojené sily
sector-media-civil-society = Médiá, občianska spoločnosť a akademická obec

login-account-needed = Táto inštancia bez účtu nič nezobrazuje. Účet vám môže zriadiť bezpečnostný pracovník vašej strany.
password-change = Zvoľte si nové heslo
password-change-reset = Bezpečnostný pracovník vašej strany vám obnovil heslo. Pred pokračovaním si zvoľte nové; heslo, ktoré ste dostali, prestane platiť.
password-current = Súčasné heslo
password-new = Nové heslo (aspoň 12 znakov, nie používateľské meno)
password-change-submit = Zmeniť heslo

activity-intro = Udalosti, ktoré vám vaše označenia umožňujú vidieť, od najstaršej.
audit-trail-intro = Auditný záznam: prihlásenia, zmeny účtov, zápisy, auditované čítania a exporty, od najnovšieho, nakoľko to dovoľuje vaša rola a označenia.
filter-user = Používateľ
filter-party = Strana
filter-object = Objekt (spis alebo identifikátor položky)
filter-since = Od (dátum)
filter-type = Typ udalosti
stage-title = Stav spisu
stage-picture = Spoločný obraz situácie
stage-picture-agreed = dohodnutý
stage-picture-proposed = navrhnutý, možno vzniesť námietky
stage-picture-assessed =
    { $count ->
        [one] posúdenie predložila { $count } strana
        [few] posúdenie predložili { $count } strany
        [many] posúdenie predložilo { $count } strany
       *[other] posúdenie predložilo { $count } strán
    }
stage-options = Možnosti reakcie
stage-options-available =
    { $count ->
        [one] k dispozícii je { $count } možnosť
        [few] k dispozícii sú { $count } možnosti
        [many] k dispozícii je { $count } možnosti
       *[other] k dispozícii je { $count } možností
    }
stage-options-need-picture = keď sa obraz situácie dohodne
stage-procedure = Rozhodnutie
stage-procedure-open = prebieha postup
stage-procedure-none =
    { $count ->
        [one] zatiaľ žiadny postup; zostavený { $count } balík
        [few] zatiaľ žiadny postup; zostavené { $count } balíky
        [many] zatiaľ žiadny postup; zostavené { $count } balíka
       *[other] zatiaľ žiadny postup; zostavených { $count } balíkov
    }
stage-procedure-closed = uzavretý
stage-response = Reakcia
stage-response-adopted =
    { $count ->
        [one] prijaté { $count } rozhodnutie
        [few] prijaté { $count } rozhodnutia
        [many] prijaté { $count } rozhodnutia
       *[other] prijatých { $count } rozhodnutí
    }
stage-attribution = Pripísanie zodpovednosti
await-title = Čaká na vás
await-assess = Predložte posúdenie strany { $party }.
await-proposal = Proti navrhnutému obrazu situácie možno vzniesť námietku do { $deadline }: vzneste námietku, ak vaša strana nesúhlasí, alebo mlčte, čím vyjadríte súhlas.
await-position = Zaznamenajte pozíciu strany { $party } v prebiehajúcom postupe.
await-propose = Navrhnite súčasný obraz situácie ako dohodnutý.
await-package = Zostavte balík z dostupných možností.
await-open = Začnite postup k balíku.
await-close = Lehota postupu uplynula: uzavrite ho, aby sa stanovil jeho výsledok.
sections-nav = Časti spisu
basis-picture = Spoločné povedomie o situácii dohodnuté medzi členskými štátmi (závery Rady z 19. júna 2017, bod 5); obraz je dohodnutý, ak lehota na námietky uplynie bez námietky.
basis-options = Opatrenia primerané dosahu, rozsahu, trvaniu, intenzite, zložitosti, sofistikovanosti a vplyvu činnosti (závery Rady z 19. júna 2017, bod 5).
basis-procedure = Rozhodnutia v rámci SZBP sa prijímajú jednomyseľne (článok 31 ods. 1 Zmluvy o EÚ); postupom tichého súhlasu podľa rokovacieho poriadku Rady (článok 12 ods. 2) sa text prijme, ak žiadny člen pred uplynutím lehoty nevznesie námietku.
basis-attribution = Pripísanie zodpovednosti je zvrchovaným politickým rozhodnutím každého členského štátu (závery Rady z 19. júna 2017, bod 4); spoločné pripísanie prijíma Rada.
proposals-title = Návrhy dohodnutého obrazu situácie
proposal-open = možno vzniesť námietky
proposal-objected = vznesená námietka
proposal-agreed = dohodnutý
col-objections = Námietky
objection-reason = Prečo { $party } vznáša námietku
objection-hint = Jediná námietka návrh zastaví; mlčanie do uplynutia lehoty znamená súhlas.
objection-submit = Vzniesť námietku
propose-open = Navrhnúť súčasný obraz situácie ako dohodnutý
propose-deadline = Lehota (UTC)
col-note = Poznámka
propose-submit = Navrhnúť
facts-open = Skutočnosti zohľadňované v možnostiach
facts-persons = Zodpovedné osoby alebo subjekty sú identifikované
facts-attempted = Činnosť zostala v štádiu pokusu (bola zmarená alebo nemala účinok)
facts-dialogue = S dotknutým štátom prebieha dialóg
facts-regime = Na dotknuté osoby sa už vzťahuje režim sankcií proti kybernetickým útokom
facts-partner = Vzťahy s dotknutým štátom
partner-unknown = neuvedené
partner-partner = partnerské
partner-neutral = neutrálne
partner-adversarial = nepriateľské
facts-apply = Zohľadniť tieto skutočnosti
options-why = Prečo
package-submit = Zostaviť balík z označených možností
packages-title = Balíky
procedure-open = Začať postup
procedure-subject-package = K balíku
procedure-subject-text = Alebo k textu
procedure-open-submit = Začať postup
dossier-responses = Reakcie
no-responses = V tomto spise nebolo prijaté žiadne rozhodnutie.
col-measures = Opatrenia
col-basis-legal = Právny základ
attribution-record-joint = Zaznamenať spoločné pripísanie prijaté Radou
attribution-record-national = Zaznamenať vnútroštátne pripísanie strany { $party }
attribution-procedure = Prijaté postupom
attribution-public = Verejné
attribution-url = Odkaz na vyhlásenie
attribution-submit = Zaznamenať pripísanie
procedure-close = Uzavrieť postup
procedure-close-hint = Uzavretím sa stanoví výsledok podľa súčasného stavu; pozície už nebude možné meniť.
event-dossier-created = Spis založený
event-dossier-updated = Skutočnosti aktualizované
event-dossier-transitioned = Stav zmenený
event-dossier-marked = Označenie zmenené
event-evidence-added = Dôkaz pridaný
event-evidence-withdrawn = Dôkaz stiahnutý
event-assessment-submitted = Posúdenie predložené
event-picture-proposed = Obraz situácie navrhnutý ako dohodnutý
event-picture-objected = Námietka proti navrhnutému obrazu situácie
event-package-assembled = Balík opatrení zostavený
event-procedure-opened = Postup začatý
event-procedure-position-recorded = Pozícia zaznamenaná
event-procedure-closed = Postup uzavretý
event-attribution-recorded = Pripísanie zaznamenané
event-attribution-withdrawn = Pripísanie stiahnuté

dossier-new = Otvoriť spis
dossier-new-submit = Otvoriť spis
marking-tlp = Úroveň TLP
marking-releasable-hint = iné strany ako vaša, oddelené čiarkami (napr. EE, LV, EEAS)
marking-recipients = Menovití príjemcovia (TLP:RED; používateľské mená oddelené čiarkami)
marking-own = Položka môže mať vlastné označenie, rovnako prísne ako označenie spisu alebo prísnejšie.
marking-same = označenie spisu
evidence-add = Pridať dôkaz
evidence-url = Odkaz
evidence-text = Text alebo výňatok
evidence-submit = Pridať dôkaz
col-reliability = Spoľahlivosť zdroja
col-credibility = Hodnovernosť informácie

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Prihlásenie trvalo príliš dlho alebo formulár nepochádzal z tejto stránky. Prihláste sa znova.
second-step-title = Druhý faktor
second-step-intro = Vaše heslo je správne. Zadajte kód, ktorý teraz zobrazuje vaša overovacia aplikácia.
second-step-code = Šesťmiestny kód
second-step-failed = Tento kód je nesprávny, vypršal alebo už bol použitý. Počkajte na ďalší kód a skúste to znova.
second-step-recovery = Stratili ste overovaciu aplikáciu?
second-step-recovery-code = Obnovovací kód
second-step-hint = Každý kód platí len raz. Bez overovacej aplikácie alebo obnovovacieho kódu požiadajte bezpečnostného pracovníka svojej strany, aby obnovil váš druhý faktor.
enrol-title = Nastavte si druhý faktor
enrol-required = Váš účet spravuje účty alebo bezpečnostné previerky: skôr než urobíte čokoľvek iné, potrebuje druhý faktor.
enrol-failed = Tento kód nezodpovedá tomuto tajomstvu. Skontrolujte čas na zariadení a zadajte kód, ktorý teraz zobrazuje.
enrol-step-app = Pridajte toto tajomstvo do overovacej aplikácie (časový kód, 6 číslic, 30 sekúnd):
enrol-open-app = Otvoriť v overovacej aplikácii
enrol-step-code = Na potvrdenie zadajte kód, ktorý aplikácia zobrazuje:
enrol-confirm = Potvrdiť
enrol-done = Váš druhý faktor je nastavený. Odteraz sa prihlasujete heslom a kódom.
enrol-recovery-title = Obnovovacie kódy
enrol-recovery-hint = Uložte tieto kódy na bezpečné miesto. Každý vás raz prihlási namiesto kódu. Zobrazujú sa len teraz.
enrol-continue = Pokračovať
enrol-already = Váš účet má druhý faktor. Ak stratíte overovaciu aplikáciu, obnoví ho bezpečnostný pracovník vašej strany.
login-sso = Prihlásiť sa cez { $provider }
sso-refused-title = Bez prístupu
sso-refused-unmapped = { $provider } vás prihlásil, ale žiadne pravidlo tejto inštancie nedáva vášmu účtu prístup. Bezpečnostný pracovník vašej strany pre vás musí pridať pravidlo prihlásenia.
sso-refused-ambiguous = { $provider } vás prihlásil, ale vášmu účtu zodpovedajú pravidlá viacerých strán, takže táto inštancia nevie určiť, za koho konáte. Obráťte sa na svojho bezpečnostného pracovníka.
sso-refused-disabled = Váš účet v tejto inštancii je deaktivovaný.
sso-refused-party = Váš účet koná za inú stranu, než akú vám teraz prideľujú pravidlá. Obráťte sa na svojho bezpečnostného pracovníka.
sso-refused-hint = Tento pokus bol zaznamenaný v audítorskom zázname.
sso-failed-title = Prihlásenie zlyhalo
sso-failed = Prihlásenie cez { $provider } zlyhalo: { $reason }
sso-continue = Pokračovať


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabuľky obyvateľstva podľa prílohy III
admin-population-intro = Údaje o počte obyvateľov, ktoré rozhodujú o kvalifikovanej väčšine (rokovací poriadok Rady, príloha III). Hlasovanie používa tabuľku svojho roka; ak nie je načítaná, najbližšiu, a uvedie to.
col-origin = Pôvod
col-total = Počet obyvateľov Únie
origin-shipped = dodaná s entente
origin-imported = načítaná do tejto inštancie
population-replaced = nahradená neskorším načítaním
admin-population-label = Tabuľka na načítanie (JSON: rok, zdroj, spolu, údaje 27 členských štátov)
admin-population-submit = Načítať tabuľku
population-table-in-force = Obyvateľstvo: tabuľka prílohy III na rok { $year }, platná v čase hlasovania.
population-table-older = Obyvateľstvo: použila sa tabuľka prílohy III na rok { $year }, nie tabuľka platná v čase hlasovania ({ $current }), ktorá nie je načítaná. Správca ju môže načítať na stránke správy.
population-table-supplied = Obyvateľstvo: údaje predložené s postupom.
robustness-holds = Výsledok platí pri akejkoľvek úprave údajov o obyvateľstve až o ±2 %.
robustness-close = Tesný výsledok: úprava údajov o obyvateľstve až o ±2 % by mohla výsledok zmeniť. Overte ho s platnou tabuľkou.
margin-members-in-favour = Členovia za: { $actual }; potrebné: { $required } (rezerva: { $margin })
margin-population-in-favour = Obyvateľstvo za: { $actual }; potrebné: { $required } (rezerva: { $margin }; v percentuálnych bodoch: { $points })
margin-blocking-minority = Členovia, ktorí nehlasujú za: { $actual }; blokujúca menšina potrebuje: { $required }
margin-declared-members = Členovia, ktorí sa zdržali s formálnym vyhlásením: { $actual }; akt sa zastaví od: { $required }
margin-declared-population = Obyvateľstvo členov, ktorí sa zdržali s formálnym vyhlásením: { $actual }; akt sa zastaví od: { $required } (v percentuálnych bodoch: { $points })
