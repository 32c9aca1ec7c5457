# Tejido — mensagens de erro (português do Brasil).
# Os ids vêm em pares: err-… diz o que deu errado, rec-… o que a pessoa pode fazer.
# Mantenha o termo -tejido como está em todos os idiomas.

-tejido = Tejido

## Abrir um cofre

err-vault-not-a-vault = A pasta { $path } não é um cofre do { -tejido }.
rec-vault-not-a-vault = Escolha a pasta que contém o arquivo vault.toml.
err-vault-missing = A pasta { $path } não está lá.
rec-vault-missing = Ela pode ter sido movida ou renomeada, ou está num pen drive que não está conectado. Conecte o pen drive ou escolha a pasta de novo.
err-vault-too-new = Este cofre foi salvo por uma versão mais nova do { -tejido } (formato { $format }).
rec-vault-too-new = Atualize o { -tejido } neste computador e abra o cofre de novo. Nada foi alterado.
err-vault-damaged-header = O arquivo de descrição do cofre (vault.toml) está danificado: { $detail }.
err-vault-in-use = Este cofre já está aberto em outra janela ou programa do { -tejido }.
rec-vault-in-use = Feche-o lá primeiro e tente de novo.
err-vault-wrong-passphrase = Essa frase secreta não abre este cofre.
rec-vault-wrong-passphrase = Confira o idioma do teclado e o Caps Lock e tente de novo. Se ninguém lembrar dela, use a chave de recuperação.
err-vault-wrong-recovery-key = Essa chave de recuperação é de outro cofre.
err-vault-invalid-recovery-key = Isso não é uma chave de recuperação.
rec-vault-recovery-key = Uma chave de recuperação começa com AGE-SECRET-KEY-1 e tem cerca de 70 caracteres. Copie-a do papel exatamente como está.
err-vault-excessive-work = Um arquivo de chave deste cofre pede muito mais trabalho de cálculo do que o { -tejido } usa (nível { $required }, no máximo { $max }). Ele pode ter sido adulterado.
err-vault-damaged-key-slot = O arquivo de chave { $file } está faltando ou danificado.
err-vault-tampered-header = O arquivo de descrição do cofre (vault.toml) não corresponde às suas chaves. Alguém pode tê-lo alterado.
err-vault-no-usable-generation = Nenhuma das { $count } versões salvas deste cofre pôde ser lida com segurança.
rec-vault-get-help = Não apague nada. Faça uma cópia da pasta inteira do cofre e peça ajuda a alguém de confiança que conheça o { -tejido }.
err-vault-io = O { -tejido } não conseguiu ler { $path }: { $kind ->
        [not-found] a pasta ou o arquivo não está lá (foi movido, renomeado ou está num pen drive que foi desconectado)
        [permission-denied] esta conta do computador não tem permissão para usá-lo
        [already-exists] já existe algo com esse nome
        [storage-full] o disco ou o pen drive está cheio
        [read-only] o disco ou o pen drive só permite leitura
        [invalid-name] o nome tem caracteres ou um tamanho que este disco não aceita
        [not-empty] uma pasta que deveria estar vazia ainda tem arquivos
       *[other] o sistema recusou (o disco ou o pen drive pode estar falhando ou foi retirado)
    }.
err-vault-read-only-open = Este cofre foi aberto apenas para leitura.

## Salvar

err-save-disk-full = Não há mais espaço no disco para salvar ({ $path }). O seu último salvamento está seguro.
rec-save-disk-full = Libere espaço no disco e salve de novo.
err-save-read-only = O { -tejido } não tem permissão para gravar em { $path }. O seu último salvamento está seguro.
rec-save-read-only = Confira se o pen drive ou o disco não está travado ou somente para leitura, e se você pode gravar na pasta.
err-save-io = O salvamento falhou ao gravar { $path }: { $kind ->
        [not-found] a pasta ou o arquivo não está lá (foi movido, renomeado ou está num pen drive que foi desconectado)
        [permission-denied] esta conta do computador não tem permissão para usá-lo
        [already-exists] já existe algo com esse nome
        [storage-full] o disco ou o pen drive está cheio
        [read-only] o disco ou o pen drive só permite leitura
        [invalid-name] o nome tem caracteres ou um tamanho que este disco não aceita
        [not-empty] uma pasta que deveria estar vazia ainda tem arquivos
       *[other] o sistema recusou (o disco ou o pen drive pode estar falhando ou foi retirado)
    }. O seu último salvamento está seguro.
err-save-database = O salvamento falhou dentro do banco de dados: { $detail }. O seu último salvamento está seguro.
rec-save-retry = Tente de novo. Se continuar falhando, copie a pasta do cofre para um lugar seguro.

