# Mesajele interfeței entente: română.
# Etichetele TLP (TLP:AMBER ...) nu se traduc niciodată (FIRST TLP 2.0, secțiunea 1b).

skip-to-content = Salt la conținut
banner-highest = Cel mai înalt marcaj de pe această pagină:
nav-main = Navigare principală
nav-language = Limbă
nav-dashboard = Tablou de bord
nav-dossiers = Dosare
nav-search = Căutare
nav-audit = Jurnal de audit
nav-admin = Administrare
sign-in = Autentificare
sign-out = Deconectare
anonymous = Neautentificat (vizualizare publică: numai TLP:CLEAR)
footer-note = entente, setul de instrumente al UE pentru diplomația cibernetică. Marcajele respectă FIRST TLP 2.0 și Decizia 2013/488/UE a Consiliului.
back-to-dashboard = Înapoi la tabloul de bord

login-user = Nume de utilizator
login-password = Parolă
login-failed = Numele de utilizator sau parola nu sunt corecte.
login-anonymous-hint = Fără autentificare vedeți numai informații publice (TLP:CLEAR).

error-not-found = Nu a fost găsit
error-forbidden = Nu este permis
error-invalid = Cererea nu a putut fi înțeleasă
error-server = A apărut o eroare

status-detected = Detectat
status-assessing = În evaluare
status-deliberating = În deliberare
status-responded = Răspuns adoptat
status-closed = Închis

dashboard-title = Prezentare generală
dashboard-by-status = Dosare după stadiu
dashboard-recent-dossiers = Cele mai recente dosare
dashboard-charts = Dosarele în cifre
dashboard-recent-events = Activitate recentă
all-dossiers = Toate dosarele
no-dossiers = Nu există dosare de afișat.
no-events = Nu există activitate de afișat.

dossier-count =
    { $count ->
        [one] { $count } dosar
        [few] { $count } dosare
       *[other] { $count } de dosare
    }
party-count =
    { $count ->
        [one] { $count } parte
        [few] { $count } părți
       *[other] { $count } de părți
    }
audit-intro =
    { $count ->
        [one] Jurnalul conține { $count } eveniment. Vedeți evenimentele pe care marcajele dumneavoastră le permit.
        [few] Jurnalul conține { $count } evenimente. Vedeți evenimentele pe care marcajele dumneavoastră le permit.
       *[other] Jurnalul conține { $count } de evenimente. Vedeți evenimentele pe care marcajele dumneavoastră le permit.
    }

chart-by-year = Dosare după anul primei detectări
chart-by-sector = Dosare după sectorul afectat
chart-by-victim = Dosare după țara afectată
chart-as-table = Afișați cifrele sub formă de tabel
chart-empty = Nu există încă date.

col-title = Titlu
col-status = Stadiu
col-first-seen = Prima detectare
col-victims = Afectați
col-marking = Marcaj
col-time = Ora
col-event = Eveniment
col-actor = Autor
col-year = Anul
col-dossiers = Dosare
col-sector = Sector
col-country = Țara
col-id = Cod
col-name = Denumire
col-kind = Tip

dossiers-title = Dosare
filter-text = Titlul conține
filter-any = Oricare
filter-victim = Țara afectată (cod)
filter-apply = Aplicați filtrele
pagination = Pagini
page-prev = Pagina anterioară
page-next = Pagina următoare
page-of = Pagina { $page } din { $pages }

search-title = Căutați în tot ce aveți voie să vedeți
search-label = Cuvinte, nume, identificatori (T0800) sau o „expresie”, în orice limbă
search-button = Căutare
search-results =
    { $count ->
        [one] { $count } rezultat
        [few] { $count } rezultate
       *[other] { $count } de rezultate
    }
search-kind-dossier = Dosare
search-kind-evidence = Probe
search-kind-assessment = Evaluări
search-kind-attribution = Atribuiri
search-kind-stix = Obiecte STIX
search-sort = Ordonare
search-sort-relevance = Relevanță
search-sort-date = Cele mai recente întâi
search-from = De la (data)
search-to = Până la (data)
search-none = Nimic din ceea ce aveți voie să vedeți nu corespunde acestor cuvinte.
search-dossier = Dosar

