// Generated from the Rust types by ts-rs; do not edit by hand.
// Regenerate: TEJIDO_UPDATE_BINDINGS=1 cargo test -p tejido-core --test core bindings

export type Locale = "en" | "es" | "fr";

/** What every command rejects with: Fluent ids from errors.ftl and their arguments. */
export type CommandError = { code: string; hint: string | null; args: Record<string, number | string> };

export type PersonId = string;

export type CollectiveId = string;

export type Sensitivity = "public" | "community" | "restricted";

export type PrintNames = "pseudonyms" | "realNames";

export type Person = { 
/**
 * Its id.
 */
id: PersonId, 
/**
 * The name shown on projectors, print-outs and exports. Always present, unique.
 */
pseudonym: string, 
/**
 * The real name, only if the community records it.
 */
realName: string | null, 
/**
 * Role in the collective ("water committee", "midwife").
 */
role: string, 
/**
 * Profile tags such as `women-defender`, `youth`, `elder`.
 */
tags: Array<string>, 
/**
 * Household, for spotting isolated households.
 */
household: string, 
/**
 * Sector or hamlet.
 */
sector: string, 
/**
 * Free notes.
 */
notes: string, 
/**
 * Who may see this person's details.
 */
sensitivity: Sensitivity, 
/**
 * When the person was added.
 */
createdAt: string, 
/**
 * When the person was last changed.
 */
updatedAt: string, };

export type NewPerson = { 
/**
 * Required, unique among current members.
 */
pseudonym: string, 
/**
 * Optional.
 */
realName: string | null, 
/**
 * Role in the collective.
 */
role: string, 
/**
 * Profile tags.
 */
tags: Array<string>, 
/**
 * Household.
 */
household: string, 
/**
 * Sector or hamlet.
 */
sector: string, 
/**
 * Free notes.
 */
notes: string, 
/**
 * Who may see this person's details.
 */
sensitivity: Sensitivity, };

export type Collective = { 
/**
 * Its id.
 */
id: CollectiveId, 
/**
 * Its name, as the community calls itself.
 */
name: string, 
/**
 * Who they are and what they defend, in a sentence or two.
 */
description: string, 
/**
 * When the vault was set up.
 */
createdAt: string, 
/**
 * The vault belongs to a network desk: it receives cases and acts on them.
 */
desk: boolean, };

export type Attention = { 
/**
 * What it is about, e.g. `opened-older-generation`.
 */
kind: string, 
/**
 * Arguments of the message; counts are numbers, so the UI picks their plural forms.
 */
args: Record<string, number | string>, };

export type Home = { 
/**
 * The collective.
 */
collective: Collective, 
/**
 * Current members, by pseudonym.
 */
people: Array<Person>, 
/**
 * The vault folder.
 */
vaultPath: string, 
/**
 * The generation on disk.
 */
generation: number, 
/**
 * Whether there is an edit to undo.
 */
canUndo: boolean, 
/**
 * Whether there is an undone edit to redo.
 */
canRedo: boolean, 
/**
 * What needs attention, most urgent first.
 */
attention: Array<Attention>, };

export type Created = { 
/**
 * `AGE-SECRET-KEY-1…`: shown once, never stored.
 */
recoveryKey: string, 
/**
 * The new vault's home.
 */
home: Home, };

export type RecentVault = { 
/**
 * The folder.
 */
path: string, 
/**
 * When it was last opened.
 */
lastOpened: string, };

export type AppInfo = { 
/**
 * The interface language: a built-in one (`en`, `es`, `fr`) or an installed language
 * pack's code (`pt-BR`).
 */
language: string, 
/**
 * Minutes without activity before locking; 0 never.
 */
autoLockMinutes: number, 
/**
 * The interface's text size in percent (one of [`TEXT_SIZES`]).
 */
textSize: number, 
/**
 * Vault folders opened here, most recent first (never the demo).
 */
recentVaults: Array<RecentVault>, 
/**
 * Where the demo vault lives.
 */
demoPath: string, 
/**
 * The demo vault's public passphrase.
 */
demoPassphrase: string, 
/**
 * Whether a vault is open now.
 */
unlocked: boolean, 
/**
 * Whether it is a training vault, deleted when locked.
 */
training: boolean, 
/**
 * A rehearsal of a case, community and desk on this laptop: which side is on screen and
 * what waits for each (none outside a rehearsal).
 */
trainingPair: TrainingPairInfo | null, 
/**
 * Where a new vault is suggested (a neutral name in Documents, not yet taken).
 */
suggestedVaultFolder: string, 
/**
 * The panic key was pressed since the last vault opened: the app starts at the neutral
 * welcome screen and `recent_vaults` is empty, so whoever takes the laptop sees no path.
 */
panicked: boolean, };

export type TrainingSide = "community" | "desk";

export type TrainingPairInfo = { 
/**
 * The side on screen.
 */
side: TrainingSide, 
/**
 * Packages sent to the side on screen, not yet opened there.
 */
waitingHere: number, 
/**
 * Packages sent to the other side, not yet opened there.
 */
waitingThere: number, };

export type PackProblem = { 
/**
 * The message id.
 */
id: string, 
/**
 * Variables English shows that the pack leaves out.
 */
missing: Array<string>, 
/**
 * Variables the pack uses that are never sent.
 */
extra: Array<string>, };

export type PackReport = { 
/**
 * Messages in the English interface.
 */
total: number, 
/**
 * Messages the pack translates without problems.
 */
translated: number, 
/**
 * Ids the pack lacks: shown in the chain's next language.
 */
missing: Array<string>, 
/**
 * Messages whose variables differ from English: not used.
 */
problems: Array<PackProblem>, };

export type PackView = { 
/**
 * Its BCP 47 code (`pt-BR`).
 */
code: string, 
/**
 * Its name in itself.
 */
name: string, 
/**
 * Where its missing messages come from, in order, ending in English.
 */
chain: Array<string>, 
/**
 * Whether it is installed here (else it comes with Tejido and can be installed).
 */
installed: boolean, 
/**
 * How much of the interface it translates.
 */
report: PackReport, };

export type PackSources = { 
/**
 * The pack's code.
 */
code: string, 
/**
 * Its chain (itself first, English last).
 */
chain: Array<string>, 
/**
 * `ui.ftl`.
 */
ui: string, 
/**
 * `errors.ftl`.
 */
errors: string, 
/**
 * Messages it has but that must not be shown (their variables differ from English).
 */
unused: Array<string>, };

export type LockReason = "idle" | "sleep" | "sessionLocked";

export type AutoLocked = { 
/**
 * Why.
 */
reason: LockReason, 
/**
 * The auto-lock delay, in minutes, when `reason` is idle.
 */
minutes: number, };

export type Strength = { 
/**
 * zxcvbn's score: 0 (guessed at once) to 4 (very hard).
 */
score: number, 
/**
 * Shorter than the minimum, so it will be refused whatever the score.
 */
tooShort: boolean, 
/**
 * Scored below the floor, so it will be refused.
 */
tooWeak: boolean, 
/**
 * The lowest score accepted.
 */
minScore: number, 
/**
 * The minimum length.
 */
minChars: number, };

export type SlotView = { 
/**
 * The slot id, to remove it by.
 */
id: string, 
/**
 * `passphrase`, `recovery` (the paper key) or `shares` (the recovery split among members).
 */
kind: "passphrase" | "recovery" | "shares", 
/**
 * When it was added.
 */
createdAt: string, 
/**
 * Sealed with less scrypt work than Tejido uses today: changing that passphrase seals
 * it again at full strength.
 */
weakWorkFactor: boolean, };

export type Slots = { 
/**
 * Number of passphrases.
 */
passphrases: number, 
/**
 * Whether a paper recovery key exists.
 */
hasRecoveryKey: boolean, 
/**
 * Every slot, oldest first.
 */
list: Array<SlotView>, 
/**
 * How many passphrase slots are sealed with less work than today's (home warns).
 */
weakSlots: number, };

export type NewRecoveryKey = { 
/**
 * `AGE-SECRET-KEY-1…`: shown once, never stored.
 */
recoveryKey: string, 
/**
 * The slots now.
 */
slots: Slots, };

export type ShareCard = { 
/**
 * k of n.
 */
number: number, 
/**
 * The share (`tjs1…`).
 */
text: string, };

export type ShareFileRequest = { 
/**
 * Which share (1..=n).
 */
number: number, 
/**
 * The holder's own passphrase, typed by them at this laptop.
 */
passphrase: string, 
/**
 * Where to write the file.
 */
path: string, };

export type ShareFileEntry = { 
/**
 * The file.
 */
path: string, 
/**
 * Its holder's passphrase.
 */
passphrase: string, };

export type SplitMade = { 
/**
 * Printed on every card so a card can be matched to its vault without naming it.
 */
shortVaultId: string, 
/**
 * How many shares open the vault (m).
 */
threshold: number, 
/**
 * How many shares were made (n).
 */
total: number, 
/**
 * The shares to print, in order.
 */
cards: Array<ShareCard>, 
/**
 * The shares written as sealed files: their number and where.
 */
files: Array<[number, string]>, 
/**
 * The slots now (the split is one of them).
 */
slots: Slots, };

export type BackupReport = { 
/**
 * The new vault folder inside the chosen destination.
 */
destination: string, 
/**
 * How many files were copied and verified.
 */
files: number, 
/**
 * How many bytes.
 */
bytes: number, };

export type ContextNoteId = string;

export type ActorId = string;

export type IncidentId = string;

export type ThreatAssessmentId = string;

export type RiskId = string;

export type MeasureId = string;

export type IndicatorId = string;

export type ThreatCategory = { 
/**
 * The stored id, e.g. `criminalisation`.
 */
id: string, 
/**
 * Its name by language tag (`en`, `es`, `fr`).
 */
label: { [key in string]: string }, };

export type Dimension = "political" | "economic" | "social" | "legal" | "territorial";

