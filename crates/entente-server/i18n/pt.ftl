# Mensagens da interface do entente: português (norma europeia).
# As etiquetas TLP (TLP:AMBER ...) nunca são traduzidas (FIRST TLP 2.0, secção 1b).

skip-to-content = Ir para o conteúdo
banner-highest = Marcação mais elevada nesta página:
nav-main = Navegação principal
nav-language = Língua
nav-dashboard = Painel
nav-dossiers = Processos
nav-search = Pesquisa
nav-audit = Registo de auditoria
nav-admin = Administração
sign-in = Iniciar sessão
sign-out = Terminar sessão
anonymous = Sessão não iniciada (vista pública: apenas TLP:CLEAR)
footer-note = entente, o conjunto de instrumentos de ciberdiplomacia da UE. As marcações seguem o FIRST TLP 2.0 e a Decisão 2013/488/UE do Conselho.
back-to-dashboard = Voltar ao painel

login-user = Nome de utilizador
login-password = Palavra-passe
login-failed = O nome de utilizador ou a palavra-passe não estão corretos.
login-anonymous-hint = Sem iniciar sessão, apenas vê informações públicas (TLP:CLEAR).

error-not-found = Não encontrado
error-forbidden = Não autorizado
error-invalid = Não foi possível compreender o pedido
error-server = Ocorreu um erro

status-detected = Detetado
status-assessing = Em avaliação
status-deliberating = Em deliberação
status-responded = Resposta adotada
status-closed = Encerrado

dashboard-title = Visão geral
dashboard-by-status = Processos por situação
dashboard-recent-dossiers = Processos mais recentes
dashboard-charts = Os processos em números
dashboard-recent-events = Atividade recente
all-dossiers = Todos os processos
no-dossiers = Não há processos a apresentar.
no-events = Não há atividade a apresentar.

dossier-count =
    { $count ->
        [one] { $count } processo
        [many] { $count } de processos
       *[other] { $count } processos
    }
party-count =
    { $count ->
        [one] { $count } parte
        [many] { $count } de partes
       *[other] { $count } partes
    }
audit-intro =
    { $count ->
        [one] O registo contém { $count } evento. Vê os eventos que as suas marcações permitem.
        [many] O registo contém { $count } de eventos. Vê os eventos que as suas marcações permitem.
       *[other] O registo contém { $count } eventos. Vê os eventos que as suas marcações permitem.
    }

chart-by-year = Processos por ano da primeira deteção
chart-by-sector = Processos por setor afetado
chart-by-victim = Processos por país afetado
chart-as-table = Mostrar os números num quadro
chart-empty = Ainda não há dados.

col-title = Título
col-status = Situação
col-first-seen = Primeira deteção
col-victims = Afetados
col-marking = Marcação
col-time = Hora
col-event = Evento
col-actor = Autor
col-year = Ano
col-dossiers = Processos
col-sector = Setor
col-country = País
col-id = Código
col-name = Nome
col-kind = Tipo

dossiers-title = Processos
filter-text = O título contém
filter-any = Qualquer
filter-victim = País afetado (código)
filter-apply = Aplicar filtros
pagination = Páginas
page-prev = Página anterior
page-next = Página seguinte
page-of = Página { $page } de { $pages }

search-title = Pesquisar em tudo o que pode ver
search-label = Palavras, nomes, identificadores (T0800) ou uma «frase», em qualquer língua
search-button = Pesquisar
search-results =
    { $count ->
        [one] { $count } resultado
        [many] { $count } de resultados
       *[other] { $count } resultados
    }
search-kind-dossier = Processos
search-kind-evidence = Elementos de prova
search-kind-assessment = Avaliações
search-kind-attribution = Atribuições
search-kind-stix = Objetos STIX
search-sort = Ordenação
search-sort-relevance = Relevância
search-sort-date = Mais recentes primeiro
search-from = De (data)
search-to = Até (data)
search-none = Nada do que pode ver corresponde a estas palavras.
search-dossier = Processo

dossier-origin = Autor da informação
marking-releasable = Pode ser divulgado a
dossier-summary = Resumo
no-summary = Ainda não há resumo.
shown-in = Apresentado em:
dossier-versions = Versões linguísticas
dossier-last-seen = Última deteção
dossier-timeline = Cronologia
dossier-sources = Fontes