## Criar um cofre

err-create-not-empty = A pasta { $path } já contém arquivos.
rec-create-not-empty = Escolha uma pasta nova ou vazia para o cofre.
err-create-io = Não foi possível criar o novo cofre em { $path }: { $kind ->
        [not-found] a pasta ou o arquivo não está lá (foi movido, renomeado ou está num pen drive que foi desconectado)
        [permission-denied] esta conta do computador não tem permissão para usá-lo
        [already-exists] já existe algo com esse nome
        [storage-full] o disco ou o pen drive está cheio
        [read-only] o disco ou o pen drive só permite leitura
        [invalid-name] o nome tem caracteres ou um tamanho que este disco não aceita
        [not-empty] uma pasta que deveria estar vazia ainda tem arquivos
       *[other] o sistema recusou (o disco ou o pen drive pode estar falhando ou foi retirado)
    }.
err-create-disk-full = Não há mais espaço no disco para criar o cofre ({ $path }).
err-create-read-only = O { -tejido } não tem permissão para gravar em { $path }, por isso o cofre não pôde ser criado ali.
rec-create-read-only = Escolha uma pasta em que você possa gravar, por exemplo em Documentos, ou confira se o pen drive não está travado.
err-create-database = Não foi possível preparar o novo cofre: { $detail }.
rec-create-retry = Escolha outra pasta (por exemplo em Documentos), ou confira o disco, e tente de novo.

## Frases secretas e espaços de chave

err-passphrase-too-short = Uma frase secreta precisa ter pelo menos { $min } caracteres. Várias palavras são mais fáceis de lembrar e mais difíceis de adivinhar.
err-passphrase-mismatch = As duas frases secretas que você digitou são diferentes.
err-slot-wrong-passphrase = Nenhuma frase secreta deste cofre corresponde ao que você digitou.
err-slot-last-passphrase = Esta é a única frase secreta do cofre, por isso não pode ser removida.
rec-slot-last-passphrase = Adicione outra frase secreta primeiro e depois remova esta.
err-passphrase-too-weak = Esta frase secreta seria fácil demais de adivinhar: palavras comuns, nomes, datas, sequências do teclado e letras trocadas são testados primeiro.
rec-passphrase-too-weak = Use quatro ou mais palavras comuns escolhidas ao acaso, sem relação entre si nem com a comunidade (não um ditado nem uma música).
err-slot-wrong-secret = Para confirmar, digite uma frase secreta ou a chave de recuperação em papel deste cofre; o que você digitou não abre nenhuma das duas.
rec-slot-wrong-secret = Isto é pedido antes de qualquer coisa que entregue as chaves do cofre ou o seu conteúdo, para que um computador deixado desbloqueado não baste.
err-slot-same-slot = Uma frase secreta não pode confirmar a sua própria remoção.
rec-slot-same-slot = Confirme com outra frase secreta ou com a chave de recuperação em papel.
err-slot-unknown = Essa frase secreta ou chave já foi removida.
err-slot-no-recovery = Este cofre não tem nem chave de recuperação em papel nem partes guardadas por integrantes: depois de destruir as chaves, ou de usar uma frase secreta de coação, ninguém conseguiria abri-lo.
err-slot-passphrase-in-use = Essa frase secreta já abre este cofre. Uma frase secreta de coação precisa ser uma que ninguém usa para abri-lo.
rec-slot-passphrase-in-use = Escolha outra frase secreta para coação, uma que você consiga dizer sem hesitar.
rec-slot-no-recovery = Primeiro faça uma nova chave em papel ou divida a recuperação em partes (Configurações), e só depois destrua as chaves.
err-share-bounds = Escolha entre { $min } e { $max } integrantes, e um número necessário de pelo menos { $min } e não maior que o número de integrantes.
err-share-typo = A parte número { $entry } da sua lista tem um erro de digitação ou não é uma parte do Tejido.
rec-share-typo = Compare-a com o cartão, grupo por grupo; letras parecidas (como 5 e s) são o erro mais comum.
err-share-duplicate = A parte { $number } foi digitada duas vezes.
rec-share-more = Cada parte conta uma só vez: peça a parte de outra pessoa que guarda uma.
err-share-other-vault = A parte número { $entry } da sua lista é de outro cofre.
err-share-old-split = A parte número { $entry } da sua lista é de um conjunto de partes mais antigo deste cofre; um conjunto mais novo a tornou inútil.
rec-share-other = Compare o identificador do cofre em cada cartão com o dos outros, e use apenas cartões do conjunto mais novo.
err-share-no-split = A recuperação deste cofre nunca foi dividida em partes, ou uma troca de chave tornou as partes inúteis.
err-share-too-few = São necessárias { $needed } partes para abrir este cofre; você digitou { $given }.
err-share-file-passphrase = O arquivo de parte número { $entry } da sua lista não abre com a frase secreta digitada para ele.
rec-share-file-passphrase = Quem guarda a parte digita a sua própria frase secreta, a que escolheu quando as partes foram feitas.

