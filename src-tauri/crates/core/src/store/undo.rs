//! Undo and redo: an edit is taken back, or put back, whole, each step itself a logged write
//! so history and sync see it like any other.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value as Json;

use super::entity::{Action, Entity};
use super::log::{Change, get_change, record};
use super::rows;
use super::stamp::Stamp;
use crate::error::EditError;
use crate::ids::ChangeId;

/// The changes undo may still revert, newest first. Adding or removing a laptop of the
/// sync group is not an edit of the community's records: undo would silently drop a laptop
/// from the group (or bring back a lost one), so it is done and undone only on purpose. Nor
/// are the package keys: undoing their replacement would hand them back to a removed laptop.
const UNDOABLE: &str = "SELECT * FROM change_log c
     WHERE c.action != 'undo' AND c.entity NOT IN ('sync_device', 'network_key', 'forgotten')
       AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id)
     ORDER BY c.seq DESC LIMIT 1";

/// Whether there is an edit left to undo.
pub fn can_undo(db: &Connection) -> rusqlite::Result<bool> {
    Ok(db.query_row(UNDOABLE, [], |_| Ok(())).optional()?.is_some())
}

/// The changes of `target`'s edit still to revert, newest first: the whole batch, or the
/// change alone if it predates batches.
fn batch_of(db: &Connection, target: Change, query: &str) -> rusqlite::Result<Vec<Change>> {
    let Some(batch) = target.batch else { return Ok(vec![target]) };
    let mut stmt = db.prepare_cached(query)?;
    stmt.query_map([batch.to_string()], Change::from_row)?.collect()
}

/// Undoes the most recent edit not yet undone: every change it made (one edit may write
/// several rows) is reverted, newest first, each recorded as an undo of its own in one new
/// batch. Returns the last undo recorded.
pub(crate) fn undo_last(db: &Connection, stamp: &Stamp) -> Result<Change, EditError> {
    let target = db
        .query_row(UNDOABLE, [], Change::from_row)
        .optional()?
        .ok_or(EditError::NothingToUndo)?;
    let changes = batch_of(
        db,
        target,
        "SELECT * FROM change_log c WHERE c.batch = ?1 AND c.action != 'undo'
           AND NOT EXISTS (SELECT 1 FROM change_log u WHERE u.undoes = c.id) ORDER BY c.seq DESC",
    )?;
    let mut last = None;
    for target in changes {
        let current = rows::snapshot(db, target.entity, &target.entity_id)?;
        match &target.before {
            Some(Json::Object(row)) => restore_stamped(db, target.entity, &target.entity_id, row, stamp)?,
            // A creation is undone by removing what was created.
            _ => {
                db.execute(
                    &format!("UPDATE {} SET deleted_at = ?2, updated_at = ?2, updated_by = ?3 WHERE id = ?1", target.entity.table()),
                    params![target.entity_id, stamp.at, stamp.device.to_string()],
                )?;
            }
        }
        last = Some(record(db, target.entity, &target.entity_id, Action::Undo, current, Some(target.id), stamp)?);
    }
    Ok(get_change(db, last.expect("a batch has at least its target"))?)
}

/// Writes a snapshot back as a new write: sync must see it as newer than what it replaces.
fn restore_stamped(db: &Connection, entity: Entity, id: &str, row: &serde_json::Map<String, Json>, stamp: &Stamp) -> rusqlite::Result<()> {
    rows::restore(db, entity, row)?;
    db.execute(
        &format!("UPDATE {} SET updated_at = ?2, updated_by = ?3 WHERE id = ?1", entity.table()),
        params![id, stamp.at, stamp.device.to_string()],
    )?;
    Ok(())
}

/// The undo that redo would reapply: walking back from the newest change over undos and
/// redos, the newest undo not yet redone. Any other edit in between empties the redo stack,
/// as in every editor.
fn redoable(db: &Connection) -> rusqlite::Result<Option<Change>> {
    let mut stmt = db.prepare_cached("SELECT * FROM change_log ORDER BY seq DESC")?;
    let mut rows = stmt.query([])?;
    let mut redone: Vec<ChangeId> = Vec::new();
    while let Some(row) = rows.next()? {
        let change = Change::from_row(row)?;
        match (change.action, change.undoes) {
            // A redo: an update that points at the undo it reapplied.
            (Action::Update, Some(undo)) => redone.push(undo),
            (Action::Undo, _) if !redone.contains(&change.id) => return Ok(Some(change)),
            (Action::Undo, _) => {}
            _ => return Ok(None),
        }
    }
    Ok(None)
}

/// Whether there is an undone edit to redo.
pub fn can_redo(db: &Connection) -> rusqlite::Result<bool> {
    Ok(redoable(db)?.is_some())
}

/// Reapplies the most recently undone edit, every change of it, in the order it was first
/// made. Each is recorded as an update pointing at its undo, so undo can revert it again.
pub(crate) fn redo_last(db: &Connection, stamp: &Stamp) -> Result<Change, EditError> {
    let undo = redoable(db)?.ok_or(EditError::NothingToRedo)?;
    // The undos of one batch reverted the newest change first; the highest undo is the
    // oldest change, so reapplying from the highest undo down rebuilds the edit in order.
    let undos = batch_of(
        db,
        undo,
        "SELECT * FROM change_log c WHERE c.batch = ?1 AND c.action = 'undo'
           AND NOT EXISTS (SELECT 1 FROM change_log r WHERE r.undoes = c.id) ORDER BY c.seq DESC",
    )?;
    let mut last = None;
    for undo in undos {
        let current = rows::snapshot(db, undo.entity, &undo.entity_id)?;
        let Some(Json::Object(row)) = &undo.before else {
            return Err(EditError::NothingToRedo);
        };
        restore_stamped(db, undo.entity, &undo.entity_id, row, stamp)?;
        last = Some(record(db, undo.entity, &undo.entity_id, Action::Update, current, Some(undo.id), stamp)?);
    }
    Ok(get_change(db, last.expect("a batch has at least its target"))?)
}
