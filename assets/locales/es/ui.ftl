# Tejido — la aplicación de escritorio (español). Las palabras siguen ../shared/GLOSSARY.md.

## Común

common-back = Volver
common-browse = Examinar…
common-cancel = Cancelar
common-continue = Continuar
common-edit = Editar
common-loading = Abriendo { -tejido }…
common-remove = Quitar
common-save = Guardar
common-undo = Deshacer
common-unexpected-error = Algo inesperado falló. Lo último que guardó está a salvo. Vuelva a intentarlo.

## Bienvenida

welcome-title = Bienvenida a { -tejido }
welcome-intro = { -tejido } guarda el trabajo de protección de su colectivo en una bóveda: una carpeta que se cierra con una frase de contraseña. Nada sale de esta computadora si usted no lo exporta.
welcome-create = Crear una bóveda nueva
welcome-open = Abrir una bóveda existente
welcome-demo = Abrir la comunidad de demostración
welcome-desk-demo = Abrir la mesa de apoyo de demostración
welcome-desk-demo-hint = La mesa de apoyo de una red de solidaridad con casos inventados, uno en cada etapa: nuevo, clasificado y priorizado, cartas reuniendo firmas, comunicaciones enviadas, resultados, cerrado.
welcome-recent = Bóvedas abiertas recientemente
welcome-recent-hint = Esta lista se guarda en esta computadora, fuera de toda bóveda: quien la use puede leer los nombres de estas carpetas.
welcome-recent-forget = Borrar esta lista

## Crear una bóveda

create-title = Crear una bóveda
create-name = Nombre del colectivo
create-folder = Carpeta de la bóveda
create-folder-hint = Una carpeta nueva y vacía, por ejemplo en una memoria USB cifrada. «Examinar» crea una con un nombre neutro (Tejido.tejido): el nombre de una carpeta puede decir de quién es.
create-passphrase = Frase de contraseña
create-passphrase-hint = Varias palabras que solo usted y su colectivo conocen. Si todos la olvidan no se puede recuperar; entonces solo la clave de recuperación abre la bóveda.
create-confirm = Escriba otra vez la frase de contraseña
create-mismatch = Las dos frases de contraseña son distintas.
create-progress = Creando la bóveda…
create-submit = Crear la bóveda
strength-label = Fuerza de la frase de contraseña
strength-too-short = Demasiado corta: al menos { $min } caracteres.
strength-0 = Muy débil: se adivina enseguida.
strength-1 = Débil: fácil de adivinar.
strength-2 = Regular: agregue otra palabra.
strength-3 = Fuerte.
strength-4 = Muy fuerte.

## Clave de recuperación

recovery-title = Su clave de recuperación
recovery-warning = Anote esta clave en papel ahora. Solo se muestra esta vez. Quien la tenga puede abrir la bóveda.
recovery-keep = Guarde el papel en un lugar seguro, lejos de esta computadora. Si se olvidan todas las frases de contraseña, esta clave es la única forma de volver a entrar.
recovery-print = Imprimir
recovery-written = Ya la anoté
recover-key = Clave de recuperación
recover-key-hint = Empieza con AGE-SECRET-KEY-1. Los espacios y las minúsculas no importan.
recover-new-passphrase = Nueva frase de contraseña
recover-submit = Abrir con la clave de recuperación

## Abrir

unlock-title = Desbloquear la bóveda
unlock-folder = Carpeta de la bóveda
unlock-passphrase = Frase de contraseña
unlock-submit = Desbloquear
unlock-progress = Comprobando la frase de contraseña… tarda un segundo.
unlock-use-recovery = No conozco la frase de contraseña: usar la clave de recuperación
unlock-use-passphrase = Usar una frase de contraseña
unlock-other-vault = Otra bóveda…
unlock-auto-locked = La bóveda se bloqueó tras { $minutes } minutos sin actividad.
unlock-locked-sleep = La bóveda se bloqueó porque la computadora entró en suspensión.
unlock-locked-screen = La bóveda se bloqueó al bloquearse la pantalla.

## Inicio

home-collective = Colectivo
home-lock = Bloquear
home-lock-shortcut = Bloquear la bóveda (Ctrl+L)
home-settings = Ajustes
home-undo-shortcut = Deshacer el último cambio (Ctrl+Z)
home-undone = Se deshizo el último cambio.
home-demo-banner = Esta es la comunidad de demostración: todas las personas y lugares son inventados. Su frase de contraseña es «{ $passphrase }». Para empezar la suya, ciérrela y cree una bóveda nueva.
home-attention = Requiere atención
home-members = Integrantes
home-members-count = { $count ->
    [0] Todavía no hay integrantes
    [one] Una persona integrante
   *[other] { $count } integrantes
}
home-actions = Acciones
attention-unsaved-changes = El último cambio todavía no se pudo guardar. Se guardará con el siguiente; mantenga { -tejido } abierto.
attention-opened-older-generation = La versión guardada más reciente ({ $newest }) no se pudo leer de forma segura, así que se abrió la versión guardada { $generation }. Pueden faltar los cambios más recientes.
attention-rollback = Esta bóveda se abrió en la versión guardada { $opened }, pero existió la versión guardada { $seen }: se borraron guardados más recientes o se puso una copia antigua en su lugar, lo que puede deshacer cambios recientes como quitar una computadora perdida. Si no restauraron una copia de seguridad, dejen la carpeta como está y avisen a su grupo.
home-rollback-acknowledge = Entiendo: seguir desde esta versión
attention-no-people = El colectivo todavía no tiene integrantes. Agregue a las personas cuya seguridad cuida el colectivo.

## Personas

person-add = Agregar una persona
person-form-title = Persona
person-pseudonym = Seudónimo
person-pseudonym-hint = Se muestra en el proyector, en lo impreso y en lo exportado.
person-real-name = Nombre real (opcional)
person-role = Función
person-sensitivity = Sensibilidad
person-household = Hogar
person-sector = Sector o caserío
person-notes = Notas
person-edit-named = Editar a { $pseudonym }
person-remove-named = Quitar a { $pseudonym }
home-person-added = Se agregó a { $pseudonym }.
home-person-updated = Se guardó a { $pseudonym }.
home-person-removed = Se quitó a { $pseudonym }.
removed-title = Personas quitadas que esta bóveda aún guarda en su historial ({ $count })
removed-hint = Quitar a alguien se puede deshacer, por eso sus datos quedan en el historial de la bóveda. Olvidar los borra para siempre: el registro, su historial, los guardados anteriores y las fotos de sus incidentes que se quitaron antes. Las otras computadoras que comparten esta bóveda también la olvidan en su próxima sincronización. No llega a copias de seguridad, invitaciones o paquetes hechos antes, ni a notas y textos que la nombren en otra parte.
removed-forget = Olvidar para siempre…
removed-confirm = ¿Olvidar a { $pseudonym } para siempre? No se puede deshacer.
removed-confirm-yes = Olvidar para siempre
removed-forgotten = Se olvidó a { $pseudonym }. Solo se conserva el guardado más reciente de la bóveda.
sensitivity-public = público
sensitivity-community = comunidad
sensitivity-restricted = restringido

## Ajustes

settings-title = Ajustes
settings-general = General
settings-language = Idioma
settings-packs = Paquetes de idioma
settings-packs-hint = Agregue el idioma de su comunidad: una carpeta con pack.json, ui.ftl y errors.ftl. Lo que no traduce se muestra en sus idiomas de respaldo.
settings-pack-add = Agregar un paquete de idioma
settings-pack-choose = Elija el pack.json del paquete de idioma
settings-pack-install = Instalar
settings-pack-bundled = Viene con esta aplicación, listo para instalar.
settings-pack-added = Se agregó { $name }: elíjalo en Idioma.
settings-pack-removed = Se quitó el paquete de idioma.
settings-pack-translated = { $translated } de { $total } mensajes traducidos
settings-pack-chain = Los mensajes que le faltan se muestran en: { $languages }
settings-pack-missing = { $count ->
    [one] Falta { $count } mensaje
   *[other] Faltan { $count } mensajes
}
settings-pack-problems = { $count ->
    [one] { $count } mensaje usa otras variables que el inglés y no se usa
   *[other] { $count } mensajes usan otras variables que el inglés y no se usan
}
settings-pack-problem-missing = A { $id } le falta { $variables }
settings-pack-problem-extra = { $id } usa { $variables }, que nunca se envía
settings-autolock = Bloquear la bóveda tras un tiempo sin actividad
settings-autolock-never = Nunca
settings-autolock-minutes = Tras { $minutes } minutos
settings-text-size = Tamaño del texto
settings-text-size-percent = { $percent } %
settings-text-size-hint = En cualquier pantalla, Ctrl y + agranda el texto, Ctrl y − lo achica, Ctrl y 0 vuelve al tamaño habitual. Esta computadora lo recuerda.
settings-passphrases = Frases de contraseña
settings-passphrase-count = { $count ->
    [one] Esta bóveda se abre con una frase de contraseña (y la clave de recuperación).
   *[other] Esta bóveda se abre con { $count } frases de contraseña (y la clave de recuperación).
}
settings-passphrase-add = Agregar una frase de contraseña
settings-passphrase-added = Se agregó la nueva frase de contraseña.
settings-passphrase-change = Cambiar una frase de contraseña
settings-passphrase-changed = Se cambió la frase de contraseña. La anterior ya no abre la bóveda.
settings-passphrase-old = Frase de contraseña actual
settings-passphrase-remove = Quitar una frase de contraseña
settings-passphrase-removed = Se quitó esa frase de contraseña.
settings-passphrase-which = La frase de contraseña que quiere quitar
settings-vault = La bóveda
settings-location = La bóveda es esta carpeta. Todo lo que contiene está cifrado.
settings-backup = Hacer una copia de seguridad
settings-backup-destination = Carpeta de la copia (por ejemplo una memoria USB)
settings-backup-done = Se copiaron y comprobaron { $files } archivos ({ $size } KB) en { $path }.
confirm-secret = Su frase de contraseña o la clave de recuperación en papel
confirm-secret-hint = Se vuelve a pedir aquí para que no baste una computadora que quedó desbloqueada para entregar la bóveda.
confirm-secret-export-hint = La copia que va a guardar no está cifrada. Vuelva a escribir su frase de contraseña para confirmar.
confirm-secret-submit = Confirmar
strength-too-weak = Demasiado fácil de adivinar: será rechazada. Agregue palabras que no tengan nada que ver entre sí.
settings-slots = Formas de entrar en la bóveda
settings-slot-passphrase = Frase de contraseña, agregada el { $date }
settings-slot-recovery = Clave de recuperación en papel, creada el { $date }
settings-slot-weak = Está sellada con menos protección que la que { -tejido } usa hoy. Cambie esta frase de contraseña para sellarla de nuevo con toda la protección.
settings-slots-weak = { $count ->
    [one] Una frase de contraseña está sellada con menos protección que la que { -tejido } usa hoy. Cámbiela en Configuración para sellarla de nuevo.
   *[other] { $count } frases de contraseña están selladas con menos protección que la que { -tejido } usa hoy. Cámbielas en Configuración para sellarlas de nuevo.
}
settings-slot-remove-confirm = Para quitarla, confirme con otra frase de contraseña o con la clave de recuperación en papel
settings-slot-removed = Se quitó. Quien haya guardado una copia de su archivo de llave todavía puede abrir la bóveda con ella: cambie la llave de la bóveda aquí abajo para dejarlo fuera.
settings-recovery-new = Crear una nueva clave de recuperación en papel
settings-recovery-new-hint = La clave en papel anterior deja de funcionar en el acto. La nueva se muestra una sola vez.
settings-rekey = Cambiar la llave de la bóveda
settings-rekey-why = Hágalo cuando se filtró o se quitó una frase de contraseña, o cuando se perdió una computadora, una memoria USB o una copia de seguridad. Todo se sella de nuevo con una llave nueva: ninguna frase de contraseña, archivo de llave o clave en papel anterior abre nada de lo que se guarde desde ahora. Las copias de seguridad anteriores se siguen abriendo como antes: destrúyalas o haga otras nuevas.
settings-rekey-keeps = Queda una sola frase de contraseña: la que usa para confirmar, o la nueva si escribe una. Todas las demás dejan de funcionar y recibe una nueva clave en papel.
settings-rekey-new = Nueva frase de contraseña (necesaria si confirma con la clave en papel o si la suya se filtró)
settings-rekey-submit = Cambiar la llave ahora
settings-rekey-done = Se cambió la llave de la bóveda. Anote la nueva clave en papel.
sync-invite-confirm-hint = Una invitación lleva la bóveda entera; por eso se vuelve a pedir su frase de contraseña.

## Análisis de riesgo

common-open = Abrir
common-close = Cerrar
home-risks = Análisis de riesgo
attention-overdue-measures = { $count ->
        [one] Una medida de protección pasó su fecha límite.
       *[other] { $count } medidas de protección pasaron su fecha límite.
    }
