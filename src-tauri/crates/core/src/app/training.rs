//! Rehearsing a case, community and desk on one laptop: a working group plays both ends of
//! an escalation, from the incident to the outcome, without a second computer or a USB stick.
//!
//! Two training vaults are open at once: the demo community and the demo desk. One is
//! on screen (`App::open`, so every screen and command works on it as on any vault); the other
//! waits in the pair. Packages go between them in memory, but each is sealed by the sending
//! vault and opened by the receiving one through the same code as a file chosen on disk
//! ([`App::open_package`]): consent, redaction, signature and the unknown sender's fingerprint
//! are all rehearsed, nothing is skipped. Both vaults are deleted when the pair is locked.

use std::collections::VecDeque;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tejido_vault::Unlock;

use super::{App, AppError, DEMO_PASSPHRASE, EscalationScreen, OpenVault, OpenedCase, local_day, secret};
use crate::escalation::{ContactRole, PackageError};
use crate::home::Home;
use crate::ids::{CaseId, ContactId, ReceivedCaseId};
use crate::store::Session;

/// Which end of the rehearsal is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum TrainingSide {
    /// The demo community, which writes the case and gives consent.
    Community,
    /// The network desk, which receives it, acts and records outcomes.
    Desk,
}

/// The rehearsal as the app shows it: which side is on screen, and what waits for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrainingPairInfo {
    /// The side on screen.
    pub side: TrainingSide,
    /// Packages sent to the side on screen, not yet opened there.
    pub waiting_here: u32,
    /// Packages sent to the other side, not yet opened there.
    pub waiting_there: u32,
}

/// The two vaults of a rehearsal and the packages travelling between them.
pub(crate) struct TrainingPair {
    /// The side not on screen.
    other: OpenVault,
    /// The side in `App::open`.
    side: TrainingSide,
    /// The training desk, as a contact of the community (to seal cases to).
    desk_contact: ContactId,
    /// Sealed packages the desk has not opened yet, oldest first.
    to_desk: VecDeque<Vec<u8>>,
    /// Sealed status reports the community has not opened yet, oldest first.
    to_community: VecDeque<Vec<u8>>,
}

impl TrainingPair {
    fn queue(&mut self, side: TrainingSide) -> &mut VecDeque<Vec<u8>> {
        match side {
            TrainingSide::Community => &mut self.to_community,
            TrainingSide::Desk => &mut self.to_desk,
        }
    }

    /// Drops the side not on screen and deletes its folder.
    pub(crate) fn close(self) {
        let dir = self.other.training.clone();
        drop(self.other);
        if let Some(dir) = dir {
            let _ = tejido_vault::fs::remove_dir_all_when_free(&dir);
        }
    }
}

/// Why a rehearsal action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainingRefusal {
    /// No rehearsal is open.
    NoPair,
    /// The action belongs to the other side (a desk does not send cases, nor a community status reports).
    WrongSide,
    /// Nothing waits to be opened on this side.
    NothingWaiting,
}

impl App {
    /// A new training vault under the training folder, reopened so that it is exactly what it
    /// would be after a restart.
    fn training_vault(&self, name: &str, now: DateTime<Utc>, fill: impl FnOnce(&mut Session) -> Result<(), AppError>) -> Result<(Session, PathBuf), AppError> {
        let dir = super::workshop::training_root(&self.data_dir).join(uuid::Uuid::now_v7().to_string());
        let made = (|| {
            let (mut session, _) = Session::create(&dir, &secret(DEMO_PASSPHRASE), name, &self.options(), self.installation.device, now)?;
            fill(&mut session)?;
            // Closed as a lock closes it: one full image, not the fill's deltas.
            session.compact()?;
            drop(session);
            Ok::<_, AppError>(Session::open(&dir, Unlock::Passphrase(&secret(DEMO_PASSPHRASE)), &self.options(), self.installation.device)?)
        })();
        match made {
            Ok(session) => Ok((session, dir)),
            Err(e) => {
                // Half made: nothing of a training vault may stay behind.
                let _ = std::fs::remove_dir_all(&dir);
                Err(e)
            }
        }
    }

