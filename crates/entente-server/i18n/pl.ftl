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

search-title = Szukaj we wszystkim, co możesz zobaczyć
search-label = Słowa, nazwy, identyfikatory (T0800) lub „fraza”, w dowolnym języku
search-button = Szukaj
search-results =
    { $count ->
        [one] { $count } wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyniku
    }
search-kind-dossier = Sprawy
search-kind-evidence = Dowody
search-kind-assessment = Oceny
search-kind-attribution = Przypisania
search-kind-stix = Obiekty STIX
search-sort = Kolejność
search-sort-relevance = Trafność
search-sort-date = Od najnowszych
search-from = Od (data)
search-to = Do (data)
search-none = Nic, co możesz zobaczyć, nie pasuje do tych słów.
search-dossier = Sprawa

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
stage-title = Stan sprawy
stage-picture = Wspólny obraz sytuacji
stage-picture-agreed = uzgodniony
stage-picture-proposed = zaproponowany, można zgłaszać sprzeciw
stage-picture-assessed =
    { $count ->
        [one] { $count } strona przedłożyła ocenę
        [few] { $count } strony przedłożyły ocenę
        [many] { $count } stron przedłożyło ocenę
       *[other] { $count } strony przedłożyło ocenę
    }
stage-options = Możliwe reakcje
stage-options-available =
    { $count ->
        [one] { $count } dostępna możliwość reakcji
        [few] { $count } dostępne możliwości reakcji
        [many] { $count } dostępnych możliwości reakcji
       *[other] { $count } dostępnej możliwości reakcji
    }
stage-options-need-picture = gdy obraz sytuacji zostanie uzgodniony
stage-procedure = Decyzja
stage-procedure-open = trwa procedura
stage-procedure-none =
    { $count ->
        [one] brak procedury; zestawiono { $count } pakiet
        [few] brak procedury; zestawiono { $count } pakiety
        [many] brak procedury; zestawiono { $count } pakietów
       *[other] brak procedury; zestawiono { $count } pakietu
    }
stage-procedure-closed = zamknięta
stage-response = Reakcja
stage-response-adopted =
    { $count ->
        [one] przyjęto { $count } decyzję
        [few] przyjęto { $count } decyzje
        [many] przyjęto { $count } decyzji
       *[other] przyjęto { $count } decyzji
    }
