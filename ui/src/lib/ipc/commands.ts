// The only file that calls the Rust side. One function per command in src-tauri/build.rs.
import { Channel, invoke } from "@tauri-apps/api/core";
import type {
  AutoLocked,
  AlertActivations,
  AlertCard,
  ChainOutcome,
  MeansOfContact,
  NewActivation,
  AppInfo,
  IncidentLetters,
  LetterRecord,
  PackSources,
  PackView,
  ShareFileEntry,
  ShareFileRequest,
  SplitMade,
  TrainingSide,
  ImportReport,
  InvitationMade,
  LanPeer,
  Joined,
  Kept,
  SyncDone,
  SyncPage,
  Assessment,
  BackupReport,
  Created,
  Decision,
  SignatureTally,
  Home,
  PocketCards,
  PrincipleChecks,
  PrintNames,
  Projection,
  ProtocolDiff,
  ProtocolKind,
  ProtocolPrint,
  ProtocolRecord,
  ProtocolScreen,
  Section,
  Finding,
  Measure,
  NetworkScreen,
  NewPerson,
  Person,
  NodePosition,
  PartyKind,
  Relationship,
  RelationshipKind,
  RiskKind,
  RiskRecord,
  RiskRegister,
  RiskScreen,
  Slots,
  NewRecoveryKey,
  Strength,
  TerritoryMap,
  NoteTarget,
  Audience,
  CaseContent,
  ContactCard,
  ContactPreview,
  ContactRole,
  EscalationCase,
  EscalationScreen,
  OpenedCase,
  ReceivedCase,
  ActionKind,
  Addressee,
  DeskAction,
  ImpactReport,
  ActionFindings,
  MechanismDraft,
  WorkshopKind,
  WorkshopRecord,
  WorkshopReport,
  WorkshopScreen,
} from "./bindings";

/** What the app remembers (language, auto-lock, recent vaults) and whether a vault is open. */
export const appInfo = () => invoke<AppInfo>("app_info");
/** Creates a vault in `dir` (missing or empty). The recovery key is returned once. */
export const createVault = (dir: string, name: string, passphrase: string) =>
  invoke<Created>("create_vault", { dir, name, passphrase });
/** Opens the demo community, creating it first if needed. */
export const openDemo = () => invoke<Home>("open_demo");
export const openDeskDemo = () => invoke<Home>("open_desk_demo");
/** Unlocks the vault in `dir`. Takes about a second (scrypt). */
export const unlockVault = (dir: string, passphrase: string) =>
  invoke<Home>("unlock_vault", { dir, passphrase });
/** Opens with the paper recovery key and adds a new passphrase. */
export const recoverVault = (dir: string, recoveryKey: string, newPassphrase: string) =>
  invoke<Home>("recover_vault", { dir, recoveryKey, newPassphrase });
/** Locks the open vault: the Rust side forgets everything it held. */
export const lockVault = () => invoke<void>("lock_vault");
/** The panic key: locks at once, closes the projector; the page then reloads to wipe itself. */
export const panicLock = () => invoke<void>("panic_lock");
/** The person read the rollback warning and continues from the version that opened. */
export const acknowledgeRollback = () => invoke<Home>("acknowledge_rollback");
/** The person is active: the auto-lock deadline (kept in Rust) moves. */
export const noteActivity = () => invoke<void>("note_activity");
/** Where Rust tells this page of a lock it made (idle, sleep, screen lock). A channel rather
 * than a Tauri event: listening to an event has Rust evaluate a script in the page, which
 * starts a second JavaScript engine in Rust's process (6 MiB); a channel costs nothing until
 * a lock is sent (issue 26). */
export function watchLocks(onLocked: (locked: AutoLocked) => void) {
  const channel = new Channel<AutoLocked>();
  channel.onmessage = onLocked;
  return invoke<void>("watch_locks", { onLocked: channel });
}
/** The collective's home: name, people, what needs attention. */
export const getHome = () => invoke<Home>("get_home");
export const addPerson = (person: NewPerson) => invoke<Home>("add_person", { person });
export const updatePerson = (id: string, person: NewPerson) =>
  invoke<Home>("update_person", { id, person });
