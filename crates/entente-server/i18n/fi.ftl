# entente-käyttöliittymän viestit: suomi.
# TLP-merkintöjä (TLP:AMBER ...) ei koskaan käännetä (FIRST TLP 2.0, kohta 1b).

skip-to-content = Siirry sisältöön
banner-highest = Tämän sivun korkein merkintä:
nav-main = Päävalikko
nav-language = Kieli
nav-dashboard = Yleiskatsaus
nav-dossiers = Tapaukset
nav-search = Haku
nav-audit = Tarkastusloki
nav-admin = Hallinta
sign-in = Kirjaudu sisään
sign-out = Kirjaudu ulos
anonymous = Et ole kirjautunut (julkinen näkymä: vain TLP:CLEAR)
footer-note = entente, EU:n kyberdiplomatian välineistö. Merkinnät noudattavat FIRST TLP 2.0 -standardia ja neuvoston päätöstä 2013/488/EU.
back-to-dashboard = Takaisin yleiskatsaukseen

login-user = Käyttäjätunnus
login-password = Salasana
login-failed = Käyttäjätunnus tai salasana on virheellinen.
login-anonymous-hint = Kirjautumatta näet vain julkiset tiedot (TLP:CLEAR).

error-not-found = Ei löytynyt
error-forbidden = Ei sallittu
error-invalid = Pyyntöä ei voitu tulkita
error-server = Tapahtui virhe

status-detected = Havaittu
status-assessing = Arvioitavana
status-deliberating = Käsiteltävänä
status-responded = Reaktio hyväksytty
status-closed = Päätetty

dashboard-title = Yleiskatsaus
dashboard-by-status = Tapaukset tilan mukaan
dashboard-recent-dossiers = Uusimmat tapaukset
dashboard-charts = Tapaukset lukuina
dashboard-recent-events = Viimeaikainen toiminta
all-dossiers = Kaikki tapaukset
no-dossiers = Ei näytettäviä tapauksia.
no-events = Ei näytettävää toimintaa.

dossier-count =
    { $count ->
        [one] { $count } tapaus
       *[other] { $count } tapausta
    }
party-count =
    { $count ->
        [one] { $count } osapuoli
       *[other] { $count } osapuolta
    }
audit-intro =
    { $count ->
        [one] Lokissa on { $count } tapahtuma. Näet ne tapahtumat, jotka merkintäsi sallivat.
       *[other] Lokissa on { $count } tapahtumaa. Näet ne tapahtumat, jotka merkintäsi sallivat.
    }

chart-by-year = Tapaukset ensimmäisen havaintovuoden mukaan
chart-by-sector = Tapaukset kohteena olleen alan mukaan
chart-by-victim = Tapaukset kohteena olleen maan mukaan
chart-as-table = Näytä luvut taulukkona
chart-empty = Ei vielä tietoja.

col-title = Otsikko
col-status = Tila
col-first-seen = Ensimmäinen havainto
col-victims = Kohteet
col-marking = Merkintä
col-time = Aika
col-event = Tapahtuma
col-actor = Tekijä
col-year = Vuosi
col-dossiers = Tapaukset
col-sector = Ala
col-country = Maa
col-id = Tunnus
col-name = Nimi
col-kind = Laji

dossiers-title = Tapaukset
filter-text = Otsikossa on
filter-any = Mikä tahansa
filter-victim = Kohteena ollut maa (tunnus)
filter-apply = Käytä suodattimia
pagination = Sivut
page-prev = Edellinen sivu
page-next = Seuraava sivu
page-of = Sivu { $page }/{ $pages }

search-title = Hae tapauksista
search-label = Sanoja otsikosta tai tiivistelmästä, millä tahansa kielellä
search-button = Hae

dossier-origin = Laatija
marking-releasable = Saa luovuttaa
dossier-summary = Tiivistelmä
no-summary = Tiivistelmää ei vielä ole.
shown-in = Näytetään kielellä:
dossier-versions = Kieliversiot
dossier-last-seen = Viimeisin havainto
dossier-timeline = Aikajana
dossier-sources = Lähteet

