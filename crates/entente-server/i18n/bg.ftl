# Съобщения на интерфейса на entente: български.
# Етикетите TLP (TLP:AMBER ...) никога не се превеждат (FIRST TLP 2.0, раздел 1b).

skip-to-content = Към съдържанието
banner-highest = Най-високата маркировка на тази страница:
nav-main = Основна навигация
nav-language = Език
nav-dashboard = Табло
nav-dossiers = Досиета
nav-search = Търсене
nav-audit = Одитен дневник
nav-admin = Администриране
sign-in = Вход
sign-out = Изход
anonymous = Не сте влезли (публичен изглед: само TLP:CLEAR)
footer-note = entente — инструментариумът на ЕС за кибердипломация. Маркировките следват FIRST TLP 2.0 и Решение 2013/488/ЕС на Съвета.
back-to-dashboard = Обратно към таблото

login-user = Потребителско име
login-password = Парола
login-failed = Потребителското име или паролата са грешни.
login-anonymous-hint = Без вход виждате само публична информация (TLP:CLEAR).

error-not-found = Не е намерено
error-forbidden = Не е разрешено
error-invalid = Заявката не може да бъде разбрана
error-server = Възникна грешка

status-detected = Открито
status-assessing = В оценка
status-deliberating = В обсъждане
status-responded = С приет отговор
status-closed = Приключено

dashboard-title = Общ преглед
dashboard-by-status = Досиета по статус
dashboard-recent-dossiers = Последни досиета
dashboard-charts = Досиетата в числа
dashboard-recent-events = Последна активност
all-dossiers = Всички досиета
no-dossiers = Няма досиета за показване.
no-events = Няма активност за показване.

dossier-count =
    { $count ->
        [one] { $count } досие
       *[other] { $count } досиета
    }
party-count =
    { $count ->
        [one] { $count } страна
       *[other] { $count } страни
    }
audit-intro =
    { $count ->
        [one] Дневникът съдържа { $count } събитие. Виждате събитията, които маркировките ви позволяват.
       *[other] Дневникът съдържа { $count } събития. Виждате събитията, които маркировките ви позволяват.
    }

chart-by-year = Досиета по година на първото откриване
chart-by-sector = Досиета по засегнат сектор
chart-by-victim = Досиета по засегната държава
chart-as-table = Покажи числата като таблица
chart-empty = Все още няма данни.

col-title = Заглавие
col-status = Статус
col-first-seen = Първо открито
col-victims = Засегнати
col-marking = Маркировка
col-time = Време
col-event = Събитие
col-actor = От
col-year = Година
col-dossiers = Досиета
col-sector = Сектор
col-country = Държава
col-id = Код
col-name = Наименование
col-kind = Вид

dossiers-title = Досиета
filter-text = Заглавието съдържа
filter-any = Всички
filter-victim = Засегната държава (код)
filter-apply = Приложи филтрите
pagination = Страници
page-prev = Предишна страница
page-next = Следваща страница
page-of = Страница { $page } от { $pages }

search-title = Търсене във всичко, което можете да виждате
search-label = Думи, имена, идентификатори (T0800) или „фраза“, на всеки език
search-button = Търси
search-results =
    { $count ->
        [one] { $count } резултат
       *[other] { $count } резултата
    }
search-kind-dossier = Досиета
search-kind-evidence = Доказателства
search-kind-assessment = Оценки
search-kind-attribution = Приписвания
search-kind-stix = STIX обекти
search-sort = Подреждане
search-sort-relevance = Релевантност
search-sort-date = Първо най-новите
search-from = От (дата)
search-to = До (дата)
search-none = Нищо от достъпното за вас не съответства на тези думи.
search-dossier = Досие

dossier-origin = Създател
marking-releasable = Може да се предоставя на
dossier-summary = Резюме
no-summary = Все още няма резюме.
shown-in = Показано на:
dossier-versions = Езикови версии
dossier-last-seen = Последно наблюдавано
dossier-timeline = Хронология
dossier-sources = Източници

