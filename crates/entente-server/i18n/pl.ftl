# Komunikaty interfejsu entente: polski.
# Oznaczeń TLP (TLP:AMBER ...) nigdy się nie tłumaczy (FIRST TLP 2.0, sekcja 1b).

skip-to-content = Przejdź do treści
banner-highest = Najwyższe oznaczenie na tej stronie:
nav-main = Nawigacja główna
nav-language = Język
nav-dashboard = Przegląd
nav-dossiers = Sprawy
nav-search = Wyszukiwanie
nav-audit = Dziennik audytu
nav-admin = Administracja
sign-in = Zaloguj się
sign-out = Wyloguj się
anonymous = Niezalogowany (widok publiczny: tylko TLP:CLEAR)
footer-note = entente, zestaw narzędzi dyplomacji cyberprzestrzeni UE. Oznaczenia są zgodne z FIRST TLP 2.0 i decyzją Rady 2013/488/UE.
back-to-dashboard = Powrót do przeglądu

login-user = Nazwa użytkownika
login-password = Hasło
login-failed = Nazwa użytkownika lub hasło są nieprawidłowe.
login-anonymous-hint = Bez zalogowania widoczne są tylko informacje publiczne (TLP:CLEAR).

error-not-found = Nie znaleziono
error-forbidden = Brak uprawnień
error-invalid = Nie udało się zrozumieć żądania
error-server = Wystąpił błąd

status-detected = Wykryto
status-assessing = W trakcie oceny
status-deliberating = W trakcie obrad
status-responded = Przyjęto reakcję
status-closed = Zamknięta

dashboard-title = Przegląd
dashboard-by-status = Sprawy według statusu
dashboard-recent-dossiers = Najnowsze sprawy
dashboard-charts = Sprawy w liczbach
dashboard-recent-events = Ostatnia aktywność
all-dossiers = Wszystkie sprawy
no-dossiers = Brak spraw do wyświetlenia.
no-events = Brak aktywności do wyświetlenia.

dossier-count =
    { $count ->
        [one] { $count } sprawa
        [few] { $count } sprawy
        [many] { $count } spraw
       *[other] { $count } sprawy
    }
party-count =
    { $count ->
        [one] { $count } strona
        [few] { $count } strony
        [many] { $count } stron
       *[other] { $count } strony
    }
audit-intro =
    { $count ->
        [one] Dziennik zawiera { $count } zdarzenie. Widoczne są zdarzenia, na które pozwalają Twoje oznaczenia.
        [few] Dziennik zawiera { $count } zdarzenia. Widoczne są zdarzenia, na które pozwalają Twoje oznaczenia.
        [many] Dziennik zawiera { $count } zdarzeń. Widoczne są zdarzenia, na które pozwalają Twoje oznaczenia.
       *[other] Dziennik zawiera { $count } zdarzenia. Widoczne są zdarzenia, na które pozwalają Twoje oznaczenia.
    }

chart-by-year = Sprawy według roku pierwszego wykrycia
chart-by-sector = Sprawy według dotkniętego sektora
chart-by-victim = Sprawy według dotkniętego państwa
chart-as-table = Pokaż liczby w tabeli
chart-empty = Brak danych.

col-title = Tytuł
col-status = Status
col-first-seen = Pierwsze wykrycie
col-victims = Poszkodowani
col-marking = Oznaczenie
col-time = Czas
col-event = Zdarzenie
col-actor = Wykonawca
col-year = Rok
col-dossiers = Sprawy
col-sector = Sektor
col-country = Państwo
col-id = Kod
col-name = Nazwa
col-kind = Rodzaj

dossiers-title = Sprawy
filter-text = Tytuł zawiera
filter-any = Dowolny
filter-victim = Dotknięte państwo (kod)
filter-apply = Zastosuj filtry
pagination = Strony
page-prev = Poprzednia strona
page-next = Następna strona
page-of = Strona { $page } z { $pages }

search-title = Wyszukiwanie spraw
search-label = Słowa z tytułu lub streszczenia, w dowolnym języku
search-button = Szukaj

