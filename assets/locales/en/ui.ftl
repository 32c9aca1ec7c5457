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
welcome-desk-demo = Open the demo desk
welcome-desk-demo-hint = A solidarity network's desk with invented cases, one at every stage: new, triaged, letters collecting signatures, submissions sent, outcomes, closed.
welcome-recent = Recently opened vaults
welcome-recent-hint = This list is kept on this computer, outside any vault: whoever uses it can read these folder names.
welcome-recent-forget = Clear this list

## Create a vault

create-title = Create a vault
create-name = Name of the collective
create-folder = Vault folder
create-folder-hint = A new, empty folder, for example on an encrypted USB stick. Browse makes one with a neutral name (Tejido.tejido): a folder name can tell whose it is.
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
unlock-locked-sleep = The vault was locked because the computer went to sleep.
unlock-locked-screen = The vault was locked because the screen was locked.

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
attention-rollback = This vault opened at saved version { $opened }, but saved version { $seen } existed: newer saves were deleted or an older copy was put in its place, which can undo recent changes such as removing a lost laptop. If you did not restore a backup, keep the folder as it is and tell your group.
home-rollback-acknowledge = I understand: continue from this version
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
removed-title = Removed people still kept in this vault's history ({ $count })
removed-hint = Removing someone can be undone, so their details stay in the vault's history. Forgetting erases them for good: the record, its history, the older saves, and photos of their incidents that were taken off earlier. The other laptops that share this vault forget them too when they next sync. It does not reach backups, invitations or packages made before, or notes and texts that name them elsewhere.
removed-forget = Forget for good…
removed-confirm = Forget { $pseudonym } for good? This cannot be undone.
removed-confirm-yes = Forget for good
removed-forgotten = { $pseudonym } was forgotten. Only the newest save of the vault is kept.
sensitivity-public = public
sensitivity-community = community
sensitivity-restricted = restricted

## Settings

settings-title = Settings
settings-general = General
settings-language = Language
settings-packs = Language packs
settings-packs-hint = Add your community's language: a folder with pack.json, ui.ftl and errors.ftl. What it does not translate is shown in its fallback languages.
settings-pack-add = Add a language pack
settings-pack-choose = Choose the pack.json of the language pack
settings-pack-install = Install
settings-pack-bundled = Comes with this app, ready to install.
settings-pack-added = { $name } was added: choose it under Language.
settings-pack-removed = The language pack was removed.
settings-pack-translated = { $translated } of { $total } messages translated
settings-pack-chain = Messages it lacks are shown in: { $languages }
settings-pack-missing = { $count ->
    [one] { $count } message is missing
   *[other] { $count } messages are missing
}
settings-pack-problems = { $count ->
    [one] { $count } message uses other variables than English and is not used
   *[other] { $count } messages use other variables than English and are not used
}
settings-pack-problem-missing = { $id } leaves out { $variables }
settings-pack-problem-extra = { $id } uses { $variables }, which is never sent
settings-autolock = Lock the vault after inactivity
settings-autolock-never = Never
settings-autolock-minutes = After { $minutes } minutes
settings-text-size = Text size
settings-text-size-percent = { $percent }%
settings-text-size-hint = On any screen, Ctrl and + makes the text larger, Ctrl and − smaller, Ctrl and 0 the usual size. This computer remembers it.
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
confirm-secret = Your passphrase, or the paper recovery key
confirm-secret-hint = Asked again here so that a computer left unlocked is not enough to hand out the vault.
confirm-secret-export-hint = The copy you are saving is not encrypted. Type your passphrase again to confirm.
confirm-secret-submit = Confirm
strength-too-weak = Too easy to guess: it will be refused. Add words that have nothing to do with each other.
settings-slots = Ways into the vault
settings-slot-passphrase = Passphrase, added { $date }
settings-slot-recovery = Paper recovery key, made { $date }
settings-slot-weak = Sealed with less protection than { -tejido } uses today. Change this passphrase to seal it again at full strength.
settings-slots-weak = { $count ->
    [one] One passphrase is sealed with less protection than { -tejido } uses today. Change it in Settings to seal it again.
   *[other] { $count } passphrases are sealed with less protection than { -tejido } uses today. Change them in Settings to seal them again.
}
settings-slot-remove-confirm = To remove it, confirm with another passphrase or the paper recovery key
settings-slot-removed = Removed. Someone who kept a copy of its key file can still open the vault with it: re-key the vault below to shut it out.
settings-recovery-new = Make a new paper recovery key
settings-recovery-new-hint = The old paper key stops working at once. The new one is shown only once.
settings-rekey = Re-key the vault
settings-rekey-why = Do this when a passphrase leaked or was removed, or when a laptop, a stick or a backup was lost. Everything is sealed again with a new key, so no old passphrase, old key file or old paper key opens anything saved from now on. Backups made before still open as they did: destroy them or make new ones.
settings-rekey-keeps = Only one passphrase stays: the one you confirm with, or the new one if you type one. Every other passphrase stops working, and you get a new paper key.
settings-rekey-new = New passphrase (needed if you confirm with the paper key or if yours leaked)
settings-rekey-submit = Re-key now
settings-rekey-done = The vault was re-keyed. Write down the new paper key.
sync-invite-confirm-hint = An invitation carries the whole vault, so your passphrase is asked again.

## Risk analysis

common-open = Open
common-close = Close
home-risks = Risk analysis
attention-overdue-measures = { $count ->
        [one] One protection measure is past its due date.
       *[other] { $count } protection measures are past their due date.
    }
attention-risks-without-measure = { $count ->
        [one] One risk has no protection measure yet.
       *[other] { $count } risks have no protection measure yet.
    }
attention-risk-review-due = The risk analysis was due for review on { $date }. Review it together and mark it reviewed.
attention-risks-review-due = { $count ->
        [one] One risk is due to be looked at again (the graver a risk, the sooner: critical every month, high every two, medium every three, low every six).
       *[other] { $count } risks are due to be looked at again (the graver a risk, the sooner: critical every month, high every two, medium every three, low every six).
    }
risk-review-next = Next review of this risk: { $date }
risk-review-overdue = This risk was due to be looked at again on { $date }: reassess it with the group.
carriers-title = Who carries which risk
carriers-hint = Per group and per person, gravest first: from the incidents each risk rests on (through its threat assessment) and from whom a risk names as threatened.
carriers-none = No risk is tied to a person yet: build risks on threat assessments of incidents that name who was affected, or name who is threatened.
carriers-groups = By group
carriers-people = By person
carriers-members = { $count ->
        [one] one member
       *[other] { $count } members
    }
carriers-group-none = No risk tied to its members.

risks-title = Risk analysis
risks-back = Back to the collective
risks-print = Print the register
risks-sections = Parts of the risk analysis
risks-section-overview = Overview
risks-section-context = Context
risks-section-actors = Actors
risks-section-incidents = Incidents
risks-section-threats = Threat assessment
risks-section-risks = Risks
risks-section-plan = Protection plan
risks-section-indicators = Early warning
risks-intro-overview = Each risk sits in the cell of its latest rating: likelihood up, impact across. Start with the risks in the top right.
risks-intro-context = What is happening around the collective: political, economic, social, legal and territorial. Date each note: the context changes.
risks-intro-actors = Who can affect the collective, for or against it, and how much. Name institutions and groups, not individual people.
risks-intro-incidents = Every security incident, even a small one. Every threat is an incident, but not every incident is a threat.
risks-intro-threats = Take a few incidents together and work through five steps: the facts, the pattern, the objective, the source, and a conclusion.
risks-intro-risks = A risk is a threat to someone or something. It rises with the threat and with vulnerabilities (what exposes people to it) and falls with capacities (what protects them).
risks-intro-plan = What the collective will do, who is responsible and by when. Each measure answers one or more risks.
risks-intro-indicators = Signs that a risk is rising, and the alert level each one sets off.
risks-without-measure = { $count ->
        [0] Every risk has at least one measure.
        [one] One risk has no measure yet.
       *[other] { $count } risks have no measure yet.
    }
measures-overdue = { $count ->
        [0] No measure is overdue.
        [one] One measure is overdue.
       *[other] { $count } measures are overdue.
    }
