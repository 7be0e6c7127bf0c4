# Μηνύματα της διεπαφής του entente: ελληνικά.
# Οι ετικέτες TLP (TLP:AMBER ...) δεν μεταφράζονται ποτέ (FIRST TLP 2.0, ενότητα 1β).

skip-to-content = Μετάβαση στο περιεχόμενο
banner-highest = Υψηλότερη σήμανση σε αυτή τη σελίδα:
nav-main = Κύρια πλοήγηση
nav-language = Γλώσσα
nav-dashboard = Επισκόπηση
nav-dossiers = Φάκελοι
nav-search = Αναζήτηση
nav-audit = Αρχείο ελέγχου
nav-admin = Διαχείριση
sign-in = Σύνδεση
sign-out = Αποσύνδεση
anonymous = Χωρίς σύνδεση (δημόσια προβολή: μόνο TLP:CLEAR)
footer-note = entente, η εργαλειοθήκη της ΕΕ για την κυβερνοδιπλωματία. Οι σημάνσεις ακολουθούν το FIRST TLP 2.0 και την απόφαση 2013/488/ΕΕ του Συμβουλίου.
back-to-dashboard = Επιστροφή στην επισκόπηση

login-user = Όνομα χρήστη
login-password = Κωδικός πρόσβασης
login-failed = Το όνομα χρήστη ή ο κωδικός πρόσβασης δεν είναι σωστά.
login-anonymous-hint = Χωρίς σύνδεση βλέπετε μόνο δημόσιες πληροφορίες (TLP:CLEAR).

error-not-found = Δεν βρέθηκε
error-forbidden = Δεν επιτρέπεται
error-invalid = Το αίτημα δεν ήταν δυνατόν να γίνει κατανοητό
error-server = Παρουσιάστηκε σφάλμα

status-detected = Εντοπίστηκε
status-assessing = Υπό αξιολόγηση
status-deliberating = Υπό διαβούλευση
status-responded = Αποφασίστηκε αντίδραση
status-closed = Έκλεισε

dashboard-title = Επισκόπηση
dashboard-by-status = Φάκελοι ανά κατάσταση
dashboard-recent-dossiers = Πρόσφατοι φάκελοι
dashboard-charts = Οι φάκελοι σε αριθμούς
dashboard-recent-events = Πρόσφατη δραστηριότητα
all-dossiers = Όλοι οι φάκελοι
no-dossiers = Δεν υπάρχουν φάκελοι προς εμφάνιση.
no-events = Δεν υπάρχει δραστηριότητα προς εμφάνιση.

dossier-count =
    { $count ->
        [one] { $count } φάκελος
       *[other] { $count } φάκελοι
    }
party-count =
    { $count ->
        [one] { $count } μέρος
       *[other] { $count } μέρη
    }
audit-intro =
    { $count ->
        [one] Το αρχείο περιέχει { $count } συμβάν. Βλέπετε τα συμβάντα που επιτρέπουν οι σημάνσεις σας.
       *[other] Το αρχείο περιέχει { $count } συμβάντα. Βλέπετε τα συμβάντα που επιτρέπουν οι σημάνσεις σας.
    }

chart-by-year = Φάκελοι ανά έτος πρώτου εντοπισμού
chart-by-sector = Φάκελοι ανά πληττόμενο τομέα
chart-by-victim = Φάκελοι ανά πληττόμενη χώρα
chart-as-table = Εμφάνιση των αριθμών σε πίνακα
chart-empty = Δεν υπάρχουν ακόμη δεδομένα.

col-title = Τίτλος
col-status = Κατάσταση
col-first-seen = Πρώτος εντοπισμός
col-victims = Πληττόμενοι
col-marking = Σήμανση
col-time = Ώρα
col-event = Συμβάν
col-actor = Από
col-year = Έτος
col-dossiers = Φάκελοι
col-sector = Τομέας
col-country = Χώρα
col-id = Κωδικός
col-name = Όνομα
col-kind = Είδος

dossiers-title = Φάκελοι
filter-text = Ο τίτλος περιέχει
filter-any = Οποιαδήποτε
filter-victim = Πληττόμενη χώρα (κωδικός)
filter-apply = Εφαρμογή φίλτρων
pagination = Σελίδες
page-prev = Προηγούμενη σελίδα
page-next = Επόμενη σελίδα
page-of = Σελίδα { $page } από { $pages }

