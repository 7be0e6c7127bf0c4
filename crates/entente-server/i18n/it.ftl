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

search-title = Cerca in tutto ciò che può vedere
search-label = Parole, nomi, identificativi (T0800) o una «frase», in qualsiasi lingua
search-button = Cerca
search-results =
    { $count ->
        [one] { $count } risultato
        [many] { $count } di risultati
       *[other] { $count } risultati
    }
search-kind-dossier = Fascicoli
search-kind-evidence = Elementi di prova
search-kind-assessment = Valutazioni
search-kind-attribution = Attribuzioni
search-kind-stix = Oggetti STIX
search-sort = Ordine
search-sort-relevance = Pertinenza
search-sort-date = Più recenti prima
search-from = Dal (data)
search-to = Al (data)
search-none = Nulla di ciò che può vedere corrisponde a queste parole.
search-dossier = Fascicolo

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
stage-title = A che punto è il fascicolo
stage-picture = Quadro comune
stage-picture-agreed = concordato
stage-picture-proposed = proposto, aperto alle obiezioni
stage-picture-assessed =
    { $count ->
        [one] { $count } parte ha presentato la valutazione
        [many] { $count } di parti hanno presentato la valutazione
       *[other] { $count } parti hanno presentato la valutazione
    }
stage-options = Opzioni di risposta
stage-options-available =
    { $count ->
        [one] { $count } opzione disponibile
        [many] { $count } di opzioni disponibili
       *[other] { $count } opzioni disponibili
    }
stage-options-need-picture = non appena il quadro sarà concordato
stage-procedure = Decisione
stage-procedure-open = è aperta una procedura
stage-procedure-none =
    { $count ->
        [one] ancora nessuna procedura; { $count } pacchetto predisposto
        [many] ancora nessuna procedura; { $count } di pacchetti predisposti
       *[other] ancora nessuna procedura; { $count } pacchetti predisposti
    }
stage-procedure-closed = chiusa
stage-response = Risposta
stage-response-adopted =
    { $count ->
        [one] { $count } decisione adottata
        [many] { $count } di decisioni adottate
       *[other] { $count } decisioni adottate
    }
