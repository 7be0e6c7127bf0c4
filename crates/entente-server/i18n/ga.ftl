# Teachtaireachtaí chomhéadan entente: Gaeilge.
# Ní aistrítear lipéid TLP (TLP:AMBER ...) riamh (FIRST TLP 2.0, roinn 1b).

skip-to-content = Téigh chuig an ábhar
banner-highest = An marcáil is airde ar an leathanach seo:
nav-main = Príomhnascleanúint
nav-language = Teanga
nav-dashboard = Painéal
nav-dossiers = Comhaid
nav-search = Cuardach
nav-audit = Loga iniúchta
nav-admin = Riarachán
sign-in = Sínigh isteach
sign-out = Sínigh amach
anonymous = Níl tú sínithe isteach (amharc poiblí: TLP:CLEAR amháin)
footer-note = entente, bosca uirlisí an Aontais um thaidhleoireacht chibearspáis. Leanann na marcálacha FIRST TLP 2.0 agus Cinneadh 2013/488/AE ón gComhairle.
back-to-dashboard = Ar ais chuig an bpainéal

login-user = Ainm úsáideora
login-password = Pasfhocal
login-failed = Níl an t-ainm úsáideora nó an pasfhocal ceart.
login-anonymous-hint = Gan síniú isteach ní fheiceann tú ach faisnéis phoiblí (TLP:CLEAR).

error-not-found = Níor aimsíodh é
error-forbidden = Níl cead agat
error-invalid = Níorbh fhéidir an iarraidh a thuiscint
error-server = Tharla earráid

status-detected = Braite
status-assessing = Á mheasúnú
status-deliberating = Faoi phlé
status-responded = Freagairt glactha
status-closed = Dúnta

dashboard-title = Forbhreathnú
dashboard-by-status = Comhaid de réir stádais
dashboard-recent-dossiers = Na comhaid is déanaí
dashboard-charts = Na comhaid i bhfigiúirí
dashboard-recent-events = Gníomhaíocht le déanaí
all-dossiers = Na comhaid go léir
no-dossiers = Níl aon chomhad le taispeáint.
no-events = Níl aon ghníomhaíocht le taispeáint.

dossier-count =
    { $count ->
        [one] { $count } chomhad
        [two] { $count } chomhad
        [few] { $count } chomhad
        [many] { $count } gcomhad
       *[other] { $count } comhad
    }
party-count =
    { $count ->
        [one] { $count } pháirtí
        [two] { $count } pháirtí
        [few] { $count } pháirtí
        [many] { $count } bpáirtí
       *[other] { $count } páirtí
    }
audit-intro =
    { $count ->
        [one] Tá { $count } teagmhas sa loga. Feiceann tú na teagmhais a cheadaíonn do mharcálacha.
        [two] Tá { $count } theagmhas sa loga. Feiceann tú na teagmhais a cheadaíonn do mharcálacha.
        [few] Tá { $count } theagmhas sa loga. Feiceann tú na teagmhais a cheadaíonn do mharcálacha.
        [many] Tá { $count } dteagmhas sa loga. Feiceann tú na teagmhais a cheadaíonn do mharcálacha.
       *[other] Tá { $count } teagmhas sa loga. Feiceann tú na teagmhais a cheadaíonn do mharcálacha.
    }

chart-by-year = Comhaid de réir na bliana inar braitheadh den chéad uair iad
chart-by-sector = Comhaid de réir na hearnála lena mbaineann
chart-by-victim = Comhaid de réir na tíre lena mbaineann
chart-as-table = Taispeáin na figiúirí i dtábla
chart-empty = Níl aon sonraí ann fós.

col-title = Teideal
col-status = Stádas
col-first-seen = Braite den chéad uair
col-victims = Lena mbaineann
col-marking = Marcáil
col-time = Am
col-event = Teagmhas
col-actor = Déanta ag
col-year = Bliain
col-dossiers = Comhaid
col-sector = Earnáil
col-country = Tír
col-id = Cód
col-name = Ainm
col-kind = Cineál

dossiers-title = Comhaid
filter-text = Téacs sa teideal
filter-any = Aon cheann
filter-victim = Tír lena mbaineann (cód)
filter-apply = Cuir na scagairí i bhfeidhm
pagination = Leathanaigh
page-prev = An leathanach roimhe seo
page-next = An chéad leathanach eile
page-of = Leathanach { $page } as { $pages }

search-title = Cuardaigh comhaid
search-label = Focail i dteideal nó in achoimre, in aon teanga
search-button = Cuardaigh

