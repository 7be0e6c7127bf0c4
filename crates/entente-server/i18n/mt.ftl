# Messaġġi tal-interfaċċa ta' entente: Malti.
# It-tikketti TLP (TLP:AMBER ...) qatt ma jiġu tradotti (FIRST TLP 2.0, taqsima 1b).
# Il-kategoriji tal-plural huma dawk tas-CLDR 42 u ta' wara: one, two, few, many, other.

skip-to-content = Mur għall-kontenut
banner-highest = L-ogħla marka f'din il-paġna:
nav-main = Navigazzjoni ewlenija
nav-language = Lingwa
nav-dashboard = Ħarsa ġenerali
nav-dossiers = Fajls
nav-search = Tfittxija
nav-audit = Reġistru tal-awditjar
nav-admin = Amministrazzjoni
sign-in = Idħol
sign-out = Oħroġ
anonymous = Mhux dħalt (veduta pubblika: TLP:CLEAR biss)
footer-note = entente, is-sett ta' għodod tal-UE għad-diplomazija ċibernetika. Il-markaturi jsegwu l-FIRST TLP 2.0 u d-Deċiżjoni tal-Kunsill 2013/488/UE.
back-to-dashboard = Lura għall-ħarsa ġenerali

login-user = Isem l-utent
login-password = Password
login-failed = L-isem tal-utent jew il-password mhumiex korretti.
login-anonymous-hint = Mingħajr ma tidħol, tara biss l-informazzjoni pubblika (TLP:CLEAR).

error-not-found = Ma nstabx
error-forbidden = Mhux permess
error-invalid = It-talba ma setgħetx tinftiehem
error-server = Inqalgħet problema

status-detected = Identifikat
status-assessing = Qed jiġi vvalutat
status-deliberating = Qed jiġi deliberat
status-responded = Rispons adottat
status-closed = Magħluq

dashboard-title = Ħarsa ġenerali
dashboard-by-status = Fajls skont l-istatus
dashboard-recent-dossiers = L-aħħar fajls
dashboard-charts = Il-fajls f'ċifri
dashboard-recent-events = Attività riċenti
all-dossiers = Il-fajls kollha
no-dossiers = M'hemm l-ebda fajl x'jintwera.
no-events = M'hemm l-ebda attività x'tintwera.

dossier-count =
    { $count ->
        [one] { $count } fajl
        [two] { $count } fajls
        [few] { $count } fajls
        [many] { $count }-il fajl
       *[other] { $count } fajl
    }
party-count =
    { $count ->
        [one] { $count } parti
        [two] { $count } partijiet
        [few] { $count } partijiet
        [many] { $count }-il parti
       *[other] { $count } parti
    }
audit-intro =
    { $count ->
        [one] Ir-reġistru fih { $count } avveniment. Tara l-avvenimenti li jippermettu l-markaturi tiegħek.
        [two] Ir-reġistru fih { $count } avvenimenti. Tara l-avvenimenti li jippermettu l-markaturi tiegħek.
        [few] Ir-reġistru fih { $count } avvenimenti. Tara l-avvenimenti li jippermettu l-markaturi tiegħek.
        [many] Ir-reġistru fih { $count }-il avveniment. Tara l-avvenimenti li jippermettu l-markaturi tiegħek.
       *[other] Ir-reġistru fih { $count } avveniment. Tara l-avvenimenti li jippermettu l-markaturi tiegħek.
    }

chart-by-year = Fajls skont is-sena meta ġew identifikati l-ewwel darba
chart-by-sector = Fajls skont is-settur affettwat
chart-by-victim = Fajls skont il-pajjiż affettwat
chart-as-table = Uri ċ-ċifri f'tabella
chart-empty = Għad m'hemmx data.

col-title = Titolu
col-status = Status
col-first-seen = L-ewwel identifikazzjoni
col-victims = Affettwati
col-marking = Marka
col-time = Ħin
col-event = Avveniment
col-actor = Minn
col-year = Sena
col-dossiers = Fajls
col-sector = Settur
col-country = Pajjiż
col-id = Kodiċi
col-name = Isem
col-kind = Tip

