# Meldungen der entente-Oberfläche: Deutsch.
# TLP-Bezeichnungen (TLP:AMBER ...) werden nie übersetzt (FIRST TLP 2.0, Abschnitt 1b).

skip-to-content = Zum Inhalt springen
banner-highest = Höchste Einstufung auf dieser Seite:
nav-main = Hauptnavigation
nav-language = Sprache
nav-dashboard = Übersicht
nav-dossiers = Dossiers
nav-search = Suche
nav-audit = Prüfprotokoll
nav-admin = Verwaltung
sign-in = Anmelden
sign-out = Abmelden
anonymous = Nicht angemeldet (öffentliche Ansicht: nur TLP:CLEAR)
footer-note = entente, der Instrumentenkasten der EU für die Cyberdiplomatie. Kennzeichnungen nach FIRST TLP 2.0 und Beschluss 2013/488/EU des Rates.
back-to-dashboard = Zurück zur Übersicht

login-user = Benutzername
login-password = Passwort
login-failed = Benutzername oder Passwort ist falsch.
login-anonymous-hint = Ohne Anmeldung sehen Sie nur öffentliche Informationen (TLP:CLEAR).

error-not-found = Nicht gefunden
error-forbidden = Nicht erlaubt
error-invalid = Die Anfrage ist unverständlich
error-server = Etwas ist schiefgegangen

status-detected = Erkannt
status-assessing = In Bewertung
status-deliberating = In Beratung
status-responded = Reaktion beschlossen
status-closed = Abgeschlossen

dashboard-title = Übersicht
dashboard-by-status = Dossiers nach Status
dashboard-recent-dossiers = Neueste Dossiers
dashboard-charts = Dossiers in Zahlen
dashboard-recent-events = Letzte Aktivitäten
all-dossiers = Alle Dossiers
no-dossiers = Keine Dossiers vorhanden.
no-events = Keine Aktivitäten vorhanden.

dossier-count =
    { $count ->
        [one] { $count } Dossier
       *[other] { $count } Dossiers
    }
party-count =
    { $count ->
        [one] { $count } Partei
       *[other] { $count } Parteien
    }
audit-intro =
    { $count ->
        [one] Das Protokoll enthält { $count } Ereignis. Sie sehen die Ereignisse, die Ihre Kennzeichnungen erlauben.
       *[other] Das Protokoll enthält { $count } Ereignisse. Sie sehen die Ereignisse, die Ihre Kennzeichnungen erlauben.
    }

chart-by-year = Dossiers nach Jahr der ersten Beobachtung
chart-by-sector = Dossiers nach betroffenem Sektor
chart-by-victim = Dossiers nach betroffenem Land
chart-as-table = Zahlen als Tabelle anzeigen
chart-empty = Noch keine Daten.

col-title = Titel
col-status = Status
col-first-seen = Erstmals beobachtet
col-victims = Betroffen
col-marking = Kennzeichnung
col-time = Zeit
col-event = Ereignis
col-actor = Von
col-year = Jahr
col-dossiers = Dossiers
col-sector = Sektor
col-country = Land
col-id = Kürzel
col-name = Name
col-kind = Art

dossiers-title = Dossiers
filter-text = Titel enthält
filter-any = Alle
filter-victim = Betroffenes Land (Kürzel)
filter-apply = Filter anwenden
pagination = Seiten
page-prev = Vorherige Seite
page-next = Nächste Seite
page-of = Seite { $page } von { $pages }

search-title = Dossiers durchsuchen
search-label = Wörter aus Titel oder Zusammenfassung, in jeder Sprache
search-button = Suchen

dossier-origin = Urheber
marking-releasable = Freigegeben für
dossier-summary = Zusammenfassung
no-summary = Noch keine Zusammenfassung.
shown-in = Angezeigt auf:
dossier-versions = Sprachfassungen
dossier-last-seen = Zuletzt beobachtet
dossier-timeline = Zeitleiste
dossier-sources = Quellen

