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
welcome-recent = Bóvedas abiertas recientemente

## Crear una bóveda

create-title = Crear una bóveda
create-name = Nombre del colectivo
create-folder = Carpeta de la bóveda
create-folder-hint = Una carpeta nueva y vacía, por ejemplo en una memoria USB cifrada.
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

unlock-title = Abrir la bóveda
unlock-folder = Carpeta de la bóveda
unlock-passphrase = Frase de contraseña
unlock-submit = Abrir
unlock-progress = Comprobando la frase de contraseña… tarda un segundo.
unlock-use-recovery = No conozco la frase de contraseña: usar la clave de recuperación
unlock-use-passphrase = Usar una frase de contraseña
unlock-other-vault = Otra bóveda…
unlock-auto-locked = La bóveda se cerró tras { $minutes } minutos sin actividad.

## Inicio

home-collective = Colectivo
home-lock = Cerrar
home-lock-shortcut = Cerrar la bóveda (Ctrl+L)
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
attention-rollback = Esta computadora ya vio la versión guardada { $seen } de esta bóveda, pero la carpeta solo tiene la versión { $opened }. Puede ser una copia antigua.
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
sensitivity-public = público
sensitivity-community = comunidad
sensitivity-restricted = restringido

## Ajustes

settings-title = Ajustes
settings-general = General
settings-language = Idioma
settings-autolock = Cerrar la bóveda tras un tiempo sin actividad
settings-autolock-never = Nunca
settings-autolock-minutes = Tras { $minutes } minutos
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
review-none = La fecha de revisión se fija al valorar el primer riesgo.
review-mark = Marcar revisado hoy
risk-review-marked = Revisado hoy; la próxima revisión es dentro de seis meses.
risks-none = Todavía no se ha identificado ningún riesgo.
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
alert-level-watch = Vigilancia
alert-level-alert = Alerta
alert-level-emergency = Emergencia
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
alert-card-called-by = Le llama { $names }
alert-card-starts = Inicia la alerta
alert-card-you-call = Usted llama, en este orden:
alert-card-else = si no contesta: { $name }
alert-card-end = Aquí termina esta rama: confirme a quien le llamó.
network-view = Cómo mostrar los vínculos
network-view-map = Mapa
network-view-table = Tabla
graph-title = Mapa de la red
graph-help = Arrastre para colocar a alguien; se queda donde lo deje. Mayús+arrastrar de uno a otro, o Intro sobre uno y luego sobre otro, para vincularlos. Las flechas mueven al seleccionado.
graph-linking = Elija con quién vincular a { $name } y pulse Intro (Escape cancela).
graph-actor = { $name } ({ $stance })
graph-legend-person = integrante
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