dossiers-title = Fajls
filter-text = It-titolu fih
filter-any = Kwalunkwe
filter-victim = Pajjiż affettwat (kodiċi)
filter-apply = Applika l-filtri
pagination = Paġni
page-prev = Il-paġna ta' qabel
page-next = Il-paġna li jmiss
page-of = Paġna { $page } minn { $pages }

search-title = Fittex f'dak kollu li tista' tara
search-label = Kliem, ismijiet, identifikaturi (T0800) jew "frażi", bi kwalunkwe lingwa
search-button = Fittex
search-results =
    { $count ->
        [one] { $count } riżultat
        [two] { $count } riżultati
        [few] { $count } riżultati
        [many] { $count }-il riżultat
       *[other] { $count } riżultat
    }
search-kind-dossier = Fajls
search-kind-evidence = Evidenza
search-kind-assessment = Valutazzjonijiet
search-kind-attribution = Attribuzzjonijiet
search-kind-stix = Oġġetti STIX
search-sort = Ordni
search-sort-relevance = Rilevanza
search-sort-date = L-aktar riċenti l-ewwel
search-from = Minn (data)
search-to = Sa (data)
search-none = Xejn minn dak li tista' tara ma jaqbel ma' dan il-kliem.
search-dossier = Fajl

dossier-origin = Oriġinatur
marking-releasable = Jista' jingħata lil
dossier-summary = Sommarju
no-summary = Għad m'hemmx sommarju.
shown-in = Muri bil-lingwa:
dossier-versions = Verżjonijiet lingwistiċi
dossier-last-seen = L-aħħar identifikazzjoni
dossier-timeline = Kronoloġija
dossier-sources = Sorsi

admin-title = Amministrazzjoni
admin-parties = Partijiet
party-kind-member-state = Stat Membru
party-kind-eu-body = Istituzzjoni jew korp tal-UE
party-kind-partner-state = Pajjiż sieħeb
party-kind-international-organisation = Organizzazzjoni internazzjonali

audit-title = Reġistru tal-awditjar

dossier-evidence = Provi
no-evidence = M'hemm l-ebda prova li tista' tara.
evidence-withdrawn = irtirat
col-source = Sors
col-grading = Gradazzjoni (skala tal-Ammiraljat)
col-party = Parti
dossier-assessments = Valutazzjonijiet skont il-parti
no-assessments = Għad m'hemm l-ebda valutazzjoni li tista' tara.
heat-legend = Livelli minn 0 (l-aktar baxx) sa 4 (l-ogħla) f'kull dimensjoni tal-konklużjonijiet tal-Kunsill tal-2017; – tfisser mhux ivvalutat. Kull ċellola turi l-livell tagħha; il-kulur sempliċement jirrepetih.
col-confidence = Livell ta' fiduċja
dossier-picture = Stampa komuni
picture-severity = Gravità
picture-aggregate = punteġġ aggregat
picture-parties =
    { $count ->
        [one] { $count } parti meqjusa
        [two] { $count } partijiet meqjusa
        [few] { $count } partijiet meqjusa
        [many] { $count }-il parti meqjusa
       *[other] { $count } parti meqjusa
    }
picture-agreed =
    { $count ->
        [one] { $count } verżjoni maqbula
        [two] { $count } verżjonijiet maqbula
        [few] { $count } verżjonijiet maqbula
        [many] { $count }-il verżjoni maqbula
       *[other] { $count } verżjoni maqbula
    }
picture-open-proposals =
    { $count ->
        [one] { $count } proposta miftuħa
        [two] { $count } proposti miftuħa
        [few] { $count } proposti miftuħa
        [many] { $count }-il proposta miftuħa
       *[other] { $count } proposta miftuħa
    }
