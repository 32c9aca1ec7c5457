//! The collective risk analysis: records, reassessments, attachments, the register.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::risk::{Assessment, RiskKind, RiskRecord, RiskRegister};
use tejido_core::{IncidentId, RiskId, RiskScreen};
use uuid::Uuid;

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command(async)]
pub fn get_risk_screen(state: State<'_, AppState>) -> CommandResult<RiskScreen> {
    app(&state).risk_screen(Utc::now()).map_err(Into::into)
}

#[tauri::command]
pub fn draft_risk_record(state: State<'_, AppState>, kind: RiskKind) -> CommandResult<RiskRecord> {
    app(&state).draft_risk_record(kind, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn save_risk_record(state: State<'_, AppState>, record: RiskRecord) -> CommandResult<RiskScreen> {
    app(&state).save_risk_record(record, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_risk_record(state: State<'_, AppState>, record: RiskRecord) -> CommandResult<RiskScreen> {
    app(&state).remove_risk_record(record, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn reassess_risk(state: State<'_, AppState>, id: RiskId, assessment: Assessment) -> CommandResult<RiskScreen> {
    app(&state).reassess_risk(id, assessment, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn mark_risk_review(state: State<'_, AppState>) -> CommandResult<RiskScreen> {
    app(&state).mark_risk_review(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn attach_file(state: State<'_, AppState>, incident: IncidentId, path: PathBuf) -> CommandResult<RiskScreen> {
    app(&state).attach_file(incident, &path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn detach_file(state: State<'_, AppState>, incident: IncidentId, attachment: Uuid) -> CommandResult<RiskScreen> {
    app(&state).detach_file(incident, attachment, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn export_attachment(
    state: State<'_, AppState>,
    current: String,
    incident: IncidentId,
    attachment: Uuid,
    destination: PathBuf,
) -> CommandResult<()> {
    app(&state).export_attachment(&tejido_vault::SecretString::from(current), incident, attachment, &destination).map_err(Into::into)
}

#[tauri::command(async)]
pub fn risk_register(state: State<'_, AppState>, names: tejido_core::PrintNames) -> CommandResult<RiskRegister> {
    app(&state).risk_register(names, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn incident_letters(state: State<'_, AppState>, incident: IncidentId, language: String) -> CommandResult<tejido_core::escalation::IncidentLetters> {
    app(&state).incident_letters(incident, &language).map_err(Into::into)
}

#[tauri::command(async)]
pub fn record_incident_letter(state: State<'_, AppState>, letter: tejido_core::escalation::LetterRecord, language: String) -> CommandResult<RiskScreen> {
    app(&state).record_incident_letter(letter, &language, Utc::now()).map_err(Into::into)
}
