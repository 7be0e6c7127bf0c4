# Mensajes de la interfaz de entente: español.
# Las etiquetas TLP (TLP:AMBER ...) no se traducen nunca (FIRST TLP 2.0, sección 1b).

skip-to-content = Ir al contenido
banner-highest = Marcado más alto de esta página:
nav-main = Navegación principal
nav-language = Lengua
nav-dashboard = Panel
nav-dossiers = Expedientes
nav-search = Búsqueda
nav-audit = Registro de auditoría
nav-admin = Administración
sign-in = Iniciar sesión
sign-out = Cerrar sesión
anonymous = Sesión no iniciada (vista pública: solo TLP:CLEAR)
footer-note = entente, el conjunto de instrumentos de ciberdiplomacia de la UE. Los marcados siguen FIRST TLP 2.0 y la Decisión 2013/488/UE del Consejo.
back-to-dashboard = Volver al panel

login-user = Nombre de usuario
login-password = Contraseña
login-failed = El nombre de usuario o la contraseña no son correctos.
login-anonymous-hint = Sin iniciar sesión solo se muestra la información pública (TLP:CLEAR).

error-not-found = No encontrado
error-forbidden = No autorizado
error-invalid = No se ha podido interpretar la solicitud
error-server = Se ha producido un error

status-detected = Detectado
status-assessing = En evaluación
status-deliberating = En deliberación
status-responded = Respuesta adoptada
status-closed = Cerrado

dashboard-title = Vista general
dashboard-by-status = Expedientes por situación
dashboard-recent-dossiers = Últimos expedientes
dashboard-charts = Los expedientes en cifras
dashboard-recent-events = Actividad reciente
all-dossiers = Todos los expedientes
no-dossiers = No hay expedientes que mostrar.
no-events = No hay actividad que mostrar.

dossier-count =
    { $count ->
        [one] { $count } expediente
        [many] { $count } de expedientes
       *[other] { $count } expedientes
    }
party-count =
    { $count ->
        [one] { $count } parte
        [many] { $count } de partes
       *[other] { $count } partes
    }
audit-intro =
    { $count ->
        [one] El registro contiene { $count } evento. Se muestran los eventos que sus marcados permiten ver.
        [many] El registro contiene { $count } de eventos. Se muestran los eventos que sus marcados permiten ver.
       *[other] El registro contiene { $count } eventos. Se muestran los eventos que sus marcados permiten ver.
    }

chart-by-year = Expedientes por año de primera detección
chart-by-sector = Expedientes por sector afectado
chart-by-victim = Expedientes por país afectado
chart-as-table = Mostrar las cifras en una tabla
chart-empty = Aún no hay datos.

col-title = Título
col-status = Situación
col-first-seen = Primera detección
col-victims = Afectados
col-marking = Marcado
col-time = Hora
col-event = Evento
col-actor = Autor
col-year = Año
col-dossiers = Expedientes
col-sector = Sector
col-country = País
col-id = Código
col-name = Nombre
col-kind = Tipo

dossiers-title = Expedientes
filter-text = El título contiene
filter-any = Cualquiera
filter-victim = País afectado (código)
filter-apply = Aplicar filtros
pagination = Páginas
page-prev = Página anterior
page-next = Página siguiente
page-of = Página { $page } de { $pages }

search-title = Buscar expedientes
search-label = Palabras del título o del resumen, en cualquier lengua
search-button = Buscar

dossier-origin = Originador
marking-releasable = Difusión autorizada a
dossier-summary = Resumen
no-summary = Aún no hay resumen.
shown-in = Mostrado en:
dossier-versions = Versiones lingüísticas
dossier-last-seen = Última detección
dossier-timeline = Cronología
dossier-sources = Fuentes

admin-title = Administración
admin-parties = Partes
party-kind-member-state = Estado miembro
party-kind-eu-body = Institución u órgano de la UE
party-kind-partner-state = País socio
party-kind-international-organisation = Organización internacional

audit-title = Registro de auditoría

dossier-evidence = Pruebas
no-evidence = No hay pruebas que pueda consultar.
evidence-withdrawn = retirado
col-source = Fuente
col-grading = Valoración (escala del Almirantazgo)
col-party = Parte
dossier-assessments = Evaluaciones por parte
no-assessments = Aún no hay evaluaciones que pueda consultar.
heat-legend = Niveles de 0 (el más bajo) a 4 (el más alto) en cada dimensión de las Conclusiones del Consejo de 2017; «–» significa sin evaluar. Cada celda indica su nivel; el color solo lo repite.
col-confidence = Grado de confianza
dossier-picture = Evaluación común
picture-severity = Gravedad
picture-aggregate = puntuación global
picture-parties =
    { $count ->
        [one] { $count } parte computada
        [many] { $count } de partes computadas
       *[other] { $count } partes computadas
    }