export const removePerson = (id: string) => invoke<Home>("remove_person", { id });
/** People removed whose names the vault still keeps (for undo), newest removal first. */
export const removedPeople = () => invoke<Person[]>("removed_people");
/** Erases a removed person from the vault for good: cannot be undone. */
export const forgetPerson = (id: string) => invoke<Home>("forget_person", { id });
/** Undoes the most recent edit. */
export const undo = () => invoke<Home>("undo_change");
/** Reapplies the last undone edit (until something new is edited). */
export const redo = () => invoke<Home>("redo_change");
/** How hard a new passphrase is to guess (0–4) and whether it is long enough. */
export const estimatePassphrase = (passphrase: string) =>
  invoke<Strength>("estimate_passphrase", { passphrase });
/** A built-in language (`es`) or an installed language pack's code (`pt-BR`). */
export const setLanguage = (language: string) => invoke<AppInfo>("set_language", { language });
/** Installed language packs, then those that come with Tejido, each with its completeness. */
export const languagePacks = () => invoke<PackView[]>("language_packs");
/** Checks and installs the language pack in `path` (its folder or a file in it). */
export const addLanguagePack = (path: string) => invoke<PackView>("add_language_pack", { path });
/** Installs a language pack that comes with Tejido, through the same checks. */
export const installBundledLanguagePack = (code: string) => invoke<PackView>("install_bundled_language_pack", { code });
export const removeLanguagePack = (code: string) => invoke<PackView[]>("remove_language_pack", { code });
/** An installed pack's messages and chain, for the interface to speak it. */
export const languagePackSources = (code: string) => invoke<PackSources>("language_pack_sources", { code });
export const setAutoLock = (minutes: number) => invoke<AppInfo>("set_auto_lock", { minutes });
/** The interface's text size in percent (100–200), remembered by this computer. */
export const setTextSize = (percent: number) => invoke<AppInfo>("set_text_size", { percent });
/** Clears the list of vault folders opened on this computer. */
export const forgetRecentVaults = () => invoke<AppInfo>("forget_recent_vaults");
export const vaultSlots = () => invoke<Slots>("vault_slots");
/** Every change that hands out a way in takes `current`: a passphrase or the paper key. */
export const addPassphrase = (current: string, passphrase: string) =>
  invoke<Slots>("add_passphrase", { current, passphrase });
/** A duress passphrase: at unlock it opens a decoy and shreds this laptop's other passphrases. */
export const addDuressPassphrase = (current: string, passphrase: string) =>
  invoke<Slots>("add_duress_passphrase", { current, passphrase });
export const changePassphrase = (old: string, passphrase: string) =>
  invoke<Slots>("change_passphrase", { old, passphrase });
export const removePassphrase = (passphrase: string) =>
  invoke<Slots>("remove_passphrase", { passphrase });
/** Removes slot `id` (not by its passphrase), confirmed with a different `current`. */
export const removeSlot = (id: string, current: string) => invoke<Slots>("remove_slot", { id, current });
/** A new paper key, shown once; the old one stops working. */
export const newRecoveryKey = (current: string) => invoke<NewRecoveryKey>("new_recovery_key", { current });
/** Splits the recovery into `total` shares, any `threshold` of which open the vault. */
export const splitRecovery = (current: string, threshold: number, total: number, files: ShareFileRequest[]) =>
  invoke<SplitMade>("split_recovery", { current, threshold, total, files });
export const recoverWithShares = (dir: string, shares: string[], files: ShareFileEntry[], newPassphrase: string) =>
  invoke<Home>("recover_with_shares", { dir, shares, files, newPassphrase });
/** Shreds this laptop's keys; the vault is closed afterwards (the page then reloads, as on a panic). */
export const shredKeys = (current: string) => invoke<number>("shred_keys", { current });
/** A new vault identity: everything sealed again, every other passphrase and old key file useless. */
export const rekeyVault = (current: string, passphrase: string | null) =>
  invoke<NewRecoveryKey>("rekey_vault", { current, passphrase });
/** Copies the vault folder into `destination` and verifies the copy. */
export const backupVault = (current: string, destination: string) =>
  invoke<BackupReport>("backup_vault", { current, destination });

/** The risk analysis and the home (members, attention, undo). */
export const getRiskScreen = () => invoke<RiskScreen>("get_risk_screen");
/** A blank record with a fresh id and today's date; nothing is stored until it is saved. */
export const draftRiskRecord = (kind: RiskKind) => invoke<RiskRecord>("draft_risk_record", { kind });
export const saveRiskRecord = (record: RiskRecord) => invoke<RiskScreen>("save_risk_record", { record });
export const removeRiskRecord = (record: RiskRecord) => invoke<RiskScreen>("remove_risk_record", { record });
export const reassessRisk = (id: string, assessment: Assessment) =>
  invoke<RiskScreen>("reassess_risk", { id, assessment });