col-dimension = Dimensjoni
col-median = Medjan
col-range = Firxa
col-scored-by = Ivvalutata minn
col-dissent = Diverġenzi (distanza mill-medjan)
severity-low = Baxxa
severity-moderate = Moderata
severity-serious = Serja
severity-severe = Gravi
severity-critical = Kritika
severity-unknown = Għadha mhux magħrufa
dim-scope = Ambitu
dim-scale = Skala
dim-duration = Tul ta' żmien
dim-intensity = Intensità
dim-complexity = Kumplessità
dim-sophistication = Sofistikazzjoni
dim-impact = Impatt
dossier-procedures = Proċeduri
no-procedures = M'hemm l-ebda proċedura li tista' tara.
col-subject = Suġġett
col-rule = Regola tad-deċiżjoni
col-deadline = Skadenza
col-state = Stat
col-tally = Għadd
tally-for = Favur
tally-against = Kontra
tally-abstain = Astensjonijiet
procedure-package = Pakkett { $id }
procedure-state-open = Miftuħa
procedure-state-expired = L-iskadenza għaddiet
procedure-state-closed = Magħluqa
outcome-adopted = Adottat
outcome-not-adopted = Mhux adottat
outcome-pending = Pendenti
outcome-undetermined = Mhux determinat
outcome-provisional = Jekk il-pożizzjonijiet jibqgħu kif inhuma
position-for = Favur
position-against = Kontra
position-abstain = Astensjoni
position-declared-abstain = Astensjoni kostruttiva (dikjarazzjoni)
position-not-participating = Ma jipparteċipax
positions-recorded =
    { $count ->
        [one] { $count } pożizzjoni rreġistrata
        [two] { $count } pożizzjonijiet irreġistrati
        [few] { $count } pożizzjonijiet irreġistrati
        [many] { $count }-il pożizzjoni rreġistrata
       *[other] { $count } pożizzjoni rreġistrata
    }
procedure-title = Proċedura
back-to-dossier = Lura għall-fajl
time-left = ħin li fadal:
position-record = Irreġistra l-pożizzjoni tiegħek
position-label = Pożizzjoni
declaration-label = Dikjarazzjoni (mhux obbligatorja)
position-submit = Irreġistra l-pożizzjoni
procedure-positions = Pożizzjonijiet
no-positions = Għad ma ġiet irreġistrata l-ebda pożizzjoni.
col-position = Pożizzjoni
col-declaration = Dikjarazzjoni
admin-users = Kontijiet
admin-users-hint = Il-kontijiet jintwerew lill-amministraturi biss.
user-count =
    { $count ->
        [one] { $count } kont
        [two] { $count } kontijiet
        [few] { $count } kontijiet
        [many] { $count }-il kont
       *[other] { $count } kont
    }
col-roles = Rwoli
col-clearance = Approvazzjoni tas-sigurtà
user-disabled = Diżattivat
user-active = Attiv
assess-open = Issottometti l-valutazzjoni tal-parti tiegħek
assess-summary = Sommarju (mhux obbligatorju)
assess-submit = Issottometti l-valutazzjoni
col-level = Livell
col-rationale = Raġunament
confidence-low = Baxx
confidence-moderate = Moderat
confidence-high = Għoli
dossier-attributions = Attribuzzjonijiet
attribution-state = Stat tal-attribuzzjoni
attribution-state-none = L-ebda waħda rreġistrata
attribution-state-national = Attribuzzjonijiet nazzjonali
attribution-state-joint = Attribuzzjoni konġunta tal-UE
attribution-joint = konġunta
col-actor-attributed = Attribwit lil
col-likelihood = Probabbiltà (ICD 203)
col-basis = Bażi
col-date = Data
dashboard-open-procedures = Proċeduri miftuħa
no-open-procedures = M'hemm l-ebda proċedura miftuħa li tista' tara.
col-your-position = Il-pożizzjoni tal-parti tiegħek
position-needed = Meħtieġa
chart-by-actor = Fajls skont l-attur li lilu huma attribwiti
dossier-options = Għażliet ta' rispons
options-basis = Ikklassifikati mill-magna tal-proporzjonalità abbażi tal-aħħar stampa maqbula u tal-attribuzzjonijiet irreġistrati, mingħajr ma jiġu affermati fatti oħra.
options-available = Disponibbli, mill-inqas eskalatorja
options-not-available = Mhux disponibbli issa, u għaliex
options-escalation = eskalazzjoni
options-need-agreed = L-għażliet jiġu kklassifikati hekk kif il-partijiet jaqblu fuq stampa komuni.

