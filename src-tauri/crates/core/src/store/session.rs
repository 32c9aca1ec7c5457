//! [`Session`]: an unlocked vault with Tejido's schema. Here it only opens, runs an edit in one
//! transaction, saves, and undoes; each domain adds its own operations in its own folder
//! (`impl Session` in `risk/`, `network/`…), and `sync/` adds opening as a laptop of a group.
//!
//! Every edit runs in one transaction, appends to the change log, and is saved before the
//! call returns: when a method returns `Ok`, the edit survives a crash.

use std::any::Any;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use tejido_vault::fs::LockMode;
use tejido_vault::{OpenReport, RecoveryKey, SecretString, Unlock, Vault, VaultOptions};

use super::log::{self, Change};
use super::migrations::migrations;
use super::stamp::Stamp;
use super::undo;
use crate::error::{EditError, OpenVaultError};
use crate::ids::{ChangeId, DeviceId};
use crate::installation::{GenerationMemory, Rollback};

/// Something running beside an open vault that hears of every saved edit: live sync over the
/// local network. The store only holds it; sync puts it here, reaches it again through
/// [`Session::follower`], and takes it away. (This is how the ground floor lets sync follow
/// edits without importing it.)
pub(crate) trait Follower: Any + Send {
    /// An edit was saved at `now`.
    fn edited(&mut self, session: &mut Session, now: DateTime<Utc>);
}

/// An unlocked vault holding one collective.
pub struct Session {
    vault: Vault,
    device: DeviceId,
    /// An edit is in memory but its save failed; the next save must include it.
    unsaved: bool,
    /// What follows every saved edit (Syncthing, while this laptop syncs over the local
    /// network: every edit is published and handed to it at once).
    follower: Option<Box<dyn Follower>>,
    /// How the vault opened, kept until acknowledged: a save must not make a fall-back to
    /// an older generation disappear from view.
    opened: Opened,
    /// Where every durable save is recorded, once [`Session::watch_generations`] was called.
    memory: Option<GenerationMemory>,
    /// A rollback noticed at open and not yet acknowledged.
    rollback: Option<Rollback>,
}

/// What the folder looked like when the vault opened, before anything was saved.
struct Opened {
    report: OpenReport,
    newest_on_disk: u64,
    implied: Option<u64>,
}

impl Opened {
    fn of(vault: &Vault) -> Opened {
        Opened {
            report: vault.open_report().clone(),
            newest_on_disk: vault.newest_on_disk(),
            implied: vault.newest_implied_by_pruning(),
        }
    }
}

impl Session {
    /// Creates an empty vault in `dir` with today's schema, not yet saved: the caller writes
    /// its first rows (the collective, `collective.rs`) and saves.
    ///
    /// Returns the session and the recovery key, which the caller **MUST** show once.
    pub(crate) fn create_vault(
        dir: &Path,
        passphrase: &SecretString,
        options: &VaultOptions,
        device: DeviceId,
        now: DateTime<Utc>,
    ) -> Result<(Session, RecoveryKey), OpenVaultError> {
        let (vault, recovery) = Vault::create(dir, passphrase, options, now)?;
        let mut session = Session::new(vault, device);
        session.migrate()?;
        Ok((session, recovery))
    }

    /// Opens an existing vault and brings its schema up to date; [`Session::open`]
    /// (`sync/open.rs`) adds what a laptop of a sync group needs.
    pub(crate) fn open_vault(dir: &Path, unlock: Unlock<'_>, options: &VaultOptions, device: DeviceId) -> Result<Session, OpenVaultError> {
        let vault = Vault::open(dir, unlock, options)?;
        let mut session = Session::new(vault, device);
        // A read-only open migrates in memory only; the next writer saves the result.
        if session.migrate()? && options.lock == LockMode::Exclusive {
            session.vault.save()?;
        }
        Ok(session)
    }

    /// Every vault becomes a session here. Edits are saved as deltas (only the rows they
    /// changed, `tejido_vault::delta`): a save costs what the edit costs, not the whole
    /// vault. The vault itself writes a full image when a delta cannot carry a change or
    /// the deltas since the last one pass its bound; whoever closes a session calls
    /// [`Session::compact`] (the app at lock, the CLI at exit) so a closed vault is one file.
    fn new(mut vault: Vault, device: DeviceId) -> Session {
        vault.use_deltas(true);
        let opened = Opened::of(&vault);
        Session { vault, device, unsaved: false, follower: None, opened, memory: None, rollback: None }
    }

    /// Applies pending migrations; true if any ran. A read-only session only checks.
    fn migrate(&mut self) -> Result<bool, OpenVaultError> {
        let migrations = migrations();
        let db = self.vault.db_mut();
        let before: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap_or(0);
        migrations.to_latest(db).map_err(|e| match e {
            rusqlite_migration::Error::MigrationDefinition(
                rusqlite_migration::MigrationDefinitionError::DatabaseTooFarAhead,
            ) => OpenVaultError::SchemaTooNew,
            other => OpenVaultError::Migrate { detail: other.to_string() },
        })?;
        let after: i64 = db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap_or(0);
        Ok(after != before)
    }

    /// The underlying vault, for key slots, attachments and checks.
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// The underlying vault, mutably (key slots, attachments).
    pub fn vault_mut(&mut self) -> &mut Vault {
        &mut self.vault
    }

    /// How the vault was opened; **MUST** be shown to the person when it fell back.
    pub fn open_report(&self) -> &OpenReport {
        &self.opened.report
    }