admin-title = Администриране
admin-parties = Страни
party-kind-member-state = Държава членка
party-kind-eu-body = Институция или орган на ЕС
party-kind-partner-state = Държава партньор
party-kind-international-organisation = Международна организация

audit-title = Одитен дневник

dossier-evidence = Доказателства
no-evidence = Няма доказателства, които можете да видите.
evidence-withdrawn = оттеглено
col-source = Източник
col-grading = Оценка (Адмиралтейска скала)
col-party = Страна
dossier-assessments = Оценки по страни
no-assessments = Все още няма оценки, които можете да видите.
heat-legend = Нива от 0 (най-ниско) до 4 (най-високо) по всяко измерение от заключенията на Съвета от 2017 г.; – означава, че не е оценено. Всяка клетка показва нивото си; цветът само го повтаря.
col-confidence = Степен на увереност
dossier-picture = Обща картина
picture-severity = Тежест
picture-aggregate = обща оценка
picture-parties =
    { $count ->
        [one] { $count } отчетена страна
       *[other] { $count } отчетени страни
    }
picture-agreed =
    { $count ->
        [one] { $count } договорена версия
       *[other] { $count } договорени версии
    }
picture-open-proposals =
    { $count ->
        [one] { $count } открито предложение
       *[other] { $count } открити предложения
    }
col-dimension = Измерение
col-median = Медиана
col-range = Диапазон
col-scored-by = Оценено от
col-dissent = Различия (отклонение от медианата)
severity-low = Ниска
severity-moderate = Умерена
severity-serious = Сериозна
severity-severe = Тежка
severity-critical = Критична
severity-unknown = Все още неизвестна
dim-scope = Обхват
dim-scale = Мащаб
dim-duration = Продължителност
dim-intensity = Интензивност
dim-complexity = Сложност
dim-sophistication = Изтънченост
dim-impact = Въздействие
dossier-procedures = Процедури
no-procedures = Няма процедури, които можете да видите.
col-subject = Предмет
col-rule = Правило за вземане на решение
col-deadline = Краен срок
col-state = Състояние
col-tally = Резултат
tally-for = За
tally-against = Против
tally-abstain = Въздържали се
procedure-package = Пакет { $id }
procedure-state-open = Открита
procedure-state-expired = Срокът е изтекъл
procedure-state-closed = Приключена
outcome-adopted = Прието
outcome-not-adopted = Неприето
outcome-pending = Предстои
outcome-undetermined = Неопределено
outcome-provisional = Ако позициите останат същите
position-for = За
position-against = Против
position-abstain = Въздържал се
position-declared-abstain = Конструктивно въздържане (декларация)
position-not-participating = Не участва
positions-recorded =
    { $count ->
        [one] { $count } записана позиция
       *[other] { $count } записани позиции
    }
procedure-title = Процедура
back-to-dossier = Обратно към досието
time-left = оставащо време:
position-record = Запишете позицията си
position-label = Позиция
declaration-label = Декларация (по избор)
position-submit = Запиши позицията
procedure-positions = Позиции
no-positions = Все още няма записани позиции.
col-position = Позиция
col-declaration = Декларация
admin-users = Акаунти
admin-users-hint = Акаунтите се показват само на администратори.
user-count =
    { $count ->
        [one] { $count } акаунт
       *[other] { $count } акаунта
    }
