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

search-title = Cuardaigh gach rud a bhfuil cead agat é a fheiceáil
search-label = Focail, ainmneacha, aitheantóirí (T0800) nó "frása", in aon teanga
search-button = Cuardaigh
search-results =
    { $count ->
        [one] { $count } toradh
        [two] { $count } thoradh
        [few] { $count } thoradh
        [many] { $count } dtoradh
       *[other] { $count } toradh
    }
search-kind-dossier = Comhaid
search-kind-evidence = Fianaise
search-kind-assessment = Measúnuithe
search-kind-attribution = Sannadh
search-kind-stix = Oibiachtaí STIX
search-sort = Ord
search-sort-relevance = Ábharthacht
search-sort-date = Is nuaí ar dtús
search-from = Ó (dáta)
search-to = Go (dáta)
search-none = Níl aon rud a bhfuil cead agat é a fheiceáil ag teacht leis na focail seo.
search-dossier = Comhad

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
stage-title = Staid an chomhaid
stage-picture = Léargas comhroinnte
stage-picture-agreed = comhaontaithe
stage-picture-proposed = molta, ar oscailt d'agóidí
stage-picture-assessed =
    { $count ->
        [one] measúnú curtha isteach ag { $count } pháirtí
        [two] measúnú curtha isteach ag { $count } pháirtí
        [few] measúnú curtha isteach ag { $count } pháirtí
        [many] measúnú curtha isteach ag { $count } bpáirtí
       *[other] measúnú curtha isteach ag { $count } páirtí
    }
stage-options = Roghanna freagartha
stage-options-available =
    { $count ->
        [one] { $count } rogha ar fáil
        [two] { $count } rogha ar fáil
        [few] { $count } rogha ar fáil
        [many] { $count } rogha ar fáil
       *[other] { $count } rogha ar fáil
    }
stage-options-need-picture = a luaithe a chomhaontófar an léargas
stage-procedure = Cinneadh
stage-procedure-open = tá nós imeachta ar oscailt
stage-procedure-none =
    { $count ->
        [one] gan nós imeachta fós; { $count } phacáiste curtha le chéile
        [two] gan nós imeachta fós; { $count } phacáiste curtha le chéile
        [few] gan nós imeachta fós; { $count } phacáiste curtha le chéile
        [many] gan nós imeachta fós; { $count } bpacáiste curtha le chéile
       *[other] gan nós imeachta fós; { $count } pacáiste curtha le chéile
    }
stage-procedure-closed = dúnta
stage-response = Freagairt
stage-response-adopted =
    { $count ->
        [one] { $count } chinneadh glactha
        [two] { $count } chinneadh glactha
        [few] { $count } chinneadh glactha
        [many] { $count } gcinneadh glactha
       *[other] { $count } cinneadh glactha
    }
