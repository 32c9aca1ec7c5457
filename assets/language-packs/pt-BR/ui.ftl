# Tejido — o aplicativo para computador (português do Brasil). As palavras seguem ../shared/GLOSSARY.md.

## Comum

common-back = Voltar
common-browse = Procurar…
common-cancel = Cancelar
common-continue = Continuar
common-edit = Editar
common-loading = Abrindo o { -tejido }…
common-remove = Remover
common-save = Salvar
common-undo = Desfazer
common-unexpected-error = Algo inesperado deu errado. O seu último salvamento está seguro. Tente de novo.

## Boas-vindas

welcome-title = Boas-vindas ao { -tejido }
welcome-intro = O { -tejido } guarda o trabalho de proteção do seu coletivo num cofre: uma pasta que se bloqueia com uma frase secreta. Nada sai deste computador se você não exportar.
welcome-create = Criar um novo cofre
welcome-open = Abrir um cofre existente
welcome-demo = Abrir a comunidade de demonstração
welcome-desk-demo = Abrir a mesa de demonstração
welcome-desk-demo-hint = A mesa de uma rede de solidariedade com casos inventados, um em cada etapa: novo, triado, cartas colhendo assinaturas, comunicações enviadas, resultados, encerrado.
welcome-recent = Cofres abertos recentemente
welcome-recent-hint = Esta lista fica guardada neste computador, fora de qualquer cofre: quem usar o computador pode ler estes nomes de pasta.
welcome-recent-forget = Limpar esta lista

## Criar um cofre

create-title = Criar um cofre
create-name = Nome do coletivo
create-folder = Pasta do cofre
create-folder-hint = Uma pasta nova e vazia, por exemplo num pen drive cifrado. Procurar cria uma com um nome neutro (Tejido.tejido): o nome de uma pasta pode revelar de quem ela é.
create-passphrase = Frase secreta
create-passphrase-hint = Várias palavras que só você e o seu coletivo conhecem. Ela não pode ser recuperada se todo mundo esquecer; aí só a chave de recuperação abre o cofre.
create-confirm = Digite a frase secreta de novo
create-mismatch = As duas frases secretas são diferentes.
create-progress = Criando o cofre…
create-submit = Criar o cofre
strength-label = Força da frase secreta
strength-too-short = Curta demais: pelo menos { $min } caracteres.
strength-0 = Muito fraca: adivinhada na hora.
strength-1 = Fraca: fácil de adivinhar.
strength-2 = Razoável: acrescente mais uma palavra.
strength-3 = Forte.
strength-4 = Muito forte.

## Chave de recuperação

recovery-title = A sua chave de recuperação
recovery-warning = Escreva esta chave num papel agora. Ela só aparece esta vez. Qualquer pessoa que a tenha pode abrir o cofre.
recovery-keep = Guarde o papel num lugar seguro, longe deste computador. Se todas as frases secretas forem esquecidas, esta chave é o único jeito de entrar.
recovery-print = Imprimir
recovery-written = Já anotei
recover-key = Chave de recuperação
recover-key-hint = Ela começa com AGE-SECRET-KEY-1. Espaços e letras minúsculas não importam.
recover-new-passphrase = Nova frase secreta
recover-submit = Abrir com a chave de recuperação

## Desbloquear

unlock-title = Desbloquear o cofre
unlock-folder = Pasta do cofre
unlock-passphrase = Frase secreta
unlock-submit = Desbloquear
unlock-progress = Conferindo a frase secreta… isso leva um segundo.
unlock-use-recovery = Não sei a frase secreta: usar a chave de recuperação
unlock-use-passphrase = Usar uma frase secreta
unlock-other-vault = Outro cofre…
unlock-auto-locked = O cofre foi bloqueado depois de { $minutes } minutos sem atividade.
unlock-locked-sleep = O cofre foi bloqueado porque o computador entrou em suspensão.
unlock-locked-screen = O cofre foi bloqueado porque a tela foi bloqueada.

## Início

home-collective = Coletivo
home-lock = Bloquear
home-lock-shortcut = Bloquear o cofre (Ctrl+L)
home-settings = Configurações
home-undo-shortcut = Desfazer a última alteração (Ctrl+Z)
home-undone = A última alteração foi desfeita.
home-demo-banner = Esta é a comunidade de demonstração: todas as pessoas e lugares nela são inventados. A frase secreta dela é "{ $passphrase }". Para começar a sua, bloqueie esta e crie um novo cofre.
home-attention = Precisa de atenção
home-members = Integrantes
home-members-count = { $count ->
    [0] Ainda não há integrantes
    [one] { $count } integrante
   *[other] { $count } integrantes
}
home-actions = Ações
attention-unsaved-changes = A última alteração ainda não pôde ser salva. Ela será salva junto com a próxima; mantenha o { -tejido } aberto.
attention-opened-older-generation = A versão salva mais recente ({ $newest }) não pôde ser lida com segurança, por isso foi aberta a versão salva { $generation }. As alterações mais recentes podem estar faltando.
attention-rollback = Este cofre abriu na versão salva { $opened }, mas a versão salva { $seen } já existia: salvamentos mais novos foram apagados ou uma cópia mais antiga foi colocada no lugar, o que pode desfazer alterações recentes, como a remoção de um notebook perdido. Se você não restaurou uma cópia de segurança, deixe a pasta como está e avise o seu grupo.
home-rollback-acknowledge = Entendi: continuar a partir desta versão
attention-no-people = O coletivo ainda não tem integrantes. Adicione as pessoas cuja segurança o coletivo cuida.

## Pessoas

person-add = Adicionar uma pessoa
person-form-title = Pessoa
person-pseudonym = Pseudônimo
person-pseudonym-hint = Aparece no projetor, nas impressões e nas exportações.
person-real-name = Nome real (opcional)
person-role = Função
person-sensitivity = Sensibilidade
person-household = Núcleo familiar
person-sector = Setor ou povoado
person-notes = Observações
person-edit-named = Editar { $pseudonym }
person-remove-named = Remover { $pseudonym }
home-person-added = Pessoa adicionada: { $pseudonym }.
home-person-updated = Dados salvos: { $pseudonym }.
home-person-removed = Pessoa removida: { $pseudonym }.
removed-title = Pessoas removidas que ainda ficam no histórico deste cofre ({ $count })
removed-hint = Remover alguém pode ser desfeito, por isso os dados da pessoa ficam no histórico do cofre. Esquecer apaga tudo de vez: o registro, o histórico dele, os salvamentos antigos e as fotos dos incidentes dela que já tinham sido retiradas. Os outros notebooks que compartilham este cofre também a esquecem na próxima sincronização. Isso não alcança cópias de segurança, convites ou pacotes feitos antes, nem observações e textos que mencionem a pessoa em outros lugares.
removed-forget = Esquecer de vez…
removed-confirm = Esquecer { $pseudonym } de vez? Isso não pode ser desfeito.
removed-confirm-yes = Esquecer de vez
removed-forgotten = A pessoa { $pseudonym } foi esquecida. Só o salvamento mais recente do cofre é mantido.
sensitivity-public = público
sensitivity-community = comunidade
sensitivity-restricted = restrito

## Configurações

settings-title = Configurações
settings-general = Geral
settings-language = Idioma
settings-packs = Pacotes de idioma
settings-packs-hint = Adicione o idioma da sua comunidade: uma pasta com pack.json, ui.ftl e errors.ftl. O que ele não traduz aparece nos idiomas de reserva.
settings-pack-add = Adicionar um pacote de idioma
settings-pack-choose = Escolha o pack.json do pacote de idioma
settings-pack-install = Instalar
settings-pack-bundled = Vem com este aplicativo, pronto para instalar.
settings-pack-added = { $name } foi adicionado: escolha-o em Idioma.
settings-pack-removed = O pacote de idioma foi removido.
settings-pack-translated = { $translated } de { $total } mensagens traduzidas
settings-pack-chain = As mensagens que faltam aparecem em: { $languages }
settings-pack-missing = { $count ->
    [one] Falta { $count } mensagem
   *[other] Faltam { $count } mensagens
}
settings-pack-problems = { $count ->
    [one] { $count } mensagem usa outras variáveis que o inglês e não é usada
   *[other] { $count } mensagens usam outras variáveis que o inglês e não são usadas
}
settings-pack-problem-missing = Em { $id } falta { $variables }
settings-pack-problem-extra = { $id } usa { $variables }, que nunca é enviada
settings-autolock = Bloquear o cofre depois de um tempo sem uso
settings-autolock-never = Nunca
settings-autolock-minutes = Depois de { $minutes } minutos
settings-text-size = Tamanho do texto
settings-text-size-percent = { $percent }%
settings-text-size-hint = Em qualquer tela, Ctrl e + aumenta o texto, Ctrl e − diminui, e Ctrl e 0 volta ao tamanho normal. Este computador guarda a escolha.
settings-passphrases = Frases secretas
settings-passphrase-count = { $count ->
    [one] Este cofre abre com { $count } frase secreta (e com a chave de recuperação).
   *[other] Este cofre abre com { $count } frases secretas (e com a chave de recuperação).
}
settings-passphrase-add = Adicionar uma frase secreta
settings-passphrase-added = A nova frase secreta foi adicionada.
settings-passphrase-change = Trocar uma frase secreta
settings-passphrase-changed = A frase secreta foi trocada. A antiga não abre mais o cofre.
settings-passphrase-old = Frase secreta atual
settings-passphrase-remove = Remover uma frase secreta
settings-passphrase-removed = Essa frase secreta foi removida.
settings-passphrase-which = A frase secreta que vai ser removida
settings-vault = O cofre
settings-location = O cofre é esta pasta. Tudo o que está nela é cifrado.
settings-backup = Fazer uma cópia de segurança
settings-backup-destination = Pasta da cópia de segurança (por exemplo, um pen drive)
settings-backup-done = { $files } arquivos ({ $size } KB) copiados e conferidos em { $path }.
confirm-secret = A sua frase secreta, ou a chave de recuperação em papel
confirm-secret-hint = Pedimos de novo aqui para que um computador deixado desbloqueado não baste para entregar o cofre.
confirm-secret-export-hint = A cópia que você está salvando não é cifrada. Digite a sua frase secreta de novo para confirmar.
confirm-secret-submit = Confirmar
strength-too-weak = Fácil demais de adivinhar: será recusada. Acrescente palavras que não tenham nada a ver umas com as outras.
settings-slots = Formas de entrar no cofre
settings-slot-passphrase = Frase secreta, adicionada em { $date }
settings-slot-recovery = Chave de recuperação em papel, feita em { $date }
settings-slot-weak = Selada com menos proteção do que o { -tejido } usa hoje. Troque esta frase secreta para selá-la de novo com a proteção completa.
settings-slots-weak = { $count ->
    [one] { $count } frase secreta está selada com menos proteção do que o { -tejido } usa hoje. Troque-a em Configurações para selá-la de novo.
   *[other] { $count } frases secretas estão seladas com menos proteção do que o { -tejido } usa hoje. Troque-as em Configurações para selá-las de novo.
}
settings-slot-remove-confirm = Para removê-la, confirme com outra frase secreta ou com a chave de recuperação em papel
settings-slot-removed = Removida. Quem guardou uma cópia do arquivo de chave dela ainda pode abrir o cofre com ela: troque a chave do cofre abaixo para deixar essa pessoa de fora.
settings-recovery-new = Fazer uma nova chave de recuperação em papel
settings-recovery-new-hint = A chave em papel antiga para de funcionar na hora. A nova só aparece uma vez.
settings-rekey = Trocar a chave do cofre
settings-rekey-why = Faça isso quando uma frase secreta vazou ou foi removida, ou quando um notebook, um pen drive ou uma cópia de segurança foi perdido. Tudo é selado de novo com uma chave nova, assim nenhuma frase secreta antiga, arquivo de chave antigo ou chave em papel antiga abre o que for salvo daqui em diante. As cópias de segurança feitas antes continuam abrindo como antes: destrua-as ou faça novas.
settings-rekey-keeps = Só uma frase secreta continua valendo: a que você usar para confirmar, ou a nova, se você digitar uma. Todas as outras frases secretas param de funcionar, e você recebe uma nova chave em papel.
settings-rekey-new = Nova frase secreta (necessária se você confirmar com a chave em papel ou se a sua vazou)
settings-rekey-submit = Trocar a chave agora
settings-rekey-done = A chave do cofre foi trocada. Anote a nova chave em papel.
sync-invite-confirm-hint = Um convite leva o cofre inteiro, por isso a sua frase secreta é pedida de novo.

## Análise de risco

common-open = Abrir
common-close = Fechar
home-risks = Análise de risco
attention-overdue-measures = { $count ->
        [one] { $count } medida de proteção passou do prazo.
       *[other] { $count } medidas de proteção passaram do prazo.
    }