admin-title = Hallinta
admin-parties = Osapuolet
party-kind-member-state = Jäsenvaltio
party-kind-eu-body = EU:n toimielin tai elin
party-kind-partner-state = Kumppanimaa
party-kind-international-organisation = Kansainvälinen järjestö

audit-title = Tarkastusloki

dossier-evidence = Todisteet
no-evidence = Ei todisteita, jotka saat nähdä.
evidence-withdrawn = peruttu
col-source = Lähde
col-grading = Luokitus (Admiralty-asteikko)
col-party = Osapuoli
dossier-assessments = Osapuolten arviot
no-assessments = Ei vielä arvioita, jotka saat nähdä.
heat-legend = Tasot 0:sta (alin) 4:ään (ylin) kussakin neuvoston vuoden 2017 päätelmien ulottuvuudessa; – tarkoittaa, ettei arviota ole annettu. Kussakin solussa on sen taso; väri vain toistaa sen.
col-confidence = Varmuus
dossier-picture = Yhteinen tilannekuva
picture-severity = Vakavuus
picture-aggregate = kokonaispistemäärä
picture-parties =
    { $count ->
        [one] { $count } osapuoli otettu huomioon
       *[other] { $count } osapuolta otettu huomioon
    }
picture-agreed =
    { $count ->
        [one] { $count } sovittu versio
       *[other] { $count } sovittua versiota
    }
picture-open-proposals =
    { $count ->
        [one] { $count } avoin ehdotus
       *[other] { $count } avointa ehdotusta
    }
col-dimension = Ulottuvuus
col-median = Mediaani
col-range = Vaihteluväli
col-scored-by = Arvioijat
col-dissent = Poikkeamat (etäisyys mediaanista)
severity-low = Vähäinen
severity-moderate = Kohtalainen
severity-serious = Vakava
severity-severe = Erittäin vakava
severity-critical = Kriittinen
severity-unknown = Ei vielä tiedossa
dim-scope = Kattavuus
dim-scale = Laajuus
dim-duration = Kesto
dim-intensity = Voimakkuus
dim-complexity = Monimutkaisuus
dim-sophistication = Kehittyneisyys
dim-impact = Vaikutus
dossier-procedures = Menettelyt
no-procedures = Ei menettelyjä, jotka saat nähdä.
col-subject = Aihe
col-rule = Päätöksentekosääntö
col-deadline = Määräaika
col-state = Vaihe
col-tally = Ääntenlasku
tally-for = Puolesta
tally-against = Vastaan
tally-abstain = Pidättyi
procedure-package = Paketti { $id }
procedure-state-open = Avoinna
procedure-state-expired = Määräaika on päättynyt
procedure-state-closed = Päätetty
outcome-adopted = Hyväksytty
outcome-not-adopted = Ei hyväksytty
outcome-pending = Vireillä
outcome-undetermined = Ratkaisematta
outcome-provisional = Jos kannat pysyvät ennallaan
position-for = Puolesta
position-against = Vastaan
position-abstain = Pidättyy
position-declared-abstain = Rakentava pidättäytyminen (lausuma)
position-not-participating = Ei osallistu
positions-recorded =
    { $count ->
        [one] { $count } kanta kirjattu
       *[other] { $count } kantaa kirjattu
    }
procedure-title = Menettely
back-to-dossier = Takaisin tapaukseen
time-left = aikaa jäljellä:
position-record = Kirjaa kantasi
position-label = Kanta
declaration-label = Lausuma (vapaaehtoinen)
position-submit = Kirjaa kanta
procedure-positions = Kannat
no-positions = Kantoja ei ole vielä kirjattu.
col-position = Kanta
col-declaration = Lausuma
admin-users = Käyttäjätilit
admin-users-hint = Käyttäjätilit näytetään vain ylläpitäjille.
user-count =
    { $count ->
        [one] { $count } käyttäjätili
       *[other] { $count } käyttäjätiliä
    }
