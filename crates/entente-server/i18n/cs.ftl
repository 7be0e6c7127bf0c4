# Zprávy rozhraní entente: čeština.
# Označení TLP (TLP:AMBER ...) se nikdy nepřekládají (FIRST TLP 2.0, oddíl 1b).

skip-to-content = Přejít na obsah
banner-highest = Nejvyšší označení na této stránce:
nav-main = Hlavní navigace
nav-language = Jazyk
nav-dashboard = Přehled
nav-dossiers = Spisy
nav-search = Vyhledávání
nav-audit = Auditní záznam
nav-admin = Správa
sign-in = Přihlásit se
sign-out = Odhlásit se
anonymous = Nepřihlášen (veřejné zobrazení: pouze TLP:CLEAR)
footer-note = entente, soubor nástrojů kybernetické diplomacie EU. Označení se řídí FIRST TLP 2.0 a rozhodnutím Rady 2013/488/EU.
back-to-dashboard = Zpět na přehled

login-user = Uživatelské jméno
login-password = Heslo
login-failed = Uživatelské jméno nebo heslo není správné.
login-anonymous-hint = Bez přihlášení se zobrazují pouze veřejné informace (TLP:CLEAR).

error-not-found = Nenalezeno
error-forbidden = Nepovoleno
error-invalid = Požadavku nebylo možné porozumět
error-server = Došlo k chybě

status-detected = Zjištěno
status-assessing = Probíhá posouzení
status-deliberating = Probíhá jednání
status-responded = Reakce přijata
status-closed = Uzavřeno

dashboard-title = Přehled
dashboard-by-status = Spisy podle stavu
dashboard-recent-dossiers = Nejnovější spisy
dashboard-charts = Spisy v číslech
dashboard-recent-events = Nedávná činnost
all-dossiers = Všechny spisy
no-dossiers = Žádné spisy k zobrazení.
no-events = Žádná činnost k zobrazení.

dossier-count =
    { $count ->
        [one] { $count } spis
        [few] { $count } spisy
        [many] { $count } spisu
       *[other] { $count } spisů
    }
party-count =
    { $count ->
        [one] { $count } strana
        [few] { $count } strany
        [many] { $count } strany
       *[other] { $count } stran
    }
audit-intro =
    { $count ->
        [one] Záznam obsahuje { $count } událost. Zobrazují se události, které vaše označení dovolují.
        [few] Záznam obsahuje { $count } události. Zobrazují se události, které vaše označení dovolují.
        [many] Záznam obsahuje { $count } události. Zobrazují se události, které vaše označení dovolují.
       *[other] Záznam obsahuje { $count } událostí. Zobrazují se události, které vaše označení dovolují.
    }

chart-by-year = Spisy podle roku prvního zjištění
chart-by-sector = Spisy podle postiženého odvětví
chart-by-victim = Spisy podle postižené země
chart-as-table = Zobrazit čísla jako tabulku
chart-empty = Zatím žádné údaje.

col-title = Název
col-status = Stav
col-first-seen = První zjištění
col-victims = Postižení
col-marking = Označení
col-time = Čas
col-event = Událost
col-actor = Provedl
col-year = Rok
col-dossiers = Spisy
col-sector = Odvětví
col-country = Země
col-id = Kód
col-name = Název
col-kind = Druh

dossiers-title = Spisy
filter-text = Název obsahuje
filter-any = Jakýkoli
filter-victim = Postižená země (kód)
filter-apply = Použít filtry
pagination = Stránky
page-prev = Předchozí stránka
page-next = Další stránka
page-of = Stránka { $page } z { $pages }

search-title = Hledat ve všem, co smíte vidět
search-label = Slova, jména, identifikátory (T0800) nebo „fráze“, v kterémkoli jazyce
search-button = Hledat
search-results =
    { $count ->
        [one] { $count } výsledek
        [few] { $count } výsledky
        [many] { $count } výsledku
       *[other] { $count } výsledků
    }
search-kind-dossier = Spisy
search-kind-evidence = Důkazy
search-kind-assessment = Posouzení
search-kind-attribution = Přisouzení
search-kind-stix = Objekty STIX
search-sort = Řazení
search-sort-relevance = Relevance
search-sort-date = Nejnovější nejdříve
search-from = Od (datum)
search-to = Do (datum)
search-none = Těmto slovům neodpovídá nic, co smíte vidět.
search-dossier = Spis

