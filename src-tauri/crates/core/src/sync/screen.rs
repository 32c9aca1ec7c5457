//! What the sync screen shows: the laptops, the values in conflict in words a person reads,
//! and the files refused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value as Json};

use super::invitation::take_snapshot;
use super::{ConflictKind, Kept, SyncError, applied, joined, me};
use crate::store::Entity;
use crate::store::rows;
use crate::ids::{ConflictId, LaptopId};
use crate::store::Session;

/// One laptop as the sync screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LaptopView {
    /// Its id.
    pub id: LaptopId,
    /// Its name.
    pub name: String,
    /// Its fingerprint (its id, name and keys), eight groups to read aloud.
    pub fingerprint: String,
    /// Whether it is this laptop.
    pub me: bool,
    /// When it was removed.
    pub removed_on: Option<DateTime<Utc>>,
    /// How many of its change files this laptop has applied (its own: published).
    pub files: i64,
    /// Invited, and no file it signed has arrived yet: nothing is sealed to it until then.
    pub pending: bool,
    /// Invited, and its invitation expired before it joined.
    pub expired: bool,
    /// Joins waiting for the code the new laptop shows to be typed here (more than one:
    /// copies of its invitation were used; typing the genuine one's code refuses the others).
    pub awaiting: u32,
    /// The removed laptop that invited it: check it is one of the group's, or remove it.
    pub invited_by_removed: Option<String>,
}

/// A contact whose keys were set by a laptop since removed: its contact file may not be the
/// one its fingerprint was checked for. Ask the desk for its contact file again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactToCheck {
    /// The contact.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The removed laptop that added or changed it.
    pub by: String,
}

/// A value in conflict, as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictView {
    /// Its id.
    pub id: ConflictId,
    /// What kind of record.
    pub entity: Entity,
    /// Which record.
    pub record_id: String,
    /// The record's title or name, as far as it has one.
    pub label: String,
    /// The field (a column name).
    pub field: String,
    /// Same field changed on both, or removed against changed.
    pub kind: ConflictKind,
    /// This laptop's value, as text.
    pub mine: String,
    /// The other laptop's value, as text.
    pub theirs: String,
    /// Which one the record holds now.
    pub kept: Kept,
    /// The laptop whose value came in.
    pub theirs_by: String,
    /// When that value was written.
    pub theirs_at: DateTime<Utc>,
    /// When this laptop's value was written, if known.
    pub mine_at: Option<DateTime<Utc>>,
}

/// A file that was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RefusedFile {
    /// The file, inside the sync folder.
    pub path: String,
    /// `unreadable`, `forged`, `removed` or `other-vault`.
    pub reason: String,
    /// When it was found.
    pub found_at: DateTime<Utc>,
}

/// Everything the sync screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncScreen {
    /// Whether this laptop is in a group.
    pub started: bool,
    /// The laptops, this one first.
    pub laptops: Vec<LaptopView>,
    /// Values to settle, newest first.
    pub conflicts: Vec<ConflictView>,
    /// Files refused.
    pub refused: Vec<RefusedFile>,
    /// Contacts added or changed by a laptop since removed.
    pub contacts_to_check: Vec<ContactToCheck>,
    /// When the community's package keys were replaced (a laptop holding them was removed):
    /// until someone says so, every desk still needs the new contact file.
    pub contact_file_replaced: Option<DateTime<Utc>>,
    /// The desks (or communities) to give the new contact file to.
    pub contacts_to_tell: Vec<String>,
    /// Edits made here not yet in a change file.
    pub unpublished: u32,
    /// The vault's sync folder (share it with Syncthing, or copy it with a stick).
    pub folder: PathBuf,
    /// This laptop joined and no laptop of the group has typed its code yet: the code to read
    /// to the person at the laptop that invited it.
    pub own_code: Option<String>,
}

