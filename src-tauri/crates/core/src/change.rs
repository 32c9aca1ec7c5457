//! The append-only change log: who changed what, when, with the row before and after, so
//! a community can see its history and undo any edit.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::db::rows;
use crate::error::EditError;
use crate::ids::{ChangeId, DeviceId};
use crate::session::Stamp;

/// The kinds of record the change log knows. Each maps to one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    /// The collective itself.
    Collective,
    /// A member.
    Person,
    /// A dated note of the context analysis.
    ContextNote,
    /// An actor.
    Actor,
    /// A security incident.
    Incident,
    /// A threat assessment.
    ThreatAssessment,
    /// A risk scenario.
    Risk,
    /// A protection measure.
    Measure,
    /// An early-warning indicator.
    Indicator,
    /// A relationship of the network.
    Relationship,
    /// Where a person or actor sits on the network map.
    NodePosition,
    /// A named place pinned on the territory map.
    Place,
    /// A section of the community protocol.
    ProtocolSection,
    /// A principle of the community protocol.
    Principle,
    /// An alert level of the community protocol.
    ProtocolLevel,
    /// A collective decision (a frozen protocol version is one).
    Decision,
    /// A comment or proposal gathered in a workshop.
    ProtocolComment,
    /// A workshop.
    Workshop,
    /// A session of a workshop's agenda.
    AgendaItem,
    /// A sticky note written in a workshop.
    StickyNote,
    /// The vault's own keys for case packages.
    NetworkKey,
    /// A network desk or community whose packages are accepted.
    Contact,
    /// A case sent to the solidarity network.
    EscalationCase,
    /// A case a network desk received, with its triage, actions and outcomes.
    ReceivedCase,
    /// A member of a network desk (their keys sealed to their own passphrase).
    DeskMember,
    /// A laptop sharing this vault.
    SyncDevice,
    /// A record forgotten for good: only its table and id (a tombstone that syncs).
    Forgotten,
}

impl Entity {
    /// The table holding this kind of record.
    pub fn table(self) -> &'static str {
        match self {
            Entity::Collective => "collective",
            Entity::Person => "person",
            Entity::ContextNote => "context_note",
            Entity::Actor => "actor",
            Entity::Incident => "incident",
            Entity::ThreatAssessment => "threat_assessment",
            Entity::Risk => "risk",
            Entity::Measure => "measure",
            Entity::Indicator => "indicator",
            Entity::Relationship => "relationship",
            Entity::NodePosition => "node_position",
            Entity::Place => "place",
            Entity::ProtocolSection => "protocol_section",
            Entity::Principle => "principle",
            Entity::ProtocolLevel => "protocol_level",
            Entity::Decision => "decision",
            Entity::ProtocolComment => "protocol_comment",
            Entity::Workshop => "workshop",
            Entity::AgendaItem => "agenda_item",
            Entity::StickyNote => "sticky_note",
            Entity::NetworkKey => "network_key",
            Entity::Contact => "contact",
            Entity::EscalationCase => "escalation_case",
            Entity::ReceivedCase => "received_case",
            Entity::DeskMember => "desk_member",
            Entity::SyncDevice => "sync_device",
            Entity::Forgotten => "forgotten",
        }
    }

    /// Every kind, each once: what sync copies into a snapshot.
    pub(crate) const ALL: [Entity; 27] = [
        Entity::Collective,
        Entity::Person,
        Entity::ContextNote,
        Entity::Actor,
        Entity::Incident,
        Entity::ThreatAssessment,
        Entity::Risk,
        Entity::Measure,
        Entity::Indicator,
        Entity::Relationship,
        Entity::NodePosition,
        Entity::Place,
        Entity::ProtocolSection,
        Entity::Principle,
        Entity::ProtocolLevel,
        Entity::Decision,
        Entity::ProtocolComment,
        Entity::Workshop,
        Entity::AgendaItem,
        Entity::StickyNote,
        Entity::NetworkKey,
        Entity::Contact,
        Entity::EscalationCase,
        Entity::ReceivedCase,
        Entity::DeskMember,
        Entity::SyncDevice,
        Entity::Forgotten,
    ];

    pub(crate) fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.table() == value)
    }
}

/// What an edit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    /// A record was added.
    Create,
    /// A record was changed.
    Update,
    /// A record was removed (soft delete).
    Delete,
    /// An earlier change was undone.
    Undo,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Undo => "undo",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        match value {
            "create" => Some(Action::Create),
            "update" => Some(Action::Update),
            "delete" => Some(Action::Delete),
            "undo" => Some(Action::Undo),
            _ => None,
        }
    }
}

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
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
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
            id: crate::person::parse_column(row, "id")?,
            at: row.get("at")?,
            device: crate::person::parse_column(row, "device")?,
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

fn record(
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
        let clock = crate::sync::Clock { at: stamp.at, device: stamp.device.to_string(), seq };
        crate::sync::note_local_write(db, entity, entity_id, before, after, &clock)?;
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

fn get_change(db: &Connection, id: ChangeId) -> rusqlite::Result<Change> {
    db.query_row("SELECT * FROM change_log WHERE id = ?1", [id.to_string()], Change::from_row)
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
