# Tejido — error messages (English).
# Ids come in pairs: err-… says what went wrong, rec-… what the person can do.
# Keep the term -tejido as it is in every language.

-tejido = Tejido

## Opening a vault

err-vault-not-a-vault = The folder { $path } is not a { -tejido } vault.
rec-vault-not-a-vault = Choose the folder that contains the file vault.toml.
err-vault-missing = The folder { $path } is not there.
rec-vault-missing = It may have been moved or renamed, or it is on a USB stick that is not plugged in. Plug the stick in, or choose the folder again.
err-vault-too-new = This vault was saved by a newer version of { -tejido } (format { $format }).
rec-vault-too-new = Update { -tejido } on this computer, then open the vault again. Nothing was changed.
err-vault-damaged-header = The vault's description file (vault.toml) is damaged: { $detail }.
err-vault-in-use = This vault is already open in another { -tejido } window or program.
rec-vault-in-use = Close it there first, then try again.
err-vault-wrong-passphrase = That passphrase does not open this vault.
rec-vault-wrong-passphrase = Check the keyboard language and Caps Lock, and try again. If nobody remembers it, use the recovery key.
err-vault-wrong-recovery-key = That recovery key belongs to another vault.
err-vault-invalid-recovery-key = That is not a recovery key.
rec-vault-recovery-key = A recovery key starts with AGE-SECRET-KEY-1 and is about 70 characters long. Copy it from the paper exactly.
err-vault-excessive-work = A key file of this vault asks for far more computing work than { -tejido } ever uses (level { $required }, at most { $max }). It may have been tampered with.
err-vault-damaged-key-slot = The key file { $file } is missing or damaged.
err-vault-tampered-header = The vault's description file (vault.toml) does not match its keys. Someone may have changed it.
err-vault-no-usable-generation = None of the { $count } saved versions of this vault could be read safely.
rec-vault-get-help = Do not delete anything. Make a copy of the whole vault folder and ask someone you trust who knows { -tejido } for help.
err-vault-io = { -tejido } could not read { $path }: { $kind ->
        [not-found] the folder or file is not there (moved, renamed, or on a USB stick that was unplugged)
        [permission-denied] this computer account is not allowed to use it
        [already-exists] something with that name is already there
        [storage-full] the disk or USB stick is full
        [read-only] the disk or USB stick only allows reading
        [invalid-name] the name has characters or a length this disk does not allow
        [not-empty] a folder that should be empty still holds files
       *[other] the system refused (the disk or USB stick may be failing, or was removed)
    }.
err-vault-read-only-open = This vault was opened only for reading.

## Saving

err-save-disk-full = There is no space left on the disk to save ({ $path }). Your previous save is safe.
rec-save-disk-full = Free some space on the disk, then save again.
err-save-read-only = { -tejido } is not allowed to write to { $path }. Your previous save is safe.
rec-save-read-only = Check that the USB stick or disk is not locked or read-only, and that you may write to the folder.
err-save-io = Saving failed while writing { $path }: { $kind ->
        [not-found] the folder or file is not there (moved, renamed, or on a USB stick that was unplugged)
        [permission-denied] this computer account is not allowed to use it
        [already-exists] something with that name is already there
        [storage-full] the disk or USB stick is full
        [read-only] the disk or USB stick only allows reading
        [invalid-name] the name has characters or a length this disk does not allow
        [not-empty] a folder that should be empty still holds files
       *[other] the system refused (the disk or USB stick may be failing, or was removed)
    }. Your previous save is safe.
err-save-database = Saving failed inside the database: { $detail }. Your previous save is safe.
rec-save-retry = Try again. If it keeps failing, copy the vault folder somewhere safe.

## Creating a vault

err-create-not-empty = The folder { $path } already contains files.
rec-create-not-empty = Choose a new or empty folder for the vault.
err-create-io = The new vault could not be created in { $path }: { $kind ->
        [not-found] the folder or file is not there (moved, renamed, or on a USB stick that was unplugged)
        [permission-denied] this computer account is not allowed to use it
        [already-exists] something with that name is already there
        [storage-full] the disk or USB stick is full
        [read-only] the disk or USB stick only allows reading
        [invalid-name] the name has characters or a length this disk does not allow
        [not-empty] a folder that should be empty still holds files
       *[other] the system refused (the disk or USB stick may be failing, or was removed)
    }.