col-roles = Роли
col-clearance = Разрешение за достъп
user-disabled = Деактивиран
user-active = Активен
assess-open = Подайте оценката на вашата страна
assess-summary = Резюме (по избор)
assess-submit = Подай оценката
col-level = Ниво
col-rationale = Обосновка
confidence-low = Ниска
confidence-moderate = Умерена
confidence-high = Висока
dossier-attributions = Приписване
attribution-state = Състояние на приписването
attribution-state-none = Няма записано
attribution-state-national = Национално приписване
attribution-state-joint = Съвместно приписване от ЕС
attribution-joint = съвместно
col-actor-attributed = Приписано на
col-likelihood = Вероятност (ICD 203)
col-basis = Основание
col-date = Дата
dashboard-open-procedures = Открити процедури
no-open-procedures = Няма открити процедури, които можете да видите.
col-your-position = Позиция на вашата страна
position-needed = Необходима
chart-by-actor = Досиета по извършител, на когото са приписани
dossier-options = Възможни ответни мерки
options-basis = Подредени от модула за пропорционалност въз основа на последната договорена обща картина и записаните приписвания, без други твърдени факти.
options-available = Налични, първо най-малко ескалиращите
options-not-available = Неналични в момента и защо
options-escalation = степен на ескалация
options-need-agreed = Мерките се подреждат, след като страните договорят обща картина.

rule-unanimity = Единодушие
rule-qmv = Квалифицирано мнозинство
rule-rqmv = Подсилено квалифицирано мнозинство
rule-simple = Обикновено мнозинство
rule-silence = Процедура на мълчаливо съгласие
rule-none = Не е необходимо решение на Съвета

option-category-preventive = Превантивни мерки
option-category-cooperative = Мерки за сътрудничество
option-category-stability = Мерки за стабилност
option-category-restrictive = Ограничителни мерки
option-category-support = Подкрепа за законните ответни действия на държавите членки

measure-confidence-building = Мерки за изграждане на доверие
measure-awareness-raising = Повишаване на осведомеността за политиките на ЕС
measure-capacity-building = Изграждане на киберкапацитет в трети държави
measure-eu-dialogue = Политически и тематични диалози, водени от ЕС
measure-delegation-demarche = Демарши на делегациите на ЕС
measure-hr-statement = Изявление на върховния представител
measure-eu-declaration = Декларация на върховния представител от името на ЕС
measure-council-conclusions = Заключения на Съвета
measure-diplomatic-demarche = Дипломатически демарш пред съответната държава
measure-restrictive-listing = Ограничителни мерки: включване в списъка съгласно Решение (ОВППС) 2019/797 и Регламент (ЕС) 2019/796
measure-support-lawful-response = Подкрепа за законните ответни действия на държава членка
measure-mutual-assistance-42-7 = Взаимопомощ съгласно член 42, параграф 7 от ДЕС
measure-solidarity-clause-222 = Клауза за солидарност съгласно член 222 от ДФЕС

likelihood-almost-no-chance = почти изключено
likelihood-very-unlikely = много малко вероятно
likelihood-unlikely = малко вероятно
likelihood-roughly-even-chance = приблизително равни шансове
likelihood-likely = вероятно
likelihood-very-likely = много вероятно
likelihood-almost-certain = почти сигурно

basis-technical = технически
basis-intelligence = разузнавателни
basis-political = политически

reliability-a = напълно надежден
reliability-b = обикновено надежден
reliability-c = сравнително надежден
reliability-d = обикновено ненадежден
reliability-e = ненадежден
reliability-f = надеждността не може да бъде преценена
credibility-1 = потвърдена от други източници
credibility-2 = вероятно вярна
credibility-3 = възможно вярна
credibility-4 = съмнителна
credibility-5 = малко вероятна
credibility-6 = достоверността не може да бъде преценена

evidence-kind-document = Документ
evidence-kind-link = Връзка
evidence-kind-stix = STIX обект

role-delegate = Делегат
role-analyst = Анализатор
role-drafter = Изготвящ
role-chair = Председателство
role-observer = Наблюдател
role-admin = Администратор
role-security_officer = Служител по сигурността
role-operator = Оператор на инстанцията

