# Tejido — la línea de comandos (español).

## Preguntas

prompt-passphrase = Frase de contraseña:
prompt-new-passphrase = Nueva frase de contraseña:
prompt-passphrase-again = Escriba otra vez la nueva frase de contraseña:
prompt-old-passphrase = Frase de contraseña actual:
prompt-passphrase-to-remove = Frase de contraseña que quiere quitar:
prompt-recovery-key = Clave de recuperación:

## Resultados

vault-created = Se creó la bóveda en { $path }.
demo-created = Se creó la bóveda de demostración en { $path } con { $count } personas. Todos los nombres y lugares son inventados.
bench-network-vault-created = { $count ->
    [one] Se creó { $path } para medir el mapa de la red: una persona, vínculos: { $links }. Todos los nombres son inventados; su clave de recuperación no se guardó.
   *[other] Se creó { $path } para medir el mapa de la red: { $count } personas, vínculos: { $links }. Todos los nombres son inventados; su clave de recuperación no se guardó.
}
recovery-key-heading = CLAVE DE RECUPERACIÓN — anótela ahora en papel. Solo se muestra esta vez:
recovery-key-warning = Quien tenga esta clave puede abrir la bóveda. Guarde el papel en un lugar seguro, lejos de esta computadora. Si se olvidan todas las frases de contraseña, es la única forma de volver a entrar.
person-added = Se agregó a { $pseudonym }.
person-removed = Se quitó a { $pseudonym }. Use «tejido undo» para devolverle su lugar.
person-forgotten = Se olvidó a { $pseudonym } para siempre: el registro, su historial y todos los guardados anteriores de esta bóveda. Otras computadoras, copias de seguridad y paquetes hechos antes guardan lo que tenían.
people-none = Todavía no hay personas.
people-count = { $count ->
    [one] Una persona.
   *[other] { $count } personas.
}
undone = Deshecho: { $label }.
cli-alert-activated = Nivel de alerta { $level } activado. { $count ->
    [one] Queda una persona por avisar, en el orden de la cadena: vea `tejido alert list`.
   *[other] Quedan { $count } personas por avisar, en el orden de la cadena: vea `tejido alert list`.
}
cli-alert-marked = Registrado: { $pseudonym }. { $count ->
    [one] Queda una persona por avisar.
   *[other] Quedan { $count } personas por avisar.
}
cli-alert-stood-down = Alerta { $level } terminada: de vuelta al verde.
cli-alert-contact-saved = Guardado cómo localizar a { $pseudonym } (restringido: nunca se proyecta ni se exporta).
passphrase-added = Se agregó la nueva frase de contraseña. Las otras siguen funcionando.
prompt-duress-passphrase = Frase de coacción (dígala solo bajo amenaza):
cli-duress-added = Se agregó la frase de coacción. Escrita al desbloquear, abre un señuelo y destruye en silencio todas las demás frases de esta computadora; los datos reales solo se abren después con la clave en papel o las partes. Guarde la clave en papel lejos de esta computadora.
passphrase-removed = Se quitó esa frase de contraseña.
passphrase-changed = Se cambió la frase de contraseña. La anterior ya no abre la bóveda.
recovered = Se abrió con la clave de recuperación y se agregó la nueva frase de contraseña.
slot-line = { $id }  { $kind }, agregada el { $date }
slot-line-weak = { $id }  { $kind }, agregada el { $date } — sellada con menos protección que la que { -tejido } usa hoy: cambie esta frase de contraseña
slot-removed-rekey = Se quitó esa llave. Quien haya guardado una copia de su archivo todavía puede abrir la bóveda con ella: ejecute `tejido rekey { $dir }` para dejarlo fuera.
rekeyed = La bóveda tiene una llave nueva: todo se selló de nuevo y solo la frase de contraseña conservada aquí la abre. Los archivos de llave anteriores, las otras frases de contraseña y la clave de recuperación anterior no abren nada de lo que se guarde desde ahora.

## Etiquetas

action-create = agregado
action-update = cambiado
action-delete = quitado
action-undo = deshecho
slot-passphrase = frase de contraseña
slot-recovery = clave de recuperación
slot-shares = partes en manos de miembros

## Verificación

check-generation-ok = Versión guardada { $generation }: bien.
check-generation-bad = Versión guardada { $generation }: { $problem }.
check-slot-ok = Clave ({ $kind }, { $file }): bien.
check-slot-bad = Clave ({ $kind }, { $file }): { $problem }.
check-no-recovery-slot = Esta bóveda no tiene clave de recuperación.
check-healthy = Todo está en orden.
slot-problem-missing = falta el archivo
slot-problem-unrecognised = el archivo no es un archivo de claves escrito por { -tejido }
slot-problem-excessive-work = pide demasiado trabajo de cálculo
slot-problem-wrong-identity = contiene la clave de otra bóveda