rule-unanimity = Unanimità
rule-qmv = Maġġoranza kwalifikata
rule-rqmv = Maġġoranza kwalifikata msaħħa
rule-simple = Maġġoranza sempliċi
rule-silence = Proċedura ta' skiet
rule-none = Mhix meħtieġa deċiżjoni tal-Kunsill

option-category-preventive = Miżuri preventivi
option-category-cooperative = Miżuri ta' kooperazzjoni
option-category-stability = Miżuri ta' stabbiltà
option-category-restrictive = Miżuri restrittivi
option-category-support = Appoġġ għar-risponsi legali tal-Istati Membri

measure-confidence-building = Miżuri għall-bini tal-fiduċja
measure-awareness-raising = Sensibilizzazzjoni dwar il-politiki tal-UE
measure-capacity-building = Bini tal-kapaċitajiet ċibernetiċi f'pajjiżi terzi
measure-eu-dialogue = Djalogi politiċi u tematiċi mmexxija mill-UE
measure-delegation-demarche = Passi diplomatiċi mid-delegazzjonijiet tal-UE
measure-hr-statement = Stqarrija tar-Rappreżentant Għoli
measure-eu-declaration = Dikjarazzjoni tar-Rappreżentant Għoli f'isem l-UE
measure-council-conclusions = Konklużjonijiet tal-Kunsill
measure-diplomatic-demarche = Pass diplomatiku mal-Istat ikkonċernat
measure-restrictive-listing = Miżuri restrittivi: elenkar skont id-Deċiżjoni (PESK) 2019/797 u r-Regolament (UE) 2019/796
measure-support-lawful-response = Appoġġ għar-rispons legali ta' Stat Membru
measure-mutual-assistance-42-7 = Assistenza reċiproka skont l-Artikolu 42(7) TUE
measure-solidarity-clause-222 = Klawżola ta' solidarjetà skont l-Artikolu 222 TFUE

likelihood-almost-no-chance = kważi eskluż
likelihood-very-unlikely = improbabbli ħafna
likelihood-unlikely = improbabbli
likelihood-roughly-even-chance = probabbiltà bejn wieħed u ieħor ugwali
likelihood-likely = probabbli
likelihood-very-likely = probabbli ħafna
likelihood-almost-certain = kważi ċert

basis-technical = tekniku
basis-intelligence = intelliġenza
basis-political = politiku

reliability-a = kompletament affidabbli
reliability-b = normalment affidabbli
reliability-c = pjuttost affidabbli
reliability-d = normalment mhux affidabbli
reliability-e = mhux affidabbli
reliability-f = l-affidabbiltà ma tistax tiġi ġġudikata
credibility-1 = ikkonfermata minn sorsi oħra
credibility-2 = probabbilment vera
credibility-3 = possibbilment vera
credibility-4 = dubjuża
credibility-5 = improbabbli
credibility-6 = il-veraċità ma tistax tiġi ġġudikata

evidence-kind-document = Dokument
evidence-kind-link = Ħolqa
evidence-kind-stix = Oġġett STIX

role-delegate = Delegat
role-analyst = Analista
role-drafter = Abbozzatur
role-chair = Presidenza
role-observer = Osservatur
role-admin = Amministratur
role-security_officer = Uffiċjal tas-sigurtà
role-operator = Operatur tal-istanza