dossier-origin = Autor
marking-releasable = Może zostać udostępnione
dossier-summary = Streszczenie
no-summary = Brak streszczenia.
shown-in = Wyświetlono w języku:
dossier-versions = Wersje językowe
dossier-last-seen = Ostatnie wykrycie
dossier-timeline = Chronologia
dossier-sources = Źródła

admin-title = Administracja
admin-parties = Strony
party-kind-member-state = Państwo członkowskie
party-kind-eu-body = Instytucja lub organ UE
party-kind-partner-state = Państwo partnerskie
party-kind-international-organisation = Organizacja międzynarodowa

audit-title = Dziennik audytu

dossier-evidence = Dowody
no-evidence = Brak dowodów, do których masz dostęp.
evidence-withdrawn = wycofano
col-source = Źródło
col-grading = Ocena (skala admiralicji)
col-party = Strona
dossier-assessments = Oceny poszczególnych stron
no-assessments = Brak ocen, do których masz dostęp.
heat-legend = Poziomy od 0 (najniższy) do 4 (najwyższy) w każdym wymiarze konkluzji Rady z 2017 r.; – oznacza brak oceny. Każda komórka podaje swój poziom; kolor jedynie go powtarza.
col-confidence = Stopień pewności
dossier-picture = Wspólny obraz sytuacji
picture-severity = Waga
picture-aggregate = wynik łączny
picture-parties =
    { $count ->
        [one] { $count } uwzględniona strona
        [few] { $count } uwzględnione strony
        [many] { $count } uwzględnionych stron
       *[other] { $count } uwzględnionej strony
    }
picture-agreed =
    { $count ->
        [one] { $count } uzgodniona wersja
        [few] { $count } uzgodnione wersje
        [many] { $count } uzgodnionych wersji
       *[other] { $count } uzgodnionej wersji
    }
picture-open-proposals =
    { $count ->
        [one] { $count } otwarta propozycja
        [few] { $count } otwarte propozycje
        [many] { $count } otwartych propozycji
       *[other] { $count } otwartej propozycji
    }
col-dimension = Wymiar
col-median = Mediana
col-range = Rozstęp
col-scored-by = Oceniający
col-dissent = Rozbieżności (odległość od mediany)
severity-low = Niska
severity-moderate = Umiarkowana
severity-serious = Poważna
severity-severe = Bardzo poważna
severity-critical = Krytyczna
severity-unknown = Jeszcze nieznana
dim-scope = Zasięg
dim-scale = Skala
dim-duration = Czas trwania
dim-intensity = Intensywność
dim-complexity = Złożoność
dim-sophistication = Stopień zaawansowania
dim-impact = Skutki
dossier-procedures = Procedury
no-procedures = Brak procedur, do których masz dostęp.
col-subject = Przedmiot
col-rule = Tryb podejmowania decyzji
col-deadline = Termin
col-state = Stan
col-tally = Wynik głosowania
tally-for = Za
tally-against = Przeciw
tally-abstain = Wstrzymujący się
procedure-package = Pakiet { $id }
procedure-state-open = Otwarta
procedure-state-expired = Termin upłynął
procedure-state-closed = Zamknięta
outcome-adopted = Przyjęto
outcome-not-adopted = Nie przyjęto
outcome-pending = W toku
outcome-undetermined = Nierozstrzygnięte
outcome-provisional = Jeżeli stanowiska się nie zmienią
position-for = Za
position-against = Przeciw
position-abstain = Wstrzymanie się od głosu
position-declared-abstain = Konstruktywne wstrzymanie się od głosu (deklaracja)
position-not-participating = Nie uczestniczy
positions-recorded =
    { $count ->
        [one] { $count } zarejestrowane stanowisko
        [few] { $count } zarejestrowane stanowiska
        [many] { $count } zarejestrowanych stanowisk
       *[other] { $count } zarejestrowanego stanowiska
    }