dossier-origin = Tionscnóir
marking-releasable = Is féidir a scaoileadh chuig
dossier-summary = Achoimre
no-summary = Níl aon achoimre ann fós.
shown-in = Á thaispeáint i:
dossier-versions = Leaganacha teanga
dossier-last-seen = Braite den uair dheireanach
dossier-timeline = Amlíne
dossier-sources = Foinsí

admin-title = Riarachán
admin-parties = Páirtithe
party-kind-member-state = Ballstát
party-kind-eu-body = Institiúid nó comhlacht de chuid an Aontais
party-kind-partner-state = Tír chomhpháirtíochta
party-kind-international-organisation = Eagraíocht idirnáisiúnta

audit-title = Loga iniúchta

dossier-evidence = Fianaise
no-evidence = Níl aon fhianaise ann a bhfuil cead agat í a fheiceáil.
evidence-withdrawn = tarraingthe siar
col-source = Foinse
col-grading = Grádú (scála Admiralty)
col-party = Páirtí
dossier-assessments = Measúnuithe de réir páirtí
no-assessments = Níl aon mheasúnú ann fós a bhfuil cead agat é a fheiceáil.
heat-legend = Leibhéil ó 0 (an leibhéal is ísle) go 4 (an leibhéal is airde) ar gach gné de chonclúidí na Comhairle 2017; ciallaíonn – nach ndearnadh measúnú. Taispeánann gach cill a leibhéal féin; ní dhéanann an dath ach é a athrá.
col-confidence = Muinín
dossier-picture = Léargas comhroinnte
picture-severity = Tromchúis
picture-aggregate = scór comhiomlán
picture-parties =
    { $count ->
        [one] { $count } pháirtí san áireamh
        [two] { $count } pháirtí san áireamh
        [few] { $count } pháirtí san áireamh
        [many] { $count } bpáirtí san áireamh
       *[other] { $count } páirtí san áireamh
    }
picture-agreed =
    { $count ->
        [one] { $count } leagan a comhaontaíodh
        [two] { $count } leagan a comhaontaíodh
        [few] { $count } leagan a comhaontaíodh
        [many] { $count } leagan a comhaontaíodh
       *[other] { $count } leagan a comhaontaíodh
    }
picture-open-proposals =
    { $count ->
        [one] { $count } togra atá ar oscailt
        [two] { $count } thogra atá ar oscailt
        [few] { $count } thogra atá ar oscailt
        [many] { $count } dtogra atá ar oscailt
       *[other] { $count } togra atá ar oscailt
    }
col-dimension = Gné
col-median = Airmheán
col-range = Raon
col-scored-by = Scóráilte ag
col-dissent = Easaontas (fad ón airmheán)
severity-low = Íseal
severity-moderate = Measartha
severity-serious = Tromchúiseach
severity-severe = An-tromchúiseach
severity-critical = Criticiúil
severity-unknown = Ní fios fós
dim-scope = Réimse
dim-scale = Scála
dim-duration = Fad
dim-intensity = Déine
dim-complexity = Castacht
dim-sophistication = Sofaisticiúlacht
dim-impact = Tionchar
dossier-procedures = Nósanna imeachta
no-procedures = Níl aon nós imeachta ann a bhfuil cead agat é a fheiceáil.
col-subject = Ábhar
col-rule = Riail chinnteoireachta
col-deadline = Spriocdháta
col-state = Staid
col-tally = Comhaireamh
tally-for = Ar a shon
tally-against = Ina choinne
tally-abstain = Ag staonadh
procedure-package = Pacáiste { $id }
procedure-state-open = Oscailte
procedure-state-expired = Spriocdháta caite
procedure-state-closed = Dúnta
outcome-adopted = Glactha
outcome-not-adopted = Níor glacadh
outcome-pending = Ar feitheamh
outcome-undetermined = Gan chinneadh
outcome-provisional = Má fhanann na seasaimh mar atá siad
position-for = Ar a shon
position-against = Ina choinne
position-abstain = Staonadh
position-declared-abstain = Staonadh cuiditheach (dearbhú)
position-not-participating = Gan a bheith rannpháirteach
positions-recorded =
    { $count ->
        [one] { $count } seasamh a taifeadadh
        [two] { $count } sheasamh a taifeadadh
        [few] { $count } sheasamh a taifeadadh
        [many] { $count } seasamh a taifeadadh
       *[other] { $count } seasamh a taifeadadh
    }
