# Tejido — mensajes de error (español).
# Los ids van en pares: err-… dice qué pasó, rec-… qué puede hacer la persona.

-tejido = Tejido

## Abrir una bóveda

err-vault-not-a-vault = La carpeta { $path } no es una bóveda de { -tejido }.
rec-vault-not-a-vault = Elija la carpeta que contiene el archivo vault.toml.
err-vault-missing = La carpeta { $path } no está.
rec-vault-missing = Puede que se haya movido o se le haya cambiado el nombre, o que esté en una memoria USB que no está conectada. Conecte la memoria o vuelva a elegir la carpeta.
err-vault-too-new = Esta bóveda fue guardada por una versión más nueva de { -tejido } (formato { $format }).
rec-vault-too-new = Actualice { -tejido } en esta computadora y vuelva a abrir la bóveda. No se cambió nada.
err-vault-damaged-header = El archivo que describe la bóveda (vault.toml) está dañado: { $detail }.
err-vault-in-use = Esta bóveda ya está abierta en otra ventana o programa de { -tejido }.
rec-vault-in-use = Ciérrela allí primero y vuelva a intentarlo.
err-vault-wrong-passphrase = Esa frase de contraseña no abre esta bóveda.
rec-vault-wrong-passphrase = Revise el idioma del teclado y las mayúsculas, y vuelva a intentarlo. Si nadie la recuerda, use la clave de recuperación.
err-vault-wrong-recovery-key = Esa clave de recuperación es de otra bóveda.
err-vault-invalid-recovery-key = Eso no es una clave de recuperación.
rec-vault-recovery-key = Una clave de recuperación empieza con AGE-SECRET-KEY-1 y tiene unos 70 caracteres. Cópiela del papel exactamente.
err-vault-excessive-work = Un archivo de claves de esta bóveda pide mucho más trabajo de cálculo del que { -tejido } usa (nivel { $required }, como máximo { $max }). Puede haber sido manipulado.
err-vault-damaged-key-slot = El archivo de claves { $file } falta o está dañado.
err-vault-tampered-header = El archivo que describe la bóveda (vault.toml) no coincide con sus claves. Alguien puede haberlo cambiado.
err-vault-no-usable-generation = Ninguna de las { $count } versiones guardadas de esta bóveda se pudo leer de forma segura.
rec-vault-get-help = No borre nada. Haga una copia de toda la carpeta de la bóveda y pida ayuda a una persona de confianza que conozca { -tejido }.
err-vault-io = { -tejido } no pudo leer { $path }: { $kind ->
        [not-found] la carpeta o el archivo no está (se movió, se le cambió el nombre o está en una memoria USB que se desconectó)
        [permission-denied] esta cuenta del equipo no tiene permiso para usarlo
        [already-exists] ya hay algo con ese nombre
        [storage-full] el disco o la memoria USB está lleno
        [read-only] el disco o la memoria USB solo permite leer
        [invalid-name] el nombre tiene caracteres o una longitud que este disco no permite
        [not-empty] una carpeta que debería estar vacía todavía tiene archivos
       *[other] el sistema lo rechazó (el disco o la memoria USB puede estar fallando, o se retiró)
    }.
err-vault-read-only-open = Esta bóveda se abrió solo para lectura.

## Guardar

err-save-disk-full = No queda espacio en el disco para guardar ({ $path }). Lo guardado antes está a salvo.
rec-save-disk-full = Libere espacio en el disco y vuelva a guardar.
err-save-read-only = { -tejido } no tiene permiso para escribir en { $path }. Lo guardado antes está a salvo.
rec-save-read-only = Compruebe que la memoria USB o el disco no esté bloqueado o en solo lectura, y que puede escribir en la carpeta.
err-save-io = Falló el guardado al escribir { $path }: { $kind ->
        [not-found] la carpeta o el archivo no está (se movió, se le cambió el nombre o está en una memoria USB que se desconectó)
        [permission-denied] esta cuenta del equipo no tiene permiso para usarlo
        [already-exists] ya hay algo con ese nombre
        [storage-full] el disco o la memoria USB está lleno
        [read-only] el disco o la memoria USB solo permite leer
        [invalid-name] el nombre tiene caracteres o una longitud que este disco no permite
        [not-empty] una carpeta que debería estar vacía todavía tiene archivos
       *[other] el sistema lo rechazó (el disco o la memoria USB puede estar fallando, o se retiró)
    }. Lo guardado antes está a salvo.