attention-risks-without-measure = { $count ->
        [one] { $count } risco ainda não tem medida de proteção.
       *[other] { $count } riscos ainda não têm medida de proteção.
    }
attention-risk-review-due = A análise de risco devia ser revisada em { $date }. Revisem em conjunto e marquem como revisada.
attention-risks-review-due = { $count ->
        [one] { $count } risco precisa ser olhado de novo (quanto mais grave o risco, mais cedo: crítico todo mês, alto a cada dois meses, médio a cada três, baixo a cada seis).
       *[other] { $count } riscos precisam ser olhados de novo (quanto mais grave o risco, mais cedo: crítico todo mês, alto a cada dois meses, médio a cada três, baixo a cada seis).
    }
risk-review-next = Próxima revisão deste risco: { $date }
risk-review-overdue = Este risco devia ser olhado de novo em { $date }: reavaliem com o grupo.
carriers-title = Quem carrega qual risco
carriers-hint = Por grupo e por pessoa, do mais grave ao menos grave: a partir dos incidentes em que cada risco se baseia (pela avaliação de ameaça) e de quem o risco aponta como ameaçado.
carriers-none = Nenhum risco está ligado a uma pessoa ainda: construa riscos sobre avaliações de ameaça de incidentes que digam quem foi afetado, ou indique quem está ameaçado.
carriers-groups = Por grupo
carriers-people = Por pessoa
carriers-members = { $count ->
        [one] { $count } integrante
       *[other] { $count } integrantes
    }
carriers-group-none = Nenhum risco ligado aos integrantes deste grupo.

risks-title = Análise de risco
risks-back = Voltar ao coletivo
risks-print = Imprimir o registro
risks-sections = Partes da análise de risco
risks-section-overview = Visão geral
risks-section-context = Contexto
risks-section-actors = Atores
risks-section-incidents = Incidentes
risks-section-threats = Avaliação de ameaças
risks-section-risks = Riscos
risks-section-plan = Plano de proteção
risks-section-indicators = Alerta precoce
risks-intro-overview = Cada risco fica na célula da sua avaliação mais recente: probabilidade para cima, impacto para o lado. Comecem pelos riscos do canto de cima, à direita.
risks-intro-context = O que está acontecendo em volta do coletivo: no plano político, econômico, social, jurídico e territorial. Coloquem a data em cada nota: o contexto muda.
risks-intro-actors = Quem pode afetar o coletivo, a favor ou contra, e quanto. Indiquem instituições e grupos, não pessoas individuais.
risks-intro-incidents = Todo incidente de segurança, mesmo pequeno. Toda ameaça é um incidente, mas nem todo incidente é uma ameaça.
risks-intro-threats = Juntem alguns incidentes e sigam cinco passos: os fatos, o padrão, o objetivo, a fonte e uma conclusão.
risks-intro-risks = Um risco é uma ameaça contra alguém ou algo. Ele aumenta com a ameaça e com as vulnerabilidades (o que expõe as pessoas a ela) e diminui com as capacidades (o que as protege).
risks-intro-plan = O que o coletivo vai fazer, quem é responsável e até quando. Cada medida responde a um ou mais riscos.
risks-intro-indicators = Sinais de que um risco está aumentando, e o nível de alerta que cada um aciona.
risks-without-measure = { $count ->
        [0] Todo risco tem pelo menos uma medida.
        [one] { $count } risco ainda não tem medida.
       *[other] { $count } riscos ainda não têm medida.
    }
measures-overdue = { $count ->
        [0] Nenhuma medida está atrasada.
        [one] { $count } medida está atrasada.
       *[other] { $count } medidas estão atrasadas.
    }
review-due = A revisão estava marcada para { $date }.
review-next = Próxima revisão: { $date }.
review-overdue = A revisão estava marcada para { $date }: ela está atrasada. Revisem os riscos em conjunto.
review-none = A data da revisão é definida quando o primeiro risco for avaliado.
review-mark = Marcar como revisada hoje
risk-review-marked = Revisada hoje; a próxima revisão é daqui a seis meses.
risks-none = Nenhum risco foi identificado ainda. Comecem pelo que aconteceu: registrem cada incidente em Incidentes, mesmo pequeno; os riscos vêm deles.
risks-add-first = Identificar o primeiro risco
risks-empty = Ainda não há nada aqui.
risk-add = Adicionar { $kind }
risk-kind-context-note = uma nota de contexto
risk-kind-actor = um ator
risk-kind-incident = um incidente
risk-kind-threat-assessment = uma avaliação de ameaça
risk-kind-risk = um risco
risk-kind-measure = uma medida
risk-kind-indicator = um indicador
risk-added = Adicionado: { $title }.
risk-updated = Salvo: { $title }.
risk-removed = Removido: { $title }.
risk-reassessed = Reavaliação salva. As avaliações anteriores ficam no histórico.
risk-form-new = Novo registro: { $kind }
risk-form-edit = Editar { $kind }
risk-form-required = Preencha primeiro “{ $field }”.
risk-form-none-yet = Nada registrado ainda.
risk-form-not-known = Não se sabe
incident-attach = Anexar um arquivo
incident-attach-title = Escolha uma foto ou documento para guardar com este incidente
incident-attached = Arquivo selado dentro do cofre. O original continua onde estava: apague-o se ele não deve ficar neste computador.
incident-detached = Anexo removido.
incident-save-copy = Salvar uma cópia
incident-save-copy-title = Onde a cópia deve ficar? Ela não será cifrada.
incident-copy-saved = Cópia salva em { $path }. Ela não está cifrada.
incident-letters-open = Cartas às instituições
incident-letters-title = Cartas às instituições públicas: { $title }
incident-letters-hint = Não dialogamos com as empresas: exigimos que as instituições públicas cumpram seu dever. Uma carta para cada instituição responsável por agir diante deste incidente, assinada pela comunidade, nunca por uma só pessoa. As pessoas só são nomeadas como aceitaram; leia e corrija cada carta antes de enviá-la.
incident-letters-addressees = Instituições
incident-letters-withheld = Este incidente é restrito: seu título, descrição, lugar e pessoas ficaram de fora. Acrescente só o que a comunidade decidir contar.
incident-letters-none = Nenhuma instituição a sugerir para este incidente.
incident-letter-title = Título
incident-letter-text = Carta
incident-letter-copy = Copiar como texto
incident-letter-copied = Carta copiada. Cole-a em um e-mail ou em um formulário na web.
incident-letter-keep = Guardá-la no plano de proteção
incident-letter-keep-hint = Como medida a enviar, com quem a envia e até quando; ou como enviada, com o dia em que saiu (o incidente registra então a quem foi denunciado).
incident-letter-due = Enviar até
incident-letter-add-measure = Adicionar como medida
incident-letter-sent-on = Enviada em
incident-letter-record-sent = Registrar como enviada
incident-letter-recorded = Carta adicionada ao plano como medida.
incident-letter-recorded-sent = Carta registrada como enviada, no plano e no incidente.
incident-letter-owner-missing = Escolha quem enviará a carta, ou o dia em que foi enviada.
incident-letter-text-missing = A carta está vazia.
incident-letter-sent-on-missing = Escolha o dia em que a carta foi enviada.

field-sensitivity = Quem pode ver
field-dimension = Dimensão
field-noted-on = Data
field-context-text = O que está acontecendo
field-name = Nome
field-kind = Tipo
field-stance = Posição
field-influence = Influência
field-interests = Interesses
field-capabilities = Meios
field-capabilities-hint = Dinheiro, armas, advogados, mídia, contatos…
field-notes = Observações
field-incident-title = O que aconteceu
field-occurred-on = Quando
field-place = Onde
field-category = Tipo de ameaça
field-description = Detalhes
field-affected-people = Pessoas afetadas
field-affected-groups = Grupos afetados
field-whole-collective = Dirigido contra o coletivo inteiro
field-perpetrator-actor = Quem fez (entre os atores)
field-perpetrator = Quem fez, em palavras
field-reported-to = Denunciado a
field-threat-title = A ameaça, numa linha
field-assessed-on = Avaliada em
field-incidents = Incidentes em que se baseia
field-facts = 1. Fatos
field-facts-hint = O que aconteceu, exatamente, sem interpretação.
field-pattern = 2. Padrão
field-pattern-hint = Está se repetindo ou aumentando? Veio depois de algo que o coletivo fez?
field-objective = 3. Objetivo
field-objective-hint = O que a ameaça parece querer?
field-source = 4. Fonte
field-source-hint = Quem está por trás? Quem ganha com isso?
field-conclusion = 5. Conclusão
field-conclusion-hint = Quem ameaça consegue cumprir a ameaça? O que deve acontecer em seguida?
field-risk-title = Cenário de risco
field-threatened = Quem ou o que está ameaçado
field-likelihood = Probabilidade
field-impact = Impacto
field-threat-assessment = Avaliação de ameaça em que se baseia
field-vulnerabilities = Vulnerabilidades
field-vulnerabilities-hint = Uma por linha: o que expõe as pessoas a esta ameaça (não é um defeito de caráter).
field-capacities = Capacidades
field-capacities-hint = Uma por linha: o que protege o coletivo contra esta ameaça.
field-measure-title = Medida
field-strategy = Estratégia
field-timing = Prevenção ou resposta
field-owners = Responsáveis
field-resources = Recursos necessários
field-due-on = Prazo
field-status = Situação
field-risks = Riscos a que responde
field-risk = Risco
field-signal = O sinal a observar
field-alert-level = Nível de alerta que aciona

dimension-political = Político
dimension-economic = Econômico
dimension-social = Social
dimension-legal = Jurídico
dimension-territorial = Territorial
actor-kind-company = Empresa
actor-kind-state-body = Órgão do Estado
actor-kind-security-forces = Forças de segurança
actor-kind-armed-group = Grupo armado
actor-kind-community-body = Organização comunitária
actor-kind-ally-organisation = Organização aliada
actor-kind-media = Mídia
actor-kind-international-mechanism = Mecanismo internacional
actor-kind-other = Outro
stance-ally = Aliado
stance-neutral = Neutro
stance-adversary = Adversário
strategy-acceptance = Aceitação
strategy-deterrence = Dissuasão
strategy-protection = Proteção
timing-prevention = Prevenção
timing-response = Resposta
status-to-do = Pendente
status-in-progress = Em andamento
status-done = Concluída
alert-level-green = Verde · normalidade
alert-level-yellow = Amarelo · atenção
alert-level-orange = Laranja · alerta
alert-level-red = Vermelho · emergência
level-likelihood-1 = muito baixa
level-likelihood-2 = baixa
level-likelihood-3 = média
level-likelihood-4 = alta
level-likelihood-5 = muito alta
level-impact-1 = muito baixo
level-impact-2 = baixo
level-impact-3 = médio
level-impact-4 = alto
level-impact-5 = muito alto
level-influence-1 = muito baixa
level-influence-2 = baixa
level-influence-3 = média
level-influence-4 = alta
level-influence-5 = muito alta
band-low = Baixo
band-medium = Médio
band-high = Alto
band-critical = Crítico
trend-new = primeira avaliação
trend-rising = aumentando
trend-steady = sem mudança
trend-falling = diminuindo
risk-matrix-title = Matriz de risco
risk-matrix-cell = Probabilidade { $likelihood }, impacto { $impact }: { $band }, { $count } riscos
risk-matrix-caption = A probabilidade (para cima) e o impacto (para o lado) aparecem lado a lado; a cor só indica em quais riscos agir primeiro.
actor-chart-title = Atores por posição e influência
risk-rated = probabilidade { $likelihood }, impacto { $impact }
risk-threat = Ameaça
risk-none-listed = Nada listado ainda.
risk-history = Avaliações ao longo do tempo
risk-history-date = Data
risk-history-note = O que mudou
risk-reassess = Reavaliar este risco
risk-reassess-note = O que mudou desde a última avaliação
risk-reassess-save = Salvar a reavaliação
risk-measures = Medidas que respondem a ele
risk-no-measure = Nenhuma medida responde a este risco ainda.
risk-indicators = Sinais de alerta precoce
summary-influence = influência { $level }
summary-incidents = { $count ->
        [one] { $count } incidente
       *[other] { $count } incidentes
    }
summary-due = prazo { $date }
summary-answers = responde a: { $risks }
register-back = Voltar à análise de risco
register-print = Imprimir
print-real-names = Imprimir os nomes reais
print-pseudonyms-hint = As pessoas aparecem pelo pseudônimo, como no projetor; nomes reais digitados em qualquer texto são substituídos.
print-real-names-warning = Este papel vai trazer nomes reais. Quem o encontrar vai saber quem é quem: imprima só para pessoas que já sabem, e guarde-o em lugar seguro.
print-real-names-mark = Contém nomes reais: guarde este papel em lugar seguro.
register-title = Registro de riscos e plano de proteção
register-produced = gerado em { $date }
register-omitted = { $count ->
        [one] { $count } registro restrito ficou de fora deste documento.
       *[other] { $count } registros restritos ficaram de fora deste documento.
    }