dossier-origin = Původce
marking-releasable = Lze poskytnout
dossier-summary = Shrnutí
no-summary = Shrnutí zatím není k dispozici.
shown-in = Zobrazeno v jazyce:
dossier-versions = Jazykové verze
dossier-last-seen = Poslední zjištění
dossier-timeline = Časová osa
dossier-sources = Zdroje

admin-title = Správa
admin-parties = Strany
party-kind-member-state = Členský stát
party-kind-eu-body = Orgán nebo subjekt EU
party-kind-partner-state = Partnerská země
party-kind-international-organisation = Mezinárodní organizace

audit-title = Auditní záznam

dossier-evidence = Důkazy
no-evidence = Žádné důkazy, které smíte vidět.
evidence-withdrawn = staženo
col-source = Zdroj
col-grading = Hodnocení (admiralitní stupnice)
col-party = Strana
dossier-assessments = Posouzení jednotlivých stran
no-assessments = Zatím žádná posouzení, která smíte vidět.
heat-legend = Úrovně od 0 (nejnižší) do 4 (nejvyšší) v každém rozměru podle závěrů Rady z roku 2017; „–“ znamená neposouzeno. Každá buňka uvádí svou úroveň; barva ji pouze opakuje.
col-confidence = Míra jistoty
dossier-picture = Společný obraz situace
picture-severity = Závažnost
picture-aggregate = souhrnné skóre
picture-parties =
    { $count ->
        [one] započtena { $count } strana
        [few] započteny { $count } strany
        [many] započteno { $count } strany
       *[other] započteno { $count } stran
    }
picture-agreed =
    { $count ->
        [one] { $count } dohodnutá verze
        [few] { $count } dohodnuté verze
        [many] { $count } dohodnuté verze
       *[other] { $count } dohodnutých verzí
    }
picture-open-proposals =
    { $count ->
        [one] { $count } nevyřízený návrh
        [few] { $count } nevyřízené návrhy
        [many] { $count } nevyřízeného návrhu
       *[other] { $count } nevyřízených návrhů
    }
col-dimension = Rozměr
col-median = Medián
col-range = Rozpětí
col-scored-by = Hodnotilo
col-dissent = Odchylky (vzdálenost od mediánu)
severity-low = Nízká
severity-moderate = Střední
severity-serious = Vážná
severity-severe = Velmi vážná
severity-critical = Kritická
severity-unknown = Zatím neznámá
dim-scope = Dosah
dim-scale = Rozsah
dim-duration = Trvání
dim-intensity = Intenzita
dim-complexity = Složitost
dim-sophistication = Propracovanost
dim-impact = Dopad
dossier-procedures = Postupy
no-procedures = Žádné postupy, které smíte vidět.
col-subject = Předmět
col-rule = Pravidlo rozhodování
col-deadline = Lhůta
col-state = Stav
col-tally = Sčítání hlasů
tally-for = Pro
tally-against = Proti
tally-abstain = Zdrželi se
procedure-package = Balíček { $id }
procedure-state-open = Otevřený
procedure-state-expired = Lhůta uplynula
procedure-state-closed = Uzavřený
outcome-adopted = Přijato
outcome-not-adopted = Nepřijato
outcome-pending = Čeká se
outcome-undetermined = Nerozhodnuto
outcome-provisional = Pokud se postoje nezmění
position-for = Pro
position-against = Proti
position-abstain = Zdržení se hlasování
position-declared-abstain = Konstruktivní zdržení se hlasování (prohlášení)
position-not-participating = Neúčastní se
positions-recorded =
    { $count ->
        [one] zaznamenán { $count } postoj
        [few] zaznamenány { $count } postoje
        [many] zaznamenáno { $count } postoje
       *[other] zaznamenáno { $count } postojů
    }
procedure-title = Postup
back-to-dossier = Zpět na spis
time-left = zbývající čas:
position-record = Zaznamenat váš postoj
position-label = Postoj
declaration-label = Prohlášení (nepovinné)
position-submit = Zaznamenat postoj
procedure-positions = Postoje
no-positions = Zatím nebyly zaznamenány žádné postoje.
col-position = Postoj
col-declaration = Prohlášení
admin-users = Účty
admin-users-hint = Účty se zobrazují pouze správcům.
user-count =
    { $count ->
        [one] { $count } účet
        [few] { $count } účty
        [many] { $count } účtu
       *[other] { $count } účtů
    }