attention-risks-without-measure = { $count ->
        [one] Un riesgo todavía no tiene ninguna medida de protección.
       *[other] { $count } riesgos todavía no tienen ninguna medida de protección.
    }
attention-risk-review-due = La revisión del análisis de riesgo tocaba el { $date }. Revísenlo juntos y márquenlo como revisado.
attention-risks-review-due = { $count ->
        [one] Un riesgo debe revisarse de nuevo (cuanto más grave, antes: crítico cada mes, alto cada dos, medio cada tres, bajo cada seis).
       *[other] { $count } riesgos deben revisarse de nuevo (cuanto más grave, antes: crítico cada mes, alto cada dos, medio cada tres, bajo cada seis).
    }
risk-review-next = Próxima revisión de este riesgo: { $date }
risk-review-overdue = Este riesgo debía revisarse el { $date }: vuelvan a valorarlo en grupo.
carriers-title = Quién carga con cada riesgo
carriers-hint = Por grupo y por persona, el más grave primero: según los incidentes en que se basa cada riesgo (a través de su análisis de amenaza) y según a quién nombra un riesgo como amenazado.
carriers-none = Todavía ningún riesgo está ligado a una persona: construyan los riesgos sobre análisis de amenaza de incidentes que digan a quién afectaron, o nombren a quién se amenaza.
carriers-groups = Por grupo
carriers-people = Por persona
carriers-members = { $count ->
        [one] una persona
       *[other] { $count } personas
    }
carriers-group-none = Ningún riesgo ligado a sus integrantes.

risks-title = Análisis de riesgo
risks-back = Volver al colectivo
risks-print = Imprimir el registro
risks-sections = Partes del análisis de riesgo
risks-section-overview = Resumen
risks-section-context = Contexto
risks-section-actors = Actores
risks-section-incidents = Incidentes
risks-section-threats = Evaluación de amenazas
risks-section-risks = Riesgos
risks-section-plan = Plan de protección
risks-section-indicators = Alerta temprana
risks-intro-overview = Cada riesgo está en la casilla de su última valoración: la probabilidad hacia arriba, el impacto hacia la derecha. Empiecen por los riesgos de arriba a la derecha.
risks-intro-context = Lo que pasa alrededor del colectivo: político, económico, social, legal y territorial. Pongan fecha a cada nota: el contexto cambia.
risks-intro-actors = Quién puede afectar al colectivo, a favor o en contra, y cuánto. Nombren instituciones y grupos, no personas concretas.
risks-intro-incidents = Cada incidente de seguridad, aunque sea pequeño. Toda amenaza es un incidente, pero no todo incidente es una amenaza.
risks-intro-threats = Junten algunos incidentes y sigan cinco pasos: los hechos, el patrón, el objetivo, la fuente y una conclusión.
risks-intro-risks = Un riesgo es una amenaza contra alguien o algo. Sube con la amenaza y con las vulnerabilidades (lo que expone a las personas) y baja con las capacidades (lo que las protege).
risks-intro-plan = Lo que hará el colectivo, quién es responsable y para cuándo. Cada medida responde a uno o varios riesgos.
risks-intro-indicators = Señales de que un riesgo está subiendo, y el nivel de alerta que activa cada una.
risks-without-measure = { $count ->
        [0] Cada riesgo tiene al menos una medida.
        [one] Un riesgo todavía no tiene medida.
       *[other] { $count } riesgos todavía no tienen medida.
    }
measures-overdue = { $count ->
        [0] Ninguna medida está atrasada.
        [one] Una medida está atrasada.
       *[other] { $count } medidas están atrasadas.
    }
review-due = La revisión tocaba el { $date }.
review-next = Próxima revisión: { $date }.
review-overdue = La revisión tocaba el { $date }: está atrasada. Revisen los riesgos juntos.
review-none = La fecha de revisión se fija al valorar el primer riesgo.
review-mark = Marcar revisado hoy
risk-review-marked = Revisado hoy; la próxima revisión es dentro de seis meses.
risks-none = Todavía no se ha identificado ningún riesgo. Empiecen por lo que ha pasado: anoten cada incidente en Incidentes, aunque sea pequeño; de ahí salen los riesgos.
risks-add-first = Identificar el primer riesgo
risks-empty = Todavía no hay nada aquí.
risk-add = Añadir { $kind }
risk-kind-context-note = una nota de contexto
risk-kind-actor = un actor
risk-kind-incident = un incidente
risk-kind-threat-assessment = una evaluación de amenaza
risk-kind-risk = un riesgo
risk-kind-measure = una medida
risk-kind-indicator = un indicador
risk-added = Añadido: { $title }.
risk-updated = Guardado: { $title }.
risk-removed = Eliminado: { $title }.
risk-reassessed = Reevaluación guardada. Las valoraciones anteriores quedan en el historial.
risk-form-new = Nuevo: { $kind }
risk-form-edit = Editar { $kind }
risk-form-required = Primero complete «{ $field }».
risk-form-none-yet = Todavía no hay ninguno registrado.
risk-form-not-known = No se sabe
incident-attach = Adjuntar un archivo
incident-attach-title = Elija una foto o un documento para guardar con este incidente
incident-attached = Archivo guardado y cifrado en la bóveda. El original sigue donde estaba: bórrelo si no debe quedarse en esta computadora.
incident-detached = Adjunto quitado.
incident-save-copy = Guardar una copia
incident-save-copy-title = ¿Dónde guardar la copia? No estará cifrada.
incident-copy-saved = Copia guardada en { $path }. No está cifrada.
incident-letters-open = Cartas a instituciones
incident-letters-title = Cartas a instituciones públicas: { $title }
incident-letters-hint = No dialogamos con las empresas: exigimos que las instituciones públicas cumplan su deber. Una carta por cada institución responsable de actuar ante este incidente, firmada por la comunidad, nunca por una sola persona. Solo se nombra a las personas como lo aceptaron; lea y corrija cada carta antes de enviarla.
incident-letters-addressees = Instituciones
incident-letters-withheld = Este incidente es restringido: su título, descripción, lugar y personas quedaron fuera. Agregue solo lo que la comunidad decida contar.
incident-letters-none = No hay instituciones que sugerir para este incidente.
incident-letter-title = Título
incident-letter-text = Carta
incident-letter-copy = Copiar como texto
incident-letter-copied = Carta copiada. Péguela en un correo o en un formulario web.
incident-letter-keep = Guardarla en el plan de protección
incident-letter-keep-hint = Como medida por enviar, con quién la envía y para cuándo; o como enviada, con el día en que salió (el incidente registra entonces ante quién se denunció).
incident-letter-due = Enviar antes del
incident-letter-add-measure = Agregar como medida
incident-letter-sent-on = Enviada el
incident-letter-record-sent = Registrar como enviada
incident-letter-recorded = Carta agregada al plan como medida.
incident-letter-recorded-sent = Carta registrada como enviada, en el plan y en el incidente.
incident-letter-owner-missing = Elija quién enviará la carta, o el día en que se envió.
incident-letter-text-missing = La carta está vacía.
incident-letter-sent-on-missing = Elija el día en que se envió la carta.

field-sensitivity = Quién puede verlo
field-dimension = Dimensión
field-noted-on = Fecha
field-context-text = Qué está pasando
field-name = Nombre
field-kind = Tipo
field-stance = Postura
field-influence = Influencia
field-interests = Intereses
field-capabilities = Medios
field-capabilities-hint = Dinero, armas, abogados, medios de comunicación, contactos…
field-notes = Notas
field-incident-title = Qué pasó
field-occurred-on = Cuándo
field-place = Dónde
field-category = Tipo de amenaza
field-description = Detalles
field-affected-people = Personas afectadas
field-affected-groups = Grupos afectados
field-whole-collective = Dirigido a todo el colectivo
field-perpetrator-actor = Quién lo hizo (de los actores)
field-perpetrator = Quién lo hizo, en palabras
field-reported-to = Denunciado o informado a
field-threat-title = La amenaza, en una línea
field-assessed-on = Evaluada el
field-incidents = Incidentes en los que se basa
field-facts = 1. Hechos
field-facts-hint = Qué pasó exactamente, sin interpretar.
field-pattern = 2. Patrón
field-pattern-hint = ¿Se repite o va a más? ¿Vino después de algo que hizo el colectivo?
field-objective = 3. Objetivo
field-objective-hint = ¿Qué parece buscar la amenaza?
field-source = 4. Fuente (quién amenaza)
field-source-hint = ¿Quién está detrás? ¿Quién gana con ello?
field-conclusion = 5. Conclusión
field-conclusion-hint = ¿Pueden llevarla a cabo? ¿Qué es probable que pase ahora?
field-risk-title = Escenario de riesgo
field-threatened = Quién o qué está amenazado
field-likelihood = Probabilidad
field-impact = Impacto
field-threat-assessment = Evaluación de amenaza en la que se basa
field-vulnerabilities = Vulnerabilidades
field-vulnerabilities-hint = Una por línea: lo que expone a las personas a esta amenaza (no es una debilidad personal).
field-capacities = Capacidades
field-capacities-hint = Una por línea: lo que protege al colectivo frente a esta amenaza.
field-measure-title = Medida
field-strategy = Estrategia
field-timing = Prevención o respuesta
field-owners = Responsables
field-resources = Recursos necesarios
field-due-on = Fecha límite
field-status = Estado
field-risks = Riesgos a los que responde
field-risk = Riesgo
field-signal = La señal que hay que vigilar
field-alert-level = Nivel de alerta que activa

dimension-political = Político
dimension-economic = Económico
dimension-social = Social
dimension-legal = Legal
dimension-territorial = Territorial
actor-kind-company = Empresa
actor-kind-state-body = Institución del Estado
actor-kind-security-forces = Fuerzas de seguridad
actor-kind-armed-group = Grupo armado
actor-kind-community-body = Organización comunitaria
actor-kind-ally-organisation = Organización aliada
actor-kind-media = Medio de comunicación
actor-kind-international-mechanism = Mecanismo internacional
actor-kind-other = Otro
stance-ally = Aliado
stance-neutral = Neutral
stance-adversary = Adversario
strategy-acceptance = Aceptación
strategy-deterrence = Disuasión
strategy-protection = Protección
timing-prevention = Prevención
timing-response = Respuesta
status-to-do = Pendiente
status-in-progress = En curso
status-done = Terminada
alert-level-green = Verde · normalidad
alert-level-yellow = Amarillo · atención
alert-level-orange = Naranja · alerta
alert-level-red = Rojo · emergencia
level-likelihood-1 = muy baja
level-likelihood-2 = baja
level-likelihood-3 = media
level-likelihood-4 = alta
level-likelihood-5 = muy alta
level-impact-1 = muy bajo
level-impact-2 = bajo
level-impact-3 = medio
level-impact-4 = alto
level-impact-5 = muy alto
level-influence-1 = muy baja
level-influence-2 = baja
level-influence-3 = media
level-influence-4 = alta
level-influence-5 = muy alta
band-low = Bajo
band-medium = Medio
band-high = Alto
band-critical = Crítico
trend-new = primera valoración
trend-rising = en aumento
trend-steady = sin cambio
trend-falling = en descenso
risk-matrix-title = Matriz de riesgo
risk-matrix-cell = Probabilidad { $likelihood }, impacto { $impact }: { $band }, { $count } riesgos
risk-matrix-caption = La probabilidad (hacia arriba) y el impacto (hacia la derecha) se muestran lado a lado; el color solo indica por qué riesgos actuar primero.
actor-chart-title = Actores por postura e influencia
risk-rated = probabilidad { $likelihood }, impacto { $impact }
risk-threat = Amenaza
risk-none-listed = Todavía no hay ninguna.
risk-history = Valoraciones en el tiempo
risk-history-date = Fecha
risk-history-note = Qué cambió
risk-reassess = Reevaluar este riesgo
risk-reassess-note = Qué cambió desde la última valoración
risk-reassess-save = Guardar la reevaluación
risk-measures = Medidas que le responden
risk-no-measure = Todavía ninguna medida responde a este riesgo.
risk-indicators = Señales de alerta temprana
summary-influence = influencia { $level }
summary-incidents = { $count ->
        [one] un incidente
       *[other] { $count } incidentes
    }
summary-due = para el { $date }
summary-answers = responde a: { $risks }
register-back = Volver al análisis de riesgo
register-print = Imprimir
print-real-names = Imprimir los nombres reales
print-pseudonyms-hint = Las personas aparecen con su seudónimo, como en el proyector; los nombres reales escritos en cualquier texto se sustituyen.
print-real-names-warning = Este papel llevará nombres reales. Quien lo encuentre sabrá quién es quién: imprímalo solo para quienes ya lo saben y guárdelo en un lugar seguro.
print-real-names-mark = Contiene nombres reales: guarde este papel en un lugar seguro.
register-title = Registro de riesgos y plan de protección
register-produced = elaborado el { $date }
register-omitted = { $count ->
        [one] Un registro restringido queda fuera de este documento.
       *[other] { $count } registros restringidos quedan fuera de este documento.
    }