col-roles = Roolit
col-clearance = Turvallisuusselvitys
user-disabled = Poistettu käytöstä
user-active = Käytössä
assess-open = Toimita osapuolesi arvio
assess-summary = Tiivistelmä (vapaaehtoinen)
assess-submit = Toimita arvio
col-level = Taso
col-rationale = Perustelu
confidence-low = Vähäinen
confidence-moderate = Kohtalainen
confidence-high = Suuri
dossier-attributions = Vastuun osoittaminen
attribution-state = Vastuun osoittamisen tila
attribution-state-none = Ei kirjattu
attribution-state-national = Kansalliset vastuun osoittamiset
attribution-state-joint = EU:n yhteinen vastuun osoittaminen
attribution-joint = yhteinen
col-actor-attributed = Osoitettu toimijalle
col-likelihood = Todennäköisyys (ICD 203)
col-basis = Peruste
col-date = Päivämäärä
dashboard-open-procedures = Avoimet menettelyt
no-open-procedures = Ei avoimia menettelyjä, jotka saat nähdä.
col-your-position = Osapuolesi kanta
position-needed = Tarvitaan
chart-by-actor = Tapaukset sen toimijan mukaan, jolle vastuu on osoitettu
dossier-options = Reagointivaihtoehdot
options-basis = Suhteellisuusmoduulin järjestämät viimeksi sovitun tilannekuvan ja kirjattujen vastuun osoittamisten perusteella, muita tosiseikkoja esittämättä.
options-available = Käytettävissä, vähiten kärjistävä ensin
options-not-available = Ei nyt käytettävissä, ja miksi
options-escalation = kärjistymisaste
options-need-agreed = Vaihtoehdot järjestetään, kun osapuolet ovat sopineet yhteisestä tilannekuvasta.

rule-unanimity = Yksimielisyys
rule-qmv = Määräenemmistö
rule-rqmv = Vahvennettu määräenemmistö
rule-simple = Yksinkertainen enemmistö
rule-silence = Hiljaisen hyväksynnän menettely
rule-none = Neuvoston päätöstä ei tarvita

option-category-preventive = Ennaltaehkäisevät toimenpiteet
option-category-cooperative = Yhteistyötoimenpiteet
option-category-stability = Vakautta edistävät toimenpiteet
option-category-restrictive = Rajoittavat toimenpiteet
option-category-support = Tuki jäsenvaltioiden oikeutetuille reaktioille

measure-confidence-building = Luottamusta lisäävät toimenpiteet
measure-awareness-raising = EU:n politiikkoja koskevan tietoisuuden lisääminen
measure-capacity-building = Kyberkapasiteetin kehittäminen kolmansissa maissa
measure-eu-dialogue = EU:n johtamat poliittiset ja temaattiset vuoropuhelut
measure-delegation-demarche = EU:n edustustojen diplomaattiset huomautukset
measure-hr-statement = Korkean edustajan julkilausuma
measure-eu-declaration = Korkean edustajan julkilausuma EU:n puolesta
measure-council-conclusions = Neuvoston päätelmät
measure-diplomatic-demarche = Diplomaattinen huomautus asianomaiselle valtiolle
measure-restrictive-listing = Rajoittavat toimenpiteet: luetteloon merkitseminen päätöksen (YUTP) 2019/797 ja asetuksen (EU) 2019/796 nojalla
measure-support-lawful-response = Tuki jäsenvaltion oikeutetulle reaktiolle
measure-mutual-assistance-42-7 = Keskinäinen avunanto SEU 42 artiklan 7 kohdan nojalla
measure-solidarity-clause-222 = Yhteisvastuulauseke SEUT 222 artiklan nojalla

likelihood-almost-no-chance = lähes poissuljettu
likelihood-very-unlikely = hyvin epätodennäköinen
likelihood-unlikely = epätodennäköinen
likelihood-roughly-even-chance = suunnilleen yhtä todennäköinen
likelihood-likely = todennäköinen
likelihood-very-likely = hyvin todennäköinen
likelihood-almost-certain = lähes varma

basis-technical = tekninen
basis-intelligence = tiedustelu
basis-political = poliittinen