register-band = Prioridade
register-measures = Medidas de proteção

## Rede

home-network = Rede
network-title = Rede
network-back = Voltar ao coletivo
network-intro = As pessoas de quem depende a segurança de cada integrante, e os atores em volta. O Tejido procura onde a rede está fraca; cada resultado pode virar uma medida no plano de proteção.
network-findings-title = O que a rede mostra
network-findings-none = Nada a apontar: cada integrante tem um contato de segurança e ninguém segura a rede sozinho.
network-links-title = { $count ->
        [one] { $count } vínculo
       *[other] { $count } vínculos
    }
network-filter-kind = Mostrar
network-filter-all = todo tipo de vínculo
network-add-link = Adicionar um vínculo
network-edit-link = Editar o vínculo
network-source = De
network-target = Para
network-kind = Tipo de vínculo
network-closeness = Proximidade
network-support = Apoio que oferece
network-reachable = Atende a qualquer hora (24 horas por dia)
link-sensitivity-default = Um novo vínculo recebe o nível mais restrito entre as pessoas ou atores que ele liga; você pode mudar isso.
network-alert-order = Ordem na cadeia de alerta
network-fallback = Se não responder, avisar
network-no-fallback = Ninguém
network-link-saved = Vínculo salvo.
network-link-removed = Vínculo removido.
network-make-measure = Adicionar uma medida ao plano
network-measure-added = Adicionado ao plano de proteção: { $title }.
network-people-actors = Pessoas e atores
network-direction = Os vínculos com direção se leem da esquerda para a direita: “{ $source } → { $target }”.
relationship-kind-family = família
relationship-kind-friend = amizade
relationship-kind-neighbour = vizinhança
relationship-kind-colleague = colega
relationship-kind-member = mesma organização
relationship-kind-safety-contact = tem como contato de segurança
relationship-kind-alert-link = avisa, num alerta
relationship-kind-ally = aliado
relationship-kind-accompaniment = acompanha
relationship-kind-funder = financia
relationship-kind-duty-bearer = é a autoridade responsável por
relationship-kind-influences = influencia
relationship-kind-controls = controla
relationship-kind-hostile = hostil
support-shelter = abrigo
support-legal = jurídico
support-medical = médico
support-transport = transporte
support-money = dinheiro
support-visibility = visibilidade
closeness-1 = distante
closeness-2 = próxima
closeness-3 = muito próxima
finding-no-safety-contact = { $count ->
        [one] { $count } integrante não tem contato de segurança: ninguém perceberia logo se algo acontecesse com essa pessoa.
       *[other] { $count } integrantes não têm contato de segurança: ninguém perceberia logo se algo acontecesse com essas pessoas.
    }
finding-alert-loop = A cadeia de alerta anda em círculo entre estas pessoas: o alerta nunca chega a mais ninguém.
finding-alert-dead-end = A cadeia de alerta para nestas pessoas: nem sempre é possível encontrá-las e elas não têm suplente.
finding-contact-concentration = Os contatos de segurança e os alertas de muitos integrantes passam por uma só pessoa. Se essa pessoa faltar, for detida ou for atacada, a rede se corta.
finding-single-point-of-failure = Se esta pessoa faltar, uma parte do coletivo fica sem contato.
finding-only-link = Estes vínculos são a única ligação entre partes do coletivo.
finding-isolated-people = { $count ->
        [one] { $count } integrante não tem vínculo com ninguém da rede.
       *[other] { $count } integrantes não têm vínculo com ninguém da rede.
    }
finding-isolated-household = O núcleo familiar { $household } não tem vínculo fora de si mesmo.
finding-ally-adversary-path = Uma informação poderia passar de um aliado a um adversário por meio destas pessoas.
finding-exposed-family = Esta pessoa defensora é conhecida publicamente; a família dela pode ser atacada por causa dela.
finding-measure-no-safety-contact = Combinar um contato de segurança para cada integrante
finding-measure-alert-loop = Refazer a cadeia de alerta para que ela chegue a todo mundo
finding-measure-alert-dead-end = Colocar suplentes onde a cadeia de alerta para
finding-measure-contact-concentration = Dividir os contatos de segurança e os alertas entre mais pessoas
finding-measure-single-point-of-failure = Dar um segundo vínculo às pessoas que dependem de uma só pessoa
finding-measure-only-link = Criar mais vínculos entre as partes do coletivo
finding-measure-isolated-people = Trazer para a rede os integrantes isolados
finding-measure-isolated-household = Ligar o núcleo familiar { $household } com a vizinhança
finding-measure-ally-adversary-path = Combinar o que se compartilha com pessoas próximas de adversários
finding-measure-exposed-family = Proteger a família das pessoas defensoras conhecidas publicamente
finding-measure-people = Diz respeito a: { $people }.
alert-chain-title = Cadeia de alerta
alert-chain-none = Ainda não há cadeia de alerta: adicione vínculos do tipo “avisa, num alerta”, em ordem, para montá-la.
alert-cards-print = Imprimir cartões de bolso
alert-cards-title = Cadeia de alerta: recorte cada cartão e leve com você
alert-cards-partial = Aqui aparecem os primeiros { $shown } de { $count } cartões; ao imprimir, todos são impressos.
alert-cards-show-all = Mostrar todos os { $count } cartões
alert-card-called-by = Quem avisa você: { $names }
alert-card-starts = Começa o alerta
alert-card-you-call = Você avisa, nesta ordem:
alert-card-else = se não responder: { $name }
alert-card-end = Você é o fim deste ramo: confirme para quem avisou você.
alert-card-means-phone = Telefone: { $text }
alert-card-means-radio = Rádio: { $text }
alert-card-means-meeting-point = Ponto de encontro: { $text }
alert-card-means-other = Outro: { $text }
alert-cards-with-means = Imprimir telefones e pontos de encontro nos cartões
alert-cards-with-means-warning = Estes cartões vão trazer telefones e pontos de encontro: quem encontrar um cartão poderá localizar essas pessoas. Imprima-os só para as pessoas da cadeia, e leve-os sempre com você.
alert-cards-without-means-hint = Os cartões são impressos sem telefones nem pontos de encontro.
means-title = Como localizar cada pessoa
means-hint = Restrito: nunca no projetor, numa exportação ou num pacote de caso; nos cartões só depois de um aviso.
means-show = Mostrar como localizá-las
means-hide = Ocultar
means-person = Pessoa
means-phone = Telefone
means-radio = Rádio (canal ou prefixo)
means-meeting-point = Ponto de encontro
means-other = Outra forma
means-none = Nada escrito ainda.
means-saved = Salvo como localizar { $name }.
activation-title = Ativar um nível de alerta
activation-hint = Registre o nível que o grupo decidiu; depois marque, pessoa por pessoa e na ordem da cadeia, quem foi avisado e quando.
activation-level = Nível
activation-green-note = O verde é a normalidade: para voltar a ele, encerrem o alerta em curso.
activation-decided-by = Quem decidiu
activation-decided-by-example = a assembleia, a comissão de segurança
activation-deciders = Integrantes que participaram
activation-deciders-find = Buscar integrantes pelo nome
activation-deciders-type = Digite parte de um nome: a rede tem { $count } pessoas.
activation-deciders-more = { $count ->
    [one] Mais { $count } resultado: digite mais do nome.
   *[other] Mais { $count } resultados: digite mais do nome.
}
activation-reason = Por quê (opcional)
activation-activate = Ativar
activation-activated = Nível de alerta ativado: { $level }.
activation-running = Em curso desde { $when }
activation-decided = Decidido por { $who }
activation-progress = { $reached } de { $total } avisadas
activation-keys = As setas percorrem a lista; R avisada, N não localizada, F avisada pela pessoa suplente.
activation-reached = Avisada
activation-not-reached = Não localizada
activation-through-fallback = Pela pessoa suplente
activation-through = Por meio de quem
activation-state-to-reach = a avisar
activation-state-reached = avisada { $when }
activation-state-not-reached = não localizada { $when }
activation-state-reached-through-fallback = avisada por meio de { $name } { $when }
activation-marked = Registrado: { $name }.
activation-stand-down = Encerrar o alerta (voltar ao verde)
activation-stand-down-note = O que foi dito (opcional)
activation-stood-down = Alerta encerrado: de volta ao verde.
activation-past = Alertas anteriores
activation-past-line = de { $from } a { $to }
activation-none = Nenhum alerta foi ativado ainda.
network-view = Como mostrar os vínculos
network-view-map = Mapa
network-view-table = Tabela
graph-title = Mapa da rede
graph-help = Arraste para posicionar alguém; a pessoa fica onde você a colocar. Shift+arrastar de uma pessoa para outra, ou Enter numa e depois noutra, cria um vínculo. As setas do teclado movem quem está selecionado.
graph-linking = Escolha com quem ligar { $name } e aperte Enter (Esc cancela).
graph-actor = { $name } ({ $stance })
graph-legend-person = integrante
graph-zoom = Aproximar ou afastar o mapa
graph-zoom-in = Aproximar
graph-zoom-out = Afastar
graph-zoom-whole = Toda a rede
graph-zoom-help = Arraste o fundo para se deslocar; Ctrl+roda aproxima ou afasta.
graph-arranging = Organizando o mapa… { $done } %
territory-add = Desenhar sobre o nosso próprio mapa…
territory-replace = Usar outra foto do mapa…
territory-remove = Remover a foto do mapa
territory-choose = Escolha uma foto do mapa da comunidade desenhado à mão
territory-hint = A foto é selada no cofre; depois coloque cada pessoa no mapa onde ela mora ou se reúne.
territory-set = Foto do mapa selada no cofre. O arquivo original continua onde estava.
territory-removed = Foto do mapa removida.
network-filter-group = Quem
network-filter-everyone = todo mundo
common-redo = Refazer
home-redo-shortcut = Refazer o que foi desfeito (Ctrl+Shift+Z ou Ctrl+Y)
home-redone = A alteração desfeita foi feita de novo.
network-check-in = Dar notícias (quando e como)
network-check-in-example = toda noite às oito, por mensagem
alert-card-check-in = Dar notícias a { $name }: { $when }
network-add-place = Adicionar um lugar
network-place-name = Nome do lugar
network-places = Lugares no mapa
network-place-saved = Lugar adicionado: arraste-o até onde ele fica no mapa.
network-place-removed = Lugar removido.
graph-place = Lugar: { $name }

