//! Forgetting a removed person for good. Removing someone is an edit like any other: undo
//! brings them back, so their name stays in the change log, in the row marked removed, in
//! sync's per-field clocks and in the last saved generations. Forgetting erases all of that
//! from this vault: the row, its history, its clocks and conflicts, where it sat on the map,
//! and the files of the incidents that named the person which no record holds any more (a
//! photo detached earlier, which only the history remembered); then the database is
//! rewritten without free pages (`secure_delete`, `VACUUM`), saved, and
//! every older generation is deleted. It cannot be undone.
//!
//! Forgetting travels: it leaves a tombstone (the `forgotten` table: which table and which
//! id, nothing else) that syncs like any record. A laptop that receives it forgets the same
//! way, rewrites its own change files still in the sync folder without the person, and never
//! takes the person back from a change file written before its author heard of it.
//!
//! What it cannot reach is said where it is offered: free text that names the person
//! elsewhere, backups, invitations and packages made before, and what the disk keeps of
//! deleted files.

use chrono::Utc;
use rusqlite::OptionalExtension;

use super::SyncError;
use crate::error::EditError;
use crate::ids::PersonId;
use crate::person::Person;
use crate::store::Session;
use crate::store::tombstones::{blob_in_use, bury, detached_files_of, erase, forgotten_blobs, scrub_history};

impl Session {
    /// People removed from the collective whose names this vault still keeps (in the history,
    /// for undo). Newest removal first.
    pub fn removed_people(&self) -> Result<Vec<Person>, EditError> {
        Ok(crate::person::list_removed_people(self.db())?)
    }

    /// Erases a removed person from this vault for good (see the module's comment), and
    /// leaves the tombstone that makes the other laptops forget them too. Only a removed
    /// person can be forgotten: removing first keeps one undoable step between a slip of the
    /// hand and what cannot be undone.
    pub fn forget_person(&mut self, id: PersonId) -> Result<(), EditError> {
        let key = id.to_string();
        let removed: Option<Option<String>> =
            self.db().query_row("SELECT deleted_at FROM person WHERE id = ?1", [&key], |r| r.get(0)).optional()?;
        match removed {
            None => return Err(EditError::PersonNotFound),
            Some(None) => return Err(EditError::NotRemoved),
            Some(Some(_)) => {}
        }
        // The tombstone is logged before the person's rows go, so its number follows theirs.
        self.edit(Utc::now(), |db, stamp| {
            bury(db, "person", &key, stamp)?;
            let files = detached_files_of(db, &key)?;
            for file in &files {
                bury(db, "blob", file, stamp)?;
            }
            erase(db, &key)?;
            scrub_history(db, &files)?;
            Ok(())
        })?;
        self.scrub_after_forgetting()
    }

    /// What follows forgetting, here or when a tombstone arrives: this laptop's change files
    /// in the sync folder are rewritten without what was forgotten, attachments nothing
    /// refers to any more are deleted, freed pages are zeroed and dropped (the serialised
    /// image sealed next holds no trace, not even in its free list), the vault is saved and
    /// every older generation, which still holds the person, is deleted.
    pub(crate) fn scrub_after_forgetting(&mut self) -> Result<(), EditError> {
        self.scrub_own_sync_files().map_err(|e| match e {
            SyncError::Edit(e) => e,
            other => EditError::Database { detail: other.to_string() },
        })?;
        self.delete_forgotten_blobs()?;
        let db = self.vault_mut().db_mut();
        db.pragma_update(None, "secure_delete", "ON")?;
        db.execute_batch("VACUUM")?;
        self.mark_unsaved();
        self.save()?;
        self.vault_mut().drop_older_generations()?;
        Ok(())
    }

    /// Deletes the sealed files of forgotten attachments (the vault's and this laptop's copy
    /// in the sync folder), unless a record holds one after all.
    fn delete_forgotten_blobs(&mut self) -> Result<(), EditError> {
        let forgotten = forgotten_blobs(self.db())?;
        for id in self.vault().blob_ids() {
            let key = id.to_string();
            if !forgotten.contains(&key) || blob_in_use(self.db(), &key)? {
                continue;
            }
            self.vault_mut().delete_blob(&tejido_vault::BlobRef { id, sha256: String::new(), size: 0 })?;
        }
        for key in &forgotten {
            self.vault_mut().db_mut().execute("DELETE FROM sync_blob WHERE id = ?1", [key])?;
        }
        Ok(())
    }
}
