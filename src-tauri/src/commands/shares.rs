//! m-of-n shares of the vault's recovery, and shredding this laptop's keys.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::{Home, ShareFileEntry, ShareFileRequest, SplitMade};
use tejido_vault::SecretString;

use crate::state::{AppState, app};
use crate::error::CommandResult;

#[tauri::command(async)]
pub fn split_recovery(
    state: State<'_, AppState>,
    current: String,
    threshold: u8,
    total: u8,
    files: Vec<ShareFileRequest>,
) -> CommandResult<SplitMade> {
    app(&state).split_recovery(&SecretString::from(current), threshold, total, &files, Utc::now()).map_err(Into::into)
}

#[tauri::command(async)]
pub fn recover_with_shares(
    state: State<'_, AppState>,
    dir: PathBuf,
    shares: Vec<String>,
    files: Vec<ShareFileEntry>,
    new_passphrase: String,
) -> CommandResult<Home> {
    app(&state).recover_with_shares(&dir, &shares, &files, &new_passphrase, Utc::now()).map_err(Into::into)
}

/// Shreds this laptop's keys; the vault closes as on a panic. Returns how many passphrases went.
#[tauri::command(async)]
pub fn shred_keys(state: State<'_, AppState>, current: String) -> CommandResult<usize> {
    app(&state).shred_keys(&SecretString::from(current)).map_err(Into::into)
}