procedure-title = Nós imeachta
back-to-dossier = Ar ais chuig an gcomhad
time-left = am fágtha:
position-record = Taifead do sheasamh
position-label = Seasamh
declaration-label = Dearbhú (roghnach)
position-submit = Taifead an seasamh
procedure-positions = Seasaimh
no-positions = Níor taifeadadh aon seasamh fós.
col-position = Seasamh
col-declaration = Dearbhú
admin-users = Cuntais
admin-users-hint = Ní thaispeántar cuntais ach do riarthóirí.
user-count =
    { $count ->
        [one] { $count } chuntas
        [two] { $count } chuntas
        [few] { $count } chuntas
        [many] { $count } gcuntas
       *[other] { $count } cuntas
    }
col-roles = Róil
col-clearance = Imréiteach slándála
user-disabled = Díchumasaithe
user-active = Gníomhach
assess-open = Cuir isteach measúnú do pháirtí
assess-summary = Achoimre (roghnach)
assess-submit = Cuir isteach an measúnú
col-level = Leibhéal
col-rationale = Réasúnaíocht
confidence-low = Íseal
confidence-moderate = Measartha
confidence-high = Ard
dossier-attributions = Sannadh freagrachta
attribution-state = Staid an tsannta
attribution-state-none = Níl aon sannadh taifeadta
attribution-state-national = Sannadh náisiúnta
attribution-state-joint = Sannadh comhpháirteach ón Aontas
attribution-joint = comhpháirteach
col-actor-attributed = Sannta do
col-likelihood = Dóchúlacht (ICD 203)
col-basis = Bunús
col-date = Dáta
dashboard-open-procedures = Nósanna imeachta oscailte
no-open-procedures = Níl aon nós imeachta oscailte ann a bhfuil cead agat é a fheiceáil.
col-your-position = Seasamh do pháirtí
position-needed = Ag teastáil
chart-by-actor = Comhaid de réir an ghníomhaí a sannadh
dossier-options = Roghanna freagartha
options-basis = Rangaithe ag inneall na comhréireachta ar bhonn an léargais is déanaí a comhaontaíodh agus an tsannta atá taifeadta, gan aon fhíoras eile a mhaíomh.
options-available = Ar fáil, an ceann is lú géarú ar dtús
options-not-available = Níl siad ar fáil anois, agus cén fáth
options-escalation = géarú
options-need-agreed = Rangaítear na roghanna a luaithe a chomhaontaíonn na páirtithe léargas comhroinnte.

rule-unanimity = Aontoil
rule-qmv = Tromlach cáilithe
rule-rqmv = Tromlach cáilithe treisithe
rule-simple = Tromlach simplí
rule-silence = Nós imeachta tostach
rule-none = Ní gá cinneadh ón gComhairle

option-category-preventive = Bearta coisctheacha
option-category-cooperative = Bearta comhair
option-category-stability = Bearta cobhsaíochta
option-category-restrictive = Bearta sriantacha
option-category-support = Tacaíocht d'fhreagairtí dleathacha na mBallstát

measure-confidence-building = Bearta chun muinín a chothú
measure-awareness-raising = Feasacht a mhúscailt ar bheartais an Aontais
measure-capacity-building = Cibearacmhainneacht a fhorbairt i dtríú tíortha
measure-eu-dialogue = Idirphlé polaitiúil agus téamach faoi stiúir an Aontais
measure-delegation-demarche = Idirghabhálacha taidhleoireachta ó thoscaireachtaí an Aontais
measure-hr-statement = Ráiteas ón Ardionadaí
measure-eu-declaration = Dearbhú ón Ardionadaí thar ceann an Aontais
measure-council-conclusions = Conclúidí ón gComhairle
measure-diplomatic-demarche = Idirghabháil taidhleoireachta leis an Stát lena mbaineann
measure-restrictive-listing = Bearta sriantacha: liostú faoi Chinneadh (CBES) 2019/797 agus Rialachán (AE) 2019/796
measure-support-lawful-response = Tacaíocht d'fhreagairt dhleathach Ballstáit
measure-mutual-assistance-42-7 = Cúnamh frithpháirteach faoi Airteagal 42(7) CAE
measure-solidarity-clause-222 = An clásal dlúthpháirtíochta faoi Airteagal 222 CFAE