review-due = The review was due on { $date }.
review-next = Next review: { $date }.
review-overdue = The review was due on { $date }: it is overdue. Review the risks together.
review-none = The review date is set when the first risk is rated.
review-mark = Mark reviewed today
risk-review-marked = Reviewed today; the next review is in six months.
risks-none = No risk has been identified yet. Start with what has happened: write each incident under Incidents, even a small one; the risks come from them.
risks-add-first = Identify the first risk
risks-empty = Nothing here yet.
risk-add = Add { $kind }
risk-kind-context-note = a context note
risk-kind-actor = an actor
risk-kind-incident = an incident
risk-kind-threat-assessment = a threat assessment
risk-kind-risk = a risk
risk-kind-measure = a measure
risk-kind-indicator = an indicator
risk-added = Added: { $title }.
risk-updated = Saved: { $title }.
risk-removed = Removed: { $title }.
risk-reassessed = Reassessment saved. The earlier ratings stay in the history.
risk-form-new = New: { $kind }
risk-form-edit = Edit { $kind }
risk-form-required = Fill in “{ $field }” first.
risk-form-none-yet = None recorded yet.
risk-form-not-known = Not known
incident-attach = Attach a file
incident-attach-title = Choose a photo or document to keep with this incident
incident-attached = File sealed into the vault. The original is still where it was: delete it if it should not stay on this computer.
incident-detached = Attachment removed.
incident-save-copy = Save a copy
incident-save-copy-title = Where should the copy go? It will not be encrypted.
incident-copy-saved = Copy saved to { $path }. It is not encrypted.
incident-letters-open = Letters to institutions
incident-letters-title = Letters to public institutions: { $title }
incident-letters-hint = We do not talk with companies: we demand that public institutions do their duty. One letter per institution responsible for acting on this incident, signed by the community, never by one person. People are named only as they agreed; read and edit each letter before it leaves.
incident-letters-addressees = Institutions
incident-letters-withheld = This incident is restricted: its title, description, place and people were left out. Add only what the community chooses to tell.
incident-letters-none = No institution to suggest for this incident.
incident-letter-title = Title
incident-letter-text = Letter
incident-letter-copy = Copy as text
incident-letter-copied = Letter copied. Paste it into an email or a web form.
incident-letter-keep = Keep it in the protection plan
incident-letter-keep-hint = As a measure to send, with who sends it and by when; or as sent, with the day it left (the incident then records to whom it was reported).
incident-letter-due = Send by
incident-letter-add-measure = Add as a measure
incident-letter-sent-on = Sent on
incident-letter-record-sent = Record as sent
incident-letter-recorded = Letter added to the plan as a measure.
incident-letter-recorded-sent = Letter recorded as sent, in the plan and on the incident.
incident-letter-owner-missing = Choose who will send the letter, or the day it was sent.
incident-letter-text-missing = The letter is empty.
incident-letter-sent-on-missing = Choose the day the letter was sent.

field-sensitivity = Who may see it
field-dimension = Dimension
field-noted-on = Date
field-context-text = What is happening
field-name = Name
field-kind = Kind
field-stance = Stance
field-influence = Influence
field-interests = Interests
field-capabilities = Means
field-capabilities-hint = Money, weapons, lawyers, media, contacts…
field-notes = Notes
field-incident-title = What happened
field-occurred-on = When
field-place = Where
field-category = Kind of threat
field-description = Details
field-affected-people = People affected
field-affected-groups = Groups affected
field-whole-collective = Aimed at the whole collective
field-perpetrator-actor = Who did it (from the actors)
field-perpetrator = Who did it, in words
field-reported-to = Reported to
field-threat-title = The threat, in one line
field-assessed-on = Assessed on
field-incidents = Incidents it is built from
field-facts = 1. Facts
field-facts-hint = What happened, exactly, with no interpretation.
field-pattern = 2. Pattern
field-pattern-hint = Is it repeating or growing? Did it follow something the collective did?
field-objective = 3. Objective
field-objective-hint = What does the threat seem to want?
field-source = 4. Source
field-source-hint = Who is behind it? Who gains?
field-conclusion = 5. Conclusion
field-conclusion-hint = Can they carry it out? What is likely to happen next?
field-risk-title = Risk scenario
field-threatened = Who or what is threatened
field-likelihood = Likelihood
field-impact = Impact
field-threat-assessment = Threat assessment it rests on
field-vulnerabilities = Vulnerabilities
field-vulnerabilities-hint = One per line: what exposes people to this threat (not a weakness of character).
field-capacities = Capacities
field-capacities-hint = One per line: what protects the collective against this threat.
field-measure-title = Measure
field-strategy = Strategy
field-timing = Prevention or response
field-owners = Responsible
field-resources = Resources needed
field-due-on = Due date
field-status = Status
field-risks = Risks it answers
field-risk = Risk
field-signal = The sign to watch for
field-alert-level = Alert level it sets off

dimension-political = Political
dimension-economic = Economic
dimension-social = Social
dimension-legal = Legal
dimension-territorial = Territorial
actor-kind-company = Company
actor-kind-state-body = State body
actor-kind-security-forces = Security forces
actor-kind-armed-group = Armed group
actor-kind-community-body = Community body
actor-kind-ally-organisation = Ally organisation
actor-kind-media = Media
actor-kind-international-mechanism = International mechanism
actor-kind-other = Other
stance-ally = Ally
stance-neutral = Neutral
stance-adversary = Adversary
strategy-acceptance = Acceptance
strategy-deterrence = Deterrence
strategy-protection = Protection
timing-prevention = Prevention
timing-response = Response
status-to-do = To do
status-in-progress = In progress
status-done = Done
alert-level-green = Green · normal
alert-level-yellow = Yellow · attention
alert-level-orange = Orange · alert
alert-level-red = Red · emergency
level-likelihood-1 = very low
level-likelihood-2 = low
level-likelihood-3 = medium
level-likelihood-4 = high
level-likelihood-5 = very high
level-impact-1 = very low
level-impact-2 = low
level-impact-3 = medium
level-impact-4 = high
level-impact-5 = very high
level-influence-1 = very low
level-influence-2 = low
level-influence-3 = medium
level-influence-4 = high
level-influence-5 = very high
band-low = Low
band-medium = Medium
band-high = High
band-critical = Critical
trend-new = first rating
trend-rising = rising
trend-steady = unchanged
trend-falling = falling
risk-matrix-title = Risk matrix
risk-matrix-cell = Likelihood { $likelihood }, impact { $impact }: { $band }, { $count } risks
risk-matrix-caption = Likelihood (up) and impact (across) are shown side by side; the colour only says which risks to act on first.
actor-chart-title = Actors by stance and influence
risk-rated = likelihood { $likelihood }, impact { $impact }
risk-threat = Threat
risk-none-listed = None listed yet.
risk-history = Ratings over time
risk-history-date = Date
risk-history-note = What changed
risk-reassess = Reassess this risk
risk-reassess-note = What changed since the last rating
risk-reassess-save = Save the reassessment
risk-measures = Measures that answer it
risk-no-measure = No measure answers this risk yet.
risk-indicators = Early-warning signs
summary-influence = influence { $level }
summary-incidents = { $count ->
        [one] one incident
       *[other] { $count } incidents
    }
summary-due = due { $date }
summary-answers = answers: { $risks }
register-back = Back to the risk analysis
register-print = Print
print-real-names = Print real names
print-pseudonyms-hint = People appear by pseudonym, as on the projector; real names typed in any text are replaced.
print-real-names-warning = This paper will carry real names. Anyone who finds it can tell who is who: print it only for people who already know, and keep it safe.
print-real-names-mark = Contains real names: keep this paper safe.
register-title = Risk register and protection plan
register-produced = produced on { $date }
register-omitted = { $count ->
        [one] One restricted record is left out of this register.
       *[other] { $count } restricted records are left out of this register.
    }
register-band = Priority
register-measures = Protection measures

## Network

home-network = Network
network-title = Network
network-back = Back to the collective
network-intro = The people each member's safety depends on, and the actors around them. Tejido looks for where the network is thin; each finding can become a measure in the protection plan.
network-findings-title = What the network shows
network-findings-none = Nothing to flag: every member has a safety contact and no one holds the network alone.
network-links-title = { $count ->
        [one] One link
       *[other] { $count } links
    }
network-filter-kind = Show
network-filter-all = every kind of link
network-add-link = Add a link
network-edit-link = Edit the link
network-source = From
network-target = To
network-kind = Kind of link
network-closeness = Closeness
network-support = Support it offers
network-reachable = Can be reached at any hour (24/7)
link-sensitivity-default = A new link takes the most restricted level of the people or actors it joins; you can change it.
network-alert-order = Order in the alert chain
network-fallback = If there is no answer, call
network-no-fallback = Nobody
network-link-saved = Link saved.
network-link-removed = Link removed.
network-make-measure = Add a measure to the plan
network-measure-added = Added to the protection plan: { $title }.
network-people-actors = People and actors
network-direction = Directed links read from left to right: “{ $source } → { $target }”.
relationship-kind-family = family
relationship-kind-friend = friend
relationship-kind-neighbour = neighbour
relationship-kind-colleague = colleague
relationship-kind-member = same organisation
relationship-kind-safety-contact = has as safety contact
relationship-kind-alert-link = calls, in an alert
relationship-kind-ally = ally
relationship-kind-accompaniment = accompanies
relationship-kind-funder = funds
relationship-kind-duty-bearer = is the authority responsible for
relationship-kind-influences = influences
relationship-kind-controls = controls
relationship-kind-hostile = hostile
support-shelter = shelter
support-legal = legal
support-medical = medical
support-transport = transport
support-money = money
support-visibility = visibility
closeness-1 = distant
closeness-2 = close
closeness-3 = very close
finding-no-safety-contact = { $count ->
        [one] One member has no safety contact: nobody would notice quickly if something happened to them.
       *[other] { $count } members have no safety contact: nobody would notice quickly if something happened to them.
    }
finding-alert-loop = The alert chain goes round in a circle between these people: the alert never reaches anyone else.
finding-alert-dead-end = The alert chain stops at these people: they cannot always be reached and have no stand-in.
finding-contact-concentration = Many members' safety contacts and alerts go through one person. If that person is missing, detained or targeted, the network is cut.
finding-single-point-of-failure = If this person is missing, part of the collective is left without contact.
finding-only-link = These links are the only connection between parts of the collective.
finding-isolated-people = { $count ->
        [one] One member has no link to anyone in the network.
       *[other] { $count } members have no link to anyone in the network.
    }