## Avisos

warn-generation-skipped = No se pudo usar la versión guardada { $generation }: { $problem }.
warn-opened-older-generation = La bóveda se abrió en la versión guardada { $generation }. Pueden faltar los cambios más recientes.
warn-rollback = Esta bóveda se abrió en la versión guardada { $opened }, pero existió la versión guardada { $seen }: se borraron guardados más recientes o se puso una copia antigua en su lugar, lo que puede deshacer cambios recientes como quitar una computadora perdida. Si no restauraron una copia de seguridad, dejen la carpeta como está y avisen a su grupo.
warn-rollback-acknowledge = Este aviso se repetirá hasta que acepten el estado en que se abrió la bóveda con: tejido accept-rollback CARPETA
cli-rollback-accepted = Aceptado: la bóveda se guardó como versión { $generation } y el aviso no volverá a mostrarse.

## Errores de la línea de comandos

err-cli-no-input = No se dio ninguna frase de contraseña.
rec-cli-no-input = Escríbala cuando se le pida, o póngala en la primera línea de la entrada estándar.
err-cli-bad-sensitivity = «{ $value }» no es un nivel de sensibilidad: use public, community o restricted.
err-cli-check-failed = La verificación encontró { $count ->
    [one] un problema
   *[other] { $count } problemas
}.
err-cli-bench = No se pudo ejecutar la medición: { $detail }.
err-cli-bug = Algo falló dentro de Tejido. Es un error del programa, no suyo; lo último que guardó está a salvo.
err-cli-export = No se pudo escribir la exportación: { $detail }.
risk-exported = Registro de riesgos exportado: { $count ->
        [one] un riesgo
       *[other] { $count } riesgos
    }; se dejaron fuera { $omitted } registros restringidos.
risk-export-plaintext = Esta exportación no está cifrada. Guárdela con el mismo cuidado que la bóveda y bórrela cuando ya no la necesite.
cli-incident-letters = { $count ->
        [0] No hay cartas que sugerir para este incidente.
        [one] Una carta sugerida a una institución pública. Revísela antes de enviarla: la firma la comunidad, nunca una sola persona.
       *[other] { $count } cartas sugeridas a instituciones públicas. Revíselas antes de enviarlas: las firma la comunidad, nunca una sola persona.
    }
cli-incident-letters-withheld = Este incidente es restringido: su título, descripción, lugar y personas quedaron fuera de las cartas.
cli-trends-none = Esta mesa aún no ha recibido ningún caso.
cli-trends-summary = { $count ->
        [one] Un caso recibido
       *[other] { $count } casos recibidos
    }, de { $first } a { $last }.
cli-trends-not-set = (sin indicar)
cli-trends-by-month = Por categoría de amenaza y mes (total, luego cada mes):
cli-trends-by-country = Por país:
cli-trends-by-region = Por región:
cli-trends-by-working-group = Por grupo de trabajo:
cli-trends-by-profile = Por perfil de las personas defensoras:
cli-trends-by-perpetrator-kind = Por tipo de presunto responsable:
cli-trends-by-perpetrator = Por empresa o autoridad nombrada:
cli-cases-exported = Casos exportados: { $count ->
        [one] un caso
       *[other] { $count } casos
    }, sin nombres ni seudónimos.