reliability-a = täysin luotettava
reliability-b = yleensä luotettava
reliability-c = melko luotettava
reliability-d = yleensä epäluotettava
reliability-e = epäluotettava
reliability-f = luotettavuutta ei voi arvioida
credibility-1 = muiden lähteiden vahvistama
credibility-2 = todennäköisesti paikkansapitävä
credibility-3 = mahdollisesti paikkansapitävä
credibility-4 = kyseenalainen
credibility-5 = epätodennäköinen
credibility-6 = paikkansapitävyyttä ei voi arvioida

evidence-kind-document = Asiakirja
evidence-kind-link = Linkki
evidence-kind-stix = STIX-objekti

role-delegate = Edustaja
role-analyst = Analyytikko
role-drafter = Valmistelija
role-chair = Puheenjohtajavaltio
role-observer = Tarkkailija
role-admin = Ylläpitäjä
role-security_officer = Turvallisuusvastaava
role-operator = Instanssin ylläpitäjä

sector-energy = Energia
sector-transport = Liikenne
sector-banking = Pankkiala
sector-financial = Finanssimarkkinoiden infrastruktuurit
sector-health = Terveydenhuolto
sector-drinking-water = Talousvesi
sector-waste-water = Jätevesi
sector-digital-infrastructure = Digitaalinen infrastruktuuri
sector-ict-services = Tieto- ja viestintäteknisten palvelujen hallinta (yritysten väliset)
sector-public-administration = Julkishallinto
sector-space = Avaruus
sector-courier = Posti- ja kuriiripalvelut
sector-waste-management = Jätehuolto
sector-chemical = Kemikaalien valmistus, tuotanto ja jakelu
sector-food = Elintarvikkeiden tuotanto, jalostus ja jakelu
sector-manufacturing = Valmistus
sector-digital-providers = Digitaalisten palvelujen tarjoajat
sector-research = Tutkimus
sector-parliament = Parlamentit ja lainsäädäntöelimet
sector-political-parties = Poliittiset puolueet ja vaalikampanjat
sector-international-organisation = Kansainväliset järjestöt
sector-defence = Puolustus ja asevoimat
sector-media-civil-society = Tiedotusvälineet, kansalaisyhteiskunta ja tiedeyhteisö

login-account-needed = Tämä instanssi ei näytä mitään ilman käyttäjätiliä. Osapuolenne turvallisuusvastaava voi antaa Teille tilin.
password-change = Valitse uusi salasana
password-change-reset = Osapuolenne turvallisuusvastaava palautti salasananne. Valitkaa uusi ennen jatkamista; saamanne salasana lakkaa toimimasta.
password-current = Nykyinen salasana
password-new = Uusi salasana (vähintään 12 merkkiä, ei käyttäjätunnus)
password-change-submit = Vaihda salasana

