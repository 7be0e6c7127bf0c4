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

search-title = Hae kaikesta, mitä saat nähdä
search-label = Sanoja, nimiä, tunnisteita (T0800) tai ”fraasi”, millä tahansa kielellä
search-button = Hae
search-results =
    { $count ->
        [one] { $count } tulos
       *[other] { $count } tulosta
    }
search-kind-dossier = Tapaukset
search-kind-evidence = Todisteet
search-kind-assessment = Arviot
search-kind-attribution = Vastuun osoittamiset
search-kind-stix = STIX-objektit
search-sort = Järjestys
search-sort-relevance = Osuvuus
search-sort-date = Uusimmat ensin
search-from = Alkaen (päivämäärä)
search-to = Asti (päivämäärä)
search-none = Mikään, mitä saat nähdä, ei vastaa näitä sanoja.
search-dossier = Tapaus

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
stage-title = Tapauksen vaihe
stage-picture = Yhteinen tilannekuva
stage-picture-agreed = sovittu
stage-picture-proposed = ehdotettu, vastalauseet mahdollisia
stage-picture-assessed =
    { $count ->
        [one] { $count } osapuoli on toimittanut arvionsa
       *[other] { $count } osapuolta on toimittanut arvionsa
    }
stage-options = Reagointivaihtoehdot
stage-options-available =
    { $count ->
        [one] { $count } vaihtoehto käytettävissä
       *[other] { $count } vaihtoehtoa käytettävissä
    }
stage-options-need-picture = kun tilannekuvasta on sovittu
stage-procedure = Päätös
stage-procedure-open = menettely on avoinna
stage-procedure-none =
    { $count ->
        [one] ei vielä menettelyä; { $count } paketti koottu
       *[other] ei vielä menettelyä; { $count } pakettia koottu
    }
stage-procedure-closed = päätetty
stage-response = Reaktio
stage-response-adopted =
    { $count ->
        [one] { $count } päätös hyväksytty
       *[other] { $count } päätöstä hyväksytty
    }
