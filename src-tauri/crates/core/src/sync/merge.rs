//! Applying another laptop's writes: every field is its own last-writer-wins register. A
//! write carries its clock (time, installation, place in that installation's log); a field
//! takes the write with the highest clock, whatever order the files arrive in, so every
//! laptop ends with the same rows. A value that loses to a concurrent write is kept in the
//! conflict list, and a record removed on one laptop while changed on another goes there for
//! review (it stays removed, with the other laptop's changes inside, until someone says).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use crate::change::Entity;
use crate::db::rows;
use crate::ids::ConflictId;

/// When a field was written and by whom: ordered by time, then installation, then place in
/// that installation's log, so two laptops never disagree about which write is newer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(crate) struct Clock {
    pub at: DateTime<Utc>,
    pub device: String,
    pub seq: i64,
}

/// Columns that say when and by whom, not what: they follow the writes, they are not edits a
/// person could disagree about.
const META: [&str; 5] = ["id", "created_at", "updated_at", "updated_by", "deleted_at"];

/// Whether a field's values can be in conflict: what people edit, and the removal itself.
fn can_conflict(field: &str) -> bool {
    !META.contains(&field) || field == "deleted_at"
}

/// One write of one row, as a change file carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Entry {
    /// The table.
    pub entity: String,
    /// The row's id.
    pub id: String,
    /// The row as the writer saw it before (`None` for a new row).
    pub before: Option<Map<String, Json>>,
    /// The row after the write.
    pub after: Map<String, Json>,
    /// The write's clock.
    pub clock: Clock,
}

/// The fields a write changed: those whose value differs from the row before (for a new
/// row, every field that is not empty).
pub(crate) fn written<'a>(
    before: Option<&'a Map<String, Json>>,
    after: &'a Map<String, Json>,
) -> impl Iterator<Item = (&'a String, &'a Json)> + 'a {
    after.iter().filter(move |(field, value)| {
        field.as_str() != "id" && before.and_then(|b| b.get(*field)).unwrap_or(&Json::Null) != *value
    })
}

fn clock_of(db: &Connection, entity: Entity, id: &str, field: &str) -> rusqlite::Result<Option<(Clock, Option<Json>)>> {
    db.prepare_cached("SELECT at, device, seq, was FROM sync_clock WHERE entity = ?1 AND record_id = ?2 AND field = ?3")?
        .query_row(params![entity.table(), id, field], |r| {
            let was: Option<String> = r.get(3)?;
            Ok((Clock { at: r.get(0)?, device: r.get(1)?, seq: r.get(2)? }, was.and_then(|w| serde_json::from_str(&w).ok())))
        })
        .optional()
}

fn set_clock(db: &Connection, entity: Entity, id: &str, field: &str, clock: &Clock, was: &Json) -> rusqlite::Result<()> {
    db.prepare_cached(
        "INSERT INTO sync_clock (entity, record_id, field, at, device, seq, was) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (entity, record_id, field) DO UPDATE SET at = excluded.at, device = excluded.device,
             seq = excluded.seq, was = excluded.was",
    )?
    .execute(params![entity.table(), id, field, clock.at, clock.device, clock.seq, was.to_string()])?;
    Ok(())
}

/// A newer write of a field settles what was in conflict on it: someone chose (or wrote over).
fn settle_older(db: &Connection, entity: Entity, id: &str, field: &str, clock: &Clock) -> rusqlite::Result<()> {
    let mut stmt = db.prepare_cached(
        "SELECT id, theirs_at, theirs_by, mine_at, mine_by FROM sync_conflict
         WHERE entity = ?1 AND record_id = ?2 AND field = ?3 AND settled_at IS NULL",
    )?;
    let open: Vec<(String, DateTime<Utc>, Option<DateTime<Utc>>)> = stmt
        .query_map(params![entity.table(), id, field], |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    for (conflict, theirs_at, mine_at) in open {
        if clock.at > theirs_at && mine_at.is_none_or(|m| clock.at > m) {
            db.execute("UPDATE sync_conflict SET settled_at = ?2 WHERE id = ?1", params![conflict, clock.at])?;
        }
    }
    Ok(())
}

/// Records this laptop's own write: every changed field takes the write's clock.
pub(crate) fn note_local_write(
    db: &Connection,
    entity: Entity,
    id: &str,
    before: Option<&Map<String, Json>>,
    after: &Map<String, Json>,
    clock: &Clock,
) -> rusqlite::Result<()> {
    for (field, _) in written(before, after) {
        let was = before.and_then(|b| b.get(field)).unwrap_or(&Json::Null);
        set_clock(db, entity, id, field, clock, was)?;
        if can_conflict(field) {
            settle_older(db, entity, id, field, clock)?;
        }
    }
    Ok(())
}

/// Which value a conflict kept in the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Kept {
    /// The value this laptop had.
    Mine,
    /// The value from the other laptop.
    Theirs,
}

/// What a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// Both laptops changed the same field.
    Field,
    /// One laptop removed the record while the other changed it.
    Removed,
}

impl ConflictKind {
    fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Field => "field",
            ConflictKind::Removed => "removed",
        }
    }
}