err-save-database = Falló el guardado dentro de la base de datos: { $detail }. Lo guardado antes está a salvo.
rec-save-retry = Vuelva a intentarlo. Si sigue fallando, copie la carpeta de la bóveda a un lugar seguro.

## Crear una bóveda

err-create-not-empty = La carpeta { $path } ya contiene archivos.
rec-create-not-empty = Elija una carpeta nueva o vacía para la bóveda.
err-create-io = No se pudo crear la bóveda nueva en { $path }: { $kind ->
        [not-found] la carpeta o el archivo no está (se movió, se le cambió el nombre o está en una memoria USB que se desconectó)
        [permission-denied] esta cuenta del equipo no tiene permiso para usarlo
        [already-exists] ya hay algo con ese nombre
        [storage-full] el disco o la memoria USB está lleno
        [read-only] el disco o la memoria USB solo permite leer
        [invalid-name] el nombre tiene caracteres o una longitud que este disco no permite
        [not-empty] una carpeta que debería estar vacía todavía tiene archivos
       *[other] el sistema lo rechazó (el disco o la memoria USB puede estar fallando, o se retiró)
    }.
err-create-disk-full = No queda espacio en el disco para crear la bóveda ({ $path }).
err-create-read-only = { -tejido } no tiene permiso para escribir en { $path }, así que no pudo crear la bóveda allí.
rec-create-read-only = Elija una carpeta en la que pueda escribir, por ejemplo en Documentos, o compruebe que la memoria USB no esté bloqueada.
err-create-database = No se pudo preparar la bóveda nueva: { $detail }.
rec-create-retry = Elija otra carpeta (por ejemplo en Documentos), o revise el disco, y vuelva a intentarlo.

## Frases de contraseña y claves

err-passphrase-too-short = Una frase de contraseña necesita al menos { $min } caracteres. Varias palabras son más fáciles de recordar y más difíciles de adivinar.
err-passphrase-mismatch = Las dos frases de contraseña que escribió son distintas.
err-slot-wrong-passphrase = Ninguna frase de contraseña de esta bóveda coincide con lo que escribió.
err-slot-last-passphrase = Es la única frase de contraseña de la bóveda; no se puede quitar.
rec-slot-last-passphrase = Agregue primero otra frase de contraseña y luego quite esta.
err-passphrase-too-weak = Esta frase de contraseña sería demasiado fácil de adivinar: las palabras frecuentes, los nombres, las fechas, los patrones del teclado y las letras cambiadas se prueban primero.
rec-passphrase-too-weak = Use cuatro o más palabras comunes elegidas al azar, sin relación entre sí ni con la comunidad (no un refrán ni una canción).
err-slot-wrong-secret = Para confirmar, escriba una frase de contraseña o la clave de recuperación en papel de esta bóveda; lo que escribió no abre ninguna.
rec-slot-wrong-secret = Se pide antes de todo lo que entrega las llaves de la bóveda o su contenido, para que no baste con una computadora que quedó desbloqueada.
err-slot-same-slot = Una frase de contraseña no puede confirmar su propia eliminación.
rec-slot-same-slot = Confirme con otra frase de contraseña o con la clave de recuperación en papel.
err-slot-unknown = Esa frase de contraseña o clave ya fue quitada.
err-slot-no-recovery = Esta bóveda no tiene clave de recuperación en papel ni partes en manos de miembros: después de destruir las claves, o de usar una frase de coacción, nadie podría abrirla.
err-slot-passphrase-in-use = Esa frase de contraseña ya abre esta bóveda. Una frase de coacción debe ser una que nadie use para abrirla.
rec-slot-passphrase-in-use = Elija otra frase para la coacción, una que pueda decir sin dudar.
rec-slot-no-recovery = Primero haga una nueva clave en papel o reparta la recuperación en partes (Configuración), y luego destruya las claves.
err-share-bounds = Elija entre { $min } y { $max } miembros, y un número necesario de al menos { $min } y no mayor que el de miembros.
err-share-typo = La parte número { $entry } de su lista tiene un error de escritura, o no es una parte de Tejido.
rec-share-typo = Compárela con su tarjeta grupo por grupo; las letras que se parecen (como 5 y s) son el error más común.
err-share-duplicate = La parte { $number } se ingresó dos veces.
rec-share-more = Cada parte cuenta una sola vez: pida la suya a otra persona que guarde una.
err-share-other-vault = La parte número { $entry } de su lista es de otra bóveda.
err-share-old-split = La parte número { $entry } de su lista es de un reparto anterior de esta bóveda; un reparto más nuevo la dejó sin uso.
rec-share-other = Compare el identificador de la bóveda de cada tarjeta con el de las otras, y use solo tarjetas del reparto más nuevo.
err-share-no-split = La recuperación de esta bóveda nunca se repartió en partes, o un cambio de clave de la bóveda dejó las partes sin uso.
err-share-too-few = Se necesitan { $needed } partes para abrir esta bóveda; ingresó { $given }.
err-share-file-passphrase = El archivo de la parte número { $entry } de su lista no se abre con la frase de contraseña escrita para él.
rec-share-file-passphrase = La persona que lo guarda escribe su propia frase de contraseña, la que eligió cuando se hicieron las partes.

