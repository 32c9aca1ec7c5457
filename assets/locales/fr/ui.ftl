# Tejido — l'application de bureau (français). Les mots suivent ../shared/GLOSSARY.md.

## Commun

common-back = Retour
common-browse = Parcourir…
common-cancel = Annuler
common-continue = Continuer
common-edit = Modifier
common-loading = Ouverture de { -tejido }…
common-remove = Retirer
common-save = Enregistrer
common-undo = Annuler
common-unexpected-error = Une erreur inattendue s'est produite. Votre dernier enregistrement est intact. Réessayez.

## Accueil

welcome-title = Bienvenue dans { -tejido }
welcome-intro = { -tejido } garde le travail de protection de votre collectif dans un coffre : un dossier qui se verrouille avec une phrase de passe. Rien ne quitte cet ordinateur si vous ne l'exportez pas.
welcome-create = Créer un nouveau coffre
welcome-open = Ouvrir un coffre existant
welcome-demo = Ouvrir la communauté de démonstration
welcome-recent = Coffres ouverts récemment

## Créer un coffre

create-title = Créer un coffre
create-name = Nom du collectif
create-folder = Dossier du coffre
create-folder-hint = Un dossier nouveau et vide, par exemple sur une clé USB chiffrée.
create-passphrase = Phrase de passe
create-passphrase-hint = Plusieurs mots que seuls vous et votre collectif connaissez. Si tout le monde l'oublie, elle ne peut pas être récupérée ; seule la clé de récupération ouvre alors le coffre.
create-confirm = Saisissez à nouveau la phrase de passe
create-mismatch = Les deux phrases de passe sont différentes.
create-progress = Création du coffre…
create-submit = Créer le coffre
strength-label = Solidité de la phrase de passe
strength-too-short = Trop courte : au moins { $min } caractères.
strength-0 = Très faible : devinée tout de suite.
strength-1 = Faible : facile à deviner.
strength-2 = Moyenne : ajoutez un mot.
strength-3 = Solide.
strength-4 = Très solide.

## Clé de récupération

recovery-title = Votre clé de récupération
recovery-warning = Notez cette clé sur papier maintenant. Elle n'est affichée qu'une seule fois. Toute personne qui l'a peut ouvrir le coffre.
recovery-keep = Gardez le papier en lieu sûr, loin de cet ordinateur. Si toutes les phrases de passe sont oubliées, cette clé est le seul moyen d'y revenir.
recovery-print = Imprimer
recovery-written = Je l'ai notée
recover-key = Clé de récupération
recover-key-hint = Elle commence par AGE-SECRET-KEY-1. Les espaces et les minuscules n'ont pas d'importance.
recover-new-passphrase = Nouvelle phrase de passe
recover-submit = Ouvrir avec la clé de récupération

## Déverrouiller

unlock-title = Déverrouiller le coffre
unlock-folder = Dossier du coffre
unlock-passphrase = Phrase de passe
unlock-submit = Déverrouiller
unlock-progress = Vérification de la phrase de passe… cela prend une seconde.
unlock-use-recovery = Je ne connais pas la phrase de passe : utiliser la clé de récupération
unlock-use-passphrase = Utiliser une phrase de passe
unlock-other-vault = Un autre coffre…
unlock-auto-locked = Le coffre a été verrouillé après { $minutes } minutes sans activité.

## Accueil du collectif

home-collective = Collectif
home-lock = Verrouiller
home-lock-shortcut = Verrouiller le coffre (Ctrl+L)
home-settings = Réglages
home-undo-shortcut = Annuler la dernière modification (Ctrl+Z)
home-undone = La dernière modification a été annulée.
home-demo-banner = Ceci est la communauté de démonstration : toutes les personnes et tous les lieux sont inventés. Sa phrase de passe est « { $passphrase } ». Pour commencer la vôtre, verrouillez-la et créez un nouveau coffre.
home-attention = À surveiller
home-members = Membres
home-members-count = { $count ->
    [0] Pas encore de membres
    [one] Un membre
   *[other] { $count } membres
}
home-actions = Actions
attention-unsaved-changes = La dernière modification n'a pas encore pu être enregistrée. Elle le sera avec la suivante ; gardez { -tejido } ouvert.
attention-opened-older-generation = La version enregistrée la plus récente ({ $newest }) n'a pas pu être lue en toute sécurité : la version enregistrée { $generation } a été ouverte. Les modifications les plus récentes peuvent manquer.
attention-rollback = Cet ordinateur a déjà vu la version enregistrée { $seen } de ce coffre, mais le dossier ne contient que la version { $opened }. C'est peut-être une ancienne copie.
attention-no-people = Le collectif n'a pas encore de membres. Ajoutez les personnes dont le collectif protège la sécurité.

## Personnes

person-add = Ajouter une personne
person-form-title = Personne
person-pseudonym = Pseudonyme
person-pseudonym-hint = Affiché au projecteur, à l'impression et dans les exports.
person-real-name = Vrai nom (facultatif)
person-role = Rôle
person-sensitivity = Sensibilité
person-household = Foyer
person-sector = Secteur ou hameau
person-notes = Notes
person-edit-named = Modifier { $pseudonym }
person-remove-named = Retirer { $pseudonym }
home-person-added = { $pseudonym } a été ajouté·e.
home-person-updated = { $pseudonym } a été enregistré·e.
home-person-removed = { $pseudonym } a été retiré·e.
sensitivity-public = public
sensitivity-community = communauté
sensitivity-restricted = restreint

## Réglages

settings-title = Réglages
settings-general = Général
settings-language = Langue
settings-autolock = Verrouiller le coffre après inactivité
settings-autolock-never = Jamais
settings-autolock-minutes = Après { $minutes } minutes
settings-passphrases = Phrases de passe
settings-passphrase-count = { $count ->
    [one] Ce coffre s'ouvre avec une phrase de passe (et la clé de récupération).
   *[other] Ce coffre s'ouvre avec { $count } phrases de passe (et la clé de récupération).
}
settings-passphrase-add = Ajouter une phrase de passe
settings-passphrase-added = La nouvelle phrase de passe a été ajoutée.
settings-passphrase-change = Changer une phrase de passe
settings-passphrase-changed = La phrase de passe a été changée. L'ancienne n'ouvre plus le coffre.
settings-passphrase-old = Phrase de passe actuelle
settings-passphrase-remove = Supprimer une phrase de passe
settings-passphrase-removed = Cette phrase de passe a été supprimée.
settings-passphrase-which = La phrase de passe à supprimer
settings-vault = Le coffre
settings-location = Le coffre est ce dossier. Tout ce qu'il contient est chiffré.
settings-backup = Faire une sauvegarde
settings-backup-destination = Dossier de sauvegarde (par exemple une clé USB)
settings-backup-done = { $files } fichiers ({ $size } Ko) copiés et vérifiés dans { $path }.
