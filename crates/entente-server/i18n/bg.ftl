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

search-title = Търсене на досиета
search-label = Думи от заглавие или резюме, на който и да е език
search-button = Търси

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

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Регистър на санкциите
nav-releases = Публикации
statements-link = Изявления по това досие
statements-title = Изявления
statements-none = Няма изявления, които можете да видите.
statement-draft-heading = Изготвяне на изявление
statement-kind-hr_declaration = Декларация на върховния представител от името на ЕС
statement-kind-council_conclusions = Заключения на Съвета
statement-kind-press_release = Съобщение за медиите
statement-kind-demarche_points = Тезиси за демарш
statement-kind-national_statement = Национално изявление
statement-template = Образец
statement-no-template = Без образец
col-source-language = Изходен език
col-version = Версия
col-verified-by = Проверена от
col-language = Език
col-text = Текст
lang-status-draft = Проект
lang-status-translated = Преведена
lang-status-verified = Проверена
statement-submit-draft = Запазване на проекта
statement-languages = Езикови версии
statement-translate-heading = Добавяне или поправяне на езикова версия
statement-translate-submit = Запазване на езиковата версия
statement-mark-translated = Преводът е завършен
statement-verify = Проверка
statement-diff-heading = Промени между версиите
statement-diff-show = Показване на промените
statement-diff-legend = Заличените думи са зачеркнати, а добавените — подчертани.
statement-embargo-heading = Ембарго
statement-embargo-none = Все още не е определено ембарго.
statement-embargo-set = Определяне на ембаргото
col-capital = Столица
col-local-time = Местно време
statement-adoption-heading = Приемане
statement-no-adoption = Все още няма процедура по това изявление.
statement-adopted-version = Приета версия
statement-release-heading = Публикуване
statement-released = Публикувано
statement-not-released = Непубликувано
statement-release-submit = Публикуване сега на всички проверени езици
statement-echoes-heading = Подкрепа от държавите членки
statement-echoed = Подкрепено
statement-not-echoed = Все още не
statement-export = Експортиране
releases-title = Публикувани изявления
releases-intro = Изявления на Европейския съюз и на неговите държави членки във вида, в който са публикувани, на всички проверени езици.
releases-none = Все още нищо не е публикувано.
releases-feed = Atom емисия
sanctions-title = Регистър на санкциите за кибератаки
sanctions-intro = Лица и образувания, включени в списъка съгласно Решение (ОВППС) 2019/797 и Регламент (ЕС) 2019/796 на Съвета (ограничителни мерки срещу кибератаки).
sanctions-search = Име (на всяка писменост, транслитерация или псевдоним)
sanctions-search-submit = Търсене
sanctions-status-active = В сила
sanctions-status-delisted = Заличено от списъка
sanctions-status-all = Всички
sanctions-none = Няма съвпадения.
sanctions-kind-person = Физическо лице
sanctions-kind-entity = Образувание
col-listed-on = Включено в списъка на
col-aliases = Псевдоними
col-reasons = Основания за включване в списъка
col-legal-acts = Правни актове
col-birth = Дата и място на раждане
col-nationality = Гражданство
col-identifiers = Документи за самоличност
col-address = Адрес
col-matched = Намерено име
sanctions-review-heading = Годишен преглед на списъка
sanctions-review-overdue = Просрочено: прегледът трябваше да се извърши на { $date }, а не е отбелязано подновяване.
sanctions-review-soon = Прегледът трябва да се извърши на { $date }.
sanctions-review-scheduled = Следващ преглед: { $date }.
sanctions-framework-until = Режимът се прилага до { $date }.
sanctions-renewals = Подновявания
sanctions-listings-until = Вписванията са удължени до
sanctions-export = Експортиране на регистъра
sanctions-links = Досиета и процедури
sanctions-amendments = Изменения
sanctions-delisted-on = Заличено от списъка на { $date }
sanctions-unconfirmed = Непотвърдено
procedure-statement = Изявление { $id }
sanctions-count =
    { $count ->
        [one] { $count } вписване в сила
       *[other] { $count } вписвания в сила
    }

statement-revise-heading = Нова версия в езика на оригинала
statement-revise-hint = Преводите остават към предишната версия; новата версия се превежда наново.
statement-revise-note = Бележка за промяната
statement-revise-submit = Запис като нова версия