stage-attribution = Sannadh freagrachta
await-title = Ag fanacht ort
await-assess = Cuir isteach measúnú { $party }.
await-proposal = Tá léargas molta ar oscailt d'agóidí go dtí { $deadline }: déan agóid mura n-aontaíonn do pháirtí leis, nó fan i do thost chun aontú leis.
await-position = Taifead seasamh { $party } sa nós imeachta atá ar oscailt.
await-propose = Mol an léargas reatha mar an léargas comhaontaithe.
await-package = Cuir pacáiste le chéile as na roghanna atá ar fáil.
await-open = Oscail nós imeachta maidir leis an bpacáiste.
await-close = Tá spriocdháta nós imeachta caite: dún é chun a thoradh a shocrú.
sections-nav = Ranna an chomhaid
basis-picture = Feasacht chomhroinnte ar an staid arna comhaontú i measc na mBallstát (Conclúidí ón gComhairle an 19 Meitheamh 2017, pointe 5); comhaontaítear an léargas nuair a dhúntar an tréimhse agóide gan agóid.
basis-options = Bearta atá comhréireach le réimse, scála, fad, déine, castacht, sofaisticiúlacht agus tionchar na gníomhaíochta (Conclúidí ón gComhairle an 19 Meitheamh 2017, pointe 5).
basis-procedure = Glactar cinntí CBES d'aontoil (Airteagal 31(1) CAE); faoin nós imeachta tostach de Rialacha Nós Imeachta na Comhairle (Airteagal 12(2)) glactar téacs mura ndéanann comhalta agóid roimh an spriocdháta.
basis-attribution = Is cinneadh polaitiúil ceannasach de chuid gach Ballstáit é sannadh freagrachta (Conclúidí ón gComhairle an 19 Meitheamh 2017, pointe 4); is í an Chomhairle a ghlacann sannadh comhpháirteach.
proposals-title = Tograí don léargas comhaontaithe
proposal-open = ar oscailt d'agóidí
proposal-objected = rinneadh agóid ina choinne
proposal-agreed = comhaontaithe
col-objections = Agóidí
objection-reason = An fáth a bhfuil { $party } ag déanamh agóide
objection-hint = Cuireann agóid amháin stop leis an togra; is ionann tost go dtí an spriocdháta agus comhaontú.
objection-submit = Déan agóid
propose-open = Mol an léargas reatha mar léargas comhaontaithe
propose-deadline = Spriocdháta (UTC)
col-note = Nóta
propose-submit = Mol
facts-open = Fíorais a mheáitear sna roghanna
facts-persons = Sainaithníodh na daoine nó na heintitis atá freagrach
facts-attempted = Rinneadh iarracht ar an ngníomhaíocht (cuireadh bac uirthi nó ní raibh éifeacht aici)
facts-dialogue = Tá idirphlé ar siúl leis an Stát lena mbaineann
facts-regime = Tá feidhm cheana féin ag an gcóras smachtbhannaí i gcoinne cibirionsaithe maidir leo siúd lena mbaineann
facts-partner = An caidreamh leis an Stát lena mbaineann
partner-unknown = níor sonraíodh
partner-partner = comhpháirtí
partner-neutral = neodrach
partner-adversarial = naimhdeach
facts-apply = Meáigh na fíorais seo
options-why = Cén fáth
package-submit = Cuir pacáiste le chéile as na roghanna ticeáilte
packages-title = Pacáistí
procedure-open = Oscail nós imeachta
procedure-subject-package = Maidir le pacáiste
procedure-subject-text = Nó maidir le téacs
procedure-open-submit = Oscail an nós imeachta
dossier-responses = Freagairtí
no-responses = Níor glacadh aon chinneadh maidir leis an gcomhad seo.
col-measures = Bearta
col-basis-legal = Bunús dlí
attribution-record-joint = Taifead an sannadh comhpháirteach a ghlac an Chomhairle
attribution-record-national = Taifead sannadh náisiúnta { $party }
attribution-procedure = Glactha trí nós imeachta
attribution-public = Poiblí
attribution-url = Nasc chuig an ráiteas
attribution-submit = Taifead an sannadh
procedure-close = Dún an nós imeachta
procedure-close-hint = Nuair a dhúntar é, socraítear an toradh mar atá sé anois; ní féidir na seasaimh a athrú a thuilleadh.
event-dossier-created = Comhad oscailte
event-dossier-updated = Fíorais nuashonraithe
event-dossier-transitioned = Stádas athraithe
event-dossier-marked = Marcáil athraithe
event-evidence-added = Fianaise curtha leis
event-evidence-withdrawn = Fianaise tarraingthe siar
event-assessment-submitted = Measúnú curtha isteach
event-picture-proposed = Léargas molta mar léargas comhaontaithe
event-picture-objected = Agóid i gcoinne an léargais mholta
event-package-assembled = Pacáiste beart curtha le chéile
event-procedure-opened = Nós imeachta oscailte
event-procedure-position-recorded = Seasamh taifeadta
event-procedure-closed = Nós imeachta dúnta
event-attribution-recorded = Sannadh taifeadta
event-attribution-withdrawn = Sannadh tarraingthe siar

