//! Forgetting a removed person for good. Removing someone is an edit like any other: undo
//! brings them back, so their name stays in the change log, in the row marked removed, in
//! sync's per-field clocks and in the last saved generations. Forgetting erases all of that
//! from this vault: the row, its history, its clocks and conflicts, where it sat on the map;
//! then the database is rewritten without free pages (`secure_delete`, `VACUUM`), saved, and
//! every older generation is deleted. It cannot be undone.
//!
//! What it cannot reach is said where it is offered: free text that names the person
//! elsewhere, sync files already on other laptops (forget there too), backups, invitations and
//! packages made before, and what the disk keeps of deleted files.

use rusqlite::{OptionalExtension, params};

use crate::change::Entity;
use crate::error::EditError;
use crate::ids::PersonId;
use crate::person::Person;
use crate::session::Session;

/// The tables that hold a person's own rows, keyed by the person's id.
const OWN_ROWS: [Entity; 2] = [Entity::Person, Entity::NodePosition];

impl Session {
    /// People removed from the collective whose names this vault still keeps (in the history,
    /// for undo). Newest removal first.
    pub fn removed_people(&self) -> Result<Vec<Person>, EditError> {
        Ok(crate::person::list_removed_people(self.db())?)
    }

    /// Erases a removed person from this vault for good (see the module's comment). Only a
    /// removed person can be forgotten: removing first keeps one undoable step between a
    /// slip of the hand and what cannot be undone.
    pub fn forget_person(&mut self, id: PersonId) -> Result<(), EditError> {
        let key = id.to_string();
        let removed: Option<Option<String>> =
            self.db().query_row("SELECT deleted_at FROM person WHERE id = ?1", [&key], |r| r.get(0)).optional()?;
        match removed {
            None => return Err(EditError::PersonNotFound),
            Some(None) => return Err(EditError::NotRemoved),
            Some(Some(_)) => {}
        }
        {
            let tx = self.vault_mut().db_mut().transaction()?;
            for entity in OWN_ROWS {
                tx.execute(&format!("DELETE FROM {} WHERE id = ?1", entity.table()), [&key])?;
                for table in ["change_log", "sync_clock", "sync_conflict"] {
                    let column = if table == "change_log" { "entity_id" } else { "record_id" };
                    tx.execute(&format!("DELETE FROM {table} WHERE entity = ?1 AND {column} = ?2"), params![entity.table(), key])?;
                }
            }
            tx.commit()?;
        }
        // Freed pages are zeroed and dropped: the serialised image that is sealed next holds
        // no trace of the rows, not even in its free list.
        let db = self.vault_mut().db_mut();
        db.pragma_update(None, "secure_delete", "ON")?;
        db.execute_batch("VACUUM")?;
        self.mark_unsaved();
        self.save()?;
        // Every earlier generation still holds the person: only the one just saved is kept.
        self.vault_mut().drop_older_generations()?;
        Ok(())
    }
}
