//! Creating, opening, recovering and locking vaults.

use std::path::PathBuf;

use chrono::Utc;
use tauri::State;
use tejido_core::{AppInfo, Created, Home};

use crate::state::{AppState, app};
use crate::error::CommandResult;

/// The main window's page gives where to tell it of a lock made in Rust (idle, sleep, screen
/// lock); see [`crate::autolock::LockWatch`].
#[tauri::command]
pub fn watch_locks(watch: State<'_, crate::autolock::LockWatch>, on_locked: tauri::ipc::Channel<tejido_core::AutoLocked>) {
    watch.set(on_locked);
}

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
pub fn open_desk_demo(state: State<'_, AppState>) -> CommandResult<Home> {
    app(&state).open_desk_demo(Utc::now()).map_err(Into::into)
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
    crate::windows::show_on_projector(&handle, &app.projection());
}

/// The panic key or button, from the main window or the projector: the vault closes at once
/// in Rust, the projector window closes, and the main window's page is reloaded, which wipes
/// every form, screen and piece of session state the web view held. Tejido never writes to
/// the clipboard, so there is nothing of its own there to clear.
#[tauri::command]
pub fn panic_lock(handle: tauri::AppHandle, window: tauri::WebviewWindow, state: State<'_, AppState>) {
    use tauri::Manager;
    app(&state).panic();
    if let Some(projector) = handle.get_webview_window(crate::windows::PROJECTOR) {
        let _ = projector.close();
    }
    // Pressed in the projector: the main window reloads from here. Pressed in the main
    // window: its page reloads itself as soon as this returns.
    if window.label() != "main" {
        if let Some(main) = handle.get_webview_window("main") {
            let _ = main.eval("location.replace(location.pathname)");
        }
    }
}