search-title = Αναζήτηση σε όλα όσα μπορείτε να δείτε
search-label = Λέξεις, ονόματα, αναγνωριστικά (T0800) ή «φράση», σε οποιαδήποτε γλώσσα
search-button = Αναζήτηση
search-results =
    { $count ->
        [one] { $count } αποτέλεσμα
       *[other] { $count } αποτελέσματα
    }
search-kind-dossier = Φάκελοι
search-kind-evidence = Αποδεικτικά στοιχεία
search-kind-assessment = Αξιολογήσεις
search-kind-attribution = Αποδόσεις ευθύνης
search-kind-stix = Αντικείμενα STIX
search-sort = Ταξινόμηση
search-sort-relevance = Συνάφεια
search-sort-date = Πρώτα τα νεότερα
search-from = Από (ημερομηνία)
search-to = Έως (ημερομηνία)
search-none = Τίποτα από όσα μπορείτε να δείτε δεν ταιριάζει με αυτές τις λέξεις.
search-dossier = Φάκελος

dossier-origin = Συντάκτης
marking-releasable = Επιτρέπεται η κοινοποίηση σε
dossier-summary = Περίληψη
no-summary = Δεν υπάρχει ακόμη περίληψη.
shown-in = Εμφανίζεται στα:
dossier-versions = Γλωσσικές αποδόσεις
dossier-last-seen = Τελευταίος εντοπισμός
dossier-timeline = Χρονολόγιο
dossier-sources = Πηγές

admin-title = Διαχείριση
admin-parties = Μέρη
party-kind-member-state = Κράτος μέλος
party-kind-eu-body = Θεσμικό όργανο ή οργανισμός της ΕΕ
party-kind-partner-state = Χώρα εταίρος
party-kind-international-organisation = Διεθνής οργανισμός

audit-title = Αρχείο ελέγχου

dossier-evidence = Αποδεικτικά στοιχεία
no-evidence = Δεν υπάρχουν αποδεικτικά στοιχεία στα οποία έχετε πρόσβαση.
evidence-withdrawn = αποσύρθηκε
col-source = Πηγή
col-grading = Διαβάθμιση (κλίμακα Admiralty)
col-party = Μέρος
dossier-assessments = Αξιολογήσεις ανά μέρος
no-assessments = Δεν υπάρχουν ακόμη αξιολογήσεις στις οποίες έχετε πρόσβαση.
heat-legend = Επίπεδα από 0 (το χαμηλότερο) έως 4 (το υψηλότερο) σε κάθε διάσταση των συμπερασμάτων του Συμβουλίου του 2017· η ένδειξη – σημαίνει ότι δεν έχει γίνει αξιολόγηση. Κάθε κελί αναγράφει το επίπεδό του· το χρώμα απλώς το επαναλαμβάνει.
col-confidence = Βαθμός βεβαιότητας
dossier-picture = Κοινή εικόνα της κατάστασης
picture-severity = Σοβαρότητα
picture-aggregate = συνολική βαθμολογία
picture-parties =
    { $count ->
        [one] λαμβάνεται υπόψη { $count } μέρος
       *[other] λαμβάνονται υπόψη { $count } μέρη
    }
picture-agreed =
    { $count ->
        [one] { $count } συμφωνηθείσα έκδοση
       *[other] { $count } συμφωνηθείσες εκδόσεις
    }
picture-open-proposals =
    { $count ->
        [one] { $count } εκκρεμής πρόταση
       *[other] { $count } εκκρεμείς προτάσεις
    }
col-dimension = Διάσταση
col-median = Διάμεσος
col-range = Εύρος
col-scored-by = Βαθμολογήθηκε από
col-dissent = Αποκλίσεις (απόσταση από τη διάμεσο)
severity-low = Χαμηλή
severity-moderate = Μέτρια
severity-serious = Σοβαρή
severity-severe = Πολύ σοβαρή
severity-critical = Κρίσιμη
severity-unknown = Δεν είναι ακόμη γνωστή
dim-scope = Εμβέλεια
dim-scale = Κλίμακα
dim-duration = Διάρκεια
dim-intensity = Ένταση
dim-complexity = Πολυπλοκότητα
dim-sophistication = Βαθμός τεχνικής αρτιότητας
dim-impact = Αντίκτυπος
dossier-procedures = Διαδικασίες
no-procedures = Δεν υπάρχουν διαδικασίες στις οποίες έχετε πρόσβαση.
col-subject = Θέμα
col-rule = Κανόνας λήψης απόφασης
col-deadline = Προθεσμία
col-state = Στάδιο
col-tally = Καταμέτρηση
tally-for = Υπέρ
tally-against = Κατά
tally-abstain = Αποχές
procedure-package = Δέσμη { $id }
procedure-state-open = Ανοικτή
procedure-state-expired = Η προθεσμία έληξε
procedure-state-closed = Περατώθηκε
outcome-adopted = Εγκρίθηκε
outcome-not-adopted = Δεν εγκρίθηκε
outcome-pending = Εκκρεμεί
outcome-undetermined = Αδιευκρίνιστο
outcome-provisional = Αν οι θέσεις παραμείνουν ως έχουν
position-for = Υπέρ
position-against = Κατά
position-abstain = Αποχή
position-declared-abstain = Εποικοδομητική αποχή (δήλωση)
position-not-participating = Δεν συμμετέχει
positions-recorded =
    { $count ->
        [one] καταχωρίστηκε { $count } θέση
       *[other] καταχωρίστηκαν { $count } θέσεις
    }
