# Messaggi dell'interfaccia di entente: italiano.
# Le etichette TLP (TLP:AMBER ...) non si traducono mai (FIRST TLP 2.0, sezione 1b).

skip-to-content = Vai al contenuto
banner-highest = Contrassegno più elevato in questa pagina:
nav-main = Navigazione principale
nav-language = Lingua
nav-dashboard = Quadro generale
nav-dossiers = Fascicoli
nav-search = Ricerca
nav-audit = Registro di audit
nav-admin = Amministrazione
sign-in = Accedi
sign-out = Esci
anonymous = Accesso non effettuato (vista pubblica: solo TLP:CLEAR)
footer-note = entente, il pacchetto di strumenti della diplomazia informatica dell'UE. I contrassegni seguono FIRST TLP 2.0 e la decisione 2013/488/UE del Consiglio.
back-to-dashboard = Torna al quadro generale

login-user = Nome utente
login-password = Password
login-failed = Il nome utente o la password non sono corretti.
login-anonymous-hint = Senza accedere si vedono solo le informazioni pubbliche (TLP:CLEAR).

error-not-found = Non trovato
error-forbidden = Non consentito
error-invalid = Non è stato possibile interpretare la richiesta
error-server = Si è verificato un errore

status-detected = Rilevato
status-assessing = In valutazione
status-deliberating = In deliberazione
status-responded = Risposta adottata
status-closed = Chiuso

dashboard-title = Quadro generale
dashboard-by-status = Fascicoli per stato
dashboard-recent-dossiers = Fascicoli più recenti
dashboard-charts = I fascicoli in cifre
dashboard-recent-events = Attività recente
all-dossiers = Tutti i fascicoli
no-dossiers = Nessun fascicolo da mostrare.
no-events = Nessuna attività da mostrare.

dossier-count =
    { $count ->
        [one] { $count } fascicolo
        [many] { $count } di fascicoli
       *[other] { $count } fascicoli
    }
party-count =
    { $count ->
        [one] { $count } parte
        [many] { $count } di parti
       *[other] { $count } parti
    }
audit-intro =
    { $count ->
        [one] Il registro contiene { $count } evento. Sono visibili gli eventi consentiti dai suoi contrassegni.
        [many] Il registro contiene { $count } di eventi. Sono visibili gli eventi consentiti dai suoi contrassegni.
       *[other] Il registro contiene { $count } eventi. Sono visibili gli eventi consentiti dai suoi contrassegni.
    }

chart-by-year = Fascicoli per anno di primo rilevamento
chart-by-sector = Fascicoli per settore colpito
chart-by-victim = Fascicoli per paese colpito
chart-as-table = Mostra le cifre in una tabella
chart-empty = Ancora nessun dato.

col-title = Titolo
col-status = Stato
col-first-seen = Primo rilevamento
col-victims = Colpiti
col-marking = Contrassegno
col-time = Ora
col-event = Evento
col-actor = Autore
col-year = Anno
col-dossiers = Fascicoli
col-sector = Settore
col-country = Paese
col-id = Codice
col-name = Nome
col-kind = Tipo

dossiers-title = Fascicoli
filter-text = Il titolo contiene
filter-any = Qualsiasi
filter-victim = Paese colpito (codice)
filter-apply = Applica i filtri
pagination = Pagine
page-prev = Pagina precedente
page-next = Pagina successiva
page-of = Pagina { $page } di { $pages }

search-title = Cerca nei fascicoli
search-label = Parole del titolo o della sintesi, in qualsiasi lingua
search-button = Cerca

dossier-origin = Originatore
marking-releasable = Divulgabile a
dossier-summary = Sintesi
no-summary = Ancora nessuna sintesi.
shown-in = Visualizzato in:
dossier-versions = Versioni linguistiche
dossier-last-seen = Ultimo rilevamento
dossier-timeline = Cronologia
dossier-sources = Fonti

admin-title = Amministrazione
admin-parties = Parti
party-kind-member-state = Stato membro
party-kind-eu-body = Istituzione o organo dell'UE
party-kind-partner-state = Paese partner
party-kind-international-organisation = Organizzazione internazionale

audit-title = Registro di audit

