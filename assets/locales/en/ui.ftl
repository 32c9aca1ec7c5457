# Tejido — the desktop app (English). Words follow ../shared/GLOSSARY.md.

## Common

common-back = Back
common-browse = Browse…
common-cancel = Cancel
common-continue = Continue
common-edit = Edit
common-loading = Opening { -tejido }…
common-remove = Remove
common-save = Save
common-undo = Undo
common-unexpected-error = Something unexpected went wrong. Your last save is safe. Try again.

## Welcome

welcome-title = Welcome to { -tejido }
welcome-intro = { -tejido } keeps your collective's protection work in a vault: a folder that locks with a passphrase. Nothing leaves this computer unless you export it.
welcome-create = Create a new vault
welcome-open = Open an existing vault
welcome-demo = Open the demo community
welcome-recent = Recently opened vaults

## Create a vault

create-title = Create a vault
create-name = Name of the collective
create-folder = Vault folder
create-folder-hint = A new, empty folder, for example on an encrypted USB stick.
create-passphrase = Passphrase
create-passphrase-hint = Several words that only you and your collective know. It cannot be recovered if everyone forgets it; only the recovery key can open the vault then.
create-confirm = Type the passphrase again
create-mismatch = The two passphrases are different.
create-progress = Creating the vault…
create-submit = Create the vault
strength-label = Passphrase strength
strength-too-short = Too short: at least { $min } characters.
strength-0 = Very weak: guessed at once.
strength-1 = Weak: easy to guess.
strength-2 = Fair: add another word.
strength-3 = Strong.
strength-4 = Very strong.

## Recovery key

recovery-title = Your recovery key
recovery-warning = Write this key on paper now. It is shown only this once. Anyone who has it can open the vault.
recovery-keep = Keep the paper somewhere safe, away from this computer. If every passphrase is forgotten, this key is the only way back in.
recovery-print = Print
recovery-written = I have written it down
recover-key = Recovery key
recover-key-hint = It starts with AGE-SECRET-KEY-1. Spaces and small letters do not matter.
recover-new-passphrase = New passphrase
recover-submit = Open with the recovery key

## Unlock

unlock-title = Unlock the vault
unlock-folder = Vault folder
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-progress = Checking the passphrase… this takes a second.
unlock-use-recovery = I don't know the passphrase: use the recovery key
unlock-use-passphrase = Use a passphrase instead
unlock-other-vault = Another vault…
unlock-auto-locked = The vault was locked after { $minutes } minutes without activity.

## Home

home-collective = Collective
home-lock = Lock
home-lock-shortcut = Lock the vault (Ctrl+L)
home-settings = Settings
home-undo-shortcut = Undo the last change (Ctrl+Z)
home-undone = The last change was undone.
home-demo-banner = This is the demo community: every person and place in it is invented. Its passphrase is "{ $passphrase }". To start your own, lock it and create a new vault.
home-attention = Needs attention
home-members = Members
home-members-count = { $count ->
    [0] No members yet
    [one] One member
   *[other] { $count } members
}
home-actions = Actions
attention-unsaved-changes = The last change could not be saved yet. It will be saved with the next one; keep { -tejido } open.
attention-opened-older-generation = The newest saved version ({ $newest }) could not be read safely, so saved version { $generation } was opened. The most recent changes may be missing.
attention-rollback = This computer has seen saved version { $seen } of this vault, but the folder holds only version { $opened }. It may be an old copy.
attention-no-people = The collective has no members yet. Add the people whose safety the collective looks after.

## People

person-add = Add a person
person-form-title = Person
person-pseudonym = Pseudonym
person-pseudonym-hint = Shown on the projector, in print and in exports.
person-real-name = Real name (optional)
person-role = Role
person-sensitivity = Sensitivity
person-household = Household
person-sector = Sector or hamlet
person-notes = Notes
person-edit-named = Edit { $pseudonym }
person-remove-named = Remove { $pseudonym }
home-person-added = Added { $pseudonym }.
home-person-updated = Saved { $pseudonym }.
home-person-removed = Removed { $pseudonym }.
sensitivity-public = public
sensitivity-community = community
sensitivity-restricted = restricted

## Settings

settings-title = Settings
settings-general = General
settings-language = Language
settings-autolock = Lock the vault after inactivity
settings-autolock-never = Never
settings-autolock-minutes = After { $minutes } minutes
settings-passphrases = Passphrases
settings-passphrase-count = { $count ->
    [one] This vault opens with one passphrase (and the recovery key).
   *[other] This vault opens with { $count } passphrases (and the recovery key).
}
settings-passphrase-add = Add a passphrase
settings-passphrase-added = The new passphrase was added.
settings-passphrase-change = Change a passphrase
settings-passphrase-changed = The passphrase was changed. The old one no longer opens the vault.
settings-passphrase-old = Current passphrase
settings-passphrase-remove = Remove a passphrase
settings-passphrase-removed = That passphrase was removed.
settings-passphrase-which = The passphrase to remove
settings-vault = The vault
settings-location = The vault is this folder. Everything in it is encrypted.
settings-backup = Make a backup
settings-backup-destination = Backup folder (for example a USB stick)
settings-backup-done = Copied and checked { $files } files ({ $size } KB) to { $path }.