    /// Opens a rehearsal: the demo community (on screen) and the demo desk (its cases in every
    /// stage, see [`Session::load_desk_demo`]), both new training vaults, in the app's
    /// language. The community already has the desk as a contact, as after the meeting where
    /// contact files are exchanged and fingerprints compared; the desk meets the community
    /// when its first package arrives, and compares the fingerprint then, as a real desk does.
    pub fn open_training_pair(&mut self, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.lock();
        let locale = self.locale();
        let (desk, desk_dir) = self.training_vault("Demo", now, |s| {
            s.load_desk_demo(locale, now)?;
            Ok(())
        })?;
        let mut desk = desk;
        let card = match desk.own_contact(ContactRole::Desk, now) {
            Ok(card) => card,
            Err(e) => {
                drop(desk);
                let _ = tejido_vault::fs::remove_dir_all_when_free(&desk_dir);
                return Err(e.into());
            }
        };
        let note = tejido_i18n::message(locale, "training-pair-desk-note", &[]);
        let community = self.training_vault("Demo", now, |s| {
            s.load_demo_in(locale, now)?;
            Ok(())
        });
        let (mut community, community_dir) = match community {
            Ok(made) => made,
            Err(e) => {
                drop(desk);
                let _ = tejido_vault::fs::remove_dir_all_when_free(&desk_dir);
                return Err(e);
            }
        };
        let desk_contact = match community.add_contact(&card, &note, now) {
            Ok(contact) => contact.id,
            Err(e) => {
                drop((desk, community));
                let _ = tejido_vault::fs::remove_dir_all_when_free(&desk_dir);
                let _ = tejido_vault::fs::remove_dir_all_when_free(&community_dir);
                return Err(e.into());
            }
        };
        let home = community.home(None, local_day(now))?;
        self.idle.touch(now);
        self.panicked = false;
        self.open = Some(OpenVault { session: community, rollback: None, projection: Default::default(), training: Some(community_dir) });
        self.pair = Some(TrainingPair {
            other: OpenVault { session: desk, rollback: None, projection: Default::default(), training: Some(desk_dir) },
            side: TrainingSide::Community,
            desk_contact,
            to_desk: VecDeque::new(),
            to_community: VecDeque::new(),
        });
        Ok(home)
    }

    /// The rehearsal, if one is open.
    pub fn training_pair(&self) -> Option<TrainingPairInfo> {
        let pair = self.pair.as_ref()?;
        let (here, there) = match pair.side {
            TrainingSide::Community => (&pair.to_community, &pair.to_desk),
            TrainingSide::Desk => (&pair.to_desk, &pair.to_community),
        };
        Some(TrainingPairInfo { side: pair.side, waiting_here: here.len() as u32, waiting_there: there.len() as u32 })
    }

    fn pair_on(&mut self, side: TrainingSide) -> Result<&mut TrainingPair, AppError> {
        let pair = self.pair.as_mut().ok_or(AppError::Training(TrainingRefusal::NoPair))?;
        if pair.side != side {
            return Err(AppError::Training(TrainingRefusal::WrongSide));
        }
        Ok(pair)
    }

    /// Puts `side` on screen; the other side waits, open, with everything it holds.
    pub fn switch_training_side(&mut self, side: TrainingSide, now: DateTime<Utc>) -> Result<Home, AppError> {
        let pair = self.pair.as_mut().ok_or(AppError::Training(TrainingRefusal::NoPair))?;
        let open = self.open.as_mut().ok_or(AppError::Locked)?;
        if pair.side != side {
            std::mem::swap(open, &mut pair.other);
            pair.side = side;
        }
        self.idle.touch(now);
        self.home()
    }

    /// On the community's side: seals case `id` for the training desk, exactly as
    /// [`App::export_case`] seals it for a file (consent and redaction included), and hands
    /// the sealed bytes to the desk, which opens them as it would open the file.
    pub fn send_case_to_training_desk(&mut self, id: CaseId, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        let language = self.locale();
        let desk = self.pair_on(TrainingSide::Community)?.desk_contact;
        let bytes = self.session()?.session.export_case_in(id, &[desk], language, now)?;
        self.pair_on(TrainingSide::Community)?.to_desk.push_back(bytes);
        self.escalation_screen(now)
    }

    /// On the community's side: seals a consent update for case `id` as
    /// [`App::send_consent_update`] does and hands it to the training desk.
    pub fn send_consent_update_to_training_desk(&mut self, id: CaseId, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.pair_on(TrainingSide::Community)?;
        let bytes = self.session()?.session.send_consent_update(id, now)?;
        self.pair_on(TrainingSide::Community)?.to_desk.push_back(bytes);
        self.escalation_screen(now)
    }