finding-isolated-household = The household { $household } has no link outside itself.
finding-ally-adversary-path = Information could travel from an ally to an adversary through these people.
finding-exposed-family = This defender is publicly visible; their family may be targeted through them.
finding-measure-no-safety-contact = Agree a safety contact for every member
finding-measure-alert-loop = Redraw the alert chain so it reaches everyone
finding-measure-alert-dead-end = Add stand-ins where the alert chain stops
finding-measure-contact-concentration = Share safety contacts and alerts among more people
finding-measure-single-point-of-failure = Give a second link to the people who depend on one person
finding-measure-only-link = Build more links between parts of the collective
finding-measure-isolated-people = Bring isolated members into the network
finding-measure-isolated-household = Link the household { $household } with neighbours
finding-measure-ally-adversary-path = Agree what is shared with people close to adversaries
finding-measure-exposed-family = Protect the family of publicly visible defenders
finding-measure-people = Concerns: { $people }.
alert-chain-title = Alert chain
alert-chain-none = No alert chain yet: add “calls, in an alert” links, in order, to build it.
alert-cards-print = Print pocket cards
alert-cards-title = Alert chain: cut out each card and keep it with you
alert-cards-partial = The first { $shown } of { $count } cards are shown here; printing prints them all.
alert-cards-show-all = Show all { $count } cards
alert-card-called-by = Called by { $names }
alert-card-starts = Starts the alert
alert-card-you-call = You call, in this order:
alert-card-else = if no answer: { $name }
alert-card-end = You are the end of this branch: confirm to whoever called you.
alert-card-means-phone = Phone: { $text }
alert-card-means-radio = Radio: { $text }
alert-card-means-meeting-point = Meeting point: { $text }
alert-card-means-other = Other: { $text }
alert-cards-with-means = Print phone numbers and meeting points on the cards
alert-cards-with-means-warning = These cards will carry phone numbers and meeting points: whoever finds a card can reach these people. Print them only for the people in the chain, and keep them on you.
alert-cards-without-means-hint = The cards are printed without phone numbers or meeting points.
means-title = How to reach each person
means-hint = Restricted: never on the projector, in an export or a case package; printed on the cards only after a warning.
means-show = Show how to reach them
means-hide = Hide
means-person = Person
means-phone = Phone
means-radio = Radio (channel or call sign)
means-meeting-point = Meeting point
means-other = Other way
means-none = Nothing written yet.
means-saved = Saved how to reach { $name }.
activation-title = Activate an alert level
activation-hint = Record the level the group decided; then mark, person by person in the chain's order, who was reached and when.
activation-level = Level
activation-green-note = Green is normal: to go back to it, stand the running alert down.
activation-decided-by = Who decided
activation-decided-by-example = the assembly, the security committee
activation-deciders = Members who took part
activation-deciders-find = Find members by name
activation-deciders-type = Type part of a name: the network has { $count } people.
activation-deciders-more = { $count ->
    [one] One more matches: type more of the name.
   *[other] { $count } more match: type more of the name.
}
activation-reason = Why (optional)
activation-activate = Activate
activation-activated = Alert level activated: { $level }.
activation-running = Running since { $when }
activation-decided = Decided by { $who }
activation-progress = { $reached } of { $total } reached
activation-keys = Arrow keys move through the list; R reached, N not reached, F reached through the fallback.
activation-reached = Reached
activation-not-reached = Not reached
activation-through-fallback = Through the fallback
activation-through = Through whom
activation-state-to-reach = to reach
activation-state-reached = reached { $when }
activation-state-not-reached = not reached { $when }
activation-state-reached-through-fallback = reached through { $name } { $when }
activation-marked = Marked { $name }.
activation-stand-down = Stand down (back to green)
activation-stand-down-note = What was said (optional)
activation-stood-down = Stood down: back to green.
activation-past = Past alerts
activation-past-line = from { $from } to { $to }
activation-none = No alert has been activated yet.
network-view = How to show the links
network-view-map = Map
network-view-table = Table
graph-title = Network map
graph-help = Drag to place someone; they stay where you put them. Shift+drag from one to another, or press Enter on one and then on another, to link them. Arrow keys move the selected one.
graph-linking = Choose who to link { $name } with, and press Enter (Escape cancels).
graph-actor = { $name } ({ $stance })
graph-legend-person = member
graph-zoom = Zoom the map
graph-zoom-in = Zoom in
graph-zoom-out = Zoom out
graph-zoom-whole = Whole network
graph-zoom-help = Drag the background to move around; Ctrl+wheel zooms.
graph-arranging = Arranging the map… { $done }%
territory-add = Draw over our own map…
territory-replace = Use another map photo…
territory-remove = Remove the map photo
territory-choose = Choose a photo of the community's hand-drawn map
territory-hint = The photo is sealed in the vault; then place each person on the map where they live or meet.
territory-set = Map photo sealed into the vault. The original file is still where it was.
territory-removed = Map photo removed.
network-filter-group = Who
network-filter-everyone = everyone
common-redo = Redo
home-redo-shortcut = Redo what was undone (Ctrl+Shift+Z or Ctrl+Y)
home-redone = The undone change was made again.
network-check-in = Check in (when and how)
network-check-in-example = every evening at eight, by text
alert-card-check-in = Check in with { $name }: { $when }
network-add-place = Add a place
network-place-name = Name of the place
network-places = Places on the map
network-place-saved = Place added: drag it to where it is on the map.
network-place-removed = Place removed.
graph-place = Place: { $name }

