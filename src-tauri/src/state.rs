//! The app's state as Tauri holds it, and the one way a command reaches it.

use std::sync::{Mutex, MutexGuard};

use tejido_core::App;

/// The app's state: one [`App`] behind a mutex (commands run one at a time per vault).
pub(crate) struct AppState(pub Mutex<App>);

/// The app, even if an earlier command panicked while holding it (its state stays valid:
/// every change is a transaction plus a durable save).
pub(crate) fn app<'a>(state: &'a tauri::State<'_, AppState>) -> MutexGuard<'a, App> {
    state.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
