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

search-title = Buscar en todo lo que puede ver
search-label = Palabras, nombres, identificadores (T0800) o una «frase», en cualquier lengua
search-button = Buscar
search-results =
    { $count ->
        [one] { $count } resultado
        [many] { $count } de resultados
       *[other] { $count } resultados
    }
search-kind-dossier = Expedientes
search-kind-evidence = Pruebas
search-kind-assessment = Evaluaciones
search-kind-attribution = Atribuciones
search-kind-stix = Objetos STIX
search-sort = Orden
search-sort-relevance = Pertinencia
search-sort-date = Más recientes primero
search-from = Desde (fecha)
search-to = Hasta (fecha)
search-none = Nada de lo que puede ver coincide con estas palabras.
search-dossier = Expediente

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
stage-title = Estado del expediente
stage-picture = Evaluación común
stage-picture-agreed = acordada
stage-picture-proposed = propuesta, abierta a objeciones
stage-picture-assessed =
    { $count ->
        [one] { $count } parte ha presentado su evaluación
        [many] { $count } de partes han presentado su evaluación
       *[other] { $count } partes han presentado su evaluación
    }
stage-options = Opciones de respuesta
stage-options-available =
    { $count ->
        [one] { $count } opción disponible
        [many] { $count } de opciones disponibles
       *[other] { $count } opciones disponibles
    }
stage-options-need-picture = cuando se acuerde la evaluación común
stage-procedure = Decisión
stage-procedure-open = hay un procedimiento abierto
stage-procedure-none =
    { $count ->
        [one] aún no hay procedimiento; { $count } paquete constituido
        [many] aún no hay procedimiento; { $count } de paquetes constituidos
       *[other] aún no hay procedimiento; { $count } paquetes constituidos
    }
stage-procedure-closed = cerrado
stage-response = Respuesta
stage-response-adopted =
    { $count ->
        [one] { $count } decisión adoptada
        [many] { $count } de decisiones adoptadas
       *[other] { $count } decisiones adoptadas
    }
