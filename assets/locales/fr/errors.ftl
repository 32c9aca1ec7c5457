# Tejido — messages d'erreur (français).
# Les ids vont par paires : err-… dit ce qui s'est passé, rec-… ce que la personne peut faire.

-tejido = Tejido

## Ouvrir un coffre

err-vault-not-a-vault = Le dossier { $path } n'est pas un coffre { -tejido }.
rec-vault-not-a-vault = Choisissez le dossier qui contient le fichier vault.toml.
err-vault-missing = Le dossier { $path } n'est pas là.
rec-vault-missing = Il a peut-être été déplacé ou renommé, ou il se trouve sur une clé USB qui n'est pas branchée. Branchez la clé, ou choisissez de nouveau le dossier.
err-vault-too-new = Ce coffre a été enregistré par une version plus récente de { -tejido } (format { $format }).
rec-vault-too-new = Mettez { -tejido } à jour sur cet ordinateur, puis rouvrez le coffre. Rien n'a été modifié.
err-vault-damaged-header = Le fichier qui décrit le coffre (vault.toml) est endommagé : { $detail }.
err-vault-in-use = Ce coffre est déjà ouvert dans une autre fenêtre ou un autre programme { -tejido }.
rec-vault-in-use = Fermez-le d'abord là-bas, puis réessayez.
err-vault-wrong-passphrase = Cette phrase de passe n'ouvre pas ce coffre.
rec-vault-wrong-passphrase = Vérifiez la langue du clavier et les majuscules, puis réessayez. Si personne ne s'en souvient, utilisez la clé de récupération.
err-vault-wrong-recovery-key = Cette clé de récupération appartient à un autre coffre.
err-vault-invalid-recovery-key = Ce n'est pas une clé de récupération.
rec-vault-recovery-key = Une clé de récupération commence par AGE-SECRET-KEY-1 et compte environ 70 caractères. Recopiez-la exactement depuis le papier.
err-vault-excessive-work = Un fichier de clé de ce coffre demande bien plus de calcul que { -tejido } n'en utilise jamais (niveau { $required }, au plus { $max }). Il a peut-être été falsifié.
err-vault-damaged-key-slot = Le fichier de clé { $file } est absent ou endommagé.
err-vault-tampered-header = Le fichier qui décrit le coffre (vault.toml) ne correspond pas à ses clés. Quelqu'un l'a peut-être modifié.
err-vault-no-usable-generation = Aucune des { $count } versions enregistrées de ce coffre n'a pu être lue en toute sécurité.
rec-vault-get-help = Ne supprimez rien. Faites une copie de tout le dossier du coffre et demandez de l'aide à une personne de confiance qui connaît { -tejido }.
err-vault-io = { -tejido } n'a pas pu lire { $path } : { $kind ->
        [not-found] le dossier ou le fichier n'est pas là (déplacé, renommé, ou sur une clé USB débranchée)
        [permission-denied] ce compte de l'ordinateur n'a pas le droit de l'utiliser
        [already-exists] quelque chose porte déjà ce nom
        [storage-full] le disque ou la clé USB est plein
        [read-only] le disque ou la clé USB ne permet que la lecture
        [invalid-name] le nom contient des caractères ou a une longueur que ce disque n'accepte pas
        [not-empty] un dossier qui devrait être vide contient encore des fichiers
       *[other] le système a refusé (le disque ou la clé USB est peut-être défaillant, ou a été retiré)
    }.
err-vault-read-only-open = Ce coffre a été ouvert en lecture seule.

## Enregistrer