activity-intro = Tapahtumat, jotka merkintänne sallivat nähdä, vanhin ensin.
audit-trail-intro = Tarkastusloki: kirjautumiset, tilimuutokset, kirjoitukset, lokiin kirjatut luvut ja viennit, uusin ensin, siltä osin kuin roolinne ja merkintänne sallivat.
filter-user = Käyttäjä
filter-party = Osapuoli
filter-object = Kohde (asiakirja-aineisto tai kohteen tunniste)
filter-since = Alkaen (päivämäärä)
filter-type = Tapahtuman laji

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Pakoterekisteri
nav-releases = Julkaisut
statements-link = Tämän asian lausumat
statements-title = Lausumat
statements-none = Ei lausumia, joita saat nähdä.
statement-draft-heading = Laadi lausuma
statement-kind-hr_declaration = Korkean edustajan julkilausuma EU:n puolesta
statement-kind-council_conclusions = Neuvoston päätelmät
statement-kind-press_release = Lehdistötiedote
statement-kind-demarche_points = Demarssin puheenaiheet
statement-kind-national_statement = Kansallinen lausuma
statement-template = Malli
statement-no-template = Ei mallia
col-source-language = Lähdekieli
col-version = Versio
col-verified-by = Tarkastanut
col-language = Kieli
col-text = Teksti
lang-status-draft = Luonnos
lang-status-translated = Käännetty
lang-status-verified = Tarkastettu
statement-submit-draft = Tallenna luonnos
statement-languages = Kieliversiot
statement-translate-heading = Lisää tai korjaa kieliversio
statement-translate-submit = Tallenna kieliversio
statement-mark-translated = Käännös on valmis
statement-verify = Tarkasta
statement-diff-heading = Muutokset versioiden välillä
statement-diff-show = Näytä muutokset
statement-diff-legend = Poistetut sanat on yliviivattu, lisätyt alleviivattu.
statement-embargo-heading = Julkaisukielto
statement-embargo-none = Julkaisukieltoa ei ole vielä asetettu.
statement-embargo-set = Aseta julkaisukielto
col-capital = Pääkaupunki
col-local-time = Paikallinen aika
statement-adoption-heading = Hyväksyminen
statement-no-adoption = Tästä lausumasta ei ole vielä menettelyä.
statement-adopted-version = Hyväksytty versio
statement-release-heading = Julkaiseminen
statement-released = Julkaistu
statement-not-released = Julkaisematta
statement-release-submit = Julkaise nyt kaikilla tarkastetuilla kielillä
statement-echoes-heading = Jäsenvaltioiden tukilausumat
statement-echoed = Tuettu
statement-not-echoed = Ei vielä
statement-export = Vie
releases-title = Julkaistut lausumat
releases-intro = Euroopan unionin ja sen jäsenvaltioiden lausumat julkaistussa muodossa kaikilla tarkastetuilla kielillä.
releases-none = Mitään ei ole vielä julkaistu.
releases-feed = Atom-syöte
sanctions-title = Kyberpakoterekisteri
sanctions-intro = Henkilöt ja yhteisöt, jotka on merkitty luetteloon neuvoston päätöksen (YUTP) 2019/797 ja asetuksen (EU) 2019/796 nojalla (kyberhyökkäyksiin kohdistuvat rajoittavat toimenpiteet).
sanctions-search = Nimi (millä tahansa kirjoitusjärjestelmällä, translitteroituna tai peitenimenä)
sanctions-search-submit = Hae
sanctions-status-active = Voimassa
sanctions-status-delisted = Poistettu luettelosta
sanctions-status-all = Kaikki
sanctions-none = Mikään merkintä ei vastaa hakua.
sanctions-kind-person = Luonnollinen henkilö
sanctions-kind-entity = Yhteisö
col-listed-on = Merkitty luetteloon
col-aliases = Peitenimet
col-reasons = Luetteloon merkitsemisen perusteet
col-legal-acts = Säädökset
col-birth = Syntymäaika ja -paikka
col-nationality = Kansalaisuus
col-identifiers = Henkilöllisyystodistukset
col-address = Osoite
col-matched = Löydetty nimi
sanctions-review-heading = Luettelon vuotuinen uudelleentarkastelu
sanctions-review-overdue = Myöhässä: uudelleentarkastelun määräpäivä oli { $date }, eikä jatkamista ole kirjattu.
sanctions-review-soon = Uudelleentarkastelun määräpäivä on { $date }.
sanctions-review-scheduled = Seuraava uudelleentarkastelu: { $date }.
sanctions-framework-until = Järjestelmää sovelletaan { $date } asti.
sanctions-renewals = Jatkamiset
sanctions-listings-until = Merkinnät jatkettu asti
sanctions-export = Vie rekisteri
sanctions-links = Asiat ja menettelyt
sanctions-amendments = Muutokset
sanctions-delisted-on = Poistettu luettelosta { $date }
sanctions-unconfirmed = Vahvistamaton
procedure-statement = Lausuma { $id }
sanctions-count =
    { $count ->
        [one] { $count } voimassa oleva merkintä
       *[other] { $count } voimassa olevaa merkintää
    }

statement-revise-heading = Uusi versio lähdekielellä
statement-revise-hint = Kieliversiot jäävät edelliseen versioon; uusi versio käännetään uudelleen.
statement-revise-note = Huomautus muutoksesta
statement-revise-submit = Tallenna uutena versiona