stage-attribution = Atribución
await-title = Pendiente de su actuación
await-assess = Presente la evaluación de { $party }.
await-proposal = Hay una evaluación común propuesta abierta a objeciones hasta el { $deadline }: formule una objeción si su parte no está de acuerdo, o guarde silencio para darle su acuerdo.
await-position = Registre la posición de { $party } en el procedimiento abierto.
await-propose = Proponga la evaluación común actual como evaluación acordada.
await-package = Constituya un paquete a partir de las opciones disponibles.
await-open = Abra un procedimiento sobre el paquete.
await-close = Ha vencido el plazo de un procedimiento: ciérrelo para fijar su resultado.
sections-nav = Secciones del expediente
basis-picture = Un conocimiento común de la situación acordado entre los Estados miembros (Conclusiones del Consejo de 19 de junio de 2017, punto 5); se considera acordado cuando el plazo de objeciones vence sin objeción alguna.
basis-options = Medidas proporcionadas al alcance, la escala, la duración, la intensidad, la complejidad, la sofisticación y el impacto de la actividad (Conclusiones del Consejo de 19 de junio de 2017, punto 5).
basis-procedure = Las decisiones de la PESC se adoptan por unanimidad (artículo 31, apartado 1, del TUE); mediante el procedimiento de acuerdo tácito del Reglamento interno del Consejo (artículo 12, apartado 2) se adopta un texto salvo que un miembro se oponga antes de que venza el plazo.
basis-attribution = La atribución es una decisión política soberana de cada Estado miembro (Conclusiones del Consejo de 19 de junio de 2017, punto 4); la atribución conjunta la adopta el Consejo.
proposals-title = Propuestas de evaluación común acordada
proposal-open = abierta a objeciones
proposal-objected = objetada
proposal-agreed = acordada
col-objections = Objeciones
objection-reason = Motivos de la objeción de { $party }
objection-hint = Basta una objeción para que decaiga la propuesta; el silencio hasta el vencimiento del plazo equivale a acuerdo.
objection-submit = Formular una objeción
propose-open = Proponer la evaluación común actual como acordada
propose-deadline = Plazo (UTC)
col-note = Nota
propose-submit = Proponer
facts-open = Hechos que ponderan las opciones
facts-persons = Se ha identificado a las personas o entidades responsables
facts-attempted = La actividad quedó en tentativa (frustrada o sin efecto)
facts-dialogue = Está en curso un diálogo con el Estado de que se trate
facts-regime = El régimen de sanciones contra los ciberataques ya se aplica a los afectados
facts-partner = Relaciones con el Estado de que se trate
partner-unknown = no indicado
partner-partner = socio
partner-neutral = neutral
partner-adversarial = hostil
facts-apply = Ponderar estos hechos
options-why = Motivos
package-submit = Constituir un paquete con las opciones marcadas
packages-title = Paquetes
procedure-open = Abrir un procedimiento
procedure-subject-package = Sobre un paquete
procedure-subject-text = O sobre un texto
procedure-open-submit = Abrir el procedimiento
dossier-responses = Respuestas
no-responses = No se ha adoptado ninguna decisión en este expediente.
col-measures = Medidas
col-basis-legal = Base jurídica
attribution-record-joint = Registrar la atribución conjunta adoptada por el Consejo
attribution-record-national = Registrar la atribución nacional de { $party }
attribution-procedure = Adoptada mediante el procedimiento
attribution-public = Pública
attribution-url = Enlace a la declaración
attribution-submit = Registrar la atribución
procedure-close = Cerrar el procedimiento
procedure-close-hint = El cierre fija el resultado en su estado actual; las posiciones ya no podrán modificarse.
event-dossier-created = Expediente abierto
event-dossier-updated = Hechos actualizados
event-dossier-transitioned = Estado modificado
event-dossier-marked = Marcado modificado
event-evidence-added = Prueba añadida
event-evidence-withdrawn = Prueba retirada
event-assessment-submitted = Evaluación presentada
event-picture-proposed = Evaluación común propuesta como acordada
event-picture-objected = Objeción a la evaluación común propuesta
event-package-assembled = Paquete de medidas constituido
event-procedure-opened = Procedimiento abierto
event-procedure-position-recorded = Posición registrada
event-procedure-closed = Procedimiento cerrado
event-attribution-recorded = Atribución registrada
event-attribution-withdrawn = Atribución retirada