err-save-disk-full = Il n'y a plus de place sur le disque pour enregistrer ({ $path }). L'enregistrement précédent est intact.
rec-save-disk-full = Libérez de la place sur le disque, puis enregistrez à nouveau.
err-save-read-only = { -tejido } n'a pas le droit d'écrire dans { $path }. L'enregistrement précédent est intact.
rec-save-read-only = Vérifiez que la clé USB ou le disque n'est pas verrouillé ou en lecture seule, et que vous pouvez écrire dans le dossier.
err-save-io = L'enregistrement a échoué en écrivant { $path } : { $kind ->
        [not-found] le dossier ou le fichier n'est pas là (déplacé, renommé, ou sur une clé USB débranchée)
        [permission-denied] ce compte de l'ordinateur n'a pas le droit de l'utiliser
        [already-exists] quelque chose porte déjà ce nom
        [storage-full] le disque ou la clé USB est plein
        [read-only] le disque ou la clé USB ne permet que la lecture
        [invalid-name] le nom contient des caractères ou a une longueur que ce disque n'accepte pas
        [not-empty] un dossier qui devrait être vide contient encore des fichiers
       *[other] le système a refusé (le disque ou la clé USB est peut-être défaillant, ou a été retiré)
    }. L'enregistrement précédent est intact.
err-save-database = L'enregistrement a échoué dans la base de données : { $detail }. L'enregistrement précédent est intact.
rec-save-retry = Réessayez. Si cela échoue encore, copiez le dossier du coffre en lieu sûr.

## Créer un coffre

err-create-not-empty = Le dossier { $path } contient déjà des fichiers.
rec-create-not-empty = Choisissez un dossier nouveau ou vide pour le coffre.
err-create-io = Le nouveau coffre n'a pas pu être créé dans { $path } : { $kind ->
        [not-found] le dossier ou le fichier n'est pas là (déplacé, renommé, ou sur une clé USB débranchée)
        [permission-denied] ce compte de l'ordinateur n'a pas le droit de l'utiliser
        [already-exists] quelque chose porte déjà ce nom
        [storage-full] le disque ou la clé USB est plein
        [read-only] le disque ou la clé USB ne permet que la lecture
        [invalid-name] le nom contient des caractères ou a une longueur que ce disque n'accepte pas
        [not-empty] un dossier qui devrait être vide contient encore des fichiers
       *[other] le système a refusé (le disque ou la clé USB est peut-être défaillant, ou a été retiré)
    }.
err-create-disk-full = Il ne reste plus de place sur le disque pour créer le coffre ({ $path }).
err-create-read-only = { -tejido } n'a pas le droit d'écrire dans { $path }, le coffre n'a donc pas pu y être créé.
rec-create-read-only = Choisissez un dossier où vous pouvez écrire, par exemple dans Documents, ou vérifiez que la clé USB n'est pas verrouillée.
err-create-database = Le nouveau coffre n'a pas pu être préparé : { $detail }.
rec-create-retry = Choisissez un autre dossier (par exemple dans Documents), ou vérifiez le disque, puis réessayez.

## Phrases de passe et clés