picture-agreed =
    { $count ->
        [one] { $count } versión acordada
        [many] { $count } de versiones acordadas
       *[other] { $count } versiones acordadas
    }
picture-open-proposals =
    { $count ->
        [one] { $count } propuesta pendiente
        [many] { $count } de propuestas pendientes
       *[other] { $count } propuestas pendientes
    }
col-dimension = Dimensión
col-median = Mediana
col-range = Intervalo
col-scored-by = Evaluada por
col-dissent = Discrepancias (distancia respecto de la mediana)
severity-low = Baja
severity-moderate = Moderada
severity-serious = Grave
severity-severe = Muy grave
severity-critical = Crítica
severity-unknown = Aún no se conoce
dim-scope = Alcance
dim-scale = Escala
dim-duration = Duración
dim-intensity = Intensidad
dim-complexity = Complejidad
dim-sophistication = Sofisticación
dim-impact = Impacto
dossier-procedures = Procedimientos
no-procedures = No hay procedimientos que pueda consultar.
col-subject = Asunto
col-rule = Regla de decisión
col-deadline = Plazo
col-state = Estado
col-tally = Recuento
tally-for = A favor
tally-against = En contra
tally-abstain = Abstenciones
procedure-package = Paquete { $id }
procedure-state-open = Abierto
procedure-state-expired = Plazo vencido
procedure-state-closed = Cerrado
outcome-adopted = Adoptado
outcome-not-adopted = No adoptado
outcome-pending = Pendiente
outcome-undetermined = Indeterminado
outcome-provisional = Si las posiciones no cambian
position-for = A favor
position-against = En contra
position-abstain = Abstención
position-declared-abstain = Abstención constructiva (declaración)
position-not-participating = No participa
positions-recorded =
    { $count ->
        [one] { $count } posición registrada
        [many] { $count } de posiciones registradas
       *[other] { $count } posiciones registradas
    }
procedure-title = Procedimiento
back-to-dossier = Volver al expediente
time-left = tiempo restante:
position-record = Registrar su posición
position-label = Posición
declaration-label = Declaración (opcional)
position-submit = Registrar la posición
procedure-positions = Posiciones
no-positions = Aún no se ha registrado ninguna posición.
col-position = Posición
col-declaration = Declaración
admin-users = Cuentas
admin-users-hint = Las cuentas solo se muestran a los administradores.
user-count =
    { $count ->
        [one] { $count } cuenta
        [many] { $count } de cuentas
       *[other] { $count } cuentas
    }
col-roles = Funciones
col-clearance = Habilitación de seguridad
user-disabled = Desactivada
user-active = Activa
assess-open = Presentar la evaluación de su parte
assess-summary = Resumen (opcional)
assess-submit = Presentar la evaluación
col-level = Nivel
col-rationale = Justificación
confidence-low = Bajo
confidence-moderate = Moderado
confidence-high = Alto
dossier-attributions = Atribuciones
attribution-state = Estado de la atribución
attribution-state-none = Ninguna registrada
attribution-state-national = Atribuciones nacionales
attribution-state-joint = Atribución conjunta de la UE
attribution-joint = conjunta
col-actor-attributed = Atribuido a
col-likelihood = Probabilidad (ICD 203)
col-basis = Fundamento
col-date = Fecha
dashboard-open-procedures = Procedimientos abiertos
no-open-procedures = No hay procedimientos abiertos que pueda consultar.
col-your-position = Posición de su parte
position-needed = Pendiente
chart-by-actor = Expedientes por actor al que se atribuyen
dossier-options = Opciones de respuesta
options-basis = Clasificadas por el motor de proporcionalidad a partir de la última evaluación común acordada y de las atribuciones registradas, sin añadir otros hechos.
options-available = Disponibles, de menor a mayor escalada
options-not-available = No disponibles por ahora, y motivos
options-escalation = escalada
options-need-agreed = Las opciones se clasifican en cuanto las partes hayan acordado una evaluación común.

rule-unanimity = Unanimidad
rule-qmv = Mayoría cualificada
rule-rqmv = Mayoría cualificada reforzada
rule-simple = Mayoría simple
rule-silence = Procedimiento de acuerdo tácito
rule-none = No requiere decisión del Consejo