dossier-new = Abrir un expediente
dossier-new-submit = Abrir el expediente
marking-tlp = Nivel TLP
marking-releasable-hint = otras partes distintas de la suya, separadas por comas (p. ej., EE, LV, EEAS)
marking-recipients = Destinatarios designados (TLP:RED; nombres de usuario separados por comas)
marking-own = Un elemento puede llevar su propio marcado, tan estricto como el del expediente o más.
marking-same = la del expediente
evidence-add = Añadir un elemento de prueba
evidence-url = Enlace
evidence-text = Texto o extracto
evidence-submit = Añadir el elemento de prueba
col-reliability = Fiabilidad de la fuente
col-credibility = Credibilidad de la información

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = El inicio de sesión tardó demasiado o el formulario no procedía de este sitio. Vuelva a iniciar sesión.
second-step-title = Segundo factor
second-step-intro = Su contraseña es correcta. Escriba el código que muestra ahora su aplicación de autenticación.
second-step-code = Código de seis cifras
second-step-failed = Ese código es incorrecto, ha caducado o ya se ha utilizado. Espere al siguiente código e inténtelo de nuevo.
second-step-recovery = ¿Ha perdido su autenticador?
second-step-recovery-code = Código de recuperación
second-step-hint = Cada código sirve una sola vez. Sin su autenticador ni un código de recuperación, pida a un responsable de seguridad de su parte que restablezca su segundo factor.
enrol-title = Configure su segundo factor
enrol-required = Su cuenta administra cuentas o habilitaciones: necesita un segundo factor antes de poder hacer nada más.
enrol-failed = Ese código no corresponde a este secreto. Compruebe la hora de su dispositivo y escriba el código que muestra ahora.
enrol-step-app = Añada este secreto a una aplicación de autenticación (basada en el tiempo, 6 cifras, 30 segundos):
enrol-open-app = Abrir en una aplicación de autenticación
enrol-step-code = Escriba el código que muestra la aplicación para confirmar:
enrol-confirm = Confirmar
enrol-done = Su segundo factor está configurado. A partir de ahora inicia sesión con su contraseña y un código.
enrol-recovery-title = Códigos de recuperación
enrol-recovery-hint = Guarde estos códigos en un lugar seguro. Cada uno le permite iniciar sesión una vez en lugar de un código. Solo se muestran ahora.
enrol-continue = Continuar
enrol-already = Su cuenta tiene un segundo factor. Si pierde su autenticador, un responsable de seguridad de su parte lo restablece.
login-sso = Iniciar sesión con { $provider }
sso-refused-title = Sin acceso
sso-refused-unmapped = { $provider } le ha identificado, pero ninguna regla de esta instancia da acceso a su cuenta. Un responsable de seguridad de su parte debe añadir una regla de inicio de sesión para usted.
sso-refused-ambiguous = { $provider } le ha identificado, pero a su cuenta le corresponden reglas de más de una parte, de modo que esta instancia no puede saber en nombre de quién actúa. Consulte a su responsable de seguridad.
sso-refused-disabled = Su cuenta en esta instancia está desactivada.
sso-refused-party = Su cuenta actúa en nombre de una parte distinta de la que le asignan ahora las reglas. Consulte a su responsable de seguridad.
sso-refused-hint = Este intento ha quedado registrado en la pista de auditoría.
sso-failed-title = Error al iniciar sesión
sso-failed = El inicio de sesión con { $provider } no ha funcionado: { $reason }
sso-continue = Continuar


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Tablas de población del anexo III
admin-population-intro = Las cifras de población que deciden las mayorías cualificadas (Reglamento interno del Consejo, anexo III). Una votación utiliza la tabla de su año; si esa tabla no está cargada, la más próxima, y lo indica.
col-origin = Origen
col-total = Población de la Unión
origin-shipped = incluida en entente
origin-imported = cargada en esta instancia
population-replaced = sustituida por una carga posterior
admin-population-label = Tabla que cargar (JSON: año, fuente, total, cifras de los 27 Estados miembros)
admin-population-submit = Cargar la tabla
population-table-in-force = Población: la tabla del anexo III de { $year }, vigente en el momento de la votación.
population-table-older = Población: se ha utilizado la tabla del anexo III de { $year }, no la vigente en el momento de la votación ({ $current }), que no está cargada. Un administrador puede cargarla en la página de administración.
population-table-supplied = Población: cifras facilitadas con el procedimiento.
robustness-holds = El resultado se mantiene con cualquier revisión de las cifras de población de hasta ±2 %.
robustness-close = Resultado ajustado: una revisión de las cifras de población de hasta ±2 % podría cambiarlo. Compruébelo con la tabla vigente.
margin-members-in-favour = Miembros a favor: { $actual }; necesarios: { $required } (margen: { $margin })
margin-population-in-favour = Población a favor: { $actual }; necesaria: { $required } (margen: { $margin }; en puntos porcentuales: { $points })
margin-blocking-minority = Miembros que no votan a favor: { $actual }; una minoría de bloqueo necesita: { $required }
margin-declared-members = Miembros que se abstienen con declaración formal: { $actual }; el acto queda detenido a partir de: { $required }
margin-declared-population = Población de los miembros que se abstienen con declaración formal: { $actual }; el acto queda detenido a partir de: { $required } (en puntos porcentuales: { $points })