register-band = Prioridad
register-measures = Medidas de protección

## Red

home-network = Red
network-title = Red
network-back = Volver al colectivo
network-intro = Las personas de las que depende la seguridad de cada integrante, y los actores a su alrededor. Tejido busca dónde la red es débil; cada hallazgo puede convertirse en una medida del plan de protección.
network-findings-title = Lo que muestra la red
network-findings-none = Nada que señalar: cada integrante tiene un contacto de seguridad y nadie sostiene la red en solitario.
network-links-title = { $count ->
        [one] Un vínculo
       *[other] { $count } vínculos
    }
network-filter-kind = Mostrar
network-filter-all = todos los tipos de vínculo
network-add-link = Añadir un vínculo
network-edit-link = Editar el vínculo
network-source = De
network-target = A
network-kind = Tipo de vínculo
network-closeness = Cercanía
network-support = Apoyo que ofrece
network-reachable = Localizable las 24 horas
link-sensitivity-default = Un vínculo nuevo toma el nivel más restringido de las personas o actores que une; puede cambiarlo.
network-alert-order = Orden en la cadena de alerta
network-fallback = Si no contesta, llamar a
network-no-fallback = Nadie
network-link-saved = Vínculo guardado.
network-link-removed = Vínculo eliminado.
network-make-measure = Añadir una medida al plan
network-measure-added = Añadida al plan de protección: { $title }.
network-people-actors = Personas y actores
network-direction = Los vínculos con dirección se leen de izquierda a derecha: «{ $source } → { $target }».
relationship-kind-family = familia
relationship-kind-friend = amistad
relationship-kind-neighbour = vecindad
relationship-kind-colleague = colega
relationship-kind-member = misma organización
relationship-kind-safety-contact = tiene como contacto de seguridad a
relationship-kind-alert-link = llama, en una alerta, a
relationship-kind-ally = aliada
relationship-kind-accompaniment = acompaña a
relationship-kind-funder = financia a
relationship-kind-duty-bearer = es la autoridad responsable de
relationship-kind-influences = influye en
relationship-kind-controls = controla a
relationship-kind-hostile = hostil
support-shelter = alojamiento
support-legal = jurídico
support-medical = médico
support-transport = transporte
support-money = dinero
support-visibility = visibilidad
closeness-1 = lejana
closeness-2 = cercana
closeness-3 = muy cercana
finding-no-safety-contact = { $count ->
        [one] Una persona integrante no tiene contacto de seguridad: nadie notaría pronto si le pasara algo.
       *[other] { $count } integrantes no tienen contacto de seguridad: nadie notaría pronto si les pasara algo.
    }
finding-alert-loop = La cadena de alerta da vueltas entre estas personas: la alerta nunca llega a nadie más.
finding-alert-dead-end = La cadena se corta en estas personas: no siempre se las localiza y no tienen suplente.
finding-contact-concentration = Los contactos de seguridad y las alertas de muchas personas pasan por una sola. Si esa persona falta, es detenida o atacada, la red se corta.
finding-single-point-of-failure = Si esta persona falta, parte del colectivo queda sin contacto.
finding-only-link = Estos vínculos son la única conexión entre partes del colectivo.
finding-isolated-people = { $count ->
        [one] Una persona integrante no tiene ningún vínculo en la red.
       *[other] { $count } integrantes no tienen ningún vínculo en la red.
    }
finding-isolated-household = El hogar { $household } no tiene vínculos fuera de sí mismo.
finding-ally-adversary-path = La información podría pasar de un aliado a un adversario a través de estas personas.
finding-exposed-family = Esta persona defensora es visible públicamente; su familia puede ser atacada a través de ella.
finding-measure-no-safety-contact = Acordar un contacto de seguridad para cada integrante
finding-measure-alert-loop = Rehacer la cadena de alerta para que llegue a todas las personas
finding-measure-alert-dead-end = Nombrar suplentes donde se corta la cadena de alerta
finding-measure-contact-concentration = Repartir contactos de seguridad y alertas entre más personas
finding-measure-single-point-of-failure = Dar un segundo vínculo a quienes dependen de una sola persona
finding-measure-only-link = Crear más vínculos entre las partes del colectivo
finding-measure-isolated-people = Integrar en la red a las personas aisladas
finding-measure-isolated-household = Vincular el hogar { $household } con sus vecinos
finding-measure-ally-adversary-path = Acordar qué se comparte con personas cercanas a adversarios
finding-measure-exposed-family = Proteger a las familias de las personas defensoras visibles
finding-measure-people = Personas: { $people }.
alert-chain-title = Cadena de alerta
alert-chain-none = Todavía no hay cadena de alerta: añada vínculos «llama, en una alerta, a», en orden, para armarla.
alert-cards-print = Imprimir tarjetas de bolsillo
alert-cards-title = Cadena de alerta: recorte cada tarjeta y llévela consigo
alert-cards-partial = Aquí se muestran las primeras { $shown } de { $count } tarjetas; al imprimir se imprimen todas.
alert-cards-show-all = Mostrar las { $count } tarjetas
alert-card-called-by = Le llama { $names }
alert-card-starts = Inicia la alerta
alert-card-you-call = Usted llama, en este orden:
alert-card-else = si no contesta: { $name }
alert-card-end = Aquí termina esta rama: confirme a quien le llamó.
alert-card-means-phone = Teléfono: { $text }
alert-card-means-radio = Radio: { $text }
alert-card-means-meeting-point = Punto de encuentro: { $text }
alert-card-means-other = Otro: { $text }
alert-cards-with-means = Imprimir teléfonos y puntos de encuentro en las tarjetas
alert-cards-with-means-warning = Estas tarjetas llevarán teléfonos y puntos de encuentro: quien encuentre una tarjeta podrá localizar a estas personas. Imprímalas solo para las personas de la cadena y llévelas siempre consigo.
alert-cards-without-means-hint = Las tarjetas se imprimen sin teléfonos ni puntos de encuentro.
means-title = Cómo localizar a cada persona
means-hint = Restringido: nunca en el proyector, en una exportación ni en un paquete de caso; en las tarjetas solo después de un aviso.
means-show = Mostrar cómo localizarlas
means-hide = Ocultar
means-person = Persona
means-phone = Teléfono
means-radio = Radio (canal o indicativo)
means-meeting-point = Punto de encuentro
means-other = Otra forma
means-none = Aún no hay nada escrito.
means-saved = Guardado cómo localizar a { $name }.
activation-title = Activar un nivel de alerta
activation-hint = Registre el nivel que decidió el grupo; luego marque, persona por persona y en el orden de la cadena, a quién se avisó y cuándo.
activation-level = Nivel
activation-green-note = El verde es la normalidad: para volver a él, den por terminada la alerta en curso.
activation-decided-by = Quién lo decidió
activation-decided-by-example = la asamblea, la comisión de seguridad
activation-deciders = Integrantes que participaron
activation-deciders-find = Buscar integrantes por nombre
activation-deciders-type = Escriba parte de un nombre: la red tiene { $count } personas.
activation-deciders-more = { $count ->
    [one] Una coincidencia más: escriba más del nombre.
   *[other] { $count } coincidencias más: escriba más del nombre.
}
activation-reason = Por qué (opcional)
activation-activate = Activar
activation-activated = Nivel de alerta activado: { $level }.
activation-running = En curso desde { $when }
activation-decided = Lo decidió { $who }
activation-progress = { $reached } de { $total } avisadas
activation-keys = Las flechas recorren la lista; R avisada, N no localizada, F avisada por la persona suplente.
activation-reached = Avisada
activation-not-reached = No localizada
activation-through-fallback = Por la persona suplente
activation-through = Por medio de quién
activation-state-to-reach = por avisar
activation-state-reached = avisada { $when }
activation-state-not-reached = no localizada { $when }
activation-state-reached-through-fallback = avisada por medio de { $name } { $when }
activation-marked = Registrado: { $name }.
activation-stand-down = Terminar la alerta (volver al verde)
activation-stand-down-note = Qué se dijo (opcional)
activation-stood-down = Alerta terminada: de vuelta al verde.
activation-past = Alertas anteriores
activation-past-line = del { $from } al { $to }
activation-none = Todavía no se ha activado ninguna alerta.
network-view = Cómo mostrar los vínculos
network-view-map = Mapa
network-view-table = Tabla
graph-title = Mapa de la red
graph-help = Arrastre para colocar a alguien; se queda donde lo deje. Mayús+arrastrar de uno a otro, o Intro sobre uno y luego sobre otro, para vincularlos. Las flechas mueven al seleccionado.
graph-linking = Elija con quién vincular a { $name } y pulse Intro (Escape cancela).
graph-actor = { $name } ({ $stance })
graph-legend-person = integrante
graph-zoom = Acercar o alejar el mapa
graph-zoom-in = Acercar
graph-zoom-out = Alejar
graph-zoom-whole = Toda la red
graph-zoom-help = Arrastre el fondo para desplazarse; Ctrl+rueda acerca o aleja.
graph-arranging = Ordenando el mapa… { $done } %
territory-add = Dibujar sobre nuestro propio mapa…
territory-replace = Usar otra foto del mapa…
territory-remove = Quitar la foto del mapa
territory-choose = Elija una foto del mapa dibujado a mano por la comunidad
territory-hint = La foto se guarda cifrada en la bóveda; después coloque a cada persona en el mapa donde vive o se reúne.
territory-set = Foto del mapa guardada y cifrada en la bóveda. El archivo original sigue donde estaba.
territory-removed = Foto del mapa quitada.
network-filter-group = Quién
network-filter-everyone = todas las personas
common-redo = Rehacer
home-redo-shortcut = Rehacer lo deshecho (Ctrl+Mayús+Z o Ctrl+Y)
home-redone = Se volvió a hacer el cambio deshecho.
network-check-in = Reporte de seguridad (cuándo y cómo)
network-check-in-example = cada noche a las ocho, por mensaje
alert-card-check-in = Repórtese con { $name }: { $when }
network-add-place = Añadir un lugar
network-place-name = Nombre del lugar
network-places = Lugares en el mapa
network-place-saved = Lugar añadido: arrástrelo a donde está en el mapa.
network-place-removed = Lugar quitado.
graph-place = Lugar: { $name }