## Protocolo comunitário
label-value = { $label }: { $value }
home-protocol = Protocolo comunitário
protocol-title = Protocolo comunitário
protocol-back = Voltar ao coletivo
protocol-parts = Partes do protocolo
protocol-intro = O protocolo é o nosso próprio conjunto de regras para nos protegermos em coletivo: o que defendemos, como decidimos, quem fala por nós, o que fazemos em cada nível de alerta e em cada emergência. Nós o escrevemos entre todas as pessoas e o aprovamos em assembleia.
protocol-template-note = O modelo oferece seções, princípios (entre eles os três princípios da resistência pacífica de La Puya, na Guatemala) e quatro níveis de alerta como ponto de partida. As seções e os níveis são sugestões do Tejido, não texto de La Puya: mudem, tirem ou acrescentem o que precisarem.
protocol-start = Começar a partir do modelo
protocol-start-blank = Começar com uma seção em branco
protocol-started = O modelo está pronto: percorram-no seção por seção com o grupo.
protocol-added = Adicionado.
protocol-saved = Salvo.
protocol-removed = Removido.
protocol-tab-principles = Princípios
protocol-tab-sections = Seções
protocol-tab-levels = Níveis de alerta
protocol-tab-decisions = Decisões
protocol-tab-versions = Versões
protocol-intro-principles = Os princípios são oferecidos como ponto de partida. A assembleia adota cada um como está escrito, adapta com as próprias palavras ou rejeita, e cada escolha fica registrada como uma decisão.
protocol-intro-sections = Escolha uma seção para escrevê-la com o grupo. Ligue o projetor para mostrá-la em letras grandes enquanto você digita.
protocol-intro-levels = O que indica cada nível de alerta e o que fazemos então. Ligue aqui os indicadores de alerta precoce da análise de risco; o laranja e o vermelho costumam acionar a cadeia de alerta.
protocol-intro-decisions = Cada decisão da assembleia: como foi tomada, quem participou (para vermos se mulheres, jovens e pessoas mais velhas participaram) e quem discordou.
protocol-intro-versions = Quando a assembleia aprova o protocolo, ele fica fixado como uma versão. As mudanças posteriores formam um novo rascunho; comparem as versões para ver exatamente o que mudou.
protocol-version-agreed = Versão { $version }, aprovada em { $date }
protocol-draft-changed = o rascunho tem mudanças ainda não aprovadas
protocol-no-version = Rascunho: ainda não aprovado pela assembleia
protocol-nothing-new = Nada mudou desde a última versão aprovada.
protocol-agreed-on = aprovada em { $date }
protocol-freeze = Aprovar o rascunho como versão { $version }
protocol-freeze-title = Protocolo aprovado como versão { $version }
protocol-frozen = A versão { $version } está aprovada e fixada. As mudanças posteriores formam um novo rascunho.
protocol-print = Imprimir o protocolo
protocol-cards = Cartões de bolso
protocol-cards-hint = Imprima em A4 ou Carta e recorte nas linhas tracejadas: oito cartões por página, cada um cabe numa carteira.
protocol-print-title = Protocolo comunitário de { $collective }
protocol-print-draft-after = Rascunho: mudanças na versão { $version }, ainda não aprovadas
protocol-print-omitted = { $count ->
    [one] { $count } seção restrita ficou de fora desta impressão.
   *[other] { $count } seções restritas ficaram de fora desta impressão.
}
protocol-print-under-discussion = Princípios ainda em discussão
protocol-warning-single-spokesperson = "{ $section }" menciona { $name } e mais ninguém.
protocol-warning-concentrated-contacts = "{ $section }" menciona { $name }, que já concentra a maior parte dos contatos da rede.
protocol-warning-principle = Princípio de La Puya: sem liderança nem porta-voz únicos. Indiquem várias pessoas que se revezam, ou uma função que a assembleia preenche, para que ninguém fique em evidência.
protocol-warning-tag = conferir
principle-add = Adicionar um princípio
principle-title = Nome curto
principle-text = A nossa redação
principle-edit = Mudar a redação
principle-decide = Registrar uma decisão
principle-offered-as = Proposto como: { $text }
principle-source = Fonte: { $source }
principle-status-proposed = proposto
principle-status-adopted = adotado
principle-status-adapted = adaptado
principle-status-rejected = rejeitado
section-add = Adicionar uma seção em branco
section-from-template = Adicionar uma seção do modelo…
section-new = Nova seção
section-edit = Editar a seção
section-title = Título
section-guidance = Para discutir:
section-body = O nosso texto
section-body-hint = Escrevam na primeira pessoa do plural: "Decidimos em assembleia…". Comece uma linha com "- " ou "1. " para um passo.
section-restricted-hint = Restrita: nunca aparece no projetor e fica de fora de todas as impressões.
section-save-shortcut = Ctrl+S
section-discard = Fechar sem salvar
section-unsaved = Ainda não foi salva
section-choose = Escolha uma seção à esquerda para escrevê-la.
section-decide = Registrar uma decisão
section-remove = Remover esta seção
section-move-up = Mover "{ $title }" para cima
section-move-down = Mover "{ $title }" para baixo
comments-title = { $count ->
    [0] Ainda não há comentários nem propostas
    [one] { $count } comentário ou proposta
   *[other] { $count } comentários e propostas
}
comment-add = Adicionar
comment-added = Comentário adicionado.
comment-author = Quem diz
comment-author-placeholder = um grupo ou um pseudônimo
comment-kind = Tipo
comment-kind-comment = comentário
comment-kind-proposal = proposta
comment-text = O que diz ou propõe
comment-status-open = para discutir
comment-status-taken = incorporado ao texto
comment-status-set-aside = deixado de lado
comment-use = Incorporar ao texto
comment-set-aside = Deixar de lado
comment-reopen = Discutir de novo
level-add = Adicionar um nível de alerta
level-form = Nível de alerta
level-colour = Cor
level-name = Nome
level-triggers = O que o indica
level-indicators = Indicadores de alerta precoce que o indicam
level-no-indicators = Ainda não há indicadores de alerta precoce: adicione-os na análise de risco para ligá-los aqui.
level-actions = O que fazemos
level-actions-hint = Um passo por linha.
level-alert-chain = Este nível aciona a cadeia de alerta
level-starts-chain = aciona a cadeia de alerta
level-linked = { $count ->
    [one] { $count } indicador ligado
   *[other] { $count } indicadores ligados
}
colour-green = verde
colour-yellow = amarelo
colour-orange = laranja
colour-red = vermelho
decision-add = Registrar uma decisão
decision-form-title = Ata da decisão
decision-freeze-title = Aprovar o protocolo
decision-save = Salvar a decisão
decision-freeze-save = Aprovar e fixar esta versão
decision-recorded = Decisão registrada.
decision-what = O que foi decidido
decision-outcome = Resultado
decision-outcome-agreed = aprovado
decision-outcome-agreed-with-changes = aprovado com mudanças
decision-outcome-rejected = não aprovado
decision-outcome-postponed = adiado
decision-outcome-principle-agreed = adotar como está escrito
decision-outcome-principle-agreed-with-changes = adaptar com as nossas palavras
decision-outcome-principle-rejected = rejeitar
decision-outcome-principle-postponed = adiar
decision-date = Data
decision-method = Como
decision-method-consensus = por consenso
decision-method-vote = por votação
decision-by-consensus = Por consenso
decision-by-vote = Por votação: { $for } a favor, { $against } contra, { $abstentions } abstenções
decision-votes-for = A favor
decision-votes-against = Contra
decision-abstentions = Abstenções
decision-participants = Quem participou
decision-participants-hint = Quantas pessoas de cada grupo. Os grupos podem se sobrepor: uma mulher jovem conta como mulher e também como jovem.
decision-group-women = mulheres
decision-group-men = homens
decision-group-youth = jovens
decision-group-elders = pessoas mais velhas
decision-group-count = { $count } { $group }
decision-other-group = Outro grupo
decision-other-count = Quantas pessoas: { $group }
decision-add-group = Adicionar um grupo
decision-dissent = Desacordo
decision-dissent-hint = Quem discordou e por quê, com as palavras dessas pessoas. O desacordo faz parte do registro, não é um fracasso.
decision-notes = Observações
decision-latest = Última decisão, { $date }: { $outcome }
decision-version = Versão { $version }
decision-about-principle = Sobre o princípio "{ $title }"
decision-about-section = Sobre a seção "{ $title }"
decision-about-level = Sobre o nível de alerta "{ $name }"
decision-about-other = Outra decisão da assembleia
decision-about-protocol = O protocolo inteiro, como está agora, vira a versão { $version }.
decision-subject-protocol = O protocolo inteiro
decision-subject-section = Seção
decision-subject-principle = Princípio
decision-subject-level = Nível de alerta
decision-subject-other = Outro
decision-subject-gone = (removido desde então)
version-compare = Mostrar o que mudou
version-compare-draft = Comparar com o rascunho
version-from = De
version-to = para
version-draft = o rascunho atual
diff-none = Nenhuma diferença.
diff-summary = { $changed ->
    [one] { $changed } parte mudou
   *[other] { $changed } partes mudaram
}, { $unchanged } sem mudança.
diff-change-added = adicionada
diff-change-removed = removida
diff-change-changed = alterada
diff-change-moved = movida
diff-change-changed-and-moved = alterada e movida
diff-part-section = seção
diff-part-principle = princípio
diff-part-level = nível de alerta
diff-added = adicionado:
diff-removed = removido:
diff-mark = Marcado { $before } → { $after }
diff-mark-none = nada
pocket-chain-starts = Iniciar a cadeia de alerta: { $names }
projector-open = Projetor
projector-stop = Parar a projeção
projector-blank-key = Aperte B para apagar o projetor
projector-window-title = Tejido — projetor
projector-hidden = Esta parte é restrita e não aparece aqui.
projector-proposals = Dos grupos
projector-present = Apresentar nesta tela (F5)
projector-present-title = Para um projetor que mostra o mesmo que esta tela: a janela mostra só o que a sala pode ver. Esc traz você de volta.
presentation-label = Apresentação
presentation-way-back = Esc: voltar
protocol-print-back = Voltar ao protocolo

## Oficina
home-workshop = Oficina
home-training-banner = Cofre de treino: a comunidade de demonstração inventada, para praticar. Tudo aqui é apagado quando você bloqueia ou fecha o Tejido.
welcome-training = Praticar com a demonstração (treino)
welcome-training-hint = Abre a comunidade de demonstração inventada num cofre descartável. Nada é guardado: tudo é apagado quando você bloqueia ou fecha o Tejido.
welcome-rehearse = Ensaiar um caso (comunidade e equipe de apoio)
welcome-rehearse-hint = Abre lado a lado a comunidade de demonstração e uma equipe de apoio da rede, as duas descartáveis: escreva um caso, envie à equipe de apoio, aja, registre um resultado e informe a comunidade. Tudo é apagado quando você bloqueia ou fecha o { -tejido }.
training-pair-desk-note = A equipe de apoio deste ensaio: o arquivo de contato foi tomado ao abrir o ensaio, como se tivesse sido comparado em voz alta numa reunião.
training-pair-banner = Ensaio (treino): a comunidade e a equipe de apoio neste computador. Os dois cofres são apagados quando você bloqueia ou fecha o { -tejido }.
training-pair-switch = Lado na tela
training-pair-community = Comunidade
training-pair-desk = Equipe de apoio
training-pair-waiting-here = { $count ->
    [one] { $count } pacote espera por este lado.
   *[other] { $count } pacotes esperam por este lado.
}
training-pair-waiting-there = { $count ->
    [one] { $count } pacote espera pelo outro lado.
   *[other] { $count } pacotes esperam pelo outro lado.
}
training-pair-send-case = Selar e enviar à equipe de apoio de treino
training-pair-case-sent = Selado e entregue à equipe de apoio de treino: passe para a equipe de apoio para abri-lo.
training-pair-send-consent = Selar e enviar a atualização do consentimento à equipe de apoio de treino
training-pair-consent-sent = Atualização do consentimento selada e entregue à equipe de apoio de treino.
training-pair-send-status = Selar e enviar o informe de situação à comunidade de treino
training-pair-status-sent = Informe de situação selado e entregue à comunidade de treino: passe para a comunidade para abri-lo.
training-pair-open = Abrir o pacote que espera aqui
training-pair-open-hint = Neste ensaio, os pacotes do outro lado chegam aqui em vez de chegarem como arquivos; abrir um faz as mesmas verificações que abrir um arquivo.
training-pair-none-waiting = Nada espera por este lado.
workshop-title = Oficina
workshop-intro = Planeje uma oficina com a comunidade: uma programação de dois dias com sessões curtas que você pode mudar, um cronômetro para cada sessão, os papeizinhos dos grupos pequenos digitados à medida que chegam, e materiais para entregar no final.
workshop-new = Planejar uma oficina a partir do modelo
workshop-created = A programação da oficina está pronta. Mude o que precisar.
workshop-choose = Oficina
workshop-edit = Editar a oficina
workshop-field-title = Título
workshop-field-date = Primeiro dia
workshop-field-place = Lugar
workshop-field-goal = Objetivo
workshop-field-day = Dia
workshop-field-minutes = Minutos
workshop-field-materials = Materiais
workshop-field-outcomes = O que saiu dela
workshop-progress = { $done ->
    [0] { $total } sessões · tempo previsto no total: { $plannedAll }
   *[other] { $done } de { $total } sessões feitas · tempo previsto no total: { $plannedAll } · nas sessões feitas: tempo previsto { $planned }, tempo usado { $actual }
}
workshop-progress-label = Andamento da oficina
workshop-agenda = Programação
workshop-add-item = Adicionar uma sessão
workshop-item-edit = Sessão
workshop-day = Dia { $day }
item-status-planned = a seguir
item-status-running = agora
item-status-done = feita
workshop-left = faltam { $time }
workshop-over = { $time } acima do tempo
workshop-start = Começar esta sessão
workshop-restart = Começar de novo
workshop-finish = Encerrar esta sessão
workshop-next = A seguir: { $title }
workshop-project = Mostrar no projetor
workshop-projector-keys = No projetor: P mostra esta sessão, B apaga a tela
workshop-handout = Material para participantes
workshop-open-area = Abrir: { $area }
workshop-guide = Notas para a equipe de facilitação
workshop-guide-private = (para a equipe de facilitação: nunca projetadas nem entregues)
workshop-guide-steps = Passos
workshop-guide-questions = Perguntas para o grupo
workshop-guide-care = Cuidado com as pessoas
workshop-guide-source = Fonte: { $source }
workshop-guide-print = Guia da equipe de facilitação
workshop-guide-print-title = Guia da equipe de facilitação: { $title }
workshop-guide-print-warning = Só para a equipe de facilitação: não entregar nem projetar.
workshop-report = Relatório da oficina
workshop-notes = { $count ->
    [0] Ainda não há papeizinhos
    [one] { $count } papelzinho
   *[other] { $count } papeizinhos
}
workshop-add-note = Adicionar o papelzinho
workshop-note-group = Grupo
workshop-note-group-hint = por exemplo: grupo 2, o grupo das mulheres
workshop-note-text = O que escreveram
note-sort = Classificar…
note-sort-into = Transformar em
note-section = Em qual seção do protocolo
note-sorted = Classificado como: { $target }.
note-became = Agora: { $target }
note-target-context-note = uma nota de contexto
note-target-actor = um ator
note-target-incident = um incidente
note-target-risk = um risco
note-target-measure = uma medida
note-target-protocol-proposal = uma proposta para o protocolo
workshop-print-back = Voltar à oficina
workshop-report-title = Relatório: { $title }
workshop-omitted = { $count ->
    [one] { $count } nota ou medida restrita ficou de fora deste material.
   *[other] { $count } notas e medidas restritas ficaram de fora deste material.
}
workshop-measures = Medidas e quem as faz
workshop-measure = Medida
workshop-owners = Quem
workshop-due = Até quando
workshop-status = Como está