stage-attribution = Attribuzione
await-title = In attesa di un suo intervento
await-assess = Presenti la valutazione di { $party }.
await-proposal = Un quadro proposto è aperto alle obiezioni fino al { $deadline }: sollevi un'obiezione se la sua parte non è d'accordo, oppure taccia per dare il suo accordo.
await-position = Registri la posizione di { $party } nella procedura aperta.
await-propose = Proponga il quadro attuale come quadro concordato.
await-package = Predisponga un pacchetto a partire dalle opzioni disponibili.
await-open = Avvii una procedura sul pacchetto.
await-close = Il termine di una procedura è scaduto: la chiuda per fissarne l'esito.
sections-nav = Sezioni del fascicolo
basis-picture = Una conoscenza situazionale comune concordata tra gli Stati membri (conclusioni del Consiglio del 19 giugno 2017, punto 5); si considera concordato quando il termine per le obiezioni scade senza obiezioni.
basis-options = Misure proporzionate alla portata, alla scala, alla durata, all'intensità, alla complessità, alla sofisticazione e all'impatto dell'attività (conclusioni del Consiglio del 19 giugno 2017, punto 5).
basis-procedure = Le decisioni PESC sono adottate all'unanimità (articolo 31, paragrafo 1, TUE); con la procedura del silenzio prevista dal regolamento interno del Consiglio (articolo 12, paragrafo 2) un testo è adottato a meno che un membro non sollevi obiezioni prima della scadenza del termine.
basis-attribution = L'attribuzione è una decisione politica sovrana di ciascuno Stato membro (conclusioni del Consiglio del 19 giugno 2017, punto 4); un'attribuzione congiunta è adottata dal Consiglio.
proposals-title = Proposte di quadro concordato
proposal-open = aperta alle obiezioni
proposal-objected = oggetto di obiezione
proposal-agreed = concordata
col-objections = Obiezioni
objection-reason = Motivi dell'obiezione di { $party }
objection-hint = Una sola obiezione blocca la proposta; il silenzio fino alla scadenza del termine vale come accordo.
objection-submit = Sollevare un'obiezione
propose-open = Proporre il quadro attuale come concordato
propose-deadline = Termine (UTC)
col-note = Nota
propose-submit = Proporre
facts-open = Fatti di cui tengono conto le opzioni
facts-persons = Le persone o entità responsabili sono identificate
facts-attempted = L'attività è stata tentata (sventata o senza effetto)
facts-dialogue = È in corso un dialogo con lo Stato interessato
facts-regime = Il regime di sanzioni contro gli attacchi informatici si applica già ai soggetti interessati
facts-partner = Relazioni con lo Stato interessato
partner-unknown = non indicato
partner-partner = partner
partner-neutral = neutrale
partner-adversarial = ostile
facts-apply = Tenere conto di questi fatti
options-why = Perché
package-submit = Predisporre un pacchetto con le opzioni selezionate
packages-title = Pacchetti
procedure-open = Avviare una procedura
procedure-subject-package = Su un pacchetto
procedure-subject-text = Oppure su un testo
procedure-open-submit = Avviare la procedura
dossier-responses = Risposte
no-responses = Nessuna decisione è stata adottata su questo fascicolo.
col-measures = Misure
col-basis-legal = Base giuridica
attribution-record-joint = Registrare l'attribuzione congiunta adottata dal Consiglio
attribution-record-national = Registrare l'attribuzione nazionale di { $party }
attribution-procedure = Adottata con la procedura
attribution-public = Pubblica
attribution-url = Collegamento alla dichiarazione
attribution-submit = Registrare l'attribuzione
procedure-close = Chiudere la procedura
procedure-close-hint = La chiusura fissa l'esito allo stato attuale; le posizioni non possono più essere modificate.
event-dossier-created = Fascicolo aperto
event-dossier-updated = Fatti aggiornati
event-dossier-transitioned = Stato modificato
event-dossier-marked = Marcatura modificata
event-evidence-added = Elemento di prova aggiunto
event-evidence-withdrawn = Elemento di prova ritirato
event-assessment-submitted = Valutazione presentata
event-picture-proposed = Quadro proposto come concordato
event-picture-objected = Obiezione al quadro proposto
event-package-assembled = Pacchetto di misure predisposto
event-procedure-opened = Procedura avviata
event-procedure-position-recorded = Posizione registrata
event-procedure-closed = Procedura chiusa
event-attribution-recorded = Attribuzione registrata
event-attribution-withdrawn = Attribuzione ritirata