## Protocolo comunitario
label-value = { $label }: { $value }
home-protocol = Protocolo comunitario
protocol-title = Protocolo comunitario
protocol-back = Volver al colectivo
protocol-parts = Partes del protocolo
protocol-intro = El protocolo es nuestro propio conjunto de reglas para mantenernos a salvo en colectivo: lo que defendemos, cómo decidimos, quién habla en nuestro nombre, qué hacemos en cada nivel de alerta y en cada emergencia. Lo escribimos entre todas las personas y lo aprobamos en asamblea.
protocol-template-note = La plantilla propone secciones, principios (entre ellos los tres principios de la resistencia pacífica de La Puya, en Guatemala) y cuatro niveles de alerta como punto de partida. Las secciones y los niveles son sugerencias de Tejido, no textos de La Puya: cambie, quite o añada lo que haga falta.
protocol-start = Empezar con la plantilla
protocol-start-blank = Empezar con una sección en blanco
protocol-started = La plantilla está lista: recórrala sección por sección con el grupo.
protocol-added = Se añadió.
protocol-saved = Se guardó.
protocol-removed = Se quitó.
protocol-tab-principles = Principios
protocol-tab-sections = Secciones
protocol-tab-levels = Niveles de alerta
protocol-tab-decisions = Decisiones
protocol-tab-versions = Versiones
protocol-intro-principles = Los principios se proponen como punto de partida. La asamblea adopta cada uno tal como está, lo adapta con sus propias palabras o lo rechaza, y cada elección queda registrada como una decisión.
protocol-intro-sections = Elija una sección para escribirla con el grupo. Active la vista de proyector para mostrarla en letra grande mientras escribe.
protocol-intro-levels = Lo que anuncia cada nivel de alerta y lo que hacemos entonces. Vincule los indicadores de alerta temprana del análisis de riesgo; los niveles naranja y rojo suelen activar la cadena de alerta.
protocol-intro-decisions = Cada decisión de la asamblea: cómo se tomó, quiénes participaron (para ver si participaron mujeres, jóvenes y personas mayores) y quiénes estuvieron en desacuerdo.
protocol-intro-versions = Cuando la asamblea aprueba el protocolo, queda fijado como una versión. Cualquier cambio posterior abre un nuevo borrador; compare las versiones para ver exactamente qué cambió.
protocol-version-agreed = Versión { $version }, aprobada el { $date }
protocol-draft-changed = el borrador tiene cambios todavía no aprobados
protocol-no-version = Borrador: la asamblea todavía no lo ha aprobado
protocol-nothing-new = No ha cambiado nada desde la última versión aprobada.
protocol-agreed-on = aprobada el { $date }
protocol-freeze = Aprobar el borrador como versión { $version }
protocol-freeze-title = Protocolo aprobado como versión { $version }
protocol-frozen = La versión { $version } quedó aprobada y fijada. Cualquier cambio posterior abre un nuevo borrador.
protocol-print = Imprimir el protocolo
protocol-cards = Tarjetas de bolsillo
protocol-cards-hint = Imprima en tamaño A4 o carta y recorte por las líneas punteadas: ocho tarjetas por página, cada una cabe en una billetera.
protocol-print-title = Protocolo comunitario de { $collective }
protocol-print-draft-after = Borrador: cambios a la versión { $version }, todavía no aprobados
protocol-print-omitted = { $count ->
    [one] Una sección restringida queda fuera de esta impresión.
   *[other] { $count } secciones restringidas quedan fuera de esta impresión.
}
protocol-print-under-discussion = Principios todavía en discusión
protocol-warning-single-spokesperson = «{ $section }» nombra a { $name } y a nadie más.
protocol-warning-concentrated-contacts = «{ $section }» nombra a { $name }, que ya concentra la mayoría de los contactos de la red.
protocol-warning-principle = Principio de La Puya: sin liderazgo único, sin vocería única. Nombre a varias personas que se turnen, o un cargo que la asamblea asigne, para que ninguna persona quede señalada.
protocol-warning-tag = revisar
principle-add = Añadir un principio
principle-title = Nombre corto
principle-text = Nuestra redacción
principle-edit = Cambiar la redacción
principle-decide = Registrar una decisión
principle-offered-as = Texto propuesto: { $text }
principle-source = Fuente: { $source }
principle-status-proposed = propuesto
principle-status-adopted = adoptado
principle-status-adapted = adaptado
principle-status-rejected = rechazado
section-add = Añadir una sección en blanco
section-from-template = Añadir una sección de la plantilla…
section-new = Nueva sección
section-edit = Editar la sección
section-title = Título
section-guidance = Para discutir:
section-body = Nuestro texto
section-body-hint = Escriba en primera persona del plural: «Decidimos en asamblea…». Empiece una línea con «- » o «1. » para marcar un paso.
section-restricted-hint = Restringido: nunca se muestra en el proyector y queda fuera de toda impresión.
section-save-shortcut = Ctrl+S
section-discard = Cerrar sin guardar
section-unsaved = Todavía sin guardar
section-choose = Elija una sección a la izquierda para escribirla.
section-decide = Registrar una decisión
section-remove = Quitar esta sección
section-move-up = Subir «{ $title }»
section-move-down = Bajar «{ $title }»
comments-title = { $count ->
    [0] Todavía no hay comentarios ni propuestas
    [one] Un comentario o propuesta
   *[other] { $count } comentarios y propuestas
}
comment-add = Añadir
comment-added = Se añadió el comentario.
comment-author = Quién lo dice
comment-author-placeholder = un grupo o un seudónimo
comment-kind = Tipo
comment-kind-comment = comentario
comment-kind-proposal = propuesta
comment-text = Lo que se dice o se propone
comment-status-open = por discutir
comment-status-taken = se incorporó al texto
comment-status-set-aside = se dejó de lado
comment-use = Incorporar al texto
comment-set-aside = Dejar de lado
comment-reopen = Volver a discutir
level-add = Añadir un nivel de alerta
level-form = Nivel de alerta
level-colour = Color
level-name = Nombre
level-triggers = Qué lo anuncia
level-indicators = Indicadores de alerta temprana que lo anuncian
level-no-indicators = Todavía no hay indicadores de alerta temprana: añádalos en el análisis de riesgo para vincularlos aquí.
level-actions = Qué hacemos
level-actions-hint = Un paso por línea.
level-alert-chain = Este nivel activa la cadena de alerta
level-starts-chain = activa la cadena de alerta
level-linked = { $count ->
    [one] Un indicador vinculado
   *[other] { $count } indicadores vinculados
}
colour-green = verde
colour-yellow = amarillo
colour-orange = naranja
colour-red = rojo
decision-add = Registrar una decisión
decision-form-title = Acta de decisión
decision-freeze-title = Aprobar el protocolo
decision-save = Guardar la decisión
decision-freeze-save = Aprobar y fijar esta versión
decision-recorded = Se registró la decisión.
decision-what = Qué se decidió
decision-outcome = Resultado
decision-outcome-agreed = aprobado
decision-outcome-agreed-with-changes = aprobado con cambios
decision-outcome-rejected = no aprobado
decision-outcome-postponed = aplazado
decision-outcome-principle-agreed = adoptar tal como está
decision-outcome-principle-agreed-with-changes = adaptar con nuestras propias palabras
decision-outcome-principle-rejected = rechazar
decision-outcome-principle-postponed = aplazar
decision-date = Fecha
decision-method = Cómo
decision-method-consensus = por consenso
decision-method-vote = por votación
decision-by-consensus = Por consenso
decision-by-vote = Por votación: { $for } a favor, { $against } en contra, { $abstentions } abstenciones
decision-votes-for = A favor
decision-votes-against = En contra
decision-abstentions = Abstenciones
decision-participants = Quiénes participaron
decision-participants-hint = Cuántas personas de cada grupo. Los grupos pueden coincidir: una mujer joven cuenta como mujer y como joven.
decision-group-women = mujeres
decision-group-men = hombres
decision-group-youth = jóvenes
decision-group-elders = personas mayores
decision-group-count = { $count } { $group }
decision-other-group = Otro grupo
decision-other-count = Cuántas personas: { $group }
decision-add-group = Añadir un grupo
decision-dissent = Desacuerdo
decision-dissent-hint = Quiénes estuvieron en desacuerdo y por qué, con sus propias palabras. El desacuerdo es parte del acta, no un fracaso.
decision-notes = Notas
decision-latest = Última decisión ({ $date }): { $outcome }
decision-version = Versión { $version }
decision-about-principle = Sobre el principio «{ $title }»
decision-about-section = Sobre la sección «{ $title }»
decision-about-level = Sobre el nivel de alerta «{ $name }»
decision-about-other = Otra decisión de la asamblea
decision-about-protocol = Todo el protocolo, tal como está ahora, pasa a ser la versión { $version }.
decision-subject-protocol = Todo el protocolo
decision-subject-section = Sección
decision-subject-principle = Principio
decision-subject-level = Nivel de alerta
decision-subject-other = Otro
decision-subject-gone = (ya no existe)
version-compare = Mostrar qué cambió
version-compare-draft = Comparar con el borrador
version-from = De
version-to = a
version-draft = el borrador actual
diff-none = No hay diferencias.
diff-summary = { $changed ->
    [one] Cambió una parte
   *[other] Cambiaron { $changed } partes
}, { $unchanged } sin cambios.
diff-change-added = se añadió
diff-change-removed = se quitó
diff-change-changed = se modificó
diff-change-moved = se movió
diff-change-changed-and-moved = se modificó y se movió
diff-part-section = sección
diff-part-principle = principio
diff-part-level = nivel de alerta
diff-added = texto añadido:
diff-removed = texto quitado:
diff-mark = Etiqueta: { $before } → { $after }
diff-mark-none = ninguna
pocket-chain-starts = Activar la cadena de alerta: { $names }
projector-open = Vista de proyector
projector-stop = Dejar de proyectar
projector-blank-key = Pulse B para poner el proyector en negro
projector-window-title = Tejido — proyector
projector-hidden = Esta parte está restringida y no se muestra aquí.
projector-proposals = Aportes de los grupos
projector-present = Presentar en esta pantalla (F5)
projector-present-title = Para un proyector que muestra lo mismo que esta pantalla: la ventana muestra solo lo que la sala puede ver. Escape le trae de vuelta.
presentation-label = Presentación
presentation-way-back = Esc: volver
protocol-print-back = Volver al protocolo

## Taller
home-workshop = Taller
home-training-banner = Bóveda de práctica: la comunidad de demostración inventada, para practicar. Todo lo que hay aquí se borra cuando cierre la bóveda o salga de Tejido.
welcome-training = Practicar con la comunidad de demostración
welcome-training-hint = Abre la comunidad de demostración inventada en una bóveda desechable. No se guarda nada: todo se borra cuando cierre la bóveda o salga de Tejido.
welcome-rehearse = Ensayar un caso (comunidad y mesa de apoyo)
welcome-rehearse-hint = Abre la comunidad de demostración y una mesa de apoyo de la red lado a lado, las dos desechables: escriba un caso, envíelo a la mesa de apoyo, actúe, registre un resultado e informe a la comunidad. Todo se borra cuando cierre la bóveda o salga de { -tejido }.
training-pair-desk-note = La mesa de apoyo de este ensayo: su archivo de contacto se tomó al abrir el ensayo, como si se hubiera comparado en voz alta en una reunión.
training-pair-banner = Ensayo (práctica): la comunidad y la mesa de apoyo en esta computadora. Las dos bóvedas se borran cuando cierre la bóveda o salga de { -tejido }.
training-pair-switch = Lado en pantalla
training-pair-community = Comunidad
training-pair-desk = Mesa de apoyo
training-pair-waiting-here = { $count ->
    [one] Un paquete espera a este lado.
   *[other] { $count } paquetes esperan a este lado.
}
training-pair-waiting-there = { $count ->
    [one] Un paquete espera al otro lado.
   *[other] { $count } paquetes esperan al otro lado.
}
training-pair-send-case = Sellar y enviar a la mesa de apoyo de práctica
training-pair-case-sent = Sellado y entregado a la mesa de apoyo de práctica: cambie a la mesa de apoyo para abrirlo.
training-pair-send-consent = Sellar y enviar la actualización del consentimiento a la mesa de apoyo de práctica
training-pair-consent-sent = Actualización del consentimiento sellada y entregada a la mesa de apoyo de práctica.
training-pair-send-status = Sellar y enviar el informe de estado a la comunidad de práctica
training-pair-status-sent = Informe de estado sellado y entregado a la comunidad de práctica: cambie a la comunidad para abrirlo.
training-pair-open = Abrir el paquete que espera aquí
training-pair-open-hint = En este ensayo, los paquetes del otro lado llegan aquí en vez de como archivos; al abrir uno se hacen las mismas comprobaciones que al abrir un archivo.
training-pair-none-waiting = No hay nada esperando a este lado.
workshop-title = Taller
workshop-intro = Planifique un taller con la comunidad: una agenda de dos días con sesiones cortas que puede cambiar, un temporizador para cada sesión, las notas adhesivas de los grupos pequeños, que se transcriben a medida que llegan, y hojas para participantes al final.
workshop-new = Planificar un taller a partir de la plantilla
workshop-created = La agenda del taller está lista. Cámbiela según lo necesite.
workshop-choose = Taller
workshop-edit = Editar el taller
workshop-field-title = Título
workshop-field-date = Primer día
workshop-field-place = Lugar
workshop-field-goal = Objetivo
workshop-field-day = Día
workshop-field-minutes = Minutos
workshop-field-materials = Materiales
workshop-field-outcomes = Lo que salió de la sesión
workshop-progress = { $done ->
    [0] { $total } sesiones · { $plannedAll } previstas en total
   *[other] { $done } de { $total } sesiones terminadas · { $plannedAll } previstas en total · las sesiones terminadas: tiempo previsto { $planned }, tiempo usado { $actual }
}
workshop-progress-label = Avance del taller
workshop-agenda = Agenda
workshop-add-item = Añadir una sesión
workshop-item-edit = Sesión
workshop-day = Día { $day }
item-status-planned = por venir
item-status-running = en curso
item-status-done = terminada
workshop-left = Quedan { $time }
workshop-over = Tiempo excedido: { $time }
workshop-start = Empezar esta sesión
workshop-restart = Empezar de nuevo
workshop-finish = Terminar esta sesión
workshop-next = Siguiente: { $title }
workshop-project = Mostrar en el proyector
workshop-projector-keys = En el proyector: P muestra esta sesión, B pone la pantalla en negro
workshop-handout = Hoja para participantes
workshop-open-area = Abrir: { $area }
workshop-guide = Notas para el equipo facilitador
workshop-guide-private = (para el equipo facilitador: nunca se proyectan ni se entregan)
workshop-guide-steps = Pasos
workshop-guide-questions = Preguntas para el grupo
workshop-guide-care = Cuidado de las personas
workshop-guide-source = Fuente: { $source }
workshop-guide-print = Guía del equipo facilitador
workshop-guide-print-title = Guía del equipo facilitador: { $title }
workshop-guide-print-warning = Solo para el equipo facilitador: no se entrega ni se proyecta.
workshop-report = Informe del taller
workshop-notes = { $count ->
    [0] Todavía no hay notas adhesivas
    [one] Una nota adhesiva
   *[other] { $count } notas adhesivas
}
workshop-add-note = Añadir la nota
workshop-note-group = Grupo
workshop-note-group-hint = p. ej., grupo 2, el grupo de mujeres
workshop-note-text = Lo que escribieron
note-sort = Clasificar…
note-sort-into = Convertir en
note-section = En qué sección del protocolo
note-sorted = Clasificada como: { $target }.
note-became = Ahora: { $target }
note-target-context-note = una nota de contexto
note-target-actor = un actor
note-target-incident = un incidente
note-target-risk = un riesgo
note-target-measure = una medida
note-target-protocol-proposal = una propuesta para el protocolo
workshop-print-back = Volver al taller
workshop-report-title = Informe: { $title }
workshop-omitted = { $count ->
    [one] Una nota o medida restringida queda fuera de esta hoja para participantes.
   *[other] { $count } notas y medidas restringidas quedan fuera de esta hoja para participantes.
}
workshop-measures = Medidas y quiénes se encargan
workshop-measure = Medida
workshop-owners = Quiénes
workshop-due = Para cuándo
workshop-status = En qué punto está

