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