    /// On the desk's side: seals a status report on received case `id` as
    /// [`App::send_status`] does and hands it to the training community.
    pub fn send_status_to_training_community(&mut self, id: ReceivedCaseId, message: &str, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.pair_on(TrainingSide::Desk)?;
        let bytes = self.session()?.session.send_status(id, message, now)?;
        self.pair_on(TrainingSide::Desk)?.to_community.push_back(bytes);
        self.escalation_screen(now)
    }

    /// Opens the oldest package waiting for the side on screen through the same checks as a
    /// file ([`App::open_package`]). An unknown sender is refused with its fingerprint and the
    /// package keeps waiting until it is accepted with `accept`; any other refusal drops it,
    /// as a refused file is left where it was.
    pub fn open_training_package(&mut self, accept: Option<&str>, now: DateTime<Utc>) -> Result<OpenedCase, AppError> {
        let pair = self.pair.as_mut().ok_or(AppError::Training(TrainingRefusal::NoPair))?;
        let side = pair.side;
        let bytes = pair.queue(side).front().cloned().ok_or(AppError::Training(TrainingRefusal::NothingWaiting))?;
        let opened = self.open_package_bytes(&bytes, accept, now);
        if !matches!(opened, Err(AppError::Package(PackageError::UnknownSender { .. }))) {
            if let Some(pair) = self.pair.as_mut() {
                pair.queue(side).pop_front();
            }
        }
        opened
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use tejido_vault::KdfPolicy;

    use super::*;

    fn app(root: &std::path::Path) -> App {
        App::new(&root.join("config"), &root.join("data"), KdfPolicy::insecure_for_tests(2))
    }

    fn training_folders(root: &std::path::Path) -> usize {
        std::fs::read_dir(root.join("data").join("training")).map(|d| d.count()).unwrap_or(0)
    }

    #[test]
    fn a_rehearsal_opens_two_training_vaults_switches_between_them_and_leaves_nothing() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        let home = app.open_training_pair(Utc::now()).unwrap();
        assert!(home.people.len() >= 35, "the demo community on screen first");
        let info = app.info();
        assert!(info.training && info.recent_vaults.is_empty());
        assert_eq!(info.training_pair, Some(TrainingPairInfo { side: TrainingSide::Community, waiting_here: 0, waiting_there: 0 }));
        assert_eq!(training_folders(root.path()), 2);
        let contacts = app.escalation_screen(Utc::now()).unwrap().contacts;
        assert_eq!(contacts.len(), 1, "the training desk is the community's contact");
        assert_eq!(contacts[0].contact.role, ContactRole::Desk);

        app.switch_training_side(TrainingSide::Desk, Utc::now()).unwrap();
        let desk = app.escalation_screen(Utc::now()).unwrap();
        assert!(desk.desk, "marked as a network desk's");
        assert!(!desk.received.is_empty(), "the demo desk's cases, to practise triage on");
        assert!(matches!(app.send_case_to_training_desk(CaseId::new(), Utc::now()), Err(AppError::Training(TrainingRefusal::WrongSide))));
        assert!(matches!(app.open_training_package(None, Utc::now()), Err(AppError::Training(TrainingRefusal::NothingWaiting))));
        assert_eq!(app.switch_training_side(TrainingSide::Community, Utc::now()).unwrap().people.len(), home.people.len());

        app.lock();
        assert_eq!(app.info().training_pair, None);
        assert_eq!(training_folders(root.path()), 0, "both vaults are deleted at lock");
        assert!(matches!(app.switch_training_side(TrainingSide::Desk, Utc::now()), Err(AppError::Training(TrainingRefusal::NoPair))));

        // The panic key throws both away too, whichever side is on screen.
        app.open_training_pair(Utc::now()).unwrap();
        app.switch_training_side(TrainingSide::Desk, Utc::now()).unwrap();
        app.panic();
        assert_eq!(training_folders(root.path()), 0);
        // Opening another vault ends the rehearsal as well.
        app.open_training_pair(Utc::now()).unwrap();
        app.open_training(Utc::now()).unwrap();
        assert_eq!((training_folders(root.path()), app.info().training_pair), (1, None));
    }
}