## Rede de solidariedade
home-escalation = Rede de solidariedade
escalation-title = Rede de solidariedade
escalation-intro = Quando a comunidade precisar pedir apoio à rede, monte aqui um caso. Cada pessoa diz o que pode ser compartilhado, e com quem. Você vê exatamente o que vai sair antes que seja selado para a equipe de apoio da rede.
escalation-tab-cases = Casos
escalation-tab-contacts = Equipes de apoio e contatos
escalation-tab-open = Receber um pacote
case-add = Novo caso
case-form = Caso
case-title = O que aconteceu, numa linha
case-urgency = Com que urgência
urgency-immediate = imediatamente (vidas em risco)
urgency-urgent = em poucos dias
urgency-follow-up = atualização de um caso anterior
case-region = Região ou país
region-country = País
region-subdivision = Departamento, estado ou província (se souber)
region-country-placeholder = Digite para buscar, por exemplo “guate”
region-whole-country = O país inteiro
region-none-found = Nada na lista corresponde ao que você digitou.
region-clear = Sem região
region-loading = (carregando a lista de países…)
region-legacy = Escrito antes da lista: “{ $value }”. Fica como foi escrito até que alguém escolha um país da lista.
case-summary = O que aconteceu e o que está em jogo (só para a equipe de apoio)
case-public-summary = O que pode ser tornado público
case-public-hint = Só este texto, o título e a região do caso, o nome da sua comunidade e as pessoas que aceitaram ter o nome tornado público podem chegar à imprensa ou a uma carta pública. Qualquer outro nome ou pseudônimo que apareça neles é ocultado.
case-requests = O que pedimos à rede
request-letter = uma carta coletiva
request-petition = um abaixo-assinado
request-media = trabalho com a imprensa
request-un-mechanism = as Relatorias Especiais da ONU
request-regional-mechanism = uma comissão regional
request-relocation = realocação de emergência
request-funds = fundos de emergência
request-accompaniment = acompanhamento
request-legal-support = apoio jurídico
request-medical-support = atendimento médico
request-psychosocial-support = apoio psicossocial
request-emergency-grant = uma doação de emergência
case-people = Quem está em risco
consent-title = O que cada pessoa aceitou
consent-person = Pessoa
consent-shareWithDesk = compartilhar com a rede
consent-nameToAuthorities = dar o seu nome às autoridades
consent-nameInPublic = tornar público o seu nome
consent-photos = usar fotos
consent-hint = Pergunte a cada pessoa, para cada uso. Quem não aceita compartilhar com a rede fica de fora de todos os pacotes.
case-incidents = O que aconteceu (do livro de incidentes)
case-safe-contact = Uma forma segura de a equipe de apoio falar conosco
case-files = Arquivos enviados junto
case-file-send = enviar { $name }
case-files-hint = Fotos, vídeos, PDFs, documentos e qualquer arquivo que não seja texto simples ou gravação de som só vão se todas as pessoas do caso, e todas as que o incidente afetou, aceitaram o uso de fotos: um arquivo assim pode mostrar qualquer uma delas. Os arquivos nunca vão para o público.
case-files-held-back = Retidos: { $names }. Estes arquivos podem mostrar uma pessoa, e nem todas as pessoas do caso ou do incidente aceitaram o uso de fotos.
desk-file-save = Salvar uma cópia…
desk-file-save-title = Salvar o arquivo
desk-file-saved = Arquivo salvo, sem cifrar: { $path }
case-saved = Caso salvo.
case-open = Preparar o envio
case-sent-line = Versão { $version } enviada em { $date } para { $to }
preview-title = O que vai sair: { $title }
preview-audience = Quem vai ler
audience-desk = a equipe de apoio da rede
audience-public = o público
preview-people = { $count ->
    [0] Nenhuma pessoa mencionada
    [one] { $count } pessoa
   *[other] { $count } pessoas
}
preview-desk-hint = Só as equipes de apoio que você escolher podem abrir o pacote. Os nomes reais só aparecem quando a pessoa aceitou ser nomeada.
preview-public-hint = Isto é tudo o que uma carta pública ou a imprensa pode usar.
send-to = Selar para
send-no-desk = Ainda não há equipe de apoio da rede: adicione uma a partir do arquivo de contato dela em "Equipes de apoio e contatos".
case-send = Selar e salvar o pacote…
case-send-hint = O pacote é cifrado para as equipes de apoio escolhidas e assinado por este cofre. Leve-o num pen drive ou envie-o pelo Signal ou por e-mail.
case-consent-update = O consentimento mudou depois do envio
case-consent-update-hint = Se alguém retirar ou limitar o que aceitou, mude isso no caso (Editar), salve e depois envie esta atualização selada às mesmas equipes de apoio a que enviou o caso. A equipe de apoio marca cada texto que agora vai além disso, e os textos públicos não podem mais ser impressos.
case-consent-update-send = Selar e salvar a atualização de consentimento…
case-consent-update-title = Salvar a atualização de consentimento
case-consent-update-saved = Atualização de consentimento salva: { $path }
case-save-title = Salvar o pacote do caso
case-sent = Pacote salvo: { $path }
own-fingerprint = A impressão da chave deste cofre. Leia-a em voz alta para a equipe de apoio quando entregar o seu arquivo de contato:
own-fingerprint-later = Este cofre recebe as suas chaves para a rede, e a impressão da chave para ler em voz alta, quando você salvar o arquivo de contato dele pela primeira vez.
own-contact-community = Salvar o nosso arquivo de contato (comunidade)…
own-contact-desk = Salvar o nosso arquivo de contato (equipe de apoio da rede)…
contact-save-title = Salvar o arquivo de contato
contact-saved = Arquivo de contato salvo: { $path }
own-contact-guide-community = Este cofre é de uma comunidade: entregue às equipes de apoio da rede o arquivo da comunidade. O arquivo da equipe de apoio da rede é só para um cofre que recebe casos (antes, marque "Este cofre pertence a uma equipe de apoio da rede").
own-contact-guide-desk = Este cofre é de uma equipe de apoio da rede: entregue às comunidades que vocês apoiam o arquivo da equipe de apoio da rede. O arquivo da comunidade é para um cofre que envia casos.
own-contact-saved-read = Salvo em { $path }. Leia esta impressão da chave em voz alta para quem receber o arquivo, e peça que a compare com a que o Tejido dessa pessoa mostra:
contacts-title = { $count ->
    [0] Ainda não há equipes de apoio nem contatos
    [one] { $count } contato
   *[other] { $count } contatos
}
contact-read = Adicionar a partir de um arquivo de contato…
contact-choose = Escolha um arquivo de contato
contact-compare = Ligue para a pessoa e leiam em conjunto esta impressão da chave em voz alta. Aceite somente se for igual à que ela lê na tela dela.
contact-checked = Comparamos a impressão da chave e ela é igual
contact-notes = Como foi conferido
contact-notes-hint = por exemplo: por telefone com a equipe de apoio, 3 de dezembro
contact-accept = Aceitar este contato
contact-added = Contato adicionado: { $name }.
role-desk = equipe de apoio da rede
role-community = comunidade
package-intro = Abra aqui um pacote que você recebeu: um caso que uma comunidade enviou à sua equipe de apoio, ou um informe de situação que uma equipe de apoio mandou de volta sobre um dos seus casos. O pacote é conferido primeiro: um pacote alterado ou de um remetente desconhecido é recusado.
package-open = Abrir um pacote…
package-case-kept = Caso recebido de { $name } e guardado neste cofre.
package-status-kept = Informe de situação de { $name } adicionado ao caso.
package-consent-kept = Atualização de consentimento de { $name } aplicada: os textos que agora vão além dela estão marcados e não podem ser impressos.
package-already-kept = Este pacote de { $name } já tinha sido recebido: nada mudou.
package-choose = Escolha um pacote de caso
package-unknown = Este pacote vem de um remetente que este cofre não conhece.
package-accept-once = Comparamos a impressão da chave: abrir
package-from = De { $name }
package-from-unknown = De um remetente que não está nos seus contatos