## Community protocol
label-value = { $label }: { $value }
home-protocol = Community protocol
protocol-title = Community protocol
protocol-back = Back to the collective
protocol-parts = Parts of the protocol
protocol-intro = The protocol is our own set of rules for staying safe together: what we stand for, how we decide, who speaks for us, what we do at each alert level and in each emergency. We write it together and agree it in assembly.
protocol-template-note = The template offers sections, principles (among them the three principles of the La Puya peaceful resistance in Guatemala) and four alert levels as a starting point. The sections and levels are Tejido's suggestions, not La Puya's text: change, remove or add whatever you need.
protocol-start = Start from the template
protocol-start-blank = Start with a blank section
protocol-started = The template is in place: go through it section by section with the group.
protocol-added = Added.
protocol-saved = Saved.
protocol-removed = Removed.
protocol-tab-principles = Principles
protocol-tab-sections = Sections
protocol-tab-levels = Alert levels
protocol-tab-decisions = Decisions
protocol-tab-versions = Versions
protocol-intro-principles = Principles are offered as starting points. The assembly adopts each one as written, adapts it in its own words, or rejects it, and every choice is recorded as a decision.
protocol-intro-sections = Choose a section to write it with the group. Turn on the projector to show it in large type while you type.
protocol-intro-levels = What signals each alert level and what we do then. Link the early-warning indicators of the risk analysis; orange and red usually start the alert chain.
protocol-intro-decisions = Every decision of the assembly: how it was taken, who took part (so we can see whether women, youth and elders took part), and who disagreed.
protocol-intro-versions = When the assembly agrees the protocol, it is frozen as a version. Later changes make a new draft; compare versions to see exactly what changed.
protocol-version-agreed = Version { $version }, agreed on { $date }
protocol-draft-changed = the draft has changes not yet agreed
protocol-no-version = Draft: not yet agreed by the assembly
protocol-nothing-new = Nothing has changed since the last agreed version.
protocol-agreed-on = agreed on { $date }
protocol-freeze = Agree the draft as version { $version }
protocol-freeze-title = Protocol agreed as version { $version }
protocol-frozen = Version { $version } is agreed and frozen. Later changes make a new draft.
protocol-print = Print the protocol
protocol-cards = Pocket cards
protocol-cards-hint = Print on A4 or Letter and cut along the dashed lines: eight cards to a page, each fits a wallet.
protocol-print-title = Community protocol of { $collective }
protocol-print-draft-after = Draft: changes to version { $version }, not yet agreed
protocol-print-omitted = { $count ->
    [one] One restricted section is left out of this print.
   *[other] { $count } restricted sections are left out of this print.
}
protocol-print-under-discussion = Principles still under discussion
protocol-warning-single-spokesperson = "{ $section }" names { $name } and nobody else.
protocol-warning-concentrated-contacts = "{ $section }" names { $name }, who already holds most of the network's contacts.
protocol-warning-principle = La Puya's principle: no single leader or spokesperson. Name several people who take turns, or a role the assembly fills, so no one is singled out.
protocol-warning-tag = check
principle-add = Add a principle
principle-title = Short name
principle-text = Our wording
principle-edit = Change the wording
principle-decide = Record a decision
principle-offered-as = Offered as: { $text }
principle-source = Source: { $source }
principle-status-proposed = proposed
principle-status-adopted = adopted
principle-status-adapted = adapted
principle-status-rejected = rejected
section-add = Add a blank section
section-from-template = Add a section from the template…
section-new = New section
section-edit = Edit section
section-title = Title
section-guidance = To discuss:
section-body = Our text
section-body-hint = Write in the first person plural: "We decide together…". Start a line with "- " or "1. " for a step.
section-restricted-hint = Restricted: never shown on the projector and left out of every print.
section-save-shortcut = Ctrl+S
section-discard = Close without saving
section-unsaved = Not saved yet
section-choose = Choose a section on the left to write it.
section-decide = Record a decision
section-remove = Remove this section
section-move-up = Move "{ $title }" up
section-move-down = Move "{ $title }" down
comments-title = { $count ->
    [0] No comments or proposals yet
    [one] One comment or proposal
   *[other] { $count } comments and proposals
}
comment-add = Add
comment-added = Comment added.
comment-author = Who says it
comment-author-placeholder = a group or a pseudonym
comment-kind = Kind
comment-kind-comment = comment
comment-kind-proposal = proposal
comment-text = What they say or propose
comment-status-open = to discuss
comment-status-taken = taken into the text
comment-status-set-aside = set aside
comment-use = Add to the text
comment-set-aside = Set aside
comment-reopen = Discuss again
level-add = Add an alert level
level-form = Alert level
level-colour = Colour
level-name = Name
level-triggers = What signals it
level-indicators = Early-warning indicators that signal it
level-no-indicators = No early-warning indicators yet: add them in the risk analysis to link them here.
level-actions = What we do
level-actions-hint = One step per line.
level-alert-chain = This level starts the alert chain
level-starts-chain = starts the alert chain
level-linked = { $count ->
    [one] One linked indicator
   *[other] { $count } linked indicators
}
colour-green = green
colour-yellow = yellow
colour-orange = orange
colour-red = red
decision-add = Record a decision
decision-form-title = Decision record
decision-freeze-title = Agree the protocol
decision-save = Save the decision
decision-freeze-save = Agree and freeze this version
decision-recorded = Decision recorded.
decision-what = What was decided
decision-outcome = Outcome
decision-outcome-agreed = agreed
decision-outcome-agreed-with-changes = agreed with changes
decision-outcome-rejected = not agreed
decision-outcome-postponed = postponed
decision-outcome-principle-agreed = adopt as written
decision-outcome-principle-agreed-with-changes = adapt in our own words
decision-outcome-principle-rejected = reject
decision-outcome-principle-postponed = postpone
decision-date = Date
decision-method = How
decision-method-consensus = by consensus
decision-method-vote = by vote
decision-by-consensus = By consensus
decision-by-vote = By vote: { $for } for, { $against } against, { $abstentions } abstentions
decision-votes-for = For
decision-votes-against = Against
decision-abstentions = Abstentions
decision-participants = Who took part
decision-participants-hint = How many of each group. Groups may overlap: a young woman counts among women and among youth.
decision-group-women = women
decision-group-men = men
decision-group-youth = youth
decision-group-elders = elders
decision-group-count = { $count } { $group }
decision-other-group = Another group
decision-other-count = How many: { $group }
decision-add-group = Add a group
decision-dissent = Dissent
decision-dissent-hint = Who disagreed and why, in their words. Disagreement is part of the record, not a failure.
decision-notes = Notes
decision-latest = Last decision, { $date }: { $outcome }
decision-version = Version { $version }
decision-about-principle = About the principle "{ $title }"
decision-about-section = About the section "{ $title }"
decision-about-level = About the alert level "{ $name }"
decision-about-other = Another decision of the assembly
decision-about-protocol = The whole protocol, as it stands now, becomes version { $version }.
decision-subject-protocol = The whole protocol
decision-subject-section = Section
decision-subject-principle = Principle
decision-subject-level = Alert level
decision-subject-other = Other
decision-subject-gone = (removed since)
version-compare = Show what changed
version-compare-draft = Compare with the draft
version-from = From
version-to = to
version-draft = the current draft
diff-none = No differences.
diff-summary = { $changed ->
    [one] One part changed
   *[other] { $changed } parts changed
}, { $unchanged } unchanged.
diff-change-added = added
diff-change-removed = removed
diff-change-changed = changed
diff-change-moved = moved
diff-change-changed-and-moved = changed and moved
diff-part-section = section
diff-part-principle = principle
diff-part-level = alert level
diff-added = added:
diff-removed = removed:
diff-mark = Marked { $before } → { $after }
diff-mark-none = nothing
pocket-chain-starts = Start the alert chain: { $names }
projector-open = Projector
projector-stop = Stop projecting
projector-blank-key = Press B to blank the projector
projector-window-title = Tejido — projector
projector-hidden = This part is restricted and is not shown here.
projector-proposals = From the groups
projector-present = Present on this screen (F5)
projector-present-title = For a projector that shows the same as this screen: the window shows only what the room may see. Escape brings you back.
presentation-label = Presentation
presentation-way-back = Esc: back
protocol-print-back = Back to the protocol

## Workshop
home-workshop = Workshop
home-training-banner = Training vault: the invented demo community, to practise in. Everything here is deleted when you lock or close Tejido.
welcome-training = Practise with the demo (training)
welcome-training-hint = Opens the invented demo community in a throwaway vault. Nothing is kept: it is deleted when you lock or close Tejido.
welcome-rehearse = Rehearse a case (community and desk)
welcome-rehearse-hint = Opens the demo community and a network desk side by side, both throwaway: write a case, send it to the desk, act on it, record an outcome and report back. Everything is deleted when you lock or close { -tejido }.
training-pair-desk-note = The desk of this rehearsal: its contact file was taken when the rehearsal opened, as if compared aloud at a meeting.
training-pair-banner = Rehearsal (training): the community and the desk on this laptop. Both vaults are deleted when you lock or close { -tejido }.
training-pair-switch = Side on screen
training-pair-community = Community
training-pair-desk = Desk
training-pair-waiting-here = { $count ->
    [one] One package waits for this side.
   *[other] { $count } packages wait for this side.
}
training-pair-waiting-there = { $count ->
    [one] One package waits for the other side.
   *[other] { $count } packages wait for the other side.
}
training-pair-send-case = Seal and send to the training desk
training-pair-case-sent = Sealed and handed to the training desk: switch to the desk to open it.
training-pair-send-consent = Seal and send the consent update to the training desk
training-pair-consent-sent = Consent update sealed and handed to the training desk.
training-pair-send-status = Seal and send the status report to the training community
training-pair-status-sent = Status report sealed and handed to the training community: switch to the community to open it.
training-pair-open = Open the package waiting here
training-pair-open-hint = In this rehearsal, packages from the other side arrive here instead of as files; opening one runs the same checks as opening a file.
training-pair-none-waiting = Nothing waits for this side.
workshop-title = Workshop
workshop-intro = Plan a workshop with the community: a two-day agenda of short sessions you can change, a timer for each session, sticky notes from small groups typed in as they come, and handouts at the end.
workshop-new = Plan a workshop from the template
workshop-created = The workshop agenda is ready. Change it as you need.
workshop-choose = Workshop
workshop-edit = Edit the workshop
workshop-field-title = Title
workshop-field-date = First day
workshop-field-place = Place
workshop-field-goal = Goal
workshop-field-day = Day
workshop-field-minutes = Minutes
workshop-field-materials = Materials
workshop-field-outcomes = What came out of it
workshop-progress = { $done ->
    [0] { $total } sessions · { $plannedAll } planned in all
   *[other] { $done } of { $total } sessions done · { $plannedAll } planned in all · the sessions done: { $planned } planned, { $actual } taken
}
workshop-progress-label = Progress through the workshop
workshop-agenda = Agenda
workshop-add-item = Add a session
workshop-item-edit = Session
workshop-day = Day { $day }
item-status-planned = to come
item-status-running = now
item-status-done = done
workshop-left = { $time } left
workshop-over = { $time } over time
workshop-start = Start this session
workshop-restart = Start again
workshop-finish = End this session
workshop-next = Next: { $title }
workshop-project = Show on the projector
workshop-projector-keys = On the projector: P shows this session, B blanks the screen
workshop-handout = Handout
workshop-open-area = Open: { $area }
workshop-guide = Facilitation notes
workshop-guide-private = (for the facilitators: never projected or handed out)
workshop-guide-steps = Steps
workshop-guide-questions = Questions to ask the group
workshop-guide-care = Care for people
workshop-guide-source = Source: { $source }
workshop-guide-print = Facilitators' guide
workshop-guide-print-title = Facilitators' guide: { $title }
workshop-guide-print-warning = For the facilitation team only: do not hand out or project it.
workshop-report = Workshop report
workshop-notes = { $count ->
    [0] No sticky notes yet
    [one] One sticky note
   *[other] { $count } sticky notes
}
workshop-add-note = Add the note
workshop-note-group = Group
workshop-note-group-hint = e.g. group 2, the women's group
workshop-note-text = What they wrote
note-sort = Sort…
note-sort-into = Make it into
note-section = On which section of the protocol
note-sorted = Sorted into: { $target }.
note-became = Now: { $target }
note-target-context-note = a context note
note-target-actor = an actor
note-target-incident = an incident
note-target-risk = a risk
note-target-measure = a measure
note-target-protocol-proposal = a proposal for the protocol
workshop-print-back = Back to the workshop
workshop-report-title = Report: { $title }
workshop-omitted = { $count ->
    [one] One restricted note or measure is left out of this handout.
   *[other] { $count } restricted notes and measures are left out of this handout.
}
workshop-measures = Measures and who does them
workshop-measure = Measure
workshop-owners = Who
workshop-due = By when
workshop-status = Where it stands