admin-title = Administração
admin-parties = Partes
party-kind-member-state = Estado-Membro
party-kind-eu-body = Instituição ou órgão da UE
party-kind-partner-state = País parceiro
party-kind-international-organisation = Organização internacional

audit-title = Registo de auditoria

dossier-evidence = Elementos de prova
no-evidence = Não há elementos de prova que possa consultar.
evidence-withdrawn = retirado
col-source = Fonte
col-grading = Classificação (escala do Almirantado)
col-party = Parte
dossier-assessments = Avaliações por parte
no-assessments = Ainda não há avaliações que possa consultar.
heat-legend = Níveis de 0 (o mais baixo) a 4 (o mais elevado) em cada dimensão das conclusões do Conselho de 2017; – significa não avaliado. Cada célula indica o seu nível; a cor apenas o repete.
col-confidence = Grau de confiança
dossier-picture = Panorama comum
picture-severity = Gravidade
picture-aggregate = pontuação global
picture-parties =
    { $count ->
        [one] { $count } parte considerada
        [many] { $count } de partes consideradas
       *[other] { $count } partes consideradas
    }
picture-agreed =
    { $count ->
        [one] { $count } versão acordada
        [many] { $count } de versões acordadas
       *[other] { $count } versões acordadas
    }
picture-open-proposals =
    { $count ->
        [one] { $count } proposta pendente
        [many] { $count } de propostas pendentes
       *[other] { $count } propostas pendentes
    }
col-dimension = Dimensão
col-median = Mediana
col-range = Intervalo
col-scored-by = Avaliado por
col-dissent = Divergências (distância em relação à mediana)
severity-low = Baixa
severity-moderate = Moderada
severity-serious = Grave
severity-severe = Muito grave
severity-critical = Crítica
severity-unknown = Ainda desconhecida
dim-scope = Alcance
dim-scale = Escala
dim-duration = Duração
dim-intensity = Intensidade
dim-complexity = Complexidade
dim-sophistication = Sofisticação
dim-impact = Impacto
dossier-procedures = Procedimentos
no-procedures = Não há procedimentos que possa consultar.
col-subject = Assunto
col-rule = Regra de decisão
col-deadline = Prazo
col-state = Estado
col-tally = Contagem
tally-for = A favor
tally-against = Contra
tally-abstain = Abstenções
procedure-package = Pacote { $id }
procedure-state-open = Aberto
procedure-state-expired = Prazo expirado
procedure-state-closed = Encerrado
outcome-adopted = Adotado
outcome-not-adopted = Não adotado
outcome-pending = Pendente
outcome-undetermined = Indeterminado
outcome-provisional = Se as posições se mantiverem
position-for = A favor
position-against = Contra
position-abstain = Abstenção
position-declared-abstain = Abstenção construtiva (declaração)
position-not-participating = Não participa
positions-recorded =
    { $count ->
        [one] { $count } posição registada
        [many] { $count } de posições registadas
       *[other] { $count } posições registadas
    }
procedure-title = Procedimento
back-to-dossier = Voltar ao processo
time-left = tempo restante:
position-record = Registar a sua posição
position-label = Posição
declaration-label = Declaração (facultativa)
position-submit = Registar a posição
procedure-positions = Posições
no-positions = Ainda não foi registada nenhuma posição.
col-position = Posição
col-declaration = Declaração
admin-users = Contas
admin-users-hint = As contas só são apresentadas aos administradores.
user-count =
    { $count ->
        [one] { $count } conta
        [many] { $count } de contas
       *[other] { $count } contas
    }
