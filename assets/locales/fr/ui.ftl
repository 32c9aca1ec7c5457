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
common-undo = Défaire
common-unexpected-error = Une erreur inattendue s'est produite. Votre dernier enregistrement est intact. Réessayez.

## Accueil

welcome-title = Bienvenue dans { -tejido }
welcome-intro = { -tejido } garde le travail de protection de votre collectif dans un coffre : un dossier qui se verrouille avec une phrase de passe. Rien ne quitte cet ordinateur si vous ne l'exportez pas.
welcome-create = Créer un nouveau coffre
welcome-open = Ouvrir un coffre existant
welcome-demo = Ouvrir la communauté de démonstration
welcome-desk-demo = Ouvrir la cellule d'appui de démonstration
welcome-desk-demo-hint = La cellule d'appui d'un réseau de solidarité avec des cas inventés, un à chaque étape : nouveau, trié et priorisé, lettres en cours de signature, communications envoyées, résultats, clôturé.
welcome-recent = Coffres ouverts récemment
welcome-recent-hint = Cette liste est gardée sur cet ordinateur, hors de tout coffre : qui l'utilise peut lire ces noms de dossiers.
welcome-recent-forget = Effacer cette liste

## Créer un coffre

create-title = Créer un coffre
create-name = Nom du collectif
create-folder = Dossier du coffre
create-folder-hint = Un dossier nouveau et vide, par exemple sur une clé USB chiffrée. « Parcourir » en crée un au nom neutre (Tejido.tejido) : le nom d'un dossier peut dire à qui il appartient.
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
unlock-locked-sleep = Le coffre a été verrouillé parce que l'ordinateur s'est mis en veille.
unlock-locked-screen = Le coffre a été verrouillé parce que l'écran a été verrouillé.

## Accueil du collectif

home-collective = Collectif
home-lock = Verrouiller
home-lock-shortcut = Verrouiller le coffre (Ctrl+L)
home-settings = Réglages
home-undo-shortcut = Défaire la dernière modification (Ctrl+Z)
home-undone = La dernière modification a été annulée.
home-demo-banner = Ceci est la communauté de démonstration : toutes les personnes et tous les lieux sont inventés. Sa phrase de passe est « { $passphrase } ». Pour commencer la vôtre, verrouillez-la et créez un nouveau coffre.
home-attention = À surveiller
home-members = Membres
home-members-count = { $count ->
    [0] Pas encore de membres
    [1] Un membre
    [one] { $count } membre
   *[other] { $count } membres
}
home-actions = Actions
attention-unsaved-changes = La dernière modification n'a pas encore pu être enregistrée. Elle le sera avec la suivante ; gardez { -tejido } ouvert.
attention-opened-older-generation = La version enregistrée la plus récente ({ $newest }) n'a pas pu être lue en toute sécurité : la version enregistrée { $generation } a été ouverte. Les modifications les plus récentes peuvent manquer.
attention-rollback = Ce coffre s'est ouvert à la version enregistrée { $opened }, mais la version enregistrée { $seen } a existé : des enregistrements plus récents ont été supprimés ou une copie plus ancienne a été mise à sa place, ce qui peut annuler des changements récents comme le retrait d'un ordinateur perdu. Si vous n'avez pas restauré une sauvegarde, laissez le dossier tel quel et prévenez votre groupe.
home-rollback-acknowledge = J'ai compris : continuer depuis cette version
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
removed-title = Personnes retirées que ce coffre garde encore dans son historique ({ $count })
removed-hint = Retirer quelqu'un peut être annulé : ses données restent donc dans l'historique du coffre. Oublier les efface pour de bon : la fiche, son historique, les sauvegardes précédentes et les photos de ses incidents retirées auparavant. Les autres ordinateurs qui partagent ce coffre l'oublient aussi à leur prochaine synchronisation. Cela n'atteint ni les sauvegardes, invitations ou paquets faits avant, ni les notes et textes qui la nomment ailleurs.
removed-forget = Oublier pour de bon…
removed-confirm = Oublier { $pseudonym } pour de bon ? C'est irréversible.
removed-confirm-yes = Oublier pour de bon
removed-forgotten = { $pseudonym } a été oublié·e. Seule la sauvegarde la plus récente du coffre est gardée.
sensitivity-public = public
sensitivity-community = communauté
sensitivity-restricted = restreint

## Réglages

settings-title = Réglages
settings-general = Général
settings-language = Langue
settings-packs = Packs de langue
settings-packs-hint = Ajoutez la langue de votre communauté : un dossier avec pack.json, ui.ftl et errors.ftl. Ce qu'il ne traduit pas s'affiche dans ses langues de repli.
settings-pack-add = Ajouter un pack de langue
settings-pack-choose = Choisissez le pack.json du pack de langue
settings-pack-install = Installer
settings-pack-bundled = Fourni avec cette application, prêt à installer.
settings-pack-added = { $name } a été ajouté : choisissez-le dans Langue.
settings-pack-removed = Le pack de langue a été retiré.
settings-pack-translated = { $translated } messages traduits sur { $total }
settings-pack-chain = Les messages qui lui manquent s'affichent en : { $languages }
settings-pack-missing = { $count ->
    [one] { $count } message manque
   *[other] { $count } messages manquent
}
settings-pack-problems = { $count ->
    [one] { $count } message utilise d'autres variables que l'anglais et n'est pas utilisé
   *[other] { $count } messages utilisent d'autres variables que l'anglais et ne sont pas utilisés
}
settings-pack-problem-missing = { $id } omet { $variables }
settings-pack-problem-extra = { $id } utilise { $variables }, qui n'est jamais envoyé
settings-autolock = Verrouiller le coffre après inactivité
settings-autolock-never = Jamais
settings-autolock-minutes = Après { $minutes } minutes
settings-text-size = Taille du texte
settings-text-size-percent = { $percent } %
settings-text-size-hint = Sur chaque écran, Ctrl et + agrandit le texte, Ctrl et − le réduit, Ctrl et 0 revient à la taille habituelle. Cet ordinateur s’en souvient.
settings-passphrases = Phrases de passe
settings-passphrase-count = { $count ->
    [1] Ce coffre s'ouvre avec une phrase de passe (et la clé de récupération).
    [one] Ce coffre s'ouvre avec { $count } phrase de passe (et la clé de récupération).
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
confirm-secret = Votre phrase de passe, ou la clé de récupération papier
confirm-secret-hint = Demandée à nouveau ici pour qu'un ordinateur resté déverrouillé ne suffise pas à remettre le coffre.
confirm-secret-export-hint = La copie que vous enregistrez n'est pas chiffrée. Saisissez à nouveau votre phrase de passe pour confirmer.
confirm-secret-submit = Confirmer
strength-too-weak = Trop facile à deviner : elle sera refusée. Ajoutez des mots sans rapport entre eux.
settings-slots = Les accès au coffre
settings-slot-passphrase = Phrase de passe, ajoutée le { $date }
settings-slot-recovery = Clé de récupération papier, créée le { $date }
settings-slot-weak = Scellée avec moins de protection que celle qu'utilise { -tejido } aujourd'hui. Changez cette phrase de passe pour la sceller à nouveau avec toute la protection.
settings-slots-weak = { $count ->
    [1] Une phrase de passe est scellée avec moins de protection que celle qu'utilise { -tejido } aujourd'hui. Changez-la dans les Réglages pour la sceller à nouveau.
    [one] { $count } phrase de passe est scellée avec moins de protection que celle qu'utilise { -tejido } aujourd'hui. Changez-la dans les Réglages pour la sceller à nouveau.
   *[other] { $count } phrases de passe sont scellées avec moins de protection que celle qu'utilise { -tejido } aujourd'hui. Changez-les dans les Réglages pour les sceller à nouveau.
}
settings-slot-remove-confirm = Pour la supprimer, confirmez avec une autre phrase de passe ou la clé de récupération papier
settings-slot-removed = Supprimée. Quelqu'un qui a gardé une copie de son fichier de clé peut encore ouvrir le coffre avec : changez la clé du coffre ci-dessous pour l'en empêcher.
settings-recovery-new = Créer une nouvelle clé de récupération papier
settings-recovery-new-hint = L'ancienne clé papier cesse de fonctionner aussitôt. La nouvelle n'est montrée qu'une fois.
settings-rekey = Changer la clé du coffre
settings-rekey-why = À faire quand une phrase de passe a fuité ou a été supprimée, ou quand un ordinateur, une clé USB ou une sauvegarde a été perdu. Tout est scellé à nouveau avec une nouvelle clé : aucune ancienne phrase de passe, aucun ancien fichier de clé ni ancienne clé papier n'ouvre ce qui sera enregistré désormais. Les sauvegardes faites avant s'ouvrent toujours comme avant : détruisez-les ou refaites-les.
settings-rekey-keeps = Une seule phrase de passe reste : celle avec laquelle vous confirmez, ou la nouvelle si vous en saisissez une. Toutes les autres cessent de fonctionner, et vous recevez une nouvelle clé papier.
settings-rekey-new = Nouvelle phrase de passe (nécessaire si vous confirmez avec la clé papier ou si la vôtre a fuité)
settings-rekey-submit = Changer la clé maintenant
settings-rekey-done = La clé du coffre a été changée. Notez la nouvelle clé papier.
sync-invite-confirm-hint = Une invitation contient tout le coffre : votre phrase de passe est donc demandée à nouveau.

## Analyse des risques

common-open = Ouvrir
common-close = Fermer
home-risks = Analyse des risques
attention-overdue-measures = { $count ->
        [1] Une mesure de protection a dépassé son échéance.
        [one] { $count } mesure de protection a dépassé son échéance.
       *[other] { $count } mesures de protection ont dépassé leur échéance.
    }
attention-risks-without-measure = { $count ->
        [1] Un risque n'a encore aucune mesure de protection.
        [one] { $count } risque n'a encore aucune mesure de protection.
       *[other] { $count } risques n'ont encore aucune mesure de protection.
    }
attention-risk-review-due = La révision de l'analyse des risques était prévue le { $date }. Révisez-la ensemble et marquez-la comme révisée.
attention-risks-review-due = { $count ->
        [1] Un risque doit être réexaminé (plus il est grave, plus tôt : critique chaque mois, élevé tous les deux, moyen tous les trois, faible tous les six).
        [one] { $count } risque doit être réexaminé (plus il est grave, plus tôt : critique chaque mois, élevé tous les deux, moyen tous les trois, faible tous les six).
       *[other] { $count } risques doivent être réexaminés (plus il est grave, plus tôt : critique chaque mois, élevé tous les deux, moyen tous les trois, faible tous les six).
    }
risk-review-next = Prochain réexamen de ce risque : { $date }
risk-review-overdue = Ce risque devait être réexaminé le { $date } : réévaluez-le en groupe.
carriers-title = Qui porte quel risque
carriers-hint = Par groupe et par personne, le plus grave d'abord : d'après les incidents sur lesquels repose chaque risque (par son analyse de menace) et d'après qui un risque nomme comme menacé.
carriers-none = Aucun risque n'est encore lié à une personne : bâtissez les risques sur des analyses de menace d'incidents qui disent qui a été touché, ou nommez qui est menacé.
carriers-groups = Par groupe
carriers-people = Par personne
carriers-members = { $count ->
        [0] aucun membre
        [1] un membre
        [one] { $count } membre
       *[other] { $count } membres
    }
carriers-group-none = Aucun risque lié à ses membres.

risks-title = Analyse des risques
risks-back = Retour au collectif
risks-print = Imprimer le registre
risks-sections = Parties de l'analyse des risques
risks-section-overview = Vue d'ensemble
risks-section-context = Contexte
risks-section-actors = Acteurs
risks-section-incidents = Incidents
risks-section-threats = Évaluation des menaces
risks-section-risks = Risques
risks-section-plan = Plan de protection
risks-section-indicators = Alerte précoce
risks-intro-overview = Chaque risque est dans la case de sa dernière évaluation : la probabilité vers le haut, l'impact vers la droite. Commencez par les risques en haut à droite.
risks-intro-context = Ce qui se passe autour du collectif : politique, économique, social, juridique et territorial. Datez chaque note : le contexte change.
risks-intro-actors = Qui peut affecter le collectif, pour ou contre lui, et dans quelle mesure. Nommez des institutions et des groupes, pas des personnes.
risks-intro-incidents = Chaque incident de sécurité, même petit. Toute menace est un incident, mais tout incident n'est pas une menace.
risks-intro-threats = Réunissez quelques incidents et suivez cinq étapes : les faits, la récurrence, l'objectif, la source et une conclusion.
risks-intro-risks = Un risque est une menace contre quelqu'un ou quelque chose. Il augmente avec la menace et les vulnérabilités (ce qui expose les personnes) et diminue avec les capacités (ce qui les protège).
risks-intro-plan = Ce que le collectif va faire, qui en est responsable et pour quand. Chaque mesure répond à un ou plusieurs risques.
risks-intro-indicators = Les signes qu'un risque augmente, et le niveau d'alerte que chacun déclenche.
risks-without-measure = { $count ->
        [0] Chaque risque a au moins une mesure.
        [1] Un risque n'a encore aucune mesure.
        [one] { $count } risque n'a encore aucune mesure.
       *[other] { $count } risques n'ont encore aucune mesure.
    }
measures-overdue = { $count ->
        [0] Aucune mesure n'est en retard.
        [1] Une mesure est en retard.
        [one] { $count } mesure est en retard.
       *[other] { $count } mesures sont en retard.
    }
review-due = La révision était prévue le { $date }.
review-next = Prochaine révision : { $date }.
review-overdue = La révision était prévue le { $date } : elle est en retard. Révisez les risques ensemble.
review-none = La date de révision est fixée quand le premier risque est évalué.
review-mark = Marquer comme révisé aujourd'hui
risk-review-marked = Révisé aujourd'hui ; la prochaine révision est dans six mois.
risks-none = Aucun risque n'a encore été identifié. Commencez par ce qui s'est passé : notez chaque incident dans Incidents, même petit ; les risques en découlent.
risks-add-first = Identifier le premier risque
risks-empty = Rien ici pour l'instant.
risk-add = Ajouter { $kind }
risk-kind-context-note = une note de contexte
risk-kind-actor = un acteur
risk-kind-incident = un incident
risk-kind-threat-assessment = une évaluation de menace
risk-kind-risk = un risque
risk-kind-measure = une mesure
risk-kind-indicator = un indicateur
risk-added = Ajouté : { $title }.
risk-updated = Enregistré : { $title }.
risk-removed = Supprimé : { $title }.
risk-reassessed = Réévaluation enregistrée. Les évaluations précédentes restent dans l'historique.
risk-form-new = Nouveau : { $kind }
risk-form-edit = Modifier { $kind }
risk-form-required = Remplissez d'abord « { $field } ».
risk-form-none-yet = Rien d'enregistré pour l'instant.
risk-form-not-known = Inconnu
incident-attach = Joindre un fichier
incident-attach-title = Choisissez une photo ou un document à garder avec cet incident
incident-attached = Fichier chiffré dans le coffre. L'original est toujours à sa place : supprimez-le s'il ne doit pas rester sur cet ordinateur.
incident-detached = Pièce jointe retirée.
incident-save-copy = Enregistrer une copie
incident-save-copy-title = Où enregistrer la copie ? Elle ne sera pas chiffrée.
incident-copy-saved = Copie enregistrée dans { $path }. Elle n'est pas chiffrée.
incident-letters-open = Lettres aux institutions
incident-letters-title = Lettres aux institutions publiques : { $title }
incident-letters-hint = Nous ne dialoguons pas avec les entreprises : nous exigeons que les institutions publiques fassent leur devoir. Une lettre par institution responsable d'agir sur cet incident, signée par la communauté, jamais par une seule personne. Les personnes ne sont nommées que comme elles l'ont accepté ; relisez et corrigez chaque lettre avant qu'elle parte.
incident-letters-addressees = Institutions
incident-letters-withheld = Cet incident est restreint : son titre, sa description, son lieu et les personnes concernées ont été laissés de côté. N'ajoutez que ce que la communauté choisit de dire.
incident-letters-none = Aucune institution à suggérer pour cet incident.
incident-letter-title = Titre
incident-letter-text = Lettre
incident-letter-copy = Copier comme texte
incident-letter-copied = Lettre copiée. Collez-la dans un courriel ou un formulaire web.
incident-letter-keep = La garder dans le plan de protection
incident-letter-keep-hint = Comme mesure à envoyer, avec qui l'envoie et pour quand ; ou comme envoyée, avec le jour de son départ (l'incident indique alors à qui il a été signalé).
incident-letter-due = À envoyer avant le
incident-letter-add-measure = Ajouter comme mesure
incident-letter-sent-on = Envoyée le
incident-letter-record-sent = Enregistrer comme envoyée
incident-letter-recorded = Lettre ajoutée au plan comme mesure.
incident-letter-recorded-sent = Lettre enregistrée comme envoyée, dans le plan et sur l'incident.
incident-letter-owner-missing = Choisissez qui enverra la lettre, ou le jour où elle a été envoyée.
incident-letter-text-missing = La lettre est vide.
incident-letter-sent-on-missing = Choisissez le jour où la lettre a été envoyée.