likelihood-almost-no-chance = beagnach gan seans
likelihood-very-unlikely = an-neamhdhóchúil
likelihood-unlikely = neamhdhóchúil
likelihood-roughly-even-chance = seans cothrom, a bheag nó a mhór
likelihood-likely = dóchúil
likelihood-very-likely = an-dóchúil
likelihood-almost-certain = beagnach cinnte

basis-technical = teicniúil
basis-intelligence = faisnéis shlándála
basis-political = polaitiúil

reliability-a = iontaofa go hiomlán
reliability-b = iontaofa de ghnáth
reliability-c = measartha iontaofa
reliability-d = neamhiontaofa de ghnáth
reliability-e = neamhiontaofa
reliability-f = ní féidir an iontaofacht a mheas
credibility-1 = deimhnithe ag foinsí eile
credibility-2 = fíor is dócha
credibility-3 = b'fhéidir fíor
credibility-4 = amhrasach
credibility-5 = neamhdhóchúil
credibility-6 = ní féidir an fhírinne a mheas

evidence-kind-document = Doiciméad
evidence-kind-link = Nasc
evidence-kind-stix = Réad STIX

role-delegate = Toscaire
role-analyst = Anailísí
role-drafter = Dréachtóir
role-chair = Uachtaránacht
role-observer = Breathnóir
role-admin = Riarthóir
role-security_officer = Oifigeach slándála
role-operator = Oibreoir an chórais

sector-energy = Fuinneamh
sector-transport = Iompar
sector-banking = Baincéireacht
sector-financial = Bonneagair mhargaidh airgeadais
sector-health = Sláinte
sector-drinking-water = Uisce óil
sector-waste-water = Fuíolluisce
sector-digital-infrastructure = Bonneagar digiteach
sector-ict-services = Bainistiú seirbhísí TFC (gnó le gnó)
sector-public-administration = Riarachán poiblí
sector-space = An spás
sector-courier = Seirbhísí poist agus cúiréireachta
sector-waste-management = Bainistiú dramhaíola
sector-chemical = Ceimiceáin a mhonarú, a tháirgeadh agus a dháileadh
sector-food = Bia a tháirgeadh, a phróiseáil agus a dháileadh
sector-manufacturing = Déantúsaíocht
sector-digital-providers = Soláthraithe digiteacha
sector-research = Taighde
sector-parliament = Parlaimintí agus comhlachtaí reachtacha
sector-political-parties = Páirtithe polaitíochta agus feachtais toghcháin
sector-international-organisation = Eagraíochtaí idirnáisiúnta
sector-defence = Cosaint agus fórsaí armtha
sector-media-civil-society = Na meáin, an tsochaí shibhialta agus an saol acadúil