## Rede de solidariedade — a equipe de apoio da rede
escalation-tab-received = Casos recebidos
escalation-tab-trends = Tendências e impacto
desk-mark = Este cofre pertence a uma equipe de apoio da rede
desk-mark-hint = Uma equipe de apoio recebe os casos que as comunidades enviam, decide quem os acompanha, escreve cartas, abaixo-assinados e comunicações, e registra o que mudou.
desk-received = { $count ->
    [0] Nenhum caso recebido ainda
    [one] { $count } caso recebido
   *[other] { $count } casos recebidos
}
desk-received-none = Quando uma comunidade enviar um caso, abra o pacote em "Receber um pacote".
desk-search = Buscar nos casos
desk-search-example = uma palavra de um título, um lugar, um nome recebido, uma ação…
desk-search-none = Nenhum caso contém todas estas palavras.
desk-counts = { $actions } ações · { $outcomes } resultados
desk-open-case = Abrir
desk-consent-none = nenhum nome pode ser dado
desk-person-both = { $name } (pseudônimo { $pseudonym })
desk-consent-withdrawn = saiu do caso em { $date }: nenhum dos seus nomes pode sair da equipe de apoio
desk-consent-changed = consentimento alterado em { $date }
findings-title-public = Este texto público menciona pessoas além do que elas aceitaram. Ele não pode ser impresso até ser corrigido:
findings-title-authorities = Este texto para as autoridades menciona pessoas além do que elas aceitaram. Ele não pode ser impresso até ser corrigido:
finding-line = { $found }: { $person }, { $consent }
beyond-name-to-authorities = que não aceitou ter o nome dado às autoridades
beyond-name-in-public = que não aceitou ter o nome tornado público
beyond-pseudonym = um pseudônimo, que nunca sai da equipe de apoio
beyond-withdrawn = que saiu do caso
findings-fix = Mude ou tire estas palavras e salve: o texto pode ser impresso de novo quando nada mais for encontrado.
desk-triage = Classificar e priorizar
desk-requests = O que a comunidade pede
escalation-intro-desk = Casos que as comunidades enviaram a esta equipe de apoio: confira quem os enviou, decida quem os acompanha, aja com cartas, abaixo-assinados, imprensa e comunicações dentro do que cada pessoa aceitou, e registre o que mudou.
desk-working-group = Grupo de trabalho
desk-categories = Categorias de ameaça
desk-closed = não é mais acompanhado
desk-triage-save = Salvar a classificação
desk-actions = Ações
action-letter = Carta coletiva
action-petition = Abaixo-assinado
action-media-brief = Nota para a imprensa
action-un-submission = Comunicação aos procedimentos especiais da ONU
action-regional-submission = Pedido a um mecanismo regional
action-front-line-defenders = Pedido à Front Line Defenders (apelo urgente ou apoio de proteção)
action-protect-defenders = Pedido de apoio de emergência à ProtectDefenders.eu
action-status-draft = rascunho
action-status-sent = enviada
action-status-done = respondida ou encerrada
desk-deadline-line = até { $date }
desk-signed-by = { $count ->
    [0] nenhuma organização aceitou assinar ainda
    [one] assinada por { $count } organização
   *[other] assinada por { $count } organizações
}
desk-signatures-line = { $count ->
    [one] { $count } assinatura
   *[other] { $count } assinaturas
}
desk-action-kind = Nova ação
desk-addressee = Destinatário
addressee-government = o governo
addressee-prosecutor = o Ministério Público
addressee-company = a empresa
addressee-embassy = uma embaixada
desk-language = Idioma
desk-action-draft = Redigir
desk-draft-hint = O rascunho usa só o que cada pessoa aceitou: os nomes vão para as autoridades ou para o público só com o consentimento da pessoa. Uma nota para a imprensa usa só o que a comunidade marcou como público.
desk-action-title = Título
desk-action-text = Texto
desk-action-copy = Copiar como texto
desk-action-save-text = Salvar como .txt…
desk-action-copied = Copiado. Cole no formulário da página do mecanismo ou num e-mail.
desk-action-text-save-title = Salvar o texto
desk-action-text-saved = Texto salvo: { $path }
mechanism-request-title = Escrever diretamente a um mecanismo de proteção
mechanism-request-hint = Sem uma equipe de apoio da rede: o pedido é redigido exatamente a partir do que o pacote deste caso levaria, por isso não menciona ninguém além do que essa pessoa aceitou. Leiam, completem o que falta e depois colem no formulário do mecanismo ou enviem por e-mail.
mechanism-request-kind = Mecanismo
mechanism-request-draft = Redigir o pedido
mechanism-request-missing = O caso ainda não diz isto; complete antes de enviar:
desk-live-clear = Conferido enquanto você digita: nenhum nome aqui vai além do que cada pessoa aceitou.
template-source = Organizado como { $mechanism } pede, a partir de: { $title } (consultado em { $date }).
desk-signatories = Organizações convidadas a assinar
desk-signatories-hint = Marque uma organização só quando ela tiver dito sim para assinar esta carta. Só essas aparecem no final dela.
desk-signatory-agreed = { $organisation } aceitou assinar
desk-signatory-add = Adicionar uma organização
desk-signatory-add-hint = Nome de uma organização integrante
desk-signatures = Assinaturas coletadas
desk-deadline = Prazo
desk-owner = Quem é responsável
desk-status = Como está
desk-outcomes = O que mudou
desk-outcome-on = Data
desk-outcome-kind = O que aconteceu
desk-outcome-note = Em poucas palavras
desk-outcome-add = Registrar o resultado
outcome-release = Libertação
outcome-charges-dropped = Acusações retiradas
outcome-trial = Julgamento ou audiência
outcome-new-attack = Nova agressão ou ameaça
outcome-relocation = Realocação para um lugar seguro
outcome-protection-granted = Medidas de proteção concedidas
outcome-other = Outro
desk-timeline = Linha do tempo
timeline-received = Pacote recebido (versão { $version })
timeline-action-started = { $action } iniciada: { $title }
timeline-action-sent = { $action } enviada: { $title }
timeline-acknowledged = Informe de situação enviado à comunidade: { $message }
desk-status-back = Contar à comunidade como estão as coisas
desk-status-back-hint = Um informe selado que só esta comunidade pode abrir: a sua mensagem, as ações (tipo, título, como estão) e os resultados. Os textos das cartas e as organizações signatárias ficam aqui.
desk-status-message = Mensagem para a comunidade
desk-status-send = Selar e salvar o informe de situação…
desk-status-save-title = Salvar o informe de situação
desk-status-saved = Informe de situação salvo: { $path }
case-update-line = De { $desk }, { $date }
desk-print-signed = Assinado por
trends-title = Tendências
trends-by-category = Casos por categoria de ameaça e mês de recebimento
trends-by-country = Por país
trends-by-region = Por região
trends-by-group = Por grupo de trabalho
trends-total = Total
trends-all = Todos os casos
trends-not-set = não definido
trends-by-perpetrator-kind = Por tipo de suposto agressor
trends-by-perpetrator = Por suposto agressor mencionado
trends-csv = Salvar os casos como CSV…
trends-csv-title = Salvar os casos como CSV
trends-csv-saved = Salvo: { $path }. Uma linha por caso, sem o nome de ninguém; o arquivo não está cifrado.
impact-open-report = Relatório de impacto
impact-title = Relatório de impacto: { $desk }
impact-made = Feito em { $date }
impact-cases = { $count ->
    [one] { $count } caso recebido
   *[other] { $count } casos recebidos
}, { $open } ainda acompanhados.
desk-print-back = Voltar à rede de solidariedade
impact-what-done = O que foi feito
impact-no-actions = Nenhuma ação ainda.
impact-action-line = { $started } iniciadas, { $sent } enviadas
impact-what-changed = O que mudou
impact-no-outcomes = Nenhum resultado registrado ainda.
impact-overdue = Com o prazo vencido
impact-per-case = Caso a caso
impact-open = acompanhado
home-sync = Notebooks e sincronização
welcome-join = Entrar num cofre a partir de outro notebook
sync-title = Notebooks e sincronização
sync-intro = Vários notebooks podem ter o mesmo cofre: cada um guarda a sua própria cópia selada, e as alterações passam de um para outro como arquivos selados num pen drive ou numa pasta compartilhada na rede local. Nada passa pela internet.
sync-working = Trabalhando…
sync-start-title = Compartilhar este cofre com outros notebooks
sync-start-intro = Dê a este notebook um nome que o grupo reconheça. Depois você pode convidar os outros notebooks.
sync-laptop-name = Nome deste notebook
sync-laptop-name-hint = Por exemplo: "Notebook da Ana" ou "Escritório da comunidade".
sync-start = Começar a compartilhar
sync-share-title = Compartilhar alterações
sync-stick-title = Copiar com um pen drive
sync-stick-hint = Escolha o pen drive (ou qualquer pasta). As alterações deste notebook são copiadas para ele, e as dos outros notebooks são copiadas dele e aplicadas. Faça isso em cada notebook, um de cada vez.
sync-stick-folder = Pen drive ou pasta
sync-copy = Trocar as alterações com o pen drive
sync-folder-title = Pasta de sincronização deste cofre
sync-folder-hint = As alterações de todos os notebooks ficam guardadas aqui. Se esta pasta for compartilhada com os outros notebooks na rede local, aplique o que chegou com o botão abaixo.
sync-import = Aplicar o que chegou
sync-report-copied = { $out } arquivos copiados para o pen drive, { $in } copiados dele.
sync-report-applied = { $files } arquivos de alterações aplicados ({ $fields } campos alterados).
sync-report-conflicts = { $count ->
    [one] { $count } alteração nova em conflito para resolver abaixo.
   *[other] { $count } alterações novas em conflito para resolver abaixo.
}
sync-report-waiting = { $count ->
    [one] { $count } arquivo está esperando: ainda falta um arquivo anterior, ou o notebook que o gravou ainda não conhece este. Copie de novo mais tarde.
   *[other] { $count } arquivos estão esperando: ainda falta um arquivo anterior, ou o notebook que os gravou ainda não conhece este. Copie de novo mais tarde.
}
sync-report-unknown = { $count ->
    [one] { $count } arquivo vem de um notebook que este ainda não conhece; ele será aplicado quando o convite desse notebook chegar.
   *[other] { $count } arquivos vêm de um notebook que este ainda não conhece; eles serão aplicados quando o convite desse notebook chegar.
}
sync-report-held = { $count ->
    [one] { $count } arquivo foi gravado por uma versão mais nova do { -tejido }; ele fica guardado até este notebook ser atualizado.
   *[other] { $count } arquivos foram gravados por uma versão mais nova do { -tejido }; eles ficam guardados até este notebook ser atualizado.
}
sync-report-refused = { $count ->
    [one] { $count } arquivo foi recusado: veja a lista no final.
   *[other] { $count } arquivos foram recusados: veja a lista no final.
}
sync-report-nothing = Está tudo em dia.
sync-unpublished = { $count } alterações feitas neste notebook vão na próxima cópia.
sync-conflicts-title = Alterações em conflito ({ $count })
sync-conflicts-intro = Dois notebooks mudaram a mesma coisa antes de se encontrarem. A mesma regra decidiu em todos os notebooks (fica a alteração mais recente); escolham qual o grupo quer. A sua escolha chega aos outros notebooks com a próxima cópia.
sync-no-conflicts = Nenhuma alteração em conflito.
sync-conflict-field = Campo: { $field }
sync-mine = Neste notebook
sync-theirs = De { $laptop }, { $at }
sync-kept = em uso agora
sync-empty = (vazio)
sync-keep-mine = Manter a versão deste notebook
sync-keep-theirs = Manter a versão do outro notebook
sync-keep-removed = Manter removido
sync-bring-back = Trazer de volta
sync-removed-here = Removido neste notebook enquanto { $laptop } o alterava ({ $at }). Continua removido, com as alterações dentro, até vocês decidirem.
sync-removed-there = Removido em { $laptop } ({ $at }) enquanto era alterado neste notebook. Continua removido, com as alterações dentro, até vocês decidirem.
sync-settled = Resolvido. Os outros notebooks vão acompanhar com a próxima cópia.
sync-laptops-title = Notebooks do grupo
sync-this-laptop = este notebook
sync-files-published = { $count } arquivos de alterações gravados
sync-files-applied = { $count } dos seus arquivos de alterações aplicados aqui
sync-removed-on = Removido em { $at }
sync-remove = Remover do grupo
sync-remove-confirm = Remover { $laptop }? As alterações dele daqui em diante serão recusadas, e as novas alterações não poderão mais ser lidas nele. Faça isso com um notebook perdido ou roubado.
sync-removed = { $laptop } foi removido do grupo.
sync-invite-title = Adicionar um notebook
sync-invite-hint = Um convite é um arquivo com uma cópia selada deste cofre para o novo notebook. Leve-o até lá num pen drive; leia o código em voz alta para a pessoa que está lá, nunca o escreva no pen drive.
sync-invite-name = Nome do novo notebook
sync-invite = Fazer o convite
sync-invite-save = Salvar o convite
sync-invitation-code = Código para ler em voz alta para a pessoa que está no novo notebook:
sync-invitation-fingerprint = Depois de entrar, o novo notebook mostra um código curto próprio. A pessoa que está nele o lê para você, e você o digita na lista de notebooks: só então esse notebook passa a ser de confiança. Nunca digite um código que alguém lhe envie.
sync-refused-title = Arquivos recusados
sync-refused-unreadable = danificado, ou não é um arquivo do { -tejido }
sync-refused-forged = a assinatura não é do notebook que ele diz ser; pode ser falsificado
sync-refused-removed = gravado por um notebook removido do grupo
sync-refused-other-vault = é de outro cofre
sync-refused-invalid = não é um arquivo de alterações íntegro (uma tabela ou um campo desconhecido, um valor errado, uma gravação com o identificador de outro registro ou com o relógio de outro notebook); nada dele foi aplicado
sync-refused-clock-ahead = tem data mais de um dia à frente do relógio deste notebook; será tentado de novo mais tarde (confira a data e a hora dos dois notebooks)
sync-refused-laptop-not-invited = adiciona um notebook sem um convite assinado por um notebook do grupo; esse notebook não foi adicionado
sync-refused-laptop-keys = tenta mudar as chaves de um notebook, ou trazer de volta um notebook removido; essa alteração ficou de fora
sync-refused-contact-keys = tenta mudar as chaves de um contato; essa alteração ficou de fora
sync-refused-second-join = vem de um segundo notebook feito com o mesmo convite; um convite só se usa uma vez
sync-refused-expired = vem de um notebook que entrou depois que o convite dele expirou
sync-refused-old-join = vem de um notebook que entrou com um Tejido mais antigo, mantendo as chaves do convite (quem copiou o convite também as tem); atualize o Tejido nesse notebook e convide-o de novo
sync-refused-rolled-back = vem de um notebook cujo cofre voltou a um estado anterior (uma cópia da pasta foi posta de volta, ou os últimos salvamentos foram apagados): o que foi editado nele desde então pode estar perdido, e ele ainda pode confiar num notebook removido depois; confira esse notebook
sync-keys-replaced-title = Entregue o novo arquivo de contato a cada equipe de apoio
sync-keys-replaced = Um notebook foi removido em { $at }, e ele tinha as chaves da comunidade para os pacotes de caso, por isso elas foram trocadas. As equipes de apoio ainda têm o arquivo de contato antigo: salve o novo na tela Rede de solidariedade e entregue-o a cada uma delas, que vão comparar a impressão da chave com você.
sync-keys-replaced-to = Para entregar a: { $names }
sync-keys-given = Todas as equipes de apoio têm o novo arquivo de contato
sync-pending = convidado, ainda não entrou: nada é selado para ele até chegar um arquivo dele
sync-expired = o convite expirou antes de ele entrar: remova-o, e convide-o de novo se for de vocês
sync-awaiting = { $count ->
    [1] entrou e está esperando você: peça à pessoa que está nesse notebook que leia o código que ele mostra, e digite-o aqui
   *[other] { $count } notebooks entraram com este convite (foram usadas cópias dele): digite só o código que a pessoa do seu novo notebook ler para você; os outros serão recusados
}
sync-confirm-code = Código mostrado pelo novo notebook
sync-confirm-submit = Confirmar
sync-confirmed = { $laptop } agora faz parte do grupo: o que ele gravou é aplicado, e o que o grupo grava é selado para ele.
sync-own-code-title = Leia este código para a pessoa que convidou você
sync-own-code-hint = Ela o digita no notebook dela. Até lá, nada do que for escrito aqui chega ao grupo, e nada do grupo chega a este notebook.
sync-invited-by-removed = Convidado por { $laptop }, que depois foi removido. Confira se ele é um dos notebooks do grupo (comparem a impressão da chave em voz alta), ou remova-o.
sync-check-contacts-title = Contatos para conferir de novo
sync-check-contacts-intro = Estes contatos foram adicionados, ou tiveram as chaves definidas, por um notebook que depois foi removido. Peça de novo a cada equipe de apoio o arquivo de contato dela e comparem a impressão da chave em voz alta; remova o contato antigo e adicione o novo arquivo.
sync-check-contact-by = adicionado por { $laptop }
sync-remove-contact = Remover este contato
sync-remove-keys = As chaves da comunidade para os pacotes de caso também são trocadas: cada equipe de apoio vai precisar do novo arquivo de contato.
sync-field-name = Nome
sync-field-pseudonym = Pseudônimo
sync-field-real_name = Nome real
sync-field-notes = Observações
sync-field-title = Título
sync-field-summary = Resumo
sync-field-description = Descrição
sync-field-text = Texto
sync-field-role = Função
sync-field-status = Situação
sync-field-owner = Responsável
sync-field-due_on = Prazo
sync-field-sensitivity = Sensibilidade
sync-field-tags = Etiquetas
sync-entity-collective = Coletivo
sync-entity-person = Integrante
sync-entity-contextNote = Nota de contexto
sync-entity-actor = Ator
sync-entity-incident = Incidente
sync-entity-threatAssessment = Avaliação de ameaça
sync-entity-risk = Risco
sync-entity-measure = Medida
sync-entity-indicator = Indicador de alerta precoce
sync-entity-relationship = Vínculo
sync-entity-nodePosition = Posição no mapa da rede
sync-entity-place = Lugar
sync-entity-protocolSection = Seção do protocolo
sync-entity-principle = Princípio
sync-entity-protocolLevel = Nível de alerta
sync-entity-decision = Decisão
sync-entity-protocolComment = Comentário ou proposta
sync-entity-workshop = Oficina
sync-entity-agendaItem = Sessão da oficina
sync-entity-stickyNote = Papelzinho
sync-entity-networkKey = Chaves da rede
sync-entity-contact = Contato
sync-entity-escalationCase = Caso
sync-entity-receivedCase = Caso recebido
sync-entity-syncDevice = Notebook
sync-entity-forgotten = Registro esquecido
join-title = Entrar num cofre a partir de outro notebook
join-intro = Outro notebook do grupo fez um convite para este. Você precisa do arquivo do convite (num pen drive) e do código que a pessoa de lá lê para você. Este notebook recebe a sua própria cópia do cofre, com a sua própria frase secreta.
join-invitation = Arquivo do convite
join-code = Código
join-code-hint = Cinco grupos de quatro letras e números; os traços e as maiúsculas não importam.
join-passphrase-hint = A frase secreta própria deste notebook. Ela pode ser diferente da dos outros notebooks.
join-progress = Abrindo o convite e criando o cofre deste notebook…
join-submit = Entrar
join-fingerprint = A impressão da chave deste notebook. Leia-a em voz alta para a pessoa que está no notebook que convidou você: ela precisa ser igual à que aparece lá.
sync-lan-title = Rede local (Syncthing)
sync-lan-hint = Notebooks na mesma rede local (o mesmo Wi-Fi, mesmo sem internet) podem trocar alterações sozinhos, pelo Syncthing. Adicione cada um dos outros notebooks com o identificador Syncthing e o endereço dele. Nada é enviado para nenhum outro lugar: sem descoberta, sem retransmissores, sem internet.
sync-lan-running = Ligado: as alterações saem assim que são salvas e chegam em poucos segundos.
sync-lan-stopped = Desligado.
sync-lan-own-id = O identificador Syncthing deste notebook, para adicionar nos outros:
sync-lan-listen = Endereço em que este notebook escuta
sync-lan-listen-hint = 0.0.0.0:22000 escuta em todas as redes deste notebook; escreva o endereço do próprio notebook para limitar a uma só.
sync-lan-add-peer = Adicionar um notebook
sync-lan-peer-name = Nome dele
sync-lan-peer-id = Identificador Syncthing dele
sync-lan-peer-address = Endereço dele
sync-lan-peer-address-hint = Como aparece naquele notebook, por exemplo 192.168.1.20:22000.
sync-lan-connected = conectado
sync-lan-on = Ligar
sync-lan-save = Salvar
sync-lan-off = Desligar
sync-lan-arrived = Chegaram alterações de outros notebooks: { $files } arquivos aplicados, { $conflicts } conflitos para resolver (Notebooks e sincronização).
attention-sync-conflicts = { $count ->
        [one] { $count } alteração de outro notebook está em conflito: escolha qual manter em Notebooks e sincronização.
       *[other] { $count } alterações de outros notebooks estão em conflito: escolha quais manter em Notebooks e sincronização.
    }