option-category-preventive = Medidas preventivas
option-category-cooperative = Medidas de cooperación
option-category-stability = Medidas de estabilidad
option-category-restrictive = Medidas restrictivas
option-category-support = Apoyo a las respuestas legítimas de los Estados miembros

measure-confidence-building = Medidas de fomento de la confianza
measure-awareness-raising = Sensibilización sobre las políticas de la UE
measure-capacity-building = Desarrollo de capacidades cibernéticas en terceros países
measure-eu-dialogue = Diálogos políticos y temáticos dirigidos por la UE
measure-delegation-demarche = Gestiones de las Delegaciones de la UE
measure-hr-statement = Declaración del Alto Representante
measure-eu-declaration = Declaración del Alto Representante en nombre de la UE
measure-council-conclusions = Conclusiones del Consejo
measure-diplomatic-demarche = Gestión diplomática ante el Estado de que se trate
measure-restrictive-listing = Medidas restrictivas: inclusión en la lista con arreglo a la Decisión (PESC) 2019/797 y al Reglamento (UE) 2019/796
measure-support-lawful-response = Apoyo a la respuesta legítima de un Estado miembro
measure-mutual-assistance-42-7 = Asistencia mutua con arreglo al artículo 42, apartado 7, del TUE
measure-solidarity-clause-222 = Cláusula de solidaridad con arreglo al artículo 222 del TFUE

likelihood-almost-no-chance = casi ninguna posibilidad
likelihood-very-unlikely = muy improbable
likelihood-unlikely = improbable
likelihood-roughly-even-chance = posibilidades aproximadamente iguales
likelihood-likely = probable
likelihood-very-likely = muy probable
likelihood-almost-certain = casi seguro

basis-technical = técnico
basis-intelligence = inteligencia
basis-political = político

reliability-a = totalmente fiable
reliability-b = normalmente fiable
reliability-c = bastante fiable
reliability-d = normalmente no fiable
reliability-e = no fiable
reliability-f = no puede valorarse la fiabilidad
credibility-1 = confirmada por otras fuentes
credibility-2 = probablemente cierta
credibility-3 = posiblemente cierta
credibility-4 = dudosa
credibility-5 = improbable
credibility-6 = no puede valorarse la veracidad

evidence-kind-document = Documento
evidence-kind-link = Enlace
evidence-kind-stix = Objeto STIX

role-delegate = Delegado
role-analyst = Analista
role-drafter = Redactor
role-chair = Presidencia
role-observer = Observador
role-admin = Administrador
role-security_officer = Responsable de seguridad
role-operator = Operador de la instancia

sector-energy = Energía
sector-transport = Transporte
sector-banking = Banca
sector-financial = Infraestructuras de los mercados financieros
sector-health = Sanidad
sector-drinking-water = Agua potable
sector-waste-water = Aguas residuales
sector-digital-infrastructure = Infraestructura digital
sector-ict-services = Gestión de servicios de TIC (de empresa a empresa)
sector-public-administration = Administración pública
sector-space = Espacio
sector-courier = Servicios postales y de mensajería
sector-waste-management = Gestión de residuos
sector-chemical = Fabricación, producción y distribución de sustancias y mezclas químicas
sector-food = Producción, transformación y distribución de alimentos
sector-manufacturing = Fabricación
sector-digital-providers = Proveedores de servicios digitales
sector-research = Investigación
sector-parliament = Parlamentos y órganos legislativos
sector-political-parties = Partidos políticos y campañas electorales
sector-international-organisation = Organizaciones internacionales
sector-defence = Defensa y fuerzas armadas
sector-media-civil-society = Medios de comunicación, sociedad civil y mundo académico

login-account-needed = Esta instancia no muestra nada sin una cuenta. El responsable de seguridad de su parte puede facilitarle una.
password-change = Elija una nueva contraseña
password-change-reset = Un responsable de seguridad de su parte ha restablecido su contraseña. Elija una nueva antes de continuar; la que se le dio deja de funcionar.
password-current = Contraseña actual
password-new = Nueva contraseña (al menos 12 caracteres, distinta del nombre de usuario)
password-change-submit = Cambiar la contraseña

activity-intro = Los acontecimientos que sus marcados le permiten ver, del más antiguo al más reciente.
audit-trail-intro = El registro de auditoría: inicios de sesión, cambios de cuentas, escrituras, lecturas auditadas y exportaciones, del más reciente al más antiguo, en la medida en que lo permitan su función y sus marcados.
filter-user = Usuario
filter-party = Parte
filter-object = Objeto (un expediente o el identificador de un elemento)
filter-since = Desde (fecha)
filter-type = Tipo de acontecimiento

