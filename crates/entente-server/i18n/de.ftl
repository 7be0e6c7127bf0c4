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

search-title = Alles durchsuchen, was Sie sehen dürfen
search-label = Wörter, Namen, Kennungen (T0800) oder eine „Wortgruppe“, in jeder Sprache
search-button = Suchen
search-results =
    { $count ->
        [one] { $count } Treffer
       *[other] { $count } Treffer
    }
search-kind-dossier = Dossiers
search-kind-evidence = Beweismittel
search-kind-assessment = Bewertungen
search-kind-attribution = Zuschreibungen
search-kind-stix = STIX-Objekte
search-sort = Sortierung
search-sort-relevance = Relevanz
search-sort-date = Neueste zuerst
search-from = Von (Datum)
search-to = Bis (Datum)
search-none = Nichts, was Sie sehen dürfen, passt zu diesen Wörtern.
search-dossier = Dossier

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
stage-title = Stand des Dossiers
stage-picture = Gemeinsames Lagebild
stage-picture-agreed = vereinbart
stage-picture-proposed = vorgeschlagen, Einwände möglich
stage-picture-assessed =
    { $count ->
        [one] { $count } Partei hat bewertet
       *[other] { $count } Parteien haben bewertet
    }
stage-options = Reaktionsmöglichkeiten
stage-options-available =
    { $count ->
        [one] { $count } Möglichkeit verfügbar
       *[other] { $count } Möglichkeiten verfügbar
    }
stage-options-need-picture = sobald das Lagebild vereinbart ist
stage-procedure = Beschlussfassung
stage-procedure-open = ein Verfahren ist eröffnet
stage-procedure-none =
    { $count ->
        [one] noch kein Verfahren; { $count } Paket zusammengestellt
       *[other] noch kein Verfahren; { $count } Pakete zusammengestellt
    }
stage-procedure-closed = abgeschlossen
stage-response = Reaktion
stage-response-adopted =
    { $count ->
        [one] { $count } Beschluss angenommen
       *[other] { $count } Beschlüsse angenommen
    }