## Adjuntos

err-blob-missing = Falta el adjunto { $id } en la carpeta de la bóveda.
err-blob-damaged = El adjunto { $id } está dañado.
rec-blob-restore = Si tiene una copia de seguridad, restaure la carpeta de la bóveda desde ella.

## Editar

err-person-empty-pseudonym = Cada persona necesita un seudónimo.
err-person-pseudonym-taken = Alguien del colectivo ya tiene el seudónimo «{ $pseudonym }».
rec-person-pseudonym-taken = Elija otro seudónimo, por ejemplo con un número o un lugar.
err-person-not-found = Esa persona no está en el colectivo.
err-person-not-removed = Solo se puede olvidar a una persona quitada del colectivo. Quítela primero.
err-collective-empty-name = El colectivo necesita un nombre.
err-undo-nothing = No queda nada por deshacer.
err-core-database = La base de datos rechazó el cambio: { $detail }.
err-core-migrate = { -tejido } no pudo actualizar esta bóveda a la versión actual: { $detail }.

## Estado de una versión guardada

generation-incomplete = el guardado se interrumpió antes de terminar
generation-not-authentic = está dañada o no la escribió esta bóveda
generation-undecryptable = no se puede descifrar
generation-not-a-database = no contiene una base de datos sana
generation-unreadable = no se puede leer ({ $reason })
generation-after-skipped = solo guarda cambios sobre un guardado anterior que no se pudo usar

## La aplicación de escritorio

err-app-locked = La bóveda está bloqueada.
rec-app-locked = Vuelva a abrirla para continuar.
err-app-rollback-pending = No se aplica nada de otras computadoras mientras esta bóveda esté en una versión guardada anterior que nadie ha aceptado todavía.
rec-app-rollback-pending = Lean primero el aviso de la pantalla de inicio (en la línea de comandos: tejido accept-rollback).
err-app-unknown-language = { -tejido } todavía no tiene ese idioma.
err-pack-manifest = No se puede leer el pack.json del paquete de idioma: { $reason }
rec-pack-manifest = Debe dar el código del idioma, su nombre en ese idioma y los idiomas de respaldo, como el paquete de portugués que viene con { -tejido }.
err-pack-code = «{ $code }» no es un código de idioma.
rec-pack-code = Use el código del idioma, con su región si hace falta: quc, pt-BR, es-GT.
err-pack-built-in = { -tejido } ya habla «{ $code }»: un paquete no puede reemplazar un idioma incluido.
err-pack-name = Al paquete de idioma le falta el nombre, es demasiado largo o contiene marcas.
err-pack-file = El paquete de idioma no tiene un { $file } que se pueda leer.
rec-pack-files = Un paquete de idioma es una carpeta con pack.json, ui.ftl y errors.ftl.
err-pack-syntax = No se puede leer { $file } en la línea { $line }: no está escrito como mensajes Fluent.
rec-pack-fix-file = Corrija el archivo (los ui.ftl y errors.ftl en inglés muestran cómo se escribe cada mensaje) y vuelva a agregar el paquete.
err-pack-markup = El mensaje { $id } de { $file } (línea { $line }) contiene marcas o un script: los mensajes deben ser texto simple.
err-pack-duplicate = El mensaje { $id } está escrito dos veces en el paquete de idioma.
err-pack-fallback-unknown = El paquete usa de respaldo «{ $language }», que no está incluido ni instalado.
rec-pack-fallback = Instale primero el paquete de ese idioma, o use de respaldo es, fr o en.
err-pack-fallback-cycle = Los idiomas de respaldo del paquete vuelven a «{ $language }» y darían vueltas sin fin.
err-pack-io = No se pudo leer o guardar el paquete de idioma ({ $path }): { $reason }
err-pack-not-installed = El idioma «{ $code }» no está instalado.
err-pack-needed = Otro paquete de idioma usa de respaldo «{ $code }».
rec-pack-needed = Quite primero ese paquete, o cambie sus idiomas de respaldo.