admin-title = Verwaltung
admin-parties = Parteien
party-kind-member-state = Mitgliedstaat
party-kind-eu-body = EU-Organ oder -Einrichtung
party-kind-partner-state = Partnerland
party-kind-international-organisation = Internationale Organisation

audit-title = Prüfprotokoll

dossier-evidence = Belege
no-evidence = Keine Belege, die Sie sehen dürfen.
evidence-withdrawn = zurückgezogen
col-source = Quelle
col-grading = Bewertung (Admiralty)
col-party = Partei
dossier-assessments = Bewertungen der Parteien
no-assessments = Noch keine Bewertungen, die Sie sehen dürfen.
heat-legend = Stufen von 0 (niedrigste) bis 4 (höchste) für jede Dimension der Schlussfolgerungen des Rates von 2017; – bedeutet nicht bewertet. Jede Zelle zeigt ihre Stufe; die Farbe wiederholt sie nur.
col-confidence = Vertrauen
dossier-picture = Gemeinsames Lagebild
picture-severity = Schweregrad
picture-aggregate = Gesamtwert
picture-parties =
    { $count ->
        [one] { $count } Partei berücksichtigt
       *[other] { $count } Parteien berücksichtigt
    }
picture-agreed =
    { $count ->
        [one] { $count } vereinbarte Fassung
       *[other] { $count } vereinbarte Fassungen
    }
picture-open-proposals =
    { $count ->
        [one] { $count } offener Vorschlag
       *[other] { $count } offene Vorschläge
    }
col-dimension = Dimension
col-median = Median
col-range = Spanne
col-scored-by = Bewertet von
col-dissent = Abweichungen (Abstand zum Median)
severity-low = Gering
severity-moderate = Mäßig
severity-serious = Ernst
severity-severe = Schwer
severity-critical = Kritisch
severity-unknown = Noch unbekannt
dim-scope = Reichweite
dim-scale = Ausmaß
dim-duration = Dauer
dim-intensity = Intensität
dim-complexity = Komplexität
dim-sophistication = Raffinesse
dim-impact = Auswirkungen
dossier-procedures = Verfahren
no-procedures = Keine Verfahren, die Sie sehen dürfen.
col-subject = Gegenstand
col-rule = Abstimmungsregel
col-deadline = Frist
col-state = Stand
col-tally = Auszählung
tally-for = Dafür
tally-against = Dagegen
tally-abstain = Enthaltungen
procedure-package = Paket { $id }
procedure-state-open = Offen
procedure-state-expired = Frist abgelaufen
procedure-state-closed = Abgeschlossen
outcome-adopted = Angenommen
outcome-not-adopted = Nicht angenommen
outcome-pending = Ausstehend
outcome-undetermined = Unbestimmt
outcome-provisional = Wenn die Positionen so bleiben
position-for = Dafür
position-against = Dagegen
position-abstain = Enthaltung
position-declared-abstain = Konstruktive Enthaltung (Erklärung)
position-not-participating = Nimmt nicht teil
positions-recorded =
    { $count ->
        [one] { $count } Standpunkt erfasst
       *[other] { $count } Standpunkte erfasst
    }
procedure-title = Verfahren
back-to-dossier = Zurück zum Dossier
time-left = verbleibende Zeit:
position-record = Ihren Standpunkt erfassen
position-label = Standpunkt
declaration-label = Erklärung (freiwillig)
position-submit = Standpunkt erfassen
procedure-positions = Standpunkte
no-positions = Noch keine Standpunkte erfasst.
col-position = Standpunkt
col-declaration = Erklärung
admin-users = Konten
admin-users-hint = Konten werden nur Administratoren angezeigt.
user-count =
    { $count ->
        [one] { $count } Konto
       *[other] { $count } Konten
    }