stage-attribution = Zuschreibung
await-title = Von Ihnen erwartet
await-assess = Reichen Sie die Bewertung von { $party } ein.
await-proposal = Gegen ein vorgeschlagenes Lagebild können bis { $deadline } Einwände erhoben werden: Erheben Sie Einwand, wenn Ihre Partei nicht einverstanden ist, oder schweigen Sie, um zuzustimmen.
await-position = Erfassen Sie den Standpunkt von { $party } im offenen Verfahren.
await-propose = Schlagen Sie das aktuelle Lagebild als vereinbartes Lagebild vor.
await-package = Stellen Sie aus den verfügbaren Möglichkeiten ein Paket zusammen.
await-open = Eröffnen Sie ein Verfahren über das Paket.
await-close = Die Frist eines Verfahrens ist abgelaufen: Schließen Sie es ab, um sein Ergebnis festzustellen.
sections-nav = Abschnitte des Dossiers
basis-picture = Ein von den Mitgliedstaaten vereinbartes gemeinsames Lagebewusstsein (Schlussfolgerungen des Rates vom 19. Juni 2017, Nummer 5); vereinbart, wenn die Einwandsfrist ohne Einwand abläuft.
basis-options = Maßnahmen, die in einem angemessenen Verhältnis zu Reichweite, Ausmaß, Dauer, Intensität, Komplexität, Raffinesse und Auswirkungen der Tätigkeit stehen (Schlussfolgerungen des Rates vom 19. Juni 2017, Nummer 5).
basis-procedure = GASP-Beschlüsse werden einstimmig gefasst (Art. 31 Abs. 1 EUV); im Verfahren der stillschweigenden Zustimmung nach der Geschäftsordnung des Rates (Art. 12 Abs. 2) gilt ein Text als angenommen, sofern kein Mitglied vor Ablauf der Frist Einwände erhebt.
basis-attribution = Die Zuschreibung ist eine souveräne politische Entscheidung jedes Mitgliedstaats (Schlussfolgerungen des Rates vom 19. Juni 2017, Nummer 4); eine gemeinsame Zuschreibung wird vom Rat angenommen.
proposals-title = Vorschläge für das vereinbarte Lagebild
proposal-open = Einwände möglich
proposal-objected = Einwand erhoben
proposal-agreed = vereinbart
col-objections = Einwände
objection-reason = Warum { $party } Einwand erhebt
objection-hint = Ein einziger Einwand bringt den Vorschlag zu Fall; Schweigen bis zum Ablauf der Frist gilt als Zustimmung.
objection-submit = Einwand erheben
propose-open = Das aktuelle Lagebild als vereinbart vorschlagen
propose-deadline = Frist (UTC)
col-note = Anmerkung
propose-submit = Vorschlagen
facts-open = Tatsachen, die in die Abwägung der Möglichkeiten einfließen
facts-persons = Die verantwortlichen Personen oder Einrichtungen sind ermittelt
facts-attempted = Die Tätigkeit blieb im Versuchsstadium (vereitelt oder ohne Wirkung)
facts-dialogue = Ein Dialog mit dem betreffenden Staat ist im Gange
facts-regime = Die Betroffenen unterliegen bereits dem Sanktionsregime gegen Cyberangriffe
facts-partner = Beziehungen zum betreffenden Staat
partner-unknown = nicht angegeben
partner-partner = Partner
partner-neutral = neutral
partner-adversarial = gegnerisch
facts-apply = Diese Tatsachen berücksichtigen
options-why = Warum
package-submit = Paket aus den angekreuzten Möglichkeiten zusammenstellen
packages-title = Pakete
procedure-open = Verfahren eröffnen
procedure-subject-package = Über ein Paket
procedure-subject-text = Oder über einen Text
procedure-open-submit = Verfahren eröffnen
dossier-responses = Reaktionen
no-responses = Zu diesem Dossier wurde kein Beschluss angenommen.
col-measures = Maßnahmen
col-basis-legal = Rechtsgrundlage
attribution-record-joint = Die vom Rat angenommene gemeinsame Zuschreibung erfassen
attribution-record-national = Die nationale Zuschreibung von { $party } erfassen
attribution-procedure = Angenommen im Verfahren
attribution-public = Öffentlich
attribution-url = Link zur Erklärung
attribution-submit = Zuschreibung erfassen
procedure-close = Verfahren abschließen
procedure-close-hint = Der Abschluss legt das Ergebnis nach dem jetzigen Stand fest; die Standpunkte können danach nicht mehr geändert werden.
event-dossier-created = Dossier eröffnet
event-dossier-updated = Tatsachen aktualisiert
event-dossier-transitioned = Status geändert
event-dossier-marked = Kennzeichnung geändert
event-evidence-added = Beleg hinzugefügt
event-evidence-withdrawn = Beleg zurückgezogen
event-assessment-submitted = Bewertung eingereicht
event-picture-proposed = Lagebild als vereinbart vorgeschlagen
event-picture-objected = Einwand gegen das vorgeschlagene Lagebild
event-package-assembled = Maßnahmenpaket zusammengestellt
event-procedure-opened = Verfahren eröffnet
event-procedure-position-recorded = Standpunkt erfasst
event-procedure-closed = Verfahren abgeschlossen
event-attribution-recorded = Zuschreibung erfasst
event-attribution-withdrawn = Zuschreibung zurückgezogen

dossier-new = Ein Dossier eröffnen
dossier-new-submit = Dossier eröffnen
marking-tlp = TLP-Stufe
marking-releasable-hint = andere Parteien als Ihre, durch Kommas getrennt (z. B. EE, LV, EEAS)
marking-recipients = Namentlich benannte Empfänger (TLP:RED; Benutzernamen, durch Kommas getrennt)
marking-own = Ein Element kann eine eigene Kennzeichnung tragen, so streng wie die des Dossiers oder strenger.
marking-same = die des Dossiers
evidence-add = Beweismittel hinzufügen
evidence-url = Link
evidence-text = Text oder Auszug
evidence-submit = Beweismittel hinzufügen
col-reliability = Zuverlässigkeit der Quelle
col-credibility = Glaubwürdigkeit der Information