err-create-disk-full = There is no space left on the disk to create the vault ({ $path }).
err-create-read-only = { -tejido } is not allowed to write to { $path }, so the vault could not be created there.
rec-create-read-only = Choose a folder you may write to, for example in Documents, or check that the USB stick is not locked.
err-create-database = The new vault could not be prepared: { $detail }.
rec-create-retry = Choose another folder (for example in Documents), or check the disk, and try again.

## Passphrases and key slots

err-passphrase-too-short = A passphrase needs at least { $min } characters. Several words are easier to remember and harder to guess.
err-passphrase-mismatch = The two passphrases you typed are different.
err-slot-wrong-passphrase = No passphrase of this vault matches what you typed.
err-slot-last-passphrase = This is the only passphrase of the vault, so it cannot be removed.
rec-slot-last-passphrase = Add another passphrase first, then remove this one.
err-passphrase-too-weak = This passphrase would be too easy to guess: common words, names, dates, keyboard patterns and swapped letters are tried first.
rec-passphrase-too-weak = Use four or more ordinary words picked at random, unrelated to each other and to the community (not a saying or a song).
err-slot-wrong-secret = To confirm, type a passphrase or the paper recovery key of this vault; what you typed opens neither.
rec-slot-wrong-secret = This is asked before anything that hands out the vault's keys or its contents, so that a computer left unlocked is not enough.
err-slot-same-slot = A passphrase cannot confirm its own removal.
rec-slot-same-slot = Confirm with another passphrase or with the paper recovery key.
err-slot-unknown = That passphrase or key was already removed.
err-slot-no-recovery = This vault has neither a paper recovery key nor shares held by members: after a shred, or a duress passphrase, nobody could open it.
err-slot-passphrase-in-use = That passphrase already opens this vault. A duress passphrase must be one nobody uses to open it.
rec-slot-passphrase-in-use = Choose another passphrase for duress, one you can say without hesitating.
rec-slot-no-recovery = First make a new paper key or split the recovery into shares (Settings), then shred.
err-share-bounds = Choose between { $min } and { $max } members, and a number needed that is at least { $min } and no more than the members.
err-share-typo = Share number { $entry } in your list has a typing mistake, or is not a Tejido share.
rec-share-typo = Compare it with its card group by group; letters that look alike (such as 5 and s) are the usual mistake.
err-share-duplicate = Share { $number } was entered twice.
rec-share-more = Each share counts once: ask another holder for theirs.
err-share-other-vault = Share number { $entry } in your list belongs to another vault.
err-share-old-split = Share number { $entry } in your list is from an older set of shares of this vault; a newer set made it useless.
rec-share-other = Check the vault id on each card against the one on the others, and use only cards of the newest set.
err-share-no-split = This vault's recovery was never split into shares, or a re-key made the shares useless.
err-share-too-few = { $needed } shares are needed to open this vault; you entered { $given }.
err-share-file-passphrase = Share file number { $entry } in your list does not open with the passphrase typed for it.
rec-share-file-passphrase = Its holder types their own passphrase, the one they chose when the shares were made.

## Attachments

err-blob-missing = The attachment { $id } is missing from the vault folder.
err-blob-damaged = The attachment { $id } is damaged.
rec-blob-restore = Restore the vault folder from a backup if you have one.

## Editing

err-person-empty-pseudonym = Every person needs a pseudonym.
err-person-pseudonym-taken = Someone in the collective already has the pseudonym "{ $pseudonym }".
rec-person-pseudonym-taken = Choose another pseudonym, for example with a number or a place.
err-person-not-found = That person is not in the collective.
err-person-not-removed = Only a person removed from the collective can be forgotten. Remove them first.
err-collective-empty-name = The collective needs a name.
err-undo-nothing = There is nothing left to undo.
err-core-database = The database refused the change: { $detail }.
err-core-migrate = { -tejido } could not update this vault to the current version: { $detail }.

## State of a saved version

generation-incomplete = the save was interrupted before it finished
generation-not-authentic = it is damaged or was not written by this vault
generation-undecryptable = it cannot be decrypted
generation-not-a-database = it does not contain a sound database
generation-unreadable = it cannot be read ({ $reason })
generation-after-skipped = it only records changes to an earlier save that could not be used

## The desktop app