field-sensitivity = Qui peut le voir
field-dimension = Dimension
field-noted-on = Date
field-context-text = Ce qui se passe
field-name = Nom
field-kind = Type
field-stance = Position
field-influence = Influence
field-interests = Intérêts
field-capabilities = Moyens
field-capabilities-hint = Argent, armes, avocats, médias, contacts…
field-notes = Notes
field-incident-title = Ce qui s'est passé
field-occurred-on = Quand
field-place = Où
field-category = Type de menace
field-description = Détails
field-affected-people = Personnes touchées
field-affected-groups = Groupes touchés
field-whole-collective = Visait tout le collectif
field-perpetrator-actor = Qui l'a fait (parmi les acteurs)
field-perpetrator = Qui l'a fait, en mots
field-reported-to = Signalé à
field-threat-title = La menace, en une ligne
field-assessed-on = Évaluée le
field-incidents = Incidents sur lesquels elle repose
field-facts = 1. Faits
field-facts-hint = Ce qui s'est passé exactement, sans interprétation.
field-pattern = 2. Récurrence
field-pattern-hint = Est-ce que cela se répète ou s'aggrave ? Est-ce venu après une action du collectif ?
field-objective = 3. Objectif
field-objective-hint = Que semble vouloir la menace ?
field-source = 4. Source (auteur)
field-source-hint = Qui est derrière ? Qui y gagne ?
field-conclusion = 5. Conclusion
field-conclusion-hint = Peuvent-ils passer à l'acte ? Que va-t-il probablement se passer ?
field-risk-title = Scénario de risque
field-threatened = Qui ou quoi est menacé
field-likelihood = Probabilité
field-impact = Impact
field-threat-assessment = Évaluation de menace sur laquelle il repose
field-vulnerabilities = Vulnérabilités
field-vulnerabilities-hint = Une par ligne : ce qui expose les personnes à cette menace (pas une faiblesse personnelle).
field-capacities = Capacités
field-capacities-hint = Une par ligne : ce qui protège le collectif contre cette menace.
field-measure-title = Mesure
field-strategy = Stratégie
field-timing = Prévention ou réaction
field-owners = Responsables
field-resources = Ressources nécessaires
field-due-on = Échéance
field-status = État
field-risks = Risques auxquels elle répond
field-risk = Risque
field-signal = Le signe à surveiller
field-alert-level = Niveau d'alerte déclenché

dimension-political = Politique
dimension-economic = Économique
dimension-social = Social
dimension-legal = Juridique
dimension-territorial = Territorial
actor-kind-company = Entreprise
actor-kind-state-body = Institution de l'État
actor-kind-security-forces = Forces de sécurité
actor-kind-armed-group = Groupe armé
actor-kind-community-body = Organisation communautaire
actor-kind-ally-organisation = Organisation alliée
actor-kind-media = Média
actor-kind-international-mechanism = Mécanisme international
actor-kind-other = Autre
stance-ally = Allié
stance-neutral = Neutre
stance-adversary = Adversaire
strategy-acceptance = Acceptation
strategy-deterrence = Dissuasion
strategy-protection = Protection
timing-prevention = Prévention
timing-response = Réaction
status-to-do = À faire
status-in-progress = En cours
status-done = Terminée
alert-level-green = Vert · situation normale
alert-level-yellow = Jaune · vigilance
alert-level-orange = Orange · alerte
alert-level-red = Rouge · urgence
level-likelihood-1 = très faible
level-likelihood-2 = faible
level-likelihood-3 = moyenne
level-likelihood-4 = élevée
level-likelihood-5 = très élevée
level-impact-1 = très faible
level-impact-2 = faible
level-impact-3 = moyen
level-impact-4 = élevé
level-impact-5 = très élevé
level-influence-1 = très faible
level-influence-2 = faible
level-influence-3 = moyenne
level-influence-4 = élevée
level-influence-5 = très élevée
band-low = Faible
band-medium = Moyen
band-high = Élevé
band-critical = Critique
trend-new = première évaluation
trend-rising = en hausse
trend-steady = stable
trend-falling = en baisse
risk-matrix-title = Matrice des risques
risk-matrix-cell = Probabilité { $likelihood }, impact { $impact } : { $band }, { $count } risques
risk-matrix-caption = La probabilité (vers le haut) et l'impact (vers la droite) sont montrés côte à côte ; la couleur indique seulement sur quels risques agir d'abord.
actor-chart-title = Acteurs par position et influence
risk-rated = probabilité { $likelihood }, impact { $impact }
risk-threat = Menace
risk-none-listed = Rien d'indiqué pour l'instant.
risk-history = Évaluations dans le temps
risk-history-date = Date
risk-history-note = Ce qui a changé
risk-reassess = Réévaluer ce risque
risk-reassess-note = Ce qui a changé depuis la dernière évaluation
risk-reassess-save = Enregistrer la réévaluation
risk-measures = Mesures qui y répondent
risk-no-measure = Aucune mesure ne répond encore à ce risque.
risk-indicators = Signes d'alerte précoce
summary-influence = influence { $level }
summary-incidents = { $count ->
        [1] un incident
        [one] { $count } incident
       *[other] { $count } incidents
    }
summary-due = échéance { $date }
summary-answers = répond à : { $risks }
register-back = Retour à l'analyse des risques
register-print = Imprimer
print-real-names = Imprimer les vrais noms
print-pseudonyms-hint = Les personnes apparaissent sous leur pseudonyme, comme au projecteur ; les vrais noms écrits dans un texte sont remplacés.
print-real-names-warning = Ce papier portera de vrais noms. Quiconque le trouve saura qui est qui : imprimez-le seulement pour celles et ceux qui le savent déjà, et gardez-le en lieu sûr.
print-real-names-mark = Contient de vrais noms : gardez ce papier en lieu sûr.
register-title = Registre des risques et plan de protection
register-produced = établi le { $date }
register-omitted = { $count ->
        [1] Une fiche restreinte est laissée hors de ce registre.
        [one] { $count } fiche restreinte est laissée hors de ce registre.
       *[other] { $count } fiches restreintes sont laissées hors de ce registre.
    }
register-band = Priorité
register-measures = Mesures de protection

## Réseau

home-network = Réseau
network-title = Réseau
network-back = Retour au collectif
network-intro = Les personnes dont dépend la sécurité de chaque membre, et les acteurs autour. Tejido cherche où le réseau est fragile ; chaque constat peut devenir une mesure du plan de protection.
network-findings-title = Ce que montre le réseau
network-findings-none = Rien à signaler : chaque membre a un contact de sécurité et personne ne tient le réseau seul.
network-links-title = { $count ->
        [1] Un lien
        [one] { $count } lien
       *[other] { $count } liens
    }
network-filter-kind = Afficher
network-filter-all = tous les types de lien
network-add-link = Ajouter un lien
network-edit-link = Modifier le lien
network-source = De
network-target = À
network-kind = Type de lien
network-closeness = Proximité
network-support = Appui offert
network-reachable = Joignable 24 h/24
link-sensitivity-default = Un nouveau lien prend le niveau le plus restreint des personnes ou acteurs qu'il relie ; vous pouvez le changer.
network-alert-order = Ordre dans la chaîne d'alerte
network-fallback = Sans réponse, appeler
network-no-fallback = Personne
network-link-saved = Lien enregistré.
network-link-removed = Lien supprimé.
network-make-measure = Ajouter une mesure au plan
network-measure-added = Ajoutée au plan de protection : { $title }.
network-people-actors = Personnes et acteurs
network-direction = Les liens orientés se lisent de gauche à droite : « { $source } → { $target } ».
relationship-kind-family = famille
relationship-kind-friend = amitié
relationship-kind-neighbour = voisinage
relationship-kind-colleague = collègue
relationship-kind-member = même organisation
relationship-kind-safety-contact = a pour contact de sécurité
relationship-kind-alert-link = appelle en cas d'alerte
relationship-kind-ally = allié
relationship-kind-accompaniment = accompagne
relationship-kind-funder = finance
relationship-kind-duty-bearer = est l'autorité responsable de
relationship-kind-influences = influence
relationship-kind-controls = contrôle
relationship-kind-hostile = hostile
support-shelter = hébergement
support-legal = juridique
support-medical = médical
support-transport = transport
support-money = argent
support-visibility = visibilité
closeness-1 = éloignée
closeness-2 = proche
closeness-3 = très proche
finding-no-safety-contact = { $count ->
        [1] Un membre n'a pas de contact de sécurité : personne ne remarquerait vite s'il lui arrivait quelque chose.
        [one] { $count } membre n'a pas de contact de sécurité : personne ne remarquerait vite s'il lui arrivait quelque chose.
       *[other] { $count } membres n'ont pas de contact de sécurité : personne ne remarquerait vite s'il leur arrivait quelque chose.
    }