dossier-origin = Emitent
marking-releasable = Poate fi comunicat către
dossier-summary = Rezumat
no-summary = Nu există încă un rezumat.
shown-in = Afișat în:
dossier-versions = Versiuni lingvistice
dossier-last-seen = Ultima detectare
dossier-timeline = Cronologie
dossier-sources = Surse

admin-title = Administrare
admin-parties = Părți
party-kind-member-state = Stat membru
party-kind-eu-body = Instituție sau organ al UE
party-kind-partner-state = Țară parteneră
party-kind-international-organisation = Organizație internațională

audit-title = Jurnal de audit

dossier-evidence = Probe
no-evidence = Nu există probe pe care le puteți consulta.
evidence-withdrawn = retras
col-source = Sursă
col-grading = Evaluare (scala Amiralității)
col-party = Parte
dossier-assessments = Evaluări pe părți
no-assessments = Nu există încă evaluări pe care le puteți consulta.
heat-legend = Niveluri de la 0 (cel mai scăzut) la 4 (cel mai ridicat) pentru fiecare dimensiune din concluziile Consiliului din 2017; – înseamnă neevaluat. Fiecare celulă își indică nivelul; culoarea doar îl repetă.
col-confidence = Grad de încredere
dossier-picture = Imagine comună
picture-severity = Gravitate
picture-aggregate = scor agregat
picture-parties =
    { $count ->
        [one] { $count } parte luată în calcul
        [few] { $count } părți luate în calcul
       *[other] { $count } de părți luate în calcul
    }
picture-agreed =
    { $count ->
        [one] { $count } versiune convenită
        [few] { $count } versiuni convenite
       *[other] { $count } de versiuni convenite
    }
picture-open-proposals =
    { $count ->
        [one] { $count } propunere deschisă
        [few] { $count } propuneri deschise
       *[other] { $count } de propuneri deschise
    }
col-dimension = Dimensiune
col-median = Mediană
col-range = Interval
col-scored-by = Evaluat de
col-dissent = Divergențe (distanța față de mediană)
severity-low = Scăzută
severity-moderate = Moderată
severity-serious = Gravă
severity-severe = Foarte gravă
severity-critical = Critică
severity-unknown = Încă necunoscută
dim-scope = Sferă
dim-scale = Amploare
dim-duration = Durată
dim-intensity = Intensitate
dim-complexity = Complexitate
dim-sophistication = Grad de sofisticare
dim-impact = Impact
dossier-procedures = Proceduri
no-procedures = Nu există proceduri pe care le puteți consulta.
col-subject = Obiect
col-rule = Regula de decizie
col-deadline = Termen
col-state = Stadiu
col-tally = Numărătoare
tally-for = Pentru
tally-against = Împotrivă
tally-abstain = Abțineri
procedure-package = Pachetul { $id }
procedure-state-open = Deschisă
procedure-state-expired = Termen expirat
procedure-state-closed = Închisă
outcome-adopted = Adoptat
outcome-not-adopted = Neadoptat
outcome-pending = În așteptare
outcome-undetermined = Nedeterminat
outcome-provisional = Dacă pozițiile rămân neschimbate
position-for = Pentru
position-against = Împotrivă
position-abstain = Abținere
position-declared-abstain = Abținere constructivă (declarație)
position-not-participating = Nu participă
positions-recorded =
    { $count ->
        [one] { $count } poziție înregistrată
        [few] { $count } poziții înregistrate
       *[other] { $count } de poziții înregistrate
    }
procedure-title = Procedură
back-to-dossier = Înapoi la dosar
time-left = timp rămas:
position-record = Înregistrați poziția dumneavoastră
position-label = Poziție
declaration-label = Declarație (facultativă)
position-submit = Înregistrați poziția
procedure-positions = Poziții
no-positions = Nu a fost înregistrată încă nicio poziție.
col-position = Poziție
col-declaration = Declarație
admin-users = Conturi
admin-users-hint = Conturile sunt afișate numai administratorilor.
user-count =
    { $count ->
        [one] { $count } cont
        [few] { $count } conturi
       *[other] { $count } de conturi
    }