procedure-title = Διαδικασία
back-to-dossier = Επιστροφή στον φάκελο
time-left = χρόνος που απομένει:
position-record = Καταχωρίστε τη θέση σας
position-label = Θέση
declaration-label = Δήλωση (προαιρετική)
position-submit = Καταχώριση της θέσης
procedure-positions = Θέσεις
no-positions = Δεν έχουν καταχωριστεί ακόμη θέσεις.
col-position = Θέση
col-declaration = Δήλωση
admin-users = Λογαριασμοί
admin-users-hint = Οι λογαριασμοί εμφανίζονται μόνο στους διαχειριστές.
user-count =
    { $count ->
        [one] { $count } λογαριασμός
       *[other] { $count } λογαριασμοί
    }
col-roles = Ρόλοι
col-clearance = Εξουσιοδότηση ασφαλείας
user-disabled = Απενεργοποιημένος
user-active = Ενεργός
assess-open = Υποβάλετε την αξιολόγηση του μέρους σας
assess-summary = Περίληψη (προαιρετική)
assess-submit = Υποβολή της αξιολόγησης
col-level = Επίπεδο
col-rationale = Αιτιολόγηση
confidence-low = Χαμηλός
confidence-moderate = Μέτριος
confidence-high = Υψηλός
dossier-attributions = Αποδόσεις ευθύνης
attribution-state = Στάδιο απόδοσης ευθύνης
attribution-state-none = Καμία καταχωρισμένη
attribution-state-national = Εθνικές αποδόσεις ευθύνης
attribution-state-joint = Κοινή απόδοση ευθύνης από την ΕΕ
attribution-joint = κοινή
col-actor-attributed = Αποδίδεται σε
col-likelihood = Πιθανότητα (ICD 203)
col-basis = Βάση
col-date = Ημερομηνία
dashboard-open-procedures = Ανοικτές διαδικασίες
no-open-procedures = Δεν υπάρχουν ανοικτές διαδικασίες στις οποίες έχετε πρόσβαση.
col-your-position = Θέση του μέρους σας
position-needed = Απαιτείται
chart-by-actor = Φάκελοι ανά φορέα στον οποίο αποδίδονται
dossier-options = Επιλογές αντίδρασης
options-basis = Ταξινομημένες από τον μηχανισμό αναλογικότητας με βάση την τελευταία συμφωνηθείσα εικόνα και τις καταχωρισμένες αποδόσεις ευθύνης, χωρίς άλλα πραγματικά περιστατικά.
options-available = Διαθέσιμες, από τη λιγότερο κλιμακωτή
options-not-available = Μη διαθέσιμες επί του παρόντος, και για ποιον λόγο
options-escalation = κλιμάκωση
options-need-agreed = Οι επιλογές ταξινομούνται μόλις τα μέρη συμφωνήσουν σε κοινή εικόνα της κατάστασης.

rule-unanimity = Ομοφωνία
rule-qmv = Ειδική πλειοψηφία
rule-rqmv = Ενισχυμένη ειδική πλειοψηφία
rule-simple = Απλή πλειοψηφία
rule-silence = Διαδικασία σιωπηρής έγκρισης
rule-none = Δεν απαιτείται απόφαση του Συμβουλίου

option-category-preventive = Προληπτικά μέτρα
option-category-cooperative = Μέτρα συνεργασίας
option-category-stability = Μέτρα σταθερότητας
option-category-restrictive = Περιοριστικά μέτρα
option-category-support = Στήριξη των νόμιμων αντιδράσεων των κρατών μελών