finding-alert-loop = La chaîne d'alerte tourne en rond entre ces personnes : l'alerte n'atteint personne d'autre.
finding-alert-dead-end = La chaîne s'arrête à ces personnes : elles ne sont pas toujours joignables et n'ont pas de suppléant.
finding-contact-concentration = Les contacts de sécurité et les alertes de nombreux membres passent par une seule personne. Si elle manque, est arrêtée ou visée, le réseau est coupé.
finding-single-point-of-failure = Si cette personne manque, une partie du collectif est coupée.
finding-only-link = Ces liens sont la seule connexion entre des parties du collectif.
finding-isolated-people = { $count ->
        [1] Un membre n'a aucun lien dans le réseau.
        [one] { $count } membre n'a aucun lien dans le réseau.
       *[other] { $count } membres n'ont aucun lien dans le réseau.
    }
finding-isolated-household = Le foyer { $household } n'a aucun lien à l'extérieur.
finding-ally-adversary-path = Des informations pourraient passer d'un allié à un adversaire par ces personnes.
finding-exposed-family = Cette personne qui défend les droits humains est visible publiquement ; sa famille peut être visée à travers elle.
finding-measure-no-safety-contact = Convenir d'un contact de sécurité pour chaque membre
finding-measure-alert-loop = Redessiner la chaîne d'alerte pour qu'elle atteigne tout le monde
finding-measure-alert-dead-end = Désigner des suppléants là où la chaîne s'arrête
finding-measure-contact-concentration = Répartir contacts de sécurité et alertes entre plus de personnes
finding-measure-single-point-of-failure = Donner un second lien à ceux qui dépendent d'une seule personne
finding-measure-only-link = Créer plus de liens entre les parties du collectif
finding-measure-isolated-people = Intégrer au réseau les membres isolés
finding-measure-isolated-household = Relier le foyer { $household } à ses voisins
finding-measure-ally-adversary-path = Convenir de ce qui est partagé avec les proches d'adversaires
finding-measure-exposed-family = Protéger les familles des défenseurs visibles
finding-measure-people = Personnes : { $people }.
alert-chain-title = Chaîne d'alerte
alert-chain-none = Pas encore de chaîne d'alerte : ajoutez des liens « appelle en cas d'alerte », dans l'ordre, pour la construire.
alert-cards-print = Imprimer les cartes de poche
alert-cards-title = Chaîne d'alerte : découpez chaque carte et gardez-la sur vous
alert-cards-partial = Les { $shown } premières cartes sur { $count } sont affichées ici ; l'impression les imprime toutes.
alert-cards-show-all = Afficher les { $count } cartes
alert-card-called-by = Appelé·e par { $names }
alert-card-starts = Lance l'alerte
alert-card-you-call = Vous appelez, dans cet ordre :
alert-card-else = sans réponse : { $name }
alert-card-end = Cette branche s'arrête à vous : confirmez à la personne qui vous a appelé·e.
alert-card-means-phone = Téléphone : { $text }
alert-card-means-radio = Radio : { $text }
alert-card-means-meeting-point = Point de rencontre : { $text }
alert-card-means-other = Autre : { $text }
alert-cards-with-means = Imprimer les téléphones et les points de rencontre sur les cartes
alert-cards-with-means-warning = Ces cartes porteront des numéros de téléphone et des points de rencontre : quiconque trouve une carte peut joindre ces personnes. Imprimez-les seulement pour les personnes de la chaîne, et gardez-les sur vous.
alert-cards-without-means-hint = Les cartes sont imprimées sans téléphones ni points de rencontre.
means-title = Comment joindre chaque personne
means-hint = Restreint : jamais au projecteur, dans un export ou un dossier de cas ; sur les cartes seulement après un avertissement.
means-show = Afficher comment les joindre
means-hide = Masquer
means-person = Personne
means-phone = Téléphone
means-radio = Radio (canal ou indicatif)
means-meeting-point = Point de rencontre
means-other = Autre moyen
means-none = Rien d'écrit pour l'instant.
means-saved = Moyens de joindre { $name } enregistrés.
activation-title = Activer un niveau d'alerte
activation-hint = Notez le niveau décidé par le groupe ; puis marquez, personne par personne dans l'ordre de la chaîne, qui a été joint et quand.
activation-level = Niveau
activation-green-note = Le vert est la situation normale : pour y revenir, levez l'alerte en cours.
activation-decided-by = Qui l'a décidé
activation-decided-by-example = l'assemblée, le comité de sécurité
activation-deciders = Membres qui ont participé
activation-deciders-find = Chercher des membres par leur nom
activation-deciders-type = Tapez une partie d'un nom : le réseau compte { $count } personnes.
activation-deciders-more = { $count ->
    [one] Encore { $count } résultat : tapez davantage du nom.
   *[other] Encore { $count } résultats : tapez davantage du nom.
}
activation-reason = Pourquoi (facultatif)
activation-activate = Activer
activation-activated = Niveau d'alerte activé : { $level }.
activation-running = En cours depuis { $when }
activation-decided = Décidé par { $who }
activation-progress = { $reached } sur { $total } jointes
activation-keys = Les flèches parcourent la liste ; R jointe, N pas jointe, F jointe par la personne suppléante.
activation-reached = Jointe
activation-not-reached = Pas jointe
activation-through-fallback = Par la personne suppléante
activation-through = Par qui
activation-state-to-reach = à joindre
activation-state-reached = jointe { $when }
activation-state-not-reached = pas jointe { $when }
activation-state-reached-through-fallback = jointe par { $name } { $when }
activation-marked = { $name } noté·e.
activation-stand-down = Lever l'alerte (retour au vert)
activation-stand-down-note = Ce qui a été dit (facultatif)
activation-stood-down = Alerte levée : retour au vert.
activation-past = Alertes passées
activation-past-line = du { $from } au { $to }
activation-none = Aucune alerte n'a encore été activée.
network-view = Comment montrer les liens
network-view-map = Carte
network-view-table = Tableau
graph-title = Carte du réseau
graph-help = Faites glisser pour placer quelqu'un ; il reste où vous le posez. Maj+glisser de l'un à l'autre, ou Entrée sur l'un puis sur l'autre, pour les relier. Les flèches déplacent l'élément choisi.
graph-linking = Choisissez avec qui relier { $name } et appuyez sur Entrée (Échap annule).
graph-actor = { $name } ({ $stance })
graph-legend-person = membre
graph-zoom = Agrandir ou réduire la carte
graph-zoom-in = Agrandir
graph-zoom-out = Réduire
graph-zoom-whole = Tout le réseau
graph-zoom-help = Faites glisser le fond pour vous déplacer ; Ctrl+molette agrandit ou réduit.
graph-arranging = Disposition de la carte… { $done } %
territory-add = Dessiner sur notre propre carte…
territory-replace = Utiliser une autre photo de la carte…
territory-remove = Retirer la photo de la carte
territory-choose = Choisissez une photo de la carte dessinée à la main par la communauté
territory-hint = La photo est chiffrée dans le coffre ; placez ensuite chaque personne sur la carte là où elle vit ou se réunit.
territory-set = Photo de la carte chiffrée dans le coffre. Le fichier d'origine est toujours à sa place.
territory-removed = Photo de la carte retirée.
network-filter-group = Qui
network-filter-everyone = tout le monde
common-redo = Refaire
home-redo-shortcut = Refaire ce qui a été défait (Ctrl+Maj+Z ou Ctrl+Y)
home-redone = La modification annulée a été rétablie.
network-check-in = Appel de vérification (quand et comment)
network-check-in-example = chaque soir à huit heures, par message
alert-card-check-in = Donnez des nouvelles à { $name } : { $when }
network-add-place = Ajouter un lieu
network-place-name = Nom du lieu
network-places = Lieux sur la carte
network-place-saved = Lieu ajouté : faites-le glisser là où il se trouve sur la carte.
network-place-removed = Lieu retiré.
graph-place = Lieu : { $name }