col-roles = Role
col-clearance = Bezpečnostní prověrka
user-disabled = Deaktivován
user-active = Aktivní
assess-open = Předložit posouzení vaší strany
assess-summary = Shrnutí (nepovinné)
assess-submit = Předložit posouzení
col-level = Úroveň
col-rationale = Odůvodnění
confidence-low = Nízká
confidence-moderate = Střední
confidence-high = Vysoká
dossier-attributions = Přisouzení odpovědnosti
attribution-state = Stav přisouzení
attribution-state-none = Žádné zaznamenáno
attribution-state-national = Vnitrostátní přisouzení
attribution-state-joint = Společné přisouzení EU
attribution-joint = společné
col-actor-attributed = Přisouzeno
col-likelihood = Pravděpodobnost (ICD 203)
col-basis = Základ
col-date = Datum
dashboard-open-procedures = Otevřené postupy
no-open-procedures = Žádné otevřené postupy, které smíte vidět.
col-your-position = Postoj vaší strany
position-needed = Vyžadován
chart-by-actor = Spisy podle aktéra, jemuž je činnost přisuzována
dossier-options = Možnosti reakce
options-basis = Seřazeno modulem proporcionality na základě posledního dohodnutého obrazu situace a zaznamenaných přisouzení, bez dalších uvedených skutečností.
options-available = K dispozici, od nejméně eskalujících
options-not-available = Nyní nejsou k dispozici, a proč
options-escalation = eskalace
options-need-agreed = Možnosti budou seřazeny, jakmile se strany dohodnou na společném obrazu situace.

rule-unanimity = Jednomyslnost
rule-qmv = Kvalifikovaná většina
rule-rqmv = Posílená kvalifikovaná většina
rule-simple = Prostá většina
rule-silence = Tichý postup
rule-none = Rozhodnutí Rady není třeba

option-category-preventive = Preventivní opatření
option-category-cooperative = Opatření v oblasti spolupráce
option-category-stability = Stabilizační opatření
option-category-restrictive = Omezující opatření
option-category-support = Podpora legitimních reakcí členských států

measure-confidence-building = Opatření k budování důvěry
measure-awareness-raising = Zvyšování povědomí o politikách EU
measure-capacity-building = Budování kybernetických kapacit ve třetích zemích
measure-eu-dialogue = Politické a tematické dialogy vedené EU
measure-delegation-demarche = Demarše delegací EU
measure-hr-statement = Prohlášení vysokého představitele
measure-eu-declaration = Prohlášení vysokého představitele jménem EU
measure-council-conclusions = Závěry Rady
measure-diplomatic-demarche = Diplomatická demarše u dotčeného státu
measure-restrictive-listing = Omezující opatření: zařazení na seznam podle rozhodnutí (SZBP) 2019/797 a nařízení (EU) 2019/796
measure-support-lawful-response = Podpora legitimní reakce členského státu
measure-mutual-assistance-42-7 = Vzájemná pomoc podle čl. 42 odst. 7 Smlouvy o EU
measure-solidarity-clause-222 = Doložka solidarity podle článku 222 Smlouvy o fungování EU

likelihood-almost-no-chance = téměř vyloučeno
likelihood-very-unlikely = velmi nepravděpodobné
likelihood-unlikely = nepravděpodobné
likelihood-roughly-even-chance = zhruba stejná pravděpodobnost
likelihood-likely = pravděpodobné
likelihood-very-likely = velmi pravděpodobné
likelihood-almost-certain = téměř jisté

basis-technical = technický
basis-intelligence = zpravodajský
basis-political = politický

reliability-a = zcela spolehlivý
reliability-b = obvykle spolehlivý
reliability-c = poměrně spolehlivý
reliability-d = obvykle nespolehlivý
reliability-e = nespolehlivý
reliability-f = spolehlivost nelze posoudit
credibility-1 = potvrzeno jinými zdroji
credibility-2 = pravděpodobně pravdivé
credibility-3 = možná pravdivé
credibility-4 = pochybné
credibility-5 = nepravděpodobné
credibility-6 = pravdivost nelze posoudit

evidence-kind-document = Dokument
evidence-kind-link = Odkaz
evidence-kind-stix = Objekt STIX

role-delegate = Delegát
role-analyst = Analytik
role-drafter = Navrhovatel
role-chair = Předsednictví
role-observer = Pozorovatel
role-admin = Správce
role-security_officer = Bezpečnostní pracovník
role-operator = Provozovatel instance

