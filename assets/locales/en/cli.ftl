# Tejido — the command line (English).

## Prompts

prompt-passphrase = Passphrase:
prompt-new-passphrase = New passphrase:
prompt-passphrase-again = Type the new passphrase again:
prompt-old-passphrase = Current passphrase:
prompt-passphrase-to-remove = Passphrase to remove:
prompt-recovery-key = Recovery key:

## Results

vault-created = Created the vault in { $path }.
demo-created = Created the demo vault in { $path } with { $count } people. Every name and place in it is invented.
bench-network-vault-created = { $count ->
    [one] Created { $path } to measure the network map: one person, links: { $links }. Every name in it is invented; its recovery key was not kept.
   *[other] Created { $path } to measure the network map: { $count } people, links: { $links }. Every name in it is invented; its recovery key was not kept.
}
recovery-key-heading = RECOVERY KEY — write it down on paper now. It is shown only this once:
recovery-key-warning = Anyone with this key can open the vault. Keep the paper somewhere safe, away from this computer. If every passphrase is forgotten, it is the only way back in.
person-added = Added { $pseudonym }.
person-removed = Removed { $pseudonym }. Use "tejido undo" to bring them back.
person-forgotten = Forgot { $pseudonym } for good: the record, its history and every older save of this vault. Other laptops, backups and packages made before still hold what they held.
people-none = No people yet.
people-count = { $count ->
    [one] One person.
   *[other] { $count } people.
}
undone = Undone: { $label }.
cli-alert-activated = Alert level { $level } activated. { $count ->
    [one] One person to reach, in the chain's order: see `tejido alert list`.
   *[other] { $count } people to reach, in the chain's order: see `tejido alert list`.
}
cli-alert-marked = Logged { $pseudonym }. { $count ->
    [one] One person still to reach.
   *[other] { $count } people still to reach.
}
cli-alert-stood-down = Stood down from { $level }: back to green.
cli-alert-contact-saved = Saved how to reach { $pseudonym } (restricted: never projected or exported).
passphrase-added = Added the new passphrase. The other passphrases still work.
prompt-duress-passphrase = Duress passphrase (say it only under threat):
cli-duress-added = Added the duress passphrase. Typed at unlock, it opens a decoy and silently shreds every other passphrase on this laptop; the real data then opens only with the paper key or the shares. Keep the paper key away from this laptop.
passphrase-removed = Removed that passphrase.
passphrase-changed = Changed the passphrase. The old one no longer opens the vault.
recovered = Opened with the recovery key and added the new passphrase.
slot-line = { $id }  { $kind }, added { $date }
slot-line-weak = { $id }  { $kind }, added { $date } — sealed with less protection than { -tejido } uses today: change this passphrase
slot-removed-rekey = Removed that key. Anyone who kept a copy of its file can still open the vault with it: run `tejido rekey { $dir }` to shut them out.
rekeyed = The vault has a new key: everything was sealed again, and only the passphrase kept here opens it. Old key files, other passphrases and the old recovery key open nothing saved from now on.

## Labels

action-create = added
action-update = changed
action-delete = removed
action-undo = undone
slot-passphrase = passphrase
slot-recovery = recovery key
slot-shares = shares held by members

## Check

check-generation-ok = Saved version { $generation }: fine.
check-generation-bad = Saved version { $generation }: { $problem }.
check-slot-ok = Key ({ $kind }, { $file }): fine.
check-slot-bad = Key ({ $kind }, { $file }): { $problem }.
check-no-recovery-slot = This vault has no recovery key.
check-healthy = Everything is in order.
slot-problem-missing = the file is missing
slot-problem-unrecognised = the file is not a key file { -tejido } wrote
slot-problem-excessive-work = it asks for too much computing work
slot-problem-wrong-identity = it holds another vault's key

## Warnings

warn-generation-skipped = Saved version { $generation } could not be used: { $problem }.
warn-opened-older-generation = The vault was opened at saved version { $generation }. The most recent changes may be missing.
warn-rollback = This vault opened at saved version { $opened }, but saved version { $seen } existed: newer saves were deleted or an older copy was put in its place, which can undo recent changes such as removing a lost laptop. If you did not restore a backup, keep the folder as it is and tell your group.
warn-rollback-acknowledge = This warning is repeated until you accept the state the vault opened at with: tejido accept-rollback DIR
cli-rollback-accepted = Accepted: the vault is saved as version { $generation } and the warning will not be shown again.

## Errors of the command line

err-cli-no-input = No passphrase was given.
rec-cli-no-input = Type it when asked, or give it on the first line of standard input.
err-cli-bad-sensitivity = "{ $value }" is not a sensitivity level: use public, community or restricted.
err-cli-check-failed = The check found { $count ->
    [one] one problem
   *[other] { $count } problems
}.
err-cli-bench = The benchmark could not run: { $detail }.
err-cli-bug = Something went wrong inside Tejido. This is a bug, not your mistake; your last save is safe.
err-cli-export = The export could not be written: { $detail }.
risk-exported = Risk register exported: { $count ->
        [one] one risk
       *[other] { $count } risks
    }, { $omitted } restricted records left out.
risk-export-plaintext = This export is not encrypted. Keep it as carefully as the vault and delete it when it is no longer needed.
cli-incident-letters = { $count ->
        [0] No letter to suggest for this incident.
        [one] One letter suggested to a public institution. Edit it before sending: the community signs it, never one person.
       *[other] { $count } letters suggested to public institutions. Edit them before sending: the community signs them, never one person.
    }