measure-confidence-building = Μέτρα οικοδόμησης εμπιστοσύνης
measure-awareness-raising = Ευαισθητοποίηση σχετικά με τις πολιτικές της ΕΕ
measure-capacity-building = Ανάπτυξη ικανοτήτων στον κυβερνοχώρο σε τρίτες χώρες
measure-eu-dialogue = Πολιτικοί και θεματικοί διάλογοι υπό την ηγεσία της ΕΕ
measure-delegation-demarche = Διαβήματα των αντιπροσωπειών της ΕΕ
measure-hr-statement = Δήλωση του Ύπατου Εκπροσώπου
measure-eu-declaration = Δήλωση του Ύπατου Εκπροσώπου εξ ονόματος της ΕΕ
measure-council-conclusions = Συμπεράσματα του Συμβουλίου
measure-diplomatic-demarche = Διπλωματικό διάβημα προς το οικείο κράτος
measure-restrictive-listing = Περιοριστικά μέτρα: εγγραφή στον κατάλογο βάσει της απόφασης (ΚΕΠΠΑ) 2019/797 και του κανονισμού (ΕΕ) 2019/796
measure-support-lawful-response = Στήριξη της νόμιμης αντίδρασης κράτους μέλους
measure-mutual-assistance-42-7 = Αμοιβαία συνδρομή βάσει του άρθρου 42 παράγραφος 7 ΣΕΕ
measure-solidarity-clause-222 = Ρήτρα αλληλεγγύης βάσει του άρθρου 222 ΣΛΕΕ

likelihood-almost-no-chance = σχεδόν αποκλείεται
likelihood-very-unlikely = πολύ απίθανο
likelihood-unlikely = απίθανο
likelihood-roughly-even-chance = περίπου ίσες πιθανότητες
likelihood-likely = πιθανό
likelihood-very-likely = πολύ πιθανό
likelihood-almost-certain = σχεδόν βέβαιο

basis-technical = τεχνική
basis-intelligence = στοιχεία πληροφοριών
basis-political = πολιτική

reliability-a = απολύτως αξιόπιστη
reliability-b = συνήθως αξιόπιστη
reliability-c = αρκετά αξιόπιστη
reliability-d = συνήθως αναξιόπιστη
reliability-e = αναξιόπιστη
reliability-f = η αξιοπιστία δεν μπορεί να κριθεί
credibility-1 = επιβεβαιωμένη από άλλες πηγές
credibility-2 = πιθανώς αληθής
credibility-3 = ενδεχομένως αληθής
credibility-4 = αμφίβολη
credibility-5 = απίθανη
credibility-6 = η αλήθεια δεν μπορεί να κριθεί

evidence-kind-document = Έγγραφο
evidence-kind-link = Σύνδεσμος
evidence-kind-stix = Αντικείμενο STIX

role-delegate = Εκπρόσωπος
role-analyst = Αναλυτής
role-drafter = Συντάκτης
role-chair = Προεδρία
role-observer = Παρατηρητής
role-admin = Διαχειριστής
role-security_officer = Υπεύθυνος ασφαλείας
role-operator = Διαχειριστής της εγκατάστασης

sector-energy = Ενέργεια
sector-transport = Μεταφορές
sector-banking = Τραπεζικός τομέας
sector-financial = Υποδομές χρηματοπιστωτικών αγορών
sector-health = Υγεία
sector-drinking-water = Πόσιμο νερό
sector-waste-water = Λύματα
sector-digital-infrastructure = Ψηφιακές υποδομές
sector-ict-services = Διαχείριση υπηρεσιών ΤΠΕ (μεταξύ επιχειρήσεων)
sector-public-administration = Δημόσια διοίκηση
sector-space = Διάστημα
sector-courier = Ταχυδρομικές υπηρεσίες και υπηρεσίες ταχυμεταφορών
sector-waste-management = Διαχείριση αποβλήτων
sector-chemical = Κατασκευή, παραγωγή και διανομή χημικών
sector-food = Παραγωγή, μεταποίηση και διανομή τροφίμων
sector-manufacturing = Μεταποίηση
sector-digital-providers = Πάροχοι ψηφιακών υπηρεσιών
sector-research = Έρευνα
sector-parliament = Κοινοβούλια και νομοθετικά σώματα
sector-political-parties = Πολιτικά κόμματα και προεκλογικές εκστρατείες
sector-international-organisation = Διεθνείς οργανισμοί
sector-defence = Άμυνα και ένοπλες δυνάμεις
sector-media-civil-society = Μέσα ενημέρωσης, κοινωνία των πολιτών και ακαδημαϊκή κοινότητα