sector-energy = Energetika
sector-transport = Doprava
sector-banking = Bankovnictví
sector-financial = Infrastruktury finančních trhů
sector-health = Zdravotnictví
sector-drinking-water = Pitná voda
sector-waste-water = Odpadní vody
sector-digital-infrastructure = Digitální infrastruktura
sector-ict-services = Řízení služeb IKT (mezi podniky)
sector-public-administration = Veřejná správa
sector-space = Vesmír
sector-courier = Poštovní a kurýrní služby
sector-waste-management = Nakládání s odpady
sector-chemical = Výroba a distribuce chemických látek
sector-food = Výroba, zpracování a distribuce potravin
sector-manufacturing = Výroba
sector-digital-providers = Poskytovatelé digitálních služeb
sector-research = Výzkum
sector-parliament = Parlamenty a zákonodárné orgány
sector-political-parties = Politické strany a volební kampaně
sector-international-organisation = Mezinárodní organizace
sector-defence = Obrana a ozbrojené síly
sector-media-civil-society = Sdělovací prostředky, občanská společnost a akademická obec

login-account-needed = Tato instance bez účtu nic nezobrazuje. Účet vám může zřídit bezpečnostní pracovník vaší strany.
password-change = Zvolte nové heslo
password-change-reset = Bezpečnostní pracovník vaší strany vám obnovil heslo. Než budete pokračovat, zvolte nové; heslo, které jste obdrželi, přestane platit.
password-current = Současné heslo
password-new = Nové heslo (alespoň 12 znaků, ne uživatelské jméno)
password-change-submit = Změnit heslo

activity-intro = Události, které vám vaše označení dovolují vidět, od nejstarší.
audit-trail-intro = Auditní záznam: přihlášení, změny účtů, zápisy, auditovaná čtení a exporty, od nejnovějšího, nakolik to dovoluje vaše role a označení.
filter-user = Uživatel
filter-party = Strana
filter-object = Objekt (spis nebo identifikátor položky)
filter-since = Od (datum)
filter-type = Typ události
stage-title = Stav spisu
stage-picture = Společný obraz situace
stage-picture-agreed = dohodnut
stage-picture-proposed = navržen, lze vznést námitky
stage-picture-assessed =
    { $count ->
        [one] posouzení předložila { $count } strana
        [few] posouzení předložily { $count } strany
        [many] posouzení předložilo { $count } strany
       *[other] posouzení předložilo { $count } stran
    }
stage-options = Možnosti reakce
stage-options-available =
    { $count ->
        [one] k dispozici je { $count } možnost
        [few] k dispozici jsou { $count } možnosti
        [many] k dispozici je { $count } možnosti
       *[other] k dispozici je { $count } možností
    }
stage-options-need-picture = jakmile bude obraz situace dohodnut
stage-procedure = Rozhodnutí
stage-procedure-open = probíhá postup
stage-procedure-none =
    { $count ->
        [one] zatím žádný postup; sestaven { $count } balíček
        [few] zatím žádný postup; sestaveny { $count } balíčky
        [many] zatím žádný postup; sestaveno { $count } balíčku
       *[other] zatím žádný postup; sestaveno { $count } balíčků
    }
stage-procedure-closed = uzavřen
stage-response = Reakce
stage-response-adopted =
    { $count ->
        [one] přijato { $count } rozhodnutí
        [few] přijata { $count } rozhodnutí
        [many] přijato { $count } rozhodnutí
       *[other] přijato { $count } rozhodnutí
    }