struct Found<'a> {
    entity: Entity,
    id: &'a str,
    field: &'a str,
    kind: ConflictKind,
    mine: Json,
    theirs: &'a Json,
    kept: Kept,
    mine_clock: Option<Clock>,
    theirs_clock: &'a Clock,
}

fn log_conflict(db: &Connection, found: Found<'_>, now: DateTime<Utc>) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO sync_conflict (id, entity, record_id, field, kind, mine, theirs, kept, mine_at, mine_by,
             theirs_at, theirs_by, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            ConflictId::new().to_string(),
            found.entity.table(),
            found.id,
            found.field,
            found.kind.as_str(),
            found.mine.to_string(),
            found.theirs.to_string(),
            match found.kept {
                Kept::Mine => "mine",
                Kept::Theirs => "theirs",
            },
            found.mine_clock.as_ref().map(|c| c.at),
            found.mine_clock.as_ref().map(|c| c.device.clone()),
            found.theirs_clock.at,
            found.theirs_clock.device,
            now,
        ],
    )?;
    Ok(())
}

/// What applying one write did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Applied {
    /// Fields that took the other laptop's value.
    pub fields: usize,
    /// Conflicts found.
    pub conflicts: usize,
}

fn is_removed(row: &Map<String, Json>) -> bool {
    row.get("deleted_at").is_some_and(|d| !d.is_null())
}

fn edits<'a>(row: &'a Map<String, Json>, base: Option<&'a Map<String, Json>>) -> impl Iterator<Item = (&'a String, &'a Json)> + 'a {
    written(base, row).filter(|(field, _)| !META.contains(&field.as_str()))
}

/// Applies one write from another laptop, field by field. Never records in the change log:
/// these writes are not this laptop's edits (and would otherwise echo back).
pub(crate) fn apply(db: &Connection, entity: Entity, entry: &Entry, now: DateTime<Utc>) -> rusqlite::Result<Applied> {
    let mut applied = Applied::default();
    let base = entry.before.as_ref();
    let theirs = &entry.after;
    let mine = match rows::snapshot(db, entity, &entry.id)? {
        Some(Json::Object(row)) => row,
        _ => {
            // A row this laptop never had: take it whole.
            rows::restore(db, entity, theirs)?;
            for (field, value) in written(base, theirs) {
                let was = base.and_then(|b| b.get(field)).unwrap_or(&Json::Null);
                set_clock(db, entity, &entry.id, field, &entry.clock, was)?;
                applied.fields += usize::from(!value.is_null());
            }
            return Ok(applied);
        }
    };

    // Removed on one side while changed on the other: the removal stands (so every laptop
    // agrees), the changes are kept inside, and a person reviews it.
    let removed_there = is_removed(theirs) && !base.is_some_and(is_removed) && edits(&mine, base).next().is_some();
    let removed_here = is_removed(&mine) && !base.is_some_and(is_removed) && edits(theirs, base).next().is_some();
    if removed_there || removed_here {
        let null = Json::Null;
        let removal = theirs.get("deleted_at").unwrap_or(&null);
        log_conflict(
            db,
            Found {
                entity,
                id: &entry.id,
                field: "deleted_at",
                kind: ConflictKind::Removed,
                mine: mine.get("deleted_at").cloned().unwrap_or(Json::Null),
                theirs: removal,
                kept: if removed_there { Kept::Theirs } else { Kept::Mine },
                mine_clock: clock_of(db, entity, &entry.id, "deleted_at")?.map(|(c, _)| c),
                theirs_clock: &entry.clock,
            },
            now,
        )?;
        applied.conflicts += 1;
    }

    let mut merged = mine.clone();
    for (field, value) in written(base, theirs) {
        let current = mine.get(field).unwrap_or(&Json::Null);
        let stored = clock_of(db, entity, &entry.id, field)?;
        let theirs_wins = stored.as_ref().is_none_or(|(clock, _)| entry.clock > *clock);
        let base_value = base.and_then(|b| b.get(field)).unwrap_or(&Json::Null);
        // Mine is a concurrent write if it is not what their write replaced; theirs, if the
        // winning write had not already seen it.
        let lost = if theirs_wins {
            (current != value && current != base_value).then_some(Kept::Theirs)
        } else {
            let superseded = stored.as_ref().and_then(|(_, was)| was.as_ref()) == Some(value);
            (current != value && !superseded).then_some(Kept::Mine)
        };
        if let Some(kept) = lost.filter(|_| !META.contains(&field.as_str())) {
            log_conflict(
                db,
                Found {
                    entity,
                    id: &entry.id,
                    field,
                    kind: ConflictKind::Field,
                    mine: current.clone(),
                    theirs: value,
                    kept,
                    mine_clock: stored.as_ref().map(|(c, _)| c.clone()),
                    theirs_clock: &entry.clock,
                },
                now,
            )?;
            applied.conflicts += 1;
        }
        if theirs_wins {
            set_clock(db, entity, &entry.id, field, &entry.clock, base_value)?;
            if can_conflict(field) {
                settle_older(db, entity, &entry.id, field, &entry.clock)?;
            }
            if current != value {
                merged.insert(field.clone(), value.clone());
                applied.fields += 1;
            }
        }
    }
    if merged != mine {
        rows::restore(db, entity, &merged)?;
    }
    Ok(applied)
}