## Solidarity network
home-escalation = Solidarity network
escalation-title = Solidarity network
escalation-intro = When the community needs the network's support, build a case here. Each person says what may be shared, and with whom. You see exactly what leaves before it is sealed for the network desk.
escalation-tab-cases = Cases
escalation-tab-contacts = Desks and contacts
escalation-tab-open = Receive a package
case-add = New case
case-form = Case
case-title = What happened, in a line
case-urgency = How soon
urgency-immediate = immediately (lives at stake)
urgency-urgent = within days
urgency-follow-up = update on an earlier case
case-region = Region or country
region-country = Country
region-subdivision = Department, state or province (if you know it)
region-country-placeholder = Type to search, such as “guate”
region-whole-country = The whole country
region-none-found = Nothing on the list matches what you typed.
region-clear = No region
region-loading = (loading the list of countries…)
region-legacy = Written before the list: “{ $value }”. It is kept as written until you choose a country from the list.
case-summary = What happened and what is at stake (for the desk only)
case-public-summary = What may be made public
case-public-hint = Only this text, the case's title and region, your community's name and the people who agreed to be named in public can reach the press or a public letter. Any other name or pseudonym in them is masked.
case-requests = What we ask of the network
request-letter = a collective letter
request-petition = a petition
request-media = media work
request-un-mechanism = the UN Special Rapporteurs
request-regional-mechanism = a regional commission
request-relocation = emergency relocation
request-funds = emergency funds
request-accompaniment = accompaniment
request-legal-support = legal support
request-medical-support = medical care
request-psychosocial-support = psychosocial support
request-emergency-grant = an emergency grant
case-people = Who is at risk
consent-title = What each person agreed to
consent-person = Person
consent-shareWithDesk = share with the network
consent-nameToAuthorities = give their name to the authorities
consent-nameInPublic = make their name public
consent-photos = use photos
consent-hint = Ask each person, for each use. Someone who does not agree to share with the network is left out of every package.
case-incidents = What happened (from the incident book)
case-safe-contact = A safe way for the desk to reach us
case-files = Files sent with it
case-file-send = send { $name }
case-files-hint = Photos, videos, PDFs, documents and any file that is not plain text or a sound recording go only if everyone in the case, and everyone the incident affected, agreed to the use of photos: such a file may show any of them. Files never go to the public.
case-files-held-back = Held back: { $names }. These files may show a person, and not everyone in the case or the incident agreed to the use of photos.
desk-file-save = Save a copy…
desk-file-save-title = Save the file
desk-file-saved = File saved, unencrypted: { $path }
case-saved = Case saved.
case-open = Prepare to send
case-sent-line = Version { $version } sent on { $date } to { $to }
preview-title = What leaves: { $title }
preview-audience = Who will read it
audience-desk = the network desk
audience-public = the public
preview-people = { $count ->
    [0] No person named
    [one] One person
   *[other] { $count } people
}
preview-desk-hint = Only the desks you choose can open the package. Real names appear only where the person agreed to be named.
preview-public-hint = This is all a public letter or the press may use.
send-to = Seal it for
send-no-desk = No network desk yet: add one from its contact file in "Desks and contacts".
case-send = Seal and save the package…
case-send-hint = The package is encrypted for the chosen desks and signed by this vault. Carry it on a USB stick or send it by Signal or email.
case-consent-update = Consent changed after sending
case-consent-update-hint = If someone withdraws or narrows what they agreed to, change it in the case (Edit), save, then send this sealed update to the same desks as you sent the case. The desk marks every text that now goes beyond it, and public texts can no longer be printed.
case-consent-update-send = Seal and save the consent update…
case-consent-update-title = Save the consent update
case-consent-update-saved = Consent update saved: { $path }
case-save-title = Save the case package
case-sent = Package saved: { $path }
own-fingerprint = This vault's fingerprint. Read it aloud to the desk when you give them your contact file:
own-fingerprint-later = This vault gets its keys for the network, and the fingerprint to read aloud, when you first save its contact file.
own-contact-community = Save our contact file (community)…
own-contact-desk = Save our contact file (network desk)…
contact-save-title = Save the contact file
contact-saved = Contact file saved: { $path }
own-contact-guide-community = This vault is a community's: give the desks of the network the community file. The network desk file is only for a vault that receives cases (tick "This vault belongs to a network desk" first).
own-contact-guide-desk = This vault is a network desk: give the communities you support the network desk file. The community file is for a vault that sends cases.
own-contact-saved-read = Saved at { $path }. Read this fingerprint aloud to whoever receives the file, and ask them to compare it with the one their Tejido shows:
contacts-title = { $count ->
    [0] No desks or contacts yet
    [one] One contact
   *[other] { $count } contacts
}
contact-read = Add from a contact file…
contact-choose = Choose a contact file
contact-compare = Call them and read this fingerprint aloud together. Accept it only if it matches what they read from their screen.
contact-checked = We compared the fingerprint and it matches
contact-notes = How it was checked
contact-notes-hint = e.g. on the phone with the desk, 3 December
contact-accept = Accept this contact
contact-added = { $name } added.
role-desk = network desk
role-community = community
package-intro = Open here a package you received: a case a community sent to your desk, or a status report a desk sent back about one of your cases. The package is checked first: a changed package or an unknown sender is refused.
package-open = Open a package…
package-case-kept = Case received from { $name } and kept in this vault.
package-status-kept = Status report from { $name } added to the case.
package-consent-kept = Consent update from { $name } applied: texts that now go beyond it are marked and cannot be printed.
package-already-kept = This package from { $name } was already received: nothing changed.
package-choose = Choose a case package
package-unknown = This package comes from a sender this vault does not know.
package-accept-once = We compared the fingerprint: open it
package-from = From { $name }
package-from-unknown = From a sender not in your contacts