col-roles = Rollen
col-clearance = Sicherheitsermächtigung
user-disabled = Deaktiviert
user-active = Aktiv
assess-open = Bewertung Ihrer Partei einreichen
assess-summary = Zusammenfassung (freiwillig)
assess-submit = Bewertung einreichen
col-level = Stufe
col-rationale = Begründung
confidence-low = Gering
confidence-moderate = Mittel
confidence-high = Hoch
dossier-attributions = Zuschreibungen
attribution-state = Stand der Zuschreibung
attribution-state-none = Keine erfasst
attribution-state-national = Nationale Zuschreibungen
attribution-state-joint = Gemeinsame Zuschreibung der EU
attribution-joint = gemeinsam
col-actor-attributed = Zugeschrieben an
col-likelihood = Wahrscheinlichkeit (ICD 203)
col-basis = Grundlage
col-date = Datum
dashboard-open-procedures = Offene Verfahren
no-open-procedures = Keine offenen Verfahren, die Sie sehen dürfen.
col-your-position = Standpunkt Ihrer Partei
position-needed = Erforderlich
chart-by-actor = Dossiers nach zugeschriebenem Akteur
dossier-options = Reaktionsmöglichkeiten
options-basis = Geordnet vom Verhältnismäßigkeitsmodul auf Grundlage des zuletzt vereinbarten Lagebilds und der erfassten Zuschreibungen, ohne weitere Tatsachen.
options-available = Verfügbar, die am wenigsten eskalierenden zuerst
options-not-available = Derzeit nicht verfügbar, und warum
options-escalation = Eskalationsstufe
options-need-agreed = Die Möglichkeiten werden geordnet, sobald die Parteien ein gemeinsames Lagebild vereinbart haben.

rule-unanimity = Einstimmigkeit
rule-qmv = Qualifizierte Mehrheit
rule-rqmv = Verstärkte qualifizierte Mehrheit
rule-simple = Einfache Mehrheit
rule-silence = Verfahren der stillschweigenden Zustimmung
rule-none = Kein Ratsbeschluss erforderlich

option-category-preventive = Präventive Maßnahmen
option-category-cooperative = Kooperative Maßnahmen
option-category-stability = Stabilitätsmaßnahmen
option-category-restrictive = Restriktive Maßnahmen
option-category-support = Unterstützung rechtmäßiger Reaktionen der Mitgliedstaaten

measure-confidence-building = Vertrauensbildende Maßnahmen
measure-awareness-raising = Sensibilisierung für die Politik der EU
measure-capacity-building = Aufbau von Cyberkapazitäten in Drittländern
measure-eu-dialogue = Von der EU geführte politische und thematische Dialoge
measure-delegation-demarche = Demarchen der EU-Delegationen
measure-hr-statement = Erklärung des Hohen Vertreters
measure-eu-declaration = Erklärung des Hohen Vertreters im Namen der EU
measure-council-conclusions = Schlussfolgerungen des Rates
measure-diplomatic-demarche = Diplomatische Demarche beim betreffenden Staat
measure-restrictive-listing = Restriktive Maßnahmen: Aufnahme in die Liste nach dem Beschluss (GASP) 2019/797 und der Verordnung (EU) 2019/796
measure-support-lawful-response = Unterstützung der rechtmäßigen Reaktion eines Mitgliedstaats
measure-mutual-assistance-42-7 = Gegenseitiger Beistand nach Artikel 42 Absatz 7 EUV
measure-solidarity-clause-222 = Solidaritätsklausel nach Artikel 222 AEUV

likelihood-almost-no-chance = nahezu ausgeschlossen
likelihood-very-unlikely = sehr unwahrscheinlich
likelihood-unlikely = unwahrscheinlich
likelihood-roughly-even-chance = etwa gleich wahrscheinlich
likelihood-likely = wahrscheinlich
likelihood-very-likely = sehr wahrscheinlich
likelihood-almost-certain = nahezu sicher

basis-technical = technisch
basis-intelligence = nachrichtendienstlich
basis-political = politisch