login-account-needed = Η εγκατάσταση αυτή δεν εμφανίζει τίποτα χωρίς λογαριασμό. Ο υπεύθυνος ασφαλείας του μέρους σας μπορεί να σας δώσει έναν.
password-change = Επιλέξτε νέο κωδικό πρόσβασης
password-change-reset = Υπεύθυνος ασφαλείας του μέρους σας επανέφερε τον κωδικό πρόσβασής σας. Επιλέξτε νέο πριν συνεχίσετε· αυτός που σας δόθηκε παύει να ισχύει.
password-current = Τρέχων κωδικός πρόσβασης
password-new = Νέος κωδικός πρόσβασης (τουλάχιστον 12 χαρακτήρες, όχι το όνομα χρήστη)
password-change-submit = Αλλαγή κωδικού πρόσβασης

activity-intro = Τα γεγονότα που σας επιτρέπουν να δείτε οι σημάνσεις σας, από το παλαιότερο.
audit-trail-intro = Το ίχνος ελέγχου: συνδέσεις, αλλαγές λογαριασμών, εγγραφές, ελεγχόμενες αναγνώσεις και εξαγωγές, από το νεότερο, όσο επιτρέπουν ο ρόλος και οι σημάνσεις σας.
filter-user = Χρήστης
filter-party = Μέρος
filter-object = Αντικείμενο (φάκελος ή αναγνωριστικό στοιχείου)
filter-since = Από (ημερομηνία)
filter-type = Είδος γεγονότος
stage-title = Σε ποιο στάδιο βρίσκεται ο φάκελος
stage-picture = Κοινή εικόνα της κατάστασης
stage-picture-agreed = συμφωνήθηκε
stage-picture-proposed = προτάθηκε, δεκτή σε αντιρρήσεις
stage-picture-assessed =
    { $count ->
        [one] { $count } μέρος έχει υποβάλει αξιολόγηση
       *[other] { $count } μέρη έχουν υποβάλει αξιολόγηση
    }
stage-options = Επιλογές αντίδρασης
stage-options-available =
    { $count ->
        [one] { $count } διαθέσιμη επιλογή
       *[other] { $count } διαθέσιμες επιλογές
    }
stage-options-need-picture = μόλις συμφωνηθεί η εικόνα
stage-procedure = Απόφαση
stage-procedure-open = υπάρχει ανοικτή διαδικασία
stage-procedure-none =
    { $count ->
        [one] καμία διαδικασία ακόμη· καταρτίστηκε { $count } δέσμη
       *[other] καμία διαδικασία ακόμη· καταρτίστηκαν { $count } δέσμες
    }
stage-procedure-closed = περατώθηκε
stage-response = Αντίδραση
stage-response-adopted =
    { $count ->
        [one] εκδόθηκε { $count } απόφαση
       *[other] εκδόθηκαν { $count } αποφάσεις
    }