## Solidarity network — the network desk
escalation-tab-received = Received cases
escalation-tab-trends = Trends and impact
desk-mark = This vault belongs to a network desk
desk-mark-hint = A desk receives the cases communities send, decides who follows them, writes letters, petitions and submissions, and records what changed.
desk-received = { $count ->
    [0] No cases received yet
    [one] One case received
   *[other] { $count } cases received
}
desk-received-none = When a community sends a case, open its package in "Receive a package".
desk-search = Search the cases
desk-search-example = a word from a title, a place, a name received, an action…
desk-search-none = No case holds all these words.
desk-counts = { $actions } actions · { $outcomes } outcomes
desk-open-case = Open
desk-consent-none = no name may be given
desk-person-both = { $name } (pseudonym { $pseudonym })
desk-consent-withdrawn = withdrew from the case on { $date }: none of their names may leave the desk
desk-consent-changed = consent changed on { $date }
findings-title-public = This public text names people beyond what they agreed to. It cannot be printed until it is fixed:
findings-title-authorities = This text for the authorities names people beyond what they agreed to. It cannot be printed until it is fixed:
finding-line = { $found }: { $person }, { $consent }
beyond-name-to-authorities = who has not agreed to be named to the authorities
beyond-name-in-public = who has not agreed to be named in public
beyond-pseudonym = a pseudonym, which never leaves the desk
beyond-withdrawn = who withdrew from the case
findings-fix = Change or remove these words and save: it can be printed again once nothing is found.
desk-triage = Triage
desk-requests = What the community asks
escalation-intro-desk = Cases communities sent to this desk: check who sent them, decide who follows them, act with letters, petitions, media and submissions within what each person agreed to, and record what changed.
desk-working-group = Working group
desk-categories = Threat categories
desk-closed = no longer followed
desk-triage-save = Save the triage
desk-actions = Actions
action-letter = Collective letter
action-petition = Petition
action-media-brief = Media brief
action-un-submission = UN Special Procedures submission
action-regional-submission = Regional mechanism request
action-front-line-defenders = Front Line Defenders request (urgent appeal or protection grant)
action-protect-defenders = ProtectDefenders.eu emergency support request
action-status-draft = draft
action-status-sent = sent
action-status-done = answered or closed
desk-deadline-line = by { $date }
desk-signed-by = { $count ->
    [0] no organisation has agreed to sign yet
    [one] signed by one organisation
   *[other] signed by { $count } organisations
}
desk-signatures-line = { $count ->
    [one] one signature
   *[other] { $count } signatures
}
desk-action-kind = New action
desk-addressee = Addressed to
addressee-government = the government
addressee-prosecutor = the public prosecutor
addressee-company = the company
addressee-embassy = an embassy
desk-language = Language
desk-action-draft = Draft it
desk-draft-hint = The draft uses only what each person agreed to: names go to authorities or the public only with that person's consent. A media brief uses only what the community marked public.
desk-action-title = Title
desk-action-text = Text
desk-action-copy = Copy as text
desk-action-save-text = Save as .txt…
desk-action-copied = Copied. Paste it into the mechanism's web form or an email.
desk-action-text-save-title = Save the text
desk-action-text-saved = Text saved: { $path }
mechanism-request-title = Write to a protection mechanism yourselves
mechanism-request-hint = Without a network desk: the request is drafted from exactly what this case's package would carry, so it names nobody beyond what they agreed to. Read it, complete what is missing, then paste it into the mechanism's form or send it by email.
mechanism-request-kind = Mechanism
mechanism-request-draft = Draft the request
mechanism-request-missing = The case does not say these yet; complete them before sending:
desk-live-clear = Checked as you type: no name here goes beyond what each person agreed to.
template-source = Laid out as { $mechanism } asks, from: { $title } (consulted { $date }).
desk-signatories = Organisations asked to sign
desk-signatories-hint = Tick an organisation only when it has said yes to signing this letter. Only those appear under it.
desk-signatory-agreed = { $organisation } agreed to sign
desk-signatory-add = Add an organisation
desk-signatory-add-hint = Name of a member organisation
desk-signatures = Signatures gathered
desk-deadline = Deadline
desk-owner = Who is responsible
desk-status = Where it stands
desk-outcomes = What changed
desk-outcome-on = Date
desk-outcome-kind = What happened
desk-outcome-note = In a few words
desk-outcome-add = Record the outcome
outcome-release = Released
outcome-charges-dropped = Charges dropped
outcome-trial = Trial or hearing
outcome-new-attack = New attack or threat
outcome-relocation = Relocated to safety
outcome-protection-granted = Protection measures granted
outcome-other = Other
desk-timeline = Timeline
timeline-received = Package received (version { $version })
timeline-action-started = { $action } started: { $title }
timeline-action-sent = { $action } sent: { $title }
timeline-acknowledged = Status report sent to the community: { $message }
desk-status-back = Tell the community where things stand
desk-status-back-hint = A sealed report only this community can open: your message, the actions (kind, title, where they stand) and the outcomes. Letter texts and signatories stay here.
desk-status-message = Message to the community
desk-status-send = Seal and save the status report…
desk-status-save-title = Save the status report
desk-status-saved = Status report saved: { $path }
case-update-line = From { $desk }, { $date }
desk-print-signed = Signed by
trends-title = Trends
trends-by-category = Cases by threat category and month received
trends-by-country = By country
trends-by-region = By region
trends-by-group = By working group
trends-total = Total
trends-all = All cases
trends-not-set = not set
trends-by-perpetrator-kind = By kind of alleged perpetrator
trends-by-perpetrator = By alleged perpetrator named
trends-csv = Save the cases as CSV…
trends-csv-title = Save the cases as CSV
trends-csv-saved = Saved: { $path }. One line per case, without anyone's name; the file is not encrypted.
impact-open-report = Impact report
impact-title = Impact report: { $desk }
impact-made = Made on { $date }
impact-cases = { $count ->
    [one] One case received
   *[other] { $count } cases received
}, { $open } still followed.
desk-print-back = Back to the solidarity network
impact-what-done = What was done
impact-no-actions = No action yet.
impact-action-line = { $started } started, { $sent } sent
impact-what-changed = What changed
impact-no-outcomes = No outcome recorded yet.
impact-overdue = Past their deadline
impact-per-case = Case by case
impact-open = followed
home-sync = Laptops and sync
welcome-join = Join a vault from another laptop
sync-title = Laptops and sync
sync-intro = Several laptops can keep the same vault: each one keeps its own sealed copy, and the changes travel between them as sealed files on a USB stick or in a shared folder on the local network. Nothing goes over the internet.
sync-working = Working…
sync-start-title = Share this vault with other laptops
sync-start-intro = Give this laptop a name the group will recognise. Then you can invite the other laptops.
sync-laptop-name = Name of this laptop
sync-laptop-name-hint = For example: "Ana's laptop" or "Community office".
sync-start = Start sharing
sync-share-title = Share changes
sync-stick-title = Copy with a USB stick
sync-stick-hint = Choose the USB stick (or any folder). This laptop's changes are copied onto it, the other laptops' changes are copied from it and applied. Do it on each laptop in turn.
sync-stick-folder = USB stick or folder
sync-copy = Copy to and from the stick
sync-folder-title = Sync folder of this vault
sync-folder-hint = The changes of every laptop are kept here. If this folder is shared with the other laptops on the local network, apply what has arrived with the button below.
sync-import = Apply what has arrived
sync-report-copied = { $out } files copied onto the stick, { $in } copied from it.
sync-report-applied = { $files } change files applied ({ $fields } fields changed).
sync-report-conflicts = { $count ->
    [one] One new change in conflict to settle below.
   *[other] { $count } new changes in conflict to settle below.
}
sync-report-waiting = { $count ->
    [one] One file is waiting: an earlier file is still missing, or the laptop that wrote it does not know this one yet. Copy again later.
   *[other] { $count } files are waiting: an earlier file is still missing, or the laptop that wrote them does not know this one yet. Copy again later.
}
sync-report-unknown = { $count ->
    [one] One file comes from a laptop this one does not know yet; it is applied once its invitation arrives.
   *[other] { $count } files come from a laptop this one does not know yet; they are applied once its invitation arrives.
}
sync-report-held = { $count ->
    [one] One file was written by a newer version of { -tejido }; it is kept until this laptop is updated.
   *[other] { $count } files were written by a newer version of { -tejido }; they are kept until this laptop is updated.
}
sync-report-refused = { $count ->
    [one] One file was refused: see the list at the end.
   *[other] { $count } files were refused: see the list at the end.
}
sync-report-nothing = Everything is up to date.
sync-unpublished = { $count } edits on this laptop will be in the next copy.
sync-conflicts-title = Changes in conflict ({ $count })
sync-conflicts-intro = Two laptops changed the same thing before they met. The same rule decided on every laptop (the latest change is kept); choose which one the group wants. Your choice reaches the other laptops with the next copy.
sync-no-conflicts = No changes in conflict.
sync-conflict-field = Field: { $field }
sync-mine = On this laptop
sync-theirs = From { $laptop }, { $at }
sync-kept = in use now
sync-empty = (empty)
sync-keep-mine = Keep mine
sync-keep-theirs = Keep theirs
sync-keep-removed = Keep it removed
sync-bring-back = Bring it back
sync-removed-here = Removed on this laptop while { $laptop } changed it ({ $at }). It stays removed, with the changes inside, until you decide.
sync-removed-there = Removed on { $laptop } ({ $at }) while it was changed on this laptop. It stays removed, with the changes inside, until you decide.
sync-settled = Settled. The other laptops will follow with the next copy.
sync-laptops-title = Laptops of the group
sync-this-laptop = this laptop
sync-files-published = { $count } change files written
sync-files-applied = { $count } of its change files applied here
sync-removed-on = Removed on { $at }
sync-remove = Remove from the group
sync-remove-confirm = Remove { $laptop }? Its changes from now on will be refused, and new changes will no longer be readable on it. Do this for a lost or stolen laptop.
sync-removed = { $laptop } was removed from the group.
sync-invite-title = Add a laptop
sync-invite-hint = An invitation is a file holding a sealed copy of this vault for the new laptop. Take it there on a USB stick; read the code aloud to the person there, never write it on the stick.
sync-invite-name = Name of the new laptop
sync-invite = Make the invitation
sync-invite-save = Save the invitation
sync-invitation-code = Code to read aloud to the person at the new laptop:
sync-invitation-fingerprint = When it has joined, the new laptop shows a short code of its own. The person at it reads it to you, and you type it in the list of laptops: only then is that laptop trusted. Never type a code someone sends you.
sync-refused-title = Files refused
sync-refused-unreadable = damaged, or not a { -tejido } file
sync-refused-forged = its signature is not from the laptop it claims; it may be forged
sync-refused-removed = written by a laptop removed from the group
sync-refused-other-vault = belongs to another vault
sync-refused-invalid = not a sound change file (an unknown table or field, a wrong value, a write under another record's id or another laptop's clock); nothing of it was applied
sync-refused-clock-ahead = dated more than a day ahead of this laptop's clock; it is tried again later (check both laptops' date and time)
sync-refused-laptop-not-invited = adds a laptop without an invitation signed by a laptop of the group; that laptop was not added
sync-refused-laptop-keys = tries to change a laptop's keys, or to bring back a removed laptop; that change was left out
sync-refused-contact-keys = tries to change the keys of a contact; that change was left out
sync-refused-second-join = from a second laptop made from the same invitation; an invitation is used once
sync-refused-expired = from a laptop that joined after its invitation expired
sync-refused-old-join = from a laptop that joined with an older Tejido, keeping its invitation's keys (whoever copied the invitation holds them too); update Tejido there and invite it again
sync-refused-rolled-back = from a laptop whose vault went back to an earlier state (a copy of its folder put back, or its last saves deleted): what was edited there since may be lost, and it may still trust a laptop removed since; check that laptop
sync-keys-replaced-title = Give the new contact file to every desk
sync-keys-replaced = A laptop was removed on { $at }, and it held the community's keys for case packages, so they were replaced. Desks still have the old contact file: save the new one on the Escalation screen and give it to each of them, who compare its fingerprint with you.
sync-keys-replaced-to = To give it to: { $names }
sync-keys-given = Every desk has the new contact file
sync-pending = invited, not joined yet: nothing is sealed to it until a file from it arrives
sync-expired = its invitation expired before it joined: remove it, and invite it again if it is yours
sync-awaiting = { $count ->
    [1] has joined and waits for you: ask the person at that laptop to read you the code it shows, and type it here
   *[other] { $count } laptops joined with this invitation (copies of it were used): type only the code the person at your new laptop reads to you; the others are refused
}
sync-confirm-code = Code shown by the new laptop
sync-confirm-submit = Confirm
sync-confirmed = { $laptop } is part of the group now: what it wrote is applied, and what the group writes is sealed to it.
sync-own-code-title = Read this code to the person who invited you
sync-own-code-hint = They type it on their laptop. Until then, nothing written here reaches the group, and nothing from the group reaches this laptop.
sync-invited-by-removed = Invited by { $laptop }, which was removed since. Check it is one of the group's laptops (compare its fingerprint aloud), or remove it.
sync-check-contacts-title = Contacts to check again
sync-check-contacts-intro = These contacts were added, or their keys set, by a laptop removed since. Ask each desk for its contact file again and compare the fingerprint aloud; remove the old contact and add the new file.
sync-check-contact-by = added by { $laptop }
sync-remove-contact = Remove this contact
sync-remove-keys = The community's keys for case packages are replaced too: every desk will need the new contact file.
sync-field-name = Name
sync-field-pseudonym = Pseudonym
sync-field-real_name = Real name
sync-field-notes = Notes
sync-field-title = Title
sync-field-summary = Summary
sync-field-description = Description
sync-field-text = Text
sync-field-role = Role
sync-field-status = Status
sync-field-owner = Responsible
sync-field-due_on = Due date
sync-field-sensitivity = Sensitivity
sync-field-tags = Tags
sync-entity-collective = Collective
sync-entity-person = Member
sync-entity-contextNote = Context note
sync-entity-actor = Actor
sync-entity-incident = Incident
sync-entity-threatAssessment = Threat assessment
sync-entity-risk = Risk
sync-entity-measure = Measure
sync-entity-indicator = Early-warning indicator
sync-entity-relationship = Relationship
sync-entity-nodePosition = Place on the network map
sync-entity-place = Place
sync-entity-protocolSection = Protocol section
sync-entity-principle = Principle
sync-entity-protocolLevel = Alert level
sync-entity-decision = Decision
sync-entity-protocolComment = Comment or proposal
sync-entity-workshop = Workshop
sync-entity-agendaItem = Workshop session
sync-entity-stickyNote = Sticky note
sync-entity-networkKey = Network keys
sync-entity-contact = Contact
sync-entity-escalationCase = Case
sync-entity-receivedCase = Received case
sync-entity-syncDevice = Laptop
sync-entity-forgotten = Forgotten record
join-title = Join a vault from another laptop
join-intro = Another laptop of the group made an invitation for this one. You need the invitation file (on a USB stick) and the code the person there reads to you. This laptop gets its own copy of the vault, with its own passphrase.
join-invitation = Invitation file
join-code = Code
join-code-hint = Five groups of four letters and digits; dashes and capitals do not matter.
join-passphrase-hint = This laptop's own passphrase. It can differ from the other laptops'.
join-progress = Opening the invitation and making this laptop's vault…
join-submit = Join
join-fingerprint = This laptop's fingerprint. Read it aloud to the person at the laptop that invited you: it must be the same as the one shown there.
sync-lan-title = Local network (Syncthing)
sync-lan-hint = Laptops on the same local network (the same Wi-Fi, even without internet) can exchange changes on their own, through Syncthing. Add each other laptop with its Syncthing id and its address. Nothing is sent anywhere else: no discovery, no relays, no internet.
sync-lan-running = On: changes go out as soon as they are saved and arrive within seconds.
sync-lan-stopped = Off.
sync-lan-own-id = This laptop's Syncthing id, to add on the others:
sync-lan-listen = Address this laptop listens on
sync-lan-listen-hint = 0.0.0.0:22000 listens on every network of this laptop; write this laptop's own address to limit it to one.
sync-lan-add-peer = Add a laptop
sync-lan-peer-name = Its name
sync-lan-peer-id = Its Syncthing id
sync-lan-peer-address = Its address
sync-lan-peer-address-hint = As shown on that laptop, for example 192.168.1.20:22000.
sync-lan-connected = connected
sync-lan-on = Turn on
sync-lan-save = Save
sync-lan-off = Turn off
sync-lan-arrived = Changes from other laptops arrived: { $files } files applied, { $conflicts } conflicts to settle (Laptops and sync).
attention-sync-conflicts = { $count ->
        [one] One change from another laptop is in conflict: choose which to keep in Laptops and sync.
       *[other] { $count } changes from other laptops are in conflict: choose which to keep in Laptops and sync.
    }