# Statements and the cyber sanctions register (issue 14)
nav-sanctions = Registro de sanciones
nav-releases = Publicaciones
statements-link = Declaraciones sobre este expediente
statements-title = Declaraciones
statements-none = No hay declaraciones que pueda consultar.
statement-draft-heading = Redactar una declaración
statement-kind-hr_declaration = Declaración del alto representante en nombre de la UE
statement-kind-council_conclusions = Conclusiones del Consejo
statement-kind-press_release = Comunicado de prensa
statement-kind-demarche_points = Argumentario para una gestión diplomática
statement-kind-national_statement = Declaración nacional
statement-template = Plantilla
statement-no-template = Sin plantilla
col-source-language = Lengua de origen
col-version = Versión
col-verified-by = Verificada por
col-language = Lengua
col-text = Texto
lang-status-draft = Borrador
lang-status-translated = Traducida
lang-status-verified = Verificada
statement-submit-draft = Guardar el borrador
statement-languages = Versiones lingüísticas
statement-translate-heading = Añadir o corregir una versión lingüística
statement-translate-submit = Guardar la versión lingüística
statement-mark-translated = La traducción está terminada
statement-verify = Verificar
statement-diff-heading = Cambios entre versiones
statement-diff-show = Mostrar los cambios
statement-diff-legend = Las palabras suprimidas aparecen tachadas; las añadidas, subrayadas.
statement-embargo-heading = Embargo
statement-embargo-none = Aún no se ha fijado el embargo.
statement-embargo-set = Fijar el embargo
col-capital = Capital
col-local-time = Hora local
statement-adoption-heading = Adopción
statement-no-adoption = Aún no hay procedimiento sobre esta declaración.
statement-adopted-version = Versión adoptada
statement-release-heading = Publicación
statement-released = Publicada
statement-not-released = No publicada
statement-release-submit = Publicar ahora en todas las lenguas verificadas
statement-echoes-heading = Eco de los Estados miembros
statement-echoed = Difundida
statement-not-echoed = Todavía no
statement-export = Exportar
releases-title = Declaraciones publicadas
releases-intro = Declaraciones de la Unión Europea y de sus Estados miembros tal como se publicaron, en todas las lenguas verificadas.
releases-none = Aún no se ha publicado nada.
releases-feed = Canal Atom
sanctions-title = Registro de sanciones por ciberataques
sanctions-intro = Personas y entidades incluidas en la lista en virtud de la Decisión (PESC) 2019/797 y del Reglamento (UE) 2019/796 del Consejo (medidas restrictivas contra los ciberataques).
sanctions-search = Nombre (en cualquier alfabeto, transliteración o alias)
sanctions-search-submit = Buscar
sanctions-status-active = En vigor
sanctions-status-delisted = Retirada de la lista
sanctions-status-all = Todas
sanctions-none = Ninguna entrada coincide.
sanctions-kind-person = Persona física
sanctions-kind-entity = Entidad
col-listed-on = Incluida el
col-aliases = Alias
col-reasons = Motivos de la inclusión
col-legal-acts = Actos jurídicos
col-birth = Fecha y lugar de nacimiento
col-nationality = Nacionalidad
col-identifiers = Documentos de identidad
col-address = Dirección
col-matched = Nombre encontrado
sanctions-review-heading = Revisión anual de las inclusiones
sanctions-review-overdue = Con retraso: la revisión debía realizarse el { $date } y no consta ninguna prórroga.
sanctions-review-soon = La revisión debe realizarse el { $date }.
sanctions-review-scheduled = Próxima revisión: { $date }.
sanctions-framework-until = El régimen se aplica hasta el { $date }.
sanctions-renewals = Prórrogas
sanctions-listings-until = Inclusiones prorrogadas hasta
sanctions-export = Exportar el registro
sanctions-links = Expedientes y procedimientos
sanctions-amendments = Modificaciones
sanctions-delisted-on = Retirada de la lista el { $date }
sanctions-unconfirmed = No confirmado
procedure-statement = Declaración { $id }
sanctions-count =
    { $count ->
        [one] { $count } inscripción en vigor
        [many] { $count } de inscripciones en vigor
       *[other] { $count } inscripciones en vigor
    }

statement-revise-heading = Nueva versión en la lengua de origen
statement-revise-hint = Las versiones lingüísticas se quedan con la versión anterior; la nueva versión se traduce de nuevo.
statement-revise-note = Nota sobre el cambio
statement-revise-submit = Guardar como nueva versión