col-roles = Roluri
col-clearance = Autorizație de securitate
user-disabled = Dezactivat
user-active = Activ
assess-open = Prezentați evaluarea părții dumneavoastră
assess-summary = Rezumat (facultativ)
assess-submit = Prezentați evaluarea
col-level = Nivel
col-rationale = Justificare
confidence-low = Scăzut
confidence-moderate = Moderat
confidence-high = Ridicat
dossier-attributions = Atribuiri
attribution-state = Stadiul atribuirii
attribution-state-none = Niciuna înregistrată
attribution-state-national = Atribuiri naționale
attribution-state-joint = Atribuire comună a UE
attribution-joint = comună
col-actor-attributed = Atribuit lui
col-likelihood = Probabilitate (ICD 203)
col-basis = Temei
col-date = Data
dashboard-open-procedures = Proceduri în curs
no-open-procedures = Nu există proceduri în curs pe care le puteți consulta.
col-your-position = Poziția părții dumneavoastră
position-needed = Necesară
chart-by-actor = Dosare după actorul căruia îi sunt atribuite
dossier-options = Opțiuni de răspuns
options-basis = Clasificate de modulul de proporționalitate pe baza ultimei imagini convenite și a atribuirilor înregistrate, fără a invoca alte fapte.
options-available = Disponibile, începând cu cea mai puțin escaladantă
options-not-available = Indisponibile în prezent și motivele
options-escalation = escaladare
options-need-agreed = Opțiunile sunt clasificate de îndată ce părțile au convenit asupra unei imagini comune.

rule-unanimity = Unanimitate
rule-qmv = Majoritate calificată
rule-rqmv = Majoritate calificată consolidată
rule-simple = Majoritate simplă
rule-silence = Procedura aprobării tacite
rule-none = Nu este necesară o decizie a Consiliului

option-category-preventive = Măsuri preventive
option-category-cooperative = Măsuri de cooperare
option-category-stability = Măsuri de stabilitate
option-category-restrictive = Măsuri restrictive
option-category-support = Sprijin pentru răspunsurile legitime ale statelor membre

measure-confidence-building = Măsuri de consolidare a încrederii
measure-awareness-raising = Sensibilizare cu privire la politicile UE
measure-capacity-building = Consolidarea capacităților cibernetice în țări terțe
measure-eu-dialogue = Dialoguri politice și tematice conduse de UE
measure-delegation-demarche = Demersuri ale delegațiilor UE
measure-hr-statement = Declarație a Înaltului Reprezentant
measure-eu-declaration = Declarație a Înaltului Reprezentant în numele UE
measure-council-conclusions = Concluziile Consiliului
measure-diplomatic-demarche = Demers diplomatic pe lângă statul în cauză
measure-restrictive-listing = Măsuri restrictive: includere pe listă în temeiul Deciziei (PESC) 2019/797 și al Regulamentului (UE) 2019/796
measure-support-lawful-response = Sprijin pentru răspunsul legitim al unui stat membru
measure-mutual-assistance-42-7 = Asistență reciprocă în temeiul articolului 42 alineatul (7) din TUE
measure-solidarity-clause-222 = Clauza de solidaritate în temeiul articolului 222 din TFUE

likelihood-almost-no-chance = aproape exclus
likelihood-very-unlikely = foarte puțin probabil
likelihood-unlikely = puțin probabil
likelihood-roughly-even-chance = șanse aproximativ egale
likelihood-likely = probabil
likelihood-very-likely = foarte probabil
likelihood-almost-certain = aproape sigur

basis-technical = tehnic
basis-intelligence = informații
basis-political = politic

reliability-a = complet fiabilă
reliability-b = de regulă fiabilă
reliability-c = destul de fiabilă
reliability-d = de regulă nefiabilă
reliability-e = nefiabilă
reliability-f = fiabilitatea nu poate fi apreciată
credibility-1 = confirmată de alte surse
credibility-2 = probabil adevărată
credibility-3 = posibil adevărată
credibility-4 = îndoielnică
credibility-5 = improbabilă
credibility-6 = veridicitatea nu poate fi apreciată

evidence-kind-document = Document
evidence-kind-link = Legătură
evidence-kind-stix = Obiect STIX

role-delegate = Delegat
role-analyst = Analist
role-drafter = Redactor
role-chair = Președinție
role-observer = Observator
role-admin = Administrator
role-security_officer = Ofițer de securitate
role-operator = Operatorul instanței

