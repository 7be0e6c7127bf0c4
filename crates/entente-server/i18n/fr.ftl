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
        [many] { $count } de dossiers
       *[other] { $count } dossiers
    }
party-count =
    { $count ->
        [one] { $count } partie
        [many] { $count } de parties
       *[other] { $count } parties
    }
audit-intro =
    { $count ->
        [one] Le journal contient { $count } événement. Vous voyez ceux que vos marquages autorisent.
        [many] Le journal contient { $count } d'événements. Vous voyez ceux que vos marquages autorisent.
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

search-title = Rechercher dans tout ce que vous pouvez voir
search-label = Mots, noms, identifiants (T0800) ou « expression », dans n'importe quelle langue
search-button = Rechercher
search-results =
    { $count ->
        [one] { $count } résultat
        [many] { $count } de résultats
       *[other] { $count } résultats
    }
search-kind-dossier = Dossiers
search-kind-evidence = Éléments de preuve
search-kind-assessment = Évaluations
search-kind-attribution = Attributions
search-kind-stix = Objets STIX
search-sort = Tri
search-sort-relevance = Pertinence
search-sort-date = Plus récents d'abord
search-from = Du (date)
search-to = Au (date)
search-none = Rien de ce que vous pouvez voir ne correspond à ces mots.
search-dossier = Dossier

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
        [many] { $count } de parties prises en compte
       *[other] { $count } parties prises en compte
    }
picture-agreed =
    { $count ->
        [one] { $count } version agréée
        [many] { $count } de versions agréées
       *[other] { $count } versions agréées
    }
