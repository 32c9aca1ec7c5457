//! Locks the vault from Rust, never trusting a timer in the web view: every few seconds the
//! idle deadline is checked on the wall clock (so after a resume from sleep the first check
//! locks), and on Linux the vault is locked when logind says the laptop is going to sleep or
//! the screen was locked. The window is told with the `vault-locked` event.

use std::time::Duration;

use chrono::Utc;
use tauri::{AppHandle, Emitter, Manager};
use tejido_core::AutoLocked;

use crate::state::{AppState, app};

/// The event the main window receives, with an [`AutoLocked`].
const EVENT: &str = "vault-locked";
/// How often the deadline is checked: also the longest a resumed laptop shows the vault
/// when the sleep signal was not heard.
const CHECK_EVERY: Duration = Duration::from_secs(3);

/// Starts the watchers; they live as long as the app.
pub(crate) fn start(handle: &AppHandle) {
    let clock = handle.clone();
    let _ = std::thread::Builder::new().name("auto-lock".into()).spawn(move || {
        loop {
            std::thread::sleep(CHECK_EVERY);
            let locked = app(&clock.state::<AppState>()).lock_if_idle(Utc::now());
            if let Some(locked) = locked {
                tell(&clock, locked);
            }
        }
    });
    #[cfg(target_os = "linux")]
    {
        let signals = handle.clone();
        let _ = std::thread::Builder::new().name("sleep-and-screen-lock".into()).spawn(move || {
            // No system bus or no logind: the clock above still locks after a resume.
            let _ = tejido_core::desktop_signals::watch_logind(move |reason| {
                let locked = app(&signals.state::<AppState>()).lock_now(reason);
                if let Some(locked) = locked {
                    tell(&signals, locked);
                }
            });
        });
    }
}

fn tell(handle: &AppHandle, locked: AutoLocked) {
    // The projector goes blank with the vault, as when "Lock" is pressed.
    let projection = app(&handle.state::<AppState>()).projection();
    crate::windows::show_on_projector(handle, &projection);
    let _ = handle.emit_to("main", EVENT, locked);
}