login-expired = Die Anmeldung hat zu lange gedauert oder das Formular stammte nicht von dieser Seite. Bitte melden Sie sich erneut an.
second-step-title = Zweiter Faktor
second-step-intro = Ihr Passwort ist richtig. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.
second-step-code = Sechsstelliger Code
second-step-failed = Dieser Code ist falsch, abgelaufen oder bereits verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.
second-step-recovery = Authenticator verloren?
second-step-recovery-code = Wiederherstellungscode
second-step-hint = Jeder Code gilt nur einmal. Ohne Authenticator oder Wiederherstellungscode bitten Sie eine Sicherheitsbeauftragte oder einen Sicherheitsbeauftragten Ihrer Partei, Ihren zweiten Faktor zurückzusetzen.
enrol-title = Zweiten Faktor einrichten
enrol-required = Ihr Konto verwaltet Konten oder Ermächtigungen: Es braucht einen zweiten Faktor, bevor Sie etwas anderes tun können.
enrol-failed = Dieser Code passt nicht zu diesem Geheimnis. Prüfen Sie die Uhrzeit Ihres Geräts und geben Sie den jetzt angezeigten Code ein.
enrol-step-app = Fügen Sie dieses Geheimnis einer Authenticator-App hinzu (zeitbasiert, 6 Ziffern, 30 Sekunden):
enrol-open-app = In einer Authenticator-App öffnen
enrol-step-code = Geben Sie zur Bestätigung den Code aus der App ein:
enrol-confirm = Bestätigen
enrol-done = Ihr zweiter Faktor ist eingerichtet. Ab jetzt melden Sie sich mit Passwort und Code an.
enrol-recovery-title = Wiederherstellungscodes
enrol-recovery-hint = Bewahren Sie diese Codes sicher auf. Jeder ersetzt einmal einen Code bei der Anmeldung. Sie werden nur jetzt angezeigt.
enrol-continue = Weiter
enrol-already = Ihr Konto hat einen zweiten Faktor. Geht Ihr Authenticator verloren, setzt ihn eine Sicherheitsbeauftragte oder ein Sicherheitsbeauftragter Ihrer Partei zurück.
login-sso = Anmelden mit { $provider }
sso-refused-title = Kein Zugang
sso-refused-unmapped = { $provider } hat Sie angemeldet, aber keine Regel dieser Instanz gewährt Ihrem Konto Zugang. Eine Sicherheitsbeauftragte oder ein Sicherheitsbeauftragter Ihrer Partei muss eine Anmelderegel für Sie anlegen.
sso-refused-ambiguous = { $provider } hat Sie angemeldet, aber Regeln mehrerer Parteien passen auf Ihr Konto; diese Instanz kann nicht wissen, für wen Sie handeln. Wenden Sie sich an Ihre Sicherheitsbeauftragten.
sso-refused-disabled = Ihr Konto auf dieser Instanz ist deaktiviert.
sso-refused-party = Ihr Konto handelt für eine andere Partei, als die Regeln Ihnen jetzt zuweisen. Wenden Sie sich an Ihre Sicherheitsbeauftragten.
sso-refused-hint = Dieser Versuch wurde im Prüfprotokoll vermerkt.
sso-failed-title = Anmeldung fehlgeschlagen
sso-failed = Die Anmeldung mit { $provider } ist fehlgeschlagen: { $reason }
sso-continue = Weiter


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Bevölkerungstabellen nach Anhang III
admin-population-intro = Die Bevölkerungszahlen, die über qualifizierte Mehrheiten entscheiden (Geschäftsordnung des Rates, Anhang III). Eine Abstimmung verwendet die Tabelle ihres Jahres; ist diese nicht geladen, die nächstgelegene, und sagt dies.
col-origin = Herkunft
col-total = Bevölkerung der Union
origin-shipped = mit entente ausgeliefert
origin-imported = in diese Instanz geladen
population-replaced = durch eine spätere Ladung ersetzt
admin-population-label = Zu ladende Tabelle (JSON: Jahr, Quelle, Gesamtzahl, Zahlen der 27 Mitgliedstaaten)
admin-population-submit = Tabelle laden
population-table-in-force = Bevölkerung: die Tabelle nach Anhang III für { $year }, zum Zeitpunkt der Abstimmung in Kraft.
population-table-older = Bevölkerung: Verwendet wurde die Tabelle nach Anhang III für { $year }, nicht die zum Zeitpunkt der Abstimmung geltende Tabelle ({ $current }), die nicht geladen ist. Die Administration kann sie auf der Verwaltungsseite laden.
population-table-supplied = Bevölkerung: mit dem Verfahren übermittelte Zahlen.
robustness-holds = Das Ergebnis hält jeder Änderung der Bevölkerungszahlen um bis zu ±2 % stand.
robustness-close = Knapp: Eine Änderung der Bevölkerungszahlen um bis zu ±2 % könnte das Ergebnis ändern. Mit der geltenden Tabelle prüfen.
margin-members-in-favour = Mitglieder dafür: { $actual }; erforderlich: { $required } (Abstand: { $margin })
margin-population-in-favour = Bevölkerung dafür: { $actual }; erforderlich: { $required } (Abstand: { $margin }; in Prozentpunkten: { $points })
margin-blocking-minority = Mitglieder, die nicht dafür stimmen: { $actual }; eine Sperrminorität braucht: { $required }
margin-declared-members = Mitglieder, die sich mit förmlicher Erklärung enthalten: { $actual }; der Rechtsakt scheitert ab: { $required }
margin-declared-population = Bevölkerung der Mitglieder, die sich mit förmlicher Erklärung enthalten: { $actual }; der Rechtsakt scheitert ab: { $required } (in Prozentpunkten: { $points })
