# Tejido — la ligne de commande (français).

## Questions

prompt-passphrase = Phrase de passe :
prompt-new-passphrase = Nouvelle phrase de passe :
prompt-passphrase-again = Saisissez à nouveau la nouvelle phrase de passe :
prompt-old-passphrase = Phrase de passe actuelle :
prompt-passphrase-to-remove = Phrase de passe à supprimer :
prompt-recovery-key = Clé de récupération :

## Résultats

vault-created = Coffre créé dans { $path }.
demo-created = Coffre de démonstration créé dans { $path } avec { $count } personnes. Tous les noms et lieux sont inventés.
bench-network-vault-created = { $count ->
    [1] { $path } créé pour mesurer la carte du réseau : une personne, liens : { $links }. Tous les noms y sont inventés ; sa clé de récupération n'a pas été gardée.
    [one] { $path } créé pour mesurer la carte du réseau : { $count } personne, liens : { $links }. Tous les noms y sont inventés ; sa clé de récupération n'a pas été gardée.
   *[other] { $path } créé pour mesurer la carte du réseau : { $count } personnes, liens : { $links }. Tous les noms y sont inventés ; sa clé de récupération n'a pas été gardée.
}
recovery-key-heading = CLÉ DE RÉCUPÉRATION — notez-la maintenant sur papier. Elle n'est affichée qu'une seule fois :
recovery-key-warning = Toute personne qui a cette clé peut ouvrir le coffre. Gardez le papier en lieu sûr, loin de cet ordinateur. Si toutes les phrases de passe sont oubliées, c'est le seul moyen d'y revenir.
person-added = { $pseudonym } a été ajouté·e.
person-removed = { $pseudonym } a été retiré·e. Utilisez « tejido undo » pour annuler.
person-forgotten = { $pseudonym } a été oublié·e pour de bon : la fiche, son historique et toutes les sauvegardes précédentes de ce coffre. Les autres ordinateurs, les sauvegardes et les paquets faits avant gardent ce qu'ils avaient.
people-none = Aucune personne pour l'instant.
people-count = { $count ->
    [1] Une personne.
    [one] { $count } personne.
   *[other] { $count } personnes.
}
undone = Défait : { $label }.
cli-alert-activated = Niveau d'alerte { $level } activé. { $count ->
    [one] { $count } personne à joindre, dans l'ordre de la chaîne : voir `tejido alert list`.
   *[other] { $count } personnes à joindre, dans l'ordre de la chaîne : voir `tejido alert list`.
}
cli-alert-marked = { $pseudonym } noté·e. { $count ->
    [one] Encore { $count } personne à joindre.
   *[other] Encore { $count } personnes à joindre.
}
cli-alert-stood-down = Alerte { $level } levée : retour au vert.
cli-alert-contact-saved = Moyens de joindre { $pseudonym } enregistrés (restreint : jamais projeté ni exporté).
passphrase-added = Nouvelle phrase de passe ajoutée. Les autres fonctionnent toujours.
prompt-duress-passphrase = Phrase de contrainte (à ne dire que sous la menace) :
cli-duress-added = Phrase de contrainte ajoutée. Tapée au déverrouillage, elle ouvre un leurre et détruit en silence toutes les autres phrases de cet ordinateur ; les vraies données ne s'ouvrent ensuite qu'avec la clé papier ou les parts. Gardez la clé papier loin de cet ordinateur.
passphrase-removed = Cette phrase de passe a été supprimée.
passphrase-changed = Phrase de passe changée. L'ancienne n'ouvre plus le coffre.
recovered = Coffre ouvert avec la clé de récupération ; la nouvelle phrase de passe a été ajoutée.
slot-line = { $id }  { $kind }, ajoutée le { $date }
slot-line-weak = { $id }  { $kind }, ajoutée le { $date } — scellée avec moins de protection que celle qu'utilise { -tejido } aujourd'hui : changez cette phrase de passe
slot-removed-rekey = Cette clé a été supprimée. Quelqu'un qui a gardé une copie de son fichier peut encore ouvrir le coffre avec : lancez `tejido rekey { $dir }` pour l'en empêcher.
rekeyed = Le coffre a une nouvelle clé : tout a été scellé à nouveau, et seule la phrase de passe gardée ici l'ouvre. Les anciens fichiers de clé, les autres phrases de passe et l'ancienne clé de récupération n'ouvrent rien de ce qui sera enregistré désormais.

