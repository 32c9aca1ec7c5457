//! The append-only change log: who changed what, when, with the row before and after, so
//! a community can see its history and undo any edit.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::clocks::{Clock, note_local_write};
use super::columns::parse_column;
use super::entity::{Action, Entity};
use super::rows;
use super::stamp::Stamp;
use crate::ids::{ChangeId, DeviceId};

/// One entry of the change log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// Its id.
    pub id: ChangeId,
    /// When.
    pub at: DateTime<Utc>,
    /// On which installation.
    pub device: DeviceId,
    /// What kind of record.
    pub entity: Entity,
    /// Which record.
    pub entity_id: String,
    /// What was done.
    pub action: Action,
    /// The whole row before, if it existed.
    pub before: Option<Json>,
    /// The whole row after, if it exists.
    pub after: Option<Json>,
    /// For an undo: the change it reverted.
    pub undoes: Option<ChangeId>,
    /// The edit it was part of; `None` for changes older than batches.
    pub batch: Option<ChangeId>,
}

impl Change {
    pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        let bad = |what: &str| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("bad {what}").into())
        };
        let json = |name: &str| -> rusqlite::Result<Option<Json>> {
            let text: Option<String> = row.get(name)?;
            Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
        };
        let undoes: Option<String> = row.get("undoes")?;
        let batch: Option<String> = row.get("batch")?;
        Ok(Change {
            id: parse_column(row, "id")?,
            at: row.get("at")?,
            device: parse_column(row, "device")?,
            entity: Entity::parse(&row.get::<_, String>("entity")?).ok_or_else(|| bad("entity"))?,
            entity_id: row.get("entity_id")?,
            action: Action::parse(&row.get::<_, String>("action")?).ok_or_else(|| bad("action"))?,
            before: json("before")?,
            after: json("after")?,
            undoes: undoes.and_then(|u| u.parse().ok()),
            batch: batch.and_then(|b| b.parse().ok()),
        })
    }
}

/// Appends a change. Call after writing the record, passing the row as it was before; the
/// row after is read here so the log always matches what was stored.
pub(crate) fn record_change(
    db: &Connection,
    entity: Entity,
    entity_id: &str,
    action: Action,
    before: Option<Json>,
    stamp: &Stamp,
) -> rusqlite::Result<ChangeId> {
    record(db, entity, entity_id, action, before, None, stamp)
}

pub(super) fn record(
    db: &Connection,
    entity: Entity,
    entity_id: &str,
    action: Action,
    before: Option<Json>,
    undoes: Option<ChangeId>,
    stamp: &Stamp,
) -> rusqlite::Result<ChangeId> {
    let after = rows::snapshot(db, entity, entity_id)?;
    let id = ChangeId::new();
    // Never below what sync already published: forgetting deletes log rows, and a number
    // reused at or below `published_upto` would never leave this laptop.
    let seq: i64 = db.query_row(
        "SELECT MAX(COALESCE((SELECT MAX(seq) FROM change_log), 0), COALESCE((SELECT MAX(published_upto) FROM sync_self), 0)) + 1",
        [],
        |r| r.get(0),
    )?;
    // Every field this write changed now carries its clock, so sync can tell which write of
    // a field is the newest on every laptop.
    if let Some(Json::Object(after)) = &after {
        let before = match &before {
            Some(Json::Object(before)) => Some(before),
            _ => None,
        };
        let clock = Clock { at: stamp.at, device: stamp.device.to_string(), seq };
        note_local_write(db, entity, entity_id, before, after, &clock)?;
    }
    db.execute(
        "INSERT INTO change_log (id, seq, at, device, entity, entity_id, action, before, after, undoes, batch)
         VALUES (?1, ?11, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id.to_string(),
            stamp.at,
            stamp.device.to_string(),
            entity.table(),
            entity_id,
            action.as_str(),
            before.map(|b| b.to_string()),
            after.map(|a| a.to_string()),
            undoes.map(|u| u.to_string()),
            stamp.batch.to_string(),
            seq,
        ],
    )?;
    Ok(id)
}

/// The most recent changes first.
pub fn list_changes(db: &Connection, limit: usize) -> rusqlite::Result<Vec<Change>> {
    let mut stmt = db.prepare_cached("SELECT * FROM change_log ORDER BY seq DESC LIMIT ?1")?;
    stmt.query_map([limit as i64], Change::from_row)?.collect()
}

/// One change, by id.
pub(super) fn get_change(db: &Connection, id: ChangeId) -> rusqlite::Result<Change> {
    db.query_row("SELECT * FROM change_log WHERE id = ?1", [id.to_string()], Change::from_row)
}
