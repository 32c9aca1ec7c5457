//! Creating, opening, recovering and locking vaults.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::{AppInfo, Created, Home};

use super::app;
use crate::AppState;
use crate::error::CommandResult;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    app(&state).info()
}

#[tauri::command(async)]
pub fn create_vault(state: State<'_, AppState>, dir: PathBuf, name: String, passphrase: String) -> CommandResult<Created> {
    app(&state).create_vault(&dir, &name, &passphrase, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn open_demo(state: State<'_, AppState>) -> CommandResult<Home> {
    app(&state).open_demo(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn unlock_vault(state: State<'_, AppState>, dir: PathBuf, passphrase: String) -> CommandResult<Home> {
    app(&state).unlock(&dir, &passphrase, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn recover_vault(
    state: State<'_, AppState>,
    dir: PathBuf,
    recovery_key: String,
    new_passphrase: String,
) -> CommandResult<Home> {
    app(&state).recover(&dir, &recovery_key, &new_passphrase, Utc::now()).map_err(Into::into)
}

/// The person read the rollback warning and accepts the state the vault opened at.
#[tauri::command(async)]
pub fn acknowledge_rollback(state: State<'_, AppState>) -> CommandResult<Home> {
    app(&state).acknowledge_rollback().map_err(Into::into)
}

/// A key press or pointer use in the window (sent at most every few seconds): the auto-lock
/// deadline, kept in Rust on the wall clock, moves. Off the main thread: it waits for the
/// app while a long command (a re-key, a sync) holds it.
#[tauri::command(async)]
pub fn note_activity(state: State<'_, AppState>) {
    app(&state).note_activity(Utc::now());
}

#[tauri::command]
pub fn lock_vault(handle: tauri::AppHandle, state: State<'_, AppState>) {
    let mut app = app(&state);
    app.lock();
    // The projector goes blank with the vault.
    super::protocol::show_on_projector(&handle, &app.projection());
}