# The home: areas apart from undo, settings and lock
home-areas = Areas
home-editing = Undo and redo
home-risks-hint = Incidents, threats, risks and the protection plan
home-network-hint = Who protects whom, the map and the alert chain
home-protocol-hint = The community's own rules, decided together
home-workshop-hint = Agenda, timer, notes and the projector
home-escalation-hint = Ask the solidarity network for support
home-sync-hint = The group's other laptops
create-show-passphrase = Show the passphrase (only if nobody can see the screen)
home-recovered = The vault was opened with the paper recovery key, and your new passphrase now opens it too. The old passphrase still works: if someone else may know it, or the paper key was seen, remove the old passphrase and re-key the vault in Settings (that also makes a new paper key).
home-recovered-review = Review the passphrases
workshop-another = Plan another workshop
protocol-unfinished-title = Not finished yet
protocol-unfinished-undecided = { $count ->
    [one] One principle is not decided yet (adopt, adapt or reject it through a decision):
   *[other] { $count } principles are not decided yet (adopt, adapt or reject each through a decision):
}
protocol-unfinished-blanks = { $count ->
    [one] One blank of the template is still in the text:
   *[other] { $count } blanks of the template are still in the text:
}
protocol-unfinished-blank = { $blank } in “{ $place }”
risks-first-incident = Write down the first incident
risk-add-measure = Add a measure for this risk

## The panic key
panic-button = Hide everything
panic-button-title = Locks the vault at once and clears every screen, the projector too, leaving only the welcome screen (Ctrl+Shift+L)

## La Puya's principles checked against the records (protocol tab "In practice", its print, `tejido analyse`)
protocol-tab-checks = In practice
protocol-intro-checks = What our own records say about La Puya's three principles: whether we plan to talk with a company instead of demanding that institutions act, who takes part in our decisions over time, and whether we depend on one person. Counted from every actor, decision record, measure, relationship and the alert chain.
checks-print-title = Our principles in practice
checks-print-as-of = As our records stood on the day this was printed.
checks-companies-title = Principle 1: no dialogue with companies
checks-companies-principle = The community agreed to demand that public institutions act, instead of talking with the companies. Plans to meet a company, and members tied to one, are shown here for the assembly to look at.
checks-dialogue = { $kind ->
        [measure] The measure
       *[decision] The decision
    } «{ $title }» plans a meeting or a dialogue with { $company }. The principle asks the community to demand that the institutions below act instead.
checks-a-company = a company
checks-company-tied = { $company }: tied in the network to { $names }. Talk with them about the principle: a tie is no fault, but the company may use it.
checks-company-untied = { $company }: no member is tied to it in the network.
checks-companies-none = No company is recorded among the actors.
checks-institutions-title = Institutions to demand action from
checks-institutions-none = No public institution is recorded among the actors yet: add the ones responsible (prosecutor, ombudsperson, ministry) in the risk analysis.
checks-inclusion-title = Who takes part (principle 2: inclusion)
checks-inclusion-principle = La Puya: inclusion, and working to reduce inequalities of power among us.
checks-inclusion-summary = { $count ->
    [one] One decision says who took part
   *[other] { $count } decisions say who took part
  }.
checks-inclusion-meetings = { $count ->
    [one] All at one meeting (a day with decisions).
   *[other] At { $count } meetings (days with decisions).
  }
checks-inclusion-unrecorded = { $count ->
    [one] One decision does not say who took part: add it so it counts.
   *[other] { $count } decisions do not say who took part: add it so they count.
  }
checks-inclusion-none = No decision says who took part yet. In each decision record, write how many women, youth, elders and others took part, to see here who takes part over time.
checks-group = Group
checks-group-meetings = Meetings they took part in
checks-group-last = Last time
checks-group-most = Most at one meeting
checks-group-members = Members in this group
checks-group-measures = Measures they own
checks-meetings-of = { $attended } of { $meetings }
checks-never = never
checks-years = By year: { $years }
checks-year = { $year }: { $attended } of { $meetings }
checks-owners-title = Who owns the protection measures
checks-owner-line = { $name }: { $count ->
    [one] one measure
   *[other] { $count } measures
  }
checks-unowned = { $count ->
    [one] One current measure has no owner yet.
   *[other] { $count } current measures have no owner yet.
  }
checks-no-measures = No current measure has an owner yet.
checks-group-line = { $group }: { $attended } of { $meetings } meetings, last { $last }; members { $members }, measures they own { $measures }
checks-inclusion-ok = Every group the decision form asks about takes part, and no one carries the measures alone.
inclusion-warning-group-absent = { $group }: at none of the meetings recorded. Ask why, and how to make room for them.
inclusion-warning-group-stopped = { $group }: took part before, but not in the last { $count } meetings. Ask them what changed.
inclusion-warning-one-owner = { $name } owns { $count } of the { $total } current measures: if they are missing, most of the plan stops. Share them out.
inclusion-warning-group-owns-none = { $group }: take part in decisions but own none of the { $total } current measures.
checks-leaders-title = Who the community depends on (principle 3: no single leader)
checks-leaders-principle = La Puya: collective processes with no single leader or spokesperson.
checks-leaders-none = Nobody stands alone: no one holds the network, the voice of the community, the measures or the alert chain by themselves.
checks-leader-measures = { $count ->
    [0] owns no measure
    [one] owns one measure
   *[other] owns { $count } measures
  }
dependence-sole-voice = The protocol names only them to speak or decide for the community.
dependence-contacts = Most safety contacts and alerts go through them.
dependence-only-bridge = Without them, part of the collective is cut off from the rest.
dependence-measures = They own more than half of the current measures.
dependence-chain-start = The alert chain starts with them and nobody else.
dependence-named-role = The protocol names them, with others, to speak or decide.
dependence-advice-sole-voice = Name two or three people who take turns, and agree the message with the assembly first.
dependence-advice-contacts = Give some members a second safety contact, so the alerts do not all go through them.
dependence-advice-only-bridge = Link the people who reach the others only through them with someone else.
dependence-advice-measures = Share the measures out, with a second owner for each.
dependence-advice-chain-start = Let a second person start the alert chain, in case they cannot.
dependence-advice-named-role = Keep the turns going, so no one becomes the only voice.