err-passphrase-too-short = Une phrase de passe doit compter au moins { $min } caractères. Plusieurs mots sont plus faciles à retenir et plus difficiles à deviner.
err-passphrase-mismatch = Les deux phrases de passe saisies sont différentes.
err-slot-wrong-passphrase = Aucune phrase de passe de ce coffre ne correspond à ce que vous avez saisi.
err-slot-last-passphrase = C'est la seule phrase de passe du coffre : elle ne peut pas être supprimée.
rec-slot-last-passphrase = Ajoutez d'abord une autre phrase de passe, puis supprimez celle-ci.
err-passphrase-too-weak = Cette phrase de passe serait trop facile à deviner : les mots courants, les noms, les dates, les suites de touches et les lettres remplacées sont essayés en premier.
rec-passphrase-too-weak = Utilisez quatre mots ordinaires ou plus choisis au hasard, sans rapport entre eux ni avec la communauté (pas un proverbe ni une chanson).
err-slot-wrong-secret = Pour confirmer, saisissez une phrase de passe ou la clé de récupération papier de ce coffre ; ce que vous avez saisi n'ouvre ni l'une ni l'autre.
rec-slot-wrong-secret = C'est demandé avant tout ce qui remet les clés du coffre ou son contenu, pour qu'un ordinateur resté déverrouillé ne suffise pas.
err-slot-same-slot = Une phrase de passe ne peut pas confirmer sa propre suppression.
rec-slot-same-slot = Confirmez avec une autre phrase de passe ou avec la clé de récupération papier.
err-slot-unknown = Cette phrase de passe ou cette clé a déjà été supprimée.
err-slot-no-recovery = Ce coffre n'a ni clé de récupération sur papier ni parts gardées par des membres : après la destruction des clés, ou une phrase de contrainte, personne ne pourrait l'ouvrir.
err-slot-passphrase-in-use = Cette phrase de passe ouvre déjà ce coffre. Une phrase de contrainte doit être une phrase que personne n'utilise pour l'ouvrir.
rec-slot-passphrase-in-use = Choisissez une autre phrase pour la contrainte, une que vous pouvez dire sans hésiter.
rec-slot-no-recovery = Faites d'abord une nouvelle clé papier ou partagez la récupération en parts (Paramètres), puis détruisez les clés.
err-share-bounds = Choisissez entre { $min } et { $max } membres, et un nombre nécessaire d'au moins { $min } et pas plus que de membres.
err-share-typo = La part numéro { $entry } de votre liste contient une faute de frappe, ou n'est pas une part de Tejido.
rec-share-typo = Comparez-la à sa carte groupe par groupe ; les caractères qui se ressemblent (comme 5 et s) sont l'erreur la plus fréquente.
err-share-duplicate = La part { $number } a été saisie deux fois.
rec-share-more = Chaque part ne compte qu'une fois : demandez la sienne à une autre personne qui en garde une.
err-share-other-vault = La part numéro { $entry } de votre liste appartient à un autre coffre.
err-share-old-split = La part numéro { $entry } de votre liste vient d'un ancien partage de ce coffre ; un partage plus récent l'a rendue inutile.
rec-share-other = Comparez l'identifiant du coffre sur chaque carte avec celui des autres, et n'utilisez que les cartes du partage le plus récent.
err-share-no-split = La récupération de ce coffre n'a jamais été partagée en parts, ou un changement de clé du coffre a rendu les parts inutiles.
err-share-too-few = Il faut { $needed } parts pour ouvrir ce coffre ; vous en avez saisi { $given }.
err-share-file-passphrase = Le fichier de la part numéro { $entry } de votre liste ne s'ouvre pas avec la phrase de passe saisie pour lui.
rec-share-file-passphrase = La personne qui le garde saisit sa propre phrase de passe, celle choisie quand les parts ont été faites.

## Pièces jointes

err-blob-missing = La pièce jointe { $id } manque dans le dossier du coffre.
err-blob-damaged = La pièce jointe { $id } est endommagée.
rec-blob-restore = Si vous avez une sauvegarde, restaurez le dossier du coffre à partir de celle-ci.

## Modifier

err-person-empty-pseudonym = Chaque personne a besoin d'un pseudonyme.
err-person-pseudonym-taken = Une personne du collectif porte déjà le pseudonyme « { $pseudonym } ».
rec-person-pseudonym-taken = Choisissez un autre pseudonyme, par exemple avec un chiffre ou un lieu.
err-person-not-found = Cette personne ne fait pas partie du collectif.
err-person-not-removed = Seule une personne retirée du collectif peut être oubliée. Retirez-la d'abord.
err-collective-empty-name = Le collectif a besoin d'un nom.
err-undo-nothing = Il n'y a plus rien à défaire.
err-core-database = La base de données a refusé la modification : { $detail }.
err-core-migrate = { -tejido } n'a pas pu mettre ce coffre à jour vers la version actuelle : { $detail }.

## État d'une version enregistrée

generation-incomplete = l'enregistrement a été interrompu avant la fin
generation-not-authentic = elle est endommagée ou n'a pas été écrite par ce coffre
generation-undecryptable = elle ne peut pas être déchiffrée
generation-not-a-database = elle ne contient pas de base de données saine
generation-unreadable = elle ne peut pas être lue ({ $reason })
generation-after-skipped = elle ne contient que des changements d'un enregistrement antérieur inutilisable

## L'application de bureau