err-app-locked = The vault is locked.
rec-app-locked = Unlock it again to continue.
err-app-rollback-pending = Nothing from other laptops is applied while this vault is at an older saved version that nobody has accepted yet.
rec-app-rollback-pending = Read the warning on the home screen first (on the command line: tejido accept-rollback).
err-app-unknown-language = { -tejido } does not have that language yet.
err-pack-manifest = The language pack's pack.json cannot be read: { $reason }
rec-pack-manifest = It must give the language's code, its name in that language and the languages to fall back to, as the Portuguese pack that comes with { -tejido } does.
err-pack-code = “{ $code }” is not a language code.
rec-pack-code = Use the language's code, with its region if needed: quc, pt-BR, es-GT.
err-pack-built-in = { -tejido } already speaks “{ $code }”: a pack cannot replace a built-in language.
err-pack-name = The language pack's name is missing, too long, or holds markup.
err-pack-file = The language pack has no readable { $file }.
rec-pack-files = A language pack is a folder with pack.json, ui.ftl and errors.ftl.
err-pack-syntax = { $file } cannot be read at line { $line }: it is not written as Fluent messages.
rec-pack-fix-file = Correct the file (the English ui.ftl and errors.ftl show how each message is written) and add the pack again.
err-pack-markup = The message { $id } in { $file } (line { $line }) holds markup or a script: messages must be plain text.
err-pack-duplicate = The message { $id } is written twice in the language pack.
err-pack-fallback-unknown = The pack falls back to “{ $language }”, which is neither built in nor installed.
rec-pack-fallback = Install that language's pack first, or fall back to es, fr or en.
err-pack-fallback-cycle = The pack's fallback languages come back to “{ $language }” and would go round in circles.
err-pack-io = The language pack could not be read or saved ({ $path }): { $reason }
err-pack-not-installed = The language “{ $code }” is not installed.
err-pack-needed = Another language pack falls back to “{ $code }”.
rec-pack-needed = Remove that pack first, or change its fallback languages.

## Risk analysis records

err-record-empty-title = This needs a title (or a name) before it can be saved.
err-record-level = { $value } is not a level: levels go from 1 (very low) to 5 (very high).
err-record-unknown-category = This version of Tejido does not know the threat category “{ $category }”.
err-risk-not-rated = A risk needs a likelihood and an impact.
err-record-not-found = This record is no longer there.
rec-record-not-found = It may have just been removed: Undo brings it back.
err-app-file = The file { $path } could not be used: { $kind ->
        [not-found] the folder or file is not there (moved, renamed, or on a USB stick that was unplugged)
        [permission-denied] this computer account is not allowed to use it
        [already-exists] something with that name is already there
        [storage-full] the disk or USB stick is full
        [read-only] the disk or USB stick only allows reading
        [invalid-name] the name has characters or a length this disk does not allow
        [not-empty] a folder that should be empty still holds files
       *[other] the system refused (the disk or USB stick may be failing, or was removed)
    }.