stage-attribution = Přisouzení odpovědnosti
await-title = Čeká na vás
await-assess = Předložte posouzení strany { $party }.
await-proposal = Proti navrženému obrazu situace lze vznést námitku do { $deadline }: vzneste námitku, pokud vaše strana nesouhlasí, nebo zůstaňte nečinní, a vyjádříte tím souhlas.
await-position = Zaznamenejte postoj strany { $party } v probíhajícím postupu.
await-propose = Navrhněte současný obraz situace jako dohodnutý.
await-package = Sestavte balíček z dostupných možností.
await-open = Zahajte postup k balíčku.
await-close = Lhůta postupu uplynula: uzavřete jej, aby byl stanoven jeho výsledek.
sections-nav = Části spisu
basis-picture = Společné povědomí o situaci dohodnuté mezi členskými státy (závěry Rady ze dne 19. června 2017, bod 5); obraz je dohodnut, jestliže lhůta pro námitky uplyne bez námitky.
basis-options = Opatření přiměřená dosahu, rozsahu, trvání, intenzitě, složitosti, propracovanosti a dopadu dané činnosti (závěry Rady ze dne 19. června 2017, bod 5).
basis-procedure = Rozhodnutí v rámci SZBP se přijímají jednomyslně (čl. 31 odst. 1 Smlouvy o EU); tichým postupem podle jednacího řádu Rady (čl. 12 odst. 2) se text přijme, pokud žádný člen před uplynutím lhůty nevznese námitku.
basis-attribution = Přisouzení odpovědnosti je svrchovaným politickým rozhodnutím každého členského státu (závěry Rady ze dne 19. června 2017, bod 4); společné přisouzení přijímá Rada.
proposals-title = Návrhy dohodnutého obrazu situace
proposal-open = lze vznést námitky
proposal-objected = vznesena námitka
proposal-agreed = dohodnut
col-objections = Námitky
objection-reason = Proč { $party } vznáší námitku
objection-hint = Jediná námitka návrh zastaví; mlčení do uplynutí lhůty znamená souhlas.
objection-submit = Vznést námitku
propose-open = Navrhnout současný obraz situace jako dohodnutý
propose-deadline = Lhůta (UTC)
col-note = Poznámka
propose-submit = Navrhnout
facts-open = Skutečnosti zohledňované v možnostech
facts-persons = Odpovědné osoby nebo subjekty jsou identifikovány
facts-attempted = Činnost zůstala u pokusu (byla zmařena nebo neměla účinek)
facts-dialogue = S dotčeným státem probíhá dialog
facts-regime = Na dotčené osoby se již vztahuje režim sankcí proti kybernetickým útokům
facts-partner = Vztahy s dotčeným státem
partner-unknown = neuvedeno
partner-partner = partnerské
partner-neutral = neutrální
partner-adversarial = nepřátelské
facts-apply = Zohlednit tyto skutečnosti
options-why = Proč
package-submit = Sestavit balíček ze zaškrtnutých možností
packages-title = Balíčky
procedure-open = Zahájit postup
procedure-subject-package = K balíčku
procedure-subject-text = Nebo k textu
procedure-open-submit = Zahájit postup
dossier-responses = Reakce
no-responses = V tomto spisu nebylo přijato žádné rozhodnutí.
col-measures = Opatření
col-basis-legal = Právní základ
attribution-record-joint = Zaznamenat společné přisouzení přijaté Radou
attribution-record-national = Zaznamenat vnitrostátní přisouzení strany { $party }
attribution-procedure = Přijato postupem
attribution-public = Veřejné
attribution-url = Odkaz na prohlášení
attribution-submit = Zaznamenat přisouzení
procedure-close = Uzavřít postup
procedure-close-hint = Uzavřením se stanoví výsledek podle současného stavu; postoje již nebude možné měnit.
event-dossier-created = Spis založen
event-dossier-updated = Skutečnosti aktualizovány
event-dossier-transitioned = Stav změněn
event-dossier-marked = Označení změněno
event-evidence-added = Důkaz přidán
event-evidence-withdrawn = Důkaz stažen
event-assessment-submitted = Posouzení předloženo
event-picture-proposed = Obraz situace navržen jako dohodnutý
event-picture-objected = Námitka proti navrženému obrazu situace
event-package-assembled = Balíček opatření sestaven
event-procedure-opened = Postup zahájen
event-procedure-position-recorded = Postoj zaznamenán
event-procedure-closed = Postup uzavřen
event-attribution-recorded = Přisouzení zaznamenáno
event-attribution-withdrawn = Přisouzení staženo

