//! Auto-lock, decided in Rust on the wall clock.
//!
//! A timer in the web view stops while the laptop sleeps and can be starved or lied to by
//! the page; the deadline lives here instead. The UI only reports activity
//! ([`App::note_activity`]); the desktop shell asks [`App::lock_if_idle`] every few seconds.
//! Time is `Utc::now()`, the wall clock (`CLOCK_REALTIME`), which keeps counting while the
//! machine is suspended: after a resume the first check finds the deadline long past and
//! locks at once, before anyone can read the screen. The shell also locks at once on sleep
//! and on the desktop session being locked ([`App::lock_now`]).

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::App;

/// Why the vault was locked without anyone pressing "Lock".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum LockReason {
    /// No activity for the auto-lock delay (also: the laptop slept past it).
    Idle,
    /// The laptop is going to sleep.
    Sleep,
    /// The desktop session was locked (screen lock).
    SessionLocked,
}

/// A vault locked by Tejido itself, for the UI to say why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AutoLocked {
    /// Why.
    pub reason: LockReason,
    /// The auto-lock delay, in minutes, when `reason` is idle.
    pub minutes: u32,
}

/// A clock set back by more than this (by hand, or a wrong time corrected) counts as the
/// deadline having passed: waiting for the wall clock to catch up could leave the vault open
/// for hours.
const CLOCK_SET_BACK: i64 = 60;

/// When the person last did something, on the wall clock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Idle {
    last_activity: Option<DateTime<Utc>>,
}

impl Idle {
    pub(crate) fn touch(&mut self, now: DateTime<Utc>) {
        self.last_activity = Some(now);
    }

    /// When the vault locks if nothing happens, `None` when it never does.
    pub(crate) fn deadline(&self, minutes: u32) -> Option<DateTime<Utc>> {
        (minutes > 0).then_some(())?;
        Some(self.last_activity? + Duration::minutes(i64::from(minutes)))
    }

    /// Whether the deadline has passed at `now`.
    pub(crate) fn expired(&self, minutes: u32, now: DateTime<Utc>) -> bool {
        let (Some(deadline), Some(last)) = (self.deadline(minutes), self.last_activity) else { return false };
        now >= deadline || now < last - Duration::seconds(CLOCK_SET_BACK)
    }
}

impl App {
    /// The person did something (the UI reports key presses and pointer use, at most every
    /// few seconds): the auto-lock deadline moves.
    pub fn note_activity(&mut self, now: DateTime<Utc>) {
        if self.open.is_some() {
            self.idle.touch(now);
        }
    }

    /// When the open vault locks if nothing happens; `None` when locked or auto-lock is off.
    pub fn idle_deadline(&self) -> Option<DateTime<Utc>> {
        self.open.as_ref()?;
        self.idle.deadline(self.installation.auto_lock_minutes)
    }

    /// Locks the vault if the auto-lock deadline has passed at `now` (wall clock). Returns
    /// what to tell the person when it did.
    pub fn lock_if_idle(&mut self, now: DateTime<Utc>) -> Option<AutoLocked> {
        let minutes = self.installation.auto_lock_minutes;
        if self.open.is_none() || !self.idle.expired(minutes, now) {
            return None;
        }
        self.lock();
        Some(AutoLocked { reason: LockReason::Idle, minutes })
    }

    /// Locks at once (the laptop is going to sleep, the screen was locked), whatever the
    /// auto-lock setting: a sleeping laptop can be carried off, and a locked screen means
    /// the person walked away. Returns what to tell them when a vault was open.
    pub fn lock_now(&mut self, reason: LockReason) -> Option<AutoLocked> {
        self.open.as_ref()?;
        self.lock();
        Some(AutoLocked { reason, minutes: self.installation.auto_lock_minutes })
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 4, h, m, s).unwrap()
    }

    #[test]
    fn the_deadline_follows_the_last_activity_on_the_wall_clock() {
        let mut idle = Idle::default();
        assert!(!idle.expired(10, at(9, 0, 0)), "nothing to lock before anything was opened");
        idle.touch(at(9, 0, 0));
        assert_eq!(idle.deadline(10), Some(at(9, 10, 0)));
        assert!(!idle.expired(10, at(9, 9, 59)));
        assert!(idle.expired(10, at(9, 10, 0)), "locks when the delay is up");
        idle.touch(at(9, 9, 0));
        assert!(!idle.expired(10, at(9, 10, 0)), "activity moves the deadline");
        assert!(!idle.expired(0, at(23, 0, 0)), "0 never locks");
        assert_eq!(idle.deadline(0), None);
    }

    #[test]
    fn a_resume_after_sleep_locks_at_once() {
        let mut idle = Idle::default();
        idle.touch(at(9, 0, 0));
        // The laptop slept at 9:01 and wakes at 13:00: no timer ran meanwhile, but the first
        // check sees the wall clock.
        assert!(idle.expired(10, at(13, 0, 0)));
    }

    #[test]
    fn a_clock_set_back_locks_rather_than_waits() {
        let mut idle = Idle::default();
        idle.touch(at(9, 0, 0));
        assert!(!idle.expired(10, at(8, 59, 30)), "small corrections are tolerated");
        assert!(idle.expired(10, at(7, 0, 0)), "two hours back would keep it open for two hours");
    }

    #[test]
    fn the_app_locks_when_idle_and_on_sleep_or_screen_lock() {
        let root = tempfile::tempdir().unwrap();
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2));
        let t0 = Utc::now();
        app.set_auto_lock(5).unwrap();
        assert_eq!(app.lock_if_idle(t0 + Duration::hours(1)), None, "nothing open");
        app.open_demo(t0).unwrap();
        assert_eq!(app.idle_deadline(), Some(t0 + Duration::minutes(5)), "opening counts as activity");
        app.note_activity(t0 + Duration::minutes(4));
        assert_eq!(app.lock_if_idle(t0 + Duration::minutes(8)), None);
        assert!(app.info().unlocked);
        let locked = app.lock_if_idle(t0 + Duration::minutes(9));
        assert_eq!(locked, Some(AutoLocked { reason: LockReason::Idle, minutes: 5 }));
        assert!(!app.info().unlocked, "the vault is locked from Rust");
        assert_eq!(app.idle_deadline(), None);

        app.open_demo(t0).unwrap();
        app.set_auto_lock(0).unwrap();
        assert_eq!(app.lock_if_idle(t0 + Duration::days(3)), None, "auto-lock off");
        assert_eq!(app.lock_now(LockReason::Sleep).map(|l| l.reason), Some(LockReason::Sleep), "sleep locks even then");
        assert!(!app.info().unlocked);
        assert_eq!(app.lock_now(LockReason::SessionLocked), None, "nothing more to lock");
    }
}