sector-energy = Enerġija
sector-transport = Trasport
sector-banking = Setturi bankarju
sector-financial = Infrastrutturi tas-suq finanzjarju
sector-health = Saħħa
sector-drinking-water = Ilma tax-xorb
sector-waste-water = Ilma mormi
sector-digital-infrastructure = Infrastruttura diġitali
sector-ict-services = Ġestjoni tas-servizzi tal-ICT (minn negozju għal negozju)
sector-public-administration = Amministrazzjoni pubblika
sector-space = Spazju
sector-courier = Servizzi postali u tal-kurrier
sector-waste-management = Ġestjoni tal-iskart
sector-chemical = Manifattura, produzzjoni u distribuzzjoni ta' kimikati
sector-food = Produzzjoni, ipproċessar u distribuzzjoni tal-ikel
sector-manufacturing = Manifattura
sector-digital-providers = Fornituri diġitali
sector-research = Riċerka
sector-parliament = Parlamenti u korpi leġiżlattivi
sector-political-parties = Partiti politiċi u kampanji elettorali
sector-international-organisation = Organizzazzjonijiet internazzjonali
sector-defence = Difiża u forzi armati
sector-media-civil-society = Midja, soċjetà ċivili u akkademja

login-account-needed = Din l-istanza ma turi xejn mingħajr kont. L-uffiċjal tas-sigurtà tal-parti tiegħek jista' jagħtik wieħed.
password-change = Agħżel password ġdida
password-change-reset = Uffiċjal tas-sigurtà tal-parti tiegħek irrissettja l-password tiegħek. Agħżel waħda ġdida qabel tkompli; dik li ngħatajt ma taħdimx aktar.
password-current = Il-password attwali
password-new = Password ġdida (mill-inqas 12-il karattru, mhux l-isem tal-utent)
password-change-submit = Ibdel il-password