/// A JSON value as a person reads it.
fn shown(value: &Json) -> String {
    match value {
        Json::Null => String::new(),
        Json::String(s) => match serde_json::from_str::<Json>(s) {
            // Lists are stored as JSON text.
            Ok(Json::Array(items)) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
            _ => s.clone(),
        },
        Json::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// A record's title as far as it has one.
fn label_of(row: Option<&Json>) -> String {
    let Some(Json::Object(row)) = row else { return String::new() };
    ["title", "name", "pseudonym", "label", "text", "summary"]
        .iter()
        .find_map(|f| row.get(*f).and_then(Json::as_str).filter(|s| !s.is_empty()))
        .map(|s| s.chars().take(80).collect())
        .unwrap_or_default()
}

impl Session {

    /// Everything the sync screen shows.
    pub fn sync_screen(&self) -> Result<SyncScreen, SyncError> {
        let db = self.db();
        let me = me(db)?;
        let done = applied(db)?;
        let laptops = self.laptops()?;
        let names: BTreeMap<String, String> = laptops.iter().map(|l| (l.id.to_string(), l.name.clone())).collect();
        let my_id = me.as_ref().map(|m| m.id.clone()).unwrap_or_default();
        let joined = joined(db)?;
        let removed: BTreeMap<String, String> =
            laptops.iter().filter(|l| l.removed_on.is_some()).map(|l| (l.id.to_string(), l.name.clone())).collect();
        let now = Utc::now();
        let awaiting = self.awaiting()?;
        let mut views: Vec<LaptopView> = laptops
            .iter()
            .map(|l| {
                let id = l.id.to_string();
                let pending = !joined.contains_key(&id) && l.removed_on.is_none();
                LaptopView {
                    id: l.id,
                    name: l.name.clone(),
                    fingerprint: l.fingerprint(),
                    me: id == my_id,
                    removed_on: l.removed_on,
                    files: if id == my_id { me.as_ref().map_or(0, |m| m.next_seq - 1) } else { done.get(&id).copied().unwrap_or(0) },
                    pending,
                    expired: pending && l.expires_at.is_some_and(|e| now > e),
                    awaiting: if pending { awaiting.get(&id).copied().unwrap_or(0) } else { 0 },
                    invited_by_removed: l
                        .invited_by
                        .filter(|_| l.removed_on.is_none())
                        .and_then(|by| removed.get(&by.to_string()).cloned()),
                }
            })
            .collect();
        views.sort_by_key(|v| !v.me);
        let mut stmt = db.prepare(
            "SELECT id, entity, record_id, field, kind, mine, theirs, kept, theirs_by, theirs_at, mine_at
             FROM sync_conflict WHERE settled_at IS NULL ORDER BY found_at DESC, id",
        )?;
        let conflicts = stmt
            .query_map([], |r| {
                let entity: String = r.get(1)?;
                let record_id: String = r.get(2)?;
                let value = |i: usize| -> rusqlite::Result<String> {
                    let text: Option<String> = r.get(i)?;
                    Ok(text.and_then(|t| serde_json::from_str::<Json>(&t).ok()).map(|v| shown(&v)).unwrap_or_default())
                };
                let by: String = r.get(8)?;
                Ok((entity, record_id, r.get::<_, String>(0)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?, value(5)?, value(6)?, r.get::<_, String>(7)?, by, r.get(9)?, r.get(10)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let conflicts = conflicts
            .into_iter()
            .filter_map(|(entity, record_id, id, field, kind, mine, theirs, kept, by, theirs_at, mine_at)| {
                let entity = Entity::parse(&entity)?;
                let label = label_of(rows::snapshot(db, entity, &record_id).ok().flatten().as_ref());
                Some(ConflictView {
                    id: id.parse().ok()?,
                    entity,
                    record_id,
                    label,
                    field,
                    kind: if kind == "removed" { ConflictKind::Removed } else { ConflictKind::Field },
                    mine,
                    theirs,
                    kept: if kept == "mine" { Kept::Mine } else { Kept::Theirs },
                    theirs_by: names.get(&by).cloned().unwrap_or(by),
                    theirs_at,
                    mine_at,
                })
            })
            .collect();
        let mut stmt = db.prepare("SELECT path, reason, found_at FROM sync_refused ORDER BY found_at DESC")?;
        let refused = stmt
            .query_map([], |r| Ok(RefusedFile { path: r.get(0)?, reason: r.get(1)?, found_at: r.get(2)? }))?
            .collect::<Result<_, _>>()?;
        let unpublished: i64 = match &me {
            Some(me) => db.query_row("SELECT COUNT(*) FROM change_log WHERE seq > ?1", [me.published_upto], |r| r.get(0))?,
            None => 0,
        };
        // A contact's keys, as every write's clock says, last set by a laptop since removed.
        let mut stmt = db.prepare(
            "SELECT DISTINCT c.id, c.name, k.device FROM contact c
             JOIN sync_clock k ON k.entity = 'contact' AND k.record_id = c.id AND k.field IN ('recipient', 'signing_key')
             WHERE c.deleted_at IS NULL ORDER BY c.name",
        )?;
        let contacts_to_check = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter_map(|(id, name, device)| removed.get(&device).map(|by| ContactToCheck { id, name, by: by.clone() }))
            .collect();
        let contact_file_replaced = self.package_keys_replaced()?;
        let mut stmt = db.prepare("SELECT name FROM contact WHERE deleted_at IS NULL ORDER BY name")?;
        let contacts_to_tell = match contact_file_replaced {
            Some(_) => stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?,
            None => Vec::new(),
        };
        Ok(SyncScreen {
            started: me.is_some(),
            laptops: views,
            conflicts,
            refused,
            contacts_to_check,
            contact_file_replaced,
            contacts_to_tell,
            unpublished: unpublished as u32,
            folder: self.sync_folder(),
            own_code: me.as_ref().and_then(|m| {
                let confirmed = laptops.iter().any(|l| l.id.to_string() == m.id && l.join_id.is_some());
                m.join.as_ref().and_then(|j| j.proof.as_ref()).filter(|_| !confirmed).map(|p| super::trust::join_code(&p.statement))
            }),
        })
    }


    /// Every synced row and field clock, for tests that compare laptops.
    #[doc(hidden)]
    pub fn synced_rows(&self) -> Result<BTreeMap<String, Vec<Map<String, Json>>>, SyncError> {
        let mut tables = take_snapshot(self.db())?.tables;
        for rows in tables.values_mut() {
            rows.sort_by(|a, b| a.get("id").map(Json::to_string).cmp(&b.get("id").map(Json::to_string)));
        }
        Ok(tables)
    }


    /// The losing values of open and settled conflicts (field, value), for tests.
    #[doc(hidden)]
    pub fn conflict_values(&self) -> Result<BTreeSet<(String, String, String, String)>, SyncError> {
        let mut stmt = self.db().prepare("SELECT record_id, field, kept, mine, theirs FROM sync_conflict")?;
        let rows = stmt.query_map([], |r| {
            let kept: String = r.get(2)?;
            let (mine, theirs): (Option<String>, Option<String>) = (r.get(3)?, r.get(4)?);
            let loser = if kept == "mine" { theirs } else { mine };
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, loser.unwrap_or_default(), kept))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