sector-energy = Energie
sector-transport = Transport
sector-banking = Sectorul bancar
sector-financial = Infrastructuri ale pieței financiare
sector-health = Sănătate
sector-drinking-water = Apă potabilă
sector-waste-water = Ape uzate
sector-digital-infrastructure = Infrastructură digitală
sector-ict-services = Gestionarea serviciilor TIC (între întreprinderi)
sector-public-administration = Administrație publică
sector-space = Spațiu
sector-courier = Servicii poștale și de curierat
sector-waste-management = Gestionarea deșeurilor
sector-chemical = Fabricarea, producția și distribuția de substanțe chimice
sector-food = Producția, prelucrarea și distribuția de alimente
sector-manufacturing = Fabricare
sector-digital-providers = Furnizori digitali
sector-research = Cercetare
sector-parliament = Parlamente și organe legislative
sector-political-parties = Partide politice și campanii electorale
sector-international-organisation = Organizații internaționale
sector-defence = Apărare și forțe armate
sector-media-civil-society = Mass-media, societatea civilă și mediul academic

login-account-needed = Această instanță nu afișează nimic fără un cont. Ofițerul de securitate al părții dumneavoastră vă poate oferi unul.
password-change = Alegeți o parolă nouă
password-change-reset = Un ofițer de securitate al părții dumneavoastră v-a resetat parola. Alegeți una nouă înainte de a continua; cea primită nu mai funcționează.
password-current = Parola actuală
password-new = Parolă nouă (cel puțin 12 caractere, nu numele de utilizator)
password-change-submit = Schimbă parola

activity-intro = Evenimentele pe care marcajele dumneavoastră vă permit să le vedeți, de la cel mai vechi.
audit-trail-intro = Jurnalul de audit: autentificări, modificări de conturi, scrieri, citiri auditate și exporturi, de la cel mai recent, în măsura în care rolul și marcajele dumneavoastră permit.
filter-user = Utilizator
filter-party = Parte
filter-object = Obiect (un dosar sau identificatorul unui element)
filter-since = De la (data)
filter-type = Tipul evenimentului
stage-title = Stadiul dosarului
stage-picture = Imagine comună
stage-picture-agreed = convenită
stage-picture-proposed = propusă, deschisă obiecțiilor
stage-picture-assessed =
    { $count ->
        [one] { $count } parte și-a prezentat evaluarea
        [few] { $count } părți și-au prezentat evaluarea
       *[other] { $count } de părți și-au prezentat evaluarea
    }
stage-options = Opțiuni de răspuns
stage-options-available =
    { $count ->
        [one] { $count } opțiune disponibilă
        [few] { $count } opțiuni disponibile
       *[other] { $count } de opțiuni disponibile
    }
stage-options-need-picture = de îndată ce imaginea este convenită
stage-procedure = Decizie
stage-procedure-open = o procedură este în curs
stage-procedure-none =
    { $count ->
        [one] nicio procedură încă; { $count } pachet constituit
        [few] nicio procedură încă; { $count } pachete constituite
       *[other] nicio procedură încă; { $count } de pachete constituite
    }
stage-procedure-closed = închisă
stage-response = Răspuns
stage-response-adopted =
    { $count ->
        [one] { $count } decizie adoptată
        [few] { $count } decizii adoptate
       *[other] { $count } de decizii adoptate
    }