export const markRiskReview = () => invoke<RiskScreen>("mark_risk_review");
/** Seals the chosen file into the vault; the original stays where it is. */
export const attachFile = (incident: string, path: string) => invoke<RiskScreen>("attach_file", { incident, path });
export const detachFile = (incident: string, attachment: string) =>
  invoke<RiskScreen>("detach_file", { incident, attachment });
/** Writes an attachment, decrypted, where the person chose, once `current` is confirmed. */
export const exportAttachment = (current: string, incident: string, attachment: string, destination: string) =>
  invoke<void>("export_attachment", { current, incident, attachment, destination });
/** The printable register (no restricted records), in the interface language. */
/** The register as printed: people by pseudonym unless `names` asks for real names. */
export const riskRegister = (names: PrintNames = "pseudonyms") => invoke<RiskRegister>("risk_register", { names });
/** The letters suggested to public institutions after an incident, drafted in `language`. */
export const incidentLetters = (incident: string, language: string) => invoke<IncidentLetters>("incident_letters", { incident, language });
/** A letter kept as a measure (to send, or sent on a day), in one undo. */
export const recordIncidentLetter = (letter: LetterRecord, language: string) => invoke<RiskScreen>("record_incident_letter", { letter, language });

/** The network: links, findings, the actors a link can reach, and the home. */
export const getNetworkScreen = () => invoke<NetworkScreen>("get_network_screen");
/** A blank link between two parties; nothing is stored until it is saved. */
export const draftRelationship = (sourceKind: PartyKind, source: string, targetKind: PartyKind, target: string, kind: RelationshipKind) =>
  invoke<Relationship>("draft_relationship", { sourceKind, source, targetKind, target, kind });
export const saveRelationship = (relationship: Relationship) =>
  invoke<NetworkScreen>("save_relationship", { relationship });
export const removeRelationship = (id: string) => invoke<NetworkScreen>("remove_relationship", { id });
/** Adds a measure to the protection plan from a finding, in the interface language. */
export const measureFromFinding = (finding: Finding) => invoke<Measure>("measure_from_finding", { finding });
/** Keeps a person or actor where it was placed on the network map. */
export const placeNode = (position: NodePosition) => invoke<NetworkScreen>("place_node", { position });
/** Seals a photo of the community's hand-drawn map; the network is drawn over it. */
export const setTerritoryMap = (path: string) => invoke<TerritoryMap>("set_territory_map", { path });
export const clearTerritoryMap = () => invoke<void>("clear_territory_map");
/** The map photo as a data URL (kept in memory only), or null. */
export const territoryMap = () => invoke<TerritoryMap | null>("territory_map");
/** Adds a named place pinned at (x, y) on the map, or renames one (`id`). */
export const savePlace = (name: string, id: string | null, x: number | null, y: number | null) =>
  invoke<NetworkScreen>("save_place", { name, id, x, y });
export const removePlace = (id: string) => invoke<NetworkScreen>("remove_place", { id });
/** The running alert and the past ones, each with its dated log in the chain's order. */
export const alertActivations = () => invoke<AlertActivations>("alert_activations");
/** "We are at orange now": records the activation the group decided. */
export const activateAlert = (activation: NewActivation) => invoke<AlertActivations>("activate_alert", { activation });
/** Logs, now, how the running alert reached a person (`through`: the fallback who passed it on). */
export const markChain = (activation: string, person: string, outcome: ChainOutcome, through: string | null = null) =>
  invoke<AlertActivations>("mark_chain", { activation, person, outcome, through });
/** Stands the running alert down: back to green, dated. */
export const standDown = (activation: string, note: string) => invoke<AlertActivations>("stand_down", { activation, note });
/** Everyone's means of contact (restricted: masked on screen until revealed). */
export const meansOfContact = () => invoke<MeansOfContact[]>("means_of_contact");
/** Writes one person's means of contact. */
export const saveMeansOfContact = (means: MeansOfContact) => invoke<MeansOfContact[]>("save_means_of_contact", { means });
/** The alert chain's pocket cards to print; with means of contact only after the warning was confirmed. */
export const printedAlertCards = (includeMeans: boolean) => invoke<AlertCard[]>("printed_alert_cards", { includeMeans });