sector-energy = Енергетика
sector-transport = Транспорт
sector-banking = Банково дело
sector-financial = Инфраструктури на финансовия пазар
sector-health = Здравеопазване
sector-drinking-water = Питейна вода
sector-waste-water = Отпадъчни води
sector-digital-infrastructure = Цифрова инфраструктура
sector-ict-services = Управление на услуги в областта на ИКТ (между предприятия)
sector-public-administration = Публична администрация
sector-space = Космическо пространство
sector-courier = Пощенски и куриерски услуги
sector-waste-management = Управление на отпадъците
sector-chemical = Производство и дистрибуция на химикали
sector-food = Производство, преработка и дистрибуция на храни
sector-manufacturing = Производство
sector-digital-providers = Доставчици на цифрови услуги
sector-research = Научни изследвания
sector-parliament = Парламенти и законодателни органи
sector-political-parties = Политически партии и предизборни кампании
sector-international-organisation = Международни организации
sector-defence = Отбрана и въоръжени сили
sector-media-civil-society = Медии, гражданско общество и академични среди

login-account-needed = Тази инстанция не показва нищо без профил. Служителят по сигурността на вашата страна може да ви предостави такъв.
password-change = Изберете нова парола
password-change-reset = Служител по сигурността на вашата страна е нулирал паролата ви. Изберете нова, преди да продължите; дадената ви парола престава да действа.
password-current = Настояща парола
password-new = Нова парола (поне 12 знака, различна от потребителското име)
password-change-submit = Смяна на паролата

activity-intro = Събитията, които маркировките ви позволяват да видите, от най-старото.
audit-trail-intro = Одитната следа: влизания, промени в профили, записи, одитирани прочитания и експорти, от най-новото, доколкото позволяват ролята и маркировките ви.
filter-user = Потребител
filter-party = Страна
filter-object = Обект (досие или идентификатор на елемент)
filter-since = От (дата)
filter-type = Вид събитие
stage-title = Докъде е стигнало досието
stage-picture = Обща картина
stage-picture-agreed = договорена
stage-picture-proposed = предложена, могат да се правят възражения
stage-picture-assessed =
    { $count ->
        [one] { $count } страна е подала оценката си
       *[other] { $count } страни са подали оценките си
    }
stage-options = Възможни ответни мерки
stage-options-available =
    { $count ->
        [one] { $count } налична мярка
       *[other] { $count } налични мерки
    }
stage-options-need-picture = след договаряне на общата картина
stage-procedure = Решение
stage-procedure-open = има открита процедура
stage-procedure-none =
    { $count ->
        [one] все още няма процедура; съставен е { $count } пакет
       *[other] все още няма процедура; съставени са { $count } пакета
    }
stage-procedure-closed = приключена
stage-response = Отговор
stage-response-adopted =
    { $count ->
        [one] { $count } прието решение
       *[other] { $count } приети решения
    }