cli-cases-export-plaintext = Esta exportación no está cifrada. No nombra a nadie, pero dice qué comunidades pidieron ayuda y cuándo: guárdela con el mismo cuidado que la bóveda.
prompt-invitation-code = Código de la invitación (lo lee en voz alta quien la hizo):
cli-sync-started = Esta bóveda ahora se comparte; esta computadora es «{ $name }» en el grupo.
cli-sync-invited = Invitación guardada en { $path }. Código para leer en voz alta: { $code } — cuando se haya unido, la computadora nueva muestra un código corto propio: pida que se lo lean y escríbalo (tejido sync confirm)
cli-sync-joined = Bóveda creada en { $path } a partir de la invitación. Lea este código a la persona de la computadora que le invitó; ella lo confirma allí (tejido sync confirm): { $code }
cli-sync-confirmed = { $laptop } ya es parte del grupo.
sync-awaiting-cli = espera su código: tejido sync confirm DIR --code CÓDIGO
err-cli-bad-choice = «{ $value }» no es una opción: use mine (la mía) o theirs (la de la otra).
keys-shredded = Las llaves de esta computadora quedaron destruidas: { $count } frases de contraseña y la llave de Syncthing se sobrescribieron y borraron. Ahora solo la clave de recuperación en papel o suficientes partes de los miembros abren la bóveda (tejido recover, tejido recover-shares).
prompt-share = Parte (una, como está impresa):
shares-heading = PARTES de la bóveda { $id }: { $threshold } cualesquiera de estas { $total } la abren. Dé cada una a un miembro distinto, mejor de grupos distintos. Se muestran solo esta vez:
shares-warning = Una parte sola no abre nada; { $threshold } juntas lo abren todo. Las partes anteriores de esta bóveda ya no sirven. Para usarlas: tejido recover-shares.
recovered-shares = Se abrió con las partes de los miembros y se agregó la nueva frase de contraseña.
cli-contact-saved = Archivo de contacto guardado en { $path }. Lea su huella en voz alta a quien lo reciba: { $fingerprint }
cli-contact-added = { $name } ({ $role }) es ahora un contacto.
cli-contact-own = Huella de esta bóveda: { $fingerprint }
cli-contact-none = Todavía no hay contactos.
cli-contact-role-desk = mesa de la red
cli-contact-role-community = comunidad
err-cli-fingerprint-missing = La huella de este archivo de contacto es { $fingerprint }. No se aceptó: llame a la mesa o a la comunidad, lean la huella en voz alta juntos y vuelva a ejecutar con --fingerprint "{ $fingerprint }" solo si coincide.
err-cli-fingerprint-differs = La huella escrita ({ $typed }) no es la de este archivo de contacto ({ $fingerprint }). No se aceptó: el archivo puede haber sido cambiado en el camino. Pida el archivo otra vez por otra vía.
err-cli-bad-consent = "{ $value }" no es un uso que una persona pueda aceptar: use desk (la mesa), state (el Estado), public (público) o photos (fotos), separados por comas (por ejemplo Garza=desk,state).
err-cli-bad-request = "{ $value }" no es una solicitud: use letter, petition, media, un-mechanism, regional-mechanism, relocation, funds, accompaniment, legal-support, medical-support, psychosocial-support o emergency-grant.
err-cli-no-such-name = Aquí nada se llama "{ $name }".
rec-cli-no-such-name = Véalos con tejido case list o tejido contact list y escriba el nombre como aparece.
cli-case-saved = Caso "{ $title }" guardado ({ $id }). { $count ->
        [0] Nadie en él aceptó todavía compartir su situación con una mesa: registre el consentimiento de cada persona antes de enviarlo.
        [one] Una persona aceptó compartir su situación con una mesa.
       *[other] { $count } personas aceptaron compartir su situación con una mesa.
    }
cli-case-none = Todavía no hay casos.
cli-case-sent = Paquete de "{ $title }" sellado y firmado para { $count ->
        [one] una mesa
       *[other] { $count } mesas
    }, guardado en { $path }. Llévelo por memoria USB, Signal o correo: solo esas mesas pueden abrirlo.
cli-case-accept-how = Si esta huella coincide con la que quien lo envía le lee en voz alta, vuelva a ejecutar con --accept "{ $fingerprint }".
cli-case-received = Caso "{ $title }" de { $collective } recibido y guardado (huella de quien lo envía: { $fingerprint }).
cli-case-received-again = El caso "{ $title }" de { $collective } ya estaba aquí; nada cambió.
cli-case-consent-applied = Cambió el consentimiento de las personas de "{ $title }": revise cada texto que las nombra.
cli-case-consent-unchanged = La actualización de consentimiento de "{ $title }" no cambia nada aquí.
cli-case-status = Informe de { $desk } sobre "{ $title }":
cli-case-status-again = El informe de { $desk } sobre "{ $title }" ya estaba aquí.
cli-case-replied = Informe sobre "{ $title }" sellado para su comunidad, guardado en { $path }.
cli-case-list-own = Casos de esta comunidad (id, título, último envío):
cli-case-list-received = Casos recibidos (id, título, comunidad, fecha de recepción):

# Integrantes de una mesa y registro de accesos
prompt-member-passphrase = La contraseña propia de la persona integrante:
cli-case-kept-sealed = El paquete está sellado para las personas integrantes de la mesa, no para la mesa: se guarda sellado ({ $sha }). Una persona de su grupo de trabajo lo abre con --member NOMBRE.
cli-desk-member-added = { $name } integra la mesa (huella { $fingerprint }). Guarde de nuevo el archivo de contacto de la mesa y envíelo a las comunidades.
cli-desk-member-removed = { $name } fue retirada de la mesa y no abre ningún caso posterior. Guarde de nuevo el archivo de contacto de la mesa y envíelo a las comunidades.
cli-desk-removed = retirada
cli-desk-log-verified = El registro de accesos se verifica: { $count ->
    [one] una apertura
   *[other] { $count } aperturas
}, cada una firmada por la persona que abrió el caso.
cli-signatures-counted = { $count ->
    [one] Firmó una persona
   *[other] Firmaron { $count } personas
} ({ $repeated }).