# O início: as áreas, além de desfazer, configurações e bloquear
home-areas = Áreas
home-editing = Desfazer e refazer
home-risks-hint = Incidentes, ameaças, riscos e o plano de proteção
home-network-hint = Quem protege quem, o mapa e a cadeia de alerta
home-protocol-hint = As regras próprias da comunidade, decididas em conjunto
home-workshop-hint = Programação, cronômetro, papeizinhos e o projetor
home-escalation-hint = Pedir apoio à rede de solidariedade
home-sync-hint = Os outros notebooks do grupo
create-show-passphrase = Mostrar a frase secreta (só se ninguém puder ver a tela)
home-recovered = O cofre foi aberto com a chave de recuperação em papel, e a sua nova frase secreta agora também o abre. A frase secreta antiga continua funcionando: se outra pessoa puder conhecê-la, ou se a chave em papel foi vista, remova a frase secreta antiga e troque a chave do cofre em Configurações (isso também faz uma nova chave em papel).
home-recovered-review = Revisar as frases secretas
workshop-another = Planejar outra oficina
protocol-unfinished-title = Ainda não terminado
protocol-unfinished-undecided = { $count ->
    [one] { $count } princípio ainda não foi decidido (adote, adapte ou rejeite por meio de uma decisão):
   *[other] { $count } princípios ainda não foram decididos (adote, adapte ou rejeite cada um por meio de uma decisão):
}
protocol-unfinished-blanks = { $count ->
    [one] { $count } lacuna do modelo ainda está no texto:
   *[other] { $count } lacunas do modelo ainda estão no texto:
}
protocol-unfinished-blank = { $blank } em “{ $place }”
risks-first-incident = Anotar o primeiro incidente
risk-add-measure = Adicionar uma medida para este risco

## A tecla de pânico
panic-button = Esconder tudo
panic-button-title = Bloqueia o cofre na hora e limpa todas as telas, inclusive o projetor, deixando só a tela de boas-vindas (Ctrl+Shift+L)

## Os princípios de La Puya conferidos com os registros (aba "Na prática" do protocolo, a sua impressão, `tejido analyse`)
protocol-tab-checks = Na prática
protocol-intro-checks = O que os nossos próprios registros dizem sobre os três princípios de La Puya: se planejamos conversar com uma empresa em vez de exigir que as instituições ajam, quem participa das nossas decisões ao longo do tempo, e se dependemos de uma só pessoa. Contado a partir de todos os atores, atas de decisão, medidas, vínculos e da cadeia de alerta.
checks-print-title = Os nossos princípios na prática
checks-print-as-of = Conforme os nossos registros no dia em que isto foi impresso.
checks-companies-title = Princípio 1: sem diálogo com empresas
checks-companies-principle = A comunidade decidiu exigir que as instituições públicas ajam, em vez de conversar com as empresas. Os planos de se reunir com uma empresa, e os integrantes ligados a uma, aparecem aqui para a assembleia analisar.
checks-dialogue = { $kind ->
        [measure] A medida
       *[decision] A decisão
    } «{ $title }» prevê uma reunião ou um diálogo com { $company }. O princípio pede que a comunidade exija, em vez disso, que as instituições abaixo ajam.
checks-a-company = uma empresa
checks-company-tied = { $company }: ligada na rede a { $names }. Conversem com essas pessoas sobre o princípio: um vínculo não é uma falta, mas a empresa pode usá-lo.
checks-company-untied = { $company }: nenhum integrante está ligado a ela na rede.
checks-companies-none = Nenhuma empresa está registrada entre os atores.
checks-institutions-title = Instituições de quem exigir ação
checks-institutions-none = Ainda não há nenhuma instituição pública registrada entre os atores: adicione as responsáveis (Ministério Público, Defensoria, ministério) na análise de risco.
checks-inclusion-title = Quem participa (princípio 2: inclusão)
checks-inclusion-principle = La Puya: inclusão, e trabalhar para reduzir as desigualdades de poder entre nós.
checks-inclusion-summary = { $count ->
    [one] { $count } decisão diz quem participou
   *[other] { $count } decisões dizem quem participou
  }.
checks-inclusion-meetings = { $count ->
    [one] Tudo em { $count } reunião (um dia com decisões).
   *[other] Em { $count } reuniões (dias com decisões).
  }
checks-inclusion-unrecorded = { $count ->
    [one] { $count } decisão não diz quem participou: acrescente isso para que ela conte.
   *[other] { $count } decisões não dizem quem participou: acrescente isso para que elas contem.
  }
checks-inclusion-none = Nenhuma decisão diz quem participou ainda. Em cada ata de decisão, escrevam quantas mulheres, jovens, pessoas mais velhas e outras pessoas participaram, para ver aqui quem participa ao longo do tempo.
checks-group = Grupo
checks-group-meetings = Reuniões de que participaram
checks-group-last = Última vez
checks-group-most = Máximo numa reunião
checks-group-members = Integrantes deste grupo
checks-group-measures = Medidas sob a sua responsabilidade
checks-meetings-of = { $attended } de { $meetings }
checks-never = nunca
checks-years = Por ano: { $years }
checks-year = { $year }: { $attended } de { $meetings }
checks-owners-title = Quem é responsável pelas medidas de proteção
checks-owner-line = { $name }: { $count ->
    [one] { $count } medida
   *[other] { $count } medidas
  }
checks-unowned = { $count ->
    [one] { $count } medida atual ainda não tem responsável.
   *[other] { $count } medidas atuais ainda não têm responsável.
  }
checks-no-measures = Nenhuma medida atual tem responsável ainda.
checks-group-line = { $group }: { $attended } de { $meetings } reuniões, a última em { $last }; integrantes { $members }, medidas sob a sua responsabilidade { $measures }
checks-inclusion-ok = Todos os grupos que o formulário de decisão pergunta participam, e ninguém carrega as medidas sozinho.
inclusion-warning-group-absent = { $group }: em nenhuma das reuniões registradas. Perguntem por quê, e como abrir espaço para esse grupo.
inclusion-warning-group-stopped = { $group }: participavam antes, mas não nas últimas { $count } reuniões. Perguntem o que mudou.
inclusion-warning-one-owner = { $name } é responsável por { $count } das { $total } medidas atuais: se essa pessoa faltar, a maior parte do plano para. Dividam as medidas.
inclusion-warning-group-owns-none = { $group }: participam das decisões, mas não são responsáveis por nenhuma das { $total } medidas atuais.
checks-leaders-title = De quem a comunidade depende (princípio 3: sem liderança única)
checks-leaders-principle = La Puya: processos coletivos sem liderança nem porta-voz únicos.
checks-leaders-none = Ninguém está sozinho: ninguém segura sozinho a rede, a voz da comunidade, as medidas ou a cadeia de alerta.
checks-leader-measures = { $count ->
    [0] não é responsável por nenhuma medida
    [one] é responsável por { $count } medida
   *[other] é responsável por { $count } medidas
  }
dependence-sole-voice = O protocolo indica só essa pessoa para falar ou decidir pela comunidade.
dependence-contacts = A maior parte dos contatos de segurança e dos alertas passa por essa pessoa.
dependence-only-bridge = Sem essa pessoa, uma parte do coletivo fica isolada do resto.
dependence-measures = Essa pessoa é responsável por mais da metade das medidas atuais.
dependence-chain-start = A cadeia de alerta começa por essa pessoa e por mais ninguém.
dependence-named-role = O protocolo indica essa pessoa, junto com outras, para falar ou decidir.
dependence-advice-sole-voice = Indiquem duas ou três pessoas que se revezem, e combinem a mensagem antes com a assembleia.
dependence-advice-contacts = Deem a alguns integrantes um segundo contato de segurança, para que nem todos os alertas passem por essa pessoa.
dependence-advice-only-bridge = Liguem a outra pessoa quem só chega aos demais por meio dessa pessoa.
dependence-advice-measures = Dividam as medidas, com uma segunda pessoa responsável por cada uma.
dependence-advice-chain-start = Deixem uma segunda pessoa iniciar a cadeia de alerta, caso essa não consiga.
dependence-advice-named-role = Mantenham o revezamento, para que ninguém vire a única voz.