col-roles = Funções
col-clearance = Credenciação de segurança
user-disabled = Desativada
user-active = Ativa
assess-open = Apresentar a avaliação da sua parte
assess-summary = Resumo (facultativo)
assess-submit = Apresentar a avaliação
col-level = Nível
col-rationale = Fundamentação
confidence-low = Baixo
confidence-moderate = Moderado
confidence-high = Elevado
dossier-attributions = Atribuições
attribution-state = Situação da atribuição
attribution-state-none = Nenhuma registada
attribution-state-national = Atribuições nacionais
attribution-state-joint = Atribuição conjunta da UE
attribution-joint = conjunta
col-actor-attributed = Atribuído a
col-likelihood = Probabilidade (ICD 203)
col-basis = Fundamento
col-date = Data
dashboard-open-procedures = Procedimentos em curso
no-open-procedures = Não há procedimentos em curso que possa consultar.
col-your-position = Posição da sua parte
position-needed = Necessária
chart-by-actor = Processos por ator a que são atribuídos
dossier-options = Opções de resposta
options-basis = Ordenadas pelo motor de proporcionalidade com base no último panorama acordado e nas atribuições registadas, sem outros factos alegados.
options-available = Disponíveis, da menos escalatória para a mais escalatória
options-not-available = Indisponíveis de momento, e porquê
options-escalation = escalada
options-need-agreed = As opções são ordenadas logo que as partes tenham acordado um panorama comum.

rule-unanimity = Unanimidade
rule-qmv = Maioria qualificada
rule-rqmv = Maioria qualificada reforçada
rule-simple = Maioria simples
rule-silence = Procedimento de acordo tácito
rule-none = Não é necessária decisão do Conselho

option-category-preventive = Medidas preventivas
option-category-cooperative = Medidas de cooperação
option-category-stability = Medidas de estabilidade
option-category-restrictive = Medidas restritivas
option-category-support = Apoio às respostas legítimas dos Estados-Membros

measure-confidence-building = Medidas de reforço da confiança
measure-awareness-raising = Sensibilização para as políticas da UE
measure-capacity-building = Reforço das cibercapacidades em países terceiros
measure-eu-dialogue = Diálogos políticos e temáticos conduzidos pela UE
measure-delegation-demarche = Diligências das delegações da UE
measure-hr-statement = Declaração do Alto Representante
measure-eu-declaration = Declaração do Alto Representante em nome da UE
measure-council-conclusions = Conclusões do Conselho
measure-diplomatic-demarche = Diligência diplomática junto do Estado em causa
measure-restrictive-listing = Medidas restritivas: inclusão na lista ao abrigo da Decisão (PESC) 2019/797 e do Regulamento (UE) 2019/796
measure-support-lawful-response = Apoio à resposta legítima de um Estado-Membro
measure-mutual-assistance-42-7 = Assistência mútua ao abrigo do artigo 42.º, n.º 7, do TUE
measure-solidarity-clause-222 = Cláusula de solidariedade ao abrigo do artigo 222.º do TFUE

likelihood-almost-no-chance = praticamente excluído
likelihood-very-unlikely = muito improvável
likelihood-unlikely = improvável
likelihood-roughly-even-chance = probabilidades aproximadamente iguais
likelihood-likely = provável
likelihood-very-likely = muito provável
likelihood-almost-certain = praticamente certo

basis-technical = técnico
basis-intelligence = informações
basis-political = político

reliability-a = completamente fiável
reliability-b = normalmente fiável
reliability-c = razoavelmente fiável
reliability-d = normalmente não fiável
reliability-e = não fiável
reliability-f = a fiabilidade não pode ser avaliada
credibility-1 = confirmada por outras fontes
credibility-2 = provavelmente verdadeira
credibility-3 = possivelmente verdadeira
credibility-4 = duvidosa
credibility-5 = improvável
credibility-6 = a veracidade não pode ser avaliada

evidence-kind-document = Documento
evidence-kind-link = Ligação
evidence-kind-stix = Objeto STIX

role-delegate = Delegado
role-analyst = Analista
role-drafter = Redator
role-chair = Presidência
role-observer = Observador
role-admin = Administrador
role-security_officer = Responsável pela segurança
role-operator = Operador da instância