procedure-title = Procedura
back-to-dossier = Powrót do sprawy
time-left = pozostały czas:
position-record = Zarejestruj swoje stanowisko
position-label = Stanowisko
declaration-label = Deklaracja (nieobowiązkowa)
position-submit = Zarejestruj stanowisko
procedure-positions = Stanowiska
no-positions = Nie zarejestrowano jeszcze żadnych stanowisk.
col-position = Stanowisko
col-declaration = Deklaracja
admin-users = Konta
admin-users-hint = Konta są widoczne wyłącznie dla administratorów.
user-count =
    { $count ->
        [one] { $count } konto
        [few] { $count } konta
        [many] { $count } kont
       *[other] { $count } konta
    }
col-roles = Role
col-clearance = Poświadczenie bezpieczeństwa
user-disabled = Wyłączone
user-active = Aktywne
assess-open = Przedłóż ocenę swojej strony
assess-summary = Streszczenie (nieobowiązkowe)
assess-submit = Przedłóż ocenę
col-level = Poziom
col-rationale = Uzasadnienie
confidence-low = Niski
confidence-moderate = Umiarkowany
confidence-high = Wysoki
dossier-attributions = Przypisanie odpowiedzialności
attribution-state = Stan przypisania
attribution-state-none = Brak zarejestrowanych
attribution-state-national = Przypisania krajowe
attribution-state-joint = Wspólne przypisanie przez UE
attribution-joint = wspólne
col-actor-attributed = Przypisano
col-likelihood = Prawdopodobieństwo (ICD 203)
col-basis = Podstawa
col-date = Data
dashboard-open-procedures = Otwarte procedury
no-open-procedures = Brak otwartych procedur, do których masz dostęp.
col-your-position = Stanowisko Twojej strony
position-needed = Wymagane
chart-by-actor = Sprawy według podmiotu, któremu je przypisano
dossier-options = Możliwe reakcje
options-basis = Uszeregowane przez moduł proporcjonalności na podstawie ostatniego uzgodnionego obrazu sytuacji i zarejestrowanych przypisań, bez uwzględniania innych faktów.
options-available = Dostępne, od najmniej eskalujących
options-not-available = Obecnie niedostępne i dlaczego
options-escalation = eskalacja
options-need-agreed = Możliwe reakcje zostaną uszeregowane, gdy strony uzgodnią wspólny obraz sytuacji.

rule-unanimity = Jednomyślność
rule-qmv = Większość kwalifikowana
rule-rqmv = Wzmocniona większość kwalifikowana
rule-simple = Zwykła większość
rule-silence = Procedura milczącej zgody
rule-none = Decyzja Rady nie jest wymagana

option-category-preventive = Środki zapobiegawcze
option-category-cooperative = Środki współpracy
option-category-stability = Środki stabilizacyjne
option-category-restrictive = Środki ograniczające
option-category-support = Wsparcie zgodnych z prawem reakcji państw członkowskich

measure-confidence-building = Środki budowy zaufania
measure-awareness-raising = Podnoszenie świadomości na temat polityk UE
measure-capacity-building = Budowanie cyberzdolności w państwach trzecich
measure-eu-dialogue = Dialogi polityczne i tematyczne prowadzone przez UE
measure-delegation-demarche = Demarche delegatur UE
measure-hr-statement = Oświadczenie Wysokiego Przedstawiciela
measure-eu-declaration = Deklaracja Wysokiego Przedstawiciela w imieniu UE
measure-council-conclusions = Konkluzje Rady
measure-diplomatic-demarche = Demarche dyplomatyczne wobec danego państwa
measure-restrictive-listing = Środki ograniczające: umieszczenie w wykazie na podstawie decyzji (WPZiB) 2019/797 i rozporządzenia (UE) 2019/796
measure-support-lawful-response = Wsparcie zgodnej z prawem reakcji państwa członkowskiego
measure-mutual-assistance-42-7 = Wzajemna pomoc na podstawie art. 42 ust. 7 TUE
measure-solidarity-clause-222 = Klauzula solidarności na podstawie art. 222 TFUE

likelihood-almost-no-chance = prawie wykluczone
likelihood-very-unlikely = bardzo mało prawdopodobne
likelihood-unlikely = mało prawdopodobne
likelihood-roughly-even-chance = mniej więcej równe szanse
likelihood-likely = prawdopodobne
likelihood-very-likely = bardzo prawdopodobne
likelihood-almost-certain = prawie pewne