err-app-locked = Le coffre est verrouillé.
rec-app-locked = Déverrouillez-le à nouveau pour continuer.
err-app-rollback-pending = Rien ne vient des autres ordinateurs tant que ce coffre est à une version enregistrée antérieure que personne n'a encore acceptée.
rec-app-rollback-pending = Lisez d'abord l'avertissement de l'écran d'accueil (en ligne de commande : tejido accept-rollback).
err-app-unknown-language = { -tejido } ne propose pas encore cette langue.
err-pack-manifest = Le pack.json du pack de langue ne peut pas être lu : { $reason }
rec-pack-manifest = Il doit donner le code de la langue, son nom dans cette langue et les langues de repli, comme le pack portugais fourni avec { -tejido }.
err-pack-code = « { $code } » n'est pas un code de langue.
rec-pack-code = Utilisez le code de la langue, avec sa région si besoin : quc, pt-BR, es-GT.
err-pack-built-in = { -tejido } parle déjà « { $code } » : un pack ne peut pas remplacer une langue intégrée.
err-pack-name = Le nom du pack de langue manque, est trop long ou contient du balisage.
err-pack-file = Le pack de langue n'a pas de { $file } lisible.
rec-pack-files = Un pack de langue est un dossier avec pack.json, ui.ftl et errors.ftl.
err-pack-syntax = { $file } ne peut pas être lu à la ligne { $line } : il n'est pas écrit en messages Fluent.
rec-pack-fix-file = Corrigez le fichier (les ui.ftl et errors.ftl anglais montrent comment chaque message s'écrit) et ajoutez le pack à nouveau.
err-pack-markup = Le message { $id } de { $file } (ligne { $line }) contient du balisage ou un script : les messages doivent être du texte simple.
err-pack-duplicate = Le message { $id } est écrit deux fois dans le pack de langue.
err-pack-fallback-unknown = Le pack se replie sur « { $language } », qui n'est ni intégrée ni installée.
rec-pack-fallback = Installez d'abord le pack de cette langue, ou repliez-vous sur es, fr ou en.
err-pack-fallback-cycle = Les langues de repli du pack reviennent à « { $language } » et tourneraient en rond.
err-pack-io = Le pack de langue n'a pas pu être lu ou enregistré ({ $path }) : { $reason }
err-pack-not-installed = La langue « { $code } » n'est pas installée.
err-pack-needed = Un autre pack de langue se replie sur « { $code } ».
rec-pack-needed = Retirez d'abord ce pack, ou changez ses langues de repli.

## Fiches de l'analyse des risques

err-record-empty-title = Il faut un titre (ou un nom) pour l'enregistrer.
err-record-level = { $value } n'est pas un niveau : les niveaux vont de 1 (très faible) à 5 (très élevé).
err-record-unknown-category = Cette version de Tejido ne connaît pas la catégorie de menace « { $category } ».
err-risk-not-rated = Un risque a besoin d'une probabilité et d'un impact.
err-record-not-found = Cette fiche n'existe plus.
rec-record-not-found = Elle vient peut-être d'être supprimée : « Annuler » la fait revenir.
err-app-file = Le fichier { $path } n'a pas pu être utilisé : { $kind ->
        [not-found] le dossier ou le fichier n'est pas là (déplacé, renommé, ou sur une clé USB débranchée)
        [permission-denied] ce compte de l'ordinateur n'a pas le droit de l'utiliser
        [already-exists] quelque chose porte déjà ce nom
        [storage-full] le disque ou la clé USB est plein
        [read-only] le disque ou la clé USB ne permet que la lecture
        [invalid-name] le nom contient des caractères ou a une longueur que ce disque n'accepte pas
        [not-empty] un dossier qui devrait être vide contient encore des fichiers
       *[other] le système a refusé (le disque ou la clé USB est peut-être défaillant, ou a été retiré)
    }.