dossier-new = Aprire un fascicolo
dossier-new-submit = Apri il fascicolo
marking-tlp = Livello TLP
marking-releasable-hint = altre parti oltre alla sua, separate da virgole (ad es. EE, LV, EEAS)
marking-recipients = Destinatari nominativi (TLP:RED; nomi utente separati da virgole)
marking-own = Un elemento può avere una propria marcatura, rigorosa quanto quella del fascicolo o più.
marking-same = quella del fascicolo
evidence-add = Aggiungere un elemento di prova
evidence-url = Link
evidence-text = Testo o estratto
evidence-submit = Aggiungi l'elemento di prova
col-reliability = Affidabilità della fonte
col-credibility = Credibilità dell'informazione

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = L'accesso ha richiesto troppo tempo o il modulo non proveniva da questo sito. Accedi di nuovo.
second-step-title = Secondo fattore
second-step-intro = La password è corretta. Digita il codice che la tua app di autenticazione mostra ora.
second-step-code = Codice a sei cifre
second-step-failed = Il codice è errato, scaduto o già usato. Attendi il codice successivo e riprova.
second-step-recovery = Hai perso l'autenticatore?
second-step-recovery-code = Codice di recupero
second-step-hint = Ogni codice vale una sola volta. Senza autenticatore né codice di recupero, chiedi a un responsabile della sicurezza della tua parte di reimpostare il secondo fattore.
enrol-title = Configura il secondo fattore
enrol-required = Il tuo account amministra account o nulla osta: gli serve un secondo fattore prima di poter fare altro.
enrol-failed = Il codice non corrisponde a questo segreto. Controlla l'ora del dispositivo e digita il codice che mostra ora.
enrol-step-app = Aggiungi questo segreto a un'app di autenticazione (basata sul tempo, 6 cifre, 30 secondi):
enrol-open-app = Apri in un'app di autenticazione
enrol-step-code = Digita il codice mostrato dall'app per confermare:
enrol-confirm = Conferma
enrol-done = Il secondo fattore è configurato. D'ora in poi accedi con password e codice.
enrol-recovery-title = Codici di recupero
enrol-recovery-hint = Conserva questi codici in un luogo sicuro. Ciascuno ti fa accedere una volta al posto di un codice. Vengono mostrati solo ora.
enrol-continue = Continua
enrol-already = Il tuo account ha un secondo fattore. Se perdi l'autenticatore, lo reimposta un responsabile della sicurezza della tua parte.
login-sso = Accedi con { $provider }
sso-refused-title = Accesso negato
sso-refused-unmapped = { $provider } ti ha autenticato, ma nessuna regola di questa istanza dà accesso al tuo account. Un responsabile della sicurezza della tua parte deve aggiungere una regola di accesso per te.
sso-refused-ambiguous = { $provider } ti ha autenticato, ma al tuo account corrispondono regole di più parti, quindi questa istanza non può sapere per chi agisci. Rivolgiti al tuo responsabile della sicurezza.
sso-refused-disabled = Il tuo account su questa istanza è disattivato.
sso-refused-party = Il tuo account agisce per una parte diversa da quella che le regole ti assegnano ora. Rivolgiti al tuo responsabile della sicurezza.
sso-refused-hint = Questo tentativo è stato registrato nella traccia di audit.
sso-failed-title = Accesso non riuscito
sso-failed = L'accesso con { $provider } non è riuscito: { $reason }
sso-continue = Continua


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabelle della popolazione dell'allegato III
admin-population-intro = Le cifre della popolazione che decidono le maggioranze qualificate (regolamento interno del Consiglio, allegato III). Una votazione usa la tabella del suo anno; se non è caricata, la più vicina, e lo indica.
col-origin = Origine
col-total = Popolazione dell'Unione
origin-shipped = fornita con entente
origin-imported = caricata in questa istanza
population-replaced = sostituita da un caricamento successivo
admin-population-label = Tabella da caricare (JSON: anno, fonte, totale, cifre dei 27 Stati membri)
admin-population-submit = Carica la tabella
population-table-in-force = Popolazione: la tabella dell'allegato III per il { $year }, in vigore al momento della votazione.
population-table-older = Popolazione: è stata usata la tabella dell'allegato III per il { $year }, non quella in vigore al momento della votazione ({ $current }), che non è caricata. Un amministratore può caricarla nella pagina di amministrazione.
population-table-supplied = Popolazione: cifre fornite con la procedura.
robustness-holds = Il risultato regge a qualsiasi revisione delle cifre della popolazione fino a ±2 %.
robustness-close = Risultato incerto: una revisione delle cifre della popolazione fino a ±2 % potrebbe cambiarlo. Verificare con la tabella in vigore.
margin-members-in-favour = Membri favorevoli: { $actual }; necessari: { $required } (margine: { $margin })
margin-population-in-favour = Popolazione favorevole: { $actual }; necessaria: { $required } (margine: { $margin }; in punti percentuali: { $points })
margin-blocking-minority = Membri non favorevoli: { $actual }; una minoranza di blocco richiede: { $required }
margin-declared-members = Membri che si astengono con dichiarazione formale: { $actual }; l'atto è bloccato a partire da: { $required }
margin-declared-population = Popolazione dei membri che si astengono con dichiarazione formale: { $actual }; l'atto è bloccato a partire da: { $required } (in punti percentuali: { $points })