## Red de solidaridad
home-escalation = Red de solidaridad
escalation-title = Red de solidaridad
escalation-intro = Cuando la comunidad necesite pedir apoyo a la red, prepare aquí un caso. Cada persona dice qué se puede compartir y con quién. Usted ve exactamente lo que saldrá antes de que se selle para la mesa de apoyo de la red.
escalation-tab-cases = Casos
escalation-tab-contacts = Mesas de apoyo y contactos
escalation-tab-open = Recibir un paquete
case-add = Crear un caso
case-form = Caso
case-title = Qué pasó, en una línea
case-urgency = Con qué urgencia
urgency-immediate = de inmediato (hay vidas en riesgo)
urgency-urgent = en los próximos días
urgency-follow-up = actualización de un caso anterior
case-region = Región o país
region-country = País
region-subdivision = Departamento, estado o provincia (si lo sabe)
region-country-placeholder = Escriba para buscar, por ejemplo «guate»
region-whole-country = Todo el país
region-none-found = Nada en la lista coincide con lo que escribió.
region-clear = Sin región
region-loading = (cargando la lista de países…)
region-legacy = Escrito antes de la lista: «{ $value }». Se conserva tal como está hasta que elija un país de la lista.
case-summary = Qué pasó y qué está en juego (solo para la mesa de apoyo)
case-public-summary = Lo que se puede hacer público
case-public-hint = Solo este texto, el título y la región del caso, el nombre de su comunidad y las personas que aceptaron hacer público su nombre pueden llegar a la prensa o a una carta pública. Cualquier otro nombre o seudónimo que contengan se oculta.
case-requests = Lo que pedimos a la red
request-letter = una carta colectiva
request-petition = una petición
request-media = incidencia en medios de comunicación
request-un-mechanism = las Relatorías Especiales de la ONU
request-regional-mechanism = una comisión regional
request-relocation = reubicación temporal de emergencia
request-funds = fondos de emergencia
request-accompaniment = acompañamiento
request-legal-support = apoyo jurídico
request-medical-support = atención médica
request-psychosocial-support = apoyo psicosocial
request-emergency-grant = una subvención de emergencia
case-people = Quiénes corren riesgo
consent-title = Lo que aceptó cada persona (consentimiento informado)
consent-person = Persona
consent-shareWithDesk = compartir con la red
consent-nameToAuthorities = dar su nombre a las autoridades
consent-nameInPublic = hacer público su nombre
consent-photos = usar fotografías
consent-hint = Pregunte a cada persona, para cada uso. Quien no dé su consentimiento para compartir con la red queda fuera de todos los paquetes.
case-incidents = Qué pasó (del registro de incidentes)
case-safe-contact = Cómo puede contactarnos la mesa de apoyo de forma segura
case-files = Archivos que se envían
case-file-send = enviar { $name }
case-files-hint = Las fotos, videos, PDF, documentos y cualquier archivo que no sea texto simple o una grabación de sonido solo se envían si todas las personas del caso, y todas las afectadas por el incidente, aceptaron el uso de fotos: ese archivo puede mostrar a cualquiera de ellas. Los archivos nunca van al público.
case-files-held-back = Retenido: { $names }. Estos archivos pueden mostrar a una persona, y no todas las personas del caso o del incidente aceptaron el uso de fotos.
desk-file-save = Guardar una copia…
desk-file-save-title = Guardar el archivo
desk-file-saved = Archivo guardado, sin cifrar: { $path }
case-saved = Se guardó el caso.
case-open = Preparar el envío
case-sent-line = Versión { $version } enviada el { $date } a { $to }
preview-title = Vista previa de lo que saldrá: { $title }
preview-audience = Quién lo leerá
audience-desk = la mesa de apoyo de la red
audience-public = el público
preview-people = { $count ->
    [0] No se nombra a ninguna persona
    [one] Una persona
   *[other] { $count } personas
}
preview-desk-hint = Solo las mesas de apoyo que usted elija pueden abrir el paquete. Los nombres reales solo aparecen si la persona aceptó que se diera su nombre.
preview-public-hint = Esto es todo lo que una carta pública o la prensa pueden usar.
send-to = Sellar para
send-no-desk = Todavía no hay ninguna mesa de apoyo de la red: añada una desde su archivo de contacto en «Mesas de apoyo y contactos».
case-send = Sellar y guardar el paquete…
case-send-hint = El paquete se cifra para las mesas de apoyo elegidas y se firma con esta bóveda. Llévelo en una memoria USB o envíelo por Signal o por correo electrónico.
case-consent-update = El consentimiento cambió después del envío
case-consent-update-hint = Si alguien retira o limita lo que aceptó, cámbielo en el caso (Editar), guarde y envíe esta actualización sellada a las mismas mesas de apoyo, como envió el caso. La mesa marca cada texto que ahora va más allá, y los textos públicos ya no se pueden imprimir.
case-consent-update-send = Sellar y guardar la actualización del consentimiento…
case-consent-update-title = Guardar la actualización del consentimiento
case-consent-update-saved = Actualización del consentimiento guardada: { $path }
case-save-title = Guardar el paquete del caso
case-sent = Paquete guardado: { $path }
own-fingerprint = Huella de la clave de esta bóveda. Léala en voz alta a la mesa de apoyo cuando le entregue su archivo de contacto:
own-fingerprint-later = Esta bóveda recibe sus claves para la red, y la huella de la clave para leer en voz alta, la primera vez que guarde su archivo de contacto.
own-contact-community = Guardar nuestro archivo de contacto (comunidad)…
own-contact-desk = Guardar nuestro archivo de contacto (mesa de apoyo de la red)…
contact-save-title = Guardar el archivo de contacto
contact-saved = Archivo de contacto guardado: { $path }
own-contact-guide-community = Esta bóveda es de una comunidad: entregue a las mesas de apoyo de la red el archivo de comunidad. El de mesa de apoyo es solo para una bóveda que recibe casos (marque antes «Esta bóveda pertenece a una mesa de apoyo de la red»).
own-contact-guide-desk = Esta bóveda es una mesa de apoyo de la red: entregue a las comunidades que acompaña el archivo de mesa de apoyo. El de comunidad es para una bóveda que envía casos.
own-contact-saved-read = Guardado en { $path }. Lea en voz alta esta huella a quien reciba el archivo y pídale que la compare con la que muestra su Tejido:
contacts-title = { $count ->
    [0] Todavía no hay mesas de apoyo ni contactos
    [one] Un contacto
   *[other] { $count } contactos
}
contact-read = Añadir desde un archivo de contacto…
contact-choose = Elegir un archivo de contacto
contact-compare = Llame a la otra parte y lean en voz alta esta huella de la clave, cada quien en su pantalla. Acéptela solo si coincide con lo que la otra parte lee en la suya.
contact-checked = Comparamos la huella de la clave y coincide
contact-notes = Cómo se verificó
contact-notes-hint = p. ej., por teléfono con la mesa de apoyo, 3 de diciembre
contact-accept = Aceptar este contacto
contact-added = Se agregó a { $name }.
role-desk = mesa de apoyo de la red
role-community = comunidad
package-intro = Abra aquí un paquete que recibió: un caso que una comunidad envió a su mesa de apoyo, o un informe de estado que una mesa de apoyo le devolvió sobre uno de sus casos. Primero se verifica el paquete: se rechaza si fue modificado o si viene de un remitente desconocido.
package-open = Abrir un paquete…
package-case-kept = Caso recibido de { $name } y guardado en esta bóveda.
package-status-kept = Se añadió al caso el informe de estado de { $name }.
package-consent-kept = Se aplicó la actualización del consentimiento de { $name }: los textos que ahora van más allá están marcados y no se pueden imprimir.
package-already-kept = Este paquete de { $name } ya se había recibido: no cambió nada.
package-choose = Elegir un paquete del caso
package-unknown = Este paquete viene de un remitente que esta bóveda no conoce.
package-accept-once = Comparamos la huella de la clave: abrirlo
package-from = De { $name }
package-from-unknown = De un remitente que no está en sus contactos

