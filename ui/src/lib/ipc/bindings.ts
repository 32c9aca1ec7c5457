// Generated from the Rust types by ts-rs; do not edit by hand.
// Regenerate: TEJIDO_UPDATE_BINDINGS=1 cargo test -p tejido-core --test core bindings

export type Locale = "en" | "es" | "fr";

/** What every command rejects with: Fluent ids from errors.ftl and their arguments. */
export type CommandError = { code: string; hint: string | null; args: Record<string, string> };

export type PersonId = string;

export type CollectiveId = string;

export type Sensitivity = "public" | "community" | "restricted";

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
createdAt: string, };

export type Attention = { 
/**
 * What it is about, e.g. `opened-older-generation`.
 */
kind: string, 
/**
 * Arguments of the message.
 */
args: { [key in string]: string }, };

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
 * The interface language.
 */
language: "en" | "es" | "fr", 
/**
 * Minutes without activity before locking; 0 never.
 */
autoLockMinutes: number, 
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
unlocked: boolean, };

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
 * The minimum length.
 */
minChars: number, };

export type Slots = { 
/**
 * Number of passphrases.
 */
passphrases: number, 
/**
 * Whether a paper recovery key exists.
 */
hasRecoveryKey: boolean, };

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