reliability-a = völlig zuverlässig
reliability-b = in der Regel zuverlässig
reliability-c = ziemlich zuverlässig
reliability-d = in der Regel nicht zuverlässig
reliability-e = unzuverlässig
reliability-f = Zuverlässigkeit nicht beurteilbar
credibility-1 = von anderen Quellen bestätigt
credibility-2 = wahrscheinlich zutreffend
credibility-3 = möglicherweise zutreffend
credibility-4 = zweifelhaft
credibility-5 = unwahrscheinlich
credibility-6 = Wahrheitsgehalt nicht beurteilbar

evidence-kind-document = Dokument
evidence-kind-link = Link
evidence-kind-stix = STIX-Objekt

role-delegate = Delegierter
role-analyst = Analyst
role-drafter = Verfasser
role-chair = Vorsitz
role-observer = Beobachter
role-admin = Administrator
role-security_officer = Sicherheitsbeauftragter
role-operator = Betreiber der Instanz

sector-energy = Energie
sector-transport = Verkehr
sector-banking = Bankwesen
sector-financial = Finanzmarktinfrastrukturen
sector-health = Gesundheitswesen
sector-drinking-water = Trinkwasser
sector-waste-water = Abwasser
sector-digital-infrastructure = Digitale Infrastruktur
sector-ict-services = Verwaltung von IKT-Diensten (Business-to-Business)
sector-public-administration = Öffentliche Verwaltung
sector-space = Weltraum
sector-courier = Post- und Kurierdienste
sector-waste-management = Abfallbewirtschaftung
sector-chemical = Herstellung, Produktion und Vertrieb chemischer Stoffe
sector-food = Produktion, Verarbeitung und Vertrieb von Lebensmitteln
sector-manufacturing = Verarbeitendes Gewerbe
sector-digital-providers = Anbieter digitaler Dienste
sector-research = Forschung
sector-parliament = Parlamente und gesetzgebende Körperschaften
sector-political-parties = Politische Parteien und Wahlkämpfe
sector-international-organisation = Internationale Organisationen
sector-defence = Verteidigung und Streitkräfte
sector-media-civil-society = Medien, Zivilgesellschaft und Wissenschaft

login-account-needed = Diese Instanz zeigt ohne Konto nichts an. Der Sicherheitsbeauftragte Ihrer Partei kann Ihnen eines einrichten.
password-change = Neues Passwort wählen
password-change-reset = Ein Sicherheitsbeauftragter Ihrer Partei hat Ihr Passwort zurückgesetzt. Wählen Sie ein neues, bevor Sie fortfahren; das erhaltene Passwort gilt dann nicht mehr.
password-current = Aktuelles Passwort
password-new = Neues Passwort (mindestens 12 Zeichen, nicht der Benutzername)
password-change-submit = Passwort ändern