rec-app-file = Vérifiez qu'il existe toujours et que vous pouvez l'ouvrir, ou choisissez-en un autre.
err-app-file-too-large = Le fichier { $path } dépasse { $megabytes } Mo, c'est trop pour le garder dans le coffre.
err-relationship-self = Un lien relie deux personnes ou acteurs différents.
err-alert-running = Une alerte est déjà en cours.
rec-alert-running = Levez-la d'abord, ou poursuivez-la.
err-alert-closed = Cette alerte a été levée ; son journal est gardé tel quel.
err-alert-green = Le vert n'est pas une alerte.
rec-alert-green = Pour revenir au vert, levez l'alerte en cours.
err-alert-none = Aucune alerte n'est en cours.
rec-alert-none = Activez d'abord un niveau (`tejido alert activate`, ou « Activer un niveau d'alerte » sur l'écran du réseau).
err-app-not-an-image = { $path } n'est pas une photo que { -tejido } peut afficher.
rec-app-not-an-image = Choisissez une photo de la carte en PNG, JPEG ou WebP.
err-app-training-no-pair = Aucune répétition n'est ouverte.
rec-app-training-no-pair = Ouvrez-en une depuis l'écran d'accueil : Répéter un cas (communauté et cellule d'appui).
err-app-training-wrong-side = Cela revient à l'autre côté de la répétition.
rec-app-training-wrong-side = Changez de côté en haut de l'écran, puis réessayez.
err-app-training-nothing-waiting = Aucun paquet n'attend ce côté de la répétition.
err-redo-nothing = Il n'y a rien à refaire.
err-protocol-started = Ce protocole a déjà été commencé à partir du modèle.
err-protocol-version-frozen = Une version adoptée fait partie de l'histoire du protocole et ne peut pas être supprimée.
rec-protocol-version-frozen = Pour changer le protocole, modifiez le brouillon et adoptez une nouvelle version.
err-protocol-version-not-agreed = Une version n'est figée que lorsque l'assemblée l'adopte.
err-protocol-nothing-to-freeze = Rien n'a changé depuis la dernière version adoptée.
rec-protocol-nothing-to-freeze = Modifiez d'abord le brouillon ; la nouvelle version gardera ces changements.
err-app-window = La fenêtre du projecteur n'a pas pu s'ouvrir : { $detail }.
err-package-unreadable = Ce n'est pas un paquet de cas ni un fichier de contact que Tejido peut lire : { $detail }.
err-package-tampered = Ce paquet a été modifié après sa signature. Ne lui faites pas confiance.
rec-package-tampered = Demandez à l'expéditeur de le renvoyer par un autre moyen et prévenez-le que cette copie a été altérée.
err-package-unknown-sender = Ce paquet vient d'un expéditeur que ce coffre ne connaît pas. Son empreinte de clé est { $fingerprint }.
rec-package-unknown-sender = Appelez l'expéditeur et lisez l'empreinte ensemble à voix haute. Acceptez-le seulement si elle correspond.
err-package-not-for-us = Ce paquet a été chiffré pour quelqu'un d'autre, pas pour ce coffre.
err-package-too-new = Ce paquet a été fait par une version plus récente de Tejido (format { $format }).
err-desk-no-signatory = Une lettre ne peut être envoyée qu'au nom d'organisations qui ont accepté de la signer.
rec-desk-no-signatory = Cochez les organisations qui ont dit oui, ou gardez la lettre en brouillon jusqu'à ce qu'une accepte.
err-desk-beyond-consent = Ce texte nomme quelqu'un au-delà de ce qu'il ou elle a accepté. Il ne peut être ni imprimé, ni copié, ni enregistré tant qu'il n'est pas corrigé.
rec-desk-beyond-consent = Corrigez le texte comme l'indique l'avertissement à côté, enregistrez-le et réessayez.
err-desk-unknown-case = Ce rapport de suivi concerne un cas que ce coffre n'a pas.
rec-desk-unknown-case = Il a peut-être été supprimé : utilisez Annuler, ou demandez à la cellule d'appui de quel cas il s'agit.
err-desk-no-reply-address = Ce cas est arrivé sans adresse de réponse ; impossible de sceller un rapport de suivi pour cette communauté.
err-desk-unknown-consent-case = Cette mise à jour du consentement concerne un cas que cette cellule n'a pas reçu de cette communauté.
err-case-not-sent = Ce cas n'a été envoyé à aucune cellule d'appui qui soit encore parmi vos contacts : il n'y a personne à prévenir.
err-desk-not-from-case-desk = Ce rapport de suivi vient d'un contact à qui ce cas n'a jamais été envoyé. Il n'a pas été ajouté.
err-sync-folder = Le dossier de synchronisation { $path } n'a pas pu être lu ou écrit : { $detail }
rec-sync-folder = Vérifiez que la clé USB est branchée, qu'elle n'est pas pleine ni en lecture seule, puis réessayez.
err-sync-not-started = Ce coffre n'est pas encore partagé avec d'autres ordinateurs.
err-sync-bad-invitation = Cette invitation ne peut pas être ouverte avec ce code.
rec-sync-bad-invitation = Vérifiez le code avec la personne qui a créé l'invitation (lettres et chiffres ; les tirets n'ont pas d'importance) et que vous avez choisi le bon fichier.
err-sync-invitation-expired = Cette invitation a expiré : une invitation peut être utilisée pendant sept jours.
rec-sync-invitation-expired = Demandez à l'autre ordinateur de retirer l'ordinateur invité et de créer une nouvelle invitation.
err-sync-wrong-join-code = Aucun ordinateur en attente de rejoindre n'affiche ce code.
rec-sync-wrong-join-code = Demandez à la personne devant le nouvel ordinateur de vous relire le code qu'il affiche, et vérifiez que son fichier est arrivé sur cet ordinateur (copiez avec la clé USB, ou appliquez ce qui est arrivé). Un ordinateur créé à partir d'une copie de l'invitation affiche un autre code : ne tapez jamais un code que quelqu'un vous envoie.
err-sync-remove-self = Un ordinateur ne peut pas se retirer lui-même du groupe ; faites-le depuis un autre ordinateur du groupe.
err-sync-conflict-not-found = Ce conflit a déjà été réglé.
err-sync-lan = La synchronisation par le réseau local n'a pas pu démarrer : { $detail }
rec-sync-lan = Vérifiez que Syncthing est installé et que les adresses sont écrites comme 192.168.1.20:22000 ; la copie avec une clé USB fonctionne toujours.

## README.txt inside a case package: how to check and open it without Tejido (commands stay as typed)
package-readme = Un paquet de cas fait avec Tejido.

    Empreinte de l'expéditeur (comparez-la à voix haute avec lui) : { $fingerprint }

    Vérifiez qui l'a envoyé, sans l'ouvrir, avec la clé de signature du fichier de contact de
    l'expéditeur que vous avez déjà (la ligne « signingKey »), jamais avec { $sender } seul, que
    celui qui a fait ce fichier a choisi :
      minisign -Vm { $sealed } -P <signingKey du fichier de contact>
    Ouvrez-le avec l'identité age de la cellule d'appui :
      age -d -i desk-identity.txt -o case.json { $sealed }

    Mieux : importez le .tar entier dans Tejido, qui fait les deux et refuse les expéditeurs inconnus.

# Supervision du Groupe consultatif dans une cellule d'appui
err-desk-membership-not-agreed = Seule une décision du Groupe consultatif qui l'approuve ajoute ou retire un membre de la cellule.
err-desk-member-passphrase = Ce n'est pas la phrase secrète de ce membre. Chaque membre tape la sienne.
err-desk-member-removed = Le Groupe consultatif a retiré ce membre de la cellule : il ne peut plus ouvrir de cas.
err-desk-no-member-in-group = { $desk } n'a aucun membre dans le groupe de travail « { $group } ».
rec-desk-no-member-in-group = Choisissez un autre groupe de travail, ou aucun (toute la cellule), ou demandez à la cellule son fichier de contact le plus récent.
err-region-unknown = « { $value } » n'est ni un pays ni une région de la liste.
rec-region-unknown = Choisissez dans la liste le pays puis, si vous le savez, son département, État ou province ; un village ou une route se mentionnent dans le résumé.
err-signatures-unreadable = Les signatures de ce fichier n'ont pas pu être comptées : { $detail }.
rec-signatures-unreadable = Exportez les signatures en fichier CSV (une ligne par signature, les titres des colonnes sur la première ligne), ou enregistrez le tableur « au format CSV », et choisissez ce fichier.
