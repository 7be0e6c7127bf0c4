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

dossier-evidence = Éléments de preuve
no-evidence = Aucun élément que vous pouvez voir.
evidence-withdrawn = retiré
col-source = Source
col-grading = Cotation (Amirauté)
col-party = Partie
dossier-assessments = Évaluations par partie
no-assessments = Aucune évaluation que vous pouvez voir pour l'instant.
heat-legend = Niveaux de 0 (le plus bas) à 4 (le plus haut) pour chaque dimension des conclusions du Conseil de 2017 ; – signifie non évalué. Chaque case affiche son niveau ; la couleur ne fait que le répéter.
col-confidence = Confiance
dossier-picture = Appréciation commune
picture-severity = Gravité
picture-aggregate = score agrégé
picture-parties =
    { $count ->
        [one] { $count } partie prise en compte
       *[other] { $count } parties prises en compte
    }
picture-agreed =
    { $count ->
        [one] { $count } version agréée
       *[other] { $count } versions agréées
    }
picture-open-proposals =
    { $count ->
        [one] { $count } proposition ouverte
       *[other] { $count } propositions ouvertes
    }
col-dimension = Dimension
col-median = Médiane
col-range = Étendue
col-scored-by = Évalué par
col-dissent = Divergences (écart à la médiane)
severity-low = Faible
severity-moderate = Modérée
severity-serious = Grave
severity-severe = Très grave
severity-critical = Critique
severity-unknown = Pas encore connue
dim-scope = Portée
dim-scale = Ampleur
dim-duration = Durée
dim-intensity = Intensité
dim-complexity = Complexité
dim-sophistication = Sophistication
dim-impact = Impact
dossier-procedures = Procédures
no-procedures = Aucune procédure que vous pouvez voir.
col-subject = Objet
col-rule = Règle de décision
col-deadline = Échéance
col-state = État
col-tally = Décompte
tally-for = Pour
tally-against = Contre
tally-abstain = Abstentions
procedure-package = Paquet { $id }
procedure-state-open = Ouverte
procedure-state-expired = Échéance dépassée
procedure-state-closed = Close
outcome-adopted = Adopté
outcome-not-adopted = Non adopté
outcome-pending = En attente
outcome-undetermined = Indéterminé
outcome-provisional = Si les positions restent inchangées
position-for = Pour
position-against = Contre
position-abstain = Abstention
position-declared-abstain = Abstention constructive (déclaration)
position-not-participating = Ne participe pas
positions-recorded =
    { $count ->
        [one] { $count } position enregistrée
       *[other] { $count } positions enregistrées
    }
procedure-title = Procédure
back-to-dossier = Retour au dossier
time-left = temps restant :
position-record = Enregistrer votre position
position-label = Position
declaration-label = Déclaration (facultative)
position-submit = Enregistrer la position
procedure-positions = Positions
no-positions = Aucune position enregistrée pour l'instant.
col-position = Position
col-declaration = Déclaration
admin-users = Comptes
admin-users-hint = Les comptes ne sont listés que pour les administrateurs.
user-count =
    { $count ->
        [one] { $count } compte
       *[other] { $count } comptes
    }
col-roles = Rôles
col-clearance = Habilitation
user-disabled = Désactivé
user-active = Actif
assess-open = Soumettre l'évaluation de votre partie
assess-summary = Résumé (facultatif)
assess-submit = Soumettre l'évaluation
col-level = Niveau
col-rationale = Justification
confidence-low = Faible
confidence-moderate = Modérée
confidence-high = Élevée
dossier-attributions = Attributions
attribution-state = État de l'attribution
attribution-state-none = Aucune enregistrée
attribution-state-national = Attributions nationales
attribution-state-joint = Attribution commune de l'UE
attribution-joint = commune
col-actor-attributed = Attribué à
col-likelihood = Probabilité (ICD 203)
col-basis = Fondement
col-date = Date
dashboard-open-procedures = Procédures ouvertes
no-open-procedures = Aucune procédure ouverte que vous pouvez voir.
col-your-position = Position de votre partie
position-needed = Attendue
chart-by-actor = Dossiers par acteur désigné
dossier-options = Options de réponse
options-basis = Classées par le moteur de proportionnalité à partir de la dernière appréciation commune agréée et des attributions enregistrées, sans autre fait allégué.
options-available = Disponibles, de la moins escalatoire à la plus escalatoire
options-not-available = Non disponibles pour l'instant, et pourquoi
options-escalation = escalade
options-need-agreed = Les options sont classées dès que les parties ont agréé une appréciation commune.
login-expired = La connexion a pris trop de temps ou le formulaire ne venait pas de ce site. Veuillez vous reconnecter.
second-step-title = Second facteur
second-step-intro = Votre mot de passe est correct. Saisissez le code qu'affiche maintenant votre application d'authentification.
second-step-code = Code à six chiffres
second-step-failed = Ce code est faux, expiré ou déjà utilisé. Attendez le code suivant et réessayez.
second-step-recovery = Authentificateur perdu ?
second-step-recovery-code = Code de récupération
second-step-hint = Chaque code ne sert qu'une fois. Sans authentificateur ni code de récupération, demandez à un officier de sécurité de votre partie de réinitialiser votre second facteur.
enrol-title = Configurer votre second facteur
enrol-required = Votre compte administre des comptes ou des habilitations : il lui faut un second facteur avant toute autre action.
enrol-failed = Ce code ne correspond pas à ce secret. Vérifiez l'heure de votre appareil et saisissez le code affiché maintenant.
enrol-step-app = Ajoutez ce secret à une application d'authentification (basée sur le temps, 6 chiffres, 30 secondes) :
enrol-open-app = Ouvrir dans une application d'authentification
enrol-step-code = Saisissez le code affiché par l'application pour confirmer :
enrol-confirm = Confirmer
enrol-done = Votre second facteur est configuré. Désormais, vous vous connectez avec votre mot de passe et un code.
enrol-recovery-title = Codes de récupération
enrol-recovery-hint = Conservez ces codes en lieu sûr. Chacun permet une connexion à la place d'un code. Ils ne sont affichés qu'une fois.
enrol-continue = Continuer
enrol-already = Votre compte a un second facteur. Si vous perdez votre authentificateur, un officier de sécurité de votre partie le réinitialise.
login-sso = Se connecter avec { $provider }
sso-refused-title = Accès refusé
sso-refused-unmapped = { $provider } vous a authentifié, mais aucune règle de cette instance ne donne accès à votre compte. Un officier de sécurité de votre partie doit ajouter une règle de connexion pour vous.
sso-refused-ambiguous = { $provider } vous a authentifié, mais les règles de plusieurs parties correspondent à votre compte : cette instance ne peut pas savoir pour qui vous agissez. Adressez-vous à votre officier de sécurité.
sso-refused-disabled = Votre compte sur cette instance est désactivé.
sso-refused-party = Votre compte agit pour une autre partie que celle que les règles vous attribuent désormais. Adressez-vous à votre officier de sécurité.
sso-refused-hint = Cette tentative a été consignée dans la piste d'audit.
sso-failed-title = Échec de la connexion
sso-failed = La connexion avec { $provider } a échoué : { $reason }
sso-continue = Continuer