stage-attribution = Απόδοση ευθύνης
await-title = Εκκρεμεί ενέργεια από εσάς
await-assess = Υποβάλετε την αξιολόγηση του μέρους { $party }.
await-proposal = Προτεινόμενη εικόνα της κατάστασης είναι δεκτή σε αντιρρήσεις έως { $deadline }: διατυπώστε αντίρρηση αν το μέρος σας διαφωνεί ή σιωπήστε για να συμφωνήσετε.
await-position = Καταχωρίστε τη θέση του μέρους { $party } στην ανοικτή διαδικασία.
await-propose = Προτείνετε την τρέχουσα εικόνα ως συμφωνηθείσα.
await-package = Καταρτίστε δέσμη από τις διαθέσιμες επιλογές.
await-open = Κινήστε διαδικασία για τη δέσμη.
await-close = Η προθεσμία μιας διαδικασίας έληξε: περατώστε τη για να οριστικοποιηθεί το αποτέλεσμά της.
sections-nav = Ενότητες του φακέλου
basis-picture = Κοινή επίγνωση της κατάστασης, συμφωνηθείσα μεταξύ των κρατών μελών (συμπεράσματα του Συμβουλίου της 19ης Ιουνίου 2017, σημείο 5)· θεωρείται συμφωνηθείσα όταν η προθεσμία για αντιρρήσεις λήξει χωρίς αντίρρηση.
basis-options = Μέτρα ανάλογα προς την εμβέλεια, την κλίμακα, τη διάρκεια, την ένταση, την πολυπλοκότητα, τον βαθμό τεχνικής αρτιότητας και τον αντίκτυπο της δραστηριότητας (συμπεράσματα του Συμβουλίου της 19ης Ιουνίου 2017, σημείο 5).
basis-procedure = Οι αποφάσεις ΚΕΠΠΑ λαμβάνονται με ομοφωνία (άρθρο 31 παράγραφος 1 ΣΕΕ)· με τη διαδικασία σιωπηρής έγκρισης του εσωτερικού κανονισμού του Συμβουλίου (άρθρο 12 παράγραφος 2) ένα κείμενο εγκρίνεται, εκτός αν κάποιο μέλος διατυπώσει αντίρρηση πριν από τη λήξη της προθεσμίας.
basis-attribution = Η απόδοση ευθύνης αποτελεί κυρίαρχη πολιτική απόφαση κάθε κράτους μέλους (συμπεράσματα του Συμβουλίου της 19ης Ιουνίου 2017, σημείο 4)· η κοινή απόδοση ευθύνης εγκρίνεται από το Συμβούλιο.
proposals-title = Προτάσεις συμφωνηθείσας εικόνας
proposal-open = δεκτή σε αντιρρήσεις
proposal-objected = διατυπώθηκε αντίρρηση
proposal-agreed = συμφωνήθηκε
col-objections = Αντιρρήσεις
objection-reason = Λόγοι αντίρρησης του μέρους { $party }
objection-hint = Μία μόνο αντίρρηση αρκεί για να ανακοπεί η πρόταση· η σιωπή έως τη λήξη της προθεσμίας ισοδυναμεί με συμφωνία.
objection-submit = Διατύπωση αντίρρησης
propose-open = Πρόταση της τρέχουσας εικόνας ως συμφωνηθείσας
propose-deadline = Προθεσμία (UTC)
col-note = Σημείωση
propose-submit = Πρόταση
facts-open = Πραγματικά περιστατικά που σταθμίζονται στις επιλογές
facts-persons = Τα υπεύθυνα πρόσωπα ή οι υπεύθυνες οντότητες έχουν ταυτοποιηθεί
facts-attempted = Η δραστηριότητα παρέμεινε σε απόπειρα (ματαιώθηκε ή δεν είχε αποτέλεσμα)
facts-dialogue = Διεξάγεται διάλογος με το οικείο κράτος
facts-regime = Το καθεστώς κυρώσεων κατά των κυβερνοεπιθέσεων εφαρμόζεται ήδη στους ενδιαφερομένους
facts-partner = Σχέσεις με το οικείο κράτος
partner-unknown = δεν αναφέρεται
partner-partner = εταίρος
partner-neutral = ουδέτερο
partner-adversarial = εχθρικό
facts-apply = Στάθμιση των περιστατικών αυτών
options-why = Για ποιον λόγο
package-submit = Κατάρτιση δέσμης από τις επιλεγμένες επιλογές
packages-title = Δέσμες
procedure-open = Κίνηση διαδικασίας
procedure-subject-package = Για δέσμη
procedure-subject-text = Ή για κείμενο
procedure-open-submit = Κίνηση της διαδικασίας
dossier-responses = Αντιδράσεις
no-responses = Δεν έχει εκδοθεί καμία απόφαση για τον φάκελο αυτόν.
col-measures = Μέτρα
col-basis-legal = Νομική βάση
attribution-record-joint = Καταχώριση της κοινής απόδοσης ευθύνης που ενέκρινε το Συμβούλιο
attribution-record-national = Καταχώριση της εθνικής απόδοσης ευθύνης του μέρους { $party }
attribution-procedure = Εγκρίθηκε με διαδικασία
attribution-public = Δημόσια
attribution-url = Σύνδεσμος προς τη δήλωση
attribution-submit = Καταχώριση της απόδοσης ευθύνης
procedure-close = Περάτωση της διαδικασίας
procedure-close-hint = Η περάτωση οριστικοποιεί το αποτέλεσμα όπως έχει τώρα· οι θέσεις δεν μπορούν πλέον να μεταβληθούν.
event-dossier-created = Άνοιγμα φακέλου
event-dossier-updated = Επικαιροποίηση πραγματικών περιστατικών
event-dossier-transitioned = Αλλαγή κατάστασης
event-dossier-marked = Αλλαγή σήμανσης
event-evidence-added = Προσθήκη αποδεικτικού στοιχείου
event-evidence-withdrawn = Απόσυρση αποδεικτικού στοιχείου
event-assessment-submitted = Υποβολή αξιολόγησης
event-picture-proposed = Πρόταση εικόνας ως συμφωνηθείσας
event-picture-objected = Αντίρρηση στην προτεινόμενη εικόνα
event-package-assembled = Κατάρτιση δέσμης μέτρων
event-procedure-opened = Κίνηση διαδικασίας
event-procedure-position-recorded = Καταχώριση θέσης
event-procedure-closed = Περάτωση διαδικασίας
event-attribution-recorded = Καταχώριση απόδοσης ευθύνης
event-attribution-withdrawn = Απόσυρση απόδοσης ευθύνης