activity-intro = Die Ereignisse, die Ihre Kennzeichnungen Ihnen zeigen, die ältesten zuerst.
audit-trail-intro = Das Prüfprotokoll: Anmeldungen, Kontoänderungen, Schreibvorgänge, protokollierte Lesezugriffe und Exporte, die neuesten zuerst, soweit Ihre Rolle und Ihre Kennzeichnungen es zulassen.
filter-user = Benutzer
filter-party = Partei
filter-object = Objekt (ein Dossier oder die Kennung eines Elements)
filter-since = Seit (Datum)
filter-type = Ereignistyp

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Sanktionsregister
nav-releases = Veröffentlichungen
statements-link = Erklärungen zu diesem Dossier
statements-title = Erklärungen
statements-none = Keine Erklärungen, die Sie einsehen dürfen.
statement-draft-heading = Eine Erklärung entwerfen
statement-kind-hr_declaration = Erklärung des Hohen Vertreters im Namen der EU
statement-kind-council_conclusions = Schlussfolgerungen des Rates
statement-kind-press_release = Pressemitteilung
statement-kind-demarche_points = Gesprächspunkte für eine Demarche
statement-kind-national_statement = Nationale Erklärung
statement-template = Vorlage
statement-no-template = Keine Vorlage
col-source-language = Ausgangssprache
col-version = Fassung
col-verified-by = Geprüft von
col-language = Sprache
col-text = Wortlaut
lang-status-draft = Entwurf
lang-status-translated = Übersetzt
lang-status-verified = Geprüft
statement-submit-draft = Entwurf speichern
statement-languages = Sprachfassungen
statement-translate-heading = Sprachfassung hinzufügen oder berichtigen
statement-translate-submit = Sprachfassung speichern
statement-mark-translated = Die Übersetzung ist fertig
statement-verify = Prüfen
statement-diff-heading = Änderungen zwischen den Fassungen
statement-diff-show = Änderungen anzeigen
statement-diff-legend = Gestrichene Wörter sind durchgestrichen, neue Wörter unterstrichen.
statement-embargo-heading = Sperrfrist
statement-embargo-none = Noch keine Sperrfrist festgelegt.
statement-embargo-set = Sperrfrist festlegen
col-capital = Hauptstadt
col-local-time = Ortszeit
statement-adoption-heading = Annahme
statement-no-adoption = Noch kein Verfahren zu dieser Erklärung.
statement-adopted-version = Angenommene Fassung
statement-release-heading = Veröffentlichung
statement-released = Veröffentlicht
statement-not-released = Nicht veröffentlicht
statement-release-submit = Jetzt in allen geprüften Sprachen veröffentlichen
statement-echoes-heading = Aufgreifen durch die Mitgliedstaaten
statement-echoed = Aufgegriffen
statement-not-echoed = Noch nicht
statement-export = Exportieren
releases-title = Veröffentlichte Erklärungen
releases-intro = Erklärungen der Europäischen Union und ihrer Mitgliedstaaten, wie veröffentlicht, in allen geprüften Sprachen.
releases-none = Noch nichts veröffentlicht.
releases-feed = Atom-Feed
sanctions-title = Register der Cyber-Sanktionen
sanctions-intro = Personen und Organisationen, die nach dem Beschluss (GASP) 2019/797 und der Verordnung (EU) 2019/796 des Rates (restriktive Maßnahmen gegen Cyberangriffe) gelistet sind.
sanctions-search = Name (in jeder Schrift, Transliteration oder als Aliasname)
sanctions-search-submit = Suchen
sanctions-status-active = In Kraft
sanctions-status-delisted = Von der Liste gestrichen
sanctions-status-all = Alle
sanctions-none = Kein Eintrag gefunden.
sanctions-kind-person = Natürliche Person
sanctions-kind-entity = Organisation
col-listed-on = Gelistet am
col-aliases = Aliasnamen
col-reasons = Gründe für die Listung
col-legal-acts = Rechtsakte
col-birth = Geburtsdatum und -ort
col-nationality = Staatsangehörigkeit
col-identifiers = Ausweisdokumente
col-address = Anschrift
col-matched = Gefundener Name
sanctions-review-heading = Jährliche Überprüfung der Listungen
sanctions-review-overdue = Überfällig: Die Überprüfung war am { $date } fällig, und keine Verlängerung ist erfasst.
sanctions-review-soon = Die Überprüfung ist am { $date } fällig.
sanctions-review-scheduled = Nächste Überprüfung: { $date }.
sanctions-framework-until = Die Sanktionsregelung gilt bis zum { $date }.
sanctions-renewals = Verlängerungen
sanctions-listings-until = Listungen verlängert bis
sanctions-export = Register exportieren
sanctions-links = Dossiers und Verfahren
sanctions-amendments = Änderungen
sanctions-delisted-on = Von der Liste gestrichen am { $date }
sanctions-unconfirmed = Nicht bestätigt
procedure-statement = Erklärung { $id }
sanctions-count =
    { $count ->
        [one] { $count } geltender Eintrag
       *[other] { $count } geltende Einträge
    }

statement-revise-heading = Neue Fassung in der Ausgangssprache
statement-revise-hint = Die Sprachfassungen bleiben bei der vorigen Fassung; die neue Fassung wird neu übersetzt.
statement-revise-note = Anmerkung zur Änderung
statement-revise-submit = Als neue Fassung speichern
