//! [`Session`]: an unlocked vault with Tejido's schema, and the services that edit it.
//!
//! Every edit runs in one transaction, appends to the change log, and is saved before the
//! call returns: when a method returns `Ok`, the edit survives a crash.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use tejido_vault::fs::LockMode;
use tejido_vault::{OpenReport, RecoveryKey, SecretString, Unlock, Vault, VaultOptions};

use crate::change::{self, Change};
use crate::collective::{self, Collective};
use crate::db::migrations::migrations;
use crate::error::{EditError, OpenVaultError};
use crate::ids::{ChangeId, CollectiveId, DeviceId, PersonId};
use crate::installation::{GenerationMemory, Rollback};
use crate::person::{self, NewPerson, Person};

/// Who writes and when: stamped on every row written and every change logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The time of the write.
    pub at: DateTime<Utc>,
    /// The installation that wrote it.
    pub device: DeviceId,
    /// The edit it belongs to: every change of one transaction shares it, so undo takes the
    /// whole edit back at once.
    pub batch: ChangeId,
}

/// An unlocked vault holding one collective.
pub struct Session {
    vault: Vault,
    device: DeviceId,
    /// An edit is in memory but its save failed; the next save must include it.
    unsaved: bool,
    /// Syncthing, while this laptop syncs over the local network: every edit is published
    /// and handed to it at once.
    pub(crate) lan: Option<crate::sync::lan::Lan>,
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
    /// Creates a vault in `dir` for a collective called `name`.
    ///
    /// Returns the session and the recovery key, which the caller **MUST** show once.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        name: &str,
        options: &VaultOptions,
        device: DeviceId,
        now: DateTime<Utc>,
    ) -> Result<(Session, RecoveryKey), OpenVaultError> {
        let name = name.trim();
        let (vault, recovery) = Vault::create(dir, passphrase, options, now)?;
        let opened = Opened::of(&vault);
        let mut session = Session { vault, device, unsaved: false, lan: None, opened, memory: None, rollback: None };
        session.migrate()?;
        let stamp = session.stamp(now);
        session
            .vault
            .db_mut()
            .execute(
                "INSERT INTO collective (id, name, created_at, updated_at, updated_by) VALUES (?1, ?2, ?3, ?3, ?4)",
                params![CollectiveId::new().to_string(), name, stamp.at, stamp.device.to_string()],
            )
            .map_err(|e| OpenVaultError::Migrate { detail: e.to_string() })?;
        session.vault.save()?;
        Ok((session, recovery))
    }

    /// Opens an existing vault and brings its schema up to date.
    pub fn open(dir: &Path, unlock: Unlock<'_>, options: &VaultOptions, device: DeviceId) -> Result<Session, OpenVaultError> {
        let vault = Vault::open(dir, unlock, options)?;
        // A duress passphrase opened a decoy and shredded the real passphrases: this laptop's
        // Syncthing key goes the same way, silently (nothing runs Syncthing for a decoy).
        if vault.is_decoy() {
            let _ = crate::sync::shred_syncthing_keys(dir);
        }
        let opened = Opened::of(&vault);
        let mut session = Session { vault, device, unsaved: false, lan: None, opened, memory: None, rollback: None };
        // A read-only open migrates in memory only; the next writer saves the result.
        if session.migrate()? && options.lock == LockMode::Exclusive {
            session.vault.save()?;
        }
        // A laptop in a sync group stamps its writes with its laptop id, not the installation's.
        if let Ok(Some(laptop)) = session.laptop_id() {
            session.device = DeviceId(laptop.0);
        }
        Ok(session)
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

    fn stamp(&self, now: DateTime<Utc>) -> Stamp {
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
        if self.lan.is_some() {
            // The edit is saved; publishing is best effort and catches up at the next edit.
            let _ = self.publish(now);
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

    /// Whether an edit is in memory only because its save failed.
    pub fn has_unsaved_changes(&self) -> bool {
        self.unsaved
    }

    /// The collective.
    pub fn collective(&self) -> Result<Option<Collective>, EditError> {
        Ok(collective::get_collective(self.db())?)
    }

    /// Renames the collective.
    pub fn rename_collective(&mut self, name: &str, description: &str, now: DateTime<Utc>) -> Result<Collective, EditError> {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        self.edit(now, |db, stamp| {
            collective::update_collective(db, stamp, |db, id| {
                db.execute(
                    "UPDATE collective SET name = ?2, description = ?3 WHERE id = ?1",
                    params![id, name, description.trim()],
                )
            })?;
            Ok(collective::get_collective(db)?.expect("just updated"))
        })
    }

    /// Current members, by pseudonym.
    pub fn people(&self) -> Result<Vec<Person>, EditError> {
        Ok(person::list_people(self.db())?)
    }

    /// One current member.
    pub fn person(&self, id: PersonId) -> Result<Person, EditError> {
        person::get_person(self.db(), id)?.ok_or(EditError::PersonNotFound)
    }

    /// Finds a current member by pseudonym.
    pub fn find_person(&self, pseudonym: &str) -> Result<Person, EditError> {
        person::find_by_pseudonym(self.db(), pseudonym)?.ok_or(EditError::PersonNotFound)
    }

    /// Adds a member.
    pub fn add_person(&mut self, new: NewPerson, now: DateTime<Utc>) -> Result<Person, EditError> {
        self.edit(now, |db, stamp| person::insert_person(db, new, stamp))
    }

    /// Replaces a member's details.
    pub fn update_person(&mut self, id: PersonId, details: NewPerson, now: DateTime<Utc>) -> Result<Person, EditError> {
        self.edit(now, |db, stamp| person::update_person(db, id, details, stamp))
    }

    /// Removes a member; undo brings them back.
    pub fn remove_person(&mut self, id: PersonId, now: DateTime<Utc>) -> Result<Person, EditError> {
        self.edit(now, |db, stamp| person::remove_person(db, id, stamp))
    }

    /// Undoes the most recent edit not yet undone.
    pub fn undo(&mut self, now: DateTime<Utc>) -> Result<Change, EditError> {
        self.edit(now, change::undo_last)
    }

    /// Reapplies the most recently undone edit, if nothing was edited since.
    pub fn redo(&mut self, now: DateTime<Utc>) -> Result<Change, EditError> {
        self.edit(now, change::redo_last)
    }

    /// The most recent changes, newest first.
    pub fn history(&self, limit: usize) -> Result<Vec<Change>, EditError> {
        Ok(change::list_changes(self.db(), limit)?)
    }
}