stage-attribution = Vastuun osoittaminen
await-title = Odottaa toimiasi
await-assess = Toimita osapuolen { $party } arvio.
await-proposal = Ehdotettua tilannekuvaa vastaan voi esittää vastalauseen { $deadline } asti: esitä vastalause, jos osapuolesi on eri mieltä, tai pysy vaiti hyväksyäksesi sen.
await-position = Kirjaa osapuolen { $party } kanta avoinna olevassa menettelyssä.
await-propose = Ehdota nykyistä tilannekuvaa sovituksi tilannekuvaksi.
await-package = Kokoa paketti käytettävissä olevista vaihtoehdoista.
await-open = Käynnistä menettely paketista.
await-close = Menettelyn määräaika on päättynyt: päätä menettely, jotta sen tulos vahvistetaan.
sections-nav = Tapauksen osiot
basis-picture = Jäsenvaltioiden kesken sovittu yhteinen tilannetietoisuus (neuvoston päätelmät 19. kesäkuuta 2017, 5 kohta); sovittu, kun vastalauseiden määräaika päättyy ilman vastalausetta.
basis-options = Toimenpiteet, jotka ovat oikeassa suhteessa toiminnan kattavuuteen, laajuuteen, kestoon, voimakkuuteen, monimutkaisuuteen, kehittyneisyyteen ja vaikutukseen (neuvoston päätelmät 19. kesäkuuta 2017, 5 kohta).
basis-procedure = YUTP:tä koskevat päätökset tehdään yksimielisesti (SEU 31 artiklan 1 kohta); neuvoston työjärjestyksen mukaisessa hiljaisen hyväksynnän menettelyssä (12 artiklan 2 kohta) teksti hyväksytään, jollei jokin jäsen vastusta sitä ennen määräajan päättymistä.
basis-attribution = Vastuun osoittaminen on kunkin jäsenvaltion suvereeni poliittinen päätös (neuvoston päätelmät 19. kesäkuuta 2017, 4 kohta); yhteisestä vastuun osoittamisesta päättää neuvosto.
proposals-title = Ehdotukset sovituksi tilannekuvaksi
proposal-open = vastalauseet mahdollisia
proposal-objected = vastalause esitetty
proposal-agreed = sovittu
col-objections = Vastalauseet
objection-reason = Miksi { $party } esittää vastalauseen
objection-hint = Yksikin vastalause pysäyttää ehdotuksen; vaikeneminen määräajan päättymiseen asti merkitsee hyväksyntää.
objection-submit = Esitä vastalause
propose-open = Ehdota nykyistä tilannekuvaa sovituksi
propose-deadline = Määräaika (UTC)
col-note = Huomautus
propose-submit = Ehdota
facts-open = Tosiseikat, jotka vaihtoehdoissa otetaan huomioon
facts-persons = Vastuussa olevat henkilöt tai yhteisöt on tunnistettu
facts-attempted = Toimintaa yritettiin (se estettiin tai jäi vaikutuksettomaksi)
facts-dialogue = Asianomaisen valtion kanssa käydään vuoropuhelua
facts-regime = Kyberhyökkäyksiä koskevaa pakotejärjestelmää sovelletaan jo kyseisiin tahoihin
facts-partner = Suhteet asianomaiseen valtioon
partner-unknown = ei ilmoitettu
partner-partner = kumppani
partner-neutral = neutraali
partner-adversarial = vihamielinen
facts-apply = Ota nämä tosiseikat huomioon
options-why = Miksi
package-submit = Kokoa paketti valituista vaihtoehdoista
packages-title = Paketit
procedure-open = Käynnistä menettely
procedure-subject-package = Paketista
procedure-subject-text = Tai tekstistä
procedure-open-submit = Käynnistä menettely
dossier-responses = Reaktiot
no-responses = Tapauksessa ei ole hyväksytty päätöstä.
col-measures = Toimenpiteet
col-basis-legal = Oikeusperusta
attribution-record-joint = Kirjaa neuvoston hyväksymä yhteinen vastuun osoittaminen
attribution-record-national = Kirjaa osapuolen { $party } kansallinen vastuun osoittaminen
attribution-procedure = Hyväksytty menettelyssä
attribution-public = Julkinen
attribution-url = Linkki julkilausumaan
attribution-submit = Kirjaa vastuun osoittaminen
procedure-close = Päätä menettely
procedure-close-hint = Päättäminen vahvistaa tuloksen sellaisena kuin se nyt on; kantoja ei voi enää muuttaa.
event-dossier-created = Tapaus avattu
event-dossier-updated = Tosiseikat päivitetty
event-dossier-transitioned = Tila muutettu
event-dossier-marked = Merkintä muutettu
event-evidence-added = Todiste lisätty
event-evidence-withdrawn = Todiste peruttu
event-assessment-submitted = Arvio toimitettu
event-picture-proposed = Tilannekuvaa ehdotettu sovituksi
event-picture-objected = Vastalause ehdotettua tilannekuvaa vastaan
event-package-assembled = Toimenpidepaketti koottu
event-procedure-opened = Menettely käynnistetty
event-procedure-position-recorded = Kanta kirjattu
event-procedure-closed = Menettely päätetty
event-attribution-recorded = Vastuun osoittaminen kirjattu
event-attribution-withdrawn = Vastuun osoittaminen peruttu