dossier-new = Otevřít spis
dossier-new-submit = Otevřít spis
marking-tlp = Úroveň TLP
marking-releasable-hint = jiné strany než vaše, oddělené čárkami (např. EE, LV, EEAS)
marking-recipients = Jmenovití příjemci (TLP:RED; uživatelská jména oddělená čárkami)
marking-own = Položka může nést vlastní označení, stejně přísné jako označení spisu nebo přísnější.
marking-same = označení spisu
evidence-add = Přidat důkaz
evidence-url = Odkaz
evidence-text = Text nebo výňatek
evidence-submit = Přidat důkaz
col-reliability = Spolehlivost zdroje
col-credibility = Věrohodnost informace

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Přihlášení trvalo příliš dlouho nebo formulář nepocházel z tohoto webu. Přihlaste se prosím znovu.
second-step-title = Druhý faktor
second-step-intro = Vaše heslo je správné. Zadejte kód, který nyní zobrazuje vaše ověřovací aplikace.
second-step-code = Šestimístný kód
second-step-failed = Tento kód je chybný, vypršel nebo již byl použit. Počkejte na další kód a zkuste to znovu.
second-step-recovery = Ztratili jste ověřovací zařízení?
second-step-recovery-code = Obnovovací kód
second-step-hint = Každý kód platí jen jednou. Bez ověřovací aplikace nebo obnovovacího kódu požádejte bezpečnostního pracovníka své strany o obnovení druhého faktoru.
enrol-title = Nastavte si druhý faktor
enrol-required = Váš účet spravuje účty nebo prověrky: než budete moci dělat cokoli jiného, potřebuje druhý faktor.
enrol-failed = Tento kód neodpovídá tomuto tajemství. Zkontrolujte čas na svém zařízení a zadejte kód, který nyní zobrazuje.
enrol-step-app = Přidejte toto tajemství do ověřovací aplikace (časový kód, 6 číslic, 30 sekund):
enrol-open-app = Otevřít v ověřovací aplikaci
enrol-step-code = Pro potvrzení zadejte kód, který aplikace zobrazuje:
enrol-confirm = Potvrdit
enrol-done = Váš druhý faktor je nastaven. Od nynějška se přihlašujete heslem a kódem.
enrol-recovery-title = Obnovovací kódy
enrol-recovery-hint = Uložte tyto kódy na bezpečné místo. Každý z nich vás jednou přihlásí místo kódu. Zobrazují se pouze nyní.
enrol-continue = Pokračovat
enrol-already = Váš účet má druhý faktor. Pokud ověřovací aplikaci ztratíte, obnoví jej bezpečnostní pracovník vaší strany.
login-sso = Přihlásit se přes { $provider }
sso-refused-title = Přístup odepřen
sso-refused-unmapped = { $provider } vás přihlásil, ale žádné pravidlo této instance nedává vašemu účtu přístup. Bezpečnostní pracovník vaší strany pro vás musí přidat pravidlo přihlášení.
sso-refused-ambiguous = { $provider } vás přihlásil, ale vašemu účtu odpovídají pravidla více než jedné strany, takže tato instance nemůže určit, za koho jednáte. Obraťte se na svého bezpečnostního pracovníka.
sso-refused-disabled = Váš účet v této instanci je deaktivován.
sso-refused-party = Váš účet jedná za jinou stranu, než jakou vám nyní přidělují pravidla. Obraťte se na svého bezpečnostního pracovníka.
sso-refused-hint = Tento pokus byl zaznamenán v auditním záznamu.
sso-failed-title = Přihlášení se nezdařilo
sso-failed = Přihlášení přes { $provider } se nezdařilo: { $reason }
sso-continue = Pokračovat


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabulky obyvatelstva podle přílohy III
admin-population-intro = Údaje o počtu obyvatel, které rozhodují o kvalifikované většině (jednací řád Rady, příloha III). Hlasování používá tabulku svého roku; není-li načtena, použije nejbližší a uvede to.
col-origin = Původ
col-total = Počet obyvatel Unie
origin-shipped = dodána s entente
origin-imported = načtena do této instance
population-replaced = nahrazena pozdějším načtením
admin-population-label = Tabulka k načtení (JSON: rok, zdroj, celkem, údaje 27 členských států)
admin-population-submit = Načíst tabulku
population-table-in-force = Obyvatelstvo: tabulka přílohy III pro rok { $year }, platná v době hlasování.
population-table-older = Obyvatelstvo: byla použita tabulka přílohy III pro rok { $year }, nikoli tabulka platná v době hlasování ({ $current }), která není načtena. Správce ji může načíst na stránce správy.
population-table-supplied = Obyvatelstvo: údaje předložené s procedurou.
robustness-holds = Výsledek platí při jakékoli úpravě údajů o obyvatelstvu až o ±2 %.
robustness-close = Těsný výsledek: úprava údajů o obyvatelstvu až o ±2 % by mohla výsledek změnit. Ověřte jej s platnou tabulkou.
margin-members-in-favour = Členové pro: { $actual }; potřeba: { $required } (rozdíl: { $margin })
margin-population-in-favour = Obyvatelstvo pro: { $actual }; potřeba: { $required } (rozdíl: { $margin }; v procentních bodech: { $points })
margin-blocking-minority = Členové, kteří nehlasují pro: { $actual }; blokující menšina potřebuje: { $required }
margin-declared-members = Členové, kteří se zdrželi s formálním prohlášením: { $actual }; akt by zastavilo: { $required }
margin-declared-population = Obyvatelstvo členů, kteří se zdrželi s formálním prohlášením: { $actual }; akt by zastavilo: { $required } (v procentních bodech: { $points })