sector-energy = Energia
sector-transport = Transportes
sector-banking = Setor bancário
sector-financial = Infraestruturas do mercado financeiro
sector-health = Saúde
sector-drinking-water = Água potável
sector-waste-water = Águas residuais
sector-digital-infrastructure = Infraestruturas digitais
sector-ict-services = Gestão de serviços de TIC (entre empresas)
sector-public-administration = Administração pública
sector-space = Espaço
sector-courier = Serviços postais e de estafeta
sector-waste-management = Gestão de resíduos
sector-chemical = Fabrico, produção e distribuição de produtos químicos
sector-food = Produção, transformação e distribuição de alimentos
sector-manufacturing = Indústria transformadora
sector-digital-providers = Prestadores de serviços digitais
sector-research = Investigação
sector-parliament = Parlamentos e órgãos legislativos
sector-political-parties = Partidos políticos e campanhas eleitorais
sector-international-organisation = Organizações internacionais
sector-defence = Defesa e forças armadas
sector-media-civil-society = Comunicação social, sociedade civil e meio académico

login-account-needed = Esta instância não mostra nada sem uma conta. O responsável pela segurança da sua parte pode atribuir-lhe uma.
password-change = Escolha uma nova palavra-passe
password-change-reset = Um responsável pela segurança da sua parte reiniciou a sua palavra-passe. Escolha uma nova antes de continuar; a que lhe foi dada deixa de funcionar.
password-current = Palavra-passe atual
password-new = Nova palavra-passe (pelo menos 12 carateres, não o nome de utilizador)
password-change-submit = Alterar a palavra-passe

activity-intro = Os eventos que as suas marcações lhe permitem ver, do mais antigo para o mais recente.
audit-trail-intro = O registo de auditoria: inícios de sessão, alterações de contas, escritas, leituras auditadas e exportações, do mais recente, na medida em que o seu papel e as suas marcações o permitem.
filter-user = Utilizador
filter-party = Parte
filter-object = Objeto (um processo ou o identificador de um elemento)
filter-since = Desde (data)
filter-type = Tipo de evento
stage-title = Ponto da situação do processo
stage-picture = Panorama comum
stage-picture-agreed = acordado
stage-picture-proposed = proposto, aberto a objeções
stage-picture-assessed =
    { $count ->
        [one] { $count } parte apresentou a sua avaliação
        [many] { $count } de partes apresentaram a sua avaliação
       *[other] { $count } partes apresentaram a sua avaliação
    }
stage-options = Opções de resposta
stage-options-available =
    { $count ->
        [one] { $count } opção disponível
        [many] { $count } de opções disponíveis
       *[other] { $count } opções disponíveis
    }
stage-options-need-picture = logo que o panorama seja acordado
stage-procedure = Decisão
stage-procedure-open = está aberto um procedimento
stage-procedure-none =
    { $count ->
        [one] ainda sem procedimento; { $count } pacote constituído
        [many] ainda sem procedimento; { $count } de pacotes constituídos
       *[other] ainda sem procedimento; { $count } pacotes constituídos
    }
stage-procedure-closed = encerrado
stage-response = Resposta
stage-response-adopted =
    { $count ->
        [one] { $count } decisão adotada
        [many] { $count } de decisões adotadas
       *[other] { $count } decisões adotadas
    }
