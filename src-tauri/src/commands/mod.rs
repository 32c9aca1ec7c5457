//! The app's commands, by area. Each takes the state and plain arguments, makes one call into
//! `tejido_core::App`, and converts the error.
//!
//! A command whose work grows with the vault (every edit, and every screen or print it reads)
//! is `#[tauri::command(async)]`: a plain command runs on the main thread, which also draws
//! the window, so the network screen of 2 000 people (half a second to read) froze the whole
//! window while it loaded. Plain commands are the ones that answer at once.

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