stage-attribution = Przypisanie odpowiedzialności
await-title = Oczekuje na Twoje działanie
await-assess = Przedłóż ocenę strony { $party }.
await-proposal = Do zaproponowanego obrazu sytuacji można zgłaszać sprzeciw do { $deadline }: zgłoś sprzeciw, jeżeli Twoja strona się nie zgadza, albo zachowaj milczenie, aby wyrazić zgodę.
await-position = Zarejestruj stanowisko strony { $party } w toczącej się procedurze.
await-propose = Zaproponuj obecny obraz sytuacji jako uzgodniony.
await-package = Zestaw pakiet z dostępnych możliwości reakcji.
await-open = Wszcznij procedurę w sprawie pakietu.
await-close = Termin procedury upłynął: zamknij ją, aby ustalić jej wynik.
sections-nav = Części sprawy
basis-picture = Wspólna świadomość sytuacyjna uzgodniona przez państwa członkowskie (konkluzje Rady z dnia 19 czerwca 2017 r., pkt 5); obraz jest uzgodniony, jeżeli termin na zgłoszenie sprzeciwu upłynie bez sprzeciwu.
basis-options = Środki proporcjonalne do zasięgu, skali, czasu trwania, intensywności, złożoności, stopnia zaawansowania i skutków działania (konkluzje Rady z dnia 19 czerwca 2017 r., pkt 5).
basis-procedure = Decyzje w ramach WPZiB podejmuje się jednomyślnie (art. 31 ust. 1 TUE); w procedurze milczącej zgody przewidzianej w regulaminie wewnętrznym Rady (art. 12 ust. 2) tekst zostaje przyjęty, chyba że członek zgłosi sprzeciw przed upływem terminu.
basis-attribution = Przypisanie odpowiedzialności jest suwerenną decyzją polityczną każdego państwa członkowskiego (konkluzje Rady z dnia 19 czerwca 2017 r., pkt 4); wspólne przypisanie przyjmuje Rada.
proposals-title = Propozycje uzgodnionego obrazu sytuacji
proposal-open = można zgłaszać sprzeciw
proposal-objected = zgłoszono sprzeciw
proposal-agreed = uzgodniona
col-objections = Sprzeciwy
objection-reason = Dlaczego { $party } zgłasza sprzeciw
objection-hint = Jeden sprzeciw wstrzymuje propozycję; milczenie do upływu terminu oznacza zgodę.
objection-submit = Zgłoś sprzeciw
propose-open = Zaproponuj obecny obraz sytuacji jako uzgodniony
propose-deadline = Termin (UTC)
col-note = Uwaga
propose-submit = Zaproponuj
facts-open = Fakty uwzględniane przy ocenie możliwych reakcji
facts-persons = Zidentyfikowano odpowiedzialne osoby lub podmioty
facts-attempted = Działanie było usiłowaniem (udaremnionym lub bezskutecznym)
facts-dialogue = Trwa dialog z danym państwem
facts-regime = Wobec tych podmiotów stosuje się już system sankcji za cyberataki
facts-partner = Stosunki z danym państwem
partner-unknown = nie określono
partner-partner = partner
partner-neutral = neutralne
partner-adversarial = wrogie
facts-apply = Uwzględnij te fakty
options-why = Dlaczego
package-submit = Zestaw pakiet z zaznaczonych możliwości reakcji
packages-title = Pakiety
procedure-open = Wszcznij procedurę
procedure-subject-package = W sprawie pakietu
procedure-subject-text = Lub w sprawie tekstu
procedure-open-submit = Wszcznij procedurę
dossier-responses = Reakcje
no-responses = W tej sprawie nie przyjęto żadnej decyzji.
col-measures = Środki
col-basis-legal = Podstawa prawna
attribution-record-joint = Zarejestruj wspólne przypisanie odpowiedzialności przyjęte przez Radę
attribution-record-national = Zarejestruj krajowe przypisanie odpowiedzialności dokonane przez { $party }
attribution-procedure = Przyjęte w procedurze
attribution-public = Publiczne
attribution-url = Odnośnik do oświadczenia
attribution-submit = Zarejestruj przypisanie
procedure-close = Zamknij procedurę
procedure-close-hint = Zamknięcie ustala wynik w obecnym stanie; stanowisk nie będzie już można zmienić.
event-dossier-created = Otwarto sprawę
event-dossier-updated = Zaktualizowano fakty
event-dossier-transitioned = Zmieniono status
event-dossier-marked = Zmieniono oznaczenie
event-evidence-added = Dodano dowód
event-evidence-withdrawn = Wycofano dowód
event-assessment-submitted = Przedłożono ocenę
event-picture-proposed = Zaproponowano obraz sytuacji jako uzgodniony
event-picture-objected = Zgłoszono sprzeciw wobec zaproponowanego obrazu sytuacji
event-package-assembled = Zestawiono pakiet środków
event-procedure-opened = Wszczęto procedurę
event-procedure-position-recorded = Zarejestrowano stanowisko
event-procedure-closed = Zamknięto procedurę
event-attribution-recorded = Zarejestrowano przypisanie odpowiedzialności
event-attribution-withdrawn = Wycofano przypisanie odpowiedzialności