## Libellés

action-create = ajouté
action-update = modifié
action-delete = retiré
action-undo = annulé
slot-passphrase = phrase de passe
slot-recovery = clé de récupération
slot-shares = parts gardées par des membres

## Vérification

check-generation-ok = Version enregistrée { $generation } : en ordre.
check-generation-bad = Version enregistrée { $generation } : { $problem }.
check-slot-ok = Clé ({ $kind }, { $file }) : en ordre.
check-slot-bad = Clé ({ $kind }, { $file }) : { $problem }.
check-no-recovery-slot = Ce coffre n'a pas de clé de récupération.
check-healthy = Tout est en ordre.
slot-problem-missing = le fichier est absent
slot-problem-unrecognised = ce n'est pas un fichier de clé écrit par { -tejido }
slot-problem-excessive-work = il demande trop de calcul
slot-problem-wrong-identity = il contient la clé d'un autre coffre

## Avertissements

warn-generation-skipped = La version enregistrée { $generation } n'a pas pu être utilisée : { $problem }.
warn-opened-older-generation = Le coffre a été ouvert à la version enregistrée { $generation }. Les modifications les plus récentes peuvent manquer.
warn-rollback = Ce coffre s'est ouvert à la version enregistrée { $opened }, mais la version enregistrée { $seen } a existé : des enregistrements plus récents ont été supprimés ou une copie plus ancienne a été mise à sa place, ce qui peut annuler des changements récents comme le retrait d'un ordinateur perdu. Si vous n'avez pas restauré une sauvegarde, laissez le dossier tel quel et prévenez votre groupe.
warn-rollback-acknowledge = Cet avertissement sera répété jusqu'à ce que vous acceptiez l'état dans lequel le coffre s'est ouvert avec : tejido accept-rollback DOSSIER
cli-rollback-accepted = Accepté : le coffre est enregistré en version { $generation } et l'avertissement ne sera plus affiché.

## Erreurs de la ligne de commande

err-cli-no-input = Aucune phrase de passe n'a été donnée.
rec-cli-no-input = Saisissez-la quand elle est demandée, ou donnez-la sur la première ligne de l'entrée standard.
err-cli-bad-sensitivity = « { $value } » n'est pas un niveau de sensibilité : utilisez public, community ou restricted.
err-cli-check-failed = La vérification a trouvé { $count ->
    [1] un problème
    [one] { $count } problème
   *[other] { $count } problèmes
}.
err-cli-bench = La mesure n'a pas pu s'exécuter : { $detail }.
err-cli-bug = Une erreur s'est produite dans Tejido. C'est un défaut du programme, pas votre faute ; votre dernier enregistrement est intact.
err-cli-export = L'export n'a pas pu être écrit : { $detail }.
risk-exported = Registre des risques exporté : { $count ->
        [1] un risque
        [one] { $count } risque
       *[other] { $count } risques
    } ; { $omitted } fiches restreintes laissées de côté.
risk-export-plaintext = Cet export n'est pas chiffré. Gardez-le avec autant de soin que le coffre et supprimez-le quand il ne sert plus.
cli-incident-letters = { $count ->
        [0] Aucune lettre à suggérer pour cet incident.
        [one] Une lettre suggérée à une institution publique. Relisez-la avant de l'envoyer : c'est la communauté qui la signe, jamais une seule personne.
       *[other] { $count } lettres suggérées à des institutions publiques. Relisez-les avant de les envoyer : c'est la communauté qui les signe, jamais une seule personne.
    }
