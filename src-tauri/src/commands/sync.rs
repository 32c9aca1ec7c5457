//! Sync with other laptops: the group, invitations, joining, USB sticks and conflicts. Files
//! and folders are the ones the person chose in a dialog.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::sync::lan::LanPeer;
use tejido_core::sync::{ImportReport, Kept};
use tejido_core::{ConflictId, InvitationMade, Joined, LaptopId, SyncDone, SyncPage};

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command(async)]
pub fn get_sync_page(state: State<'_, AppState>) -> CommandResult<SyncPage> {
    app(&state).sync_page(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn start_sync(state: State<'_, AppState>, name: String) -> CommandResult<SyncPage> {
    app(&state).start_sync(&name, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn invite_laptop(state: State<'_, AppState>, current: String, name: String, path: PathBuf) -> CommandResult<InvitationMade> {
    app(&state).invite_laptop(&tejido_vault::SecretString::from(current), &name, &path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn copy_with_stick(state: State<'_, AppState>, path: PathBuf) -> CommandResult<SyncDone> {
    app(&state).copy_with_stick(&path, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn sync_now(state: State<'_, AppState>) -> CommandResult<SyncDone> {
    app(&state).sync_now(Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn remove_laptop(state: State<'_, AppState>, id: LaptopId) -> CommandResult<SyncPage> {
    app(&state).remove_laptop(id, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn new_contact_file_given(state: State<'_, AppState>) -> CommandResult<SyncPage> {
    app(&state).new_contact_file_given(Utc::now()).map_err(Into::into)
}

/// Trusts the laptop that joined and shows `code`, read aloud by the person at it.
#[tauri::command(async)]
pub fn confirm_laptop(state: State<'_, AppState>, code: String) -> CommandResult<SyncPage> {
    app(&state).confirm_laptop(&code, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn settle_conflict(state: State<'_, AppState>, id: ConflictId, keep: Kept) -> CommandResult<SyncPage> {
    app(&state).settle_conflict(id, keep, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn join_vault(state: State<'_, AppState>, invitation: PathBuf, code: String, dir: PathBuf, passphrase: String) -> CommandResult<Joined> {
    app(&state).join_vault(&invitation, &code, &dir, &passphrase, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn set_lan(state: State<'_, AppState>, listen: String, peers: Vec<LanPeer>, enabled: bool) -> CommandResult<SyncPage> {
    app(&state).set_lan(&listen, peers, enabled, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn lan_poll(state: State<'_, AppState>) -> CommandResult<Option<ImportReport>> {
    app(&state).lan_poll(Utc::now()).map_err(Into::into)
}
