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

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Registre des sanctions
nav-releases = Publications
statements-link = Déclarations sur ce dossier
statements-title = Déclarations
statements-none = Aucune déclaration que vous puissiez consulter.
statement-draft-heading = Rédiger une déclaration
statement-kind-hr_declaration = Déclaration du haut représentant au nom de l'UE
statement-kind-council_conclusions = Conclusions du Conseil
statement-kind-press_release = Communiqué de presse
statement-kind-demarche_points = Éléments de langage pour une démarche
statement-kind-national_statement = Déclaration nationale
statement-template = Modèle
statement-no-template = Sans modèle
col-source-language = Langue source
col-version = Version
col-verified-by = Vérifiée par
col-language = Langue
col-text = Texte
lang-status-draft = Projet
lang-status-translated = Traduite
lang-status-verified = Vérifiée
statement-submit-draft = Enregistrer le projet
statement-languages = Versions linguistiques
statement-translate-heading = Ajouter ou corriger une version linguistique
statement-translate-submit = Enregistrer la version linguistique
statement-mark-translated = La traduction est terminée
statement-verify = Vérifier
statement-diff-heading = Modifications entre les versions
statement-diff-show = Afficher les modifications
statement-diff-legend = Les mots supprimés sont barrés ; les mots ajoutés sont soulignés.
statement-embargo-heading = Embargo
statement-embargo-none = Aucun embargo fixé pour l'instant.
statement-embargo-set = Fixer l'embargo
col-capital = Capitale
col-local-time = Heure locale
statement-adoption-heading = Adoption
statement-no-adoption = Aucune procédure sur cette déclaration pour l'instant.
statement-adopted-version = Version adoptée
statement-release-heading = Publication
statement-released = Publiée
statement-not-released = Non publiée
statement-release-submit = Publier maintenant dans toutes les langues vérifiées
statement-echoes-heading = Relais par les États membres
statement-echoed = Relayée
statement-not-echoed = Pas encore
statement-export = Exporter
releases-title = Déclarations publiées
releases-intro = Déclarations de l'Union européenne et de ses États membres telles que publiées, dans toutes les langues vérifiées.
releases-none = Rien n'a encore été publié.
releases-feed = Flux Atom
sanctions-title = Registre des cybersanctions
sanctions-intro = Personnes et entités inscrites au titre de la décision (PESC) 2019/797 et du règlement (UE) 2019/796 du Conseil (mesures restrictives contre les cyberattaques).
sanctions-search = Nom (toute écriture, translittération ou alias)
sanctions-search-submit = Rechercher
sanctions-status-active = En vigueur
sanctions-status-delisted = Radiée
sanctions-status-all = Toutes
sanctions-none = Aucune inscription ne correspond.
sanctions-kind-person = Personne physique
sanctions-kind-entity = Entité
col-listed-on = Inscrite le
col-aliases = Alias
col-reasons = Motifs de l'inscription
col-legal-acts = Actes juridiques
col-birth = Date et lieu de naissance
col-nationality = Nationalité
col-identifiers = Pièces d'identité
col-address = Adresse
col-matched = Nom trouvé
sanctions-review-heading = Réexamen annuel des inscriptions
sanctions-review-overdue = En retard : le réexamen devait avoir lieu le { $date } et aucun renouvellement n'est enregistré.
sanctions-review-soon = Le réexamen doit avoir lieu le { $date }.
sanctions-review-scheduled = Prochain réexamen : { $date }.
sanctions-framework-until = Le régime s'applique jusqu'au { $date }.
sanctions-renewals = Renouvellements
sanctions-listings-until = Inscriptions prorogées jusqu'au
sanctions-export = Exporter le registre
sanctions-links = Dossiers et procédures
sanctions-amendments = Modifications
sanctions-delisted-on = Radiée le { $date }
sanctions-unconfirmed = Non confirmé
procedure-statement = Déclaration { $id }
sanctions-count =
    { $count ->
        [one] { $count } inscription en vigueur
        [many] { $count } d’inscriptions en vigueur
       *[other] { $count } inscriptions en vigueur
    }

statement-revise-heading = Nouvelle version dans la langue source
statement-revise-hint = Les versions linguistiques restent attachées à la version précédente ; la nouvelle version est traduite à nouveau.
statement-revise-note = Note sur la modification
statement-revise-submit = Enregistrer comme nouvelle version