## Red de solidaridad — la mesa de apoyo de la red
escalation-tab-received = Casos recibidos
escalation-tab-trends = Tendencias e impacto
desk-mark = Esta bóveda pertenece a una mesa de apoyo de la red
desk-mark-hint = Una mesa de apoyo recibe los casos que envían las comunidades, decide quién les da seguimiento, redacta cartas, peticiones y comunicaciones, y registra lo que cambió.
desk-received = { $count ->
    [0] Todavía no se ha recibido ningún caso
    [one] Un caso recibido
   *[other] { $count } casos recibidos
}
desk-received-none = Cuando una comunidad envíe un caso, abra su paquete en «Recibir un paquete».
desk-search = Buscar en los casos
desk-search-example = una palabra de un título, un lugar, un nombre recibido, una acción…
desk-search-none = Ningún caso contiene todas estas palabras.
desk-counts = { $actions } acciones · { $outcomes } resultados
desk-open-case = Abrir
desk-consent-none = no se puede dar ningún nombre
desk-person-both = { $name } (seudónimo { $pseudonym })
desk-consent-withdrawn = se retiró del caso el { $date }: ninguno de sus nombres puede salir de la mesa
desk-consent-changed = el consentimiento cambió el { $date }
findings-title-public = Este texto público nombra a personas más allá de lo que aceptaron. No se puede imprimir hasta corregirlo:
findings-title-authorities = Este texto para las autoridades nombra a personas más allá de lo que aceptaron. No se puede imprimir hasta corregirlo:
finding-line = { $found }: { $person }, { $consent }
beyond-name-to-authorities = que no aceptó que su nombre se dé a las autoridades
beyond-name-in-public = que no aceptó que su nombre se haga público
beyond-pseudonym = un seudónimo, que nunca sale de la mesa
beyond-withdrawn = que se retiró del caso
findings-fix = Cambie o quite estas palabras y guarde: se podrá imprimir de nuevo cuando no se encuentre nada.
desk-triage = Clasificar y priorizar
desk-requests = Lo que pide la comunidad
escalation-intro-desk = Casos que las comunidades enviaron a esta mesa de apoyo: compruebe quién los envió, decida quién les da seguimiento, actúe con cartas, peticiones, medios y comunicaciones dentro de lo que cada persona aceptó, y registre lo que cambió.
desk-working-group = Grupo de trabajo
desk-categories = Categorías de amenaza
desk-closed = ya no se le da seguimiento
desk-triage-save = Guardar la clasificación
desk-actions = Acciones
action-letter = Carta colectiva
action-petition = Petición
action-media-brief = Nota para medios
action-un-submission = Comunicación a los Procedimientos Especiales de la ONU
action-regional-submission = Solicitud a un mecanismo regional
action-front-line-defenders = Solicitud a Front Line Defenders (llamamiento urgente o subvención de protección)
action-protect-defenders = Solicitud de apoyo de emergencia a ProtectDefenders.eu
action-status-draft = borrador
action-status-sent = enviada
action-status-done = respondida o cerrada
desk-deadline-line = a más tardar el { $date }
desk-signed-by = { $count ->
    [0] ninguna organización ha aceptado firmar todavía
    [one] firmada por una organización
   *[other] firmada por { $count } organizaciones
}
desk-signatures-line = { $count ->
    [one] una firma
   *[other] { $count } firmas
}
desk-action-kind = Nueva acción
desk-addressee = A quién va dirigida
addressee-government = el gobierno
addressee-prosecutor = el Ministerio Público
addressee-company = la empresa
addressee-embassy = una embajada
desk-language = Idioma
desk-action-draft = Redactar el borrador
desk-draft-hint = El borrador usa solo lo que cada persona aceptó: los nombres llegan a las autoridades o al público solo con el consentimiento de esa persona. Una nota para medios usa solo lo que la comunidad marcó como público.
desk-action-title = Título
desk-action-text = Texto
desk-action-copy = Copiar como texto
desk-action-save-text = Guardar como .txt…
desk-action-copied = Copiado. Péguelo en el formulario web del mecanismo o en un correo.
desk-action-text-save-title = Guardar el texto
desk-action-text-saved = Texto guardado: { $path }
mechanism-request-title = Escribir ustedes mismos a un mecanismo de protección
mechanism-request-hint = Sin mesa de apoyo de la red: la solicitud se redacta con exactamente lo que llevaría el paquete de este caso, así que no nombra a nadie más allá de lo que aceptó. Léala, complete lo que falta y péguela en el formulario del mecanismo o envíela por correo.
mechanism-request-kind = Mecanismo
mechanism-request-draft = Redactar la solicitud
mechanism-request-missing = El caso todavía no dice esto; complételo antes de enviar:
desk-live-clear = Revisado mientras escribe: ningún nombre va más allá de lo que aceptó cada persona.
template-source = Estructurado como lo pide { $mechanism }, según: { $title } (consultado el { $date }).
desk-signatories = Organizaciones a las que se pidió firmar
desk-signatories-hint = Marque una organización solo cuando haya dicho que sí a firmar esta carta. Solo esas aparecen al pie.
desk-signatory-agreed = { $organisation } aceptó firmar
desk-signatory-add = Añadir una organización
desk-signatory-add-hint = Nombre de una organización integrante
desk-signatures = Firmas reunidas
desk-deadline = Fecha límite
desk-owner = Quién se encarga
desk-status = En qué punto está
desk-outcomes = Qué cambió
desk-outcome-on = Fecha
desk-outcome-kind = Qué pasó
desk-outcome-note = En pocas palabras
desk-outcome-add = Registrar el resultado
outcome-release = Liberación
outcome-charges-dropped = Cargos retirados
outcome-trial = Juicio o audiencia
outcome-new-attack = Nueva agresión o amenaza
outcome-relocation = Reubicación en un lugar seguro
outcome-protection-granted = Medidas de protección otorgadas
outcome-other = Otro
desk-timeline = Cronología
timeline-received = Paquete recibido (versión { $version })
timeline-action-started = { $action } iniciada: { $title }
timeline-action-sent = { $action } enviada: { $title }
timeline-acknowledged = Informe de estado enviado a la comunidad: { $message }
desk-status-back = Informar a la comunidad en qué punto está el caso
desk-status-back-hint = Un informe sellado que solo esta comunidad puede abrir: su mensaje, las acciones (tipo, título, en qué punto están) y los resultados. Los textos de las cartas y las organizaciones firmantes se quedan aquí.
desk-status-message = Mensaje para la comunidad
desk-status-send = Sellar y guardar el informe de estado…
desk-status-save-title = Guardar el informe de estado
desk-status-saved = Informe de estado guardado: { $path }
case-update-line = De { $desk }, { $date }
desk-print-signed = Organizaciones firmantes
trends-title = Tendencias
trends-by-category = Casos por categoría de amenaza y mes de recepción
trends-by-country = Por país
trends-by-region = Por región
trends-by-group = Por grupo de trabajo
trends-total = Total
trends-all = Todos los casos
trends-not-set = sin indicar
trends-by-perpetrator-kind = Por tipo de presunto responsable
trends-by-perpetrator = Por presunto responsable nombrado
trends-csv = Guardar los casos como CSV…
trends-csv-title = Guardar los casos como CSV
trends-csv-saved = Guardado: { $path }. Una línea por caso, sin el nombre de nadie; el archivo no está cifrado.
impact-open-report = Informe de impacto
impact-title = Informe de impacto: { $desk }
impact-made = Elaborado el { $date }
impact-cases = { $count ->
    [one] Un caso recibido
   *[other] { $count } casos recibidos
}, { $open } todavía en seguimiento.
desk-print-back = Volver a la red de solidaridad
impact-what-done = Lo que se hizo
impact-no-actions = Todavía no hay ninguna acción.
impact-action-line = { $started } iniciadas, { $sent } enviadas
impact-what-changed = Qué cambió
impact-no-outcomes = Todavía no se ha registrado ningún resultado.
impact-overdue = Con la fecha límite vencida
impact-per-case = Caso por caso
impact-open = en seguimiento
home-sync = Computadoras portátiles y sincronización
welcome-join = Unirse a una bóveda desde otra computadora
sync-title = Computadoras portátiles y sincronización
sync-intro = Varias computadoras pueden tener la misma bóveda: cada una guarda su propia copia cifrada, y los cambios viajan entre ellas en archivos sellados, en una memoria USB o en una carpeta compartida de la red local. Nada pasa por internet.
sync-working = Procesando…
sync-start-title = Compartir esta bóveda con otras computadoras
sync-start-intro = Dé a esta computadora un nombre que el grupo reconozca. Después podrá invitar a las otras computadoras.
sync-laptop-name = Nombre de esta computadora
sync-laptop-name-hint = Por ejemplo: «Computadora de Ana» u «Oficina de la comunidad».
sync-start = Empezar a compartir
sync-share-title = Compartir los cambios
sync-stick-title = Copiar con una memoria USB
sync-stick-hint = Elija la memoria USB (o cualquier carpeta). Los cambios de esta computadora se copian en ella, y los cambios de las otras computadoras se copian desde ella y se aplican. Hágalo en cada computadora, una tras otra.
sync-stick-folder = Memoria USB o carpeta
sync-copy = Copiar hacia y desde la memoria
sync-folder-title = Carpeta de sincronización de esta bóveda
sync-folder-hint = Aquí se guardan los cambios de todas las computadoras. Si esta carpeta se comparte con las otras computadoras en la red local, aplique lo que llegó con el botón de abajo.
sync-import = Aplicar lo que llegó
sync-report-copied = Se copiaron { $out } archivos en la memoria y { $in } desde ella.
sync-report-applied = Se aplicaron { $files } archivos de cambios ({ $fields } campos modificados).
sync-report-conflicts = { $count ->
    [one] Un cambio nuevo en conflicto, para resolver más abajo.
   *[other] { $count } cambios nuevos en conflicto, para resolver más abajo.
}
sync-report-waiting = { $count ->
    [one] Un archivo está en espera: todavía falta un archivo anterior, o la computadora que lo escribió todavía no conoce esta computadora. Vuelva a copiar más tarde.
   *[other] { $count } archivos están en espera: todavía falta un archivo anterior, o la computadora que los escribió todavía no conoce esta computadora. Vuelva a copiar más tarde.
}
sync-report-unknown = { $count ->
    [one] Un archivo viene de una computadora que esta computadora todavía no conoce; se aplicará cuando llegue su invitación.
   *[other] { $count } archivos vienen de una computadora que esta computadora todavía no conoce; se aplicarán cuando llegue su invitación.
}
sync-report-held = { $count ->
    [one] Un archivo fue escrito por una versión más nueva de { -tejido }; se conserva hasta que se actualice esta computadora.
   *[other] { $count } archivos fueron escritos por una versión más nueva de { -tejido }; se conservan hasta que se actualice esta computadora.
}
sync-report-refused = { $count ->
    [one] Se rechazó un archivo: vea la lista al final.
   *[other] Se rechazaron { $count } archivos: vea la lista al final.
}
sync-report-nothing = Todo está al día.
sync-unpublished = { $count } cambios hechos en esta computadora irán en la próxima copia.
sync-conflicts-title = Cambios en conflicto ({ $count })
sync-conflicts-intro = Dos computadoras cambiaron lo mismo antes de intercambiar sus cambios. En todas las computadoras decidió la misma regla (se conserva el cambio más reciente); elija el que quiere el grupo. Su elección llegará a las otras computadoras con la próxima copia.
sync-no-conflicts = No hay cambios en conflicto.
sync-conflict-field = Campo: { $field }
sync-mine = En esta computadora
sync-theirs = De { $laptop }, { $at }
sync-kept = en uso ahora
sync-empty = (vacío)
sync-keep-mine = Conservar la versión de esta computadora
sync-keep-theirs = Conservar la versión de la otra computadora
sync-keep-removed = Mantener la eliminación
sync-bring-back = Recuperar
sync-removed-here = Se eliminó en esta computadora mientras se modificaba en { $laptop } ({ $at }). Sigue eliminado, con los cambios incluidos, hasta que usted decida.
sync-removed-there = Se eliminó en { $laptop } ({ $at }) mientras se modificaba en esta computadora. Sigue eliminado, con los cambios incluidos, hasta que usted decida.
sync-settled = Conflicto resuelto. Las otras computadoras harán lo mismo con la próxima copia.
sync-laptops-title = Computadoras portátiles del grupo
sync-this-laptop = esta computadora
sync-files-published = { $count } archivos de cambios escritos
sync-files-applied = { $count } de sus archivos de cambios aplicados aquí
sync-removed-on = Quitada del grupo el { $at }
sync-remove = Quitar del grupo
sync-remove-confirm = ¿Quitar { $laptop } del grupo? A partir de ahora se rechazarán sus cambios, y los cambios nuevos ya no se podrán leer en esa computadora. Hágalo si una computadora se perdió o fue robada.
sync-removed = Se quitó { $laptop } del grupo.
sync-invite-title = Añadir una computadora
sync-invite-hint = Una invitación es un archivo con una copia cifrada de esta bóveda para la nueva computadora. Llévela hasta allí en una memoria USB; lea el código en voz alta a la persona que está en esa computadora, nunca lo escriba en la memoria.
sync-invite-name = Nombre de la nueva computadora
sync-invite = Crear la invitación
sync-invite-save = Guardar la invitación
sync-invitation-code = Código para leer en voz alta a la persona que está en la nueva computadora:
sync-invitation-fingerprint = Cuando se haya unido, la computadora nueva muestra un código corto propio. La persona que está en ella se lo lee, y usted lo escribe en la lista de computadoras: solo entonces se confía en esa computadora. Nunca escriba un código que alguien le mande.
sync-refused-title = Archivos rechazados
sync-refused-unreadable = dañado, o no es un archivo de { -tejido }
sync-refused-forged = su firma no es de la computadora de la que dice venir; puede estar falsificado
sync-refused-removed = escrito por una computadora que se quitó del grupo
sync-refused-other-vault = pertenece a otra bóveda
sync-refused-invalid = no es un archivo de cambios válido (una tabla o campo desconocido, un valor incorrecto, una escritura con la identidad de otro registro o el reloj de otra computadora); no se aplicó nada de él
sync-refused-clock-ahead = lleva una fecha más de un día adelantada respecto al reloj de esta computadora; se vuelve a intentar más tarde (revise la fecha y hora de ambas computadoras)
sync-refused-laptop-not-invited = agrega una computadora sin una invitación firmada por una computadora del grupo; esa computadora no se agregó
sync-refused-laptop-keys = intenta cambiar las claves de una computadora o devolver al grupo una computadora quitada; ese cambio se dejó fuera
sync-refused-contact-keys = intenta cambiar las claves de un contacto; ese cambio se dejó fuera
sync-refused-second-join = viene de una segunda computadora hecha con la misma invitación; una invitación se usa una sola vez
sync-refused-expired = viene de una computadora que se unió después de que su invitación caducara
sync-refused-old-join = viene de una computadora que se unió con un Tejido anterior y se quedó con las llaves de su invitación (quien copió la invitación también las tiene); actualice Tejido allí e invítela de nuevo
sync-refused-rolled-back = de una computadora cuya bóveda volvió a un estado anterior (se repuso una copia de su carpeta o se borraron sus últimos guardados): lo que se editó allí desde entonces puede haberse perdido, y puede seguir confiando en una computadora quitada después; revise esa computadora
sync-keys-replaced-title = Entregue el nuevo archivo de contacto a cada mesa
sync-keys-replaced = El { $at } se quitó una computadora que tenía las claves del colectivo para los paquetes de casos, así que se reemplazaron. Las mesas todavía tienen el archivo de contacto anterior: guarde el nuevo en la pantalla de Escalamiento y entrégueselo a cada una, que comparará su huella con usted.
sync-keys-replaced-to = A quién entregarlo: { $names }
sync-keys-given = Todas las mesas tienen el nuevo archivo de contacto
sync-pending = invitada, todavía no se unió: no se le sella nada hasta que llegue un archivo suyo
sync-expired = su invitación caducó antes de que se uniera: quítela e invítela de nuevo si es suya
sync-awaiting = { $count ->
    [1] se unió y le espera: pida a la persona de esa computadora que le lea el código que muestra, y escríbalo aquí
   *[other] { $count } computadoras se unieron con esta invitación (se usaron copias): escriba solo el código que le lea la persona de su computadora nueva; las otras se rechazan
}
sync-confirm-code = Código que muestra la computadora nueva
sync-confirm-submit = Confirmar
sync-confirmed = { $laptop } ya es parte del grupo: lo que escribió se aplica, y lo que escribe el grupo se le sella.
sync-own-code-title = Lea este código a la persona que le invitó
sync-own-code-hint = Esa persona lo escribe en su computadora. Hasta entonces, nada de lo que se escriba aquí llega al grupo, y nada del grupo llega a esta computadora.
sync-invited-by-removed = Invitada por { $laptop }, que luego fue quitada. Compruebe que es una computadora del grupo (compare su huella en voz alta) o quítela.
sync-check-contacts-title = Contactos que hay que volver a comprobar
sync-check-contacts-intro = Estos contactos fueron agregados, o sus claves fijadas, por una computadora que luego fue quitada. Pida a cada mesa su archivo de contacto otra vez y compare la huella en voz alta; quite el contacto anterior y agregue el archivo nuevo.
sync-check-contact-by = agregado por { $laptop }
sync-remove-contact = Quitar este contacto
sync-remove-keys = También se reemplazan las claves del colectivo para los paquetes de casos: cada mesa necesitará el nuevo archivo de contacto.
sync-field-name = Nombre
sync-field-pseudonym = Seudónimo
sync-field-real_name = Nombre real
sync-field-notes = Notas
sync-field-title = Título
sync-field-summary = Resumen
sync-field-description = Descripción
sync-field-text = Texto
sync-field-role = Función
sync-field-status = Estado
sync-field-owner = Responsable
sync-field-due_on = Fecha límite
sync-field-sensitivity = Sensibilidad
sync-field-tags = Etiquetas
sync-entity-collective = Colectivo
sync-entity-person = Integrante
sync-entity-contextNote = Nota de contexto
sync-entity-actor = Actor
sync-entity-incident = Incidente
sync-entity-threatAssessment = Evaluación de amenaza
sync-entity-risk = Riesgo
sync-entity-measure = Medida
sync-entity-indicator = Indicador de alerta temprana
sync-entity-relationship = Vínculo
sync-entity-nodePosition = Ubicación en el mapa de la red
sync-entity-place = Lugar
sync-entity-protocolSection = Sección del protocolo
sync-entity-principle = Principio
sync-entity-protocolLevel = Nivel de alerta
sync-entity-decision = Decisión
sync-entity-protocolComment = Comentario o propuesta
sync-entity-workshop = Taller
sync-entity-agendaItem = Sesión del taller
sync-entity-stickyNote = Nota adhesiva
sync-entity-networkKey = Claves para la red
sync-entity-contact = Contacto
sync-entity-escalationCase = Caso
sync-entity-receivedCase = Caso recibido
sync-entity-syncDevice = Computadora portátil
sync-entity-forgotten = Registro olvidado
join-title = Unirse a una bóveda desde otra computadora
join-intro = Otra computadora del grupo hizo una invitación para esta. Necesita el archivo de invitación (en una memoria USB) y el código que le lee en voz alta la persona que está en esa otra computadora. Esta computadora recibe su propia copia de la bóveda, con su propia frase de contraseña.
join-invitation = Archivo de invitación
join-code = Código
join-code-hint = Cinco grupos de cuatro letras y números; los guiones y las mayúsculas no importan.
join-passphrase-hint = La frase de contraseña propia de esta computadora. Puede ser distinta de la de las otras computadoras.
join-progress = Abriendo la invitación y creando la bóveda de esta computadora…
join-submit = Unirse
join-fingerprint = Huella de la clave de esta computadora. Léala en voz alta a la persona que está en la computadora que hizo la invitación: debe ser igual a la que se muestra allí.
sync-lan-title = Red local (Syncthing)
sync-lan-hint = Las computadoras de la misma red local (el mismo wifi, aunque no haya internet) pueden intercambiar cambios solas, con Syncthing. Añada cada una de las otras computadoras con su identificador de Syncthing y su dirección. No se envía nada a ningún otro lugar: ni descubrimiento, ni relevos, ni internet.
sync-lan-running = Activada: los cambios salen en cuanto se guardan y llegan en segundos.
sync-lan-stopped = Desactivada.
sync-lan-own-id = Identificador de Syncthing de esta computadora, para añadirla en las otras:
sync-lan-listen = Dirección en la que escucha esta computadora
sync-lan-listen-hint = 0.0.0.0:22000 escucha en todas las redes de esta computadora; escriba su propia dirección para limitarla a una.
sync-lan-add-peer = Añadir una computadora
sync-lan-peer-name = Su nombre
sync-lan-peer-id = Su identificador de Syncthing
sync-lan-peer-address = Su dirección
sync-lan-peer-address-hint = Tal como aparece en esa computadora, por ejemplo 192.168.1.20:22000.
sync-lan-connected = conectada
sync-lan-on = Activar
sync-lan-save = Guardar
sync-lan-off = Desactivar
sync-lan-arrived = Llegaron cambios de otras computadoras: { $files } archivos aplicados, { $conflicts } conflictos por resolver (Computadoras portátiles y sincronización).
attention-sync-conflicts = { $count ->
        [one] Un cambio de otra computadora está en conflicto: elija cuál conservar en Computadoras portátiles y sincronización.
       *[other] { $count } cambios de otras computadoras están en conflicto: elija cuáles conservar en Computadoras portátiles y sincronización.
    }