## Shares of the vault's recovery (m of n), and shredding this laptop's keys

unlock-use-shares = Open with shares held by members
settings-slot-shares = Shares held by members, made { $date }
shares-title = Split the recovery among members
shares-title-desk = The Advisory Group holds the desk's recovery
shares-why = No single person should hold the key. Give a share to each of several members: any few of them together can open the vault, one alone cannot.
shares-why-desk = The desk's recovery is held by its Advisory Group: each member gets a share, and only enough of them together can open the desk's vault.
shares-replaces = Making new shares makes every earlier share useless at once; so does a re-key of the vault. The paper recovery key keeps working on its own.
shares-total = Members who get a share
shares-threshold = Shares needed to open
shares-summary = Any { $threshold } of these { $total } members together can open the vault.
shares-groups-hint = Choose members from different groups of the community, so that no one group can open the vault alone. Names and groups only help you here: they are not saved and not printed.
shares-groups-hint-desk = Choose members of the Advisory Group from different organisations. Names and organisations only help you here: they are not saved and not printed.
shares-holder-name = Member { $number }
shares-holder-name-hint = Only shown on this screen.
shares-holder-group = Group
shares-holder-group-desk = Organisation
shares-holder-file = This member keeps a file sealed with their own passphrase instead of a card
shares-file-folder = Folder for the file (a USB stick of theirs)
shares-file-passphrase = The member's own passphrase
shares-file-passphrase-hint = They type it themselves, and will type it again to use the share.
shares-crowded = { $group } alone would hold { $threshold } shares, enough to open the vault. Give some of them to members of other groups.
shares-submit = Make { $total } shares ({ $threshold } needed)
share-cards-title = Share cards: print them now
share-cards-title-desk = Advisory Group share cards: print them now
share-cards-once = These cards are shown only this once. Print them and give each card to its member. Any { $threshold } of the { $total } open the vault.
share-cards-file = Share { $number } ({ $holder }) was saved, sealed with the member's passphrase, in { $path }
share-cards-for = For: { $holder }
share-card-heading = Tejido recovery share { $number } of { $total }
share-card-vault = Vault id: { $id }
share-card-threshold = Any { $threshold } of the { $total } shares together open this vault. One share alone opens nothing.
share-card-keep = Keep this card safe and away from the computer. Never photograph it or type it into a message. Only bring it when enough members meet to recover the vault.
share-card-keep-desk = You hold this share as a member of the desk's Advisory Group. Keep it safe and away from the computer; never photograph it or send it. Bring it only when the Advisory Group meets to recover the desk's vault.
share-card-use = To use it: in Tejido, on the unlock screen, choose "Open with shares held by members" and type the share as printed, spaces and all.
share-cards-print = Print the cards
share-cards-written = The cards are printed and each member has theirs
recover-shares-title = Open with shares held by members
recover-shares-intro = Type the shares of enough members, as their cards show them, or open the files of members who keep one with their own passphrase. Then choose a new passphrase for this computer.
recover-shares-card = Share { $number }
recover-shares-card-hint = It starts with tjs1. Spaces and capital letters do not matter.
recover-shares-file = Share file
recover-shares-file-passphrase = The passphrase of the member who keeps this file
recover-shares-add = Add a share
recover-shares-add-file = Add a share file
recover-shares-submit = Open and set a new passphrase
shred-title = Shred this laptop's keys
shred-what = For a laptop that may be taken: every passphrase of this vault stops working on this laptop, and this laptop's Syncthing key is destroyed. Afterwards only the paper recovery key or enough shares open the vault; what stays on the disk is encrypted.
shred-no-recovery = This vault has neither a paper recovery key nor shares held by members, so nobody could open it after a shred. Make a new paper key or split the recovery first.
shred-start = Shred this laptop's keys…
shred-limits = What it does not do: on an SSD or some filesystems the old bytes can survive where the disk put them; backups, copies of the folder and other laptops of the group keep their own keys; and whoever holds the paper key or enough shares can still open the vault, so keep them elsewhere.
shred-understood = I understand: no passphrase will open this vault on this laptop any more
shred-submit = Shred the keys now
duress-title = A duress passphrase
duress-what = A second passphrase to say if someone forces you to open Tejido. It opens a decoy (the demo community under your collective's name) and, without showing anything, destroys every other passphrase of this vault on this laptop. Afterwards the real data opens only with the paper recovery key or enough shares.
duress-no-recovery = This vault has neither a paper recovery key nor shares held by members, so after a duress opening nobody could open it. Make a new paper key or split the recovery first.
duress-start = Set a duress passphrase…
duress-limits = Who it fools, and who not: someone who forces you to unlock sees an ordinary vault, and the files on the disk show nothing more than a second passphrase and one more attachment. It does not fool someone who already had a copy of the folder and a real passphrase, someone watching you type the real one, or anyone who knows Tejido's demo well. Keep the paper key or the shares away from this laptop, or they can be forced out of you too.
duress-understood = I understand: typing it destroys this laptop's real passphrases, silently
duress-passphrase = Duress passphrase
duress-passphrase-hint = One you can say without hesitating, different from every passphrase of this vault.
duress-submit = Add the duress passphrase
duress-added = The duress passphrase is set. It is listed among the passphrases like any other.

# The access log's problems (app and CLI)
log-problem-bad-signature = Entry { $seq } was changed after the member signed it.
log-problem-broken-chain = Entries before { $seq } were removed, changed or reordered.
log-problem-unknown-member = Entry { $seq } is signed by someone who was never a member.
log-problem-opened-without-entry = A package was opened and the log does not say by whom: entries were removed.

# Advisory Group oversight at a desk
escalation-tab-oversight = Members and access log
oversight-members = { $count ->
    [one] One member
   *[other] { $count } members
}
oversight-intro = Each member has their own passphrase. Communities seal a case to the members of its working group only, and every opening is signed in the access log the Advisory Group reads. Members come and go only by an Advisory Group decision.
oversight-add = Add a member
oversight-name = Name
oversight-groups = Working groups
oversight-groups-hint = Separate them with commas, for example: Women and land, Corporate accountability.
oversight-own-passphrase = The new member types their own passphrase now, themselves. Nobody else should know it: it is what opens the cases of their working groups.
oversight-passphrase = The member's own passphrase
oversight-add-submit = Add the member
oversight-decision = The Advisory Group's decision
oversight-decision-title = What was decided
oversight-decision-hint = Recorded with the desk's decisions, for example "Meeting of 3 March: Ana joins Women and land".
oversight-present = Members of the Advisory Group present
oversight-advisory-group = Advisory Group
oversight-add-decision = { $name } joins the desk
oversight-remove-decision = { $name } leaves the desk
oversight-added-on = Added by decision of { $date }
oversight-removed-on = Removed by decision of { $date }
oversight-remove = Remove { $name } from the desk
oversight-remove-what = Their keys leave this vault and the desk refuses their openings. Cases sent after communities receive the desk's new contact file are not sealed to them. What they opened before stays in the log.
oversight-remove-submit = Remove by this decision
oversight-send-card = After every change, save the desk's contact file again (Desks and contacts) and send it to the communities: they seal new cases to the members it lists.
oversight-sealed-title = Packages waiting for a member
oversight-log-empty = Nobody has opened a case yet: each opening will be written here, signed by the member who opens it.
oversight-sealed-none = No package is waiting. Packages sealed to the desk's members wait here until one of them opens them.
oversight-sender-unknown = a sender not yet accepted
oversight-received-on = received { $date }
oversight-opened-by = opened by { $name } on { $date }
oversight-not-opened = not opened yet
oversight-open = Open as a member
oversight-who = Who is opening it
oversight-open-logged = The opening is written in the access log with your name and signed with your key.
oversight-open-submit = Open
oversight-log = Access log
oversight-log-verified = The log verifies: { $count ->
    [one] one opening
   *[other] { $count } openings
}, each signed by the member who opened the case.
oversight-log-seq = No.
oversight-log-when = When
oversight-log-who = Who
oversight-log-from = Community
package-kept-sealed = The package from { $name } is sealed to the desk's members: it waits in "Members and access log" until a member of its working group opens it.
case-working-group = The desk's working group
case-working-group-all = Every member of the desk
case-working-group-hint = Only the desk members of this working group can open the case.
contact-members = Cases are sealed to its { $count ->
    [one] member
   *[other] { $count } members
}, not to the desk: { $names }.

# A petition's tally from its file of signatures
desk-signatures-typed = Signatures, typed
desk-tally-count = Count them from a file…
desk-tally-again = Count again from a file…
desk-tally-type = Type the number instead
desk-tally-choose = The petition's signatures (a CSV file)
desk-tally-hint = A CSV file exported from the petition platform or typed up from the paper sheets: each person counts once (the same e-mail or phone, or the same name where there is none). The file is read and forgotten: only the counts are kept.
desk-tally-from = { $count ->
    [one] One signature
   *[other] { $count } signatures
} counted from { $file } on { $date } ({ $repeated }).
desk-tally-repeated = { $count ->
    [0] no repeated row
    [one] one repeated row left out
   *[other] { $count } repeated rows left out
}
desk-profiles = Who the defenders are
trends-by-profile = By defender profile