## Anexos

err-blob-missing = O anexo { $id } não está na pasta do cofre.
err-blob-damaged = O anexo { $id } está danificado.
rec-blob-restore = Restaure a pasta do cofre a partir de uma cópia de segurança, se você tiver uma.

## Edição

err-person-empty-pseudonym = Toda pessoa precisa de um pseudônimo.
err-person-pseudonym-taken = Alguém do coletivo já tem o pseudônimo "{ $pseudonym }".
rec-person-pseudonym-taken = Escolha outro pseudônimo, por exemplo com um número ou um lugar.
err-person-not-found = Essa pessoa não está no coletivo.
err-person-not-removed = Só uma pessoa removida do coletivo pode ser esquecida. Remova-a primeiro.
err-collective-empty-name = O coletivo precisa de um nome.
err-undo-nothing = Não há mais nada para desfazer.
err-core-database = O banco de dados recusou a alteração: { $detail }.
err-core-migrate = O { -tejido } não conseguiu atualizar este cofre para a versão atual: { $detail }.

## Estado de uma versão salva

generation-incomplete = o salvamento foi interrompido antes de terminar
generation-not-authentic = está danificada ou não foi gravada por este cofre
generation-undecryptable = não pode ser decifrada
generation-not-a-database = não contém um banco de dados íntegro
generation-unreadable = não pode ser lida ({ $reason })
generation-after-skipped = só registra alterações sobre um salvamento anterior que não pôde ser usado

## O aplicativo

err-app-locked = O cofre está bloqueado.
rec-app-locked = Desbloqueie-o de novo para continuar.
err-app-rollback-pending = Nada que vem de outros notebooks é aplicado enquanto este cofre estiver numa versão salva mais antiga que ninguém aceitou ainda.
rec-app-rollback-pending = Leia primeiro o aviso na tela inicial (na linha de comando: tejido accept-rollback).
err-app-unknown-language = O { -tejido } ainda não tem esse idioma.
err-pack-manifest = Não foi possível ler o pack.json do pacote de idioma: { $reason }
rec-pack-manifest = Ele precisa indicar o código do idioma, o nome do idioma nesse próprio idioma e os idiomas de reserva, como faz o pacote de português que vem com o { -tejido }.
err-pack-code = “{ $code }” não é um código de idioma.
rec-pack-code = Use o código do idioma, com a região se for preciso: quc, pt-BR, es-GT.
err-pack-built-in = O { -tejido } já fala “{ $code }”: um pacote não pode substituir um idioma que já vem no aplicativo.
err-pack-name = O nome do pacote de idioma está faltando, é longo demais ou contém marcação.
err-pack-file = O pacote de idioma não tem um { $file } que possa ser lido.
rec-pack-files = Um pacote de idioma é uma pasta com pack.json, ui.ftl e errors.ftl.
err-pack-syntax = Não foi possível ler { $file } na linha { $line }: o arquivo não está escrito como mensagens Fluent.
rec-pack-fix-file = Corrija o arquivo (os arquivos ui.ftl e errors.ftl em inglês mostram como cada mensagem é escrita) e adicione o pacote de novo.
err-pack-markup = A mensagem { $id } em { $file } (linha { $line }) contém marcação ou um script: as mensagens precisam ser texto simples.
err-pack-duplicate = A mensagem { $id } está escrita duas vezes no pacote de idioma.
err-pack-fallback-unknown = O pacote usa como reserva “{ $language }”, que não vem no aplicativo nem está instalado.
rec-pack-fallback = Instale primeiro o pacote desse idioma, ou use como reserva es, fr ou en.
err-pack-fallback-cycle = Os idiomas de reserva do pacote voltam para “{ $language }” e ficariam andando em círculo.
err-pack-io = Não foi possível ler ou salvar o pacote de idioma ({ $path }): { $reason }
err-pack-not-installed = O idioma “{ $code }” não está instalado.
err-pack-needed = Outro pacote de idioma usa “{ $code }” como reserva.
rec-pack-needed = Remova primeiro esse pacote, ou mude os idiomas de reserva dele.

## Registros da análise de risco