cli-incident-letters-withheld = This incident is restricted: its title, description, place and people were left out of the letters.
cli-trends-none = No case has been received at this desk yet.
cli-trends-summary = { $count ->
        [one] One case
       *[other] { $count } cases
    } received, { $first } to { $last }.
cli-trends-not-set = (not set)
cli-trends-by-month = By threat category and month (total, then each month):
cli-trends-by-country = By country:
cli-trends-by-region = By region:
cli-trends-by-working-group = By working group:
cli-trends-by-profile = By defender profile:
cli-trends-by-perpetrator-kind = By kind of alleged perpetrator:
cli-trends-by-perpetrator = By company or authority named:
cli-cases-exported = Cases exported: { $count ->
        [one] one case
       *[other] { $count } cases
    }, without names or pseudonyms.
cli-cases-export-plaintext = This export is not encrypted. It names no one, but it says which communities asked for help and when: keep it as carefully as the vault.
prompt-invitation-code = Code of the invitation (read aloud by the person who made it):
cli-sync-started = This vault is now shared; this laptop is "{ $name }" in the group.
cli-sync-invited = Invitation written to { $path }. Code to read aloud: { $code } — once it has joined, the new laptop shows a short code of its own: have it read to you and type it (tejido sync confirm)
cli-sync-joined = Vault made in { $path } from the invitation. Read this code to the person at the laptop that invited you; they confirm it there (tejido sync confirm): { $code }
cli-sync-confirmed = { $laptop } is part of the group now.
sync-awaiting-cli = waits for its code: tejido sync confirm DIR --code CODE
err-cli-bad-choice = "{ $value }" is not a choice: use mine or theirs.
keys-shredded = This laptop's keys are shredded: { $count } passphrase slots and the Syncthing key were overwritten and removed. Only the paper recovery key or enough members' shares open the vault now (tejido recover, tejido recover-shares).
prompt-share = Share (one, as printed):
shares-heading = SHARES of vault { $id }: any { $threshold } of these { $total } open it. Give each to a different member, ideally from different groups. They are shown only this once:
shares-warning = One share alone opens nothing; { $threshold } together open everything. Earlier shares of this vault no longer work. To use them: tejido recover-shares.
recovered-shares = Opened with the members' shares and added the new passphrase.
cli-contact-saved = Contact file written to { $path }. Read its fingerprint aloud to whoever receives it: { $fingerprint }
cli-contact-added = { $name } ({ $role }) is a contact now.
cli-contact-own = This vault's fingerprint: { $fingerprint }
cli-contact-none = No contacts yet.
cli-contact-role-desk = desk
cli-contact-role-community = community
err-cli-fingerprint-missing = This contact file's fingerprint is { $fingerprint }. It was not accepted: call the desk or community, read the fingerprint aloud together, and run again with --fingerprint "{ $fingerprint }" only if it matches.
err-cli-fingerprint-differs = The fingerprint typed ({ $typed }) is not this contact file's ({ $fingerprint }). It was not accepted: the file may have been changed on its way. Ask for the file again by another route.
err-cli-bad-consent = "{ $value }" is not a use a person can agree to: use desk, state, public or photos, separated by commas (for example Garza=desk,state).
err-cli-bad-request = "{ $value }" is not a request: use letter, petition, media, un-mechanism, regional-mechanism, relocation, funds, accompaniment, legal-support, medical-support, psychosocial-support or emergency-grant.
err-cli-no-such-name = Nothing here goes by "{ $name }".
rec-cli-no-such-name = List them with tejido case list or tejido contact list, and type the name as shown.
cli-case-saved = Case "{ $title }" saved ({ $id }). { $count ->
        [0] Nobody in it agreed yet to share their situation with a desk: record each person's consent before sending it.
        [one] One person in it agreed to share their situation with a desk.
       *[other] { $count } people in it agreed to share their situation with a desk.
    }
cli-case-none = No cases yet.
cli-case-sent = Package of "{ $title }" sealed and signed for { $count ->
        [one] one desk
       *[other] { $count } desks
    }, written to { $path }. Carry it by USB stick, Signal or email: only those desks can open it.
cli-case-accept-how = If this fingerprint matches the one the sender reads you aloud, run again with --accept "{ $fingerprint }".
cli-case-received = Case "{ $title }" from { $collective } received and kept (sender's fingerprint { $fingerprint }).
cli-case-received-again = Case "{ $title }" from { $collective } was already here; nothing changed.
cli-case-consent-applied = The consent of the people in "{ $title }" changed: check every text that names them.
cli-case-consent-unchanged = The consent update on "{ $title }" changes nothing here.
cli-case-status = Status report from { $desk } on "{ $title }":
cli-case-status-again = The status report from { $desk } on "{ $title }" was already here.
cli-case-replied = Status report on "{ $title }" sealed for its community, written to { $path }.
cli-case-list-own = This community's cases (id, title, last sent):
cli-case-list-received = Cases received (id, title, community, received on):

# A desk's members and access log
prompt-member-passphrase = The member's own passphrase:
cli-case-kept-sealed = The package is sealed to the desk's members, not to the desk: kept sealed ({ $sha }). A member of its working group opens it with --member NAME.
cli-desk-member-added = { $name } is a member of the desk (fingerprint { $fingerprint }). Save the desk's contact file again and send it to the communities.
cli-desk-member-removed = { $name } was removed from the desk and opens no later case. Save the desk's contact file again and send it to the communities.
cli-desk-removed = removed
cli-desk-log-verified = The access log verifies: { $count ->
    [one] one opening
   *[other] { $count } openings
}, each signed by the member who opened the case.
cli-signatures-counted = { $count ->
    [one] One person signed
   *[other] { $count } people signed
} ({ $repeated }).