picture-open-proposals =
    { $count ->
        [one] { $count } proposition ouverte
        [many] { $count } de propositions ouvertes
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
        [many] { $count } de positions enregistrées
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
        [many] { $count } de comptes
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

rule-unanimity = Unanimité
rule-qmv = Majorité qualifiée
rule-rqmv = Majorité qualifiée renforcée
rule-simple = Majorité simple
rule-silence = Procédure d'approbation tacite
rule-none = Aucune décision du Conseil requise

option-category-preventive = Mesures préventives
option-category-cooperative = Mesures de coopération
option-category-stability = Mesures de stabilité
option-category-restrictive = Mesures restrictives
option-category-support = Soutien aux réponses licites des États membres

measure-confidence-building = Mesures de confiance
measure-awareness-raising = Sensibilisation aux politiques de l'UE
measure-capacity-building = Renforcement des cybercapacités dans les pays tiers
measure-eu-dialogue = Dialogues politiques et thématiques menés par l'UE
measure-delegation-demarche = Démarches des délégations de l'UE
measure-hr-statement = Déclaration du haut représentant
measure-eu-declaration = Déclaration du haut représentant au nom de l'UE
measure-council-conclusions = Conclusions du Conseil
measure-diplomatic-demarche = Démarche diplomatique auprès de l'État concerné
measure-restrictive-listing = Mesures restrictives : inscription sur la liste au titre de la décision (PESC) 2019/797 et du règlement (UE) 2019/796
measure-support-lawful-response = Soutien à la réponse licite d'un État membre
measure-mutual-assistance-42-7 = Assistance mutuelle au titre de l'article 42, paragraphe 7, du TUE
measure-solidarity-clause-222 = Clause de solidarité au titre de l'article 222 du TFUE

likelihood-almost-no-chance = quasiment exclu
likelihood-very-unlikely = très improbable
likelihood-unlikely = improbable
likelihood-roughly-even-chance = chances à peu près égales
likelihood-likely = probable
likelihood-very-likely = très probable
likelihood-almost-certain = quasiment certain

basis-technical = technique
basis-intelligence = renseignement
basis-political = politique

reliability-a = entièrement fiable
reliability-b = habituellement fiable
reliability-c = assez fiable
reliability-d = habituellement peu fiable
reliability-e = non fiable
reliability-f = fiabilité impossible à évaluer
credibility-1 = confirmée par d'autres sources
credibility-2 = probablement exacte
credibility-3 = peut-être exacte
credibility-4 = douteuse
credibility-5 = improbable
credibility-6 = exactitude impossible à évaluer

evidence-kind-document = Document
evidence-kind-link = Lien
evidence-kind-stix = Objet STIX

role-delegate = Délégué
role-analyst = Analyste
role-drafter = Rédacteur
role-chair = Présidence
role-observer = Observateur
role-admin = Administrateur
role-security_officer = Officier de sécurité
role-operator = Opérateur de l'instance

sector-energy = Énergie
sector-transport = Transports
sector-banking = Secteur bancaire
sector-financial = Infrastructures des marchés financiers
sector-health = Santé
sector-drinking-water = Eau potable
sector-waste-water = Eaux usées
sector-digital-infrastructure = Infrastructures numériques
sector-ict-services = Gestion des services TIC (interentreprises)
sector-public-administration = Administration publique
sector-space = Espace
sector-courier = Services postaux et d'expédition
sector-waste-management = Gestion des déchets
sector-chemical = Fabrication, production et distribution de produits chimiques
sector-food = Production, transformation et distribution des denrées alimentaires
sector-manufacturing = Fabrication
sector-digital-providers = Fournisseurs numériques
sector-research = Recherche
sector-parliament = Parlements et organes législatifs
sector-political-parties = Partis politiques et campagnes électorales
sector-international-organisation = Organisations internationales
sector-defence = Défense et forces armées
sector-media-civil-society = Médias, société civile et milieu universitaire

login-account-needed = Cette instance n'affiche rien sans compte. L'officier de sécurité de votre partie peut vous en ouvrir un.
password-change = Choisir un nouveau mot de passe
password-change-reset = Un officier de sécurité de votre partie a réinitialisé votre mot de passe. Choisissez-en un nouveau avant de poursuivre ; celui qui vous a été remis cesse de fonctionner.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe (12 caractères au moins, pas votre nom d'utilisateur)
password-change-submit = Changer le mot de passe

activity-intro = Les événements que vos marquages vous permettent de voir, du plus ancien au plus récent.
audit-trail-intro = La piste d'audit : connexions, modifications de comptes, écritures, lectures auditées et exportations, de la plus récente à la plus ancienne, dans la mesure où votre rôle et vos marquages le permettent.
filter-user = Utilisateur
filter-party = Partie
filter-object = Objet (un dossier ou l'identifiant d'un élément)
filter-since = Depuis (date)
filter-type = Type d'événement
stage-title = Où en est le dossier
stage-picture = Appréciation commune
stage-picture-agreed = agréée
stage-picture-proposed = proposée, ouverte aux objections
stage-picture-assessed =
    { $count ->
        [one] { $count } partie a soumis son évaluation
        [many] { $count } de parties ont soumis leur évaluation
       *[other] { $count } parties ont soumis leur évaluation
    }
stage-options = Options de réponse
stage-options-available =
    { $count ->
        [one] { $count } option disponible
        [many] { $count } d'options disponibles
       *[other] { $count } options disponibles
    }
stage-options-need-picture = dès que l'appréciation est agréée
stage-procedure = Décision
stage-procedure-open = une procédure est ouverte
stage-procedure-none =
    { $count ->
        [one] pas encore de procédure ; { $count } paquet constitué
        [many] pas encore de procédure ; { $count } de paquets constitués
       *[other] pas encore de procédure ; { $count } paquets constitués
    }
stage-procedure-closed = close
stage-response = Réponse
stage-response-adopted =
    { $count ->
        [one] { $count } décision adoptée
        [many] { $count } de décisions adoptées
       *[other] { $count } décisions adoptées
    }
stage-attribution = Attribution
await-title = En attente de votre part
await-assess = Soumettez l'évaluation de { $party }.
await-proposal = Une appréciation proposée est ouverte aux objections jusqu'au { $deadline } : formulez une objection si votre partie n'est pas d'accord, ou gardez le silence pour l'approuver.
await-position = Enregistrez la position de { $party } dans la procédure ouverte.
await-propose = Proposez l'appréciation actuelle comme appréciation agréée.
await-package = Constituez un paquet à partir des options disponibles.
await-open = Ouvrez une procédure sur le paquet.
await-close = L'échéance d'une procédure est dépassée : clôturez-la pour en arrêter le résultat.
sections-nav = Sections du dossier
basis-picture = Une connaissance commune de la situation, convenue entre les États membres (conclusions du Conseil du 19 juin 2017, point 5) ; agréée lorsque le délai d'objection expire sans objection.
basis-options = Des mesures proportionnées à la portée, à l'ampleur, à la durée, à l'intensité, à la complexité, à la sophistication et à l'impact de l'activité (conclusions du Conseil du 19 juin 2017, point 5).
basis-procedure = Les décisions relevant de la PESC sont prises à l'unanimité (article 31, paragraphe 1, du TUE) ; la procédure d'approbation tacite prévue par le règlement intérieur du Conseil (article 12, paragraphe 2) adopte un texte, sauf si un membre s'y oppose avant l'échéance.
basis-attribution = L'attribution est une décision politique souveraine de chaque État membre (conclusions du Conseil du 19 juin 2017, point 4) ; une attribution commune est adoptée par le Conseil.
proposals-title = Propositions d'appréciation agréée
proposal-open = ouverte aux objections
proposal-objected = objection formulée
proposal-agreed = agréée
col-objections = Objections
objection-reason = Motifs de l'objection de { $party }
objection-hint = Une seule objection suffit à écarter la proposition ; le silence jusqu'à l'échéance vaut approbation.
objection-submit = Formuler une objection
propose-open = Proposer l'appréciation actuelle comme agréée
propose-deadline = Échéance (UTC)
col-note = Note
propose-submit = Proposer
facts-open = Faits pris en compte dans les options
facts-persons = Les personnes ou entités responsables sont identifiées
facts-attempted = L'activité a été tentée (déjouée ou sans effet)
facts-dialogue = Un dialogue avec l'État concerné est en cours
facts-regime = Le régime de sanctions en matière cyber s'applique déjà aux intéressés
facts-partner = Relations avec l'État concerné
partner-unknown = non précisé
partner-partner = partenaire
partner-neutral = neutre
partner-adversarial = hostile
facts-apply = Prendre ces faits en compte
options-why = Pourquoi
package-submit = Constituer un paquet des options cochées
packages-title = Paquets
procedure-open = Ouvrir une procédure
procedure-subject-package = Sur un paquet
procedure-subject-text = Ou sur un texte
procedure-open-submit = Ouvrir la procédure
dossier-responses = Réponses
no-responses = Aucune décision n'a été adoptée dans ce dossier.
col-measures = Mesures
col-basis-legal = Base juridique
attribution-record-joint = Enregistrer l'attribution commune adoptée par le Conseil
attribution-record-national = Enregistrer l'attribution nationale de { $party }
attribution-procedure = Adoptée par la procédure
attribution-public = Publique
attribution-url = Lien vers la déclaration
attribution-submit = Enregistrer l'attribution
procedure-close = Clore la procédure
procedure-close-hint = La clôture arrête le résultat en l'état ; les positions ne peuvent plus être modifiées.
event-dossier-created = Dossier ouvert
event-dossier-updated = Faits mis à jour
event-dossier-transitioned = Statut modifié
event-dossier-marked = Marquage modifié
event-evidence-added = Élément de preuve ajouté
event-evidence-withdrawn = Élément de preuve retiré
event-assessment-submitted = Évaluation soumise
event-picture-proposed = Appréciation proposée comme agréée
event-picture-objected = Objection à l'appréciation proposée
event-package-assembled = Paquet de mesures constitué
event-procedure-opened = Procédure ouverte
event-procedure-position-recorded = Position enregistrée
event-procedure-closed = Procédure close
event-attribution-recorded = Attribution enregistrée
event-attribution-withdrawn = Attribution retirée

dossier-new = Ouvrir un dossier
dossier-new-submit = Ouvrir le dossier
marking-tlp = Niveau TLP
marking-releasable-hint = d'autres parties que la vôtre, séparées par des virgules (par ex. EE, LV, EEAS)
marking-recipients = Destinataires nommés (TLP:RED ; noms d'utilisateur séparés par des virgules)
marking-own = Un élément peut porter son propre marquage, aussi strict que celui du dossier ou plus strict.
marking-same = celui du dossier
evidence-add = Ajouter un élément de preuve
evidence-url = Lien
evidence-text = Texte ou extrait
evidence-submit = Ajouter l'élément de preuve
col-reliability = Fiabilité de la source
col-credibility = Crédibilité de l'information

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


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tableaux de population de l'annexe III
admin-population-intro = Les chiffres de population qui décident des majorités qualifiées (règlement intérieur du Conseil, annexe III). Un vote utilise le tableau de son année ; s'il n'est pas chargé, le plus proche, et le signale.
col-origin = Origine
col-total = Population de l'Union
origin-shipped = fourni avec entente
origin-imported = chargé dans cette instance
population-replaced = remplacé par un chargement ultérieur
admin-population-label = Tableau à charger (JSON : année, source, total, chiffres des 27 États membres)
admin-population-submit = Charger le tableau
population-table-in-force = Population : le tableau de l'annexe III de { $year }, en vigueur au moment du vote.
population-table-older = Population : le tableau de l'annexe III de { $year } a été utilisé, et non celui en vigueur au moment du vote ({ $current }), qui n'est pas chargé. Un administrateur peut le charger sur la page d'administration.
population-table-supplied = Population : chiffres fournis avec la procédure.
robustness-holds = Le résultat tient pour toute révision des chiffres de population jusqu'à ±2 %.
robustness-close = Serré : une révision des chiffres de population jusqu'à ±2 % pourrait changer le résultat. Vérifiez avec le tableau en vigueur.
margin-members-in-favour = Membres pour : { $actual } ; requis : { $required } (marge : { $margin })
margin-population-in-favour = Population pour : { $actual } ; requise : { $required } (marge : { $margin } ; en points de pourcentage : { $points })
margin-blocking-minority = Membres ne votant pas pour : { $actual } ; une minorité de blocage exige : { $required }
margin-declared-members = Membres s'abstenant par une déclaration formelle : { $actual } ; l'acte est arrêté à partir de : { $required }
margin-declared-population = Population des membres s'abstenant par une déclaration formelle : { $actual } ; l'acte est arrêté à partir de : { $required } (en points de pourcentage : { $points })