cli-incident-letters-withheld = Cet incident est restreint : son titre, sa description, son lieu et les personnes concernées ont été laissés hors des lettres.
cli-trends-none = Ce bureau n'a encore reçu aucun cas.
cli-trends-summary = { $count ->
        [1] Un cas reçu
        [one] { $count } cas reçu
       *[other] { $count } cas reçus
    }, de { $first } à { $last }.
cli-trends-not-set = (non indiqué)
cli-trends-by-month = Par catégorie de menace et par mois (total, puis chaque mois) :
cli-trends-by-country = Par pays :
cli-trends-by-region = Par région :
cli-trends-by-working-group = Par groupe de travail :
cli-trends-by-profile = Par profil des défenseuses et défenseurs :
cli-trends-by-perpetrator-kind = Par type d'auteur présumé :
cli-trends-by-perpetrator = Par entreprise ou autorité nommée :
cli-cases-exported = Cas exportés : { $count ->
        [1] un cas
        [one] { $count } cas
       *[other] { $count } cas
    }, sans noms ni pseudonymes.
cli-cases-export-plaintext = Cet export n'est pas chiffré. Il ne nomme personne, mais il dit quelles communautés ont demandé de l'aide et quand : gardez-le avec autant de soin que le coffre.
prompt-invitation-code = Code de l'invitation (lu à voix haute par la personne qui l'a faite) :
cli-sync-started = Ce coffre est maintenant partagé ; cet ordinateur est « { $name } » dans le groupe.
cli-sync-invited = Invitation enregistrée dans { $path }. Code à lire à voix haute : { $code } — une fois qu'il a rejoint, le nouvel ordinateur affiche un code court à lui : faites-le-vous lire et tapez-le (tejido sync confirm)
cli-sync-joined = Coffre créé dans { $path } à partir de l'invitation. Lisez ce code à la personne devant l'ordinateur qui vous a invité ; elle le confirme sur cet ordinateur (tejido sync confirm) : { $code }
cli-sync-confirmed = { $laptop } fait maintenant partie du groupe.
sync-awaiting-cli = attend son code : tejido sync confirm DIR --code CODE
err-cli-bad-choice = « { $value } » n'est pas un choix : utilisez mine (la mienne) ou theirs (l'autre).
keys-shredded = Les clés de cet ordinateur sont détruites : { $count } phrases de passe et la clé de Syncthing ont été écrasées puis supprimées. Seules la clé de récupération sur papier ou assez de parts des membres ouvrent désormais le coffre (tejido recover, tejido recover-shares).
prompt-share = Part (une, telle qu'imprimée) :
shares-heading = PARTS du coffre { $id } : n'importe quelles { $threshold } de ces { $total } l'ouvrent. Donnez chacune à un membre différent, de préférence de groupes différents. Elles ne sont affichées que cette fois :
shares-warning = Une part seule n'ouvre rien ; { $threshold } ensemble ouvrent tout. Les parts précédentes de ce coffre ne fonctionnent plus. Pour les utiliser : tejido recover-shares.
recovered-shares = Coffre ouvert avec les parts des membres ; la nouvelle phrase de passe a été ajoutée.
cli-contact-saved = Fichier de contact écrit dans { $path }. Lisez son empreinte à voix haute à qui le reçoit : { $fingerprint }
cli-contact-added = { $name } ({ $role }) est maintenant un contact.
cli-contact-own = Empreinte de ce coffre : { $fingerprint }
cli-contact-none = Pas encore de contacts.
cli-contact-role-desk = bureau du réseau
cli-contact-role-community = communauté
err-cli-fingerprint-missing = L’empreinte de ce fichier de contact est { $fingerprint }. Il n’a pas été accepté : appelez le bureau ou la communauté, lisez l’empreinte à voix haute ensemble, et relancez avec --fingerprint "{ $fingerprint }" seulement si elle correspond.
err-cli-fingerprint-differs = L’empreinte saisie ({ $typed }) n’est pas celle de ce fichier de contact ({ $fingerprint }). Il n’a pas été accepté : le fichier a pu être modifié en chemin. Redemandez-le par une autre voie.
err-cli-bad-consent = « { $value } » n’est pas un usage qu’une personne peut accepter : utilisez desk (le bureau), state (l’État), public ou photos, séparés par des virgules (par exemple Garza=desk,state).
err-cli-bad-request = « { $value } » n’est pas une demande : utilisez letter, petition, media, un-mechanism, regional-mechanism, relocation, funds, accompaniment, legal-support, medical-support, psychosocial-support ou emergency-grant.
err-cli-no-such-name = Rien ici ne s’appelle « { $name } ».
rec-cli-no-such-name = Affichez-les avec tejido case list ou tejido contact list, et tapez le nom tel qu’il apparaît.
cli-case-saved = Cas « { $title } » enregistré ({ $id }). { $count ->
        [0] Personne n’y a encore accepté de partager sa situation avec un bureau : enregistrez le consentement de chaque personne avant de l’envoyer.
        [1] Une personne a accepté de partager sa situation avec un bureau.
        [one] { $count } personne a accepté de partager sa situation avec un bureau.
       *[other] { $count } personnes ont accepté de partager leur situation avec un bureau.
    }
cli-case-none = Pas encore de cas.
cli-case-sent = Paquet de « { $title } » scellé et signé pour { $count ->
        [1] un bureau
        [one] { $count } bureau
       *[other] { $count } bureaux
    }, écrit dans { $path }. Transportez-le par clé USB, Signal ou courriel : seuls ces bureaux peuvent l’ouvrir.
cli-case-accept-how = Si cette empreinte correspond à celle que l’expéditeur vous lit à voix haute, relancez avec --accept "{ $fingerprint }".
cli-case-received = Cas « { $title } » de { $collective } reçu et conservé (empreinte de l’expéditeur : { $fingerprint }).
cli-case-received-again = Le cas « { $title } » de { $collective } était déjà là ; rien n’a changé.
cli-case-consent-applied = Le consentement des personnes de « { $title } » a changé : vérifiez chaque texte qui les nomme.
cli-case-consent-unchanged = La mise à jour du consentement de « { $title } » ne change rien ici.
cli-case-status = Compte rendu de { $desk } sur « { $title } » :
cli-case-status-again = Le compte rendu de { $desk } sur « { $title } » était déjà là.
cli-case-replied = Compte rendu sur « { $title } » scellé pour sa communauté, écrit dans { $path }.
cli-case-list-own = Cas de cette communauté (id, titre, dernier envoi) :
cli-case-list-received = Cas reçus (id, titre, communauté, reçu le) :

# Membres d'une cellule d'appui et journal des accès
prompt-member-passphrase = La phrase secrète propre au membre :
cli-case-kept-sealed = Le paquet est scellé pour les membres de la cellule, pas pour la cellule : il est gardé scellé ({ $sha }). Un membre de son groupe de travail l'ouvre avec --member NOM.
cli-desk-member-added = { $name } est membre de la cellule (empreinte { $fingerprint }). Enregistrez à nouveau le fichier de contact de la cellule et envoyez-le aux communautés.
cli-desk-member-removed = { $name } a été retiré·e de la cellule et n'ouvre plus aucun cas ultérieur. Enregistrez à nouveau le fichier de contact de la cellule et envoyez-le aux communautés.
cli-desk-removed = retiré·e
cli-desk-log-verified = Le journal des accès est vérifié : { $count ->
    [1] une ouverture
   *[other] { $count } ouvertures
}, chacune signée par le membre qui a ouvert le cas.
cli-signatures-counted = { $count ->
    [1] Une personne a signé
   *[other] { $count } personnes ont signé
} ({ $repeated }).