## Partes da recuperação do cofre (m de n), e destruição das chaves deste notebook

unlock-use-shares = Abrir com partes guardadas por integrantes
settings-slot-shares = Partes guardadas por integrantes, feitas em { $date }
shares-title = Dividir a recuperação entre integrantes
shares-title-desk = O Grupo Consultivo guarda a recuperação da equipe de apoio
shares-why = Nenhuma pessoa sozinha deve guardar a chave. Dê uma parte a cada integrante de um grupo de várias pessoas: algumas dessas pessoas juntas podem abrir o cofre, uma sozinha não pode.
shares-why-desk = A recuperação da equipe de apoio fica com o seu Grupo Consultivo: cada integrante recebe uma parte, e só um número suficiente delas juntas pode abrir o cofre da equipe de apoio.
shares-replaces = Fazer partes novas torna inúteis na hora todas as partes anteriores; trocar a chave do cofre também. A chave de recuperação em papel continua funcionando sozinha.
shares-total = Integrantes que recebem uma parte
shares-threshold = Partes necessárias para abrir
shares-summary = Quaisquer { $threshold } destes { $total } integrantes, em conjunto, podem abrir o cofre.
shares-groups-hint = Escolha integrantes de grupos diferentes da comunidade, para que nenhum grupo possa abrir o cofre sozinho. Os nomes e os grupos só ajudam você aqui: não são salvos nem impressos.
shares-groups-hint-desk = Escolha integrantes do Grupo Consultivo de organizações diferentes. Os nomes e as organizações só ajudam você aqui: não são salvos nem impressos.
shares-holder-name = Integrante { $number }
shares-holder-name-hint = Só aparece nesta tela.
shares-holder-group = Grupo
shares-holder-group-desk = Organização
shares-holder-file = Esta pessoa guarda, em vez de um cartão, um arquivo selado com a sua própria frase secreta
shares-file-folder = Pasta para o arquivo (um pen drive dessa pessoa)
shares-file-passphrase = A frase secreta própria da pessoa
shares-file-passphrase-hint = A própria pessoa a digita, e vai digitá-la de novo para usar a parte.
shares-crowded = Só o grupo { $group } teria { $threshold } partes, o suficiente para abrir o cofre. Dê algumas delas a integrantes de outros grupos.
shares-submit = Fazer { $total } partes ({ $threshold } necessárias)
share-cards-title = Cartões das partes: imprima agora
share-cards-title-desk = Cartões das partes do Grupo Consultivo: imprima agora
share-cards-once = Estes cartões só aparecem esta vez. Imprima-os e entregue cada cartão à sua pessoa. Quaisquer { $threshold } dos { $total } abrem o cofre.
share-cards-file = A parte { $number } ({ $holder }) foi salva, selada com a frase secreta da pessoa, em { $path }
share-cards-for = Para: { $holder }
share-card-heading = Parte de recuperação do Tejido { $number } de { $total }
share-card-vault = Identificador do cofre: { $id }
share-card-threshold = Quaisquer { $threshold } das { $total } partes juntas abrem este cofre. Uma parte sozinha não abre nada.
share-card-keep = Guarde este cartão em lugar seguro e longe do computador. Nunca tire foto dele nem o digite numa mensagem. Só o traga quando integrantes suficientes se reunirem para recuperar o cofre.
share-card-keep-desk = Você guarda esta parte como integrante do Grupo Consultivo da equipe de apoio. Guarde-a em lugar seguro e longe do computador; nunca tire foto dela nem a envie. Só a traga quando o Grupo Consultivo se reunir para recuperar o cofre da equipe de apoio.
share-card-use = Para usá-la: no Tejido, na tela de desbloqueio, escolha "Abrir com partes guardadas por integrantes" e digite a parte como está impressa, com os espaços e tudo.
share-cards-print = Imprimir os cartões
share-cards-written = Os cartões estão impressos e cada pessoa tem o seu
recover-shares-title = Abrir com partes guardadas por integrantes
recover-shares-intro = Digite as partes de integrantes suficientes, como aparecem nos cartões, ou abra os arquivos das pessoas que guardam um com a sua própria frase secreta. Depois escolha uma nova frase secreta para este computador.
recover-shares-card = Parte { $number }
recover-shares-card-hint = Ela começa com tjs1. Espaços e letras maiúsculas não importam.
recover-shares-file = Arquivo da parte
recover-shares-file-passphrase = A frase secreta da pessoa que guarda este arquivo
recover-shares-add = Adicionar uma parte
recover-shares-add-file = Adicionar um arquivo de parte
recover-shares-submit = Abrir e definir uma nova frase secreta
shred-title = Destruir as chaves deste notebook
shred-what = Para um notebook que pode ser levado: todas as frases secretas deste cofre param de funcionar neste notebook, e a chave Syncthing deste notebook é destruída. Depois disso, só a chave de recuperação em papel ou partes suficientes abrem o cofre; o que fica no disco está cifrado.
shred-no-recovery = Este cofre não tem nem chave de recuperação em papel nem partes guardadas por integrantes, então ninguém conseguiria abri-lo depois da destruição. Faça primeiro uma nova chave em papel ou divida a recuperação.
shred-start = Destruir as chaves deste notebook…
shred-limits = O que isso não faz: num SSD ou em alguns sistemas de arquivos, os bytes antigos podem sobreviver onde o disco os colocou; as cópias de segurança, as cópias da pasta e os outros notebooks do grupo mantêm as suas próprias chaves; e quem tiver a chave em papel ou partes suficientes ainda pode abrir o cofre, por isso guarde-as em outro lugar.
shred-understood = Entendi: nenhuma frase secreta vai abrir mais este cofre neste notebook
shred-submit = Destruir as chaves agora
duress-title = Uma frase secreta de coação
duress-what = Uma segunda frase secreta para dizer se alguém obrigar você a abrir o Tejido. Ela abre um cofre de fachada (a comunidade de demonstração com o nome do seu coletivo) e, sem mostrar nada, destrói todas as outras frases secretas deste cofre neste notebook. Depois disso, os dados verdadeiros só abrem com a chave de recuperação em papel ou com partes suficientes.
duress-no-recovery = Este cofre não tem nem chave de recuperação em papel nem partes guardadas por integrantes, então depois de uma abertura sob coação ninguém conseguiria abri-lo. Faça primeiro uma nova chave em papel ou divida a recuperação.
duress-start = Definir uma frase secreta de coação…
duress-limits = Quem ela engana, e quem não: quem obrigar você a desbloquear vê um cofre comum, e os arquivos no disco não mostram mais do que uma segunda frase secreta e um anexo a mais. Ela não engana quem já tinha uma cópia da pasta e uma frase secreta verdadeira, quem estiver olhando você digitar a verdadeira, nem quem conhece bem a demonstração do Tejido. Mantenha a chave em papel ou as partes longe deste notebook, senão também podem obrigar você a entregá-las.
duress-understood = Entendi: digitá-la destrói as frases secretas verdadeiras deste notebook, sem aviso
duress-passphrase = Frase secreta de coação
duress-passphrase-hint = Uma que você consiga dizer sem hesitar, diferente de todas as frases secretas deste cofre.
duress-submit = Adicionar a frase secreta de coação
duress-added = A frase secreta de coação está definida. Ela aparece na lista de frases secretas como qualquer outra.

# Problemas do registro de acessos (aplicativo e linha de comando)
log-problem-bad-signature = A entrada { $seq } foi alterada depois que a pessoa integrante a assinou.
log-problem-broken-chain = Entradas anteriores à { $seq } foram removidas, alteradas ou trocadas de ordem.
log-problem-unknown-member = A entrada { $seq } está assinada por alguém que nunca foi integrante.
log-problem-opened-without-entry = Um pacote foi aberto e o registro não diz por quem: foram removidas entradas.

# Supervisão do Grupo Consultivo numa equipe de apoio
escalation-tab-oversight = Integrantes e registro de acessos
oversight-members = { $count ->
    [one] { $count } integrante
   *[other] { $count } integrantes
}
oversight-intro = Cada integrante tem a sua própria frase secreta. As comunidades selam um caso só para os integrantes do grupo de trabalho dele, e cada abertura é assinada no registro de acessos que o Grupo Consultivo lê. Integrantes só entram e saem por decisão do Grupo Consultivo.
oversight-add = Adicionar integrante
oversight-name = Nome
oversight-groups = Grupos de trabalho
oversight-groups-hint = Separe-os com vírgulas, por exemplo: Mulheres e terra, Responsabilização de empresas.
oversight-own-passphrase = A nova pessoa integrante digita agora, ela mesma, a sua própria frase secreta. Ninguém mais deve conhecê-la: é ela que abre os casos dos seus grupos de trabalho.
oversight-passphrase = A frase secreta própria da pessoa integrante
oversight-add-submit = Adicionar a pessoa integrante
oversight-decision = A decisão do Grupo Consultivo
oversight-decision-title = O que foi decidido
oversight-decision-hint = Registrado junto com as decisões da equipe de apoio, por exemplo "Reunião de 3 de março: Ana entra em Mulheres e terra".
oversight-present = Integrantes do Grupo Consultivo presentes
oversight-advisory-group = Grupo Consultivo
oversight-add-decision = { $name } entra na equipe de apoio
oversight-remove-decision = { $name } sai da equipe de apoio
oversight-added-on = Entrou por decisão de { $date }
oversight-removed-on = Saiu por decisão de { $date }
oversight-remove = Remover { $name } da equipe de apoio
oversight-remove-what = As chaves dessa pessoa saem deste cofre e a equipe de apoio recusa as aberturas dela. Os casos enviados depois que as comunidades receberem o novo arquivo de contato da equipe de apoio não são selados para ela. O que ela abriu antes continua no registro.
oversight-remove-submit = Remover por esta decisão
oversight-send-card = Depois de cada mudança, salve de novo o arquivo de contato da equipe de apoio (Equipes de apoio e contatos) e envie-o às comunidades: elas selam os novos casos para os integrantes que ele lista.
oversight-sealed-title = Pacotes à espera de integrantes
oversight-log-empty = Ninguém abriu um caso ainda: cada abertura será anotada aqui, assinada pela pessoa integrante que o abrir.
oversight-sealed-none = Nenhum pacote está esperando. Os pacotes selados para os integrantes da equipe de apoio esperam aqui até que um deles os abra.
oversight-sender-unknown = um remetente ainda não aceito
oversight-received-on = recebido em { $date }
oversight-opened-by = aberto por { $name } em { $date }
oversight-not-opened = ainda não aberto
oversight-open = Abrir como integrante
oversight-who = Quem está abrindo
oversight-open-logged = A abertura é anotada no registro de acessos com o seu nome e assinada com a sua chave.
oversight-open-submit = Abrir
oversight-log = Registro de acessos
oversight-log-verified = O registro confere: { $count ->
    [one] { $count } abertura
   *[other] { $count } aberturas
}, cada uma assinada pela pessoa integrante que abriu o caso.
oversight-log-seq = N.º
oversight-log-when = Quando
oversight-log-who = Quem
oversight-log-from = Comunidade
package-kept-sealed = O pacote de { $name } está selado para os integrantes da equipe de apoio: ele espera em "Integrantes e registro de acessos" até que um integrante do seu grupo de trabalho o abra.
case-working-group = O grupo de trabalho da equipe de apoio
case-working-group-all = Todos os integrantes da equipe de apoio
case-working-group-hint = Só os integrantes da equipe de apoio deste grupo de trabalho podem abrir o caso.
contact-members = Os casos são selados para { $count ->
    [one] { $count } integrante
   *[other] os seus { $count } integrantes
}, não para a equipe de apoio: { $names }.

# A contagem de um abaixo-assinado a partir do seu arquivo de assinaturas
desk-signatures-typed = Assinaturas, digitadas
desk-tally-count = Contar a partir de um arquivo…
desk-tally-again = Contar de novo a partir de um arquivo…
desk-tally-type = Digitar o número
desk-tally-choose = As assinaturas do abaixo-assinado (um arquivo CSV)
desk-tally-hint = Um arquivo CSV exportado da plataforma do abaixo-assinado ou digitado a partir das folhas de papel: cada pessoa conta uma vez (o mesmo e-mail ou telefone, ou o mesmo nome quando não houver). O arquivo é lido e esquecido: só as contagens são guardadas.
desk-tally-from = { $count ->
    [one] { $count } assinatura contada
   *[other] { $count } assinaturas contadas
} a partir de { $file } em { $date } ({ $repeated }).
desk-tally-repeated = { $count ->
    [0] nenhuma linha repetida
    [one] { $count } linha repetida deixada de fora
   *[other] { $count } linhas repetidas deixadas de fora
}
desk-profiles = Quem são as pessoas defensoras
trends-by-profile = Por perfil da pessoa defensora