dossier-evidence = Elementi di prova
no-evidence = Nessun elemento di prova che lei possa consultare.
evidence-withdrawn = ritirato
col-source = Fonte
col-grading = Valutazione (scala dell'Ammiragliato)
col-party = Parte
dossier-assessments = Valutazioni per parte
no-assessments = Ancora nessuna valutazione che lei possa consultare.
heat-legend = Livelli da 0 (il più basso) a 4 (il più alto) per ciascuna dimensione delle conclusioni del Consiglio del 2017; – significa non valutato. Ogni cella riporta il proprio livello; il colore si limita a ripeterlo.
col-confidence = Grado di fiducia
dossier-picture = Quadro comune
picture-severity = Gravità
picture-aggregate = punteggio complessivo
picture-parties =
    { $count ->
        [one] { $count } parte considerata
        [many] { $count } di parti considerate
       *[other] { $count } parti considerate
    }
picture-agreed =
    { $count ->
        [one] { $count } versione concordata
        [many] { $count } di versioni concordate
       *[other] { $count } versioni concordate
    }
picture-open-proposals =
    { $count ->
        [one] { $count } proposta aperta
        [many] { $count } di proposte aperte
       *[other] { $count } proposte aperte
    }
col-dimension = Dimensione
col-median = Mediana
col-range = Intervallo
col-scored-by = Valutato da
col-dissent = Divergenze (distanza dalla mediana)
severity-low = Bassa
severity-moderate = Moderata
severity-serious = Grave
severity-severe = Molto grave
severity-critical = Critica
severity-unknown = Non ancora nota
dim-scope = Portata
dim-scale = Scala
dim-duration = Durata
dim-intensity = Intensità
dim-complexity = Complessità
dim-sophistication = Sofisticazione
dim-impact = Impatto
dossier-procedures = Procedure
no-procedures = Nessuna procedura che lei possa consultare.
col-subject = Oggetto
col-rule = Regola di voto
col-deadline = Termine
col-state = Stato
col-tally = Conteggio
tally-for = Favorevoli
tally-against = Contrari
tally-abstain = Astenuti
procedure-package = Pacchetto { $id }
procedure-state-open = Aperta
procedure-state-expired = Termine scaduto
procedure-state-closed = Chiusa
outcome-adopted = Adottato
outcome-not-adopted = Non adottato
outcome-pending = In sospeso
outcome-undetermined = Indeterminato
outcome-provisional = Se le posizioni restano invariate
position-for = Favorevole
position-against = Contrario
position-abstain = Astensione
position-declared-abstain = Astensione costruttiva (dichiarazione)
position-not-participating = Non partecipa
positions-recorded =
    { $count ->
        [one] { $count } posizione registrata
        [many] { $count } di posizioni registrate
       *[other] { $count } posizioni registrate
    }
procedure-title = Procedura
back-to-dossier = Torna al fascicolo
time-left = tempo rimanente:
position-record = Registri la sua posizione
position-label = Posizione
declaration-label = Dichiarazione (facoltativa)
position-submit = Registra la posizione
procedure-positions = Posizioni
no-positions = Ancora nessuna posizione registrata.
col-position = Posizione
col-declaration = Dichiarazione
admin-users = Account
admin-users-hint = Gli account sono visibili solo agli amministratori.
user-count =
    { $count ->
        [one] { $count } account
        [many] { $count } di account
       *[other] { $count } account
    }
col-roles = Ruoli
col-clearance = Nulla osta di sicurezza
user-disabled = Disattivato
user-active = Attivo
assess-open = Presenti la valutazione della sua parte
assess-summary = Sintesi (facoltativa)
assess-submit = Presenta la valutazione
col-level = Livello
col-rationale = Motivazione
confidence-low = Basso
confidence-moderate = Moderato
confidence-high = Alto
dossier-attributions = Attribuzioni
attribution-state = Stato dell'attribuzione
attribution-state-none = Nessuna registrata
attribution-state-national = Attribuzioni nazionali
attribution-state-joint = Attribuzione congiunta dell'UE
attribution-joint = congiunta
col-actor-attributed = Attribuito a
col-likelihood = Probabilità (ICD 203)
col-basis = Fondamento
col-date = Data
dashboard-open-procedures = Procedure aperte
no-open-procedures = Nessuna procedura aperta che lei possa consultare.
col-your-position = Posizione della sua parte
position-needed = Richiesta
chart-by-actor = Fascicoli per attore cui sono attribuiti
dossier-options = Opzioni di risposta
options-basis = Classificate dal motore di proporzionalità sulla base dell'ultimo quadro concordato e delle attribuzioni registrate, senza aggiungere altri fatti.
options-available = Disponibili, a partire dalla meno escalatoria
options-not-available = Non disponibili per ora, e perché
options-escalation = escalation
options-need-agreed = Le opzioni sono classificate non appena le parti hanno concordato un quadro comune.

rule-unanimity = Unanimità
rule-qmv = Maggioranza qualificata
rule-rqmv = Maggioranza qualificata rafforzata
rule-simple = Maggioranza semplice
rule-silence = Procedura del silenzio
rule-none = Nessuna decisione del Consiglio necessaria

option-category-preventive = Misure preventive
option-category-cooperative = Misure di cooperazione
option-category-stability = Misure di stabilità
option-category-restrictive = Misure restrittive
option-category-support = Sostegno alle risposte legittime degli Stati membri

measure-confidence-building = Misure di rafforzamento della fiducia
measure-awareness-raising = Sensibilizzazione sulle politiche dell'UE
measure-capacity-building = Sviluppo delle capacità informatiche nei paesi terzi
measure-eu-dialogue = Dialoghi politici e tematici condotti dall'UE
measure-delegation-demarche = Passi diplomatici delle delegazioni dell'UE
measure-hr-statement = Dichiarazione dell'alto rappresentante
measure-eu-declaration = Dichiarazione dell'alto rappresentante a nome dell'UE
measure-council-conclusions = Conclusioni del Consiglio
measure-diplomatic-demarche = Passo diplomatico presso lo Stato interessato
measure-restrictive-listing = Misure restrittive: inserimento nell'elenco a norma della decisione (PESC) 2019/797 e del regolamento (UE) 2019/796
measure-support-lawful-response = Sostegno alla risposta legittima di uno Stato membro
measure-mutual-assistance-42-7 = Assistenza reciproca a norma dell'articolo 42, paragrafo 7, TUE
measure-solidarity-clause-222 = Clausola di solidarietà a norma dell'articolo 222 TFUE

likelihood-almost-no-chance = quasi escluso
likelihood-very-unlikely = molto improbabile
likelihood-unlikely = improbabile
likelihood-roughly-even-chance = probabilità pressoché pari
likelihood-likely = probabile
likelihood-very-likely = molto probabile
likelihood-almost-certain = quasi certo

basis-technical = tecnico
basis-intelligence = intelligence
basis-political = politico

reliability-a = completamente affidabile
reliability-b = di norma affidabile
reliability-c = abbastanza affidabile
reliability-d = di norma non affidabile
reliability-e = non affidabile
reliability-f = affidabilità non valutabile
credibility-1 = confermata da altre fonti
credibility-2 = probabilmente vera
credibility-3 = forse vera
credibility-4 = dubbia
credibility-5 = improbabile
credibility-6 = veridicità non valutabile

evidence-kind-document = Documento
evidence-kind-link = Collegamento
evidence-kind-stix = Oggetto STIX

role-delegate = Delegato
role-analyst = Analista
role-drafter = Redattore
role-chair = Presidenza
role-observer = Osservatore
role-admin = Amministratore
role-security_officer = Funzionario alla sicurezza
role-operator = Operatore dell'istanza

sector-energy = Energia
sector-transport = Trasporti
sector-banking = Settore bancario
sector-financial = Infrastrutture dei mercati finanziari
sector-health = Settore sanitario
sector-drinking-water = Acqua potabile
sector-waste-water = Acque reflue
sector-digital-infrastructure = Infrastrutture digitali
sector-ict-services = Gestione dei servizi TIC (business-to-business)
sector-public-administration = Pubblica amministrazione
sector-space = Spazio
sector-courier = Servizi postali e di corriere
sector-waste-management = Gestione dei rifiuti
sector-chemical = Fabbricazione, produzione e distribuzione di sostanze chimiche
sector-food = Produzione, trasformazione e distribuzione di alimenti
sector-manufacturing = Fabbricazione
sector-digital-providers = Fornitori di servizi digitali
sector-research = Ricerca
sector-parliament = Parlamenti e organi legislativi
sector-political-parties = Partiti politici e campagne elettorali
sector-international-organisation = Organizzazioni internazionali
sector-defence = Difesa e forze armate
sector-media-civil-society = Media, società civile e mondo accademico

login-account-needed = Questa istanza non mostra nulla senza un account. Il funzionario alla sicurezza della sua parte può fornirgliene uno.
password-change = Scelga una nuova password
password-change-reset = Un funzionario alla sicurezza della sua parte ha reimpostato la sua password. Ne scelga una nuova prima di proseguire; quella ricevuta smette di funzionare.
password-current = Password attuale
password-new = Nuova password (almeno 12 caratteri, non il nome utente)
password-change-submit = Cambia la password

activity-intro = Gli eventi che le sue marcature le permettono di vedere, dal più vecchio.
audit-trail-intro = La traccia di audit: accessi, modifiche degli account, scritture, letture sottoposte ad audit ed esportazioni, dalla più recente, per quanto consentono il suo ruolo e le sue marcature.
filter-user = Utente
filter-party = Parte
filter-object = Oggetto (un fascicolo o l'identificativo di un elemento)
filter-since = Dal (data)
filter-type = Tipo di evento

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Registro delle sanzioni
nav-releases = Pubblicazioni
statements-link = Dichiarazioni su questo fascicolo
statements-title = Dichiarazioni
statements-none = Nessuna dichiarazione che lei possa consultare.
statement-draft-heading = Redigere una dichiarazione
statement-kind-hr_declaration = Dichiarazione dell'alto rappresentante a nome dell'UE
statement-kind-council_conclusions = Conclusioni del Consiglio
statement-kind-press_release = Comunicato stampa
statement-kind-demarche_points = Elementi di linguaggio per un passo diplomatico
statement-kind-national_statement = Dichiarazione nazionale
statement-template = Modello
statement-no-template = Nessun modello
col-source-language = Lingua di partenza
col-version = Versione
col-verified-by = Verificata da
col-language = Lingua
col-text = Testo
lang-status-draft = Bozza
lang-status-translated = Tradotta
lang-status-verified = Verificata
statement-submit-draft = Salva la bozza
statement-languages = Versioni linguistiche
statement-translate-heading = Aggiungere o correggere una versione linguistica
statement-translate-submit = Salva la versione linguistica
statement-mark-translated = La traduzione è completa
statement-verify = Verifica
statement-diff-heading = Modifiche tra le versioni
statement-diff-show = Mostra le modifiche
statement-diff-legend = Le parole soppresse sono barrate; quelle aggiunte sono sottolineate.
statement-embargo-heading = Embargo
statement-embargo-none = Nessun embargo fissato finora.
statement-embargo-set = Fissa l'embargo
col-capital = Capitale
col-local-time = Ora locale
statement-adoption-heading = Adozione
statement-no-adoption = Nessuna procedura su questa dichiarazione finora.
statement-adopted-version = Versione adottata
statement-release-heading = Pubblicazione
statement-released = Pubblicata
statement-not-released = Non pubblicata
statement-release-submit = Pubblica ora in tutte le lingue verificate
statement-echoes-heading = Rilancio da parte degli Stati membri
statement-echoed = Rilanciata
statement-not-echoed = Non ancora
statement-export = Esporta
releases-title = Dichiarazioni pubblicate
releases-intro = Dichiarazioni dell'Unione europea e dei suoi Stati membri così come pubblicate, in tutte le lingue verificate.
releases-none = Nulla è stato ancora pubblicato.
releases-feed = Feed Atom
sanctions-title = Registro delle sanzioni informatiche
sanctions-intro = Persone ed entità inserite nell'elenco a norma della decisione (PESC) 2019/797 e del regolamento (UE) 2019/796 del Consiglio (misure restrittive contro gli attacchi informatici).
sanctions-search = Nome (in qualsiasi alfabeto, traslitterazione o alias)
sanctions-search-submit = Cerca
sanctions-status-active = In vigore
sanctions-status-delisted = Cancellata dall'elenco
sanctions-status-all = Tutte
sanctions-none = Nessuna voce corrisponde.
sanctions-kind-person = Persona fisica
sanctions-kind-entity = Entità
col-listed-on = Inserita il
col-aliases = Alias
col-reasons = Motivi dell'inserimento
col-legal-acts = Atti giuridici
col-birth = Data e luogo di nascita
col-nationality = Cittadinanza
col-identifiers = Documenti di identità
col-address = Indirizzo
col-matched = Nome trovato
sanctions-review-heading = Riesame annuale delle inserzioni
sanctions-review-overdue = In ritardo: il riesame era previsto il { $date } e non risulta alcun rinnovo.
sanctions-review-soon = Il riesame è previsto il { $date }.
sanctions-review-scheduled = Prossimo riesame: { $date }.
sanctions-framework-until = Il regime si applica fino al { $date }.
sanctions-renewals = Rinnovi
sanctions-listings-until = Inserzioni prorogate fino al
sanctions-export = Esporta il registro
sanctions-links = Fascicoli e procedure
sanctions-amendments = Modifiche
sanctions-delisted-on = Cancellata dall'elenco il { $date }
sanctions-unconfirmed = Non confermato
procedure-statement = Dichiarazione { $id }
sanctions-count =
    { $count ->
        [one] { $count } voce in vigore
        [many] { $count } di voci in vigore
       *[other] { $count } voci in vigore
    }

statement-revise-heading = Nuova versione nella lingua di partenza
statement-revise-hint = Le versioni linguistiche restano alla versione precedente; la nuova versione va tradotta di nuovo.
statement-revise-note = Nota sulla modifica
statement-revise-submit = Salva come nuova versione