stage-attribution = Atribuição
await-title = A aguardar a sua intervenção
await-assess = Apresente a avaliação de { $party }.
await-proposal = Um panorama proposto está aberto a objeções até { $deadline }: apresente uma objeção se a sua parte discordar, ou guarde silêncio para dar o seu acordo.
await-position = Registe a posição de { $party } no procedimento em curso.
await-propose = Proponha o panorama atual como panorama acordado.
await-package = Constitua um pacote a partir das opções disponíveis.
await-open = Abra um procedimento sobre o pacote.
await-close = O prazo de um procedimento expirou: encerre-o para fixar o seu resultado.
sections-nav = Secções do processo
basis-picture = Um conhecimento comum da situação acordado entre os Estados-Membros (conclusões do Conselho de 19 de junho de 2017, ponto 5); considera-se acordado quando o prazo para objeções termina sem objeções.
basis-options = Medidas proporcionadas ao alcance, à escala, à duração, à intensidade, à complexidade, à sofisticação e ao impacto da atividade (conclusões do Conselho de 19 de junho de 2017, ponto 5).
basis-procedure = As decisões no âmbito da PESC são tomadas por unanimidade (artigo 31.º, n.º 1, do TUE); o procedimento de acordo tácito previsto no Regulamento Interno do Conselho (artigo 12.º, n.º 2) permite adotar um texto, salvo se um membro levantar objeções antes do termo do prazo.
basis-attribution = A atribuição é uma decisão política soberana de cada Estado-Membro (conclusões do Conselho de 19 de junho de 2017, ponto 4); uma atribuição conjunta é adotada pelo Conselho.
proposals-title = Propostas de panorama acordado
proposal-open = aberta a objeções
proposal-objected = objetada
proposal-agreed = acordada
col-objections = Objeções
objection-reason = Motivos da objeção de { $party }
objection-hint = Basta uma objeção para travar a proposta; o silêncio até ao termo do prazo vale como acordo.
objection-submit = Apresentar uma objeção
propose-open = Propor o panorama atual como acordado
propose-deadline = Prazo (UTC)
col-note = Nota
propose-submit = Propor
facts-open = Factos ponderados nas opções
facts-persons = As pessoas ou entidades responsáveis estão identificadas
facts-attempted = A atividade foi tentada (frustrada ou sem efeito)
facts-dialogue = Está em curso um diálogo com o Estado em causa
facts-regime = O regime de sanções contra ciberataques já se aplica aos visados
facts-partner = Relações com o Estado em causa
partner-unknown = não indicado
partner-partner = parceiro
partner-neutral = neutro
partner-adversarial = hostil
facts-apply = Ponderar estes factos
options-why = Porquê
package-submit = Constituir um pacote com as opções assinaladas
packages-title = Pacotes
procedure-open = Abrir um procedimento
procedure-subject-package = Sobre um pacote
procedure-subject-text = Ou sobre um texto
procedure-open-submit = Abrir o procedimento
dossier-responses = Respostas
no-responses = Não foi adotada nenhuma decisão neste processo.
col-measures = Medidas
col-basis-legal = Base jurídica
attribution-record-joint = Registar a atribuição conjunta adotada pelo Conselho
attribution-record-national = Registar a atribuição nacional de { $party }
attribution-procedure = Adotada pelo procedimento
attribution-public = Pública
attribution-url = Ligação para a declaração
attribution-submit = Registar a atribuição
procedure-close = Encerrar o procedimento
procedure-close-hint = O encerramento fixa o resultado tal como está; as posições deixam de poder ser alteradas.
event-dossier-created = Processo aberto
event-dossier-updated = Factos atualizados
event-dossier-transitioned = Situação alterada
event-dossier-marked = Marcação alterada
event-evidence-added = Elemento de prova aditado
event-evidence-withdrawn = Elemento de prova retirado
event-assessment-submitted = Avaliação apresentada
event-picture-proposed = Panorama proposto como acordado
event-picture-objected = Objeção ao panorama proposto
event-package-assembled = Pacote de medidas constituído
event-procedure-opened = Procedimento aberto
event-procedure-position-recorded = Posição registada
event-procedure-closed = Procedimento encerrado
event-attribution-recorded = Atribuição registada
event-attribution-withdrawn = Atribuição retirada

dossier-new = Abrir um processo
dossier-new-submit = Abrir o processo
marking-tlp = Nível TLP
marking-releasable-hint = outras partes além da sua, separadas por vírgulas (p. ex., EE, LV, EEAS)
marking-recipients = Destinatários designados (TLP:RED; nomes de utilizador separados por vírgulas)
marking-own = Um elemento pode ter a sua própria marcação, tão estrita como a do processo ou mais.
marking-same = a do processo
evidence-add = Acrescentar um elemento de prova
evidence-url = Ligação
evidence-text = Texto ou excerto
evidence-submit = Acrescentar o elemento de prova
col-reliability = Fiabilidade da fonte
col-credibility = Credibilidade da informação

