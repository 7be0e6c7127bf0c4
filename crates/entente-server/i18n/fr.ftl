# Messages de l'interface d'entente : français.
# Les libellés TLP (TLP:AMBER ...) ne sont jamais traduits (FIRST TLP 2.0, section 1b).

skip-to-content = Aller au contenu
banner-highest = Marquage le plus élevé de cette page :
nav-main = Navigation principale
nav-language = Langue
nav-dashboard = Tableau de bord
nav-dossiers = Dossiers
nav-search = Recherche
nav-audit = Journal d'audit
nav-admin = Administration
sign-in = Se connecter
sign-out = Se déconnecter
anonymous = Non connecté (vue publique : TLP:CLEAR uniquement)
footer-note = entente, la boîte à outils cyberdiplomatique de l'UE. Les marquages suivent FIRST TLP 2.0 et la décision 2013/488/UE du Conseil.
back-to-dashboard = Retour au tableau de bord

login-user = Nom d'utilisateur
login-password = Mot de passe
login-failed = Le nom d'utilisateur ou le mot de passe est incorrect.
login-anonymous-hint = Sans connexion, vous ne voyez que les informations publiques (TLP:CLEAR).

error-not-found = Introuvable
error-forbidden = Action non autorisée
error-invalid = La demande n'a pas pu être comprise
error-server = Une erreur est survenue

status-detected = Détecté
status-assessing = En évaluation
status-deliberating = En délibération
status-responded = Réponse adoptée
status-closed = Clos

dashboard-title = Vue d'ensemble
dashboard-by-status = Dossiers par statut
dashboard-recent-dossiers = Derniers dossiers
dashboard-charts = Les dossiers en chiffres
dashboard-recent-events = Activité récente
all-dossiers = Tous les dossiers
no-dossiers = Aucun dossier à afficher.
no-events = Aucune activité à afficher.

dossier-count =
    { $count ->
        [one] { $count } dossier
       *[other] { $count } dossiers
    }
party-count =
    { $count ->
        [one] { $count } partie
       *[other] { $count } parties
    }
audit-intro =
    { $count ->
        [one] Le journal contient { $count } événement. Vous voyez ceux que vos marquages autorisent.
       *[other] Le journal contient { $count } événements. Vous voyez ceux que vos marquages autorisent.
    }

chart-by-year = Dossiers par année de première détection
chart-by-sector = Dossiers par secteur touché
chart-by-victim = Dossiers par pays touché
chart-as-table = Afficher les chiffres sous forme de tableau
chart-empty = Pas encore de données.

col-title = Titre
col-status = Statut
col-first-seen = Première détection
col-victims = Touchés
col-marking = Marquage
col-time = Heure
col-event = Événement
col-actor = Par
col-year = Année
col-dossiers = Dossiers
col-sector = Secteur
col-country = Pays
col-id = Code
col-name = Nom
col-kind = Type

dossiers-title = Dossiers
filter-text = Le titre contient
filter-any = Tous
filter-victim = Pays touché (code)
filter-apply = Appliquer les filtres
pagination = Pages
page-prev = Page précédente
page-next = Page suivante
page-of = Page { $page } sur { $pages }

search-title = Rechercher des dossiers
search-label = Mots d'un titre ou d'un résumé, dans n'importe quelle langue
search-button = Rechercher

dossier-origin = Émetteur
marking-releasable = Diffusable à
dossier-summary = Résumé
no-summary = Pas encore de résumé.
shown-in = Affiché en :
dossier-versions = Versions linguistiques
dossier-last-seen = Dernière observation
dossier-timeline = Chronologie
dossier-sources = Sources

admin-title = Administration
admin-parties = Parties
party-kind-member-state = État membre
party-kind-eu-body = Institution ou organe de l'UE
party-kind-partner-state = Pays partenaire
party-kind-international-organisation = Organisation internationale

audit-title = Journal d'audit