/** The community protocol: draft, decisions, versions, comments, warnings, and the home. */
export const getProtocolScreen = () => invoke<ProtocolScreen>("get_protocol_screen");
/** Fills an empty protocol from the template in the interface language. */
export const startProtocol = () => invoke<ProtocolScreen>("start_protocol");
/** A blank section, principle, level, decision or comment; nothing is stored until saved. */
export const draftProtocolRecord = (kind: ProtocolKind) => invoke<ProtocolRecord>("draft_protocol_record", { kind });
export const saveProtocolRecord = (record: ProtocolRecord) => invoke<ProtocolScreen>("save_protocol_record", { record });
export const removeProtocolRecord = (kind: ProtocolKind, id: string) =>
  invoke<ProtocolScreen>("remove_protocol_record", { kind, id });
/** Moves a section one place up or down. */
export const moveSection = (id: string, up: boolean) => invoke<ProtocolScreen>("move_section", { id, up });
/** Records the decision that agrees the draft and freezes it as the next version. */
export const freezeProtocol = (decision: Decision) => invoke<ProtocolScreen>("freeze_protocol", { decision });
/** What changed from version `from` to version `to` (`null`: the current draft). */
export const protocolDiff = (from: string, to: string | null) => invoke<ProtocolDiff>("protocol_diff", { from, to });
/** The protocol as it may be printed (no restricted section): a version, or the draft. */
export const protocolPrint = (version: string | null, names: PrintNames = "pseudonyms") => invoke<ProtocolPrint>("protocol_print", { version, names });
export const pocketCards = (names: PrintNames = "pseudonyms") => invoke<PocketCards>("pocket_cards", { names });
/** La Puya's principles 2 and 3 checked against the records: inclusion by group, who the community depends on. */
export const principleChecks = () => invoke<PrincipleChecks>("principle_checks");
/** Opens the projector window, or brings it forward. */
export const openProjector = () => invoke<void>("open_projector");
/** Shows a section on the projector as it is being typed; restricted ones show as hidden. */
export const projectSection = (section: Section) => invoke<Projection>("project_section", { section });
export const blankProjector = () => invoke<Projection>("blank_projector");
/** Stops projecting: blanks and closes the projector window. */
export const closeProjector = () => invoke<void>("close_projector");
/** For the projector window: what it shows now. */
export const getProjection = () => invoke<Projection>("get_projection");

/** Workshops: the one asked for (or the most recent) with its agenda and notes, and the home. */
export const getWorkshopScreen = (id: string | null) => invoke<WorkshopScreen>("get_workshop_screen", { id });
/** A new workshop starting today with the template's agenda. */
export const newWorkshop = () => invoke<WorkshopScreen>("new_workshop");
export const draftWorkshopRecord = (kind: WorkshopKind, workshop: string) =>
  invoke<WorkshopRecord>("draft_workshop_record", { kind, workshop });
export const saveWorkshopRecord = (record: WorkshopRecord) => invoke<WorkshopScreen>("save_workshop_record", { record });
export const removeWorkshopRecord = (kind: WorkshopKind, id: string, workshop: string) =>
  invoke<WorkshopScreen>("remove_workshop_record", { kind, id, workshop });
/** Moves a session one place up or down within its day. */
export const moveItem = (id: string, up: boolean) => invoke<WorkshopScreen>("move_item", { id, up });
/** Starts a session's timer (a running one is finished). */
export const startItem = (id: string) => invoke<WorkshopScreen>("start_item", { id });
export const finishItem = (id: string) => invoke<WorkshopScreen>("finish_item", { id });
/** Turns a sticky note into a record, or into a proposal on the protocol section `section`. */
export const sortNote = (id: string, target: NoteTarget, section: string | null) =>
  invoke<WorkshopScreen>("sort_note", { id, target, section });
/** The workshop report: no restricted note or measure. */
export const workshopReport = (id: string, names: PrintNames = "pseudonyms") => invoke<WorkshopReport>("workshop_report", { id, names });
/** Shows a session on the projector (title, goal, its notes that are not restricted). */
export const projectItem = (id: string) => invoke<Projection>("project_item", { id });
/** Opens the demo community in a throwaway vault, deleted when locked or closed. */
export const openTraining = () => invoke<Home>("open_training");
/** Opens a rehearsal of a case: the demo community (on screen) and a new network desk, both
 * throwaway vaults deleted when locked or closed. */