activity-intro = L-avvenimenti li l-immarkar tiegħek iħallik tara, l-eqdem l-ewwel.
audit-trail-intro = Ir-rekord tal-awditjar: dħul, bidliet fil-kontijiet, kitbiet, qari awditjat u esportazzjonijiet, l-aktar riċenti l-ewwel, sa fejn jippermettu r-rwol u l-immarkar tiegħek.
filter-user = Utent
filter-party = Parti
filter-object = Oġġett (fajl jew l-identifikatur ta' element)
filter-since = Minn (data)
filter-type = Tip ta' avveniment
stage-title = Fejn wasal il-fajl
stage-picture = Stampa komuni
stage-picture-agreed = maqbula
stage-picture-proposed = proposta, miftuħa għal oġġezzjonijiet
stage-picture-assessed =
    { $count ->
        [one] { $count } parti ssottomettiet il-valutazzjoni tagħha
        [two] { $count } partijiet issottomettew il-valutazzjoni tagħhom
        [few] { $count } partijiet issottomettew il-valutazzjoni tagħhom
        [many] { $count }-il parti ssottomettew il-valutazzjoni tagħhom
       *[other] { $count } parti ssottomettew il-valutazzjoni tagħhom
    }
stage-options = Għażliet ta' rispons
stage-options-available =
    { $count ->
        [one] { $count } għażla disponibbli
        [two] { $count } għażliet disponibbli
        [few] { $count } għażliet disponibbli
        [many] { $count }-il għażla disponibbli
       *[other] { $count } għażla disponibbli
    }
stage-options-need-picture = hekk kif tiġi miftiehma l-istampa
stage-procedure = Deċiżjoni
stage-procedure-open = hemm proċedura miftuħa
stage-procedure-none =
    { $count ->
        [one] għad m'hemm l-ebda proċedura; { $count } pakkett imħejji
        [two] għad m'hemm l-ebda proċedura; { $count } pakketti mħejjija
        [few] għad m'hemm l-ebda proċedura; { $count } pakketti mħejjija
        [many] għad m'hemm l-ebda proċedura; { $count }-il pakkett imħejji
       *[other] għad m'hemm l-ebda proċedura; { $count } pakkett imħejji
    }
stage-procedure-closed = magħluqa
stage-response = Rispons
stage-response-adopted =
    { $count ->
        [one] { $count } deċiżjoni adottata
        [two] { $count } deċiżjonijiet adottati
        [few] { $count } deċiżjonijiet adottati
        [many] { $count }-il deċiżjoni adottata
       *[other] { $count } deċiżjoni adottata
    }
stage-attribution = Attribuzzjoni
await-title = Qed tistenna lilek
await-assess = Issottometti l-valutazzjoni ta' { $party }.
await-proposal = Stampa proposta hija miftuħa għal oġġezzjonijiet sa { $deadline }: oġġezzjona jekk il-parti tiegħek ma taqbilx, jew ibqa' sieket biex taqbel.
await-position = Irreġistra l-pożizzjoni ta' { $party } fil-proċedura miftuħa.
await-propose = Ipproponi l-istampa attwali bħala dik maqbula.
await-package = Ħejji pakkett mill-għażliet disponibbli.
await-open = Iftaħ proċedura dwar il-pakkett.
await-close = L-iskadenza ta' proċedura għaddiet: agħlaqha biex jiġi ffissat l-eżitu tagħha.
sections-nav = Taqsimiet tal-fajl
basis-picture = Għarfien komuni tas-sitwazzjoni maqbul bejn l-Istati Membri (konklużjonijiet tal-Kunsill tad-19 ta' Ġunju 2017, il-punt 5); maqbula meta l-perjodu għall-oġġezzjonijiet jagħlaq mingħajr oġġezzjoni.
basis-options = Miżuri proporzjonati mal-ambitu, l-iskala, it-tul ta' żmien, l-intensità, il-kumplessità, is-sofistikazzjoni u l-impatt tal-attività (konklużjonijiet tal-Kunsill tad-19 ta' Ġunju 2017, il-punt 5).
basis-procedure = Id-deċiżjonijiet tal-PESK jittieħdu b'unanimità (Artikolu 31(1) TUE); il-proċedura ta' skiet tar-Regoli ta' Proċedura tal-Kunsill (Artikolu 12(2)) tadotta test sakemm membru ma joġġezzjonax qabel l-iskadenza.
basis-attribution = L-attribuzzjoni hija deċiżjoni politika sovrana ta' kull Stat Membru (konklużjonijiet tal-Kunsill tad-19 ta' Ġunju 2017, il-punt 4); attribuzzjoni konġunta tiġi adottata mill-Kunsill.
proposals-title = Proposti għall-istampa maqbula
proposal-open = miftuħa għal oġġezzjonijiet
proposal-objected = ġiet oġġezzjonata
proposal-agreed = maqbula
col-objections = Oġġezzjonijiet
objection-reason = Għaliex { $party } qed toġġezzjona
objection-hint = Oġġezzjoni waħda twaqqaf il-proposta; is-skiet sal-iskadenza jfisser qbil.
objection-submit = Oġġezzjona
propose-open = Ipproponi l-istampa attwali bħala maqbula
propose-deadline = Skadenza (UTC)
col-note = Nota
propose-submit = Ipproponi
facts-open = Fatti meqjusa fl-għażliet
facts-persons = Il-persuni jew l-entitajiet responsabbli ġew identifikati
facts-attempted = L-attività ġiet ippruvata (imfixkla jew mingħajr effett)
facts-dialogue = Għaddej djalogu mal-Istat ikkonċernat
facts-regime = Ir-reġim ta' sanzjonijiet kontra l-attakki ċibernetiċi diġà japplika għal dawk ikkonċernati
facts-partner = Relazzjonijiet mal-Istat ikkonċernat
partner-unknown = mhux iddikjarat
partner-partner = sieħeb
partner-neutral = newtrali
partner-adversarial = ostili
facts-apply = Qis dawn il-fatti
options-why = Għaliex
package-submit = Ħejji pakkett mill-għażliet immarkati
packages-title = Pakketti
procedure-open = Iftaħ proċedura
procedure-subject-package = Dwar pakkett
procedure-subject-text = Jew dwar test
procedure-open-submit = Iftaħ il-proċedura
dossier-responses = Risponsi
no-responses = Ma ġiet adottata l-ebda deċiżjoni dwar dan il-fajl.
col-measures = Miżuri
col-basis-legal = Bażi ġuridika
attribution-record-joint = Irreġistra l-attribuzzjoni konġunta adottata mill-Kunsill
attribution-record-national = Irreġistra l-attribuzzjoni nazzjonali ta' { $party }
attribution-procedure = Adottata bil-proċedura
attribution-public = Pubblika
attribution-url = Ħolqa għall-istqarrija
attribution-submit = Irreġistra l-attribuzzjoni
procedure-close = Agħlaq il-proċedura
procedure-close-hint = L-għeluq jiffissa l-eżitu kif inhu issa; il-pożizzjonijiet ma jistgħux jinbidlu aktar.
event-dossier-created = Fajl miftuħ
event-dossier-updated = Fatti aġġornati
event-dossier-transitioned = Status mibdul
event-dossier-marked = Markatura mibdula
event-evidence-added = Prova miżjuda
event-evidence-withdrawn = Prova rtirata
event-assessment-submitted = Valutazzjoni sottomessa
event-picture-proposed = Stampa proposta bħala maqbula
event-picture-objected = Oġġezzjoni għall-istampa proposta
event-package-assembled = Pakkett ta' miżuri mħejji
event-procedure-opened = Proċedura miftuħa
event-procedure-position-recorded = Pożizzjoni rreġistrata
event-procedure-closed = Proċedura magħluqa
event-attribution-recorded = Attribuzzjoni rreġistrata
event-attribution-withdrawn = Attribuzzjoni rtirata