err-record-empty-title = Isto precisa de um título (ou de um nome) antes de ser salvo.
err-record-level = { $value } não é um nível: os níveis vão de 1 (muito baixo) a 5 (muito alto).
err-record-unknown-category = Esta versão do Tejido não conhece a categoria de ameaça “{ $category }”.
err-risk-not-rated = Um risco precisa de uma probabilidade e de um impacto.
err-record-not-found = Este registro não está mais aqui.
rec-record-not-found = Ele pode ter acabado de ser removido: Desfazer o traz de volta.
err-app-file = Não foi possível usar o arquivo { $path }: { $kind ->
        [not-found] a pasta ou o arquivo não está lá (foi movido, renomeado ou está num pen drive que foi desconectado)
        [permission-denied] esta conta do computador não tem permissão para usá-lo
        [already-exists] já existe algo com esse nome
        [storage-full] o disco ou o pen drive está cheio
        [read-only] o disco ou o pen drive só permite leitura
        [invalid-name] o nome tem caracteres ou um tamanho que este disco não aceita
        [not-empty] uma pasta que deveria estar vazia ainda tem arquivos
       *[other] o sistema recusou (o disco ou o pen drive pode estar falhando ou foi retirado)
    }.
rec-app-file = Confira se ele ainda existe e se você pode abri-lo, ou escolha outro.
err-app-file-too-large = O arquivo { $path } tem mais de { $megabytes } MB, é grande demais para guardar no cofre.
err-relationship-self = Um vínculo precisa de duas pessoas ou atores diferentes.
err-alert-running = Já há um alerta em curso.
rec-alert-running = Primeiro encerrem o alerta, ou continuem com ele.
err-alert-closed = Este alerta já foi encerrado; seu registro fica como estava.
err-alert-green = O verde não é um alerta.
rec-alert-green = Para voltar ao verde, encerrem o alerta em curso.
err-alert-none = Nenhum alerta está em curso.
rec-alert-none = Ative primeiro um nível (`tejido alert activate`, ou “Ativar um nível de alerta” na tela da rede).
err-app-not-an-image = { $path } não é uma foto que o { -tejido } consiga mostrar.
rec-app-not-an-image = Escolha uma foto do mapa em PNG, JPEG ou WebP.
err-app-training-no-pair = Nenhum ensaio está aberto.
rec-app-training-no-pair = Abra um na tela de boas-vindas: Ensaiar um caso (comunidade e equipe de apoio).
err-app-training-wrong-side = Isso cabe ao outro lado do ensaio.
rec-app-training-wrong-side = Troque de lado no alto da tela e tente de novo.
err-app-training-nothing-waiting = Nenhum pacote espera por este lado do ensaio.
err-redo-nothing = Não há nada para refazer.
err-protocol-started = Este protocolo já foi iniciado a partir do modelo.
err-protocol-version-frozen = Uma versão aprovada faz parte da história do protocolo e não pode ser removida.
rec-protocol-version-frozen = Para mudar o protocolo, edite o rascunho e aprovem uma nova versão.
err-protocol-version-not-agreed = Uma versão só fica fixada quando a assembleia a aprova.
err-protocol-nothing-to-freeze = Nada mudou desde a última versão aprovada.
rec-protocol-nothing-to-freeze = Edite o rascunho primeiro; a nova versão vai guardar essas mudanças.
err-app-window = Não foi possível abrir a janela do projetor: { $detail }.
err-package-unreadable = Isto não é um pacote de caso nem um arquivo de contato que o Tejido consiga ler: { $detail }.
err-package-tampered = Este pacote foi alterado depois de ser assinado. Não confie nele.
rec-package-tampered = Peça a quem enviou que o envie de novo por outro meio, e avise que esta cópia foi alterada.
err-package-unknown-sender = Este pacote vem de um remetente que este cofre não conhece. A impressão da chave dele é { $fingerprint }.
rec-package-unknown-sender = Ligue para quem enviou e leiam em conjunto, em voz alta, a impressão da chave. Aceite somente se for igual.
err-package-not-for-us = Este pacote foi selado para outra pessoa, não para este cofre.
err-package-too-new = Este pacote foi feito por um Tejido mais novo (formato { $format }).
err-desk-no-signatory = Uma carta só pode ser enviada em nome de organizações que aceitaram assiná-la.
rec-desk-no-signatory = Marque as organizações que disseram sim, ou mantenha a carta como rascunho até que alguma aceite.
err-desk-beyond-consent = Este texto menciona alguém além do que essa pessoa aceitou. Ele não pode ser impresso, copiado nem salvo até ser corrigido.
rec-desk-beyond-consent = Edite o texto como diz o aviso ao lado, salve e tente de novo.
err-desk-unknown-case = Este informe de situação é sobre um caso que este cofre não tem.
rec-desk-unknown-case = Ele pode ter sido removido: use Desfazer, ou pergunte à equipe de apoio de qual caso se trata.
err-desk-no-reply-address = Este caso chegou sem um endereço para responder; não é possível selar um informe de situação para essa comunidade.
err-desk-unknown-consent-case = Esta atualização de consentimento é sobre um caso que esta equipe de apoio não recebeu dessa comunidade.
err-case-not-sent = Este caso não foi enviado a nenhuma equipe de apoio que ainda esteja entre os seus contatos: não há equipe de apoio para avisar.
err-desk-not-from-case-desk = Este informe de situação vem de um contato para quem este caso nunca foi enviado. Ele não foi adicionado.
err-sync-folder = Não foi possível ler ou gravar a pasta de sincronização { $path }: { $detail }
rec-sync-folder = Confira se o pen drive está conectado e não está cheio nem somente para leitura, e tente de novo.
err-sync-not-started = Este cofre ainda não é compartilhado com outros notebooks.
err-sync-bad-invitation = Este convite não abre com esse código.
rec-sync-bad-invitation = Confira o código com a pessoa que fez o convite (letras e números; os traços não importam) e se você escolheu o arquivo certo.
err-sync-invitation-expired = Este convite expirou: um convite pode ser usado durante sete dias.
rec-sync-invitation-expired = Peça ao outro notebook que remova o notebook que convidou e faça um novo convite.
err-sync-wrong-join-code = Nenhum notebook esperando para entrar mostra este código.
rec-sync-wrong-join-code = Peça à pessoa que está no novo notebook que leia de novo o código que ele mostra, e confira se o arquivo dele chegou a este notebook (copie com o pen drive, ou aplique o que chegou). Um notebook feito a partir de uma cópia do convite mostra outro código: nunca digite um código que alguém lhe envie.
err-sync-remove-self = Um notebook não pode remover a si mesmo do grupo; faça isso a partir de outro notebook do grupo.
err-sync-conflict-not-found = Este conflito já foi resolvido.
err-sync-lan = Não foi possível iniciar a sincronização pela rede local: { $detail }
rec-sync-lan = Confira se o Syncthing está instalado e se os endereços estão escritos como 192.168.1.20:22000; copiar com um pen drive sempre funciona.

