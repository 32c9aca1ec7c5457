//! The app's commands, by area. Each takes the state and plain arguments, makes one call into
//! `tejido_core::App`, and converts the error.

pub mod escalation;
pub mod network;
pub mod people;
pub mod protocol;
pub mod risk;
pub mod settings;
pub mod shares;
pub mod sync;
pub mod vault;
pub mod workshop;

use std::sync::MutexGuard;

use tejido_core::App;

use crate::AppState;

/// The app, even if an earlier command panicked while holding it (its state stays valid:
/// every change is a transaction plus a durable save).
pub(crate) fn app<'a>(state: &'a tauri::State<'_, AppState>) -> MutexGuard<'a, App> {
    state.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