rec-app-file = Check that it still exists and that you may open it, or choose another.
err-app-file-too-large = The file { $path } is larger than { $megabytes } MB, too large to keep in the vault.
err-relationship-self = A link needs two different people or actors.
err-alert-running = An alert is already running.
rec-alert-running = Stand it down first, or carry on with it.
err-alert-closed = This alert was stood down; its log is kept as it was.
err-alert-green = Green is no alert.
rec-alert-green = To go back to green, stand the running alert down.
err-alert-none = No alert is running.
rec-alert-none = Activate a level first (`tejido alert activate`, or “Activate an alert level” on the network screen).
err-app-not-an-image = { $path } is not a photo { -tejido } can show.
rec-app-not-an-image = Choose a PNG, JPEG or WebP photo of the map.
err-app-training-no-pair = No rehearsal is open.
rec-app-training-no-pair = Open one from the welcome screen: Rehearse a case (community and desk).
err-app-training-wrong-side = That belongs to the other side of the rehearsal.
rec-app-training-wrong-side = Switch sides at the top of the screen, then try again.
err-app-training-nothing-waiting = No package waits for this side of the rehearsal.
err-redo-nothing = There is nothing to redo.
err-protocol-started = This protocol has already been started from the template.
err-protocol-version-frozen = An agreed version is part of the protocol's history and cannot be removed.
rec-protocol-version-frozen = To change the protocol, edit the draft and agree a new version.
err-protocol-version-not-agreed = A version is frozen only when the assembly agrees it.
err-protocol-nothing-to-freeze = Nothing has changed since the last agreed version.
rec-protocol-nothing-to-freeze = Edit the draft first; the new version will keep those changes.
err-app-window = The projector window could not be opened: { $detail }.
err-package-unreadable = This is not a case package or contact file Tejido can read: { $detail }.
err-package-tampered = This package was changed after it was signed. Do not trust it.
rec-package-tampered = Ask the sender to send it again by another way, and tell them this copy was altered.
err-package-unknown-sender = This package comes from a sender this vault does not know. Their fingerprint is { $fingerprint }.
rec-package-unknown-sender = Call the sender and read the fingerprint aloud together. Accept it only if it matches.
err-package-not-for-us = This package was sealed for someone else, not for this vault.
err-package-too-new = This package was made by a newer Tejido (format { $format }).
err-desk-no-signatory = A letter can only be sent over the names of organisations that agreed to sign it.
rec-desk-no-signatory = Tick the organisations that said yes, or keep the letter as a draft until one does.
err-desk-beyond-consent = This text names someone beyond what they agreed to. It cannot be printed, copied or saved until it is fixed.
rec-desk-beyond-consent = Edit the text as the warning beside it says, save it, and try again.
err-desk-unknown-case = This status report is about a case this vault does not have.
rec-desk-unknown-case = It may have been removed: use Undo, or ask the desk which case it is about.
err-desk-no-reply-address = This case arrived without an address to answer it; a status report cannot be sealed for that community.
err-desk-unknown-consent-case = This consent update is about a case this desk has not received from that community.
err-case-not-sent = This case has not been sent to a desk that is still among your contacts: there is no desk to tell.
err-desk-not-from-case-desk = This status report comes from a contact this case was never sent to. It was not added.
err-sync-folder = The sync folder { $path } could not be read or written: { $detail }
rec-sync-folder = Check that the USB stick is plugged in and not full or read-only, then try again.
err-sync-not-started = This vault is not shared with other laptops yet.
err-sync-bad-invitation = This invitation cannot be opened with that code.
rec-sync-bad-invitation = Check the code with the person who made the invitation (letters and digits, dashes do not matter) and that you chose the right file.
err-sync-invitation-expired = This invitation has expired: an invitation can be used for seven days.
rec-sync-invitation-expired = Ask the other laptop to remove the laptop it invited and make a new invitation.
err-sync-wrong-join-code = No laptop waiting to join shows this code.
rec-sync-wrong-join-code = Ask the person at the new laptop to read you the code it shows again, and check that its file has reached this laptop (copy with the stick, or apply what has arrived). A laptop made from a copy of the invitation shows another code: never type a code someone sends you.
err-sync-remove-self = A laptop cannot remove itself from the group; do it from another laptop of the group.
err-sync-conflict-not-found = This conflict was already settled.
err-sync-lan = Sync over the local network could not start: { $detail }
rec-sync-lan = Check that Syncthing is installed and that the addresses are written as 192.168.1.20:22000; copying with a USB stick always works.

## README.txt inside a case package: how to check and open it without Tejido (commands stay as typed)
package-readme = A case package made with Tejido.

    Sender fingerprint (compare it aloud with the sender): { $fingerprint }

    Check who sent it, without opening it, against the signing key of the sender's contact
    file you already have (the "signingKey" line), never against { $sender } alone, which
    whoever made this file chose:
      minisign -Vm { $sealed } -P <signingKey from the contact file>
    Open it with the desk's age identity:
      age -d -i desk-identity.txt -o case.json { $sealed }

    Better: import the whole .tar in Tejido, which does both and refuses unknown senders.

# Advisory Group oversight at a desk
err-desk-membership-not-agreed = A desk member is added or removed only by an Advisory Group decision that agrees it.
err-desk-member-passphrase = That is not this member's passphrase. Each member types their own.
err-desk-member-removed = This member was removed from the desk by the Advisory Group: they can no longer open cases.
err-desk-no-member-in-group = { $desk } lists no member in the working group “{ $group }”.
rec-desk-no-member-in-group = Choose another working group, or none (every member of the desk), or ask the desk for its newest contact file.
err-region-unknown = “{ $value }” is not a country or region on the list.
rec-region-unknown = Choose the country, then its department, state or province if you know it, from the list; words such as a village or a road go in the summary.
err-signatures-unreadable = This file could not be counted as signatures: { $detail }.
rec-signatures-unreadable = Export the signatures as a CSV file (one row per signature, the column titles in the first row), or save the spreadsheet "as CSV", and choose that file.
