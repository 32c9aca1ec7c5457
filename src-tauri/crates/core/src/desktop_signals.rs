//! The desktop's "the laptop is going to sleep" and "the screen was locked", from systemd's
//! logind over the system D-Bus (Linux; feature `desktop-signals`, used by the app only, so
//! the `tejido` CLI does not link libdbus).
//!
//! - `org.freedesktop.login1.Manager.PrepareForSleep(true)`: the laptop is about to sleep
//!   or hibernate. Tejido holds a "delay" sleep inhibitor so the vault is locked (the
//!   database and the key gone from memory) *before* the machine sleeps; the inhibitor is
//!   released once locked and taken again after the resume.
//! - `org.freedesktop.login1.Session.Lock`, and a session's `LockedHint` turning true: the
//!   screen was locked (`loginctl lock-session`, the desktop's lock screen).
//!
//! Without logind (another init, a sandbox without the system bus) nothing is heard, and the
//! wall-clock check in [`crate::App::lock_if_idle`] is what locks, at the latest a few
//! seconds after a resume.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use dbus::arg::{OwnedFd, PropMap, prop_cast};
use dbus::blocking::Connection;
use dbus::message::MatchRule;

use crate::app::LockReason;

const LOGIN1: &str = "org.freedesktop.login1";
const MANAGER: &str = "org.freedesktop.login1.Manager";
const SESSION: &str = "org.freedesktop.login1.Session";

/// Listens on the system bus and calls `on_lock` on sleep and on screen lock, until the bus
/// goes away. Blocks: run it on its own thread.
pub fn watch_logind(on_lock: impl FnMut(LockReason) + Send + 'static) -> Result<(), dbus::Error> {
    watch(Connection::new_system()?, on_lock)
}

fn watch(connection: Connection, on_lock: impl FnMut(LockReason) + Send + 'static) -> Result<(), dbus::Error> {
    let on_lock = Arc::new(Mutex::new(on_lock));
    // Best effort: without the inhibitor the resume check still locks.
    let inhibitor = Arc::new(Mutex::new(inhibit_sleep(&connection)));

    let (lock, held) = (on_lock.clone(), inhibitor.clone());
    connection.add_match(MatchRule::new_signal(MANAGER, "PrepareForSleep"), move |(going,): (bool,), connection: &Connection, _| {
        if going {
            (lock.lock().unwrap_or_else(|p| p.into_inner()))(LockReason::Sleep);
            // Locked: the machine may sleep now.
            held.lock().unwrap_or_else(|p| p.into_inner()).take();
        } else {
            *held.lock().unwrap_or_else(|p| p.into_inner()) = inhibit_sleep(connection);
        }
        true
    })?;
    let lock = on_lock.clone();
    connection.add_match(MatchRule::new_signal(SESSION, "Lock"), move |(): (), _: &Connection, _| {
        (lock.lock().unwrap_or_else(|p| p.into_inner()))(LockReason::SessionLocked);
        true
    })?;
    let lock = on_lock;
    let mut rule = MatchRule::new_signal("org.freedesktop.DBus.Properties", "PropertiesChanged");
    rule.path_is_namespace = true;
    rule.path = Some("/org/freedesktop/login1/session".into());
    connection.add_match(rule, move |(interface, changed, _): (String, PropMap, Vec<String>), _: &Connection, _| {
        if interface == SESSION && prop_cast::<bool>(&changed, "LockedHint").copied() == Some(true) {
            (lock.lock().unwrap_or_else(|p| p.into_inner()))(LockReason::SessionLocked);
        }
        true
    })?;
    loop {
        connection.process(Duration::from_secs(60))?;
    }
}

/// Asks logind to wait for Tejido before sleeping (a "delay" inhibitor, at most the
/// system's `InhibitDelayMaxSec`, 5 seconds by default); dropping the descriptor releases it.
fn inhibit_sleep(connection: &Connection) -> Option<OwnedFd> {
    let proxy = connection.with_proxy(LOGIN1, "/org/freedesktop/login1", Duration::from_secs(2));
    let (fd,): (OwnedFd,) = proxy
        .method_call(MANAGER, "Inhibit", ("sleep", "Tejido", "Lock the vault before sleeping", "delay"))
        .ok()?;
    Some(fd)
}

#[cfg(test)]
mod tests {
    use std::process::{Command, Stdio};
    use std::sync::mpsc;

    use super::*;

    /// A private bus standing in for the system bus, where the test plays logind.
    struct Bus {
        daemon: std::process::Child,
        address: String,
        _dir: tempfile::TempDir,
    }

    impl Bus {
        fn start() -> Option<Bus> {
            let dir = tempfile::tempdir().unwrap();
            let address = format!("unix:path={}", dir.path().join("bus").display());
            let daemon = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--nopidfile", &format!("--address={address}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            let start = std::time::Instant::now();
            while !dir.path().join("bus").exists() && start.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_millis(20));
            }
            Some(Bus { daemon, address, _dir: dir })
        }

        /// Emits a signal as logind would (`busctl`, which can write the variants of
        /// `PropertiesChanged`).
        fn signal(&self, path: &str, interface: &str, member: &str, args: &[&str]) {
            Command::new("busctl")
                .args([&format!("--address={}", self.address), "emit", path, interface, member])
                .args(args)
                .status()
                .unwrap();
        }
    }

    impl Drop for Bus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    #[test]
    fn sleep_and_screen_lock_signals_lock_the_vault() {
        let Some(bus) = Bus::start().filter(|_| Command::new("busctl").arg("--version").output().is_ok()) else {
            eprintln!("skipped: no dbus-daemon and busctl to stand in for the system bus and logind");
            return;
        };
        let (tx, rx) = mpsc::channel();
        let address = bus.address.clone();
        std::thread::spawn(move || {
            let connection = Connection::new_address(&address).unwrap();
            let _ = watch(connection, move |reason| {
                let _ = tx.send(reason);
            });
        });
        // The listener subscribes asynchronously: repeat each signal until it is heard.
        let heard = |path: &str, interface: &str, member: &str, args: &[&str]| {
            for _ in 0..50 {
                bus.signal(path, interface, member, args);
                if let Ok(reason) = rx.recv_timeout(Duration::from_millis(100)) {
                    while rx.try_recv().is_ok() {}
                    return Some(reason);
                }
            }
            None
        };
        assert_eq!(
            heard("/org/freedesktop/login1", MANAGER, "PrepareForSleep", &["b", "true"]),
            Some(LockReason::Sleep)
        );
        assert_eq!(
            heard("/org/freedesktop/login1/session/_32", SESSION, "Lock", &[]),
            Some(LockReason::SessionLocked)
        );
        assert_eq!(
            heard(
                "/org/freedesktop/login1/session/_32",
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                &["sa{sv}as", SESSION, "1", "LockedHint", "b", "true", "0"],
            ),
            Some(LockReason::SessionLocked)
        );
        // Waking up does not lock (nor does anything else).
        bus.signal("/org/freedesktop/login1", MANAGER, "PrepareForSleep", &["b", "false"]);
        assert!(rx.recv_timeout(Duration::from_millis(300)).is_err());
    }
}