## Protocole communautaire
label-value = { $label } : { $value }
home-protocol = Protocole communautaire
protocol-title = Protocole communautaire
protocol-back = Retour au collectif
protocol-parts = Parties du protocole
protocol-intro = Le protocole, ce sont nos propres règles pour rester en sécurité ensemble : ce que nous défendons, comment nous décidons, qui parle en notre nom, ce que nous faisons à chaque niveau d'alerte et dans chaque urgence. Nous l'écrivons ensemble et l'adoptons en assemblée.
protocol-template-note = Le modèle propose des sections, des principes (parmi lesquels les trois principes de la résistance pacifique de La Puya, au Guatemala) et quatre niveaux d'alerte comme point de départ. Les sections et les niveaux sont des suggestions de Tejido, pas des textes de La Puya : modifiez, supprimez ou ajoutez ce dont vous avez besoin.
protocol-start = Partir du modèle
protocol-start-blank = Commencer par une section vierge
protocol-started = Le modèle est en place : parcourez-le section par section avec le groupe.
protocol-added = Ajouté.
protocol-saved = Enregistré.
protocol-removed = Retiré.
protocol-tab-principles = Principes
protocol-tab-sections = Sections
protocol-tab-levels = Niveaux d'alerte
protocol-tab-decisions = Décisions
protocol-tab-versions = Versions
protocol-intro-principles = Les principes sont proposés comme points de départ. L'assemblée adopte chaque principe tel quel, l'adapte avec ses propres mots ou le rejette, et chaque choix est consigné comme une décision.
protocol-intro-sections = Choisissez une section pour la rédiger avec le groupe. Activez la vue projecteur pour l'afficher en grands caractères pendant que vous écrivez.
protocol-intro-levels = Ce qui annonce chaque niveau d'alerte et ce que nous faisons alors. Reliez les indicateurs d'alerte précoce de l'analyse des risques ; les niveaux orange et rouge déclenchent en général la chaîne d'alerte.
protocol-intro-decisions = Chaque décision de l'assemblée : comment elle a été prise, qui y a participé (pour voir si des femmes, des jeunes et des personnes aînées y ont pris part) et qui était en désaccord.
protocol-intro-versions = Quand l'assemblée adopte le protocole, il est figé dans une version. Toute modification ultérieure ouvre un nouveau brouillon ; comparez les versions pour voir exactement ce qui a changé.
protocol-version-agreed = Version { $version }, adoptée le { $date }
protocol-draft-changed = le brouillon contient des modifications pas encore adoptées
protocol-no-version = Brouillon : pas encore adopté par l'assemblée
protocol-nothing-new = Rien n'a changé depuis la dernière version adoptée.
protocol-agreed-on = adoptée le { $date }
protocol-freeze = Adopter le brouillon comme version { $version }
protocol-freeze-title = Protocole adopté comme version { $version }
protocol-frozen = La version { $version } est adoptée et figée. Toute modification ultérieure ouvre un nouveau brouillon.
protocol-print = Imprimer le protocole
protocol-cards = Cartes de poche
protocol-cards-hint = Imprimez en A4 ou en format Lettre et découpez le long des pointillés : huit cartes par page, chacune tient dans un portefeuille.
protocol-print-title = Protocole communautaire de { $collective }
protocol-print-draft-after = Brouillon : modifications de la version { $version }, pas encore adoptées
protocol-print-omitted = { $count ->
    [1] Une section restreinte est exclue de cette impression.
    [one] { $count } section restreinte est exclue de cette impression.
   *[other] { $count } sections restreintes sont exclues de cette impression.
}
protocol-print-under-discussion = Principes encore en discussion
protocol-warning-single-spokesperson = « { $section } » nomme { $name } et personne d'autre.
protocol-warning-concentrated-contacts = « { $section } » nomme { $name }, qui concentre déjà la plupart des contacts du réseau.
protocol-warning-principle = Principe de La Puya : pas de leader unique, pas de porte-parole unique. Nommez plusieurs personnes qui se relaient, ou un rôle que l'assemblée attribue, pour qu'aucune personne ne soit exposée seule.
protocol-warning-tag = à vérifier
principle-add = Ajouter un principe
principle-title = Nom court
principle-text = Notre formulation
principle-edit = Modifier la formulation
principle-decide = Consigner une décision
principle-offered-as = Texte proposé : { $text }
principle-source = Source : { $source }
principle-status-proposed = proposé
principle-status-adopted = adopté
principle-status-adapted = adapté
principle-status-rejected = rejeté
section-add = Ajouter une section vierge
section-from-template = Ajouter une section du modèle…
section-new = Nouvelle section
section-edit = Modifier la section
section-title = Titre
section-guidance = À discuter :
section-body = Notre texte
section-body-hint = Écrivez à la première personne du pluriel : « Nous décidons ensemble… ». Commencez une ligne par « - » ou « 1. » pour marquer une étape.
section-restricted-hint = Restreint : ne s'affiche jamais au projecteur et reste hors de toutes les impressions.
section-save-shortcut = Ctrl+S
section-discard = Fermer sans enregistrer
section-unsaved = Pas encore enregistré
section-choose = Choisissez une section à gauche pour la rédiger.
section-decide = Consigner une décision
section-remove = Retirer cette section
section-move-up = Monter « { $title } »
section-move-down = Descendre « { $title } »
comments-title = { $count ->
    [0] Pas encore de remarques ni de propositions
    [1] Une remarque ou proposition
    [one] { $count } remarque ou proposition
   *[other] { $count } remarques et propositions
}
comment-add = Ajouter
comment-added = Remarque ajoutée.
comment-author = Qui le dit
comment-author-placeholder = un groupe ou un pseudonyme
comment-kind = Type
comment-kind-comment = remarque
comment-kind-proposal = proposition
comment-text = Ce qui est dit ou proposé
comment-status-open = à discuter
comment-status-taken = reprise dans le texte
comment-status-set-aside = mise de côté
comment-use = Reprendre dans le texte
comment-set-aside = Mettre de côté
comment-reopen = Remettre en discussion
level-add = Ajouter un niveau d'alerte
level-form = Niveau d'alerte
level-colour = Couleur
level-name = Nom
level-triggers = Ce qui l'annonce
level-indicators = Indicateurs d'alerte précoce qui l'annoncent
level-no-indicators = Pas encore d'indicateurs d'alerte précoce : ajoutez-les dans l'analyse des risques pour les relier ici.
level-actions = Ce que nous faisons
level-actions-hint = Une étape par ligne.
level-alert-chain = Ce niveau déclenche la chaîne d'alerte
level-starts-chain = déclenche la chaîne d'alerte
level-linked = { $count ->
    [1] Un indicateur relié
    [one] { $count } indicateur relié
   *[other] { $count } indicateurs reliés
}
colour-green = vert
colour-yellow = jaune
colour-orange = orange
colour-red = rouge
decision-add = Consigner une décision
decision-form-title = Relevé de décision
decision-freeze-title = Adopter le protocole
decision-save = Enregistrer la décision
decision-freeze-save = Adopter et figer cette version
decision-recorded = Décision consignée.
decision-what = Ce qui a été décidé
decision-outcome = Résultat
decision-outcome-agreed = adopté
decision-outcome-agreed-with-changes = adopté avec des modifications
decision-outcome-rejected = non adopté
decision-outcome-postponed = reporté
decision-outcome-principle-agreed = adopter tel quel
decision-outcome-principle-agreed-with-changes = adapter avec nos propres mots
decision-outcome-principle-rejected = rejeter
decision-outcome-principle-postponed = reporter
decision-date = Date
decision-method = Comment
decision-method-consensus = par consensus
decision-method-vote = par vote
decision-by-consensus = Par consensus
decision-by-vote = Par vote : { $for } pour, { $against } contre, { $abstentions } abstentions
decision-votes-for = Pour
decision-votes-against = Contre
decision-abstentions = Abstentions
decision-participants = Qui a participé
decision-participants-hint = Combien de personnes dans chaque groupe. Les groupes peuvent se recouper : une jeune femme compte parmi les femmes et parmi les jeunes.
decision-group-women = femmes
decision-group-men = hommes
decision-group-youth = jeunes
decision-group-elders = personnes aînées
decision-group-count = { $count } { $group }
decision-other-group = Un autre groupe
decision-other-count = Combien de personnes : { $group }
decision-add-group = Ajouter un groupe
decision-dissent = Avis divergents
decision-dissent-hint = Qui était en désaccord et pourquoi, avec ses propres mots. Le désaccord fait partie du relevé : ce n'est pas un échec.
decision-notes = Notes
decision-latest = Dernière décision ({ $date }) : { $outcome }
decision-version = Version { $version }
decision-about-principle = À propos du principe « { $title } »
decision-about-section = À propos de la section « { $title } »
decision-about-level = À propos du niveau d'alerte « { $name } »
decision-about-other = Une autre décision de l'assemblée
decision-about-protocol = L'ensemble du protocole, tel qu'il est maintenant, devient la version { $version }.
decision-subject-protocol = L'ensemble du protocole
decision-subject-section = Section
decision-subject-principle = Principe
decision-subject-level = Niveau d'alerte
decision-subject-other = Autre
decision-subject-gone = (n'existe plus)
version-compare = Afficher ce qui a changé
version-compare-draft = Comparer avec le brouillon
version-from = De
version-to = à
version-draft = le brouillon actuel
diff-none = Aucune différence.
diff-summary = { $changed ->
    [1] Une partie modifiée
    [one] { $changed } partie modifiée
   *[other] { $changed } parties modifiées
}, { $unchanged } sans changement.
diff-change-added = ajout
diff-change-removed = suppression
diff-change-changed = modification
diff-change-moved = déplacement
diff-change-changed-and-moved = modification et déplacement
diff-part-section = section
diff-part-principle = principe
diff-part-level = niveau d'alerte
diff-added = texte ajouté :
diff-removed = texte supprimé :
diff-mark = Étiquette : { $before } → { $after }
diff-mark-none = aucune
pocket-chain-starts = Déclencher la chaîne d'alerte : { $names }
projector-open = Vue projecteur
projector-stop = Arrêter la projection
projector-blank-key = Appuyez sur B pour passer le projecteur en écran noir
projector-window-title = Tejido — projecteur
projector-hidden = Cette partie est restreinte et ne s'affiche pas ici.
projector-proposals = Apports des groupes
projector-present = Présenter sur cet écran (F5)
projector-present-title = Pour un projecteur qui montre la même chose que cet écran : la fenêtre n’affiche que ce que la salle peut voir. Échap vous ramène.
presentation-label = Présentation
presentation-way-back = Échap : retour
protocol-print-back = Retour au protocole

## Atelier
home-workshop = Atelier
home-training-banner = Coffre d'entraînement : la communauté de démonstration inventée, pour vous exercer. Tout ce qui s'y trouve est effacé quand vous verrouillez ou fermez Tejido.
welcome-training = S'exercer avec la communauté de démonstration (entraînement)
welcome-training-hint = Ouvre la communauté de démonstration inventée dans un coffre jetable. Rien n'est conservé : tout est effacé quand vous verrouillez ou fermez Tejido.
welcome-rehearse = Répéter un cas (communauté et cellule d'appui)
welcome-rehearse-hint = Ouvre côte à côte la communauté de démonstration et une cellule d'appui du réseau, toutes deux jetables : rédigez un cas, envoyez-le à la cellule d'appui, agissez, consignez un résultat et informez la communauté. Tout est effacé quand vous verrouillez ou fermez { -tejido }.
training-pair-desk-note = La cellule d'appui de cette répétition : son fichier de contact a été pris à l'ouverture de la répétition, comme s'il avait été comparé à voix haute lors d'une réunion.
training-pair-banner = Répétition (entraînement) : la communauté et la cellule d'appui sur cet ordinateur. Les deux coffres sont effacés quand vous verrouillez ou fermez { -tejido }.
training-pair-switch = Côté à l'écran
training-pair-community = Communauté
training-pair-desk = Cellule d'appui
training-pair-waiting-here = { $count ->
    [one] { $count } paquet attend ce côté.
   *[other] { $count } paquets attendent ce côté.
}
training-pair-waiting-there = { $count ->
    [one] { $count } paquet attend l'autre côté.
   *[other] { $count } paquets attendent l'autre côté.
}
training-pair-send-case = Sceller et envoyer à la cellule d'appui d'entraînement
training-pair-case-sent = Scellé et remis à la cellule d'appui d'entraînement : passez à la cellule d'appui pour l'ouvrir.
training-pair-send-consent = Sceller et envoyer la mise à jour du consentement à la cellule d'appui d'entraînement
training-pair-consent-sent = Mise à jour du consentement scellée et remise à la cellule d'appui d'entraînement.
training-pair-send-status = Sceller et envoyer le rapport de suivi à la communauté d'entraînement
training-pair-status-sent = Rapport de suivi scellé et remis à la communauté d'entraînement : passez à la communauté pour l'ouvrir.
training-pair-open = Ouvrir le paquet qui attend ici
training-pair-open-hint = Dans cette répétition, les paquets de l'autre côté arrivent ici au lieu d'arriver en fichiers ; en ouvrir un fait les mêmes vérifications qu'ouvrir un fichier.
training-pair-none-waiting = Rien n'attend ce côté.
workshop-title = Atelier
workshop-intro = Planifiez un atelier avec la communauté : un programme de deux jours en courtes séances que vous pouvez modifier, un minuteur pour chaque séance, les notes adhésives des petits groupes saisies au fur et à mesure, et des documents à distribuer à la fin.
workshop-new = Planifier un atelier à partir du modèle
workshop-created = Le programme de l'atelier est prêt. Modifiez-le selon vos besoins.
workshop-choose = Atelier
workshop-edit = Modifier l'atelier
workshop-field-title = Titre
workshop-field-date = Premier jour
workshop-field-place = Lieu
workshop-field-goal = Objectif
workshop-field-day = Jour
workshop-field-minutes = Minutes
workshop-field-materials = Matériel
workshop-field-outcomes = Ce qui en est ressorti
workshop-progress = { $done ->
    [0] { $total } séances · { $plannedAll } prévues en tout
   *[other] { $done } sur { $total } séances terminées · { $plannedAll } prévues en tout · séances terminées : temps prévu { $planned }, temps pris { $actual }
}
workshop-progress-label = Avancement de l'atelier
workshop-agenda = Programme
workshop-add-item = Ajouter une séance
workshop-item-edit = Séance
workshop-day = Jour { $day }
item-status-planned = à venir
item-status-running = en cours
item-status-done = terminée
workshop-left = Il reste { $time }
workshop-over = Temps dépassé de { $time }
workshop-start = Commencer cette séance
workshop-restart = Recommencer
workshop-finish = Terminer cette séance
workshop-next = Ensuite : { $title }
workshop-project = Afficher au projecteur
workshop-projector-keys = Au projecteur : P affiche cette séance, B passe l'écran au noir
workshop-handout = Document à distribuer
workshop-open-area = Ouvrir : { $area }
workshop-guide = Notes pour l'équipe d'animation
workshop-guide-private = (pour l'équipe d'animation : jamais projetées ni distribuées)
workshop-guide-steps = Étapes
workshop-guide-questions = Questions à poser au groupe
workshop-guide-care = Prendre soin des personnes
workshop-guide-source = Source : { $source }
workshop-guide-print = Guide de l'équipe d'animation
workshop-guide-print-title = Guide de l'équipe d'animation : { $title }
workshop-guide-print-warning = Réservé à l'équipe d'animation : ne pas le distribuer ni le projeter.
workshop-report = Compte rendu de l'atelier
workshop-notes = { $count ->
    [0] Pas encore de notes adhésives
    [1] Une note adhésive
    [one] { $count } note adhésive
   *[other] { $count } notes adhésives
}
workshop-add-note = Ajouter la note
workshop-note-group = Groupe
workshop-note-group-hint = p. ex. groupe 2, le groupe des femmes
workshop-note-text = Ce que le groupe a écrit
note-sort = Classer…
note-sort-into = Transformer en
note-section = Dans quelle section du protocole
note-sorted = Classée comme : { $target }.
note-became = Maintenant : { $target }
note-target-context-note = une note de contexte
note-target-actor = un acteur
note-target-incident = un incident
note-target-risk = un risque
note-target-measure = une mesure
note-target-protocol-proposal = une proposition pour le protocole
workshop-print-back = Retour à l'atelier
workshop-report-title = Compte rendu : { $title }
workshop-omitted = { $count ->
    [1] Une note ou mesure restreinte est exclue de ce document à distribuer.
    [one] { $count } note ou mesure restreinte est exclue de ce document à distribuer.
   *[other] { $count } notes et mesures restreintes sont exclues de ce document à distribuer.
}
workshop-measures = Mesures et qui s'en charge
workshop-measure = Mesure
workshop-owners = Qui
workshop-due = Pour quand
workshop-status = État d'avancement

## Réseau de solidarité
home-escalation = Réseau de solidarité
escalation-title = Réseau de solidarité
escalation-intro = Quand la communauté a besoin de solliciter le réseau, constituez ici un cas. Chaque personne dit ce qui peut être partagé, et avec qui. Vous voyez exactement ce qui sera partagé avant que ce soit scellé pour la cellule d'appui du réseau.
escalation-tab-cases = Cas
escalation-tab-contacts = Cellules d'appui et contacts
escalation-tab-open = Recevoir un paquet
case-add = Créer un cas
case-form = Cas
case-title = Ce qui s'est passé, en une ligne
case-urgency = Dans quel délai
urgency-immediate = immédiatement (des vies sont en jeu)
urgency-urgent = dans les jours qui viennent
urgency-follow-up = mise à jour d'un cas précédent
case-region = Région ou pays
region-country = Pays
region-subdivision = Département, État ou province (si vous le savez)
region-country-placeholder = Tapez pour chercher, par exemple « guate »
region-whole-country = Tout le pays
region-none-found = Rien dans la liste ne correspond à ce que vous avez tapé.
region-clear = Aucune région
region-loading = (chargement de la liste des pays…)
region-legacy = Saisi avant la liste : « { $value } ». Il est conservé tel quel jusqu'à ce que vous choisissiez un pays dans la liste.
case-summary = Ce qui s'est passé et ce qui est en jeu (pour la cellule d'appui uniquement)
case-public-summary = Ce qui peut être rendu public
case-public-hint = Seuls ce texte, le titre et la région du cas, le nom de votre communauté et les personnes qui ont accepté de rendre leur nom public peuvent parvenir à la presse ou figurer dans une lettre publique. Tout autre nom ou pseudonyme qu'ils contiennent est masqué.
case-requests = Ce que nous demandons au réseau
request-letter = une lettre collective
request-petition = une pétition
request-media = un travail avec les médias
request-un-mechanism = les rapporteurs spéciaux de l'ONU
request-regional-mechanism = une commission régionale
request-relocation = une relocalisation temporaire d'urgence
request-funds = des fonds d'urgence
request-accompaniment = un accompagnement
request-legal-support = un soutien juridique
request-medical-support = des soins médicaux
request-psychosocial-support = un soutien psychosocial
request-emergency-grant = une subvention d'urgence
case-people = Qui est en danger
consent-title = Ce que chaque personne a accepté (consentement éclairé)
consent-person = Personne
consent-shareWithDesk = partager avec le réseau
consent-nameToAuthorities = donner son nom aux autorités
consent-nameInPublic = rendre son nom public
consent-photos = utiliser des photos
consent-hint = Demandez à chaque personne, pour chaque usage. Toute personne qui n'accepte pas de partager avec le réseau est exclue de tous les paquets.
case-incidents = Ce qui s'est passé (d'après le registre des incidents)
case-safe-contact = Comment la cellule d'appui peut nous joindre en toute sécurité
case-files = Fichiers envoyés avec le cas
case-file-send = envoyer { $name }
case-files-hint = Les photos, vidéos, PDF, documents et tout fichier qui n'est pas du texte simple ou un enregistrement sonore ne partent que si toutes les personnes du cas, et toutes celles que l'incident a touchées, ont accepté l'usage de photos : un tel fichier peut montrer n'importe laquelle d'entre elles. Les fichiers ne vont jamais au public.
case-files-held-back = Retenu : { $names }. Ces fichiers peuvent montrer une personne, et toutes les personnes du cas ou de l'incident n'ont pas accepté l'usage de photos.
desk-file-save = Enregistrer une copie…
desk-file-save-title = Enregistrer le fichier
desk-file-saved = Fichier enregistré, non chiffré : { $path }
case-saved = Le cas a été enregistré.
case-open = Préparer l'envoi
case-sent-line = Version { $version } envoyée le { $date } à { $to }
preview-title = Aperçu de ce qui sera partagé : { $title }
preview-audience = Qui le lira
audience-desk = la cellule d'appui du réseau
audience-public = le public
preview-people = { $count ->
    [0] Aucune personne nommée
    [1] Une personne
    [one] { $count } personne
   *[other] { $count } personnes
}
preview-desk-hint = Seules les cellules d'appui que vous choisissez peuvent ouvrir le paquet. Les vrais noms n'apparaissent que si la personne a accepté que son nom soit donné.
preview-public-hint = C'est tout ce qu'une lettre publique ou la presse peut utiliser.
send-to = Sceller pour
send-no-desk = Pas encore de cellule d'appui du réseau : ajoutez-en une à partir de son fichier de contact dans « Cellules d'appui et contacts ».
case-send = Sceller et enregistrer le paquet…
case-send-hint = Le paquet est chiffré pour les cellules d'appui choisies et signé par ce coffre. Transportez-le sur une clé USB ou envoyez-le par Signal ou par courriel.
case-consent-update = Le consentement a changé après l'envoi
case-consent-update-hint = Si quelqu'un retire ou restreint ce qu'il a accepté, modifiez-le dans le cas (Modifier), enregistrez, puis envoyez cette mise à jour scellée aux mêmes cellules d'appui, comme le cas. La cellule marque chaque texte qui va désormais au-delà, et les textes publics ne peuvent plus être imprimés.
case-consent-update-send = Sceller et enregistrer la mise à jour du consentement…
case-consent-update-title = Enregistrer la mise à jour du consentement
case-consent-update-saved = Mise à jour du consentement enregistrée : { $path }
case-save-title = Enregistrer le paquet du cas
case-sent = Paquet enregistré : { $path }
own-fingerprint = Empreinte de la clé de ce coffre. Lisez-la à voix haute à la cellule d'appui quand vous lui remettez votre fichier de contact :
own-fingerprint-later = Ce coffre reçoit ses clés pour le réseau, et l'empreinte à lire à voix haute, la première fois que vous enregistrez son fichier de contact.
own-contact-community = Enregistrer notre fichier de contact (communauté)…
own-contact-desk = Enregistrer notre fichier de contact (cellule d'appui du réseau)…
contact-save-title = Enregistrer le fichier de contact
contact-saved = Fichier de contact enregistré : { $path }
own-contact-guide-community = Ce coffre est celui d'une communauté : remettez aux cellules d'appui du réseau le fichier de communauté. Celui de cellule d'appui ne sert qu'à un coffre qui reçoit des cas (cochez d'abord « Ce coffre appartient à une cellule d'appui du réseau »).
own-contact-guide-desk = Ce coffre est une cellule d'appui du réseau : remettez aux communautés que vous accompagnez le fichier de cellule d'appui. Celui de communauté sert à un coffre qui envoie des cas.
own-contact-saved-read = Enregistré dans { $path }. Lisez cette empreinte à voix haute à qui reçoit le fichier, et demandez-lui de la comparer à celle que montre son Tejido :
contacts-title = { $count ->
    [0] Pas encore de cellules d'appui ni de contacts
    [1] Un contact
    [one] { $count } contact
   *[other] { $count } contacts
}
contact-read = Ajouter à partir d'un fichier de contact…
contact-choose = Choisir un fichier de contact
contact-compare = Appelez l'autre partie et lisez ensemble cette empreinte de la clé à voix haute. Ne l'acceptez que si elle correspond à ce que l'autre partie lit sur son écran.
contact-checked = Nous avons comparé l'empreinte de la clé et elle correspond
contact-notes = Comment elle a été vérifiée
contact-notes-hint = p. ex. au téléphone avec la cellule d'appui, le 3 décembre
contact-accept = Accepter ce contact
contact-added = Contact ajouté : { $name }.
role-desk = cellule d'appui du réseau
role-community = communauté
package-intro = Ouvrez ici un paquet que vous avez reçu : un cas qu'une communauté a envoyé à votre cellule d'appui, ou un rapport de suivi qu'une cellule d'appui vous a renvoyé à propos de l'un de vos cas. Le paquet est d'abord vérifié : un paquet modifié ou de provenance inconnue est refusé.
package-open = Ouvrir un paquet…
package-case-kept = Cas reçu de { $name } et conservé dans ce coffre.
package-status-kept = Rapport de suivi de { $name } ajouté au cas.
package-consent-kept = Mise à jour du consentement de { $name } appliquée : les textes qui vont désormais au-delà sont marqués et ne peuvent plus être imprimés.
package-already-kept = Ce paquet de { $name } avait déjà été reçu : rien n'a changé.
package-choose = Choisir un paquet du cas
package-unknown = Ce paquet vient d'un contact que ce coffre ne connaît pas.
package-accept-once = Nous avons comparé l'empreinte de la clé : l'ouvrir
package-from = De la part de { $name }
package-from-unknown = De la part de quelqu'un qui n'est pas dans vos contacts

## Réseau de solidarité — la cellule d'appui du réseau
escalation-tab-received = Cas reçus
escalation-tab-trends = Tendances et impact
desk-mark = Ce coffre appartient à une cellule d'appui du réseau
desk-mark-hint = Une cellule d'appui reçoit les cas envoyés par les communautés, décide qui les suit, rédige des lettres, des pétitions et des communications, et enregistre ce qui a changé.
desk-received = { $count ->
    [0] Aucun cas reçu pour l'instant
    [1] Un cas reçu
    [one] { $count } cas reçu
   *[other] { $count } cas reçus
}
desk-received-none = Quand une communauté envoie un cas, ouvrez son paquet dans « Recevoir un paquet ».
desk-search = Chercher dans les cas
desk-search-example = un mot d'un titre, un lieu, un nom reçu, une action…
desk-search-none = Aucun cas ne contient tous ces mots.
desk-counts = { $actions } actions · { $outcomes } résultats
desk-open-case = Ouvrir
desk-consent-none = aucun nom ne peut être donné
desk-person-both = { $name } (pseudonyme { $pseudonym })
desk-consent-withdrawn = s'est retiré·e du cas le { $date } : aucun de ses noms ne peut quitter la cellule
desk-consent-changed = consentement modifié le { $date }
findings-title-public = Ce texte public nomme des personnes au-delà de ce qu'elles ont accepté. Il ne peut pas être imprimé tant qu'il n'est pas corrigé :
findings-title-authorities = Ce texte destiné aux autorités nomme des personnes au-delà de ce qu'elles ont accepté. Il ne peut pas être imprimé tant qu'il n'est pas corrigé :
finding-line = { $found } : { $person }, { $consent }
beyond-name-to-authorities = qui n'a pas accepté que son nom soit donné aux autorités
beyond-name-in-public = qui n'a pas accepté que son nom soit rendu public
beyond-pseudonym = un pseudonyme, qui ne quitte jamais la cellule
beyond-withdrawn = qui s'est retiré·e du cas
findings-fix = Modifiez ou retirez ces mots et enregistrez : l'impression redevient possible quand plus rien n'est trouvé.
desk-triage = Trier et prioriser
desk-requests = Ce que demande la communauté
escalation-intro-desk = Les cas que les communautés ont envoyés à cette cellule d'appui : vérifiez qui les a envoyés, décidez qui les suit, agissez par des lettres, des pétitions, les médias et des communications dans les limites de ce que chaque personne a accepté, et notez ce qui a changé.
desk-working-group = Groupe de travail
desk-categories = Catégories de menaces
desk-closed = n'est plus suivi
desk-triage-save = Enregistrer le tri
desk-actions = Actions
action-letter = Lettre collective
action-petition = Pétition
action-media-brief = Note aux médias
action-un-submission = Communication aux Procédures spéciales des Nations Unies
action-regional-submission = Demande à un mécanisme régional
action-front-line-defenders = Demande à Front Line Defenders (appel urgent ou subvention de protection)
action-protect-defenders = Demande de soutien d'urgence à ProtectDefenders.eu
action-status-draft = brouillon
action-status-sent = envoyée
action-status-done = réponse reçue ou close
desk-deadline-line = au plus tard le { $date }
desk-signed-by = { $count ->
    [0] aucune organisation n'a encore accepté de signer
    [1] signée par une organisation
    [one] signée par { $count } organisation
   *[other] signée par { $count } organisations
}
desk-signatures-line = { $count ->
    [one] { $count } signature
   *[other] { $count } signatures
}
desk-action-kind = Nouvelle action
desk-addressee = Destinataire
addressee-government = le gouvernement
addressee-prosecutor = le ministère public
addressee-company = l'entreprise
addressee-embassy = une ambassade
desk-language = Langue
desk-action-draft = Rédiger le brouillon
desk-draft-hint = Le brouillon n'utilise que ce que chaque personne a accepté : les noms ne sont transmis aux autorités ou au public qu'avec le consentement de la personne concernée. Une note aux médias n'utilise que ce que la communauté a marqué comme public.
desk-action-title = Titre
desk-action-text = Texte
desk-action-copy = Copier en texte
desk-action-save-text = Enregistrer en .txt…
desk-action-copied = Copié. Collez-le dans le formulaire en ligne du mécanisme ou dans un courriel.
desk-action-text-save-title = Enregistrer le texte
desk-action-text-saved = Texte enregistré : { $path }
mechanism-request-title = Écrire vous-mêmes à un mécanisme de protection
mechanism-request-hint = Sans cellule d'appui du réseau : la demande est rédigée à partir de ce que porterait exactement le paquet de ce cas, elle ne nomme donc personne au-delà de ce qu'il ou elle a accepté. Lisez-la, complétez ce qui manque, puis collez-la dans le formulaire du mécanisme ou envoyez-la par courriel.
mechanism-request-kind = Mécanisme
mechanism-request-draft = Rédiger la demande
mechanism-request-missing = Le cas ne dit pas encore ceci ; complétez-le avant d'envoyer :
desk-live-clear = Vérifié pendant la saisie : aucun nom ne va au-delà de ce que chaque personne a accepté.
template-source = Structuré comme le demande { $mechanism }, d'après : { $title } (consulté le { $date }).
desk-signatories = Organisations invitées à signer
desk-signatories-hint = Ne cochez une organisation que lorsqu'elle a accepté de signer cette lettre. Seules celles-ci figurent au bas de la lettre.
desk-signatory-agreed = { $organisation } a accepté de signer
desk-signatory-add = Ajouter une organisation
desk-signatory-add-hint = Nom d'une organisation membre
desk-signatures = Signatures recueillies
desk-deadline = Date limite
desk-owner = Qui s'en charge
desk-status = État d'avancement
desk-outcomes = Ce qui a changé
desk-outcome-on = Date
desk-outcome-kind = Ce qui s'est passé
desk-outcome-note = En quelques mots
desk-outcome-add = Enregistrer le résultat
outcome-release = Libération
outcome-charges-dropped = Charges abandonnées
outcome-trial = Procès ou audience
outcome-new-attack = Nouvelle attaque ou menace
outcome-relocation = Relocalisation en lieu sûr
outcome-protection-granted = Mesures de protection accordées
outcome-other = Autre
desk-timeline = Chronologie
timeline-received = Paquet reçu (version { $version })
timeline-action-started = { $action } commencée : { $title }
timeline-action-sent = { $action } envoyée : { $title }
timeline-acknowledged = Rapport de suivi envoyé à la communauté : { $message }
desk-status-back = Informer la communauté de l'avancement du cas
desk-status-back-hint = Un rapport scellé que seule cette communauté peut ouvrir : votre message, les actions (type, titre, état d'avancement) et les résultats. Les textes des lettres et les signataires restent ici.
desk-status-message = Message à la communauté
desk-status-send = Sceller et enregistrer le rapport de suivi…
desk-status-save-title = Enregistrer le rapport de suivi
desk-status-saved = Rapport de suivi enregistré : { $path }
case-update-line = De la part de { $desk }, { $date }
desk-print-signed = Organisations signataires
trends-title = Tendances
trends-by-category = Cas par catégorie de menace et mois de réception
trends-by-country = Par pays
trends-by-region = Par région
trends-by-group = Par groupe de travail
trends-total = Total
trends-all = Tous les cas
trends-not-set = non renseigné
trends-by-perpetrator-kind = Par type d'auteur présumé
trends-by-perpetrator = Par auteur présumé nommé
trends-csv = Enregistrer les cas en CSV…
trends-csv-title = Enregistrer les cas en CSV
trends-csv-saved = Enregistré : { $path }. Une ligne par cas, sans le nom de personne ; le fichier n'est pas chiffré.
impact-open-report = Rapport d'impact
impact-title = Rapport d'impact : { $desk }
impact-made = Établi le { $date }
impact-cases = { $count ->
    [1] Un cas reçu
    [one] { $count } cas reçu
   *[other] { $count } cas reçus
}, dont { $open } en cours de suivi.
desk-print-back = Retour au réseau de solidarité
impact-what-done = Ce qui a été fait
impact-no-actions = Aucune action pour l'instant.
impact-action-line = { $started } commencées, { $sent } envoyées
impact-what-changed = Ce qui a changé
impact-no-outcomes = Aucun résultat enregistré pour l'instant.
impact-overdue = Date limite dépassée
impact-per-case = Cas par cas
impact-open = en cours de suivi
home-sync = Ordinateurs portables et synchronisation
welcome-join = Rejoindre un coffre depuis un autre ordinateur
sync-title = Ordinateurs portables et synchronisation
sync-intro = Plusieurs ordinateurs peuvent garder le même coffre : chacun garde sa propre copie chiffrée, et les modifications circulent entre eux sous forme de fichiers scellés, sur une clé USB ou dans un dossier partagé sur le réseau local. Rien ne passe par Internet.
sync-working = Traitement en cours…
sync-start-title = Partager ce coffre avec d'autres ordinateurs
sync-start-intro = Donnez à cet ordinateur un nom que le groupe reconnaîtra. Vous pourrez ensuite inviter les autres ordinateurs.
sync-laptop-name = Nom de cet ordinateur
sync-laptop-name-hint = Par exemple : « Ordinateur d'Ana » ou « Bureau de la communauté ».
sync-start = Commencer le partage
sync-share-title = Partager les modifications
sync-stick-title = Copier avec une clé USB
sync-stick-hint = Choisissez la clé USB (ou n'importe quel dossier). Les modifications de cet ordinateur y sont copiées, celles des autres ordinateurs en sont copiées et appliquées. Faites-le sur chaque ordinateur, l'un après l'autre.
sync-stick-folder = Clé USB ou dossier
sync-copy = Copier vers la clé et depuis la clé
sync-folder-title = Dossier de synchronisation de ce coffre
sync-folder-hint = Les modifications de tous les ordinateurs sont gardées ici. Si ce dossier est partagé avec les autres ordinateurs sur le réseau local, appliquez ce qui est arrivé avec le bouton ci-dessous.
sync-import = Appliquer ce qui est arrivé
sync-report-copied = { $out } fichiers copiés sur la clé, { $in } copiés depuis la clé.
sync-report-applied = { $files } fichiers de modifications appliqués ({ $fields } champs modifiés).
sync-report-conflicts = { $count ->
    [one] { $count } nouvelle modification en conflit, à régler ci-dessous.
   *[other] { $count } nouvelles modifications en conflit, à régler ci-dessous.
}
sync-report-waiting = { $count ->
    [one] { $count } fichier est en attente : un fichier précédent manque encore, ou l'ordinateur qui l'a écrit ne connaît pas encore celui-ci. Copiez à nouveau plus tard.
   *[other] { $count } fichiers sont en attente : un fichier précédent manque encore, ou l'ordinateur qui les a écrits ne connaît pas encore celui-ci. Copiez à nouveau plus tard.
}
sync-report-unknown = { $count ->
    [one] { $count } fichier vient d'un ordinateur que celui-ci ne connaît pas encore ; il sera appliqué dès que son invitation arrivera.
   *[other] { $count } fichiers viennent d'un ordinateur que celui-ci ne connaît pas encore ; ils seront appliqués dès que son invitation arrivera.
}
sync-report-held = { $count ->
    [one] { $count } fichier a été écrit par une version plus récente de { -tejido } ; il est conservé jusqu'à la mise à jour de cet ordinateur.
   *[other] { $count } fichiers ont été écrits par une version plus récente de { -tejido } ; ils sont conservés jusqu'à la mise à jour de cet ordinateur.
}
sync-report-refused = { $count ->
    [one] { $count } fichier a été refusé : voir la liste à la fin.
   *[other] { $count } fichiers ont été refusés : voir la liste à la fin.
}
sync-report-nothing = Tout est à jour.
sync-unpublished = { $count } modifications faites sur cet ordinateur partiront avec la prochaine copie.
sync-conflicts-title = Modifications en conflit ({ $count })
sync-conflicts-intro = Deux ordinateurs ont modifié la même chose avant d'échanger leurs modifications. La même règle a tranché sur chaque ordinateur (la modification la plus récente est gardée) ; choisissez celle que le groupe veut. Votre choix atteindra les autres ordinateurs avec la prochaine copie.
sync-no-conflicts = Aucune modification en conflit.
sync-conflict-field = Champ : { $field }
sync-mine = Sur cet ordinateur
sync-theirs = De { $laptop }, { $at }
sync-kept = en vigueur
sync-empty = (vide)
sync-keep-mine = Garder la version de cet ordinateur
sync-keep-theirs = Garder la version de l'autre ordinateur
sync-keep-removed = Maintenir la suppression
sync-bring-back = Récupérer
sync-removed-here = Cet élément a été supprimé sur cet ordinateur pendant qu'il était modifié sur { $laptop } ({ $at }). Il reste supprimé, avec ses modifications, jusqu'à ce que vous décidiez.
sync-removed-there = Cet élément a été supprimé sur { $laptop } ({ $at }) pendant qu'il était modifié sur cet ordinateur. Il reste supprimé, avec ses modifications, jusqu'à ce que vous décidiez.
sync-settled = Conflit réglé. Les autres ordinateurs suivront avec la prochaine copie.
sync-laptops-title = Ordinateurs portables du groupe
sync-this-laptop = cet ordinateur
sync-files-published = { $count } fichiers de modifications écrits
sync-files-applied = { $count } de ses fichiers de modifications appliqués ici
sync-removed-on = Retiré du groupe le { $at }
sync-remove = Retirer du groupe
sync-remove-confirm = Retirer { $laptop } du groupe ? Ses modifications seront désormais refusées, et les nouvelles modifications ne pourront plus être lues sur cet ordinateur. Faites-le pour un ordinateur perdu ou volé.
sync-removed = { $laptop } a été retiré du groupe.
sync-invite-title = Ajouter un ordinateur
sync-invite-hint = Une invitation est un fichier qui contient une copie chiffrée de ce coffre pour le nouvel ordinateur. Apportez-la sur une clé USB ; lisez le code à voix haute à la personne devant cet ordinateur, ne l'écrivez jamais sur la clé.
sync-invite-name = Nom du nouvel ordinateur
sync-invite = Créer l'invitation
sync-invite-save = Enregistrer l'invitation
sync-invitation-code = Code à lire à voix haute à la personne devant le nouvel ordinateur :
sync-invitation-fingerprint = Une fois qu'il a rejoint, le nouvel ordinateur affiche un code court à lui. La personne devant lui vous le lit, et vous le tapez dans la liste des ordinateurs : ce n'est qu'alors qu'il est digne de confiance. Ne tapez jamais un code que quelqu'un vous envoie.
sync-refused-title = Fichiers refusés
sync-refused-unreadable = endommagé, ou ce n'est pas un fichier { -tejido }
sync-refused-forged = sa signature ne vient pas de l'ordinateur dont il dit venir ; il est peut-être falsifié
sync-refused-removed = écrit par un ordinateur retiré du groupe
sync-refused-other-vault = appartient à un autre coffre
sync-refused-invalid = n'est pas un fichier de modifications valable (une table ou un champ inconnu, une valeur incorrecte, une écriture sous l'identifiant d'un autre enregistrement ou l'horloge d'un autre ordinateur) ; rien n'en a été appliqué
sync-refused-clock-ahead = daté de plus d'un jour en avance sur l'horloge de cet ordinateur ; il sera réessayé plus tard (vérifiez la date et l'heure des deux ordinateurs)
sync-refused-laptop-not-invited = ajoute un ordinateur sans invitation signée par un ordinateur du groupe ; cet ordinateur n'a pas été ajouté
sync-refused-laptop-keys = tente de changer les clés d'un ordinateur ou de faire revenir un ordinateur retiré ; ce changement a été écarté
sync-refused-contact-keys = tente de changer les clés d'un contact ; ce changement a été écarté
sync-refused-second-join = vient d'un deuxième ordinateur créé avec la même invitation ; une invitation ne sert qu'une fois
sync-refused-expired = vient d'un ordinateur qui a rejoint après l'expiration de son invitation
sync-refused-old-join = vient d'un ordinateur qui a rejoint avec un Tejido plus ancien en gardant les clés de son invitation (quiconque a copié l'invitation les a aussi) ; mettez Tejido à jour sur cet ordinateur et invitez-le à nouveau
sync-refused-rolled-back = d'un ordinateur dont le coffre est revenu à un état antérieur (une copie de son dossier remise, ou ses dernières sauvegardes supprimées) : ce qui y a été modifié depuis peut être perdu, et il peut encore faire confiance à un ordinateur retiré depuis ; vérifiez cet ordinateur
sync-keys-replaced-title = Donnez le nouveau fichier de contact à chaque bureau
sync-keys-replaced = Un ordinateur a été retiré le { $at } ; il détenait les clés du collectif pour les paquets de cas, elles ont donc été remplacées. Les bureaux ont encore l'ancien fichier de contact : enregistrez le nouveau dans l'écran Escalade et donnez-le à chacun, qui comparera son empreinte avec vous.
sync-keys-replaced-to = À qui le donner : { $names }
sync-keys-given = Tous les bureaux ont le nouveau fichier de contact
sync-pending = invité, pas encore rejoint : rien ne lui est scellé tant qu'aucun fichier de lui n'est arrivé
sync-expired = son invitation a expiré avant qu'il ne rejoigne : retirez-le, et invitez-le à nouveau s'il est à vous
sync-awaiting = { $count ->
    [1] a rejoint et vous attend : demandez à la personne devant cet ordinateur de vous lire le code qu'il affiche, et tapez-le ici
   *[other] { $count } ordinateurs ont rejoint avec cette invitation (des copies ont été utilisées) : tapez seulement le code que vous lit la personne devant votre nouvel ordinateur ; les autres sont refusés
}
sync-confirm-code = Code affiché par le nouvel ordinateur
sync-confirm-submit = Confirmer
sync-confirmed = { $laptop } fait maintenant partie du groupe : ce qu'il a écrit est appliqué, et ce que le groupe écrit lui est scellé.
sync-own-code-title = Lisez ce code à la personne qui vous a invité
sync-own-code-hint = Elle le tape sur son ordinateur. D'ici là, rien de ce qui est écrit ici n'atteint le groupe, et rien du groupe n'atteint cet ordinateur.
sync-invited-by-removed = Invité par { $laptop }, retiré depuis. Vérifiez qu'il s'agit bien d'un ordinateur du groupe (comparez son empreinte à voix haute), ou retirez-le.
sync-check-contacts-title = Contacts à vérifier à nouveau
sync-check-contacts-intro = Ces contacts ont été ajoutés, ou leurs clés définies, par un ordinateur retiré depuis. Redemandez à chaque bureau son fichier de contact et comparez l'empreinte à voix haute ; retirez l'ancien contact et ajoutez le nouveau fichier.
sync-check-contact-by = ajouté par { $laptop }
sync-remove-contact = Retirer ce contact
sync-remove-keys = Les clés du collectif pour les paquets de cas sont aussi remplacées : chaque bureau aura besoin du nouveau fichier de contact.
sync-field-name = Nom
sync-field-pseudonym = Pseudonyme
sync-field-real_name = Vrai nom
sync-field-notes = Notes
sync-field-title = Titre
sync-field-summary = Résumé
sync-field-description = Description
sync-field-text = Texte
sync-field-role = Rôle
sync-field-status = État
sync-field-owner = Responsable
sync-field-due_on = Échéance
sync-field-sensitivity = Sensibilité
sync-field-tags = Étiquettes
sync-entity-collective = Collectif
sync-entity-person = Membre
sync-entity-contextNote = Note de contexte
sync-entity-actor = Acteur
sync-entity-incident = Incident
sync-entity-threatAssessment = Évaluation de menace
sync-entity-risk = Risque
sync-entity-measure = Mesure
sync-entity-indicator = Indicateur d'alerte précoce
sync-entity-relationship = Lien
sync-entity-nodePosition = Emplacement sur la carte du réseau
sync-entity-place = Lieu
sync-entity-protocolSection = Section du protocole
sync-entity-principle = Principe
sync-entity-protocolLevel = Niveau d'alerte
sync-entity-decision = Décision
sync-entity-protocolComment = Remarque ou proposition
sync-entity-workshop = Atelier
sync-entity-agendaItem = Séance de l'atelier
sync-entity-stickyNote = Note adhésive
sync-entity-networkKey = Clés pour le réseau
sync-entity-contact = Contact
sync-entity-escalationCase = Cas
sync-entity-receivedCase = Cas reçu
sync-entity-syncDevice = Ordinateur portable
sync-entity-forgotten = Fiche oubliée
join-title = Rejoindre un coffre depuis un autre ordinateur
join-intro = Un autre ordinateur du groupe a créé une invitation pour celui-ci. Il vous faut le fichier d'invitation (sur une clé USB) et le code que vous lit la personne devant cet autre ordinateur. Cet ordinateur reçoit sa propre copie du coffre, avec sa propre phrase de passe.
join-invitation = Fichier d'invitation
join-code = Code
join-code-hint = Cinq groupes de quatre lettres et chiffres ; les tirets et les majuscules n'ont pas d'importance.
join-passphrase-hint = La phrase de passe propre à cet ordinateur. Elle peut être différente de celle des autres ordinateurs.
join-progress = Ouverture de l'invitation et création du coffre de cet ordinateur…
join-submit = Rejoindre
join-fingerprint = Empreinte de la clé de cet ordinateur. Lisez-la à voix haute à la personne devant l'ordinateur qui a créé l'invitation : elle doit être identique à celle qui s'y affiche.
sync-lan-title = Réseau local (Syncthing)
sync-lan-hint = Les ordinateurs d'un même réseau local (le même wifi, même sans internet) peuvent échanger leurs modifications seuls, avec Syncthing. Ajoutez chacun des autres ordinateurs avec son identifiant Syncthing et son adresse. Rien n'est envoyé ailleurs : ni découverte, ni relais, ni internet.
sync-lan-running = Activée : les modifications partent dès qu'elles sont enregistrées et arrivent en quelques secondes.
sync-lan-stopped = Désactivée.
sync-lan-own-id = Identifiant Syncthing de cet ordinateur, à ajouter sur les autres :
sync-lan-listen = Adresse d'écoute de cet ordinateur
sync-lan-listen-hint = 0.0.0.0:22000 écoute sur tous les réseaux de cet ordinateur ; écrivez sa propre adresse pour la limiter à un seul.
sync-lan-add-peer = Ajouter un ordinateur
sync-lan-peer-name = Son nom
sync-lan-peer-id = Son identifiant Syncthing
sync-lan-peer-address = Son adresse
sync-lan-peer-address-hint = Telle qu'elle apparaît sur cet ordinateur, par exemple 192.168.1.20:22000.
sync-lan-connected = connecté
sync-lan-on = Activer
sync-lan-save = Enregistrer
sync-lan-off = Désactiver
sync-lan-arrived = Des modifications d'autres ordinateurs sont arrivées : { $files } fichiers appliqués, { $conflicts } conflits à régler (Ordinateurs portables et synchronisation).
attention-sync-conflicts = { $count ->
        [1] Une modification d'un autre ordinateur est en conflit : choisissez laquelle garder dans Ordinateurs portables et synchronisation.
        [one] { $count } modification d'un autre ordinateur est en conflit : choisissez laquelle garder dans Ordinateurs portables et synchronisation.
       *[other] { $count } modifications d'autres ordinateurs sont en conflit : choisissez lesquelles garder dans Ordinateurs portables et synchronisation.
    }

# The home: areas apart from undo, settings and lock
home-areas = Espaces
home-editing = Défaire et refaire
home-risks-hint = Incidents, menaces, risques et plan de protection
home-network-hint = Qui protège qui, la carte et la chaîne d'alerte
home-protocol-hint = Les règles propres à la communauté, décidées ensemble
home-workshop-hint = Programme, minuteur, notes et projecteur
home-escalation-hint = Demander le soutien du réseau de solidarité
home-sync-hint = Les autres ordinateurs du groupe
create-show-passphrase = Afficher la phrase de passe (seulement si personne ne voit l'écran)
home-recovered = Le coffre a été ouvert avec la clé de récupération papier, et votre nouvelle phrase de passe l'ouvre aussi désormais. L'ancienne phrase fonctionne toujours : si quelqu'un d'autre peut la connaître, ou si la clé papier a été vue, retirez l'ancienne phrase et changez la clé du coffre dans les Réglages (cela crée aussi une nouvelle clé papier).
home-recovered-review = Revoir les phrases de passe
workshop-another = Planifier un autre atelier
protocol-unfinished-title = Pas encore terminé
protocol-unfinished-undecided = { $count ->
    [1] Un principe n'est pas encore décidé (adoptez-le, adaptez-le ou rejetez-le par une décision) :
    [one] { $count } principe n'est pas encore décidé (adoptez-le, adaptez-le ou rejetez-le par une décision) :
   *[other] { $count } principes ne sont pas encore décidés (adoptez, adaptez ou rejetez chacun par une décision) :
}
protocol-unfinished-blanks = { $count ->
    [1] Un blanc du modèle reste dans le texte :
    [one] { $count } blanc du modèle reste dans le texte :
   *[other] { $count } blancs du modèle restent dans le texte :
}
protocol-unfinished-blank = { $blank } dans « { $place } »
risks-first-incident = Noter le premier incident
risk-add-measure = Ajouter une mesure pour ce risque

## La touche panique
panic-button = Tout masquer
panic-button-title = Verrouille le coffre sur-le-champ et efface tous les écrans, y compris le projecteur ; seul l’écran d’accueil reste (Ctrl+Maj+L)

## Les principes de La Puya face à nos registres (onglet « Dans la pratique » du protocole, son impression, `tejido analyse`)
protocol-tab-checks = Dans la pratique
protocol-intro-checks = Ce que disent nos propres registres sur les trois principes de La Puya : si nous prévoyons de dialoguer avec une entreprise au lieu d'exiger que les institutions agissent, qui prend part à nos décisions au fil du temps, et si nous dépendons d'une seule personne. Compté à partir de chaque acteur, procès-verbal de décision, mesure, relation et de la chaîne d'alerte.
checks-print-title = Nos principes dans la pratique
checks-print-as-of = Selon nos registres le jour de l'impression.
checks-companies-title = Principe 1 : pas de dialogue avec les entreprises
checks-companies-principle = La communauté a décidé d'exiger que les institutions publiques agissent, plutôt que de dialoguer avec les entreprises. Les projets de rencontrer une entreprise, et les membres liés à l'une d'elles, sont montrés ici pour que l'assemblée les examine.
checks-dialogue = { $kind ->
        [measure] La mesure
       *[decision] La décision
    } « { $title } » prévoit une rencontre ou un dialogue avec { $company }. Le principe demande d'exiger plutôt que les institutions ci-dessous agissent.
checks-a-company = une entreprise
checks-company-tied = { $company } : liée dans le réseau à { $names }. Parlez avec ces personnes du principe : un lien n'est pas une faute, mais l'entreprise peut s'en servir.
checks-company-untied = { $company } : aucun membre ne lui est lié dans le réseau.
checks-companies-none = Aucune entreprise n'est enregistrée parmi les acteurs.
checks-institutions-title = Institutions à qui exiger d'agir
checks-institutions-none = Aucune institution publique n'est encore enregistrée parmi les acteurs : ajoutez celles qui sont responsables (parquet, défenseur des droits, ministère) dans l'analyse des risques.
checks-inclusion-title = Qui prend part (principe 2 : inclusion)
checks-inclusion-principle = La Puya : l'inclusion, et le travail pour réduire les inégalités de pouvoir entre nous.
checks-inclusion-summary = { $count ->
    [1] Une décision dit qui y a pris part
    [one] { $count } décision dit qui y a pris part
   *[other] { $count } décisions disent qui y a pris part
  }.
checks-inclusion-meetings = { $count ->
    [1] Toutes en une réunion (un jour de décisions).
    [one] En { $count } réunion.
   *[other] En { $count } réunions (jours de décisions).
  }
checks-inclusion-unrecorded = { $count ->
    [1] Une décision ne dit pas qui y a pris part : ajoutez-le pour qu'elle compte.
    [one] { $count } décision ne dit pas qui y a pris part.
   *[other] { $count } décisions ne disent pas qui y a pris part : ajoutez-le pour qu'elles comptent.
  }
checks-inclusion-none = Aucune décision ne dit encore qui y a pris part. Dans chaque procès-verbal de décision, notez combien de femmes, de jeunes, de personnes aînées et d'autres personnes y ont pris part, pour voir ici qui prend part au fil du temps.
checks-group = Groupe
checks-group-meetings = Réunions où il a pris part
checks-group-last = Dernière fois
checks-group-most = Le plus à une réunion
checks-group-members = Membres de ce groupe
checks-group-measures = Mesures dont il a la charge
checks-meetings-of = { $attended } sur { $meetings }
checks-never = jamais
checks-years = Par année : { $years }
checks-year = { $year } : { $attended } sur { $meetings }
checks-owners-title = Qui a la charge des mesures de protection
checks-owner-line = { $name } : { $count ->
    [1] une mesure
    [one] { $count } mesure
   *[other] { $count } mesures
  }
checks-unowned = { $count ->
    [1] Une mesure en cours n'a pas encore de responsable.
    [one] { $count } mesure en cours n'a pas encore de responsable.
   *[other] { $count } mesures en cours n'ont pas encore de responsable.
  }
checks-no-measures = Aucune mesure en cours n'a encore de responsable.
checks-group-line = { $group } : { $attended } réunions sur { $meetings }, dernière { $last } ; membres { $members }, mesures dont il a la charge { $measures }
checks-inclusion-ok = Tous les groupes que demande le procès-verbal prennent part, et personne ne porte seul les mesures.
inclusion-warning-group-absent = { $group } : dans aucune des réunions enregistrées. Demandez-vous pourquoi, et comment leur faire de la place.
inclusion-warning-group-stopped = { $group } : prenaient part avant, mais pas aux { $count } dernières réunions. Demandez-leur ce qui a changé.
inclusion-warning-one-owner = { $name } a la charge de { $count } des { $total } mesures en cours : en son absence, la plus grande partie du plan s'arrête. Répartissez-les.
inclusion-warning-group-owns-none = { $group } : prennent part aux décisions mais n'ont la charge d'aucune des { $total } mesures en cours.
checks-leaders-title = De qui dépend la communauté (principe 3 : pas de leader unique)
checks-leaders-principle = La Puya : des processus collectifs, sans leader ni porte-parole unique.
checks-leaders-none = Personne n'est seul : personne ne porte à lui seul le réseau, la voix de la communauté, les mesures ou la chaîne d'alerte.
checks-leader-measures = { $count ->
    [0] aucune mesure à sa charge
    [1] une mesure à sa charge
   *[other] { $count } mesures à sa charge
  }
dependence-sole-voice = Le protocole ne nomme que cette personne pour parler ou décider au nom de la communauté.
dependence-contacts = La plupart des contacts de sécurité et des alertes passent par cette personne.
dependence-only-bridge = Sans cette personne, une partie du collectif est coupée du reste.
dependence-measures = Cette personne a la charge de plus de la moitié des mesures en cours.
dependence-chain-start = La chaîne d'alerte commence par cette personne et par personne d'autre.
dependence-named-role = Le protocole la nomme, avec d'autres, pour parler ou décider.
dependence-advice-sole-voice = Nommez deux ou trois personnes qui se relaient, et convenez d'abord du message avec l'assemblée.
dependence-advice-contacts = Donnez à certains membres un second contact de sécurité, pour que les alertes ne passent pas toutes par elle.
dependence-advice-only-bridge = Reliez à quelqu'un d'autre les personnes qui ne rejoignent les autres que par elle.
dependence-advice-measures = Répartissez les mesures, avec une seconde personne responsable pour chacune.
dependence-advice-chain-start = Qu'une seconde personne puisse lancer la chaîne d'alerte, au cas où elle ne le pourrait pas.
dependence-advice-named-role = Continuez à vous relayer, pour que personne ne devienne la seule voix.

## Parts de la récupération du coffre (m sur n), et destruction des clés de cet ordinateur

unlock-use-shares = Ouvrir avec les parts gardées par des membres
settings-slot-shares = Parts gardées par des membres, créées le { $date }
shares-title = Partager la récupération entre des membres
shares-title-desk = Le Groupe consultatif garde la récupération de la cellule
shares-why = Aucune personne seule ne devrait détenir la clé. Donnez une part à chacun de plusieurs membres : quelques-uns d'entre eux ensemble peuvent ouvrir le coffre, un seul ne le peut pas.
shares-why-desk = La récupération de la cellule est gardée par son Groupe consultatif : chaque membre reçoit une part, et seuls plusieurs d'entre eux ensemble peuvent ouvrir le coffre de la cellule.
shares-replaces = Faire de nouvelles parts rend aussitôt inutiles toutes les parts précédentes ; un changement de clé du coffre aussi. La clé de récupération papier continue de fonctionner de son côté.
shares-total = Membres qui reçoivent une part
shares-threshold = Parts nécessaires pour ouvrir
shares-summary = N'importe quels { $threshold } de ces { $total } membres ensemble peuvent ouvrir le coffre.
shares-groups-hint = Choisissez des membres de groupes différents de la communauté, pour qu'aucun groupe ne puisse ouvrir le coffre seul. Les noms et les groupes ne servent qu'ici : ils ne sont ni enregistrés ni imprimés.
shares-groups-hint-desk = Choisissez des membres du Groupe consultatif d'organisations différentes. Les noms et les organisations ne servent qu'ici : ils ne sont ni enregistrés ni imprimés.
shares-holder-name = Membre { $number }
shares-holder-name-hint = Affiché seulement sur cet écran.
shares-holder-group = Groupe
shares-holder-group-desk = Organisation
shares-holder-file = Ce membre garde un fichier chiffré avec sa propre phrase de passe au lieu d'une carte
shares-file-folder = Dossier du fichier (une clé USB à lui)
shares-file-passphrase = La phrase de passe du membre
shares-file-passphrase-hint = Il la saisit lui-même, et la saisira de nouveau pour utiliser la part.
shares-crowded = { $group } détiendrait seul { $threshold } parts, assez pour ouvrir le coffre. Donnez-en à des membres d'autres groupes.
shares-submit = Faire { $total } parts ({ $threshold } nécessaires)
share-cards-title = Cartes des parts : imprimez-les maintenant
share-cards-title-desk = Cartes des parts du Groupe consultatif : imprimez-les maintenant
share-cards-once = Ces cartes ne sont affichées que cette fois. Imprimez-les et remettez chaque carte à son membre. N'importe quelles { $threshold } des { $total } ouvrent le coffre.
share-cards-file = La part { $number } ({ $holder }) a été enregistrée, chiffrée avec la phrase de passe du membre, dans { $path }
share-cards-for = Pour : { $holder }
share-card-heading = Part de récupération Tejido { $number } sur { $total }
share-card-vault = Identifiant du coffre : { $id }
share-card-threshold = N'importe quelles { $threshold } des { $total } parts ensemble ouvrent ce coffre. Une part seule n'ouvre rien.
share-card-keep = Gardez cette carte en lieu sûr, loin de l'ordinateur. Ne la photographiez jamais et ne la recopiez dans aucun message. Apportez-la seulement quand assez de membres se réunissent pour récupérer le coffre.
share-card-keep-desk = Vous gardez cette part comme membre du Groupe consultatif de la cellule. Gardez-la en lieu sûr, loin de l'ordinateur ; ne la photographiez jamais et ne l'envoyez pas. Apportez-la seulement quand le Groupe consultatif se réunit pour récupérer le coffre de la cellule.
share-card-use = Pour l'utiliser : dans Tejido, sur l'écran de déverrouillage, choisissez « Ouvrir avec les parts gardées par des membres » et saisissez la part telle qu'elle est imprimée, espaces compris.
share-cards-print = Imprimer les cartes
share-cards-written = Les cartes sont imprimées et chaque membre a la sienne
recover-shares-title = Ouvrir avec les parts gardées par des membres
recover-shares-intro = Saisissez les parts d'assez de membres, comme leurs cartes les montrent, ou ouvrez les fichiers des membres qui en gardent un avec leur propre phrase de passe. Choisissez ensuite une nouvelle phrase de passe pour cet ordinateur.
recover-shares-card = Part { $number }
recover-shares-card-hint = Elle commence par tjs1. Les espaces et les majuscules n'ont pas d'importance.
recover-shares-file = Fichier de la part
recover-shares-file-passphrase = La phrase de passe du membre qui garde ce fichier
recover-shares-add = Ajouter une part
recover-shares-add-file = Ajouter un fichier de part
recover-shares-submit = Ouvrir et choisir une nouvelle phrase de passe
shred-title = Détruire les clés de cet ordinateur
shred-what = Pour un ordinateur qui peut être saisi : aucune phrase de passe de ce coffre ne fonctionne plus sur cet ordinateur, et la clé Syncthing de cet ordinateur est détruite. Ensuite seules la clé de récupération papier ou assez de parts ouvrent le coffre ; ce qui reste sur le disque est chiffré.
shred-no-recovery = Ce coffre n'a ni clé de récupération papier ni parts gardées par des membres, donc personne ne pourrait l'ouvrir ensuite. Faites d'abord une nouvelle clé papier ou partagez la récupération.
shred-start = Détruire les clés de cet ordinateur…
shred-limits = Ce que cela ne fait pas : sur un SSD ou certains systèmes de fichiers, les anciens octets peuvent survivre là où le disque les a mis ; les sauvegardes, les copies du dossier et les autres ordinateurs du groupe gardent leurs propres clés ; et qui détient la clé papier ou assez de parts peut toujours ouvrir le coffre, gardez-les donc ailleurs.
shred-understood = Je comprends : aucune phrase de passe n'ouvrira plus ce coffre sur cet ordinateur
shred-submit = Détruire les clés maintenant
duress-title = Une phrase de contrainte
duress-what = Une deuxième phrase à dire si quelqu'un vous force à ouvrir Tejido. Elle ouvre un leurre (la communauté de démonstration sous le nom de votre collectif) et, sans rien montrer, détruit toutes les autres phrases de ce coffre sur cet ordinateur. Ensuite, les vraies données ne s'ouvrent qu'avec la clé de récupération papier ou assez de parts.
duress-no-recovery = Ce coffre n'a ni clé de récupération papier ni parts gardées par des membres : après une ouverture sous contrainte, personne ne pourrait l'ouvrir. Faites d'abord une nouvelle clé papier ou partagez la récupération en parts.
duress-start = Définir une phrase de contrainte…
duress-limits = Qui elle trompe, et qui non : la personne qui vous force à déverrouiller voit un coffre ordinaire, et les fichiers du disque ne montrent rien de plus qu'une deuxième phrase et une pièce jointe de plus. Elle ne trompe pas qui avait déjà une copie du dossier et une vraie phrase, qui vous regarde taper la vraie, ni qui connaît bien la démonstration de Tejido. Gardez la clé papier ou les parts loin de cet ordinateur, sinon on peut aussi vous les arracher.
duress-understood = Je comprends : la taper détruit en silence les vraies phrases de cet ordinateur
duress-passphrase = Phrase de contrainte
duress-passphrase-hint = Une phrase que vous pouvez dire sans hésiter, différente de toutes les phrases de ce coffre.
duress-submit = Ajouter la phrase de contrainte
duress-added = La phrase de contrainte est définie. Elle figure parmi les phrases comme n'importe quelle autre.

# Problèmes du journal des accès (application et ligne de commande)
log-problem-bad-signature = L'entrée { $seq } a été modifiée après sa signature par le membre.
log-problem-broken-chain = Des entrées avant la { $seq } ont été supprimées, modifiées ou réordonnées.
log-problem-unknown-member = L'entrée { $seq } est signée par quelqu'un qui n'a jamais été membre.
log-problem-opened-without-entry = Un paquet a été ouvert et le journal ne dit pas par qui : des entrées ont été supprimées.

# Supervision du Groupe consultatif dans une cellule d'appui
escalation-tab-oversight = Membres et journal des accès
oversight-members = { $count ->
    [1] Un membre
   *[other] { $count } membres
}
oversight-intro = Chaque membre a sa propre phrase secrète. Les communautés scellent un cas pour les seuls membres de son groupe de travail, et chaque ouverture est signée dans le journal des accès que lit le Groupe consultatif. Seule une décision du Groupe consultatif ajoute ou retire un membre.
oversight-add = Ajouter un membre
oversight-name = Nom
oversight-groups = Groupes de travail
oversight-groups-hint = Séparez-les par des virgules, par exemple : Femmes et terre, Responsabilité des entreprises.
oversight-own-passphrase = Le nouveau membre tape maintenant sa propre phrase secrète, lui-même. Personne d'autre ne doit la connaître : c'est elle qui ouvre les cas de ses groupes de travail.
oversight-passphrase = La phrase secrète propre au membre
oversight-add-submit = Ajouter le membre
oversight-decision = La décision du Groupe consultatif
oversight-decision-title = Ce qui a été décidé
oversight-decision-hint = Enregistrée avec les décisions de la cellule, par exemple « Réunion du 3 mars : Ana rejoint Femmes et terre ».
oversight-present = Membres du Groupe consultatif présents
oversight-advisory-group = Groupe consultatif
oversight-add-decision = { $name } rejoint la cellule
oversight-remove-decision = { $name } quitte la cellule
oversight-added-on = Ajouté·e par décision du { $date }
oversight-removed-on = Retiré·e par décision du { $date }
oversight-remove = Retirer { $name } de la cellule
oversight-remove-what = Ses clés quittent ce coffre et la cellule refuse ses ouvertures. Les cas envoyés après que les communautés ont reçu le nouveau fichier de contact de la cellule ne sont pas scellés pour ce membre. Ce qu'il a ouvert avant reste dans le journal.
oversight-remove-submit = Retirer par cette décision
oversight-send-card = Après chaque changement, enregistrez à nouveau le fichier de contact de la cellule (Cellules d'appui et contacts) et envoyez-le aux communautés : elles scellent les nouveaux cas pour les membres qu'il liste.
oversight-sealed-title = Paquets qui attendent un membre
oversight-log-empty = Personne n'a encore ouvert de cas : chaque ouverture sera écrite ici, signée par le membre qui l'ouvre.
oversight-sealed-none = Aucun paquet n'attend. Les paquets scellés pour les membres de la cellule attendent ici qu'un membre les ouvre.
oversight-sender-unknown = un expéditeur pas encore accepté
oversight-received-on = reçu le { $date }
oversight-opened-by = ouvert par { $name } le { $date }
oversight-not-opened = pas encore ouvert
oversight-open = Ouvrir en tant que membre
oversight-who = Qui l'ouvre
oversight-open-logged = L'ouverture est écrite dans le journal des accès avec votre nom et signée avec votre clé.
oversight-open-submit = Ouvrir
oversight-log = Journal des accès
oversight-log-verified = Le journal est vérifié : { $count ->
    [1] une ouverture
   *[other] { $count } ouvertures
}, chacune signée par le membre qui a ouvert le cas.
oversight-log-seq = N°
oversight-log-when = Quand
oversight-log-who = Qui
oversight-log-from = Communauté
package-kept-sealed = Le paquet de { $name } est scellé pour les membres de la cellule : il attend dans « Membres et journal des accès » qu'un membre de son groupe de travail l'ouvre.
case-working-group = Le groupe de travail de la cellule
case-working-group-all = Tous les membres de la cellule
case-working-group-hint = Seuls les membres de la cellule de ce groupe de travail peuvent ouvrir le cas.
contact-members = Les cas sont scellés pour { $count ->
    [1] son membre
   *[other] ses { $count } membres
}, pas pour la cellule : { $names }.

# Le décompte d'une pétition à partir de son fichier de signatures
desk-signatures-typed = Signatures, tapées
desk-tally-count = Les compter depuis un fichier…
desk-tally-again = Compter à nouveau depuis un fichier…
desk-tally-type = Taper le nombre
desk-tally-choose = Les signatures de la pétition (un fichier CSV)
desk-tally-hint = Un fichier CSV exporté de la plateforme de la pétition ou saisi à partir des feuilles papier : chaque personne compte une fois (la même adresse e-mail ou le même téléphone, ou le même nom à défaut). Le fichier est lu puis oublié : seuls les décomptes sont gardés.
desk-tally-from = { $count ->
    [1] Une signature comptée
   *[other] { $count } signatures comptées
} depuis { $file } le { $date } ({ $repeated }).
desk-tally-repeated = { $count ->
    [0] aucune ligne répétée
    [1] une ligne répétée écartée
   *[other] { $count } lignes répétées écartées
}
desk-profiles = Qui sont les défenseuses et défenseurs
trends-by-profile = Par profil des défenseuses et défenseurs