    /// Checks this vault against what `memory` saw of it (and what an older Tejido kept in
    /// `installation.toml`, `legacy`), records every later save there, and numbers the next
    /// save above every generation known to have existed. Returns the rollback to show: it
    /// stays (across saves, and across sessions through `memory`) until
    /// [`Session::acknowledge_rollback`].
    pub fn watch_generations(&mut self, memory: GenerationMemory, legacy: Option<u64>) -> Option<Rollback> {
        let id = self.vault.header().vault_id;
        let opened = &self.opened;
        self.rollback = memory.opened(id, opened.report.generation, opened.newest_on_disk, opened.implied, legacy);
        self.vault.save_above(memory.newest(id));
        // A migration may have saved before the memory was attached.
        let _ = memory.saved(id, self.vault.generation());
        self.memory = Some(memory);
        self.rollback
    }

    /// A rollback noticed at open and not yet acknowledged.
    pub fn rollback(&self) -> Option<Rollback> {
        self.rollback
    }

    /// A person read the warning and accepts the state the vault opened at (a restored
    /// backup, or nothing better to go back to): the state is saved as a new generation
    /// numbered above every lost one, which the memory records, and neither the rollback nor
    /// the fall-back to an older generation is shown again.
    pub fn acknowledge_rollback(&mut self) -> Result<(), EditError> {
        self.unsaved = true;
        self.save()?;
        self.opened.report = self.vault.open_report().clone();
        self.opened.implied = None;
        self.rollback = None;
        if let Some(memory) = &self.memory {
            // If this is not remembered the warning comes back at the next open: the safe way
            // to fail.
            let _ = memory.acknowledge(self.vault.header().vault_id, self.vault.generation());
        }
        Ok(())
    }

    /// Read access to the database, for queries of later modules.
    pub fn db(&self) -> &Connection {
        self.vault.db()
    }

    /// The id stamped on this session's writes.
    pub fn device(&self) -> DeviceId {
        self.device
    }

    pub(crate) fn set_device(&mut self, device: DeviceId) {
        self.device = device;
    }

    /// Something changed in memory outside [`Session::edit`] (sync bookkeeping); the next
    /// save writes it.
    pub(crate) fn mark_unsaved(&mut self) {
        self.unsaved = true;
    }

    /// What follows every saved edit, if it is a `T`.
    pub(crate) fn follower<T: Follower>(&self) -> Option<&T> {
        let follower: &dyn Any = self.follower.as_deref()?;
        follower.downcast_ref()
    }

    /// Sets (or with `None` takes away) what follows every saved edit; returns the one before.
    pub(crate) fn set_follower(&mut self, follower: Option<Box<dyn Follower>>) -> Option<Box<dyn Follower>> {
        std::mem::replace(&mut self.follower, follower)
    }

    /// A stamp for a write made now, in a new edit.
    pub(crate) fn stamp(&self, now: DateTime<Utc>) -> Stamp {
        Stamp { at: now, device: self.device, batch: ChangeId::new() }
    }

    /// Runs `edit` in one transaction, then saves. If the edit fails nothing changes; if the
    /// save fails the edit stays in memory, is reported as not saved, and the next
    /// successful save includes it.
    pub fn edit<T>(
        &mut self,
        now: DateTime<Utc>,
        edit: impl FnOnce(&Connection, &Stamp) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let stamp = self.stamp(now);
        let tx = self.vault.db_mut().transaction()?;
        let value = edit(&tx, &stamp)?;
        tx.commit()?;
        self.unsaved = true;
        self.save()?;
        if let Some(mut follower) = self.follower.take() {
            // The edit is saved; what follows it is best effort and catches up at the next edit.
            follower.edited(self, now);
            self.follower = Some(follower);
        }
        Ok(value)
    }

    /// Saves if an earlier save failed. Returns whether everything is now on disk.
    pub fn save(&mut self) -> Result<(), EditError> {
        if self.unsaved {
            let generation = self.vault.save()?;
            self.unsaved = false;
            if let Some(memory) = &self.memory {
                // The save is durable; remembering it is what lets the next open notice the
                // last saves were deleted. Failing to remember must not undo the edit.
                let _ = memory.saved(self.vault.header().vault_id, generation);
            }
        }
        Ok(())
    }

    /// Saves what is unsaved, then, if edits were saved as deltas since the last full image,
    /// writes the whole database as one (at lock: the next open loads one file). Nothing is
    /// at risk if it fails: every delta is already durable.
    pub fn compact(&mut self) -> Result<(), EditError> {
        self.save()?;
        if let Some(generation) = self.vault.compact()?
            && let Some(memory) = &self.memory
        {
            let _ = memory.saved(self.vault.header().vault_id, generation);
        }
        Ok(())
    }

    /// Whether an edit is in memory only because its save failed.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved
    }

    /// Undoes the most recent edit not yet undone.
    pub fn undo(&mut self, now: DateTime<Utc>) -> Result<Change, EditError> {
        self.edit(now, undo::undo_last)
    }

    /// Reapplies the most recently undone edit, if nothing was edited since.
    pub fn redo(&mut self, now: DateTime<Utc>) -> Result<Change, EditError> {
        self.edit(now, undo::redo_last)
    }

    /// The most recent changes, newest first.
    pub fn history(&self, limit: usize) -> Result<Vec<Change>, EditError> {
        Ok(log::list_changes(self.db(), limit)?)
    }
}