## README.txt dentro de um pacote de caso: como conferir e abrir sem o Tejido (os comandos ficam como estão)
package-readme = Um pacote de caso feito com o Tejido.

    Impressão digital da chave de quem enviou (compare em voz alta com quem enviou): { $fingerprint }

    Confira quem enviou, sem abrir o pacote, com a chave de assinatura do arquivo de contato
    do remetente que você já tem (a linha "signingKey"), nunca só com { $sender }, que foi
    escolhido por quem fez este arquivo:
      minisign -Vm { $sealed } -P <signingKey do arquivo de contato>
    Abra-o com a identidade age da equipe de apoio:
      age -d -i desk-identity.txt -o case.json { $sealed }

    Melhor: importe o .tar inteiro no Tejido, que faz as duas coisas e recusa remetentes desconhecidos.

# Supervisão do Grupo Consultivo numa equipe de apoio
err-desk-membership-not-agreed = Uma pessoa só é adicionada ou removida da equipe de apoio por uma decisão do Grupo Consultivo que a aprove.
err-desk-member-passphrase = Essa não é a frase secreta desta pessoa. Cada integrante digita a sua.
err-desk-member-removed = Esta pessoa foi removida da equipe de apoio pelo Grupo Consultivo: ela não pode mais abrir casos.
err-desk-no-member-in-group = { $desk } não tem nenhum integrante no grupo de trabalho “{ $group }”.
rec-desk-no-member-in-group = Escolha outro grupo de trabalho, ou nenhum (todas as pessoas da equipe de apoio), ou peça à equipe de apoio o arquivo de contato mais recente dela.
err-region-unknown = “{ $value }” não é um país nem uma região da lista.
rec-region-unknown = Escolha na lista o país e depois, se souber, o departamento, estado ou província; palavras como um povoado ou uma estrada vão no resumo.
err-signatures-unreadable = Não foi possível contar este arquivo como assinaturas: { $detail }.
rec-signatures-unreadable = Exporte as assinaturas como arquivo CSV (uma linha por assinatura, com os títulos das colunas na primeira linha), ou salve a planilha "como CSV", e escolha esse arquivo.