# The home: areas apart from undo, settings and lock
home-areas = Áreas
home-editing = Deshacer y rehacer
home-risks-hint = Incidentes, amenazas, riesgos y el plan de protección
home-network-hint = Quién protege a quién, el mapa y la cadena de alerta
home-protocol-hint = Las normas propias de la comunidad, decididas en conjunto
home-workshop-hint = Agenda, cronómetro, notas y el proyector
home-escalation-hint = Pedir apoyo a la red de solidaridad
home-sync-hint = Las otras computadoras del grupo
create-show-passphrase = Mostrar la frase de contraseña (solo si nadie puede ver la pantalla)
home-recovered = La bóveda se abrió con la clave de recuperación en papel, y tu nueva frase de contraseña ya también la abre. La frase anterior sigue funcionando: si otra persona puede conocerla, o alguien vio la clave en papel, quita la frase anterior y cambia la llave de la bóveda en Ajustes (eso también crea una nueva clave en papel).
home-recovered-review = Revisar las frases de contraseña
workshop-another = Planificar otro taller
protocol-unfinished-title = Todavía sin terminar
protocol-unfinished-undecided = { $count ->
    [one] Un principio aún no está decidido (adóptenlo, adáptenlo o rechácenlo con una decisión):
   *[other] { $count } principios aún no están decididos (adopten, adapten o rechacen cada uno con una decisión):
}
protocol-unfinished-blanks = { $count ->
    [one] Queda en el texto un espacio de la plantilla por llenar:
   *[other] Quedan en el texto { $count } espacios de la plantilla por llenar:
}
protocol-unfinished-blank = { $blank } en «{ $place }»
risks-first-incident = Anotar el primer incidente
risk-add-measure = Añadir una medida para este riesgo

## La tecla de pánico
panic-button = Ocultar todo
panic-button-title = Cierra la bóveda al instante y borra todas las pantallas, también la del proyector; solo queda la pantalla de bienvenida (Ctrl+Mayús+L)

## Los principios de La Puya frente a nuestros registros (pestaña «En la práctica» del protocolo, su impresión, `tejido analyse`)
protocol-tab-checks = En la práctica
protocol-intro-checks = Lo que dicen nuestros propios registros sobre los tres principios de La Puya: si planeamos dialogar con una empresa en lugar de exigir que actúen las instituciones, quiénes participan en nuestras decisiones a lo largo del tiempo, y si dependemos de una sola persona. Contado a partir de cada actor, acta de decisión, medida, relación y de la cadena de alerta.
checks-print-title = Nuestros principios en la práctica
checks-print-as-of = Según nuestros registros el día en que se imprimió.
checks-companies-title = Principio 1: no dialogar con las empresas
checks-companies-principle = La comunidad acordó exigir que las instituciones públicas actúen, en lugar de dialogar con las empresas. Aquí se muestran los planes de reunirse con una empresa y las personas vinculadas a una, para que la asamblea los revise.
checks-dialogue = { $kind ->
        [measure] La medida
       *[decision] La decisión
    } «{ $title }» prevé una reunión o un diálogo con { $company }. El principio pide exigir en su lugar que actúen las instituciones de abajo.
checks-a-company = una empresa
checks-company-tied = { $company }: vinculada en la red con { $names }. Hablen con esas personas sobre el principio: un vínculo no es una falta, pero la empresa puede usarlo.
checks-company-untied = { $company }: ninguna persona de la comunidad está vinculada a ella en la red.
checks-companies-none = No hay ninguna empresa registrada entre los actores.
checks-institutions-title = Instituciones a las que exigir que actúen
checks-institutions-none = Todavía no hay ninguna institución pública entre los actores: agreguen las responsables (fiscalía, procuraduría de derechos humanos, ministerio) en el análisis de riesgo.
checks-inclusion-title = Quiénes participan (principio 2: inclusión)
checks-inclusion-principle = La Puya: inclusión, y trabajar para reducir las desigualdades de poder entre nosotras y nosotros.
checks-inclusion-summary = { $count ->
    [one] Una decisión dice quiénes participaron
   *[other] { $count } decisiones dicen quiénes participaron
  }.
checks-inclusion-meetings = { $count ->
    [one] Todas en una reunión (un día con decisiones).
   *[other] En { $count } reuniones (días con decisiones).
  }
checks-inclusion-unrecorded = { $count ->
    [one] Una decisión no dice quiénes participaron: agréguelo para que cuente.
   *[other] { $count } decisiones no dicen quiénes participaron: agréguelo para que cuenten.
  }
checks-inclusion-none = Ninguna decisión dice todavía quiénes participaron. En cada acta de decisión, anote cuántas mujeres, jóvenes, personas mayores y otras personas participaron, para ver aquí quiénes participan a lo largo del tiempo.
checks-group = Grupo
checks-group-meetings = Reuniones en que participaron
checks-group-last = Última vez
checks-group-most = Máximo en una reunión
checks-group-members = Integrantes de este grupo
checks-group-measures = Medidas a su cargo
checks-meetings-of = { $attended } de { $meetings }
checks-never = nunca
checks-years = Por año: { $years }
checks-year = { $year }: { $attended } de { $meetings }
checks-owners-title = Quiénes tienen a su cargo las medidas de protección
checks-owner-line = { $name }: { $count ->
    [one] una medida
   *[other] { $count } medidas
  }
checks-unowned = { $count ->
    [one] Una medida vigente no tiene responsable todavía.
   *[other] { $count } medidas vigentes no tienen responsable todavía.
  }
checks-no-measures = Ninguna medida vigente tiene responsable todavía.
checks-group-line = { $group }: { $attended } de { $meetings } reuniones, última { $last }; integrantes { $members }, medidas a su cargo { $measures }
checks-inclusion-ok = Todos los grupos por los que pregunta el acta participan, y nadie carga solo con las medidas.
inclusion-warning-group-absent = { $group }: en ninguna de las reuniones registradas. Pregunten por qué y cómo abrirles espacio.
inclusion-warning-group-stopped = { $group }: participaban antes, pero no en las últimas { $count } reuniones. Pregúntenles qué cambió.
inclusion-warning-one-owner = { $name } tiene a su cargo { $count } de las { $total } medidas vigentes: si falta, se detiene la mayor parte del plan. Repártanlas.
inclusion-warning-group-owns-none = { $group }: participan en las decisiones pero no tienen a su cargo ninguna de las { $total } medidas vigentes.
checks-leaders-title = De quién depende la comunidad (principio 3: sin liderazgo único)
checks-leaders-principle = La Puya: procesos colectivos sin liderazgo ni vocería única.
checks-leaders-none = Nadie está sola ni solo: nadie sostiene por sí mismo la red, la voz de la comunidad, las medidas o la cadena de alerta.
checks-leader-measures = { $count ->
    [0] ninguna medida a su cargo
    [one] una medida a su cargo
   *[other] { $count } medidas a su cargo
  }
dependence-sole-voice = El protocolo nombra solo a esta persona para hablar o decidir por la comunidad.
dependence-contacts = La mayoría de los contactos de seguridad y de las alertas pasan por esta persona.
dependence-only-bridge = Sin esta persona, una parte del colectivo queda aislada del resto.
dependence-measures = Tiene a su cargo más de la mitad de las medidas vigentes.
dependence-chain-start = La cadena de alerta empieza con esta persona y con nadie más.
dependence-named-role = El protocolo la nombra, junto con otras personas, para hablar o decidir.
dependence-advice-sole-voice = Nombren dos o tres personas que se turnen, y acuerden antes el mensaje con la asamblea.
dependence-advice-contacts = Den a algunas personas un segundo contacto de seguridad, para que las alertas no pasen todas por ella.
dependence-advice-only-bridge = Vinculen con alguien más a quienes solo llegan al resto a través de ella.
dependence-advice-measures = Repartan las medidas, con una segunda persona responsable para cada una.
dependence-advice-chain-start = Que una segunda persona pueda empezar la cadena de alerta, por si ella no puede.
dependence-advice-named-role = Sigan turnándose, para que nadie se vuelva la única voz.