stage-attribution = Приписване
await-title = Очаква се действие от вас
await-assess = Подайте оценката на { $party }.
await-proposal = Срещу предложена обща картина могат да се правят възражения до { $deadline }: направете възражение, ако вашата страна не е съгласна, или замълчете, за да изразите съгласие.
await-position = Запишете позицията на { $party } в откритата процедура.
await-propose = Предложете настоящата картина като договорена обща картина.
await-package = Съставете пакет от наличните мерки.
await-open = Открийте процедура по пакета.
await-close = Срокът на процедура е изтекъл: приключете я, за да се установи резултатът ѝ.
sections-nav = Раздели на досието
basis-picture = Обща осведоменост за ситуацията, договорена между държавите членки (заключения на Съвета от 19 юни 2017 г., точка 5); картината е договорена, когато срокът за възражения изтече без възражения.
basis-options = Мерки, съразмерни с обхвата, мащаба, продължителността, интензивността, сложността, изтънчеността и въздействието на дейността (заключения на Съвета от 19 юни 2017 г., точка 5).
basis-procedure = Решенията в областта на ОВППС се вземат с единодушие (член 31, параграф 1 от ДЕС); с процедурата на мълчаливо съгласие съгласно Процедурния правилник на Съвета (член 12, параграф 2) даден текст се приема, освен ако член на Съвета не възрази преди изтичането на срока.
basis-attribution = Приписването е суверенно политическо решение на всяка държава членка (заключения на Съвета от 19 юни 2017 г., точка 4); съвместното приписване се приема от Съвета.
proposals-title = Предложения за договорена обща картина
proposal-open = могат да се правят възражения
proposal-objected = направено е възражение
proposal-agreed = договорена
col-objections = Възражения
objection-reason = Защо { $party } възразява
objection-hint = Едно възражение е достатъчно, за да спре предложението; мълчанието до изтичането на срока означава съгласие.
objection-submit = Възрази
propose-open = Предложи настоящата картина като договорена
propose-deadline = Краен срок (UTC)
col-note = Бележка
propose-submit = Предложи
facts-open = Факти, отчитани при мерките
facts-persons = Отговорните лица или образувания са установени
facts-attempted = Дейността е останала на етап опит (осуетена или без последици)
facts-dialogue = Води се диалог със съответната държава
facts-regime = Режимът на санкции срещу кибератаки вече се прилага спрямо съответните лица
facts-partner = Отношения със съответната държава
partner-unknown = не е посочено
partner-partner = партньорски
partner-neutral = неутрални
partner-adversarial = враждебни
facts-apply = Отчети тези факти
options-why = Защо
package-submit = Състави пакет от отбелязаните мерки
packages-title = Пакети
procedure-open = Откриване на процедура
procedure-subject-package = По пакет
procedure-subject-text = Или по текст
procedure-open-submit = Открий процедурата
dossier-responses = Отговори
no-responses = По това досие не е прието решение.
col-measures = Мерки
col-basis-legal = Правно основание
attribution-record-joint = Запиши съвместното приписване, прието от Съвета
attribution-record-national = Запиши националното приписване на { $party }
attribution-procedure = Прието чрез процедура
attribution-public = Публично
attribution-url = Връзка към изявлението
attribution-submit = Запиши приписването
procedure-close = Приключи процедурата
procedure-close-hint = Приключването фиксира резултата в сегашния му вид; позициите вече не могат да се променят.
event-dossier-created = Открито досие
event-dossier-updated = Актуализирани факти
event-dossier-transitioned = Променен статус
event-dossier-marked = Променена маркировка
event-evidence-added = Добавено доказателство
event-evidence-withdrawn = Оттеглено доказателство
event-assessment-submitted = Подадена оценка
event-picture-proposed = Обща картина, предложена като договорена
event-picture-objected = Възражение срещу предложената обща картина
event-package-assembled = Съставен пакет от мерки
event-procedure-opened = Открита процедура
event-procedure-position-recorded = Записана позиция
event-procedure-closed = Приключена процедура
event-attribution-recorded = Записано приписване
event-attribution-withdrawn = Оттеглено приписване

dossier-new = Откриване на досие
dossier-new-submit = Откриване на досието
marking-tlp = Ниво по TLP
marking-releasable-hint = други страни освен вашата, разделени със запетаи (напр. EE, LV, EEAS)
marking-recipients = Посочени получатели (TLP:RED; потребителски имена, разделени със запетаи)
marking-own = Елементът може да носи собствена маркировка, толкова строга, колкото тази на досието, или по-строга.
marking-same = тази на досието
evidence-add = Добавяне на доказателство
evidence-url = Връзка
evidence-text = Текст или извадка
evidence-submit = Добавяне на доказателството
col-reliability = Надеждност на източника
col-credibility = Достоверност на информацията