stage-attribution = Atribuire
await-title = În așteptarea dumneavoastră
await-assess = Prezentați evaluarea părții { $party }.
await-proposal = O imagine propusă este deschisă obiecțiilor până la { $deadline }: formulați o obiecție dacă partea dumneavoastră nu este de acord sau păstrați tăcerea pentru a vă da acordul.
await-position = Înregistrați poziția părții { $party } în procedura în curs.
await-propose = Propuneți imaginea actuală drept imagine convenită.
await-package = Constituiți un pachet din opțiunile disponibile.
await-open = Deschideți o procedură privind pachetul.
await-close = Termenul unei proceduri a expirat: închideți-o pentru a-i stabili rezultatul.
sections-nav = Secțiunile dosarului
basis-picture = O cunoaștere comună a situației, convenită între statele membre (concluziile Consiliului din 19 iunie 2017, punctul 5); convenită atunci când termenul pentru obiecții expiră fără nicio obiecție.
basis-options = Măsuri proporționale cu sfera, amploarea, durata, intensitatea, complexitatea, gradul de sofisticare și impactul activității (concluziile Consiliului din 19 iunie 2017, punctul 5).
basis-procedure = Deciziile PESC se iau în unanimitate [articolul 31 alineatul (1) din TUE]; prin procedura aprobării tacite prevăzută de Regulamentul de procedură al Consiliului [articolul 12 alineatul (2)] se adoptă un text, cu excepția cazului în care un membru formulează obiecții înainte de expirarea termenului.
basis-attribution = Atribuirea este o decizie politică suverană a fiecărui stat membru (concluziile Consiliului din 19 iunie 2017, punctul 4); o atribuire comună este adoptată de Consiliu.
proposals-title = Propuneri de imagine convenită
proposal-open = deschisă obiecțiilor
proposal-objected = obiecție formulată
proposal-agreed = convenită
col-objections = Obiecții
objection-reason = Motivele obiecției formulate de { $party }
objection-hint = O singură obiecție oprește propunerea; tăcerea până la expirarea termenului valorează acord.
objection-submit = Formulați o obiecție
propose-open = Propuneți imaginea actuală drept convenită
propose-deadline = Termen (UTC)
col-note = Observație
propose-submit = Propuneți
facts-open = Fapte luate în considerare la opțiuni
facts-persons = Persoanele sau entitățile responsabile sunt identificate
facts-attempted = Activitatea a rămas în stadiu de tentativă (dejucată sau fără efect)
facts-dialogue = Un dialog cu statul în cauză este în curs
facts-regime = Regimul de sancțiuni împotriva atacurilor cibernetice se aplică deja celor în cauză
facts-partner = Relațiile cu statul în cauză
partner-unknown = neprecizat
partner-partner = partener
partner-neutral = neutru
partner-adversarial = ostil
facts-apply = Luați în considerare aceste fapte
options-why = De ce
package-submit = Constituiți un pachet din opțiunile bifate
packages-title = Pachete
procedure-open = Deschideți o procedură
procedure-subject-package = Privind un pachet
procedure-subject-text = Sau privind un text
procedure-open-submit = Deschideți procedura
dossier-responses = Răspunsuri
no-responses = Nu a fost adoptată nicio decizie în acest dosar.
col-measures = Măsuri
col-basis-legal = Temei juridic
attribution-record-joint = Înregistrați atribuirea comună adoptată de Consiliu
attribution-record-national = Înregistrați atribuirea națională a părții { $party }
attribution-procedure = Adoptată prin procedura
attribution-public = Publică
attribution-url = Legătură către declarație
attribution-submit = Înregistrați atribuirea
procedure-close = Închideți procedura
procedure-close-hint = Închiderea stabilește rezultatul în stadiul actual; pozițiile nu mai pot fi modificate.
event-dossier-created = Dosar deschis
event-dossier-updated = Fapte actualizate
event-dossier-transitioned = Stadiu modificat
event-dossier-marked = Marcaj modificat
event-evidence-added = Probă adăugată
event-evidence-withdrawn = Probă retrasă
event-assessment-submitted = Evaluare prezentată
event-picture-proposed = Imagine propusă drept convenită
event-picture-objected = Obiecție la imaginea propusă
event-package-assembled = Pachet de măsuri constituit
event-procedure-opened = Procedură deschisă
event-procedure-position-recorded = Poziție înregistrată
event-procedure-closed = Procedură închisă
event-attribution-recorded = Atribuire înregistrată
event-attribution-withdrawn = Atribuire retrasă