dossier-new = Iftaħ fajl
dossier-new-submit = Iftaħ il-fajl
marking-tlp = Livell TLP
marking-releasable-hint = partijiet oħra minbarra tiegħek, separati b'virgoli (eż. EE, LV, EEAS)
marking-recipients = Riċevituri msemmija (TLP:RED; ismijiet tal-utenti separati b'virgoli)
marking-own = Element jista' jkollu l-immarkar tiegħu, strett daqs dak tal-fajl jew aktar.
marking-same = dak tal-fajl
evidence-add = Żid provi
evidence-url = Link
evidence-text = Test jew silta
evidence-submit = Żid il-provi
col-reliability = Affidabbiltà tas-sors
col-credibility = Kredibbiltà tal-informazzjoni

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Id-dħul dam wisq jew il-formola ma ġietx minn dan is-sit. Jekk jogħġbok idħol mill-ġdid.
second-step-title = It-tieni fattur
second-step-intro = Il-password tiegħek hija korretta. Ikteb il-kodiċi li qed turi issa l-app tal-awtentikazzjoni tiegħek.
second-step-code = Kodiċi ta' sitt ċifri
second-step-failed = Dak il-kodiċi huwa ħażin, skada jew diġà ntuża. Stenna l-kodiċi li jmiss u erġa' pprova.
second-step-recovery = Tlift l-awtentikatur tiegħek?
second-step-recovery-code = Kodiċi ta' rkupru
second-step-hint = Kull kodiċi jaħdem darba biss. Mingħajr l-awtentikatur jew kodiċi ta' rkupru, staqsi lil uffiċjal tas-sigurtà tal-parti tiegħek biex jirrisettja t-tieni fattur tiegħek.
enrol-title = Issettja t-tieni fattur tiegħek
enrol-required = Il-kont tiegħek jamministra kontijiet jew approvazzjonijiet ta' sigurtà: jeħtieġ it-tieni fattur qabel ma tkun tista' tagħmel xi ħaġa oħra.
enrol-failed = Dak il-kodiċi ma jaqbilx ma' dan is-sigriet. Iċċekkja l-ħin fuq l-apparat tiegħek u ikteb il-kodiċi li juri issa.
enrol-step-app = Żid dan is-sigriet ma' app tal-awtentikazzjoni (ibbażat fuq il-ħin, 6 ċifri, 30 sekonda):
enrol-open-app = Iftaħ f'app tal-awtentikazzjoni
enrol-step-code = Ikteb il-kodiċi li turi l-app biex tikkonferma:
enrol-confirm = Ikkonferma
enrol-done = It-tieni fattur tiegħek ġie ssettjat. Minn issa 'l quddiem tidħol bil-password u b'kodiċi.
enrol-recovery-title = Kodiċijiet ta' rkupru
enrol-recovery-hint = Żomm dawn il-kodiċijiet f'post sigur. Kull wieħed idaħħlek darba minflok kodiċi. Jintwerew issa biss.
enrol-continue = Kompli
enrol-already = Il-kont tiegħek għandu t-tieni fattur. Jekk titlef l-awtentikatur, uffiċjal tas-sigurtà tal-parti tiegħek jirrisettjah.
login-sso = Idħol b'{ $provider }
sso-refused-title = L-ebda aċċess
sso-refused-unmapped = { $provider } daħħlek, iżda l-ebda regola ta' din l-istanza ma tagħti aċċess lill-kont tiegħek. Uffiċjal tas-sigurtà tal-parti tiegħek irid iżid regola tad-dħul għalik.
sso-refused-ambiguous = { $provider } daħħlek, iżda r-regoli ta' aktar minn parti waħda jaqblu mal-kont tiegħek, għalhekk din l-istanza ma tistax tkun taf f'isem min qed taġixxi. Kellem lill-uffiċjal tas-sigurtà tiegħek.
sso-refused-disabled = Il-kont tiegħek f'din l-istanza huwa diżattivat.
sso-refused-party = Il-kont tiegħek jaġixxi f'isem parti oħra minn dik li r-regoli jagħtuk issa. Kellem lill-uffiċjal tas-sigurtà tiegħek.
sso-refused-hint = Dan it-tentattiv ġie rreġistrat fit-traċċa tal-awditjar.
sso-failed-title = Id-dħul ma rnexxiex
sso-failed = Id-dħul b'{ $provider } ma rnexxiex: { $reason }
sso-continue = Kompli


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tabelli tal-popolazzjoni tal-Anness III
admin-population-intro = Iċ-ċifri tal-popolazzjoni li jiddeċiedu l-maġġoranzi kwalifikati (Regoli ta' Proċedura tal-Kunsill, Anness III). Votazzjoni tuża t-tabella tas-sena tagħha; jekk dik ma tkunx mgħobbija, l-eqreb waħda, u tgħid hekk.
col-origin = Oriġini
col-total = Popolazzjoni tal-Unjoni
origin-shipped = mogħtija ma' entente
origin-imported = mgħobbija f'din l-istanza
population-replaced = sostitwita b'tagħbija aktar tard
admin-population-label = Tabella li għandha tiġi mgħobbija (JSON: sena, sors, total, ċifri tas-27 Stat Membru)
admin-population-submit = Għabbi t-tabella
population-table-in-force = Popolazzjoni: it-tabella tal-Anness III tal-{ $year }, fis-seħħ fil-ħin tal-votazzjoni.
population-table-older = Popolazzjoni: intużat it-tabella tal-Anness III tal-{ $year }, mhux it-tabella fis-seħħ fil-ħin tal-votazzjoni ({ $current }), li mhijiex mgħobbija. Amministratur jista' jgħabbiha fil-paġna tal-amministrazzjoni.
population-table-supplied = Popolazzjoni: ċifri mogħtija mal-proċedura.
robustness-holds = Ir-riżultat iżomm għal kull reviżjoni taċ-ċifri tal-popolazzjoni sa ±2 %.
robustness-close = Qrib: reviżjoni taċ-ċifri tal-popolazzjoni sa ±2 % tista' tbiddel ir-riżultat. Iċċekkja bit-tabella fis-seħħ.
margin-members-in-favour = Membri favur: { $actual }; meħtieġa: { $required } (marġni: { $margin })
margin-population-in-favour = Popolazzjoni favur: { $actual }; meħtieġa: { $required } (marġni: { $margin }; f'punti perċentwali: { $points })
margin-blocking-minority = Membri li ma jivvutawx favur: { $actual }; minoranza li timblokka teħtieġ: { $required }
margin-declared-members = Membri li jastjenu b'dikjarazzjoni formali: { $actual }; l-att jitwaqqaf minn: { $required }
margin-declared-population = Popolazzjoni tal-membri li jastjenu b'dikjarazzjoni formali: { $actual }; l-att jitwaqqaf minn: { $required } (f'punti perċentwali: { $points })