login-expired = Влизането продължи твърде дълго или формулярът не е от този сайт. Моля, влезте отново.
second-step-title = Втори фактор
second-step-intro = Паролата ви е вярна. Въведете кода, който приложението ви за удостоверяване показва сега.
second-step-code = Шестцифрен код
second-step-failed = Този код е грешен, изтекъл или вече използван. Изчакайте следващия код и опитайте отново.
second-step-recovery = Загубихте удостоверителя си?
second-step-recovery-code = Код за възстановяване
second-step-hint = Всеки код важи само веднъж. Без удостоверител или код за възстановяване помолете служител по сигурността на вашата страна да нулира втория ви фактор.
enrol-title = Настройте втория си фактор
enrol-required = Вашият акаунт управлява акаунти или разрешения за достъп: той се нуждае от втори фактор, преди да можете да направите каквото и да е друго.
enrol-failed = Този код не съответства на тази тайна. Проверете часа на устройството си и въведете кода, който показва сега.
enrol-step-app = Добавете тази тайна в приложение за удостоверяване (базирано на времето, 6 цифри, 30 секунди):
enrol-open-app = Отваряне в приложение за удостоверяване
enrol-step-code = Въведете кода от приложението за потвърждение:
enrol-confirm = Потвърждаване
enrol-done = Вторият ви фактор е настроен. Отсега нататък влизате с парола и код.
enrol-recovery-title = Кодове за възстановяване
enrol-recovery-hint = Пазете тези кодове на сигурно място. Всеки от тях замества веднъж кода при влизане. Показват се само сега.
enrol-continue = Продължаване
enrol-already = Вашият акаунт има втори фактор. Ако загубите удостоверителя си, служител по сигурността на вашата страна го нулира.
login-sso = Вход с { $provider }
sso-refused-title = Няма достъп
sso-refused-unmapped = { $provider } ви удостовери, но нито едно правило на тази инстанция не дава достъп на акаунта ви. Служител по сигурността на вашата страна трябва да добави правило за вход за вас.
sso-refused-ambiguous = { $provider } ви удостовери, но на акаунта ви съответстват правила на повече от една страна и тази инстанция не може да определи от чие име действате. Обърнете се към служителя си по сигурността.
sso-refused-disabled = Вашият акаунт в тази инстанция е деактивиран.
sso-refused-party = Вашият акаунт действа от името на друга страна, а не на тази, която правилата ви дават сега. Обърнете се към служителя си по сигурността.
sso-refused-hint = Този опит е записан в одитната следа.
sso-failed-title = Неуспешен вход
sso-failed = Входът с { $provider } не успя: { $reason }
sso-continue = Продължаване


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Таблици за населението по приложение III
admin-population-intro = Данните за населението, които определят квалифицираното мнозинство (Процедурен правилник на Съвета, приложение III). Гласуването използва таблицата за своята година; ако тя не е заредена — най-близката, като това се посочва.
col-origin = Произход
col-total = Население на Съюза
origin-shipped = доставена с entente
origin-imported = заредена в тази инстанция
population-replaced = заменена от по-късно зареждане
admin-population-label = Таблица за зареждане (JSON: година, източник, общо, данни за 27-те държави членки)
admin-population-submit = Зареждане на таблицата
population-table-in-force = Население: таблицата по приложение III за { $year }, в сила към момента на гласуването.
population-table-older = Население: използвана е таблицата по приложение III за { $year }, а не таблицата в сила към момента на гласуването ({ $current }), която не е заредена. Администратор може да я зареди от страницата за администриране.
population-table-supplied = Население: данни, предоставени с процедурата.
robustness-holds = Резултатът е валиден при всяка промяна на данните за населението с до ±2 %.
robustness-close = Близък резултат: промяна на данните за населението с до ±2 % би могла да промени резултата. Проверете с таблицата в сила.
margin-members-in-favour = Членове „за“: { $actual }; необходими: { $required } (разлика: { $margin })
margin-population-in-favour = Население „за“: { $actual }; необходимо: { $required } (разлика: { $margin }; в процентни пунктове: { $points })
margin-blocking-minority = Членове, които не гласуват „за“: { $actual }; блокиращото малцинство изисква: { $required }
margin-declared-members = Членове, въздържали се с официална декларация: { $actual }; актът се спира при: { $required }
margin-declared-population = Население на членовете, въздържали се с официална декларация: { $actual }; актът се спира при: { $required } (в процентни пунктове: { $points })
