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
