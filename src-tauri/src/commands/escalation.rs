//! Escalation to the solidarity network: cases, the redaction preview, packages and contacts,
//! and on a desk the cases received, their actions, outcomes and status reports.
//! Files are read and written by the core, at paths the person chose in a dialog.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::escalation::{ActionFindings, ActionKind, Addressee, Audience, CaseContent, ContactCard, ContactRole, DeskAction, EscalationCase, ImpactReport, ReceivedCase, SignatureTally};
use tejido_core::protocol::Decision;
use tejido_vault::SecretString;
use tejido_core::{CaseId, ContactId, DeskActionId, DeskMemberId, SealedPackageId, ContactPreview, EscalationScreen, MechanismDraft, OpenedCase, ReceivedCaseId};

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command(async)]
pub fn get_escalation_screen(state: State<'_, AppState>) -> CommandResult<EscalationScreen> {
    app(&state).escalation_screen(Utc::now()).map_err(Into::into)
}

#[tauri::command]
pub fn draft_case(state: State<'_, AppState>) -> CommandResult<EscalationCase> {
    app(&state).draft_case().map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_case(state: State<'_, AppState>, case: EscalationCase) -> CommandResult<EscalationScreen> {
    app(&state).save_case(case, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_case(state: State<'_, AppState>, id: CaseId) -> CommandResult<EscalationScreen> {
    app(&state).remove_case(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn case_preview(state: State<'_, AppState>, id: CaseId, audience: Audience) -> CommandResult<CaseContent> {
    app(&state).case_preview(id, audience, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn export_case(state: State<'_, AppState>, id: CaseId, to: Vec<ContactId>, path: PathBuf) -> CommandResult<EscalationScreen> {
    app(&state).export_case(id, &to, &path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn send_consent_update(state: State<'_, AppState>, id: CaseId, path: PathBuf) -> CommandResult<EscalationScreen> {
    app(&state).send_consent_update(id, &path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_own_contact(state: State<'_, AppState>, role: ContactRole, path: PathBuf) -> CommandResult<String> {
    app(&state).save_own_contact(role, &path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn read_contact_file(state: State<'_, AppState>, path: PathBuf) -> CommandResult<ContactPreview> {
    app(&state).read_contact_file(&path).map_err(Into::into)
}

#[tauri::command(async)]
pub fn add_contact(state: State<'_, AppState>, card: ContactCard, notes: String) -> CommandResult<EscalationScreen> {
    app(&state).add_contact(&card, &notes, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_contact(state: State<'_, AppState>, id: ContactId) -> CommandResult<EscalationScreen> {
    app(&state).remove_contact(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn open_package(state: State<'_, AppState>, path: PathBuf, accept_fingerprint: Option<String>) -> CommandResult<OpenedCase> {
    app(&state).open_package(&path, accept_fingerprint.as_deref(), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn open_training_package(state: State<'_, AppState>, accept_fingerprint: Option<String>) -> CommandResult<OpenedCase> {
    app(&state).open_training_package(accept_fingerprint.as_deref(), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn send_case_to_training_desk(state: State<'_, AppState>, id: CaseId) -> CommandResult<EscalationScreen> {
    app(&state).send_case_to_training_desk(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn send_consent_update_to_training_desk(state: State<'_, AppState>, id: CaseId) -> CommandResult<EscalationScreen> {
    app(&state).send_consent_update_to_training_desk(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn send_status_to_training_community(state: State<'_, AppState>, id: ReceivedCaseId, message: String) -> CommandResult<EscalationScreen> {
    app(&state).send_status_to_training_community(id, &message, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn set_desk(state: State<'_, AppState>, desk: bool) -> CommandResult<EscalationScreen> {
    app(&state).set_desk(desk, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_received(state: State<'_, AppState>, case: ReceivedCase) -> CommandResult<EscalationScreen> {
    app(&state).save_received(case, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_received(state: State<'_, AppState>, id: ReceivedCaseId) -> CommandResult<EscalationScreen> {
    app(&state).remove_received(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn draft_action(state: State<'_, AppState>, id: ReceivedCaseId, kind: ActionKind, addressee: Addressee, language: String) -> CommandResult<DeskAction> {
    app(&state).draft_action(id, kind, addressee, &language, Utc::now()).map_err(Into::into)
}

/// The received cases holding every word of `query`.
#[tauri::command(async)]
pub fn search_received(state: State<'_, AppState>, query: String) -> CommandResult<Vec<ReceivedCaseId>> {
    app(&state).search_received(&query).map_err(Into::into)
}

/// Saves every received case as a CSV line where the person chose (an annual report).
#[tauri::command(async)]
pub fn export_cases_csv(state: State<'_, AppState>, path: PathBuf) -> CommandResult<()> {
    app(&state).export_cases_csv(&path).map_err(Into::into)
}

/// A request to a protection mechanism the community sends itself, drafted from its case.
#[tauri::command(async)]
pub fn mechanism_draft(state: State<'_, AppState>, id: CaseId, kind: ActionKind) -> CommandResult<MechanismDraft> {
    app(&state).mechanism_draft(id, kind, Utc::now()).map_err(Into::into)
}

/// Saves that request as a .txt file where the person chose.
#[tauri::command(async)]
pub fn export_mechanism_draft(state: State<'_, AppState>, id: CaseId, kind: ActionKind, path: PathBuf) -> CommandResult<()> {
    app(&state).export_mechanism_draft(id, kind, &path, Utc::now()).map_err(Into::into)
}

/// An action as plain text for the clipboard; refused while it names someone beyond consent.
#[tauri::command(async)]
pub fn action_text(state: State<'_, AppState>, id: ReceivedCaseId, action: DeskActionId) -> CommandResult<String> {
    app(&state).action_text(id, action).map_err(Into::into)
}

#[tauri::command(async)]
pub fn export_action_text(state: State<'_, AppState>, id: ReceivedCaseId, action: DeskActionId, path: PathBuf) -> CommandResult<()> {
    app(&state).export_action_text(id, action, &path).map_err(Into::into)
}

/// The consent check of the editor, called as the desk types.
#[tauri::command(async)]
pub fn check_action_words(
    state: State<'_, AppState>,
    id: ReceivedCaseId,
    action: DeskActionId,
    kind: ActionKind,
    addressee: Addressee,
    title: String,
    text: String,
) -> CommandResult<ActionFindings> {
    app(&state).check_action_words(id, action, kind, addressee, &title, &text).map_err(Into::into)
}

#[tauri::command(async)]
pub fn send_status(state: State<'_, AppState>, id: ReceivedCaseId, message: String, path: PathBuf) -> CommandResult<EscalationScreen> {
    app(&state).send_status(id, &message, &path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn impact_report(state: State<'_, AppState>) -> CommandResult<ImpactReport> {
    app(&state).impact_report(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn export_received_file(state: State<'_, AppState>, current: String, id: ReceivedCaseId, attachment: uuid::Uuid, path: PathBuf) -> CommandResult<()> {
    app(&state).export_received_file(&tejido_vault::SecretString::from(current), id, attachment, &path).map_err(Into::into)
}

/// Adds a desk member by an Advisory Group decision; they type their own passphrase.
#[tauri::command(async)]
pub fn add_desk_member(state: State<'_, AppState>, name: String, working_groups: Vec<String>, passphrase: String, decision: Decision) -> CommandResult<EscalationScreen> {
    app(&state).add_desk_member(&name, working_groups, &SecretString::from(passphrase), decision, Utc::now()).map_err(Into::into)
}

/// Removes a desk member by an Advisory Group decision.
#[tauri::command(async)]
pub fn remove_desk_member(state: State<'_, AppState>, id: DeskMemberId, decision: Decision) -> CommandResult<EscalationScreen> {
    app(&state).remove_desk_member(id, decision, Utc::now()).map_err(Into::into)
}

/// A member opens a package kept sealed, with their own passphrase; the opening is logged.
#[tauri::command(async)]
pub fn open_sealed(state: State<'_, AppState>, id: SealedPackageId, member: DeskMemberId, passphrase: String, accept_fingerprint: Option<String>) -> CommandResult<OpenedCase> {
    app(&state).open_sealed(id, member, &SecretString::from(passphrase), accept_fingerprint.as_deref(), Utc::now()).map_err(Into::into)
}

/// Counts the signatures in a CSV file for a petition's tally (the file is read and forgotten).
#[tauri::command(async)]
pub fn count_signatures(state: State<'_, AppState>, path: PathBuf) -> CommandResult<SignatureTally> {
    app(&state).count_signatures(&path, Utc::now()).map_err(Into::into)
}