export const openTrainingPair = () => invoke<Home>("open_training_pair");
/** Puts one side of the rehearsal on screen; the other waits, open. */
export const switchTrainingSide = (side: TrainingSide) => invoke<Home>("switch_training_side", { side });

/** Cases for the solidarity network, contacts, this vault's fingerprint, and the home. */
export const getEscalationScreen = () => invoke<EscalationScreen>("get_escalation_screen");
export const draftCase = () => invoke<EscalationCase>("draft_case");
export const saveCase = (escalationCase: EscalationCase) => invoke<EscalationScreen>("save_case", { case: escalationCase });
export const removeCase = (id: string) => invoke<EscalationScreen>("remove_case", { id });
/** Exactly what the next package would carry for the desk or the public. */
export const casePreview = (id: string, audience: Audience) => invoke<CaseContent>("case_preview", { id, audience });
/** Seals and signs the desk package for `to` and writes it at `path`. */
export const exportCase = (id: string, to: string[], path: string) => invoke<EscalationScreen>("export_case", { id, to, path });
/** Seals what each person of a sent case agrees to now, for the desks it went to, at `path`. */
export const sendConsentUpdate = (id: string, path: string) => invoke<EscalationScreen>("send_consent_update", { id, path });
/** Writes this vault's contact file (public keys only) at `path`. */
/** Saves this vault's contact file in `role`; returns the fingerprint of the file saved, to read aloud. */
export const saveOwnContact = (role: ContactRole, path: string) => invoke<string>("save_own_contact", { role, path });
/** Reads a contact file to show its fingerprint before accepting it. */
export const readContactFile = (path: string) => invoke<ContactPreview>("read_contact_file", { path });
export const addContact = (card: ContactCard, notes: string) => invoke<EscalationScreen>("add_contact", { card, notes });
export const removeContact = (id: string) => invoke<EscalationScreen>("remove_contact", { id });
/** Checks and opens a package; an unknown sender is refused unless `acceptFingerprint` is the
 * fingerprint the person compared (the one the refusal showed). */
export const openPackage = (path: string, acceptFingerprint: string | null) =>
  invoke<OpenedCase>("open_package", { path, acceptFingerprint });
/** In a rehearsal: opens the oldest package the other side sent to this one, with the checks
 * `openPackage` makes on a file (an unknown sender waits for `acceptFingerprint`). */
export const openTrainingPackage = (acceptFingerprint: string | null) => invoke<OpenedCase>("open_training_package", { acceptFingerprint });
/** In a rehearsal, on the community's side: seals case `id` for the training desk and hands it over. */
export const sendCaseToTrainingDesk = (id: string) => invoke<EscalationScreen>("send_case_to_training_desk", { id });
/** In a rehearsal, on the community's side: seals a consent update for the training desk. */
export const sendConsentUpdateToTrainingDesk = (id: string) => invoke<EscalationScreen>("send_consent_update_to_training_desk", { id });
/** In a rehearsal, on the desk's side: seals a status report for the training community. */
export const sendStatusToTrainingCommunity = (id: string, message: string) => invoke<EscalationScreen>("send_status_to_training_community", { id, message });
/** Adds a desk member by an Advisory Group decision; they type their own passphrase. */
export const addDeskMember = (name: string, workingGroups: string[], passphrase: string, decision: Decision) =>
  invoke<EscalationScreen>("add_desk_member", { name, workingGroups, passphrase, decision });
/** Removes a desk member by an Advisory Group decision: they open no later case. */
export const removeDeskMember = (id: string, decision: Decision) => invoke<EscalationScreen>("remove_desk_member", { id, decision });
/** A member opens a package kept sealed with their own passphrase; the opening is logged. */
export const openSealed = (id: string, member: string, passphrase: string, acceptFingerprint: string | null) =>
  invoke<OpenedCase>("open_sealed", { id, member, passphrase, acceptFingerprint });
