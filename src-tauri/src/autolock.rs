//! Locks the vault from Rust, never trusting a timer in the web view: every few seconds the
//! idle deadline is checked on the wall clock (so after a resume from sleep the first check
//! locks), and on Linux the vault is locked when logind says the laptop is going to sleep or
//! the screen was locked. The window is told through the channel its page gave
//! ([`LockWatch`]).

use std::sync::Mutex;
use std::time::Duration;

use chrono::Utc;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager};
use tejido_core::AutoLocked;

use crate::state::{AppState, app};

/// Where the main window's page hears of a lock made here: the channel it gave with the
/// `watch_locks` command (a reloaded page gives a new one). A channel and not a Tauri event:
/// listening to an event makes Tauri evaluate a script in the web view at once, and the first
/// result WebKit hands back starts a JavaScriptCore engine in this process, 6 MiB resident for
/// as long as the app runs (issue 26); a channel costs nothing until a lock is sent.
#[derive(Default)]
pub(crate) struct LockWatch(Mutex<Option<Channel<AutoLocked>>>);

impl LockWatch {
    pub(crate) fn set(&self, channel: Channel<AutoLocked>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(channel);
    }

    fn tell(&self, locked: AutoLocked) {
        if let Some(channel) = &*self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            let _ = channel.send(locked);
        }
    }
}

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
    handle.state::<LockWatch>().tell(locked);
}