## Partes de la recuperación de la bóveda (m de n), y destruir las claves de esta computadora

unlock-use-shares = Abrir con las partes que guardan los miembros
settings-slot-shares = Partes en manos de miembros, creadas el { $date }
shares-title = Repartir la recuperación entre miembros
shares-title-desk = El Grupo Asesor guarda la recuperación de la mesa
shares-why = Ninguna persona sola debería tener la clave. Dé una parte a cada uno de varios miembros: algunos de ellos juntos pueden abrir la bóveda; uno solo, no.
shares-why-desk = La recuperación de la mesa la guarda su Grupo Asesor: cada miembro recibe una parte, y solo varios de ellos juntos pueden abrir la bóveda de la mesa.
shares-replaces = Hacer partes nuevas deja sin uso de inmediato todas las partes anteriores; un cambio de clave de la bóveda también. La clave de recuperación en papel sigue funcionando por su cuenta.
shares-total = Miembros que reciben una parte
shares-threshold = Partes necesarias para abrir
shares-summary = { $threshold } cualesquiera de estos { $total } miembros juntos pueden abrir la bóveda.
shares-groups-hint = Elija miembros de distintos grupos de la comunidad, para que ningún grupo pueda abrir la bóveda solo. Los nombres y grupos solo le ayudan aquí: no se guardan ni se imprimen.
shares-groups-hint-desk = Elija miembros del Grupo Asesor de distintas organizaciones. Los nombres y organizaciones solo le ayudan aquí: no se guardan ni se imprimen.
shares-holder-name = Miembro { $number }
shares-holder-name-hint = Solo se muestra en esta pantalla.
shares-holder-group = Grupo
shares-holder-group-desk = Organización
shares-holder-file = Este miembro guarda un archivo cifrado con su propia frase de contraseña en vez de una tarjeta
shares-file-folder = Carpeta para el archivo (una memoria USB suya)
shares-file-passphrase = La frase de contraseña propia del miembro
shares-file-passphrase-hint = La escribe la misma persona, y la volverá a escribir para usar la parte.
shares-crowded = { $group } tendría { $threshold } partes por sí solo, suficientes para abrir la bóveda. Dé algunas a miembros de otros grupos.
shares-submit = Hacer { $total } partes (se necesitan { $threshold })
share-cards-title = Tarjetas de las partes: imprímalas ahora
share-cards-title-desk = Tarjetas de las partes del Grupo Asesor: imprímalas ahora
share-cards-once = Estas tarjetas se muestran solo esta vez. Imprímalas y entregue cada tarjeta a su miembro. { $threshold } cualesquiera de las { $total } abren la bóveda.
share-cards-file = La parte { $number } ({ $holder }) se guardó, cifrada con la frase de contraseña del miembro, en { $path }
share-cards-for = Para: { $holder }
share-card-heading = Parte de recuperación de Tejido { $number } de { $total }
share-card-vault = Identificador de la bóveda: { $id }
share-card-threshold = { $threshold } cualesquiera de las { $total } partes juntas abren esta bóveda. Una parte sola no abre nada.
share-card-keep = Guarde esta tarjeta en un lugar seguro, lejos de la computadora. Nunca le tome una foto ni la escriba en un mensaje. Tráigala solo cuando se reúnan suficientes miembros para recuperar la bóveda.
share-card-keep-desk = Usted guarda esta parte como miembro del Grupo Asesor de la mesa. Guárdela en un lugar seguro, lejos de la computadora; nunca le tome una foto ni la envíe. Tráigala solo cuando el Grupo Asesor se reúna para recuperar la bóveda de la mesa.
share-card-use = Para usarla: en Tejido, en la pantalla de desbloqueo, elija "Abrir con las partes que guardan los miembros" y escriba la parte como está impresa, con los espacios.
share-cards-print = Imprimir las tarjetas
share-cards-written = Las tarjetas están impresas y cada miembro tiene la suya
recover-shares-title = Abrir con las partes que guardan los miembros
recover-shares-intro = Escriba las partes de suficientes miembros, como aparecen en sus tarjetas, o abra los archivos de los miembros que guardan uno con su propia frase de contraseña. Luego elija una nueva frase de contraseña para esta computadora.
recover-shares-card = Parte { $number }
recover-shares-card-hint = Empieza con tjs1. Los espacios y las mayúsculas no importan.
recover-shares-file = Archivo de la parte
recover-shares-file-passphrase = La frase de contraseña del miembro que guarda este archivo
recover-shares-add = Agregar una parte
recover-shares-add-file = Agregar un archivo de parte
recover-shares-submit = Abrir y poner una nueva frase de contraseña
shred-title = Destruir las claves de esta computadora
shred-what = Para una computadora que pueden llevarse: ninguna frase de contraseña de esta bóveda vuelve a funcionar en esta computadora, y se destruye la clave de Syncthing de esta computadora. Después, solo la clave de recuperación en papel o suficientes partes abren la bóveda; lo que queda en el disco está cifrado.
shred-no-recovery = Esta bóveda no tiene clave de recuperación en papel ni partes en manos de miembros, así que nadie podría abrirla después. Primero haga una nueva clave en papel o reparta la recuperación.
shred-start = Destruir las claves de esta computadora…
shred-limits = Lo que no hace: en un disco SSD o en algunos sistemas de archivos los bytes viejos pueden quedar donde el disco los puso; las copias de seguridad, las copias de la carpeta y las otras computadoras del grupo conservan sus propias claves; y quien tenga la clave en papel o suficientes partes todavía puede abrir la bóveda, así que guárdelas en otro lugar.
shred-understood = Entiendo: ninguna frase de contraseña abrirá más esta bóveda en esta computadora
shred-submit = Destruir las claves ahora
duress-title = Una frase de coacción
duress-what = Una segunda frase para decir si alguien le obliga a abrir Tejido. Abre un señuelo (la comunidad de demostración con el nombre de su colectivo) y, sin mostrar nada, destruye todas las demás frases de esta bóveda en esta computadora. Después, los datos reales solo se abren con la clave de recuperación en papel o con suficientes partes.
duress-no-recovery = Esta bóveda no tiene clave de recuperación en papel ni partes en manos de miembros, así que después de usar la frase de coacción nadie podría abrirla. Primero haga una nueva clave en papel o reparta la recuperación en partes.
duress-start = Poner una frase de coacción…
duress-limits = A quién engaña y a quién no: quien le obliga a desbloquear ve una bóveda común, y los archivos del disco no muestran más que una segunda frase y un adjunto más. No engaña a quien ya tenía una copia de la carpeta y una frase real, a quien le mira escribir la frase real, ni a quien conozca bien la demostración de Tejido. Guarde la clave en papel o las partes lejos de esta computadora, o también se las pueden arrancar.
duress-understood = Entiendo: escribirla destruye en silencio las frases reales de esta computadora
duress-passphrase = Frase de coacción
duress-passphrase-hint = Una que pueda decir sin dudar, distinta de todas las frases de esta bóveda.
duress-submit = Agregar la frase de coacción
duress-added = La frase de coacción está puesta. Aparece entre las frases como cualquier otra.

# Problemas del registro de accesos (aplicación y línea de comandos)
log-problem-bad-signature = La entrada { $seq } se cambió después de que la persona la firmó.
log-problem-broken-chain = Se quitaron, cambiaron o reordenaron entradas antes de la { $seq }.
log-problem-unknown-member = La entrada { $seq } está firmada por alguien que nunca integró la mesa.
log-problem-opened-without-entry = Se abrió un paquete y el registro no dice quién: se quitaron entradas.

# Supervisión del Grupo Asesor en una mesa
escalation-tab-oversight = Integrantes y registro de accesos
oversight-members = { $count ->
    [one] Una persona integrante
   *[other] { $count } personas integrantes
}
oversight-intro = Cada integrante tiene su propia contraseña. Las comunidades sellan un caso solo para las personas de su grupo de trabajo, y cada apertura queda firmada en el registro de accesos que lee el Grupo Asesor. Solo una decisión del Grupo Asesor agrega o retira a alguien.
oversight-add = Agregar una persona
oversight-name = Nombre
oversight-groups = Grupos de trabajo
oversight-groups-hint = Sepárelos con comas, por ejemplo: Mujeres y tierra, Responsabilidad empresarial.
oversight-own-passphrase = La nueva persona escribe ahora su propia contraseña, ella misma. Nadie más debe conocerla: es lo que abre los casos de sus grupos de trabajo.
oversight-passphrase = La contraseña propia de la persona
oversight-add-submit = Agregar a la persona
oversight-decision = La decisión del Grupo Asesor
oversight-decision-title = Qué se decidió
oversight-decision-hint = Se registra con las decisiones de la mesa, por ejemplo «Reunión del 3 de marzo: Ana se une a Mujeres y tierra».
oversight-present = Personas del Grupo Asesor presentes
oversight-advisory-group = Grupo Asesor
oversight-add-decision = { $name } se une a la mesa
oversight-remove-decision = { $name } deja la mesa
oversight-added-on = Agregada por decisión del { $date }
oversight-removed-on = Retirada por decisión del { $date }
oversight-remove = Retirar a { $name } de la mesa
oversight-remove-what = Sus claves salen de esta bóveda y la mesa rechaza sus aperturas. Los casos enviados después de que las comunidades reciban el nuevo archivo de contacto de la mesa no se sellan para ella. Lo que abrió antes queda en el registro.
oversight-remove-submit = Retirar por esta decisión
oversight-send-card = Después de cada cambio, guarde de nuevo el archivo de contacto de la mesa (Mesas de apoyo y contactos) y envíelo a las comunidades: sellan los casos nuevos para las personas que lista.
oversight-sealed-title = Paquetes que esperan a una persona integrante
oversight-log-empty = Nadie ha abierto un caso todavía: cada apertura se escribirá aquí, firmada por la persona que lo abra.
oversight-sealed-none = Ningún paquete espera. Los paquetes sellados para las personas de la mesa esperan aquí hasta que una de ellas los abra.
oversight-sender-unknown = un remitente aún no aceptado
oversight-received-on = recibido el { $date }
oversight-opened-by = abierto por { $name } el { $date }
oversight-not-opened = aún sin abrir
oversight-open = Abrir como integrante
oversight-who = Quién lo abre
oversight-open-logged = La apertura se escribe en el registro de accesos con su nombre y se firma con su clave.
oversight-open-submit = Abrir
oversight-log = Registro de accesos
oversight-log-verified = El registro se verifica: { $count ->
    [one] una apertura
   *[other] { $count } aperturas
}, cada una firmada por la persona que abrió el caso.
oversight-log-seq = N.º
oversight-log-when = Cuándo
oversight-log-who = Quién
oversight-log-from = Comunidad
package-kept-sealed = El paquete de { $name } está sellado para las personas de la mesa: espera en «Integrantes y registro de accesos» hasta que alguien de su grupo de trabajo lo abra.
case-working-group = El grupo de trabajo de la mesa
case-working-group-all = Todas las personas de la mesa
case-working-group-hint = Solo las personas de la mesa de este grupo de trabajo pueden abrir el caso.
contact-members = Los casos se sellan para { $count ->
    [one] su integrante
   *[other] sus { $count } integrantes
}, no para la mesa: { $names }.

# El recuento de una petición desde su archivo de firmas
desk-signatures-typed = Firmas, escritas a mano
desk-tally-count = Contarlas desde un archivo…
desk-tally-again = Contar de nuevo desde un archivo…
desk-tally-type = Escribir el número
desk-tally-choose = Las firmas de la petición (un archivo CSV)
desk-tally-hint = Un archivo CSV exportado de la plataforma de la petición o pasado a máquina desde las hojas en papel: cada persona cuenta una vez (el mismo correo o teléfono, o el mismo nombre si no lo hay). El archivo se lee y se olvida: solo se guardan los recuentos.
desk-tally-from = { $count ->
    [one] Una firma contada
   *[other] { $count } firmas contadas
} desde { $file } el { $date } ({ $repeated }).
desk-tally-repeated = { $count ->
    [0] ninguna fila repetida
    [one] se dejó fuera una fila repetida
   *[other] se dejaron fuera { $count } filas repetidas
}
desk-profiles = Quiénes son las personas defensoras
trends-by-profile = Por perfil de las personas defensoras