dossier-new = Otwórz sprawę
dossier-new-submit = Otwórz sprawę
marking-tlp = Poziom TLP
marking-releasable-hint = strony inne niż Pana/Pani, oddzielone przecinkami (np. EE, LV, EEAS)
marking-recipients = Wskazani odbiorcy (TLP:RED; nazwy użytkowników oddzielone przecinkami)
marking-own = Element może mieć własne oznaczenie, tak samo rygorystyczne jak oznaczenie sprawy lub bardziej.
marking-same = oznaczenie sprawy
evidence-add = Dodaj dowód
evidence-url = Odnośnik
evidence-text = Tekst lub wyciąg
evidence-submit = Dodaj dowód
col-reliability = Wiarygodność źródła
col-credibility = Wiarygodność informacji

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Logowanie trwało zbyt długo albo formularz nie pochodził z tej witryny. Zaloguj się ponownie.
second-step-title = Drugi składnik
second-step-intro = Hasło jest poprawne. Wpisz kod, który teraz pokazuje Twoja aplikacja uwierzytelniająca.
second-step-code = Sześciocyfrowy kod
second-step-failed = Ten kod jest błędny, wygasł lub został już użyty. Poczekaj na następny kod i spróbuj ponownie.
second-step-recovery = Utracono aplikację uwierzytelniającą?
second-step-recovery-code = Kod odzyskiwania
second-step-hint = Każdy kod działa tylko raz. Bez aplikacji uwierzytelniającej lub kodu odzyskiwania poproś pełnomocnika ds. bezpieczeństwa swojej strony o zresetowanie drugiego składnika.
enrol-title = Skonfiguruj drugi składnik
enrol-required = Twoje konto zarządza kontami lub poświadczeniami bezpieczeństwa: zanim zrobisz cokolwiek innego, potrzebuje drugiego składnika.
enrol-failed = Ten kod nie pasuje do tego sekretu. Sprawdź czas na urządzeniu i wpisz kod, który teraz pokazuje.
enrol-step-app = Dodaj ten sekret do aplikacji uwierzytelniającej (oparty na czasie, 6 cyfr, 30 sekund):
enrol-open-app = Otwórz w aplikacji uwierzytelniającej
enrol-step-code = Aby potwierdzić, wpisz kod pokazany przez aplikację:
enrol-confirm = Potwierdź
enrol-done = Drugi składnik jest skonfigurowany. Od teraz logujesz się hasłem i kodem.
enrol-recovery-title = Kody odzyskiwania
enrol-recovery-hint = Przechowuj te kody w bezpiecznym miejscu. Każdy z nich raz zastępuje kod przy logowaniu. Są pokazywane tylko teraz.
enrol-continue = Dalej
enrol-already = Twoje konto ma drugi składnik. Jeśli utracisz aplikację uwierzytelniającą, zresetuje go pełnomocnik ds. bezpieczeństwa Twojej strony.
login-sso = Zaloguj się przez { $provider }
sso-refused-title = Brak dostępu
sso-refused-unmapped = { $provider } Cię zalogował, ale żadna reguła tej instancji nie daje dostępu Twojemu kontu. Pełnomocnik ds. bezpieczeństwa Twojej strony musi dodać dla Ciebie regułę logowania.
sso-refused-ambiguous = { $provider } Cię zalogował, ale do Twojego konta pasują reguły więcej niż jednej strony, więc ta instancja nie wie, w czyim imieniu działasz. Skontaktuj się ze swoim pełnomocnikiem ds. bezpieczeństwa.
sso-refused-disabled = Twoje konto w tej instancji jest wyłączone.
sso-refused-party = Twoje konto działa w imieniu innej strony niż ta, którą przypisują Ci teraz reguły. Skontaktuj się ze swoim pełnomocnikiem ds. bezpieczeństwa.
sso-refused-hint = Ta próba została odnotowana w dzienniku audytu.
sso-failed-title = Logowanie nie powiodło się
sso-failed = Logowanie przez { $provider } nie powiodło się: { $reason }
sso-continue = Dalej


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabele ludności z załącznika III
admin-population-intro = Dane o liczbie ludności, które rozstrzygają o większości kwalifikowanej (regulamin wewnętrzny Rady, załącznik III). Głosowanie korzysta z tabeli swojego roku; jeśli nie jest wczytana – z najbliższej, i to zaznacza.
col-origin = Pochodzenie
col-total = Ludność Unii
origin-shipped = dostarczona z entente
origin-imported = wczytana do tej instancji
population-replaced = zastąpiona późniejszym wczytaniem
admin-population-label = Tabela do wczytania (JSON: rok, źródło, ogółem, dane 27 państw członkowskich)
admin-population-submit = Wczytaj tabelę
population-table-in-force = Ludność: tabela z załącznika III na rok { $year }, obowiązująca w chwili głosowania.
population-table-older = Ludność: użyto tabeli z załącznika III na rok { $year }, a nie tabeli obowiązującej w chwili głosowania ({ $current }), której nie wczytano. Administrator może ją wczytać na stronie administracji.
population-table-supplied = Ludność: dane przekazane wraz z procedurą.
robustness-holds = Wynik utrzymuje się przy każdej zmianie danych o ludności do ±2 %.
robustness-close = Niewielka różnica: zmiana danych o ludności do ±2 % mogłaby zmienić wynik. Sprawdź z obowiązującą tabelą.
margin-members-in-favour = Członkowie za: { $actual }; wymagane: { $required } (zapas: { $margin })
margin-population-in-favour = Ludność za: { $actual }; wymagane: { $required } (zapas: { $margin }; w punktach procentowych: { $points })
margin-blocking-minority = Członkowie niegłosujący za: { $actual }; mniejszość blokująca wymaga: { $required }
margin-declared-members = Członkowie wstrzymujący się z formalną deklaracją: { $actual }; akt zostaje zatrzymany od: { $required }
margin-declared-population = Ludność członków wstrzymujących się z formalną deklaracją: { $actual }; akt zostaje zatrzymany od: { $required } (w punktach procentowych: { $points })
