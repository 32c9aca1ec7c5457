//! The app's sync actions: the laptops of the group, invitations written to a file the
//! person chose, joining from one, copying with a USB stick, and settling conflicts.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::risk::{read_chosen_file, write_chosen_file};
use super::{App, AppError, local_day, secret};
use crate::home::Home;
use crate::ids::{ConflictId, LaptopId};
use crate::passphrase::check_new_passphrase;
use crate::store::Session;
use crate::sync::lan::LanPeer;
use crate::sync::{ImportReport, Kept, LanSettings, StickReport, SyncScreen};

/// What the sync screen shows, with the home kept current.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncPage {
    /// The laptops, conflicts and refused files.
    pub sync: SyncScreen,
    /// Sync over the local network.
    pub lan: LanSettings,
    /// The peers connected now, by Syncthing id.
    pub connected: Vec<String>,
    /// The home: members, attention, undo.
    pub home: Home,
}

/// An invitation written to a file: the code to read aloud and the fingerprint to compare.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InvitationMade {
    /// The one-time code, five groups of four.
    pub code: String,
    /// The new laptop's fingerprint, which it shows once it has joined.
    pub fingerprint: String,
    /// The sync screen after adding the laptop.
    pub page: SyncPage,
}

/// What a sync action did, and the screen after it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncDone {
    /// Files copied with a stick (none for an import of the folder alone).
    pub stick: Option<StickReport>,
    /// What importing found.
    pub imported: ImportReport,
    /// The sync screen after it.
    pub page: SyncPage,
}

/// A vault made on this laptop from an invitation.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Joined {
    /// `AGE-SECRET-KEY-1…`: shown once, never stored.
    pub recovery_key: String,
    /// The short code to read to the person at the inviting laptop, who types it there.
    pub code: String,
    /// The new vault's home.
    pub home: Home,
}

impl App {
    /// The sync screen.
    pub fn sync_page(&mut self, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        let open = self.session()?;
        Ok(SyncPage {
            sync: open.session.sync_screen()?,
            lan: open.session.lan_settings()?,
            connected: open.session.lan_connected(),
            home: open.session.home(open.rollback, local_day(now))?,
        })
    }

    /// Saves the local network settings and starts or stops Syncthing to match.
    pub fn set_lan(&mut self, listen: &str, peers: Vec<LanPeer>, enabled: bool, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        self.session()?.session.set_lan(listen, peers, enabled, now)?;
        self.sync_page(now)
    }

    /// While syncing over the local network: publishes and applies what arrived. `None` when
    /// it is off (nothing is done), so the window can ask often.
    pub fn lan_poll(&mut self, now: DateTime<Utc>) -> Result<Option<ImportReport>, AppError> {
        let session = &mut self.session()?.session;
        if !session.lan_running() {
            return Ok(None);
        }
        session.publish(now)?;
        Ok(Some(session.import(now)?))
    }

    /// Puts the open vault in a group, as its first laptop.
    pub fn start_sync(&mut self, name: &str, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        self.session()?.session.start_sync(name, now)?;
        self.sync_page(now)
    }

    /// Adds a laptop and writes its invitation to `destination`, after `current` (a
    /// passphrase or the paper key) is confirmed: an invitation carries the whole vault.
    pub fn invite_laptop(&mut self, current: &tejido_vault::SecretString, name: &str, destination: &Path, now: DateTime<Utc>) -> Result<InvitationMade, AppError> {
        self.confirm_secret(current)?;
        let invitation = self.session()?.session.invite(name, now)?;
        write_chosen_file(destination, &invitation.bytes)?;
        Ok(InvitationMade { code: invitation.code, fingerprint: invitation.fingerprint, page: self.sync_page(now)? })
    }

    /// Copies with a stick mounted at `stick`, both ways, and imports what came.
    pub fn copy_with_stick(&mut self, stick: &Path, now: DateTime<Utc>) -> Result<SyncDone, AppError> {
        let report = self.syncing_session()?.session.copy_with_stick(stick, now)?;
        Ok(SyncDone { stick: Some(report), imported: report.imported, page: self.sync_page(now)? })
    }

    /// Publishes this laptop's edits and imports what is in the sync folder.
    pub fn sync_now(&mut self, now: DateTime<Utc>) -> Result<SyncDone, AppError> {
        let session = &mut self.syncing_session()?.session;
        session.publish(now)?;
        let imported = session.import(now)?;
        Ok(SyncDone { stick: None, imported, page: self.sync_page(now)? })
    }

    /// Removes a lost or given-away laptop from the group.
    pub fn remove_laptop(&mut self, id: LaptopId, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        self.session()?.session.remove_laptop(id, now)?;
        self.sync_page(now)
    }

    /// Every desk (or community) has the community's new contact file, made when a laptop
    /// was removed: the screens stop asking, here and on the other laptops.
    pub fn new_contact_file_given(&mut self, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        self.session()?.session.new_contact_file_given(now)?;
        self.sync_page(now)
    }

    /// Trusts the laptop that shows `code` (read aloud by the person at it).
    pub fn confirm_laptop(&mut self, code: &str, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        self.session()?.session.confirm_laptop(code, now)?;
        self.sync_page(now)
    }

    /// Keeps one side of a conflict (an ordinary edit that syncs).
    pub fn settle_conflict(&mut self, id: ConflictId, keep: Kept, now: DateTime<Utc>) -> Result<SyncPage, AppError> {
        self.session()?.session.settle_conflict(id, keep, now)?;
        self.sync_page(now)
    }

    /// Makes a vault in `dir` from an invitation file and its code, with a new passphrase;
    /// the recovery key in the result **MUST** be shown once.
    pub fn join_vault(&mut self, invitation: &Path, code: &str, dir: &Path, passphrase: &str, now: DateTime<Utc>) -> Result<Joined, AppError> {
        check_new_passphrase(passphrase)?;
        let bytes = read_chosen_file(invitation)?;
        self.lock();
        let (session, key, own_code) = Session::join(dir, &secret(passphrase), &bytes, code, &self.options(), now)?;
        let home = self.adopt(session, now)?;
        Ok(Joined { recovery_key: key.expose().to_owned(), code: own_code, home })
    }
}