basis-technical = techniczna
basis-intelligence = wywiadowcza
basis-political = polityczna

reliability-a = całkowicie wiarygodne
reliability-b = zazwyczaj wiarygodne
reliability-c = dość wiarygodne
reliability-d = zazwyczaj niewiarygodne
reliability-e = niewiarygodne
reliability-f = wiarygodności nie można ocenić
credibility-1 = potwierdzona przez inne źródła
credibility-2 = prawdopodobnie prawdziwa
credibility-3 = możliwe, że prawdziwa
credibility-4 = wątpliwa
credibility-5 = mało prawdopodobna
credibility-6 = prawdziwości nie można ocenić

evidence-kind-document = Dokument
evidence-kind-link = Odnośnik
evidence-kind-stix = Obiekt STIX

role-delegate = Delegat
role-analyst = Analityk
role-drafter = Redaktor
role-chair = Prezydencja
role-observer = Obserwator
role-admin = Administrator
role-security_officer = Pełnomocnik ds. bezpieczeństwa
role-operator = Operator instancji

sector-energy = Energetyka
sector-transport = Transport
sector-banking = Bankowość
sector-financial = Infrastruktura rynków finansowych
sector-health = Ochrona zdrowia
sector-drinking-water = Woda pitna
sector-waste-water = Ścieki
sector-digital-infrastructure = Infrastruktura cyfrowa
sector-ict-services = Zarządzanie usługami ICT (między przedsiębiorstwami)
sector-public-administration = Administracja publiczna
sector-space = Przestrzeń kosmiczna
sector-courier = Usługi pocztowe i kurierskie
sector-waste-management = Gospodarowanie odpadami
sector-chemical = Produkcja, wytwarzanie i dystrybucja chemikaliów
sector-food = Produkcja, przetwarzanie i dystrybucja żywności
sector-manufacturing = Produkcja
sector-digital-providers = Dostawcy usług cyfrowych
sector-research = Badania naukowe
sector-parliament = Parlamenty i organy ustawodawcze
sector-political-parties = Partie polityczne i kampanie wyborcze
sector-international-organisation = Organizacje międzynarodowe
sector-defence = Obronność i siły zbrojne
sector-media-civil-society = Media, społeczeństwo obywatelskie i środowisko akademickie

login-account-needed = Bez konta ta instancja niczego nie pokazuje. Konto może Panu/Pani założyć pełnomocnik ds. bezpieczeństwa Pana/Pani strony.
password-change = Proszę wybrać nowe hasło
password-change-reset = Pełnomocnik ds. bezpieczeństwa Pana/Pani strony zresetował hasło. Przed kontynuowaniem proszę wybrać nowe; otrzymane hasło przestanie działać.
password-current = Obecne hasło
password-new = Nowe hasło (co najmniej 12 znaków, inne niż nazwa użytkownika)
password-change-submit = Zmień hasło