dossier-new = Deschide un dosar
dossier-new-submit = Deschide dosarul
marking-tlp = Nivel TLP
marking-releasable-hint = alte părți decât a dumneavoastră, separate prin virgule (de ex. EE, LV, EEAS)
marking-recipients = Destinatari nominali (TLP:RED; nume de utilizator separate prin virgule)
marking-own = Un element poate avea propriul marcaj, la fel de strict ca al dosarului sau mai strict.
marking-same = cel al dosarului
evidence-add = Adăugați o probă
evidence-url = Link
evidence-text = Text sau extras
evidence-submit = Adăugați proba
col-reliability = Fiabilitatea sursei
col-credibility = Credibilitatea informației

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Autentificarea a durat prea mult sau formularul nu provenea de pe acest site. Vă rugăm să vă autentificați din nou.
second-step-title = Al doilea factor
second-step-intro = Parola este corectă. Introduceți codul pe care îl afișează acum aplicația de autentificare.
second-step-code = Cod din șase cifre
second-step-failed = Codul este greșit, a expirat sau a fost deja folosit. Așteptați codul următor și încercați din nou.
second-step-recovery = Ați pierdut autentificatorul?
second-step-recovery-code = Cod de recuperare
second-step-hint = Fiecare cod funcționează o singură dată. Fără autentificator sau cod de recuperare, cereți unui ofițer de securitate al părții dumneavoastră să vă reseteze al doilea factor.
enrol-title = Configurați al doilea factor
enrol-required = Contul dumneavoastră administrează conturi sau autorizări de securitate: are nevoie de un al doilea factor înainte de orice altceva.
enrol-failed = Codul nu corespunde acestui secret. Verificați ora dispozitivului și introduceți codul pe care îl afișează acum.
enrol-step-app = Adăugați acest secret într-o aplicație de autentificare (bazat pe timp, 6 cifre, 30 de secunde):
enrol-open-app = Deschide într-o aplicație de autentificare
enrol-step-code = Pentru confirmare, introduceți codul afișat de aplicație:
enrol-confirm = Confirmă
enrol-done = Al doilea factor este configurat. De acum vă autentificați cu parola și un cod.
enrol-recovery-title = Coduri de recuperare
enrol-recovery-hint = Păstrați aceste coduri într-un loc sigur. Fiecare vă autentifică o singură dată în locul unui cod. Sunt afișate doar acum.
enrol-continue = Continuă
enrol-already = Contul dumneavoastră are un al doilea factor. Dacă pierdeți autentificatorul, un ofițer de securitate al părții dumneavoastră îl resetează.
login-sso = Autentificare cu { $provider }
sso-refused-title = Acces refuzat
sso-refused-unmapped = { $provider } v-a autentificat, dar nicio regulă a acestei instanțe nu dă acces contului dumneavoastră. Un ofițer de securitate al părții dumneavoastră trebuie să adauge o regulă de autentificare pentru dumneavoastră.
sso-refused-ambiguous = { $provider } v-a autentificat, dar contului dumneavoastră i se potrivesc reguli ale mai multor părți, astfel că această instanță nu poate ști în numele cui acționați. Adresați-vă ofițerului de securitate.
sso-refused-disabled = Contul dumneavoastră din această instanță este dezactivat.
sso-refused-party = Contul dumneavoastră acționează în numele altei părți decât cea pe care v-o atribuie acum regulile. Adresați-vă ofițerului de securitate.
sso-refused-hint = Această încercare a fost înregistrată în pista de audit.
sso-failed-title = Autentificare eșuată
sso-failed = Autentificarea cu { $provider } a eșuat: { $reason }
sso-continue = Continuă


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabelele populației din anexa III
admin-population-intro = Cifrele populației care decid majoritățile calificate (Regulamentul de procedură al Consiliului, anexa III). Un vot folosește tabelul anului său; dacă acesta nu este încărcat, pe cel mai apropiat, și o spune.
col-origin = Origine
col-total = Populația Uniunii
origin-shipped = livrat cu entente
origin-imported = încărcat în această instanță
population-replaced = înlocuit de o încărcare ulterioară
admin-population-label = Tabel de încărcat (JSON: an, sursă, total, cifrele celor 27 de state membre)
admin-population-submit = Încarcă tabelul
population-table-in-force = Populație: tabelul din anexa III pentru { $year }, în vigoare la momentul votului.
population-table-older = Populație: s-a folosit tabelul din anexa III pentru { $year }, nu tabelul în vigoare la momentul votului ({ $current }), care nu este încărcat. Un administrator îl poate încărca pe pagina de administrare.
population-table-supplied = Populație: cifre furnizate odată cu procedura.
robustness-holds = Rezultatul se menține la orice revizuire a cifrelor populației de până la ±2 %.
robustness-close = Strâns: o revizuire a cifrelor populației de până la ±2 % ar putea schimba rezultatul. Verificați cu tabelul în vigoare.
margin-members-in-favour = Membri pentru: { $actual }; necesari: { $required } (marjă: { $margin })
margin-population-in-favour = Populație pentru: { $actual }; necesară: { $required } (marjă: { $margin }; în puncte procentuale: { $points })
margin-blocking-minority = Membri care nu votează pentru: { $actual }; o minoritate de blocare necesită: { $required }
margin-declared-members = Membri care se abțin cu declarație oficială: { $actual }; actul este oprit de la: { $required }
margin-declared-population = Populația membrilor care se abțin cu declarație oficială: { $actual }; actul este oprit de la: { $required } (în puncte procentuale: { $points })