dossier-new = Avaa asiakirja-aineisto
dossier-new-submit = Avaa aineisto
marking-tlp = TLP-taso
marking-releasable-hint = muut osapuolet kuin omanne, pilkuin erotettuina (esim. EE, LV, EEAS)
marking-recipients = Nimetyt vastaanottajat (TLP:RED; käyttäjätunnukset pilkuin erotettuina)
marking-own = Kohteella voi olla oma merkintänsä, yhtä tiukka kuin aineistolla tai tiukempi.
marking-same = aineiston merkintä
evidence-add = Lisää näyttöä
evidence-url = Linkki
evidence-text = Teksti tai ote
evidence-submit = Lisää näyttö
col-reliability = Lähteen luotettavuus
col-credibility = Tiedon uskottavuus

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = Kirjautuminen kesti liian kauan tai lomake ei tullut tältä sivustolta. Kirjaudu uudelleen.
second-step-title = Toinen tekijä
second-step-intro = Salasanasi on oikein. Kirjoita koodi, jonka todennussovelluksesi näyttää nyt.
second-step-code = Kuusinumeroinen koodi
second-step-failed = Koodi on väärä, vanhentunut tai jo käytetty. Odota seuraavaa koodia ja yritä uudelleen.
second-step-recovery = Onko todennussovellus kadonnut?
second-step-recovery-code = Palautuskoodi
second-step-hint = Jokainen koodi toimii vain kerran. Jos sinulla ei ole todennussovellusta eikä palautuskoodia, pyydä osapuolesi turvallisuusvastaavaa nollaamaan toinen tekijäsi.
enrol-title = Ota toinen tekijä käyttöön
enrol-required = Tilisi hallinnoi tilejä tai turvallisuusselvityksiä: se tarvitsee toisen tekijän ennen kuin voit tehdä mitään muuta.
enrol-failed = Koodi ei vastaa tätä salaisuutta. Tarkista laitteesi kellonaika ja kirjoita koodi, jonka se näyttää nyt.
enrol-step-app = Lisää tämä salaisuus todennussovellukseen (aikaperusteinen, 6 numeroa, 30 sekuntia):
enrol-open-app = Avaa todennussovelluksessa
enrol-step-code = Vahvista kirjoittamalla sovelluksen näyttämä koodi:
enrol-confirm = Vahvista
enrol-done = Toinen tekijäsi on otettu käyttöön. Tästä lähtien kirjaudut salasanalla ja koodilla.
enrol-recovery-title = Palautuskoodit
enrol-recovery-hint = Säilytä nämä koodit turvallisessa paikassa. Kullakin kirjaudut kerran koodin sijaan. Ne näytetään vain nyt.
enrol-continue = Jatka
enrol-already = Tililläsi on toinen tekijä. Jos todennussovellus katoaa, osapuolesi turvallisuusvastaava nollaa sen.
login-sso = Kirjaudu palvelulla { $provider }
sso-refused-title = Ei pääsyä
sso-refused-unmapped = { $provider } kirjasi sinut sisään, mutta mikään tämän instanssin sääntö ei anna tilillesi pääsyä. Osapuolesi turvallisuusvastaavan on lisättävä sinulle kirjautumissääntö.
sso-refused-ambiguous = { $provider } kirjasi sinut sisään, mutta tiliisi sopivat useamman kuin yhden osapuolen säännöt, joten tämä instanssi ei voi tietää, kenen puolesta toimit. Ota yhteyttä turvallisuusvastaavaasi.
sso-refused-disabled = Tilisi tässä instanssissa on poistettu käytöstä.
sso-refused-party = Tilisi toimii eri osapuolen puolesta kuin säännöt nyt sinulle antavat. Ota yhteyttä turvallisuusvastaavaasi.
sso-refused-hint = Yritys on kirjattu tarkastuslokiin.
sso-failed-title = Kirjautuminen epäonnistui
sso-failed = Kirjautuminen palvelulla { $provider } epäonnistui: { $reason }
sso-continue = Jatka


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Liitteen III väestötaulukot
admin-population-intro = Väestöluvut, jotka ratkaisevat määräenemmistön (neuvoston työjärjestys, liite III). Äänestys käyttää vuotensa taulukkoa; jos sitä ei ole ladattu, lähintä, ja kertoo sen.
col-origin = Alkuperä
col-total = Unionin väestö
origin-shipped = toimitettu entente-ohjelman mukana
origin-imported = ladattu tähän instanssiin
population-replaced = korvattu myöhemmällä latauksella
admin-population-label = Ladattava taulukko (JSON: vuosi, lähde, yhteensä, 27 jäsenvaltion luvut)
admin-population-submit = Lataa taulukko
population-table-in-force = Väestö: liitteen III taulukko vuodelta { $year }, voimassa äänestyksen aikaan.
population-table-older = Väestö: käytettiin liitteen III taulukkoa vuodelta { $year }, ei äänestyksen aikaan voimassa ollutta taulukkoa ({ $current }), jota ei ole ladattu. Ylläpitäjä voi ladata sen hallintasivulla.
population-table-supplied = Väestö: menettelyn mukana annetut luvut.
robustness-holds = Tulos pysyy, vaikka väestölukuja tarkistettaisiin enintään ±2 %.
robustness-close = Tiukka: väestölukujen enintään ±2 %:n tarkistus voisi muuttaa tuloksen. Tarkista voimassa olevalla taulukolla.
margin-members-in-favour = Jäsenet puolesta: { $actual }; vaaditaan: { $required } (marginaali: { $margin })
margin-population-in-favour = Väestö puolesta: { $actual }; vaaditaan: { $required } (marginaali: { $margin }; prosenttiyksikköinä: { $points })
margin-blocking-minority = Jäsenet, jotka eivät äänestä puolesta: { $actual }; määrävähemmistö edellyttää: { $required }
margin-declared-members = Muodollisella ilmoituksella pidättyvät jäsenet: { $actual }; säädös pysähtyy rajalla: { $required }
margin-declared-population = Muodollisella ilmoituksella pidättyvien jäsenten väestö: { $actual }; säädös pysähtyy rajalla: { $required } (prosenttiyksikköinä: { $points })