## Registros del análisis de riesgo

err-record-empty-title = Hace falta un título (o un nombre) para guardarlo.
err-record-level = { $value } no es un nivel: los niveles van de 1 (muy bajo) a 5 (muy alto).
err-record-unknown-category = Esta versión de Tejido no conoce la categoría de amenaza «{ $category }».
err-risk-not-rated = Un riesgo necesita una probabilidad y un impacto.
err-record-not-found = Este registro ya no está.
rec-record-not-found = Quizás se acaba de eliminar: «Deshacer» lo recupera.
err-app-file = No se pudo usar el archivo { $path }: { $kind ->
        [not-found] la carpeta o el archivo no está (se movió, se le cambió el nombre o está en una memoria USB que se desconectó)
        [permission-denied] esta cuenta del equipo no tiene permiso para usarlo
        [already-exists] ya hay algo con ese nombre
        [storage-full] el disco o la memoria USB está lleno
        [read-only] el disco o la memoria USB solo permite leer
        [invalid-name] el nombre tiene caracteres o una longitud que este disco no permite
        [not-empty] una carpeta que debería estar vacía todavía tiene archivos
       *[other] el sistema lo rechazó (el disco o la memoria USB puede estar fallando, o se retiró)
    }.
rec-app-file = Compruebe que todavía existe y que tiene permiso para abrirlo, o elija otro.
err-app-file-too-large = El archivo { $path } pesa más de { $megabytes } MB, demasiado para guardarlo en la bóveda.
err-relationship-self = Un vínculo necesita dos personas o actores distintos.
err-alert-running = Ya hay una alerta en curso.
rec-alert-running = Primero den la alerta por terminada, o sigan con ella.
err-alert-closed = Esta alerta ya terminó; su registro se guarda como quedó.
err-alert-green = El verde no es una alerta.
rec-alert-green = Para volver al verde, den por terminada la alerta en curso.
err-alert-none = No hay ninguna alerta en curso.
rec-alert-none = Primero active un nivel (`tejido alert activate`, o “Activar un nivel de alerta” en la pantalla de la red).
err-app-not-an-image = { $path } no es una foto que { -tejido } pueda mostrar.
rec-app-not-an-image = Elija una foto del mapa en PNG, JPEG o WebP.
err-app-training-no-pair = No hay ningún ensayo abierto.
rec-app-training-no-pair = Abra uno desde la pantalla de bienvenida: Ensayar un caso (comunidad y mesa de apoyo).
err-app-training-wrong-side = Eso le toca al otro lado del ensayo.
rec-app-training-wrong-side = Cambie de lado arriba de la pantalla y vuelva a intentarlo.
err-app-training-nothing-waiting = Ningún paquete espera a este lado del ensayo.
err-redo-nothing = No hay nada que rehacer.
err-protocol-started = Este protocolo ya se comenzó a partir de la plantilla.
err-protocol-version-frozen = Una versión acordada forma parte de la historia del protocolo y no se puede eliminar.
rec-protocol-version-frozen = Para cambiar el protocolo, editen el borrador y acuerden una nueva versión.
err-protocol-version-not-agreed = Una versión solo se fija cuando la asamblea la acuerda.
err-protocol-nothing-to-freeze = Nada cambió desde la última versión acordada.
rec-protocol-nothing-to-freeze = Primero editen el borrador; la nueva versión guardará esos cambios.
err-app-window = No se pudo abrir la ventana del proyector: { $detail }.
err-package-unreadable = Esto no es un paquete de caso ni un archivo de contacto que Tejido pueda leer: { $detail }.
err-package-tampered = Este paquete se modificó después de firmarse. No confíe en él.
rec-package-tampered = Pida a quien lo envió que lo mande de nuevo por otro medio y avísele que esta copia fue alterada.
err-package-unknown-sender = Este paquete viene de un remitente que esta bóveda no conoce. Su huella de la clave es { $fingerprint }.
rec-package-unknown-sender = Llame a quien lo envió y lean juntos la huella en voz alta. Acéptelo solo si coincide.
err-package-not-for-us = Este paquete se cifró para otra persona u organización, no para esta bóveda.
err-package-too-new = Este paquete lo hizo una versión más nueva de Tejido (formato { $format }).
err-desk-no-signatory = Una carta solo se puede enviar con el nombre de organizaciones que aceptaron firmarla.
rec-desk-no-signatory = Marque las organizaciones que dijeron que sí, o deje la carta como borrador hasta que alguna acepte.
err-desk-beyond-consent = Este texto nombra a alguien más allá de lo que aceptó. No se puede imprimir, copiar ni guardar hasta corregirlo.
rec-desk-beyond-consent = Corrija el texto como indica el aviso que aparece al lado, guárdelo y vuelva a intentarlo.
err-desk-unknown-case = Este informe de estado trata de un caso que esta bóveda no tiene.
rec-desk-unknown-case = Puede que se haya eliminado: use Deshacer, o pregunte a la mesa de qué caso se trata.
err-desk-no-reply-address = Este caso llegó sin una dirección para responder; no se puede sellar un informe de estado para esa comunidad.
err-desk-unknown-consent-case = Esta actualización del consentimiento trata de un caso que esta mesa no ha recibido de esa comunidad.
err-case-not-sent = Este caso no se ha enviado a ninguna mesa que siga entre sus contactos: no hay ninguna mesa a la que avisar.
err-desk-not-from-case-desk = Este informe de estado viene de un contacto al que nunca se envió este caso. No se añadió.
err-sync-folder = No se pudo leer ni escribir en la carpeta de sincronización { $path }: { $detail }
rec-sync-folder = Compruebe que la memoria USB esté conectada y que no esté llena ni protegida contra escritura, y vuelva a intentarlo.
err-sync-not-started = Esta bóveda todavía no se comparte con otras computadoras.
err-sync-bad-invitation = Esta invitación no se puede abrir con ese código.
rec-sync-bad-invitation = Compruebe el código con la persona que hizo la invitación (letras y números; los guiones no importan) y que eligió el archivo correcto.
err-sync-invitation-expired = Esta invitación caducó: una invitación se puede usar durante siete días.
rec-sync-invitation-expired = Pida a la otra computadora que quite la computadora invitada y haga una invitación nueva.
err-sync-wrong-join-code = Ninguna computadora que espera unirse muestra este código.
rec-sync-wrong-join-code = Pida a la persona de la computadora nueva que le lea otra vez el código que muestra, y compruebe que su archivo llegó a esta computadora (copie con la memoria USB o aplique lo que llegó). Una computadora hecha con una copia de la invitación muestra otro código: nunca escriba un código que alguien le mande.
err-sync-remove-self = Una computadora no puede quitarse a sí misma del grupo; hágalo desde otra computadora del grupo.
err-sync-conflict-not-found = Este conflicto ya se resolvió.
err-sync-lan = No se pudo iniciar la sincronización por la red local: { $detail }
rec-sync-lan = Compruebe que Syncthing esté instalado y que las direcciones estén escritas como 192.168.1.20:22000; copiar con una memoria USB siempre funciona.

