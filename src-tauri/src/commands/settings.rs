//! Settings: language, auto-lock, passphrases, backups.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::{AppInfo, Slots, Strength, estimate_strength};
use tejido_vault::BackupReport;

use super::app;
use crate::AppState;
use crate::error::CommandResult;

#[tauri::command]
pub fn estimate_passphrase(passphrase: String) -> Strength {
    estimate_strength(&passphrase)
}

#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> CommandResult<AppInfo> {
    app(&state).set_language(&language).map_err(Into::into)
}

#[tauri::command]
pub fn set_auto_lock(state: State<'_, AppState>, minutes: u32) -> CommandResult<AppInfo> {
    app(&state).set_auto_lock(minutes).map_err(Into::into)
}

#[tauri::command]
pub fn vault_slots(state: State<'_, AppState>) -> CommandResult<Slots> {
    app(&state).slots().map_err(Into::into)
}

#[tauri::command(async)]
pub fn add_passphrase(state: State<'_, AppState>, passphrase: String) -> CommandResult<Slots> {
    app(&state).add_passphrase(&passphrase, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn change_passphrase(state: State<'_, AppState>, old: String, passphrase: String) -> CommandResult<Slots> {
    app(&state).change_passphrase(&old, &passphrase, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_passphrase(state: State<'_, AppState>, passphrase: String) -> CommandResult<Slots> {
    app(&state).remove_passphrase(&passphrase).map_err(Into::into)
}

#[tauri::command(async)]
pub fn backup_vault(state: State<'_, AppState>, destination: PathBuf) -> CommandResult<BackupReport> {
    app(&state).backup(&destination, Utc::now()).map_err(Into::into)
}