login-account-needed = Ní thaispeánann an cás seo aon rud gan cuntas. Is féidir le hoifigeach slándála do pháirtí ceann a thabhairt duit.
password-change = Roghnaigh focal faire nua
password-change-reset = D'athshocraigh oifigeach slándála de do pháirtí d'fhocal faire. Roghnaigh ceann nua sula leanann tú ar aghaidh; ní oibreoidh an ceann a tugadh duit a thuilleadh.
password-current = An focal faire reatha
password-new = Focal faire nua (12 charachtar ar a laghad, ní d'ainm úsáideora)
password-change-submit = Athraigh an focal faire

activity-intro = Na himeachtaí a ligeann do mharcálacha duit a fheiceáil, an ceann is sine ar dtús.
audit-trail-intro = An rian iniúchta: síniú isteach, athruithe cuntas, scríbhinní, léamha iniúchta agus easpórtálacha, an ceann is nuaí ar dtús, a mhéid a cheadaíonn do ról agus do mharcálacha.
filter-user = Úsáideoir
filter-party = Páirtí
filter-object = Réad (comhad nó aitheantóir míre)
filter-since = Ó (dáta)
filter-type = Cineál imeachta

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Clár smachtbhannaí
nav-releases = Foilseacháin
statements-link = Ráitis ar an gcomhad seo
statements-title = Ráitis
statements-none = Níl aon ráiteas ann is féidir leat a fheiceáil.
statement-draft-heading = Dréachtaigh ráiteas
statement-kind-hr_declaration = Dearbhú ón Ard-Ionadaí thar ceann an Aontais
statement-kind-council_conclusions = Conclúidí ón gComhairle
statement-kind-press_release = Preasráiteas
statement-kind-demarche_points = Pointí cainte le haghaidh démarche
statement-kind-national_statement = Ráiteas náisiúnta
statement-template = Teimpléad
statement-no-template = Gan teimpléad
col-source-language = Teanga fhoinseach
col-version = Leagan
col-verified-by = Fíoraithe ag
col-language = Teanga
col-text = Téacs
lang-status-draft = Dréacht
lang-status-translated = Aistrithe
lang-status-verified = Fíoraithe
statement-submit-draft = Sábháil an dréacht
statement-languages = Leaganacha teanga
statement-translate-heading = Cuir leagan teanga leis nó ceartaigh é
statement-translate-submit = Sábháil an leagan teanga
statement-mark-translated = Tá an t-aistriúchán críochnaithe
statement-verify = Fíoraigh
statement-diff-heading = Athruithe idir leaganacha
statement-diff-show = Taispeáin na hathruithe
statement-diff-legend = Tá líne trí na focail a scriosadh agus líne faoi na focail a cuireadh leis.
statement-embargo-heading = Lánchosc
statement-embargo-none = Níl aon lánchosc socraithe fós.
statement-embargo-set = Socraigh an lánchosc
col-capital = Príomhchathair
col-local-time = Am áitiúil
statement-adoption-heading = Glacadh
statement-no-adoption = Níl aon nós imeachta ar an ráiteas seo fós.
statement-adopted-version = Leagan arna ghlacadh
statement-release-heading = Eisiúint
statement-released = Eisithe
statement-not-released = Gan eisiúint
statement-release-submit = Eisigh anois i ngach teanga fhíoraithe
statement-echoes-heading = Tacaíocht ó na Ballstáit
statement-echoed = Tacaithe
statement-not-echoed = Ní fós
statement-export = Easpórtáil
releases-title = Ráitis eisithe
releases-intro = Ráitis ón Aontas Eorpach agus óna Bhallstáit mar a eisíodh iad, i ngach teanga fhíoraithe.
releases-none = Níor eisíodh aon rud fós.
releases-feed = Fotha Atom
sanctions-title = Clár na smachtbhannaí i gcoinne cibirionsaithe
sanctions-intro = Daoine agus eintitis atá liostaithe faoi Chinneadh (CBES) 2019/797 agus Rialachán (AE) 2019/796 ón gComhairle (bearta sriantacha i gcoinne cibirionsaithe).
sanctions-search = Ainm (in aon aibítir, traslitriú nó ailias)
sanctions-search-submit = Cuardaigh
sanctions-status-active = I bhfeidhm
sanctions-status-delisted = Bainte den liosta
sanctions-status-all = Gach ceann
sanctions-none = Níl aon iontráil ag teacht leis.
sanctions-kind-person = Duine nádúrtha
sanctions-kind-entity = Eintiteas
col-listed-on = Liostaithe an
col-aliases = Ailiasanna
col-reasons = Cúiseanna leis an liostú
col-legal-acts = Gníomhartha dlí
col-birth = Dáta agus áit bhreithe
col-nationality = Náisiúntacht
col-identifiers = Doiciméid aitheantais
col-address = Seoladh
col-matched = Ainm a aimsíodh
sanctions-review-heading = Athbhreithniú bliantúil ar an liosta
sanctions-review-overdue = Thar téarma: bhí an t-athbhreithniú dlite an { $date } agus níl aon athnuachan taifeadta.
sanctions-review-soon = Tá an t-athbhreithniú dlite an { $date }.
sanctions-review-scheduled = An chéad athbhreithniú eile: { $date }.
sanctions-framework-until = Tá feidhm ag an gcóras go dtí { $date }.
sanctions-renewals = Athnuachanna
sanctions-listings-until = Liostuithe athnuaite go dtí
sanctions-export = Easpórtáil an clár
sanctions-links = Comhaid agus nósanna imeachta
sanctions-amendments = Leasuithe
sanctions-delisted-on = Bainte den liosta an { $date }
sanctions-unconfirmed = Gan deimhniú
procedure-statement = Ráiteas { $id }
sanctions-count =
    { $count ->
        [one] { $count } iontráil i bhfeidhm
        [two] { $count } iontráil i bhfeidhm
        [few] { $count } iontráil i bhfeidhm
        [many] { $count } n-iontráil i bhfeidhm
       *[other] { $count } iontráil i bhfeidhm
    }

statement-revise-heading = Leagan nua sa bhunteanga
statement-revise-hint = Fanann na leaganacha teanga leis an leagan roimhe seo; aistrítear an leagan nua as an nua.
statement-revise-note = Nóta faoin athrú
statement-revise-submit = Sábháil mar leagan nua