## README.txt inside a case package: how to check and open it without Tejido (commands stay as typed)
package-readme = Un paquete de caso hecho con Tejido.

    Huella de quien lo envía (compárela en voz alta con esa persona): { $fingerprint }

    Compruebe quién lo envió, sin abrirlo, con la clave de firma del archivo de contacto de
    quien lo envía que ya tiene (la línea "signingKey"), nunca solo con { $sender }, que eligió
    quien hizo este archivo:
      minisign -Vm { $sealed } -P <signingKey del archivo de contacto>
    Ábralo con la identidad age de la mesa de apoyo:
      age -d -i desk-identity.txt -o case.json { $sealed }

    Mejor: importe el .tar completo en Tejido, que hace las dos cosas y rechaza a remitentes desconocidos.

# Supervisión del Grupo Asesor en una mesa
err-desk-membership-not-agreed = Solo una decisión del Grupo Asesor que lo apruebe agrega o retira a una persona de la mesa.
err-desk-member-passphrase = Esa no es la contraseña de esta persona. Cada integrante escribe la suya.
err-desk-member-removed = El Grupo Asesor retiró a esta persona de la mesa: ya no puede abrir casos.
err-desk-no-member-in-group = { $desk } no tiene integrantes en el grupo de trabajo «{ $group }».
rec-desk-no-member-in-group = Elija otro grupo de trabajo, o ninguno (toda la mesa), o pida a la mesa su archivo de contacto más reciente.
err-region-unknown = «{ $value }» no es un país ni una región de la lista.
rec-region-unknown = Elija de la lista el país y, si lo sabe, su departamento, estado o provincia; palabras como una aldea o un camino van en el resumen.
err-signatures-unreadable = No se pudieron contar las firmas de este archivo: { $detail }.
rec-signatures-unreadable = Exporte las firmas como archivo CSV (una fila por firma, los títulos de las columnas en la primera fila), o guarde la hoja de cálculo «como CSV», y elija ese archivo.
