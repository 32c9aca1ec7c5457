//! Settings: language, auto-lock, passphrases, backups.

use std::path::PathBuf;

use chrono::Utc;
use tauri::{AppHandle, State};
use tejido_core::{AppInfo, NewRecoveryKey, PackSources, PackView, Slots, Strength, estimate_strength};
use tejido_vault::{BackupReport, SecretString};
use uuid::Uuid;

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command]
pub fn estimate_passphrase(passphrase: String) -> Strength {
    estimate_strength(&passphrase)
}

#[tauri::command]
pub fn set_language(handle: AppHandle, state: State<'_, AppState>, language: String) -> CommandResult<AppInfo> {
    let mut app = app(&state);
    let info = app.set_language(&language)?;
    // An open projector switches language with the facilitator's window, a pack included.
    crate::windows::show_on_projector(&handle, &app.projection());
    Ok(info)
}

#[tauri::command]
pub fn language_packs(state: State<'_, AppState>) -> Vec<PackView> {
    app(&state).language_packs()
}

#[tauri::command]
pub fn add_language_pack(state: State<'_, AppState>, path: PathBuf) -> CommandResult<PackView> {
    app(&state).add_language_pack(&path).map_err(Into::into)
}

#[tauri::command]
pub fn install_bundled_language_pack(state: State<'_, AppState>, code: String) -> CommandResult<PackView> {
    app(&state).install_bundled_language_pack(&code).map_err(Into::into)
}

#[tauri::command]
pub fn remove_language_pack(state: State<'_, AppState>, code: String) -> CommandResult<Vec<PackView>> {
    app(&state).remove_language_pack(&code).map_err(Into::into)
}

#[tauri::command]
pub fn language_pack_sources(state: State<'_, AppState>, code: String) -> CommandResult<PackSources> {
    app(&state).language_pack_sources(&code).map_err(Into::into)
}

#[tauri::command]
pub fn forget_recent_vaults(state: State<'_, AppState>) -> AppInfo {
    app(&state).forget_recent_vaults()
}

#[tauri::command]
pub fn set_auto_lock(state: State<'_, AppState>, minutes: u32) -> CommandResult<AppInfo> {
    app(&state).set_auto_lock(minutes).map_err(Into::into)
}

#[tauri::command]
pub fn set_text_size(state: State<'_, AppState>, percent: u16) -> AppInfo {
    app(&state).set_text_size(percent)
}

#[tauri::command]
pub fn vault_slots(state: State<'_, AppState>) -> CommandResult<Slots> {
    app(&state).slots().map_err(Into::into)
}

// Secrets arrive as `String` (IPC arguments are deserialised before we see them) and are
// wrapped in `SecretString` at once, so they are zeroed when dropped and never printed.

#[tauri::command(async)]
pub fn add_passphrase(state: State<'_, AppState>, current: String, passphrase: String) -> CommandResult<Slots> {
    app(&state).add_passphrase(&SecretString::from(current), &SecretString::from(passphrase), Utc::now()).map_err(Into::into)
}

/// A duress passphrase: opens a decoy and shreds this laptop's other passphrases when used.
#[tauri::command(async)]
pub fn add_duress_passphrase(state: State<'_, AppState>, current: String, passphrase: String) -> CommandResult<Slots> {
    app(&state).add_duress_passphrase(&SecretString::from(current), &SecretString::from(passphrase), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn change_passphrase(state: State<'_, AppState>, old: String, passphrase: String) -> CommandResult<Slots> {
    app(&state).change_passphrase(&SecretString::from(old), &SecretString::from(passphrase), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_passphrase(state: State<'_, AppState>, passphrase: String) -> CommandResult<Slots> {
    app(&state).remove_passphrase(&SecretString::from(passphrase)).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_slot(state: State<'_, AppState>, id: Uuid, current: String) -> CommandResult<Slots> {
    app(&state).remove_slot(id, &SecretString::from(current)).map_err(Into::into)
}

#[tauri::command(async)]
pub fn new_recovery_key(state: State<'_, AppState>, current: String) -> CommandResult<NewRecoveryKey> {
    app(&state).new_recovery_key(&SecretString::from(current), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn rekey_vault(state: State<'_, AppState>, current: String, passphrase: Option<String>) -> CommandResult<NewRecoveryKey> {
    let new = passphrase.filter(|p| !p.is_empty()).map(SecretString::from);
    app(&state).rekey(&SecretString::from(current), new.as_ref(), Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn backup_vault(state: State<'_, AppState>, current: String, destination: PathBuf) -> CommandResult<BackupReport> {
    app(&state).backup(&SecretString::from(current), &destination, Utc::now()).map_err(Into::into)
}