/** Counts the signatures in a CSV file for a petition's tally (read and forgotten). */
export const countSignatures = (path: string) => invoke<SignatureTally>("count_signatures", { path });
/** Marks this vault as a network desk's (it receives cases and acts on them), or not. */
export const setDesk = (desk: boolean) => invoke<EscalationScreen>("set_desk", { desk });
/** Saves a desk's triage, actions and outcomes of a received case. */
export const saveReceived = (receivedCase: ReceivedCase) => invoke<EscalationScreen>("save_received", { case: receivedCase });
export const removeReceived = (id: string) => invoke<EscalationScreen>("remove_received", { id });
/** The ids of the received cases holding every word of `query` (any case, any accent). */
export const searchReceived = (query: string) => invoke<string[]>("search_received", { query });
/** Saves every received case as one CSV line at `path`, for an annual report (no names). */
export const exportCasesCsv = (path: string) => invoke<void>("export_cases_csv", { path });
/** A request to protection mechanism `kind` that the community sends itself, drafted from case `id`. */
export const mechanismDraft = (id: string, kind: ActionKind) => invoke<MechanismDraft>("mechanism_draft", { id, kind });
/** Saves that request as a .txt file at `path` (readable by its owner only). */
export const exportMechanismDraft = (id: string, kind: ActionKind, path: string) => invoke<void>("export_mechanism_draft", { id, kind, path });
/** A new action on a received case, drafted from the template in `language` (not yet saved). */
export const draftAction = (id: string, kind: ActionKind, addressee: Addressee, language: string) =>
  invoke<DeskAction>("draft_action", { id, kind, addressee, language });
/** A saved action as plain text for a web form or an email; refused while it names someone beyond consent. */
export const actionText = (id: string, action: string) => invoke<string>("action_text", { id, action });
/** Saves a saved action as a .txt file at `path` (readable by its owner only); refused as `actionText` is. */
export const exportActionText = (id: string, action: string, path: string) => invoke<void>("export_action_text", { id, action, path });
/** Who in an action being edited is named beyond their consent, which words, which consent. */
export const checkActionWords = (id: string, action: DeskAction) =>
  invoke<ActionFindings>("check_action_words", { id, action: action.id, kind: action.kind, addressee: action.addressee, title: action.title, text: action.text });
/** Seals a status report back to the community and writes it at `path`. */
export const sendStatus = (id: string, message: string, path: string) => invoke<EscalationScreen>("send_status", { id, message, path });
/** What the desk did across its cases, and what changed. */
export const impactReport = () => invoke<ImpactReport>("impact_report");
/** Writes a file received with a case, decrypted, at `path`. */
export const exportReceivedFile = (current: string, id: string, attachment: string, path: string) =>
  invoke<void>("export_received_file", { current, id, attachment, path });

// Sync with other laptops.
/** The laptops of the group, conflicts to settle and refused files. */
export const getSyncPage = () => invoke<SyncPage>("get_sync_page");
/** Puts this vault in a group of laptops, as its first laptop `name`. */
export const startSync = (name: string) => invoke<SyncPage>("start_sync", { name });
/** Adds a laptop and writes its invitation to `path`; returns the code to read aloud. */
export const inviteLaptop = (current: string, name: string, path: string) =>
  invoke<InvitationMade>("invite_laptop", { current, name, path });
/** Copies sync files both ways with the stick (or folder) at `path` and imports what came. */
export const copyWithStick = (path: string) => invoke<SyncDone>("copy_with_stick", { path });
/** Publishes this laptop's edits and imports what is in the vault's sync folder. */
export const syncNow = () => invoke<SyncDone>("sync_now");
/** Removes a lost or given-away laptop from the group. */
export const removeLaptop = (id: string) => invoke<SyncPage>("remove_laptop", { id });
export const newContactFileGiven = () => invoke<SyncPage>("new_contact_file_given");
/** Keeps one side of a conflict: an ordinary edit that syncs. */
export const settleConflict = (id: string, keep: Kept) => invoke<SyncPage>("settle_conflict", { id, keep });
/** Trusts the laptop that joined and shows this code (read aloud by the person at it). */
export const confirmLaptop = (code: string) => invoke<SyncPage>("confirm_laptop", { code });
/** Makes a vault in `dir` from an invitation file and its code, with a new passphrase. */
export const joinVault = (invitation: string, code: string, dir: string, passphrase: string) =>
  invoke<Joined>("join_vault", { invitation, code, dir, passphrase });
/** Saves this laptop's local network sync (Syncthing) and starts or stops it. */
export const setLan = (listen: string, peers: LanPeer[], enabled: boolean) => invoke<SyncPage>("set_lan", { listen, peers, enabled });
/** While syncing over the local network: publishes and applies what arrived (`null` when off). */
export const lanPoll = () => invoke<ImportReport | null>("lan_poll");