# Second factor and single sign-on (issue 11 items 7 and 8).
login-expired = O início de sessão demorou demasiado ou o formulário não veio deste sítio. Inicie sessão novamente.
second-step-title = Segundo fator
second-step-intro = A sua palavra-passe está correta. Escreva o código que a sua aplicação de autenticação mostra agora.
second-step-code = Código de seis algarismos
second-step-failed = Esse código está errado, expirou ou já foi utilizado. Aguarde pelo código seguinte e tente novamente.
second-step-recovery = Perdeu o seu autenticador?
second-step-recovery-code = Código de recuperação
second-step-hint = Cada código funciona uma só vez. Sem o autenticador nem um código de recuperação, peça a um responsável de segurança da sua parte que reponha o seu segundo fator.
enrol-title = Configure o seu segundo fator
enrol-required = A sua conta administra contas ou credenciações: precisa de um segundo fator antes de poder fazer qualquer outra coisa.
enrol-failed = Esse código não corresponde a este segredo. Verifique a hora do seu dispositivo e escreva o código que mostra agora.
enrol-step-app = Adicione este segredo a uma aplicação de autenticação (baseada no tempo, 6 algarismos, 30 segundos):
enrol-open-app = Abrir numa aplicação de autenticação
enrol-step-code = Escreva o código que a aplicação mostra para confirmar:
enrol-confirm = Confirmar
enrol-done = O seu segundo fator está configurado. A partir de agora inicia sessão com a palavra-passe e um código.
enrol-recovery-title = Códigos de recuperação
enrol-recovery-hint = Guarde estes códigos num local seguro. Cada um permite-lhe iniciar sessão uma vez em vez de um código. Só são mostrados agora.
enrol-continue = Continuar
enrol-already = A sua conta tem um segundo fator. Se perder o autenticador, um responsável de segurança da sua parte repõe-no.
login-sso = Iniciar sessão com { $provider }
sso-refused-title = Sem acesso
sso-refused-unmapped = { $provider } autenticou-o, mas nenhuma regra desta instância dá acesso à sua conta. Um responsável de segurança da sua parte tem de acrescentar uma regra de início de sessão para si.
sso-refused-ambiguous = { $provider } autenticou-o, mas à sua conta correspondem regras de mais de uma parte, pelo que esta instância não consegue saber em nome de quem atua. Contacte o seu responsável de segurança.
sso-refused-disabled = A sua conta nesta instância está desativada.
sso-refused-party = A sua conta atua em nome de uma parte diferente da que as regras agora lhe atribuem. Contacte o seu responsável de segurança.
sso-refused-hint = Esta tentativa ficou registada no registo de auditoria.
sso-failed-title = Falha no início de sessão
sso-failed = O início de sessão com { $provider } falhou: { $reason }
sso-continue = Continuar


# Annex III population tables and the robustness of outcomes (issue 12)
admin-population = Quadros de população do anexo III
admin-population-intro = Os números de população que decidem as maiorias qualificadas (Regulamento Interno do Conselho, anexo III). Uma votação utiliza o quadro do seu ano; se esse quadro não estiver carregado, o mais próximo, e indica-o.
col-origin = Origem
col-total = População da União
origin-shipped = fornecido com o entente
origin-imported = carregado nesta instância
population-replaced = substituído por um carregamento posterior
admin-population-label = Quadro a carregar (JSON: ano, fonte, total, números dos 27 Estados-Membros)
admin-population-submit = Carregar o quadro
population-table-in-force = População: o quadro do anexo III de { $year }, em vigor no momento da votação.
population-table-older = População: foi utilizado o quadro do anexo III de { $year }, e não o quadro em vigor no momento da votação ({ $current }), que não está carregado. Um administrador pode carregá-lo na página de administração.
population-table-supplied = População: números fornecidos com o procedimento.
robustness-holds = O resultado mantém-se com qualquer revisão dos números de população até ±2 %.
robustness-close = Renhido: uma revisão dos números de população até ±2 % poderia alterar o resultado. Verifique com o quadro em vigor.
margin-members-in-favour = Membros a favor: { $actual }; necessários: { $required } (margem: { $margin })
margin-population-in-favour = População a favor: { $actual }; necessária: { $required } (margem: { $margin }; em pontos percentuais: { $points })
margin-blocking-minority = Membros que não votam a favor: { $actual }; uma minoria de bloqueio exige: { $required }
margin-declared-members = Membros que se abstêm com declaração formal: { $actual }; o ato é travado a partir de: { $required }
margin-declared-population = População dos membros que se abstêm com declaração formal: { $actual }; o ato é travado a partir de: { $required } (em pontos percentuais: { $points })