dossier-new = Oscail comhad
dossier-new-submit = Oscail an comhad
marking-tlp = Leibhéal TLP
marking-releasable-hint = páirtithe eile seachas do pháirtí féin, scartha le camóga (m.sh. EE, LV, EEAS)
marking-recipients = Faighteoirí ainmnithe (TLP:RED; ainmneacha úsáideora, scartha le camóga)
marking-own = Féadfaidh a mharcáil féin a bheith ar mhír, chomh dian le marcáil an chomhaid nó níos déine.
marking-same = marcáil an chomhaid
evidence-add = Cuir fianaise leis
evidence-url = Nasc
evidence-text = Téacs nó sliocht
evidence-submit = Cuir an fhianaise leis
col-reliability = Iontaofacht na foinse
col-credibility = Inchreidteacht na faisnéise

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Thóg an síniú isteach rófhada nó níor ón suíomh seo an fhoirm. Sínigh isteach arís, le do thoil.
second-step-title = An dara fachtóir
second-step-intro = Tá do phasfhocal ceart. Clóscríobh an cód atá á thaispeáint anois ag d'aip fíordheimhnithe.
second-step-code = Cód sé dhigit
second-step-failed = Tá an cód sin mícheart, imithe in éag nó úsáidte cheana. Fan leis an gcéad chód eile agus bain triail eile as.
second-step-recovery = Ar chaill tú d'fhíordheimhneoir?
second-step-recovery-code = Cód aisghabhála
second-step-hint = Oibríonn gach cód uair amháin. Gan d'fhíordheimhneoir ná cód aisghabhála, iarr ar oifigeach slándála de do pháirtí do dhara fachtóir a athshocrú.
enrol-title = Socraigh do dhara fachtóir
enrol-required = Riarann do chuntas cuntais nó imréitigh: teastaíonn dara fachtóir uaidh sular féidir leat aon rud eile a dhéanamh.
enrol-failed = Ní hionann an cód sin agus an rún seo. Seiceáil an t-am ar do ghléas agus clóscríobh an cód atá á thaispeáint anois.
enrol-step-app = Cuir an rún seo le haip fíordheimhnithe (bunaithe ar am, 6 dhigit, 30 soicind):
enrol-open-app = Oscail in aip fíordheimhnithe
enrol-step-code = Clóscríobh an cód a thaispeánann an aip chun é a dheimhniú:
enrol-confirm = Deimhnigh
enrol-done = Tá do dhara fachtóir socraithe. As seo amach síníonn tú isteach le do phasfhocal agus le cód.
enrol-recovery-title = Cóid aisghabhála
enrol-recovery-hint = Coinnigh na cóid seo in áit shábháilte. Síníonn gach ceann díobh isteach thú uair amháin in ionad cóid. Ní thaispeántar iad ach anois.
enrol-continue = Lean ar aghaidh
enrol-already = Tá dara fachtóir ag do chuntas. Má chailleann tú d'fhíordheimhneoir, athshocróidh oifigeach slándála de do pháirtí é.
login-sso = Sínigh isteach le { $provider }
sso-refused-title = Gan rochtain
sso-refused-unmapped = Shínigh { $provider } isteach thú, ach ní thugann aon riail den chás seo rochtain do do chuntas. Caithfidh oifigeach slándála de do pháirtí riail síniú isteach a chur leis duit.
sso-refused-ambiguous = Shínigh { $provider } isteach thú, ach oireann rialacha de níos mó ná páirtí amháin do do chuntas, mar sin ní féidir a rá cé thar a bhfuil tú ag gníomhú. Labhair le d'oifigeach slándála.
sso-refused-disabled = Tá do chuntas sa chás seo díchumasaithe.
sso-refused-party = Gníomhaíonn do chuntas thar ceann páirtí eile seachas an ceann a thugann na rialacha duit anois. Labhair le d'oifigeach slándála.
sso-refused-hint = Taifeadadh an iarracht seo sa rian iniúchta.
sso-failed-title = Theip ar an síniú isteach
sso-failed = Níor éirigh leis an síniú isteach le { $provider }: { $reason }
sso-continue = Lean ar aghaidh


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Táblaí daonra Iarscríbhinn III
admin-population-intro = Na figiúirí daonra a chinneann tromlaigh cháilithe (Rialacha Nós Imeachta na Comhairle, Iarscríbhinn III). Úsáideann vóta tábla a bhliana; mura bhfuil sé luchtaithe, an ceann is gaire, agus deirtear é sin.
col-origin = Bunús
col-total = Daonra an Aontais
origin-shipped = curtha ar fáil le entente
origin-imported = luchtaithe isteach sa chás seo
population-replaced = curtha ar ceal ag luchtú níos déanaí
admin-population-label = Tábla le luchtú (JSON: bliain, foinse, iomlán, figiúirí na 27 mBallstát)
admin-population-submit = Luchtaigh an tábla
population-table-in-force = Daonra: tábla Iarscríbhinn III { $year }, i bhfeidhm tráth an vótála.
population-table-older = Daonra: úsáideadh tábla Iarscríbhinn III { $year }, ní an tábla a bhí i bhfeidhm tráth an vótála ({ $current }), nach bhfuil luchtaithe. Is féidir le riarthóir é a luchtú ar leathanach an riaracháin.
population-table-supplied = Daonra: figiúirí a tugadh leis an nós imeachta.
robustness-holds = Seasann an toradh d'aon athbhreithniú ar na figiúirí daonra suas le ±2 %.
robustness-close = Gar dó: d'fhéadfadh athbhreithniú ar na figiúirí daonra suas le ±2 % an toradh a athrú. Seiceáil leis an tábla atá i bhfeidhm.
margin-members-in-favour = Comhaltaí i bhfabhar: { $actual }; ag teastáil: { $required } (corrlach: { $margin })
margin-population-in-favour = Daonra i bhfabhar: { $actual }; ag teastáil: { $required } (corrlach: { $margin }; i bpointí céatadáin: { $points })
margin-blocking-minority = Comhaltaí nach vótálann i bhfabhar: { $actual }; teastaíonn ó mhionlach coisctheach: { $required }
margin-declared-members = Comhaltaí a staonann le dearbhú foirmiúil: { $actual }; stoptar an gníomh ó: { $required }
margin-declared-population = Daonra na gcomhaltaí a staonann le dearbhú foirmiúil: { $actual }; stoptar an gníomh ó: { $required } (i bpointí céatadáin: { $points })