export type ContextNote = { 
/**
 * Its id.
 */
id: ContextNoteId, 
/**
 * Which dimension.
 */
dimension: Dimension, 
/**
 * When it was noted (the context changes; the date says when this was true).
 */
notedOn: string, 
/**
 * What the community observed.
 */
text: string, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type ActorKind = "company" | "state-body" | "security-forces" | "armed-group" | "community-body" | "ally-organisation" | "media" | "international-mechanism" | "other";

export type Stance = "ally" | "neutral" | "adversary";

export type Actor = { 
/**
 * Its id.
 */
id: ActorId, 
/**
 * Its name.
 */
name: string, 
/**
 * What kind.
 */
kind: ActorKind, 
/**
 * Ally, neutral or adversary.
 */
stance: Stance, 
/**
 * What it wants.
 */
interests: string, 
/**
 * Its means (money, weapons, lawyers, media).
 */
capabilities: string, 
/**
 * How much it can affect the collective, 1–5.
 */
influence: number, 
/**
 * Free notes.
 */
notes: string, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type Attachment = { 
/**
 * The blob's id (`blobs/<id>.age`).
 */
id: string, 
/**
 * The file name it had.
 */
name: string, 
/**
 * SHA-256 of its content, hex.
 */
sha256: string, 
/**
 * Its size in bytes.
 */
size: number, };

export type Incident = { 
/**
 * Its id.
 */
id: IncidentId, 
/**
 * What happened, in a line.
 */
title: string, 
/**
 * When.
 */
occurredOn: string, 
/**
 * Where.
 */
place: string, 
/**
 * What happened, in detail.
 */
description: string, 
/**
 * The threat category id (`assets/taxonomies/threat-categories.json`).
 */
category: string, 
/**
 * Members affected.
 */
affectedPeople: Array<PersonId>, 
/**
 * Groups affected ("the water committee").
 */
affectedGroups: string, 
/**
 * Whether it targeted the whole collective.
 */
wholeCollective: boolean, 
/**
 * The actor who did it, if known and mapped.
 */
perpetratorActor: ActorId | null, 
/**
 * Who did it, in words, if known.
 */
perpetrator: string, 
/**
 * To whom it was reported (prosecutor, ombudsperson, network).
 */
reportedTo: string, 
/**
 * Sealed photos and documents.
 */
attachments: Array<Attachment>, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type ThreatAssessment = { 
/**
 * Its id.
 */
id: ThreatAssessmentId, 
/**
 * The threat, in a line.
 */
title: string, 
/**
 * When it was assessed.
 */
assessedOn: string, 
/**
 * The incidents it is built from.
 */
incidents: Array<IncidentId>, 
/**
 * Step 1: the facts.
 */
facts: string, 
/**
 * Step 2: is there a pattern over time?
 */
pattern: string, 
/**
 * Step 3: what does it seem to want?
 */
objective: string, 
/**
 * Step 4: who is behind it?
 */
source: string, 
/**
 * Step 5: can it be carried out? What follows?
 */
conclusion: string, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type Assessment = { 
/**
 * When it was rated.
 */
on: string, 
/**
 * How likely, 1 (very low) to 5 (very high).
 */
likelihood: number, 
/**
 * How grave, 1 (very low) to 5 (very high).
 */
impact: number, 
/**
 * Why it moved.
 */
note: string, };

export type Risk = { 
/**
 * Its id.
 */
id: RiskId, 
/**
 * The scenario, in a line ("Criminal charges against the water committee").
 */
title: string, 
/**
 * Who or what is threatened.
 */
threatened: string, 
/**
 * The threat category id.
 */
category: string, 
/**
 * The scenario in detail.
 */
description: string, 
/**
 * The threat assessment it rests on, if any.
 */
threatAssessment: ThreatAssessmentId | null, 
/**
 * What exposes them to this threat.
 */
vulnerabilities: Array<string>, 
/**
 * What protects them against it.
 */
capacities: Array<string>, 
/**
 * The ratings, oldest first; the last is the current one. Never empty.
 */
assessments: Array<Assessment>, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type Strategy = "acceptance" | "deterrence" | "protection";

export type Timing = "prevention" | "response";

export type MeasureStatus = "to-do" | "in-progress" | "done";

export type Measure = { 
/**
 * Its id.
 */
id: MeasureId, 
/**
 * What will be done, in a line.
 */
title: string, 
/**
 * How.
 */
description: string, 
/**
 * Acceptance, deterrence or protection.
 */
strategy: Strategy, 
/**
 * Prevention or response.
 */
timing: Timing, 
/**
 * Who is responsible.
 */
owners: Array<PersonId>, 
/**
 * What it needs (money, transport, training).
 */
resources: string, 
/**
 * By when.
 */
dueOn: string | null, 
/**
 * How far it has got.
 */
status: MeasureStatus, 
/**
 * The risks it answers.
 */
risks: Array<RiskId>, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type AlertLevel = "green" | "yellow" | "orange" | "red";

export type Indicator = { 
/**
 * Its id.
 */
id: IndicatorId, 
/**
 * The risk it warns of.
 */
risk: RiskId, 
/**
 * What is seen or heard ("unknown vehicles near the school at night").
 */
signal: string, 
/**
 * The level it triggers.
 */
alertLevel: AlertLevel, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type RiskRecord = { "record": "context-note" } & ContextNote | { "record": "actor" } & Actor | { "record": "incident" } & Incident | { "record": "threat-assessment" } & ThreatAssessment | { "record": "risk" } & Risk | { "record": "measure" } & Measure | { "record": "indicator" } & Indicator;

export type RiskKind = "context-note" | "actor" | "incident" | "threat-assessment" | "risk" | "measure" | "indicator";

export type Band = "low" | "medium" | "high" | "critical";

export type Trend = "new" | "rising" | "steady" | "falling";

export type Cell = { 
/**
 * 1–5.
 */
likelihood: number, 
/**
 * 1–5.
 */
impact: number, 
/**
 * Its colour.
 */
band: Band, 
/**
 * The risks currently rated here.
 */
risks: Array<RiskId>, };

export type RiskStatus = { 
/**
 * Which risk.
 */
risk: RiskId, 
/**
 * The colour of its current cell.
 */
band: Band, 
/**
 * How it moved at the last reassessment.
 */
trend: Trend, 
/**
 * How many current measures answer it.
 */
measures: number, 
/**
 * When it is next due for review (see [`risk_review_on`]).
 */
reviewOn: string, 
/**
 * Whether that date has come.
 */
reviewDue: boolean, };

export type RiskAnalysis = { 
/**
 * The threat categories with their names.
 */
categories: Array<ThreatCategory>, 
/**
 * Context notes, newest first.
 */
context: Array<ContextNote>, 
/**
 * Actors, most influential first.
 */
actors: Array<Actor>, 
/**
 * The incident book, newest first.
 */
incidents: Array<Incident>, 
/**
 * Threat assessments, newest first.
 */
threatAssessments: Array<ThreatAssessment>, 
/**
 * Risk scenarios, in the order they were identified.
 */
risks: Array<Risk>, 
/**
 * Band, trend and measure count of each risk, in the same order.
 */
riskStatus: Array<RiskStatus>, 
/**
 * The 5×5 matrix, top row very likely.
 */
matrix: Array<Cell>, 
/**
 * Measures, soonest due first.
 */
measures: Array<Measure>, 
/**
 * Early-warning indicators, most serious level first.
 */
indicators: Array<Indicator>, 
/**
 * Risks no measure answers yet.
 */
risksWithoutMeasure: Array<RiskId>, 
/**
 * Measures past their due date and not done.
 */
overdueMeasures: Array<MeasureId>, 
/**
 * When the analysis is next due for review, once there is a risk to review.
 */
reviewOn: string | null, 
/**
 * Whether that date has come.
 */
reviewDue: boolean, 
/**
 * Who carries which risk, per person and per group.
 */
carriers: Carriers, };

export type RiskScreen = { 
/**
 * The analysis.
 */
analysis: RiskAnalysis, 
/**
 * The home: members (for owners and affected people), attention, undo.
 */
home: Home, };

export type RegisterMeasure = { 
/**
 * The measure.
 */
measure: Measure, 
/**
 * Its owners' pseudonyms.
 */
owners: Array<string>, };

export type RegisterEntry = { 
/**
 * The risk, with its rating history.
 */
risk: Risk, 
/**
 * Its threat category, named in the register's language.
 */
category: string, 
/**
 * The colour of its current cell.
 */
band: Band, 
/**
 * How it moved.
 */
trend: Trend, 
/**
 * The threat assessment it rests on.
 */
threatAssessment: ThreatAssessment | null, 
/**
 * The measures that answer it.
 */
measures: Array<RegisterMeasure>, 
/**
 * Its early-warning indicators.
 */
indicators: Array<Indicator>, };

export type RiskRegister = { 
/**
 * The collective's name.
 */
collective: string, 
/**
 * The day it was produced.
 */
producedOn: string, 
/**
 * The next review.
 */
reviewOn: string | null, 
/**
 * Whether that date has come or passed: the paper says the review is overdue.
 */
reviewOverdue: boolean, 
/**
 * The risks, most urgent first.
 */
entries: Array<RegisterEntry>, 
/**
 * How many restricted records were left out.
 */
omitted: number, };

export type InstitutionLetter = { 
/**
 * The kind of institution (`prosecutor`, `ombudsperson`… of
 * `assets/taxonomies/responsible-institutions.json`).
 */
institution: string, 
/**
 * That kind, in words.
 */
institutionLabel: string, 
/**
 * The actor the community mapped as this institution, if it did.
 */
actor: ActorId | null, 
/**
 * To whom: the mapped actor's name, else the kind of institution in words.
 */
addressee: string, 
/**
 * Why it is suggested, a sentence each.
 */
reasons: Array<string>, 
/**
 * The letter's title, to edit.
 */
title: string, 
/**
 * The letter, to edit.
 */
text: string, };

export type IncidentLetters = { 
/**
 * Which incident.
 */
incident: IncidentId, 
/**
 * One per institution, in the order of the taxonomy (the category's, then every
 * incident's).
 */
letters: Array<InstitutionLetter>, 
/**
 * The incident is restricted: its title, description, place and people were left out.
 */
detailsWithheld: boolean, 
/**
 * The people named by their real name, because they agreed to be named to authorities.
 */
named: Array<PersonId>, };

export type LetterRecord = { 
/**
 * The incident it is about.
 */
incident: IncidentId, 
/**
 * To whom, as the suggestion named them.
 */
addressee: string, 
/**
 * The letter's title, as edited.
 */
title: string, 
/**
 * The letter, as edited.
 */
text: string, 
/**
 * Who will send it.
 */
owners: Array<PersonId>, 
/**
 * By when it should leave.
 */
dueOn: string | null, 
/**
 * When it left, if it did: the measure is then done, and the incident says to whom it
 * was reported.
 */
sentOn: string | null, };

export type RelationshipId = string;

export type PartyKind = "person" | "actor";

export type RelationshipKind = "family" | "friend" | "neighbour" | "colleague" | "member" | "safety-contact" | "alert-link" | "ally" | "accompaniment" | "funder" | "duty-bearer" | "influences" | "controls" | "hostile";

export type Support = "shelter" | "legal" | "medical" | "transport" | "money" | "visibility";

export type Relationship = { 
/**
 * Its id.
 */
id: RelationshipId, 
/**
 * Whether the source is a person or an actor.
 */
sourceKind: PartyKind, 
/**
 * The source's id.
 */
source: string, 
/**
 * Whether the target is a person or an actor.
 */
targetKind: PartyKind, 
/**
 * The target's id.
 */
target: string, 
/**
 * What kind of link.
 */
kind: RelationshipKind, 
/**
 * 1 distant, 2 close, 3 very close.
 */
closeness: number, 
/**
 * What support flows along it.
 */
support: Array<Support>, 
/**
 * The target can be reached at any hour.
 */
reachableAlways: boolean, 
/**
 * For alert links: the order in which the source calls (1 first).
 */
alertOrder: number | null, 
/**
 * For alert links: who to call if the target does not answer.
 */
fallback: string | null, 
/**
 * For a safety contact: when and how to check in ("every evening at eight, by text").
 */
checkIn: string, 
/**
 * Free notes.
 */
notes: string, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type FindingKind = "no-safety-contact" | "alert-loop" | "alert-dead-end" | "contact-concentration" | "single-point-of-failure" | "only-link" | "isolated-people" | "isolated-household" | "ally-adversary-path" | "exposed-family";

export type Finding = { 
/**
 * What was found.
 */
kind: FindingKind, 
/**
 * The people concerned (the person at the centre first, where there is one).
 */
people: Array<PersonId>, 
/**
 * The actors concerned.
 */
actors: Array<ActorId>, 
/**
 * A household name, where the finding is about one.
 */
household: string, };

export type NodePosition = { 
/**
 * The person's or actor's id.
 */
id: string, 
/**
 * Across.
 */
x: number, 
/**
 * Down.
 */
y: number, };

export type PlaceId = string;

export type Place = { 
/**
 * Its id.
 */
id: PlaceId, 
/**
 * Its name ("the spring", "the school").
 */
name: string, 
/**
 * Free notes.
 */
notes: string, 
/**
 * Who may see it.
 */
sensitivity: Sensitivity, };

export type CheckIn = { 
/**
 * The safety contact to report to.
 */
contact: PersonId, 
/**
 * When and how.
 */
when: string, };

export type AlertCall = { 
/**
 * A person, or an actor (a network desk, a lawyer) as target.
 */
targetKind: PartyKind, 
/**
 * The target's id.
 */
target: string, 
/**
 * Whether they can be reached at any hour.
 */
reachableAlways: boolean, 
/**
 * Whom to call when they do not answer.
 */
fallback: PersonId | null, };

export type AlertCard = { 
/**
 * Whose card.
 */
person: PersonId, 
/**
 * Who calls them.
 */
calledBy: Array<PersonId>, 
/**
 * Whom they call, in order.
 */
calls: Array<AlertCall>, 
/**
 * Whether the chain starts with them (nobody calls them).
 */
startsChain: boolean, 
/**
 * Check-ins agreed with their safety contacts ("Ceiba: every evening at eight").
 */
checkIns: Array<CheckIn>, 
/**
 * The means of contact of everyone the card names: empty unless the person printing
 * confirmed the warning ([`super::with_means`]); restricted, so never on a screen the
 * projector mirrors.
 */
contacts: Array<MeansOfContact>, };

export type MeansOfContact = { 
/**
 * The person they belong to (one row per person, keyed by the person's id).
 */
id: PersonId, 
/**
 * A phone number (or several, as written).
 */
phone: string, 
/**
 * A radio channel or call sign.
 */
radio: string, 
/**
 * Where to meet them, or send someone to.
 */
meetingPoint: string, 
/**
 * Anything else: a neighbour's house, a church bell, a messenger.
 */
other: string, };

export type AlertActivation = { 
/**
 * Its id.
 */
id: ActivationId, 
/**
 * The level ("orange").
 */
level: AlertLevel, 
/**
 * When the group decided it.
 */
startedAt: string, 
/**
 * Who decided it, as written ("the assembly", "the water committee").
 */
decidedBy: string, 
/**
 * The members who took the decision, when named.
 */
deciders: Array<PersonId>, 
/**
 * Why, in a line (optional).
 */
reason: string, 
/**
 * When the group stood down (back to green); `None` while it runs.
 */
closedAt: string | null, 
/**
 * What was said when standing down (optional).
 */
closedNote: string, };

export type ChainOutcome = "reached" | "not-reached" | "reached-through-fallback";

export type ChainMark = { 
/**
 * Its id.
 */
id: ChainMarkId, 
/**
 * The activation it belongs to.
 */
activation: ActivationId, 
/**
 * Who was (or was not) reached.
 */
person: PersonId, 
/**
 * What happened.
 */
outcome: ChainOutcome, 
/**
 * When.
 */
at: string, 
/**
 * For a fallback: through whom.
 */
through: PersonId | null, 
/**
 * A word about it (optional).
 */
note: string, };

export type ChainStep = { 
/**
 * Who.
 */
person: PersonId, 
/**
 * Who calls them in the chain (empty where the chain starts).
 */
calledBy: Array<PersonId>, 
/**
 * The fallbacks their callers have for them.
 */
fallbacks: Array<PersonId>, 
/**
 * Their latest mark in this activation, if any.
 */
mark: ChainMark | null, };

export type ActivationLog = { 
/**
 * The activation.
 */
activation: AlertActivation, 
/**
 * Everyone on the pocket cards, in the chain's order, each with their latest mark.
 */
chain: Array<ChainStep>, 
/**
 * Who is still to reach, in the chain's order: no mark yet, or marked not reached.
 */
toReach: Array<PersonId>, 
/**
 * Every mark, oldest first (a person marked twice appears twice: the log is dated).
 */
log: Array<ChainMark>, };

export type AlertActivations = { 
/**
 * The alert running now.
 */
running: ActivationLog | null, 
/**
 * Alerts stood down, newest first.
 */
past: Array<ActivationLog>, };

export type NewActivation = { 
/**
 * The level (yellow, orange or red).
 */
level: AlertLevel, 
/**
 * Who decided, as written.
 */
decidedBy: string, 
/**
 * The members who decided, when named.
 */
deciders: Array<PersonId>, 
/**
 * Why (optional).
 */
reason: string, };

export type Network = { 
/**
 * Every current relationship.
 */
relationships: Array<Relationship>, 
/**
 * What the analyses found, most serious first.
 */
findings: Array<Finding>, 
/**
 * The alert chain as pocket cards, in the order the alert travels.
 */
alertCards: Array<AlertCard>, 
/**
 * Where people and actors were placed on the map.
 */
positions: Array<NodePosition>, 
/**
 * The kinds that have a direction (drawn with an arrow).
 */
directedKinds: Array<RelationshipKind>, 
/**
 * Named places pinned on the territory map.
 */
places: Array<Place>, };

export type NetworkScreen = { 
/**
 * Relationships and findings.
 */
network: Network, 
/**
 * The actors a link can reach (from the risk analysis).
 */
actors: Array<Actor>, 
/**
 * The home: members, attention, undo.
 */
home: Home, };

export type TerritoryMap = { 
/**
 * The file name it had.
 */
name: string, 
/**
 * `data:image/…;base64,…`.
 */
dataUrl: string, };

export type SectionId = string;

export type PrincipleId = string;

export type LevelId = string;

export type DecisionId = string;

export type CommentId = string;

export type Section = { 
/**
 * Its id.
 */
id: SectionId, 
/**
 * The template section it started from (`decision-making`…), empty if written from
 * scratch. Tells which sections name spokespeople and which are emergencies.
 */
key: string, 
/**
 * Its place in the document; sections are read in increasing order.
 */
position: number, 
/**
 * Its title.
 */
title: string, 
/**
 * The question the facilitator asks to draft it.
 */
guidance: string, 
/**
 * The community's text, in the first person plural.
 */
body: string, 
/**
 * Who may see it; restricted sections never reach print or the projector.
 */
sensitivity: Sensitivity, };

export type Principle = { 
/**
 * Its id.
 */
id: PrincipleId, 
/**
 * The template principle it started from, empty if the community wrote it.
 */
key: string, 
/**
 * Its place in the list.
 */
position: number, 
/**
 * A short name.
 */
title: string, 
/**
 * The community's wording.
 */
text: string, 
/**
 * The wording it was offered with, to show how it was adapted.
 */
original: string, 
/**
 * Where it comes from.
 */
source: string, };

export type ProtocolLevel = { 
/**
 * Its id.
 */
id: LevelId, 
/**
 * Its place, lowest level first.
 */
position: number, 
/**
 * Its level, named by its colour (always shown with its word): one of the four
 * levels indicators trigger and the alert chain is activated at.
 */
colour: AlertLevel, 
/**
 * Its name ("Attention").
 */
name: string, 
/**
 * What signals it, in words.
 */
triggers: string, 
/**
 * Early-warning indicators of the risk analysis that signal it.
 */
indicators: Array<IndicatorId>, 
/**
 * What we do, one step per line.
 */
actions: string, 
/**
 * Whether this level starts the alert chain.
 */
alertChain: boolean, };

export type SubjectKind = "protocol" | "section" | "principle" | "level" | "other";

export type Outcome = "agreed" | "agreed-with-changes" | "rejected" | "postponed";

export type Method = "consensus" | "vote";

export type Participation = { 
/**
 * The group: `women`, `men`, `youth`, `elders`, or the community's own word.
 */
group: string, 
/**
 * How many of them took part.
 */
count: number, };

export type PrincipleStatus = "proposed" | "adopted" | "adapted" | "rejected";

export type PrincipleEntry = { 
/**
 * Where it stands.
 */
status: PrincipleStatus, 
/**
 * Its id.
 */
id: PrincipleId, 
/**
 * The template principle it started from, empty if the community wrote it.
 */
key: string, 
/**
 * Its place in the list.
 */
position: number, 
/**
 * A short name.
 */
title: string, 
/**
 * The community's wording.
 */
text: string, 
/**
 * The wording it was offered with, to show how it was adapted.
 */
original: string, 
/**
 * Where it comes from.
 */
source: string, };

export type ProtocolDocument = { 
/**
 * Principles with their status.
 */
principles: Array<PrincipleEntry>, 
/**
 * Sections in reading order.
 */
sections: Array<Section>, 
/**
 * Alert levels, lowest first.
 */
levels: Array<ProtocolLevel>, };

export type Decision = { 
/**
 * Its id.
 */
id: DecisionId, 
/**
 * What it is about.
 */
subjectKind: SubjectKind, 
/**
 * The section, principle or level it is about.
 */
subject: string | null, 
/**
 * What was proposed and decided, in a line.
 */
title: string, 
/**
 * What was decided.
 */
outcome: Outcome, 
/**
 * How.
 */
method: Method, 
/**
 * When.
 */
decidedOn: string, 
/**
 * Who took part, by group. Groups may overlap (a young woman counts in both).
 */
participants: Array<Participation>, 
/**
 * Votes in favour, for a vote.
 */
votesFor: number | null, 
/**
 * Votes against, for a vote.
 */
votesAgainst: number | null, 
/**
 * Abstentions, for a vote.
 */
abstentions: number | null, 
/**
 * Who disagreed and why, in their words.
 */
dissent: string, 
/**
 * Anything else to remember.
 */
notes: string, 
/**
 * For an agreed protocol: the version it froze (1, 2…). Set only by freezing.
 */
version: number | null, 
/**
 * For an agreed protocol: the document as agreed. Set only by freezing, never changed.
 */
snapshot: ProtocolDocument | null, };

export type CommentKind = "comment" | "proposal";

export type CommentStatus = "open" | "taken" | "set-aside";

export type ProtocolComment = { 
/**
 * Its id.
 */
id: CommentId, 
/**
 * The section it is about, if any.
 */
section: SectionId | null, 
/**
 * Who said it: a group ("women's group") or a pseudonym; may be empty.
 */
author: string, 
/**
 * Comment or proposal.
 */
kind: CommentKind, 
/**
 * What was said or proposed.
 */
text: string, 
/**
 * What became of it.
 */
status: CommentStatus, };

export type VersionInfo = { 
/**
 * The decision that agreed it.
 */
decision: DecisionId, 
/**
 * Its number.
 */
version: number, 
/**
 * When it was agreed.
 */
decidedOn: string, };

export type TemplateSection = { 
/**
 * Its stable key (`decision-making`).
 */
key: string, 
/**
 * Its title.
 */
title: string, 
/**
 * The question that drafts it.
 */
guidance: string, 
/**
 * A starter text the community rewrites.
 */
body: string, };

export type TemplatePrinciple = { 
/**
 * Its stable key (`no-single-leader`).
 */
key: string, 
/**
 * A short name.
 */
title: string, 
/**
 * Its wording.
 */
text: string, 
/**
 * Where it comes from.
 */
source: string, };

export type TemplateLevel = { 
/**
 * Its colour.
 */
colour: AlertLevel, 
/**
 * Its name.
 */
name: string, 
/**
 * What signals it.
 */
triggers: string, 
/**
 * What we do.
 */
actions: string, 
/**
 * Whether it starts the alert chain.
 */
alertChain: boolean, };

export type Template = { 
/**
 * Sections, in reading order.
 */
sections: Array<TemplateSection>, 
/**
 * Principles offered.
 */
principles: Array<TemplatePrinciple>, 
/**
 * Alert levels, lowest first.
 */
alertLevels: Array<TemplateLevel>, };

export type WarningKind = "single-spokesperson" | "concentrated-contacts";

export type Unfinished = { 
/**
 * Titles of the principles neither adopted, adapted nor rejected yet.
 */
undecided: Array<string>, 
/**
 * Blanks of the template left in the text, where they are.
 */
blanks: Array<Blank>, };

export type Blank = { 
/**
 * The title of the section, principle or alert level it is in.
 */
place: string, 
/**
 * The blank as written, brackets included.
 */
blank: string, };

export type ProtocolWarning = { 
/**
 * Why.
 */
kind: WarningKind, 
/**
 * Who.
 */
person: PersonId, 
/**
 * In which section.
 */
section: SectionId, };

export type Protocol = { 
/**
 * The living draft.
 */
document: ProtocolDocument, 
/**
 * Every decision, newest first (frozen versions among them).
 */
decisions: Array<Decision>, 
/**
 * Frozen versions, oldest first.
 */
versions: Array<VersionInfo>, 
/**
 * Whether the draft differs from the latest version (or no version is frozen yet).
 */
draftChanged: boolean, 
/**
 * Comments and proposals, oldest first.
 */
comments: Array<ProtocolComment>, 
/**
 * Where the protocol goes against "no single leader or spokesperson".
 */
warnings: Array<ProtocolWarning>, 
/**
 * Principles not decided yet and template blanks left: said before freezing or printing.
 */
unfinished: Unfinished, 
/**
 * The early-warning indicators an alert level may be linked to.
 */
indicators: Array<Indicator>, 
/**
 * The template in the person's language, to add a section from it.
 */
template: Template, 
/**
 * The groups a decision record always asks about.
 */
usualGroups: Array<string>, };

export type ProtocolRecord = { "record": "section" } & Section | { "record": "principle" } & Principle | { "record": "level" } & ProtocolLevel | { "record": "decision" } & Decision | { "record": "comment" } & ProtocolComment;

export type ProtocolKind = "section" | "principle" | "level" | "decision" | "comment";

export type ProtocolScreen = { 
/**
 * The protocol.
 */
protocol: Protocol, 
/**
 * The home: members (named in warnings), attention, undo.
 */
home: Home, };

export type Part = "section" | "principle" | "level";

export type PartChange = "added" | "removed" | "changed" | "moved" | "changed-and-moved";

export type SpanKind = "same" | "added" | "removed";

export type Span = { 
/**
 * Same, added or removed.
 */
kind: SpanKind, 
/**
 * The words, with their spaces and line breaks.
 */
text: string, };

export type PartDiff = { 
/**
 * Section, principle or level.
 */
part: Part, 
/**
 * Its id.
 */
id: string, 
/**
 * Its title in the later state (the earlier one if removed).
 */
title: string, 
/**
 * What happened.
 */
change: PartChange, 
/**
 * Its whole text, word by word (title first, then body).
 */
spans: Array<Span>, 
/**
 * What it was marked before, when that changed: a principle's status
 * (`proposed`, `adopted`…), a section's sensitivity, `alert-chain` for a level.
 */
markBefore: string | null, 
/**
 * What it is marked now, when that changed.
 */
markAfter: string | null, };

export type ProtocolDiff = { 
/**
 * The parts that differ.
 */
parts: Array<PartDiff>, 
/**
 * How many parts are the same.
 */
unchanged: number, };

export type ProtocolPrint = { 
/**
 * The collective's name.
 */
collective: string, 
/**
 * The version printed; `None` for a draft.
 */
version: number | null, 
/**
 * When that version was agreed.
 */
agreedOn: string | null, 
/**
 * For a draft: the version it changes, if any.
 */
basedOn: number | null, 
/**
 * Adopted and adapted principles.
 */
principles: Array<PrincipleEntry>, 
/**
 * Principles still under discussion.
 */
underDiscussion: Array<PrincipleEntry>, 
/**
 * Sections, restricted ones left out.
 */
sections: Array<Section>, 
/**
 * Alert levels.
 */
levels: Array<ProtocolLevel>, 
/**
 * The decision records up to then, newest first, without the frozen documents.
 */
decisions: Array<Decision>, 
/**
 * How many restricted sections were left out.
 */
omitted: number, 
/**
 * Principles 2 and 3 checked against the records on the day of printing.
 */
checks: PrincipleChecks, };

export type Carriers = { 
/**
 * Each person who carries a risk, most and gravest first.
 */
people: Array<PersonRisks>, 
/**
 * The usual groups, then the community's own tags, each with its members' risks.
 */
groups: Array<GroupRisks>, };

export type Carried = { 
/**
 * The risk.
 */
risk: RiskId, 
/**
 * Its colour now.
 */
band: Band, };

export type PersonRisks = { 
/**
 * Who.
 */
person: PersonId, 
/**
 * What they carry.
 */
risks: Array<Carried>, };

export type GroupRisks = { 
/**
 * The group (a usual one, or a tag the community gave its members).
 */
group: string, 
/**
 * How many members are in it.
 */
members: number, 
/**
 * What they carry between them.
 */
risks: Array<Carried>, };

export type PrincipleChecks = { 
/**
 * Principle 1: companies, members tied to them, dialogues planned, institutions to
 * demand action from.
 */
companies: Companies, 
/**
 * Principle 2: participation by group and who owns the measures.
 */
inclusion: Inclusion, 
/**
 * Principle 3: who the community depends on, those with a warning first.
 */
leaders: Array<Dependency>, 
/**
 * How the people named above may be named to this audience (see [`Self::named`]).
 */
named: Array<NamedPerson>, };

export type Companies = { 
/**
 * Each company the records know, with the members linked to it.
 */
companies: Array<CompanyTie>, 
/**
 * Measures and decisions that plan a meeting or dialogue with a company.
 */
dialogues: Array<Dialogue>, 
/**
 * The public institutions (and protection mechanisms) the records know, to demand action
 * from instead; by name.
 */
institutions: Array<string>, };

export type CompanyTie = { 
/**
 * The company.
 */
actor: ActorId, 
/**
 * Its name.
 */
name: string, 
/**
 * The members linked to it.
 */
people: Array<PersonId>, };

export type Dialogue = { 
/**
 * A measure or a decision.
 */
plannedIn: PlannedIn, 
/**
 * Its title.
 */
title: string, 
/**
 * The company it names, if it names one the records know.
 */
company: string | null, };

export type PlannedIn = "measure" | "decision";

export type Inclusion = { 
/**
 * Decisions with participation recorded.
 */
decisions: number, 
/**
 * Decisions recorded without saying who took part.
 */
unrecorded: number, 
/**
 * Meetings (days with a recorded decision) with participation recorded.
 */
meetings: number, 
/**
 * Each group: the usual ones first, then the community's own, by name.
 */
groups: Array<GroupParticipation>, 
/**
 * Current (not done) measures with at least one owner.
 */
measures: number, 
/**
 * Current measures nobody owns.
 */
unowned: number, 
/**
 * Owners of current measures, most measures first.
 */
owners: Array<MeasureOwner>, 
/**
 * What goes against the principle.
 */
warnings: Array<InclusionWarning>, };

export type GroupParticipation = { 
/**
 * The group: `women`, `men`, `youth`, `elders`, or the community's own word.
 */
group: string, 
/**
 * Decisions it took part in.
 */
decisions: number, 
/**
 * Meetings it took part in.
 */
meetings: number, 
/**
 * The most people of the group at one meeting.
 */
mostPeople: number, 
/**
 * The last day it took part.
 */
lastOn: string | null, 
/**
 * Year by year, oldest first.
 */
years: Array<YearShare>, 
/**
 * Members whose profile puts them in the group (0 when no tag says so, as for `men`).
 */
members: number, 
/**
 * Current measures at least one of those members owns.
 */
measures: number, };

export type YearShare = { 
/**
 * The year.
 */
year: number, 
/**
 * Meetings (days with a recorded decision) that year.
 */
meetings: number, 
/**
 * Of those, the meetings the group took part in.
 */
attended: number, };

export type MeasureOwner = { 
/**
 * Who.
 */
person: PersonId, 
/**
 * How many.
 */
measures: number, };

export type InclusionWarning = { 
/**
 * What.
 */
kind: InclusionWarningKind, 
/**
 * The group, if about one.
 */
group: string | null, 
/**
 * The person, if about one.
 */
person: PersonId | null, 
/**
 * How many (measures the person owns, meetings missed…).
 */
count: number, 
/**
 * Out of how many.
 */
total: number, };

export type InclusionWarningKind = "group-absent" | "group-stopped" | "one-owner" | "group-owns-none";

export type Dependency = { 
/**
 * Who.
 */
person: PersonId, 
/**
 * Why, most serious first.
 */
reasons: Array<Dependence>, 
/**
 * The protocol sections that give them a role.
 */
sections: Array<SectionId>, 
/**
 * How many current measures they own.
 */
measures: number, };

export type Dependence = "sole-voice" | "contacts" | "only-bridge" | "measures" | "chain-start" | "named-role";

export type NamedPerson = { 
/**
 * Who.
 */
person: PersonId, 
/**
 * The name this audience may read.
 */
name: string, };

export type LevelCard = { 
/**
 * Its colour (printed with its word).
 */
colour: AlertLevel, 
/**
 * Its name.
 */
name: string, 
/**
 * What signals it.
 */
triggers: string, 
/**
 * What we do, one step per entry.
 */
actions: Array<string>, 
/**
 * Whether it starts the alert chain.
 */
alertChain: boolean, };

export type EmergencyCard = { 
/**
 * The emergency ("Detention").
 */
title: string, 
/**
 * Its first steps, at most [`MAX_STEPS`].
 */
steps: Array<string>, };

export type PocketCards = { 
/**
 * One card per alert level.
 */
levels: Array<LevelCard>, 
/**
 * One card per emergency section that is not restricted.
 */
emergencies: Array<EmergencyCard>, 
/**
 * Who starts the alert chain, by pseudonym (with the real name only when asked for).
 */
chainStarts: Array<string>, };

export type Projection = { 
/**
 * The interface language, for the projector window's few words of its own: an installed
 * pack's code (`pt-BR`) when one is chosen, as [`App::language`] says, so the room reads
 * the facilitator's language rather than the core's built-in one the pack falls back to.
 */
language: string, 
/**
 * The collective's name, shown small at the top; empty when locked.
 */
collective: string, 
/**
 * The title in large type; empty for a blank screen.
 */
title: string, 
/**
 * The text, with its line breaks.
 */
body: string, 
/**
 * Open proposals and comments on it: "Youth group: …".
 */
notes: Array<string>, 
/**
 * Something restricted was chosen: the projector says it is hidden, and nothing more.
 */
hidden: boolean, };

export type WorkshopId = string;

export type AgendaItemId = string;

export type NoteId = string;

export type Workshop = { 
/**
 * Its id.
 */
id: WorkshopId, 
/**
 * Its title.
 */
title: string, 
/**
 * The first day.
 */
startsOn: string, 
/**
 * Where (a pseudonym of the place is enough).
 */
place: string, 
/**
 * Anything the facilitators want to remember.
 */
notes: string, };

export type Module = "welcome" | "context" | "actors" | "network" | "incidents" | "threats" | "risks" | "measures" | "indicators" | "protocol" | "decisions" | "care" | "review" | "other";

export type ItemStatus = "planned" | "running" | "done";

export type AgendaItem = { 
/**
 * Its id.
 */
id: AgendaItemId, 
/**
 * Its workshop.
 */
workshop: WorkshopId, 
/**
 * Its place in the agenda.
 */
position: number, 
/**
 * The template session it started from, empty if added by hand.
 */
key: string, 
/**
 * Which day (1, 2…).
 */
day: number, 
/**
 * Its title.
 */
title: string, 
/**
 * What the group leaves with.
 */
goal: string, 
/**
 * Its time box.
 */
minutes: number, 
/**
 * What to bring.
 */
materials: string, 
/**
 * The part of Tejido it fills.
 */
module: Module, 
/**
 * Planned, running or done.
 */
status: ItemStatus, 
/**
 * When it started.
 */
startedAt: string | null, 
/**
 * When it ended.
 */
finishedAt: string | null, 
/**
 * What was agreed or produced, for the report.
 */
outcomes: string, };

export type NoteTarget = "context-note" | "actor" | "incident" | "risk" | "measure" | "protocol-proposal";

export type StickyNote = { 
/**
 * Its id.
 */
id: NoteId, 
/**
 * Its workshop.
 */
workshop: WorkshopId, 
/**
 * The session it was written in.
 */
item: AgendaItemId | null, 
/**
 * The small group (or person, by pseudonym) it came from.
 */
groupName: string, 
/**
 * What it says.
 */
text: string, 
/**
 * Who may see it; restricted notes never reach the projector or a handout.
 */
sensitivity: Sensitivity, 
/**
 * What it was sorted into.
 */
sortedAs: NoteTarget | null, 
/**
 * The record it became (not `record`: that is the tag of [`super::WorkshopRecord`]).
 */
became: string | null, };

export type Progress = { 
/**
 * Sessions done.
 */
done: number, 
/**
 * Sessions in the agenda.
 */
total: number, 
/**
 * Minutes planned for the whole agenda.
 */
plannedMinutes: number, 
/**
 * Minutes planned for the sessions done.
 */
plannedMinutesDone: number, 
/**
 * Minutes those sessions actually took.
 */
actualMinutesDone: number, };

export type WorkshopPlan = { 
/**
 * The workshop.
 */
workshop: Workshop, 
/**
 * Its agenda, day by day.
 */
items: Array<AgendaItem>, 
/**
 * Its sticky notes, oldest first.
 */
notes: Array<StickyNote>, 
/**
 * How far it has come.
 */
progress: Progress, 
/**
 * The facilitation notes of its sessions that started from the template, for the
 * facilitators' screen only: the projector and the handouts never carry them.
 */
guides: Array<ItemGuide>, };

export type ItemGuide = { 
/**
 * The session.
 */
item: AgendaItemId, 
/**
 * How to run it.
 */
facilitation: Facilitation, };

export type Facilitation = { 
/**
 * What the facilitators do, in order.
 */
steps: Array<string>, 
/**
 * Questions to ask the group.
 */
questions: Array<string>, 
/**
 * How to look after people who may relive violence or fear in this session.
 */
care: string, 
/**
 * The manual it is drawn from.
 */
source: string, };

export type WorkshopRecord = { "record": "workshop" } & Workshop | { "record": "item" } & AgendaItem | { "record": "note" } & StickyNote;

export type WorkshopKind = "workshop" | "item" | "note";

export type SectionChoice = { 
/**
 * The section.
 */
id: SectionId, 
/**
 * Its title.
 */
title: string, };

export type WorkshopScreen = { 
/**
 * Every workshop, most recent first.
 */
workshops: Array<Workshop>, 
/**
 * The one open on screen (the most recent if none was chosen).
 */
plan: WorkshopPlan | null, 
/**
 * Protocol sections, for sorting notes into proposals.
 */
sections: Array<SectionChoice>, 
/**
 * The home: members, attention, undo.
 */
home: Home, };

export type ReportItem = { 
/**
 * The session.
 */
item: AgendaItem, 
/**
 * Its notes that may be handed out: "group: text".
 */
notes: Array<string>, };

export type ReportMeasure = { 
/**
 * What will be done.
 */
title: string, 
/**
 * Who, by pseudonym.
 */
owners: Array<string>, 
/**
 * By when.
 */
dueOn: string | null, 
/**
 * Where it stands.
 */
status: MeasureStatus, };

export type WorkshopReport = { 
/**
 * The collective's name.
 */
collective: string, 
/**
 * The workshop.
 */
workshop: Workshop, 
/**
 * Each session with what it produced.
 */
items: Array<ReportItem>, 
/**
 * Decisions taken on the workshop's days, without frozen documents.
 */
decisions: Array<Decision>, 
/**
 * The protection plan's measures.
 */
measures: Array<ReportMeasure>, 
/**
 * When the risk analysis is next due for review.
 */
reviewOn: string | null, 
/**
 * Whether that date has come or passed: the paper says the review is overdue.
 */
reviewOverdue: boolean, 
/**
 * How many restricted notes and measures were left out.
 */
omitted: number, };

export type ContactId = string;

export type CaseId = string;

export type ReceivedCaseId = string;

export type DeskActionId = string;

export type OutcomeId = string;

export type ContactRole = "desk" | "community";

export type Contact = { 
/**
 * Its id.
 */
id: ContactId, 
/**
 * Its name.
 */
name: string, 
/**
 * Desk or community.
 */
role: ContactRole, 
/**
 * The age recipient packages to it are sealed to (`age1…`).
 */
recipient: string, 
/**
 * The minisign public key its packages are signed with.
 */
signingKey: string, 
/**
 * How it was checked ("fingerprint read aloud on the phone, 3 May").
 */
notes: string, 
/**
 * A desk's members as its latest contact file listed them, signed by the desk.
 */
members: SignedMembers | null, };

export type Request = "letter" | "petition" | "media" | "un-mechanism" | "regional-mechanism" | "relocation" | "funds" | "accompaniment" | "legal-support" | "medical-support" | "psychosocial-support" | "emergency-grant";

export type Urgency = "immediate" | "urgent" | "follow-up";

export type Consent = { 
/**
 * Who.
 */
person: PersonId, 
/**
 * Their situation may be shared with the network desk.
 */
shareWithDesk: boolean, 
/**
 * Their name may be given to a government (UN communications require it).
 */
nameToAuthorities: boolean, 
/**
 * Their name may be made public.
 */
nameInPublic: boolean, 
/**
 * Photos of them may be used.
 */
photos: boolean, 
/**
 * When they said so.
 */
recordedOn: string, };

export type Sent = { 
/**
 * The package's version of the case (1, 2…).
 */
version: number, 
/**
 * When it was sealed.
 */
at: string, 
/**
 * To which desks.
 */
to: Array<ContactId>, };

export type ActionKind = "letter" | "petition" | "media-brief" | "un-submission" | "regional-submission" | "front-line-defenders" | "protect-defenders";

export type Addressee = "government" | "prosecutor" | "company" | "embassy";

export type ActionStatus = "draft" | "sent" | "done";

export type ActionDone = { 
/**
 * Letter, petition…
 */
kind: ActionKind, 
/**
 * Its title.
 */
title: string, 
/**
 * Where it stands.
 */
status: ActionStatus, 
/**
 * When it went out.
 */
sentOn: string | null, 
/**
 * Signatures gathered (petitions).
 */
signatures: number, };

export type OutcomeKind = "release" | "charges-dropped" | "trial" | "new-attack" | "relocation" | "protection-granted" | "other";

export type CaseOutcome = { 
/**
 * Its id.
 */
id: OutcomeId, 
/**
 * When it happened.
 */
on: string, 
/**
 * What happened.
 */
kind: OutcomeKind, 
/**
 * In the desk's words.
 */
note: string, };

export type StatusContent = { 
/**
 * The shape of this document.
 */
format: number, 
/**
 * The community's case.
 */
case: CaseId, 
/**
 * The desk's name.
 */
desk: string, 
/**
 * The desk's message, in its words.
 */
message: string, 
/**
 * The actions taken: kind, where they stand, when sent (no texts, no signatories).
 */
actions: Array<ActionDone>, 
/**
 * What changed.
 */
outcomes: Array<CaseOutcome>, 
/**
 * When it was made.
 */
madeAt: string, 
/**
 * The desk's age recipient: with its name and signing key, what the desk's fingerprint
 * binds (filled when the report is sealed; empty in reports from earlier builds).
 */
replyTo: string, };

export type CaseUpdate = { 
/**
 * The desk that sent it.
 */
desk: string, 
/**
 * When it was received.
 */
receivedAt: string, 
/**
 * What it said.
 */
status: StatusContent, };

export type EscalationCase = { 
/**
 * Its id.
 */
id: CaseId, 
/**
 * In a line.
 */
title: string, 
/**
 * What happened and what is at stake, for the desk only.
 */
summary: string, 
/**
 * What may be made public.
 */
publicSummary: string, 
/**
 * How soon.
 */
urgency: Urgency, 
/**
 * What is asked.
 */
requests: Array<Request>, 
/**
 * Who is at risk.
 */
people: Array<PersonId>, 
/**
 * What happened, from the incident book.
 */
incidents: Array<IncidentId>, 
/**
 * Consent per person and use.
 */
consents: Array<Consent>, 
/**
 * Where it happened: an ISO 3166 code, a country (`GT`) or a subdivision (`GT-06`); an
 * older vault's free text is kept as typed (see `escalation::regions`).
 */
region: string, 
/**
 * A safe way for the desk to reach the community.
 */
safeContact: string, 
/**
 * Packages sent so far.
 */
sent: Array<Sent>, 
/**
 * Status reports the desks sent back, oldest first.
 */
updates: Array<CaseUpdate>, 
/**
 * Files to send, chosen among the attachments of the case's incidents.
 */
attachments: Array<string>, 
/**
 * The desk working group it concerns: a desk with members seals it to that group's
 * members only (empty: every member).
 */
workingGroup: string, };

export type Signatory = { 
/**
 * The member organisation.
 */
organisation: string, 
/**
 * It agreed to sign this letter.
 */
consented: boolean, 
/**
 * When it agreed.
 */
consentedOn: string | null, };

export type DeskAction = { 
/**
 * Its id.
 */
id: DeskActionId, 
/**
 * Letter, petition…
 */
kind: ActionKind, 
/**
 * Who a letter is for (other kinds keep the default).
 */
addressee: Addressee, 
/**
 * The language it is written in (`en`, `es`, `fr`).
 */
language: string, 
/**
 * In a line.
 */
title: string, 
/**
 * The text, drafted from the template and then edited by the desk.
 */
text: string, 
/**
 * Organisations asked to sign (letters); only those who agreed appear under it.
 */
signatories: Array<Signatory>, 
/**
 * Signatures gathered (petitions).
 */
signatures: number, 
/**
 * The file of signatures a petition's tally was counted from; while it is set, the tally
 * is that count, not a number typed.
 */
tally: SignatureTally | null, 
/**
 * By when.
 */
deadline: string | null, 
/**
 * Who at the desk is responsible.
 */
owner: string, 
/**
 * Where it stands.
 */
status: ActionStatus, 
/**
 * When it was started.
 */
createdOn: string, 
/**
 * When it was sent, published or submitted.
 */
sentOn: string | null, };

export type ReceivedVersion = { 
/**
 * The community's version number.
 */
version: number, 
/**
 * When the community sealed it.
 */
madeAt: string, 
/**
 * When the desk imported it.
 */
receivedAt: string, };

export type Acknowledgement = { 
/**
 * When it was sealed.
 */
at: string, 
/**
 * The message.
 */
message: string, };

export type ReceivedCase = { 
/**
 * Its id at the desk.
 */
id: ReceivedCaseId, 
/**
 * The community's id for the case: a new package of it updates this row.
 */
caseId: CaseId, 
/**
 * Who sent it (minisign public key).
 */
senderKey: string, 
/**
 * The latest package's content.
 */
content: CaseContent, 
/**
 * Every package received, oldest first.
 */
versions: Array<ReceivedVersion>, 
/**
 * The desk's urgency (starts as the community's).
 */
urgency: Urgency, 
/**
 * Threat categories (start as the incidents').
 */
categories: Array<string>, 
/**
 * Where it happened: an ISO 3166 code, a country (`GT`) or a subdivision (`GT-06`); an
 * older vault's free text is kept as typed (see `escalation::regions`).
 */
region: string, 
/**
 * The thematic working group following it.
 */
workingGroup: string, 
/**
 * Who its defenders are (ids of the defender profiles), for the trends.
 */
profiles: Array<string>, 
/**
 * No longer followed.
 */
closed: boolean, 
/**
 * Letters, petitions, briefs, submissions.
 */
actions: Array<DeskAction>, 
/**
 * What changed, oldest first.
 */
outcomes: Array<CaseOutcome>, 
/**
 * Status reports sent back.
 */
acknowledged: Array<Acknowledgement>, 
/**
 * The files the latest package carried, sealed in this vault.
 */
attachments: Array<Attachment>, };

export type Imported = { "kind": "case", 
/**
 * The case as the desk now holds it (boxed: it is much larger than the other variant).
 */
case: ReceivedCase, 
/**
 * False when this very version was already there (nothing changed).
 */
new: boolean, } | { "kind": "consent", 
/**
 * The case, with what each person agrees to now.
 */
case: ReceivedCase, 
/**
 * False when it changed nothing (already applied, or older than what the desk has).
 */
new: boolean, } | { "kind": "sealed", 
/**
 * The package as kept.
 */
package: SealedPackage, } | { "kind": "status", 
/**
 * The case, with the report on it.
 */
case: EscalationCase, 
/**
 * False when this report was already there.
 */
new: boolean, };

export type TimelineEntry = { "kind": "received", 
/**
 * When.
 */
on: string, 
/**
 * The community's version.
 */
version: number, } | { "kind": "actionStarted", 
/**
 * When.
 */
on: string, 
/**
 * What kind.
 */
action: ActionKind, 
/**
 * Its title.
 */
title: string, } | { "kind": "actionSent", 
/**
 * When.
 */
on: string, 
/**
 * What kind.
 */
action: ActionKind, 
/**
 * Its title.
 */
title: string, } | { "kind": "outcome", 
/**
 * When.
 */
on: string, 
/**
 * What.
 */
outcome: OutcomeKind, 
/**
 * In the desk's words.
 */
note: string, } | { "kind": "acknowledged", 
/**
 * When.
 */
on: string, 
/**
 * Its message.
 */
message: string, };

export type ReceivedView = { 
/**
 * The case.
 */
case: ReceivedCase, 
/**
 * Everything that happened on it, oldest first.
 */
timeline: Array<TimelineEntry>, 
/**
 * The sender's name, if a contact.
 */
sender: string | null, 
/**
 * The sender's fingerprint.
 */
fingerprint: string, 
/**
 * Actions that name someone beyond their consent: they refuse to print until fixed.
 */
findings: Array<ActionFindings>, };

export type Beyond = "name-to-authorities" | "name-in-public" | "pseudonym" | "withdrawn";

export type NameFinding = { 
/**
 * Who, as the desk knows them (their pseudonym, else their name).
 */
person: string, 
/**
 * Their name as the desk received it, if it did.
 */
realName: string | null, 
/**
 * The words found, as written.
 */
found: string, 
/**
 * The consent it goes beyond.
 */
consent: Beyond, };

export type ActionFindings = { 
/**
 * The action.
 */
action: DeskActionId, 
/**
 * Its text is for the public (else for authorities).
 */
public: boolean, 
/**
 * Each name found, whose, and which consent it goes beyond.
 */
findings: Array<NameFinding>, };

export type TemplateSource = { 
/**
 * The action it drafts.
 */
kind: ActionKind, 
/**
 * The mechanism, in its own name.
 */
mechanism: string, 
/**
 * The page or document consulted.
 */
title: string, 
/**
 * Where it is published.
 */
url: string, 
/**
 * When it was consulted (YYYY-MM-DD).
 */
consulted: string, 
/**
 * How the template follows it, and what could not be checked, by language (`en`, `es`, `fr`).
 */
note: { [key in string]: string }, };

export type Tally = { 
/**
 * The value (a category id, a region, a working group; empty for "not set").
 */
key: string, 
/**
 * How many cases.
 */
count: number, };

export type TrendRow = { 
/**
 * The category id.
 */
category: string, 
/**
 * Cases first received each month, in the order of [`Trends::months`].
 */
counts: Array<number>, 
/**
 * All of them.
 */
total: number, };

export type Trends = { 
/**
 * Months as `YYYY-MM`, every month from the first case to the last (at most the last 24).
 */
months: Array<string>, 
/**
 * Every case first received each month, whatever its categories.
 */
all: Array<number>, 
/**
 * One row per category, most cases first.
 */
categories: Array<TrendRow>, 
/**
 * By region as stored, most first: a country or subdivision code (`GT`, `GT-06`, named
 * by `regions::region_name`), or an older vault's free text as typed.
 */
regions: Array<Tally>, 
/**
 * By country, most first: a subdivision counts under its country's code; free text, which
 * names no known country, under its own words.
 */
countries: Array<Tally>, 
/**
 * By working group, most first.
 */
workingGroups: Array<Tally>, 
/**
 * By defender profile (an id of the defender profiles), each case counted once per
 * profile, most first; cases with none are not counted.
 */
profiles: Array<Tally>, 
/**
 * By the kind of the alleged perpetrators (an actor kind: company, state body…), each
 * case counted once per kind, most first.
 */
perpetratorKinds: Array<Tally>, 
/**
 * By the perpetrator named (the company or authority, as the community wrote it), each
 * case counted once per name, most first.
 */
perpetrators: Array<Tally>, };

export type ActionTally = { 
/**
 * The kind.
 */
kind: ActionKind, 
/**
 * Started.
 */
started: number, 
/**
 * Sent, published or submitted (or done).
 */
sent: number, };

export type OutcomeTally = { 
/**
 * The kind.
 */
kind: OutcomeKind, 
/**
 * How many.
 */
count: number, };

export type Overdue = { 
/**
 * The case's title.
 */
case: string, 
/**
 * The action's title.
 */
action: string, 
/**
 * Its deadline.
 */
deadline: string, 
/**
 * Who is responsible.
 */
owner: string, };

export type CaseImpact = { 
/**
 * The case's title.
 */
title: string, 
/**
 * The community.
 */
collective: string, 
/**
 * Region.
 */
region: string, 
/**
 * Working group.
 */
workingGroup: string, 
/**
 * Still followed.
 */
open: boolean, 
/**
 * What was done.
 */
actions: Array<ActionDone>, 
/**
 * What changed.
 */
outcomes: Array<CaseOutcome>, };

export type ImpactReport = { 
/**
 * The day it was made.
 */
today: string, 
/**
 * Cases received.
 */
cases: number, 
/**
 * Cases still followed.
 */
open: number, 
/**
 * Actions by kind.
 */
actions: Array<ActionTally>, 
/**
 * Petition signatures gathered.
 */
signatures: number, 
/**
 * Outcomes by kind.
 */
outcomes: Array<OutcomeTally>, 
/**
 * Actions past their deadline, soonest first.
 */
overdue: Array<Overdue>, 
/**
 * Case by case.
 */
perCase: Array<CaseImpact>, };

export type Audience = "desk" | "public";

export type CasePerson = { 
/**
 * Their pseudonym (never for the public: only names agreed to be public go there).
 */
pseudonym: string | null, 
/**
 * Their name, only where they agreed to be named to this audience.
 */
realName: string | null, 
/**
 * Their role in the community.
 */
role: string, 
/**
 * Their name may be given to a government.
 */
nameToAuthorities: boolean, 
/**
 * Their name may be made public.
 */
nameInPublic: boolean, 
/**
 * Photos of them may be used.
 */
photos: boolean, 
/**
 * An opaque handle for this person in this case (not their id), so a later consent
 * update can name whose consent changed without saying anything else about them. Empty
 * in packages from earlier builds.
 */
key: string, 
/**
 * Set by a desk when a consent update said this person withdrew from the case: nothing
 * about them may leave the desk any more (never set in a package).
 */
withdrawn: boolean, 
/**
 * When a consent update last changed what this person agreed to (desk side).
 */
consentChangedAt?: string, };

export type CaseIncident = { 
/**
 * In a line.
 */
title: string, 
/**
 * When.
 */
occurredOn: string, 
/**
 * Where.
 */
place: string, 
/**
 * Its threat category.
 */
category: string, 
/**
 * What happened.
 */
description: string, 
/**
 * Who did it, as the community knows them (the mapped actor's name, else its words);
 * never an actor the community marked restricted. Empty in packages from earlier builds.
 */
perpetrator: string, 
/**
 * The kind of the mapped actor (State body, security forces, company, armed group…).
 */
perpetratorKind?: ActorKind, 
/**
 * To whom it was already reported (prosecutor, ombudsperson…).
 */
reportedTo: string, };

export type CaseAttachment = { 
/**
 * Its file name.
 */
name: string, 
/**
 * SHA-256 of its content, hex: the signature covers it through this list.
 */
sha256: string, 
/**
 * Its size in bytes.
 */
size: number, };

export type CaseContent = { 
/**
 * The shape of this document; newer ones are refused by older desks.
 */
format: number, 
/**
 * The case.
 */
case: CaseId, 
/**
 * Which package of the case (1, 2…).
 */
version: number, 
/**
 * Who it is for.
 */
audience: Audience, 
/**
 * The community sending it.
 */
collective: string, 
/**
 * In a line.
 */
title: string, 
/**
 * How soon.
 */
urgency: Urgency, 
/**
 * What is asked.
 */
requests: Array<Request>, 
/**
 * Where it happened: an ISO 3166 code (`GT`, `GT-06`), or the free text of a case written
 * before the list, as typed (masked like the community's other words).
 */
region: string, 
/**
 * The threat categories of its incidents.
 */
categories: Array<string>, 
/**
 * The desk's summary, or the public one.
 */
summary: string, 
/**
 * What the community said may be made public: the only text a media brief uses.
 */
publicSummary: string, 
/**
 * How to reach the community (desk only).
 */
safeContact: string, 
/**
 * The people at risk who may appear.
 */
people: Array<CasePerson>, 
/**
 * What happened (desk only).
 */
incidents: Array<CaseIncident>, 
/**
 * When it was made.
 */
madeAt: string, 
/**
 * The sender's age recipient, so a desk can seal a status report back (desk only;
 * filled when the package is sealed).
 */
replyTo: string, 
/**
 * The files sent with it (desk only).
 */
attachments: Array<CaseAttachment>, 
/**
 * The desk working group the community says it concerns (empty: the whole desk).
 */
workingGroup: string, };

export type ContactCard = { 
/**
 * Always `tejido-contact`.
 */
kind: string, 
/**
 * Its shape.
 */
format: number, 
/**
 * The desk's or community's name.
 */
name: string, 
/**
 * Desk or community.
 */
role: ContactRole, 
/**
 * Its age recipient.
 */
recipient: string, 
/**
 * Its minisign public key.
 */
signingKey: string, 
/**
 * A desk's members, signed by the desk: a case is sealed to the members of the working
 * group it concerns, never to the desk as a whole (see `oversight.rs`).
 */
members?: SignedMembers, };

export type MemberCard = { 
/**
 * Their name.
 */
name: string, 
/**
 * The desk's working groups they follow.
 */
workingGroups: Array<string>, 
/**
 * Their own age recipient: cases of their groups are sealed to it.
 */
recipient: string, 
/**
 * Their own minisign public key: the access log entries they sign.
 */
signingKey: string, };

export type SignatureTally = { 
/**
 * The file's name (not its folder: it may name a person's computer).
 */
file: string, 
/**
 * When it was counted.
 */
countedOn: string, 
/**
 * Different people who signed.
 */
signatures: number, 
/**
 * Rows left out as repeating someone.
 */
duplicates: number, };

export type DefenderProfile = { 
/**
 * The stored id, e.g. `women-defenders`.
 */
id: string, 
/**
 * Its name by language tag (`en`, `es`, `fr`).
 */
label: { [key in string]: string }, };

export type SignedMembers = { 
/**
 * When the list was made: an older list never replaces a newer one.
 */
asOf: string, 
/**
 * The current members (removed ones are no longer listed).
 */
members: Array<MemberCard>, 
/**
 * The desk's minisign signature of `as_of` and `members`.
 */
signature: string, };

export type SealedPackage = { 
/**
 * Its id.
 */
id: SealedPackageId, 
/**
 * The SHA-256 of the package file (hex), as the access log names it.
 */
sha256: string, 
/**
 * Its size in bytes.
 */
size: number, 
/**
 * Who signed it (minisign public key): told without opening it.
 */
senderKey: string, 
/**
 * When the desk received it.
 */
receivedAt: string, 
/**
 * When a member first opened it.
 */
openedAt: string | null, 
/**
 * Who.
 */
openedBy: DeskMemberId | null, };

export type AccessEntry = { 
/**
 * Its number, from 1, with no gaps.
 */
seq: number, 
/**
 * When.
 */
at: string, 
/**
 * Who opened it.
 */
member: DeskMemberId, 
/**
 * Their name then.
 */
memberName: string, 
/**
 * The case opened.
 */
case: CaseId, 
/**
 * The community that sent it.
 */
collective: string, 
/**
 * The SHA-256 of the package opened.
 */
package: string, 
/**
 * The SHA-256 of the entry before (its text and signature).
 */
prev: string, 
/**
 * The member's minisign signature of this entry.
 */
signature: string, };

export type LogProblemKind = "bad-signature" | "broken-chain" | "unknown-member" | "opened-without-entry";

export type LogProblem = { 
/**
 * The entry, if the problem is one entry's.
 */
seq: number | null, 
/**
 * What.
 */
kind: LogProblemKind, };

export type LogCheck = { 
/**
 * How many entries it holds.
 */
entries: number, 
/**
 * Empty when every entry verifies.
 */
problems: Array<LogProblem>, };

export type MemberView = { 
/**
 * Their id.
 */
id: DeskMemberId, 
/**
 * Their name.
 */
name: string, 
/**
 * The working groups they follow.
 */
workingGroups: Array<string>, 
/**
 * Their fingerprint.
 */
fingerprint: string, 
/**
 * The decision that added them, and its day.
 */
addedBy: DecisionId, 
/**
 * Its day.
 */
addedOn: string | null, 
/**
 * The day the Advisory Group removed them.
 */
removedOn: string | null, 
/**
 * Removed: opens nothing any more.
 */
removed: boolean, };

export type SealedView = { 
/**
 * The package.
 */
package: SealedPackage, 
/**
 * The sender's name, if a contact.
 */
sender: string | null, 
/**
 * Who first opened it.
 */
openedBy: string | null, };

export type Oversight = { 
/**
 * Current members first, then removed ones, each by name.
 */
members: Array<MemberView>, 
/**
 * Packages kept sealed, newest first.
 */
sealed: Array<SealedView>, 
/**
 * Every opening, newest first.
 */
log: Array<AccessEntry>, 
/**
 * The log checked.
 */
check: LogCheck, 
/**
 * The working groups of the current members, for the choices.
 */
groups: Array<string>, };

export type DeskMemberId = string;

export type SealedPackageId = string;

export type IncidentChoice = { 
/**
 * The incident.
 */
id: IncidentId, 
/**
 * Its title.
 */
title: string, 
/**
 * When.
 */
occurredOn: string, 
/**
 * Its sealed files, which a case may send.
 */
attachments: Array<Attachment>, };

export type ContactView = { 
/**
 * The contact.
 */
contact: Contact, 
/**
 * Its fingerprint.
 */
fingerprint: string, };

export type EscalationScreen = { 
/**
 * Cases, newest first.
 */
cases: Array<EscalationCase>, 
/**
 * Desks and communities, by name.
 */
contacts: Array<ContactView>, 
/**
 * This vault's fingerprint, to read aloud to a desk; none until its keys are made (when
 * its contact file is first saved, a case sealed or a package opened).
 */
ownFingerprint: string | null, 
/**
 * When this vault's package keys were replaced because a laptop holding them was removed
 * from its sync group: until someone says so, every desk needs the new contact file.
 */
contactFileReplaced: string | null, 
/**
 * Incidents a case may include.
 */
incidents: Array<IncidentChoice>, 
/**
 * This vault is a network desk's.
 */
desk: boolean, 
/**
 * The threat categories with their names, for the desk's triage.
 */
categories: Array<ThreatCategory>, 
/**
 * The defender profiles with their names, for the desk's triage and trends.
 */
profiles: Array<DefenderProfile>, 
/**
 * Cases received (a desk), newest first.
 */
received: Array<ReceivedView>, 
/**
 * Received cases by category and month, region and working group.
 */
trends: Trends, 
/**
 * Where each protection mechanism's template was taken from, to show beside its drafts.
 */
sources: Array<TemplateSource>, 
/**
 * A desk's members, packages waiting sealed and access log (none for a community).
 */
oversight: Oversight | null, 
/**
 * The home: members, attention, undo.
 */
home: Home, };

export type ContactPreview = { 
/**
 * What the file says.
 */
card: ContactCard, 
/**
 * Its fingerprint, to compare aloud with the desk.
 */
fingerprint: string, };

export type MechanismDraft = { 
/**
 * The mechanism.
 */
kind: ActionKind, 
/**
 * In a line.
 */
title: string, 
/**
 * The request, laid out as the mechanism's published form asks.
 */
text: string, 
/**
 * The mechanism's fields the case could not fill, to complete before sending.
 */
missing: Array<string>, };

export type OpenedCase = { 
/**
 * What it carried and where it was kept.
 */
imported: Imported, 
/**
 * Who sent it, if a contact.
 */
sender: string | null, 
/**
 * The sender's fingerprint.
 */
fingerprint: string, };

export type LaptopId = string;

export type ConflictId = string;

export type ActivationId = string;

export type ChainMarkId = string;

export type Entity = "collective" | "person" | "contextNote" | "actor" | "incident" | "threatAssessment" | "risk" | "measure" | "indicator" | "relationship" | "nodePosition" | "place" | "protocolSection" | "principle" | "protocolLevel" | "decision" | "protocolComment" | "workshop" | "agendaItem" | "stickyNote" | "networkKey" | "contact" | "escalationCase" | "receivedCase" | "deskMember" | "syncDevice" | "forgotten" | "meansOfContact" | "alertActivation" | "chainMark";

export type Kept = "mine" | "theirs";

export type ConflictKind = "field" | "removed";

export type LaptopView = { 
/**
 * Its id.
 */
id: LaptopId, 
/**
 * Its name.
 */
name: string, 
/**
 * Its fingerprint (its id, name and keys), eight groups to read aloud.
 */
fingerprint: string, 
/**
 * Whether it is this laptop.
 */
me: boolean, 
/**
 * When it was removed.
 */
removedOn: string | null, 
/**
 * How many of its change files this laptop has applied (its own: published).
 */
files: number, 
/**
 * Invited, and no file it signed has arrived yet: nothing is sealed to it until then.
 */
pending: boolean, 
/**
 * Invited, and its invitation expired before it joined.
 */
expired: boolean, 
/**
 * Joins waiting for the code the new laptop shows to be typed here (more than one:
 * copies of its invitation were used; typing the genuine one's code refuses the others).
 */
awaiting: number, 
/**
 * The removed laptop that invited it: check it is one of the group's, or remove it.
 */
invitedByRemoved: string | null, };

export type ConflictView = { 
/**
 * Its id.
 */
id: ConflictId, 
/**
 * What kind of record.
 */
entity: Entity, 
/**
 * Which record.
 */
recordId: string, 
/**
 * The record's title or name, as far as it has one.
 */
label: string, 
/**
 * The field (a column name).
 */
field: string, 
/**
 * Same field changed on both, or removed against changed.
 */
kind: ConflictKind, 
/**
 * This laptop's value, as text.
 */
mine: string, 
/**
 * The other laptop's value, as text.
 */
theirs: string, 
/**
 * Which one the record holds now.
 */
kept: Kept, 
/**
 * The laptop whose value came in.
 */
theirsBy: string, 
/**
 * When that value was written.
 */
theirsAt: string, 
/**
 * When this laptop's value was written, if known.
 */
mineAt: string | null, };

export type RefusedFile = { 
/**
 * The file, inside the sync folder.
 */
path: string, 
/**
 * `unreadable`, `forged`, `removed` or `other-vault`.
 */
reason: string, 
/**
 * When it was found.
 */
foundAt: string, };

export type ContactToCheck = { 
/**
 * The contact.
 */
id: string, 
/**
 * Its name.
 */
name: string, 
/**
 * The removed laptop that added or changed it.
 */
by: string, };

export type SyncScreen = { 
/**
 * Whether this laptop is in a group.
 */
started: boolean, 
/**
 * The laptops, this one first.
 */
laptops: Array<LaptopView>, 
/**
 * Values to settle, newest first.
 */
conflicts: Array<ConflictView>, 
/**
 * Files refused.
 */
refused: Array<RefusedFile>, 
/**
 * Contacts added or changed by a laptop since removed.
 */
contactsToCheck: Array<ContactToCheck>, 
/**
 * When the community's package keys were replaced (a laptop holding them was removed):
 * until someone says so, every desk still needs the new contact file.
 */
contactFileReplaced: string | null, 
/**
 * The desks (or communities) to give the new contact file to.
 */
contactsToTell: Array<string>, 
/**
 * Edits made here not yet in a change file.
 */
unpublished: number, 
/**
 * The vault's sync folder (share it with Syncthing, or copy it with a stick).
 */
folder: string, 
/**
 * This laptop joined and no laptop of the group has typed its code yet: the code to read
 * to the person at the laptop that invited it.
 */
ownCode: string | null, };

export type Copied = { 
/**
 * Files copied onto the stick.
 */
toStick: number, 
/**
 * Files copied from the stick.
 */
fromStick: number, };

export type ImportReport = { 
/**
 * Change files applied.
 */
files: number, 
/**
 * Fields that took another laptop's value.
 */
fields: number, 
/**
 * New conflicts to settle.
 */
conflicts: number, 
/**
 * Files written by a newer Tejido, kept until this one is updated.
 */
held: number, 
/**
 * Files waiting: a missing earlier file, or not (yet) sealed to this laptop.
 */
waiting: number, 
/**
 * Files from laptops this one does not know yet.
 */
unknown: number, 
/**
 * Files refused now (damaged, forged, from a removed laptop).
 */
refused: number, };

export type StickReport = { 
/**
 * Files copied each way.
 */
copied: Copied, 
/**
 * What importing found.
 */
imported: ImportReport, };

export type LanPeer = { 
/**
 * Its Syncthing device id (`XXXXXXX-XXXXXXX-…`), read from its sync screen.
 */
deviceId: string, 
/**
 * What the group calls it.
 */
name: string, 
/**
 * Where it listens: `192.168.1.20:22000`.
 */
address: string, };

export type LanSettings = { 
/**
 * Where this laptop listens (`0.0.0.0:22000`).
 */
listen: string, 
/**
 * The other laptops, at fixed addresses.
 */
peers: Array<LanPeer>, 
/**
 * Whether it is on (started again whenever the vault opens).
 */
enabled: boolean, 
/**
 * Whether Syncthing is running now.
 */
running: boolean, 
/**
 * This laptop's Syncthing id, for the other laptops to add; known once it started once.
 */
deviceId: string | null, };

export type SyncPage = { 
/**
 * The laptops, conflicts and refused files.
 */
sync: SyncScreen, 
/**
 * Sync over the local network.
 */
lan: LanSettings, 
/**
 * The peers connected now, by Syncthing id.
 */
connected: Array<string>, 
/**
 * The home: members, attention, undo.
 */
home: Home, };

export type InvitationMade = { 
/**
 * The one-time code, five groups of four.
 */
code: string, 
/**
 * The new laptop's fingerprint, which it shows once it has joined.
 */
fingerprint: string, 
/**
 * The sync screen after adding the laptop.
 */
page: SyncPage, };

export type SyncDone = { 
/**
 * Files copied with a stick (none for an import of the folder alone).
 */
stick: StickReport | null, 
/**
 * What importing found.
 */
imported: ImportReport, 
/**
 * The sync screen after it.
 */
page: SyncPage, };

export type Joined = { 
/**
 * `AGE-SECRET-KEY-1…`: shown once, never stored.
 */
recoveryKey: string, 
/**
 * The short code to read to the person at the inviting laptop, who types it there.
 */
code: string, 
/**
 * The new vault's home.
 */
home: Home, };