activity-intro = Zdarzenia, które pozwalają zobaczyć Pana/Pani oznaczenia, od najstarszego.
audit-trail-intro = Ślad audytu: logowania, zmiany kont, zapisy, audytowane odczyty i eksporty, od najnowszego, w zakresie, na jaki pozwalają rola i oznaczenia.
filter-user = Użytkownik
filter-party = Strona
filter-object = Obiekt (sprawa lub identyfikator elementu)
filter-since = Od (data)
filter-type = Rodzaj zdarzenia

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Rejestr sankcji
nav-releases = Publikacje
statements-link = Oświadczenia w tej sprawie
statements-title = Oświadczenia
statements-none = Brak oświadczeń, które może Pan/Pani zobaczyć.
statement-draft-heading = Przygotuj oświadczenie
statement-kind-hr_declaration = Deklaracja wysokiego przedstawiciela w imieniu UE
statement-kind-council_conclusions = Konkluzje Rady
statement-kind-press_release = Komunikat prasowy
statement-kind-demarche_points = Tezy do demarche
statement-kind-national_statement = Oświadczenie krajowe
statement-template = Szablon
statement-no-template = Bez szablonu
col-source-language = Język źródłowy
col-version = Wersja
col-verified-by = Zweryfikował(a)
col-language = Język
col-text = Treść
lang-status-draft = Projekt
lang-status-translated = Przetłumaczona
lang-status-verified = Zweryfikowana
statement-submit-draft = Zapisz projekt
statement-languages = Wersje językowe
statement-translate-heading = Dodaj lub popraw wersję językową
statement-translate-submit = Zapisz wersję językową
statement-mark-translated = Tłumaczenie jest gotowe
statement-verify = Zweryfikuj
statement-diff-heading = Zmiany między wersjami
statement-diff-show = Pokaż zmiany
statement-diff-legend = Słowa usunięte są przekreślone, a dodane – podkreślone.
statement-embargo-heading = Embargo
statement-embargo-none = Nie ustalono jeszcze embarga.
statement-embargo-set = Ustal embargo
col-capital = Stolica
col-local-time = Czas lokalny
statement-adoption-heading = Przyjęcie
statement-no-adoption = Nie ma jeszcze procedury dotyczącej tego oświadczenia.
statement-adopted-version = Przyjęta wersja
statement-release-heading = Publikacja
statement-released = Opublikowano
statement-not-released = Nie opublikowano
statement-release-submit = Opublikuj teraz we wszystkich zweryfikowanych językach
statement-echoes-heading = Powtórzenie przez państwa członkowskie
statement-echoed = Powtórzono
statement-not-echoed = Jeszcze nie
statement-export = Eksportuj
releases-title = Opublikowane oświadczenia
releases-intro = Oświadczenia Unii Europejskiej i jej państw członkowskich w opublikowanym brzmieniu, we wszystkich zweryfikowanych językach.
releases-none = Nic jeszcze nie opublikowano.
releases-feed = Kanał Atom
sanctions-title = Rejestr sankcji za cyberataki
sanctions-intro = Osoby i podmioty umieszczone w wykazie na podstawie decyzji Rady (WPZiB) 2019/797 i rozporządzenia Rady (UE) 2019/796 (środki ograniczające w celu zwalczania cyberataków).
sanctions-search = Nazwisko lub nazwa (dowolny alfabet, transliteracja lub pseudonim)
sanctions-search-submit = Szukaj
sanctions-status-active = Obowiązujące
sanctions-status-delisted = Skreślone z wykazu
sanctions-status-all = Wszystkie
sanctions-none = Brak pasujących wpisów.
sanctions-kind-person = Osoba fizyczna
sanctions-kind-entity = Podmiot
col-listed-on = Umieszczono w wykazie dnia
col-aliases = Pseudonimy
col-reasons = Powody umieszczenia w wykazie
col-legal-acts = Akty prawne
col-birth = Data i miejsce urodzenia
col-nationality = Obywatelstwo
col-identifiers = Dokumenty tożsamości
col-address = Adres
col-matched = Znalezione nazwisko
sanctions-review-heading = Coroczny przegląd wykazu
sanctions-review-overdue = Po terminie: przegląd miał się odbyć { $date }, a nie odnotowano przedłużenia.
sanctions-review-soon = Przegląd ma się odbyć { $date }.
sanctions-review-scheduled = Następny przegląd: { $date }.
sanctions-framework-until = Reżim obowiązuje do { $date }.
sanctions-renewals = Przedłużenia
sanctions-listings-until = Wpisy przedłużone do
sanctions-export = Eksportuj rejestr
sanctions-links = Sprawy i procedury
sanctions-amendments = Zmiany
sanctions-delisted-on = Skreślono z wykazu dnia { $date }
sanctions-unconfirmed = Niepotwierdzone
procedure-statement = Oświadczenie { $id }
sanctions-count =
    { $count ->
        [one] { $count } obowiązujący wpis
        [few] { $count } obowiązujące wpisy
        [many] { $count } obowiązujących wpisów
       *[other] { $count } obowiązującego wpisu
    }

statement-revise-heading = Nowa wersja w języku źródłowym
statement-revise-hint = Wersje językowe pozostają przy poprzedniej wersji; nową wersję tłumaczy się od nowa.
statement-revise-note = Uwaga do zmiany
statement-revise-submit = Zapisz jako nową wersję
