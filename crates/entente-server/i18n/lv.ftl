# entente saskarnes ziņojumi: latviešu valoda.
# Latviešu valodai ir trīs daudzskaitļa kategorijas (CLDR): zero, one, other.
# TLP apzīmējumi (TLP:AMBER ...) netiek tulkoti (FIRST TLP 2.0, 1.b sadaļa).

skip-to-content = Pāriet uz saturu
banner-highest = Augstākais marķējums šajā lapā:
nav-main = Galvenā navigācija
nav-language = Valoda
nav-dashboard = Pārskats
nav-dossiers = Lietas
nav-search = Meklēšana
nav-audit = Audita žurnāls
nav-admin = Administrēšana
sign-in = Pieteikties
sign-out = Atteikties
anonymous = Neesat pieteicies (publisks skats: tikai TLP:CLEAR)
footer-note = entente — ES kiberdiplomātijas instrumentu kopums. Marķējumi atbilst FIRST TLP 2.0 un Padomes Lēmumam 2013/488/ES.
back-to-dashboard = Atpakaļ uz pārskatu

login-user = Lietotājvārds
login-password = Parole
login-failed = Lietotājvārds vai parole nav pareiza.
login-anonymous-hint = Bez pieteikšanās jūs redzat tikai publisku informāciju (TLP:CLEAR).

error-not-found = Nav atrasts
error-forbidden = Nav atļauts
error-invalid = Pieprasījumu nevarēja saprast
error-server = Radās kļūda

status-detected = Atklāts
status-assessing = Tiek vērtēts
status-deliberating = Tiek apspriests
status-responded = Reakcija pieņemta
status-closed = Slēgts

dashboard-title = Pārskats
dashboard-by-status = Lietas pēc statusa
dashboard-recent-dossiers = Jaunākās lietas
dashboard-charts = Lietas skaitļos
dashboard-recent-events = Nesenās darbības
all-dossiers = Visas lietas
no-dossiers = Nav lietu, ko parādīt.
no-events = Nav darbību, ko parādīt.

dossier-count =
    { $count ->
        [zero] { $count } lietu
        [one] { $count } lieta
       *[other] { $count } lietas
    }
party-count =
    { $count ->
        [zero] { $count } pušu
        [one] { $count } puse
       *[other] { $count } puses
    }
audit-intro =
    { $count ->
        [zero] Žurnālā ir { $count } notikumu. Jūs redzat notikumus, ko atļauj jūsu marķējumi.
        [one] Žurnālā ir { $count } notikums. Jūs redzat notikumus, ko atļauj jūsu marķējumi.
       *[other] Žurnālā ir { $count } notikumi. Jūs redzat notikumus, ko atļauj jūsu marķējumi.
    }

chart-by-year = Lietas pēc pirmās novērošanas gada
chart-by-sector = Lietas pēc skartās nozares
chart-by-victim = Lietas pēc skartās valsts
chart-as-table = Rādīt skaitļus tabulā
chart-empty = Vēl nav datu.

col-title = Nosaukums
col-status = Statuss
col-first-seen = Pirmoreiz novērots
col-victims = Skartie
col-marking = Marķējums
col-time = Laiks
col-event = Notikums
col-actor = Izpildītājs
col-year = Gads
col-dossiers = Lietas
col-sector = Nozare
col-country = Valsts
col-id = Kods
col-name = Nosaukums
col-kind = Veids

dossiers-title = Lietas
filter-text = Nosaukumā ir
filter-any = Jebkurš
filter-victim = Skartā valsts (kods)
filter-apply = Lietot filtrus
pagination = Lapas
page-prev = Iepriekšējā lapa
page-next = Nākamā lapa
page-of = { $page }. lapa no { $pages }

search-title = Meklēt lietas
search-label = Vārdi no nosaukuma vai kopsavilkuma jebkurā valodā
search-button = Meklēt

dossier-origin = Izcelsmes puse
marking-releasable = Drīkst nodot
dossier-summary = Kopsavilkums
no-summary = Vēl nav kopsavilkuma.
shown-in = Parādīts valodā:
dossier-versions = Valodu versijas
dossier-last-seen = Pēdējoreiz novērots
dossier-timeline = Hronoloģija
dossier-sources = Avoti

admin-title = Administrēšana
admin-parties = Puses
party-kind-member-state = Dalībvalsts
party-kind-eu-body = ES iestāde vai struktūra
party-kind-partner-state = Partnervalsts
party-kind-international-organisation = Starptautiska organizācija

audit-title = Audita žurnāls