dossier-new = Άνοιγμα φακέλου
dossier-new-submit = Άνοιγμα του φακέλου
marking-tlp = Επίπεδο TLP
marking-releasable-hint = άλλα μέρη πλην του δικού σας, χωρισμένα με κόμμα (π.χ. EE, LV, EEAS)
marking-recipients = Ονομαστικοί παραλήπτες (TLP:RED· ονόματα χρηστών χωρισμένα με κόμμα)
marking-own = Ένα στοιχείο μπορεί να φέρει δική του σήμανση, εξίσου αυστηρή με του φακέλου ή αυστηρότερη.
marking-same = του φακέλου
evidence-add = Προσθήκη αποδεικτικού στοιχείου
evidence-url = Σύνδεσμος
evidence-text = Κείμενο ή απόσπασμα
evidence-submit = Προσθήκη του αποδεικτικού στοιχείου
col-reliability = Αξιοπιστία της πηγής
col-credibility = Αξιοπιστία της πληροφορίας

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Η σύνδεση διήρκεσε πολύ ή η φόρμα δεν προερχόταν από αυτόν τον ιστότοπο. Συνδεθείτε ξανά.
second-step-title = Δεύτερος παράγοντας
second-step-intro = Ο κωδικός πρόσβασής σας είναι σωστός. Πληκτρολογήστε τον κωδικό που εμφανίζει τώρα η εφαρμογή ελέγχου ταυτότητας.
second-step-code = Εξαψήφιος κωδικός
second-step-failed = Ο κωδικός είναι λανθασμένος, έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Περιμένετε τον επόμενο κωδικό και δοκιμάστε ξανά.
second-step-recovery = Χάσατε την εφαρμογή ελέγχου ταυτότητας;
second-step-recovery-code = Κωδικός ανάκτησης
second-step-hint = Κάθε κωδικός ισχύει μία φορά. Χωρίς την εφαρμογή ή κωδικό ανάκτησης, ζητήστε από υπεύθυνο ασφαλείας του μέρους σας να επαναφέρει τον δεύτερο παράγοντα.
enrol-title = Ρυθμίστε τον δεύτερο παράγοντα
enrol-required = Ο λογαριασμός σας διαχειρίζεται λογαριασμούς ή διαβαθμίσεις: χρειάζεται δεύτερο παράγοντα πριν κάνετε οτιδήποτε άλλο.
enrol-failed = Ο κωδικός δεν αντιστοιχεί σε αυτό το μυστικό. Ελέγξτε την ώρα της συσκευής σας και πληκτρολογήστε τον κωδικό που εμφανίζει τώρα.
enrol-step-app = Προσθέστε αυτό το μυστικό σε εφαρμογή ελέγχου ταυτότητας (χρονικός κωδικός, 6 ψηφία, 30 δευτερόλεπτα):
enrol-open-app = Άνοιγμα σε εφαρμογή ελέγχου ταυτότητας
enrol-step-code = Πληκτρολογήστε τον κωδικό της εφαρμογής για επιβεβαίωση:
enrol-confirm = Επιβεβαίωση
enrol-done = Ο δεύτερος παράγοντας ρυθμίστηκε. Στο εξής συνδέεστε με τον κωδικό πρόσβασης και έναν κωδικό.
enrol-recovery-title = Κωδικοί ανάκτησης
enrol-recovery-hint = Φυλάξτε αυτούς τους κωδικούς σε ασφαλές μέρος. Ο καθένας σάς συνδέει μία φορά αντί για κωδικό. Εμφανίζονται μόνο τώρα.
enrol-continue = Συνέχεια
enrol-already = Ο λογαριασμός σας έχει δεύτερο παράγοντα. Αν χάσετε την εφαρμογή, τον επαναφέρει υπεύθυνος ασφαλείας του μέρους σας.
login-sso = Σύνδεση μέσω { $provider }
sso-refused-title = Χωρίς πρόσβαση
sso-refused-unmapped = Ο πάροχος { $provider } σας ταυτοποίησε, αλλά κανένας κανόνας αυτής της εγκατάστασης δεν δίνει πρόσβαση στον λογαριασμό σας. Υπεύθυνος ασφαλείας του μέρους σας πρέπει να προσθέσει κανόνα σύνδεσης για εσάς.
sso-refused-ambiguous = Ο πάροχος { $provider } σας ταυτοποίησε, αλλά στον λογαριασμό σας αντιστοιχούν κανόνες περισσότερων του ενός μερών, οπότε δεν είναι δυνατό να προσδιοριστεί για λογαριασμό ποιου ενεργείτε. Απευθυνθείτε στον υπεύθυνο ασφαλείας σας.
sso-refused-disabled = Ο λογαριασμός σας σε αυτή την εγκατάσταση είναι απενεργοποιημένος.
sso-refused-party = Ο λογαριασμός σας ενεργεί για άλλο μέρος από αυτό που σας αποδίδουν τώρα οι κανόνες. Απευθυνθείτε στον υπεύθυνο ασφαλείας σας.
sso-refused-hint = Η απόπειρα καταγράφηκε στο ίχνος ελέγχου.
sso-failed-title = Η σύνδεση απέτυχε
sso-failed = Η σύνδεση μέσω { $provider } απέτυχε: { $reason }
sso-continue = Συνέχεια


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Πίνακες πληθυσμού του παραρτήματος III
admin-population-intro = Τα στοιχεία πληθυσμού που κρίνουν την ειδική πλειοψηφία (Εσωτερικός Κανονισμός του Συμβουλίου, παράρτημα III). Μια ψηφοφορία χρησιμοποιεί τον πίνακα του έτους της· αν δεν έχει φορτωθεί, τον πλησιέστερο, και το αναφέρει.
col-origin = Προέλευση
col-total = Πληθυσμός της Ένωσης
origin-shipped = παρέχεται με το entente
origin-imported = φορτώθηκε σε αυτή την εγκατάσταση
population-replaced = αντικαταστάθηκε από μεταγενέστερη φόρτωση
admin-population-label = Πίνακας προς φόρτωση (JSON: έτος, πηγή, σύνολο, στοιχεία των 27 κρατών μελών)
admin-population-submit = Φόρτωση του πίνακα
population-table-in-force = Πληθυσμός: ο πίνακας του παραρτήματος III για το { $year }, σε ισχύ κατά τον χρόνο της ψηφοφορίας.
population-table-older = Πληθυσμός: χρησιμοποιήθηκε ο πίνακας του παραρτήματος III για το { $year }, όχι ο πίνακας που ίσχυε κατά τον χρόνο της ψηφοφορίας ({ $current }), ο οποίος δεν έχει φορτωθεί. Ένας διαχειριστής μπορεί να τον φορτώσει στη σελίδα διαχείρισης.
population-table-supplied = Πληθυσμός: στοιχεία που δόθηκαν με τη διαδικασία.
robustness-holds = Το αποτέλεσμα ισχύει για κάθε αναθεώρηση των στοιχείων πληθυσμού έως ±2 %.
robustness-close = Οριακό: αναθεώρηση των στοιχείων πληθυσμού έως ±2 % θα μπορούσε να αλλάξει το αποτέλεσμα. Ελέγξτε με τον πίνακα σε ισχύ.
margin-members-in-favour = Μέλη υπέρ: { $actual }· απαιτούνται: { $required } (περιθώριο: { $margin })
margin-population-in-favour = Πληθυσμός υπέρ: { $actual }· απαιτείται: { $required } (περιθώριο: { $margin }· σε εκατοστιαίες μονάδες: { $points })
margin-blocking-minority = Μέλη που δεν ψηφίζουν υπέρ: { $actual }· η μειοψηφία αρνησικυρίας χρειάζεται: { $required }
margin-declared-members = Μέλη που απέχουν με επίσημη δήλωση: { $actual }· η πράξη σταματά από: { $required }
margin-declared-population = Πληθυσμός των μελών που απέχουν με επίσημη δήλωση: { $actual }· η πράξη σταματά από: { $required } (σε εκατοστιαίες μονάδες: { $points })
